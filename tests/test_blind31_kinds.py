"""Kinds of misses measured on blind sets 31 and 32, each on a text written here in another wording of the same
form; the expected values are what a reader takes from these texts.

- a table introduced `(số liệu hồ sơ tính bằng hồ sơ)` states the unit of its cells (a `Số TTHC` column still
  counts procedures);
- a table `Tài khoản đã kích hoạt | Tỷ lệ kích hoạt (%)` by district counts identity accounts and their share;
- a goal in a sentence of its own (`So với chỉ tiêu ... là 80% thì tỉnh chưa đạt chỉ tiêu; ... về tỷ lệ kích hoạt`)
  is the goal of the figure before it even when a later clause names an indicator.
"""

from __future__ import annotations

import pytest
from figure_lookup import figure_at

from extractor.extract.figures import extract_figures
from extractor.extract.tables import find_tables, table_indicators
from extractor.models import DocumentMeta, Indicator


def _parts(text: str, period_end: str = "2024-12-31") -> list[DocumentMeta]:
    return [DocumentMeta(issuer=None, period_end=period_end, issued_date=period_end, start=0, end=len(text))]


def _cells(text: str) -> dict[str, Indicator]:
    return {row.raw: row for row in table_indicators(text, find_tables(text, []), _parts(text))}


FIELDS = """Kết quả theo từng lĩnh vực (số liệu hồ sơ tính bằng hồ sơ):

| STT | Lĩnh vực | Số TTHC | Tiếp nhận quý IV/2024 | Đúng hạn (%) | Quá hạn |
|---|---|---|---|---|---|
| 1 | Khám bệnh, chữa bệnh | 31 | 1.304 | 99,20 | 10 |
| 2 | Dược phẩm | 25 | 987 | 100 | 0 |
"""


@pytest.mark.parametrize("cell, unit", [("31", "TTHC"), ("1.304", "hồ sơ"), ("10", "hồ sơ")])
def test_a_table_stating_its_unit_in_its_introduction(cell, unit):
    assert _cells(FIELDS)[cell].unit == unit


def test_files_received_in_such_a_table_are_coded():
    assert _cells(FIELDS)["1.304"].code == "ho_so.tiep_nhan"


ACCOUNTS = """Kết quả theo từng địa bàn cấp huyện:

STT\tĐịa bàn\tTài khoản đã kích hoạt\tTỷ lệ kích hoạt (%)
1\tThành phố Vinh\t301.220\t85,40
2\tHuyện Nghi Lộc\t108.905\t78,15
"""


@pytest.mark.parametrize("cell, unit", [("301.220", "tài khoản"), ("78,15", "%")])
def test_a_table_of_accounts_activated_by_district(cell, unit):
    row = _cells(ACCOUNTS)[cell]
    assert (row.unit, row.code) == (unit, "tai_khoan_dinh_danh")


GOAL = """Lũy kế đến ngày 31/10/2024, toàn tỉnh đã kích hoạt 2.001.400 tài khoản định danh điện tử, đạt 75,10% số công
dân từ 14 tuổi trở lên. So với chỉ tiêu Bộ Công an giao năm 2024 là 80% thì tỉnh chưa đạt chỉ tiêu; tỉnh hiện xếp thứ
40/63 về tỷ lệ kích hoạt.
"""


def test_a_goal_sentence_is_governed_when_a_later_clause_names_an_indicator():
    rows = extract_figures(GOAL, _parts(GOAL, "2024-10-31"), [])
    goal = figure_at(rows, GOAL, "là 80%", "80%")
    assert (goal.kind, goal.code) == ("target", "tai_khoan_dinh_danh")
