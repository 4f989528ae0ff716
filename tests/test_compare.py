"""`compare_rows` / `format_rows`: one indicator side by side across provinces and dates."""

from __future__ import annotations

import csv
import io
import json

import pytest
from dbutil import Doc, new_db
from seed_figures import add_seed_001, add_seed_003

from extractor.compare import COLUMNS, compare_rows, format_rows


@pytest.fixture(scope="module")
def corpus_db():
    db = new_db()
    add_seed_001(db)
    add_seed_003(db)
    return db


def test_766_total_of_binh_phuoc_and_thai_nguyen_side_by_side(corpus_db):
    rows = [r for r in compare_rows(corpus_db, "766.tong_hop") if r["kind"] == "value"]
    by_province = {r["province"]: r for r in rows}
    binh_phuoc, thai_nguyen = by_province["Bình Phước"], by_province["Thái Nguyên"]
    stated = (binh_phuoc["value"], binh_phuoc["max_value"], binh_phuoc["rank"], binh_phuoc["rank_of"])
    assert stated == (78.49, 100, 11, 63)
    assert binh_phuoc["as_of"].startswith("2024-05") and binh_phuoc["province_2025"] == "Đồng Nai"
    assert (thai_nguyen["value"], thai_nguyen["rank"], thai_nguyen["rank_of"]) == (75.69, 9, 63)
    assert thai_nguyen["as_of"].startswith("2023-08")
    assert binh_phuoc["document"].startswith("001_") and "78,49/100" in binh_phuoc["snippet"]
    assert [r["province"] for r in rows] == ["Thái Nguyên", "Bình Phước"]  # ordered by date


def test_previous_values_cited_appear_at_their_own_date(corpus_db):
    rows = compare_rows(corpus_db, "766.tong_hop", as_of="2023-07")
    assert [(r["province"], r["value"], r["kind"]) for r in rows] == [("Thái Nguyên", 75.1, "previous")]


def test_formats(corpus_db):
    rows = compare_rows(corpus_db, "766.tong_hop")
    table = format_rows(rows, "table")
    assert "Bình Phước" in table and "78,49" in table and "75,69" in table
    parsed = list(csv.DictReader(io.StringIO(format_rows(rows, "csv"))))
    assert list(parsed[0]) == COLUMNS and len(parsed) == len(rows)
    assert json.loads(format_rows(rows, "json")) == rows
    with pytest.raises(ValueError):
        format_rows(rows, "xml")


@pytest.mark.parametrize("written, canonical, unit", [("Đắc Lắc", "Đắk Lắk", "Đắk Lắk"),
                                                      ("TP. HCM", "Hồ Chí Minh", "Hồ Chí Minh"),
                                                      ("Thừa Thiên - Huế", "Thừa Thiên Huế", "Huế"),
                                                      ("Bac Giang", "Bắc Giang", "Bắc Ninh")])
def test_provinces_named_whatever_the_spelling(written, canonical, unit):
    db = new_db()
    doc = Doc(db, "d", "Điểm tổng hợp đạt 80,5/100 điểm.", province=written)
    doc.figure("80,5/100", 80.5, max_value=100, code="766.tong_hop", as_of="2024-05-31")
    row = compare_rows(db, "766.tong_hop")[0]
    assert (row["province"], row["province_2025"]) == (canonical, unit)


def test_province_found_in_text_when_not_stored():
    db = new_db()
    doc = Doc(db, "d", "TINH BAC GIANG\nDiem tong hop dat 88,2/100 diem.")
    doc.figure("88,2/100", 88.2, max_value=100, code="766.tong_hop", as_of="2024-06-30")
    assert compare_rows(db, "766.TONG_HOP")[0]["province"] == "Bắc Giang"


def test_unknown_code_gives_no_rows(corpus_db):
    assert compare_rows(corpus_db, "no.such.code") == []
    assert format_rows([], "table") == "no figures for this indicator"
