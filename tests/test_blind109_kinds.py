"""Kinds fixed after measuring blind sets 109 to 120, each on a text written here in another wording of the same form;
the expected values are what a reader takes from these texts.

- a results heading naming a quarter or a month before the report's period (`II. KẾT QUẢ QUÝ I NĂM 2026` in a plan
  for the second quarter) dates the figures under it that name no period of their own;
- a reception point named by its place (`Điểm tiếp nhận Xuân Lâm: 508 hồ sơ`) is the subject of its figures, at the
  level of the body that runs it;
- a table written with no header under a paragraph stating its total row's figures takes its columns' names from the
  words after those figures, and a row naming one village (`Thôn Đông Tiến`) is that village's;
- a commune's Party committee (`ĐẢNG ỦY XÃ ...`) or people's council (`HỘI ĐỒNG NHÂN DÂN` over `XÃ ...`) issues its
  report; `UBND xã` written without a name there is the commune's committee, and so are the figures naming no body in a
  paragraph on its work;
- a K'Ho signer's name written as one word (`K'Sơn`) is the signer;
- a centrally-run city's police (`CÔNG AN THÀNH PHỐ HUẾ`) issues as `Công an thành phố`, and a report titled on the
  work `của lực lượng Công an` states its own figures; a rank among the provinces (`xếp thứ 6/34 tỉnh, thành phố`) is
  the province's;
- a document that writes its thousands with spaces (`12 846 hồ sơ`, `3 412/4 781 hồ sơ`) states whole numbers there.
- a department's report opening a paragraph on itself with a bracket (`Sở (bao gồm Trung tâm Kiểm định ...) tiếp nhận`)
  states its own figures there, and a paragraph opening on a verb with no actor (`Đã giải quyết 3.105 hồ sơ`) goes on
  from it across a numbered sub-heading naming no body, with the table its caption passes to that paragraph.
- a bracket of bare numbers each after its name and a colon (`(tổng số: 9.240; trực tuyến: 8.115; ...)`) after a
  label counting a noun (`Số hồ sơ ...`) counts that noun, and a share named only `tỷ lệ` after a count in its bracket
  is that count's share.
- a numbered heading that is one body's name (`1. Sở Tư pháp`, `2. UBND huyện Sơn Hòa`) governs the items under it
  naming no body, across lettered sub-headings.
- the civil-judgment enforcement office (`THI HÀNH ÁN DÂN SỰ TỈNH ...` under `BỘ TƯ PHÁP`) issues and states its own
  figures.
- quarters written as a table's rows with no year (`| Quý II | 55.318 |` under `Bảng 1. ... theo quý năm 2024`) are
  dated at their ends in the year the title names; the head of a one-stop desk (`TRƯỞNG BỘ PHẬN`) signs.
- a table in a department's part headed on its own results (`II. KẾT QUẢ GIẢI QUYẾT HỒ SƠ TẠI SỞ`) whose rows name
  services, not bodies, is the department's.
- a commune committee's one-stop desk heading its report under the committee (`UBND XÃ ... / BỘ PHẬN MỘT CỬA`)
  reports the committee's files: the committee issues, and the figures naming no body are the commune's.
- the civil-judgment enforcement office reports on its own work: its figures naming no body are its own, even in a
  report that also counts the province's communes; its deputy head (`PHÓ TRƯỞNG THI HÀNH ÁN DÂN SỰ TỈNH`) signs.
- a power company's district branch named by its place (`Điện lực Ninh Hòa`) is the subject of its figures; the
  branches where a part lies (`tập trung tại Điện lực ...`) are no actor of the clause after them.
- a water company heading its report alone (`CÔNG TY CỔ PHẦN CẤP NƯỚC ...`, no parent line) issues and states its own
  figures.
"""

from __future__ import annotations

from figure_lookup import figure_at, subject_and_level

from extractor.extract import extract_facts
from extractor.metadata import extract_metadata


def _facts(text: str):
    return extract_facts(text, extract_metadata(text), [])


