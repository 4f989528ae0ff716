"""Kinds first met in blind sets 73 to 76, each on a text written here in another wording of the same form; the
expected values are what a reader takes from these texts.

- a `BÁO CÁO THẨM TRA` (a council committee's verification report) is a report whose title names its period;
- a `THÔNG CÁO BÁO CHÍ` is a press release;
- a body with no title (an e-mail) states its period in its first sentence, before any task's quarter;
- a letter dated only on its closing line (`Tân An, ngày 06/5/2025`) was issued then, and signed by the name over
  the title under it;
- a signature laid out in two columns with spaces (a PDF's text) is read in its right column;
- a commune police chief (`TRƯỞNG CÔNG AN XÃ`) signs with his rank before his name;
- a state bank's provincial branch (`NGÂN HÀNG CHÍNH SÁCH XÃ HỘI` over `CHI NHÁNH TỈNH ...`) issues the report, named
  by its kind as the report writes it; its figures naming no body and its `Toàn Chi nhánh` row are its own, its
  district offices (`Phòng giao dịch huyện ...`) are at the district level, and a column's bracketed `(giao dịch)`
  counts transactions;
- a body issuing under its parent's header line (`CÔNG AN TỈNH … / PHÒNG QUẢN LÝ XUẤT NHẬP CẢNH`, `UBND TỈNH … /
  TRƯỜNG CHÍNH TRỊ`, `CÔNG AN TỈNH … / CÔNG AN XÃ …`) reports on its own work: its bare `Phòng` is itself, a commune's
  police is `Công an xã` at the commune level, and the school is the province's; an executive committee's header
  (`BAN CHẤP HÀNH HỘI LHPN TỈNH …`) names the union, its abbreviation kept;
- a provincial body named in full with the document's province (`Trường Chính trị tỉnh Nam Định`) is named so, also
  in the `trong đó` clause after a bracket naming no body of its own;
- a commune's table of its hamlets (`Xóm`) names them, and its `Toàn xã` row is at the commune level;
- a form's row of column numbers (`| A | B | (1) | (2) = (1) + (3) |`) holds no figures; a column headed `Quý I`
  without a year is that quarter of the year the table's caption names; a caption closed by `(%)` states its cells'
  unit, and a column headed by a step of handling files (`Tiếp nhận trực tuyến`) counts what the caption counts;
- a state telecom's provincial unit (`TẬP ĐOÀN BƯU CHÍNH VIỄN THÔNG VIỆT NAM / VIỄN THÔNG BẮC KẠN`) issues and
  reports on its own work, but the province's system it runs (`Hệ thống ...`, `trên Hệ thống`) states the
  province's figures; it counts `thuê bao` and `chứng thư` (of `chứng thư số`);
- `bằng 40,13% kế hoạch năm 2025 (3.000 thuê bao)`: the bracket is the plan, a target due at that year's end;
- `trong đó chứng thư số cá nhân 8.402`: a part named by the whole's unit counts that unit;
- a row `Các cơ quan cấp tỉnh` is at the province level;
- an inspection's days in a cell (`10-11/3/2026`) are no figure; `I. KẾT QUẢ KIỂM TRA NĂM 2025` in a plan for 2026
  dates its results in 2025;
- an index's components (`Chỉ số thành phần | Năm 2023 | Năm 2024`) are scores; components counted by what they did
  (`07/10 chỉ số thành phần tăng điểm`) are counts of `chỉ số`, the ones a sentence only names are not;
- a self-scoring table's `Tổng cộng | 100 | 88,75` is the index's total;
- a district's office under its committee's header (`UBND HUYỆN ĐÔNG HƯNG / PHÒNG TƯ PHÁP`) issues and reports at the
  district level; `bàn giao` (handing over) assigns no body; electronic certifications counted in `trường hợp`;
- a column `Tổ chức hành nghề công chứng` names bodies; `công chứng viên` are counted; `bằng 55% kế hoạch năm
  (3.360 phút)`: this year's plan, a target;
- `- KCN Phố Nối B: 74 doanh nghiệp, 22.415 lao động`: an industrial park named is a subject of no level, its workers
  counted; the provinces `Sau khi hợp nhất` names are merged units, no subject;
- a bank's provincial branch, which the subject patterns read only in part, still owns the figures naming no body;
  `thanh toán lệ phí trực tuyến` is the online-payment share;
- identity accounts as a union's table heads them (`Tài khoản kích hoạt`, `Hội viên có tài khoản (%)`); a column
  `Giao dịch học phí` counts transactions, `Giao dịch điện tử` a social-insurance office's files;
- a press release's prose sets deadlines sentence by sentence, each for the body opening its sentence (past a lead
  `Theo chỉ đạo của UBND tỉnh tại Công văn số ..., `), a full stop after a year included;
- `Chứng thực điện tử | Tỷ lệ điện tử (%)`: a share column qualified by the words of the count before it is that
  count's share;
- a school calls itself `Nhà trường` too, and what it does with partners (`phối hợp với Sở Nội vụ, Sở Khoa học và
  Công nghệ mở 12 lớp`) is its work; a sentence opening on `Phối hợp với` names only partners: the issuer's work;
- `+ PAKN: nhận 18, đã xử lý 17`: bare numbers in an item headed by what it counts; `giảng viên` counted;
- `chưa đạt chỉ tiêu Nghị quyết số 28/NQ-HĐND ngày 12/12/2024 của HĐND tỉnh giao năm 2025 là 60%`: a goal named
  with the document that set it is a target;
- `212 tài khoản (trong đó tài khoản mức độ 1 là 50, mức độ 2 là 162)`: the parts of a list opened by the whole's
  unit, a kind's number (`mức độ 2`) in their names, count that unit;
- `Số lượt người dân được hướng dẫn và số tài khoản định danh điện tử được hỗ trợ kích hoạt:` over `- Thị Đoàn X:
  18.215 lượt, 12.904 tài khoản;`: a list item's count is what its lead names after `số <its unit>`;
- `Điểm đạt | Điểm năm 2023 | Tăng (+), giảm (-)` in a report on 2024: the change runs to this period's column;
- `Điểm bình quân Bộ chỉ số năm 2024 của khối sở là 89,12 điểm, cao nhất là Sở Tư pháp (95,40 điểm); của khối huyện
  là 86,45 điểm` in a plan for 2025: the index's total, all of 2024;
- a bank's branch named with its bank (`Agribank Chi nhánh thành phố Cần Thơ`), a centrally-run city's branch at the
  province's level;
- `Tỷ lệ đoàn viên có tài khoản định danh điện tử tại một số đơn vị:` over `- Liên đoàn Lao động huyện X: 90,10%
  (hỗ trợ mới 512 tài khoản);`: the items' shares and counts are what the lead names;
- a row whose label states its unit in brackets (`Điểm Bộ chỉ số 766 (điểm)`, `Mức độ hài lòng ... (%)`) under
  columns of years; a row `Xếp hạng toàn quốc` holds ranks;
- a table of units' scores by month (`Điểm tháng 9/2024 | Điểm tháng 10/2024`) in a section on the 766 index
  (`5. Về Bộ chỉ số phục vụ người dân, doanh nghiệp`) holds the index's totals.
"""

