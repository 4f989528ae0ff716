"""Kinds of misses measured on blind sets 37 and 38, each on a text written here in another wording of the same
form; the expected values are what a reader takes from these texts.

- a letter titled on one indicator (`V/v kết quả thanh toán trực tuyến phí, lệ phí ...`) over list items that name
  none (`- Sở Tư pháp: 1.204/1.318 hồ sơ, đạt 91,35%;`): the items' shares and counts of files are of it;
- a bare share after a list item's name and `đạt` (`- UBND huyện U Minh: đạt 35,86%`) is of the share its lead names;
- the names of a series in brackets before `lần lượt là` (`Điểm của sáu nhóm chỉ tiêu (công khai, minh bạch; ...)`);
- a count broken down by field after `;` (`...; xây dựng 398 hồ sơ, chiếm 12,11%`) counts what the first part counts;
- a Gia Rai signer whose family name comes first (`Rah Lan Chung`);
- `cấp thành phố` before `cấp xã` is a centrally-run city's own level (after July 2025), but a provincial city's
  district level in its own report;
- block averages in points naming nothing, in a section headed on the 766 index, are total scores;
- `tỷ lệ người dân, doanh nghiệp hài lòng` is the satisfaction rate; a target followed by `thì <indicator> đã đạt`
  is of that indicator.
"""

from __future__ import annotations

import pytest
from figure_lookup import figure_at

from extractor.extract.figures import extract_figures
from extractor.metadata import extract_metadata
from extractor.models import DocumentMeta

LETTER = """UBND TỈNH BẠC LIÊU
SỞ TÀI CHÍNH

Số: 402/STC-QLNS
V/v kết quả thanh toán trực tuyến phí, lệ phí quý II năm 2025

Kính gửi: Các sở, ban, ngành tỉnh.

1. Kết quả chung
Trong quý, toàn tỉnh có 9.410 hồ sơ phát sinh phí, lệ phí.

2. Kết quả của một số cơ quan có nhiều hồ sơ
- Sở Tư pháp: 812/930 hồ sơ, đạt 87,31%;
- Sở Xây dựng: 140/201 hồ sơ, đạt 69,65%.

3. Kết quả của cấp huyện
Tỷ lệ hồ sơ thanh toán trực tuyến của UBND các huyện như sau:
- UBND huyện Hồng Dân: đạt 41,20% (quý I năm 2025: 36,02%), tương ứng 350/850 hồ sơ;
- UBND huyện Phước Long: đạt 38,75% (quý I năm 2025: 30,11%), tương ứng 310/800 hồ sơ.
"""


@pytest.mark.parametrize("context, raw", [
    ("pháp: 812/930", "812/930"), ("đạt 87,31%", "87,31%"), ("dựng: 140/201", "140/201"), ("đạt 69,65%", "69,65%"),
    ("đạt 41,20%", "41,20%"), ("2025: 36,02%", "36,02%"), ("đạt 38,75%", "38,75%"),
])
def test_list_items_naming_nothing_are_of_the_indicator_the_letter_is_titled_on(context, raw):
    row = figure_at(extract_figures(LETTER, extract_metadata(LETTER), []), LETTER, context, raw)
    assert row.code == "766.thanh_toan.ho_so"


GROUPS = """Năm 2025 tỉnh đạt 85,12/100 điểm. Điểm của sáu nhóm chỉ tiêu (công khai, minh bạch; tiến độ giải \
quyết; dịch vụ công trực tuyến; thanh toán trực tuyến; mức độ hài lòng; số hóa hồ sơ) lần lượt là 16,90/18; \
19,02/20; 10,11/12; 6,95/10; 17,40/18 và 14,74/22 điểm.
"""


@pytest.mark.parametrize("raw, code", [
    ("16,90/18", "766.cong_khai"), ("19,02/20", "766.tien_do"), ("10,11/12", "766.dvctt"),
    ("6,95/10", "766.thanh_toan"), ("17,40/18", "766.hai_long"), ("14,74/22", "766.so_hoa"),
])
def test_a_series_named_in_brackets_before_lan_luot(raw, code):
    parts = [DocumentMeta(period_end="2025-12-31", start=0, end=len(GROUPS))]
    assert figure_at(extract_figures(GROUPS, parts, []), GROUPS, raw, raw).code == code


BY_FIELD = """Trong tháng, toàn tỉnh giải quyết 52.300 hồ sơ. Phân theo lĩnh vực, hồ sơ quá hạn thuộc lĩnh vực đất đai \
610 hồ sơ, chiếm 58,10%; tư pháp 122 hồ sơ, chiếm 11,62%; các lĩnh vực khác 318 hồ sơ.
"""


