"""Kinds of misses measured on blind sets 61 to 64 (and the Party board of set 59), each on a text written here in
another wording of the same form; the expected values are what a reader takes from these texts.

- a Party board under the province's Party committee issues (`TỈNH ỦY ...` or `ĐẢNG BỘ TỈNH ...` over `BAN DÂN VẬN`,
  `ỦY BAN KIỂM TRA`, with `ĐẢNG CỘNG SẢN VIỆT NAM` in place of `CỘNG HÒA ...`), named after the committee (`Ban Dân vận
  Tỉnh ủy`) and signed by its `CHỦ NHIỆM` or `TRƯỞNG BAN`; the boards of district committees are bodies at the district
  level (`Ủy ban Kiểm tra Huyện ủy Đắk Hà`, `Ủy ban Kiểm tra các huyện ủy, thành ủy`);
- the Fatherland Front committee of a province (`Ủy ban MTTQ Việt Nam tỉnh`) and the youth union (`Tỉnh đoàn`) are
  bodies at the province level; the body whose assessment a sentence reports (`Qua đánh giá của ...`) is not its
  subject; a committee that set a target (`chỉ tiêu năm 2024 Tỉnh ủy giao`) is not the target's owner;
- an emulation council, a provincial fund and the cooperative alliance issue under their parents; a board whose name
  holds a place (`Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp`) keeps it whole;
- count units of such reports: `đảng viên`, `tổ chức đảng`, `trang`, `Tổ công nghệ số`.
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


PARTY = """ĐẢNG BỘ TỈNH GIA LAI
ỦY BAN KIỂM TRA
*
Số 31-BC/UBKTTU

ĐẢNG CỘNG SẢN VIỆT NAM
Gia Lai, ngày 08 tháng 01 năm 2025

BÁO CÁO
Kết quả tiếp nhận đơn tố cáo trực tuyến năm 2024

I. KẾT QUẢ

Năm 2024, Ủy ban Kiểm tra Tỉnh ủy tiếp nhận 142 đơn, đã kiểm tra 05 tổ chức đảng và 11 đảng viên; số hóa 52.300 trang.
Ủy ban Kiểm tra các huyện ủy, thị ủy, thành ủy tiếp nhận 205 đơn.
- Ủy ban Kiểm tra Huyện ủy Chư Prông: tiếp nhận 19 đơn;
- Ủy ban Kiểm tra Thị ủy An Khê: tiếp nhận 14 đơn.
Ủy ban MTTQ Việt Nam tỉnh tổ chức 36 buổi; Tỉnh đoàn tổ chức 58 buổi.
Qua đánh giá của Ủy ban Kiểm tra Tỉnh ủy, có 61/75 xã, phường xếp loại Tốt.
Toàn tỉnh duy trì 1.204 Tổ công nghệ số cộng đồng.
Số đơn trực tuyến đạt 64%, vượt chỉ tiêu năm 2024 Tỉnh ủy giao (60%).

T/M ỦY BAN KIỂM TRA
CHỦ NHIỆM