PLAN_WITH_RESULTS = """\
UBND TỈNH NGHỆ AN
ỦY BAN NHÂN DÂN XÃ XUÂN LÂM

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 31/KH-UBND
Xuân Lâm, ngày 03 tháng 4 năm 2026

KẾ HOẠCH
Cải cách thủ tục hành chính quý II năm 2026

I. MỤC ĐÍCH

Nâng tỷ lệ hồ sơ trực tuyến và thanh toán trực tuyến của xã.

II. KẾT QUẢ QUÝ I NĂM 2026

1. Trong quý I năm 2026, UBND xã tiếp nhận 2.104 hồ sơ. Theo nơi tiếp nhận:
- Trụ sở Trung tâm: 1.596 hồ sơ;
- Điểm tiếp nhận Xuân Lâm: 508 hồ sơ.

2. Đã giải quyết 2.060 hồ sơ, đúng hạn 2.051 hồ sơ, đạt 99,56%.

III. NHIỆM VỤ

Văn phòng HĐND và UBND xã hoàn thành số hóa hồ sơ trước ngày 30/6/2026.
"""


def test_a_results_heading_dates_the_figures_under_it():
    facts = _facts(PLAN_WITH_RESULTS)
    assert figure_at(facts.indicators, PLAN_WITH_RESULTS, "đạt 99,56%", "99,56%").as_of == "2026-03-31"
    assert figure_at(facts.indicators, PLAN_WITH_RESULTS, "Đã giải quyết 2.060", "2.060").as_of == "2026-03-31"


def test_a_reception_point_named_by_its_place_is_the_subject():
    facts = _facts(PLAN_WITH_RESULTS)
    row = figure_at(facts.indicators, PLAN_WITH_RESULTS, "Xuân Lâm: 508 hồ sơ", "508")
    assert subject_and_level(row) == ("Điểm tiếp nhận Xuân Lâm", "xã")


HEADERLESS_TABLE = """\
UBND TỈNH QUẢNG TRỊ
ỦY BAN NHÂN DÂN XÃ CAM LỘ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 205/BC-UBND
Cam Lộ, ngày 03 tháng 12 năm 2025

BÁO CÁO
Kết quả chuyển đổi số tháng 11 năm 2025

1. Các Tổ công nghệ số cộng đồng có 74 thành viên; trong tháng đã hướng dẫn người dân nộp 539 hồ sơ trực tuyến \
và kích hoạt 188 tài khoản định danh điện tử. Kết quả từng thôn:

1\tThôn Đông Tiến\t26\t201\t73
2\tThôn Tây Hòa\t25\t190\t61
3\tThôn Nam Sơn\t23\t148\t54
\tCộng\t74\t539\t188

2. Tỷ lệ hồ sơ thanh toán trực tuyến đạt 58,2%.
"""


def test_a_table_with_no_header_takes_its_columns_from_the_lead_paragraph():
    facts = _facts(HEADERLESS_TABLE)
    assert facts.tables[0].header == ["", "", "", "", ""]  # the stored table keeps what was written
    members = figure_at(facts.indicators, HEADERLESS_TABLE, "Thôn Tây Hòa\t25", "25")
    files = figure_at(facts.indicators, HEADERLESS_TABLE, "Thôn Tây Hòa\t25\t190", "190")
    accounts = figure_at(facts.indicators, HEADERLESS_TABLE, "Thôn Tây Hòa\t25\t190\t61", "61")
    assert (members.unit, files.unit, accounts.unit) == ("thành viên", "hồ sơ", "tài khoản")
    assert accounts.code == "tai_khoan_dinh_danh"
    assert subject_and_level(members) == ("Thôn Tây Hòa", None)


PARTY_COMMITTEE = """\
ĐẢNG BỘ TỈNH QUẢNG TRỊ
ĐẢNG ỦY XÃ VĨNH LINH
*
Số 12-BC/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM

Vĩnh Linh, ngày 06 tháng 01 năm 2026

BÁO CÁO
kết quả lãnh đạo công tác cải cách hành chính quý IV năm 2025

Ban Thường vụ Đảng ủy ban hành 03 kế hoạch chỉ đạo.

Trong quý, UBND xã tiếp nhận 3.210 hồ sơ; số hồ sơ trực tuyến là 2.118 hồ sơ. Tỷ lệ hồ sơ đúng hạn đạt 99,1%.

T/M ĐẢNG ỦY
BÍ THƯ

Lê Văn Tâm
"""

