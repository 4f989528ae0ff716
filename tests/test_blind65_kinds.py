"""Kinds of misses measured on blind sets 65 to 68, each on a text written here in another wording of the same form;
the expected values are what a reader takes from these texts.

- a reporting window stated in brackets after a bare year (`kết quả năm 2024 (số liệu từ ngày 01/10/2023 đến ngày
  30/9/2024)`) is the period, as it already was after a quarter;
- bodies under a parent issue and report on their own work, named as their header line writes them: an electricity
  company (`CÔNG TY ĐIỆN LỰC ...` under its corporation), a grassroots social-insurance office (even where the
  number's code names only the kind, `BC-BHXH`), a grassroots tax office (`THUẾ CƠ SỞ 5`); an electricity company's
  branches (`Điện lực khu vực ...`) are the rows of its tables;
- count units of such reports (`việc`, `khách hàng`, `yêu cầu`, `trường hợp`, `người nộp thuế`, `đợt`,
  `tài sản`), and the unit an italic `*Đơn vị tính: ...*` line states for a table; a column `Thay đổi hợp đồng` counts
  a service, it holds no change.
"""

from __future__ import annotations

import pytest
from figure_lookup import figure_at, subject_and_level

from extractor.extract.figures import extract_figures
from extractor.extract.tables import find_tables, table_indicators
from extractor.metadata import extract_metadata


def _rows(text: str):
    return extract_figures(text, extract_metadata(text), [])


def _cells(text: str):
    return table_indicators(text, find_tables(text, []), extract_metadata(text))


def _report(organ: str, number: str, body: str, place: str = "Vĩnh Long") -> str:
    return (f"{organ}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: {number}\n"
            f"{place}, ngày 10 tháng 10 năm 2024\n\nBÁO CÁO\nKết quả công tác năm 2024\n\n{body}\n")


WINDOW = _report("UBND TỈNH VĨNH LONG\nCỤC THI HÀNH ÁN DÂN SỰ", "318/BC-CTHADS",
                 "Cục Thi hành án dân sự tỉnh báo cáo kết quả năm 2024 (số liệu từ ngày 01/10/2023 đến ngày "
                 "30/9/2024) như sau:\n\nTổng số việc phải thi hành là 9.214 việc; đã thi hành xong 6.105 việc.")


def test_a_window_after_a_bare_year_is_the_period():
    meta = extract_metadata(WINDOW)[0]
    assert (meta.period_start, meta.period_end) == ("2023-10-01", "2024-09-30")
    row = figure_at(_rows(WINDOW), WINDOW, "là 9.214 việc", "9.214")
    assert (row.unit, row.as_of) == ("việc", "2024-09-30")


@pytest.mark.parametrize("organ, number, opening, issuer", [
    ("TỔNG CÔNG TY ĐIỆN LỰC MIỀN NAM\nCÔNG TY ĐIỆN LỰC VĨNH LONG", "512/BC-PCVL",
     "Công ty Điện lực Vĩnh Long báo cáo như sau.", "Công ty Điện lực Vĩnh Long"),
    ("BẢO HIỂM XÃ HỘI TỈNH VĨNH LONG\nBẢO HIỂM XÃ HỘI CƠ SỞ TAM BÌNH", "77/BC-BHXH",
     "Bảo hiểm xã hội cơ sở Tam Bình báo cáo như sau.", "Bảo hiểm xã hội cơ sở Tam Bình"),
    ("THUẾ TỈNH VĨNH LONG\nTHUẾ CƠ SỞ 2", "91/BC-TCS2", "Thuế cơ sở 2 báo cáo như sau.", "Thuế cơ sở 2"),
])
def test_a_body_under_its_parent_reports_on_its_own_work(organ, number, opening, issuer):
    text = _report(organ, number, f"{opening}\n\nTrong năm, tiếp nhận 1.250 hồ sơ, giải quyết đúng hạn 1.248 hồ sơ.")
    assert extract_metadata(text)[0].issuer == issuer
    row = figure_at(_rows(text), text, "tiếp nhận 1.250 hồ sơ", "1.250")
    assert row.subject == issuer


