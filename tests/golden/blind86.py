"""Blind golden facts for corpus/blind86/505_binh_thuan.txt, 506_quang_nam.txt, 507_hai_phong.txt, 508_phu_yen.txt
and 509_lai_chau.txt.

The five documents were written by the developers for an eighty-sixth blind measurement (provinces, issuers, genres
and forms not used in sets 77–84; not real documents), and every row below was written by reading them, before any
extraction, restoration or pipeline code was run on them. They also serve as held-out text for diacritic restoration
(marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind84.py, blind16.py and blind13.py: rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`;
table cells are kind `value` even when they count (rank cells kind `rank`, plain numbers without max_value; signed
change cells kind `change`), with `extra={"source": "table"}`; a table column dated before the period end keeps kind
`value` with that date as `as_of`; `as_of="period"` is the period's end; a change is dated at the period end and a
fall ("giảm", a "-" sign, a bracketed "(0,32)" in a change column) is negative. `ANY` leaves a field unchecked where
the sentence names no catalogued indicator (`None` where it clearly names none: counts of decisions, units, times).
"thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of the files (or PAKN) an
indicator is computed on carries that indicator's code; every "đã giải quyết" count has its code unchecked. Counts of
local units take the unit of their first unit word ("04/10 huyện, thị xã, thành phố" → `huyện`, "09/38 xã, phường"
→ `xã`, "06/12 xã, thị trấn" → `xã`), counts of "cơ quan", "đơn vị", "sở, ban, ngành" → `đơn vị`, at the level of the
bodies counted; "toàn tỉnh có 38 đơn vị hành chính cấp xã (36 xã, 02 phường)" → the whole subject `cấp xã` (unit
`đơn vị`), its parts `xã` and `phường` (subject unchecked, level xã). A self-score carries its row's maximum; other
things counted take the noun as written (`nhân viên`, `quầy`, `lượt`, `giao dịch`, `lần`). Numbers written in words
are no figures ("Ba huyện", "chưa bằng một nửa", "tăng gấp đôi"). Dates, document numbers, cited decisions,
resolutions, plans and letters ("Quyết định số 766/QĐ-TTg", "Công văn số 4125/VPCP-KSTT", "Nghị quyết số
25/2023/NQ-HĐND", "Công văn số 412/VPUBND-KSTT", "Kế hoạch số 52/KH-UBND", "Quyết định số 45/2016/QĐ-TTg", "Kế hoạch
số 118/KH-UBND", "Nghị quyết số 21/2024/NQ-HĐND"), "Bộ chỉ số 766", "mức độ 2", the period words ("9 tháng đầu năm
2024", "từ ngày 01/4/2025 đến ngày 30/4/2025"), month headers ("Tháng 1" … "Tháng 9"), "tháng 2", "từ tháng 5", section
numbering ("I.", "1.", "a)", row numbers "1." … "6." inside a table's first column), the STT column, page footers
("Trang 1/2", "Trang 2/2"), street addresses ("số 19 đường Nguyễn Tất Thành", "số 18 Hoàng Diệu", "số 01 Trần Hưng
Đạo, phường 1"), phone numbers ("0252.3822.417", "0235.3810.624", "0225.3821.563", "0257.3823.567", "0213.3876.224"),
headings naming the next period ("III. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2024", "III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024 VÀ
KIẾN NGHỊ": no deadlines), a goal's time "Đến hết năm 2025" that names no body (no deadline), the "-" cell and years
are not figures.

New in this set:
- Multiples and fractions. A multiple written in digits is a figure: "gấp 1,8 lần so với cùng kỳ" (505) and "gấp 2,5
  lần cùng kỳ" (508) have unit `lần`, kind `value` (a ratio, not an increment: a reader would misread it as a change
  of +1,8), value as written, code unchecked, dated at the period end. "tăng gấp đôi" is a number word (no figure).
  A fraction of speech "chỉ bằng 1/3 cùng kỳ" (505), "mới bằng 1/4 chỉ tiêu" (508) is no figure: it counts nothing, has
  no unit, and reading it as the `x/y` form (1 of 3 units) would be wrong; it is the words "một phần ba" in digits.
  (Genuinely debatable; chosen and stated here so that an extraction reading it as a figure shows as an extra.)
- Ranks in words ("dẫn đầu", "đứng đầu", "đứng cuối") are no figures; the score or `n/N` rank next to them is, with
  the body they are about: "Sở Tư pháp dẫn đầu với 94,27 điểm", "thành phố Hội An đứng đầu với 90,46 điểm, xếp thứ
  1/18", "huyện Nam Trà My đứng cuối, xếp thứ 18/18", "Ban Quản lý … đứng cuối (72,58 điểm, xếp thứ 20/20)" (a proper
  name holding a place kept whole), "Sở Dân tộc và Tôn giáo đứng cuối, xếp thứ 17/17", "Phường Tân Phong dẫn đầu khối
  xã với 88,42 điểm, xếp thứ 1/38"; "dẫn đầu vùng đồng bằng sông Hồng" and "đứng đầu khu vực Nam Trung Bộ" state no
  figure.
- Negative changes in a change column: 507 writes them with a sign ("+1,44", "-2,5", "0": raw with its sign, as
  golden/blind83.py's 491), 509 in accounting brackets ("(0,32)", "(2,5)", "(2,48)", the caption saying "số trong
  ngoặc đơn là số giảm") next to unbracketed rises ("0,25"): the raw of a bracketed fall is the number inside the
  brackets ("2,5", value -2.5), as a bracketed previous value's raw leaves its brackets out.
- 505 is a Báo cáo of UBND tỉnh Bình Thuận to the Văn phòng Chính phủ, 9 tháng đầu năm 2024 (stated 01/01–30/9/2024),
  issued 07/10/2024. Province figures have subject NULL. NEW: a wide Markdown table by month ("Chỉ tiêu | Tháng 1 | …
  | Tháng 9 | Lũy kế") with the indicators as rows (files received, online, on-time and payment shares; the unit in
  the row label): "Tháng 1" … "Tháng 8" are dated at each month's end of 2024 (kind value; "Tháng 2" 2024-02-29),
  "Tháng 9" and "Lũy kế" at the period end; the "Lũy kế" cells repeat the prose figures. "14 quyết định" (code None),
  "236 TTHC" (code unchecked), "1.892 TTHC, trong đó: cấp tỉnh … cấp huyện … cấp xã" by level, a body's overdue files
  in brackets, "31,83%, chưa đạt chỉ tiêu năm 2024 là 40%" (target dated 2024-12-31), "52.614 hồ sơ thanh toán trực
  tuyến" (the payment code) with "(9 tháng đầu năm 2023: 29.230 hồ sơ)" dated 2023-09-30, digitisation by level after
  "lần lượt là", "64 PAKN (cùng kỳ năm 2023: 71 PAKN)" dated 2023-09-30, `81,46/100`, `31/63`, "tăng 5 bậc so với 6
  tháng đầu năm 2024 (xếp thứ 36/63)" dated 2024-06-30, six group scores `x/max`, block averages (subject unchecked),
  counts by grade, the best district-level unit in brackets. The task's "đạt tối thiểu 40% trong quý IV năm 2024"
  (subject and level unchecked) is dated 2024-12-31. Five deadlines: day, "chậm nhất" day in words, month, quarter
  (with the target), "trước ngày 20 hằng tháng" (issued 07/10/2024: first 20/10/2024).
- 506 is a Công văn đôn đốc of the Văn phòng UBND tỉnh Quảng Nam (header "ỦY BAN NHÂN DÂN / TỈNH QUẢNG NAM / VĂN
  PHÒNG", a "V/v" line) to three mountain districts, on tháng 4 năm 2025, issued 08/5/2025, before the merger. NEW: a
  TRANSPOSED tab-separated table, the units as columns ("Chỉ tiêu | Huyện Nam Trà My | Huyện Tây Giang | Huyện Phước
  Sơn | Toàn tỉnh") and the indicators as rows: a district column's cells have the column header as subject (level
  huyện), the "Toàn tỉnh" column's the province (subject NULL, level NULL); the rank row's cells are ranks among the
  18 district-level units (kind rank, no max written) and its "Toàn tỉnh" cell is a "-". The province's files, shares,
  `83,12/100`, `24/63`, "giảm 3 bậc so với tháng 3/2025 (xếp thứ 21/63)" (dated 2025-03-31). "02 lần" (unit `lần`, code
  None). "huyện Nam Trà My giảm 1,79 điểm so với tháng 3/2025 (70,14 điểm)" (previous without max), a district's
  overdue files, "06/12 xã, thị trấn", "cấp xã của huyện chỉ đạt 9,64%" (level xã), identity-account shares of the three
  districts after "lần lượt là" (subject unchecked: they are named together), the three districts together "3.337 hồ
  sơ, chiếm 5,43%" (subject unchecked, level huyện), "31 xã". Tasks: a count repeated, "đạt tối thiểu 50% trong quý II
  năm 2025" (the districts': subject unchecked, level huyện, dated 2025-06-30). Six deadlines after "Văn phòng UBND tỉnh
  đề nghị:": day, "chậm nhất" day in words, month, quarter (with the target), year, "trước ngày 05 hằng tháng" (issued
  08/5/2025, after the 5th: first 05/6/2025).
- 507 is a Thông báo of the Văn phòng UBND thành phố Hải Phòng (a centrally-run city: the city's figures have subject
  NULL) on the quý I năm 2025 results of its 17 agencies, issued 14/4/2025. NEW: a LONG Markdown table broken by a page
  end: rows 1–10 on page 1, a footer "Trang 1/2", a form feed, the header and separator REPEATED, rows 11–17 on page 2
  (the repeated header holds no figure). Each row: the quarter's score, "Điểm quý IV/2024" (dated 2024-12-31, kind
  value), the signed change (kind change, "0" a figure), the rank among the 17 (kind rank, no max); subject as written,
  level tỉnh ("Văn phòng UBND thành phố", "Công an thành phố", "Ban Quản lý Khu kinh tế Hải Phòng"). The city's
  `88,57/100`, `3/63`, "so với quý IV năm 2024 (87,92 điểm, xếp thứ 4/63) tăng 0,65 điểm và tăng 1 bậc", two group
  scores; the agencies' files (subject unchecked, level tỉnh); block average with "(quý IV năm 2024: 86,80 điểm)";
  counts by grade and by change ("08/17 cơ quan tăng điểm, 01 cơ quan giữ nguyên và 08 cơ quan giảm điểm"); the first
  and last agencies ("(giảm 2,55 điểm)"). The task's "đạt tối thiểu 90 điểm trong quý II năm 2025" (the agencies':
  subject unchecked, level tỉnh, dated 2025-06-30). Five deadlines after "Chủ tịch UBND thành phố yêu cầu:": day (two
  bodies), "chậm nhất" day in words, month, quarter (with the target), "trước ngày 10 hằng tháng" (issued 14/4/2025,
  after the 10th: first 10/5/2025).
- 508 is a Báo cáo of the Bưu điện tỉnh Phú Yên (header "TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM / BƯU ĐIỆN TỈNH PHÚ YÊN") on
  the files it takes in and results it returns through the public postal service (BCCI), 6 tháng đầu năm 2024, issued
  05/7/2024. Its own figures naming no body have subject "Bưu điện tỉnh" (level tỉnh; codes unchecked: its files are
  not the province's 766 files); "Bưu điện tỉnh Phú Yên xếp thứ 5/63" (named in full, the Tổng công ty's ranking, code
  unchecked); "tổng số hồ sơ tiếp nhận của toàn tỉnh (204.516 hồ sơ)" is the province's files received (subject NULL).
  "tăng 37,30% so với cùng kỳ năm 2023 (6.137 hồ sơ)" (previous dated 2023-06-30), "28 nhân viên", "26/28 nhân viên",
  "09 huyện, thị xã, thành phố", files by field (subject unchecked, level tỉnh), "1,6 ngày/hồ sơ", "28.000 đồng/hồ
  sơ" (unit `đồng`), money in `tỷ đồng`, `giao dịch`, survey `lượt`, "06/06 lượt". NEW: a dash list of the nine
  district-level areas whose items each hold two "+" sub-items of two figures: "- <area>:" / "+ Tiếp nhận qua BCCI n
  hồ sơ, chiếm x%;" / "+ Trả kết quả m lượt, tăng y% so với cùng kỳ." (subject the area as written, "Thành phố Tuy
  Hòa", "Huyện Sông Hinh", level huyện; codes unchecked; "giảm y%" negative; Sông Hinh's "gấp 2,5 lần cùng kỳ" a
  multiple, kind value). "02 quầy" in a task (count, subject and level unchecked). Six deadlines: day, "chậm nhất" day
  in words (two bodies), month, quarter, year (a request to the Văn phòng UBND tỉnh), "trước ngày 03 hằng tháng"
  (issued 05/7/2024, after the 3rd: first 03/8/2024).
- 509 is a Kế hoạch of UBND tỉnh Lai Châu (unchanged by the 1 July 2025 merger; ranks `/34`, communes under the
  two-tier government), issued 10/10/2025, reviewing quý III năm 2025 (its period: stated 01/7–30/9/2025). Province
  figures have subject NULL: `79,36/100`, `27/34`, "giảm 2,48 điểm so với quý II năm 2025 (81,84 điểm)" (previous with
  max 100, dated 2025-06-30). NEW: a table laid out with runs of spaces, header on two lines ("Điểm" / "tối đa", "Quý
  II" / "năm 2025"), a rule of dashes, six group rows and "Tổng cộng": the "Điểm tối đa" cell is a figure of its own
  (unit `điểm`, no max, code unchecked), the quý II/2025 cell (dated 2025-06-30) and quý III/2025 cell carry the row's
  maximum and the group's code (the total row: 100 and `766.tong_hop`), the change cell falls in brackets (see above).
  "(giảm 2,5 điểm)" is the payment group's fall. "38,46% (quý II năm 2025: 52,17%), chưa đạt chỉ tiêu năm 2025 là 60%",
  online shares by level after "trong đó", "cấp xã mới tiếp nhận 24.816 hồ sơ, chiếm 63,72%" (subject cấp xã), counts by
  grade of the communes ("09/38 xã, phường … 17 đơn vị … 12 đơn vị", level xã), block averages, first, second and last
  communes ("Phường Tân Phong", "phường Đoàn Kết", "xã Thu Lũm", level xã), overdue files. "II. MỤC TIÊU": the
  province's targets for the year ("tối thiểu 83 điểm", "60%", "80%", dated 2025-12-31). Task 4's "đạt tối thiểu 50%
  trong quý IV năm 2025" is each commune's (subject unchecked, level xã), dated 2025-12-31. Six deadlines: day, "chậm
  nhất" day in words, month, quarter (with the target), year "trong năm 2026", "trước ngày 22 hằng tháng" (issued
  10/10/2025: first 22/10/2025).
"""

