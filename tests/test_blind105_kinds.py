"""Kinds fixed after measuring blind sets 105 to 108, each on a text written here in another wording of the same form;
the expected values are what a reader takes from these texts.

- a portal's export pasted as lines of cells between semicolons (`Đơn vị;Tiếp nhận;Đúng hạn;Tỷ lệ` over
  `Xã Lũng Cú;214;212;99,07`) is a table, its first line the header;
- a grid table (pandoc, reStructuredText: `+----+----+` borders, `+====+` under the header) is a table: the lines
  between two borders are one row, a cell wrapping its words over them one cell;
- a row label stating its maximum (`Công khai, minh bạch (tối đa 18)`) makes the row's cells scores out of it;
- a two-row header's sub-header names its own cells' noun before its group's (`Giải quyết TTHC năm 2025` over
  `Hồ sơ tiếp nhận`: files, not procedures);
- a short hard-wrapped line broken mid-clause (`Số hồ sơ nộp trực tuyến là` over `4.215 hồ sơ, chiếm ...`) goes on
  onto the next line, which starts with the figure and its unit;
- a score out of 100 is the index's total, not the indicator a label carried over from the paragraph before names
  (`... đã xử lý 29 PAKN.` then `Theo kết quả Bộ chỉ số ..., Sở đạt 86,10/100 điểm`);
- figures a sentence opens as the former units' before the 2025 merger (`Trước sắp xếp, quý IV năm 2024 tỉnh A đạt
  ...`), dated before the report's period, are earlier values; a bracket naming a former unit is no such lead;
- in a department's report that also speaks of the province, a sentence naming no body whose own verdict on a
  target is the issuer's (`... so với chỉ tiêu giao năm 2025 là 80% thì Sở đã đạt chỉ tiêu`) states the issuer's
  figures, and a table under a numbered caption naming no body (`Bảng 1. Kết quả ... theo lĩnh vực`) is of the
  paragraph above it;
- a hospital's header name keeps its province (`BỆNH VIỆN ĐA KHOA TỈNH GIA LAI`: `Bệnh viện Đa khoa tỉnh Gia Lai`), a
  proper name, where a department is named by its kind (`Sở Y tế`).
"""

from __future__ import annotations

from figure_lookup import figure_at, subject_and_level

from extractor.extract import extract_facts
from extractor.metadata import extract_metadata


def _facts(text: str):
    return extract_facts(text, extract_metadata(text), [])


SEMICOLON_EXPORT = """\
UBND HUYỆN ĐỒNG VĂN
Số: 77/BC-UBND
BÁO CÁO
Kết quả giải quyết thủ tục hành chính cấp xã tháng 3 năm 2025

Số liệu xuất từ Hệ thống thông tin giải quyết TTHC tỉnh ngày 01/4/2025 (đơn vị tính: hồ sơ; tỷ lệ: %):

Đơn vị;Tiếp nhận;Đúng hạn;Tỷ lệ
Xã Lũng Cú;214;212;99,07
Xã Ma Lé;96;96;100
Thị trấn Đồng Văn;305;301;98,69
Tổng;615;609;99,02

Các xã tiếp tục nâng cao tỷ lệ giải quyết đúng hạn; đề nghị các đơn vị rà soát hồ sơ.
"""


def test_a_semicolon_export_is_a_table():
    facts = _facts(SEMICOLON_EXPORT)
    assert len(facts.tables) == 1
    assert facts.tables[0].header == ["Đơn vị", "Tiếp nhận", "Đúng hạn", "Tỷ lệ"]
    row = figure_at(facts.indicators, SEMICOLON_EXPORT, "Xã Ma Lé;96;96;100", "100")
    assert (row.value, row.unit, row.subject) == (100, "%", "Xã Ma Lé")
    row = figure_at(facts.indicators, SEMICOLON_EXPORT, "Thị trấn Đồng Văn;305", "305")
    assert (row.value, row.unit, row.subject) == (305, "hồ sơ", "Thị trấn Đồng Văn")
    assert figure_at(facts.indicators, SEMICOLON_EXPORT, "Tổng;615;609;99,02", "99,02").value == 99.02
    # a sentence's `; ` stays prose: no table from it
    assert not any(row.snippet.startswith("Các xã tiếp tục") and row.source == "table" for row in facts.indicators)


