"""Blind golden facts for corpus/blind10/133_thai_binh.txt, 134_an_giang.txt, 135_cao_bang.txt and 136_yen_bai.txt.

The four documents were written by the developers for a tenth blind measurement (provinces, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by
reading them, before any extraction, restoration or pipeline code was run on them. They also serve as
held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind8.py and blind9.py: rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are
kind `count`; table cells are kind `value` even when they count (no rank cells in this set);
`as_of="period"` is the period's end; `ANY` leaves a field unchecked where the sentence names no
catalogued indicator (`None` where it clearly names none). Table cells carry `extra={"source": "table"}`.
"thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of the files
(or PAKN) an indicator is computed on carries that indicator's code. A table column or row dated before
the period end keeps its kind with that date as `as_of`; a change is dated at the period end. Dates,
document numbers, cited decisions and decrees ("Nghị định số 63/2010/NĐ-CP"), section numbering ("Phần
thứ nhất", "I.", "1.", "a)"), the STT/TT column, phone numbers, street addresses ("số 80B đường Lê Triệu
Kiết", "xóm Nà Mè"), "mức độ 2", "14 tuổi", "6 tháng", row labels such as "Tháng 7/2024" and years are
not figures.

New in this set:
- 133 is an annual Báo cáo of UBND tỉnh Thái Bình, năm 2024 (issued 14/01/2025; number and place/date on
  one line), in "Phần thứ nhất / Phần thứ hai" parts. Province figures have subject NULL. Counts by level
  come in brackets "(cấp tỉnh 1.452, cấp huyện 271, cấp xã 151)" and after "lần lượt là" ("cấp tỉnh, cấp
  huyện và cấp xã lần lượt là 214.306 hồ sơ, 305.117 hồ sơ và 767.117 hồ sơ"); shares by level after
  "tương ứng là" with their targets after "chỉ tiêu lần lượt là 80%, 60% và 40%" (targets for 2024: dated
  at the period end). "tăng 8,4% so với năm 2023" is a relative change in `%` (code unchecked, as in
  golden/blind9.py's 131); "(năm 2023 tỷ lệ này là 1,32%)" the previous overdue share dated 2023-12-31.
  "thấp hơn chỉ tiêu 45% (chưa đạt chỉ tiêu)": the 41,06% carries target 45 and status "chưa đạt".
  Total "86,12/100", rank "18/63", "tăng 3,47 điểm và 9 bậc" (9 is a change in `hạng`), previous values
  "(82,65 điểm, xếp thứ 27/63)" of năm 2023 dated 2023-12-31. The six group scores are one "lần lượt là"
  sentence of `x/max` figures separated by ";". Its Markdown table (no STT column, no unit in the header:
  "(đơn vị tính: điểm)" in the sentence above) has the six 766 groups and the total as columns and the 8
  district-level units as rows (subject as written, "Thành phố Thái Bình", "Huyện Đông Hưng", level
  huyện), plus a "Bình quân cấp huyện" row (the average; subject "cấp huyện", level huyện). Score cells
  have no max_value (the header states none). The two units named after the table carry their total in
  prose. PAKN: "xử lý đúng hạn 301 PAKN" is the count behind the catalogued on-time PAKN share. The
  2025 target "của cấp huyện, cấp xã đạt tối thiểu 50%" is set for two levels (subject ANY: the item's
  head is "UBND các huyện, thành phố" but the rate is that of cấp huyện and cấp xã; level NULL), dated
  2025-12-31, and is also a year deadline. Four deadlines: "chậm nhất" day, quarter, day in words, year.
- 134 is a quarterly Báo cáo of the Trung tâm Phục vụ hành chính công tỉnh An Giang (issuer over two
  header lines, place line "Long Xuyên"), quý III năm 2024 (stated as 01/7–30/9/2024). The Centre's own
  figures have subject "Trung tâm Phục vụ hành chính công tỉnh", level tỉnh (it receives the files of the
  provincial agencies); "42 quầy" and "27 cơ quan, đơn vị" are counts with code None (unit `đơn vị` for
  bodies, as in seed 001). "+" and "-" lists; "tăng 4.118 hồ sơ so với quý II/2024" is a change in files
  received (no previous value stated). "(trong hạn 3.890 hồ sơ, đã quá hạn 25 hồ sơ)" split the files
  still being processed: code unchecked. Its Markdown table has a unit in every header ("(hồ sơ)",
  "(%)") and one row per month: a row's figures are dated at that month's end ("Tháng 7/2024" →
  2024-07-31, "Tháng 8/2024" → 2024-08-31, "Tháng 9/2024" and "Quý III/2024" → the period end); all rows
  are the Centre's. The two Sở with overdue files carry their counts. "(quý II/2024: 66,30%)" is a previous
  payment share dated 2024-06-30; "vượt chỉ tiêu UBND tỉnh giao (60%)" a target without a date (period
  end); "tăng 2,17%" a change of the digitisation share. "11/11 PAKN" is one count (max 11). Section 5 is
  about the province (subject NULL): total "84,37/100", rank "15/63", group score "7,85/10" and its change.
  "0296.3957.999" is a phone number. The target "của Trung tâm đạt tối thiểu 50%" (dated 2024-12-31) is
  the Centre's and also a day deadline. Four deadlines: "chậm nhất" day, month, day with a target, and a
  quarterly recurring one "hằng quý, trước ngày 18 tháng cuối quý" (issued 08/10/2024: first 18/12/2024).
- 135 is a monthly Báo cáo of a post-merger commune, UBND xã Nam Tuấn (tỉnh Cao Bằng, named only in
  "Kính gửi"), tháng 11/2025 (title written "tháng 11/2025"). Every figure is the commune's (subject "UBND
  xã Nam Tuấn", level xã). "02 điểm tiếp nhận" counts reception points (unit `điểm tiếp nhận`, not a
  score; code None). Previous values "(tháng 10/2025: 1.087 hồ sơ)" and "(tháng 10/2025 đạt 56,42%)" are
  dated 2025-10-31, as is the previous rank "(thứ 24/56)". Overdue files by field in brackets have subject
  ANY. Its tab-separated table (unit "(đơn vị tính: hồ sơ)" above it) has one row per former commune's
  reception point (subject ANY, level xã) and a "Tổng cộng" row with an empty STT cell that is the
  commune's (equal to the prose 1.204 / 742 / 1.156 / 1.149 / 07, written "7" in the table). "389/516 hồ
  sơ" is one count (max 516); "vượt chỉ tiêu tỉnh giao cho cấp xã (70%)" a target for cấp xã in general
  (subject ANY, level xã). "84,52 điểm" has no max; rank "21/56" among the province's 56 xã, phường,
  "tăng 3 bậc". "không nhận được phản ánh, kiến nghị nào" has no figure. Four deadlines: day, month, day
  in words, monthly recurring "vào ngày 28 hằng tháng" (issued 02/12/2025: first 28/12/2025).
- 136 is a half-year Báo cáo of Sở Giao thông vận tải tỉnh Yên Bái, 6 tháng đầu năm 2024 (the title
  also names "6 tháng cuối năm 2024", the next period). Every figure is the Sở's (subject "Sở Giao thông
  vận tải", level tỉnh); TTHC and files by field and PAKN by topic have subject ANY, level tỉnh. "16.211"
  is written twice in one sentence (settled, and on time). "tăng 12,7% so với cùng kỳ năm 2023" is a
  relative change (code unchecked). Its tab-separated table has a two-row header: "Đến ngày 31/3/2024"
  and "Đến ngày 30/6/2024" each span a "Số hồ sơ" and a "Tỷ lệ (%)" column, and its rows are indicators
  (online submission, online payment, digitisation, electronic results, on-time settlement), so each
  row has one code and each column pair one date (the 31/3/2024 pair as_of 2024-03-31). The target
  "năm 2024 … là 75%" is dated 2024-12-31; "mới đạt 69,03% (chưa đạt chỉ tiêu)" carries it. "thứ
  3/20 sở, ban, ngành" with "(quý I/2024 xếp thứ 5/20)" dated 2024-03-31. Four deadlines: "chậm nhất"
  day, quarter, monthly recurring ("trước ngày 10 hằng tháng", issued 05/7/2024: first 10/7/2024), year.
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
_TG = "766.tien_do.thoi_gian"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_DH = "766.hai_long.pakn_dung_han"
_GROUPS = ("766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.hai_long", "766.so_hoa", _TONG)


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure ("100") recurs."""
    facts = []
    raws = [cell[0] for cell in cells]
    for i, (raw, unit, code, as_of) in enumerate(cells):
        context = sep + sep.join(raws[i:]) + end + after
        facts.append(F(context, raw, _num(raw), unit, P, subject=subject, level=level, as_of=as_of, code=code,
                       extra=TAB))
    return facts