from __future__ import annotations

from figure_lookup import figure_at, subject_and_level

from extractor.extract.figures import extract_figures
from extractor.extract.tables import find_tables, table_indicators
from extractor.metadata import extract_metadata

VERIFICATION = """\
HỘI ĐỒNG NHÂN DÂN
TỈNH PHÚ YÊN
BAN PHÁP CHẾ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 52/BC-BPC
Phú Yên, ngày 02 tháng 12 năm 2024

BÁO CÁO THẨM TRA
Báo cáo của UBND tỉnh về công tác cải cách hành chính năm 2024

Ban Pháp chế thẩm tra như sau. UBND tỉnh đề ra nhiệm vụ trọng tâm quý I năm 2025 là hoàn thành số hóa hồ sơ.
"""

PRESS = """\
UBND TỈNH NINH THUẬN
SỞ THÔNG TIN VÀ TRUYỀN THÔNG

Số: 12/TCBC-STTTT
Ninh Thuận, ngày 06 tháng 3 năm 2025

THÔNG CÁO BÁO CHÍ
Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 02 năm 2025
"""

MAIL = """\
Kính gửi anh/chị Lãnh đạo các sở, ngành và UBND các huyện,

Văn phòng gửi anh/chị kết quả Bộ chỉ số của tỉnh tháng 9 năm 2024 để theo dõi.
+ Tổng điểm: 82,10/100.
+ Các sở, ngành hoàn thành số hóa hồ sơ trong quý IV/2024.

Trân trọng./.
Trần Minh Khoa
Chánh Văn phòng UBND tỉnh Bình Thuận
Phan Thiết, ngày 08/10/2024
"""

TWO_COLUMNS = """\
UBND HUYỆN TUY PHƯỚC

Số: 44/BC-UBND
Tuy Phước, ngày 02 tháng 4 năm 2024

BÁO CÁO
Kết quả cải cách TTHC quý I năm 2024

Nội dung báo cáo.

Nơi nhận:                                        TM. ỦY BAN NHÂN DÂN
- Như trên;                                          KT. CHỦ TỊCH
- UBND tỉnh;                                         PHÓ CHỦ TỊCH
- Lưu: VT.                                           Đoàn Văn Phúc
"""

POLICE = """\
CÔNG AN HUYỆN BẢO LÂM
CÔNG AN XÃ LÝ BÔN

Số: 31/BC-CAX
Lý Bôn, ngày 30 tháng 6 năm 2025

BÁO CÁO
Kết quả thực hiện Đề án 06 tháng 6 năm 2025

Nội dung báo cáo.

TRƯỞNG CÔNG AN XÃ

Trung tá Hoàng Văn Dũng
"""


def _meta(text: str):
    return extract_metadata(text)[0]


def test_a_verification_report_is_dated_by_its_title():
    meta = _meta(VERIFICATION)
    assert (meta.doc_type, meta.period_label, meta.period_start, meta.period_end) == (
        "Báo cáo", "năm 2024", "2024-01-01", "2024-12-31")


def test_a_press_release_is_its_own_type():
    assert _meta(PRESS).doc_type == "Thông cáo báo chí"


def test_an_email_states_its_period_first_and_its_date_and_signer_last():
    meta = _meta(MAIL)
    assert (meta.period_label, meta.period_end) == ("tháng 9 năm 2024", "2024-09-30")
    assert (meta.issued_date, meta.signer) == ("2024-10-08", "Trần Minh Khoa")


def test_a_signature_in_the_right_column_and_one_with_a_rank():
    assert _meta(TWO_COLUMNS).signer == "Đoàn Văn Phúc"
    assert _meta(POLICE).signer == "Hoàng Văn Dũng"


