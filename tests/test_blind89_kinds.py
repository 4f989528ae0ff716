"""Kinds fixed in the session that measured blind sets 89 to 92, each on a text written here in another wording of
the same form; the expected values are what a reader takes from these texts.

Sets 85–88's open blocks first:
- a proposal for next year's plan in numbered paragraphs (`1. Năm 2024, Bộ chỉ số ... . Trong sáu nhóm ...`,
  `3. Tính đến ngày 28/02/2025, ... . Hệ thống ... kết nối với 14 cơ sở dữ liệu`): the period opening a numbered
  paragraph dates its later sentences that name none, and a bracket naming the same year (`(chỉ tiêu năm 2024 là
  45%, chưa đạt chỉ tiêu)`) does not stop it; a bracket naming another year (`từ 9,12% (năm 2021) lên 67,35%`) does;
- a centrally-run city's statistics office (`CỤC THỐNG KÊ` over `THỐNG KÊ THÀNH PHỐ HUẾ`) issues its report, its own
  sentences (`Thống kê thành phố đã tổ chức ...`) are its figures, and `Thống kê thành phố Huế đạt 93,48/100 điểm`
  keeps the name as written;
- forms, books, banks, records and divisions are counted (`1.246 biểu`, `350 cuốn`, `17 ngân hàng`, `1.862.415 dữ
  liệu`, `02 phòng`), and a sentence opening `Mỗi xã, phường có ...` is about the communes;
- a Sở's report titled on the communes' staff and one-stop centres as a whole (`Tình hình bố trí cán bộ, công chức và
  vận hành Trung tâm Phục vụ hành chính công cấp xã`) gives them its figures naming no body;
- an industrial-zones board calling itself `Ban` (`Ban đang thực hiện 96 TTHC`) states its own figures;
- a commune's committee named on one line under the province's (`UBND TỈNH AN GIANG` over `ỦY BAN NHÂN DÂN XÃ BA
  CHÚC`) issues its report even where a rule and the document's number follow it in the header block;
- an appendix after the signature whose caption names the issuer's own results (`KẾT QUẢ ... CỦA SỞ GIÁO DỤC VÀ ĐÀO
  TẠO NĂM 2024`) is the issuer's table, its total row the issuer, even in a report that also speaks of the province;
  the attachment line (`(Kèm theo Báo cáo số ... của Sở ...)`) alone makes no table the issuer's;
- a provincial tax office's table by its branches named by number (`Thuế cơ sở 2`) puts them at the office's level;
- a text that lost its marks names the districts of before the 2025 reform (`BHXH huyen Tanh Linh`, `thanh pho Phan
  Thiet`): their names are restored as written in the list of units (`huyện Tánh Linh`, `thành phố Phan Thiết`);
- a number with a scale word before its noun (`4,6 nghìn hồ sơ`, `2,15 triệu lượt truy cập`) is the number times the
  scale, a figure of the noun; `triệu đồng` stays an amount in its own unit;
- a rate per inhabitants (`38 hồ sơ/1.000 dân`) is a value in that unit, no indicator's count;
- a footnote giving a figure's details (`² Riêng ... tiếp nhận 148.215 hồ sơ`) states figures; only one naming a goal
  (`¹ Chỉ tiêu được giao tại ...`) states targets;
- a quarter or month right before `đạt` (`tỷ lệ này quý I đạt 70,86%, quý II đạt ...`) dates the figure after it;
- a table comparing provinces: the document's own province's row is the province itself (no subject), the others are
  provinces, a centrally-run city named with its unit word (`Thành phố Huế` in 2025) is a province, and the row
  `Bình quân vùng Bắc Trung Bộ` is the region's; a bare `vùng` (`bình quân vùng 16,35 điểm`) is the one region the
  report names, with no scale of its own; provinces counted (`Có 03/06 tỉnh, thành phố`) are at the province level.
"""

from __future__ import annotations

from figure_lookup import figure_at, subject_and_level

from extractor.extract import extract_facts
from extractor.extract.tables import find_tables, table_indicators
from extractor.metadata import extract_metadata
from extractor.restore import restore_text


def _rows(text: str):
    return extract_facts(text, extract_metadata(text), []).indicators