# ------------------------------------------------------------ 133: UBND tỉnh Thái Bình, năm 2024
_Y2023 = "2023-12-31"


def _row_133(subject: str, level: str, scores: list[str], after: str) -> list[Fact]:
    """One Markdown row of the district table: six group scores then the total, all in `điểm` (no max)."""
    cells = [(raw, "điểm", code, "period") for raw, code in zip(scores, _GROUPS, strict=True)]
    return _cells(subject, level, cells, after, " | ", " |\n")


BLIND_133 = [
    # I. (Nghị định số 63/2010/NĐ-CP is cited)
    F("ban hành 47 quyết định", "47", 47, "quyết định", C, code=None),
    F("công bố mới 186", "186", 186, "TTHC", C, code=ANY),
    F("bổ sung 231", "231", 231, "TTHC", C, code=ANY),
    F("bãi bỏ 94", "94", 94, "TTHC", C, code=ANY),
    F("đúng hạn đạt 100%", "100%", 100, "%", code="766.cong_khai.cong_bo_dung_han"),
    F("là 1.874 thủ tục", "1.874", 1874, "TTHC", C, code=_TTHC),
    F("(cấp tỉnh 1.452", "1.452", 1452, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("cấp huyện 271", "271", 271, "TTHC", C, subject="cấp huyện", level="huyện", code=_TTHC),
    F("cấp xã 151", "151", 151, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    # II. by level after "lần lượt là"; "năm 2023" = 2023-12-31
    F("tiếp nhận 1.286.540", "1.286.540", 1286540, "hồ sơ", C, code=_TN),
    F("tăng 8,4%", "8,4%", 8.4, "%", CH, code=ANY),
    F("lượt là 214.306", "214.306", 214306, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_TN),
    F("hồ sơ, 305.117", "305.117", 305117, "hồ sơ", C, subject="cấp huyện", level="huyện", code=_TN),
    F("và 767.117", "767.117", 767117, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    F("giải quyết 1.271.902", "1.271.902", 1271902, "hồ sơ", C, code=ANY),
    F("đúng hạn 1.262.366", "1.262.366", 1262366, "hồ sơ", C, code=_DH),
    F("đạt 99,25%", "99,25%", 99.25, "%", code=_DH),
    F("lại 9.536", "9.536", 9536, "hồ sơ", C, code=_QH),
    F("chiếm 0,75%", "0,75%", 0.75, "%", code=_QH),
    F("này là 1,32%", "1,32%", 1.32, "%", PR, as_of=_Y2023, code=_QH),
    # III. shares with their 2024 targets (dated at the period end)
    F("đạt 58,37%", "58,37%", 58.37, "%", code=_NOP, target=50),
    F("năm 2024 là 50%", "50%", 50, "%", T, code=_NOP),
    F("đạt 41,06%", "41,06%", 41.06, "%", code=_TT, target=45, stated_status="chưa đạt"),
    F("chỉ tiêu 45%", "45%", 45, "%", T, code=_TT),
    F("là 92,14%", "92,14%", 92.14, "%", subject="cấp tỉnh", level="tỉnh", code=_SH, target=80),
    F("%, 78,65%", "78,65%", 78.65, "%", subject="cấp huyện", level="huyện", code=_SH, target=60),
    F("và 61,20%", "61,20%", 61.2, "%", subject="cấp xã", level="xã", code=_SH, target=40),
    F("lượt là 80%", "80%", 80, "%", T, subject="cấp tỉnh", level="tỉnh", code=_SH),
    F(" 60% và", "60%", 60, "%", T, subject="cấp huyện", level="huyện", code=_SH),
    F("và 40%)", "40%", 40, "%", T, subject="cấp xã", level="xã", code=_SH),
    F("đạt 83,91%", "83,91%", 83.91, "%", code=_KQ),
    F("đạt 27,4%", "27,4%", 27.4, "%", code=_TSD),
    # IV.1 the province; previous year dated 2023-12-31
    F("đạt 86,12/100", "86,12/100", 86.12, "điểm", max_value=100, code=_TONG),
    F("thứ 18/63", "18/63", 18, "hạng", R, max_value=63, code=_HANG),
    F("tăng 3,47 điểm", "3,47", 3.47, "điểm", CH, code=_TONG),
    F("và 9 bậc", "9", 9, "hạng", CH, code=_HANG),
    F("(82,65 điểm", "82,65", 82.65, "điểm", PR, max_value=100, as_of=_Y2023, code=_TONG),
    F("thứ 27/63)", "27/63", 27, "hạng", PR, max_value=63, as_of=_Y2023, code=_HANG),
    F("là 16,94/18", "16,94/18", 16.94, "điểm", max_value=18, code="766.cong_khai"),
    F("; 19,12/20", "19,12/20", 19.12, "điểm", max_value=20, code="766.tien_do"),
    F("; 9,86/12", "9,86/12", 9.86, "điểm", max_value=12, code="766.dvctt"),
    F("; 6,95/10", "6,95/10", 6.95, "điểm", max_value=10, code="766.thanh_toan"),
    F("; 17,48/18", "17,48/18", 17.48, "điểm", max_value=18, code="766.hai_long"),
    F("và 15,77/22", "15,77/22", 15.77, "điểm", max_value=22, code="766.so_hoa"),
    # IV.2 Markdown table: 766 groups as columns, district-level units as rows, then the level average
    *_row_133("Thành phố Thái Bình", "huyện", ["17,20", "19,45", "10,85", "8,40", "17,60", "19,30", "92,80"],
              "| Huyện Đông Hưng"),
    *_row_133("Huyện Đông Hưng", "huyện", ["16,85", "19,10", "9,70", "7,15", "17,25", "17,40", "87,45"],
              "| Huyện Hưng Hà"),
    *_row_133("Huyện Hưng Hà", "huyện", ["16,40", "18,65", "9,05", "6,30", "16,90", "16,15", "83,45"],
              "| Huyện Kiến Xương"),
    *_row_133("Huyện Kiến Xương", "huyện", ["16,95", "19,30", "10,10", "7,60", "17,45", "18,05", "89,45"],
              "| Huyện Quỳnh Phụ"),
    *_row_133("Huyện Quỳnh Phụ", "huyện", ["15,70", "18,20", "8,35", "5,45", "16,80", "14,90", "79,40"],
              "| Huyện Thái Thụy"),
    *_row_133("Huyện Thái Thụy", "huyện", ["16,60", "19,05", "9,60", "6,85", "17,10", "16,70", "85,90"],
              "| Huyện Tiền Hải"),
    *_row_133("Huyện Tiền Hải", "huyện", ["17,05", "19,20", "10,25", "7,90", "17,35", "17,85", "89,60"],
              "| Huyện Vũ Thư"),
    *_row_133("Huyện Vũ Thư", "huyện", ["16,30", "18,90", "9,40", "6,10", "17,00", "15,95", "83,65"],
              "| Bình quân cấp huyện"),
    *_row_133("cấp huyện", "huyện", ["16,63", "18,98", "9,66", "6,97", "17,18", "17,04", "86,46"],
              "\nThành phố Thái Bình dẫn đầu"),
    F("với 92,80 điểm", "92,80", 92.8, "điểm", subject="Thành phố Thái Bình", level="huyện", code=_TONG),
    F("với 79,40 điểm", "79,40", 79.4, "điểm", subject="huyện Quỳnh Phụ", level="huyện", code=_TONG),
    # V. PAKN and satisfaction
    F("tiếp nhận 312", "312", 312, "PAKN", C, code=_PAKN_TN),
    F("xử lý 305 PAKN", "305", 305, "PAKN", C, code=_PAKN_XL),
    F("(đạt 97,76%)", "97,76%", 97.76, "%", code="pakn.ty_le_xu_ly"),
    F("hạn 301 PAKN", "301", 301, "PAKN", C, code=_PAKN_DH),
    F("; 07 PAKN", "07", 7, "PAKN", C, code=ANY),
    F("đạt 97,82%", "97,82%", 97.82, "%", code=_HL),
    # Phần thứ hai, II.4: a 2025 target for two levels
    F("tối thiểu 50%", "50%", 50, "%", T, subject=ANY, level=None, as_of="2025-12-31", code=_TT),
]

# ------------------------------------------------------------ 134: TT PVHCC tỉnh An Giang, quý III năm 2024
_TTC = "Trung tâm Phục vụ hành chính công tỉnh"
_Q2_134 = "2024-06-30"


def _ttc(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Centre itself (subject the Centre, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_TTC, level="tỉnh", **kw)


def _row_134(as_of: str, received: str, online: str, settled: str, overdue: str, rate: str,
             after: str) -> list[Fact]:
    """One month (or the quarter) of the Markdown table: four counts of files and the on-time share."""
    cells = [(received, "hồ sơ", _TN, as_of), (online, "hồ sơ", _NOP, as_of), (settled, "hồ sơ", ANY, as_of),
             (overdue, "hồ sơ", _QH, as_of), (rate, "%", _DH, as_of)]
    return _cells(_TTC, "tỉnh", cells, after, " | ", " |\n")


BLIND_134 = [
    # 1. (the address "số 80B" and the date 15/8/2024 are no figures)
    _ttc("bố trí 42 quầy", "42", 42, "quầy", C, code=None),
    _ttc("cho 27 cơ quan", "27", 27, "đơn vị", C, code=None),
    # 2. "+" list of the channels
    _ttc("tiếp nhận 58.326", "58.326", 58326, "hồ sơ", C, code=_TN),
    _ttc("tăng 4.118", "4.118", 4118, "hồ sơ", CH, code=_TN),
    _ttc("tuyến: 44.917", "44.917", 44917, "hồ sơ", C, code=_NOP),
    _ttc("chiếm 77,01%", "77,01%", 77.01, "%", code=_NOP),
    _ttc("ích: 13.409", "13.409", 13409, "hồ sơ", C, code=_NTT),
    _ttc("chiếm 22,99%", "22,99%", 22.99, "%", code=_NTT),
    # "-" list of the results
    _ttc("giải quyết 56.874", "56.874", 56874, "hồ sơ", C, code=ANY),
    _ttc("đúng hạn 56.602", "56.602", 56602, "hồ sơ", C, code=_DH),
    _ttc("(99,52%)", "99,52%", 99.52, "%", code=_DH),
    _ttc("quá hạn 272", "272", 272, "hồ sơ", C, code=_QH),
    _ttc("(0,48%)", "0,48%", 0.48, "%", code=_QH),
    _ttc("giải quyết 3.915", "3.915", 3915, "hồ sơ", C, code=ANY),
    _ttc("trong hạn 3.890", "3.890", 3890, "hồ sơ", C, code=ANY),
    _ttc("quá hạn 25 hồ sơ", "25", 25, "hồ sơ", C, code=ANY),
    _ttc("điều kiện: 416", "416", 416, "hồ sơ", C, code=ANY),
    # Markdown table, one row per month (dated at the month's end), then the quarter
    *_row_134("2024-07-31", "19.804", "15.122", "18.950", "103", "99,46", "| Tháng 8/2024"),
    *_row_134("2024-08-31", "18.617", "14.395", "18.432", "96", "99,48", "| Tháng 9/2024"),
    *_row_134("period", "19.905", "15.400", "19.492", "73", "99,63", "| Quý III/2024"),
    *_row_134("period", "58.326", "44.917", "56.874", "272", "99,52", "\nHồ sơ quá hạn"),
    F("Môi trường 198", "198", 198, "hồ sơ", C, subject="Sở Tài nguyên và Môi trường", level="tỉnh", code=_QH),
    F("Xây dựng 51", "51", 51, "hồ sơ", C, subject="Sở Xây dựng", level="tỉnh", code=_QH),
    # 3.
    _ttc("tuyến: 21.638", "21.638", 21638, "hồ sơ", C, code=_TT),
    _ttc("tổng số 30.152", "30.152", 30152, "hồ sơ", C, code=ANY),
    _ttc("đạt 71,76%", "71,76%", 71.76, "%", code=_TT, target=60),
    _ttc("2024: 66,30%", "66,30%", 66.3, "%", PR, as_of=_Q2_134, code=_TT),
    _ttc("giao (60%)", "60%", 60, "%", T, code=_TT),
    _ttc("đạt 94,85%", "94,85%", 94.85, "%", code=_SH),
    _ttc("tăng 2,17%", "2,17%", 2.17, "%", CH, code=_SH),
    _ttc("đạt 96,40%", "96,40%", 96.4, "%", code=_KQ),
    _ttc("đạt 38,52%", "38,52%", 38.52, "%", code=_TSD),
    # 4. (0296.3957.999 is a phone number)
    _ttc("tiếp nhận 11", "11", 11, "PAKN", C, code=_PAKN_TN),
    _ttc("xong 11/11", "11/11", 11, "PAKN", C, max_value=11, code=_PAKN_XL),
    _ttc("đó 10 PAKN", "10", 10, "PAKN", C, code=_PAKN_DH),
    _ttc("nhận 27.506", "27.506", 27506, "lượt", C, code=ANY),
    _ttc("đạt 99,71%", "99,71%", 99.71, "%", code=_HL),
    # 5. the province (subject NULL) at 30/9/2024 (= period end)
    F("đạt 84,37/100", "84,37/100", 84.37, "điểm", max_value=100, code=_TONG),
    F("thứ 15/63", "15/63", 15, "hạng", R, max_value=63, code=_HANG),
    F("đạt 7,85/10", "7,85/10", 7.85, "điểm", max_value=10, code="766.thanh_toan"),
    F("tăng 0,62 điểm", "0,62", 0.62, "điểm", CH, code="766.thanh_toan"),
    # 6.c the Centre's target by 31/12/2024
    _ttc("tối thiểu 50%", "50%", 50, "%", T, as_of="2024-12-31", code=_TSD),
]

# ------------------------------------------------------------ 135: UBND xã Nam Tuấn (Cao Bằng), tháng 11/2025
_XA = "UBND xã Nam Tuấn"
_OCT_135 = "2025-10-31"


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the commune itself (subject the commune's UBND, level xã)."""
    return F(context, raw, value, unit, kind, subject=_XA, level="xã", **kw)


def _row_135(subject: object, received: str, online: str, settled: str, on_time: str, overdue: str,
             after: str) -> list[Fact]:
    """One tab-separated row of reception points: five counts of files (unit from "(đơn vị tính: hồ sơ)")."""
    cells = [(received, "hồ sơ", _TN, "period"), (online, "hồ sơ", _NOP, "period"),
             (settled, "hồ sơ", ANY, "period"), (on_time, "hồ sơ", _DH, "period"), (overdue, "hồ sơ", _QH, "period")]
    return _cells(subject, "xã", cells, after, "\t", "\n")


BLIND_135 = [
    # 1. ("xóm Nà Mè" is an address, "huyện Hòa An cũ" a former district)
    _xa("duy trì 02 điểm", "02", 2, "điểm tiếp nhận", C, code=None),
    _xa("thực hiện 347", "347", 347, "TTHC", C, code=_TTHC),
    _xa("đó 312 thủ tục", "312", 312, "TTHC", C, code="766.dvctt.tthc_cung_cap"),
    _xa("toàn trình 168", "168", 168, "TTHC", C, code="766.dvctt.toan_trinh"),
    _xa("một phần 144", "144", 144, "TTHC", C, code="766.dvctt.mot_phan"),
    # 2. previous month dated 2025-10-31
    _xa("tiếp nhận 1.204", "1.204", 1204, "hồ sơ", C, code=_TN),
    _xa("2025: 1.087", "1.087", 1087, "hồ sơ", PR, as_of=_OCT_135, code=_TN),
    _xa("tuyến 742", "742", 742, "hồ sơ", C, code=_NOP),
    _xa("chiếm 61,63%", "61,63%", 61.63, "%", code=_NOP),
    _xa("đạt 56,42%", "56,42%", 56.42, "%", PR, as_of=_OCT_135, code=_NOP),
    _xa("giải quyết 1.156", "1.156", 1156, "hồ sơ", C, code=ANY),
    _xa("đúng hạn 1.149", "1.149", 1149, "hồ sơ", C, code=_DH),
    _xa("đạt 99,39%", "99,39%", 99.39, "%", code=_DH),
    _xa("quá hạn 07", "07", 7, "hồ sơ", C, code=_QH),
    F("đai 05 hồ sơ", "05", 5, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    F("dựng 02 hồ sơ", "02", 2, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    # tab-separated table of reception points (former communes), then "Tổng cộng" (the commune)
    *_row_135(ANY, "612", "401", "590", "588", "2", "2\tĐiểm tiếp nhận xã Đức Xuân"),
    *_row_135(ANY, "318", "187", "305", "303", "2", "3\tĐiểm tiếp nhận xã Bế Triều"),
    *_row_135(ANY, "274", "154", "261", "258", "3", "\tTổng cộng"),
    *_row_135(_XA, "1.204", "742", "1.156", "1.149", "7", "\nTỷ lệ nộp trực tuyến"),
    # 3.
    _xa("trực tuyến: 389/516", "389/516", 389, "hồ sơ", C, max_value=516, code=_TT),
    _xa("đạt 75,39%", "75,39%", 75.39, "%", code=_TT, target=70),
    F("cấp xã (70%)", "70%", 70, "%", T, subject=ANY, level="xã", code=_TT),
    _xa("tiếp nhận: 1.176", "1.176", 1176, "hồ sơ", C, code=_SH),
    _xa("đạt 97,67%", "97,67%", 97.67, "%", code=_SH),
    _xa("tử: 1.098", "1.098", 1098, "hồ sơ", C, code=_KQ),
    _xa("đạt 94,98%", "94,98%", 94.98, "%", code=_KQ),
    _xa("chính: 236", "236", 236, "trường hợp", C, code=_CT),
    _xa("thêm 428", "428", 428, "tài khoản", C, code=_TK),
    _xa("lũy kế 10.964", "10.964", 10964, "tài khoản", C, code=_TK),
    _xa("đạt 86,7%", "86,7%", 86.7, "%", code=_TK),
    # 4.
    _xa("đạt 98,9%", "98,9%", 98.9, "%", code=_HL),
    # 5. (rank among the 56 xã, phường of the province)
    _xa("đạt 84,52 điểm", "84,52", 84.52, "điểm", code=_TONG),
    _xa("thứ 21/56", "21/56", 21, "hạng", R, max_value=56, code=_HANG),
    _xa("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _xa("(thứ 24/56)", "24/56", 24, "hạng", PR, max_value=56, as_of=_OCT_135, code=_HANG),
]

# ------------------------------------------------------------ 136: Sở GTVT tỉnh Yên Bái, 6 tháng đầu năm 2024
_GT = "Sở Giao thông vận tải"
_MAR_136 = "2024-03-31"


def _so(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_GT, level="tỉnh", **kw)


def _row_136(code: str, count_mar: str, rate_mar: str, count_jun: str, rate_jun: str, after: str) -> list[Fact]:
    """One indicator row of the table: files and share at 31/3/2024, then files and share at 30/6/2024."""
    cells = [(count_mar, "hồ sơ", code, _MAR_136), (rate_mar, "%", code, _MAR_136),
             (count_jun, "hồ sơ", code, "period"), (rate_jun, "%", code, "period")]
    return _cells(_GT, "tỉnh", cells, after, "\t", "\n")


BLIND_136 = [
    # I. (Kế hoạch số 12/KH-SGTVT, 25/KH-SGTVT are cited)
    _so("là 128 thủ tục", "128", 128, "TTHC", C, code=_TTHC),
    F("bộ 102 thủ tục", "102", 102, "TTHC", C, subject=ANY, level="tỉnh", code=_TTHC),
    F("địa 19 thủ tục", "19", 19, "TTHC", C, subject=ANY, level="tỉnh", code=_TTHC),
    F("khác 07 thủ tục", "07", 7, "TTHC", C, subject=ANY, level="tỉnh", code=_TTHC),
    _so("; 100% TTHC", "100%", 100, "%", code="766.cong_khai.day_du"),
    # II. ("tháng 7/2024" is a date)
    _so("tiếp nhận 16.485", "16.485", 16485, "hồ sơ", C, code=_TN),
    F("xe 13.902", "13.902", 13902, "hồ sơ", C, subject=ANY, level="tỉnh", code=_TN),
    _so("tăng 12,7%", "12,7%", 12.7, "%", CH, code=ANY),
    _so("giải quyết 16.211", "16.211", 16211, "hồ sơ", C, code=ANY),
    _so("đúng hạn 16.211", "16.211", 16211, "hồ sơ", C, code=_DH),
    _so("đạt 100%,", "100%", 100, "%", code=_DH),
    _so("; 274 hồ sơ", "274", 274, "hồ sơ", C, code=ANY),
    _so("là 2,8 ngày", "2,8", 2.8, "ngày", code=_TG),
    # tab-separated table: rows are indicators, the two header dates span two columns each
    *_row_136(_NOP, "6.318", "81,25", "13.594", "82,46", "2\tHồ sơ thanh toán"),
    *_row_136(_TT, "5.207", "66,96", "11.380", "69,03", "3\tHồ sơ được số hóa"),
    *_row_136(_SH, "7.604", "97,79", "16.142", "97,92", "4\tHồ sơ trả kết quả"),
    *_row_136(_KQ, "7.431", "96,18", "15.877", "97,94", "5\tHồ sơ giải quyết"),
    *_row_136(_DH, "7.726", "100", "16.211", "100", "\nChỉ tiêu tỷ lệ"),
    # the 2024 target and the share held against it
    _so("Sở là 75%", "75%", 75, "%", T, as_of="2024-12-31", code=_TT),
    _so("mới đạt 69,03%", "69,03%", 69.03, "%", code=_TT, target=75, stated_status="chưa đạt"),
    # III.
    _so("tiếp nhận 06", "06", 6, "PAKN", C, code=_PAKN_TN),
    F("(04 về", "04", 4, "PAKN", C, subject=ANY, level="tỉnh", code=_PAKN_TN),
    F("; 02 về", "02", 2, "PAKN", C, subject=ANY, level="tỉnh", code=_PAKN_TN),
    _so("trả lời 05", "05", 5, "PAKN", C, code=_PAKN_XL),
    _so("; 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    _so("đạt 99,12%", "99,12%", 99.12, "%", code=_HL),
    # IV. at 30/6/2024 (= period end); quý I/2024 dated 2024-03-31
    _so("đạt 89,47/100", "89,47/100", 89.47, "điểm", max_value=100, code=_TONG),
    _so("thứ 3/20", "3/20", 3, "hạng", R, max_value=20, code=_HANG),
    _so("thứ 5/20", "5/20", 5, "hạng", PR, max_value=20, as_of=_MAR_136, code=_HANG),
]

BLIND = {"133": BLIND_133, "134": BLIND_134, "135": BLIND_135, "136": BLIND_136}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "133": [
        ("2025-02-28", "day", "28/02/2025", "đề xuất phương án cắt giảm, đơn giản hóa TTHC",
         "Các sở, ban, ngành, UBND các huyện, thành phố"),
        ("2025-06-30", "quarter", "quý II năm 2025", "nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh",
         "Sở Thông tin và Truyền thông"),
        ("2025-02-15", "day", "ngày 15 tháng 02 năm 2025", "xây dựng kế hoạch khắc phục",
         "UBND huyện Quỳnh Phụ, UBND huyện Hưng Hà"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "UBND các huyện, thành phố"),
    ],
    "134": [
        ("2024-10-25", "day", "25/10/2024", "giải quyết dứt điểm các hồ sơ đã quá hạn",
         "Phòng Tiếp nhận và Trả kết quả"),
        ("2024-11-30", "month", "tháng 11/2024", "lắp đặt thêm ki-ốt",
         "Phòng Kiểm soát và Ứng dụng công nghệ thông tin"),
        ("2024-12-31", "day", "31/12/2024", "tỷ lệ khai thác, sử dụng lại thông tin",
         "Phòng Tiếp nhận và Trả kết quả"),
        # issued 08/10/2024: the first "ngày 18 tháng cuối quý" is 18/12/2024
        ("2024-12-18", "recurring", "18 tháng cuối quý", "tổng hợp số liệu", "Phòng Hành chính - Tổng hợp"),
    ],
    "135": [
        ("2025-12-10", "day", "10/12/2025", "giải quyết dứt điểm các hồ sơ đất đai, xây dựng quá hạn",
         "Phòng Kinh tế"),
        ("2025-12-31", "month", "tháng 12/2025", "bố trí công chức hỗ trợ nộp hồ sơ trực tuyến",
         "Trung tâm Phục vụ hành chính công xã"),
        ("2025-12-20", "day", "ngày 20 tháng 12 năm 2025", "hướng dẫn công dân chưa có tài khoản định danh điện tử",
         "Phòng Văn hóa - Xã hội"),
        # issued 02/12/2025: the first "ngày 28 hằng tháng" is 28/12/2025
        ("2025-12-28", "recurring", "28 hằng tháng", "tổng hợp số liệu", "Văn phòng HĐND và UBND xã"),
    ],
    "136": [
        ("2024-07-15", "day", "15/7/2024", "ban hành quy trình nội bộ", "Văn phòng Sở"),
        ("2024-09-30", "quarter", "quý III năm 2024", "hướng dẫn thanh toán lệ phí trực tuyến",
         "Phòng Quản lý vận tải, phương tiện và người lái"),
        # issued 05/7/2024: the first "ngày 10 hằng tháng" is 10/7/2024
        ("2024-07-10", "recurring", "10 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
        ("2024-12-31", "year", "năm 2024", "kiểm tra việc thực hiện quy trình nội bộ", "Thanh tra Sở"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind9.py's META).
# 133's number and place/date share one line; 134's issuer is a Centre written over two lines under "UBND
# TỈNH AN GIANG", place "Long Xuyên"; 135's issuer is a commune (province named only in "Kính gửi"),
# period written "tháng 11/2025"; 136's title also names the next half-year, its period is the first.
META = {
    "133": {"doc_number": "09/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-01-14",
            "province": "Thái Bình", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Phạm Đức Thịnh"},
    "134": {"doc_number": "214/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2024-10-08",
            "province": "An Giang", "period_label": "quý III năm 2024", "period_start": "2024-07-01",
            "period_end": "2024-09-30", "signer": "Trần Thị Mỹ Hạnh"},
    "135": {"doc_number": "318/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-12-02",
            "province": "Cao Bằng", "period_label": "tháng 11/2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Nông Văn Thành"},
    "136": {"doc_number": "1127/BC-SGTVT", "doc_type": "Báo cáo", "issued_date": "2024-07-05",
            "province": "Yên Bái", "period_label": "6 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-06-30", "signer": "Đặng Minh Khôi"},
}
