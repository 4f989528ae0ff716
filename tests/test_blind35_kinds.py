"""Kinds of misses measured on blind sets 35 and 36, each on a text written here in another wording of the same
form; the expected values are what a reader takes from these texts.

- a department's report that states its own figures sentence after sentence (`Sở tiếp nhận ...`, `Sở đã giải quyết
  ...`, `Sở đạt ... điểm`) is on the department, figures naming no body included, even where one paragraph speaks of
  the province (`Trên địa bàn tỉnh có ... doanh nghiệp ...`): that paragraph's figures stay the province's;
- a table column `Nộp qua mạng` / `Tỷ lệ qua mạng (%)` is files submitted online;
- a sentence that names a month or quarter before its first figure (`Theo kết quả đánh giá ... tháng 8/2025, tỉnh
  ... đạt ...`) dates its figures at that period's end in a report for a longer period; a figure right after a
  quarter (`trong đó: quý I 21.508 hồ sơ`) is of that quarter;
- a guarded catalogued name (`quá hạn 6,12%`, right after `số hóa hồ sơ 52,30%`) is named, not the share before it;
  a score in brackets after a list item's name (`- UBND huyện Đức Huệ (73,40 điểm): ...`) is the body's score;
- a bare share first on a list item is of the share the list's lead names (`Còn 6/104 xã ... có tỷ lệ nộp trực
  tuyến thấp, gồm:`); a bare count of files first on an item under a lead on the units' results (`Kết quả của một
  số xã ...:`) is of files received;
- a bound `đạt trên 90%` in a numbered task of a part headed `II. NHIỆM VỤ QUÝ II NĂM 2025` is a goal, not a band;
- targets listed `tương ứng là` in brackets after shares of three levels are those levels', in order;
- the total row of a table titled on a number of bodies of one level (`của 10 sở, ngành`) is that level's;
- counts of copies (`bản`), of people a service covers (`đối tượng`) and of households (`hộ`).
"""

from __future__ import annotations

import pytest
from figure_lookup import figure_at, subject_and_level

from extractor.extract.figures import extract_figures
from extractor.extract.tables import find_tables, table_indicators
from extractor.models import DocumentMeta

OWN_WORK = """1. Hồ sơ thủ tục hành chính

Trong quý, Sở tiếp nhận 12.480 hồ sơ, giảm 310 hồ sơ so với quý trước; trong đó hồ sơ nộp trực tuyến là 11.902 hồ sơ.

Sở đã giải quyết 12.215 hồ sơ, trong đó đúng hạn 12.190 hồ sơ. Thời gian giải quyết bình quân là 3,4 ngày/hồ sơ.

2. Cấp giấy phép

Trên địa bàn tỉnh có 1.215 doanh nghiệp kinh doanh xăng dầu, tăng 2,1% so với năm 2023. Ngoài ra, có 86 doanh \
nghiệp mới.

3. Đánh giá

Sở tiếp nhận 04 phản ánh, kiến nghị, đã xử lý xong 04/04 PAKN. Quý này Sở đạt 88,12 điểm, xếp thứ 5/21 sở, ngành.
"""


def _own_work_figures():
    parts = [DocumentMeta(issuer="Sở Công Thương", period_end="2025-03-31", start=0, end=len(OWN_WORK))]
    return extract_figures(OWN_WORK, parts, [])


@pytest.mark.parametrize("context, raw", [
    ("tiếp nhận 12.480", "12.480"), ("giảm 310", "310"), ("là 11.902", "11.902"), ("quyết 12.215", "12.215"),
    ("hạn 12.190", "12.190"), ("là 3,4 ngày", "3,4"), ("đạt 88,12", "88,12"), ("thứ 5/21", "5/21"),
])
def test_a_departments_report_on_its_own_work_gives_it_the_unnamed_figures(context, raw):
    row = figure_at(_own_work_figures(), OWN_WORK, context, raw)
    assert subject_and_level(row) == ("Sở Công Thương", "tỉnh")


