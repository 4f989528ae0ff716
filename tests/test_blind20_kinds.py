"""Kinds of misses measured on blind sets 20 and 21, each on a text written here in another wording of the same form;
the expected values are what a reader takes from these texts.

- a report of the Công an tỉnh on its own services: the issuer read from its number (`BC-CAT-PC06`), its signer after
  a rank (`Đại tá`), its figures its own because the title names it, except in a sentence on the whole province;
  `(cấp tỉnh 96 TTHC, ...); trong đó 145 TTHC` is of the whole; parts in brackets after `178 TTHC thuộc 11 lĩnh vực`
  count procedures; a count under `4. Cấp tài khoản định danh điện tử` and its rate count accounts;
- counts listed on one line that add up to a count just before are its parts (`tiếp nhận mới 4.218 hồ sơ` then
  `lĩnh vực A 2.874 hồ sơ; ...`);
- `thành phố đạt 93,27%` in a city's own report is the city; `số hóa đạt 97,53%` after `trực tuyến đạt 82,41%` of a
  count of files is the digitisation rate;
- a goal sentence naming no indicator after a series of rates is their goal;
- in a report of the provincial one-stop centre, the total row of its agencies' table is the centre, and `Các cơ quan
  còn lại` is of the agencies' level;
- counts of `đặc khu`, `khu phố`; assignees `Chi nhánh Văn phòng Đăng ký đất đai ...`, `... có bộ phận tiếp nhận`.
"""

from __future__ import annotations

import pytest
from figure_lookup import figure_at, subject_and_level

from extractor.extract.deadlines import extract_deadlines
from extractor.extract.figures import extract_figures
from extractor.extract.tables import find_tables, table_indicators
from extractor.metadata import extract_metadata
from extractor.models import Indicator


def _rows(text: str) -> tuple[list[Indicator], list]:
    parts = extract_metadata(text)
    return extract_figures(text, parts, []), parts


# ---------------------------------------------------------------- a police report on its own services

POLICE = """BỘ CÔNG AN
CÔNG AN TỈNH SƠN LA

Số: 41/BC-CAT-PC06
Sơn La, ngày 05 tháng 10 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính, cung cấp dịch vụ công trực tuyến của Công an tỉnh quý III năm 2025

1. Thủ tục hành chính

Công an tỉnh đang thực hiện 181 TTHC thuộc 12 lĩnh vực (cấp tỉnh 98 TTHC, cấp huyện 53 TTHC, cấp xã 30 TTHC); trong \
đó 150 TTHC được cung cấp dịch vụ công trực tuyến toàn trình.

2. Giải quyết hồ sơ

Đã giải quyết 54.210 hồ sơ, trong đó đúng hạn 54.150 hồ sơ, đạt 99,89%.

3. Cấp tài khoản định danh điện tử

Lũy kế đến ngày 30/9/2025, toàn tỉnh đã kích hoạt 702.114 tài khoản, đạt 79,40% số công dân từ đủ 14 tuổi trở lên.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC

Thượng tá Lò Văn Hùng
"""


def test_the_police_report_names_its_issuer_and_signer():
    meta = extract_metadata(POLICE)[0]
    assert (meta.issuer, meta.signer) == ("Công an tỉnh", "Lò Văn Hùng")


@pytest.mark.parametrize("context, raw, subject, level", [
    ("giải quyết 54.210", "54.210", "Công an tỉnh", "tỉnh"),
    ("đạt 99,89%", "99,89%", "Công an tỉnh", "tỉnh"),
    ("trong đó 150 TTHC", "150", "Công an tỉnh", "tỉnh"),
    ("kích hoạt 702.114", "702.114", None, None),
])
def test_a_report_titled_on_its_issuer_holds_its_figures(context, raw, subject, level):
    rows, _ = _rows(POLICE)
    assert subject_and_level(figure_at(rows, POLICE, context, raw)) == (subject, level)


@pytest.mark.parametrize("context, raw, code", [
    ("(cấp tỉnh 98", "98", "tthc.tong_so"), ("cấp xã 30", "30", "tthc.tong_so"),
    ("kích hoạt 702.114", "702.114", "tai_khoan_dinh_danh"), ("đạt 79,40%", "79,40%", "tai_khoan_dinh_danh"),
])
def test_parts_and_counts_under_a_heading_count_what_their_whole_and_heading_name(context, raw, code):
    rows, _ = _rows(POLICE)
    assert figure_at(rows, POLICE, context, raw).code == code


# ---------------------------------------------------------------- a city's own report

