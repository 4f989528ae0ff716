"""Kinds of misses measured on blind sets 57 to 60 (new kinds of issuer), each on a text written here in another
wording of the same form; the expected values are what a reader takes from these texts.

- the province's court, procuracy, statistics office, post office, the office of its deputies and People's
  Council, and a university under the province issue from the header's organ block (a court's name may end on the
  line below: `TÒA ÁN NHÂN DÂN` / `TỈNH ...`), and sign as `CHÁNH ÁN`, `VIỆN TRƯỞNG`, `HIỆU TRƯỞNG`, `CỤC TRƯỞNG`;
- a district's body reporting on its own work (`Trung tâm Y tế huyện ...`) names the figures naming no body, at
  the district level; a commune's health station is a body at the commune level;
- count units of such reports (`kiến nghị`, `vụ`, `nguồn tin`, `bưu gửi`, `văn bằng`, ...) and `giờ`;
- deadlines assigned to such bodies (`Trạm Y tế xã ...`, `Khoa ...`, `Bưu điện ...`), the assignee ending before
  the task's verb (`thẩm định`, `trình`, `đồng bộ`, `dừng thu`).
"""

from __future__ import annotations

import pytest
from figure_lookup import figure_at, subject_and_level

from extractor.extract.deadlines import extract_deadlines
from extractor.extract.figures import extract_figures
from extractor.metadata import extract_metadata


def _rows(text: str):
    return extract_figures(text, extract_metadata(text), [])


def _header(organ: str, number: str, place_date: str, signature: str) -> str:
    return f"""{organ}

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: {number}
{place_date}

BÁO CÁO
Kết quả công tác năm 2024

Nội dung báo cáo.

{signature}
"""


@pytest.mark.parametrize("organ, number, signature, issuer, signer", [
    ("TÒA ÁN NHÂN DÂN\nTỈNH GIA LAI", "102/BC-TA", "CHÁNH ÁN\n\nRơ Châm Long", "Tòa án nhân dân tỉnh",
     "Rơ Châm Long"),
    ("VIỆN KIỂM SÁT NHÂN DÂN\nTỈNH HÀ GIANG", "11/BC-VKS", "KT. VIỆN TRƯỞNG\nPHÓ VIỆN TRƯỞNG\n\nSùng Mí Páo",
     "Viện kiểm sát nhân dân tỉnh", "Sùng Mí Páo"),
    ("CỤC THỐNG KÊ\nTHỐNG KÊ TỈNH NINH BÌNH", "40/BC-TKNB", "TRƯỞNG THỐNG KÊ TỈNH\n\nĐinh Văn Hải", "Thống kê tỉnh",
     "Đinh Văn Hải"),
    ("TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM\nBƯU ĐIỆN TỈNH QUẢNG TRỊ", "77/BC-BĐQT", "GIÁM ĐỐC\n\nLê Văn Hòa",
     "Bưu điện tỉnh", "Lê Văn Hòa"),
    ("HỘI ĐỒNG NHÂN DÂN TỈNH BẾN TRE\nVĂN PHÒNG HĐND TỈNH", "08/BC-VP", "CHÁNH VĂN PHÒNG\n\nHuỳnh Văn Be",
     "Văn phòng HĐND tỉnh", "Huỳnh Văn Be"),
    ("UBND TỈNH HÀ TĨNH\nTRƯỜNG ĐẠI HỌC HÀ TĨNH", "95/BC-ĐHHT", "HIỆU TRƯỞNG\n\nTrần Văn Lâm",
     "Trường Đại học Hà Tĩnh", "Trần Văn Lâm"),
])
def test_new_issuers_and_their_signers(organ, number, signature, issuer, signer):
    place = "Hà Tĩnh" if "HÀ TĨNH" in organ else "Gia Lai"
    text = _header(organ, number, f"{place}, ngày 10 tháng 01 năm 2025", signature)
    if issuer.startswith("Trường"):
        text = text.replace("Nội dung báo cáo.", "Trường Đại học Hà Tĩnh báo cáo như sau.")
    meta = extract_metadata(text)[0]
    assert (meta.issuer, meta.signer) == (issuer, signer)


