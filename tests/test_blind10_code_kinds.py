"""Prose figure kinds, codes and dates first measured on blind set 10, one wording form per test. The sentences are
written for these tests in other words than the blind documents; expected values are read from each sentence."""

from __future__ import annotations

from figure_lookup import figure_at

from extractor.extract.figures import extract_figures
from extractor.models import DocumentMeta, Indicator

PERIOD_END = "2025-06-30"


def _figures(text: str) -> list[Indicator]:
    return extract_figures(text, [DocumentMeta(period_end=PERIOD_END, end=len(text))], [])



def test_named_parts_in_brackets_without_colons_are_counts_of_the_whole():
    text = ("Huyện đang thực hiện 420 thủ tục hành chính (lĩnh vực đất đai 96, lĩnh vực tư pháp 58, các lĩnh vực "
            "khác 266).")
    rows = _figures(text)
    for context, raw, value in (("đất đai 96", "96", 96), ("tư pháp 58", "58", 58), ("khác 266", "266", 266)):
        row = figure_at(rows, text, context, raw)
        assert (row.value, row.unit, row.kind) == (value, "TTHC", "count")


def test_named_parts_adding_up_to_more_than_the_whole_are_not_its_parts():
    text = "Huyện đang thực hiện 120 thủ tục hành chính (lĩnh vực đất đai 96, lĩnh vực tư pháp 58)."
    rows = _figures(text)
    assert not [row for row in rows if row.raw in ("96", "58")]


def test_named_parts_name_their_indicator_with_the_unit():
    text = "Phường cung cấp 205 thủ tục dưới hình thức dịch vụ công trực tuyến (một phần 81, toàn trình 124)."
    rows = _figures(text)
    assert figure_at(rows, text, "một phần 81", "81").code == "766.dvctt.mot_phan"
    assert figure_at(rows, text, "toàn trình 124", "124").code == "766.dvctt.toan_trinh"


def test_a_series_of_scores_takes_the_unit_after_it_and_the_nth_name():
    text = ("Kết quả các nhóm: Số hóa hồ sơ; Thanh toán trực tuyến và Tiến độ, kết quả giải quyết tương ứng là "
            "18,2/22; 7,1/10 và 18,9/20 điểm.")
    rows = _figures(text)
    expected = (("là 18,2/22", "18,2/22", 22, "766.so_hoa"), ("; 7,1/10", "7,1/10", 10, "766.thanh_toan"),
                ("và 18,9/20", "18,9/20", 20, "766.tien_do"))
    for context, raw, max_value, code in expected:
        row = figure_at(rows, text, context, raw)
        assert (row.unit, row.max_value, row.kind, row.code) == ("điểm", max_value, "value", code)


def test_a_series_after_a_target_word_is_all_targets():
    text = ("Tỷ lệ hồ sơ nộp trực tuyến của cấp tỉnh, cấp huyện và cấp xã đạt 71%, 55% và 38% (mục tiêu tương ứng "
            "là 70%, 50% và 35%).")
    rows = _figures(text)
    for context, value in (("là 70%", 70), (" 50% và", 50), ("và 35%", 35)):
        row = figure_at(rows, text, context, context.strip(" và").split()[-1])
        assert (row.value, row.kind, row.code) == (value, "target", "766.dvctt.nop_truc_tuyen")
    assert figure_at(rows, text, "đạt 71%", "71%").kind == "value"


def test_parts_after_trong_do_in_a_series_count_what_the_whole_counts():
    text = ("Quý II, toàn tỉnh tiếp nhận 52.300 hồ sơ, tăng 6,1% so với quý I, trong đó cấp huyện và cấp xã lần lượt "
            "là 20.100 hồ sơ và 32.200 hồ sơ.")
    rows = _figures(text)
    assert figure_at(rows, text, "là 20.100", "20.100").code == "ho_so.tiep_nhan"
    assert figure_at(rows, text, "và 32.200", "32.200").code == "ho_so.tiep_nhan"


def test_a_bracketed_part_after_a_count_counts_what_the_count_counts():
    text = "Trung tâm tiếp nhận 9.870 hồ sơ (riêng lĩnh vực hộ tịch 4.020 hồ sơ), tăng 5% so với quý trước."
    row = figure_at(_figures(text), text, "hộ tịch 4.020", "4.020")
    assert (row.unit, row.kind, row.code) == ("hồ sơ", "count", "ho_so.tiep_nhan")


def test_bracketed_parts_split_by_semicolons_count_the_pakn_received():
    text = "Xã tiếp nhận 05 phản ánh, kiến nghị (03 về đất đai; 02 về vệ sinh môi trường), đã trả lời 05 PAKN."
    rows = _figures(text)
    assert figure_at(rows, text, "(03 về", "03").code == "pakn.tiep_nhan"
    assert figure_at(rows, text, "; 02 về", "02").code == "pakn.tiep_nhan"


