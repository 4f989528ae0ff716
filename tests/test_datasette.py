"""baocao serve / publish over the corpus text reports ingested through the CLI.

The database is made by `python -m extractor ingest` on a copy of corpus/*.txt (conftest_datasette),
and served by `python -m extractor serve`. Expected values were read from the documents, not from
the program's output.
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
    CODE_TOTAL,
    DB_NAME,
    copy_db,
    corpus_file,
    db_with_plan,
    free_port,
    get_json,
    get_text,
    ingested_db,
    running,
    serve_command,
)

from extractor.search import prepare_for_analysis
from extractor.serve import datasette_command, publish

pytest.importorskip("datasette")

SEED = {n: corpus_file(n).name for n in ("000", "001", "002", "003", "004")}


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    return ingested_db(tmp_path_factory)


@pytest.fixture(scope="module")
def server(corpus_db):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with running(serve_command(corpus_db, port), base):
        yield f"{base}/{DB_NAME}"


def rows(url: str) -> list[dict]:
    return get_json(url + ("&" if "?" in url else "?") + "_shape=array&_size=max")


def q(**params) -> str:
    return urllib.parse.urlencode(params)


def test_metadata_describes_tables_columns_and_options(server):
    metadata = get_json(server.rsplit("/", 1)[0] + "/-/metadata.json")
    assert metadata["title"].startswith("baocao")
    assert metadata["source"] and metadata["license"]
    tables = metadata["databases"][DB_NAME]["tables"]
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


@pytest.mark.parametrize("query", ["thanh toan truc tuyen", '"thanh toan truc tuyen"', "Thanh Toan Truc Tuyen"])
def test_search_without_diacritics_finds_figure_with_them(server, query):
    found = rows(f"{server}/figures.json?{q(_search=query, province='Bắc Giang')}")
    # seed 000 (Bắc Giang, tháng 02/2024): "- Tỷ lệ hồ sơ thanh toán trực tuyến: 17,1%"
    stated = [r for r in found if r["snippet"] == "- Tỷ lệ hồ sơ thanh toán trực tuyến: 17,1%"]
    assert [(r["value"], r["unit"], r["code"], r["filename"]) for r in stated] == [
        (17.1, "%", CODE_PAYMENT, SEED["000"])]
    # seed 002 (Bắc Giang, OCR'd without marks, restored): "... thanh toan truc tuyen moi dat 36,74%"
    assert 36.74 in {r["value"] for r in found if r["filename"] == SEED["002"]}
    with_marks = rows(f"{server}/figures.json?{q(_search='thanh toán trực tuyến', province='Bắc Giang')}")
    assert {r["id"] for r in found} == {r["id"] for r in with_marks}


def test_search_finds_payment_rates_of_three_provinces(server):
    found = rows(f"{server}/figures.json?{q(_search='thanh toan truc tuyen', unit='%')}")
    values = {(r["province"], r["value"]) for r in found}
    # 000: 17,1% Bắc Giang; 001: 40,92% Bình Phước; 003: 26,03% (31/7/2023) and 31,77% (31/8/2023) Thái Nguyên
    assert {("Bắc Giang", 17.1), ("Bình Phước", 40.92), ("Thái Nguyên", 26.03), ("Thái Nguyên", 31.77)} <= values


@pytest.mark.parametrize("query", ["dung han", "đúng hạn", "Đúng hạn", "dung hạn"])
def test_search_folds_d_with_stroke(server, query):
    found = rows(f"{server}/figures.json?{q(_search=query, province='Bắc Giang', unit='%')}")
    # seed 000: "- Tỷ lệ TTHC công bố đúng hạn: 40%" and "- Tỷ lệ hồ sơ xử lý đúng hạn/ trong hạn: 83,89%"
    assert {("- Tỷ lệ TTHC công bố đúng hạn: 40%", 40.0),
            ("- Tỷ lệ hồ sơ xử lý đúng hạn/ trong hạn: 83,89%", 83.89)} <= {(r["snippet"], r["value"])
                                                                          for r in found}


def test_document_search_without_diacritics(server):
    phrase = '"hoi nghi giao ban"'  # "Kết luận tại hội nghị giao ban ..." in the OCR'd notice 294/TB-UBND
    found = rows(f"{server}/documents.json?{q(_search=phrase, _col='filename')}")
    assert SEED["002"] in [row["filename"] for row in found]


def test_facets_count_documents_by_province_type_and_merged_province(server):
    data = get_json(f"{server}/documents.json?{q(_facet='doc_type')}")
    results = data["facet_results"]

    def counts(name):
        return {item["value"]: item["count"] for item in results[name]["results"]}

    # Read from the letterheads: 000 and 002 Bắc Giang, 001 Bình Phước, 003 Thái Nguyên, 004 Bắc Ninh,
    # 101 Quảng Ninh, 102 Hà Tĩnh, 103 Bình Định.
    assert counts("province") == {"Bắc Giang": 2, "Bình Phước": 1, "Thái Nguyên": 1, "Bắc Ninh": 1,
                                  "Quảng Ninh": 1, "Hà Tĩnh": 1, "Bình Định": 1}
    # 1 July 2025 merger: Bắc Giang and Bắc Ninh -> Bắc Ninh, Bình Phước -> Đồng Nai, Bình Định -> Gia Lai
    assert counts("province_2025") == {"Bắc Ninh": 3, "Đồng Nai": 1, "Thái Nguyên": 1, "Quảng Ninh": 1,
                                       "Hà Tĩnh": 1, "Gia Lai": 1}
    # BÁO CÁO: 000, 101; THÔNG BÁO: 001, 002, 103; công văn (V/v ...): 003, 004, 102
    assert counts("doc_type") == {"Báo cáo": 2, "Thông báo": 3, "Công văn": 3}


def test_figures_facet_is_consistent_with_filter(server):
    data = get_json(f"{server}/figures.json?{q(code=CODE_TOTAL, unit='điểm')}")
    counts = {item["value"]: item["count"] for item in data["facet_results"]["province"]["results"]}
    # provinces stating a 766 total score: 001, 003, 101, 102, 103 (seeds 000, 002, 004 state none)
    assert set(counts) == {"Bình Phước", "Thái Nguyên", "Quảng Ninh", "Hà Tĩnh", "Bình Định"}
    assert sum(counts.values()) == data["filtered_table_rows_count"]


def test_indicator_across_provinces(server):
    found = rows(f"{server}/indicator_across_provinces.json?{q(code=CODE_TOTAL, as_of='')}")
    # 101: 88,46/100 at 30/9/2024; 102: 82,3 for tháng 10/2024; 103: 80,05 (6 tháng đầu 2024);
    # 001: 78,49/100 to tháng 5/2024; 003: 75,69/100 at 31/8/2023 (the later of 75,1 and 75,69)
    assert [(r["province"], r["value"], r["unit"]) for r in found] == [
        ("Quảng Ninh", 88.46, "điểm"), ("Hà Tĩnh", 82.3, "điểm"), ("Bình Định", 80.05, "điểm"),
        ("Bình Phước", 78.49, "điểm"), ("Thái Nguyên", 75.69, "điểm")]
    assert found[-1]["as_of"] == "2023-08-31"
    # as it stood on 31/7/2023, only Thái Nguyên had stated its total: 75,1
    earlier = rows(f"{server}/indicator_across_provinces.json?{q(code=CODE_TOTAL, as_of='2023-07-31')}")
    assert [(r["province"], r["value"]) for r in earlier] == [("Thái Nguyên", 75.1)]


def test_payment_rate_across_provinces_compares_percentages(server):
    found = rows(f"{server}/indicator_across_provinces.json?{q(code=CODE_PAYMENT, as_of='')}")
    by_province = {r["province"]: r["value"] for r in found}
    assert {r["unit"] for r in found} == {"%"}  # no "27.052 hồ sơ" bar among the rates
    # 001: 40,92%; 003: 31,77% at 31/8/2023; 004: 98% (whole province, not "cấp tỉnh đạt 100%");
    # 002 (6 tháng đầu năm 2024) 36,74% supersedes 000's 17,1% (tháng 02/2024) for Bắc Giang
    assert by_province["Bình Phước"] == 40.92
    assert by_province["Thái Nguyên"] == 31.77
    assert by_province["Bắc Ninh"] == 98.0
    assert by_province["Bắc Giang"] == 36.74


def test_province_over_time(server):
    found = rows(f"{server}/province_over_time.json?{q(province='Thái Nguyên', code=CODE_TOTAL)}")
    assert {r["province"] for r in found} == {"Thái Nguyên"}
    scores = [(r["as_of"], r["value"]) for r in found if r["max_value"] == 100]
    # 003: "Điểm tổng hợp đạt 75,69/100 điểm" at 31/8/2023, up 0,59 from 31/7/2023 (75,1 điểm)
    assert ("2023-08-31", 75.69) in scores
    assert ("2023-07-31", 75.1) in {(r["as_of"], r["value"]) for r in found}
    for label in {r["label"] for r in found}:  # each label's figures in date order
        dates = [r["as_of"] for r in found if r["label"] == label]
        assert dates == sorted(dates), label
    # by the merged province: Bắc Ninh (2025) holds Bắc Giang's 000 and Bắc Ninh's 004
    merged = rows(f"{server}/province_over_time.json?{q(province='Bắc Ninh', code=CODE_PAYMENT)}")
    stated = {(r["province"], r["value"]) for r in merged}
    assert {("Bắc Giang", 17.1), ("Bắc Ninh", 98.0)} <= stated


def test_deadlines_before(server):
    found = rows(f"{server}/deadlines_before.json?{q(date='2024-01-01', **{'from': ''})}")
    # 003 (6/12/2023): "báo cáo Chủ tịch UBND tỉnh kết quả khắc phục ... trước ngày 10/12/2023"
    assert [(r["due_date"], r["expression"], r["doc_number"]) for r in found] == [
        ("2023-12-10", "trước ngày 10/12/2023", "6274/UBND-TTPVHCC")]
    window = rows(f"{server}/deadlines_before.json?{q(date='2024-06-12', **{'from': '2024-06-01'})}")
    # 001: "Báo cáo kết quả về Văn phòng UBND tỉnh trước ngày **11/6/2024**"
    assert [(r["due_date"], r["expression"], r["province"]) for r in window] == [
        ("2024-06-11", "trước ngày 11/6/2024", "Bình Phước")]


def test_document_restorations_on_seed_002(server, corpus_db):
    found = rows(f"{server}/document_restorations.json?{q(document=SEED['002'])}")
    # 002 is an English-model OCR: "S6: 294 /TB-UBND Bac Giang, ngay 19 thang 7 nam 2024" / "THONG BAO"
    conn = sqlite3.connect(corpus_db)
    (text, stored), = conn.execute(
        "SELECT d.text, count(r.rowid) FROM documents AS d JOIN restorations AS r ON r.document_id = d.id "
        "WHERE d.filename = ?", [SEED["002"]]).fetchall()
    conn.close()
    assert len(found) == stored > 1000  # all of them (max_returned_rows is raised for serve)
    changes = {(r["raw"], r["restored"]) for r in found}
    assert {("Bac", "Bắc"), ("ngay", "ngày"), ("thang", "tháng"), ("nam", "năm"), ("THONG", "THÔNG"),
            ("BAO", "BÁO")} <= changes
    assert any("Bắc Giang, ngày 19 tháng 7 năm 2024" in r["context"] for r in found)
    assert all(text[r["start"]:r["end"]] == r["restored"] for r in found)  # offsets point at the change
    by_prefix = rows(f"{server}/document_restorations.json?{q(document=found[0]['document_id'][:8])}")
    assert len(by_prefix) == len(found)
    assert rows(f"{server}/document_restorations.json?{q(document='')}") == []


def test_flagged_checks_show_both_sides(server):
    found = rows(f"{server}/flagged_checks.json?{q(rule='percent_of_counts', status='mismatch')}")
    # 000: 809 + 642 + 450 = 1 901 TTHC; 809/1 901 = 42,56%, stated 42,58%
    (row,) = [r for r in found if r["stated"] == 42.58]
    assert row["stated_snippet"] == "- TTHC cung cấp DVCTT một phần có 809 TTHC, đạt 42,58%"
    assert row["province"] == "Bắc Giang" and round(row["recomputed"], 2) == 42.56
    assert "- TTHC cung cấp DVCTT toàn trình có 642 TTHC, đạt 33,79%" in row["compared_snippets"]


def test_upcoming_deadlines_empty_for_the_corpus(server):
    # the latest deadline any report sets is "đến năm 2025" (004): all past by now
    assert rows(f"{server}/upcoming_deadlines.json") == []


def test_upcoming_deadlines_only_future(corpus_db, tmp_path):
    db_path, future_expr = db_with_plan(corpus_db, tmp_path)
    conn = sqlite3.connect(db_path)
    found = conn.execute("SELECT expression, days_left, province FROM upcoming_deadlines").fetchall()
    past = conn.execute("SELECT count(*) FROM deadlines WHERE expression = 'trước ngày 11/6/2024'").fetchone()
    conn.close()
    assert found == [(future_expr, 45, "Bắc Giang")]
    assert past[0] == 2  # 001's and the plan's: both past, neither upcoming


def test_html_pages_render_vietnamese_nfc(server):
    status, html = get_text(f"{server}/figures?{q(_search='thanh toan')}")
    assert status == 200
    assert "Tỷ lệ hồ sơ thanh toán trực tuyến" in html
    assert unicodedata.is_normalized("NFC", html)
    assert not any(marker in html for marker in ("Ã", "á»", "Ä‘", "\ufffd"))
    status, html = get_text(server)
    assert status == 200 and "One indicator across provinces" in html
    assert "#g.mark=bar" in html  # the chart opens from the query's link


def test_prepare_is_idempotent_and_follows_replaced_rows(corpus_db, tmp_path):
    path = copy_db(corpus_db, tmp_path / "again.db")
    assert prepare_for_analysis(path) == {"documents": 0, "indicators": 0}  # ingest already prepared it
    conn = sqlite3.connect(path)
    ids = dict(conn.execute("SELECT filename, id FROM documents"))
    with conn:  # re-extraction replaces the row: new rowid, new text
        conn.execute("UPDATE documents SET text = 'Tỷ lệ đúng hạn của Đồng Xoài' WHERE id = ?", [ids[SEED["001"]]])
        conn.execute("INSERT OR REPLACE INTO documents SELECT * FROM documents WHERE id = ?", [ids[SEED["000"]]])
    conn.close()
    assert prepare_for_analysis(path) == {"documents": 1, "indicators": 0}
    conn = sqlite3.connect(path)
    match = ("SELECT d.filename FROM documents AS d WHERE d.rowid IN "
             "(SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?) ORDER BY d.filename")
    assert conn.execute(match, ['"dong xoai"']).fetchall() == [(SEED["001"],)]
    # "hồ sơ xử lý đúng hạn" was in 001's old text (no longer), and is in 000
    found = [name for (name,) in conn.execute(match, ['"ho so xu ly dung han"'])]
    assert SEED["000"] in found and SEED["001"] not in found
    # 000 was deleted and re-inserted (new rowid): "công khai đúng hạn" still found
    assert (SEED["000"],) in conn.execute(match, ['"cong khai dung han"']).fetchall()
    conn.close()


def test_publish_makes_an_immutable_snapshot_without_sql(corpus_db, tmp_path):
    snapshot = publish(corpus_db, tmp_path / "out" / "snapshot.db")
    assert snapshot.db_path.is_file() and not (tmp_path / "out" / "snapshot.db-wal").exists()
    assert oct(snapshot.db_path.stat().st_mode & 0o777) == "0o444"
    assert "-i" in snapshot.command and "default_allow_sql" in snapshot.command
    source, copy = sqlite3.connect(corpus_db), sqlite3.connect(f"file:{snapshot.db_path}?immutable=1", uri=True)
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
    assert get(f"/snapshot/indicator_across_provinces.json?code={CODE_TOTAL}&as_of=") == 0
    assert get("/snapshot.json?sql=select+count(*)+from+documents") == 1  # arbitrary SQL refused
    plain = [sys.executable, "-m", "datasette", "serve", "-i", str(snapshot.db_path),
             "--metadata", str(snapshot.metadata_path)]
    assert subprocess.run([*plain, "--get", "/snapshot.json?sql=select+1"], capture_output=True,
                          timeout=120).returncode == 1
    with pytest.raises(FileExistsError):
        publish(corpus_db, snapshot.db_path)
    assert publish(corpus_db, snapshot.db_path, overwrite=True).db_path == snapshot.db_path


def test_serve_command_line_is_local_by_default():
    command = datasette_command("x.db", "m.json")
    assert command[command.index("--host") + 1] == "127.0.0.1"
    assert "-i" not in command  # mutable unless published
