"""Store: schema in WAL mode, one atomic replacement per document."""

import sqlite3
import threading
import time

import pytest

from extractor.store import open_db, store_document


def record(doc_id="a" * 64, n_indicators=2, value=1.0):
    return {
        "document": {"id": doc_id, "path": "x.txt", "filename": "x.txt", "status": "ok", "text": "Tỷ lệ 42,58%"},
        "file": {"path": "x.txt", "document_id": doc_id, "status": "ok"},
        "tables": [{"page": 1, "title": None, "n_rows": 1, "n_cols": 1, "header": ["Tỷ lệ"], "source": "tsv",
                    "cells": [{"row": 0, "col": 0, "text": "42,58", "value": 42.58}]}],
        "indicators": [{"label": "Tỷ lệ", "value": value, "raw": "42,58", "start": 6, "end": 11,
                        "snippet": "Tỷ lệ 42,58%", "table_index": 0 if i == 0 else None}
                       for i in range(n_indicators)],
        "pages": [{"page": 1, "method": "text", "chars": 12}],
    }


def test_opening_waits_for_another_process_holding_a_new_database(tmp_path):
    """Two `ingest`s started together on a new database: while the other holds a write lock, SQLite refuses the
    switch to WAL mode at once (no busy timeout), so opening waits and retries instead of failing."""
    path = tmp_path / "new.db"
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    other.execute("CREATE TABLE t (x)")
    started = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="locked"):
        sqlite3.connect(path, timeout=5).execute("PRAGMA journal_mode = WAL")  # what SQLite does: no wait
    assert time.monotonic() - started < 4
    release = threading.Timer(0.5, lambda: other.execute("COMMIT"))
    release.start()
    db = open_db(path)
    release.join()
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db["t"].exists() and db["documents"].exists()


def test_schema_is_created_in_wal_mode(tmp_path):
    db = open_db(tmp_path / "t.db")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    for name in ("documents", "indicators", "deadlines", "pages", "tables", "table_cells", "checks",
                 "restorations", "parts", "files"):
        assert db[name].exists()


def test_store_replaces_a_document_with_its_rows(tmp_path):
    db = open_db(tmp_path / "t.db")
    store_document(db, record(n_indicators=3))
    store_document(db, record(n_indicators=2, value=2.0))
    assert db["documents"].count == 1
    assert [r["value"] for r in db["indicators"].rows] == [2.0, 2.0]
    table_id = db["tables"].rows.__next__()["id"]
    assert db.execute("SELECT table_id FROM indicators ORDER BY id").fetchall()[0] == (table_id,)
    assert db["table_cells"].count == 1 and db["tables"].count == 1


def test_a_failing_write_leaves_the_previous_version_whole(tmp_path):
    db = open_db(tmp_path / "t.db")
    store_document(db, record(n_indicators=3))
    broken = record(n_indicators=2)
    broken["indicators"].append({"no_such_column": 1})
    with pytest.raises(sqlite3.OperationalError):
        store_document(db, broken)
    assert db["indicators"].count == 3
    assert db["tables"].count == 1