GRID_TABLE = """\
UBND TỈNH CAO BẰNG
SỞ XÂY DỰNG
Số: 51/BC-SXD
BÁO CÁO
Kết quả giải quyết thủ tục hành chính quý I năm 2026

Sở Xây dựng tiếp nhận 1.180 hồ sơ trong quý, kết quả theo lĩnh vực:

+-----+----------------------------+------------+-----------+
| STT | Lĩnh vực                   | Tiếp nhận  | Đúng hạn  |
|     |                            | (hồ sơ)    | (%)       |
+=====+============================+============+===========+
| 1   | Hoạt động xây dựng         | 742        | 98,65     |
+-----+----------------------------+------------+-----------+
| 2   | Giao thông, vận tải và các | 438        | 100       |
|     | lĩnh vực khác              |            |           |
+-----+----------------------------+------------+-----------+
"""


def test_a_grid_table_is_a_table_of_rows_between_borders():
    facts = _facts(GRID_TABLE)
    assert len(facts.tables) == 1
    table = facts.tables[0]
    assert table.header == ["STT", "Lĩnh vực", "Tiếp nhận (hồ sơ)", "Đúng hạn (%)"]
    assert [row[1] for row in table.rows] == ["Hoạt động xây dựng", "Giao thông, vận tải và các lĩnh vực khác"]
    row = figure_at(facts.indicators, GRID_TABLE, "| 742 ", "742")
    assert (row.value, row.unit) == (742, "hồ sơ")
    row = figure_at(facts.indicators, GRID_TABLE, "| 438        | 100", "100")
    assert (row.value, row.unit) == (100, "%")
    assert "lĩnh vực khác" in row.label


LABEL_MAXIMUM = """\
UBND HUYỆN BẢO LÂM
Số: 19/BC-UBND
BÁO CÁO
Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 4 năm 2025

| Nhóm chỉ số | Tháng 3/2025 | Tháng 4/2025 | Tăng (+), giảm (-) |
|---|---|---|---|
| Công khai, minh bạch (tối đa 18) | 15,90 | 16,30 | +0,40 |
| Mức độ số hóa hồ sơ (tối đa 22) | 13,12 | 12,98 | -0,14 |
"""


def test_a_row_label_states_the_maximum_of_its_scores():
    rows = _facts(LABEL_MAXIMUM).indicators
    row = figure_at(rows, LABEL_MAXIMUM, "| 15,90 | 16,30", "16,30")
    assert (row.value, row.unit, row.max_value) == (16.3, "điểm", 18)
    row = figure_at(rows, LABEL_MAXIMUM, "| 13,12 |", "13,12")
    assert (row.unit, row.max_value) == ("điểm", 22)  # not `hồ sơ` from the group's name
    change = figure_at(rows, LABEL_MAXIMUM, "| -0,14 |", "-0,14")
    assert (change.value, change.unit, change.max_value, change.kind) == (-0.14, "điểm", None, "change")


SUB_HEADER_NOUN = """\
UBND TỈNH BẮC KẠN
Số: 12/BC-UBND
BÁO CÁO
Kết quả năm 2025

| STT | Đơn vị | Giải quyết TTHC năm 2025 | |
|---|---|---|---|
| | | Hồ sơ tiếp nhận | Tỷ lệ trực tuyến (%) |
| 1 | Thành phố Bắc Kạn | 18.402 | 81,26 |
| 2 | Huyện Ba Bể | 6.215 | 74,03 |
"""


def test_a_sub_header_names_its_cells_noun_before_its_group():
    rows = _facts(SUB_HEADER_NOUN).indicators
    row = figure_at(rows, SUB_HEADER_NOUN, "| 18.402 |", "18.402")
    assert (row.value, row.unit) == (18402, "hồ sơ")
    assert figure_at(rows, SUB_HEADER_NOUN, "| 74,03 |", "74,03").unit == "%"


