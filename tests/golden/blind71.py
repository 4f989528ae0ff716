"""Blind golden facts for corpus/blind71/430_quang_ngai.txt, 431_lang_son.txt, 432_vinh_long.txt,
433_ninh_binh.txt and 434_ho_chi_minh.txt.

The five documents were written by the developers for a seventy-first blind measurement (provinces after the
1 July 2025 merger, new layouts and wording; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text for
diacritic restoration (marks stripped, restored, compared with the file; 432 also as a partly unmarked input).

Same structure and conventions as golden/blind16.py (and blind13.py's table conventions): rows use
`golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose
and list counts are kind `count`; table cells are kind `value` even when they count (signed change cells kind
`change`); `as_of="period"` is the period's end; `ANY` leaves a field unchecked where the sentence names no
catalogued indicator (`None` where it clearly names none). Table cells carry `extra={"source": "table"}`.
"thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of local units takes
the unit of its first unit word ("71/96 xã, phường, đặc khu" → `xã`), counts of "đơn vị" the unit `đơn vị`; every
"đã giải quyết" count has its code unchecked; a relative change of a count has its code unchecked. A table column
dated before the period end keeps kind `value` with that date as `as_of`; a change is dated at the period end, a
fall ("giảm") is negative. All five are two-level (cấp tỉnh, cấp xã) and rank out of 34. Dates, document numbers,
cited circulars, plans, resolutions, letters and decisions ("Thông tư số 01/2020/TT-VPCP", "Kế hoạch số
118/KH-UBND", "Nghị quyết số 202/2025/QH15", "Công văn số 1574/UBND-KSTT", "Kế hoạch số 92/KH-UBND", "Kế hoạch số
35/KH-UBND", "Công văn số 2150/UBND-KSTT", "Quyết định số 766/QĐ-TTg"), "đến ngày 30/9/2025", section numbering
("I.", "1.", "II."), the STT/TT column, "Bảng 1", "Bảng 2", "Phụ lục 1", "Phụ lục 2", footnote markers ("[1]" …
"[7]"), phone numbers ("0255.3822.619", "0205.3812.486"), addresses ("số 52 đường Hùng Vương", "số 86 đường Lê
Thánh Tôn"), "Tổng đài 1022", "mức độ 2", times ("7 giờ 30", "17 giờ", "16 giờ"), "tuần 43" and the week's
dates, a page number after a page break ("2"), HTML attributes (`width="100%"`, `border="1"`), headings naming
the next period ("II. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2025", "II. NHIỆM VỤ THÁNG 11 NĂM 2025", "II. NHIỆM VỤ THÁNG
12 NĂM 2025", "IV. LƯU Ý TUẦN TỚI": no deadlines) and years are not figures.

New in this set (all after the 1 July 2025 merger):
- 430 is a quarterly Báo cáo of UBND tỉnh Quảng Ngãi (merged with Kon Tum) to the Văn phòng Chính phủ, quý III
  năm 2025 (stated as 01/7–30/9/2025, issued 08/10/2025), exported from Word to HTML: every paragraph a `<p>`
  line, bold figures `<b>61,13%</b>`, `&nbsp;` in "Kính gửi", tables as `<table>` markup, one `<tr>` a line,
  the header row in `<th>`, STT cells `<td align="center">`. The contexts are written on the text as stored
  (markup included, as seed 103's `<b>21/63`). Province figures have subject NULL. "toàn tỉnh có 96 đơn vị hành
  chính cấp xã (86 xã, 9 phường và 01 đặc khu)" → subject "cấp xã", level xã, units `đơn vị`, `xã`, `phường`,
  `đặc khu`. "11 quyết định" code None; "214 thủ tục" code unchecked. "So với quý II năm 2025 (số liệu cộng gộp
  của hai tỉnh trước hợp nhất: 172.930 hồ sơ) … tăng 13.522 hồ sơ": a previous value dated 2025-06-30 (the two
  former provinces added up are still the province's earlier figure) and a change. Bảng 1 (seven agencies,
  subject as written, level tỉnh; received, online share, on-time share, overdue; "100" and "0" cells; no
  total row). "chưa đạt chỉ tiêu năm 2025 là 60%": the target dated 2025-12-31, the 58,36% carries it with
  status "chưa đạt"; the task's "đạt tối thiểu 60%" is the province's target again. Bảng 2 (HTML) has columns
  "Tháng 8/2025" (dated 2025-08-31), "Tháng 9/2025" (the period) and a signed change (a fall "-0,07"), no maxima,
  and a bold "Tổng điểm" row (total; repeats the prose). Block averages (subject unchecked), "71/96 xã,
  phường, đặc khu xếp loại Tốt, 19 đơn vị … 06 đơn vị" (code None, level xã), two best and two worst communes
  with scores in brackets (level xã). Six deadlines: day, year (with the target), month, quarter for Công an
  tỉnh (not its partner after "phối hợp với"), "chậm nhất" day in words, "trước ngày 10 hằng tháng" (issued
  08/10/2025: first 10/10/2025).
- 431 is a monthly Báo cáo of the Văn phòng UBND tỉnh Lạng Sơn (header "UBND TỈNH LẠNG SƠN / VĂN PHÒNG") to the
  Chairman, tháng 10 năm 2025: province-wide figures, subject NULL. Its tab-separated table has a "Cấp" column
  whose merged cells are left blank on the following rows ("Cấp tỉnh" over rows 1-4, level tỉnh; "Cấp xã" over
  rows 5-10, level xã), a name wrapped onto a second line ("Trung tâm Phục vụ hành chính" / "công tỉnh": one
  unit, subject "Trung tâm Phục vụ hành chính công tỉnh"; the second line is no row), and a column headed "Tỷ lệ
  (%)" whose cells carry no % sign: unit `%`, the online share (the column before it counts files submitted
  online; a note under the table says so). Both count columns are files (`hồ sơ`), the online count carrying the
  online code. "chưa đạt chỉ tiêu năm 2025 (80%)": the target dated 2025-12-31, the 74,01% carries it with
  status "chưa đạt". "tăng 5.207 hồ sơ so với tháng 9/2025 (59.111 hồ sơ)", "(tháng 9/2025: 57,90%)", "giảm
  0,42 điểm và giảm 2 bậc so với tháng 9/2025 (84,48 điểm, xếp thứ 19/34)": changes and previous values dated
  2025-09-30. Six group scores "<group> x/max" separated by ";" without "đạt" (sum 84,06). "12/65 xã, phường"
  a count of communes (unit `xã`, max 65). Four deadlines: "chậm nhất" day, month for two named communes,
  quarter, "trước ngày 25 hằng tháng" (issued 05/11/2025: first 25/11/2025).
- 432 is a monthly Báo cáo of UBND phường Phú Khương (tỉnh Vĩnh Long after the merger with Bến Tre and Trà Vinh,
  named in "Kính gửi"), tháng 11 năm 2025, OCR-ed from a scan: some lines lost all their marks (the header "PHUONG
  PHU KHUONG", "nam" in the title, whole sentences "Tong so ho so tiep nhan …", a task line), a few letters are
  confused ("thêrn" for "thêm", "quà", "vục", "xă", "yểu"), and a page break is followed by the page number "2".
  Contexts on unmarked lines are written as the file has them; the figures themselves are intact. The period label
  is read restored ("tháng 11 năm 2025"). Every figure naming no body is the ward's (subject "UBND phường Phú
  Khương", level xã), except the procedures "thuộc thẩm quyền giải quyết của cấp xã áp dụng tại phường" (the
  ward's or its level's: subject ANY, level xã); the fields (dash list "- <field>: tiếp nhận …; trực tuyến …; đúng
  hạn …%" and overdue files in brackets) have subject ANY, level xã; "Trung tâm Phục vụ hành chính công phường đã
  tiếp đón 3.412 lượt" keeps the body as written (unit `lượt`). "(thang 10/2025: 1.987 ho so), tang 159 ho so",
  "(tháng 10/2025 xếp thứ 45/124), tang 8 bac": previous values dated 2025-10-31 and rises. "vuot chi tieu tinh
  giao nam 2025 (60%)": the ward's target dated 2025-12-31, "vượt" is met (status "đạt"). Electronic certification
  in `trường hợp` with a rise; VNeID accounts "thêrn 842 … lũy kế 31.507". Rank 37/124 among the province's
  communes; two group scores x/max; the communes' average (subject ANY). Four deadlines: day, month, "chậm nhất"
  day in words on an unmarked line, "trước ngày 20 hằng tháng" (issued 04/12/2025: first 20/12/2025).
- 433 is a Báo cáo of UBND tỉnh Ninh Bình (merged with Hà Nam and Nam Định), 11 tháng năm 2025 (01/01–30/11/2025,
  including the former provinces' figures before 01/7/2025), with figures partly in numbered footnotes ("[1]" …
  "[7]", placed after the tasks) and an appendix after the signature of two Markdown tables. Footnote figures
  are read like prose: [1] the published procedures' parts (code unchecked), [2] procedures by level, [3]
  files received by level ("kể cả hồ sơ cấp huyện trước ngày 01/7/2025" is no figure), [4] overdue files by field
  (subject and level unchecked), [5] the 2025 target "là 60%" (dated 2025-12-31; the 62,84% it is attached to
  carries it, no status stated), [6] "Tháng 10/2025 tỉnh đạt 86,91 điểm, xếp thứ 9/34" previous values dated
  2025-10-31 (the total on the /100 scale). "100% TTHC được công khai" is a share with code unchecked. "So với
  cùng kỳ năm 2024 (1.096.382 hồ sơ) … tăng 17,17%": previous value dated 2024-11-30, relative change. "23/129
  xã, phường" a count of communes. Phụ lục 1 lists the six groups with cells "x/max" (max_value from the cell)
  for "Tháng 10/2025" (dated 2025-10-31) and "Tháng 11/2025", and a "Tổng điểm" row (total, x/100). Phụ lục 2
  lists seven agencies (subject as written, level tỉnh; received, on-time share, payment share with a "0" cell,
  766 score without max). The target "đến hết năm 2025 tỷ lệ số hóa hồ sơ của cấp xã đạt tối thiểu 85%" is cấp
  xã's, dated 2025-12-31. Five deadlines: day, month, year (with the target), "chậm nhất" day in words (with a
  footnote marker after it), quarter of next year.
- 434 is a weekly Bản tin (doc_type "Bản tin") of the Trung tâm Phục vụ hành chính công of Thành phố Hồ Chí Minh
  (merged with Bình Dương and Bà Rịa - Vũng Tàu; header "UBND THÀNH PHỐ HỒ CHÍ MINH / TRUNG TÂM PHỤC VỤ HÀNH
  CHÍNH CÔNG"), "tuần 43 năm 2025 (Từ ngày 20/10/2025 đến ngày 24/10/2025)", issued Monday 27/10/2025, with
  bullets `•` and sub-bullets `–` and short "label: figure" lines. Section I is city-wide ("Toàn Thành phố":
  subject NULL), "Cấp thành phố" its own level (subject "cấp thành phố", level tỉnh), "Cấp xã (168 xã, phường,
  đặc khu)" (the 168 a count of communes, unit `xã`). "(tuần trước: 1.502 hồ sơ)" is a previous value dated at
  the previous week's last working day, Friday 2025-10-17. "71,45%, tăng 0,86% so với tuần trước; chỉ tiêu năm
  2025 là 80%, chưa đạt": change, target dated 2025-12-31, status. Section II "TẠI TRUNG TÂM" names no body: the
  Centre's own figures, subject "Trung tâm Phục vụ hành chính công thành phố", level tỉnh (new units `lượt`,
  `phút`, `phiếu`, `cuộc gọi`, code unchecked). Its Markdown table has no STT column (four agencies' and wards'
  received, overdue, on-time share; subject as written, agencies level tỉnh, "UBND phường …", "UBND xã …",
  "UBND đặc khu Côn Đảo" level xã; the file counts named by the title's "HỒ SƠ"). 46 figures only: the bulletin
  is short. Four deadlines in `–` lines: day, weekly recurring "trước 16 giờ thứ Sáu hằng tuần" (first Friday
  after issue: 31/10/2025), month, "chậm nhất" day in words for the Centre's own "Phòng Tiếp nhận và Trả kết
  quả".
"""

