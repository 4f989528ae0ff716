"""Unit tables: finding tables in the seeds and one indicator per numeric cell (hand-written goldens)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from conftest import seed_text

from extractor.extract.tables import cell_figures, find_tables, flatten_header, table_indicators
from extractor.models import PAGE_BREAK, DocumentMeta, TableSpan

GOLDEN = Path(__file__).parent / "golden"


def _golden(name: str):
    spec = importlib.util.spec_from_file_location(name, GOLDEN / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def seed_parts(number: str, text: str) -> list[DocumentMeta]:
    """Metadata written by hand from the documents (the lead's metadata stage is not used here)."""
    if number == "003":
        cut = text.index("Số: 2062")
        return [
            DocumentMeta(doc_number="6274/UBND-TTPVHCC", issued_date="2023-12-06", start=0, end=cut),
            DocumentMeta(doc_number="2062/SNV-CCHC", issued_date="2023-09-05", period_start="2023-08-01",
                         period_end="2023-08-31", start=cut, end=len(text)),
        ]
    periods = {"000": ("2024-03", "2024-02-01", "2024-02-29"), "001": ("2024-05", "2024-05-01", "2024-05-31"),
               "004": ("2024", "2024-09-01", "2024-09-30")}
    issued, start, end = periods[number]
    return [DocumentMeta(issued_date=issued, period_start=start, period_end=end, start=0, end=len(text))]


def extract(number: str):
    text = seed_text(number)
    tables = find_tables(text, [])
    return text, tables, table_indicators(text, tables, seed_parts(number, text))


def _row_label(label: str) -> str:
    return label.split(" — ")[0]


def assert_provenance(text, indicators):
    for ind in indicators:
        assert text[ind.start : ind.end] == ind.raw, ind
        assert ind.raw in ind.snippet, ind
        assert ind.source == "table" and ind.table_index is not None


def assert_no_dates_or_doc_numbers(text, indicators):
    """No figure is a date, a year or a document number, and no row number is a figure."""
    for ind in indicators:
        around = text[max(0, ind.start - 12) : ind.end + 12]
        assert not re.search(r"\d/\d{1,2}/\d{4}", around[10:]), ind
        assert not re.match(r"/[A-ZĐ]", text[ind.end : ind.end + 2]), ind
        assert ind.col != 0, ind  # the STT column


def test_000_annex_list_has_no_figures():
    text, tables, indicators = extract("000")
    assert len(tables) == 1
    assert tables[0].header == ["STT", "Tên các hệ thống thông tin, CSDL đã kết nối"]
    assert len(tables[0].rows) == 17
    assert tables[0].rows[0][1] == "Hệ thống đăng ký kinh doanh (Bộ KHĐT)"
    assert indicators == []


def test_001_score_table_is_stitched_across_the_repeated_header():
    text, tables, _ = extract("001")
    golden = _golden("tables_001")
    assert [len(t.rows) for t in tables] == golden.TABLE_ROWS
    score = tables[0]
    assert score.source == "markdown"
    assert score.header == ["Stt", "Nhóm chỉ số", "Tỷ lệ/Điểm, Tính đến tháng 5/2024"]
    assert ["3", "Dịch vụ công trực tuyến", ""] in score.rows  # the group row, kept, no value
    assert text[score.start : score.end].count("Tính đến tháng 5/2024") == 2
    assert score.end > text.index("| Tổng hợp |")


def test_001_every_score_cell():
    text, _, indicators = extract("001")
    golden = _golden("tables_001")
    assert_provenance(text, indicators)
    assert_no_dates_or_doc_numbers(text, indicators)
    assert [i.raw for i in indicators] == golden.RAWS
    found = [(_row_label(i.label), i.value, i.unit, i.max_value, i.kind) for i in indicators]
    expected = [(label, float(v), u, (float(m) if m else None), k) for label, v, u, m, k in golden.SCORES]
    assert found == expected
    assert all(i.as_of == golden.AS_OF and i.subject is None and i.table_index == 0 for i in indicators)


def _match(expected, indicators):
    table, subject, key, col, value, unit, max_value, kind, as_of = expected
    for ind in indicators:
        row_label = _row_label(ind.label)
        if (ind.table_index, ind.col, ind.kind) != (table, col, kind) or abs(ind.value - value) > 1e-9:
            continue
        if not (row_label.endswith(key) or row_label.startswith(key)) or ind.subject != subject:
            continue
        return ind
    return None


def test_003_every_numeric_cell():
    text, tables, indicators = extract("003")
    golden = _golden("tables_003")
    assert_provenance(text, indicators)
    assert_no_dates_or_doc_numbers(text, indicators)
    expected = golden.expected()
    problems, matched = [], set()
    for row in expected:
        ind = _match(row, indicators)
        if ind is None:
            problems.append(f"missing {row}")
            continue
        matched.add(id(ind))
        got = (ind.unit, ind.max_value, ind.as_of)
        want = (row[5], None if row[6] is None else float(row[6]), row[8])
        if got != want:
            problems.append(f"{row}: got unit/max/as_of {got}")
    extra = [i for i in indicators if id(i) not in matched]
    assert not problems, "\n".join(problems[:20])
    assert not extra, extra[:5]
    assert len(indicators) == len(expected) == 405


def test_003_tables_headers_and_levels():
    text, tables, indicators = extract("003")
    assert len(tables) == 7
    first = tables[0]
    assert first.header[3] == "Thống kê trên Cổng dịch vụ công quốc gia ngày 31/7/2023, Tỷ lệ (%)"
    assert first.rows[1][0] == "1,1" and first.rows[1][2] == "1.773/1.773"
    assert len(first.rows) == 42  # the blank line before row 3,6 does not split the table
    assert tables[1].title.startswith("II. THỐNG KÊ CHI TIẾT HỒ SƠ QUÁ HẠN")
    assert first.cell_values[(1, 2)] == 1773
    by_subject = {(i.table_index, i.subject): i.level for i in indicators}
    assert by_subject[(1, "Sở Tư pháp")] == "tỉnh"
    assert by_subject[(1, "UBND huyện Đại Từ")] == "huyện"
    assert all(i.part == 1 for i in indicators)


def test_004_has_no_tables():
    assert find_tables(seed_text("004"), []) == []


def test_cell_figures_reject_prose_dates_and_document_numbers():
    assert cell_figures("Công văn số 1283/VPUBND-KSTTHC ngày 17/5/2024 (Hạn xử lý 23/5/2024)") == []
    assert cell_figures("Tính đến tháng 5/2024") == []
    assert cell_figures("Hệ thống đăng ký kinh doanh (Bộ KHĐT)") == []
    [change] = cell_figures("Giảm 18.771 hồ sơ")
    assert (change.value, change.unit, change.raw) == (-18771, "hồ sơ", "18.771")
    score, rank = cell_figures("78,49/100 Xếp hạng: 11/63")
    assert (score.value, score.max_value, rank.value, rank.max_value, rank.rank) == (78.49, 100, 11, 63, True)
    assert [f.value for f in cell_figures("+0,38")] == [0.38]
    assert [f.value for f in cell_figures("Giữ nguyên")] == [0.0]


def test_flatten_header_carries_spanning_cell():
    top = ["Số TT", "Nội dung", "Ngày 31/7", "", "Tăng/Giảm"]
    sub = ["", "", "Số liệu", "Tỷ lệ (%)", ""]
    assert flatten_header([top, sub], 5) == ["Số TT", "Nội dung", "Ngày 31/7, Số liệu", "Ngày 31/7, Tỷ lệ (%)",
                                             "Tăng/Giảm"]


def test_markdown_table_continued_after_page_break_and_loader_span():
    text = (
        "Bảng 1\n\n| STT | Đơn vị | Tỷ lệ (%) |\n|---|---|---|\n| 1 | Sở Tư pháp | 90,5 |\n"
        + PAGE_BREAK
        + "\n| STT | Đơn vị | Tỷ lệ (%) |\n|---|---|---|\n| 2 | Sở Y tế | 80 |\n\nHết.\n"
        + "STT\tĐơn vị\tSố hồ sơ\n1\tUBND huyện Tân Yên\t1.214\n"
    )
    tsv_start = text.index("STT\t")
    tables = find_tables(text, [TableSpan(tsv_start, len(text), "pdf", "Bảng 2")])
    assert len(tables) == 2
    assert [r[1] for r in tables[0].rows] == ["Sở Tư pháp", "Sở Y tế"]
    assert (tables[1].source, tables[1].title) == ("pdf", "Bảng 2")
    parts = [DocumentMeta(period_end="2024-06-30", start=0, end=len(text))]
    indicators = table_indicators(text, tables, parts)
    assert [(i.subject, i.value, i.unit, i.as_of) for i in indicators] == [
        ("Sở Tư pháp", 90.5, "%", "2024-06-30"),
        ("Sở Y tế", 80.0, "%", "2024-06-30"),
        ("UBND huyện Tân Yên", 1214.0, "hồ sơ", "2024-06-30"),
    ]
    assert indicators[1].snippet == "| 2 | Sở Y tế | 80 |"


@pytest.mark.parametrize("number", ["000", "001", "002", "003", "004"])
def test_seeds_offsets_are_exact(number):
    text = seed_text(number)
    tables = find_tables(text, [])
    for ind in table_indicators(text, tables, []):
        assert text[ind.start : ind.end] == ind.raw


def test_money_stated_for_a_table_is_its_cells_unit_past_rows_listing_things():
    text = ("Bảng 1. Kinh phí năm 2025 theo nội dung chi (đơn vị tính: triệu đồng)\n\n"
            "| STT | Nội dung chi | Dự toán | Thực hiện | Tỷ lệ (%) |\n|---|---|---|---|---|\n"
            "| 1 | Sửa chữa trụ sở | 3.420 | 3.118 | 91,17 |\n"
            "| 2 | Mua sắm trang thiết bị (máy tính, máy quét) | 5.260 | 4.904 | 93,23 |\n")
    units = {ind.raw: ind.unit for ind in table_indicators(text, find_tables(text, []), [])}
    assert units == {"3.420": "triệu đồng", "3.118": "triệu đồng", "91,17": "%",
                     "5.260": "triệu đồng", "4.904": "triệu đồng", "93,23": "%"}


def test_rows_naming_a_half_of_the_year_are_dated_at_its_end():
    text = ("Bảng 1. Kết quả giải quyết TTHC năm 2025\n\n"
            "| STT | Đơn vị, giai đoạn | Tiếp nhận (hồ sơ) | Trực tuyến (%) |\n|---|---|---|---|\n"
            "| 1 | Tỉnh Hà Nam (cũ), 6 tháng đầu năm | 98.412 | 61,20 |\n"
            "| 2 | Tỉnh Ninh Bình, 6 tháng cuối năm | 214.306 | 74,85 |\n"
            "| | Cả năm 2025 | 312.718 | 70,55 |\n")
    parts = [DocumentMeta(province="Ninh Bình", period_end="2025-12-31", start=0, end=len(text))]
    rows = {ind.raw: (ind.subject, ind.as_of) for ind in table_indicators(text, find_tables(text, []), parts)}
    assert rows["98.412"] == ("Tỉnh Hà Nam (cũ)", "2025-06-30")
    assert rows["214.306"] == (None, "2025-12-31")  # the report's own province, its second half
    assert rows["312.718"] == (None, "2025-12-31")


def test_a_caption_stating_the_maximum_gives_every_score_and_change_its_points():
    text = ("Bảng 2. Điểm Bộ chỉ số của các sở, ngành (điểm tối đa 100)\n\n"
            "| STT | Cơ quan | Tháng 9/2025 | Tháng 10/2025 | Tăng (+)/giảm (-) | Xếp loại |\n"
            "|---|---|---|---|---|---|\n"
            "| 1 | Sở Tài chính | 91,20 | 92,05 | +0,85 | Tốt |\n"
            "| 2 | Sở Xây dựng | 84,60 | 83,90 | -0,70 | Khá |\n")
    parts = [DocumentMeta(title="Kết quả thực hiện Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người "
                                "dân, doanh nghiệp tháng 10 năm 2025", period_end="2025-10-31", start=0, end=len(text))]
    cells = {i.raw: (i.unit, i.max_value, i.kind, i.code) for i in table_indicators(text, find_tables(text, []), parts)}
    assert cells["91,20"] == ("điểm", 100, "value", "766.tong_hop")
    assert cells["92,05"] == ("điểm", 100, "value", "766.tong_hop")
    assert cells["-0,70"][:3] == ("điểm", None, "change")


def test_a_score_group_named_with_its_maximum_in_brackets_is_scored_out_of_it():
    text = ("Bảng 1. Điểm của tỉnh theo nhóm chỉ số (trong ngoặc là điểm tối đa)\n\n"
            "| Tháng | Thanh toán trực tuyến (10) | Số hóa hồ sơ (22) | Tổng điểm (100) |\n|---|---|---|---|\n"
            "| Tháng 1/2026 | 6,40 | 15,12 | 84,30 |\n")
    parts = [DocumentMeta(period_end="2026-01-31", start=0, end=len(text))]
    cells = {i.raw: (i.unit, i.max_value) for i in table_indicators(text, find_tables(text, []), parts)}
    assert cells == {"6,40": ("điểm", 10), "15,12": ("điểm", 22), "84,30": ("điểm", 100)}


def test_a_change_column_in_points_gives_its_unit_to_the_values_it_is_between():
    text = ("Xếp hạng\tĐơn vị\tQuý III/2025\tQuý IV/2025\tTăng/giảm (điểm)\n"
            "1\tPhường Hạc Thành\t90,14\t92,60\t+2,46\n"
            "2\tXã Quảng Phú\t85,02\t84,10\t-0,92\n")
    parts = [DocumentMeta(period_end="2025-12-31", start=0, end=len(text))]
    units = {i.raw: i.unit for i in table_indicators(text, find_tables(text, []), parts)}
    assert units["90,14"] == units["92,60"] == units["+2,46"] == units["84,10"] == "điểm"


def test_a_column_of_procedures_offered_fully_online_counts_the_procedures_before_it():
    text = ("| STT | Cơ quan | Số TTHC | Toàn trình | Tiếp nhận (hồ sơ) | Trực tuyến (%) | Đã giải quyết |\n"
            "|---|---|---|---|---|---|---|\n"
            "| 1 | Sở Tư pháp | 142 | 96 | 3.402 | 88,40 | 3.215 |\n")
    parts = [DocumentMeta(period_end="2025-12-31", start=0, end=len(text))]
    cells = {i.raw: (i.unit, i.code) for i in table_indicators(text, find_tables(text, []), parts)}
    assert cells["96"] == ("TTHC", "766.dvctt.toan_trinh")
    assert cells["3.215"][0] != "%"  # what was done after a column of shares counts no share
