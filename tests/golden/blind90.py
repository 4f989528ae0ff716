"""Blind golden facts for corpus/blind90/525_ha_tinh.txt, 526_quang_ninh.txt, 527_son_la.txt, 528_lam_dong.txt and
529_dong_thap.txt.

The five documents were written by the developers for a ninetieth blind measurement (provinces not used since set 69
or earlier; issuers and forms not yet used: a Văn phòng UBND tỉnh comparing its province with the neighbouring
provinces and the region's average, footnotes carrying figures, a unit table with group rows and a subtotal per group,
percentages written with a space before `%`, ranges, counts written in thousands or millions with a word, rates per
1.000 inhabitants, three years and four quarters compared in one sentence; not real documents), and every row below
was written by reading them, before any extraction, restoration or pipeline code was run on them. They also serve as
held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind88.py, blind87.py, blind16.py and blind13.py: rows use
`golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose and list
counts are kind `count`; table cells are kind `value` even when they count (rank cells kind `rank`), with
`extra={"source": "table"}`; `as_of="period"` is the period's end; a table column dated before the period end keeps
kind `value` with that date as `as_of`; a change is dated at the period end and a fall ("giảm", "rút ngắn") is
negative. `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly
names none: counts of decisions, units, desks, staff). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị"
counts the unit `PAKN`; a count of the files (or PAKN) an indicator is computed on carries that indicator's code; every
"đã giải quyết" count, parts by channel and relative changes of counts have their code unchecked. Counts of local
units take the unit of their first unit word ("08/12 huyện, thành phố" → `huyện`, "31/124 xã, phường, đặc khu" → `xã`,
"(58 xã, phường)" → `xã`), counts of "cơ quan", "sở, ban, ngành", "đơn vị" → `đơn vị`, at the level of the bodies
counted; "124 đơn vị hành chính cấp xã (103 xã, 20 phường và 01 đặc khu)" → the whole subject `cấp xã` (unit `đơn
vị`), its parts `xã`, `phường`, `đặc khu` (subject unchecked, level xã). Other provinces are subjects as written
("Thanh Hóa", "Thành phố Huế", "tỉnh Quảng Bình"), level tỉnh, as golden/blind59.py's 372. A provincial body's own
figures naming no body are named by its kind ("Trung tâm Phục vụ hành chính công tỉnh"). Things counted take the noun
as written (`quầy`, `công chức`, `lượt`); money keeps the unit written (`tỷ đồng`, code unchecked). Dates, document
numbers, cited decrees, circulars, decisions and letters ("Công văn số 1032/UBND-NC", "Quyết định số 766/QĐ-TTg",
"Công văn số 4215/VPCP-KSTT", "Nghị định số 61/2018/NĐ-CP", "Thông tư số 01/2023/TT-VPCP", "Quyết định số
1418/QĐ-UBND"), the stated windows ("từ ngày 01/01/2024 đến ngày 30/6/2024", "từ ngày 01/7/2025 đến ngày 30/9/2025",
"từ ngày 01/11/2025 đến ngày 30/11/2025", "Tính đến ngày 30/6/2024" = the period end), "Đề án 06", "mức độ 2", "từ đủ
14 tuổi", "Tổng đài 1022", "từ 7 giờ đến 17 giờ", the footnote markers ("¹" … "⁵", "[1]", "[2]") and the numbers
opening the footnotes, section numbering ("I.", "1.", "Bảng 1."), the STT column and the group rows' numerals ("I",
"II"), "-" cells, street addresses ("số 01 đường Nguyễn Tất Thành", "số 36 đường Trần Phú", "số 12 đường Hùng
Vương"), phone numbers ("0239.3855.216", "0277.3851.246"), numbers written in words ("ba năm", "ba tỉnh cũ", "nhóm
duy nhất"), headings naming the next period ("III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024", "IV. NHIỆM VỤ TRỌNG TÂM NĂM
2025", "II. MỤC TIÊU QUÝ IV NĂM 2025", "III. NHIỆM VỤ THÁNG 12 NĂM 2025": no deadlines; the goal framing "Phấn đấu
đến hết quý IV năm 2025" is no deadline either, as golden/blind86.py's "Đến hết năm 2025") and years are not figures.

New in this set:
- 525 is a Báo cáo of the Văn phòng UBND tỉnh Hà Tĩnh (header "UBND TỈNH HÀ TĨNH / VĂN PHÒNG") to the Chairman and
  Vice-Chairmen, comparing the province's 766 results of quý I năm 2025 (before the merger, ranks /63) with the other
  provinces of the Bắc Trung Bộ region and the region's average, issued 16/4/2025. The province's own figures ("tỉnh
  Hà Tĩnh đạt …", "của tỉnh", and its row "Hà Tĩnh" in the table) have subject NULL: `86,74/100`, `9/63`, "tăng 1,12
  điểm và tăng 4 bậc so với quý IV năm 2024 (85,62 điểm, xếp thứ 13/63)" (dated 2024-12-31, the previous total on the
  /100 scale). NEW: three years in one sentence "năm 2022 đạt 71,35 điểm, năm 2023 đạt 78,92 điểm và năm 2024 đạt
  84,10 điểm": a series, not a comparison base, so each is kind `value` dated at its own year's end (as golden/
  blind82.py's year columns), no max written. NEW: its Markdown Bảng 1 of the six provinces: each other province's
  score, rank `n/63` (max 63) and shares are that province's (subject as written, "Thanh Hóa", "Thành phố Huế", level
  tỉnh); the region's average row "Bình quân vùng Bắc Trung Bộ" is the region's own subject "vùng Bắc Trung Bộ", level
  NULL (above the province, as "cả nước" in golden/blind59.py); its rank cell "-" is no figure. The same subject for
  "bình quân vùng …" in the prose and the dash list of the six groups ("tỉnh đạt 17,12/18 điểm, bình quân vùng 16,35
  điểm": the province's score with its max, the region's average without one). "đứng thứ 2/6 trong vùng" a rank of the
  province among the region's six (max 6, code 766.xep_hang). "cao hơn 2,57 điểm so với bình quân vùng" is a signed
  difference from another subject, not over time: kind `change` (the only kind for a difference), subject NULL, code
  766.tong_hop. "Có 03/06 tỉnh, thành phố" counts provinces (unit `tỉnh`, subject unchecked, level tỉnh, code None);
  "06 tỉnh, thành phố" likewise. "tỉnh Quảng Trị, giảm 1,26 điểm so với quý IV năm 2024 (81,73 điểm)" that province's
  change and previous value (no max: its current score has none). Percentages written with a space ("28,64 %",
  "(41,25 %)") are figures like any other. "(chỉ tiêu năm 2025 là 60%, chưa đạt chỉ tiêu)": the province's target
  dated 2025-12-31 that 52,16% carries. The task's "tối thiểu 60% trong quý II năm 2025" is the districts' (subject
  unchecked, level huyện, dated 2025-06-30). Five deadlines: day, "chậm nhất" day in words, quarter (with the target),
  month, "trước ngày 25 hằng tháng" (issued 16/4/2025: first 25/4/2025).
- 526 is a half-year Báo cáo of UBND tỉnh Quảng Ninh to the Văn phòng Chính phủ, 6 tháng đầu năm 2024, issued
  05/7/2024. NEW: FOOTNOTES CARRYING FIGURES, marked by superscripts glued to the figure or word before them ("342
  TTHC¹", "184.606 hồ sơ²", "0,47%³", "1.248,6 tỷ đồng⁴", "1.284 PAKN⁵"; the markers are no figures and not part of the
  numbers), their texts after a rule before the tasks: each footnote's figures are read as the sentence they annotate
  (same period; subjects as they name them: "Trung tâm Phục vụ hành chính công tỉnh" level tỉnh, "UBND thành phố Hạ
  Long" level huyện, "Sở Tài nguyên và Môi trường" level tỉnh for overdue files; the TTHC by kind and the PAKN by
  channel are bare parts, code unchecked). NEW: counts written in thousands or millions with a word are scaled to the
  noun counted ("102,1 nghìn hồ sơ" → 102100 `hồ sơ`, "3,5 triệu lượt truy cập" → 3500000 `lượt`, "1,12 triệu tài
  khoản" → 1120000 `tài khoản`), whereas money keeps its unit (`tỷ đồng`) as in every earlier set; "Bình quân mỗi
  tháng … khoảng 102,1 nghìn hồ sơ" is an average (kind value, code unchecked). NEW: rates per population "75 hồ
  sơ/1.000 dân", "824 tài khoản/1.000 dân": kind value, the unit written with its base (`hồ sơ/1.000 dân`, `tài
  khoản/1.000 dân`; the "1.000" is no figure of its own), code unchecked. A quarter-by-quarter pair "quý I đạt 70,86%,
  quý II đạt 75,62%": quý I dated 2024-03-31, quý II at the period end. The portal's visits "Cổng Dịch vụ công tỉnh có
  3,5 triệu lượt truy cập, tăng 0,8 triệu lượt so với cùng kỳ năm 2023 (2,7 triệu lượt)" (subject and level unchecked:
  the portal or the province; previous dated 2023-06-30). "tăng 8,6% so với cùng kỳ năm 2023" a relative change.
  Online shares of cấp huyện and of two districts in brackets. "(89,95 điểm)" of quý I năm 2024 is a previous total
  dated 2024-03-31 (max 100); "giữ nguyên thứ hạng" no figure. The task's "tối thiểu 60% trong tháng 9/2024" is UBND
  huyện Cô Tô's (dated 2024-09-30). Six deadlines: day, "chậm nhất" day in words, month (with the target), quarter,
  year, "trước ngày 20 hằng tháng" (issued 05/7/2024: first 20/7/2024).
- 527 is an annual Báo cáo of UBND tỉnh Sơn La to the Văn phòng Chính phủ, năm 2024, issued 09/01/2025. NEW: its
  Markdown Bảng 1 has GROUP ROWS ("| I | Cấp tỉnh | | | |", "| II | Cấp huyện | | | |": no figures) each followed by
  its units (the Sở as written, level tỉnh; "Các sở, ngành còn lại" subject unchecked, level tỉnh; "UBND huyện Mường
  La", level huyện) and a SUBTOTAL ROW with an empty STT cell ("Cộng cấp tỉnh" → subject `cấp tỉnh`, level tỉnh;
  "Cộng cấp huyện" → `cấp huyện`, level huyện; their files repeat the prose); no grand total. Cells: files received,
  online share, on-time share (one "100" cell). NEW: footnotes marked "[1]", "[2]" after a word
  ("715 TTHC[1]", "3.325 hồ sơ[2]"), their texts after a rule at the end of section III. NEW: four quarters in one
  sentence "quý I đạt 52,40%, quý II đạt 61,75%, quý III đạt 68,32% và quý IV đạt 74,16%" (each dated at its
  quarter's end, quý IV at the period end, as golden/blind47.py's quarter list) after the year's 64,85%; three years
  in one sentence "năm 2022 đạt 95,84%, năm 2023 đạt 97,62% và năm 2024 đạt 98,91%" (kind value, 2022-12-31,
  2023-12-31, the period). NEW: a range of the district-level units' values "dao động từ 96,14% đến 99,88%": both
  bounds are figures of the same kind (value; the lowest and the highest unit, so subject unchecked, level huyện, code
  of the share). "(năm 2023: 268.931 hồ sơ), tăng 43.555 hồ sơ" previous dated 2023-12-31; files by level after
  "trong đó"; "chưa đạt chỉ tiêu năm 2024 là 45%" (target at the period end). "186/186 PAKN" one count. `83,62/100`,
  `27/63`, "tăng 11 bậc so với năm 2023 (xếp thứ 38/63)"; counts by grade "14/19 sở, ban, ngành … 05 cơ quan" (`đơn
  vị`) and "08/12 huyện, thành phố … 04 huyện" (`huyện`). The task's "tối thiểu 50% trong năm 2025" belongs to the
  agencies and districts together (subject and level unchecked, dated 2025-12-31). Six deadlines: day, "chậm nhất" day
  in words for two districts, quarter, month, year (with the target), "trước ngày 15 hằng tháng" (issued 09/01/2025:
  first 15/01/2025).
- 528 is a Thông báo kết luận of the Chairman of UBND tỉnh Lâm Đồng (header "ỦY BAN NHÂN DÂN / TỈNH LÂM ĐỒNG", number
  "486/TB-UBND", signed "TL. CHỦ TỊCH / CHÁNH VĂN PHÒNG") on the 766 results of quý III năm 2025, the first quarter
  after the merger with Đắk Nông and Bình Thuận (ranks /34), issued 13/10/2025. NEW: EVERY PERCENTAGE IS WRITTEN WITH A
  SPACE before `%` ("72,6 %", "(quý II năm 2025: 44,8 %)", "100 %"). The province's `81,26/100`, `19/34`, "tăng 2,32
  điểm so với quý II năm 2025 (78,94 điểm, tính chung ba tỉnh cũ)" (the merged province's earlier total, subject NULL,
  dated 2025-06-30, max 100); "hơn 186,4 nghìn hồ sơ" → 186400 `hồ sơ` (a count). NEW: a range of the communes'
  scores "dao động từ 62,18 điểm đến 91,47 điểm" (kind value, subject unchecked, level xã) and TARGET RANGES "đạt từ 80
  % đến 85 %", "đạt từ 60 % đến 65 %": both bounds kind `target` of the province (subject NULL, dated 2025-12-31, the
  code of the share targeted), next to "tối thiểu 85/100 điểm" (a target with max 100). The communes' and blocks'
  averages (subject unchecked, level xã), "đặc khu Phú Quý đạt 80,15 điểm" (subject as written, level xã). A dash
  list by former province "- Khu vực Lâm Đồng cũ (58 xã, phường): điểm bình quân …, nộp trực tuyến … %, thanh toán
  trực tuyến … %;" (the areas are neither the province nor one of its units: subject unchecked, level xã, as the
  figures are the communes'). Counts by grade "31/124 xã, phường, đặc khu … 68 đơn vị … 25 đơn vị". The task's "tại
  100 % Bộ phận Một cửa cấp xã trong quý IV năm 2025" is a target (subject unchecked, level xã, dated 2025-12-31, code
  unchecked). Six deadlines: day, "chậm nhất" day in words, month, quarter, year, "trước ngày 05 hằng tháng" (issued
  13/10/2025, after the 5th: first 05/11/2025).
- 529 is a monthly Báo cáo of the Trung tâm Phục vụ hành chính công tỉnh Đồng Tháp (header "UBND TỈNH ĐỒNG THÁP /
  TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"; merged with Tiền Giang, ranks /34), tháng 11 năm 2025, issued 04/12/2025. The
  Centre's own figures have subject "Trung tâm Phục vụ hành chính công tỉnh", level tỉnh: "46 quầy … 58 công chức",
  "(tháng 10/2025: 22.764 hồ sơ), tăng 1.554 hồ sơ" (dated 2025-10-31), the rate "7,2 hồ sơ/1.000 dân", the files of
  the window "Từ ngày 01/7/2025 đến hết tháng 11/2025 … 112,7 nghìn hồ sơ" (112700 `hồ sơ`, a count dated at the
  period end), overdue files of one Sở in brackets, ratings in `lượt` and their share (code unchecked). Its
  TAB-SEPARATED Bảng 1 lists the agencies with desks at the Centre (subject as written, level tỉnh; "Các cơ quan khác"
  unchecked; files, online, payment and on-time shares; Sở Nội vụ's payment cell "-" is no figure; two "100" cells)
  and a "Tổng cộng" row with an empty STT cell (= the Centre; its figures repeat the prose). "Có 02/09 cơ quan đạt tỷ
  lệ đúng hạn 100%" (a count in `đơn vị` and the two bodies' share: subject unchecked, level tỉnh). The portal's "1,46
  triệu lượt truy cập (tháng 10/2025: 1,31 triệu lượt)" (subject and level unchecked). "so với chỉ tiêu UBND tỉnh
  giao năm 2025 là 70% thì chưa đạt chỉ tiêu": the Centre's target dated 2025-12-31. The province's `84,06/100`,
  `12/34`, "tăng 2 bậc so với tháng 10/2025 (xếp thứ 14/34)" (subject NULL). Tasks: "105 hồ sơ" repeated, "tối thiểu
  70% trong tháng 12/2025" (the agencies': subject unchecked, level tỉnh), "06 công chức". Five deadlines: day,
  "chậm nhất" day in words, month (with the target), quarter "quý I năm 2026", "trước ngày 03 hằng tháng" (issued
  04/12/2025, after the 3rd: first 03/01/2026).
"""

