"""Blind golden facts for corpus/blind52/335_ha_tinh.txt, 336_hai_duong.txt, 337_binh_phuoc.txt, 338_lai_chau.txt
and 339_quang_ngai.txt.

The five documents were written by the developers for a fifty-second blind measurement (issuers, wording and
layouts not used elsewhere in the corpus; not real documents, names of people fictional), and every row below
was written by reading them, before any extraction, restoration or pipeline code was run on them. They also
serve as held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind13.py … blind16.py: rows use `golden.facts.Fact` (context string
that occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`;
table cells are kind `value` even when they count (rank cells kind `rank`, plain numbers without max_value);
`as_of="period"` is the period's end; `ANY` leaves a field unchecked where the sentence names no catalogued
indicator (`None` where it clearly names none). Table cells carry `extra={"source": "table"}`. "thủ tục"
counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of local units takes the unit
of its first unit word ("11/13 huyện, thị xã, thành phố" → `huyện`, "5/7 phường, xã" → `phường`, "96 xã,
phường, đặc khu" → `xã`), a count of "đơn vị" the unit `đơn vị` at the level of the bodies counted. A count of
the files (or PAKN) an indicator is computed on carries that indicator's code; every "đã giải quyết" count and
the parts of a settled whole ("trước hạn", "đúng hạn" apart) have their code unchecked; a relative change of a
count ("tăng 21,6% so với năm 2023") has its code unchecked. A table column or row dated before the period end
keeps kind `value` with that date as `as_of`; a change is dated at the period end, a fall is negative. Dates,
document numbers, cited decrees, plans, letters and decisions ("Nghị định số 63/2010/NĐ-CP", "Kế hoạch số
1126/KH-UBND", "Công văn số 512/VP-KSTT", "Quyết định số 356/QĐ-UBND", "Nghị quyết số 1012/NQ-UBTVQH15",
"Nghị định số 118/2025/NĐ-CP", "Quyết định số 766/QĐ-TTg"), meeting and cut-off dates ("Ngày 07/11/2024", "Đến
ngày 31/12/2024", "Từ ngày 01/3/2025", "từ ngày 01/7/2025 đến ngày 30/9/2025"), section numbering ("I.", "1.",
"a)"), the STT column, the quarter labels of a table's row ("Quý I/2024", "Cả năm 2024"), phone numbers
("0239.3855.128", "0220.3852.416", "0271.3778.512", "0213.3876.245"), an address ("số 02A đường Nguyễn Chí
Thanh"), "mức độ 2", "Kỳ họp thứ 10", "Kỳ họp thứ 9", "Quốc hội khóa XV", headings naming the next period
("III. NHIỆM VỤ NĂM 2025", "III. NHIỆM VỤ QUÝ II NĂM 2025", "II. NHIỆM VỤ THÁNG 6 NĂM 2025": no deadlines) and
years are not figures.

New in this set:
- 335 is a Thông báo kết luận of the Văn phòng UBND tỉnh Hà Tĩnh (header "UBND TỈNH HÀ TĨNH / VĂN PHÒNG") of
  the monthly meeting on TTHC reform for tháng 10 năm 2024 (meeting 07/11/2024, issued 12/11/2024): it states
  the month's figures, then assigns tasks. Province figures have subject NULL. "05 quyết định" is a count with
  code None; "công khai 48 TTHC" a count of published procedures (code unchecked). Procedures by level follow
  "gồm 1.478 TTHC cấp tỉnh, 246 TTHC cấp huyện và 132 TTHC cấp xã" (the level after the count). "giảm 3.148
  hồ sơ so với tháng 9/2024 (55.518 hồ sơ)": a fall and a previous value dated 2024-09-30. "trước hạn và đúng
  hạn 50.507 hồ sơ (99,20%)" carries the on-time code; "quá hạn 409 hồ sơ (0,80%)" the overdue code; two
  district committees' overdue land files in brackets (subject as written, level huyện). "tăng 3,12% so với
  tháng trước" is the change of the payment share; "so với chỉ tiêu năm 2024 là 60% thì chưa đạt": the target
  dated 2024-12-31, the 58,36% carries it with status "chưa đạt". "02 PAKN còn lại" is a count with code
  unchecked. "tăng 0,86 điểm nhưng giảm 1 bậc so với tháng 9/2024 (86,56 điểm, xếp thứ 8/63)": a rise, a fall
  (-1) and previous values dated 2024-09-30 (the previous total on the /100 scale). The six group scores are a
  "+" list "+ <group>: x/max điểm;" ("Cung cấp dịch vụ công trực tuyến: 10,35/12" is the DVCTT group). Block
  averages (subject unchecked; levels tỉnh/huyện/xã). "Có 11/13 huyện, thị xã, thành phố xếp loại Tốt" is a
  count of district-level units (unit `huyện`, max 13, subject "cấp huyện", as golden/blind3.py's 110 does),
  "02 đơn vị xếp loại Khá" a count of `đơn vị` at level huyện (subject unchecked). Its Markdown table lists
  the 13 district-level units in official order (subject as written, "UBND thị xã Hồng Lĩnh", level huyện;
  score "tháng 9/2024" dated 2024-09-30, score "tháng 10/2024", and a "Xếp hạng" column distinct from the STT:
  kind rank, no max_value; no total row, its average is the prose 84,81). "UBND huyện Cẩm Xuyên giảm 1,91
  điểm" is that unit's fall. The target "đến hết năm 2024 ... toàn tỉnh đạt tối thiểu 60%" in the task of
  Sở Tài chính is the province's (subject NULL), dated 2024-12-31. Six deadlines: day for two named
  districts, year ("đến hết năm 2024", with the target; for Sở Tài chính, not the banks it works with), month,
  "chậm nhất" day in words, quarter, "trước ngày 22 hằng tháng" (issued 12/11/2024: first 22/11/2024).
- 336 is an annual Báo cáo of Sở Công Thương tỉnh Hải Dương (header "UBND TỈNH HẢI DƯƠNG / SỞ CÔNG THƯƠNG"),
  năm 2024, issued 08/01/2025, before the 1 July 2025 merger. Part I is about e-commerce "trên địa bàn tỉnh":
  those figures are the province's (subject NULL), with no catalogued indicator (code unchecked): websites
  ("tăng 214 website so với cuối năm 2023 (1.172 website)": a change and a previous value dated 2023-12-31),
  businesses (unit `doanh nghiệp`, the first noun of "doanh nghiệp, hộ kinh doanh"), OCOP products and their
  share, retail sales "3.845 tỷ đồng" (unit `tỷ đồng`), "tăng 21,6%" (a relative change), "bằng 109,86% kế
  hoạch năm" (a share of the plan) and "(3.500 tỷ đồng)" (the year's plan: a target dated 2024-12-31). "Sở đã
  phối hợp tổ chức 14 lớp ... cho 1.126 lượt học viên" are the Sở's own counts. Part II is the Sở's own
  one-stop shop (subject "Sở Công Thương", level tỉnh): "16 lĩnh vực" a count with code None; "trong đó 104
  TTHC ... toàn trình, 21 TTHC một phần, còn 03 TTHC chưa đủ điều kiện cung cấp trực tuyến"; "tăng 1.154 hồ sơ
  so với năm 2023 (7.422 hồ sơ)": a change and a previous value dated 2023-12-31; "trước hạn 7.906 hồ sơ, đúng
  hạn 629 hồ sơ, quá hạn 06 hồ sơ" parts of the settled files (the first two code unchecked), the overdue part
  split by field in a bracket (subject unchecked, level tỉnh, overdue code); "chuyển sang năm 2025 là 35 hồ sơ"
  (files in progress, code unchecked). Its tab-separated table has one row per quarter (units in the headers;
  "Quý I/2024" … "Quý III/2024" dated at each quarter's end, "Quý IV/2024" and "Cả năm 2024" at the period end;
  the year row has an empty STT cell and repeats the prose 8.576 and 75,11): files received, files submitted
  online (count, code of the online share), online share, on-time share (one "100" cell), payment share.
  "so với chỉ tiêu UBND tỉnh giao cho Sở năm 2024 (70%) thì đã đạt chỉ tiêu": the Sở's target dated
  2024-12-31, the 75,11% carries it with status "đạt". "07/07 PAKN" is one count of PAKN answered (max 7).
  "đạt bình quân 91,84 điểm, xếp thứ 3/20 sở, ban, ngành, tăng 4 bậc so với năm 2023 (xếp thứ 7/20)": the
  Sở's score (no max), its rank among the province's agencies, a rise and the previous rank dated 2023-12-31.
  In the tasks, "tỷ lệ số hóa hồ sơ của Sở đạt 100%, chậm nhất ngày 28/02/2025" is the Sở's target dated
  2025-02-28, and "03 TTHC còn lại" a count (code unchecked). Five deadlines: quarter, "chậm nhất" day (with the
  target), month, year ("trong năm 2025"), "trước ngày 10 hằng tháng" (issued 08/01/2025: first 10/01/2025).
- 337 is a quarterly Báo cáo of UBND thị xã Phước Long (tỉnh Bình Phước, named in "Kính gửi"; before the 1 July
  2025 merger), quý I năm 2025, issued 04/4/2025. Figures under "a) Cấp huyện (Bộ phận Một cửa thị xã)" have
  subject "cấp huyện" (level huyện), those under "b) Cấp xã" subject "cấp xã" (level xã), as golden/blind15.py's
  155 does; "276 TTHC thuộc thẩm quyền cấp huyện ... 119 TTHC thuộc thẩm quyền cấp xã" likewise; the thị xã's
  own PAKN, score and rank have subject "UBND thị xã Phước Long", level huyện. "(quý IV năm 2024: 3.912 hồ sơ)"
  is a previous value dated 2024-12-31; "giảm 8,6% so với quý IV năm 2024" a relative fall of files received
  (-8.6, code unchecked). Best and worst units carry their online share in brackets ("Phường Long Thủy", "xã
  Phước Tín", as written; also in the table). Its Markdown table lists the 7 phường, xã in official order
  (subject as written, "Phường Long Phước", "Xã Long Giang", level xã; files received, files submitted online,
  online share, payment share) with a "Cộng" row with an empty STT cell (= cấp xã; its 6.847, 5.618, 82,05
  and 60,18 are also in the prose). "Chỉ tiêu tỉnh giao năm 2025 cho cấp huyện và cấp xã tương ứng là 65% và
  55%; như vậy cấp huyện chưa đạt chỉ tiêu, cấp xã đã đạt chỉ tiêu": the n-th target is the n-th level's,
  dated 2025-12-31; 64,27% carries 65 with status "chưa đạt", 60,18% carries 55 with status "đạt". "01 PAKN
  đang xác minh" is a count with code unchecked. "xếp thứ 3/11 huyện, thị xã, thành phố, tăng 2 bậc so với quý
  IV năm 2024 (xếp thứ 5/11)": the previous rank dated 2024-12-31. "Điểm bình quân của UBND các phường, xã" is
  the level average (subject unchecked, level xã); "có 5/7 phường, xã xếp loại Tốt" a count (unit `phường`,
  max 7, subject "cấp xã"); two communes carry their score in brackets. The target "đến hết quý II năm 2025 ...
  của cấp xã đạt tối thiểu 85%" in the task of "UBND các phường, xã" is theirs, dated 2025-06-30. "tại hai xã
  Long Giang, Phước Tín" has no figure. Five deadlines: day for two named communes, month (for the Phòng, not
  the telecom company it works with), quarter (with the target), "chậm nhất" day in words, "trước ngày 18 hằng
  tháng" (issued 04/4/2025: first 18/4/2025).
- 338 is a monthly Báo cáo of Sở Khoa học và Công nghệ tỉnh Lai Châu (header "UBND TỈNH LAI CHÂU / SỞ KHOA HỌC
  VÀ CÔNG NGHỆ", merged with Sở Thông tin và Truyền thông from 01/3/2025), tháng 5 năm 2025, issued 05/6/2025.
  Part 1 is a dash list about the provincial portal the Sở runs: posts (unit `bài viết`; "tăng 57 bài viết so
  với tháng 4/2025 (429 bài viết)": a change and a previous value dated 2025-04-30), visits (`lượt`), legal
  texts (`văn bản`), answered questions (`câu hỏi`). Whether these are the Sở's figures or the province's is
  genuinely ambiguous (the portal is the province's, the work the Sở's): subject and level unchecked. Parts
  2-4 are province-wide (subject NULL): total "82,17/100", rank "38/63", "(bình quân cả nước 85,06 điểm)" (subject
  "cả nước", level NULL, on the /100 scale, as golden/blind6.py's 120 does), "giảm 0,45 điểm và giảm 2 bậc so với
  tháng 4/2025 (82,62 điểm, xếp thứ 36/63)" (falls and previous values dated 2025-04-30); the six group scores
  are a dash list "- <group>: x/max điểm (tháng 4/2025: y điểm);" whose bracketed previous value is on the
  group's scale (max of the group), dated 2025-04-30. Block averages (subject unchecked); "Có 15/19 sở, ban,
  ngành xếp loại Tốt" a count of agencies (unit `đơn vị`, max 19, subject unchecked, level tỉnh); best and
  worst district committees with scores in brackets (subject as written, level huyện). "tăng 1,26% so với
  tháng 4/2025" is the change of the payment share. "toàn tỉnh đạt 71,28%,
  chưa đạt chỉ tiêu năm 2025 (80%)": the target dated 2025-12-31, the share carries it with status "chưa
  đạt"; its parts by level follow "trong đó cấp tỉnh ..., cấp huyện ..., cấp xã ...". "148.265 giấy tờ" kept in
  the provincial data store (subject and level unchecked, code unchecked). "Còn 03 huyện (Mường Tè, Nậm Nhùn,
  Sìn Hồ)" is a count (unit `huyện`, subject unchecked, level huyện, code None). Identity accounts "214.608 tài
  khoản ... đạt 68,34%" carry the identity-account code; "toàn tỉnh cấp mới 326 chứng thư số ..., lũy kế 6.842
  chứng thư số" are province counts with no catalogued indicator; "tỷ lệ văn bản đi được ký số của cấp tỉnh là
  97,65%" is the signing share (`cds.ky_so`) of cấp tỉnh. Part 5 is the Sở's own (subject "Sở Khoa học và Công
  nghệ", level tỉnh): "(tháng 4/2025: 118 hồ sơ)" dated 2025-04-30, "100% hồ sơ nộp trực tuyến" its online
  share, "139/139 hồ sơ" one count of files settled on time (max 139), rank "4/19" among the agencies, "tăng
  2 bậc (tháng 4/2025: xếp thứ 6/19)" a rise and the previous rank dated 2025-04-30. Five
  deadlines: day, "chậm nhất" day in words, quarter for three named districts (after "Đề nghị"), month,
  "trước ngày 25 hằng tháng" (issued 05/6/2025: first 25/6/2025).
- 339 is a Báo cáo of the Đoàn đại biểu Quốc hội tỉnh Quảng Ngãi (header "QUỐC HỘI KHÓA XV / ĐOÀN ĐẠI BIỂU QUỐC
  HỘI TỈNH QUẢNG NGÃI"; the province merged with Kon Tum from 01/7/2025) for Kỳ họp thứ 10, on voters'
  complaints and the province's TTHC figures for quý III năm 2025 (period from the title), issued 10/10/2025.
  The Đoàn's own meetings and the voters' opinions it summarised ("24 cuộc", "3.615 lượt cử tri", "287 lượt",
  "156 ý kiến" and the four numbered groups "<group>: n ý kiến, chiếm x%") are neither clearly the province's
  nor a body's catalogued figures: subject and level unchecked, code unchecked (units `cuộc`, `lượt`, `ý kiến`);
  so are the opinions by former province ("khu vực tỉnh Kon Tum cũ có 67 ý kiến") and the follow-up of the
  "142 ý kiến" sent to Kỳ họp thứ 9 ("131 ý kiến được ... trả lời, đạt 92,25%; còn 11 ý kiến", counted now:
  period end), and "tập huấn cho 1.152 công chức cấp xã" (trained by the province, counted at cấp xã).
  "12 xã còn thiếu công chức" (and "cho 12 xã còn thiếu" in a request) count communes (unit `xã`, subject
  unchecked, level xã, code None). Part II gives the province's figures "theo báo cáo của UBND tỉnh" (subject
  NULL): procedures by level after "trong đó" (two tiers: cấp tỉnh, cấp xã), "chiếm 76,67%, chưa đạt chỉ tiêu
  năm 2025 là 80%" (target dated 2025-12-31, status "chưa đạt"), files received at the provincial centre
  (subject "Trung tâm Phục vụ hành chính công tỉnh", level tỉnh) and at "cấp xã (96 xã, phường, đặc khu)"
  (subject "cấp xã"; the 96 a count of communes, subject "cấp xã", code None), "(90,63%)" the PAKN handled
  share, "còn 06 PAKN đang xử lý" a count with code unchecked. Online shares and overdue files by level
  ("của cấp tỉnh đạt 85,42%, của cấp xã đạt 74,19%", "(cấp tỉnh 347 hồ sơ, cấp xã 3.512 hồ sơ)"); "4,6
  ngày/hồ sơ" the processing time. "tháng 9/2025 tỉnh đạt 79,86/100 điểm, xếp thứ 21/34 ...; so với tháng
  7/2025 (76,42 điểm, xếp thứ 27/34) tăng 3,44 điểm và tăng 6 bậc": the September score is at the period
  end; previous values dated 2025-07-31 (the previous total on the /100 scale). The six group scores are
  written in brackets after each group's name, "Công khai, minh bạch (17,24/18 điểm), ..." (new form; sum
  79,86). The target "đến hết năm 2025 ... toàn tỉnh đạt tối thiểu 80%" requested of UBND tỉnh is the
  province's (subject NULL), dated 2025-12-31. Six deadlines for the bodies named after "Đề nghị": quarter,
  day, "chậm nhất" day in words, month (for Sở Nội vụ, not the UBND tỉnh it advises), year (with the
  target), "trước ngày 05 hằng tháng" (issued 10/10/2025, after the 5th: first 05/11/2025). "Từ ngày
  15/9/2025 đến ngày 30/9/2025" is past, no deadline.
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
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_GROUPS = ("766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.hai_long", "766.so_hoa")
_MAXIMA = (18, 20, 12, 10, 18, 22)


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 335: VP UBND tỉnh Hà Tĩnh, tháng 10 năm 2024
_SEP_335 = "2024-09-30"


def _unit_335(subject: str, september: str, october: str, rank: str, after: str) -> list[Fact]:
    """One Markdown row of a district-level unit: score of tháng 9/2024 (dated 2024-09-30), score of tháng
    10/2024 and its rank among the 13 (kind rank, no max_value written)."""
    cells = [(september, "điểm", P, _TONG, _SEP_335), (october, "điểm", P, _TONG, "period"),
             (rank, "hạng", R, _HANG, "period")]
    return _cells(subject, "huyện", cells, after, " | ", " |\n")


BLIND_335 = [
    # I.1 (Nghị định số 63/2010/NĐ-CP cited)
    F("ký 05 quyết định", "05", 5, "quyết định", C, code=None),
    F("công khai 48 TTHC", "48", 48, "TTHC", C, code=ANY),
    F("thực hiện 1.856 TTHC", "1.856", 1856, "TTHC", C, code=_TTHC),
    F("gồm 1.478 TTHC", "1.478", 1478, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("246 TTHC cấp huyện", "246", 246, "TTHC", C, subject="cấp huyện", level="huyện", code=_TTHC),
    F("và 132 TTHC", "132", 132, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    F("là 1.214 TTHC", "1.214", 1214, "TTHC", C, code=_TOAN),
    F("chiếm 65,41%", "65,41%", 65.41, "%", code=_TOAN),
    # I.2 tháng 9/2024 dated 2024-09-30
    F("tiếp nhận 52.370", "52.370", 52370, "hồ sơ", C, code=_TN),
    F("giảm 3.148 hồ sơ", "3.148", -3148, "hồ sơ", CH, code=_TN),
    F("(55.518 hồ sơ)", "55.518", 55518, "hồ sơ", PR, as_of=_SEP_335, code=_TN),
    F("là 41.582", "41.582", 41582, "hồ sơ", C, code=_NOP),
    F("chiếm 79,40%", "79,40%", 79.40, "%", code=_NOP),
    F("giải quyết 50.916", "50.916", 50916, "hồ sơ", C, code=ANY),
    F("đúng hạn 50.507", "50.507", 50507, "hồ sơ", C, code=_DH),
    F("(99,20%)", "99,20%", 99.20, "%", code=_DH),
    F("quá hạn 409", "409", 409, "hồ sơ", C, code=_QH),
    F("(0,80%)", "0,80%", 0.80, "%", code=_QH),
    F("Cẩm Xuyên (126 hồ sơ)", "126", 126, "hồ sơ", C, subject="UBND huyện Cẩm Xuyên", level="huyện", code=_QH),
    F("Thạch Hà (97 hồ sơ)", "97", 97, "hồ sơ", C, subject="UBND huyện Thạch Hà", level="huyện", code=_QH),
    # I.3 the 2024 target (dated 2024-12-31), "chưa đạt"
    F("đạt 58,36%", "58,36%", 58.36, "%", code=_TT, target=60, stated_status="chưa đạt"),
    F("tăng 3,12%", "3,12%", 3.12, "%", CH, code=_TT),
    F("là 60% thì", "60%", 60, "%", T, as_of="2024-12-31", code=_TT),
    F("đạt 86,75%", "86,75%", 86.75, "%", code=_SH),
    F("đạt 92,18%", "92,18%", 92.18, "%", code=_KQ),
    F("đạt 41,06%", "41,06%", 41.06, "%", code=_TSD),
    # I.4 (0239.3855.128 is a phone number)
    F("tiếp nhận 23 phản ánh", "23", 23, "PAKN", C, code=_PAKN_TN),
    F("xong 21 PAKN", "21", 21, "PAKN", C, code=_PAKN_XL),
    F("đạt 91,30%", "91,30%", 91.30, "%", code=_PAKN_TL),
    F("02 PAKN còn", "02", 2, "PAKN", C, code=ANY),
    # I.5 (766/QĐ-TTg cited); tháng 9/2024 dated 2024-09-30
    F("đạt 87,42/100", "87,42/100", 87.42, "điểm", max_value=100, code=_TONG),
    F("thứ 9/63", "9/63", 9, "hạng", R, max_value=63, code=_HANG),
    F("tăng 0,86 điểm", "0,86", 0.86, "điểm", CH, code=_TONG),
    F("giảm 1 bậc", "1", -1, "hạng", CH, code=_HANG),
    F("(86,56 điểm", "86,56", 86.56, "điểm", PR, max_value=100, as_of=_SEP_335, code=_TONG),
    F("thứ 8/63)", "8/63", 8, "hạng", PR, max_value=63, as_of=_SEP_335, code=_HANG),
    *[F(f"{label}: {raw}", raw, _num(raw.split("/")[0]), "điểm", max_value=top, code=code)
      for label, raw, top, code in zip(
          ("minh bạch", "giải quyết", "trực tuyến", "Thanh toán trực tuyến", "hài lòng", "Số hóa hồ sơ"),
          ("17,62/18", "19,48/20", "10,35/12", "7,14/10", "17,81/18", "15,02/22"), _MAXIMA, _GROUPS,
          strict=True)],
    F("đạt 90,14 điểm", "90,14", 90.14, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("đạt 84,81 điểm", "84,81", 84.81, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("đạt 81,09 điểm", "81,09", 81.09, "điểm", subject=ANY, level="xã", code=_TONG),
    F("Có 11/13", "11/13", 11, "huyện", C, max_value=13, subject="cấp huyện", level="huyện", code=None),
    F("02 đơn vị", "02", 2, "đơn vị", C, subject=ANY, level="huyện", code=None),
    # Markdown table of the 13 district-level units (official order, no total row)
    *_unit_335("UBND thành phố Hà Tĩnh", "86,95", "88,12", "3", "| 2 | UBND thị xã Hồng Lĩnh"),
    *_unit_335("UBND thị xã Hồng Lĩnh", "87,40", "88,76", "2", "| 3 | UBND thị xã Kỳ Anh"),
    *_unit_335("UBND thị xã Kỳ Anh", "84,18", "85,03", "7", "| 4 | UBND huyện Hương Sơn"),
    *_unit_335("UBND huyện Hương Sơn", "83,25", "84,61", "8", "| 5 | UBND huyện Đức Thọ"),
    *_unit_335("UBND huyện Đức Thọ", "85,72", "86,40", "5", "| 6 | UBND huyện Vũ Quang"),
    *_unit_335("UBND huyện Vũ Quang", "82,06", "83,15", "10", "| 7 | UBND huyện Nghi Xuân"),
    *_unit_335("UBND huyện Nghi Xuân", "88,31", "89,27", "1", "| 8 | UBND huyện Can Lộc"),
    *_unit_335("UBND huyện Can Lộc", "85,10", "85,98", "6", "| 9 | UBND huyện Hương Khê"),
    *_unit_335("UBND huyện Hương Khê", "80,64", "81,37", "11", "| 10 | UBND huyện Thạch Hà"),
    *_unit_335("UBND huyện Thạch Hà", "79,85", "78,92", "13", "| 11 | UBND huyện Cẩm Xuyên"),
    *_unit_335("UBND huyện Cẩm Xuyên", "81,47", "79,56", "12", "| 12 | UBND huyện Kỳ Anh"),
    *_unit_335("UBND huyện Kỳ Anh", "83,90", "84,22", "9", "| 13 | UBND huyện Lộc Hà"),
    *_unit_335("UBND huyện Lộc Hà", "86,03", "87,14", "4", "\nĐáng chú ý"),
    F("giảm 1,91 điểm", "1,91", -1.91, "điểm", CH, subject="UBND huyện Cẩm Xuyên", level="huyện", code=_TONG),
    # II.2 the province's target in the task of Sở Tài chính
    F("tối thiểu 60%", "60%", 60, "%", T, as_of="2024-12-31", code=_TT),
]

# ------------------------------------------------------------ 336: Sở Công Thương tỉnh Hải Dương, năm 2024
_SCT = "Sở Công Thương"
_Y2023 = "2023-12-31"


def _so_336(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SCT, level="tỉnh", **kw)


def _quarter_336(as_of: str, received: str, online: str, share: str, on_time: str, paid: str,
                 after: str) -> list[Fact]:
    """One tab-separated row of a quarter (dated at its end) or of the year: files received, files submitted
    online, online share, on-time share, payment share. The quarter label is no figure."""
    cells = [(received, "hồ sơ", P, _TN, as_of), (online, "hồ sơ", P, _NOP, as_of), (share, "%", P, _NOP, as_of),
             (on_time, "%", P, _DH, as_of), (paid, "%", P, _TT, as_of)]
    return _cells(_SCT, "tỉnh", cells, after, "\t", "\n")


BLIND_336 = [
    # I. e-commerce in the province (1126/KH-UBND of 22/3/2024 and 766/QĐ-TTg cited; "Đến ngày 31/12/2024")
    F("có 1.386 website", "1.386", 1386, "website", C, code=ANY),
    F("tăng 214 website", "214", 214, "website", CH, code=ANY),
    F("(1.172 website)", "1.172", 1172, "website", PR, as_of=_Y2023, code=ANY),
    F("Có 2.457 doanh nghiệp", "2.457", 2457, "doanh nghiệp", C, code=ANY),
    F("; 312 sản phẩm", "312", 312, "sản phẩm", C, code=ANY),
    F("chiếm 68,42%", "68,42%", 68.42, "%", code=ANY),
    F("(456 sản phẩm)", "456", 456, "sản phẩm", C, code=ANY),
    F("đạt 3.845 tỷ đồng", "3.845", 3845, "tỷ đồng", code=ANY),
    F("tăng 21,6%", "21,6%", 21.6, "%", CH, code=ANY),
    F("bằng 109,86%", "109,86%", 109.86, "%", code=ANY),
    F("(3.500 tỷ đồng)", "3.500", 3500, "tỷ đồng", T, as_of="2024-12-31", code=ANY),
    _so_336("tổ chức 14 lớp", "14", 14, "lớp", C, code=ANY),
    _so_336("cho 1.126 lượt", "1.126", 1126, "lượt", C, code=ANY),
    # II.1
    _so_336("thực hiện 128 TTHC", "128", 128, "TTHC", C, code=_TTHC),
    _so_336("thuộc 16 lĩnh vực", "16", 16, "lĩnh vực", C, code=None),
    _so_336("trong đó 104 TTHC", "104", 104, "TTHC", C, code=_TOAN),
    _so_336("21 TTHC một phần", "21", 21, "TTHC", C, code=_MOT),
    _so_336("còn 03 TTHC", "03", 3, "TTHC", C, code="766.dvctt.chua_cung_cap"),
    # II.2 năm 2023 dated 2023-12-31
    _so_336("tiếp nhận 8.576", "8.576", 8576, "hồ sơ", C, code=_TN),
    _so_336("tăng 1.154 hồ sơ", "1.154", 1154, "hồ sơ", CH, code=_TN),
    _so_336("(7.422 hồ sơ)", "7.422", 7422, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    _so_336("giải quyết 8.541", "8.541", 8541, "hồ sơ", C, code=ANY),
    _so_336("trước hạn 7.906", "7.906", 7906, "hồ sơ", C, code=ANY),
    _so_336("đúng hạn 629", "629", 629, "hồ sơ", C, code=ANY),
    _so_336("quá hạn 06 hồ sơ", "06", 6, "hồ sơ", C, code=_QH),
    F("điện 04 hồ sơ", "04", 4, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    F("chất 02 hồ sơ", "02", 2, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    _so_336("là 35 hồ sơ", "35", 35, "hồ sơ", C, code=ANY),
    # tab-separated table by quarter
    *_quarter_336("2024-03-31", "1.842", "1.695", "92,02", "99,84", "71,25", "2\tQuý II/2024"),
    *_quarter_336("2024-06-30", "2.216", "2.061", "93,01", "100", "73,48", "3\tQuý III/2024"),
    *_quarter_336("2024-09-30", "2.035", "1.912", "93,96", "99,90", "76,12", "4\tQuý IV/2024"),
    *_quarter_336("period", "2.483", "2.358", "94,97", "99,96", "78,60", "\tCả năm 2024"),
    *_quarter_336("period", "8.576", "8.026", "93,59", "99,93", "75,11", "\n3. Thanh toán"),
    # II.3 the Sở's 2024 target, "đã đạt chỉ tiêu"
    _so_336("năm đạt 75,11%", "75,11%", 75.11, "%", code=_TT, target=70, stated_status="đạt"),
    _so_336("(70%)", "70%", 70, "%", T, as_of="2024-12-31", code=_TT),
    _so_336("đạt 97,36%", "97,36%", 97.36, "%", code=_SH),
    _so_336("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    # II.4
    _so_336("tiếp nhận 07 phản ánh", "07", 7, "PAKN", C, code=_PAKN_TN),
    _so_336("trả lời 07/07 PAKN", "07/07", 7, "PAKN", C, max_value=7, code=_PAKN_XL),
    _so_336("đạt 98,65%", "98,65%", 98.65, "%", code=_HL),
    # II.5 rank among the province's agencies; năm 2023 dated 2023-12-31
    _so_336("bình quân 91,84 điểm", "91,84", 91.84, "điểm", code=_TONG),
    _so_336("thứ 3/20", "3/20", 3, "hạng", R, max_value=20, code=_HANG),
    _so_336("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    _so_336("thứ 7/20)", "7/20", 7, "hạng", PR, max_value=20, as_of=_Y2023, code=_HANG),
    # III. tasks (0220.3852.416 is a phone number)
    _so_336("đạt 100%, chậm nhất", "100%", 100, "%", T, as_of="2025-02-28", code=_SH),
    _so_336("đối với 03 TTHC", "03", 3, "TTHC", C, code=ANY),
]

# ------------------------------------------------------------ 337: UBND thị xã Phước Long, quý I năm 2025
_PL = "UBND thị xã Phước Long"
_Q4_2024 = "2024-12-31"
_Y2025 = "2025-12-31"


def _huyen(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "a) Cấp huyện" or about cấp huyện (subject "cấp huyện", level huyện)."""
    return F(context, raw, value, unit, kind, subject="cấp huyện", level="huyện", **kw)


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "b) Cấp xã" or about cấp xã (subject "cấp xã", level xã)."""
    return F(context, raw, value, unit, kind, subject="cấp xã", level="xã", **kw)


def _tx(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the thị xã as a whole (subject its UBND, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_PL, level="huyện", **kw)


def _row_337(subject: str, received: str, online: str, share: str, paid: str, after: str) -> list[Fact]:
    """One Markdown row of a ward or commune (or the "Cộng" row): files received, files submitted online,
    online share, payment share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (share, "%", P, _NOP, "period"), (paid, "%", P, _TT, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


BLIND_337 = [
    # I.1 (512/VP-KSTT of 14/3/2025 cited)
    _huyen("tiếp nhận 276 TTHC", "276", 276, "TTHC", C, code=_TTHC),
    _xa("tiếp nhận 119 TTHC", "119", 119, "TTHC", C, code=_TTHC),
    # I.2 a) cấp huyện; quý IV năm 2024 dated 2024-12-31
    _huyen("tiếp nhận 3.486", "3.486", 3486, "hồ sơ", C, code=_TN),
    _huyen("2024: 3.912 hồ sơ)", "3.912", 3912, "hồ sơ", PR, as_of=_Q4_2024, code=_TN),
    _huyen("tuyến 2.964", "2.964", 2964, "hồ sơ", C, code=_NOP),
    _huyen("chiếm 85,03%", "85,03%", 85.03, "%", code=_NOP),
    _huyen("giải quyết 3.402", "3.402", 3402, "hồ sơ", C, code=ANY),
    _huyen("đúng hạn 3.389", "3.389", 3389, "hồ sơ", C, code=_DH),
    _huyen("đạt 99,62%", "99,62%", 99.62, "%", code=_DH),
    _huyen("trễ hạn 13", "13", 13, "hồ sơ", C, code=_QH),
    # I.2 b) cấp xã
    _xa("tiếp nhận 6.847", "6.847", 6847, "hồ sơ", C, code=_TN),
    _xa("giảm 8,6%", "8,6%", -8.6, "%", CH, code=ANY),
    _xa("tuyến 5.618 hồ sơ", "5.618", 5618, "hồ sơ", C, code=_NOP),
    _xa("chiếm 82,05%", "82,05%", 82.05, "%", code=_NOP),
    _xa("đạt 99,81%", "99,81%", 99.81, "%", code=_DH),
    F("Thủy (85,70%)", "85,70%", 85.70, "%", subject="Phường Long Thủy", level="xã", code=_NOP),
    F("Tín (71,77%)", "71,77%", 71.77, "%", subject="xã Phước Tín", level="xã", code=_NOP),
    # Markdown table of the 7 wards and communes, "Cộng" row (= cấp xã)
    *_row_337("Phường Long Phước", "1.124", "934", "83,10", "62,35", "| 2 | Phường Long Thủy"),
    *_row_337("Phường Long Thủy", "1.287", "1.103", "85,70", "65,10", "| 3 | Phường Phước Bình"),
    *_row_337("Phường Phước Bình", "1.356", "1.152", "84,96", "63,84", "| 4 | Phường Sơn Giang"),
    *_row_337("Phường Sơn Giang", "812", "658", "81,03", "58,92", "| 5 | Phường Thác Mơ"),
    *_row_337("Phường Thác Mơ", "1.045", "880", "84,21", "61,47", "| 6 | Xã Long Giang"),
    *_row_337("Xã Long Giang", "596", "441", "73,99", "49,36", "| 7 | Xã Phước Tín"),
    *_row_337("Xã Phước Tín", "627", "450", "71,77", "47,05", "| | Cộng"),
    *_row_337("cấp xã", "6.847", "5.618", "82,05", "60,18", "\n3. Thanh toán"),
    # I.3 targets by level after "tương ứng là" (year 2025)
    _huyen("cấp huyện đạt 64,27%", "64,27%", 64.27, "%", code=_TT, target=65, stated_status="chưa đạt"),
    _xa("cấp xã đạt 60,18%", "60,18%", 60.18, "%", code=_TT, target=55, stated_status="đạt"),
    _huyen("là 65% và", "65%", 65, "%", T, as_of=_Y2025, code=_TT),
    _xa("và 55%;", "55%", 55, "%", T, as_of=_Y2025, code=_TT),
    _huyen("là 95,48%", "95,48%", 95.48, "%", code=_SH),
    _xa("là 88,76%", "88,76%", 88.76, "%", code=_SH),
    # I.4 the thị xã's PAKN (0271.3778.512 is a phone number)
    _tx("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _tx("xử lý 08 PAKN", "08", 8, "PAKN", C, code=_PAKN_XL),
    _tx("01 PAKN đang", "01", 1, "PAKN", C, code=ANY),
    # I.5 rank among the province's 11 district-level units; quý IV năm 2024 dated 2024-12-31
    _tx("đạt 87,26 điểm", "87,26", 87.26, "điểm", code=_TONG),
    _tx("thứ 3/11", "3/11", 3, "hạng", R, max_value=11, code=_HANG),
    _tx("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    _tx("thứ 5/11)", "5/11", 5, "hạng", PR, max_value=11, as_of=_Q4_2024, code=_HANG),
    F("đạt 83,40 điểm", "83,40", 83.40, "điểm", subject=ANY, level="xã", code=_TONG),
    _xa("có 5/7", "5/7", 5, "phường", C, max_value=7, code=None),
    F("(90,12 điểm)", "90,12", 90.12, "điểm", subject="Phường Long Thủy", level="xã", code=_TONG),
    F("(74,85 điểm)", "74,85", 74.85, "điểm", subject="xã Phước Tín", level="xã", code=_TONG),
    # III.3 the wards' and communes' target by the end of quý II năm 2025
    F("tối thiểu 85%", "85%", 85, "%", T, subject="UBND các phường, xã", level="xã", as_of="2025-06-30", code=_NOP),
]

# ------------------------------------------------------------ 338: Sở KH&CN tỉnh Lai Châu, tháng 5 năm 2025
_SKHCN = "Sở Khoa học và Công nghệ"
_APR_338 = "2025-04-30"


def _portal(context: str, raw: str, value: float, unit: str, kind: str = C, **kw) -> Fact:
    """A figure about the provincial portal the Sở runs: whose it is is ambiguous (subject, level unchecked)."""
    return F(context, raw, value, unit, kind, subject=ANY, level=ANY, code=ANY, **kw)


def _so_338(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SKHCN, level="tỉnh", **kw)


def _group_338(label: str, raw: str, previous: str, top: int, code: str) -> list[Fact]:
    """A dash-list group score `x/max` and its bracketed value of tháng 4/2025 (dated 2025-04-30, same max)."""
    return [F(f"{label}: {raw}", raw, _num(raw.split("/")[0]), "điểm", max_value=top, code=code),
            F(f"(tháng 4/2025: {previous} điểm)", previous, _num(previous), "điểm", PR, max_value=top,
              as_of=_APR_338, code=code)]


BLIND_338 = [
    # I.1 the provincial portal (356/QĐ-UBND of 28/02/2025 and 766/QĐ-TTg cited; "Từ ngày 01/3/2025")
    _portal("Đăng tải 486", "486", 486, "bài viết"),
    _portal("tăng 57 bài viết", "57", 57, "bài viết", CH),
    _portal("(429 bài viết)", "429", 429, "bài viết", PR, as_of=_APR_338),
    _portal("trong đó 64 bài viết", "64", 64, "bài viết"),
    _portal("tháng: 1.284.356", "1.284.356", 1284356, "lượt"),
    _portal("Cập nhật 37", "37", 37, "văn bản"),
    _portal("Trả lời 12", "12", 12, "câu hỏi"),
    # I.2 the province's index; tháng 4/2025 dated 2025-04-30
    F("đạt 82,17/100", "82,17/100", 82.17, "điểm", max_value=100, code=_TONG),
    F("thứ 38/63", "38/63", 38, "hạng", R, max_value=63, code=_HANG),
    F("cả nước 85,06 điểm", "85,06", 85.06, "điểm", max_value=100, subject="cả nước", level=None, code=_TONG),
    F("giảm 0,45 điểm", "0,45", -0.45, "điểm", CH, code=_TONG),
    F("giảm 2 bậc", "2", -2, "hạng", CH, code=_HANG),
    F("(82,62 điểm", "82,62", 82.62, "điểm", PR, max_value=100, as_of=_APR_338, code=_TONG),
    F("thứ 36/63)", "36/63", 36, "hạng", PR, max_value=63, as_of=_APR_338, code=_HANG),
    *_group_338("minh bạch", "16,94/18", "16,88", 18, "766.cong_khai"),
    *_group_338("giải quyết", "18,72/20", "18,95", 20, "766.tien_do"),
    *_group_338("Dịch vụ công trực tuyến", "9,86/12", "9,74", 12, "766.dvctt"),
    *_group_338("Thanh toán trực tuyến", "6,15/10", "6,32", 10, "766.thanh_toan"),
    *_group_338("hài lòng", "17,36/18", "17,41", 18, "766.hai_long"),
    *_group_338("Số hóa hồ sơ", "13,14/22", "13,32", 22, "766.so_hoa"),
    F("đạt 86,35 điểm", "86,35", 86.35, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("đạt 80,42 điểm", "80,42", 80.42, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("đạt 76,18 điểm", "76,18", 76.18, "điểm", subject=ANY, level="xã", code=_TONG),
    F("Có 15/19", "15/19", 15, "đơn vị", C, max_value=19, subject=ANY, level="tỉnh", code=None),
    F("(86,14 điểm)", "86,14", 86.14, "điểm", subject="UBND thành phố Lai Châu", level="huyện", code=_TONG),
    F("(72,58 điểm)", "72,58", 72.58, "điểm", subject="UBND huyện Mường Tè", level="huyện", code=_TONG),
    F("toàn tỉnh đạt 61,37%", "61,37%", 61.37, "%", code=_NOP),
    F("đạt 38,45%", "38,45%", 38.45, "%", code=_TT),
    F("tăng 1,26%", "1,26%", 1.26, "%", CH, code=_TT),
    # I.3 digitisation; the 2025 target (dated 2025-12-31), "chưa đạt"
    F("toàn tỉnh đạt 71,28%", "71,28%", 71.28, "%", code=_SH, target=80, stated_status="chưa đạt"),
    F("năm 2025 (80%)", "80%", 80, "%", T, as_of="2025-12-31", code=_SH),
    F("cấp tỉnh 88,45%", "88,45%", 88.45, "%", subject="cấp tỉnh", level="tỉnh", code=_SH),
    F("cấp huyện 69,37%", "69,37%", 69.37, "%", subject="cấp huyện", level="huyện", code=_SH),
    F("cấp xã 58,12%", "58,12%", 58.12, "%", subject="cấp xã", level="xã", code=_SH),
    F("đạt 84,90%", "84,90%", 84.90, "%", code=_KQ),
    F("đạt 32,64%", "32,64%", 32.64, "%", code=_TSD),
    F("lưu trữ 148.265", "148.265", 148265, "giấy tờ", C, subject=ANY, level=ANY, code=ANY),
    F("Còn 03 huyện", "03", 3, "huyện", C, subject=ANY, level="huyện", code=None),
    # I.4 identity accounts ("mức độ 2" is no figure)
    F("có 214.608", "214.608", 214608, "tài khoản", C, code=_TK),
    F("đạt 68,34%", "68,34%", 68.34, "%", code=_TK),
    F("cấp mới 326", "326", 326, "chứng thư số", C, code=ANY),
    F("lũy kế 6.842", "6.842", 6842, "chứng thư số", C, code=ANY),
    F("cấp tỉnh là 97,65%", "97,65%", 97.65, "%", subject="cấp tỉnh", level="tỉnh", code="cds.ky_so"),
    # I.5 the Sở's own results; tháng 4/2025 dated 2025-04-30
    _so_338("thực hiện 97 TTHC", "97", 97, "TTHC", C, code=_TTHC),
    _so_338("trong đó 84 TTHC", "84", 84, "TTHC", C, code=_TOAN),
    _so_338("và 13 TTHC", "13", 13, "TTHC", C, code=_MOT),
    _so_338("Tiếp nhận 142", "142", 142, "hồ sơ", C, code=_TN),
    _so_338("(tháng 4/2025: 118 hồ sơ)", "118", 118, "hồ sơ", PR, as_of=_APR_338, code=_TN),
    _so_338("100% hồ sơ nộp", "100%", 100, "%", code=_NOP),
    _so_338("hạn 139/139", "139/139", 139, "hồ sơ", C, max_value=139, code=_DH),
    _so_338("trực tuyến: 91,55%", "91,55%", 91.55, "%", code=_TT),
    _so_338("TTHC: 98,59%", "98,59%", 98.59, "%", code=_SH),
    _so_338("đạt 92,47 điểm", "92,47", 92.47, "điểm", code=_TONG),
    _so_338("thứ 4/19", "4/19", 4, "hạng", R, max_value=19, code=_HANG),
    _so_338("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    _so_338("xếp thứ 6/19)", "6/19", 6, "hạng", PR, max_value=19, as_of=_APR_338, code=_HANG),
    # II. tasks: no figures (0213.3876.245 is a phone number)
]

# ------------------------------------------------------------ 339: Đoàn ĐBQH tỉnh Quảng Ngãi, quý III năm 2025
_JUL_339 = "2025-07-31"


def _voters(context: str, raw: str, value: float, unit: str, kind: str = C) -> Fact:
    """A figure of the Đoàn's meetings or of the voters' opinions it summarised: neither clearly the
    province's nor a named body's, and no catalogued indicator (subject, level and code unchecked)."""
    return F(context, raw, value, unit, kind, subject=ANY, level=ANY, code=ANY)


BLIND_339 = [
    # I. (1012/NQ-UBTVQH15, 41/KH-ĐĐBQH of 05/9/2025 and 118/2025/NĐ-CP of 09/6/2025 cited)
    _voters("tổ chức 24 cuộc", "24", 24, "cuộc"),
    _voters("với 3.615 lượt", "3.615", 3615, "lượt"),
    _voters("có 287 lượt", "287", 287, "lượt"),
    _voters("được 156 ý kiến", "156", 156, "ý kiến"),
    _voters("chuyển đổi số: 38", "38", 38, "ý kiến"),
    _voters("chiếm 24,36%", "24,36%", 24.36, "%", P),
    _voters("mặt bằng: 41", "41", 41, "ý kiến"),
    _voters("chiếm 26,28%", "26,28%", 26.28, "%", P),
    _voters("hai cấp: 29", "29", 29, "ý kiến"),
    _voters("chiếm 18,59%", "18,59%", 18.59, "%", P),
    _voters("khác: 48", "48", 48, "ý kiến"),
    _voters("chiếm 30,77%", "30,77%", 30.77, "%", P),
    _voters("cũ có 67 ý kiến", "67", 67, "ý kiến"),
    _voters("cũ có 89 ý kiến", "89", 89, "ý kiến"),
    _voters("Đối với 142 ý kiến", "142", 142, "ý kiến"),
    _voters("có 131 ý kiến", "131", 131, "ý kiến"),
    _voters("đạt 92,25%", "92,25%", 92.25, "%", P),
    _voters("còn 11 ý kiến", "11", 11, "ý kiến"),
    F("; 12 xã", "12", 12, "xã", C, subject=ANY, level="xã", code=None),
    F("cho 1.152 công chức", "1.152", 1152, "công chức", C, subject=ANY, level=ANY, code=ANY),
    # II. the province's figures (subject NULL)
    F("thực hiện 2.108", "2.108", 2108, "TTHC", C, code=_TTHC),
    F("cấp tỉnh 1.796", "1.796", 1796, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("cấp xã 312", "312", 312, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    F("tiếp nhận 186.402", "186.402", 186402, "hồ sơ", C, code=_TN),
    F("tuyến 142.917", "142.917", 142917, "hồ sơ", C, code=_NOP),
    F("chiếm 76,67%", "76,67%", 76.67, "%", code=_NOP, target=80, stated_status="chưa đạt"),
    F("là 80%;", "80%", 80, "%", T, as_of="2025-12-31", code=_NOP),
    F("cấp tỉnh đạt 85,42%", "85,42%", 85.42, "%", subject="cấp tỉnh", level="tỉnh", code=_NOP),
    F("cấp xã đạt 74,19%", "74,19%", 74.19, "%", subject="cấp xã", level="xã", code=_NOP),
    F("tiếp nhận 41.236", "41.236", 41236, "hồ sơ", C, subject="Trung tâm Phục vụ hành chính công tỉnh",
      level="tỉnh", code=_TN),
    F("(96 xã", "96", 96, "xã", C, subject="cấp xã", level="xã", code=None),
    F("tiếp nhận 145.166", "145.166", 145166, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    F("giải quyết 178.655", "178.655", 178655, "hồ sơ", C, code=ANY),
    F("đạt 97,84%", "97,84%", 97.84, "%", code=_DH),
    F("còn 3.859", "3.859", 3859, "hồ sơ", C, code=_QH),
    F("(cấp tỉnh 347", "347", 347, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_QH),
    F("cấp xã 3.512", "3.512", 3512, "hồ sơ", C, subject="cấp xã", level="xã", code=_QH),
    F("là 4,6 ngày", "4,6", 4.6, "ngày", code="766.tien_do.thoi_gian"),
    F("đạt 52,18%", "52,18%", 52.18, "%", code=_TT),
    F("đạt 64,35%", "64,35%", 64.35, "%", code=_SH),
    F("tiếp nhận 64 phản ánh", "64", 64, "PAKN", C, code=_PAKN_TN),
    F("xử lý 58 PAKN", "58", 58, "PAKN", C, code=_PAKN_XL),
    F("(90,63%)", "90,63%", 90.63, "%", code=_PAKN_TL),
    F("còn 06 PAKN", "06", 6, "PAKN", C, code=ANY),
    # II.6 tháng 9/2025 is the period end; tháng 7/2025 dated 2025-07-31
    F("đạt 79,86/100", "79,86/100", 79.86, "điểm", max_value=100, code=_TONG),
    F("thứ 21/34", "21/34", 21, "hạng", R, max_value=34, code=_HANG),
    F("(76,42 điểm", "76,42", 76.42, "điểm", PR, max_value=100, as_of=_JUL_339, code=_TONG),
    F("thứ 27/34)", "27/34", 27, "hạng", PR, max_value=34, as_of=_JUL_339, code=_HANG),
    F("tăng 3,44 điểm", "3,44", 3.44, "điểm", CH, code=_TONG),
    F("tăng 6 bậc", "6", 6, "hạng", CH, code=_HANG),
    *[F(f"{label} ({raw}", raw, _num(raw.split("/")[0]), "điểm", max_value=top, code=code)
      for label, raw, top, code in zip(
          ("minh bạch", "Tiến độ giải quyết", "Dịch vụ công trực tuyến", "Thanh toán trực tuyến", "hài lòng",
           "Số hóa hồ sơ"),
          ("17,24/18", "18,96/20", "9,58/12", "5,92/10", "17,44/18", "10,72/22"), _MAXIMA, _GROUPS, strict=True)],
    # III. requests
    F("cho 12 xã", "12", 12, "xã", C, subject=ANY, level="xã", code=None),
    F("tối thiểu 80%", "80%", 80, "%", T, as_of="2025-12-31", code=_NOP),
]

BLIND = {"335": BLIND_335, "336": BLIND_336, "337": BLIND_337, "338": BLIND_338, "339": BLIND_339}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "335": [
        ("2024-11-30", "day", "30/11/2024", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "UBND huyện Cẩm Xuyên, UBND huyện Thạch Hà"),
        ("2024-12-31", "year", "năm 2024", "tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2024-12-31", "month", "tháng 12/2024", "nâng cấp Hệ thống thông tin giải quyết TTHC",
         "Sở Thông tin và Truyền thông"),
        ("2024-11-25", "day", "ngày 25 tháng 11 năm 2024", "đồng bộ trạng thái hồ sơ",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        ("2025-03-31", "quarter", "quý I năm 2025", "kiểm tra công tác số hóa hồ sơ", "Văn phòng UBND tỉnh"),
        # issued 12/11/2024: the first "ngày 22 hằng tháng" is 22/11/2024
        ("2024-11-22", "recurring", "22 hằng tháng", "báo cáo kết quả thực hiện Bộ chỉ số",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
    "336": [
        ("2025-03-31", "quarter", "quý I năm 2025", "hội nghị kết nối cung cầu", "Phòng Quản lý thương mại"),
        ("2025-02-28", "day", "28/02/2025", "số hóa toàn bộ hồ sơ tiếp nhận", "Văn phòng Sở"),
        ("2025-03-31", "month", "tháng 3/2025", "dịch vụ công trực tuyến toàn trình", "Phòng Quản lý năng lượng"),
        ("2025-12-31", "year", "năm 2025", "sản phẩm OCOP còn lại lên sàn",
         "Trung tâm Khuyến công và Xúc tiến thương mại"),
        # issued 08/01/2025: the first "ngày 10 hằng tháng" is 10/01/2025
        ("2025-01-10", "recurring", "10 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các phòng, đơn vị thuộc Sở"),
    ],
    "337": [
        ("2025-04-25", "day", "25/4/2025", "phương án nâng tỷ lệ nộp hồ sơ trực tuyến",
         "UBND xã Long Giang, UBND xã Phước Tín"),
        ("2025-05-31", "month", "tháng 5/2025", "hỗ trợ kỹ thuật", "Phòng Văn hóa, Khoa học và Thông tin"),
        ("2025-06-30", "quarter", "quý II năm 2025", "tỷ lệ hồ sơ nộp trực tuyến", "UBND các phường, xã"),
        ("2025-05-15", "day", "ngày 15 tháng 5 năm 2025", "cập nhật đầy đủ kết quả số hóa hồ sơ",
         "Văn phòng HĐND và UBND thị xã"),
        # issued 04/4/2025: the first "ngày 18 hằng tháng" is 18/4/2025
        ("2025-04-18", "recurring", "18 hằng tháng", "gửi số liệu giải quyết TTHC",
         "Các cơ quan chuyên môn thuộc UBND thị xã và UBND các phường, xã"),
    ],
    "338": [
        ("2025-06-20", "day", "20/6/2025", "khắc phục các chỉ tiêu thành phần bị trừ điểm", "Phòng Chuyển đổi số"),
        ("2025-06-30", "day", "ngày 30 tháng 6 năm 2025", "nâng cấp giao diện Cổng thông tin điện tử tỉnh",
         "Trung tâm Công nghệ thông tin và Truyền thông"),
        ("2025-09-30", "quarter", "quý III năm 2025", "số hóa toàn bộ hồ sơ tiếp nhận tại cấp xã",
         "UBND huyện Mường Tè, UBND huyện Nậm Nhùn, UBND huyện Sìn Hồ"),
        ("2025-07-31", "month", "tháng 7/2025", "đăng ký tài khoản thanh toán trực tuyến", "Văn phòng Sở"),
        # issued 05/6/2025: the first "ngày 25 hằng tháng" is 25/6/2025
        ("2025-06-25", "recurring", "25 hằng tháng", "cập nhật số liệu Bộ chỉ số", "Các phòng, đơn vị thuộc Sở"),
    ],
    "339": [
        ("2025-12-31", "quarter", "quý IV năm 2025", "hướng dẫn bố trí công chức chuyên môn", "Bộ Nội vụ"),
        ("2025-12-31", "day", "31/12/2025", "hợp nhất hai Hệ thống thông tin giải quyết TTHC",
         "Bộ Khoa học và Công nghệ"),
        ("2025-11-15", "day", "ngày 15 tháng 11 năm 2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "UBND tỉnh"),
        ("2025-11-30", "month", "tháng 11/2025", "bổ sung công chức", "Sở Nội vụ"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ hồ sơ nộp trực tuyến", "UBND tỉnh"),
        # issued 10/10/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/11/2025
        ("2025-11-05", "recurring", "05 hằng tháng", "tổng hợp kết quả giải quyết kiến nghị của cử tri",
         "Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 335's issuer is the Văn phòng under "UBND TỈNH HÀ TĨNH", a Thông báo whose period is the month in its title;
# 336's issuer is Sở Công Thương under "UBND TỈNH HẢI DƯƠNG", an annual report issued in January 2025; 337's
# issuer is a thị xã under the province (province named in "Kính gửi"); 338's issuer is Sở Khoa học và Công nghệ
# under "UBND TỈNH LAI CHÂU"; 339's issuer is the Đoàn đại biểu Quốc hội tỉnh Quảng Ngãi (the merged province),
# period the quarter in its title.
META = {
    "335": {"doc_number": "486/TB-VP", "doc_type": "Thông báo", "issued_date": "2024-11-12",
            "province": "Hà Tĩnh", "period_label": "tháng 10 năm 2024", "period_start": "2024-10-01",
            "period_end": "2024-10-31", "signer": "Phan Đình Khôi"},
    "336": {"doc_number": "36/BC-SCT", "doc_type": "Báo cáo", "issued_date": "2025-01-08",
            "province": "Hải Dương", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Vũ Mạnh Hùng"},
    "337": {"doc_number": "87/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-04-04",
            "province": "Bình Phước", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Lê Văn Thạnh"},
    "338": {"doc_number": "214/BC-SKHCN", "doc_type": "Báo cáo", "issued_date": "2025-06-05",
            "province": "Lai Châu", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Tẩn Văn Sình"},
    "339": {"doc_number": "58/BC-ĐĐBQH", "doc_type": "Báo cáo", "issued_date": "2025-10-10",
            "province": "Quảng Ngãi", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Phạm Thị Thanh Vân"},
}
