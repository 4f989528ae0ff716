"""Kinds of subject/level, table and deadline misses measured on blind set 12, each on a sentence or table written
here in another wording of the same form; the expected values are what a reader takes from these texts.

- a sentence opening with a level as its setting (`Ở cấp huyện, ...`, `Đối với cấp xã, các xã, phường ...`): its
  figures naming no body are that level's (`cấp xã`), in every clause of the sentence, not the issuing district's;
- a proper name whose syllables an apostrophe joins (`Đắk R'Lấp`, `Ea H'Leo`) is one name, for figures and for a
  deadline's assignee;
- a ranking table under a title naming the index (`Bộ chỉ số`): bare dated `Điểm` columns are the index total, a
  change column counted in places (`Tăng, giảm bậc`, `... thứ hạng`) is a change of the rank in `hạng`, and an
  average row of a level's units (`Bình quân các phường, xã`) sits at that level;
- a deadline whose own clause only says the work is to be finished (`...; hoàn tất trước ngày ...`): the task is
  the item's main action before the `;`.
"""

from __future__ import annotations

import pytest
from figure_lookup import figure_at, subject_and_level

from extractor.extract.deadlines import extract_deadlines
from extractor.extract.figures import extract_figures
from extractor.extract.subjects import find_subjects
from extractor.extract.tables import find_tables, table_indicators
from extractor.models import DocumentMeta, Indicator


def _figures(text: str, issuer: str | None = None, period_end: str = "2024-12-31") -> list[Indicator]:
    return extract_figures(text, [DocumentMeta(issuer=issuer, period_end=period_end, start=0, end=len(text))], [])




# ---------------------------------------------------------------- a level as the sentence's setting

SETTINGS = """2. Kết quả giải quyết hồ sơ

Đối với cấp xã, các xã, phường nhận 9.140 hồ sơ; trả kết quả đúng hạn 9.002 hồ sơ, tỷ lệ đúng hạn \
đạt 98,49%. Huyện đã tiếp nhận 41 PAKN.

Ở cấp huyện, trong quý đã nhận 3.011 hồ sơ, riêng xã Tân Lập nhận 512 hồ sơ.

Tại cấp huyện và cấp xã, đã số hóa 7.306 hồ sơ.
"""


def test_figures_of_a_sentence_set_at_one_level_are_that_levels():
    rows = _figures(SETTINGS, issuer="UBND huyện Văn Chấn")
    # the level with its units in apposition is the level as the sentence names it
    assert subject_and_level(figure_at(rows, SETTINGS, "nhận 9.140", "9.140")) == ("cấp xã", "xã")
    # later clauses of the same sentence name no body: still the level's
    assert subject_and_level(figure_at(rows, SETTINGS, "hạn 9.002", "9.002")) == ("cấp xã", "xã")
    assert subject_and_level(figure_at(rows, SETTINGS, "đạt 98,49%", "98,49%")) == ("cấp xã", "xã")
    # the next sentence is the district's own again
    assert subject_and_level(figure_at(rows, SETTINGS, "nhận 41", "41")) == ("UBND huyện Văn Chấn", "huyện")
    assert subject_and_level(figure_at(rows, SETTINGS, "nhận 3.011", "3.011")) == ("cấp huyện", "huyện")
    # a named body keeps its own
    assert subject_and_level(figure_at(rows, SETTINGS, "nhận 512", "512")) == ("xã Tân Lập", "xã")


def test_a_setting_of_two_levels_names_no_one_level():
    rows = _figures(SETTINGS, issuer="UBND huyện Văn Chấn")
    assert figure_at(rows, SETTINGS, "hóa 7.306", "7.306").subject != "cấp huyện"


def test_remaining_bodies_of_a_level_are_not_the_level_itself():
    text = "Ở cấp huyện, UBND huyện Mù Cang Chải đạt 99,10%, các UBND cấp huyện còn lại đạt 96,40%.\n"
    rows = _figures(text)
    assert subject_and_level(figure_at(rows, text, "đạt 99,10%", "99,10%")) == ("UBND huyện Mù Cang Chải", "huyện")
    assert figure_at(rows, text, "đạt 96,40%", "96,40%").subject == "các UBND cấp huyện"


# ---------------------------------------------------------------- names with an apostrophe

def test_a_name_joined_by_an_apostrophe_is_one_name():
    text = "UBND huyện Đắk R'Lấp giảm 1,85 điểm, huyện Ea H'Leo tăng 0,42 điểm."
    assert [m.text for m in find_subjects(text)] == ["UBND huyện Đắk R'Lấp", "huyện Ea H'Leo"]
    rows = _figures(text + "\n")
    assert subject_and_level(figure_at(rows, text, "giảm 1,85", "1,85")) == ("UBND huyện Đắk R'Lấp", "huyện")
    assert subject_and_level(figure_at(rows, text, "tăng 0,42", "0,42")) == ("huyện Ea H'Leo", "huyện")


def _deadlines(text: str, issued: str = "2025-07-02") -> list:
    return extract_deadlines(text, [DocumentMeta(issued_date=issued, start=0, end=len(text))])


def test_an_assignee_named_with_an_apostrophe_stops_before_the_task():
    [deadline] = _deadlines("2. Sở Y tế, UBND huyện Ea H'Leo đánh giá lại quy trình tiếp nhận hồ sơ, gửi kết quả "
                            "trước ngày 20/7/2025.\n")
    assert deadline.due_date == "2025-07-20"
    assert deadline.assignee == "Sở Y tế, UBND huyện Ea H'Leo"