@pytest.mark.parametrize("context, raw", [("có 1.215", "1.215"), ("tăng 2,1%", "2,1%"), ("có 86", "86")])
def test_a_paragraph_on_the_province_keeps_its_figures_the_provinces(context, raw):
    row = figure_at(_own_work_figures(), OWN_WORK, context, raw)
    assert subject_and_level(row) == (None, None)


ONLINE = """Kết quả tiếp nhận hồ sơ theo từng lĩnh vực (đơn vị tính: hồ sơ):

STT	Lĩnh vực	Tổng số	Nộp qua mạng	Tỷ lệ qua mạng (%)
1	Lưu thông hàng hóa	3.410	3.288	96,42
2	Điện	1.122	1.009	89,93
"""


@pytest.mark.parametrize("cell, unit", [("3.288", "hồ sơ"), ("96,42", "%"), ("1.009", "hồ sơ"), ("89,93", "%")])
def test_a_column_of_files_submitted_qua_mang_is_online_submission(cell, unit):
    parts = [DocumentMeta(issuer="Sở Công Thương", period_end="2025-03-31", start=0, end=len(ONLINE))]
    rows = table_indicators(ONLINE, find_tables(ONLINE, []), parts)
    row = next(r for r in rows if r.raw == cell)
    assert (row.unit, row.code) == (unit, "766.dvctt.nop_truc_tuyen")


HALF_YEAR = """1. Tình hình chung

Trong 9 tháng, Trung tâm tiếp nhận 61.220 hồ sơ, trong đó: quý I 18.004 hồ sơ, quý II 20.116 hồ sơ, quý III 23.100 hồ \
sơ.

2. Bộ chỉ số

Theo kết quả công bố của Văn phòng Chính phủ tháng 7/2025, tỉnh đạt 86,02/100 điểm, xếp thứ 11/34 tỉnh, thành phố, \
tăng 3 bậc so với tháng 6/2025 (xếp thứ 14/34). Cũng trong tháng 7/2025, điểm trung bình khối xã là 81,40 điểm.

Từ tháng 7/2025, toàn tỉnh đã tiếp nhận 40.200 hồ sơ.
"""


def _half_year_figures():
    parts = [DocumentMeta(period_start="2025-01-01", period_end="2025-09-30", start=0, end=len(HALF_YEAR))]
    return extract_figures(HALF_YEAR, parts, [])


@pytest.mark.parametrize("context, raw, as_of", [
    ("quý I 18.004", "18.004", "2025-03-31"), ("quý II 20.116", "20.116", "2025-06-30"),
    ("quý III 23.100", "23.100", "2025-09-30"), ("nhận 61.220", "61.220", "2025-09-30"),
    ("đạt 86,02/100", "86,02/100", "2025-07-31"), ("thứ 11/34", "11/34", "2025-07-31"),
    ("tăng 3 bậc", "3", "2025-07-31"), ("là 81,40", "81,40", "2025-07-31"),
    ("nhận 40.200", "40.200", "2025-09-30"),  # since July: the period's end
])
def test_a_month_or_quarter_stated_before_the_figures_dates_them(context, raw, as_of):
    assert figure_at(_half_year_figures(), HALF_YEAR, context, raw).as_of == as_of


WEAKEST = """Hai địa phương có điểm thấp nhất là:
- UBND huyện Vĩnh Hưng (70,12 điểm): thanh toán trực tuyến 15,20%, số hóa hồ sơ 49,80%, quá hạn 7,05%;
- UBND huyện Tân Thạnh (71,36 điểm): thanh toán trực tuyến 17,44%, số hóa hồ sơ 51,02%, quá hạn 6,41%.

Tỷ lệ giải quyết đúng hạn ở cấp xã đạt 98,70%. Còn 3/60 xã có tỷ lệ nộp trực tuyến thấp, gồm:
- Xã Bình Hòa: 55,10%;
- Xã Thạnh Lợi: 58,32%.

Kết quả của một số xã có số hồ sơ lớn:
- Xã Hậu Thạnh: 1.904 hồ sơ, trực tuyến 81,20%;
- Xã Nhơn Hòa: 1.377 hồ sơ, trực tuyến 77,05%.
"""


