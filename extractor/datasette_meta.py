"""Datasette metadata for a baocao database: descriptions, facets, labels, canned queries.

Descriptions (title, license, per-table and per-column text) are data in `patterns/datasette.json`;
the table options and canned queries that depend on the schema are here. The result is one
metadata dict for Datasette 0.65, where metadata also carries table options, queries and plugins
(Datasette 1.0 moves those to `datasette.yaml`; `TABLE_OPTIONS` and `QUERIES` are kept apart from the
descriptions so that split is mechanical).

The chart is datasette-vega's: it draws any table or query page and reads its settings from the URL
fragment, so the "one indicator across provinces" query carries a `fragment` that opens it as a bar
chart of value by province.
"""

from __future__ import annotations

import json
import sqlite3
from functools import cache
from pathlib import Path

from .patterns import pattern_path
from .search import SEARCH_INDEXES

# Tables analysts never need to open; still reachable through "show hidden tables".
HIDDEN_TABLES = ("files",) + tuple(index.fold_table for index in SEARCH_INDEXES)
# Views that only feed the search indexes: not listed and not browsable.
PRIVATE_VIEWS = tuple(index.content_view for index in SEARCH_INDEXES)

TABLE_OPTIONS: dict[str, dict] = {
    "documents": {
        "facets": ["province", "province_2025", "doc_type", "status"],
        "sort_desc": "issued_date",
        "label_column": "filename",
        "fts_table": "documents_fts",
        "units": {"size": "byte"},
    },
    "indicators": {
        "facets": ["code", "unit", "level"],
        "fts_table": "indicators_fts",
    },
    "figures": {
        "facets": ["province", "province_2025", "code", "unit"],
        "sort_desc": "as_of",
        "fts_table": "indicators_fts",
        "fts_pk": "id",
    },
    "checks": {"facets": ["rule", "status"]},
    "flagged_checks": {"facets": ["rule", "status", "province"]},
    "deadlines": {"facets": ["precision"], "sort": "due_date"},
    "upcoming_deadlines": {"facets": ["province", "precision"], "sort": "due_date"},
    "pages": {"facets": ["method"]},
    "tables": {"label_column": "title", "facets": ["source"]},
    "parts": {"label_column": "title"},
    "restorations": {"sort": "start"},
    "files": {"facets": ["status"], "units": {"size": "byte"}},
}

CHART_FRAGMENT = "g.mark=bar&g.x_column=province&g.x_type=ordinal&g.y_column=value&g.y_type=quantitative"

QUERIES: dict[str, dict] = {
    "indicator_across_provinces": {
        "title": "One indicator across provinces",
        "description": (
            "The latest figure of one catalogued indicator (:code, e.g. 766.tong_hop for the Decision 766 "
            "total score, 766.thanh_toan.ho_so for the online payment rate) in each province, the "
            "whole-province figure first; only figures in the indicator's usual unit (the one most of its "
            "figures have), so the bars compare like with like. Leave as_of empty for the latest, or give "
            "an ISO date to see the figures as they stood then. Opens as a bar chart."
        ),
        "sql": """
SELECT province, province_2025, value, unit, max_value, as_of, label, subject,
       doc_number, issued_date, snippet, document_id
FROM (
  SELECT f.*, row_number() OVER (
    PARTITION BY coalesce(f.province, '')
    ORDER BY (f.subject IS NOT NULL), f.as_of DESC, f.issued_date DESC, f.id
  ) AS rank_in_province
  FROM figures AS f
  WHERE f.code = :code AND (:as_of = '' OR f.as_of <= :as_of)
    AND f.unit IS (SELECT i.unit FROM indicators AS i WHERE i.code = :code
                   GROUP BY i.unit ORDER BY count(*) DESC, i.unit LIMIT 1)
)
WHERE rank_in_province = 1
ORDER BY value DESC, province
""",
        "params": ["code", "as_of"],
        "fragment": CHART_FRAGMENT,
    },
    "province_over_time": {
        "title": "A province's figures over time",
        "description": (
            "Every figure stated for one province (:province, as named then or after the 2025 merger), "
            "indicator by indicator in date order; give :code to keep one indicator."
        ),
        "sql": """
SELECT code, label, as_of, value, unit, max_value, subject, level, province,
       doc_number, doc_type, issued_date, snippet, id, document_id
FROM figures
WHERE (province = :province OR province_2025 = :province)
  AND (:code = '' OR code = :code)
ORDER BY code, label, as_of, issued_date, id
""",
        "params": ["province", "code"],
    },
    "deadlines_before": {
        "title": "Deadlines due before a date",
        "description": "Deadlines due before :date (ISO), soonest first; give :from to skip older ones.",
        "sql": """
SELECT dl.due_date, dl.precision, dl.expression, dl.task, dl.assignee,
       d.province, d.doc_number, d.doc_type, d.issued_date, dl.snippet, dl.document_id
FROM deadlines AS dl
JOIN documents AS d ON d.id = dl.document_id
WHERE dl.due_date < :date AND (:from = '' OR dl.due_date >= :from)
ORDER BY dl.due_date, d.province
""",
        "params": ["date", "from"],
    },
    "document_restorations": {
        "title": "A document's restored diacritics",
        "description": (
            "Every change made while restoring diacritics in one document (:document is an id prefix "
            "or the file name), with the restored text around it."
        ),
        "sql": """
SELECT r.start, r.end, r.raw, r.restored, r.score,
       substr(d.text, max(r.start - 40, 0) + 1, r.end - max(r.start - 40, 0) + 40) AS context,
       d.filename, r.document_id
FROM restorations AS r
JOIN documents AS d ON d.id = r.document_id
WHERE :document <> ''
  AND (substr(r.document_id, 1, length(:document)) = :document OR d.filename = :document)
ORDER BY r.document_id, r.start
""",
        "params": ["document"],
    },
}


