"""Codes, kinds and dates of prose figures, one wording form per test (sentences written for these tests; the
expected values are read from each sentence)."""

from __future__ import annotations

import pytest
from figure_lookup import figure_at

from extractor.extract import catalog
from extractor.extract.figures import extract_figures
from extractor.models import DocumentMeta, Indicator

PERIOD_END = "2024-12-31"


def _figures(text: str, period_end: str = PERIOD_END) -> list[Indicator]:
    return extract_figures(text, [DocumentMeta(period_end=period_end, end=len(text))], [])



def test_count_named_by_the_words_after_it_not_by_the_item_before():
    text = ("Huyện đang thực hiện 305 thủ tục hành chính, trong đó 190 thủ tục được cung cấp dịch vụ công trực "
            "tuyến toàn trình và 115 TTHC cung cấp một phần.")
    rows = _figures(text)
    assert figure_at(rows, text, "thực hiện 305", "305").code == "tthc.tong_so"
    assert figure_at(rows, text, "đó 190", "190").code == "766.dvctt.toan_trinh"
    partial = figure_at(rows, text, "và 115", "115")
    assert (partial.value, partial.unit, partial.kind, partial.code) == (115, "TTHC", "count", "766.dvctt.mot_phan")


def test_count_named_after_it_by_a_catalogued_name_holding_a_comma():
    text = "Trong tháng, có 1.204 hồ sơ được thanh toán phí, lệ phí trực tuyến trên tổng số 2.000 hồ sơ phải nộp phí."
    row = figure_at(_figures(text), text, "có 1.204", "1.204")
    assert (row.value, row.kind, row.code) == (1204, "count", "766.thanh_toan.ho_so")


def test_counts_named_by_a_field_in_a_breakdown_by_field():
    text = "Chia theo lĩnh vực: đất đai 2.310 hồ sơ; hộ tịch, chứng thực 845 hồ sơ."
    rows = _figures(text)
    assert figure_at(rows, text, "đai 2.310", "2.310").code == "ho_so.tiep_nhan"
    assert figure_at(rows, text, "thực 845", "845").code == "ho_so.tiep_nhan"


def test_change_and_earlier_value_of_a_count_share_its_code():
    text = "Toàn huyện đã tiếp nhận 12.500 hồ sơ, giảm 1.340 hồ sơ so với quý III/2024 (13.840 hồ sơ)."
    rows = _figures(text)
    change = figure_at(rows, text, "giảm 1.340", "1.340")
    assert (change.kind, change.value, change.code) == ("change", -1340, "ho_so.tiep_nhan")
    earlier = figure_at(rows, text, "(13.840", "13.840")
    assert (earlier.kind, earlier.as_of, earlier.code) == ("previous", "2024-09-30", "ho_so.tiep_nhan")


def test_share_of_a_group_count_and_the_rate_compared_a_year_earlier():
    text = ("Trong kỳ, số hồ sơ nộp qua dịch vụ công trực tuyến là 9.100 hồ sơ, chiếm 72,8% tổng số hồ sơ tiếp nhận, "
            "thấp hơn 3,1% so với tỷ lệ cùng kỳ năm trước là 75,9%.")
    rows = _figures(text)
    share = figure_at(rows, text, "chiếm 72,8%", "72,8%")
    assert (share.kind, share.code, share.as_of) == ("value", "766.dvctt.nop_truc_tuyen", PERIOD_END)
    change = figure_at(rows, text, "hơn 3,1%", "3,1%")
    assert (change.kind, change.value, change.code) == ("change", -3.1, "766.dvctt.nop_truc_tuyen")
    earlier = figure_at(rows, text, "là 75,9%", "75,9%")
    assert (earlier.kind, earlier.as_of, earlier.code) == ("previous", "2023-12-31", "766.dvctt.nop_truc_tuyen")


def test_share_of_a_procedures_count_named_by_the_group():
    text = "Có 640 TTHC được cung cấp dưới hình thức dịch vụ công trực tuyến (80,5%), trong đó toàn trình 400 TTHC."
    assert figure_at(_figures(text), text, "(80,5%)", "80,5%").code == "766.dvctt.tthc_cung_cap"


def test_count_stated_for_the_compared_period_after_khi():
    text = ("Đã giải quyết 5.000 hồ sơ, quá hạn 40 hồ sơ, giảm 25 hồ sơ quá hạn so với cùng kỳ năm 2023, khi toàn "
            "huyện còn 65 hồ sơ quá hạn.")
    earlier = figure_at(_figures(text), text, "còn 65", "65")
    assert (earlier.kind, earlier.value, earlier.as_of, earlier.code) == (
        "previous", 65, "2023-12-31", "766.tien_do.qua_han")


def test_group_score_named_by_the_sentence_opening():
    text = ("Về công khai, minh bạch, huyện tiếp tục giữ 17,5/18 điểm.\n"
            "Mức độ hài lòng cải thiện rõ: nhóm chỉ số đạt 17,1/18 điểm, tăng 0,4 điểm.")
    rows = _figures(text)
    assert figure_at(rows, text, "giữ 17,5/18", "17,5/18").code == "766.cong_khai"
    assert figure_at(rows, text, "đạt 17,1/18", "17,1/18").code == "766.hai_long"
    change = figure_at(rows, text, "tăng 0,4", "0,4")
    assert (change.kind, change.code) == ("change", "766.hai_long")