BANK = """\
NGÂN HÀNG CHÍNH SÁCH XÃ HỘI
CHI NHÁNH TỈNH QUẢNG BÌNH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 15/NHCS-KHNV
Quảng Bình, ngày 08 tháng 01 năm 2025

BÁO CÁO
Kết quả thanh toán trực tuyến năm 2024

Chi nhánh Ngân hàng Chính sách xã hội tỉnh Quảng Bình báo cáo như sau:

Năm 2024, Chi nhánh tiếp nhận 1.905 hồ sơ vay vốn nộp trực tuyến, chiếm 8,15% tổng số hồ sơ.

| STT | Đơn vị | Thu nợ trực tuyến (giao dịch) | Tỷ lệ (%) |
|---|---|---|---|
| 1 | Phòng giao dịch huyện Lệ Thủy | 3.120 | 12,40 |
| 2 | Phòng giao dịch thị xã Ba Đồn | 2.045 | 10,95 |
| | Toàn Chi nhánh | 5.165 | 11,78 |
"""


def _rows_with_tables(text: str):
    parts, tables = extract_metadata(text), find_tables(text, [])
    return extract_figures(text, parts, [(t.start, t.end) for t in tables]) + table_indicators(text, tables, parts)


def test_a_bank_branch_reports_on_itself_and_its_offices():
    assert _meta(BANK).issuer == "Chi nhánh Ngân hàng Chính sách xã hội tỉnh"
    rows, text = _rows_with_tables(BANK), BANK
    own = figure_at(rows, text, "tiếp nhận 1.905", "1.905")
    assert subject_and_level(own) == ("Chi nhánh Ngân hàng Chính sách xã hội tỉnh", "tỉnh")
    office = figure_at(rows, text, "Lệ Thủy | 3.120", "3.120")
    assert (office.unit, *subject_and_level(office)) == ("giao dịch", "Phòng giao dịch huyện Lệ Thủy", "huyện")
    whole = figure_at(rows, text, "Chi nhánh | 5.165", "5.165")
    assert subject_and_level(whole) == ("Chi nhánh Ngân hàng Chính sách xã hội tỉnh", "tỉnh")


EXIT = """\
CÔNG AN TỈNH LẠNG SƠN
PHÒNG QUẢN LÝ XUẤT NHẬP CẢNH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 41/BC-PA08
Lạng Sơn, ngày 05 tháng 7 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính trên môi trường điện tử quý II năm 2025

Phòng Quản lý xuất nhập cảnh Công an tỉnh Lạng Sơn báo cáo như sau:

Trong quý II năm 2025, Phòng đã tiếp nhận 2.310 hồ sơ đề nghị cấp hộ chiếu phổ thông, trong đó 1.988 hồ sơ \
nộp trực tuyến.
"""

COMMUNE_POLICE = """\
CÔNG AN TỈNH HÀ GIANG
CÔNG AN XÃ LŨNG CÚ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 17/BC-CAX
Lũng Cú, ngày 03 tháng 3 năm 2025

BÁO CÁO
Kết quả thực hiện Đề án 06 tháng 02 năm 2025

Trong tháng, Công an xã đã thu nhận 84 hồ sơ cấp thẻ căn cước.

STT\tXóm\tNhân khẩu\tTài khoản mức độ 2
1\tXóm Thèn Pả\t512\t377
2\tXóm Lô Lô Chải\t466\t301
\tToàn xã\t978\t678
"""

SCHOOL = """\
UBND TỈNH NAM ĐỊNH
TRƯỜNG CHÍNH TRỊ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 88/BC-TCT
Nam Định, ngày 02 tháng 7 năm 2025

BÁO CÁO
Kết quả đào tạo, bồi dưỡng 6 tháng đầu năm 2025

Trong 6 tháng đầu năm 2025, Trường Chính trị tỉnh Nam Định đã mở 31 lớp với 2.004 học viên, đạt 88,57% kế \
hoạch năm (35 lớp); trong đó 9 lớp trung cấp lý luận chính trị (611 học viên). Nhà trường cấp 1.950 giấy chứng nhận.
"""

UNION = """\
HỘI LHPN VIỆT NAM
BAN CHẤP HÀNH HỘI LHPN TỈNH SƠN LA

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 63/BC-ĐCT
Sơn La, ngày 08 tháng 7 năm 2025

BÁO CÁO
Kết quả hỗ trợ hội viên sử dụng dịch vụ công trực tuyến 6 tháng đầu năm 2025

Các cấp Hội đã hướng dẫn 4.120 hội viên cài đặt ứng dụng VNeID.
"""


def _issuer_and_rows(text: str):
    return _meta(text).issuer, _rows_with_tables(text)


def test_a_police_office_under_its_parent_reports_on_itself():
    issuer, rows = _issuer_and_rows(EXIT)
    assert issuer == "Phòng Quản lý xuất nhập cảnh"
    received = figure_at(rows, EXIT, "tiếp nhận 2.310", "2.310")
    assert subject_and_level(received) == ("Phòng Quản lý xuất nhập cảnh", "tỉnh")


def test_a_commune_police_reports_at_the_commune_level_with_its_hamlets():
    issuer, rows = _issuer_and_rows(COMMUNE_POLICE)
    assert issuer == "Công an xã"
    assert subject_and_level(figure_at(rows, COMMUNE_POLICE, "thu nhận 84", "84")) == ("Công an xã", "xã")
    assert figure_at(rows, COMMUNE_POLICE, "Chải\t466", "466").subject == "Xóm Lô Lô Chải"
    assert subject_and_level(figure_at(rows, COMMUNE_POLICE, "Toàn xã\t978", "978")) == ("Toàn xã", "xã")


