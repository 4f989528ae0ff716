"""Blind golden facts for corpus/blind99/570_kon_tum.txt, 571_da_nang.txt, 572_ha_nam.txt, 573_cao_bang.txt and
574_tay_ninh.txt.

The five documents were written by the developers for a ninety-ninth blind measurement (provinces little used in recent
sets; issuers not used recently: a Sở Xây dựng, a Sở Khoa học và Công nghệ of a city under central rule after the 1 July
2025 merger, a Sở Lao động - Thương binh và Xã hội, a Sở Nội vụ reporting the 766 index of the province and its communes
after the merger, a Sở Tài chính holding the former Sở Kế hoạch và Đầu tư's business registration; text as it arrives
from converters and scans; periods năm 2024, quý I năm 2026, quý III năm 2024, tháng 8 năm 2025 and năm 2025; not real
documents), and every row below was written by reading them, before any extraction, restoration or pipeline code was run
on them. They also serve as held-out text for diacritic restoration (572 is itself a text whose marks were mostly lost).

Same structure and conventions as golden/blind96.py, blind95.py, blind94.py, blind93.py, blind63.py, blind16.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written inside
it). Prose and list counts are kind `count`; table cells are kind `value` even when they count (rank cells kind `rank`,
change cells kind `change`), with `extra={"source": "table"}`; `as_of="period"` is the period's end; a table column
dated before the period end keeps kind `value` with that date as `as_of`; a change is dated with the figure it changes
and a fall ("giảm", "rút ngắn", "thấp hơn") is negative. `ANY` leaves a field unchecked where the sentence names no
catalogued indicator (`None` where it clearly names none: counts of decisions, units, staff, machines). "thủ tục" counts
use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of the files (or PAKN) an indicator is
computed on carries that indicator's code; every "đã giải quyết" count, files pending or carried over and relative
changes of counts have their code unchecked, "trước hạn và đúng hạn" together the on-time code. Counts of local units
take the unit of their first unit word ("94 xã, phường, đặc khu", "56 xã, phường", "09/56 xã, phường" → `xã`), counts of
"sở, ban, ngành" and "đơn vị" → `đơn vị`, at the level of the bodies counted (subject unchecked). A provincial body's
own figures naming no body are named by its kind ("Sở Xây dựng", "Sở Lao động - Thương binh và Xã hội" for "So …" in
572, "Sở Tài chính"), level tỉnh, and a sentence naming it in full keeps the same name; a field table's rows have
subject unchecked, level tỉnh, and its total row is the Sở; a table of the whole city's bodies has its rows as written
("Công an thành phố", "UBND các xã, phường, đặc khu" level xã; "Các sở, ban, ngành còn lại" subject unchecked) and its
total row is the city (subject NULL). Things counted take the noun as written (`quyết định`, `công chức`, `máy quét`,
`giao dịch`, `đối tượng`, `người`, `doanh nghiệp`, `dự án`); money keeps the unit written (`tỷ đồng`, `triệu USD`, code
unchecked). Numbers written in words are no figures ("tháng thứ hai", "hai cấp", "sáu nhóm", "Mười xã, phường", "hai
tỉnh"). Dates, document numbers ("Số: 06/BC-SXD", "Số: 214/BC-SKHCN", "S6: 1864/BC-SLĐTBXH", "Số: 1126/BC-SNV", "Số:
38/BC-STC"), cited plans, letters and decisions ("Kế hoạch số 42/KH-UBND", "Công văn số 4518/VP-KSTT", "Kế hoạch số
27/KH-UBND", "Ke hoach so 52/KH-UBND", "Quyết định số 766/QĐ-TTg", "Kế hoạch số 1908/KH-UBND", "Kế hoạch số
3315/KH-UBND", "Công văn số 2876/VP-KSTT"), the stated windows and cut-offs ("(số liệu từ ngày 01/01/2024 đến ngày
31/12/2024)", "đến hết ngày 31/3/2026", "chốt ngày 31/8/2025", "trước ngày 01/7/2025 là số liệu cộng gộp"), section and
item numbering ("I.", "1.", "## 1.", "Bảng 1."), the STT column, the HTML attributes `rowspan="2"`, `colspan="3"`, the
running header "Báo cáo số 06/BC-SXD ngày 08/01/2025 …" and footers "Trang 1/3" … "Trang 3/3", "DE AN 06", "Bo chi so
766", "Kho bạc Nhà nước khu vực VII", addresses ("số 146 đường Trần Hưng Đạo", "số 01 đường Song Hành"), phone numbers
("0260.3862.514", "0236.3830.466", "0226.3852.701", "0272.3826.417"), headings naming the next period ("V. NHIỆM VỤ
TRỌNG TÂM NĂM 2025", "## 4. Nhiệm vụ quý II năm 2026", "V. NHIEM VU QUY IV NAM 2024", "III. NHIỆM VỤ THỜI GIAN TỚI",
"### II. NHIỆM VỤ NĂM 2026": no deadlines) and years are not figures. OCR noise is no figure: "S6:" is "Số:", "ty 18" is
"tỷ lệ", "hd so" is "hồ sơ", "quy 111" is "quý III", "Ha Narn" is "Hà Nam".

New in this set:
- 570 is an annual Báo cáo of the Sở Xây dựng tỉnh Kon Tum (header "UBND TỈNH KON TUM / SỞ XÂY DỰNG" in two
  space-aligned columns), năm 2024, issued 08/01/2025, before the merger into Quảng Ngãi. NEW: TEXT EXTRACTED FROM A
  TEXT PDF WITH ITS LINES WRAPPED MID-SENTENCE, A FIGURE'S LABEL ENDING ONE LINE AND ITS NUMBER OPENING THE NEXT ("…
  toàn trình là" / "41 TTHC (chiếm 64,06%)", "… nộp trực tuyến là" / "2.917 hồ sơ", "… chuyển sang là" / "58 hồ sơ.", "…
  bình quân là" / "6,2 ngày/hồ sơ", "… số hóa đạt" / "31,07%", "… tối thiểu" / "70% trong quý II năm 2025"): the figure
  is read with the label of the line before (contexts are taken on the number's own line); two words hyphenated across
  line ends ("thủ tụ-\\nc", "điện t-\\nử": no context spans them); three pages joined by "\\f", each ending in a footer
  "Trang n/3" and pages 2–3 opening with a running header repeating the document number and date; a sentence broken by a
  page break between "(năm 2023:" and "83,12 điểm, xếp thứ 11/20)" (the previous score and rank of the Sở, dated
  2023-12-31, the score on the /100 scale). The Sở's own figures: "07 quyết định", the TTHC announced, amended and
  abolished (code unchecked), "100%" published on time (code unchecked: one share of two 766 components), "64 TTHC" by
  kind, "(năm 2023: 3.412 hồ sơ), tăng 434 hồ sơ, tương ứng tăng 12,72%", online files and share with its 2023 value,
  settled, on-time, overdue (the building-permit part "27 hồ sơ": subject unchecked, level tỉnh), pending "123 hồ sơ",
  "6,2 ngày/hồ sơ, rút ngắn 1,5 ngày", payment "62,38% (năm 2023: 41,16%), tăng 21,22%; so với chỉ tiêu UBND tỉnh giao
  năm 2024 là 50% thì Sở đã đạt chỉ tiêu" (the Sở's target at the period end, status "đạt"), "1,84 tỷ đồng",
  digitisation, "03 công chức", "02 máy quét", PAKN "16/16 PAKN" one count and "7,5 ngày/PAKN", satisfaction, the Sở
  named in full `87,46/100`, `6/20`, "tăng 4,34 điểm và tăng 5 bậc" and its six group scores `x/max` after "lần lượt là"
  (a group name broken over two lines: "Dịch" / "vụ công trực tuyến 10,08/12"). Bảng 1 is LAID OUT WITH RUNS OF SPACES,
  ITS HEADER WRAPPED OVER TWO LINES (units "(hồ sơ)", "(%)" on the second): six field rows (subject unchecked, level
  tỉnh; received, online share, on-time share, overdue; "100" and "0" cells) and a "Tổng cộng" row with an empty TT cell
  (= the Sở; it repeats the prose). The province's `81,27/100`, `31/63` (subject NULL). Task 3's "nâng tỷ lệ … của Sở
  đạt tối thiểu 70% trong quý II năm 2025" is the Sở's target (dated 2025-06-30). Six deadlines, three of them with the
  date words opening the next line: day, "chậm nhất" / "ngày 28 tháng 02 năm 2025", quarter (with the target), month,
  year "hoàn thành trong năm 2025", "trước" / "ngày 20 hằng tháng" (issued 08/01/2025: first 20/01/2025).
- 571 is a quarterly Báo cáo of the Sở Khoa học và Công nghệ thành phố Đà Nẵng (merged with Quảng Nam; a city under
  central rule, ranks /34), quý I năm 2026, issued 06/4/2026, on the whole city's online services. NEW: MARKDOWN FROM A
  CONVERTER THAT WRITES SIMPLE TABLES AS PIPES AND SPANNING ONES AS HTML: the two-column header as a pipe table with
  "<br>" cells, "#"/"##" headings, bold figures ("**412.386 hồ sơ**", "**87,96/100 điểm**", "**5/34**": the markup is no
  part of the figure), and Bảng 1 as `<table>` markup, one `<tr>` a line, WHOSE HEADER USES ROWSPAN AND COLSPAN ("<th
  rowspan="2">STT</th>", "<th colspan="3">Hồ sơ tiếp nhận (hồ sơ)</th>" over "Tổng số", "Trực tuyến", "Trực tiếp, bưu
  chính"; "<th colspan="2">Tỷ lệ (%)</th>" over "Nộp trực tuyến", "Đúng hạn"): each cell takes its unit from the
  spanning header and its meaning from the sub-header (received `_TN`, online files and share the online code,
  direct-and-post files the code of the direct share, on-time share), eight rows (six bodies as written, "Các sở, ban,
  ngành còn lại" subject unchecked, "UBND các xã, phường, đặc khu" level xã) and a bold "Tổng cộng" row (cells in
  `<strong>`) = the city (subject NULL; it repeats the prose). Province-wide figures have subject NULL: "1.126/1.874
  TTHC" one count (max 1874), the sync share (code unchecked), "21 sở, ban, ngành và 94 xã, phường, đặc khu" (counts of
  units), "(quý IV năm 2025: 73,18%), tăng 4,06%" (dated 2025-12-31), payment "58,72% … chỉ tiêu năm 2026 là 65% thì
  chưa đạt" (target dated 2026-12-31), "96.418 giao dịch", "38,6 tỷ đồng", PAKN with "4,8 ngày/PAKN". The communes'
  block "72,94%, thấp hơn bình quân thành phố 4,30%" (subject unchecked, level xã; the difference negative). Bảng 2 is a
  Markdown pipe table of the six groups with a "Điểm tối đa" column (a figure of its own: no max, code unchecked, as
  golden/blind96.py's 556), "Quý IV/2025" (dated 2025-12-31) and "Quý I/2026" cells carrying the row's maximum and code,
  a signed change column (a fall "-0,08") and a bold "Tổng điểm" row (the total; it repeats the prose). Block averages
  and "41/94 xã, phường, đặc khu … 47 đơn vị … 06 đơn vị" (level xã). Task 1's "nâng tỷ lệ nộp trực tuyến của Sở đạt tối
  thiểu 75% trong quý II năm 2026" is the Sở Nông nghiệp và Môi trường's target (the Sở the item names), dated
  2026-06-30; "148 TTHC" a count. Six deadlines: quarter (with the target), day, "chậm nhất" day in words, month, year
  "hoàn thành trong năm 2026", "trước ngày 25 hằng tháng" (issued 06/4/2026: first 25/4/2026).
- 572 is a quarterly Báo cáo of the Sở Lao động - Thương binh và Xã hội tỉnh Hà Nam (header "UBND TINH HA NAM / SO LAO
  DONG - THUONG BINH / VA XA HOI"), quý III năm 2024, issued 07/10/2024, OCR'd from a scan as golden/blind95.py's 550
  and golden/blind63.py's 392: the place-date line, the title and the signer kept their marks, every other line lost
  them, with "S6:", "ty 18" (also in the table header "Ty 18 truc tuyen (%)"), "hd so", "quy 111", "Ha Narn" (rn for m).
  Contexts are written as the file has them (ASCII); subjects, units and metadata are the restored Vietnamese; tasks and
  assignees of the deadlines are written unmarked (compared folded). NEW: OCR'D LETTER-FOR-DIGIT CONFUSIONS INSIDE
  FIGURES ("46,2O%" in prose and "98,3O" in a table cell, O for 0): the raw is the text as it stands, the value what a
  reader takes from it (46.20, 98.30). The Sở's own figures ("So tiep nhan …", "cua So") are "Sở Lao động - Thương binh
  và Xã hội", level tỉnh: TTHC by kind, "(quy II nam 2024: 2.214 ho so), tang 272 ho so" (dated 2024-06-30), online
  files and share, settled, on-time, overdue ("linh vuc nguoi co cong 9 ho so": subject unchecked, level tỉnh), pending,
  "5,4 ngay/ho so", payment "46,2O% (quy II nam 2024: 38,75%); so voi chi tieu UBND tinh giao nam 2024 la 40% thi So da
  dat chi tieu" (the Sở's target dated 2024-12-31, status "đạt"), PAKN "07/07 PAKN" one count (next to a hotline
  number), satisfaction, the Sở named in full `88,14/100`, `7/20` "(quy II nam 2024: 85,62 diem, xep thu 10/20), tang
  2,52 diem va tang 3 bac". Its TAB-SEPARATED table by field (unmarked labels; subject unchecked, level tỉnh; received,
  online files, online share, on-time share; three "100" cells) has a "Cong" row with an empty STT cell (= the Sở).
  "Toan tinh da chi tra … cho 18.642/24.310 doi tuong bao tro xa hoi, dat 76,68%; … 4.126 nguoi co cong, chiem 61,35%"
  are the province's (subject NULL; codes unchecked: not the 766 index's; one count with its max). The province's
  `84,26/100`, `21/63`. Task 3's "cua So dat toi thieu 50% trong thang 12/2024" is the Sở's target (dated 2024-12-31);
  "13 ho so" a count repeated. Five deadlines written without marks: day, "cham nhat" day in words, month (with the
  target), quarter "trong quy IV nam 2024", "truoc ngay 22 hang thang" (issued 07/10/2024: first 22/10/2024).
- 573 is a monthly Báo cáo of the Sở Nội vụ tỉnh Cao Bằng (unchanged by the merger; two-tier local government, ranks
  /34), tháng 8 năm 2025, issued 09/9/2025, on the 766 index of the province and of its 56 xã, phường. NEW: A WORD
  DOCUMENT WHOSE TABLES CAME OUT ONE CELL PER LINE: the header table ("UBND TỈNH CAO BẰNG", "SỞ NỘI VỤ", the motto, "Số:
  1126/BC-SNV", the place and date each on its own line) and both tables, their header cells and then each row's cells
  one a line with no separator and no blank line between rows. A cell's context is its line and the rest of its row,
  running into the next row's first cells (STT and name) or into the prose after the table. Bảng 1 ("Nhóm chỉ số / Điểm
  tối đa / Điểm đạt / Tỷ lệ so với điểm tối đa (%)"): the maximum a figure of its own (no max, code unchecked, as
  golden/blind96.py's 556), the score carrying it and the group's code, the share of the maximum (unit `%`, code
  unchecked, as 556's "(67,5% điểm tối đa)"); a "Tổng điểm" row "100 / 78,64 / -" (the "-" no figure). Bảng 2 (the ten
  best communes: "STT / Xã, phường / Điểm tháng 7/2025 / Điểm tháng 8/2025 / Xếp hạng"): subject as written ("Phường
  Thục Phán", "Xã Hòa An"), level xã, the July column dated 2025-07-31, both scores `766.tong_hop` without a maximum
  (none written), the rank kind rank, a plain number, `766.xep_hang` (as golden/blind63.py's 392 ranks a district among
  its province's). Province figures (subject NULL): `78,64/100`, `24/34`, "tăng 3,12 điểm và tăng 4 bậc so với tháng
  7/2025 (75,52 điểm, xếp thứ 28/34)" (dated 2025-07-31), "49,60% điểm tối đa", files by level after "trong đó", on-time
  shares by level after "lần lượt là", "38,26%, chưa đạt chỉ tiêu năm 2025 là 50%" (target dated 2025-12-31). Block
  averages (subject unchecked; "(tháng 7/2025: 71,36 điểm), tăng 3,46 điểm" of the communes), "17 sở, ban, ngành" and
  "56 xã, phường" (counts of units), "09/56 xã, phường … 31 đơn vị … 16 đơn vị" (level xã), the three lowest communes in
  brackets (subject as written, "xã Cần Yên"). Task 2's "toàn tỉnh đạt tối thiểu 50% trong quý IV năm 2025" is the
  province's target (subject NULL, dated 2025-12-31). Five deadlines in items "Giao <body> …" (assignee the body after
  "Giao"): day (for three named communes), quarter (with the target), "chậm nhất" day in words, month, "trước ngày 05
  hằng tháng" (issued 09/9/2025, after the 5th: first 05/10/2025).
- 574 is an annual Báo cáo of the Sở Tài chính tỉnh Tây Ninh (merged with Long An; ranks /34), năm 2025, issued
  12/01/2026, whose figures before 01/7/2025 add up the two former provinces' Sở Tài chính and Sở Kế hoạch và Đầu tư
  (still the Sở's). NEW: MARKDOWN WITH NESTED LISTS AND BOLD LABELS: numbered items with bold headings, dash items "-
  **<label>:** <figure>" indented two and three levels ("   - **Tổng số hồ sơ tiếp nhận:** 48.652 hồ sơ, tăng 17,56% so
  với năm 2024 (41.386 hồ sơ)", "     - **Tỷ lệ nộp trực tuyến:** 94,38%"): each figure is read with its own bold label,
  which names the indicator (a nested item's label narrows its parent's: "**Nộp trực tuyến:** 45.918 hồ sơ" under the
  files received is the online count; "**Quá hạn:** 617 hồ sơ (1,28%)" under the settled files the overdue count and
  share); the markup is no part of the figure. The Sở's own figures (subject "Sở Tài chính", level tỉnh): "09 quyết
  định", TTHC by kind "164 TTHC (75,23%)", "100%" published (code unchecked), files (the year 2024 dated 2024-12-31; the
  relative change code unchecked), settled, on-time, overdue, pending, "2,6 ngày/hồ sơ", payment "72,64% (chỉ tiêu năm
  2025: 70%, đạt chỉ tiêu)" (target at the period end, status "đạt"), digitisation, reuse "48,20%, tăng 12,45% so với
  năm 2024", PAKN "21/21 PAKN (100%)", satisfaction, "**Sở Tài chính:** 91,38/100 điểm, xếp thứ 3/19 sở, ban, ngành,
  tăng 2 bậc so với quý III năm 2025 (xếp thứ 5/19)" (previous dated 2025-09-30). Bảng 1 (Markdown pipe) by field
  (subject unchecked, level tỉnh; received, online share, on-time share, overdue) with a bold "**Tổng cộng**" row (= the
  Sở; it repeats the lists). "hợp tác xã, 245 hồ sơ (39,71% số hồ sơ quá hạn)" (subject unchecked, level tỉnh; the share
  of the Sở's overdue files code unchecked). Enterprises and projects registered ("3.862 doanh nghiệp, vốn đăng ký
  41.286 tỷ đồng", "1.214 doanh nghiệp", "100%" registered online, "46 dự án", "1.184 triệu USD"): whether they are the
  Sở's work or the province's economy the list does not say (golden/blind95.py's 553 read "Trên địa bàn tỉnh có 612
  doanh nghiệp" as the province's because the sentence said so): subject and level unchecked. The province's
  `86,45/100`, `11/34` under a bold label "**Tỉnh Tây Ninh:**" (subject NULL). NEW: THE ASSIGNEE OF A TASK IS ITS BOLD
  LABEL ("1. **Phòng Đăng ký kinh doanh:** … trước ngày 31/01/2026"), and one label "3. **Văn phòng Sở:**" heads two
  dash sub-items with a deadline each (both "Văn phòng Sở"). Task 3's "của Sở đạt tối thiểu 80% trong quý II năm 2026"
  is the Sở's target (dated 2026-06-30); "245 hồ sơ" and "12 TTHC" counts in tasks. Six deadlines: day, "chậm nhất" day
  in words, quarter (with the target), year "trong năm 2026", month, "trước ngày 18 hằng tháng" (issued 12/01/2026:
  first 18/01/2026).
"""

