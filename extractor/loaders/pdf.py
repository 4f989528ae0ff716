"""Load a PDF page by page: the text layer when it is real Vietnamese, OCR when it is missing or junk.

Each page is read from its text layer (pdfplumber), repaired (split syllables, decomposed marks,
legacy `.VnTime`/VNI fonts; see `textlayer`), and judged by how much text it gives and what share of
its words are valid Vietnamese syllables. Pages with no text layer, too little text, or junk are
rendered (300 dpi, grayscale) and OCR'd with Tesseract `vie`. Ruled tables are written into the page
text as tab-separated rows at their place, with a `TableSpan` saying where.
"""

from __future__ import annotations

import time
from collections import Counter
from pathlib import Path

from ..errors import Budget, BudgetExceeded, LoadError
from ..models import LoadedDocument, Page, TableSpan, rows_to_tsv
from ..vietnamese import vi_ratio, words
from .ocr import ocr_image
from .textlayer import compose_marks, is_legacy_font, repair_text_layer

MIN_TEXT_CHARS = 40  # a text layer with fewer non-space characters is OCR'd
MIN_VI_RATIO = 0.5  # ... and so is one where fewer than half the words are Vietnamese syllables
MIN_WORDS_FOR_RATIO = 5
USABLE_CHARS = 20  # a page giving fewer non-space characters than this is flagged
MIN_OCR_DPI = 100

PASSWORD_MESSAGE = "the PDF is password-protected; remove the password (qpdf --decrypt) and ingest again"


