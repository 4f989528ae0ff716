"""Blind golden facts for corpus/blind33/240_thanh_hoa.txt … 244_bac_ninh.txt.

The five documents were written by the developers for a thirty-third blind measurement (issuers, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind16.py: rows use `golden.facts.Fact` (context string that
occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`;
table cells are kind `value` with `extra={"source": "table"}`; `as_of="period"` is the period's end; `ANY`
leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names
none). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; every "đã giải
quyết" count and the parts of a settled whole ("trước hạn", "đúng hạn" apart) have their code unchecked. A
change is dated at the period end (or at the date of the figure it changes); a rise is positive, a fall
("giảm") negative. Dates, document numbers, cited circulars, plans, decrees and decisions ("Thông tư số
01/2020/TT-VPCP", "Quyết định số 766/QĐ-TTg", "Kế hoạch số 36/KH-SGDĐT", "Quyết định số 1085/QĐ-UBND",
"Công văn số 2317/UBND-HCC", "Nghị định số 118/2025/NĐ-CP"), section numbering, the STT column, phone
numbers ("0237.3852.416", "0277.3851.226", "0215.3862.124", "0251.3822.515"), addresses ("số 5 đường Võ
Trường Toản", "số 2 Nguyễn Văn Trị"), headings naming the next period ("III. NHIỆM VỤ QUÝ III NĂM 2025",
"II. NHIỆM VỤ THÁNG 5 NĂM 2025", "II. NHIỆM VỤ QUÝ IV NĂM 2025": no deadlines), "quý III" in "chuyển sang
quý III", school years ("năm học 2025-2026"), grade names ("Lớp 1", "Lớp 10", "Mầm non 5 tuổi"), month
names ("tháng 7, tháng 8, tháng 9") and years are not figures.

New in this set (all in 2025):
- 240 is a quarterly Báo cáo of UBND tỉnh Thanh Hóa to the Văn phòng Chính phủ, quý II năm 2025, issued
  25/6/2025 (before the period end; its figures are still the quarter's, dated 2025-06-30). Province figures
  have subject NULL. "gồm 96 TTHC mới ban hành, 58 TTHC sửa đổi, bổ sung và 41 TTHC bị bãi bỏ" are TTHC counts
  of the decisions (code unchecked); the level split "cấp tỉnh 1.538 TTHC, cấp huyện 262 TTHC và cấp xã 127
  TTHC" is by level. "tăng 48.498 hồ sơ so với quý I năm 2025 (563.940 hồ sơ)": a change and a previous
  value dated 2025-03-31. "quá hạn 5.353 hồ sơ, chiếm 0,89%" is the overdue share. "chỉ tiêu tỉnh giao năm
  2025 là 50%, chưa đạt chỉ tiêu": 48,27% carries target 50 with status "chưa đạt"; the target is dated
  2025-12-31. Its Markdown table (units in the headers) lists six district-level units (subject as written,
  level huyện; received, online share, on-time share, overdue files; a "100" and a "0" cell) with no total
  row. "21/26 huyện, thị xã, thành phố không phát sinh hồ sơ đất đai quá hạn" and "412/547 xã, phường, thị
  trấn triển khai thu phí ... không dùng tiền mặt" are counts of units (unit `huyện`/`xã`, code unchecked:
  no catalogued indicator). "Cấp xã tiếp nhận ..." is subject "cấp xã". Rank "xếp thứ 21/63", "giảm 3 bậc"
  (-3), previous "(thứ 18/63, 84,96 điểm)" dated 2025-03-31. Six group scores after "lần lượt là:" separated
  by ";" (sum 85,42). Block averages (subject unchecked), counts of units by grade ("Có 19/26 huyện, thị xã,
  thành phố xếp loại Tốt, 06 đơn vị ... và 01 đơn vị": code None as in golden/blind13.py). Two mountain
  districts with their payment share in brackets. Four deadlines: day, "chậm nhất" day in words, quarter
  ("trong quý III/2025"), "trước ngày 18 hằng tháng" (issued 25/6/2025: first 18/7/2025).
- 241 is a quarterly Báo cáo of the Sở Giáo dục và Đào tạo tỉnh Đồng Tháp (header "UBND TỈNH ĐỒNG THÁP / SỞ
  GIÁO DỤC VÀ ĐÀO TẠO"), quý II năm 2025, issued 08/7/2025, to UBND tỉnh. Figures of its own TTHC, files,
  payment, digitisation, satisfaction and index rank are the Sở's (subject "Sở Giáo dục và Đào tạo", level
  tỉnh). "tất cả đều trước hạn và đúng hạn (đạt 100%)" is the on-time share. "Trên tổng số 1.901 hồ sơ có phát
  sinh phí, lệ phí, có 1.418 hồ sơ được thanh toán trực tuyến, đạt 74,59%": the 1.418 are paid online (payment
  code), the 1.901 a base with no catalogued indicator; 74,59% carries target 70 (status "đạt"). "xếp thứ 4/19
  sở, ban, ngành, tăng 3 bậc so với quý I năm 2025 (thứ 7/19)". Three kinds of procedure "lần lượt có 412 hồ
  sơ, 18 hồ sơ và 29 hồ sơ" (the Sở's, code unchecked); "03/03 PAKN" one count (max 3). New: online enrolment
  for the school year across the province's schools, not the Sở's own TTHC — "1.046/1.112 đơn vị trường học"
  (unit `đơn vị`), a tab-separated table of school grades (quota in "học sinh", online registrations in "hồ
  sơ", online share; a "Tổng cộng" row) and the exam registrations ("18.536 thí sinh", "18.102 thí sinh",
  97,66%), "80.645 hồ sơ được các trường duyệt, đạt 99,07%" and "3.204 lượt gọi": no body is named and no
  catalogued indicator fits, so subject, level and code are ANY (a reader could take them as the Sở's or the
  province's). Three deadlines: day, month, year ("trong năm 2025").
- 242 is a monthly Báo cáo of UBND huyện Tuần Giáo (tỉnh Điện Biên, named in "Kính gửi"), tháng 4 năm 2025,
  issued 05/5/2025. The district's own TTHC total ("trên địa bàn huyện là 394 TTHC"), its "100% TTHC được
  niêm yết" (code unchecked), PAKN, score and rank have subject "UBND huyện Tuần Giáo", level huyện; figures
  under "a) Cấp huyện" are "cấp huyện", under "b) Cấp xã" "cấp xã". "giảm 87 hồ sơ so với tháng 3/2025
  (1.323 hồ sơ)": change -87 and a previous value dated 2025-03-31. "trước hạn 402 hồ sơ, đúng hạn 765 hồ
  sơ" are parts (code unchecked), "quá hạn 7 hồ sơ" the overdue count, "tỷ lệ giải quyết đúng hạn đạt
  99,40%" the on-time share. Its Markdown table lists five communes (subject as written, "Thị trấn Tuần
  Giáo", "Xã Quài Nưa", level xã; received, online files, online share, payment share) with no total row.
  "của cấp huyện và cấp xã lần lượt là 46,18% và 27,95%" with targets "đối với cấp huyện là 45%, cấp xã là
  30%; như vậy cấp huyện đạt, cấp xã chưa đạt": each target is its level's. "02/02 PAKN" is one count (max
  2). The score "theo kết quả đánh giá tháng 3/2025" ("đạt 79,85/100 điểm, xếp thứ 6/10 huyện, thị xã, thành
  phố, tăng 0,92 điểm so với tháng 2/2025") is dated 2025-03-31, not the report's month. Four deadlines: day,
  month (assignee "UBND các xã Mường Mùn, Pú Nhung, Tỏa Tình"), "chậm nhất" day in words, "trước ngày 15
  hằng tháng" (issued 05/5/2025: first 15/5/2025).
- 243 is a Thông báo of the Văn phòng UBND tỉnh Đồng Nai (header "UBND TỈNH ĐỒNG NAI / VĂN PHÒNG"), tháng 5
  năm 2025, issued 10/6/2025, on online payment. Province figures have subject NULL: "186.425 hồ sơ TTHC
  phát sinh phí, lệ phí" (base, code unchecked), "104.318 hồ sơ được thanh toán trực tuyến, đạt 55,96%
  (tháng 4/2025: 51,69%)" (payment code; previous dated 2025-04-30; target 60, "chưa đạt"), "38,62 tỷ
  đồng" (unit `tỷ đồng`), "chiếm 82,15% tổng số giao dịch", "1.284 giao dịch ... giảm 312 giao dịch" (unit
  `giao dịch`; no catalogued indicator), shares by payment channel (code unchecked), "Cùng kỳ năm 2024, tỷ
  lệ ... của tỉnh là 38,26%" (a previous value dated 2024-05-31), "12.530 hồ sơ" exempt from fees (code
  unchecked), the payment group score "6,74/10". Its dash list "- <agency>: thanh
  toán trực tuyến <n> hồ sơ, đạt <x>%" gives each agency's paid files and payment share (subject as
  written, "Công an tỉnh" too, level tỉnh). "Có 14/21 sở, ban, ngành đã đạt chỉ tiêu năm 2025; 07 cơ quan
  chưa đạt": counts of units (`đơn vị`, code unchecked). The district-level average "tỷ lệ bình quân đạt
  49,85% (tháng 4/2025: 46,02%)" (subject unchecked; previous dated 2025-04-30), "9/11 huyện, thành phố"
  (unit `huyện`, code unchecked), best and worst units in brackets, four units after "lần lượt là" in order,
  "Cấp xã đạt 41,27%" (subject "cấp xã"), "57/170 xã, phường, thị trấn" (unit `xã`). Four deadlines in a
  dash list: month, day, quarter, "chậm nhất vào ngày 05 hằng tháng" (issued 10/6/2025: first 05/7/2025).
- 244 is a quarterly Báo cáo of UBND xã Tiên Du (tỉnh Bắc Ninh after the July 2025 merger, named in "Kính
  gửi"), quý III năm 2025, issued 06/10/2025. Every figure of the commune itself has subject "UBND xã Tiên
  Du", level xã. "02 quyết định" has code None, "87 TTHC" of internal procedures code unchecked; "1,86 tỷ
  đồng" (code unchecked), "1.287 bản sao chứng thực điện tử" (unit `bản`, electronic-certification code),
  "31.406 tài khoản định danh điện tử mức độ 2, đạt 86,92%" (identity-account code; "mức độ 2" is a name),
  "văn bản đi được ký số đạt 100% (2.146 văn bản)" (code unchecked: a reader may or may not take it as the
  digital-signature indicator). "nộp trực tiếp 865 hồ sơ" carries the in-person code. Monthly counts "tháng 7, tháng 8,
  tháng 9 lần lượt là 2.106, 2.289 và 2.447 hồ sơ" are dated at each month's end; the fields "hộ tịch,
  chứng thực và đất đai ... tương ứng là 2.418 hồ sơ, 1.935 hồ sơ và 1.106 hồ sơ" are the commune's (code
  unchecked). "chỉ tiêu UBND tỉnh giao cho cấp xã năm 2025 là 55%, xã đã đạt chỉ tiêu": 63,52% carries 55
  ("đạt"); the target's subject is unchecked (the commune level's target, level xã). "27/27 thôn, khu phố"
  (unit `thôn`, subject and level unchecked). PAKN parts in brackets (code unchecked). The index "tháng
  9/2025" is the period end; "tăng 1,54 điểm và tăng 9 bậc so với tháng 8/2025 (86,63 điểm, thứ 21/99)" rises
  and previous values dated 2025-08-31; two group scores; the provincial average of communes (subject
  unchecked, level xã). Five deadlines: day, "chậm nhất" day, month, year, "trước ngày 10 hằng tháng"
  (issued 06/10/2025: first 10/10/2025).
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
_TOAN = "766.dvctt.toan_trinh"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 240: UBND tỉnh Thanh Hóa, quý II năm 2025
_Q1 = "2025-03-31"


def _row_240(subject: str, received: str, online: str, on_time: str, overdue: str, after: str) -> list[Fact]:
    """One Markdown row of a district-level unit: received, online share, on-time share, overdue files."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (on_time, "%", P, _DH, "period"), (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "huyện", cells, after, " | ", " |\n")


