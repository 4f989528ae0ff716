"""Kinds fixed after measuring blind sets 149 to 152, each on a text written here in another wording of the same form;
the expected values are what a reader takes from these texts.

- meetings held online count in `cuộc họp` as written (`tổ chức 152 cuộc họp trực tuyến`), as calls count in `cuộc
  gọi`; a bare `cuộc` stays `cuộc`.
- tasks numbered in brackets (`(1) Phòng Kinh tế giải quyết ... trước ngày 15/5/2026.`) are items: each deadline's
  body is the one its item opens with.
- a count of `đơn vị` naming no body counts some of the bodies its sentence counted before it (`Trong 102 xã, phường
  của tỉnh có 9 đơn vị xếp loại Tốt`, `Có 15/20 sở, ban, ngành đạt ...; 05 đơn vị dưới 85%`): their level; not when
  the counts before are of several levels, nor when it names a kind of its own (`03 đơn vị Thuế cơ sở`).
- a Word table whose name wraps onto a row of its own (`| 4 | Ban Quản lý các khu kinh tế và khu | 612 | 95,40 |`
  over `| | công nghiệp Quảng Ngãi | | |`) reads the row under the whole name; the wrapped row holds no row.
- a list right under a heading naming files by a share's words (`2. Hồ sơ quá hạn theo lĩnh vực` over `- Đất đai: 21
  hồ sơ;`) breaks down those files: each count carries the share's code; not a list whose items state a share of
  their own (`- Đầu tư: 214 hồ sơ, trực tuyến 96,26%`), whose count is that share's base.
- a bracket opening on an earlier period and words naming whose figures follow, with no comma between (`(năm 2024
  bình quân của các đơn vị cũ: 93,12%)`), holds that period's figure: a previous value at its end.
- a table of fields whose title gives the average of a block (`Bảng 2. Điểm thẩm định bình quân khối xã, phường theo
  lĩnh vực`) holds that block's figures, at its level.
- a provincial hospital's departments in a table of its report (`Khoa Khám bệnh`, `Khoa Cấp cứu`: patterns/
  subjects.jsonl `division`) are its divisions, named as written at the hospital's level; only a hospital's or a
  school's (`of`): a faculty in a ward's table stays at no level (tests/test_blind57_kinds.py).
- the departments' block named bare (`Chỉ số SIPAS bình quân khối sở đạt 88,12%`) is a subject at the province's
  level; not the group a body is ranked in (`thấp nhất khối sở (64,20%)`).
- a regional customs branch's offices in its table (`Hải quan Tây Đô`, and `Hải quan cửa khẩu cảng Cần Thơ`, whose
  name opens on a common noun: `lower_name`) are its divisions, at its level.
- goals listed under a sub-heading with no period (`1. Mục tiêu, chỉ tiêu`) in a part headed by the coming year
  (`III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026`) are due at that year's end; a note at the document's foot (`[3] Chỉ tiêu
  ...`) is in no part.
- an inspection plan's schedule (`| Đơn vị được kiểm tra | Thời gian kiểm tra | Nội dung kiểm tra trọng tâm |`) dates
  each unit's inspection: a deadline per row, its task the row's content and its body the unit inspected.
- a table's row averaging the departments' block (`| | Bình quân khối sở, ban, ngành | 17,12 | ... |`) is at the
  province's level, as one averaging the communes' block is at theirs.
- a heading that states the day its data are counted to (`I. SỰ CẦN THIẾT (số liệu tính đến ngày 30/4/2026)`) dates
  the figures under it at that day, not at the end of the year a request is made for.
- a goal naming no indicator, set against a share its sentence stated before it (`... thanh toán trực tuyến của xã
  đạt 63,74% (1.148 hồ sơ), so với chỉ tiêu UBND tỉnh giao năm 2025 là 60% thì đã đạt chỉ tiêu`: past the bracketed
  count), is a goal for that share's indicator.
- a line break inside a cell (`| Hồ sơ tiếp nhận<br>(hồ sơ) |`) parts its words: the header names the files
  received, and the row's label reads `Đất đai (đăng ký, cấp Giấy chứng nhận)`.
- a column a two-row header names only as a total (`Tiếp nhận` over `Tổng số (hồ sơ)`) counts its group's step: the
  files received.
- a column headed `Điểm đạt` in a table on the 766 index holds each unit's total score, as `Điểm` and `Tổng điểm`
  do; not a group's score out of its own maximum (`Cộng nhóm | Điểm đạt` 15,47/22).
- a count of bodies after `với` naming no actor (`được xác định đối với 17 sở, ban, ngành`) is about the bodies it
  counts, as after `của`; after `cho` (`bố trí 48 quầy cho 21 sở, ban, ngành`) they are only served.
"""

