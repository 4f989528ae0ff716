"""Kinds fixed after measuring blind sets 129 to 132, each on a text written here in another wording of the same form;
the expected values are what a reader takes from these texts.

- a report whose opening sentence gives a legend for its bracketed figures (`(số liệu tháng 9/2025 ghi trong ngoặc
  đơn)`, `(số liệu trong ngoặc là của tháng 8/2025)`) states last period's value in each bare bracket after a figure
  of the same measure (`tiếp nhận 9.412 hồ sơ (9.806 hồ sơ)`, `chiếm 81,20% (79,64%)`), dated at that period's end; a
  bracket after a body's name (`tập trung tại Sở Xây dựng (17 hồ sơ)`) is that body's part, not an earlier value; a
  share after the bracket is still the count's (`(3.120 hồ sơ), trực tuyến 84,10%`).
- a public-service centre's branch heading its own report (`TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG` over `CHI NHÁNH NAM
  ĐỊNH`) issues it, named as the report writes it, and states its own figures; the deputy director in charge of it
  (`PHÓ GIÁM ĐỐC TRUNG TÂM` over `PHỤ TRÁCH CHI NHÁNH`) signs.
- a table row labelled by a score group with its maximum alone in brackets (`Thanh toán trực tuyến (10)`, `Tổng điểm
  (100)`) holds scores out of that maximum in every column.
- level-2 accounts written `tài khoản mức 2` (not only `mức độ 2`) are electronic identification accounts, so are the
  counts and shares of a list under them (`- Xã Bình An: 10.412 tài khoản, đạt 70,14%`).
- marriages are counted in couples (`đăng ký kết hôn 1.124 cặp`, a column `Kết hôn (cặp)`).
- a report titled on what the 766 index measures (`Kết quả đánh giá chất lượng phục vụ người dân, doanh nghiệp ...`)
  is about the index: a column headed by a bare `Điểm tháng 5/2025` holds each unit's total score.
- a section headed on a year's goals (`IV. SO SÁNH VỚI CHỈ TIÊU NĂM 2026`) dates the targets under it at that year's
  end, unless their sentence names a period of its own; a quarter's goals (`CHỈ TIÊU QUÝ II NĂM 2026`) do not.
- a series opened by a verb after `lần lượt` (`lần lượt tiếp nhận 41.206, 22.918 và 5.140 hồ sơ`) counts in the unit
  after its last member, every member; citizens' records cleaned are counted as `thông tin`.
- a table column headed `Cùng kỳ 2025` (no `năm`) in a report for six months of 2026 holds the values of the same
  six months of 2025, dated at 30/6/2025; a quarter or month a comparison names with no year (`tăng 8,10% so với quý I
  (40.120 hồ sơ)`) is the report's year's, or the year before's when that one would end after the period (`so với
  quý IV` in a report for quý I); a quarter of an earlier value in brackets (`(quý I: xếp thứ 3/45)` in a report for
  quý II) ended before the period began, while the quarters of a bracket in a report for six months are its parts.
- a goal's rank written as a floor (`chỉ tiêu ... xếp hạng từ thứ 10/34 trở lên`) is a target in `hạng`, dated as the
  goal is.
- under a two-row header, a sub-column named as a part (`Hồ sơ tiếp nhận` over `Tổng số | Trong đó trực tuyến`) counts
  the files submitted online.
- a share right after a count in a list item (`+ Cấp huyện: 21.300 hồ sơ, chiếm 70,12%`) is the rate of what the count
  counts, also when the count is known only as a part of the whole the items add up to.
- in a body's report that also speaks of the province, the sub-items of an item the body opens as its actor (`- Công
  an tỉnh đã thu nhận 52.410 hồ sơ ..., trong đó:` over `  + Trẻ em dưới 14 tuổi: 12.292 hồ sơ`) are the body's, and so
  is the next item opening on a verb with no actor (`- Đã trả 50.876 thẻ căn cước`).
"""

from __future__ import annotations

from figure_lookup import figure_at, subject_and_level

from extractor.extract import extract_facts
from extractor.metadata import extract_metadata


def _facts(text: str):
    return extract_facts(text, extract_metadata(text), [])


