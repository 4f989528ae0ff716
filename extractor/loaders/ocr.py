"""Tesseract OCR of one page image: text, word boxes, mean confidence, tables rebuilt from word boxes.

One Tesseract call per page (`image_to_data`, TSV): the page text is rebuilt from the word boxes, so
the words, their confidences and the tables all come from the same pass. Tesseract runs single-threaded
(`OMP_THREAD_LIMIT=1`) because pages are parallelised across worker processes instead.
"""

from __future__ import annotations

import os
import re
import statistics
import tempfile
from dataclasses import dataclass, field

import numpy as np
from PIL import Image

from ..errors import BudgetExceeded, LoadError
from ..models import TableSpan, rows_to_tsv
from ..vietnamese import nfc

LANG = "vie"
PSM = 3
TABLE_PSM = int(os.environ.get("BAOCAO_TABLE_PSM", "6"))
# Characters Tesseract reads from table rulings; stripped from the edges of words.
_RULE_CHARS = "|[]{}¦"
_RULE_ONLY = re.compile(r"^[|\[\]{}¦_—–\-=~.,:;'\"`]+$")


@dataclass
class Word:
    """One word Tesseract found, with its box (pixels) and confidence (0–100)."""

    text: str
    left: int
    top: int
    width: int
    height: int
    confidence: float
    line_key: tuple[int, int, int]
    is_rule: bool = False  # a table ruling read as `|`: a cell boundary, not text
    rule_left: bool = False  # the word was glued to a ruling on its left (`|94,16`)

    @property
    def right(self) -> int:
        return self.left + self.width


@dataclass
class OcrResult:
    """What OCR of one page gives."""

    text: str
    words: list[Word]
    mean_confidence: float | None
    table_spans: list[TableSpan] = field(default_factory=list)


def _tesseract_env() -> None:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def run_tesseract(image: Image.Image, timeout: float, dpi: int = 300, lang: str = LANG, psm: int = PSM) -> dict:
    """Run Tesseract once on a grayscale image and return its TSV as pytesseract's dict.

    The image goes through an uncompressed PGM file (faster than pytesseract's default PNG).
    Raises BudgetExceeded on timeout and LoadError when Tesseract or its language data is missing.
    """
    import pytesseract

    _tesseract_env()
    with tempfile.TemporaryDirectory(prefix="baocao-ocr-") as folder:
        path = os.path.join(folder, "page.pgm")
        image.convert("L").save(path, format="PPM")
        try:
            return pytesseract.image_to_data(
                path,
                lang=lang,
                config=f"--psm {psm} --dpi {dpi}",
                output_type=pytesseract.Output.DICT,
                timeout=timeout,
            )
        except RuntimeError as error:
            if "timeout" in str(error).lower():
                raise BudgetExceeded(
                    f"OCR of this page took longer than {timeout:.0f} s; the page was skipped "
                    "(raise seconds_per_page or split the file)"
                ) from error
            raise LoadError(f"Tesseract failed on this page: {error}") from error
        except pytesseract.TesseractNotFoundError as error:
            raise LoadError(
                "the tesseract program is not installed; install tesseract-ocr and tesseract-ocr-vie"
            ) from error
        except pytesseract.TesseractError as error:
            raise LoadError(f"Tesseract failed on this page: {error.message or error}") from error


def words_from_data(data: dict) -> list[Word]:
    """Turn Tesseract's TSV dict into words (empty and rule-only tokens dropped, edges cleaned)."""
    found = []
    for index, raw in enumerate(data["text"]):
        raw = nfc((raw or "").strip())
        text = raw.strip(_RULE_CHARS)
        if not raw:
            continue
        is_rule = not text or bool(_RULE_ONLY.match(text) and "|" in raw)
        if not is_rule and _RULE_ONLY.match(text):
            continue
        found.append(
            Word(
                text=text,
                left=int(data["left"][index]),
                top=int(data["top"][index]),
                width=int(data["width"][index]),
                height=int(data["height"][index]),
                confidence=float(data["conf"][index]),
                line_key=(data["block_num"][index], data["par_num"][index], data["line_num"][index]),
                is_rule=is_rule,
                rule_left=raw[0] in _RULE_CHARS,
            )
        )
    return found


def mean_confidence(words: list[Word]) -> float | None:
    """Mean Tesseract confidence of the words (None when there are none)."""
    scores = [w.confidence for w in words if w.confidence >= 0 and not w.is_rule]
    return round(sum(scores) / len(scores), 1) if scores else None


# ---------------------------------------------------------------- table rulings

RULE_MIN_RUN = 100  # px at 300 dpi (a third of an inch): longer than any stroke of a letter
DARK = 160


