"""Blind golden facts for corpus/blind58/365_dak_lak.txt, 366_son_la.txt, 367_thai_binh.txt, 368_an_giang.txt and
369_khanh_hoa.txt.

The five documents were written by the developers for a fifty-eighth blind measurement (issuers, wording and
layouts not used in the sets they could read; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text for
diacritic restoration (marks stripped, restored, compared with the file); 369 is itself partly without marks.

Same structure and conventions as golden/blind16.py and blind13.py: rows use `golden.facts.Fact` (context string
that occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`;
table cells are kind `value` with `extra={"source": "table"}`; `as_of="period"` is the period's end; `ANY`
leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names none).
A unit is the counted noun as written ("vụ, việc" → `vụ`, the first word, as a count of local units takes its
first unit word; "nguồn tin", "phiên tòa", "văn bằng", "sinh viên", "chứng thư", "giấy chứng sinh"); counts of
bodies ("Viện kiểm sát nhân dân cấp huyện", "Trạm Y tế xã, thị trấn", "đơn vị") use `đơn vị` at the level of the
bodies counted, code None. A change is dated at the period end; a rise is positive. Dates, document numbers,
cited decisions, plans, resolutions and letters ("Công văn số 145/TANDTC-CNTT", "Nghị quyết số
04/2025/NQ-HĐTP", "Kế hoạch số 35/KH-VKSTC", "Kế hoạch số 96/KH-UBND", "Quyết định số 06/QĐ-TTg", "Công văn
số 912/SYT-NVY", "Quyet dinh so 766/QD-TTg", "Cong van so 2210/VPCP-KSTT"), "Đề án 06", "giai đoạn 2024 -
2025", "Đến ngày 31/3/2025", "Tinh den ngay 30/11/2025", "tài khoản định danh điện tử mức độ 2", section
numbering ("I.", "1."), the STT column, phone numbers ("0262.3852.417", "0212.3852.096", "0227.3633.669",
"0296.3836.115", "0258.3822.661"), addresses ("số 14 Lê Duẩn", "số 08 đường Tô Hiệu", "so 01 Tran Phu"),
"hai co quan" (a number word), headings naming the next period ("III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025", "III.
PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", "III. NHIỆM VỤ NĂM HỌC 2025-2026", "III. NHIỆM VỤ QUÝ II/2025", "III. NHIỆM
VỤ THÁNG 12/2025": no deadlines) and years are not figures.

New in this set (issuers not used before: a court, a procuracy, a university, a district health centre, and an
OCR'd provincial report):
- 365 is a half-year Báo cáo of the Tòa án nhân dân tỉnh Đắk Lắk (header "TÒA ÁN NHÂN DÂN / TỈNH ĐẮK LẮK") to
  the Tòa án nhân dân tối cao, 6 tháng đầu năm 2025, issued 07/7/2025 (after the 1 July merger with Phú Yên;
  its figures are those of the pre-merger province, as its note says). Figures of "Tòa án nhân dân hai cấp" /
  "Tòa án hai cấp" (both levels of the province's courts together) have subject and level ANY: they are at once
  the issuer's system, the whole province (NULL) and a body named as written, and no earlier set fixed which.
  "Tòa án nhân dân tỉnh thụ lý ..." is subject "Tòa án nhân dân tỉnh" (level tỉnh), "Tòa án nhân dân cấp huyện
  thụ lý ..." subject "Tòa án nhân dân cấp huyện" (level huyện); the rank sentence names the body in full
  ("Tòa án nhân dân tỉnh Đắk Lắk xếp thứ 14/63 Tòa án nhân dân cấp tỉnh"): kept as written, code unchecked (not
  the 766 rank). "(6 tháng đầu năm 2024: 18,42%)" is a previous value dated 2024-06-30; "tăng 11,73% so với cùng
  kỳ" the change of that share; "(2.556 người)" dated 2024-12-31 ("so với ngày 31/12/2024"); "(xếp thứ 19/63)"
  ("so với năm 2024") dated 2024-12-31. "chỉ tiêu ... giao năm 2025 là 35%" is a target dated 2025-12-31 and the
  30,15% carries it, "chưa đạt". Its Markdown table lists five district courts (subject as written, level huyện;
  "Thụ lý (vụ, việc)" and "Đã giải quyết (vụ, việc)" in `vụ`, a share, "Đã công bố (bản)" in `bản`), no total.
  Five deadlines: day, quarter ("quý III/2025", for "Các Tòa án nhân dân khu vực"), "chậm nhất" day in words,
  "trước ngày 05 hằng tháng" (issued 07/7/2025, after the 5th: first 05/8/2025), year.
- 366 is an annual Báo cáo of the Viện kiểm sát nhân dân tỉnh Sơn La (header "VIỆN KIỂM SÁT NHÂN DÂN / TỈNH SƠN
  LA"), năm 2024, issued 10/01/2025. "Viện kiểm sát nhân dân hai cấp" figures and the bare sentences of its
  lists have subject and level ANY (as 365's "hai cấp"); "Đơn vị đã tiếp nhận 1.042 đơn" likewise (the issuer or
  both levels). "(năm 2023: 96 nguồn tin, chiếm 5,87%)" are previous values dated 2023-12-31; the quarterly
  shares after "lần lượt là" are dated at each quarter's end (quý IV = the period end). Digitised case files
  are `x/y` counts (max the files due), by level "Cấp tỉnh:" / "Cấp huyện:" (subject "cấp tỉnh"/"cấp huyện");
  "vượt chỉ tiêu ... giao là 90%" is a target (period end) the 95,19% meets ("đạt"). These digitised files and
  the procuracy's rank are not the 766 indicators: code unchecked. "12/12 Viện kiểm sát nhân dân cấp huyện" and
  "04 / 07 / 01 đơn vị xếp loại" are counts of bodies (`đơn vị`, level huyện, code None). The task "số hóa 100%
  hồ sơ ... trong năm 2025" is a target dated 2025-12-31 (subject ANY, as above). Five deadlines: day, month
  (a named district procuracy), quarter, year, "trước ngày 25 hằng tháng" (issued 10/01/2025: first 25/01/2025).
- 367 is a Báo cáo of the Trường Đại học Thái Bình (header "UBND TỈNH THÁI BÌNH / TRƯỜNG ĐẠI HỌC THÁI BÌNH"),
  before the 1 July 2025 merger into Hưng Yên, for "năm học 2024-2025" stated as 01/9/2024–31/5/2025, issued
  27/6/2025. The school's own figures ("Nhà trường ...", bare list items) have subject "Trường Đại học Thái
  Bình" (a proper name holding a place, kept whole), level tỉnh. "(tại ngày 31/5/2024: 61,25%)" is a previous
  value dated 2024-05-31. "Chỉ tiêu UBND tỉnh giao năm 2025 là 100%" is the school's target dated 2025-12-31;
  the cashless share 95,57% carries it, "chưa đạt". "146/146 câu hỏi" is one count (max 146). Its tab-separated
  table by faculty (units from the headers: `hồ sơ`, `sinh viên`, `văn bằng`, `%`) has faculty rows with
  subject as written ("Khoa Kinh tế") and level ANY (a faculty of a provincial school: tỉnh by its parent or
  NULL as no administrative level; genuinely open), and a "Toàn trường" row with an empty STT cell (= the
  school; its figures repeat the prose). Five deadlines: day, month, "chậm nhất" day in words, quarter
  ("quý IV/2025"), "trước ngày 10 hằng tháng" (issued 27/6/2025, after the 10th: first 10/7/2025).
- 368 is a quarterly Báo cáo of the Trung tâm Y tế huyện Châu Thành (header "SỞ Y TẾ AN GIANG / TRUNG TÂM Y TẾ
  HUYỆN CHÂU THÀNH"), quý I/2025, before districts were abolished, issued 08/4/2025. The centre's own figures
  ("Trung tâm ...", bare list items) have subject "Trung tâm Y tế huyện Châu Thành", level huyện; named Trạm Y
  tế and the communes in brackets have subject as written, level xã. "(38.153 lượt)" and "(quý IV/2024:
  79,35%)" are previous values dated 2024-12-31; "tăng 4,12% so với quý IV/2024" is a change of the records'
  share. The monthly counts "tháng 01, tháng 02 và tháng 3/2025 tương ứng là ..." are dated at each month's end.
  "tương ứng là 96,20% và 93,47%" are the inpatients' and outpatients' satisfaction (subject the centre).
  "chỉ tiêu Sở Y tế giao năm 2025 là 95%" is a target dated 2025-12-31 the 94,83% does not meet ("chưa đạt").
  "3,52/5 điểm" is a score with max 5; "xếp thứ 3/11" a rank among the province's district health centres
  (code unchecked). Five deadlines: day, quarter, month, "chậm nhất" day in words, "trước ngày 03 hằng tháng"
  (issued 08/4/2025, after the 3rd: first 03/5/2025).
- 369 is a monthly Báo cáo of UBND tỉnh Khánh Hòa (after its merger with Ninh Thuận and the abolition of
  districts; 34 provinces, ranks "/34") to the Văn phòng Chính phủ, tháng 11/2025, issued 05/12/2025, OCR'd
  from a scan: several paragraphs have no marks (their contexts below are written as in the file, without
  marks, as test_blind_reports looks them up in the raw text), `%` is split from its number ("78,42 %": raw
  with the space), thousands are written with a space before the dot ("52 .318" = 52318: raw as written). The
  province's figures have subject NULL. "65/65 xã, phường, đặc khu" is a count of communes (unit `xã`, max 65);
  "tổng số hồ sơ tiếp nhận tại cấp xã" and its share under "Tại cấp xã" are subject "cấp xã". The two-row
  Markdown table of sở has broken alignment (irregular spaces, "|2|", `%` in some cells only): subject as
  written, level tỉnh. "(thang 10/2025: 44,12 %)" and "(84,57 diem, xep thu 15/34)" are previous values dated
  2025-10-31 (the previous total on the /100 scale). "chi tieu nam 2025 la 50 %" is the province's target dated
  2025-12-31; the 46,85 % carries it, "chưa đạt". Six group scores "x/max" after a colon, separated by ";".
  Block averages (subject ANY; levels tỉnh/xã). "58/65 đơn vị cấp xã" is a count of bodies (max 65, level xã).
  Five deadlines, three on unmarked lines (their words, tasks and assignees written without marks): day, month,
  "cham nhat" day in words, quarter ("quý I/2026"), "truoc ngay 22 hang thang" (issued 05/12/2025: first
  22/12/2025).
"""