def test_share_named_by_the_sentence_opening_after_ve():
    text = ("Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa đạt 40%.\n"
            "Về chứng thực bản sao điện tử từ bản chính, toàn huyện đã thực hiện 1.500 hồ sơ, đạt 30,5% tổng số hồ sơ "
            "chứng thực.")
    assert figure_at(_figures(text), text, "đạt 30,5%", "30,5%").code == "chung_thuc_dien_tu"


def test_earlier_score_of_a_move_dated_by_its_bracket():
    text = ("Điểm nhóm chỉ số tiến độ giải quyết giảm từ 17,8/20 điểm (ngày 30/9/2024) xuống 17,1/20 điểm "
            "(ngày 31/12/2024).")
    rows = _figures(text)
    earlier = figure_at(rows, text, "từ 17,8/20", "17,8/20")
    assert (earlier.kind, earlier.value, earlier.max_value, earlier.as_of, earlier.code) == (
        "previous", 17.8, 20, "2024-09-30", "766.tien_do")
    now = figure_at(rows, text, "xuống 17,1/20", "17,1/20")
    assert (now.kind, now.as_of, now.code) == ("value", PERIOD_END, "766.tien_do")


def test_share_in_a_clause_opened_by_rieng_is_the_clause_before():
    text = "Hồ sơ tiếp nhận tại các phòng chuyên môn đều được số hóa; riêng Chi nhánh phía Bắc đạt 88,4%."
    assert figure_at(_figures(text), text, "đạt 88,4%", "88,4%").code == "766.so_hoa.ho_so"


def test_bracketed_target_after_chi_tieu_is_the_goal_of_the_share_before():
    text = "Số hồ sơ nộp trực tuyến là 5.210 hồ sơ, đạt tỷ lệ 68,4% tổng số hồ sơ, vượt chỉ tiêu được giao (65%)."
    target = figure_at(_figures(text), text, "(65%)", "65%")
    assert (target.kind, target.code) == ("target", "766.dvctt.nop_truc_tuyen")


def test_target_named_before_a_threshold_after_the_verb():
    text = "Phấn đấu đến hết quý I năm 2025 đưa tỷ lệ hồ sơ quá hạn của UBND các xã xuống dưới 1%."
    target = figure_at(_figures(text), text, "dưới 1%", "1%")
    assert (target.kind, target.as_of, target.code) == ("target", "2025-03-31", "766.tien_do.qua_han")


@pytest.mark.parametrize(("heading", "sentence", "raw", "due"), [
    ("III. NHIỆM VỤ QUÝ I NĂM 2025", "Giao UBND các xã nâng tỷ lệ hồ sơ nộp trực tuyến lên từ 80% trở lên.",
     "80%", "2025-03-31"),
    ("3. Nhiệm vụ tháng 1 năm 2025", "Bộ phận Một cửa phấn đấu tỷ lệ hồ sơ nộp trực tuyến đạt 60%.", "60%",
     "2025-01-31"),
    ("3. Kiến nghị", "Bộ phận Một cửa phấn đấu trong quý I/2025 tỷ lệ hồ sơ nộp trực tuyến đạt 55%.", "55%",
     "2025-03-31"),
])
def test_goal_set_by_a_verb_under_a_tasks_heading_or_with_a_due_date(heading, sentence, raw, due):
    text = f"{heading}\n\n{sentence}"
    target = figure_at(_figures(text), text, sentence, raw)
    assert (target.kind, target.as_of, target.code) == ("target", due, "766.dvctt.nop_truc_tuyen")


def test_measure_with_a_superscript_and_wards_counted_in_brackets():
    text = "Xã có diện tích tự nhiên 25,6 km², dân số 12.000 người.\nToàn tỉnh có 23 đơn vị cấp xã (20 xã và 3 phường)."
    rows = _figures(text)
    area = figure_at(rows, text, "nhiên 25,6", "25,6")
    assert (area.value, area.unit, area.kind) == (25.6, "km²", "value")
    wards = figure_at(rows, text, "và 3 phường", "3")
    assert (wards.value, wards.unit, wards.kind, wards.code) == (3, "phường", "count", None)


def test_group_named_column_of_a_count_is_the_groups_count():
    assert catalog.code_for("Thanh toán trực tuyến", unit="hồ sơ") == "766.thanh_toan.ho_so"
    assert catalog.code_for("Thanh toán trực tuyến", 10, "điểm") == "766.thanh_toan"


def test_a_share_is_never_a_bare_count():
    assert catalog.code_for("hồ sơ tiếp nhận được số hóa", unit="%") == "766.so_hoa.ho_so"
    assert catalog.code_for("hồ sơ tiếp nhận", unit="hồ sơ") == "ho_so.tiep_nhan"


def test_a_goal_verb_already_done_reports_a_result():
    text = "Trong quý III/2024, huyện đã nâng tỷ lệ hồ sơ nộp trực tuyến lên 81,2%."
    assert figure_at(_figures(text), text, "lên 81,2%", "81,2%").kind == "value"
