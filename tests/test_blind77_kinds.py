"""Kinds fixed in the session that measured blind sets 77 to 80, each on a text written here in another wording of
the same form; the expected values are what a reader takes from these texts.

Older sets' open blocks first:
- `2. Kết quả đánh giá cải cách hành chính năm 2024 của các cơ quan:` over a plan's dash list dates its items in 2024;
- `(40 xã, 12 phường và 01 đặc khu)`: a special zone counted is of the commune level, as its siblings;
- `- Khối UBND cấp huyện tỉnh Phú Yên: điểm trung bình 82,40%`: the province named after a level only says which;
- `Chỉ số cải cách hành chính (PAR INDEX) năm 2024 ... đạt 86,12%, xếp thứ 18/63`: the rank is the PAR INDEX's;
- `Các cơ quan hành chính nhà nước trong tỉnh tiếp nhận 4.105 đơn`: the province's figures, not the issuer's;
- `Đơn thuộc thẩm quyền | Đã giải quyết`: a column of what was done counts the noun of the column before it;
- `điểm bình quân của 05 tỉnh trong vùng`, `Có 03/05 tỉnh`: provinces counted; `Đề án 06 tỉnh` names a scheme;
- `tỉnh Thanh Hóa với 85,10/100 điểm, xếp thứ 12/63; tăng 1,20 điểm`: the change clause goes on with the province,
  and `Điểm các nhóm chỉ số của tỉnh Thanh Hóa: A 17,10/18; B 19,02/20` gives every item to the body before the colon.
"""

from __future__ import annotations

from figure_lookup import figure_at, subject_and_level

from extractor.extract.figures import extract_figures
from extractor.extract.tables import find_tables, table_indicators
from extractor.metadata import extract_metadata


def _rows(text: str):
    return extract_figures(text, extract_metadata(text), [])


PLAN_WITH_LAST_YEARS_GRADES = """\
UBND TỈNH PHÚ YÊN
SỞ NỘI VỤ

Số: 88/TTr-SNV
Phú Yên, ngày 12 tháng 3 năm 2025

TỜ TRÌNH
Về việc ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2025

Kính gửi: UBND tỉnh Phú Yên.

I. CĂN CỨ
1. Tỉnh hiện có 64 xã, phường, đặc khu (40 xã, 12 phường và 01 đặc khu).
2. Kết quả đánh giá cải cách hành chính năm 2024 của các cơ quan, địa phương:
- Khối sở, ban, ngành: điểm trung bình 84,15%; có 07/17 cơ quan xếp loại Tốt.
- Khối UBND cấp huyện tỉnh Phú Yên: điểm trung bình 82,40%; cao nhất là UBND thị xã Sông Cầu (88,05%).
3. Chỉ số cải cách hành chính (PAR INDEX) năm 2024 của tỉnh Phú Yên đạt 86,12%, xếp thứ 18/63.
"""


def test_a_plans_heading_on_last_years_grades_dates_its_items():
    rows = _rows(PLAN_WITH_LAST_YEARS_GRADES)
    for context, raw in (("bình 84,15%", "84,15%"), ("có 07/17", "07/17"), ("(88,05%)", "88,05%")):
        assert figure_at(rows, PLAN_WITH_LAST_YEARS_GRADES, context, raw).as_of == "2024-12-31", raw


def test_a_special_zone_counted_is_of_the_commune_level():
    rows = _rows(PLAN_WITH_LAST_YEARS_GRADES)
    assert subject_and_level(figure_at(rows, PLAN_WITH_LAST_YEARS_GRADES, "01 đặc khu", "01")) == ("cấp xã", "xã")


def test_a_level_named_with_the_documents_province_is_that_level():
    rows = _rows(PLAN_WITH_LAST_YEARS_GRADES)
    assert figure_at(rows, PLAN_WITH_LAST_YEARS_GRADES, "bình 82,40%", "82,40%").level == "huyện"


def test_a_rank_after_the_par_index_in_percent_is_its_rank():
    rows = _rows(PLAN_WITH_LAST_YEARS_GRADES)
    assert figure_at(rows, PLAN_WITH_LAST_YEARS_GRADES, "thứ 18/63", "18/63").code == "par_index"


INSPECTORATE = """\
UBND TỈNH GIA LAI
THANH TRA TỈNH

Số: 07/BC-TTr
Gia Lai, ngày 10 tháng 01 năm 2025

BÁO CÁO
Kết quả công tác giải quyết khiếu nại, tố cáo năm 2024

Các cơ quan hành chính nhà nước trong tỉnh tiếp nhận 4.105 đơn, gồm 812 đơn khiếu nại và 3.293 đơn kiến nghị.
Thanh tra tỉnh tiếp nhận 58 hồ sơ TTHC.

| STT | Đơn vị | Đơn thuộc thẩm quyền | Đã giải quyết | Tỷ lệ (%) |
|---|---|---|---|---|
| 1 | UBND thành phố Pleiku | 140 | 131 | 93,57 |
"""


def test_the_provinces_agencies_are_no_issuers_own():
    rows = _rows(INSPECTORATE)
    for context, raw in (("nhận 4.105", "4.105"), ("gồm 812", "812"), ("và 3.293", "3.293")):
        assert subject_and_level(figure_at(rows, INSPECTORATE, context, raw)) == (None, None), raw
    assert figure_at(rows, INSPECTORATE, "nhận 58", "58").subject == "Thanh tra tỉnh"


def test_a_column_of_what_was_done_counts_the_noun_before_it():
    rows = table_indicators(INSPECTORATE, find_tables(INSPECTORATE, []), [])
    assert [(row.raw, row.unit) for row in rows] == [("140", "đơn"), ("131", "đơn"), ("93,57", "%")]


REGION = """\
VĂN PHÒNG CHÍNH PHỦ
CỤC KIỂM SOÁT THỦ TỤC HÀNH CHÍNH

Số: 21/BC-KSTT
Hà Nội, ngày 15 tháng 4 năm 2025

BÁO CÁO
Kết quả Bộ chỉ số của các tỉnh vùng Bắc Trung Bộ quý I năm 2025

Theo số liệu Ban Chỉ đạo Đề án 06 tỉnh gửi về, điểm bình quân của 05 tỉnh trong vùng đạt 84,02 điểm. Có 03/05 \
tỉnh xếp loại Tốt.
Đứng đầu là tỉnh Thanh Hóa với 85,10/100 điểm, xếp thứ 12/63; tăng 1,20 điểm so với quý IV năm 2024 (83,90 \
điểm). Điểm các nhóm chỉ số của tỉnh Nghệ An: công khai, minh bạch 17,10/18; tiến độ giải quyết 19,02/20; số hóa \
hồ sơ 14,36/22.
"""


def test_provinces_counted_and_a_scheme_named():
    rows = _rows(REGION)
    assert [(row.raw, row.unit) for row in rows if row.unit == "tỉnh"] == [("05", "tỉnh"), ("03/05", "tỉnh")]


def test_a_change_clause_and_a_list_after_an_owner_keep_the_body():
    rows = _rows(REGION)
    for context, raw in (("tăng 1,20", "1,20"), ("(83,90", "83,90")):
        assert subject_and_level(figure_at(rows, REGION, context, raw)) == ("tỉnh Thanh Hóa", "tỉnh"), raw
    for context, raw in (("bạch 17,10/18", "17,10/18"), ("quyết 19,02/20", "19,02/20"), ("14,36/22", "14,36/22")):
        assert subject_and_level(figure_at(rows, REGION, context, raw)) == ("tỉnh Nghệ An", "tỉnh"), raw
