"""Kinds fixed after measuring blind sets 97 to 100, each on a text written here in another wording of the same form;
the expected values are what a reader takes from these texts.

- a provincial social-insurance office writes itself `Ngành Bảo hiểm xã hội` or `Toàn ngành` as the actor of its own
  paragraphs: those figures are its own even where other paragraphs speak of the province;
- a converter's header table (`| Số: 214/BC-SKHCN | *Đà Nẵng, ngày ...* |`) gives the document's number;
- the gap to an average named between the comparison and the figure (`thấp hơn bình quân toàn tỉnh 3,15%`) is a
  change in its direction;
- the clause after a count of the bodies that received files (`... của 19 sở, ngành và 75 xã, phường; trong đó ...`)
  is about the whole, not about those bodies; the group a body is lowest or highest in (`thấp nhất trong các sở,
  ngành (61,20%)`) is no subject; `của Sở` after another Sở the task names is that Sở, not the issuer;
- a directive for next year dates the figures of a paragraph opening on last year's results (`Kết quả năm 2025, ...`,
  `Năm 2025 là năm ...`) at that year's end, also in a sentence naming only that year (`chưa đạt chỉ tiêu năm 2025`);
- a deadline whose day is written in words (`chậm nhất ngày ba mươi mốt tháng 3 năm 2026`) is a day, and the time a
  task is given from an event (`trong vòng 03 ngày làm việc kể từ khi ...`) is no figure;
- a table with indicators as rows and hospitals as columns, in a Sở Y tế's report: each hospital's column is that
  hospital's (`Bệnh viện Phụ sản - Nhi ...` whole); `Trực tiếp, bưu chính` under `Hồ sơ tiếp nhận` is the direct
  channel; a row of the remaining departments (`Các sở, ban, ngành còn lại`) is at the provincial level;
- a count per month (`1.204 hồ sơ/tháng`) is a value; both bounds of a dash range (`dao động 3-4 ngày`) are figures,
  and both bounds of a goal's range (`phấn đấu ... năm 2025 đạt từ 80% đến 85%`) are targets due at that year's end;
- a plan's indicator table (`STT | Chỉ tiêu | Kết quả năm 2025 | Chỉ tiêu | Cơ quan chủ trì | Thời hạn đạt chỉ tiêu`):
  the first `Chỉ tiêu` names the row (its bracket the unit), the figures are the province's, the target is due at its
  row's deadline, and each row is a deadline of the lead body for that indicator; the plan's results section (`1. Chỉ
  số cải cách hành chính (PAR INDEX) năm 2024 ...`) does not make it a report on that index;
- a task after an item's label (`1. Cải cách thể chế: Sở Tư pháp chủ trì ...`) is the body's; a floor governs both
  things joined after it (`tối thiểu 02 máy quét và 01 máy tính`); a score whose line named another indicator before
  it is named by the words after it (`tỉnh đạt 81,06/100 điểm Bộ chỉ số phục vụ người dân, doanh nghiệp`);
- an explanation of a low score: the points lost (`Điểm bị trừ`) carry no maximum, the gap to the national average
  (`thấp hơn điểm bình quân cả nước (79,40 điểm) là 7,95 điểm`) is a change, a later month already over when the
  report was written (`tháng 10/2025 tỉnh đạt ...` in a report on quý III issued in November) dates its sentence, and
  a capital section title naming a period (`V. GIẢI PHÁP TRONG QUÝ IV NĂM 2025`) is no deadline;
- `Trong 6 tháng đầu năm, ...` dates its sentence at the year's sixth month and `...; 6 tháng cuối năm, ...` its own
  clause at the year's end; a level after a count (`Phường đang thực hiện 301 TTHC thuộc thẩm quyền cấp xã, trong đó
  224 TTHC ...`) says whose procedures they are: the part counted after it keeps the count's subject.
"""

from __future__ import annotations

from figure_lookup import figure_at, subject_and_level

from extractor.extract import extract_facts
from extractor.metadata import extract_metadata


def _facts(text: str):
    return extract_facts(text, extract_metadata(text), [])


def _rows(text: str):
    return _facts(text).indicators


SOCIAL_INSURANCE = """\
BẢO HIỂM XÃ HỘI VIỆT NAM
BẢO HIỂM XÃ HỘI TỈNH NINH BÌNH

Số: 812/BC-BHXH
Ninh Bình, ngày 08 tháng 7 năm 2025

BÁO CÁO
Kết quả giao dịch điện tử 6 tháng đầu năm 2025

1. Thủ tục hành chính

Ngành Bảo hiểm xã hội đang thực hiện 27 TTHC, trong đó 26 TTHC được cung cấp trực tuyến toàn trình.

2. Tiếp nhận hồ sơ

Toàn ngành tiếp nhận 84.316 hồ sơ, tăng 9,2% so với cùng kỳ; hồ sơ giao dịch điện tử 81.077 hồ sơ, chiếm 96,16%.

3. Bao phủ

Toàn tỉnh có 152.408 người tham gia bảo hiểm xã hội, chiếm 36,2% lực lượng lao động.
"""


