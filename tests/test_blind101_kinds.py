"""Kinds fixed after measuring blind sets 101 to 104, each on a text written here in another wording of the same form;
the expected values are what a reader takes from these texts.

- a board of industrial parks or of an economic zone reports on its own work: its figures naming no body are its own
  (`Ban tiếp nhận ...`, and the paragraphs on the procedures it settles), except a sentence on the province;
- a provincial newspaper under the province's header (`UBND TỈNH YÊN BÁI / BÁO YÊN BÁI`) issues the report, keeps its
  name whole, writes itself `Báo`, and is signed by its editor-in-chief (`TỔNG BIÊN TẬP`);
- a table cell's thousands set apart by a space or a thin space (`12 408`, `1\u2009275`) are one number;
- a two-column table a PDF extraction wrote with dot leaders (`Số hồ sơ tiếp nhận (hồ sơ) ........ 5.126`) is a
  table: each line a row (label | value), the line of two pieces right above it its header;
- rows of kinds of work under a title naming the bodies that did it (`Bảng 2. ... tại UBND các xã, phường`) are those
  bodies', at their level, even in a provincial department's report;
- a regional treasury's head office (`Văn phòng Kho bạc Nhà nước khu vực XII`) and its numbered transaction offices
  (`Phòng Giao dịch số 3`) are bodies; a list line's heading body keeps its line when a bracket on where it works
  stands before the colon (`- Phòng Giao dịch số 3 (khu vực Hậu Giang cũ): 1.806 hồ sơ; 99,64%`);
- an average over each period or unit (`bình quân mỗi tháng tiếp nhận 6.080 hồ sơ`, `trung bình mỗi ngày làm việc có
  khoảng 290 hồ sơ`, `bình quân mỗi xã 1.605 hồ sơ`) is a value, not a count;
- a section heading naming the units of one level as owner (`II. KẾT QUẢ CỦA CÁC XÃ, PHƯỜNG`) governs the numbered
  items under it: their figures naming no body are that level's, up to the next section;
- a period alone in brackets right after a figure (`lần lượt là 76,20 điểm (quý I), 79,45 điểm (quý II)`) dates it.
"""

from __future__ import annotations

from figure_lookup import figure_at, subject_and_level

from extractor.extract import extract_facts
from extractor.metadata import extract_metadata


def _facts(text: str):
    return extract_facts(text, extract_metadata(text), [])


def _rows(text: str):
    return _facts(text).indicators


ECONOMIC_ZONE_BOARD = """\
UBND TỈNH QUẢNG NGÃI
BAN QUẢN LÝ KHU KINH TẾ DUNG QUẤT VÀ CÁC KHU CÔNG NGHIỆP
Số: 214/BC-BQL
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Quảng Ngãi, ngày 04 tháng 4 năm 2026

BÁO CÁO
Kết quả giải quyết thủ tục hành chính quý I năm 2026

Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp Quảng Ngãi báo cáo như sau:

1. Toàn tỉnh hiện có 9 khu công nghiệp, trong đó 6 khu đã có nhà đầu tư hạ tầng. Ban đang giải quyết 96 TTHC, trong \
đó 61 TTHC trực tuyến toàn trình.

2. Trong quý, cấp mới 18 dự án với tổng vốn đăng ký 412,6 triệu USD; cấp 240 giấy phép lao động.

3. Ban tiếp nhận 1.412 hồ sơ, đúng hạn 1.409 hồ sơ, đạt 99,79%.
"""


def test_an_industrial_zone_board_reports_its_own_work():
    rows = _rows(ECONOMIC_ZONE_BOARD)
    for context, raw in (("giải quyết 96 TTHC", "96"), ("đó 61 TTHC", "61"), ("mới 18 dự án", "18"),
                         ("ký 412,6 triệu USD", "412,6"), ("cấp 240 giấy phép", "240"), ("nhận 1.412", "1.412"),
                         ("đạt 99,79%", "99,79%")):
        row = figure_at(rows, ECONOMIC_ZONE_BOARD, context, raw)
        assert subject_and_level(row)[1] == "tỉnh", raw
        assert row.subject is not None and row.subject.startswith("Ban Quản lý Khu kinh tế"), (raw, row.subject)
    assert figure_at(rows, ECONOMIC_ZONE_BOARD, "có 9 khu", "9").subject is None


