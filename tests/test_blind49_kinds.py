"""Kinds of misses measured on blind sets 49 to 52 (new kinds of issuer), each on a text written here in another
wording of the same form; the expected values are what a reader takes from these texts.

- issuers outside the people's committee named by the header: a radio and television station, a provincial trade
  union or farmers' association (`LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN`, `BCH HỘI NÔNG DÂN TỈNH ...`), a steering
  committee, a Sở's sub-department (`CHI CỤC THỦY LỢI`, named as the body writes it); their own figures are theirs;
- the chapters of an association in a district (`Hội Nông dân huyện Ea Súp`) and a commune's police;
- a party or mass organisation's number `Số 146-BC/HNDT` (no colon, a hyphen);
- a title whose first words hold a comma (`Kết quả hỗ trợ đoàn viên, người lao động ...`) is no place-and-date line;
- count units of such reports (`1.846 tin`, `398 phóng sự`, `24 kỳ`, `86 video`, `452/487 vụ việc`, `156 ý kiến`,
  `218.735 đoàn viên`, ...) and minutes (`mỗi kỳ 15 phút`, a value);
- a land-office branch named by its district (`Chi nhánh quận Ninh Kiều`) is at that level;
- deadline assignees end before `biên soạn`, `đưa`;
- a page typed with marks whose header and some lines lost them (`UY BAN NHAN DAN` / `PHUONG RACH GIA`);
- a centrally-run city's one-stop centre (`... công thành phố`, at the province level), and the issuer written by its
  abbreviation in its own report (`BHXH tỉnh` for `Bảo hiểm xã hội tỉnh`).
"""

from __future__ import annotations

import pytest
from figure_lookup import figure_at, subject_and_level

from extractor.extract.deadlines import extract_deadlines
from extractor.extract.figures import extract_figures
from extractor.metadata import extract_metadata


def _rows(text: str):
    return extract_figures(text, extract_metadata(text), [])


STATION = """UBND TỈNH BẠC LIÊU
ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Số: 14/BC-PTTH
Bạc Liêu, ngày 08 tháng 01 năm 2025

BÁO CÁO
Kết quả tuyên truyền cải cách hành chính năm 2024

Năm 2024, Đài đã phát sóng 1.204 tin, bài và 215 phóng sự về cải cách thủ tục hành chính.
Tỷ lệ hồ sơ nộp trực tuyến toàn tỉnh đạt 58,12%.
- Chuyên mục "Dịch vụ công" phát 36 kỳ, mỗi kỳ 15 phút.
- Sản xuất 42 video hướng dẫn nộp hồ sơ trực tuyến.

Các phòng thực hiện:
1. Phòng Thời sự biên soạn kịch bản chuyên mục năm 2025, trước ngày 28/02/2025.
"""


def test_a_station_in_the_organ_block_is_the_issuer():
    assert extract_metadata(STATION)[0].issuer == "Đài Phát thanh và Truyền hình"


@pytest.mark.parametrize("context, raw, unit, kind", [
    ("phát sóng 1.204 tin", "1.204", "tin", "count"),
    ("và 215 phóng sự", "215", "phóng sự", "count"),
    ("phát 36 kỳ", "36", "kỳ", "count"),
    ("kỳ 15 phút", "15", "phút", "value"),
    ("Sản xuất 42 video", "42", "video", "count"),
])
def test_a_stations_own_work_is_its_own(context, raw, unit, kind):
    row = figure_at(_rows(STATION), STATION, context, raw)
    assert (row.unit, row.kind, row.subject, row.level) == (unit, kind, "Đài Phát thanh và Truyền hình", "tỉnh")


def test_the_province_quoted_by_a_station_stays_the_province():
    row = figure_at(_rows(STATION), STATION, "đạt 58,12%", "58,12%")
    assert subject_and_level(row) == (None, None)


def test_a_deadline_assignee_ends_before_its_verb():
    (deadline,) = extract_deadlines(STATION, extract_metadata(STATION))
    assert deadline.assignee == "Phòng Thời sự"


SUB_DEPARTMENT = """SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH NAM ĐỊNH
CHI CỤC KIỂM LÂM

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Số: 41/BC-CCKL
Nam Định, ngày 26 tháng 6 năm 2025

BÁO CÁO
Kết quả cải cách thủ tục hành chính 6 tháng đầu năm 2025

Chi cục Kiểm lâm báo cáo như sau: trong kỳ, Chi cục tiếp nhận 96 hồ sơ, giải quyết đúng hạn 96 hồ sơ; kiểm tra
18 công trình lâm sinh.
"""


