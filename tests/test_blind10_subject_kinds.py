"""Kinds of subject/level, table, deadline-assignee and metadata misses measured on blind set 10, each on a
sentence, table or header written here in another wording of the same form; the expected values are what a
reader takes from these texts.

- the provincial one-stop centre reporting on itself: its figures naming no body are its own, and a `; riêng ...`
  clause keeps the subject of the clause before it;
- `A, B và C lần lượt là x, y và z` / `tương ứng là`: the n-th figure is the n-th body or level;
- a unit named by its unit word in its own committee's report is the issuer (`phường X` → `UBND phường X`);
- a target whose rate names its own levels (`tỷ lệ ... của cấp huyện, cấp xã`) is theirs, not the directing body's;
- table rows labelled by a period (`Tháng 4/2025`) dated at its end; a header's bracketed unit
  (`Tiếp nhận (hồ sơ)`); rows naming one unit in a table without a unit column; `Trung bình cấp xã` rows;
- divisions whose names hold verb words written with a capital (`Phòng Hướng dẫn và Tiếp nhận hồ sơ`);
- the place-and-date line written at the right of the number line.
"""

from __future__ import annotations

from figure_lookup import figure_at, subject_and_level

from extractor.extract.deadlines import extract_deadlines
from extractor.extract.figures import extract_figures
from extractor.extract.tables import find_tables, table_indicators
from extractor.metadata import extract_metadata
from extractor.models import DocumentMeta, Indicator


def _figures(text: str, issuer: str | None = None) -> list[Indicator]:
    return extract_figures(text, [DocumentMeta(issuer=issuer, period_end="2025-09-30", start=0, end=len(text))], [])




def _cells(text: str, issuer: str | None = None, period_end: str = "2025-06-30") -> dict[str, list[Indicator]]:
    parts = [DocumentMeta(issuer=issuer, period_end=period_end, start=0, end=len(text))]
    out: dict[str, list[Indicator]] = {}
    for indicator in table_indicators(text, find_tables(text, []), parts):
        out.setdefault(indicator.raw, []).append(indicator)
    return out


# ---------------------------------------------------------------- the provincial centre's own report

CENTRE = ("Trong quý III năm 2025, Trung tâm đã tiếp nhận 12.450 hồ sơ, trả kết quả đúng hạn 12.010 hồ sơ.\n"
          "Theo Cổng Dịch vụ công quốc gia, tỉnh Hậu Giang đạt 81,20/100 điểm; riêng nhóm chỉ số Số hóa hồ sơ "
          "đạt 15,40/22 điểm.\n")
CENTRE_NAME = "Trung tâm Phục vụ hành chính công tỉnh"


def test_the_provincial_centre_reporting_on_itself_owns_its_unnamed_figures():
    rows = _figures(CENTRE, issuer=CENTRE_NAME)
    assert subject_and_level(figure_at(rows, CENTRE, "tiếp nhận 12.450", "12.450")) == (CENTRE_NAME, "tỉnh")
    assert subject_and_level(figure_at(rows, CENTRE, "hạn 12.010", "12.010")) == (CENTRE_NAME, "tỉnh")
    # the province named, then `; riêng` one of its groups: still the province
    assert subject_and_level(figure_at(rows, CENTRE, "đạt 81,20/100", "81,20/100")) == (None, None)
    assert subject_and_level(figure_at(rows, CENTRE, "đạt 15,40/22", "15,40/22")) == (None, None)


def test_a_provincial_committees_report_keeps_unnamed_figures_the_provinces():
    rows = _figures(CENTRE.replace("Trung tâm đã", "các cơ quan đã"), issuer="UBND tỉnh")
    text = CENTRE.replace("Trung tâm đã", "các cơ quan đã")
    assert subject_and_level(figure_at(rows, text, "tiếp nhận 12.450", "12.450")) == (None, None)


# ---------------------------------------------------------------- `lần lượt là` / `tương ứng là`

RESPECTIVE = ("Số TTHC thuộc thẩm quyền của cấp huyện và cấp xã tương ứng là 268 thủ tục và 104 thủ tục.\n"
              "Sở Tư pháp, Sở Y tế và Sở Nội vụ có tỷ lệ số hóa hồ sơ lần lượt đạt 97,5%, 88,1% và 79,3%.\n")


def test_figures_listed_respectively_go_to_the_bodies_in_the_same_order():
    rows = _figures(RESPECTIVE)
    assert subject_and_level(figure_at(rows, RESPECTIVE, "là 268", "268")) == ("cấp huyện", "huyện")
    assert subject_and_level(figure_at(rows, RESPECTIVE, "và 104", "104")) == ("cấp xã", "xã")
    assert subject_and_level(figure_at(rows, RESPECTIVE, "đạt 97,5%", "97,5%")) == ("Sở Tư pháp", "tỉnh")
    assert subject_and_level(figure_at(rows, RESPECTIVE, ", 88,1%", "88,1%")) == ("Sở Y tế", "tỉnh")
    assert subject_and_level(figure_at(rows, RESPECTIVE, "và 79,3%", "79,3%")) == ("Sở Nội vụ", "tỉnh")


# ---------------------------------------------------------------- the issuer named by its unit word

WARD = ("ỦY BAN NHÂN DÂN\nPHƯỜNG BÌNH HƯNG\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nBÁO CÁO\n\n"
        "Quý III/2025, phường Bình Hưng đạt 88,05 điểm, xếp thứ 5/40 xã, phường của tỉnh; "
        "phường Tân Phong đạt 80,10 điểm.\n")


