"""Prose figure kinds first measured on blind set 9, one wording form per test. The sentences are written for
these tests in other words than the blind documents; expected values are read from each sentence."""

from __future__ import annotations

from figure_lookup import figure_at

from extractor.extract.figures import extract_figures
from extractor.models import DocumentMeta, Indicator

PERIOD_END = "2025-06-30"


def _figures(text: str, issuer: str | None = None) -> list[Indicator]:
    return extract_figures(text, [DocumentMeta(period_end=PERIOD_END, end=len(text), issuer=issuer)], [])



def test_counters_are_a_count_unit():
    text = "Bộ phận Một cửa được sắp xếp lại với 12 quầy giao dịch và 02 máy lấy số."
    row = figure_at(_figures(text), text, "với 12 quầy", "12")
    assert (row.value, row.unit, row.kind, row.code) == (12, "quầy", "count", None)


def test_bare_counts_in_a_bracketed_breakdown_are_parts_in_the_whole_unit():
    text = ("Trong quý, xã nhận 07 phản ánh, kiến nghị (04 qua đường dây nóng 1080, 03 bằng văn bản gửi Bộ phận "
            "Một cửa), đã trả lời xong 06 PAKN.")
    rows = _figures(text)
    first = figure_at(rows, text, "(04 qua", "04")
    second = figure_at(rows, text, ", 03 bằng", "03")
    assert (first.value, first.unit, first.kind) == (4, "PAKN", "count")
    assert (second.value, second.unit, second.kind) == (3, "PAKN", "count")
    assert not [row for row in rows if row.raw == "1080"]  # the hotline's number is no figure


def test_bracketed_numbers_adding_up_to_more_than_the_count_are_not_its_parts():
    text = "Huyện tiếp nhận 05 phản ánh (12 lần gọi tổng đài, 9 tin nhắn)."
    rows = _figures(text)
    # `12 lần gọi` counts calls (times, `lần`, a unit since blind set 96) and `9 tin nhắn` messages (a unit since
    # blind set 49), not reflections: neither is a part of the 05
    assert [(row.raw, row.unit) for row in rows] == [("05", "PAKN"), ("12", "lần"), ("9", "tin nhắn")]


def test_bare_issuer_opening_keeps_its_own_count_over_the_level_named_after_it():
    text = "Xã hiện thực hiện 287 thủ tục hành chính thuộc thẩm quyền giải quyết của cấp xã."
    row = figure_at(_figures(text, issuer="UBND xã Nam Hòa"), text, "thực hiện 287", "287")
    assert (row.subject, row.level, row.code) == ("UBND xã Nam Hòa", "xã", "tthc.tong_so")


def test_level_after_a_count_still_names_it_without_a_bare_issuer_opening():
    text = "Trên địa bàn tỉnh, có 1.612 TTHC thuộc thẩm quyền giải quyết của cấp tỉnh."
    row = figure_at(_figures(text), text, "có 1.612", "1.612")
    assert (row.subject, row.level) == ("cấp tỉnh", "tỉnh")


def test_share_after_chiem_is_the_rate_of_the_count_before_not_of_its_base():
    text = ("Số hồ sơ nộp trực tuyến trong kỳ là 1.540 hồ sơ, chiếm 71,2% số hồ sơ đã tiếp nhận (quý I/2025: "
            "69,5%).")
    rows = _figures(text)
    share = figure_at(rows, text, "chiếm 71,2%", "71,2%")
    earlier = figure_at(rows, text, "2025: 69,5%", "69,5%")
    assert (share.kind, share.code) == ("value", "766.dvctt.nop_truc_tuyen")
    assert (earlier.kind, earlier.as_of, earlier.code) == ("previous", "2025-03-31", "766.dvctt.nop_truc_tuyen")


def test_average_handling_time_per_complaint_and_the_count_before_it():
    text = "Đã trả lời 12 PAKN với thời gian xử lý bình quân 3,5 ngày/PAKN, nhanh hơn quý trước."
    rows = _figures(text)
    count = figure_at(rows, text, "lời 12 PAKN", "12")
    time = figure_at(rows, text, "quân 3,5", "3,5")
    assert (count.code, time.value, time.unit, time.code) == ("pakn.da_xu_ly", 3.5, "ngày", "pakn.thoi_gian")


def test_share_of_satisfied_ratings_is_the_satisfaction_rate():
    text = "Hệ thống ghi nhận 860 lượt đánh giá, trong đó có 851 lượt hài lòng và rất hài lòng, đạt 98,95%."
    row = figure_at(_figures(text), text, "đạt 98,95%", "98,95%")
    assert (row.value, row.code) == (98.95, "766.hai_long.tthc")