def test_a_provincial_school_named_in_full():
    issuer, rows = _issuer_and_rows(SCHOOL)
    assert issuer == "Trường Chính trị tỉnh"
    for context, raw in (("mở 31 lớp", "31"), ("trong đó 9 lớp", "9"), ("(611 học viên)", "611")):
        assert subject_and_level(figure_at(rows, SCHOOL, context, raw)) == ("Trường Chính trị tỉnh Nam Định", "tỉnh")
    assert subject_and_level(figure_at(rows, SCHOOL, "cấp 1.950", "1.950")) == ("Trường Chính trị tỉnh", "tỉnh")


def test_a_union_under_its_executive_committee_header():
    issuer, rows = _issuer_and_rows(UNION)
    assert issuer == "Hội LHPN tỉnh"
    assert subject_and_level(figure_at(rows, UNION, "hướng dẫn 4.120", "4.120")) == ("Hội LHPN tỉnh", "tỉnh")


FORM = """\
ỦY BAN NHÂN DÂN
TỈNH TÂY NINH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 21/BC-UBND
Tây Ninh, ngày 12 tháng 01 năm 2026

BÁO CÁO
Kết quả kiểm soát thủ tục hành chính năm 2025

Bảng 1. Kết quả tiếp nhận hồ sơ năm 2025 theo cấp

| STT | Cấp | Tiếp nhận trực tuyến | Tổng số tiếp nhận |
|---|---|---|---|
| A | B | (1) | (2) = (1) + (3) |
| 1 | Cấp tỉnh | 51.204 | 60.117 |
| 2 | Cấp xã | 88.930 | 140.552 |

Bảng 2. Tỷ lệ hồ sơ thanh toán trực tuyến theo quý năm 2025 (%)

| STT | Cấp | Quý I | Quý II | Quý III | Quý IV |
|---|---|---|---|---|---|
| 1 | Cấp tỉnh | 40,12 | 44,50 | 47,08 | 52,66 |
"""

TELECOM = """\
TẬP ĐOÀN BƯU CHÍNH VIỄN THÔNG VIỆT NAM
VIỄN THÔNG BẮC KẠN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 77/VNPT-BKN-KHDN
Bắc Kạn, ngày 06 tháng 10 năm 2025

Kính gửi: Ủy ban nhân dân tỉnh Bắc Kạn.

Viễn thông Bắc Kạn báo cáo kết quả quý III năm 2025 như sau:
- Viễn thông Bắc Kạn phát triển mới 1.204 thuê bao SmartCA, bằng 40,13% kế hoạch năm 2025 (3.000 thuê bao).
- Toàn tỉnh có 9.310 chứng thư số, trong đó chứng thư số cá nhân 8.402, chứng thư số tổ chức 908.
- Hệ thống thông tin giải quyết TTHC tỉnh gián đoạn 03 lần; tỷ lệ hồ sơ thanh toán trực tuyến trên Hệ thống \
đạt 38,20%.
- Số yêu cầu các tháng 7, 8 và 9 lần lượt là 412 yêu cầu, 388 yêu cầu và 405 yêu cầu.

| STT | Đơn vị | Chứng thư số cấp mới |
|---|---|---|
| 1 | Các cơ quan cấp tỉnh | 96 |
| 2 | Thành phố Bắc Kạn | 41 |
"""


def _one_row(rows, text: str, context: str, raw: str) -> tuple:
    row = figure_at(rows, text, context, raw)
    return row.value, row.unit, row.kind, row.subject, row.level, row.as_of


def test_a_form_with_numbered_columns_and_quarters():
    rows = _rows_with_tables(FORM)
    assert not [row for row in rows if row.raw in ("1", "2", "3")]  # the columns' numbers
    assert _one_row(rows, FORM, "Cấp xã | 88.930", "88.930") == (88930, "hồ sơ", "value", "cấp xã", "xã",
                                                               "2025-12-31")
    assert _one_row(rows, FORM, "| 44,50", "44,50") == (44.5, "%", "value", "cấp tỉnh", "tỉnh", "2025-06-30")
    assert figure_at(rows, FORM, "| 44,50", "44,50").code == "766.thanh_toan.ho_so"


def test_a_telecom_reports_on_itself_and_on_the_system_it_runs():
    issuer, rows = _issuer_and_rows(TELECOM)
    assert issuer == "Viễn thông Bắc Kạn"
    own = ("Viễn thông Bắc Kạn", "tỉnh")
    assert _one_row(rows, TELECOM, "mới 1.204", "1.204") == (1204, "thuê bao", "count", *own, "2025-09-30")
    assert _one_row(rows, TELECOM, "(3.000", "3.000") == (3000, "thuê bao", "target", *own, "2025-12-31")
    assert _one_row(rows, TELECOM, "cá nhân 8.402", "8.402") == (8402, "chứng thư", "count", None, None,
                                                                "2025-09-30")
    assert _one_row(rows, TELECOM, "tổ chức 908", "908")[:2] == (908, "chứng thư")
    assert subject_and_level(figure_at(rows, TELECOM, "đạt 38,20%", "38,20%")) == (None, None)
    assert _one_row(rows, TELECOM, "lượt là 412", "412") == (412, "yêu cầu", "count", *own, "2025-07-31")
    assert subject_and_level(figure_at(rows, TELECOM, "cấp tỉnh | 96", "96")) == ("Các cơ quan cấp tỉnh", "tỉnh")
    assert figure_at(rows, TELECOM, "cấp tỉnh | 96", "96").unit == "chứng thư"


