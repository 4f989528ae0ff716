"""Blind golden facts for corpus/blind22/185_dien_bien.txt, 186_tra_vinh.txt, 187_hai_phong.txt, 188_gia_lai.txt
and 189_hung_yen.txt.

The five documents were written by the developers for a twenty-second blind measurement (issuers, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind16.py and blind13.py-blind15.py: rows use `golden.facts.Fact`
(context string that occurs once in the document + the figure as written inside it). Prose and list counts
are kind `count`; table cells are kind `value` with `extra={"source": "table"}`; `as_of="period"` is the
period's end; `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it
clearly names none). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a
count of the files (or PAKN) an indicator is computed on carries that indicator's code; every "đã giải
quyết" count and the parts of a settled whole ("trước hạn", "đúng hạn" apart) have their code unchecked. A
change is dated at the period end; a fall ("giảm") is negative. A count of local units takes the unit of
its first unit word ("06/10 huyện, thị xã, thành phố" → `huyện`, "38/220 xã, phường, thị trấn" → `xã`);
counts of "cơ quan", "đơn vị" and "sở, ban, ngành" use `đơn vị`, at the level of the bodies counted. A table
column dated before the period end keeps kind `value` with that date as `as_of`. Dates, document numbers,
cited circulars, plans, letters, decisions and resolutions ("Thông tư số 01/2020/TT-VPCP", "Kế hoạch số
3905/KH-UBND", "Công văn số 5127/UBND-NC", "Quyết định số 1184/QĐ-UBND", "Quyết định số 264/QĐ-BNV", "Kế
hoạch số 28/KH-UBND", "Thông báo số 418/TB-UBND", "Công văn số 2216/UBND-KSTT", "Nghị quyết số
1666/NQ-UBTVQH15"), cut-off dates ("số liệu tính đến ngày 30/9/2024", "Tính đến ngày 30/9/2024", "đến hết ngày
31/10/2024", "từ ngày 01/7/2025 đến ngày 30/9/2025"), section numbering ("I.", "1.", "a)", "đ)"), the
STT/TT column, phone numbers ("0215.3825.666", "0294.3862.417", "0225.3876.233", "0269.3824.526",
"0227.3821.509"), addresses ("số 10 đường Võ Nguyên Giáp, phường 7", "số 5 đường Trần Thành Ngọ"), column
headers naming a period ("Trực tuyến quý II/2024 (%)"), month names ("tháng 7, tháng 8, tháng 9"), "tháng thứ
hai", headings naming the next period ("III. NHIỆM VỤ QUÝ IV NĂM 2024", "III. NHIỆM VỤ NĂM 2025", "II. NHIỆM
VỤ THÁNG 5 NĂM 2025", "6. Nhiệm vụ quý IV năm 2025": no deadlines) and years are not figures.

New in this set:
- 185 is a quarterly Báo cáo of UBND tỉnh Điện Biên to the Văn phòng Chính phủ, quý III năm 2024, issued
  07/10/2024. Province figures have subject NULL. "07 quyết định" is a count with code None; "công bố danh
  mục 96 TTHC" a count of published procedures (code unchecked). "1.342 TTHC được cung cấp dịch vụ công trực
  tuyến, chiếm 73,01% tổng số TTHC (toàn trình 861 TTHC, một phần 481 TTHC)" carries the "tthc_cung_cap" code
  for the whole and its share. "đạt 58,36% (chỉ tiêu năm 2024 là 55%, đã đạt chỉ tiêu), tăng 4,12% so với quý
  II năm 2024 (54,24%)": the target dated 2024-12-31 carried with status "đạt", a change, a previous value
  dated 2024-06-30. Files received by level after "tương ứng là" (subject "cấp tỉnh"/"cấp huyện"/"cấp xã").
  "tỷ lệ giải quyết đúng hạn (gồm trước hạn và đúng hạn) đạt 98,95%" is the on-time share. Its
  tab-separated table (units in the headers) lists the 10 district-level units (subject as written, level
  huyện; received, on-time share, online share in "Trực tuyến quý II/2024 (%)" dated 2024-06-30 and in
  "Trực tuyến quý III/2024 (%)"; two "100" cells) with a "Cộng cấp huyện" row with an empty STT cell (= cấp
  huyện; its 17.534 is also in the prose). "06/10 huyện, thị xã, thành phố" is a count of districts (unit
  huyện, code None). Payment shares by level after "trong đó" and "so với chỉ tiêu năm 2024 là 50% thì chưa
  đạt chỉ tiêu" (target dated 2024-12-31, the 41,57% carries it with "chưa đạt"; the shares by level carry no
  target). "(quý II năm 2024: 19 PAKN)" and "so với quý II năm 2024 (72,91 điểm, thứ 53/63) tăng 1,94 điểm,
  tăng 4 bậc" are previous values dated 2024-06-30 (the previous total on the /100 scale) and changes. The six
  group scores are prose, four in brackets after the group's name ("Mức độ hài lòng (17,48/18 điểm)") and two
  after it without brackets. The task's "đạt tối thiểu 50%" is the province's target again (subject NULL),
  dated 2024-12-31. Six deadlines: day, year ("đến hết năm 2024", with the target), "chậm nhất" day in words,
  month, quarter, "trước ngày 12 hằng tháng" (issued 07/10/2024: first 12/10/2024).
- 186 is an annual Báo cáo of Sở Nội vụ tỉnh Trà Vinh (header "UBND TỈNH TRÀ VINH / SỞ NỘI VỤ"), năm 2024,
  issued 10/01/2025. Part I is about the province, as the Sở is the standing body for administrative reform:
  "06/19 sở, ban, ngành và 03/9 huyện, thị xã, thành phố xếp loại Tốt" in the Chỉ số cải cách hành chính
  năm 2023 are counts (`đơn vị` level tỉnh max 19; `huyện` level huyện max 9; subject unchecked, code None)
  dated 2023-12-31; PAR INDEX and SIPAS năm 2023 "lần lượt đạt 86,74% và 82,15%, xếp thứ 21/63 và 30/63"
  are the province's (subject NULL), the n-th value and rank the n-th index's (codes par_index, sipas),
  dated 2023-12-31. Part II is the Sở's own (subject "Sở Nội vụ", level tỉnh): "8 lĩnh vực" (code None),
  procedures by online form, "05 quyết định" (code None), "(năm 2023: 2.917 hồ sơ), tăng 569 hồ sơ" (a
  previous value dated 2023-12-31 and a change), "chiếm 93,83%, đạt chỉ tiêu UBND tỉnh giao năm 2024 (80%)"
  (the target at the period end, status "đạt"), "đúng hạn đạt 100% (trước hạn 2.958 hồ sơ, đúng hạn 444 hồ
  sơ)", files carried into 2025 (code unchecked). Its Markdown table by field (no units in the headers except
  "(%)"; "Số TTHC" counts procedures, "Hồ sơ tiếp nhận" and "Đã giải quyết" files; one "100" cell) has a
  "Tổng cộng" row with an empty STT cell (= the Sở; its figures are also in the prose); field rows have
  subject ANY, level tỉnh. "86,21% (25/29 hồ sơ)": the share and one count (max 29) of online payment. "Sở
  không nhận được phản ánh, kiến nghị nào" has no figure. Rank "2/19 sở, ban, ngành", "tăng 3 bậc so với năm
  2023 (thứ 5/19)" dated 2023-12-31. The target "đến hết năm 2025 … của Sở đạt tối thiểu 70%" is the Sở's,
  dated 2025-12-31. Six deadlines: day, quarter, month, "chậm nhất" day in words, year (with the target),
  "trước ngày 15 hằng tháng" (issued 10/01/2025: first 15/01/2025).
- 187 is a monthly Báo cáo of UBND quận Kiến An (thành phố Hải Phòng, named in "Kính gửi"), tháng 4 năm 2025,
  issued 06/5/2025, before the 1 July 2025 reform. An urban district names its own levels "cấp quận" and
  "cấp phường": as with Hà Nội's "cấp Thành phố" (golden/blind15.py), the subject is the level as written,
  "cấp quận" (level huyện) under "a) Cấp quận (Bộ phận Một cửa quận)" and in "318 TTHC thuộc thẩm quyền cấp
  quận", "cấp phường" (level xã) under "b) Cấp phường" and in "116 TTHC thuộc thẩm quyền cấp phường"; shares
  "của cấp quận và cấp phường lần lượt là …" likewise. The quận's own PAKN, score and rank have subject
  "UBND quận Kiến An", level huyện. "(tháng 3/2025: 1.987 hồ sơ)" and "giảm 1 bậc so với tháng 3/2025 (thứ
  4/15)" are previous values dated 2025-03-31 (a fall of -1). Overdue files by field in brackets "(lĩnh vực
  đất đai 11 hồ sơ, xây dựng 03 hồ sơ)" have subject ANY, level huyện. Its Markdown table (TT column; "Trực
  tuyến" is a count of files submitted online, next to "Tỷ lệ trực tuyến (%)") lists the 10 phường (subject
  as written, "Phường Bắc Sơn", level xã; four "100" cells) with a "Cộng" row with an empty TT cell (= cấp
  phường; its figures are also in the prose). "Chỉ tiêu thành phố giao cho quận năm 2025 về thanh toán trực
  tuyến là 65%; như vậy cấp quận đạt chỉ tiêu, cấp phường chưa đạt chỉ tiêu": one target for both levels
  (subject and level unchecked, as golden/blind15.py's 155), dated 2025-12-31; 71,46% carries it with "đạt",
  58,02% with "chưa đạt". "xếp thứ 5/15 quận, huyện, thành phố" ranks the quận among the city's 15
  district-level units. The average of the wards is a level average (subject ANY, level xã); two wards carry
  their score in brackets. "Có 07/10 đơn vị xếp loại Tốt, 03 đơn vị xếp loại Khá" are counts of wards (unit
  `đơn vị`, level xã, code None). "tại tất cả các phường" has no figure. Five deadlines: day for two named
  wards, month, "chậm nhất" day in words, quarter, "trước ngày 25 hằng tháng" (issued 06/5/2025: first
  25/5/2025).
- 188 is a Công văn of the Văn phòng UBND tỉnh Gia Lai (header "UBND TỈNH GIA LAI / VĂN PHÒNG"; the "V/v" line
  names tháng 10 năm 2024), issued 08/11/2024, asking agencies to fix their 766 scores. The province's figures
  have subject NULL. "giảm 0,72 điểm và giảm 6 bậc so với tháng 9/2024 (79,36 điểm, xếp thứ 35/63)": falls and
  previous values dated 2024-09-30. The six group scores are "+ " bullets "<group>: x/max điểm (y điểm);"
  where, as the line before them says, y is the group's score of tháng 9/2024: a previous value dated
  2024-09-30 with the group's maximum (as seed 003's "(15,1 điểm)"). "giảm 3,15% so với tháng 9/2024" is the
  change of the payment share; "so với chỉ tiêu năm 2024 là 40% thì chưa đạt chỉ tiêu": the target dated
  2024-12-31, the 34,72% carries it with "chưa đạt"; the task's "đạt tối thiểu 40%" within "tháng 12/2024" is
  the province's target again, dated 2024-12-31. "Có 38/220 xã, phường, thị trấn" is a count of communes (unit
  xã, code None). "tỷ lệ TTHC có phát sinh hồ sơ trực tuyến" is the "phat_sinh_ho_so" share. "tỷ lệ hồ sơ
  được đồng bộ đầy đủ trạng thái" is left with code unchecked (a publication component whose catalogue code
  this writer could not confirm). Block averages (subject ANY; levels tỉnh/huyện/xã); "có 11/20 cơ quan xếp
  loại Tốt, 07 cơ quan …, 02 cơ quan …" are counts (`đơn vị`, level tỉnh, code None; the first with max 20).
  The best agency and district carry their score in brackets. The worst units are a dash list "- <unit>: x
  điểm, xếp thứ n/m …; tỷ lệ … đạt y%;": score, rank in its block (code of the ranking, max the block's
  size: 20 agencies, 17 districts) and one share, all with the unit as subject (level tỉnh for a Sở, huyện for
  a UBND huyện). Five deadlines: day for four named units, month (with the target), "chậm nhất" day in words
  for three named districts, quarter, "trước ngày 05 hằng tháng" (issued 08/11/2024, after the 5th: first
  05/12/2024).
- 189 is a quarterly Báo cáo of a post-merger commune, UBND xã Kiến Xương (tỉnh Hưng Yên, named in "Kính
  gửi"), quý III năm 2025 (stated as 01/7–30/9/2025, issued 03/10/2025). Every figure is the commune's
  (subject "UBND xã Kiến Xương", level xã), except files by field (dash list "- <field>: n hồ sơ;" and "(đất
  đai 29 hồ sơ, xây dựng 08 hồ sơ)": subject ANY, level xã, the first code unchecked) and the average of the
  province's communes "(83,92 điểm)" (subject ANY, level xã). Month-by-month figures in prose: "số hồ sơ tiếp
  nhận tháng 7, tháng 8, tháng 9 lần lượt là 1.126 hồ sơ, 1.402 hồ sơ và 1.537 hồ sơ" and "Tỷ lệ nộp trực
  tuyến của tháng 7, tháng 8, tháng 9 tương ứng là …" are each dated at the month's end (2025-07-31,
  2025-08-31, 2025-09-30 = the period end). "nộp trực tiếp 953 hồ sơ" is the count of the direct-submission
  share. "Chứng thực bản sao điện tử từ bản chính 842 trường hợp, chiếm 69,82%" carries the electronic
  certification code. "1.037/1.462 hồ sơ" is one count (max 1462); "chỉ tiêu UBND tỉnh giao năm 2025 là 75%,
  chưa đạt chỉ tiêu": the target dated 2025-12-31, the 70,93% carries it with "chưa đạt". PAKN parts by channel
  in a bracket are bare counts (code unchecked). "so với tháng 8/2025 (84,78 điểm, thứ 32/104)" are previous
  values dated 2025-08-31 (the score has no max: the current one states none); "23/104" ranks among the
  province's 104 xã, phường. Six group scores "x/max" without "điểm" separated by ";". The target "của xã đạt
  tối thiểu 75%" by the end of 2025 is the commune's. Six deadlines: day, year (with the target), "chậm nhất"
  day in words, quarter ("quý IV/2025"), month, "trước ngày 18 hằng tháng" (issued 03/10/2025: first
  18/10/2025).
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
_CUNG_CAP = "766.dvctt.tthc_cung_cap"
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
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 185: UBND tỉnh Điện Biên, quý III năm 2024
_Q2_185 = "2024-06-30"


def _row_185(subject: str, received: str, on_time: str, online_q2: str, online_q3: str, after: str) -> list[Fact]:
    """One tab-separated row of a district-level unit (or the total): files received, on-time share, online
    share in quý II/2024 (dated 2024-06-30) and in quý III/2024."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (on_time, "%", P, _DH, "period"),
             (online_q2, "%", P, _NOP, _Q2_185), (online_q3, "%", P, _NOP, "period")]
    return _cells(subject, "huyện", cells, after, "\t", "\n")