from __future__ import annotations

from golden.facts import (
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
)

_TONG = "766.tong_hop"
_HANG = "766.xep_hang"
_TTHC = "tthc.tong_so"
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_TIME = "766.tien_do.thoi_gian"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_PAKN_TIME = "pakn.thoi_gian"
_Y2023 = "2023-12-31"
_Y2024 = "2024-12-31"
_Y2025 = "2025-12-31"
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_XA = {"subject": ANY, "level": "xã"}
_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_XA = {"subject": "cấp xã", "level": "xã"}

# A numeric cell: (raw, unit, kind, code, as_of, max_value, value); value None = read from the raw.
Cell = tuple[str, str, str, object, str, float | None, float | None]
_NUMERIC = "0123456789.,"


def _num(raw: str) -> float:
    """A number as a reader reads it, its sign kept: `+0,48` → 0.48, `-0,08` → -0.08, `1.624` → 1624."""
    digits = raw.strip("*% +").replace(".", "").replace(",", ".")
    return float(digits)


def _cell(raw: str, unit: str, kind: str = P, code: object = ANY, as_of: str = "period", top: float | None = None,
          value: float | None = None) -> Cell:
    """One table cell's reading (the value is read from the raw unless given, as for an OCR'd `98,3O`)."""
    return (raw, unit, kind, code, as_of, top, value)