PROPOSAL = """\
UBND TỈNH KHÁNH HÒA
SỞ NỘI VỤ

Số: 88/TTr-SNV
Khánh Hòa, ngày 10 tháng 3 năm 2025

TỜ TRÌNH
Về việc phê duyệt Kế hoạch cải cách thủ tục hành chính năm 2025

I. KẾT QUẢ ĐẠT ĐƯỢC VÀ SỰ CẦN THIẾT

1. Năm 2024, tỉnh tiếp nhận 215.406 hồ sơ. Tỷ lệ hồ sơ thanh toán trực tuyến đạt 41,25% (chỉ tiêu năm 2024 là 50%, \
chưa đạt chỉ tiêu); tỷ lệ số hóa kết quả giải quyết TTHC đạt 66,10%.

2. Tính đến ngày 31/01/2025, tỉnh đang thực hiện 1.708 TTHC. Cổng Dịch vụ công tỉnh đã kết nối với 12 cơ sở dữ liệu.

3. Năm 2024, toàn tỉnh có 9.412 tài khoản mới. Tỷ lệ nộp trực tuyến tăng nhanh, từ mức 21,40% (năm 2022) lên 58,70% \
(tháng 01/2025).
"""


def test_the_period_opening_a_numbered_paragraph_dates_its_later_sentences():
    rows = _rows(PROPOSAL)
    for context, raw, as_of in (("nhận 215.406", "215.406", "2024-12-31"), ("đạt 41,25%", "41,25%", "2024-12-31"),
                                ("đạt 66,10%", "66,10%", "2024-12-31"), ("hiện 1.708", "1.708", "2025-01-31"),
                                ("với 12", "12", "2025-01-31"), ("có 9.412", "9.412", "2024-12-31")):
        assert figure_at(rows, PROPOSAL, context, raw).as_of == as_of, raw
    # a bracket naming another year compares periods: the figure it leads to is not the paragraph's year's
    assert figure_at(rows, PROPOSAL, "lên 58,70%", "58,70%").as_of != "2024-12-31"


CITY_STATISTICS = """\
       CỤC THỐNG KÊ                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
 THỐNG KÊ THÀNH PHỐ ĐÀ NẴNG                        Độc lập - Tự do - Hạnh phúc

Số: 118/TKĐN-TTTT                                   Đà Nẵng, ngày 06 tháng 10 năm 2025

BÁO CÁO
Kết quả thu thập thông tin thống kê trực tuyến quý III năm 2025

Trong quý, Thống kê thành phố đã tập huấn cho 286 lượt doanh nghiệp và cung cấp 904 biểu số liệu, phát hành 420 \
cuốn niên giám. Thống kê thành phố Đà Nẵng đạt 92,15/100 điểm.
"""


def test_a_city_statistics_office_issues_and_its_sentences_are_its_own():
    assert extract_metadata(CITY_STATISTICS)[0].issuer == "Thống kê thành phố"
    rows = _rows(CITY_STATISTICS)
    assert subject_and_level(figure_at(rows, CITY_STATISTICS, "cho 286", "286")) == ("Thống kê thành phố", "tỉnh")
    assert subject_and_level(figure_at(rows, CITY_STATISTICS, "đạt 92,15/100", "92,15/100")) == (
        "Thống kê thành phố Đà Nẵng", "tỉnh")


def test_forms_books_banks_records_and_divisions_are_counted():
    text = ("Sở đã cung cấp 904 biểu số liệu và phát hành 420 cuốn niên giám; phối hợp với 21 ngân hàng thương mại; "
            "đã số hóa 215.870 dữ liệu hộ tịch.\nMỗi xã, phường có 03 phòng chuyên môn.\n")
    rows = _rows(text)
    assert [(row.raw, row.unit, row.kind) for row in rows][:5] == [
        ("904", "biểu", "count"), ("420", "cuốn", "count"), ("21", "ngân hàng", "count"),
        ("215.870", "dữ liệu", "count"), ("03", "phòng", "count")]
    assert figure_at(rows, text, "có 03", "03").level == "xã"