@pytest.mark.parametrize("context, raw, code", [
    ("quá hạn 7,05%", "7,05%", "766.tien_do.qua_han"), ("quá hạn 6,41%", "6,41%", "766.tien_do.qua_han"),
    ("(70,12 điểm)", "70,12", "766.tong_hop"), ("(71,36 điểm)", "71,36", "766.tong_hop"),
    ("Hòa: 55,10%", "55,10%", "766.dvctt.nop_truc_tuyen"), ("Lợi: 58,32%", "58,32%", "766.dvctt.nop_truc_tuyen"),
    ("Thạnh: 1.904", "1.904", "ho_so.tiep_nhan"), ("Hòa: 1.377", "1.377", "ho_so.tiep_nhan"),
])
def test_list_items_are_coded_by_their_own_names_and_their_leads(context, raw, code):
    parts = [DocumentMeta(period_end="2025-03-31", start=0, end=len(WEAKEST))]
    assert figure_at(extract_figures(WEAKEST, parts, []), WEAKEST, context, raw).code == code


TASKS = """II. NHIỆM VỤ QUÝ III NĂM 2025

1. Sở Nội vụ hoàn thành rà soát danh mục TTHC trước ngày 15/8/2025.
2. Sở Tư pháp nâng tỷ lệ số hóa hồ sơ TTHC đạt trên 85% trong tháng 9/2025.
"""


def test_a_bound_in_a_numbered_task_under_a_tasks_part_is_a_goal():
    parts = [DocumentMeta(period_end="2025-06-30", start=0, end=len(TASKS))]
    row = figure_at(extract_figures(TASKS, parts, []), TASKS, "trên 85%", "85%")
    assert (row.value, row.kind) == (85, "target")


LEVEL_TARGETS = """- Tỷ lệ văn bản đi được ký số: cấp tỉnh 97,02%, cấp huyện 90,15%, cấp xã 81,40% (kế hoạch năm \
2025 tương ứng là 95%, 85% và 75%).
"""


@pytest.mark.parametrize("context, raw, subject, level", [
    ("là 95%", "95%", "cấp tỉnh", "tỉnh"), (" 85%", "85%", "cấp huyện", "huyện"), ("và 75%", "75%", "cấp xã", "xã"),
])
def test_targets_listed_in_brackets_after_shares_of_levels_are_theirs_in_order(context, raw, subject, level):
    row = figure_at(extract_figures(LEVEL_TARGETS, [], []), LEVEL_TARGETS, context, raw)
    assert subject_and_level(row) == (subject, level)


COUNTED_TITLE = """Số hồ sơ của 03 sở, ngành tiếp nhận nhiều nhất trong quý:

| STT | Cơ quan | Hồ sơ tiếp nhận | Trực tuyến (%) |
|---|---|---|---|
| 1 | Sở Tư pháp | 2.100 | 88,10 |
| 2 | Sở Y tế | 930 | 71,52 |
| 3 | Sở Công Thương | 640 | 95,00 |
| | Tổng cộng | 3.670 | 84,20 |
"""


def test_the_total_of_a_table_titled_on_a_number_of_departments_is_at_their_level():
    rows = table_indicators(COUNTED_TITLE, find_tables(COUNTED_TITLE, []), [])
    totals = [row for row in rows if row.raw in ("3.670", "84,20")]
    assert [row.level for row in totals] == ["tỉnh", "tỉnh"]


COUNTS = """- Chứng thực bản sao điện tử: đã cấp 2.418 bản.
- Chi trả trợ cấp qua tài khoản cho 12.306 đối tượng bảo trợ xã hội.
- Có 4.051 hộ kinh doanh mở tài khoản thanh toán.
"""


@pytest.mark.parametrize("context, raw, unit", [
    ("cấp 2.418 bản", "2.418", "bản"), ("cho 12.306 đối tượng", "12.306", "đối tượng"), ("Có 4.051 hộ", "4.051", "hộ"),
])
def test_counts_of_copies_people_covered_and_households(context, raw, unit):
    row = figure_at(extract_figures(COUNTS, [], []), COUNTS, context, raw)
    assert (row.unit, row.kind) == (unit, "count")
