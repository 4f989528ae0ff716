"""Blind golden facts for corpus/blind84/495_tra_vinh.txt, 496_quang_binh.txt, 497_hai_duong.txt, 498_binh_duong.txt
and 499_dak_nong.txt.

The five documents were written by the developers for an eighty-fourth blind measurement (provinces and issuers not
used in sets 60–80; not real documents), and every row below was written by reading them, before any extraction,
restoration or pipeline code was run on them. They also serve as held-out text for diacritic restoration (marks
stripped, restored, compared with the file).

Same structure and conventions as golden/blind80.py, blind16.py and blind13.py: rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`;
table cells are kind `value` even when they count (rank cells kind `rank`, plain numbers without max_value); a table
column dated before the period end keeps kind `value` with that date as `as_of`; `as_of="period"` is the period's
end; a change is dated at the period end and a fall ("giảm", "rút ngắn") is negative. `ANY` leaves a field unchecked
where the sentence names no catalogued indicator (`None` where it clearly names none: counts of decisions, documents,
units). Table cells carry `extra={"source": "table"}`. "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị"
counts the unit `PAKN`; a count of the files (or PAKN) an indicator is computed on carries that indicator's code;
every "đã giải quyết" count, the parts of files received ("số mới tiếp nhận", "từ kỳ trước chuyển sang") and the
"trước hạn" / "đúng hạn" parts given apart have their code unchecked. Counts of local units take the unit of their
first unit word ("04/09 huyện, thị xã, thành phố" → `huyện`, "19/19 xã, phường" → `xã`), counts of "cơ quan",
"đơn vị", "sở, ban, ngành" → `đơn vị`, at the level of the bodies counted; "chứng thư" counts use `chứng thư`. A
previous total on the 766 scale carries max 100 when the current one is written `x/100`. Numbers written in words
are no figures (none is used as one here). Dates, document numbers, cited decisions, decrees, resolutions, plans and
letters ("Quyết định số 766/QĐ-TTg", "Công văn số 1186/VPCP-KSTT", "Nghị quyết số 08/2024/NQ-HĐND", "Kế hoạch số
45/KH-UBND", "Quyết định số 562/QĐ-UBND", "Nghị định số 05/2025/NĐ-CP", "Kế hoạch số 28/KH-UBND", "Quyết định số
1250/QĐ-UBND", "Quyết định số 06/QĐ-TTg", "Kế hoạch số 1835/KH-UBND", "Kế hoạch số 96/KH-UBND"), "Đề án 06", "mức độ
2", "từ đủ 14 tuổi", "dưới 6 tuổi", "Tính đến ngày 31/5/2025", the period words "từ ngày 01/01/2025 đến ngày
31/3/2025", "6 tháng đầu năm 2024" (the period, also at the start of a wrapped line), section numbering ("I.", "1.",
"a)", "b)"), the STT/TT column, the "Xếp loại" text column and grade words, street addresses ("số 02 đường Lý Thường
Kiệt", "số 479 đại lộ Bình Dương"), phone numbers ("0294.3862.417", "0232.3822.614", "0220.3882.116",
"0274.3822.115", "0261.3544.216"), headings naming the next period ("III. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2025", "VI.
NHIỆM VỤ THÁNG 6 NĂM 2025", "III. NHIỆM VỤ NĂM 2025", "II. NHIỆM VỤ THÁNG 6 NĂM 2025": no deadlines), page footers
("Trang 2/3", a lone page number "2" on its own line), running page headers ("Báo cáo số 87/BC-UBND ngày 08/4/2025
của UBND tỉnh Trà Vinh", "Thông báo số 215/TB-VPUBND ngày 12/7/2024 …"), the signer's rank and years are not figures.

New in this set: every document is laid out as a text tool extracts it from a PDF. Prose lines are hard-wrapped at
about 82–88 characters in mid-sentence, so a figure and its label are sometimes on different lines ("tăng\n5,65%",
"(82.555\nhồ sơ)", "(96\nhồ sơ)", "đạt\n97,65%", "đạt\n81,09 điểm", "(95,12\nđiểm)", "Tốt, 09\ncơ quan", "đạt\n99,31%",
"tăng 186 hồ\nsơ"); a number is never split. Every context below is on one line of the document (table-cell contexts
end with a line break and the start of the next line); a figure whose label sits on the next line keeps its meaning
(unit, code, subject) from the whole sentence. Pages end with a footer ("Trang n/3" at the right in 495, 498, 499; a
lone centred page number at the bottom in 497) and, in 495, 497 and 499, a form feed; 496 has the page number alone
on a line at the top of pages 2 and 3 (Vietnamese style) and no form feed; 495 and 499 repeat a running header on
pages 2–3. The two-column header block (issuer | national motto, number | place and date) is laid out with spaces on
shared lines, the title centred with spaces, the signature block after "Nơi nhận:" sharing its lines with the list.
- 495 is a quarterly Báo cáo of UBND tỉnh Trà Vinh to the Văn phòng Chính phủ, quý I năm 2025 (stated 01/01–31/3/2025),
  issued 08/4/2025, before the 1 July 2025 merger. Province figures have subject NULL. NEW: a table laid out with runs
  of spaces (as `pdftotext -layout` gives), header on two lines ("Tiếp nhận" over "(hồ sơ)", "Trực tuyến" over "(%)"),
  nine district-level units (subject as written, "Thành phố Trà Vinh", "Huyện Trà Cú", level huyện; received, online
  share, on-time share, overdue files; a right-aligned "100" and a "0" cell) and a "Cộng" row with an empty STT cell
  (title "… của UBND cấp huyện": subject "cấp huyện"). "05 quyết định" (code None), "128 TTHC" (code unchecked), "1.796
  TTHC (cấp tỉnh 1.421 TTHC, cấp huyện 238 TTHC, cấp xã 137 TTHC)" by level, "100% TTHC được cập nhật, công khai đúng
  hạn" (code unchecked). "874 TTHC toàn trình và 478 TTHC một phần, chiếm lần lượt 48,66% và 26,61%". Files received
  with two bracketed parts, "tăng 3.862 hồ sơ so với quý IV năm 2024 (82.555 hồ sơ)" dated 2024-12-31, "trước hạn và
  đúng hạn 80.118 hồ sơ, đạt 99,20%" (the on-time whole), overdue files of a Sở and a district in brackets. "04/09
  huyện, thị xã, thành phố" (max 9) and the lowest district's share in brackets. "46,85% (quý IV năm 2024: 41,20%),
  tăng 5,65% nhưng chưa đạt chỉ tiêu năm 2025 là 50%": value with target and status, previous dated 2024-12-31, change,
  target dated 2025-12-31. "31.208 giao dịch" and "9,46 tỷ đồng" (code unchecked). Digitisation shares by level after
  "tương ứng là". PAKN "42 … 40 … 95,24% … 02 PAKN". Total `82,36/100`, rank `29/63`, "giảm 0,84 điểm và giảm 4 bậc so
  với quý IV năm 2024 (83,20 điểm, xếp thứ 25/63)", six group scores as a dash list "- <group>: x/max điểm;", block
  averages (subject unchecked, levels tỉnh/huyện/xã), "11/19 sở, ban, ngành xếp loại Tốt, 08 đơn vị xếp loại Khá" (`đơn
  vị`, level tỉnh), "03/09 huyện, thị xã, thành phố" (`huyện`, max 9). In the tasks, "214 hồ sơ quá hạn" is a count
  repeated (subject, level and code unchecked) and "đạt tối thiểu 50% trong quý II năm 2025" a target (subject and
  level unchecked) dated 2025-06-30. Five deadlines: day, "chậm nhất" day in words, month, quarter (with the target),
  "trước ngày 20 hằng tháng" (issued 08/4/2025: first 20/4/2025).
- 496 is a monthly Báo cáo of the Sở Nông nghiệp và Môi trường tỉnh Quảng Bình (header "UBND TỈNH QUẢNG BÌNH / SỞ NÔNG
  NGHIỆP VÀ MÔI TRƯỜNG"), tháng 5 năm 2025, issued 04/6/2025. Every figure is the Sở's (subject "Sở Nông nghiệp và Môi
  trường", level tỉnh) but the fields of its Markdown table and "lĩnh vực đất đai (31 hồ sơ)" (subject ANY, level
  tỉnh), the province's "Toàn tỉnh đạt 84,15 điểm, xếp thứ 21/63" (subject NULL; no max written for the score) and the
  counts and target in tasks. "318 TTHC (toàn trình 192 TTHC, một phần 101 TTHC, còn lại 25 TTHC chưa đủ điều kiện …)":
  the whole, the full-online and partial-online counts and a remainder (code unchecked). "02 quyết định" (code None),
  "17 TTHC", "12 TTHC" (codes unchecked), "46 ngày" cut (a duration: kind value). "(tháng 4/2025: 2.318 hồ sơ), tăng
  186 hồ sơ": previous dated 2025-04-30 and change. Settled files "trước hạn 1.804 hồ sơ, đúng hạn 528 hồ sơ, quá hạn
  35 hồ sơ" (parts given apart: codes unchecked but overdue), "6,8 ngày/hồ sơ, rút ngắn 1,1 ngày" (a fall: -1.1). The
  Markdown table by field ("100" and "0" cells) has a "Tổng cộng" row with an empty STT cell (= the Sở; its figures are
  also in the prose). "so với chỉ tiêu UBND tỉnh giao năm 2025 là 55% thì Sở đã đạt chỉ tiêu": target dated 2025-12-31,
  64,27% carries it with status "đạt". "1.126 giấy chứng nhận … 294 giấy chứng nhận" (unit `giấy chứng nhận`, code
  unchecked). "09 PAKN (tháng 4/2025: 06 PAKN), đã xử lý xong 09/09 PAKN" (previous dated 2025-04-30; 09/09 one count,
  max 9); ratings in `lượt`. The Sở's `86,74/100`, `6/19` among the province's agencies, "(tháng 4/2025: 85,90 điểm,
  xếp thứ 8/19)" dated 2025-04-30; two group scores `x/max`. Tasks: a count repeated, a target "đạt tối thiểu 60% trong
  năm 2025" (the Sở's: subject ANY, level tỉnh, dated 2025-12-31). Five deadlines: day, "chậm nhất" day in words,
  quarter, year (with the target), "trước ngày 25 hằng tháng" (issued 04/6/2025: first 25/6/2025).
- 497 is an annual Báo cáo of UBND thành phố Chí Linh (a district-level city of tỉnh Hải Dương, named in "Kính gửi"),
  năm 2024, issued 10/01/2025. Figures under "a) Cấp huyện (Bộ phận Một cửa thành phố)" have subject "cấp huyện" (level
  huyện), under "b) Cấp xã" subject "cấp xã" (level xã); the city's own ("UBND thành phố", "Thành phố", "thành phố Chí
  Linh") subject "UBND thành phố Chí Linh", level huyện. NEW for this set's tab-separated table: the cấp huyện files by
  field (subject ANY, level huyện; received, online and on-time shares; one "100" cell) with a "Cộng" row with an empty
  TT cell (= cấp huyện; its figures are also in the prose). "(năm 2023: 13.905 hồ sơ), tăng 957 hồ sơ" dated
  2023-12-31. "UBND 19 xã, phường" is a count (unit `xã`, code None). Best and worst units in brackets ("phường Sao
  Đỏ", "xã Lê Lợi", level xã). Payment shares after "lần lượt là" against targets by level in a bracket "(cấp huyện
  50%, cấp xã 45%) thì cấp huyện đã đạt, cấp xã chưa đạt chỉ tiêu" (targets of the year = the period end). "19/19 xã,
  phường" (max 19), "6.284 bản sao điện tử" (unit `bản`, as sets 34–79 count certified copies: aligned after the
  first run; the communes': level xã, code unchecked), "214 chứng thư số" (`chứng thư`). "27/27 PAKN", "đạt 100%".
  Score `87,42/100`, rank `2/12` among the province's district-level
  units, "(năm 2023: 84,96 điểm, xếp thứ 5/12), tăng 2,46 điểm và tăng 3 bậc" dated 2023-12-31; block averages "khối
  phường" / "khối xã" (subject unchecked, level xã); "09/19 xã, phường xếp loại Tốt, 08 đơn vị … 02 đơn vị" (level xã).
  VNeID accounts "Trên địa bàn thành phố" (subject ANY, level huyện). The target "UBND các xã, phường … của đơn vị mình
  đạt tối thiểu 50% trong quý II năm 2025" is each commune's (subject ANY, level xã), dated 2025-06-30. Six deadlines:
  day, "chậm nhất" day in words, month, quarter (with the target), year "trong năm 2025", "trước ngày 15 hằng tháng"
  (issued 10/01/2025: first 15/01/2025).
- 498 is a monthly Báo cáo of Công an tỉnh Bình Dương (header "BỘ CÔNG AN / CÔNG AN TỈNH BÌNH DƯƠNG") on Đề án 06 and
  its own online services, tháng 5 năm 2025, issued 06/6/2025. The issuer's own figures ("Công an tỉnh …") have subject
  "Công an tỉnh", level tỉnh; "Lũy kế toàn tỉnh …" and "tỉnh Bình Dương đạt …" are the province's (subject NULL); the
  population "2.863.417 nhân khẩu … trên địa bàn tỉnh" has subject ANY (unit `nhân khẩu`). "2.104.586 thẻ Căn cước"
  (unit `thẻ`). "36.518 hồ sơ đề nghị cấp tài khoản" with "(tháng 4/2025: 41.206 hồ sơ), giảm 4.688 hồ sơ" (previous
  dated 2025-04-30, a fall; codes unchecked: requests, not the files of the 766 index). "1.982.347 tài khoản … đạt
  91,36% … chỉ tiêu UBND tỉnh giao năm 2025 là 95%, tỉnh chưa đạt chỉ tiêu": the identity-account count and share (the
  share carries target 95 with status "chưa đạt"), the target dated 2025-12-31. Files of the two inter-agency groups
  (code unchecked), fees "12,86 tỷ đồng". NEW: the figures by district are a dash list whose items wrap onto a second
  line, "- <area>: kích hoạt n tài khoản mức độ 2, đạt x%; tiếp nhận m hồ sơ, trực tuyến đạt y%." (subject as written,
  "Thành phố Thủ Dầu Một", "Huyện Bàu Bàng", level huyện: accounts with the identity-account code, the activation
  share, files received, online share) and "Các phòng nghiệp vụ Công an tỉnh" (subject ANY, level tỉnh). "91/91 xã,
  phường, thị trấn" (unit `xã`, max 91), "24.306 lượt" of Công an cấp xã (subject ANY, level xã). "Công an tỉnh đạt
  92,18/100 điểm, xếp thứ 3/63 Công an các tỉnh, thành phố (tháng 4/2025: xếp thứ 5/63), tăng 2 bậc" is the Bộ Công
  an's own ranking of provincial police: codes unchecked (ambiguous between the 766 index as applied to the ministry's
  units and a ministry ranking); "tỉnh Bình Dương đạt 86,52/100 điểm, xếp thứ 12/63" is the province's 766 total and
  rank. The task target "đạt tối thiểu 93% trong tháng 7/2025" is Công an cấp xã's for its communes (subject ANY, level
  xã), dated 2025-07-31. Five deadlines: day, "chậm nhất" day in words, quarter split by a line break ("quý III
  năm\n2025"), month (with the target), "trước ngày 02 hằng tháng" (issued 06/6/2025, after the 2nd: first 02/7/2025).
- 499 is a Thông báo of the Văn phòng UBND tỉnh Đắk Nông (header "UBND TỈNH ĐẮK NÔNG / VĂN PHÒNG"; no "Kính gửi") on
  the 766 results of 6 tháng đầu năm 2024 of the province and its bodies, issued 12/7/2024. Province figures have
  subject NULL: `78,64/100`, `43/63`, "so với năm 2023 (74,92 điểm, xếp thứ 51/63) tăng 3,72 điểm và tăng 8 bậc"
  (previous values dated 2023-12-31), six group scores `x/max` after "lần lượt là" separated by ";" and "và", settled
  files, on-time and overdue, online, payment, digitisation, reuse shares, PAKN. Block averages (subject unchecked;
  levels tỉnh/huyện/xã; code 766.tong_hop), counts by grade "07/18 cơ quan xếp loại Tốt, 09 cơ quan … 02 cơ quan" (`đơn
  vị`, level tỉnh), best and worst Sở in brackets (the score split from "điểm" by a line break), "05/08 huyện, thành
  phố" (`huyện`, max 8), "03 đơn vị" (level huyện), "huyện Tuy Đức giảm 0,46 điểm so với năm 2023", "12/71 xã, phường,
  thị trấn" (`xã`, max 71), the lowest commune "xã Quảng Hòa, huyện Đắk Glong (58,40 điểm)" (subject "xã Quảng Hòa",
  level xã). Its Markdown table lists the eight district-level units in official order (subject as written, "UBND huyện
  Đắk R'Lấp", level huyện) with the score of the period, "Điểm năm 2023" (dated 2023-12-31, kind value), the rank among
  the eight (kind rank, plain numbers, no max) and a text grade; no total row. Targets in tasks: "đạt tối thiểu 40%
  trong quý III năm 2024" (subject and level unchecked, dated 2024-09-30) and "đến hết năm 2024 điểm Bộ chỉ số của tỉnh
  đạt tối thiểu 82 điểm" (the province's, dated 2024-12-31). Six deadlines after "Văn phòng UBND tỉnh đề nghị:": day,
  "chậm nhất" day in words for two named districts, month, quarter (with the target), year "đến hết năm 2024" (with the
  target), "trước ngày 25 hằng tháng" (issued 12/7/2024: first 25/7/2024).
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
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_GROUPS = ("766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.hai_long", "766.so_hoa")
_Y2025 = "2025-12-31"
_Q4_2024 = "2024-12-31"
_APR_2025 = "2025-04-30"
_Y2023 = "2023-12-31"


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject,
              level=level, as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


def _spaced_cells(subject: object, level: object, row: str, cells: list[tuple[str, object]], after: str) -> list[Fact]:
    """The numeric cells of one row of a table laid out with runs of spaces. `row` is the row from its first numeric
    cell to its end, as written; each cell `(unit, code)` is read in order. A cell's context is the row from that
    cell on, the line break and the start of the next line (`after`)."""
    raws = row.split()
    contexts, at = [], 0
    for raw in raws:
        at = row.index(raw, at)
        contexts.append(row[at:] + "\n" + after)
        at += len(raw)
    return [F(context, raw, _num(raw), unit, P, subject=subject, level=level, code=code, extra=TAB)
            for context, raw, (unit, code) in zip(contexts, raws, cells, strict=True)]


# ------------------------------------------------------------ 495: UBND tỉnh Trà Vinh, quý I năm 2025
_COLS_495 = [("hồ sơ", _TN), ("%", _NOP), ("%", _DH), ("hồ sơ", _QH)]


def _row_495(subject: str, level: str, row: str, after: str) -> list[Fact]:
    """One row of Bảng 1 (spaces as columns): received, online share, on-time share, overdue files."""
    return _spaced_cells(subject, level, row, _COLS_495, after)


BLIND_495 = [
    # I.1 (766/QĐ-TTg and 1186/VPCP-KSTT cited)
    F("ban hành 05 quyết định", "05", 5, "quyết định", C, code=None),
    F("danh mục 128 TTHC", "128", 128, "TTHC", C, code=ANY),
    F("thực hiện là 1.796 TTHC", "1.796", 1796, "TTHC", C, code=_TTHC),
    F("(cấp tỉnh 1.421 TTHC", "1.421", 1421, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("cấp huyện 238", "238", 238, "TTHC", C, subject="cấp huyện", level="huyện", code=_TTHC),
    F("cấp xã 137 TTHC", "137", 137, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    F("137 TTHC); 100% TTHC", "100%", 100, "%", code=ANY),
    # I.2
    F("có 1.352 TTHC", "1.352", 1352, "TTHC", C, code=ANY),
    F("trong đó 874 TTHC", "874", 874, "TTHC", C, code=_TOAN),
    F("và 478 TTHC", "478", 478, "TTHC", C, code=_MOT),
    F("lần lượt 48,66%", "48,66%", 48.66, "%", code=_TOAN),
    F("và 26,61%", "26,61%", 26.61, "%", code=_MOT),
    # I.3; quý IV năm 2024 dated 2024-12-31
    F("tiếp nhận 86.417", "86.417", 86417, "hồ sơ", C, code=_TN),
    F("mới tiếp nhận 81.290", "81.290", 81290, "hồ sơ", C, code=ANY),
    F("chuyển sang 5.127", "5.127", 5127, "hồ sơ", C, code=ANY),
    F("tăng 3.862 hồ sơ", "3.862", 3862, "hồ sơ", CH, code=_TN),
    F("(82.555", "82.555", 82555, "hồ sơ", PR, as_of=_Q4_2024, code=_TN),
    F("là 58.934 hồ sơ", "58.934", 58934, "hồ sơ", C, code=_NOP),
    F("chiếm 72,50%", "72,50%", 72.50, "%", code=_NOP),
    F("giải quyết 80.765", "80.765", 80765, "hồ sơ", C, code=ANY),
    F("đúng hạn 80.118", "80.118", 80118, "hồ sơ", C, code=_DH),
    F("đạt 99,20%", "99,20%", 99.20, "%", code=_DH),
    F("quá hạn 647", "647", 647, "hồ sơ", C, code=_QH),
    F("chiếm 0,80%", "0,80%", 0.80, "%", code=_QH),
    F("đang giải quyết 5.652", "5.652", 5652, "hồ sơ", C, code=ANY),
    F("(214 hồ sơ)", "214", 214, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_QH),
    F("Trà Cú (96", "96", 96, "hồ sơ", C, subject="UBND huyện Trà Cú", level="huyện", code=_QH),
    # Bảng 1 (spaces as columns, header on two lines), "Cộng" = cấp huyện
    *_row_495("Thành phố Trà Vinh", "huyện", "3.482         81,36         99,14           18",
              "   2    Thị xã Duyên Hải"),
    *_row_495("Thị xã Duyên Hải", "huyện", "1.106         74,23         99,46            4",
              "   3    Huyện Càng Long"),
    *_row_495("Huyện Càng Long", "huyện", "2.315         68,90         98,97           15",
              "   4    Huyện Cầu Kè"),
    *_row_495("Huyện Cầu Kè", "huyện", "1.874         66,75         99,31            9",
              "   5    Huyện Tiểu Cần"),
    *_row_495("Huyện Tiểu Cần", "huyện", "1.958         70,12         99,58            6",
              "   6    Huyện Châu Thành"),
    *_row_495("Huyện Châu Thành", "huyện", "2.436         67,48         98,85           21",
              "   7    Huyện Cầu Ngang"),
    *_row_495("Huyện Cầu Ngang", "huyện", "2.107         63,20         99,02           13",
              "   8    Huyện Trà Cú"),
    *_row_495("Huyện Trà Cú", "huyện", "2.689         58,64         96,12           96",
              "   9    Huyện Duyên Hải"),
    *_row_495("Huyện Duyên Hải", "huyện", "1.203         61,37           100            0",
              "        Cộng"),
    *_row_495("cấp huyện", "huyện", "19.170         68,67         98,78          182", "\nCó 04/09"),
    F("Có 04/09 huyện", "04/09", 4, "huyện", C, max_value=9, subject=ANY, level="huyện", code=None),
    F("Trà Cú (58,64%)", "58,64%", 58.64, "%", subject="huyện Trà Cú", level="huyện", code=_NOP),
    # I.4 (08/2024/NQ-HĐND cited)
    F("toàn tỉnh đạt 46,85%", "46,85%", 46.85, "%", code=_TT, target=50, stated_status="chưa đạt"),
    F("(quý IV năm 2024: 41,20%)", "41,20%", 41.20, "%", PR, as_of=_Q4_2024, code=_TT),
    F("5,65% nhưng", "5,65%", 5.65, "%", CH, code=_TT),
    F("năm 2025 là 50%", "50%", 50, "%", T, as_of=_Y2025, code=_TT),
    F("có 31.208 giao dịch", "31.208", 31208, "giao dịch", C, code=ANY),
    F("tiền 9,46 tỷ đồng", "9,46", 9.46, "tỷ đồng", code=ANY),
    # I.5 by level after "tương ứng là"
    F("là 92,18%", "92,18%", 92.18, "%", subject="cấp tỉnh", level="tỉnh", code=_SH),
    F("92,18%, 85,40%", "85,40%", 85.40, "%", subject="cấp huyện", level="huyện", code=_SH),
    F("và 71,06%", "71,06%", 71.06, "%", subject="cấp xã", level="xã", code=_SH),
    F("đạt 88,73%", "88,73%", 88.73, "%", code=_KQ),
    F("đạt 38,52%", "38,52%", 38.52, "%", code=_TSD),
    # I.6
    F("tiếp nhận 42 PAKN", "42", 42, "PAKN", C, code=_PAKN_TN),
    F("xử lý 40 PAKN", "40", 40, "PAKN", C, code=_PAKN_XL),
    F("đạt 95,24%", "95,24%", 95.24, "%", code=_PAKN_TL),
    F("còn 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    F("97,65%.", "97,65%", 97.65, "%", code=_HL),
    # I.7 the province's total, rank, change and previous values (quý IV năm 2024)
    F("đạt 82,36/100", "82,36/100", 82.36, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 29/63", "29/63", 29, "hạng", R, max_value=63, code=_HANG),
    F("giảm 0,84 điểm", "0,84", -0.84, "điểm", CH, code=_TONG),
    F("giảm 4 bậc", "4", -4, "hạng", CH, code=_HANG),
    F("(83,20 điểm", "83,20", 83.20, "điểm", PR, max_value=100, as_of=_Q4_2024, code=_TONG),
    F("xếp thứ 25/63)", "25/63", 25, "hạng", PR, max_value=63, as_of=_Q4_2024, code=_HANG),
    F("minh bạch: 16,95/18", "16,95/18", 16.95, "điểm", max_value=18, code=_GROUPS[0]),
    F("giải quyết: 19,36/20", "19,36/20", 19.36, "điểm", max_value=20, code=_GROUPS[1]),
    F("trực tuyến: 9,12/12", "9,12/12", 9.12, "điểm", max_value=12, code=_GROUPS[2]),
    F("trực tuyến: 5,48/10", "5,48/10", 5.48, "điểm", max_value=10, code=_GROUPS[3]),
    F("hài lòng: 17,58/18", "17,58/18", 17.58, "điểm", max_value=18, code=_GROUPS[4]),
    F("hồ sơ: 13,87/22", "13,87/22", 13.87, "điểm", max_value=22, code=_GROUPS[5]),
    # block averages (subject unchecked) and counts by grade
    F("ngành đạt 86,14 điểm", "86,14", 86.14, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("81,09 điểm", "81,09", 81.09, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("trấn đạt 78,42 điểm", "78,42", 78.42, "điểm", subject=ANY, level="xã", code=_TONG),
    F("Có 11/19 sở", "11/19", 11, "đơn vị", C, max_value=19, subject=ANY, level="tỉnh", code=None),
    F("Tốt, 08 đơn vị", "08", 8, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("có 03/09 huyện", "03/09", 3, "huyện", C, max_value=9, subject=ANY, level="huyện", code=None),
    # III. tasks: a count repeated, a target for quý II (0294.3862.417 is a phone number)
    F("214 hồ sơ quá hạn, hoàn thành", "214", 214, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("tối thiểu 50%", "50%", 50, "%", T, subject=ANY, level=ANY, as_of="2025-06-30", code=_TT),
]

# ------------------------------------------------ 496: Sở Nông nghiệp và Môi trường tỉnh Quảng Bình, tháng 5 năm 2025
_SNN = "Sở Nông nghiệp và Môi trường"


def _snn(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở itself."""
    return F(context, raw, value, unit, kind, subject=_SNN, level="tỉnh", **kw)


