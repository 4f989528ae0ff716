"""Kinds of misses measured on blind sets 39-42, each on a text written here in another wording of the same form;
the expected values are what a reader takes from these texts.

- a type line with a word on the report's kind (`BÁO CÁO NHANH`) is still the type line: the title under it gives the
  period (one month, not a quarter named later in the body);
- the 2025 departments (`Sở Dân tộc và Tôn giáo`) are issuers;
- a table column headed only by a step of handling files (`Tiếp nhận`, `Đã giải quyết`, `Quá hạn`) beside a `Số TTHC`
  column counts files;
- copies certified (`Số bản chứng thực`, `Bản sao điện tử`) are counted in `bản`, and a count of electronic copies
  carries the electronic-certification code; notaries' offices are a subject of no level;
- in a department's report that also speaks of the province, a paragraph the department opens as its actor (`Sở đã
  cấp ...`) is its own;
- parts of a six-month count by quarter in brackets (`(quý III: 3.514 hồ sơ; quý IV: 4.332 hồ sơ)`) stay counts,
  each dated at its quarter's end;
- villages (`Xóm Làng Lường`, `Thôn Đông`) are subjects of no level, and `27 xóm` is a count of villages;
- the issuer of a cited document (`Theo Thông báo số ... của Văn phòng UBND tỉnh, ... Sở đạt 92,15 điểm`) is no
  subject;
- parts of a count in brackets separated by `;` (`(cấp tỉnh 58.214; cấp huyện 96.437; cấp xã 257.929)`) are counts
  of its unit, and the figures after the bracket are not the last part's;
- `xử lý đúng hạn` in a sentence on PAKN is the PAKN rate; `Điểm hài lòng bình quân ... PAKN đạt 4,32/5 điểm`; `tiếp
  nhận nhiều PAKN là X (214 PAKN)`; `đang triển khai 437 TTHC`;
- the police's units of a level (`Công an cấp xã`) and its divisions (`Phòng Cảnh sát quản lý hành chính về trật tự
  xã hội`) are bodies.
"""

from __future__ import annotations

import pytest
from figure_lookup import figure_at

from extractor.extract.figures import extract_figures
from extractor.extract.tables import find_tables, table_indicators
from extractor.metadata import extract_metadata
from extractor.models import DocumentMeta

QUICK = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HẢI PHÒNG

Số: 118/BC-UBND
Hải Phòng, ngày 03 tháng 4 năm 2025

BÁO CÁO NHANH
Kết quả chấm điểm Bộ chỉ số của các quận, huyện tháng 3 năm 2025

Kính gửi: Thường trực Thành ủy.

Thành phố đạt 86,10/100 điểm. Quý II năm 2025 Thành phố phấn đấu tăng ít nhất 2 bậc.
"""


def test_a_type_line_naming_the_reports_kind_still_heads_the_title_and_its_period():
    meta = extract_metadata(QUICK)[0]
    assert (meta.doc_type, meta.period_label, meta.period_end) == ("Báo cáo", "tháng 3 năm 2025", "2025-03-31")
    assert meta.title.startswith("Kết quả chấm điểm Bộ chỉ số")


DEPARTMENT = """UBND TỈNH KON TUM
SỞ DÂN TỘC VÀ TÔN GIÁO

Số: 77/BC-SDTTG
Kon Tum, ngày 02 tháng 4 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính quý I năm 2025
"""


def test_a_department_formed_in_2025_is_the_issuer():
    assert extract_metadata(DEPARTMENT)[0].issuer == "Sở Dân tộc và Tôn giáo"


BY_FIELD = """Kết quả theo lĩnh vực trong quý:

| STT | Lĩnh vực | Số TTHC | Tiếp nhận | Đã giải quyết | Quá hạn |
|---|---|---|---|---|---|
| 1 | Hộ tịch | 12 | 840 | 812 | 4 |
| 2 | Chứng thực | 9 | 1.206 | 1.206 | 0 |
"""


@pytest.mark.parametrize("cell, unit, code", [
    ("12", "TTHC", "tthc.tong_so"), ("840", "hồ sơ", "ho_so.tiep_nhan"), ("812", "hồ sơ", None),
    ("4", "hồ sơ", "766.tien_do.qua_han"),
])
def test_columns_naming_a_step_of_handling_files_count_files_beside_procedures(cell, unit, code):
    parts = [DocumentMeta(issuer="Sở Tư pháp", period_end="2025-03-31", start=0, end=len(BY_FIELD))]
    rows = table_indicators(BY_FIELD, find_tables(BY_FIELD, []), parts)
    row = next(r for r in rows if r.raw == cell and r.row == 0)
    assert (row.unit, row.code) == (unit, code)


COPIES = """| STT | Xã, phường | Số bản chứng thực | Bản sao điện tử | Tỷ lệ (%) |
|---|---|---|---|---|
| 1 | Phường Quy Nhơn | 8.120 | 4.406 | 54,26 |

Các tổ chức hành nghề công chứng chứng thực 9.870 bản, trong đó bản sao điện tử 2.151 bản.
"""


def test_copies_are_counted_in_ban_and_electronic_copies_carry_their_code():
    parts = [DocumentMeta(period_end="2025-06-30", start=0, end=len(COPIES))]
    cells = {r.raw: r for r in table_indicators(COPIES, find_tables(COPIES, []), parts)}
    assert (cells["8.120"].unit, cells["4.406"].unit, cells["4.406"].code) == ("bản", "bản", "chung_thuc_dien_tu")
    rows = extract_figures(COPIES, parts, [(0, COPIES.index("\n\n"))])
    electronic = figure_at(rows, COPIES, "điện tử 2.151", "2.151")
    assert (electronic.unit, electronic.code) == ("bản", "chung_thuc_dien_tu")
    assert (electronic.subject, electronic.level) == ("Các tổ chức hành nghề công chứng", None)


MIXED = """UBND TỈNH BÌNH ĐỊNH
SỞ TƯ PHÁP

Số: 310/BC-STP
Bình Định, ngày 04 tháng 7 năm 2025

BÁO CÁO
Kết quả chứng thực điện tử và cấp Phiếu lý lịch tư pháp quý II năm 2025

I. CHỨNG THỰC

Toàn tỉnh có 155 xã, phường thực hiện chứng thực. Trên địa bàn tỉnh đã chứng thực 98.400 bản sao.

II. LÝ LỊCH TƯ PHÁP

Sở đã cấp 3.910 Phiếu lý lịch tư pháp, trong đó đúng hạn 3.902 phiếu. Thời gian giải quyết trung bình 4,8 ngày.
"""


@pytest.mark.parametrize("context, raw, subject", [
    ("cấp 3.910", "3.910", "Sở Tư pháp"), ("đúng hạn 3.902", "3.902", "Sở Tư pháp"), ("bình 4,8", "4,8", "Sở Tư pháp"),
    ("chứng thực 98.400", "98.400", None),
])
def test_a_paragraph_the_department_opens_as_its_actor_is_its_own(context, raw, subject):
    row = figure_at(extract_figures(MIXED, extract_metadata(MIXED), []), MIXED, context, raw)
    assert row.subject == subject


HALF_YEAR = """UBND XÃ ĐỒNG HỶ

Số: 02/BC-UBND
Đồng Hỷ, ngày 06 tháng 01 năm 2026

BÁO CÁO
Kết quả cải cách thủ tục hành chính 6 tháng cuối năm 2025

