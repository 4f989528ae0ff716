"""Kinds of misses measured on blind set 14, each on a text written here in another wording of the same form; the
expected values are what a reader takes from these texts.

- a department's report on itself that names the province only as the owner of a thing (`Phần mềm một cửa điện tử
  của tỉnh`) stays the department's; a body that publishes or scores results (`do Văn phòng UBND tỉnh chấm
  điểm, Sở đạt ...`) is no subject; a department formed in 2025 (`Sở Nông nghiệp và Môi trường`, number suffix
  `SNNMT`) is read as the issuer;
- in a district's report: the committees of the communes as a group under the commune-level heading (`UBND các
  xã, phường nhận ...` → `cấp xã`); the total row of a table of each commune (`Kết quả của từng xã, phường`) is
  the commune level; goals per level in a bracket after `so với chỉ tiêu ... năm 2025 (...)` are targets of that
  year; a count of procedures posted publicly (`niêm yết công khai 298 TTHC`) and the one joined to it by `và` are
  the procedures in force;
- a share written after the bracket that lists a count's parts is a share of that count; `đang tiếp nhận, giải
  quyết 415 TTHC` counts the procedures in force; units listed in brackets after `chưa đạt chỉ tiêu` keep their
  own results (no targets).
"""

from __future__ import annotations

from figure_lookup import figure_at, subject_and_level

from extractor.extract.figures import extract_figures
from extractor.extract.tables import find_tables, table_indicators
from extractor.metadata import extract_metadata
from extractor.models import DocumentMeta, Indicator


def _parts(text: str, issuer: str | None, period_end: str) -> list[DocumentMeta]:
    return [DocumentMeta(issuer=issuer, period_end=period_end, start=0, end=len(text))]


def _figures(text: str, issuer: str | None = None, period_end: str = "2025-06-30") -> list[Indicator]:
    return extract_figures(text, _parts(text, issuer, period_end), [])




# ---------------------------------------------------------------- a department's report on itself

SELF_REPORT = """Kính gửi: Ủy ban nhân dân tỉnh Gia Lai.

Sở Y tế báo cáo kết quả kiểm soát thủ tục hành chính quý II năm 2025 như sau:

1. Tiếp nhận, giải quyết hồ sơ

Trong quý, Sở nhận 615 hồ sơ, đã trả kết quả 590 hồ sơ; tỷ lệ trả đúng hạn đạt 98,10%.

2. Chỉ số phục vụ

Căn cứ kết quả do Văn phòng UBND tỉnh chấm điểm, Sở đạt 86,20 điểm.

3. Khó khăn

Một số quy trình trên Phần mềm một cửa điện tử của tỉnh chưa được cập nhật sau sắp xếp.
"""


def test_a_thing_the_province_owns_does_not_make_a_departments_report_the_provinces():
    rows = _figures(SELF_REPORT, issuer="Sở Y tế")
    for context, raw in (("nhận 615", "615"), ("quả 590", "590"), ("đạt 98,10%", "98,10%")):
        assert subject_and_level(figure_at(rows, SELF_REPORT, context, raw)) == ("Sở Y tế", "tỉnh")


def test_the_body_that_scores_a_department_is_not_the_subject_of_its_score():
    rows = _figures(SELF_REPORT, issuer="Sở Y tế")
    assert subject_and_level(figure_at(rows, SELF_REPORT, "đạt 86,20", "86,20")) == ("Sở Y tế", "tỉnh")


def test_a_figure_of_the_province_still_makes_the_report_the_provinces():
    text = SELF_REPORT.replace("Một số quy trình trên", "Toàn tỉnh có 1.902 TTHC; một số quy trình trên")
    rows = _figures(text, issuer="Sở Y tế")
    assert subject_and_level(figure_at(rows, text, "đạt 98,10%", "98,10%")) == (None, None)


def test_a_department_formed_in_2025_is_read_as_the_issuer():
    text = ("UBND TỈNH GIA LAI\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nSố: 57/BC-SNNMT\nGia Lai, ngày 05 tháng 7 năm 2025\n\nBÁO CÁO\n"
            "Kết quả giải quyết thủ tục hành chính quý II năm 2025\n\nSở báo cáo như sau:\n")
    assert extract_metadata(text)[0].issuer == "Sở Nông nghiệp và Môi trường"


# ---------------------------------------------------------------- a district's report by level

