"""Blind golden facts for corpus/blind82/485_bac_giang.txt, 486_dak_nong.txt, 487_kien_giang.txt, 488_bac_lieu.txt
and 489_tra_vinh.txt.

The five documents were written by the developers for an eighty-second blind measurement (provinces little used in
the corpus, genres not used before: an annual tổng kết with three-year comparisons, a Kế hoạch with a task table, an
HĐND committee's monitoring report, a Công văn answering voters' petitions, a weekly report of a one-stop centre; not
real documents), and every row below was written by reading them, before any extraction, restoration or pipeline
code was run on them. They also serve as held-out text for diacritic restoration (marks stripped, restored, compared
with the file).

Same structure and conventions as golden/blind80.py, blind79.py, blind16.py and blind13.py: rows use
`golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose and
list counts are kind `count`; table cells are kind `value` even when they count (rank cells kind `rank`, target
cells kind `target`), with `extra={"source": "table"}`; `as_of="period"` is the period's end; a table column dated
before the period end keeps its kind with that date as `as_of`; a change is dated at the period end and a fall
("giảm", "rút ngắn") is negative. `ANY` leaves a field unchecked where the sentence names no catalogued indicator
(`None` where it clearly names none: counts of decisions, units, staff, sessions). "thủ tục" counts use the unit
`TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of the files (or PAKN) an indicator is computed on
carries that indicator's code; every "đã giải quyết" count and a relative change of a count ("tăng 12,4% so với cùng
kỳ") have their code unchecked; files "trực tiếp" and "qua dịch vụ bưu chính công ích" carry the offline-filing code
(as golden/blind79.py's 471). Counts of local units take the unit of their first unit word ("03/08 huyện, thành phố"
→ `huyện`, "19/71 xã, phường, thị trấn" → `xã`), counts of "sở, ngành"/"cơ quan, đơn vị"/"đơn vị" → `đơn vị`, at the
level of the bodies counted (subject unchecked: the sentence counts bodies, it is no body's figure); "toàn tỉnh có
144 đơn vị hành chính cấp xã" → subject `cấp xã`. A previous total on the 766 scale carries max 100. "chứng thư"
counts use `chứng thư`. Numbers written in words ("hai năm liền trước", "ba cấp") are no figures. Dates, document
numbers, cited decrees, decisions, resolutions and letters ("Công văn số 9204/VPCP-KSTT", "Nghị quyết số
37/NQ-HĐND", "Quyết định số 766/QĐ-TTg", "Nghị định số 61/2018/NĐ-CP", "Nghị định số 107/2021/NĐ-CP", "Nghị quyết số
21/NQ-HĐND", "Quyết định số 09/QĐ-HĐND", "Nghị quyết số 18/NQ-HĐND", "Văn bản số 318/HĐND-VP"), "Bộ chỉ số 766" (a
name), "Kỳ họp thứ 23", "khóa X", "giai đoạn 2022 - 2024", period words ("5 tháng đầu năm 2025", "trong 5 tháng",
"từ ngày 01/01/2025 đến ngày 31/5/2025", "đến tháng 5/2025", "tuần 24 năm 2025 (từ ngày 09/6/2025 đến ngày
13/6/2025)", "Lũy kế từ đầu năm"), the monitoring visits "từ ngày 17/02/2025 đến ngày 07/3/2025", section numbering
("I.", "1.", "Bảng 1."), the STT column, the numbered petitions "1." … "6.", the street named for a date ("đường 23
tháng 3"), street addresses ("số 82 đường Hùng Vương"), phone numbers ("0204.3854.216", "0261.3544.127",
"0291.3824.572", "0294.3866.059"), "15 giờ", headings naming the next period ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM
2025", "IV. NHIỆM VỤ TUẦN 25 NĂM 2025": no deadlines) and years are not figures; "-" table cells are empty.

New in this set (all before the 1 July 2025 merger; ranks /63):
- 485 is a Báo cáo tổng kết of UBND tỉnh Bắc Giang to the Văn phòng Chính phủ, năm 2024, issued 15/01/2025, comparing
  three years. Province figures have subject NULL ("tỉnh Bắc Giang đạt …" too). NEW: previous values of two earlier
  years in one bracket "(năm 2022: 642.318 hồ sơ; năm 2023: 701.546 hồ sơ)", "(năm 2023: 31,84%; năm 2022:
  12,05%)": each kind `previous` dated at its own year's end; "rút ngắn 0,9 ngày so với năm 2022 (4,5 ngày/hồ sơ)":
  a change against the year before last (dated at the period end, as every change) and a previous value dated
  2022-12-31. Its Markdown table "Bảng 1" has three year columns "Năm 2022 | Năm 2023 | Năm 2024": the two earlier
  columns are dated 2022-12-31 and 2023-12-31 (kind kept: `value`, the rank row `rank`), "Năm 2024" the period; units
  from the row labels' brackets "(TTHC)", "(hồ sơ)", "(%)", "(điểm)" (no max written: none), the rank row's cells
  "21/63", "9/63" carry max 63; "-" cells of 2022 are no figures. Shares by level after "lần lượt là", parts by level
  of the TTHC and the files, six group scores `x/max` after "lần lượt là", block averages (subject unchecked, levels
  tỉnh/huyện/xã), "15/19 sở, ban, ngành" and "7/10 huyện, thị xã, thành phố" graded Tốt. "so với chỉ tiêu … giao năm
  2024 là 70% thì tỉnh đã đạt chỉ tiêu", "chỉ tiêu năm 2024 là 50%, đạt chỉ tiêu", "chưa đạt chỉ tiêu năm 2024 là
  50%": targets at the period end. The targets of năm 2025 ("tối thiểu 65%", "tối thiểu 60%") are the province's,
  dated 2025-12-31. Six deadlines: day, "chậm nhất" day in words, month, quarter, year ("trong năm 2025"),
  "trước ngày 18 hằng tháng" (issued 15/01/2025: first 18/01/2025).
- 486 is a Kế hoạch of UBND tỉnh Đắk Nông for năm 2025 (period = the plan's year, as golden/blind75.py's 451 and
  blind67.py's 410), issued 10/3/2025 (post-March 2025 agency names). Every figure under "II. KẾT QUẢ NĂM 2024" is a
  result dated 2024-12-31, its fall "giảm 5 bậc" too; "(xếp thứ 33/63)" of năm 2023 is dated 2023-12-31; "chưa đạt
  chỉ tiêu năm 2024 là 45%": a 2024 target, 43,12% carries it. A dash list "- <unit>: trực tuyến x%, thanh toán y%;"
  of the 8 district-level units (subject as written, "Huyện Đắk R'Lấp" with its apostrophe, level huyện). "III. CHỈ
  TIÊU NĂM 2025" is a dash list of the province's targets at the period end ("tối thiểu 75%", "trên 99%", "từ 60% trở
  lên", "100% hồ sơ", "không quá 3,5 ngày/hồ sơ", "từ 85/100 điểm" with max 100). NEW: the Markdown task table
  (STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành) holds targets inside its "Nội dung"
  cells ("chuẩn hóa 100% dữ liệu TTHC", "nâng tỷ lệ TTHC cung cấp trực tuyến toàn trình đạt tối thiểu 65%", "tỷ lệ
  hồ sơ thanh toán trực tuyến của cấp xã đạt tối thiểu 50%"): kind `target`, source table, dated at the end of the
  row's own "Thời gian hoàn thành" (2025-03-31, 2025-05-31, 2025-09-30), as a prose target is dated at the time its
  sentence gives; the third names cấp xã, the others no body (subject and level unchecked). Each dated row is a
  deadline whose task is its "Nội dung" and assignee its "Cơ quan chủ trì" (the partner column is no assignee):
  "Trước ngày 31/3/2025" (day), "Chậm nhất ngày 30 tháng 4 năm 2025" (day in words), "Tháng 5/2025" (month),
  "Quý III/2025" (quarter), "Năm 2025" (year), "Trước ngày 25 hằng tháng" (issued 10/3/2025: first 25/3/2025);
  "Thường xuyên" is none. One more in prose (day). "1.250 triệu đồng" is the plan's budget.
- 487 is a Báo cáo kết quả giám sát of the Ban Pháp chế HĐND tỉnh Kiên Giang (header "HĐND TỈNH KIÊN GIANG / BAN
  PHÁP CHẾ", signed "TM. BAN PHÁP CHẾ / TRƯỞNG BAN") to the Thường trực HĐND tỉnh, on năm 2024, issued 24/3/2025.
  NEW: the committee reports the province's figures as UBND tỉnh gave them (subject NULL) next to its own team's
  findings on a sample ("kiểm tra ngẫu nhiên 420 hồ sơ … có 37 hồ sơ (chiếm 8,81%)": subject, level and code
  unchecked: a sample, not the index's indicators, as golden/blind75.py's inspections). Counts of the bodies
  monitored ("04 sở, ngành", "03 huyện, thành phố", "06 xã, phường, thị trấn", "22 cơ quan, đơn vị"), "1.012/1.874
  TTHC" (max 1874), a city's overdue files and its share of the province's, a Sở and a district at both ends,
  commune staff ("418 công chức … 57 công chức kiêm nhiệm": unit `công chức`, level xã), "23/144 xã, phường, thị
  trấn", "02 kỳ họp" (unit `kỳ họp`), voters' opinions ("17 ý kiến", unit `ý kiến`), best and worst district scores
  in brackets, block averages. "chưa đạt chỉ tiêu Nghị quyết … là 45%": the 2024 target at the period end. The
  recommendations "n. <body> <task>, <time>" give six deadlines: day, quarter (with the target "tối thiểu 40%" of
  the body opening the item, dated 2025-09-30), "chậm nhất" day in words, month, year ("trong năm 2025"), "trước ngày
  10 hằng tháng" (issued 24/3/2025, after the 10th: first 10/4/2025).
- 488 is a Công văn of UBND tỉnh Bạc Liêu ("V/v trả lời kiến nghị của cử tri trước Kỳ họp thứ 23, HĐND tỉnh khóa
  X", number "2146/UBND-KSTT") to the Thường trực HĐND tỉnh, issued 12/6/2025. NEW: the voters' petitions are
  quoted ("n. Cử tri <place> phản ánh: …", no figures; the place names no subject) and each is answered ("Trả lời:
  …") with figures; the period is the one the letter states for its figures, "từ ngày 01/01/2025 đến ngày
  31/5/2025" = "5 tháng đầu năm 2025" (the "V/v" line names none), so "cùng kỳ năm 2024" is dated 2024-05-31.
  Answer 1 is the Văn phòng Đăng ký đất đai tỉnh's (named at its head, level tỉnh); its branch "Chi nhánh Văn phòng
  Đăng ký đất đai thị xã Giá Rai" keeps its name (level unchecked: a provincial office's branch seated in a town);
  "587 thư xin lỗi" (unit `thư`). Answer 2 is the province's ("toàn tỉnh"): "so với chỉ tiêu năm 2025 là 60% thì
  chưa đạt chỉ tiêu" (the year's target, dated 2025-12-31; 49,36% carries it), shares by level after "tương ứng
  là", community digital teams ("64/64 xã", "3.418 thành viên", "12.846 lượt"; level xã). Answer 3's certificates
  in `chứng thư` ("các cơ quan có thẩm quyền": subject and level unchecked) and "(cùng kỳ năm 2024 là 36,42%)".
  Answer 4: counts of communes, "18 phút", "1,8 tỷ đồng", "36 máy tính", "24 máy quét". Answer 5: `83,41/100`,
  `35/63`, "tăng 2,37 điểm và tăng 6 bậc so với tháng 12/2024 (81,04 điểm, xếp thứ 41/63)" (dated 2024-12-31), two
  group scores, a town's score and its rank "5/7 huyện, thị xã, thành phố" among the province's district-level
  units (max 7, code unchecked), a block average. Answer 6: PAKN, "6,4 ngày/PAKN", "02 PAKN quá hạn thuộc thẩm
  quyền của UBND huyện Hồng Dân", satisfaction with PAKN handling. Six deadlines in "UBND tỉnh giao:" dash items
  "- <body> <task> <time>": day, "chậm nhất" day in words, month, quarter, year (with the target "tối thiểu 60%" of
  "UBND các huyện, thị xã, thành phố"), "trước ngày 05 hằng tháng" (issued 12/6/2025, after the 5th: first
  05/7/2025).
- 489 is a "BÁO CÁO TUẦN" (doc_type "Báo cáo") of the Trung tâm Phục vụ hành chính công tỉnh Trà Vinh (header "UBND
  TỈNH TRÀ VINH / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG") to the Văn phòng UBND tỉnh, "tuần 24 năm 2025 (từ ngày
  09/6/2025 đến ngày 13/6/2025)", issued Monday 16/6/2025 (period_label "tuần 24 năm 2025", as golden/blind71.py's
  434). The Centre's own figures are "Trung tâm Phục vụ hành chính công tỉnh" (level tỉnh). NEW: "1. Trong tuần"
  and "2. Lũy kế từ đầu năm" give the same indicators for the week and cumulated since 01/01/2025: both are dated at
  the week's end (the period end; a cumulated figure refers to the date it runs to), the label telling them apart;
  "tuần trước" is dated at week 23's last working day, Friday 2025-06-06 ("tăng 82 hồ sơ (tăng 6,63%) so với tuần
  trước (1.236 hồ sơ)": change, relative change with code unchecked, previous value). Overdue files of two Sở in
  brackets. "chỉ tiêu năm 2025 là 70%, chưa đạt chỉ tiêu": the target dated 2025-12-31, the cumulated 66,85% carries
  it. Its tab-separated table by agency (level tỉnh) has a column "Lũy kế tiếp nhận từ đầu năm" (files received,
  dated at the period end too) and a "Tổng cộng" row with an empty STT cell (= the Centre). Units `công chức`,
  `quầy`, `phút`, `lượt`, `cuộc gọi` ("21/21 cuộc gọi", the hotline's: subject unchecked). The province named in full
  "tỉnh Trà Vinh đạt 84,27/100 điểm, xếp thứ 22/63, tăng 0,31 điểm so với tuần trước (83,96 điểm)". The target "đạt
  tối thiểu 68% trong tháng 6/2025" of a task is dated 2025-06-30 (subject unchecked). Five deadlines: day, "chậm
  nhất" day in words, month, quarter, weekly recurring "trước 15 giờ thứ Năm hằng tuần" (issued Monday 16/6/2025:
  first Thursday 19/6/2025).
"""

