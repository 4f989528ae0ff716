"""Vietnamese dates and periods → ISO."""

from __future__ import annotations

import pytest
from conftest import seed_text

from extractor.dates import find_dates, first_day, last_day, parse_date, period_bounds, roman_to_int


def test_parse_date():
    assert parse_date(31, 7, 2023) == "2023-07-31"
    assert parse_date("05", "09", "2023") == "2023-09-05"
    assert parse_date(29, 2, 2024) == "2024-02-29"
    assert parse_date(29, 2, 2023) is None
    assert parse_date(1, 13, 2023) is None


@pytest.mark.parametrize(
    ("text", "iso", "precision", "written"),
    [
        ("trước ngày 10/12/2023", "2023-12-10", "day", "10/12/2023"),
        ("Thái Nguyên, ngày **06** tháng 12 năm 2023", "2023-12-06", "day", "ngày **06** tháng 12 năm 2023"),
        ("ngày 05 /09/2023 của Sở Nội vụ", "2023-09-05", "day", "05 /09/2023"),
        ("Bình Phước, ngày tháng 5 năm 2024", "2024-05", "month", "ngày tháng 5 năm 2024"),
        ("Bắc Ninh, ngày tháng năm 2024", "2024", "year", "ngày tháng năm 2024"),
        ("trong quý III/2024", "2024-Q3", "quarter", "quý III/2024"),
        ("Trong quy IIl/2024", "2024-Q3", "quarter", "quy IIl/2024"),
        ("tháng 8 năm 2023", "2023-08", "month", "tháng 8 năm 2023"),
        ("thang 02/2024", "2024-02", "month", "thang 02/2024"),
        ("trong năm 2025", "2025", "year", "năm 2025"),
    ],
)
def test_find_dates(text, iso, precision, written):
    [match] = find_dates(text)
    assert (match.iso, match.precision, text[match.start : match.end]) == (iso, precision, written)


def test_find_dates_skips_numbers_that_are_not_dates():
    assert find_dates("1.773/1.773 và 181/187, Tính đến ngày 30/9, Số: 2062 /SNV-CCHC") == []


def test_find_dates_in_seed_003_letter():
    text = seed_text("003")
    isos = [m.iso for m in find_dates(text[: text.index("Số: 2062")]) if m.precision == "day"]
    assert isos[:3] == ["2023-12-06", "2023-12-01", "2023-10-05"]
    assert "2023-12-10" in isos


@pytest.mark.parametrize(
    ("label", "bounds"),
    [
        ("tháng 02/2024", ("2024-02-01", "2024-02-29")),
        ("tháng 8 năm 2023", ("2023-08-01", "2023-08-31")),
        ("6 tháng đầu năm 2024", ("2024-01-01", "2024-06-30")),
        ("9 tháng đầu năm 2024", ("2024-01-01", "2024-09-30")),
        ("6 tháng cuối năm 2023", ("2023-07-01", "2023-12-31")),
        ("quý III/2024", ("2024-07-01", "2024-09-30")),
        ("quý 4 năm 2024", ("2024-10-01", "2024-12-31")),
        ("năm 2024", ("2024-01-01", "2024-12-31")),
        ("từ ngày 01/9/2024 đến 30/9/2024", ("2024-09-01", "2024-09-30")),
    ],
)
def test_period_bounds(label, bounds):
    assert period_bounds(label) == bounds


def test_period_bounds_unknown():
    assert period_bounds("kỳ báo cáo") is None


def test_first_and_last_day_and_roman():
    assert (first_day("2024-Q1"), last_day("2024-Q1")) == ("2024-01-01", "2024-03-31")
    assert last_day("2024-02") == "2024-02-29"
    assert last_day("2025") == "2025-12-31"
    assert [roman_to_int(r) for r in ("I", "IV", "VI", "IX", "III")] == [1, 4, 6, 9, 3]