from __future__ import annotations

from golden.facts import (
    _DH,
    _KQ,
    _NOP,
    _QH,
    _SH,
    _TN,
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
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"


def _ocr_number(raw: str) -> float:
    """A number as an OCR'd page writes it: `52 .318` → 52318, `78,42 %` → 78.42 (spaces dropped first)."""
    return _num(raw.replace(" ", ""))


def _cells(subject: object, level: object, cells: list[tuple[str, str, object]], after: str, sep: str,
           end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, code)`, kind value at the period end. A cell's
    context is the separator before it, the rest of its row and the start of the next line (`after`), so that
    it occurs once and the raw text is found first at the cell itself."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, P, subject=subject, level=level,
              code=code, extra=TAB)
            for i, (raw, unit, code) in enumerate(cells)]


# ------------------------------------------------------------ 365: Tòa án nhân dân tỉnh Đắk Lắk, 6 tháng đầu năm 2025
_TAT = "Tòa án nhân dân tỉnh"
_TAH = "Tòa án nhân dân cấp huyện"
_H1_2024 = "2024-06-30"
_END_2024 = "2024-12-31"


def _hai_cap(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of both levels of courts (or procuracies) together: subject and level left open."""
    return F(context, raw, value, unit, kind, subject=ANY, level=ANY, **kw)


def _row_365(court: str, accepted: str, settled: str, share: str, published: str, after: str) -> list[Fact]:
    """One Markdown row of a district court: cases accepted, settled, the settled share, judgments published."""
    cells = [(accepted, "vụ", ANY), (settled, "vụ", ANY), (share, "%", ANY), (published, "bản", ANY)]
    return _cells(court, "huyện", cells, after, " | ", " |\n")


BLIND_365 = [
    # I.1 (145/TANDTC-CNTT of 20/5/2025 and 04/2025/NQ-HĐTP of 12/3/2025 cited)
    _hai_cap("đã thụ lý 9.846 vụ", "9.846", 9846, "vụ", C),
    _hai_cap("đã giải quyết 7.512 vụ", "7.512", 7512, "vụ", C),
    _hai_cap("đạt tỷ lệ 76,29%", "76,29%", 76.29, "%"),
    F("tỉnh thụ lý 1.284", "1.284", 1284, "vụ", C, subject=_TAT, level="tỉnh"),
    F("giải quyết 952 vụ", "952", 952, "vụ", C, subject=_TAT, level="tỉnh"),
    F("đạt 74,14%", "74,14%", 74.14, "%", subject=_TAT, level="tỉnh"),
    F("huyện thụ lý 8.562", "8.562", 8562, "vụ", C, subject=_TAH, level="huyện"),
    F("giải quyết 6.560 vụ", "6.560", 6560, "vụ", C, subject=_TAH, level="huyện"),
    F("đạt 76,62%", "76,62%", 76.62, "%", subject=_TAH, level="huyện"),
    # I.2 online filing; the 2025 target
    _hai_cap("nhận được là 6.318 đơn", "6.318", 6318, "đơn", C),
    _hai_cap("Tòa án 1.905 đơn", "1.905", 1905, "đơn", C),
    _hai_cap("chiếm 30,15%", "30,15%", 30.15, "%", target=35, stated_status="chưa đạt"),
    _hai_cap("2024: 18,42%)", "18,42%", 18.42, "%", PR, as_of=_H1_2024),
    _hai_cap("tăng 11,73%", "11,73%", 11.73, "%", CH),
    _hai_cap("tiếp nhận 3.476 đơn", "3.476", 3476, "đơn", C),
    _hai_cap("bưu chính 937 đơn", "937", 937, "đơn", C),
    _hai_cap("năm 2025 là 35%", "35%", 35, "%", T, as_of="2025-12-31"),
    # I.3 e-service
    _hai_cap("đã tống đạt 41.276", "41.276", 41276, "văn bản", C),
    _hai_cap("điện tử 12.508 văn bản", "12.508", 12508, "văn bản", C),
    _hai_cap("chiếm 30,30%", "30,30%", 30.30, "%"),
    _hai_cap("điện tử là 3.742 người", "3.742", 3742, "người", C),
    _hai_cap("tăng 1.186 người", "1.186", 1186, "người", CH),
    _hai_cap("(2.556 người)", "2.556", 2556, "người", PR, as_of=_END_2024),
    F("tổ chức 486 phiên tòa", "486", 486, "phiên tòa", C, subject=_TAT, level="tỉnh"),
    F("có 73 phiên tòa", "73", 73, "phiên tòa", C, subject=_TAT, level="tỉnh"),
    # I.4 published judgments
    _hai_cap("công bố là 5.214 bản", "5.214", 5214, "bản", C),
    _hai_cap("đã công bố 5.087 bản", "5.087", 5087, "bản", C),
    _hai_cap("đạt 97,56%", "97,56%", 97.56, "%"),
    _hai_cap("còn 127 bản", "127", 127, "bản", C),
    *_row_365("Tòa án nhân dân thành phố Buôn Ma Thuột", "2.846", "2.203", "77,41", "1.512", "| 2 |"),
    *_row_365("Tòa án nhân dân thị xã Buôn Hồ", "612", "468", "76,47", "318", "| 3 |"),
    *_row_365("Tòa án nhân dân huyện Cư M'gar", "734", "571", "77,79", "402", "| 4 |"),
    *_row_365("Tòa án nhân dân huyện Krông Pắc", "689", "522", "75,76", "376", "| 5 |"),
    *_row_365("Tòa án nhân dân huyện Ea Kar", "655", "507", "77,40", "351", "\n5. Mức độ"),
    # I.5 satisfaction; the court's rank among provincial courts (0262.3852.417 is a phone number)
    F("tỉnh đạt 94,6%", "94,6%", 94.6, "%", subject=_TAT, level="tỉnh"),
    F("xếp thứ 14/63", "14/63", 14, "hạng", R, max_value=63, subject="Tòa án nhân dân tỉnh Đắk Lắk", level="tỉnh"),
    F("tăng 5 bậc", "5", 5, "hạng", CH, subject="Tòa án nhân dân tỉnh Đắk Lắk", level="tỉnh"),
    F("(xếp thứ 19/63)", "19/63", 19, "hạng", PR, max_value=63, subject="Tòa án nhân dân tỉnh Đắk Lắk",
      level="tỉnh", as_of=_END_2024),
]

# ------------------------------------------------------------ 366: Viện kiểm sát nhân dân tỉnh Sơn La, năm 2024
_END_2023 = "2023-12-31"
_VKS_TP = "Viện kiểm sát nhân dân thành phố Sơn La"
_VKS_SL = "Viện kiểm sát nhân dân tỉnh Sơn La"

BLIND_366 = [
    # I.1 (35/KH-VKSTC of 15/02/2024 cited; "tính đến hết ngày 31/12/2024" is the period end)
    _hai_cap("kiểm sát 1.736 nguồn tin", "1.736", 1736, "nguồn tin", C),
    _hai_cap("giải quyết 1.598 nguồn tin", "1.598", 1598, "nguồn tin", C),
    _hai_cap("đạt 92,05%", "92,05%", 92.05, "%"),
    _hai_cap("hình sự 1.214 nguồn tin", "1.214", 1214, "nguồn tin", C),
    _hai_cap("khởi tố 302 nguồn tin", "302", 302, "nguồn tin", C),
    _hai_cap("giải quyết 82 nguồn tin", "82", 82, "nguồn tin", C),
    _hai_cap("trực tuyến là 214 nguồn tin", "214", 214, "nguồn tin", C),
    _hai_cap("chiếm 12,33%", "12,33%", 12.33, "%"),
    _hai_cap("(năm 2023: 96 nguồn tin", "96", 96, "nguồn tin", PR, as_of=_END_2023),
    _hai_cap("chiếm 5,87%)", "5,87%", 5.87, "%", PR, as_of=_END_2023),
    _hai_cap("lần lượt là 9,8%", "9,8%", 9.8, "%", as_of="2024-03-31"),
    _hai_cap("9,8%, 11,6%", "11,6%", 11.6, "%", as_of="2024-06-30"),
    _hai_cap("11,6%, 12,9%", "12,9%", 12.9, "%", as_of="2024-09-30"),
    _hai_cap("và 14,2%", "14,2%", 14.2, "%"),
    F("lần lượt là 58, ", "58", 58, "nguồn tin", C, subject=_VKS_TP, level="huyện"),
    F("58, 41 và", "41", 41, "nguồn tin", C, subject="Viện kiểm sát nhân dân huyện Mai Sơn", level="huyện"),
    F("và 33 nguồn tin", "33", 33, "nguồn tin", C, subject="Viện kiểm sát nhân dân huyện Mộc Châu", level="huyện"),
    _hai_cap("tiếp nhận 1.042 đơn", "1.042", 1042, "đơn", C),
    _hai_cap("điện tử 87 đơn", "87", 87, "đơn", C),
    _hai_cap("chiếm 8,35%", "8,35%", 8.35, "%"),
    # I.2 digitised case files (the 90% target is for the period)
    _hai_cap("số hóa: 1.127/1.184", "1.127/1.184", 1127, "hồ sơ", C, max_value=1184),
    _hai_cap("đạt 95,19%", "95,19%", 95.19, "%", target=90, stated_status="đạt"),
    _hai_cap("giao là 90%", "90%", 90, "%", T),
    F("Cấp tỉnh: 168/171", "168/171", 168, "hồ sơ", C, max_value=171, subject="cấp tỉnh", level="tỉnh"),
    F("đạt 98,25%", "98,25%", 98.25, "%", subject="cấp tỉnh", level="tỉnh"),
    F("Cấp huyện: 959/1.013", "959/1.013", 959, "hồ sơ", C, max_value=1013, subject="cấp huyện", level="huyện"),
    F("đạt 94,67%", "94,67%", 94.67, "%", subject="cấp huyện", level="huyện"),
    _hai_cap("chứng cứ: 382 phiên tòa", "382", 382, "phiên tòa", C),
    _hai_cap("tăng 147 phiên tòa", "147", 147, "phiên tòa", CH),
    _hai_cap("(235 phiên tòa)", "235", 235, "phiên tòa", PR, as_of=_END_2023),
    _hai_cap("trực tuyến: 46 phiên tòa", "46", 46, "phiên tòa", C),
    _hai_cap("ma túy là 547 hồ sơ", "547", 547, "hồ sơ", C),
    _hai_cap("sở hữu 263 hồ sơ", "263", 263, "hồ sơ", C),
    _hai_cap("sức khỏe 141 hồ sơ", "141", 141, "hồ sơ", C),
    _hai_cap("khác 176 hồ sơ", "176", 176, "hồ sơ", C),
    F("12/12 Viện", "12/12", 12, "đơn vị", C, max_value=12, subject=ANY, level="huyện", code=None),
    F("có 04 đơn vị", "04", 4, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("07 đơn vị", "07", 7, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("01 đơn vị", "01", 1, "đơn vị", C, subject=ANY, level="huyện", code=None),
    # I.3
    _hai_cap("đạt 98,7%", "98,7%", 98.7, "%"),
    _hai_cap("cấp 156 chứng thư", "156", 156, "chứng thư", C),
    # I.4 rank among provincial procuracies (not the 766 rank)
    F("xếp thứ 21/63", "21/63", 21, "hạng", R, max_value=63, subject=_VKS_SL, level="tỉnh"),
    F("tăng 6 bậc", "6", 6, "hạng", CH, subject=_VKS_SL, level="tỉnh"),
    F("(xếp thứ 27/63)", "27/63", 27, "hạng", PR, max_value=63, subject=_VKS_SL, level="tỉnh", as_of=_END_2023),
    # III.4 the 2025 target (0212.3852.096 is a phone number)
    _hai_cap("số hóa 100%", "100%", 100, "%", T, as_of="2025-12-31"),
]

# ------------------------------------------------------------ 367: Trường Đại học Thái Bình, năm học 2024-2025
_DHTB = "Trường Đại học Thái Bình"


def _school(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the school itself (subject the school, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_DHTB, level="tỉnh", **kw)


def _row_367(faculty: object, level: object, applied: str, enrolled: str, diplomas: str, cashless: str,
             after: str) -> list[Fact]:
    """One tab-separated row: online applications, students enrolled, diplomas issued, cashless share."""
    cells = [(applied, "hồ sơ", ANY), (enrolled, "sinh viên", ANY), (diplomas, "văn bằng", ANY),
             (cashless, "%", ANY)]
    return _cells(faculty, level, cells, after, "\t", "\n")


BLIND_367 = [
    # I.1 (96/KH-UBND of 08/8/2024 and 06/QĐ-TTg of 06/01/2022 cited)
    _school("nhận được 4.225 hồ sơ", "4.225", 4225, "hồ sơ", C),
    _school("trong đó 3.864 hồ sơ", "3.864", 3864, "hồ sơ", C),
    _school("chiếm 91,46%", "91,46%", 91.46, "%"),
    _school("học là 1.082 sinh viên", "1.082", 1082, "sinh viên", C),
    _school("đạt 94,09%", "94,09%", 94.09, "%"),
    _school("146/146 câu hỏi", "146/146", 146, "câu hỏi", C, max_value=146),
    _school("phụ huynh, đạt 100%", "100%", 100, "%"),
    # I.2 e-diplomas
    _school("cấp 967 văn bằng", "967", 967, "văn bằng", C),
    _school("trong đó 912 văn bằng", "912", 912, "văn bằng", C),
    _school("đạt 94,31%", "94,31%", 94.31, "%"),
    _school("2024: 61,25%)", "61,25%", 61.25, "%", PR, as_of="2024-05-31"),
    _school("Cấp 1.436 chứng chỉ", "1.436", 1436, "chứng chỉ", C),
    # I.3 cashless fees; the 2025 target
    _school("lệ phí: 9.412 lượt", "9.412", 9412, "lượt", C),
    _school("điện tử): 8.995 lượt", "8.995", 8995, "lượt", C),
    _school("chiếm 95,57%", "95,57%", 95.57, "%", target=100, stated_status="chưa đạt"),
    _school("Tài chính: 417 lượt", "417", 417, "lượt", C),
    _school("năm 2025 là 100%", "100%", 100, "%", T, as_of="2025-12-31"),
    # I.4
    _school("Có 2.986/3.214", "2.986/3.214", 2986, "sinh viên", C, max_value=3214),
    _school("đạt 92,91%", "92,91%", 92.91, "%"),
    _school("khảo sát 1.250 sinh viên", "1.250", 1250, "sinh viên", C),
    _school("đạt 89,4%", "89,4%", 89.4, "%"),
    # I.5 tab-separated table by faculty (0227.3633.669 is a phone number)
    *_row_367("Khoa Kinh tế", ANY, "1.126", "312", "298", "96,82", "2\t"),
    *_row_367("Khoa Luật", ANY, "584", "164", "141", "94,15", "3\t"),
    *_row_367("Khoa Công nghệ thông tin", ANY, "1.018", "258", "226", "97,40", "4\t"),
    *_row_367("Khoa Cơ khí - Động lực", ANY, "602", "181", "163", "93,26", "5\t"),
    *_row_367("Khoa Điện - Điện tử", ANY, "534", "167", "139", "94,63", "\tToàn"),
    *_row_367(_DHTB, "tỉnh", "3.864", "1.082", "967", "95,57", "\nKhoa Công"),
]

# ------------------------------------------------------------ 368: Trung tâm Y tế huyện Châu Thành, quý I/2025
_TTYT = "Trung tâm Y tế huyện Châu Thành"
_Q4_2024 = "2024-12-31"


def _ttyt(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the health centre itself (subject the centre, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_TTYT, level="huyện", **kw)


BLIND_368 = [
    # I.1 (912/SYT-NVY of 14/3/2025 cited)
    _ttyt("tiếp đón 41.268 lượt", "41.268", 41268, "lượt", C),
    _ttyt("tăng 3.115 lượt", "3.115", 3115, "lượt", CH),
    _ttyt("(38.153 lượt)", "38.153", 38153, "lượt", PR, as_of=_Q4_2024),
    _ttyt("y tế: 35.907 lượt", "35.907", 35907, "lượt", C),
    _ttyt("chiếm 87,01%", "87,01%", 87.01, "%"),
    _ttyt("y tế: 31.482 lượt", "31.482", 31482, "lượt", C),
    _ttyt("đạt 87,68%", "87,68%", 87.68, "%"),
    _ttyt("2024: 79,35%)", "79,35%", 79.35, "%", PR, as_of=_Q4_2024),
    _ttyt("mặt: 4.862 lượt", "4.862", 4862, "lượt", C),
    _ttyt("chiếm 11,78%", "11,78%", 11.78, "%"),
    _ttyt("tương ứng là 9.874", "9.874", 9874, "lượt", C, as_of="2025-01-31"),
    _ttyt("9.874, 10.012", "10.012", 10012, "lượt", C, as_of="2025-02-28"),
    _ttyt("và 11.596 lượt", "11.596", 11596, "lượt", C),
    F("lần lượt là 2.184", "2.184", 2184, "lượt", C, subject="Trạm Y tế xã Vĩnh Hanh", level="xã"),
    F("2.184, 1.962", "1.962", 1962, "lượt", C, subject="Trạm Y tế xã Cần Đăng", level="xã"),
    F("và 1.731 lượt", "1.731", 1731, "lượt", C, subject="Trạm Y tế xã Vĩnh Bình", level="xã"),
    # I.2 health records
    _ttyt("cho 152.376/178.540", "152.376/178.540", 152376, "người", C, max_value=178540),
    _ttyt("đạt 85,35%", "85,35%", 85.35, "%"),
    _ttyt("tăng 4,12%", "4,12%", 4.12, "%", CH),
    F("(93,18%)", "93,18%", 93.18, "%", subject="thị trấn An Châu", level="xã"),
    F("(71,46%)", "71,46%", 71.46, "%", subject="xã Bình Thạnh", level="xã"),
    _ttyt("tại 7/9 khoa", "7/9", 7, "khoa", C, max_value=9),
    _ttyt("liên thông 214 giấy", "214", 214, "giấy chứng sinh", C),
    _ttyt("và 37 giấy", "37", 37, "giấy báo tử", C),
    _ttyt("đạt 100% số", "100%", 100, "%"),
    F("13/13 Trạm", "13/13", 13, "đơn vị", C, max_value=13, subject=ANY, level="xã", code=None),
    F("có 09 đơn vị", "09", 9, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("và 04 đơn vị", "04", 4, "đơn vị", C, subject=ANY, level="xã", code=None),
    # I.3 satisfaction; the 2025 target (0296.3836.115 is a phone number)
    _ttyt("khảo sát 600 phiếu", "600", 600, "phiếu", C),
    _ttyt("đạt 94,83%", "94,83%", 94.83, "%", target=95, stated_status="chưa đạt"),
    _ttyt("là 96,20%", "96,20%", 96.20, "%"),
    _ttyt("và 93,47%", "93,47%", 93.47, "%"),
    _ttyt("năm 2025 là 95%", "95%", 95, "%", T, as_of="2025-12-31"),
    _ttyt("đạt 3,52/5", "3,52/5", 3.52, "điểm", max_value=5),
    _ttyt("thứ 3/11", "3/11", 3, "hạng", R, max_value=11),
]

# ------------------------------------------------------------ 369: UBND tỉnh Khánh Hòa (OCR'd), tháng 11/2025
_OCT_2025 = "2025-10-31"


def _ocr(context: str, raw: str, unit: str, kind: str = P, **kw) -> Fact:
    """A province figure on an OCR'd line, its value read from the raw as written (`52 .318`, `78,42 %`)."""
    return F(context, raw, _ocr_number(raw.split("/")[0]), unit, kind, **kw)


def _row_369(context: str, raw: str, unit: str, subject: str, code: str) -> Fact:
    """One cell of the two-row table of sở (contexts written by hand: the row's spacing is irregular)."""
    return F(context, raw, _ocr_number(raw), unit, P, subject=subject, level="tỉnh", code=code, extra=TAB)


_SXD = "Sở Xây dựng"
_SNN = "Sở Nông nghiệp và Môi trường"

BLIND_369 = [
    # I.1 (766/QD-TTg of 23/6/2022 and 2210/VPCP-KSTT of 15/10/2025 cited)
    _ocr("tiep nhan 52 .318", "52 .318", "hồ sơ", C, code=_TN),
    _ocr("truc tuyen 41 .027", "41 .027", "hồ sơ", C, code=_NOP),
    _ocr("chiem 78,42 %", "78,42 %", "%", code=_NOP),
    _ocr("Da giai quyet 49 .806", "49 .806", "hồ sơ", C, code=ANY),
    _ocr("truoc han 48 .912", "48 .912", "hồ sơ", C, code=_DH),
    _ocr("dat 98,21 %", "98,21 %", "%", code=_DH),
    _ocr("qua han 894", "894", "hồ sơ", C, code=_QH),
    F("65/65 xã", "65/65", 65, "xã", C, max_value=65, subject=ANY, level="xã", code=ANY),
    _ocr("là 31 .645 hồ sơ", "31 .645", "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    _ocr("chiếm 60,49 %", "60,49 %", "%", subject="cấp xã", level="xã", code=ANY),
    # the two-row Markdown table of sở, broken alignment
    _row_369("|   1 .214 | 96,3 %|", "1 .214", "hồ sơ", _SXD, _TN),
    _row_369("| 96,3 %|  41,27 |", "96,3 %", "%", _SXD, _DH),
    _row_369("|  41,27 |", "41,27", "%", _SXD, _TT),
    _row_369("| 3 .058 |92,85", "3 .058", "hồ sơ", _SNN, _TN),
    _row_369("|92,85   |", "92,85", "%", _SNN, _DH),
    _row_369("| 38,6 % |", "38,6 %", "%", _SNN, _TT),
    # I.2 payment (the 2025 target), digitisation
    _ocr("dat 46,85 %", "46,85 %", "%", code=_TT, target=50, stated_status="chưa đạt"),
    _ocr("(thang 10/2025: 44,12 %)", "44,12 %", "%", PR, as_of=_OCT_2025, code=_TT),
    _ocr("tang 2,73 %", "2,73 %", "%", CH, code=_TT),
    _ocr("nam 2025 la 50 %", "50 %", "%", T, as_of="2025-12-31", code=_TT),
    _ocr("dat 81,37 %", "81,37 %", "%", code=_SH),
    _ocr("dat 92,4 %", "92,4 %", "%", code=_KQ),
    # I.3 PAKN
    _ocr("Tiếp nhận 47", "47", "PAKN", C, code=_PAKN_TN),
    _ocr("xử lý 45 PAKN", "45", "PAKN", C, code=_PAKN_XL),
    _ocr("đạt 95,74 %", "95,74 %", "%", code=_PAKN_TL),
    _ocr("02 PAKN", "02", "PAKN", C, code=ANY),
    # I.4 the 766 index (34 provinces); the six groups
    _ocr("dat 86,12/100", "86,12/100", "điểm", max_value=100, code=_TONG),
    _ocr("thu 12/34 tinh", "12/34", "hạng", R, max_value=34, code=_HANG),
    _ocr("tang 1,55 diem", "1,55", "điểm", CH, code=_TONG),
    _ocr("tang 3 bac", "3", "hạng", CH, code=_HANG),
    _ocr("(84,57 diem", "84,57", "điểm", PR, max_value=100, as_of=_OCT_2025, code=_TONG),
    _ocr("thu 15/34)", "15/34", "hạng", PR, max_value=34, as_of=_OCT_2025, code=_HANG),
    _ocr("minh bach 17,1/18", "17,1/18", "điểm", max_value=18, code="766.cong_khai"),
    _ocr("giai quyet 19,42/20", "19,42/20", "điểm", max_value=20, code="766.tien_do"),
    _ocr("truc tuyen 10,84/12", "10,84/12", "điểm", max_value=12, code="766.dvctt"),
    _ocr("truc tuyen 6,37/10", "6,37/10", "điểm", max_value=10, code="766.thanh_toan"),
    _ocr("hai long 17,65/18", "17,65/18", "điểm", max_value=18, code="766.hai_long"),
    _ocr("ho so 14,74/22", "14,74/22", "điểm", max_value=22, code="766.so_hoa"),
    # block averages, graded communes (0258.3822.661 is a phone number)
    _ocr("đạt 88,36 điểm", "88,36", "điểm", subject=ANY, level="tỉnh", code=_TONG),
    _ocr("đạt 83,19 điểm", "83,19", "điểm", subject=ANY, level="xã", code=_TONG),
    F("58/65 đơn vị", "58/65", 58, "đơn vị", C, max_value=65, subject=ANY, level="xã", code=None),
]

BLIND = {"365": BLIND_365, "366": BLIND_366, "367": BLIND_367, "368": BLIND_368, "369": BLIND_369}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "365": [
        ("2025-07-31", "day", "31/7/2025", "công bố các bản án, quyết định còn tồn",
         "Văn phòng Tòa án nhân dân tỉnh"),
        ("2025-09-30", "quarter", "quý III/2025", "triển khai tống đạt điện tử", "Các Tòa án nhân dân khu vực"),
        ("2025-08-15", "day", "ngày 15 tháng 8 năm 2025", "nâng cấp thiết bị phòng xử án trực tuyến",
         "Phòng Kế hoạch - Tài chính"),
        # issued 07/7/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/8/2025
        ("2025-08-05", "recurring", "05 hằng tháng", "gửi số liệu tiếp nhận đơn trực tuyến",
         "Các đơn vị trực thuộc"),
        ("2025-12-31", "year", "năm 2025", "tiếp nhận đơn khởi kiện trực tuyến", "Tòa án nhân dân hai cấp"),
    ],
    "366": [
        ("2025-02-15", "day", "15/02/2025", "nâng cấp ứng dụng tiếp nhận nguồn tin trực tuyến",
         "Phòng Thống kê tội phạm và Công nghệ thông tin"),
        ("2025-03-31", "month", "tháng 3/2025", "số hóa các hồ sơ vụ án còn tồn",
         "Viện kiểm sát nhân dân huyện Sốp Cộp"),
        ("2025-06-30", "quarter", "quý II năm 2025", "tập huấn sử dụng hồ sơ số tại phiên tòa",
         "Văn phòng Viện kiểm sát nhân dân tỉnh"),
        ("2025-12-31", "year", "năm 2025", "hồ sơ vụ án hình sự mới thụ lý", "Viện kiểm sát nhân dân hai cấp"),
        # issued 10/01/2025: the first "ngày 25 hằng tháng" is 25/01/2025
        ("2025-01-25", "recurring", "25 hằng tháng", "gửi báo cáo kết quả số hóa", "Các đơn vị"),
    ],
    "367": [
        ("2025-07-30", "day", "30/7/2025", "cập nhật dữ liệu văn bằng điện tử", "Phòng Đào tạo"),
        ("2025-08-31", "month", "tháng 8/2025", "dừng thu học phí bằng tiền mặt", "Phòng Kế hoạch - Tài chính"),
        ("2025-09-05", "day", "ngày 05 tháng 9 năm 2025", "nâng cấp Cổng tuyển sinh trực tuyến",
         "Trung tâm Thông tin - Thư viện"),
        ("2025-12-31", "quarter", "quý IV/2025", "kích hoạt tài khoản định danh điện tử",
         "Phòng Công tác sinh viên"),
        # issued 27/6/2025, after the 10th: the first "ngày 10 hằng tháng" is 10/7/2025
        ("2025-07-10", "recurring", "10 hằng tháng", "báo cáo kết quả thu học phí không dùng tiền mặt",
         "Các khoa"),
    ],
    "368": [
        ("2025-04-30", "day", "30/4/2025", "hướng dẫn người bệnh kích hoạt VNeID", "Khoa Khám bệnh"),
        ("2025-06-30", "quarter", "quý II/2025", "triển khai bệnh án điện tử", "Phòng Kế hoạch - Nghiệp vụ"),
        ("2025-05-31", "month", "tháng 5/2025", "thanh toán viện phí qua mã QR", "Phòng Tài chính - Kế toán"),
        ("2025-05-15", "day", "ngày 15 tháng 5 năm 2025", "khắc phục tình trạng gián đoạn kết nối",
         "Trạm Y tế xã Bình Hòa"),
        # issued 08/4/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/5/2025
        ("2025-05-03", "recurring", "03 hằng tháng", "gửi số liệu khám bằng căn cước",
         "Các khoa, phòng, Trạm Y tế"),
    ],
    "369": [
        ("2025-12-15", "day", "15/12/2025", "giai quyet dut diem ho so dat dai qua han",
         "So Nong nghiep va Moi truong"),
        ("2025-12-31", "month", "tháng 12/2025", "mở rộng điểm thanh toán không dùng tiền mặt", "Sở Tài chính"),
        ("2025-12-31", "day", "ngay 31 thang 12 nam 2025", "tap huan phan mem mot cua", "Van phong UBND tinh"),
        ("2026-03-31", "quarter", "quý I/2026", "nâng cấp Hệ thống thông tin giải quyết TTHC",
         "Sở Khoa học và Công nghệ"),
        # issued 05/12/2025: the first "ngày 22 hằng tháng" is 22/12/2025
        ("2025-12-22", "recurring", "22 hang thang", "bao cao ket qua giai quyet TTHC",
         "Cac so, ban, nganh, UBND cac xa, phuong, dac khu"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 365's issuer is the Tòa án nhân dân tỉnh Đắk Lắk (period stated as 01/01–30/6/2025); 366's the Viện kiểm sát
# nhân dân tỉnh Sơn La; 367's the Trường Đại học Thái Bình under "UBND TỈNH THÁI BÌNH", period stated as
# 01/9/2024–31/5/2025; 368's the Trung tâm Y tế huyện Châu Thành under "SỞ Y TẾ AN GIANG"; 369's UBND tỉnh
# Khánh Hòa, period the month in its title.
META = {
    "365": {"doc_number": "214/BC-TA", "doc_type": "Báo cáo", "issued_date": "2025-07-07",
            "province": "Đắk Lắk", "period_label": "6 tháng đầu năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-06-30", "signer": "Nguyễn Văn Thắng"},
    "366": {"doc_number": "09/BC-VKS-VP", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Sơn La", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Lò Văn Thành"},
    "367": {"doc_number": "318/BC-ĐHTB", "doc_type": "Báo cáo", "issued_date": "2025-06-27",
            "province": "Thái Bình", "period_label": "năm học 2024-2025", "period_start": "2024-09-01",
            "period_end": "2025-05-31", "signer": "Phạm Quang Huy"},
    "368": {"doc_number": "87/BC-TTYT", "doc_type": "Báo cáo", "issued_date": "2025-04-08",
            "province": "An Giang", "period_label": "quý I/2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Trần Thị Mỹ Linh"},
    "369": {"doc_number": "1126/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-12-05",
            "province": "Khánh Hòa", "period_label": "tháng 11/2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Nguyễn Thanh Hà"},
}
