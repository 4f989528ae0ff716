"""Kinds fixed after measuring blind sets 145 to 148, each on a text written here in another wording of the same form;
the expected values are what a reader takes from these texts.

- an appendix whose caption closes on the day it stands at (`ĐIỂM ... CỦA CÁC XÃ, PHƯỜNG TẠI NGÀY 30/9/2025`) dates
  its cells at that day, not at the report's period; a sentence above a table citing a day in passing (`cấp huyện
  (đến ngày 30/6/2025) 9.214 triệu đồng`) dates nothing.
- a column of rank changes compared with a time (`Tăng (+), giảm (-) bậc so với ngày 30/9/2025`) counts places
  (`hạng`), as the same header without the comparison does.
- a table laid out with runs of spaces stays one table across its section rows (`   I   Cụm trung tâm`, a numeral and
  a name), its header read over two lines when the second names the first columns (`STT   Đơn vị   (hồ sơ)   (%)`
  under `Tiếp nhận   Trực tuyến`), and a group's subtotal row (`Cộng cụm trung tâm`) is at its rows' level.
- a bare `Cộng` closing a group of communes a section row opened (`II<TAB>Thị xã Hồng Lĩnh (cũ)`) is at the communes'
  level; the `Tổng cộng` of a table of districts with no sections is the district level as a whole (`cấp huyện`),
  not the bare total; a total naming the whole province (`TỔNG CỘNG TOÀN TỈNH`) stays the province's.
- a provincial social-insurance office reports on its own work (patterns/subjects.jsonl `own_work`): its figures
  naming no body are its own (`Bảo hiểm xã hội tỉnh`) also when the report speaks of the province elsewhere; a
  sentence on the province (`Toàn tỉnh có 4.126 đơn vị sử dụng lao động`) stays the province's. Its branches
  (`Bảo hiểm xã hội cơ sở Hòa An`, a division since 2025) are named as written, at the province's level.
- goals stated with the days they are due by (`chỉ tiêu thanh toán trực tuyến của cấp xã đến ngày 30/6/2026 là 70%
  và đến ngày 31/12/2026 là 80%`) are both targets, each dated at its own day and named by the goal's words; they are
  no task's deadline, nor is a day in a table's column name (`| Chỉ tiêu ... đến 30/6/2026 (%) |`).
- a sentence giving the index month by month (`tháng 01/2026 đạt 84,12 điểm (xếp thứ 15/34), tháng 02/2026 đạt 85,06
  điểm (xếp thứ 13/34) và tháng 3/2026 đạt 86,24/100 điểm, xếp thứ 11/34`) dates each score, and the rank and
  changes right after it, at its own month, also the period's last month after `và`, not at the sentence's first.
- vehicles, driving tests and payments count in the noun as written (`26.464 phương tiện`, `24.318 chiếc`, `21.846 xe
  mô tô`, `2.146 xe ô tô`, `46 kỳ sát hạch`, `126 khoản chi`); a driving licence stays a `giấy phép`.
- a tax office's report is signed by its head under the 2025 title (`KT. TRƯỞNG THUẾ TỈNH` / `PHÓ TRƯỞNG THUẾ TỈNH`,
  `TRƯỞNG THUẾ CƠ SỞ 5`), then the name.
- a rank's move written with bare ordinals (`(từ thứ 52 lên thứ 38)`, `từ vị trí thứ 4 lên vị trí thứ 1`) gives the
  earlier rank, dated at the end of the period before the report's, and the rank now; the days of a week (`từ thứ 2
  đến thứ 6`) are no ranks.
- a bordered table's row whose opening bar was lost (`4 | Chứng thực | 3.212 | 3.106 | 100 |`) stays a row, its
  cells in their columns.
- a half-year named before a colon in a bracket (`(6 tháng cuối năm 2025: 21.946 hồ sơ)`) is the earlier period a
  figure is compared with: a previous value at its end, as a month, quarter or year there is.
- goals listed with a day each in other orders (`là 70% đến ngày 30/6/2026 và 80% đến ngày 31/12/2026`, `đề ra đến
  ngày 30/6/2026 có ít nhất 70% ... và đến ngày 31/12/2026 là 85%`) are each dated at its own day, none a deadline.
- a table row of ranks whose label states their total (`| Xếp hạng (/34) | 21 | 19 | 16 | +5 |`) holds ranks out of
  that total, and its change column counts places.
- the index's scores month by month share the scale one of them states (`tháng 01/2026 đạt 84,12 điểm, ... tháng
  3/2026 đạt 86,24/100 điểm`; `- Tháng 01/2026: 86,14 điểm;` over `- Tháng 3/2026: 88,36/100 điểm.`).
- the figures after a count of the units a new ward was formed from (`Phường Phố Hiến được thành lập trên cơ sở sắp
  xếp 04 đơn vị hành chính cấp xã cũ, có 52 tổ dân phố với dân số 96.418 người`) are the new ward's, not the former
  communes' level.
- a former district named after the 2025 merger (`huyện Cẩm Xuyên (cũ) có tỷ lệ ... thấp nhất (48,12%)`) stands for
  the communes on its area, level xã; its figure for a quarter before the merger (`cùng kỳ của huyện Thạch Hà (cũ)
  (quý I năm 2025: 58,40%)`) is still the district's.
- in a report of a body on its own work, a sum that passed through it (`Tổng thu ngân sách nhà nước trên địa bàn tỉnh
  hạch toán qua Kho bạc là ...`) is the province's: the body after `qua` is no actor.
- a letter whose place-and-date line stands beside its subject (`V/v chấn chỉnh ...        Cao Bằng, ngày 12 tháng
  11 năm 2025`) is issued that day; its subject ends before the date, so the month the date names is not its period.
"""

