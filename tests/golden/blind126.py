"""Blind golden facts for corpus/blind126/705_phu_tho.txt, 706_hue.txt, 707_ninh_binh.txt, 708_tay_ninh.txt and
709_da_nang.txt.

The five documents were written by the developers for a hundred-and-twenty-sixth blind measurement (THE DECISION 766
INDEX ITSELF: a UBND tỉnh's monthly report on its scores with a Markdown table of its agencies' scores and changes, a
Văn phòng UBND thành phố's Thông báo ranking the communes with a tab-separated table of the first and last five, a Sở
Nội vụ's Công văn on the communes' results naming the units graded Yếu with their weak components, a UBND tỉnh's
half-year report with a Markdown table whose rows are the months, a Sở Khoa học và Công nghệ's quarterly report with
counts by grade and the weakest units in a dash list; provinces Phú Thọ, Ninh Bình, Tây Ninh and the centrally-run
cities of Huế and Đà Nẵng, all after the 1 July 2025 merger (ranks /34); periods tháng 8 năm 2025, quý I năm 2026,
tháng 10 năm 2025, 6 tháng đầu năm 2026 and quý IV năm 2025; not real documents), and every row below was written by
reading them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind124.py, blind123.py, blind122.py, blind121.py, blind16.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose and list counts are kind `count`; table cells are kind `value` even when they count, with
`extra={"source": "table"}`; `as_of="period"` is the period's end; a table column (or row) dated before the period
end keeps kind `value` with that date as `as_of`; signed change cells are kind `change` (a raw "+0,72" read without
its plus sign); a change is dated with the figure it changes and a fall ("giảm") is negative; a change in "điểm phần
trăm" is kind change in `%` with the number alone as raw. A score written "x/max" carries max_value max and its
group's code (`766.cong_khai` 18, `766.tien_do` 20, `766.dvctt` 12, `766.thanh_toan` 10, `766.so_hoa` 22,
`766.hai_long` 18, `766.tong_hop` 100); a score written without a maximum has max_value None, except a previous value
in brackets beside a "x/max" score ("(82,95 điểm, xếp thứ 16/34)", "(tháng 7/2025: 16,86 điểm)"), which is on the same
scale and carries that maximum (as golden/seed 003 and blind122.py's 689). Ranks "xếp thứ 12/34" are kind rank, unit
`hạng`, max_value the denominator, code `766.xep_hang`; "tăng 4 bậc" a change of the rank. A component of a group
("3,26/6 điểm", "0,74/2 điểm", "1,96/4 điểm") carries its maximum with its code unchecked (as golden/blind25.py); a
share of the maximum ("67,40% … số điểm tối đa") and shares of units by grade ("(chiếm 29,46%)") have their code
unchecked. Averages of a block ("bình quân khối sở, ngành", "khối phường", "khối xã", "Điểm bình quân của 129 xã,
phường") have subject and code unchecked at the block's level (as golden/blind124.py's 699). Counts of units by grade
are `đơn vị` (the noun written: "cơ quan", "đơn vị") at the level of the units graded, subject unchecked, code None;
"148 xã, phường", "129 xã, phường", "82/129 xã, phường" → `xã`; "94 đơn vị hành chính cấp xã (23 phường, 70 xã, 01
đặc khu)" → `cấp xã` and its parts `phường`, `xã`, `đặc khu`. Province- or city-wide figures ("tỉnh Phú Thọ đạt",
"thành phố Huế đạt", "thành phố Đà Nẵng đạt", a UBND tỉnh's own figures in its own report) have subject NULL; a unit
named in a sentence, a list item or a table row keeps its name as written ("Sở Tư pháp", "Xã Đà Bắc", "phường Vĩnh
Phúc", level tỉnh for the agencies, xã for communes and wards). Targets set in tasks for named units have subject
unchecked and the level of those units, dated at the task's deadline. Dates, document numbers and cited texts
("Quyết định số 766/QĐ-TTg", "Công văn số 2318/VPCP-KSTT", "Quyết định số 2046/QĐ-UBND", "Công văn số
1562/UBND-NC", "Kế hoạch số 38/KH-UBND", "Nghị quyết số 04/NQ-HĐND", "Kế hoạch số 412/KH-UBND"), data dates and windows
("cập nhật đến ngày 31/8/2025", "từ ngày 01/01/2026 đến ngày 31/3/2026", "ngày 03/11/2025", "Tính đến ngày
30/6/2026"), periods labelling brackets, columns and rows ("tháng 7/2025:", "Tháng 7/2025", "Quý IV/2025", "Tháng
1/2026", "năm 2025:"), "Bộ chỉ số 766", the maxima stated in a table's title or headers ("(điểm tối đa 100)",
"Công khai, minh bạch (18)", "Tổng điểm (100)": carried by the cells), "Bảng 1.", section and item numbering ("I.",
"1.", "a)", "(1)" … "(5)"), the STT column, names holding numerals ("Xã A Lưới 3", "Xã A Lưới 5"), addresses ("số 16
đường Lê Lợi", "số 51A đường Lý Thường Kiệt"), phone numbers ("0210.3846.215", "0234.3822.516", "0229.3871.462",
"0276.3822.461", "0236.3830.524"), headings naming the next period ("III. NHIỆM VỤ THÁNG 9 NĂM 2025", "4. Yêu cầu
trong quý II năm 2026", "III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026", "III. NHIỆM VỤ QUÝ I NĂM 2026": no deadlines), numbers
in words ("tháng thứ hai", "ba tỉnh", "hai nhóm", "Bốn đơn vị", "sáu nhóm", "Năm đơn vị", "Năm xã", "bốn xã", the days
of "ngày mười lăm tháng 10", "ngày ba mươi tháng 4", "ngày hai mươi lăm tháng 11", "ngày mười lăm tháng 8", "ngày hai
mươi tháng 02") and years are not figures.

New in this set (the decisions are written here):
- A TABLE OF AGENCIES' SCORES WITH THE PREVIOUS MONTH AND A SIGNED CHANGE (705): "| STT | Cơ quan | Tháng 7/2025 |
  Tháng 8/2025 | Tăng (+)/giảm (-) | Xếp loại |" under a title "(điểm tối đa 100)": the maximum in the title is carried
  by every score cell (max 100, the total's code; the tháng 7/2025 column dated 2025-07-31, kind value); the change
  cells kind change, no maximum; "Bình quân khối sở, ngành" (empty STT) the block's average (subject and code
  unchecked, level tỉnh).
- THE GROUPS WITH THE PREVIOUS MONTH IN BRACKETS (705): "- Công khai, minh bạch: 17,12/18 điểm (tháng 7/2025: 16,86
  điểm);" the previous score kind previous with the group's code and maximum, dated 2025-07-31; "không thay đổi so
  với tháng trước" states no figure.
- A RANKING TABLE OF THE FIRST AND LAST FIVE (706, tab-separated): the rank first (kind rank, a plain number, no
  maximum written, as golden/blind13.py's 148), the quý IV/2025 column dated 2025-12-31, the change kind change; the
  ranks 1–5 and 36–40 are figures, the numerals of "Xã A Lưới 3" and "Xã A Lưới 5" are names.
- A RANK MOVE WRITTEN AS BOTH ENDS (706): "tăng 11 bậc (từ thứ 27/40 lên thứ 16/40)": the rise kind change, "27/40"
  the previous rank (dated 2025-12-31), "16/40" the current one, both max 40.
- A COUNT BY GRADE GIVEN AS ITS PREVIOUS AND CURRENT VALUE (707): "số đơn vị xếp loại Yếu giảm từ 09 xuống 05 đơn vị":
  "09" kind previous dated 2025-09-30, "05" a count (the same figure as "Yếu 05 đơn vị" before it, written twice).
- A LEVEL'S SIX GROUPS WITHOUT MAXIMA (707): "công khai, minh bạch 16,24 điểm; tiến độ … 18,86 điểm; …" after "lần
  lượt là": each the group's code, max_value None (none written), subject unchecked, level xã.
- A TABLE WHOSE ROWS ARE MONTHS (708): "| Tháng | Công khai, minh bạch (18) | … | Tổng điểm (100) | Xếp hạng |": each
  row the province's (subject NULL) dated at its month's end (the June row at the period end), kind value; each group
  cell carries the maximum its header states in brackets, the total max 100, the rank "19/34" kind rank with max 34.
  A score target "chỉ tiêu năm 2026 tỉnh đạt tối thiểu 88 điểm" is kind target in `điểm` with the total's code, dated
  2026-12-31; "chưa đạt chỉ tiêu này" follows in a later sentence about the state at the end of June, so no figure is
  tied to it (the 87,16/100 carries no target). The range "từ 8,16 đến 10,42 điểm" of four communes' digitisation
  group: both bounds kind value (as golden/blind90.py), subject unchecked, level xã, no maximum written.

Per document:
- 705 is a monthly Báo cáo of UBND tỉnh Phú Thọ (merged with Vĩnh Phúc and Hòa Bình; header "ỦY BAN NHÂN DÂN / TỈNH
  PHÚ THỌ", number "318/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Văn phòng Chính
  phủ, tháng 8 năm 2025, issued 08/9/2025. The province `84,62/100`, `12/34` "so với tháng 7/2025 (82,95 điểm, xếp thứ
  16/34) tăng 1,67 điểm và tăng 4 bậc"; the groups in a dash list (above); "tương ứng 67,40% và 68,55% số điểm tối
  đa"; components "3,26/6", "0,74/2", "1,12/2"; rates "76,42%", "98,86%", "54,32%, tăng 5,86 điểm phần trăm …; so với
  chỉ tiêu năm 2025 là 70% thì chưa đạt chỉ tiêu" (the target dated 2025-12-31), "82,16%", "28,74%". Bảng 1 (above);
  grades "06 … 05 … 01 cơ quan", "09/12 cơ quan tăng điểm"; the Sở Nông nghiệp và Môi trường's "17,12/20 … (còn 46 hồ
  sơ đất đai quá hạn) … 13,26/22". Communes: "148 xã, phường … (133 xã, 15 phường)", the average "80,94 điểm
  (tháng 7/2025: 79,62 điểm), tăng 1,32 điểm", blocks, grades "Tốt 27 … Khá 86 … Trung bình 31 … Yếu 04 đơn vị",
  "giảm 05 đơn vị" (a change of a count), "Phường Việt Trì … 95,36/100 điểm (xếp thứ 1/148)", two wards in brackets,
  the four communes graded Yếu in a dash list ("- Xã Đà Bắc: 62,18/100 điểm, xếp thứ 148/148; …" with their weak
  groups, "21,36%" the online share, "07 hồ sơ" overdue, "(tỷ lệ 0%)" the payment share). Task 1's "46 hồ sơ" a count
  repeated; task 2's "tối thiểu 40% trong quý IV năm 2025" (2025-12-31). Six deadlines: day, quarter (with the
  target), "chậm nhất ngày mười lăm tháng 10 năm 2025", month, year, "trước ngày 10 hằng tháng" (issued 08/9/2025:
  first 10/9/2025).
- 706 is a THÔNG BÁO (doc_type "Thông báo") of the Văn phòng UBND thành phố Huế (header "UBND THÀNH PHỐ HUẾ / VĂN
  PHÒNG", number "64/TB-VP", no "Kính gửi", signed "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG"), quý I năm 2026, issued
  07/4/2026. The city `88,74/100`, `5/34` "(quý IV năm 2025: 87,16 điểm, xếp thứ 8/34), tăng 1,58 điểm và tăng 3 bậc"
  (previous 2025-12-31), six groups after "lần lượt là" separated by ";" ("17,46/18; 19,52/20; …"); the agencies "15
  sở, ban, ngành … 90,12 điểm (quý IV năm 2025: 89,34 điểm) … Tốt 10/15 … Khá 05/15", "Sở Tư pháp … 96,18 điểm", "Sở
  Xây dựng (84,26 điểm) … 14,08/22"; the communes "40 xã, phường … 84,36 điểm (…: 82,48 điểm), tăng 1,88 điểm", blocks,
  grades, "31/40 đơn vị", the level's online "81,46%" and payment "68,12%, so với chỉ tiêu năm 2026 là 75% thì chưa đạt
  chỉ tiêu" (`cấp xã`; target 2026-12-31); the table (above); "Xã Long Quảng … 1,84/6 … 1,96/4 … 3/6 điểm (02 PAKN quá
  hạn)", "Xã A Lưới 5 giảm 2,50 điểm … 09 hồ sơ quá hạn", "Xã Phú Lộc … tăng 6,42 điểm và tăng 11 bậc (từ thứ 27/40 lên
  thứ 16/40)". The target "tối thiểu 60% trong quý II năm 2026" of the communes graded Trung bình, Yếu (2026-06-30). Six
  deadlines in a dash list: day for two named communes, quarter (with the target), "chậm nhất ngày ba mươi tháng 4 năm
  2026", month, year, "trước ngày 25 hằng tháng" (issued 07/4/2026: first 25/4/2026).
- 707 is a CÔNG VĂN (doc_type "Công văn") of the Sở Nội vụ tỉnh Ninh Bình (merged with Hà Nam and Nam Định; header "UBND
  TỈNH NINH BÌNH / SỞ NỘI VỤ", number "2184/SNV-CCHC", a "V/v" line naming the month, signed "KT. GIÁM ĐỐC / PHÓ GIÁM
  ĐỐC") to UBND các xã, phường, tháng 10 năm 2025, issued 10/11/2025. The province `86,18/100`, `9/34` "(tháng 9/2025:
  85,42 điểm, xếp thứ 11/34)" (previous 2025-09-30; no change written); the Sở's own `93,46/100`, "xếp thứ 3/17 sở,
  ngành" (`Sở Nội vụ`, level tỉnh). The communes: "129 xã, phường … 81,74 điểm, tăng 0,96 điểm so với tháng 9/2025
  (80,78 điểm); khối phường (32 phường) … 87,06 điểm, khối xã (97 xã) … 79,98 điểm", the six groups (above), grades
  with their shares, the Yếu count's fall (above), "82/129 xã, phường … 47 xã, phường", the first three wards (as
  written); the level's "72,84% … 49,26% … 76,18%, tương ứng tăng 2,14; 3,08 và 1,56 điểm phần trăm" and the year's two
  targets "tối thiểu 70% … tối thiểu 55%" (subject unchecked, level xã, 2025-12-31; the 72,84% "đạt", the 49,26% "chưa
  đạt"). The five units graded Yếu in items "(1)" … "(5)": "Xã Gia Hưng đạt 61,42 điểm, xếp thứ 129/129: …" (total
  without maximum, rank max 129, weak groups with their maxima), "14 hồ sơ quá hạn (riêng lĩnh vực đất đai 11 hồ sơ)"
  (the field's part: subject unchecked), "28,45%", "03 PAKN", "06 TTHC". Requests: "14 hồ sơ" and "06 TTHC" counts
  repeated, "tối thiểu 55% trong quý IV năm 2025" (2025-12-31). Six deadlines in a dash list: day for five named
  communes, "chậm nhất ngày hai mươi lăm tháng 11 năm 2025", month, quarter (with the target), year, "trước ngày 05
  hằng tháng" (issued 10/11/2025, after the 5th: first 05/12/2025).
- 708 is a half-year Báo cáo of UBND tỉnh Tây Ninh (merged with Long An; header "ỦY BAN NHÂN DÂN / TỈNH TÂY NINH",
  number "246/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Văn phòng Chính phủ, 6 tháng
  đầu năm 2026, issued 06/7/2026. "87,16/100 điểm, xếp thứ 9/34; tăng 5,42 điểm và tăng 10 bậc so với tháng 1/2026
  (81,74 điểm, xếp thứ 19/34)" (previous 2026-01-31), "tháng 12/2025 (80,96 điểm, xếp thứ 21/34)" (previous
  2025-12-31), the months' average "84,49 điểm" (code unchecked), the score target (above); the table (above); two
  groups' rises since January ("tăng 1,36 điểm", "tăng 1,48 điểm": their groups' codes); files "612.486 … 478.214 …,
  chiếm 78,08%", payment "63,42% (năm 2025: 51,86%)", "86,74%", "99,12%"; the agencies in tháng 6/2026 "17 cơ quan …
  89,64 điểm; … Tốt 11 … Khá 05 … Trung bình 01 cơ quan", "Sở Nông nghiệp và Môi trường … (78,46 điểm) … 12,34/22";
  the communes "96 xã, phường … 80,12 điểm; … Tốt 22 … Khá 51 … Trung bình 19 … Yếu 04 đơn vị", four communes with
  their totals in brackets (as written, "xã Tân Hòa"), the range (above). Task 2's "tối thiểu 80% trong quý III năm
  2026" (2026-09-30). Six deadlines in numbered items: day, quarter (with the target), "chậm nhất ngày mười lăm tháng 8
  năm 2026", month, year in a request "Đề nghị Bưu điện tỉnh Tây Ninh …", "trước ngày 08 hằng tháng" (issued
  06/7/2026, before the 8th: first 08/7/2026).
- 709 is a quarterly Báo cáo of the Sở Khoa học và Công nghệ thành phố Đà Nẵng (merged with Quảng Nam; header "UBND
  THÀNH PHỐ ĐÀ NẴNG / SỞ KHOA HỌC VÀ CÔNG NGHỆ", number "86/BC-SKHCN", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC") to UBND
  thành phố, quý IV năm 2025, issued 09/01/2026. The city (subject NULL: the sentences name "thành phố Đà Nẵng")
  `89,46/100`, `4/34`, "tăng 1,54 điểm và tăng 2 bậc so với quý III năm 2025 (87,92 điểm, xếp thứ 6/34)" (previous
  2025-09-30), six groups after "tương ứng đạt" separated by commas; a dash list of components "72,18%; chỉ tiêu UBND
  thành phố giao năm 2025 là 80%, chưa đạt chỉ tiêu" (2025-12-31), "38,26% (quý III năm 2025: 31,42%)" (reuse),
  "5,84/6 điểm". The agencies "19 cơ quan … 91,28 điểm (quý III năm 2025: 90,06 điểm) … Tốt 14 … Khá 04 … Trung bình
  01 cơ quan", the Sở's own `95,12/100`, `2/19` (`Sở Khoa học và Công nghệ`), "Sở Tư pháp với 97,06 điểm", "Sở Xây
  dựng … (79,84 điểm) … 16,92/20 … 38 hồ sơ quá hạn … 13,48/22". The communes "94 đơn vị hành chính cấp xã (23
  phường, 70 xã, 01 đặc khu); … 93 xã, phường được đánh giá", the average and blocks, grades each "chiếm" a share,
  "Phường Hội An tăng 9,48 điểm", the five graded Yếu in a dash list ("- Xã Hùng Sơn: 60,84 điểm; thanh toán trực
  tuyến 1,46/10 điểm, …": totals without maximum, weak groups with theirs, "24,18%" the online share, "12 hồ sơ"
  overdue, "02 PAKN"). Task 1's "38 hồ sơ" a count repeated; task 2's "tối thiểu 50% trong quý I năm 2026"
  (2026-03-31). Six deadlines in numbered items: day in a request "Đề nghị Sở Xây dựng …", quarter (with the target),
  "chậm nhất ngày hai mươi tháng 02 năm 2026", month, year in a request "Đề nghị VNPT Đà Nẵng …", "trước ngày 15 hằng
  tháng" (issued 09/01/2026: first 15/01/2026).

Unsure readings (fields left `ANY`, or decided and written here): the max_value of 705's table cells (the title's
"(điểm tối đa 100)" read as every score's maximum; a reader could leave the cells without one, as blind13.py's 148
did where nothing stated it); the subject of block and level averages (unchecked); whether "giảm từ 09 xuống 05 đơn
vị" (707) is a previous value and a count (chosen) or a change of -4 (not written as such); the 88-point target of 708
tied to no figure; the subject of the targets for named groups of communes (unchecked, level xã); the code of
component scores (unchecked: the catalogue names groups, not every component).
"""
from __future__ import annotations