def test_a_social_insurance_office_writing_itself_the_sector_reports_its_own_figures():
    rows = _rows(SOCIAL_INSURANCE)
    for context, raw in (("hiện 27 TTHC", "27"), ("đó 26 TTHC", "26"), ("nhận 84.316", "84.316"),
                         ("tăng 9,2%", "9,2%"), ("chiếm 96,16%", "96,16%")):
        row = figure_at(rows, SOCIAL_INSURANCE, context, raw)
        assert subject_and_level(row) == ("Bảo hiểm xã hội tỉnh", "tỉnh"), raw
    assert figure_at(rows, SOCIAL_INSURANCE, "có 152.408", "152.408").subject is None


CONVERTED = """\
| **ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH**<br>**SỞ TƯ PHÁP** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** |
|---|---|
| Số: 96/BC-STP | *Hà Tĩnh, ngày 03 tháng 4 năm 2026* |

# BÁO CÁO

**Kết quả giải quyết TTHC quý I năm 2026**

Trong quý, các cơ quan trên địa bàn tỉnh tiếp nhận 285.114 hồ sơ của 19 sở, ngành và 75 xã, phường; trong đó nộp \
trực tuyến 221.406 hồ sơ, chiếm 77,65%.

Sở Xây dựng có tỷ lệ trực tuyến thấp nhất trong các sở, ngành (61,20%); khối xã, phường đạt 74,50%, thấp hơn bình \
quân toàn tỉnh 3,15%.

| STT | Cơ quan | Tổng số | Trực tuyến | Trực tiếp, bưu chính |
|---|---|---|---|---|
| 1 | Sở Công Thương | 4.120 | 3.702 | 418 |
| 2 | Các sở, ban, ngành còn lại | 8.315 | 6.944 | 1.371 |

III. NHIỆM VỤ QUÝ II

1. Sở Xây dựng chỉ đạo các Trung tâm hướng dẫn người dân nộp hồ sơ trực tuyến, nâng tỷ lệ trực tuyến của Sở đạt \
tối thiểu 70% trong quý II năm 2026.
"""


def test_a_converters_header_table_gives_the_number():
    assert extract_metadata(CONVERTED)[0].doc_number == "96/BC-STP"


def test_the_gap_to_an_average_is_a_change():
    row = figure_at(_rows(CONVERTED), CONVERTED, "toàn tỉnh 3,15%", "3,15%")
    assert (row.kind, row.value, row.unit) == ("change", -3.15, "%")


def test_the_bodies_counted_the_group_ranked_in_and_the_sở_named_before_are_read_so():
    rows = _rows(CONVERTED)
    for context, raw in (("tuyến 221.406", "221.406"), ("chiếm 77,65%", "77,65%")):
        assert figure_at(rows, CONVERTED, context, raw).subject is None, raw
    assert figure_at(rows, CONVERTED, "(61,20%)", "61,20%").subject == "Sở Xây dựng"
    assert figure_at(rows, CONVERTED, "tối thiểu 70%", "70%").subject == "Sở Xây dựng"


def test_a_direct_channel_column_and_the_remaining_departments_row():
    rows = _rows(CONVERTED)
    assert figure_at(rows, CONVERTED, "| 418 |", "418").code == "766.dvctt.nop_truc_tiep"
    remaining = figure_at(rows, CONVERTED, "| 8.315 |", "8.315")
    assert subject_and_level(remaining) == ("Các sở, ban, ngành còn lại", "tỉnh")


DIRECTIVE = """\
ỦY BAN NHÂN DÂN
TỈNH BẮC KẠN

Số: 01/CT-UBND
Bắc Kạn, ngày 12 tháng 01 năm 2026

CHỈ THỊ
Về cải cách thủ tục hành chính năm 2026

Năm 2025 là năm đầu tiên vận hành chính quyền hai cấp; toàn tỉnh có 37 đơn vị hành chính cấp xã.

Kết quả năm 2025, toàn tỉnh tiếp nhận 198.204 hồ sơ, trong đó 121.406 hồ sơ nộp trực tuyến. Tỷ lệ thanh toán \
trực tuyến đạt 44,10%, chưa đạt chỉ tiêu năm 2025 là 50%; tỷ lệ số hóa hồ sơ đạt 79,35%.

II. NHIỆM VỤ

1. Giám đốc Sở Khoa học và Công nghệ hoàn thành nâng cấp Hệ thống thông tin giải quyết TTHC, chậm nhất ngày ba \
mươi mốt tháng 3 năm 2026.

2. Khi hệ thống gặp sự cố, Sở Khoa học và Công nghệ khắc phục trong vòng 03 ngày làm việc kể từ khi nhận được \
thông báo.
"""


