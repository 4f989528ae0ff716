"""Kinds of prose misses measured on blind sets 17 and 18, each on a text written here in another wording of the same
form; the expected values are what a reader takes from these texts.

- a ratio's base after `trên (một nửa) tổng số` names no indicator of the figure (`số hồ sơ nộp trực tuyến trên tổng
  số hồ sơ tiếp nhận là 8.157/11.872`; `tỷ lệ ... trên một nửa tổng số hồ sơ tiếp nhận; riêng huyện X mới đạt 41%`);
- a series' bare count noun (`số TTHC cấp tỉnh, cấp huyện lần lượt là ...`) is the indicator the sentence's total
  named; a count named by the words after it (`có 1.673 TTHC được cung cấp dịch vụ công trực tuyến`);
- series over blocks written `khối A, khối B và khối C lần lượt là`; figures after a series in the same sentence
  (`; trong đó 1.104 TTHC ...`) are the sum, not the list;
- `cấp thị xã` is a district-level unit's own level, and `1. Cấp thị xã` heads its one-stop shop's figures;
- a figure followed by `đối với <level>` is that level's;
- a count of bodies is about the bodies it counts (`12/16 sở, ban, ngành`, `11/13 huyện, thị xã, thành phố` after
  `cơ quan cấp tỉnh`, `khối huyện có 03/8 đơn vị`), but not bodies served (`cho 21 sở, ban, ngành`), and the rate of
  such a count (`đạt tỷ lệ 100%`) is the whole's;
- a rank's group after its noun (`xếp thứ 5/19 cơ quan cấp tỉnh, tăng 3 bậc`) is no subject of the change;
- deadline assignees opening with `Công chức`, ending at `số hóa`, `định kỳ`, but not at `tiếp nhận của`.
"""

from __future__ import annotations

import pytest
from figure_lookup import figure_at, subject_and_level

from extractor.extract.deadlines import extract_deadlines
from extractor.extract.figures import extract_figures
from extractor.models import DocumentMeta, Indicator

_TN = "ho_so.tiep_nhan"
_NOP = "766.dvctt.nop_truc_tuyen"


def _parts(text: str, issuer: str | None = None) -> list[DocumentMeta]:
    return [DocumentMeta(issuer=issuer, period_end="2025-06-30", issued_date="2025-07-04", start=0, end=len(text))]


def _figures(text: str, issuer: str | None = None) -> list[Indicator]:
    return extract_figures(text, _parts(text, issuer), [])


# ---------------------------------------------------------------- ratios, series and counts named after them

RATIOS = """Bộ phận Một cửa các xã, thị trấn tiếp nhận 9.540 hồ sơ; số hồ sơ nộp trực tuyến trên tổng số hồ sơ tiếp \
nhận là 6.012/9.540 hồ sơ, đạt 63,02%.
Có 9/11 xã có tỷ lệ hồ sơ trực tuyến trên một nửa tổng số hồ sơ tiếp nhận; riêng xã Tà Xùa mới đạt 38,40% do địa \
bàn vùng cao.
Tổng số TTHC thuộc thẩm quyền của tỉnh là 1.804 TTHC; số TTHC cấp tỉnh, cấp huyện, cấp xã lần lượt là 1.402 TTHC, \
259 TTHC và 143 TTHC.
Toàn tỉnh hiện có 1.512 TTHC được cung cấp dịch vụ công trực tuyến, trong đó toàn trình 1.006 TTHC.
"""


@pytest.mark.parametrize("context, raw, code", [
    ("là 6.012/9.540", "6.012/9.540", _NOP),
    ("mới đạt 38,40%", "38,40%", _NOP),
    ("lần lượt là 1.402 TTHC", "1.402", "tthc.tong_so"),
    ("259 TTHC", "259", "tthc.tong_so"),
    ("và 143 TTHC", "143", "tthc.tong_so"),
    ("có 1.512 TTHC", "1.512", "766.dvctt.tthc_cung_cap"),
])
def test_ratios_series_and_counts_named_after_them_get_their_codes(context, raw, code):
    assert figure_at(_figures(RATIOS), RATIOS, context, raw).code == code


# ---------------------------------------------------------------- series over blocks, and the sum after a series

SERIES = """Điểm bình quân của khối sở, ban, ngành, khối UBND cấp huyện và khối UBND cấp xã lần lượt là 87,10 điểm, \
84,25 điểm và 80,02 điểm.
Số TTHC thuộc thẩm quyền của cấp tỉnh, cấp xã lần lượt là 1.610 TTHC và 371 TTHC; trong đó 1.120 TTHC cung cấp \
dịch vụ công trực tuyến toàn trình, 604 TTHC cung cấp một phần.
"""


@pytest.mark.parametrize("context, raw, level", [
    ("là 87,10 điểm", "87,10", "tỉnh"), ("84,25 điểm", "84,25", "huyện"), ("và 80,02 điểm", "80,02", "xã"),
    ("lần lượt là 1.610 TTHC", "1.610", "tỉnh"), ("và 371 TTHC", "371", "xã"),
])
def test_a_series_over_blocks_gives_each_figure_its_block(context, raw, level):
    assert figure_at(_figures(SERIES), SERIES, context, raw).level == level


@pytest.mark.parametrize("context, raw", [("trong đó 1.120 TTHC", "1.120"), ("604 TTHC", "604")])
def test_figures_after_a_series_are_the_sum(context, raw):
    assert subject_and_level(figure_at(_figures(SERIES), SERIES, context, raw)) == (None, None)


