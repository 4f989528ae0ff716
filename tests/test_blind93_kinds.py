"""Kinds fixed after measuring blind sets 93 to 96, each on a text written here in another wording of the same form;
the expected values are what a reader takes from these texts.

- a proposal of next year's targets whose results part is counted to a day (`I. KẾT QUẢ NĂM 2024 (số liệu tính đến
  ngày 31/10/2024)`, `Trong 10 tháng năm 2024, ...`): its figures are of that day, not of the year's end, and a month
  a sentence names (`Tháng 10/2024, tỉnh đạt ...`) stays;
- in its list `- <indicator>: 10 tháng năm 2024 đạt x% (chỉ tiêu y%); đề xuất năm 2025 là z%;` the bracketed goal is
  the earlier year's (dated at its end) and the proposal is a target of the year it names.
"""

from __future__ import annotations

from figure_lookup import figure_at

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
