"""Plain data passed between pipeline stages.

Loaders produce a `LoadedDocument` (pages of raw text); the normalise stage joins pages into one
text with `PAGE_BREAK` between them; every later offset counts code points of that joined text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

PAGE_BREAK = "\f"


@dataclass
class Page:
    """One page as a loader read it."""

    number: int
    text: str
    method: str = "text"  # text | legacy | ocr
    ocr_confidence: float | None = None
    # Tables the loader found (pdf ruled tables, docx tables, OCR word boxes) are written into `text`
    # as tab-separated lines, one line per row; these spans (offsets into `text`) say where and how.
    table_spans: list[TableSpan] = field(default_factory=list)
    error: str | None = None  # why this page gave no usable text


@dataclass
class LoadedDocument:
    """What a loader returns: pages of text plus how they were read."""

    path: str
    format: str  # txt | md | docx | pdf | image
    encoding: str | None
    pages: list[Page]
    status: str = "ok"  # ok | partial | error | empty
    error: str | None = None


@dataclass
class TableSpan:
    """Where a table a loader found sits in a page's text (or, after joining, in the document text)."""

    start: int
    end: int
    source: str  # pdf | ocr | docx
    title: str | None = None


def rows_to_tsv(rows: list[list[str | None]]) -> str:
    """Render table rows as tab-separated lines, the form the table extractor reads."""
    clean = [[" ".join((cell or "").split()) for cell in row] for row in rows]
    return "\n".join("\t".join(row) for row in clean)


def page_of(text: str, offset: int) -> int:
    """Return the 1-based page number of a character offset in a joined document text."""
    return text.count(PAGE_BREAK, 0, offset) + 1


@dataclass
class DocumentMeta:
    """Metadata of one document (or of one attached part of a file)."""

    doc_number: str | None = None
    doc_type: str | None = None
    issuer: str | None = None
    signer: str | None = None
    title: str | None = None
    issued_date: str | None = None  # ISO: 2024-07-19, or 2024-05 when the day is blank
    period_label: str | None = None
    period_start: str | None = None
    period_end: str | None = None
    province: str | None = None
    start: int = 0  # span of the text this part covers
    end: int = 0


@dataclass
class Indicator:
    """One stated figure. Offsets count code points of the document text; `snippet` holds `raw`."""

    label: str
    value: float
    raw: str  # the figure as written: text[start:end]
    start: int
    end: int
    snippet: str
    unit: str | None = None
    code: str | None = None
    max_value: float | None = None
    subject: str | None = None
    level: str | None = None  # tỉnh | huyện | xã
    as_of: str | None = None
    target: float | None = None
    stated_status: str | None = None  # đạt | chưa đạt
    kind: str = "value"  # value | previous | change | rank | count | target
    source: str = "text"  # text | table
    table_index: int | None = None  # index into Extraction.tables for table cells
    row: int | None = None
    col: int | None = None
    part: int = 0


@dataclass
class Table:
    """A table found in the text (markdown, tab-separated, or written there by a loader)."""

    header: list[str]
    rows: list[list[str]]  # body rows, cells as written (markup removed)
    source: str  # markdown | tsv | pdf | ocr | docx
    start: int
    end: int
    title: str | None = None
    cell_values: dict[tuple[int, int], float] = field(default_factory=dict)


@dataclass
class Deadline:
    """A due date the document sets, with the task and the body assigned."""

    due_date: str
    precision: str  # day | month | quarter | year | recurring
    expression: str
    start: int
    end: int
    snippet: str
    task: str | None = None
    assignee: str | None = None
    part: int = 0


@dataclass
class Extraction:
    """Everything extracted from one document text."""

    indicators: list[Indicator] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    deadlines: list[Deadline] = field(default_factory=list)
