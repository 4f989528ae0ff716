"""Blind golden facts for corpus/blind30/225_son_la.txt, 226_quang_tri.txt, 227_binh_duong.txt, 228_hung_yen.txt
and 229_bac_giang.txt.

The five documents were written by the developers for a thirtieth blind measurement (issuers, wording and layouts
not used elsewhere in the corpus; not real documents), and every row below was written by reading them, before any
extraction, restoration or pipeline code was run on them. They also serve as held-out text for diacritic
restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind16.py and blind13.py-blind15.py: rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`;
table cells are kind `value` even when they count (rank cells kind `rank`, plain numbers without max_value; signed
change cells kind `change`, the raw keeping its sign); `as_of="period"` is the period's end; `ANY` leaves a field
unchecked where the sentence names no catalogued indicator (`None` where it clearly names none). Table cells carry
`extra={"source": "table"}`. "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a
count of local units takes the unit of its first unit word ("6/12 huyện, thị xã, thành phố" → `huyện`, "9/14 xã, thị
trấn" → `xã`), counts of "sở, ban, ngành"/"cơ quan"/"đơn vị" the unit `đơn vị`, at the level of the bodies counted
(who they are unchecked). A count of the files (or PAKN) an indicator is computed on carries that indicator's code;
every "đã giải quyết" count and the parts of a settled whole ("trước hạn", "đúng hạn" apart) have their code
unchecked; a relative change of a count ("tăng 9,4% so với cùng kỳ") has its code unchecked. A table column dated
before the period end keeps its kind with that date as `as_of`; a change is dated at the period end; a fall ("giảm",
"rút ngắn", a "-" cell) is negative. A target "chỉ tiêu năm 2025 là x%" is dated at the year's end and the share
held against it carries it with the stated status. Dates, document numbers, cited circulars, plans, letters and
decisions ("Thông tư số 01/2020/TT-VPCP", "Kế hoạch số 18/KH-UBND", "Quyết định số 1482/QĐ-UBND", "Quyết định số
06/QĐ-TTg", "Công văn số 2135/UBND-KSTT", "Kế hoạch số 26/KH-UBND", "Quyết định số 215/QĐ-UBND"), "Đề án 06", "Bộ
chỉ số 766", "Cục C06", "PC06", "mức độ 2", "trẻ em dưới 14 tuổi", "Từ ngày 01/3/2025", "(số liệu tính từ ngày
01/01/2024 đến hết ngày 31/12/2024)", section numbering ("I.", "1.", "a)"), the STT column, the text column "Xếp
loại", phone numbers ("0212.3852.416", "0233.3852.619", "0274.3822.347", "0221.3854.210", "0204.3663.113"), street
addresses ("số 8 đường Chu Văn Thịnh", "số 45 đường Hùng Vương", "số 528 đại lộ Bình Dương", "đường Quảng trường
3/2"), number words ("sáu nhóm", "ba cấp", "sáu tháng đầu năm"), "6 tháng" and "5 tháng" (periods), headings naming
the next period ("III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025", "II. NHIỆM VỤ TRỌNG TÂM THÁNG 6 NĂM 2025", "III. PHƯƠNG
HƯỚNG, NHIỆM VỤ NĂM 2025", "II. NHIỆM VỤ QUÝ II NĂM 2025": no deadlines) and years are not figures.

New in this set:
- 225 is a half-year Báo cáo of UBND tỉnh Sơn La to the Văn phòng Chính phủ, 6 tháng đầu năm 2025, issued
  30/6/2025 (before the 1 July 2025 reform; its tasks go to the sở and to "UBND các xã, phường" after it). Province
  figures have subject NULL. "27 quyết định" is a count with code None; "312 TTHC được công bố (trong đó 96 …, 171
  … và 45 …)" are counts of published procedures (code unchecked). Procedures by level after "lần lượt là" ("số
  TTHC của cấp tỉnh, cấp huyện, cấp xã lần lượt là 1.447 TTHC, 253 TTHC và 126 TTHC"): subject "cấp tỉnh"/"cấp
  huyện"/"cấp xã". "1.318 TTHC dưới hình thức dịch vụ công trực tuyến, chiếm 72,18%" carries the
  "tthc_cung_cap" code (whole and share). "trước hạn và đúng hạn 398.105 hồ sơ (đạt 99,22%)" carries the on-time
  code, "(chiếm 0,78%)" the overdue one; on-time shares by level after "tương ứng là". "4,1 ngày" is the
  processing time and "rút ngắn 0,6 ngày" its fall. Its tab-separated table (units in the headers) lists the 12
  district-level units in official order (subject as written, "UBND thành phố Sơn La", "UBND thị xã Mộc Châu",
  level huyện; received, online share, on-time share, payment share) with a "Cộng cấp huyện" row with an empty STT
  cell (= cấp huyện; its 98,44 is also in the prose). "Có 6/12 huyện, thị xã, thành phố …" is a count (unit
  `huyện`, max 12, level huyện, code None); the two lowest districts carry their payment share in brackets (also
  in the table). "đạt 48,65%, so với chỉ tiêu năm 2025 là 60% thì chưa đạt chỉ tiêu": target dated 2025-12-31,
  status "chưa đạt"; "(cùng kỳ năm 2024: 71,20%)" a previous value dated 2024-06-30. "tăng 2,85 điểm và tăng 9
  bậc so với năm 2024 (81,52 điểm, xếp thứ 33/63)": rises and previous values dated 2024-12-31 (the previous total
  on the /100 scale). Six group scores written "<group> x/max điểm" without a verb, separated by ";" (sum 84,37).
  Block averages (subject unchecked; levels tỉnh/huyện/xã); "Có 14/19 sở, ban, ngành và 5/12 huyện, thị xã, thành
  phố …" are counts (units `đơn vị` and `huyện`, code None). The task's "đạt tối thiểu 60%" is the province's
  target again (subject NULL), dated 2025-12-31. Six deadlines: day, month, year (with the target), quarter,
  "chậm nhất" day in words, "trước ngày 22 hằng tháng" (issued 30/6/2025: first 22/7/2025).
- 226 is a Báo cáo of Sở Nội vụ tỉnh Quảng Trị (header "UBND TỈNH QUẢNG TRỊ / SỞ NỘI VỤ"), issued 20/02/2025,
  on the results of the province's own administrative-reform index (Chỉ số CCHC, PAR INDEX) for năm 2024 of its
  sở, ban, ngành and district-level units. Unlike a Sở's report on its own one-stop shop, the Sở here reports on
  others: figures of a named unit carry that unit (level tỉnh for the agencies, huyện for the districts), block
  averages have subject unchecked with the block's level, and the province's own 2023 PAR INDEX ("Năm 2023, Chỉ số
  CCHC của tỉnh … đạt 86,47%, xếp thứ 29/63") has subject NULL, kind value/rank dated 2023-12-31, as the seed
  101's "đạt 91,28 điểm … xếp thứ 2/63" does. Every PAR INDEX score, its change and its rank carry the code
  `par_index` (as seed 101); the points of one field "12,36/14,5 điểm" (max 14.5) carry none catalogued (code
  unchecked). "20 sở, ban, ngành và 10 huyện, thị xã, thành phố", "04 sở, ban, ngành và 03 huyện" and the counts by
  grade "07/20 đơn vị xếp loại Tốt, 10/20 … Khá và 03/20 … Trung bình" (max 20) and "03 đơn vị xếp loại Tốt, 06 …
  và 01 …" (the district block) are counts (code None; level of the bodies counted). The survey "1.850 phiếu …
  1.812 phiếu hợp lệ (đạt 97,95%)" is counted in `phiếu` (subject, level and code unchecked: it is the evaluation's
  own work, of no unit). "tăng 1,34 điểm so với năm 2023 (85,81 điểm)": the agencies' block average rose, its
  previous value dated 2023-12-31. Its Markdown table of the 10 district-level units (official order) has a column
  "Điểm năm 2023" (dated 2023-12-31), "Điểm năm 2024", a signed "Tăng/giảm" (two falls), "Xếp hạng năm 2024"
  (kind rank, no max) and a text "Xếp loại"; its "Bình quân" row (empty STT and rank) is the district block's
  average (subject unchecked, level huyện). Four deadlines ("III. ĐỀ XUẤT, KIẾN NGHỊ", items the Sở asks the UBND
  tỉnh to order): day for four named units, "chậm nhất" day in words, month, quarter.
- 227 is a monthly Báo cáo of Công an tỉnh Bình Dương (header "BỘ CÔNG AN / CÔNG AN TỈNH BÌNH DƯƠNG", number
  "1826/BC-CAT-PC06"), tháng 5 năm 2025, issued 04/6/2025, to the UBND tỉnh, on online services for residence,
  identity cards and electronic identification. Like a Sở's report, its own figures have subject "Công an tỉnh",
  level tỉnh; the district-level police no longer exist (the text says so). "đang thực hiện 27 TTHC trên Cổng Dịch
  vụ công …, gồm 19 TTHC toàn trình và 08 TTHC một phần": the parts carry the toàn trình / một phần codes, the
  whole is left unchecked (offered online or all the Công an's procedures: either reading holds). "tăng 2,74% so
  với tháng 4/2025 (82,36%)": change and previous value (2025-04-30) of the online share. "Lũy kế 5 tháng đầu năm
  2025 …" sums are dated at the period end like the month's figures. The dash list by group of procedures
  ("- Đăng ký thường trú: tiếp nhận 5.384 hồ sơ, trực tuyến 5.102 hồ sơ (94,76%);") has subject unchecked, level
  tỉnh, as the field rows of a Sở (golden/blind13.py's 146); the five groups add up to 46.382. "cơ sở lưu trú đã
  thông báo lưu trú … 12.468 lượt, 100% thực hiện trực tuyến" is about the lodging houses' notifications (subject,
  level and code unchecked). The dash list of commune police by former district ("- Công an các phường thuộc thành
  phố Thủ Dầu Một: 2.418 hồ sơ, trực tuyến đạt 97,93%;") names bodies of level xã grouped by area (subject
  unchecked, level xã; files received, online share). "Công an tỉnh đã cấp, kích hoạt 2.318.504 tài khoản định
  danh điện tử, đạt 81,26% …; so với chỉ tiêu UBND tỉnh giao năm 2025 là 85% thì chưa đạt chỉ tiêu": code
  `tai_khoan_dinh_danh`, target dated 2025-12-31; the requests for accounts ("21.460 hồ sơ đề nghị cấp tài khoản")
  and the identity-card files have code unchecked. "17/17 PAKN" is one count of PAKN answered (max 17). "xếp thứ
  4/22 cơ quan, đơn vị cấp tỉnh (tháng 4/2025 xếp thứ 6/22)" ranks among the province's agencies (previous dated
  2025-04-30). The signer is written with his rank "Đại tá Trần Quốc Bảo"; the name is "Trần Quốc Bảo". Five
  deadlines: day, month, quarter ("quý III/2025"), "chậm nhất" day in words, "trước ngày 03 hằng tháng" (issued
  04/6/2025, after the 3rd: first 03/7/2025).
- 228 is an annual Báo cáo of UBND huyện Phù Cừ (tỉnh Hưng Yên, named in "Kính gửi"), năm 2024, issued
  13/01/2025. Figures under "a) Cấp huyện" have subject "cấp huyện" (level huyện), those under "b) Cấp xã"
  subject "cấp xã" (level xã); the district's own TTHC total, PAKN, score and rank have subject "UBND huyện Phù
  Cừ", level huyện ("100% TTHC được công khai" a share with code unchecked). "tăng 1.357 hồ sơ so với năm 2023
  (18.947 hồ sơ)": a change and a previous value dated 2023-12-31. "4.312 trường hợp" of electronic certification
  (code `chung_thuc_dien_tu`). The communes are a dash list "- <unit>: tiếp nhận N hồ sơ, nộp trực tuyến x%,
  thanh toán trực tuyến y%;" of all 14 units in official order (subject as written, "Thị trấn Trần Cao", "Xã Đình
  Cao", level xã; files received, online share, payment share; no total line: they add up to the prose 20.304).
  "cấp huyện đạt 47,36%, cấp xã đạt 41,52%; chỉ tiêu tỉnh giao năm 2024 tương ứng là 50% và 40%, như vậy cấp huyện
  chưa đạt, cấp xã đạt chỉ tiêu": the n-th target is the n-th level's, dated 2024-12-31. "có 9/14 xã, thị trấn
  đạt chỉ tiêu và 5/14 xã chưa đạt" are counts (unit `xã`, max 14, code None). "tăng 2 bậc so với năm 2023 (xếp
  thứ 8/10)": rank among the province's 10 district-level units, the previous one dated 2023-12-31. Commune
  average, best and worst with scores in brackets. The target "đạt tối thiểu 50%" in the task of "UBND các xã,
  thị trấn" is theirs, dated 2025-12-31. Five deadlines: day for two named communes, quarter, month, year (with
  the target), "trước ngày 18 hằng tháng" (issued 13/01/2025: first 18/01/2025).
- 229 is a quarterly Báo cáo of the Trung tâm Phục vụ hành chính công tỉnh Bắc Giang (header "UBND TỈNH BẮC
  GIANG / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"), quý I năm 2025, issued 02/4/2025 (post-March 2025 agency names).
  Its own figures have subject "Trung tâm Phục vụ hành chính công tỉnh" (as the body always names it), level
  tỉnh. "13 cơ quan, đơn vị có quầy" and "5/13 cơ quan, đơn vị không có hồ sơ quá hạn" are counts (unit `đơn
  vị`, level tỉnh, code None). "giảm 1.846 hồ sơ so với quý IV năm 2024 (28.121 hồ sơ)", "(quý IV năm 2024:
  61,07%)": a fall and previous values dated 2024-12-31; "tăng 4,18% so với quý IV năm 2024" is the change of the
  digitisation share. "trước hạn 21.367 hồ sơ, đúng hạn 3.637 hồ sơ, quá hạn 100 hồ sơ" are parts of the files
  settled (the first two code unchecked); "(51 hồ sơ)" and "(31 hồ sơ)" are two agencies' overdue files. Files
  returned by post ("3.415 hồ sơ, chiếm 13,60%"), visitors ("11.962 lượt") and ratings ("18.736 lượt đánh giá …
  18.691 lượt") have code unchecked; "đạt 99,76%" of ratings "rất hài lòng và hài lòng" is the satisfaction share.
  "chỉ tiêu UBND tỉnh giao cho Trung tâm năm 2025 là 70%, hiện chưa đạt chỉ tiêu": the Trung tâm's target dated
  2025-12-31, carried by 68,42% with status "chưa đạt". "06/06 PAKN" is one count (max 6). Its Markdown table
  (alignment row "|:---:|---|---:|…") lists the 13 agencies with counters (subject as written, level tỉnh; files
  received, files online, online share, on-time share; five "100" cells) with a "Tổng cộng" row with an empty STT
  cell (= the Trung tâm; its figures are also in the prose). The two group averages "đạt bình quân 19,42/20 điểm"
  are averages of the agencies with counters (subject unchecked, level tỉnh) with their group's code. "Quảng
  trường 3/2" is a street name, no figure. Five deadlines: day for two named agencies, month, quarter, "chậm nhất"
  day in words, "trước ngày 05 hằng tháng" (issued 02/4/2025: first 05/4/2025).
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
_CUNG = "766.dvctt.tthc_cung_cap"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_PAR = "par_index"


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str, sep: str,
           end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs. A signed
    raw ("+2,52") is read without its plus sign."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw.lstrip("+")), unit, kind, subject=subject,
              level=level, as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 225: UBND tỉnh Sơn La, 6 tháng đầu năm 2025
_H1_2024 = "2024-06-30"
_Y2024 = "2024-12-31"
_Y2025 = "2025-12-31"


def _row_225(subject: str, received: str, online: str, on_time: str, paid: str, after: str) -> list[Fact]:
    """One tab-separated row of a district-level unit (or the total): received, online, on-time, payment shares."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (on_time, "%", P, _DH, "period"), (paid, "%", P, _TT, "period")]
    return _cells(subject, "huyện", cells, after, "\t", "\n")


