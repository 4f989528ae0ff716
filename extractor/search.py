"""Make a baocao database ready for analysts: diacritic-blind full-text search and flat views.

SQLite's `unicode61 remove_diacritics 2` tokenizer folds `ế`, `ạ`, `ự` … to plain letters but not
`đ` to `d`, so `dung han` would miss `đúng hạn`. Each searchable table therefore gets a hidden
side table of folded text (`extractor.vietnamese.fold`: marks stripped, `đ`→`d`), and an FTS5
index over *both* the original and the folded columns, with the original table's rowid:

- a query typed with marks (`đúng hạn`, `thanh toán trực tuyến`) matches the original columns;
- a query typed without them (`dung han`, `thanh toan truc tuyen`) matches the folded columns.

The index is an external-content FTS5 table reading from a view that joins the table with its folded
text, so the original text is not stored twice. Datasette's search box and `?_search=` work on it
unchanged (`fts_table` in the generated metadata). `prepare_for_analysis` is idempotent: folding
is redone only for rows whose text changed, and the index is rebuilt only when something changed.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from .store import ensure_schema, write_transaction
from .vietnamese import fold

TOKENIZER = "unicode61 remove_diacritics 2"


@dataclass(frozen=True)
class SearchIndex:
    """One searchable table: which key identifies a row and which text columns are indexed."""

    table: str
    key: str
    columns: tuple[str, ...]

    @property
    def fts_table(self) -> str:
        """The FTS5 index Datasette searches (`documents_fts`)."""
        return f"{self.table}_fts"

    @property
    def fold_table(self) -> str:
        """The hidden table of folded text, keyed like the source table."""
        return f"_{self.table}_fold"

    @property
    def content_view(self) -> str:
        """The view the external-content index reads: original and folded columns by rowid."""
        return f"_{self.table}_search"

    @property
    def fold_columns(self) -> tuple[str, ...]:
        """Names of the folded columns (`title_fold`, ...)."""
        return tuple(f"{column}_fold" for column in self.columns)


SEARCH_INDEXES: tuple[SearchIndex, ...] = (
    SearchIndex("documents", "id", ("title", "text")),
    SearchIndex("indicators", "id", ("label", "subject", "snippet")),
)

# A check's indicator ids as JSON, or an empty list when the column holds something else.
_IDS = "CASE WHEN json_valid(c.indicator_ids) THEN c.indicator_ids ELSE '[]' END"

# Flat views for analysts; each is recreated by prepare_for_analysis so their SQL can evolve.
VIEWS: dict[str, str] = {
    "figures": """
SELECT
  i.id, d.province, d.province_2025, d.issued_date, d.doc_number, d.doc_type,
  i.code, i.label, i.value, i.unit, i.max_value, i.subject, i.level, i.as_of,
  i.target, i.stated_status, i.source, i.page, i.snippet, i.document_id, d.filename
FROM indicators AS i
JOIN documents AS d ON d.id = i.document_id
""",
    "flagged_checks": f"""
SELECT
  c.id, c.rule, c.status, c.message, c.stated, c.recomputed, c.tolerance,
  d.province, d.issued_date, d.doc_number,
  (SELECT i.snippet FROM indicators AS i WHERE i.id = json_extract({_IDS}, '$[0]')) AS stated_snippet,
  (SELECT group_concat(snippet, ' ‖ ') FROM (
     SELECT i.snippet, min(j.key) AS position
     FROM json_each({_IDS}) AS j JOIN indicators AS i ON i.id = j.value
     WHERE j.key > 0 AND i.snippet IS NOT
       (SELECT first.snippet FROM indicators AS first WHERE first.id = json_extract({_IDS}, '$[0]'))
     GROUP BY i.snippet ORDER BY position)) AS compared_snippets,
  c.indicator_ids, c.document_id, c.other_document_id,
  o.province AS other_province, o.issued_date AS other_issued_date, o.doc_number AS other_doc_number
FROM checks AS c
LEFT JOIN documents AS d ON d.id = c.document_id
LEFT JOIN documents AS o ON o.id = c.other_document_id
WHERE c.status <> 'ok'
""",
    "upcoming_deadlines": """
SELECT
  dl.id, dl.due_date, CAST(julianday(dl.due_date) - julianday('now', 'localtime', 'start of day')
                           AS INTEGER) AS days_left,
  dl.precision, dl.expression, dl.task, dl.assignee,
  d.province, d.province_2025, d.doc_number, d.doc_type, d.issued_date, dl.snippet, dl.document_id