# ---------------------------------------------------------------- a clause that only says `finish by`

@pytest.mark.parametrize("ending", ["hoàn tất trước ngày 15/8/2024", "xong trước ngày 15/8/2024"])
def test_a_clause_that_only_completes_takes_the_items_main_task(ending):
    text = f"3. Trung tâm Phục vụ hành chính công số hóa toàn bộ hồ sơ tồn đọng năm 2023; {ending}.\n"
    [deadline] = _deadlines(text, issued="2024-07-05")
    assert deadline.due_date == "2024-08-15"
    assert "số hóa toàn bộ hồ sơ tồn đọng năm 2023" in deadline.task
    assert deadline.assignee == "Trung tâm Phục vụ hành chính công"


# ---------------------------------------------------------------- a ranking table on the index

RANKING = """Kết quả cụ thể của các phường, xã:

| STT | Tên đơn vị | Điểm quý I/2025 | Điểm quý II/2025 | Chênh lệch điểm | Thứ hạng quý II/2025 | Tăng, giảm bậc |
|---|---|---|---|---|---|---|
| 1 | Phường Hòa Bình | 85,40 | 87,10 | +1,70 | 2 | +1 |
| 2 | Xã Tân Phú | 88,20 | 89,05 | +0,85 | 1 | 0 |
| 3 | Xã Đông Sơn | 86,90 | 86,15 | -0,75 | 3 | -1 |
| | Bình quân các phường, xã | 86,83 | 87,43 | +0,60 | | |
"""


INDEX_REPORT = "Báo cáo tình hình thực hiện Bộ chỉ số quý II năm 2025"


def _cells(text: str, title: str | None = None, period_end: str = "2025-06-30") -> list[Indicator]:
    parts = [DocumentMeta(title=title, period_end=period_end, start=0, end=len(text))]
    return table_indicators(text, find_tables(text, []), parts)


def _cell(cells: list[Indicator], text: str, context: str, raw: str) -> Indicator:
    start = text.index(context) + context.index(raw)
    return next(cell for cell in cells if cell.start == start)


def test_bare_scores_in_a_report_titled_by_the_index_are_its_total():
    cells = _cells(RANKING, title=INDEX_REPORT)
    earlier = _cell(cells, RANKING, "| 85,40 |", "85,40")
    later = _cell(cells, RANKING, "| 87,10 |", "87,10")
    change = _cell(cells, RANKING, "+1,70", "+1,70")
    rank = _cell(cells, RANKING, "| 2 | +1 |", "2")
    assert (earlier.unit, earlier.kind, earlier.as_of, earlier.code) == ("điểm", "value", "2025-03-31", "766.tong_hop")
    assert (later.as_of, later.code) == ("2025-06-30", "766.tong_hop")
    assert (change.value, change.unit, change.kind, change.code) == (1.70, "điểm", "change", "766.tong_hop")
    assert (rank.unit, rank.kind, rank.code) == ("hạng", "rank", "766.xep_hang")
    assert subject_and_level(earlier) == ("Phường Hòa Bình", "xã")


def test_a_change_counted_in_places_is_a_change_of_the_rank():
    cells = _cells(RANKING, title=INDEX_REPORT)
    rise = _cell(cells, RANKING, "| +1 |", "+1")
    fall = _cell(cells, RANKING, "| -1 |", "-1")
    same = _cell(cells, RANKING, "| 1 | 0 |", "0")
    for cell, value in ((rise, 1), (fall, -1), (same, 0)):
        assert (cell.value, cell.unit, cell.kind, cell.code) == (value, "hạng", "change", "766.xep_hang")


def test_the_average_row_of_a_levels_units_is_at_that_level():
    cells = _cells(RANKING, title=INDEX_REPORT)
    average = _cell(cells, RANKING, "| 86,83 |", "86,83")
    assert subject_and_level(average) == ("Bình quân các phường, xã", "xã")
    assert (average.as_of, average.code) == ("2025-03-31", "766.tong_hop")
    rise = _cell(cells, RANKING, "+0,60", "+0,60")
    assert (rise.level, rise.kind, rise.code) == ("xã", "change", "766.tong_hop")


def test_a_ranking_under_a_title_naming_no_index_keeps_its_scores_uncoded():
    text = RANKING
    cells = _cells(text, title="Báo cáo kết quả thi đua khen thưởng quý II năm 2025")
    assert _cell(cells, text, "| 85,40 |", "85,40").code is None
    assert _cell(cells, text, "| -1 |", "-1").unit == "hạng"  # the places are still places


TAB_RANKING = ("Kết quả xếp hạng Bộ chỉ số năm 2024 của các xã:\n\n"
               "TT\tTên xã\tĐiểm\tXếp hạng\n"
               "1\tXã Hợp Thành\t91,26\t1\n"
               "2\tXã Phú Cường\t84,70\t2\n")


def test_a_tab_ranking_titled_by_the_index_rank_codes_its_bare_scores_as_the_total():
    cells = _cells(TAB_RANKING, title="Báo cáo kết quả cải cách thủ tục hành chính năm 2024", period_end="2024-12-31")
    score = _cell(cells, TAB_RANKING, "\t91,26\t", "91,26")
    assert (score.unit, score.kind, score.code, score.level) == ("điểm", "value", "766.tong_hop", "xã")
