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

Then the kinds of sets 77–80:
- `UBND TỈNH LÀO CAI` over `ỦY BAN NHÂN DÂN PHƯỜNG CAM ĐƯỜNG`: the ward, named on one line, issues and owns its figures;
- a decision's appendix captioned `CHỈ TIÊU ... NĂM 2025, ĐỊNH HƯỚNG NĂM 2026` holds targets dated by their year
  columns, each for the bodies its section row (`| **I** | **UBND các huyện, thị xã, thành phố** |`) names;
- `Các chỉ tiêu được xây dựng trên cơ sở kết quả năm 2024 của tỉnh: ...`: the list is of 2024;
- a provincial tax office after the 2025 reorganisation (`CỤC THUẾ` over `THUẾ TỈNH LẠNG SƠN`) issues and owns its
  figures; its offices `Thuế cơ sở 3 tỉnh Lạng Sơn` are named, their numbers no figure; `Dự toán ... giao năm 2025 là
  8.400 tỷ đồng` is a target;
- a count column under a group header (`Số trường thu phí ...` over `Tháng 8/2024` over `Số lượng`) counts what the
  group names; `Tổng số trường` counts schools;
- a directive with no period in its title whose body opens `Năm 2024, ...` reviews 2024, and `bảo đảm năm 2025 tỷ
  lệ ... đạt tối thiểu 85%` is due at 2025's end;