ELECTRICITY = _report("TỔNG CÔNG TY ĐIỆN LỰC MIỀN NAM\nCÔNG TY ĐIỆN LỰC VĨNH LONG", "512/BC-PCVL", """\
Công ty Điện lực Vĩnh Long báo cáo kết quả như sau. Công ty đang bán điện cho 402.118 khách hàng.

| STT | Điện lực khu vực | Cấp điện mới (hồ sơ) | Thay đổi hợp đồng (hồ sơ) | Đúng hạn (%) |
|---|---|---|---|---|
| 1 | Điện lực khu vực Tam Bình | 812 | 1.406 | 99,51 |
| 2 | Điện lực khu vực Trà Ôn | 655 | 1.118 | 99,85 |
| | Toàn Công ty | 1.467 | 2.524 | 99,66 |""")


def test_an_electricity_companys_branches_and_services():
    row = figure_at(_rows(ELECTRICITY), ELECTRICITY, "cho 402.118 khách hàng", "402.118")
    assert (row.unit, row.subject) == ("khách hàng", "Công ty Điện lực Vĩnh Long")
    cells = _cells(ELECTRICITY)
    contract = figure_at(cells, ELECTRICITY, "| 812 | 1.406 |", "1.406")
    assert (contract.kind, contract.unit, contract.subject) == ("value", "hồ sơ", "Điện lực khu vực Tam Bình")
    total = figure_at(cells, ELECTRICITY, "| 1.467 | 2.524 |", "2.524")
    assert total.subject == "Công ty Điện lực Vĩnh Long"


STATED = """\
**3. Hộ tịch**

*Đơn vị tính: trường hợp*

| STT | Địa bàn | Khai sinh | Khai tử |
|---|---|---:|---:|
| 1 | Phường 1 | 412 | 96 |
| 2 | Phường 5 | 377 | 81 |
"""


def test_an_italic_line_states_a_tables_unit():
    cells = _cells(STATED)
    assert {cell.unit for cell in cells} == {"trường hợp"}


@pytest.mark.parametrize("sentence, raw, unit", [
    ("Đã thi hành xong 2.814 việc.", "2.814", "việc"),
    ("Kê biên, bán đấu giá thành 214 tài sản.", "214", "tài sản"),
    ("Tiếp nhận 1.126 yêu cầu cấp Phiếu lý lịch tư pháp.", "1.126", "yêu cầu"),
    ("Đăng ký khai sinh 1.236 trường hợp.", "1.236", "trường hợp"),
    ("Trên địa bàn có 4.386 người nộp thuế đang hoạt động.", "4.386", "người nộp thuế"),
    ("Đã có 1.487 hộ kinh doanh sử dụng hóa đơn điện tử.", "1.487", "hộ"),
    ("Sở đã tổ chức 14 đợt khảo sát.", "14", "đợt"),
])
def test_count_units_of_these_reports(sentence, raw, unit):
    row = figure_at(_rows(sentence), sentence, sentence, raw)
    assert row.unit == unit


def test_subject_of_a_number_coded_kind_stays_when_no_narrower_header():
    text = _report("UBND TỈNH VĨNH LONG\nBẢO HIỂM XÃ HỘI TỈNH", "77/BC-BHXH", "Tiếp nhận 120 hồ sơ.")
    assert extract_metadata(text)[0].issuer == "Bảo hiểm xã hội tỉnh"
    assert subject_and_level(figure_at(_rows(text), text, "Tiếp nhận 120 hồ sơ", "120"))[1] == "tỉnh"


SIDE_BY_SIDE = """ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ HÒA AN          Độc lập - Tự do - Hạnh phúc

Số: 118/BC-UBND          Hòa An, ngày 04 tháng 12 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính tháng 11 năm 2025

Trong tháng, UBND xã Hoa An tiếp nhận 742 hồ sơ, đã giải quyết 736 hồ sơ.
"""


def test_an_organ_block_beside_the_national_motto_issues():
    # a scan's two columns read line by line; the body, restored, spells the name otherwise than the header
    meta = extract_metadata(SIDE_BY_SIDE)[0]
    assert meta.issuer == "UBND xã Hòa An"
    row = figure_at(_rows(SIDE_BY_SIDE), SIDE_BY_SIDE, "tiếp nhận 742 hồ sơ", "742")
    assert subject_and_level(row) == ("UBND xã Hòa An", "xã")
