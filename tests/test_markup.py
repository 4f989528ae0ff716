"""markup_view: an HTML report read as the text and pipe tables it shows, every offset kept."""

from __future__ import annotations

from extractor.markup import looks_like_html, markup_view

PAGE = """<html><head><title>Báo cáo quý III</title></head>
<body>
<p align="center"><b>BÁO CÁO</b></p>
<p>Toàn tỉnh tiếp nhận <b>12.406</b> hồ sơ;&nbsp;đúng hạn 98,1%.</p>
<table border="1" width="100%">
<tr><th>STT</th><th>Cơ quan</th>
<th>Tiếp nhận</th></tr>
<tr><td>1</td><td>Sở Tư pháp</td><td>5.206</td></tr>
</table>
</body></html>"""


def test_the_view_keeps_every_offset_and_shows_rows_as_pipe_rows():
    view = markup_view(PAGE)
    assert len(view) == len(PAGE)
    lines = [" ".join(line.split()) for line in view.splitlines() if line.strip()]
    assert "BÁO CÁO" in lines
    assert "Toàn tỉnh tiếp nhận 12.406 hồ sơ; đúng hạn 98,1%." in lines
    assert "| STT | Cơ quan | Tiếp nhận |" in lines  # a header written over two lines is one row
    assert "| 1 | Sở Tư pháp | 5.206 |" in lines
    assert "Báo cáo quý III" not in view  # the head's title is not the report's text
    start = PAGE.index("5.206")
    assert view[start:start + 5] == "5.206"


def test_a_text_that_is_not_html_comes_back_unchanged():
    text = "Tỷ lệ đúng hạn đạt <b>96,9%</b>.\n| A | B |\n|---|---|\n| 1 | 2 |\n"
    assert not looks_like_html(text)
    assert markup_view(text) is text


SPANNED = """<table>
<tr><th rowspan="2">STT</th><th rowspan="2">Cơ quan</th><th colspan="2">Hồ sơ tiếp nhận (hồ sơ)</th>
<th>Tỷ lệ (%)</th></tr>
<tr><th>Tổng số</th><th>Trực tuyến</th><th>Đúng hạn</th></tr>
<tr><td>1</td><td>Sở Y tế</td><td>5.132</td><td>4.387</td><td>99,05</td></tr>
</table>"""


def test_cells_spanning_rows_and_columns_leave_empty_cells_so_every_cell_stands_under_its_header():
    view = markup_view(SPANNED)
    assert len(view) == len(SPANNED)
    rows = [[cell.strip() for cell in line.strip()[1:-1].split("|")] for line in view.splitlines() if line.strip()]
    assert rows[0] == ["STT", "Cơ quan", "Hồ sơ tiếp nhận (hồ sơ)", "", "Tỷ lệ (%)"]
    assert rows[1] == ["", "", "Tổng số", "Trực tuyến", "Đúng hạn"]
    assert rows[2] == ["1", "Sở Y tế", "5.132", "4.387", "99,05"]


def test_a_spanned_header_gives_each_sub_column_its_unit_and_meaning():
    from extractor.extract import extract_facts  # noqa: PLC0415
    from extractor.metadata import extract_metadata  # noqa: PLC0415

    text = "BÁO CÁO\nKết quả quý I năm 2026\n\n" + SPANNED + "\n"
    view = markup_view(text)
    rows = {row.raw: row for row in extract_facts(view, extract_metadata(view), []).indicators}
    assert (rows["4.387"].unit, rows["4.387"].code) == ("hồ sơ", "766.dvctt.nop_truc_tuyen")
    assert (rows["99,05"].unit, rows["99,05"].code) == ("%", "766.tien_do.dung_han")