HEALTH_CENTRE = """SỞ Y TẾ TỈNH SÓC TRĂNG
TRUNG TÂM Y TẾ HUYỆN MỸ TÚ

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 41/BC-TTYT
Mỹ Tú, ngày 05 tháng 7 năm 2024

BÁO CÁO
Kết quả khám chữa bệnh bằng căn cước công dân quý II/2024

Trung tâm Y tế huyện Mỹ Tú báo cáo như sau:

Trong quý II/2024, Trung tâm tiếp đón 28.406 lượt khám, trong đó 19.112 lượt dùng căn cước công dân, chiếm 67,28%.
Trạm Y tế xã Mỹ Hương tiếp đón 1.204 lượt khám.
Đã giải quyết 37 kiến nghị của người bệnh, tiếp nhận 12 nguồn tin, chuyển 340 bưu gửi; thời gian chờ bình quân 1,5 giờ.
"""


@pytest.mark.parametrize("context, raw, subject, level", [
    ("tiếp đón 28.406", "28.406", "Trung tâm Y tế huyện Mỹ Tú", "huyện"),
    ("trong đó 19.112", "19.112", "Trung tâm Y tế huyện Mỹ Tú", "huyện"),
    ("chiếm 67,28%", "67,28%", "Trung tâm Y tế huyện Mỹ Tú", "huyện"),
    ("tiếp đón 1.204", "1.204", "Trạm Y tế xã Mỹ Hương", "xã"),
])
def test_a_district_body_on_its_own_work_and_a_communes_health_station(context, raw, subject, level):
    row = figure_at(_rows(HEALTH_CENTRE), HEALTH_CENTRE, context, raw)
    assert subject_and_level(row) == (subject, level)


@pytest.mark.parametrize("context, raw, unit, kind", [
    ("giải quyết 37 kiến nghị", "37", "kiến nghị", "count"),
    ("nhận 12 nguồn tin", "12", "nguồn tin", "count"),
    ("chuyển 340 bưu gửi", "340", "bưu gửi", "count"),
    ("bình quân 1,5 giờ", "1,5", "giờ", "value"),
])
def test_count_units_of_new_issuers(context, raw, unit, kind):
    row = figure_at(_rows(HEALTH_CENTRE), HEALTH_CENTRE, context, raw)
    assert (row.unit, row.kind) == (unit, kind)


TASKS = """II. NHIỆM VỤ

1. Trạm Y tế xã Mỹ Hương khắc phục đường truyền chậm nhất ngày 20 tháng 8 năm 2024.
2. Khoa Dược phối hợp Công an huyện cập nhật dữ liệu, hoàn thành trước ngày 31/8/2024.
3. Phòng Kế hoạch - Tài chính thẩm định dự toán mua sắm trong tháng 9/2024.
4. Phòng Tổ chức - Hành chính trình Giám đốc Sở phương án sắp xếp trong quý IV/2024.
5. Bưu điện huyện Mỹ Tú đồng bộ dữ liệu trả kết quả trước ngày 15/9/2024.
"""


@pytest.mark.parametrize("expression, assignee", [
    ("ngày 20 tháng 8 năm 2024", "Trạm Y tế xã Mỹ Hương"),
    ("31/8/2024", "Khoa Dược"),
    ("tháng 9/2024", "Phòng Kế hoạch - Tài chính"),
    ("quý IV/2024", "Phòng Tổ chức - Hành chính"),
    ("15/9/2024", "Bưu điện huyện Mỹ Tú"),
])
def test_deadlines_assigned_to_new_bodies(expression, assignee):
    text = HEALTH_CENTRE + "\n" + TASKS
    deadlines = extract_deadlines(text, extract_metadata(text))
    found = [d for d in deadlines if expression in d.expression]
    assert [d.assignee for d in found] == [assignee]


DEPARTMENT = """UBND TỈNH GIA LAI
SỞ TÀI CHÍNH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 712/BC-STC
Gia Lai, ngày 05 tháng 10 năm 2025

BÁO CÁO
Kết quả đăng ký doanh nghiệp quý III năm 2025

Trên địa bàn toàn tỉnh có 1.204 doanh nghiệp thành lập mới. Toàn tỉnh giải ngân 3.120 tỷ đồng vốn đầu tư công.

Trong quý III, Sở tiếp nhận 3.310 hồ sơ đăng ký doanh nghiệp, trong đó 3.102 hồ sơ qua mạng. Kết quả từng tháng:

| Tháng | Hồ sơ tiếp nhận | Nộp qua mạng |
|---|---|---|
| Tháng 7/2025 | 1.090 | 1.021 |
| Tháng 8/2025 | 1.102 | 1.035 |

b) Thẩm định giá: Sở tiếp nhận 86 hồ sơ thẩm định giá, đã thẩm định 80 hồ sơ.
"""