- a one-stop centre's `Trụ sở chính` and `Điểm tiếp nhận Phú Lộc` rows are its divisions, and `Các Chi nhánh, Điểm
  tiếp nhận` a deadline's assignee;
- a social-insurance office calling itself `BHXH tỉnh` owns the paragraph it opens (`Năm 2024, BHXH tỉnh tiếp nhận
  ...`) though the report speaks of the province elsewhere;
- `Cùng kỳ năm trước` and `Cùng kỳ năm 2024 (hồ sơ)` columns are of the same period in that year, `% so với cùng kỳ`
  holds shares; `(cùng kỳ: 2.105 hồ sơ; kỳ trước: 2.388 hồ sơ)`: `kỳ trước` is the period of the same length before;
- `tiếp nhận hơn 41.000 hồ sơ` is a figure stated roughly (not `cao hơn 5%`), and both bounds of `từ 1.900 đến 2.100
  hồ sơ` are figures, while the band `từ 0% đến dưới 10%` that counts units is none;
- a plan column naming no period is due when the caption says (`so với kế hoạch cả năm 2025:`);
- `Nhóm "Số hóa hồ sơ" (tối đa 22 điểm): tỉnh đạt 14,90 điểm`: the maximum is a figure and the score's maximum;
- the total row of a table of districts under `2. Kết quả ... tại cấp huyện` is the district level;
- bare numbers closing indented `+ <kind>: 88;` items under `...: 150 giấy phép, gồm:` count permits;
- a section row `| I | CẤP TỈNH |` gives its level to the bodies listed under it.

And two more older blocks:
- a rate the sentence names only as `tỷ lệ` (`tỷ lệ bình quân đạt 47,20%`) in a report titled on one indicator is that
  indicator's;
- a plan table `Nhiệm vụ | Chỉ tiêu | Đơn vị chủ trì | Thời hạn`: each target is due by its row's deadline and named
  by its task (so it is coded), and is the body's in the row.

- `có 05/11 tỉnh, thành phố` counts provinces out of a region (no rank, no code), and `Số hồ sơ tiếp nhận và tỷ lệ nộp
  trực tuyến của từng phường, xã:` codes its items' shares by the share it names after the count;
- a column `Số xã, phường phụ trách` counts communes;
- a footnote's figures (`[4] Tập trung ở lĩnh vực đất đai (8.914 hồ sơ)`) count what the figure its marker follows in
  the body counts (`quá hạn 11.238 hồ sơ[4]`);
- `bình quân mỗi tổ có 5,8 thành viên`: a number with decimals counts nothing (a value, not a count).

And deadlines: `UBND các xã xếp loại 3` and `UBND các xã nêu trên` name which bodies, `vận động` opens a task, and
`ban hành kế hoạch` opening a clause is a task, not a `Ban`.
"""

from __future__ import annotations

from figure_lookup import figure_at, subject_and_level

from extractor.extract.deadlines import extract_deadlines
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


# ---------------------------------------------------------------- kinds first met in blind sets 77 to 80

WARD = """\
UBND TỈNH LÀO CAI
ỦY BAN NHÂN DÂN PHƯỜNG CAM ĐƯỜNG

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 61/BC-UBND
Cam Đường, ngày 03 tháng 11 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính tháng 10 năm 2025

Trong tháng, phường tiếp nhận 1.204 hồ sơ, trực tuyến đạt 81,40%.
"""


def test_a_ward_named_on_one_line_under_its_province_issues():
    assert extract_metadata(WARD)[0].issuer == "UBND phường Cam Đường"
    rows = _rows(WARD)
    assert subject_and_level(figure_at(rows, WARD, "nhận 1.204", "1.204")) == ("UBND phường Cam Đường", "xã")


GOALS_APPENDIX = """\
PHỤ LỤC
CHỈ TIÊU CHUYỂN ĐỔI SỐ TRONG GIẢI QUYẾT TTHC NĂM 2025, ĐỊNH HƯỚNG NĂM 2026
(Kèm theo Quyết định số 88/QĐ-UBND ngày 15/01/2025 của Chủ tịch UBND tỉnh)

| STT | Chỉ tiêu | ĐVT | Năm 2025 | Năm 2026 |
|---|---|---|---:|---:|
| **I** | **UBND các huyện, thị xã, thành phố** | | | |
| 1 | Tỷ lệ hồ sơ nộp trực tuyến | % | 65 | 75 |
| **II** | **Toàn tỉnh** | | | |
| 1 | Tỷ lệ hồ sơ thanh toán trực tuyến | % | 50 | 60 |
"""


def test_an_appendix_of_goals_holds_targets_for_the_bodies_of_its_section_rows():
    rows = table_indicators(GOALS_APPENDIX, find_tables(GOALS_APPENDIX, []), [])
    assert [(row.raw, row.kind, row.as_of, row.level) for row in rows] == [
        ("65", "target", "2025-12-31", "huyện"), ("75", "target", "2026-12-31", "huyện"),
        ("50", "target", "2025-12-31", None), ("60", "target", "2026-12-31", None)]


LAST_YEARS_BASIS = """\
ỦY BAN NHÂN DÂN
TỈNH KON TUM

Số: 12/QĐ-UBND
Kon Tum, ngày 10 tháng 01 năm 2025

QUYẾT ĐỊNH
Về việc giao chỉ tiêu cải cách thủ tục hành chính năm 2025

Các chỉ tiêu được xây dựng trên cơ sở kết quả năm 2024 của tỉnh: tỷ lệ hồ sơ nộp trực tuyến đạt 58,20%; tỷ lệ hồ sơ \
thanh toán trực tuyến đạt 39,15%.
"""


def test_a_lead_naming_last_years_results_dates_its_list():
    rows = _rows(LAST_YEARS_BASIS)
    for context, raw in (("đạt 58,20%", "58,20%"), ("đạt 39,15%", "39,15%")):
        assert figure_at(rows, LAST_YEARS_BASIS, context, raw).as_of == "2024-12-31", raw


TAX_OFFICE = """\
CỤC THUẾ
THUẾ TỈNH LẠNG SƠN

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 1420/BC-LSO
Lạng Sơn, ngày 06 tháng 10 năm 2025

BÁO CÁO
Kết quả cải cách thủ tục hành chính thuế quý III năm 2025

Thuế tỉnh tiếp nhận 95.310 hồ sơ thủ tục hành chính thuế, 100% hồ sơ được giải quyết đúng hạn. Số hộ kinh doanh \
quản lý tại các Thuế cơ sở như sau:
- Thuế cơ sở 3 tỉnh Lạng Sơn: quản lý 4.215 hộ;
- Thuế cơ sở 7 tỉnh Lạng Sơn: quản lý 2.108 hộ.

Dự toán thu ngân sách Bộ Tài chính giao năm 2025 là 8.400 tỷ đồng.
"""


def test_a_provincial_tax_office_and_its_numbered_offices():
    assert extract_metadata(TAX_OFFICE)[0].issuer == "Thuế tỉnh"
    rows = _rows(TAX_OFFICE)
    assert subject_and_level(figure_at(rows, TAX_OFFICE, "nhận 95.310", "95.310")) == ("Thuế tỉnh", "tỉnh")
    assert figure_at(rows, TAX_OFFICE, "lý 4.215", "4.215").subject == "Thuế cơ sở 3 tỉnh Lạng Sơn"
    assert figure_at(rows, TAX_OFFICE, "lý 2.108", "2.108").subject == "Thuế cơ sở 7 tỉnh Lạng Sơn"
    assert not [row for row in rows if row.raw in ("3", "7")]  # a number in a name is no figure
    budget = figure_at(rows, TAX_OFFICE, "là 8.400", "8.400")
    assert (budget.kind, budget.as_of) == ("target", "2025-12-31")


SCHOOLS_BY_MONTH = """\
STT\tCấp học\tTổng số trường\tSố trường thu phí không dùng tiền mặt
\t\t\tTháng 8/2024\t\tTháng 9/2024\t
\t\t\tSố lượng\tTỷ lệ (%)\tSố lượng\tTỷ lệ (%)
1\tTiểu học\t120\t84\t70,00\t96\t80,00
"""


def test_a_count_column_under_a_group_header_counts_what_the_group_names():
    rows = table_indicators(SCHOOLS_BY_MONTH, find_tables(SCHOOLS_BY_MONTH, []), [])
    assert [(row.raw, row.unit) for row in rows] == [("120", "trường"), ("84", "trường"), ("70,00", "%"),
                                                     ("96", "trường"), ("80,00", "%")]


DIRECTIVE = """\
ỦY BAN NHÂN DÂN
TỈNH PHÚ YÊN

Số: 05/CT-UBND
Phú Yên, ngày 20 tháng 01 năm 2025

CHỈ THỊ
Về việc nâng cao chất lượng giải quyết thủ tục hành chính

Năm 2024, toàn tỉnh tiếp nhận 215.040 hồ sơ. Trong quý II năm 2025, các cơ quan rà soát quy trình nội bộ.

1. Các sở, ban, ngành bảo đảm năm 2025 tỷ lệ hồ sơ nộp trực tuyến đạt tối thiểu 85%.
"""


def test_a_directive_opening_on_a_year_reviews_that_year_and_sets_goals_for_the_next():
    meta = extract_metadata(DIRECTIVE)[0]
    assert (meta.period_label, meta.period_end) == ("năm 2024", "2024-12-31")
    rows = _rows(DIRECTIVE)
    assert figure_at(rows, DIRECTIVE, "nhận 215.040", "215.040").as_of == "2024-12-31"
    goal = figure_at(rows, DIRECTIVE, "tối thiểu 85%", "85%")
    assert (goal.kind, goal.as_of) == ("target", "2025-12-31")


CENTRE_BY_BRANCH = """\
UBND THÀNH PHỐ HUẾ
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG

Số: 77/BC-TTPVHCC
Huế, ngày 03 tháng 10 năm 2025

BÁO CÁO
Kết quả tiếp nhận hồ sơ tháng 9 năm 2025

| STT | Đơn vị | Tiếp nhận (hồ sơ) |
|---|---|---|
| 1 | Trụ sở chính | 9.412 |
| 2 | Điểm tiếp nhận Phú Lộc | 812 |

Các Chi nhánh, Điểm tiếp nhận gửi số liệu về Văn phòng Trung tâm trước ngày 05 hằng tháng.
"""


def test_a_centres_head_office_and_reception_points_are_named_and_assigned():
    rows = table_indicators(CENTRE_BY_BRANCH, find_tables(CENTRE_BY_BRANCH, []), extract_metadata(CENTRE_BY_BRANCH))
    assert [(row.raw, row.subject) for row in rows] == [("9.412", "Trụ sở chính"), ("812", "Điểm tiếp nhận Phú Lộc")]
    deadlines = extract_deadlines(CENTRE_BY_BRANCH, extract_metadata(CENTRE_BY_BRANCH))
    assert [d.assignee for d in deadlines] == ["Các Chi nhánh, Điểm tiếp nhận"]


SOCIAL_INSURANCE = """\
BẢO HIỂM XÃ HỘI VIỆT NAM
BẢO HIỂM XÃ HỘI TỈNH LAI CHÂU

Số: 15/BC-BHXH
Lai Châu, ngày 09 tháng 01 năm 2025

BÁO CÁO
Kết quả giao dịch điện tử năm 2024

Năm 2024, BHXH tỉnh tiếp nhận 95.204 hồ sơ giao dịch điện tử; tỷ lệ hồ sơ giao dịch điện tử đạt 97,10%. Thời gian \
giải quyết bình quân là 2,1 ngày/hồ sơ.

Tỷ lệ người tham gia BHYT trên địa bàn tỉnh đạt 97,40%.

| STT | Chỉ tiêu | Đơn vị tính | Năm 2024 | Cùng kỳ năm trước | % so với cùng kỳ |
|---|---|---|---|---|---|
| 1 | Đơn vị tham gia BHXH | Đơn vị | 1.204 | 1.150 | 104,7 |
"""


def test_a_social_insurance_office_called_by_its_abbreviation_owns_its_paragraph():
    rows = _rows(SOCIAL_INSURANCE)
    for context, raw in (("đạt 97,10%", "97,10%"), ("là 2,1", "2,1")):
        assert figure_at(rows, SOCIAL_INSURANCE, context, raw).subject == "Bảo hiểm xã hội tỉnh", raw
    assert figure_at(rows, SOCIAL_INSURANCE, "đạt 97,40%", "97,40%").subject is None


def test_columns_of_the_same_period_last_year_and_of_the_share_of_it():
    parts = extract_metadata(SOCIAL_INSURANCE)
    rows = table_indicators(SOCIAL_INSURANCE, find_tables(SOCIAL_INSURANCE, []), parts)
    assert [(row.raw, row.unit, row.as_of) for row in rows] == [
        ("1.204", "đơn vị", "2024-12-31"), ("1.150", "đơn vị", "2023-12-31"), ("104,7", "%", "2024-12-31")]


THIS_AND_LAST_PERIOD = """\
UBND TỈNH TRÀ VINH
SỞ CÔNG THƯƠNG

Số: 120/BC-SCT
Trà Vinh, ngày 05 tháng 4 năm 2025

BÁO CÁO
Kết quả kiểm soát thủ tục hành chính quý I năm 2025

Sở tiếp nhận 2.410 hồ sơ (cùng kỳ: 2.105 hồ sơ; kỳ trước: 2.388 hồ sơ).

TT\tLĩnh vực\tTiếp nhận quý I/2025 (hồ sơ)\tCùng kỳ năm 2024 (hồ sơ)
1\tĐiện\t512\t470
"""


def test_the_period_before_and_the_same_period_a_year_before():
    parts = extract_metadata(THIS_AND_LAST_PERIOD)
    rows = _rows(THIS_AND_LAST_PERIOD)
    for context, raw, as_of in (("kỳ: 2.105", "2.105", "2024-03-31"), ("trước: 2.388", "2.388", "2024-12-31")):
        row = figure_at(rows, THIS_AND_LAST_PERIOD, context, raw)
        assert (row.kind, row.as_of) == ("previous", as_of), raw
    cells = table_indicators(THIS_AND_LAST_PERIOD, find_tables(THIS_AND_LAST_PERIOD, []), parts)
    assert [(row.raw, row.as_of) for row in cells] == [("512", "2025-03-31"), ("470", "2024-03-31")]


ROUGH_AND_RANGES = """\
Trong tháng, toàn tỉnh tiếp nhận hơn 41.000 hồ sơ, nộp trực tuyến chiếm hơn 72%. Mỗi ngày Bộ phận Một cửa các cấp \
tiếp nhận từ 1.900 đến 2.100 hồ sơ; thời gian giải quyết trung bình từ 2 đến 4 ngày/hồ sơ. Tỷ lệ số hóa ở cấp huyện \
từ 81% đến 86%. Tỷ lệ này cao hơn 5% so với tháng trước. Có 12 xã đạt tỷ lệ từ 0% đến dưới 10%.
"""


def test_rough_figures_and_both_bounds_of_a_range_are_figures():
    rows = _rows(ROUGH_AND_RANGES)
    found = [(row.raw, row.unit) for row in rows]
    for raw, unit in (("41.000", "hồ sơ"), ("72%", "%"), ("1.900", "hồ sơ"), ("2.100", "hồ sơ"), ("2", "ngày"),
                      ("4", "ngày"), ("81%", "%"), ("86%", "%")):
        assert (raw, unit) in found, raw
    assert ("10%", "%") not in found and ("0%", "%") not in found  # a band of units counted, not a figure


PLAN_OF_THE_YEAR = """\
Kết quả thực hiện các chỉ tiêu 6 tháng đầu năm 2025 so với kế hoạch cả năm 2025:

STT\tChỉ tiêu\tĐVT\tKế hoạch\tThực hiện\tSo sánh (%)
1\tTỷ lệ hồ sơ nộp trực tuyến\t%\t80\t76,20\t95,25
"""


def test_a_plan_column_is_due_when_the_caption_says():
    parts = extract_metadata("BÁO CÁO\nSơ kết 6 tháng đầu năm 2025\n\n" + PLAN_OF_THE_YEAR)
    text = "BÁO CÁO\nSơ kết 6 tháng đầu năm 2025\n\n" + PLAN_OF_THE_YEAR
    rows = table_indicators(text, find_tables(text, []), parts)
    assert [(row.raw, row.kind, row.as_of) for row in rows][:2] == [("80", "target", "2025-12-31"),
                                                                   ("76,20", "value", "2025-06-30")]


MAXIMA_IN_BRACKETS = """\
1. Nhóm "Số hóa hồ sơ" (tối đa 22 điểm): tỉnh đạt 14,90 điểm.
2. Thời gian giải quyết tối đa 3 ngày.
"""


def test_a_maximum_in_brackets_is_a_figure_and_the_scores_maximum():
    rows = _rows(MAXIMA_IN_BRACKETS)
    assert figure_at(rows, MAXIMA_IN_BRACKETS, "(tối đa 22", "22").unit == "điểm"
    assert figure_at(rows, MAXIMA_IN_BRACKETS, "đạt 14,90", "14,90").max_value == 22
    assert not [row for row in rows if row.raw == "3"]  # a limit in a rule, no figure


DISTRICTS_UNDER_A_HEADING = """\
2. Kết quả cấp giấy phép xây dựng tại cấp huyện

Trong 6 tháng, số giấy phép được cấp tăng 12% so với cùng kỳ năm trước.

| STT | Đơn vị | Giấy phép đã cấp |
|---|---|---|
| 1 | Thành phố Vĩnh Long | 412 |
| 2 | Huyện Long Hồ | 208 |
| | Tổng cộng | 620 |
"""


def test_the_total_of_a_table_of_districts_under_a_heading_naming_their_level():
    rows = table_indicators(DISTRICTS_UNDER_A_HEADING, find_tables(DISTRICTS_UNDER_A_HEADING, []), [])
    assert [(row.raw, row.subject, row.level) for row in rows][-1] == ("620", "cấp huyện", "huyện")


SUB_ITEMS = """\
- Số giấy phép đã cấp trong tháng: 150 giấy phép, gồm:
  + Giấy phép bán lẻ rượu: 88;
  + Giấy phép bán lẻ sản phẩm thuốc lá: 62.
"""


def test_bare_numbers_closing_sub_items_count_the_unit_of_their_whole():
    rows = _rows(SUB_ITEMS)
    assert [(row.raw, row.unit) for row in rows] == [("150", "giấy phép"), ("88", "giấy phép"), ("62", "giấy phép")]


SECTION_ROWS_WITH_BODIES = """\
| STT | Cơ quan, đơn vị | Tiếp nhận |
|---|---|---|
| I | CẤP TỈNH | |
| 1 | Sở Tư pháp | 1.204 |
| 2 | Các cơ quan còn lại | 815 |
| | Cộng cấp tỉnh | 2.019 |
| II | CẤP HUYỆN | |
| 1 | UBND thành phố Bắc Kạn | 1.526 |
"""


def test_a_section_row_gives_its_level_to_the_bodies_under_it():
    rows = table_indicators(SECTION_ROWS_WITH_BODIES, find_tables(SECTION_ROWS_WITH_BODIES, []), [])
    assert [(row.raw, row.level) for row in rows] == [("1.204", "tỉnh"), ("815", "tỉnh"), ("2.019", "tỉnh"),
                                                      ("1.526", "huyện")]


TITLED_ON_PAYMENT = """\
UBND TỈNH BÌNH DƯƠNG
VĂN PHÒNG

Số: 88/BC-VP
Bình Dương, ngày 04 tháng 6 năm 2025

BÁO CÁO
Kết quả thanh toán trực tuyến trong giải quyết thủ tục hành chính tháng 5 năm 2025

Ở cấp huyện, tỷ lệ bình quân đạt 47,20%; cao nhất là thành phố Dĩ An (61,05%). Tỷ lệ của thành phố Thủ Dầu Một, \
thành phố Thuận An lần lượt là 55,10% và 52,40%. Bưu điện tỉnh chiếm 12,50% tổng số giao dịch.
"""


def test_a_bare_rate_in_a_report_titled_on_one_indicator_is_that_indicators():
    rows = _rows(TITLED_ON_PAYMENT)
    for context, raw in (("bình quân đạt 47,20%", "47,20%"), ("(61,05%)", "61,05%"), ("là 55,10%", "55,10%"),
                         ("và 52,40%", "52,40%")):
        assert figure_at(rows, TITLED_ON_PAYMENT, context, raw).code == "766.thanh_toan.ho_so", raw
    assert figure_at(rows, TITLED_ON_PAYMENT, "chiếm 12,50%", "12,50%").code != "766.thanh_toan.ho_so"


PLAN_WITH_DEADLINES = """\
TT\tNhiệm vụ\tChỉ tiêu\tĐơn vị chủ trì\tThời hạn
1\tHướng dẫn người dân nộp hồ sơ trực tuyến tại Trung tâm\t85%\tTrung tâm Phục vụ hành chính công xã\tQuý III/2026
2\tKích hoạt tài khoản định danh điện tử mức độ 2\t9.200 tài khoản\tCông an xã\tTrước ngày 31/5/2026
3\tTuyên truyền về dịch vụ công trực tuyến\t12 buổi\tPhòng Văn hóa - Xã hội\tThường xuyên
"""


def test_a_plans_targets_are_due_by_their_rows_deadline_and_named_by_their_task():
    rows = table_indicators(PLAN_WITH_DEADLINES, find_tables(PLAN_WITH_DEADLINES, []), [])
    assert [(row.raw, row.kind, row.as_of, row.code) for row in rows][:2] == [
        ("85%", "target", "2026-09-30", "766.dvctt.nop_truc_tuyen"),
        ("9.200", "target", "2026-05-31", "tai_khoan_dinh_danh")]
    assert [row.subject for row in rows][:2] == ["Trung tâm Phục vụ hành chính công xã", "Công an xã"]


ASSIGNEES = """\
II. NHIỆM VỤ THÁNG 12 NĂM 2025

1. UBND các xã xếp loại 3 bổ sung công chức cho Trung tâm, hoàn thành trước ngày 20/12/2025.
2. UBND các xã nêu trên rà soát hồ sơ quá hạn, báo cáo trước ngày 15/12/2025.
3. Các Thuế cơ sở vận động hộ kinh doanh đăng ký hóa đơn điện tử, chậm nhất ngày 25 tháng 12 năm 2025.
4. UBND các huyện bảo đảm tỷ lệ nộp trực tuyến đạt tối thiểu 70%; ban hành kế hoạch nâng cao tỷ lệ thanh toán trực \
tuyến, gửi Sở Nội vụ chậm nhất ngày 31 tháng 12 năm 2025.
"""


def test_assignees_named_with_their_grade_or_as_named_above_and_tasks_opening_on_a_verb():
    deadlines = extract_deadlines(ASSIGNEES, [])
    assert [d.assignee for d in deadlines] == ["UBND các xã xếp loại 3", "UBND các xã nêu trên", "Các Thuế cơ sở",
                                               "UBND các huyện"]


PROVINCES_AND_A_LEAD = """\
Vùng đồng bằng sông Hồng có 05/11 tỉnh, thành phố đạt tỷ lệ trên bình quân cả nước.

Số hồ sơ tiếp nhận và tỷ lệ nộp trực tuyến của từng phường, xã:
- Phường Vĩnh Trại: 4.102 hồ sơ, đạt 81,20%;
- Xã Mai Pha: 1.215 hồ sơ, đạt 66,05%.
"""


def test_provinces_counted_out_of_a_region_and_a_share_named_after_a_count_in_a_lead():
    rows = _rows(PROVINCES_AND_A_LEAD)
    counted = figure_at(rows, PROVINCES_AND_A_LEAD, "có 05/11", "05/11")
    assert (counted.unit, counted.kind, counted.max_value, counted.code) == ("tỉnh", "count", 11, None)
    for context, raw in (("đạt 81,20%", "81,20%"), ("đạt 66,05%", "66,05%")):
        assert figure_at(rows, PROVINCES_AND_A_LEAD, context, raw).code == "766.dvctt.nop_truc_tuyen", raw


BRANCHES_AND_COMMUNES = """\
| STT | Chi nhánh | Số xã, phường phụ trách | Hồ sơ tiếp nhận |
|---|---|---|---|
| 1 | Chi nhánh khu vực Tân An | 11 | 2.806 |
"""


def test_a_column_counting_the_communes_a_branch_serves():
    rows = table_indicators(BRANCHES_AND_COMMUNES, find_tables(BRANCHES_AND_COMMUNES, []), [])
    assert [(row.raw, row.unit) for row in rows] == [("11", "xã"), ("2.806", "hồ sơ")]


FOOTNOTES = """\
Đã giải quyết 402.116 hồ sơ; quá hạn 3.208 hồ sơ[3]. Tỷ lệ hồ sơ thanh toán trực tuyến đạt 52,40%[4].

[3] Chủ yếu ở lĩnh vực đất đai (2.415 hồ sơ) và xây dựng (511 hồ sơ).
[4] Chỉ tiêu năm 2025 tại Kế hoạch số 35/KH-UBND ngày 20/02/2025 của UBND tỉnh là 60%.
"""


def test_a_footnotes_figures_count_what_the_figure_its_marker_follows_counts():
    rows = _rows(FOOTNOTES)
    for context, raw in (("đai (2.415", "2.415"), ("dựng (511", "511")):
        assert figure_at(rows, FOOTNOTES, context, raw).code == "766.tien_do.qua_han", raw
    assert figure_at(rows, FOOTNOTES, "là 60%", "60%").code == "766.thanh_toan.ho_so"


def test_a_number_with_decimals_counts_nothing():
    text = "Toàn tỉnh có 1.012 Tổ công nghệ số cộng đồng với 5.874 thành viên; bình quân mỗi tổ có 5,8 thành viên.\n"
    rows = _rows(text)
    assert figure_at(rows, text, "với 5.874", "5.874").kind == "count"
    assert figure_at(rows, text, "có 5,8", "5,8").kind == "value"