INSPECTION_PLAN = """\
ỦY BAN NHÂN DÂN
TỈNH GIA LAI

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 40/KH-UBND
Gia Lai, ngày 20 tháng 01 năm 2026

KẾ HOẠCH
Kiểm tra công tác cải cách thủ tục hành chính năm 2026

I. KẾT QUẢ KIỂM TRA NĂM 2025

Các Đoàn kiểm tra đã kiểm tra 1.120 hồ sơ TTHC, phát hiện 38 hồ sơ quá hạn.

II. LỊCH KIỂM TRA

| STT | Đơn vị được kiểm tra | Thời gian | Số hồ sơ kiểm tra |
|---|---|---|---|
| 1 | Sở Xây dựng | 10-11/3/2026 | 40 |
| 2 | UBND xã Ia Grai | 17 - 18/3/2026 | 35 |
"""

PCI = """\
HIỆP HỘI DOANH NGHIỆP
TỈNH BÌNH ĐỊNH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 11/BC-HHDN
Bình Định, ngày 08 tháng 5 năm 2025

BÁO CÁO
Kết quả Chỉ số năng lực cạnh tranh cấp tỉnh năm 2024

| STT | Chỉ số thành phần | Năm 2023 | Năm 2024 |
|---|---|---|---|
| 1 | Gia nhập thị trường | 7,02 | 7,31 |
| 2 | Tính minh bạch | 6,11 | 5,96 |

Có 07/10 chỉ số thành phần tăng điểm và 03 chỉ số giảm điểm. Tỉnh tập trung khắc phục đối với 03 chỉ số thành phần.
"""

SELF_SCORE = """\
UBND TỈNH AN GIANG
SỞ XÂY DỰNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 301/BC-SXD
An Giang, ngày 03 tháng 10 năm 2025

BÁO CÁO
Kết quả tự đánh giá, chấm điểm quý III năm 2025

TT\tNhóm chỉ số / Chỉ số thành phần\tĐiểm tối đa\tĐiểm tự chấm
I\tCông khai, minh bạch\t18\t16,90
II\tTiến độ, kết quả giải quyết\t20\t19,40
\tTổng cộng\t100\t88,75
"""

DISTRICT_OFFICE = """\
UBND HUYỆN ĐÔNG HƯNG
PHÒNG TƯ PHÁP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 17/BC-PTP
Đông Hưng, ngày 04 tháng 4 năm 2025

BÁO CÁO
Kết quả chứng thực bản sao điện tử tháng 3 năm 2025

Trong tháng, Phòng Tư pháp tiếp nhận 305 trường hợp, trong đó chứng thực bản sao điện tử 198 trường hợp.

Kết quả tại từng xã, thị trấn:

| TT | Xã, thị trấn | Chứng thực (trường hợp) |
|---|---|---|
| 1 | Thị trấn Đông Hưng | 402 |
| 2 | Xã Đông La | 215 |
| | Cộng | 617 |

1. Phòng Tư pháp phối hợp với Văn phòng HĐND và UBND huyện bàn giao hồ sơ chứng thực cho các xã, chậm nhất \
ngày 20 tháng 4 năm 2025.
"""

NOTARIES = """\
| STT | Tổ chức hành nghề công chứng | Số việc công chứng |
|---|---|---|
| 1 | Văn phòng công chứng Quy Nhơn | 8.204 |

Toàn tỉnh có 96 công chứng viên. Đài đã phát sóng 1.850 phút, bằng 55% kế hoạch năm (3.360 phút).
"""


def test_an_inspection_plan_dates_last_years_results_and_its_schedule_holds_no_figures():
    rows = _rows_with_tables(INSPECTION_PLAN)
    assert figure_at(rows, INSPECTION_PLAN, "kiểm tra 1.120", "1.120").as_of == "2025-12-31"
    assert not [row for row in rows if row.raw in ("10", "11", "17", "18")]  # the inspections' days
    assert figure_at(rows, INSPECTION_PLAN, "| 35 |", "35").subject == "UBND xã Ia Grai"


def test_an_index_components_table_and_its_counts():
    rows = _rows_with_tables(PCI)
    assert _one_row(rows, PCI, "| 5,96", "5,96")[:3] == (5.96, "điểm", "value")
    assert figure_at(rows, PCI, "| 7,02", "7,02").as_of == "2023-12-31"
    assert _one_row(rows, PCI, "Có 07/10", "07/10")[:3] == (7, "chỉ số", "count")
    assert _one_row(rows, PCI, "và 03 chỉ số", "03")[:3] == (3, "chỉ số", "count")
    assert not [row for row in rows if row.start == PCI.index("đối với 03") + len("đối với ")]


def test_a_self_scoring_tables_total_is_the_index_total():
    rows = _rows_with_tables(SELF_SCORE)
    total = figure_at(rows, SELF_SCORE, "100\t88,75", "88,75")
    assert (total.unit, total.max_value, total.code) == ("điểm", 100, "766.tong_hop")


