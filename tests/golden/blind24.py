"""Blind golden facts for corpus/blind24/195_nam_dinh.txt, 196_khanh_hoa.txt, 197_cao_bang.txt, 198_kon_tum.txt
and 199_soc_trang.txt.

The five documents were written by the developers for a twenty-fourth blind measurement (issuers, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind13.py … blind16.py: rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are kind
`count`; table cells are kind `value` even when they count (rank cells written as plain numbers are kind
`rank`, unit `hạng`, no max_value, as golden/blind13.py's 148 does), with `extra={"source": "table"}`;
`as_of="period"` is the period's end; `ANY` leaves a field unchecked where the sentence names no catalogued
indicator (`None` where it clearly names none). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị"
counts the unit `PAKN`; a count of local units takes the unit of its first unit word ("04 huyện" → `huyện`,
"139/139 xã, phường, thị trấn" → `xã`), counts of "cơ quan"/"đơn vị"/"sở, ban, ngành" the unit `đơn vị`,
at the level of the bodies counted; every "đã giải quyết" count, the parts of a received or settled whole
("kỳ trước chuyển sang", "tiếp nhận mới", "trước hạn", "đúng hạn" apart) and a relative change of a count
("tăng 9,4% so với cùng kỳ năm 2023") have their code unchecked. A table column dated before the period end
keeps kind `value` with that date as `as_of`; a change is dated at the period end; a fall ("giảm", "rút
ngắn") is negative. A target "chỉ tiêu năm N" is dated at the end of year N and the share it is compared
with carries it (`target`, `stated_status`). Dates, document numbers, cited plans, letters and decisions
("Kế hoạch số 118/KH-UBND", "Quyết định số 2671/QĐ-UBND", "Công văn số 3915/UBND-KSTT", "Kế hoạch số
96/KH-CAT-PC06", "Quyết định số 766/QĐ-TTg", "Quyết định số 1524/QĐ-UBND", "Công văn số 528/VP-KSTT",
"Quyết định số 98/QĐ-UBND", "Kế hoạch số 31/KH-UBND", "Công văn số 2841/SNV-CCHC"), "Đề án 06", "Phòng
PC06", "Tính đến ngày 30/6/2024", "Lũy kế đến ngày 30/9/2024", "17 giờ 00 ngày 31/3/2025", the stated
window "từ ngày 01/01/2024 đến ngày 31/12/2024", "giai đoạn 2023 - 2025", section numbering ("I.", "1.",
"a)", "1.1.", "2.4.", "đ)"), periods ("6 tháng đầu năm 2024"), the STT/TT column, phone numbers
("0228.3849.126", "0258.3822.245", "0206.3852.417", "0260.3862.319"), addresses ("số 80 đường Trần Phú",
"đường 30 Tháng 4"), month names ("tháng 1, tháng 2 và tháng 3"), the text column "Xếp loại", headings naming
the next period ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024", "III. NHIỆM VỤ QUÝ IV NĂM 2024", "7.
Nhiệm vụ quý II năm 2025", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025": no deadlines) and years are not figures.

New in this set:
- 195 is a six-month Báo cáo sơ kết of the Ban Chỉ đạo cải cách hành chính tỉnh Nam Định (header "UBND
  TỈNH NAM ĐỊNH / BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH", signed "TM. BAN CHỈ ĐẠO / KT. TRƯỞNG BAN / PHÓ TRƯỞNG
  BAN"), 6 tháng đầu năm 2024, issued 04/7/2024, covering the whole of public-administration reform, not
  only TTHC. Province figures have subject NULL. The Ban Chỉ đạo's own work ("ban hành 14 văn bản", "03
  đoàn kiểm tra") and the acts of the province's councils ("23 văn bản quy phạm pháp luật, gồm 06 nghị
  quyết và 17 quyết định") are counts with code None, unit the noun counted; their subject and level are
  left unchecked (the body that acts is not the subject of an indicator). "tại 06 sở, ban, ngành và 04
  huyện" are counts of bodies (`đơn vị` level tỉnh; `huyện` level huyện). "1.412 thủ tục, chiếm 71,75%"
  carries the "tthc_cung_cap" code, as golden/blind14.py's 149 does. "trước hạn và đúng hạn 402.318 hồ sơ
  (đạt 99,31%)" carries the on-time code. On-time shares by level after "lần lượt là". Its Markdown table
  lists the ten district-level units (subject as written, "UBND thành phố Nam Định", level huyện; files
  received, online share, on-time share; one "100" cell) with a "Tổng cộng" row with an empty STT cell (=
  cấp huyện; its 98,45 is also in the prose). "(chỉ tiêu năm 2024 là 50%, đã đạt chỉ tiêu)": the target
  dated 2024-12-31, the 52,37% carries it with status "đạt". "tăng 12,18% so với cùng kỳ năm 2023" is the
  change of the digitisation share. "18 sở, ban, ngành, 10 đơn vị hành chính cấp huyện và 226 đơn vị hành
  chính cấp xã" are counts of units (`đơn vị`, the second subject "cấp huyện", the third "cấp xã"). The
  share of signed documents is `cds.ky_so`; accounts `tai_khoan_dinh_danh`. The PAR Index 2023 ("87,16
  điểm, xếp thứ 19/63") and SIPAS 2023 ("82,45%") are dated 2023-12-31 (codes `par_index`, `sipas`, as
  golden/facts.py's SEED_101 does). "tăng 3 bậc so với quý I năm 2024 (xếp thứ 24/63)": the previous rank
  dated 2024-03-31. Block averages by level (subject ANY). "Có 07/10 huyện, thành phố xếp loại Tốt, 03
  huyện xếp loại Khá" are counts (unit `huyện`). The task's "đạt tối thiểu 60% trong quý IV năm 2024" is
  the province's target (subject NULL), dated 2024-12-31. Five deadlines: day, month for two named units,
  quarter (with the target), "chậm nhất" day in words, "trước ngày 10 hằng tháng" for a list of bodies
  with a bracket holding a phone number (issued 04/7/2024: first 10/7/2024).
- 196 is a quarterly Báo cáo of Công an tỉnh Khánh Hòa (header "BỘ CÔNG AN / CÔNG AN TỈNH KHÁNH HÒA",
  number "2486/BC-CAT-PC06", signer written with his rank "Đại tá Lê Quang Vinh": the signer is the name),
  quý III năm 2024, on the online services of the provincial police. The police's own figures have level
  tỉnh; their subject is left unchecked (ANY): the header writes "Công an tỉnh Khánh Hòa", the body
  "Công an tỉnh" and "Công an tỉnh và Công an các đơn vị, địa phương", and both readings are fair. "12 lĩnh
  vực" is a count with code None. "159 TTHC (toàn trình 98 TTHC, một phần 61 TTHC), đạt 91,38%" carries the
  "tthc_cung_cap" code for the whole and its share. "tăng 7.325 hồ sơ so với quý II năm 2024 (89.093 hồ
  sơ)" and "tăng 6,12% so với quý II năm 2024 (52,62%)" are changes and previous values dated 2024-06-30.
  Files received by level after "Phân theo cấp:" (subject "cấp tỉnh"/"cấp huyện"/"cấp xã"). Its
  tab-separated table by field (units in the headers; a "46,00" cell) has a "Cộng" row with an empty TT
  cell (= the police, its figures also in the prose); field rows have subject ANY, level tỉnh. "Tỷ lệ hồ
  sơ đăng ký cư trú nộp trực tuyến đạt 89,65%, đạt chỉ tiêu Bộ Công an giao năm 2024 là 80%": one field's
  share (code unchecked) carrying a target dated 2024-12-31 with status "đạt". The province-wide accounts
  "toàn tỉnh đã kích hoạt 763.518 tài khoản định danh điện tử, đạt 71,46%" have subject and level
  unchecked (the province itself or the police that activated them); two cities' accounts are level huyện.
  "Công an 139/139 xã, phường, thị trấn" counts communes (unit `xã`, max 139). "09/09 PAKN" is one count
  (max 9). The target "Công an các huyện, thị xã, thành phố phấn đấu đến hết năm 2024 … đạt tối thiểu 65%"
  is theirs (level huyện), dated 2024-12-31. Five deadlines: day, year (with the target), month, "chậm
  nhất" day in words, "trước ngày 15 hằng tháng" (issued 04/10/2024: first 15/10/2024).
- 197 is a Thông báo of UBND tỉnh Cao Bằng, quý I năm 2025, issued 11/4/2025, ranking its 14 agencies
  (post-March 2025 names: "Sở Dân tộc và Tôn giáo", "Sở Nông nghiệp và Môi trường") and its 10
  district-level units on the 766 index. The province's figures have subject NULL: total "80,37/100",
  rank "42/63", "tăng 2,14 điểm và tăng 6 bậc so với quý IV năm 2024 (78,23 điểm, xếp thứ 48/63)" (previous
  values dated 2024-12-31, the previous total on the /100 scale). Six group scores "<group> x/max" after
  "Điểm các nhóm chỉ số:" separated by ";" (sum 80,37). Block averages (subject ANY; levels tỉnh/huyện/xã)
  with a change and a previous value "(quý IV năm 2024: 76,54 điểm)". Counts by grade ("Có 08/14 cơ quan
  xếp loại Tốt, 04 cơ quan …", "Có 01/10 đơn vị …": unit `đơn vị`, code None). Two Markdown tables: the
  agencies in official order (scores "Điểm quý IV/2024" dated 2024-12-31 and "Điểm quý I/2025", a plain
  rank column that differs from the STT, a text "Xếp loại" column), the districts with centred and
  right-aligned separators (score, rank, online-payment share); neither has a total row. "(giảm 1,43
  điểm)" and "06 hồ sơ giải quyết quá hạn" are Sở Dân tộc và Tôn giáo's. The best and worst communes carry
  their score in brackets (subject as written, level xã). The task's "tỷ lệ số hóa hồ sơ, kết quả giải
  quyết TTHC của tỉnh đạt tối thiểu 80%" is the province's target (subject NULL), dated 2025-12-31. Five
  deadlines after "Chủ tịch UBND tỉnh yêu cầu:": day (two bodies, "gửi Văn phòng UBND tỉnh" names only
  the recipient), quarter, month, year (with the target), "chậm nhất" day in words (its task names "quý II
  năm 2025", which is no deadline of its own).
- 198 is a quarterly Báo cáo of Sở Tài chính tỉnh Kon Tum (header "UBND TỈNH KON TUM / SỞ TÀI CHÍNH"),
  quý I năm 2025, issued 02/4/2025, after the Sở Kế hoạch và Đầu tư was merged into it. Every figure is the
  Sở's (subject "Sở Tài chính", level tỉnh), with decimal-numbered items "1.1." … "2.4.". "03 quyết định"
  and "14 lĩnh vực" are counts with code None; "chuẩn hóa 121 TTHC" a count of procedures (code unchecked).
  "109 TTHC … toàn trình, 46 TTHC … một phần và 12 TTHC chưa cung cấp" and the share "toàn trình của Sở đạt
  65,27%". "4.286 hồ sơ (kỳ trước chuyển sang 198 hồ sơ, tiếp nhận mới 4.088 hồ sơ), giảm 5,3% so với cùng
  kỳ": the whole is files received; parts and the relative fall have their code unchecked. Bare parts of
  the online files by channel (code unchecked). New files by month after "lần lượt là" ("1.562, 1.118 và
  1.408 hồ sơ"): each dated at its month's end (2025-01-31, 2025-02-28, the period end), code unchecked
  (parts of "tiếp nhận mới"). "(quý IV năm 2024: 81,47%)", "(quý IV năm 2024: 99,48%)" and "(86,94 điểm,
  xếp thứ 8/17)" are previous values dated 2024-12-31. "2,4 ngày/hồ sơ" is the processing time, "rút
  ngắn 0,3 ngày" its fall. A dash list by field "- <field>: tiếp nhận N hồ sơ, …" (subject ANY, level
  tỉnh; received, on-time share, overdue, online counts). Three shares "tương ứng là 74,62%, 95,18% và
  97,35%" (payment, digitisation, electronic results); the targets in brackets "(thanh toán trực tuyến 70%,
  số hóa hồ sơ 90%)" are dated 2025-12-31 and carried by the first two with status "đạt". "186 doanh
  nghiệp, tăng 14 doanh nghiệp" and the share of business registrations made online name no catalogued
  indicator (code unchecked). "xếp thứ 6/17 sở, ban, ngành, tăng 2 bậc"; the agencies' average "(85,10
  điểm)" (subject ANY, level tỉnh); two of the Sở's group scores "x/max". Five deadlines: day, month,
  quarter, "chậm nhất" day, "trước ngày 22 hằng tháng" (issued 02/4/2025: first 22/4/2025).
- 199 is an annual Báo cáo of UBND huyện Kế Sách (tỉnh Sóc Trăng, named in "Kính gửi"), năm 2024, issued
  07/01/2025. Figures under "a) Cấp huyện" have subject "cấp huyện" (level huyện), those under "b) Cấp xã"
  subject "cấp xã" (level xã), as are "276 TTHC thuộc thẩm quyền cấp huyện" and "109 TTHC thuộc thẩm quyền
  cấp xã"; the district's own PAKN, score and rank have subject "UBND huyện Kế Sách", level huyện. "13 xã,
  thị trấn" counts communes (unit `xã`). "(năm 2023: 10.572 hồ sơ)", "(82,15 điểm, xếp thứ 7/11)" are
  previous values dated 2023-12-31 (the previous score has no max_value: none is written). "tăng 12,7%"
  is a relative change (code unchecked). "đúng hạn và trước hạn 11.659 hồ sơ, đạt 99,63%" carries the
  on-time code. The thirteen communes are a dash list "- <unit>: N hồ sơ; x%; y%" whose order of figures
  is given by a legend in brackets on the line above (files received, online share, on-time share;
  subject as written, "Thị trấn Kế Sách", "Xã Kế An", level xã; two "100%"). Payment shares by level
  after "lần lượt đạt" with targets "(cấp huyện 60%, cấp xã 50%)" (each its level's, year 2024 = the
  period end), both "đạt". "toàn huyện thực hiện chứng thực bản sao điện tử từ bản chính 3.418 trường
  hợp" is the district's whole (subject ANY, level huyện). "Có 09/13 xã, thị trấn xếp loại Tốt, 04 xã
  xếp loại Khá" are counts (unit `xã`, code None). The target of "UBND các xã, thị trấn … đến hết năm
  2025 … đạt tối thiểu 65%" is theirs, dated 2025-12-31. Six deadlines: day, "chậm nhất" day in words,
  month, year (with the target), quarter, "trước ngày 25 hằng tháng" (issued 07/01/2025: first 25/01/2025).
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
_MP = "766.dvctt.mot_phan"
_CHUA = "766.dvctt.chua_cung_cap"
_CC = "766.dvctt.tthc_cung_cap"
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


# ------------------------------------------------------------ 195: BCĐ CCHC tỉnh Nam Định, 6 tháng đầu năm 2024
_Y2023 = "2023-12-31"
_Y2024 = "2024-12-31"


def _row_195(subject: str, received: str, online: str, on_time: str, after: str) -> list[Fact]:
    """One Markdown row of a district-level unit (or the total): files received, online share, on-time share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (on_time, "%", P, _DH, "period")]
    return _cells(subject, "huyện", cells, after, " | ", " |\n")


