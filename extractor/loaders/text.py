"""Load plain-text (.txt) and Markdown (.md) files.

The bytes are decoded by `extractor.encodings.decode_bytes` (UTF-8/UTF-16 with or without BOM,
Windows-1258, TCVN3, VNI, else Windows-1252), normalised to NFC with NUL bytes removed, and line
endings are normalised: CRLF and lone CR become LF. Nothing else changes: lines are not joined or
re-wrapped and Markdown is kept as written, because later offsets into this text are provenance.
A plain-text file is one page.
"""

from __future__ import annotations

from pathlib import Path

from ..encodings import binary_extension, binary_kind, decode_bytes
from ..errors import Budget, BudgetExceeded, LoadError
from ..models import LoadedDocument, Page

EMPTY_MESSAGE = "the file holds no text"
DEFAULT_BUDGET = Budget()


def normalise_newlines(text: str) -> str:
    """Turn CRLF and lone CR line endings into LF, keeping every line as it is."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _check_size(path: Path, budget: Budget) -> None:
    size = path.stat().st_size
    if size > budget.max_file_bytes:
        raise BudgetExceeded(
            f"the file is {size:,} bytes, over the limit of {budget.max_file_bytes:,} bytes for one file; "
            "split it into smaller files or raise the byte budget"
        )


def _binary_message(data: bytes) -> str | None:
    kind = binary_kind(data)
    if kind is None:
        return None
    extension = binary_extension(data)
    if extension:
        return f"binary data, not text: the file looks like {kind}; rename it to {extension} and ingest it again"
    return (
        f"binary data, not text: the file looks like {kind}; "
        "check that it is the document you meant, or save it again as plain text (UTF-8)"
    )


def load_text(path: Path, fmt: str, budget: Budget = DEFAULT_BUDGET) -> LoadedDocument:
    """Read a .txt/.md file into one page of NFC text, recording the encoding it was decoded from.

    Raises BudgetExceeded when the file is over `budget.max_file_bytes` or its text over
    `budget.max_text_bytes` characters, and LoadError when the content is binary rather than text.
    A file holding only whitespace comes back with status 'empty'.
    """
    path = Path(path)
    _check_size(path, budget)
    data = path.read_bytes()
    message = _binary_message(data)
    if message:
        raise LoadError(message)
    text, encoding = decode_bytes(data)
    if len(text) > budget.max_text_bytes:
        raise BudgetExceeded(
            f"the file holds {len(text):,} characters of text, over the limit of "
            f"{budget.max_text_bytes:,}; split it into smaller files or raise the text budget"
        )
    text = normalise_newlines(text)
    document = LoadedDocument(path=str(path), format=fmt, encoding=encoding, pages=[Page(1, text, "text")])
    if not text.strip():
        document.status = "empty"
        document.error = EMPTY_MESSAGE
        document.pages[0].error = EMPTY_MESSAGE
    return document
