"""Kinds fixed after measuring blind sets 93 to 96, each on a text written here in another wording of the same form;
the expected values are what a reader takes from these texts.

- a proposal of next year's targets whose results part is counted to a day (`I. KẾT QUẢ NĂM 2024 (số liệu tính đến
  ngày 31/10/2024)`, `Trong 10 tháng năm 2024, ...`): its figures are of that day, not of the year's end, and a month
  a sentence names (`Tháng 10/2024, tỉnh đạt ...`) stays;
- in its list `- <indicator>: 10 tháng năm 2024 đạt x% (chỉ tiêu y%); đề xuất năm 2025 là z%;` the bracketed goal is
  the earlier year's (dated at its end) and the proposal is a target of the year it names;
- a Sở's report on itself and on the province: a paragraph naming no body before its figures goes on from the one
  before it, past a dash list and the bare line leading it (`3. Hồ sơ tiếp nhận theo lĩnh vực:`), so the list of
  fields after `2. Sở tiếp nhận ...` and the numbered paragraph after the list are the Sở's; a paragraph on the
  province (`Trên địa bàn tỉnh có ...`) stays the province's;
- a district's police under the province's (`CÔNG AN TỈNH ... / CÔNG AN HUYỆN ...`) issues, and its own figures are
  of `Công an huyện`, at the district level;
- a column's header stating its scores' maximum (`Điểm thẩm định (tối đa 70)`) gives each score under it that
  maximum, and a table's `Bình quân khối` row is at the level of the bodies it averages;
- a post office's branches (`- Bưu điện khu vực Thới Bình: tiếp nhận ...`) are the subjects of their lines;
- a change in percentage points (`giảm nhẹ 0,8 điểm phần trăm`) and a share written in words (`95,5 phần trăm`) are
  in `%`; a multiple (`gấp 2 lần`, `gấp 1,7 lần`) is a value in `lần`, times counted (`02 lần`) a count, and
  `lần lượt` (respectively) no unit;
- a table header's unit in brackets `(điểm %)` is `%` and `(ngày/hồ sơ)` is `ngày`; a share stated roughly opening a
  clause (`; trên 90% kết quả ...`) or as a part (`chiếm trên 85%`), and a count of a scale (`đạt trên 1,35 triệu tài
  khoản`), are figures, while units counted in a band (`Có 5 đơn vị đạt trên 90%`) stay no figure; a bare change
  joined to the next (`lần lượt giảm 2,6 và 1,3 điểm phần trăm`) takes the unit written after it.
"""

from __future__ import annotations

from figure_lookup import figure_at, subject_and_level

from extractor.extract import extract_facts
from extractor.metadata import extract_metadata


def _rows(text: str):
    return extract_facts(text, extract_metadata(text), []).indicators


PROPOSAL = """\
UBND TỈNH TRÀ VINH
SỞ NỘI VỤ

Số: 274/TTr-SNV
Trà Vinh, ngày 20 tháng 11 năm 2024

TỜ TRÌNH
Về việc đề xuất chỉ tiêu cải cách hành chính năm 2025

I. KẾT QUẢ THỰC HIỆN NĂM 2024 (số liệu tính đến ngày 31/10/2024)

1. Toàn tỉnh có 1.796 TTHC, trong đó 988 TTHC cung cấp dịch vụ công trực tuyến toàn trình.

2. Trong 10 tháng năm 2024, toàn tỉnh tiếp nhận 402.118 hồ sơ. Tháng 10/2024, tỉnh đạt 84,06/100 điểm Bộ chỉ số.

II. ĐỀ XUẤT CHỈ TIÊU NĂM 2025

- Tỷ lệ hồ sơ nộp trực tuyến: 10 tháng năm 2024 đạt 57,42% (chỉ tiêu 55%); đề xuất năm 2025 là 68%;
- Tỷ lệ hồ sơ thanh toán trực tuyến: 10 tháng năm 2024 đạt 36,10% (chỉ tiêu 45%); đề xuất năm 2025 là 52%.
"""


def test_a_proposals_results_are_of_the_day_they_are_counted_to():
    rows = _rows(PROPOSAL)
    for context, raw in (("có 1.796", "1.796"), ("đó 988", "988"), ("nhận 402.118", "402.118"),
                         ("đạt 84,06/100", "84,06/100"), ("đạt 57,42%", "57,42%")):
        assert figure_at(rows, PROPOSAL, context, raw).as_of == "2024-10-31", raw


def test_a_proposal_list_dates_last_years_goal_and_targets_next_years():
    rows = _rows(PROPOSAL)
    for context, raw, kind, as_of in (("(chỉ tiêu 55%)", "55%", "target", "2024-12-31"),
                                      ("là 68%", "68%", "target", "2025-12-31"),
                                      ("(chỉ tiêu 45%)", "45%", "target", "2024-12-31"),
                                      ("là 52%", "52%", "target", "2025-12-31")):
        row = figure_at(rows, PROPOSAL, context, raw)
        assert (row.kind, row.as_of) == (kind, as_of), raw