def _field_496(subject: object, received: str, online: str, on_time: str, overdue: str, after: str) -> list[Fact]:
    """One Markdown row of a field (or the Sở's "Tổng cộng"): received, online share, on-time share, overdue."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (on_time, "%", P, _DH, "period"), (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_496 = [
    # I. (45/KH-UBND, 562/QĐ-UBND, 05/2025/NĐ-CP cited)
    _snn("thực hiện 318 TTHC", "318", 318, "TTHC", C, code=_TTHC),
    _snn("toàn trình 192 TTHC", "192", 192, "TTHC", C, code=_TOAN),
    _snn("một phần 101 TTHC", "101", 101, "TTHC", C, code=_MOT),
    _snn("còn lại 25 TTHC", "25", 25, "TTHC", C, code=ANY),
    _snn("hành 02 quyết định", "02", 2, "quyết định", C, code=None),
    _snn("công bố 17 TTHC", "17", 17, "TTHC", C, code=ANY),
    _snn("đối với 12 TTHC", "12", 12, "TTHC", C, code=ANY),
    _snn("là 46 ngày", "46", 46, "ngày", code=ANY),
    # II.; tháng 4/2025 dated 2025-04-30
    _snn("tiếp nhận 2.504 hồ sơ", "2.504", 2504, "hồ sơ", C, code=_TN),
    _snn("(tháng 4/2025: 2.318", "2.318", 2318, "hồ sơ", PR, as_of=_APR_2025, code=_TN),
    _snn("tăng 186 hồ", "186", 186, "hồ sơ", CH, code=_TN),
    _snn("là 1.941 hồ sơ", "1.941", 1941, "hồ sơ", C, code=_NOP),
    _snn("đạt 77,52%", "77,52%", 77.52, "%", code=_NOP),
    _snn("giải quyết 2.367", "2.367", 2367, "hồ sơ", C, code=ANY),
    _snn("trước hạn 1.804", "1.804", 1804, "hồ sơ", C, code=ANY),
    _snn("đúng hạn 528", "528", 528, "hồ sơ", C, code=ANY),
    _snn("hạn 35 hồ sơ", "35", 35, "hồ sơ", C, code=_QH),
    _snn("đạt 98,52%", "98,52%", 98.52, "%", code=_DH),
    F("(31 hồ sơ)", "31", 31, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    _snn("là 6,8 ngày", "6,8", 6.8, "ngày", code=_TIME),
    _snn("rút ngắn 1,1 ngày", "1,1", -1.1, "ngày", CH, code=_TIME),
    # Markdown table by field, "Tổng cộng" = the Sở
    *_field_496(ANY, "1.284", "61,21", "97,12", "31", "| 2 | Môi trường"),
    *_field_496(ANY, "146", "89,04", "100", "0", "| 3 | Tài nguyên nước"),
    *_field_496(ANY, "58", "94,83", "100", "0", "| 4 | Khoáng sản"),
    *_field_496(ANY, "37", "91,89", "97,30", "1", "| 5 | Trồng trọt"),
    *_field_496(ANY, "212", "98,58", "99,53", "1", "| 6 | Chăn nuôi"),
    *_field_496(ANY, "325", "97,85", "100", "0", "| 7 | Thủy sản"),
    *_field_496(ANY, "268", "95,15", "99,25", "2", "| 8 | Các lĩnh vực"),
    *_field_496(ANY, "174", "88,51", "100", "0", "| | Tổng cộng"),
    *_field_496(_SNN, "2.504", "77,52", "98,52", "35", "\nIII. THANH TOÁN"),
    # III.
    _snn("Sở đạt 64,27%", "64,27%", 64.27, "%", code=_TT, target=55, stated_status="đạt"),
    _snn("là 55%", "55%", 55, "%", T, as_of=_Y2025, code=_TT),
    _snn("đạt 95,36%", "95,36%", 95.36, "%", code=_SH),
    _snn("đạt 97,81%", "97,81%", 97.81, "%", code=_KQ),
    _snn("đạt 46,10%", "46,10%", 46.10, "%", code=_TSD),
    _snn("cấp 1.126 giấy", "1.126", 1126, "giấy chứng nhận", C, code=ANY),
    _snn("trong đó 294 giấy", "294", 294, "giấy chứng nhận", C, code=ANY),
    # IV.
    _snn("tiếp nhận 09 PAKN", "09", 9, "PAKN", C, code=_PAKN_TN),
    _snn("(tháng 4/2025: 06 PAKN)", "06", 6, "PAKN", PR, as_of=_APR_2025, code=_PAKN_TN),
    _snn("xong 09/09 PAKN", "09/09", 9, "PAKN", C, max_value=9, code=_PAKN_XL),
    _snn("Có 1.872", "1.872", 1872, "lượt", C, code=ANY),
    _snn("đó 1.859 lượt", "1.859", 1859, "lượt", C, code=ANY),
    _snn("99,31%.", "99,31%", 99.31, "%", code=_HL),
    # V. the Sở's score and rank among 19 agencies; the province's
    _snn("đạt 86,74/100", "86,74/100", 86.74, "điểm", max_value=100, code=_TONG),
    _snn("xếp thứ 6/19", "6/19", 6, "hạng", R, max_value=19, code=_HANG),
    _snn("(tháng 4/2025: 85,90 điểm", "85,90", 85.90, "điểm", PR, max_value=100, as_of=_APR_2025, code=_TONG),
    _snn("xếp thứ 8/19)", "8/19", 8, "hạng", PR, max_value=19, as_of=_APR_2025, code=_HANG),
    _snn("đạt 18,62/22", "18,62/22", 18.62, "điểm", max_value=22, code="766.so_hoa"),
    _snn("đạt 7,85/10", "7,85/10", 7.85, "điểm", max_value=10, code="766.thanh_toan"),
    F("Toàn tỉnh đạt 84,15 điểm", "84,15", 84.15, "điểm", code=_TONG),
    F("xếp thứ 21/63", "21/63", 21, "hạng", R, max_value=63, code=_HANG),
    # VI. tasks: a count repeated, the Sở's target for the year (address and phone number no figures)
    F("dứt điểm 31 hồ sơ", "31", 31, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("tối thiểu 60%", "60%", 60, "%", T, subject=ANY, level="tỉnh", as_of=_Y2025, code=_TSD),
]

# ------------------------------------------------------------ 497: UBND thành phố Chí Linh (Hải Dương), năm 2024
_CL = "UBND thành phố Chí Linh"


def _cl(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the city itself (the issuer), level huyện."""
    return F(context, raw, value, unit, kind, subject=_CL, level="huyện", **kw)