def test_a_district_office_reports_at_the_district_level():
    from extractor.extract.deadlines import extract_deadlines

    issuer, rows = _issuer_and_rows(DISTRICT_OFFICE)
    assert issuer == "Phòng Tư pháp"
    assert subject_and_level(figure_at(rows, DISTRICT_OFFICE, "nhận 305", "305")) == ("Phòng Tư pháp", "huyện")
    electronic = figure_at(rows, DISTRICT_OFFICE, "điện tử 198", "198")
    assert (electronic.unit, electronic.code) == ("trường hợp", "chung_thuc_dien_tu")
    assert subject_and_level(figure_at(rows, DISTRICT_OFFICE, "Cộng | 617", "617")) == ("cấp xã", "xã")
    deadline = next(d for d in extract_deadlines(DISTRICT_OFFICE, extract_metadata(DISTRICT_OFFICE))
                    if d.due_date == "2025-04-20")
    assert deadline.assignee == "Phòng Tư pháp"


def test_notaries_and_a_years_plan_in_brackets():
    rows = _rows_with_tables(NOTARIES)
    assert figure_at(rows, NOTARIES, "Quy Nhơn | 8.204", "8.204").subject == "Văn phòng công chứng Quy Nhơn"
    assert _one_row(rows, NOTARIES, "có 96", "96")[:3] == (96, "công chứng viên", "count")
    assert _one_row(rows, NOTARIES, "(3.360", "3.360")[:3] == (3360, "phút", "target")


PARKS = """\
UBND TỈNH HƯNG YÊN
BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 88/BC-BQLKCN
Hưng Yên, ngày 06 tháng 10 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính quý III năm 2025

Sau khi hợp nhất tỉnh Hưng Yên và tỉnh Thái Bình, Ban Quản lý quản lý 15 khu công nghiệp với 910 doanh nghiệp.
- KCN Phố Nối B: 74 doanh nghiệp, 22.415 lao động;
- Khu công nghiệp Tân Trường: 40 doanh nghiệp, 9.870 lao động.
"""

BANK_BRANCH = """\
NGÂN HÀNG CHÍNH SÁCH XÃ HỘI
CHI NHÁNH TỈNH HÀ NAM

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 09/NHCS-KHNV
Hà Nam, ngày 09 tháng 01 năm 2025

BÁO CÁO
Kết quả thanh toán không dùng tiền mặt năm 2024

Đến 31/12/2024, tổng dư nợ đạt 3.410,25 tỷ đồng. Có 1.100/1.204 hồ sơ nộp trực tuyến thực hiện thanh toán lệ \
phí trực tuyến, đạt 91,36%.
"""


def test_industrial_parks_are_named_and_merged_provinces_are_not():
    rows = _rows_with_tables(PARKS)
    board = ("Ban Quản lý các khu công nghiệp", "tỉnh")
    assert subject_and_level(figure_at(rows, PARKS, "quản lý 15", "15")) == board
    assert _one_row(rows, PARKS, "22.415 lao", "22.415")[:5] == (22415, "lao động", "count", "KCN Phố Nối B", None)
    assert figure_at(rows, PARKS, "Trường: 40", "40").subject == "Khu công nghiệp Tân Trường"


def test_a_bank_branch_owns_its_figures_and_its_online_payments():
    rows = _rows_with_tables(BANK_BRANCH)
    own = ("Chi nhánh Ngân hàng chính sách xã hội tỉnh", "tỉnh")
    assert subject_and_level(figure_at(rows, BANK_BRANCH, "đạt 3.410,25", "3.410,25")) == own
    assert figure_at(rows, BANK_BRANCH, "đạt 91,36%", "91,36%").code == "766.thanh_toan.ho_so"


UNION_TABLE = """\
STT\tĐơn vị\tTài khoản kích hoạt (tài khoản)\tHội viên có tài khoản (%)
1\tHuyện Mường Lát\t1.204\t81,50
"""

PAYMENTS = """\
| STT | Đơn vị | Giao dịch học phí | Giao dịch điện tử |
|---|---|---|---|
| 1 | Huyện Kiến Xương | 12.406 | 8.310 |
"""

PROSE_TASKS = """\
UBND TỈNH ĐỒNG NAI
SỞ KHOA HỌC VÀ CÔNG NGHỆ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 45/TCBC-SKHCN
Đồng Nai, ngày 07 tháng 11 năm 2025

THÔNG CÁO BÁO CHÍ
Kết quả Bộ chỉ số tháng 10 năm 2025

Theo chỉ đạo của UBND tỉnh tại Công văn số 6001/UBND-KGVX ngày 01/11/2025, Văn phòng UBND tỉnh hoàn thành rà soát \
hồ sơ quá hạn trước ngày 15/11/2025. UBND các phường xếp loại Khá xây dựng kế hoạch nâng hạng trong tháng 12/2025. \
Sở Khoa học và Công nghệ công bố kết quả trên Cổng thông tin điện tử tỉnh trước ngày 05 hằng tháng.
"""


def test_identity_accounts_and_transactions_as_columns_name_them():
    accounts = table_indicators(UNION_TABLE, find_tables(UNION_TABLE, []), [])
    assert [(row.unit, row.code) for row in accounts] == [("tài khoản", "tai_khoan_dinh_danh"),
                                                           ("%", "tai_khoan_dinh_danh")]
    payments = table_indicators(PAYMENTS, find_tables(PAYMENTS, []), [])
    assert [row.unit for row in payments] == ["giao dịch", "hồ sơ"]