from __future__ import annotations

from figure_lookup import figure_at

from extractor.extract import extract_facts
from extractor.metadata import extract_metadata


def _facts(text: str):
    return extract_facts(text, extract_metadata(text), [])


TWO_DAYS = """\
UBND TỈNH KHÁNH HÒA
VĂN PHÒNG
Số: 61/BC-VPUBND
Khánh Hòa, ngày 08 tháng 01 năm 2026

BÁO CÁO
Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp của cấp xã quý IV năm 2025

Điểm bình quân của cấp xã tại ngày 31/12/2025 đạt 80,24 điểm.

PHỤ LỤC I
ĐIỂM BỘ CHỈ SỐ CỦA UBND CÁC XÃ, PHƯỜNG TẠI NGÀY 30/9/2025

| STT | Đơn vị | Điểm Bộ chỉ số | Xếp hạng |
|---|---|---|---|
| 1 | Phường Nha Trang | 90,12 | 1 |
| 2 | Xã Cam Lâm | 84,30 | 2 |

PHỤ LỤC II
ĐIỂM BỘ CHỈ SỐ CỦA UBND CÁC XÃ, PHƯỜNG TẠI NGÀY 31/12/2025

| STT | Đơn vị | Điểm Bộ chỉ số | Xếp hạng | Tăng (+), giảm (-) bậc so với ngày 30/9/2025 |
|---|---|---|---|---|
| 1 | Xã Cam Lâm | 91,05 | 1 | +1 |
| 2 | Phường Nha Trang | 89,77 | 2 | -1 |

Số thực hiện theo cấp: cấp tỉnh 12.486 triệu đồng; cấp huyện (đến ngày 30/6/2025) 9.214 triệu đồng.

| STT | Nội dung chi | Thực hiện (triệu đồng) |
|---|---|---|
| 1 | Số hóa hồ sơ | 4.806 |
"""


