"""Kinds of misses measured on blind sets 25 and 26, each on a text written here in another wording of the same
form; the expected values are what a reader takes from these texts.

- a table whose rows are the 766 groups, by quarter, states no unit: a row named by a group holds its score, a
  `Xếp hạng` row holds ranks;
- the group a body leads (`dẫn đầu khối ...`) is no subject; `Ở khối huyện,` opens a block; counts by grade after
  it are the block's;
- a bare number closing a list item after a count and a verb (`87 PAKN, đã xử lý 85`) counts the same thing; a new
  list item is no clause of the item above; a superlative list lead names the counts under it;
- a score in brackets naming nothing is of the group its paragraph names;
- a list item opening with a month (`- Tháng 10/2025: 72,18%`) dates its figure;
- a group qualified by the province (`các xã, phường trong tỉnh`) is the group;
- a table of land-office branches `Chi nhánh Vĩnh Yên`; counts of `quận`; counts of `kết quả`;
- `hoàn thành ... 100% ... trong quý II năm 2025` in a task is a goal due at the quarter's end;
- `10 địa phương còn lại` are the rest of the bodies counted before;
- a K'Ho signer (`K' Brèo`).
"""

from __future__ import annotations

import pytest
from figure_lookup import figure_at, subject_and_level

from extractor.extract.figures import extract_figures
from extractor.extract.tables import find_tables, table_indicators
from extractor.metadata import extract_metadata
from extractor.models import DocumentMeta, Indicator


def _parts(text: str, period_end: str = "2025-09-30") -> list[DocumentMeta]:
    return [DocumentMeta(issuer=None, period_end=period_end, issued_date=period_end, start=0, end=len(text))]


def _figures(text: str, period_end: str = "2025-09-30") -> list[Indicator]:
    return extract_figures(text, _parts(text, period_end), [])


QUARTERS = """6. Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp

| TT | Nhóm chỉ số | Quý I/2024 | Quý II/2024 |
|---|---|---|---|
| 1 | Công khai, minh bạch | 15,80 | 16,12 |
| 2 | Số hóa hồ sơ | 13,05 | 14,20 |
| | Tổng điểm | 78,10 | 80,44 |
| | Xếp hạng | 35/63 | 28/63 |
"""


@pytest.mark.parametrize("cell, unit, kind", [
    ("15,80", "điểm", "value"), ("14,20", "điểm", "value"), ("80,44", "điểm", "value"), ("28/63", "hạng", "rank"),
])
def test_a_table_of_groups_by_quarter_holds_scores_and_ranks(cell, unit, kind):
    tables = find_tables(QUARTERS, [])
    rows = table_indicators(QUARTERS, tables, _parts(QUARTERS, "2024-12-31"))
    row = next(r for r in rows if r.raw == cell)
    assert (row.unit, row.kind) == (unit, kind)


BLOCKS = """Sở Nội vụ dẫn đầu khối sở, ban, ngành với 93,40 điểm. Ở khối huyện, dẫn đầu là UBND thị xã Bình Minh \
(90,12 điểm); có 06/8 đơn vị xếp loại Tốt và 02/8 đơn vị xếp loại Khá.
"""


def test_the_group_a_body_leads_is_no_subject():
    row = figure_at(_figures(BLOCKS), BLOCKS, "với 93,40", "93,40")
    assert subject_and_level(row) == ("Sở Nội vụ", "tỉnh")


@pytest.mark.parametrize("context, raw", [("có 06/8", "06/8"), ("và 02/8", "02/8")])
def test_counts_by_grade_after_o_khoi_huyen_are_the_blocks(context, raw):
    assert figure_at(_figures(BLOCKS), BLOCKS, context, raw).level == "huyện"


PAKN = """Các đơn vị tiếp nhận nhiều PAKN nhất:
- Sở Giao thông vận tải: 118 PAKN, đã xử lý 109;
- UBND phường Điện Biên: 75 PAKN, đã xử lý 70.
"""


@pytest.mark.parametrize("context, raw, code", [
    ("vận tải: 118", "118", "pakn.tiep_nhan"), ("xử lý 109", "109", "pakn.da_xu_ly"),
    ("Biên: 75", "75", "pakn.tiep_nhan"), ("xử lý 70", "70", "pakn.da_xu_ly"),
])
def test_a_list_of_bodies_received_and_handled_pakn(context, raw, code):
    row = figure_at(_figures(PAKN), PAKN, context, raw)
    assert (row.unit, row.code) == ("PAKN", code)


SATISFACTION = """Điểm nhóm Mức độ hài lòng bình quân của các sở, ban, ngành đạt 17,60/18 điểm. Thấp nhất là UBND xã \
Hoằng Hóa (15,40/18 điểm).

Tỷ lệ nộp trực tuyến theo từng tháng:
- Tháng 7/2025: 70,12%;
- Tháng 8/2025: 73,40%.

Điểm bình quân của các xã, phường trong tỉnh là 83,10 điểm.
"""


