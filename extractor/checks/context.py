"""What every rule reads: documents, their indicators, tables and cells, and text geometry.

Rules never query the database themselves; `load_context` reads it once and the helpers here
answer the questions rules ask (which sentence, line or paragraph a figure sits in, how deep in
parentheses, whether it was read by OCR, how to quote it in a message).
"""

from __future__ import annotations

import bisect
import json
import re
from dataclasses import dataclass, field
from functools import cached_property

import sqlite_utils

from ..gazetteer import find_province, find_province_in_text
from ..models import page_of
from ..rounding import half_unit, is_exact_count
from ..vietnamese import fold

_SENTENCE_END = re.compile(r"(?<!\d)[.!?](?=[\s*_)\]]*(?:\n|$|[A-ZĐÀ-Ỹ(\-–]))|\n\s*\n|\n(?=\s*[-+•*–]\s)|\f")
_PARAGRAPH_END = re.compile(r"\n\s*\n|\f|\n(?=\s*(?:[-+•–]|\d+(?:\.\d+)*\.?)\s)")
SNIPPET_CHARS = 90


@dataclass
class Doc:
    """One document with its indicators and tables, and lazy text geometry."""

    row: dict
    indicators: list[dict] = field(default_factory=list)
    tables: list[dict] = field(default_factory=list)
    parts: list[dict] = field(default_factory=list)
    ocr_pages: set[int] = field(default_factory=set)

    @property
    def id(self) -> str:
        return self.row["id"]

    @property
    def text(self) -> str:
        return self.row.get("text") or ""

    @property
    def name(self) -> str:
        return self.row.get("filename") or self.row.get("path") or self.id[:12]

    @cached_property
    def province(self) -> str | None:
        """The province the document names (stored, else found in its text)."""
        record = find_province(self.row.get("province"))
        if record:
            return record["name"]
        found = find_province_in_text(self.text)
        return found[0] if found else None

    def _bounds(self, pattern: re.Pattern) -> list[int]:
        return [0] + [m.end() for m in pattern.finditer(self.text)] + [len(self.text) + 1]

    @cached_property
    def sentence_bounds(self) -> list[int]:
        return self._bounds(_SENTENCE_END)

    @cached_property
    def paragraph_bounds(self) -> list[int]:
        return self._bounds(_PARAGRAPH_END)

    @cached_property
    def line_bounds(self) -> list[int]:
        return self._bounds(re.compile(r"\n"))

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence holding a character offset."""
        return bisect.bisect_right(self.sentence_bounds, offset) - 1

    def paragraph_of(self, offset: int) -> int:
        """Index of the paragraph (or list item) holding a character offset."""
        return bisect.bisect_right(self.paragraph_bounds, offset) - 1

    def line_of(self, offset: int) -> int:
        """Index of the line holding a character offset."""
        return bisect.bisect_right(self.line_bounds, offset) - 1

    def line_text(self, index: int) -> str:
        bounds = self.line_bounds
        return self.text[bounds[index]:bounds[index + 1]]

    def depth_between(self, start: int, end: int) -> int:
        """Parentheses opened minus closed between two offsets (0: the same level)."""
        span = self.text[start:end]
        return span.count("(") - span.count(")")

    def page(self, ind: dict) -> int:
        if ind.get("page"):
            return int(ind["page"])
        return page_of(self.text, int(ind.get("start") or 0))

    def was_ocr(self, inds: list[dict]) -> bool:
        """Tell whether any of these figures was read by OCR."""
        if not self.row.get("ocr"):
            return False
        if not self.ocr_pages:
            return True
        return any(self.page(ind) in self.ocr_pages for ind in inds)

    def date(self, offset: int = 0) -> str | None:
        """The date of the document (or of the attached part holding `offset`)."""
        for part in self.parts:
            if (part.get("start") or 0) <= offset < (part.get("end") or 0) and part.get("issued_date"):
                return part["issued_date"]
        return self.row.get("issued_date")

    def text_indicators(self) -> list[dict]:
        return [i for i in self.indicators if (i.get("source") or "text") == "text" and i.get("start") is not None]


@dataclass
class Context:
    """Everything the rules read, loaded once."""

    docs: list[Doc]

    def doc(self, document_id: str) -> Doc | None:
        return next((d for d in self.docs if d.id == document_id), None)


def _rows(db: sqlite_utils.Database, table: str, order: str) -> list[dict]:
    if not db[table].exists():
        return []
    return list(db.query(f"SELECT * FROM [{table}] ORDER BY {order}"))


def load_context(db: sqlite_utils.Database) -> Context:
    """Read documents, indicators, tables, cells, parts and pages into memory."""
    docs = {row["id"]: Doc(row) for row in _rows(db, "documents", "id")}
    for ind in _rows(db, "indicators", "document_id, start, id"):
        if ind["document_id"] in docs and ind.get("value") is not None:
            docs[ind["document_id"]].indicators.append(ind)
    cells: dict[int, list[dict]] = {}
    for cell in _rows(db, "table_cells", "table_id, row, col"):
        cells.setdefault(cell["table_id"], []).append(cell)
    for table in _rows(db, "tables", "document_id, id"):
        if table["document_id"] in docs:
            table["cells"] = cells.get(table["id"], [])
            table["header_texts"] = header_texts(table.get("header"))
            docs[table["document_id"]].tables.append(table)
    for part in _rows(db, "parts", "document_id, part"):
        if part["document_id"] in docs:
            docs[part["document_id"]].parts.append(part)
    for page in _rows(db, "pages", "document_id, page"):
        if page["document_id"] in docs and page.get("method") == "ocr":
            docs[page["document_id"]].ocr_pages.add(int(page["page"]))
    return Context(list(docs.values()))


def header_texts(header: str | None) -> list[str]:
    """Column headers as one text per column, whatever shape the JSON has (one row or several)."""
    if not header:
        return []
    try:
        data = json.loads(header)
    except (TypeError, ValueError):
        return []
    if data and all(isinstance(row, list) for row in data):
        width = max(len(row) for row in data)
        return [" ".join(str(row[c]) for row in data if c < len(row) and row[c]) for c in range(width)]
    return [str(item or "") for item in data] if isinstance(data, list) else []


# --- figures ---------------------------------------------------------------------------------

def is_share(ind: dict) -> bool:
    """A percentage."""
    return ind.get("unit") == "%" or "%" in (ind.get("raw") or "")


def is_count(ind: dict) -> bool:
    """An exact count of things (hồ sơ, TTHC, đơn vị...)."""
    return (not is_share(ind) and ind.get("max_value") is None and ind.get("kind") in ("value", "count")
            and is_exact_count(ind.get("raw"), ind.get("unit"), ind.get("kind")))


def half(ind: dict) -> float:
    """Rounding half-unit of a figure as written (0 for exact counts)."""
    return half_unit(ind.get("raw"), exact=is_count(ind))


def label_key(ind: dict) -> str:
    """Folded label of a figure, for keyword tests."""
    return fold(ind.get("label") or "")


def quote(doc: Doc, ind: dict) -> str:
    """`page N, "…snippet…"`: where a figure is, for a message."""
    start = int(ind.get("start") or 0)
    end = int(ind.get("end") or start)
    text = doc.text
    if text and end > start:
        left = max(0, start - SNIPPET_CHARS // 2)
        right = min(len(text), end + SNIPPET_CHARS // 2)
        snippet = text[left:right]
    else:
        snippet = ind.get("snippet") or ind.get("label") or ""
    snippet = " ".join(snippet.replace("*", "").split())
    if len(snippet) > SNIPPET_CHARS + 20:
        snippet = snippet[:SNIPPET_CHARS + 20] + "…"
    return f'page {doc.page(ind)}, "…{snippet}…"'


def ocr_note(doc: Doc, inds: list[dict]) -> str:
    """A clause telling that the figures were read by OCR, to append to a failed check's message."""
    if doc.was_ocr(inds):
        return "; these figures were read by OCR, so check the scan for a misread digit"
    return ""