LEGEND_NAMED_AFTER = """\
UBND TỈNH VĨNH LONG
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG

Số: 214/BC-TTPVHCC
Vĩnh Long, ngày 03 tháng 11 năm 2025

BÁO CÁO
Kết quả tiếp nhận, giải quyết hồ sơ tháng 10 năm 2025

Trung tâm báo cáo kết quả tháng 10 năm 2025 như sau (số liệu tháng 9/2025 ghi trong ngoặc đơn):

1. Trong tháng, Trung tâm tiếp nhận 9.412 hồ sơ (9.806 hồ sơ); hồ sơ nộp trực tuyến chiếm 81,20% (79,64%).
2. Hồ sơ quá hạn tập trung tại Sở Nông nghiệp và Môi trường (41 hồ sơ), Sở Xây dựng (17 hồ sơ).
- Sở Tư pháp: tiếp nhận 2.904 hồ sơ (3.120 hồ sơ), trực tuyến 84,10%.
"""

LEGEND_NAMED_BEFORE = """\
UBND XÃ TÂN PHÚ
Số: 88/BC-UBND
Tân Phú, ngày 04 tháng 9 năm 2025

BÁO CÁO
Kết quả cải cách thủ tục hành chính tháng 8 năm 2025

UBND xã báo cáo kết quả tháng 8 năm 2025 (số liệu trong ngoặc là của tháng 7/2025) như sau:

Xã tiếp nhận 1.204 hồ sơ (1.136 hồ sơ), trong đó trực tuyến 702 hồ sơ (655 hồ sơ).
"""


def test_a_reports_legend_dates_its_bare_brackets_after_a_figure():
    facts = _facts(LEGEND_NAMED_AFTER)
    for context, raw in (("(9.806 hồ sơ)", "9.806"), ("(79,64%)", "79,64%"), ("(3.120 hồ sơ)", "3.120")):
        earlier = figure_at(facts.indicators, LEGEND_NAMED_AFTER, context, raw)
        assert (earlier.kind, earlier.as_of) == ("previous", "2025-09-30")
    facts = _facts(LEGEND_NAMED_BEFORE)
    for context, raw in (("(1.136 hồ sơ)", "1.136"), ("(655 hồ sơ)", "655")):
        earlier = figure_at(facts.indicators, LEGEND_NAMED_BEFORE, context, raw)
        assert (earlier.kind, earlier.as_of) == ("previous", "2025-07-31")


def test_a_bodys_bracket_and_the_share_after_a_bracket():
    facts = _facts(LEGEND_NAMED_AFTER)
    for context, raw in (("(41 hồ sơ)", "41"), ("(17 hồ sơ)", "17")):
        part = figure_at(facts.indicators, LEGEND_NAMED_AFTER, context, raw)
        assert (part.kind, part.as_of) == ("count", "2025-10-31")
    share = figure_at(facts.indicators, LEGEND_NAMED_AFTER, "trực tuyến 84,10%", "84,10%")
    assert share.code == "766.dvctt.nop_truc_tuyen"


BRANCH = """\
UBND TỈNH NINH BÌNH
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG
CHI NHÁNH NAM ĐỊNH
Số: 15/BC-CNNĐ
Ninh Bình, ngày 04 tháng 3 năm 2026

BÁO CÁO
Kết quả hoạt động của Chi nhánh Nam Định tháng 02 năm 2026

- Chi nhánh bố trí 22 quầy giao dịch.
- Chi nhánh tiếp nhận 8.406 hồ sơ, trong đó trực tuyến 5.912 hồ sơ, chiếm 70,33%.

Nơi nhận:
- Như trên;
- Lưu: VT.
PHÓ GIÁM ĐỐC TRUNG TÂM
PHỤ TRÁCH CHI NHÁNH

Trần Thị Thu Hằng
"""


def test_a_centres_branch_issues_its_own_report():
    meta = extract_metadata(BRANCH)[0]
    assert (meta.issuer, meta.signer) == ("Chi nhánh Nam Định", "Trần Thị Thu Hằng")
    facts = _facts(BRANCH)
    for context, raw in (("bố trí 22", "22"), ("tiếp nhận 8.406", "8.406"), ("chiếm 70,33%", "70,33%")):
        assert figure_at(facts.indicators, BRANCH, context, raw).subject == "Chi nhánh Nam Định"