def test_a_directives_paragraphs_on_last_years_results_are_dated_at_its_end():
    rows = _rows(DIRECTIVE)
    for context, raw in (("có 37 đơn vị", "37"), ("nhận 198.204", "198.204"), ("đó 121.406", "121.406"),
                         ("đạt 44,10%", "44,10%"), ("đạt 79,35%", "79,35%")):
        assert figure_at(rows, DIRECTIVE, context, raw).as_of == "2025-12-31", raw


def test_a_day_in_words_is_a_deadline_and_a_tasks_lead_time_no_figure():
    facts = _facts(DIRECTIVE)
    assert "2026-03-31" in {d.due_date for d in facts.deadlines}
    assert not [r for r in facts.indicators if r.raw == "03"]


HEALTH = """\
UBND TỈNH NGHỆ AN
SỞ Y TẾ

Số: 1520/BC-SYT
Nghệ An, ngày 05 tháng 10 năm 2025

BÁO CÁO
Kết quả thanh toán không dùng tiền mặt 9 tháng năm 2025

Bình quân mỗi tháng, Sở tiếp nhận 1.204 hồ sơ/tháng. Thời gian cấp phép dao động 3-4 ngày.

| Chỉ tiêu | Bệnh viện Đa khoa tỉnh Nghệ An | Bệnh viện Phụ sản - Nhi Nghệ An | Cộng |
|---|---|---|---|
| Lượt khám, chữa bệnh (lượt) | 512.308 | 204.117 | 716.425 |

Sở phấn đấu tỷ lệ thanh toán không dùng tiền mặt toàn ngành năm 2025 đạt từ 80% đến 85%.
"""


def test_a_transposed_tables_hospital_columns_are_the_hospitals():
    rows = _rows(HEALTH)
    assert figure_at(rows, HEALTH, "| 512.308 |", "512.308").subject == "Bệnh viện Đa khoa tỉnh Nghệ An"
    assert figure_at(rows, HEALTH, "| 204.117 |", "204.117").subject == "Bệnh viện Phụ sản - Nhi Nghệ An"


def test_a_count_per_month_a_dash_range_and_a_goals_range():
    rows = _rows(HEALTH)
    assert figure_at(rows, HEALTH, "nhận 1.204 hồ sơ/tháng", "1.204").kind == "value"
    assert figure_at(rows, HEALTH, "động 3-4 ngày", "4").unit == "ngày"
    for context, raw in (("từ 80%", "80%"), ("đến 85%", "85%")):
        row = figure_at(rows, HEALTH, context, raw)
        assert (row.kind, row.as_of) == ("target", "2025-12-31"), raw


PLAN = """\
ỦY BAN NHÂN DÂN
TỈNH YÊN BÁI

Số: 09/KH-UBND
Yên Bái, ngày 14 tháng 01 năm 2026

KẾ HOẠCH
Cải cách hành chính tỉnh Yên Bái năm 2026

I. KẾT QUẢ NĂM 2025

1. Chỉ số cải cách hành chính (PAR INDEX) năm 2024 của tỉnh đạt 85,02%, xếp thứ 29/63.

2. Năm 2025, toàn tỉnh giải quyết đúng hạn 97,10% hồ sơ. Tháng 12/2025, tỉnh đạt 81,06/100 điểm Bộ chỉ số phục \
vụ người dân, doanh nghiệp.

II. CHỈ TIÊU NĂM 2026

| STT | Chỉ tiêu | Kết quả năm 2025 | Chỉ tiêu | Cơ quan chủ trì | Thời hạn đạt chỉ tiêu |
|---|---|---|---|---|---|
| 1 | Tỷ lệ hồ sơ thanh toán trực tuyến (%) | 43,50 | 60 | Sở Tài chính | Quý III/2026 |
| 2 | Điểm Bộ chỉ số phục vụ người dân, doanh nghiệp (điểm) | 81,06 | 85 | Văn phòng UBND tỉnh | Quý IV/2026 |

III. NHIỆM VỤ

1. Cải cách thể chế: Sở Tư pháp chủ trì rà soát văn bản quy phạm pháp luật, trình UBND tỉnh trước ngày 31/3/2026.

2. Hiện đại hóa hành chính: UBND các xã, phường bố trí tối thiểu 03 máy quét và 02 máy tính tra cứu, hoàn thành \
trong tháng 5/2026.
"""