COUNCIL = """\
HỘI ĐỒNG NHÂN DÂN
XÃ ĐẠ TẺH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 07/BC-HĐND
Đạ Tẻh, ngày 12 tháng 01 năm 2026

BÁO CÁO
Kết quả giám sát việc giải quyết thủ tục hành chính quý IV năm 2025

Đoàn giám sát kiểm tra ngẫu nhiên 60 hồ sơ.

UBND xã tiếp nhận 1.840 hồ sơ; trong đó trực tuyến 1.102 hồ sơ, chiếm 59,89%.

TM. THƯỜNG TRỰC HĐND
CHỦ TỊCH

K'Sơn
"""


def test_a_communes_party_committee_and_council_issue_on_the_committees_work():
    party = extract_metadata(PARTY_COMMITTEE)[0]
    assert (party.issuer, party.signer) == ("Đảng ủy xã Vĩnh Linh", "Lê Văn Tâm")
    facts = _facts(PARTY_COMMITTEE)
    files = figure_at(facts.indicators, PARTY_COMMITTEE, "tiếp nhận 3.210 hồ sơ", "3.210")
    assert subject_and_level(files) == ("UBND xã Vĩnh Linh", "xã")
    online = figure_at(facts.indicators, PARTY_COMMITTEE, "là 2.118 hồ sơ", "2.118")
    assert subject_and_level(online) == ("UBND xã Vĩnh Linh", "xã")  # after `;`, the same committee's
    plans = figure_at(facts.indicators, PARTY_COMMITTEE, "ban hành 03 kế hoạch", "03")
    assert plans.level == "xã"
    council = extract_metadata(COUNCIL)[0]
    assert (council.issuer, council.signer) == ("HĐND xã Đạ Tẻh", "K'Sơn")
    facts = _facts(COUNCIL)
    share = figure_at(facts.indicators, COUNCIL, "chiếm 59,89%", "59,89%")
    assert subject_and_level(share) == ("UBND xã Đạ Tẻh", "xã")
    sample = figure_at(facts.indicators, COUNCIL, "ngẫu nhiên 60 hồ sơ", "60")
    assert subject_and_level(sample) == ("HĐND xã Đạ Tẻh", "xã")  # the council's own work


CITY_POLICE = """\
BỘ CÔNG AN
CÔNG AN THÀNH PHỐ ĐÀ NẴNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 112/BC-CATP-PC06
Đà Nẵng, ngày 05 tháng 12 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính của lực lượng Công an tháng 11 năm 2025

1. Kết quả chung
- Tỷ lệ hồ sơ giải quyết đúng hạn trên tổng số hồ sơ đã giải quyết (99,42%).
- Bộ chỉ số 766 của thành phố Đà Nẵng tháng 11/2025 (88,04/100 điểm; xếp thứ 3/34 tỉnh, thành phố).
"""


def test_a_city_police_states_its_own_figures():
    assert extract_metadata(CITY_POLICE)[0].issuer == "Công an thành phố"
    facts = _facts(CITY_POLICE)
    share = figure_at(facts.indicators, CITY_POLICE, "(99,42%)", "99,42%")
    assert subject_and_level(share) == ("Công an thành phố", "tỉnh")
    rank = figure_at(facts.indicators, CITY_POLICE, "xếp thứ 3/34", "3/34")
    assert subject_and_level(rank) == (None, None)


SPACED_THOUSANDS = """\
UBND TỈNH VĨNH LONG
SỞ Y TẾ

Số: 77/BC-SYT
Vĩnh Long, ngày 03 tháng 10 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính quý III năm 2025

Sở tiếp nhận 4 215 hồ sơ, tăng 1 108 hồ sơ so với quý II năm 2025.
Tỷ lệ hồ sơ thanh toán trực tuyến đạt 64,20% (1 926/3 000 hồ sơ có phát sinh phí).
"""


