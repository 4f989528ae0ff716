"""Prose figure kinds, codes and dates first measured on blind set 13, one wording form per test. The sentences are
written for these tests in other words than the blind documents; expected values are read from each sentence."""

from __future__ import annotations

from figure_lookup import figure_at

from extractor.extract.figures import extract_figures
from extractor.models import DocumentMeta, Indicator

PERIOD_END = "2024-12-31"


def _figures(text: str, period_end: str = PERIOD_END) -> list[Indicator]:
    return extract_figures(text, [DocumentMeta(period_end=period_end, end=len(text))], [])



def test_a_bracketed_count_after_chu_yeu_and_a_field_is_a_part_of_the_count_before_it():
    text = ("Phòng đã giải quyết 2.140 hồ sơ; quá hạn 35 hồ sơ (1,6%), chủ yếu ở lĩnh vực đất đai (29 hồ sơ) do "
            "chờ kết quả đo đạc.")
    rows = _figures(text)
    part = figure_at(rows, text, "(29 hồ sơ)", "29")
    assert (part.kind, part.value, part.unit, part.code) == ("count", 29, "hồ sơ", "766.tien_do.qua_han")


def test_a_bracketed_count_after_tap_trung_tai_a_field_is_a_part_of_the_count_before_it():
    text = "Đã giải quyết 800 hồ sơ; quá hạn 12 hồ sơ (1,5%), tập trung tại lĩnh vực tư pháp (9 hồ sơ)."
    rows = _figures(text)
    part = figure_at(rows, text, "(9 hồ sơ)", "9")
    assert (part.kind, part.value, part.code) == ("count", 9, "766.tien_do.qua_han")


def test_a_goal_compared_with_in_a_clause_of_its_own_is_the_goal_of_the_share_before_it():
    text = ("Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC của Phòng đạt 81,3% (quý trước: 75,1%); so với chỉ tiêu "
            "huyện giao năm 2024 là 70% thì đã vượt chỉ tiêu.")
    rows = _figures(text)
    value = figure_at(rows, text, "đạt 81,3%", "81,3%")
    goal = figure_at(rows, text, "là 70%", "70%")
    assert value.code is not None
    assert (goal.kind, goal.value, goal.unit, goal.code, goal.as_of) == ("target", 70, "%", value.code,
                                                                         "2024-12-31")


def test_a_series_of_goals_compared_with_in_a_clause_of_its_own_are_goals_of_the_shares_before_it():
    text = ("Tỷ lệ hồ sơ thanh toán trực tuyến của cấp huyện là 58,4%, của cấp xã là 47,2%; so với chỉ tiêu được "
            "giao năm 2024 tương ứng là 50% và 45% thì cả hai cấp đều vượt.")
    rows = _figures(text)
    for context, raw, value in (("là 50%", "50%", 50), ("và 45%", "45%", 45)):
        goal = figure_at(rows, text, context, raw)
        assert (goal.kind, goal.value, goal.unit, goal.code) == ("target", value, "%", "766.thanh_toan.ho_so")


def test_a_number_after_thu_opening_a_list_line_is_the_rank_of_the_unit_it_names():
    text = ("Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp của các xã, thị trấn năm 2024 như sau:\n"
            "- Thứ 1: Thị trấn Long Điền, đạt 90,87 điểm;\n"
            "- Thứ 2: xã Tam An, đạt 88,10 điểm;\n"
            "- Hạng 3: xã An Ngãi, đạt 85,02 điểm.\n")
    rows = _figures(text)
    for context, raw, value in (("Thứ 1:", "1", 1), ("Thứ 2:", "2", 2), ("Hạng 3:", "3", 3)):
        rank = figure_at(rows, text, context, raw)
        assert (rank.kind, rank.value, rank.unit, rank.max_value, rank.code) == ("rank", value, "hạng", None,
                                                                                 "766.xep_hang")
    score = figure_at(rows, text, "đạt 88,10 điểm", "88,10")
    assert (score.kind, score.value, score.unit, score.max_value, score.code) == ("value", 88.1, "điểm", None,
                                                                                  "766.tong_hop")


def test_a_number_after_thu_in_running_prose_is_no_list_rank():
    text = "Ngày thứ 2: tổ công tác làm việc với 05 xã về việc số hóa hồ sơ.\n"
    rows = _figures(text)
    assert not [row for row in rows if row.raw == "2"]


def test_an_earlier_value_in_brackets_opened_by_ngay_and_a_date_is_dated_that_day():
    text = ("Điểm bình quân của các xã, phường đạt 84,20 điểm (ngày 30/9/2024: 82,75 điểm), tăng 1,45 điểm.\n")
    rows = _figures(text)
    earlier = figure_at(rows, text, "82,75 điểm", "82,75")
    assert (earlier.kind, earlier.value, earlier.unit, earlier.as_of) == ("previous", 82.75, "điểm", "2024-09-30")
    current = figure_at(rows, text, "đạt 84,20", "84,20")
    assert (current.kind, current.as_of) == ("value", PERIOD_END)