BLIND_185 = [
    # I.1 (01/2020/TT-VPCP of 21/10/2020 and 3905/KH-UBND of 29/12/2023 cited; "tính đến ngày 30/9/2024")
    F("ban hành 07 quyết định", "07", 7, "quyết định", C, code=None),
    F("danh mục 96 TTHC", "96", 96, "TTHC", C, code=ANY),
    F("công bố đúng hạn đạt 100%", "100%", 100, "%", code="766.cong_khai.cong_bo_dung_han"),
    F("TTHC đạt 97,92%", "97,92%", 97.92, "%", code="766.cong_khai.cap_nhat_dung_han"),
    F("hiện là 1.838 TTHC", "1.838", 1838, "TTHC", C, code=_TTHC),
    # I.2 the 2024 target (dated at the year's end), "đã đạt chỉ tiêu"; quý II năm 2024 dated 2024-06-30
    F("có 1.342 TTHC", "1.342", 1342, "TTHC", C, code=_CUNG_CAP),
    F("chiếm 73,01%", "73,01%", 73.01, "%", code=_CUNG_CAP),
    F("(toàn trình 861", "861", 861, "TTHC", C, code=_TOAN),
    F("một phần 481", "481", 481, "TTHC", C, code=_MOT),
    F("toàn tỉnh đạt 58,36%", "58,36%", 58.36, "%", code=_NOP, target=55, stated_status="đạt"),
    F("năm 2024 là 55%", "55%", 55, "%", T, as_of=_Y2024, code=_NOP),
    F("tăng 4,12%", "4,12%", 4.12, "%", CH, code=_NOP),
    F("(54,24%)", "54,24%", 54.24, "%", PR, as_of=_Q2_185, code=_NOP),
    # I.3 received by level after "tương ứng là"; two named districts' overdue land files
    F("cộng 64.917", "64.917", 64917, "hồ sơ", C, code=_TN),
    F("trực tuyến 37.886", "37.886", 37886, "hồ sơ", C, code=_NOP),
    F("tương ứng là 14.208", "14.208", 14208, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_TN),
    F("hồ sơ, 17.534 hồ sơ", "17.534", 17534, "hồ sơ", C, subject="cấp huyện", level="huyện", code=_TN),
    F("và 33.175", "33.175", 33175, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    F("giải quyết 62.340", "62.340", 62340, "hồ sơ", C, code=ANY),
    F("trước hạn 41.752", "41.752", 41752, "hồ sơ", C, code=ANY),
    F("đúng hạn 19.934", "19.934", 19934, "hồ sơ", C, code=ANY),
    F("quá hạn 654", "654", 654, "hồ sơ", C, code=_QH),
    F("đạt 98,95%", "98,95%", 98.95, "%", code=_DH),
    F("Mường Nhé (187 hồ sơ)", "187", 187, "hồ sơ", C, subject="UBND huyện Mường Nhé", level="huyện", code=_QH),
    F("Nậm Pồ (142 hồ sơ)", "142", 142, "hồ sơ", C, subject="UBND huyện Nậm Pồ", level="huyện", code=_QH),
    F("là 4,8 ngày", "4,8", 4.8, "ngày", code=_TIME),
    F("giảm 0,5 ngày", "0,5", -0.5, "ngày", CH, code=_TIME),
    # tab-separated table of the 10 district-level units, "Cộng cấp huyện" row (= cấp huyện)
    *_row_185("UBND thành phố Điện Biên Phủ", "3.126", "99,51", "61,20", "66,38", "2\tUBND thị xã Mường Lay"),
    *_row_185("UBND thị xã Mường Lay", "412", "100", "57,84", "60,19", "3\tUBND huyện Điện Biên\t"),
    *_row_185("UBND huyện Điện Biên", "2.874", "99,03", "52,47", "57,62", "4\tUBND huyện Điện Biên Đông"),
    *_row_185("UBND huyện Điện Biên Đông", "1.365", "98,71", "44,10", "49,35", "5\tUBND huyện Mường Ảng"),
    *_row_185("UBND huyện Mường Ảng", "1.208", "99,15", "48,92", "53,07", "6\tUBND huyện Mường Chà"),
    *_row_185("UBND huyện Mường Chà", "1.157", "98,39", "41,36", "45,80", "7\tUBND huyện Mường Nhé"),
    *_row_185("UBND huyện Mường Nhé", "1.683", "86,62", "35,28", "38,54", "8\tUBND huyện Nậm Pồ"),
    *_row_185("UBND huyện Nậm Pồ", "1.742", "89,10", "37,91", "40,12", "9\tUBND huyện Tủa Chùa"),
    *_row_185("UBND huyện Tủa Chùa", "1.296", "100", "46,05", "51,47", "10\tUBND huyện Tuần Giáo"),
    *_row_185("UBND huyện Tuần Giáo", "2.671", "99,38", "50,64", "55,90", "\tCộng cấp huyện"),
    *_row_185("cấp huyện", "17.534", "97,07", "48,75", "53,22", "\nCó 06/10"),
    F("Có 06/10", "06/10", 6, "huyện", C, max_value=10, subject=ANY, level="huyện", code=None),
    # I.4 the 2024 target (dated at the year's end), "chưa đạt chỉ tiêu"; shares by level after "trong đó"
    F("trực tuyến đạt 41,57%", "41,57%", 41.57, "%", code=_TT, target=50, stated_status="chưa đạt"),
    F("cấp tỉnh 63,84%", "63,84%", 63.84, "%", subject="cấp tỉnh", level="tỉnh", code=_TT),
    F("cấp huyện 38,20%", "38,20%", 38.20, "%", subject="cấp huyện", level="huyện", code=_TT),
    F("cấp xã 27,95%", "27,95%", 27.95, "%", subject="cấp xã", level="xã", code=_TT),
    F("năm 2024 là 50%", "50%", 50, "%", T, as_of=_Y2024, code=_TT),
    F("TTHC đạt 76,48%", "76,48%", 76.48, "%", code=_SH),
    F("điện tử đạt 88,12%", "88,12%", 88.12, "%", code=_KQ),
    F("số hóa đạt 31,06%", "31,06%", 31.06, "%", code=_TSD),
    # I.5 quý II năm 2024 dated 2024-06-30 (0215.3825.666 is a phone number)
    F("tiếp nhận 27 phản ánh", "27", 27, "PAKN", C, code=_PAKN_TN),
    F("2024: 19 PAKN)", "19", 19, "PAKN", PR, as_of=_Q2_185, code=_PAKN_TN),
    F("xong 25 PAKN", "25", 25, "PAKN", C, code=_PAKN_XL),
    F("đạt 92,59%", "92,59%", 92.59, "%", code=_PAKN_TL),
    F("02 PAKN đang", "02", 2, "PAKN", C, code=ANY),
    F("TTHC đạt 94,27%", "94,27%", 94.27, "%", code=_HL),
    # I.6 ("Tính đến ngày 30/9/2024" is the period end); quý II năm 2024 dated 2024-06-30
    F("đạt 74,85/100", "74,85/100", 74.85, "điểm", max_value=100, code=_TONG),
    F("thứ 49/63", "49/63", 49, "hạng", R, max_value=63, code=_HANG),
    F("(72,91 điểm", "72,91", 72.91, "điểm", PR, max_value=100, as_of=_Q2_185, code=_TONG),
    F("thứ 53/63)", "53/63", 53, "hạng", PR, max_value=63, as_of=_Q2_185, code=_HANG),
    F("tăng 1,94 điểm", "1,94", 1.94, "điểm", CH, code=_TONG),
    F("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    F("hài lòng (17,48/18", "17,48/18", 17.48, "điểm", max_value=18, code="766.hai_long"),
    F("giải quyết (18,87/20", "18,87/20", 18.87, "điểm", max_value=20, code="766.tien_do"),
    F("trực tuyến (4,15/10", "4,15/10", 4.15, "điểm", max_value=10, code="766.thanh_toan"),
    F("hồ sơ (9,07/22", "9,07/22", 9.07, "điểm", max_value=22, code="766.so_hoa"),
    F("minh bạch 16,92/18", "16,92/18", 16.92, "điểm", max_value=18, code="766.cong_khai"),
    F("trực tuyến 8,36/12", "8,36/12", 8.36, "điểm", max_value=12, code="766.dvctt"),
    # III.2 the province's target by the end of 2024 (in the task of Sở Tài chính)
    F("tối thiểu 50%", "50%", 50, "%", T, as_of=_Y2024, code=_TT),
]

# ------------------------------------------------------------ 186: Sở Nội vụ tỉnh Trà Vinh, năm 2024
_SNV = "Sở Nội vụ"


def _so(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SNV, level="tỉnh", **kw)


def _row_186(subject: object, procedures: str, received: str, online: str, settled: str, after: str) -> list[Fact]:
    """One Markdown row of a field (or the total): procedures, files received, online share, files settled.
    STT is no figure."""
    cells = [(procedures, "TTHC", P, _TTHC, "period"), (received, "hồ sơ", P, _TN, "period"),
             (online, "%", P, _NOP, "period"), (settled, "hồ sơ", P, ANY, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_186 = [
    # I. the province's administrative-reform results of 2023 (1184/QĐ-UBND of 14/6/2024, 264/QĐ-BNV of
    # 16/4/2024 and 5127/UBND-NC of 02/12/2024 cited)
    F("kết quả có 06/19", "06/19", 6, "đơn vị", C, max_value=19, subject=ANY, level="tỉnh", as_of=_Y2023,
      code=None),
    F("và 03/9", "03/9", 3, "huyện", C, max_value=9, subject=ANY, level="huyện", as_of=_Y2023, code=None),
    F("lần lượt đạt 86,74%", "86,74%", 86.74, "%", as_of=_Y2023, code="par_index"),
    F("và 82,15%", "82,15%", 82.15, "%", as_of=_Y2023, code="sipas"),
    F("thứ 21/63", "21/63", 21, "hạng", R, max_value=63, as_of=_Y2023, code="par_index"),
    F("và 30/63", "30/63", 30, "hạng", R, max_value=63, as_of=_Y2023, code="sipas"),
    # II.1
    _so("thực hiện 94 TTHC", "94", 94, "TTHC", C, code=_TTHC),
    _so("thuộc 8 lĩnh vực", "8", 8, "lĩnh vực", C, code=None),
    _so("trong đó 71 TTHC", "71", 71, "TTHC", C, code=_TOAN),
    _so("toàn trình, 19 TTHC", "19", 19, "TTHC", C, code=_MOT),
    _so("và 04 TTHC", "04", 4, "TTHC", C, code="766.dvctt.chua_cung_cap"),
    _so("ban hành 05 quyết định", "05", 5, "quyết định", C, code=None),
    # II.2 năm 2023 dated 2023-12-31; the 2024 target is the period end
    _so("Sở tiếp nhận 3.486", "3.486", 3486, "hồ sơ", C, code=_TN),
    _so("(năm 2023: 2.917 hồ sơ)", "2.917", 2917, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    _so("tăng 569 hồ sơ", "569", 569, "hồ sơ", CH, code=_TN),
    _so("trực tuyến 3.271", "3.271", 3271, "hồ sơ", C, code=_NOP),
    _so("chiếm 93,83%", "93,83%", 93.83, "%", code=_NOP, target=80, stated_status="đạt"),
    _so("năm 2024 (80%)", "80%", 80, "%", T, code=_NOP),
    _so("giải quyết 3.402", "3.402", 3402, "hồ sơ", C, code=ANY),
    _so("đạt 100%", "100%", 100, "%", code=_DH),
    _so("(trước hạn 2.958", "2.958", 2958, "hồ sơ", C, code=ANY),
    _so("đúng hạn 444", "444", 444, "hồ sơ", C, code=ANY),
    _so("là 84 hồ sơ", "84", 84, "hồ sơ", C, code=ANY),
    # Markdown table by field, "Tổng cộng" row (= the Sở)
    *_row_186(ANY, "9", "126", "92,06", "121", "| 2 | Chính quyền"),
    *_row_186(ANY, "5", "48", "87,50", "46", "| 3 | Công chức"),
    *_row_186(ANY, "14", "684", "95,18", "667", "| 4 | Thi đua"),
    *_row_186(ANY, "19", "1.842", "94,57", "1.806", "| 5 | Tín ngưỡng"),
    *_row_186(ANY, "31", "402", "90,05", "391", "| 6 | Văn thư"),
    *_row_186(ANY, "4", "215", "96,74", "212", "| 7 | Công tác"),
    *_row_186(ANY, "3", "37", "100", "37", "| 8 | Tổ chức phi"),
    *_row_186(ANY, "9", "132", "85,61", "122", "| | Tổng cộng"),
    *_row_186(_SNV, "94", "3.486", "93,83", "3.402", "\n3. Thanh toán"),
    # II.3
    _so("Sở đạt 86,21%", "86,21%", 86.21, "%", code=_TT),
    _so("(25/29 hồ sơ)", "25/29", 25, "hồ sơ", C, max_value=29, code=_TT),
    _so("TTHC đạt 97,35%", "97,35%", 97.35, "%", code=_SH),
    _so("điện tử đạt 98,90%", "98,90%", 98.90, "%", code=_KQ),
    _so("số hóa đạt 62,48%", "62,48%", 62.48, "%", code=_TSD),
    # II.4 (no PAKN received: no figure)
    _so("Sở đạt 99,06%", "99,06%", 99.06, "%", code=_HL),
    # II.5 rank among the province's agencies; năm 2023 dated 2023-12-31
    _so("đạt 92,18 điểm", "92,18", 92.18, "điểm", code=_TONG),
    _so("thứ 2/19", "2/19", 2, "hạng", R, max_value=19, code=_HANG),
    _so("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _so("(thứ 5/19)", "5/19", 5, "hạng", PR, max_value=19, as_of=_Y2023, code=_HANG),
    # III.5 the Sở's target by the end of 2025 ("số 10 đường Võ Nguyên Giáp, phường 7" is an address,
    # 0294.3862.417 a phone number)
    _so("tối thiểu 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TSD),
]

# ------------------------------------------------------------ 187: UBND quận Kiến An (Hải Phòng), tháng 4/2025
_KA = "UBND quận Kiến An"
_MAR_187 = "2025-03-31"
_QUAN = {"subject": "cấp quận", "level": "huyện"}
_PHUONG = {"subject": "cấp phường", "level": "xã"}


def _row_187(subject: str, received: str, online: str, share: str, on_time: str, after: str) -> list[Fact]:
    """One Markdown row of a ward (or "Cộng" = cấp phường): files received, files submitted online, online
    share, on-time share. TT is no figure."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (share, "%", P, _NOP, "period"), (on_time, "%", P, _DH, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


def _quan(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the quận itself (subject its UBND, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_KA, level="huyện", **kw)


BLIND_187 = [
    # I.1 (28/KH-UBND of 22/01/2025 cited)
    F("thực hiện 318 TTHC", "318", 318, "TTHC", C, code=_TTHC, **_QUAN),
    F("và 116 TTHC", "116", 116, "TTHC", C, code=_TTHC, **_PHUONG),
    # I.2 a) cấp quận; tháng 3/2025 dated 2025-03-31
    F("tiếp nhận 2.153", "2.153", 2153, "hồ sơ", C, code=_TN, **_QUAN),
    F("(tháng 3/2025: 1.987 hồ sơ)", "1.987", 1987, "hồ sơ", PR, as_of=_MAR_187, code=_TN, **_QUAN),
    F("trực tuyến 1.806", "1.806", 1806, "hồ sơ", C, code=_NOP, **_QUAN),
    F("đạt 83,88%", "83,88%", 83.88, "%", code=_NOP, **_QUAN),
    F("giải quyết 2.047", "2.047", 2047, "hồ sơ", C, code=ANY, **_QUAN),
    F("trước hạn 1.612", "1.612", 1612, "hồ sơ", C, code=ANY, **_QUAN),
    F("đúng hạn 421", "421", 421, "hồ sơ", C, code=ANY, **_QUAN),
    F("quá hạn 14", "14", 14, "hồ sơ", C, code=_QH, **_QUAN),
    F("đất đai 11 hồ sơ", "11", 11, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    F("dựng 03 hồ sơ", "03", 3, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    F("đạt 99,32%", "99,32%", 99.32, "%", code=_DH, **_QUAN),
    # I.2 b) cấp phường; best and worst wards in brackets
    F("phường tiếp nhận 4.228", "4.228", 4228, "hồ sơ", C, code=_TN, **_PHUONG),
    F("trực tuyến 3.085", "3.085", 3085, "hồ sơ", C, code=_NOP, **_PHUONG),
    F("chiếm 72,97%", "72,97%", 72.97, "%", code=_NOP, **_PHUONG),
    F("đạt 99,76%", "99,76%", 99.76, "%", code=_DH, **_PHUONG),
    F("cao nhất (77,34%)", "77,34%", 77.34, "%", subject="Phường Trần Thành Ngọ", level="xã", code=_NOP),
    F("thấp nhất (63,91%)", "63,91%", 63.91, "%", subject="Phường Tràng Minh", level="xã", code=_NOP),
    # Markdown table of the 10 wards, "Cộng" row (= cấp phường)
    *_row_187("Phường Bắc Sơn", "412", "318", "77,18", "100", "| 2 | Phường Đồng Hòa"),
    *_row_187("Phường Đồng Hòa", "536", "401", "74,81", "99,63", "| 3 | Phường Lãm Hà"),
    *_row_187("Phường Lãm Hà", "487", "352", "72,28", "99,79", "| 4 | Phường Nam Sơn"),
    *_row_187("Phường Nam Sơn", "358", "247", "68,99", "100", "| 5 | Phường Ngọc Sơn"),
    *_row_187("Phường Ngọc Sơn", "441", "338", "76,64", "99,55", "| 6 | Phường Phù Liễn"),
    *_row_187("Phường Phù Liễn", "296", "198", "66,89", "100", "| 7 | Phường Quán Trữ"),
    *_row_187("Phường Quán Trữ", "519", "384", "73,99", "99,81", "| 8 | Phường Trần Thành Ngọ"),
    *_row_187("Phường Trần Thành Ngọ", "384", "297", "77,34", "99,74", "| 9 | Phường Tràng Minh"),
    *_row_187("Phường Tràng Minh", "327", "209", "63,91", "99,39", "| 10 | Phường Văn Đẩu"),
    *_row_187("Phường Văn Đẩu", "468", "341", "72,86", "100", "| | Cộng"),
    *_row_187("cấp phường", "4.228", "3.085", "72,97", "99,76", "\n3. Thanh toán"),
    # I.3 shares by level after "lần lượt là"; one 2025 target for both levels
    F("lần lượt là 71,46%", "71,46%", 71.46, "%", code=_TT, target=65, stated_status="đạt", **_QUAN),
    F("và 58,02%", "58,02%", 58.02, "%", code=_TT, target=65, stated_status="chưa đạt", **_PHUONG),
    F("lần lượt là 95,17%", "95,17%", 95.17, "%", code=_SH, **_QUAN),
    F("và 90,84%", "90,84%", 90.84, "%", code=_SH, **_PHUONG),
    F("trực tuyến là 65%", "65%", 65, "%", T, subject=ANY, level=ANY, as_of=_Y2025, code=_TT),
    # I.4 the quận's own PAKN
    _quan("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _quan("xử lý 08 PAKN", "08", 8, "PAKN", C, code=_PAKN_XL),
    _quan("(đạt 88,89%)", "88,89%", 88.89, "%", code=_PAKN_TL),
    _quan("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    # I.5 rank among the city's 15 district-level units; tháng 3/2025 dated 2025-03-31
    _quan("đạt 87,42 điểm", "87,42", 87.42, "điểm", code=_TONG),
    _quan("thứ 5/15", "5/15", 5, "hạng", R, max_value=15, code=_HANG),
    _quan("giảm 1 bậc", "1", -1, "hạng", CH, code=_HANG),
    _quan("(thứ 4/15)", "4/15", 4, "hạng", PR, max_value=15, as_of=_MAR_187, code=_HANG),
    F("đạt 84,63 điểm", "84,63", 84.63, "điểm", subject=ANY, level="xã", code=_TONG),
    F("(90,12 điểm)", "90,12", 90.12, "điểm", subject="Phường Văn Đẩu", level="xã", code=_TONG),
    F("(78,45 điểm)", "78,45", 78.45, "điểm", subject="Phường Nam Sơn", level="xã", code=_TONG),
    F("Có 07/10", "07/10", 7, "đơn vị", C, max_value=10, subject=ANY, level="xã", code=None),
    F("Tốt, 03 đơn vị", "03", 3, "đơn vị", C, subject=ANY, level="xã", code=None),
    # II. ("số 5 đường Trần Thành Ngọ" is an address, 0225.3876.233 a phone number)
]

# ------------------------------------------------------------ 188: Văn phòng UBND tỉnh Gia Lai, tháng 10 năm 2024
_SEP_188 = "2024-09-30"


def _group_188(name: str, score: str, previous: str, code: str) -> list[Fact]:
    """One "+ <group>: x/max điểm (y điểm);" bullet: the score and its tháng 9/2024 value (dated 2024-09-30,
    with the group's maximum)."""
    number, top = score.split("/")
    return [
        F(f"{name}: {score}", score, _num(number), "điểm", max_value=_num(top), code=code),
        F(f"({previous} điểm)", previous, _num(previous), "điểm", PR, max_value=_num(top), as_of=_SEP_188,
          code=code),
    ]


def _weak_188(subject: str, level: str, score: str, rank: str, rank_after: str, share: str, code: str,
              share_after: str = ";") -> list[Fact]:
    """One dash item "- <unit>: x điểm, xếp thứ n/m …; tỷ lệ … đạt y%;": the unit's score, its rank in its
    block (max m) and one share (the last item ends with "." instead of ";")."""
    number, top = rank.split("/")
    return [
        F(f"{subject}: {score} điểm", score, _num(score), "điểm", subject=subject, level=level, code=_TONG),
        F(f"thứ {rank}{rank_after}", rank, _num(number), "hạng", R, max_value=_num(top), subject=subject,
          level=level, code=_HANG),
        F(f"đạt {share}{share_after}", share, _num(share), "%", subject=subject, level=level, code=code),
    ]


BLIND_188 = [
    # 1. (418/TB-UBND of 25/10/2024 cited; "đến hết ngày 31/10/2024" is the period end); tháng 9/2024 dated
    # 2024-09-30 ("tháng thứ hai" is no figure)
    F("đạt 78,64/100", "78,64/100", 78.64, "điểm", max_value=100, code=_TONG),
    F("thứ 41/63", "41/63", 41, "hạng", R, max_value=63, code=_HANG),
    F("giảm 0,72 điểm", "0,72", -0.72, "điểm", CH, code=_TONG),
    F("giảm 6 bậc", "6", -6, "hạng", CH, code=_HANG),
    F("(79,36 điểm", "79,36", 79.36, "điểm", PR, max_value=100, as_of=_SEP_188, code=_TONG),
    F("thứ 35/63)", "35/63", 35, "hạng", PR, max_value=63, as_of=_SEP_188, code=_HANG),
    # the six groups as "+ " bullets, each with its tháng 9/2024 score in brackets
    *_group_188("minh bạch", "16,38/18", "16,52", "766.cong_khai"),
    *_group_188("kết quả giải quyết", "18,74/20", "18,90", "766.tien_do"),
    *_group_188("Dịch vụ công trực tuyến", "8,92/12", "8,85", "766.dvctt"),
    *_group_188("Thanh toán trực tuyến", "5,06/10", "5,47", "766.thanh_toan"),
    *_group_188("hài lòng", "17,61/18", "17,66", "766.hai_long"),
    *_group_188("Số hóa hồ sơ", "11,93/22", "11,96", "766.so_hoa"),
    # 2.a) the 2024 target (dated at the year's end), "chưa đạt chỉ tiêu"; shares by level after "trong đó"
    F("chỉ đạt 34,72%", "34,72%", 34.72, "%", code=_TT, target=40, stated_status="chưa đạt"),
    F("giảm 3,15%", "3,15%", -3.15, "%", CH, code=_TT),
    F("cấp tỉnh 52,40%", "52,40%", 52.40, "%", subject="cấp tỉnh", level="tỉnh", code=_TT),
    F("cấp huyện 31,08%", "31,08%", 31.08, "%", subject="cấp huyện", level="huyện", code=_TT),
    F("cấp xã 22,61%", "22,61%", 22.61, "%", subject="cấp xã", level="xã", code=_TT),
    F("năm 2024 là 40%", "40%", 40, "%", T, as_of=_Y2024, code=_TT),
    F("Có 38/220", "38/220", 38, "xã", C, max_value=220, subject=ANY, level="xã", code=None),
    # 2.b)-đ)
    F("trực tuyến đạt 47,83%", "47,83%", 47.83, "%", code=_NOP),
    F("mới đạt 44,16%", "44,16%", 44.16, "%", code="766.dvctt.phat_sinh_ho_so"),
    F("TTHC đạt 58,26%", "58,26%", 58.26, "%", code=_SH),
    F("mới đạt 19,84%", "19,84%", 19.84, "%", code=_TSD),
    F("điện tử đạt 73,50%", "73,50%", 73.50, "%", code=_KQ),
    F("còn 1.247", "1.247", 1247, "hồ sơ", C, code=_QH),
    F("chiếm 1,86%", "1,86%", 1.86, "%", code=_QH),
    F("Pleiku (318 hồ sơ)", "318", 318, "hồ sơ", C, subject="UBND thành phố Pleiku", level="huyện", code=_QH),
    F("Chư Sê (205 hồ sơ)", "205", 205, "hồ sơ", C, subject="UBND huyện Chư Sê", level="huyện", code=_QH),
    F("An Khê (117 hồ sơ)", "117", 117, "hồ sơ", C, subject="UBND thị xã An Khê", level="huyện", code=_QH),
    F("quốc gia đạt 91,37%", "91,37%", 91.37, "%", code=ANY),
    F("TTHC đạt 96,72%", "96,72%", 96.72, "%", code=_HL),
    # 3. block averages, counts of agencies by grade, best units in brackets
    F("bình quân đạt 84,26", "84,26", 84.26, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("có 11/20", "11/20", 11, "đơn vị", C, max_value=20, subject=ANY, level="tỉnh", code=None),
    F("Tốt, 07 cơ quan", "07", 7, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("Khá, 02 cơ quan", "02", 2, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("bình quân đạt 77,85", "77,85", 77.85, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("bình quân đạt 72,09", "72,09", 72.09, "điểm", subject=ANY, level="xã", code=_TONG),
    F("(94,37 điểm)", "94,37", 94.37, "điểm", subject="Sở Tư pháp", level="tỉnh", code=_TONG),
    F("(86,20 điểm)", "86,20", 86.20, "điểm", subject="UBND huyện Đak Pơ", level="huyện", code=_TONG),
    # the weakest units as a dash list (rank within the block: 20 agencies, 17 districts)
    *_weak_188("Sở Tài nguyên và Môi trường", "tỉnh", "69,18", "20/20", " khối", "38,45%", _SH),
    *_weak_188("Sở Xây dựng", "tỉnh", "72,46", "19/20", ";", "27,30%", _TT),
    *_weak_188("UBND huyện Kông Chro", "huyện", "68,07", "17/17", " khối", "29,14%", _NOP),
    *_weak_188("UBND huyện Ia Pa", "huyện", "69,52", "16/17", ";", "35,06%", _SH),
    *_weak_188("UBND huyện Krông Pa", "huyện", "70,88", "15/17", ";", "18,42%", _TT, "."),
    # 4.b) the province's target within tháng 12/2024 (0269.3824.526 is a phone number)
    F("tối thiểu 40%", "40%", 40, "%", T, as_of=_Y2024, code=_TT),
]

# ------------------------------------------------------------ 189: UBND xã Kiến Xương (Hưng Yên), quý III/2025
_KX = "UBND xã Kiến Xương"
_JUL_189 = "2025-07-31"
_AUG_189 = "2025-08-31"


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the commune itself (subject its UBND, level xã)."""
    return F(context, raw, value, unit, kind, subject=_KX, level="xã", **kw)


BLIND_189 = [
    # 1. (2216/UBND-KSTT of 18/7/2025 and 1666/NQ-UBTVQH15 of 16/6/2025 cited; "từ ngày 01/7/2025 đến ngày
    # 30/9/2025" is the period)
    _xa("giải quyết 412 TTHC", "412", 412, "TTHC", C, code=_TTHC),
    _xa("trong đó 338 TTHC", "338", 338, "TTHC", C, code=_TOAN),
    # 2. month-by-month figures dated at each month's end ("tháng 7, tháng 8, tháng 9" are no figures)
    _xa("tiếp nhận 4.065", "4.065", 4065, "hồ sơ", C, code=_TN),
    _xa("lần lượt là 1.126", "1.126", 1126, "hồ sơ", C, as_of=_JUL_189, code=_TN),
    _xa("hồ sơ, 1.402 hồ sơ", "1.402", 1402, "hồ sơ", C, as_of=_AUG_189, code=_TN),
    _xa("và 1.537 hồ sơ", "1.537", 1537, "hồ sơ", C, code=_TN),
    _xa("trực tuyến 3.112", "3.112", 3112, "hồ sơ", C, code=_NOP),
    _xa("chiếm 76,56%", "76,56%", 76.56, "%", code=_NOP),
    _xa("trực tiếp 953", "953", 953, "hồ sơ", C, code=_NTT),
    _xa("tương ứng là 71,14%", "71,14%", 71.14, "%", as_of=_JUL_189, code=_NOP),
    _xa("71,14%, 76,89%", "76,89%", 76.89, "%", as_of=_AUG_189, code=_NOP),
    _xa("và 80,22%", "80,22%", 80.22, "%", code=_NOP),
    # files by field (dash list)
    F("Hộ tịch: 1.684", "1.684", 1684, "hồ sơ", C, subject=ANY, level="xã", code=ANY),
    F("Chứng thực: 1.206", "1.206", 1206, "hồ sơ", C, subject=ANY, level="xã", code=ANY),
    F("Đất đai: 512", "512", 512, "hồ sơ", C, subject=ANY, level="xã", code=ANY),
    F("khác: 663", "663", 663, "hồ sơ", C, subject=ANY, level="xã", code=ANY),
    # settled files and their parts; overdue files by field
    _xa("giải quyết 3.918", "3.918", 3918, "hồ sơ", C, code=ANY),
    _xa("trước hạn 3.104", "3.104", 3104, "hồ sơ", C, code=ANY),
    _xa("đúng hạn 777", "777", 777, "hồ sơ", C, code=ANY),
    _xa("quá hạn 37", "37", 37, "hồ sơ", C, code=_QH),
    F("đất đai 29 hồ sơ", "29", 29, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    F("dựng 08 hồ sơ", "08", 8, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    _xa("đạt 99,06%", "99,06%", 99.06, "%", code=_DH),
    _xa("Còn 147", "147", 147, "hồ sơ", C, code=ANY),
    _xa("công ích 214", "214", 214, "hồ sơ", C, code=ANY),
    _xa("bản chính 842", "842", 842, "trường hợp", C, code=_CT),
    _xa("chiếm 69,82%", "69,82%", 69.82, "%", code=_CT),
    # 3. the 2025 target (dated at the year's end), "chưa đạt chỉ tiêu"
    _xa("trực tuyến 1.037/1.462", "1.037/1.462", 1037, "hồ sơ", C, max_value=1462, code=_TT),
    _xa("đạt 70,93%", "70,93%", 70.93, "%", code=_TT, target=75, stated_status="chưa đạt"),
    _xa("năm 2025 là 75%", "75%", 75, "%", T, as_of=_Y2025, code=_TT),
    _xa("TTHC đạt 96,42%", "96,42%", 96.42, "%", code=_SH),
    _xa("điện tử đạt 91,75%", "91,75%", 91.75, "%", code=_KQ),
    _xa("số hóa đạt 38,60%", "38,60%", 38.60, "%", code=_TSD),
    _xa("thêm 2.318", "2.318", 2318, "tài khoản", C, code=_TK),
    _xa("lên 27.946", "27.946", 27946, "tài khoản", C, code=_TK),
    _xa("đạt 81,27%", "81,27%", 81.27, "%", code=_TK),
    # 4. PAKN with bare channel parts
    _xa("tiếp nhận 07 phản ánh", "07", 7, "PAKN", C, code=_PAKN_TN),
    _xa("quốc gia 03", "03", 3, "PAKN", C, code=ANY),
    _xa("dây nóng 02", "02", 2, "PAKN", C, code=ANY),
    _xa("Trung tâm 02)", "02", 2, "PAKN", C, code=ANY),
    _xa("xử lý 06 PAKN", "06", 6, "PAKN", C, code=_PAKN_XL),
    _xa("(đạt 85,71%)", "85,71%", 85.71, "%", code=_PAKN_TL),
    _xa("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    _xa("đạt 97,84%", "97,84%", 97.84, "%", code=_HL),
    # 5. rank among the province's 104 xã, phường; tháng 8/2025 dated 2025-08-31; the communes' average
    _xa("đạt 86,15 điểm", "86,15", 86.15, "điểm", code=_TONG),
    F("(83,92 điểm)", "83,92", 83.92, "điểm", subject=ANY, level="xã", code=_TONG),
    _xa("thứ 23/104", "23/104", 23, "hạng", R, max_value=104, code=_HANG),
    _xa("tăng 1,37 điểm", "1,37", 1.37, "điểm", CH, code=_TONG),
    _xa("tăng 9 bậc", "9", 9, "hạng", CH, code=_HANG),
    _xa("(84,78 điểm", "84,78", 84.78, "điểm", PR, as_of=_AUG_189, code=_TONG),
    _xa("thứ 32/104)", "32/104", 32, "hạng", PR, max_value=104, as_of=_AUG_189, code=_HANG),
    _xa("minh bạch 17,26/18", "17,26/18", 17.26, "điểm", max_value=18, code="766.cong_khai"),
    _xa("giải quyết 19,42/20", "19,42/20", 19.42, "điểm", max_value=20, code="766.tien_do"),
    _xa("trực tuyến 10,05/12", "10,05/12", 10.05, "điểm", max_value=12, code="766.dvctt"),
    _xa("trực tuyến 6,84/10", "6,84/10", 6.84, "điểm", max_value=10, code="766.thanh_toan"),
    _xa("hài lòng 17,56/18", "17,56/18", 17.56, "điểm", max_value=18, code="766.hai_long"),
    _xa("hồ sơ 15,02/22", "15,02/22", 15.02, "điểm", max_value=22, code="766.so_hoa"),
    # 6. the commune's target by the end of 2025 (0227.3821.509 is a phone number)
    _xa("tối thiểu 75%", "75%", 75, "%", T, as_of=_Y2025, code=_TT),
]

BLIND = {"185": BLIND_185, "186": BLIND_186, "187": BLIND_187, "188": BLIND_188, "189": BLIND_189}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "185": [
        ("2024-10-25", "day", "25/10/2024", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "UBND huyện Mường Nhé, UBND huyện Nậm Pồ"),
        ("2024-12-31", "year", "năm 2024", "tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2024-11-15", "day", "ngày 15 tháng 11 năm 2024", "nâng cấp Hệ thống thông tin giải quyết TTHC",
         "Sở Thông tin và Truyền thông"),
        ("2024-11-30", "month", "tháng 11/2024", "kiểm tra công tác kiểm soát TTHC", "Văn phòng UBND tỉnh"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "số hóa hồ sơ, kết quả giải quyết TTHC",
         "UBND các huyện, thị xã, thành phố"),
        # issued 07/10/2024: the first "ngày 12 hằng tháng" is 12/10/2024
        ("2024-10-12", "recurring", "12 hằng tháng", "gửi báo cáo kết quả giải quyết TTHC",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
    "186": [
        ("2025-02-28", "day", "28/02/2025", "đề xuất phương án đơn giản hóa TTHC", "Phòng Công chức, viên chức"),
        ("2025-03-31", "quarter", "quý I năm 2025", "rà soát quy trình nội bộ", "Văn phòng Sở"),
        ("2025-04-30", "month", "tháng 4/2025", "số hóa tài liệu lưu trữ", "Chi cục Văn thư - Lưu trữ"),
        ("2025-06-30", "day", "ngày 30 tháng 6 năm 2025", "số hóa toàn bộ hồ sơ khen thưởng",
         "Ban Thi đua - Khen thưởng"),
        ("2025-12-31", "year", "năm 2025", "khai thác, sử dụng lại thông tin", "Phòng Cải cách hành chính"),
        # issued 10/01/2025: the first "ngày 15 hằng tháng" is 15/01/2025
        ("2025-01-15", "recurring", "15 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng, ban, đơn vị thuộc Sở"),
    ],
    "187": [
        ("2025-05-20", "day", "20/5/2025", "xây dựng giải pháp nâng cao tỷ lệ hồ sơ trực tuyến",
         "UBND Phường Tràng Minh, UBND Phường Phù Liễn"),
        ("2025-05-31", "month", "tháng 5/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Chi nhánh Văn phòng Đăng ký đất đai quận Kiến An"),
        ("2025-05-30", "day", "ngày 30 tháng 5 năm 2025", "cập nhật quy trình nội bộ", "Văn phòng HĐND và UBND quận"),
        ("2025-06-30", "quarter", "quý II năm 2025", "chứng thực bản sao điện tử", "Phòng Tư pháp"),
        # issued 06/5/2025: the first "ngày 25 hằng tháng" is 25/5/2025
        ("2025-05-25", "recurring", "25 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng, ban chuyên môn thuộc UBND quận, UBND các phường"),
    ],
    "188": [
        ("2024-11-20", "day", "20/11/2024", "giải quyết dứt điểm hồ sơ đất đai quá hạn",
         "Sở Tài nguyên và Môi trường, UBND thành phố Pleiku, UBND huyện Chư Sê, UBND thị xã An Khê"),
        ("2024-12-31", "month", "tháng 12/2024", "mở rộng thanh toán trực tuyến", "Sở Tài chính"),
        ("2024-11-25", "day", "ngày 25 tháng 11 năm 2024", "xây dựng kế hoạch khắc phục",
         "UBND huyện Kông Chro, UBND huyện Ia Pa, UBND huyện Krông Pa"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "xử lý lỗi đồng bộ dữ liệu", "Sở Thông tin và Truyền thông"),
        # issued 08/11/2024, after the 5th: the first "ngày 05 hằng tháng" is 05/12/2024
        ("2024-12-05", "recurring", "05 hằng tháng", "báo cáo kết quả khắc phục",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
    "189": [
        ("2025-10-15", "day", "15/10/2025", "giải quyết dứt điểm các hồ sơ đất đai, xây dựng quá hạn", "Phòng Kinh tế"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ thanh toán trực tuyến", "Trung tâm Phục vụ hành chính công xã"),
        ("2025-10-31", "day", "ngày 31 tháng 10 năm 2025", "chuyển đổi dữ liệu hộ tịch",
         "Văn phòng HĐND và UBND xã"),
        ("2025-12-31", "quarter", "quý IV/2025", "kích hoạt tài khoản định danh điện tử", "Phòng Văn hóa - Xã hội"),
        ("2025-11-30", "month", "tháng 11/2025", "bổ sung máy quét, máy tính", "Trung tâm Phục vụ hành chính công xã"),
        # issued 03/10/2025: the first "ngày 18 hằng tháng" is 18/10/2025
        ("2025-10-18", "recurring", "18 hằng tháng", "tổng hợp số liệu, báo cáo UBND xã",
         "Các phòng chuyên môn, Trung tâm Phục vụ hành chính công xã"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 185's issuer is UBND tỉnh Điện Biên, period the quarter in its title; 186's issuer is Sở Nội vụ under "UBND
# TỈNH TRÀ VINH", an annual report issued in January 2025; 187's issuer is a quận of thành phố Hải Phòng
# (named in "Kính gửi"); 188's issuer is the Văn phòng under "UBND TỈNH GIA LAI", a Công văn whose period is
# the month in its "V/v" line; 189's issuer is a post-merger commune of tỉnh Hưng Yên (named in "Kính gửi"),
# period the quarter in its title, stated as 01/7–30/9/2025.
META = {
    "185": {"doc_number": "412/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-10-07",
            "province": "Điện Biên", "period_label": "quý III năm 2024", "period_start": "2024-07-01",
            "period_end": "2024-09-30", "signer": "Quàng Văn Thiết"},
    "186": {"doc_number": "36/BC-SNV", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Trà Vinh", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Kim Thị Phương"},
    "187": {"doc_number": "156/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-05-06",
            "province": "Hải Phòng", "period_label": "tháng 4 năm 2025", "period_start": "2025-04-01",
            "period_end": "2025-04-30", "signer": "Phạm Đức Toàn"},
    "188": {"doc_number": "2874/VP-KSTT", "doc_type": "Công văn", "issued_date": "2024-11-08",
            "province": "Gia Lai", "period_label": "tháng 10 năm 2024", "period_start": "2024-10-01",
            "period_end": "2024-10-31", "signer": "Nguyễn Đình Khoa"},
    "189": {"doc_number": "84/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-10-03",
            "province": "Hưng Yên", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Đỗ Văn Thắng"},
}