from __future__ import annotations

from golden.facts import (
    _CT,
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
_CUNG_CAP = "766.dvctt.tthc_cung_cap"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_Y2025 = "2025-12-31"


def _value(raw: str) -> tuple[float, float | None]:
    """A cell's number and, for a score written `x/max`, its maximum. A leading plus sign is dropped."""
    number, _, top = raw.lstrip("+").partition("/")
    return _num(number), (_num(top) if top else None)


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str, start: str = "") -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    opening markup (`start`) or separator before it, the rest of its row and the start of the next line
    (`after`), so that it occurs once and the raw text is found first at the cell itself even where the same
    figure recurs."""
    facts = []
    raws = [cell[0] for cell in cells]
    for i, (raw, unit, kind, code, as_of) in enumerate(cells):
        context = (start or sep) + sep.join(raws[i:]) + end + after
        value, top = _value(raw)
        facts.append(F(context, raw, value, unit, kind, max_value=top, subject=subject, level=level, as_of=as_of,
                       code=code, extra=TAB))
    return facts


def _html(subject: object, level: str | None, cells: list[tuple[str, str, str, object, str]],
          after: str) -> list[Fact]:
    """The cells of one `<tr>` row of `<td>` cells (Word's HTML export, one row a line)."""
    return _cells(subject, level, cells, after, "</td><td>", "</td></tr>\n", start="<td>")


# ------------------------------------------------------------ 430: UBND tỉnh Quảng Ngãi, quý III năm 2025
_Q2_2025 = "2025-06-30"
_AUG_430 = "2025-08-31"


def _row_430(subject: str, received: str, online: str, on_time: str, overdue: str, after: str) -> list[Fact]:
    """One HTML row of Bảng 1: files received, online share, on-time share, overdue files (a provincial agency)."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (on_time, "%", P, _DH, "period"), (overdue, "hồ sơ", P, _QH, "period")]
    return _html(subject, "tỉnh", cells, after)


def _group_430(code: str, august: str, september: str, change: str, after: str) -> list[Fact]:
    """One HTML row of Bảng 2: a group's score in August (dated 2025-08-31), in September and the signed change."""
    cells = [(august, "điểm", P, code, _AUG_430), (september, "điểm", P, code, "period"),
             (change, "điểm", CH, code, "period")]
    return _html(None, None, cells, after)


def _total_430() -> list[Fact]:
    """The bold "Tổng điểm" row of Bảng 2 (the total; its figures repeat the prose)."""
    row = "<td><b>84,72</b></td><td><b>86,20</b></td><td><b>+1,48</b></td></tr>\n</table>"
    return [F(row, "84,72", 84.72, "điểm", as_of=_AUG_430, code=_TONG, extra=TAB),
            F(row[row.index("<b>86,20"):], "86,20", 86.20, "điểm", code=_TONG, extra=TAB),
            F(row[row.index("<b>+1,48"):], "+1,48", 1.48, "điểm", CH, code=_TONG, extra=TAB)]


BLIND_430 = [
    # I.1 (01/2020/TT-VPCP, 118/KH-UBND, 202/2025/QH15 and their dates cited)
    F("toàn tỉnh có 96 đơn vị", "96", 96, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("(86 xã", "86", 86, "xã", C, subject="cấp xã", level="xã", code=None),
    F("xã, 9 phường", "9", 9, "phường", C, subject="cấp xã", level="xã", code=None),
    F("và 01 đặc khu", "01", 1, "đặc khu", C, subject="cấp xã", level="xã", code=None),
    F("ban hành 11 quyết định", "11", 11, "quyết định", C, code=None),
    F("công bố 214 thủ tục", "214", 214, "TTHC", C, code=ANY),
    F("là 1.986 TTHC", "1.986", 1986, "TTHC", C, code=_TTHC),
    F("cấp tỉnh 1.589 TTHC", "1.589", 1589, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("cấp xã 397 TTHC", "397", 397, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    # I.2
    F("có 1.214 TTHC", "1.214", 1214, "TTHC", C, code=_CUNG_CAP),
    F("(toàn trình 803", "803", 803, "TTHC", C, code=_TOAN),
    F("một phần 411", "411", 411, "TTHC", C, code=_MOT),
    F("<b>61,13%</b>", "61,13%", 61.13, "%", code=_CUNG_CAP),
    # I.3 quý II năm 2025 (the two former provinces added up) dated 2025-06-30
    F("tiếp nhận 186.452", "186.452", 186452, "hồ sơ", C, code=_TN),
    F("trực tuyến 138.917", "138.917", 138917, "hồ sơ", C, code=_NOP),
    F("chiếm 74,51%", "74,51%", 74.51, "%", code=_NOP),
    F("tỉnh tiếp nhận 31.206", "31.206", 31206, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_TN),
    F("xã tiếp nhận 155.246", "155.246", 155246, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    F("hợp nhất: 172.930 hồ sơ", "172.930", 172930, "hồ sơ", PR, as_of=_Q2_2025, code=_TN),
    F("tăng 13.522", "13.522", 13522, "hồ sơ", CH, code=_TN),
    F("giải quyết 179.388", "179.388", 179388, "hồ sơ", C, code=ANY),
    F("đúng hạn 177.941", "177.941", 177941, "hồ sơ", C, code=_DH),
    F("(đạt 99,19%)", "99,19%", 99.19, "%", code=_DH),
    F("quá hạn 1.447", "1.447", 1447, "hồ sơ", C, code=_QH),
    F("(chiếm 0,81%)", "0,81%", 0.81, "%", code=_QH),
    # Bảng 1 (HTML; `width="100%"` is markup, the STT cells are no figures; no total row)
    *_row_430("Sở Nông nghiệp và Môi trường", "6.842", "68,45", "96,12", "241", '<tr><td align="center">2'),
    *_row_430("Sở Xây dựng", "1.318", "81,94", "98,71", "15", '<tr><td align="center">3'),
    *_row_430("Sở Tư pháp", "5.206", "92,37", "100", "0", '<tr><td align="center">4'),
    *_row_430("Sở Công Thương", "2.417", "99,05", "100", "0", '<tr><td align="center">5'),
    *_row_430("Sở Y tế", "1.126", "87,30", "99,47", "5", '<tr><td align="center">6'),
    *_row_430("Sở Tài chính", "3.985", "95,62", "99,88", "4", '<tr><td align="center">7'),
    *_row_430("Sở Giáo dục và Đào tạo", "874", "76,20", "100", "0", "</table>"),
    # I.4 the 2025 target (dated at the year's end), "chưa đạt chỉ tiêu"
    F("toàn tỉnh đạt 58,36%", "58,36%", 58.36, "%", code=_TT, target=60, stated_status="chưa đạt"),
    F("năm 2025 là 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
    F("cấp tỉnh đạt 91,42%", "91,42%", 91.42, "%", subject="cấp tỉnh", level="tỉnh", code=_SH),
    F("cấp xã đạt 78,65%", "78,65%", 78.65, "%", subject="cấp xã", level="xã", code=_SH),
    F("điện tử đạt 95,08%", "95,08%", 95.08, "%", code=_KQ),
    F("số hóa đạt 46,27%", "46,27%", 46.27, "%", code=_TSD),
    F("(quý II năm 2025: 39,84%)", "39,84%", 39.84, "%", PR, as_of=_Q2_2025, code=_TSD),
    # I.5 (0255.3822.619 is a phone number, "số 52 đường Hùng Vương" an address)
    F("tiếp nhận 23 phản ánh", "23", 23, "PAKN", C, code=_PAKN_TN),
    F("xử lý 21 PAKN", "21", 21, "PAKN", C, code=_PAKN_XL),
    F("(đạt 91,30%)", "91,30%", 91.30, "%", code=_PAKN_TL),
    F("02 PAKN đang", "02", 2, "PAKN", C, code=ANY),
    F("TTHC đạt 97,35%", "97,35%", 97.35, "%", code=_HL),
    # I.6 (766/QĐ-TTg cited; "đến ngày 30/9/2025" is the period end); tháng 8/2025 dated 2025-08-31
    F("<b>86,20/100</b>", "86,20/100", 86.20, "điểm", max_value=100, code=_TONG),
    F("thứ 12/34", "12/34", 12, "hạng", R, max_value=34, code=_HANG),
    F("tăng 1,48 điểm", "1,48", 1.48, "điểm", CH, code=_TONG),
    F("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("(84,72 điểm", "84,72", 84.72, "điểm", PR, max_value=100, as_of=_AUG_430, code=_TONG),
    F("thứ 15/34)", "15/34", 15, "hạng", PR, max_value=34, as_of=_AUG_430, code=_HANG),
    # Bảng 2 (HTML): August column dated 2025-08-31, September = the period, signed change; no maxima
    *_group_430("766.cong_khai", "16,85", "17,10", "+0,25", '<tr><td align="center">2'),
    *_group_430("766.tien_do", "19,02", "19,21", "+0,19", '<tr><td align="center">3'),
    *_group_430("766.dvctt", "9,64", "9,87", "+0,23", '<tr><td align="center">4'),
    *_group_430("766.thanh_toan", "7,45", "7,38", "-0,07", '<tr><td align="center">5'),
    *_group_430("766.hai_long", "17,56", "17,71", "+0,15", '<tr><td align="center">6'),
    *_group_430("766.so_hoa", "14,20", "14,93", "+0,73", "<tr><td></td>"),
    *_total_430(),
    # block averages, counts by grade, best and worst communes
    F("ngành đạt 87,64 điểm", "87,64", 87.64, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("đặc khu đạt 81,09 điểm", "81,09", 81.09, "điểm", subject=ANY, level="xã", code=_TONG),
    F("Có 71/96", "71/96", 71, "xã", C, max_value=96, subject=ANY, level="xã", code=None),
    F("Tốt, 19 đơn vị", "19", 19, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("và 06 đơn vị", "06", 6, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("(93,48 điểm)", "93,48", 93.48, "điểm", subject="phường Cẩm Thành", level="xã", code=_TONG),
    F("(92,76 điểm)", "92,76", 92.76, "điểm", subject="phường Kon Tum", level="xã", code=_TONG),
    F("(71,35 điểm)", "71,35", 71.35, "điểm", subject="xã Tu Mơ Rông", level="xã", code=_TONG),
    F("(72,04 điểm)", "72,04", 72.04, "điểm", subject="xã Ba Tơ", level="xã", code=_TONG),
    # II.2 the province's target by the end of 2025, in the task of Sở Tài chính ("mức độ 2" is no figure)
    F("tối thiểu 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 431: Văn phòng UBND tỉnh Lạng Sơn, tháng 10 năm 2025
_SEP_431 = "2025-09-30"


def _row_431(subject: str, level: str, received: str, online: str, share: str, overdue: str,
             after: str) -> list[Fact]:
    """One tab-separated row of Bảng 1: files received, files submitted online, their share ("Tỷ lệ (%)",
    cells without a % sign), overdue files. The level comes from the merged "Cấp" cell above the row."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (share, "%", P, _NOP, "period"), (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, level, cells, after, "\t", "\n")


BLIND_431 = [
    # I.1 (1574/UBND-KSTT of 22/8/2025 cited)
    F("hiện là 1.942 TTHC", "1.942", 1942, "TTHC", C, code=_TTHC),
    F("(cấp tỉnh 1.571", "1.571", 1571, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("cấp xã 371", "371", 371, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    F("toàn trình là 1.108", "1.108", 1108, "TTHC", C, code=_TOAN),
    F("chiếm 57,05%", "57,05%", 57.05, "%", code=_TOAN),
    # I.2 tháng 9/2025 dated 2025-09-30; the 2025 target in brackets, "chưa đạt"
    F("tiếp nhận 64.318", "64.318", 64318, "hồ sơ", C, code=_TN),
    F("tăng 5.207", "5.207", 5207, "hồ sơ", CH, code=_TN),
    F("(59.111 hồ sơ)", "59.111", 59111, "hồ sơ", PR, as_of=_SEP_431, code=_TN),
    F("trực tuyến là 47.602", "47.602", 47602, "hồ sơ", C, code=_NOP),
    F("đạt 74,01%", "74,01%", 74.01, "%", code=_NOP, target=80, stated_status="chưa đạt"),
    F("năm 2025 (80%)", "80%", 80, "%", T, as_of=_Y2025, code=_NOP),
    F("giải quyết 61.874", "61.874", 61874, "hồ sơ", C, code=ANY),
    F("trước hạn 61.356", "61.356", 61356, "hồ sơ", C, code=_DH),
    F("đạt 99,16%", "99,16%", 99.16, "%", code=_DH),
    F("quá hạn 518", "518", 518, "hồ sơ", C, code=_QH),
    # Bảng 1 (tab-separated): "Cấp" merged (blank below its first row), row 4's name wrapped onto a 2nd line
    *_row_431("Sở Nông nghiệp và Môi trường", "tỉnh", "3.126", "2.418", "77,35", "64", "2\t\tSở Tư pháp"),
    *_row_431("Sở Tư pháp", "tỉnh", "2.754", "2.689", "97,64", "0", "3\t\tSở Xây dựng"),
    *_row_431("Sở Xây dựng", "tỉnh", "846", "702", "82,98", "9", "4\t\tTrung tâm"),
    *_row_431("Trung tâm Phục vụ hành chính công tỉnh", "tỉnh", "1.932", "1.611", "83,39", "2", "\t\tcông tỉnh"),
    *_row_431("Phường Lương Văn Tri", "xã", "4.215", "3.487", "82,73", "11", "6\t\tPhường Tam Thanh"),
    *_row_431("Phường Tam Thanh", "xã", "3.602", "2.950", "81,90", "6", "7\t\tXã Đồng Đăng"),
    *_row_431("Xã Đồng Đăng", "xã", "1.284", "903", "70,33", "17", "8\t\tXã Chi Lăng"),
    *_row_431("Xã Chi Lăng", "xã", "986", "612", "62,07", "21", "9\t\tXã Bình Gia"),
    *_row_431("Xã Bình Gia", "xã", "735", "402", "54,69", "14", "10\t\tXã Cao Lộc"),
    *_row_431("Xã Cao Lộc", "xã", "1.108", "779", "70,31", "8", "\nGhi chú"),
    # I.3 tháng 9/2025 dated 2025-09-30
    F("toàn tỉnh đạt 61,28%", "61,28%", 61.28, "%", code=_TT),
    F("(tháng 9/2025: 57,90%)", "57,90%", 57.90, "%", PR, as_of=_SEP_431, code=_TT),
    F("tăng 3,38%", "3,38%", 3.38, "%", CH, code=_TT),
    F("TTHC đạt 88,17%", "88,17%", 88.17, "%", code=_SH),
    F("điện tử đạt 93,52%", "93,52%", 93.52, "%", code=_KQ),
    F("mới đạt 41,06%", "41,06%", 41.06, "%", code=_TSD),
    # I.4 (0205.3812.486 is a phone number)
    F("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    F("xử lý 09/09 PAKN", "09/09", 9, "PAKN", C, max_value=9, code=_PAKN_XL),
    F("đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    # I.5 falls and tháng 9/2025 values dated 2025-09-30; six groups "<group> x/max" separated by ";"
    F("đạt 84,06/100", "84,06/100", 84.06, "điểm", max_value=100, code=_TONG),
    F("thứ 21/34", "21/34", 21, "hạng", R, max_value=34, code=_HANG),
    F("giảm 0,42 điểm", "0,42", -0.42, "điểm", CH, code=_TONG),
    F("giảm 2 bậc", "2", -2, "hạng", CH, code=_HANG),
    F("(84,48 điểm", "84,48", 84.48, "điểm", PR, max_value=100, as_of=_SEP_431, code=_TONG),
    F("thứ 19/34)", "19/34", 19, "hạng", PR, max_value=34, as_of=_SEP_431, code=_HANG),
    F("minh bạch 16,94/18", "16,94/18", 16.94, "điểm", max_value=18, code="766.cong_khai"),
    F("giải quyết 19,05/20", "19,05/20", 19.05, "điểm", max_value=20, code="766.tien_do"),
    F("trực tuyến 9,21/12", "9,21/12", 9.21, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến 6,88/10", "6,88/10", 6.88, "điểm", max_value=10, code="766.thanh_toan"),
    F("hài lòng 17,66/18", "17,66/18", 17.66, "điểm", max_value=18, code="766.hai_long"),
    F("hồ sơ 14,32/22", "14,32/22", 14.32, "điểm", max_value=22, code="766.so_hoa"),
    F("ngành đạt 86,15 điểm", "86,15", 86.15, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("phường đạt 80,37 điểm", "80,37", 80.37, "điểm", subject=ANY, level="xã", code=_TONG),
    F("Còn 12/65", "12/65", 12, "xã", C, max_value=65, subject=ANY, level="xã", code=None),
]

# ------------------------------------------------------------ 432: UBND phường Phú Khương, tháng 11 năm 2025
_PK = "UBND phường Phú Khương"
_OCT_432 = "2025-10-31"


def _pk(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the ward itself (subject the ward, level xã)."""
    return F(context, raw, value, unit, kind, subject=_PK, level="xã", **kw)


def _field_432(received: str, online: str, on_time: str) -> list[Fact]:
    """One dash line of a field of procedures: files received, submitted online (counts), on-time share.
    Contexts are written as the line is in the file (some lines lost their marks)."""
    return [F(*received, "hồ sơ", C, subject=ANY, level="xã", code=_TN),
            F(*online, "hồ sơ", C, subject=ANY, level="xã", code=_NOP),
            F(*on_time, "%", subject=ANY, level="xã", code=_DH)]


def _f(context: str, raw: str) -> tuple[str, str, float]:
    """Context, raw and value for `_field_432`."""
    return context, raw, _num(raw)


BLIND_432 = [
    # I.1 (92/KH-UBND of 18/7/2025 cited on a line without marks)
    # "TTHC … của cấp xã áp dụng tại phường": the ward's or its level's (subject unchecked)
    F("phường: 372 TTHC", "372", 372, "TTHC", C, subject=ANY, level="xã", code=_TTHC),
    F("trong đó 268 TTHC", "268", 268, "TTHC", C, subject=ANY, level="xã", code=_TOAN),
    F("(chiếm 72,04%)", "72,04%", 72.04, "%", subject=ANY, level="xã", code=_TOAN),
    F("104 TTHC", "104", 104, "TTHC", C, subject=ANY, level="xã", code=_MOT),
    # I.2 (lines without marks kept as written); tháng 10/2025 dated 2025-10-31
    _pk("trong thang: 2.146", "2.146", 2146, "hồ sơ", C, code=_TN),
    _pk("(thang 10/2025: 1.987", "1.987", 1987, "hồ sơ", PR, as_of=_OCT_432, code=_TN),
    _pk("tang 159 ho so", "159", 159, "hồ sơ", CH, code=_TN),
    _pk("trực tuyến: 1.683", "1.683", 1683, "hồ sơ", C, code=_NOP),
    _pk("đạt 78,42%", "78,42%", 78.42, "%", code=_NOP),
    _pk("Da giai quyet 2.071", "2.071", 2071, "hồ sơ", C, code=ANY),
    _pk("dung han 2.059", "2.059", 2059, "hồ sơ", C, code=_DH),
    _pk("(dat 99,42%)", "99,42%", 99.42, "%", code=_DH),
    _pk("qua han 12 ho so", "12", 12, "hồ sơ", C, code=_QH),
    F("đất đai (9 hồ sơ)", "9", 9, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    F("hộ tịch (3 hồ sơ)", "3", 3, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    _pk("trung bình 2,4", "2,4", 2.4, "ngày", code=_TIME),
    F("tiếp đón 3.412", "3.412", 3412, "lượt", C, subject="Trung tâm Phục vụ hành chính công phường", level="xã",
      code=ANY),
    # fields of procedures, a dash list (the ward's fields: subject unchecked)
    *_field_432(_f("tiếp nhận 684", "684"), _f("trực tuyến 612", "612"), _f("đúng hạn 99,56%", "99,56%")),
    *_field_432(_f("tiep nhan 521", "521"), _f("truc tuyen 398", "398"), _f("398 ho so; dung han 100%", "100%")),
    *_field_432(_f("tiếp nhận 347", "347"), _f("trực tuyến 205", "205"), _f("đúng hạn 97,38%", "97,38%")),
    *_field_432(_f("tiếp nhận 96", "96"), _f("trực tuyến 81", "81"), _f("81 hồ sơ; đúng hạn 100%", "100%")),
    *_field_432(_f("tiep nhan 213", "213"), _f("truc tuyen 187", "187"), _f("187 ho so; dung han 100%", "100%")),
    *_field_432(_f("tiếp nhận 158", "158"), _f("trực tuyến 112", "112"), _f("112 hồ sơ; đúng hạn 100%", "100%")),
    *_field_432(_f("tiếp nhận 127", "127"), _f("trực tuyến 88", "88"), _f("88 hồ sơ; đúng hạn 100%", "100%")),
    # I.3 ("2" after the page break is a page number) the province's 2025 target for the ward, "vuot" = met
    _pk("dat 64,17%", "64,17%", 64.17, "%", code=_TT, target=60, stated_status="đạt"),
    _pk("nam 2025 (60%)", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
    _pk("TTHC: 86,90%", "86,90%", 86.90, "%", code=_SH),
    _pk("điện tử: 94,25%", "94,25%", 94.25, "%", code=_KQ),
    _pk("chính: 1.126", "1.126", 1126, "trường hợp", C, code=_CT),
    _pk("tăng 214", "214", 214, "trường hợp", CH, code=_CT),
    # I.4 ("mức độ 2" is no figure; "thêrn" is an OCR'd "thêm")
    _pk("Tiep nhan 03 phan anh", "03", 3, "PAKN", C, code=_PAKN_TN),
    _pk("xu ly 03/03 PAKN", "03/03", 3, "PAKN", C, max_value=3, code=_PAKN_XL),
    _pk("TTHC đạt 98,73%", "98,73%", 98.73, "%", code=_HL),
    _pk("thêrn 842", "842", 842, "tài khoản", C, code=_TK),
    _pk("nay 31.507", "31.507", 31507, "tài khoản", C, code=_TK),
    # I.5 rank among the province's 124 xã, phường; tháng 10/2025 dated 2025-10-31
    _pk("đạt 82,64 điểm", "82,64", 82.64, "điểm", code=_TONG),
    _pk("thứ 37/124", "37/124", 37, "hạng", R, max_value=124, code=_HANG),
    _pk("thứ 45/124)", "45/124", 45, "hạng", PR, max_value=124, as_of=_OCT_432, code=_HANG),
    _pk("tang 8 bac", "8", 8, "hạng", CH, code=_HANG),
    _pk("đạt 15,36/22", "15,36/22", 15.36, "điểm", max_value=22, code="766.so_hoa"),
    _pk("đạt 7,12/10", "7,12/10", 7.12, "điểm", max_value=10, code="766.thanh_toan"),
    F("là 79,18 điểm", "79,18", 79.18, "điểm", subject=ANY, level="xã", code=_TONG),
]

# ------------------------------------------------------------ 433: UBND tỉnh Ninh Bình, 11 tháng năm 2025
_NOV_2024 = "2024-11-30"
_OCT_433 = "2025-10-31"


def _group_433(code: str, october: str, november: str, after: str) -> list[Fact]:
    """One Markdown row of Phụ lục 1: a group's score `x/max` in October (dated 2025-10-31) and November."""
    cells = [(october, "điểm", P, code, _OCT_433), (november, "điểm", P, code, "period")]
    return _cells(None, None, cells, after, " | ", " |\n")


def _row_433(subject: str, received: str, on_time: str, paid: str, score: str, after: str) -> list[Fact]:
    """One Markdown row of Phụ lục 2: files received, on-time share, payment share, 766 score (no maximum)."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (on_time, "%", P, _DH, "period"),
             (paid, "%", P, _TT, "period"), (score, "điểm", P, _TONG, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_433 = [
    # I.1 (01/2020/TT-VPCP cited; footnote markers "[1]" … "[7]" are no figures)
    F("ban hành 58 quyết định", "58", 58, "quyết định", C, code=None),
    F("công bố 1.126 TTHC", "1.126", 1126, "TTHC", C, code=ANY),
    F("là 2.047 TTHC", "2.047", 2047, "TTHC", C, code=_TTHC),
    F("100% TTHC được công khai", "100%", 100, "%", code=ANY),
    # I.2 cùng kỳ năm 2024 dated 2024-11-30; a relative change of files received
    F("tiếp nhận 1.284.605", "1.284.605", 1284605, "hồ sơ", C, code=_TN),
    F("trực tuyến 1.003.271", "1.003.271", 1003271, "hồ sơ", C, code=_NOP),
    F("chiếm 78,10%", "78,10%", 78.10, "%", code=_NOP),
    F("(1.096.382 hồ sơ)", "1.096.382", 1096382, "hồ sơ", PR, as_of=_NOV_2024, code=_TN),
    F("tăng 17,17%", "17,17%", 17.17, "%", CH, code=ANY),
    F("giải quyết 1.251.830", "1.251.830", 1251830, "hồ sơ", C, code=ANY),
    F("đúng hạn 1.240.592", "1.240.592", 1240592, "hồ sơ", C, code=_DH),
    F("đạt 99,10%", "99,10%", 99.10, "%", code=_DH),
    F("quá hạn 11.238", "11.238", 11238, "hồ sơ", C, code=_QH),
    # I.3 the 2025 target is in footnote [5]; no status stated
    F("đạt 62,84%", "62,84%", 62.84, "%", code=_TT, target=60),
    F("TTHC đạt 90,36%", "90,36%", 90.36, "%", code=_SH),
    F("điện tử đạt 96,15%", "96,15%", 96.15, "%", code=_KQ),
    F("số hóa đạt 51,20%", "51,20%", 51.20, "%", code=_TSD),
    # I.4
    F("Tiếp nhận 147", "147", 147, "PAKN", C, code=_PAKN_TN),
    F("xử lý 139 PAKN", "139", 139, "PAKN", C, code=_PAKN_XL),
    F("đạt 94,56%", "94,56%", 94.56, "%", code=_PAKN_TL),
    # I.5 ("Phụ lục 1 và Phụ lục 2" are names)
    F("đạt 87,52/100", "87,52/100", 87.52, "điểm", max_value=100, code=_TONG),
    F("thứ 7/34", "7/34", 7, "hạng", R, max_value=34, code=_HANG),
    F("ngành là 88,04 điểm", "88,04", 88.04, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("phường là 82,71 điểm", "82,71", 82.71, "điểm", subject=ANY, level="xã", code=_TONG),
    F("có 23/129", "23/129", 23, "xã", C, max_value=129, subject=ANY, level="xã", code=None),
    # II.3 the communes' target by the end of 2025
    F("tối thiểu 85%", "85%", 85, "%", T, subject="cấp xã", level="xã", as_of=_Y2025, code=_SH),
    # footnotes [1]-[6] ([7] cites Công văn số 2150/UBND-KSTT of 10/11/2025; 35/KH-UBND of 20/02/2025 cited)
    F("Gồm 512 TTHC", "512", 512, "TTHC", C, code=ANY),
    F("ban hành, 461 TTHC", "461", 461, "TTHC", C, code=ANY),
    F("và 153 TTHC", "153", 153, "TTHC", C, code=ANY),
    F("Cấp tỉnh 1.638", "1.638", 1638, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("cấp xã 409", "409", 409, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    F("tỉnh tiếp nhận 168.942", "168.942", 168942, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_TN),
    F("xã tiếp nhận 1.115.663", "1.115.663", 1115663, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    F("(8.914 hồ sơ)", "8.914", 8914, "hồ sơ", C, subject=ANY, level=ANY, code=_QH),
    F("(1.207 hồ sơ)", "1.207", 1207, "hồ sơ", C, subject=ANY, level=ANY, code=_QH),
    F("(652 hồ sơ)", "652", 652, "hồ sơ", C, subject=ANY, level=ANY, code=_QH),
    F("UBND tỉnh là 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
    F("đạt 86,91 điểm", "86,91", 86.91, "điểm", PR, max_value=100, as_of=_OCT_433, code=_TONG),
    F("thứ 9/34.", "9/34", 9, "hạng", PR, max_value=34, as_of=_OCT_433, code=_HANG),
    # Phụ lục 1 (Markdown): October column dated 2025-10-31, scores written x/max
    *_group_433("766.cong_khai", "17,05/18", "17,22/18", "| 2 | Tiến độ"),
    *_group_433("766.tien_do", "19,48/20", "19,53/20", "| 3 | Dịch vụ"),
    *_group_433("766.dvctt", "10,12/12", "10,30/12", "| 4 | Thanh toán"),
    *_group_433("766.thanh_toan", "7,61/10", "7,84/10", "| 5 | Mức độ"),
    *_group_433("766.hai_long", "17,80/18", "17,85/18", "| 6 | Số hóa"),
    *_group_433("766.so_hoa", "14,85/22", "14,78/22", "| | Tổng điểm"),
    *_group_433(_TONG, "86,91/100", "87,52/100", "\nPHỤ LỤC 2"),
    # Phụ lục 2 (Markdown) of the provincial agencies
    *_row_433("Sở Nông nghiệp và Môi trường", "42.816", "97,25", "55,40", "84,12", "| 2 | Sở Tư pháp"),
    *_row_433("Sở Tư pháp", "36.204", "99,96", "88,73", "93,05", "| 3 | Sở Xây dựng"),
    *_row_433("Sở Xây dựng", "5.318", "98,42", "61,08", "86,37", "| 4 | Sở Công Thương"),
    *_row_433("Sở Công Thương", "12.477", "100", "92,16", "91,40", "| 5 | Sở Y tế"),
    *_row_433("Sở Y tế", "4.905", "99,71", "70,52", "88,86", "| 6 | Sở Nội vụ"),
    *_row_433("Sở Nội vụ", "3.642", "100", "0", "89,54", "| 7 | Sở Giáo dục"),
    *_row_433("Sở Giáo dục và Đào tạo", "2.138", "99,86", "47,31", "87,92", ""),
]

# ------------------------------------------------------------ 434: Trung tâm PVHCC TP. Hồ Chí Minh, tuần 43 năm 2025
_TTPV = "Trung tâm Phục vụ hành chính công thành phố"
_WEEK_42 = "2025-10-17"


def _tt(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Centre's own one-stop shop (section II "TẠI TRUNG TÂM")."""
    return F(context, raw, value, unit, kind, subject=_TTPV, level="tỉnh", **kw)


def _row_434(subject: str, level: str, received: str, overdue: str, on_time: str, after: str) -> list[Fact]:
    """One Markdown row (no STT column): files received, overdue files, on-time share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (overdue, "hồ sơ", P, _QH, "period"),
             (on_time, "%", P, _DH, "period")]
    return _cells(subject, level, cells, after, " | ", " |\n")


BLIND_434 = [
    # I. the whole city (subject NULL); "tuần 43" and the week's dates are no figures
    F("tiếp nhận: 186.254", "186.254", 186254, "hồ sơ", C, code=_TN),
    F("Cấp thành phố: 42.607", "42.607", 42607, "hồ sơ", C, subject="cấp thành phố", level="tỉnh", code=_TN),
    F("(168 xã", "168", 168, "xã", C, subject="cấp xã", level="xã", code=None),
    F("đặc khu): 143.647", "143.647", 143647, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    F("trực tuyến: 152.391", "152.391", 152391, "hồ sơ", C, code=_NOP),
    F("(81,82%)", "81,82%", 81.82, "%", code=_NOP),
    F("giải quyết: 179.430", "179.430", 179430, "hồ sơ", C, code=ANY),
    F("trước hạn: 99,31%", "99,31%", 99.31, "%", code=_DH),
    F("Quá hạn: 1.238", "1.238", 1238, "hồ sơ", C, code=_QH),
    F("(tuần trước: 1.502", "1.502", 1502, "hồ sơ", PR, as_of=_WEEK_42, code=_QH),
    F("trực tuyến: 71,45%", "71,45%", 71.45, "%", code=_TT, target=80, stated_status="chưa đạt"),
    F("tăng 0,86%", "0,86%", 0.86, "%", CH, code=_TT),
    F("năm 2025 là 80%", "80%", 80, "%", T, as_of=_Y2025, code=_TT),
    F("giải quyết: 93,08%", "93,08%", 93.08, "%", code=_SH),
    # II. the Centre's own figures ("Tổng đài 1022" is a name; "7 giờ 30", "17 giờ", "số 86" are no figures)
    _tt("Tiếp nhận: 9.812", "9.812", 9812, "hồ sơ", C, code=_TN),
    _tt("kết quả: 9.376", "9.376", 9376, "hồ sơ", C, code=ANY),
    _tt("giao dịch: 14.205", "14.205", 14205, "lượt", C, code=ANY),
    _tt("trung bình: 12 phút", "12", 12, "phút", code=ANY),
    _tt("Hài lòng: 99,12%", "99,12%", 99.12, "%", code=_HL),
    _tt("trên 6.418 phiếu", "6.418", 6418, "phiếu", C, code=ANY),
    _tt("tiếp nhận 2.684", "2.684", 2684, "cuộc gọi", C, code=ANY),
    _tt("đó 2.571", "2.571", 2571, "cuộc gọi", C, code=ANY),
    # III. Markdown table (no STT; units named by the title's "HỒ SƠ")
    *_row_434("Sở Nông nghiệp và Môi trường", "tỉnh", "6.418", "412", "95,86", "| Sở Xây dựng"),
    *_row_434("Sở Xây dựng", "tỉnh", "2.215", "187", "97,12", "| Sở Tư pháp"),
    *_row_434("Sở Tư pháp", "tỉnh", "8.930", "64", "99,28", "| UBND phường Thủ Dầu Một"),
    *_row_434("UBND phường Thủ Dầu Một", "xã", "2.674", "96", "96,40", "| UBND phường Vũng Tàu"),
    *_row_434("UBND phường Vũng Tàu", "xã", "2.391", "78", "96,71", "| UBND xã Bình Chánh"),
    *_row_434("UBND xã Bình Chánh", "xã", "1.856", "61", "96,62", "| UBND phường Bến Thành"),
    *_row_434("UBND phường Bến Thành", "xã", "3.027", "45", "98,51", "| UBND đặc khu Côn Đảo"),
    *_row_434("UBND đặc khu Côn Đảo", "xã", "184", "9", "95,11", "\nIV. LƯU Ý"),
]

BLIND = {"430": BLIND_430, "431": BLIND_431, "432": BLIND_432, "433": BLIND_433, "434": BLIND_434}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "430": [
        ("2025-10-31", "day", "31/10/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Sở Nông nghiệp và Môi trường"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-11-30", "month", "tháng 11/2025", "nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh",
         "Sở Khoa học và Công nghệ"),
        ("2025-12-31", "quarter", "quý IV/2025", "kích hoạt tài khoản định danh điện tử", "Công an tỉnh"),
        ("2025-12-15", "day", "ngày 15 tháng 12 năm 2025", "số hóa hồ sơ, kết quả giải quyết TTHC",
         "UBND các xã, phường, đặc khu"),
        # issued 08/10/2025: the first "ngày 10 hằng tháng" is 10/10/2025
        ("2025-10-10", "recurring", "10 hằng tháng", "báo cáo Chủ tịch UBND tỉnh", "Văn phòng UBND tỉnh"),
    ],
    "431": [
        ("2025-11-15", "day", "15/11/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Sở Nông nghiệp và Môi trường"),
        ("2025-11-30", "month", "tháng 11/2025", "hướng dẫn người dân nộp hồ sơ trực tuyến",
         "UBND xã Bình Gia, UBND xã Chi Lăng"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "nâng cấp đường truyền, thiết bị số hóa",
         "Sở Khoa học và Công nghệ"),
        # issued 05/11/2025: the first "ngày 25 hằng tháng" is 25/11/2025
        ("2025-11-25", "recurring", "25 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "432": [
        ("2025-12-10", "day", "10/12/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2025-12-31", "month", "tháng 12/2025", "số hóa hồ sơ hộ tịch lưu trữ",
         "Trung tâm Phục vụ hành chính công phường"),
        # a line without marks: words, task and assignee as written
        ("2025-12-31", "day", "ngay 31 thang 12 nam 2025", "cap nhat du lieu ho tich", "Phong Van hoa - Xa hoi"),
        # issued 04/12/2025: the first "ngày 20 hằng tháng" is 20/12/2025
        ("2025-12-20", "recurring", "20 hằng tháng", "báo cáo kết quả cải cách TTHC", "Văn phòng HĐND và UBND phường"),
    ],
    "433": [
        ("2025-12-20", "day", "20/12/2025", "giải quyết dứt điểm hồ sơ đất đai quá hạn",
         "Sở Nông nghiệp và Môi trường"),
        ("2025-12-31", "month", "tháng 12/2025", "hoàn thiện tài khoản thu phí, lệ phí", "Sở Tài chính"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ số hóa hồ sơ của cấp xã", "UBND các xã, phường"),
        ("2026-01-31", "day", "ngày 31 tháng 01 năm 2026", "tích hợp dữ liệu hộ tịch, đất đai",
         "Sở Khoa học và Công nghệ"),
        ("2026-03-31", "quarter", "quý I năm 2026", "kiểm tra công tác kiểm soát TTHC", "Văn phòng UBND tỉnh"),
    ],
    "434": [
        ("2025-10-31", "day", "31/10/2025", "xử lý dứt điểm hồ sơ quá hạn", "Sở Nông nghiệp và Môi trường"),
        # issued Monday 27/10/2025: the first "thứ Sáu hằng tuần" is Friday 31/10/2025
        ("2025-10-31", "recurring", "thứ Sáu hằng tuần", "cập nhật số liệu hồ sơ quá hạn",
         "UBND các phường, xã, đặc khu"),
        ("2025-11-30", "month", "tháng 11/2025", "kết nối thu phí, lệ phí trực tuyến", "Sở Tài chính"),
        ("2025-11-05", "day", "ngày 05 tháng 11 năm 2025", "bổ sung quầy hỗ trợ nộp hồ sơ trực tuyến",
         "Phòng Tiếp nhận và Trả kết quả"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
META = {
    "430": {"doc_number": "486/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-10-08",
            "province": "Quảng Ngãi", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Lê Quang Thịnh"},
    "431": {"doc_number": "1287/BC-VP", "doc_type": "Báo cáo", "issued_date": "2025-11-05",
            "province": "Lạng Sơn", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Hoàng Văn Thắng"},
    "432": {"doc_number": "236/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-12-04",
            "province": "Vĩnh Long", "period_label": "tháng 11 năm 2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Nguyễn Thành Phong"},
    "433": {"doc_number": "903/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-12-05",
            "province": "Ninh Bình", "period_label": "11 tháng năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-11-30", "signer": "Trần Đức Minh"},
    "434": {"doc_number": "118/BT-TTPVHCC", "doc_type": "Bản tin", "issued_date": "2025-10-27",
            "province": "Hồ Chí Minh", "period_label": "tuần 43 năm 2025", "period_start": "2025-10-20",
            "period_end": "2025-10-24", "signer": "Phạm Minh Trí"},
}
