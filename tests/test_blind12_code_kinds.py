"""Prose figure kinds, codes and dates first measured on blind set 12, one wording form per test. The sentences are
written for these tests in other words than the blind documents; expected values are read from each sentence."""

from __future__ import annotations

from figure_lookup import figure_at

from extractor.extract.figures import extract_figures
from extractor.models import DocumentMeta, Indicator

PERIOD_END = "2024-08-31"


def _figures(text: str) -> list[Indicator]:
    return extract_figures(text, [DocumentMeta(period_end=PERIOD_END, end=len(text))], [])



def _absent(rows: list[Indicator], text: str, context: str, raw: str) -> None:
    start = text.index(context) + context.index(raw)
    assert not [row for row in rows if row.start == start], f"{raw!r} in {context!r} is no figure"


def test_bare_parts_of_a_bracketed_breakdown_whose_names_hold_a_comma_are_counts_of_its_unit():
    text = ("Trong tháng, UBND tỉnh công bố 64 thủ tục hành chính (ban hành mới 20, thay thế, điều chỉnh 30, "
            "hủy bỏ 14) thuộc thẩm quyền của các sở.")
    rows = _figures(text)
    for context, raw, value in (("mới 20", "20", 20), ("chỉnh 30", "30", 30), ("bỏ 14", "14", 14)):
        row = figure_at(rows, text, context, raw)
        assert (row.kind, row.value, row.unit) == ("count", value, "TTHC")


def test_bare_parts_listed_after_trong_do_take_the_unit_their_last_part_writes():
    text = ("Tổng số TTHC thuộc thẩm quyền giải quyết của huyện là 402 thủ tục, trong đó cấp huyện 298 và cấp xã "
            "104 thủ tục.")
    rows = _figures(text)
    for context, raw, value in (("huyện 298", "298", 298), ("xã 104", "104", 104)):
        row = figure_at(rows, text, context, raw)
        assert (row.kind, row.value, row.unit, row.code) == ("count", value, "TTHC", "tthc.tong_so")


def test_listed_parts_adding_up_to_more_than_the_count_before_them_are_not_its_parts():
    text = "Phòng đã nhận 50 hồ sơ, trong đó lĩnh vực đất đai 40, lĩnh vực xây dựng 30 hồ sơ."
    rows = _figures(text)
    _absent(rows, text, "đất đai 40", "40")


def test_a_count_of_procedures_provided_partly_online_and_its_bracketed_share_are_that_indicator():
    text = "Toàn tỉnh có 95 thủ tục cung cấp dịch vụ công trực tuyến một phần (28,5%)."
    rows = _figures(text)
    count = figure_at(rows, text, "có 95", "95")
    share = figure_at(rows, text, "(28,5%)", "28,5%")
    assert (count.kind, count.value, count.unit, count.code) == ("count", 95, "TTHC", "766.dvctt.mot_phan")
    assert (share.kind, share.value, share.unit, share.code) == ("value", 28.5, "%", "766.dvctt.mot_phan")


def test_every_clause_of_a_bracket_that_names_its_own_earlier_period_is_an_earlier_value_of_that_period():
    text = ("Trong tháng 8, Trung tâm tiếp nhận 5.120 hồ sơ (tháng trước: 4.870 hồ sơ; cùng kỳ năm trước: "
            "4.015 hồ sơ), chủ yếu lĩnh vực đất đai.")
    rows = _figures(text)
    last_month = figure_at(rows, text, "trước: 4.870", "4.870")
    last_year = figure_at(rows, text, "trước: 4.015", "4.015")
    assert (last_month.kind, last_month.as_of, last_month.code) == ("previous", "2024-07-31", "ho_so.tiep_nhan")
    assert (last_year.kind, last_year.value, last_year.unit, last_year.as_of, last_year.code) == (
        "previous", 4015, "hồ sơ", "2023-08-31", "ho_so.tiep_nhan")