@cache
def descriptions() -> dict:
    """Return the human-written titles and descriptions from `patterns/datasette.json`."""
    with open(pattern_path("datasette.json"), encoding="utf-8") as handle:
        return json.load(handle)


def database_name(db_path: str | Path) -> str:
    """Return the name Datasette gives a database file (its stem)."""
    return Path(db_path).stem


def build_metadata(db_path: str | Path, *, published: bool = False) -> dict:
    """Return the Datasette metadata dict for one database file.

    `published` turns arbitrary SQL off for everyone; canned queries stay available and none of
    them writes.
    """
    text = descriptions()
    columns_of = _columns_by_table(db_path)
    metadata = {key: text[key] for key in ("title", "description", "source", "license", "about") if key in text}
    metadata["databases"] = {
        database_name(db_path): {
            "description": text["description"],
            "tables": _tables_metadata(text["tables"], columns_of),
            "queries": {name: {**query, "sql": query["sql"].strip()} for name, query in QUERIES.items()},
        }
    }
    if published:
        metadata["allow_sql"] = False
    return metadata


def write_metadata(db_path: str | Path, out_path: str | Path, *, published: bool = False) -> Path:
    """Write the metadata for a database as UTF-8 JSON (Vietnamese kept as is) and return its path."""
    out = Path(out_path)
    out.write_text(
        json.dumps(build_metadata(db_path, published=published), ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8",
    )
    return out


def _tables_metadata(described: dict, columns_of: dict[str, list[str]]) -> dict:
    tables: dict[str, dict] = {}
    for name in sorted(set(described) | set(TABLE_OPTIONS) | set(HIDDEN_TABLES) | set(PRIVATE_VIEWS)):
        entry: dict = {}
        if name in described:
            entry["description"] = described[name]["description"]
            columns = _column_descriptions(name, described, columns_of)
            if columns:
                entry["columns"] = columns
        entry.update(TABLE_OPTIONS.get(name, {}))
        if name in HIDDEN_TABLES:
            entry["hidden"] = True
        if name in PRIVATE_VIEWS:
            entry["allow"] = False
        tables[name] = entry
    return tables


def _column_descriptions(name: str, described: dict, columns_of: dict[str, list[str]]) -> dict[str, str]:
    """A table's own column descriptions; a view borrows the rest from the tables it joins."""
    own = dict(described[name].get("columns", {}))
    if name not in columns_of:
        return own
    fallback: dict[str, str] = {}
    for source in ("documents", "deadlines", "checks", "indicators"):
        fallback.update(described.get(source, {}).get("columns", {}))
    return {column: own.get(column) or fallback[column] for column in columns_of[name]
            if own.get(column) or column in fallback}


def _columns_by_table(db_path: str | Path) -> dict[str, list[str]]:
    """Column names of the analyst views in the database (empty when the file is not there yet)."""
    path = Path(db_path)
    if not path.is_file():
        return {}
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'")]
        return {name: [row[1] for row in conn.execute(f"PRAGMA table_info([{name}])")] for name in names}
    finally:
        conn.close()
