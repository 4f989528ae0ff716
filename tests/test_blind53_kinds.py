"""Kinds of misses measured on blind sets 53 to 56 (new kinds of issuer), each on a text written here in another
wording of the same form; the expected values are what a reader takes from these texts.

- a body under its parent in the header's organ block issues, named by its kind as the report writes it (`CỤC HẢI
  QUAN TỈNH ...` → `Cục Hải quan tỉnh`, `TRUNG TÂM ...`, `BỆNH VIỆN ...`, `HỘI ...`), and reports on its own work;
- the issuer's bare word as the actor of a clause after another body (`..., Trung tâm đạt 4,36 điểm`);
- the body that set a target is not the one the target is for (`so với chỉ tiêu Sở Y tế giao ... là 45%`);
- the youth union's chapters (`Đoàn xã Ia Pa`), a centre's counters in a table (`Điểm giao dịch ...`), the
  province's hospitals in a table (`Bệnh viện Đa khoa tỉnh ...`);
- count units of such reports (`hóa đơn`, `thửa`, `bệnh án`, `chứng từ`, `phiên họp`, ...) and `tỷ USD`.
"""

from __future__ import annotations

import pytest
from figure_lookup import figure_at, subject_and_level

from extractor.extract.figures import extract_figures
from extractor.extract.tables import find_tables, table_indicators
from extractor.metadata import extract_metadata


def _rows(text: str):
    return extract_figures(text, extract_metadata(text), [])


CUSTOMS = """BỘ TÀI CHÍNH
CỤC HẢI QUAN TỈNH QUẢNG NINH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 812/BC-HQQN
Quảng Ninh, ngày 05 tháng 10 năm 2025

BÁO CÁO
Kết quả thực hiện thủ tục hải quan điện tử quý III năm 2025

Kính gửi: Ủy ban nhân dân tỉnh Quảng Ninh.

Cục Hải quan tỉnh Quảng Ninh báo cáo như sau:

Trong quý III, Cục Hải quan đã tiếp nhận 38.406 tờ khai, trong đó 38.112 tờ khai điện tử, chiếm 99,23%.
Trong đánh giá chất lượng phục vụ của Bộ Tài chính, Cục đạt 4,36 điểm.
Tỷ lệ hồ sơ thanh toán trực tuyến đạt 72,15%, so với chỉ tiêu Bộ Tài chính giao năm 2025 là 70% thì đã đạt chỉ tiêu.
"""


def test_a_body_under_its_parent_issues_named_by_its_kind():
    assert extract_metadata(CUSTOMS)[0].issuer == "Cục Hải quan tỉnh"


@pytest.mark.parametrize("context, raw", [
    ("tiếp nhận 38.406", "38.406"),
    ("trong đó 38.112", "38.112"),
    ("chiếm 99,23%", "99,23%"),
    ("Cục đạt 4,36", "4,36"),
    ("đạt 72,15%", "72,15%"),
    ("là 70%", "70%"),
])
def test_a_body_under_its_parent_reports_on_its_own_work(context, raw):
    row = figure_at(_rows(CUSTOMS), CUSTOMS, context, raw)
    assert subject_and_level(row) == ("Cục Hải quan tỉnh", "tỉnh")


CENTRE = """SỞ NỘI VỤ TỈNH PHÚ THỌ
TRUNG TÂM DỊCH VỤ VIỆC LÀM

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 95/BC-TTDVVL
Phú Thọ, ngày 04 tháng 10 năm 2025

BÁO CÁO
Kết quả giải quyết hồ sơ trực tuyến quý III năm 2025

Trung tâm Dịch vụ việc làm tỉnh Phú Thọ báo cáo như sau:

Trung tâm tiếp nhận 4.215 hồ sơ, trong đó 3.902 hồ sơ trực tuyến.

| STT | Đơn vị | Hồ sơ tiếp nhận | Trực tuyến (%) |
|---|---|---|---|
| 1 | Điểm giao dịch Việt Trì | 2.106 | 93,41 |
| 2 | Điểm giao dịch Phú Thọ | 2.109 | 91,75 |

Theo khảo sát của Sở Nội vụ, Trung tâm đạt 96,2% người dân hài lòng; so với chỉ tiêu Sở Nội vụ giao năm 2025 là 95%
thì đã đạt chỉ tiêu.
"""


def test_a_centre_under_its_department_issues_and_its_figures_are_its_own():
    assert extract_metadata(CENTRE)[0].issuer == "Trung tâm Dịch vụ việc làm"
    rows = _rows(CENTRE)
    for context, raw in (("tiếp nhận 4.215", "4.215"), ("đạt 96,2%", "96,2%"), ("là 95%", "95%")):
        row = figure_at(rows, CENTRE, context, raw)
        assert subject_and_level(row) == ("Trung tâm Dịch vụ việc làm", "tỉnh"), context