def test_an_appendix_captioned_by_its_day_is_dated_at_that_day():
    rows = _facts(TWO_DAYS).indicators
    assert figure_at(rows, TWO_DAYS, "| 90,12 |", "90,12").as_of == "2025-09-30"
    assert figure_at(rows, TWO_DAYS, "| 84,30 |", "84,30").as_of == "2025-09-30"
    assert figure_at(rows, TWO_DAYS, "| 91,05 |", "91,05").as_of == "2025-12-31"
    assert figure_at(rows, TWO_DAYS, "| 4.806 |", "4.806").as_of == "2025-12-31"


def test_rank_changes_compared_with_a_day_count_places():
    rows = _facts(TWO_DAYS).indicators
    rise = figure_at(rows, TWO_DAYS, "| +1 |", "+1")
    fall = figure_at(rows, TWO_DAYS, "| -1 |", "-1")
    assert (rise.kind, rise.value, rise.unit) == ("change", 1, "hạng")
    assert (fall.kind, fall.value, fall.unit) == ("change", -1, "hạng")


CLUSTERS = """\
UBND TỈNH SƠN LA
Số: 14/BC-UBND
Sơn La, ngày 12 tháng 01 năm 2026

BÁO CÁO
Kết quả giải quyết TTHC của UBND các xã, phường 6 tháng cuối năm 2025

                                      PHỤ LỤC
          KẾT QUẢ GIẢI QUYẾT TTHC CỦA UBND CÁC XÃ, PHƯỜNG THEO CỤM THI ĐUA

                                               Tiếp nhận   Trực tuyến
 STT   Đơn vị                                        (hồ sơ)          (%)
   I   Cụm trung tâm
   1   Phường Tô Hiệu                        4.230        54,84
   2   Xã Mai Sơn                            3.430        78,30
       Cộng cụm trung tâm                    7.660        65,43
  II   Cụm phía Bắc
   3   Xã Thuận Châu                         2.906        61,12
   4   Xã Quỳnh Nhai                         1.874        58,02
       Cộng cụm phía Bắc                     4.780        59,90
"""


def test_a_spaced_table_keeps_its_sections_header_and_subtotals():
    rows = _facts(CLUSTERS).indicators
    commune = figure_at(rows, CLUSTERS, "Xã Quỳnh Nhai                         1.874", "1.874")
    assert (commune.subject, commune.level, commune.unit) == ("Xã Quỳnh Nhai", "xã", "hồ sơ")
    share = figure_at(rows, CLUSTERS, "1.874        58,02", "58,02")
    assert (share.unit, share.code) == ("%", "766.dvctt.nop_truc_tuyen")
    for context, raw in (("7.660        65,43", "7.660"), ("4.780        59,90", "59,90")):
        subtotal = figure_at(rows, CLUSTERS, context, raw)
        assert (subtotal.subject.startswith("Cộng cụm"), subtotal.level) == (True, "xã"), raw


LETTER = """\
UBND TỈNH CAO BẰNG                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                  Độc lập - Tự do - Hạnh phúc
Số: 4310/UBND-KSTT
V/v nâng cao kết quả Bộ chỉ số              Cao Bằng, ngày 14 tháng 11 năm 2025
phục vụ người dân, doanh nghiệp của cấp xã

Theo kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 10 năm 2025, tỉnh Cao Bằng đạt 78,46/100
điểm, xếp thứ 29/34 tỉnh, thành phố.
"""


def test_a_letter_dated_beside_its_subject():
    meta = extract_metadata(LETTER)[0]
    assert meta.issued_date == "2025-11-14"
    assert meta.title == "nâng cao kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp của cấp xã"
    assert (meta.period_start, meta.period_end) == ("2025-10-01", "2025-10-31")