# ---------------------------------------------------------------- a thị xã's own level

TOWN = """ỦY BAN NHÂN DÂN
THỊ XÃ NGHI SƠN

Số: 41/BC-UBND
Nghi Sơn, ngày 05 tháng 7 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính 6 tháng đầu năm 2025

Tổng số TTHC thuộc thẩm quyền của cấp thị xã là 291 TTHC, của cấp xã là 109 TTHC.

1. Cấp thị xã

Bộ phận Một cửa thị xã tiếp nhận 4.210 hồ sơ, trong đó hồ sơ trực tuyến 2.930 hồ sơ, đạt 69,60%.

2. Cấp xã

UBND các xã, phường tiếp nhận 15.880 hồ sơ.

Chỉ tiêu năm 2025 về tỷ lệ hồ sơ trực tuyến là 65% đối với cấp huyện và 55% đối với cấp xã.
"""


@pytest.mark.parametrize("context, raw, subject, level", [
    ("thị xã là 291 TTHC", "291", "cấp thị xã", "huyện"),
    ("tiếp nhận 4.210 hồ sơ", "4.210", "cấp thị xã", "huyện"),
    ("đạt 69,60%", "69,60%", "cấp thị xã", "huyện"),
    ("là 65% đối", "65%", "cấp huyện", "huyện"),
    ("và 55% đối", "55%", "cấp xã", "xã"),
])
def test_a_town_reports_its_own_level_and_targets_by_level(context, raw, subject, level):
    rows = _figures(TOWN, issuer="UBND thị xã Nghi Sơn")
    assert subject_and_level(figure_at(rows, TOWN, context, raw)) == (subject, level)


# ---------------------------------------------------------------- counts of bodies

BODIES = """Có 11/15 sở, ban, ngành xếp loại Tốt, 03 cơ quan xếp loại Khá; khối huyện có 02/7 đơn vị xếp loại Tốt.
Có 12/18 cơ quan cấp tỉnh và 06/9 huyện, thị xã, thành phố tăng điểm so với quý trước.
Trung tâm hiện bố trí 40 quầy giao dịch cho 19 sở, ban, ngành.
Có 155/155 xã, phường, thị trấn đã cung cấp dịch vụ chứng thực bản sao điện tử từ bản chính, đạt tỷ lệ 100%.
UBND huyện Mường Lát tuy đứng cuối khối huyện nhưng tăng 1,12 điểm so với quý trước.
Sở đạt 87,40 điểm, xếp thứ 6/20 cơ quan cấp tỉnh, tăng 2 bậc so với quý trước (xếp thứ 8/20).
"""


@pytest.mark.parametrize("context, raw, level", [
    ("Có 11/15", "11/15", "tỉnh"), ("Tốt, 03 cơ quan", "03", "tỉnh"), ("có 02/7", "02/7", "huyện"),
    ("và 06/9", "06/9", "huyện"),
])
def test_a_count_of_bodies_is_about_the_bodies_it_counts(context, raw, level):
    assert figure_at(_figures(BODIES), BODIES, context, raw).level == level


def test_bodies_served_and_the_rate_of_a_count_of_bodies_are_not_those_bodies():
    rows = _figures(BODIES, issuer="Trung tâm Phục vụ hành chính công tỉnh")
    served = figure_at(rows, BODIES, "cho 19 sở", "19")
    assert served.subject is None or "sở, ban, ngành" not in served.subject
    province = _figures(BODIES)  # a province's report: the rate of its communes is the province's
    assert subject_and_level(figure_at(province, BODIES, "tỷ lệ 100%", "100%")) == (None, None)


def test_a_block_named_as_a_place_and_a_ranks_group_are_no_subjects():
    rows = _figures(BODIES, issuer="Sở Tư pháp")
    assert figure_at(rows, BODIES, "tăng 1,12 điểm", "1,12").subject == "UBND huyện Mường Lát"
    for context, raw in (("tăng 2 bậc", "2"), ("thứ 8/20)", "8/20")):
        assert figure_at(rows, BODIES, context, raw).subject in (None, "Sở Tư pháp")


# ---------------------------------------------------------------- deadline assignees

TASKS = """III. NHIỆM VỤ QUÝ III NĂM 2025

1. Công chức các sở, ngành làm việc tại Trung tâm cập nhật kết quả giải quyết hồ sơ trước ngày 08 hằng tháng.
2. Phòng Quản lý văn bằng số hóa kết quả giải quyết TTHC còn tồn trong quý III/2025.
3. Các phòng chuyên môn thuộc Sở định kỳ hằng quý báo cáo kết quả trước ngày 25/9/2025.
4. Các quầy tiếp nhận của Sở Y tế, Sở Công Thương nâng tỷ lệ hồ sơ trực tuyến lên 80% trong năm 2025.
"""


def test_deadline_assignees_open_and_end_where_the_body_does():
    found = extract_deadlines(TASKS, _parts(TASKS))
    assignees = [d.assignee for d in found]
    assert "Công chức các sở, ngành làm việc tại Trung tâm" in assignees
    assert "Phòng Quản lý văn bằng" in assignees
    assert "Các phòng chuyên môn thuộc Sở" in assignees
    assert "Các quầy tiếp nhận của Sở Y tế, Sở Công Thương" in assignees
