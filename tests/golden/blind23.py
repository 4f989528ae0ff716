"""Blind golden facts for corpus/blind23/190_binh_phuoc.txt, 191_nghe_an.txt, 192_ca_mau.txt, 193_phu_tho.txt
and 194_ho_chi_minh.txt.

The five documents were written by the developers for a twenty-third blind measurement (issuers, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind13.py … blind16.py: rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are kind
`count`; table cells are kind `value` with `extra={"source": "table"}`; `as_of="period"` is the period's end;
`ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly
names none). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of
the files (or PAKN, or TTHC) an indicator is computed on carries that indicator's code; every "đã giải
quyết" count, the parts of a received or settled whole ("kỳ trước chuyển sang", "tiếp nhận mới", "trước hạn",
"đúng hạn" apart) and files still in progress have their code unchecked; a relative change of a count has
its code unchecked. A change is dated at the period end; a fall ("giảm", "rút ngắn") is negative. A count of
local units takes the unit of its first unit word, counts of "cơ quan"/"đơn vị" the unit `đơn vị`, at the
level of the bodies counted (who they are unchecked). Dates, document numbers, cited decrees, plans, letters
and decisions ("Nghị định số 61/2018/NĐ-CP", "Kế hoạch số 36/KH-UBND", "Quyết định số 422/QĐ-UBND",
"Quyết định số 1215/QĐ-UBND", "Kế hoạch số 12/KH-UBND", "Công văn số 4127/VP-KSTT"), cut-off dates ("Đến
ngày 31/5/2025", "tại ngày 31/3/2025", "tính đến ngày 30/9/2024"), section numbering ("I.", "1.", "1.1.",
"2.1.", "a)"), the STT/TT column, phone numbers ("0271.3879.412", "0238.3844.512", "0290.3567.890",
"0210.3820.215", "028.3841.2756"), "Tổng đài 1022", street addresses and names with numbers ("số 02 đường
Hùng Vương, Phường 5", "số 6 đường Phan Đăng Lưu", "Phường 1, Phường 2, Phường 7 và Phường 17"), times ("7
giờ 00", "17 giờ 00"), "mức độ 2", "Bộ chỉ số 766", "giai đoạn 2020 - 2024", headings naming the next
period ("III. NHIỆM VỤ THÁNG 6 NĂM 2025", "III. NHIỆM VỤ QUÝ II NĂM 2025 VÀ ĐỀ XUẤT", "II. NHIỆM VỤ QUÝ IV
NĂM 2024", "III. NHIỆM VỤ QUÝ II NĂM 2025", "6. Nhiệm vụ tháng 11 năm 2025": no deadlines) and years are
not figures.

New in this set:
- 190 is a monthly Báo cáo of UBND tỉnh Bình Phước to the Văn phòng Chính phủ, tháng 5 năm 2025 (stated as
  01/5–31/5/2025, issued 06/6/2025). Province figures have subject NULL. "05 quyết định" is a count with code
  None; "tổng số 64 thủ tục được công bố (sửa đổi, bổ sung 41 thủ tục; bãi bỏ 23 thủ tục)" are counts of
  published procedures (code unchecked). "1.718 thủ tục; trong đó cấp tỉnh 1.391 thủ tục, …" by level;
  "1.296 thủ tục được cung cấp dịch vụ công trực tuyến, chiếm 75,44% (toàn trình 938 thủ tục, một phần 358
  thủ tục)". "tăng 4.118 hồ sơ so với tháng 4/2025 (48.519 hồ sơ)": a change and a previous value dated
  2025-04-30, as are "(tháng 4/2025: 76,12%)" and "(tháng 4/2025: 19 PAKN)". Files received by level after
  "Cấp tỉnh, cấp huyện và cấp xã tiếp nhận lần lượt là". "trước hạn và đúng hạn 50.412 hồ sơ, đạt 99,05%"
  carries the on-time code. "2,8 ngày/hồ sơ, rút ngắn 0,3 ngày". Its Markdown table (unit stated before it,
  "(đơn vị tính: hồ sơ)") lists the 11 district-level units (subject as written, "UBND thị xã Chơn Thành",
  level huyện; received, submitted online, overdue; two "0" cells) with a "Tổng cộng" row with an empty STT
  cell (= cấp huyện; its 11.906 is also in the prose). "so với chỉ tiêu năm 2025 là 60% thì chưa đạt chỉ
  tiêu": target dated 2025-12-31, the 58,47% carries it with status "chưa đạt". Digitisation by level after
  "tương ứng là". Total "84,37/100", rank "23/63", "tăng 0,92 điểm nhưng giảm 1 bậc so với tháng 4/2025
  (83,45 điểm, xếp thứ 22/63)"; six group scores "<group> x/max điểm" separated by ";" (sum 84,37); block
  averages (subject unchecked, levels tỉnh/huyện/xã); counts by grade "14/21 cơ quan xếp loại Tốt, 06 cơ
  quan …, 01 cơ quan …" (unit `đơn vị`, level tỉnh) and "khối huyện có 08/11 đơn vị …, 03 đơn vị …" (unit
  `đơn vị`, level huyện). The target "đến hết quý III năm 2025 … toàn tỉnh đạt tối thiểu 60%" in the task
  of Sở Tài chính is the province's (subject NULL), dated 2025-09-30. Five deadlines: day for two named
  districts, quarter (with the target), month, "chậm nhất" day in words, "trước ngày 15 hằng tháng" (issued
  06/6/2025: first 15/6/2025).
- 191 is a quarterly Báo cáo of Sở Khoa học và Công nghệ tỉnh Nghệ An (header "UBND TỈNH NGHỆ AN / SỞ KHOA
  HỌC VÀ CÔNG NGHỆ"), quý I năm 2025, issued 07/4/2025, on online public services and digitisation across
  the province. The Sở reports, it is not the subject: every figure written "toàn tỉnh", "của tỉnh" or by
  level is the province's (subject NULL or the level). "445 TTHC chưa đủ điều kiện cung cấp trực tuyến"
  carries the code of procedures without online service. "(quý IV năm 2024: 66,35%)" and "(quý IV năm 2024:
  79,83%)" are previous values dated 2024-12-31; "tăng 5,76% so với quý trước" and "giảm 1,05% so với quý
  trước" are changes of the shares they follow. "917/1.142 TTHC, đạt 80,30%" is one count (max 1142) of
  procedures with online files and its share. "Có 14/20 huyện, thành phố, thị xã …" is a count (unit
  `huyện`, level huyện, code None); the best and worst district-level units and two Sở carry their online
  share in brackets (subject as written). "Tỷ lệ TTHC có phát sinh phí, lệ phí được tích hợp thanh toán
  trực tuyến" is left with code unchecked (which catalogued payment indicator it is, is not certain); "số
  tiền 41.862.350.000 đồng" is a sum of money (kind value, unit `đồng`, code unchecked). "tăng 6,91% … nhưng
  chưa đạt chỉ tiêu năm 2025 là 65%": the target dated 2025-12-31, the 54,08% carries it with status "chưa
  đạt". Signed documents ("ký số") and work files handled online by level in dash items "cấp tỉnh x%, cấp
  huyện y%, cấp xã z%". VNeID accounts and their share. Total "82,64/100", rank "29/63", three group scores
  "nhóm <group> đạt x/max điểm" and their rises after "tăng tương ứng 0,41 điểm, 0,73 điểm và 1,12 điểm"
  (the n-th change is the n-th group's). "Kết quả đánh giá mức độ chuyển đổi số của 20 huyện, thành phố, thị
  xã: 03 đơn vị xếp loại Tốt, 11 đơn vị …, 06 đơn vị …; điểm bình quân đạt 71,58 điểm": counts at level
  huyện (code None) and a level average of a score that is not the 766 index (code unchecked). The target
  "đến hết quý II năm 2025 … toàn tỉnh đạt tối thiểu 60%" in the task of Sở Tài chính is the province's,
  dated 2025-06-30. Five deadlines: day for the Sở itself, month for two named districts, quarter (with the
  target), "chậm nhất" day in words, "trước ngày 10 hằng tháng" (issued 07/4/2025: first 10/4/2025).
- 192 is a Báo cáo of the Trung tâm Phục vụ hành chính công tỉnh Cà Mau (header "UBND TỈNH CÀ MAU / TRUNG
  TÂM PHỤC VỤ / HÀNH CHÍNH CÔNG", the Centre's name over two lines), 9 tháng năm 2024 (stated as
  01/01–30/9/2024, issued 02/10/2024). The Centre's own figures (written "Trung tâm …") have subject
  "Trung tâm Phục vụ hành chính công tỉnh" (as its title writes it), level tỉnh. "19 sở, ban, ngành" is a
  count (unit `đơn vị`, level tỉnh, code None); "03 cơ quan Trung ương đóng trên địa bàn tỉnh" likewise,
  level unchecked (central agencies' provincial branches). "86.412 hồ sơ (kỳ trước chuyển sang 1.207 hồ sơ,
  tiếp nhận mới 85.205 hồ sơ)": the whole is files received. "tăng 14,6% so với cùng kỳ năm 2023" is a
  relative change. "gồm: trước hạn …, đúng hạn …, quá hạn 237 hồ sơ; tỷ lệ giải quyết đúng hạn (tính cả
  trước hạn) đạt 99,72%". "(148 hồ sơ, chiếm 62,45% số hồ sơ quá hạn)" is Sở Tài nguyên và Môi trường's
  overdue count and its share of the overdue files (code unchecked). Its tab-separated table (units in the
  headers) lists seven agencies (subject as written, level tỉnh), a row "Các cơ quan khác" (subject
  unchecked, level tỉnh) and a "Tổng cộng" row with an empty STT cell (= the Centre; its figures are also
  in the prose): received, settled, overdue (one "0" cell), online share. "(chỉ tiêu năm 2024 UBND tỉnh
  giao là 45%, đã đạt chỉ tiêu)": the Centre's target dated 2024-12-31, the 49,83% carries it with status
  "đạt". A sum of money "3.847.260.000 đồng" (kind value, unit `đồng`); "9.412 hồ sơ" returned by post,
  "15.236 lượt" helped and "4.208 phiếu" of assessment are counts with code unchecked. "tăng 4 PAKN so với
  cùng kỳ năm 2023" is a change (code unchecked); "11/11 PAKN" one count (max 11). The province's 766 total
  "80,56/100", rank "31/63" and two group scores have subject NULL. The target "đến hết năm 2024 … tại
  Trung tâm đạt tối thiểu 55%" is the Centre's, dated 2024-12-31. Five deadlines: day, month, year (with the
  target), quarter of the next year, "trước ngày 03 hằng tháng" (issued 02/10/2024: first 03/10/2024).
- 193 is a quarterly Báo cáo of UBND thị xã Phú Thọ (tỉnh Phú Thọ, named in "Kính gửi"), quý I năm 2025,
  issued 03/4/2025, before the 1 July 2025 reform. Figures under "2.1. Tại cấp huyện" have subject "cấp
  huyện" (level huyện), those under "2.2. Tại cấp xã" subject "cấp xã" (level xã); "227 TTHC cấp huyện và
  114 TTHC cấp xã" and the figures of both levels after "tương ứng là", "cấp huyện đạt …, cấp xã đạt …" and
  "cấp huyện thực hiện …, cấp xã thực hiện …" likewise; the thị xã's own PAKN, score and rank have subject
  "UBND thị xã Phú Thọ", level huyện. "10 đơn vị hành chính cấp xã (05 phường, 05 xã)": subject "cấp xã",
  level xã (units `đơn vị`, `phường`, `xã`). "giảm 6,3% so với quý IV năm 2024" is a relative fall (code
  unchecked). The ten phường, xã are a dash list "- <unit>: n hồ sơ; x%; y%." whose order of figures is
  stated before it (received, online share, on-time share; subject as written, "Phường Âu Cơ", "Xã Hà Lộc",
  level xã; three "100%"). "Chỉ tiêu năm 2025 tỉnh giao là 45% đối với cấp huyện và 40% đối với cấp xã; như
  vậy cấp huyện đã đạt, cấp xã chưa đạt chỉ tiêu": each target is its level's, dated 2025-12-31; 47,62%
  carries 45 with status "đạt", 38,15% carries 40 with status "chưa đạt". "07/10 phường, xã" is a count (unit
  `phường`, level xã, code None). Electronic certification counts by level (unit `trường hợp`). "xếp thứ
  4/13 huyện, thành phố, thị xã, tăng 2 bậc so với quý IV năm 2024 (xếp thứ 6/13)": rank, rise and the
  previous rank dated 2024-12-31. A level average and two units with scores in brackets. The target "đến
  ngày 30/6/2025 … cấp xã đạt tối thiểu 40%" in the task of "UBND các phường, xã" is theirs, dated
  2025-06-30. Six deadlines: day for two named communes, day "đến ngày 30/6/2025" (with the target), month,
  "chậm nhất" day in words, quarter written "quý II/2025", "trước ngày 12 hằng tháng" (issued 03/4/2025:
  first 12/4/2025).
- 194 is a monthly Báo cáo of a post-merger ward, UBND phường Gia Định (Thành phố Hồ Chí Minh after the 1 July
  2025 reform; place line "Thành phố Hồ Chí Minh, ngày …"), tháng 10 năm 2025, issued 05/11/2025. Every
  figure written "phường …" is the ward's (subject "UBND phường Gia Định", level xã); "18 quầy" is a count
  with code None. "tăng 512 hồ sơ so với tháng 9/2025 (5.906 hồ sơ)", "(tháng 9/2025: 83,20%)" and "so với
  tháng 9/2025 (89,42 điểm, xếp thứ 19/168)": changes and previous values dated 2025-09-30 (no maximum is
  written for the scores). "đúng hạn và trước hạn 6.071 hồ sơ (99,44%)" carries the on-time code. Its
  Markdown table by field (TT column, no units in the headers; received, submitted online, on-time share,
  overdue; three "100" and three "0" cells) has field rows with subject unchecked, level xã, and a "Tổng cộng"
  row with an empty TT cell (= the ward; its figures are also in the prose); "đất đai (27 hồ sơ)" is the
  field's overdue count. "2.964/3.417 hồ sơ" is one count (max 3417). "chỉ tiêu Thành phố giao cho phường
  năm 2025 là 60%, chưa đạt chỉ tiêu": the ward's target dated 2025-12-31, the 52,16% carries it with status
  "chưa đạt". "(qua Tổng đài 1022: 09 PAKN; qua Cổng Dịch vụ công quốc gia: 06 PAKN)" are bare parts of the
  PAKN received (code unchecked). Rank "12/168" among the city's xã, phường, đặc khu, "tăng 7 bậc"; the six
  group scores written "x/max" without "điểm" (unit `điểm`, sum 90,27) are the ward's; "Điểm bình quân của
  168 xã, phường, đặc khu là 84,63 điểm": a count (unit `xã`, level xã, code None) and a level average. The
  target "trong tháng 12/2025 … của phường đạt tối thiểu 60%" is the ward's, dated 2025-12-31. Five
  deadlines: day, month (with the target), "chậm nhất" day in words, quarter, "trước ngày 25 hằng tháng"
  (issued 05/11/2025: first 25/11/2025).
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
_CUNG_CAP = "766.dvctt.tthc_cung_cap"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_CT = "chung_thuc_dien_tu"
_KY = "cds.ky_so"
_KS = "cds.ho_so_cong_viec"
_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_XA = {"subject": "cấp xã", "level": "xã"}


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 190: UBND tỉnh Bình Phước, tháng 5 năm 2025
_APR_190 = "2025-04-30"


def _row_190(subject: str, received: str, online: str, late: str, after: str) -> list[Fact]:
    """One Markdown row of a district-level unit (or the total): files received, submitted online, overdue."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (late, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "huyện", cells, after, " | ", " |\n")