def test_a_sub_department_in_the_organ_block_is_named_as_the_body_writes_it():
    assert extract_metadata(SUB_DEPARTMENT)[0].issuer == "Chi cục Kiểm lâm"


@pytest.mark.parametrize("context, raw, unit", [("tiếp nhận 96 hồ sơ", "96", "hồ sơ"),
                                                ("kiểm tra\n18 công trình", "18", "công trình")])
def test_a_sub_departments_own_figures_are_its_own(context, raw, unit):
    row = figure_at(_rows(SUB_DEPARTMENT), SUB_DEPARTMENT, context, raw)
    assert (row.unit, row.subject, row.level) == (unit, "Chi cục Kiểm lâm", "tỉnh")


UNION = """TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM
LIÊN ĐOÀN LAO ĐỘNG TỈNH HÀ TĨNH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Số: 19/BC-LĐLĐ
Hà Tĩnh, ngày 09 tháng 01 năm 2025

BÁO CÁO
Kết quả hỗ trợ đoàn viên, người lao động sử dụng dịch vụ công trực tuyến năm 2024

Liên đoàn Lao động tỉnh có 96.410 đoàn viên; trong năm tổ chức 38 lớp tập huấn.
- Liên đoàn Lao động huyện Kỳ Anh: hỗ trợ 1.208 tài khoản;
- Công an xã Kỳ Tân: hỗ trợ 96 tài khoản.
"""


def test_a_union_in_the_organ_block_is_the_issuer_and_its_title_is_read_whole():
    meta = extract_metadata(UNION)[0]
    assert (meta.issuer, meta.period_label) == ("Liên đoàn Lao động tỉnh", "năm 2024")
    assert meta.title.startswith("Kết quả hỗ trợ đoàn viên, người lao động")


@pytest.mark.parametrize("context, raw, unit, subject, level", [
    ("có 96.410 đoàn viên", "96.410", "đoàn viên", "Liên đoàn Lao động tỉnh", "tỉnh"),
    ("tổ chức 38 lớp", "38", "lớp", "Liên đoàn Lao động tỉnh", "tỉnh"),
    ("hỗ trợ 1.208", "1.208", "tài khoản", "Liên đoàn Lao động huyện Kỳ Anh", "huyện"),
    ("hỗ trợ 96 tài", "96", "tài khoản", "Công an xã Kỳ Tân", "xã"),
])
def test_a_unions_figures_and_its_chapters(context, raw, unit, subject, level):
    row = figure_at(_rows(UNION), UNION, context, raw)
    assert (row.unit, row.subject, row.level) == (unit, subject, level)


def test_a_mass_organisations_number_without_colon():
    text = ("BCH HỘI NÔNG DÂN TỈNH GIA LAI\n*\nSố 88-BC/HNDT\n\nGia Lai, ngày 02 tháng 7 năm 2025\n\nBÁO CÁO\n"
            "Kết quả quý II năm 2025\n")
    meta = extract_metadata(text)[0]
    assert (meta.doc_number, meta.issuer) == ("88-BC/HNDT", "Hội Nông dân tỉnh")


@pytest.mark.parametrize("sentence, raw, unit", [
    ("Thanh tra tỉnh đã giải quyết 214/230 vụ việc.", "214/230", "vụ việc"),
    ("Cử tri gửi 156 ý kiến, kiến nghị.", "156", "ý kiến"),
    ("Đoàn tổ chức 24 cuộc tiếp xúc cử tri.", "24", "cuộc"),
    ("Toàn tỉnh có 1.386 website thương mại điện tử.", "1.386", "website"),
    ("Hệ thống đã gửi 48.215 tin nhắn.", "48.215", "tin nhắn"),
])
def test_count_units_of_new_issuers(sentence, raw, unit):
    row = figure_at(extract_figures(sentence, [], []), sentence, sentence, raw)
    assert (row.unit, row.kind) == (unit, "count")


# (a branch named by a bare place is a provincial body's branch, at the province's level: blind set 72)
@pytest.mark.parametrize("name, level", [("Chi nhánh quận Ninh Kiều", "huyện"), ("Chi nhánh huyện Cờ Đỏ", "huyện"),
                                         ("Chi nhánh Vĩnh Yên", "tỉnh")])