def test_a_centres_counters_in_a_table_are_named_as_written_at_its_level():
    cells = {(row.raw, row.subject, row.level)
             for row in table_indicators(CENTRE, find_tables(CENTRE, []), extract_metadata(CENTRE))}
    assert ("2.106", "Điểm giao dịch Việt Trì", "tỉnh") in cells
    assert ("91,75", "Điểm giao dịch Phú Thọ", "tỉnh") in cells


@pytest.mark.parametrize("sentence, raw, subject, level", [
    ("- Đoàn xã Ia Pa: 3 đội hình, 28 đoàn viên.", "28", "Đoàn xã Ia Pa", "xã"),
    ("- Đoàn phường Hội Phú: 4 đội hình, 37 đoàn viên.", "4", "Đoàn phường Hội Phú", "xã"),
    ("Bệnh viện Đa khoa tỉnh Hà Tĩnh có 512.406 lượt khám.", "512.406", "Bệnh viện Đa khoa tỉnh Hà Tĩnh", "tỉnh"),
    ("Bệnh viện Phục hồi chức năng Nghệ An có 18.204 lượt khám.", "18.204", "Bệnh viện Phục hồi chức năng Nghệ An",
     "tỉnh"),
    ("Trung tâm Y tế huyện Đức Thọ có 96.512 lượt khám.", "96.512", "Trung tâm Y tế huyện Đức Thọ", "huyện"),
])
def test_chapters_and_hospitals_are_named_at_their_level(sentence, raw, subject, level):
    row = figure_at(extract_figures(sentence, [], []), sentence, sentence, raw)
    assert subject_and_level(row) == (subject, level)


@pytest.mark.parametrize("sentence, raw, unit, kind", [
    ("Cơ quan thuế đã cấp mã 6.418.205 hóa đơn điện tử.", "6.418.205", "hóa đơn", "count"),
    ("Đã chỉnh lý biến động 12.604 thửa đất.", "12.604", "thửa", "count"),
    ("Đã cấp 4.215 Giấy chứng nhận quyền sử dụng đất.", "4.215", "Giấy chứng nhận", "count"),
    ("Bệnh viện đã lập 38.207 bệnh án điện tử tại 28/30 khoa.", "38.207", "bệnh án", "count"),
    ("Bệnh viện đã lập 38.207 bệnh án điện tử tại 28/30 khoa.", "28/30", "khoa", "count"),
    ("Kho bạc đã phát hành 902.416 chứng từ điện tử.", "902.416", "chứng từ", "count"),
    ("Ban Chỉ đạo tổ chức 04 phiên họp, kiến nghị 26 nội dung.", "04", "phiên họp", "count"),
    ("Ban Chỉ đạo tổ chức 04 phiên họp, kiến nghị 26 nội dung.", "26", "nội dung", "count"),
    ("Đã số hóa 315 sổ hộ tịch tại 96/96 trường học.", "315", "sổ", "count"),
    ("Đã số hóa 315 sổ hộ tịch tại 96/96 trường học.", "96/96", "trường", "count"),
    ("Hội đã hướng dẫn 1.804 phụ nữ và 212 doanh nhân.", "212", "doanh nhân", "count"),
    ("Vốn đầu tư nước ngoài đạt 1,25 tỷ USD.", "1,25", "tỷ USD", "value"),
])
def test_count_units_of_new_issuers(sentence, raw, unit, kind):
    row = figure_at(extract_figures(sentence, [], []), sentence, sentence, raw)
    assert (row.unit, row.kind) == (unit, kind)


DECISION = """ỦY BAN NHÂN DÂN
TỈNH LAI CHÂU

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 1402/QĐ-UBND
Lai Châu, ngày 21 tháng 8 năm 2024

QUYẾT ĐỊNH
Về việc công bố Danh mục thủ tục hành chính cung cấp dịch vụ công trực tuyến trên địa bàn tỉnh Lai Châu

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU

QUYẾT ĐỊNH:

Điều 1. Công bố Danh mục 1.652 thủ tục hành chính, trong đó 1.388 TTHC cung cấp dịch vụ công trực tuyến.

Điều 2. Sở Tư pháp rà soát các TTHC còn lại trong quý IV năm 2024.
"""


def test_a_decision_states_no_period_and_its_figures_hold_on_its_day():
    meta = extract_metadata(DECISION)[0]
    assert (meta.doc_type, meta.period_label, meta.period_end) == ("Quyết định", None, None)
    row = figure_at(_rows(DECISION), DECISION, "trong đó 1.388", "1.388")
    assert row.as_of == "2024-08-21"


