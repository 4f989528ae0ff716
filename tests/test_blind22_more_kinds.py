"""More kinds of misses measured on blind set 22 (and one of set 20), each on a text written here in another wording
of the same form; the expected values are what a reader takes from these texts.

- a goal in the sentence of a province-wide figure and its parts by level is held against the whole, not the levels;
- two indices named before `lần lượt` (PAR INDEX, SIPAS) take the series' figures in order, shares included, and the
  ranks listed right after the series rank them in order, on the indices' year;
- a count in a sentence naming an index of a year (`Chỉ số cải cách hành chính năm 2023`) is of that year;
- `của Sở` between another body and a goal makes the goal the issuing Sở's;
- a second `lần lượt` series in one sentence, naming no bodies, has the bodies of the first;
- counts of bodies by grade with a generic noun (`cơ quan`, `đơn vị`) count the group named before them;
- a score heading a list item (`- Sở Xây dựng: 72,46 điểm, ...`) is the body's total, not the share above it;
- months listed before a series date its members in order;
- a rank is one body's: past a group named only to compare with, the single body of its sentence;
- `tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu đã được số hóa` is the 766 reuse component.
"""

from __future__ import annotations

import pytest
from figure_lookup import figure_at, subject_and_level

from extractor.extract.figures import extract_figures
from extractor.models import DocumentMeta, Indicator


def _figures(text: str, issuer: str | None = None, period_end: str = "2024-12-31") -> list[Indicator]:
    parts = [DocumentMeta(issuer=issuer, period_end=period_end, issued_date=period_end, start=0, end=len(text))]
    return extract_figures(text, parts, [])


PAYMENT = """3. Thanh toán trực tuyến

Tỷ lệ hồ sơ thanh toán trực tuyến của toàn tỉnh đạt 47,30%, trong đó cấp tỉnh 61,02%, cấp huyện 42,75%, cấp xã \
30,18%; so với chỉ tiêu năm 2024 là 45% thì đã đạt chỉ tiêu.
"""


def test_a_goal_after_a_whole_and_its_levels_is_the_wholes():
    rows = _figures(PAYMENT)
    goal = figure_at(rows, PAYMENT, "năm 2024 là 45%", "45%")
    assert goal.kind == "target"
    assert subject_and_level(goal) == (None, None)
    assert subject_and_level(figure_at(rows, PAYMENT, "cấp huyện 42,75%", "42,75%")) == ("cấp huyện", "huyện")


INDICES = """1. Kết quả các chỉ số năm 2023

Theo Quyết định số 1103/QĐ-BNV ngày 20/5/2024 của Bộ Nội vụ, Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài \
lòng về sự phục vụ hành chính (SIPAS) năm 2023 của tỉnh lần lượt đạt 88,02% và 84,60%, xếp thứ 14/63 và 25/63 tỉnh, \
thành phố.

UBND tỉnh đã công bố Chỉ số cải cách hành chính năm 2023 của các cơ quan, đơn vị; kết quả có 09/20 sở, ban, ngành \
xếp loại Tốt.
"""


@pytest.mark.parametrize("context, raw, code", [
    ("đạt 88,02%", "88,02%", "par_index"), ("và 84,60%", "84,60%", "sipas"),
    ("thứ 14/63", "14/63", "par_index"), ("và 25/63", "25/63", "sipas"),
])
def test_indices_named_before_a_series_take_its_figures_and_ranks_in_order(context, raw, code):
    row = figure_at(_figures(INDICES, period_end="2024-06-30"), INDICES, context, raw)
    assert (row.code, row.as_of) == (code, "2023-12-31")


def test_a_count_in_a_sentence_naming_an_index_of_a_year_is_of_that_year():
    row = figure_at(_figures(INDICES, period_end="2024-06-30"), INDICES, "có 09/20", "09/20")
    assert (row.kind, row.as_of) == ("count", "2023-12-31")


OWNER = """III. NHIỆM VỤ NĂM 2025

3. Văn phòng Sở phối hợp với Trung tâm Phục vụ hành chính công tỉnh hướng dẫn người dân nộp hồ sơ trực tuyến, \
phấn đấu đến hết năm 2025 tỷ lệ hồ sơ trực tuyến của Sở đạt tối thiểu 85%.
"""


def test_cua_so_makes_a_goal_the_issuing_departments():
    row = figure_at(_figures(OWNER, issuer="Sở Tư pháp"), OWNER, "tối thiểu 85%", "85%")
    assert subject_and_level(row) == ("Sở Tư pháp", "tỉnh")


