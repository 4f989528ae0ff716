"""Kinds fixed after measuring blind sets 133 to 136, each on a text written here in another wording of the same form;
the expected values are what a reader takes from these texts.

- electronic receipts are counted in `biên lai`, parents paying school fees online in `phụ huynh`.
- a table column headed `Tổng` and what it counts (`Tổng lượt thanh toán`) counts in that noun (`lượt`).
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
