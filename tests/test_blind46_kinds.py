"""Kinds of misses measured on blind sets 45 to 48, each on a text written here in another wording of the same form;
the expected values are what a reader takes from these texts.

- issuers named by the header's organ block (`BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP`, `BAN DÂN TỘC`) report on their own
  procedures, calling themselves by a short name (`Ban Quản lý tiếp nhận ...`);
- a school term (`học kỳ I năm học 2025-2026`) is a reporting period;
- a Sở's part headed `... CỦA SỞ QUÝ III NĂM 2025` is about the Sở;
- group scores after a colon in a dash list (`- Công khai, minh bạch: 17,36/18;`);
- a ward's branch of the city centre (`Chi nhánh Trung tâm ... Thành phố tại phường`), residential groups named by
  number (`Tổ dân phố số 7`), departments of a former province (`Sở Y tế tỉnh Bến Tre cũ`);
- more count units, and counts of villages carry no indicator;
- a goal set in a cited plan before the bracket holding it;
- a column `Thay đổi so với tháng 9/2025 (bậc)` of rank changes;
- block averages in a section under the part naming the 766 index;
- the bodies a deadline assigns (`Các phòng chức năng`, `Các thành viên Tổ công tác`, `Ban Quản lý báo cáo`);
- Thừa Thiên Huế is `Huế` in documents from 2025.
"""

from __future__ import annotations

import pytest
from figure_lookup import figure_at

from extractor.dates import period_bounds
from extractor.extract.deadlines import extract_deadlines
from extractor.extract.figures import extract_figures
from extractor.extract.tables import find_tables, table_indicators
from extractor.gazetteer import find_province_in_text, name_on
from extractor.metadata import extract_metadata
from extractor.models import DocumentMeta


def _rows(text: str):
    return extract_figures(text, extract_metadata(text), [])


PARK_BOARD = """UBND TỈNH LONG AN
BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Số: 77/BC-BQL
Long An, ngày 08 tháng 7 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính 6 tháng đầu năm 2025

Trong kỳ, Ban Quản lý tiếp nhận 2.418 hồ sơ, trong đó trực tuyến 2.302 hồ sơ, đạt 95,20%.
Ban Quản lý đã giải quyết 2.377 hồ sơ, đúng hạn 2.377 hồ sơ.
Ban Quản lý cấp 214 giấy phép lao động.
"""

ETHNIC_BOARD = """UBND TỈNH LAI CHÂU
BAN DÂN TỘC

Số: 31/BC-BDT
Lai Châu, ngày 12 tháng 01 năm 2025

BÁO CÁO
Kết quả cải cách thủ tục hành chính năm 2024

Năm 2024, Ban tiếp nhận 64 hồ sơ, giải quyết đúng hạn 64 hồ sơ, đạt 100%.
"""


@pytest.mark.parametrize("text, issuer", [(PARK_BOARD, "Ban Quản lý các khu công nghiệp"),
                                          (ETHNIC_BOARD, "Ban Dân tộc")])
def test_a_board_in_the_organ_block_is_the_issuer(text, issuer):
    assert extract_metadata(text)[0].issuer == issuer


@pytest.mark.parametrize("text, context, raw, subject", [
    (PARK_BOARD, "nhận 2.418 hồ sơ", "2.418", "Ban Quản lý các khu công nghiệp"),
    (PARK_BOARD, "đạt 95,20%", "95,20%", "Ban Quản lý các khu công nghiệp"),
    (ETHNIC_BOARD, "nhận 64 hồ sơ", "64", "Ban Dân tộc"),
])
def test_a_board_calling_itself_by_a_short_name_reports_on_itself(text, context, raw, subject):
    assert figure_at(_rows(text), text, context, raw).subject == subject


SCHOOL_TERM = """UBND TỈNH NGHỆ AN
SỞ GIÁO DỤC VÀ ĐÀO TẠO

Số: 55/BC-SGDĐT
Nghệ An, ngày 20 tháng 01 năm 2026

BÁO CÁO
Kết quả tuyển sinh trực tuyến học kỳ I năm học 2025-2026

Sở báo cáo kết quả học kỳ I năm học 2025-2026 như sau: toàn tỉnh có 38.104 thí sinh đăng ký trực tuyến.
"""


def test_a_school_term_is_the_reporting_period():
    meta = extract_metadata(SCHOOL_TERM)[0]
    assert (meta.period_label, meta.period_start, meta.period_end) == (
        "học kỳ I năm học 2025-2026", "2025-09-01", "2026-01-31")


@pytest.mark.parametrize("label, bounds", [
    ("học kỳ II năm học 2024-2025", ("2025-02-01", "2025-05-31")),
    ("năm học 2024-2025", ("2024-09-01", "2025-08-31")),
])
def test_school_terms_and_years_have_their_bounds(label, bounds):
    assert period_bounds(label) == bounds


