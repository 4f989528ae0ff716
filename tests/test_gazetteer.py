"""Province lookup tolerant to spelling, accents and abbreviations; the province a document names."""

from __future__ import annotations

import pytest
from dbutil import seed_text

from extractor.gazetteer import (
    exact_province_at,
    find_province,
    find_province_in_text,
    fold_same_length,
    is_centrally_run_city,
    province_name,
    unit_2025,
)


@pytest.mark.parametrize("written, name", [
    ("Đắc Lắc", "Đắk Lắk"), ("Dak Lak", "Đắk Lắk"), ("TP.HCM", "Hồ Chí Minh"),
    ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"), ("Thừa Thiên - Huế", "Thừa Thiên Huế"),
    ("thua thien hue", "Thừa Thiên Huế"),
    ("tỉnh Bắc Giang", "Bắc Giang"), ("BAC GIANG", "Bắc Giang"), ("Binh Phuoc", "Bình Phước"),
    ("Thanh Hoá", "Thanh Hóa"), ("Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu"), ("Hà Nọi", "Hà Nội"),
])
def test_find_province_whatever_the_spelling(written, name):
    assert province_name(written) == name


@pytest.mark.parametrize("written", ["", "Sở Tư pháp", "Xyz", "Việt Nam"])
def test_no_province_for_other_names(written):
    assert find_province(written) is None


def test_unit_after_the_2025_merger():
    assert unit_2025("Bắc Giang") == "Bắc Ninh"
    assert unit_2025("Bình Phước") == "Đồng Nai"
    assert unit_2025("Thái Nguyên") == "Thái Nguyên"
    assert unit_2025("Hà Giang") == "Tuyên Quang"


@pytest.mark.parametrize("prefix, name, written", [
    ("000", "Bắc Giang", "Bắc Giang"),      # body: "tỉnh Bắc Giang"
    ("001", "Bình Phước", "Bình Phước"),    # "Bình Phước, ngày tháng 5 năm 2024"
    ("002", "Bắc Giang", "BAC GIANG"),      # OCR without diacritics: "TINH BAC GIANG"
    ("003", "Thái Nguyên", "THÁI NGUYÊN"),  # header "TỈNH THÁI NGUYÊN"
    ("004", "Bắc Ninh", "Bắc Ninh"),        # "Bắc Ninh, ngày tháng năm 2024"
])
def test_province_named_by_each_seed(prefix, name, written):
    text = seed_text(prefix)
    found = find_province_in_text(text)
    assert found is not None
    assert found[0] == name
    assert text[found[1]:found[2]] == written


def test_header_wins_over_a_city_of_the_same_name_in_the_body():
    text = "UBND THÀNH PHỐ ĐÀ LẠT\nỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n\nUBND thành phố Thái Nguyên báo cáo."
    assert find_province_in_text(text)[0] == "Lâm Đồng"


def test_place_before_the_date_without_accents():
    assert find_province_in_text("So: 12/BC-UBND\nBac Giang, ngay 19 thang 7 nam 2024\n")[0] == "Bắc Giang"


def test_body_mentions_counted_when_no_header():
    text = "Sở Nội vụ tỉnh Nam Định báo cáo ... phối hợp với tỉnh Hà Nam ... kết quả của tỉnh Nam Định."
    assert find_province_in_text(text)[0] == "Nam Định"
    assert find_province_in_text("Báo cáo không nêu tên địa phương.") is None


@pytest.mark.parametrize("text, start, expected", [
    ("cao nhất là Quảng Ninh (82,57%)", 12, ("Quảng Ninh", 22)),
    ("(Bà Rịa - Vũng Tàu 1.382 chứng từ)", 1, ("Bà Rịa - Vũng Tàu", 18)),
    ("tỉnh Quảng Ninh đạt 90%", 0, None),  # a unit word first: no name starts there
    ("Sở Y tế đạt 90%", 0, None),
])
def test_exact_province_at(text, start, expected):
    found = exact_province_at(text, fold_same_length(text), start)
    assert (found and (found[0]["name"], found[1])) == expected


def test_a_place_written_with_other_marks_is_not_the_province():
    # `Thạnh Hóa` (a district of Long An) folds like the province `Thanh Hóa`; the body names the province
    text = "UBND HUYỆN THẠNH HÓA\n\nThạnh Hóa, ngày 02 tháng 4 năm 2025\n\nBáo cáo gửi UBND tỉnh Long An về kết quả."
    assert find_province_in_text(text)[0] == "Long An"
    # without marks, or with the province's own, the place of issue still names it
    assert find_province_in_text("Thanh Hoa, ngay 02 thang 4 nam 2025")[0] == "Thanh Hóa"
    assert find_province_in_text("Thanh Hoá, ngày 02 tháng 4 năm 2025")[0] == "Thanh Hóa"


def test_a_province_become_a_city_is_one_from_the_day_it_became_one():
    # Thừa Thiên Huế became the centrally-run city Huế on 1 January 2025; before that `thành phố Huế` was its city
    assert is_centrally_run_city("Huế", "2025-03-31")
    assert not is_centrally_run_city("Huế", "2024-12-31")
    assert is_centrally_run_city("Cần Thơ", "2020-01-01")
    assert not is_centrally_run_city("Hà Tĩnh")