from __future__ import annotations

from figure_lookup import figure_at

from extractor.extract import extract_facts
from extractor.metadata import extract_metadata


def _facts(text: str):
    return extract_facts(text, extract_metadata(text), [])


MEETINGS = """\
UBND TỈNH SƠN LA
Số: 22/BC-UBND
Sơn La, ngày 10 tháng 01 năm 2026

BÁO CÁO
Kết quả chuyển đổi số năm 2025

Năm 2025, tỉnh tổ chức 152 cuộc họp trực tuyến từ tỉnh đến xã, trong đó 48 cuộc họp có sự tham dự của cấp xã; \
Thường trực HĐND tỉnh chủ trì 12 cuộc giám sát.
"""


def test_meetings_count_in_the_noun_as_written():
    rows = _facts(MEETINGS).indicators
    for context, raw in (("152 cuộc", "152"), ("48 cuộc", "48")):
        assert figure_at(rows, MEETINGS, context, raw).unit == "cuộc họp", raw
    assert figure_at(rows, MEETINGS, "12 cuộc", "12").unit == "cuộc"


BRACKETED_ITEMS = """\
UBND TỈNH ĐỒNG THÁP
ỦY BAN NHÂN DÂN
XÃ MỸ THỌ
Số: 31/BC-UBND
Mỹ Thọ, ngày 05 tháng 5 năm 2026

BÁO CÁO
Kết quả giải quyết TTHC tháng 4 năm 2026

II. NHIỆM VỤ THÁNG 5 NĂM 2026
(1) Phòng Kinh tế rà soát hồ sơ đất đai tồn đọng trước ngày 18/5/2026.
(2) Văn phòng HĐND và UBND xã cập nhật quy trình nội bộ trong tháng 6/2026.
"""


def test_tasks_numbered_in_brackets_name_their_bodies():
    deadlines = {d.due_date: d.assignee for d in _facts(BRACKETED_ITEMS).deadlines}
    assert deadlines == {"2026-05-18": "Phòng Kinh tế", "2026-06-30": "Văn phòng HĐND và UBND xã"}


UNITS_OF_THE_COUNT = """\
UBND TỈNH QUẢNG NGÃI
Số: 52/BC-UBND
Quảng Ngãi, ngày 08 tháng 12 năm 2025

BÁO CÁO
Kết quả cải cách hành chính tháng 11 năm 2025

Trong 102 xã, phường của tỉnh có 9 đơn vị xếp loại Tốt, 71 đơn vị xếp loại Khá.
Có 15/20 sở, ban, ngành đạt chỉ số hài lòng từ 85% trở lên; 05 đơn vị dưới 85%.
Đoàn kiểm tra tại 03 sở, ngành, 02 huyện và 04 xã, phường; kiểm tra qua báo cáo đối với 17 đơn vị còn lại.
Thuế tỉnh quản lý thuế thông qua Văn phòng Thuế tỉnh và 03 đơn vị Thuế cơ sở trên 102 xã, phường.
"""


def test_a_count_of_units_counts_some_of_the_bodies_counted_before():
    rows = _facts(UNITS_OF_THE_COUNT).indicators
    for context, raw, level in (("có 9 đơn vị", "9", "xã"), ("71 đơn vị", "71", "xã"), ("05 đơn vị", "05", "tỉnh")):
        assert figure_at(rows, UNITS_OF_THE_COUNT, context, raw).level == level, raw
    assert figure_at(rows, UNITS_OF_THE_COUNT, "17 đơn vị", "17").level is None
    assert figure_at(rows, UNITS_OF_THE_COUNT, "03 đơn vị Thuế", "03").level != "xã"