def _nonspace(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def page_quality(page: Page) -> dict:
    """Return the `pages` table row of one page: method, chars, vi_ratio, ocr_confidence."""
    return {
        "page": page.number,
        "method": page.method,
        "chars": len(page.text),
        "vi_ratio": round(vi_ratio(page.text), 3),
        "ocr_confidence": page.ocr_confidence,
    }


# ---------------------------------------------------------------- opening


def _open(path: Path, pages: range | None = None):
    import pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    try:
        return pdfplumber.open(path, pages=pages)
    except PdfminerException as error:
        cause = error.args[0] if error.args else error
        if isinstance(cause, PDFPasswordIncorrect) or "password" in type(cause).__name__.lower():
            raise LoadError(PASSWORD_MESSAGE) from error
        raise LoadError(f"the PDF is damaged and cannot be read ({_describe(cause)}); try repairing it "
                        "(qpdf in.pdf out.pdf) and ingest again") from error
    except Exception as error:  # pdfminer raises TypeError, KeyError, ... on malformed files
        raise LoadError(f"the PDF is damaged and cannot be read ({_describe(error)}); try repairing it "
                        "(qpdf in.pdf out.pdf) and ingest again") from error


def _describe(error: object) -> str:
    text = str(error).strip()
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _close(document) -> None:
    try:
        document.close()
    except Exception:  # pdfplumber can raise again from close() on a damaged page tree
        pass


# ---------------------------------------------------------------- text layer


def _inside(obj: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    x = (obj["x0"] + obj["x1"]) / 2
    y = (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def _dominant_legacy_font(page) -> str | None:
    fonts = Counter(ch.get("fontname") for ch in page.chars)
    legacy = [(count, name) for name, count in fonts.items() if is_legacy_font(name)]
    return max(legacy)[1] if legacy else None


def _repair_rows(rows: list[list[str | None]], font: str | None) -> tuple[list[list[str]], str | None]:
    out = []
    encoding = None
    for row in rows:
        cells = []
        for cell in row:
            repaired = repair_text_layer(cell or "", font)
            encoding = encoding or repaired.encoding
            cells.append(repaired.text)
        out.append(cells)
    return out, encoding


def read_text_layer(page) -> tuple[str, list[TableSpan], str | None]:
    """Text of a page's text layer with its ruled tables as TSV rows at their place.

    Returns the text, the table spans and the legacy encoding converted from (None when none).
    """
    font = _dominant_legacy_font(page)
    tables = page.find_tables()
    boxes = [table.bbox for table in tables]
    outside = page.filter(lambda obj: obj.get("object_type") != "char" or not _inside(obj, boxes)) if boxes else page
    lines = outside.extract_text_lines(strip=True, return_chars=False)
    prose = repair_text_layer("\n".join(line["text"] for line in lines), font)
    encoding = prose.encoding
    items: list[tuple[float, int, str, bool]] = []
    for line, text in zip(lines, prose.text.split("\n"), strict=False):
        items.append((line["top"], 0, text, False))
    for order, table in enumerate(tables):
        rows, table_encoding = _repair_rows(table.extract(), font)
        encoding = encoding or table_encoding
        if any(any(cell for cell in row) for row in rows):
            items.append((table.bbox[1], order + 1, rows_to_tsv(rows), True))
    items.sort(key=lambda item: (item[0], item[1]))
    text = ""
    spans = []
    for _, _, chunk, is_table in items:
        if text:
            text += "\n"
        if is_table:
            spans.append(TableSpan(start=len(text), end=len(text) + len(chunk), source="pdf"))
        text += chunk
    return text, spans, encoding


def needs_ocr(text: str, has_images: bool = True) -> bool:
    """Tell whether a text layer is missing, too short on a page with images, or junk (few syllables)."""
    if _nonspace(text) == 0:
        return True
    if _nonspace(text) < MIN_TEXT_CHARS:
        return has_images
    return len(words(text)) >= MIN_WORDS_FOR_RATIO and vi_ratio(text) < MIN_VI_RATIO


# ---------------------------------------------------------------- OCR


def _ocr_dpi(width_pt: float, height_pt: float, budget: Budget) -> int:
    """The dpi to render at: budget.ocr_dpi, lowered to keep the bitmap under budget.max_pixels."""
    dpi = budget.ocr_dpi
    pixels = width_pt * height_pt * (dpi / 72) ** 2
    if pixels > budget.max_pixels:
        dpi = int(72 * (budget.max_pixels / (width_pt * height_pt)) ** 0.5)
    return dpi


class _Renderer:
    """Renders pages with pdfium (grayscale), opening the file only when a page needs OCR."""

    def __init__(self, path: Path):
        self.path = path
        self.document = None

    def render(self, index: int, dpi: int):
        import pypdfium2

        if self.document is None:
            self.document = pypdfium2.PdfDocument(str(self.path))
        page = self.document[index]
        try:
            return page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        finally:
            page.close()

    def close(self) -> None:
        if self.document is not None:
            self.document.close()


def _ocr_page(renderer: _Renderer, page, number: int, budget: Budget, timeout: float) -> Page:
    dpi = _ocr_dpi(float(page.width), float(page.height), budget)
    if dpi < MIN_OCR_DPI:
        return Page(number, "", method="ocr", error=f"page {number} is too large to render for OCR "
                    f"({page.width:.0f}×{page.height:.0f} pt)")
    try:
        image = renderer.render(number - 1, dpi)
    except Exception as error:
        return Page(number, "", method="ocr", error=f"page {number} could not be rendered: {_describe(error)}")
    try:
        result = ocr_image(image, timeout=timeout, dpi=dpi)
    except LoadError as error:  # includes a per-page timeout
        return Page(number, "", method="ocr", error=f"page {number}: {error}")
    return Page(number, result.text, method="ocr", ocr_confidence=result.mean_confidence,
                table_spans=result.table_spans)


# ---------------------------------------------------------------- pages and document


def _read_page(page, number: int, renderer: _Renderer, budget: Budget, timeout: float) -> tuple[Page, str | None]:
    """Read one page; return it and the legacy encoding its text layer was converted from."""
    try:
        text, spans, encoding = read_text_layer(page)
    except Exception as error:  # a damaged page: fall back to OCR of its rendering
        text, spans, encoding = "", [], None
        layer_error = _describe(error)
    else:
        layer_error = None
    try:
        has_images = bool(page.images)
    except Exception:
        has_images = True
    if not needs_ocr(text, has_images):
        return Page(number, text, method="legacy" if encoding else "text", table_spans=spans), encoding
    scanned = _ocr_page(renderer, page, number, budget, timeout)
    if scanned.error and layer_error:
        scanned.error += f" (text layer unreadable: {layer_error})"
    if _nonspace(text) >= MIN_TEXT_CHARS and (scanned.error or vi_ratio(scanned.text) <= vi_ratio(text)):
        return Page(number, text, method="legacy" if encoding else "text", table_spans=spans), encoding
    return scanned, None


def _flag_empty(page: Page) -> None:
    if page.error is None and _nonspace(page.text) < USABLE_CHARS:
        how = "OCR" if page.method == "ocr" else "its text layer"
        page.error = f"page {page.number} gave almost no text by {how} ({_nonspace(page.text)} characters)"


def finish_document(path: Path, format_name: str, pages: list[Page], encoding: str | None = None) -> LoadedDocument:
    """Set a document's status from its pages: ok, partial (pages listed in error) or empty."""
    for page in pages:
        page.text = compose_marks(page.text)
        _flag_empty(page)
    document = LoadedDocument(path=str(path), format=format_name, encoding=encoding, pages=pages)
    bad = [page for page in pages if page.error]
    if all(_nonspace(page.text) == 0 for page in pages):
        document.status = "empty"
        document.error = "no text was found on any page" + (f": {bad[0].error}" if bad else "")
    elif bad:
        document.status = "partial"
        numbers = ", ".join(str(page.number) for page in bad)
        document.error = f"pages {numbers} gave no usable text: " + "; ".join(page.error for page in bad)
    return document


ReadPage = tuple[Page, str | None]  # a page as read, with the legacy encoding its text layer was converted from


def _check_size(path: Path, budget: Budget) -> None:
    size = path.stat().st_size
    if size > budget.max_file_bytes:
        raise BudgetExceeded(f"the PDF is {size / 2**20:.0f} MB, over the {budget.max_file_bytes / 2**20:.0f} MB "
                             "budget; split it or raise the limit")


def _page_count(document, budget: Budget) -> int:
    """The number of pages of an open PDF; LoadError when it has none, BudgetExceeded over the page budget."""
    try:
        count = len(document.pages)
    except Exception as error:
        raise LoadError(f"the PDF's page tree is damaged ({_describe(error)}); try repairing it "
                        "(qpdf in.pdf out.pdf) and ingest again") from error
    if count == 0:
        raise LoadError("the PDF has no pages (it is empty or its page tree is damaged); "
                        "try repairing it (qpdf in.pdf out.pdf) and ingest again")
    if count > budget.max_pages:
        raise BudgetExceeded(f"the PDF has {count} pages, over the budget of {budget.max_pages}; "
                             "split it or raise the limit")
    return count


def count_pdf_pages(path: Path, budget: Budget) -> int:
    """Open a PDF only to check it and count its pages.

    Raises what `load_pdf` raises before reading any page: LoadError (password-protected, damaged,
    no pages) and BudgetExceeded (over the size or page budget).
    """
    path = Path(path)
    _check_size(path, budget)
    document = _open(path)
    try:
        return _page_count(document, budget)
    finally:
        _close(document)


def _read_pages(path: Path, document, budget: Budget, deadline: float, total: int | None = None
                ) -> list[ReadPage]:
    """Read the open document's pages in order, stopping at `deadline` (time.monotonic())."""
    renderer = _Renderer(path)
    reads = []
    try:
        for page in document.pages:
            number = page.page_number
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                of = f" of {total}" if total else ""
                raise BudgetExceeded(f"reading the PDF took longer than {budget.seconds_per_file:.0f} s "
                                     f"(stopped at page {number}{of}); split it or raise the limit")
            timeout = max(1.0, min(budget.seconds_per_page, remaining))
            reads.append(_read_page(page, number, renderer, budget, timeout))
            try:
                page.close()
            except Exception:
                pass
    finally:
        renderer.close()
    return reads


def load_pdf_pages(path: Path, budget: Budget, first: int, last: int,
                   seconds_left: float | None = None) -> list[ReadPage]:
    """Read pages `first`..`last` (1-based, inclusive) of a PDF, each with its legacy encoding (or None).

    The pages are read exactly as `load_pdf` reads them; `assemble_pdf` puts ranges back together.
    `seconds_left` (default: the per-file budget) bounds the time spent in this call. Raises LoadError
    for a file that cannot be opened or has fewer pages than asked for, BudgetExceeded over time.
    """
    path = Path(path)
    deadline = time.monotonic() + (budget.seconds_per_file if seconds_left is None else seconds_left)
    document = _open(path, pages=range(first, last + 1))
    try:
        try:
            found = len(document.pages)
        except Exception as error:
            raise LoadError(f"the PDF's page tree is damaged ({_describe(error)}); try repairing it "
                            "(qpdf in.pdf out.pdf) and ingest again") from error
        if found != last - first + 1:
            raise LoadError(f"the PDF has no pages {first}-{last} (its page tree is damaged); "
                            "try repairing it (qpdf in.pdf out.pdf) and ingest again")
        return _read_pages(path, document, budget, deadline)
    finally:
        _close(document)


def assemble_pdf(path: Path, reads: list[ReadPage]) -> LoadedDocument:
    """Make the document from its pages in order: its legacy encoding is the one most pages used."""
    found = Counter(encoding for _, encoding in reads if encoding)
    encoding = max(sorted(found), key=found.get) if found else None
    return finish_document(Path(path), "pdf", [page for page, _ in reads], encoding)


def load_pdf(path: Path, budget: Budget) -> LoadedDocument:
    """Load a PDF: text layer where it is real Vietnamese, OCR elsewhere; tables as TSV rows.

    Raises LoadError for files that cannot be read at all (password-protected, damaged, no pages)
    and BudgetExceeded when the file is over its page, size or time budget.
    """
    path = Path(path)
    _check_size(path, budget)
    deadline = time.monotonic() + budget.seconds_per_file
    document = _open(path)
    try:
        count = _page_count(document, budget)
        reads = _read_pages(path, document, budget, deadline, total=count)
    finally:
        _close(document)
    return assemble_pdf(path, reads)
