"""`baocao compare CODE`: one indicator side by side, a row per province, unit and date."""

from __future__ import annotations

import csv
import io
import json

import sqlite_utils

from .gazetteer import find_province, find_province_in_text
from .rounding import fmt

COLUMNS = ["province", "province_2025", "subject", "as_of", "value", "max_value", "unit", "rank", "rank_of",
           "kind", "document", "page", "snippet"]
_RANK_CODES = ("766.xep_hang",)


def _province_of(doc: dict) -> dict | None:
    record = find_province(doc.get("province"))
    if record is None and doc.get("text"):
        found = find_province_in_text(doc["text"])
        record = find_province(found[0]) if found else None
    return record


def _rank_for(db: sqlite_utils.Database, ind: dict) -> dict | None:
    """The rank the same document states for the same date and unit, nearest to the figure."""
    rows = list(db.query(
        "SELECT value, max_value, start FROM indicators WHERE document_id = ? AND kind = 'rank' "
        "AND (code IS NULL OR code IN ({}) OR code = ?) AND as_of IS ? AND subject IS ?".format(
            ", ".join("?" * len(_RANK_CODES))),
        [ind["document_id"], *_RANK_CODES, ind["code"], ind["as_of"], ind["subject"]]))
    return min(rows, key=lambda r: abs((r["start"] or 0) - (ind["start"] or 0)), default=None)


def compare_rows(db: sqlite_utils.Database, code: str, as_of: str | None = None) -> list[dict]:
    """One indicator across provinces, units and dates: value, max, rank where known, document and snippet.

    A figure stated several times in one document for the same unit and date appears once (the first
    statement, a value preferred to a figure cited as previous).
    """
    if not db["indicators"].exists():
        return []
    where, params = "lower(i.code) = lower(?) AND i.kind IN ('value', 'previous', 'count')", [code]
    if as_of:
        where += " AND i.as_of LIKE ?"
        params.append(as_of + "%")
    query = (f"SELECT i.*, d.filename, d.province AS doc_province, d.text AS doc_text FROM indicators i "
             f"JOIN documents d ON d.id = i.document_id WHERE {where} "
             f"ORDER BY i.as_of, d.filename, i.kind != 'value', i.start, i.id")
    seen: set[tuple] = set()
    rows: list[dict] = []
    for ind in db.query(query, params):
        record = _province_of({"province": ind["doc_province"], "text": ind["doc_text"]})
        key = (ind["document_id"], record and record["id"], ind["subject"], ind["as_of"])
        if key in seen:
            continue
        seen.add(key)
        rank = _rank_for(db, ind) if ind["kind"] == "value" else None
        rows.append({
            "province": record["name"] if record else ind["doc_province"],
            "province_2025": record["unit_2025"] if record else None,
            "subject": ind["subject"], "as_of": ind["as_of"], "value": ind["value"],
            "max_value": ind["max_value"], "unit": ind["unit"],
            "rank": rank["value"] if rank else None, "rank_of": rank["max_value"] if rank else None,
            "kind": ind["kind"], "document": ind["filename"] or ind["document_id"][:12], "page": ind["page"],
            "snippet": " ".join((ind["snippet"] or "").replace("*", "").split()),
        })
    rows.sort(key=lambda r: (r["as_of"] or "", r["province"] or "", r["subject"] or "", r["document"] or ""))
    return rows


def _cell(value, column: str) -> str:
    if value is None:
        return ""
    if column in ("value", "max_value", "rank", "rank_of") and isinstance(value, float | int):
        return fmt(float(value))
    return str(value)


def _table(rows: list[dict], columns: list[str], snippet_width: int = 60) -> str:
    shown = [[_cell(r.get(c), c) for c in columns] for r in rows]
    shown = [[(v[:snippet_width - 1] + "…" if c == "snippet" and len(v) > snippet_width else v)
              for v, c in zip(row, columns, strict=True)] for row in shown]
    widths = [max([len(c)] + [len(row[n]) for row in shown]) for n, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in shown]
    return "\n".join(lines)


def format_rows(rows: list[dict], fmt_name: str = "table") -> str:
    """Render compare rows as an aligned text table, CSV or JSON (`ensure_ascii=False`)."""
    if fmt_name == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2)
    if fmt_name == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c) for c in COLUMNS})
        return buffer.getvalue()
    if fmt_name != "table":
        raise ValueError(f"unknown format {fmt_name!r}: use table, csv or json")
    if not rows:
        return "no figures for this indicator"
    return _table(rows, COLUMNS)