WRAPPED_NAME = """\
UBND TỈNH QUẢNG NGÃI
Số: 61/BC-UBND
Quảng Ngãi, ngày 08 tháng 10 năm 2024

BÁO CÁO
Kết quả giải quyết TTHC quý III năm 2024

| STT | Đơn vị | Tiếp nhận (hồ sơ) | Đúng hạn (%) |
|---|---|---|---|
| 1 | Sở Tư pháp | 3.126 | 99,80 |
| 2 | Ban Quản lý các khu kinh tế và khu | 612 | 95,40 |
| | công nghiệp Quảng Ngãi | | |
| 3 | Sở Xây dựng | 1.204 | 98,10 |
"""


def test_a_name_wrapped_onto_its_own_row_labels_the_row_above():
    facts = _facts(WRAPPED_NAME)
    for context, raw in (("| 612 |", "612"), ("| 95,40 |", "95,40")):
        row = figure_at(facts.indicators, WRAPPED_NAME, context, raw)
        assert row.subject == "Ban Quản lý các khu kinh tế và khu công nghiệp Quảng Ngãi", raw
    assert [row[1] for row in facts.tables[0].rows] == [
        "Sở Tư pháp", "Ban Quản lý các khu kinh tế và khu công nghiệp Quảng Ngãi", "Sở Xây dựng"]


OVERDUE_BY_FIELD = """\
UBND TỈNH QUẢNG NGÃI
ỦY BAN NHÂN DÂN
PHƯỜNG TRƯƠNG QUANG TRỌNG
Số: 44/BC-UBND
Trương Quang Trọng, ngày 03 tháng 12 năm 2025

BÁO CÁO
Kết quả giải quyết TTHC tháng 11 năm 2025

2. Hồ sơ quá hạn theo lĩnh vực
- Đất đai: 14 hồ sơ;
- Hộ tịch: 4 hồ sơ.

3. Tỷ lệ hồ sơ trực tuyến theo lĩnh vực
- Đầu tư: 214 hồ sơ, trực tuyến 96,26%.
"""


def test_a_list_under_a_heading_naming_overdue_files_breaks_them_down():
    rows = _facts(OVERDUE_BY_FIELD).indicators
    for context, raw in (("Đất đai: 14", "14"), ("Hộ tịch: 4", "4")):
        assert figure_at(rows, OVERDUE_BY_FIELD, context, raw).code == "766.tien_do.qua_han", raw
    assert figure_at(rows, OVERDUE_BY_FIELD, "214 hồ sơ", "214").code != "766.dvctt.nop_truc_tuyen"


FORMER_UNITS_BEFORE = """\
UBND TỈNH LAI CHÂU
ỦY BAN NHÂN DÂN
PHƯỜNG ĐOÀN KẾT
Số: 07/BC-UBND
Đoàn Kết, ngày 12 tháng 01 năm 2026

BÁO CÁO
Kết quả chuyển đổi số năm 2025

- UBND phường đã ký số 5.106 văn bản đi, đạt 99,40% (năm 2024 bình quân của các đơn vị cũ: 93,12%).
- Bộ phận Một cửa tiếp nhận 8.204 hồ sơ (năm 2024 cộng gộp các đơn vị cũ: 7.015 hồ sơ).
"""


def test_an_earlier_period_before_words_and_a_colon_dates_the_bracket():
    rows = _facts(FORMER_UNITS_BEFORE).indicators
    for context, raw in (("cũ: 93,12%", "93,12%"), ("cũ: 7.015", "7.015")):
        row = figure_at(rows, FORMER_UNITS_BEFORE, context, raw)
        assert (row.kind, row.as_of) == ("previous", "2024-12-31"), raw


BLOCK_AVERAGES = """\
UBND TỈNH HÀ GIANG
SỞ NỘI VỤ
Số: 88/BC-SNV
Hà Giang, ngày 20 tháng 01 năm 2026

BÁO CÁO
Kết quả xác định Chỉ số cải cách hành chính năm 2025

Bảng 1. Điểm thẩm định bình quân khối sở, ban, ngành theo lĩnh vực

| STT | Lĩnh vực | Điểm tối đa | Điểm bình quân |
|---|---|---|---|
| 1 | Cải cách thể chế | 8 | 6,92 |
| 2 | Cải cách tài chính công | 6 | 5,10 |

Bảng 2. Điểm thẩm định bình quân khối xã, phường theo lĩnh vực

| STT | Lĩnh vực | Điểm tối đa | Điểm bình quân |
|---|---|---|---|
| 1 | Cải cách thể chế | 7 | 5,41 |
| 2 | Cải cách tài chính công | 5 | 3,86 |
"""


