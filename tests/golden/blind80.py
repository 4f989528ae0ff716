"""Blind golden facts for corpus/blind80/475_bac_kan.txt, 476_ben_tre.txt, 477_binh_dinh.txt, 478_ninh_thuan.txt
and 479_tien_giang.txt.

The five documents were written by the developers for an eightieth blind measurement (provinces, issuers, wording
and layouts not used in sets 69–76; not real documents), and every row below was written by reading them, before any
extraction, restoration or pipeline code was run on them. They also serve as held-out text for diacritic restoration
(marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind76.py, blind16.py and blind13.py: rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`;
table cells are kind `value` even when they count (signed change cells kind `change`); `as_of="period"` is the
period's end; a table column dated before the period end keeps kind `value` with that date as `as_of`; a change is
dated at the period end and a fall ("giảm") is negative. `ANY` leaves a field unchecked where the sentence names no
catalogued indicator (`None` where it clearly names none). Table cells carry `extra={"source": "table"}`. "thủ tục"
counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of the files (or PAKN) an
indicator is computed on carries that indicator's code; every "đã giải quyết" / "đã trả kết quả" count has its code
unchecked; a relative change of a count ("tăng 18,44% so với cùng kỳ") has its code unchecked. Counts of local units
take the unit of their first unit word, counts of "sở, ban, ngành"/"đơn vị" → `đơn vị`. A previous total on the 766
scale carries max 100. Dates, document numbers, cited decisions, plans and letters ("Quyết định số 766/QĐ-TTg",
"Kế hoạch số 112/KH-UBND", "Công văn số 487/VP-KSTT", "Quyết định số 1027/QĐ-UBND"), section numbering ("I.", "1.",
"Bảng 1.", "Bảng 2."), the STT/TT column and the Roman section numbers in it ("I", "II", "III"), the numbered tasks,
phone numbers ("0209.3870.528", "0275.3822.146", "0256.3817.620", "0273.3877.755"), street addresses ("số 28 đường
Hùng Vương", "số 02 Trần Phú"), "phòng họp số 2", headings naming the next period ("III. NHIỆM VỤ TRỌNG TÂM QUÝ II
NĂM 2025", "VI. NHIỆM VỤ QUÝ II NĂM 2025", "IV. NHIỆM VỤ THÁNG 6 NĂM 2025": no deadlines, no figures), "báo cáo quý II"
and years are not figures.

New in this set (all in 2025, before the 1 July 2025 merger; ranks among 63 provinces):
- 475 is a quarterly Báo cáo of the Văn phòng UBND tỉnh Bắc Kạn (header "UBND TỈNH BẮC KẠN / VĂN PHÒNG") to the
  Chairman, quý I năm 2025, issued 07/4/2025, whose figures are almost all in two Markdown tables. NEW: Bảng 1 is one
  long table with section rows inside it ("| I | CẤP TỈNH | | | | |", "| II | CẤP HUYỆN |", "| III | CẤP XÃ |": empty
  cells, no figures; the Roman numeral is no figure), the units of each section (five Sở-level rows, "Các cơ quan còn
  lại" = subject ANY, level tỉnh; eight district-level units, subject as written "UBND huyện Ba Bể", level huyện),
  a subtotal row after each section ("Cộng cấp tỉnh" → subject "cấp tỉnh", level tỉnh; "Cộng cấp huyện" → "cấp
  huyện"; "Cộng cấp xã", the only row of section III, → "cấp xã", level xã) and a "TOÀN TỈNH" row (the province:
  subject NULL). The level of a unit row is its section's. Columns: files received (hồ sơ, received code), online
  share, on-time share (cells without `%`, unit `%`), overdue files (hồ sơ, overdue code); "100" and "0" cells.
  Bảng 2 lists the six 766 groups with "Quý IV/2024" (dated 2024-12-31), "Quý I/2025" and a signed change (one fall
  "-0,07") and a "Tổng điểm" row (766 total); no maximum is written in the table, so no max_value. Prose: "tăng 2.914
  hồ sơ so với quý IV năm 2024 (36.322 hồ sơ)", `81,84/100`, `38/63`, "tăng 6 bậc … (xếp thứ 44/63)" (dated
  2024-12-31), "chưa đạt chỉ tiêu năm 2025 là 45%" (target dated 2025-12-31). In the tasks, "38 hồ sơ quá hạn" is a
  count repeated (subject, level and code unchecked) and "đạt tối thiểu 45% trong quý II năm 2025" a target set by
  UBND các huyện for their communes (subject and level unchecked), dated 2025-06-30. Five deadlines: day, "chậm nhất"
  day in words, month, quarter (with the target), "trước ngày 22 hằng tháng" (issued 07/4/2025: first 22/4/2025).
- 476 is a quarterly Báo cáo of the Sở Công Thương tỉnh Bến Tre (header "UBND TỈNH BẾN TRE / SỞ CÔNG THƯƠNG"), quý I
  năm 2025, issued 03/4/2025. Every figure is the Sở's (subject "Sở Công Thương", level tỉnh) but the fields of its
  table (subject ANY, level tỉnh) and a count in a task. NEW: almost every figure is followed by a bracket of two
  comparisons "(cùng kỳ: …; kỳ trước: …)", the document stating once that "cùng kỳ" is quý I năm 2024 and "kỳ trước"
  quý IV năm 2024: each is kind `previous` with the figure's unit and code, dated 2024-03-31 and 2024-12-31
  respectively; bare numbers in a bracket ("(cùng kỳ: 128; kỳ trước: 130)", "(cùng kỳ: 36; kỳ trước: 25)") take
  the unit of the figure they follow (TTHC, hồ sơ, PAKN); "(cùng kỳ: thứ 11/20; kỳ trước: thứ 6/20)" are previous
  ranks with max 20. "tăng 18,44% so với cùng kỳ" is a relative change (code unchecked). "100% TTHC được niêm yết"
  is a figure (code unchecked). The Sở's 766 score "88,46 điểm" has no max. "06/06 PAKN" is one count (max 6).
  "so với chỉ tiêu UBND tỉnh giao năm 2025 là 60% thì đã đạt chỉ tiêu": target dated 2025-12-31, 68,74% carries it
  with status "đạt". Its tab-separated table by field has a column "Cùng kỳ năm 2024 (hồ sơ)" dated 2024-03-31 (kind
  value) and a "Tổng cộng" row with an empty TT cell (= the Sở; its figures are also in the prose). Five deadlines:
  day, "chậm nhất" day in words, month, quarter, "trước ngày 05 hằng tháng" (issued 03/4/2025: first 05/4/2025).
- 477 is a monthly "báo cáo nhanh" of the Sở Khoa học và Công nghệ tỉnh Bình Định (header "UBND TỈNH BÌNH ĐỊNH / SỞ
  KHOA HỌC VÀ CÔNG NGHỆ") to UBND tỉnh, tháng 5 năm 2025, issued 05/6/2025. Province figures have subject NULL; the
  Sở's own activity (classes, people trained, people helped) subject "Sở Khoa học và Công nghệ", level tỉnh. NEW:
  estimates, approximations and ranges. A hedged figure keeps the number stated as its value and as its raw text, the
  hedge word being left out of the raw: "khoảng 62.400 hồ sơ" → 62400, "gần 48.000" → 48000, "hơn 76%" → 76, "ước đạt
  52%" → 52, "tăng khoảng 4%" → a change +4, "xấp xỉ 86%" → 86, "đạt khoảng 84 điểm" → 84 (766 total, no max), "gần
  1.120.000 tài khoản" → 1120000 (an analyst filters on the number; the hedge is kept in the snippet). A range gives
  two rows, the lower and the upper bound, each with its own raw and the unit written after the upper bound: "từ
  2.800 đến 3.000 hồ sơ" (per working day; counts, code unchecked), "từ 97,5% đến 99,8%" (on-time shares "của các
  cấp": subject and level unchecked), "từ 3 đến 5 ngày/hồ sơ tùy lĩnh vực" (code unchecked), "cấp huyện từ 85% đến
  88%" (both cấp huyện's), "chỉ từ 55% đến 61%" (three named districts: subject ANY, level huyện), "khoảng 3 - 4 cán
  bộ" (a dash range: 3 and 4, unit "cán bộ"), and the target range "đạt từ 55% đến 60%, hoàn thành trong tháng
  7/2025" (two targets dated 2025-07-31, subject unchecked, level huyện). "chưa đạt chỉ tiêu năm 2025 là 60%": the
  target dated 2025-12-31, the estimate 52% carries it with status "chưa đạt". Its Markdown table lists the 11
  district-level units (subject as written, "Thành phố Quy Nhơn", "Thị xã An Nhơn", "Huyện Tuy Phước", level huyện:
  files received, online share, payment share) with a "Cộng" row with an empty STT cell (section "KẾT QUẢ CỦA CẤP
  HUYỆN": subject "cấp huyện"). "Khoảng 2.300 máy tính và 410 máy quét tại Bộ phận Một cửa cấp xã" are counts (units
  "máy tính", "máy quét"; subject ANY, level xã); "khoảng 120 cảnh báo" of the province's monitoring system (subject
  and level unchecked). Five deadlines: day, "chậm nhất" day in words for three named districts, month (with the
  target range), quarter, "trước ngày 25 hằng tháng" (issued 05/6/2025: first 25/6/2025).
- 478 is a Thông báo kết luận of the Văn phòng UBND tỉnh Ninh Thuận (header "UBND TỈNH NINH THUẬN / VĂN PHÒNG"),
  conclusions of the Chairman at a meeting on quý I năm 2025 (held 10/4/2025), issued 15/4/2025. Province figures
  have subject NULL. NEW: cardinal numbers written in words are figures, the words being the raw text: "ba đơn vị cấp
  huyện" (3, unit đơn vị, level huyện), "hai mươi đơn vị" (20, đơn vị), "mười hai sở, ban, ngành" (12, đơn vị, level
  tỉnh), "tám xã, phường, thị trấn" (8, xã), "còn hai PAKN" (2), "giảm ba bậc" (a fall of 3 ranks: -3, hạng),
  "bảy huyện, thành phố" (7, huyện), "hai đơn vị" (2, level huyện), "mười một xã" (11, xã); "một trăm phần trăm" is
  100 in `%` (raw the whole phrase, "phần trăm" read as the sign `%`, as digits keep their `%`) and "năm mươi phần
  trăm" the target 50% (dated 2025-12-31; 47,35% carries it with status "chưa đạt"). Words next to digits in a
  bracket ("02 (hai) văn bản") stay no figure, as golden/blind18.py reads them: the digits are the figure (unit "văn
  bản", subject "Văn phòng UBND tỉnh" named in the sentence). Ordinals in words are no figures (golden/blind17.py).
  "(xếp thứ 23/63)" is the rank of quý IV năm 2024, dated 2024-12-31. Two group scores `x/max`. Its tab-separated
  table lists the seven district-level units (subject as written, level huyện; received, online, on-time and payment
  shares; one "100" cell) with a "Cộng cấp huyện" row (subject "cấp huyện"). "đạt tối thiểu 55% trong quý II năm
  2025" is a target in a task (subject and level unchecked), dated 2025-06-30. Six deadlines: day, "chậm nhất" day
  wholly in words ("ngày mười lăm tháng năm năm 2025"), month, quarter, year ("trong năm 2025"), "trước ngày 20 hằng
  tháng" (issued 15/4/2025: first 20/4/2025).
- 479 is a short Công văn of the Trung tâm Phục vụ hành chính công tỉnh Tiền Giang (header "VĂN PHÒNG UBND TỈNH TIỀN
  GIANG / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"; "V/v" line) to the Chánh Văn phòng UBND tỉnh, tháng 5 năm 2025, issued
  04/6/2025. NEW: the figures are in paragraphs opened "Thứ nhất, …", "Thứ hai, …" … "Thứ sáu, …" (ordinals, no
  figures), and the requests again "Thứ nhất, …" … "Thứ năm, …". The Centre's own figures have subject "Trung tâm
  Phục vụ hành chính công tỉnh" (the body by its kind), level tỉnh; the overdue files of two named Sở have their
  subject; "các sở còn lại 5 hồ sơ" subject ANY, level tỉnh; files by field (subject ANY, level tỉnh, code
  unchecked). "17 sở, ngành" is a count (đơn vị, level tỉnh). "tăng 612 hồ sơ so với tháng 4/2025 (9.230 hồ sơ)"
  and "giảm 0,42 điểm so với tháng 4/2025 (85,49 điểm)" are changes and previous values dated 2025-04-30; the
  "Thứ sáu" paragraph is the province's (subject NULL): `85,07/100`, `19/63`. "vượt chỉ tiêu năm 2025 là 65%": the
  target dated 2025-12-31, 72,18% carries it, status unchecked (as golden/blind12.py reads "vượt chỉ tiêu"). New
  units as written: "kết quả", "trang", "lượt", "cuộc gọi" ("14/14 cuộc gọi", max 14; the hotline's, subject
  unchecked), "người", "quầy", "máy quét". Five deadlines: day, month, "chậm nhất" day in words, quarter, "trước
  ngày 28 hằng tháng" (issued 04/6/2025: first 28/6/2025). Each request names its body after "Thứ …,", so the last
  one's assignee is written in lower case, "các sở, ngành có quầy tại Trung tâm", as in the text (as
  golden/blind6.py's 123 keeps "các sở, ban, ngành …").
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
_Y2025 = "2025-12-31"
_Q4_2024 = "2024-12-31"
_Q1_2024 = "2024-03-31"


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs. A signed
    raw ("+0,43") is read without its plus sign."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw.lstrip("+")), unit, kind, subject=subject,
              level=level, as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


def _files_row(subject: object, level: object, cells: list[tuple[str, str, object]], after: str,
               sep: str = " | ", end: str = " |\n") -> list[Fact]:
    """A row of a files table whose cells are `(raw, unit, code)`, all of the period."""
    return _cells(subject, level, [(raw, unit, P, code, "period") for raw, unit, code in cells], after, sep, end)


# ------------------------------------------------------------ 475: Văn phòng UBND tỉnh Bắc Kạn, quý I năm 2025
def _row_475(subject: object, level: object, received: str, online: str, on_time: str, overdue: str,
             after: str) -> list[Fact]:
    """One unit (or subtotal, or the province) of Bảng 1: received, online share, on-time share, overdue files."""
    return _files_row(subject, level, [(received, "hồ sơ", _TN), (online, "%", _NOP), (on_time, "%", _DH),
                                       (overdue, "hồ sơ", _QH)], after)


def _group_475(code: str, q4: str, q1: str, change: str, after: str) -> list[Fact]:
    """One row of Bảng 2: the group's score in quý IV/2024 (dated 2024-12-31), in quý I/2025, signed change."""
    cells = [(q4, "điểm", P, code, _Q4_2024), (q1, "điểm", P, code, "period"), (change, "điểm", CH, code, "period")]
    return _cells(None, None, cells, after, " | ", " |\n")