def test_prose_deadlines_go_to_the_body_opening_their_sentence():
    from extractor.extract.deadlines import extract_deadlines

    found = extract_deadlines(PROSE_TASKS, extract_metadata(PROSE_TASKS))
    assert [(d.due_date, d.assignee) for d in found] == [
        ("2025-11-15", "Văn phòng UBND tỉnh"), ("2025-12-31", "UBND các phường xếp loại Khá"),
        ("2025-12-05", "Sở Khoa học và Công nghệ")]
    assert found[1].task.startswith("UBND các phường xếp loại Khá xây dựng kế hoạch nâng hạng")


CERTIFICATIONS = """\
| TT | Xã, thị trấn | Chứng thực điện tử (trường hợp) | Tỷ lệ điện tử (%) |
|---|---|---|---|
| 1 | Xã Đông Cơ | 215 | 63,42 |
"""

SCHOOL_WORK = """\
UBND TỈNH NAM ĐỊNH
TRƯỜNG CHÍNH TRỊ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 90/BC-TCT
Nam Định, ngày 03 tháng 7 năm 2025

BÁO CÁO
Kết quả bồi dưỡng kỹ năng số 6 tháng đầu năm 2025

Trường Chính trị tỉnh Nam Định báo cáo kết quả như sau:

a) Nhà trường phối hợp với Sở Nội vụ, Sở Khoa học và Công nghệ mở 12 lớp cho 806 học viên; Trường có 37 giảng viên.
b) Phối hợp với Sở Tư pháp, Công an tỉnh giải quyết 64 hồ sơ.
+ PAKN: nhận 18, đã xử lý 17, đạt 94,44%.
"""


def test_a_share_column_qualified_by_the_count_before_it():
    rows = table_indicators(CERTIFICATIONS, find_tables(CERTIFICATIONS, []), [])
    assert [row.code for row in rows] == ["chung_thuc_dien_tu", "chung_thuc_dien_tu"]


def test_a_school_works_with_partners_and_counts_an_items_noun():
    issuer, rows = _issuer_and_rows(SCHOOL_WORK)
    own = ("Trường Chính trị tỉnh", "tỉnh")
    assert issuer == own[0]
    for context, raw in (("mở 12 lớp", "12"), ("cho 806", "806"), ("giải quyết 64", "64")):
        assert subject_and_level(figure_at(rows, SCHOOL_WORK, context, raw)) == own
    assert _one_row(rows, SCHOOL_WORK, "có 37", "37")[:3] == (37, "giảng viên", "count")
    assert _one_row(rows, SCHOOL_WORK, "nhận 18", "18")[:3] == (18, "PAKN", "count")
    assert figure_at(rows, SCHOOL_WORK, "đã xử lý 17", "17").code == "pakn.da_xu_ly"


GOAL_BY_RESOLUTION = ("Tỷ lệ hồ sơ thanh toán trực tuyến đạt 48,20%, chưa đạt chỉ tiêu Nghị quyết số 15/NQ-HĐND ngày "
                      "10/12/2024 của HĐND tỉnh giao năm 2025 là 55%.")


def test_a_goal_named_with_the_resolution_that_set_it():
    rows = extract_figures(GOAL_BY_RESOLUTION, extract_metadata(GOAL_BY_RESOLUTION), [])
    goal = figure_at(rows, GOAL_BY_RESOLUTION, "là 55%", "55%")
    assert (goal.kind, goal.as_of) == ("target", "2025-12-31")


LEVELS_OF_ACCOUNTS = "- Kích hoạt thành công 212 tài khoản (trong đó tài khoản mức độ 1 là 50, mức độ 2 là 162)."


def test_parts_named_by_a_kinds_number_count_the_wholes_unit():
    rows = extract_figures(LEVELS_OF_ACCOUNTS, extract_metadata(LEVELS_OF_ACCOUNTS), [])
    assert [(row.raw, row.unit) for row in rows] == [("212", "tài khoản"), ("50", "tài khoản"), ("162", "tài khoản")]


LEAD_OF_TWO_COUNTS = """Số lượt người dân được hướng dẫn và số tài khoản định danh điện tử được hỗ trợ kích hoạt:
- Thị Đoàn Phước Long: 9.120 lượt, 6.415 tài khoản;
- Huyện Đoàn Bù Đăng: 7.844 lượt, 5.106 tài khoản.
"""


def test_a_list_lead_naming_two_counts():
    rows = extract_figures(LEAD_OF_TWO_COUNTS, extract_metadata(LEAD_OF_TWO_COUNTS), [])
    assert figure_at(rows, LEAD_OF_TWO_COUNTS, "lượt, 6.415", "6.415").code == "tai_khoan_dinh_danh"
    assert figure_at(rows, LEAD_OF_TWO_COUNTS, "lượt, 5.106", "5.106").code == "tai_khoan_dinh_danh"


CHANGE_SINCE_LAST_YEAR = """\
UBND TỈNH BÌNH ĐỊNH
SỞ NỘI VỤ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 12/BC-SNV
Bình Định, ngày 20 tháng 3 năm 2025

BÁO CÁO
Kết quả Chỉ số cải cách hành chính năm 2024

| STT | Lĩnh vực | Điểm đạt | Điểm năm 2023 | Tăng (+), giảm (-) |
|---|---|---|---|---|
| 1 | Cải cách thủ tục hành chính | 13,40 | 12,95 | +0,45 |
"""


