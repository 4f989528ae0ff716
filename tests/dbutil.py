"""Build small baocao databases by hand for tests: the schema, documents, indicators and tables.

Indicator rows are written by the test author from reading the document; `Doc.figure` only finds
where the figure is written (offsets, page, snippet), never its value.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import sqlite_utils

from extractor.models import page_of
from extractor.schema import PRIMARY_KEYS, TABLES

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def new_db(path: str | Path | None = None) -> sqlite_utils.Database:
    """An empty database with the contract's tables."""
    conn = sqlite3.connect(str(path) if path else ":memory:")
    db = sqlite_utils.Database(conn)
    for name, columns in TABLES.items():
        db[name].create(columns, pk=PRIMARY_KEYS[name], not_null=None)
    return db


def seed_text(prefix: str) -> str:
    """The text of a seed document by its number prefix (`001`)."""
    return next(CORPUS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


class Doc:
    """A document being written into a test database."""

    def __init__(self, db: sqlite_utils.Database, doc_id: str, text: str, **fields):
        self.db, self.id, self.text = db, doc_id, text
        row = {"id": doc_id, "filename": fields.pop("filename", f"{doc_id}.txt"), "text": text,
               "status": "ok", "ocr": 0, "pages": text.count("\f") + 1}
        row.update(fields)
        db["documents"].insert(row)

    def figure(self, raw: str, value: float, after: str | None = None, **fields) -> int:
        """Insert an indicator for `raw` (its first occurrence after `after`) and return its id."""
        origin = self.text.index(after) if after else 0
        start = self.text.index(raw, origin)
        end = start + len(raw)
        line_start = self.text.rfind("\n", 0, start) + 1
        line_end = self.text.find("\n", end)
        row = {"document_id": self.id, "label": fields.pop("label", raw), "value": value, "raw": raw,
               "start": start, "end": end, "page": page_of(self.text, start), "source": "text",
               "kind": fields.pop("kind", "value"), "part": 0,
               "snippet": self.text[line_start:line_end if line_end != -1 else len(self.text)].strip()}
        row.update(fields)
        return self.db["indicators"].insert(row).last_pk

    def tsv_table(self, first_line: str, title: str, n_header: int) -> int:
        """Insert the tab-separated table starting at the line beginning with `first_line`, with its cells."""
        start = self.text.index(first_line)
        lines = []
        position = start
        for line in self.text[start:].split("\n"):
            if "\t" not in line:
                break
            lines.append(line)
            position += len(line) + 1
        rows = [line.split("\t") for line in lines]
        header, body = rows[:n_header], rows[n_header:]
        table_id = self.db["tables"].insert({
            "document_id": self.id, "page": page_of(self.text, start), "title": title,
            "n_rows": len(body), "n_cols": max(len(r) for r in rows), "header": json.dumps(header, ensure_ascii=False),
            "source": "tsv", "start": start, "end": position - 1}).last_pk
        self.db["table_cells"].insert_all(
            {"table_id": table_id, "row": r, "col": c, "text": text, "value": None}
            for r, cells in enumerate(body) for c, text in enumerate(cells))
        return table_id


def checks_of(rows: list[dict], rule: str, status: str | None = None) -> list[dict]:
    """The check rows of one rule (and status)."""
    return [r for r in rows if r["rule"] == rule and (status is None or r["status"] == status)]


def involving(rows: list[dict], *ids: int) -> list[dict]:
    """The check rows whose indicator_ids include all the given ids."""
    return [r for r in rows if set(ids) <= set(json.loads(r["indicator_ids"]))]