def test_thousands_grouped_by_spaces_are_one_number():
    facts = _facts(SPACED_THOUSANDS)
    assert figure_at(facts.indicators, SPACED_THOUSANDS, "tiếp nhận 4 215 hồ sơ", "4 215").value == 4215
    assert figure_at(facts.indicators, SPACED_THOUSANDS, "tăng 1 108 hồ sơ", "1 108").value == 1108
    paid = figure_at(facts.indicators, SPACED_THOUSANDS, "(1 926/3 000 hồ sơ", "1 926/3 000")
    assert (paid.value, paid.max_value) == (1926, 3000)
    assert not any(row.raw in ("215", "108", "926", "000") for row in facts.indicators)


DEPARTMENT_WITH_BRANCHES = """\
UBND TỈNH ĐIỆN BIÊN
SỞ XÂY DỰNG

Số: 412/BC-SXD
Điện Biên, ngày 06 tháng 10 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính 9 tháng năm 2025

I. KẾT QUẢ GIẢI QUYẾT HỒ SƠ

1. Tiếp nhận

Sở (bao gồm Trung tâm Kiểm định và các đội quản lý) tiếp nhận 3.214 hồ sơ, trong đó trực tuyến 2.870 hồ sơ.

2. Giải quyết

Đã giải quyết 3.105 hồ sơ, đúng hạn 3.049 hồ sơ, đạt 98,20%.

Bảng 1. Hồ sơ theo lĩnh vực

STT	Lĩnh vực	Tiếp nhận	Đã giải quyết
1	Xây dựng	2.416	2.338
2	Nhà ở	798	767
	Tổng cộng	3.214	3.105

II. CHỈ SỐ 766

Toàn tỉnh đạt 81,35/100 điểm.
"""


def test_a_departments_own_figures_go_on_under_its_sub_headings():
    facts = _facts(DEPARTMENT_WITH_BRANCHES)
    text, own = DEPARTMENT_WITH_BRANCHES, ("Sở Xây dựng", "tỉnh")
    assert subject_and_level(figure_at(facts.indicators, text, "tiếp nhận 3.214 hồ sơ", "3.214")) == own
    assert subject_and_level(figure_at(facts.indicators, text, "trực tuyến 2.870", "2.870")) == own
    assert subject_and_level(figure_at(facts.indicators, text, "Đã giải quyết 3.105", "3.105")) == own
    assert subject_and_level(figure_at(facts.indicators, text, "đạt 98,20%", "98,20%")) == own
    total = figure_at(facts.indicators, text, "Tổng cộng\t3.214\t3.105", "3.105")
    assert subject_and_level(total) == own
    assert figure_at(facts.indicators, text, "đạt 81,35/100", "81,35/100").subject != "Sở Xây dựng"


NAMED_PARTS_IN_BRACKETS = """\
CÔNG AN TỈNH HÀ TĨNH

Số: 95/BC-CAT
Hà Tĩnh, ngày 04 tháng 4 năm 2026

BÁO CÁO
Kết quả giải quyết thủ tục hành chính tháng 3 năm 2026

- Số hồ sơ tiếp nhận trong tháng của lực lượng Công an (tổng số: 9.240; trực tuyến: 8.115; trực tiếp: 1.125).
- Lĩnh vực đăng ký xe (tiếp nhận: 2.400 hồ sơ; trực tuyến: 1.980 hồ sơ; tỷ lệ: 82,50%).
- Tỷ lệ hồ sơ nộp trực tuyến (tháng 3/2026: 87,82%; tháng 2/2026: 85,10%).
"""


def test_named_parts_in_a_bracket_count_the_labels_noun():
    facts = _facts(NAMED_PARTS_IN_BRACKETS)
    text = NAMED_PARTS_IN_BRACKETS
    for context, raw, value in (("(tổng số: 9.240", "9.240", 9240), ("trực tuyến: 8.115", "8.115", 8115),
                                ("trực tiếp: 1.125", "1.125", 1125)):
        row = figure_at(facts.indicators, text, context, raw)
        assert (row.value, row.unit, row.kind) == (value, "hồ sơ", "count")
    online = figure_at(facts.indicators, text, "trực tuyến: 1.980 hồ sơ", "1.980")
    share = figure_at(facts.indicators, text, "tỷ lệ: 82,50%", "82,50%")
    assert online.code == share.code == "766.dvctt.nop_truc_tuyen"
    assert not any(row.raw in ("3/2026", "2/2026") for row in facts.indicators)