TWO_SERIES = """Tỷ lệ hồ sơ trực tuyến của cấp tỉnh và cấp huyện lần lượt là 92,14% và 78,30%; tỷ lệ hồ sơ giải quyết \
đúng hạn lần lượt là 99,02% và 97,45%.
"""


@pytest.mark.parametrize("context, raw, subject, level", [
    ("là 99,02%", "99,02%", "cấp tỉnh", "tỉnh"), ("và 97,45%", "97,45%", "cấp huyện", "huyện"),
])
def test_a_second_series_in_a_sentence_has_the_bodies_of_the_first(context, raw, subject, level):
    row = figure_at(_figures(TWO_SERIES), TWO_SERIES, context, raw)
    assert subject_and_level(row) == (subject, level)


GRADES = """Điểm bình quân của UBND các xã đạt 82,40 điểm; xã Tân Lập cao nhất (91,06 điểm). Có 12/18 đơn vị xếp loại \
Tốt, 06 đơn vị xếp loại Khá.

Khối sở, ban, ngành bình quân đạt 86,15 điểm; có 14/19 cơ quan xếp loại Tốt, 05 cơ quan xếp loại Khá.
"""


@pytest.mark.parametrize("context, raw, level", [
    ("Có 12/18", "12/18", "xã"), ("Tốt, 06 đơn vị", "06", "xã"),
    ("có 14/19", "14/19", "tỉnh"), ("Tốt, 05 cơ quan", "05", "tỉnh"),
])
def test_counts_by_grade_count_the_group_named_before_them(context, raw, level):
    row = figure_at(_figures(GRADES), GRADES, context, raw)
    assert (row.kind, row.unit, row.level) == ("count", "đơn vị", level)


WEAKEST = """Các đơn vị có điểm thấp nhất:
- Sở Y tế: 70,12 điểm, xếp thứ 18/19; tỷ lệ số hóa hồ sơ đạt 41,20%;
- UBND huyện Mường Tè: 66,85 điểm, xếp thứ 8/8; tỷ lệ thanh toán trực tuyến đạt 20,14%.
"""


@pytest.mark.parametrize("context, raw", [("Sở Y tế: 70,12 điểm", "70,12"), ("Mường Tè: 66,85 điểm", "66,85")])
def test_a_score_heading_a_list_item_is_the_bodys_total(context, raw):
    row = figure_at(_figures(WEAKEST), WEAKEST, context, raw)
    assert row.code == "766.tong_hop"


MONTHS = """Trong quý, xã tiếp nhận 3.210 hồ sơ; số hồ sơ tiếp nhận tháng 4, tháng 5 và tháng 6 lần lượt là 980 hồ sơ, \
1.050 hồ sơ và 1.180 hồ sơ. Tỷ lệ hồ sơ trực tuyến của quý I và quý II/2025 tương ứng là 64,20% và 70,05%.
"""


@pytest.mark.parametrize("context, raw, as_of", [
    ("là 980 hồ sơ", "980", "2025-04-30"), ("hồ sơ, 1.050", "1.050", "2025-05-31"),
    ("và 1.180", "1.180", "2025-06-30"), ("là 64,20%", "64,20%", "2025-03-31"), ("và 70,05%", "70,05%", "2025-06-30"),
])
def test_periods_listed_before_a_series_date_its_members(context, raw, as_of):
    row = figure_at(_figures(MONTHS, period_end="2025-06-30"), MONTHS, context, raw)
    assert row.as_of == as_of


RANK = """Tháng 10/2025, phường Tân Định đạt 88,40 điểm, thấp hơn bình quân các xã, phường của thành phố (89,02 \
điểm), xếp thứ 61/168 xã, phường.
"""


def test_a_rank_past_a_group_named_to_compare_with_is_the_single_bodys():
    row = figure_at(_figures(RANK, period_end="2025-10-31"), RANK, "thứ 61/168", "61/168")
    assert (row.kind, row.max_value) == ("rank", 168)
    assert subject_and_level(row) == ("phường Tân Định", "xã")


REUSE = """Tỷ lệ số hóa hồ sơ đạt 80,40%; tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu đã được số hóa đạt 28,75%.
"""


def test_reuse_of_data_already_digitised_is_the_reuse_component():
    row = figure_at(_figures(REUSE), REUSE, "đạt 28,75%", "28,75%")
    assert row.code == "766.so_hoa.tai_su_dung"
