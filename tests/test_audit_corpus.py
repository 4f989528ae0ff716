"""The audit on the really ingested seed reports: the findings the issue names, and no false alarms."""

from __future__ import annotations

import json
import shutil
import sqlite3

import pytest
from click.testing import CliRunner
from conftest import CORPUS

from extractor.cli import cli


@pytest.fixture(scope="module")
def audited(tmp_path_factory):
    folder = tmp_path_factory.mktemp("seeds")
    for path in sorted(CORPUS.glob("00*.txt")):
        shutil.copy(path, folder)
    db = folder / "audit.db"
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db), "--workers", "0", "--json"])
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    return db, conn


def checks_of(conn, seed, rule=None):
    sql = ("SELECT c.* FROM checks c JOIN documents d ON d.id = c.document_id WHERE d.filename LIKE ?"
           + (" AND c.rule = ?" if rule else ""))
    return [dict(r) for r in conn.execute(sql, [f"{seed}_%"] + ([rule] if rule else []))]


def test_42_58_percent_is_a_mismatch_recomputed_as_42_56(audited):
    _db, conn = audited
    rows = [r for r in checks_of(conn, "000", "percent_of_counts") if r["stated"] == 42.58]
    assert len(rows) == 1 and rows[0]["status"] == "mismatch"
    assert round(rows[0]["recomputed"], 2) == 42.56


def test_78_49_total_is_within_rounding_of_its_groups(audited):
    _db, conn = audited
    rows = [r for r in checks_of(conn, "001", "parts_sum") if r["stated"] == 78.49]
    assert rows and all(r["status"] == "ok" for r in rows)


def test_rank_dated_30_4_2025_in_a_may_2024_notice_is_flagged(audited):
    _db, conn = audited
    rows = checks_of(conn, "001", "date_order")
    assert any(r["status"] != "ok" and "30/4/2025" in r["message"] for r in rows)


def test_consistent_tables_of_003_pass(audited):
    _db, conn = audited
    totals = {r["stated"]: r["status"] for r in checks_of(conn, "003", "table_total")}
    assert totals.get(1277) == "ok" and totals.get(1102) == "ok"
    shares = [r for r in checks_of(conn, "003", "percent_of_counts") if r["stated"] == 26.03]
    assert shares and all(r["status"] == "ok" for r in shares)
    assert not [r for r in checks_of(conn, "003") if r["status"] == "mismatch"]


def test_every_check_names_its_figures(audited):
    _db, conn = audited
    ids = {r[0] for r in conn.execute("SELECT id FROM indicators")}
    for row in conn.execute("SELECT rule, indicator_ids, message FROM checks"):
        listed = json.loads(row["indicator_ids"])
        assert set(listed) <= ids
        assert listed or row["rule"] == "date_order"  # a date check is about a date, not a figure
        assert row["message"].endswith(".")


def test_compare_puts_binh_phuoc_and_thai_nguyen_totals_side_by_side(audited):
    db, _conn = audited
    result = CliRunner().invoke(cli, ["compare", "766.tong_hop", "--db", str(db), "--format", "json"])
    rows = [r for r in json.loads(result.output) if r["kind"] == "value" and r["max_value"] == 100]
    found = {(r["province"], r["value"], r["rank"], r["rank_of"], r["as_of"][:7]) for r in rows}
    assert ("Bình Phước", 78.49, 11, 63, "2024-05") in found
    assert ("Thái Nguyên", 75.69, 9, 63, "2023-08") in found