def _huyen(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "a) Cấp huyện"."""
    return F(context, raw, value, unit, kind, subject="cấp huyện", level="huyện", **kw)


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "b) Cấp xã"."""
    return F(context, raw, value, unit, kind, subject="cấp xã", level="xã", **kw)


def _field_497(subject: object, received: str, online: str, on_time: str, after: str) -> list[Fact]:
    """One tab-separated row of a field (or "Cộng" = cấp huyện): received, online share, on-time share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"), (on_time, "%", P, _DH, "period")]
    return _cells(subject, "huyện", cells, after, "\t", "\n")


BLIND_497 = [
    # I. (28/KH-UBND, 1250/QĐ-UBND cited)
    _cl("ban hành 07 văn bản", "07", 7, "văn bản", C, code=None),
    # II.1.a cấp huyện; năm 2023 dated 2023-12-31
    _huyen("tiếp nhận 14.862", "14.862", 14862, "hồ sơ", C, code=_TN),
    _huyen("(năm 2023: 13.905", "13.905", 13905, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    _huyen("tăng 957 hồ sơ", "957", 957, "hồ sơ", CH, code=_TN),
    _huyen("trực tuyến 11.247", "11.247", 11247, "hồ sơ", C, code=_NOP),
    _huyen("chiếm 75,68%", "75,68%", 75.68, "%", code=_NOP),
    _huyen("14.519 hồ sơ, trong đó", "14.519", 14519, "hồ sơ", C, code=ANY),
    _huyen("đúng hạn 14.433", "14.433", 14433, "hồ sơ", C, code=_DH),
    _huyen("đạt 99,41%", "99,41%", 99.41, "%", code=_DH),
    _huyen("quá hạn 86 hồ sơ", "86", 86, "hồ sơ", C, code=_QH),
    # tab-separated table by field, "Cộng" = cấp huyện
    *_field_497(ANY, "3.926", "58,41", "98,62", "2\tHộ tịch"),
    *_field_497(ANY, "2.184", "91,30", "100", "3\tTư pháp"),
    *_field_497(ANY, "4.105", "79,45", "99,95", "4\tĐăng ký"),
    *_field_497(ANY, "1.318", "96,74", "99,85", "5\tXây dựng"),
    *_field_497(ANY, "862", "71,69", "98,84", "6\tLao động"),
    *_field_497(ANY, "1.077", "79,48", "99,72", "7\tCác lĩnh vực"),
    *_field_497(ANY, "1.390", "68,35", "99,64", "\tCộng"),
    *_field_497("cấp huyện", "14.862", "75,68", "99,41", "\nb) Cấp xã"),
    # II.1.b cấp xã
    F("UBND 19 xã", "19", 19, "xã", C, subject=ANY, level="xã", code=None),
    _xa("tiếp nhận 38.406", "38.406", 38406, "hồ sơ", C, code=_TN),
    _xa("trực tuyến 24.912", "24.912", 24912, "hồ sơ", C, code=_NOP),
    _xa("đạt 64,86%", "64,86%", 64.86, "%", code=_NOP),
    _xa("đạt 99,87%", "99,87%", 99.87, "%", code=_DH),
    F("(82,15%)", "82,15%", 82.15, "%", subject="phường Sao Đỏ", level="xã", code=_NOP),
    F("(41,27%)", "41,27%", 41.27, "%", subject="xã Lê Lợi", level="xã", code=_NOP),
    # II.2 payment shares by level after "lần lượt là" against the year's targets by level
    _huyen("là 58,36%", "58,36%", 58.36, "%", code=_TT, target=50, stated_status="đạt"),
    _xa("và 44,72%", "44,72%", 44.72, "%", code=_TT, target=45, stated_status="chưa đạt"),
    _huyen("(cấp huyện 50%", "50%", 50, "%", T, code=_TT),
    _xa("cấp xã 45%", "45%", 45, "%", T, code=_TT),
    _huyen("89,64%, của", "89,64%", 89.64, "%", code=_SH),
    _xa("xã đạt 76,18%", "76,18%", 76.18, "%", code=_SH),
    F("Có 19/19 xã", "19/19", 19, "xã", C, max_value=19, subject=ANY, level="xã", code=ANY),
    # certified copies count in `bản` (sets 34, 39, 40, 65, 79); aligned after the first run
    F("cấp 6.284 bản", "6.284", 6284, "bản", C, subject=ANY, level="xã", code=ANY),
    _cl("mới 214 chứng thư", "214", 214, "chứng thư", C, code=ANY),
    # II.3 the city's PAKN
    _cl("tiếp nhận 27 PAKN", "27", 27, "PAKN", C, code=_PAKN_TN),
    _cl("xong 27/27 PAKN", "27/27", 27, "PAKN", C, max_value=27, code=_PAKN_XL),
    _cl("đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    # II.4 the city's score and rank among 12 district-level units; năm 2023 dated 2023-12-31
    _cl("đạt 87,42/100", "87,42/100", 87.42, "điểm", max_value=100, code=_TONG),
    _cl("xếp thứ 2/12", "2/12", 2, "hạng", R, max_value=12, code=_HANG),
    _cl("(năm 2023: 84,96 điểm", "84,96", 84.96, "điểm", PR, max_value=100, as_of=_Y2023, code=_TONG),
    _cl("xếp thứ 5/12)", "5/12", 5, "hạng", PR, max_value=12, as_of=_Y2023, code=_HANG),
    _cl("tăng 2,46 điểm", "2,46", 2.46, "điểm", CH, code=_TONG),
    _cl("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("phường đạt 83,27 điểm", "83,27", 83.27, "điểm", subject=ANY, level="xã", code=_TONG),
    F("xã đạt 79,15 điểm", "79,15", 79.15, "điểm", subject=ANY, level="xã", code=_TONG),
    F("Có 09/19 xã", "09/19", 9, "xã", C, max_value=19, subject=ANY, level="xã", code=None),
    F("Tốt, 08 đơn", "08", 8, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("và 02 đơn vị", "02", 2, "đơn vị", C, subject=ANY, level="xã", code=None),
    # II.5 VNeID accounts in the city's area
    F("có 128.415 tài khoản", "128.415", 128415, "tài khoản", C, subject=ANY, level="huyện", code=_TK),
    F("đạt 86,34%", "86,34%", 86.34, "%", subject=ANY, level="huyện", code=_TK),
    # III. each commune's target for quý II năm 2025 (0220.3882.116 is a phone number)
    F("thiểu 50% trong quý II", "50%", 50, "%", T, subject=ANY, level="xã", as_of="2025-06-30", code=_TT),
]

# ------------------------------------------------------------ 498: Công an tỉnh Bình Dương, tháng 5 năm 2025
_CAT = "Công an tỉnh"


def _cat(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of Công an tỉnh itself."""
    return F(context, raw, value, unit, kind, subject=_CAT, level="tỉnh", **kw)


def _area_498(area: str, accounts: str, share: str, received: str, online: str, received_ctx: str = "") -> list[Fact]:
    """One dash item "- <area>: kích hoạt n tài khoản mức độ 2, đạt x%; tiếp nhận m hồ sơ, trực tuyến đạt y%." The
    item wraps onto a second line, so each context is a piece of one line: the files received are read after the
    break ("m hồ sơ, trực tuyến") unless the break falls after them (`received_ctx`, "tiếp nhận m")."""
    return [
        F(f"{area}: kích hoạt {accounts}", accounts, _num(accounts), "tài khoản", C, subject=area, level="huyện",
          code=_TK),
        F(f"2, đạt {share}%", share + "%", _num(share), "%", subject=area, level="huyện", code=_TK),
        F(received_ctx or f"{received} hồ sơ, trực tuyến", received, _num(received), "hồ sơ", C, subject=area,
          level="huyện", code=_TN),
        F(f"trực tuyến đạt {online}%", online + "%", _num(online), "%", subject=area, level="huyện", code=_NOP),
    ]


BLIND_498 = [
    # I.1 (06/QĐ-TTg, 1835/KH-UBND cited; "Tính đến ngày 31/5/2025" the period end)
    F("có 2.863.417 nhân khẩu", "2.863.417", 2863417, "nhân khẩu", C, subject=ANY, level=ANY, code=ANY),
    _cat("cấp 2.104.586 thẻ", "2.104.586", 2104586, "thẻ", C, code=ANY),
    _cat("đạt 98,72%", "98,72%", 98.72, "%", code=ANY),
    # I.2; tháng 4/2025 dated 2025-04-30
    _cat("tiếp nhận 36.518", "36.518", 36518, "hồ sơ", C, code=ANY),
    _cat("(tháng 4/2025: 41.206", "41.206", 41206, "hồ sơ", PR, as_of=_APR_2025, code=ANY),
    _cat("giảm 4.688 hồ sơ", "4.688", -4688, "hồ sơ", CH, code=ANY),
    F("kích hoạt 1.982.347", "1.982.347", 1982347, "tài khoản", C, code=_TK),
    F("91,36% số công dân", "91,36%", 91.36, "%", code=_TK, target=95, stated_status="chưa đạt"),
    F("năm 2025 là 95%", "95%", 95, "%", T, as_of=_Y2025, code=_TK),
    # I.3
    _cat("thực hiện 147 TTHC", "147", 147, "TTHC", C, code=_TTHC),
    _cat("trong đó 112 TTHC", "112", 112, "TTHC", C, code=_TOAN),
    _cat("tiếp nhận 52.864", "52.864", 52864, "hồ sơ", C, code=_TN),
    _cat("trong đó 50.217", "50.217", 50217, "hồ sơ", C, code=_NOP),
    _cat("đạt 94,99%", "94,99%", 94.99, "%", code=_NOP),
    _cat("đạt 99,96%", "99,96%", 99.96, "%", code=_DH),
    _cat("tiếp nhận 4.215", "4.215", 4215, "hồ sơ", C, code=ANY),
    _cat("tiếp nhận 612 hồ sơ", "612", 612, "hồ sơ", C, code=ANY),
    _cat("đạt 87,45%", "87,45%", 87.45, "%", code=_TT),
    _cat("là 12,86 tỷ đồng", "12,86", 12.86, "tỷ đồng", code=ANY),
    # I.4 dash list by district-level area (items wrapped onto two lines)
    *_area_498("Thành phố Thủ Dầu Một", "298.416", "93,85", "8.426", "96,12"),
    *_area_498("Thành phố Thuận An", "491.959", "90,47", "11.208", "95,34"),
    *_area_498("Thành phố Dĩ An", "365.802", "91,06", "9.874", "95,81"),
    *_area_498("Thành phố Tân Uyên", "261.347", "89,72", "6.542", "94,60"),
    *_area_498("Thành phố Bến Cát", "248.915", "90,18", "6.115", "94,27"),
    *_area_498("Huyện Bàu Bàng", "86.204", "92,33", "2.207", "93,48", "tiếp nhận 2.207"),
    *_area_498("Huyện Bắc Tân Uyên", "61.738", "93,06", "1.486", "92,87"),
    *_area_498("Huyện Dầu Tiếng", "95.126", "94,21", "1.893", "93,19"),
    *_area_498("Huyện Phú Giáo", "72.840", "93,57", "1.602", "92,63", "tiếp nhận 1.602"),
    F("tiếp nhận 3.511", "3.511", 3511, "hồ sơ", C, subject=ANY, level="tỉnh", code=_TN),
    F("đạt 94,77%", "94,77%", 94.77, "%", subject=ANY, level="tỉnh", code=_NOP),
    # I.5
    F("Có 91/91 xã", "91/91", 91, "xã", C, max_value=91, subject=ANY, level="xã", code=None),
    F("hướng dẫn 24.306 lượt", "24.306", 24306, "lượt", C, subject=ANY, level="xã", code=ANY),
    # I.6 the ministry's ranking of provincial police (codes unchecked); the province's 766 total and rank
    _cat("đạt 92,18/100", "92,18/100", 92.18, "điểm", max_value=100, code=ANY),
    _cat("xếp thứ 3/63", "3/63", 3, "hạng", R, max_value=63, code=ANY),
    _cat("(tháng 4/2025: xếp thứ 5/63)", "5/63", 5, "hạng", PR, max_value=63, as_of=_APR_2025, code=ANY),
    _cat("tăng 2 bậc", "2", 2, "hạng", CH, code=ANY),
    F("đạt 86,52/100", "86,52/100", 86.52, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 12/63", "12/63", 12, "hạng", R, max_value=63, code=_HANG),
    # II. Công an cấp xã's target for July (address and phone number no figures)
    F("tối thiểu 93%", "93%", 93, "%", T, subject=ANY, level="xã", as_of="2025-07-31", code=_TK),
]

# ------------------------------------------------------ 499: Văn phòng UBND tỉnh Đắk Nông, 6 tháng đầu năm 2024


def _district_499(subject: str, score: str, score_2023: str, rank: str, after: str) -> list[Fact]:
    """One Markdown row: the period's score, the 2023 score (dated 2023-12-31), the rank among the eight (no max);
    the text grade after it is no figure."""
    raws = [score, score_2023, rank]
    kinds = [(P, "điểm", _TONG, "period"), (P, "điểm", _TONG, _Y2023), (R, "hạng", _HANG, "period")]
    return [F(" | " + " | ".join(raws[i:]) + " | " + after, raw, _num(raw), unit, kind, subject=subject,
              level="huyện", as_of=as_of, code=code, extra=TAB)
            for i, (raw, (kind, unit, code, as_of)) in enumerate(zip(raws, kinds, strict=True))]


BLIND_499 = [
    # I. the province; năm 2023 dated 2023-12-31 (766/QĐ-TTg, 96/KH-UBND cited)
    F("đạt 78,64/100", "78,64/100", 78.64, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 43/63", "43/63", 43, "hạng", R, max_value=63, code=_HANG),
    F("(74,92 điểm", "74,92", 74.92, "điểm", PR, max_value=100, as_of=_Y2023, code=_TONG),
    F("xếp thứ 51/63)", "51/63", 51, "hạng", PR, max_value=63, as_of=_Y2023, code=_HANG),
    F("tăng 3,72 điểm", "3,72", 3.72, "điểm", CH, code=_TONG),
    F("tăng 8 bậc", "8", 8, "hạng", CH, code=_HANG),
    F("là 15,82/18", "15,82/18", 15.82, "điểm", max_value=18, code=_GROUPS[0]),
    F("18,94/20;", "18,94/20", 18.94, "điểm", max_value=20, code=_GROUPS[1]),
    F("8,36/12;", "8,36/12", 8.36, "điểm", max_value=12, code=_GROUPS[2]),
    F("4,71/10;", "4,71/10", 4.71, "điểm", max_value=10, code=_GROUPS[3]),
    F("17,46/18 và", "17,46/18", 17.46, "điểm", max_value=18, code=_GROUPS[4]),
    F("và 13,35/22", "13,35/22", 13.35, "điểm", max_value=22, code=_GROUPS[5]),
    F("giải quyết 81.085", "81.085", 81085, "hồ sơ", C, code=ANY),
    F("đạt 98,71%", "98,71%", 98.71, "%", code=_DH),
    F("còn 1.046", "1.046", 1046, "hồ sơ", C, code=_QH),
    F("chiếm 1,29%", "1,29%", 1.29, "%", code=_QH),
    F("đạt 43,26%", "43,26%", 43.26, "%", code=_NOP),
    F("đạt 31,64%", "31,64%", 31.64, "%", code=_TT),
    F("đạt 58,27%", "58,27%", 58.27, "%", code=_SH),
    F("đạt 12,08%", "12,08%", 12.08, "%", code=_TSD),
    F("nhận 58 PAKN", "58", 58, "PAKN", C, code=_PAKN_TN),
    F("xử lý 51 PAKN", "51", 51, "PAKN", C, code=_PAKN_XL),
    F("đạt 87,93%", "87,93%", 87.93, "%", code=_PAKN_TL),
    # II.1 agencies: block average, counts by grade, best and worst
    F("ngành đạt 84,37 điểm", "84,37", 84.37, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("Có 07/18 cơ quan", "07/18", 7, "đơn vị", C, max_value=18, subject=ANY, level="tỉnh", code=None),
    F("Tốt, 09", "09", 9, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("02 cơ quan", "02", 2, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("Sở Tư pháp (95,12", "95,12", 95.12, "điểm", subject="Sở Tư pháp", level="tỉnh", code=_TONG),
    F("(71,48 điểm)", "71,48", 71.48, "điểm", subject="Sở Tài nguyên và Môi trường", level="tỉnh", code=_TONG),
    # II.2 Markdown table of the eight district-level units in official order (no total row)
    *_district_499("UBND thành phố Gia Nghĩa", "88,26", "85,14", "1", "Khá |\n| 2 | UBND huyện Cư Jút"),
    *_district_499("UBND huyện Cư Jút", "84,91", "83,05", "3", "Khá |\n| 3 | UBND huyện Đắk Glong"),
    *_district_499("UBND huyện Đắk Glong", "70,29", "68,47", "8", "Trung bình |\n| 4 | UBND huyện Đắk Mil"),
    *_district_499("UBND huyện Đắk Mil", "86,53", "82,70", "2", "Khá |\n| 5 | UBND huyện Đắk R'Lấp"),
    *_district_499("UBND huyện Đắk R'Lấp", "82,40", "79,36", "4", "Khá |\n| 6 | UBND huyện Đắk Song"),
    *_district_499("UBND huyện Đắk Song", "77,85", "75,21", "6", "Trung bình |\n| 7 | UBND huyện Krông Nô"),
    *_district_499("UBND huyện Krông Nô", "80,17", "78,92", "5", "Khá |\n| 8 | UBND huyện Tuy Đức"),
    *_district_499("UBND huyện Tuy Đức", "73,62", "74,08", "7", "Trung bình |\n\nĐiểm bình quân"),
    F("phố đạt 80,50 điểm", "80,50", 80.50, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("Có 05/08 huyện", "05/08", 5, "huyện", C, max_value=8, subject=ANY, level="huyện", code=None),
    F("03 đơn vị", "03", 3, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("giảm 0,46 điểm", "0,46", -0.46, "điểm", CH, subject="huyện Tuy Đức", level="huyện", code=_TONG),
    # II.3 communes
    F("trấn đạt 76,83 điểm", "76,83", 76.83, "điểm", subject=ANY, level="xã", code=_TONG),
    F("có 12/71 xã", "12/71", 12, "xã", C, max_value=71, subject=ANY, level="xã", code=None),
    F("(58,40 điểm)", "58,40", 58.40, "điểm", subject="xã Quảng Hòa", level="xã", code=_TONG),
    # III. targets in tasks (0261.3544.216 is a phone number)
    F("tối thiểu 40%", "40%", 40, "%", T, subject=ANY, level=ANY, as_of="2024-09-30", code=_TT),
    F("tối thiểu 82 điểm", "82", 82, "điểm", T, as_of="2024-12-31", code=_TONG),
]

BLIND = {"495": BLIND_495, "496": BLIND_496, "497": BLIND_497, "498": BLIND_498, "499": BLIND_499}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "495": [
        ("2025-04-30", "day", "30/4/2025", "giải quyết dứt điểm", "Sở Nông nghiệp và Môi trường"),
        ("2025-05-15", "day", "ngày 15 tháng 5 năm 2025", "làm rõ nguyên nhân, trách nhiệm", "UBND huyện Trà Cú"),
        ("2025-06-30", "month", "tháng 6/2025", "khắc phục lỗi", "Sở Khoa học và Công nghệ"),
        ("2025-06-30", "quarter", "quý II năm 2025", "đẩy mạnh thanh toán trực tuyến",
         "UBND các huyện, thị xã, thành phố"),
        # issued 08/4/2025: the first "ngày 20 hằng tháng" is 20/4/2025
        ("2025-04-20", "recurring", "20 hằng tháng", "gửi số liệu kết quả",
         "Các sở, ban, ngành và UBND các huyện, thị xã, thành phố"),
    ],
    "496": [
        ("2025-06-15", "day", "15/6/2025", "giải quyết dứt điểm 31 hồ sơ quá hạn", "Văn phòng Đăng ký đất đai"),
        ("2025-06-20", "day", "ngày 20 tháng 6 năm 2025", "rà soát quy trình nội bộ", "Chi cục Chăn nuôi và Thú y"),
        ("2025-09-30", "quarter", "quý III năm 2025", "hồ sơ trực tuyến toàn trình",
         "Phòng Quản lý đất đai"),
        ("2025-12-31", "year", "năm 2025", "tái sử dụng dữ liệu số hóa", "Văn phòng Sở"),
        # issued 04/6/2025: the first "ngày 25 hằng tháng" is 25/6/2025
        ("2025-06-25", "recurring", "25 hằng tháng", "cập nhật số liệu giải quyết hồ sơ",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "497": [
        ("2025-02-28", "day", "28/02/2025", "giải quyết dứt điểm hồ sơ đất đai quá hạn",
         "Phòng Tài nguyên và Môi trường"),
        ("2025-03-15", "day", "ngày 15 tháng 3 năm 2025", "phương án nâng tỷ lệ hồ sơ trực tuyến", "UBND xã Lê Lợi"),
        ("2025-04-30", "month", "tháng 4/2025", "bố trí thêm máy quét", "Văn phòng HĐND và UBND thành phố"),
        ("2025-06-30", "quarter", "quý II năm 2025", "nâng tỷ lệ hồ sơ thanh toán trực tuyến",
         "UBND các xã, phường"),
        ("2025-12-31", "year", "năm 2025", "đưa kết quả giải quyết TTHC vào đánh giá", "Phòng Nội vụ"),
        # issued 10/01/2025: the first "ngày 15 hằng tháng" is 15/01/2025
        ("2025-01-15", "recurring", "15 hằng tháng", "gửi báo cáo kết quả giải quyết TTHC", "Các cơ quan, đơn vị"),
    ],
    "498": [
        ("2025-06-20", "day", "20/6/2025", "cấp tài khoản định danh điện tử",
         "Công an các huyện, thành phố"),
        ("2025-06-30", "day", "ngày 30 tháng 6 năm 2025", "làm sạch dữ liệu cư trú",
         "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"),
        # the quarter is split by a line break ("quý III năm\n2025")
        ("2025-09-30", "quarter", "quý III", "kết nối Hệ thống giải quyết", "Phòng Tham mưu"),
        ("2025-07-31", "month", "tháng 7/2025", "tài khoản định danh điện tử mức độ 2", "Công an cấp xã"),
        # issued 06/6/2025, after the 2nd: the first "ngày 02 hằng tháng" is 02/7/2025
        ("2025-07-02", "recurring", "02 hằng tháng", "gửi số liệu",
         "Các đơn vị nghiệp vụ, Công an các huyện, thành phố"),
    ],
    "499": [
        ("2024-07-31", "day", "31/7/2024", "giải quyết dứt điểm hồ sơ đất đai quá hạn", "Sở Tài nguyên và Môi trường"),
        ("2024-08-05", "day", "ngày 05 tháng 8 năm 2024", "làm rõ nguyên nhân điểm số",
         "UBND huyện Đắk Glong, UBND huyện Tuy Đức"),
        ("2024-09-30", "month", "tháng 9/2024", "đồng bộ dữ liệu hồ sơ", "Sở Thông tin và Truyền thông"),
        ("2024-09-30", "quarter", "quý III năm 2024", "nâng tỷ lệ hồ sơ thanh toán trực tuyến",
         "UBND các huyện, thành phố"),
        ("2024-12-31", "year", "năm 2024", "khắc phục các chỉ số bị trừ điểm",
         "Các sở, ban, ngành, UBND các huyện, thành phố"),
        # issued 12/7/2024: the first "ngày 25 hằng tháng" is 25/7/2024
        ("2024-07-25", "recurring", "25 hằng tháng", "tự chấm điểm", "Các cơ quan, đơn vị"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 495's issuer is UBND tỉnh
# Trà Vinh; 496's the Sở Nông nghiệp và Môi trường tỉnh Quảng Bình; 497's UBND thành phố Chí Linh (the province from
# "Kính gửi"); 498's Công an tỉnh Bình Dương (signer written with his rank "Đại tá": the signer is the name); 499 is a
# Thông báo of the Văn phòng UBND tỉnh Đắk Nông, period the half-year of its title.
META = {
    "495": {"doc_number": "87/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-04-08",
            "province": "Trà Vinh", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Trần Minh Khoa"},
    "496": {"doc_number": "1247/BC-SNNMT", "doc_type": "Báo cáo", "issued_date": "2025-06-04",
            "province": "Quảng Bình", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Phạm Văn Thắng"},
    "497": {"doc_number": "35/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Hải Dương", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Nguyễn Đức Thành"},
    "498": {"doc_number": "412/BC-CAT-PC06", "doc_type": "Báo cáo", "issued_date": "2025-06-06",
            "province": "Bình Dương", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Lê Hoàng Phúc"},
    "499": {"doc_number": "215/TB-VPUBND", "doc_type": "Thông báo", "issued_date": "2024-07-12",
            "province": "Đắk Nông", "period_label": "6 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-06-30", "signer": "Hồ Thị Ngọc Lan"},
}
