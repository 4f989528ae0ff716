"""Kinds of table misses measured on blind set 17, each on a table written here in another wording of the same form;
the expected values are what a reader takes from these texts.

- a table whose rows are indicators (`Nội dung | ĐVT | Quý III/2025 | ...`): each row's label names its indicator
  (`Phản ánh, kiến nghị tiếp nhận` → PAKN received), its unit cell is the row's unit and no subject; with a plan
  column (`Kế hoạch năm 2025 | Thực hiện | Tỷ lệ (%)`) the plan is the row's target and the share of the plan done
  names no indicator;
- a total row of one level (`Tổng cộng cấp xã`) in a table whose rows are communes under a header that is no
  `Đơn vị` (`Xã, thị trấn`) is that level as a whole;
- a column naming a running period (`9 tháng năm 2024`) is dated at its end, and columns naming only a period under
  a numbered heading that names an indicator (`3. Hồ sơ tiếp nhận tại một số sở, ngành`) hold that indicator;
- a column of each row's maximum score (`Thang điểm`) gives the row's scores their maximum and the unit `điểm`,
  whatever count noun the row's name holds (`Số hóa hồ sơ`); the maximum is a stated score itself.
"""

from __future__ import annotations

from figure_lookup import figure_at, subject_and_level

from extractor.extract.table_columns import names_only_period, running_period_end
from extractor.extract.tables import find_tables, table_indicators
from extractor.models import DocumentMeta, Indicator


def _cells(text: str, issuer: str | None, period_end: str = "2025-09-30") -> list[Indicator]:
    parts = [DocumentMeta(issuer=issuer, period_end=period_end, issued_date="2025-10-06", start=0, end=len(text))]
    return table_indicators(text, find_tables(text, []), parts)


INDICATOR_ROWS = """UBND TỈNH QUẢNG BÌNH

BÁO CÁO
Kết quả cải cách thủ tục hành chính quý III năm 2025

2. Số liệu chủ yếu

| STT | Nội dung | ĐVT | Quý III/2025 | Lũy kế 9 tháng năm 2025 |
|---|---|---|---|---|
| 1 | Hồ sơ tiếp nhận | Hồ sơ | 41.307 | 118.552 |
| 2 | Tỷ lệ hồ sơ nộp trực tuyến | % | 71,24 | 69,80 |
| 3 | Phản ánh, kiến nghị tiếp nhận | PAKN | 14 | 39 |
| 4 | Phản ánh, kiến nghị đã xử lý | PAKN | 12 | 35 |

3. Nhiệm vụ quý IV
"""


def test_rows_of_indicators_take_their_unit_cell_and_their_label_code():
    rows = _cells(INDICATOR_ROWS, issuer="UBND tỉnh Quảng Bình")
    received = figure_at(rows, INDICATOR_ROWS, "| 41.307 | 118.552 |", "41.307")
    running = figure_at(rows, INDICATOR_ROWS, "| 41.307 | 118.552 |", "118.552")
    online = figure_at(rows, INDICATOR_ROWS, "| 71,24 | 69,80 |", "71,24")
    pakn_in = figure_at(rows, INDICATOR_ROWS, "| 14 | 39 |", "39")
    pakn_done = figure_at(rows, INDICATOR_ROWS, "| 12 | 35 |", "12")
    assert [(r.unit, r.code) for r in (received, running)] == [("hồ sơ", "ho_so.tiep_nhan")] * 2
    assert (online.unit, online.code) == ("%", "766.dvctt.nop_truc_tuyen")
    assert (pakn_in.unit, pakn_in.code) == ("PAKN", "pakn.tiep_nhan")  # the noun first, then the verb
    assert (pakn_done.unit, pakn_done.code) == ("PAKN", "pakn.da_xu_ly")
    assert {subject_and_level(r) for r in rows} == {(None, None)}  # the province's, not `hồ sơ` or `%`
    assert {r.as_of for r in rows} == {"2025-09-30"}
    assert not [r for r in rows if r.raw in ("1", "2", "3", "4")]  # STT is no figure
    assert len(rows) == 8


PLAN_ROWS = """UBND TỈNH KON TUM

2. Thực hiện các chỉ tiêu năm 2025

| TT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2025 | Thực hiện | Tỷ lệ (%) |
|---|---|---|---|---|---|
| 1 | Hồ sơ tiếp nhận | hồ sơ | 90.000 | 66.150 | 73,5 |
| 2 | Tỷ lệ hồ sơ giải quyết đúng hạn | % | 98 | 96,2 | 98,16 |
"""


def test_a_plan_column_is_the_rows_target_and_its_share_done_names_nothing():
    rows = _cells(PLAN_ROWS, issuer="UBND tỉnh Kon Tum")
    plan = figure_at(rows, PLAN_ROWS, "| 90.000 | 66.150", "90.000")
    done = figure_at(rows, PLAN_ROWS, "| 66.150 | 73,5", "66.150")
    share_done = figure_at(rows, PLAN_ROWS, "| 73,5 |", "73,5")
    assert (plan.kind, plan.unit, plan.as_of, plan.code) == ("target", "hồ sơ", "2025-12-31", "ho_so.tiep_nhan")
    assert (done.kind, done.unit, done.as_of, done.target) == ("value", "hồ sơ", "2025-09-30", 90000)
    assert (share_done.unit, share_done.code, share_done.target) == ("%", None, None)
    on_time_plan = figure_at(rows, PLAN_ROWS, "| 98 | 96,2", "98")
    on_time = figure_at(rows, PLAN_ROWS, "| 96,2 | 98,16", "96,2")
    assert (on_time_plan.kind, on_time_plan.unit, on_time_plan.code) == ("target", "%", "766.tien_do.dung_han")
    assert (on_time.unit, on_time.code, on_time.target) == ("%", "766.tien_do.dung_han", 98)
    assert figure_at(rows, PLAN_ROWS, "| 98,16 |", "98,16").code is None