def test_district_names_of_before_the_reform_are_restored_as_listed():
    restored = restore_text("2\tBHXH thanh pho Phan Thiet\t34.208\n10\tBHXH huyen Tanh Linh\t11.392\n"
                            "Chi cuc Thue khu vuc thi xa Buon Ho tiep nhan 1.204 ho so.\n").text
    assert "BHXH thành phố Phan Thiết" in restored
    assert "BHXH huyện Tánh Linh" in restored
    assert "thị xã Buôn Hồ" in restored


COMMUNE_STAFF = """\
UBND TỈNH QUẢNG TRỊ
SỞ NỘI VỤ

Số: 702/BC-SNV
Quảng Trị, ngày 04 tháng 9 năm 2025

BÁO CÁO
Tình hình bố trí công chức và vận hành Trung tâm Phục vụ hành chính công cấp xã tháng 8 năm 2025

1. Tổng số công chức được bố trí là 3.105 người, trong đó 2.716 người có trình độ đại học, đạt 87,47%.
2. Trong tháng, Sở Nội vụ tổ chức 04 lớp tập huấn.
"""


def test_a_report_titled_on_the_communes_staff_and_centres_gives_them_its_figures():
    rows = _rows(COMMUNE_STAFF)
    for context, raw in (("là 3.105", "3.105"), ("đó 2.716", "2.716"), ("đạt 87,47%", "87,47%")):
        assert figure_at(rows, COMMUNE_STAFF, context, raw).level == "xã", raw
    assert subject_and_level(figure_at(rows, COMMUNE_STAFF, "chức 04", "04")) == ("Sở Nội vụ", "tỉnh")


ZONES_BOARD = """\
UBND TỈNH BẮC NINH
BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP

Số: 145/BC-BQLKCN
Bắc Ninh, ngày 05 tháng 7 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính quý II năm 2025

Ban đang thực hiện 88 TTHC. Trong quý, Ban tiếp nhận 1.912 hồ sơ, đã giải quyết 1.874 hồ sơ. Trên địa bàn tỉnh có 16
khu công nghiệp đang hoạt động.
"""


def test_an_industrial_zones_board_calling_itself_ban_states_its_own_figures():
    rows = _rows(ZONES_BOARD)
    for context, raw in (("hiện 88", "88"), ("nhận 1.912", "1.912"), ("quyết 1.874", "1.874")):
        assert subject_and_level(figure_at(rows, ZONES_BOARD, context, raw)) == (
            "Ban Quản lý các khu công nghiệp", "tỉnh"), raw
    assert subject_and_level(figure_at(rows, ZONES_BOARD, "có 16", "16")) == (None, None)


COMMUNE_HEADER = """\
UBND TỈNH ĐỒNG THÁP
ỦY BAN NHÂN DÂN XÃ MỸ HIỆP
--------
Số: 88/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Mỹ Hiệp, ngày 03 tháng 11 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính tháng 10 năm 2025

Trong tháng, UBND xã tiếp nhận 915 hồ sơ.
"""


def test_a_communes_committee_under_the_provinces_issues_above_a_rule_and_its_number():
    assert extract_metadata(COMMUNE_HEADER)[0].issuer == "UBND xã Mỹ Hiệp"
    rows = _rows(COMMUNE_HEADER)
    assert subject_and_level(figure_at(rows, COMMUNE_HEADER, "nhận 915", "915")) == ("UBND xã Mỹ Hiệp", "xã")


APPENDIX = """\
UBND TỈNH NAM ĐỊNH
SỞ Y TẾ

Số: 31/BC-SYT
Nam Định, ngày 10 tháng 01 năm 2025

BÁO CÁO
Kết quả cải cách thủ tục hành chính ngành Y tế năm 2024

Toàn tỉnh có 412 cơ sở khám bệnh, chữa bệnh; trên địa bàn tỉnh có 96% trạm y tế kết nối liên thông.

GIÁM ĐỐC

Trần Văn Minh

Phụ lục I
KẾT QUẢ GIẢI QUYẾT HỒ SƠ TTHC CỦA SỞ Y TẾ NĂM 2024
(Kèm theo Báo cáo số 31/BC-SYT ngày 10/01/2025 của Sở Y tế)

| STT | Lĩnh vực | Tiếp nhận (hồ sơ) | Quá hạn (hồ sơ) |
|---|---|---:|---:|
| 1 | Dược phẩm | 1.204 | 3 |
| | Tổng cộng | 1.204 | 3 |

Phụ lục II
SỐ TRẠM Y TẾ KẾT NỐI THEO HUYỆN
(Kèm theo Báo cáo số 31/BC-SYT ngày 10/01/2025 của Sở Y tế)

| STT | Huyện | Trạm y tế |
|---|---|---:|
| 1 | Huyện Ý Yên | 31 |
| | Tổng cộng | 31 |
"""


