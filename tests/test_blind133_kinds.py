"""Kinds fixed after measuring blind sets 133 to 136, each on a text written here in another wording of the same form;
the expected values are what a reader takes from these texts.

- electronic receipts are counted in `biên lai`, parents paying school fees online in `phụ huynh`.
- a table column headed `Tổng` and what it counts (`Tổng lượt thanh toán`) counts in that noun (`lượt`).
- a reduction granted (`được giảm 50% mức thu`, `số tiền được giảm 912,4 triệu đồng`) is a value, not a change; a fall
  (`giảm 3,2%`) stays a change.
- machines are counted by the noun as written: `máy scan`, `máy in`, `máy POS`, `máy đánh giá`, and lookup screens in
  `màn hình`.
- a body named as the one that handed its files over (`hồ sơ nhận bàn giao từ cấp huyện`, `hồ sơ do UBND huyện ...
  (cũ) chuyển giao`) is not the subject of the figures on them; a ward or commune receiving them by its bare word
  (`UBND thị xã ... (cũ) bàn giao cho phường 906 hồ sơ`) is the issuer. A ward's committee named on one line under
  its province's (`UBND TỈNH PHÚ THỌ` / `ỦY BAN NHÂN DÂN PHƯỜNG HÒA BÌNH`) issues the report also when no motto stands
  between the header and the place-and-date line.
"""

from __future__ import annotations

from figure_lookup import figure_at

from extractor.extract import extract_facts
from extractor.metadata import extract_metadata


def _facts(text: str):
    return extract_facts(text, extract_metadata(text), [])


RECEIPTS = """\
UBND TỈNH CAO BẰNG
Số: 77/BC-UBND
Cao Bằng, ngày 04 tháng 4 năm 2026

BÁO CÁO
Kết quả thanh toán trực tuyến quý I năm 2026

Trong quý, các cơ quan đã phát hành 12.604 biên lai điện tử; có 41.250 phụ huynh nộp học phí trực tuyến.
"""


def test_receipts_and_parents_counted():
    facts = _facts(RECEIPTS)
    assert figure_at(facts.indicators, RECEIPTS, "hành 12.604", "12.604").unit == "biên lai"
    assert figure_at(facts.indicators, RECEIPTS, "có 41.250", "41.250").unit == "phụ huynh"


VISITS_TABLE = """\
SỞ Y TẾ TỈNH NGHỆ AN
Số: 512/BC-SYT
Nghệ An, ngày 05 tháng 7 năm 2026

BÁO CÁO
Kết quả thanh toán không dùng tiền mặt 6 tháng đầu năm 2026

| STT | Bệnh viện | Tổng lượt thanh toán | Không dùng tiền mặt (lượt) | Tỷ lệ (%) |
|---|---|---|---|---|
| 1 | Bệnh viện Đa khoa tỉnh | 402.610 | 261.318 | 64,91 |
| 2 | Bệnh viện Sản Nhi | 188.420 | 97.256 | 51,62 |
"""


def test_a_column_headed_by_a_total_of_a_count_noun():
    facts = _facts(VISITS_TABLE)
    for context, raw in (("| 402.610", "402.610"), ("| 188.420", "188.420")):
        assert figure_at(facts.indicators, VISITS_TABLE, context, raw).unit == "lượt"


FEES_REDUCED = """\
SỞ TÀI CHÍNH TỈNH BẮC NINH
Số: 318/BC-STC
Bắc Ninh, ngày 04 tháng 10 năm 2025

BÁO CÁO
Kết quả thu phí, lệ phí trực tuyến quý III năm 2025

Hồ sơ nộp trực tuyến được giảm 50% mức thu lệ phí; tổng số tiền được giảm 912,4 triệu đồng. Số hồ sơ nộp trực tiếp \
giảm 3,2% so với quý II.
"""


def test_a_reduction_granted_is_a_value():
    facts = _facts(FEES_REDUCED)
    for context, raw, value in (("giảm 50%", "50%", 50), ("giảm 912,4", "912,4", 912.4)):
        row = figure_at(facts.indicators, FEES_REDUCED, context, raw)
        assert (row.kind, row.value) == ("value", value)
    fall = figure_at(facts.indicators, FEES_REDUCED, "giảm 3,2%", "3,2%")
    assert (fall.kind, fall.value) == ("change", -3.2)


MACHINES = """\
UBND XÃ TÂN PHÚ
Số: 31/BC-UBND
Tân Phú, ngày 03 tháng 12 năm 2025

BÁO CÁO
Hoạt động của Trung tâm Phục vụ hành chính công xã tháng 11 năm 2025

Trung tâm được trang bị 09 máy scan, 02 máy in laser, 03 màn hình cảm ứng và 05 máy đánh giá mức độ hài lòng; Bưu
điện xã đặt thêm 04 máy POS tại quầy thu phí.
"""


def test_machines_counted_by_the_noun_as_written():
    facts = _facts(MACHINES)
    for context, raw, unit in (("bị 09", "09", "máy scan"), ("02 máy in", "02", "máy in"),
                               ("03 màn hình", "03", "màn hình"), ("05 máy đánh", "05", "máy đánh giá"),
                               ("thêm 04", "04", "máy POS")):
        assert figure_at(facts.indicators, MACHINES, context, raw).unit == unit, raw


HANDED_OVER = """\
UBND TỈNH PHÚ THỌ
ỦY BAN NHÂN DÂN PHƯỜNG HÒA BÌNH
Số: 58/BC-UBND
Hòa Bình, ngày 05 tháng 01 năm 2026

BÁO CÁO
Kết quả hoạt động của Trung tâm Phục vụ hành chính công phường quý IV năm 2025

Khi chấm dứt hoạt động, UBND thành phố Hòa Bình (cũ) bàn giao cho phường 906 hồ sơ đang giải quyết.
Đối với hồ sơ do UBND huyện Kỳ Sơn (cũ) chuyển giao, phường đã giải quyết 311 hồ sơ, đạt 97,5%.
Riêng hồ sơ nhận bàn giao từ cấp huyện về lĩnh vực đất đai, đến nay đã giải quyết xong 120 hồ sơ.
"""


def test_the_body_handing_files_over_is_not_their_subject():
    assert extract_metadata(HANDED_OVER)[0].issuer == "UBND phường Hòa Bình"  # no motto between header and date
    facts = _facts(HANDED_OVER)
    for context, raw in (("phường 906", "906"), ("quyết 311", "311"), ("đạt 97,5%", "97,5%"), ("xong 120", "120")):
        row = figure_at(facts.indicators, HANDED_OVER, context, raw)
        assert (row.subject, row.level) == ("UBND phường Hòa Bình", "xã"), raw