HARD_WRAPPED = """\
UBND TỈNH HÀ GIANG                                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ TƯ PHÁP                                                Độc lập - Tự do - Hạnh phúc
Số: 31/BC-STP                                           Hà Giang, ngày 05 tháng 01 năm 2026

BÁO CÁO
Kết quả giải quyết thủ tục hành chính năm 2025

Năm 2025, Sở tiếp nhận 5.406 hồ sơ (năm 2024: 4.980 hồ sơ), tăng 426 hồ sơ, tương ứng
tăng 8,55%. Số hồ sơ nộp trực tuyến là
4.215 hồ sơ, chiếm 77,97% tổng số hồ sơ tiếp nhận; hồ sơ nộp trực tiếp 1.191 hồ sơ.

1. Tình hình giải quyết
Đã giải quyết 5.350 hồ sơ, đúng hạn 5.342 hồ sơ.
"""


def test_a_short_line_broken_mid_clause_goes_on_with_the_figure_below():
    rows = _facts(HARD_WRAPPED).indicators
    row = figure_at(rows, HARD_WRAPPED, "4.215 hồ sơ, chiếm", "4.215")
    assert (row.value, row.unit, row.kind) == (4215, "hồ sơ", "count")
    assert "Số hồ sơ nộp trực tuyến là" in row.snippet
    assert subject_and_level(row) == ("Sở Tư pháp", "tỉnh")
    # a heading stays a line of its own: the item under it is read alone
    done = figure_at(rows, HARD_WRAPPED, "giải quyết 5.350", "5.350")
    assert "Tình hình giải quyết" not in done.snippet


SCORE_AFTER_PETITIONS = """\
UBND TỈNH LAI CHÂU
SỞ NỘI VỤ
Số: 88/BC-SNV
BÁO CÁO
Kết quả cải cách thủ tục hành chính tháng 5 năm 2026

Sở tiếp nhận 31 PAKN về quy định hành chính, đã xử lý 29 PAKN.

Theo kết quả Bộ chỉ số tháng 5/2026, Sở Nội vụ đạt 86,10/100 điểm, xếp thứ 4/17 sở, ban, ngành.
"""


def test_a_score_out_of_a_hundred_is_the_index_total_not_a_carried_label():
    rows = _facts(SCORE_AFTER_PETITIONS).indicators
    score = figure_at(rows, SCORE_AFTER_PETITIONS, "đạt 86,10/100", "86,10/100")
    assert (score.value, score.unit, score.max_value, score.code) == (86.1, "điểm", 100, "766.tong_hop")
    assert figure_at(rows, SCORE_AFTER_PETITIONS, "thứ 4/17", "4/17").code == "766.xep_hang"


BEFORE_THE_MERGER = """\
UBND TỈNH TUYÊN QUANG
Số: 301/BC-UBND
BÁO CÁO
Kết quả thực hiện Bộ chỉ số phục vụ người dân, doanh nghiệp quý I năm 2026

Theo kết quả Bộ chỉ số quý I năm 2026, tỉnh Tuyên Quang đạt 82,40/100 điểm, xếp thứ 15/34.
Trước sắp xếp, quý IV năm 2024 tỉnh Tuyên Quang đạt 78,16 điểm, xếp thứ 41/63; tỉnh Hà Giang đạt 75,02 điểm, xếp \
thứ 52/63.
Tỷ lệ nộp trực tuyến của xã Minh Xuân (trước sắp xếp) đạt 71,50% trong quý.
"""


def test_figures_stated_for_the_former_units_before_the_merger_are_earlier_values():
    rows = _facts(BEFORE_THE_MERGER).indicators
    for context, raw, as_of in [("Quang đạt 78,16 điểm", "78,16", "2024-12-31"), ("thứ 41/63", "41/63", "2024-12-31"),
                                ("Giang đạt 75,02", "75,02", "2024-12-31")]:
        row = figure_at(rows, BEFORE_THE_MERGER, context, raw)
        assert (row.kind, row.as_of) == ("previous", as_of), raw
    assert figure_at(rows, BEFORE_THE_MERGER, "đạt 82,40/100", "82,40/100").kind == "value"
    # a bracket naming a former commune is no lead: the quarter's share stays a value
    assert figure_at(rows, BEFORE_THE_MERGER, "đạt 71,50%", "71,50%").kind == "value"