def _find(row: str, raw: str, start: int) -> int:
    """Where the cell `raw` begins in a row at or after `start`: not inside a longer number."""
    at = row.find(raw, start)
    while at != -1:
        before = row[at - 1] if at else " "
        end = at + len(raw)
        after = row[end] if end < len(row) else " "
        if before not in _NUMERIC and after not in _NUMERIC:
            return at
        at = row.find(raw, at + 1)
    raise ValueError(f"no cell {raw!r} in {row!r}")


def _cells(row: str, after: str, subject: object, level: object, cells: list[Cell]) -> list[Fact]:
    """The numeric cells of one table row as written (`row`, without its line end), left to right. A cell's context
    is the character before it (separator, markup or line break), the rest of its row, a line break and the start of
    the next line (`after`), so that it occurs once and the raw is found first at the cell itself."""
    facts, at = [], 0
    for raw, unit, kind, code, as_of, top, value in cells:
        at = _find(row, raw, at)
        facts.append(F(row[at - 1:] + "\n" + after, raw, _num(raw) if value is None else value, unit, kind,
                       max_value=top, subject=subject, level=level, as_of=as_of, code=code, extra=TAB))
        at += len(raw)
    return facts


# ------------------------------------------------------------ 570: Sở Xây dựng tỉnh Kon Tum, năm 2024 (PDF text)
_SXD = "Sở Xây dựng"