def test_an_appendix_captioned_on_the_issuers_results_is_its_table():
    rows = _rows(APPENDIX)
    cells = [(row.raw, row.subject, row.level) for row in rows if row.source == "table"]
    assert cells[:4] == [("1.204", "Sở Y tế", "tỉnh"), ("3", "Sở Y tế", "tỉnh"), ("1.204", "Sở Y tế", "tỉnh"),
                         ("3", "Sở Y tế", "tỉnh")]
    assert cells[4][1] == "Huyện Ý Yên" and cells[5][1] != "Sở Y tế"


TAX_BRANCHES = """\
CỤC THUẾ
THUẾ TỈNH NGHỆ AN

Số: 2210/BC-TNA
Nghệ An, ngày 06 tháng 10 năm 2025

BÁO CÁO
Kết quả hóa đơn điện tử quý III năm 2025

STT\tĐơn vị\tHồ sơ khai thuế điện tử\tTỷ lệ (%)
1\tThuế cơ sở 1\t5.106\t99,12
2\tThuế cơ sở 2\t3.418\t98,76
\tCộng\t8.524\t98,98
"""


def test_a_tax_offices_branches_named_by_number_are_at_its_level():
    rows = table_indicators(TAX_BRANCHES, find_tables(TAX_BRANCHES, []), extract_metadata(TAX_BRANCHES))
    assert [(row.raw, row.subject, row.level) for row in rows][:3] == [
        ("5.106", "Thuế cơ sở 1", "tỉnh"), ("99,12", "Thuế cơ sở 1", "tỉnh"), ("3.418", "Thuế cơ sở 2", "tỉnh")]


SCALED = """\
UBND TỈNH PHÚ THỌ
SỞ KHOA HỌC VÀ CÔNG NGHỆ

Số: 412/BC-SKHCN
Phú Thọ, ngày 05 tháng 10 năm 2025

BÁO CÁO
Kết quả chuyển đổi số quý III năm 2025

Trong quý, Cổng Dịch vụ công tỉnh có 2,15 triệu lượt truy cập, giảm 0,3 triệu lượt so với quý II năm 2025. Bình \
quân mỗi tuần các cơ quan tiếp nhận 4,6 nghìn hồ sơ, tương đương 38 hồ sơ/1.000 dân. Kinh phí thuê dịch vụ là 850 \
triệu đồng. Đã kích hoạt 1,4 triệu tài khoản, bình quân 702 tài khoản/1.000 người dân.
"""


def test_a_number_with_a_scale_word_counts_the_noun_after_it():
    rows = _rows(SCALED)
    for context, raw, value, unit, kind in (("có 2,15 triệu", "2,15 triệu", 2_150_000, "lượt", "count"),
                                            ("giảm 0,3 triệu", "0,3 triệu", -300_000, "lượt", "change"),
                                            # an average each week (`Bình quân mỗi tuần`): a value, not a count
                                            ("nhận 4,6 nghìn", "4,6 nghìn", 4_600, "hồ sơ", "value"),
                                            ("hoạt 1,4 triệu", "1,4 triệu", 1_400_000, "tài khoản", "count")):
        row = figure_at(rows, SCALED, context, raw)
        assert (row.value, row.unit, row.kind) == (value, unit, kind), raw
    row = figure_at(rows, SCALED, "là 850", "850")
    assert (row.value, row.unit) == (850, "triệu đồng")


def test_a_rate_per_inhabitants_is_a_value_in_its_own_unit():
    rows = _rows(SCALED)
    for context, raw, unit in (("đương 38", "38", "hồ sơ/1.000 dân"), ("quân 702", "702", "tài khoản/1.000 dân")):
        row = figure_at(rows, SCALED, context, raw)
        assert (row.unit, row.kind, row.code) == (unit, "value", None), raw
    assert not [row for row in rows if row.raw == "1.000"]