def test_a_branch_named_by_its_district_is_at_that_level(name, level):
    sentence = f"{name} tiếp nhận 1.287 hồ sơ."
    row = figure_at(extract_figures(sentence, [], []), sentence, sentence, "1.287")
    assert subject_and_level(row) == (name, level)


# ---------------------------------------------------------------- a commune's report with lines that lost their marks

MIXED_COMMUNE = """UY BAN NHAN DAN
PHUONG RACH GIA
S6: 118/BC-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Rạch Giá, ngày 05 tháng 11 năm 2025

BÁO CÁO
Tình hình giải quyết thủ tục hành chính tháng 10 năm 2025

Trong tháng, phường tiếp nhận 3.046 hồ sơ, trong đó 2.518 hồ sơ nộp trực tuyến.
Da tra ket qua dung han 2.977 ho so, dat 97,73%; qua han 11 ho so.
"""


def test_lines_that_lost_their_marks_are_restored_before_extraction(tmp_path):
    from extractor.errors import Budget
    from extractor.pipeline import FileJob, hash_file, process_file

    path = tmp_path / "commune.txt"
    path.write_text(MIXED_COMMUNE, encoding="utf-8")
    record = process_file(FileJob(str(path), "txt", *hash_file(str(path))), Budget())
    assert record["document"]["issuer"] == "UBND phường Rạch Giá"
    rows = {(r["raw"], r["unit"], r["subject"], r["level"]) for r in record["indicators"]}
    assert {("2.977", "hồ sơ", "UBND phường Rạch Giá", "xã"), ("97,73%", "%", "UBND phường Rạch Giá", "xã"),
            ("11", "hồ sơ", "UBND phường Rạch Giá", "xã")} <= rows


# ---------------------------------------------------------------- a centrally-run city's centre; an issuer abbreviated

CITY_CENTRE = """UBND THÀNH PHỐ ĐÀ NẴNG
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 87/BC-TTPVHCC
Đà Nẵng, ngày 04 tháng 11 năm 2025

BÁO CÁO
Kết quả hoạt động tháng 10 năm 2025

Trong tháng 10/2025, Trung tâm tiếp nhận 12.406 hồ sơ, trong đó nộp trực tuyến 10.913 hồ sơ, chiếm 87,97%.
"""


def test_a_centrally_run_citys_centre_is_the_citys_at_the_province_level():
    assert extract_metadata(CITY_CENTRE)[0].issuer == "Trung tâm Phục vụ hành chính công thành phố"
    row = figure_at(_rows(CITY_CENTRE), CITY_CENTRE, "tiếp nhận 12.406", "12.406")
    assert subject_and_level(row) == ("Trung tâm Phục vụ hành chính công thành phố", "tỉnh")


def test_a_provincial_city_is_no_centrally_run_city():
    text = CITY_CENTRE.replace("UBND THÀNH PHỐ ĐÀ NẴNG", "UBND TỈNH BẮC NINH")
    text = text.replace("Đà Nẵng, ngày", "Bắc Ninh, ngày")
    assert extract_metadata(text)[0].issuer == "Trung tâm Phục vụ hành chính công tỉnh"


INSURANCE = """BẢO HIỂM XÃ HỘI VIỆT NAM
BẢO HIỂM XÃ HỘI TỈNH NINH BÌNH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 1903/BC-BHXH
Ninh Bình, ngày 06 tháng 10 năm 2025

BÁO CÁO
Kết quả giao dịch điện tử quý III năm 2025

Trong quý III, BHXH tỉnh tiếp nhận 402.115 hồ sơ giao dịch điện tử; Văn phòng BHXH tỉnh tiếp nhận 61.208 hồ sơ.
"""


def test_the_issuer_written_by_its_abbreviation_is_named_as_the_issuer():
    rows = _rows(INSURANCE)
    own = figure_at(rows, INSURANCE, "tiếp nhận 402.115", "402.115")
    office = figure_at(rows, INSURANCE, "tiếp nhận 61.208", "61.208")
    assert subject_and_level(own) == ("Bảo hiểm xã hội tỉnh", "tỉnh")
    assert subject_and_level(office) == ("Văn phòng BHXH tỉnh", "tỉnh")