def test_a_running_total_and_its_share_take_the_code_of_the_count_before():
    text = ("Trong quý, phường kích hoạt mới 615 tài khoản định danh điện tử; lũy kế 8.240 tài khoản, đạt 79,5% số "
            "người dân đủ điều kiện.")
    rows = _figures(text)
    assert figure_at(rows, text, "kế 8.240", "8.240").code == "tai_khoan_dinh_danh"
    assert figure_at(rows, text, "đạt 79,5%", "79,5%").code == "tai_khoan_dinh_danh"


def test_a_figure_joined_to_a_change_by_va_is_a_change():
    text = "Năm 2024 huyện đạt 88,1/100 điểm, xếp thứ 4/9 huyện, giảm 1,2 điểm và 2 bậc so với năm 2023."
    row = figure_at(_figures(text), text, "và 2 bậc", "2")
    assert (row.value, row.unit, row.kind) == (-2, "hạng", "change")


def test_an_earlier_value_after_a_year_and_a_pronoun_is_dated_that_year():
    text = "Tỷ lệ hồ sơ giải quyết quá hạn còn 0,9% (năm 2024 con số này là 2,1%)."
    row = figure_at(_figures(text), text, "là 2,1%", "2,1%")
    assert (row.kind, row.as_of, row.code) == ("previous", "2024-12-31", "766.tien_do.qua_han")


def test_an_earlier_rank_in_brackets_is_dated_at_that_quarter():
    text = "Sở Tư pháp đạt 91,02/100 điểm, xếp thứ 2/19 sở, ngành (quý IV/2024 đứng thứ 6/19)."
    row = figure_at(_figures(text), text, "thứ 6/19", "6/19")
    assert (row.kind, row.as_of, row.unit, row.max_value) == ("previous", "2024-12-31", "hạng", 19)


def test_a_named_target_with_its_year_is_a_target_due_that_year():
    text = ("Chỉ tiêu tỷ lệ hồ sơ nộp trực tuyến năm 2025 Chủ tịch UBND tỉnh giao cho huyện là 65%, tính đến ngày "
            "30/6/2025 huyện đạt 58,4%.")
    rows = _figures(text)
    target = figure_at(rows, text, "là 65%", "65%")
    assert (target.kind, target.as_of, target.code) == ("target", "2025-12-31", "766.dvctt.nop_truc_tuyen")
    assert figure_at(rows, text, "đạt 58,4%", "58,4%").kind == "value"


def test_a_bracketed_goal_set_by_someone_for_a_year_is_a_target():
    text = "Tỷ lệ số hóa kết quả giải quyết TTHC đạt 81,3% (chỉ tiêu Bộ giao năm 2025: 75%)."
    row = figure_at(_figures(text), text, ": 75%", "75%")
    assert row.kind == "target"


def test_a_goal_due_at_the_end_of_a_later_year_named_before_it():
    text = "Phấn đấu đến cuối năm 2026 tỷ lệ hồ sơ thanh toán trực tuyến của cấp xã đạt tối thiểu 60%."
    row = figure_at(_figures(text), text, "tối thiểu 60%", "60%")
    assert (row.kind, row.as_of) == ("target", "2026-12-31")


def test_procedures_announced_on_time_with_duoc():
    text = "Trong kỳ, tỷ lệ thủ tục hành chính được công bố đúng hạn đạt 98,5%."
    assert figure_at(_figures(text), text, "đạt 98,5%", "98,5%").code == "766.cong_khai.cong_bo_dung_han"


def test_the_count_behind_a_pakn_share_takes_its_code():
    text = "Thị xã đã giải quyết 44 phản ánh, kiến nghị, trong đó giải quyết đúng hạn 42 phản ánh, kiến nghị."
    row = figure_at(_figures(text), text, "hạn 42", "42")
    assert (row.unit, row.code) == ("PAKN", "766.hai_long.pakn_dung_han")


def test_pakn_handled_written_xong_and_over_a_total():
    text = "Trong tháng, huyện nhận 9 phản ánh, kiến nghị, xử lý xong 9/9 PAKN đúng quy định."
    row = figure_at(_figures(text), text, "xong 9/9", "9/9")
    assert (row.value, row.max_value, row.unit, row.code) == (9, 9, "PAKN", "pakn.da_xu_ly")


def test_reception_points_are_a_count_not_a_score():
    text = "Ngoài Bộ phận Một cửa, huyện bố trí thêm 03 điểm tiếp nhận hồ sơ tại các cụm xã."
    row = figure_at(_figures(text), text, "thêm 03", "03")
    assert (row.value, row.unit, row.kind, row.code) == (3, "điểm tiếp nhận", "count", None)


def test_a_count_of_files_is_not_coded_by_a_share_of_procedures():
    text = "Thanh toán trực tuyến: 640/900 hồ sơ có yêu cầu nghĩa vụ tài chính đã thanh toán qua Cổng."
    row = figure_at(_figures(text), text, "640/900", "640/900")
    assert (row.unit, row.code) == ("hồ sơ", "766.thanh_toan.ho_so")
