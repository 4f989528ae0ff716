"""Kinds fixed after measuring blind sets 137 to 140, each on a text written here in another wording of the same form;
the expected values are what a reader takes from these texts.

- a report pasted under an e-mail's covering note and quoted header (`From:`, `Subject:`) is issued by the body its
  own header names (`ỦY BAN NHÂN DÂN XÃ ...` over `Số:` above the motto), not by whoever the note's lines name; a
  figure naming no body is that commune's.
- a table whose header holds codes (`| Đơn vị | K1 | K2 | K3 |`, as a portal exports it) takes its columns' names,
  units and catalog codes from the legend that spells the codes out, below or above it (`K1 = Số hồ sơ tiếp nhận (hồ
  sơ); K2 = ...`).
- a spreadsheet pasted as semicolon-separated rows keeps its empty cells: a merged header over two rows
  (`STT;Đơn vị;Hồ sơ tiếp nhận;Tỷ lệ (%);` over `;;;Nộp trực tuyến;Đúng hạn`) and a total row with no number
  (`;Cộng khối xã, phường;...`) are part of the table; a block's total row is at the block's level.
- a time or cost before a cut (`thời gian giải quyết giảm từ 1.240 ngày xuống còn 815 ngày`, `chi phí ... giảm từ 64,8
  tỷ đồng/năm xuống còn ...`), its clause naming no earlier period, is a value of the report's period, not an
  undated earlier value; a share that rose from one figure to another stays the earlier period's.
- a column headed by money per thing (`Chi phí sau cắt giảm (đồng/hồ sơ)`) holds đồng, not files; business conditions
  are counted in `điều kiện kinh doanh`.
- a city centre's branch named by its ward or commune (`Chi nhánh phường Sài Gòn 5.214 hồ sơ`, `Chi nhánh đặc khu Côn
  Đảo (12 hồ sơ)`) is named as written, at the ward's level, not by the bare ward.
- a ceiling the units counted fall under (`còn 27 xã, phường có tỷ lệ thanh toán trực tuyến dưới 40%`) is their
  target, dated as the count is (a plan's results of the year before), as a floor already was; a band of results
  (`0% đến dưới 5%`) is still no figure, and a grade's bound in a grading scale (`Yếu: dưới 70%`) is a value.
- a bracket after a body (`Chỉ số CCHC của tỉnh Hà Nam (cũ) đạt 86,05%, xếp thứ 27/63`) names no indicator: the label is
  the index the clause names, and the rank after it ranks that index (PAR Index), not the 766 index.
"""

from __future__ import annotations

from figure_lookup import figure_at

from extractor.extract import extract_facts
from extractor.metadata import extract_metadata


def _facts(text: str):
    return extract_facts(text, extract_metadata(text), [])


FORWARDED = """\
Chào chị Hạnh,

Văn phòng HĐND - UBND xã Tân Lập gửi lại chị báo cáo quý III của xã để tổng hợp; bản có chữ ký số đã gửi qua Hệ thống
quản lý văn bản điều hành của tỉnh. Có gì chưa rõ chị gọi em theo số máy 0912.345.678 nhé.

Thân gửi,
Lê Văn Bình

-----Original Message-----
From: UBND xã Tân Lập <tanlap@phutho.gov.vn>
Sent: Monday, October 6, 2025 9:15 AM
To: Sở Nội vụ tỉnh Phú Thọ
Subject: Báo cáo kết quả giải quyết TTHC quý III năm 2025

UBND TỈNH PHÚ THỌ
ỦY BAN NHÂN DÂN XÃ TÂN LẬP
Số: 87/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Lập, ngày 06 tháng 10 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính quý III năm 2025

Trong quý, Trung tâm Phục vụ hành chính công xã tiếp nhận 2 846 hồ sơ, đã giải quyết 2 790 hồ sơ, đạt 98,03%.
"""


def test_a_report_forwarded_by_e_mail_is_issued_by_its_own_header():
    meta = extract_metadata(FORWARDED)[0]
    assert (meta.issuer, meta.doc_number, meta.period_end) == ("UBND xã Tân Lập", "87/BC-UBND", "2025-09-30")
    facts = _facts(FORWARDED)
    for context, raw in (("nhận 2 846", "2 846"), ("quyết 2 790", "2 790"), ("đạt 98,03%", "98,03%")):
        row = figure_at(facts.indicators, FORWARDED, context, raw)
        assert (row.subject, row.level) == ("UBND xã Tân Lập", "xã"), raw


