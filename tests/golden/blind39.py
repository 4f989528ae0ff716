"""Blind golden facts for corpus/blind39/270_lang_son.txt, 271_an_giang.txt, 272_khanh_hoa.txt, 273_nam_dinh.txt and
274_ha_tinh.txt.

The five documents were written by the developers for a thirty-ninth blind measurement (issuers, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind13.py … blind16.py: rows use `golden.facts.Fact` (context string
that occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`;
table cells are kind `value` with `extra={"source": "table"}`; `as_of="period"` is the period's end; `ANY`
leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names
none). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of the
files (or PAKN) an indicator is computed on carries that indicator's code; every "đã giải quyết" count, the
parts of a received or settled whole ("kỳ trước chuyển sang", "trước hạn", "đúng hạn" apart), files still in
progress and "PAKN đang xử lý" have their code unchecked; a relative change of a count ("tăng 9,4% so với quý
II năm 2025") has its code unchecked. A change is dated at the period end; a fall ("giảm", "rút ngắn") is
negative. A count of local units takes the unit of its first unit word ("16/20 xã, thị trấn" → `xã`), counts
of "đơn vị" the unit `đơn vị`, at the level of the bodies counted; counts of units by grade have their subject
unchecked (as golden/blind13.py's "09/12 cơ quan"). Dates, document numbers, cited circulars, plans, letters,
decisions and resolutions ("Thông tư số 01/2020/TT-VPCP", "Nghị quyết số 202/2025/QH15", "Quyết định số
06/QĐ-TTg", "Đề án 06", "Kế hoạch số 214/KH-UBND", "Công văn số 512/VP-KSTT", "Công văn số 2318/UBND-KSTT"),
periods ("6 tháng đầu năm", "từ ngày 01/4/2025 đến ngày 30/6/2025"), "Lũy kế đến ngày 30/9/2025", "mức độ 2",
"hai cấp", section numbering ("I.", "1.", "a)"), the STT column, phone numbers ("0205.3812.476", "0297.3862.415",
"0258.3822.691", "0228.3885.247", "0239.3855.721"), street addresses ("số 12 đường Lê Lợi", "số 80 đường Trần
Phú", "số 35 đường Trường Chinh", "số 02 đường Nguyễn Tất Thành"), "Tổng đài 1022" (a name), the web address,
headings naming the next period ("III. NHIỆM VỤ QUÝ III NĂM 2025", "II. NHIỆM VỤ THÁNG 11 NĂM 2025", "III.
NHIỆM VỤ QUÝ IV NĂM 2025", "III. NHIỆM VỤ QUÝ II NĂM 2025", "IV. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025": no deadlines),
numbers written in words ("tám xã, phường, đặc khu"), "PC06" in a document number, "Bộ chỉ số 766" in a heading,
"từ năm 2020 đến nay" and years are not figures.

New in this set (all in 2025):
- 270 is a quarterly Báo cáo of Sở Nông nghiệp và Môi trường tỉnh Lạng Sơn (header "UBND TỈNH LẠNG SƠN / SỞ
  NÔNG NGHIỆP VÀ MÔI TRƯỜNG"), quý II năm 2025 (stated as 01/4–30/6/2025), issued 03/7/2025, addressed only to
  the Văn phòng UBND tỉnh. Every figure is the Sở's (subject "Sở Nông nghiệp và Môi trường", level tỉnh);
  overdue files of a field in brackets ("đất đai (35 hồ sơ)") and the field rows of the table have subject
  ANY, level tỉnh, as golden/blind14.py's 150 does. "03 quyết định" and "14 lĩnh vực" are counts with code
  None; "46 TTHC được sửa đổi, bổ sung" a count of published procedures (code unchecked); "118 TTHC … toàn
  trình, 41 TTHC một phần và 13 TTHC chưa cung cấp" carry the three DVCTT codes; "100% TTHC … được công
  khai đầy đủ các bộ phận tạo thành" is the completeness share (766.cong_khai.day_du). "tăng 412 hồ sơ so
  với quý I năm 2025 (3.434 hồ sơ)": a change and a previous value dated 2025-03-31. Files submitted
  "trực tiếp và qua dịch vụ bưu chính công ích" (count and share) carry the non-online code. "gồm: trước
  hạn …, đúng hạn …, quá hạn …" are the settled files' parts. "6,8 ngày/hồ sơ, rút ngắn 1,2 ngày" is the
  processing time and its fall. Its tab-separated table (units in the headers; STT column; six "100" and
  five "0" cells) lists nine fields with a "Tổng cộng" row with an empty STT cell (= the Sở; its four
  figures are also in the prose). "1.962 hồ sơ phát sinh nghĩa vụ tài chính" is the payment base (code
  unchecked); "(quý I năm 2025: 61,42%)" a previous share dated 2025-03-31; "so với chỉ tiêu UBND tỉnh giao
  năm 2025 là 70% thì chưa đạt chỉ tiêu": the Sở's target dated 2025-12-31, the 67,18% carries it with status
  "chưa đạt". "(03 PAKN qua …, 04 PAKN qua …)" are bare parts of the PAKN received (code unchecked). "xếp
  thứ 9/19 sở, ban, ngành, tăng 3 bậc so với quý I năm 2025 (xếp thứ 12/19)": rank among the province's
  agencies, its rise and the previous rank dated 2025-03-31. The target "đến hết năm 2025 … của Sở đạt tối
  thiểu 70%" in the task of "Các chi cục thuộc Sở" is the Sở's (it says "của Sở"), dated 2025-12-31. Six
  deadlines: "chậm nhất" day, month, year (with the target), quarter for two named chi cục, day in words,
  "trước ngày 10 hằng tháng" (issued 03/7/2025: first 10/7/2025).
- 271 is a monthly Báo cáo of UBND tỉnh An Giang (the province formed by merging An Giang and Kiên Giang) to
  the Văn phòng Chính phủ, tháng 10 năm 2025, issued 06/11/2025; two levels only (cấp tỉnh, cấp xã). Province
  figures have subject NULL. "05 quyết định" is a count with code None, "38 TTHC" a count of procedures
  whose process was approved (code unchecked). The TTHC split in brackets "(cấp tỉnh 1.612 TTHC, cấp xã 372
  TTHC)" and files by level after "trong đó" are by level. "(tháng 9/2025: 89.237 hồ sơ)" and "so với tháng
  9/2025 (86,06 điểm, xếp thứ 13/34)" are previous values dated 2025-09-30 (the previous total on the /100
  scale); "giảm 0,42 điểm nhưng tăng 2 bậc": a fall and a rise. Overdue files of two named units in brackets
  ("Phường Rạch Giá (214 hồ sơ)", "Đặc khu Phú Quốc (187 hồ sơ)"): subject as written, level xã (a đặc khu is
  a commune-level unit). Digitisation shares by level after "lần lượt là". Its Markdown table lists eight
  xã, phường, đặc khu (subject as written, level xã; files received, online share, on-time share, 766 score
  without max; one "100" cell; no total row). Rank "11/34" among the 34 provinces after the merger. The six
  group scores are a dash list "- <group>: x/max điểm;" (sum 85,64). Block averages (subject unchecked, levels
  tỉnh/xã). "Có 61/102 xã, phường, đặc khu xếp loại Tốt, 34 đơn vị xếp loại Khá và 07 đơn vị xếp loại Trung
  bình": counts by grade (unit `xã` for the first, `đơn vị` for the others; level xã; code None). The target
  "trong quý IV năm 2025 tỷ lệ hồ sơ thanh toán trực tuyến toàn tỉnh đạt tối thiểu 60%" in the task of Sở Tài
  chính is the province's (subject NULL), dated 2025-12-31. Five deadlines: day for two named units, quarter
  (with the target, for Sở Tài chính, not the banks it works with), month, "chậm nhất" day in words, "trước
  ngày 05 hằng tháng" (issued 06/11/2025, after the 5th: first 05/12/2025).
- 272 is a quarterly Báo cáo of Công an tỉnh Khánh Hòa (header "BỘ CÔNG AN / CÔNG AN TỈNH KHÁNH HÒA", number
  "2417/BC-CAT-PC06"), quý III năm 2025, issued 06/10/2025, on online residence registration and Đề án 06.
  New issuer kind: a provincial police force reporting on its own procedures, read like a Sở's report: its
  own figures have subject "Công an tỉnh" (as the text calls itself), level tỉnh; "Công an cấp xã" figures
  are subject "Công an cấp xã", level xã; the division "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"
  is subject as written, level tỉnh. "tỉnh Khánh Hòa có 65 đơn vị hành chính cấp xã (48 xã, 16 phường và 01
  đặc khu)" are counts of subject "cấp xã", level xã (units `đơn vị`, `xã`, `phường`, `đặc khu`; code None).
  "100% TTHC được cung cấp dịch vụ công trực tuyến toàn trình" is the full-online share. "tăng 9,4% so với
  quý II năm 2025" is a relative change (code unchecked); "(quý II năm 2025: 86,71%)" a previous online share
  dated 2025-06-30; "chưa đạt chỉ tiêu Bộ Công an giao năm 2025 là 90%": the Công an's target dated
  2025-12-31, the 89,55% carries it with status "chưa đạt". Its Markdown table by procedure (units in the
  headers; subject ANY, level tỉnh, as a Sở's field rows; received, submitted online (count, online code),
  online share) has a "Tổng cộng" row with an empty STT cell (= the Công an tỉnh; its figures are also in
  the prose). "412.638 lượt thông báo lưu trú" is a count in `lượt` (code unchecked); "xếp thứ 8/34 Công an
  các tỉnh, thành phố" ranks it on the residence share (code unchecked: not the 766 ranking). Identity
  accounts: "đã kích hoạt 52.967 tài khoản" is the Công an's (identity-account code); "trên địa bàn tỉnh có
  1.486.215 tài khoản …, đạt 79,36% số công dân thuộc diện được cấp" is genuinely ambiguous between the
  province (NULL) and the police force that activates them: subject and level unchecked. "21.386 hồ sơ cấp
  căn cước" and "58.214 hồ sơ đề nghị cấp tài khoản" are counts with code unchecked. "18 PAKN (đạt 94,74%)"
  is the handled share. The target "trong quý IV năm 2025 … đạt tối thiểu 90%" in the task of "Công an các
  xã, phường, đặc khu" is theirs (level xã), dated 2025-12-31. Five deadlines: day, quarter (with the
  target), month, "chậm nhất" day in words, "trước ngày 18 hằng tháng" (issued 06/10/2025: first 18/10/2025).
  The signer is written with the rank "Đại tá": the signer is the name.
- 273 is a quarterly Báo cáo of UBND huyện Xuân Trường (tỉnh Nam Định, named in "Kính gửi"), quý I năm 2025,
  issued 02/4/2025, before the 1 July 2025 reform. The district's own figures (the total of TTHC applied "trên
  địa bàn huyện", PAKN, satisfaction, VNeID accounts "trên địa bàn huyện", score, rank) have subject "UBND
  huyện Xuân Trường", level huyện; dash-list figures under "a) Cấp huyện" have subject "cấp huyện", those under
  "b) Cấp xã" subject "cấp xã" (as golden/blind14.py's 151). "(kỳ trước chuyển sang 218 hồ sơ, mới tiếp nhận
  3.744 hồ sơ)" are parts (code unchecked); "so với cùng kỳ năm 2024 (3.418 hồ sơ) … tăng 544 hồ sơ": previous
  value dated 2024-03-31 and change. Received files by field after "Theo lĩnh vực:" separated by ";" are
  parts (subject ANY, level huyện, code unchecked). "chiếm 76,20% số hồ sơ mới tiếp nhận" is the online share.
  "(99,08%)" and "(0,92%)" are the on-time and overdue shares. "Có 16/20 xã, thị trấn đạt chỉ tiêu …; 04 xã
  chưa đạt là xã Xuân Ninh (58,14%), …": counts of communes (unit `xã`, subject "cấp xã", code None) and four
  communes' online shares (subject as written, "xã Xuân Ninh", level xã). "So với chỉ tiêu UBND tỉnh giao năm
  2025 … (cấp huyện 70%, cấp xã 65%), cả hai cấp đều đã đạt chỉ tiêu": each target is its level's, dated
  2025-12-31; 76,20% carries 70 and 70,76% carries 65, both "đạt". Payment shares by level after "tương ứng
  là". "Có 20/20 xã, thị trấn đã cung cấp dịch vụ chứng thực bản sao điện tử" is a count of communes (code
  unchecked); "đã cấp 3.126 bản sao điện tử, tăng 18,6% so với quý IV năm 2024" a count in `bản` and its
  relative change (the communes issue the copies: subject unchecked, level xã; code unchecked). "xếp thứ 3/9
  huyện, thành phố, tăng 2 bậc so với quý IV năm 2024 (xếp thứ 5/9)": rank among the province's 9
  district-level units, the previous one dated 2024-12-31. Level average of the communes (subject ANY,
  level xã), best and worst with scores in brackets ("thị trấn Xuân Trường", "xã Xuân Ninh"). "Có 14/20 xã,
  thị trấn xếp loại Tốt, 05 xã xếp loại Khá, 01 xã xếp loại Trung bình": counts by grade. The target "đến hết
  quý II năm 2025 … của cấp xã đạt tối thiểu 45%" in the task of "UBND các xã, thị trấn" is theirs (as
  golden/blind13.py's 147), dated 2025-06-30. Five deadlines: day for two named communes, month, quarter
  (with the target), "chậm nhất" day in words, "trước ngày 12 hằng tháng" (issued 02/4/2025: first
  12/4/2025).
- 274 is a half-year Báo cáo of the Văn phòng UBND tỉnh Hà Tĩnh (header "UBND TỈNH HÀ TĨNH / VĂN PHÒNG") to
  the Chairman, 6 tháng đầu năm 2025 (stated as 01/01–30/6/2025), issued 08/7/2025, on the province's TTHC
  information system, satisfaction and PAKN. Province figures have subject NULL. "1.836 TTHC, trong đó 1.108
  TTHC … toàn trình, 587 TTHC một phần" carry the TTHC and DVCTT codes. "186.425 tài khoản người dùng" of the
  system and its rise "tăng 24.318 tài khoản so với cuối năm 2024" are counts in `tài khoản` with code
  unchecked (not identity accounts). "đồng bộ trạng thái lên Cổng Dịch vụ công quốc gia đạt 99,26%" is the
  synchronisation share (766.cong_khai.dong_bo). Files received by level in brackets with ";". Satisfaction
  votes: "205.316 lượt đánh giá … rất hài lòng 142.837 lượt (69,57%), hài lòng 59.604 lượt (29,03%), chưa
  hài lòng 2.875 lượt (1,40%)" are counts in `lượt` and shares with code unchecked (parts of the votes);
  "Tỷ lệ hài lòng chung … đạt 98,60%, vượt chỉ tiêu tỉnh giao năm 2025 (95%)" is the satisfaction share
  (766.hai_long.tthc) with the province's target dated 2025-12-31 and status "đạt" ("vượt" = exceeds); its
  split by level follows "trong đó". A dash list "- <body>: n lượt, tỷ lệ hài lòng x%;" gives six bodies'
  votes (code unchecked) and satisfaction shares (subject as written; Sở level tỉnh, "UBND thành phố Hà Tĩnh",
  "UBND thị xã Kỳ Anh", "UBND huyện Cẩm Xuyên" level huyện). "SIPAS năm 2024 … đạt 84,37% (năm 2023: 83,12%)":
  code sipas, dated 2024-12-31 and 2023-12-31. The 766 satisfaction group "17,42/18", total "86,95/100" and
  rank "8/63". PAKN: received with three bare channel parts (code unchecked), handled count and share, the
  on-time share "tỷ lệ xử lý đúng hạn đạt 97,08%" (766.hai_long.pakn_dung_han), "còn 76 PAKN đang xử lý"
  (code unchecked), "5,8 ngày/PAKN, rút ngắn 1,4 ngày so với cùng kỳ năm 2024" (time and its fall), "4,32/5
  điểm" the PAKN satisfaction score (max 5); two bodies' PAKN received in brackets and "Sở Xây dựng còn 09
  PAKN quá hạn" (pakn.qua_han). Five deadlines: day (for Sở Xây dựng), month, "chậm nhất" day in words,
  quarter (for Sở Nội vụ, not the Văn phòng it works with), "trước ngày 25 hằng tháng" (issued 08/7/2025:
  first 25/7/2025).
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


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 270: Sở NN&MT tỉnh Lạng Sơn, quý II năm 2025
_SNN = "Sở Nông nghiệp và Môi trường"
_Q1_2025 = "2025-03-31"


def _so(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SNN, level="tỉnh", **kw)


def _row_270(subject: object, received: str, settled: str, on_time: str, overdue: str, after: str) -> list[Fact]:
    """One tab-separated row of a field (or the total): received, settled, on-time share, overdue files."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (settled, "hồ sơ", P, ANY, "period"),
             (on_time, "%", P, _DH, "period"), (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "tỉnh", cells, after, "\t", "\n")


