"""Kinds of subject/level, table, deadline and extra-row misses measured on blind set 13, each on a sentence or
table written here in another wording of the same form; the expected values are what a reader takes from these
texts.

- a department's report on itself whose province-wide words sit only in `Kính gửi`, a cited plan's title or the
  sentence that ranks the department among the province's agencies: its figures naming no body are the
  department's (level tỉnh), in prose and in its table by field; a sentence giving a province-wide figure, or
  stating that the data are the province's, makes the report the province's; a heading naming the province
  (`... của tỉnh`) makes its section the province's;
- a district-level city named like its province (`THÀNH PHỐ SÓC TRĂNG` in tỉnh Sóc Trăng) issues as that city;
- a level heading with an aside in brackets (`a) Cấp huyện (Bộ phận Một cửa thành phố)`), a heading naming a
  block of bodies (`2. Khối huyện, thị xã, thành phố`), the level's units as a group under its heading (`Các xã,
  thị trấn tiếp nhận ...` → `cấp xã`);
- wards named by a number (`Phường 4`, `Quận 10`), the body after a ranked list item's colon (`- Hạng 1: Phường
  4, ...`);
- a count followed by a few words and `tại cấp xã`: counted at that level;
- a tab table whose first column is the rank (`Xếp hạng`, not STT), scores under `Điểm ngày <date>` in a report
  on the index;
- an assignee whose division name holds a verb naming its field (`Phòng Quản lý hoạt động xây dựng`);
- a time `9 giờ 15` is no figure.
"""

from __future__ import annotations

from figure_lookup import figure_at, subject_and_level

from extractor.extract.deadlines import extract_deadlines
from extractor.extract.figures import extract_figures
from extractor.extract.subjects import find_subjects
from extractor.extract.tables import find_tables, table_indicators
from extractor.metadata import extract_metadata
from extractor.models import DocumentMeta, Indicator


def _figures(text: str, issuer: str | None = None, period_end: str = "2024-12-31",
             title: str | None = None) -> list[Indicator]:
    parts = [DocumentMeta(issuer=issuer, period_end=period_end, title=title, start=0, end=len(text))]
    return extract_figures(text, parts, [])




# ---------------------------------------------------------------- a department's report on itself

SELF_REPORT = """Kính gửi:
- Ủy ban nhân dân tỉnh Sóc Trăng;
- Sở Nội vụ.

Thực hiện Kế hoạch số 12/KH-UBND ngày 10/01/2025 của UBND tỉnh về cải cách hành chính trên địa bàn tỉnh năm \
2025, Sở Tài chính báo cáo kết quả quý I năm 2025 như sau:

1. Giải quyết hồ sơ

Trong quý, Sở nhận 842 hồ sơ, đã trả kết quả 815 hồ sơ; tỷ lệ đúng hạn đạt 97,30%.

2. Đánh giá Bộ chỉ số

Trong số các cơ quan, đơn vị trên địa bàn tỉnh, Sở Tài chính đạt 90,12 điểm, đứng thứ 3/20 sở, ban, ngành.
"""


def test_a_departments_report_on_itself_keeps_its_figures():
    rows = _figures(SELF_REPORT, issuer="Sở Tài chính", period_end="2025-03-31")
    for context, raw in (("nhận 842", "842"), ("quả 815", "815"), ("đạt 97,30%", "97,30%")):
        assert subject_and_level(figure_at(rows, SELF_REPORT, context, raw)) == ("Sở Tài chính", "tỉnh")
    assert subject_and_level(figure_at(rows, SELF_REPORT, "đạt 90,12", "90,12")) == ("Sở Tài chính", "tỉnh")


def test_a_departments_table_by_field_is_its_own():
    text = SELF_REPORT + """
Chi tiết theo lĩnh vực:

| STT | Lĩnh vực | Hồ sơ nhận | Đúng hạn (%) |
|---|---|---|---|
| 1 | Quản lý giá | 512 | 98,05 |
| 2 | Tài chính doanh nghiệp | 330 | 96,36 |
"""
    parts = [DocumentMeta(issuer="Sở Tài chính", period_end="2025-03-31", start=0, end=len(text))]
    cells = table_indicators(text, find_tables(text, []), parts)
    cell = next(c for c in cells if c.start == text.index("| 512 |") + 2)
    assert subject_and_level(cell) == ("Sở Tài chính", "tỉnh")