GROUPED = """\
UBND TỈNH HÀ TĨNH
Số: 301/BC-UBND
Hà Tĩnh, ngày 08 tháng 10 năm 2025

BÁO CÁO
Kết quả giải quyết TTHC quý III năm 2025

STT\tĐơn vị\tTiếp nhận (hồ sơ)\tTỷ lệ nộp trực tuyến (%)
I\tThành phố Hà Tĩnh (cũ)
1\tPhường Thành Sen\t2.972\t66,92
2\tXã Thạch Lạc\t2.085\t48,59
\tCộng\t5.057\t59,34
II\tThị xã Hồng Lĩnh (cũ)
3\tPhường Bắc Hồng Lĩnh\t3.791\t63,44
4\tPhường Nam Hồng Lĩnh\t4.648\t86,02
\tCộng\t8.439\t75,89
\tTỔNG CỘNG TOÀN TỈNH\t13.496\t70,00

Kết quả của các huyện trong quý II năm 2025:

| STT | Đơn vị | Hồ sơ tiếp nhận |
|---|---|---|
| 1 | UBND huyện Cẩm Xuyên | 5.106 |
| 2 | UBND huyện Kỳ Anh | 6.215 |
| | Tổng cộng | 11.321 |
"""


def test_totals_take_the_level_of_the_rows_they_add_up():
    rows = _facts(GROUPED).indicators
    for context, raw in (("Cộng\t5.057", "5.057"), ("Cộng\t8.439", "8.439")):
        assert figure_at(rows, GROUPED, context, raw).level == "xã", raw
    whole = figure_at(rows, GROUPED, "TOÀN TỈNH\t13.496", "13.496")
    assert (whole.subject, whole.level) == ("TỔNG", None)
    districts = figure_at(rows, GROUPED, "| 11.321 |", "11.321")
    assert (districts.subject, districts.level) == ("cấp huyện", "huyện")


SOCIAL_INSURANCE = """\
BẢO HIỂM XÃ HỘI VIỆT NAM
BẢO HIỂM XÃ HỘI TỈNH CAO BẰNG
Số: 912/BC-BHXH
Cao Bằng, ngày 07 tháng 10 năm 2025

BÁO CÁO
Kết quả giao dịch điện tử và dịch vụ công trực tuyến quý III năm 2025

I. TÌNH HÌNH CHUNG
Toàn tỉnh có 2.318 đơn vị sử dụng lao động với 41.206 người tham gia bảo hiểm xã hội bắt buộc.

II. KẾT QUẢ
- Trong quý, tiếp nhận và giải quyết 96.412 hồ sơ giao dịch điện tử, tăng 4.106 hồ sơ so với quý II năm 2025.
- Tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,71%.

| STT | Đơn vị | Hồ sơ giao dịch điện tử |
|---|---|---|
| 1 | Bảo hiểm xã hội cơ sở Hòa An | 18.406 |
| 2 | Bảo hiểm xã hội cơ sở Trùng Khánh | 12.115 |
"""


def test_a_social_insurance_office_s_unnamed_figures_are_its_own():
    rows = _facts(SOCIAL_INSURANCE).indicators
    for context, raw in (("giải quyết 96.412", "96.412"), ("đạt 99,71%", "99,71%")):
        row = figure_at(rows, SOCIAL_INSURANCE, context, raw)
        assert (row.subject, row.level) == ("Bảo hiểm xã hội tỉnh", "tỉnh"), raw
    employers = figure_at(rows, SOCIAL_INSURANCE, "có 2.318 đơn vị", "2.318")
    assert employers.subject is None
    branch = figure_at(rows, SOCIAL_INSURANCE, "| 18.406 |", "18.406")
    assert (branch.subject, branch.level) == ("Bảo hiểm xã hội cơ sở Hòa An", "tỉnh")


DATED_GOALS = """\
UBND TỈNH HƯNG YÊN
UBND PHƯỜNG SƠN NAM
Số: 22/BC-UBND
Sơn Nam, ngày 06 tháng 4 năm 2026

BÁO CÁO
Kết quả giải quyết thủ tục hành chính quý I năm 2026

Tỷ lệ hồ sơ thanh toán trực tuyến của phường đạt 71,05%. Theo Kế hoạch số 46/KH-UBND ngày 20/01/2026 của UBND tỉnh,
chỉ tiêu thanh toán trực tuyến của cấp xã đến ngày 30/6/2026 là 70% và đến ngày 31/12/2026 là 80%.

| STT | Chỉ tiêu | Kết quả (%) | Chỉ tiêu đến 30/6/2026 (%) |
|---|---|---|---|
| 1 | Thanh toán trực tuyến | 71,05 | 70 |
"""