Xã tiếp nhận 5.210 hồ sơ (quý III: 2.480 hồ sơ; quý IV: 2.730 hồ sơ), nộp trực tuyến đạt 70,12% (quý III đạt \
66,30%, quý IV đạt 73,59%). Toàn xã có 19 xóm.
- Xóm Cây Thị: hỗ trợ 140 hồ sơ trực tuyến;
- Thôn Khe Mo: hỗ trợ 96 hồ sơ trực tuyến.
"""


@pytest.mark.parametrize("context, raw, kind, as_of", [
    ("quý III: 2.480", "2.480", "count", "2025-09-30"), ("quý IV: 2.730", "2.730", "count", "2025-12-31"),
    ("quý III đạt 66,30%", "66,30%", "value", "2025-09-30"), ("quý IV đạt 73,59%", "73,59%", "value", "2025-12-31"),
])
def test_quarters_in_brackets_are_parts_of_a_six_month_count_dated_at_their_ends(context, raw, kind, as_of):
    row = figure_at(extract_figures(HALF_YEAR, extract_metadata(HALF_YEAR), []), HALF_YEAR, context, raw)
    assert (row.kind, row.as_of) == (kind, as_of)


@pytest.mark.parametrize("context, raw, subject, unit", [
    ("có 19 xóm", "19", None, "xóm"), ("Thị: hỗ trợ 140", "140", "Xóm Cây Thị", "hồ sơ"),
    ("Mo: hỗ trợ 96", "96", "Thôn Khe Mo", "hồ sơ"),
])
def test_villages_are_subjects_of_no_level_and_counted_in_xom(context, raw, subject, unit):
    row = figure_at(extract_figures(HALF_YEAR, extract_metadata(HALF_YEAR), []), HALF_YEAR, context, raw)
    assert (row.unit, row.kind) == (unit, "count")
    if subject is not None:
        assert (row.subject, row.level) == (subject, None)


CITED = """Theo Thông báo số 88/TB-VPUBND ngày 10/4/2025 của Văn phòng UBND tỉnh, quý I năm 2025 Sở Y tế đạt 90,40 \
điểm, xếp thứ 5/19 sở, ban, ngành.
"""


def test_the_issuer_of_a_cited_document_is_no_subject():
    row = figure_at(extract_figures(CITED, [], []), CITED, "đạt 90,40", "90,40")
    assert row.subject == "Sở Y tế"


SYSTEM = """Hệ thống tiếp nhận 215.400 hồ sơ (cấp tỉnh 40.100; cấp huyện 61.300; cấp xã 114.000), trong đó trực \
tuyến 160.210 hồ sơ.
Hệ thống tiếp nhận 902 phản ánh, kiến nghị; đã xử lý 870 PAKN; tỷ lệ xử lý đúng hạn đạt 95,40%. Điểm hài lòng bình \
quân đối với kết quả xử lý PAKN đạt 4,05/5 điểm. Các cơ quan tiếp nhận nhiều PAKN là Sở Xây dựng (120 PAKN).
Thành phố đang triển khai 512 TTHC.
Công an cấp xã tiếp nhận 5.100 hồ sơ, Phòng Cảnh sát quản lý hành chính về trật tự xã hội tiếp nhận 640 hồ sơ.
"""


@pytest.mark.parametrize("context, raw, unit, subject, level", [
    ("cấp huyện 61.300", "61.300", "hồ sơ", "cấp huyện", "huyện"),
    ("cấp xã 114.000", "114.000", "hồ sơ", "cấp xã", "xã"),
    ("tuyến 160.210", "160.210", "hồ sơ", None, None),
    ("Công an cấp xã tiếp nhận 5.100", "5.100", "hồ sơ", "Công an cấp xã", "xã"),
    ("xã hội tiếp nhận 640", "640", "hồ sơ", "Phòng Cảnh sát quản lý hành chính về trật tự xã hội", "tỉnh"),
])
def test_bracketed_parts_split_by_semicolons_and_the_polices_units(context, raw, unit, subject, level):
    row = figure_at(extract_figures(SYSTEM, [], []), SYSTEM, context, raw)
    assert (row.unit, row.subject, row.level) == (unit, subject, level)


@pytest.mark.parametrize("context, raw, code", [
    ("đạt 95,40%", "95,40%", "766.hai_long.pakn_dung_han"), ("đạt 4,05/5", "4,05/5", "pakn.diem_hai_long"),
    ("(120 PAKN)", "120", "pakn.tiep_nhan"), ("khai 512 TTHC", "512", "tthc.tong_so"),
])
def test_pakn_wordings_and_procedures_being_implemented(context, raw, code):
    row = figure_at(extract_figures(SYSTEM, [], []), SYSTEM, context, raw)
    assert row.code == code
