"""Kinds of misses left from blind sets 43 and 44 and measured on sets 45 to 48, each on a text written here in
another wording of the same form; the expected values are what a reader takes from these texts.

- a column header stating its cells' unit in brackets (`Công văn đến (văn bản)`) counts in that unit;
- files of procedures with fees (`hồ sơ có phí, lệ phí`) are the base of the online-payment share and carry its code;
- a clause after `;` opening on a verb (`; đã xử lý 41 PAKN`) goes on with the actor the clause before named.
"""

from __future__ import annotations

import pytest
from figure_lookup import figure_at

from extractor.extract.figures import extract_figures
from extractor.extract.tables import find_tables, table_indicators
from extractor.metadata import extract_metadata
from extractor.models import DocumentMeta

BY_AGENCY = """Kết quả của các sở, ngành:

| STT | Cơ quan | Công văn đến (văn bản) | Hồ sơ có phí, lệ phí (hồ sơ) | Thanh toán trực tuyến (hồ sơ) |
|---|---|---|---|---|
| 1 | Sở Tư pháp | 2.614 | 930 | 611 |
| 2 | Sở Nội vụ | 1.877 | 104 | 98 |
"""


@pytest.mark.parametrize("cell, unit, code", [
    ("2.614", "văn bản", None), ("930", "hồ sơ", "766.thanh_toan.ho_so"), ("611", "hồ sơ", "766.thanh_toan.ho_so"),
])
def test_a_header_stating_its_unit_in_brackets_and_files_with_fees(cell, unit, code):
    parts = [DocumentMeta(issuer="UBND tỉnh Quảng Trị", period_end="2025-09-30", start=0, end=len(BY_AGENCY))]
    row = next(r for r in table_indicators(BY_AGENCY, find_tables(BY_AGENCY, []), parts) if r.raw == cell)
    assert (row.unit, row.code, row.subject) == (unit, code, "Sở Tư pháp")


FEES = """BÁO CÁO
Kết quả thanh toán trực tuyến tháng 9 năm 2025

Trong tháng, toàn tỉnh có 8.412 hồ sơ có phí, lệ phí, trong đó 5.037 hồ sơ được thanh toán trực tuyến, đạt 59,88%.
"""


def test_files_with_fees_in_prose_carry_the_payment_code():
    row = figure_at(extract_figures(FEES, extract_metadata(FEES), []), FEES, "có 8.412 hồ sơ", "8.412")
    assert (row.unit, row.code) == ("hồ sơ", "766.thanh_toan.ho_so")


CENTRE_PAKN = """UBND TỈNH GIA LAI

Số: 77/BC-UBND
Gia Lai, ngày 04 tháng 9 năm 2025

BÁO CÁO
Tình hình giải quyết thủ tục hành chính tháng 8 năm 2025

Trung tâm Phục vụ hành chính công tỉnh nhận 52 phản ánh, kiến nghị qua tổng đài; đã giải quyết 47 PAKN, đạt 90,38%.
Cấp xã tiếp nhận 18 PAKN; đã trả lời 12 PAKN.
"""


@pytest.mark.parametrize("context, raw, subject, level", [
    ("nhận 52 phản ánh", "52", "Trung tâm Phục vụ hành chính công tỉnh", "tỉnh"),
    ("quyết 47 PAKN", "47", "Trung tâm Phục vụ hành chính công tỉnh", "tỉnh"),
    ("đạt 90,38%", "90,38%", "Trung tâm Phục vụ hành chính công tỉnh", "tỉnh"),
    ("nhận 18 PAKN", "18", "cấp xã", "xã"),
    ("lời 12 PAKN", "12", "cấp xã", "xã"),
])
def test_a_clause_opening_on_a_verb_goes_on_with_the_actor_before(context, raw, subject, level):
    row = figure_at(extract_figures(CENTRE_PAKN, extract_metadata(CENTRE_PAKN), []), CENTRE_PAKN, context, raw)
    assert (row.subject, row.level) == (subject, level)