BLIND_475 = [
    # Bảng 1: section rows (no figures), units, subtotals by level, the province
    *_row_475("Sở Nông nghiệp và Môi trường", "tỉnh", "2.846", "71,25", "98,66", "38", "| 2 | Sở Xây dựng"),
    *_row_475("Sở Xây dựng", "tỉnh", "412", "88,59", "98,79", "5", "| 3 | Sở Tư pháp"),
    *_row_475("Sở Tư pháp", "tỉnh", "1.935", "94,73", "100", "0", "| 4 | Sở Y tế"),
    *_row_475("Sở Y tế", "tỉnh", "688", "90,12", "99,71", "2", "| 5 | Các cơ quan"),
    *_row_475(ANY, "tỉnh", "1.274", "85,40", "99,92", "1", "| | Cộng cấp tỉnh"),
    *_row_475("cấp tỉnh", "tỉnh", "7.155", "82,93", "99,36", "46", "| II | CẤP HUYỆN"),
    *_row_475("UBND thành phố Bắc Kạn", "huyện", "1.526", "76,93", "98,62", "21", "| 2 | UBND huyện Ba Bể"),
    *_row_475("UBND huyện Ba Bể", "huyện", "1.184", "64,36", "99,24", "9", "| 3 | UBND huyện Bạch Thông"),
    *_row_475("UBND huyện Bạch Thông", "huyện", "862", "70,19", "99,54", "4", "| 4 | UBND huyện Chợ Đồn"),
    *_row_475("UBND huyện Chợ Đồn", "huyện", "1.047", "61,41", "98,85", "12", "| 5 | UBND huyện Chợ Mới"),
    *_row_475("UBND huyện Chợ Mới", "huyện", "935", "73,05", "100", "0", "| 6 | UBND huyện Na Rì"),
    *_row_475("UBND huyện Na Rì", "huyện", "1.108", "58,84", "99,37", "7", "| 7 | UBND huyện Ngân Sơn"),
    *_row_475("UBND huyện Ngân Sơn", "huyện", "614", "66,12", "99,51", "3", "| 8 | UBND huyện Pác Nặm"),
    *_row_475("UBND huyện Pác Nặm", "huyện", "487", "52,98", "98,77", "6", "| | Cộng cấp huyện"),
    *_row_475("cấp huyện", "huyện", "7.763", "66,76", "99,20", "62", "| III | CẤP XÃ"),
    *_row_475("cấp xã", "xã", "24.318", "58,36", "99,74", "64", "| | TOÀN TỈNH"),
    *_row_475(None, None, "39.236", "64,50", "99,56", "172", "\nToàn tỉnh tiếp nhận"),
    # I. prose; quý IV năm 2024 dated 2024-12-31
    F("Toàn tỉnh tiếp nhận 39.236", "39.236", 39236, "hồ sơ", C, code=_TN),
    F("tăng 2.914 hồ sơ", "2.914", 2914, "hồ sơ", CH, code=_TN),
    F("(36.322 hồ sơ)", "36.322", 36322, "hồ sơ", PR, as_of=_Q4_2024, code=_TN),
    # Bảng 2: the six groups and the total, no maxima written
    *_group_475("766.cong_khai", "16,42", "16,85", "+0,43", "| 2 | Tiến độ"),
    *_group_475("766.tien_do", "18,76", "19,12", "+0,36", "| 3 | Dịch vụ"),
    *_group_475("766.dvctt", "8,94", "9,27", "+0,33", "| 4 | Thanh toán"),
    *_group_475("766.thanh_toan", "5,18", "5,96", "+0,78", "| 5 | Mức độ"),
    *_group_475("766.hai_long", "17,31", "17,24", "-0,07", "| 6 | Số hóa"),
    *_group_475("766.so_hoa", "12,65", "13,40", "+0,75", "| | Tổng điểm"),
    *_group_475(_TONG, "79,26", "81,84", "+2,58", "\nNhư vậy"),
    # II. prose
    F("đạt 81,84/100", "81,84/100", 81.84, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 38/63", "38/63", 38, "hạng", R, max_value=63, code=_HANG),
    F("tăng 6 bậc", "6", 6, "hạng", CH, code=_HANG),
    F("(xếp thứ 44/63)", "44/63", 44, "hạng", PR, max_value=63, as_of=_Q4_2024, code=_HANG),
    F("còn 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    F("đạt 38,72%", "38,72%", 38.72, "%", code=_TT, target=45, stated_status="chưa đạt"),
    F("là 45%", "45%", 45, "%", T, as_of=_Y2025, code=_TT),
    F("đạt 84,15%", "84,15%", 84.15, "%", code=_SH),
    F("đạt 92,60%", "92,60%", 92.60, "%", code=_KQ),
    F("tiếp nhận 23 PAKN", "23", 23, "PAKN", C, code=_PAKN_TN),
    F("xử lý 21 PAKN", "21", 21, "PAKN", C, code=_PAKN_XL),
    F("đạt 91,30%", "91,30%", 91.30, "%", code=_PAKN_TL),
    # III. tasks: a count repeated, a target for quý II (0209.3870.528 is a phone number)
    F("dứt điểm 38 hồ sơ", "38", 38, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("tối thiểu 45%", "45%", 45, "%", T, subject=ANY, level=ANY, as_of="2025-06-30", code=_TT),
]

# ------------------------------------------------------------ 476: Sở Công Thương tỉnh Bến Tre, quý I năm 2025
_SCT = "Sở Công Thương"


def _sct(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở itself."""
    return F(context, raw, value, unit, kind, subject=_SCT, level="tỉnh", **kw)


def _cung_ky(context: str, raw: str, unit: str, code: object = ANY, **kw) -> Fact:
    """A "(cùng kỳ: …" comparison: the Sở's value in quý I năm 2024."""
    return _sct(context, raw, _num(raw.split("/")[0]), unit, PR, as_of=_Q1_2024, code=code, **kw)


def _ky_truoc(context: str, raw: str, unit: str, code: object = ANY, **kw) -> Fact:
    """A "kỳ trước: …)" comparison: the Sở's value in quý IV năm 2024."""
    return _sct(context, raw, _num(raw.split("/")[0]), unit, PR, as_of=_Q4_2024, code=code, **kw)


def _field_476(subject: object, received: str, same_q: str, on_time: str, after: str) -> list[Fact]:
    """One tab-separated row of a field (or the Sở's total): received, received in quý I/2024, on-time share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (same_q, "hồ sơ", P, _TN, _Q1_2024),
             (on_time, "%", P, _DH, "period")]
    return _cells(subject, "tỉnh", cells, after, "\t", "\n")


BLIND_476 = [
    # I. (487/VP-KSTT of 14/3/2025 cited)
    _sct("ban hành 03 quyết định", "03", 3, "quyết định", C, code=None),
    _sct("thực hiện 132 TTHC", "132", 132, "TTHC", C, code=_TTHC),
    _cung_ky("(cùng kỳ: 128;", "128", "TTHC"),
    _ky_truoc("kỳ trước: 130)", "130", "TTHC"),
    _sct("trong đó 97 TTHC", "97", 97, "TTHC", C, code=_TOAN),
    _cung_ky("(cùng kỳ: 81;", "81", "TTHC"),
    _ky_truoc("kỳ trước: 92)", "92", "TTHC"),
    _sct("và 35 TTHC một phần", "35", 35, "TTHC", C, code=_MOT),
    _sct("100% TTHC được niêm yết", "100%", 100, "%", code=ANY),
    # II.1
    _sct("Sở tiếp nhận 4.862", "4.862", 4862, "hồ sơ", C, code=_TN),
    _cung_ky("(cùng kỳ: 4.105 hồ sơ", "4.105", "hồ sơ", _TN),
    _ky_truoc("kỳ trước: 4.537 hồ sơ)", "4.537", "hồ sơ", _TN),
    _sct("tăng 18,44%", "18,44%", 18.44, "%", CH, code=ANY),
    _sct("trực tuyến là 4.391", "4.391", 4391, "hồ sơ", C, code=_NOP),
    _sct("chiếm 90,31%", "90,31%", 90.31, "%", code=_NOP),
    _cung_ky("(cùng kỳ: 84,26%", "84,26%", "%", _NOP),
    _ky_truoc("kỳ trước: 88,90%)", "88,90%", "%", _NOP),
    # II.2
    _sct("giải quyết 4.703", "4.703", 4703, "hồ sơ", C, code=ANY),
    _sct("đúng hạn 4.688", "4.688", 4688, "hồ sơ", C, code=_DH),
    _sct("đạt 99,68%", "99,68%", 99.68, "%", code=_DH),
    _cung_ky("(cùng kỳ: 99,12%", "99,12%", "%", _DH),
    _ky_truoc("kỳ trước: 99,45%)", "99,45%", "%", _DH),
    _sct("quá hạn 15 hồ sơ", "15", 15, "hồ sơ", C, code=_QH),
    _cung_ky("(cùng kỳ: 36;", "36", "hồ sơ", _QH),
    _ky_truoc("kỳ trước: 25)", "25", "hồ sơ", _QH),
    _sct("Đang giải quyết 159", "159", 159, "hồ sơ", C, code=ANY),
    # II.3
    _sct("trung bình là 2,8", "2,8", 2.8, "ngày", code=_TIME),
    _cung_ky("(cùng kỳ: 3,6 ngày", "3,6", "ngày", _TIME),
    _ky_truoc("kỳ trước: 3,1 ngày)", "3,1", "ngày", _TIME),
    # II.4 tab-separated table by field, "Tổng cộng" = the Sở
    *_field_476(ANY, "2.318", "1.964", "99,87", "2\tAn toàn"),
    *_field_476(ANY, "684", "602", "99,41", "3\tHóa chất"),
    *_field_476(ANY, "412", "358", "100", "4\tĐiện"),
    *_field_476(ANY, "356", "331", "98,88", "5\tXúc tiến"),
    *_field_476(ANY, "745", "603", "99,73", "6\tCác lĩnh vực"),
    *_field_476(ANY, "347", "247", "99,14", "\tTổng cộng"),
    *_field_476(_SCT, "4.862", "4.105", "99,68", "\nIII. SỐ HÓA"),
    # III.
    _sct("đạt 96,42%", "96,42%", 96.42, "%", code=_SH),
    _cung_ky("(cùng kỳ: 78,15%", "78,15%", "%", _SH),
    _ky_truoc("kỳ trước: 93,80%)", "93,80%", "%", _SH),
    _sct("đạt 51,36%", "51,36%", 51.36, "%", code=_TSD),
    _cung_ky("(cùng kỳ: 22,40%", "22,40%", "%", _TSD),
    _ky_truoc("kỳ trước: 47,05%)", "47,05%", "%", _TSD),
    _sct("đạt 68,74%", "68,74%", 68.74, "%", code=_TT, target=60, stated_status="đạt"),
    _cung_ky("(cùng kỳ: 41,92%", "41,92%", "%", _TT),
    _ky_truoc("kỳ trước: 62,10%)", "62,10%", "%", _TT),
    _sct("là 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
    # IV.
    _sct("tiếp nhận 06 PAKN", "06", 6, "PAKN", C, code=_PAKN_TN),
    _cung_ky("(cùng kỳ: 04;", "04", "PAKN", _PAKN_TN),
    _ky_truoc("kỳ trước: 09)", "09", "PAKN", _PAKN_TN),
    _sct("xong 06/06 PAKN", "06/06", 6, "PAKN", C, max_value=6, code=_PAKN_XL),
    _sct("đạt 98,75%", "98,75%", 98.75, "%", code=_HL),
    _cung_ky("(cùng kỳ: 97,10%)", "97,10%", "%", _HL),
    # V. the Sở's 766 score (no max) and rank among 20 agencies
    _sct("đạt 88,46 điểm", "88,46", 88.46, "điểm", code=_TONG),
    _cung_ky("(cùng kỳ: 82,13 điểm", "82,13", "điểm", _TONG),
    _ky_truoc("kỳ trước: 86,92 điểm)", "86,92", "điểm", _TONG),
    _sct("xếp thứ 4/20", "4/20", 4, "hạng", R, max_value=20, code=_HANG),
    _cung_ky("(cùng kỳ: thứ 11/20", "11/20", "hạng", _HANG, max_value=20),
    _ky_truoc("kỳ trước: thứ 6/20)", "6/20", "hạng", _HANG, max_value=20),
    # VI. a count in a task (số 28 đường Hùng Vương is an address, 0275.3822.146 a phone number)
    F("điện tử 35 TTHC", "35", 35, "TTHC", C, subject=ANY, level=ANY, code=ANY),
]

# ------------------------------------------------------ 477: Sở Khoa học và Công nghệ tỉnh Bình Định, tháng 5 năm 2025
_KHCN = "Sở Khoa học và Công nghệ"


def _row_477(subject: str, received: str, online: str, payment: str, after: str) -> list[Fact]:
    """One Markdown row of a district-level unit (or the "Cộng" of cấp huyện): received, online and payment shares."""
    return _files_row(subject, "huyện", [(received, "hồ sơ", _TN), (online, "%", _NOP), (payment, "%", _TT)], after)


BLIND_477 = [
    # I.1 approximations keep the stated number (1027/QĐ-UBND of 28/3/2025 cited)
    F("khoảng 62.400", "62.400", 62400, "hồ sơ", C, code=_TN),
    F("gần 48.000", "48.000", 48000, "hồ sơ", C, code=_NOP),
    F("hơn 76%", "76%", 76, "%", code=_NOP),
    F("từ 2.800", "2.800", 2800, "hồ sơ", C, code=ANY),
    F("đến 3.000 hồ sơ", "3.000", 3000, "hồ sơ", C, code=ANY),
    # I.2 ranges: two rows each
    F("từ 97,5%", "97,5%", 97.5, "%", subject=ANY, level=ANY, code=_DH),
    F("đến 99,8%", "99,8%", 99.8, "%", subject=ANY, level=ANY, code=_DH),
    F("từ 3 đến 5", "3", 3, "ngày", code=ANY),
    F("đến 5 ngày", "5", 5, "ngày", code=ANY),
    # I.3 (tháng 4/2025 named only for the change)
    F("ước đạt 52%", "52%", 52, "%", code=_TT, target=60, stated_status="chưa đạt"),
    F("tăng khoảng 4%", "4%", 4, "%", CH, code=_TT),
    F("là 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
    F("tỉnh khoảng 90%", "90%", 90, "%", subject="cấp tỉnh", level="tỉnh", code=_SH),
    F("huyện từ 85%", "85%", 85, "%", subject="cấp huyện", level="huyện", code=_SH),
    F("85% đến 88%", "88%", 88, "%", subject="cấp huyện", level="huyện", code=_SH),
    F("hơn 70%", "70%", 70, "%", subject="cấp xã", level="xã", code=_SH),
    # I.4
    F("gần 1.120.000", "1.120.000", 1120000, "tài khoản", C, code=_TK),
    F("xấp xỉ 86%", "86%", 86, "%", code=ANY),
    F("Khoảng 2.300 máy", "2.300", 2300, "máy tính", C, subject=ANY, level="xã", code=ANY),
    F("và 410 máy quét", "410", 410, "máy quét", C, subject=ANY, level="xã", code=ANY),
    # I.5 the province's provisional 766 total (no max written)
    F("đạt khoảng 84 điểm", "84", 84, "điểm", code=_TONG),
    F("thứ 17/63", "17/63", 17, "hạng", R, max_value=63, code=_HANG),
    # II. Markdown table of the 11 district-level units, "Cộng" = cấp huyện
    *_row_477("Thành phố Quy Nhơn", "6.842", "82,14", "61,35", "| 2 | Thị xã An Nhơn"),
    *_row_477("Thị xã An Nhơn", "2.915", "76,52", "55,08", "| 3 | Thị xã Hoài Nhơn"),
    *_row_477("Thị xã Hoài Nhơn", "3.106", "78,90", "57,42", "| 4 | Huyện Tuy Phước"),
    *_row_477("Huyện Tuy Phước", "2.247", "71,34", "49,86", "| 5 | Huyện Phù Cát"),
    *_row_477("Huyện Phù Cát", "2.388", "69,77", "48,12", "| 6 | Huyện Phù Mỹ"),
    *_row_477("Huyện Phù Mỹ", "2.012", "67,05", "46,90", "| 7 | Huyện Tây Sơn"),
    *_row_477("Huyện Tây Sơn", "1.684", "70,43", "50,27", "| 8 | Huyện Hoài Ân"),
    *_row_477("Huyện Hoài Ân", "1.126", "64,21", "44,35", "| 9 | Huyện An Lão"),
    *_row_477("Huyện An Lão", "412", "58,74", "38,60", "| 10 | Huyện Vân Canh"),
    *_row_477("Huyện Vân Canh", "386", "55,18", "36,92", "| 11 | Huyện Vĩnh Thạnh"),
    *_row_477("Huyện Vĩnh Thạnh", "455", "60,66", "40,15", "| | Cộng"),
    *_row_477("cấp huyện", "23.573", "74,49", "53,58", "\nCác huyện miền núi"),
    F("chỉ từ 55%", "55%", 55, "%", subject=ANY, level="huyện", code=_NOP),
    F("55% đến 61%", "61%", 61, "%", subject=ANY, level="huyện", code=_NOP),
    F("khoảng 3 - 4", "3", 3, "cán bộ", C, subject=ANY, level=ANY, code=ANY),
    F("3 - 4 cán bộ", "4", 4, "cán bộ", C, subject=ANY, level=ANY, code=ANY),
    # III. the Sở's own activity; the province's monitoring system
    F("tổ chức 06 lớp", "06", 6, "lớp", C, subject=_KHCN, level="tỉnh", code=ANY),
    F("gần 400 lượt", "400", 400, "lượt", C, subject=_KHCN, level="tỉnh", code=ANY),
    F("hơn 1.500 lượt", "1.500", 1500, "lượt", C, subject=_KHCN, level="tỉnh", code=ANY),
    F("khoảng 120 cảnh báo", "120", 120, "cảnh báo", C, subject=ANY, level=ANY, code=ANY),
    # IV. a target range in a task, dated at the month it is due (số 02 Trần Phú an address, 0256.3817.620 a phone)
    F("đạt từ 55%", "55%", 55, "%", T, subject=ANY, level="huyện", as_of="2025-07-31", code=_TT),
    F("55% đến 60%", "60%", 60, "%", T, subject=ANY, level="huyện", as_of="2025-07-31", code=_TT),
]

# ------------------------------------------------------------ 478: Văn phòng UBND tỉnh Ninh Thuận, quý I năm 2025


def _row_478(subject: str, received: str, online: str, on_time: str, payment: str, after: str) -> list[Fact]:
    """One tab-separated row of a district-level unit (or "Cộng cấp huyện"): received, online, on-time and payment
    shares."""
    return _files_row(subject, "huyện", [(received, "hồ sơ", _TN), (online, "%", _NOP), (on_time, "%", _DH),
                                         (payment, "%", _TT)], after, "\t", "\n")


BLIND_478 = [
    # I.1 (766/QĐ-TTg cited; "phòng họp số 2" no figure)
    F("tiếp nhận 41.286", "41.286", 41286, "hồ sơ", C, code=_TN),
    F("trong đó 29.507", "29.507", 29507, "hồ sơ", C, code=_NOP),
    F("đạt 71,47%", "71,47%", 71.47, "%", code=_NOP),
    F("đúng hạn đạt 99,02%", "99,02%", 99.02, "%", code=_DH),
    F("còn 312 hồ sơ", "312", 312, "hồ sơ", C, code=_QH),
    F("ở ba đơn vị", "ba", 3, "đơn vị", C, subject=ANY, level="huyện", code=None),
    # I.2 numbers in words are figures; "(hai)" next to "02" is not
    F("Có hai mươi đơn vị", "hai mươi", 20, "đơn vị", C, subject=ANY, level=ANY, code=None),
    F("đạt một trăm phần trăm", "một trăm phần trăm", 100, "%", subject=ANY, level=ANY, code=_DH),
    F("gồm mười hai sở", "mười hai", 12, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("và tám xã", "tám", 8, "xã", C, subject=ANY, level="xã", code=None),
    F("ban hành 02 (hai)", "02", 2, "văn bản", C, subject="Văn phòng UBND tỉnh", level="tỉnh", code=None),
    # I.3
    F("đạt 47,35%", "47,35%", 47.35, "%", code=_TT, target=50, stated_status="chưa đạt"),
    F("là năm mươi phần trăm", "năm mươi phần trăm", 50, "%", T, as_of=_Y2025, code=_TT),
    F("đạt 81,64%", "81,64%", 81.64, "%", code=_SH),
    F("đạt 94,08%", "94,08%", 94.08, "%", code=_KQ),
    # I.4
    F("Tiếp nhận 37 PAKN", "37", 37, "PAKN", C, code=_PAKN_TN),
    F("xử lý 35 PAKN", "35", 35, "PAKN", C, code=_PAKN_XL),
    F("còn hai PAKN", "hai", 2, "PAKN", C, code=ANY),
    # I.5 quý IV năm 2024 dated 2024-12-31
    F("đạt 83,12/100", "83,12/100", 83.12, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 26/63", "26/63", 26, "hạng", R, max_value=63, code=_HANG),
    F("giảm ba bậc", "ba", -3, "hạng", CH, code=_HANG),
    F("(xếp thứ 23/63)", "23/63", 23, "hạng", PR, max_value=63, as_of=_Q4_2024, code=_HANG),
    F("đạt 5,84/10", "5,84/10", 5.84, "điểm", max_value=10, code="766.thanh_toan"),
    F("đạt 14,26/22", "14,26/22", 14.26, "điểm", max_value=22, code="766.so_hoa"),
    # I.6 tab-separated table of the seven district-level units, "Cộng cấp huyện" = cấp huyện
    *_row_478("Thành phố Phan Rang - Tháp Chàm", "4.215", "78,62", "98,74", "55,16", "2\tHuyện Ninh Hải"),
    *_row_478("Huyện Ninh Hải", "1.836", "70,25", "99,18", "48,90", "3\tHuyện Ninh Phước"),
    *_row_478("Huyện Ninh Phước", "2.104", "68,91", "98,86", "46,12", "4\tHuyện Ninh Sơn"),
    *_row_478("Huyện Ninh Sơn", "1.677", "66,40", "99,46", "44,85", "5\tHuyện Thuận Bắc"),
    *_row_478("Huyện Thuận Bắc", "742", "61,05", "100", "39,27", "6\tHuyện Thuận Nam"),
    *_row_478("Huyện Thuận Nam", "958", "63,57", "99,69", "42,03", "7\tHuyện Bác Ái"),
    *_row_478("Huyện Bác Ái", "386", "52,33", "97,41", "31,60", "\tCộng cấp huyện"),
    *_row_478("cấp huyện", "11.918", "70,74", "99,04", "48,34", "\nTrong bảy"),
    F("Trong bảy huyện", "bảy", 7, "huyện", C, subject=ANY, level="huyện", code=None),
    F("chỉ có hai đơn vị", "hai", 2, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("mười một xã", "mười một", 11, "xã", C, subject=ANY, level="xã", code=None),
    # II. a target in a task
    F("tối thiểu 55%", "55%", 55, "%", T, subject=ANY, level=ANY, as_of="2025-06-30", code=_TT),
]

# ------------------------------------------------ 479: Trung tâm Phục vụ hành chính công tỉnh Tiền Giang, tháng 5/2025
_TTPV = "Trung tâm Phục vụ hành chính công tỉnh"
_APR_2025 = "2025-04-30"


def _ttpv(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Centre itself."""
    return F(context, raw, value, unit, kind, subject=_TTPV, level="tỉnh", **kw)


BLIND_479 = [
    # Thứ nhất; tháng 4/2025 dated 2025-04-30
    _ttpv("tiếp nhận 9.842", "9.842", 9842, "hồ sơ", C, code=_TN),
    F("của 17 sở", "17", 17, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    _ttpv("tăng 612 hồ sơ", "612", 612, "hồ sơ", CH, code=_TN),
    _ttpv("(9.230 hồ sơ)", "9.230", 9230, "hồ sơ", PR, as_of=_APR_2025, code=_TN),
    _ttpv("trong đó 8.517", "8.517", 8517, "hồ sơ", C, code=_NOP),
    _ttpv("chiếm 86,54%", "86,54%", 86.54, "%", code=_NOP),
    F("đất đai 3.214", "3.214", 3214, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("tư pháp 2.106", "2.106", 2106, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("vận tải 1.487", "1.487", 1487, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    # Thứ hai
    _ttpv("trả kết quả 9.516", "9.516", 9516, "hồ sơ", C, code=ANY),
    _ttpv("đúng hạn 9.471", "9.471", 9471, "hồ sơ", C, code=_DH),
    _ttpv("đạt 99,53%", "99,53%", 99.53, "%", code=_DH),
    _ttpv("quá hạn 45 hồ sơ", "45", 45, "hồ sơ", C, code=_QH),
    F("Môi trường 31 hồ sơ", "31", 31, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_QH),
    F("Xây dựng 9 hồ sơ", "9", 9, "hồ sơ", C, subject="Sở Xây dựng", level="tỉnh", code=_QH),
    F("còn lại 5 hồ sơ", "5", 5, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    _ttpv("Có 1.126 kết quả", "1.126", 1126, "kết quả", C, code=ANY),
    # Thứ ba ("vượt chỉ tiêu": status unchecked)
    _ttpv("đạt 72,18%", "72,18%", 72.18, "%", code=_TT, target=65),
    _ttpv("là 65%", "65%", 65, "%", T, as_of=_Y2025, code=_TT),
    _ttpv("đạt 97,05%", "97,05%", 97.05, "%", code=_SH),
    _ttpv("với 41.326 trang", "41.326", 41326, "trang", C, code=ANY),
    # Thứ tư (0273.3877.755 is the hotline's number)
    _ttpv("nhận 3.684 lượt", "3.684", 3684, "lượt", C, code=ANY),
    _ttpv("trong đó 3.652 lượt", "3.652", 3652, "lượt", C, code=ANY),
    _ttpv("đạt 99,13%", "99,13%", 99.13, "%", code=_HL),
    _ttpv("và 32 lượt", "32", 32, "lượt", C, code=ANY),
    F("tiếp nhận 14 cuộc gọi", "14", 14, "cuộc gọi", C, subject=ANY, level=ANY, code=ANY),
    F("xong 14/14 cuộc gọi", "14/14", 14, "cuộc gọi", C, max_value=14, subject=ANY, level=ANY, code=ANY),
    # Thứ năm
    _ttpv("có 58 người", "58", 58, "người", C, code=ANY),
    _ttpv("tại 42 quầy", "42", 42, "quầy", C, code=ANY),
    # Thứ sáu: the province
    F("đạt 85,07/100", "85,07/100", 85.07, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 19/63", "19/63", 19, "hạng", R, max_value=63, code=_HANG),
    F("giảm 0,42 điểm", "0,42", -0.42, "điểm", CH, code=_TONG),
    F("(85,49 điểm)", "85,49", 85.49, "điểm", PR, max_value=100, as_of=_APR_2025, code=_TONG),
    # requests: a count repeated, a count of scanners to add
    F("dứt điểm 31 hồ sơ", "31", 31, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("bổ sung 06 máy quét", "06", 6, "máy quét", C, subject=ANY, level=ANY, code=ANY),
]

BLIND = {"475": BLIND_475, "476": BLIND_476, "477": BLIND_477, "478": BLIND_478, "479": BLIND_479}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "475": [
        ("2025-04-25", "day", "25/4/2025", "giải quyết dứt điểm 38 hồ sơ quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2025-05-15", "day", "ngày 15 tháng 5 năm 2025", "báo cáo nguyên nhân hồ sơ quá hạn",
         "UBND thành phố Bắc Kạn"),
        ("2025-06-30", "month", "tháng 6/2025", "đồng bộ trạng thái hồ sơ", "Sở Khoa học và Công nghệ"),
        ("2025-06-30", "quarter", "quý II năm 2025", "nâng tỷ lệ hồ sơ thanh toán trực tuyến",
         "UBND các huyện, thành phố"),
        # issued 07/4/2025: the first "ngày 22 hằng tháng" is 22/4/2025
        ("2025-04-22", "recurring", "22 hằng tháng", "cập nhật số liệu tự đánh giá",
         "Các sở, ban, ngành và UBND các huyện, thành phố"),
    ],
    "476": [
        ("2025-04-30", "day", "30/4/2025", "giải quyết dứt điểm các hồ sơ lĩnh vực điện", "Phòng Quản lý năng lượng"),
        ("2025-05-20", "day", "ngày 20 tháng 5 năm 2025", "phương án đơn giản hóa TTHC lĩnh vực hóa chất",
         "Văn phòng Sở"),
        ("2025-06-30", "month", "tháng 6/2025", "hướng dẫn thương nhân nộp hồ sơ trực tuyến",
         "Phòng Quản lý thương mại"),
        ("2025-06-30", "quarter", "quý II năm 2025", "tái cấu trúc quy trình điện tử",
         "Chi cục Quản lý thị trường và các phòng chuyên môn"),
        # issued 03/4/2025: the first "ngày 05 hằng tháng" is 05/4/2025
        ("2025-04-05", "recurring", "05 hằng tháng", "cập nhật số liệu giải quyết hồ sơ", "Các phòng chuyên môn"),
    ],
    "477": [
        ("2025-06-20", "day", "20/6/2025", "đồng bộ lại số liệu", "Trung tâm Chuyển đổi số tỉnh"),
        ("2025-06-30", "day", "ngày 30 tháng 6 năm 2025", "phương án nâng tỷ lệ nộp hồ sơ trực tuyến",
         "UBND các huyện An Lão, Vân Canh, Vĩnh Thạnh"),
        ("2025-07-31", "month", "tháng 7/2025", "thanh toán trực tuyến", "UBND các huyện, thị xã, thành phố"),
        ("2025-09-30", "quarter", "quý III năm 2025", "phủ sóng di động băng rộng",
         "Phòng Bưu chính, Viễn thông và Chuyển đổi số"),
        # issued 05/6/2025: the first "ngày 25 hằng tháng" is 25/6/2025
        ("2025-06-25", "recurring", "25 hằng tháng", "gửi số liệu ước thực hiện", "Các cơ quan, đơn vị"),
    ],
    "478": [
        ("2025-04-30", "day", "30/4/2025", "xử lý các hồ sơ đất đai quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2025-05-15", "day", "ngày mười lăm tháng năm năm 2025", "kiểm điểm trách nhiệm", "UBND huyện Bác Ái"),
        ("2025-06-30", "month", "tháng 6/2025", "tích hợp nền tảng thanh toán trực tuyến", "Sở Khoa học và Công nghệ"),
        ("2025-06-30", "quarter", "quý II năm 2025", "nâng tỷ lệ hồ sơ thanh toán trực tuyến",
         "UBND các huyện, thành phố"),
        ("2025-12-31", "year", "năm 2025", "tiêu chí đánh giá, xếp loại người đứng đầu", "Sở Nội vụ"),
        # issued 15/4/2025: the first "ngày 20 hằng tháng" is 20/4/2025
        ("2025-04-20", "recurring", "20 hằng tháng", "báo cáo kết quả thực hiện Thông báo này",
         "Các sở, ban, ngành, UBND các huyện, thành phố"),
    ],
    "479": [
        ("2025-06-15", "day", "15/6/2025", "giải quyết dứt điểm 31 hồ sơ quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2025-07-31", "month", "tháng 7/2025", "nâng cấp đường truyền", "Sở Khoa học và Công nghệ"),
        ("2025-06-30", "day", "ngày 30 tháng 6 năm 2025", "bố trí thêm công chức thường trực", "Sở Xây dựng"),
        ("2025-09-30", "quarter", "quý III năm 2025", "đánh giá vị trí việc làm", "Sở Nội vụ"),
        # issued 04/6/2025: the first "ngày 28 hằng tháng" is 28/6/2025
        ("2025-06-28", "recurring", "28 hằng tháng", "đối soát số liệu", "các sở, ngành có quầy tại Trung tâm"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 475's issuer is the Văn phòng UBND tỉnh Bắc Kạn; 476's the Sở Công Thương tỉnh Bến Tre; 477's the Sở Khoa học và
# Công nghệ tỉnh Bình Định ("báo cáo nhanh"); 478 is a Thông báo (kết luận) of the Văn phòng UBND tỉnh Ninh Thuận,
# period the quarter it concludes on; 479 is a Công văn ("V/v" line) of the Trung tâm Phục vụ hành chính công under
# "VĂN PHÒNG UBND TỈNH TIỀN GIANG", period the month of its "V/v" line.
META = {
    "475": {"doc_number": "418/BC-VPUBND", "doc_type": "Báo cáo", "issued_date": "2025-04-07",
            "province": "Bắc Kạn", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Hoàng Thị Lan Phương"},
    "476": {"doc_number": "356/BC-SCT", "doc_type": "Báo cáo", "issued_date": "2025-04-03",
            "province": "Bến Tre", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Lê Văn Khương"},
    "477": {"doc_number": "1154/BC-SKHCN", "doc_type": "Báo cáo", "issued_date": "2025-06-05",
            "province": "Bình Định", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Trần Quốc Hưng"},
    "478": {"doc_number": "96/TB-VPUB", "doc_type": "Thông báo", "issued_date": "2025-04-15",
            "province": "Ninh Thuận", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Đặng Thị Kim Oanh"},
    "479": {"doc_number": "215/TTPVHCC-NV", "doc_type": "Công văn", "issued_date": "2025-06-04",
            "province": "Tiền Giang", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Huỳnh Thanh Tâm"},
}