CODED_COLUMNS = """\
UBND TỈNH ĐỒNG NAI
VĂN PHÒNG
Số: 512/TB-VP
Đồng Nai, ngày 04 tháng 8 năm 2025

THÔNG BÁO
Kết quả giải quyết hồ sơ của các xã tháng 7 năm 2025

Số liệu trích xuất từ Hệ thống thông tin giải quyết TTHC tỉnh. Ghi chú: K1 = Số hồ sơ tiếp nhận (hồ sơ); K2 = Tỷ lệ
hồ sơ giải quyết đúng hạn (%); K3 = Tỷ lệ hồ sơ nộp trực tuyến (%).

| STT | Đơn vị | K1 | K2 | K3 |
|---|---|---|---|---|
| 1 | UBND xã Long Thành | 2130 | 98.75 | 81.40 |
| 2 | UBND xã Nhơn Trạch | 1874 | 99.12 | 77.05 |
"""


def test_coded_columns_named_by_their_legend():
    facts = _facts(CODED_COLUMNS)
    expected = (("Long Thành | 2130", "2130", 2130, "hồ sơ", "ho_so.tiep_nhan"),
                ("2130 | 98.75", "98.75", 98.75, "%", "766.tien_do.dung_han"),
                ("98.75 | 81.40", "81.40", 81.40, "%", "766.dvctt.nop_truc_tuyen"))
    for context, raw, value, unit, code in expected:
        row = figure_at(facts.indicators, CODED_COLUMNS, context, raw)
        assert (row.value, row.unit, row.code, row.subject) == (value, unit, code, "UBND xã Long Thành"), raw


SPREADSHEET = """\
UBND TỈNH QUẢNG NGÃI
Số: 77/BC-UBND
Quảng Ngãi, ngày 05 tháng 10 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính quý III năm 2025

Bảng tổng hợp xuất từ Hệ thống:
STT;Đơn vị;Hồ sơ tiếp nhận;Tỷ lệ (%);
;;;Nộp trực tuyến;Đúng hạn
1;UBND xã Tịnh Khê;1204;88,10;99,50
2;UBND phường Trương Quang Trọng;2310;91,45;98,96
;Cộng khối xã, phường;3514;90,30;99,14
Các xã, phường còn lại chưa cập nhật số liệu.
"""


def test_a_semicolon_spreadsheet_with_merged_header_and_total_row():
    facts = _facts(SPREADSHEET)
    online = figure_at(facts.indicators, SPREADSHEET, "1204;88,10", "88,10")
    assert (online.value, online.unit, online.code, online.subject) == (
        88.10, "%", "766.dvctt.nop_truc_tuyen", "UBND xã Tịnh Khê")
    on_time = figure_at(facts.indicators, SPREADSHEET, "88,10;99,50", "99,50")
    assert (on_time.unit, on_time.code) == ("%", "766.tien_do.dung_han")
    total = figure_at(facts.indicators, SPREADSHEET, "phường;3514", "3514")
    assert (total.value, total.unit, total.level) == (3514, "hồ sơ", "xã")


CUT = """\
UBND TỈNH THANH HÓA
Số: 402/BC-UBND
Thanh Hóa, ngày 08 tháng 10 năm 2025

BÁO CÁO
Kết quả cắt giảm, đơn giản hóa thủ tục hành chính quý III năm 2025

Tổng thời gian giải quyết của 96 TTHC được rút ngắn giảm từ 1.240 ngày xuống còn 815 ngày, giảm 425 ngày.
Chi phí tuân thủ ước tính giảm từ 64,8 tỷ đồng/năm xuống còn 45,1 tỷ đồng/năm, tiết kiệm khoảng 19,7 tỷ đồng mỗi năm.
"""


def test_the_time_and_cost_before_a_cut_are_values_of_the_period():
    facts = _facts(CUT)
    for context, raw, unit in (("từ 1.240", "1.240", "ngày"), ("từ 64,8", "64,8", "tỷ đồng")):
        row = figure_at(facts.indicators, CUT, context, raw)
        assert (row.kind, row.unit, row.as_of) == ("value", unit, "2025-09-30"), raw


COSTS = """\
SỞ CÔNG THƯƠNG TỈNH BẮC NINH
Số: 215/BC-SCT
Bắc Ninh, ngày 03 tháng 7 năm 2025

BÁO CÁO
Kết quả cắt giảm chi phí tuân thủ thủ tục hành chính 6 tháng đầu năm 2025

| STT | Thủ tục | Chi phí trước (đồng/hồ sơ) | Chi phí sau (đồng/hồ sơ) |
|---|---|---|---|
| 1 | Cấp Giấy phép kinh doanh khí | 2.750.000 | 1.980.000 |

Sở đã kiến nghị bãi bỏ 7 điều kiện kinh doanh trong lĩnh vực khí và hóa chất.
"""


