"""Kinds of subject/level and table misses measured on blind set 11, each on a sentence or table written here in
another wording of the same form; the expected values are what a reader takes from these texts.

- table columns dated by a quarter (`Điểm quý III/2024`, `Quý II/2023 | Quý II/2024`): the earlier column is
  dated at its quarter's end; a score column named `Điểm <quarter>` in a report on the 766 index is the total;
- figures under an item heading naming one level (`a) Cấp huyện`, `2.2. Đối với cấp xã`) are that level's, not
  the issuing district's, and a restated `Cấp xã ...` is written as the heading names it (`cấp xã`);
- `A và B lần lượt <verb> x và y`: a verb between `lần lượt` and the series still lists the figures in order;
- `(N hồ sơ) tại các xã A, B`: the communes a count was recorded at;
- a target naming no owner, after the figures of several levels in its sentence, has no one level.
"""

from __future__ import annotations

from figure_lookup import figure_at, subject_and_level

from extractor.extract.figures import extract_figures
from extractor.extract.tables import find_tables, table_indicators
from extractor.models import DocumentMeta, Indicator


def _figures(text: str, issuer: str | None = None, period_end: str = "2024-12-31") -> list[Indicator]:
    return extract_figures(text, [DocumentMeta(issuer=issuer, period_end=period_end, start=0, end=len(text))], [])




def _cells(text: str, title: str | None = None, period_end: str = "2024-09-30") -> list[Indicator]:
    parts = [DocumentMeta(title=title, period_end=period_end, start=0, end=len(text))]
    return table_indicators(text, find_tables(text, []), parts)


def _cell(cells: list[Indicator], text: str, context: str, raw: str) -> Indicator:
    start = text.index(context) + context.index(raw)
    return next(cell for cell in cells if cell.start == start)


# ---------------------------------------------------------------- quarter columns

RANKING = """Bảng xếp hạng các đơn vị cấp huyện:

STT\tĐơn vị\tĐiểm quý II/2024\tĐiểm quý III/2024\tXếp hạng quý III/2024
1\tHuyện Đông Sơn\t79,12\t82,40\t2
2\tThị xã Nghi Sơn\t84,05\t83,90\t1
"""
INDEX_TITLE = "Kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp quý III năm 2024"


def test_quarter_columns_are_dated_at_their_quarter_end_and_bare_scores_are_the_total():
    cells = _cells(RANKING, title=INDEX_TITLE)
    earlier = _cell(cells, RANKING, "\t79,12\t", "79,12")
    latest = _cell(cells, RANKING, "\t82,40\t", "82,40")
    rank = _cell(cells, RANKING, "\t2\n2\t", "2")
    assert (earlier.as_of, earlier.kind, earlier.unit, earlier.code) == ("2024-06-30", "value", "điểm", "766.tong_hop")
    assert (latest.as_of, latest.code) == ("2024-09-30", "766.tong_hop")
    assert (rank.kind, rank.as_of) == ("rank", "2024-09-30")
    assert subject_and_level(earlier) == ("Huyện Đông Sơn", "huyện")


def test_a_dated_bare_score_column_is_no_total_outside_a_report_on_the_index():
    cells = _cells(RANKING, title="Báo cáo kết quả thi đua khen thưởng")
    assert _cell(cells, RANKING, "\t84,05\t", "84,05").code is None


COMPARED = """| TT | Nội dung | Quý II/2023 | Quý II/2024 | Tăng (+)/giảm (-) |
|---|---|---|---|---|
| 1 | Hồ sơ tiếp nhận (hồ sơ) | 1.204 | 1.530 | +326 |
| 2 | Tỷ lệ giải quyết đúng hạn (%) | 97,10 | 98,45 | +1,35 |
"""


def test_a_same_quarter_comparison_dates_the_earlier_column_at_its_quarter_end():
    cells = _cells(COMPARED, period_end="2024-06-30")
    assert _cell(cells, COMPARED, "| 1.204 |", "1.204").as_of == "2023-06-30"
    assert _cell(cells, COMPARED, "| 97,10 |", "97,10").as_of == "2023-06-30"
    assert _cell(cells, COMPARED, "| 1.530 |", "1.530").as_of == "2024-06-30"
    change = _cell(cells, COMPARED, "+1,35", "+1,35")
    assert (change.kind, change.as_of, change.unit) == ("change", "2024-06-30", "%")