FROM deadlines AS dl
JOIN documents AS d ON d.id = dl.document_id
WHERE dl.due_date >= date('now', 'localtime')
ORDER BY dl.due_date
""",
}


def prepare_for_analysis(db: sqlite_utils.Database | sqlite3.Connection | str | Path) -> dict[str, int]:
    """Create or refresh the search indexes and analyst views; safe to call after every ingest.

    Returns, per searchable table, how many rows had their folded text (re)computed.
    """
    database = _as_database(db)
    try:
        ensure_schema(database)
        refreshed = {}
        with write_transaction(database):
            for index in SEARCH_INDEXES:
                refreshed[index.table] = _refresh_index(database, index)
            for name, sql in VIEWS.items():
                _replace_view(database, name, sql)
        return refreshed
    finally:
        if isinstance(db, str | Path):
            database.close()


def is_prepared(db: sqlite_utils.Database | sqlite3.Connection | str | Path) -> bool:
    """Tell whether the search indexes and analyst views exist (without changing anything)."""
    database = _as_database(db)
    try:
        names = set(database.table_names()) | set(database.view_names())
    finally:
        if isinstance(db, str | Path):
            database.close()
    wanted = {index.fts_table for index in SEARCH_INDEXES} | set(VIEWS)
    return wanted <= names


def folded_query(text: str) -> str:
    """Return the diacritic-free form of a search query (what the folded columns hold)."""
    return fold(text)


def _as_database(db: sqlite_utils.Database | sqlite3.Connection | str | Path) -> sqlite_utils.Database:
    if isinstance(db, sqlite_utils.Database):
        return db
    if isinstance(db, sqlite3.Connection):
        return sqlite_utils.Database(db)
    return sqlite_utils.Database(str(db))


def _digest(values: tuple) -> str:
    hasher = hashlib.blake2b(digest_size=16)
    for value in values:
        hasher.update(("" if value is None else str(value)).encode("utf-8", "surrogatepass"))
        hasher.update(b"\x1f")
    return hasher.hexdigest()


def _ensure_index_objects(db: sqlite_utils.Database, index: SearchIndex) -> bool:
    """Create the fold table, content view and FTS table if missing; True when the index is new."""
    fold_columns = ", ".join(f"[{column}] TEXT" for column in index.fold_columns)
    db.execute(
        f"CREATE TABLE IF NOT EXISTS [{index.fold_table}] ("
        f"[key] PRIMARY KEY, [source_rowid] INTEGER, [digest] TEXT, {fold_columns})"
    )
    selected = ", ".join(
        [f"s.[{column}]" for column in index.columns] + [f"f.[{column}]" for column in index.fold_columns]
    )
    db.execute(
        f"CREATE VIEW IF NOT EXISTS [{index.content_view}] AS SELECT s.rowid AS rowid, {selected} "
        f"FROM [{index.table}] AS s JOIN [{index.fold_table}] AS f ON f.[key] = s.[{index.key}]"
    )
    if db[index.fts_table].exists():
        return False
    columns = ", ".join(f"[{column}]" for column in index.columns + index.fold_columns)
    db.execute(
        f"CREATE VIRTUAL TABLE [{index.fts_table}] USING fts5({columns}, "
        f"content='{index.content_view}', content_rowid='rowid', tokenize='{TOKENIZER}')"
    )
    return True


def _refresh_index(db: sqlite_utils.Database, index: SearchIndex) -> int:
    """Fold new or changed rows, drop rows that are gone, and rebuild the index if anything moved."""
    created = _ensure_index_objects(db, index)
    stored = {
        key: (rowid, digest)
        for key, rowid, digest in db.execute(
            f"SELECT [key], source_rowid, digest FROM [{index.fold_table}]"
        ).fetchall()
    }
    columns = ", ".join(f"[{column}]" for column in index.columns)
    changed, moved, seen = [], False, set()
    for key, rowid, *values in db.execute(
        f"SELECT [{index.key}], rowid, {columns} FROM [{index.table}]"
    ).fetchall():
        seen.add(key)
        digest = _digest(tuple(values))
        previous = stored.get(key)
        if previous is None or previous[1] != digest:
            changed.append((key, rowid, digest, *(fold(value or "") for value in values)))
        elif previous[0] != rowid:
            moved = True
            db.execute(f"UPDATE [{index.fold_table}] SET source_rowid = ? WHERE [key] = ?", [rowid, key])
    gone = [key for key in stored if key not in seen]
    if changed:
        placeholders = ", ".join("?" * (3 + len(index.columns)))
        db.conn.executemany(f"INSERT OR REPLACE INTO [{index.fold_table}] VALUES ({placeholders})", changed)
    if gone:
        db.conn.executemany(f"DELETE FROM [{index.fold_table}] WHERE [key] = ?", [(key,) for key in gone])
    if created or changed or gone or moved:
        db.execute(f"INSERT INTO [{index.fts_table}]([{index.fts_table}]) VALUES ('rebuild')")
    return len(changed)


def _replace_view(db: sqlite_utils.Database, name: str, sql: str) -> None:
    existing = db.execute("SELECT sql FROM sqlite_master WHERE type = 'view' AND name = ?", [name]).fetchone()
    statement = f"CREATE VIEW [{name}] AS {sql.strip()}"
    if existing and existing[0] == statement:
        return
    db.execute(f"DROP VIEW IF EXISTS [{name}]")
    db.execute(statement)