def test_candidates_are_counted():
    row = figure_at(_rows(SCHOOL_TERM), SCHOOL_TERM, "có 38.104 thí sinh", "38.104")
    assert (row.unit, row.kind) == ("thí sinh", "count")


OWN_PART = """UBND TỈNH ĐỒNG NAI
SỞ NỘI VỤ

Số: 1402/BC-SNV
Đồng Nai, ngày 03 tháng 10 năm 2025

BÁO CÁO
Kết quả cải cách hành chính quý III năm 2025

I. KẾT QUẢ CHUNG CỦA TỈNH

Toàn tỉnh tiếp nhận 412.000 hồ sơ, trong đó trực tuyến 301.000 hồ sơ.

II. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH CỦA SỞ QUÝ III NĂM 2025

Trong quý, đã tiếp nhận 2.916 hồ sơ, đúng hạn 2.910 hồ sơ.
"""


def test_a_part_headed_as_the_sos_own_with_its_period_is_the_sos():
    assert figure_at(_rows(OWN_PART), OWN_PART, "nhận 2.916 hồ sơ", "2.916").subject == "Sở Nội vụ"


WARD = """UỶ BAN NHÂN DÂN
PHƯỜNG CẦU GIẤY

Số: 88/BC-UBND
Hà Nội, ngày 04 tháng 11 năm 2025

BÁO CÁO
Kết quả cải cách thủ tục hành chính tháng 10 năm 2025

Chi nhánh Trung tâm Phục vụ hành chính công Thành phố tại phường đang tiếp nhận 402 TTHC.
Điểm từng nhóm chỉ số của phường:
- Công khai, minh bạch: 16,94/18;
- Số hóa hồ sơ: 14,02/22.
Kết quả hỗ trợ của các tổ dân phố:
- Tổ dân phố số 4: hỗ trợ 88 lượt, kích hoạt 21 tài khoản;
- Tổ dân phố số 11: hỗ trợ 64 lượt.
Toàn phường có 41 tổ dân phố và 12 thôn.
"""


@pytest.mark.parametrize("context, raw, unit, max_value, code", [
    ("minh bạch: 16,94/18", "16,94/18", "điểm", 18, "766.cong_khai"),
    ("hồ sơ: 14,02/22", "14,02/22", "điểm", 22, "766.so_hoa"),
])
def test_group_scores_after_a_colon_in_a_dash_list(context, raw, unit, max_value, code):
    row = figure_at(_rows(WARD), WARD, context, raw)
    assert (row.unit, row.max_value, row.code) == (unit, max_value, code)


@pytest.mark.parametrize("context, raw, subject", [
    ("nhận 402 TTHC", "402", "UBND phường Cầu Giấy"),
    ("hỗ trợ 88 lượt", "88", "Tổ dân phố số 4"),
    ("kích hoạt 21 tài khoản", "21", "Tổ dân phố số 4"),
    ("hỗ trợ 64 lượt", "64", "Tổ dân phố số 11"),
])
def test_the_wards_branch_office_and_residential_groups_named_by_number(context, raw, subject):
    assert figure_at(_rows(WARD), WARD, context, raw).subject == subject


@pytest.mark.parametrize("context, raw", [("có 41 tổ", "41"), ("và 12 thôn", "12")])
def test_counts_of_villages_carry_no_indicator(context, raw):
    assert figure_at(_rows(WARD), WARD, context, raw).code is None


MERGED = """Trong quý II năm 2025, Sở tiếp nhận 5.120 hồ sơ (Sở Y tế tỉnh Hậu Giang cũ 1.406 hồ sơ, Sở Y tế thành phố
Cần Thơ cũ 3.714 hồ sơ). Sở cấp 412 chứng chỉ hành nghề và 96 giấy chứng nhận đủ điều kiện; xác thực 2.104 nhân khẩu
cho 1.950 công dân tại 14 cơ sở; cấp 37 thẻ; tổ chức 5 hội nghị; thẩm định 3 chương trình; thu hút 12,5 triệu USD
tại 4 khu công nghiệp; toàn tỉnh có 7 thị trấn.
"""


def test_a_department_of_a_former_province_is_named_as_written():
    row = figure_at(_rows(MERGED), MERGED, "cũ 1.406 hồ sơ", "1.406")
    assert (row.subject, row.level) == ("Sở Y tế tỉnh Hậu Giang cũ", "tỉnh")


@pytest.mark.parametrize("context, raw, unit", [
    ("cấp 412 chứng chỉ", "412", "chứng chỉ"), ("và 96 giấy chứng nhận", "96", "giấy chứng nhận"),
    ("xác thực 2.104 nhân khẩu", "2.104", "nhân khẩu"), ("cho 1.950 công dân", "1.950", "công dân"),
    ("tại 14 cơ sở", "14", "cơ sở"), ("cấp 37 thẻ", "37", "thẻ"), ("tổ chức 5 hội nghị", "5", "hội nghị"),
    ("định 3 chương trình", "3", "chương trình"), ("hút 12,5 triệu USD", "12,5", "triệu USD"),
    ("tại 4 khu công nghiệp", "4", "khu công nghiệp"), ("có 7 thị trấn", "7", "thị trấn"),
])
def test_more_count_units(context, raw, unit):
    assert figure_at(_rows(MERGED), MERGED, context, raw).unit == unit