def test_goals_dated_by_day_are_targets_not_deadlines():
    facts = _facts(DATED_GOALS)
    mid = figure_at(facts.indicators, DATED_GOALS, "30/6/2026 là 70%", "70%")
    end = figure_at(facts.indicators, DATED_GOALS, "31/12/2026 là 80%", "80%")
    assert (mid.kind, mid.as_of, mid.code) == ("target", "2026-06-30", "766.thanh_toan.ho_so")
    assert (end.kind, end.as_of, end.code) == ("target", "2026-12-31", "766.thanh_toan.ho_so")
    assert facts.deadlines == []


MONTHS = """\
UBND TỈNH PHÚ THỌ
Số: 90/BC-UBND
Phú Thọ, ngày 08 tháng 4 năm 2026

BÁO CÁO
Kết quả cải cách thủ tục hành chính quý I năm 2026

Chỉ số phục vụ người dân, doanh nghiệp của tỉnh tháng 01/2026 đạt 83,10 điểm (xếp thứ 16/34), tháng 02/2026 đạt
84,05 điểm (xếp thứ 14/34) và tháng 3/2026 đạt 85,30/100 điểm, xếp thứ 12/34 tỉnh, thành phố (tháng 12/2025: 82,90
điểm, xếp thứ 17/34), tăng 2,40 điểm và tăng 5 bậc.
"""


def test_scores_month_by_month_are_dated_at_their_months():
    rows = _facts(MONTHS).indicators
    expected = (("đạt 83,10", "83,10", "2026-01-31"), ("(xếp thứ 16/34)", "16/34", "2026-01-31"),
                ("84,05 điểm", "84,05", "2026-02-28"), ("(xếp thứ 14/34)", "14/34", "2026-02-28"),
                ("đạt 85,30/100", "85,30/100", "2026-03-31"), ("xếp thứ 12/34", "12/34", "2026-03-31"),
                ("tăng 2,40", "2,40", "2026-03-31"), ("tăng 5 bậc", "5", "2026-03-31"))
    for context, raw, day in expected:
        assert figure_at(rows, MONTHS, context, raw).as_of == day, raw


VEHICLES = """\
CÔNG AN TỈNH CAO BẰNG
Số: 77/BC-CAT-PC08
Cao Bằng, ngày 10 tháng 01 năm 2026

BÁO CÁO
Kết quả đăng ký xe và sát hạch lái xe năm 2025

Năm 2025, toàn tỉnh đăng ký mới 18.204 phương tiện (xe mô tô, xe gắn máy 16.880 chiếc; xe ô tô 1.324 chiếc). Công an
cấp xã đăng ký 15.902 xe mô tô, xe gắn máy; Phòng Cảnh sát giao thông đăng ký 1.324 xe ô tô. Tổ chức 38 kỳ sát hạch,
cấp đổi 6.104 giấy phép lái xe. Kho bạc thanh toán 94 khoản chi.
"""


def test_vehicles_tests_and_payments_count_in_the_noun_as_written():
    rows = _facts(VEHICLES).indicators
    expected = (("mới 18.204", "18.204", "phương tiện"), ("gắn máy 16.880", "16.880", "chiếc"),
                ("ô tô 1.324 chiếc", "1.324", "chiếc"), ("ký 15.902", "15.902", "xe mô tô"),
                ("ký 1.324 xe", "1.324", "xe ô tô"), ("38 kỳ", "38", "kỳ sát hạch"),
                ("đổi 6.104", "6.104", "giấy phép"), ("94 khoản", "94", "khoản chi"))
    for context, raw, unit in expected:
        assert figure_at(rows, VEHICLES, context, raw).unit == unit, raw