def _sxd(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở itself (the issuer), level tỉnh."""
    return F(context, raw, value, unit, kind, subject=_SXD, level="tỉnh", **kw)


def _field_570(row: str, after: str, subject: object = ANY) -> list[Fact]:
    """One space-aligned row of Bảng 1: files received, online share, on-time share, overdue files."""
    raws = row.split()[-4:]
    cells = [_cell(raws[0], "hồ sơ", code=_TN), _cell(raws[1], "%", code=_NOP), _cell(raws[2], "%", code=_DH),
             _cell(raws[3], "hồ sơ", code=_QH)]
    return _cells(row, after, subject, "tỉnh", cells)


BLIND_570 = [
    # I. (42/KH-UBND, 4518/VP-KSTT cited; the stated window is the period; "thủ tụ-\nc" hyphenated)
    _sxd("ban hành 07 quyết định", "07", 7, "quyết định", C, code=None),
    _sxd("công bố mới 12 TTHC", "12", 12, "TTHC", C, code=ANY),
    _sxd("bổ sung 23 TTHC", "23", 23, "TTHC", C, code=ANY),
    _sxd("bỏ 9 TTHC", "9", 9, "TTHC", C, code=ANY),
    _sxd("chính đạt 100%", "100%", 100, "%", code=ANY),
    _sxd("là 64 TTHC", "64", 64, "TTHC", C, code=_TTHC),
    # a label at a line's end, its number opening the next line
    _sxd("41 TTHC (chiếm", "41", 41, "TTHC", C, code=_TOAN),
    _sxd("(chiếm 64,06%)", "64,06%", 64.06, "%", code=_TOAN),
    _sxd("23 TTHC (chiếm", "23", 23, "TTHC", C, code=_MOT),
    _sxd("(chiếm 35,94%)", "35,94%", 35.94, "%", code=_MOT),
    # II.1 năm 2023 dated 2023-12-31
    _sxd("tiếp nhận 3.846", "3.846", 3846, "hồ sơ", C, code=_TN),
    _sxd("(năm 2023: 3.412", "3.412", 3412, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    _sxd("tăng 434 hồ sơ", "434", 434, "hồ sơ", CH, code=_TN),
    _sxd("tăng 12,72%", "12,72%", 12.72, "%", CH, code=ANY),
    _sxd("2.917 hồ sơ, chiếm", "2.917", 2917, "hồ sơ", C, code=_NOP),
    _sxd("chiếm 75,85%", "75,85%", 75.85, "%", code=_NOP),
    _sxd("(năm 2023: 61,40%)", "61,40%", 61.40, "%", PR, as_of=_Y2023, code=_NOP),
    _sxd("58 hồ sơ.", "58", 58, "hồ sơ", C, code=ANY),
    _sxd("giải quyết 3.781", "3.781", 3781, "hồ sơ", C, code=ANY),
    _sxd("đúng hạn 3.742", "3.742", 3742, "hồ sơ", C, code=_DH),
    _sxd("đạt 98,97%", "98,97%", 98.97, "%", code=_DH),
    _sxd("hạn 39 hồ sơ", "39", 39, "hồ sơ", C, code=_QH),
    _sxd("chiếm 1,03%", "1,03%", 1.03, "%", code=_QH),
    F("xây dựng, 27 hồ sơ", "27", 27, "hồ sơ", C, code=_QH, **_IN_TINH),
    _sxd("là 123 hồ sơ", "123", 123, "hồ sơ", C, code=ANY),
    _sxd("6,2 ngày/hồ sơ", "6,2", 6.2, "ngày", code=_TIME),
    _sxd("rút ngắn 1,5 ngày", "1,5", -1.5, "ngày", CH, code=_TIME),
    # II.2 Bảng 1 laid out with spaces, its header wrapped over two lines; "Tổng cộng" = the Sở
    *_field_570(" 1    Cấp giấy phép xây dựng               1.624       73,65        97,91        27",
                " 2    Quy hoạch"),
    *_field_570(" 2    Quy hoạch - kiến trúc                  486       81,28        99,38         3",
                " 3    Hoạt động"),
    *_field_570(" 3    Hoạt động xây dựng                     742       79,25        99,46         4",
                " 4    Nhà ở"),
    *_field_570(" 4    Nhà ở và công sở                       518       70,27        99,04         5",
                " 5    Kinh doanh"),
    *_field_570(" 5    Kinh doanh bất động sản                312       80,13       100            0",
                " 6    Vật liệu"),
    *_field_570(" 6    Vật liệu xây dựng                      164       75,61       100            0",
                "      Tổng cộng"),
    *_field_570("      Tổng cộng                            3.846       75,85        98,97        39",
                "\n     Lĩnh vực", _SXD),
    F("thấp nhất (70,27%)", "70,27%", 70.27, "%", code=_NOP, **_IN_TINH),
    # III. the Sở's payment share against the year's target (the period end)
    _sxd("Sở đạt 62,38%", "62,38%", 62.38, "%", code=_TT, target=50, stated_status="đạt"),
    _sxd("(năm 2023: 41,16%)", "41,16%", 41.16, "%", PR, as_of=_Y2023, code=_TT),
    _sxd("tăng 21,22%", "21,22%", 21.22, "%", CH, code=_TT),
    _sxd("năm 2024 là 50%", "50%", 50, "%", T, code=_TT),
    _sxd("là 1,84 tỷ đồng", "1,84", 1.84, "tỷ đồng", code=ANY),
    _sxd("TTHC đạt 88,42%", "88,42%", 88.42, "%", code=_SH),
    _sxd("điện tử đạt 96,15%", "96,15%", 96.15, "%", code=_KQ),
    _sxd("31,07%. Sở", "31,07%", 31.07, "%", code=_TSD),
    _sxd("bố trí 03 công chức", "03", 3, "công chức", C, code=None),
    _sxd("trang bị 02 máy quét", "02", 2, "máy quét", C, code=None),
    # IV. PAKN, satisfaction, the Sở's 766 result among 20 agencies (năm 2023 across the page break), the province's
    _sxd("tiếp nhận 16 phản ánh", "16", 16, "PAKN", C, code=_PAKN_TN),
    _sxd("xử lý 16/16 PAKN", "16/16", 16, "PAKN", C, max_value=16, code=_PAKN_XL),
    _sxd("PAKN, đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _sxd("7,5 ngày/PAKN", "7,5", 7.5, "ngày", code=_PAKN_TIME),
    _sxd("Sở đạt 97,86%", "97,86%", 97.86, "%", code=_HL),
    _sxd("đạt 87,46/100", "87,46/100", 87.46, "điểm", max_value=100, code=_TONG),
    _sxd("xếp thứ 6/20", "6/20", 6, "hạng", R, max_value=20, code=_HANG),
    _sxd("83,12 điểm, xếp", "83,12", 83.12, "điểm", PR, max_value=100, as_of=_Y2023, code=_TONG),
    _sxd("xếp thứ 11/20)", "11/20", 11, "hạng", PR, max_value=20, as_of=_Y2023, code=_HANG),
    _sxd("tăng 4,34 điểm", "4,34", 4.34, "điểm", CH, code=_TONG),
    _sxd("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    _sxd("minh bạch 17,24/18", "17,24/18", 17.24, "điểm", max_value=18, code="766.cong_khai"),
    _sxd("giải quyết 19,52/20", "19,52/20", 19.52, "điểm", max_value=20, code="766.tien_do"),
    _sxd("tuyến 10,08/12", "10,08/12", 10.08, "điểm", max_value=12, code="766.dvctt"),
    _sxd("tuyến 6,94/10", "6,94/10", 6.94, "điểm", max_value=10, code="766.thanh_toan"),
    _sxd("16,62/22 điểm", "16,62/22", 16.62, "điểm", max_value=22, code="766.so_hoa"),
    _sxd("lòng 17,06/18", "17,06/18", 17.06, "điểm", max_value=18, code="766.hai_long"),
    F("đạt 81,27/100", "81,27/100", 81.27, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 31/63", "31/63", 31, "hạng", R, max_value=63, code=_HANG),
    # V. a count repeated; the Sở's target for quý II (address "số 146" and the phone number no figures)
    F("dứt điểm 123 hồ sơ", "123", 123, "hồ sơ", C, code=ANY, **_OPEN),
    _sxd("70% trong quý II", "70%", 70, "%", T, as_of="2025-06-30", code=_TT),
]


# ------------------------------------------------------------ 571: Sở Khoa học và Công nghệ TP Đà Nẵng, quý I/2026
_Q4_2025 = "2025-12-31"
_SNN = "Sở Nông nghiệp và Môi trường"


def _agency_571(name: str, raws: str, subject: object, level: object, where: tuple[str, str],
                total: bool = False) -> list[Fact]:
    """One HTML row of Bảng 1 (header cells spanning rows and columns: "Hồ sơ tiếp nhận (hồ sơ)" over Tổng số, Trực
    tuyến, Trực tiếp, bưu chính; "Tỷ lệ (%)" over Nộp trực tuyến, Đúng hạn). `where` is the row's STT and the start
    of the next line."""
    received, online, direct, share, on_time = raws.split()
    if total:
        tds = "".join(f"<td><strong>{raw}</strong></td>" for raw in raws.split())
        row = f"<tr><td></td><td><strong>{name}</strong></td>{tds}</tr>"
    else:
        tds = "".join(f"<td>{raw}</td>" for raw in raws.split())
        row = f"<tr><td>{where[0]}</td><td>{name}</td>{tds}</tr>"
    cells = [_cell(received, "hồ sơ", code=_TN), _cell(online, "hồ sơ", code=_NOP),
             _cell(direct, "hồ sơ", code=_NTT), _cell(share, "%", code=_NOP), _cell(on_time, "%", code=_DH)]
    return _cells(row, where[1], subject, level, cells)


def _group_571(stt: int, name: str, code: str, raws: str, after: str) -> list[Fact]:
    """One Markdown row of Bảng 2: the maximum (a figure of its own), quý IV/2025 (dated 2025-12-31) and quý I/2026
    carrying the row's maximum and code, the signed change."""
    top, q4, q1, change = raws.split()
    row = f"| {stt} | {name} | {top} | {q4} | {q1} | {change} |"
    cells = [_cell(top, "điểm"), _cell(q4, "điểm", code=code, as_of=_Q4_2025, top=_num(top)),
             _cell(q1, "điểm", code=code, top=_num(top)), _cell(change, "điểm", CH, code=code)]
    return _cells(row, after, None, None, cells)


def _total_571() -> list[Fact]:
    """The bold "Tổng điểm" row of Bảng 2 (the total; its figures repeat the prose)."""
    row = "| | **Tổng điểm** | **100** | **85,48** | **87,96** | **+2,48** |"
    cells = [_cell("100", "điểm"), _cell("85,48", "điểm", code=_TONG, as_of=_Q4_2025, top=100),
             _cell("87,96", "điểm", code=_TONG, top=100), _cell("+2,48", "điểm", CH, code=_TONG)]
    return _cells(row, "\nĐiểm bình quân", None, None, cells)


BLIND_571 = [
    # 1. (27/KH-UBND cited; "đến hết ngày 31/3/2026" the period end)
    F("cung cấp 1.874 TTHC", "1.874", 1874, "TTHC", C, code=_TTHC),
    F("đó 1.126/1.874", "1.126/1.874", 1126, "TTHC", C, max_value=1874, code=_TOAN),
    F("đạt 60,09%", "60,09%", 60.09, "%", code=_TOAN),
    F("đạt 99,62%", "99,62%", 99.62, "%", code=ANY),
    F("**412.386 hồ sơ**", "412.386", 412386, "hồ sơ", C, code=_TN),
    F("của 21 sở", "21", 21, "đơn vị", C, code=None, **_IN_TINH),
    F("và 94 xã", "94", 94, "xã", C, code=None, **_IN_XA),
    F("**318.540 hồ sơ**", "318.540", 318540, "hồ sơ", C, code=_NOP),
    F("**77,24%**", "77,24%", 77.24, "%", code=_NOP),
    F("(quý IV năm 2025: 73,18%)", "73,18%", 73.18, "%", PR, as_of=_Q4_2025, code=_NOP),
    F("tăng 4,06%", "4,06%", 4.06, "%", CH, code=_NOP),
    # Bảng 1 (HTML with rowspan/colspan in its header); "Tổng cộng" = the city (its figures repeat the prose)
    *_agency_571("Sở Xây dựng", "8.214 6.905 1.309 84,06 98,72", "Sở Xây dựng", "tỉnh",
                 ("1", "<tr><td>2</td>")),
    *_agency_571(_SNN, "46.318 31.052 15.266 67,04 96,85", _SNN, "tỉnh", ("2", "<tr><td>3</td>")),
    *_agency_571("Sở Tư pháp", "21.604 19.876 1.728 92,00 99,41", "Sở Tư pháp", "tỉnh", ("3", "<tr><td>4</td>")),
    *_agency_571("Sở Tài chính", "12.486 12.311 175 98,60 99,87", "Sở Tài chính", "tỉnh", ("4", "<tr><td>5</td>")),
    *_agency_571("Sở Y tế", "5.132 4.387 745 85,48 99,05", "Sở Y tế", "tỉnh", ("5", "<tr><td>6</td>")),
    *_agency_571("Công an thành phố", "64.920 58.214 6.706 89,67 99,93", "Công an thành phố", "tỉnh",
                 ("6", "<tr><td>7</td>")),
    *_agency_571("Các sở, ban, ngành còn lại", "9.726 7.825 1.901 80,45 99,62", ANY, "tỉnh", ("7", "<tr><td>8</td>")),
    *_agency_571("UBND các xã, phường, đặc khu", "243.986 177.970 66.016 72,94 98,64", "UBND các xã, phường, đặc khu",
                 "xã", ("8", "<tr><td></td>")),
    *_agency_571("Tổng cộng", "412.386 318.540 93.846 77,24 98,86", None, None, ("", "</tbody>"), total=True),
    F("ngành (67,04%)", "67,04%", 67.04, "%", subject=_SNN, level="tỉnh", code=_NOP),
    F("đặc khu đạt 72,94%", "72,94%", 72.94, "%", code=_NOP, **_IN_XA),
    F("thành phố 4,30%", "4,30%", -4.30, "%", CH, code=_NOP, **_IN_XA),
    # 2. the city's payment share against the year's target (dated 2026-12-31); quý IV năm 2025 dated 2025-12-31
    F("phố đạt 58,72%", "58,72%", 58.72, "%", code=_TT, target=65, stated_status="chưa đạt"),
    F("(quý IV năm 2025: 52,16%)", "52,16%", 52.16, "%", PR, as_of=_Q4_2025, code=_TT),
    F("năm 2026 là 65%", "65%", 65, "%", T, as_of="2026-12-31", code=_TT),
    F("có 96.418 giao dịch", "96.418", 96418, "giao dịch", C, code=ANY),
    F("tiền 38,6 tỷ đồng", "38,6", 38.6, "tỷ đồng", code=ANY),
    F("TTHC đạt 91,25%", "91,25%", 91.25, "%", code=_SH),
    F("điện tử đạt 97,40%", "97,40%", 97.40, "%", code=_KQ),
    F("đạt 42,18%", "42,18%", 42.18, "%", code=_TSD),
    F("(quý IV năm 2025: 36,55%)", "36,55%", 36.55, "%", PR, as_of=_Q4_2025, code=_TSD),
    F("tiếp nhận 2.846 PAKN", "2.846", 2846, "PAKN", C, code=_PAKN_TN),
    F("xử lý 2.791 PAKN", "2.791", 2791, "PAKN", C, code=_PAKN_XL),
    F("đạt 98,07%", "98,07%", 98.07, "%", code=_PAKN_TL),
    F("bình quân 4,8 ngày", "4,8", 4.8, "ngày", code=_PAKN_TIME),
    # 3. the city's 766 result (quý IV năm 2025 dated 2025-12-31) and Bảng 2 (Markdown, a "Điểm tối đa" column)
    F("**87,96/100 điểm**", "87,96/100", 87.96, "điểm", max_value=100, code=_TONG),
    F("**5/34**", "5/34", 5, "hạng", R, max_value=34, code=_HANG),
    F("tăng 2,48 điểm", "2,48", 2.48, "điểm", CH, code=_TONG),
    F("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    F("(85,48 điểm", "85,48", 85.48, "điểm", PR, max_value=100, as_of=_Q4_2025, code=_TONG),
    F("xếp thứ 7/34)", "7/34", 7, "hạng", PR, max_value=34, as_of=_Q4_2025, code=_HANG),
    *_group_571(1, "Công khai, minh bạch", "766.cong_khai", "18 16,42 16,90 +0,48", "| 2 | Tiến độ"),
    *_group_571(2, "Tiến độ, kết quả giải quyết", "766.tien_do", "20 18,96 19,12 +0,16", "| 3 | Dịch vụ"),
    *_group_571(3, "Dịch vụ công trực tuyến", "766.dvctt", "12 9,18 9,74 +0,56", "| 4 | Thanh toán"),
    *_group_571(4, "Thanh toán trực tuyến", "766.thanh_toan", "10 6,84 7,46 +0,62", "| 5 | Số hóa"),
    *_group_571(5, "Số hóa hồ sơ", "766.so_hoa", "22 17,20 17,94 +0,74", "| 6 | Mức độ"),
    *_group_571(6, "Mức độ hài lòng", "766.hai_long", "18 16,88 16,80 -0,08", "| | **Tổng điểm**"),
    *_total_571(),
    # block averages and grades of the communes ("Đặc khu Hoàng Sa" no figure)
    F("ngành đạt 89,14 điểm", "89,14", 89.14, "điểm", code=_TONG, **_IN_TINH),
    F("khu đạt 82,36 điểm", "82,36", 82.36, "điểm", code=_TONG, **_IN_XA),
    F("Có 41/94", "41/94", 41, "xã", C, max_value=94, code=None, **_IN_XA),
    F("Tốt, 47 đơn vị", "47", 47, "đơn vị", C, code=None, **_IN_XA),
    F("và 06 đơn vị", "06", 6, "đơn vị", C, code=None, **_IN_XA),
    # 4. the Sở Nông nghiệp và Môi trường's target; a count in a task (phone number no figure)
    F("tối thiểu 75%", "75%", 75, "%", T, subject=_SNN, level="tỉnh", as_of="2026-06-30", code=_NOP),
    F("của 148 TTHC", "148", 148, "TTHC", C, code=ANY, **_OPEN),
]


# ------------------------------------------------------------ 572: Sở LĐ-TB&XH tỉnh Hà Nam, quý III/2024, OCR'd
_SLD = "Sở Lao động - Thương binh và Xã hội"
_Q2_2024 = "2024-06-30"


def _sld(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở itself (the issuer), level tỉnh."""
    return F(context, raw, value, unit, kind, subject=_SLD, level="tỉnh", **kw)


def _field_572(row: str, after: str, subject: object = ANY, on_time: float | None = None) -> list[Fact]:
    """One tab-separated row by field: received, online files, online share, on-time share (an OCR'd `98,3O` read
    as 98.30)."""
    received, online, share, late = row.split("\t")[-4:]
    cells = [_cell(received, "hồ sơ", code=_TN), _cell(online, "hồ sơ", code=_NOP), _cell(share, "%", code=_NOP),
             _cell(late, "%", code=_DH, value=on_time)]
    return _cells(row, after, subject, "tỉnh", cells)


BLIND_572 = [
    # I. ("S6: 1864/BC-SLĐTBXH", "Ke hoach so 52/KH-UBND", "quy 111 nam 2024" and the window are no figures)
    _sld("ban hanh 03 quyet dinh", "03", 3, "quyết định", C, code=None),
    _sld("la 126 TTHC", "126", 126, "TTHC", C, code=_TTHC),
    _sld("do 71 TTHC", "71", 71, "TTHC", C, code=_TOAN),
    _sld("(chiem 56,35%)", "56,35%", 56.35, "%", code=_TOAN),
    _sld("va 55 TTHC", "55", 55, "TTHC", C, code=_MOT),
    # II. quý II năm 2024 dated 2024-06-30 ("hd so" is "hồ sơ", "ty 18" is "tỷ lệ")
    _sld("tiep nhan 2.486", "2.486", 2486, "hồ sơ", C, code=_TN),
    _sld("(quy II nam 2024: 2.214", "2.214", 2214, "hồ sơ", PR, as_of=_Q2_2024, code=_TN),
    _sld("tang 272", "272", 272, "hồ sơ", CH, code=_TN),
    _sld("nop truc tuyen 2.105", "2.105", 2105, "hồ sơ", C, code=_NOP),
    _sld("ty 18 84,67%", "84,67%", 84.67, "%", code=_NOP),
    _sld("Da giai quyet 2.431", "2.431", 2431, "hồ sơ", C, code=ANY),
    _sld("dung han 2.418", "2.418", 2418, "hồ sơ", C, code=_DH),
    _sld("dat 99,47%", "99,47%", 99.47, "%", code=_DH),
    _sld("qua han 13 ho so", "13", 13, "hồ sơ", C, code=_QH),
    F("nguoi co cong 9 ho so", "9", 9, "hồ sơ", C, code=_QH, **_IN_TINH),
    _sld("dang giai quyet 55", "55", 55, "hồ sơ", C, code=ANY),
    _sld("binh quan 5,4", "5,4", 5.4, "ngày", code=_TIME),
    # the tab-separated table by field (header "Ty 18 truc tuyen (%)" no figure); "Cong" = the Sở
    *_field_572("1\tViec lam\t842\t801\t95,13\t100", "2\tGiao duc"),
    *_field_572("2\tGiao duc nghe nghiep\t216\t198\t91,67\t100", "3\tNguoi co cong"),
    *_field_572("3\tNguoi co cong\t534\t386\t72,28\t98,3O", "4\tBao tro", on_time=98.30),
    *_field_572("4\tBao tro xa hoi\t418\t331\t79,19\t99,28", "5\tLao dong"),
    *_field_572("5\tLao dong, tien luong\t287\t270\t94,08\t99,65", "6\tAn toan"),
    *_field_572("6\tAn toan, ve sinh lao dong\t189\t119\t62,96\t100", "\tCong"),
    *_field_572("\tCong\t2.486\t2.105\t84,67\t99,47", "\nLinh vuc", _SLD),
    F("thap nhat (62,96%)", "62,96%", 62.96, "%", code=_NOP, **_IN_TINH),
    # III. the Sở's payment share ("46,2O%" read as 46.20) against the year's target (dated 2024-12-31)
    _sld("So dat 46,2O%", "46,2O%", 46.20, "%", code=_TT, target=40, stated_status="đạt"),
    _sld("(quy II nam 2024: 38,75%)", "38,75%", 38.75, "%", PR, as_of=_Q2_2024, code=_TT),
    _sld("nam 2024 la 40%", "40%", 40, "%", T, as_of=_Y2024, code=_TT),
    _sld("TTHC dat 92,14%", "92,14%", 92.14, "%", code=_SH),
    _sld("so hoa dat 27,86%", "27,86%", 27.86, "%", code=_TSD),
    # the province's beneficiaries ("Toan tinh": subject NULL; codes unchecked)
    F("cho 18.642/24.310", "18.642/24.310", 18642, "đối tượng", C, max_value=24310, code=ANY),
    F("dat 76,68%", "76,68%", 76.68, "%", code=ANY),
    F("cho 4.126 nguoi", "4.126", 4126, "người", C, code=ANY),
    F("chiem 61,35%", "61,35%", 61.35, "%", code=ANY),
    # IV. PAKN (phone number no figure), satisfaction, the Sở's 766 result (quý II dated 2024-06-30), the province's
    _sld("tiep nhan 07 PAKN", "07", 7, "PAKN", C, code=_PAKN_TN),
    _sld("xu ly 07/07", "07/07", 7, "PAKN", C, max_value=7, code=_PAKN_XL),
    _sld("PAKN, dat 100%", "100%", 100, "%", code=_PAKN_TL),
    _sld("So dat 98,84%", "98,84%", 98.84, "%", code=_HL),
    _sld("dat 88,14/100", "88,14/100", 88.14, "điểm", max_value=100, code=_TONG),
    _sld("xep thu 7/20", "7/20", 7, "hạng", R, max_value=20, code=_HANG),
    _sld("85,62 diem", "85,62", 85.62, "điểm", PR, max_value=100, as_of=_Q2_2024, code=_TONG),
    _sld("xep thu 10/20", "10/20", 10, "hạng", PR, max_value=20, as_of=_Q2_2024, code=_HANG),
    _sld("tang 2,52 diem", "2,52", 2.52, "điểm", CH, code=_TONG),
    _sld("tang 3 bac", "3", 3, "hạng", CH, code=_HANG),
    F("dat 84,26/100", "84,26/100", 84.26, "điểm", max_value=100, code=_TONG),
    F("xep thu 21/63", "21/63", 21, "hạng", R, max_value=63, code=_HANG),
    # V. a count repeated; the Sở's target for December
    F("dut diem 13 ho so", "13", 13, "hồ sơ", C, code=ANY, **_OPEN),
    _sld("toi thieu 50%", "50%", 50, "%", T, as_of=_Y2024, code=_TT),
]


# ------------------------------------------------------------ 573: Sở Nội vụ tỉnh Cao Bằng, tháng 8/2025 (Word)
_JUL_2025 = "2025-07-31"


def _group_573(name: str, code: str, raws: str, after: str) -> list[Fact]:
    """One row of Bảng 1, one cell a line: the maximum (a figure of its own), the score carrying it and the group's
    code, the share of the maximum (code unchecked)."""
    top, score, share = raws.split()
    row = "\n".join([name, top, score, share])
    cells = [_cell(top, "điểm"), _cell(score, "điểm", code=code, top=_num(top)), _cell(share, "%")]
    return _cells(row, after, None, None, cells)


def _commune_573(name: str, raws: str, after: str) -> list[Fact]:
    """One row of Bảng 2, one cell a line: score in tháng 7/2025 (dated 2025-07-31), in tháng 8/2025 and the rank
    (plain number, no maximum written)."""
    july, august, rank = raws.split()
    row = "\n".join([name, july, august, rank])
    cells = [_cell(july, "điểm", code=_TONG, as_of=_JUL_2025), _cell(august, "điểm", code=_TONG),
             _cell(rank, "hạng", R, code=_HANG)]
    return _cells(row, after, name, "xã", cells)


_COMMUNES_573 = [
    ("Phường Thục Phán", "86,42 89,15 1"), ("Phường Nùng Trí Cao", "85,10 88,37 2"), ("Xã Hòa An", "83,64 87,92 3"),
    ("Phường Tân Giang", "84,95 87,08 4"), ("Xã Trùng Khánh", "81,27 86,45 5"), ("Xã Quảng Uyên", "82,06 85,73 6"),
    ("Xã Hà Quảng", "79,88 85,16 7"), ("Xã Nguyên Bình", "80,41 84,60 8"), ("Xã Thạch An", "78,35 84,02 9"),
    ("Xã Bảo Lạc", "77,90 83,47 10"),
]


def _table2_573() -> list[Fact]:
    """Bảng 2's ten rows; each row's context runs into the next row's STT and name (the last into the prose)."""
    facts = []
    for i, (name, raws) in enumerate(_COMMUNES_573):
        after = f"{i + 2}\n{_COMMUNES_573[i + 1][0]}" if i + 1 < len(_COMMUNES_573) else "Các đơn vị"
        facts += _commune_573(name, raws, after)
    return facts


BLIND_573 = [
    # I.1 (766/QĐ-TTg, 1908/KH-UBND cited; "chốt ngày 31/8/2025" the period end; "tháng thứ hai", "hai cấp" words)
    F("đạt 78,64/100", "78,64/100", 78.64, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 24/34", "24/34", 24, "hạng", R, max_value=34, code=_HANG),
    F("tăng 3,12 điểm", "3,12", 3.12, "điểm", CH, code=_TONG),
    F("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    F("(75,52 điểm", "75,52", 75.52, "điểm", PR, max_value=100, as_of=_JUL_2025, code=_TONG),
    F("xếp thứ 28/34)", "28/34", 28, "hạng", PR, max_value=34, as_of=_JUL_2025, code=_HANG),
    # Bảng 1, one cell a line (the header's "(%)" no figure; the total row's share is "-")
    *_group_573("Công khai, minh bạch", "766.cong_khai", "18 15,86 88,11", "Tiến độ, kết quả giải quyết"),
    *_group_573("Tiến độ, kết quả giải quyết", "766.tien_do", "20 18,74 93,70", "Dịch vụ công trực tuyến"),
    *_group_573("Dịch vụ công trực tuyến", "766.dvctt", "12 8,42 70,17", "Thanh toán trực tuyến"),
    *_group_573("Thanh toán trực tuyến", "766.thanh_toan", "10 4,96 49,60", "Số hóa hồ sơ"),
    *_group_573("Số hóa hồ sơ", "766.so_hoa", "22 14,58 66,27", "Mức độ hài lòng"),
    *_group_573("Mức độ hài lòng", "766.hai_long", "18 16,08 89,33", "Tổng điểm"),
    *_cells("Tổng điểm\n100\n78,64\n-", "Nhóm Thanh toán", None, None,
            [_cell("100", "điểm"), _cell("78,64", "điểm", code=_TONG, top=100)]),
    F("chỉ đạt 49,60% điểm", "49,60%", 49.60, "%", code=ANY),
    # I.2 files by level, on-time shares by level after "lần lượt là", the province's payment share and 2025 target
    F("tiếp nhận 36.214", "36.214", 36214, "hồ sơ", C, code=_TN),
    F("cấp tỉnh 9.126", "9.126", 9126, "hồ sơ", C, code=_TN, **_TINH),
    F("cấp xã 27.088", "27.088", 27088, "hồ sơ", C, code=_TN, **_XA),
    F("là 24.930", "24.930", 24930, "hồ sơ", C, code=_NOP),
    F("chiếm 68,84%", "68,84%", 68.84, "%", code=_NOP),
    F("lần lượt là 99,12%", "99,12%", 99.12, "%", code=_DH, **_TINH),
    F("và 97,45%", "97,45%", 97.45, "%", code=_DH, **_XA),
    F("đạt 38,26%", "38,26%", 38.26, "%", code=_TT, target=50, stated_status="chưa đạt"),
    F("năm 2025 là 50%", "50%", 50, "%", T, as_of=_Y2025, code=_TT),
    # II. block averages (tháng 7/2025 dated 2025-07-31), grades of the communes
    F("của 17 sở", "17", 17, "đơn vị", C, code=None, **_IN_TINH),
    F("đạt 86,05 điểm", "86,05", 86.05, "điểm", code=_TONG, **_IN_TINH),
    F("của 56 xã", "56", 56, "xã", C, code=None, **_IN_XA),
    F("đạt 74,82 điểm", "74,82", 74.82, "điểm", code=_TONG, **_IN_XA),
    F("(tháng 7/2025: 71,36 điểm)", "71,36", 71.36, "điểm", PR, as_of=_JUL_2025, code=_TONG, **_IN_XA),
    F("tăng 3,46 điểm", "3,46", 3.46, "điểm", CH, code=_TONG, **_IN_XA),
    F("Có 09/56", "09/56", 9, "xã", C, max_value=56, code=None, **_IN_XA),
    F("Tốt, 31 đơn vị", "31", 31, "đơn vị", C, code=None, **_IN_XA),
    F("và 16 đơn vị", "16", 16, "đơn vị", C, code=None, **_IN_XA),
    # Bảng 2, one cell a line; the three lowest communes in brackets
    *_table2_573(),
    F("Cần Yên (57,26 điểm)", "57,26", 57.26, "điểm", subject="xã Cần Yên", level="xã", code=_TONG),
    F("(58,91 điểm)", "58,91", 58.91, "điểm", subject="xã Yên Thổ", level="xã", code=_TONG),
    F("(60,08 điểm)", "60,08", 60.08, "điểm", subject="xã Kim Đồng", level="xã", code=_TONG),
    # III. the province's target for quý IV ("Kho bạc Nhà nước khu vực VII" no figure)
    F("tối thiểu 50%", "50%", 50, "%", T, as_of=_Y2025, code=_TT),
]


# ------------------------------------------------------------ 574: Sở Tài chính tỉnh Tây Ninh, năm 2025 (Markdown)
_STC = "Sở Tài chính"


def _stc(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở itself (the issuer), level tỉnh."""
    return F(context, raw, value, unit, kind, subject=_STC, level="tỉnh", **kw)


def _field_574(stt: str, name: str, raws: str, after: str, subject: object = ANY) -> list[Fact]:
    """One Markdown row of Bảng 1: files received, online share, on-time share, overdue files (the total row's cells
    in bold)."""
    received, online, on_time, late = raws.split()
    if stt:
        row = f"| {stt} | {name} | {received} | {online} | {on_time} | {late} |"
    else:
        row = f"| | **{name}** | " + " | ".join(f"**{raw}**" for raw in raws.split()) + " |"
    cells = [_cell(received, "hồ sơ", code=_TN), _cell(online, "%", code=_NOP), _cell(on_time, "%", code=_DH),
             _cell(late, "hồ sơ", code=_QH)]
    return _cells(row, after, subject, "tỉnh", cells)


BLIND_574 = [
    # I.1 (3315/KH-UBND, 2876/VP-KSTT cited; the window and "trước ngày 01/7/2025" no figures; "hai tỉnh" words)
    _stc("năm:** 09 quyết định", "09", 9, "quyết định", C, code=None),
    _stc("** 218 TTHC", "218", 218, "TTHC", C, code=_TTHC),
    _stc("** 164 TTHC", "164", 164, "TTHC", C, code=_TOAN),
    _stc("(75,23%)", "75,23%", 75.23, "%", code=_TOAN),
    _stc("** 54 TTHC", "54", 54, "TTHC", C, code=_MOT),
    _stc("đúng hạn:** 100%", "100%", 100, "%", code=ANY),
    # I.2 nested lists with bold labels (năm 2024 dated 2024-12-31)
    _stc("** 48.652 hồ sơ", "48.652", 48652, "hồ sơ", C, code=_TN),
    _stc("tăng 17,56%", "17,56%", 17.56, "%", CH, code=ANY),
    _stc("(41.386 hồ sơ)", "41.386", 41386, "hồ sơ", PR, as_of=_Y2024, code=_TN),
    _stc("** 45.918", "45.918", 45918, "hồ sơ", C, code=_NOP),
    _stc("** 94,38%", "94,38%", 94.38, "%", code=_NOP),
    _stc("** 48.105", "48.105", 48105, "hồ sơ", C, code=ANY),
    _stc("** 47.488", "47.488", 47488, "hồ sơ", C, code=_DH),
    _stc("** 98,72%", "98,72%", 98.72, "%", code=_DH),
    _stc("** 617 hồ sơ", "617", 617, "hồ sơ", C, code=_QH),
    _stc("(1,28%)", "1,28%", 1.28, "%", code=_QH),
    _stc("** 547", "547", 547, "hồ sơ", C, code=ANY),
    _stc("** 2,6 ngày", "2,6", 2.6, "ngày", code=_TIME),
    # I.3 Bảng 1 by field (subject unchecked, level tỉnh); "Tổng cộng" = the Sở (it repeats the lists)
    *_field_574("1", "Thành lập và hoạt động của doanh nghiệp", "31.284 96,16 99,64 112", "| 2 | Đầu tư"),
    *_field_574("2", "Đầu tư tại Việt Nam", "842 86,46 96,08 33", "| 3 | Cấp mã số"),
    *_field_574("3", "Cấp mã số đơn vị có quan hệ với ngân sách", "9.615 95,40 98,52 142", "| 4 | Quản lý"),
    *_field_574("4", "Quản lý công sản", "1.936 82,18 97,26 53", "| 5 | Thành lập"),
    *_field_574("5", "Thành lập và hoạt động của hợp tác xã", "3.408 88,73 92,81 245", "| 6 | Các lĩnh vực"),
    *_field_574("6", "Các lĩnh vực còn lại", "1.567 84,24 98,08 32", "| | **Tổng cộng**"),
    *_field_574("", "Tổng cộng", "48.652 94,38 98,72 617", "\n   - **Lĩnh vực", _STC),
    F("tác xã, 245 hồ sơ", "245", 245, "hồ sơ", C, code=_QH, **_IN_TINH),
    F("(39,71% số", "39,71%", 39.71, "%", code=ANY, **_IN_TINH),
    # I.4 enterprises and projects registered with the Sở (whose: the Sở's work or the province's economy; unchecked)
    F("** 3.862 doanh nghiệp", "3.862", 3862, "doanh nghiệp", C, code=ANY, **_OPEN),
    F("đăng ký 41.286 tỷ đồng", "41.286", 41286, "tỷ đồng", code=ANY, **_OPEN),
    F("** 1.214 doanh nghiệp", "1.214", 1214, "doanh nghiệp", C, code=ANY, **_OPEN),
    F("điện tử:** 100%", "100%", 100, "%", code=ANY, **_OPEN),
    F("** 46 dự án", "46", 46, "dự án", C, code=ANY, **_OPEN),
    F("** 1.184 triệu USD", "1.184", 1184, "triệu USD", code=ANY, **_OPEN),
    # I.5 the Sở's payment share against the year's target (the period end)
    _stc("** 72,64%", "72,64%", 72.64, "%", code=_TT, target=70, stated_status="đạt"),
    _stc("năm 2025: 70%", "70%", 70, "%", T, code=_TT),
    _stc("TTHC:** 96,08%", "96,08%", 96.08, "%", code=_SH),
    _stc("điện tử:** 99,35%", "99,35%", 99.35, "%", code=_KQ),
    _stc("** 48,20%", "48,20%", 48.20, "%", code=_TSD),
    _stc("tăng 12,45%", "12,45%", 12.45, "%", CH, code=_TSD),
    # I.6, I.7 PAKN, satisfaction, the Sở's 766 result (quý III năm 2025 dated 2025-09-30), the province's
    _stc("tiếp nhận 21 PAKN", "21", 21, "PAKN", C, code=_PAKN_TN),
    _stc("xử lý 21/21", "21/21", 21, "PAKN", C, max_value=21, code=_PAKN_XL),
    _stc("PAKN (100%)", "100%", 100, "%", code=_PAKN_TL),
    _stc("TTHC:** 99,02%", "99,02%", 99.02, "%", code=_HL),
    _stc("** 91,38/100", "91,38/100", 91.38, "điểm", max_value=100, code=_TONG),
    _stc("xếp thứ 3/19", "3/19", 3, "hạng", R, max_value=19, code=_HANG),
    _stc("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    _stc("(xếp thứ 5/19)", "5/19", 5, "hạng", PR, max_value=19, as_of="2025-09-30", code=_HANG),
    F("** 86,45/100", "86,45/100", 86.45, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 11/34", "11/34", 11, "hạng", R, max_value=34, code=_HANG),
    # II. counts in tasks; the Sở's target for quý II năm 2026 (address and phone number no figures)
    F("dứt điểm 245 hồ sơ", "245", 245, "hồ sơ", C, code=ANY, **_OPEN),
    _stc("tối thiểu 80%", "80%", 80, "%", T, as_of="2026-06-30", code=_TT),
    F("của 12 TTHC", "12", 12, "TTHC", C, code=ANY, **_OPEN),
]

BLIND = {"570": BLIND_570, "571": BLIND_571, "572": BLIND_572, "573": BLIND_573, "574": BLIND_574}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "570": [
        ("2025-01-25", "day", "25/01/2025", "giải quyết dứt điểm 123 hồ sơ",
         "Phòng Quản lý xây dựng và Chất lượng công trình"),
        # "chậm nhất" at a line's end, the date opening the next line
        ("2025-02-28", "day", "ngày 28 tháng 02 năm 2025", "rà soát quy trình nội bộ", "Văn phòng Sở"),
        ("2025-06-30", "quarter", "quý II năm 2025", "thanh toán trực tuyến",
         "Phòng Kinh tế, Hạ tầng và Phát triển đô thị"),
        ("2025-03-31", "month", "tháng 3/2025", "số hóa kết quả giải quyết TTHC còn tồn", "Thanh tra Sở"),
        ("2025-12-31", "year", "năm 2025", "cấp chứng chỉ năng lực hoạt động",
         "Trung tâm Quy hoạch và Kiểm định xây dựng"),
        # issued 08/01/2025: the first "ngày 20 hằng tháng" is 20/01/2025
        ("2025-01-20", "recurring", "20 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các phòng, đơn vị thuộc Sở"),
    ],
    "571": [
        ("2026-06-30", "quarter", "quý II năm 2026", "nộp hồ sơ đất đai trực tuyến", "Sở Nông nghiệp và Môi trường"),
        ("2026-04-20", "day", "20/4/2026", "chuẩn hóa quy trình điện tử",
         "Trung tâm Phục vụ hành chính công thành phố"),
        ("2026-05-15", "day", "ngày 15 tháng 5 năm 2026", "số hóa kết quả giải quyết TTHC còn tồn",
         "UBND các xã, phường, đặc khu"),
        ("2026-06-30", "month", "tháng 6/2026", "mở rộng kênh thanh toán trực tuyến", "Sở Tài chính"),
        ("2026-12-31", "year", "năm 2026", "kết nối Hệ thống thông tin giải quyết TTHC", "Sở Khoa học và Công nghệ"),
        # issued 06/4/2026: the first "ngày 25 hằng tháng" is 25/4/2026
        ("2026-04-25", "recurring", "25 hằng tháng", "gửi số liệu giải quyết TTHC",
         "Các sở, ban, ngành, UBND các xã, phường, đặc khu"),
    ],
    "572": [
        # written without marks: tasks and assignees compared folded
        ("2024-10-20", "day", "20/10/2024", "giai quyet dut diem 13 ho so qua han", "Phong Nguoi co cong"),
        ("2024-10-31", "day", "ngay 31 thang 10 nam 2024", "ra soat danh sach doi tuong", "Phong Bao tro xa hoi"),
        ("2024-12-31", "month", "thang 12/2024", "thanh toan truc tuyen", "Van phong So"),
        ("2024-12-31", "quarter", "quy IV nam 2024", "so hoa ket qua giai quyet TTHC",
         "Phong Viec lam - An toan lao dong"),
        # issued 07/10/2024: the first "ngay 22 hang thang" is 22/10/2024
        ("2024-10-22", "recurring", "22 hang thang", "bao cao ket qua giai quyet TTHC", "Cac phong, don vi thuoc So"),
    ],
    "573": [
        ("2025-09-15", "day", "15/9/2025", "xây dựng kế hoạch khắc phục", "UBND xã Cần Yên, xã Yên Thổ, xã Kim Đồng"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "nâng tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-09-30", "day", "ngày 30 tháng 9 năm 2025", "đồng bộ dữ liệu hồ sơ", "Sở Khoa học và Công nghệ"),
        ("2025-10-31", "month", "tháng 10/2025", "tập huấn kỹ năng số hóa hồ sơ",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        # issued 09/9/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/10/2025
        ("2025-10-05", "recurring", "05 hằng tháng", "báo cáo kết quả khắc phục", "UBND các xã, phường"),
    ],
    "574": [
        ("2026-01-31", "day", "31/01/2026", "giải quyết dứt điểm 245 hồ sơ", "Phòng Đăng ký kinh doanh"),
        ("2026-03-15", "day", "ngày 15 tháng 3 năm 2026", "chuẩn hóa quy trình điện tử",
         "Phòng Quản lý giá và công sản"),
        # two sub-items under one bold label "**Văn phòng Sở:**"
        ("2026-06-30", "quarter", "quý II năm 2026", "nâng tỷ lệ hồ sơ thanh toán trực tuyến", "Văn phòng Sở"),
        ("2026-12-31", "year", "năm 2026", "số hóa hồ sơ đăng ký doanh nghiệp", "Văn phòng Sở"),
        ("2026-04-30", "month", "tháng 4/2026", "cắt giảm thành phần hồ sơ", "Phòng Tài chính doanh nghiệp"),
        # issued 12/01/2026: the first "ngày 18 hằng tháng" is 18/01/2026
        ("2026-01-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các phòng, đơn vị thuộc Sở"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 570 is a report of the Sở
# Xây dựng under "UBND TỈNH KON TUM"; 571 of the Sở Khoa học và Công nghệ under "ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG"
# (a city under central rule: the province); 572 of the Sở Lao động - Thương binh và Xã hội under "UBND TINH HA NAM"
# (OCR'd; its number as written after "S6:", its place-date line and signer kept their marks); 573 of the Sở Nội vụ
# under "UBND TỈNH CAO BẰNG" (the header table one cell a line); 574 of the Sở Tài chính under "UBND TỈNH TÂY NINH".
META = {
    "570": {"doc_number": "06/BC-SXD", "doc_type": "Báo cáo", "issued_date": "2025-01-08",
            "province": "Kon Tum", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Nguyễn Văn Thịnh"},
    "571": {"doc_number": "214/BC-SKHCN", "doc_type": "Báo cáo", "issued_date": "2026-04-06",
            "province": "Đà Nẵng", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Trần Ngọc Thạch"},
    "572": {"doc_number": "1864/BC-SLĐTBXH", "doc_type": "Báo cáo", "issued_date": "2024-10-07",
            "province": "Hà Nam", "period_label": "quý III năm 2024", "period_start": "2024-07-01",
            "period_end": "2024-09-30", "signer": "Trần Thị Thu Hằng"},
    "573": {"doc_number": "1126/BC-SNV", "doc_type": "Báo cáo", "issued_date": "2025-09-09",
            "province": "Cao Bằng", "period_label": "tháng 8 năm 2025", "period_start": "2025-08-01",
            "period_end": "2025-08-31", "signer": "Nông Thị Thu Hà"},
    "574": {"doc_number": "38/BC-STC", "doc_type": "Báo cáo", "issued_date": "2026-01-12",
            "province": "Tây Ninh", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Lê Văn Hưng"},
}
