"""The open kinds of blind sets 65 to 68 fixed after their first fixes, each on a text written here in another
wording of the same form; the expected values are what a reader takes from these texts.

- a list whose lead names what its items count (`Các phường có số hồ sơ trễ hạn nhiều:`) gives each item's count
  that code, and its share after it;
- `nhiều nhất là Sở X (n hồ sơ)` after a `;` ranks what the clause before it named;
- `...; ở cấp xã là n hồ sơ` repeats the clause before it on another level;
- a numbered heading that only names bodies (`1. Sở Nội vụ, UBND các phường:`) owns the targets of its items;
- `hồ sơ giao dịch điện tử` (a social-insurance office's wording) are files submitted online;
- `(6 tháng năm 2024: 88,10%)` is the value of that earlier half-year;
- OCR's `l` for 1 and `O` for 0 inside a written number (`l5.203`, `97,O4%`) are read as the digits, the row keeping
  the text as written;
- a department's district offices (`Chi cục Thi hành án dân sự huyện ...`) and an electricity company's branches
  (`Điện lực khu vực A - B`) are bodies.
"""

from __future__ import annotations

from figure_lookup import figure_at, subject_and_level

from extractor.extract.figures import extract_figures
from extractor.metadata import extract_metadata

_OVERDUE = "766.tien_do.qua_han"
_ONLINE = "766.dvctt.nop_truc_tuyen"


def _report(body: str, organ: str = "UBND TỈNH QUẢNG TRỊ") -> str:
    return (f"{organ}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 415/BC-UBND\n"
            f"Quảng Trị, ngày 05 tháng 10 năm 2025\n\nBÁO CÁO\nTình hình giải quyết TTHC quý III năm 2025\n\n{body}\n")


def _rows(text: str):
    return extract_figures(text, extract_metadata(text), [])


LATE_BY_WARD = _report("""\
Trong quý, hồ sơ trễ hạn ở cấp tỉnh là 512 hồ sơ, chiếm 1,24% số hồ sơ đã giải quyết; ở cấp xã là 1.034 hồ sơ,
chiếm 2,31%. Có 03/15 sở, ngành để xảy ra hồ sơ trễ hạn; nhiều nhất là Sở Y tế (210 hồ sơ), Sở Xây dựng (96 hồ sơ).

Các phường có số hồ sơ trễ hạn nhiều:
- Phường Đông Hà: 188 hồ sơ, chiếm 4,02%;
- Xã Vĩnh Linh: 143 hồ sơ, chiếm 3,15%.""")


def test_what_a_lead_ranks_or_a_clause_repeats_names_the_counts():
    rows, text = _rows(LATE_BY_WARD), LATE_BY_WARD
    for context, raw in [("là 512 hồ sơ", "512"), ("là 1.034 hồ sơ", "1.034"), ("(210 hồ sơ)", "210"),
                         ("(96 hồ sơ)", "96"), ("Đông Hà: 188 hồ sơ", "188"), ("chiếm 4,02%", "4,02%"),
                         ("Vĩnh Linh: 143 hồ sơ", "143"), ("chiếm 3,15%", "3,15%"), ("chiếm 2,31%", "2,31%")]:
        assert figure_at(rows, text, context, raw).code == _OVERDUE, context
    assert subject_and_level(figure_at(rows, text, "là 1.034 hồ sơ", "1.034")) == ("cấp xã", "xã")
    assert subject_and_level(figure_at(rows, text, "(210 hồ sơ)", "210")) == ("Sở Y tế", "tỉnh")
    assert subject_and_level(figure_at(rows, text, "Đông Hà: 188 hồ sơ", "188")) == ("Phường Đông Hà", "xã")


TASKS = _report("""\
Để khắc phục, Chủ tịch UBND tỉnh yêu cầu:

1. Sở Nội vụ, UBND các phường:
- Phấn đấu trong quý IV năm 2025 nâng tỷ lệ hồ sơ nộp trực tuyến lên tối thiểu 85%;
- Rà soát quy trình nội bộ của các TTHC.""")


def test_a_heading_naming_only_bodies_owns_the_targets_of_its_items():
    row = figure_at(_rows(TASKS), TASKS, "tối thiểu 85%", "85%")
    assert (row.kind, row.code) == ("target", _ONLINE)
    assert row.subject == "Sở Nội vụ, UBND các phường"


SOCIAL_INSURANCE = _report("""\
Trong 6 tháng năm 2025, đơn vị tiếp nhận 9.412 hồ sơ, trong đó hồ sơ giao dịch điện tử 8.845 hồ sơ, đạt 93,98% (6 tháng
năm 2024: 88,10%).""", organ="BẢO HIỂM XÃ HỘI TỈNH QUẢNG TRỊ\nBẢO HIỂM XÃ HỘI CƠ SỞ VĨNH LINH")


def test_electronic_transactions_are_online_files_and_an_earlier_half_year_dates_its_value():
    rows, text = _rows(SOCIAL_INSURANCE), SOCIAL_INSURANCE
    assert figure_at(rows, text, "điện tử 8.845 hồ sơ", "8.845").code == _ONLINE
    assert figure_at(rows, text, "đạt 93,98%", "93,98%").code == _ONLINE
    earlier = figure_at(rows, text, "năm 2024: 88,10%", "88,10%")
    assert (earlier.kind, earlier.value, earlier.as_of, earlier.code) == ("previous", 88.1, "2024-06-30", _ONLINE)


OCR_DIGITS = _report("""\
Toàn tỉnh tiếp nhận l5.203 hồ sơ, đã giải quyết 14.880 hồ sơ, trong đó đúng hạn 14.439 hồ sơ (97,O4%).
Tỷ lệ hồ sơ trực tuyến của Phường Đông Hà là 6l,2O%.""")


def test_ocr_letters_inside_a_written_number_are_read_as_digits():
    rows, text = _rows(OCR_DIGITS), OCR_DIGITS
    received = figure_at(rows, text, "nhận l5.203 hồ sơ", "l5.203")
    assert (received.raw, received.value, received.unit) == ("l5.203", 15203, "hồ sơ")
    on_time = figure_at(rows, text, "(97,O4%)", "97,O4%")
    assert (on_time.value, on_time.code) == (97.04, "766.tien_do.dung_han")
    ward = figure_at(rows, text, "là 6l,2O%", "6l,2O%")
    assert (ward.value, ward.subject) == (61.2, "Phường Đông Hà")
    assert text[received.start:received.end] == "l5.203"


BRANCHES = _report("""\
Tỷ lệ thi hành xong về việc toàn tỉnh đạt 84,12%; Chi cục Thi hành án dân sự huyện Gio Linh đạt cao nhất (91,05%).
Quá hạn 14 hồ sơ, tập trung tại Điện lực khu vực Hải Lăng - Triệu Phong với 9 hồ sơ.""")


def test_district_offices_and_branches_over_districts_are_bodies():
    rows, text = _rows(BRANCHES), BRANCHES
    office = figure_at(rows, text, "cao nhất (91,05%)", "91,05%")
    assert subject_and_level(office) == ("Chi cục Thi hành án dân sự huyện Gio Linh", "huyện")
    branch = figure_at(rows, text, "Triệu Phong với 9 hồ sơ", "9")
    assert branch.subject == "Điện lực khu vực Hải Lăng - Triệu Phong"