def test_a_plans_indicator_table_is_the_provinces_with_targets_due_at_their_rows_deadline():
    facts = _facts(PLAN)
    result = figure_at(facts.indicators, PLAN, "| 43,50 |", "43,50")
    target = figure_at(facts.indicators, PLAN, "| 60 |", "60")
    assert (result.unit, result.kind, result.subject, result.as_of) == ("%", "value", None, "2025-12-31")
    assert (target.unit, target.kind, target.subject, target.as_of) == ("%", "target", None, "2026-09-30")
    assert target.code == "766.thanh_toan.ho_so"
    assert figure_at(facts.indicators, PLAN, "| 85 |", "85").code == "766.tong_hop"
    by_due = {d.due_date: (d.assignee, d.task) for d in facts.deadlines}
    assert by_due["2026-09-30"] == ("Sở Tài chính", "Tỷ lệ hồ sơ thanh toán trực tuyến (%)")


def test_an_items_label_a_joined_floor_and_a_score_named_after_it():
    facts = _facts(PLAN)
    assert {d.due_date: d.assignee for d in facts.deadlines}["2026-03-31"] == "Sở Tư pháp"
    computers = figure_at(facts.indicators, PLAN, "và 02 máy tính", "02")
    assert (computers.kind, computers.as_of) == ("target", "2026-05-31")
    assert figure_at(facts.indicators, PLAN, "đạt 81,06/100", "81,06/100").code == "766.tong_hop"


EXPLANATION = """\
ỦY BAN NHÂN DÂN
TỈNH HÒA BÌNH

Số: 388/BC-UBND
Hòa Bình, ngày 12 tháng 11 năm 2025

BÁO CÁO
Giải trình kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp quý III năm 2025

I. KẾT QUẢ

Quý III năm 2025 tỉnh đạt 71,45/100 điểm, thấp hơn điểm bình quân cả nước (79,40 điểm) là 7,95 điểm.

| STT | Nhóm chỉ số | Điểm tối đa | Điểm đạt | Điểm bị trừ |
|---|---|---|---|---|
| 1 | Công khai, minh bạch | 18 | 15,10 | 2,90 |

Sau khi đồng bộ dữ liệu, tháng 10/2025 tỉnh đạt 75,02/100 điểm.

V. GIẢI PHÁP TRONG QUÝ IV NĂM 2025

1. Sở Khoa học và Công nghệ đồng bộ dữ liệu lên Cổng Dịch vụ công quốc gia trước ngày 30/11/2025.
"""


def test_an_explanation_reads_lost_points_the_gap_to_the_average_and_a_later_month():
    facts = _facts(EXPLANATION)
    rows = facts.indicators
    assert figure_at(rows, EXPLANATION, "| 2,90 |", "2,90").max_value is None
    gap = figure_at(rows, EXPLANATION, "là 7,95 điểm", "7,95")
    assert (gap.kind, gap.value) == ("change", -7.95)
    assert figure_at(rows, EXPLANATION, "đạt 75,02/100", "75,02/100").as_of == "2025-10-31"
    assert [d.due_date for d in facts.deadlines] == ["2025-11-30"]


YEAR_OF_MERGER = """\
ỦY BAN NHÂN DÂN
TỈNH PHÚ THỌ

Số: 21/BC-UBND
Phú Thọ, ngày 15 tháng 01 năm 2026

BÁO CÁO
Kết quả cải cách thủ tục hành chính năm 2025

Trong 6 tháng đầu năm, khu vực tỉnh Vĩnh Phúc (cũ) tiếp nhận 201.446 hồ sơ; 6 tháng cuối năm, tỉnh Phú Thọ (mới) \
tiếp nhận 310.882 hồ sơ.
"""


def test_half_years_named_without_their_year():
    rows = _rows(YEAR_OF_MERGER)
    assert figure_at(rows, YEAR_OF_MERGER, "nhận 201.446", "201.446").as_of == "2025-06-30"
    assert figure_at(rows, YEAR_OF_MERGER, "nhận 310.882", "310.882").as_of == "2025-12-31"


WARD = """\
UBND THÀNH PHỐ HỒ CHÍ MINH
ỦY BAN NHÂN DÂN PHƯỜNG BẾN THÀNH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 77/BC-UBND
Bến Thành, ngày 04 tháng 12 năm 2025

BÁO CÁO
Kết quả giải quyết thủ tục hành chính tháng 11 năm 2025

Phường đang thực hiện 301 TTHC thuộc thẩm quyền cấp xã, trong đó 224 TTHC được cung cấp dịch vụ công trực \
tuyến toàn trình.
"""


def test_the_part_of_a_count_of_procedures_of_a_level_keeps_the_counts_subject():
    rows = _rows(WARD)
    whole = figure_at(rows, WARD, "hiện 301 TTHC", "301")
    part = figure_at(rows, WARD, "đó 224 TTHC", "224")
    assert subject_and_level(whole) == ("UBND phường Bến Thành", "xã")
    assert subject_and_level(part) == subject_and_level(whole)
