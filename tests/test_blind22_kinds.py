"""Kinds of misses measured on blind set 22, each on a text written here in another wording of the same form; the
expected values are what a reader takes from these texts.

- a legend line `(trong ngoặc là điểm tháng 9/2024):` makes the bare bracketed figures of the list under it that
  period's values, on the scale of the score before them;
- `2. Các chỉ tiêu bị trừ điểm nhiều` names the indicators reviewed, not goals: its figures are results;
- `cấp phường` is the ward level (xã), in prose and as a heading;
- in a table `Số TTHC | Hồ sơ tiếp nhận | Trực tuyến (%)`, the bare count column counts procedures and the rate
  column is the rate of the count right before it.
"""

from __future__ import annotations

import pytest
from figure_lookup import figure_at, subject_and_level

from extractor.extract.figures import extract_figures
from extractor.extract.tables import find_tables, table_indicators
from extractor.models import DocumentMeta, Indicator


def _parts(text: str) -> list[DocumentMeta]:
    return [DocumentMeta(issuer=None, period_end="2024-10-31", issued_date="2024-11-06", start=0, end=len(text))]


def _figures(text: str) -> list[Indicator]:
    return extract_figures(text, _parts(text), [])


GROUPS = """1. Kết quả chung

Tháng 10 năm 2024, tỉnh đạt 80,12/100 điểm.

Điểm từng nhóm chỉ số (trong ngoặc là điểm tháng 9/2024):
+ Công khai, minh bạch: 17,02/18 điểm (16,85 điểm);
+ Thanh toán trực tuyến: 6,10/10 điểm (6,45 điểm).

2. Các chỉ tiêu bị trừ điểm nhiều

a) Thanh toán trực tuyến: tỷ lệ hồ sơ thanh toán trực tuyến của tỉnh chỉ đạt 36,20%, trong đó cấp tỉnh 50,10%.
"""


@pytest.mark.parametrize("context, raw, maximum", [("(16,85 điểm)", "16,85", 18), ("(6,45 điểm)", "6,45", 10)])
def test_a_legend_dates_the_bracketed_figures_of_its_list(context, raw, maximum):
    row = figure_at(_figures(GROUPS), GROUPS, context, raw)
    assert (row.kind, row.as_of, row.max_value) == ("previous", "2024-09-30", maximum)


@pytest.mark.parametrize("context, raw", [("chỉ đạt 36,20%", "36,20%"), ("cấp tỉnh 50,10%", "50,10%")])
def test_indicators_reviewed_under_a_chi_tieu_heading_are_results(context, raw):
    row = figure_at(_figures(GROUPS), GROUPS, context, raw)
    assert (row.kind, row.code) == ("value", "766.thanh_toan.ho_so")


WARDS = """2. Giải quyết hồ sơ

b) Cấp phường

UBND các phường tiếp nhận 3.912 hồ sơ.

Tỷ lệ giải quyết đúng hạn của cấp quận và cấp phường lần lượt là 98,20% và 99,10%.
"""


@pytest.mark.parametrize("context, raw, subject, level", [
    ("tiếp nhận 3.912", "3.912", "cấp phường", "xã"),
    ("là 98,20%", "98,20%", "cấp quận", "huyện"),
    ("và 99,10%", "99,10%", "cấp phường", "xã"),
])
def test_the_ward_level_is_named_cap_phuong(context, raw, subject, level):
    assert subject_and_level(figure_at(_figures(WARDS), WARDS, context, raw)) == (subject, level)


FIELDS = """Kết quả theo từng lĩnh vực:

| STT | Lĩnh vực | Số TTHC | Hồ sơ tiếp nhận | Trực tuyến (%) | Đã giải quyết |
|---|---|---|---|---|---|
| 1 | Hộ tịch | 12 | 310 | 91,61 | 305 |
| 2 | Chứng thực | 6 | 205 | 88,78 | 201 |
"""


def test_a_bare_count_column_and_the_rate_of_the_count_before_it():
    cells = {c.raw: c for c in table_indicators(FIELDS, find_tables(FIELDS, []), _parts(FIELDS))}
    assert (cells["12"].unit, cells["12"].code) == ("TTHC", "tthc.tong_so")
    assert cells["310"].code == "ho_so.tiep_nhan"
    assert cells["91,61"].code == "766.dvctt.nop_truc_tuyen"


# ---------------------------------------------------------------- more of set 22's kinds

DISTRICT = """1. Thủ tục hành chính

Trên địa bàn quận đang thực hiện 305 TTHC thuộc thẩm quyền cấp quận và 112 TTHC thuộc thẩm quyền cấp phường.

2. Tiến độ

d) Tiến độ giải quyết: toàn tỉnh còn 1.120 hồ sơ quá hạn, chiếm 1,70% số hồ sơ đã giải quyết.

3. Kết quả giải quyết hồ sơ của các phường

| TT | Phường | Tiếp nhận | Trực tuyến | Tỷ lệ trực tuyến (%) | Đúng hạn (%) |
|---|---|---|---|---|---|
| 1 | Phường Lê Lợi | 402 | 300 | 74,63 | 99,50 |
"""


@pytest.mark.parametrize("context, raw, subject, level", [
    ("thực hiện 305 TTHC", "305", "cấp quận", "huyện"), ("và 112 TTHC", "112", "cấp phường", "xã"),
])
def test_procedures_of_a_level_named_by_its_kind(context, raw, subject, level):
    assert subject_and_level(figure_at(_figures(DISTRICT), DISTRICT, context, raw)) == (subject, level)


def test_a_count_under_an_item_named_by_a_score_group_is_no_score_of_it():
    rows = _figures(DISTRICT)
    assert figure_at(rows, DISTRICT, "còn 1.120 hồ sơ", "1.120").code == "766.tien_do.qua_han"


def test_a_bare_rate_column_under_a_section_counting_files():
    cells = {c.raw: c for c in table_indicators(DISTRICT, find_tables(DISTRICT, []), _parts(DISTRICT))}
    assert cells["99,50"].code == "766.tien_do.dung_han"