DISTRICT = """1. Công khai thủ tục

UBND thị xã đã niêm yết công khai 298 TTHC cấp huyện tại Trung tâm hành chính công thị xã (số 12 đường Lê Lợi, \
phường 2) và 117 TTHC cấp xã tại Bộ phận Một cửa của các xã, phường.

2. Tiếp nhận hồ sơ

b) Cấp xã

UBND các xã, phường nhận 9.870 hồ sơ; tỷ lệ đúng hạn đạt 99,10%.

Kết quả của từng xã, phường:

| STT | Đơn vị | Hồ sơ nhận | Đúng hạn (%) |
|---|---|---|---|
| 1 | Phường 1 | 5.120 | 99,30 |
| 2 | Xã Tân Hội | 4.750 | 98,90 |
| | Cộng | 9.870 | 99,10 |

3. Thanh toán trực tuyến

Tỷ lệ hồ sơ thanh toán trực tuyến cấp huyện đạt 35,20%, cấp xã đạt 24,60%; so với chỉ tiêu UBND tỉnh giao năm \
2025 (cấp huyện 45%, cấp xã 25%) thì cấp huyện chưa đạt, cấp xã đã đạt.
"""
TOWN = "UBND thị xã Ninh Hòa"


def test_the_communes_committees_as_a_group_under_the_commune_heading_are_the_commune_level():
    rows = _figures(DISTRICT, issuer=TOWN)
    assert subject_and_level(figure_at(rows, DISTRICT, "nhận 9.870", "9.870")) == ("cấp xã", "xã")


def test_the_total_row_of_a_table_of_each_commune_is_the_commune_level():
    cells = table_indicators(DISTRICT, find_tables(DISTRICT, []), _parts(DISTRICT, TOWN, "2025-06-30"))
    total = DISTRICT.index("| Cộng |")
    row = [c for c in cells if c.start > total]
    assert [(c.raw, c.subject, c.level) for c in row] == [("9.870", "cấp xã", "xã"), ("99,10", "cấp xã", "xã")]
    first = next(c for c in cells if c.raw == "5.120")
    assert (first.subject, first.level) == ("Phường 1", "xã")


def test_goals_per_level_in_a_bracket_after_the_goal_compared_with_are_targets_of_its_year():
    rows = _figures(DISTRICT, issuer=TOWN)
    for context, raw in (("(cấp huyện 45%", "45%"), ("cấp xã 25%)", "25%")):
        row = figure_at(rows, DISTRICT, context, raw)
        assert (row.kind, row.as_of, row.code) == ("target", "2025-12-31", "766.thanh_toan.ho_so")


def test_procedures_posted_publicly_and_the_count_joined_to_them_are_the_procedures_in_force():
    rows = _figures(DISTRICT, issuer=TOWN)
    assert figure_at(rows, DISTRICT, "công khai 298", "298").code == "tthc.tong_so"
    assert figure_at(rows, DISTRICT, "và 117", "117").code == "tthc.tong_so"


# ---------------------------------------------------------------- codes of counts and shares

def test_a_share_after_the_bracket_of_a_counts_parts_is_a_share_of_that_count():
    text = ("Toàn tỉnh có 1.204 TTHC được cung cấp dịch vụ công trực tuyến (toàn trình 800 TTHC, một phần 404 "
            "TTHC), đạt 62,15% tổng số TTHC.\n")
    rows = _figures(text)
    assert figure_at(rows, text, "đạt 62,15%", "62,15%").code == "766.dvctt.tthc_cung_cap"
    assert figure_at(rows, text, "một phần 404", "404").code == "766.dvctt.mot_phan"


def test_procedures_being_received_and_settled_are_the_procedures_in_force():
    text = "Bộ phận Một cửa phường hiện đang tiếp nhận, giải quyết 415 TTHC, trong đó 290 TTHC trực tuyến toàn trình.\n"
    rows = _figures(text)
    assert figure_at(rows, text, "quyết 415", "415").code == "tthc.tong_so"


def test_units_listed_after_missing_the_goal_keep_their_own_results():
    text = ("Cấp tỉnh có 15/17 sở, ban, ngành đạt chỉ tiêu; còn 02 đơn vị chưa đạt chỉ tiêu (Sở Xây dựng 41,20%, "
            "Sở Y tế 38,00%).\n")
    rows = _figures(text)
    assert figure_at(rows, text, "dựng 41,20%", "41,20%").kind == "value"
    assert figure_at(rows, text, "tế 38,00%", "38,00%").kind == "value"