NEWSPAPER = """\
UBND TỈNH YÊN BÁI
BÁO YÊN BÁI
Số: 08/BC-BYB
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Yên Bái, ngày 06 tháng 01 năm 2025

BÁO CÁO
Kết quả tuyên truyền cải cách hành chính năm 2024

1. Năm 2024, Báo đã đăng 842 tin, bài về cải cách hành chính, trong đó 126 tin, bài trên báo in; sản xuất 18 \
infographic.

2. Báo tổ chức khảo sát 2.150 bạn đọc, 87,4% đánh giá chuyên mục hữu ích.

Nơi nhận:
- Sở Nội vụ;
- Lưu: VT.

TỔNG BIÊN TẬP

Lê Minh Khoa
"""


def test_a_provincial_newspaper_issues_and_reports_its_own_work():
    meta = extract_metadata(NEWSPAPER)[0]
    assert (meta.issuer, meta.signer) == ("Báo Yên Bái", "Lê Minh Khoa")
    rows = _rows(NEWSPAPER)
    for context, raw in (("đăng 842 tin", "842"), ("đó 126 tin", "126")):
        row = figure_at(rows, NEWSPAPER, context, raw)
        assert subject_and_level(row) == ("Báo Yên Bái", "tỉnh"), raw
    assert figure_at(rows, NEWSPAPER, "18 infographic", "18").unit == "infographic"
    assert figure_at(rows, NEWSPAPER, "2.150 bạn đọc", "2.150").unit == "bạn đọc"


SPACED_THOUSANDS = (
    "Bảng 1. Hồ sơ theo lĩnh vực năm 2025\n"
    "STT\tLĩnh vực\tTiếp nhận\tĐúng hạn\tTỷ lệ (%)\n"
    "1\tHộ tịch\t12 408\t12 377\t99,75\n"
    "2\tChứng thực\t1\u2009275\t1\u2009260\t98,82\n"
    "\tTổng cộng\t13\u202f683\t13\u202f637\t99,66\n"
)


def test_thousands_set_apart_by_spaces_in_a_cell_are_one_number():
    rows = _rows(SPACED_THOUSANDS)
    for line, raw, value in (("1\tHộ tịch\t12 408", "12 408", 12408), ("\t12 377", "12 377", 12377),
                             ("Chứng thực\t1\u2009275", "1\u2009275", 1275), ("\t1\u2009260", "1\u2009260", 1260),
                             ("cộng\t13\u202f683", "13\u202f683", 13683)):
        row = figure_at(rows, SPACED_THOUSANDS, line, raw)
        assert (row.value, row.raw) == (value, raw)
    assert not [row for row in rows if row.raw in ("408", "275", "683")]


DOT_LEADERS = """\
Bảng 1. Kết quả giải quyết hồ sơ tháng 3 năm 2026
Nội dung                                                              Số liệu
Số hồ sơ tiếp nhận (hồ sơ) ........................................... 5.126
Tỷ lệ hồ sơ giải quyết đúng hạn ...................................... 97,4%
Điểm Công khai, minh bạch ............................................ 16,5/18

Mục lục
I. Kết quả ................................................................ 2
II. Nhiệm vụ .............................................................. 5
"""


def test_a_table_written_with_dot_leaders_is_a_table():
    facts = _facts(DOT_LEADERS)
    assert [table.header for table in facts.tables] == [["Nội dung", "Số liệu"]]
    received = figure_at(facts.indicators, DOT_LEADERS, "........ 5.126", "5.126")
    assert (received.value, received.unit, received.source) == (5126, "hồ sơ", "table")
    assert "Số hồ sơ tiếp nhận" in received.label
    score = figure_at(facts.indicators, DOT_LEADERS, "... 16,5/18", "16,5/18")
    assert (score.value, score.max_value) == (16.5, 18)
    assert figure_at(facts.indicators, DOT_LEADERS, "...... 97,4%", "97,4%").value == 97.4
    assert len(facts.indicators) == 3  # a table of contents' pages are no figures


CIVIL_STATUS_TABLE = """\
SỞ TƯ PHÁP TỈNH HẬU GIANG
Số: 77/BC-STP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Hậu Giang, ngày 05 tháng 7 năm 2025

BÁO CÁO
Kết quả đăng ký hộ tịch điện tử 6 tháng đầu năm 2025

Sở Tư pháp tiếp nhận 1.204 hồ sơ lý lịch tư pháp, trong đó trực tuyến 1.011 hồ sơ.

Bảng 2. Số việc hộ tịch đăng ký trực tuyến tại UBND các xã, phường

| STT | Việc hộ tịch | Tổng số (việc) | Trực tuyến (việc) |
|---|---|---|---|
| 1 | Khai sinh | 5.310 | 4.102 |
| 2 | Khai tử | 2.118 | 1.650 |
| | Tổng cộng | 7.428 | 5.752 |
"""