@pytest.mark.parametrize("context, raw", [("đai 610", "610"), ("pháp 122", "122"), ("khác 318", "318")])
def test_parts_by_field_after_a_semicolon_count_what_the_first_part_counts(context, raw):
    parts = [DocumentMeta(period_end="2025-10-31", start=0, end=len(BY_FIELD))]
    assert figure_at(extract_figures(BY_FIELD, parts, []), BY_FIELD, context, raw).code == "766.tien_do.qua_han"


SIGNED = """UBND TỈNH GIA LAI
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG

Số: 15/BC-TTPVHCC

BÁO CÁO
Kết quả tiếp nhận hồ sơ quý II năm 2025

Trong quý, Trung tâm tiếp nhận 12.004 hồ sơ.

GIÁM ĐỐC

Rcom Thuận
"""


def test_a_gia_rai_signer_is_read():
    assert extract_metadata(SIGNED)[0].signer == "Rcom Thuận"


CITY = """UBND THÀNH PHỐ ĐÀ NẴNG

Số: 512/BC-UBND
Đà Nẵng, ngày 06 tháng 11 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính tháng 10 năm 2025

Tổng số TTHC đang thực hiện trên địa bàn là 2.012 TTHC, trong đó cấp thành phố 1.640 TTHC, cấp xã 372 TTHC.
Tỷ lệ hồ sơ trực tuyến tại cấp thành phố, cấp xã lần lượt đạt 88,15%, 61,07%.
"""

PROVINCIAL_CITY = """ỦY BAN NHÂN DÂN
THÀNH PHỐ THỦ DẦU MỘT

Số: 88/BC-UBND
Thủ Dầu Một, ngày 04 tháng 4 năm 2025

BÁO CÁO
Kết quả thực hiện cải cách thủ tục hành chính quý I năm 2025

Tổng số TTHC thuộc thẩm quyền là 412 TTHC, trong đó cấp thành phố 298 TTHC, cấp xã 114 TTHC.
"""


@pytest.mark.parametrize("context, raw, subject, level", [
    ("cấp thành phố 1.640", "1.640", "cấp thành phố", "tỉnh"),
    ("cấp xã 372", "372", "cấp xã", "xã"),
    ("đạt 88,15%", "88,15%", "cấp thành phố", "tỉnh"),
    (", 61,07%", "61,07%", "cấp xã", "xã"),
])
def test_a_centrally_run_citys_own_level_above_its_communes(context, raw, subject, level):
    row = figure_at(extract_figures(CITY, extract_metadata(CITY), []), CITY, context, raw)
    assert (row.subject, row.level) == (subject, level)


def test_a_provincial_citys_own_level_is_the_district_level():
    rows = extract_figures(PROVINCIAL_CITY, extract_metadata(PROVINCIAL_CITY), [])
    row = figure_at(rows, PROVINCIAL_CITY, "cấp thành phố 298", "298")
    assert (row.subject, row.level) == ("cấp thành phố", "huyện")


INDEX_SECTION = """I. KẾT QUẢ

3. Cải cách thể chế
Trong quý, đã rà soát 12 văn bản quy phạm pháp luật.

4. Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp
Quý III/2025 tỉnh đạt 84,10/100 điểm.
Điểm trung bình của các sở, ngành là 86,40 điểm; của các xã, phường là 79,85 điểm.

5. Chỉ số cải cách hành chính
Năm 2024 tỉnh đạt 86,12 điểm PAR INDEX.

6. Mức độ hài lòng
Qua 2.140 phiếu khảo sát, tỷ lệ tổ chức, cá nhân hài lòng đạt 97,35%. Đối chiếu chỉ tiêu năm 2025 giao cho tỉnh là \
85% thì tỷ lệ hồ sơ nộp trực tuyến chưa đạt.
"""


@pytest.mark.parametrize("context, raw, code", [
    ("ngành là 86,40", "86,40", "766.tong_hop"), ("phường là 79,85", "79,85", "766.tong_hop"),
    ("hài lòng đạt 97,35%", "97,35%", "766.hai_long.tthc"), ("tỉnh là 85%", "85%", "766.dvctt.nop_truc_tuyen"),
])
def test_scores_under_an_index_heading_satisfaction_and_a_target_naming_its_indicator_after_it(context, raw, code):
    row = figure_at(extract_figures(INDEX_SECTION, [], []), INDEX_SECTION, context, raw)
    assert row.code == code
