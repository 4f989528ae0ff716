"""Kinds of misses left open after blind sets 45 to 48 were first fixed, each on a text written here in another
wording of the same form; the expected values are what a reader takes from these texts.

- a sentence opening on the day its figures stand at (`Tính đến ngày 31/12/2025, ...`), and a bracket opening on
  an earlier day (`(tại ngày 30/9/2025 đạt 88,70 điểm)`);
- a heading naming a national index of a year (`I. KẾT QUẢ CHỈ SỐ ... SIPAS NĂM 2024`) dates the results under it;
- a score named after its unit (`đạt 90,86 điểm Bộ chỉ số phục vụ người dân, doanh nghiệp`) in a report titled on
  the PAR Index, and the ranks of such scores;
- a bracket of earlier values in a row (`(năm 2023: 80,45% và 82,93%)`);
- `thành phố Huế` in a report from 2025 is the province itself;
- counts of households carry no indicator; `bản ghi` (records) is a unit;
- a period and a verb right before a figure (`(quý III tiếp nhận 986 hồ sơ, ...)`);
- `2. Các chỉ tiêu khác` under a part on results (`II. KẾT QUẢ NĂM 2024`) holds results, not goals;
- deadlines: the assignee ends before `làm việc với`; `Trưởng các thôn` is a body; a standing service held on a
  weekday (`duy trì ... vào thứ Ba hằng tuần`) is no deadline.
"""

from __future__ import annotations

import pytest
from figure_lookup import figure_at, subject_and_level

from extractor.extract.deadlines import extract_deadlines
from extractor.extract.figures import extract_figures
from extractor.metadata import extract_metadata


def _rows(text: str):
    return extract_figures(text, extract_metadata(text), [])


def _deadlines(text: str):
    return extract_deadlines(text, extract_metadata(text))


AS_OF_DAY = """UBND TỈNH NAM ĐỊNH
SỞ TƯ PHÁP

Số: 310/BC-STP
Nam Định, ngày 10 tháng 01 năm 2025

BÁO CÁO
Kết quả cải cách thủ tục hành chính năm 2024

Tính đến ngày 30/11/2024, Sở Tư pháp đạt 90,12 điểm, xếp thứ 3/20 sở, ngành (tại ngày 31/8/2024 đạt 87,45 điểm,
xếp thứ 6/20).
"""


@pytest.mark.parametrize("context, raw, kind, as_of", [
    ("đạt 90,12 điểm", "90,12", "value", "2024-11-30"),
    ("thứ 3/20", "3/20", "rank", "2024-11-30"),
    ("đạt 87,45 điểm", "87,45", "previous", "2024-08-31"),
    ("thứ 6/20", "6/20", "previous", "2024-08-31"),
])
def test_a_day_opening_the_sentence_or_the_bracket_dates_its_figures(context, raw, kind, as_of):
    row = figure_at(_rows(AS_OF_DAY), AS_OF_DAY, context, raw)
    assert (row.kind, row.as_of) == (kind, as_of)


INDEX_OF_A_YEAR = """UBND TỈNH THÁI BÌNH
SỞ NỘI VỤ

Số: 822/BC-SNV
Thái Bình, ngày 02 tháng 10 năm 2025

BÁO CÁO
Kết quả cải cách hành chính quý III năm 2025 và Chỉ số cải cách hành chính năm 2024

I. KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024

Các chỉ số thành phần của tỉnh:
- Cải cách tổ chức bộ máy hành chính: 86,40%;
- Cải cách tài chính công: 79,15%.

Chỉ số SIPAS của hai huyện lần lượt là 83,10% và 85,02% (năm 2023: 81,66% và 84,90%).

II. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH QUÝ III NĂM 2025

1. Sở tiếp nhận 1.904 hồ sơ, đúng hạn 1.904 hồ sơ.

2. Tháng 9/2025, Sở Nội vụ đạt 91,07 điểm Bộ chỉ số phục vụ người dân, doanh nghiệp, xếp thứ 2/19 sở, ngành
(tháng 8/2025: 88,20 điểm, xếp thứ 5/19).
"""


@pytest.mark.parametrize("context, raw, as_of", [
    ("máy hành chính: 86,40%", "86,40%", "2024-12-31"),
    ("tài chính công: 79,15%", "79,15%", "2024-12-31"),
    ("tiếp nhận 1.904", "1.904", "2025-09-30"),
])
def test_a_heading_naming_an_index_of_a_year_dates_the_results_under_it(context, raw, as_of):
    assert figure_at(_rows(INDEX_OF_A_YEAR), INDEX_OF_A_YEAR, context, raw).as_of == as_of


@pytest.mark.parametrize("context, raw", [("(năm 2023: 81,66%", "81,66%"), ("và 84,90%)", "84,90%")])
def test_a_bracket_of_earlier_values_in_a_row(context, raw):
    row = figure_at(_rows(INDEX_OF_A_YEAR), INDEX_OF_A_YEAR, context, raw)
    assert (row.kind, row.as_of) == ("previous", "2023-12-31")


@pytest.mark.parametrize("context, raw, code", [
    ("đạt 91,07 điểm", "91,07", "766.tong_hop"),
    ("thứ 2/19", "2/19", "766.xep_hang"),
    ("88,20 điểm", "88,20", "766.tong_hop"),
    ("thứ 5/19", "5/19", "766.xep_hang"),
])
def test_a_score_named_after_its_unit_in_a_report_titled_on_another_index(context, raw, code):
    assert figure_at(_rows(INDEX_OF_A_YEAR), INDEX_OF_A_YEAR, context, raw).code == code


