"""Kinds of misses measured on blind set 19, each on a text written here in another wording of the same form; the
expected values are what a reader takes from these texts.

- a Sở's report in two parts, the province's results (`I. ... TOÀN TỈNH`) and its own (`II. ... TẠI SỞ Y TẾ`): the
  figures under a numbered heading inside the second part are the Sở's;
- a count followed by a level (`274 TTHC cấp huyện; UBND các xã ... 119 TTHC cấp xã`) is that level's even when
  the level runs on into the next clause's bodies, and when the issuer's own one-stop shop is named before it;
- a table of bare columns (`Tiếp nhận | Đã giải quyết | Quá hạn`) under `a) Cấp huyện` inside `2. Tiếp nhận, giải
  quyết hồ sơ` counts files, and its total row is `cấp huyện`;
- a column naming only a period (`Tháng 8/2025 (%)`) repeats the indicator of the other rate column of its row;
- `so với bình quân cả nước (47,35%)` is the country's value, not an earlier one;
- counts of groups and members (`9 tổ ... với 63 thành viên`) carry no indicator's code.
"""

from __future__ import annotations

import pytest
from figure_lookup import figure_at, subject_and_level

from extractor.extract.figures import extract_figures
from extractor.extract.tables import find_tables, table_indicators
from extractor.models import DocumentMeta, Indicator


def _parts(text: str, issuer: str | None) -> list[DocumentMeta]:
    return [DocumentMeta(issuer=issuer, period_end="2025-09-30", issued_date="2025-10-06", start=0, end=len(text))]


def _figures(text: str, issuer: str | None = None) -> list[Indicator]:
    return extract_figures(text, _parts(text, issuer), [])


def _cells(text: str, issuer: str | None = None) -> list[Indicator]:
    return table_indicators(text, find_tables(text, []), _parts(text, issuer))


# ---------------------------------------------------------------- a Sở's own part

TWO_PARTS = """I. KẾT QUẢ CHUYỂN ĐỔI SỐ TOÀN TỈNH

Trong quý, toàn tỉnh tiếp nhận 48.210 hồ sơ, trong đó hồ sơ trực tuyến 33.950 hồ sơ, đạt 70,42%.

II. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI SỞ Y TẾ

1. Tiếp nhận, giải quyết hồ sơ

Trong quý, Sở tiếp nhận 812 hồ sơ, nộp trực tuyến 790 hồ sơ, chiếm 97,29%.
"""


@pytest.mark.parametrize("context, raw, subject, level", [
    ("tiếp nhận 48.210", "48.210", None, None),
    ("Sở tiếp nhận 812", "812", "Sở Y tế", "tỉnh"),
    ("chiếm 97,29%", "97,29%", "Sở Y tế", "tỉnh"),
])
def test_a_sos_own_part_holds_its_own_figures(context, raw, subject, level):
    row = figure_at(_figures(TWO_PARTS, issuer="Sở Y tế"), TWO_PARTS, context, raw)
    assert subject_and_level(row) == (subject, level)


# ---------------------------------------------------------------- a level after a count, a district's field table

DISTRICT = """ỦY BAN NHÂN DÂN
HUYỆN GIAO THỦY

Số: 88/BC-UBND
Giao Thủy, ngày 06 tháng 10 năm 2025

BÁO CÁO
Kết quả cải cách thủ tục hành chính quý III năm 2025

1. Công khai thủ tục hành chính

Bộ phận Một cửa huyện niêm yết công khai 268 TTHC cấp huyện; UBND các xã, thị trấn niêm yết công khai 121 TTHC cấp xã.

2. Tiếp nhận, giải quyết hồ sơ

a) Cấp huyện

Bộ phận Một cửa huyện tiếp nhận 3.140 hồ sơ.

Chi tiết theo lĩnh vực:

| STT | Lĩnh vực | Tiếp nhận | Đã giải quyết | Quá hạn |
|---|---|---|---|---|
| 1 | Đất đai | 1.905 | 1.822 | 12 |
| 2 | Tư pháp | 1.235 | 1.230 | 0 |
| | Tổng cộng | 3.140 | 3.052 | 12 |

b) Cấp xã

UBND các xã, thị trấn tiếp nhận 9.870 hồ sơ.
"""