PLAN = """ỦY BAN NHÂN DÂN
TỈNH PHÚ YÊN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

Số: 24/KH-UBND
Phú Yên, ngày 15 tháng 01 năm 2025

KẾ HOẠCH
Cải cách hành chính năm 2025

I. KẾT QUẢ

Năm 2024, Bộ chỉ số phục vụ người dân, doanh nghiệp của tỉnh đạt 86,20/100 điểm; điểm các nhóm như sau:
- Công khai, minh bạch: 16,90/18 điểm;
- Số hóa hồ sơ: 14,75/22 điểm.

Năm 2024, toàn tỉnh thực hiện 1.792 TTHC. Các cơ quan đã tiếp nhận 905.214 hồ sơ. Trong quý I năm 2025, dự kiến
tiếp nhận 240.000 hồ sơ.
"""


@pytest.mark.parametrize("context, raw, as_of", [
    ("minh bạch: 16,90/18", "16,90/18", "2024-12-31"),
    ("hồ sơ: 14,75/22", "14,75/22", "2024-12-31"),
    ("đã tiếp nhận 905.214", "905.214", "2024-12-31"),
    ("tiếp nhận 240.000", "240.000", "2025-03-31"),
])
def test_a_year_opening_a_paragraph_dates_its_sentences_and_its_list(context, raw, as_of):
    row = figure_at(_rows(PLAN), PLAN, context, raw)
    assert row.as_of == as_of


REGIONAL = """KHO BẠC NHÀ NƯỚC
KHO BẠC NHÀ NƯỚC KHU VỰC IX

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 508/BC-KBKV9
Thái Nguyên, ngày 02 tháng 10 năm 2025

BÁO CÁO
Kết quả thanh toán trực tuyến quý III năm 2025

Kho bạc Nhà nước khu vực IX báo cáo kết quả như sau:
- Tỉnh Thái Nguyên: 52.170 giao dịch, tỷ lệ thanh toán trực tuyến 61,40%;
- Tỉnh Cao Bằng: 18.305 giao dịch, tỷ lệ thanh toán trực tuyến 44,85%.
Số đơn vị đăng ký trên địa bàn tỉnh Thái Nguyên, tỉnh Cao Bằng, tỉnh Lạng Sơn tương ứng là 1.902, 811 và 946 đơn vị.
Khối UBND cấp xã tỉnh Lạng Sơn đạt bình quân 78,10%.
"""


@pytest.mark.parametrize("context, raw, subject, level", [
    ("Nguyên: 52.170", "52.170", None, None),  # the document's own province: the whole province
    ("tuyến 61,40%", "61,40%", None, None),
    ("Bằng: 18.305", "18.305", "Tỉnh Cao Bằng", "tỉnh"),
    ("tuyến 44,85%", "44,85%", "Tỉnh Cao Bằng", "tỉnh"),
    ("là 1.902", "1.902", None, None),
    (", 811 và", "811", "tỉnh Cao Bằng", "tỉnh"),
    ("và 946", "946", "tỉnh Lạng Sơn", "tỉnh"),
    ("bình quân 78,10%", "78,10%", "Khối UBND cấp xã tỉnh Lạng Sơn", "xã"),
])
def test_another_province_is_a_body_at_the_province_level(context, raw, subject, level):
    row = figure_at(_rows(REGIONAL), REGIONAL, context, raw)
    assert subject_and_level(row) == (subject, level)


LEVEL_COLUMNS = """ỦY BAN NHÂN DÂN
TỈNH LAI CHÂU

Số: 905/QĐ-UBND
Lai Châu, ngày 12 tháng 5 năm 2025

QUYẾT ĐỊNH
Công bố danh mục thủ tục hành chính

Số lượng TTHC được công bố, chia theo lĩnh vực và cấp giải quyết:

| TT | Lĩnh vực | Cấp tỉnh | Cấp huyện | Cấp xã | Cộng |
|---|---|---|---|---|---|
| 1 | Tư pháp | 41 | 17 | 23 | 81 |
| | Tổng số | 41 | 17 | 23 | 81 |
"""


@pytest.mark.parametrize("row, raw, subject, level", [
    (0, "41", "cấp tỉnh", "tỉnh"),
    (0, "17", "cấp huyện", "huyện"),
    (0, "23", "cấp xã", "xã"),
    (0, "81", None, None),
    (1, "17", "cấp huyện", "huyện"),
    (1, "81", None, None),
])
def test_a_column_headed_by_a_level_holds_that_levels_count(row, raw, subject, level):
    tables = find_tables(LEVEL_COLUMNS, [])
    cells = [i for i in table_indicators(LEVEL_COLUMNS, tables, extract_metadata(LEVEL_COLUMNS))
             if i.row == row and i.raw == raw]
    assert [(i.subject, i.level, i.code) for i in cells] == [(subject, level, "tthc.tong_so")]
