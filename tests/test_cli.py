"""The command line: help everywhere, exit codes, JSON on stdout, re-runs that change nothing."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3

import pytest
from click.testing import CliRunner
from conftest import CORPUS
from test_discover import make_messy_folder

from extractor import __version__
from extractor.cli import cli

COMMANDS = ["ingest", "check", "compare", "restore", "show", "serve", "publish"]


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_version_and_help_on_every_command():
    assert __version__ in run("--version").output
    for command in COMMANDS:
        result = run(command, "--help")
        assert result.exit_code == 0 and "Usage:" in result.output


def test_usage_errors_exit_2(tmp_path):
    assert CliRunner().invoke(cli, ["ingest"]).exit_code == 2
    missing = CliRunner().invoke(cli, ["check", "--db", str(tmp_path / "none.db")])
    assert missing.exit_code == 2 and "baocao ingest" in missing.output


def table_rows(db_path):
    conn = sqlite3.connect(db_path)
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
    return {name: conn.execute(f"SELECT * FROM [{name}]").fetchall() for name in names}


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("corpus")
    for path in sorted(CORPUS.glob("00*.txt")):
        shutil.copy(path, folder)
    db = folder / "corpus.db"
    result = run("ingest", str(folder), "--db", str(db), "--workers", "0", "--json")
    return folder, db, result


def test_ingest_corpus_reports_json_summary(corpus_db):
    _folder, _db, result = corpus_db
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["stored"] == 5 and summary["failed"] == 0 and summary["unchanged"] == 0
    assert summary["indicators"] > 100


def test_second_ingest_reports_every_file_unchanged_and_changes_no_row(corpus_db):
    folder, db, _ = corpus_db
    before = table_rows(db)
    again = run("ingest", str(folder), "--db", str(db), "--workers", "0", "--json")
    summary = json.loads(again.output)
    assert (summary["stored"], summary["unchanged"], summary["failed"]) == (0, 5, 0)
    assert table_rows(db) == before


def test_documents_hold_the_seed_metadata(corpus_db):
    _folder, db, _ = corpus_db
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    docs = {row["filename"][:3]: row for row in conn.execute("SELECT * FROM documents")}
    assert (docs["000"]["province"], docs["000"]["province_2025"]) == ("Bắc Giang", "Bắc Ninh")
    assert docs["001"]["province"] == "Bình Phước" and docs["001"]["issued_date"] == "2024-05"
    assert (docs["002"]["province"], docs["002"]["doc_number"], docs["002"]["issued_date"]) == (
        "Bắc Giang", "294/TB-UBND", "2024-07-19")
    assert docs["003"]["province"] == "Thái Nguyên" and docs["003"]["doc_number"] == "6274/UBND-TTPVHCC"
    assert docs["004"]["province"] == "Bắc Ninh" and docs["004"]["period_label"] == "tháng 9/2024"
    parts = conn.execute("SELECT doc_number, issued_date, period_label FROM parts WHERE document_id = ? "
                         "ORDER BY part", [docs["003"]["id"]]).fetchall()
    assert [tuple(p) for p in parts] == [("6274/UBND-TTPVHCC", "2023-12-06", None),
                                         ("2062/SNV-CCHC", "2023-09-05", "tháng 8 năm 2023")]
    for row in docs.values():
        assert row["id"] == hashlib.sha256(open(row["path"], "rb").read()).hexdigest()
        assert row["status"] == "ok" and row["pipeline_version"]


def test_show_lists_figures_with_provenance(corpus_db):
    _folder, db, _ = corpus_db
    result = run("show", "001_422e18ebd3f30e83.txt", "--db", str(db))
    assert result.exit_code == 0
    assert "Thông báo" in result.output and "96,9" in result.output
    as_json = json.loads(run("show", "001_", "--db", str(db), "--json").output)
    conn = sqlite3.connect(db)
    text = conn.execute("SELECT text FROM documents WHERE id = ?", [as_json["id"]]).fetchone()[0]
    for row in as_json["indicators"]:
        assert text[row["start"]:row["end"]] == row["raw"]
        assert row["raw"] in row["snippet"]


def test_messy_folder_finishes_with_exit_3_and_each_problem_once(tmp_path):
    root = make_messy_folder(tmp_path)
    db = tmp_path / "messy.db"
    result = run("ingest", str(root), "--db", str(db), "--workers", "0", "--json")
    assert result.exit_code == 3
    summary = json.loads(result.output)
    problems = {os.path.relpath(p["path"], root): p for p in summary["problems"]}
    assert set(problems) == {"empty.txt", "image.txt", "loop_a.txt", "loop_b.txt", "sub/back_to_root",
                             "pipe.txt", "escape.txt"}
    assert problems["empty.txt"]["status"] == "empty"
    assert "binary" in problems["image.txt"]["reason"]
    conn = sqlite3.connect(db)
    statuses = dict(conn.execute("SELECT filename, status FROM documents").fetchall())
    assert statuses == {"b_report.txt": "ok", "a_report.md": "ok", "empty.txt": "empty", "image.txt": "error"}
    assert summary["skipped"] == 1  # sheet.xlsx