BLIND_240 = [
    # I.1
    F("ban hành 11 quyết định", "11", 11, "quyết định", C, code=None),
    F("gồm 96 TTHC", "96", 96, "TTHC", C, code=ANY),
    F("58 TTHC sửa đổi", "58", 58, "TTHC", C, code=ANY),
    F("và 41 TTHC bị", "41", 41, "TTHC", C, code=ANY),
    F("tỉnh là 1.927 TTHC", "1.927", 1927, "TTHC", C, code=_TTHC),
    F("cấp tỉnh 1.538", "1.538", 1538, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("cấp huyện 262", "262", 262, "TTHC", C, subject="cấp huyện", level="huyện", code=_TTHC),
    F("cấp xã 127", "127", 127, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    F("toàn trình là 1.102", "1.102", 1102, "TTHC", C, code=_TOAN),
    F("chiếm 57,19%", "57,19%", 57.19, "%", code=_TOAN),
    # I.2 quý I năm 2025 dated 2025-03-31
    F("tiếp nhận 612.438", "612.438", 612438, "hồ sơ", C, code=_TN),
    F("tăng 48.498", "48.498", 48498, "hồ sơ", CH, code=_TN),
    F("(563.940 hồ sơ)", "563.940", 563940, "hồ sơ", PR, as_of=_Q1, code=_TN),
    F("trực tuyến 428.155", "428.155", 428155, "hồ sơ", C, code=_NOP),
    F("chiếm 69,91%", "69,91%", 69.91, "%", code=_NOP),
    F("là 598.217 hồ sơ", "598.217", 598217, "hồ sơ", C, code=ANY),
    F("đúng hạn 592.864", "592.864", 592864, "hồ sơ", C, code=_DH),
    F("đạt 99,11%", "99,11%", 99.11, "%", code=_DH),
    F("quá hạn 5.353", "5.353", 5353, "hồ sơ", C, code=_QH),
    F("chiếm 0,89%", "0,89%", 0.89, "%", code=_QH),
    F("giải quyết 14.221", "14.221", 14221, "hồ sơ", C, code=ANY),
    F("đạt 48,27%", "48,27%", 48.27, "%", code=_TT, target=50, stated_status="chưa đạt"),
    F("năm 2025 là 50%", "50%", 50, "%", T, as_of="2025-12-31", code=_TT),
    F("đạt 91,36%", "91,36%", 91.36, "%", code=_SH),
    F("2025: 87,02%)", "87,02%", 87.02, "%", PR, as_of=_Q1, code=_SH),
    F("đạt 96,15%", "96,15%", 96.15, "%", code=_KQ),
    F("đạt 52,40%", "52,40%", 52.40, "%", code=_TSD),
    # I.3 Markdown table of six district-level units (no total row)
    *_row_240("UBND thành phố Thanh Hóa", "28.416", "81,24", "99,62", "41", "| 2 | UBND thành phố Sầm Sơn"),
    *_row_240("UBND thành phố Sầm Sơn", "9.138", "76,05", "99,87", "6", "| 3 | UBND thị xã Bỉm Sơn"),
    *_row_240("UBND thị xã Bỉm Sơn", "5.207", "72,93", "100", "0", "| 4 | UBND thị xã Nghi Sơn"),
    *_row_240("UBND thị xã Nghi Sơn", "14.862", "68,47", "98,74", "112", "| 5 | UBND huyện Hoằng Hóa"),
    *_row_240("UBND huyện Hoằng Hóa", "12.395", "70,18", "99,05", "64", "| 6 | UBND huyện Thọ Xuân"),
    *_row_240("UBND huyện Thọ Xuân", "10.774", "66,32", "97,86", "139", "\nUBND thị xã Nghi Sơn và"),
    F("có 21/26 huyện", "21/26", 21, "huyện", C, max_value=26, subject=ANY, level="huyện", code=ANY),
    # I.4 cấp xã
    F("tiếp nhận 187.640", "187.640", 187640, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    F("trực tuyến 139.216", "139.216", 139216, "hồ sơ", C, subject="cấp xã", level="xã", code=_NOP),
    F("chiếm 74,19%", "74,19%", 74.19, "%", subject="cấp xã", level="xã", code=_NOP),
    F("có 412/547", "412/547", 412, "xã", C, max_value=547, subject=ANY, level="xã", code=ANY),
    # I.5 (0237.3852.416 is a phone number)
    F("tiếp nhận 36 phản ánh", "36", 36, "PAKN", C, code=_PAKN_TN),
    F("xử lý 33 PAKN", "33", 33, "PAKN", C, code=_PAKN_XL),
    F("đạt 91,67%", "91,67%", 91.67, "%", code=_PAKN_TL),
    F("còn 03 PAKN", "03", 3, "PAKN", C, code=ANY),
    # I.6 (766/QĐ-TTg of 23/6/2022 cited); quý I năm 2025 dated 2025-03-31; a fall is negative
    F("đạt 85,42/100", "85,42/100", 85.42, "điểm", max_value=100, code=_TONG),
    F("thứ 21/63", "21/63", 21, "hạng", R, max_value=63, code=_HANG),
    F("giảm 3 bậc", "3", -3, "hạng", CH, code=_HANG),
    F("(thứ 18/63", "18/63", 18, "hạng", PR, max_value=63, as_of=_Q1, code=_HANG),
    F("84,96 điểm)", "84,96", 84.96, "điểm", PR, max_value=100, as_of=_Q1, code=_TONG),
    F("minh bạch 17,62/18", "17,62/18", 17.62, "điểm", max_value=18, code="766.cong_khai"),
    F("quyết 19,21/20", "19,21/20", 19.21, "điểm", max_value=20, code="766.tien_do"),
    F("trực tuyến 10,47/12", "10,47/12", 10.47, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến 6,08/10", "6,08/10", 6.08, "điểm", max_value=10, code="766.thanh_toan"),
    F("hài lòng 17,85/18", "17,85/18", 17.85, "điểm", max_value=18, code="766.hai_long"),
    F("hồ sơ 14,19/22", "14,19/22", 14.19, "điểm", max_value=22, code="766.so_hoa"),
    F("ngành là 87,10 điểm", "87,10", 87.10, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("huyện là 83,56 điểm", "83,56", 83.56, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("Có 19/26", "19/26", 19, "huyện", C, max_value=26, subject=ANY, level="huyện", code=None),
    F("Tốt, 06 đơn vị", "06", 6, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("và 01 đơn vị", "01", 1, "đơn vị", C, subject=ANY, level="huyện", code=None),
    # II.
    F("(31,45%)", "31,45%", 31.45, "%", subject="huyện Mường Lát", level="huyện", code=_TT),
    F("(33,08%)", "33,08%", 33.08, "%", subject="huyện Quan Sơn", level="huyện", code=_TT),
]


# ---------------------------------------------------- 241: Sở Giáo dục và Đào tạo tỉnh Đồng Tháp, quý II năm 2025
_SGD = "Sở Giáo dục và Đào tạo"


def _sgd(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SGD, level="tỉnh", **kw)


def _row_241(grade: str, quota: str, registered: str, share: str, after: str) -> list[Fact]:
    """One tab-separated row of a school grade: quota, online registrations, online share (no body: ANY)."""
    cells = [(quota, "học sinh", P, ANY, "period"), (registered, "hồ sơ", P, ANY, "period"),
             (share, "%", P, ANY, "period")]
    return _cells(ANY, ANY, cells, after, "\t", "\n")


BLIND_241 = [
    # I.1 (36/KH-SGDĐT of 14/01/2025 cited)
    _sgd("thực hiện 98 TTHC", "98", 98, "TTHC", C, code=_TTHC),
    _sgd("trong đó 71 TTHC", "71", 71, "TTHC", C, code=_TOAN),
    _sgd("và 27 TTHC", "27", 27, "TTHC", C, code="766.dvctt.mot_phan"),
    _sgd("ban hành 03 quyết định", "03", 3, "quyết định", C, code=None),
    # I.2 quý I năm 2025 dated 2025-03-31; "quý III" in "chuyển sang quý III" is not a figure
    _sgd("tiếp nhận 2.846", "2.846", 2846, "hồ sơ", C, code=_TN),
    _sgd("2025: 2.315 hồ sơ)", "2.315", 2315, "hồ sơ", PR, as_of="2025-03-31", code=_TN),
    _sgd("trực tuyến 2.697", "2.697", 2697, "hồ sơ", C, code=_NOP),
    _sgd("chiếm 94,76%", "94,76%", 94.76, "%", code=_NOP),
    _sgd("là 1.932 hồ sơ", "1.932", 1932, "hồ sơ", C, code=ANY),
    _sgd("chiếm 67,88%", "67,88%", 67.88, "%", code=ANY),
    _sgd("lần lượt có 412", "412", 412, "hồ sơ", C, code=ANY),
    _sgd("412 hồ sơ, 18 hồ sơ", "18", 18, "hồ sơ", C, code=ANY),
    _sgd("và 29 hồ sơ", "29", 29, "hồ sơ", C, code=ANY),
    _sgd("xong 2.790", "2.790", 2790, "hồ sơ", C, code=ANY),
    _sgd("(đạt 100%)", "100%", 100, "%", code=_DH),
    _sgd("là 56 hồ sơ", "56", 56, "hồ sơ", C, code=ANY),
    _sgd("số 1.901 hồ sơ", "1.901", 1901, "hồ sơ", C, code=ANY),
    _sgd("có 1.418 hồ sơ", "1.418", 1418, "hồ sơ", C, code=_TT),
    _sgd("đạt 74,59%", "74,59%", 74.59, "%", code=_TT, target=70, stated_status="đạt"),
    _sgd("ngành là 70%", "70%", 70, "%", T, as_of="2025-12-31", code=_TT),
    _sgd("đạt 98,21%", "98,21%", 98.21, "%", code=_SH),
    _sgd("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    _sgd("đạt 97,35%", "97,35%", 97.35, "%", code=_HL),
    _sgd("tiếp nhận 03 phản ánh", "03", 3, "PAKN", C, code=_PAKN_TN),
    _sgd("xong 03/03 PAKN", "03/03", 3, "PAKN", C, max_value=3, code=_PAKN_XL),
    # I.3 rank among the province's agencies; quý I năm 2025 dated 2025-03-31
    _sgd("Sở đạt 90,64", "90,64", 90.64, "điểm", code=_TONG),
    _sgd("thứ 4/19", "4/19", 4, "hạng", R, max_value=19, code=_HANG),
    _sgd("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _sgd("(thứ 7/19)", "7/19", 7, "hạng", PR, max_value=19, as_of="2025-03-31", code=_HANG),
    # II. online enrolment across the province's schools ("năm học 2025-2026", "Lớp 1", "5 tuổi" are names)
    F("có 1.046/1.112", "1.046/1.112", 1046, "đơn vị", C, max_value=1112, subject=ANY, level=ANY, code=ANY),
    *_row_241("Mầm non 5 tuổi", "24.350", "17.812", "73,15", "Lớp 1\t"),
    *_row_241("Lớp 1", "26.104", "21.467", "82,24", "Lớp 6\t"),
    *_row_241("Lớp 6", "25.728", "22.905", "89,03", "Lớp 10\t"),
    *_row_241("Lớp 10", "19.860", "19.214", "96,75", "Tổng cộng\t"),
    *_row_241("Tổng cộng", "96.042", "81.398", "84,75", "\nTrong số hồ sơ"),
    F("có 80.645 hồ sơ", "80.645", 80645, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("đạt 99,07%", "99,07%", 99.07, "%", subject=ANY, level=ANY, code=ANY),
    F("tiếp nhận 3.204 lượt", "3.204", 3204, "lượt", C, subject=ANY, level=ANY, code=ANY),
    F("có 18.536 thí sinh", "18.536", 18536, "thí sinh", C, subject=ANY, level=ANY, code=ANY),
    F("đó 18.102 thí sinh", "18.102", 18102, "thí sinh", C, subject=ANY, level=ANY, code=ANY),
    F("chiếm 97,66%", "97,66%", 97.66, "%", subject=ANY, level=ANY, code=ANY),
    # III. (address "số 5 đường Võ Trường Toản" and 0277.3851.226 are not figures)
]


# ------------------------------------------------------------ 242: UBND huyện Tuần Giáo (Điện Biên), tháng 4 năm 2025
_TG = "UBND huyện Tuần Giáo"
_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_XA = {"subject": "cấp xã", "level": "xã"}


def _row_242(subject: str, received: str, online: str, share: str, paid: str, after: str) -> list[Fact]:
    """One Markdown row of a commune: received, online files, online share, online-payment share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (share, "%", P, _NOP, "period"), (paid, "%", P, _TT, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


BLIND_242 = [
    # I.1 (1085/QĐ-UBND of 27/12/2024 cited); the district's own total has the issuer as subject
    F("huyện là 394 TTHC", "394", 394, "TTHC", C, subject=_TG, level="huyện", code=_TTHC),
    F("gồm 277 TTHC", "277", 277, "TTHC", C, code=_TTHC, **_HUYEN),
    F("và 117 TTHC", "117", 117, "TTHC", C, code=_TTHC, **_XA),
    F("xã; 100% TTHC", "100%", 100, "%", subject=_TG, level="huyện", code=ANY),
    # I.2 a) cấp huyện; tháng 3/2025 dated 2025-03-31; a fall is negative
    F("tiếp nhận 1.236", "1.236", 1236, "hồ sơ", C, code=_TN, **_HUYEN),
    F("giảm 87 hồ sơ", "87", -87, "hồ sơ", CH, code=_TN, **_HUYEN),
    F("(1.323 hồ sơ)", "1.323", 1323, "hồ sơ", PR, as_of="2025-03-31", code=_TN, **_HUYEN),
    F("trực tuyến 1.018", "1.018", 1018, "hồ sơ", C, code=_NOP, **_HUYEN),
    F("chiếm 82,36%", "82,36%", 82.36, "%", code=_NOP, **_HUYEN),
    F("giải quyết 1.174", "1.174", 1174, "hồ sơ", C, code=ANY, **_HUYEN),
    F("trước hạn 402", "402", 402, "hồ sơ", C, code=ANY, **_HUYEN),
    F("đúng hạn 765", "765", 765, "hồ sơ", C, code=ANY, **_HUYEN),
    F("quá hạn 7 hồ sơ", "7", 7, "hồ sơ", C, code=_QH, **_HUYEN),
    F("đạt 99,40%", "99,40%", 99.40, "%", code=_DH, **_HUYEN),
    # I.2 b) cấp xã
    F("tiếp nhận 3.582", "3.582", 3582, "hồ sơ", C, code=_TN, **_XA),
    F("trực tuyến 2.411", "2.411", 2411, "hồ sơ", C, code=_NOP, **_XA),
    F("chiếm 67,31%", "67,31%", 67.31, "%", code=_NOP, **_XA),
    F("giải quyết 3.540", "3.540", 3540, "hồ sơ", C, code=ANY, **_XA),
    F("đúng hạn 3.528", "3.528", 3528, "hồ sơ", C, code=_DH, **_XA),
    F("đạt 99,66%", "99,66%", 99.66, "%", code=_DH, **_XA),
    F("quá hạn 12", "12", 12, "hồ sơ", C, code=_QH, **_XA),
    # Markdown table of five communes (no total row)
    *_row_242("Thị trấn Tuần Giáo", "642", "531", "82,71", "41,36", "| 2 | Xã Quài Nưa"),
    *_row_242("Xã Quài Nưa", "318", "224", "70,44", "28,05", "| 3 | Xã Mường Mùn"),
    *_row_242("Xã Mường Mùn", "205", "121", "59,02", "19,47", "| 4 | Xã Pú Nhung"),
    *_row_242("Xã Pú Nhung", "176", "98", "55,68", "12,30", "| 5 | Xã Tỏa Tình"),
    *_row_242("Xã Tỏa Tình", "143", "77", "53,85", "10,52", "\n3. Thanh toán"),
    # I.3 shares by level after "lần lượt là"; each target is its level's, dated 2025-12-31
    F("lần lượt là 46,18%", "46,18%", 46.18, "%", code=_TT, target=45, stated_status="đạt", **_HUYEN),
    F("và 27,95%", "27,95%", 27.95, "%", code=_TT, target=30, stated_status="chưa đạt", **_XA),
    F("huyện là 45%", "45%", 45, "%", T, as_of="2025-12-31", code=_TT, **_HUYEN),
    F("xã là 30%", "30%", 30, "%", T, as_of="2025-12-31", code=_TT, **_XA),
    F("đạt 88,40%", "88,40%", 88.40, "%", code=_SH, **_HUYEN),
    F("đạt 71,26%", "71,26%", 71.26, "%", code=_SH, **_XA),
    # I.4 (0215.3862.124 is a phone number)
    F("tiếp nhận 02 phản ánh", "02", 2, "PAKN", C, subject=_TG, level="huyện", code=_PAKN_TN),
    F("xong 02/02 PAKN", "02/02", 2, "PAKN", C, max_value=2, subject=_TG, level="huyện", code=_PAKN_XL),
    # I.5 the score of tháng 3/2025, dated 2025-03-31, and its rise over tháng 2/2025
    F("đạt 79,85/100", "79,85/100", 79.85, "điểm", max_value=100, subject=_TG, level="huyện",
      as_of="2025-03-31", code=_TONG),
    F("thứ 6/10", "6/10", 6, "hạng", R, max_value=10, subject=_TG, level="huyện", as_of="2025-03-31",
      code=_HANG),
    F("tăng 0,92 điểm", "0,92", 0.92, "điểm", CH, subject=_TG, level="huyện", as_of="2025-03-31",
      code=_TONG),
]


# ------------------------------------------------------------ 243: Văn phòng UBND tỉnh Đồng Nai, tháng 5 năm 2025


def _agency_243(agency: str, paid: str, share: str) -> list[Fact]:
    """One dash item of an agency: files paid online and their share."""
    lead = f"- {agency}: thanh toán trực tuyến {paid} hồ sơ"
    return [F(lead, paid, _num(paid), "hồ sơ", C, subject=agency, level="tỉnh", code=_TT),
            F(f"{paid} hồ sơ, đạt {share}", share, _num(share), "%", subject=agency, level="tỉnh", code=_TT)]


BLIND_243 = [
    # 1. (766/QĐ-TTg of 23/6/2022 and 2317/UBND-HCC of 14/3/2025 cited); tháng 4/2025 dated 2025-04-30
    F("có 186.425 hồ sơ", "186.425", 186425, "hồ sơ", C, code=ANY),
    F("đó 104.318 hồ sơ", "104.318", 104318, "hồ sơ", C, code=_TT),
    F("đạt 55,96%", "55,96%", 55.96, "%", code=_TT, target=60, stated_status="chưa đạt"),
    F("2025: 51,69%)", "51,69%", 51.69, "%", PR, as_of="2025-04-30", code=_TT),
    F("là 38,62 tỷ đồng", "38,62", 38.62, "tỷ đồng", code=ANY),
    F("chiếm 82,15%", "82,15%", 82.15, "%", code=ANY),
    F("chiếm 61,48%", "61,48%", 61.48, "%", code=ANY),
    F("điện tử 23,17%", "23,17%", 23.17, "%", code=ANY),
    F("thẻ 15,35%", "15,35%", 15.35, "%", code=ANY),
    F("tỉnh là 38,26%", "38,26%", 38.26, "%", PR, as_of="2024-05-31", code=_TT),
    F("là 12.530 hồ sơ", "12.530", 12530, "hồ sơ", C, code=ANY),
    F("có 1.284 giao dịch", "1.284", 1284, "giao dịch", C, code=ANY),
    F("giảm 312 giao dịch", "312", -312, "giao dịch", CH, code=ANY),
    F("năm 2025 là 60%", "60%", 60, "%", T, as_of="2025-12-31", code=_TT),
    F("đạt 6,74/10", "6,74/10", 6.74, "điểm", max_value=10, code="766.thanh_toan"),
    # 2. dash list of agencies
    *_agency_243("Sở Tư pháp", "4.215", "96,23%"),
    *_agency_243("Sở Xây dựng", "1.862", "88,71%"),
    *_agency_243("Sở Công Thương", "2.604", "91,05%"),
    *_agency_243("Sở Nông nghiệp và Môi trường", "3.147", "62,38%"),
    *_agency_243("Sở Y tế", "958", "47,16%"),
    *_agency_243("Công an tỉnh", "41.736", "71,42%"),
    *_agency_243("Sở Tài chính", "1.209", "93,57%"),
    *_agency_243("Sở Nội vụ", "386", "84,65%"),
    *_agency_243("Sở Giáo dục và Đào tạo", "1.574", "90,82%"),
    *_agency_243("Sở Văn hóa, Thể thao và Du lịch", "267", "58,30%"),
    *_agency_243("Ban Quản lý các khu công nghiệp", "2.931", "97,44%"),
    F("Có 14/21", "14/21", 14, "đơn vị", C, max_value=21, subject=ANY, level="tỉnh", code=ANY),
    F("07 cơ quan", "07", 7, "đơn vị", C, subject=ANY, level="tỉnh", code=ANY),
    # 3. the district-level average, best and worst units in brackets, the commune level
    F("bình quân đạt 49,85%", "49,85%", 49.85, "%", subject=ANY, level="huyện", code=_TT),
    F("2025: 46,02%)", "46,02%", 46.02, "%", PR, subject=ANY, level="huyện", as_of="2025-04-30", code=_TT),
    F("có 9/11 huyện", "9/11", 9, "huyện", C, max_value=11, subject=ANY, level="huyện", code=ANY),
    F("(68,52%)", "68,52%", 68.52, "%", subject="thành phố Long Khánh", level="huyện", code=_TT),
    F("(31,74%)", "31,74%", 31.74, "%", subject="huyện Tân Phú", level="huyện", code=_TT),
    F("(34,09%)", "34,09%", 34.09, "%", subject="huyện Định Quán", level="huyện", code=_TT),
    F("lần lượt là 57,36%", "57,36%", 57.36, "%", subject="thành phố Biên Hòa", level="huyện", code=_TT),
    F("57,36%, 52,18%", "52,18%", 52.18, "%", subject="huyện Long Thành", level="huyện", code=_TT),
    F("52,18%, 50,44%", "50,44%", 50.44, "%", subject="huyện Nhơn Trạch", level="huyện", code=_TT),
    F("và 46,91%", "46,91%", 46.91, "%", subject="huyện Trảng Bom", level="huyện", code=_TT),
    F("Cấp xã đạt 41,27%", "41,27%", 41.27, "%", subject="cấp xã", level="xã", code=_TT),
    F("còn 57/170", "57/170", 57, "xã", C, max_value=170, subject=ANY, level="xã", code=ANY),
    # 4. ("số 2 Nguyễn Văn Trị" is an address, 0251.3822.515 a phone number)
]


# ------------------------------------------------------------ 244: UBND xã Tiên Du (Bắc Ninh), quý III năm 2025
_TD = "UBND xã Tiên Du"
_AUG = "2025-08-31"


def _xa_td(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the commune itself (subject the issuer, level xã)."""
    return F(context, raw, value, unit, kind, subject=_TD, level="xã", **kw)


BLIND_244 = [
    # I.1 (12/KH-UBND of 08/7/2025 and Nghị định 118/2025/NĐ-CP of 09/6/2025 cited)
    _xa_td("thực hiện 364 TTHC", "364", 364, "TTHC", C, code=_TTHC),
    _xa_td("trong đó 219 TTHC", "219", 219, "TTHC", C, code=_TOAN),
    _xa_td("và 145 TTHC", "145", 145, "TTHC", C, code="766.dvctt.mot_phan"),
    _xa_td("ban hành 02 quyết định", "02", 2, "quyết định", C, code=None),
    _xa_td("giải quyết 87 TTHC", "87", 87, "TTHC", C, code=ANY),
    # I.2 monthly counts after "lần lượt là" dated at each month's end ("tháng 7, tháng 8, tháng 9" are names)
    _xa_td("tiếp nhận 6.842", "6.842", 6842, "hồ sơ", C, code=_TN),
    _xa_td("trực tuyến 5.977", "5.977", 5977, "hồ sơ", C, code=_NOP),
    _xa_td("chiếm 87,36%", "87,36%", 87.36, "%", code=_NOP),
    _xa_td("trực tiếp 865", "865", 865, "hồ sơ", C, code=_NTT),
    _xa_td("lần lượt là 2.106", "2.106", 2106, "hồ sơ", C, as_of="2025-07-31", code=_TN),
    _xa_td("2.106, 2.289", "2.289", 2289, "hồ sơ", C, as_of=_AUG, code=_TN),
    _xa_td("và 2.447 hồ sơ", "2.447", 2447, "hồ sơ", C, code=_TN),
    _xa_td("tương ứng là 2.418", "2.418", 2418, "hồ sơ", C, code=ANY),
    _xa_td("1.935 hồ sơ", "1.935", 1935, "hồ sơ", C, code=ANY),
    _xa_td("và 1.106 hồ sơ", "1.106", 1106, "hồ sơ", C, code=ANY),
    _xa_td("giải quyết 6.615", "6.615", 6615, "hồ sơ", C, code=ANY),
    _xa_td("đúng hạn 6.581", "6.581", 6581, "hồ sơ", C, code=_DH),
    _xa_td("đạt 99,49%", "99,49%", 99.49, "%", code=_DH),
    _xa_td("quá hạn 34", "34", 34, "hồ sơ", C, code=_QH),
    _xa_td("là 227 hồ sơ", "227", 227, "hồ sơ", C, code=ANY),
    # I.3 the target is the commune level's, dated 2025-12-31
    _xa_td("đạt 63,52%", "63,52%", 63.52, "%", code=_TT, target=55, stated_status="đạt"),
    F("năm 2025 là 55%", "55%", 55, "%", T, subject=ANY, level="xã", as_of="2025-12-31", code=_TT),
    _xa_td("đạt 94,08%", "94,08%", 94.08, "%", code=_SH),
    _xa_td("đạt 97,62%", "97,62%", 97.62, "%", code=_KQ),
    _xa_td("đạt 61,30%", "61,30%", 61.30, "%", code=_TSD),
    _xa_td("đạt 98,74%", "98,74%", 98.74, "%", code=_HL),
    _xa_td("là 1,86 tỷ đồng", "1,86", 1.86, "tỷ đồng", code=ANY),
    _xa_td("cấp 1.287 bản", "1.287", 1287, "bản", C, code=_CT),
    _xa_td("có 31.406 tài khoản", "31.406", 31406, "tài khoản", C, code=_TK),
    _xa_td("đạt 86,92%", "86,92%", 86.92, "%", code=_TK),
    _xa_td("đạt 100% (2.146", "100%", 100, "%", code=ANY),
    _xa_td("(2.146 văn bản)", "2.146", 2146, "văn bản", C, code=ANY),
    F("tại 27/27 thôn", "27/27", 27, "thôn", C, max_value=27, subject=ANY, level=ANY, code=ANY),
    # I.4 bare parts of the PAKN received (code unchecked)
    _xa_td("tiếp nhận 05 phản ánh", "05", 5, "PAKN", C, code=_PAKN_TN),
    _xa_td("(03 PAKN", "03", 3, "PAKN", C, code=ANY),
    _xa_td("02 PAKN trực tiếp", "02", 2, "PAKN", C, code=ANY),
    _xa_td("xử lý 04 PAKN", "04", 4, "PAKN", C, code=_PAKN_XL),
    _xa_td("đạt 80%", "80%", 80, "%", code=_PAKN_TL),
    _xa_td("01 PAKN đang", "01", 1, "PAKN", C, code=ANY),
    # I.5 tháng 9/2025 is the period end; tháng 8/2025 dated 2025-08-31
    _xa_td("đạt 88,17/100", "88,17/100", 88.17, "điểm", max_value=100, code=_TONG),
    _xa_td("thứ 12/99", "12/99", 12, "hạng", R, max_value=99, code=_HANG),
    _xa_td("tăng 1,54 điểm", "1,54", 1.54, "điểm", CH, code=_TONG),
    _xa_td("tăng 9 bậc", "9", 9, "hạng", CH, code=_HANG),
    _xa_td("(86,63 điểm", "86,63", 86.63, "điểm", PR, max_value=100, as_of=_AUG, code=_TONG),
    _xa_td("thứ 21/99)", "21/99", 21, "hạng", PR, max_value=99, as_of=_AUG, code=_HANG),
    _xa_td("đạt 16,02/22", "16,02/22", 16.02, "điểm", max_value=22, code="766.so_hoa"),
    _xa_td("đạt 7,35/10", "7,35/10", 7.35, "điểm", max_value=10, code="766.thanh_toan"),
    F("tỉnh là 84,26 điểm", "84,26", 84.26, "điểm", subject=ANY, level="xã", code=_TONG),
]

BLIND = {"240": BLIND_240, "241": BLIND_241, "242": BLIND_242, "243": BLIND_243, "244": BLIND_244}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "240": [
        ("2025-07-15", "day", "15/7/2025", "công bố danh mục TTHC được chuẩn hóa", "Sở Tư pháp"),
        ("2025-06-30", "day", "ngày 30 tháng 6 năm 2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "UBND thị xã Nghi Sơn, UBND huyện Thọ Xuân"),
        ("2025-09-30", "quarter", "quý III/2025", "nâng tỷ lệ hồ sơ thanh toán trực tuyến", "Văn phòng UBND tỉnh"),
        # issued 25/6/2025: the first "ngày 18 hằng tháng" is 18/7/2025
        ("2025-07-18", "recurring", "18 hằng tháng", "cập nhật kết quả giải quyết hồ sơ",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "241": [
        ("2025-08-31", "day", "31/8/2025", "cấp bằng tốt nghiệp trung học phổ thông", "Phòng Quản lý chất lượng"),
        ("2025-07-31", "month", "tháng 7/2025", "đề xuất phương án đơn giản hóa TTHC",
         "Các phòng chuyên môn thuộc Sở"),
        ("2025-12-31", "year", "năm 2025", "thu học phí không dùng tiền mặt", "Phòng Kế hoạch - Tài chính"),
    ],
    "242": [
        ("2025-05-20", "day", "20/5/2025", "sử dụng tài khoản thanh toán trực tuyến",
         "Văn phòng HĐND và UBND huyện"),
        ("2025-05-31", "month", "tháng 5/2025", "nâng tỷ lệ nộp hồ sơ trực tuyến",
         "UBND các xã Mường Mùn, Pú Nhung, Tỏa Tình"),
        ("2025-05-25", "day", "ngày 25 tháng 5 năm 2025", "bố trí Bộ phận Một cửa cấp xã", "Phòng Nội vụ"),
        # issued 05/5/2025: the first "ngày 15 hằng tháng" is 15/5/2025
        ("2025-05-15", "recurring", "15 hằng tháng", "gửi báo cáo kết quả giải quyết TTHC",
         "Các cơ quan, đơn vị, UBND các xã, thị trấn"),
    ],
    "243": [
        ("2025-06-30", "month", "tháng 6/2025", "nâng tỷ lệ hồ sơ thanh toán trực tuyến",
         "Sở Y tế, UBND huyện Tân Phú, UBND huyện Định Quán"),
        ("2025-06-30", "day", "30/6/2025", "thu phí, lệ phí bằng mã QR", "Trung tâm Phục vụ hành chính công tỉnh"),
        ("2025-09-30", "quarter", "quý III năm 2025", "hướng dẫn hạch toán các khoản phí, lệ phí", "Sở Tài chính"),
        # issued 10/6/2025: the first "ngày 05 hằng tháng" is 05/7/2025
        ("2025-07-05", "recurring", "05 hằng tháng", "cập nhật số liệu thanh toán trực tuyến",
         "Các cơ quan, đơn vị"),
    ],
    "244": [
        ("2025-10-31", "day", "31/10/2025", "cập nhật danh mục TTHC", "Văn phòng HĐND và UBND xã"),
        ("2025-11-15", "day", "ngày 15 tháng 11 năm 2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Phòng Kinh tế"),
        ("2025-12-31", "month", "tháng 12/2025", "ký số kết quả giải quyết TTHC",
         "Trung tâm Phục vụ hành chính công xã"),
        ("2025-12-31", "year", "năm 2025", "số hóa sổ hộ tịch", "Phòng Văn hóa - Xã hội"),
        # issued 06/10/2025: the first "ngày 10 hằng tháng" is 10/10/2025
        ("2025-10-10", "recurring", "10 hằng tháng", "báo cáo kết quả hoạt động của tổ công nghệ số",
         "Các thôn, khu phố"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 240's issuer is UBND tỉnh Thanh Hóa, period the quarter in its title; 241's issuer is the Sở Giáo dục và Đào
# tạo under "UBND TỈNH ĐỒNG THÁP"; 242's issuer is a district (province named in "Kính gửi"), a monthly report;
# 243's issuer is the Văn phòng under "UBND TỈNH ĐỒNG NAI", a Thông báo whose period is the month in its title;
# 244's issuer is a post-merger commune of tỉnh Bắc Ninh (named in "Kính gửi"), a quarterly report.
META = {
    "240": {"doc_number": "214/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-06-25",
            "province": "Thanh Hóa", "period_label": "quý II năm 2025", "period_start": "2025-04-01",
            "period_end": "2025-06-30", "signer": "Phạm Ngọc Hiển"},
    "241": {"doc_number": "1285/BC-SGDĐT", "doc_type": "Báo cáo", "issued_date": "2025-07-08",
            "province": "Đồng Tháp", "period_label": "quý II năm 2025", "period_start": "2025-04-01",
            "period_end": "2025-06-30", "signer": "Phan Văn Thắng"},
    "242": {"doc_number": "186/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-05-05",
            "province": "Điện Biên", "period_label": "tháng 4 năm 2025", "period_start": "2025-04-01",
            "period_end": "2025-04-30", "signer": "Lò Văn Tiến"},
    "243": {"doc_number": "95/TB-VP", "doc_type": "Thông báo", "issued_date": "2025-06-10",
            "province": "Đồng Nai", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Nguyễn Kim Long"},
    "244": {"doc_number": "58/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Bắc Ninh", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Nguyễn Đức Mạnh"},
}