BLIND_270 = [
    # I.1 (512/VP-KSTT of 16/6/2025 and 402/QĐ-UBND of 10/3/2025 are cited)
    _so("ban hành 03 quyết định", "03", 3, "quyết định", C, code=None),
    _so("với 46 TTHC", "46", 46, "TTHC", C, code=ANY),
    _so("thực hiện 172 TTHC", "172", 172, "TTHC", C, code=_TTHC),
    _so("thuộc 14 lĩnh vực", "14", 14, "lĩnh vực", C, code=None),
    _so("trong đó 118 TTHC", "118", 118, "TTHC", C, code=_TOAN),
    _so("toàn trình, 41 TTHC", "41", 41, "TTHC", C, code=_MOT),
    _so("và 13 TTHC", "13", 13, "TTHC", C, code="766.dvctt.chua_cung_cap"),
    _so("100% TTHC của Sở", "100%", 100, "%", code="766.cong_khai.day_du"),
    # I.2 quý I năm 2025 dated 2025-03-31
    _so("quý là 3.846", "3.846", 3846, "hồ sơ", C, code=_TN),
    _so("tăng 412 hồ sơ", "412", 412, "hồ sơ", CH, code=_TN),
    _so("(3.434 hồ sơ)", "3.434", 3434, "hồ sơ", PR, as_of=_Q1_2025, code=_TN),
    _so("trực tuyến 3.021", "3.021", 3021, "hồ sơ", C, code=_NOP),
    _so("chiếm 78,55%", "78,55%", 78.55, "%", code=_NOP),
    _so("ích 825 hồ sơ", "825", 825, "hồ sơ", C, code=_NTT),
    _so("chiếm 21,45%", "21,45%", 21.45, "%", code=_NTT),
    _so("giải quyết là 3.587", "3.587", 3587, "hồ sơ", C, code=ANY),
    _so("trước hạn 2.214", "2.214", 2214, "hồ sơ", C, code=ANY),
    _so("đúng hạn 1.329", "1.329", 1329, "hồ sơ", C, code=ANY),
    _so("quá hạn 44 hồ sơ", "44", 44, "hồ sơ", C, code=_QH),
    _so("đạt 98,77%", "98,77%", 98.77, "%", code=_DH),
    _so("kết quả là 259", "259", 259, "hồ sơ", C, code=ANY),
    F("đất đai (35 hồ sơ)", "35", 35, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    F("môi trường (06 hồ sơ)", "06", 6, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    F("lâm nghiệp (03 hồ sơ)", "03", 3, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    _so("là 6,8 ngày", "6,8", 6.8, "ngày", code=_TIME),
    _so("rút ngắn 1,2 ngày", "1,2", -1.2, "ngày", CH, code=_TIME),
    # tab-separated table by field, "Tổng cộng" row (= the Sở)
    *_row_270(ANY, "2.016", "1.842", "98,10", "35", "2\tMôi trường"),
    *_row_270(ANY, "284", "261", "97,70", "6", "3\tTài nguyên nước"),
    *_row_270(ANY, "73", "68", "100", "0", "4\tĐịa chất"),
    *_row_270(ANY, "41", "37", "100", "0", "5\tTrồng trọt"),
    *_row_270(ANY, "512", "498", "100", "0", "6\tChăn nuôi"),
    *_row_270(ANY, "436", "427", "100", "0", "7\tLâm nghiệp"),
    *_row_270(ANY, "318", "297", "98,99", "3", "8\tThủy lợi"),
    *_row_270(ANY, "57", "52", "100", "0", "9\tCác lĩnh vực"),
    *_row_270(ANY, "109", "105", "100", "0", "\tTổng cộng"),
    *_row_270(_SNN, "3.846", "3.587", "98,77", "44", "\n3. Thanh toán"),
    # I.3 the Sở's 2025 target (dated at the year's end), "chưa đạt chỉ tiêu"
    _so("có 1.962", "1.962", 1962, "hồ sơ", C, code=ANY),
    _so("trực tuyến 1.318", "1.318", 1318, "hồ sơ", C, code=_TT),
    _so("đạt 67,18%", "67,18%", 67.18, "%", code=_TT, target=70, stated_status="chưa đạt"),
    _so("2025: 61,42%)", "61,42%", 61.42, "%", PR, as_of=_Q1_2025, code=_TT),
    _so("năm 2025 là 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
    _so("đạt 91,36%", "91,36%", 91.36, "%", code=_SH),
    _so("đạt 94,08%", "94,08%", 94.08, "%", code=_KQ),
    _so("đạt 38,72%", "38,72%", 38.72, "%", code=_TSD),
    # I.4
    _so("tiếp nhận 07 phản ánh", "07", 7, "PAKN", C, code=_PAKN_TN),
    _so("(03 PAKN", "03", 3, "PAKN", C, code=ANY),
    _so("04 PAKN qua", "04", 4, "PAKN", C, code=ANY),
    _so("trả lời 06 PAKN", "06", 6, "PAKN", C, code=_PAKN_XL),
    _so("01 PAKN còn", "01", 1, "PAKN", C, code=ANY),
    _so("đạt 96,48%", "96,48%", 96.48, "%", code=_HL),
    # I.5 rank among the province's agencies; quý I năm 2025 dated 2025-03-31
    _so("đạt 86,15 điểm", "86,15", 86.15, "điểm", code=_TONG),
    _so("thứ 9/19", "9/19", 9, "hạng", R, max_value=19, code=_HANG),
    _so("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _so("thứ 12/19)", "12/19", 12, "hạng", PR, max_value=19, as_of=_Q1_2025, code=_HANG),
    # III.3 the Sở's target by the end of 2025 ("số 12 đường Lê Lợi" is an address, 0205.3812.476 a phone number)
    _so("tối thiểu 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 271: UBND tỉnh An Giang, tháng 10 năm 2025
_SEP_271 = "2025-09-30"


def _row_271(subject: str, received: str, online: str, on_time: str, score: str, after: str) -> list[Fact]:
    """One Markdown row of a xã, phường or đặc khu: files received, online share, on-time share, 766 score."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (on_time, "%", P, _DH, "period"), (score, "điểm", P, _TONG, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


BLIND_271 = [
    # I.1 (01/2020/TT-VPCP of 21/10/2020 and Nghị quyết 202/2025/QH15 are cited)
    F("ban hành 05 quyết định", "05", 5, "quyết định", C, code=None),
    F("với 38 TTHC", "38", 38, "TTHC", C, code=ANY),
    F("là 1.984 TTHC", "1.984", 1984, "TTHC", C, code=_TTHC),
    F("(cấp tỉnh 1.612", "1.612", 1612, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("cấp xã 372", "372", 372, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    # I.2 tháng 9/2025 dated 2025-09-30
    F("tiếp nhận 96.418", "96.418", 96418, "hồ sơ", C, code=_TN),
    F("(tháng 9/2025: 89.237 hồ sơ)", "89.237", 89237, "hồ sơ", PR, as_of=_SEP_271, code=_TN),
    F("cấp tỉnh 21.365", "21.365", 21365, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_TN),
    F("cấp xã 75.053", "75.053", 75053, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    F("là 71.526", "71.526", 71526, "hồ sơ", C, code=_NOP),
    F("chiếm 74,18%", "74,18%", 74.18, "%", code=_NOP),
    F("giải quyết 90.874", "90.874", 90874, "hồ sơ", C, code=ANY),
    F("đúng hạn 89.502", "89.502", 89502, "hồ sơ", C, code=_DH),
    F("đạt 98,49%", "98,49%", 98.49, "%", code=_DH),
    F("quá hạn 1.372", "1.372", 1372, "hồ sơ", C, code=_QH),
    F("Rạch Giá (214 hồ sơ)", "214", 214, "hồ sơ", C, subject="Phường Rạch Giá", level="xã", code=_QH),
    F("Phú Quốc (187 hồ sơ)", "187", 187, "hồ sơ", C, subject="Đặc khu Phú Quốc", level="xã", code=_QH),
    # I.3 digitisation by level after "lần lượt là"
    F("đạt 52,37%", "52,37%", 52.37, "%", code=_TT),
    F("tăng 3,06%", "3,06%", 3.06, "%", CH, code=_TT),
    F("là 96,12%", "96,12%", 96.12, "%", subject="cấp tỉnh", level="tỉnh", code=_SH),
    F("và 83,47%", "83,47%", 83.47, "%", subject="cấp xã", level="xã", code=_SH),
    F("toàn tỉnh đạt 92,85%", "92,85%", 92.85, "%", code=_KQ),
    # I.4 Markdown table of eight xã, phường, đặc khu (no total row)
    *_row_271("Phường Rạch Giá", "5.864", "81,26", "96,35", "84,12", "| 2 | Phường Long Xuyên"),
    *_row_271("Phường Long Xuyên", "5.217", "83,48", "99,06", "88,57", "| 3 | Đặc khu Phú Quốc"),
    *_row_271("Đặc khu Phú Quốc", "4.936", "76,92", "96,21", "82,94", "| 4 | Phường Châu Đốc"),
    *_row_271("Phường Châu Đốc", "3.148", "79,35", "99,43", "87,06", "| 5 | Phường Hà Tiên"),
    *_row_271("Phường Hà Tiên", "2.471", "77,81", "98,87", "85,33", "| 6 | Phường Tân Châu"),
    *_row_271("Phường Tân Châu", "2.206", "74,69", "99,72", "86,48", "| 7 | Xã Óc Eo"),
    *_row_271("Xã Óc Eo", "1.824", "68,42", "100", "83,15", "| 8 | Xã Châu Thành"),
    *_row_271("Xã Châu Thành", "1.759", "71,03", "99,38", "84,90", "\n5. Tiếp nhận"),
    # I.5
    F("tiếp nhận 46 phản ánh", "46", 46, "PAKN", C, code=_PAKN_TN),
    F("xử lý 41 PAKN", "41", 41, "PAKN", C, code=_PAKN_XL),
    F("đạt 89,13%", "89,13%", 89.13, "%", code=_PAKN_TL),
    F("05 PAKN đang", "05", 5, "PAKN", C, code=ANY),
    # I.6 rank among the 34 provinces; tháng 9/2025 dated 2025-09-30
    F("đạt 85,64/100", "85,64/100", 85.64, "điểm", max_value=100, code=_TONG),
    F("thứ 11/34", "11/34", 11, "hạng", R, max_value=34, code=_HANG),
    F("giảm 0,42 điểm", "0,42", -0.42, "điểm", CH, code=_TONG),
    F("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    F("(86,06 điểm", "86,06", 86.06, "điểm", PR, max_value=100, as_of=_SEP_271, code=_TONG),
    F("thứ 13/34)", "13/34", 13, "hạng", PR, max_value=34, as_of=_SEP_271, code=_HANG),
    F("minh bạch: 17,21/18", "17,21/18", 17.21, "điểm", max_value=18, code="766.cong_khai"),
    F("giải quyết: 19,38/20", "19,38/20", 19.38, "điểm", max_value=20, code="766.tien_do"),
    F("trực tuyến: 10,46/12", "10,46/12", 10.46, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến: 6,12/10", "6,12/10", 6.12, "điểm", max_value=10, code="766.thanh_toan"),
    F("hài lòng: 17,83/18", "17,83/18", 17.83, "điểm", max_value=18, code="766.hai_long"),
    F("hồ sơ: 14,64/22", "14,64/22", 14.64, "điểm", max_value=22, code="766.so_hoa"),
    F("ngành là 88,35 điểm", "88,35", 88.35, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("đặc khu là 81,72 điểm", "81,72", 81.72, "điểm", subject=ANY, level="xã", code=_TONG),
    F("Có 61/102", "61/102", 61, "xã", C, max_value=102, subject=ANY, level="xã", code=None),
    F("Tốt, 34 đơn vị", "34", 34, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("và 07 đơn vị", "07", 7, "đơn vị", C, subject=ANY, level="xã", code=None),
    # II.2 the province's target in quý IV năm 2025 (0297.3862.415 is a phone number)
    F("tối thiểu 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 272: Công an tỉnh Khánh Hòa, quý III năm 2025
_CAT = "Công an tỉnh"
_CAX = "Công an cấp xã"
_PC06 = "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"


def _ca(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Công an tỉnh itself (subject "Công an tỉnh", level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_CAT, level="tỉnh", **kw)


def _row_272(subject: object, received: str, online: str, share: str, after: str) -> list[Fact]:
    """One Markdown row of a procedure (or the total): files received, submitted online, online share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (share, "%", P, _NOP, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_272 = [
    # I. (06/QĐ-TTg of 06/01/2022, "Đề án 06" and 214/KH-UBND of 18/7/2025 are cited)
    F("có 65 đơn vị", "65", 65, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("(48 xã", "48", 48, "xã", C, subject="cấp xã", level="xã", code=None),
    F("16 phường", "16", 16, "phường", C, subject="cấp xã", level="xã", code=None),
    F("và 01 đặc khu", "01", 1, "đặc khu", C, subject="cấp xã", level="xã", code=None),
    _ca("thực hiện 14 TTHC", "14", 14, "TTHC", C, code=_TTHC),
    _ca("trú, 100% TTHC", "100%", 100, "%", code=_TOAN),
    # II.1 quý II năm 2025 dated 2025-06-30; the Bộ Công an's 2025 target, "chưa đạt chỉ tiêu"
    _ca("Công an tỉnh tiếp nhận 68.352", "68.352", 68352, "hồ sơ", C, code=_TN),
    _ca("tăng 9,4%", "9,4%", 9.4, "%", CH, code=ANY),
    F("tiếp nhận 64.918", "64.918", 64918, "hồ sơ", C, subject=_CAX, level="xã", code=_TN),
    F("tiếp nhận 3.434", "3.434", 3434, "hồ sơ", C, subject=_PC06, level="tỉnh", code=_TN),
    _ca("là 61.207", "61.207", 61207, "hồ sơ", C, code=_NOP),
    _ca("đạt 89,55%", "89,55%", 89.55, "%", code=_NOP, target=90, stated_status="chưa đạt"),
    _ca("2025: 86,71%)", "86,71%", 86.71, "%", PR, as_of="2025-06-30", code=_NOP),
    _ca("năm 2025 là 90%", "90%", 90, "%", T, as_of=_Y2025, code=_NOP),
    _ca("giải quyết 66.805", "66.805", 66805, "hồ sơ", C, code=ANY),
    _ca("đúng hạn 66.694", "66.694", 66694, "hồ sơ", C, code=_DH),
    _ca("đạt 99,83%", "99,83%", 99.83, "%", code=_DH),
    _ca("quá hạn 111", "111", 111, "hồ sơ", C, code=_QH),
    _ca("còn 1.547", "1.547", 1547, "hồ sơ", C, code=ANY),
    # Markdown table by procedure, "Tổng cộng" row (= the Công an tỉnh)
    *_row_272(ANY, "14.826", "12.934", "87,24", "| 2 | Đăng ký tạm trú"),
    *_row_272(ANY, "21.473", "19.815", "92,28", "| 3 | Xóa đăng ký thường trú"),
    *_row_272(ANY, "6.218", "5.402", "86,88", "| 4 | Xóa đăng ký tạm trú"),
    *_row_272(ANY, "3.905", "3.517", "90,06", "| 5 | Khai báo"),
    *_row_272(ANY, "1.284", "1.109", "86,37", "| 6 | Xác nhận"),
    *_row_272(ANY, "17.936", "16.012", "89,27", "| 7 | Các thủ tục"),
    *_row_272(ANY, "2.710", "2.418", "89,23", "| | Tổng cộng"),
    *_row_272(_CAT, "68.352", "61.207", "89,55", "\nNgoài ra"),
    _ca("nhận 412.638 lượt", "412.638", 412638, "lượt", C, code=ANY),
    _ca("thứ 8/34", "8/34", 8, "hạng", R, max_value=34, code=ANY),
    # II.2 the province-wide account total is ambiguous (province or police force): subject and level unchecked
    F("thu nhận 21.386", "21.386", 21386, "hồ sơ", C, subject=_CAX, level="xã", code=ANY),
    _ca("tiếp nhận 58.214", "58.214", 58214, "hồ sơ", C, code=ANY),
    _ca("kích hoạt 52.967", "52.967", 52967, "tài khoản", C, code=_TK),
    F("có 1.486.215", "1.486.215", 1486215, "tài khoản", C, subject=ANY, level=ANY, code=_TK),
    F("đạt 79,36%", "79,36%", 79.36, "%", subject=ANY, level=ANY, code=_TK),
    # II.3
    _ca("tiếp nhận 19 phản ánh", "19", 19, "PAKN", C, code=_PAKN_TN),
    _ca("xong 18 PAKN", "18", 18, "PAKN", C, code=_PAKN_XL),
    _ca("(đạt 94,74%)", "94,74%", 94.74, "%", code=_PAKN_TL),
    _ca("01 PAKN đang", "01", 1, "PAKN", C, code=ANY),
    _ca("đạt 98,72%", "98,72%", 98.72, "%", code=_HL),
    # III.2 the communes' police target in quý IV năm 2025 ("số 80 đường Trần Phú" is an address,
    # 0258.3822.691 a phone number)
    F("tối thiểu 90%", "90%", 90, "%", T, subject="Công an các xã, phường, đặc khu", level="xã", as_of=_Y2025,
      code=_NOP),
]

# ------------------------------------------------------------ 273: UBND huyện Xuân Trường (Nam Định), quý I/2025
_XT = "UBND huyện Xuân Trường"


def _huyen(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "a) Cấp huyện" or about cấp huyện (subject "cấp huyện", level huyện)."""
    return F(context, raw, value, unit, kind, subject="cấp huyện", level="huyện", **kw)


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "b) Cấp xã" or about cấp xã (subject "cấp xã", level xã)."""
    return F(context, raw, value, unit, kind, subject="cấp xã", level="xã", **kw)


def _district(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the district as a whole (subject the district's UBND, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_XT, level="huyện", **kw)


BLIND_273 = [
    # I.1 (09/KH-UBND of 14/01/2025 is cited; "số 35 đường Trường Chinh" is an address)
    _district("là 423 TTHC", "423", 423, "TTHC", C, code=_TTHC),
    _huyen("cấp huyện 296", "296", 296, "TTHC", C, code=_TTHC),
    _xa("cấp xã 127", "127", 127, "TTHC", C, code=_TTHC),
    # I.2 a) cấp huyện; cùng kỳ năm 2024 dated 2024-03-31
    _huyen("Tiếp nhận: 3.962", "3.962", 3962, "hồ sơ", C, code=_TN),
    _huyen("chuyển sang 218", "218", 218, "hồ sơ", C, code=ANY),
    _huyen("mới tiếp nhận 3.744", "3.744", 3744, "hồ sơ", C, code=ANY),
    _huyen("(3.418 hồ sơ)", "3.418", 3418, "hồ sơ", PR, as_of="2024-03-31", code=_TN),
    _huyen("tăng 544", "544", 544, "hồ sơ", CH, code=_TN),
    F("đất đai 2.164", "2.164", 2164, "hồ sơ", C, subject=ANY, level="huyện", code=ANY),
    F("hộ tịch 738", "738", 738, "hồ sơ", C, subject=ANY, level="huyện", code=ANY),
    F("xã hội 412", "412", 412, "hồ sơ", C, subject=ANY, level="huyện", code=ANY),
    F("khác 648", "648", 648, "hồ sơ", C, subject=ANY, level="huyện", code=ANY),
    _huyen("trực tuyến: 2.853", "2.853", 2853, "hồ sơ", C, code=_NOP),
    _huyen("chiếm 76,20%", "76,20%", 76.2, "%", code=_NOP, target=70, stated_status="đạt"),
    _huyen("giải quyết: 3.705", "3.705", 3705, "hồ sơ", C, code=ANY),
    _huyen("trước hạn 3.671", "3.671", 3671, "hồ sơ", C, code=_DH),
    _huyen("(99,08%)", "99,08%", 99.08, "%", code=_DH),
    _huyen("trễ hạn 34", "34", 34, "hồ sơ", C, code=_QH),
    _huyen("(0,92%)", "0,92%", 0.92, "%", code=_QH),
    _huyen("bình: 3,9", "3,9", 3.9, "ngày", code=_TIME),
    # I.2 b) cấp xã; four communes' online shares
    _xa("tiếp nhận 11.486", "11.486", 11486, "hồ sơ", C, code=_TN),
    _xa("trực tuyến 8.127", "8.127", 8127, "hồ sơ", C, code=_NOP),
    _xa("(70,76%)", "70,76%", 70.76, "%", code=_NOP, target=65, stated_status="đạt"),
    _xa("giải quyết 11.302", "11.302", 11302, "hồ sơ", C, code=ANY),
    _xa("quá hạn 41", "41", 41, "hồ sơ", C, code=_QH),
    _xa("đạt 99,64%", "99,64%", 99.64, "%", code=_DH),
    _xa("Có 16/20", "16/20", 16, "xã", C, max_value=20, code=None),
    _xa("04 xã chưa", "04", 4, "xã", C, code=None),
    F("(58,14%)", "58,14%", 58.14, "%", subject="xã Xuân Ninh", level="xã", code=_NOP),
    F("(61,27%)", "61,27%", 61.27, "%", subject="xã Xuân Vinh", level="xã", code=_NOP),
    F("(60,35%)", "60,35%", 60.35, "%", subject="xã Xuân Tân", level="xã", code=_NOP),
    F("(62,08%)", "62,08%", 62.08, "%", subject="xã Thọ Nghiệp", level="xã", code=_NOP),
    # the 2025 targets by level (dated at the year's end): both "đạt"
    _huyen("(cấp huyện 70%", "70%", 70, "%", T, as_of=_Y2025, code=_NOP),
    _xa("cấp xã 65%)", "65%", 65, "%", T, as_of=_Y2025, code=_NOP),
    # I.3 payment by level after "tương ứng là"; the copies are issued by the communes
    _huyen("là 48,36%", "48,36%", 48.36, "%", code=_TT),
    _xa("và 39,12%", "39,12%", 39.12, "%", code=_TT),
    _huyen("huyện 94,27%", "94,27%", 94.27, "%", code=_SH),
    _xa("xã 86,53%", "86,53%", 86.53, "%", code=_SH),
    _huyen("đạt 42,18%", "42,18%", 42.18, "%", code=_TSD),
    _xa("Có 20/20", "20/20", 20, "xã", C, max_value=20, code=ANY),
    F("cấp 3.126 bản", "3.126", 3126, "bản", C, subject=ANY, level="xã", code=ANY),
    F("tăng 18,6%", "18,6%", 18.6, "%", CH, subject=ANY, level="xã", code=ANY),
    _district("thêm 4.126", "4.126", 4126, "tài khoản", C, code=_TK),
    _district("đạt 86.347", "86.347", 86347, "tài khoản", C, code=_TK),
    # I.4 the district's PAKN and satisfaction
    _district("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _district("xử lý 08 PAKN", "08", 8, "PAKN", C, code=_PAKN_XL),
    _district("đạt 88,89%", "88,89%", 88.89, "%", code=_PAKN_TL),
    _district("01 PAKN đang", "01", 1, "PAKN", C, code=ANY),
    _district("đạt 98,15%", "98,15%", 98.15, "%", code=_HL),
    # I.5 rank among the province's 9 district-level units; quý IV năm 2024 dated 2024-12-31
    _district("đạt 87,26 điểm", "87,26", 87.26, "điểm", code=_TONG),
    _district("thứ 3/9", "3/9", 3, "hạng", R, max_value=9, code=_HANG),
    _district("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    _district("thứ 5/9)", "5/9", 5, "hạng", PR, max_value=9, as_of="2024-12-31", code=_HANG),
    F("đạt 82,14 điểm", "82,14", 82.14, "điểm", subject=ANY, level="xã", code=_TONG),
    F("(89,72 điểm)", "89,72", 89.72, "điểm", subject="thị trấn Xuân Trường", level="xã", code=_TONG),
    F("(74,06 điểm)", "74,06", 74.06, "điểm", subject="xã Xuân Ninh", level="xã", code=_TONG),
    F("Có 14/20", "14/20", 14, "xã", C, max_value=20, subject=ANY, level="xã", code=None),
    F("Tốt, 05 xã", "05", 5, "xã", C, subject=ANY, level="xã", code=None),
    F("Khá, 01 xã", "01", 1, "xã", C, subject=ANY, level="xã", code=None),
    # III.3 the communes' target by the end of quý II năm 2025 (0228.3885.247 is a phone number)
    F("tối thiểu 45%", "45%", 45, "%", T, subject="UBND các xã, thị trấn", level="xã", as_of="2025-06-30",
      code=_TT),
]

# ------------------------------------------------------------ 274: Văn phòng UBND tỉnh Hà Tĩnh, 6 tháng đầu năm 2025


def _votes(body: str, level: str, votes: str, share: str, end: str = ";") -> list[Fact]:
    """One dash-list line "- <body>: n lượt, tỷ lệ hài lòng x%;" (the last one ends with "."): the body's votes
    and satisfaction share."""
    return [F(f"{body}: {votes} lượt", votes, _num(votes), "lượt", C, subject=body, level=level, code=ANY),
            F(f"lòng {share}%{end}", f"{share}%", _num(share), "%", subject=body, level=level, code=_HL)]


BLIND_274 = [
    # I.1 (2318/UBND-KSTT of 09/6/2025 is cited; "dichvucong.hatinh.gov.vn" is an address)
    F("cấu hình 1.836 TTHC", "1.836", 1836, "TTHC", C, code=_TTHC),
    F("trong đó 1.108 TTHC", "1.108", 1108, "TTHC", C, code=_TOAN),
    F("toàn trình, 587 TTHC", "587", 587, "TTHC", C, code=_MOT),
    F("có 186.425", "186.425", 186425, "tài khoản", C, code=ANY),
    F("tăng 24.318", "24.318", 24318, "tài khoản", CH, code=ANY),
    F("đạt 99,26%", "99,26%", 99.26, "%", code="766.cong_khai.dong_bo"),
    # I.2 files by level in brackets
    F("tiếp nhận 412.580", "412.580", 412580, "hồ sơ", C, code=_TN),
    F("(cấp tỉnh 58.214", "58.214", 58214, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_TN),
    F("cấp huyện 96.437", "96.437", 96437, "hồ sơ", C, subject="cấp huyện", level="huyện", code=_TN),
    F("cấp xã 257.929", "257.929", 257929, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    F("trực tuyến 318.642", "318.642", 318642, "hồ sơ", C, code=_NOP),
    F("đạt 77,23%", "77,23%", 77.23, "%", code=_NOP),
    F("đạt 98,96%", "98,96%", 98.96, "%", code=_DH),
    # II.1 votes and their parts; the province's 2025 target (dated at the year's end), exceeded
    F("có 205.316", "205.316", 205316, "lượt", C, code=ANY),
    F("hài lòng 142.837", "142.837", 142837, "lượt", C, code=ANY),
    F("(69,57%)", "69,57%", 69.57, "%", code=ANY),
    F("hài lòng 59.604", "59.604", 59604, "lượt", C, code=ANY),
    F("(29,03%)", "29,03%", 29.03, "%", code=ANY),
    F("hài lòng 2.875", "2.875", 2875, "lượt", C, code=ANY),
    F("(1,40%)", "1,40%", 1.4, "%", code=ANY),
    F("đạt 98,60%", "98,60%", 98.6, "%", code=_HL, target=95, stated_status="đạt"),
    F("(95%)", "95%", 95, "%", T, as_of=_Y2025, code=_HL),
    F("cấp tỉnh 98,92%", "98,92%", 98.92, "%", subject="cấp tỉnh", level="tỉnh", code=_HL),
    F("cấp huyện 98,41%", "98,41%", 98.41, "%", subject="cấp huyện", level="huyện", code=_HL),
    F("cấp xã 98,63%", "98,63%", 98.63, "%", subject="cấp xã", level="xã", code=_HL),
    *_votes("Sở Tư pháp", "tỉnh", "6.842", "99,47"),
    *_votes("Sở Nông nghiệp và Môi trường", "tỉnh", "9.715", "97,36"),
    *_votes("Sở Xây dựng", "tỉnh", "3.208", "96,82"),
    *_votes("UBND thành phố Hà Tĩnh", "huyện", "15.634", "98,77"),
    *_votes("UBND thị xã Kỳ Anh", "huyện", "11.927", "98,05"),
    *_votes("UBND huyện Cẩm Xuyên", "huyện", "13.481", "98,54", "."),
    # II.2 SIPAS of 2024 (2023 in brackets); the 766 satisfaction group, total and rank
    F("đạt 84,37%", "84,37%", 84.37, "%", as_of="2024-12-31", code="sipas"),
    F("(năm 2023: 83,12%)", "83,12%", 83.12, "%", PR, as_of="2023-12-31", code="sipas"),
    F("đạt 17,42/18", "17,42/18", 17.42, "điểm", max_value=18, code="766.hai_long"),
    F("đạt 86,95/100", "86,95/100", 86.95, "điểm", max_value=100, code=_TONG),
    F("thứ 8/63", "8/63", 8, "hạng", R, max_value=63, code=_HANG),
    # III. PAKN ("Tổng đài 1022" is a name)
    F("tiếp nhận 1.274", "1.274", 1274, "PAKN", C, code=_PAKN_TN),
    F("công 486 PAKN", "486", 486, "PAKN", C, code=ANY),
    F("Smart 176 PAKN", "176", 176, "PAKN", C, code=ANY),
    F("là 612 PAKN", "612", 612, "PAKN", C, code=ANY),
    F("xử lý 1.198", "1.198", 1198, "PAKN", C, code=_PAKN_XL),
    F("đạt 94,03%", "94,03%", 94.03, "%", code=_PAKN_TL),
    F("đạt 97,08%", "97,08%", 97.08, "%", code="766.hai_long.pakn_dung_han"),
    F("còn 76 PAKN", "76", 76, "PAKN", C, code=ANY),
    F("là 5,8 ngày", "5,8", 5.8, "ngày", code="pakn.thoi_gian"),
    F("rút ngắn 1,4 ngày", "1,4", -1.4, "ngày", CH, code="pakn.thoi_gian"),
    F("đạt 4,32/5", "4,32/5", 4.32, "điểm", max_value=5, code="pakn.diem_hai_long"),
    F("(214 PAKN)", "214", 214, "PAKN", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_PAKN_TN),
    F("(187 PAKN)", "187", 187, "PAKN", C, subject="UBND thành phố Hà Tĩnh", level="huyện", code=_PAKN_TN),
    F("còn 09 PAKN", "09", 9, "PAKN", C, subject="Sở Xây dựng", level="tỉnh", code="pakn.qua_han"),
    # IV. ("số 02 đường Nguyễn Tất Thành" is an address, 0239.3855.721 a phone number)
]

BLIND = {"270": BLIND_270, "271": BLIND_271, "272": BLIND_272, "273": BLIND_273, "274": BLIND_274}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "270": [
        ("2025-07-18", "day", "18/7/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Văn phòng Đăng ký đất đai"),
        ("2025-08-31", "month", "tháng 8/2025", "rà soát quy trình nội bộ giải quyết TTHC", "Văn phòng Sở"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "Các chi cục thuộc Sở"),
        ("2025-09-30", "quarter", "quý III năm 2025", "số hóa kết quả giải quyết TTHC",
         "Chi cục Trồng trọt và Bảo vệ thực vật, Chi cục Chăn nuôi và Thú y"),
        ("2025-09-15", "day", "ngày 15 tháng 9 năm 2025", "cập nhật đầy đủ quy trình điện tử", "Chi cục Kiểm lâm"),
        # issued 03/7/2025: the first "ngày 10 hằng tháng" is 10/7/2025
        ("2025-07-10", "recurring", "10 hằng tháng", "tổng hợp số liệu giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "271": [
        ("2025-11-20", "day", "20/11/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "UBND Phường Rạch Giá, UBND Đặc khu Phú Quốc"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-12-31", "month", "tháng 12/2025", "đồng bộ dữ liệu hồ sơ", "Sở Khoa học và Công nghệ"),
        ("2025-11-30", "day", "ngày 30 tháng 11 năm 2025", "khai thác dữ liệu dân cư", "Công an tỉnh"),
        # issued 06/11/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/12/2025
        ("2025-12-05", "recurring", "05 hằng tháng", "cập nhật kết quả giải quyết TTHC",
         "Các sở, ban, ngành, UBND các xã, phường, đặc khu"),
    ],
    "272": [
        ("2025-10-15", "day", "15/10/2025", "giải quyết dứt điểm các hồ sơ cư trú quá hạn", _PC06),
        ("2025-12-31", "quarter", "quý IV năm 2025", "nộp trực tuyến", "Công an các xã, phường, đặc khu"),
        ("2025-11-30", "month", "tháng 11/2025", "cắt giảm thành phần hồ sơ", "Phòng Tham mưu"),
        ("2025-12-31", "day", "ngày 31 tháng 12 năm 2025", "số hóa hồ sơ hộ khẩu giấy", "Phòng Hồ sơ nghiệp vụ"),
        # issued 06/10/2025: the first "ngày 18 hằng tháng" is 18/10/2025
        ("2025-10-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC lĩnh vực cư trú",
         "Công an các xã, phường, đặc khu"),
    ],
    "273": [
        ("2025-04-15", "day", "15/4/2025", "xây dựng kế hoạch nâng cao tỷ lệ nộp hồ sơ trực tuyến",
         "UBND xã Xuân Ninh, UBND xã Xuân Vinh"),
        ("2025-05-31", "month", "tháng 5/2025", "thay thế máy quét", "Phòng Văn hóa, Khoa học và Thông tin"),
        ("2025-06-30", "quarter", "quý II năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "UBND các xã, thị trấn"),
        ("2025-04-30", "day", "ngày 30 tháng 4 năm 2025", "chỉnh lý toàn bộ hồ sơ TTHC",
         "Văn phòng HĐND và UBND huyện"),
        # issued 02/4/2025: the first "ngày 12 hằng tháng" is 12/4/2025
        ("2025-04-12", "recurring", "12 hằng tháng", "gửi số liệu giải quyết TTHC",
         "Các cơ quan chuyên môn thuộc UBND huyện, UBND các xã, thị trấn"),
    ],
    "274": [
        ("2025-07-20", "day", "20/7/2025", "xử lý dứt điểm các PAKN quá hạn", "Sở Xây dựng"),
        ("2025-07-31", "month", "tháng 7/2025", "điều chỉnh cấu hình Hệ thống", "Sở Khoa học và Công nghệ"),
        ("2025-08-15", "day", "ngày 15 tháng 8 năm 2025", "lắp đặt thiết bị đánh giá sự hài lòng",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        ("2025-09-30", "quarter", "quý III năm 2025", "khảo sát sự hài lòng", "Sở Nội vụ"),
        # issued 08/7/2025: the first "ngày 25 hằng tháng" is 25/7/2025
        ("2025-07-25", "recurring", "25 hằng tháng", "cập nhật kết quả xử lý PAKN",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 270's issuer is Sở Nông nghiệp và Môi trường under "UBND TỈNH LẠNG SƠN"; 271's issuer is UBND tỉnh An Giang
# (after the merger), period the month in its title; 272's issuer is Công an tỉnh Khánh Hòa under "BỘ CÔNG AN",
# signer written after the rank "Đại tá"; 273's issuer is a district (province named in "Kính gửi"); 274's
# issuer is the Văn phòng under "UBND TỈNH HÀ TĨNH", a half-year report issued in July 2025.
META = {
    "270": {"doc_number": "1247/BC-SNNMT", "doc_type": "Báo cáo", "issued_date": "2025-07-03",
            "province": "Lạng Sơn", "period_label": "quý II năm 2025", "period_start": "2025-04-01",
            "period_end": "2025-06-30", "signer": "Hoàng Văn Thắng"},
    "271": {"doc_number": "486/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-11-06",
            "province": "An Giang", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Nguyễn Thanh Bình"},
    "272": {"doc_number": "2417/BC-CAT-PC06", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Khánh Hòa", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Lê Quang Minh"},
    "273": {"doc_number": "87/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-04-02",
            "province": "Nam Định", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Vũ Văn Hòa"},
    "274": {"doc_number": "1896/BC-VP", "doc_type": "Báo cáo", "issued_date": "2025-07-08",
            "province": "Hà Tĩnh", "period_label": "6 tháng đầu năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-06-30", "signer": "Trần Đình Hải"},
}