from __future__ import annotations

from golden.facts import (
    _DH,
    _HL,
    _KQ,
    _NOP,
    _QH,
    _SH,
    _TK,
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
_Y2022 = "2022-12-31"
_Y2023 = "2023-12-31"
_Y2024 = "2024-12-31"
_Y2025 = "2025-12-31"
_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_XA = {"subject": "cấp xã", "level": "xã"}

# A cell spec: (text as written, unit, kind, code, as_of); unit None marks a cell that is no figure ("-").
Cell = tuple[str, object, str, object, str]


def _cells(subject: object, level: object, cells: list[Cell], after: str, sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row. A cell's context is the separator before it, the rest of its row and the
    start of the next line (`after`), so that it occurs once and the raw text is found first at the cell itself even
    where the same figure recurs. A rank `n/m` is read as n with max m."""
    texts = [cell[0] for cell in cells]
    facts = []
    for i, (raw, unit, kind, code, as_of) in enumerate(cells):
        if unit is None:
            continue
        number, _, base = raw.partition("/")
        facts.append(F(sep + sep.join(texts[i:]) + end + after, raw, _num(number), unit, kind,
                       max_value=_num(base) if base else None, subject=subject, level=level, as_of=as_of,
                       code=code, extra=TAB))
    return facts


# ------------------------------------------------ 525: Văn phòng UBND tỉnh Hà Tĩnh, so sánh vùng, quý I năm 2025
_Q4_2024 = "2024-12-31"
_VUNG = {"subject": "vùng Bắc Trung Bộ", "level": None}
_HUE = "Thành phố Huế"


def _province_525(subject: object, level: object, score: str, rank: str, online: str, paid: str, digitised: str,
                  after: str) -> list[Fact]:
    """One Markdown row of a province (or the region's average): score (no max), rank `n/63`, three shares."""
    rank_unit = None if rank == "-" else "hạng"
    cells = [(score, "điểm", P, _TONG, "period"), (rank, rank_unit, R, _HANG, "period"),
             (online, "%", P, _NOP, "period"), (paid, "%", P, _TT, "period"), (digitised, "%", P, _SH, "period")]
    return _cells(subject, level, cells, after, " | ", " |\n")


def _vung(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the region's average."""
    return F(context, raw, value, unit, kind, **_VUNG, **kw)


BLIND_525 = [
    # I. (1032/UBND-NC and 766/QĐ-TTg cited); quý IV năm 2024 dated 2024-12-31
    F("đạt 86,74/100", "86,74/100", 86.74, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 9/63", "9/63", 9, "hạng", R, max_value=63, code=_HANG),
    F("tăng 1,12 điểm", "1,12", 1.12, "điểm", CH, code=_TONG),
    F("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    F("(85,62 điểm", "85,62", 85.62, "điểm", PR, max_value=100, as_of=_Q4_2024, code=_TONG),
    F("xếp thứ 13/63)", "13/63", 13, "hạng", PR, max_value=63, as_of=_Q4_2024, code=_HANG),
    # three years in one sentence ("ba năm" a word): each dated at its year's end
    F("năm 2022 đạt 71,35", "71,35", 71.35, "điểm", as_of=_Y2022, code=_TONG),
    F("năm 2023 đạt 78,92", "78,92", 78.92, "điểm", as_of=_Y2023, code=_TONG),
    F("năm 2024 đạt 84,10", "84,10", 84.10, "điểm", as_of=_Y2024, code=_TONG),
    # II.1 the region's six provinces; Bảng 1 (Hà Tĩnh = the province itself; the region's average row)
    F("gồm 06 tỉnh", "06", 6, "tỉnh", C, subject=ANY, level="tỉnh", code=None),
    *_province_525(None, None, "86,74", "9/63", "68,42", "52,16", "71,38", "| 2 | Thanh Hóa"),
    *_province_525("Thanh Hóa", "tỉnh", "84,15", "21/63", "61,27", "47,83", "66,05", "| 3 | Nghệ An"),
    *_province_525("Nghệ An", "tỉnh", "82,36", "30/63", "57,91", "44,12", "62,47", "| 4 | Quảng Bình"),
    *_province_525("Quảng Bình", "tỉnh", "83,08", "26/63", "63,45", "49,70", "68,29", "| 5 | Quảng Trị"),
    *_province_525("Quảng Trị", "tỉnh", "80,47", "38/63", "55,06", "41,38", "60,14", "| 6 | Thành phố Huế"),
    *_province_525(_HUE, "tỉnh", "88,21", "5/63", "72,64", "58,45", "76,92", "| | Bình quân vùng"),
    *_province_525("vùng Bắc Trung Bộ", None, "84,17", "-", "63,13", "48,94", "67,54", "\nHà Tĩnh đứng"),
    F("thứ 2/6", "2/6", 2, "hạng", R, max_value=6, code=_HANG),
    F("Huế (88,21 điểm)", "88,21", 88.21, "điểm", subject=_HUE, level="tỉnh", code=_TONG),
    F("cao hơn 2,57 điểm", "2,57", 2.57, "điểm", CH, code=_TONG),
    F("Có 03/06", "03/06", 3, "tỉnh", C, max_value=6, subject=ANY, level="tỉnh", code=None),
    F("giảm 1,26 điểm", "1,26", -1.26, "điểm", CH, subject="tỉnh Quảng Trị", level="tỉnh", code=_TONG),
    F("(81,73 điểm)", "81,73", 81.73, "điểm", PR, subject="tỉnh Quảng Trị", level="tỉnh", as_of=_Q4_2024,
      code=_TONG),
    # II.2 the six groups: the province's score (with max) and the region's average (without)
    F("đạt 17,12/18", "17,12/18", 17.12, "điểm", max_value=18, code="766.cong_khai"),
    _vung("vùng 16,35", "16,35", 16.35, "điểm", code="766.cong_khai"),
    F("đạt 19,46/20", "19,46/20", 19.46, "điểm", max_value=20, code="766.tien_do"),
    _vung("vùng 19,02", "19,02", 19.02, "điểm", code="766.tien_do"),
    F("đạt 10,28/12", "10,28/12", 10.28, "điểm", max_value=12, code="766.dvctt"),
    _vung("vùng 9,74", "9,74", 9.74, "điểm", code="766.dvctt"),
    F("đạt 7,36/10", "7,36/10", 7.36, "điểm", max_value=10, code="766.thanh_toan"),
    _vung("vùng 6,91", "6,91", 6.91, "điểm", code="766.thanh_toan"),
    F("đạt 16,04/22", "16,04/22", 16.04, "điểm", max_value=22, code="766.so_hoa"),
    _vung("(16,38 điểm)", "16,38", 16.38, "điểm", code="766.so_hoa"),
    F("đạt 16,48/18", "16,48/18", 16.48, "điểm", max_value=18, code="766.hai_long"),
    _vung("vùng 15,77", "15,77", 15.77, "điểm", code="766.hai_long"),
    F("tỉnh (71,38%)", "71,38%", 71.38, "%", code=_SH),
    _vung("vùng (67,54%)", "67,54%", 67.54, "%", code=_SH),
    F("chỉ đạt 28,64 %", "28,64 %", 28.64, "%", code=_TSD),
    F("Huế (41,25 %)", "41,25 %", 41.25, "%", subject=_HUE, level="tỉnh", code=_TSD),
    F("(35,80 %)", "35,80 %", 35.80, "%", subject="tỉnh Quảng Bình", level="tỉnh", code=_TSD),
    # II.3 the province's files and payment share against its 2025 target
    F("tiếp nhận 98.416", "98.416", 98416, "hồ sơ", C, code=_TN),
    F("đó 67.336", "67.336", 67336, "hồ sơ", C, code=_NOP),
    F("giải quyết 94.208", "94.208", 94208, "hồ sơ", C, code=ANY),
    F("đúng hạn 93.547", "93.547", 93547, "hồ sơ", C, code=_DH),
    F("đạt 99,30%", "99,30%", 99.30, "%", code=_DH),
    F("quá hạn 661", "661", 661, "hồ sơ", C, code=_QH),
    F("tỉnh đạt 52,16%", "52,16%", 52.16, "%", code=_TT, target=60, stated_status="chưa đạt"),
    F("năm 2025 là 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
    F("Huế đạt 58,45%", "58,45%", 58.45, "%", subject=_HUE, level="tỉnh", code=_TT),
    # III. the districts' target for quý II (address and phone number no figures)
    F("tối thiểu 60%", "60%", 60, "%", T, subject=ANY, level="huyện", as_of="2025-06-30", code=_TT),
]

# ------------------------------------------------------------ 526: UBND tỉnh Quảng Ninh, 6 tháng đầu năm 2024
_H1_2023 = "2023-06-30"
_TTPV = "Trung tâm Phục vụ hành chính công tỉnh"

BLIND_526 = [
    # I. (4215/VPCP-KSTT cited; footnote markers no figures)
    F("ban hành 18 quyết định", "18", 18, "quyết định", C, code=None),
    F("danh mục 342 TTHC", "342", 342, "TTHC", C, code=ANY),
    F("lên 1.926 TTHC", "1.926", 1926, "TTHC", C, code=_TTHC),
    F("tỉnh lên 1.926 TTHC. 100%", "100%", 100, "%", code=ANY),
    # II.1 files by level after "trong đó"; thousands with a word, a rate per population
    F("tiếp nhận 612.384", "612.384", 612384, "hồ sơ", C, code=_TN),
    F("tăng 8,6%", "8,6%", 8.6, "%", CH, code=ANY),
    F("cấp tỉnh 186.420", "186.420", 186420, "hồ sơ", C, code=_TN, **_TINH),
    F("cấp huyện 241.358", "241.358", 241358, "hồ sơ", C, code=_TN, **_HUYEN),
    F("cấp xã 184.606", "184.606", 184606, "hồ sơ", C, code=_TN, **_XA),
    F("khoảng 102,1 nghìn", "102,1 nghìn", 102100, "hồ sơ", code=ANY),
    F("đương 75 hồ sơ/1.000 dân", "75", 75, "hồ sơ/1.000 dân", code=ANY),
    # quý I dated 2024-03-31, quý II the period
    F("là 449.087", "449.087", 449087, "hồ sơ", C, code=_NOP),
    F("chiếm 73,33%", "73,33%", 73.33, "%", code=_NOP),
    F("quý I đạt 70,86%", "70,86%", 70.86, "%", as_of="2024-03-31", code=_NOP),
    F("quý II đạt 75,62%", "75,62%", 75.62, "%", code=_NOP),
    F("cấp huyện đạt 71,08%", "71,08%", 71.08, "%", code=_NOP, **_HUYEN),
    F("(82,35%)", "82,35%", 82.35, "%", subject="thành phố Hạ Long", level="huyện", code=_NOP),
    F("(48,62%)", "48,62%", 48.62, "%", subject="huyện Cô Tô", level="huyện", code=_NOP),
    F("giải quyết 596.712", "596.712", 596712, "hồ sơ", C, code=ANY),
    F("đúng hạn 593.904", "593.904", 593904, "hồ sơ", C, code=_DH),
    F("đạt 99,53%", "99,53%", 99.53, "%", code=_DH),
    F("quá hạn 2.808", "2.808", 2808, "hồ sơ", C, code=_QH),
    F("chiếm 0,47%", "0,47%", 0.47, "%", code=_QH),
    F("bình quân 3,8", "3,8", 3.8, "ngày", code=_TIME),
    F("rút ngắn 0,5", "0,5", -0.5, "ngày", CH, code=_TIME),
    # II.2
    F("số 419.702", "419.702", 419702, "hồ sơ", C, code=ANY),
    F("có 286.530", "286.530", 286530, "hồ sơ", C, code=_TT),
    F("đạt 68,27 %", "68,27 %", 68.27, "%", code=_TT),
    F("tiền 1.248,6", "1.248,6", 1248.6, "tỷ đồng", code=ANY),
    F("đạt 95,2 %", "95,2 %", 95.2, "%", code=_SH),
    F("đạt 98,6 %", "98,6 %", 98.6, "%", code=_KQ),
    F("đạt 46,18 %", "46,18 %", 46.18, "%", code=_TSD),
    # II.3 the portal's visits (millions with a word; cùng kỳ năm 2023 dated 2023-06-30), VNeID accounts
    F("có 3,5 triệu", "3,5 triệu", 3500000, "lượt", C, subject=ANY, level=ANY, code=ANY),
    F("tăng 0,8 triệu", "0,8 triệu", 800000, "lượt", CH, subject=ANY, level=ANY, code=ANY),
    F("(2,7 triệu", "2,7 triệu", 2700000, "lượt", PR, subject=ANY, level=ANY, as_of=_H1_2023, code=ANY),
    F("có 1,12 triệu", "1,12 triệu", 1120000, "tài khoản", C, code=_TK),
    F("đạt 91,4%", "91,4%", 91.4, "%", code=_TK),
    F("quân 824", "824", 824, "tài khoản/1.000 dân", code=ANY),
    # II.4, II.5 (quý I năm 2024 dated 2024-03-31)
    F("tiếp nhận 1.284", "1.284", 1284, "PAKN", C, code=_PAKN_TN),
    F("xử lý 1.251", "1.251", 1251, "PAKN", C, code=_PAKN_XL),
    F("đạt 97,43%", "97,43%", 97.43, "%", code=_PAKN_TL),
    F("đạt 97,86%", "97,86%", 97.86, "%", code=_HL),
    F("tăng 1,24%", "1,24%", 1.24, "%", CH, code=_HL),
    F("đạt 90,38/100", "90,38/100", 90.38, "điểm", max_value=100, code=_TONG),
    F("thứ 2/63", "2/63", 2, "hạng", R, max_value=63, code=_HANG),
    F("(89,95 điểm)", "89,95", 89.95, "điểm", PR, max_value=100, as_of="2024-03-31", code=_TONG),
    # footnotes ¹ … ⁵ (Tổng đài 1022 no figure)
    F("Gồm 156 TTHC", "156", 156, "TTHC", C, code=ANY),
    F("hành, 142 TTHC", "142", 142, "TTHC", C, code=ANY),
    F("và 44 TTHC", "44", 44, "TTHC", C, code=ANY),
    F("tiếp nhận 148.215", "148.215", 148215, "hồ sơ", C, subject=_TTPV, level="tỉnh", code=_TN),
    F("chiếm 79,51%", "79,51%", 79.51, "%", subject=_TTPV, level="tỉnh", code=ANY),
    F("(1.126 hồ sơ)", "1.126", 1126, "hồ sơ", C, subject="UBND thành phố Hạ Long", level="huyện", code=_QH),
    F("(684 hồ sơ)", "684", 684, "hồ sơ", C, subject="UBND thành phố Cẩm Phả", level="huyện", code=_QH),
    F("(412 hồ sơ)", "412", 412, "hồ sơ", C, subject="Sở Tài nguyên và Môi trường", level="tỉnh", code=_QH),
    F("quốc gia 1.102,4", "1.102,4", 1102.4, "tỷ đồng", code=ANY),
    F("chiếm 88,29%", "88,29%", 88.29, "%", code=ANY),
    F("1022: 846 PAKN", "846", 846, "PAKN", C, code=ANY),
    F("quốc gia: 312 PAKN", "312", 312, "PAKN", C, code=ANY),
    F("số: 126 PAKN", "126", 126, "PAKN", C, code=ANY),
    # III. UBND huyện Cô Tô's target for September
    F("tối thiểu 60%", "60%", 60, "%", T, subject="UBND huyện Cô Tô", level="huyện", as_of="2024-09-30",
      code=_NOP),
]

# ------------------------------------------------------------ 527: UBND tỉnh Sơn La, năm 2024
_CELLS_527 = ((_TN, "hồ sơ"), (_NOP, "%"), (_DH, "%"))


def _unit_527(subject: object, level: str, received: str, online: str, on_time: str, after: str) -> list[Fact]:
    """One Markdown row of a unit (or a group's subtotal): files received, online share, on-time share."""
    cells = [(raw, unit, P, code, "period")
             for raw, (code, unit) in zip((received, online, on_time), _CELLS_527, strict=True)]
    return _cells(subject, level, cells, after, " | ", " |\n")


BLIND_527 = [
    # I. (61/2018/NĐ-CP, 01/2023/TT-VPCP cited; "[1]" a marker)
    F("ban hành 46 quyết định", "46", 46, "quyết định", C, code=None),
    F("danh mục 715 TTHC", "715", 715, "TTHC", C, code=ANY),
    F("là 1.874 TTHC", "1.874", 1874, "TTHC", C, code=_TTHC),
    F("đó 1.012 TTHC", "1.012", 1012, "TTHC", C, code=_TOAN),
    F("(chiếm 54,00%)", "54,00%", 54.00, "%", code=_TOAN),
    F("và 641 TTHC", "641", 641, "TTHC", C, code=_MOT),
    # II.1 năm 2023 dated 2023-12-31; quarters at their ends; three years at theirs
    F("tiếp nhận 312.486", "312.486", 312486, "hồ sơ", C, code=_TN),
    F("(năm 2023: 268.931", "268.931", 268931, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    F("tăng 43.555", "43.555", 43555, "hồ sơ", CH, code=_TN),
    F("cấp tỉnh 63.220 hồ sơ", "63.220", 63220, "hồ sơ", C, code=_TN, **_TINH),
    F("cấp huyện 90.546 hồ sơ", "90.546", 90546, "hồ sơ", C, code=_TN, **_HUYEN),
    F("cấp xã 158.720", "158.720", 158720, "hồ sơ", C, code=_TN, **_XA),
    F("cả năm đạt 64,85%", "64,85%", 64.85, "%", code=_NOP),
    F("quý I đạt 52,40%", "52,40%", 52.40, "%", as_of="2024-03-31", code=_NOP),
    F("quý II đạt 61,75%", "61,75%", 61.75, "%", as_of="2024-06-30", code=_NOP),
    F("quý III đạt 68,32%", "68,32%", 68.32, "%", as_of="2024-09-30", code=_NOP),
    F("quý IV đạt 74,16%", "74,16%", 74.16, "%", code=_NOP),
    F("giải quyết 305.214", "305.214", 305214, "hồ sơ", C, code=ANY),
    F("đúng hạn 301.889", "301.889", 301889, "hồ sơ", C, code=_DH),
    F("quá hạn 3.325", "3.325", 3325, "hồ sơ", C, code=_QH),
    F("năm 2022 đạt 95,84%", "95,84%", 95.84, "%", as_of=_Y2022, code=_DH),
    F("năm 2023 đạt 97,62%", "97,62%", 97.62, "%", as_of=_Y2023, code=_DH),
    F("năm 2024 đạt 98,91%", "98,91%", 98.91, "%", code=_DH),
    # II.2 Bảng 1: group rows "I | Cấp tỉnh", "II | Cấp huyện" (no figures), units, a subtotal per group
    *_unit_527("Sở Tư pháp", "tỉnh", "6.218", "92,45", "99,82", "| 2 | Sở Tài nguyên"),
    *_unit_527("Sở Tài nguyên và Môi trường", "tỉnh", "18.406", "74,36", "97,15", "| 3 | Sở Giao thông"),
    *_unit_527("Sở Giao thông vận tải", "tỉnh", "12.735", "88,21", "99,64", "| 4 | Sở Kế hoạch"),
    *_unit_527("Sở Kế hoạch và Đầu tư", "tỉnh", "4.512", "96,08", "100", "| 5 | Các sở"),
    *_unit_527(ANY, "tỉnh", "21.349", "81,57", "99,41", "| | Cộng cấp tỉnh"),
    *_unit_527("cấp tỉnh", "tỉnh", "63.220", "82,91", "98,88", "| II | Cấp huyện"),
    *_unit_527("UBND thành phố Sơn La", "huyện", "14.862", "78,64", "97,92", "| 7 | UBND huyện Quỳnh Nhai"),
    *_unit_527("UBND huyện Quỳnh Nhai", "huyện", "4.215", "61,38", "99,12", "| 8 | UBND huyện Thuận Châu"),
    *_unit_527("UBND huyện Thuận Châu", "huyện", "8.734", "58,27", "98,46", "| 9 | UBND huyện Mường La"),
    *_unit_527("UBND huyện Mường La", "huyện", "6.108", "63,05", "99,35", "| 10 | UBND huyện Bắc Yên"),
    *_unit_527("UBND huyện Bắc Yên", "huyện", "3.946", "54,81", "99,88", "| 11 | UBND huyện Phù Yên"),
    *_unit_527("UBND huyện Phù Yên", "huyện", "7.352", "60,42", "98,97", "| 12 | UBND huyện Mộc Châu"),
    *_unit_527("UBND huyện Mộc Châu", "huyện", "11.827", "72,16", "98,21", "| 13 | UBND huyện Yên Châu"),
    *_unit_527("UBND huyện Yên Châu", "huyện", "5.413", "66,94", "99,47", "| 14 | UBND huyện Mai Sơn"),
    *_unit_527("UBND huyện Mai Sơn", "huyện", "12.694", "69,53", "96,14", "| 15 | UBND huyện Sông Mã"),
    *_unit_527("UBND huyện Sông Mã", "huyện", "7.981", "57,36", "98,73", "| 16 | UBND huyện Sốp Cộp"),
    *_unit_527("UBND huyện Sốp Cộp", "huyện", "2.876", "49,82", "99,65", "| 17 | UBND huyện Vân Hồ"),
    *_unit_527("UBND huyện Vân Hồ", "huyện", "4.538", "62,71", "99,04", "| | Cộng cấp huyện"),
    *_unit_527("cấp huyện", "huyện", "90.546", "65,89", "98,36", "\nTỷ lệ giải quyết"),
    # the range of the district-level units' on-time shares
    F("từ 96,14%", "96,14%", 96.14, "%", subject=ANY, level="huyện", code=_DH),
    F("đến 99,88%", "99,88%", 99.88, "%", subject=ANY, level="huyện", code=_DH),
    # II.3, II.4
    F("tỉnh đạt 41,27%", "41,27%", 41.27, "%", code=_TT, target=45, stated_status="chưa đạt"),
    F("năm 2024 là 45%", "45%", 45, "%", T, code=_TT),
    F("đạt 83,46%", "83,46%", 83.46, "%", code=_SH),
    F("đạt 24,08%", "24,08%", 24.08, "%", code=_TSD),
    F("tiếp nhận 186 PAKN", "186", 186, "PAKN", C, code=_PAKN_TN),
    F("xong 186/186", "186/186", 186, "PAKN", C, max_value=186, code=_PAKN_XL),
    # III. năm 2023 dated 2023-12-31; counts by grade
    F("đạt 83,62/100", "83,62/100", 83.62, "điểm", max_value=100, code=_TONG),
    F("thứ 27/63", "27/63", 27, "hạng", R, max_value=63, code=_HANG),
    F("tăng 11 bậc", "11", 11, "hạng", CH, code=_HANG),
    F("(xếp thứ 38/63)", "38/63", 38, "hạng", PR, max_value=63, as_of=_Y2023, code=_HANG),
    F("Có 14/19", "14/19", 14, "đơn vị", C, max_value=19, subject=ANY, level="tỉnh", code=None),
    F("và 05 cơ quan", "05", 5, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("; 08/12 huyện", "08/12", 8, "huyện", C, max_value=12, subject=ANY, level="huyện", code=None),
    F("và 04 huyện", "04", 4, "huyện", C, subject=ANY, level="huyện", code=None),
    # footnotes [1], [2]
    F("Gồm 298 TTHC", "298", 298, "TTHC", C, code=ANY),
    F("hành, 327 TTHC", "327", 327, "TTHC", C, code=ANY),
    F("và 90 TTHC", "90", 90, "TTHC", C, code=ANY),
    F("(524 hồ sơ)", "524", 524, "hồ sơ", C, subject="Sở Tài nguyên và Môi trường", level="tỉnh", code=_QH),
    F("(490 hồ sơ)", "490", 490, "hồ sơ", C, subject="UBND huyện Mai Sơn", level="huyện", code=_QH),
    F("(309 hồ sơ)", "309", 309, "hồ sơ", C, subject="UBND thành phố Sơn La", level="huyện", code=_QH),
    # IV. the agencies' and districts' target for the year
    F("tối thiểu 50%", "50%", 50, "%", T, subject=ANY, level=ANY, as_of=_Y2025, code=_TT),
]

# ------------------------------------------------ 528: Chủ tịch UBND tỉnh Lâm Đồng, Thông báo kết luận, quý III/2025
_XA_ANY = {"subject": ANY, "level": "xã"}


def _area_528(count_context: str, count: str, score: str, online: str, paid: str) -> list[Fact]:
    """One dash item of a former province's communes: their number, average score, online and payment shares."""
    return [F(count_context, count, _num(count), "xã", C, code=None, **_XA_ANY),
            F(f"quân {score} điểm", score, _num(score), "điểm", code=_TONG, **_XA_ANY),
            F(f"tuyến {online} %", f"{online} %", _num(online), "%", code=_NOP, **_XA_ANY),
            F(f"tuyến {paid} %", f"{paid} %", _num(paid), "%", code=_TT, **_XA_ANY)]


BLIND_528 = [
    # I.1 quý II năm 2025 dated 2025-06-30 (the merged province; "ba tỉnh cũ" words)
    F("đạt 81,26/100", "81,26/100", 81.26, "điểm", max_value=100, code=_TONG),
    F("thứ 19/34", "19/34", 19, "hạng", R, max_value=34, code=_HANG),
    F("tăng 2,32 điểm", "2,32", 2.32, "điểm", CH, code=_TONG),
    F("(78,94 điểm", "78,94", 78.94, "điểm", PR, max_value=100, as_of="2025-06-30", code=_TONG),
    F("hơn 186,4 nghìn", "186,4 nghìn", 186400, "hồ sơ", C, code=_TN),
    F("đạt 72,6 %", "72,6 %", 72.6, "%", code=_NOP),
    F("cấp tỉnh 88,4 %", "88,4 %", 88.4, "%", code=_NOP, **_TINH),
    F("cấp xã 63,9 %", "63,9 %", 63.9, "%", code=_NOP, **_XA),
    F("đạt 97,8 %", "97,8 %", 97.8, "%", code=_DH),
    F("còn 1.246", "1.246", 1246, "hồ sơ", C, code=_QH),
    F("(918 hồ sơ", "918", 918, "hồ sơ", C, subject=ANY, level=ANY, code=_QH),
    F("chiếm 73,7 %", "73,7 %", 73.7, "%", subject=ANY, level=ANY, code=ANY),
    F("đạt 51,3 %", "51,3 %", 51.3, "%", code=_TT, target=60, stated_status="chưa đạt"),
    F("(quý II năm 2025: 44,8 %)", "44,8 %", 44.8, "%", PR, as_of="2025-06-30", code=_TT),
    F("tăng 6,5 %", "6,5 %", 6.5, "%", CH, code=_TT),
    F("là 60 %", "60 %", 60, "%", T, as_of=_Y2025, code=_TT),
    F("đạt 86,9 %", "86,9 %", 86.9, "%", code=_SH),
    F("đạt 95,2 %", "95,2 %", 95.2, "%", code=_KQ),
    # I.2 the communes: whole and parts, averages, the range of scores, blocks, areas, grades
    F("có 124 đơn vị", "124", 124, "đơn vị", C, code=None, **_XA),
    F("(103 xã", "103", 103, "xã", C, code=None, **_XA_ANY),
    F("20 phường", "20", 20, "phường", C, code=None, **_XA_ANY),
    F("và 01 đặc khu", "01", 1, "đặc khu", C, code=None, **_XA_ANY),
    F("đạt 78,45 điểm", "78,45", 78.45, "điểm", code=_TONG, **_XA_ANY),
    F("từ 62,18 điểm", "62,18", 62.18, "điểm", code=_TONG, **_XA_ANY),
    F("đến 91,47 điểm", "91,47", 91.47, "điểm", code=_TONG, **_XA_ANY),
    F("phường đạt 84,36", "84,36", 84.36, "điểm", code=_TONG, **_XA_ANY),
    F("xã đạt 77,02", "77,02", 77.02, "điểm", code=_TONG, **_XA_ANY),
    F("Quý đạt 80,15", "80,15", 80.15, "điểm", subject="đặc khu Phú Quý", level="xã", code=_TONG),
    *_area_528("(58 xã", "58", "80,12", "66,8", "49,5"),
    *_area_528("(28 xã", "28", "74,36", "55,2", "38,7"),
    *_area_528("(38 xã", "38", "78,84", "64,1", "46,3"),
    F("Có 31/124", "31/124", 31, "xã", C, max_value=124, code=None, **_XA_ANY),
    F("68 đơn vị", "68", 68, "đơn vị", C, code=None, **_XA_ANY),
    F("25 đơn vị", "25", 25, "đơn vị", C, code=None, **_XA_ANY),
    F("với 91,47", "91,47", 91.47, "điểm", subject="Phường Xuân Hương - Đà Lạt", level="xã", code=_TONG),
    F("với 62,18", "62,18", 62.18, "điểm", subject="xã Quảng Trực", level="xã", code=_TONG),
    F("đạt 21,5 %", "21,5 %", 21.5, "%", subject="xã Quảng Trực", level="xã", code=_NOP),
    # I.3
    F("tiếp nhận 412 PAKN", "412", 412, "PAKN", C, code=_PAKN_TN),
    F("xử lý 398", "398", 398, "PAKN", C, code=_PAKN_XL),
    F("đạt 96,6 %", "96,6 %", 96.6, "%", code=_PAKN_TL),
    F("còn 14 PAKN", "14", 14, "PAKN", C, code=ANY),
    F("đạt 93,4 %", "93,4 %", 93.4, "%", code=_HL),
    # II. the province's targets for quý IV (ranges: both bounds targets)
    F("tối thiểu 85/100", "85/100", 85, "điểm", T, max_value=100, as_of=_Y2025, code=_TONG),
    F("từ 80 %", "80 %", 80, "%", T, as_of=_Y2025, code=_NOP),
    F("đến 85 %", "85 %", 85, "%", T, as_of=_Y2025, code=_NOP),
    F("từ 60 %", "60 %", 60, "%", T, as_of=_Y2025, code=_TT),
    F("đến 65 %", "65 %", 65, "%", T, as_of=_Y2025, code=_TT),
    # III. counts repeated, the one-stop shops' target (address "số 36 đường Trần Phú" no figure)
    F("dứt điểm 918", "918", 918, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("tại 100 %", "100 %", 100, "%", T, subject=ANY, level="xã", as_of=_Y2025, code=ANY),
    F("của 124 xã", "124", 124, "xã", C, code=None, **_XA_ANY),
]

# ------------------------------------------ 529: Trung tâm Phục vụ hành chính công tỉnh Đồng Tháp, tháng 11/2025
_OCT_2025 = "2025-10-31"
_CELLS_529 = ((_TN, "hồ sơ"), (_NOP, "%"), (_TT, "%"), (_DH, "%"))


def _tt(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Centre itself, level tỉnh."""
    return F(context, raw, value, unit, kind, subject=_TTPV, level="tỉnh", **kw)


def _agency_529(subject: object, received: str, online: str, paid: str, on_time: str, after: str) -> list[Fact]:
    """One tab-separated row: files received, online, payment and on-time shares ("-" no figure)."""
    cells = [(raw, None if raw == "-" else unit, P, code, "period")
             for raw, (code, unit) in zip((received, online, paid, on_time), _CELLS_529, strict=True)]
    return _cells(subject, "tỉnh", cells, after, "\t", "\n")


BLIND_529 = [
    # I. (1418/QĐ-UBND cited; "từ 7 giờ đến 17 giờ" and the address no figures)
    _tt("bố trí 46 quầy", "46", 46, "quầy", C, code=None),
    _tt("với 58 công chức", "58", 58, "công chức", C, code=None),
    F("của 17 sở", "17", 17, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    # II.1 tháng 10/2025 dated 2025-10-31
    _tt("tiếp nhận 24.318", "24.318", 24318, "hồ sơ", C, code=_TN),
    _tt("(tháng 10/2025: 22.764", "22.764", 22764, "hồ sơ", PR, as_of=_OCT_2025, code=_TN),
    _tt("tăng 1.554", "1.554", 1554, "hồ sơ", CH, code=_TN),
    _tt("đương 7,2", "7,2", 7.2, "hồ sơ/1.000 dân", code=ANY),
    _tt("tuyến 20.894", "20.894", 20894, "hồ sơ", C, code=_NOP),
    _tt("chiếm 85,92%", "85,92%", 85.92, "%", code=_NOP),
    _tt("cộng 112,7 nghìn", "112,7 nghìn", 112700, "hồ sơ", C, code=_TN),
    _tt("giải quyết 23.605", "23.605", 23605, "hồ sơ", C, code=ANY),
    _tt("đúng hạn 23.454", "23.454", 23454, "hồ sơ", C, code=_DH),
    _tt("đạt 99,36%", "99,36%", 99.36, "%", code=_DH),
    _tt("quá hạn 151", "151", 151, "hồ sơ", C, code=_QH),
    F("(105 hồ sơ)", "105", 105, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_QH),
    _tt("bình quân 2,9", "2,9", 2.9, "ngày", code=_TIME),
    # II.2 Bảng 1, tab-separated; "Tổng cộng" (empty STT) = the Centre
    *_agency_529("Sở Nông nghiệp và Môi trường", "4.862", "71,45", "52,36", "97,84", "2\tSở Xây dựng"),
    *_agency_529("Sở Xây dựng", "3.915", "88,62", "64,18", "99,51", "3\tSở Công Thương"),
    *_agency_529("Sở Công Thương", "2.746", "95,38", "71,25", "100", "4\tSở Tư pháp"),
    *_agency_529("Sở Tư pháp", "3.208", "82,17", "58,90", "99,72", "5\tSở Y tế"),
    *_agency_529("Sở Y tế", "1.934", "90,43", "66,82", "99,38", "6\tSở Tài chính"),
    *_agency_529("Sở Tài chính", "2.517", "93,76", "69,47", "99,88", "7\tSở Nội vụ"),
    *_agency_529("Sở Nội vụ", "1.623", "86,51", "-", "99,94", "8\tCông an tỉnh"),
    *_agency_529("Công an tỉnh", "2.184", "97,12", "74,55", "100", "9\tCác cơ quan khác"),
    *_agency_529(ANY, "1.329", "79,84", "55,20", "99,47", "\tTổng cộng"),
    *_agency_529(_TTPV, "24.318", "85,92", "63,04", "99,36", "\nGhi chú"),
    F("Có 02/09", "02/09", 2, "đơn vị", C, max_value=9, subject=ANY, level="tỉnh", code=None),
    F("đúng hạn 100%", "100%", 100, "%", subject=ANY, level="tỉnh", code=_DH),
    F("nhất (71,45%)", "71,45%", 71.45, "%", subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_NOP),
    # II.3
    _tt("đạt 63,04%", "63,04%", 63.04, "%", code=_TT, target=70, stated_status="chưa đạt"),
    _tt("tăng 4,86%", "4,86%", 4.86, "%", CH, code=_TT),
    _tt("là 70%", "70%", 70, "%", T, as_of="2025-12-31", code=_TT),
    _tt("là 86,42", "86,42", 86.42, "tỷ đồng", code=ANY),
    _tt("đạt 97,15%", "97,15%", 97.15, "%", code=_SH),
    # II.4 the portal's visits (millions with a word), ratings
    F("có 1,46 triệu", "1,46 triệu", 1460000, "lượt", C, subject=ANY, level=ANY, code=ANY),
    F("(tháng 10/2025: 1,31 triệu", "1,31 triệu", 1310000, "lượt", PR, subject=ANY, level=ANY, as_of=_OCT_2025,
      code=ANY),
    _tt("được 8.415", "8.415", 8415, "lượt", C, code=ANY),
    _tt("đó 8.307", "8.307", 8307, "lượt", C, code=ANY),
    _tt("đạt 98,72%", "98,72%", 98.72, "%", code=ANY),
    # II.5 the province
    F("đạt 84,06/100", "84,06/100", 84.06, "điểm", max_value=100, code=_TONG),
    F("thứ 12/34", "12/34", 12, "hạng", R, max_value=34, code=_HANG),
    F("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    F("(xếp thứ 14/34)", "14/34", 14, "hạng", PR, max_value=34, as_of=_OCT_2025, code=_HANG),
    # III. (phone number no figure)
    F("dứt điểm 105", "105", 105, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("tối thiểu 70%", "70%", 70, "%", T, subject=ANY, level="tỉnh", as_of="2025-12-31", code=_TT),
    F("bổ sung 06 công chức", "06", 6, "công chức", C, subject=ANY, level="tỉnh", code=None),
]

BLIND = {"525": BLIND_525, "526": BLIND_526, "527": BLIND_527, "528": BLIND_528, "529": BLIND_529}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "525": [
        ("2025-05-30", "day", "30/5/2025", "khai thác dữ liệu số hóa", "Sở Khoa học và Công nghệ"),
        ("2025-05-20", "day", "ngày 20 tháng 5 năm 2025", "học tập kinh nghiệm số hóa hồ sơ",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        ("2025-06-30", "quarter", "quý II năm 2025", "đẩy mạnh thanh toán trực tuyến",
         "UBND các huyện, thị xã, thành phố"),
        ("2025-06-30", "month", "tháng 6/2025", "thiết bị thanh toán không dùng tiền mặt", "Sở Tài chính"),
        # issued 16/4/2025: the first "ngày 25 hằng tháng" is 25/4/2025
        ("2025-04-25", "recurring", "25 hằng tháng", "gửi số liệu so sánh",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
    "526": [
        ("2024-07-31", "day", "31/7/2024", "giải quyết dứt điểm hồ sơ đất đai quá hạn",
         "Sở Tài nguyên và Môi trường, UBND thành phố Hạ Long, UBND thành phố Cẩm Phả"),
        ("2024-08-15", "day", "ngày 15 tháng 8 năm 2024", "nâng cấp Cổng Dịch vụ công tỉnh",
         "Sở Thông tin và Truyền thông"),
        ("2024-09-30", "month", "tháng 9/2024", "hỗ trợ người dân nộp hồ sơ trực tuyến", "UBND huyện Cô Tô"),
        ("2024-09-30", "quarter", "quý III năm 2024", "kích hoạt tài khoản định danh điện tử", "Công an tỉnh"),
        ("2024-12-31", "year", "năm 2024", "hoàn thiện quy trình đối soát", "Sở Tài chính"),
        # issued 05/7/2024: the first "ngày 20 hằng tháng" is 20/7/2024
        ("2024-07-20", "recurring", "20 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
    "527": [
        ("2025-02-28", "day", "28/02/2025", "giải quyết dứt điểm hồ sơ đất đai quá hạn",
         "Sở Tài nguyên và Môi trường, UBND huyện Mai Sơn, UBND thành phố Sơn La"),
        ("2025-02-20", "day", "ngày 20 tháng 02 năm 2025", "nâng tỷ lệ nộp hồ sơ trực tuyến",
         "UBND huyện Sốp Cộp, UBND huyện Bắc Yên"),
        ("2025-03-31", "quarter", "quý I năm 2025", "triển khai thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-03-31", "month", "tháng 3/2025", "nâng cấp Hệ thống thông tin giải quyết TTHC",
         "Sở Thông tin và Truyền thông"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ thanh toán trực tuyến",
         "Các sở, ban, ngành, UBND các huyện, thành phố"),
        # issued 09/01/2025: the first "ngày 15 hằng tháng" is 15/01/2025
        ("2025-01-15", "recurring", "15 hằng tháng", "tổng hợp tình hình giải quyết TTHC", "Văn phòng UBND tỉnh"),
    ],
    "528": [
        ("2025-10-31", "day", "31/10/2025", "918 hồ sơ đất đai quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2025-10-25", "day", "ngày 25 tháng 10 năm 2025", "kế hoạch khắc phục", "UBND xã Quảng Trực"),
        ("2025-11-30", "month", "tháng 11/2025", "hợp nhất dữ liệu", "Sở Khoa học và Công nghệ"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "triển khai thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-12-31", "year", "năm 2025", "bố trí đủ công chức", "Sở Nội vụ"),
        # issued 13/10/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/11/2025
        ("2025-11-05", "recurring", "05 hằng tháng", "tổng hợp kết quả Bộ chỉ số", "Văn phòng UBND tỉnh"),
    ],
    "529": [
        ("2025-12-15", "day", "15/12/2025", "giải quyết dứt điểm 105 hồ sơ", "Sở Nông nghiệp và Môi trường"),
        ("2025-12-20", "day", "ngày 20 tháng 12 năm 2025", "đánh giá hài lòng qua mã QR",
         "Tổ Công nghệ thông tin của Trung tâm"),
        ("2025-12-31", "month", "tháng 12/2025", "hướng dẫn người dân thanh toán trực tuyến",
         "Các sở, ngành có quầy tại Trung tâm"),
        ("2026-03-31", "quarter", "quý I năm 2026", "bổ sung 06 công chức", "Phòng Hành chính - Tổng hợp"),
        # issued 04/12/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/01/2026
        ("2026-01-03", "recurring", "03 hằng tháng", "gửi số liệu", "Các sở, ngành có quầy tại Trung tâm"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 525's issuer is the Văn
# phòng UBND tỉnh Hà Tĩnh (signed "CHÁNH VĂN PHÒNG"); 528 is a Thông báo kết luận signed "TL. CHỦ TỊCH / CHÁNH VĂN
# PHÒNG", its period the quarter it concludes on; 529's issuer the Trung tâm Phục vụ hành chính công tỉnh Đồng Tháp.
META = {
    "525": {"doc_number": "418/BC-VP", "doc_type": "Báo cáo", "issued_date": "2025-04-16",
            "province": "Hà Tĩnh", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Trần Đình Khánh"},
    "526": {"doc_number": "218/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-07-05",
            "province": "Quảng Ninh", "period_label": "6 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-06-30", "signer": "Nguyễn Minh Sơn"},
    "527": {"doc_number": "09/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-01-09",
            "province": "Sơn La", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Đặng Ngọc Hậu"},
    "528": {"doc_number": "486/TB-UBND", "doc_type": "Thông báo", "issued_date": "2025-10-13",
            "province": "Lâm Đồng", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Phạm Thị Minh Hằng"},
    "529": {"doc_number": "312/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-12-04",
            "province": "Đồng Tháp", "period_label": "tháng 11 năm 2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Lê Thanh Phong"},
}
