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


def load_image(path: Path, budget: Budget) -> LoadedDocument:
    """OCR an image file, one page per frame (multi-page TIFF), with word confidences.

    Raises BudgetExceeded for images over the pixel, page or time budget (decompression bombs
    included) and LoadError for truncated, damaged or unsupported files.
    """
    path = Path(path)
    started = time.monotonic()
    previous_limit = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = budget.max_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with _open(path, budget) as image:
                pages = _ocr_frames(image, budget, started)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise BudgetExceeded(f"the image declares too many pixels ({error}); it may be a decompression bomb") from error
    finally:
        Image.MAX_IMAGE_PIXELS = previous_limit
    return finish_document(path, "image", pages)


def _ocr_frames(image: Image.Image, budget: Budget, started: float) -> list[Page]:
    pages: list[Page] = []
    frames = ImageSequence.Iterator(image)
    number = 0
    while True:
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
        remaining = budget.seconds_per_file - (time.monotonic() - started)
        if remaining <= 0:
            raise BudgetExceeded(f"OCR of the image took longer than {budget.seconds_per_file:.0f} s "
                                 f"(stopped at page {number}); split it or raise the limit")
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
            pages.append(Page(number, "", method="ocr", error=f"page {number}: {error}"))
            continue
        pages.append(Page(number, result.text, method="ocr", ocr_confidence=result.mean_confidence,
                          table_spans=result.table_spans))
    if not pages:
        raise LoadError("the image has no frames")
    return pages
