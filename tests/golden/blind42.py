"""Blind golden facts for corpus/blind42/285_lai_chau.txt, 286_quang_ngai.txt, 287_soc_trang.txt, 288_gia_lai.txt and
289_ho_chi_minh.txt.

The five documents were written by the developers for a forty-second blind measurement (issuers, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind16.py and blind15.py: rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are kind
`count`; table cells are kind `value` with `extra={"source": "table"}` (a cell `x/max` carries its max);
`as_of="period"` is the period's end; `ANY` leaves a field unchecked where the sentence names no catalogued
indicator (`None` where it clearly names none). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị"
counts the unit `PAKN`, counts of "cơ quan"/"đơn vị" the unit `đơn vị` at the level of the bodies counted, a
count of local units the unit of its first unit word; a count of the files an indicator is computed on
carries that indicator's code; every "đã giải quyết" count, the "trước hạn"/"đúng hạn" parts of a settled
whole, files in progress, bare parts by channel and relative changes of a count have their code unchecked. A
change is dated at the period end; a fall ("giảm", "rút ngắn") is negative. A target "chỉ tiêu ... năm N"
is dated at the end of year N. Dates, document numbers, cited plans, letters, decisions and resolutions
("Kế hoạch số 58/KH-UBND", "Công văn số 1954/UBND-KSTT", "Quyết định số 286/QĐ-UBND", "Thông báo số
142/TB-VPUBND", "Quyết định số 766/QĐ-TTg", "Công văn số 6120/VPCP-KSTT", "Nghị quyết số 202/2025/QH15",
"Kế hoạch số 21/KH-UBND", "Công văn số 2317/VP-KSTT", "Quyết định số 08/QĐ-UBND", "Công văn số
3127/VP-KSTT"), "từ ngày 01/7/2025 đến ngày 30/9/2025", "tính đến hết ngày 31/12/2024", "Tính đến ngày
30/9/2025", section numbering ("I.", "1.", "a)", the Roman STT cells "I" … "VI" of 286's table), the STT column,
phone numbers ("0213.3876.512", "0255.3822.468", "0299.3862.145", "0256.3822.367", "028.3823.4517"), addresses
and names with numbers ("tầng 4, Trụ sở hợp khối số 2", "số 27 đường 3 Tháng 2", "số 172 Lê Hồng Phong",
"số 45 Lê Duẩn", "Quận 1 cũ", "Tổng đài 1022"), headings naming the next period ("IV. NHIỆM VỤ 6 THÁNG CUỐI
NĂM 2025", "VI. NHIỆM VỤ QUÝ IV NĂM 2025", "III. NHIỆM VỤ NĂM 2025", "IV. NHIỆM VỤ QUÝ IV NĂM 2025", "6. Nhiệm
vụ tháng 11 năm 2025": no deadlines), "quý IV" in "chuyển sang quý IV" and years are not figures.

New in this set (all written in 2025):
- 285 is a half-year Báo cáo of Sở Tài chính tỉnh Lai Châu (header "UBND TỈNH LAI CHÂU / SỞ TÀI CHÍNH"),
  6 tháng đầu năm 2025, issued 04/7/2025, after the Sở absorbed the Sở Kế hoạch và Đầu tư (01/3/2025, told in
  the text). Every figure is the Sở's (subject "Sở Tài chính", level tỉnh), except "toàn tỉnh có 1.842
  doanh nghiệp đang hoạt động" (the province's: subject and level NULL). "11 lĩnh vực" is a count with code
  None; "04 TTHC còn lại chỉ thực hiện trực tiếp" counts procedures without online service. Online business
  registration: the files, their online part and share, the processing time and its fall "rút ngắn 0,3
  ngày" are of one kind of file only (code unchecked, as golden/blind16.py's "Phiếu lý lịch tư pháp");
  "(6 tháng đầu năm 2024: 93,85%)" and "(6 tháng đầu năm 2024: 162 doanh nghiệp)" are previous values dated
  2024-06-30. The dash list "- <label>: N doanh nghiệp" counts enterprises (unit `doanh nghiệp`, code
  unchecked); "tăng 14,8%" is a relative change. "tăng 318 hồ sơ so với 6 tháng đầu năm 2024" is a change
  of files received. "(03 hồ sơ)" are overdue files of one field (subject ANY, level tỉnh). Its
  tab-separated table by field (STT column; unit stated before it "(đơn vị tính: hồ sơ)"; received, online,
  settled, overdue; `0` cells) has a "Tổng cộng" row with an empty STT cell (= the Sở; "06" written "6").
  "so với chỉ tiêu UBND tỉnh giao năm 2025 là 80% thì Sở đã đạt chỉ tiêu": the Sở's target dated
  2025-12-31, the 81,45% carries it with status "đạt". "tăng 11,06% so với quý IV năm 2024" is the change
  of the reuse share. "(qua Cổng Dịch vụ công quốc gia 02, qua đường dây nóng 01)" are bare parts of the
  PAKN received; "03/03 PAKN" one count (max 3). The quý II score and rank (quý II ends with the period)
  and "(xếp thứ 4/18)" of quý I dated 2025-03-31; the agencies' average (subject ANY, level tỉnh). The
  target "đến hết năm 2025 ... của Sở đạt tối thiểu 70%" is the Sở's. Five deadlines: day, month, quarter,
  year (with the target), "trước ngày 10 hằng tháng" (issued 04/7/2025: first 10/7/2025).
- 286 is a Báo cáo of UBND tỉnh Quảng Ngãi (after its merger with Kon Tum) to the Văn phòng Chính phủ
  assessing itself on the 766 index, quý III năm 2025, issued 08/10/2025. The province's figures have subject
  NULL; "96 đơn vị hành chính cấp xã (86 xã, 9 phường và 01 đặc khu Lý Sơn)" are counts of subject "cấp
  xã" (units `đơn vị`, `xã`, `phường`, `đặc khu`). Two totals for the same period: the one published on the
  portal ("87,56/100", rank "12/34", "so với ngày 31/7/2025 (85,42 điểm, xếp thứ 17/34) tăng 2,14 điểm và
  tăng 5 bậc": previous values dated 2025-07-31) and the self-assessed "89,02/100" (both 766.tong_hop at
  the period end). Its Markdown table lists the six groups (Roman STT cells, score `x/max` with the group's
  code) and, under four of them, their components with the component's share in "Tỷ lệ đạt được (%)" (a
  `%` cell, the catalogue code where the share is catalogued, `100` cells) and its points `x/max` ("6/6",
  "1,50/2"). New: a component's points are coded ANY — the catalogue codes of the components name their
  shares in %, the points are another quantity and no code for them has been fixed; a group row without
  components carries its one share ("98,10" on-time share; "70,58" the toàn trình share, code unchecked).
  The "Tổng cộng" row (empty STT) is the self-assessed total. "96.472/156.104 hồ sơ" is one count (max
  156104) of the payment share; "61,80%; chỉ tiêu năm 2025 là 70%, chưa đạt chỉ tiêu": the target dated
  2025-12-31 and the share's status "chưa đạt". "72/96 đơn vị cấp xã" is a count of communes offering
  electronic certification (unit `đơn vị`, level xã, code unchecked). Block averages (subject ANY) with
  "(tháng 7/2025: 86,04 điểm)" dated 2025-07-31; counts by grade ("14/19 cơ quan", "38/96 đơn vị" with
  their max; code None); best and worst bodies with scores in brackets (subject as written, "phường Cẩm
  Thành", level xã). The target "đến hết quý IV năm 2025 ... toàn tỉnh đạt tối thiểu 70%" in the task of
  Sở Tài chính is the province's (subject NULL). Five deadlines: day, "chậm nhất" day in words, quarter
  (for Sở Tài chính, not the banks it works with), month, "trước ngày 25 hằng tháng" (issued 08/10/2025:
  first 25/10/2025).
- 287 is an annual Báo cáo of UBND huyện Mỹ Tú (tỉnh Sóc Trăng, named in "Kính gửi"), năm 2024, issued
  07/01/2025. Figures under "a) Cấp huyện" have subject "cấp huyện" (level huyện), those under "b) Cấp xã"
  subject "cấp xã" (level xã), "274 TTHC cấp huyện" and "109 TTHC cấp xã" likewise; the district's own
  PAKN, VNeID accounts ("Toàn huyện có"), score and rank have subject "UBND huyện Mỹ Tú", level huyện.
  "tăng 9,7% so với năm 2023" is a relative change; "(năm 2023: 61,42%)" and "(năm 2023 xếp thứ 7/11)" are
  previous values dated 2023-12-31. "(44 hồ sơ)" are overdue land files at cấp huyện (subject ANY). "So
  với chỉ tiêu tỉnh giao năm 2024 về tỷ lệ hồ sơ nộp trực tuyến là 70%, cả cấp huyện và cấp xã đều đạt
  chỉ tiêu": one target for both levels (subject and level unchecked), dated 2024-12-31; both online shares
  carry it with status "đạt". "6/9 xã, thị trấn" is a count of communes (unit `xã`, level xã, code None).
  Its Markdown table lists the 9 xã, thị trấn in official order (subject as written, "Thị trấn Huỳnh Hữu
  Nghĩa", "Xã Long Hưng", level xã; files received, online, on-time and payment shares; two `100` cells)
  with a "Cộng" row with an empty STT cell (= cấp xã; its 24.517, 72,61, 99,83 and 57,54 are also in the
  prose). Payment targets by level after "tương ứng là 60% và 58%": the n-th target is the n-th level's;
  64,37% "đạt", 57,54% "chưa đạt". The target "đạt tối thiểu 65%" in the task of "UBND các xã, thị trấn" is
  theirs, dated 2025-12-31. Five deadlines: day for two named communes, "chậm nhất" day in words, quarter,
  year (with the target), "trước ngày 20 hằng tháng" (issued 07/01/2025: first 20/01/2025).
- 288 is a quarterly Báo cáo of Sở Dân tộc và Tôn giáo tỉnh Gia Lai (header "UBND TỈNH GIA LAI / SỞ DÂN
  TỘC VÀ TÔN GIÁO", formed 01/3/2025 and merged with Bình Định's on 01/7/2025, told in the text), quý III
  năm 2025, issued 06/10/2025. Every figure is the Sở's (subject "Sở Dân tộc và Tôn giáo", level tỉnh),
  except the parts by field ("37 TTHC lĩnh vực tôn giáo", "309 hồ sơ", "(118 hồ sơ)") and by former
  province ("khu vực tỉnh Gia Lai cũ có 183 hồ sơ"): subject ANY, level tỉnh, code unchecked. "03 công chức"
  is a count (unit `công chức`, code None); "01 quyết định" likewise; "100% TTHC được công khai" a share
  with code unchecked. "toàn trình và một phần lần lượt là 29 TTHC và 14 TTHC". New: a dash list by month
  "- Tháng 7/2025: tiếp nhận 97 hồ sơ, nộp trực tuyến 88 hồ sơ;" whose figures are dated at each month's
  end (September's = the period end); "tăng 0,80% so với tháng 8/2025" is the change of the online share.
  "(quý II năm 2025, tính chung hai Sở trước hợp nhất: 241 hồ sơ)" and "(quý II năm 2025: 35,10%)" are
  previous values dated 2025-06-30. "So với chỉ tiêu UBND tỉnh giao năm 2025 về tỷ lệ hồ sơ nộp trực
  tuyến (80%), Sở đã vượt chỉ tiêu": the Sở's target dated 2025-12-31; "vượt" (exceeded) is status "đạt".
  "không có hồ sơ quá hạn" and "không nhận được phản ánh, kiến nghị nào" state no figure. "14 hồ sơ thuộc
  TTHC có thu phí" is the base of the payment share (code unchecked), "10 hồ sơ" its paid part (payment
  code). "287 phiếu đánh giá" is a count of forms (unit `phiếu`, code unchecked). Rank "5/21 cơ quan cấp
  tỉnh", "tăng 4,67 điểm và tăng 6 bậc so với tháng 7/2025 (86,17 điểm, xếp thứ 11/21)": previous values
  dated 2025-07-31 (the Sở's score has no max). The Sở's six group scores `x/max` after "Điểm từng nhóm chỉ
  số của Sở:" separated by ";" ("20/20", "18/18"). The target "trong quý IV năm 2025 ... của Sở đạt tối
  thiểu 50%" is the Sở's, dated 2025-12-31. Five deadlines: day, month, "chậm nhất" day, quarter (with the
  target), "trước ngày 18 hằng tháng" (issued 06/10/2025: first 18/10/2025).
- 289 is a monthly Báo cáo of UBND phường Sài Gòn (Thành phố Hồ Chí Minh after the 1 July 2025 reform,
  named in "Kính gửi"), tháng 10 năm 2025, issued 05/11/2025. Every figure is the ward's (subject "UBND
  phường Sài Gòn", level xã), except the overdue files by field in brackets, the dash list by field ("-
  Hộ tịch: 2.384 hồ sơ, trực tuyến 2.206 hồ sơ (92,53%);": received, online files and share; subject
  ANY, level xã) and the city's average of its communes (subject ANY, level xã). "(tháng 9/2025: 5.973 hồ
  sơ), tăng 7,45%": a previous value dated 2025-09-30 and a relative change; "đúng hạn, trước hạn 6.109 hồ
  sơ (99,30%)" carries the on-time code. "2,7 ngày/hồ sơ, rút ngắn 0,2 ngày". New: cumulative figures
  "Lũy kế từ ngày 01/7/2025 đến hết tháng 10/2025" are dated at the period end (the month's end) like the
  month's own. "2.973/3.518 hồ sơ" is one count (max 3518); "chỉ tiêu năm 2025 Thành phố giao cho phường
  (80%) thì đã đạt chỉ tiêu": the ward's target dated 2025-12-31, the 84,51% "đạt". "1.126 trường hợp" of
  electronic certification. Rank "14/168 xã, phường, đặc khu"; "tăng 0,52 điểm nhưng giảm 3 bậc so với
  tháng 9/2025 (88,22 điểm, thứ 11/168)": a rise, a fall (-3) and previous values dated 2025-09-30. Two
  group scores of the ward. The target "đạt tối thiểu 85% trong tháng 12/2025" is the ward's, dated
  2025-12-31. Five deadlines: day, month (with the target), "chậm nhất" day in words, quarter, "trước ngày 03
  hằng tháng" (issued 05/11/2025, after the 3rd: first 03/12/2025).
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
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_Y2023 = "2023-12-31"
_Y2024 = "2024-12-31"
_Y2025 = "2025-12-31"


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs. A cell
    `x/max` carries max as its max_value."""
    facts = []
    raws = [cell[0] for cell in cells]
    for i, (raw, unit, kind, code, as_of) in enumerate(cells):
        context = sep + sep.join(raws[i:]) + end + after
        top = _num(raw.split("/")[1]) if "/" in raw else None
        facts.append(F(context, raw, _num(raw.split("/")[0]), unit, kind, max_value=top, subject=subject,
                       level=level, as_of=as_of, code=code, extra=TAB))
    return facts