from __future__ import annotations

from golden.facts import (
    _CT,
    _DH,
    _HL,
    _KQ,
    _NOP,
    _NTT,
    _QH,
    _SH,
    _TN,
    _TSD,
    _TT,
    ANY,
    CH,
    PR,
    TAB,
    C,
    F,
    Fact,
    P,
    R,
    T,
    vn_number,
)

_num = vn_number
_TONG = "766.tong_hop"
_HANG = "766.xep_hang"
_TTHC = "tthc.tong_so"
_TIME = "766.tien_do.thoi_gian"
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_Y2025 = "2025-12-31"
_Q4_2024 = "2024-12-31"


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str, max_value: float | None = None) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs. A cell
    "21/63" is the number before the slash with `max_value` the row's maximum."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw.split("/")[0]), unit, kind,
              max_value=max_value, subject=subject, level=level, as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


def _files_row(subject: object, level: object, cells: list[tuple[str, str, object]], after: str,
               sep: str = " | ", end: str = " |\n") -> list[Fact]:
    """A row of a files table whose cells are `(raw, unit, code)`, all of the period."""
    return _cells(subject, level, [(raw, unit, P, code, "period") for raw, unit, code in cells], after, sep, end)


# ------------------------------------------------------------ 485: UBND tỉnh Bắc Giang, tổng kết năm 2024
_Y2022 = "2022-12-31"
_Y2023 = "2023-12-31"


