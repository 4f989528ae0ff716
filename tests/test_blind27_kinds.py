"""Kinds of misses measured on blind sets 27 and 28, each on a text written here in another wording of the same
form; the expected values are what a reader takes from these texts.

- the social-insurance office and its branches are bodies: `Văn phòng BHXH tỉnh`, `BHXH các huyện, thành phố`,
  `BHXH huyện Hải Hậu` (in a table too) and as assignees;
- quarters listed under one word (`các quý I, II, III và IV lần lượt là`) date a series, and `của từng quý` after it;
- a series naming no bodies after parts by level takes their levels in order;
- a goal named with its indicator right before its bracket (`chỉ tiêu ... về tỷ lệ ... (cấp huyện 75%, ...)`);
- a place in an address aside (`(khối 6, thị trấn Cao Lộc)`) is no subject;
- the `Cộng` row of a table of wards under `b) Cấp phường` is that level;
- a part whose own words name an indicator of another unit counts what its whole counts;
- bodies listed before a list item's colon are its subject;
- an assignee qualified `có ... tại Trung tâm`;
- `thực hiện N TTHC` is the procedures in force.
"""

from __future__ import annotations

import pytest
from figure_lookup import figure_at, subject_and_level

from extractor.extract.deadlines import extract_deadlines
from extractor.extract.figures import extract_figures
from extractor.extract.tables import find_tables, table_indicators
from extractor.models import DocumentMeta, Indicator


def _parts(text: str, period_end: str = "2024-12-31") -> list[DocumentMeta]:
    return [DocumentMeta(issuer=None, period_end=period_end, issued_date=period_end, start=0, end=len(text))]


def _figures(text: str, period_end: str = "2024-12-31") -> list[Indicator]:
    return extract_figures(text, _parts(text, period_end), [])


INSURANCE = """Văn phòng BHXH tỉnh tiếp nhận 70.120 hồ sơ; BHXH các huyện, thành phố tiếp nhận 131.008 hồ sơ. BHXH \
tỉnh thực hiện 27 TTHC theo danh mục do BHXH Việt Nam công bố.

| STT | Đơn vị | Hồ sơ tiếp nhận | Quá hạn |
|---|---|---:|---:|
| 1 | BHXH huyện Hải Hậu | 12.004 | 15 |
| 2 | BHXH thị xã Phú Thọ | 6.110 | 4 |
"""


@pytest.mark.parametrize("context, raw, subject, level", [
    ("nhận 70.120", "70.120", "Văn phòng BHXH tỉnh", "tỉnh"),
    ("nhận 131.008", "131.008", "BHXH các huyện, thành phố", "huyện"),
])
def test_the_social_insurance_office_and_its_branches_are_bodies(context, raw, subject, level):
    assert subject_and_level(figure_at(_figures(INSURANCE), INSURANCE, context, raw)) == (subject, level)


def test_thuc_hien_n_tthc_are_the_procedures_in_force():
    assert figure_at(_figures(INSURANCE), INSURANCE, "hiện 27", "27").code == "tthc.tong_so"


@pytest.mark.parametrize("cell, subject", [("12.004", "BHXH huyện Hải Hậu"), ("4", "BHXH thị xã Phú Thọ")])
def test_a_table_of_branches_has_their_level(cell, subject):
    rows = table_indicators(INSURANCE, find_tables(INSURANCE, []), _parts(INSURANCE))
    row = next(r for r in rows if r.raw == cell)
    assert (row.subject, row.level) == (subject, "huyện")


QUARTERS = """Năm 2024, Trung tâm tiếp nhận 88.410 hồ sơ. Số hồ sơ tiếp nhận trong các quý I, II, III và IV lần lượt \
là 19.800, 22.140, 21.930 và 24.540 hồ sơ; tỷ lệ nộp trực tuyến của từng quý tương ứng là 66,10%, 70,25%, 73,80% và \
77,45%.

Toàn tỉnh tiếp nhận 480.210 hồ sơ, trong đó cấp tỉnh 88.410 hồ sơ, cấp huyện 140.600 hồ sơ, cấp xã 251.200 hồ sơ; \
tỷ lệ nộp trực tuyến tương ứng là 72,40%, 56,10% và 40,05%.
"""


@pytest.mark.parametrize("context, raw, as_of", [
    ("là 19.800", "19.800", "2024-03-31"), ("19.800, 22.140", "22.140", "2024-06-30"),
    ("là 66,10%", "66,10%", "2024-03-31"), ("73,80% và 77,45%", "77,45%", "2024-12-31"),
])
def test_quarters_listed_under_one_word_date_the_series(context, raw, as_of):
    assert figure_at(_figures(QUARTERS), QUARTERS, context, raw).as_of == as_of


@pytest.mark.parametrize("context, raw, subject, level", [
    ("là 72,40%", "72,40%", "cấp tỉnh", "tỉnh"), ("72,40%, 56,10%", "56,10%", "cấp huyện", "huyện"),
    ("và 40,05%", "40,05%", "cấp xã", "xã"),
])
def test_a_series_after_parts_by_level_takes_their_levels(context, raw, subject, level):
    assert subject_and_level(figure_at(_figures(QUARTERS), QUARTERS, context, raw)) == (subject, level)