def test_the_issuers_own_unit_named_by_its_unit_word_is_the_issuer():
    rows = _figures(WARD, issuer="UBND phường Bình Hưng")
    assert subject_and_level(figure_at(rows, WARD, "đạt 88,05", "88,05")) == ("UBND phường Bình Hưng", "xã")
    assert subject_and_level(figure_at(rows, WARD, "thứ 5/40", "5/40")) == ("UBND phường Bình Hưng", "xã")
    assert subject_and_level(figure_at(rows, WARD, "đạt 80,10", "80,10")) == ("phường Tân Phong", "xã")  # another ward


# ---------------------------------------------------------------- a rate naming its own levels

DIRECTED = ("2. UBND các quận chỉ đạo cấp phường tăng cường hướng dẫn người dân, phấn đấu trong năm 2026 tỷ lệ "
            "hồ sơ nộp trực tuyến của cấp huyện, cấp xã đạt tối thiểu 70%.\n")


def test_a_target_whose_rate_names_its_levels_is_theirs_not_the_directing_bodys():
    target = figure_at(_figures(DIRECTED), DIRECTED, "tối thiểu 70%", "70%")
    assert target.kind == "target"
    assert subject_and_level(target) == ("cấp huyện, cấp xã", None)  # two levels: no one level


# ---------------------------------------------------------------- tables

MONTHS = """Số liệu theo kỳ báo cáo:

| Kỳ | Tiếp nhận (hồ sơ) | Quá hạn (hồ sơ) |
|---|---|---|
| Tháng 4/2025 | 3.120 | 14 |
| Tháng 5/2025 | 2.980 | 11 |
| Quý II/2025 | 9.400 | 37 |
"""


def test_rows_labelled_by_a_period_are_dated_at_its_end_and_bracketed_units_name_no_noun():
    cells = _cells(MONTHS)
    assert [cells[raw][0].as_of for raw in ("3.120", "2.980", "9.400")] == ["2025-04-30", "2025-05-31", "2025-06-30"]
    assert cells["14"][0].as_of == "2025-04-30"
    assert cells["3.120"][0].code == "ho_so.tiep_nhan"  # `Tiếp nhận (hồ sơ)`: files received
    assert cells["11"][0].code == "766.tien_do.qua_han"
    assert cells["3.120"][0].unit == "hồ sơ"


POINTS = ("Kết quả tại các nơi tiếp nhận:\n\n"
          "TT\tNơi tiếp nhận\tTiếp nhận\tĐã giải quyết\n"
          "1\tTổ một cửa phường An Lạc (cũ)\t433\t420\n"
          "2\tTổ một cửa phường Bình Trị (cũ)\t215\t209\n"
          "\tCộng\t648\t629\n")


def test_rows_naming_one_unit_without_a_unit_column_are_that_units():
    cells = _cells(POINTS, issuer="UBND phường Bình Hưng")
    assert subject_and_level(cells["433"][0]) == ("Tổ một cửa phường An Lạc (cũ)", "xã")
    assert subject_and_level(cells["209"][0]) == ("Tổ một cửa phường Bình Trị (cũ)", "xã")
    assert subject_and_level(cells["648"][0]) == ("UBND phường Bình Hưng", "xã")  # the total: the issuing ward itself


AVERAGE = """Điểm đánh giá các xã (đơn vị tính: điểm)

| Đơn vị | Tổng điểm |
|---|---|
| Xã Tân Hòa | 84,10 |
| Xã Phú Lâm | 79,30 |
| Trung bình cấp xã | 81,70 |
"""


def test_an_average_row_of_one_level_is_that_level():
    cells = _cells(AVERAGE)
    assert subject_and_level(cells["81,70"][0]) == ("cấp xã", "xã")
    assert subject_and_level(cells["84,10"][0]) == ("Xã Tân Hòa", "xã")


# ---------------------------------------------------------------- deadline assignees

TASKS = ("a) Phòng Hướng dẫn và Tiếp nhận hồ sơ bố trí thêm công chức tại quầy, hoàn thành trong tháng 12/2025.\n"
         "b) Phòng Tổng hợp - Giám sát rà soát hồ sơ còn tồn, xong trước ngày 20/12/2025.\n")


def test_division_names_holding_capitalised_verb_words_are_read_whole():
    rows = {row.expression: row for row in extract_deadlines(
        TASKS, [DocumentMeta(issued_date="2025-10-06", start=0, end=len(TASKS))])}
    month = next(row for expr, row in rows.items() if "tháng 12/2025" in expr)
    day = next(row for expr, row in rows.items() if "20/12/2025" in expr)
    assert month.assignee == "Phòng Hướng dẫn và Tiếp nhận hồ sơ"
    assert day.assignee == "Phòng Tổng hợp - Giám sát"


# ---------------------------------------------------------------- metadata

HEADER = ("ỦY BAN NHÂN DÂN\nHUYỆN ĐỨC LINH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
          "Số: 45/BC-UBND" + " " * 36 + "Đức Linh, ngày 03 tháng 4 năm 2025\n\nBÁO CÁO\n"
          "Kết quả giải quyết thủ tục hành chính quý I năm 2025\n\nThực hiện chỉ đạo của UBND tỉnh, UBND huyện "
          "Đức Linh báo cáo như sau:\n")


def test_the_date_at_the_right_of_the_number_line_is_the_issue_date():
    meta = extract_metadata(HEADER)[0]
    assert (meta.doc_number, meta.issued_date) == ("45/BC-UBND", "2025-04-03")