BLIND_190 = [
    # I.1 (61/2018/NĐ-CP of 23/4/2018 and 36/KH-UBND of 20/01/2025 cited; "Đến ngày 31/5/2025" is the period end)
    F("ban hành 05 quyết định", "05", 5, "quyết định", C, code=None),
    F("tổng số 64 thủ tục", "64", 64, "TTHC", C, code=ANY),
    F("bổ sung 41 thủ tục", "41", 41, "TTHC", C, code=ANY),
    F("bãi bỏ 23 thủ tục", "23", 23, "TTHC", C, code=ANY),
    F("gồm 1.718 thủ tục", "1.718", 1718, "TTHC", C, code=_TTHC),
    F("cấp tỉnh 1.391", "1.391", 1391, "TTHC", C, code=_TTHC, **_TINH),
    F("cấp huyện 212", "212", 212, "TTHC", C, code=_TTHC, **_HUYEN),
    F("cấp xã 115", "115", 115, "TTHC", C, code=_TTHC, **_XA),
    F("Có 1.296 thủ tục", "1.296", 1296, "TTHC", C, code=_CUNG_CAP),
    F("chiếm 75,44%", "75,44%", 75.44, "%", code=_CUNG_CAP),
    F("(toàn trình 938", "938", 938, "TTHC", C, code=_TOAN),
    F("một phần 358", "358", 358, "TTHC", C, code=_MOT),
    # I.2 tháng 4/2025 dated 2025-04-30; by level after "lần lượt là"
    F("tiếp nhận 52.637", "52.637", 52637, "hồ sơ", C, code=_TN),
    F("tăng 4.118 hồ sơ", "4.118", 4118, "hồ sơ", CH, code=_TN),
    F("(48.519 hồ sơ)", "48.519", 48519, "hồ sơ", PR, as_of=_APR_190, code=_TN),
    F("lần lượt là 14.285", "14.285", 14285, "hồ sơ", C, code=_TN, **_TINH),
    F(", 11.906 hồ sơ và", "11.906", 11906, "hồ sơ", C, code=_TN, **_HUYEN),
    F("và 26.446", "26.446", 26446, "hồ sơ", C, code=_TN, **_XA),
    F("là 41.216", "41.216", 41216, "hồ sơ", C, code=_NOP),
    F("chiếm 78,30%", "78,30%", 78.30, "%", code=_NOP),
    F("(tháng 4/2025: 76,12%)", "76,12%", 76.12, "%", PR, as_of=_APR_190, code=_NOP),
    F("giải quyết 50.893", "50.893", 50893, "hồ sơ", C, code=ANY),
    F("đúng hạn 50.412", "50.412", 50412, "hồ sơ", C, code=_DH),
    F("đạt 99,05%", "99,05%", 99.05, "%", code=_DH),
    F("trễ hạn 481", "481", 481, "hồ sơ", C, code=_QH),
    F("chiếm 0,95%", "0,95%", 0.95, "%", code=_QH),
    F("Bù Đăng (173 hồ sơ)", "173", 173, "hồ sơ", C, subject="UBND huyện Bù Đăng", level="huyện", code=_QH),
    F("Lộc Ninh (126 hồ sơ)", "126", 126, "hồ sơ", C, subject="UBND huyện Lộc Ninh", level="huyện", code=_QH),
    F("là 2,8 ngày", "2,8", 2.8, "ngày", code=_TIME),
    F("rút ngắn 0,3 ngày", "0,3", -0.3, "ngày", CH, code=_TIME),
    # I.3 Markdown table of the 11 district-level units, "Tổng cộng" row (= cấp huyện)
    *_row_190("UBND thành phố Đồng Xoài", "1.784", "1.512", "4", "| 2 | UBND thị xã Bình Long"),
    *_row_190("UBND thị xã Bình Long", "826", "671", "0", "| 3 | UBND thị xã Phước Long"),
    *_row_190("UBND thị xã Phước Long", "912", "748", "2", "| 4 | UBND thị xã Chơn Thành"),
    *_row_190("UBND thị xã Chơn Thành", "1.358", "1.104", "9", "| 5 | UBND huyện Bù Đăng"),
    *_row_190("UBND huyện Bù Đăng", "1.267", "902", "178", "| 6 | UBND huyện Bù Đốp"),
    *_row_190("UBND huyện Bù Đốp", "538", "412", "0", "| 7 | UBND huyện Bù Gia Mập"),
    *_row_190("UBND huyện Bù Gia Mập", "704", "531", "6", "| 8 | UBND huyện Đồng Phú"),
    *_row_190("UBND huyện Đồng Phú", "1.146", "917", "11", "| 9 | UBND huyện Hớn Quản"),
    *_row_190("UBND huyện Hớn Quản", "1.083", "846", "7", "| 10 | UBND huyện Lộc Ninh"),
    *_row_190("UBND huyện Lộc Ninh", "1.197", "854", "131", "| 11 | UBND huyện Phú Riềng"),
    *_row_190("UBND huyện Phú Riềng", "1.091", "876", "4", "| | Tổng cộng"),
    *_row_190("cấp huyện", "11.906", "9.373", "352", "\nUBND thị xã Bình Long và"),
    # I.4 the 2025 target (dated at the year's end), "chưa đạt chỉ tiêu"; digitisation by level after "tương ứng là"
    F("toàn tỉnh đạt 58,47%", "58,47%", 58.47, "%", code=_TT, target=60, stated_status="chưa đạt"),
    F("tăng 3,26%", "3,26%", 3.26, "%", CH, code=_TT),
    F("năm 2025 là 60%", "60%", 60, "%", T, as_of="2025-12-31", code=_TT),
    F("tương ứng là 96,82%", "96,82%", 96.82, "%", code=_SH, **_TINH),
    F("96,82%, 88,15%", "88,15%", 88.15, "%", code=_SH, **_HUYEN),
    F("và 79,40%", "79,40%", 79.40, "%", code=_SH, **_XA),
    F("điện tử đạt 93,16%", "93,16%", 93.16, "%", code=_KQ),
    F("số hóa đạt 44,73%", "44,73%", 44.73, "%", code=_TSD),
    # I.5 (0271.3879.412 is a phone number)
    F("tiếp nhận 27 phản ánh", "27", 27, "PAKN", C, code=_PAKN_TN),
    F("(tháng 4/2025: 19 PAKN)", "19", 19, "PAKN", PR, as_of=_APR_190, code=_PAKN_TN),
    F("xử lý 24 PAKN", "24", 24, "PAKN", C, code=_PAKN_XL),
    F("đạt 88,89%", "88,89%", 88.89, "%", code=_PAKN_TL),
    F("03 PAKN còn lại", "03", 3, "PAKN", C, code=ANY),
    F("đạt 95,62%", "95,62%", 95.62, "%", code=_HL),
    # I.6 total, rank, changes; tháng 4/2025 dated 2025-04-30; six groups; block averages; counts by grade
    F("đạt 84,37/100", "84,37/100", 84.37, "điểm", max_value=100, code=_TONG),
    F("thứ 23/63", "23/63", 23, "hạng", R, max_value=63, code=_HANG),
    F("tăng 0,92 điểm", "0,92", 0.92, "điểm", CH, code=_TONG),
    F("giảm 1 bậc", "1", -1, "hạng", CH, code=_HANG),
    F("(83,45 điểm", "83,45", 83.45, "điểm", PR, max_value=100, as_of=_APR_190, code=_TONG),
    F("thứ 22/63)", "22/63", 22, "hạng", PR, max_value=63, as_of=_APR_190, code=_HANG),
    F("minh bạch 17,26/18", "17,26/18", 17.26, "điểm", max_value=18, code="766.cong_khai"),
    F("giải quyết 19,12/20", "19,12/20", 19.12, "điểm", max_value=20, code="766.tien_do"),
    F("trực tuyến 9,84/12", "9,84/12", 9.84, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến 6,43/10", "6,43/10", 6.43, "điểm", max_value=10, code="766.thanh_toan"),
    F("hài lòng 17,58/18", "17,58/18", 17.58, "điểm", max_value=18, code="766.hai_long"),
    F("hồ sơ 14,14/22", "14,14/22", 14.14, "điểm", max_value=22, code="766.so_hoa"),
    F("đạt 89,74 điểm", "89,74", 89.74, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("đạt 86,21 điểm", "86,21", 86.21, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("đạt 81,35 điểm", "81,35", 81.35, "điểm", subject=ANY, level="xã", code=_TONG),
    F("có 14/21 cơ quan", "14/21", 14, "đơn vị", C, max_value=21, subject=ANY, level="tỉnh", code=None),
    F("Tốt, 06 cơ quan", "06", 6, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("và 01 cơ quan", "01", 1, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("có 08/11 đơn vị", "08/11", 8, "đơn vị", C, max_value=11, subject=ANY, level="huyện", code=None),
    F("Tốt, 03 đơn vị", "03", 3, "đơn vị", C, subject=ANY, level="huyện", code=None),
    # III.2 the province's target by the end of quý III năm 2025 (in the task of Sở Tài chính)
    F("tối thiểu 60%", "60%", 60, "%", T, as_of="2025-09-30", code=_TT),
]

# ------------------------------------------------------------ 191: Sở KH&CN tỉnh Nghệ An, quý I năm 2025
_Q4_191 = "2024-12-31"

BLIND_191 = [
    # I.1.1 (422/QĐ-UBND of 18/02/2025 cited; "từ ngày 01/3/2025" is a date)
    F("cung cấp 1.587 TTHC", "1.587", 1587, "TTHC", C, code=_TTHC),
    F("trong đó 1.142 TTHC", "1.142", 1142, "TTHC", C, code=_CUNG_CAP),
    F("(toàn trình 803", "803", 803, "TTHC", C, code=_TOAN),
    F("một phần 339", "339", 339, "TTHC", C, code=_MOT),
    F("chiếm 71,96%", "71,96%", 71.96, "%", code=_CUNG_CAP),
    F("còn 445 TTHC", "445", 445, "TTHC", C, code="766.dvctt.chua_cung_cap"),
    # I.1.2 quý IV năm 2024 dated 2024-12-31; shares by level after "lần lượt là"
    F("tiếp nhận 418.236", "418.236", 418236, "hồ sơ", C, code=_TN),
    F("trực tuyến 301.582", "301.582", 301582, "hồ sơ", C, code=_NOP),
    F("chiếm 72,11%", "72,11%", 72.11, "%", code=_NOP),
    F("2024: 66,35%)", "66,35%", 66.35, "%", PR, as_of=_Q4_191, code=_NOP),
    F("tăng 5,76%", "5,76%", 5.76, "%", CH, code=_NOP),
    F("lần lượt là 93,47%", "93,47%", 93.47, "%", code=_NOP, **_TINH),
    F("93,47%, 74,26%", "74,26%", 74.26, "%", code=_NOP, **_HUYEN),
    F("và 63,18%", "63,18%", 63.18, "%", code=_NOP, **_XA),
    # I.1.3
    F("trực tuyến: 917/1.142", "917/1.142", 917, "TTHC", C, max_value=1142, code="766.dvctt.phat_sinh_ho_so"),
    F("đạt 80,30%", "80,30%", 80.30, "%", code="766.dvctt.phat_sinh_ho_so"),
    # I.1.4 a count of district-level units; units with their online share in brackets
    F("Có 14/20", "14/20", 14, "huyện", C, max_value=20, subject=ANY, level="huyện", code=None),
    F("Vinh (86,42%)", "86,42%", 86.42, "%", subject="thành phố Vinh", level="huyện", code=_NOP),
    F("Kỳ Sơn (38,57%)", "38,57%", 38.57, "%", subject="huyện Kỳ Sơn", level="huyện", code=_NOP),
    F("Xây dựng (61,24%)", "61,24%", 61.24, "%", subject="Sở Xây dựng", level="tỉnh", code=_NOP),
    F("Môi trường (58,90%)", "58,90%", 58.90, "%", subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_NOP),
    # I.2 the 2025 target (dated at the year's end), "chưa đạt chỉ tiêu"
    F("đạt 94,12%", "94,12%", 94.12, "%", code=ANY),
    F("là 104.673", "104.673", 104673, "hồ sơ", C, code=_TT),
    F("tiền 41.862.350.000", "41.862.350.000", 41862350000, "đồng", P, code=ANY),
    F("đạt 54,08%", "54,08%", 54.08, "%", code=_TT, target=65, stated_status="chưa đạt"),
    F("tăng 6,91%", "6,91%", 6.91, "%", CH, code=_TT),
    F("năm 2025 là 65%", "65%", 65, "%", T, as_of="2025-12-31", code=_TT),
    # I.3
    F("toàn tỉnh đạt 84,27%", "84,27%", 84.27, "%", code=_SH),
    F("2024: 79,83%)", "79,83%", 79.83, "%", PR, as_of=_Q4_191, code=_SH),
    F("cấp tỉnh 96,15%", "96,15%", 96.15, "%", code=_SH, **_TINH),
    F("cấp huyện 85,62%", "85,62%", 85.62, "%", code=_SH, **_HUYEN),
    F("cấp xã 76,94%", "76,94%", 76.94, "%", code=_SH, **_XA),
    F("đạt 91,48%", "91,48%", 91.48, "%", code=_KQ),
    F("đạt 36,72%", "36,72%", 36.72, "%", code=_TSD),
    F("giảm 1,05%", "1,05%", -1.05, "%", CH, code=_TSD),
    # I.4 signed documents and work files handled online by level; VNeID accounts ("mức độ 2" is no figure)
    F("cấp tỉnh 99,34%", "99,34%", 99.34, "%", code=_KY, **_TINH),
    F("cấp huyện 97,81%", "97,81%", 97.81, "%", code=_KY, **_HUYEN),
    F("cấp xã 92,46%", "92,46%", 92.46, "%", code=_KY, **_XA),
    F("cấp tỉnh 95,27%", "95,27%", 95.27, "%", code=_KS, **_TINH),
    F("cấp huyện 88,60%", "88,60%", 88.60, "%", code=_KS, **_HUYEN),
    F("cấp xã 71,35%", "71,35%", 71.35, "%", code=_KS, **_XA),
    F("có 2.164.305", "2.164.305", 2164305, "tài khoản", C, code=_TK),
    F("đạt 78,62%", "78,62%", 78.62, "%", code=_TK),
    # I.5 ("tại ngày 31/3/2025" is the period end); the n-th rise after "tăng tương ứng" is the n-th group's
    F("đạt 82,64/100", "82,64/100", 82.64, "điểm", max_value=100, code=_TONG),
    F("thứ 29/63", "29/63", 29, "hạng", R, max_value=63, code=_HANG),
    F("đạt 9,47/12", "9,47/12", 9.47, "điểm", max_value=12, code="766.dvctt"),
    F("đạt 6,02/10", "6,02/10", 6.02, "điểm", max_value=10, code="766.thanh_toan"),
    F("đạt 14,36/22", "14,36/22", 14.36, "điểm", max_value=22, code="766.so_hoa"),
    F("tương ứng 0,41 điểm", "0,41", 0.41, "điểm", CH, code="766.dvctt"),
    F("điểm, 0,73 điểm", "0,73", 0.73, "điểm", CH, code="766.thanh_toan"),
    F("và 1,12 điểm", "1,12", 1.12, "điểm", CH, code="766.so_hoa"),
    # digital-transformation grades of the district-level units (not the 766 index)
    F("của 20 huyện", "20", 20, "huyện", C, subject=ANY, level="huyện", code=None),
    F(": 03 đơn vị", "03", 3, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("Tốt, 11 đơn vị", "11", 11, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("Khá, 06 đơn vị", "06", 6, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("đạt 71,58 điểm", "71,58", 71.58, "điểm", subject=ANY, level="huyện", code=ANY),
    # III.3 the province's target by the end of quý II năm 2025 (0238.3844.512 is a phone number)
    F("tối thiểu 60%", "60%", 60, "%", T, as_of="2025-06-30", code=_TT),
]

# ------------------------------------------------------------ 192: Trung tâm PVHCC tỉnh Cà Mau, 9 tháng năm 2024
_TTPV = "Trung tâm Phục vụ hành chính công tỉnh"


def _centre(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Centre itself (subject the Centre, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_TTPV, level="tỉnh", **kw)


def _row_192(subject: object, received: str, settled: str, late: str, online: str, after: str) -> list[Fact]:
    """One tab-separated row of an agency (or the others, or the total): received, settled, overdue, online share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (settled, "hồ sơ", P, ANY, "period"),
             (late, "hồ sơ", P, _QH, "period"), (online, "%", P, _NOP, "period")]
    return _cells(subject, "tỉnh", cells, after, "\t", "\n")


BLIND_192 = [
    # I.1 (1215/QĐ-UBND of 14/6/2023 cited; the address and "7 giờ 00", "17 giờ 00" are no figures)
    F("Hiện có 19 sở", "19", 19, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("và 03 cơ quan", "03", 3, "đơn vị", C, subject=ANY, level=ANY, code=None),
    _centre("với 1.486 TTHC", "1.486", 1486, "TTHC", C, code=_TTHC),
    # I.2 ("từ ngày 01/01/2024 đến ngày 30/9/2024" is the period)
    _centre("tiếp nhận 86.412", "86.412", 86412, "hồ sơ", C, code=_TN),
    _centre("chuyển sang 1.207", "1.207", 1207, "hồ sơ", C, code=ANY),
    _centre("mới 85.205", "85.205", 85205, "hồ sơ", C, code=ANY),
    _centre("tăng 14,6%", "14,6%", 14.6, "%", CH, code=ANY),
    _centre("là 61.874", "61.874", 61874, "hồ sơ", C, code=_NOP),
    _centre("chiếm 72,62%", "72,62%", 72.62, "%", code=_NOP),
    _centre("giải quyết 84.935", "84.935", 84935, "hồ sơ", C, code=ANY),
    _centre("trước hạn 71.206", "71.206", 71206, "hồ sơ", C, code=ANY),
    _centre("đúng hạn 13.492", "13.492", 13492, "hồ sơ", C, code=ANY),
    _centre("quá hạn 237", "237", 237, "hồ sơ", C, code=_QH),
    _centre("đạt 99,72%", "99,72%", 99.72, "%", code=_DH),
    _centre("Còn 1.477", "1.477", 1477, "hồ sơ", C, code=ANY),
    F("(148 hồ sơ", "148", 148, "hồ sơ", C, subject="Sở Tài nguyên và Môi trường", level="tỉnh", code=_QH),
    F("chiếm 62,45%", "62,45%", 62.45, "%", subject="Sở Tài nguyên và Môi trường", level="tỉnh", code=ANY),
    # tab-separated table by agency, "Các cơ quan khác" row, "Tổng cộng" row (= the Centre)
    *_row_192("Sở Tài nguyên và Môi trường", "21.846", "21.213", "148", "58,37", "2\tSở Giao thông"),
    *_row_192("Sở Giao thông vận tải", "17.392", "17.205", "12", "75,12", "3\tSở Tư pháp"),
    *_row_192("Sở Tư pháp", "12.615", "12.498", "9", "80,95", "4\tSở Kế hoạch"),
    *_row_192("Sở Kế hoạch và Đầu tư", "8.734", "8.652", "0", "96,15", "5\tSở Lao động"),
    *_row_192("Sở Lao động - Thương binh và Xã hội", "6.218", "6.104", "21", "64,83", "6\tSở Y tế"),
    *_row_192("Sở Y tế", "3.947", "3.881", "18", "77,52", "7\tSở Xây dựng"),
    *_row_192("Sở Xây dựng", "2.165", "2.087", "26", "69,18", "8\tCác cơ quan khác"),
    *_row_192(ANY, "13.495", "13.295", "3", "72,14", "\tTổng cộng"),
    *_row_192(_TTPV, "86.412", "84.935", "237", "72,62", "\n3. Thanh toán"),
    # I.3 the Centre's 2024 target (dated at the year's end), "đã đạt chỉ tiêu"
    _centre("là 28.416", "28.416", 28416, "hồ sơ", C, code=_TT),
    _centre("đạt 49,83%", "49,83%", 49.83, "%", code=_TT, target=45, stated_status="đạt"),
    _centre("giao là 45%", "45%", 45, "%", T, as_of="2024-12-31", code=_TT),
    _centre("là 3.847.260.000", "3.847.260.000", 3847260000, "đồng", P, code=ANY),
    _centre("đạt 97,64%", "97,64%", 97.64, "%", code=_SH),
    _centre("đạt 95,08%", "95,08%", 95.08, "%", code=_KQ),
    _centre("công ích 9.412", "9.412", 9412, "hồ sơ", C, code=ANY),
    # I.4
    _centre("hướng dẫn 15.236", "15.236", 15236, "lượt", C, code=ANY),
    _centre("Qua 4.208", "4.208", 4208, "phiếu", C, code=ANY),
    _centre("đạt 98,91%", "98,91%", 98.91, "%", code=_HL),
    _centre("tiếp nhận 11 phản ánh", "11", 11, "PAKN", C, code=_PAKN_TN),
    _centre("tăng 4 PAKN", "4", 4, "PAKN", CH, code=ANY),
    _centre("xong 11/11", "11/11", 11, "PAKN", C, max_value=11, code=_PAKN_XL),
    # I.5 the province's index ("tính đến ngày 30/9/2024" is the period end)
    F("đạt 80,56/100", "80,56/100", 80.56, "điểm", max_value=100, code=_TONG),
    F("thứ 31/63", "31/63", 31, "hạng", R, max_value=63, code=_HANG),
    F("đạt 18,74/20", "18,74/20", 18.74, "điểm", max_value=20, code="766.tien_do"),
    F("đạt 14,92/22", "14,92/22", 14.92, "điểm", max_value=22, code="766.so_hoa"),
    # II.3 the Centre's target by the end of 2024 (0290.3567.890 is a phone number)
    _centre("tối thiểu 55%", "55%", 55, "%", T, as_of="2024-12-31", code=_TT),
]

# ------------------------------------------------------------ 193: UBND thị xã Phú Thọ, quý I năm 2025
_PT = "UBND thị xã Phú Thọ"
_Y2025 = "2025-12-31"


def _town(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the thị xã itself (subject its UBND, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_PT, level="huyện", **kw)


def _commune_193(name: str, received: str, online: str, on_time: str) -> list[Fact]:
    """One dash item "- <unit>: n hồ sơ; x%; y%.": files received, online share, on-time share."""
    line = f"{name}: {received} hồ sơ; {online}%; {on_time}%."
    unit = {"subject": name, "level": "xã"}
    return [F(f"{name}: {received}", received, _num(received), "hồ sơ", C, code=_TN, **unit),
            F(f"{name}: {received} hồ sơ; {online}%", f"{online}%", _num(online), "%", code=_NOP, **unit),
            F(line, f"{on_time}%", _num(on_time), "%", code=_DH, **unit)]


BLIND_193 = [
    # I.1 (12/KH-UBND of 08/01/2025 cited)
    F("có 10 đơn vị", "10", 10, "đơn vị", C, code=None, **_XA),
    F("(05 phường", "05", 5, "phường", C, code=None, **_XA),
    F("phường, 05 xã)", "05", 5, "xã", C, code=None, **_XA),
    F("gồm 227 TTHC", "227", 227, "TTHC", C, code=_TTHC, **_HUYEN),
    F("và 114 TTHC", "114", 114, "TTHC", C, code=_TTHC, **_XA),
    # I.2.1 cấp huyện
    F("tiếp nhận 2.846", "2.846", 2846, "hồ sơ", C, code=_TN, **_HUYEN),
    F("trực tuyến 2.318", "2.318", 2318, "hồ sơ", C, code=_NOP, **_HUYEN),
    F("đạt 81,45%", "81,45%", 81.45, "%", code=_NOP, **_HUYEN),
    F("giải quyết 2.702", "2.702", 2702, "hồ sơ", C, code=ANY, **_HUYEN),
    F("trước hạn 1.986", "1.986", 1986, "hồ sơ", C, code=ANY, **_HUYEN),
    F("đúng hạn 694", "694", 694, "hồ sơ", C, code=ANY, **_HUYEN),
    F("quá hạn 22", "22", 22, "hồ sơ", C, code=_QH, **_HUYEN),
    F("đạt 99,19%", "99,19%", 99.19, "%", code=_DH, **_HUYEN),
    F("giảm 6,3%", "6,3%", -6.3, "%", CH, code=ANY, **_HUYEN),
    # I.2.2 cấp xã and the dash list of the ten phường, xã
    F("tiếp nhận 5.973", "5.973", 5973, "hồ sơ", C, code=_TN, **_XA),
    F("trực tuyến 4.412", "4.412", 4412, "hồ sơ", C, code=_NOP, **_XA),
    F("đạt 73,87%", "73,87%", 73.87, "%", code=_NOP, **_XA),
    F("đạt 99,61%", "99,61%", 99.61, "%", code=_DH, **_XA),
    *_commune_193("Phường Âu Cơ", "684", "79,24", "100"),
    *_commune_193("Phường Hùng Vương", "812", "83,99", "99,63"),
    *_commune_193("Phường Phong Châu", "736", "80,16", "99,86"),
    *_commune_193("Phường Thanh Vinh", "547", "76,05", "99,45"),
    *_commune_193("Phường Trường Thịnh", "498", "75,30", "100"),
    *_commune_193("Xã Hà Lộc", "603", "70,48", "99,34"),
    *_commune_193("Xã Hà Thạch", "571", "68,83", "99,47"),
    *_commune_193("Xã Phú Hộ", "689", "67,49", "99,56"),
    *_commune_193("Xã Thanh Minh", "412", "64,08", "99,27"),
    *_commune_193("Xã Văn Lung", "421", "61,76", "100"),
    # I.3 payment by level after "tương ứng là"; each level's 2025 target (dated at the year's end)
    F("tương ứng là 47,62%", "47,62%", 47.62, "%", code=_TT, target=45, stated_status="đạt", **_HUYEN),
    F("và 38,15%", "38,15%", 38.15, "%", code=_TT, target=40, stated_status="chưa đạt", **_XA),
    F("giao là 45%", "45%", 45, "%", T, as_of=_Y2025, code=_TT, **_HUYEN),
    F("và 40% đối với", "40%", 40, "%", T, as_of=_Y2025, code=_TT, **_XA),
    F("huyện đạt 91,24%", "91,24%", 91.24, "%", code=_SH, **_HUYEN),
    F("xã đạt 83,57%", "83,57%", 83.57, "%", code=_SH, **_XA),
    F("07/10 phường", "07/10", 7, "phường", C, max_value=10, subject=ANY, level="xã", code=None),
    F("thực hiện 326", "326", 326, "trường hợp", C, code=_CT, **_HUYEN),
    F("thực hiện 1.148", "1.148", 1148, "trường hợp", C, code=_CT, **_XA),
    # I.4 the thị xã's PAKN
    _town("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _town("xử lý 08 PAKN", "08", 8, "PAKN", C, code=_PAKN_XL),
    _town("(đạt 88,89%)", "88,89%", 88.89, "%", code=_PAKN_TL),
    _town("01 PAKN", "01", 1, "PAKN", C, code=ANY),
    # I.5 rank among the province's 13 district-level units; quý IV năm 2024 dated 2024-12-31
    _town("đạt 85,93 điểm", "85,93", 85.93, "điểm", code=_TONG),
    _town("thứ 4/13", "4/13", 4, "hạng", R, max_value=13, code=_HANG),
    _town("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    _town("thứ 6/13)", "6/13", 6, "hạng", PR, max_value=13, as_of="2024-12-31", code=_HANG),
    F("là 82,48 điểm", "82,48", 82.48, "điểm", subject=ANY, level="xã", code=_TONG),
    F("(89,12 điểm)", "89,12", 89.12, "điểm", subject="Phường Hùng Vương", level="xã", code=_TONG),
    F("(76,35 điểm)", "76,35", 76.35, "điểm", subject="Xã Văn Lung", level="xã", code=_TONG),
    # III.2 the communes' target by 30/6/2025 (0210.3820.215 is a phone number)
    F("tối thiểu 40%", "40%", 40, "%", T, subject="UBND các phường, xã", level="xã", as_of="2025-06-30", code=_TT),
]

# ------------------------------------------------------------ 194: UBND phường Gia Định (TP HCM), tháng 10/2025
_GD = "UBND phường Gia Định"
_SEP_194 = "2025-09-30"


def _ward(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the ward itself (subject the ward's UBND, level xã)."""
    return F(context, raw, value, unit, kind, subject=_GD, level="xã", **kw)


def _row_194(subject: object, received: str, online: str, on_time: str, late: str, after: str) -> list[Fact]:
    """One Markdown row of a field (or the total): received, submitted online, on-time share, overdue."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (on_time, "%", P, _DH, "period"), (late, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


BLIND_194 = [
    # 1. (4127/VP-KSTT of 21/7/2025 cited; "Phường 1, Phường 2, Phường 7 và Phường 17" are names, "số 6 đường
    # Phan Đăng Lưu" an address)
    _ward("bố trí 18 quầy", "18", 18, "quầy", C, code=None),
    _ward("giải quyết 368 TTHC", "368", 368, "TTHC", C, code=_TTHC),
    _ward("trong đó 284 TTHC", "284", 284, "TTHC", C, code=_TOAN),
    _ward("toàn trình, 71 TTHC", "71", 71, "TTHC", C, code=_MOT),
    # 2. tháng 9/2025 dated 2025-09-30
    _ward("tiếp nhận 6.418", "6.418", 6418, "hồ sơ", C, code=_TN),
    _ward("tăng 512", "512", 512, "hồ sơ", CH, code=_TN),
    _ward("(5.906 hồ sơ)", "5.906", 5906, "hồ sơ", PR, as_of=_SEP_194, code=_TN),
    _ward("là 5.237", "5.237", 5237, "hồ sơ", C, code=_NOP),
    _ward("chiếm 81,60%", "81,60%", 81.60, "%", code=_NOP),
    _ward("giải quyết 6.105", "6.105", 6105, "hồ sơ", C, code=ANY),
    _ward("trước hạn 6.071", "6.071", 6071, "hồ sơ", C, code=_DH),
    _ward("(99,44%)", "99,44%", 99.44, "%", code=_DH),
    _ward("quá hạn 34", "34", 34, "hồ sơ", C, code=_QH),
    _ward("(0,56%)", "0,56%", 0.56, "%", code=_QH),
    _ward("trung bình 1,9", "1,9", 1.9, "ngày", code=_TIME),
    # Markdown table by field, "Tổng cộng" row (= the ward)
    *_row_194(ANY, "1.842", "1.706", "100", "0", "| 2 | Chứng thực"),
    *_row_194(ANY, "2.315", "1.768", "99,87", "3", "| 3 | Đất đai"),
    *_row_194(ANY, "864", "602", "96,42", "27", "| 4 | Xây dựng"),
    *_row_194(ANY, "318", "291", "98,73", "4", "| 5 | Đăng ký kinh doanh"),
    *_row_194(ANY, "627", "583", "100", "0", "| 6 | Lĩnh vực khác"),
    *_row_194(ANY, "452", "287", "100", "0", "| | Tổng cộng"),
    *_row_194(_GD, "6.418", "5.237", "99,44", "34", "\nHồ sơ quá hạn"),
    F("đất đai (27 hồ sơ)", "27", 27, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    # 3. the ward's 2025 target (dated at the year's end), "chưa đạt chỉ tiêu"
    _ward("trực tuyến: 2.964/3.417", "2.964/3.417", 2964, "hồ sơ", C, max_value=3417, code=_TT),
    _ward("đạt 86,74%", "86,74%", 86.74, "%", code=_TT),
    _ward("(tháng 9/2025: 83,20%)", "83,20%", 83.20, "%", PR, as_of=_SEP_194, code=_TT),
    _ward("tiếp nhận: 99,08%", "99,08%", 99.08, "%", code=_SH),
    _ward("điện tử: 97,35%", "97,35%", 97.35, "%", code=_KQ),
    _ward("số hóa: 52,16%", "52,16%", 52.16, "%", code=_TSD, target=60, stated_status="chưa đạt"),
    _ward("năm 2025 là 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TSD),
    # 4. ("Tổng đài 1022" is a name)
    _ward("tiếp nhận 15 phản ánh", "15", 15, "PAKN", C, code=_PAKN_TN),
    _ward("1022: 09 PAKN", "09", 9, "PAKN", C, code=ANY),
    _ward("quốc gia: 06 PAKN", "06", 6, "PAKN", C, code=ANY),
    _ward("xử lý 13 PAKN", "13", 13, "PAKN", C, code=_PAKN_XL),
    _ward("02 PAKN đang", "02", 2, "PAKN", C, code=ANY),
    _ward("đạt 98,46%", "98,46%", 98.46, "%", code=_HL),
    # 5. rank among the city's 168 xã, phường, đặc khu; tháng 9/2025 dated 2025-09-30; six groups without "điểm"
    _ward("đạt 90,27 điểm", "90,27", 90.27, "điểm", code=_TONG),
    _ward("thứ 12/168", "12/168", 12, "hạng", R, max_value=168, code=_HANG),
    _ward("tăng 0,85 điểm", "0,85", 0.85, "điểm", CH, code=_TONG),
    _ward("tăng 7 bậc", "7", 7, "hạng", CH, code=_HANG),
    _ward("(89,42 điểm", "89,42", 89.42, "điểm", PR, as_of=_SEP_194, code=_TONG),
    _ward("thứ 19/168)", "19/168", 19, "hạng", PR, max_value=168, as_of=_SEP_194, code=_HANG),
    _ward("minh bạch 17,62/18", "17,62/18", 17.62, "điểm", max_value=18, code="766.cong_khai"),
    _ward("giải quyết 19,45/20", "19,45/20", 19.45, "điểm", max_value=20, code="766.tien_do"),
    _ward("trực tuyến 10,84/12", "10,84/12", 10.84, "điểm", max_value=12, code="766.dvctt"),
    _ward("trực tuyến 8,67/10", "8,67/10", 8.67, "điểm", max_value=10, code="766.thanh_toan"),
    _ward("hài lòng 17,86/18", "17,86/18", 17.86, "điểm", max_value=18, code="766.hai_long"),
    _ward("hồ sơ 15,83/22", "15,83/22", 15.83, "điểm", max_value=22, code="766.so_hoa"),
    F("của 168 xã", "168", 168, "xã", C, subject=ANY, level="xã", code=None),
    F("là 84,63 điểm", "84,63", 84.63, "điểm", subject=ANY, level="xã", code=_TONG),
    # 6. the ward's target in tháng 12/2025 (028.3841.2756 is a phone number)
    _ward("tối thiểu 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TSD),
]

BLIND = {"190": BLIND_190, "191": BLIND_191, "192": BLIND_192, "193": BLIND_193, "194": BLIND_194}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "190": [
        ("2025-06-20", "day", "20/6/2025", "giải quyết dứt điểm các hồ sơ đất đai trễ hạn",
         "UBND huyện Bù Đăng, UBND huyện Lộc Ninh"),
        ("2025-09-30", "quarter", "quý III năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-07-31", "month", "tháng 7/2025", "nâng cấp Hệ thống thông tin giải quyết TTHC",
         "Sở Khoa học và Công nghệ"),
        ("2025-06-30", "day", "ngày 30 tháng 6 năm 2025", "kiểm tra công tác kiểm soát TTHC", "Văn phòng UBND tỉnh"),
        # issued 06/6/2025: the first "ngày 15 hằng tháng" is 15/6/2025
        ("2025-06-15", "recurring", "15 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
    "191": [
        ("2025-04-30", "day", "30/4/2025", "cấu hình quy trình điện tử", "Sở Khoa học và Công nghệ"),
        ("2025-05-31", "month", "tháng 5/2025", "xây dựng kế hoạch nâng tỷ lệ hồ sơ trực tuyến",
         "UBND huyện Kỳ Sơn, UBND huyện Quế Phong"),
        ("2025-06-30", "quarter", "quý II năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-05-15", "day", "ngày 15 tháng 5 năm 2025", "đồng bộ trạng thái hồ sơ",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        # issued 07/4/2025: the first "ngày 10 hằng tháng" is 10/4/2025
        ("2025-04-10", "recurring", "10 hằng tháng", "gửi số liệu chuyển đổi số",
         "Các sở, ban, ngành, UBND các huyện, thành phố, thị xã"),
    ],
    "192": [
        ("2024-10-31", "day", "31/10/2024", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Phòng Kiểm soát thủ tục hành chính"),
        ("2024-11-30", "month", "tháng 11/2024", "bố trí thêm quầy hỗ trợ", "Phòng Tiếp nhận và Trả kết quả"),
        ("2024-12-31", "year", "năm 2024", "tỷ lệ hồ sơ thanh toán trực tuyến", "Phòng Hành chính - Tổng hợp"),
        ("2025-03-31", "quarter", "quý I năm 2025", "đơn giản hóa TTHC", "Phòng Kiểm soát thủ tục hành chính"),
        # issued 02/10/2024: the first "ngày 03 hằng tháng" is 03/10/2024
        ("2024-10-03", "recurring", "03 hằng tháng", "tổng hợp số liệu", "Các phòng thuộc Trung tâm"),
    ],
    "193": [
        ("2025-04-15", "day", "15/4/2025", "xây dựng kế hoạch nâng tỷ lệ nộp hồ sơ trực tuyến",
         "UBND xã Văn Lung, UBND xã Thanh Minh"),
        ("2025-06-30", "day", "30/6/2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "UBND các phường, xã"),
        ("2025-05-31", "month", "tháng 5/2025", "thay thế máy quét", "Phòng Văn hóa và Thông tin"),
        ("2025-06-20", "day", "ngày 20 tháng 6 năm 2025", "chứng thực bản sao điện tử", "Phòng Tư pháp"),
        ("2025-06-30", "quarter", "quý II/2025", "kiểm tra việc tiếp nhận, giải quyết TTHC",
         "Văn phòng HĐND và UBND thị xã"),
        # issued 03/4/2025: the first "ngày 12 hằng tháng" is 12/4/2025
        ("2025-04-12", "recurring", "12 hằng tháng", "báo cáo số liệu",
         "Các cơ quan chuyên môn thuộc UBND thị xã, UBND các phường, xã"),
    ],
    "194": [
        ("2025-11-14", "day", "14/11/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2025-12-31", "month", "tháng 12/2025", "khai thác, sử dụng lại thông tin",
         "Trung tâm Phục vụ hành chính công phường"),
        ("2025-11-28", "day", "ngày 28 tháng 11 năm 2025", "cập nhật danh mục TTHC", "Văn phòng HĐND và UBND phường"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "kích hoạt ứng dụng VNeID", "Phòng Văn hóa - Xã hội"),
        # issued 05/11/2025: the first "ngày 25 hằng tháng" is 25/11/2025
        ("2025-11-25", "recurring", "25 hằng tháng", "tổng hợp số liệu", "Trung tâm Phục vụ hành chính công phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 190's issuer is UBND tỉnh Bình Phước, period the month in its title (stated as 01/5–31/5/2025); 191's issuer is
# Sở Khoa học và Công nghệ under "UBND TỈNH NGHỆ AN"; 192's issuer is the Trung tâm Phục vụ hành chính công under
# "UBND TỈNH CÀ MAU" (its name over two lines), period "9 tháng năm 2024" stated as 01/01–30/9/2024; 193's issuer
# is a thị xã (province named in "Kính gửi"); 194's issuer is a post-merger ward of Thành phố Hồ Chí Minh (named in
# the place line and in "Kính gửi").
META = {
    "190": {"doc_number": "187/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-06-06",
            "province": "Bình Phước", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Lê Trường Sơn"},
    "191": {"doc_number": "286/BC-SKHCN", "doc_type": "Báo cáo", "issued_date": "2025-04-07",
            "province": "Nghệ An", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Nguyễn Quý Linh"},
    "192": {"doc_number": "168/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2024-10-02",
            "province": "Cà Mau", "period_label": "9 tháng năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-09-30", "signer": "Trần Thị Ngọc Hân"},
    "193": {"doc_number": "96/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-04-03",
            "province": "Phú Thọ", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Hà Minh Tuấn"},
    "194": {"doc_number": "245/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-11-05",
            "province": "Hồ Chí Minh", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Phạm Ngọc Diễm"},
}