def test_an_earlier_rank_written_after_the_period_and_a_colon_is_previous():
    text = "Tháng 8/2024, Sở Xây dựng xếp thứ 5/21 cơ quan (tháng trước: hạng 9/21)."
    rows = _figures(text)
    rank = figure_at(rows, text, "hạng 9/21", "9/21")
    assert (rank.kind, rank.value, rank.max_value, rank.unit, rank.as_of) == ("previous", 9, 21, "hạng", "2024-07-31")
    assert figure_at(rows, text, "thứ 5/21", "5/21").kind == "rank"


def test_counts_of_a_dash_list_opened_by_a_split_by_field_are_the_files_received():
    text = ("Quý III, Sở tiếp nhận 912 hồ sơ. Chi tiết theo lĩnh vực:\n"
            "- Đất đai: 500 hồ sơ;\n"
            "- Xây dựng: 412 hồ sơ.")
    rows = _figures(text)
    for context, raw in (("đai: 500", "500"), ("dựng: 412", "412")):
        row = figure_at(rows, text, context, raw)
        assert (row.kind, row.unit, row.code) == ("count", "hồ sơ", "ho_so.tiep_nhan")


def test_certificates_counted_in_phieu_are_counts_of_phieu_with_no_code():
    text = "Trong tháng, Trung tâm đã trả 356 phiếu lý lịch tư pháp qua dịch vụ bưu chính."
    rows = _figures(text)
    row = figure_at(rows, text, "356 phiếu", "356")
    assert (row.kind, row.value, row.unit, row.code) == ("count", 356, "phiếu", None)


def test_a_bodys_score_too_high_for_a_group_is_the_total_in_a_report_naming_only_the_index_groups():
    text = ("Kết quả đánh giá năm 2024: nhóm Số hóa hồ sơ của huyện đạt 18,2/22 điểm.\n"
            "Cao nhất là phường An Lạc với 92,48 điểm, thấp nhất là xã Bình Minh (80,15 điểm).")
    rows = _figures(text)
    for context, raw in (("với 92,48", "92,48"), ("(80,15", "80,15")):
        row = figure_at(rows, text, context, raw)
        assert (row.kind, row.unit, row.max_value, row.code) == ("value", "điểm", None, "766.tong_hop")


def test_a_change_in_points_after_a_named_group_is_that_groups_change():
    text = ("Điểm nhóm Dịch vụ công trực tuyến đạt 9,1/12; Số hóa hồ sơ đạt 19,2/22. So với quý trước, "
            "nhóm Công khai, minh bạch giảm 0,35 điểm, còn nhóm Tiến độ, kết quả giải quyết tăng 1,2 điểm.")
    rows = _figures(text)
    fall = figure_at(rows, text, "giảm 0,35", "0,35")
    rise = figure_at(rows, text, "tăng 1,2", "1,2")
    assert (fall.kind, fall.value, fall.code) == ("change", -0.35, "766.cong_khai")
    assert (rise.kind, rise.value, rise.code) == ("change", 1.2, "766.tien_do")


def test_a_bodys_change_in_points_naming_no_group_is_a_change_of_its_total_score():
    text = ("Về Bộ chỉ số, nhóm Thanh toán trực tuyến của tỉnh đạt 7,2/10 điểm.\n\n"
            "UBND thị xã Ba Đồn cải thiện nhiều nhất (tăng 3,15 điểm, tăng 4 bậc).")
    rows = _figures(text)
    row = figure_at(rows, text, "tăng 3,15", "3,15")
    assert (row.kind, row.value, row.unit, row.code) == ("change", 3.15, "điểm", "766.tong_hop")


def test_a_goal_set_within_a_year_is_due_at_its_end():
    text = "Phấn đấu trong năm 2026 tỷ lệ hồ sơ nộp trực tuyến của cấp huyện đạt tối thiểu 70%."
    rows = _figures(text)
    row = figure_at(rows, text, "tối thiểu 70%", "70%")
    assert (row.kind, row.value, row.as_of) == ("target", 70, "2026-12-31")