INSPECTION_BY_UNIT = """\
UBND TỈNH PHÚ YÊN
ĐOÀN KIỂM TRA CẢI CÁCH HÀNH CHÍNH

Số: 18/BC-ĐKT
Phú Yên, ngày 12 tháng 11 năm 2024

BÁO CÁO
Kết quả kiểm tra công tác cải cách hành chính năm 2024

I. KẾT QUẢ KIỂM TRA

1. Sở Tư pháp

a) Ưu điểm
- Sở đang thực hiện 142 TTHC, trong đó 97 TTHC trực tuyến toàn trình.
- Trong 10 tháng, Sở tiếp nhận 2.318 hồ sơ, đúng hạn 2.301 hồ sơ, đạt 99,27%.

2. UBND huyện Sơn Hòa

a) Ưu điểm
- Huyện tiếp nhận 6.412 hồ sơ, trực tuyến 3.925 hồ sơ, chiếm 61,21%.

II. KIẾN NGHỊ

Tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 58,40%.
"""


def test_a_heading_naming_one_body_governs_its_section():
    facts = _facts(INSPECTION_BY_UNIT)
    text = INSPECTION_BY_UNIT
    for context, raw in (("thực hiện 142 TTHC", "142"), ("tiếp nhận 2.318", "2.318"), ("đạt 99,27%", "99,27%")):
        assert subject_and_level(figure_at(facts.indicators, text, context, raw)) == ("Sở Tư pháp", "tỉnh")
    for context, raw in (("tiếp nhận 6.412", "6.412"), ("chiếm 61,21%", "61,21%")):
        assert subject_and_level(figure_at(facts.indicators, text, context, raw)) == ("UBND huyện Sơn Hòa", "huyện")
    assert figure_at(facts.indicators, text, "đạt 58,40%", "58,40%").subject is None


ENFORCEMENT_OFFICE = """\
BỘ TƯ PHÁP
THI HÀNH ÁN DÂN SỰ TỈNH THÁI NGUYÊN

Số: 902/BC-THADS
Thái Nguyên, ngày 08 tháng 10 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính quý III năm 2025

Trong quý, Thi hành án dân sự tỉnh tiếp nhận 842 hồ sơ, trong đó 611 hồ sơ nộp trực tuyến, chiếm 72,57%.
Đã giải quyết 830 hồ sơ, đúng hạn 100%.
"""


def test_the_civil_judgment_enforcement_office_states_its_own_figures():
    assert extract_metadata(ENFORCEMENT_OFFICE)[0].issuer == "Thi hành án dân sự tỉnh"
    facts = _facts(ENFORCEMENT_OFFICE)
    own = ("Thi hành án dân sự tỉnh", "tỉnh")
    for context, raw in (("tiếp nhận 842", "842"), ("chiếm 72,57%", "72,57%"), ("giải quyết 830", "830")):
        assert subject_and_level(figure_at(facts.indicators, ENFORCEMENT_OFFICE, context, raw)) == own


QUARTERS_AS_ROWS = """\
UBND TỈNH BÌNH ĐỊNH

Số: 15/BC-UBND
Bình Định, ngày 10 tháng 01 năm 2025

BÁO CÁO
Kết quả cải cách thủ tục hành chính năm 2024

Bảng 1. Hồ sơ tiếp nhận theo quý năm 2024

| Kỳ | Tiếp nhận (hồ sơ) | Tỷ lệ trực tuyến (%) |
|---|---|---|
| Quý I | 52.140 | 61,20 |
| Quý II | 55.318 | 64,05 |
| Quý III | 58.904 | 66,71 |
| Quý IV | 60.112 | 69,38 |
| Cả năm | 226.474 | 65,46 |

TRƯỞNG BỘ PHẬN
PHÓ CHỦ TỊCH UBND XÃ

A Khoan
"""


