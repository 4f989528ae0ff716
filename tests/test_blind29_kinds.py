"""Kinds of misses measured on blind sets 29 and 30, each on a text written here in another wording of the same
form; the expected values are what a reader takes from these texts.

- a report titled on the PAR INDEX: its scores naming nothing, its ranks and its table's cells are `par_index`; a
  column `Điểm năm 2023` is dated at that year's end; the `Bình quân` row of a table of districts is of their level;
- `chấm điểm của 20 sở, ban, ngành` counts agencies (province level);
- `Công an các phường thuộc thành phố Dĩ An:` list items: the unit after `thuộc` places the body, and the lead's verb
  names the counts; counts of files under a lead naming no verb are files received;
- a rank among `cơ quan, đơn vị cấp tỉnh` is the body's, not the level's;
- a bare `số hóa` share is the digitisation share;
- units named as before a merger (`... thuộc huyện Đơn Dương cũ`) are no subject;
- `cấp xã toàn tỉnh` is the commune level; `lũy kế đạt N tài khoản` is a running total;
- assignees qualified `xếp loại Trung bình`, or before `mở rộng`, `trang bị`, or `tổng hợp số liệu`.
"""

from __future__ import annotations

import pytest
from figure_lookup import figure_at, subject_and_level

from extractor.extract.deadlines import extract_deadlines
from extractor.extract.figures import extract_figures
from extractor.extract.tables import find_tables, table_indicators
from extractor.models import DocumentMeta, Indicator


def _parts(text: str, period_end: str = "2024-12-31", issuer: str | None = None) -> list[DocumentMeta]:
    return [DocumentMeta(issuer=issuer, period_end=period_end, issued_date=period_end, start=0, end=len(text))]


def _figures(text: str, period_end: str = "2024-12-31", issuer: str | None = None) -> list[Indicator]:
    return extract_figures(text, _parts(text, period_end, issuer), [])


PAR = """UBND TỈNH HÀ TĨNH
SỞ NỘI VỤ

BÁO CÁO
Kết quả xác định Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành và UBND các huyện

Kính gửi: Ủy ban nhân dân tỉnh.

Hội đồng thẩm định đã chấm điểm của 19 sở, ban, ngành và 13 huyện, thị xã, thành phố.

Năm 2023, Chỉ số CCHC của tỉnh đạt 85,10%, xếp thứ 31/63 tỉnh, thành phố. Điểm bình quân của khối sở, ban, ngành đạt
86,40 điểm, tăng 1,10 điểm so với năm 2023 (85,30 điểm). Dẫn đầu là Sở Tư pháp (93,05 điểm).

| STT | Đơn vị | Điểm năm 2023 | Điểm năm 2024 | Xếp hạng năm 2024 |
|---|---|---|---|---|
| 1 | UBND thành phố Hà Tĩnh | 88,10 | 90,02 | 1 |
| 2 | UBND huyện Kỳ Anh | 84,40 | 85,12 | 2 |
| | Bình quân | 86,25 | 87,57 | |
"""


@pytest.mark.parametrize("context, raw", [
    ("thứ 31/63", "31/63"), ("đạt\n86,40", "86,40"), ("tăng 1,10", "1,10"), ("(85,30", "85,30"), ("(93,05", "93,05"),
])
def test_a_report_titled_on_the_par_index_codes_its_scores_naming_nothing(context, raw):
    assert figure_at(_figures(PAR), PAR, context, raw).code == "par_index"


def test_agencies_scored_are_counted_at_the_province_level():
    assert figure_at(_figures(PAR), PAR, "của 19", "19").level == "tỉnh"


@pytest.mark.parametrize("cell, as_of, code, level", [
    ("88,10", "2023-12-31", "par_index", "huyện"), ("90,02", "2024-12-31", "par_index", "huyện"),
    ("86,25", "2023-12-31", "par_index", "huyện"),
])
def test_a_par_table_with_year_columns_and_an_average_row(cell, as_of, code, level):
    rows = table_indicators(PAR, find_tables(PAR, []), _parts(PAR))
    row = next(r for r in rows if r.raw == cell)
    assert (row.as_of, row.code, row.level) == (as_of, code, level)


def test_a_rank_column_of_a_par_table_is_the_par_rank():
    rows = table_indicators(PAR, find_tables(PAR, []), _parts(PAR))
    row = next(r for r in rows if r.kind == "rank" and r.subject == "UBND huyện Kỳ Anh")
    assert row.code == "par_index"


