"""Stage 5, store: write one document's rows in one short `BEGIN IMMEDIATE` transaction.

WAL mode and a generous busy timeout let several `ingest` processes share a database; extraction
happens before the transaction opens, so the write lock is held for milliseconds. A document is
either stored whole or not at all, which makes a killed batch safe to re-run.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from .schema import DOCUMENT_CHILDREN, FOREIGN_KEYS, INDEXES, PRIMARY_KEYS, TABLES

BUSY_TIMEOUT_SECONDS = 120


def open_db(path: str | Path) -> sqlite_utils.Database:
    """Open (creating if needed) a baocao database in WAL mode with the schema in place."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
    db = sqlite_utils.Database(conn)
    _use_wal(conn)
    conn.execute("PRAGMA synchronous = NORMAL")
    ensure_schema(db)
    return db


def _use_wal(conn: sqlite3.Connection, waited: float = 0.0) -> None:
    """Switch the database to WAL mode. The switch needs the database to itself and SQLite reports `database is
    locked` at once, without the busy timeout, while another process holds it (two `ingest`s started together on a
    new database): wait and retry until the mode is WAL (the other process may have switched it) or the busy
    timeout has passed."""
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal":
                return
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or waited >= BUSY_TIMEOUT_SECONDS:
                raise
        time.sleep(_WAL_RETRY_SECONDS)
        waited += _WAL_RETRY_SECONDS


_WAL_RETRY_SECONDS = 0.05


@contextmanager
def write_transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """Hold the write lock for the block: commit on success, roll back on any error."""
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create the contract's tables and indexes if missing (safe to race with another process)."""
    if all(db[name].exists() for name in TABLES):
        return
    with write_transaction(db):
        for name in sorted(TABLES, key=lambda table: table not in ("documents", "tables")):
            columns = TABLES[name]
            if db[name].exists():
                continue
            foreign_keys = [(col, other, other_col) for col, other, other_col in FOREIGN_KEYS.get(name, [])]
            db[name].create(columns, pk=PRIMARY_KEYS[name], foreign_keys=foreign_keys, not_null=None)
            for columns_of_index in INDEXES.get(name, []):
                db[name].create_index(list(columns_of_index), if_not_exists=True)


def stored_version(db: sqlite_utils.Database, document_id: str) -> str | None:
    """Return the pipeline version that produced a stored document, or None if it is not stored."""
    row = db.execute("SELECT pipeline_version FROM documents WHERE id = ?", [document_id]).fetchone()
    return row[0] if row else None


def known_path(db: sqlite_utils.Database, path: str) -> tuple[str | None, str | None]:
    """Return (document_id, status) last recorded for a path."""
    row = db.execute("SELECT document_id, status FROM files WHERE path = ?", [path]).fetchone()
    return (row[0], row[1]) if row else (None, None)


def store_document(db: sqlite_utils.Database, record: dict) -> None:
    """Replace one document and all its rows atomically.

    `record` holds `document` (the documents row), `file` (the files row) and lists for `parts`,
    `pages`, `tables` (each with a `cells` list), `indicators` (with `table_index`), `deadlines`
    and `restorations`.
    """
    document_id = record["document"]["id"]
    with write_transaction(db):
        _delete_document_rows(db, document_id)
        db["documents"].insert(record["document"], replace=True)
        table_ids = _insert_tables(db, document_id, record.get("tables", []))
        for name in ("parts", "pages", "deadlines", "restorations"):
            rows = [{**row, "document_id": document_id} for row in record.get(name, [])]
            if rows:
                db[name].insert_all(rows)
        indicators = [_indicator_row(row, document_id, table_ids) for row in record.get("indicators", [])]
        if indicators:
            db["indicators"].insert_all(indicators)
        db["files"].insert(record["file"], replace=True)


def record_file(db: sqlite_utils.Database, row: dict) -> None:
    """Record a path that did not become a document (FIFO, symlink loop, ...) in `files`."""
    with write_transaction(db):
        db["files"].insert(row, replace=True)


def _delete_document_rows(db: sqlite_utils.Database, document_id: str) -> None:
    tables_of_document = "SELECT id FROM tables WHERE document_id = ?"
    db.execute(f"DELETE FROM table_cells WHERE table_id IN ({tables_of_document})", [document_id])
    for name in DOCUMENT_CHILDREN:
        db.execute(f"DELETE FROM [{name}] WHERE document_id = ?", [document_id])
    db.execute("DELETE FROM tables WHERE document_id = ?", [document_id])


def _insert_tables(db: sqlite_utils.Database, document_id: str, tables: list[dict]) -> list[int]:
    ids = []
    for table in tables:
        cells = table.get("cells", [])
        row = {k: v for k, v in table.items() if k != "cells"}
        row["document_id"] = document_id
        row["header"] = json.dumps(row.get("header") or [], ensure_ascii=False)
        table_id = db["tables"].insert(row).last_pk
        ids.append(table_id)
        if cells:
            db["table_cells"].insert_all([{**cell, "table_id": table_id} for cell in cells])
    return ids


def _indicator_row(row: dict, document_id: str, table_ids: list[int]) -> dict:
    out = {k: v for k, v in row.items() if k != "table_index"}
    index = row.get("table_index")
    out["table_id"] = table_ids[index] if index is not None and index < len(table_ids) else None
    out["document_id"] = document_id
    return out