# ---------------------------------------------------------------- level item headings

LEVELS = """2. Tình hình giải quyết hồ sơ

2.1. Đối với cấp huyện

Trung tâm một cửa đã nhận 6.210 hồ sơ, giải quyết xong 6.105 hồ sơ; còn tồn 105 hồ sơ.

2.2. Đối với cấp xã

- Cấp xã nhận 21.480 hồ sơ;
- đã trả kết quả 21.402 hồ sơ, trong đó thị trấn Quỳnh Côi nhận 2.015 hồ sơ.

3. Công tác tuyên truyền

Huyện đã tiếp nhận 35 PAKN.
"""


def test_figures_under_a_level_heading_are_that_levels():
    rows = _figures(LEVELS, issuer="UBND huyện Quỳnh Phụ")
    assert subject_and_level(figure_at(rows, LEVELS, "nhận 6.210", "6.210")) == ("cấp huyện", "huyện")
    assert subject_and_level(figure_at(rows, LEVELS, "tồn 105", "105")) == ("cấp huyện", "huyện")
    assert subject_and_level(figure_at(rows, LEVELS, "nhận 21.480", "21.480")) == ("cấp xã", "xã")  # written `Cấp xã`
    assert subject_and_level(figure_at(rows, LEVELS, "quả 21.402", "21.402")) == ("cấp xã", "xã")
    assert subject_and_level(figure_at(rows, LEVELS, "nhận 2.015", "2.015")) == ("thị trấn Quỳnh Côi", "xã")
    # the next numbered section is no longer under the level heading: the district's own figure
    assert subject_and_level(figure_at(rows, LEVELS, "nhận 35", "35")) == ("UBND huyện Quỳnh Phụ", "huyện")


def test_a_heading_that_says_more_than_a_level_governs_nothing():
    text = LEVELS.replace("2.2. Đối với cấp xã", "2.2. Hồ sơ của cấp xã và hộ kinh doanh")
    rows = _figures(text, issuer="UBND huyện Quỳnh Phụ")
    assert subject_and_level(figure_at(rows, text, "quả 21.402", "21.402")) == ("UBND huyện Quỳnh Phụ", "huyện")


# ---------------------------------------------------------------- `lần lượt <verb>` series, places, targets

SERIES = ("Trong tháng, cấp tỉnh và cấp xã lần lượt giải quyết 4.120 hồ sơ và 15.377 hồ sơ. Số hồ sơ trễ hạn "
          "phần lớn thuộc lĩnh vực xây dựng (58 hồ sơ) tại các xã Mường Kim, Tà Mung.\n")


def test_a_verb_between_lan_luot_and_its_figures_still_lists_them_in_order():
    rows = _figures(SERIES, issuer="UBND tỉnh Điện Biên")
    assert subject_and_level(figure_at(rows, SERIES, "quyết 4.120", "4.120")) == ("cấp tỉnh", "tỉnh")
    assert subject_and_level(figure_at(rows, SERIES, "và 15.377", "15.377")) == ("cấp xã", "xã")


def test_a_count_recorded_at_named_communes_is_of_their_level():
    rows = _figures(SERIES, issuer="UBND tỉnh Điện Biên")
    row = figure_at(rows, SERIES, "(58 hồ sơ)", "58")
    assert row.level == "xã" and "Mường Kim" in (row.subject or "")


TARGET = ("- Tỷ lệ hồ sơ giải quyết trực tuyến của cấp huyện đạt 61,3%, của cấp xã đạt 48,2%; chỉ tiêu tỉnh giao "
          "năm 2024 là 70% (chưa đạt).\n")


def test_a_target_after_the_figures_of_two_levels_has_no_one_level():
    rows = _figures(TARGET, issuer="UBND huyện Kim Sơn")
    assert subject_and_level(figure_at(rows, TARGET, "đạt 61,3%", "61,3%")) == ("cấp huyện", "huyện")
    assert subject_and_level(figure_at(rows, TARGET, "đạt 48,2%", "48,2%")) == ("cấp xã", "xã")
    target = figure_at(rows, TARGET, "là 70%", "70%")
    assert target.kind == "target" and target.level is None