FOOTNOTES = """\
UBND TỈNH HÀ NAM

Số: 96/BC-UBND
Hà Nam, ngày 08 tháng 7 năm 2024

BÁO CÁO
Kết quả cải cách thủ tục hành chính 6 tháng đầu năm 2024

Toàn tỉnh tiếp nhận 204.118 hồ sơ¹; tỷ lệ hồ sơ nộp trực tuyến đạt 71,20%², tỷ lệ này quý I đạt 68,04%, quý II \
đạt 74,11%.

_______________
¹ Riêng Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 61.307 hồ sơ, chiếm 30,03% số hồ sơ toàn tỉnh.
² Chỉ tiêu được giao tại Kế hoạch số 12/KH-UBND ngày 15/01/2024 là 70%.
"""


def test_a_footnote_giving_details_states_figures_and_one_naming_a_goal_targets():
    rows = _rows(FOOTNOTES)
    for context, raw, kind in (("nhận 61.307", "61.307", "count"), ("chiếm 30,03%", "30,03%", "value"),
                               ("là 70%", "70%", "target")):
        assert figure_at(rows, FOOTNOTES, context, raw).kind == kind, raw
    assert subject_and_level(figure_at(rows, FOOTNOTES, "nhận 61.307", "61.307")) == (
        "Trung tâm Phục vụ hành chính công tỉnh", "tỉnh")


def test_a_quarter_right_before_dat_dates_the_figure():
    rows = _rows(FOOTNOTES)
    assert figure_at(rows, FOOTNOTES, "quý I đạt 68,04%", "68,04%").as_of == "2024-03-31"
    assert figure_at(rows, FOOTNOTES, "đạt 74,11%", "74,11%").as_of == "2024-06-30"


REGION = """\
UBND TỈNH QUẢNG BÌNH
VĂN PHÒNG

Số: 205/BC-VP
Quảng Bình, ngày 14 tháng 7 năm 2025

BÁO CÁO
So sánh Bộ chỉ số phục vụ người dân, doanh nghiệp quý II năm 2025 với các tỉnh vùng Bắc Trung Bộ

| STT | Tỉnh, thành phố | Tổng điểm | Xếp hạng |
|---|---|---|---|
| 1 | Quảng Bình | 84,02 | 18/63 |
| 2 | Nghệ An | 83,11 | 25/63 |
| 3 | Thành phố Huế | 89,40 | 4/63 |
| | Bình quân vùng Bắc Trung Bộ | 85,06 | - |

Có 02/06 tỉnh, thành phố đạt trên 85 điểm. Nhóm Công khai, minh bạch: tỉnh đạt 16,90/18 điểm, bình quân vùng 16,42 \
điểm.
"""


def test_a_table_comparing_provinces_names_each_and_the_regions_average():
    rows = table_indicators(REGION, find_tables(REGION, []), extract_metadata(REGION))
    own = [row for row in rows if row.row == 0]
    assert own and all(subject_and_level(row) == (None, None) for row in own)
    assert {subject_and_level(row) for row in rows if row.row == 1} == {("Nghệ An", "tỉnh")}
    assert {subject_and_level(row) for row in rows if row.row == 2} == {("Thành phố Huế", "tỉnh")}
    assert {subject_and_level(row) for row in rows if row.row == 3} == {("vùng Bắc Trung Bộ", None)}


def test_a_bare_region_is_the_region_named_and_provinces_counted_are_at_their_level():
    rows = _rows(REGION)
    region = figure_at(rows, REGION, "vùng 16,42", "16,42")
    assert (region.subject, region.level, region.max_value) == ("vùng Bắc Trung Bộ", None, None)
    assert figure_at(rows, REGION, "Có 02/06", "02/06").level == "tỉnh"
    text = "UBND TỈNH QUẢNG NAM\n\nTrong vùng Bắc Trung Bộ và Duyên hải miền Trung, Quảng Nam xếp thứ 5/14 tỉnh.\n"
    assert figure_at(_rows(text), text, "thứ 5/14", "5/14").subject is None