GROUPS_BY_QUARTER = """\
UBND TỈNH QUẢNG NGÃI
Số: 20/BC-UBND
Quảng Ngãi, ngày 10 tháng 01 năm 2026

BÁO CÁO
Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp năm 2025

Kết quả từng nhóm chỉ số theo quý (điểm tối đa ghi trong ngoặc):

STT\tNhóm chỉ số (điểm tối đa)\tQuý III\tQuý IV
1\tThanh toán trực tuyến (10)\t6,12\t7,04
2\tSố hóa hồ sơ (22)\t15,40\t16,02
\tTổng điểm (100)\t82,16\t85,30
"""


def test_a_row_labelled_by_a_group_and_its_maximum():
    facts = _facts(GROUPS_BY_QUARTER)
    for context, raw, top in (("(10)\t6,12", "6,12", 10), ("\t7,04", "7,04", 10), ("(100)\t82,16", "82,16", 100),
                              ("\t85,30", "85,30", 100)):
        score = figure_at(facts.indicators, GROUPS_BY_QUARTER, context, raw)
        assert (score.unit, score.max_value) == ("điểm", top)


ACCOUNTS = """\
CÔNG AN TỈNH TÂY NINH
Số: 96/BC-CAT
Tây Ninh, ngày 05 tháng 01 năm 2026

BÁO CÁO
Kết quả thực hiện Đề án 06 năm 2025

Có 12/96 xã, phường có tỷ lệ công dân có tài khoản mức 2 dưới 80%, thấp nhất là:
- Xã Bình An: 10.412 tài khoản, đạt 70,14%;
- Xã Tân Đông: 8.206 tài khoản, đạt 72,58%.
"""


def test_level_two_accounts_written_muc_2():
    facts = _facts(ACCOUNTS)
    for context, raw in (("An: 10.412", "10.412"), ("đạt 70,14%", "70,14%"), ("Đông: 8.206", "8.206")):
        assert figure_at(facts.indicators, ACCOUNTS, context, raw).code == "tai_khoan_dinh_danh"


COUPLES = """\
SỞ TƯ PHÁP TỈNH THÁI BÌNH
Số: 61/BC-STP
Thái Bình, ngày 05 tháng 6 năm 2025

BÁO CÁO
Kết quả đăng ký hộ tịch tháng 5 năm 2025

Trong tháng, toàn tỉnh đăng ký kết hôn 986 cặp.

STT\tĐơn vị\tKhai sinh (trường hợp)\tKết hôn (cặp)
1\tThành phố Thái Bình\t402\t164
2\tHuyện Kiến Xương\t318\t122
3\tHuyện Tiền Hải\t296\t118
"""

QUALITY_TITLE = """\
UBND TỈNH BẠC LIÊU
VĂN PHÒNG
Số: 118/TB-VP
Bạc Liêu, ngày 09 tháng 6 năm 2025

THÔNG BÁO
Kết quả đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính tháng 5 năm 2025

STT\tĐơn vị\tĐiểm tháng 4/2025\tĐiểm tháng 5/2025
1\tThành phố Bạc Liêu\t84,12\t85,60
2\tThị xã Giá Rai\t80,46\t81,02
3\tHuyện Đông Hải\t78,30\t79,84
"""


def test_marriages_counted_in_couples():
    facts = _facts(COUPLES)
    for context, raw in (("hôn 986 cặp", "986"), ("\t164\n", "164"), ("\t118\n", "118")):
        assert figure_at(facts.indicators, COUPLES, context, raw).unit == "cặp"


def test_a_report_titled_on_what_the_index_measures():
    facts = _facts(QUALITY_TITLE)
    for context, raw in (("\t84,12", "84,12"), ("\t85,60", "85,60"), ("\t79,84", "79,84")):
        assert figure_at(facts.indicators, QUALITY_TITLE, context, raw).code == "766.tong_hop"


