"""baocao serve / publish: metadata, diacritic-blind search, facets, views and canned queries.

The database is built by hand from the seeds (tests/conftest_datasette.py); expected values were read
from the documents, not from the program's output.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import unicodedata
import urllib.parse

import pytest
from conftest_datasette import (
    CODE_PAYMENT,
    build_sample_db,
    free_port,
    get_json,
    get_text,
    running,
    serve_command,
)

from extractor.search import prepare_for_analysis
from extractor.serve import datasette_command, publish

pytest.importorskip("datasette")


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    return build_sample_db(tmp_path_factory.mktemp("datasette") / "sample.db")


@pytest.fixture(scope="module")
def server(sample_db):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with running(serve_command(sample_db, port), base):
        yield base + "/sample"


def rows(url: str) -> list[dict]:
    return get_json(url + ("&" if "?" in url else "?") + "_shape=array")


def q(**params) -> str:
    return urllib.parse.urlencode(params)


def test_metadata_describes_tables_columns_and_options(server):
    metadata = get_json(server.rsplit("/", 1)[0] + "/-/metadata.json")
    assert metadata["title"].startswith("baocao")
    assert metadata["source"] and metadata["license"]
    tables = metadata["databases"]["sample"]["tables"]
    assert "unit column" in tables["indicators"]["columns"]["value"]
    assert tables["figures"]["columns"]["province_2025"].startswith("Provincial unit after")
    # a view borrows descriptions of the columns it takes from the tables
    assert tables["figures"]["columns"]["label"] == tables["indicators"]["columns"]["label"]
    assert tables["figures"]["facets"] == ["province", "province_2025", "code", "unit"]
    assert tables["checks"]["facets"] == ["rule", "status"]
    assert tables["documents"]["label_column"] == "filename"
    assert tables["deadlines"]["sort"] == "due_date"
    listing = get_json(server + ".json")
    hidden = {t["name"] for t in listing["tables"] if t["hidden"]}
    assert {"files", "_documents_fold", "_indicators_fold", "documents_fts", "indicators_fts"} <= hidden
    assert {v["name"] for v in listing["views"]} == {"figures", "flagged_checks", "upcoming_deadlines"}
    assert get_text(server + "/_documents_search")[0] == 403


@pytest.mark.parametrize("query", ["thanh toan truc tuyen", "thanh toán trực tuyến", '"thanh toan truc tuyen"'])
def test_search_finds_payment_figures_with_or_without_diacritics(server, query):
    found = rows(f"{server}/figures.json?{q(_search=query)}")
    by_id = {row["id"]: row for row in found}
    # 17,1% Bắc Giang; 40,92% Bình Phước; 26,03/31,77% Thái Nguyên; 98%/100% Bắc Ninh
    assert set(by_id) == {1, 9, 10, 11, 12, 13}
    assert by_id[1]["label"] == "Tỷ lệ hồ sơ thanh toán trực tuyến"
    assert by_id[1]["province"] == "Bắc Giang" and by_id[1]["value"] == 17.1


@pytest.mark.parametrize("query", ["dung han", "đúng hạn", "Đúng hạn", "dung hạn"])
def test_search_folds_d_with_stroke(server, query):
    found = rows(f"{server}/indicators.json?{q(_search=query)}")
    # "Tỷ lệ TTHC công bố đúng hạn: 40%" and "hồ sơ xử lý đúng hạn đạt 96,9%"
    assert {row["id"] for row in found} == {6, 7}


def test_document_search_without_diacritics(server):
    phrase = '"hoi nghi giao ban"'  # written "hoi\nnghi giao ban" in the OCR'd notice 294/TB-UBND
    found = rows(f"{server}/documents.json?{q(_search=phrase, _col='filename')}")
    assert [row["id"] for row in found] == ["c002"]


def test_default_facets_count_provinces(server):
    data = get_json(f"{server}/figures.json")
    counts = {item["value"]: item["count"] for item in data["facet_results"]["province"]["results"]}
    assert counts == {"Bắc Giang": 6, "Bình Phước": 3, "Thái Nguyên": 2, "Bắc Ninh": 2}
    units = {item["value"]: item["count"] for item in data["facet_results"]["unit"]["results"]}
    assert units == {"%": 10, "TTHC": 3}


def test_indicator_across_provinces(server):
    found = rows(f"{server}/indicator_across_provinces.json?{q(code=CODE_PAYMENT)}")
    # Bắc Ninh: the whole-province 98%, not "cấp tỉnh đạt 100%"; Thái Nguyên: 31/8/2023, the later date
    assert [(r["province"], r["value"], r["as_of"]) for r in found] == [
        ("Bắc Ninh", 98.0, "2024-09-30"),
        ("Bình Phước", 40.92, "2024-05-31"),
        ("Thái Nguyên", 31.77, "2023-08-31"),
        ("Bắc Giang", 17.1, "2024-02-29"),
    ]
    as_of = rows(f"{server}/indicator_across_provinces.json?{q(code=CODE_PAYMENT, as_of='2023-08-01')}")
    assert [(r["province"], r["value"]) for r in as_of] == [("Thái Nguyên", 26.03)]


def test_province_over_time(server):
    found = rows(f"{server}/province_over_time.json?{q(province='Thái Nguyên', code=CODE_PAYMENT)}")
    assert [(r["as_of"], r["value"]) for r in found] == [("2023-07-31", 26.03), ("2023-08-31", 31.77)]
    merged = rows(f"{server}/province_over_time.json?{q(province='Bắc Ninh', code=CODE_PAYMENT)}")
    # after the 2025 merger Bắc Ninh takes in Bắc Giang's figures too
    assert sorted((r["province"], r["value"]) for r in merged) == [
        ("Bắc Giang", 17.1), ("Bắc Ninh", 98.0), ("Bắc Ninh", 100.0)]


def test_deadlines_before(server):
    found = rows(f"{server}/deadlines_before.json?{q(date='2025-01-01')}")
    assert [(r["due_date"], r["expression"], r["assignee"]) for r in found] == [
        ("2024-06-11", "trước ngày 11/6/2024", "Sở Tư pháp")]


def test_document_restorations(server):
    for document in ("c002", "c0", "002_3ff9df7b4546ac2b.txt"):
        found = rows(f"{server}/document_restorations.json?{q(document=document)}")
        assert [(r["raw"], r["restored"]) for r in found] == [
            ("Bac Giang, ngay", "Bắc Giang, ngày"), ("THONG BAO", "THÔNG BÁO")]
        assert "Bắc Giang, ngày 19 thang 7" in found[0]["context"]
    assert rows(f"{server}/document_restorations.json?{q(document='')}") == []


def test_flagged_checks_show_both_sides(server):
    found = rows(f"{server}/flagged_checks.json")
    assert [r["rule"] for r in found] == ["percent_of_counts"]
    assert found[0]["stated_snippet"] == "- TTHC cung cấp DVCTT một phần có 809 TTHC, đạt 42,58%"
    assert found[0]["compared_snippets"] == (
        "- TTHC cung cấp DVCTT toàn trình có 642 TTHC, đạt 33,79% ‖ "
        "- TTHC chưa cung cấp DVCTT có 450 TTHC, chiếm 23,63%")
    assert found[0]["province"] == "Bắc Giang"


def test_upcoming_deadlines_only_future(server):
    found = rows(f"{server}/upcoming_deadlines.json")
    assert [r["assignee"] for r in found] == ["Văn phòng UBND tỉnh"]
    assert found[0]["days_left"] == 45


def test_html_pages_render_vietnamese_nfc(server):
    status, html = get_text(f"{server}/figures?{q(_search='thanh toan')}")
    assert status == 200
    assert "Tỷ lệ hồ sơ thanh toán trực tuyến" in html
    assert unicodedata.is_normalized("NFC", html)
    assert not any(marker in html for marker in ("Ã", "á»", "Ä‘", "\ufffd"))
    status, html = get_text(server)
    assert status == 200 and "One indicator across provinces" in html
    assert "#g.mark=bar" in html  # the chart opens from the query's link


def test_prepare_is_idempotent_and_follows_replaced_rows(tmp_path):
    path = build_sample_db(tmp_path / "again.db")
    assert prepare_for_analysis(path) == {"documents": 0, "indicators": 0}
    conn = sqlite3.connect(path)
    with conn:  # re-extraction replaces the row: new rowid, new text
        conn.execute("UPDATE documents SET text = 'Tỷ lệ đúng hạn của Đồng Xoài' WHERE id = 'b001'")
        conn.execute("INSERT OR REPLACE INTO documents SELECT * FROM documents WHERE id = 'a000'")
    conn.close()
    assert prepare_for_analysis(path) == {"documents": 1, "indicators": 0}
    conn = sqlite3.connect(path)
    match = ("SELECT d.id FROM documents AS d WHERE d.rowid IN "
             "(SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?) ORDER BY d.id")
    assert conn.execute(match, ['"dong xoai"']).fetchall() == [("b001",)]
    # "xử lý đúng hạn" was in 001's old text, and is in 000 and 003
    assert conn.execute(match, ['"xu ly dung han"']).fetchall() == [("a000",), ("d003",)]
    # 000 was deleted and re-inserted (new rowid): still found
    assert conn.execute(match, ['"cong khai dung han"']).fetchall() == [("a000",)]
    conn.close()


def test_publish_makes_an_immutable_snapshot_without_sql(sample_db, tmp_path):
    snapshot = publish(sample_db, tmp_path / "out" / "snapshot.db")
    assert snapshot.db_path.is_file() and not (tmp_path / "out" / "snapshot.db-wal").exists()
    assert oct(snapshot.db_path.stat().st_mode & 0o777) == "0o444"
    assert "-i" in snapshot.command and "default_allow_sql" in snapshot.command
    source, copy = sqlite3.connect(sample_db), sqlite3.connect(f"file:{snapshot.db_path}?immutable=1", uri=True)
    assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    for table in ("documents", "indicators", "deadlines", "restorations", "checks", "figures"):
        sql = f"SELECT * FROM [{table}] ORDER BY 1, 2"
        assert copy.execute(sql).fetchall() == source.execute(sql).fetchall(), table
    source.close()
    copy.close()
    served = [sys.executable, "-m", *snapshot.command]

    def get(path: str) -> int:
        return subprocess.run([*served, "--get", path], capture_output=True, timeout=120).returncode

    assert get("/snapshot/figures.json?_search=thanh+toan+truc+tuyen") == 0
    assert get(f"/snapshot/indicator_across_provinces.json?code={CODE_PAYMENT}") == 0
    assert get("/snapshot.json?sql=select+count(*)+from+documents") == 1  # arbitrary SQL refused
    plain = [sys.executable, "-m", "datasette", "serve", "-i", str(snapshot.db_path),
             "--metadata", str(snapshot.metadata_path)]
    assert subprocess.run([*plain, "--get", "/snapshot.json?sql=select+1"], capture_output=True,
                          timeout=120).returncode == 1
    with pytest.raises(FileExistsError):
        publish(sample_db, snapshot.db_path)
    assert publish(sample_db, snapshot.db_path, overwrite=True).db_path == snapshot.db_path


def test_serve_command_line_is_local_by_default():
    command = datasette_command("x.db", "m.json")
    assert command[command.index("--host") + 1] == "127.0.0.1"
    assert "-i" not in command  # mutable unless published
