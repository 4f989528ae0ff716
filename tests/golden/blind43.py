"""Blind golden facts for corpus/blind43/290_quang_tri.txt, 291_bac_ninh.txt, 292_vinh_long.txt,
293_dien_bien.txt and 294_dak_lak.txt.

The five documents were written by the developers for a forty-third blind measurement (issuers, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind13.py … blind16.py: rows use `golden.facts.Fact` (context string
that occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`;
table cells are kind `value` (rank cells kind `rank`, plain numbers without max_value) with
`extra={"source": "table"}`; `as_of="period"` is the period's end; `ANY` leaves a field unchecked where the
sentence names no catalogued indicator (`None` where it clearly names none). "thủ tục" counts use the unit
`TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of the files (or PAKN) an indicator is computed
on carries that indicator's code; every "đã giải quyết" count and the parts of a received or settled whole
("kỳ trước chuyển sang", "tiếp nhận mới", "trước hạn", "đúng hạn" apart) have their code unchecked; a
relative change of a count has its code unchecked. A change is dated at the period end; a fall ("giảm",
"rút ngắn") is negative. Counts of local units take the unit of their first unit word ("58/99 xã, phường" →
`xã`), counts of "cơ quan"/"đơn vị" the unit `đơn vị`, at the level of the bodies counted; "99 đơn vị hành
chính cấp xã (66 xã, 33 phường)" is subject `cấp xã`, level xã. A table column dated before the period end
keeps kind `value` with that date as `as_of`. Dates, document numbers, cited decisions, resolutions, plans and
letters ("Quyết định số 1512/QĐ-UBND", "Kế hoạch số 86/KH-UBND", "Quyết định số 766/QĐ-TTg", "Công văn số
8124/VPCP-KSTT", "Quyết định số 02/QĐ-UBND", "Công văn số 1420/VP-KSTT", "Kế hoạch số 418/KH-UBND", "Nghị
quyết số 1660/NQ-UBTVQH15"), "6 tháng cuối năm 2025" (a period), "số liệu chốt đến hết ngày 30/11/2025" and
"tại thời điểm 30/9/2025" (the period end), section numbering ("I.", "1.", "a)"), the STT column, the month
labels in table headers ("Điểm tháng 10/2025"), phone numbers ("0232.3822.866", "0270.3822.175",
"0215.3862.240", "0262.3625.118"), street addresses ("số 02 đường Hùng Vương", "số 176 đường Nguyễn Tất
Thành"), working hours ("7 giờ 00", "17 giờ 00"), number words ("hai", "ba"), headings naming the next period
("III. NHIỆM VỤ QUÝ IV NĂM 2025", "III. NHIỆM VỤ THÁNG 12 NĂM 2025", "III. NHIỆM VỤ THÁNG 11 NĂM 2025", "II.
NHIỆM VỤ THÁNG 5 NĂM 2025", "6. Nhiệm vụ tháng 10 năm 2025": no deadlines) and years are not figures.

New in this set:
- 290 is a quarterly Báo cáo of the Ban Quản lý Khu kinh tế tỉnh Quảng Trị (header "UBND TỈNH QUẢNG TRỊ / BAN
  QUẢN LÝ KHU KINH TẾ"; re-formed on 02/7/2025 by joining the Quảng Bình and Quảng Trị boards), quý III năm
  2025, issued 07/10/2025, on its own investment and business procedures. Every figure is the Ban's: subject
  "Ban Quản lý Khu kinh tế" (the body as its header names it, as a Sở's report is "Sở Tư pháp"), level tỉnh;
  the rows of its Markdown table by field have subject ANY, level tỉnh. "06 lĩnh vực" and "02 quyết định"
  are counts with code None; "Toàn bộ 100% TTHC được niêm yết" a share with code unchecked. "1.146 hồ sơ (kỳ
  trước chuyển sang 87 hồ sơ, tiếp nhận mới 1.059 hồ sơ), tăng 214 hồ sơ so với quý II năm 2025 (932 hồ sơ,
  số liệu cộng gộp …)": the whole is files received, its parts code unchecked, a change and a previous value
  dated 2025-06-30. "gồm: trước hạn 842 hồ sơ, đúng hạn 226 hồ sơ, quá hạn 03 hồ sơ" are the parts of the
  settled files; "99,72%" the on-time share. The table (received, settled, "Trước hạn, đúng hạn (%)", overdue;
  `100` and `0` cells; "03" written "3") has a "Tổng cộng" row with an empty STT cell (= the Ban). Investment
  figures are new: "14 dự án", "23 dự án", "02 dự án" (unit `dự án`), the capital "6.842,7 tỷ đồng" (a value,
  unit `tỷ đồng`, 6842.7) and "186 giấy phép" (unit `giấy phép`): no catalogued indicator, code unchecked.
  "88,24% (150/170 hồ sơ)": the share and one count (max 170); "chỉ tiêu UBND tỉnh giao cho Ban năm 2025 là
  80% thì đã đạt và vượt chỉ tiêu": the Ban's target dated 2025-12-31, the share carries it with status
  "đạt". PAKN bare channel parts "(qua Cổng Dịch vụ công quốc gia 02, qua đường dây nóng 01)" (code
  unchecked) and "03/03 PAKN" (one count, max 3). The Ban's score and rank among the province's agencies
  ("xếp thứ 3/19 sở, ban, ngành"), "so với tháng 8/2025 (90,22 điểm, xếp thứ 5/19)" dated 2025-08-31 (the
  score has no max), the block average (subject ANY, level tỉnh). Five deadlines: day, month, year with the
  Ban's target "đến hết năm 2025 … của Ban đạt tối thiểu 90%", "chậm nhất" day in words, "trước ngày 12 hằng
  tháng" (issued 07/10/2025: first 12/10/2025).
- 291 is a monthly Báo cáo of UBND tỉnh Bắc Ninh (merged with Bắc Giang) to the Văn phòng Chính phủ, tháng 11
  năm 2025, issued 04/12/2025. Province figures have subject NULL; ranks out of 34. "so với tháng 10/2025
  (86,91 điểm, xếp thứ 9/34) tăng 0,73 điểm và tăng 2 bậc": previous values dated 2025-10-31 (the previous
  total on the /100 scale). The six group scores are written "nhóm <group> được x/max điểm" separated by ";"
  (sum 87,64). "(tháng 10/2025: 76,12%)" is a previous value; "đạt 64,27%, chưa đạt chỉ tiêu năm 2025 là
  70%": the target dated 2025-12-31, the share carries it with status "chưa đạt"; the task's "đạt tối thiểu
  70%" is the province's target again (subject NULL). Overdue land files of a named xã and phường in brackets
  (subject as written, level xã). The agencies' average and its change "tăng 1,06 điểm so với tháng
  10/2025" (subject ANY, level tỉnh); counts by grade "07/14 cơ quan … 06 cơ quan … 01 cơ quan" (unit `đơn
  vị`, level tỉnh, code None). Its tab-separated table lists the 14 agencies in official order (not rank
  order) with scores of "Điểm tháng 10/2025" (dated 2025-10-31) and "Điểm tháng 11/2025" and a last column
  "Xếp hạng tháng 11/2025" (kind rank, plain numbers, no max; equal to the STT in two rows); "Công an tỉnh"
  and "Ban Quản lý các khu công nghiệp" are agencies like the others. The communes' average with "(tháng
  10/2025: 82,97 điểm)" (subject ANY, level xã), counts by grade "58/99 xã, phường" (unit `xã`, max 99), "36
  đơn vị", "05 đơn vị" (unit `đơn vị`, level xã), best and worst communes and wards with scores in brackets
  (subject as written, level xã). Five deadlines: year (with the target), day for two named units, "chậm
  nhất" day in words, quarter of the next year ("quý I năm 2026"), "trước ngày 25 hằng tháng" (issued
  04/12/2025: first 25/12/2025).
- 292 is a monthly Báo cáo of Sở Y tế tỉnh Vĩnh Long (header "UBND TỈNH VĨNH LONG / SỞ Y TẾ"; re-formed on
  01/7/2025 from the health departments of Vĩnh Long, Bến Tre and Trà Vinh), tháng 10 năm 2025, issued
  05/11/2025, written as dash lists. Every figure is the Sở's (subject "Sở Y tế", level tỉnh). "11 lĩnh vực"
  is a count with code None. "giảm 6,4% so với tháng 9/2025 (2.064 hồ sơ)": a relative fall (-6.4, code
  unchecked) and a previous value dated 2025-09-30. Files by reception point ("trụ sở Sở 812 hồ sơ; điểm
  tiếp nhận Bến Tre 694 hồ sơ; điểm tiếp nhận Trà Vinh 426 hồ sơ") are parts of the files received (subject
  ANY, level tỉnh, code unchecked: a point named after a former province is no subject). "trước hạn, đúng
  hạn 1.839 hồ sơ (98,98%)" carries the on-time code; "Đang giải quyết: 74 hồ sơ" code unchecked. "6,8
  ngày/hồ sơ, rút ngắn 1,2 ngày" is the processing time and its fall; "đồng bộ trạng thái lên Cổng Dịch vụ
  công quốc gia: 99,35%" the synchronisation share. The dash list by field "- <field>: tiếp nhận x hồ sơ, đã
  giải quyết y hồ sơ, quá hạn z hồ sơ;" has subject ANY, level tỉnh (received, settled code unchecked,
  overdue); "không có hồ sơ quá hạn" is no figure. "312 giấy phép" and "47 giấy chứng nhận" are counts with
  code unchecked. "(tháng 9/2025: 57,30%)" and "(tháng 9/2025: 84,92 điểm, xếp thứ 13/17)" are previous
  values dated 2025-09-30 (the Sở's score has no max); "chỉ tiêu UBND tỉnh giao năm 2025 là 75%, chưa đạt
  chỉ tiêu": the Sở's target dated 2025-12-31. "06 phản ánh, kiến nghị (trong đó 04 PAKN về thái độ …)": the
  part and "01 PAKN đang xác minh" code unchecked. Two group scores of the Sở with maxima. Five deadlines:
  day, month, quarter with the Sở's target "của Sở đạt tối thiểu 75%", "chậm nhất" day, "trước ngày 10 hằng
  tháng" (issued 05/11/2025: first 10/11/2025).
- 293 is a monthly Báo cáo of UBND huyện Tuần Giáo (tỉnh Điện Biên, named in "Kính gửi"), tháng 4 năm 2025,
  issued 06/5/2025, before the district level was abolished. "398 TTHC" on the district's territory is the
  district's (subject "UBND huyện Tuần Giáo", level huyện), its parts "cấp huyện 274 TTHC, cấp xã 124 TTHC"
  are subject "cấp huyện"/"cấp xã". Figures under "a) Cấp huyện (Bộ phận Một cửa huyện)" are subject "cấp
  huyện" (level huyện), those under "b) Cấp xã" subject "cấp xã" (level xã); "(tháng 3/2025: 1.142 hồ sơ)" a
  previous value dated 2025-03-31; "19 xã, thị trấn" a count (unit `xã`, subject "cấp xã", code None). Best
  and worst units with online shares in brackets ("thị trấn Tuần Giáo", "xã Tênh Phông"). Its Markdown table
  lists the ten xã, thị trấn with most files (subject as written, "Thị trấn Tuần Giáo", "Xã Quài Cang", level
  xã; received, online share, on-time share; four `100` cells; no total row). "cấp huyện và cấp xã tương ứng
  là 46,18% và 28,73%; chỉ tiêu tỉnh giao năm 2025 cho hai cấp lần lượt là 50% và 35%, cả hai cấp đều chưa
  đạt chỉ tiêu": the n-th target is the n-th level's, dated 2025-12-31, both shares "chưa đạt". "đạt 88,64%
  ở cấp huyện và 71,25% ở cấp xã": the level follows the figure. Electronic certification counts by level
  (unit `trường hợp`). The district's own PAKN, satisfaction, score and rank "4/10 huyện, thị xã, thành phố"
  ("(tháng 3/2025 xếp thứ 6/10), tăng 2 bậc") have subject "UBND huyện Tuần Giáo", level huyện; the block
  average of the districts (subject ANY, level huyện), the communes' average and counts by grade "07/19 xã,
  thị trấn … 09 xã … 03 xã" (unit `xã`, subject ANY, level xã, code None). The target "đạt tối thiểu 35%"
  in the task of "UBND các xã, thị trấn" is theirs, dated 2025-06-30 (the quarter it is due). Five deadlines:
  day for two named communes, "chậm nhất" day in words, month, quarter (with the target), "trước ngày 18 hằng
  tháng" (issued 06/5/2025: first 18/5/2025).
- 294 is a monthly Báo cáo of the Trung tâm Phục vụ hành chính công of a post-merger commune, xã Ea Kar (tỉnh
  Đắk Lắk; header "UBND XÃ EA KAR / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"), tháng 9 năm 2025, issued
  03/10/2025. Its figures are the commune's one-stop results reported by its centre, and the 766 score is
  "xã Ea Kar"'s: whether the subject is the centre, "UBND xã Ea Kar" or "xã Ea Kar" is genuinely ambiguous,
  so every figure of the issuer has subject ANY, level xã. "12 quầy" (unit `quầy`) and "16 công chức"
  (unit `công chức`) are counts with code None. Files received at two former communes' points "lần lượt
  tiếp nhận 534 hồ sơ và 418 hồ sơ" are parts (code unchecked). "tăng 318 hồ sơ so với tháng 8/2025 (2.529
  hồ sơ)": a change and a previous value dated 2025-08-31. "nộp trực tiếp 651 hồ sơ (22,87%)" carries the
  code of files submitted directly. "2,4 ngày/hồ sơ" is the processing time; "183 hồ sơ" returned by post a
  count with code unchecked. The dash list by field "- <field>: tiếp nhận x hồ sơ, nộp trực tuyến y%, đã
  giải quyết z hồ sơ" has subject ANY, level xã. "126 hồ sơ TTHC cấp tỉnh không phụ thuộc địa giới hành
  chính" received and passed on to the province's centre: subject, level and code unchecked. "1.236 hồ sơ
  phát sinh nghĩa vụ tài chính" is the base of the payment share (code unchecked), "874 hồ sơ" its count,
  "tăng 5,36% so với tháng 8/2025" its change; "chỉ tiêu năm 2025 UBND tỉnh giao cho xã là 75%, như vậy chưa
  đạt chỉ tiêu": the commune's target dated 2025-12-31. Shares after "lần lượt là 95,26% và 92,80%".
  "1.945 lượt đánh giá" is a count (unit `lượt`, code unchecked); no PAKN arose ("không phát sinh": no
  figure). Rank "19/102 xã, phường" with "tăng 7 bậc so với tháng 8/2025 (xếp thứ 26/102)" dated 2025-08-31;
  the province's commune average (subject ANY, level xã); two group scores with maxima. The target "trong
  quý IV năm 2025 … đạt tối thiểu 75%" in the centre's own task is dated 2025-12-31. Five deadlines: day,
  quarter (with the target), month, "chậm nhất" day in words, "trước ngày 05 hằng tháng" (issued 03/10/2025,
  before the 5th: first 05/10/2025).
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
_TIME = "766.tien_do.thoi_gian"
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_CHUA = "766.dvctt.chua_cung_cap"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_END_2025 = "2025-12-31"


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 290: Ban Quản lý Khu kinh tế tỉnh Quảng Trị, quý III/2025
_BQL = "Ban Quản lý Khu kinh tế"
_Q2_290 = "2025-06-30"
_AUG_290 = "2025-08-31"


def _ban(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Ban itself (subject the Ban, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_BQL, level="tỉnh", **kw)


def _row_290(subject: object, received: str, settled: str, on_time: str, overdue: str, after: str) -> list[Fact]:
    """One Markdown row of a field (or the total): received, settled, on-time share, overdue. STT is no figure."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (settled, "hồ sơ", P, ANY, "period"),
             (on_time, "%", P, _DH, "period"), (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_290 = [
    # I.1 (1690/QĐ-UBND of 18/7/2025 and 2045/QĐ-UBND of 26/8/2025 cited)
    _ban("giải quyết 78 TTHC", "78", 78, "TTHC", C, code=_TTHC),
    _ban("thuộc 06 lĩnh vực", "06", 6, "lĩnh vực", C, code=None),
    _ban("có 52 TTHC", "52", 52, "TTHC", C, code=_TOAN),
    _ban("21 TTHC trực tuyến", "21", 21, "TTHC", C, code=_MOT),
    _ban("và 05 TTHC", "05", 5, "TTHC", C, code=_CHUA),
    _ban("ban hành 02 quyết định", "02", 2, "quyết định", C, code=None),
    _ban("Toàn bộ 100% TTHC", "100%", 100, "%", code=ANY),
    # I.2 the whole and its parts; quý II năm 2025 dated 2025-06-30
    _ban("tiếp nhận 1.146", "1.146", 1146, "hồ sơ", C, code=_TN),
    _ban("chuyển sang 87 hồ sơ", "87", 87, "hồ sơ", C, code=ANY),
    _ban("mới 1.059 hồ sơ", "1.059", 1059, "hồ sơ", C, code=ANY),
    _ban("tăng 214 hồ sơ", "214", 214, "hồ sơ", CH, code=_TN),
    _ban("(932 hồ sơ", "932", 932, "hồ sơ", PR, as_of=_Q2_290, code=_TN),
    _ban("mạng là 1.003", "1.003", 1003, "hồ sơ", C, code=_NOP),
    _ban("chiếm 94,71%", "94,71%", 94.71, "%", code=_NOP),
    _ban("giải quyết 1.071", "1.071", 1071, "hồ sơ", C, code=ANY),
    _ban("trước hạn 842", "842", 842, "hồ sơ", C, code=ANY),
    _ban("đúng hạn 226", "226", 226, "hồ sơ", C, code=ANY),
    _ban("quá hạn 03 hồ sơ", "03", 3, "hồ sơ", C, code=_QH),
    _ban("đạt 99,72%", "99,72%", 99.72, "%", code=_DH),
    _ban("còn 75 hồ sơ", "75", 75, "hồ sơ", C, code=ANY),
    # Markdown table by field, "Tổng cộng" row (= the Ban)
    *_row_290(ANY, "312", "296", "100", "0", "| 2 | Doanh nghiệp"),
    *_row_290(ANY, "104", "101", "100", "0", "| 3 | Xây dựng"),
    *_row_290(ANY, "258", "231", "98,70", "3", "| 4 | Môi trường"),
    *_row_290(ANY, "96", "88", "100", "0", "| 5 | Lao động"),
    *_row_290(ANY, "341", "327", "100", "0", "| 6 | Thương mại"),
    *_row_290(ANY, "35", "28", "100", "0", "| | Tổng cộng"),
    *_row_290(_BQL, "1.146", "1.071", "99,72", "3", "\nTrong lĩnh vực"),
    # investment and labour (no catalogued indicator)
    _ban("cho 14 dự án", "14", 14, "dự án", C, code=ANY),
    _ban("đăng ký 6.842,7 tỷ đồng", "6.842,7", 6842.7, "tỷ đồng", code=ANY),
    _ban("điều chỉnh 23 dự án", "23", 23, "dự án", C, code=ANY),
    _ban("hoạt động 02 dự án", "02", 2, "dự án", C, code=ANY),
    _ban("cấp 186 giấy phép", "186", 186, "giấy phép", C, code=ANY),
    # I.3 the Ban's 2025 target (dated at the year's end), "đã đạt và vượt chỉ tiêu"
    _ban("đạt 88,24%", "88,24%", 88.24, "%", code=_TT, target=80, stated_status="đạt"),
    _ban("(150/170 hồ sơ)", "150/170", 150, "hồ sơ", C, max_value=170, code=_TT),
    _ban("năm 2025 là 80%", "80%", 80, "%", T, as_of=_END_2025, code=_TT),
    _ban("đạt 97,36%", "97,36%", 97.36, "%", code=_SH),
    _ban("TTHC điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    _ban("đạt 58,19%", "58,19%", 58.19, "%", code=_TSD),
    _ban("tăng 7,42%", "7,42%", 7.42, "%", CH, code=_TSD),
    # I.4 (0232.3822.866 is a phone number, "số 02 đường Hùng Vương" an address)
    _ban("tiếp nhận 03 phản ánh", "03", 3, "PAKN", C, code=_PAKN_TN),
    _ban("quốc gia 02, qua", "02", 2, "PAKN", C, code=ANY),
    _ban("đường dây nóng 01", "01", 1, "PAKN", C, code=ANY),
    _ban("xong 03/03 PAKN", "03/03", 3, "PAKN", C, max_value=3, code=_PAKN_XL),
    _ban("đạt 98,95%", "98,95%", 98.95, "%", code=_HL),
    # I.5 rank among the province's agencies; tháng 8/2025 dated 2025-08-31
    _ban("đạt 91,48 điểm", "91,48", 91.48, "điểm", code=_TONG),
    _ban("thứ 3/19", "3/19", 3, "hạng", R, max_value=19, code=_HANG),
    _ban("tăng 1,26 điểm", "1,26", 1.26, "điểm", CH, code=_TONG),
    _ban("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    _ban("(90,22 điểm", "90,22", 90.22, "điểm", PR, as_of=_AUG_290, code=_TONG),
    _ban("thứ 5/19)", "5/19", 5, "hạng", PR, max_value=19, as_of=_AUG_290, code=_HANG),
    F("là 86,05 điểm", "86,05", 86.05, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    # III.3 the Ban's target by the end of 2025
    _ban("tối thiểu 90%", "90%", 90, "%", T, as_of=_END_2025, code=_TT),
]

# ------------------------------------------------------------ 291: UBND tỉnh Bắc Ninh, tháng 11 năm 2025
_OCT_291 = "2025-10-31"


def _agency_291(subject: str, october: str, november: str, rank: str, after: str) -> list[Fact]:
    """One tab-separated row of an agency: its score in tháng 10/2025 (dated 2025-10-31), in tháng 11/2025 and
    its rank in tháng 11/2025 (a plain number among the 14, no max)."""
    cells = [(october, "điểm", P, _TONG, _OCT_291), (november, "điểm", P, _TONG, "period"),
             (rank, "hạng", R, _HANG, "period")]
    return _cells(subject, "tỉnh", cells, after, "\t", "\n")


BLIND_291 = [
    # I.1 (766/QĐ-TTg of 23/6/2022 and 8124/VPCP-KSTT of 15/10/2025 cited); tháng 10/2025 dated 2025-10-31
    F("có 99 đơn vị", "99", 99, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("(66 xã", "66", 66, "xã", C, subject="cấp xã", level="xã", code=None),
    F("33 phường)", "33", 33, "phường", C, subject="cấp xã", level="xã", code=None),
    F("đạt 87,64/100", "87,64/100", 87.64, "điểm", max_value=100, code=_TONG),
    F("thứ 7/34", "7/34", 7, "hạng", R, max_value=34, code=_HANG),
    F("(86,91 điểm", "86,91", 86.91, "điểm", PR, max_value=100, as_of=_OCT_291, code=_TONG),
    F("thứ 9/34)", "9/34", 9, "hạng", PR, max_value=34, as_of=_OCT_291, code=_HANG),
    F("tăng 0,73 điểm", "0,73", 0.73, "điểm", CH, code=_TONG),
    F("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    # the six groups "nhóm <group> được x/max điểm"
    F("minh bạch được 17,12/18", "17,12/18", 17.12, "điểm", max_value=18, code="766.cong_khai"),
    F("giải quyết được 19,58/20", "19,58/20", 19.58, "điểm", max_value=20, code="766.tien_do"),
    F("trực tuyến được 10,46/12", "10,46/12", 10.46, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến được 7,38/10", "7,38/10", 7.38, "điểm", max_value=10, code="766.thanh_toan"),
    F("hài lòng được 17,64/18", "17,64/18", 17.64, "điểm", max_value=18, code="766.hai_long"),
    F("hồ sơ được 15,46/22", "15,46/22", 15.46, "điểm", max_value=22, code="766.so_hoa"),
    # I.2 dash list; the 2025 target dated at the year's end
    F("toàn tỉnh đạt 78,35%", "78,35%", 78.35, "%", code=_NOP),
    F("(tháng 10/2025: 76,12%)", "76,12%", 76.12, "%", PR, as_of=_OCT_291, code=_NOP),
    F("đạt 64,27%", "64,27%", 64.27, "%", code=_TT, target=70, stated_status="chưa đạt"),
    F("năm 2025 là 70%", "70%", 70, "%", T, as_of=_END_2025, code=_TT),
    F("đạt 98,86%", "98,86%", 98.86, "%", code=_DH),
    F("còn 1.284", "1.284", 1284, "hồ sơ", C, code=_QH),
    F("(146 hồ sơ)", "146", 146, "hồ sơ", C, subject="xã Yên Dũng", level="xã", code=_QH),
    F("(118 hồ sơ)", "118", 118, "hồ sơ", C, subject="phường Việt Yên", level="xã", code=_QH),
    F("đạt 91,07%", "91,07%", 91.07, "%", code=_SH),
    F("đạt 46,82%", "46,82%", 46.82, "%", code=_TSD),
    F("tiếp nhận 57", "57", 57, "PAKN", C, code=_PAKN_TN),
    F("xử lý 52 PAKN", "52", 52, "PAKN", C, code=_PAKN_XL),
    F("đạt 91,23%", "91,23%", 91.23, "%", code=_PAKN_TL),
    # II.1 the agencies' average, its change, counts by grade, the tab-separated table (official order)
    F("đạt 88,80 điểm", "88,80", 88.80, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("tăng 1,06 điểm", "1,06", 1.06, "điểm", CH, subject=ANY, level="tỉnh", code=_TONG),
    F("Có 07/14", "07/14", 7, "đơn vị", C, max_value=14, subject=ANY, level="tỉnh", code=None),
    F("Tốt, 06 cơ quan", "06", 6, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("Khá, 01 cơ quan", "01", 1, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    *_agency_291("Sở Nội vụ", "90,84", "92,16", "4", "2\tSở Tài chính"),
    *_agency_291("Sở Tài chính", "88,35", "89,02", "9", "3\tSở Tư pháp"),
    *_agency_291("Sở Tư pháp", "94,12", "95,40", "1", "4\tSở Xây dựng"),
    *_agency_291("Sở Xây dựng", "84,27", "86,13", "11", "5\tSở Nông nghiệp"),
    *_agency_291("Sở Nông nghiệp và Môi trường", "79,68", "81,45", "13", "6\tSở Công Thương"),
    *_agency_291("Sở Công Thương", "91,73", "92,58", "3", "7\tSở Khoa học"),
    *_agency_291("Sở Khoa học và Công nghệ", "89,50", "90,87", "6", "8\tSở Giáo dục"),
    *_agency_291("Sở Giáo dục và Đào tạo", "92,06", "91,64", "5", "9\tSở Y tế"),
    *_agency_291("Sở Y tế", "87,92", "89,35", "8", "10\tSở Văn hóa"),
    *_agency_291("Sở Văn hóa, Thể thao và Du lịch", "90,18", "90,42", "7", "11\tSở Dân tộc"),
    *_agency_291("Sở Dân tộc và Tôn giáo", "86,44", "87,20", "10", "12\tThanh tra"),
    *_agency_291("Thanh tra tỉnh", "83,15", "84,66", "12", "13\tBan Quản lý"),
    *_agency_291("Ban Quản lý các khu công nghiệp", "93,27", "94,05", "2", "14\tCông an"),
    *_agency_291("Công an tỉnh", "76,90", "78,32", "14", "\n2. Khối xã"),
    # II.2 the communes' average, counts by grade, best and worst units
    F("đạt 83,56 điểm", "83,56", 83.56, "điểm", subject=ANY, level="xã", code=_TONG),
    F("(tháng 10/2025: 82,97 điểm)", "82,97", 82.97, "điểm", PR, subject=ANY, level="xã", as_of=_OCT_291,
      code=_TONG),
    F("Có 58/99", "58/99", 58, "xã", C, max_value=99, subject=ANY, level="xã", code=None),
    F("Tốt, 36 đơn vị", "36", 36, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("và 05 đơn vị", "05", 5, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("Kinh Bắc (95,08 điểm)", "95,08", 95.08, "điểm", subject="phường Kinh Bắc", level="xã", code=_TONG),
    F("Bắc Giang (94,71 điểm)", "94,71", 94.71, "điểm", subject="phường Bắc Giang", level="xã", code=_TONG),
    F("Yên Tử (71,36 điểm)", "71,36", 71.36, "điểm", subject="xã Tây Yên Tử", level="xã", code=_TONG),
    F("Sơn Động (72,04 điểm)", "72,04", 72.04, "điểm", subject="xã Sơn Động", level="xã", code=_TONG),
    # III.1 the province's target by the end of 2025 (in the task of Sở Tài chính)
    F("tối thiểu 70%", "70%", 70, "%", T, as_of=_END_2025, code=_TT),
]

# ------------------------------------------------------------ 292: Sở Y tế tỉnh Vĩnh Long, tháng 10 năm 2025
_SYT = "Sở Y tế"
_SEP_292 = "2025-09-30"


def _so(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SYT, level="tỉnh", **kw)


def _field_292(received: str, settled: str, overdue: str | None = None, *, last: bool = False) -> list[Fact]:
    """One dash-list line of a field: "tiếp nhận x hồ sơ, đã giải quyết y hồ sơ[, quá hạn z hồ sơ]" (subject
    ANY, level tỉnh). Where the field has the same count twice the contexts keep the words around it."""
    facts = [F(f"tiếp nhận {received} hồ sơ", received, _num(received), "hồ sơ", C, subject=ANY, level="tỉnh",
               code=_TN),
             F(f"giải quyết {settled} hồ sơ" + ("." if last else ""), settled, _num(settled), "hồ sơ", C,
               subject=ANY, level="tỉnh", code=ANY)]
    if overdue is not None:
        facts.append(F(f"quá hạn {overdue} hồ sơ;", overdue, _num(overdue), "hồ sơ", C, subject=ANY, level="tỉnh",
                       code=_QH))
    return facts


BLIND_292 = [
    # I.1 (02/QĐ-UBND of 01/7/2025 and 1420/VP-KSTT of 22/7/2025 cited)
    _so("giải quyết: 121 TTHC", "121", 121, "TTHC", C, code=_TTHC),
    _so("thuộc 11 lĩnh vực", "11", 11, "lĩnh vực", C, code=None),
    _so("toàn trình: 64", "64", 64, "TTHC", C, code=_TOAN),
    _so("một phần: 49", "49", 49, "TTHC", C, code=_MOT),
    _so("chưa cung cấp: 08", "08", 8, "TTHC", C, code=_CHUA),
    # I.2 tháng 9/2025 dated 2025-09-30
    _so("tháng: 1.932", "1.932", 1932, "hồ sơ", C, code=_TN),
    _so("giảm 6,4%", "6,4%", -6.4, "%", CH, code=ANY),
    _so("(2.064 hồ sơ)", "2.064", 2064, "hồ sơ", PR, as_of=_SEP_292, code=_TN),
    F("trụ sở Sở 812", "812", 812, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("Bến Tre 694", "694", 694, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("Trà Vinh 426", "426", 426, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    _so("trực tuyến: 1.617", "1.617", 1617, "hồ sơ", C, code=_NOP),
    _so("(83,70%)", "83,70%", 83.70, "%", code=_NOP),
    _so("giải quyết: 1.858", "1.858", 1858, "hồ sơ", C, code=ANY),
    _so("đúng hạn 1.839", "1.839", 1839, "hồ sơ", C, code=_DH),
    _so("(98,98%)", "98,98%", 98.98, "%", code=_DH),
    _so("quá hạn 19 hồ sơ", "19", 19, "hồ sơ", C, code=_QH),
    _so("Đang giải quyết: 74", "74", 74, "hồ sơ", C, code=ANY),
    _so("trung bình: 6,8", "6,8", 6.8, "ngày", code=_TIME),
    _so("rút ngắn 1,2 ngày", "1,2", -1.2, "ngày", CH, code=_TIME),
    _so("quốc gia: 99,35%", "99,35%", 99.35, "%", code="766.cong_khai.dong_bo"),
    # dash list by field
    *_field_292("486", "471", "11"),
    *_field_292("1.024", "998", "06"),
    *_field_292("158", "152", "02"),
    *_field_292("187", "164"),
    *_field_292("41", "41"),
    *_field_292("36", "32", last=True),
    _so("cấp 312 giấy phép", "312", 312, "giấy phép", C, code=ANY),
    _so("và 47 giấy chứng nhận", "47", 47, "giấy chứng nhận", C, code=ANY),
    # I.3 the Sở's 2025 target (dated at the year's end), "chưa đạt chỉ tiêu"
    _so("tuyến: 61,85%", "61,85%", 61.85, "%", code=_TT, target=75, stated_status="chưa đạt"),
    _so("(tháng 9/2025: 57,30%)", "57,30%", 57.30, "%", PR, as_of=_SEP_292, code=_TT),
    _so("năm 2025 là 75%", "75%", 75, "%", T, as_of=_END_2025, code=_TT),
    _so("TTHC: 93,42%", "93,42%", 93.42, "%", code=_SH),
    _so("điện tử: 96,05%", "96,05%", 96.05, "%", code=_KQ),
    _so("số hóa: 38,60%", "38,60%", 38.60, "%", code=_TSD),
    _so("tăng 4,15%", "4,15%", 4.15, "%", CH, code=_TSD),
    # I.4 (0270.3822.175 is a phone number)
    _so("Tiếp nhận 06 phản ánh", "06", 6, "PAKN", C, code=_PAKN_TN),
    _so("04 PAKN về", "04", 4, "PAKN", C, code=ANY),
    _so("xử lý 05 PAKN", "05", 5, "PAKN", C, code=_PAKN_XL),
    _so("01 PAKN đang", "01", 1, "PAKN", C, code=ANY),
    _so("doanh nghiệp: 95,72%", "95,72%", 95.72, "%", code=_HL),
    # I.5 rank among the province's agencies; tháng 9/2025 dated 2025-09-30
    _so("tháng 10/2025: 86,37", "86,37", 86.37, "điểm", code=_TONG),
    _so("thứ 11/17", "11/17", 11, "hạng", R, max_value=17, code=_HANG),
    _so("(tháng 9/2025: 84,92", "84,92", 84.92, "điểm", PR, as_of=_SEP_292, code=_TONG),
    _so("thứ 13/17)", "13/17", 13, "hạng", PR, max_value=17, as_of=_SEP_292, code=_HANG),
    _so("đạt 6,19/10", "6,19/10", 6.19, "điểm", max_value=10, code="766.thanh_toan"),
    _so("đạt 16,74/22", "16,74/22", 16.74, "điểm", max_value=22, code="766.so_hoa"),
    # III. the Sở's target by the end of quý IV năm 2025
    _so("tối thiểu 75%", "75%", 75, "%", T, as_of=_END_2025, code=_TT),
]

# ------------------------------------------------------------ 293: UBND huyện Tuần Giáo (Điện Biên), tháng 4/2025
_TG = "UBND huyện Tuần Giáo"
_MAR_293 = "2025-03-31"


def _huyen(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "a) Cấp huyện" or about cấp huyện (subject "cấp huyện", level huyện)."""
    return F(context, raw, value, unit, kind, subject="cấp huyện", level="huyện", **kw)


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "b) Cấp xã" or about cấp xã (subject "cấp xã", level xã)."""
    return F(context, raw, value, unit, kind, subject="cấp xã", level="xã", **kw)


def _district(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the district as a whole (subject its UBND, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_TG, level="huyện", **kw)


def _row_293(subject: str, received: str, online: str, on_time: str, after: str) -> list[Fact]:
    """One Markdown row of a commune: files received, online share, on-time share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (on_time, "%", P, _DH, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


BLIND_293 = [
    # I.1 (418/KH-UBND of 24/01/2025 cited)
    _district("huyện là 398 TTHC", "398", 398, "TTHC", C, code=_TTHC),
    _huyen("cấp huyện 274", "274", 274, "TTHC", C, code=_TTHC),
    _xa("cấp xã 124", "124", 124, "TTHC", C, code=_TTHC),
    # I.2 a) cấp huyện; tháng 3/2025 dated 2025-03-31
    _huyen("tiếp nhận 1.286", "1.286", 1286, "hồ sơ", C, code=_TN),
    _huyen("(tháng 3/2025: 1.142 hồ sơ)", "1.142", 1142, "hồ sơ", PR, as_of=_MAR_293, code=_TN),
    _huyen("trực tuyến 1.004", "1.004", 1004, "hồ sơ", C, code=_NOP),
    _huyen("đạt 78,07%", "78,07%", 78.07, "%", code=_NOP),
    _huyen("giải quyết 1.231", "1.231", 1231, "hồ sơ", C, code=ANY),
    _huyen("đúng hạn 1.205", "1.205", 1205, "hồ sơ", C, code=_DH),
    _huyen("(97,89%)", "97,89%", 97.89, "%", code=_DH),
    _huyen("quá hạn 26", "26", 26, "hồ sơ", C, code=_QH),
    # I.2 b) cấp xã
    _xa("của 19 xã", "19", 19, "xã", C, code=None),
    _xa("tiếp nhận 3.415", "3.415", 3415, "hồ sơ", C, code=_TN),
    _xa("trực tuyến 1.862", "1.862", 1862, "hồ sơ", C, code=_NOP),
    _xa("đạt 54,52%", "54,52%", 54.52, "%", code=_NOP),
    _xa("đạt 99,44%", "99,44%", 99.44, "%", code=_DH),
    _xa("còn 18 hồ sơ", "18", 18, "hồ sơ", C, code=_QH),
    F("Tuần Giáo (82,36%)", "82,36%", 82.36, "%", subject="thị trấn Tuần Giáo", level="xã", code=_NOP),
    F("Phông (21,05%)", "21,05%", 21.05, "%", subject="xã Tênh Phông", level="xã", code=_NOP),
    # Markdown table of the ten communes with most files (no total row)
    *_row_293("Thị trấn Tuần Giáo", "612", "82,36", "99,67", "| 2 | Xã Quài Cang"),
    *_row_293("Xã Quài Cang", "318", "61,95", "100", "| 3 | Xã Chiềng Sinh"),
    *_row_293("Xã Chiềng Sinh", "286", "58,74", "99,30", "| 4 | Xã Quài Nưa"),
    *_row_293("Xã Quài Nưa", "254", "55,12", "100", "| 5 | Xã Mường Thín"),
    *_row_293("Xã Mường Thín", "231", "49,78", "98,70", "| 6 | Xã Nà Sáy"),
    *_row_293("Xã Nà Sáy", "207", "47,34", "100", "| 7 | Xã Quài Tở"),
    *_row_293("Xã Quài Tở", "198", "52,53", "99,49", "| 8 | Xã Mường Mùn"),
    *_row_293("Xã Mường Mùn", "176", "44,32", "98,86", "| 9 | Xã Ta Ma"),
    *_row_293("Xã Ta Ma", "152", "40,13", "100", "| 10 | Xã Pú Nhung"),
    *_row_293("Xã Pú Nhung", "149", "42,95", "99,33", "\n3. Thanh toán"),
    # I.3 shares and targets by level (the n-th target is the n-th level's), both "chưa đạt"
    _huyen("là 46,18%", "46,18%", 46.18, "%", code=_TT, target=50, stated_status="chưa đạt"),
    _xa("và 28,73%", "28,73%", 28.73, "%", code=_TT, target=35, stated_status="chưa đạt"),
    _huyen("là 50% và", "50%", 50, "%", T, as_of=_END_2025, code=_TT),
    _xa("và 35%, cả", "35%", 35, "%", T, as_of=_END_2025, code=_TT),
    _huyen("đạt 88,64%", "88,64%", 88.64, "%", code=_SH),
    _xa("và 71,25%", "71,25%", 71.25, "%", code=_SH),
    _huyen("thực hiện 214", "214", 214, "trường hợp", C, code=_CT),
    _xa("thực hiện 1.357", "1.357", 1357, "trường hợp", C, code=_CT),
    # I.4 the district's own PAKN and satisfaction (0215.3862.240 is a phone number)
    _district("tiếp nhận 05 phản ánh", "05", 5, "PAKN", C, code=_PAKN_TN),
    _district("xử lý 04 PAKN", "04", 4, "PAKN", C, code=_PAKN_XL),
    _district("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    _district("đạt 93,18%", "93,18%", 93.18, "%", code=_HL),
    # I.5 rank among the province's 10 district-level units; tháng 3/2025 dated 2025-03-31
    _district("đạt 79,84 điểm", "79,84", 79.84, "điểm", code=_TONG),
    _district("thứ 4/10", "4/10", 4, "hạng", R, max_value=10, code=_HANG),
    _district("thứ 6/10)", "6/10", 6, "hạng", PR, max_value=10, as_of=_MAR_293, code=_HANG),
    _district("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    F("là 78,12 điểm", "78,12", 78.12, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("đạt 74,56 điểm", "74,56", 74.56, "điểm", subject=ANY, level="xã", code=_TONG),
    F("có 07/19", "07/19", 7, "xã", C, max_value=19, subject=ANY, level="xã", code=None),
    F("Tốt, 09 xã", "09", 9, "xã", C, subject=ANY, level="xã", code=None),
    F("và 03 xã", "03", 3, "xã", C, subject=ANY, level="xã", code=None),
    # II.4 the communes' target by the end of quý II năm 2025
    F("tối thiểu 35%", "35%", 35, "%", T, subject="UBND các xã, thị trấn", level="xã", as_of="2025-06-30",
      code=_TT),
]

# ------------------------------------------------------------ 294: TT PVHCC xã Ea Kar (Đắk Lắk), tháng 9 năm 2025
_AUG_294 = "2025-08-31"


def _ea(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the issuer (the commune's centre or the commune: subject unchecked, level xã)."""
    return F(context, raw, value, unit, kind, subject=ANY, level="xã", **kw)


def _field_294(received: str, online: str, settled: str, end: str) -> list[Fact]:
    """One dash-list line of a field: "tiếp nhận x hồ sơ, nộp trực tuyến y%, đã giải quyết z hồ sơ" + `end`."""
    return [_ea(f"tiếp nhận {received} hồ sơ, nộp", received, _num(received), "hồ sơ", C, code=_TN),
            _ea(f"trực tuyến {online}%", f"{online}%", _num(online), "%", code=_NOP),
            _ea(f"giải quyết {settled} hồ sơ{end}", settled, _num(settled), "hồ sơ", C, code=ANY)]


BLIND_294 = [
    # preamble (1660/NQ-UBTVQH15 of 16/6/2025 cited; "số 176 đường Nguyễn Tất Thành", "7 giờ 00", "17 giờ 00")
    # 1.
    _ea("bố trí 12 quầy", "12", 12, "quầy", C, code=None),
    _ea("với 16 công chức", "16", 16, "công chức", C, code=None),
    _ea("tiếp nhận 356 TTHC", "356", 356, "TTHC", C, code=_TTHC),
    _ea("trong đó 281 TTHC", "281", 281, "TTHC", C, code=_TOAN),
    _ea("tiếp nhận 534 hồ sơ", "534", 534, "hồ sơ", C, code=ANY),
    _ea("và 418 hồ sơ", "418", 418, "hồ sơ", C, code=ANY),
    # 2. tháng 8/2025 dated 2025-08-31
    _ea("tiếp nhận 2.847", "2.847", 2847, "hồ sơ", C, code=_TN),
    _ea("tăng 318 hồ sơ", "318", 318, "hồ sơ", CH, code=_TN),
    _ea("(2.529 hồ sơ)", "2.529", 2529, "hồ sơ", PR, as_of=_AUG_294, code=_TN),
    _ea("trực tuyến 2.196", "2.196", 2196, "hồ sơ", C, code=_NOP),
    _ea("(77,13%)", "77,13%", 77.13, "%", code=_NOP),
    _ea("trực tiếp 651", "651", 651, "hồ sơ", C, code=_NTT),
    _ea("(22,87%)", "22,87%", 22.87, "%", code=_NTT),
    _ea("giải quyết 2.703", "2.703", 2703, "hồ sơ", C, code=ANY),
    _ea("trước hạn 2.689", "2.689", 2689, "hồ sơ", C, code=_DH),
    _ea("đạt 99,48%", "99,48%", 99.48, "%", code=_DH),
    _ea("quá hạn 14", "14", 14, "hồ sơ", C, code=_QH),
    _ea("trung bình 2,4", "2,4", 2.4, "ngày", code=_TIME),
    _ea("Có 183 hồ sơ", "183", 183, "hồ sơ", C, code=ANY),
    # dash list by field
    *_field_294("1.102", "86,21", "1.098", ";"),
    *_field_294("687", "81,37", "664", ";"),
    *_field_294("412", "52,18", "357", ";"),
    *_field_294("236", "90,68", "229", ";"),
    *_field_294("410", "62,93", "355", "."),
    # provincial procedures received regardless of territory, passed on to the province's centre
    F("tiếp nhận 126 hồ sơ", "126", 126, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    # 3. the commune's 2025 target (dated at the year's end), "chưa đạt chỉ tiêu"
    _ea("có 1.236 hồ sơ", "1.236", 1236, "hồ sơ", C, code=ANY),
    _ea("trực tuyến 874", "874", 874, "hồ sơ", C, code=_TT),
    _ea("đạt 70,71%", "70,71%", 70.71, "%", code=_TT, target=75, stated_status="chưa đạt"),
    _ea("tăng 5,36%", "5,36%", 5.36, "%", CH, code=_TT),
    _ea("xã là 75%", "75%", 75, "%", T, as_of=_END_2025, code=_TT),
    _ea("là 95,26%", "95,26%", 95.26, "%", code=_SH),
    _ea("và 92,80%", "92,80%", 92.80, "%", code=_KQ),
    _ea("đạt 41,37%", "41,37%", 41.37, "%", code=_TSD),
    _ea("bản chính 538", "538", 538, "trường hợp", C, code=_CT),
    _ea("kích hoạt 612", "612", 612, "tài khoản", C, code=_TK),
    # 4. no PAKN arose
    _ea("Qua 1.945 lượt", "1.945", 1945, "lượt", C, code=ANY),
    _ea("đạt 97,84%", "97,84%", 97.84, "%", code=_HL),
    # 5. rank among the province's 102 xã, phường; tháng 8/2025 dated 2025-08-31
    _ea("đạt 84,27 điểm", "84,27", 84.27, "điểm", code=_TONG),
    _ea("thứ 19/102", "19/102", 19, "hạng", R, max_value=102, code=_HANG),
    _ea("tăng 7 bậc", "7", 7, "hạng", CH, code=_HANG),
    _ea("(xếp thứ 26/102)", "26/102", 26, "hạng", PR, max_value=102, as_of=_AUG_294, code=_HANG),
    _ea("toàn tỉnh là 81,05 điểm", "81,05", 81.05, "điểm", code=_TONG),
    _ea("đạt 6,84/10", "6,84/10", 6.84, "điểm", max_value=10, code="766.thanh_toan"),
    _ea("đạt 17,26/22", "17,26/22", 17.26, "điểm", max_value=22, code="766.so_hoa"),
    # 6. the target in quý IV năm 2025 (0262.3625.118 is a phone number)
    _ea("tối thiểu 75%", "75%", 75, "%", T, as_of=_END_2025, code=_TT),
]

BLIND = {"290": BLIND_290, "291": BLIND_291, "292": BLIND_292, "293": BLIND_293, "294": BLIND_294}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "290": [
        ("2025-10-20", "day", "20/10/2025", "giải quyết dứt điểm các hồ sơ thẩm định thiết kế",
         "Phòng Quản lý Quy hoạch và Xây dựng"),
        ("2025-11-30", "month", "tháng 11/2025", "cắt giảm, đơn giản hóa TTHC", "Văn phòng Ban"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến",
         "Phòng Quản lý Doanh nghiệp và Lao động"),
        ("2025-11-14", "day", "ngày 14 tháng 11 năm 2025", "hoàn thiện quy trình nội bộ", "Phòng Quản lý Đầu tư"),
        # issued 07/10/2025: the first "ngày 12 hằng tháng" is 12/10/2025
        ("2025-10-12", "recurring", "12 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Ban"),
    ],
    "291": [
        ("2025-12-31", "year", "năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-12-15", "day", "15/12/2025", "giải quyết dứt điểm hồ sơ đất đai quá hạn",
         "UBND xã Yên Dũng, UBND phường Việt Yên"),
        ("2025-12-25", "day", "ngày 25 tháng 12 năm 2025", "đồng bộ dữ liệu hồ sơ", "Sở Khoa học và Công nghệ"),
        ("2026-03-31", "quarter", "quý I năm 2026", "kiểm tra công tác cải cách TTHC", "Sở Nội vụ"),
        # issued 04/12/2025: the first "ngày 25 hằng tháng" is 25/12/2025
        ("2025-12-25", "recurring", "25 hằng tháng", "kết quả khắc phục các chỉ số bị trừ điểm",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "292": [
        ("2025-11-15", "day", "15/11/2025", "giải quyết dứt điểm các hồ sơ cấp giấy phép hành nghề quá hạn",
         "Phòng Nghiệp vụ Y"),
        ("2025-12-31", "month", "tháng 12/2025", "số hóa kết quả giải quyết TTHC", "Văn phòng Sở"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến",
         "Phòng Kế hoạch - Tài chính"),
        ("2025-11-28", "day", "28/11/2025", "đề xuất đơn giản hóa thủ tục", "Chi cục An toàn vệ sinh thực phẩm"),
        # issued 05/11/2025: the first "ngày 10 hằng tháng" is 10/11/2025
        ("2025-11-10", "recurring", "10 hằng tháng", "gửi số liệu giải quyết TTHC", "Các phòng, đơn vị thuộc Sở"),
    ],
    "293": [
        ("2025-05-16", "day", "16/5/2025", "xây dựng kế hoạch nâng cao tỷ lệ nộp hồ sơ trực tuyến",
         "UBND xã Tênh Phông, UBND xã Pú Xi"),
        ("2025-05-20", "day", "ngày 20 tháng 5 năm 2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Chi nhánh Văn phòng Đăng ký đất đai huyện"),
        ("2025-06-30", "month", "tháng 6/2025", "chứng thực bản sao điện tử", "Phòng Tư pháp"),
        ("2025-06-30", "quarter", "quý II năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "UBND các xã, thị trấn"),
        # issued 06/5/2025: the first "ngày 18 hằng tháng" is 18/5/2025
        ("2025-05-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các cơ quan chuyên môn thuộc UBND huyện, UBND các xã, thị trấn"),
    ],
    "294": [
        ("2025-10-15", "day", "15/10/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn", "Phòng Kinh tế"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến",
         "Trung tâm Phục vụ hành chính công xã"),
        ("2025-11-30", "month", "tháng 11/2025", "hệ thống xếp hàng tự động", "Văn phòng HĐND và UBND xã"),
        ("2025-10-31", "day", "ngày 31 tháng 10 năm 2025", "số hóa sổ hộ tịch", "Phòng Văn hóa - Xã hội"),
        # issued 03/10/2025, before the 5th: the first "ngày 05 hằng tháng" is 05/10/2025
        ("2025-10-05", "recurring", "05 hằng tháng", "tổng hợp số liệu",
         "Trung tâm Phục vụ hành chính công xã"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 290's issuer is the Ban Quản lý Khu kinh tế under "UBND TỈNH QUẢNG TRỊ", period the quarter in its title
# (stated as 01/7–30/9/2025); 291's issuer is UBND tỉnh Bắc Ninh, period the month in its title; 292's issuer is
# Sở Y tế under "UBND TỈNH VĨNH LONG"; 293's issuer is a district (province named in "Kính gửi"), period stated as
# 01/4–30/4/2025; 294's issuer is the Trung tâm Phục vụ hành chính công under "UBND XÃ EA KAR", the province
# named in the text ("Xã Ea Kar (tỉnh Đắk Lắk)") and in "Kính gửi".
META = {
    "290": {"doc_number": "1187/BC-BQLKKT", "doc_type": "Báo cáo", "issued_date": "2025-10-07",
            "province": "Quảng Trị", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Hoàng Văn Thạch"},
    "291": {"doc_number": "512/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-12-04",
            "province": "Bắc Ninh", "period_label": "tháng 11 năm 2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Đào Quang Khải"},
    "292": {"doc_number": "2836/BC-SYT", "doc_type": "Báo cáo", "issued_date": "2025-11-05",
            "province": "Vĩnh Long", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Thạch Thị Sà Rinh"},
    "293": {"doc_number": "96/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-05-06",
            "province": "Điện Biên", "period_label": "tháng 4 năm 2025", "period_start": "2025-04-01",
            "period_end": "2025-04-30", "signer": "Lò Văn Chương"},
    "294": {"doc_number": "58/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-10-03",
            "province": "Đắk Lắk", "period_label": "tháng 9 năm 2025", "period_start": "2025-09-01",
            "period_end": "2025-09-30", "signer": "Nguyễn Thị Kim Oanh"},
}