def _years_485(unit: str, kind: str, code: object, y2022: str | None, y2023: str, y2024: str, after: str,
               max_value: float | None = None) -> list[Fact]:
    """One row of Bảng 1: the columns "Năm 2022" and "Năm 2023" dated at those years' ends (kind kept), "Năm 2024"
    the period; a "-" cell is no figure."""
    cells = [(y2023, unit, kind, code, _Y2023), (y2024, unit, kind, code, "period")]
    if y2022 is not None:
        cells.insert(0, (y2022, unit, kind, code, _Y2022))
    return _cells(None, None, cells, after, " | ", " |\n", max_value)


BLIND_485 = [
    # I.1 (9204/VPCP-KSTT of 18/12/2024 cited; "hai năm liền trước" is words, no figure)
    F("ký ban hành 46 quyết định", "46", 46, "quyết định", C, code=None),
    F("là 39 quyết định", "39", 39, "quyết định", PR, as_of=_Y2023, code=None),
    F("với 1.284 TTHC", "1.284", 1284, "TTHC", C, code=ANY),
    F("địa bàn tỉnh là 1.992", "1.992", 1992, "TTHC", C, code=_TTHC),
    F("cấp tỉnh 1.612 TTHC", "1.612", 1612, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("cấp huyện 241 TTHC", "241", 241, "TTHC", C, subject="cấp huyện", level="huyện", code=_TTHC),
    F("cấp xã 139 TTHC", "139", 139, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    F("100% TTHC được công khai", "100%", 100, "%", code=ANY),
    # I.2 (Nghị quyết số 37/NQ-HĐND of 08/12/2023 cited; "ba cấp" is words)
    F("cung cấp 1.104 TTHC", "1.104", 1104, "TTHC", C, code=_TOAN),
    F("chiếm 55,42%", "55,42%", 55.42, "%", code=_TOAN),
    F("tăng 186 TTHC", "186", 186, "TTHC", CH, code=_TOAN),
    F("(918 TTHC)", "918", 918, "TTHC", PR, as_of=_Y2023, code=_TOAN),
    F("cả năm đạt 72,35%", "72,35%", 72.35, "%", code=_NOP, target=70, stated_status="đạt"),
    F("tăng 16,18%", "16,18%", 16.18, "%", CH, code=_NOP),
    F("năm 2024 là 70%", "70%", 70, "%", T, code=_NOP),
    F("lần lượt là 84,16%", "84,16%", 84.16, "%", subject="cấp tỉnh", level="tỉnh", code=_NOP),
    F("84,16%, 69,72%", "69,72%", 69.72, "%", subject="cấp huyện", level="huyện", code=_NOP),
    F("và 67,77%", "67,77%", 67.77, "%", subject="cấp xã", level="xã", code=_NOP),
    # I.3; năm 2022 and năm 2023 dated at their ends
    F("tiếp nhận 758.204 hồ sơ (", "758.204", 758204, "hồ sơ", C, code=_TN),
    F("(năm 2022: 642.318", "642.318", 642318, "hồ sơ", PR, as_of=_Y2022, code=_TN),
    F("năm 2023: 701.546", "701.546", 701546, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    F("cấp tỉnh 186.427", "186.427", 186427, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_TN),
    F("cấp huyện 214.936", "214.936", 214936, "hồ sơ", C, subject="cấp huyện", level="huyện", code=_TN),
    F("cấp xã 356.841", "356.841", 356841, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    F("Đã giải quyết 751.380", "751.380", 751380, "hồ sơ", C, code=ANY),
    F("đúng hạn 746.947", "746.947", 746947, "hồ sơ", C, code=_DH),
    F("đạt 99,41%", "99,41%", 99.41, "%", code=_DH),
    F("quá hạn 4.433", "4.433", 4433, "hồ sơ", C, code=_QH),
    F("chiếm 0,59%", "0,59%", 0.59, "%", code=_QH),
    F("giảm 0,49%", "0,49%", -0.49, "%", CH, code=_QH),
    F("(1,08%)", "1,08%", 1.08, "%", PR, as_of=_Y2023, code=_QH),
    F("là 3,6 ngày", "3,6", 3.6, "ngày", code=_TIME),
    F("rút ngắn 0,9 ngày", "0,9", -0.9, "ngày", CH, code=_TIME),
    F("(4,5 ngày", "4,5", 4.5, "ngày", PR, as_of=_Y2022, code=_TIME),
    # I.4
    F("đạt 52,76%", "52,76%", 52.76, "%", code=_TT, target=50, stated_status="đạt"),
    F("(năm 2023: 31,84%", "31,84%", 31.84, "%", PR, as_of=_Y2023, code=_TT),
    F("năm 2022: 12,05%)", "12,05%", 12.05, "%", PR, as_of=_Y2022, code=_TT),
    F("là 50%, đạt", "50%", 50, "%", T, code=_TT),
    F("là 186,42 tỷ", "186,42", 186.42, "tỷ đồng", code=ANY),
    F("TTHC đạt 88,12%", "88,12%", 88.12, "%", code=_SH),
    F("điện tử đạt 96,47%", "96,47%", 96.47, "%", code=_KQ),
    F("đạt 41,26%", "41,26%", 41.26, "%", code=_TSD, target=50, stated_status="chưa đạt"),
    F("năm 2024 là 50%.", "50%", 50, "%", T, code=_TSD),
    # I.5
    F("tiếp nhận 312 phản ánh", "312", 312, "PAKN", C, code=_PAKN_TN),
    F("(năm 2023: 286 PAKN)", "286", 286, "PAKN", PR, as_of=_Y2023, code=_PAKN_TN),
    F("xong 306 PAKN", "306", 306, "PAKN", C, code=_PAKN_XL),
    F("đạt 98,08%", "98,08%", 98.08, "%", code=_PAKN_TL),
    F("còn 06 PAKN", "06", 6, "PAKN", C, code=ANY),
    # I.6 the province named in full ("tỉnh Bắc Giang"); năm 2023 dated 2023-12-31, the earlier total on the /100 scale
    F("đạt 87,64/100", "87,64/100", 87.64, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 9/63", "9/63", 9, "hạng", R, max_value=63, code=_HANG),
    F("tăng 7,52 điểm", "7,52", 7.52, "điểm", CH, code=_TONG),
    F("tăng 12 bậc", "12", 12, "hạng", CH, code=_HANG),
    F("(80,12 điểm", "80,12", 80.12, "điểm", PR, max_value=100, as_of=_Y2023, code=_TONG),
    F("xếp thứ 21/63)", "21/63", 21, "hạng", PR, max_value=63, as_of=_Y2023, code=_HANG),
    F("là 16,92/18", "16,92/18", 16.92, "điểm", max_value=18, code="766.cong_khai"),
    F("18; 19,56/20", "19,56/20", 19.56, "điểm", max_value=20, code="766.tien_do"),
    F("20; 10,48/12", "10,48/12", 10.48, "điểm", max_value=12, code="766.dvctt"),
    F("12; 7,64/10", "7,64/10", 7.64, "điểm", max_value=10, code="766.thanh_toan"),
    F("10; 17,38/18", "17,38/18", 17.38, "điểm", max_value=18, code="766.hai_long"),
    F("và 15,66/22", "15,66/22", 15.66, "điểm", max_value=22, code="766.so_hoa"),
    F("ngành là 88,91", "88,91", 88.91, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("phố là 84,27", "84,27", 84.27, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("trấn là 79,35", "79,35", 79.35, "điểm", subject=ANY, level="xã", code=_TONG),
    F("Có 15/19 sở", "15/19", 15, "đơn vị", C, max_value=19, subject=ANY, level="tỉnh", code=None),
    F("và 7/10 huyện", "7/10", 7, "huyện", C, max_value=10, subject=ANY, level="huyện", code=None),
    # I.7 Bảng 1: three year columns (the province's; "-" cells are no figures)
    *_years_485("TTHC", P, _TTHC, "1.936", "1.968", "1.992", "| 2 | Số TTHC cung cấp"),
    *_years_485("TTHC", P, _TOAN, "702", "918", "1.104", "| 3 | Số hồ sơ"),
    *_years_485("hồ sơ", P, _TN, "642.318", "701.546", "758.204", "| 4 | Tỷ lệ hồ sơ nộp"),
    *_years_485("%", P, _NOP, "38,42", "56,17", "72,35", "| 5 | Tỷ lệ hồ sơ giải quyết"),
    *_years_485("%", P, _DH, "97,86", "98,92", "99,41", "| 6 | Tỷ lệ hồ sơ thanh toán"),
    *_years_485("%", P, _TT, "12,05", "31,84", "52,76", "| 7 | Tỷ lệ số hóa"),
    *_years_485("%", P, _SH, "21,37", "63,58", "88,12", "| 8 | Tỷ lệ hài lòng"),
    *_years_485("%", P, _HL, "91,24", "94,06", "96,85", "| 9 | Tổng điểm"),
    *_years_485("điểm", P, _TONG, None, "80,12", "87,64", "| 10 | Xếp hạng"),
    *_years_485("hạng", R, _HANG, None, "21/63", "9/63", "\nNăm 2022 là", max_value=63),
    # II. a field's overdue files (subject, level and code unchecked); two districts in brackets
    F("(3.018 hồ sơ", "3.018", 3018, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("chiếm 68,08%", "68,08%", 68.08, "%", subject=ANY, level=ANY, code=ANY),
    F("(31,26%)", "31,26%", 31.26, "%", subject="huyện Sơn Động", level="huyện", code=_TT),
    F("(36,80%)", "36,80%", 36.80, "%", subject="huyện Yên Thế", level="huyện", code=_TT),
    # III. the province's targets for năm 2025; a count repeated in a task (0204.3854.216 is a phone number)
    F("tối thiểu 65%", "65%", 65, "%", T, as_of=_Y2025, code=_TT),
    F("tối thiểu 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TSD),
    F("dứt điểm 3.018", "3.018", 3018, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
]


# ------------------------------------------------------------ 486: UBND tỉnh Đắk Nông, Kế hoạch năm 2025
_Y2024 = "2024-12-31"


def _y24(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A result of năm 2024 quoted in the plan for năm 2025: dated 2024-12-31."""
    return F(context, raw, value, unit, kind, as_of=_Y2024, **kw)


def _district_486(name: str, online: str, payment: str) -> list[Fact]:
    """A dash item "- <unit>: trực tuyến x%, thanh toán y%;" of năm 2024 (subject as written, level huyện)."""
    return [_y24(f"{name}: trực tuyến {online}%", online + "%", _num(online), "%", subject=name, level="huyện",
                 code=_NOP),
            _y24(f"{online}%, thanh toán {payment}%", payment + "%", _num(payment), "%", subject=name,
                 level="huyện", code=_TT)]


BLIND_486 = [
    # II. results of năm 2024 (decrees 61/2018/NĐ-CP, 107/2021/NĐ-CP, 766/QĐ-TTg, 21/NQ-HĐND cited)
    _y24("tiếp nhận 248.615", "248.615", 248615, "hồ sơ", C, code=_TN),
    _y24("trực tuyến 153.744", "153.744", 153744, "hồ sơ", C, code=_NOP),
    _y24("chiếm 61,84%", "61,84%", 61.84, "%", code=_NOP),
    _y24("giải quyết 244.382", "244.382", 244382, "hồ sơ", C, code=ANY),
    _y24("đạt 98,37%", "98,37%", 98.37, "%", code=_DH),
    _y24("còn 3.983", "3.983", 3983, "hồ sơ", C, code=_QH),
    _y24("đất đai 2.874", "2.874", 2874, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    _y24("quân 4,2 ngày", "4,2", 4.2, "ngày", code=_TIME),
    _y24("tỉnh là 1.846", "1.846", 1846, "TTHC", C, code=_TTHC),
    _y24("trong đó 986 TTHC", "986", 986, "TTHC", C, code=_TOAN),
    _y24("(chiếm 53,41%)", "53,41%", 53.41, "%", code=_TOAN),
    _y24("và 612 TTHC", "612", 612, "TTHC", C, code=_MOT),
    _y24("đạt 43,12%", "43,12%", 43.12, "%", code=_TT, target=45, stated_status="chưa đạt"),
    _y24("năm 2024 là 45%", "45%", 45, "%", T, code=_TT),
    _y24("đạt 79,54%", "79,54%", 79.54, "%", code=_SH),
    _y24("đạt 28,06%", "28,06%", 28.06, "%", code=_TSD),
    _y24("đạt 80,46/100", "80,46/100", 80.46, "điểm", max_value=100, code=_TONG),
    _y24("xếp thứ 38/63", "38/63", 38, "hạng", R, max_value=63, code=_HANG),
    _y24("giảm 5 bậc", "5", -5, "hạng", CH, code=_HANG),
    F("(xếp thứ 33/63)", "33/63", 33, "hạng", PR, max_value=63, as_of=_Y2023, code=_HANG),
    _y24("đạt 5,12/10", "5,12/10", 5.12, "điểm", max_value=10, code="766.thanh_toan"),
    _y24("đạt 13,85/22", "13,85/22", 13.85, "điểm", max_value=22, code="766.so_hoa"),
    _y24("tiếp nhận 94 PAKN", "94", 94, "PAKN", C, code=_PAKN_TN),
    _y24("xử lý 91 PAKN", "91", 91, "PAKN", C, code=_PAKN_XL),
    _y24("(96,81%)", "96,81%", 96.81, "%", code=_PAKN_TL),
    _y24("hài lòng đạt 92,78%", "92,78%", 92.78, "%", code=_HL),
    _y24("cấp 12.486 chứng thư", "12.486", 12486, "chứng thư", C, subject=ANY, level=ANY, code=ANY),
    # II.5 the 8 district-level units (a count, then a dash list of two shares each)
    _y24("của 08 huyện", "08", 8, "huyện", C, subject=ANY, level="huyện", code=None),
    *_district_486("Thành phố Gia Nghĩa", "74,15", "58,20"),
    *_district_486("Huyện Cư Jút", "63,48", "46,72"),
    *_district_486("Huyện Đắk Mil", "66,09", "49,35"),
    *_district_486("Huyện Đắk Song", "58,71", "41,18"),
    *_district_486("Huyện Krông Nô", "55,26", "38,90"),
    *_district_486("Huyện Đắk R'Lấp", "61,32", "44,07"),
    *_district_486("Huyện Đắk Glong", "42,85", "31,64"),
    *_district_486("Huyện Tuy Đức", "39,17", "28,64"),
    _y24("có 03/08 huyện", "03/08", 3, "huyện", C, max_value=8, subject=ANY, level="huyện", code=None),
    _y24("và 19/71 xã", "19/71", 19, "xã", C, max_value=71, subject=ANY, level="xã", code=None),
    # III. the province's targets for năm 2025 (the plan's period end)
    F("tối thiểu 75%", "75%", 75, "%", T, code=_NOP),
    F("đạt trên 99%", "99%", 99, "%", T, code=_DH),
    F("đạt từ 60%", "60%", 60, "%", T, code=_TT),
    F("- 100% hồ sơ", "100%", 100, "%", T, code=_SH),
    F("tối thiểu 50%;", "50%", 50, "%", T, code=_TSD),
    F("không quá 3,5 ngày", "3,5", 3.5, "ngày", T, code=_TIME),
    F("đạt từ 85/100", "85/100", 85, "điểm", T, max_value=100, code=_TONG),
    F("tối thiểu 95%", "95%", 95, "%", T, code=_HL),
    # IV. targets inside the task table's "Nội dung" cells, dated at their row's "Thời gian hoàn thành"
    F("chuẩn hóa 100% dữ liệu", "100%", 100, "%", T, subject=ANY, level=ANY, as_of="2025-03-31", code=ANY,
      extra=TAB),
    F("tối thiểu 65% |", "65%", 65, "%", T, subject=ANY, level=ANY, as_of="2025-05-31", code=_TOAN, extra=TAB),
    F("tối thiểu 50% |", "50%", 50, "%", T, subject="cấp xã", level="xã", as_of="2025-09-30", code=_TT,
      extra=TAB),
    # V. the plan's budget ("đường 23 tháng 3" is a street, 0261.3544.127 a phone number)
    F("dự kiến 1.250 triệu", "1.250", 1250, "triệu đồng", subject=ANY, level=ANY, code=ANY),
]


# ------------------------------------------------------------ 487: Ban Pháp chế HĐND tỉnh Kiên Giang, giám sát năm 2024
BLIND_487 = [
    # the bodies monitored (09/QĐ-HĐND of 16/01/2025 cited; "từ ngày 17/02/2025 đến ngày 07/3/2025" the visits)
    F("tiếp tại 04 sở", "04", 4, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("03 huyện, thành phố (", "03", 3, "huyện", C, subject=ANY, level="huyện", code=None),
    F("và 06 xã", "06", 6, "xã", C, subject=ANY, level="xã", code=None),
    F("đối với 22 cơ quan", "22", 22, "đơn vị", C, subject=ANY, level=ANY, code=None),
    # I.1 the province's procedures ("ba cấp" is words)
    F("tỉnh có 1.874 TTHC", "1.874", 1874, "TTHC", C, code=_TTHC),
    F("trong đó 1.012/1.874", "1.012/1.874", 1012, "TTHC", C, max_value=1874, code=_TOAN),
    F("chiếm 54,00%", "54,00%", 54, "%", code=_TOAN),
    F("Có 100% TTHC", "100%", 100, "%", code=ANY),
    F("phát hiện 14 TTHC", "14", 14, "TTHC", C, subject=ANY, level=ANY, code=ANY),
    F("tại 02 xã", "02", 2, "xã", C, subject=ANY, level="xã", code=None),
    # I.2 the province's files, as UBND tỉnh reported them
    F("tiếp nhận 512.376", "512.376", 512376, "hồ sơ", C, code=_TN),
    F("trực tuyến 342.918", "342.918", 342918, "hồ sơ", C, code=_NOP),
    F("chiếm 66,93%", "66,93%", 66.93, "%", code=_NOP),
    F("giải quyết 503.210", "503.210", 503210, "hồ sơ", C, code=ANY),
    F("đúng hạn 496.366", "496.366", 496366, "hồ sơ", C, code=_DH),
    F("đạt 98,64%", "98,64%", 98.64, "%", code=_DH),
    F("quá hạn 6.844", "6.844", 6844, "hồ sơ", C, code=_QH),
    F("cấp xã tiếp nhận 301.452", "301.452", 301452, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    F("đạt 61,08%", "61,08%", 61.08, "%", subject="cấp xã", level="xã", code=_NOP),
    F("quân 3,9 ngày", "3,9", 3.9, "ngày", code=_TIME),
    F("Quốc có 1.286", "1.286", 1286, "hồ sơ", C, subject="Thành phố Phú Quốc", level="huyện", code=_QH),
    F("chiếm 18,79%", "18,79%", 18.79, "%", subject="Thành phố Phú Quốc", level="huyện", code=ANY),
    # the team's own sample (subject, level and code unchecked)
    F("ngẫu nhiên 420 hồ sơ", "420", 420, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("có 37 hồ sơ", "37", 37, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("(chiếm 8,81%)", "8,81%", 8.81, "%", subject=ANY, level=ANY, code=ANY),
    F("12 hồ sơ yêu cầu", "12", 12, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("05 hồ sơ quá hạn", "05", 5, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    # I.3 (Nghị quyết số 18/NQ-HĐND of 08/12/2023 cited)
    F("đạt 38,27%", "38,27%", 38.27, "%", code=_TT, target=45, stated_status="chưa đạt"),
    F("là 45%", "45%", 45, "%", T, code=_TT),
    F("đạt 82,46%", "82,46%", 82.46, "%", code=_SH),
    F("(riêng cấp xã chỉ đạt 64,27%)", "64,27%", 64.27, "%", subject="cấp xã", level="xã", code=_SH),
    F("đạt 35,18%", "35,18%", 35.18, "%", code=_TSD),
    F("trực tuyến 92,14%", "92,14%", 92.14, "%", subject="Sở Tư pháp", level="tỉnh", code=_TT),
    F("đạt 17,36%", "17,36%", 17.36, "%", subject="huyện U Minh Thượng", level="huyện", code=_TT),
    # I.4 the commune level's one-stop shops
    F("có 144 đơn vị", "144", 144, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("bố trí 418 công chức", "418", 418, "công chức", C, subject=ANY, level="xã", code=None),
    F("đó 57 công chức", "57", 57, "công chức", C, subject=ANY, level="xã", code=None),
    F("(chiếm 13,64%)", "13,64%", 13.64, "%", subject=ANY, level="xã", code=ANY),
    F("Có 23/144 xã", "23/144", 23, "xã", C, max_value=144, subject=ANY, level="xã", code=None),
    F("09 đơn vị", "09", 9, "đơn vị", C, subject=ANY, level="xã", code=None),
    # I.5 PAKN; voters' opinions at the council's sessions
    F("tiếp nhận 126 phản ánh", "126", 126, "PAKN", C, code=_PAKN_TN),
    F("xử lý 119 PAKN", "119", 119, "PAKN", C, code=_PAKN_XL),
    F("đạt 94,44%", "94,44%", 94.44, "%", code=_PAKN_TL),
    F("Trong 02 kỳ họp", "02", 2, "kỳ họp", C, subject=ANY, level=ANY, code=None),
    F("có 17 ý kiến", "17", 17, "ý kiến", C, subject=ANY, level=ANY, code=ANY),
    F("đó 15 ý kiến", "15", 15, "ý kiến", C, subject=ANY, level=ANY, code=ANY),
    # I.6 the province named in full; năm 2023 dated 2023-12-31; best and worst districts, block averages
    F("đạt 82,05 điểm", "82,05", 82.05, "điểm", code=_TONG),
    F("xếp thứ 31/63", "31/63", 31, "hạng", R, max_value=63, code=_HANG),
    F("giảm 4 bậc", "4", -4, "hạng", CH, code=_HANG),
    F("(xếp thứ 27/63)", "27/63", 27, "hạng", PR, max_value=63, as_of=_Y2023, code=_HANG),
    F("Trong 15 huyện", "15", 15, "huyện", C, subject=ANY, level="huyện", code=None),
    F("(86,72 điểm)", "86,72", 86.72, "điểm", subject="thành phố Rạch Giá", level="huyện", code=_TONG),
    F("(74,18 điểm)", "74,18", 74.18, "điểm", subject="huyện U Minh Thượng", level="huyện", code=_TONG),
    F("đạt 80,36 điểm", "80,36", 80.36, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("(85,41 điểm)", "85,41", 85.41, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    # III. recommendations: counts repeated, the target of the body opening item 2, dated at its quarter's end
    F("dứt điểm 1.286", "1.286", 1286, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("tối thiểu 40%", "40%", 40, "%", T, subject="UBND huyện U Minh Thượng", level="huyện", as_of="2025-09-30",
      code=_TT),
    F("cho 23 xã", "23", 23, "xã", C, subject=ANY, level="xã", code=None),
]


# ------------------------------------------------------------ 488: UBND tỉnh Bạc Liêu, trả lời kiến nghị cử tri
_VPDK = "Văn phòng Đăng ký đất đai tỉnh"
_SAME_2024 = "2024-05-31"


def _vpdk(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the land registration office named at the head of answer 1 (level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_VPDK, level="tỉnh", **kw)


BLIND_488 = [
    # answer 1 ("Kỳ họp thứ 23", "khóa X", 318/HĐND-VP of 26/5/2025 and "5 tháng đầu năm 2025" no figures);
    # "cùng kỳ năm 2024" is 5 tháng đầu năm 2024, dated 2024-05-31
    _vpdk("tiếp nhận 18.462", "18.462", 18462, "hồ sơ", C, code=_TN),
    _vpdk("tăng 12,4%", "12,4%", 12.4, "%", CH, code=ANY),
    _vpdk("trực tuyến 7.726", "7.726", 7726, "hồ sơ", C, code=_NOP),
    _vpdk("(chiếm 41,85%)", "41,85%", 41.85, "%", code=_NOP),
    _vpdk("giải quyết 17.905", "17.905", 17905, "hồ sơ", C, code=ANY),
    _vpdk("đúng hạn 17.318", "17.318", 17318, "hồ sơ", C, code=_DH),
    _vpdk("đạt 96,72%", "96,72%", 96.72, "%", code=_DH),
    _vpdk("quá hạn 587 hồ sơ", "587", 587, "hồ sơ", C, code=_QH),
    _vpdk("chiếm 3,28%", "3,28%", 3.28, "%", code=_QH),
    _vpdk("giảm 1,46%", "1,46%", -1.46, "%", CH, code=_QH),
    _vpdk("(4,74%)", "4,74%", 4.74, "%", PR, as_of=_SAME_2024, code=_QH),
    # a branch of the provincial office seated in a town: which level it counts at is left open
    F("còn 143 hồ sơ", "143", 143, "hồ sơ", C, subject="Chi nhánh Văn phòng Đăng ký đất đai thị xã Giá Rai",
      level=ANY, code=_QH),
    F("gửi 587 thư", "587", 587, "thư xin lỗi", C, subject=ANY, level=ANY, code=ANY),
    # answer 2: the province ("toàn tỉnh"); the year's target dated 2025-12-31
    F("đạt 49,36%", "49,36%", 49.36, "%", code=_TT, target=60, stated_status="chưa đạt"),
    F("tăng 8,15%", "8,15%", 8.15, "%", CH, code=_TT),
    F("năm 2025 là 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
    F("64/64 xã", "64/64", 64, "xã", C, max_value=64, subject=ANY, level="xã", code=None),
    F("với 3.418 thành viên", "3.418", 3418, "thành viên", C, subject=ANY, level="xã", code=None),
    F("(trong đó 1.142", "1.142", 1142, "thành viên", C, subject=ANY, level="xã", code=None),
    F("hỗ trợ 12.846 lượt", "12.846", 12846, "lượt", C, subject=ANY, level="xã", code=ANY),
    F("Long 1.927 lượt", "1.927", 1927, "lượt", C, subject="huyện Phước Long", level="huyện", code=ANY),
    F("đạt 68,53%", "68,53%", 68.53, "%", code=_NOP),
    F("là 87,12%", "87,12%", 87.12, "%", subject="cấp tỉnh", level="tỉnh", code=_NOP),
    F("87,12%, 63,40%", "63,40%", 63.40, "%", subject="cấp huyện", level="huyện", code=_NOP),
    F("và 58,95%", "58,95%", 58.95, "%", subject="cấp xã", level="xã", code=_NOP),
    # answer 3: certificates of "các cơ quan có thẩm quyền" (subject and level unchecked)
    F("bản chính 9.674 chứng thư", "9.674", 9674, "chứng thư", C, subject=ANY, level=ANY, code=ANY),
    F("đạt 58,17%", "58,17%", 58.17, "%", subject=ANY, level=ANY, code=_CT),
    F("là 36,42%", "36,42%", 36.42, "%", PR, subject=ANY, level=ANY, as_of=_SAME_2024, code=_CT),
    F("Có 41/64 xã", "41/64", 41, "xã", C, max_value=64, subject=ANY, level="xã", code=None),
    F("; 23 đơn vị", "23", 23, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("tử 2.915 chứng thư", "2.915", 2915, "chứng thư", C, subject="thành phố Bạc Liêu", level="huyện",
      code=ANY),
    # answer 4
    F("Trong 64 xã", "64", 64, "xã", C, subject=ANY, level="xã", code=None),
    F("có 52 đơn vị", "52", 52, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("là 18 phút", "18", 18, "phút", subject=ANY, level="xã", code=ANY),
    F("; 12 đơn vị", "12", 12, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("có 04 đơn vị", "04", 4, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("bố trí 1,8 tỷ", "1,8", 1.8, "tỷ đồng", subject=ANY, level=ANY, code=ANY),
    F("sắm 36 máy tính", "36", 36, "máy tính", C, subject=ANY, level=ANY, code=ANY),
    F("và 24 máy quét", "24", 24, "máy quét", C, subject=ANY, level=ANY, code=ANY),
    # answer 5: "đến tháng 5/2025" is the period end; tháng 12/2024 dated 2024-12-31 (earlier total on /100)
    F("đạt 83,41/100", "83,41/100", 83.41, "điểm", max_value=100, code=_TONG),
    F("thứ 35/63", "35/63", 35, "hạng", R, max_value=63, code=_HANG),
    F("tăng 2,37 điểm", "2,37", 2.37, "điểm", CH, code=_TONG),
    F("tăng 6 bậc", "6", 6, "hạng", CH, code=_HANG),
    F("(81,04 điểm", "81,04", 81.04, "điểm", PR, max_value=100, as_of=_Q4_2024, code=_TONG),
    F("xếp thứ 41/63)", "41/63", 41, "hạng", PR, max_value=63, as_of=_Q4_2024, code=_HANG),
    F("đạt 6,02/10", "6,02/10", 6.02, "điểm", max_value=10, code="766.thanh_toan"),
    F("đạt 14,37/22", "14,37/22", 14.37, "điểm", max_value=22, code="766.so_hoa"),
    F("Rai đạt 81,26", "81,26", 81.26, "điểm", subject="Thị xã Giá Rai", level="huyện", code=_TONG),
    F("thứ 5/7", "5/7", 5, "hạng", R, max_value=7, subject="Thị xã Giá Rai", level="huyện", code=ANY),
    F("là 82,04 điểm", "82,04", 82.04, "điểm", subject=ANY, level="huyện", code=_TONG),
    # answer 6: the province's PAKN
    F("tiếp nhận 57 PAKN", "57", 57, "PAKN", C, code=_PAKN_TN),
    F("xử lý 52 PAKN", "52", 52, "PAKN", C, code=_PAKN_XL),
    F("đạt 91,23%", "91,23%", 91.23, "%", code=_PAKN_TL),
    F("quân 6,4 ngày", "6,4", 6.4, "ngày", code="pakn.thoi_gian"),
    F("Còn 05 PAKN", "05", 5, "PAKN", C, code=ANY),
    F("đó 02 PAKN", "02", 2, "PAKN", C, subject="UBND huyện Hồng Dân", level="huyện", code=ANY),
    F("đạt 88,6%", "88,6%", 88.6, "%", code="766.hai_long.pakn"),
    # the tasks: counts repeated, the target of the body opening the item (0291.3824.572 is a phone number)
    F("dứt điểm 143", "143", 143, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("cho 12 xã", "12", 12, "xã", C, subject=ANY, level="xã", code=None),
    F("tối thiểu 60%", "60%", 60, "%", T, subject="UBND các huyện, thị xã, thành phố", level="huyện",
      as_of=_Y2025, code=_TT),
]


# ------------------------------------------------ 489: Trung tâm Phục vụ hành chính công tỉnh Trà Vinh, tuần 24/2025
_TTPV = "Trung tâm Phục vụ hành chính công tỉnh"
_WEEK_23 = "2025-06-06"


def _ttpv(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Centre itself (named by its kind, level tỉnh), of the week or cumulated to its end."""
    return F(context, raw, value, unit, kind, subject=_TTPV, level="tỉnh", **kw)


def _row_489(subject: str, received: str, online: str, settled: str, overdue: str, year: str,
             after: str) -> list[Fact]:
    """One tab-separated row: the week's files received, online share, settled, overdue, and the files received
    since 01/01/2025 ("Lũy kế … từ đầu năm": cumulated to the week's end, so dated at the period end too)."""
    return _files_row(subject, "tỉnh", [(received, "hồ sơ", _TN), (online, "%", _NOP), (settled, "hồ sơ", ANY),
                                        (overdue, "hồ sơ", _QH), (year, "hồ sơ", _TN)], after, "\t", "\n")


BLIND_489 = [
    # I.1 the week; "tuần trước" is week 23, dated at its last working day (Friday 2025-06-06)
    _ttpv("- Tiếp nhận 1.318", "1.318", 1318, "hồ sơ", C, code=_TN),
    _ttpv("tăng 82 hồ sơ", "82", 82, "hồ sơ", CH, code=_TN),
    _ttpv("(tăng 6,63%)", "6,63%", 6.63, "%", CH, code=ANY),
    _ttpv("(1.236 hồ sơ)", "1.236", 1236, "hồ sơ", PR, as_of=_WEEK_23, code=_TN),
    _ttpv("trực tuyến 1.126", "1.126", 1126, "hồ sơ", C, code=_NOP),
    _ttpv("chiếm 85,43%", "85,43%", 85.43, "%", code=_NOP),
    _ttpv("trực tiếp 162", "162", 162, "hồ sơ", C, code=_NTT),
    _ttpv("công ích 30 hồ sơ", "30", 30, "hồ sơ", C, code=_NTT),
    _ttpv("giải quyết 1.274", "1.274", 1274, "hồ sơ", C, code=ANY),
    _ttpv("trước hạn 1.268", "1.268", 1268, "hồ sơ", C, code=_DH),
    _ttpv("đạt 99,53%", "99,53%", 99.53, "%", code=_DH),
    _ttpv("quá hạn 6 hồ sơ", "6", 6, "hồ sơ", C, code=_QH),
    F("Môi trường 4 hồ sơ", "4", 4, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_QH),
    F("Xây dựng 2 hồ sơ", "2", 2, "hồ sơ", C, subject="Sở Xây dựng", level="tỉnh", code=_QH),
    _ttpv("chiếm 71,26%", "71,26%", 71.26, "%", code=_TT),
    _ttpv("(tuần trước: 69,80%)", "69,80%", 69.80, "%", PR, as_of=_WEEK_23, code=_TT),
    _ttpv("Số hóa 1.296", "1.296", 1296, "hồ sơ", C, code=ANY),
    _ttpv("đạt 98,33%", "98,33%", 98.33, "%", code=_SH),
    # I.2 cumulated since 01/01/2025, dated at the week's end; the year's target dated 2025-12-31
    _ttpv("Tiếp nhận 29.846", "29.846", 29846, "hồ sơ", C, code=_TN),
    _ttpv("trực tuyến 25.104", "25.104", 25104, "hồ sơ", C, code=_NOP),
    _ttpv("chiếm 84,11%", "84,11%", 84.11, "%", code=_NOP),
    _ttpv("giải quyết 29.215", "29.215", 29215, "hồ sơ", C, code=ANY),
    _ttpv("đúng hạn 29.037", "29.037", 29037, "hồ sơ", C, code=_DH),
    _ttpv("đạt 99,39%", "99,39%", 99.39, "%", code=_DH),
    _ttpv("quá hạn 178", "178", 178, "hồ sơ", C, code=_QH),
    _ttpv("đạt 66,85%", "66,85%", 66.85, "%", code=_TT, target=70, stated_status="chưa đạt"),
    _ttpv("là 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
    _ttpv("tiếp nhận 58 PAKN", "58", 58, "PAKN", C, code=_PAKN_TN),
    _ttpv("xử lý 55 PAKN", "55", 55, "PAKN", C, code=_PAKN_XL),
    _ttpv("đạt 94,83%", "94,83%", 94.83, "%", code=_PAKN_TL),
    _ttpv("tiếp nhận 03 PAKN", "03", 3, "PAKN", C, code=_PAKN_TN),
    # I.3 tab-separated table by agency (level tỉnh), "Tổng cộng" (empty STT cell) = the Centre
    *_row_489("Sở Nông nghiệp và Môi trường", "412", "78,40", "396", "4", "9.218", "2\tSở Tư pháp"),
    *_row_489("Sở Tư pháp", "286", "95,10", "279", "0", "6.352", "3\tSở Xây dựng"),
    *_row_489("Sở Xây dựng", "154", "88,31", "149", "2", "3.486", "4\tSở Y tế"),
    *_row_489("Sở Y tế", "118", "91,53", "116", "0", "2.741", "5\tSở Tài chính"),
    *_row_489("Sở Tài chính", "96", "82,29", "92", "0", "2.315", "6\tSở Công Thương"),
    *_row_489("Sở Công Thương", "87", "94,25", "85", "0", "2.064", "7\tSở Giáo dục"),
    *_row_489("Sở Giáo dục và Đào tạo", "72", "81,94", "70", "0", "1.730", "8\tSở Nội vụ"),
    *_row_489("Sở Nội vụ", "93", "72,04", "87", "0", "1.940", "\tTổng cộng"),
    *_row_489(_TTPV, "1.318", "85,43", "1.274", "6", "29.846", "\nII. CÔNG TÁC"),
    # II. the Centre's service (0294.3866.059 is the hotline's number)
    _ttpv("bố trí 52 công chức", "52", 52, "công chức", C, code=None),
    _ttpv("tại 44 quầy", "44", 44, "quầy", C, code=None),
    _ttpv("là 11,5 phút", "11,5", 11.5, "phút", code=ANY),
    _ttpv("ghi nhận 1.042 lượt", "1.042", 1042, "lượt", C, code=ANY),
    _ttpv("đó 1.036 lượt", "1.036", 1036, "lượt", C, code=ANY),
    _ttpv("(99,42%)", "99,42%", 99.42, "%", code=_HL),
    _ttpv("06 lượt chưa", "06", 6, "lượt", C, code=ANY),
    F("tiếp nhận 21 cuộc gọi", "21", 21, "cuộc gọi", C, subject=ANY, level=ANY, code=ANY),
    F("trả lời 21/21", "21/21", 21, "cuộc gọi", C, max_value=21, subject=ANY, level=ANY, code=ANY),
    # III. the province named in full; "tuần trước" dated 2025-06-06 (earlier total on the /100 scale)
    F("đạt 84,27/100", "84,27/100", 84.27, "điểm", max_value=100, code=_TONG),
    F("thứ 22/63", "22/63", 22, "hạng", R, max_value=63, code=_HANG),
    F("tăng 0,31 điểm", "0,31", 0.31, "điểm", CH, code=_TONG),
    F("(83,96 điểm)", "83,96", 83.96, "điểm", PR, max_value=100, as_of=_WEEK_23, code=_TONG),
    # IV. tasks of week 25 (the heading is no deadline; "15 giờ" is a time): counts repeated, a target for June
    F("dứt điểm 4 hồ sơ", "4", 4, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("tối thiểu 68%", "68%", 68, "%", T, subject=ANY, level=ANY, as_of="2025-06-30", code=_TT),
    F("thay thế 08 máy quét", "08", 8, "máy quét", C, subject=ANY, level=ANY, code=ANY),
]

BLIND = {"485": BLIND_485, "486": BLIND_486, "487": BLIND_487, "488": BLIND_488, "489": BLIND_489}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "485": [
        ("2025-02-28", "day", "28/02/2025", "Kế hoạch kiểm soát TTHC năm 2025", "Văn phòng UBND tỉnh"),
        ("2025-03-31", "day", "ngày 31 tháng 3 năm 2025", "giải quyết dứt điểm 3.018 hồ sơ đất đai quá hạn",
         "Sở Tài nguyên và Môi trường"),
        ("2025-04-30", "month", "tháng 4/2025", "nâng cấp kho dữ liệu số hóa", "Sở Thông tin và Truyền thông"),
        ("2025-06-30", "quarter", "quý II năm 2025", "nâng tỷ lệ thanh toán trực tuyến",
         "UBND huyện Sơn Động, UBND huyện Yên Thế"),
        ("2025-12-31", "year", "năm 2025", "tiêu chí đánh giá, xếp loại người đứng đầu", "Sở Nội vụ"),
        # issued 15/01/2025: the first "ngày 18 hằng tháng" is 18/01/2025
        ("2025-01-18", "recurring", "18 hằng tháng", "gửi báo cáo tình hình giải quyết TTHC",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
    "486": [
        # the task table: Nội dung (task) | Cơ quan chủ trì (assignee) | partner | deadline; "Thường xuyên" none
        ("2025-03-31", "day", "31/3/2025", "chuẩn hóa 100% dữ liệu TTHC", "Văn phòng UBND tỉnh"),
        ("2025-04-30", "day", "ngày 30 tháng 4 năm 2025", "Giải quyết dứt điểm hồ sơ đất đai quá hạn",
         "Sở Nông nghiệp và Môi trường"),
        ("2025-05-31", "month", "Tháng 5/2025", "Tái cấu trúc quy trình", "Sở Khoa học và Công nghệ"),
        ("2025-09-30", "quarter", "Quý III/2025", "Tích hợp thanh toán trực tuyến tại Bộ phận Một cửa cấp xã",
         "UBND các huyện, thành phố"),
        ("2025-12-31", "year", "Năm 2025", "Kiểm tra công tác giải quyết TTHC", "Sở Nội vụ"),
        # issued 10/3/2025: the first "ngày 25 hằng tháng" is 25/3/2025
        ("2025-03-25", "recurring", "25 hằng tháng", "Cập nhật kết quả tự đánh giá Bộ chỉ số",
         "Các sở, ban, ngành; UBND các huyện, thành phố"),
        # V.2 (prose)
        ("2025-12-15", "day", "15/12/2025", "tổng hợp kết quả thực hiện Kế hoạch", "Văn phòng UBND tỉnh"),
    ],
    "487": [
        ("2025-06-30", "day", "30/6/2025", "giải quyết dứt điểm 1.286 hồ sơ đất đai quá hạn",
         "Sở Nông nghiệp và Môi trường"),
        ("2025-09-30", "quarter", "quý III năm 2025", "nâng tỷ lệ thanh toán trực tuyến", "UBND huyện U Minh Thượng"),
        ("2025-05-31", "day", "ngày 31 tháng 5 năm 2025", "trang bị máy quét chuyên dụng", "Sở Khoa học và Công nghệ"),
        ("2025-08-31", "month", "tháng 8/2025", "bố trí đủ công chức chuyên trách", "Sở Nội vụ"),
        ("2025-12-31", "year", "năm 2025", "kiểm tra việc niêm yết", "Văn phòng UBND tỉnh"),
        # issued 24/3/2025, after the 10th: the first "ngày 10 hằng tháng" is 10/4/2025
        ("2025-04-10", "recurring", "10 hằng tháng", "báo cáo kết quả khắc phục", "UBND các huyện, thành phố"),
    ],
    "488": [
        ("2025-06-30", "day", "30/6/2025", "giải quyết dứt điểm 143 hồ sơ quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2025-07-31", "day", "ngày 31 tháng 7 năm 2025", "mua sắm, bàn giao thiết bị", "Sở Tài chính"),
        ("2025-07-31", "month", "tháng 7/2025", "chứng thực điện tử thường xuyên", "Sở Tư pháp"),
        ("2025-09-30", "quarter", "quý III năm 2025", "nâng cấp đường truyền", "Sở Khoa học và Công nghệ"),
        ("2025-12-31", "year", "năm 2025", "nâng tỷ lệ hồ sơ thanh toán trực tuyến",
         "UBND các huyện, thị xã, thành phố"),
        # issued 12/6/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/7/2025
        ("2025-07-05", "recurring", "05 hằng tháng", "tổng hợp kết quả giải quyết kiến nghị cử tri",
         "Văn phòng UBND tỉnh"),
    ],
    "489": [
        ("2025-06-18", "day", "18/6/2025", "xử lý dứt điểm 4 hồ sơ quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2025-06-20", "day", "ngày 20 tháng 6 năm 2025", "rà soát quy trình nội bộ cấp giấy phép xây dựng",
         "Sở Xây dựng"),
        ("2025-06-30", "month", "tháng 6/2025", "hướng dẫn người dân thanh toán trực tuyến tại quầy",
         "Bộ phận Tiếp nhận và Trả kết quả"),
        ("2025-09-30", "quarter", "quý III năm 2025", "thay thế 08 máy quét", "Phòng Hành chính - Tổng hợp"),
        # issued Monday 16/6/2025: the first "thứ Năm hằng tuần" is Thursday 19/6/2025
        ("2025-06-19", "recurring", "thứ Năm hằng tuần", "gửi số liệu hồ sơ tồn, quá hạn",
         "Các cơ quan có quầy tại Trung tâm"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 486 is a Kế hoạch whose
# period is the plan's year; 487's issuer is the Ban Pháp chế of the HĐND tỉnh; 488 is a Công văn ("V/v" line naming
# no period) whose period is the one stated for its figures; 489 is a weekly report.
META = {
    "485": {"doc_number": "21/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-01-15",
            "province": "Bắc Giang", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Nguyễn Văn Lục"},
    "486": {"doc_number": "67/KH-UBND", "doc_type": "Kế hoạch", "issued_date": "2025-03-10",
            "province": "Đắk Nông", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Phạm Ngọc Diệp"},
    "487": {"doc_number": "32/BC-BPC", "doc_type": "Báo cáo", "issued_date": "2025-03-24",
            "province": "Kiên Giang", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Danh Hoàng Phúc"},
    "488": {"doc_number": "2146/UBND-KSTT", "doc_type": "Công văn", "issued_date": "2025-06-12",
            "province": "Bạc Liêu", "period_label": "5 tháng đầu năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-05-31", "signer": "Lâm Thị Kim Thoa"},
    "489": {"doc_number": "94/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-06-16",
            "province": "Trà Vinh", "period_label": "tuần 24 năm 2025", "period_start": "2025-06-09",
            "period_end": "2025-06-13", "signer": "Thạch Thị Sa Rươl"},
}