CITED_GOAL = """Tỷ lệ hồ sơ nộp trực tuyến toàn tỉnh đạt 71,17%, số hóa đạt 84,36%.
So với chỉ tiêu năm 2025 tại Kế hoạch số 88/KH-UBND ngày 02/3/2025 của UBND tỉnh (hồ sơ trực tuyến 75%, số hóa 85%) thì
cả hai chỉ tiêu đều chưa đạt.
"""


@pytest.mark.parametrize("context, raw", [("trực tuyến 75%", "75%"), ("số hóa 85%", "85%")])
def test_a_goal_set_in_a_cited_plan_before_its_bracket(context, raw):
    row = figure_at(_rows(CITED_GOAL), CITED_GOAL, context, raw)
    assert (row.kind, row.as_of) == ("target", "2025-12-31")


RANKS = """| STT | Cơ quan | Tổng điểm | Xếp hạng | Thay đổi so với tháng 8/2025 (bậc) |
|---|---|---|---|---|
| 1 | Sở Nội vụ | 93,12 | 2/19 | -1 |
"""


def test_a_column_of_rank_changes_headed_thay_doi():
    parts = [DocumentMeta(issuer="Văn phòng UBND tỉnh", period_end="2025-09-30", start=0, end=len(RANKS))]
    row = next(r for r in table_indicators(RANKS, find_tables(RANKS, []), parts) if r.raw == "-1")
    assert (row.kind, row.value, row.unit, row.code, row.as_of) == ("change", -1, "hạng", "766.xep_hang", "2025-09-30")


BLOCKS = """BÁO CÁO
Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp và Chỉ số cải cách hành chính năm 2024

I. KẾT QUẢ BỘ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP

1. Kết quả của tỉnh
Tỉnh đạt 84,10/100 điểm.

2. Kết quả của các cơ quan, địa phương
Điểm bình quân khối sở, ngành đạt 88,02 điểm; khối UBND cấp huyện đạt 80,44 điểm.

II. CHỈ SỐ CẢI CÁCH HÀNH CHÍNH
Chỉ số cải cách hành chính (PAR Index) năm 2023 của tỉnh đạt 86,10 điểm.
"""


@pytest.mark.parametrize("context, raw", [("đạt 88,02 điểm", "88,02"), ("đạt 80,44 điểm", "80,44")])
def test_block_averages_under_the_part_naming_the_index(context, raw):
    assert figure_at(_rows(BLOCKS), BLOCKS, context, raw).code == "766.tong_hop"


TASKS = """III. NHIỆM VỤ THÁNG 11 NĂM 2025
1. Các phòng chức năng báo cáo kết quả giải quyết TTHC về Văn phòng Sở trước ngày 12 hằng tháng.
2. Các thành viên Tổ công tác gửi báo cáo về Công an tỉnh trước ngày 18/11/2025.
3. Các phòng thuộc Ban Quản lý báo cáo số liệu về Văn phòng Ban trước ngày 20/11/2025.
4. Văn phòng Sở thống nhất quy trình nội bộ trong tháng 11/2025.
"""


@pytest.mark.parametrize("words, assignee", [
    ("12 hằng tháng", "Các phòng chức năng"), ("18/11/2025", "Các thành viên Tổ công tác"),
    ("20/11/2025", "Các phòng thuộc Ban Quản lý"), ("tháng 11/2025", "Văn phòng Sở"),
])
def test_the_bodies_a_deadline_assigns(words, assignee):
    parts = [DocumentMeta(issuer="Sở Tư pháp", issued_date="2025-11-03", period_end="2025-10-31", start=0,
                          end=len(TASKS))]
    found = [d for d in extract_deadlines(TASKS, parts) if words in d.expression]
    assert [d.assignee for d in found] == [assignee]


@pytest.mark.parametrize("written, day, name", [
    ("Thừa Thiên Huế", "2024-12-31", "Thừa Thiên Huế"), ("Thừa Thiên Huế", "2025-08-05", "Huế"),
    ("Thừa Thiên Huế", None, "Thừa Thiên Huế"), ("Đà Nẵng", "2025-08-05", "Đà Nẵng"),
])
def test_thua_thien_hue_is_hue_in_documents_from_2025(written, day, name):
    assert name_on(written, day) == name


def test_a_document_naming_the_city_of_hue_is_of_hue():
    text = "ỦY BAN NHÂN DÂN\nPHƯỜNG AN CỰU\n\nKính gửi: Ủy ban nhân dân thành phố Huế.\n\nPhường thuộc thành phố Huế.\n"
    found = find_province_in_text(text)
    assert found is not None and name_on(found[0], "2025-09-01") == "Huế"