@pytest.mark.parametrize("context, raw", [
    ("| 1.090 |", "1.090"),
    ("| 1.035 |", "1.035"),
    ("tiếp nhận 86 hồ sơ", "86"),
    ("thẩm định 80 hồ sơ", "80"),
])
def test_a_departments_table_and_labelled_item_are_its_own(context, raw):
    from extractor.extract.tables import find_tables, table_indicators

    rows = _rows(DEPARTMENT) + table_indicators(DEPARTMENT, find_tables(DEPARTMENT, []), extract_metadata(DEPARTMENT))
    row = figure_at(rows, DEPARTMENT, context, raw)
    assert subject_and_level(row) == ("Sở Tài chính", "tỉnh")


TABLES = """UBND PHƯỜNG AN HỘI
Số: 31/BC-UBND
Cần Thơ, ngày 08 tháng 01 năm 2026

BÁO CÁO
Kết quả quý IV năm 2025

Hồ sơ theo khu phố:

| STT | Khu phố | Hồ sơ tiếp nhận | Nộp trực tuyến |
|---|---|---|---|
| 1 | Khu phố 3 | 412 | 388 |

Kết quả của các tỉnh trong vùng:

| STT | Tỉnh, thành phố | Tỷ lệ trực tuyến (%) |
|---|---|---|
| 1 | Sóc Trăng | 71,20 |

Kết quả theo khoa:

| STT | Khoa | Sinh viên nhập học | Văn bằng đã cấp |
|---|---|---|---|
| 1 | Khoa Y | 215 | 198 |
"""


@pytest.mark.parametrize("context, raw, subject, level, unit", [
    ("| 412 |", "412", "Khu phố 3", None, "hồ sơ"),
    ("| 71,20 |", "71,20", "Sóc Trăng", "tỉnh", "%"),
    ("| 215 |", "215", "Khoa Y", None, "sinh viên"),
    ("| 198 |", "198", "Khoa Y", None, "văn bằng"),
])
def test_a_column_of_places_provinces_or_faculties_names_its_rows(context, raw, subject, level, unit):
    from extractor.extract.tables import find_tables, table_indicators

    rows = table_indicators(TABLES, find_tables(TABLES, []), extract_metadata(TABLES))
    row = figure_at(rows, TABLES, context, raw)
    assert (row.subject, row.level, row.unit) == (subject, level, unit)


def test_a_page_half_marked_restores_its_stripped_lines_and_reads_split_thousands():
    from extractor.restore import restore_page

    page = ("BÁO CÁO\nTình hình giải quyết hồ sơ tháng 10/2025\n\n"
            "Trong thang 10/2025, cac co quan tren dia ban tinh tiep nhan 48 .206 ho so, qua han 712 ho so.\n\n"
            "1. Tiếp nhận, giải quyết hồ sơ TTHC\n")
    restored = restore_page(page).text
    assert "tiếp nhận 48 .206 hồ sơ" in restored and "quá hạn 712 hồ sơ" in restored
    row = figure_at(_rows(restored), restored, "tiếp nhận 48 .206", "48 .206")
    assert (row.value, row.unit) == (48206, "hồ sơ")


COURT = """TÒA ÁN NHÂN DÂN
TỈNH GIA LAI

Số: 55/BC-TA
Gia Lai, ngày 08 tháng 7 năm 2025

BÁO CÁO
Kết quả 6 tháng đầu năm 2025

Tòa án nhân dân tỉnh đã tổ chức 212 phiên tòa trực tuyến.

| STT | Đơn vị | Thụ lý (vụ, việc) | Đã công bố (bản) |
|---|---|---|---|
| 1 | Tòa án nhân dân thành phố Pleiku | 1.904 | 1.122 |
"""