def test_bare_issuer_between_the_counted_noun_and_its_verb():
    text = "Số hồ sơ Sở đã tiếp nhận trong tháng là 1.215 hồ sơ, giảm 85 hồ sơ so với tháng 5/2025 (1.300 hồ sơ)."
    rows = _figures(text, issuer="Sở Tư pháp")
    assert figure_at(rows, text, "là 1.215", "1.215").code == "ho_so.tiep_nhan"
    earlier = figure_at(rows, text, "(1.300", "1.300")
    assert (earlier.kind, earlier.as_of, earlier.code) == ("previous", "2025-05-31", "ho_so.tiep_nhan")


def test_fields_ranked_by_the_most_files_received():
    text = ("Các lĩnh vực tiếp nhận nhiều hồ sơ nhất gồm đất đai (640 hồ sơ), hộ tịch (412 hồ sơ) và chứng thực "
            "(95 hồ sơ).")
    rows = _figures(text)
    codes = [figure_at(rows, text, f"({raw} hồ sơ)", raw).code for raw in ("640", "412", "95")]
    assert codes == ["ho_so.tiep_nhan"] * 3


def test_rate_stated_after_a_count_of_answered_complaints():
    text = "Trong quý, Sở nhận 16 PAKN; đã giải đáp, trả lời 15 PAKN, đạt tỷ lệ 93,75%."
    row = figure_at(_figures(text, issuer="Sở Tư pháp"), text, "tỷ lệ 93,75%", "93,75%")
    assert row.code == "pakn.ty_le_xu_ly"


def test_ratings_at_the_issuers_counter_in_the_provincial_centre_are_the_issuers():
    text = ("Thiết bị đánh giá đặt tại quầy của Sở ở Trung tâm Phục vụ hành chính công tỉnh ghi nhận 1.320 lượt "
            "đánh giá.")
    row = figure_at(_figures(text, issuer="Sở Tư pháp"), text, "nhận 1.320", "1.320")
    assert (row.subject, row.level) == ("Sở Tư pháp", "tỉnh")


_RANKING = "Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 6 năm 2025 của các cơ quan, địa phương.\n"


def test_block_averages_and_bodies_scores_in_a_report_on_the_index_are_total_scores():
    text = (_RANKING + "Điểm trung bình khối sở, ban, ngành là 86,4 điểm; khối xã, phường, thị trấn là 79,9 điểm.\n"
            "Đứng đầu là Sở Nội vụ (96,10 điểm) và Sở Y tế (95,02 điểm); xã Tân Lập đạt 90,2 điểm (xếp thứ 1/42).")
    rows = _figures(text)
    agencies = figure_at(rows, text, "là 86,4", "86,4")
    communes = figure_at(rows, text, "là 79,9", "79,9")
    assert (agencies.code, agencies.level, communes.code, communes.level) == (
        "766.tong_hop", "tỉnh", "766.tong_hop", "xã")
    first = figure_at(rows, text, "(96,10", "96,10")
    assert (first.subject, first.code) == ("Sở Nội vụ", "766.tong_hop")
    assert figure_at(rows, text, "(95,02", "95,02").code == "766.tong_hop"
    commune = figure_at(rows, text, "đạt 90,2", "90,2")
    assert (commune.subject, commune.level, commune.code) == ("xã Tân Lập", "xã", "766.tong_hop")


def test_scores_naming_nothing_are_no_total_when_another_index_is_scored_on_a_larger_scale():
    text = (_RANKING + "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) được công bố cùng kỳ.\n"
            "Đứng đầu là Sở Nội vụ (66,10 điểm).")
    assert figure_at(_figures(text), text, "(66,10", "66,10").code is None


def test_small_scores_naming_nothing_are_no_total():
    text = _RANKING + "Đứng đầu là Sở Nội vụ (17,5 điểm)."
    assert figure_at(_figures(text), text, "(17,5", "17,5").code != "766.tong_hop"


def test_target_for_the_bodies_opening_the_task_stated_as_their_levels_rate():
    text = ("3. UBND các phường, xã phấn đấu đến hết quý IV/2025 tỷ lệ hồ sơ nộp trực tuyến của cấp xã đạt tối "
            "thiểu 60%.")
    row = figure_at(_figures(text), text, "tối thiểu 60%", "60%")
    assert (row.kind, row.subject, row.level, row.as_of) == ("target", "UBND các phường, xã", "xã", "2025-12-31")