TAX_OFFICE = """\
CỤC THUẾ
THUẾ TỈNH QUẢNG NINH
Số: 2210/BC-QNI
Quảng Ninh, ngày 06 tháng 11 năm 2025

BÁO CÁO
Kết quả triển khai hóa đơn điện tử tháng 10 năm 2025

Trong tháng, có 14.286/14.318 doanh nghiệp khai thuế điện tử, đạt 99,78%.

Nơi nhận:
- Như trên;
- Lưu: VT, NVDTPC.
KT. TRƯỞNG THUẾ TỈNH
PHÓ TRƯỞNG THUẾ TỈNH

Đỗ Minh Trang
"""


def test_a_tax_office_s_report_is_signed_by_its_head():
    assert extract_metadata(TAX_OFFICE)[0].signer == "Đỗ Minh Trang"


RANK_MOVES = """\
UBND TỈNH KHÁNH HÒA
VĂN PHÒNG
Số: 64/BC-VPUBND
Khánh Hòa, ngày 09 tháng 01 năm 2026

BÁO CÁO
Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp của cấp xã quý IV năm 2025

Xã Cam Hiệp vươn lên từ vị trí thứ 6 lên vị trí thứ 2, tăng 4 bậc. Tăng nhiều nhất là xã Suối Tân (từ thứ 41 lên thứ
29). Bộ phận Một cửa làm việc từ thứ 2 đến thứ 6 hằng tuần.
"""


def test_a_rank_move_written_with_bare_ordinals():
    rows = _facts(RANK_MOVES).indicators
    for context, raw, kind, day in (("vị trí thứ 6", "6", "previous", "2025-09-30"),
                                    ("vị trí thứ 2,", "2", "rank", "2025-12-31"),
                                    ("(từ thứ 41", "41", "previous", "2025-09-30"),
                                    ("lên thứ\n29)", "29", "rank", "2025-12-31")):
        row = figure_at(rows, RANK_MOVES, context, raw)
        assert (row.unit, row.kind, row.as_of) == ("hạng", kind, day), raw
    weekdays = RANK_MOVES.index("từ thứ 2 đến")
    assert not [row for row in rows if weekdays <= row.start < weekdays + 20]


LOST_BAR = """\
SỞ TƯ PHÁP TỈNH QUẢNG TRỊ
Số: 412/STP-HCTP
Quảng Trị, ngày 03 tháng 7 năm 2026

| STT | Lĩnh vực | Tiếp nhận | Trực tuyến | Đúng hạn (%) |
|---|---|---|---|---|
| 1 | Hộ tịch | 6.418 | 6.214 | 99,92 |
2 | Chứng thực | 3.212 | 3.106 | 100 |
| 3 | Công chứng | 2.846 | 2.630 | 99,72 |
"""


def test_a_table_row_that_lost_its_opening_bar():
    rows = _facts(LOST_BAR).indicators
    on_time = figure_at(rows, LOST_BAR, "3.106 | 100 |", "100")
    assert (on_time.unit, on_time.label) == ("%", "Chứng thực — Đúng hạn (%)")
    assert figure_at(rows, LOST_BAR, "2.630 | 99,72", "99,72").label == "Công chứng — Đúng hạn (%)"


HALF_YEARS = """\
SỞ TƯ PHÁP TỈNH QUẢNG TRỊ
Số: 415/BC-STP
Quảng Trị, ngày 03 tháng 7 năm 2026

BÁO CÁO
Kết quả giải quyết thủ tục hành chính 6 tháng đầu năm 2026

Trong kỳ, Sở tiếp nhận 24.618 hồ sơ (6 tháng cuối năm 2025: 21.946 hồ sơ), tăng 2.672 hồ sơ.
"""