DEPARTMENT_ALSO_ON_PROVINCE = """\
UBND TỈNH ĐIỆN BIÊN
SỞ Y TẾ
Số: 12/BC-SYT
BÁO CÁO
Kết quả cải cách thủ tục hành chính năm 2025

I. KẾT QUẢ GIẢI QUYẾT HỒ SƠ

Sở tiếp nhận 6.204 hồ sơ, đã giải quyết 6.150 hồ sơ, đúng hạn 6.141 hồ sơ.

Bảng 1. Kết quả theo lĩnh vực năm 2025
STT\tLĩnh vực\tTiếp nhận (hồ sơ)\tĐúng hạn (%)
1\tDược, mỹ phẩm\t3.910\t99,80
2\tKhám bệnh, chữa bệnh\t2.294\t99,70

II. THANH TOÁN TRỰC TUYẾN

1. Trong năm có 4.102 hồ sơ phát sinh phí, trong đó 3.560 hồ sơ được thanh toán trực tuyến; so với chỉ tiêu giao \
năm 2025 là 80% thì Sở đã đạt chỉ tiêu.

2. Trên địa bàn tỉnh đã cấp 9.870 giấy chứng sinh điện tử. Toàn tỉnh có 21/24 bệnh viện thanh toán không dùng tiền \
mặt.

III. BỘ CHỈ SỐ

Theo kết quả đánh giá Bộ chỉ số năm 2025, Sở Y tế đạt 88,16/100 điểm, xếp thứ 5/19 sở, ban, ngành. Điểm các nhóm \
chỉ số lần lượt là: Công khai, minh bạch 17,42/18 điểm; Tiến độ giải quyết 19,36/20 điểm. Cùng kỳ, tỉnh Điện Biên \
đạt 80,26/100 điểm.
"""


def test_a_departments_paragraphs_and_captioned_table_on_itself_are_its_own():
    rows = _facts(DEPARTMENT_ALSO_ON_PROVINCE).indicators
    for context, raw in [("có 4.102 hồ sơ", "4.102"), ("đó 3.560 hồ sơ", "3.560"), ("\t3.910\t", "3.910"),
                         ("\t99,70", "99,70")]:
        assert subject_and_level(figure_at(rows, DEPARTMENT_ALSO_ON_PROVINCE, context, raw)) == ("Sở Y tế", "tỉnh"), raw
    # the province's sentences stay the province's
    assert figure_at(rows, DEPARTMENT_ALSO_ON_PROVINCE, "cấp 9.870", "9.870").subject != "Sở Y tế"
    assert figure_at(rows, DEPARTMENT_ALSO_ON_PROVINCE, "có 21/24", "21/24").subject != "Sở Y tế"


HOSPITAL = """\
SỞ Y TẾ TỈNH KON TUM
BỆNH VIỆN ĐA KHOA TỈNH KON TUM
Số: 905/BC-BVĐK
BÁO CÁO
Kết quả khám chữa bệnh bằng căn cước tháng 6 năm 2025

Trong tháng, Bệnh viện tiếp đón 21.306 lượt người bệnh, trong đó 19.840 lượt dùng căn cước.
"""


def test_a_hospital_keeps_its_province_in_its_name():
    facts = extract_facts(HOSPITAL, parts := extract_metadata(HOSPITAL), [])
    # (never written in small letters: in sentence case, the province by its proper name)
    assert parts[0].issuer == "Bệnh viện đa khoa tỉnh Kon Tum"
    row = figure_at(facts.indicators, HOSPITAL, "đón 21.306", "21.306")
    assert subject_and_level(row) == ("Bệnh viện đa khoa tỉnh Kon Tum", "tỉnh")
    written = HOSPITAL.replace("Trong tháng, Bệnh viện", "Trong tháng, Bệnh viện Đa khoa tỉnh Kon Tum")
    assert extract_metadata(written)[0].issuer == "Bệnh viện Đa khoa tỉnh Kon Tum"  # as the report writes it