DISTRICT = """Huyện niêm yết công khai 270 TTHC cấp huyện tại Bộ phận Một cửa huyện (khối 3, thị trấn Đồng Đăng) và \
115 TTHC cấp xã tại Bộ phận Một cửa của UBND các xã, thị trấn.

Đối chiếu chỉ tiêu UBND tỉnh giao năm 2025 về tỷ lệ hồ sơ nộp trực tuyến (cấp huyện 70%, cấp xã 50%), cả hai cấp \
đều đã đạt chỉ tiêu. Còn 20 PAKN quá hạn xử lý (cấp tỉnh 08 PAKN, cấp huyện 12 PAKN).

- UBND huyện Lộc Bình, UBND huyện Đình Lập: 96 hồ sơ quá hạn; 02 PAKN quá hạn.
"""


def test_a_place_in_an_address_aside_is_no_subject():
    assert subject_and_level(figure_at(_figures(DISTRICT, "2025-03-31"), DISTRICT, "và 115", "115")) == ("cấp xã", "xã")


@pytest.mark.parametrize("context, raw", [("(cấp huyện 70%", "70%"), ("cấp xã 50%)", "50%")])
def test_a_goal_named_with_its_indicator_before_its_bracket(context, raw):
    row = figure_at(_figures(DISTRICT, "2025-03-31"), DISTRICT, context, raw)
    assert (row.kind, row.as_of) == ("target", "2025-12-31")


@pytest.mark.parametrize("context, raw", [("(cấp tỉnh 08", "08"), ("cấp huyện 12 PAKN", "12")])
def test_parts_whose_words_name_another_units_indicator_count_what_the_whole_counts(context, raw):
    assert figure_at(_figures(DISTRICT, "2025-03-31"), DISTRICT, context, raw).code == "pakn.qua_han"


def test_bodies_listed_before_a_list_items_colon_are_its_subject():
    row = figure_at(_figures(DISTRICT, "2025-03-31"), DISTRICT, "; 02 PAKN", "02")
    assert row.level == "huyện"


WARDS = """b) Cấp phường

UBND các phường tiếp nhận 9.800 hồ sơ.

Kết quả của từng phường:

| STT | Đơn vị | Hồ sơ tiếp nhận | Trực tuyến (%) |
|---|---|---|---|
| 1 | Phường Tây Thạnh | 1.204 | 88,10 |
| 2 | Phường Sơn Kỳ | 980 | 85,40 |
| | Cộng | 2.184 | 86,89 |
"""


def test_the_total_of_a_table_of_wards_under_cap_phuong_is_that_level():
    rows = table_indicators(WARDS, find_tables(WARDS, []), _parts(WARDS, "2025-05-31"))
    row = next(r for r in rows if r.raw == "2.184")
    assert (row.subject, row.level) == ("cấp phường", "xã")


TASKS = """III. NHIỆM VỤ

4. Các sở, ban, ngành có TTHC tiếp nhận tại Trung tâm cập nhật kết quả giải quyết lên Hệ thống trước ngày 20 hằng \
tháng.
5. BHXH các huyện, thành phố tổng hợp kết quả, gửi về BHXH tỉnh trước ngày 18 hằng tháng.
"""


@pytest.mark.parametrize("day, assignee", [
    ("2025-01-20", "Các sở, ban, ngành có TTHC tiếp nhận tại Trung tâm"), ("2025-01-18", "BHXH các huyện, thành phố"),
])
def test_qualified_and_social_insurance_assignees(day, assignee):
    rows = {row.due_date: row for row in extract_deadlines(TASKS, _parts(TASKS))}
    assert rows[day].assignee == assignee


MORE = """Bộ phận Một cửa quận đang tiếp nhận 305 thủ tục hành chính thuộc thẩm quyền của UBND quận; Bộ phận Một cửa \
các phường tiếp nhận 128 thủ tục hành chính.

Nhóm Mức độ hài lòng đạt 17,50/18 điểm, giảm 0,10 điểm do phát sinh 03 phản ánh, kiến nghị về thái độ của công chức \
Bộ phận Một cửa cấp xã.

Trong số các cơ quan nêu trên, có 05 cơ quan đạt tỷ lệ thanh toán trực tuyến cao hơn chỉ tiêu.
"""


def test_a_clause_with_the_same_verb_and_unit_counts_what_the_clause_before_counts():
    row = figure_at(_figures(MORE, "2025-05-31"), MORE, "nhận 128", "128")
    assert (row.code, row.level) == ("tthc.tong_so", "xã")


def test_pakn_about_the_one_stop_desks_of_a_level_are_that_levels():
    assert figure_at(_figures(MORE, "2025-05-31"), MORE, "sinh 03", "03").level == "xã"


def test_a_count_of_agencies_naming_no_group_is_at_the_province_level():
    row = figure_at(_figures(MORE, "2025-05-31"), MORE, "có 05 cơ quan", "05")
    assert (row.kind, row.unit, row.level) == ("count", "đơn vị", "tỉnh")