def test_a_half_year_in_a_bracket_is_the_period_compared_with():
    rows = _facts(HALF_YEARS).indicators
    earlier = figure_at(rows, HALF_YEARS, "2025: 21.946", "21.946")
    assert (earlier.kind, earlier.as_of) == ("previous", "2025-12-31")
    assert figure_at(rows, HALF_YEARS, "nhận 24.618", "24.618").as_of == "2026-06-30"


GOALS_AFTER = """\
UBND THÀNH PHỐ CẦN THƠ
Số: 1250/UBND-KSTT
Cần Thơ, ngày 08 tháng 4 năm 2026

Tỷ lệ hồ sơ thanh toán trực tuyến của thành phố đạt 64,20%. Chỉ tiêu Nghị quyết số 08/NQ-HĐND ngày 10/12/2025 của HĐND
thành phố về tỷ lệ hồ sơ thanh toán trực tuyến là 70% đến ngày 30/6/2026 và 80% đến ngày 31/12/2026. Chỉ tiêu Kế hoạch
số 28/KH-UBND đề ra đến ngày 30/6/2026 có ít nhất 70% số xã, phường xếp loại Tốt và đến ngày 31/12/2026 là 85%.
"""


def test_goals_listed_with_a_day_each_in_other_orders():
    facts = _facts(GOALS_AFTER)
    for context, raw, day in (("là 70% đến", "70%", "2026-06-30"), ("và 80% đến", "80%", "2026-12-31"),
                              ("ít nhất 70%", "70%", "2026-06-30"), ("là 85%", "85%", "2026-12-31")):
        goal = figure_at(facts.indicators, GOALS_AFTER, context, raw)
        assert (goal.kind, goal.as_of) == ("target", day), context
    assert facts.deadlines == []


RANK_ROW = """\
VĂN PHÒNG UBND TỈNH NINH BÌNH
Số: 98/TB-VP
Ninh Bình, ngày 06 tháng 4 năm 2026

| STT | Nhóm chỉ số (điểm tối đa) | Tháng 01/2026 | Tháng 02/2026 | Tháng 3/2026 | Tăng (+), giảm (-) |
|---|---|---|---|---|---|
| 1 | Công khai, minh bạch (18) | 16,42 | 16,58 | 16,94 | +0,52 |
| | Tổng điểm (100) | 83,68 | 84,32 | 85,84 | +2,16 |
| | Xếp hạng (/34) | 22 | 19 | 17 | +5 |
"""


def test_a_row_of_ranks_out_of_the_total_its_label_states():
    rows = _facts(RANK_ROW).indicators
    march = figure_at(rows, RANK_ROW, "| 17 |", "17")
    assert (march.kind, march.unit, march.max_value) == ("rank", "hạng", 34)
    rise = figure_at(rows, RANK_ROW, "| +5 |", "+5")
    assert (rise.kind, rise.unit) == ("change", "hạng")


MONTH_ITEMS = """\
UBND TỈNH HƯNG YÊN
UBND PHƯỜNG SƠN NAM
Số: 24/BC-UBND
Sơn Nam, ngày 06 tháng 4 năm 2026

BÁO CÁO
Kết quả cải cách thủ tục hành chính quý I năm 2026

Kết quả Chỉ số phục vụ người dân, doanh nghiệp của phường:
- Tháng 01/2026: 85,14 điểm, xếp thứ 15/104 xã, phường;
- Tháng 02/2026: 86,02 điểm, xếp thứ 12/104 xã, phường;
- Tháng 3/2026: 87,36/100 điểm, xếp thứ 9/104 xã, phường.
"""


def test_scores_month_by_month_share_the_scale_one_states():
    rows = _facts(MONTHS).indicators
    for context, raw in (("đạt 83,10", "83,10"), ("84,05 điểm", "84,05")):
        assert figure_at(rows, MONTHS, context, raw).max_value == 100, raw
    items = _facts(MONTH_ITEMS).indicators
    for context, raw in (("2026: 85,14", "85,14"), ("2026: 86,02", "86,02")):
        assert figure_at(items, MONTH_ITEMS, context, raw).max_value == 100, raw