BLIND_195 = [
    # I.1 the Ban Chỉ đạo's own work (118/KH-UBND of 28/12/2023 and 2671/QĐ-UBND of 15/12/2023 cited)
    F("ban hành 14 văn bản", "14", 14, "văn bản", C, subject=ANY, level=ANY, code=None),
    F("thành lập 03 đoàn", "03", 3, "đoàn", C, subject=ANY, level=ANY, code=None),
    F("tại 06 sở, ban, ngành và", "06", 6, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("và 04 huyện.", "04", 4, "huyện", C, subject=ANY, level="huyện", code=None),
    # I.2
    F("ban hành 23 văn bản", "23", 23, "văn bản", C, subject=ANY, level=ANY, code=None),
    F("gồm 06 nghị quyết", "06", 6, "nghị quyết", C, subject=ANY, level=ANY, code=None),
    F("và 17 quyết định", "17", 17, "quyết định", C, subject=ANY, level=ANY, code=None),
    # I.3.a
    F("ban hành 19 quyết định", "19", 19, "quyết định", C, code=None),
    F("công bố 246 TTHC", "246", 246, "TTHC", C, code=ANY),
    F("tỉnh là 1.968 thủ tục", "1.968", 1968, "TTHC", C, code=_TTHC),
    F("cấp tỉnh 1.571 thủ tục", "1.571", 1571, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("cấp huyện 269 thủ tục", "269", 269, "TTHC", C, subject="cấp huyện", level="huyện", code=_TTHC),
    F("cấp xã 128 thủ tục", "128", 128, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    F("tuyến là 1.412 thủ tục", "1.412", 1412, "TTHC", C, code=_CC),
    F("chiếm 71,75%", "71,75%", 71.75, "%", code=_CC),
    F("(toàn trình 876 thủ tục", "876", 876, "TTHC", C, code=_TOAN),
    F("một phần 536 thủ tục", "536", 536, "TTHC", C, code=_MP),
    # I.3.b
    F("tiếp nhận 412.683", "412.683", 412683, "hồ sơ", C, code=_TN),
    F("tăng 9,4%", "9,4%", 9.4, "%", CH, code=ANY),
    F("trực tuyến 287.315", "287.315", 287315, "hồ sơ", C, code=_NOP),
    F("chiếm 69,62%", "69,62%", 69.62, "%", code=_NOP),
    F("giải quyết 405.127", "405.127", 405127, "hồ sơ", C, code=ANY),
    F("đúng hạn 402.318", "402.318", 402318, "hồ sơ", C, code=_DH),
    F("(đạt 99,31%)", "99,31%", 99.31, "%", code=_DH),
    F("quá hạn 2.809", "2.809", 2809, "hồ sơ", C, code=_QH),
    F("(chiếm 0,69%)", "0,69%", 0.69, "%", code=_QH),
    F("Nam Định (1.137 hồ sơ)", "1.137", 1137, "hồ sơ", C, subject="UBND thành phố Nam Định", level="huyện",
      code=_QH),
    F("(684 hồ sơ)", "684", 684, "hồ sơ", C, subject="UBND huyện Hải Hậu", level="huyện", code=_QH),
    F("là 99,72%", "99,72%", 99.72, "%", subject="cấp tỉnh", level="tỉnh", code=_DH),
    F("%, 98,45%", "98,45%", 98.45, "%", subject="cấp huyện", level="huyện", code=_DH),
    F("và 99,58%", "99,58%", 99.58, "%", subject="cấp xã", level="xã", code=_DH),
    # Markdown table of the ten district-level units, "Tổng cộng" row (= cấp huyện)
    *_row_195("UBND thành phố Nam Định", "21.846", "78,42", "97,12", "| 2 | UBND huyện Mỹ Lộc"),
    *_row_195("UBND huyện Mỹ Lộc", "5.318", "71,36", "99,45", "| 3 | UBND huyện Vụ Bản"),
    *_row_195("UBND huyện Vụ Bản", "7.642", "69,85", "99,08", "| 4 | UBND huyện Ý Yên"),
    *_row_195("UBND huyện Ý Yên", "11.275", "66,14", "98,87", "| 5 | UBND huyện Nam Trực"),
    *_row_195("UBND huyện Nam Trực", "9.864", "70,27", "98,95", "| 6 | UBND huyện Trực Ninh"),
    *_row_195("UBND huyện Trực Ninh", "8.937", "68,93", "99,21", "| 7 | UBND huyện Xuân Trường"),
    *_row_195("UBND huyện Xuân Trường", "8.215", "72,58", "100", "| 8 | UBND huyện Giao Thủy"),
    *_row_195("UBND huyện Giao Thủy", "10.486", "67,41", "98,64", "| 9 | UBND huyện Hải Hậu"),
    *_row_195("UBND huyện Hải Hậu", "13.702", "65,09", "97,36", "| 10 | UBND huyện Nghĩa Hưng"),
    *_row_195("UBND huyện Nghĩa Hưng", "9.348", "64,72", "98,79", "| | Tổng cộng"),
    *_row_195("cấp huyện", "106.633", "70,16", "98,45", "\nc) Thanh toán"),
    # I.3.c target of 2024 (dated 2024-12-31), "đã đạt chỉ tiêu"
    F("toàn tỉnh đạt 52,37%", "52,37%", 52.37, "%", code=_TT, target=50, stated_status="đạt"),
    F("là 50%, đã", "50%", 50, "%", T, as_of=_Y2024, code=_TT),
    F("TTHC đạt 81,64%", "81,64%", 81.64, "%", code=_SH),
    F("tăng 12,18%", "12,18%", 12.18, "%", CH, code=_SH),
    F("điện tử đạt 88,05%", "88,05%", 88.05, "%", code=_KQ),
    F("mới đạt 36,42%", "36,42%", 36.42, "%", code=_TSD),
    # I.3.d
    F("tiếp nhận 57 phản ánh", "57", 57, "PAKN", C, code=_PAKN_TN),
    F("xong 52 PAKN", "52", 52, "PAKN", C, code=_PAKN_XL),
    F("(đạt 91,23%)", "91,23%", 91.23, "%", code=_PAKN_TL),
    F("còn 05 PAKN", "05", 5, "PAKN", C, code=ANY),
    # I.4 counts of units ("giai đoạn 2023 - 2025" holds years)
    F("có 18 sở, ban, ngành", "18", 18, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("10 đơn vị hành chính cấp huyện", "10", 10, "đơn vị", C, subject="cấp huyện", level="huyện", code=None),
    F("226 đơn vị hành chính cấp xã", "226", 226, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    # I.5
    F("toàn tỉnh đạt 97,84%", "97,84%", 97.84, "%", code="cds.ky_so"),
    F("có 1.012.457", "1.012.457", 1012457, "tài khoản", C, code=_TK),
    F("đạt 68,31%", "68,31%", 68.31, "%", code=_TK),
    # I.6 PAR Index and SIPAS of 2023; the 766 index at 30/6/2024, quý I năm 2024 dated 2024-03-31
    F("đạt 87,16 điểm", "87,16", 87.16, "điểm", as_of=_Y2023, code="par_index"),
    F("thứ 19/63", "19/63", 19, "hạng", R, max_value=63, as_of=_Y2023, code="par_index"),
    F("đạt 82,45%", "82,45%", 82.45, "%", as_of=_Y2023, code="sipas"),
    F("đạt 84,62/100", "84,62/100", 84.62, "điểm", max_value=100, code=_TONG),
    F("thứ 21/63", "21/63", 21, "hạng", R, max_value=63, code=_HANG),
    F("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("(xếp thứ 24/63)", "24/63", 24, "hạng", PR, max_value=63, as_of="2024-03-31", code=_HANG),
    F("ngành đạt 86,25 điểm", "86,25", 86.25, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("thành phố đạt 81,47 điểm", "81,47", 81.47, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("cấp xã đạt 77,93 điểm", "77,93", 77.93, "điểm", subject=ANY, level="xã", code=_TONG),
    F("Có 07/10", "07/10", 7, "huyện", C, max_value=10, subject=ANY, level="huyện", code=None),
    F("03 huyện xếp", "03", 3, "huyện", C, subject=ANY, level="huyện", code=None),
    # III.3 the province's target (0228.3849.126 in III.5 is a phone number)
    F("tối thiểu 60%", "60%", 60, "%", T, as_of=_Y2024, code=_TT),
]

# ------------------------------------------------------------ 196: Công an tỉnh Khánh Hòa, quý III năm 2024
_Q2_2024 = "2024-06-30"


def _ca(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the provincial police itself (level tỉnh; subject unchecked, see the docstring)."""
    return F(context, raw, value, unit, kind, subject=ANY, level="tỉnh", **kw)


def _field_196(received: str, online: str, share: str, after: str) -> list[Fact]:
    """One tab-separated row of a field (or the total): files received, files submitted online, online share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (share, "%", P, _NOP, "period")]
    return _cells(ANY, "tỉnh", cells, after, "\t", "\n")


BLIND_196 = [
    # I.1 (3915/UBND-KSTT of 12/4/2024 and 96/KH-CAT-PC06 of 22/01/2024 cited; "số 80 đường Trần Phú" an address)
    _ca("thực hiện 174 TTHC", "174", 174, "TTHC", C, code=_TTHC),
    _ca("thuộc 12 lĩnh vực", "12", 12, "lĩnh vực", C, code=None),
    _ca("trực tuyến 159 TTHC", "159", 159, "TTHC", C, code=_CC),
    _ca("(toàn trình 98 TTHC", "98", 98, "TTHC", C, code=_TOAN),
    _ca("một phần 61 TTHC", "61", 61, "TTHC", C, code=_MP),
    _ca("đạt 91,38%", "91,38%", 91.38, "%", code=_CC),
    # I.2 quý II năm 2024 dated 2024-06-30
    _ca("tiếp nhận 96.418", "96.418", 96418, "hồ sơ", C, code=_TN),
    _ca("tăng 7.325 hồ sơ", "7.325", 7325, "hồ sơ", CH, code=_TN),
    _ca("(89.093 hồ sơ)", "89.093", 89093, "hồ sơ", PR, as_of=_Q2_2024, code=_TN),
    _ca("trực tuyến 71.246 hồ sơ", "71.246", 71246, "hồ sơ", C, code=_NOP),
    _ca("chiếm 73,89%", "73,89%", 73.89, "%", code=_NOP),
    F("cấp tỉnh tiếp nhận 18.527", "18.527", 18527, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_TN),
    F("cấp huyện 24.306", "24.306", 24306, "hồ sơ", C, subject="cấp huyện", level="huyện", code=_TN),
    F("cấp xã 53.585", "53.585", 53585, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    _ca("giải quyết 95.872", "95.872", 95872, "hồ sơ", C, code=ANY),
    _ca("trước hạn 81.204", "81.204", 81204, "hồ sơ", C, code=ANY),
    _ca("đúng hạn 14.631", "14.631", 14631, "hồ sơ", C, code=ANY),
    _ca("quá hạn 37 hồ sơ", "37", 37, "hồ sơ", C, code=_QH),
    _ca("đạt 99,96%", "99,96%", 99.96, "%", code=_DH),
    _ca("là 546 hồ sơ", "546", 546, "hồ sơ", C, code=ANY),
    # tab-separated table by field, "Cộng" row (= the police)
    *_field_196("52.318", "46.902", "89,65", "2\tCăn cước"),
    *_field_196("21.406", "9.847", "46,00", "3\tĐăng ký, quản lý phương tiện"),
    *_field_196("14.235", "10.318", "72,48", "4\tQuản lý ngành, nghề"),
    *_field_196("1.286", "1.107", "86,08", "5\tPhòng cháy"),
    *_field_196("948", "512", "54,01", "6\tXuất nhập cảnh"),
    *_field_196("6.225", "2.560", "41,12", "\tCộng"),
    *_field_196("96.418", "71.246", "73,89", "\nTỷ lệ hồ sơ đăng ký"),
    # one field's share against the Bộ Công an's target for 2024
    _ca("đạt 89,65%, đạt chỉ tiêu", "89,65%", 89.65, "%", code=ANY, target=80, stated_status="đạt"),
    _ca("năm 2024 là 80%", "80%", 80, "%", T, as_of=_Y2024, code=ANY),
    # I.3
    _ca("trực tuyến đạt 58,74%", "58,74%", 58.74, "%", code=_TT),
    _ca("tăng 6,12%", "6,12%", 6.12, "%", CH, code=_TT),
    _ca("(52,62%)", "52,62%", 52.62, "%", PR, as_of=_Q2_2024, code=_TT),
    _ca("TTHC đạt 93,15%", "93,15%", 93.15, "%", code=_SH),
    _ca("điện tử đạt 96,40%", "96,40%", 96.40, "%", code=_KQ),
    # I.4 ("Lũy kế đến ngày 30/9/2024" is the period end)
    F("kích hoạt 763.518", "763.518", 763518, "tài khoản", C, subject=ANY, level=ANY, code=_TK),
    F("đạt 71,46%", "71,46%", 71.46, "%", subject=ANY, level=ANY, code=_TK),
    F("Nha Trang 248.176", "248.176", 248176, "tài khoản", C, subject="thành phố Nha Trang", level="huyện",
      code=_TK),
    F("Cam Ranh 72.435", "72.435", 72435, "tài khoản", C, subject="thành phố Cam Ranh", level="huyện", code=_TK),
    F("Công an 139/139", "139/139", 139, "xã", C, max_value=139, subject=ANY, level="xã", code=None),
    # I.5 (0258.3822.245 is a phone number)
    _ca("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _ca("trả lời 09/09 PAKN", "09/09", 9, "PAKN", C, max_value=9, code=_PAKN_XL),
    _ca("đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _ca("TTHC đạt 97,25%", "97,25%", 97.25, "%", code=_HL),
    # III.2 the district police's target
    F("tối thiểu 65%", "65%", 65, "%", T, subject="Công an các huyện, thị xã, thành phố", level="huyện",
      as_of=_Y2024, code=_TT),
]

# ------------------------------------------------------------ 197: UBND tỉnh Cao Bằng, quý I năm 2025
_Q4_2024 = "2024-12-31"


def _agency_197(subject: str, q4: str, q1: str, rank: str, grade: str, after: str) -> list[Fact]:
    """One Markdown row of an agency: score at quý IV/2024 (dated 2024-12-31), score at quý I/2025 and its
    rank (plain number, no max_value); the grade is text."""
    cells = [(q4, "điểm", P, _TONG, _Q4_2024), (q1, "điểm", P, _TONG, "period"), (rank, "hạng", R, _HANG, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", f" | {grade} |\n")


def _district_197(subject: str, score: str, rank: str, paid: str, after: str) -> list[Fact]:
    """One Markdown row of a district-level unit: score, rank (plain number), online-payment share."""
    cells = [(score, "điểm", P, _TONG, "period"), (rank, "hạng", R, _HANG, "period"), (paid, "%", P, _TT, "period")]
    return _cells(subject, "huyện", cells, after, " | ", " |\n")


BLIND_197 = [
    # I. (766/QĐ-TTg of 23/6/2022 and 1524/QĐ-UBND of 21/9/2023 cited; "17 giờ 00 ngày 31/3/2025" a time)
    F("đạt 80,37/100", "80,37/100", 80.37, "điểm", max_value=100, code=_TONG),
    F("thứ 42/63", "42/63", 42, "hạng", R, max_value=63, code=_HANG),
    F("tăng 2,14 điểm", "2,14", 2.14, "điểm", CH, code=_TONG),
    F("tăng 6 bậc", "6", 6, "hạng", CH, code=_HANG),
    F("(78,23 điểm", "78,23", 78.23, "điểm", PR, max_value=100, as_of=_Q4_2024, code=_TONG),
    F("thứ 48/63)", "48/63", 48, "hạng", PR, max_value=63, as_of=_Q4_2024, code=_HANG),
    F("minh bạch 15,82/18", "15,82/18", 15.82, "điểm", max_value=18, code="766.cong_khai"),
    F("giải quyết 18,94/20", "18,94/20", 18.94, "điểm", max_value=20, code="766.tien_do"),
    F("trực tuyến 9,47/12", "9,47/12", 9.47, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến 5,36/10", "5,36/10", 5.36, "điểm", max_value=10, code="766.thanh_toan"),
    F("hài lòng 17,12/18", "17,12/18", 17.12, "điểm", max_value=18, code="766.hai_long"),
    F("hồ sơ 13,66/22", "13,66/22", 13.66, "điểm", max_value=22, code="766.so_hoa"),
    # II. the agencies' average and grade counts
    F("ngành đạt 85,25 điểm", "85,25", 85.25, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("tăng 1,71 điểm", "1,71", 1.71, "điểm", CH, subject=ANY, level="tỉnh", code=_TONG),
    F("Có 08/14", "08/14", 8, "đơn vị", C, max_value=14, subject=ANY, level="tỉnh", code=None),
    F("Tốt, 04 cơ quan", "04", 4, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("và 02 cơ quan", "02", 2, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    # Markdown table of the 14 agencies (official order; rank column apart from the STT)
    *_agency_197("Sở Tư pháp", "90,12", "92,36", "1", "Tốt", "| 2 | Sở Tài chính"),
    *_agency_197("Sở Tài chính", "85,47", "88,14", "5", "Tốt", "| 3 | Sở Nội vụ"),
    *_agency_197("Sở Nội vụ", "86,03", "87,52", "6", "Tốt", "| 4 | Sở Xây dựng"),
    *_agency_197("Sở Xây dựng", "80,66", "82,09", "11", "Khá", "| 5 | Sở Công Thương"),
    *_agency_197("Sở Công Thương", "87,25", "89,47", "3", "Tốt", "| 6 | Sở Nông nghiệp"),
    *_agency_197("Sở Nông nghiệp và Môi trường", "79,84", "81,73", "12", "Khá", "| 7 | Sở Khoa học"),
    *_agency_197("Sở Khoa học và Công nghệ", "84,31", "86,95", "7", "Tốt", "| 8 | Sở Giáo dục"),
    *_agency_197("Sở Giáo dục và Đào tạo", "88,02", "89,80", "2", "Tốt", "| 9 | Sở Y tế"),
    *_agency_197("Sở Y tế", "86,74", "88,21", "4", "Tốt", "| 10 | Sở Văn hóa"),
    *_agency_197("Sở Văn hóa, Thể thao và Du lịch", "83,15", "85,62", "8", "Tốt", "| 11 | Sở Dân tộc"),
    *_agency_197("Sở Dân tộc và Tôn giáo", "76,28", "74,85", "14", "Trung bình", "| 12 | Sở Ngoại vụ"),
    *_agency_197("Sở Ngoại vụ", "82,37", "84,16", "9", "Khá", "| 13 | Thanh tra tỉnh"),
    *_agency_197("Thanh tra tỉnh", "77,95", "79,31", "13", "Trung bình", "| 14 | Ban Quản lý"),
    *_agency_197("Ban Quản lý Khu kinh tế tỉnh", "81,40", "83,28", "10", "Khá", "\nSở Dân tộc và Tôn giáo là"),
    F("(giảm 1,43 điểm)", "1,43", -1.43, "điểm", CH, subject="Sở Dân tộc và Tôn giáo", level="tỉnh", code=_TONG),
    F("có 06 hồ sơ", "06", 6, "hồ sơ", C, subject="Sở Dân tộc và Tôn giáo", level="tỉnh", code=_QH),
    # III. the districts' average (quý IV năm 2024 dated 2024-12-31), grade counts, Markdown table
    F("thành phố đạt 79,17 điểm", "79,17", 79.17, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("2024: 76,54 điểm)", "76,54", 76.54, "điểm", PR, subject=ANY, level="huyện", as_of=_Q4_2024, code=_TONG),
    F("Có 01/10", "01/10", 1, "đơn vị", C, max_value=10, subject=ANY, level="huyện", code=None),
    F("Tốt, 03 đơn vị", "03", 3, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("và 06 đơn vị", "06", 6, "đơn vị", C, subject=ANY, level="huyện", code=None),
    *_district_197("UBND thành phố Cao Bằng", "85,63", "1", "61,47", "| 2 | UBND huyện Bảo Lâm"),
    *_district_197("UBND huyện Bảo Lâm", "71,94", "10", "28,36", "| 3 | UBND huyện Bảo Lạc"),
    *_district_197("UBND huyện Bảo Lạc", "76,42", "9", "33,05", "| 4 | UBND huyện Hà Quảng"),
    *_district_197("UBND huyện Hà Quảng", "78,15", "6", "41,28", "| 5 | UBND huyện Hạ Lang"),
    *_district_197("UBND huyện Hạ Lang", "77,08", "7", "37,62", "| 6 | UBND huyện Hòa An"),
    *_district_197("UBND huyện Hòa An", "84,27", "2", "55,14", "| 7 | UBND huyện Nguyên Bình"),
    *_district_197("UBND huyện Nguyên Bình", "76,91", "8", "35,90", "| 8 | UBND huyện Quảng Hòa"),
    *_district_197("UBND huyện Quảng Hòa", "80,12", "4", "46,73", "| 9 | UBND huyện Thạch An"),
    *_district_197("UBND huyện Thạch An", "78,66", "5", "39,81", "| 10 | UBND huyện Trùng Khánh"),
    *_district_197("UBND huyện Trùng Khánh", "82,53", "3", "50,26", "\nĐối với cấp xã"),
    # the communes' average, best and worst
    F("thị trấn đạt 74,26 điểm", "74,26", 74.26, "điểm", subject=ANY, level="xã", code=_TONG),
    F("(86,41 điểm)", "86,41", 86.41, "điểm", subject="phường Sông Hiến", level="xã", code=_TONG),
    F("(58,72 điểm)", "58,72", 58.72, "điểm", subject="xã Đức Hạnh", level="xã", code=_TONG),
    # IV.4 the province's target (0206.3852.417 is a phone number)
    F("tối thiểu 80%", "80%", 80, "%", T, as_of="2025-12-31", code=_SH),
]

# ------------------------------------------------------------ 198: Sở Tài chính tỉnh Kon Tum, quý I năm 2025
_STC = "Sở Tài chính"
_Y2025 = "2025-12-31"


def _stc(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_STC, level="tỉnh", **kw)


def _field_198(context: str, raw: str, unit: str, code: str, kind: str = C) -> Fact:
    """A figure of one field in the dash list (subject unchecked, level tỉnh)."""
    return F(context, raw, _num(raw), unit, kind, subject=ANY, level="tỉnh", code=code)


BLIND_198 = [
    # 1. (528/VP-KSTT of 18/02/2025 and 98/QĐ-UBND of 28/02/2025 cited)
    _stc("ban hành 03 quyết định", "03", 3, "quyết định", C, code=None),
    _stc("chuẩn hóa 121 TTHC", "121", 121, "TTHC", C, code=ANY),
    _stc("thực hiện 167 TTHC", "167", 167, "TTHC", C, code=_TTHC),
    _stc("thuộc 14 lĩnh vực", "14", 14, "lĩnh vực", C, code=None),
    _stc("trong đó 109 TTHC", "109", 109, "TTHC", C, code=_TOAN),
    _stc("46 TTHC cung cấp một phần", "46", 46, "TTHC", C, code=_MP),
    _stc("và 12 TTHC chưa", "12", 12, "TTHC", C, code=_CHUA),
    _stc("Sở đạt 65,27%", "65,27%", 65.27, "%", code=_TOAN),
    # 2.1 quý IV năm 2024 dated 2024-12-31; new files by month, each dated at its month's end
    _stc("tiếp nhận 4.286", "4.286", 4286, "hồ sơ", C, code=_TN),
    _stc("sang 198 hồ sơ", "198", 198, "hồ sơ", C, code=ANY),
    _stc("mới 4.088 hồ sơ", "4.088", 4088, "hồ sơ", C, code=ANY),
    _stc("giảm 5,3%", "5,3%", -5.3, "%", CH, code=ANY),
    _stc("là 3.517 hồ sơ", "3.517", 3517, "hồ sơ", C, code=_NOP),
    _stc("chiếm 86,03%", "86,03%", 86.03, "%", code=_NOP),
    _stc("2024: 81,47%)", "81,47%", 81.47, "%", PR, as_of=_Q4_2024, code=_NOP),
    _stc("quốc gia 2.216 hồ sơ", "2.216", 2216, "hồ sơ", C, code=ANY),
    _stc("tỉnh 1.301 hồ sơ", "1.301", 1301, "hồ sơ", C, code=ANY),
    _stc("là 1.562,", "1.562", 1562, "hồ sơ", C, as_of="2025-01-31", code=ANY),
    _stc("1.118 và", "1.118", 1118, "hồ sơ", C, as_of="2025-02-28", code=ANY),
    _stc("và 1.408 hồ sơ", "1.408", 1408, "hồ sơ", C, code=ANY),
    # 2.2
    _stc("giải quyết 4.103", "4.103", 4103, "hồ sơ", C, code=ANY),
    _stc("trước hạn 3.762", "3.762", 3762, "hồ sơ", C, code=ANY),
    _stc("đúng hạn 329", "329", 329, "hồ sơ", C, code=ANY),
    _stc("quá hạn 12 hồ sơ", "12", 12, "hồ sơ", C, code=_QH),
    _stc("đạt 99,71%", "99,71%", 99.71, "%", code=_DH),
    _stc("2024: 99,48%)", "99,48%", 99.48, "%", PR, as_of=_Q4_2024, code=_DH),
    _stc("là 183 hồ sơ", "183", 183, "hồ sơ", C, code=ANY),
    # 2.3
    _stc("là 2,4 ngày", "2,4", 2.4, "ngày", code=_TIME),
    _stc("rút ngắn 0,3 ngày", "0,3", -0.3, "ngày", CH, code=_TIME),
    # 2.4 dash list by field
    _field_198("tiếp nhận 2.874", "2.874", "hồ sơ", _TN),
    _field_198("đúng hạn 100%", "100%", "%", _DH, P),
    _field_198("tiếp nhận 236", "236", "hồ sơ", _TN),
    _field_198("quá hạn 09", "09", "hồ sơ", _QH),
    _field_198("tiếp nhận 418", "418", "hồ sơ", _TN),
    _field_198("trực tuyến 384", "384", "hồ sơ", _NOP),
    _field_198("tiếp nhận 57 hồ sơ", "57", "hồ sơ", _TN),
    _field_198("quá hạn 03", "03", "hồ sơ", _QH),
    _field_198("tiếp nhận 145", "145", "hồ sơ", _TN),
    _field_198("tiếp nhận 556", "556", "hồ sơ", _TN),
    # 3. shares after "tương ứng là"; the targets of 2025 in brackets, both "đạt"
    _stc("là 74,62%", "74,62%", 74.62, "%", code=_TT, target=70, stated_status="đạt"),
    _stc("%, 95,18%", "95,18%", 95.18, "%", code=_SH, target=90, stated_status="đạt"),
    _stc("và 97,35%", "97,35%", 97.35, "%", code=_KQ),
    _stc("trực tuyến 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
    _stc("hồ sơ 90%", "90%", 90, "%", T, as_of=_Y2025, code=_SH),
    _stc("đạt 42,16%", "42,16%", 42.16, "%", code=_TSD),
    _stc("tăng 8,05%", "8,05%", 8.05, "%", CH, code=_TSD),
    # 4.
    _stc("cho 186 doanh nghiệp", "186", 186, "doanh nghiệp", C, code=ANY),
    _stc("tăng 14 doanh nghiệp", "14", 14, "doanh nghiệp", CH, code=ANY),
    _stc("đạt 98,92%", "98,92%", 98.92, "%", code=ANY),
    # 5. (0260.3862.319 is a phone number)
    _stc("tiếp nhận 02 phản ánh", "02", 2, "PAKN", C, code=_PAKN_TN),
    _stc("trả lời 02 PAKN", "02", 2, "PAKN", C, code=_PAKN_XL),
    _stc("đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _stc("đạt 95,60%", "95,60%", 95.60, "%", code=_HL),
    # 6. rank among the province's 17 agencies; quý IV năm 2024 dated 2024-12-31
    _stc("đạt 88,47 điểm", "88,47", 88.47, "điểm", code=_TONG),
    _stc("thứ 6/17", "6/17", 6, "hạng", R, max_value=17, code=_HANG),
    _stc("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    _stc("(86,94 điểm", "86,94", 86.94, "điểm", PR, as_of=_Q4_2024, code=_TONG),
    _stc("thứ 8/17)", "8/17", 8, "hạng", PR, max_value=17, as_of=_Q4_2024, code=_HANG),
    F("(85,10 điểm)", "85,10", 85.10, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    _stc("đạt 19,62/20", "19,62/20", 19.62, "điểm", max_value=20, code="766.tien_do"),
    _stc("đạt 19,85/22", "19,85/22", 19.85, "điểm", max_value=22, code="766.so_hoa"),
]

# ------------------------------------------------------------ 199: UBND huyện Kế Sách, năm 2024
_KE_SACH = "UBND huyện Kế Sách"


def _huyen(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "a) Cấp huyện" (subject "cấp huyện", level huyện)."""
    return F(context, raw, value, unit, kind, subject="cấp huyện", level="huyện", **kw)


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "b) Cấp xã" (subject "cấp xã", level xã)."""
    return F(context, raw, value, unit, kind, subject="cấp xã", level="xã", **kw)


def _district(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the district committee itself."""
    return F(context, raw, value, unit, kind, subject=_KE_SACH, level="huyện", **kw)


def _commune_199(name: str, received: str, online: str, on_time: str) -> list[Fact]:
    """One dash-list line `- <unit>: N hồ sơ; x%; y%` (legend: received, online share, on-time share)."""
    return [
        F(f"- {name}: {received} hồ sơ", received, _num(received), "hồ sơ", C, subject=name, level="xã", code=_TN),
        F(f"{received} hồ sơ; {online}%", online + "%", _num(online), "%", subject=name, level="xã", code=_NOP),
        F(f"{online}%; {on_time}%", on_time + "%", _num(on_time), "%", subject=name, level="xã", code=_DH),
    ]


BLIND_199 = [
    # I.1 (31/KH-UBND of 22/01/2024 and 2841/SNV-CCHC of 16/12/2024 cited; "đường 30 Tháng 4" an address)
    _huyen("thực hiện 276 TTHC", "276", 276, "TTHC", C, code=_TTHC),
    F("của 13 xã", "13", 13, "xã", C, subject=ANY, level="xã", code=None),
    _xa("thực hiện 109 TTHC", "109", 109, "TTHC", C, code=_TTHC),
    # I.2 a) cấp huyện; năm 2023 dated 2023-12-31
    _huyen("tiếp nhận 11.846", "11.846", 11846, "hồ sơ", C, code=_TN),
    _huyen("(năm 2023: 10.572", "10.572", 10572, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    _huyen("trực tuyến 9.318", "9.318", 9318, "hồ sơ", C, code=_NOP),
    _huyen("chiếm 78,66%", "78,66%", 78.66, "%", code=_NOP),
    _huyen("giải quyết 11.702", "11.702", 11702, "hồ sơ", C, code=ANY),
    _huyen("trước hạn 11.659", "11.659", 11659, "hồ sơ", C, code=_DH),
    _huyen("đạt 99,63%", "99,63%", 99.63, "%", code=_DH),
    _huyen("trễ hạn 43", "43", 43, "hồ sơ", C, code=_QH),
    _huyen("còn 144 hồ sơ", "144", 144, "hồ sơ", C, code=ANY),
    # I.2 b) cấp xã
    _xa("cộng 24.517", "24.517", 24517, "hồ sơ", C, code=_TN),
    _xa("tăng 12,7%", "12,7%", 12.7, "%", CH, code=ANY),
    _xa("đạt 73,74%", "73,74%", 73.74, "%", code=_NOP),
    _xa("đạt 99,84%", "99,84%", 99.84, "%", code=_DH),
    F("Kế Sách (86,35%)", "86,35%", 86.35, "%", subject="thị trấn Kế Sách", level="xã", code=_NOP),
    F("Kế An (61,08%)", "61,08%", 61.08, "%", subject="xã Kế An", level="xã", code=_NOP),
    # the thirteen communes, a dash list read through its legend
    *_commune_199("Thị trấn Kế Sách", "2.746", "86,35", "100"),
    *_commune_199("Thị trấn An Lạc Thôn", "2.018", "79,62", "99,85"),
    *_commune_199("Xã An Lạc Tây", "1.754", "72,41", "99,77"),
    *_commune_199("Xã An Mỹ", "1.682", "70,93", "100"),
    *_commune_199("Xã Ba Trinh", "2.105", "75,18", "99,71"),
    *_commune_199("Xã Đại Hải", "2.236", "77,04", "99,82"),
    *_commune_199("Xã Kế An", "1.347", "61,08", "99,63"),
    *_commune_199("Xã Kế Thành", "1.598", "69,27", "99,87"),
    *_commune_199("Xã Nhơn Mỹ", "1.816", "63,45", "99,78"),
    *_commune_199("Xã Phong Nẫm", "1.703", "71,66", "99,88"),
    *_commune_199("Xã Thới An Hội", "2.069", "74,39", "99,90"),
    *_commune_199("Xã Trinh Phú", "1.892", "73,52", "99,79"),
    *_commune_199("Xã Xuân Hòa", "1.551", "70,86", "99,74"),
    # I.3 payment shares by level with their levels' targets (year 2024 = the period end), both "đạt"
    _huyen("lần lượt đạt 63,48%", "63,48%", 63.48, "%", code=_TT, target=60, stated_status="đạt"),
    _xa("và 57,12%", "57,12%", 57.12, "%", code=_TT, target=50, stated_status="đạt"),
    _huyen("(cấp huyện 60%", "60%", 60, "%", T, code=_TT),
    _xa("cấp xã 50%)", "50%", 50, "%", T, code=_TT),
    _huyen("huyện đạt 92,74%", "92,74%", 92.74, "%", code=_SH),
    _xa("xã đạt 84,36%", "84,36%", 84.36, "%", code=_SH),
    F("chính 3.418 trường hợp", "3.418", 3418, "trường hợp", C, subject=ANY, level="huyện",
      code="chung_thuc_dien_tu"),
    # I.4 the district's PAKN
    _district("tiếp nhận 21 phản ánh", "21", 21, "PAKN", C, code=_PAKN_TN),
    _district("giải quyết 20 PAKN", "20", 20, "PAKN", C, code=_PAKN_XL),
    _district("(đạt 95,24%)", "95,24%", 95.24, "%", code=_PAKN_TL),
    _district("01 PAKN", "01", 1, "PAKN", C, code=ANY),
    # I.5 rank among the province's 11 district-level units; năm 2023 dated 2023-12-31
    _district("đạt 86,72 điểm", "86,72", 86.72, "điểm", code=_TONG),
    _district("thứ 4/11", "4/11", 4, "hạng", R, max_value=11, code=_HANG),
    _district("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _district("(82,15 điểm", "82,15", 82.15, "điểm", PR, as_of=_Y2023, code=_TONG),
    _district("thứ 7/11)", "7/11", 7, "hạng", PR, max_value=11, as_of=_Y2023, code=_HANG),
    F("đạt 81,06 điểm", "81,06", 81.06, "điểm", subject=ANY, level="xã", code=_TONG),
    F("Có 09/13", "09/13", 9, "xã", C, max_value=13, subject=ANY, level="xã", code=None),
    F("04 xã xếp", "04", 4, "xã", C, subject=ANY, level="xã", code=None),
    # III.4 the communes' target for 2025
    F("tối thiểu 65%", "65%", 65, "%", T, subject="UBND các xã, thị trấn", level="xã", as_of=_Y2025, code=_TT),
]

BLIND = {"195": BLIND_195, "196": BLIND_196, "197": BLIND_197, "198": BLIND_198, "199": BLIND_199}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "195": [
        ("2024-12-15", "day", "15/12/2024", "xây dựng Kế hoạch cải cách hành chính năm 2025", "Sở Nội vụ"),
        ("2024-08-31", "month", "tháng 8/2024", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "UBND thành phố Nam Định, UBND huyện Hải Hậu"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "tỷ lệ hồ sơ thanh toán trực tuyến", "Văn phòng UBND tỉnh"),
        ("2024-09-30", "day", "ngày 30 tháng 9 năm 2024", "nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh",
         "Sở Thông tin và Truyền thông"),
        # issued 04/7/2024: the first "ngày 10 hằng tháng" is 10/7/2024
        ("2024-07-10", "recurring", "10 hằng tháng", "gửi báo cáo kết quả cải cách hành chính",
         "Các thành viên Ban Chỉ đạo, các sở, ban, ngành, UBND các huyện, thành phố"),
    ],
    "196": [
        ("2024-10-31", "day", "31/10/2024", "làm sạch dữ liệu dân cư",
         "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"),
        ("2024-12-31", "year", "năm 2024", "tỷ lệ hồ sơ thanh toán trực tuyến", "Công an các huyện, thị xã, thành phố"),
        ("2024-11-30", "month", "tháng 11/2024", "đăng ký xe trực tuyến toàn trình", "Phòng Cảnh sát giao thông"),
        ("2024-12-20", "day", "ngày 20 tháng 12 năm 2024", "báo cáo sơ kết Đề án 06", "Phòng Tham mưu tổng hợp"),
        # issued 04/10/2024: the first "ngày 15 hằng tháng" is 15/10/2024
        ("2024-10-15", "recurring", "15 hằng tháng", "báo cáo kết quả thực hiện dịch vụ công trực tuyến",
         "Công an các đơn vị, địa phương"),
    ],
    "197": [
        ("2025-04-25", "day", "25/4/2025", "xây dựng kế hoạch khắc phục các chỉ tiêu bị trừ điểm",
         "Sở Dân tộc và Tôn giáo, Thanh tra tỉnh"),
        ("2025-06-30", "quarter", "quý II năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "UBND huyện Bảo Lâm"),
        ("2025-05-31", "month", "tháng 5/2025", "kết nối, đồng bộ dữ liệu", "Sở Khoa học và Công nghệ"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ số hóa hồ sơ",
         "Các sở, ban, ngành, UBND các huyện, thành phố"),
        ("2025-07-15", "day", "ngày 15 tháng 7 năm 2025", "thông báo kết quả quý II năm 2025",
         "Trung tâm Phục vụ hành chính công tỉnh"),
    ],
    "198": [
        ("2025-04-30", "day", "30/4/2025", "hoàn thiện quy trình nội bộ", "Phòng Đăng ký kinh doanh"),
        ("2025-05-31", "month", "tháng 5/2025", "giải quyết dứt điểm các hồ sơ dự án đầu tư", "Phòng Đầu tư"),
        ("2025-06-30", "quarter", "quý II năm 2025", "thanh toán trực tuyến phí thẩm định giá",
         "Phòng Quản lý giá và Công sản"),
        ("2025-06-10", "day", "10/6/2025", "số hóa kết quả giải quyết TTHC", "Văn phòng Sở"),
        # issued 02/4/2025: the first "ngày 22 hằng tháng" is 22/4/2025
        ("2025-04-22", "recurring", "22 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "199": [
        ("2025-01-24", "day", "24/01/2025", "xây dựng kế hoạch nâng tỷ lệ nộp hồ sơ trực tuyến",
         "UBND xã Kế An, UBND xã Nhơn Mỹ"),
        ("2025-02-20", "day", "ngày 20 tháng 02 năm 2025", "ban hành Kế hoạch kiểm soát TTHC năm 2025",
         "Văn phòng HĐND và UBND huyện"),
        ("2025-03-31", "month", "tháng 3/2025", "chứng thực bản sao điện tử", "Phòng Tư pháp"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "UBND các xã, thị trấn"),
        ("2025-09-30", "quarter", "quý III năm 2025", "kiểm tra công tác cải cách TTHC", "Phòng Nội vụ"),
        # issued 07/01/2025: the first "ngày 25 hằng tháng" is 25/01/2025
        ("2025-01-25", "recurring", "25 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các cơ quan chuyên môn thuộc UBND huyện, UBND các xã, thị trấn"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 195's issuer is the Ban Chỉ đạo under "UBND TỈNH NAM ĐỊNH", period the six months in its title; 196's issuer is
# Công an tỉnh Khánh Hòa under "BỘ CÔNG AN", its signer written after his rank "Đại tá"; 197's issuer is UBND tỉnh
# Cao Bằng, a Thông báo whose period is the quarter in its title; 198's issuer is Sở Tài chính under "UBND TỈNH KON
# TUM"; 199's issuer is a district under the province (province named in "Kính gửi"), an annual report issued in
# January 2025.
META = {
    "195": {"doc_number": "27/BC-BCĐ", "doc_type": "Báo cáo", "issued_date": "2024-07-04",
            "province": "Nam Định", "period_label": "6 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-06-30", "signer": "Đoàn Minh Tuấn"},
    "196": {"doc_number": "2486/BC-CAT-PC06", "doc_type": "Báo cáo", "issued_date": "2024-10-04",
            "province": "Khánh Hòa", "period_label": "quý III năm 2024", "period_start": "2024-07-01",
            "period_end": "2024-09-30", "signer": "Lê Quang Vinh"},
    "197": {"doc_number": "86/TB-UBND", "doc_type": "Thông báo", "issued_date": "2025-04-11",
            "province": "Cao Bằng", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Nông Văn Thuận"},
    "198": {"doc_number": "412/BC-STC", "doc_type": "Báo cáo", "issued_date": "2025-04-02",
            "province": "Kon Tum", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Phạm Đức Hạnh"},
    "199": {"doc_number": "08/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-01-07",
            "province": "Sóc Trăng", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Trần Thanh Liêm"},
}
