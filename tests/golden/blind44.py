"""Blind golden facts for corpus/blind44/295_tay_ninh.txt, 296_tuyen_quang.txt, 297_binh_thuan.txt,
298_ca_mau.txt and 299_hung_yen.txt.

The five documents were written by the developers for a forty-fourth blind measurement (issuers, wording and layouts
not used elsewhere in the corpus; not real documents), and every row below was written by reading them, before any
extraction, restoration or pipeline code was run on them. They also serve as held-out text for diacritic restoration
(marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind16.py (and blind13.py's table conventions): rows use
`golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose and
list counts are kind `count`; table cells are kind `value` with `extra={"source": "table"}`; `as_of="period"` is the
period's end; `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it
clearly names none). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of
local units takes the unit of its first unit word ("58/96 xã, phường" → `xã`, "09 phường, xã" → `phường`), counts of
"cơ quan" the unit `đơn vị`, at the level of the bodies counted; a count of the files an indicator is computed on
carries that indicator's code; every "đã giải quyết" count, the parts of a settled whole ("trước hạn", "đúng hạn"
apart), files still in progress and bare channel parts of PAKN have their code unchecked; a relative change of a
count ("tăng 12,6% so với quý II năm 2025") has its code unchecked. A change is dated at the period end; a fall
("giảm", "rút ngắn") is negative. Dates, document numbers, cited plans, letters, decisions and resolutions ("Kế
hoạch số 2174/KH-UBND", "Quyết định số 1521/QĐ-UBND", "Quyết định số 766/QĐ-TTg", "Công văn số 3025/VP-KSTT", "Nghị
quyết số 202/2025/QH15", "Công văn số 2146/VP-KSTT", "Công văn số 412/UBND-KSTT", "Kế hoạch số 96/KH-UBND"), "Lũy kế
đến ngày 30/9/2025", "Tính đến ngày 31/8/2025", section numbering ("I.", "1.", "a)"), the STT column, phone numbers
("0272.3826.145", "0207.3822.367", "0252.3870.215", "0290.3831.147", "0227.3861.258"), street addresses ("số 08
đường Võ Văn Tần", "số 160 đường Trần Hưng Đạo", "số 02 đường Thống Nhất", "đường Lê Quý Đôn"), the names "cơ sở 1",
"cơ sở 2" and "Tổng đài 1022", "mức độ 2", "9 tháng" and "6 tháng" (periods), headings naming the next period ("III.
NHIỆM VỤ QUÝ IV NĂM 2025", "II. NHIỆM VỤ QUÝ IV NĂM 2025", "III. ĐỀ XUẤT NHIỆM VỤ THÁNG 9 NĂM 2025", "III. NHIỆM VỤ
THÁNG 10 NĂM 2025": no deadlines) and years are not figures.

New in this set (all in 2025; 295, 296, 298 and 299 after the 1 July 2025 merger: ranks out of 34, no
district level):
- 295 is a quarterly Báo cáo of the Sở Khoa học và Công nghệ tỉnh Tây Ninh (header "UBND TỈNH TÂY NINH / SỞ KHOA HỌC
  VÀ CÔNG NGHỆ", the province formed from Tây Ninh and Long An), quý III năm 2025 (stated as 01/7–30/9/2025), issued
  08/10/2025, on the province's digital-transformation indicators. Unlike the Sở reports of earlier sets, the
  figures are the province's, not the Sở's: province figures have subject NULL, "cấp tỉnh"/"cấp xã" figures those
  levels. "21 cơ quan cấp tỉnh và 96 xã, phường" are counts of the connected bodies (code None; subject unchecked).
  Electronic documents exchanged "186.452 văn bản điện tử" (unit `văn bản`, code unchecked) and their relative rise
  "tăng 12,6%" (code unchecked). Files synchronised to the national portal "412.386 hồ sơ" and "tỷ lệ đồng bộ đạt
  99,42%" carry the sync code. "8/9 cơ sở dữ liệu" is one count (unit `cơ sở dữ liệu`, max 9, code unchecked).
  Digital signing ("văn bản đi được ký số", code `cds.ky_so`) by level and for the province, with "(quý II năm 2025:
  93,40%)" a previous value dated 2025-06-30. Certificates "6.834 chứng thư (chứng thư cá nhân 5.912, chứng thư cơ
  quan, tổ chức 922), trong đó cấp mới trong quý 1.146 chứng thư" (unit `chứng thư`, code unchecked). Work files
  handled online (code `cds.ho_so_cong_viec`) by level with targets in the next sentence "đối với cấp tỉnh là 90%
  (đã đạt chỉ tiêu), đối với cấp xã là 80% (chưa đạt chỉ tiêu)": each target is its level's, dated 2025-12-31, and
  91,64% / 76,38% carry them with status "đạt" / "chưa đạt"; "tỷ lệ của cấp tỉnh tăng 2,15%, của cấp xã giảm 1,07%"
  are the levels' changes (the second negative); "(298.614 hồ sơ)" counts the files received online. Its Markdown
  table lists 7 provincial agencies (subject as written, level tỉnh; outgoing documents (unit `văn bản`, code
  unchecked), signing share, online work-file share; one "100" cell; no total row); "07 cơ quan cấp tỉnh" counts
  them. "58/96 xã, phường đạt chỉ tiêu" and "Còn 38 xã, phường" are counts of communes (code None). The 766 group
  "Số hóa hồ sơ đạt 16,84/22 điểm, xếp thứ 9/34" with "(tháng 8/2025: 16,12 điểm, thứ 13/34)": the group score and
  its previous value (max 22, dated 2025-08-31) carry the group's code; the two ranks are the group's rank among
  provinces (code unchecked: not the total ranking). Six deadlines: year ("đến hết năm 2025", with the communes'
  target), day, month, quarter, "chậm nhất" day in words, "trước ngày 18 hằng tháng" (issued 08/10/2025: first
  18/10/2025).
- 296 is a Báo cáo of the Thanh tra tỉnh Tuyên Quang (header "UBND TỈNH TUYÊN QUANG / THANH TRA TỈNH"; the
  inspectorate formed on 01/7/2025 by merging those of Tuyên Quang and Hà Giang), 9 tháng đầu năm 2025, issued
  03/10/2025, on its own procedures and PAKN. Every figure is the inspectorate's (subject "Thanh tra tỉnh", level
  tỉnh), except the agencies' average (subject unchecked, level tỉnh). "trước ngày 01/7/2025" and "Từ ngày
  01/7/2025" in the opening are dates, not deadlines. Its 09 TTHC with five bare parts by field (code unchecked),
  "05 TTHC … toàn trình và 04 TTHC một phần", "01 quyết định" (code None), "100% TTHC được công khai đầy đủ" (code
  unchecked). "(quý I: 58 hồ sơ; quý II: 69 hồ sơ; quý III: 87 hồ sơ)" are the files received in each quarter
  (counts with the received code, each dated at its quarter's end, the last one the period end). "21,6 ngày" is the
  processing time. "tăng 38 hồ sơ so với cùng kỳ năm 2024 (176 hồ sơ)": a change and a previous value dated
  2024-09-30. Citizens received "412 lượt với 538 người, … 23 đoàn đông người" (units `lượt`, `người`, `đoàn`; code
  unchecked), "09 buổi"/"04 buổi" (unit `buổi`), complaint letters "126 đơn", "74 đơn", "68/74 đơn" (one count, max
  74) and "đạt 91,89%" (unit `đơn`; code unchecked); "12 xã, phường" and "05 xã, phường" inspected are counts of
  communes (code None). "tỷ lệ hồ sơ có đánh giá của người dân đạt 61,21%" names no catalogued indicator. PAKN by
  channel in a bracket and by content in a dash list (code unchecked); "29/31 PAKN" is one count of PAKN handled
  (max 31); "Tỷ lệ PAKN được xử lý đúng hạn đạt 100%" and the satisfaction with PAKN handling carry the 766 PAKN
  codes; "8,4 ngày/PAKN" and "rút ngắn 1,2 ngày" the PAKN handling time. Score, rank "2/19 cơ quan cấp tỉnh", "tăng
  3 bậc so với tháng 6/2025 (thứ 5/19)" (previous rank dated 2025-06-30), and the inspectorate's own group scores
  "19,85/20" and "17,64/18" (group codes). The target "đến hết năm 2025 … của Thanh tra tỉnh đạt trên 70%" is the
  inspectorate's, dated 2025-12-31. Six deadlines: day, month, year (with the target), quarter, "chậm nhất" day in
  words, "trước ngày 15 hằng tháng" (issued 03/10/2025: first 15/10/2025).
- 297 is a half-year Báo cáo of UBND thị xã La Gi (tỉnh Bình Thuận, named in "Kính gửi"; the only thị xã of Bình
  Thuận, also the issuer of golden/blind4.py's 112 in another form), 6 tháng đầu năm 2025, issued 18/6/2025, shortly
  before the district level ended. The period is the reporting window it states, "số liệu tính từ ngày 15/12/2024
  đến ngày 14/6/2025" (as golden/blind6.py's 121): figures are dated 2025-06-14. Figures under "a) Cấp huyện" have
  subject "cấp huyện" (level huyện), those under "b) Cấp xã" subject "cấp xã" (level xã); "296 TTHC cấp huyện" and
  "118 TTHC cấp xã" likewise; the thị xã's own PAKN, score and rank have subject "UBND thị xã La Gi", level huyện.
  Overdue files by field in brackets "(lĩnh vực đất đai 49 hồ sơ, lĩnh vực xây dựng 05 hồ sơ)" have subject
  unchecked, level huyện. "giảm 3,4%" is a relative fall (code unchecked). Its Markdown table (alignment row
  `|:---:|---|---:|`) lists the 9 phường, xã in official order (subject as written, "Phường Phước Hội", "Xã Tân
  Hải", level xã; files received, files submitted online (code of the online share), online share, on-time share;
  two "100" cells) with a "Cộng" row with an empty STT cell (= cấp xã; its figures are also in the prose). "Chỉ tiêu
  tỉnh giao năm 2025 cho cả hai cấp là 50%; như vậy cấp huyện đã đạt, cấp xã chưa đạt chỉ tiêu": one target for both
  levels (subject and level unchecked), dated 2025-12-31. Digitisation and electronic results by level, the latter
  after "của hai cấp lần lượt là". "09/09 phường, xã" is one count (unit `phường`, max 9, code unchecked). "tăng 2
  bậc so với năm 2024 (xếp thứ 5/10)": previous rank dated 2024-12-31. "từ ngày 01/7/2025 chính quyền địa phương cấp
  huyện kết thúc hoạt động" is no deadline. The target "đến hết quý II năm 2025 … của cấp xã đạt tối thiểu 50%" in
  the task of "UBND các phường, xã" is theirs, dated 2025-06-30. Four deadlines: "chậm nhất" day in words, day,
  quarter (with the target), month.
- 298 is a monthly Báo cáo of the Văn phòng UBND tỉnh Cà Mau (header "UBND TỈNH CÀ MAU / VĂN PHÒNG", the province
  formed from Cà Mau and Bạc Liêu) to the Chairman, tháng 8 năm 2025, issued 08/9/2025, on the one-stop shops and
  online payment. Province figures have subject NULL. "64 đơn vị hành chính cấp xã (55 xã, 9 phường)" are counts
  with subject "cấp xã", level xã (units `đơn vị`, `xã`, `phường`; code None). "(tháng 7/2025: …)" and "so với tháng
  7/2025 (84,99 điểm)" are previous values dated 2025-07-31 (the previous total on the /100 scale); "giảm 0,42 điểm"
  a fall; "giữ nguyên thứ hạng" states no figure. Files received by level after "trong đó cấp tỉnh …, cấp xã …";
  "649 hồ sơ" received per working day by the provincial centre (code unchecked). Overdue files of a Sở and a ward
  in brackets (levels tỉnh and xã). "27.418 hồ sơ thuộc TTHC có phí, lệ phí, trong đó 15.893 hồ sơ … đạt 57,97%":
  both counts carry the payment code; "chỉ tiêu năm 2025 của tỉnh là 60%, chưa đạt chỉ tiêu": the province's target
  dated 2025-12-31, the 57,97% carries it with status "chưa đạt"; "tăng 4,85% so với tháng trước" is the change of
  the payment share. Shares by level after "tương ứng là". Its tab-separated table (units in the headers) lists 10
  provincial agencies (subject as written, level tỉnh; fee-bearing files and files paid online, both with the
  payment code, and the payment share; cells "0" and "100") with a "Cộng cấp tỉnh" row with an empty STT cell (= cấp
  tỉnh; its 69,68 also in the prose). "Có 08/10 cơ quan đạt chỉ tiêu" and "23/64 xã, phường đạt chỉ tiêu" are counts
  (code None). The target "đến hết quý IV năm 2025 … của cấp xã đạt tối thiểu 60%" in the task of "UBND các xã,
  phường" is theirs, dated 2025-12-31. Six dash-list deadlines: day, month, quarter (with the target), "chậm nhất"
  day in words, year ("trong năm 2025"), "trước ngày 05 hằng tháng" (issued 08/9/2025, after the 5th: first
  05/10/2025).
- 299 is a monthly Báo cáo of a post-merger commune, UBND xã Hưng Hà (tỉnh Hưng Yên, formerly in tỉnh Thái Bình;
  named in "Kính gửi"), tháng 9 năm 2025, issued 02/10/2025. Every figure is the commune's (subject "UBND xã Hưng
  Hà", level xã), except files by field after "tương ứng" (subject unchecked) and the communes' average (subject
  unchecked). "(thuộc thẩm quyền cấp xã 2.713 hồ sơ, tiếp nhận thay cơ quan cấp tỉnh 233 hồ sơ)" are bare parts of
  the files received (code unchecked), "(trong hạn 141 hồ sơ, quá hạn 03 hồ sơ)" the parts of the files in progress
  (code unchecked). Area "38,62 km²" (unit `km²`), population "61.245 người" and "42 thôn, tổ dân phố" (unit `thôn`)
  have code None. Procedures online "toàn trình và một phần lần lượt là 281 TTHC và 74 TTHC". Dash list "- <label>:
  <figure> …" with "tăng 428 hồ sơ so với tháng 8/2025 (2.518 hồ sơ)" (a change and a previous value dated
  2025-08-31); "trước hạn, đúng hạn 2.789 hồ sơ, đạt 99,54%" is the on-time whole. Cumulative figures "Lũy kế từ
  ngày 01/7/2025 đến ngày 30/9/2025" are dated at the period end. "(chỉ tiêu năm 2025 UBND tỉnh giao là 70%, chưa
  đạt chỉ tiêu)": the commune's target dated 2025-12-31, the 68,94% carries it with status "chưa đạt". "1.052/1.526
  hồ sơ" and "1.257/1.267 văn bản" are single counts (max the denominator) with the payment and signing codes. "386
  trường hợp (tháng 8/2025: 312 trường hợp)" electronic certifications and their previous value; "chiếm 72,36% dân
  số" the identity-account share; "(tháng 8/2025: 97,90%)" the previous satisfaction share. Signing and online
  work-file shares (`cds.*`). "tăng 1.207 tài khoản so với tháng 8/2025" is a change of identity accounts. "08/09
  PAKN" is one count (max 9). Rank "12/104 xã, phường", "tăng 5 bậc so với tháng 8/2025 (86,93 điểm, xếp thứ
  17/104)" (previous score without max, previous rank, dated 2025-08-31) and the commune's own group scores
  "19,47/22", "7,12/10" (group codes). The target "trong quý IV năm 2025 … của xã đạt tối thiểu 70%" is the
  commune's, dated 2025-12-31. Five deadlines: day, quarter (with the target), month, day in words, "trước ngày 20
  hằng tháng" (issued 02/10/2025: first 20/10/2025).
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
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_KY = "cds.ky_so"
_KS = "cds.ho_so_cong_viec"
_CT = "chung_thuc_dien_tu"
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


# ------------------------------------------------------------ 295: Sở Khoa học và Công nghệ tỉnh Tây Ninh, quý III/2025
_Q2_2025 = "2025-06-30"
_AUG_2025 = "2025-08-31"


def _row_295(subject: str, sent: str, signed: str, online: str, after: str) -> list[Fact]:
    """One Markdown row of a provincial agency: outgoing documents, signing share, online work-file share."""
    cells = [(sent, "văn bản", P, ANY, "period"), (signed, "%", P, _KY, "period"), (online, "%", P, _KS, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_295 = [
    # I.1 (2174/KH-UBND of 18/7/2025, 1521/QĐ-UBND of 25/7/2025 cited; "số 08 đường Võ Văn Tần" is an address)
    F("với 21 cơ quan", "21", 21, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("và 96 xã, phường", "96", 96, "xã", C, subject=ANY, level="xã", code=None),
    F("nhận 186.452", "186.452", 186452, "văn bản", C, code=ANY),
    F("tăng 12,6%", "12,6%", 12.6, "%", CH, code=ANY),
    F("với 8/9 cơ sở", "8/9", 8, "cơ sở dữ liệu", C, max_value=9, code=ANY),
    F("đồng bộ 412.386", "412.386", 412386, "hồ sơ", C, code="766.cong_khai.dong_bo"),
    F("đạt 99,42%", "99,42%", 99.42, "%", code="766.cong_khai.dong_bo"),
    # I.2 signing by level and for the province; quý II năm 2025 dated 2025-06-30
    F("cấp tỉnh 98,72%", "98,72%", 98.72, "%", subject="cấp tỉnh", level="tỉnh", code=_KY),
    F("cấp xã 94,16%", "94,16%", 94.16, "%", subject="cấp xã", level="xã", code=_KY),
    F("đạt 96,05%", "96,05%", 96.05, "%", code=_KY),
    F("2025: 93,40%)", "93,40%", 93.40, "%", PR, as_of=_Q2_2025, code=_KY),
    F("chức: 6.834", "6.834", 6834, "chứng thư", C, code=ANY),
    F("cá nhân 5.912", "5.912", 5912, "chứng thư", C, code=ANY),
    F("tổ chức 922)", "922", 922, "chứng thư", C, code=ANY),
    F("quý 1.146", "1.146", 1146, "chứng thư", C, code=ANY),
    # I.3 online work files by level, each held against its level's 2025 target
    F("tỉnh đạt 91,64%", "91,64%", 91.64, "%", subject="cấp tỉnh", level="tỉnh", code=_KS, target=90,
      stated_status="đạt"),
    F("xã đạt 76,38%", "76,38%", 76.38, "%", subject="cấp xã", level="xã", code=_KS, target=80,
      stated_status="chưa đạt"),
    F("tỉnh tăng 2,15%", "2,15%", 2.15, "%", CH, subject="cấp tỉnh", level="tỉnh", code=_KS),
    F("giảm 1,07%", "1,07%", -1.07, "%", CH, subject="cấp xã", level="xã", code=_KS),
    F("tỉnh là 90%", "90%", 90, "%", T, subject="cấp tỉnh", level="tỉnh", as_of=_Y2025, code=_KS),
    F("xã là 80%", "80%", 80, "%", T, subject="cấp xã", level="xã", as_of=_Y2025, code=_KS),
    F("của 07 cơ quan", "07", 7, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    # Markdown table of 7 provincial agencies (no total row)
    *_row_295("Sở Nông nghiệp và Môi trường", "4.286", "97,35", "88,12", "| 2 | Sở Tài chính"),
    *_row_295("Sở Tài chính", "3.845", "98,67", "92,10", "| 3 | Sở Giáo dục"),
    *_row_295("Sở Giáo dục và Đào tạo", "3.562", "100", "95,83", "| 4 | Sở Y tế"),
    *_row_295("Sở Y tế", "3.107", "99,18", "91,26", "| 5 | Sở Xây dựng"),
    *_row_295("Sở Xây dựng", "2.914", "98,02", "89,47", "| 6 | Sở Công Thương"),
    *_row_295("Sở Công Thương", "2.176", "96,84", "87,55", "| 7 | Ban Quản lý"),
    *_row_295("Ban Quản lý Khu kinh tế", "1.358", "95,21", "86,09", "\nỞ cấp xã"),
    F("có 58/96", "58/96", 58, "xã", C, max_value=96, subject=ANY, level="xã", code=None),
    F("cao nhất (94,27%)", "94,27%", 94.27, "%", subject="phường Long An", level="xã", code=_KS),
    F("thấp nhất (52,64%)", "52,64%", 52.64, "%", subject="xã Tân Hưng", level="xã", code=_KS),
    # I.4 ("Lũy kế đến ngày 30/9/2025" is the period end)
    F("tỉnh đạt 71,46%", "71,46%", 71.46, "%", code=_NOP),
    F("(298.614 hồ sơ)", "298.614", 298614, "hồ sơ", C, code=_NOP),
    F("tăng 4,83%", "4,83%", 4.83, "%", CH, code=_NOP),
    F("đạt 89,12%", "89,12%", 89.12, "%", code=_SH),
    F("đạt 52,37%", "52,37%", 52.37, "%", code=_TSD),
    F("đạt 63,28%", "63,28%", 63.28, "%", code=_TT),
    F("có 1.842.615", "1.842.615", 1842615, "tài khoản", C, code=_TK),
    F("tương ứng 68,74%", "68,74%", 68.74, "%", code=_TK),
    # the 766 group Số hóa hồ sơ and its rank among provinces; tháng 8/2025 dated 2025-08-31
    F("đạt 16,84/22", "16,84/22", 16.84, "điểm", max_value=22, code="766.so_hoa"),
    F("thứ 9/34", "9/34", 9, "hạng", R, max_value=34, code=ANY),
    F("2025: 16,12 điểm", "16,12", 16.12, "điểm", PR, max_value=22, as_of=_AUG_2025, code="766.so_hoa"),
    F("thứ 13/34)", "13/34", 13, "hạng", PR, max_value=34, as_of=_AUG_2025, code=ANY),
    # II.
    F("Còn 38 xã", "38", 38, "xã", C, subject=ANY, level="xã", code=None),
    # III.1 the communes' target (0272.3826.145 is a phone number)
    F("tối thiểu 80%", "80%", 80, "%", T, subject="UBND các xã, phường", level="xã", as_of=_Y2025, code=_KS),
]

# ------------------------------------------------------------ 296: Thanh tra tỉnh Tuyên Quang, 9 tháng đầu năm 2025
_TTR = "Thanh tra tỉnh"


def _ttr(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the inspectorate itself (subject Thanh tra tỉnh, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_TTR, level="tỉnh", **kw)


BLIND_296 = [
    # 1. (3025/VP-KSTT of 22/9/2025 and 202/2025/QH15 cited)
    _ttr("thực hiện 09 TTHC", "09", 9, "TTHC", C, code=_TTHC),
    _ttr("công dân 01 TTHC", "01", 1, "TTHC", C, code=ANY),
    _ttr("khiếu nại 02 TTHC", "02", 2, "TTHC", C, code=ANY),
    _ttr("tố cáo 02 TTHC", "02", 2, "TTHC", C, code=ANY),
    _ttr("xử lý đơn 01 TTHC", "01", 1, "TTHC", C, code=ANY),
    _ttr("tham nhũng 03 TTHC", "03", 3, "TTHC", C, code=ANY),
    _ttr("có 05 TTHC", "05", 5, "TTHC", C, code=_TOAN),
    _ttr("và 04 TTHC", "04", 4, "TTHC", C, code=_MOT),
    _ttr("ban hành 01 quyết định", "01", 1, "quyết định", C, code=None),
    _ttr("100% TTHC", "100%", 100, "%", code=ANY),
    # 2. files received by quarter, each dated at its quarter's end; cùng kỳ năm 2024 dated 2024-09-30
    _ttr("tiếp nhận 214", "214", 214, "hồ sơ", C, code=_TN),
    _ttr("quý I: 58", "58", 58, "hồ sơ", C, as_of="2025-03-31", code=_TN),
    _ttr("quý II: 69", "69", 69, "hồ sơ", C, as_of="2025-06-30", code=_TN),
    _ttr("quý III: 87", "87", 87, "hồ sơ", C, code=_TN),
    _ttr("tăng 38 hồ sơ", "38", 38, "hồ sơ", CH, code=_TN),
    _ttr("(176 hồ sơ)", "176", 176, "hồ sơ", PR, as_of="2024-09-30", code=_TN),
    _ttr("trực tuyến là 142", "142", 142, "hồ sơ", C, code=_NOP),
    _ttr("chiếm 66,36%", "66,36%", 66.36, "%", code=_NOP),
    _ttr("giải quyết 198", "198", 198, "hồ sơ", C, code=ANY),
    _ttr("đúng hạn 196", "196", 196, "hồ sơ", C, code=_DH),
    _ttr("(đạt 98,99%)", "98,99%", 98.99, "%", code=_DH),
    _ttr("quá hạn 02", "02", 2, "hồ sơ", C, code=_QH),
    _ttr("trong hạn 16", "16", 16, "hồ sơ", C, code=ANY),
    _ttr("là 21,6 ngày", "21,6", 21.6, "ngày", code="766.tien_do.thoi_gian"),
    _ttr("số hóa đạt 100%", "100%", 100, "%", code=_SH),
    _ttr("đạt 97,47%", "97,47%", 97.47, "%", code=_KQ),
    # citizens received ("số 160 đường Trần Hưng Đạo" is an address)
    _ttr("tiếp 412", "412", 412, "lượt", C, code=ANY),
    _ttr("với 538", "538", 538, "người", C, code=ANY),
    _ttr("có 23 đoàn", "23", 23, "đoàn", C, code=ANY),
    _ttr("định kỳ 09 buổi", "09", 9, "buổi", C, code=ANY),
    _ttr("đột xuất 04 buổi", "04", 4, "buổi", C, code=ANY),
    _ttr("là 126 đơn", "126", 126, "đơn", C, code=ANY),
    _ttr("đó 74 đơn", "74", 74, "đơn", C, code=ANY),
    _ttr("quyết 68/74", "68/74", 68, "đơn", C, max_value=74, code=ANY),
    _ttr("đạt 91,89%", "91,89%", 91.89, "%", code=ANY),
    F("tại 12 xã", "12", 12, "xã", C, subject=ANY, level="xã", code=None),
    F("chỉnh 05 xã", "05", 5, "xã", C, subject=ANY, level="xã", code=None),
    # 3. PAKN by channel (bracket) and by content (dash list)
    _ttr("tiếp nhận 31 phản ánh", "31", 31, "PAKN", C, code=_PAKN_TN),
    _ttr("quốc gia 12 PAKN", "12", 12, "PAKN", C, code=ANY),
    _ttr("tỉnh 19 PAKN", "19", 19, "PAKN", C, code=ANY),
    _ttr("công chức: 04", "04", 4, "PAKN", C, code=ANY),
    _ttr("hành chính: 09", "09", 9, "PAKN", C, code=ANY),
    _ttr("kéo dài: 18", "18", 18, "PAKN", C, code=ANY),
    _ttr("xử lý 29/31", "29/31", 29, "PAKN", C, max_value=31, code=_PAKN_XL),
    _ttr("đạt 93,55%", "93,55%", 93.55, "%", code=_PAKN_TL),
    _ttr("còn 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    _ttr("hạn đạt 100%", "100%", 100, "%", code="766.hai_long.pakn_dung_han"),
    _ttr("là 8,4 ngày", "8,4", 8.4, "ngày", code="pakn.thoi_gian"),
    _ttr("rút ngắn 1,2", "1,2", -1.2, "ngày", CH, code="pakn.thoi_gian"),
    # 4. satisfaction, score and rank among the province's agencies; tháng 6/2025 dated 2025-06-30
    _ttr("đạt 98,60%", "98,60%", 98.60, "%", code=_HL),
    _ttr("đạt 61,21%", "61,21%", 61.21, "%", code=ANY),
    _ttr("đạt 96,77%", "96,77%", 96.77, "%", code="766.hai_long.pakn"),
    _ttr("đạt 92,18", "92,18", 92.18, "điểm", code=_TONG),
    _ttr("thứ 2/19", "2/19", 2, "hạng", R, max_value=19, code=_HANG),
    _ttr("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _ttr("(thứ 5/19)", "5/19", 5, "hạng", PR, max_value=19, as_of="2025-06-30", code=_HANG),
    _ttr("đạt 19,85/20", "19,85/20", 19.85, "điểm", max_value=20, code="766.tien_do"),
    _ttr("đạt 17,64/18", "17,64/18", 17.64, "điểm", max_value=18, code="766.hai_long"),
    F("là 87,65 điểm", "87,65", 87.65, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    # II.3 the inspectorate's target (0207.3822.367 is a phone number)
    _ttr("trên 70%", "70%", 70, "%", T, as_of=_Y2025, code=_NOP),
]

# ------------------------------------------------------------ 297: UBND thị xã La Gi (Bình Thuận), 6 tháng đầu năm 2025
_LG = "UBND thị xã La Gi"


def _huyen(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "a) Cấp huyện" (subject cấp huyện, level huyện)."""
    return F(context, raw, value, unit, kind, subject="cấp huyện", level="huyện", **kw)


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "b) Cấp xã" (subject cấp xã, level xã)."""
    return F(context, raw, value, unit, kind, subject="cấp xã", level="xã", **kw)


def _town(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the thị xã itself (subject its UBND, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_LG, level="huyện", **kw)


def _row_297(subject: str, received: str, online: str, share: str, on_time: str, after: str) -> list[Fact]:
    """One Markdown row of a phường, xã (or the total): received, submitted online, online share, on time."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (share, "%", P, _NOP, "period"), (on_time, "%", P, _DH, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