from golden.facts import (
    _DH,
    _NOP,
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
_CK = "766.cong_khai"
_TD = "766.tien_do"
_DV = "766.dvctt"
_TTT = "766.thanh_toan"
_SO = "766.so_hoa"
_HLG = "766.hai_long"
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_XA = {"subject": ANY, "level": "xã"}
_CAP_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_CAP_XA = {"subject": "cấp xã", "level": "xã"}
_NULL = {"subject": None, "level": None}

# the six groups: (words naming the group in a label, code, maximum)
_GROUP_CODES = {"công khai": (_CK, 18), "tiến độ": (_TD, 20), "dịch vụ công trực tuyến": (_DV, 12),
                "thanh toán": (_TTT, 10), "số hóa": (_SO, 22), "hài lòng": (_HLG, 18)}

# A numeric cell: (raw, unit, kind, code, as_of, max_value).
Cell = tuple[str, str, str, object, str, float | None]


def _find_cell(line: str, sep: str, raw: str, start: int) -> int:
    """Where the separator before the cell `raw` begins in a table row (the cell ends at the next separator, at the
    row's closing " |", or at the end of the line)."""
    at = line.find(sep + raw, start)
    while at != -1:
        rest = line[at + len(sep) + len(raw):]
        if rest.startswith(sep) or rest in ("", " |"):
            return at
        at = line.find(sep + raw, at + 1)
    raise ValueError(f"no cell {raw!r} in {line!r}")


def _cells(line: str, sep: str, after: str, subject: object, level: object, cells: list[Cell]) -> list[Fact]:
    """The numeric cells of one table row written as `line`, left to right. A cell's context is the separator before
    it, the rest of its row and the start of the next line (`after`), so that it occurs once and the raw text is found
    first at the cell itself. A signed raw ("+0,72") is read without its plus sign."""
    facts, at = [], 0
    for raw, unit, kind, code, as_of, top in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw.lstrip("+")), unit, kind, max_value=top,
                       subject=subject, level=level, as_of=as_of, code=code, extra=TAB))
        at += len(sep)
    return facts


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