SELF_AND_PROVINCE = """\
UBND TỈNH LÀO CAI
SỞ CÔNG THƯƠNG

Số: 112/BC-SCT
Lào Cai, ngày 12 tháng 01 năm 2024

BÁO CÁO
Kết quả cải cách thủ tục hành chính năm 2023

I. CẢI CÁCH THỦ TỤC HÀNH CHÍNH

1. Năm 2023, Sở thực hiện 131 TTHC, trong đó 102 TTHC trực tuyến toàn trình.

2. Sở tiếp nhận 5.214 hồ sơ, trong đó nộp trực tuyến 4.988 hồ sơ, chiếm 95,67%.

3. Hồ sơ theo lĩnh vực:
- Lĩnh vực điện: 1.206 hồ sơ, trực tuyến 1.150 hồ sơ;
- Các lĩnh vực còn lại: 4.008 hồ sơ.

4. Số hồ sơ phát sinh phí là 2.115 hồ sơ, thanh toán trực tuyến 1.820 hồ sơ, đạt 86,05%.

II. THƯƠNG MẠI ĐIỆN TỬ

1. Trên địa bàn tỉnh có 1.274 doanh nghiệp tham gia sàn thương mại điện tử của tỉnh.

2. Toàn tỉnh có 322 sản phẩm OCOP trên các sàn thương mại điện tử.
"""


def test_a_list_and_a_paragraph_after_the_issuers_own_paragraph_are_its_own():
    rows = _rows(SELF_AND_PROVINCE)
    for context, raw in (("điện: 1.206", "1.206"), ("tuyến 1.150", "1.150"), ("lại: 4.008", "4.008"),
                         ("là 2.115", "2.115"), ("đạt 86,05%", "86,05%")):
        assert subject_and_level(figure_at(rows, SELF_AND_PROVINCE, context, raw)) == ("Sở Công Thương", "tỉnh"), raw
    assert subject_and_level(figure_at(rows, SELF_AND_PROVINCE, "có 1.274", "1.274")) == (None, None)


DISTRICT_POLICE = """\
CÔNG AN TỈNH BÌNH THUẬN
CÔNG AN HUYỆN TUY PHONG

Số: 902/BC-CAH
Tuy Phong, ngày 03 tháng 6 năm 2024

BÁO CÁO
Kết quả thực hiện Đề án 06 tháng 5 năm 2024

Trong tháng, Công an huyện đã thu nhận 1.312 hồ sơ cấp căn cước và kích hoạt 2.085 tài khoản định danh điện tử.
Lũy kế đã xác thực 98.410/101.226 nhân khẩu, đạt 97,22%.
"""


def test_a_district_police_under_the_provinces_issues_its_own_figures():
    assert extract_metadata(DISTRICT_POLICE)[0].issuer == "Công an huyện"
    rows = _rows(DISTRICT_POLICE)
    for context, raw in (("nhận 1.312", "1.312"), ("hoạt 2.085", "2.085"), ("thực 98.410/101.226", "98.410/101.226"),
                         ("đạt 97,22%", "97,22%")):
        assert subject_and_level(figure_at(rows, DISTRICT_POLICE, context, raw)) == ("Công an huyện", "huyện"), raw


GRADED_UNITS = """\
UBND TỈNH PHÚ THỌ

Số: 48/QĐ-UBND
Phú Thọ, ngày 15 tháng 02 năm 2024

QUYẾT ĐỊNH
Phê duyệt Chỉ số cải cách hành chính năm 2023 của UBND các huyện, thành phố, thị xã

| STT | Đơn vị | Điểm thẩm định (tối đa 65) | Điểm khảo sát (tối đa 35 điểm) | Tổng điểm | Xếp hạng |
|---|---|---|---|---|---|
| 1 | Huyện Lâm Thao | 58,20 | 30,15 | 88,35 | 1 |
| 2 | Thị xã Phú Thọ | 55,10 | 29,40 | 84,50 | 2 |
| | Bình quân khối | 56,65 | 29,78 | 86,43 | |
"""


def test_a_columns_stated_maximum_and_a_block_average_row():
    rows = _rows(GRADED_UNITS)
    for context, raw, top in (("| 58,20", "58,20", 65), ("| 30,15", "30,15", 35), ("| 29,40", "29,40", 35),
                              ("| 56,65", "56,65", 65)):
        row = figure_at(rows, GRADED_UNITS, context, raw)
        assert (row.unit, row.max_value) == ("điểm", top), raw
    assert figure_at(rows, GRADED_UNITS, "| 88,35", "88,35").max_value != 65
    assert figure_at(rows, GRADED_UNITS, "| 86,43", "86,43").level == "huyện"