def test_quarters_written_as_rows_are_dated_at_their_ends():
    facts = _facts(QUARTERS_AS_ROWS)
    text = QUARTERS_AS_ROWS
    for context, raw, as_of in (("Quý I | 52.140", "52.140", "2024-03-31"),
                                ("Quý II | 55.318", "55.318", "2024-06-30"),
                                ("| 58.904 | 66,71", "66,71", "2024-09-30"),
                                ("Quý IV | 60.112", "60.112", "2024-12-31"),
                                ("Cả năm | 226.474", "226.474", "2024-12-31")):
        assert figure_at(facts.indicators, text, context, raw).as_of == as_of


def test_the_head_of_a_one_stop_desk_signs():
    assert extract_metadata(QUARTERS_AS_ROWS)[0].signer == "A Khoan"


RESULTS_AT_THE_DEPARTMENT = """\
UBND TỈNH HÀ GIANG
SỞ Y TẾ

Số: 611/BC-SYT
Hà Giang, ngày 05 tháng 10 năm 2025

BÁO CÁO
Kết quả cải cách thủ tục hành chính quý III năm 2025

I. CÔNG TÁC KIỂM SOÁT THỦ TỤC HÀNH CHÍNH

Toàn tỉnh có 141 TTHC lĩnh vực y tế được công bố.

II. KẾT QUẢ GIẢI QUYẾT HỒ SƠ TẠI SỞ

Bảng 1. Hồ sơ theo nhóm thủ tục

| STT | Nhóm thủ tục | Tiếp nhận (hồ sơ) | Đúng hạn (%) |
|---|---|---|---|
| 1 | Cấp chứng chỉ hành nghề | 318 | 99,06 |
| 2 | Cấp giấy phép hoạt động | 74 | 100 |
| | Tổng cộng | 392 | 99,23 |
"""


def test_a_table_in_the_departments_own_part_is_the_departments():
    facts = _facts(RESULTS_AT_THE_DEPARTMENT)
    text = RESULTS_AT_THE_DEPARTMENT
    own = ("Sở Y tế", "tỉnh")
    for context, raw in (("hành nghề | 318", "318"), ("| 74 | 100", "100"), ("Tổng cộng | 392", "392"),
                         ("| 392 | 99,23", "99,23")):
        assert subject_and_level(figure_at(facts.indicators, text, context, raw)) == own


ONE_STOP_DESK = """\
UBND XÃ SƠN LONG
BỘ PHẬN MỘT CỬA
-------
Số: 04/BC-BPMC

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Sơn Long, ngày 02 tháng 7 năm 2025

BÁO CÁO
Tình hình tiếp nhận, giải quyết hồ sơ thủ tục hành chính quý II năm 2025

Trong quý, Bộ phận Một cửa tiếp nhận 936 hồ sơ, trong đó nộp trực tuyến 604 hồ sơ, chiếm 64,53%.
Đã giải quyết 921 hồ sơ; trễ hạn 6 hồ sơ.

TRƯỞNG BỘ PHẬN
PHÓ CHỦ TỊCH UBND XÃ

Đinh Văn Sáu
"""


def test_a_communes_one_stop_desk_reports_the_committees_files():
    assert extract_metadata(ONE_STOP_DESK)[0].issuer == "UBND xã Sơn Long"
    facts = _facts(ONE_STOP_DESK)
    for context, raw in (("tiếp nhận 936", "936"), ("chiếm 64,53%", "64,53%"), ("trễ hạn 6", "6")):
        assert subject_and_level(figure_at(facts.indicators, ONE_STOP_DESK, context, raw)) == ("UBND xã Sơn Long", "xã")