CITY = """ỦY BAN NHÂN DÂN
THÀNH PHỐ PHAN THIẾT

Số: 212/BC-UBND
Phan Thiết, ngày 04 tháng 11 năm 2024

BÁO CÁO
Kết quả cải cách thủ tục hành chính tháng 10 năm 2024

1. Tiếp nhận hồ sơ

- Tổng số hồ sơ tiếp nhận: 3.310 hồ sơ (kỳ trước chuyển sang 40 hồ sơ; tiếp nhận mới 3.270 hồ sơ).
- Hồ sơ tập trung ở các lĩnh vực: đất đai 1.905 hồ sơ; hộ tịch 860 hồ sơ; các lĩnh vực còn lại 505 hồ sơ.
- Tỷ lệ giải quyết đúng hạn của thành phố đạt 98,12%; tỷ lệ hồ sơ trực tuyến của thành phố đạt 71,05%.
- Phường Phú Thủy: tiếp nhận 412 hồ sơ, trực tuyến đạt 80,34%, số hóa đạt 96,12%;

Tỷ lệ hồ sơ thanh toán trực tuyến của cấp huyện và cấp xã tương ứng là 52,40% và 38,75%. Chỉ tiêu UBND tỉnh giao \
năm 2024 là 50% đối với cấp huyện và 40% đối với cấp xã; như vậy cấp huyện đạt chỉ tiêu, cấp xã chưa đạt chỉ tiêu.
"""


@pytest.mark.parametrize("context, raw, code", [
    ("đất đai 1.905", "1.905", "ho_so.tiep_nhan"), ("hộ tịch 860", "860", "ho_so.tiep_nhan"),
    ("còn lại 505", "505", "ho_so.tiep_nhan"),
    ("số hóa đạt 96,12%", "96,12%", "766.so_hoa.ho_so"),
    ("năm 2024 là 50%", "50%", "766.thanh_toan.ho_so"), ("và 40% đối", "40%", "766.thanh_toan.ho_so"),
])
def test_parts_by_sum_a_rate_after_a_rate_and_a_goal_sentence_get_their_codes(context, raw, code):
    rows, _ = _rows(CITY)
    assert figure_at(rows, CITY, context, raw).code == code


@pytest.mark.parametrize("context, raw", [("thành phố đạt 98,12%", "98,12%"), ("thành phố đạt 71,05%", "71,05%")])
def test_the_city_written_alone_in_its_own_report_is_the_city(context, raw):
    rows, _ = _rows(CITY)
    assert subject_and_level(figure_at(rows, CITY, context, raw)) == ("UBND thành phố Phan Thiết", "huyện")


# ---------------------------------------------------------------- the one-stop centre's table of agencies

CENTRE = """UBND TỈNH THANH HÓA
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG

Số: 15/BC-TTPVHCC
Thanh Hóa, ngày 03 tháng 3 năm 2025

BÁO CÁO
Kết quả tiếp nhận, giải quyết hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh tháng 02 năm 2025

Kết quả của các cơ quan có bộ phận tiếp nhận tại Trung tâm (đơn vị tính: hồ sơ):

STT\tCơ quan\tTiếp nhận\tĐã giải quyết
1\tSở Tư pháp\t1.204\t1.180
2\tSở Xây dựng\t512\t498
3\tCác cơ quan còn lại\t230\t221
\tTổng cộng\t1.946\t1.899

Toàn tỉnh có 124 đơn vị hành chính cấp xã (103 xã, 20 phường và 01 đặc khu), được chia thành 42 khu phố.
"""


def test_the_centres_agencies_total_is_the_centre_and_the_rest_are_agencies():
    parts = extract_metadata(CENTRE)
    cells = {c.raw: c for c in table_indicators(CENTRE, find_tables(CENTRE, []), parts)}
    assert (cells["1.946"].subject, cells["1.946"].level) == ("Trung tâm Phục vụ hành chính công tỉnh", "tỉnh")
    assert cells["230"].level == "tỉnh"


@pytest.mark.parametrize("context, raw, unit", [
    ("và 01 đặc khu", "01", "đặc khu"), ("thành 42 khu phố", "42", "khu phố"),
])
def test_special_zones_and_quarters_are_counted(context, raw, unit):
    rows, _ = _rows(CENTRE)
    assert (figure_at(rows, CENTRE, context, raw).unit) == unit


TASKS = """III. NHIỆM VỤ THÁNG 3 NĂM 2025

1. Chi nhánh Văn phòng Đăng ký đất đai thành phố giải quyết dứt điểm hồ sơ quá hạn trước ngày 20 tháng 3 năm 2025.
2. Các cơ quan có bộ phận tiếp nhận tại Trung tâm cập nhật kết quả trước ngày 05 hằng tháng.
"""


def test_assignees_named_by_a_branch_or_a_desk():
    assignees = [d.assignee for d in extract_deadlines(TASKS, extract_metadata(TASKS))]
    assert "Chi nhánh Văn phòng Đăng ký đất đai thành phố" in assignees
    assert "Các cơ quan có bộ phận tiếp nhận tại Trung tâm" in assignees