POST_OFFICE = """\
TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM
BƯU ĐIỆN TỈNH AN GIANG

Số: 211/BC-BĐAG
An Giang, ngày 04 tháng 12 năm 2025

BÁO CÁO
Kết quả tiếp nhận hồ sơ qua dịch vụ bưu chính công ích tháng 11 năm 2025

Bưu điện tỉnh tiếp nhận 2.914 hồ sơ, chiếm 5,12% tổng số hồ sơ của tỉnh, giảm nhẹ 0,8 điểm phần trăm so với tháng
trước; tỷ lệ hài lòng đạt 97,5 phần trăm. Số hồ sơ khu vực đô thị gấp 2 lần khu vực nông thôn; hệ thống gián đoạn
03 lần. Hồ sơ các tháng 9, 10 và 11 lần lượt là 2.406 hồ sơ, 2.688 hồ sơ và 2.914 hồ sơ.

- Bưu điện khu vực Long Xuyên: tiếp nhận 1.208 hồ sơ; trả 2.310 lượt kết quả.
- Bưu điện khu vực Rạch Giá: tiếp nhận 906 hồ sơ, tăng 6,2%.
"""


def test_percentage_points_multiples_and_times():
    rows = _rows(POST_OFFICE)
    fall = figure_at(rows, POST_OFFICE, "nhẹ 0,8", "0,8")
    assert (fall.value, fall.unit, fall.kind) == (-0.8, "%", "change")
    assert figure_at(rows, POST_OFFICE, "đạt 97,5", "97,5").unit == "%"
    double = figure_at(rows, POST_OFFICE, "gấp 2 lần", "2")
    assert (double.value, double.unit, double.kind) == (2, "lần", "value")
    times = figure_at(rows, POST_OFFICE, "đoạn\n03 lần", "03")
    assert (times.value, times.unit, times.kind) == (3, "lần", "count")
    assert not [r for r in rows if r.raw == "11" and r.unit == "lần"]


def test_a_post_office_branch_is_the_subject_of_its_line():
    rows = _rows(POST_OFFICE)
    for context, raw, branch in (("nhận 1.208", "1.208", "Bưu điện khu vực Long Xuyên"),
                                 ("trả 2.310", "2.310", "Bưu điện khu vực Long Xuyên"),
                                 ("nhận 906", "906", "Bưu điện khu vực Rạch Giá"),
                                 ("tăng 6,2%", "6,2%", "Bưu điện khu vực Rạch Giá")):
        assert figure_at(rows, POST_OFFICE, context, raw).subject == branch, raw


ROUGH_AND_JOINED = """\
UBND TỈNH NINH BÌNH
SỞ XÂY DỰNG

Số: 77/BC-SXD
Ninh Bình, ngày 06 tháng 01 năm 2026

BÁO CÁO
Kết quả giải quyết thủ tục hành chính quý IV năm 2025

Số tài khoản đăng ký trên Cổng đạt trên 1,25 triệu tài khoản; trên 70% kết quả được trả bằng bản điện tử. Phí, lệ
phí thu trực tuyến đạt 1,92 tỷ đồng, trong đó lĩnh vực nhà ở chiếm trên 60%. Có 6 đơn vị đạt trên 95%. Hai lĩnh
vực có tỷ lệ trực tuyến giảm (lần lượt giảm 3,4 và 1,1 điểm phần trăm).

| STT | Lĩnh vực | Tiếp nhận (hồ sơ) | Thời gian bình quân (ngày/hồ sơ) | Tăng/giảm so với quý III (điểm %) |
|---|---|---|---|---|
| 1 | Nhà ở | 1.204 | 6,5 | +2,1 |
| 2 | Quy hoạch | 388 | 11,2 | -0,7 |
"""


def test_rough_shares_scaled_counts_and_joined_changes():
    rows = _rows(ROUGH_AND_JOINED)
    counted = figure_at(rows, ROUGH_AND_JOINED, "trên 1,25 triệu", "1,25 triệu")
    assert (counted.value, counted.unit) == (1_250_000, "tài khoản")
    for context, raw in (("; trên 70%", "70%"), ("chiếm trên 60%", "60%")):
        assert figure_at(rows, ROUGH_AND_JOINED, context, raw).value == int(raw[:-1]), raw
    assert not [r for r in rows if r.raw == "95%"]
    for context, raw, value in (("giảm 3,4", "3,4", -3.4), ("và 1,1", "1,1", -1.1)):
        row = figure_at(rows, ROUGH_AND_JOINED, context, raw)
        assert (row.value, row.unit, row.kind) == (value, "%", "change"), raw


def test_a_headers_bracketed_points_and_days_per_file():
    rows = _rows(ROUGH_AND_JOINED)
    for context, raw, unit in (("| 6,5", "6,5", "ngày"), ("| 11,2", "11,2", "ngày"), ("| +2,1", "+2,1", "%"),
                               ("| -0,7", "-0,7", "%")):
        assert figure_at(rows, ROUGH_AND_JOINED, context, raw).unit == unit, raw
