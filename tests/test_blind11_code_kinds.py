"""Prose figure kinds, codes and dates first measured on blind set 11, one wording form per test. The sentences are
written for these tests in other words than the blind documents; expected values are read from each sentence."""

from __future__ import annotations

from figure_lookup import figure_at

from extractor.extract.figures import extract_figures
from extractor.models import DocumentMeta, Indicator

PERIOD_END = "2025-09-30"


def _figures(text: str) -> list[Indicator]:
    return extract_figures(text, [DocumentMeta(period_end=PERIOD_END, end=len(text))], [])



def test_an_earlier_group_score_after_a_quarter_written_with_nam_is_previous_on_the_group_scale():
    text = ("Các nhóm chỉ số của tỉnh như sau:\n"
            "- Số hóa hồ sơ: 19,40/22 điểm (quý II năm 2025: 18,06 điểm).\n"
            "- Thanh toán trực tuyến: 8,15/10 điểm (quý II năm 2025: 8,70 điểm).")
    rows = _figures(text)
    for context, raw, value, max_value, code in (("2025: 18,06", "18,06", 18.06, 22, "766.so_hoa"),
                                                 ("2025: 8,70", "8,70", 8.7, 10, "766.thanh_toan")):
        row = figure_at(rows, text, context, raw)
        assert (row.kind, row.value, row.unit, row.max_value, row.as_of, row.code) == (
            "previous", value, "điểm", max_value, "2025-06-30", code)


def test_an_earlier_rank_after_months_from_the_year_start_is_dated_at_their_last_month():
    text = "Trong quý III năm 2025, thị xã đạt 88,10 điểm, đứng thứ 2/9 (6 tháng đầu năm đứng thứ 6/9)."
    rows = _figures(text)
    rank = figure_at(rows, text, "thứ 6/9", "6/9")
    assert (rank.kind, rank.value, rank.max_value, rank.unit, rank.as_of) == ("previous", 6, 9, "hạng", "2025-06-30")
    assert figure_at(rows, text, "thứ 2/9", "2/9").kind == "rank"


def test_every_figure_of_a_bracket_opened_by_an_earlier_period_is_previous():
    text = ("Năm 2025, Sở Xây dựng đạt 89,40 điểm, xếp thứ 6/20 cơ quan (năm 2024: 86,75 điểm, xếp hạng 9/20), "
            "theo kết quả đánh giá của UBND tỉnh.")
    rows = _figures(text)
    score = figure_at(rows, text, "2024: 86,75", "86,75")
    rank = figure_at(rows, text, "hạng 9/20", "9/20")
    assert (score.kind, score.as_of, score.code) == ("previous", "2024-12-31", "766.tong_hop")
    assert (rank.kind, rank.value, rank.max_value, rank.as_of) == ("previous", 9, 20, "2024-12-31")
    assert figure_at(rows, text, "thứ 6/20", "6/20").kind == "rank"


def test_an_earlier_score_of_a_body_states_no_scale_when_its_current_score_states_none():
    text = ("Theo kết quả đánh giá Bộ chỉ số 766, quý III/2025 Sở Tư pháp đạt 92,15 điểm (quý II/2025: 90,80 điểm); "
            "tỉnh đạt 84,12 điểm (quý II/2025: 83,05 điểm).")
    rows = _figures(text)
    body = figure_at(rows, text, "90,80", "90,80")
    assert (body.kind, body.max_value, body.as_of, body.subject, body.code) == (
        "previous", None, "2025-06-30", "Sở Tư pháp", "766.tong_hop")
    province = figure_at(rows, text, "83,05", "83,05")
    assert (province.kind, province.max_value, province.as_of, province.subject) == (
        "previous", 100, "2025-06-30", None)


def test_nouns_of_plans_fields_and_staff_after_a_number_are_counts():
    text = ("Phòng Tư pháp đã tham mưu ban hành 07 kế hoạch về cải cách hành chính; các thủ tục được chia thành "
            "11 lĩnh vực. Phòng phân công 04 công chức tiếp nhận hồ sơ tại Bộ phận Một cửa.")
    rows = _figures(text)
    for context, raw, value, unit in (("07 kế hoạch", "07", 7, "kế hoạch"), ("11 lĩnh vực", "11", 11, "lĩnh vực"),
                                      ("04 công chức", "04", 4, "công chức")):
        row = figure_at(rows, text, context, raw)
        assert (row.kind, row.value, row.unit, row.code) == ("count", value, unit, None)


def test_procedures_listed_publicly_are_the_procedures_in_force():
    text = "Bộ phận Một cửa các phường đã niêm yết 96 TTHC cấp xã đúng quy định."
    row = figure_at(_figures(text), text, "niêm yết 96", "96")
    assert (row.kind, row.unit, row.code) == ("count", "TTHC", "tthc.tong_so")


def test_a_running_total_of_a_scope_after_a_linking_verb_counts_what_the_sentence_counted():
    text = ("Trong quý, các phường đã hỗ trợ người dân tạo thêm 1.184 tài khoản định danh điện tử; lũy kế toàn "
            "thành phố là 64.920 tài khoản.")
    row = figure_at(_figures(text), text, "là 64.920", "64.920")
    assert (row.kind, row.unit, row.code) == ("count", "tài khoản", "tai_khoan_dinh_danh")


def test_a_goal_in_its_own_clause_is_the_goal_of_the_figures_before_it():
    text = ("Tỷ lệ số hóa hồ sơ của cấp tỉnh đạt 82,4%, cấp xã đạt 64,1%; chỉ tiêu Chính phủ giao năm 2025 là 100% "
            "(chưa đạt).")
    row = figure_at(_figures(text), text, "là 100%", "100%")
    assert (row.kind, row.value, row.code, row.as_of) == ("target", 100, "766.so_hoa.ho_so", "2025-12-31")


def test_a_goal_clause_naming_its_own_indicator_keeps_it():
    text = "Tỷ lệ số hóa hồ sơ đạt 82,4%; chỉ tiêu tỷ lệ thanh toán trực tuyến năm 2025 là 45%."
    row = figure_at(_figures(text), text, "là 45%", "45%")
    assert (row.kind, row.code) == ("target", "766.thanh_toan.ho_so")


def test_counts_in_brackets_after_ranked_parts_are_parts_of_the_count_before_them():
    text = ("Trong kỳ, Sở tiếp nhận 2.610 hồ sơ (kỳ trước chuyển sang 41 hồ sơ), cao nhất là lĩnh vực xây dựng "
            "(1.204 hồ sơ), tiếp theo là quy hoạch (655 hồ sơ).")
    rows = _figures(text)
    for context, raw, value in (("(1.204 hồ sơ)", "1.204", 1204), ("(655 hồ sơ)", "655", 655)):
        row = figure_at(rows, text, context, raw)
        assert (row.kind, row.value, row.unit, row.code) == ("count", value, "hồ sơ", "ho_so.tiep_nhan")