def _by(subject: object, level: object):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


def _score(context: str, raw: str, who: dict, kind: str = P, as_of: str = "period", code: object = None) -> Fact:
    """A score written "x/max" (max_value the denominator); a group's code found from the context's words unless
    given."""
    value, top = (_num(part) for part in raw.split("/"))
    if code is None:
        code = next((c for words, (c, m) in _GROUP_CODES.items() if words in context.lower() and m == top), _TONG)
    return F(context, raw, value, "điểm", kind, max_value=top, as_of=as_of, code=code, **who)


def _rank(context: str, raw: str, who: dict, kind: str = R, as_of: str = "period") -> Fact:
    """A rank written "n/N" (max_value N) with the 766 ranking's code."""
    value, top = (_num(part) for part in raw.split("/"))
    return F(context, raw, value, "hạng", kind, max_value=top, as_of=as_of, code=_HANG, **who)


# ------------------------------------------------------------ 705: UBND tỉnh Phú Thọ, tháng 8 năm 2025
_JUL_2025 = "2025-07-31"

# the dash list of the six groups: (label as written, score x/max, previous of tháng 7/2025 or None)
_GROUPS_705 = [
    ("Công khai, minh bạch", "17,12/18", "16,86"),
    ("Tiến độ, kết quả giải quyết", "19,34/20", "19,28"),
    ("Dịch vụ công trực tuyến", "9,86/12", "9,42"),
    ("Thanh toán trực tuyến", "6,74/10", "6,18"),
    ("Số hóa hồ sơ", "15,08/22", "14,73"),
    ("Mức độ hài lòng", "16,48/18", None),
]

# Bảng 1: (STT, body as written, tháng 7/2025, tháng 8/2025, change)
_AGENCIES_705 = [
    ("1", "Sở Tư pháp", "93,46", "94,18", "+0,72"),
    ("2", "Sở Y tế", "92,14", "93,02", "+0,88"),
    ("3", "Sở Công Thương", "92,58", "92,36", "-0,22"),
    ("4", "Sở Giáo dục và Đào tạo", "90,12", "91,64", "+1,52"),
    ("5", "Sở Nội vụ", "89,74", "90,86", "+1,12"),
    ("6", "Sở Khoa học và Công nghệ", "88,96", "90,12", "+1,16"),
    ("7", "Sở Văn hóa, Thể thao và Du lịch", "88,42", "89,28", "+0,86"),
    ("8", "Sở Tài chính", "87,36", "88,74", "+1,38"),
    ("9", "Sở Dân tộc và Tôn giáo", "87,90", "87,46", "-0,44"),
    ("10", "Ban Quản lý các khu công nghiệp", "84,18", "85,92", "+1,74"),
    ("11", "Sở Xây dựng", "80,26", "82,14", "+1,88"),
    ("12", "Sở Nông nghiệp và Môi trường", "77,84", "76,58", "-1,26"),
    ("", "Bình quân khối sở, ngành", "87,75", "88,53", "+0,78"),
]
_GRADES_705 = {"1": "Tốt", "2": "Tốt", "3": "Tốt", "4": "Tốt", "5": "Tốt", "6": "Tốt", "7": "Khá", "8": "Khá",
               "9": "Khá", "10": "Khá", "11": "Khá", "12": "Trung bình", "": ""}


def _groups_705() -> list[Fact]:
    """The dash list "- Công khai, minh bạch: 17,12/18 điểm (tháng 7/2025: 16,86 điểm);": the province's group score
    with its maximum and the previous month's score (dated 2025-07-31, the same maximum)."""
    facts = []
    for label, score, previous in _GROUPS_705:
        facts.append(_score(f"- {label}: {score}", score, _NULL))
        if previous:
            code, top = facts[-1].code, facts[-1].max_value
            facts.append(F(f"{score} điểm (tháng 7/2025: {previous} điểm)", previous, _num(previous), "điểm", PR,
                           max_value=top, as_of=_JUL_2025, code=code, **_NULL))
    return facts


def _agencies_705() -> list[Fact]:
    """Bảng 1 "| STT | Cơ quan | Tháng 7/2025 | Tháng 8/2025 | Tăng (+)/giảm (-) | Xếp loại |" under a title stating
    "(điểm tối đa 100)": each body as written, level tỉnh; the tháng 7/2025 column dated 2025-07-31 (kind value),
    the tháng 8/2025 column at the period end, both the total's code with max 100; the signed change kind change (no
    maximum); the grade is text. The average row (empty STT) is the block's (subject unchecked, code unchecked)."""
    facts = []
    for i, (stt, name, july, august, change) in enumerate(_AGENCIES_705):
        line = _md_line((stt, name, july, august, change, _GRADES_705[stt]))
        after = _md_line(_AGENCIES_705[i + 1][:2]).rsplit(" |", 1)[0] if i + 1 < len(_AGENCIES_705) else (
            "\nKết quả xếp loại khối")
        average = stt == ""
        code = ANY if average else _TONG
        facts += _cells(line, " | ", after, ANY if average else name, "tỉnh", [
            (july, "điểm", P, code, _JUL_2025, 100), (august, "điểm", P, code, "period", 100),
            (change, "điểm", CH, code, "period", None)])
    return facts


_nnmt = _by("Sở Nông nghiệp và Môi trường", "tỉnh")


def _weakest_705() -> list[Fact]:
    """The dash list of the four communes graded Yếu (as written, level xã): total, rank among 148, and the
    components named."""
    rows = [("Xã Đà Bắc", "62,18/100", "148/148"), ("Xã Tân Sơn", "63,74/100", "147/148"),
            ("Xã Yên Lập", "64,52/100", "146/148"), ("Xã Thu Cúc", "64,90/100", "145/148")]
    facts = []
    for name, score, rank in rows:
        who = {"subject": name, "level": "xã"}
        facts += [_score(f"- {name}: {score}", score, who), _rank(f"xếp thứ {rank}", rank, who)]
    bac = {"subject": "Xã Đà Bắc", "level": "xã"}
    facts += [
        _score("trực tuyến đạt 2,06/10", "2,06/10", bac, code=_TTT),
        _score("hồ sơ đạt 8,42/22", "8,42/22", bac, code=_SO),
        F("chỉ đạt 21,36%", "21,36%", 21.36, "%", code=_NOP, subject="Xã Tân Sơn", level="xã"),
        F("còn 07 hồ sơ", "07", 7, "hồ sơ", C, code=_QH, subject="Xã Yên Lập", level="xã"),
        _score("tiến độ đạt 15,86/20", "15,86/20", {"subject": "Xã Yên Lập", "level": "xã"}, code=_TD),
        F("(tỷ lệ 0%)", "0%", 0, "%", code=_TT, subject="Xã Thu Cúc", level="xã"),
    ]
    return facts