YEAR_GOALS = """\
UBND TỈNH LAI CHÂU
Số: 140/BC-UBND
Lai Châu, ngày 08 tháng 7 năm 2026

BÁO CÁO
Kết quả cải cách thủ tục hành chính 6 tháng đầu năm 2026

I. KẾT QUẢ
1. Tỷ lệ hồ sơ nộp trực tuyến 6 tháng đạt 68,40%.

II. SO SÁNH VỚI CHỈ TIÊU NĂM 2026
a) Tỷ lệ hồ sơ nộp trực tuyến: chỉ tiêu 75%; 6 tháng đạt 68,40%, chưa đạt.
b) Tỷ lệ số hóa hồ sơ: chỉ tiêu đến quý III/2026 là 85%.

III. CHỈ TIÊU QUÝ III NĂM 2026
1. Tỷ lệ thanh toán trực tuyến đạt tối thiểu 55%.
"""


def test_a_section_on_a_years_goals_dates_its_targets():
    facts = _facts(YEAR_GOALS)
    assert figure_at(facts.indicators, YEAR_GOALS, "chỉ tiêu 75%", "75%").as_of == "2026-12-31"
    assert figure_at(facts.indicators, YEAR_GOALS, "là 85%", "85%").as_of == "2026-09-30"
    assert figure_at(facts.indicators, YEAR_GOALS, "tối thiểu 55%", "55%").as_of != "2026-12-31"


POLICE = """\
CÔNG AN TỈNH NINH BÌNH
Số: 210/BC-CAT
Ninh Bình, ngày 06 tháng 01 năm 2026

BÁO CÁO
Kết quả giải quyết thủ tục hành chính năm 2025

Công an tỉnh đã làm sạch 1.204.318 thông tin công dân. Các lĩnh vực cư trú, căn cước và đăng ký xe lần lượt tiếp \
nhận 41.206, 22.918 và 5.140 hồ sơ.
"""


def test_a_series_opened_by_a_verb_after_lan_luot():
    facts = _facts(POLICE)
    for context, raw in (("nhận 41.206", "41.206"), ("41.206, 22.918", "22.918"), ("và 5.140", "5.140")):
        assert figure_at(facts.indicators, POLICE, context, raw).unit == "hồ sơ"
    assert figure_at(facts.indicators, POLICE, "sạch 1.204.318", "1.204.318").unit == "thông tin"


HALF_YEAR_COMPARED = """\
UBND TỈNH SƠN LA
Số: 151/BC-UBND
Sơn La, ngày 07 tháng 7 năm 2026

BÁO CÁO
Kết quả cải cách thủ tục hành chính 6 tháng đầu năm 2026

I. KẾT QUẢ
1. Quý II tiếp nhận 43.370 hồ sơ, tăng 8,10% so với quý I (40.120 hồ sơ).
2. Xã Mường La xếp thứ 2/75 (quý I: xếp thứ 5/75).

| STT | Chỉ tiêu | 6 tháng 2026 | Cùng kỳ 2025 |
|---|---|---|---|
| 1 | Hồ sơ tiếp nhận (hồ sơ) | 83.490 | 79.214 |

II. SO SÁNH VỚI CHỈ TIÊU NĂM 2026
Bộ chỉ số 766: chỉ tiêu đạt tối thiểu 88 điểm và xếp hạng từ thứ 10/34 trở lên.
"""

FIRST_QUARTER = """\
UBND TỈNH SƠN LA
Số: 62/BC-UBND
Sơn La, ngày 06 tháng 4 năm 2026

BÁO CÁO
Kết quả cải cách thủ tục hành chính quý I năm 2026

Trong quý, tỉnh tiếp nhận 40.120 hồ sơ, giảm 3,20% so với quý IV (41.446 hồ sơ).
"""


def test_periods_named_with_no_year_in_comparisons():
    facts = _facts(HALF_YEAR_COMPARED)
    earlier = figure_at(facts.indicators, HALF_YEAR_COMPARED, "quý I (40.120", "40.120")
    assert (earlier.kind, earlier.as_of) == ("previous", "2026-03-31")
    rank = figure_at(facts.indicators, HALF_YEAR_COMPARED, "quý I: xếp thứ 5/75", "5/75")
    assert (rank.kind, rank.as_of) == ("rank", "2026-06-30")  # quý I is a part of six months, not before them
    assert figure_at(facts.indicators, HALF_YEAR_COMPARED, "| 79.214", "79.214").as_of == "2025-06-30"
    facts = _facts(FIRST_QUARTER)
    assert figure_at(facts.indicators, FIRST_QUARTER, "quý IV (41.446", "41.446").as_of == "2025-12-31"