HUE_2025 = """UBND THÀNH PHỐ HUẾ
SỞ TƯ PHÁP

Số: 95/BC-STP
Huế, ngày 06 tháng 10 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính quý III năm 2025

Tháng 9/2025, thành phố Huế đạt 87,31/100 điểm Bộ chỉ số, xếp thứ 6/34 tỉnh, thành phố.
"""

HUE_2023 = """UBND TỈNH THỪA THIÊN HUẾ
SỞ TƯ PHÁP

Số: 95/BC-STP
Thừa Thiên Huế, ngày 06 tháng 10 năm 2023

BÁO CÁO
Kết quả giải quyết thủ tục hành chính quý III năm 2023

Trong quý, thành phố Huế tiếp nhận 12.406 hồ sơ.
"""


def test_the_city_of_hue_is_the_province_from_2025():
    row = figure_at(_rows(HUE_2025), HUE_2025, "đạt 87,31/100", "87,31/100")
    assert subject_and_level(row) == (None, None)


def test_the_city_of_hue_was_a_district_level_city_before():
    row = figure_at(_rows(HUE_2023), HUE_2023, "tiếp nhận 12.406", "12.406")
    assert subject_and_level(row) == ("thành phố Huế", "huyện")


COMMUNE = """UBND TỈNH LÀO CAI
UBND XÃ BẢN XÈO

Số: 140/BC-UBND
Bản Xèo, ngày 03 tháng 01 năm 2026

BÁO CÁO
Kết quả cải cách thủ tục hành chính 6 tháng cuối năm 2025

Trong 6 tháng cuối năm 2025, xã tiếp nhận 1.520 hồ sơ (quý III tiếp nhận 702 hồ sơ, quý IV tiếp nhận 818 hồ sơ).
Xã đã số hóa 12.840 bản ghi hộ tịch.

Kết quả hỗ trợ tại các thôn:
- Thôn Cốc Pả: hỗ trợ nộp 64 hồ sơ trực tuyến, kích hoạt 150 tài khoản, 33 hộ được hướng dẫn cài đặt ứng dụng VNeID;
- Thôn Sín Chải: hỗ trợ nộp 51 hồ sơ trực tuyến, kích hoạt 122 tài khoản, 27 hộ được hướng dẫn cài đặt ứng dụng VNeID.

Nhiệm vụ thời gian tới:
1. Xã duy trì tổ hỗ trợ lưu động tại thôn Cốc Pả vào thứ Ba hằng tuần.
2. Văn phòng HĐND và UBND xã làm việc với VNPT Lào Cai đề nghị nâng cấp đường truyền, chậm nhất ngày 31/3/2026.
3. Trưởng các thôn báo cáo kết quả hỗ trợ người dân về UBND xã trước ngày 25 hằng tháng.
"""


@pytest.mark.parametrize("context, raw, as_of", [
    ("quý III tiếp nhận 702", "702", "2025-09-30"),
    ("quý IV tiếp nhận 818", "818", "2025-12-31"),
])
def test_a_period_and_its_verb_right_before_a_figure_date_it(context, raw, as_of):
    assert figure_at(_rows(COMMUNE), COMMUNE, context, raw).as_of == as_of


def test_records_are_a_unit():
    row = figure_at(_rows(COMMUNE), COMMUNE, "12.840 bản ghi", "12.840")
    assert (row.unit, row.kind) == ("bản ghi", "count")


@pytest.mark.parametrize("context, raw", [("33 hộ", "33"), ("27 hộ", "27")])
def test_households_carry_no_indicator(context, raw):
    row = figure_at(_rows(COMMUNE), COMMUNE, context, raw)
    assert (row.unit, row.code) == ("hộ", None)


def test_deadline_assignees_and_schedules():
    found = {(d.expression, d.assignee) for d in _deadlines(COMMUNE)}
    assert found == {("chậm nhất ngày 31/3/2026", "Văn phòng HĐND và UBND xã"),
                     ("trước ngày 25 hằng tháng", "Trưởng các thôn")}


PLAN = """UBND TỈNH KON TUM
UBND HUYỆN ĐẮK HÀ

Số: 12/KH-UBND
Đắk Hà, ngày 15 tháng 01 năm 2025

KẾ HOẠCH
Cải cách thủ tục hành chính năm 2025

II. KẾT QUẢ NĂM 2024

1. Tiếp nhận, giải quyết hồ sơ

Huyện tiếp nhận 18.420 hồ sơ.

2. Các chỉ tiêu khác

Tỷ lệ hồ sơ thanh toán trực tuyến toàn huyện đạt 44,10%; tỷ lệ số hóa hồ sơ đạt 80,05%.

III. CHỈ TIÊU NĂM 2025

1. Tỷ lệ hồ sơ thanh toán trực tuyến đạt từ 60% trở lên.
"""


@pytest.mark.parametrize("context, raw, kind, as_of", [
    ("huyện đạt 44,10%", "44,10%", "value", "2024-12-31"),
    ("hồ sơ đạt 80,05%", "80,05%", "value", "2024-12-31"),
    ("từ 60%", "60%", "target", "2025-12-31"),
])
def test_indicators_listed_under_a_part_on_results_are_results(context, raw, kind, as_of):
    row = figure_at(_rows(PLAN), PLAN, context, raw)
    assert (row.kind, row.as_of) == (kind, as_of)