def make_check(doc: Doc, rule: str, status: str, stated: float | None, recomputed: float | None,
               tolerance: float | None, message: str, inds: list[dict], other: Doc | None = None) -> dict:
    """One `checks` row; an OCR note is added to the message when a failed check involves OCR'd figures."""
    if status != "ok":
        note = ocr_note(doc, inds)
        if note and message.endswith("."):
            message = message[:-1] + note + "."
    return {
        "document_id": doc.id,
        "other_document_id": other.id if other else None,
        "rule": rule,
        "status": status,
        "stated": stated,
        "recomputed": None if recomputed is None else round(recomputed, 6),
        "tolerance": None if tolerance is None else round(tolerance, 6),
        "message": message,
        "indicator_ids": json.dumps(_stated_first(stated, inds)),
    }


def _stated_first(stated: float | None, inds: list[dict]) -> list[int]:
    """Indicator ids with the one whose value is the stated figure first (views show its snippet)."""
    ids = sorted({int(i["id"]) for i in inds if i.get("id") is not None})
    if stated is not None:
        for ind in inds:
            if ind.get("id") is not None and ind.get("value") is not None and abs(float(ind["value"]) - stated) < 1e-9:
                ids.remove(int(ind["id"]))
                return [int(ind["id"]), *ids]
    return ids