Rơ Mah Tuân
"""


def test_a_party_board_issues_and_signs():
    meta = extract_metadata(PARTY)[0]
    assert (meta.issuer, meta.signer, meta.province) == ("Ủy ban Kiểm tra Tỉnh ủy", "Rơ Mah Tuân", "Gia Lai")


@pytest.mark.parametrize("header, issuer", [
    ("TỈNH ỦY QUẢNG BÌNH\nBAN DÂN VẬN\n*\nSố 88-BC/BDVTU", "Ban Dân vận Tỉnh ủy"),
    ("TỈNH ỦY PHÚ THỌ\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n*\nSố 12-BC/BTGDVTU", "Ban Tuyên giáo và Dân vận Tỉnh ủy"),
])
def test_party_boards_named_after_the_committee(header, issuer):
    text = PARTY.replace("ĐẢNG BỘ TỈNH GIA LAI\nỦY BAN KIỂM TRA\n*\nSố 31-BC/UBKTTU", header)
    assert extract_metadata(text)[0].issuer == issuer


@pytest.mark.parametrize("context, raw, unit, subject, level", [
    ("tiếp nhận 142 đơn", "142", "đơn", "Ủy ban Kiểm tra Tỉnh ủy", "tỉnh"),
    ("kiểm tra 05 tổ chức", "05", "tổ chức đảng", "Ủy ban Kiểm tra Tỉnh ủy", "tỉnh"),
    ("và 11 đảng viên", "11", "đảng viên", "Ủy ban Kiểm tra Tỉnh ủy", "tỉnh"),
    ("số hóa 52.300 trang", "52.300", "trang", "Ủy ban Kiểm tra Tỉnh ủy", "tỉnh"),
    ("tiếp nhận 205 đơn", "205", "đơn", "Ủy ban Kiểm tra các huyện ủy, thị ủy, thành ủy", "huyện"),
    ("tiếp nhận 19 đơn", "19", "đơn", "Ủy ban Kiểm tra Huyện ủy Chư Prông", "huyện"),
    ("tiếp nhận 14 đơn", "14", "đơn", "Ủy ban Kiểm tra Thị ủy An Khê", "huyện"),
    ("tổ chức 36 buổi", "36", "buổi", "Ủy ban MTTQ Việt Nam tỉnh", "tỉnh"),
    ("tổ chức 58 buổi", "58", "buổi", "Tỉnh đoàn", "tỉnh"),
    ("có 61/75 xã", "61/75", "xã", "cấp xã", "xã"),
    ("duy trì 1.204 Tổ", "1.204", "tổ", None, None),
    # the committee that set the target does not own it: the board's own share's target is the board's
    ("giao (60%)", "60%", "%", "Ủy ban Kiểm tra Tỉnh ủy", "tỉnh"),
])
def test_party_boards_their_units_and_the_bodies_they_name(context, raw, unit, subject, level):
    row = figure_at(_rows(PARTY), PARTY, context, raw)
    assert (row.unit, *subject_and_level(row)) == (unit, subject, level)


@pytest.mark.parametrize("organ, opening, issuer", [
    ("UBND TỈNH CAO BẰNG\nHỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "Hội đồng Thi đua - Khen thưởng tỉnh báo cáo như sau.",
     "Hội đồng Thi đua - Khen thưởng"),
    ("UBND TỈNH BẾN TRE\nQUỸ ĐẦU TƯ PHÁT TRIỂN", "Quỹ Đầu tư phát triển tỉnh Bến Tre báo cáo như sau.",
     "Quỹ Đầu tư phát triển"),
    ("LIÊN MINH HỢP TÁC XÃ VIỆT NAM\nLIÊN MINH HỢP TÁC XÃ TỈNH TRÀ VINH", "Liên minh Hợp tác xã tỉnh báo cáo như sau.",
     "Liên minh Hợp tác xã tỉnh"),
    ("UBND TỈNH QUẢNG NGÃI\nBAN QUẢN LÝ KHU KINH TẾ DUNG QUẤT VÀ CÁC KHU CÔNG NGHIỆP",
     "Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp báo cáo như sau.",
     "Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp"),
])
def test_bodies_under_a_parent_issue(organ, opening, issuer):
    number = "Số: 20/BC-BQLKKT" if "KINH TẾ" in organ else "Số: 20/BC-HĐ"
    text = (f"{organ}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n{number}\n"
            f"Hà Nội, ngày 05 tháng 01 năm 2025\n\nBÁO CÁO\nKết quả năm 2024\n\n{opening}\n\nTiếp nhận 120 hồ sơ.\n")
    meta = extract_metadata(text)[0]
    assert meta.issuer == issuer
    row = figure_at(_rows(text), text, "Tiếp nhận 120 hồ sơ", "120")
    assert subject_and_level(row) == (issuer, "tỉnh")


SELF_REPORT = """UBND TỈNH SƠN LA
SỞ DÂN TỘC VÀ TÔN GIÁO

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 14/BC-SDTTG
Sơn La, ngày 12 tháng 01 năm 2026

BÁO CÁO
Kết quả cải cách hành chính năm 2025

1. Tiếp nhận hồ sơ

Năm 2025, Sở tiếp nhận 512 hồ sơ. Sở đã giải quyết 509 hồ sơ đúng hạn.

Chia theo lĩnh vực: lĩnh vực tôn giáo 301 hồ sơ; lĩnh vực dân tộc 211 hồ sơ.

2. Vùng đồng bào

Toàn tỉnh có 75 xã vùng đồng bào dân tộc thiểu số. Sở Tư pháp cấp 44 phiếu lý lịch tư pháp.

Theo đánh giá của Ủy ban Dân tộc, Sơn La xếp thứ 4/14 tỉnh miền núi phía Bắc; cao nhất là Lào Cai (92,15%).

3. Bộ chỉ số