COMMUNES = """UBND HUYỆN ĐÔNG ANH

Kết quả của các xã, thị trấn như sau:

TT\tXã, thị trấn\tHồ sơ tiếp nhận\tTỷ lệ đúng hạn (%)
1\tThị trấn Đông Anh\t1.204\t99,5
2\tXã Uy Nỗ\t863\t98,9
\tTổng cộng cấp xã\t2.067\t99,2

Thị trấn Đông Anh tiếp nhận nhiều hồ sơ nhất.
"""


def test_a_level_total_row_under_a_communes_column_is_that_level():
    rows = _cells(COMMUNES, issuer="UBND huyện Đông Anh")
    total = figure_at(rows, COMMUNES, "\t2.067\t99,2", "2.067")
    share = figure_at(rows, COMMUNES, "\t2.067\t99,2", "99,2")
    assert subject_and_level(total) == subject_and_level(share) == ("cấp xã", "xã")
    assert subject_and_level(figure_at(rows, COMMUNES, "\t863\t", "863")) == ("Xã Uy Nỗ", "xã")
    assert (total.unit, total.code) == ("hồ sơ", "ho_so.tiep_nhan")


AGENCIES = """UBND TỈNH BẮC GIANG
BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP

3. Hồ sơ tiếp nhận tại một số sở, ngành

Các sở có số lượng lớn nhất:

| STT | Đơn vị | 9 tháng năm 2024 | 9 tháng năm 2025 | Tăng, giảm (%) |
|---|---|---|---|---|
| 1 | Sở Tư pháp | 7.310 | 8.025 | +9,78 |
| 2 | Sở Xây dựng | 5.402 | 4.977 | -7,87 |
"""


def test_running_period_columns_are_dated_and_coded_by_the_section_heading():
    rows = _cells(AGENCIES, issuer=None)
    before = figure_at(rows, AGENCIES, "| 7.310 | 8.025", "7.310")
    now = figure_at(rows, AGENCIES, "| 7.310 | 8.025", "8.025")
    change = figure_at(rows, AGENCIES, "| -7,87 |", "-7,87")
    assert (before.as_of, before.unit, before.code) == ("2024-09-30", "hồ sơ", "ho_so.tiep_nhan")
    assert (now.as_of, now.unit, now.code) == ("2025-09-30", "hồ sơ", "ho_so.tiep_nhan")
    assert (change.kind, change.value, change.unit) == ("change", -7.87, "%")
    assert subject_and_level(before) == ("Sở Tư pháp", "tỉnh")


def test_period_headers():
    assert running_period_end("6 tháng đầu năm 2024") == "2024-06-30"
    assert running_period_end("Lũy kế 5 tháng năm 2025") == "2025-05-31"
    assert running_period_end("6 tháng cuối năm 2024") == "2024-12-31"
    assert running_period_end("Năm 2024") is None  # a year alone: the report's period decides
    assert names_only_period("6 tháng đầu năm 2024") and names_only_period("Tháng 3/2025")
    assert not names_only_period("Đã giải quyết năm 2024") and not names_only_period("Đã giải quyết")


GROUPS = """UBND TỈNH QUẢNG TRỊ
VĂN PHÒNG

Điểm các nhóm chỉ số của tỉnh:

| Nhóm chỉ số | Thang điểm | Quý II/2025 | Quý III/2025 | Chênh lệch |
|---|---|---|---|---|
| Công khai, minh bạch | 18 | 16,90 | 17,25 | +0,35 |
| Số hóa hồ sơ | 22 | 15,40 | 15,12 | -0,28 |
| Tổng điểm | 100 | 84,65 | 85,30 | +0,65 |
"""


def test_a_maximum_column_gives_each_rows_scores_their_maximum():
    rows = _cells(GROUPS, issuer="Văn phòng UBND tỉnh Quảng Trị")
    top = figure_at(rows, GROUPS, "| 18 | 16,90", "18")
    earlier = figure_at(rows, GROUPS, "| 16,90 | 17,25", "16,90")
    later = figure_at(rows, GROUPS, "| 17,25 | +0,35", "17,25")
    change = figure_at(rows, GROUPS, "| +0,35 |", "+0,35")
    assert (top.kind, top.unit, top.max_value, top.as_of) == ("value", "điểm", None, "2025-09-30")
    assert (earlier.unit, earlier.max_value, earlier.as_of, earlier.code) == ("điểm", 18, "2025-06-30", "766.cong_khai")
    assert (later.unit, later.max_value, later.as_of, later.code) == ("điểm", 18, "2025-09-30", "766.cong_khai")
    assert (change.kind, change.unit, change.max_value, change.value) == ("change", "điểm", None, 0.35)
    files = figure_at(rows, GROUPS, "| 15,40 | 15,12", "15,40")
    assert (files.unit, files.max_value, files.code) == ("điểm", 22, "766.so_hoa")  # not `hồ sơ` of its name
    assert figure_at(rows, GROUPS, "| -0,28 |", "-0,28").unit == "điểm"
    total = figure_at(rows, GROUPS, "| 85,30 | +0,65", "85,30")
    assert (total.unit, total.max_value) == ("điểm", 100)