@pytest.mark.parametrize("context, raw, subject, level", [
    ("công khai 268 TTHC", "268", "cấp huyện", "huyện"),
    ("công khai 121 TTHC", "121", "cấp xã", "xã"),
])
def test_a_level_named_after_a_count_is_its_subject(context, raw, subject, level):
    row = figure_at(_figures(DISTRICT, issuer="UBND huyện Giao Thủy"), DISTRICT, context, raw)
    assert subject_and_level(row) == (subject, level)


def test_a_field_table_under_a_level_heading_counts_files_and_totals_that_level():
    cells = _cells(DISTRICT, issuer="UBND huyện Giao Thủy")
    assert {c.unit for c in cells} == {"hồ sơ"}
    total = [c for c in cells if c.raw in ("3.140", "3.052") or (c.raw == "12" and "Tổng cộng" in c.snippet)]
    assert {(c.subject, c.level) for c in total} == {("cấp huyện", "huyện")}
    codes = {c.raw: c.code for c in cells if "Đất đai" in c.snippet}
    assert codes["1.905"] == "ho_so.tiep_nhan" and codes["12"] == "766.tien_do.qua_han"


# ---------------------------------------------------------------- a period-only column

PERIODS = """Kết quả thanh toán trực tuyến của UBND các huyện:

STT\tĐơn vị\tHồ sơ có nghĩa vụ tài chính\tThanh toán trực tuyến\tTỷ lệ (%)\tTháng 8/2025 (%)
1\tUBND huyện Hải Hậu\t1.120\t702\t62,68\t58,40
2\tUBND huyện Xuân Trường\t860\t431\t50,12\t47,95
"""


def test_a_column_naming_only_a_period_repeats_the_rate_of_its_row():
    cells = {c.raw: c for c in _cells(PERIODS)}
    assert cells["62,68"].code == "766.thanh_toan.ho_so"
    assert (cells["58,40"].code, cells["58,40"].as_of) == ("766.thanh_toan.ho_so", "2025-08-31")
    assert cells["47,95"].code == "766.thanh_toan.ho_so"


# ---------------------------------------------------------------- the country's value; groups and members

PROSE = """Tỷ lệ hồ sơ thanh toán trực tuyến của tỉnh mới đạt 33,05%, còn thấp hơn nhiều so với bình quân cả nước \
(46,12%). Tỷ lệ hồ sơ trực tuyến đạt 61,20% (quý II/2025: 58,75%).
Xã duy trì 12 tổ công nghệ số cộng đồng với 85 thành viên hỗ trợ người dân nộp hồ sơ trực tuyến; 4 tổ chức tín \
dụng đã kết nối thanh toán.
"""


def test_the_countrys_value_in_brackets_is_no_earlier_value():
    rows = _figures(PROSE)
    country = figure_at(rows, PROSE, "(46,12%)", "46,12%")
    assert (country.kind, country.as_of) == ("value", "2025-09-30")
    earlier = figure_at(rows, PROSE, "(quý II/2025: 58,75%)", "58,75%")
    assert (earlier.kind, earlier.as_of) == ("previous", "2025-06-30")


@pytest.mark.parametrize("context, raw, unit", [
    ("duy trì 12 tổ", "12", "tổ"), ("với 85 thành viên", "85", "thành viên"), ("4 tổ chức", "4", "tổ chức"),
])
def test_counts_of_groups_and_members_carry_no_code(context, raw, unit):
    row = figure_at(_figures(PROSE), PROSE, context, raw)
    assert (row.kind, row.unit, row.code) == ("count", unit, None)