ENFORCEMENT_CASES = """\
BỘ TƯ PHÁP
THI HÀNH ÁN DÂN SỰ TỈNH CAO BẰNG
Số: 733/BC-THADS

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Cao Bằng, ngày 07 tháng 10 năm 2025

BÁO CÁO
Kết quả công tác thi hành án dân sự quý III năm 2025

I. TÌNH HÌNH CHUNG

Toàn tỉnh có 56 đơn vị hành chính cấp xã, do 04 Phòng Thi hành án dân sự khu vực tổ chức thi hành án.

II. KẾT QUẢ THI HÀNH ÁN

Tổng số việc phải thi hành là 3.204 việc, trong đó có điều kiện thi hành 2.618 việc; đã thi hành xong 2.297 việc, \
đạt 87,74% về việc.

KT. TRƯỞNG THI HÀNH ÁN DÂN SỰ TỈNH
PHÓ TRƯỞNG THI HÀNH ÁN DÂN SỰ TỈNH

Nông Văn Bình
"""


def test_the_enforcement_office_reports_its_own_cases():
    assert extract_metadata(ENFORCEMENT_CASES)[0].signer == "Nông Văn Bình"
    facts = _facts(ENFORCEMENT_CASES)
    own = ("Thi hành án dân sự tỉnh", "tỉnh")
    for context, raw in (("là 3.204 việc", "3.204"), ("thi hành 2.618", "2.618"), ("đạt 87,74%", "87,74%")):
        assert subject_and_level(figure_at(facts.indicators, ENFORCEMENT_CASES, context, raw)) == own


POWER_BRANCHES = """\
TỔNG CÔNG TY ĐIỆN LỰC MIỀN TRUNG
CÔNG TY ĐIỆN LỰC KHÁNH HÒA

Số: 512/BC-KHPC

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Khánh Hòa, ngày 05 tháng 7 năm 2024

BÁO CÁO
Kết quả cung cấp dịch vụ điện trực tuyến quý II năm 2024

Công ty Điện lực Khánh Hòa báo cáo kết quả quý II năm 2024 như sau:

Công ty đã tiếp nhận 9.412 hồ sơ yêu cầu dịch vụ điện. Kết quả theo từng Điện lực:
- Điện lực Ninh Hòa: 2.318 hồ sơ, trực tuyến 96,42%;
- Điện lực Cam Ranh: 1.907 hồ sơ, trực tuyến 94,18%.

Công ty đã giải quyết 9.305 hồ sơ; quá hạn 21 hồ sơ, tập trung tại Điện lực Ninh Hòa (12 hồ sơ) và Điện lực Cam \
Ranh (9 hồ sơ); đang giải quyết 86 hồ sơ.
"""


def test_a_power_companys_district_branches_state_their_figures():
    facts = _facts(POWER_BRANCHES)
    text = POWER_BRANCHES
    for context, raw, subject in (("Ninh Hòa: 2.318", "2.318", "Điện lực Ninh Hòa"),
                                  ("trực tuyến 94,18%", "94,18%", "Điện lực Cam Ranh"),
                                  ("Ninh Hòa (12", "12", "Điện lực Ninh Hòa"),
                                  ("giải quyết 86", "86", "Công ty Điện lực Khánh Hòa")):
        assert figure_at(facts.indicators, text, context, raw).subject == subject


WATER_COMPANY = """\
CÔNG TY CỔ PHẦN CẤP NƯỚC NAM ĐỊNH
Số: 88/BC-CNNĐ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Nam Định, ngày 08 tháng 01 năm 2025

BÁO CÁO
Kết quả cung cấp dịch vụ cấp nước trực tuyến năm 2024

Công ty Cổ phần Cấp nước Nam Định báo cáo kết quả năm 2024 như sau:

Công ty cung cấp nước sạch cho 148.206 khách hàng. Năm 2024, Công ty tiếp nhận 9.318 hồ sơ yêu cầu dịch vụ, tỷ lệ \
tiếp nhận trực tuyến đạt 88,46%.
"""


def test_a_water_company_heading_its_report_alone_issues_it():
    assert extract_metadata(WATER_COMPANY)[0].issuer == "Công ty Cổ phần Cấp nước Nam Định"
    facts = _facts(WATER_COMPANY)
    own = ("Công ty Cổ phần Cấp nước Nam Định", "tỉnh")
    for context, raw in (("cho 148.206", "148.206"), ("nhận 9.318", "9.318"), ("đạt 88,46%", "88,46%")):
        assert subject_and_level(figure_at(facts.indicators, WATER_COMPANY, context, raw)) == own