BLIND_225 = [
    # I.1 (01/2020/TT-VPCP of 21/10/2020 and 18/KH-UBND of 22/01/2025 cited)
    F("ban hành 27 quyết định", "27", 27, "quyết định", C, code=None),
    F("với 312 TTHC", "312", 312, "TTHC", C, code=ANY),
    F("(trong đó 96 TTHC", "96", 96, "TTHC", C, code=ANY),
    F("171 TTHC sửa đổi", "171", 171, "TTHC", C, code=ANY),
    F("45 TTHC bị bãi bỏ", "45", 45, "TTHC", C, code=ANY),
    F("tỉnh là 1.826 TTHC", "1.826", 1826, "TTHC", C, code=_TTHC),
    F("lần lượt là 1.447 TTHC", "1.447", 1447, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("1.447 TTHC, 253 TTHC", "253", 253, "TTHC", C, subject="cấp huyện", level="huyện", code=_TTHC),
    F("và 126 TTHC", "126", 126, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    F("cung cấp 1.318 TTHC", "1.318", 1318, "TTHC", C, code=_CUNG),
    F("chiếm 72,18%", "72,18%", 72.18, "%", code=_CUNG),
    F("(toàn trình 864", "864", 864, "TTHC", C, code=_TOAN),
    F("một phần 454", "454", 454, "TTHC", C, code=_MOT),
    # I.2
    F("tiếp nhận 412.586", "412.586", 412586, "hồ sơ", C, code=_TN),
    F("tăng 9,4%", "9,4%", 9.4, "%", CH, code=ANY),
    F("trực tuyến 297.310", "297.310", 297310, "hồ sơ", C, code=_NOP),
    F("chiếm 72,06%", "72,06%", 72.06, "%", code=_NOP),
    F("giải quyết 401.237", "401.237", 401237, "hồ sơ", C, code=ANY),
    F("đúng hạn 398.105", "398.105", 398105, "hồ sơ", C, code=_DH),
    F("(đạt 99,22%)", "99,22%", 99.22, "%", code=_DH),
    F("quá hạn 3.132", "3.132", 3132, "hồ sơ", C, code=_QH),
    F("(chiếm 0,78%)", "0,78%", 0.78, "%", code=_QH),
    F("tương ứng là 99,61%", "99,61%", 99.61, "%", subject="cấp tỉnh", level="tỉnh", code=_DH),
    F("99,61%, 98,44%", "98,44%", 98.44, "%", subject="cấp huyện", level="huyện", code=_DH),
    F("và 99,58%", "99,58%", 99.58, "%", subject="cấp xã", level="xã", code=_DH),
    F("hồ sơ là 4,1 ngày", "4,1", 4.1, "ngày", code=_TIME),
    F("rút ngắn 0,6 ngày", "0,6", -0.6, "ngày", CH, code=_TIME),
    # I.3 tab-separated table of the 12 district-level units, "Cộng cấp huyện" row (= cấp huyện)
    *_row_225("UBND thành phố Sơn La", "18.426", "86,42", "98,95", "61,38", "2\tUBND huyện Quỳnh Nhai"),
    *_row_225("UBND huyện Quỳnh Nhai", "5.312", "71,35", "98,12", "42,15", "3\tUBND huyện Thuận Châu"),
    *_row_225("UBND huyện Thuận Châu", "11.874", "74,18", "97,86", "48,72", "4\tUBND huyện Mường La"),
    *_row_225("UBND huyện Mường La", "8.265", "76,90", "98,64", "51,06", "5\tUBND huyện Bắc Yên"),
    *_row_225("UBND huyện Bắc Yên", "4.108", "68,27", "97,35", "33,08", "6\tUBND huyện Phù Yên"),
    *_row_225("UBND huyện Phù Yên", "7.936", "73,64", "98,41", "47,39", "7\tUBND thị xã Mộc Châu"),
    *_row_225("UBND thị xã Mộc Châu", "12.647", "84,15", "99,02", "58,84", "8\tUBND huyện Yên Châu"),
    *_row_225("UBND huyện Yên Châu", "6.583", "75,52", "98,57", "49,51", "9\tUBND huyện Mai Sơn"),
    *_row_225("UBND huyện Mai Sơn", "13.905", "79,83", "98,76", "55,67", "10\tUBND huyện Sông Mã"),
    *_row_225("UBND huyện Sông Mã", "8.741", "72,06", "97,94", "46,20", "11\tUBND huyện Sốp Cộp"),
    *_row_225("UBND huyện Sốp Cộp", "3.296", "65,41", "96,88", "31,26", "12\tUBND huyện Vân Hồ"),
    *_row_225("UBND huyện Vân Hồ", "5.827", "70,88", "98,33", "45,93", "\tCộng cấp huyện"),
    *_row_225("cấp huyện", "106.920", "77,46", "98,44", "51,31", "\nCó 6/12"),
    F("Có 6/12 huyện", "6/12", 6, "huyện", C, max_value=12, subject=ANY, level="huyện", code=None),
    F("Sốp Cộp (31,26%)", "31,26%", 31.26, "%", subject="UBND huyện Sốp Cộp", level="huyện", code=_TT),
    F("Bắc Yên (33,08%)", "33,08%", 33.08, "%", subject="UBND huyện Bắc Yên", level="huyện", code=_TT),
    # I.4 the 2025 target dated at the year's end; cùng kỳ năm 2024 dated 2024-06-30
    F("toàn tỉnh đạt 48,65%", "48,65%", 48.65, "%", code=_TT, target=60, stated_status="chưa đạt"),
    F("năm 2025 là 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
    F("đạt 86,35%", "86,35%", 86.35, "%", code=_SH),
    F("2024: 71,20%)", "71,20%", 71.20, "%", PR, as_of=_H1_2024, code=_SH),
    F("đạt 43,18%", "43,18%", 43.18, "%", code=_TSD),
    F("đạt 94,02%", "94,02%", 94.02, "%", code=_KQ),
    # I.5
    F("tiếp nhận 58 phản ánh", "58", 58, "PAKN", C, code=_PAKN_TN),
    F("xử lý 53 PAKN", "53", 53, "PAKN", C, code=_PAKN_XL),
    F("(đạt 91,38%)", "91,38%", 91.38, "%", code=_PAKN_TL),
    F("05 PAKN đang", "05", 5, "PAKN", C, code=ANY),
    F("đạt 95,46%", "95,46%", 95.46, "%", code=_HL),
    # I.6 năm 2024 dated 2024-12-31; six groups "<group> x/max điểm"
    F("đạt 84,37/100", "84,37/100", 84.37, "điểm", max_value=100, code=_TONG),
    F("thứ 24/63", "24/63", 24, "hạng", R, max_value=63, code=_HANG),
    F("tăng 2,85 điểm", "2,85", 2.85, "điểm", CH, code=_TONG),
    F("tăng 9 bậc", "9", 9, "hạng", CH, code=_HANG),
    F("(81,52 điểm", "81,52", 81.52, "điểm", PR, max_value=100, as_of=_Y2024, code=_TONG),
    F("thứ 33/63)", "33/63", 33, "hạng", PR, max_value=63, as_of=_Y2024, code=_HANG),
    F("minh bạch 16,82/18", "16,82/18", 16.82, "điểm", max_value=18, code="766.cong_khai"),
    F("giải quyết 19,04/20", "19,04/20", 19.04, "điểm", max_value=20, code="766.tien_do"),
    F("trực tuyến 10,36/12", "10,36/12", 10.36, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến 6,15/10", "6,15/10", 6.15, "điểm", max_value=10, code="766.thanh_toan"),
    F("hài lòng 17,68/18", "17,68/18", 17.68, "điểm", max_value=18, code="766.hai_long"),
    F("hồ sơ 14,32/22", "14,32/22", 14.32, "điểm", max_value=22, code="766.so_hoa"),
    F("ngành là 86,12 điểm", "86,12", 86.12, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("cấp huyện là 82,47 điểm", "82,47", 82.47, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("cấp xã là 79,85 điểm", "79,85", 79.85, "điểm", subject=ANY, level="xã", code=_TONG),
    F("Có 14/19 sở", "14/19", 14, "đơn vị", C, max_value=19, subject=ANY, level="tỉnh", code=None),
    F("và 5/12 huyện", "5/12", 5, "huyện", C, max_value=12, subject=ANY, level="huyện", code=None),
    # III.3 the province's target again ("số 8 đường Chu Văn Thịnh" is an address, 0212.3852.416 a phone number)
    F("đạt tối thiểu 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 226: Sở Nội vụ tỉnh Quảng Trị, Chỉ số CCHC năm 2024
_Y2023 = "2023-12-31"


def _par(context: str, raw: str, subject: object, level: str, kind: str = P, **kw) -> Fact:
    """A PAR INDEX score (điểm) of one unit or block."""
    return F(context, raw, _num(raw), "điểm", kind, subject=subject, level=level, code=_PAR, **kw)


def _row_226(subject: object, earlier: str, now: str, change: str, rank: str, tail: str, after: str) -> list[Fact]:
    """One Markdown row of a district-level unit: 2023 score (dated 2023-12-31), 2024 score, signed change, rank
    (no max); `tail` is the rest of the row after the last numeric cell (the text "Xếp loại" column)."""
    cells = [(earlier, "điểm", P, _PAR, _Y2023), (now, "điểm", P, _PAR, "period"), (change, "điểm", CH, _PAR, "period")]
    if rank:
        cells.append((rank, "hạng", R, _PAR, "period"))
    return _cells(subject, "huyện", cells, after, " | ", tail)


BLIND_226 = [
    # I. (1482/QĐ-UBND of 28/6/2024 cited)
    F("của 20 sở", "20", 20, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("và 10 huyện", "10", 10, "huyện", C, subject=ANY, level="huyện", code=None),
    F("phát ra 1.850", "1.850", 1850, "phiếu", C, subject=ANY, level=ANY, code=ANY),
    F("thu về 1.812", "1.812", 1812, "phiếu", C, subject=ANY, level=ANY, code=ANY),
    F("(đạt 97,95%)", "97,95%", 97.95, "%", subject=ANY, level=ANY, code=ANY),
    F("trừ điểm 04 sở", "04", 4, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("và 03 huyện", "03", 3, "huyện", C, subject=ANY, level="huyện", code=None),
    # the province's own 2023 PAR INDEX, dated 2023-12-31 (as seed 101)
    F("đạt 86,47%", "86,47%", 86.47, "%", as_of=_Y2023, code=_PAR),
    F("thứ 29/63", "29/63", 29, "hạng", R, max_value=63, as_of=_Y2023, code=_PAR),
    # II.1 the agencies' block; năm 2023 dated 2023-12-31
    _par("đạt 87,15 điểm", "87,15", ANY, "tỉnh"),
    _par("tăng 1,34 điểm", "1,34", ANY, "tỉnh", CH),
    _par("(85,81 điểm)", "85,81", ANY, "tỉnh", PR, as_of=_Y2023),
    _par("(94,26 điểm)", "94,26", "Sở Tư pháp", "tỉnh"),
    _par("(93,80 điểm)", "93,80", "Văn phòng UBND tỉnh", "tỉnh"),
    _par("(93,12 điểm)", "93,12", "Sở Nội vụ", "tỉnh"),
    _par("(78,45 điểm)", "78,45", "Sở Xây dựng", "tỉnh"),
    _par("(79,10 điểm)", "79,10", "Ban Dân tộc", "tỉnh"),
    _par("(80,36 điểm)", "80,36", "Sở Giao thông vận tải", "tỉnh"),
    F("07/20 đơn vị", "07/20", 7, "đơn vị", C, max_value=20, subject=ANY, level="tỉnh", code=None),
    F("10/20 đơn vị", "10/20", 10, "đơn vị", C, max_value=20, subject=ANY, level="tỉnh", code=None),
    F("03/20 đơn vị", "03/20", 3, "đơn vị", C, max_value=20, subject=ANY, level="tỉnh", code=None),
    # II.2 Markdown table of the 10 district-level units, "Bình quân" row (= the district block's average)
    *_row_226("UBND thành phố Đông Hà", "88,74", "91,26", "+2,52", "1", " | Tốt |\n", "| 2 | UBND thị xã"),
    *_row_226("UBND thị xã Quảng Trị", "85,16", "86,05", "+0,89", "4", " | Khá |\n", "| 3 | UBND huyện Vĩnh"),
    *_row_226("UBND huyện Vĩnh Linh", "86,02", "88,47", "+2,45", "3", " | Tốt |\n", "| 4 | UBND huyện Hướng"),
    *_row_226("UBND huyện Hướng Hóa", "81,35", "82,14", "+0,79", "8", " | Khá |\n", "| 5 | UBND huyện Gio"),
    *_row_226("UBND huyện Gio Linh", "84,67", "85,32", "+0,65", "6", " | Khá |\n", "| 6 | UBND huyện Đakrông"),
    *_row_226("UBND huyện Đakrông", "79,48", "78,96", "-0,52", "10", " | Trung bình |\n", "| 7 | UBND huyện Cam"),
    *_row_226("UBND huyện Cam Lộ", "86,91", "89,18", "+2,27", "2", " | Tốt |\n", "| 8 | UBND huyện Triệu"),
    *_row_226("UBND huyện Triệu Phong", "83,25", "85,70", "+2,45", "5", " | Khá |\n", "| 9 | UBND huyện Hải"),
    *_row_226("UBND huyện Hải Lăng", "84,10", "84,63", "+0,53", "7", " | Khá |\n", "| 10 | UBND huyện Cồn"),
    *_row_226("UBND huyện Cồn Cỏ", "82,93", "81,57", "-1,36", "9", " | Khá |\n", "| | Bình quân"),
    *_row_226(ANY, "84,26", "85,33", "+1,07", "", " | | |\n", "\nKhối huyện có"),
    F("có 03 đơn vị", "03", 3, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("Tốt, 06 đơn vị", "06", 6, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("và 01 đơn vị", "01", 1, "đơn vị", C, subject=ANY, level="huyện", code=None),
    # II.3 the points of two fields, block averages (no catalogued code)
    F("ngành đạt 12,36/14,5", "12,36/14,5", 12.36, "điểm", max_value=14.5, subject=ANY, level="tỉnh", code=ANY),
    F("huyện đạt 11,84/14,5", "11,84/14,5", 11.84, "điểm", max_value=14.5, subject=ANY, level="huyện", code=ANY),
    F("ngành đạt 10,92/13", "10,92/13", 10.92, "điểm", max_value=13, subject=ANY, level="tỉnh", code=ANY),
    F("huyện đạt 10,17/13", "10,17/13", 10.17, "điểm", max_value=13, subject=ANY, level="huyện", code=ANY),
    # III. ("số 45 đường Hùng Vương" is an address, 0233.3852.619 a phone number)
]

# ------------------------------------------------------------ 227: Công an tỉnh Bình Dương, tháng 5 năm 2025
_CA = "Công an tỉnh"
_APR_227 = "2025-04-30"


def _ca(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Công an tỉnh itself (subject the Công an tỉnh, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_CA, level="tỉnh", **kw)


def _group_227(name: str, received: str, online: str, share: str) -> list[Fact]:
    """One dash line of a group of procedures: files received, files online, online share (subject unchecked)."""
    return [
        F(f"{name}: tiếp nhận {received}", received, _num(received), "hồ sơ", C, subject=ANY, level="tỉnh",
          code=_TN),
        F(f"trực tuyến {online} hồ sơ", online, _num(online), "hồ sơ", C, subject=ANY, level="tỉnh", code=_NOP),
        F(f"({share}%)", f"{share}%", _num(share), "%", subject=ANY, level="tỉnh", code=_NOP),
    ]


def _area_227(area: str, files: str, share: str) -> list[Fact]:
    """One dash line of the commune police of a former district: files received, online share (level xã)."""
    return [
        F(f"{area}: {files} hồ sơ", files, _num(files), "hồ sơ", C, subject=ANY, level="xã", code=_TN),
        F(f"trực tuyến đạt {share}%", f"{share}%", _num(share), "%", subject=ANY, level="xã", code=_NOP),
    ]


BLIND_227 = [
    # I.1 (06/QĐ-TTg of 06/01/2022 and 2135/UBND-KSTT of 14/4/2025 cited; "01/3/2025" is a date)
    _ca("thực hiện 27 TTHC", "27", 27, "TTHC", C, code=ANY),
    _ca("gồm 19 TTHC", "19", 19, "TTHC", C, code=_TOAN),
    _ca("và 08 TTHC", "08", 8, "TTHC", C, code=_MOT),
    # I.2 tháng 4/2025 dated 2025-04-30; "Lũy kế 5 tháng" at the period end
    _ca("tiếp nhận 46.382", "46.382", 46382, "hồ sơ", C, code=_TN),
    _ca("là 39.472", "39.472", 39472, "hồ sơ", C, code=_NOP),
    _ca("(chiếm 85,10%)", "85,10%", 85.10, "%", code=_NOP),
    _ca("tăng 2,74%", "2,74%", 2.74, "%", CH, code=_NOP),
    _ca("(82,36%)", "82,36%", 82.36, "%", PR, as_of=_APR_227, code=_NOP),
    _ca("giải quyết 45.918", "45.918", 45918, "hồ sơ", C, code=ANY),
    _ca("đúng hạn 45.906", "45.906", 45906, "hồ sơ", C, code=_DH),
    _ca("(đạt 99,97%)", "99,97%", 99.97, "%", code=_DH),
    _ca("quá hạn 12 hồ sơ", "12", 12, "hồ sơ", C, code=_QH),
    _ca("tiếp nhận 214.605", "214.605", 214605, "hồ sơ", C, code=_TN),
    _ca("trực tuyến 179.563", "179.563", 179563, "hồ sơ", C, code=_NOP),
    _ca("tỷ lệ 83,67%", "83,67%", 83.67, "%", code=_NOP),
    # the groups of procedures (subject unchecked, level tỉnh)
    *_group_227("Đăng ký thường trú", "5.384", "5.102", "94,76"),
    *_group_227("Đăng ký tạm trú", "18.207", "17.935", "98,51"),
    *_group_227("Xác nhận thông tin về cư trú", "7.930", "7.826", "98,69"),
    *_group_227("Cấp, đổi, cấp lại thẻ căn cước", "10.753", "6.215", "57,80"),
    *_group_227("Đăng ký, cấp biển số xe lần đầu", "4.108", "2.394", "58,28"),
    # the lodging houses' notifications
    F("Dịch vụ công 12.468", "12.468", 12468, "lượt", C, subject=ANY, level=ANY, code=ANY),
    F("lượt, 100%", "100%", 100, "%", subject=ANY, level=ANY, code=ANY),
    # the commune police by former district (level xã)
    *_area_227("Công an các phường thuộc thành phố Thủ Dầu Một", "2.418", "97,93"),
    *_area_227("Công an các phường, xã thuộc thành phố Thuận An", "5.906", "98,21"),
    *_area_227("Công an các phường thuộc thành phố Dĩ An", "5.732", "98,12"),
    *_area_227("Công an các phường, xã thuộc thành phố Tân Uyên", "3.104", "97,61"),
    *_area_227("Công an các phường, xã thuộc thành phố Bến Cát", "2.865", "97,38"),
    *_area_227("Công an các xã, thị trấn thuộc huyện Bàu Bàng", "1.047", "95,23"),
    *_area_227("Công an các xã, thị trấn thuộc huyện Bắc Tân Uyên", "662", "94,71"),
    *_area_227("Công an các xã, thị trấn thuộc huyện Phú Giáo", "894", "95,86"),
    *_area_227("Công an các xã, thị trấn thuộc huyện Dầu Tiếng", "963", "96,05"),
    # I.3 ("mức độ 2" and "dưới 14 tuổi" are no figures); the 2025 target dated at the year's end
    _ca("tiếp nhận 21.460", "21.460", 21460, "hồ sơ", C, code=ANY),
    _ca("kích hoạt 2.318.504", "2.318.504", 2318504, "tài khoản", C, code=_TK),
    _ca("đạt 81,26%", "81,26%", 81.26, "%", code=_TK, target=85, stated_status="chưa đạt"),
    _ca("năm 2025 là 85%", "85%", 85, "%", T, as_of=_Y2025, code=_TK),
    _ca("thu nhận 38.715", "38.715", 38715, "hồ sơ", C, code=ANY),
    _ca("tuổi 9.208", "9.208", 9208, "hồ sơ", C, code=ANY),
    # I.4
    _ca("trực tuyến đạt 76,84%", "76,84%", 76.84, "%", code=_TT),
    _ca("đạt 92,15%", "92,15%", 92.15, "%", code=_SH),
    # I.5
    _ca("tiếp nhận 17 phản ánh", "17", 17, "PAKN", C, code=_PAKN_TN),
    _ca("trả lời 17/17", "17/17", 17, "PAKN", C, max_value=17, code=_PAKN_XL),
    _ca("PAKN, đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _ca("đạt 97,12%", "97,12%", 97.12, "%", code=_HL),
    # I.6 rank among the province's agencies; tháng 4/2025 dated 2025-04-30
    _ca("đạt 90,64", "90,64", 90.64, "điểm", code=_TONG),
    _ca("thứ 4/22", "4/22", 4, "hạng", R, max_value=22, code=_HANG),
    _ca("thứ 6/22)", "6/22", 6, "hạng", PR, max_value=22, as_of=_APR_227, code=_HANG),
    # II. (0274.3822.347 is a phone number, "số 528 đại lộ Bình Dương" an address)
]

# ------------------------------------------------------------ 228: UBND huyện Phù Cừ (Hưng Yên), năm 2024
_PC = "UBND huyện Phù Cừ"
_Y2023_228 = "2023-12-31"


def _district(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the district itself (subject its UBND, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_PC, level="huyện", **kw)


def _huyen(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "a) Cấp huyện"."""
    return F(context, raw, value, unit, kind, subject="cấp huyện", level="huyện", **kw)


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "b) Cấp xã"."""
    return F(context, raw, value, unit, kind, subject="cấp xã", level="xã", **kw)


def _commune_228(name: str, received: str, online: str, paid: str, end: str) -> list[Fact]:
    """One dash line `- <unit>: tiếp nhận N hồ sơ, nộp trực tuyến x%, thanh toán trực tuyến y%;`."""
    return [
        F(f"{name}: tiếp nhận {received}", received, _num(received), "hồ sơ", C, subject=name, level="xã", code=_TN),
        F(f"nộp trực tuyến {online}%,", f"{online}%", _num(online), "%", subject=name, level="xã", code=_NOP),
        F(f"thanh toán trực tuyến {paid}%{end}", f"{paid}%", _num(paid), "%", subject=name, level="xã", code=_TT),
    ]


BLIND_228 = [
    # I.1 (26/KH-UBND of 05/02/2024 cited; "01/01/2024" and "31/12/2024" are the period's bounds)
    _district("gồm 416 TTHC", "416", 416, "TTHC", C, code=_TTHC),
    _huyen("cấp huyện 297", "297", 297, "TTHC", C, code=_TTHC),
    _xa("cấp xã 119", "119", 119, "TTHC", C, code=_TTHC),
    _district("119 TTHC; 100%", "100%", 100, "%", code=ANY),
    # I.2 a) cấp huyện
    _huyen("tiếp nhận 9.872", "9.872", 9872, "hồ sơ", C, code=_TN),
    _huyen("trực tuyến 8.105", "8.105", 8105, "hồ sơ", C, code=_NOP),
    _huyen("chiếm 82,10%", "82,10%", 82.10, "%", code=_NOP),
    _huyen("giải quyết 9.716", "9.716", 9716, "hồ sơ", C, code=ANY),
    _huyen("trước hạn 9.688", "9.688", 9688, "hồ sơ", C, code=_DH),
    _huyen("(99,71%)", "99,71%", 99.71, "%", code=_DH),
    _huyen("trễ hạn 28", "28", 28, "hồ sơ", C, code=_QH),
    _huyen("đạt 93,18%", "93,18%", 93.18, "%", code=_SH),
    # I.2 b) cấp xã; năm 2023 dated 2023-12-31
    _xa("tiếp nhận 20.304", "20.304", 20304, "hồ sơ", C, code=_TN),
    _xa("tăng 1.357", "1.357", 1357, "hồ sơ", CH, code=_TN),
    _xa("(18.947 hồ sơ)", "18.947", 18947, "hồ sơ", PR, as_of=_Y2023_228, code=_TN),
    _xa("đạt 78,59%", "78,59%", 78.59, "%", code=_NOP),
    _xa("đạt 99,86%", "99,86%", 99.86, "%", code=_DH),
    _xa("đạt 81,64%", "81,64%", 81.64, "%", code=_SH),
    _xa("chính 4.312", "4.312", 4312, "trường hợp", C, code=_CT),
    # the dash list of the 14 xã, thị trấn (official order)
    *_commune_228("Thị trấn Trần Cao", "3.126", "88,45", "52,18", ";"),
    *_commune_228("Xã Đình Cao", "1.584", "79,36", "41,25", ";"),
    *_commune_228("Xã Đoàn Đào", "1.412", "77,62", "40,63", ";"),
    *_commune_228("Xã Minh Hoàng", "1.297", "76,14", "38,47", ";"),
    *_commune_228("Xã Minh Tân", "1.365", "78,03", "42,06", ";"),
    *_commune_228("Xã Minh Tiến", "1.108", "71,42", "31,84", ";"),
    *_commune_228("Xã Nguyên Hòa", "1.473", "79,85", "43,57", ";"),
    *_commune_228("Xã Nhật Quang", "1.236", "75,27", "37,92", ";"),
    *_commune_228("Xã Phan Sào Nam", "1.528", "80,16", "44,15", ";"),
    *_commune_228("Xã Quang Hưng", "1.341", "76,88", "40,38", ";"),
    *_commune_228("Xã Tam Đa", "1.189", "74,51", "36,71", ";"),
    *_commune_228("Xã Tiền Tiến", "1.257", "77,09", "40,12", ";"),
    *_commune_228("Xã Tống Phan", "986", "68,35", "29,63", ";"),
    *_commune_228("Xã Tống Trân", "1.402", "78,74", "41,89", "."),
    # I.3 the n-th target is the n-th level's (2024, dated at the year's end)
    _huyen("huyện đạt 47,36%", "47,36%", 47.36, "%", code=_TT, target=50, stated_status="chưa đạt"),
    _xa("xã đạt 41,52%", "41,52%", 41.52, "%", code=_TT, target=40, stated_status="đạt"),
    _huyen("là 50% và", "50%", 50, "%", T, as_of=_Y2024, code=_TT),
    _xa("và 40%,", "40%", 40, "%", T, as_of=_Y2024, code=_TT),
    F("có 9/14 xã", "9/14", 9, "xã", C, max_value=14, subject=ANY, level="xã", code=None),
    F("và 5/14 xã", "5/14", 5, "xã", C, max_value=14, subject=ANY, level="xã", code=None),
    # I.4 the district's PAKN
    _district("tiếp nhận 31 phản ánh", "31", 31, "PAKN", C, code=_PAKN_TN),
    _district("xử lý 29 PAKN", "29", 29, "PAKN", C, code=_PAKN_XL),
    _district("đạt 93,55%", "93,55%", 93.55, "%", code=_PAKN_TL),
    _district("02 PAKN còn", "02", 2, "PAKN", C, code=ANY),
    # I.5 rank among the province's 10 district-level units; năm 2023 dated 2023-12-31
    _district("đạt 85,16", "85,16", 85.16, "điểm", code=_TONG),
    _district("thứ 6/10", "6/10", 6, "hạng", R, max_value=10, code=_HANG),
    _district("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    _district("thứ 8/10)", "8/10", 8, "hạng", PR, max_value=10, as_of=_Y2023_228, code=_HANG),
    F("là 81,42 điểm", "81,42", 81.42, "điểm", subject=ANY, level="xã", code=_TONG),
    F("(89,37 điểm)", "89,37", 89.37, "điểm", subject="Thị trấn Trần Cao", level="xã", code=_TONG),
    F("(74,05 điểm)", "74,05", 74.05, "điểm", subject="xã Tống Phan", level="xã", code=_TONG),
    # III.4 the communes' target for 2025 (0221.3854.210 is a phone number)
    F("tối thiểu 50%", "50%", 50, "%", T, subject="UBND các xã, thị trấn", level="xã", as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 229: Trung tâm PVHCC tỉnh Bắc Giang, quý I năm 2025
_TTC = "Trung tâm Phục vụ hành chính công tỉnh"
_Q4_2024 = "2024-12-31"


def _tt(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Trung tâm itself (subject the Trung tâm, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_TTC, level="tỉnh", **kw)


def _row_229(subject: str, received: str, online: str, share: str, on_time: str, after: str) -> list[Fact]:
    """One Markdown row of an agency with a counter (or the total): received, online, online share, on-time."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (share, "%", P, _NOP, "period"), (on_time, "%", P, _DH, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_229 = [
    # I.1 (215/QĐ-UBND of 11/3/2024 cited; "01/3/2025" is a date); quý IV năm 2024 dated 2024-12-31
    _tt("tiếp nhận 26.275", "26.275", 26275, "hồ sơ", C, code=_TN),
    F("của 13 cơ quan", "13", 13, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    _tt("giảm 1.846", "1.846", -1846, "hồ sơ", CH, code=_TN),
    _tt("(28.121 hồ sơ)", "28.121", 28121, "hồ sơ", PR, as_of=_Q4_2024, code=_TN),
    _tt("là 24.438", "24.438", 24438, "hồ sơ", C, code=_NOP),
    _tt("chiếm 93,01%", "93,01%", 93.01, "%", code=_NOP),
    _tt("kết quả 25.104", "25.104", 25104, "hồ sơ", C, code=ANY),
    _tt("trước hạn 21.367", "21.367", 21367, "hồ sơ", C, code=ANY),
    _tt("đúng hạn 3.637", "3.637", 3637, "hồ sơ", C, code=ANY),
    _tt("quá hạn 100 hồ sơ", "100", 100, "hồ sơ", C, code=_QH),
    _tt("đạt 99,60%", "99,60%", 99.60, "%", code=_DH),
    F("(51 hồ sơ)", "51", 51, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_QH),
    F("(31 hồ sơ)", "31", 31, "hồ sơ", C, subject="Sở Xây dựng", level="tỉnh", code=_QH),
    _tt("là 3.415", "3.415", 3415, "hồ sơ", C, code=ANY),
    _tt("chiếm 13,60%", "13,60%", 13.60, "%", code=ANY),
    _tt("tiếp 11.962", "11.962", 11962, "lượt", C, code=ANY),
    # Markdown table of the 13 agencies with counters, "Tổng cộng" row (= the Trung tâm)
    *_row_229("Sở Nông nghiệp và Môi trường", "4.826", "4.318", "89,47", "98,94", "| 2 | Sở Tài chính"),
    *_row_229("Sở Tài chính", "2.974", "2.861", "96,20", "99,86", "| 3 | Sở Xây dựng"),
    *_row_229("Sở Xây dựng", "3.518", "3.307", "94,00", "99,12", "| 4 | Sở Công Thương"),
    *_row_229("Sở Công Thương", "1.206", "1.178", "97,68", "100", "| 5 | Sở Tư pháp"),
    *_row_229("Sở Tư pháp", "2.685", "2.512", "93,56", "99,78", "| 6 | Sở Nội vụ"),
    *_row_229("Sở Nội vụ", "1.347", "1.226", "91,02", "99,55", "| 7 | Sở Y tế"),
    *_row_229("Sở Y tế", "1.129", "1.037", "91,85", "99,47", "| 8 | Sở Giáo dục"),
    *_row_229("Sở Giáo dục và Đào tạo", "418", "403", "96,41", "100", "| 9 | Sở Khoa học"),
    *_row_229("Sở Khoa học và Công nghệ", "386", "375", "97,15", "100", "| 10 | Sở Văn hóa"),
    *_row_229("Sở Văn hóa, Thể thao và Du lịch", "207", "196", "94,69", "100", "| 11 | Sở Dân tộc"),
    *_row_229("Sở Dân tộc và Tôn giáo", "64", "58", "90,63", "100", "| 12 | Ban Quản lý"),
    *_row_229("Ban Quản lý các khu công nghiệp", "1.583", "1.549", "97,85", "99,94", "| 13 | Công an"),
    *_row_229("Công an tỉnh", "5.932", "5.418", "91,34", "99,98", "| | Tổng cộng"),
    *_row_229(_TTC, "26.275", "24.438", "93,01", "99,60", "\nCó 5/13"),
    F("Có 5/13 cơ quan", "5/13", 5, "đơn vị", C, max_value=13, subject=ANY, level="tỉnh", code=None),
    # I.2 the Trung tâm's 2025 target dated at the year's end
    _tt("đạt 97,25%", "97,25%", 97.25, "%", code=_SH),
    _tt("tăng 4,18%", "4,18%", 4.18, "%", CH, code=_SH),
    _tt("đạt 68,42%", "68,42%", 68.42, "%", code=_TT, target=70, stated_status="chưa đạt"),
    _tt("2024: 61,07%)", "61,07%", 61.07, "%", PR, as_of=_Q4_2024, code=_TT),
    _tt("năm 2025 là 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
    # I.3
    _tt("được 18.736", "18.736", 18736, "lượt", C, code=ANY),
    _tt("hài lòng 18.691", "18.691", 18691, "lượt", C, code=ANY),
    _tt("đạt 99,76%", "99,76%", 99.76, "%", code=_HL),
    _tt("tiếp nhận 06 phản ánh", "06", 6, "PAKN", C, code=_PAKN_TN),
    _tt("xử lý 06/06", "06/06", 6, "PAKN", C, max_value=6, code=_PAKN_XL),
    # I.4 averages of the agencies with counters
    F("bình quân 19,42/20", "19,42/20", 19.42, "điểm", max_value=20, subject=ANY, level="tỉnh", code="766.tien_do"),
    F("bình quân 19,87/22", "19,87/22", 19.87, "điểm", max_value=22, subject=ANY, level="tỉnh", code="766.so_hoa"),
    # II. ("Quảng trường 3/2" is a street name, 0204.3663.113 a phone number)
]

BLIND = {"225": BLIND_225, "226": BLIND_226, "227": BLIND_227, "228": BLIND_228, "229": BLIND_229}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "225": [
        ("2025-07-15", "day", "15/7/2025", "kiện toàn Bộ phận Một cửa", "Sở Nội vụ"),
        ("2025-08-31", "month", "tháng 8/2025", "nâng cấp Hệ thống thông tin giải quyết TTHC",
         "Sở Khoa học và Công nghệ"),
        ("2025-12-31", "year", "năm 2025", "thanh toán phí, lệ phí trực tuyến", "Sở Tài chính"),
        ("2025-09-30", "quarter", "quý III năm 2025", "kiểm tra việc số hóa hồ sơ", "Văn phòng UBND tỉnh"),
        ("2025-07-10", "day", "ngày 10 tháng 7 năm 2025", "cập nhật quy trình nội bộ",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        # issued 30/6/2025: the first "ngày 22 hằng tháng" is 22/7/2025
        ("2025-07-22", "recurring", "22 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "226": [
        ("2025-03-10", "day", "10/3/2025", "kế hoạch khắc phục các tiêu chí bị trừ điểm",
         "Sở Xây dựng, Ban Dân tộc, Sở Giao thông vận tải, UBND huyện Đakrông"),
        ("2025-03-15", "day", "ngày 15 tháng 3 năm 2025", "quán triệt kết quả Chỉ số CCHC năm 2024",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
        ("2025-05-31", "month", "tháng 5/2025", "phương án điều tra xã hội học", "Phòng Cải cách hành chính"),
        ("2025-06-30", "quarter", "quý II năm 2025", "sửa đổi Bộ Chỉ số CCHC", "Sở Nội vụ"),
    ],
    "227": [
        ("2025-06-15", "day", "15/6/2025", "làm sạch dữ liệu dân cư",
         "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"),
        ("2025-06-30", "month", "tháng 6/2025", "đăng ký xe trực tuyến toàn trình", "Phòng Cảnh sát giao thông"),
        ("2025-09-30", "quarter", "quý III/2025", "kích hoạt tài khoản định danh điện tử",
         "Công an các xã, phường, thị trấn"),
        ("2025-06-25", "day", "ngày 25 tháng 6 năm 2025", "kết quả thực hiện Đề án 06", "Phòng Tham mưu"),
        # issued 04/6/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/7/2025
        ("2025-07-03", "recurring", "03 hằng tháng", "báo cáo kết quả tiếp nhận, giải quyết TTHC",
         "Công an các xã, phường, thị trấn"),
    ],
    "228": [
        ("2025-02-20", "day", "20/02/2025", "nâng tỷ lệ thanh toán trực tuyến", "UBND xã Tống Phan, UBND xã Minh Tiến"),
        ("2025-03-31", "quarter", "quý I năm 2025", "kiểm tra việc số hóa hồ sơ", "Văn phòng HĐND và UBND huyện"),
        ("2025-03-31", "month", "tháng 3/2025", "cấp bản sao điện tử từ sổ gốc", "Phòng Tư pháp"),
        ("2025-12-31", "year", "năm 2025", "thanh toán trực tuyến", "UBND các xã, thị trấn"),
        # issued 13/01/2025: the first "ngày 18 hằng tháng" is 18/01/2025
        ("2025-01-18", "recurring", "18 hằng tháng", "gửi số liệu giải quyết TTHC",
         "Các cơ quan chuyên môn thuộc UBND huyện, UBND các xã, thị trấn"),
    ],
    "229": [
        ("2025-04-15", "day", "15/4/2025", "giải quyết dứt điểm các hồ sơ quá hạn",
         "Sở Nông nghiệp và Môi trường, Sở Xây dựng"),
        ("2025-05-31", "month", "tháng 5/2025", "số hóa các hồ sơ tiếp nhận trực tiếp",
         "Phòng Tiếp nhận và Trả kết quả"),
        ("2025-06-30", "quarter", "quý II năm 2025", "thanh toán phí, lệ phí trực tuyến",
         "Các cơ quan có quầy tại Trung tâm"),
        ("2025-04-30", "day", "ngày 30 tháng 4 năm 2025", "sửa đổi Quy chế phối hợp", "Phòng Hành chính - Tổng hợp"),
        # issued 02/4/2025: the first "ngày 05 hằng tháng" is 05/4/2025
        ("2025-04-05", "recurring", "05 hằng tháng", "gửi số liệu tiếp nhận, giải quyết hồ sơ",
         "Các cơ quan có quầy tại Trung tâm"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 225's and 228's issuers
# are the UBND tỉnh / huyện; 226's is the Sở Nội vụ under "UBND TỈNH QUẢNG TRỊ", whose period is the index year in its
# title; 227's is the Công an tỉnh under "BỘ CÔNG AN" (its signer written with his rank "Đại tá"); 229's is the Trung
# tâm under "UBND TỈNH BẮC GIANG".
META = {
    "225": {"doc_number": "214/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-06-30",
            "province": "Sơn La", "period_label": "6 tháng đầu năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-06-30", "signer": "Lò Minh Hùng"},
    "226": {"doc_number": "87/BC-SNV", "doc_type": "Báo cáo", "issued_date": "2025-02-20",
            "province": "Quảng Trị", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Hồ Văn Thắng"},
    "227": {"doc_number": "1826/BC-CAT-PC06", "doc_type": "Báo cáo", "issued_date": "2025-06-04",
            "province": "Bình Dương", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Trần Quốc Bảo"},
    "228": {"doc_number": "09/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-01-13",
            "province": "Hưng Yên", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Đào Văn Khởi"},
    "229": {"doc_number": "46/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-04-02",
            "province": "Bắc Giang", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Thân Văn Tuấn"},
}