def test_a_goals_rank_written_as_a_floor():
    facts = _facts(HALF_YEAR_COMPARED)
    rank = figure_at(facts.indicators, HALF_YEAR_COMPARED, "từ thứ 10/34", "10/34")
    assert (rank.kind, rank.unit, rank.max_value, rank.as_of) == ("target", "hạng", 34, "2026-12-31")


PART_SUB_COLUMN = """\
UBND TỈNH CAO BẰNG
Số: 301/BC-UBND
Cao Bằng, ngày 05 tháng 10 năm 2024

BÁO CÁO
Kết quả giải quyết thủ tục hành chính quý III năm 2024

| STT | Đơn vị | Hồ sơ tiếp nhận | |
|---|---|---|---|
| | | Tổng số | Trong đó trực tuyến |
| 1 | Huyện Bảo Lạc | 3.214 | 1.906 |
| 2 | Huyện Hà Quảng | 2.870 | 1.488 |
"""


def test_a_sub_column_named_as_a_part():
    facts = _facts(PART_SUB_COLUMN)
    assert figure_at(facts.indicators, PART_SUB_COLUMN, "| 3.214", "3.214").code == "ho_so.tiep_nhan"
    for context, raw in (("| 1.906", "1.906"), ("| 1.488", "1.488")):
        assert figure_at(facts.indicators, PART_SUB_COLUMN, context, raw).code == "766.dvctt.nop_truc_tuyen"


LEVELS_OF_A_WHOLE = """\
UBND TỈNH HÀ TĨNH
Số: 08/BC-UBND
Hà Tĩnh, ngày 06 tháng 01 năm 2025

BÁO CÁO
Kết quả cải cách thủ tục hành chính năm 2024

- Hồ sơ nộp trực tuyến là 60.000 hồ sơ, chiếm 68,20%. Theo cấp:
  + Cấp tỉnh: 14.200 hồ sơ, chiếm 81,40% số hồ sơ của cấp tỉnh;
  + Cấp huyện: 21.300 hồ sơ, chiếm 70,12%;
  + Cấp xã: 24.500 hồ sơ, chiếm 61,75%.
"""


def test_shares_after_counts_known_as_parts_of_a_whole():
    facts = _facts(LEVELS_OF_A_WHOLE)
    for context, raw in (("14.200 hồ sơ", "14.200"), ("chiếm 81,40%", "81,40%"), ("chiếm 70,12%", "70,12%"),
                         ("chiếm 61,75%", "61,75%")):
        assert figure_at(facts.indicators, LEVELS_OF_A_WHOLE, context, raw).code == "766.dvctt.nop_truc_tuyen"


POLICE_ITEMS = """\
CÔNG AN TỈNH LẠNG SƠN
Số: 415/BC-CAT
Lạng Sơn, ngày 03 tháng 4 năm 2026

BÁO CÁO
Kết quả thực hiện Đề án 06 quý I năm 2026

1. Cấp căn cước
- Công an tỉnh đã thu nhận 52.410 hồ sơ cấp căn cước, trong đó:
  + Công dân từ đủ 14 tuổi trở lên: 40.118 hồ sơ;
  + Trẻ em dưới 14 tuổi: 12.292 hồ sơ.
- Đã trả 50.876 thẻ căn cước, đạt 97,07% số hồ sơ thu nhận.
2. Định danh điện tử
- Toàn tỉnh có 612.480 tài khoản định danh điện tử được kích hoạt.
"""


def test_items_under_an_item_the_body_opens():
    facts = _facts(POLICE_ITEMS)
    for context, raw in (("lên: 40.118", "40.118"), ("tuổi: 12.292", "12.292"), ("trả 50.876", "50.876"),
                         ("đạt 97,07%", "97,07%")):
        row = figure_at(facts.indicators, POLICE_ITEMS, context, raw)
        assert subject_and_level(row) == ("Công an tỉnh", "tỉnh"), context
    assert figure_at(facts.indicators, POLICE_ITEMS, "có 612.480", "612.480").subject is None
