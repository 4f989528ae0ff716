"""cell_lines_view: a table written one cell per line (a Word table saved as text) read as tab-separated rows, every
offset kept."""

from __future__ import annotations

from figure_lookup import figure_at

from extractor.cell_lines import cell_lines_view
from extractor.extract import extract_facts
from extractor.metadata import extract_metadata

REPORT = """\
UBND TỈNH HÀ GIANG
SỞ NỘI VỤ
Số: 415/BC-SNV
BÁO CÁO
Kết quả Bộ chỉ số tháng 10 năm 2025
Bảng 1. Điểm các nhóm chỉ số của tỉnh
Nhóm chỉ số
Điểm tối đa
Điểm đạt
Công khai, minh bạch
18
16,20
Số hóa hồ sơ
22
12,75
Tổng điểm
100
80,14
Tỉnh xếp thứ 19/34 tỉnh, thành phố.
Bảng 2. Các xã có điểm cao nhất
STT
Xã, phường
Điểm
1
Xã Vị Xuyên
88,60
2
Phường Hà Giang 1
86,95
"""


def test_each_row_of_a_one_cell_per_line_table_becomes_a_tab_row():
    view = cell_lines_view(REPORT)
    assert len(view) == len(REPORT)
    lines = view.splitlines()
    assert "Nhóm chỉ số\tĐiểm tối đa\tĐiểm đạt" in lines
    assert "Số hóa hồ sơ\t22\t12,75" in lines
    assert "Tổng điểm\t100\t80,14" in lines
    assert "2\tPhường Hà Giang 1\t86,95" in lines
    assert "Tỉnh xếp thứ 19/34 tỉnh, thành phố." in lines  # prose after a table stays a line of its own
    assert "Bảng 2. Các xã có điểm cao nhất" in lines


def test_a_text_without_such_a_table_comes_back_unchanged():
    text = "UBND TỈNH HÀ GIANG\nSỞ NỘI VỤ\nSố: 415/BC-SNV\nTrang 2\n3\nTrang 3\n4\n"
    assert cell_lines_view(text) is text


def test_the_tables_scores_are_read_with_their_maximum_and_subject():
    view = cell_lines_view(REPORT)
    rows = extract_facts(view, extract_metadata(view), []).indicators
    digitised = figure_at(rows, view, "22\t12,75", "12,75")
    assert (digitised.value, digitised.unit, digitised.max_value) == (12.75, "điểm", 22)
    assert figure_at(rows, view, "Xuyên\t88,60", "88,60").subject == "Xã Vị Xuyên"


TOTAL_WITH_NO_NUMBER = """\
Kết quả theo lĩnh vực (bảng chuyển từ tệp Word):
STT
Lĩnh vực
Tiếp nhận
Đã giải quyết
1
Hộ tịch
1.204
1.198
2
Chứng thực
866
866

Tổng cộng
2.070
2.064
Các lĩnh vực còn lại không phát sinh hồ sơ.
"""


def test_a_total_row_whose_empty_number_cell_is_an_empty_line():
    view = cell_lines_view(TOTAL_WITH_NO_NUMBER)
    assert len(view) == len(TOTAL_WITH_NO_NUMBER)
    assert "\n\tTổng cộng\t2.070\t2.064\n" in view  # the blank STT cell, then the row's cells
    assert "\nCác lĩnh vực còn lại" in view  # the sentence after the table stays a line of its own