BLIND_297 = [
    # I.1 (2146/VP-KSTT of 02/6/2025 cited; the window 15/12/2024–14/6/2025 is the period)
    _huyen("công khai 296 TTHC", "296", 296, "TTHC", C, code=_TTHC),
    F("của 09 phường", "09", 9, "phường", C, subject=ANY, level="xã", code=None),
    _xa("công khai 118 TTHC", "118", 118, "TTHC", C, code=_TTHC),
    # I.2 a) cấp huyện
    _huyen("tiếp nhận 6.842", "6.842", 6842, "hồ sơ", C, code=_TN),
    _huyen("trực tuyến 5.217", "5.217", 5217, "hồ sơ", C, code=_NOP),
    _huyen("tỷ lệ 76,25%", "76,25%", 76.25, "%", code=_NOP),
    _huyen("giải quyết 6.509", "6.509", 6509, "hồ sơ", C, code=ANY),
    _huyen("đúng hạn 6.455", "6.455", 6455, "hồ sơ", C, code=_DH),
    _huyen("đạt 99,17%", "99,17%", 99.17, "%", code=_DH),
    _huyen("quá hạn 54", "54", 54, "hồ sơ", C, code=_QH),
    F("đất đai 49 hồ sơ", "49", 49, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    F("xây dựng 05 hồ sơ", "05", 5, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    _huyen("giải quyết 333", "333", 333, "hồ sơ", C, code=ANY),
    _huyen("giảm 3,4%", "3,4%", -3.4, "%", CH, code=ANY),
    # I.2 b) cấp xã
    _xa("tiếp nhận 11.356", "11.356", 11356, "hồ sơ", C, code=_TN),
    _xa("trực tuyến 9.034", "9.034", 9034, "hồ sơ", C, code=_NOP),
    _xa("(79,55%)", "79,55%", 79.55, "%", code=_NOP),
    _xa("đạt 99,64%", "99,64%", 99.64, "%", code=_DH),
    F("cao nhất (86,45%)", "86,45%", 86.45, "%", subject="Phường Phước Hội", level="xã", code=_NOP),
    F("thấp nhất (68,23%)", "68,23%", 68.23, "%", subject="xã Tân Phước", level="xã", code=_NOP),
    # Markdown table of the 9 phường, xã (official order), "Cộng" row (= cấp xã)
    *_row_297("Phường Phước Hội", "1.874", "1.620", "86,45", "99,73", "| 2 | Phường Phước Lộc"),
    *_row_297("Phường Phước Lộc", "1.526", "1.233", "80,80", "99,58", "| 3 | Phường Tân An"),
    *_row_297("Phường Tân An", "1.689", "1.391", "82,36", "99,81", "| 4 | Phường Tân Thiện"),
    *_row_297("Phường Tân Thiện", "1.412", "1.126", "79,75", "99,47", "| 5 | Phường Bình Tân"),
    *_row_297("Phường Bình Tân", "1.103", "864", "78,33", "100", "| 6 | Xã Tân Hải"),
    *_row_297("Xã Tân Hải", "1.057", "789", "74,65", "99,62", "| 7 | Xã Tân Tiến"),
    *_row_297("Xã Tân Tiến", "948", "720", "75,95", "99,36", "| 8 | Xã Tân Bình"),
    *_row_297("Xã Tân Bình", "1.064", "825", "77,54", "99,71", "| 9 | Xã Tân Phước"),
    *_row_297("Xã Tân Phước", "683", "466", "68,23", "100", "| | Cộng"),
    *_row_297("cấp xã", "11.356", "9.034", "79,55", "99,64", "\n3. Thanh toán"),
    # I.3 one 2025 target for both levels: cấp huyện đạt, cấp xã chưa đạt
    _huyen("huyện đạt 58,31%", "58,31%", 58.31, "%", code=_TT, target=50, stated_status="đạt"),
    _xa("xã đạt 46,72%", "46,72%", 46.72, "%", code=_TT, target=50, stated_status="chưa đạt"),
    F("cấp là 50%", "50%", 50, "%", T, subject=ANY, level=ANY, as_of=_Y2025, code=_TT),
    _huyen("huyện là 97,84%", "97,84%", 97.84, "%", code=_SH),
    _xa("xã là 93,26%", "93,26%", 93.26, "%", code=_SH),
    _huyen("là 96,15%", "96,15%", 96.15, "%", code=_KQ),
    _xa("và 91,08%", "91,08%", 91.08, "%", code=_KQ),
    F("nay, 09/09", "09/09", 9, "phường", C, max_value=9, subject=ANY, level="xã", code=ANY),
    # I.4 the thị xã's PAKN
    _town("tiếp nhận 17 phản ánh", "17", 17, "PAKN", C, code=_PAKN_TN),
    _town("xong 15 PAKN", "15", 15, "PAKN", C, code=_PAKN_XL),
    _town("(đạt 88,24%)", "88,24%", 88.24, "%", code=_PAKN_TL),
    _town("còn 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    # I.5 rank among the province's 10 district-level units; năm 2024 dated 2024-12-31
    _town("đạt 87,92 điểm", "87,92", 87.92, "điểm", code=_TONG),
    _town("thứ 3/10", "3/10", 3, "hạng", R, max_value=10, code=_HANG),
    _town("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    _town("thứ 5/10)", "5/10", 5, "hạng", PR, max_value=10, as_of="2024-12-31", code=_HANG),
    F("đạt 84,36 điểm", "84,36", 84.36, "điểm", subject=ANY, level="xã", code=_TONG),
    F("(90,14 điểm)", "90,14", 90.14, "điểm", subject="phường Tân An", level="xã", code=_TONG),
    F("(78,52 điểm)", "78,52", 78.52, "điểm", subject="xã Tân Phước", level="xã", code=_TONG),
    # III.3 the communes' target by the end of quý II (0252.3870.215 is a phone number, "số 02 đường Thống
    # Nhất" an address)
    F("tối thiểu 50%", "50%", 50, "%", T, subject="UBND các phường, xã", level="xã", as_of="2025-06-30",
      code=_TT),
]

# ------------------------------------------------------------ 298: Văn phòng UBND tỉnh Cà Mau, tháng 8 năm 2025
_JUL_2025 = "2025-07-31"


def _row_298(subject: str, level: str, fees: str, paid: str, share: str, after: str) -> list[Fact]:
    """One tab-separated row of a provincial agency (or the total): fee-bearing files, files paid online, share."""
    cells = [(fees, "hồ sơ", P, _TT, "period"), (paid, "hồ sơ", P, _TT, "period"), (share, "%", P, _TT, "period")]
    return _cells(subject, level, cells, after, "\t", "\n")


BLIND_298 = [
    # I. (412/UBND-KSTT of 14/7/2025 cited; "cơ sở 1", "cơ sở 2" are names)
    F("có 64 đơn vị", "64", 64, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("(55 xã", "55", 55, "xã", C, subject="cấp xã", level="xã", code=None),
    F("9 phường)", "9", 9, "phường", C, subject="cấp xã", level="xã", code=None),
    F("; 64 xã, phường", "64", 64, "xã", C, subject=ANY, level="xã", code=None),
    # II.1 tháng 7/2025 dated 2025-07-31
    F("tiếp nhận 68.934", "68.934", 68934, "hồ sơ", C, code=_TN),
    F("(tháng 7/2025: 61.207", "61.207", 61207, "hồ sơ", PR, as_of=_JUL_2025, code=_TN),
    F("cấp tỉnh 14.286", "14.286", 14286, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_TN),
    F("cấp xã 54.648", "54.648", 54648, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    F("là 52.761", "52.761", 52761, "hồ sơ", C, code=_NOP),
    F("chiếm 76,54%", "76,54%", 76.54, "%", code=_NOP),
    F("tiếp nhận 649", "649", 649, "hồ sơ", C, subject="Trung tâm Phục vụ hành chính công tỉnh", level="tỉnh",
      code=ANY),
    F("giải quyết 65.402", "65.402", 65402, "hồ sơ", C, code=ANY),
    F("trước hạn 41.936", "41.936", 41936, "hồ sơ", C, code=ANY),
    F("đúng hạn 22.871", "22.871", 22871, "hồ sơ", C, code=ANY),
    F("quá hạn 595", "595", 595, "hồ sơ", C, code=_QH),
    F("đạt 99,09%", "99,09%", 99.09, "%", code=_DH),
    F("(318 hồ sơ)", "318", 318, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_QH),
    F("(76 hồ sơ)", "76", 76, "hồ sơ", C, subject="UBND phường Bạc Liêu", level="xã", code=_QH),
    # II.2 the province's payment share against its 2025 target
    F("có 27.418", "27.418", 27418, "hồ sơ", C, code=_TT),
    F("đó 15.893", "15.893", 15893, "hồ sơ", C, code=_TT),
    F("đạt 57,97%", "57,97%", 57.97, "%", code=_TT, target=60, stated_status="chưa đạt"),
    F("(tháng 7/2025: 53,12%)", "53,12%", 53.12, "%", PR, as_of=_JUL_2025, code=_TT),
    F("tăng 4,85%", "4,85%", 4.85, "%", CH, code=_TT),
    F("tỉnh là 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
    F("là 69,68%", "69,68%", 69.68, "%", subject="cấp tỉnh", level="tỉnh", code=_TT),
    F("và 54,58%", "54,58%", 54.58, "%", subject="cấp xã", level="xã", code=_TT),
    # tab-separated table of 10 provincial agencies, "Cộng cấp tỉnh" row (= cấp tỉnh)
    *_row_298("Sở Nông nghiệp và Môi trường", "tỉnh", "2.473", "1.512", "61,14", "2\tSở Xây dựng"),
    *_row_298("Sở Xây dựng", "tỉnh", "618", "447", "72,33", "3\tSở Công Thương"),
    *_row_298("Sở Công Thương", "tỉnh", "512", "398", "77,73", "4\tSở Tư pháp"),
    *_row_298("Sở Tư pháp", "tỉnh", "1.386", "1.102", "79,51", "5\tSở Y tế"),
    *_row_298("Sở Y tế", "tỉnh", "396", "231", "58,33", "6\tSở Tài chính"),
    *_row_298("Sở Tài chính", "tỉnh", "283", "209", "73,85", "7\tSở Giáo dục"),
    *_row_298("Sở Giáo dục và Đào tạo", "tỉnh", "214", "171", "79,91", "8\tSở Văn hóa"),
    *_row_298("Sở Văn hóa, Thể thao và Du lịch", "tỉnh", "46", "0", "0", "9\tSở Nội vụ"),
    *_row_298("Sở Nội vụ", "tỉnh", "212", "205", "96,70", "10\tBan Quản lý"),
    *_row_298("Ban Quản lý Khu kinh tế", "tỉnh", "12", "12", "100", "\tCộng cấp tỉnh"),
    *_row_298("cấp tỉnh", "tỉnh", "6.152", "4.287", "69,68", "\nCó 08/10"),
    F("Có 08/10", "08/10", 8, "đơn vị", C, max_value=10, subject=ANY, level="tỉnh", code=None),
    F("có 23/64", "23/64", 23, "xã", C, max_value=64, subject=ANY, level="xã", code=None),
    F("cao nhất (81,36%)", "81,36%", 81.36, "%", subject="phường An Xuyên", level="xã", code=_TT),
    F("thấp nhất (18,42%)", "18,42%", 18.42, "%", subject="xã Đất Mũi", level="xã", code=_TT),
    # II.3 ("Tổng đài 1022" is a name)
    F("đạt 97,86%", "97,86%", 97.86, "%", code=_HL),
    F("tiếp nhận 46 phản ánh", "46", 46, "PAKN", C, subject="Trung tâm Phục vụ hành chính công tỉnh",
      level="tỉnh", code=_PAKN_TN),
    F("xử lý 41 PAKN", "41", 41, "PAKN", C, subject="Trung tâm Phục vụ hành chính công tỉnh", level="tỉnh",
      code=_PAKN_XL),
    F("đạt 89,13%", "89,13%", 89.13, "%", subject="Trung tâm Phục vụ hành chính công tỉnh", level="tỉnh",
      code=_PAKN_TL),
    # II.4 ("Tính đến ngày 31/8/2025" is the period end); tháng 7/2025 dated 2025-07-31
    F("đạt 84,57/100", "84,57/100", 84.57, "điểm", max_value=100, code=_TONG),
    F("thứ 17/34", "17/34", 17, "hạng", R, max_value=34, code=_HANG),
    F("giảm 0,42 điểm", "0,42", -0.42, "điểm", CH, code=_TONG),
    F("(84,99 điểm)", "84,99", 84.99, "điểm", PR, max_value=100, as_of=_JUL_2025, code=_TONG),
    F("đạt 6,12/10", "6,12/10", 6.12, "điểm", max_value=10, code="766.thanh_toan"),
    # III. the communes' target (0290.3831.147 is a phone number)
    F("tối thiểu 60%", "60%", 60, "%", T, subject="UBND các xã, phường", level="xã", as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 299: UBND xã Hưng Hà (Hưng Yên), tháng 9 năm 2025
_HH = "UBND xã Hưng Hà"


def _commune(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the commune itself (subject its UBND, level xã)."""
    return F(context, raw, value, unit, kind, subject=_HH, level="xã", **kw)


BLIND_299 = [
    # I. (96/KH-UBND of 08/7/2025 cited; "đường Lê Quý Đôn" is an address)
    _commune("tích tự nhiên 38,62", "38,62", 38.62, "km²", code=None),
    _commune("dân số 61.245", "61.245", 61245, "người", C, code=None),
    _commune("gồm 42 thôn", "42", 42, "thôn", C, code=None),
    # II.1
    _commune("thực hiện 367 TTHC", "367", 367, "TTHC", C, code=_TTHC),
    _commune("là 281 TTHC", "281", 281, "TTHC", C, code=_TOAN),
    _commune("và 74 TTHC", "74", 74, "TTHC", C, code=_MOT),
    # II.2 dash list; tháng 8/2025 dated 2025-08-31
    _commune("Tiếp nhận: 2.946", "2.946", 2946, "hồ sơ", C, code=_TN),
    _commune("cấp xã 2.713", "2.713", 2713, "hồ sơ", C, code=ANY),
    _commune("tỉnh 233", "233", 233, "hồ sơ", C, code=ANY),
    _commune("tăng 428", "428", 428, "hồ sơ", CH, code=_TN),
    _commune("(2.518 hồ sơ)", "2.518", 2518, "hồ sơ", PR, as_of=_AUG_2025, code=_TN),
    _commune("tuyến: 2.431", "2.431", 2431, "hồ sơ", C, code=_NOP),
    _commune("chiếm 82,52%", "82,52%", 82.52, "%", code=_NOP),
    _commune("giải quyết: 2.802", "2.802", 2802, "hồ sơ", C, code=ANY),
    _commune("đúng hạn 2.789", "2.789", 2789, "hồ sơ", C, code=_DH),
    _commune("đạt 99,54%", "99,54%", 99.54, "%", code=_DH),
    _commune("quá hạn 13", "13", 13, "hồ sơ", C, code=_QH),
    _commune("giải quyết: 144", "144", 144, "hồ sơ", C, code=ANY),
    _commune("trong hạn 141", "141", 141, "hồ sơ", C, code=ANY),
    _commune("quá hạn 03", "03", 3, "hồ sơ", C, code=ANY),
    F("tương ứng 1.124", "1.124", 1124, "hồ sơ", C, subject=ANY, level="xã", code=ANY),
    F("sơ, 693 hồ sơ", "693", 693, "hồ sơ", C, subject=ANY, level="xã", code=ANY),
    F("và 412 hồ sơ", "412", 412, "hồ sơ", C, subject=ANY, level="xã", code=ANY),
    # cumulative since 01/7/2025, up to the period end
    _commune("tiếp nhận 7.615", "7.615", 7615, "hồ sơ", C, code=_TN),
    _commune("trực tuyến 6.104", "6.104", 6104, "hồ sơ", C, code=_NOP),
    _commune("(80,16%)", "80,16%", 80.16, "%", code=_NOP),
    _commune("giải quyết 7.421", "7.421", 7421, "hồ sơ", C, code=ANY),
    _commune("hạn 99,41%", "99,41%", 99.41, "%", code=_DH),
    # II.3 the commune's 2025 target
    _commune("đạt 68,94%", "68,94%", 68.94, "%", code=_TT, target=70, stated_status="chưa đạt"),
    _commune("(1.052/1.526", "1.052/1.526", 1052, "hồ sơ", C, max_value=1526, code=_TT),
    _commune("giao là 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
    _commune("đạt 96,37%", "96,37%", 96.37, "%", code=_SH),
    _commune("đạt 98,02%", "98,02%", 98.02, "%", code=_KQ),
    _commune("đạt 41,85%", "41,85%", 41.85, "%", code=_TSD),
    _commune("chính 386", "386", 386, "trường hợp", C, code=_CT),
    _commune("(tháng 8/2025: 312", "312", 312, "trường hợp", PR, as_of=_AUG_2025, code=_CT),
    # II.4 ("mức độ 2" is no figure)
    _commune("đạt 99,21%", "99,21%", 99.21, "%", code=_KY),
    _commune("(1.257/1.267", "1.257/1.267", 1257, "văn bản", C, max_value=1267, code=_KY),
    _commune("đạt 91,47%", "91,47%", 91.47, "%", code=_KS),
    _commune("có 44.318", "44.318", 44318, "tài khoản", C, code=_TK),
    _commune("chiếm 72,36%", "72,36%", 72.36, "%", code=_TK),
    _commune("tăng 1.207", "1.207", 1207, "tài khoản", CH, code=_TK),
    # II.5
    _commune("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _commune("quốc gia 03", "03", 3, "PAKN", C, code=ANY),
    _commune("công 06)", "06", 6, "PAKN", C, code=ANY),
    _commune("xử lý 08/09", "08/09", 8, "PAKN", C, max_value=9, code=_PAKN_XL),
    _commune("đạt 88,89%", "88,89%", 88.89, "%", code=_PAKN_TL),
    _commune("đạt 98,75%", "98,75%", 98.75, "%", code=_HL),
    _commune("(tháng 8/2025: 97,90%)", "97,90%", 97.90, "%", PR, as_of=_AUG_2025, code=_HL),
    # II.6 rank among the province's 104 xã, phường; tháng 8/2025 dated 2025-08-31
    _commune("đạt 88,46 điểm", "88,46", 88.46, "điểm", code=_TONG),
    _commune("thứ 12/104", "12/104", 12, "hạng", R, max_value=104, code=_HANG),
    _commune("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    _commune("(86,93 điểm", "86,93", 86.93, "điểm", PR, as_of=_AUG_2025, code=_TONG),
    _commune("thứ 17/104)", "17/104", 17, "hạng", PR, max_value=104, as_of=_AUG_2025, code=_HANG),
    _commune("đạt 19,47/22", "19,47/22", 19.47, "điểm", max_value=22, code="766.so_hoa"),
    _commune("đạt 7,12/10", "7,12/10", 7.12, "điểm", max_value=10, code="766.thanh_toan"),
    F("là 85,20 điểm", "85,20", 85.20, "điểm", subject=ANY, level="xã", code=_TONG),
    # III.2 the commune's target in quý IV (0227.3861.258 is a phone number)
    _commune("tối thiểu 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
]

BLIND = {"295": BLIND_295, "296": BLIND_296, "297": BLIND_297, "298": BLIND_298, "299": BLIND_299}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "295": [
        ("2025-12-31", "year", "năm 2025", "xử lý văn bản, hồ sơ công việc hoàn toàn trên môi trường mạng",
         "UBND các xã, phường"),
        ("2025-11-15", "day", "15/11/2025", "nâng cấp Nền tảng tích hợp, chia sẻ dữ liệu",
         "Trung tâm Chuyển đổi số tỉnh"),
        ("2025-11-30", "month", "tháng 11/2025", "cấp bổ sung chứng thư số", "Văn phòng UBND tỉnh"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "đưa kết quả chuyển đổi số vào đánh giá", "Sở Nội vụ"),
        ("2025-12-10", "day", "ngày 10 tháng 12 năm 2025", "kích hoạt, sử dụng tài khoản định danh điện tử",
         "Công an tỉnh"),
        # issued 08/10/2025: the first "ngày 18 hằng tháng" is 18/10/2025
        ("2025-10-18", "recurring", "18 hằng tháng", "cập nhật số liệu chuyển đổi số",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "296": [
        ("2025-10-20", "day", "20/10/2025", "xử lý các phản ánh, kiến nghị còn tồn",
         "Phòng Tiếp công dân và Xử lý đơn"),
        ("2025-11-30", "month", "tháng 11/2025", "đơn giản hóa thành phần hồ sơ", "Văn phòng Thanh tra tỉnh"),
        ("2025-12-31", "year", "năm 2025", "nộp đơn trực tuyến", "Các phòng nghiệp vụ"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "tổ chức tập huấn", "Văn phòng Thanh tra tỉnh"),
        ("2025-12-15", "day", "ngày 15 tháng 12 năm 2025", "số hóa hồ sơ đơn thư",
         "Phòng Tiếp công dân và Xử lý đơn"),
        # issued 03/10/2025: the first "ngày 15 hằng tháng" is 15/10/2025
        ("2025-10-15", "recurring", "15 hằng tháng", "tổng hợp kết quả giải quyết TTHC", "Văn phòng Thanh tra tỉnh"),
    ],
    "297": [
        ("2025-06-25", "day", "ngày 25 tháng 6 năm 2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Chi nhánh Văn phòng Đăng ký đất đai La Gi"),
        ("2025-06-28", "day", "28/6/2025", "bàn giao toàn bộ hồ sơ đang giải quyết", "Văn phòng HĐND và UBND thị xã"),
        ("2025-06-30", "quarter", "quý II năm 2025", "thanh toán trực tuyến", "UBND các phường, xã"),
        ("2025-06-30", "month", "tháng 6/2025", "chuyển toàn bộ dữ liệu số hóa",
         "Phòng Văn hóa, Khoa học và Thông tin"),
    ],
    "298": [
        ("2025-09-20", "day", "20/9/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Sở Nông nghiệp và Môi trường"),
        ("2025-10-31", "month", "tháng 10/2025", "tích hợp thanh toán phí thẩm định",
         "Sở Văn hóa, Thể thao và Du lịch"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "thanh toán trực tuyến", "UBND các xã, phường"),
        ("2025-09-30", "day", "ngày 30 tháng 9 năm 2025", "bố trí ki-ốt hướng dẫn thanh toán",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        ("2025-12-31", "year", "năm 2025", "miễn phí giao dịch thanh toán", "Sở Tài chính"),
        # issued 08/9/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/10/2025
        ("2025-10-05", "recurring", "05 hằng tháng", "cập nhật kết quả thanh toán trực tuyến",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "299": [
        ("2025-10-10", "day", "10/10/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn", "Phòng Kinh tế"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "thanh toán phí, lệ phí",
         "Trung tâm Phục vụ hành chính công xã"),
        ("2025-11-30", "month", "tháng 11/2025", "bổ sung máy quét, máy tính", "Văn phòng HĐND và UBND xã"),
        ("2025-10-31", "day", "ngày 31 tháng 10 năm 2025", "kích hoạt tài khoản định danh điện tử",
         "Phòng Văn hóa - Xã hội"),
        # issued 02/10/2025: the first "ngày 20 hằng tháng" is 20/10/2025
        ("2025-10-20", "recurring", "20 hằng tháng", "tổng hợp kết quả giải quyết TTHC",
         "Trung tâm Phục vụ hành chính công xã"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 295's issuer is the Sở Khoa học và Công nghệ under "UBND TỈNH TÂY NINH", period the quarter in its title;
# 296's issuer is the Thanh tra tỉnh under "UBND TỈNH TUYÊN QUANG", period the nine months in its title; 297's
# issuer is a thị xã (province named in "Kính gửi"), period the stated window 15/12/2024–14/6/2025 of "6 tháng
# đầu năm 2025"; 298's issuer is the Văn phòng under "UBND TỈNH CÀ MAU"; 299's issuer is a post-merger commune
# of tỉnh Hưng Yên (named in "Kính gửi").
META = {
    "295": {"doc_number": "412/BC-SKHCN", "doc_type": "Báo cáo", "issued_date": "2025-10-08",
            "province": "Tây Ninh", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Nguyễn Thanh Hải"},
    "296": {"doc_number": "318/BC-TTr", "doc_type": "Báo cáo", "issued_date": "2025-10-03",
            "province": "Tuyên Quang", "period_label": "9 tháng đầu năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-09-30", "signer": "Hoàng Văn Thắng"},
    "297": {"doc_number": "356/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-06-18",
            "province": "Bình Thuận", "period_label": "6 tháng đầu năm 2025", "period_start": "2024-12-15",
            "period_end": "2025-06-14", "signer": "Nguyễn Văn Thuận"},
    "298": {"doc_number": "1187/BC-VP", "doc_type": "Báo cáo", "issued_date": "2025-09-08",
            "province": "Cà Mau", "period_label": "tháng 8 năm 2025", "period_start": "2025-08-01",
            "period_end": "2025-08-31", "signer": "Trần Quốc Việt"},
    "299": {"doc_number": "146/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-10-02",
            "province": "Hưng Yên", "period_label": "tháng 9 năm 2025", "period_start": "2025-09-01",
            "period_end": "2025-09-30", "signer": "Phạm Đức Long"},
}