def test_money_per_thing_in_a_header_and_business_conditions():
    facts = _facts(COSTS)
    for context, raw in (("| 2.750.000", "2.750.000"), ("| 1.980.000", "1.980.000")):
        assert figure_at(facts.indicators, COSTS, context, raw).unit == "đồng", raw
    assert figure_at(facts.indicators, COSTS, "bỏ 7", "7").unit == "điều kiện kinh doanh"


BRANCHES = """\
UBND THÀNH PHỐ HỒ CHÍ MINH
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
Số: 318/BC-TTPVHCC
Thành phố Hồ Chí Minh, ngày 05 tháng 11 năm 2025

BÁO CÁO
Kết quả tiếp nhận hồ sơ tại các chi nhánh tháng 10 năm 2025

Các chi nhánh tiếp nhận nhiều hồ sơ nhất: Chi nhánh phường Sài Gòn 5.214 hồ sơ; Chi nhánh xã Củ Chi 2.870 hồ sơ.
Hồ sơ quá hạn chủ yếu tại Chi nhánh phường Bến Thành (37 hồ sơ) và Chi nhánh đặc khu Côn Đảo (12 hồ sơ).
"""


def test_a_city_centres_branch_is_named_by_its_ward_as_written():
    facts = _facts(BRANCHES)
    for context, raw, subject in (("Gòn 5.214", "5.214", "Chi nhánh phường Sài Gòn"),
                                  ("Chi 2.870", "2.870", "Chi nhánh xã Củ Chi"),
                                  ("(37 hồ sơ)", "37", "Chi nhánh phường Bến Thành"),
                                  ("(12 hồ sơ)", "12", "Chi nhánh đặc khu Côn Đảo")):
        row = figure_at(facts.indicators, BRANCHES, context, raw)
        assert (row.subject, row.level) == (subject, "xã"), raw


CEILINGS = """\
UBND TỈNH HÀ TĨNH
Số: 18/KH-UBND
Hà Tĩnh, ngày 20 tháng 01 năm 2026

KẾ HOẠCH
Cải cách hành chính năm 2026

I. KẾT QUẢ NĂM 2025
Tỷ lệ hồ sơ thanh toán trực tuyến của tỉnh đạt 58,40%; vẫn còn 27 xã, phường có tỷ lệ thanh toán trực tuyến dưới 40%.
Có 11 xã có tỷ lệ 0% đến dưới 5%.

II. THANG ĐÁNH GIÁ
Xếp loại: Tốt: từ 85% trở lên; Khá: từ 70% đến dưới 85%; Yếu: dưới 70%.
"""


def test_a_ceiling_the_units_counted_fall_under_is_their_target_of_the_results_day():
    facts = _facts(CEILINGS)
    row = figure_at(facts.indicators, CEILINGS, "dưới 40%", "40%")
    assert (row.kind, row.level, row.as_of) == ("target", "xã", "2025-12-31")
    assert not [r for r in facts.indicators if r.raw == "5%"]  # a band of results: not a figure
    for context, raw in (("dưới 85%", "85%"), ("Yếu: dưới 70%", "70%")):
        assert figure_at(facts.indicators, CEILINGS, context, raw).kind == "value", raw


FORMER_PROVINCES = """\
UBND TỈNH NINH BÌNH
Số: 12/KH-UBND
Ninh Bình, ngày 15 tháng 01 năm 2026

KẾ HOẠCH
Nâng cao Bộ chỉ số phục vụ người dân, doanh nghiệp năm 2026

1. Năm 2024, Chỉ số CCHC của tỉnh Hà Nam (cũ) đạt 86,05%, xếp thứ 27/63; của tỉnh Nam Định (cũ) đạt 88,74%.
"""


def test_a_bracket_after_a_former_province_names_no_indicator():
    facts = _facts(FORMER_PROVINCES)
    share = figure_at(facts.indicators, FORMER_PROVINCES, "đạt 86,05%", "86,05%")
    rank = figure_at(facts.indicators, FORMER_PROVINCES, "27/63", "27/63")
    assert (share.label, share.code, rank.code) == ("Chỉ số CCHC", "par_index", "par_index")