POLICE = """Hồ sơ đăng ký thường trú, tạm trú do Công an cấp xã tiếp nhận theo từng địa bàn:
- Công an các phường thuộc thành phố Thủ Đức: 4.102 hồ sơ, trực tuyến đạt 97,10%;
- Công an các xã thuộc huyện Cần Giờ: 812 hồ sơ, trực tuyến đạt 93,40%.

Kết quả theo lĩnh vực có nhiều hồ sơ:
+ Hộ tịch: 512 hồ sơ, trực tuyến 90,20%;
+ Đất đai: 188 hồ sơ, trực tuyến 60,40%.

Công an tỉnh đạt 90,10 điểm, xếp thứ 5/22 cơ quan, đơn vị cấp tỉnh (tháng 4/2025 xếp thứ 7/22).
"""


@pytest.mark.parametrize("context, raw", [("Thủ Đức: 4.102", "4.102"), ("Cần Giờ: 812", "812")])
def test_commune_police_placed_by_their_district(context, raw):
    row = figure_at(_figures(POLICE, "2025-05-31"), POLICE, context, raw)
    assert (row.level, row.code) == ("xã", "ho_so.tiep_nhan")


@pytest.mark.parametrize("context, raw", [("Hộ tịch: 512", "512"), ("Đất đai: 188", "188")])
def test_counts_of_files_under_a_lead_naming_no_verb_are_files_received(context, raw):
    assert figure_at(_figures(POLICE, "2025-05-31"), POLICE, context, raw).code == "ho_so.tiep_nhan"


def test_a_rank_among_agencies_of_a_level_is_the_bodys():
    row = figure_at(_figures(POLICE, "2025-05-31", "Công an tỉnh"), POLICE, "thứ 7/22", "7/22")
    assert subject_and_level(row) == ("Công an tỉnh", "tỉnh")


COMMUNE = """Xã Ka Đô được thành lập trên cơ sở sắp xếp xã Ka Đô, xã Quảng Lập và xã Pró thuộc huyện Đơn Dương cũ, có \
diện tích tự nhiên 187,6 km², dân số 31.482 người.

- Phường Trần Phú: tiếp nhận 712 hồ sơ, nộp trực tuyến 85,39%, số hóa 92,13%.

Trên địa bàn xã kích hoạt mới 326 tài khoản định danh điện tử; lũy kế đạt 21.947 tài khoản. Điểm bình quân cấp xã toàn
tỉnh là 82,57 điểm.
"""


def test_units_named_as_before_a_merger_are_no_subject():
    row = figure_at(_figures(COMMUNE, "2025-10-31"), COMMUNE, "dân số 31.482", "31.482")
    assert subject_and_level(row) == ("Xã Ka Đô", "xã")  # the sentence's own subject (no header names the issuer)


def test_a_bare_so_hoa_share_is_the_digitisation_share():
    assert figure_at(_figures(COMMUNE, "2025-10-31"), COMMUNE, "số hóa 92,13%", "92,13%").code == "766.so_hoa.ho_so"


def test_a_running_total_written_luy_ke_dat():
    row = figure_at(_figures(COMMUNE, "2025-10-31"), COMMUNE, "đạt 21.947", "21.947")
    assert row.code == "tai_khoan_dinh_danh"


def test_cap_xa_toan_tinh_is_the_commune_level():
    assert figure_at(_figures(COMMUNE, "2025-10-31"), COMMUNE, "là 82,57", "82,57").level == "xã"


TASKS = """IV. NHIỆM VỤ

1. UBND các xã, phường xếp loại Trung bình rà soát, khắc phục các chỉ tiêu bị trừ điểm, báo cáo trước ngày 15/11/2025.
2. Phòng Cảnh sát giao thông mở rộng tiếp nhận hồ sơ trực tuyến, hoàn thành trong tháng 12/2025.
3. Phòng Tham mưu tổng hợp số liệu, báo cáo Giám đốc Công an tỉnh chậm nhất ngày 20 tháng 12 năm 2025.
4. Văn phòng HĐND và UBND xã trang bị thêm máy quét tại các điểm, hoàn thành trước ngày 28/12/2025.
"""


@pytest.mark.parametrize("day, assignee", [
    ("2025-11-15", "UBND các xã, phường xếp loại Trung bình"), ("2025-12-31", "Phòng Cảnh sát giao thông"),
    ("2025-12-20", "Phòng Tham mưu"), ("2025-12-28", "Văn phòng HĐND và UBND xã"),
])
def test_assignees_qualified_or_before_their_task(day, assignee):
    rows = {row.due_date: row for row in extract_deadlines(TASKS, _parts(TASKS, "2025-10-31"))}
    assert rows[day].assignee == assignee