# ------------------------------------------------------------ 285: Sở Tài chính tỉnh Lai Châu, 6 tháng đầu năm 2025
_STC = "Sở Tài chính"
_H1_2024 = "2024-06-30"


def _stc(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_STC, level="tỉnh", **kw)


def _row_285(subject: object, received: str, online: str, settled: str, overdue: str, after: str) -> list[Fact]:
    """One tab-separated row of a field (or the total): received, submitted online, settled, overdue files."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (settled, "hồ sơ", P, ANY, "period"), (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "tỉnh", cells, after, "\t", "\n")


BLIND_285 = [
    # I. (58/KH-UBND of 10/01/2025, 1954/UBND-KSTT of 16/6/2025 and 286/QĐ-UBND of 27/02/2025 cited)
    _stc("thực hiện 203 TTHC", "203", 203, "TTHC", C, code=_TTHC),
    _stc("thuộc 11 lĩnh vực", "11", 11, "lĩnh vực", C, code=None),
    _stc("trong đó 168 TTHC", "168", 168, "TTHC", C, code=_TOAN),
    _stc("toàn trình, 31 TTHC", "31", 31, "TTHC", C, code=_MOT),
    _stc("phần; 04 TTHC", "04", 4, "TTHC", C, code="766.dvctt.chua_cung_cap"),
    # II.1 online business registration (one kind of file: codes unchecked); 6 tháng đầu năm 2024 dated 2024-06-30
    _stc("tiếp nhận 1.046", "1.046", 1046, "hồ sơ", C, code=ANY),
    _stc("trong đó 1.018 hồ sơ", "1.018", 1018, "hồ sơ", C, code=ANY),
    _stc("chiếm 97,32%", "97,32%", 97.32, "%", code=ANY),
    _stc("2024: 93,85%)", "93,85%", 93.85, "%", PR, as_of=_H1_2024, code=ANY),
    _stc("bình quân là 1,8", "1,8", 1.8, "ngày", code=ANY),
    _stc("rút ngắn 0,3 ngày", "0,3", -0.3, "ngày", CH, code=ANY),
    _stc("mới: 186 doanh nghiệp", "186", 186, "doanh nghiệp", C, code=ANY),
    _stc("2024: 162 doanh nghiệp)", "162", 162, "doanh nghiệp", PR, as_of=_H1_2024, code=ANY),
    _stc("tăng 14,8%", "14,8%", 14.8, "%", CH, code=ANY),
    _stc("nghiệp: 412 hồ sơ", "412", 412, "hồ sơ", C, code=ANY),
    _stc("kinh doanh: 94", "94", 94, "doanh nghiệp", C, code=ANY),
    _stc("thời hạn: 37", "37", 37, "doanh nghiệp", C, code=ANY),
    _stc("Giải thể: 21", "21", 21, "doanh nghiệp", C, code=ANY),
    F("có 1.842 doanh nghiệp", "1.842", 1842, "doanh nghiệp", C, code=ANY),
    # II.2 all fields
    _stc("Sở tiếp nhận 2.384", "2.384", 2384, "hồ sơ", C, code=_TN),
    _stc("tăng 318 hồ sơ", "318", 318, "hồ sơ", CH, code=_TN),
    _stc("trực tuyến là 2.291", "2.291", 2291, "hồ sơ", C, code=_NOP),
    _stc("đạt 96,10%", "96,10%", 96.10, "%", code=_NOP),
    _stc("giải quyết 2.302", "2.302", 2302, "hồ sơ", C, code=ANY),
    _stc("trước hạn 2.117", "2.117", 2117, "hồ sơ", C, code=ANY),
    _stc("đúng hạn 179", "179", 179, "hồ sơ", C, code=ANY),
    _stc("quá hạn 06", "06", 6, "hồ sơ", C, code=_QH),
    _stc("đạt 99,74%", "99,74%", 99.74, "%", code=_DH),
    F("Nam (03 hồ sơ)", "03", 3, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    _stc("là 82 hồ sơ", "82", 82, "hồ sơ", C, code=ANY),
    # tab-separated table by field, "Tổng cộng" row (= the Sở)
    *_row_285(ANY, "1.046", "1.018", "1.012", "2", "2\tTin học"),
    *_row_285(ANY, "987", "973", "960", "0", "3\tQuản lý"),
    *_row_285(ANY, "214", "198", "205", "1", "4\tĐấu thầu"),
    *_row_285(ANY, "79", "53", "74", "0", "5\tĐầu tư"),
    *_row_285(ANY, "58", "49", "51", "3", "\tTổng cộng"),
    *_row_285(_STC, "2.384", "2.291", "2.302", "6", "\n3. Thanh toán"),
    # II.3 the Sở's 2025 target (dated at the year's end), "đã đạt chỉ tiêu"
    _stc("Sở đạt 81,45%", "81,45%", 81.45, "%", code=_TT, target=80, stated_status="đạt"),
    _stc("năm 2025 là 80%", "80%", 80, "%", T, as_of=_Y2025, code=_TT),
    _stc("TTHC đạt 98,62%", "98,62%", 98.62, "%", code=_SH),
    _stc("điện tử đạt 99,35%", "99,35%", 99.35, "%", code=_KQ),
    _stc("hóa đạt 56,18%", "56,18%", 56.18, "%", code=_TSD),
    _stc("tăng 11,06%", "11,06%", 11.06, "%", CH, code=_TSD),
    # II.4 bare parts by channel
    _stc("tiếp nhận 03 phản ánh", "03", 3, "PAKN", C, code=_PAKN_TN),
    _stc("quốc gia 02", "02", 2, "PAKN", C, code=ANY),
    _stc("nóng 01)", "01", 1, "PAKN", C, code=ANY),
    _stc("xong 03/03", "03/03", 3, "PAKN", C, max_value=3, code=_PAKN_XL),
    _stc("đạt 98,90%", "98,90%", 98.90, "%", code=_HL),
    # II.5 quý II (ends with the period); quý I năm 2025 dated 2025-03-31; the agencies' average
    _stc("Sở đạt 92,15", "92,15", 92.15, "điểm", code=_TONG),
    _stc("thứ 2/18", "2/18", 2, "hạng", R, max_value=18, code=_HANG),
    _stc("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    _stc("thứ 4/18)", "4/18", 4, "hạng", PR, max_value=18, as_of="2025-03-31", code=_HANG),
    F("là 87,36 điểm", "87,36", 87.36, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    # IV.4 the Sở's target by the end of 2025 ("tầng 4", "số 2" and 0213.3876.512 are no figures)
    _stc("tối thiểu 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TSD),
]

# ------------------------------------------------------------ 286: UBND tỉnh Quảng Ngãi, tự đánh giá quý III/2025
_JUL_286 = "2025-07-31"
_CAP_XA = {"subject": "cấp xã", "level": "xã"}


def _group_286(code: str, score: str, after: str, share: str | None = None, share_code: object = ANY) -> list[Fact]:
    """A group row of the self-assessment table: its score `x/max` (and, for a group without components, its
    one share in %)."""
    cells = [(score, "điểm", P, code, "period")]
    if share is not None:
        cells.insert(0, (share, "%", P, share_code, "period"))
    return _cells(None, None, cells, after, " | ", " |\n")


def _part_286(share: str, share_code: object, points: str, after: str) -> list[Fact]:
    """A component row: its share in % (catalogued code where there is one) and its points `x/max` (code
    unchecked: no code names a component's points)."""
    cells = [(share, "%", P, share_code, "period"), (points, "điểm", P, ANY, "period")]
    return _cells(None, None, cells, after, " | ", " |\n")


BLIND_286 = [
    # I. (766/QĐ-TTg, 6120/VPCP-KSTT of 11/8/2025 and 202/2025/QH15 of 12/6/2025 cited)
    F("có 96 đơn vị", "96", 96, "đơn vị", C, code=None, **_CAP_XA),
    F("(86 xã", "86", 86, "xã", C, code=None, **_CAP_XA),
    F("xã, 9 phường", "9", 9, "phường", C, code=None, **_CAP_XA),
    F("và 01 đặc khu", "01", 1, "đặc khu", C, code=None, **_CAP_XA),
    F("công bố 1.986", "1.986", 1986, "TTHC", C, code=_TTHC),
    F("gồm 1.579", "1.579", 1579, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("và 407 TTHC", "407", 407, "TTHC", C, code=_TTHC, **_CAP_XA),
    # II. published on the portal; 31/7/2025 dates the previous values
    F("đạt 87,56/100", "87,56/100", 87.56, "điểm", max_value=100, code=_TONG),
    F("thứ 12/34", "12/34", 12, "hạng", R, max_value=34, code=_HANG),
    F("(85,42 điểm", "85,42", 85.42, "điểm", PR, max_value=100, as_of=_JUL_286, code=_TONG),
    F("thứ 17/34)", "17/34", 17, "hạng", PR, max_value=34, as_of=_JUL_286, code=_HANG),
    F("tăng 2,14 điểm", "2,14", 2.14, "điểm", CH, code=_TONG),
    F("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    # III. self-assessed total and the Markdown table of groups and components
    F("là 89,02/100", "89,02/100", 89.02, "điểm", max_value=100, code=_TONG),
    *_group_286("766.cong_khai", "17,58/18", "| 1 | Tỷ lệ TTHC công bố"),
    *_part_286("100", "766.cong_khai.cong_bo_dung_han", "6/6", "| 2 | Tỷ lệ TTHC được cập nhật"),
    *_part_286("100", "766.cong_khai.cap_nhat_dung_han", "4/4", "| 3 | Tỷ lệ TTHC công khai đầy đủ"),
    *_part_286("100", ANY, "2/2", "| 4 | Tỷ lệ hồ sơ được đồng bộ"),
    *_part_286("93,00", "766.cong_khai.dong_bo", "5,58/6", "| II | Tiến độ"),
    *_group_286("766.tien_do", "19,62/20", "| III | Dịch vụ", "98,10", _DH),
    *_group_286("766.dvctt", "8,47/12", "| IV | Thanh toán", "70,58", ANY),
    *_group_286("766.thanh_toan", "7,56/10", "| 1 | Tỷ lệ TTHC có nghĩa vụ"),
    *_part_286("86,50", "766.thanh_toan.tthc_tich_hop", "2/2", "| 2 | Tỷ lệ TTHC có giao dịch"),
    *_part_286("74,00", "766.thanh_toan.tthc_giao_dich", "1,85/2", "| 3 | Tỷ lệ hồ sơ thanh toán"),
    *_part_286("61,80", _TT, "3,71/6", "| V | Mức độ"),
    *_group_286("766.hai_long", "17,58/18", "| 1 | Tỷ lệ PAKN"),
    *_part_286("98,00", "766.hai_long.pakn_dung_han", "5,88/6", "| 2 | Tỷ lệ hài lòng trong xử lý"),
    *_part_286("95,00", "766.hai_long.pakn", "5,70/6", "| 3 | Tỷ lệ hài lòng trong tiếp nhận"),
    *_part_286("97,25", _HL, "6/6", "| VI | Số hóa"),
    *_group_286("766.so_hoa", "18,21/22", "| 1 | Tỷ lệ hồ sơ có kết quả"),
    *_part_286("92,00", _KQ, "5,52/6", "| 2 | Tỷ lệ số hóa"),
    *_part_286("86,40", _SH, "4/4", "| 3 | Tỷ lệ xã cung cấp"),
    *_part_286("75,00", "766.so_hoa.chung_thuc", "1,50/2", "| 4 | Tỷ lệ khai thác"),
    *_part_286("48,40", _TSD, "1,21/2", "| 5 | Tỷ lệ hồ sơ được kết nối"),
    *_part_286("59,00", ANY, "2,36/4", "| 6 | Tỷ lệ hồ sơ có sử dụng"),
    *_part_286("81,00", ANY, "1,62/2", "| 7 | Tỷ lệ TTHC triển khai"),
    *_part_286("100", ANY, "2/2", "| | Tổng cộng"),
    *_group_286(_TONG, "89,02/100", "\nMột số chỉ số"),
    # the figures behind three groups; the 2025 target (dated at the year's end), "chưa đạt chỉ tiêu"
    F("tiếp nhận 402.618", "402.618", 402618, "hồ sơ", C, code=_TN),
    F("giải quyết 381.950", "381.950", 381950, "hồ sơ", C, code=ANY),
    F("đúng hạn 374.693", "374.693", 374693, "hồ sơ", C, code=_DH),
    F("(98,10%)", "98,10%", 98.10, "%", code=_DH),
    F("quá hạn 7.257", "7.257", 7257, "hồ sơ", C, code=_QH),
    F("tuyến: 96.472/156.104", "96.472/156.104", 96472, "hồ sơ", C, max_value=156104, code=_TT),
    F("đạt 61,80%", "61,80%", 61.80, "%", code=_TT, target=70, stated_status="chưa đạt"),
    F("năm 2025 là 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
    F("có 72/96", "72/96", 72, "đơn vị", C, max_value=96, subject=ANY, level="xã", code=ANY),
    F("chỉ đạt 48,40%", "48,40%", 48.40, "%", code=_TSD),
    # IV.1 the agencies: average (tháng 7/2025 dated 2025-07-31), counts by grade, best and worst
    F("bình quân đạt 88,15", "88,15", 88.15, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("2025: 86,04 điểm)", "86,04", 86.04, "điểm", PR, subject=ANY, level="tỉnh", as_of=_JUL_286, code=_TONG),
    F("Có 14/19", "14/19", 14, "đơn vị", C, max_value=19, subject=ANY, level="tỉnh", code=None),
    F("Tốt, 04 cơ quan", "04", 4, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("và 01 cơ quan", "01", 1, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("(95,40 điểm)", "95,40", 95.40, "điểm", subject="Sở Tư pháp", level="tỉnh", code=_TONG),
    F("(76,12 điểm)", "76,12", 76.12, "điểm", subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_TONG),
    # IV.2 the communes
    F("bình quân đạt 79,64", "79,64", 79.64, "điểm", subject=ANY, level="xã", code=_TONG),
    F("có 38/96", "38/96", 38, "đơn vị", C, max_value=96, subject=ANY, level="xã", code=None),
    F("Tốt, 45 đơn vị", "45", 45, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("Khá, 13 đơn vị", "13", 13, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("(93,85 điểm)", "93,85", 93.85, "điểm", subject="phường Cẩm Thành", level="xã", code=_TONG),
    F("(92,17 điểm)", "92,17", 92.17, "điểm", subject="phường Kon Tum", level="xã", code=_TONG),
    F("(61,27 điểm)", "61,27", 61.27, "điểm", subject="xã Măng Ri", level="xã", code=_TONG),
    # VI.3 the province's target by the end of quý IV năm 2025 (0255.3822.468 is a phone number)
    F("tối thiểu 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 287: UBND huyện Mỹ Tú (Sóc Trăng), năm 2024
_MT = "UBND huyện Mỹ Tú"
_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_XA = {"subject": "cấp xã", "level": "xã"}


def _district(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the district itself (subject its UBND, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_MT, level="huyện", **kw)


def _row_287(subject: str, received: str, online: str, on_time: str, paid: str, after: str) -> list[Fact]:
    """One Markdown row of a commune (or "Cộng" = cấp xã): files received, online, on-time and payment shares."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (on_time, "%", P, _DH, "period"), (paid, "%", P, _TT, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


BLIND_287 = [
    # I.1 (21/KH-UBND of 24/01/2024 cited; "số 27 đường 3 Tháng 2" is an address)
    F("đủ 274 TTHC", "274", 274, "TTHC", C, code=_TTHC, **_HUYEN),
    F("niêm yết 109", "109", 109, "TTHC", C, code=_TTHC, **_XA),
    # I.2 a) cấp huyện; năm 2023 dated 2023-12-31
    F("tiếp nhận 11.836", "11.836", 11836, "hồ sơ", C, code=_TN, **_HUYEN),
    F("tăng 9,7%", "9,7%", 9.7, "%", CH, code=ANY, **_HUYEN),
    F("là 8.702 hồ sơ", "8.702", 8702, "hồ sơ", C, code=_NOP, **_HUYEN),
    F("đạt 73,52%", "73,52%", 73.52, "%", code=_NOP, target=70, stated_status="đạt", **_HUYEN),
    F("2023: 61,42%)", "61,42%", 61.42, "%", PR, as_of=_Y2023, code=_NOP, **_HUYEN),
    F("giải quyết 11.604", "11.604", 11604, "hồ sơ", C, code=ANY, **_HUYEN),
    F("đúng hạn 11.553", "11.553", 11553, "hồ sơ", C, code=_DH, **_HUYEN),
    F("(99,56%)", "99,56%", 99.56, "%", code=_DH, **_HUYEN),
    F("quá hạn 51", "51", 51, "hồ sơ", C, code=_QH, **_HUYEN),
    F("(44 hồ sơ)", "44", 44, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    # I.2 b) cấp xã; best and worst units in brackets
    F("tiếp nhận 24.517", "24.517", 24517, "hồ sơ", C, code=_TN, **_XA),
    F("tuyến 17.801", "17.801", 17801, "hồ sơ", C, code=_NOP, **_XA),
    F("chiếm 72,61%", "72,61%", 72.61, "%", code=_NOP, target=70, stated_status="đạt", **_XA),
    F("đạt 99,83%", "99,83%", 99.83, "%", code=_DH, **_XA),
    F("(84,62%)", "84,62%", 84.62, "%", subject="Thị trấn Huỳnh Hữu Nghĩa", level="xã", code=_NOP),
    F("(58,07%)", "58,07%", 58.07, "%", subject="xã Mỹ Thuận", level="xã", code=_NOP),
    # one 2024 target for both levels; a count of communes
    F("trực tuyến là 70%", "70%", 70, "%", T, subject=ANY, level=ANY, as_of=_Y2024, code=_NOP),
    F("có 6/9", "6/9", 6, "xã", C, max_value=9, subject=ANY, level="xã", code=None),
    # Markdown table of the 9 xã, thị trấn; "Cộng" row (= cấp xã)
    *_row_287("Thị trấn Huỳnh Hữu Nghĩa", "4.126", "84,62", "99,93", "71,48", "| 2 | Xã Long Hưng"),
    *_row_287("Xã Long Hưng", "2.708", "72,15", "99,78", "58,36", "| 3 | Xã Hưng Phú"),
    *_row_287("Xã Hưng Phú", "2.541", "70,88", "100", "55,12", "| 4 | Xã Mỹ Hương"),
    *_row_287("Xã Mỹ Hương", "3.015", "74,03", "99,87", "60,45", "| 5 | Xã Mỹ Tú"),
    *_row_287("Xã Mỹ Tú", "2.487", "71,26", "99,64", "54,90", "| 6 | Xã Mỹ Phước"),
    *_row_287("Xã Mỹ Phước", "2.356", "68,70", "99,75", "52,38", "| 7 | Xã Mỹ Thuận"),
    *_row_287("Xã Mỹ Thuận", "2.064", "58,07", "99,52", "41,26", "| 8 | Xã Phú Mỹ"),
    *_row_287("Xã Phú Mỹ", "2.892", "73,41", "100", "59,74", "| 9 | Xã Thuận Hưng"),
    *_row_287("Xã Thuận Hưng", "2.328", "69,16", "99,87", "50,53", "| | Cộng"),
    *_row_287("cấp xã", "24.517", "72,61", "99,83", "57,54", "\n3. Thanh toán"),
    # I.3 payment targets by level after "tương ứng là" (2024: dated 2024-12-31)
    F("huyện đạt 64,37%", "64,37%", 64.37, "%", code=_TT, target=60, stated_status="đạt", **_HUYEN),
    F("xã đạt 57,54%", "57,54%", 57.54, "%", code=_TT, target=58, stated_status="chưa đạt", **_XA),
    F("là 60% và", "60%", 60, "%", T, as_of=_Y2024, code=_TT, **_HUYEN),
    F("và 58% thì", "58%", 58, "%", T, as_of=_Y2024, code=_TT, **_XA),
    F("huyện đạt 92,48%", "92,48%", 92.48, "%", code=_SH, **_HUYEN),
    F("xã đạt 85,16%", "85,16%", 85.16, "%", code=_SH, **_XA),
    # I.4 the district's own PAKN and VNeID accounts
    _district("tiếp nhận 27 phản ánh", "27", 27, "PAKN", C, code=_PAKN_TN),
    _district("xử lý 25 PAKN", "25", 25, "PAKN", C, code=_PAKN_XL),
    _district("(đạt 92,59%)", "92,59%", 92.59, "%", code=_PAKN_TL),
    _district("còn 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    _district("có 58.412", "58.412", 58412, "tài khoản", C, code=_TK),
    # I.5 rank among the province's 11 district-level units; năm 2023 dated 2023-12-31
    _district("đạt 86,93 điểm", "86,93", 86.93, "điểm", code=_TONG),
    _district("thứ 4/11", "4/11", 4, "hạng", R, max_value=11, code=_HANG),
    _district("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _district("thứ 7/11)", "7/11", 7, "hạng", PR, max_value=11, as_of=_Y2023, code=_HANG),
    F("đạt 82,40 điểm", "82,40", 82.40, "điểm", subject=ANY, level="xã", code=_TONG),
    F("(89,15 điểm)", "89,15", 89.15, "điểm", subject="xã Mỹ Hương", level="xã", code=_TONG),
    F("(74,08 điểm)", "74,08", 74.08, "điểm", subject="xã Mỹ Thuận", level="xã", code=_TONG),
    # III.4 the communes' target for 2025 (0299.3862.145 is a phone number)
    F("tối thiểu 65%", "65%", 65, "%", T, subject="UBND các xã, thị trấn", level="xã", as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 288: Sở Dân tộc và Tôn giáo tỉnh Gia Lai, quý III/2025
_SDT = "Sở Dân tộc và Tôn giáo"
_Q2_2025 = "2025-06-30"
_JUL_288 = "2025-07-31"
_PART = {"subject": ANY, "level": "tỉnh", "code": ANY}


def _sdt(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SDT, level="tỉnh", **kw)


BLIND_288 = [
    # I. (2317/VP-KSTT of 15/7/2025 and 08/QĐ-UBND of 01/7/2025 cited; "số 172 Lê Hồng Phong" is an address)
    _sdt("bố trí 03 công chức", "03", 3, "công chức", C, code=None),
    # II.1
    _sdt("ban hành 01 quyết định", "01", 1, "quyết định", C, code=None),
    _sdt("thực hiện 43 TTHC", "43", 43, "TTHC", C, code=_TTHC),
    F("gồm 37 TTHC", "37", 37, "TTHC", C, **_PART),
    F("và 06 TTHC", "06", 6, "TTHC", C, **_PART),
    _sdt("100% TTHC", "100%", 100, "%", code=ANY),
    _sdt("là 29 TTHC", "29", 29, "TTHC", C, code=_TOAN),
    _sdt("và 14 TTHC", "14", 14, "TTHC", C, code=_MOT),
    # II.2 quý II năm 2025 dated 2025-06-30; the Sở's 2025 target, "vượt chỉ tiêu" (= đạt)
    _sdt("Sở tiếp nhận 326", "326", 326, "hồ sơ", C, code=_TN),
    _sdt("hợp nhất: 241 hồ sơ)", "241", 241, "hồ sơ", PR, as_of=_Q2_2025, code=_TN),
    _sdt("tuyến 301 hồ sơ", "301", 301, "hồ sơ", C, code=_NOP),
    _sdt("chiếm 92,33%", "92,33%", 92.33, "%", code=_NOP, target=80, stated_status="đạt"),
    _sdt("trực tuyến (80%)", "80%", 80, "%", T, as_of=_Y2025, code=_NOP),
    # the dash list by month, each dated at its month's end (September = the period end)
    _sdt("tiếp nhận 97 hồ sơ", "97", 97, "hồ sơ", C, as_of="2025-07-31", code=_TN),
    _sdt("trực tuyến 88 hồ sơ", "88", 88, "hồ sơ", C, as_of="2025-07-31", code=_NOP),
    _sdt("tiếp nhận 108 hồ sơ", "108", 108, "hồ sơ", C, as_of="2025-08-31", code=_TN),
    _sdt("trực tuyến 100 hồ sơ", "100", 100, "hồ sơ", C, as_of="2025-08-31", code=_NOP),
    _sdt("tiếp nhận 121 hồ sơ", "121", 121, "hồ sơ", C, code=_TN),
    _sdt("trực tuyến 113 hồ sơ", "113", 113, "hồ sơ", C, code=_NOP),
    _sdt("đạt 93,39%", "93,39%", 93.39, "%", code=_NOP),
    _sdt("tăng 0,80%", "0,80%", 0.80, "%", CH, code=_NOP),
    # parts by former province and by field
    F("cũ có 183", "183", 183, "hồ sơ", C, **_PART),
    F("cũ có 143", "143", 143, "hồ sơ", C, **_PART),
    F("là 309 hồ sơ", "309", 309, "hồ sơ", C, **_PART),
    F("là 17 hồ sơ", "17", 17, "hồ sơ", C, **_PART),
    F("(118 hồ sơ)", "118", 118, "hồ sơ", C, **_PART),
    F("(64 hồ sơ)", "64", 64, "hồ sơ", C, **_PART),
    # settled files; quý II năm 2025 dated 2025-06-30 for the fall of the processing time
    _sdt("giải quyết 305", "305", 305, "hồ sơ", C, code=ANY),
    _sdt("trước hạn 276", "276", 276, "hồ sơ", C, code=ANY),
    _sdt("đúng hạn 29 hồ sơ", "29", 29, "hồ sơ", C, code=ANY),
    _sdt("hạn đạt 100%", "100%", 100, "%", code=_DH),
    _sdt("là 21 hồ sơ", "21", 21, "hồ sơ", C, code=ANY),
    _sdt("là 4,6", "4,6", 4.6, "ngày", code=_TIME),
    _sdt("rút ngắn 1,2", "1,2", -1.2, "ngày", CH, code=_TIME),
    # II.3
    _sdt("có 14 hồ sơ", "14", 14, "hồ sơ", C, code=ANY),
    _sdt("trong đó 10 hồ sơ", "10", 10, "hồ sơ", C, code=_TT),
    _sdt("đạt 71,43%", "71,43%", 71.43, "%", code=_TT),
    _sdt("TTHC đạt 100%", "100%", 100, "%", code=_SH),
    _sdt("điện tử đạt 96,72%", "96,72%", 96.72, "%", code=_KQ),
    _sdt("hóa đạt 41,28%", "41,28%", 41.28, "%", code=_TSD),
    _sdt("2025: 35,10%)", "35,10%", 35.10, "%", PR, as_of=_Q2_2025, code=_TSD),
    # II.4
    _sdt("Qua 287 phiếu", "287", 287, "phiếu", C, code=ANY),
    _sdt("đạt 99,65%", "99,65%", 99.65, "%", code=_HL),
    # II.5 rank among the province's agencies; tháng 7/2025 dated 2025-07-31; the Sở's six groups
    _sdt("Sở đạt 90,84", "90,84", 90.84, "điểm", code=_TONG),
    _sdt("thứ 5/21", "5/21", 5, "hạng", R, max_value=21, code=_HANG),
    _sdt("tăng 4,67 điểm", "4,67", 4.67, "điểm", CH, code=_TONG),
    _sdt("tăng 6 bậc", "6", 6, "hạng", CH, code=_HANG),
    _sdt("(86,17 điểm", "86,17", 86.17, "điểm", PR, as_of=_JUL_288, code=_TONG),
    _sdt("thứ 11/21)", "11/21", 11, "hạng", PR, max_value=21, as_of=_JUL_288, code=_HANG),
    _sdt("minh bạch 17,84/18", "17,84/18", 17.84, "điểm", max_value=18, code="766.cong_khai"),
    _sdt("giải quyết 20/20", "20/20", 20, "điểm", max_value=20, code="766.tien_do"),
    _sdt("trực tuyến 10,48/12", "10,48/12", 10.48, "điểm", max_value=12, code="766.dvctt"),
    _sdt("trực tuyến 7,16/10", "7,16/10", 7.16, "điểm", max_value=10, code="766.thanh_toan"),
    _sdt("hài lòng 18/18", "18/18", 18, "điểm", max_value=18, code="766.hai_long"),
    _sdt("hồ sơ 17,36/22", "17,36/22", 17.36, "điểm", max_value=22, code="766.so_hoa"),
    # IV.4 the Sở's target in quý IV năm 2025 (0256.3822.367 is a phone number)
    _sdt("tối thiểu 50%", "50%", 50, "%", T, as_of=_Y2025, code=_TSD),
]

# ------------------------------------------------------------ 289: UBND phường Sài Gòn (TP HCM), tháng 10 năm 2025
_SG = "UBND phường Sài Gòn"
_SEP_289 = "2025-09-30"
_FIELD = {"subject": ANY, "level": "xã"}


def _ward(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the ward itself (subject its UBND, level xã)."""
    return F(context, raw, value, unit, kind, subject=_SG, level="xã", **kw)


def _field_289(name: str, received: str, online: str, share: str) -> list[Fact]:
    """One dash-list line `- <field>: N hồ sơ, trực tuyến M hồ sơ (x%);`: received, online files and share."""
    return [
        F(f"{name}: {received}", received, _num(received), "hồ sơ", C, code=_TN, **_FIELD),
        F(f"trực tuyến {online} hồ sơ ({share}%)", online, _num(online), "hồ sơ", C, code=_NOP, **_FIELD),
        F(f"({share}%)", f"{share}%", _num(share), "%", code=_NOP, **_FIELD),
    ]


BLIND_289 = [
    # 1. (3127/VP-KSTT of 18/7/2025 cited; "Quận 1 cũ" is a name, "số 45 Lê Duẩn" an address)
    _ward("quyết 378 TTHC", "378", 378, "TTHC", C, code=_TTHC),
    _ward("trong đó 301 TTHC", "301", 301, "TTHC", C, code=_TOAN),
    # 2. tháng 9/2025 dated 2025-09-30
    _ward("tiếp nhận: 6.418", "6.418", 6418, "hồ sơ", C, code=_TN),
    _ward("(tháng 9/2025: 5.973", "5.973", 5973, "hồ sơ", PR, as_of=_SEP_289, code=_TN),
    _ward("tăng 7,45%", "7,45%", 7.45, "%", CH, code=ANY),
    _ward("tuyến 5.207 hồ sơ", "5.207", 5207, "hồ sơ", C, code=_NOP),
    _ward("chiếm 81,13%", "81,13%", 81.13, "%", code=_NOP),
    _ward("quyết: 6.152", "6.152", 6152, "hồ sơ", C, code=ANY),
    _ward("trước hạn 6.109", "6.109", 6109, "hồ sơ", C, code=_DH),
    _ward("(99,30%)", "99,30%", 99.30, "%", code=_DH),
    _ward("quá hạn 43", "43", 43, "hồ sơ", C, code=_QH),
    F("dựng 31 hồ sơ", "31", 31, "hồ sơ", C, code=_QH, **_FIELD),
    F("đai 12 hồ sơ", "12", 12, "hồ sơ", C, code=_QH, **_FIELD),
    _ward("quyết: 266", "266", 266, "hồ sơ", C, code=ANY),
    _ward("trung bình: 2,7", "2,7", 2.7, "ngày", code=_TIME),
    _ward("rút ngắn 0,2", "0,2", -0.2, "ngày", CH, code=_TIME),
    # the dash list by field
    *_field_289("Hộ tịch", "2.384", "2.206", "92,53"),
    *_field_289("Chứng thực", "1.957", "1.512", "77,26"),
    *_field_289("Đăng ký hộ kinh doanh", "846", "823", "97,28"),
    *_field_289("Xây dựng", "412", "344", "83,50"),
    *_field_289("Các lĩnh vực khác", "819", "322", "39,32"),
    # cumulative since 01/7/2025, dated at the period end
    _ward("nhận 24.861", "24.861", 24861, "hồ sơ", C, code=_TN),
    _ward("tuyến 19.874", "19.874", 19874, "hồ sơ", C, code=_NOP),
    _ward("(79,94%)", "79,94%", 79.94, "%", code=_NOP),
    _ward("bình quân đạt 99,12%", "99,12%", 99.12, "%", code=_DH),
    # 3. the ward's 2025 target (dated at the year's end), "đã đạt chỉ tiêu"
    _ward("tuyến: 2.973/3.518", "2.973/3.518", 2973, "hồ sơ", C, max_value=3518, code=_TT),
    _ward("đạt 84,51%", "84,51%", 84.51, "%", code=_TT, target=80, stated_status="đạt"),
    _ward("(tháng 9/2025: 80,26%)", "80,26%", 80.26, "%", PR, as_of=_SEP_289, code=_TT),
    _ward("phường (80%)", "80%", 80, "%", T, as_of=_Y2025, code=_TT),
    _ward("tiếp nhận đạt 97,85%", "97,85%", 97.85, "%", code=_SH),
    _ward("điện tử đạt 95,40%", "95,40%", 95.40, "%", code=_KQ),
    _ward("hóa đạt 53,62%", "53,62%", 53.62, "%", code=_TSD),
    _ward("chính 1.126", "1.126", 1126, "trường hợp", C, code=_CT),
    # 4. ("Tổng đài 1022" is a name)
    _ward("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _ward("xử lý 08 PAKN", "08", 8, "PAKN", C, code=_PAKN_XL),
    _ward("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    _ward("đạt 98,76%", "98,76%", 98.76, "%", code=_HL),
    # 5. rank among the city's 168 xã, phường, đặc khu; tháng 9/2025 dated 2025-09-30
    _ward("đạt 88,74 điểm", "88,74", 88.74, "điểm", code=_TONG),
    _ward("thứ 14/168", "14/168", 14, "hạng", R, max_value=168, code=_HANG),
    _ward("tăng 0,52 điểm", "0,52", 0.52, "điểm", CH, code=_TONG),
    _ward("giảm 3 bậc", "3", -3, "hạng", CH, code=_HANG),
    _ward("(88,22 điểm", "88,22", 88.22, "điểm", PR, as_of=_SEP_289, code=_TONG),
    _ward("thứ 11/168)", "11/168", 11, "hạng", PR, max_value=168, as_of=_SEP_289, code=_HANG),
    _ward("đạt 8,62/10", "8,62/10", 8.62, "điểm", max_value=10, code="766.thanh_toan"),
    _ward("đạt 18,05/22", "18,05/22", 18.05, "điểm", max_value=22, code="766.so_hoa"),
    F("là 81,37 điểm", "81,37", 81.37, "điểm", subject=ANY, level="xã", code=_TONG),
    # 6. the ward's target in tháng 12/2025 (028.3823.4517 is a phone number)
    _ward("tối thiểu 85%", "85%", 85, "%", T, as_of=_Y2025, code=_TT),
]

BLIND = {"285": BLIND_285, "286": BLIND_286, "287": BLIND_287, "288": BLIND_288, "289": BLIND_289}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "285": [
        ("2025-07-15", "day", "15/7/2025", "giải quyết dứt điểm các hồ sơ đăng ký doanh nghiệp",
         "Phòng Doanh nghiệp, kinh tế tập thể và tư nhân"),
        ("2025-08-31", "month", "tháng 8/2025", "rà soát quy trình nội bộ", "Phòng Quản lý đầu tư"),
        ("2025-09-30", "quarter", "quý III năm 2025", "tích hợp thanh toán trực tuyến", "Văn phòng Sở"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ khai thác, sử dụng lại thông tin",
         "Các phòng, đơn vị thuộc Sở"),
        # issued 04/7/2025: the first "ngày 10 hằng tháng" is 10/7/2025
        ("2025-07-10", "recurring", "10 hằng tháng", "tổng hợp kết quả giải quyết TTHC", "Văn phòng Sở"),
    ],
    "286": [
        ("2025-10-31", "day", "31/10/2025", "đồng bộ dữ liệu hồ sơ", "Sở Khoa học và Công nghệ"),
        ("2025-11-15", "day", "ngày 15 tháng 11 năm 2025", "chứng thực bản sao điện tử", "Sở Tư pháp"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-10-31", "month", "tháng 10/2025", "xây dựng kế hoạch khắc phục", "UBND các xã xếp loại Trung bình"),
        # issued 08/10/2025: the first "ngày 25 hằng tháng" is 25/10/2025
        ("2025-10-25", "recurring", "25 hằng tháng", "tự đánh giá kết quả Bộ chỉ số",
         "Các sở, ban, ngành, UBND các xã, phường, đặc khu"),
    ],
    "287": [
        ("2025-01-24", "day", "24/01/2025", "xây dựng kế hoạch nâng cao tỷ lệ nộp hồ sơ trực tuyến",
         "UBND xã Mỹ Thuận, UBND xã Mỹ Phước"),
        ("2025-02-14", "day", "ngày 14 tháng 02 năm 2025", "ban hành Kế hoạch kiểm soát TTHC năm 2025",
         "Văn phòng HĐND và UBND huyện"),
        ("2025-03-31", "quarter", "quý I năm 2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Phòng Tài nguyên và Môi trường"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "UBND các xã, thị trấn"),
        # issued 07/01/2025: the first "ngày 20 hằng tháng" is 20/01/2025
        ("2025-01-20", "recurring", "20 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các cơ quan chuyên môn thuộc UBND huyện, UBND các xã, thị trấn"),
    ],
    "288": [
        ("2025-10-31", "day", "31/10/2025", "nộp hồ sơ trực tuyến toàn trình", "Phòng Tôn giáo"),
        ("2025-11-30", "month", "tháng 11/2025", "xây dựng quy trình nội bộ", "Văn phòng Sở"),
        ("2025-12-20", "day", "20/12/2025", "số hóa hồ sơ lưu trữ", "Phòng Chính sách dân tộc"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "tỷ lệ khai thác, sử dụng lại thông tin", "Các phòng thuộc Sở"),
        # issued 06/10/2025: the first "ngày 18 hằng tháng" is 18/10/2025
        ("2025-10-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Văn phòng Sở"),
    ],
    "289": [
        ("2025-11-14", "day", "14/11/2025", "giải quyết dứt điểm các hồ sơ xây dựng quá hạn",
         "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2025-12-31", "month", "tháng 12/2025", "tỷ lệ hồ sơ thanh toán trực tuyến",
         "Trung tâm Phục vụ hành chính công phường"),
        ("2025-11-28", "day", "ngày 28 tháng 11 năm 2025", "rà soát các hồ sơ hộ tịch", "Phòng Văn hóa - Xã hội"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "bố trí thêm nhân sự", "Văn phòng HĐND và UBND phường"),
        # issued 05/11/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/12/2025
        ("2025-12-03", "recurring", "03 hằng tháng", "tổng hợp số liệu", "Trung tâm Phục vụ hành chính công phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 285's issuer is Sở Tài chính under "UBND TỈNH LAI CHÂU", a half-year report; 286's issuer is UBND tỉnh Quảng
# Ngãi (after the merger), period the quarter in its title; 287's issuer is a district (province named in "Kính
# gửi"), an annual report issued in January 2025; 288's issuer is Sở Dân tộc và Tôn giáo under "UBND TỈNH GIA
# LAI"; 289's issuer is a post-merger ward of Thành phố Hồ Chí Minh (named in "Kính gửi"), period the month in
# its title.
META = {
    "285": {"doc_number": "1126/BC-STC", "doc_type": "Báo cáo", "issued_date": "2025-07-04",
            "province": "Lai Châu", "period_label": "6 tháng đầu năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-06-30", "signer": "Phạm Đức Thịnh"},
    "286": {"doc_number": "287/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-10-08",
            "province": "Quảng Ngãi", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Võ Minh Trí"},
    "287": {"doc_number": "08/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-01-07",
            "province": "Sóc Trăng", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Thạch Văn Quyền"},
    "288": {"doc_number": "214/BC-SDTTG", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Gia Lai", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Rơ Châm Hiền"},
    "289": {"doc_number": "286/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-11-05",
            "province": "Hồ Chí Minh", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Huỳnh Thị Ngọc Lan"},
}
