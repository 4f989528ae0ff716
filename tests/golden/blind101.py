"""Blind golden facts for corpus/blind101/580_thai_nguyen.txt, 581_dien_bien.txt, 582_bac_ninh.txt, 583_vinh_long.txt
and 584_khanh_hoa.txt.

The five documents were written by the developers for a hundred-and-first blind measurement (provinces little used
in recent sets, all after the 1 July 2025 merger, ranks /34; issuers outside the people's committees: a Sở Khoa học và
Công nghệ that took over the Sở Thông tin và Truyền thông, a Trung tâm Phục vụ hành chính công tỉnh, a Sở Công
Thương, a Kho bạc Nhà nước khu vực, a Sở Nội vụ that took over the Sở Lao động - Thương binh và Xã hội; periods 6
tháng đầu năm 2026, quý III năm 2025, năm 2025, tháng 3 năm 2026 and quý IV năm 2025; not real documents), and every
row below was written by reading them, before any extraction, restoration or pipeline code was run on them. They
also serve as held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind100.py, blind99.py, blind98.py, blind97.py, blind16.py and blind13.py:
rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it).
Prose and list counts are kind `count`; table cells are kind `value` even when they count (rank cells kind `rank`
without max), with `extra={"source": "table"}`; `as_of="period"` is the period's end; a table column dated before
the period end keeps kind `value` with that date as `as_of`; a change is dated with the figure it changes and a fall
is negative. `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it
clearly names none: counts of units, machines, counters, decisions, banks). "thủ tục" counts use the unit `TTHC`,
"phản ánh, kiến nghị" counts the unit `PAKN`; a count of the files (or PAKN) an indicator is computed on carries that
indicator's code; every "đã giải quyết" count has its code unchecked. Counts of local units take the unit of their
first unit word ("23/92 xã, phường", "14 xã, phường" → `xã`), counts of "cơ quan", "đơn vị", "sở, ngành" → `đơn
vị`, at the level of the bodies counted (subject unchecked); "toàn tỉnh có 92 đơn vị hành chính cấp xã (77 xã, 15
phường)" → the whole subject `cấp xã` (unit `đơn vị`, level xã), its parts `xã`, `phường`, `đặc khu` (subject
unchecked, level xã). A provincial body's own figures naming no body are named by its kind, level tỉnh ("Trung tâm
tiếp nhận …" → `Trung tâm Phục vụ hành chính công tỉnh`, "Sở tiếp nhận …" → `Sở Công Thương`); a sentence naming
the body in full keeps the name as written ("Sở Nội vụ tiếp nhận …", "Bưu điện tỉnh đã chuyển phát …"). Things
counted take the noun as written (`máy quét`, `máy tính`, `quầy`, `bưu gửi`, `lượt`, `tệp`, `chứng từ`, `món`,
`chứng thư`, `ngân hàng`, `doanh nghiệp`, `sản phẩm`, `cơ sở`, `người`, `tài khoản`, `quyết định`); money keeps
the unit written (`tỷ đồng`, `triệu đồng`, `đồng`; code unchecked). A self-score carries its row's maximum; a
previous total beside a current `x/100` is on the /100 scale. Numbers written in words are no figures. Dates,
document numbers, cited decisions, resolutions, plans and letters ("Kế hoạch số 24/KH-UBND", "Quyết định số
1254/QĐ-UBND", "Nghị quyết số 202/2025/QH15", "Công văn số 3412/SNV-CCHC", "Công văn số 1126/UBND-KSTT", "Quyết định
số 766/QĐ-TTg", "Công văn số 8615/UBND-KSTT"), the stated windows ("từ ngày 01/01/2026 đến ngày 30/6/2026", "lúc 17
giờ ngày 30/6/2026", "từ ngày 01/3/2026 đến ngày 31/3/2026", "từ ngày 01/10/2025 đến ngày 31/12/2025"), "từ ngày
01/3/2025", "từ ngày 01/7/2025", "Tính từ ngày 01/01/2026 đến nay" / "Tính từ ngày 01/01/2025 đến nay" (a window's
start), names holding numbers ("Kho bạc Nhà nước khu vực XIX", "Phòng Giao dịch số 1" … "số 4"), the month and
quarter labels of tables and series ("Tháng 1" … "Tháng 6", "Tháng 7/2025", "Quý III/2025", "Lũy kế 6 tháng", "Lũy
kế 9 tháng", "Quý I" … "Quý IV", "Năm 2025", "(quý I)", "các tháng 1, 2 và 3"), "6 tháng đầu năm", the STT column,
the text cells "hồ sơ", "%", "hạng" of a "Đơn vị tính" column and the "-" cell, section and item numbering ("I.",
"1.", "a)", "Bảng 1."), phone numbers ("0208.3855.642", "0215.3825.468", "0222.3822.519", "0270.3822.164",
"0258.3822.716"), headings naming a period ("VII. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026", "V. NHIỆM VỤ QUÝ IV NĂM
2025", "VI. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026", "7. Kiến nghị và nhiệm vụ tháng 4 năm 2026", "IV. YÊU CẦU, NHIỆM VỤ QUÝ
I NĂM 2026": no deadlines) and years are not figures.

New in this set (all after the 1 July 2025 merger):
- SERIES OVER TIME. 580's Markdown Bảng 1 has one column per month "Tháng 1 … Tháng 6" and a column "Lũy kế 6 tháng",
  the indicators as rows with the unit in the row label's bracket (as golden/blind86.py's 505): "Tháng 1" … "Tháng 5"
  are dated at each month's end of 2026 (the year is the period's), "Tháng 6" and "Lũy kế 6 tháng" (from 1 January
  to 30 June, the period itself) at the period end, each with its row's code; subject NULL (the province's). 581's
  tab-separated Bảng 1 has one ROW per month "Tháng 7/2025 … Tháng 9/2025", a row "Quý III/2025" and a ROW "Lũy kế 9
  tháng": the month rows are dated at their month's end, "Quý III/2025" and "Lũy kế 9 tháng" at the period end (the
  cumulative window ends on 30/9/2025); the cumulative row's codes are unchecked, as golden/blind21.py leaves the
  codes of a window longer than the period (genuinely open: golden/blind17.py's cumulative column kept them). 582's
  Markdown Bảng 1 has one column per quarter "Quý I … Quý IV" and "Năm 2025", units from a "Đơn vị tính" column (as
  golden/blind17.py): quarters dated at each quarter's end, "Quý IV" and "Năm 2025" at the period end; its rank row
  has kind `rank` cells without max and a "-" (no figure) in the year column. Series in prose: "lần lượt là 78,16
  điểm (quý I), 80,35 điểm (quý II), 82,47 điểm (quý III) và 85,92 điểm (quý IV)" (584) are values dated at each
  quarter's end without max (as golden/blind90.py's series of years), whereas "so với quý III năm 2025 (82,47 điểm,
  xếp thứ 15/34)" in the same paragraph is the previous value (max 100); "lần lượt là 19.214, 18.262 và 21.436 hồ sơ"
  (583, the months of quý I) counts dated at each month's end; "từ 62,79% trong tháng 1 lên 72,63% trong tháng 6,
  tăng 9,84%" (580): values dated 2026-01-31 and at the period end, the change at the period end.
- CUMULATIVE FIGURES. "Lũy kế từ đầu năm" and "lũy kế 6 tháng" in 580 are the period itself (period end, codes
  kept). "Tính từ ngày 01/01/2025 đến nay, Trung tâm đã tiếp nhận 44.218 hồ sơ" (581, a quarterly report), "Lũy kế
  quý I năm 2026 …" (583, a monthly report) and "Tính từ ngày 01/01/2026 đến nay" in 583: dated at the period end,
  codes unchecked (windows longer than the period); 583's "(cùng kỳ năm 2025: 52.604 hồ sơ)" is the previous value of
  the quarter's count, dated 2025-03-31. In 580 "Tính từ ngày 01/01/2026 đến nay" is the period again.
- AVERAGES ("bình quân mỗi tháng tiếp nhận 40.870 hồ sơ", "bình quân mỗi tháng 5.262 hồ sơ", "trung bình mỗi ngày
  làm việc tiếp nhận khoảng 240 hồ sơ", "bình quân mỗi ngày làm việc tiếp nhận 974 hồ sơ", "bình quân 2.919 chứng
  từ/ngày làm việc", "Trung bình mỗi ngày … gần 290 giao dịch", "bình quân 3.300 đồng/giao dịch", "Bình quân mỗi
  tháng Sở tiếp nhận 1.233 hồ sơ", "bình quân mỗi đơn vị 2.591 hồ sơ", "gần 3.900 hồ sơ"): kind value (not count),
  the noun as unit, code unchecked, dated at the period end (as golden/blind83.py, blind98.py); processing times
  ("0,6 ngày/hồ sơ", "3,5 ngày/PAKN", "2,5 ngày") keep their codes.
- APPROXIMATE FIGURES keep the number stated as value and raw, the hedge left out of the raw (as golden/blind80.py,
  blind94.py): "gần 12.000 tài khoản" → 12000, "khoảng 95%" → 95, "khoảng 68%" → 68, "xấp xỉ 1,2 tỷ đồng" → 1.2 `tỷ
  đồng`, "xấp xỉ 18,6 tỷ đồng", "khoảng 18.500 sản phẩm", "khoảng 1,24 tỷ đồng/năm", "ước đạt 46,8 tỷ đồng"; a
  count in "triệu" keeps the word in the raw and is scaled ("khoảng 1,26 triệu lượt" → 1260000 `lượt`, "xấp xỉ 1,84
  triệu tệp" → 1840000 `tệp`, as golden/blind90.py). The hedge makes them neither targets nor ranges.
- PERCENTAGES WITH A SPACE BEFORE THE SIGN ("100 %", "61,27 %", "97,18 %", "82,92 %", "99,4 %", "98,2 %", "99,84 %",
  "98,5 %", "98,7 %", "61,38 %"): the raw includes the space (as golden/blind18.py).
- MONEY IN SEVERAL SCALES: "2,35 tỷ đồng" (2.35 `tỷ đồng`), "850 triệu đồng" (850 `triệu đồng`), "3.426 triệu đồng",
  "125.600.000 đồng" (125600000 `đồng`), "2.184.560.000 đồng", "4.826,5 tỷ đồng" (4826.5): the unit is the scale as
  written, never converted; "(năm 2024: 1,98 tỷ đồng)" a previous value.
- 580 is a Báo cáo of the Sở Khoa học và Công nghệ tỉnh Thái Nguyên (merged with Bắc Kạn; header "UBND TỈNH THÁI
  NGUYÊN / SỞ KHOA HỌC VÀ CÔNG NGHỆ", number "186/BC-SKHCN"), 6 tháng đầu năm 2026, issued 06/7/2026, on the province's
  online services, payment and digitisation: the figures are the province's (subject NULL) unless a block or body is
  named. "Khối sở, ban, ngành … 91,46% (chỉ tiêu năm 2026 là 90%), đạt chỉ tiêu; khối xã, phường đạt 61,27 %, chưa đạt
  chỉ tiêu năm 2026 là 65%": blocks (subject unchecked, level tỉnh / xã), targets dated 2026-12-31. "(212.604 hồ sơ)"
  of "cùng kỳ năm 2025" is dated 2025-06-30. "so với tháng 12/2025 (84,56 điểm, xếp thứ 17/34)" previous values dated
  2025-12-31; "(35,44%)" of "so với năm 2025" likewise. Group scores `10,42/12`, `6,85/10`, `18,76/22` with their
  codes. "184 máy quét và 96 máy tính" supplied to the communes (subject and level unchecked). Task targets: each
  commune's "đạt tối thiểu 55% trong quý III năm 2026" (level xã, dated 2026-09-30), "100% dịch vụ công trực tuyến …
  hoàn thành trong năm 2026" (the province's, dated 2026-12-31, code unchecked). Six deadlines: day, quarter (with the
  target), "chậm nhất ngày mười lăm tháng 9 năm 2026" (day in words), month, year in a request "Đề nghị Công an tỉnh
  …", "trước ngày 25 hằng tháng" (issued 06/7/2026: first 25/7/2026).
- 581 is a quarterly Báo cáo of the Trung tâm Phục vụ hành chính công tỉnh Điện Biên (header "UBND TỈNH ĐIỆN BIÊN /
  TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", number "142/BC-TTPVHCC"), quý III năm 2025, issued 03/10/2025. The Centre's own
  figures are `Trung tâm Phục vụ hành chính công tỉnh`, level tỉnh (its tab-separated table too). Fields in prose
  ("đất đai 4.126 hồ sơ", "lần lượt chiếm 26,14%, 18,03% và 12,43%", "31 hồ sơ quá hạn, chiếm 62%") have subject
  unchecked, level tỉnh. "Bưu điện tỉnh đã chuyển phát 2.730 bưu gửi …, với tổng cước 125.600.000 đồng" is the
  Bưu điện tỉnh's. The province's `79,36/100`, `24/34` (subject NULL); the agencies at the Centre "bình quân 84,12
  điểm; … 11/19 cơ quan … 08 cơ quan" (subject unchecked, level tỉnh). Task targets "đến 100% xã, phường trong tháng
  11/2025" (subject and level unchecked, dated 2025-11-30) and "tối thiểu 75% trong quý IV năm 2025" (the agencies at
  the Centre: subject unchecked, level tỉnh, dated 2025-12-31). Six deadlines: day, "chậm nhất ngày ba mươi mốt tháng
  10 năm 2025" (day in words), month in a request, quarter (with the target), year, "trước ngày 28 hằng tháng" (issued
  03/10/2025: first 28/10/2025).
- 582 is an annual Báo cáo of the Sở Công Thương tỉnh Bắc Ninh (merged with Bắc Giang; header "UBND TỈNH BẮC NINH /
  SỞ CÔNG THƯƠNG", number "58/BC-SCT"), năm 2025, issued 12/01/2026; the Sở's own figures are `Sở Công Thương`, level
  tỉnh, its table's quarters included (quý I and II are "số liệu cộng gộp của hai Sở trước hợp nhất": still the Sở's
  row, as its title says). "06 quyết định" and the TTHC announced, amended and abolished were issued by UBND tỉnh
  (subject and level unchecked). "(12.471 hồ sơ)" of năm 2024 dated 2024-12-31. "94,76%, đạt và vượt chỉ tiêu UBND
  tỉnh giao năm 2025 (90%)": the target at the period end, status "đạt" ("vượt" = exceeded). "quý IV tiếp nhận nhiều
  nhất (4.215 hồ sơ), quý I thấp nhất (3.146 hồ sơ)": counts dated at their quarter's end. Fields in a dash list
  (subject unchecked, level tỉnh; files received and online share). The provincial e-commerce platform's figures
  (enterprises, products, turnover, licensed outlets, "khoảng 95%") name no body of the province's administration
  (subject and level unchecked). "xếp thứ 3/19 sở, ban, ngành, tăng 6 bậc so với quý I năm 2025 (xếp thứ 9/19)"
  (previous dated 2025-03-31). The Sở's SIPAS `92,64%` (code sipas). Task targets "100% cơ sở … trong quý II năm 2026"
  (subject and level unchecked, 2026-06-30), "tối thiểu 85% trong tháng 6/2026" (a division's field: subject
  unchecked, level tỉnh, 2026-06-30), "trên 85% trong năm 2026" (2026-12-31). Six deadlines: day ("xong trước ngày
  10/02/2026"), quarter, month (each with a target), "chậm nhất ngày hai mươi tháng 4 năm 2026", year, "trước ngày 20
  hằng tháng" (issued 12/01/2026: first 20/01/2026).
- 583 is a Công văn of the Kho bạc Nhà nước khu vực XIX (header "BỘ TÀI CHÍNH / KHO BẠC NHÀ NƯỚC KHU VỰC XIX", number
  "318/KBXIX-KSC", a "V/v" line) to UBND tỉnh Vĩnh Long (merged with Bến Tre and Trà Vinh), tháng 3 năm 2026, issued
  06/4/2026. The regional treasury here serves one province; its own figures naming no body are named by its name
  `Kho bạc Nhà nước khu vực XIX`, level tỉnh (a proper name, kept whole). Counts of "đơn vị" using the treasury and
  their share ("4.862 đơn vị … 4.815 đơn vị …, đạt 99,03%", "47 đơn vị", "31 đơn vị") have subject and level
  unchecked, as golden/blind69.py's 421. Its dash list by office: "Văn phòng Kho bạc Nhà nước khu vực XIX" (level
  tỉnh) and "Phòng Giao dịch số 1" … "số 4" (subject as written without the bracketed area; level unchecked: a
  transaction office is neither a province's nor a commune's body). "giảm 9 món so với tháng 02/2026 (21 món)" (a
  fall and a previous value dated 2026-02-28). Satisfaction "1.248/1.262 lượt … 98,89%" on the treasury's services
  (code unchecked). "100% dự toán ngân sách cấp xã" in a request is a target dated 2026-12-31 (subject and level
  unchecked). Six deadlines: "chậm nhất ngày 30/4/2026" in a request "Đề nghị UBND các xã, phường …", month, quarter
  for two offices, "trước ngày mười tháng 5 năm 2026" (day in words), year in a request, "trước ngày 03 hằng tháng"
  (issued 06/4/2026, after the 3rd: first 03/5/2026).
- 584 is a Thông báo of the Sở Nội vụ tỉnh Khánh Hòa (merged with Ninh Thuận; header "UBND TỈNH KHÁNH HÒA / SỞ NỘI
  VỤ", number "46/TB-SNV", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"), quý IV năm 2025, issued 14/01/2026, on the 766 index
  of the province and its 65 xã, phường, đặc khu. The province's figures have subject NULL (score, rank, the series
  of quarters, the six groups with their maxima, the component shares, PAKN); "Khối sở, ban, ngành đạt bình quân
  88,06 điểm" (subject unchecked, level tỉnh). "65 đơn vị hành chính cấp xã (48 xã, 16 phường, 01 đặc khu)"; the
  communes' block average "77,84 điểm, tăng 4,26 điểm so với quý III năm 2025 (73,58 điểm)" (subject unchecked, level
  xã; the previous without max as the current has none); counts by grade; named communes in brackets (subject as
  written, level xã, the 766 total's code); the communes' files and shares "41/65 đơn vị … (60%)" (the target dated
  at the period end, level xã). The Sở Nội vụ's own section (named in full): files, "72,4% số hồ sơ" of a field (code
  unchecked), "12.418 người", "xấp xỉ 18,6 tỷ đồng mỗi tháng", its `91,36/100`, `2/19` "(quý III năm 2025: 88,94
  điểm, xếp thứ 4/19)" (previous dated 2025-09-30). Task targets "tối thiểu 60% trong quý I năm 2026" (the province's,
  dated 2026-03-31), "tối thiểu 5.000 lượt" (a survey's size in `lượt`, dated 2026-12-31, subject and level
  unchecked). Six deadlines: day for two named communes, quarter (with the target), month, "chậm nhất ngày hai mươi
  lăm tháng 02 năm 2026" (day in words), year, "trước ngày 10 hằng tháng" (issued 14/01/2026: first 10/02/2026).
"""