def test_a_table_of_fields_titled_by_a_block_average_is_the_block_s():
    rows = _facts(BLOCK_AVERAGES).indicators
    for context, raw, level in (("| 6,92 |", "6,92", "tỉnh"), ("| 5,10 |", "5,10", "tỉnh"),
                                ("| 5,41 |", "5,41", "xã"), ("| 3,86 |", "3,86", "xã")):
        assert figure_at(rows, BLOCK_AVERAGES, context, raw).level == level, raw


HOSPITAL_DEPARTMENTS = """\
SỞ Y TẾ TỈNH KON TUM
BỆNH VIỆN ĐA KHOA TỈNH KON TUM
Số: 612/BC-BVĐK
Kon Tum, ngày 04 tháng 12 năm 2025

BÁO CÁO
Kết quả khám chữa bệnh bằng căn cước tại Bệnh viện tháng 11 năm 2025

Kính gửi: Sở Y tế tỉnh Kon Tum.

Bảng 1. Kết quả tiếp đón người bệnh theo khoa

STT\tKhoa\tLượt khám (lượt)\tTỷ lệ dùng căn cước (%)
1\tKhoa Khám bệnh\t18.204\t92,10
2\tKhoa Cấp cứu\t4.312\t84,66
"""


def test_a_hospital_s_departments_are_its_divisions():
    rows = _facts(HOSPITAL_DEPARTMENTS).indicators
    for context, raw, name in (("\t18.204", "18.204", "Khoa Khám bệnh"), ("\t84,66", "84,66", "Khoa Cấp cứu")):
        row = figure_at(rows, HOSPITAL_DEPARTMENTS, context, raw)
        assert (row.subject, row.level) == (name, "tỉnh"), raw


BARE_BLOCK = """\
UBND TỈNH KON TUM
SỞ NỘI VỤ
Số: 45/BC-SNV
Kon Tum, ngày 10 tháng 7 năm 2025

BÁO CÁO
Kết quả khảo sát sự hài lòng 6 tháng đầu năm 2025

Chỉ số SIPAS bình quân khối sở đạt 88,12%, tăng 1,40 điểm phần trăm.
Sở Xây dựng có tỷ lệ hài lòng thấp nhất khối sở (64,20%).
"""


def test_the_departments_block_named_bare_is_a_subject():
    rows = _facts(BARE_BLOCK).indicators
    block = figure_at(rows, BARE_BLOCK, "đạt 88,12%", "88,12%")
    assert (block.subject, block.level) == ("khối sở", "tỉnh")
    assert figure_at(rows, BARE_BLOCK, "(64,20%)", "64,20%").subject == "Sở Xây dựng"


CUSTOMS_OFFICES = """\
CỤC HẢI QUAN
CHI CỤC HẢI QUAN KHU VỰC VIII
Số: 512/BC-CCHQKV8
Quảng Ninh, ngày 05 tháng 10 năm 2025

BÁO CÁO
Kết quả thực hiện thủ tục hải quan điện tử quý III năm 2025

TT\tĐơn vị\tTờ khai (tờ khai)\tLuồng xanh (%)
1\tHải quan cửa khẩu quốc tế Móng Cái\t12.406\t58,30
2\tHải quan Hòn Gai\t4.118\t66,10
"""


def test_a_customs_branch_s_offices_are_its_divisions():
    rows = _facts(CUSTOMS_OFFICES).indicators
    for context, raw in (("\t12.406", "12.406"), ("\t66,10", "66,10")):
        assert figure_at(rows, CUSTOMS_OFFICES, context, raw).level == "tỉnh", raw


GOALS_UNDER_A_PART = """\
ỦY BAN NHÂN DÂN
TỈNH PHÚ THỌ
Số: 30/BC-UBND
Phú Thọ, ngày 14 tháng 01 năm 2026

BÁO CÁO
Tổng kết công tác cải cách hành chính năm 2025

I. KẾT QUẢ NĂM 2025
Tỷ lệ hồ sơ nộp trực tuyến đạt 68,40%.

III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
1. Mục tiêu, chỉ tiêu
(1) Tỷ lệ hồ sơ TTHC nộp trực tuyến đạt từ 78% trở lên;
(2) Điểm Bộ chỉ số 766 đạt từ 89 điểm trở lên.
"""