Năm 2025, Sở đạt 90,12/100 điểm.
"""


@pytest.mark.parametrize("context, raw, subject, level", [
    # a paragraph naming no actor goes on from the issuer's paragraph before it
    ("tôn giáo 301 hồ sơ", "301", "Sở Dân tộc và Tôn giáo", "tỉnh"),
    ("dân tộc 211 hồ sơ", "211", "Sở Dân tộc và Tôn giáo", "tỉnh"),
    # the province named bare is the province itself; another province so named is a body at its level
    ("thứ 4/14", "4/14", None, None),
    ("Lào Cai (92,15%)", "92,15%", "Lào Cai", "tỉnh"),
    # the bare issuer as the actor (`Sở đạt`)
    ("Sở đạt 90,12/100", "90,12/100", "Sở Dân tộc và Tôn giáo", "tỉnh"),
])
def test_continuing_paragraphs_and_bare_province_names(context, raw, subject, level):
    row = figure_at(_rows(SELF_REPORT), SELF_REPORT, context, raw)
    assert subject_and_level(row) == (subject, level)


TEAMS = """Kết quả của các đội trong tháng:

| STT | Đơn vị | Số vụ kiểm tra | Tiền phạt (triệu đồng) | Mũi tiêm cập nhật | Học sinh được hỗ trợ | Lượt khám |
|---|---|---|---|---|---|---|
| 1 | Đội số 1 | 41 | 215,6 | 3.120 | 418 | 2.204 |
| 2 | Đội số 2 | 37 | 198,2 | 2.876 | 390 | 1.987 |
"""


@pytest.mark.parametrize("context, raw, unit", [
    ("| 215,6 |", "215,6", "triệu đồng"),
    ("| 3.120 |", "3.120", "mũi"),
    ("| 418 |", "418", "học sinh"),
    ("| 2.204 |", "2.204", "lượt"),
])
def test_units_stated_by_a_columns_header(context, raw, unit):
    row = figure_at(_cells(TEAMS), TEAMS, context, raw)
    assert row.unit == unit


def test_a_header_is_matched_with_its_marks():
    """`Thể thao` folds as `thẻ` does; with its marks it names no count unit."""
    text = ("| STT | Lĩnh vực | Thẻ đã cấp | Thể thao |\n|---|---|---|---|\n"
            "| 1 | Văn hóa | 37 | 142 |\n")
    assert [(r.raw, r.unit) for r in _cells(text)][:2] == [("37", "thẻ"), ("142", None)]


MARKET = """SỞ CÔNG THƯƠNG TỈNH LONG AN
CHI CỤC QUẢN LÝ THỊ TRƯỜNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 88/BC-QLTT
Long An, ngày 05 tháng 11 năm 2025

BÁO CÁO
Kết quả kiểm tra tháng 10 năm 2025

Chi cục Quản lý thị trường tỉnh Long An báo cáo kết quả như sau:

| STT | Đơn vị | Số vụ kiểm tra | Tiền phạt (triệu đồng) |
|---|---|---|---|
| 1 | Đội Quản lý thị trường số 1 | 31 | 212,4 |
| 2 | Đội Quản lý thị trường số 2 | 28 | 1.104,5 |
| | Toàn Chi cục | 59 | 1.316,9 |
"""


@pytest.mark.parametrize("context, raw, subject, level, value", [
    ("| 31 |", "31", "Đội Quản lý thị trường số 1", "tỉnh", 31),
    ("| 1.104,5 |", "1.104,5", "Đội Quản lý thị trường số 2", "tỉnh", 1104.5),
    ("| 59 |", "59", "Chi cục Quản lý thị trường", "tỉnh", 59),
    ("| 1.316,9 |", "1.316,9", "Chi cục Quản lý thị trường", "tỉnh", 1316.9),
])
def test_a_bodys_teams_and_its_whole_row(context, raw, subject, level, value):
    row = figure_at(_cells(MARKET), MARKET, context, raw)
    assert (*subject_and_level(row), row.value) == (subject, level, value)


def test_a_header_without_its_national_motto_names_no_body_line_as_the_issuer():
    """A header with no `CỘNG HÒA` line runs into the body; only its lines in capitals may name the issuer."""
    text = ("BỘ CÔNG AN\nCÔNG AN TỈNH SƠN LA\n\nSố: 41/BC-CAT-PC06\nSơn La, ngày 05 tháng 10 năm 2025\n\nBÁO CÁO\n"
            "Kết quả quý III năm 2025\n\nCông an tỉnh đang thực hiện 181 TTHC.\n")
    assert extract_metadata(text)[0].issuer == "Công an tỉnh"


def test_a_count_after_a_words_slash():
    """`87 hồ sơ quá hạn/1.204 hồ sơ đã giải quyết`: the count after the slash is a figure; a number after a document's
    code or a date's slash is not."""
    text = ("Theo Công văn số 4352/UBND-NC ngày 12/9/2025, đến tháng 9/2025:\n"
            "- Sở Xây dựng: 87 hồ sơ quá hạn/1.204 hồ sơ đã giải quyết (7,23%);\n")
    assert [row.raw for row in _rows(text)] == ["87", "1.204", "7,23%"]