def test_a_province_wide_figure_makes_the_report_the_provinces():
    text = SELF_REPORT.replace("Trong quý, Sở nhận 842 hồ sơ", "Trong quý, toàn tỉnh nhận 842 hồ sơ")
    rows = _figures(text, issuer="Sở Tài chính", period_end="2025-03-31")
    assert subject_and_level(figure_at(rows, text, "đạt 97,30%", "97,30%")) == (None, None)


def test_a_report_on_the_provinces_data_is_the_provinces():
    text = SELF_REPORT.replace("Sở Tài chính báo cáo kết quả quý I năm 2025",
                               "Sở Tài chính tổng hợp số liệu của tỉnh Sóc Trăng quý I năm 2025")
    rows = _figures(text, issuer="Sở Tài chính", period_end="2025-03-31")
    assert subject_and_level(figure_at(rows, text, "đạt 97,30%", "97,30%")) == (None, None)


def test_a_heading_naming_the_province_makes_its_section_the_provinces():
    text = SELF_REPORT + "\n3. Chỉ số cải cách hành chính của tỉnh\n\nNăm 2024 đạt 88,40 điểm.\n"
    rows = _figures(text, issuer="Sở Tài chính", period_end="2025-03-31")
    assert subject_and_level(figure_at(rows, text, "đạt 88,40", "88,40")) == (None, None)
    # the other sections stay
    assert subject_and_level(figure_at(rows, text, "nhận 842", "842")) == ("Sở Tài chính", "tỉnh")


# ---------------------------------------------------------------- a city named like its province

def _issuer(header: str) -> str | None:
    text = (f"ỦY BAN NHÂN DÂN\n{header}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Số: 21/BC-UBND\n\nBÁO CÁO\nKết quả giải quyết thủ tục hành chính quý I năm 2025\n\n"
            "Ủy ban nhân dân thành phố báo cáo như sau:\n")
    return extract_metadata(text)[0].issuer


def test_a_district_city_named_like_its_province_issues_as_the_city():
    assert _issuer("THÀNH PHỐ SÓC TRĂNG") == "UBND thành phố Sóc Trăng"
    assert _issuer("THÀNH PHỐ ĐÀ NẴNG") != "UBND thành phố Đà Nẵng"  # a city that is the province itself


# ---------------------------------------------------------------- level headings and the level's units

LEVELS = """2. Giải quyết hồ sơ

a) Cấp huyện (Bộ phận Một cửa thị xã)

Trong năm nhận 6.204 hồ sơ, trả đúng hạn 6.150 hồ sơ.

b) Cấp xã

Các xã, thị trấn nhận 12.930 hồ sơ; cao nhất là Phường 4 (88,10%).

Xếp hạng Bộ chỉ số của các phường, xã:
- Hạng 1: Phường 4, đạt 93,05 điểm;
- Hạng 2: Xã Long Phú, đạt 90,40 điểm.

3. Phản ánh, kiến nghị

Thị xã tiếp nhận 9 phản ánh, kiến nghị.
"""


def test_a_level_heading_with_an_aside_and_the_levels_units():
    rows = _figures(LEVELS, issuer="UBND thị xã Ngã Năm")
    assert subject_and_level(figure_at(rows, LEVELS, "nhận 6.204", "6.204")) == ("cấp huyện", "huyện")
    assert subject_and_level(figure_at(rows, LEVELS, "hạn 6.150", "6.150")) == ("cấp huyện", "huyện")
    assert subject_and_level(figure_at(rows, LEVELS, "nhận 12.930", "12.930")) == ("cấp xã", "xã")
    assert subject_and_level(figure_at(rows, LEVELS, "nhận 9 phản", "9")) == ("UBND thị xã Ngã Năm", "huyện")