from __future__ import annotations

from golden.facts import (
    _DH,
    _HL,
    _KQ,
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
_TTHC = "tthc.tong_so"
_TIME = "766.tien_do.thoi_gian"
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_PAKN_TIME = "pakn.thoi_gian"
_SIPAS = "sipas"
_Y2024 = "2024-12-31"
_Q1_2025 = "2025-03-31"
_Q2_2025 = "2025-06-30"
_Q3_2025 = "2025-09-30"
_Y2025 = "2025-12-31"
_Y2026 = "2026-12-31"
_OPEN = {"subject": ANY, "level": ANY}
_XA = {"subject": "cấp xã", "level": "xã"}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_XA = {"subject": ANY, "level": "xã"}

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
    first at the cell itself."""
    facts, at = [], 0
    for raw, unit, kind, code, as_of, top in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw), unit, kind, max_value=top, subject=subject,
                       level=level, as_of=as_of, code=code, extra=TAB))
        at += len(sep)
    return facts


def _markdown_rows(rows: list[tuple[str, list[Cell]]], end: str, subject: object, level: object) -> list[Fact]:
    """Every row of one Markdown table in order; each row's context runs into the next row's first cell (`end` after
    the last row)."""
    facts = []
    for i, (line, cells) in enumerate(rows):
        after = rows[i + 1][0].split(" | ")[0] if i + 1 < len(rows) else end
        facts += _cells(line, " | ", after, subject, level, cells)
    return facts


# ------------------------------------------------------------ 580: Sở KH&CN tỉnh Thái Nguyên, 6 tháng đầu năm 2026
_MONTHS_2026 = ("2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31", "period", "period")
_ROWS_580 = [
    ("Hồ sơ tiếp nhận (hồ sơ)", "hồ sơ", _TN, "38.412 29.846 41.205 43.918 45.106 46.731 245.218"),
    ("Hồ sơ nộp trực tuyến (hồ sơ)", "hồ sơ", _NOP, "24.118 19.402 27.645 30.211 31.872 33.940 167.188"),
    ("Tỷ lệ nộp trực tuyến (%)", "%", _NOP, "62,79 65,01 67,09 68,79 70,66 72,63 68,18"),
    ("Tỷ lệ giải quyết đúng hạn (%)", "%", _DH, "97,84 98,12 98,40 98,65 98,71 98,93 98,46"),
    ("Tỷ lệ thanh toán trực tuyến (%)", "%", _TT, "48,26 50,14 53,07 55,82 57,36 59,48 54,21"),
    ("Tỷ lệ số hóa hồ sơ (%)", "%", _SH, "84,15 86,30 88,72 90,46 91,83 93,27 89,35"),
]


def _table_580() -> list[Fact]:
    """Bảng 1 (Markdown), one column per month and "Lũy kế 6 tháng"; the province's (subject NULL)."""
    rows = []
    for label, unit, code, raws in _ROWS_580:
        values = raws.split()
        line = "| " + " | ".join([label, *values]) + " |"
        rows.append((line, [(raw, unit, P, code, as_of, None) for raw, as_of in zip(values, _MONTHS_2026,
                                                                                      strict=True)]))
    return _markdown_rows(rows, "\nLũy kế từ đầu năm", None, None)


BLIND_580 = [
    # I.1 the communes after the merger, the agencies, TTHC on the system (Kế hoạch 24/KH-UBND cited)
    F("có 92 đơn vị", "92", 92, "đơn vị", C, code=None, **_XA),
    F("(77 xã", "77", 77, "xã", C, code=None, **_IN_XA),
    F(", 15 phường)", "15", 15, "phường", C, code=None, **_IN_XA),
    F("và 19 cơ quan", "19", 19, "đơn vị", C, code=None, **_IN_TINH),
    F("cấp 1.846 TTHC", "1.846", 1846, "TTHC", C, code=_TTHC),
    F("đó 1.128 TTHC", "1.128", 1128, "TTHC", C, code=_TOAN),
    F("(chiếm 61,11%)", "61,11%", 61.11, "%", code=_TOAN),
    F("và 718 TTHC", "718", 718, "TTHC", C, code=_MOT),
    # I.2 infrastructure ("6 tháng" no figure)
    F("100 % Trung tâm", "100 %", 100, "%", code=ANY, **_IN_XA),
    F("bổ sung 184 máy quét", "184", 184, "máy quét", C, code=None, **_OPEN),
    F("và 96 máy tính", "96", 96, "máy tính", C, code=None, **_OPEN),
    F("phí 2,35 tỷ", "2,35", 2.35, "tỷ đồng", code=ANY, **_OPEN),
    # II. Bảng 1, then the prose on it (cùng kỳ = the first half of 2025)
    *_table_580(),
    F("tiếp nhận 245.218 hồ sơ,", "245.218", 245218, "hồ sơ", C, code=_TN),
    F("tăng 15,34%", "15,34%", 15.34, "%", CH, code=ANY),
    F("(212.604 hồ sơ)", "212.604", 212604, "hồ sơ", PR, as_of=_Q2_2025, code=_TN),
    F("tháng tiếp nhận 40.870", "40.870", 40870, "hồ sơ", code=ANY),
    F("từ 62,79%", "62,79%", 62.79, "%", as_of="2026-01-31", code=_NOP),
    F("lên 72,63%", "72,63%", 72.63, "%", code=_NOP),
    F("tăng 9,84%", "9,84%", 9.84, "%", CH, code=_NOP),
    # III.1 blocks and their 2026 targets
    F("đạt 91,46%", "91,46%", 91.46, "%", code=_NOP, target=90, stated_status="đạt", **_IN_TINH),
    F("năm 2026 là 90%", "90%", 90, "%", T, as_of=_Y2026, code=_NOP, **_IN_TINH),
    F("đạt 61,27 %", "61,27 %", 61.27, "%", code=_NOP, target=65, stated_status="chưa đạt", **_IN_XA),
    F("năm 2026 là 65%", "65%", 65, "%", T, as_of=_Y2026, code=_NOP, **_IN_XA),
    F("Còn 23/92 xã", "23/92", 23, "xã", C, max_value=92, code=None, **_IN_XA),
    F("(17 đơn vị)", "17", 17, "đơn vị", C, code=None, **_IN_XA),
    # III.2 payment, money in two scales, averages
    F("có 96.412 hồ sơ", "96.412", 96412, "hồ sơ", C, code=ANY),
    F("đó 52.265 hồ sơ", "52.265", 52265, "hồ sơ", C, code=_TT),
    F("đạt 54,21%;", "54,21%", 54.21, "%", code=_TT),
    F("là 18,64 tỷ", "18,64", 18.64, "tỷ đồng", code=ANY),
    F("là 3.426 triệu", "3.426", 3426, "triệu đồng", code=ANY),
    F("gần 290 giao dịch", "290", 290, "giao dịch", code=ANY),
    F("bình quân 3.300 đồng", "3.300", 3300, "đồng", code=ANY),
    # III.3 since 1 January (the period itself), approximations
    F("khoảng 1,26 triệu", "1,26 triệu", 1260000, "lượt", C, code=ANY, **_OPEN),
    F("gần 12.000 tài khoản", "12.000", 12000, "tài khoản", C, code=ANY, **_OPEN),
    # IV. digitisation (năm 2025 dated 2025-12-31)
    F("đạt 89,35%", "89,35%", 89.35, "%", code=_SH),
    F("đạt 97,18 %", "97,18 %", 97.18, "%", code=_KQ),
    F("đạt 46,52%", "46,52%", 46.52, "%", code=_TSD),
    F("tăng 11,08%", "11,08%", 11.08, "%", CH, code=_TSD),
    F("(35,44%)", "35,44%", 35.44, "%", PR, as_of=_Y2025, code=_TSD),
    F("xấp xỉ 1,84 triệu", "1,84 triệu", 1840000, "tệp", C, code=ANY, **_OPEN),
    # V. the 766 index (tháng 12/2025 dated 2025-12-31)
    F("đạt 86,74/100", "86,74/100", 86.74, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 12/34", "12/34", 12, "hạng", R, max_value=34, code=_HANG),
    F("tăng 2,18 điểm", "2,18", 2.18, "điểm", CH, code=_TONG),
    F("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    F("(84,56 điểm", "84,56", 84.56, "điểm", PR, max_value=100, as_of=_Y2025, code=_TONG),
    F("xếp thứ 17/34)", "17/34", 17, "hạng", PR, max_value=34, as_of=_Y2025, code=_HANG),
    F("đạt 10,42/12", "10,42/12", 10.42, "điểm", max_value=12, code="766.dvctt"),
    F("đạt 6,85/10", "6,85/10", 6.85, "điểm", max_value=10, code="766.thanh_toan"),
    F("đạt 18,76/22", "18,76/22", 18.76, "điểm", max_value=22, code="766.so_hoa"),
    # VI. shortcomings
    F("mới đạt 54,21%", "54,21%", 54.21, "%", code=_TT, target=70, stated_status="chưa đạt"),
    F("(70%)", "70%", 70, "%", T, as_of=_Y2026, code=_TT),
    F("còn 14 xã", "14", 14, "xã", C, code=None, **_IN_XA),
    # VII. tasks: a count repeated, targets dated at their deadline, money (phone number no figure)
    F("với 718 TTHC", "718", 718, "TTHC", C, code=ANY, **_OPEN),
    F("tối thiểu 55%", "55%", 55, "%", T, as_of="2026-09-30", code=_NOP, **_IN_XA),
    F("phí 850 triệu", "850", 850, "triệu đồng", code=ANY, **_OPEN),
    F("với 100% dịch vụ", "100%", 100, "%", T, as_of=_Y2026, code=ANY),
]

# ------------------------------------------------------------ 581: Trung tâm PVHCC tỉnh Điện Biên, quý III năm 2025
_TTC = {"subject": "Trung tâm Phục vụ hành chính công tỉnh", "level": "tỉnh"}
_ROWS_581 = [
    ("Tháng 7/2025", "2025-07-31", "4.826 3.912 81,06 99,55 21", False),
    ("Tháng 8/2025", "2025-08-31", "5.318 4.406 82,85 99,66 17", False),
    ("Tháng 9/2025", "period", "5.642 4.771 84,56 99,80 12", False),
    ("Quý III/2025", "period", "15.786 13.089 82,92 99,68 50", False),
    ("Lũy kế 9 tháng", "period", "44.218 35.604 80,52 99,63 163", True),
]


def _table_581() -> list[Fact]:
    """Bảng 1 (tab-separated), one row per month, the quarter and the cumulative row (codes unchecked there)."""
    rows = []
    for label, as_of, raws, cumulative in _ROWS_581:
        values = raws.split()
        codes = [ANY] * 5 if cumulative else [_TN, _NOP, _NOP, _DH, _QH]
        units = ["hồ sơ", "hồ sơ", "%", "%", "hồ sơ"]
        cells = [(raw, unit, P, code, as_of, None) for raw, unit, code in zip(values, units, codes, strict=True)]
        rows.append(("\t".join([label, *values]), cells))
    facts = []
    for i, (line, cells) in enumerate(rows):
        after = rows[i + 1][0].split("\t")[0] if i + 1 < len(rows) else "\n2. Trong quý"
        facts += _cells(line, "\t", after, _TTC["subject"], "tỉnh", cells)
    return facts


BLIND_581 = [
    # I.1 counters, agencies, TTHC (QĐ 1254/QĐ-UBND cited)
    F("bố trí 38 quầy", "38", 38, "quầy", C, code=None, **_TTC),
    F("cho 19 sở", "19", 19, "đơn vị", C, code=None, **_IN_TINH),
    F("và 04 đơn vị", "04", 4, "đơn vị", C, code=None, **_OPEN),
    F("số 1.412 TTHC", "1.412", 1412, "TTHC", C, code=_TTHC, **_TTC),
    # Bảng 1
    *_table_581(),
    # I.2 the quarter (quý II dated 2025-06-30), averages, the window since 1 January 2025
    F("Trung tâm tiếp nhận 15.786", "15.786", 15786, "hồ sơ", C, code=_TN, **_TTC),
    F("tăng 1.204", "1.204", 1204, "hồ sơ", CH, code=ANY, **_TTC),
    F("(14.582 hồ sơ)", "14.582", 14582, "hồ sơ", PR, as_of=_Q2_2025, code=_TN, **_TTC),
    F("tháng 5.262", "5.262", 5262, "hồ sơ", code=ANY, **_TTC),
    F("khoảng 240 hồ sơ", "240", 240, "hồ sơ", code=ANY, **_TTC),
    F("trực tuyến 13.089,", "13.089", 13089, "hồ sơ", C, code=_NOP, **_TTC),
    F("chiếm 82,92 %", "82,92 %", 82.92, "%", code=_NOP, **_TTC),
    F("giải quyết 15.428", "15.428", 15428, "hồ sơ", C, code=ANY, **_TTC),
    F("trước hạn 15.378", "15.378", 15378, "hồ sơ", C, code=_DH, **_TTC),
    F("đạt 99,68%", "99,68%", 99.68, "%", code=_DH, **_TTC),
    F("quá hạn 50 hồ sơ", "50", 50, "hồ sơ", C, code=_QH, **_TTC),
    F("tiếp nhận 44.218", "44.218", 44218, "hồ sơ", C, code=ANY, **_TTC),
    # I.3 fields (subject unchecked, level tỉnh)
    F("đất đai 4.126", "4.126", 4126, "hồ sơ", C, code=_TN, **_IN_TINH),
    F("việc làm 2.847", "2.847", 2847, "hồ sơ", C, code=_TN, **_IN_TINH),
    F("kinh doanh 1.962", "1.962", 1962, "hồ sơ", C, code=_TN, **_IN_TINH),
    F("chiếm 26,14%", "26,14%", 26.14, "%", code=ANY, **_IN_TINH),
    F(", 18,03%", "18,03%", 18.03, "%", code=ANY, **_IN_TINH),
    F("và 12,43%", "12,43%", 12.43, "%", code=ANY, **_IN_TINH),
    F("còn 31 hồ sơ", "31", 31, "hồ sơ", C, code=_QH, **_IN_TINH),
    F("chiếm 62%", "62%", 62, "%", code=ANY, **_IN_TINH),
    # II. payment (quý II dated 2025-06-30), fees in đồng, the post office named in full
    F("có 6.412 hồ sơ", "6.412", 6412, "hồ sơ", C, code=ANY, **_TTC),
    F("đó 4.308 hồ sơ", "4.308", 4308, "hồ sơ", C, code=_TT, **_TTC),
    F("đạt 67,19%", "67,19%", 67.19, "%", code=_TT, **_TTC),
    F("tăng 8,46%", "8,46%", 8.46, "%", CH, code=_TT, **_TTC),
    F("(58,73%)", "58,73%", 58.73, "%", PR, as_of=_Q2_2025, code=_TT, **_TTC),
    F("là 2.184.560.000", "2.184.560.000", 2184560000, "đồng", code=ANY, **_TTC),
    F("tuyến 1.472.300.000", "1.472.300.000", 1472300000, "đồng", code=ANY, **_TTC),
    F("chuyển phát 2.730", "2.730", 2730, "bưu gửi", C, subject="Bưu điện tỉnh", level="tỉnh", code=ANY),
    F("cước 125.600.000", "125.600.000", 125600000, "đồng", subject="Bưu điện tỉnh", level="tỉnh", code=ANY),
    # III. dash list
    F("tiếp nhận: 94,36%", "94,36%", 94.36, "%", code=_SH, **_TTC),
    F("điện tử: 98,72%", "98,72%", 98.72, "%", code=_KQ, **_TTC),
    F("quầy: 99,4 %", "99,4 %", 99.4, "%", code=_HL, **_TTC),
    F("(9.872 lượt", "9.872", 9872, "lượt", C, code=ANY, **_TTC),
    F("đó 9.813 lượt", "9.813", 9813, "lượt", C, code=ANY, **_TTC),
    F("tiếp nhận 07 PAKN", "07", 7, "PAKN", C, code=_PAKN_TN, **_TTC),
    F("xử lý 07/07 PAKN", "07/07", 7, "PAKN", C, max_value=7, code=ANY, **_TTC),
    F("bình quân 3,5", "3,5", 3.5, "ngày", code=_PAKN_TIME, **_TTC),
    # IV. the province's index, the agencies at the Centre
    F("đạt 79,36/100", "79,36/100", 79.36, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 24/34", "24/34", 24, "hạng", R, max_value=34, code=_HANG),
    F("bình quân 84,12", "84,12", 84.12, "điểm", code=_TONG, **_IN_TINH),
    F("đó 11/19 cơ quan", "11/19", 11, "đơn vị", C, max_value=19, code=None, **_IN_TINH),
    F("08 cơ quan", "08", 8, "đơn vị", C, code=None, **_IN_TINH),
    # V. tasks (phone number no figure)
    F("dứt điểm 31 hồ sơ", "31", 31, "hồ sơ", C, code=ANY, **_OPEN),
    F("thêm 04 quầy", "04", 4, "quầy", C, code=None, **_OPEN),
    F("đến 100% xã", "100%", 100, "%", T, as_of="2025-11-30", code=ANY, **_OPEN),
    F("tối thiểu 75%", "75%", 75, "%", T, as_of=_Y2025, code=_TT, **_IN_TINH),
]

# ------------------------------------------------------------ 582: Sở Công Thương tỉnh Bắc Ninh, năm 2025
_SCT = {"subject": "Sở Công Thương", "level": "tỉnh"}
_QUARTERS_2025 = (_Q1_2025, _Q2_2025, _Q3_2025, "period", "period")
_ROWS_582 = [
    ("1", "Hồ sơ tiếp nhận", "hồ sơ", _TN, "3.146 3.528 3.902 4.215 14.791"),
    ("2", "Hồ sơ nộp trực tuyến", "hồ sơ", _NOP, "2.874 3.301 3.745 4.096 14.016"),
    ("3", "Tỷ lệ nộp trực tuyến", "%", _NOP, "91,35 93,57 95,98 97,18 94,76"),
    ("4", "Tỷ lệ giải quyết đúng hạn", "%", _DH, "99,62 99,71 99,85 100 99,80"),
    ("5", "Tỷ lệ thanh toán trực tuyến", "%", _TT, "72,40 78,16 84,35 88,92 81,64"),
    ("6", "Thứ hạng Bộ chỉ số trong khối sở, ban, ngành", "hạng", _HANG, "9 7 4 3 -"),
]


def _table_582() -> list[Fact]:
    """Bảng 1 (Markdown), one column per quarter and the year, units from the "Đơn vị tính" column; the Sở's rows;
    the rank row's cells kind rank without max, its "-" no figure."""
    rows = []
    for stt, label, unit, code, raws in _ROWS_582:
        values = raws.split()
        line = "| " + " | ".join([stt, label, unit, *values]) + " |"
        kind = R if unit == "hạng" else P
        cells = [(raw, unit, kind, code, as_of, None) for raw, as_of in zip(values, _QUARTERS_2025, strict=True)
                 if raw != "-"]
        rows.append((line, cells))
    facts = []
    for i, (line, cells) in enumerate(rows):
        after = f"| {_ROWS_582[i + 1][0]} | {_ROWS_582[i + 1][1]}" if i + 1 < len(rows) else "\nNăm 2025, Sở"
        facts += _cells(line, " | ", after, _SCT["subject"], "tỉnh", cells)
    return facts


def _field_582(name: str, files: str, share: str) -> list[Fact]:
    """A dash item "- <field>: n hồ sơ, trực tuyến x %;" (subject unchecked, level tỉnh)."""
    return [F(f"{name}: {files} hồ sơ", files, _num(files), "hồ sơ", C, code=_TN, **_IN_TINH),
            F(f"{files} hồ sơ, trực tuyến {share}", share, _num(share), "%", code=_NOP, **_IN_TINH)]


BLIND_582 = [
    # I. TTHC (Nghị quyết 202/2025/QH15 cited); the decisions were issued by UBND tỉnh
    F("thực hiện 142 TTHC", "142", 142, "TTHC", C, code=_TTHC, **_SCT),
    F("đó 118 TTHC", "118", 118, "TTHC", C, code=_TOAN, **_SCT),
    F("và 24 TTHC", "24", 24, "TTHC", C, code=_MOT, **_SCT),
    F("ban hành 06 quyết định", "06", 6, "quyết định", C, code=None, **_OPEN),
    F("với 37 TTHC", "37", 37, "TTHC", C, code=ANY, **_OPEN),
    F(", 21 TTHC", "21", 21, "TTHC", C, code=ANY, **_OPEN),
    F("và 09 TTHC", "09", 9, "TTHC", C, code=ANY, **_OPEN),
    # II. Bảng 1 and the prose on it (năm 2024 dated 2024-12-31; the quarters' counts at their ends)
    *_table_582(),
    F("tiếp nhận 14.791", "14.791", 14791, "hồ sơ", C, code=_TN, **_SCT),
    F("tăng 18,6%", "18,6%", 18.6, "%", CH, code=ANY, **_SCT),
    F("(12.471 hồ sơ)", "12.471", 12471, "hồ sơ", PR, as_of=_Y2024, code=_TN, **_SCT),
    F("chiếm 94,76%", "94,76%", 94.76, "%", code=_NOP, target=90, stated_status="đạt", **_SCT),
    F("(90%)", "90%", 90, "%", T, code=_NOP, **_SCT),
    F("tiếp nhận 1.233", "1.233", 1233, "hồ sơ", code=ANY, **_SCT),
    F("(4.215 hồ sơ)", "4.215", 4215, "hồ sơ", C, code=_TN, **_SCT),
    F("(3.146 hồ sơ)", "3.146", 3146, "hồ sơ", C, as_of=_Q1_2025, code=_TN, **_SCT),
    # fields (dash list)
    *_field_582("khí)", "6.842", "98,2 %"),
    *_field_582("lãm)", "5.126", "100 %"),
    *_field_582("An toàn thực phẩm", "1.318", "86,5 %"),
    *_field_582("công nghiệp", "1.505", "68,6 %"),
    # III. payment, money in three scales (năm 2024 dated 2024-12-31)
    F("có 5.284 hồ sơ", "5.284", 5284, "hồ sơ", C, code=ANY, **_SCT),
    F("đó 4.314 hồ sơ", "4.314", 4314, "hồ sơ", C, code=_TT, **_SCT),
    F("đạt 81,64%", "81,64%", 81.64, "%", code=_TT, **_SCT),
    F("là 2,35 tỷ", "2,35", 2.35, "tỷ đồng", code=ANY, **_SCT),
    F("(năm 2024: 1,98 tỷ", "1,98", 1.98, "tỷ đồng", PR, as_of=_Y2024, code=ANY, **_SCT),
    F("xăng dầu 850 triệu", "850", 850, "triệu đồng", code=ANY, **_SCT),
    F("xấp xỉ 1,2 tỷ", "1,2", 1.2, "tỷ đồng", code=ANY, **_SCT),
    F("phẩm 125.600.000", "125.600.000", 125600000, "đồng", code=ANY, **_SCT),
    # IV. the provincial e-commerce platform (no administrative body)
    F("có 2.416 doanh nghiệp", "2.416", 2416, "doanh nghiệp", C, code=ANY, **_OPEN),
    F("(tăng 386", "386", 386, "doanh nghiệp", CH, code=ANY, **_OPEN),
    F("khoảng 18.500", "18.500", 18500, "sản phẩm", C, code=ANY, **_OPEN),
    F("ước đạt 46,8", "46,8", 46.8, "tỷ đồng", code=ANY, **_OPEN),
    F("Có 1.024 cơ sở", "1.024", 1024, "cơ sở", C, code=ANY, **_OPEN),
    F("khoảng 95%", "95%", 95, "%", code=ANY, **_OPEN),
    # V. the Sở's index among the agencies (quý I dated 2025-03-31), SIPAS
    F("đạt 90,48/100", "90,48/100", 90.48, "điểm", max_value=100, code=_TONG, **_SCT),
    F("xếp thứ 3/19", "3/19", 3, "hạng", R, max_value=19, code=_HANG, **_SCT),
    F("tăng 6 bậc", "6", 6, "hạng", CH, code=_HANG, **_SCT),
    F("(xếp thứ 9/19)", "9/19", 9, "hạng", PR, max_value=19, as_of=_Q1_2025, code=_HANG, **_SCT),
    F("đạt 92,64%", "92,64%", 92.64, "%", code=_SIPAS, **_SCT),
    # VI. task targets (phone number no figure)
    F("hướng dẫn 100% cơ sở", "100%", 100, "%", T, as_of="2026-06-30", code=ANY, **_OPEN),
    F("tối thiểu 85%", "85%", 85, "%", T, as_of="2026-06-30", code=_NOP, **_IN_TINH),
    F("trên 85%", "85%", 85, "%", T, as_of=_Y2026, code=_TT, **_IN_TINH),
]

# ------------------------------------------------------------ 583: Kho bạc Nhà nước khu vực XIX, tháng 3 năm 2026
_KB = {"subject": "Kho bạc Nhà nước khu vực XIX", "level": "tỉnh"}


def _office_583(name: str, level: object, files: str, share: str) -> list[Fact]:
    """A dash item "- <office>: n hồ sơ; x%;" (files received, online share)."""
    return [F(f"{files} hồ sơ; {share}", files, _num(files), "hồ sơ", C, subject=name, level=level, code=_TN),
            F(f"hồ sơ; {share}", share, _num(share), "%", subject=name, level=level, code=_NOP)]


BLIND_583 = [
    # 1.a units using the treasury (subject and level unchecked)
    F("phục vụ 4.862 đơn vị", "4.862", 4862, "đơn vị", C, code=None, **_OPEN),
    F("đó 4.815 đơn vị", "4.815", 4815, "đơn vị", C, code=ANY, **_OPEN),
    F("đạt 99,03%", "99,03%", 99.03, "%", code=ANY, **_OPEN),
    # 1.b the month
    F("tiếp nhận 21.436 hồ sơ", "21.436", 21436, "hồ sơ", C, code=_TN, **_KB),
    F("tuyến 21.402", "21.402", 21402, "hồ sơ", C, code=_NOP, **_KB),
    F("chiếm 99,84 %", "99,84 %", 99.84, "%", code=_NOP, **_KB),
    F("giải quyết 21.398", "21.398", 21398, "hồ sơ", C, code=ANY, **_KB),
    F("đạt 100 %", "100 %", 100, "%", code=_DH, **_KB),
    F("còn 38 hồ sơ", "38", 38, "hồ sơ", C, code=ANY, **_KB),
    F("bình quân 0,6", "0,6", 0.6, "ngày", code=_TIME, **_KB),
    F("tiếp nhận 974", "974", 974, "hồ sơ", code=ANY, **_KB),
    # 1.c the months of quý I, the quarter to date (cùng kỳ = quý I năm 2025)
    F("lần lượt là 19.214", "19.214", 19214, "hồ sơ", C, as_of="2026-01-31", code=_TN, **_KB),
    F(", 18.262 và", "18.262", 18262, "hồ sơ", C, as_of="2026-02-28", code=_TN, **_KB),
    F("và 21.436 hồ sơ", "21.436", 21436, "hồ sơ", C, code=_TN, **_KB),
    F("tiếp nhận 58.912", "58.912", 58912, "hồ sơ", C, code=ANY, **_KB),
    F("năm 2025: 52.604", "52.604", 52604, "hồ sơ", PR, as_of=_Q1_2025, code=ANY, **_KB),
    F("tăng 11,99%", "11,99%", 11.99, "%", CH, code=ANY, **_KB),
    F("đạt 99,79%", "99,79%", 99.79, "%", code=ANY, **_KB),
    F("là 176.412", "176.412", 176412, "chứng từ", C, code=ANY, **_KB),
    # 2. payments, money in tỷ đồng (tháng 02/2026 dated 2026-02-28)
    F("tháng: 64.218", "64.218", 64218, "chứng từ", C, code=ANY, **_KB),
    F("bình quân 2.919", "2.919", 2919, "chứng từ", code=ANY, **_KB),
    F("tháng: 4.826,5", "4.826,5", 4826.5, "tỷ đồng", code=ANY, **_KB),
    F("đầu tư 1.942,3", "1.942,3", 1942.3, "tỷ đồng", code=ANY, **_KB),
    F("(chiếm 40,24%)", "40,24%", 40.24, "%", code=ANY, **_KB),
    F("xuyên 2.884,2", "2.884,2", 2884.2, "tỷ đồng", code=ANY, **_KB),
    F("tử: 3.126,8", "3.126,8", 3126.8, "tỷ đồng", code=ANY, **_KB),
    F("chiếm 98,5 %", "98,5 %", 98.5, "%", code=ANY, **_KB),
    F("với 06 ngân hàng", "06", 6, "ngân hàng", C, code=None, **_KB),
    F("hưởng: 12 món", "12", 12, "món", C, code=ANY, **_KB),
    F("giảm 9 món", "9", -9, "món", CH, code=ANY, **_KB),
    F("(21 món)", "21", 21, "món", PR, as_of="2026-02-28", code=ANY, **_KB),
    F("mới 286 tài khoản", "286", 286, "tài khoản", C, code=ANY, **_KB),
    F("đóng 1.142 tài khoản", "1.142", 1142, "tài khoản", C, code=ANY, **_KB),
    # 3. certificates, TTHC reviewed
    F("mới 412 chứng thư", "412", 412, "chứng thư", C, code=ANY, **_KB),
    F("hồi 1.086 chứng thư", "1.086", 1086, "chứng thư", C, code=ANY, **_KB),
    F("Rà soát 24 TTHC", "24", 24, "TTHC", C, code=ANY, **_KB),
    F("hóa 05 TTHC", "05", 5, "TTHC", C, code=ANY, **_KB),
    F("(đạt 20,83%", "20,83%", 20.83, "%", code=ANY, **_KB),
    F("khoảng 1,24 tỷ", "1,24", 1.24, "tỷ đồng", code=ANY, **_KB),
    # 4. PAKN and satisfaction
    F("tiếp nhận 03 phản ánh", "03", 3, "PAKN", C, code=_PAKN_TN, **_KB),
    F("trả lời 03/03 PAKN", "03/03", 3, "PAKN", C, max_value=3, code=ANY, **_KB),
    F("bình quân 2,5 ngày", "2,5", 2.5, "ngày", code=_PAKN_TIME, **_KB),
    F("Dịch vụ công: 1.248/1.262", "1.248/1.262", 1248, "lượt", C, max_value=1262, code=ANY, **_KB),
    F("đạt 98,89%", "98,89%", 98.89, "%", code=ANY, **_KB),
    # 5. by office
    *_office_583("Văn phòng Kho bạc Nhà nước khu vực XIX", "tỉnh", "6.842", "99,96%"),
    *_office_583("Phòng Giao dịch số 1", ANY, "5.318", "99,81%"),
    *_office_583("Phòng Giao dịch số 2", ANY, "4.926", "99,72%"),
    *_office_583("Phòng Giao dịch số 3", ANY, "2.415", "99,88%"),
    *_office_583("Phòng Giao dịch số 4", ANY, "1.935", "99,79%"),
    # 6. difficulties
    F("Còn 47 đơn vị", "47", 47, "đơn vị", C, code=None, **_OPEN),
    F("đó 31 đơn vị", "31", 31, "đơn vị", C, code=None, **_OPEN),
    F("; 14 xã", "14", 14, "xã", C, code=None, **_IN_XA),
    # 7. tasks (phone number no figure)
    F("chỉ đạo 47 đơn vị", "47", 47, "đơn vị", C, code=None, **_OPEN),
    F("chuyển 100% dự toán", "100%", 100, "%", T, as_of=_Y2026, code=ANY, **_OPEN),
]

# ------------------------------------------------------------ 584: Sở Nội vụ tỉnh Khánh Hòa, Thông báo quý IV/2025
_SNV = {"subject": "Sở Nội vụ", "level": "tỉnh"}


def _commune_584(name: str, raw: str) -> Fact:
    """A commune named before its score in brackets (subject as written, level xã)."""
    return F(f"{name} ({raw} điểm)", raw, _num(raw), "điểm", subject=name, level="xã", code=_TONG)


BLIND_584 = [
    # I.1 the province (quý III dated 2025-09-30), the series of quarters, the block of agencies
    F("đạt 85,92/100", "85,92/100", 85.92, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 9/34", "9/34", 9, "hạng", R, max_value=34, code=_HANG),
    F("(82,47 điểm, xếp", "82,47", 82.47, "điểm", PR, max_value=100, as_of=_Q3_2025, code=_TONG),
    F("xếp thứ 15/34)", "15/34", 15, "hạng", PR, max_value=34, as_of=_Q3_2025, code=_HANG),
    F("tăng 3,45 điểm", "3,45", 3.45, "điểm", CH, code=_TONG),
    F("tăng 6 bậc", "6", 6, "hạng", CH, code=_HANG),
    F("là 78,16 điểm", "78,16", 78.16, "điểm", as_of=_Q1_2025, code=_TONG),
    F("80,35 điểm (quý II)", "80,35", 80.35, "điểm", as_of=_Q2_2025, code=_TONG),
    F("82,47 điểm (quý III)", "82,47", 82.47, "điểm", as_of=_Q3_2025, code=_TONG),
    F("85,92 điểm (quý IV)", "85,92", 85.92, "điểm", code=_TONG),
    F("bình quân 88,06", "88,06", 88.06, "điểm", code=_TONG, **_IN_TINH),
    # I.2 the six groups
    F("minh bạch: 16,85/18", "16,85/18", 16.85, "điểm", max_value=18, code="766.cong_khai"),
    F("giải quyết: 19,12/20", "19,12/20", 19.12, "điểm", max_value=20, code="766.tien_do"),
    F("trực tuyến: 10,24/12", "10,24/12", 10.24, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến: 6,48/10", "6,48/10", 6.48, "điểm", max_value=10, code="766.thanh_toan"),
    F("hồ sơ: 17,35/22", "17,35/22", 17.35, "điểm", max_value=22, code="766.so_hoa"),
    F("hài lòng: 15,88/18", "15,88/18", 15.88, "điểm", max_value=18, code="766.hai_long"),
    # I.3 component shares (an approximation, a space before %), an average, PAKN
    F("khoảng 68%", "68%", 68, "%", code=_NOP),
    F("đúng hạn 98,7 %", "98,7 %", 98.7, "%", code=_DH),
    F("hồ sơ 86,15%", "86,15%", 86.15, "%", code=_SH),
    F("tuyến 51,26%", "51,26%", 51.26, "%", code=_TT, target=55, stated_status="chưa đạt"),
    F("năm 2025 là 55%", "55%", 55, "%", T, code=_TT),
    F("gần 3.900 hồ sơ", "3.900", 3900, "hồ sơ", code=ANY),
    F("tiếp nhận 126 phản ánh", "126", 126, "PAKN", C, code=_PAKN_TN),
    F("xử lý 119 PAKN", "119", 119, "PAKN", C, code=_PAKN_XL),
    F("đạt 94,44%", "94,44%", 94.44, "%", code=_PAKN_TL),
    # II.1 the communes after the merger, their block average (quý III dated 2025-09-30)
    F("có 65 đơn vị", "65", 65, "đơn vị", C, code=None, **_XA),
    F("(48 xã", "48", 48, "xã", C, code=None, **_IN_XA),
    F(", 16 phường", "16", 16, "phường", C, code=None, **_IN_XA),
    F(", 01 đặc khu)", "01", 1, "đặc khu", C, code=None, **_IN_XA),
    F("đạt 77,84 điểm", "77,84", 77.84, "điểm", code=_TONG, **_IN_XA),
    F("tăng 4,26 điểm", "4,26", 4.26, "điểm", CH, code=_TONG, **_IN_XA),
    F("(73,58 điểm)", "73,58", 73.58, "điểm", PR, as_of=_Q3_2025, code=_TONG, **_IN_XA),
    # II.2 counts by grade
    F("18/65 đơn vị", "18/65", 18, "đơn vị", C, max_value=65, code=None, **_IN_XA),
    F("Tốt, 35 đơn vị", "35", 35, "đơn vị", C, code=None, **_IN_XA),
    F("Khá, 10 đơn vị", "10", 10, "đơn vị", C, code=None, **_IN_XA),
    F("và 02 đơn vị", "02", 2, "đơn vị", C, code=None, **_IN_XA),
    # II.3 named communes
    _commune_584("phường Nha Trang", "93,46"),
    _commune_584("phường Phan Rang", "92,18"),
    _commune_584("xã Ninh Hải", "90,74"),
    _commune_584("xã Khánh Sơn", "56,20"),
    _commune_584("xã Bác Ái", "58,92"),
    # II.4 the communes' files (the 2025 target at the period end)
    F("tiếp nhận 168.426", "168.426", 168426, "hồ sơ", C, code=_TN, **_IN_XA),
    F("đơn vị 2.591", "2.591", 2591, "hồ sơ", code=ANY, **_IN_XA),
    F("đạt 61,38 %", "61,38 %", 61.38, "%", code=_NOP, **_IN_XA),
    F("có 41/65 đơn vị", "41/65", 41, "đơn vị", C, max_value=65, code=None, **_IN_XA),
    F("(60%)", "60%", 60, "%", T, code=_NOP, **_IN_XA),
    # III. the Sở Nội vụ named in full (quý III dated 2025-09-30)
    F("tiếp nhận 3.846", "3.846", 3846, "hồ sơ", C, code=_TN, **_SNV),
    F("trực tuyến 3.512", "3.512", 3512, "hồ sơ", C, code=_NOP, **_SNV),
    F("chiếm 91,32%", "91,32%", 91.32, "%", code=_NOP, **_SNV),
    F("chiếm 72,4%", "72,4%", 72.4, "%", code=ANY, **_IN_TINH),
    F("đạt 100%", "100%", 100, "%", code=_DH, **_SNV),
    F("cho 12.418 người", "12.418", 12418, "người", C, code=ANY, **_SNV),
    F("xấp xỉ 18,6 tỷ", "18,6", 18.6, "tỷ đồng", code=ANY, **_SNV),
    F("đạt 91,36/100", "91,36/100", 91.36, "điểm", max_value=100, code=_TONG, **_SNV),
    F("xếp thứ 2/19", "2/19", 2, "hạng", R, max_value=19, code=_HANG, **_SNV),
    F("2025: 88,94 điểm", "88,94", 88.94, "điểm", PR, max_value=100, as_of=_Q3_2025, code=_TONG, **_SNV),
    F("xếp thứ 4/19)", "4/19", 4, "hạng", PR, max_value=19, as_of=_Q3_2025, code=_HANG, **_SNV),
    # IV. task targets (phone number no figure)
    F("tối thiểu 60%", "60%", 60, "%", T, as_of="2026-03-31", code=_TT),
    F("tối thiểu 5.000 lượt", "5.000", 5000, "lượt", T, as_of=_Y2026, code=ANY, **_OPEN),
]

BLIND = {"580": BLIND_580, "581": BLIND_581, "582": BLIND_582, "583": BLIND_583, "584": BLIND_584}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "580": [
        ("2026-07-31", "day", "31/7/2026", "kết nối, đồng bộ dữ liệu", "Phòng Chuyển đổi số"),
        ("2026-09-30", "quarter", "quý III năm 2026", "nâng tỷ lệ hồ sơ nộp trực tuyến",
         "UBND các xã, phường thuộc khu vực tỉnh Bắc Kạn cũ"),
        ("2026-09-15", "day", "ngày mười lăm tháng 9 năm 2026", "nâng cấp Kho quản lý dữ liệu điện tử",
         "Trung tâm Công nghệ thông tin và Truyền thông"),
        ("2026-08-31", "month", "tháng 8/2026", "thuê dịch vụ ký số", "Phòng Kế hoạch - Tài chính"),
        ("2026-12-31", "year", "năm 2026", "tài khoản định danh điện tử", "Công an tỉnh"),
        # issued 06/7/2026: the first "ngày 25 hằng tháng" is 25/7/2026
        ("2026-07-25", "recurring", "25 hằng tháng", "gửi số liệu", "Các phòng, đơn vị thuộc Sở"),
    ],
    "581": [
        ("2025-10-20", "day", "20/10/2025", "giải quyết dứt điểm 31 hồ sơ đất đai quá hạn",
         "Phòng Tiếp nhận và Trả kết quả"),
        ("2025-10-31", "day", "ngày ba mươi mốt tháng 10 năm 2025", "bố trí thêm 04 quầy giao dịch",
         "Phòng Hành chính - Tổng hợp"),
        ("2025-11-30", "month", "tháng 11/2025", "tiếp nhận hồ sơ tại nhà", "Bưu điện tỉnh"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "thanh toán trực tuyến", "Các sở, ngành có quầy tại Trung tâm"),
        ("2025-12-31", "year", "năm 2025", "hệ thống xếp hàng tự động", "Phòng Công nghệ thông tin"),
        # issued 03/10/2025: the first "ngày 28 hằng tháng" is 28/10/2025
        ("2025-10-28", "recurring", "28 hằng tháng", "gửi báo cáo kết quả",
         "Cán bộ các sở, ngành làm việc tại Trung tâm"),
    ],
    "582": [
        ("2026-02-10", "day", "10/02/2026", "công bố danh mục TTHC", "Văn phòng Sở"),
        ("2026-06-30", "quarter", "quý II năm 2026", "thanh toán phí thẩm định trực tuyến",
         "Phòng Quản lý thương mại"),
        ("2026-06-30", "month", "tháng 6/2026", "hồ sơ trực tuyến lĩnh vực điện",
         "Phòng Kỹ thuật an toàn - Môi trường"),
        ("2026-04-20", "day", "ngày hai mươi tháng 4 năm 2026", "kết nối sàn thương mại điện tử",
         "Trung tâm Khuyến công và Xúc tiến thương mại"),
        ("2026-12-31", "year", "năm 2026", "duy trì tỷ lệ hồ sơ thanh toán trực tuyến",
         "Các phòng chuyên môn thuộc Sở"),
        # issued 12/01/2026: the first "ngày 20 hằng tháng" is 20/01/2026
        ("2026-01-20", "recurring", "20 hằng tháng", "gửi báo cáo tình hình giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "583": [
        ("2026-04-30", "day", "30/4/2026", "hoàn thành đăng ký", "UBND các xã, phường"),
        ("2026-04-30", "month", "tháng 4/2026", "mở tài khoản giao dịch", "Phòng Kiểm soát chi"),
        ("2026-06-30", "quarter", "quý II năm 2026", "đối chiếu số dư tài khoản",
         "Phòng Giao dịch số 1 và Phòng Giao dịch số 2"),
        ("2026-05-10", "day", "ngày mười tháng 5 năm 2026", "hệ thống hóa văn bản nội bộ",
         "Phòng Tổng hợp - Pháp chế"),
        ("2026-12-31", "year", "năm 2026", "phân hệ điện tử", "Sở Tài chính"),
        # issued 06/4/2026, after the 3rd: the first "ngày 03 hằng tháng" is 03/5/2026
        ("2026-05-03", "recurring", "03 hằng tháng", "gửi báo cáo nhanh", "Các Phòng Giao dịch"),
    ],
    "584": [
        ("2026-01-25", "day", "25/01/2026", "xây dựng kế hoạch khắc phục", "UBND xã Khánh Sơn và UBND xã Bác Ái"),
        ("2026-03-31", "quarter", "quý I năm 2026", "thanh toán trực tuyến", "Sở Tài chính"),
        ("2026-02-28", "month", "tháng 02/2026", "bố trí nhân lực hướng dẫn", "UBND các xã, phường, đặc khu"),
        ("2026-02-25", "day", "ngày hai mươi lăm tháng 02 năm 2026", "đồng bộ trạng thái hồ sơ",
         "Sở Khoa học và Công nghệ"),
        ("2026-12-31", "year", "năm 2026", "khảo sát mức độ hài lòng", "Trung tâm Phục vụ hành chính công tỉnh"),
        # issued 14/01/2026: the first "ngày 10 hằng tháng" is 10/02/2026
        ("2026-02-10", "recurring", "10 hằng tháng", "cập nhật số liệu",
         "Các sở, ban, ngành và UBND các xã, phường, đặc khu"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 580 a report of the Sở
# Khoa học và Công nghệ under "UBND TỈNH THÁI NGUYÊN"; 581 of the Trung tâm Phục vụ hành chính công under "UBND TỈNH
# ĐIỆN BIÊN"; 582 of the Sở Công Thương under "UBND TỈNH BẮC NINH"; 583 a Công văn of the Kho bạc Nhà nước khu vực
# XIX to UBND tỉnh Vĩnh Long (the province its text names; the place-date line "Vĩnh Long, …"); 584 a Thông báo of
# the Sở Nội vụ under "UBND TỈNH KHÁNH HÒA", signed by a deputy director.
META = {
    "580": {"doc_number": "186/BC-SKHCN", "doc_type": "Báo cáo", "issued_date": "2026-07-06",
            "province": "Thái Nguyên", "period_label": "6 tháng đầu năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-06-30", "signer": "Nguyễn Huy Hoàng"},
    "581": {"doc_number": "142/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-10-03",
            "province": "Điện Biên", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Lò Văn Thắng"},
    "582": {"doc_number": "58/BC-SCT", "doc_type": "Báo cáo", "issued_date": "2026-01-12",
            "province": "Bắc Ninh", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Phạm Văn Thắng"},
    "583": {"doc_number": "318/KBXIX-KSC", "doc_type": "Công văn", "issued_date": "2026-04-06",
            "province": "Vĩnh Long", "period_label": "tháng 3 năm 2026", "period_start": "2026-03-01",
            "period_end": "2026-03-31", "signer": "Trần Thanh Phong"},
    "584": {"doc_number": "46/TB-SNV", "doc_type": "Thông báo", "issued_date": "2026-01-14",
            "province": "Khánh Hòa", "period_label": "quý IV năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-12-31", "signer": "Lê Thị Thu Hà"},
}