from __future__ import annotations

from golden.facts import (
    _DH,
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
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_GROUPS = ("766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.hai_long", "766.so_hoa")
_PERIOD = "period"


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject,
              level=level, as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 505: UBND tỉnh Bình Thuận, 9 tháng đầu năm 2024
_MONTHS_2024 = ("2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30", "2024-05-31", "2024-06-30", "2024-07-31",
                "2024-08-31", _PERIOD, _PERIOD)
_SEP_2023 = "2023-09-30"
_H1_2024 = "2024-06-30"


def _month_row_505(unit: str, code: str, raws: str, after: str) -> list[Fact]:
    """One Markdown row of Bảng 1 by month: Tháng 1 … Tháng 8 dated at each month's end, Tháng 9 and "Lũy kế" at
    the period end; the province's (subject NULL)."""
    cells = [(raw, unit, P, code, as_of) for raw, as_of in zip(raws.split(), _MONTHS_2024, strict=True)]
    return _cells(None, None, cells, after, " | ", " |\n")


BLIND_505 = [
    # I.1 (766/QĐ-TTg, 4125/VPCP-KSTT cited)
    F("ban hành 14 quyết định", "14", 14, "quyết định", C, code=None),
    F("đối với 236 TTHC", "236", 236, "TTHC", C, code=ANY),
    F("tỉnh là 1.892 TTHC", "1.892", 1892, "TTHC", C, code=_TTHC),
    F("cấp tỉnh 1.508 TTHC", "1.508", 1508, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("cấp huyện 247 TTHC", "247", 247, "TTHC", C, subject="cấp huyện", level="huyện", code=_TTHC),
    F("cấp xã 137 TTHC", "137", 137, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    # I.2
    F("tiếp nhận 512.376 hồ sơ", "512.376", 512376, "hồ sơ", C, code=_TN),
    F("trực tuyến 296.422 hồ sơ", "296.422", 296422, "hồ sơ", C, code=_NOP),
    F("chiếm 57,85%", "57,85%", 57.85, "%", code=_NOP),
    F("giải quyết 497.215", "497.215", 497215, "hồ sơ", C, code=ANY),
    F("đúng hạn 491.842", "491.842", 491842, "hồ sơ", C, code=_DH),
    F("đạt 98,92%", "98,92%", 98.92, "%", code=_DH),
    F("quá hạn 5.373", "5.373", 5373, "hồ sơ", C, code=_QH),
    F("chiếm 1,08%", "1,08%", 1.08, "%", code=_QH),
    F("(3.916 hồ sơ)", "3.916", 3916, "hồ sơ", C, subject="Văn phòng Đăng ký đất đai tỉnh", level="tỉnh", code=_QH),
    # Bảng 1: the wide table by month
    *_month_row_505("hồ sơ", _TN, "58.214 39.826 57.903 55.418 60.127 58.392 61.745 62.480 58.271 512.376",
                    "| Tỷ lệ nộp trực tuyến"),
    *_month_row_505("%", _NOP, "49,62 51,08 54,37 56,12 58,45 59,86 61,24 62,93 64,15 57,85",
                    "| Tỷ lệ giải quyết trước hạn"),
    *_month_row_505("%", _DH, "98,41 98,65 98,87 98,90 99,02 98,96 99,08 99,13 99,06 98,92",
                    "| Tỷ lệ thanh toán trực tuyến"),
    *_month_row_505("%", _TT, "21,36 23,04 26,85 29,41 32,17 34,62 36,90 38,25 40,12 31,83", "\nSố hồ sơ"),
    # I.3 payment: target of the year; a multiple in digits is a figure, "gấp đôi" and "bằng 1/3" are not
    F("tháng đạt 31,83%", "31,83%", 31.83, "%", code=_TT, target=40, stated_status="chưa đạt"),
    F("năm 2024 là 40%", "40%", 40, "%", T, as_of="2024-12-31", code=_TT),
    F("có 52.614 hồ sơ", "52.614", 52614, "hồ sơ", C, code=_TT),
    F("gấp 1,8 lần", "1,8", 1.8, "lần", code=ANY),
    F("(9 tháng đầu năm 2023: 29.230 hồ sơ)", "29.230", 29230, "hồ sơ", PR, as_of=_SEP_2023, code=_TT),
    F("lần lượt là 91,24%", "91,24%", 91.24, "%", subject="cấp tỉnh", level="tỉnh", code=_SH),
    F("91,24%, 83,57%", "83,57%", 83.57, "%", subject="cấp huyện", level="huyện", code=_SH),
    F("và 70,38%", "70,38%", 70.38, "%", subject="cấp xã", level="xã", code=_SH),
    F("đạt 94,16%", "94,16%", 94.16, "%", code=_KQ),
    F("đạt 27,83%", "27,83%", 27.83, "%", code=_TSD),
    # I.4 PAKN; cùng kỳ năm 2023 dated 2023-09-30
    F("tiếp nhận 64 PAKN", "64", 64, "PAKN", C, code=_PAKN_TN),
    F("(cùng kỳ năm 2023: 71 PAKN)", "71", 71, "PAKN", PR, as_of=_SEP_2023, code=_PAKN_TN),
    F("xử lý 61 PAKN", "61", 61, "PAKN", C, code=_PAKN_XL),
    F("đạt 95,31%", "95,31%", 95.31, "%", code=_PAKN_TL),
    F("03 PAKN", "03", 3, "PAKN", C, code=ANY),
    # II. total, rank, previous rank (6 tháng đầu năm 2024 dated 2024-06-30), six groups
    F("đạt 81,46/100", "81,46/100", 81.46, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 31/63", "31/63", 31, "hạng", R, max_value=63, code=_HANG),
    F("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    F("(xếp thứ 36/63)", "36/63", 36, "hạng", PR, max_value=63, as_of=_H1_2024, code=_HANG),
    F("minh bạch 16,72/18", "16,72/18", 16.72, "điểm", max_value=18, code=_GROUPS[0]),
    F("giải quyết 18,95/20", "18,95/20", 18.95, "điểm", max_value=20, code=_GROUPS[1]),
    F("trực tuyến 8,64/12", "8,64/12", 8.64, "điểm", max_value=12, code=_GROUPS[2]),
    F("trực tuyến 5,21/10", "5,21/10", 5.21, "điểm", max_value=10, code=_GROUPS[3]),
    F("hài lòng 17,46/18", "17,46/18", 17.46, "điểm", max_value=18, code=_GROUPS[4]),
    F("hồ sơ 14,48/22", "14,48/22", 14.48, "điểm", max_value=22, code=_GROUPS[5]),
    # block averages (subject unchecked), counts by grade, the best district-level unit
    F("ngành đạt 84,27 điểm", "84,27", 84.27, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("huyện đạt 80,15 điểm", "80,15", 80.15, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("xã đạt 77,62 điểm", "77,62", 77.62, "điểm", subject=ANY, level="xã", code=_TONG),
    F("Có 12/20 sở", "12/20", 12, "đơn vị", C, max_value=20, subject=ANY, level="tỉnh", code=None),
    F("08 đơn vị", "08", 8, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("có 04/10 huyện", "04/10", 4, "huyện", C, max_value=10, subject=ANY, level="huyện", code=None),
    F("(86,93 điểm)", "86,93", 86.93, "điểm", subject="thị xã La Gi", level="huyện", code=_TONG),
    # III. the districts' target for quý IV (0252.3822.417 is a phone number)
    F("tối thiểu 40%", "40%", 40, "%", T, subject=ANY, level=ANY, as_of="2024-12-31", code=_TT),
]

# ------------------------------------------------------------ 506: Văn phòng UBND tỉnh Quảng Nam, tháng 4 năm 2025
_MAR_2025 = "2025-03-31"
_NTM = "huyện Nam Trà My"
_COLS_506 = ("Huyện Nam Trà My", "Huyện Tây Giang", "Huyện Phước Sơn", None)


def _col_row_506(unit: str, kind: str, code: str, raws: str, after: str, end: str = "\n") -> list[Fact]:
    """One tab-separated row of the transposed table: the three districts' cells (subject the column header, level
    huyện) and the "Toàn tỉnh" cell (the province: subject NULL); the rank row ends with a "-" (`end`)."""
    cells = [(raw, unit, kind, code, _PERIOD) for raw in raws.split()]
    return [F(fact.context, fact.raw, fact.value, fact.unit, fact.kind, subject=column,
              level="huyện" if column else None, code=fact.code, extra=TAB)
            for fact, column in zip(_cells(None, None, cells, after, "\t", end), _COLS_506, strict=False)]


BLIND_506 = [
    # the province (tháng 3/2025 dated 2025-03-31)
    F("tiếp nhận 61.482 hồ sơ", "61.482", 61482, "hồ sơ", C, code=_TN),
    F("trực tuyến đạt 64,37%", "64,37%", 64.37, "%", code=_NOP),
    F("đúng hạn đạt 98,74%", "98,74%", 98.74, "%", code=_DH),
    F("đạt 83,12/100", "83,12/100", 83.12, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 24/63", "24/63", 24, "hạng", R, max_value=63, code=_HANG),
    F("giảm 3 bậc", "3", -3, "hạng", CH, code=_HANG),
    F("(xếp thứ 21/63)", "21/63", 21, "hạng", PR, max_value=63, as_of=_MAR_2025, code=_HANG),
    # ranks in words ("dẫn đầu", "đứng cuối", "đứng đầu") are no figures; the numbers next to them are
    F("dẫn đầu với 94,27 điểm", "94,27", 94.27, "điểm", subject="Sở Tư pháp", level="tỉnh", code=_TONG),
    F("(72,58 điểm", "72,58", 72.58, "điểm", subject="Ban Quản lý các khu kinh tế và khu công nghiệp Quảng Nam",
      level="tỉnh", code=_TONG),
    F("xếp thứ 20/20)", "20/20", 20, "hạng", R, max_value=20,
      subject="Ban Quản lý các khu kinh tế và khu công nghiệp Quảng Nam", level="tỉnh", code=_HANG),
    F("đứng đầu với 90,46 điểm", "90,46", 90.46, "điểm", subject="thành phố Hội An", level="huyện", code=_TONG),
    F("xếp thứ 1/18", "1/18", 1, "hạng", R, max_value=18, subject="thành phố Hội An", level="huyện", code=_HANG),
    F("xếp thứ 2/18", "2/18", 2, "hạng", R, max_value=18, subject="thị xã Điện Bàn", level="huyện", code=_HANG),
    F("với 88,73 điểm", "88,73", 88.73, "điểm", subject="thị xã Điện Bàn", level="huyện", code=_TONG),
    F("xếp thứ 18/18", "18/18", 18, "hạng", R, max_value=18, subject=_NTM, level="huyện", code=_HANG),
    F("đã 02 lần", "02", 2, "lần", C, code=None),
    # transposed tab-separated table: districts as columns, "Toàn tỉnh" the province; "-" no figure
    *_col_row_506("hồ sơ", P, _TN, "1.246 984 1.107 61.482", "Tỷ lệ nộp trực tuyến"),
    *_col_row_506("%", P, _NOP, "31,06 35,47 38,92 64,37", "Tỷ lệ giải quyết"),
    *_col_row_506("%", P, _DH, "96,12 97,35 97,02 98,74", "Tỷ lệ thanh toán"),
    *_col_row_506("%", P, _TT, "18,47 21,08 24,39 42,15", "Tỷ lệ số hóa"),
    *_col_row_506("%", P, _SH, "52,36 58,14 55,71 79,86", "Điểm Bộ chỉ số"),
    *_col_row_506("điểm", P, _TONG, "68,35 71,62 70,84 83,12", "Xếp hạng trong"),
    *_col_row_506("hạng", R, _HANG, "18 16 17", "", "\t-\n"),
    # after the table
    F("giảm 1,79 điểm", "1,79", -1.79, "điểm", CH, subject=_NTM, level="huyện", code=_TONG),
    F("(70,14 điểm)", "70,14", 70.14, "điểm", PR, subject=_NTM, level="huyện", as_of=_MAR_2025, code=_TONG),
    F("còn 38 hồ sơ", "38", 38, "hồ sơ", C, subject="Huyện Tây Giang", level="huyện", code=_QH),
    F("đất đai 27 hồ sơ", "27", 27, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    F("có 06/12 xã", "06/12", 6, "xã", C, max_value=12, subject=ANY, level="xã", code=None),
    F("chỉ đạt 9,64%", "9,64%", 9.64, "%", subject=ANY, level="xã", code=_TT),
    F("lần lượt là 41,25%", "41,25%", 41.25, "%", subject=ANY, level="huyện", code=_TK),
    F("41,25%, 46,80%", "46,80%", 46.80, "%", subject=ANY, level="huyện", code=_TK),
    F("và 49,13%", "49,13%", 49.13, "%", subject=ANY, level="huyện", code=_TK),
    # the three districts together (subject unchecked, level huyện), the community digital teams, PAKN
    F("tổng cộng 3.337 hồ sơ", "3.337", 3337, "hồ sơ", C, subject=ANY, level="huyện", code=_TN),
    F("chiếm 5,43%", "5,43%", 5.43, "%", subject=ANY, level="huyện", code=ANY),
    F("tại 31 xã", "31", 31, "xã", C, subject=ANY, level="xã", code=None),
    F("nộp 412 hồ sơ", "412", 412, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("nhận 03 PAKN", "03", 3, "PAKN", C, subject=ANY, level=ANY, code=ANY),
    F("trong đó 02 PAKN", "02", 2, "PAKN", C, subject=ANY, level=ANY, code=ANY),
    # tasks: a count repeated, the three districts' target for quý II (0235.3810.624 is a phone number)
    F("dứt điểm 38 hồ sơ", "38", 38, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("tối thiểu 50%", "50%", 50, "%", T, subject=ANY, level="huyện", as_of="2025-06-30", code=_NOP),
]

# ------------------------------------------------ 507: Văn phòng UBND thành phố Hải Phòng, quý I năm 2025
_Q4_2024 = "2024-12-31"
_DTTG = "Sở Dân tộc và Tôn giáo"


def _agency_507(subject: str, score: str, before: str, change: str, rank: str, after: str) -> list[Fact]:
    """One Markdown row of Bảng 1: the quarter's score, quý IV/2024's (dated 2024-12-31), the signed change ("+1,44",
    "-2,5", "0"), the rank among the 17 (no max written)."""
    cells = [(score, "điểm", P, _TONG, _PERIOD), (before, "điểm", P, _TONG, _Q4_2024),
             (change, "điểm", CH, _TONG, _PERIOD), (rank, "hạng", R, _HANG, _PERIOD)]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_507 = [
    # I. the city (subject NULL); quý IV năm 2024 dated 2024-12-31; "dẫn đầu vùng" no figure
    F("đạt 88,57/100", "88,57/100", 88.57, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 3/63", "3/63", 3, "hạng", R, max_value=63, code=_HANG),
    F("(87,92 điểm", "87,92", 87.92, "điểm", PR, max_value=100, as_of=_Q4_2024, code=_TONG),
    F("xếp thứ 4/63)", "4/63", 4, "hạng", PR, max_value=63, as_of=_Q4_2024, code=_HANG),
    F("tăng 0,65 điểm", "0,65", 0.65, "điểm", CH, code=_TONG),
    F("tăng 1 bậc", "1", 1, "hạng", CH, code=_HANG),
    F("đạt 19,62/20", "19,62/20", 19.62, "điểm", max_value=20, code=_GROUPS[1]),
    F("đạt 17,35/22", "17,35/22", 17.35, "điểm", max_value=22, code=_GROUPS[5]),
    # the agencies' files (subject unchecked, level tỉnh)
    F("tiếp nhận 186.412", "186.412", 186412, "hồ sơ", C, subject=ANY, level="tỉnh", code=_TN),
    F("trực tuyến 158.736", "158.736", 158736, "hồ sơ", C, subject=ANY, level="tỉnh", code=_NOP),
    F("chiếm 85,15%", "85,15%", 85.15, "%", subject=ANY, level="tỉnh", code=_NOP),
    F("đạt 99,21%", "99,21%", 99.21, "%", subject=ANY, level="tỉnh", code=_DH),
    # II. block average, counts by grade and by change, first and last
    F("ngành đạt 87,03 điểm", "87,03", 87.03, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("(quý IV năm 2024: 86,80 điểm)", "86,80", 86.80, "điểm", PR, subject=ANY, level="tỉnh", as_of=_Q4_2024,
      code=_TONG),
    F("Có 05/17 cơ quan", "05/17", 5, "đơn vị", C, max_value=17, subject=ANY, level="tỉnh", code=None),
    F("Tốt, 10 cơ quan", "10", 10, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("Khá, 02 cơ quan", "02", 2, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("có 08/17 cơ quan", "08/17", 8, "đơn vị", C, max_value=17, subject=ANY, level="tỉnh", code=None),
    F("01 cơ quan", "01", 1, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("và 08 cơ quan", "08", 8, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("đứng đầu với 94,62 điểm", "94,62", 94.62, "điểm", subject="Sở Tư pháp", level="tỉnh", code=_TONG),
    F("xếp thứ 17/17", "17/17", 17, "hạng", R, max_value=17, subject=_DTTG, level="tỉnh", code=_HANG),
    F("(giảm 2,55 điểm)", "2,55", -2.55, "điểm", CH, subject=_DTTG, level="tỉnh", code=_TONG),
    # Bảng 1, broken by the page end (footer "Trang 1/2", form feed) with its header repeated on page 2
    *_agency_507("Sở Tư pháp", "94,62", "93,18", "+1,44", "1", "| 2 | Sở Y tế"),
    *_agency_507("Sở Y tế", "92,87", "91,05", "+1,82", "2", "| 3 | Sở Công Thương"),
    *_agency_507("Sở Công Thương", "91,36", "92,10", "-0,74", "3", "| 4 | Sở Nội vụ"),
    *_agency_507("Sở Nội vụ", "90,48", "88,23", "+2,25", "4", "| 5 | Văn phòng"),
    *_agency_507("Văn phòng UBND thành phố", "90,15", "90,15", "0", "5", "| 6 | Sở Khoa học"),
    *_agency_507("Sở Khoa học và Công nghệ", "89,72", "87,60", "+2,12", "6", "| 7 | Sở Giáo dục"),
    *_agency_507("Sở Giáo dục và Đào tạo", "88,94", "91,44", "-2,5", "7", "| 8 | Sở Tài chính"),
    *_agency_507("Sở Tài chính", "88,31", "86,97", "+1,34", "8", "| 9 | Sở Du lịch"),
    *_agency_507("Sở Du lịch", "87,65", "88,02", "-0,37", "9", "| 10 | Sở Văn hóa"),
    *_agency_507("Sở Văn hóa và Thể thao", "86,90", "85,41", "+1,49", "10", "\nTrang 1/2"),
    *_agency_507("Công an thành phố", "86,22", "84,75", "+1,47", "11", "| 12 | Sở Ngoại vụ"),
    *_agency_507("Sở Ngoại vụ", "85,47", "86,30", "-0,83", "12", "| 13 | Sở Nông nghiệp"),
    *_agency_507("Sở Nông nghiệp và Môi trường", "84,13", "82,56", "+1,57", "13", "| 14 | Thanh tra"),
    *_agency_507("Thanh tra thành phố", "83,58", "84,02", "-0,44", "14", "| 15 | Sở Xây dựng"),
    *_agency_507("Sở Xây dựng", "81,96", "83,71", "-1,75", "15", "| 16 | Ban Quản lý"),
    *_agency_507("Ban Quản lý Khu kinh tế Hải Phòng", "79,84", "80,39", "-0,55", "16", "| 17 | Sở Dân tộc"),
    *_agency_507(_DTTG, "77,25", "79,80", "-2,55", "17", "\nIII. Ý KIẾN"),
    # III. the agencies' target for quý II (0225.3821.563 is a phone number, "số 18 Hoàng Diệu" an address)
    F("tối thiểu 90 điểm", "90", 90, "điểm", T, subject=ANY, level="tỉnh", as_of="2025-06-30", code=_TONG),
]

# ------------------------------------------------------------ 508: Bưu điện tỉnh Phú Yên, 6 tháng đầu năm 2024
_BD = "Bưu điện tỉnh"
_H1_2023 = "2023-06-30"


def _bd(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Bưu điện tỉnh itself (code unchecked unless given)."""
    kw.setdefault("code", ANY)
    return F(context, raw, value, unit, kind, subject=_BD, level="tỉnh", **kw)


def _area_508(area: str, received: str, share: str, returned: str, change: tuple[str, str, float, str]) -> list[Fact]:
    """One dash item "- <area>:" with two "+" sub-items of two figures each: files received through BCCI and their
    share of the province's BCCI files; results returned (`lượt`) and their change against the same period of 2023
    (`change` = context, raw, value, unit: "tăng x%", "giảm x%" negative, "gấp 2,5 lần" a multiple, kind value)."""
    context, raw, value, unit = change
    kind = P if unit == "lần" else CH
    return [
        F(f"BCCI {received} hồ sơ", received, _num(received), "hồ sơ", C, subject=area, level="huyện", code=ANY),
        F(f"chiếm {share}%", share + "%", _num(share), "%", subject=area, level="huyện", code=ANY),
        F(f"Trả kết quả {returned} lượt", returned, _num(returned), "lượt", C, subject=area, level="huyện", code=ANY),
        F(context, raw, value, unit, kind, subject=area, level="huyện", code=ANY),
    ]


def _up(pct: str, sign: int = 1) -> tuple[str, str, float, str]:
    """A change of the results returned: "tăng x%" (or "giảm x%", negative)."""
    word = "tăng" if sign > 0 else "giảm"
    return f"{word} {pct}%", pct + "%", sign * _num(pct), "%"


BLIND_508 = [
    # I.1 (45/2016/QĐ-TTg, 118/KH-UBND cited); cùng kỳ năm 2023 dated 2023-06-30
    _bd("bố trí 28 nhân viên", "28", 28, "nhân viên", C),
    F("của 09 huyện", "09", 9, "huyện", C, subject=ANY, level="huyện", code=None),
    _bd("tiếp nhận 8.426 hồ sơ", "8.426", 8426, "hồ sơ", C),
    _bd("tăng 37,30%", "37,30%", 37.30, "%", CH),
    _bd("(6.137 hồ sơ)", "6.137", 6137, "hồ sơ", PR, as_of=_H1_2023),
    _bd("chiếm 4,12%", "4,12%", 4.12, "%"),
    F("(204.516 hồ sơ)", "204.516", 204516, "hồ sơ", C, code=_TN),
    F("tịch 3.215 hồ sơ", "3.215", 3215, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("đất đai 2.846 hồ sơ", "2.846", 2846, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("khác 2.365 hồ sơ", "2.365", 2365, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    _bd("bình quân 1,6 ngày", "1,6", 1.6, "ngày"),
    _bd("bình quân 28.000 đồng", "28.000", 28000, "đồng"),
    _bd("là 21.584 lượt", "21.584", 21584, "lượt", C),
    _bd("tăng 2.916 lượt", "2.916", 2916, "lượt", CH),
    _bd("nộp 15.238 hồ sơ", "15.238", 15238, "hồ sơ", C),
    _bd("chiếm 11,64%", "11,64%", 11.64, "%"),
    _bd("phí 3,86 tỷ đồng", "3,86", 3.86, "tỷ đồng"),
    _bd("với 4.215 giao dịch", "4.215", 4215, "giao dịch", C),
    _bd("26/28 nhân viên", "26/28", 26, "nhân viên", C, max_value=28),
    # I.2 dash list by area, "+" sub-items holding two figures each
    *_area_508("Thành phố Tuy Hòa", "2.614", "31,02", "6.380", _up("18,25")),
    *_area_508("Thị xã Sông Cầu", "896", "10,63", "2.214", _up("12,06")),
    *_area_508("Thị xã Đông Hòa", "1.032", "12,25", "2.648", _up("15,40")),
    *_area_508("Huyện Tuy An", "874", "10,37", "2.306", _up("9,87")),
    *_area_508("Huyện Phú Hòa", "718", "8,52", "1.872", _up("3,15", -1)),
    *_area_508("Huyện Tây Hòa", "806", "9,57", "2.015", _up("7,42")),
    *_area_508("Huyện Sơn Hòa", "512", "6,08", "1.386", _up("21,60")),
    *_area_508("Huyện Sông Hinh", "468", "5,55", "1.428", ("gấp 2,5 lần", "2,5", 2.5, "lần")),
    *_area_508("Huyện Đồng Xuân", "506", "6,01", "1.335", _up("1,62", -1)),
    # I.3 the Bưu điện's own survey and the Tổng công ty's ranking ("đứng đầu khu vực" no figure)
    _bd("ngẫu nhiên 1.200 lượt", "1.200", 1200, "lượt", C),
    _bd("đạt 97,58%", "97,58%", 97.58, "%"),
    _bd("có 06 lượt", "06", 6, "lượt", C),
    _bd("xong 06/06 lượt", "06/06", 6, "lượt", C, max_value=6),
    F("xếp thứ 5/63", "5/63", 5, "hạng", R, max_value=63, subject="Bưu điện tỉnh Phú Yên", level="tỉnh", code=ANY),
    # III. "bằng 1/4" (a fraction) is no figure; a count in a task (0257.3823.567 is a phone number)
    F("thêm 02 quầy", "02", 2, "quầy", C, subject=ANY, level=ANY, code=ANY),
]

# ------------------------------------------------------------ 509: UBND tỉnh Lai Châu, Kế hoạch after quý III 2025
_Q2_2025 = "2025-06-30"
_Y2025 = "2025-12-31"


def _spaced_cells(row: str, cells: list[tuple[str, float, str, object, float | None, str]], after: str) -> list[Fact]:
    """The numeric cells of one row of a table laid out with runs of spaces (the province's: subject NULL). `row` is
    the row from its first numeric cell to its end, as written; each cell `(raw, value, kind, code, max, as_of)`
    is read in order. A cell's context is the row from that cell on (a bracketed fall from its bracket), the line
    break and the start of the next line (`after`)."""
    facts, at = [], 0
    for raw, value, kind, code, max_value, as_of in cells:
        at = row.index(raw, at)
        start = at - 1 if row[at - 1] == "(" else at
        facts.append(F(row[start:] + "\n" + after, raw, value, "điểm", kind, max_value=max_value, as_of=as_of,
                       code=code, extra=TAB))
        at += len(raw)
    return facts


def _group_509(code: str, row: str, after: str) -> list[Fact]:
    """One row of Bảng 1: the maximum (a figure of its own: no max, code unchecked), quý II/2025 (dated 2025-06-30)
    and quý III/2025 carrying the row's maximum, the change ("(0,32)" a fall, negative; "0,25" a rise)."""
    top, before, now, change = row.split()
    fall = change.startswith("(")
    change_raw = change.strip("()")
    return _spaced_cells(row, [
        (top, _num(top), P, ANY, None, _PERIOD),
        (before, _num(before), P, code, _num(top), _Q2_2025),
        (now, _num(now), P, code, _num(top), _PERIOD),
        (change_raw, -_num(change_raw) if fall else _num(change_raw), CH, code, None, _PERIOD),
    ], after)


BLIND_509 = [
    # I.1 the province (subject NULL); quý II năm 2025 dated 2025-06-30 (before the merger: no rank compared)
    F("đạt 79,36/100", "79,36/100", 79.36, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 27/34", "27/34", 27, "hạng", R, max_value=34, code=_HANG),
    F("giảm 2,48 điểm", "2,48", -2.48, "điểm", CH, code=_TONG),
    F("(81,84 điểm)", "81,84", 81.84, "điểm", PR, max_value=100, as_of=_Q2_2025, code=_TONG),
    # Bảng 1 laid out with spaces; falls in brackets "(2,5)"
    *_group_509(_GROUPS[0], "18         16,84         16,52      (0,32)", "  2. Tiến độ giải quyết"),
    *_group_509(_GROUPS[1], "20         19,12         18,86      (0,26)", "  3. Dịch vụ công"),
    *_group_509(_GROUPS[2], "12          9,05          8,47      (0,58)", "  4. Thanh toán"),
    *_group_509(_GROUPS[3], "10          6,84          4,34       (2,5)", "  5. Mức độ"),
    *_group_509(_GROUPS[4], "18         16,90         17,15        0,25", "  6. Số hóa"),
    *_group_509(_GROUPS[5], "22         13,09         14,02        0,93", "  Tổng cộng"),
    *_group_509(_TONG, "100         81,84         79,36      (2,48)", "\n2. Hạn chế"),
    # I.2
    F("(giảm 2,5 điểm)", "2,5", -2.5, "điểm", CH, code=_GROUPS[3]),
    F("chỉ đạt 38,46%", "38,46%", 38.46, "%", code=_TT, target=60, stated_status="chưa đạt"),
    F("(quý II năm 2025: 52,17%)", "52,17%", 52.17, "%", PR, as_of=_Q2_2025, code=_TT),
    F("năm 2025 là 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
    F("đạt 61,28%", "61,28%", 61.28, "%", code=_NOP),
    F("cấp tỉnh 78,15%", "78,15%", 78.15, "%", subject="cấp tỉnh", level="tỉnh", code=_NOP),
    F("cấp xã 52,40%", "52,40%", 52.40, "%", subject="cấp xã", level="xã", code=_NOP),
    F("tiếp nhận 24.816", "24.816", 24816, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    F("chiếm 63,72%", "63,72%", 63.72, "%", subject="cấp xã", level="xã", code=ANY),
    F("có 38 đơn vị", "38", 38, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("(36 xã", "36", 36, "xã", C, subject=ANY, level="xã", code=None),
    F("02 phường)", "02", 2, "phường", C, subject=ANY, level="xã", code=None),
    F("Có 09/38 xã", "09/38", 9, "xã", C, max_value=38, subject=ANY, level="xã", code=None),
    F("Tốt, 17 đơn vị", "17", 17, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("Khá, 12 đơn vị", "12", 12, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("xã đạt 76,85 điểm", "76,85", 76.85, "điểm", subject=ANY, level="xã", code=_TONG),
    F("ngành đạt 84,60 điểm", "84,60", 84.60, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("với 88,42 điểm", "88,42", 88.42, "điểm", subject="Phường Tân Phong", level="xã", code=_TONG),
    F("xếp thứ 1/38", "1/38", 1, "hạng", R, max_value=38, subject="Phường Tân Phong", level="xã", code=_HANG),
    F("xếp thứ 2/38", "2/38", 2, "hạng", R, max_value=38, subject="phường Đoàn Kết", level="xã", code=_HANG),
    F("(86,95 điểm)", "86,95", 86.95, "điểm", subject="phường Đoàn Kết", level="xã", code=_TONG),
    F("(64,17 điểm", "64,17", 64.17, "điểm", subject="xã Thu Lũm", level="xã", code=_TONG),
    F("xếp thứ 38/38)", "38/38", 38, "hạng", R, max_value=38, subject="xã Thu Lũm", level="xã", code=_HANG),
    F("Còn 214 hồ sơ", "214", 214, "hồ sơ", C, code=_QH),
    F("chiếm 0,55%", "0,55%", 0.55, "%", code=_QH),
    F("đất đai 156 hồ sơ", "156", 156, "hồ sơ", C, subject=ANY, level=ANY, code=_QH),
    # II. the province's targets for the year ("Đến hết năm 2025" a goal's time, no task's deadline)
    F("tối thiểu 83 điểm", "83", 83, "điểm", T, as_of=_Y2025, code=_TONG),
    F("tối thiểu 60%;", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
    F("tối thiểu 80%", "80%", 80, "%", T, as_of=_Y2025, code=_SH),
    # III. each commune's target for quý IV (0213.3876.224 is a phone number)
    F("tối thiểu 50%", "50%", 50, "%", T, subject=ANY, level="xã", as_of=_Y2025, code=_TT),
]

BLIND = {"505": BLIND_505, "506": BLIND_506, "507": BLIND_507, "508": BLIND_508, "509": BLIND_509}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "505": [
        ("2024-10-31", "day", "31/10/2024", "giải quyết dứt điểm hồ sơ đất đai quá hạn", "Sở Tài nguyên và Môi trường"),
        ("2024-11-15", "day", "ngày 15 tháng 11 năm 2024", "làm rõ nguyên nhân", "UBND huyện Phú Quý"),
        ("2024-11-30", "month", "tháng 11/2024", "khắc phục lỗi đồng bộ dữ liệu", "Sở Thông tin và Truyền thông"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "đẩy mạnh thanh toán trực tuyến",
         "UBND các huyện, thị xã, thành phố"),
        # issued 07/10/2024: the first "ngày 20 hằng tháng" is 20/10/2024
        ("2024-10-20", "recurring", "20 hằng tháng", "gửi báo cáo kết quả giải quyết TTHC",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
    "506": [
        ("2025-05-15", "day", "15/5/2025", "kiểm điểm trách nhiệm", "UBND huyện Nam Trà My"),
        ("2025-05-20", "day", "ngày 20 tháng 5 năm 2025", "giải quyết dứt điểm 38 hồ sơ quá hạn",
         "UBND huyện Tây Giang"),
        ("2025-06-30", "month", "tháng 6/2025", "thu phí, lệ phí không dùng tiền mặt", "UBND huyện Phước Sơn"),
        ("2025-06-30", "quarter", "quý II năm 2025", "nâng tỷ lệ hồ sơ nộp trực tuyến",
         "UBND các huyện Nam Trà My, Tây Giang, Phước Sơn"),
        ("2025-12-31", "year", "năm 2025", "nâng cấp đường truyền", "Sở Khoa học và Công nghệ"),
        # issued 08/5/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/6/2025
        ("2025-06-05", "recurring", "05 hằng tháng", "báo cáo tiến độ khắc phục",
         "UBND các huyện Nam Trà My, Tây Giang, Phước Sơn"),
    ],
    "507": [
        ("2025-04-25", "day", "25/4/2025", "báo cáo giải trình nguyên nhân giảm điểm",
         "Sở Dân tộc và Tôn giáo, Ban Quản lý Khu kinh tế Hải Phòng"),
        ("2025-04-30", "day", "ngày 30 tháng 4 năm 2025", "rà soát toàn bộ hồ sơ cấp giấy phép xây dựng",
         "Sở Xây dựng"),
        ("2025-05-31", "month", "tháng 5/2025", "kết nối, đồng bộ kho dữ liệu số hóa", "Sở Khoa học và Công nghệ"),
        ("2025-06-30", "quarter", "quý II năm 2025", "nâng điểm Bộ chỉ số",
         "Các sở, ban, ngành xếp loại Khá, Trung bình"),
        # issued 14/4/2025, after the 10th: the first "ngày 10 hằng tháng" is 10/5/2025
        ("2025-05-10", "recurring", "10 hằng tháng", "tự chấm điểm", "Các sở, ban, ngành"),
    ],
    "508": [
        ("2024-07-31", "day", "31/7/2024", "bố trí thêm 02 quầy", "Bưu điện thành phố Tuy Hòa"),
        ("2024-08-15", "day", "ngày 15 tháng 8 năm 2024", "điểm hỗ trợ nộp hồ sơ trực tuyến lưu động",
         "Bưu điện huyện Sông Hinh, Bưu điện huyện Đồng Xuân"),
        ("2024-09-30", "month", "tháng 9/2024", "phần mềm theo dõi hồ sơ BCCI", "Phòng Kinh doanh dịch vụ"),
        ("2024-09-30", "quarter", "quý III năm 2024", "nâng số hồ sơ tiếp nhận qua BCCI",
         "Các Bưu điện huyện, thị xã, thành phố"),
        ("2024-12-31", "year", "năm 2024", "bổ sung danh mục TTHC", "Văn phòng UBND tỉnh"),
        # issued 05/7/2024, after the 3rd: the first "ngày 03 hằng tháng" is 03/8/2024
        ("2024-08-03", "recurring", "03 hằng tháng", "gửi số liệu kết quả", "Các Bưu điện huyện, thị xã, thành phố"),
    ],
    "509": [
        ("2025-10-31", "day", "31/10/2025", "tích hợp thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-11-15", "day", "ngày 15 tháng 11 năm 2025", "phương án khắc phục", "UBND xã Thu Lũm"),
        ("2025-11-30", "month", "tháng 11/2025", "bổ sung thiết bị số hóa", "Sở Khoa học và Công nghệ"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "nâng tỷ lệ hồ sơ thanh toán trực tuyến", "UBND các xã, phường"),
        ("2026-12-31", "year", "năm 2026", "chuẩn hóa quy trình nội bộ", "Trung tâm Phục vụ hành chính công tỉnh"),
        # issued 10/10/2025: the first "ngày 22 hằng tháng" is 22/10/2025
        ("2025-10-22", "recurring", "22 hằng tháng", "báo cáo kết quả thực hiện Kế hoạch",
         "Các sở, ngành, UBND các xã, phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 505's issuer is UBND tỉnh
# Bình Thuận; 506 a Công văn of the Văn phòng UBND tỉnh Quảng Nam, period the month its figures cover; 507 a Thông báo
# of the Văn phòng UBND thành phố Hải Phòng (the city is the province); 508's issuer the Bưu điện tỉnh Phú Yên; 509 a
# Kế hoạch of UBND tỉnh Lai Châu whose period is the quarter it reviews (named in its title).
META = {
    "505": {"doc_number": "312/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-10-07",
            "province": "Bình Thuận", "period_label": "9 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-09-30", "signer": "Đặng Hữu Khánh"},
    "506": {"doc_number": "1684/VPUBND-KSTT", "doc_type": "Công văn", "issued_date": "2025-05-08",
            "province": "Quảng Nam", "period_label": "tháng 4 năm 2025", "period_start": "2025-04-01",
            "period_end": "2025-04-30", "signer": "Trần Thị Mỹ Hạnh"},
    "507": {"doc_number": "96/TB-VP", "doc_type": "Thông báo", "issued_date": "2025-04-14",
            "province": "Hải Phòng", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Vũ Thị Thanh Hương"},
    "508": {"doc_number": "215/BC-BĐPY", "doc_type": "Báo cáo", "issued_date": "2024-07-05",
            "province": "Phú Yên", "period_label": "6 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-06-30", "signer": "Lê Hữu Phước"},
    "509": {"doc_number": "287/KH-UBND", "doc_type": "Kế hoạch", "issued_date": "2025-10-10",
            "province": "Lai Châu", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Lò Văn Thắng"},
}
