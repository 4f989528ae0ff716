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
  province (`Trên địa bàn tỉnh có ...`) stays the province's.
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