BLIND_705 = [
    # I.1 the province (766/QĐ-TTg, 2318/VPCP-KSTT cited; "đến ngày 31/8/2025" the data date); tháng 7/2025 dated
    # 2025-07-31 on the /100 scale ("tháng thứ hai", "ba tỉnh" in words)
    _score("đạt 84,62/100", "84,62/100", _NULL),
    _rank("xếp thứ 12/34", "12/34", _NULL),
    F("(82,95 điểm", "82,95", 82.95, "điểm", PR, max_value=100, as_of=_JUL_2025, code=_TONG, **_NULL),
    _rank("xếp thứ 16/34)", "16/34", _NULL, PR, _JUL_2025),
    F("tăng 1,67 điểm", "1,67", 1.67, "điểm", CH, code=_TONG, **_NULL),
    F("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG, **_NULL),
    # I.2 the groups with the previous month's scores ("không thay đổi" no figure); shares of the maxima, components
    *_groups_705(),
    F("tương ứng 67,40%", "67,40%", 67.4, "%", code=ANY, **_NULL),
    F("và 68,55% số điểm", "68,55%", 68.55, "%", code=ANY, **_NULL),
    F("mới đạt 3,26/6", "3,26/6", 3.26, "điểm", max_value=6, code=ANY, **_NULL),
    F("đạt 0,74/2", "0,74/2", 0.74, "điểm", max_value=2, code=ANY, **_NULL),
    F("đạt 1,12/2", "1,12/2", 1.12, "điểm", max_value=2, code=ANY, **_NULL),
    # I.3 rates; payment against the year's target (2025-12-31)
    F("của tỉnh đạt 76,42%", "76,42%", 76.42, "%", code=_NOP, **_NULL),
    F("đúng hạn đạt 98,86%", "98,86%", 98.86, "%", code=_DH, **_NULL),
    F("trực tuyến đạt 54,32%", "54,32%", 54.32, "%", code=_TT, target=70, stated_status="chưa đạt", **_NULL),
    F("tăng 5,86 điểm", "5,86", 5.86, "%", CH, code=ANY, **_NULL),
    F("năm 2025 là 70%", "70%", 70, "%", T, as_of="2025-12-31", code=_TT, **_NULL),
    F("hồ sơ đạt 82,16%", "82,16%", 82.16, "%", code=_SH, **_NULL),
    F("mới đạt 28,74%", "28,74%", 28.74, "%", code=_TSD, **_NULL),
    # II.1 Bảng 1 ("Bảng 1.", "(điểm tối đa 100)" no figures); grades; the weakest Sở's groups
    *_agencies_705(),
    F("06 cơ quan", "06", 6, "đơn vị", C, code=None, **_IN_TINH),
    F("05 cơ quan", "05", 5, "đơn vị", C, code=None, **_IN_TINH),
    F("01 cơ quan", "01", 1, "đơn vị", C, code=None, **_IN_TINH),
    F("Có 09/12", "09/12", 9, "đơn vị", C, max_value=12, code=None, **_IN_TINH),
    _nnmt("chỉ đạt 17,12/20", "17,12/20", 17.12, "điểm", max_value=20, code=_TD),
    _nnmt("(còn 46 hồ sơ", "46", 46, "hồ sơ", C, code=_QH),
    _nnmt("đạt 13,26/22", "13,26/22", 13.26, "điểm", max_value=22, code=_SO),
    # II.2 the communes and wards; their average (tháng 7/2025 dated 2025-07-31, no maximum written), blocks, grades
    F("có 148 xã", "148", 148, "xã", C, code=None, **_IN_XA),
    F("(133 xã", "133", 133, "xã", C, code=None, **_IN_XA),
    F("15 phường)", "15", 15, "phường", C, code=None, **_IN_XA),
    F("đạt 80,94 điểm", "80,94", 80.94, "điểm", code=ANY, **_IN_XA),
    F("(tháng 7/2025: 79,62 điểm)", "79,62", 79.62, "điểm", PR, as_of=_JUL_2025, code=ANY, **_IN_XA),
    F("tăng 1,32 điểm", "1,32", 1.32, "điểm", CH, code=ANY, **_IN_XA),
    F("đạt 87,26 điểm", "87,26", 87.26, "điểm", code=ANY, **_IN_XA),
    F("đạt 80,23 điểm", "80,23", 80.23, "điểm", code=ANY, **_IN_XA),
    F("Tốt 27 đơn vị", "27", 27, "đơn vị", C, code=None, **_IN_XA),
    F("Khá 86 đơn vị", "86", 86, "đơn vị", C, code=None, **_IN_XA),
    F("Trung bình 31 đơn vị", "31", 31, "đơn vị", C, code=None, **_IN_XA),
    F("Yếu 04 đơn vị", "04", 4, "đơn vị", C, code=None, **_IN_XA),
    F("giảm 05 đơn vị", "05", -5, "đơn vị", CH, code=None, **_IN_XA),
    # the first wards (as written, level xã)
    _score("với 95,36/100", "95,36/100", {"subject": "Phường Việt Trì", "level": "xã"}),
    _rank("(xếp thứ 1/148)", "1/148", {"subject": "Phường Việt Trì", "level": "xã"}),
    F("(94,08 điểm)", "94,08", 94.08, "điểm", code=_TONG, subject="phường Vĩnh Phúc", level="xã"),
    F("(93,52 điểm)", "93,52", 93.52, "điểm", code=_TONG, subject="phường Hòa Bình", level="xã"),
    # the four communes graded Yếu ("Bốn đơn vị" in words)
    *_weakest_705(),
    # III. task 1's files (a count repeated); task 2's target of the four communes (phone no figure)
    _nnmt("dứt điểm 46 hồ sơ", "46", 46, "hồ sơ", C, code=ANY),
    F("tối thiểu 40%", "40%", 40, "%", T, as_of="2025-12-31", code=_TT, **_IN_XA),
]

# ------------------------------------------------------------ 706: Văn phòng UBND thành phố Huế, Thông báo quý I
# năm 2026 (a tab-separated table of the first and last communes)
_Q4_2025 = "2025-12-31"

# the tab-separated table: (rank, unit as written, quý IV/2025, quý I/2026, change, grade)
_RANKED_706 = [
    ("1", "Phường Thuận Hóa", "92,18", "94,26", "+2,08", "Tốt"),
    ("2", "Phường Phú Xuân", "91,64", "93,58", "+1,94", "Tốt"),
    ("3", "Phường Kim Long", "90,46", "92,84", "+2,38", "Tốt"),
    ("4", "Phường Hương Thủy", "89,72", "91,96", "+2,24", "Tốt"),
    ("5", "Phường Vỹ Dạ", "91,02", "91,40", "+0,38", "Tốt"),
    ("36", "Xã Nam Đông", "76,84", "75,12", "-1,72", "Trung bình"),
    ("37", "Xã Khe Tre", "73,46", "74,58", "+1,12", "Trung bình"),
    ("38", "Xã A Lưới 3", "72,10", "73,24", "+1,14", "Trung bình"),
    ("39", "Xã A Lưới 5", "74,36", "71,86", "-2,50", "Trung bình"),
    ("40", "Xã Long Quảng", "66,52", "63,94", "-2,58", "Yếu"),
]


def _ranked_706() -> list[Fact]:
    """The tab-separated table "Xếp hạng | Đơn vị | Quý IV/2025 | Quý I/2026 | Tăng/giảm (điểm) | Xếp loại": the rank
    first (kind rank, a plain number among the 40 with no maximum written), each unit as written (level xã; the
    numeral of "Xã A Lưới 3" is part of a name), the quý IV/2025 column dated 2025-12-31 (kind value), the quý I/2026
    column at the period end, the signed change kind change; the total's code, no maximum written; the grade text."""
    facts = []
    for i, (rank, name, q4, q1, change, grade) in enumerate(_RANKED_706):
        line = "\t".join((rank, name, q4, q1, change, grade))
        after = "\t".join(_RANKED_706[i + 1][:2]) if i + 1 < len(_RANKED_706) else "\nc) Một số"
        facts.append(F(f"\n{rank}\t{name}\t", rank, _num(rank), "hạng", R, subject=name, level="xã", code=_HANG,
                       extra=TAB))
        facts += _cells(line, "\t", after, name, "xã", [
            (q4, "điểm", P, _TONG, _Q4_2025, None), (q1, "điểm", P, _TONG, "period", None),
            (change, "điểm", CH, _TONG, "period", None)])
    return facts


_long_quang = {"subject": "Xã Long Quảng", "level": "xã"}
_a_luoi_5 = {"subject": "Xã A Lưới 5", "level": "xã"}
_phu_loc = {"subject": "Xã Phú Lộc", "level": "xã"}

BLIND_706 = [
    # 1. the city (766/QĐ-TTg, 2046/QĐ-UBND cited; the window no figure); quý IV năm 2025 dated 2025-12-31 on the
    # /100 scale; the six groups after "lần lượt là" ("sáu nhóm" in words)
    _score("đạt 88,74/100", "88,74/100", _NULL),
    _rank("xếp thứ 5/34", "5/34", _NULL),
    F("(quý IV năm 2025: 87,16 điểm", "87,16", 87.16, "điểm", PR, max_value=100, as_of=_Q4_2025, code=_TONG,
      **_NULL),
    _rank("xếp thứ 8/34)", "8/34", _NULL, PR, _Q4_2025),
    F("tăng 1,58 điểm", "1,58", 1.58, "điểm", CH, code=_TONG, **_NULL),
    F("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG, **_NULL),
    _score("là 17,46/18", "17,46/18", _NULL, code=_CK),
    _score("; 19,52/20", "19,52/20", _NULL, code=_TD),
    _score("; 10,64/12", "10,64/12", _NULL, code=_DV),
    _score("; 7,38/10", "7,38/10", _NULL, code=_TTT),
    _score("; 17,02/22", "17,02/22", _NULL, code=_SO),
    _score("và 16,72/18", "16,72/18", _NULL, code=_HLG),
    # 2. the agencies: their number, average (quý IV dated 2025-12-31, no maximum), grades, first and last
    F("của 15 sở", "15", 15, "đơn vị", C, code=None, **_IN_TINH),
    F("đạt 90,12 điểm", "90,12", 90.12, "điểm", code=ANY, **_IN_TINH),
    F("(quý IV năm 2025: 89,34 điểm)", "89,34", 89.34, "điểm", PR, as_of=_Q4_2025, code=ANY, **_IN_TINH),
    F("Tốt 10/15", "10/15", 10, "đơn vị", C, max_value=15, code=None, **_IN_TINH),
    F("Khá 05/15", "05/15", 5, "đơn vị", C, max_value=15, code=None, **_IN_TINH),
    F("với 96,18 điểm", "96,18", 96.18, "điểm", code=_TONG, subject="Sở Tư pháp", level="tỉnh"),
    F("(84,26 điểm)", "84,26", 84.26, "điểm", code=_TONG, subject="Sở Xây dựng", level="tỉnh"),
    _score("chỉ đạt 14,08/22", "14,08/22", {"subject": "Sở Xây dựng", "level": "tỉnh"}, code=_SO),
    # 3.a) the communes and wards: number, average, blocks, grades, units gaining; the level's rates and target
    F("của 40 xã", "40", 40, "xã", C, code=None, **_IN_XA),
    F("đạt 84,36 điểm", "84,36", 84.36, "điểm", code=ANY, **_IN_XA),
    F("(quý IV năm 2025: 82,48 điểm)", "82,48", 82.48, "điểm", PR, as_of=_Q4_2025, code=ANY, **_IN_XA),
    F("tăng 1,88 điểm", "1,88", 1.88, "điểm", CH, code=ANY, **_IN_XA),
    F("bình quân 88,92 điểm", "88,92", 88.92, "điểm", code=ANY, **_IN_XA),
    F("bình quân 79,32 điểm", "79,32", 79.32, "điểm", code=ANY, **_IN_XA),
    F("Tốt 09 đơn vị", "09", 9, "đơn vị", C, code=None, **_IN_XA),
    F("Khá 24 đơn vị", "24", 24, "đơn vị", C, code=None, **_IN_XA),
    F("Trung bình 06 đơn vị", "06", 6, "đơn vị", C, code=None, **_IN_XA),
    F("Yếu 01 đơn vị", "01", 1, "đơn vị", C, code=None, **_IN_XA),
    F("có 31/40 đơn vị", "31/40", 31, "đơn vị", C, max_value=40, code=None, **_IN_XA),
    F("cấp xã đạt 81,46%", "81,46%", 81.46, "%", code=_NOP, **_CAP_XA),
    F("cấp xã đạt 68,12%", "68,12%", 68.12, "%", code=_TT, target=75, stated_status="chưa đạt", **_CAP_XA),
    F("năm 2026 là 75%", "75%", 75, "%", T, as_of="2026-12-31", code=_TT, **_IN_XA),
    # 3.b) the table ("Năm đơn vị" in words)
    *_ranked_706(),
    # 3.c) components of the last commune, a fall, a rise (quý IV ranks dated 2025-12-31)
    F("đạt 1,84/6", "1,84/6", 1.84, "điểm", max_value=6, code=ANY, **_long_quang),
    F("đạt 1,96/4", "1,96/4", 1.96, "điểm", max_value=4, code=ANY, **_long_quang),
    F("đạt 3/6", "3/6", 3, "điểm", max_value=6, code=ANY, **_long_quang),
    F("(02 PAKN", "02", 2, "PAKN", C, code=ANY, **_long_quang),
    F("giảm 2,50 điểm", "2,50", -2.5, "điểm", CH, code=_TONG, **_a_luoi_5),
    F("sinh 09 hồ sơ", "09", 9, "hồ sơ", C, code=_QH, **_a_luoi_5),
    F("tăng 6,42 điểm", "6,42", 6.42, "điểm", CH, code=_TONG, **_phu_loc),
    F("tăng 11 bậc", "11", 11, "hạng", CH, code=_HANG, **_phu_loc),
    _rank("(từ thứ 27/40", "27/40", _phu_loc, PR, _Q4_2025),
    _rank("lên thứ 16/40)", "16/40", _phu_loc),
    # 4. the target of the communes graded Trung bình, Yếu for quý II (an address and a phone no figures)
    F("tối thiểu 60%", "60%", 60, "%", T, as_of="2026-06-30", code=_TT, **_IN_XA),
]

# ------------------------------------------------------------ 707: Sở Nội vụ tỉnh Ninh Bình, Công văn tháng 10
# năm 2025 (the communes' results, the units graded Yếu with their weak components)
_SEP_2025 = "2025-09-30"

# the numbered paragraphs "(1) Xã Gia Hưng đạt 61,42 điểm, xếp thứ 129/129: …": (unit, score, rank)
_WEAKEST_707 = [("Xã Gia Hưng", "61,42", "129/129"), ("Xã Kim Đông", "62,08", "128/129"),
                ("Xã Thanh Sơn", "63,16", "127/129"), ("Xã Nghĩa Lâm", "63,90", "126/129"),
                ("Xã Hải Xuân", "64,72", "125/129")]


def _weakest_707() -> list[Fact]:
    """Each unit graded Yếu as written (level xã): its total (no maximum written) and its rank among the 129."""
    facts = []
    for name, score, rank in _WEAKEST_707:
        who = {"subject": name, "level": "xã"}
        facts += [F(f"{name} đạt {score} điểm", score, _num(score), "điểm", code=_TONG, **who),
                  _rank(f"xếp thứ {rank}", rank, who)]
    return facts


def _unit_707(name: str) -> dict:
    return {"subject": name, "level": "xã"}


BLIND_707 = [
    # 1. the province (tháng 9/2025 dated 2025-09-30, the /100 scale) and the Sở's own result among 17 agencies
    # (1562/UBND-NC, 766/QĐ-TTg cited; the data date no figure)
    _score("đạt 86,18/100", "86,18/100", _NULL),
    _rank("xếp thứ 9/34", "9/34", _NULL),
    F("(tháng 9/2025: 85,42 điểm", "85,42", 85.42, "điểm", PR, max_value=100, as_of=_SEP_2025, code=_TONG, **_NULL),
    _rank("xếp thứ 11/34)", "11/34", _NULL, PR, _SEP_2025),
    _score("đạt 93,46/100", "93,46/100", {"subject": "Sở Nội vụ", "level": "tỉnh"}),
    _rank("xếp thứ 3/17", "3/17", {"subject": "Sở Nội vụ", "level": "tỉnh"}),
    # 2.a) the level's average (tháng 9/2025 dated 2025-09-30, no maximum written), the blocks with their sizes
    F("của 129 xã", "129", 129, "xã", C, code=None, **_IN_XA),
    F("đạt 81,74 điểm", "81,74", 81.74, "điểm", code=ANY, **_IN_XA),
    F("tăng 0,96 điểm", "0,96", 0.96, "điểm", CH, code=ANY, **_IN_XA),
    F("(80,78 điểm)", "80,78", 80.78, "điểm", PR, as_of=_SEP_2025, code=ANY, **_IN_XA),
    F("(32 phường)", "32", 32, "phường", C, code=None, **_IN_XA),
    F("bình quân 87,06 điểm", "87,06", 87.06, "điểm", code=ANY, **_IN_XA),
    F("(97 xã)", "97", 97, "xã", C, code=None, **_IN_XA),
    F("bình quân 79,98 điểm", "79,98", 79.98, "điểm", code=ANY, **_IN_XA),
    # the level's six groups after "lần lượt là" ("sáu nhóm" in words): no maxima written
    F("minh bạch 16,24 điểm", "16,24", 16.24, "điểm", code=_CK, **_IN_XA),
    F("giải quyết 18,86 điểm", "18,86", 18.86, "điểm", code=_TD, **_IN_XA),
    F("trực tuyến 9,12 điểm", "9,12", 9.12, "điểm", code=_DV, **_IN_XA),
    F("trực tuyến 6,02 điểm", "6,02", 6.02, "điểm", code=_TTT, **_IN_XA),
    F("hồ sơ 14,38 điểm", "14,38", 14.38, "điểm", code=_SO, **_IN_XA),
    F("hài lòng 17,12 điểm", "17,12", 17.12, "điểm", code=_HLG, **_IN_XA),
    # 2.b) grades with their shares; the Yếu count of tháng 9/2025 (dated 2025-09-30); units gaining and losing
    F("Tốt 38 đơn vị", "38", 38, "đơn vị", C, code=None, **_IN_XA),
    F("(chiếm 29,46%)", "29,46%", 29.46, "%", code=ANY, **_IN_XA),
    F("Khá 67 đơn vị", "67", 67, "đơn vị", C, code=None, **_IN_XA),
    F("(chiếm 51,94%)", "51,94%", 51.94, "%", code=ANY, **_IN_XA),
    F("Trung bình 19 đơn vị", "19", 19, "đơn vị", C, code=None, **_IN_XA),
    F("(chiếm 14,73%)", "14,73%", 14.73, "%", code=ANY, **_IN_XA),
    F("Yếu 05 đơn vị", "05", 5, "đơn vị", C, code=None, **_IN_XA),
    F("(chiếm 3,88%)", "3,88%", 3.88, "%", code=ANY, **_IN_XA),
    F("giảm từ 09", "09", 9, "đơn vị", PR, as_of=_SEP_2025, code=None, **_IN_XA),
    F("xuống 05 đơn vị", "05", 5, "đơn vị", C, code=None, **_IN_XA),
    F("Có 82/129 xã", "82/129", 82, "xã", C, max_value=129, code=None, **_IN_XA),
    F("và 47 xã", "47", 47, "xã", C, code=None, **_IN_XA),
    F("với 95,84 điểm", "95,84", 95.84, "điểm", code=_TONG, **_unit_707("Phường Hoa Lư")),
    F("(94,62 điểm)", "94,62", 94.62, "điểm", code=_TONG, **_unit_707("phường Nam Định")),
    F("(94,10 điểm)", "94,10", 94.1, "điểm", code=_TONG, **_unit_707("phường Phủ Lý")),
    # 2.c) the level's rates, their rises in percentage points after "tương ứng", the year's targets (2025-12-31)
    F("cấp xã đạt 72,84%", "72,84%", 72.84, "%", code=_NOP, target=70, stated_status="đạt", **_CAP_XA),
    F("trực tuyến đạt 49,26%", "49,26%", 49.26, "%", code=_TT, target=55, stated_status="chưa đạt", **_CAP_XA),
    F("hồ sơ đạt 76,18%", "76,18%", 76.18, "%", code=_SH, **_CAP_XA),
    F("tăng 2,14", "2,14", 2.14, "%", CH, code=ANY, **_CAP_XA),
    F("; 3,08 và", "3,08", 3.08, "%", CH, code=ANY, **_CAP_XA),
    F("và 1,56 điểm", "1,56", 1.56, "%", CH, code=ANY, **_CAP_XA),
    F("tối thiểu 70%", "70%", 70, "%", T, as_of="2025-12-31", code=_NOP, **_IN_XA),
    F("tối thiểu 55%;", "55%", 55, "%", T, as_of="2025-12-31", code=_TT, **_IN_XA),
    # 3. the units graded Yếu ("(1)" … "(5)" numbering) and their weak components
    *_weakest_707(),
    _score("chỉ đạt 1,86/10", "1,86/10", _unit_707("Xã Gia Hưng"), code=_TTT),
    _score("đạt 7,94/22", "7,94/22", _unit_707("Xã Gia Hưng"), code=_SO),
    F("còn 14 hồ sơ", "14", 14, "hồ sơ", C, code=_QH, **_unit_707("Xã Kim Đông")),
    F("đất đai 11 hồ sơ", "11", 11, "hồ sơ", C, code=_QH, **_IN_XA),
    _score("đạt 14,62/20", "14,62/20", _unit_707("Xã Kim Đông"), code=_TD),
    F("chỉ đạt 28,45%", "28,45%", 28.45, "%", code=_NOP, **_unit_707("Xã Thanh Sơn")),
    _score("đạt 4,08/12", "4,08/12", _unit_707("Xã Thanh Sơn"), code=_DV),
    F("có 03 PAKN", "03", 3, "PAKN", C, code=ANY, **_unit_707("Xã Nghĩa Lâm")),
    _score("đạt 12,46/18", "12,46/18", _unit_707("Xã Nghĩa Lâm"), code=_HLG),
    F(": 06 TTHC", "06", 6, "TTHC", C, code=ANY, **_unit_707("Xã Hải Xuân")),
    _score("đạt 12,18/18", "12,18/18", _unit_707("Xã Hải Xuân"), code=_CK),
    # 4. counts repeated in the requests; the target of the communes graded Trung bình, Yếu (phone no figure)
    F("dứt điểm 14 hồ sơ", "14", 14, "hồ sơ", C, code=ANY, **_unit_707("Xã Kim Đông")),
    F("đầy đủ 06 TTHC", "06", 6, "TTHC", C, code=ANY, **_unit_707("Xã Hải Xuân")),
    F("tối thiểu 55% trong", "55%", 55, "%", T, as_of="2025-12-31", code=_TT, **_IN_XA),
]

# ------------------------------------------------------------ 708: UBND tỉnh Tây Ninh, 6 tháng đầu năm 2026 (a
# Markdown table with the months as rows)
_JAN_2026 = "2026-01-31"
_DEC_2025 = "2025-12-31"

# Bảng 1: (month as written, its end, six group scores, total, rank)
_MONTHS_708 = [
    ("Tháng 1/2026", _JAN_2026, ("16,42", "18,96", "9,14", "6,12", "14,26", "16,84"), "81,74", "19/34"),
    ("Tháng 2/2026", "2026-02-28", ("16,58", "19,02", "9,36", "6,34", "14,52", "16,90"), "82,72", "17/34"),
    ("Tháng 3/2026", "2026-03-31", ("16,74", "19,10", "9,58", "6,62", "14,88", "17,02"), "83,94", "15/34"),
    ("Tháng 4/2026", "2026-04-30", ("16,90", "19,18", "9,86", "6,96", "15,20", "17,08"), "85,18", "13/34"),
    ("Tháng 5/2026", "2026-05-31", ("17,06", "19,24", "10,08", "7,22", "15,46", "17,14"), "86,20", "11/34"),
    ("Tháng 6/2026", "period", ("17,18", "19,30", "10,26", "7,48", "15,74", "17,20"), "87,16", "9/34"),
]
_COLUMNS_708 = [(_CK, 18), (_TD, 20), (_DV, 12), (_TTT, 10), (_SO, 22), (_HLG, 18)]


def _months_708() -> list[Fact]:
    """Bảng 1 "| Tháng | Công khai, minh bạch (18) | … | Tổng điểm (100) | Xếp hạng |": one row per month, the
    province's (subject NULL); a row of a month before June dated at that month's end (kind value), June's at the
    period end; each group cell with its group's code and the maximum its header states in brackets (no figure of
    its own), the total with max 100, the rank "19/34" kind rank with max 34."""
    facts = []
    for i, (month, end, groups, total, rank) in enumerate(_MONTHS_708):
        line = _md_line((month, *groups, total, rank))
        after = f"| {_MONTHS_708[i + 1][0]} |" if i + 1 < len(_MONTHS_708) else "\nNhóm thanh toán trực tuyến tăng"
        cells: list[Cell] = [(raw, "điểm", P, code, end, top) for raw, (code, top) in zip(groups, _COLUMNS_708,
                                                                                           strict=True)]
        cells.append((total, "điểm", P, _TONG, end, 100))
        facts += _cells(line, " | ", after, None, None, cells)
        at = _find_cell(line, " | ", rank, 0)
        facts.append(F(line[at:] + "\n" + after, rank, _num(rank.split("/")[0]), "hạng", R, max_value=34,
                       as_of=end, code=_HANG, extra=TAB, **_NULL))
    return facts


_nnmt_708 = _by("Sở Nông nghiệp và Môi trường", "tỉnh")

BLIND_708 = [
    # I.1 the province at 30/6/2026 against tháng 1/2026 and tháng 12/2025 (766/QĐ-TTg, 38/KH-UBND cited; "6 tháng"
    # the period); the months' average; the year's target of the HĐND (04/NQ-HĐND cited; 2026-12-31)
    _score("đạt 87,16/100", "87,16/100", _NULL),
    _rank("xếp thứ 9/34", "9/34", _NULL),
    F("tăng 5,42 điểm", "5,42", 5.42, "điểm", CH, code=_TONG, **_NULL),
    F("tăng 10 bậc", "10", 10, "hạng", CH, code=_HANG, **_NULL),
    F("(81,74 điểm", "81,74", 81.74, "điểm", PR, max_value=100, as_of=_JAN_2026, code=_TONG, **_NULL),
    _rank("xếp thứ 19/34)", "19/34", _NULL, PR, _JAN_2026),
    F("(80,96 điểm", "80,96", 80.96, "điểm", PR, max_value=100, as_of=_DEC_2025, code=_TONG, **_NULL),
    _rank("xếp thứ 21/34)", "21/34", _NULL, PR, _DEC_2025),
    F("đạt 84,49 điểm", "84,49", 84.49, "điểm", code=ANY, **_NULL),
    F("tối thiểu 88 điểm", "88", 88, "điểm", T, as_of="2026-12-31", code=_TONG, **_NULL),
    # I.2 Bảng 1 ("Bảng 1.", the maxima in the headers no figures); two groups' rises ("hai nhóm" in words)
    *_months_708(),
    F("tăng 1,36 điểm", "1,36", 1.36, "điểm", CH, code=_TTT, **_NULL),
    F("tăng 1,48 điểm", "1,48", 1.48, "điểm", CH, code=_SO, **_NULL),
    # I.3 files, payment (năm 2025 dated 2025-12-31), digitisation, on time
    F("tiếp nhận 612.486 hồ sơ", "612.486", 612486, "hồ sơ", C, code=_TN, **_NULL),
    F("trực tuyến 478.214 hồ sơ", "478.214", 478214, "hồ sơ", C, code=_NOP, **_NULL),
    F("chiếm 78,08%", "78,08%", 78.08, "%", code=_NOP, **_NULL),
    F("đạt 63,42%", "63,42%", 63.42, "%", code=_TT, **_NULL),
    F("(năm 2025: 51,86%)", "51,86%", 51.86, "%", PR, as_of=_DEC_2025, code=_TT, **_NULL),
    F("đạt 86,74%", "86,74%", 86.74, "%", code=_SH, **_NULL),
    F("đạt 99,12%", "99,12%", 99.12, "%", code=_DH, **_NULL),
    # II.1 the agencies in tháng 6/2026 (the period's last month): number, average, grades, the last one
    F("ngành: 17 cơ quan", "17", 17, "đơn vị", C, code=None, **_IN_TINH),
    F("đạt 89,64 điểm", "89,64", 89.64, "điểm", code=ANY, **_IN_TINH),
    F("Tốt 11 cơ quan", "11", 11, "đơn vị", C, code=None, **_IN_TINH),
    F("Khá 05 cơ quan", "05", 5, "đơn vị", C, code=None, **_IN_TINH),
    F("Trung bình 01 cơ quan", "01", 1, "đơn vị", C, code=None, **_IN_TINH),
    _nnmt_708("(78,46 điểm)", "78,46", 78.46, "điểm", code=_TONG),
    _nnmt_708("chỉ đạt 12,34/22", "12,34/22", 12.34, "điểm", max_value=22, code=_SO),
    # II.2 the communes and wards: number, average, grades, the four graded Yếu (as written) and the range of their
    # digitisation group ("bốn xã" in words; both bounds values, no maximum written)
    F("phường: 96 xã", "96", 96, "xã", C, code=None, **_IN_XA),
    F("đạt 80,12 điểm", "80,12", 80.12, "điểm", code=ANY, **_IN_XA),
    F("Tốt 22 đơn vị", "22", 22, "đơn vị", C, code=None, **_IN_XA),
    F("Khá 51 đơn vị", "51", 51, "đơn vị", C, code=None, **_IN_XA),
    F("Trung bình 19 đơn vị", "19", 19, "đơn vị", C, code=None, **_IN_XA),
    F("Yếu 04 đơn vị", "04", 4, "đơn vị", C, code=None, **_IN_XA),
    F("(61,08 điểm)", "61,08", 61.08, "điểm", code=_TONG, subject="xã Tân Hòa", level="xã"),
    F("(62,54 điểm)", "62,54", 62.54, "điểm", code=_TONG, subject="xã Hưng Điền", level="xã"),
    F("(63,26 điểm)", "63,26", 63.26, "điểm", code=_TONG, subject="xã Mỹ Quý", level="xã"),
    F("(64,02 điểm)", "64,02", 64.02, "điểm", code=_TONG, subject="xã Bình Hòa", level="xã"),
    F("từ 8,16", "8,16", 8.16, "điểm", code=_SO, **_IN_XA),
    F("đến 10,42 điểm", "10,42", 10.42, "điểm", code=_SO, **_IN_XA),
    # III. task 2's target of the four communes for quý III (phone no figure; "6 THÁNG CUỐI NĂM 2026" a heading)
    F("tối thiểu 80%", "80%", 80, "%", T, as_of="2026-09-30", code=_SH, **_IN_XA),
]

# ------------------------------------------------------------ 709: Sở Khoa học và Công nghệ thành phố Đà Nẵng, quý
# IV năm 2025
_Q3_2025 = "2025-09-30"
_sxd_709 = _by("Sở Xây dựng", "tỉnh")

# the dash list of the five communes graded Yếu: (unit as written, total without maximum)
_WEAKEST_709 = [("Xã Hùng Sơn", "60,84"), ("Xã Trà Linh", "61,96"), ("Xã Phước Năng", "62,70"),
                ("Xã Trà Tập", "63,48"), ("Xã Tây Giang", "64,56")]


def _commune_709(name: str) -> dict:
    return {"subject": name, "level": "xã"}


BLIND_709 = [
    # I.1 the city (412/KH-UBND, 766/QĐ-TTg cited); quý III năm 2025 dated 2025-09-30 on the /100 scale
    _score("đạt 89,46/100", "89,46/100", _NULL),
    _rank("xếp thứ 4/34", "4/34", _NULL),
    F("tăng 1,54 điểm", "1,54", 1.54, "điểm", CH, code=_TONG, **_NULL),
    F("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG, **_NULL),
    F("(87,92 điểm", "87,92", 87.92, "điểm", PR, max_value=100, as_of=_Q3_2025, code=_TONG, **_NULL),
    _rank("xếp thứ 6/34)", "6/34", _NULL, PR, _Q3_2025),
    # I.2 the six groups after "tương ứng", in the order the sentence names them
    _score("đạt 17,64/18", "17,64/18", _NULL, code=_CK),
    _score(", 19,58/20", "19,58/20", _NULL, code=_TD),
    _score(", 10,92/12", "10,92/12", _NULL, code=_DV),
    _score(", 7,86/10", "7,86/10", _NULL, code=_TTT),
    _score(", 16,34/22", "16,34/22", _NULL, code=_SO),
    _score("và 17,12/18", "17,12/18", _NULL, code=_HLG),
    # I.3 components: payment against the year's target (2025-12-31), reuse (quý III dated 2025-09-30), a component
    # score out of 6
    F("đạt 72,18%", "72,18%", 72.18, "%", code=_TT, target=80, stated_status="chưa đạt", **_NULL),
    F("năm 2025 là 80%", "80%", 80, "%", T, as_of="2025-12-31", code=_TT, **_NULL),
    F("đạt 38,26%", "38,26%", 38.26, "%", code=_TSD, **_NULL),
    F("(quý III năm 2025: 31,42%)", "31,42%", 31.42, "%", PR, as_of=_Q3_2025, code=_TSD, **_NULL),
    F("đạt 5,84/6", "5,84/6", 5.84, "điểm", max_value=6, code=ANY, **_NULL),
    # II.1 the agencies: number, average (quý III dated 2025-09-30, no maximum), grades; the Sở's own result; the
    # first and the last with its weak groups
    F("Có 19 cơ quan", "19", 19, "đơn vị", C, code=None, **_IN_TINH),
    F("đạt 91,28 điểm", "91,28", 91.28, "điểm", code=ANY, **_IN_TINH),
    F("(quý III năm 2025: 90,06 điểm)", "90,06", 90.06, "điểm", PR, as_of=_Q3_2025, code=ANY, **_IN_TINH),
    F("Tốt 14 cơ quan", "14", 14, "đơn vị", C, code=None, **_IN_TINH),
    F("Khá 04 cơ quan", "04", 4, "đơn vị", C, code=None, **_IN_TINH),
    F("Trung bình 01 cơ quan", "01", 1, "đơn vị", C, code=None, **_IN_TINH),
    _score("đạt 95,12/100", "95,12/100", {"subject": "Sở Khoa học và Công nghệ", "level": "tỉnh"}),
    _rank("xếp thứ 2/19", "2/19", {"subject": "Sở Khoa học và Công nghệ", "level": "tỉnh"}),
    F("với 97,06 điểm", "97,06", 97.06, "điểm", code=_TONG, subject="Sở Tư pháp", level="tỉnh"),
    _sxd_709("(79,84 điểm)", "79,84", 79.84, "điểm", code=_TONG),
    _sxd_709("chỉ đạt 16,92/20", "16,92/20", 16.92, "điểm", max_value=20, code=_TD),
    _sxd_709("còn 38 hồ sơ", "38", 38, "hồ sơ", C, code=_QH),
    _sxd_709("đạt 13,48/22", "13,48/22", 13.48, "điểm", max_value=22, code=_SO),
    # II.2 the communes: the level and its parts, those assessed, average and blocks, grades with their shares, a
    # ward's rise ("Năm xã" in words)
    F("có 94 đơn vị", "94", 94, "đơn vị", C, code=None, **_CAP_XA),
    F("(23 phường", "23", 23, "phường", C, code=None, **_IN_XA),
    F("70 xã", "70", 70, "xã", C, code=None, **_IN_XA),
    F("01 đặc khu)", "01", 1, "đặc khu", C, code=None, **_IN_XA),
    F("quý, 93 xã", "93", 93, "xã", C, code=None, **_IN_XA),
    F("đạt 82,66 điểm", "82,66", 82.66, "điểm", code=ANY, **_IN_XA),
    F("bình quân 88,14 điểm", "88,14", 88.14, "điểm", code=ANY, **_IN_XA),
    F("bình quân 80,86 điểm", "80,86", 80.86, "điểm", code=ANY, **_IN_XA),
    F("Tốt 24 đơn vị", "24", 24, "đơn vị", C, code=None, **_IN_XA),
    F("chiếm 25,81%", "25,81%", 25.81, "%", code=ANY, **_IN_XA),
    F("Khá 46 đơn vị", "46", 46, "đơn vị", C, code=None, **_IN_XA),
    F("chiếm 49,46%", "49,46%", 49.46, "%", code=ANY, **_IN_XA),
    F("Trung bình 18 đơn vị", "18", 18, "đơn vị", C, code=None, **_IN_XA),
    F("chiếm 19,35%", "19,35%", 19.35, "%", code=ANY, **_IN_XA),
    F("Yếu 05 đơn vị", "05", 5, "đơn vị", C, code=None, **_IN_XA),
    F("chiếm 5,38%", "5,38%", 5.38, "%", code=ANY, **_IN_XA),
    F("tăng 9,48 điểm", "9,48", 9.48, "điểm", CH, code=_TONG, **_commune_709("Phường Hội An")),
    # the dash list of the communes graded Yếu and their weak components
    *[F(f"- {name}: {score} điểm", score, _num(score), "điểm", code=_TONG, **_commune_709(name))
      for name, score in _WEAKEST_709],
    _score("thanh toán trực tuyến 1,46/10", "1,46/10", _commune_709("Xã Hùng Sơn"), code=_TTT),
    _score("số hóa hồ sơ 7,12/22", "7,12/22", _commune_709("Xã Hùng Sơn"), code=_SO),
    _score("trực tuyến 3,84/12", "3,84/12", _commune_709("Xã Trà Linh"), code=_DV),
    F("trực tuyến 24,18%", "24,18%", 24.18, "%", code=_NOP, **_commune_709("Xã Trà Linh")),
    _score("giải quyết 15,26/20", "15,26/20", _commune_709("Xã Phước Năng"), code=_TD),
    F("còn 12 hồ sơ", "12", 12, "hồ sơ", C, code=_QH, **_commune_709("Xã Phước Năng")),
    _score("hài lòng 13,06/18", "13,06/18", _commune_709("Xã Trà Tập"), code=_HLG),
    F("02 PAKN xử lý", "02", 2, "PAKN", C, code=ANY, **_commune_709("Xã Trà Tập")),
    _score("minh bạch 13,92/18", "13,92/18", _commune_709("Xã Tây Giang"), code=_CK),
    # III. task 1's files (a count repeated); task 2's target of the communes graded Yếu for quý I/2026 (an address
    # "số 51A" and a phone no figures; "NHIỆM VỤ QUÝ I NĂM 2026" a heading)
    _sxd_709("dứt điểm 38 hồ sơ", "38", 38, "hồ sơ", C, code=ANY),
    F("tối thiểu 50%", "50%", 50, "%", T, as_of="2026-03-31", code=_TT, **_IN_XA),
]

BLIND = {"705": BLIND_705, "706": BLIND_706, "707": BLIND_707, "708": BLIND_708, "709": BLIND_709}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "705": [
        ("2025-09-20", "day", "20/9/2025", "giải quyết dứt điểm 46 hồ sơ đất đai quá hạn",
         "Sở Nông nghiệp và Môi trường"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến",
         "UBND các xã Đà Bắc, Tân Sơn, Yên Lập, Thu Cúc"),
        ("2025-10-15", "day", "ngày mười lăm tháng 10 năm 2025", "đồng bộ dữ liệu", "Sở Khoa học và Công nghệ"),
        ("2025-11-30", "month", "tháng 11/2025", "kiểm tra việc số hóa hồ sơ", "Văn phòng UBND tỉnh"),
        ("2025-12-31", "year", "năm 2025", "kênh thanh toán không dùng tiền mặt", "Sở Tài chính"),
        # issued 08/9/2025, before the 10th: the first "ngày 10 hằng tháng" is 10/9/2025
        ("2025-09-10", "recurring", "10 hằng tháng", "báo cáo kết quả khắc phục",
         "Các sở, ngành và UBND các xã, phường"),
    ],
    "706": [
        ("2026-04-20", "day", "20/4/2026", "báo cáo giải trình", "UBND xã Long Quảng, UBND xã A Lưới 5"),
        ("2026-06-30", "quarter", "quý II năm 2026", "tỷ lệ hồ sơ thanh toán trực tuyến",
         "UBND các xã xếp loại Trung bình, Yếu"),
        ("2026-04-30", "day", "ngày ba mươi tháng 4 năm 2026", "số hóa kết quả giải quyết TTHC", "Sở Xây dựng"),
        ("2026-05-31", "month", "tháng 5/2026", "tập huấn nghiệp vụ", "Trung tâm Phục vụ hành chính công thành phố"),
        ("2026-12-31", "year", "năm 2026", "nâng cấp Hệ thống thông tin giải quyết TTHC", "Sở Khoa học và Công nghệ"),
        # issued 07/4/2026: the first "ngày 25 hằng tháng" is 25/4/2026
        ("2026-04-25", "recurring", "25 hằng tháng", "cập nhật kết quả khắc phục",
         "Các sở, ban, ngành và UBND các xã, phường"),
    ],
    "707": [
        ("2025-11-20", "day", "20/11/2025", "báo cáo nguyên nhân và giải pháp khắc phục",
         "UBND các xã Gia Hưng, Kim Đông, Thanh Sơn, Nghĩa Lâm, Hải Xuân"),
        ("2025-11-25", "day", "ngày hai mươi lăm tháng 11 năm 2025", "giải quyết dứt điểm 14 hồ sơ quá hạn",
         "UBND xã Kim Đông"),
        ("2025-12-31", "month", "tháng 12/2025", "công khai đầy đủ 06 TTHC", "UBND xã Hải Xuân"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến",
         "UBND các xã xếp loại Trung bình, Yếu"),
        ("2026-12-31", "year", "năm 2026", "hỗ trợ nghiệp vụ số hóa", "Trung tâm Phục vụ hành chính công tỉnh"),
        # issued 10/11/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/12/2025
        ("2025-12-05", "recurring", "05 hằng tháng", "gửi báo cáo kết quả khắc phục", "UBND các xã, phường"),
    ],
    "708": [
        ("2026-07-31", "day", "31/7/2026", "kế hoạch khắc phục", "Sở Nông nghiệp và Môi trường"),
        ("2026-09-30", "quarter", "quý III năm 2026", "tỷ lệ số hóa hồ sơ",
         "UBND các xã Tân Hòa, Hưng Điền, Mỹ Quý, Bình Hòa"),
        ("2026-08-15", "day", "ngày mười lăm tháng 8 năm 2026", "hội nghị sơ kết", "Văn phòng UBND tỉnh"),
        ("2026-09-30", "month", "tháng 9/2026", "thu phí, lệ phí qua tài khoản", "Sở Tài chính"),
        ("2026-12-31", "year", "năm 2026", "trả kết quả tại nhà", "Bưu điện tỉnh Tây Ninh"),
        # issued 06/7/2026, before the 8th: the first "ngày 08 hằng tháng" is 08/7/2026
        ("2026-07-08", "recurring", "08 hằng tháng", "gửi báo cáo kết quả thực hiện Bộ chỉ số",
         "Các sở, ngành, UBND các xã, phường"),
    ],
    "709": [
        ("2026-01-25", "day", "25/01/2026", "giải quyết dứt điểm 38 hồ sơ quá hạn", "Sở Xây dựng"),
        ("2026-03-31", "quarter", "quý I năm 2026", "tỷ lệ hồ sơ thanh toán trực tuyến", "UBND các xã xếp loại Yếu"),
        ("2026-02-20", "day", "ngày hai mươi tháng 02 năm 2026", "kết nối dữ liệu", "Phòng Chuyển đổi số"),
        ("2026-03-31", "month", "tháng 3/2026", "tập huấn kỹ năng số hóa hồ sơ",
         "Trung tâm Phục vụ hành chính công thành phố"),
        ("2026-12-31", "year", "năm 2026", "bảo đảm đường truyền", "VNPT Đà Nẵng"),
        # issued 09/01/2026: the first "ngày 15 hằng tháng" is 15/01/2026
        ("2026-01-15", "recurring", "15 hằng tháng", "gửi báo cáo", "Các sở, ban, ngành và UBND các xã, phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind124.py's META): 705 and 708 a UBND
# tỉnh's report signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"; 706 a Thông báo of the Văn phòng UBND
# of a centrally-run city; 707 a Sở's Công văn whose period is the month in its "V/v" line; 709 a Sở's report (the
# city named in its header "UBND THÀNH PHỐ ĐÀ NẴNG").
META = {
    "705": {"doc_number": "318/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-09-08",
            "province": "Phú Thọ", "period_label": "tháng 8 năm 2025", "period_start": "2025-08-01",
            "period_end": "2025-08-31", "signer": "Nguyễn Thanh Hải"},
    "706": {"doc_number": "64/TB-VP", "doc_type": "Thông báo", "issued_date": "2026-04-07",
            "province": "Huế", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Trần Thị Minh Thư"},
    "707": {"doc_number": "2184/SNV-CCHC", "doc_type": "Công văn", "issued_date": "2025-11-10",
            "province": "Ninh Bình", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Đinh Văn Hùng"},
    "708": {"doc_number": "246/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-07-06",
            "province": "Tây Ninh", "period_label": "6 tháng đầu năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-06-30", "signer": "Nguyễn Hồng Thanh"},
    "709": {"doc_number": "86/BC-SKHCN", "doc_type": "Báo cáo", "issued_date": "2026-01-09",
            "province": "Đà Nẵng", "period_label": "quý IV năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-12-31", "signer": "Lê Minh Quang"},
}
