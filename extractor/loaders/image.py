"""Load an image (PNG, JPEG, TIFF including multi-page TIFF) as OCR'd pages.

Pillow's decompression-bomb guard stays on, tightened to the pixel budget, and its warning is an
error. Only the formats we expect are opened, frames are read one by one, and truncated or damaged
files fail with a plain-words error.
"""

from __future__ import annotations

import time
import warnings
from pathlib import Path

from PIL import Image, ImageSequence

from ..errors import Budget, BudgetExceeded, LoadError
from ..models import LoadedDocument, Page
from .ocr import ocr_image
from .pdf import finish_document

FORMATS = ["PNG", "JPEG", "TIFF", "BMP", "GIF", "WEBP"]
DEFAULT_DPI = 300
MIN_DPI = 150  # frames declaring less are upsampled (Tesseract reads marks poorly below that)


def _frame_dpi(frame: Image.Image) -> int:
    dpi = frame.info.get("dpi")
    try:
        value = int(round(float(dpi[0]))) if dpi else 0
    except (TypeError, ValueError, IndexError):
        value = 0
    return value if 72 <= value <= 1200 else DEFAULT_DPI


def _prepare(frame: Image.Image, budget: Budget) -> tuple[Image.Image, int]:
    """Check a frame's size against the pixel budget, decode it to grayscale, upsample low-dpi frames."""
    width, height = frame.size
    if width * height > budget.max_pixels:
        raise BudgetExceeded(
            f"the image is {width}×{height} pixels, over the budget of {budget.max_pixels:,} pixels; "
            "downsample it or raise the limit"
        )
    dpi = _frame_dpi(frame)
    gray = frame.convert("L")
    if dpi < MIN_DPI:
        factor = MIN_DPI / dpi
        if width * height * factor * factor <= budget.max_pixels:
            gray = gray.resize((round(width * factor), round(height * factor)), Image.LANCZOS)
            dpi = MIN_DPI
    return gray, dpi


def _open(path: Path, budget: Budget) -> Image.Image:
    try:
        return Image.open(path, formats=FORMATS)
    except Image.DecompressionBombError as error:
        raise BudgetExceeded(f"the image declares too many pixels ({error}); it may be a decompression bomb") from error
    except Exception as error:  # UnidentifiedImageError, SyntaxError, ...
        raise LoadError(f"the file is not a readable image ({type(error).__name__}: {error})") from error


class _PixelGuard:
    """Pillow's decompression-bomb guard tightened to the pixel budget, its warning an error."""

    def __init__(self, budget: Budget):
        self.budget = budget

    def __enter__(self):
        self.previous = Image.MAX_IMAGE_PIXELS
        Image.MAX_IMAGE_PIXELS = self.budget.max_pixels
        self.warnings = warnings.catch_warnings()
        self.warnings.__enter__()
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        return self

    def __exit__(self, kind, error, trace):
        self.warnings.__exit__(kind, error, trace)
        Image.MAX_IMAGE_PIXELS = self.previous
        if isinstance(error, (Image.DecompressionBombError, Image.DecompressionBombWarning)):
            raise BudgetExceeded(f"the image declares too many pixels ({error}); it may be a decompression bomb"
                                 ) from error
        return False


def load_image(path: Path, budget: Budget) -> LoadedDocument:
    """OCR an image file, one page per frame (multi-page TIFF), with word confidences.

    Raises BudgetExceeded for images over the pixel, page or time budget (decompression bombs
    included) and LoadError for truncated, damaged or unsupported files.
    """
    path = Path(path)
    pages = load_image_pages(path, budget)
    if not pages:
        raise LoadError("the image has no frames")
    return finish_document(path, "image", pages)


def count_image_frames(path: Path, budget: Budget) -> int:
    """Open an image only to count its frames (pages); raises what `load_image` raises on opening."""
    with _PixelGuard(budget), _open(Path(path), budget) as image:
        return int(getattr(image, "n_frames", 1))


def load_image_pages(path: Path, budget: Budget, first: int = 1, last: int | None = None,
                     seconds_left: float | None = None) -> list[Page]:
    """OCR frames `first`..`last` (1-based, inclusive; default all) of an image, as `load_image` does.

    `seconds_left` (default: the per-file budget) bounds the time spent in this call.
    """
    deadline = time.monotonic() + (budget.seconds_per_file if seconds_left is None else seconds_left)
    with _PixelGuard(budget), _open(Path(path), budget) as image:
        return _ocr_frames(image, budget, deadline, first, last)


def _ocr_frames(image: Image.Image, budget: Budget, deadline: float, first: int, last: int | None) -> list[Page]:
    pages: list[Page] = []
    frames = ImageSequence.Iterator(image)
    number = 0
    while last is None or number < last:
        try:
            frame = next(frames)
        except StopIteration:
            break
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise
        except Exception as error:
            raise LoadError(f"frame {number + 1} of the image is damaged ({type(error).__name__}: {error})") from error
        number += 1
        if number > budget.max_pages:
            raise BudgetExceeded(f"the image has more than {budget.max_pages} frames; split it or raise the limit")
        if number < first:
            continue
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise BudgetExceeded(f"OCR of the image took longer than {budget.seconds_per_file:.0f} s "
                                 f"(stopped at page {number}); split it or raise the limit")
        pages.append(_ocr_frame(frame, number, budget, remaining))
    return pages


def _ocr_frame(frame: Image.Image, number: int, budget: Budget, remaining: float) -> Page:
    try:
        gray, dpi = _prepare(frame, budget)
    except (BudgetExceeded, Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise
    except OSError as error:
        raise LoadError(f"the image file is truncated or damaged ({error}); re-export or re-scan it") from error
    except Exception as error:
        raise LoadError(f"the image cannot be decoded ({type(error).__name__}: {error})") from error
    try:
        result = ocr_image(gray, timeout=max(1.0, min(budget.seconds_per_page, remaining)), dpi=dpi)
    except LoadError as error:
        return Page(number, "", method="ocr", error=f"page {number}: {error}")
    return Page(number, result.text, method="ocr", ocr_confidence=result.mean_confidence,
                table_spans=result.table_spans)