def test_wards_named_by_a_number():
    assert [m.text for m in find_subjects("Quận 10 đạt 80,5%; Phường 4 (88,10%); các xã 5 hồ sơ")] == [
        "Quận 10", "Phường 4"]
    rows = _figures(LEVELS, issuer="UBND thị xã Ngã Năm")
    assert subject_and_level(figure_at(rows, LEVELS, "(88,10%)", "88,10%")) == ("Phường 4", "xã")
    assert subject_and_level(figure_at(rows, LEVELS, "Phường 4, đạt 93,05", "93,05")) == ("Phường 4", "xã")
    rank = figure_at(rows, LEVELS, "Hạng 2: Xã", "2")
    assert (rank.kind, subject_and_level(rank)) == ("rank", ("Xã Long Phú", "xã"))


BLOCKS = """II. KẾT QUẢ CÁC CƠ QUAN, ĐỊA PHƯƠNG

2. Khối huyện, thị xã, thành phố

Có 7/9 đơn vị xếp loại Tốt và 2 đơn vị xếp loại Khá.
"""


def test_a_heading_naming_a_block_of_bodies_sets_the_level():
    rows = _figures(BLOCKS, issuer="Văn phòng UBND tỉnh")
    assert figure_at(rows, BLOCKS, "Có 7/9", "7/9").level == "huyện"
    assert figure_at(rows, BLOCKS, "và 2 đơn", "2").level == "huyện"


def test_a_count_recorded_at_a_level_after_a_few_words():
    text = "Điểm hài lòng giảm do nhận 05 phản ánh, kiến nghị về thời gian trả kết quả tại cấp huyện.\n"
    rows = _figures(text)
    assert subject_and_level(figure_at(rows, text, "nhận 05", "05")) == ("cấp huyện", "huyện")


# ---------------------------------------------------------------- a tab table ranked in its first column

RANKED = ("Kết quả xếp hạng các sở, ngành như sau:\n\n"
          "Xếp hạng\tĐơn vị\tĐiểm ngày 30/6/2025\tĐiểm ngày 31/7/2025\n"
          "1\tSở Y tế\t90,10\t92,45\n"
          "2\tSở Nội vụ\t91,30\t90,02\n"
          "3\tThanh tra tỉnh\t84,75\t86,60\n")


def test_a_first_column_headed_as_the_rank_holds_ranks():
    parts = [DocumentMeta(title="Báo cáo kết quả Bộ chỉ số tháng 7 năm 2025", period_end="2025-07-31", start=0,
                          end=len(RANKED))]
    cells = table_indicators(RANKED, find_tables(RANKED, []), parts)
    rank = next(c for c in cells if c.start == RANKED.index("2\tSở Nội vụ"))
    assert (rank.value, rank.kind, rank.unit, rank.code, subject_and_level(rank)) == (
        2, "rank", "hạng", "766.xep_hang", ("Sở Nội vụ", "tỉnh"))
    earlier = next(c for c in cells if c.start == RANKED.index("91,30"))
    later = next(c for c in cells if c.start == RANKED.index("90,02"))
    assert (earlier.as_of, earlier.code, earlier.unit) == ("2025-06-30", "766.tong_hop", "điểm")
    assert (later.as_of, later.code) == ("2025-07-31", "766.tong_hop")


# ---------------------------------------------------------------- a division named with a verb of its field

def test_a_division_name_holding_its_fields_verb_is_the_assignee():
    text = ("1. Phòng Quản lý hoạt động xây dựng rà soát các hồ sơ cấp phép còn tồn, báo cáo Giám đốc Sở "
            "trước ngày 15/8/2025.\n")
    [deadline] = extract_deadlines(text, [DocumentMeta(issued_date="2025-08-01", start=0, end=len(text))])
    assert deadline.assignee == "Phòng Quản lý hoạt động xây dựng"
    assert "rà soát các hồ sơ cấp phép" in deadline.task


# ---------------------------------------------------------------- a time is no figure

def test_minutes_after_the_hour_are_no_figure():
    text = "Số liệu trích xuất lúc 9 giờ 15 ngày 01/8/2025: tỉnh đạt 86,20 điểm.\n"
    raws = {row.raw for row in _figures(text, period_end="2025-07-31")}
    assert "15" not in raws and "86,20" in raws