def test_a_change_since_last_year_runs_to_this_periods_column():
    rows = _rows_with_tables(CHANGE_SINCE_LAST_YEAR)
    assert figure_at(rows, CHANGE_SINCE_LAST_YEAR, "| 12,95", "12,95").as_of == "2023-12-31"
    change = figure_at(rows, CHANGE_SINCE_LAST_YEAR, "| +0,45", "+0,45")
    assert (change.kind, change.as_of) == ("change", "2024-12-31")


LAST_YEARS_SCORES = """\
UBND TỈNH PHÚ YÊN
SỞ NỘI VỤ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 30/KH-SNV
Phú Yên, ngày 10 tháng 3 năm 2025

KẾ HOẠCH
Kiểm tra công tác cải cách hành chính năm 2025

Điểm bình quân Bộ chỉ số năm 2024 của khối sở, ban, ngành là 88,20 điểm, cao nhất là Sở Tư pháp (94,10 điểm); của \
khối huyện, thị xã, thành phố là 85,70 điểm.
"""


def test_a_sentence_on_last_years_index_dates_all_its_scores():
    rows = _rows_with_tables(LAST_YEARS_SCORES)
    for context, raw in (("là 88,20", "88,20"), ("(94,10", "94,10"), ("là 85,70", "85,70")):
        row = figure_at(rows, LAST_YEARS_SCORES, context, raw)
        assert (row.as_of, row.code) == ("2024-12-31", "766.tong_hop"), raw


BANK_BRANCHES = """\
UBND THÀNH PHỐ CẦN THƠ
SỞ TÀI CHÍNH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 77/BC-STC
Cần Thơ, ngày 06 tháng 10 năm 2025

BÁO CÁO
Kết quả thanh toán không dùng tiền mặt quý III năm 2025

- Agribank Chi nhánh thành phố Cần Thơ: 1.204.330 giao dịch;
- BIDV Chi nhánh Cần Thơ: 806.115 giao dịch.
Ngân hàng Nhà nước Chi nhánh thành phố Cần Thơ tiếp nhận 14 phản ánh.
"""


def test_a_banks_branch_is_named_with_its_bank():
    rows = extract_figures(BANK_BRANCHES, extract_metadata(BANK_BRANCHES), [])
    assert subject_and_level(figure_at(rows, BANK_BRANCHES, "Thơ: 1.204.330", "1.204.330")) == (
        "Agribank Chi nhánh thành phố Cần Thơ", "tỉnh")
    assert figure_at(rows, BANK_BRANCHES, "Thơ: 806.115", "806.115").subject == "BIDV Chi nhánh Cần Thơ"
    assert subject_and_level(figure_at(rows, BANK_BRANCHES, "nhận 14", "14")) == (
        "Ngân hàng Nhà nước Chi nhánh thành phố Cần Thơ", "tỉnh")


SHARES_UNDER_A_LEAD = """Công đoàn đã hướng dẫn 8.240 đoàn viên nộp 9.115 hồ sơ trực tuyến trên Cổng Dịch vụ công \
quốc gia.

Tỷ lệ đoàn viên có tài khoản định danh điện tử tại một số đơn vị:
- Liên đoàn Lao động huyện Nghi Lộc: 90,10% (hỗ trợ mới 512 tài khoản);
- Liên đoàn Lao động huyện Yên Thành: 86,42% (hỗ trợ mới 377 tài khoản).
"""


def test_shares_and_counts_under_a_lead_naming_them():
    rows = extract_figures(SHARES_UNDER_A_LEAD, extract_metadata(SHARES_UNDER_A_LEAD), [])
    for context, raw in (("Lộc: 90,10%", "90,10%"), ("mới 512", "512"), ("Thành: 86,42%", "86,42%")):
        assert figure_at(rows, SHARES_UNDER_A_LEAD, context, raw).code == "tai_khoan_dinh_danh", raw


YEARS_BY_ROW = """\
| STT | Chỉ tiêu | Năm 2024 | Năm 2025 |
|---|---|---|---|
| 1 | Điểm Bộ chỉ số 766 (điểm) | 81,02 | 85,40 |
| 2 | Xếp hạng toàn quốc | 38/63 | 20/34 |
| 3 | Mức độ hài lòng của người dân, doanh nghiệp (%) | 92,30 | 94,85 |
"""


def test_rows_stating_their_unit_or_rank_under_columns_of_years():
    rows = table_indicators(YEARS_BY_ROW, find_tables(YEARS_BY_ROW, []), [])
    assert [(row.raw, row.unit, row.kind) for row in rows] == [
        ("81,02", "điểm", "value"), ("85,40", "điểm", "value"), ("38/63", "hạng", "rank"), ("20/34", "hạng", "rank"),
        ("92,30", "%", "value"), ("94,85", "%", "value")]


SECTION_ON_THE_INDEX = """\
5. Về Bộ chỉ số phục vụ người dân, doanh nghiệp theo Quyết định số 766/QĐ-TTg

Tháng 10/2024, các huyện đều tăng điểm. Kết quả của từng đơn vị:

| STT | Đơn vị | Điểm tháng 9/2024 | Điểm tháng 10/2024 |
|---|---|---|---|
| 1 | UBND huyện Can Lộc | 83,10 | 84,72 |
"""


def test_scores_by_month_in_a_section_on_the_index_are_its_totals():
    rows = table_indicators(SECTION_ON_THE_INDEX, find_tables(SECTION_ON_THE_INDEX, []), [])
    assert [(row.raw, row.code, row.as_of) for row in rows] == [("83,10", "766.tong_hop", "2024-09-30"),
                                                               ("84,72", "766.tong_hop", "2024-10-31")]