def test_goals_under_a_part_headed_by_the_coming_year_are_due_at_its_end():
    rows = _facts(GOALS_UNDER_A_PART).indicators
    for context, raw in (("từ 78%", "78%"), ("từ 89 điểm", "89")):
        row = figure_at(rows, GOALS_UNDER_A_PART, context, raw)
        assert (row.kind, row.as_of) == ("target", "2026-12-31"), raw


INSPECTION_SCHEDULE = """\
UBND TỈNH GIA LAI
Số: 41/KH-UBND
Gia Lai, ngày 20 tháng 3 năm 2026

KẾ HOẠCH
Kiểm tra công tác cải cách hành chính năm 2026

| STT | Đơn vị được kiểm tra | Thời gian kiểm tra | Nội dung kiểm tra trọng tâm | Số hồ sơ kiểm tra xác suất |
|---|---|---|---|---|
| 1 | Sở Tư pháp | Ngày 21/4/2026 | Chứng thực bản sao điện tử | 30 |
| 2 | UBND xã Ia Grai | Ngày 19/5/2026 | Số hóa hồ sơ | 25 |
"""


def test_an_inspection_schedule_dates_each_unit_s_inspection():
    deadlines = {(d.due_date, d.task, d.assignee) for d in _facts(INSPECTION_SCHEDULE).deadlines}
    assert deadlines == {("2026-04-21", "Chứng thực bản sao điện tử", "Sở Tư pháp"),
                         ("2026-05-19", "Số hóa hồ sơ", "UBND xã Ia Grai")}


DEPARTMENTS_AVERAGE = """\
UBND TỈNH NINH BÌNH
VĂN PHÒNG
Số: 118/TB-VP
Ninh Bình, ngày 06 tháng 5 năm 2026

THÔNG BÁO
Kết quả Bộ chỉ số 766 của các sở, ban, ngành tháng 4 năm 2026

| STT | Đơn vị | Công khai, minh bạch (18) | Tổng điểm (100) |
|---|---|---|---|
| 1 | Sở Tư pháp | 17,90 | 97,12 |
| | Bình quân khối sở, ban, ngành | 17,02 | 88,46 |
"""


def test_a_row_averaging_the_departments_block_is_at_the_province_s_level():
    rows = _facts(DEPARTMENTS_AVERAGE).indicators
    for context, raw in (("| 17,02 |", "17,02"), ("| 88,46 |", "88,46")):
        assert figure_at(rows, DEPARTMENTS_AVERAGE, context, raw).level == "tỉnh", raw


DATA_DAY_HEADING = """\
UBND TỈNH TUYÊN QUANG
SỞ KHOA HỌC VÀ CÔNG NGHỆ
Số: 220/TTr-SKHCN
Tuyên Quang, ngày 15 tháng 5 năm 2026

TỜ TRÌNH
Về việc đề nghị phê duyệt kinh phí mua sắm máy quét cho cấp xã năm 2026

I. SỰ CẦN THIẾT (số liệu tính đến ngày 30/4/2026)
1. Các xã, phường hiện có 298 máy quét, trong đó 84 máy quét đã hỏng, chiếm 28,19%.
"""


def test_a_heading_stating_its_data_day_dates_the_figures_under_it():
    rows = _facts(DATA_DAY_HEADING).indicators
    for context, raw in (("có 298", "298"), ("chiếm 28,19%", "28,19%")):
        assert figure_at(rows, DATA_DAY_HEADING, context, raw).as_of == "2026-04-30", raw


GOAL_COMPARED = """\
UBND TỈNH AN GIANG
ỦY BAN NHÂN DÂN
XÃ HÒN ĐẤT
Số: 52/BC-UBND
Hòn Đất, ngày 05 tháng 10 năm 2025

BÁO CÁO
Kết quả giải quyết TTHC quý III năm 2025

Tỷ lệ hồ sơ thanh toán trực tuyến của xã đạt 62,10% (1.204 hồ sơ), so với chỉ tiêu UBND tỉnh giao năm 2025 là 60% thì\
đã đạt chỉ tiêu.
"""