def test_rows_of_kinds_of_work_belong_to_the_bodies_the_title_says_did_it():
    rows = _rows(CIVIL_STATUS_TABLE)
    for context, raw in (("| 5.310", "5.310"), ("| 1.650", "1.650"), ("| 7.428", "7.428")):
        assert subject_and_level(figure_at(rows, CIVIL_STATUS_TABLE, context, raw))[1] == "xã", raw
    assert subject_and_level(figure_at(rows, CIVIL_STATUS_TABLE, "nhận 1.204", "1.204")) == ("Sở Tư pháp", "tỉnh")


TREASURY_OFFICES = """\
BỘ TÀI CHÍNH
KHO BẠC NHÀ NƯỚC KHU VỰC XII
Số: 95/KBXII-KSC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Cần Thơ, ngày 04 tháng 8 năm 2025

Kết quả theo đơn vị trong tháng 7 năm 2025:
- Văn phòng Kho bạc Nhà nước khu vực XII: 3.214 hồ sơ; 99,91%;
- Phòng Giao dịch số 3 (khu vực Hậu Giang cũ): 1.806 hồ sơ; 99,64%.
"""


def test_a_treasury_office_and_its_transaction_offices_head_their_lines():
    rows = _rows(TREASURY_OFFICES)
    for context, raw in (("3.214 hồ sơ", "3.214"), ("99,91%", "99,91%")):
        row = figure_at(rows, TREASURY_OFFICES, context, raw)
        assert subject_and_level(row) == ("Văn phòng Kho bạc Nhà nước khu vực XII", "tỉnh"), raw
    for context, raw in (("1.806 hồ sơ", "1.806"), ("99,64%", "99,64%")):
        assert figure_at(rows, TREASURY_OFFICES, context, raw).subject == "Phòng Giao dịch số 3", raw


AVERAGES = """\
Trong quý, Trung tâm tiếp nhận 18.240 hồ sơ; bình quân mỗi tháng tiếp nhận 6.080 hồ sơ, trung bình mỗi ngày làm việc \
có khoảng 290 hồ sơ. Các xã tiếp nhận 96.300 hồ sơ, bình quân mỗi xã 1.605 hồ sơ.
"""


def test_an_average_over_each_period_or_unit_is_a_value_not_a_count():
    rows = _rows(AVERAGES)
    assert figure_at(rows, AVERAGES, "nhận 18.240", "18.240").kind == "count"
    for context, raw in (("nhận 6.080", "6.080"), ("khoảng 290", "290"), ("xã 1.605", "1.605")):
        assert figure_at(rows, AVERAGES, context, raw).kind == "value", raw


SECTION_OF_COMMUNES = """\
II. KẾT QUẢ CỦA CÁC XÃ, PHƯỜNG

1. Toàn tỉnh có 72 đơn vị hành chính cấp xã.

2. Xếp loại: 20/72 đơn vị đạt loại Tốt, 41 đơn vị đạt loại Khá.

III. KẾT QUẢ CỦA SỞ

1. Sở tiếp nhận 2.140 hồ sơ; 12 đơn vị trực thuộc đã kết nối.
"""


def test_a_section_naming_the_units_of_a_level_governs_the_numbered_items_under_it():
    rows = _rows(SECTION_OF_COMMUNES)
    for context, raw in (("20/72 đơn vị", "20/72"), ("41 đơn vị", "41")):
        assert subject_and_level(figure_at(rows, SECTION_OF_COMMUNES, context, raw))[1] == "xã", raw
    assert subject_and_level(figure_at(rows, SECTION_OF_COMMUNES, "12 đơn vị", "12"))[1] != "xã"


QUARTERLY_SERIES = """\
UBND TỈNH BÌNH ĐỊNH
Số: 12/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Bình Định, ngày 10 tháng 01 năm 2025

BÁO CÁO
Kết quả cải cách hành chính năm 2024

Điểm Bộ chỉ số của tỉnh qua các quý năm 2024 lần lượt là 76,20 điểm (quý I), 79,45 điểm (quý II) và 81,02 điểm \
(quý III); cả năm đạt 82,60 điểm.
"""


def test_a_period_alone_in_brackets_after_a_figure_dates_it():
    rows = _rows(QUARTERLY_SERIES)
    for context, raw, as_of in (("là 76,20", "76,20", "2024-03-31"), ("79,45 điểm", "79,45", "2024-06-30"),
                                ("và 81,02", "81,02", "2024-09-30"), ("đạt 82,60", "82,60", "2024-12-31")):
        assert figure_at(rows, QUARTERLY_SERIES, context, raw).as_of == as_of, raw