def test_a_bracketed_score_takes_its_paragraphs_group():
    assert figure_at(_figures(SATISFACTION), SATISFACTION, "(15,40/18", "15,40").code == "766.hai_long"


@pytest.mark.parametrize("context, raw, as_of", [("7/2025: 70,12%", "70,12%", "2025-07-31"),
                                                 ("8/2025: 73,40%", "73,40%", "2025-08-31")])
def test_a_list_item_opening_with_a_month_dates_its_figure(context, raw, as_of):
    assert figure_at(_figures(SATISFACTION), SATISFACTION, context, raw).as_of == as_of


def test_a_group_qualified_by_the_province_is_the_group():
    assert figure_at(_figures(SATISFACTION), SATISFACTION, "là 83,10", "83,10").level == "xã"


BRANCHES = """| TT | Chi nhánh | Tiếp nhận | Đã giải quyết |
|---|---|---|---|
| 1 | Chi nhánh Kim Bảng | 812 | 790 |
| 2 | Chi nhánh Thanh Liêm | 604 | 588 |
"""


@pytest.mark.parametrize("cell, subject", [("812", "Chi nhánh Kim Bảng"), ("588", "Chi nhánh Thanh Liêm")])
def test_a_table_of_branches_names_each_branch(cell, subject):
    rows = table_indicators(BRANCHES, find_tables(BRANCHES, []), _parts(BRANCHES))
    assert next(r for r in rows if r.raw == cell).subject == subject


COUNTS = """Có 4/7 quận, huyện xếp loại Tốt, 3 quận, huyện xếp loại Khá. Trung tâm đã cấp 8.420 kết quả giải quyết \
TTHC điện tử. Mới có 03/10 huyện, thành phố đạt chỉ tiêu năm; 7 địa phương còn lại chưa đạt.

III. NHIỆM VỤ

2. Các sở, ngành hoàn thành số hóa 100% hồ sơ, kết quả giải quyết TTHC trong quý IV năm 2025.
"""


@pytest.mark.parametrize("context, raw, unit, level", [
    ("Có 4/7", "4/7", "quận", "huyện"), ("Tốt, 3 quận", "3", "quận", "huyện"),
    ("cấp 8.420", "8.420", "kết quả", None), ("; 7 địa", "7", "đơn vị", "huyện"),
])
def test_counts_of_urban_districts_results_and_the_rest(context, raw, unit, level):
    row = figure_at(_figures(COUNTS), COUNTS, context, raw)
    assert (row.kind, row.unit) == ("count", unit)
    if level:
        assert row.level == level


def test_completing_a_share_within_a_quarter_is_a_goal():
    row = figure_at(_figures(COUNTS), COUNTS, "hóa 100% hồ sơ", "100%")
    assert (row.kind, row.as_of) == ("target", "2025-12-31")


SIGNED = """ỦY BAN NHÂN DÂN
HUYỆN LẠC DƯƠNG

Số: 12/BC-UBND

BÁO CÁO
Kết quả cải cách hành chính tháng 9 năm 2025

Trong tháng, huyện tiếp nhận 1.204 hồ sơ.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

K' Sơn
"""


def test_a_kho_signer_is_read():
    assert extract_metadata(SIGNED)[0].signer == "K' Sơn"


CITY = """Hiện nay, tổng số TTHC đang thực hiện tại các cấp chính quyền thành phố là 1.880 TTHC, trong đó cấp thành \
phố 1.470 TTHC, cấp huyện 280 TTHC và cấp xã 130 TTHC. Tỷ lệ hồ sơ trực tuyến của cấp thành phố, cấp huyện, cấp xã \
lần lượt là 90,10%, 60,40% và 45,20%.

Thị xã đạt 85,02 điểm; điểm bình quân khối huyện của tỉnh là 82,90 điểm. Tổng số hồ sơ tiếp nhận là 2.510 hồ sơ; \
trong đó trực tuyến 1.904 hồ sơ. So với quý IV năm 2024 (2.300 hồ sơ), số hồ sơ tiếp nhận tăng 210 hồ sơ.
"""


@pytest.mark.parametrize("context, raw, subject, level", [
    ("phố 1.470", "1.470", "cấp thành phố", "tỉnh"), ("là 90,10%", "90,10%", "cấp thành phố", "tỉnh"),
    (", 60,40%", "60,40%", "cấp huyện", "huyện"), ("và 45,20%", "45,20%", "cấp xã", "xã"),
])
def test_cap_thanh_pho_above_cap_huyen_is_a_centrally_run_citys_own_level(context, raw, subject, level):
    assert subject_and_level(figure_at(_figures(CITY), CITY, context, raw)) == (subject, level)


def test_the_average_of_a_block_named_inside_a_clause():
    assert figure_at(_figures(CITY), CITY, "là 82,90", "82,90").level == "huyện"


def test_an_earlier_value_in_a_sentence_opening_so_voi_is_of_what_the_clause_after_names():
    row = figure_at(_figures(CITY), CITY, "(2.300 hồ sơ)", "2.300")
    assert (row.kind, row.code) == ("previous", "ho_so.tiep_nhan")