@pytest.mark.parametrize("context, raw, subject, level, unit", [
    ("tổ chức 212", "212", "Tòa án nhân dân tỉnh", "tỉnh", "phiên tòa"),
    ("| 1.904 |", "1.904", "Tòa án nhân dân thành phố Pleiku", "huyện", "vụ"),
    ("| 1.122 |", "1.122", "Tòa án nhân dân thành phố Pleiku", "huyện", "bản"),
])
def test_courts_at_their_level_and_units_in_brackets(context, raw, subject, level, unit):
    from extractor.extract.tables import find_tables, table_indicators

    rows = _rows(COURT) + table_indicators(COURT, find_tables(COURT, []), extract_metadata(COURT))
    row = figure_at(rows, COURT, context, raw)
    assert (row.subject, row.level, row.unit) == (subject, level, unit)


PAR_TABLE = """Điểm tự đánh giá theo lĩnh vực:

| STT | Lĩnh vực | Điểm tối đa | Điểm tự đánh giá | Tỷ lệ đạt (%) |
|---|---|---|---|---|
| 1 | Cải cách thủ tục hành chính | 6,00 | 5,50 | 91,67 |
"""


@pytest.mark.parametrize("raw, unit, max_value", [("6,00", "điểm", None), ("5,50", "điểm", 6.0), ("91,67", "%", None)])
def test_a_share_column_beside_a_maximum_is_no_score(raw, unit, max_value):
    from extractor.extract.tables import find_tables, table_indicators

    cells = [i for i in table_indicators(PAR_TABLE, find_tables(PAR_TABLE, []), []) if i.raw == raw]
    assert [(i.unit, i.max_value) for i in cells] == [(unit, max_value)]


RELICS = ("Sở đã trình UBND tỉnh công nhận 03 di tích cấp tỉnh, nâng số di tích trên địa bàn tỉnh lên 76 di tích "
          "(12 di tích cấp quốc gia, 64 di tích cấp tỉnh).")
CULTURE = f"""UBND TỈNH NINH THUẬN
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 215/BC-SVHTTDL
Ninh Thuận, ngày 12 tháng 12 năm 2024

BÁO CÁO
Kết quả cải cách hành chính năm 2024

I. KẾT QUẢ

1. Giải quyết hồ sơ tại Sở

Năm 2024, Sở tiếp nhận 932 hồ sơ, giải quyết đúng hạn 100%.
{RELICS}
Mùa du lịch hồi phục: toàn tỉnh đón 3.100.000 lượt khách; doanh thu du lịch đạt 4.250 tỷ đồng.
Thư viện tỉnh Ninh Thuận đã số hóa 2.040 tài liệu.

2. Giải quyết hồ sơ tại cấp huyện

Có 7/7 huyện, thành phố tiếp nhận hồ sơ lĩnh vực văn hóa với tổng số 318 hồ sơ, trong đó trực tuyến 205 hồ sơ.

3. Kết quả kiểm tra tại cấp xã

Kiểm tra 140 hồ sơ tại 05 xã, phát hiện 12 hồ sơ trễ hạn.
"""


@pytest.mark.parametrize("context, raw, subject, level", [
    ("tiếp nhận 932", "932", "Sở Văn hóa, Thể thao và Du lịch", "tỉnh"),
    # a level after a thing ranked by level classifies the thing; the committee a proposal goes to does no work
    ("công nhận 03 di tích", "03", "Sở Văn hóa, Thể thao và Du lịch", "tỉnh"),
    # under the heading on the Sở, what follows the province-wide scope in a sentence is the province's
    ("lên 76 di tích", "76", None, None),
    ("(12 di tích", "12", None, None),
    ("64 di tích cấp tỉnh", "64", None, None),
    ("đón 3.100.000", "3.100.000", None, None),
    ("đạt 4.250", "4.250", None, None),
    ("hóa 2.040", "2.040", "Thư viện tỉnh Ninh Thuận", "tỉnh"),
    # a heading ending on a level as the place of the work (not an inspection's)
    ("tổng số 318", "318", "cấp huyện", "huyện"),
    ("trực tuyến 205", "205", "cấp huyện", "huyện"),
    ("Kiểm tra 140", "140", None, None),
])
def test_graded_things_province_sentences_under_the_issuers_heading_and_level_headings(context, raw, subject, level):
    row = figure_at(_rows(CULTURE), CULTURE, context, raw)
    assert subject_and_level(row) == (subject, level)