FORMED_FROM = """\
UBND TỈNH HƯNG YÊN
ỦY BAN NHÂN DÂN
PHƯỜNG SƠN NAM
Số: 25/BC-UBND
Sơn Nam, ngày 06 tháng 4 năm 2026

BÁO CÁO
Kết quả cải cách thủ tục hành chính quý I năm 2026

Phường Sơn Nam được thành lập trên cơ sở sắp xếp 03 đơn vị hành chính cấp xã cũ, có 41 tổ dân phố với dân số 61.204
người.
"""


def test_the_figures_after_the_units_a_ward_was_formed_from_are_the_ward_s():
    rows = _facts(FORMED_FROM).indicators
    for context, raw in (("có 41 tổ", "41"), ("số 61.204", "61.204")):
        row = figure_at(rows, FORMED_FROM, context, raw)
        assert (row.subject, row.level) == ("UBND phường Sơn Nam", "xã"), raw


FORMER_DISTRICTS = """\
UBND TỈNH HÀ TĨNH
Số: 301/BC-UBND
Hà Tĩnh, ngày 08 tháng 10 năm 2025

BÁO CÁO
Kết quả giải quyết TTHC quý III năm 2025

Theo khu vực, huyện Cẩm Xuyên (cũ) có tỷ lệ nộp trực tuyến thấp nhất (48,12%), thị xã Kỳ Anh cũ cao nhất với 77,40%.
Xã Thạch Lạc đạt 66,15%, cao hơn cùng kỳ của huyện Thạch Hà (cũ) (quý I năm 2025: 58,40%).
"""


def test_a_former_district_after_the_merger_stands_for_its_communes():
    rows = _facts(FORMER_DISTRICTS).indicators
    for context, raw in (("(48,12%)", "48,12%"), ("với 77,40%", "77,40%")):
        assert figure_at(rows, FORMER_DISTRICTS, context, raw).level == "xã", raw
    before = figure_at(rows, FORMER_DISTRICTS, "2025: 58,40%", "58,40%")
    assert (before.kind, before.as_of, before.level) == ("previous", "2025-03-31", "huyện")


THROUGH_THE_TREASURY = """\
KHO BẠC NHÀ NƯỚC
KHO BẠC NHÀ NƯỚC KHU VỰC VII
Số: 41/KBVII-KSC
V/v báo cáo kết quả thu, chi ngân sách điện tử quý III năm 2025
Nghệ An, ngày 06 tháng 10 năm 2025

Kính gửi: Ủy ban nhân dân tỉnh Nghệ An.

1. Dịch vụ công trực tuyến
Trong quý, Kho bạc Nhà nước khu vực VII tiếp nhận 41.230 hồ sơ kiểm soát chi qua Dịch vụ công trực tuyến.

2. Thu ngân sách nhà nước
Tổng thu ngân sách nhà nước trên địa bàn tỉnh hạch toán qua Kho bạc là 6.214,5 tỷ đồng, trong đó thu qua phương thức \
điện tử 6.102,3 tỷ đồng, chiếm 98,19%.
"""


def test_a_sum_through_a_body_reporting_its_own_work_is_the_province_s():
    rows = _facts(THROUGH_THE_TREASURY).indicators
    own = figure_at(rows, THROUGH_THE_TREASURY, "41.230 hồ sơ", "41.230")
    assert (own.subject, own.level) == ("Kho bạc Nhà nước khu vực VII", "tỉnh")
    for context, raw in (("là 6.214,5", "6.214,5"), ("tử 6.102,3", "6.102,3"), ("chiếm 98,19%", "98,19%")):
        row = figure_at(rows, THROUGH_THE_TREASURY, context, raw)
        assert (row.subject, row.level) == (None, None), raw