def test_a_goal_set_against_a_share_is_that_share_s_indicator():
    rows = _facts(GOAL_COMPARED).indicators
    share = figure_at(rows, GOAL_COMPARED, "đạt 62,10%", "62,10%")
    goal = figure_at(rows, GOAL_COMPARED, "là 60%", "60%")
    assert goal.kind == "target" and share.code == "766.thanh_toan.ho_so"
    assert goal.code == share.code


BROKEN_CELLS = """\
UBND TỈNH GIA LAI
SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 318/BC-SNNMT
Gia Lai, ngày 06 tháng 10 năm 2025

BÁO CÁO
Kết quả giải quyết TTHC quý III năm 2025

| STT | Lĩnh vực | Hồ sơ tiếp nhận<br>(hồ sơ) | Quá hạn<br>(hồ sơ) |
|---:|---|---:|---:|
| 1 | Đất đai<br>(đăng ký, cấp Giấy chứng nhận) | 8.406 | 212 |
| 2 | Môi trường | 344 | 0 |
"""


def test_a_line_break_inside_a_cell_parts_its_words():
    facts = _facts(BROKEN_CELLS)
    received = figure_at(facts.indicators, BROKEN_CELLS, "| 8.406 |", "8.406")
    assert received.code == "ho_so.tiep_nhan"
    assert figure_at(facts.indicators, BROKEN_CELLS, "| 344 |", "344").code == "ho_so.tiep_nhan"
    assert facts.tables[0].rows[0][1] == "Đất đai (đăng ký, cấp Giấy chứng nhận)"


TOTAL_UNDER_A_GROUP = """\
UBND THÀNH PHỐ HẢI PHÒNG
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
Số: 12/BC-TTPVHCC
Hải Phòng, ngày 08 tháng 01 năm 2026

BÁO CÁO
Kết quả giải quyết TTHC năm 2025

| STT | Cơ quan, đơn vị | Tiếp nhận | | Giải quyết |
|:---:|---|---:|---:|---:|
| | | Tổng số (hồ sơ) | Trực tuyến (%) | Đúng hạn (%) |
| 1 | Sở Xây dựng | 12.406 | 86,12 | 99,70 |
"""


def test_a_total_under_a_group_counts_the_group_s_step():
    rows = _facts(TOTAL_UNDER_A_GROUP).indicators
    assert figure_at(rows, TOTAL_UNDER_A_GROUP, "| 12.406 |", "12.406").code == "ho_so.tiep_nhan"


SCORE_REACHED = """\
UBND TỈNH PHÚ THỌ
VĂN PHÒNG
Số: 2210/BC-VPUBND
Phú Thọ, ngày 06 tháng 12 năm 2025

BÁO CÁO
Kết quả Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp tháng 11 năm 2025

Bảng 1. Kết quả Bộ chỉ số tháng 11/2025 của các phường

| STT | Xã, phường | Điểm đạt | Xếp hạng cấp xã |
|---|---|---|---|
| 1 | Phường Việt Trì | 94,80 | 1 |
| 2 | Phường Âu Cơ | 82,16 | 40 |
"""


def test_a_score_reached_in_a_table_on_the_index_is_the_total():
    rows = _facts(SCORE_REACHED).indicators
    for context, raw in (("| 94,80 |", "94,80"), ("| 82,16 |", "82,16")):
        assert figure_at(rows, SCORE_REACHED, context, raw).code == "766.tong_hop", raw


COUNTED_AFTER_WITH = """\
UBND TỈNH CAO BẰNG
SỞ NỘI VỤ
Số: 30/BC-SNV
Cao Bằng, ngày 20 tháng 01 năm 2026

BÁO CÁO
Kết quả xác định Chỉ số cải cách hành chính năm 2025

Chỉ số CCHC năm 2025 được xác định đối với 16 sở, ban, ngành.
"""


def test_a_count_of_bodies_after_with_is_about_them():
    row = figure_at(_facts(COUNTED_AFTER_WITH).indicators, COUNTED_AFTER_WITH, "16 sở", "16")
    assert (row.subject, row.level) == ("sở, ban, ngành", "tỉnh")
