"""Load a Word `.docx`: paragraphs and tables in document order, tables as tab-separated rows.

The ZIP container is checked before python-docx reads it (python-docx inflates whole parts with no
size cap): total uncompressed size against the budget, per-member compression ratio, entry count.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..errors import Budget, BudgetExceeded, LoadError
from ..models import LoadedDocument, Page, TableSpan, rows_to_tsv
from .pdf import finish_document

MAX_ENTRIES = 10_000
MAX_RATIO = 100  # compression ratio of one member above which it is treated as a bomb
RATIO_FLOOR = 1 << 20  # members smaller than 1 MB uncompressed are not ratio-checked
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_container(path: Path, budget: Budget) -> None:
    """Refuse a .docx whose ZIP would inflate past the budget or looks like a bomb."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise LoadError(
            f"the .docx is damaged or not a Word file ({error}); re-save it from Word and ingest again"
        ) from error
    if len(members) > MAX_ENTRIES:
        raise BudgetExceeded(f"the .docx has {len(members)} parts, over {MAX_ENTRIES}; it may be a zip bomb")
    total = sum(member.file_size for member in members)
    if total > budget.max_docx_uncompressed:
        raise BudgetExceeded(
            f"the .docx inflates to {total / 2**20:.0f} MB, over the {budget.max_docx_uncompressed / 2**20:.0f} MB "
            "budget; it may be a zip bomb (or split the document)"
        )
    for member in members:
        if member.file_size > RATIO_FLOOR and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise BudgetExceeded(
                f"the .docx part {member.filename} inflates {member.file_size // max(member.compress_size, 1)}×; "
                "it looks like a zip bomb"
            )


def _table_rows(table) -> list[list[str]]:
    rows = []
    for row in table.rows:
        cells = []
        previous = None
        for cell in row.cells:
            # python-docx repeats a horizontally merged cell once per grid column; keep one copy
            cells.append("" if previous is not None and cell._tc is previous else cell.text)
            previous = cell._tc
        rows.append(cells)
    return rows


def read_body(document) -> tuple[str, list[TableSpan]]:
    """Paragraph texts and tables (as TSV rows) in document order, with the tables' spans."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    text = ""
    spans = []
    for number, child in enumerate(document.element.body.iterchildren()):
        if child.tag == f"{_W}p":
            chunk, is_table = Paragraph(child, document).text, False
        elif child.tag == f"{_W}tbl":
            chunk, is_table = rows_to_tsv(_table_rows(Table(child, document))), True
        else:
            continue
        if number and text:
            text += "\n"
        if is_table:
            spans.append(TableSpan(start=len(text), end=len(text) + len(chunk), source="docx"))
        text += chunk
    return text, spans


def load_docx(path: Path, budget: Budget) -> LoadedDocument:
    """Load a .docx as one page of text: paragraphs and tables in document order.

    Raises BudgetExceeded for files over the uncompressed-size budget (zip bombs) and LoadError for
    damaged files.
    """
    import docx

    path = Path(path)
    check_container(path, budget)
    try:
        document = docx.Document(str(path))
        text, spans = read_body(document)
    except Exception as error:  # python-docx / lxml raise KeyError, XMLSyntaxError, ValueError, ...
        raise LoadError(
            f"the .docx cannot be read ({type(error).__name__}: {error}); re-save it from Word and ingest again"
        ) from error
    if len(text.encode("utf-8")) > budget.max_text_bytes:
        raise BudgetExceeded(f"the .docx holds more than {budget.max_text_bytes / 2**20:.0f} MB of text")
    return finish_document(path, "docx", [Page(1, text, method="text", table_spans=spans)])
