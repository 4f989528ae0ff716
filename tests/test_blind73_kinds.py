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
  counts transactions.
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