def _long_runs(dark: np.ndarray, length: int) -> np.ndarray:
    """Mask of the pixels lying on horizontal runs of `dark` at least `length` long (a 1-D opening)."""
    padded = np.zeros((dark.shape[0], dark.shape[1] + 1), dtype=np.int16)
    np.cumsum(dark, axis=1, out=padded[:, 1:])
    full = (padded[:, length:] - padded[:, :-length]) == length  # window starting at j is all dark
    covered = np.zeros((dark.shape[0], dark.shape[1] + 1), dtype=np.int16)
    np.cumsum(np.pad(full, ((0, 0), (0, length - 1))), axis=1, out=covered[:, 1:])
    counts = covered[:, length:] - covered[:, :-length]  # windows covering pixel i: starts in (i-L, i]
    return np.pad(counts > 0, ((0, 0), (length - 1, 0)))[:, : dark.shape[1]]


def find_rulings(image: Image.Image) -> tuple[np.ndarray, np.ndarray]:
    """Masks of horizontal and vertical table rulings, found on the page at half resolution (full-size masks)."""
    small = image.convert("L").reduce(2)
    dark = np.asarray(small) < DARK
    length = max(10, RULE_MIN_RUN // 2)
    horizontal = _long_runs(dark, length)
    vertical = _long_runs(np.ascontiguousarray(dark.T), length).T

    def full_size(mask: np.ndarray) -> np.ndarray:
        grown = mask.repeat(2, axis=0).repeat(2, axis=1)
        return np.pad(grown, ((0, max(0, image.height - grown.shape[0])), (0, max(0, image.width - grown.shape[1]))))[
            : image.height, : image.width
        ]

    return full_size(horizontal), full_size(vertical)


def remove_rulings(image: Image.Image, horizontal: np.ndarray, vertical: np.ndarray) -> Image.Image:
    """Whiten the rulings (and a pixel around them) so Tesseract reads the cells as plain text."""
    mask = horizontal | vertical
    grown = mask.copy()
    grown[1:, :] |= mask[:-1, :]
    grown[:-1, :] |= mask[1:, :]
    grown[:, 1:] |= mask[:, :-1]
    grown[:, :-1] |= mask[:, 1:]
    pixels = np.array(image.convert("L"))
    pixels[grown] = 255
    return Image.fromarray(pixels)


# ---------------------------------------------------------------- lines and cells


@dataclass
class Line:
    """A line of words as Tesseract grouped them (rulings removed), cut into cells."""

    words: list[Word]
    cells: list[list[Word]]
    new_block: bool

    @property
    def top(self) -> int:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> int:
        return max(w.top + w.height for w in self.words)

    @property
    def left(self) -> int:
        return self.words[0].left

    @property
    def right(self) -> int:
        return max(w.right for w in self.words)


def _split_cells(words: list[Word], gap: float) -> list[list[Word]]:
    """Cut a line into cells at rulings (`|`), at block changes and at gaps wider than `gap`."""
    cells: list[list[Word]] = []
    boundary = True
    previous = None
    for word in words:
        if word.is_rule:
            boundary = True
            continue
        if (
            boundary
            or word.rule_left
            or word.left - previous.right > gap
            or (word.line_key[0] != previous.line_key[0] and word.left - previous.right > gap / 4)
        ):
            cells.append([word])
        else:
            cells[-1].append(word)
        boundary = False
        previous = word
    return cells


def _segments(words: list[Word]) -> list[list[Word]]:
    """Tesseract's own lines, each sorted left to right, in page order from the top."""
    by_key: dict[tuple[int, int, int], list[Word]] = {}
    for word in words:
        by_key.setdefault(word.line_key, []).append(word)
    segments = [sorted(members, key=lambda w: w.left) for members in by_key.values()]
    return sorted(segments, key=lambda seg: (min(w.top for w in seg), seg[0].left))


def _overlap(top_a: int, bottom_a: int, top_b: int, bottom_b: int) -> float:
    """Vertical overlap of two extents as a share of the shorter one."""
    shared = min(bottom_a, bottom_b) - max(top_a, top_b)
    return shared / max(1, min(bottom_a - top_a, bottom_b - top_b))


def group_lines(words: list[Word]) -> list[Line]:
    """Group words into visual lines (Tesseract's lines that sit side by side are merged), cut into cells.

    Tesseract often reads each table cell as its own block; merging its lines by vertical overlap puts
    the cells of one table row back on one line.
    """
    heights = [w.height for w in words if not w.is_rule] or [1]
    gap = 1.6 * statistics.median(heights)
    visual: list[list[Word]] = []
    extent: list[tuple[int, int]] = []
    for segment in _segments(words):
        top = min(w.top for w in segment)
        bottom = max(w.top + w.height for w in segment)
        if visual and _overlap(top, bottom, *extent[-1]) >= 0.5:
            visual[-1].extend(segment)
            extent[-1] = (min(top, extent[-1][0]), max(bottom, extent[-1][1]))
        else:
            visual.append(list(segment))
            extent.append((top, bottom))
    lines = []
    previous_block = None
    for members in visual:
        members.sort(key=lambda w: w.left)
        text_words = [w for w in members if not w.is_rule]
        if not text_words:
            continue
        block = text_words[0].line_key[:2]
        lines.append(Line(text_words, _split_cells(members, gap), new_block=block != previous_block))
        previous_block = block
    return lines


def _cell_text(cell: list[Word]) -> str:
    return " ".join(w.text for w in cell)


def _line_text(line: Line) -> str:
    return " ".join(w.text for w in line.words)


# ---------------------------------------------------------------- tables from word boxes and rulings


@dataclass
class Rulings:
    """Masks of a page's table rulings (full page size)."""

    horizontal: np.ndarray
    vertical: np.ndarray

    def columns_at(self, y: int) -> list[int]:
        """x positions of the vertical rulings crossing row y (each ruling's middle)."""
        row = self.vertical[min(max(y, 0), self.vertical.shape[0] - 1)]
        xs = np.flatnonzero(row)
        if not xs.size:
            return []
        breaks = np.flatnonzero(np.diff(xs) > 3)
        starts = np.concatenate(([xs[0]], xs[breaks + 1]))
        ends = np.concatenate((xs[breaks], [xs[-1]]))
        return [int((a + b) // 2) for a, b in zip(starts, ends, strict=True)]

    def rule_between(self, x: int, top: int, bottom: int) -> bool:
        """Tell whether a horizontal ruling crosses column x between two heights."""
        x = min(max(x, 0), self.horizontal.shape[1] - 1)
        return bool(self.horizontal[max(top, 0) : max(bottom, 0), x].any())


def _center_y(line: Line) -> int:
    return (line.top + line.bottom) // 2


def _grid_of(line: Line, rulings: Rulings, slack: int) -> list[int] | None:
    """The vertical rulings a line sits between, when it lies inside a table of 2+ columns."""
    columns = rulings.columns_at(_center_y(line))
    if len(columns) < 3 or line.left < columns[0] - slack or line.right > columns[-1] + slack:
        return None
    return columns


def _same_grid(a: list[int], b: list[int], slack: int) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= slack for x, y in zip(a, b, strict=True))


def _table_rows(lines: list[Line], grid: list[int], rulings: Rulings) -> list[list[str]]:
    """Put each word in the cell its centre falls in; a horizontal ruling between two lines opens a row."""
    rows: list[list[str]] = []
    middles = [(a + b) // 2 for a, b in zip(grid, grid[1:], strict=False)]
    previous: Line | None = None
    for line in lines:
        opens = previous is None or any(
            rulings.rule_between(x, _center_y(previous), _center_y(line)) for x in middles
        )
        if opens:
            rows.append([""] * len(middles))
        for word in line.words:
            centre = word.left + word.width // 2
            column = max(0, min(len(middles) - 1, int(np.searchsorted(grid, centre)) - 1))
            rows[-1][column] = (rows[-1][column] + " " + word.text).strip()
        previous = line
    return rows


def layout_page(words: list[Word], rulings: Rulings | None = None) -> tuple[str, list[TableSpan]]:
    """Rebuild a page's text from word boxes: lines as read, ruled tables as tab-separated rows."""
    lines = group_lines(words)
    if not lines:
        return "", []
    slack = int(statistics.median(w.height for line in lines for w in line.words))
    parts: list[tuple[str, bool]] = []
    index = 0
    while index < len(lines):
        grid = _grid_of(lines[index], rulings, slack) if rulings is not None else None
        if grid is None:
            if lines[index].new_block and parts:
                parts.append(("", False))
            parts.append((_line_text(lines[index]), False))
            index += 1
            continue
        end = index + 1
        while end < len(lines):
            following = _grid_of(lines[end], rulings, slack)
            if following is None or not _same_grid(grid, following, slack):
                break
            end += 1
        parts.append((rows_to_tsv(_table_rows(lines[index:end], grid, rulings)), True))
        index = end
    return _join_parts(parts)


def _join_parts(parts: list[tuple[str, bool]]) -> tuple[str, list[TableSpan]]:
    text = ""
    spans: list[TableSpan] = []
    for number, (chunk, is_table) in enumerate(parts):
        if number:
            text += "\n"
        if is_table:
            spans.append(TableSpan(start=len(text), end=len(text) + len(chunk), source="ocr"))
        text += chunk
    return text, spans


def ocr_image(image: Image.Image, timeout: float, dpi: int = 300, lang: str = LANG) -> OcrResult:
    """OCR one page image: text (tables as TSV rows), word boxes and mean word confidence."""
    gray = image.convert("L")
    rulings = Rulings(*find_rulings(gray))
    psm = PSM
    if rulings.horizontal.any() and rulings.vertical.any():
        gray = remove_rulings(gray, rulings.horizontal, rulings.vertical)
        psm = TABLE_PSM  # one uniform block: cells of a row are read together, lone figures kept
    data = run_tesseract(gray, timeout=timeout, dpi=dpi, lang=lang, psm=psm)
    words = words_from_data(data)
    text, spans = layout_page(words, rulings)
    words = [w for w in words if not w.is_rule]
    return OcrResult(text=text, words=words, mean_confidence=mean_confidence(words), table_spans=spans)
