"""Blind golden facts for corpus/blind102/585_dien_bien.txt, 586_nghe_an.txt, 587_thai_nguyen.txt, 588_bac_ninh.txt and
589_can_tho.txt.

The five documents were written by the developers for a hundred-and-second blind measurement (provinces not used
since set 85 or earlier, all after the 1 July 2025 merger, ranks /34 and the former provinces' /63; genres: a Quyết
định of the Chủ tịch UBND tỉnh publishing the Chỉ số CCHC năm 2025 of the sở, ban, ngành and of the xã, phường, a
Báo cáo of a Đoàn kiểm tra CCHC on the units it visited, a Thông báo kết luận of the Chủ tịch UBND tỉnh after a meeting
on online public services, a Tờ trình of a Sở Khoa học và Công nghệ proposing the targets for năm 2026, a Sở Tư pháp of
a centrally-run city on electronic certification, civil status and criminal records; periods năm 2025, quý I năm 2026,
quý I năm 2026, năm 2026 and 6 tháng đầu năm 2026; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text for
diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind100.py, blind99.py, blind98.py, blind97.py, blind16.py and blind13.py:
rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it).
Prose and list counts are kind `count`; table cells are kind `value` even when they count (rank cells kind `rank`,
plain numbers without max_value; target cells kind `target`), with `extra={"source": "table"}`; `as_of="period"` is
the period's end; a table column dated before the period end keeps kind `value` with that date as `as_of`; a change
is dated with the figure it changes and a fall ("giảm", "rút ngắn", "thấp hơn") is negative; a change in "điểm phần
trăm" is kind change in `%`; a signed difference from another subject ("cao hơn khối xã, phường 4,74 điểm", "thấp hơn
bình quân toàn tỉnh 11,50%") is kind `change`. `ANY` leaves a field unchecked where the sentence names no catalogued
indicator (`None` where it clearly names none: counts of units, desks, staff, machines). "thủ tục" counts use the unit
`TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of the files (or PAKN) an indicator is computed on
carries that indicator's code; every "đã giải quyết" count, files by area and relative changes of counts have their
code unchecked. Counts of local units take the unit of their first unit word ("45 xã, phường", "04 xã, phường",
"23/92 xã, phường", "87/103 xã, phường" → `xã`), counts of "cơ quan", "đơn vị", "sở, ngành", "sở, ban, ngành" →
`đơn vị`, at the level of the bodies counted (subject unchecked). A provincial body's own figures naming no body are
named by its kind ("Sở tiếp nhận …" → `Sở Tư pháp`), level tỉnh; a sentence naming the body in full keeps the name as
written; a unit named before a colon ("1. Sở Nông nghiệp và Môi trường: …", "4. UBND phường Thành Vinh: …", "- Sở Xây
dựng: 36,80%;") is the subject of the item's figures; in a centrally-run city the city's own figures ("toàn thành
phố", "thành phố Cần Thơ đạt …") have subject NULL. A self-score carries its row's maximum; certified copies count in
`bản`; other things counted take the noun as written (`phiếu`, `quầy`, `công chức`, `máy quét`, `điểm cầu`, `lần`,
`công dân`, `dữ liệu`, `yêu cầu`); money keeps the unit written (`triệu đồng`, `tỷ đồng`; code unchecked); durations
`ngày`, `giờ`. Numbers written in words are no figures ("chính quyền địa phương hai cấp", "Hai lĩnh vực", "hai bên
nam, nữ", the days of "ngày mười sáu tháng 3", "ngày ba mươi mốt tháng 5", "ngày mười lăm tháng 5", "ngày hai mươi
tám tháng 02", "ngày mười lăm tháng 9"). Dates, document numbers, cited laws, decrees, resolutions, decisions, plans
and letters ("Nghị quyết số 76/NQ-CP", "Quyết định số 1862/QĐ-UBND", "Tờ trình số 27/TTr-SNV", "Quyết định số
712/QĐ-UBND", "Kế hoạch số 186/KH-ĐKT", "Quyết định số 766/QĐ-TTg", "Nghị định số 45/2020/NĐ-CP", "Kế hoạch số
58/KH-UBND"), "giai đoạn 2021 - 2030", "thang điểm 100" (the index's scale, as golden/blind96.py's 555), the stated
windows ("từ ngày 01/7/2025", "từ ngày 06/4/2026 đến ngày 17/4/2026", "từ ngày 01/01/2026 đến ngày 31/3/2026", "số
liệu tính đến ngày 30/11/2025" — the as_of of the part it heads), "từ đủ 14 tuổi", "trước năm 1999", "mục I.3",
section and item numbering ("I.", "1.", "a)", "đ)", "Điều 1."), the STT column, "Bảng 1", "Bảng 2", the headers'
maxima ("(tối đa 65)", "(tối đa 100)": the scale of a column, carried by its cells, as golden/blind96.py's 555), the
ĐVT column, phone numbers ("0215.3825.614", "0238.3844.726", "0222.3822.618", "0292.3820.574"), headings naming a
period ("II. ĐỀ XUẤT CHỈ TIÊU NĂM 2026", "V. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026", "II. NHIỆM VỤ THỜI GIAN TỚI": no
deadlines), "Quyết định này có hiệu lực kể từ ngày ký" (no deadline) and years are not figures.

New in this set (all after the 1 July 2025 merger; communes as named after it):
- 585 is a Quyết định of the Chủ tịch UBND tỉnh Điện Biên (header "ỦY BAN NHÂN DÂN / TỈNH ĐIỆN BIÊN", number
  "318/QĐ-UBND", signed "CHỦ TỊCH"), issued 24/02/2026, publishing the Chỉ số CCHC năm 2025 (its period) of 13 sở,
  ban, ngành and 45 xã, phường. Codes are unchecked throughout (the provincial PAR index), but for the province's own
  PAR INDEX năm 2024 "82,16%, xếp thứ 48/63" (code `par_index`, dated 2024-12-31). The survey "3.150 phiếu … 3.087
  phiếu hợp lệ, chiếm 98,00%; trong đó 1.890 phiếu … và 1.197 phiếu" is the evaluation's (subject and level
  unchecked). Block averages (subject unchecked; tỉnh, xã) with "so với năm 2024 (80,67 điểm)" (previous dated
  2024-12-31, no max written), "cao hơn khối xã, phường 4,74 điểm" (the sở block's change against the other block,
  level tỉnh), counts by grade, the leaders and the last ("Sở Nội vụ", "Sở Dân tộc và Tôn giáo", "Phường Điện Biên
  Phủ" with "cao hơn xã Sín Thầu … 30,14 điểm"), the communes' component averages "52,64/70", "25,21/30" and two
  fields' shares of their maxima (level xã). NEW: BOTH TABLES WRITE A MAXIMUM IN EVERY SCORE COLUMN'S HEADER,
  THE TOTAL'S TOO ("Tổng điểm (tối đa 100)"): each score cell carries its column's maximum (65, 35, 100 for the sở;
  70, 30, 100 for the xã, phường), the rank column kind rank without max; the "Bình quân khối …" rows (empty STT,
  subject unchecked) carry the maxima too. NEW: Bảng 2 IS AN EXTRACT ("(trích)": the 05 first and 03 last of 45),
  its STT running 1–8 while its rank column reads 1–5, 43, 44, 45 (the rank is the column's, not the STT); "Bảng 2
  nêu 05 đơn vị dẫn đầu và 03 đơn vị cuối bảng" are counts of units (level xã, code None). Item 3's "cấp xã đạt tối
  thiểu 60% trong quý II năm 2026" is cấp xã's target dated 2026-06-30. Six deadlines: day, month (the same item's
  second clause, "Sở Nội vụ"), "chậm nhất" day in words "ngày mười sáu tháng 3 năm 2026" (assignee as written
  "Giám đốc Sở Dân tộc và Tôn giáo và Chủ tịch UBND các xã xếp loại Trung bình"), quarter (with the target), year,
  "trước ngày 10 hằng tháng" (issued 24/02/2026: first 10/3/2026).
- 586 is a Báo cáo of the Đoàn kiểm tra công tác CCHC năm 2026 of UBND tỉnh Nghệ An (header "UBND TỈNH NGHỆ AN /
  ĐOÀN KIỂM TRA CÔNG TÁC / CẢI CÁCH HÀNH CHÍNH NĂM 2026", number "04/BC-ĐKT", signed "TRƯỞNG ĐOÀN / PHÓ GIÁM ĐỐC SỞ
  NỘI VỤ") to the Chủ tịch UBND tỉnh, issued 28/4/2026; its period is the window inspected, "quý I năm 2026 (từ ngày
  01/01/2026 đến ngày 31/3/2026)" (as golden/blind88.py's 519). The Đoàn's random sample "420 hồ sơ … 180 hồ sơ của
  cấp tỉnh và 240 hồ sơ của cấp xã … 371 hồ sơ …, chiếm 88,33%; 49 hồ sơ quá hạn, chiếm 11,67% … 31 hồ sơ", "37 hồ
  sơ … (chiếm 8,81% …), 26 hồ sơ … và 18 hồ sơ" (codes unchecked; the whole and its findings subject and level
  unchecked, the parts by level `cấp tỉnh` / `cấp xã`). "07/07 đơn vị", "05/07 đơn vị" span both levels (level
  unchecked). NEW: A TAB-SEPARATED TABLE OF THE UNITS VISITED WITH A COLUMN OF PAST INSPECTION DATES ("06/4/2026" …):
  the dates are neither figures nor deadlines (the inspections are done; unlike golden/blind96.py's 557, a schedule
  of future inspections); the rows are the units as written (three sở level tỉnh, four "UBND phường/xã …" level xã),
  columns sampled, on time, overdue, overdue share and incomplete files (codes unchecked: a sample, not the unit's
  files; "0" cells), with NEW SUBTOTAL ROWS BY LEVEL "Cộng cấp tỉnh" (subject `cấp tỉnh`, level tỉnh) and "Cộng cấp
  xã" (`cấp xã`, level xã) and a "Tổng cộng" row (the sample's whole: subject and level unchecked; it repeats the
  prose). "(13,75%) cao hơn cấp tỉnh 4,86 điểm phần trăm" is cấp xã's. Section II's items name their unit before a
  colon: each item's figures are that unit's (files received, online, payment, e-results, digitisation; "(quý IV năm
  2025: 68,42%), tăng 7,73%" previous dated 2025-12-31), "08 quầy với 11 công chức" of the phường's one-stop shop
  (subject unchecked, level xã, code None), "02 máy quét" of the xã (as written "xã còn …": subject unchecked, level
  xã). Item 7's "28,64%, chưa đạt chỉ tiêu UBND tỉnh giao năm 2026 cho cấp xã là 40%" (the commune's payment share
  carries cấp xã's target, dated 2026-12-31). Recommendation 4's "của xã đạt tối thiểu 40% trong quý III năm 2026"
  is the commune's target (dated 2026-09-30). Seven deadlines: day for two named units, day, month, quarter (with the
  target), "chậm nhất" day in words "ngày ba mươi mốt tháng 5 năm 2026", year in a request "Đề nghị Sở Khoa học và
  Công nghệ …", "trước ngày 20 hằng tháng" (issued 28/4/2026: first 20/5/2026).
- 587 is a Thông báo of the Văn phòng UBND tỉnh Thái Nguyên (merged with Bắc Kạn; header "UBND TỈNH THÁI NGUYÊN /
  VĂN PHÒNG", number "146/TB-VPUBND", signed "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG") announcing the Chairman's
  CONCLUSIONS after a meeting on online public services in quý I năm 2026 (its period), issued 10/4/2026. The
  province's figures have subject NULL. Attendance "92 điểm cầu cấp xã" (unit `điểm cầu`, level xã), "16 sở, ban,
  ngành", "UBND 92 xã, phường" (code None). TTHC online "1.786 TTHC" (code unchecked: the TTHC offered online, not
  all TTHC), "1.124 TTHC toàn trình (chiếm 62,93%) và 662 TTHC một phần" (toàn trình / một phần codes). Files "69,00%
  (quý IV năm 2025: 63,18%), tăng 5,82%; so với chỉ tiêu năm 2026 là 75% thì chưa đạt chỉ tiêu" (the year's target
  dated 2026-12-31, after the period end); shares by level after "lần lượt là"; NEW: "Tỷ lệ hồ sơ trực tuyến được
  giải quyết đúng hạn … tương ứng là 98,86% và 96,12%" (on time among ONLINE files only: code unchecked). The former
  province's area "Khu vực tỉnh Bắc Kạn cũ" (subject and level unchecked, as golden/blind100.py's 577; its share the
  online code, "thấp hơn bình quân toàn tỉnh 11,50%" a negative change). A dash list of four sở with their payment
  shares ("- Sở Xây dựng: 36,80%;"; subject as written, level tỉnh). Identity accounts "1.084.236 công dân" (unit as
  written, code unchecked) "đạt 81,42%" (the identity-account code). PAKN with "4,2 ngày/PAKN". The 766 quý I
  `82,76/100`, `14/34`, "tăng 3 bậc so với quý IV năm 2025 (xếp thứ 17/34)" (previous dated 2025-12-31), two groups
  `9,04/12`, `6,86/10`. Shortcomings "23/92 xã, phường … 17 xã", "2.164 hồ sơ …, chiếm 1,68%" (code unchecked),
  "03 lần … 14 giờ" (code None / unchecked). Task 2's "của tỉnh đạt tối thiểu 60% trong quý II năm 2026" is the
  province's target (dated 2026-06-30). Seven deadlines after "Chủ tịch UBND tỉnh yêu cầu:": day and month in one
  item for the same body, quarter (with the target), "chậm nhất" day in words "ngày mười lăm tháng 5 năm 2026" for
  two named chairmen, quarter, year, "trước ngày 05 hằng tháng" (issued 10/4/2026, after the 5th: first 05/5/2026).
- 588 is a Tờ trình of the Sở Khoa học và Công nghệ tỉnh Bắc Ninh (merged with Bắc Giang; header "UBND TỈNH BẮC NINH
  / SỞ KHOA HỌC VÀ CÔNG NGHỆ", number "512/TTr-SKHCN", signed "GIÁM ĐỐC") to UBND tỉnh, issued 15/12/2025, proposing
  the targets for năm 2026 (its period, as golden/blind96.py's 558). Section I "(số liệu tính đến ngày 30/11/2025)"
  is dated 2025-11-30 ("99 xã, phường và 18 sở, ban, ngành", TTHC, files in "11 tháng năm 2025", "tăng 15,88 điểm
  phần trăm so với năm 2024 (số liệu cộng gộp … trước hợp nhất: 58,12%)" (previous dated 2024-12-31), shares by level
  after "tương ứng là", "61/99 xã, phường", payment "58,36%, chưa đạt chỉ tiêu năm 2025 là 60%" (target dated
  2025-12-31), PAKN, "Tháng 11/2025 … 86,12/100 điểm …, xếp thứ 6/34"). NEW: A MARKDOWN TABLE WITH AN ĐVT COLUMN AND
  THREE DATED COLUMNS "Kết quả 11 tháng năm 2025 | Chỉ tiêu năm 2025 | Đề xuất năm 2026": the unit is the row's ĐVT
  cell, the code the indicator the label names, subject NULL ("chỉ tiêu chung của toàn tỉnh"); the result cell is
  kind value dated 2025-11-30, the 2025 target cell kind target dated 2025-12-31, the proposal cell kind target at the
  period end; the score row has no max (none written). After it cấp xã's own proposals "tối thiểu 72% … tối thiểu
  62%" (period end) and the milestone "Đến hết quý II năm 2026 … tối thiểu 77%" (a target dated 2026-06-30, as
  golden/blind100.py's 575). Item đ)'s "tối thiểu 02 máy quét" is each commune's target (level xã, period end).
  "18,6 tỷ đồng". Six deadlines in lettered proposals a)–e) (assignee the body opening the item): day, quarter,
  "chậm nhất" day in words "ngày hai mươi tám tháng 02 năm 2026", month, year, "trước ngày 25 hằng tháng" (issued
  15/12/2025: first 25/12/2025).
- 589 is a half-year Báo cáo of the Sở Tư pháp thành phố Cần Thơ (merged with Sóc Trăng and Hậu Giang; header "ỦY
  BAN NHÂN DÂN / THÀNH PHỐ CẦN THƠ / SỞ TƯ PHÁP", number "1264/BC-STP") on electronic certification, civil status and
  criminal-record certificates, 6 tháng đầu năm 2026, issued 03/7/2026. Certified copies "toàn thành phố … 186.412
  bản, tăng 24,6% so với cùng kỳ năm 2025 (149.608 bản)" are the city's (subject NULL; previous dated 2025-06-30;
  codes unchecked), "UBND các xã, phường chứng thực 152.318 bản, chiếm 81,71%" level xã (subject unchecked, as
  golden/blind85.py's 503), the notaries' "34.094 bản" (subject and level unchecked). "tại cấp xã đạt 62,45% (6 tháng
  đầu năm 2025: 48,30%), tăng 14,15 điểm phần trăm; so với chỉ tiêu năm 2026 là 70% thì chưa đạt chỉ tiêu" are cấp
  xã's (the chứng thực code; target dated 2026-12-31). "87/103 xã, phường … 16 xã … 11 xã" count communes. Fees
  "1.126,4 triệu đồng … 684,2 triệu đồng, chiếm 60,74%" (NEW: a decimal money amount with a thousands dot; subject,
  level and code unchecked). Its Markdown Bảng 1 by kind of record "tại UBND các xã, phường" (rows and the "Tổng cộng"
  row subject unchecked, level xã, codes unchecked; units from the headers' brackets) has a column "Tỷ lệ trực tuyến
  6 tháng đầu năm 2025 (%)" dated 2025-06-30 (kind value). "Sở Tư pháp đã số hóa 2.846.125 dữ liệu hộ tịch, đạt
  96,82% kế hoạch" is the Sở's (the remaining "93.479 dữ liệu" unchecked). The Sở's criminal-record requests
  (`yêu cầu`: "tăng 2.146 yêu cầu so với cùng kỳ năm 2025 (12.716 yêu cầu)", by channel), certificates (`phiếu`),
  "99,45%", "3,8 ngày, rút ngắn 1,2 ngày" (codes unchecked); its own TTHC files and "100% hồ sơ … đúng hạn". NEW: A
  RANKING OF A MONTH INSIDE THE PERIOD "tháng 5/2026 … Sở Tư pháp đạt 90,86/100 điểm, xếp thứ 3/19 sở, ban, ngành
  (tháng 12/2025: 88,14 điểm, xếp thứ 5/19)" and "Cùng kỳ đánh giá, thành phố Cần Thơ đạt 84,52/100 điểm, xếp thứ
  12/34" are dated 2026-05-31 (the month they are of), the previous 2025-12-31. Task 1's "UBND 16 xã" a count
  repeated; task 2's "đạt tối thiểu 70% trong quý IV năm 2026" the communes' target (subject unchecked, level xã,
  dated 2026-12-31). Six deadlines: day, quarter (with the target), "chậm nhất" day in words "ngày mười lăm tháng 9
  năm 2026", month, year in a request, "trước ngày 18 hằng tháng" (issued 03/7/2026: first 18/7/2026).

Unsure readings (fields left `ANY`): the codes of the PAR index cells and prose in 585 (the provincial PAR index of its
bodies has no catalogued code); the subject of 585's block averages; the level of 586's "07/07 đơn vị" (both levels);
the codes of the inspection sample's files; whether 587's "1.786 TTHC được cung cấp dịch vụ công trực tuyến" counts
all TTHC (`tthc.tong_so`) or only those online; the code of 587's on-time share of online files; the subject of the
former province's area (587) and of the commune rows in 589; whose the fees are in 589 (the city's or the
communes'). 586's overdue sample figures might be read as the overdue code; they are a sample, so left open.
"""

from __future__ import annotations

from golden.facts import (
    _DH,
    _KQ,
    _NOP,
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
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_CT = "chung_thuc_dien_tu"
_PAR = "par_index"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_PAKN_TIME = "pakn.thoi_gian"
_Y2024 = "2024-12-31"
_H1_2025 = "2025-06-30"
_NOV_2025 = "2025-11-30"
_Y2025 = "2025-12-31"
_Q2_2026 = "2026-06-30"
_MAY_2026 = "2026-05-31"
_Y2026 = "2026-12-31"
_OPEN = {"subject": ANY, "level": ANY}
_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_XA = {"subject": "cấp xã", "level": "xã"}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_XA = {"subject": ANY, "level": "xã"}

# A numeric cell: (raw, unit, kind, code, as_of, max_value).
Cell = tuple[str, str, str, object, str, float | None]


def _find_cell(line: str, sep: str, raw: str, start: int) -> int:
    """Where the separator before the cell `raw` begins in a table row (the cell ends at the next separator, at the
    row's closing " |", or at the end of the line)."""
    at = line.find(sep + raw, start)
    while at != -1:
        rest = line[at + len(sep) + len(raw):]
        if rest.startswith(sep) or rest in ("", " |"):
            return at
        at = line.find(sep + raw, at + 1)
    raise ValueError(f"no cell {raw!r} in {line!r}")


def _cells(line: str, sep: str, after: str, subject: object, level: object, cells: list[Cell]) -> list[Fact]:
    """The numeric cells of one table row written as `line`, left to right. A cell's context is the separator before
    it, the rest of its row and the start of the next line (`after`), so that it occurs once and the raw text is found
    first at the cell itself."""
    facts, at = [], 0
    for raw, unit, kind, code, as_of, top in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw), unit, kind, max_value=top, subject=subject,
                       level=level, as_of=as_of, code=code, extra=TAB))
        at += len(sep)
    return facts


def _row(cells: list[str]) -> str:
    """A Markdown table row as the documents write it (an empty cell is "| |")."""
    return "|" + "|".join(f" {cell} " if cell else " " for cell in cells) + "|"


# ------------------------------------------------------------ 585: Chủ tịch UBND tỉnh Điện Biên, Quyết định, năm 2025
def _par_row_585(stt: str, name: str, raws: str, grade: str, subject: object, level: str, tops: tuple[int, int],
                 after: str) -> list[Fact]:
    """One Markdown row of Bảng 1 or 2: appraisal and survey scores (their headers' maxima), the total (max 100 from
    its header) and the rank (plain number; absent in an average row)."""
    parts = raws.split()
    rank = parts[3] if len(parts) > 3 else ""
    line = _row([stt, name, parts[0], parts[1], parts[2], rank, grade])
    cells: list[Cell] = [(parts[0], "điểm", P, ANY, "period", tops[0]), (parts[1], "điểm", P, ANY, "period", tops[1]),
                         (parts[2], "điểm", P, ANY, "period", 100)]
    if rank:
        cells.append((rank, "hạng", R, ANY, "period", None))
    return _cells(line, " | ", after, subject, level, cells)


_SO_585 = [
    ("Văn phòng UBND tỉnh", "58,74 31,02 89,76 2", "Tốt"),
    ("Sở Nội vụ", "60,12 32,34 92,46 1", "Tốt"),
    ("Sở Tư pháp", "56,85 30,47 87,32 3", "Tốt"),
    ("Sở Tài chính", "55,10 30,86 85,96 4", "Tốt"),
    ("Sở Công Thương", "52,48 29,15 81,63 8", "Khá"),
    ("Sở Nông nghiệp và Môi trường", "50,26 28,40 78,66 11", "Khá"),
    ("Sở Xây dựng", "52,90 29,64 82,54 7", "Khá"),
    ("Sở Khoa học và Công nghệ", "55,38 30,21 85,59 5", "Tốt"),
    ("Sở Văn hóa, Thể thao và Du lịch", "51,72 28,96 80,68 9", "Khá"),
    ("Sở Giáo dục và Đào tạo", "53,64 29,92 83,56 6", "Khá"),
    ("Sở Y tế", "50,94 28,75 79,69 10", "Khá"),
    ("Sở Dân tộc và Tôn giáo", "44,15 24,20 68,35 13", "Trung bình"),
    ("Thanh tra tỉnh", "49,80 27,66 77,46 12", "Khá"),
]
_XA_585 = [
    ("Phường Điện Biên Phủ", "64,20 27,18 91,38 1", "Tốt"),
    ("Phường Mường Thanh", "63,05 26,92 89,97 2", "Tốt"),
    ("Phường Mường Lay", "61,88 26,40 88,28 3", "Tốt"),
    ("Xã Thanh Nưa", "60,74 26,35 87,09 4", "Tốt"),
    ("Xã Mường Ảng", "60,12 26,08 86,20 5", "Tốt"),
    ("Xã Mường Nhé", "45,36 21,08 66,44 43", "Trung bình"),
    ("Xã Nà Bủng", "44,02 20,54 64,56 44", "Trung bình"),
    ("Xã Sín Thầu", "41,60 19,64 61,24 45", "Trung bình"),
]


def _table_585(rows: list, level: str, tops: tuple[int, int], average: str, avg_raws: str, after: str) -> list[Fact]:
    """A table in order; each row's context runs into the next row's STT and name; the average row (empty STT) has
    subject unchecked."""
    facts = []
    for i, (name, raws, grade) in enumerate(rows):
        nxt = f"| {i + 2} | {rows[i + 1][0]}" if i + 1 < len(rows) else f"| | {average}"
        facts += _par_row_585(str(i + 1), name, raws, grade, name, level, tops, nxt)
    facts += _par_row_585("", average, avg_raws, "", ANY, level, tops, after)
    return facts


BLIND_585 = [
    # Điều 1 (laws, 76/NQ-CP, 1862/QĐ-UBND, 27/TTr-SNV cited; "thang điểm 100" the scale; "01/7/2025" a date)
    F("của 13 sở", "13", 13, "đơn vị", C, code=None, **_IN_TINH),
    F("và 45 xã", "45", 45, "xã", C, code=None, **_IN_XA),
    F("phát ra 3.150 phiếu", "3.150", 3150, "phiếu", C, code=ANY, **_OPEN),
    F("về 3.087 phiếu", "3.087", 3087, "phiếu", C, code=ANY, **_OPEN),
    F("chiếm 98,00%", "98,00%", 98.00, "%", code=ANY, **_OPEN),
    F("đó 1.890 phiếu", "1.890", 1890, "phiếu", C, code=ANY, **_OPEN),
    F("và 1.197 phiếu", "1.197", 1197, "phiếu", C, code=ANY, **_OPEN),
    # the sở block (năm 2024 dated 2024-12-31)
    F("bình quân 82,59 điểm", "82,59", 82.59, "điểm", code=ANY, **_IN_TINH),
    F("tăng 1,92 điểm", "1,92", 1.92, "điểm", CH, code=ANY, **_IN_TINH),
    F("(80,67 điểm)", "80,67", 80.67, "điểm", PR, as_of=_Y2024, code=ANY, **_IN_TINH),
    F("phường 4,74 điểm", "4,74", 4.74, "điểm", CH, code=ANY, **_IN_TINH),
    F("Có 05/13 cơ quan", "05/13", 5, "đơn vị", C, max_value=13, code=None, **_IN_TINH),
    F("Tốt, 07 cơ quan", "07", 7, "đơn vị", C, code=None, **_IN_TINH),
    F("và 01 cơ quan", "01", 1, "đơn vị", C, code=None, **_IN_TINH),
    F("khối với 92,46 điểm", "92,46", 92.46, "điểm", subject="Sở Nội vụ", level="tỉnh", code=ANY),
    F("cuối với 68,35 điểm", "68,35", 68.35, "điểm", subject="Sở Dân tộc và Tôn giáo", level="tỉnh", code=ANY),
    # the xã, phường block
    F("bình quân 77,85 điểm", "77,85", 77.85, "điểm", code=ANY, **_IN_XA),
    F("đạt 52,64/70", "52,64/70", 52.64, "điểm", max_value=70, code=ANY, **_IN_XA),
    F("đạt 25,21/30", "25,21/30", 25.21, "điểm", max_value=30, code=ANY, **_IN_XA),
    F("Có 09/45 xã", "09/45", 9, "xã", C, max_value=45, code=None, **_IN_XA),
    F("Tốt, 29 đơn vị", "29", 29, "đơn vị", C, code=None, **_IN_XA),
    F("và 07 đơn vị", "07", 7, "đơn vị", C, code=None, **_IN_XA),
    F("đầu với 91,38 điểm", "91,38", 91.38, "điểm", subject="Phường Điện Biên Phủ", level="xã", code=ANY),
    F("khối) 30,14 điểm", "30,14", 30.14, "điểm", CH, subject="Phường Điện Biên Phủ", level="xã", code=ANY),
    F("(71,26% số", "71,26%", 71.26, "%", code=ANY, **_IN_XA),
    F("(64,80% số", "64,80%", 64.80, "%", code=ANY, **_IN_XA),
    # the province's PAR INDEX 2024 (Bộ Nội vụ)
    F("đạt 82,16%", "82,16%", 82.16, "%", as_of=_Y2024, code=_PAR),
    F("xếp thứ 48/63", "48/63", 48, "hạng", R, max_value=63, as_of=_Y2024, code=_PAR),
    # Bảng 1 (Markdown, maxima in the headers)
    *_table_585(_SO_585, "tỉnh", (65, 35), "Bình quân khối sở, ban, ngành", "53,24 29,35 82,59",
                "\n3. Kết quả của UBND"),
    # the extract's note and Bảng 2
    F("nêu 05 đơn vị", "05", 5, "đơn vị", C, code=None, **_IN_XA),
    F("và 03 đơn vị", "03", 3, "đơn vị", C, code=None, **_IN_XA),
    *_table_585(_XA_585, "xã", (70, 30), "Bình quân khối xã, phường", "52,64 25,21 77,85", "\nĐiều 2."),
    # Điều 2: cấp xã's target for quý II (phone number no figure)
    F("đạt tối thiểu 60%", "60%", 60, "%", T, as_of=_Q2_2026, code=_NOP, **_XA),
]

# ------------------------------------------------------------ 586: Đoàn kiểm tra CCHC tỉnh Nghệ An, quý I năm 2026


def _unit_586(stt: str, name: str, when: str, raws: str, subject: object, level: object, after: str) -> list[Fact]:
    """One tab-separated row of Bảng 1: files sampled, on time, overdue, overdue share, incomplete (codes unchecked:
    the Đoàn's sample); the inspection date is no figure."""
    sampled, on_time, late, share, bad = raws.split()
    line = "\t".join([stt, name, when, sampled, on_time, late, share, bad])
    return _cells(line, "\t", after, subject, level, [
        (sampled, "hồ sơ", P, ANY, "period", None), (on_time, "hồ sơ", P, ANY, "period", None),
        (late, "hồ sơ", P, ANY, "period", None), (share, "%", P, ANY, "period", None),
        (bad, "hồ sơ", P, ANY, "period", None)])


_ROWS_586 = [
    ("1", "Sở Nông nghiệp và Môi trường", "06/4/2026", "80 66 14 17,50 9", "Sở Nông nghiệp và Môi trường", "tỉnh"),
    ("2", "Sở Xây dựng", "07/4/2026", "50 48 2 4,00 3", "Sở Xây dựng", "tỉnh"),
    ("3", "Sở Công Thương", "08/4/2026", "50 50 0 0 2", "Sở Công Thương", "tỉnh"),
    ("", "Cộng cấp tỉnh", "", "180 164 16 8,89 14", "cấp tỉnh", "tỉnh"),
    ("4", "UBND phường Thành Vinh", "13/4/2026", "70 64 6 8,57 5", "UBND phường Thành Vinh", "xã"),
    ("5", "UBND phường Cửa Lò", "14/4/2026", "50 46 4 8,00 4", "UBND phường Cửa Lò", "xã"),
    ("6", "UBND xã Đô Lương", "15/4/2026", "60 49 11 18,33 8", "UBND xã Đô Lương", "xã"),
    ("7", "UBND xã Yên Thành", "17/4/2026", "60 48 12 20,00 6", "UBND xã Yên Thành", "xã"),
    ("", "Cộng cấp xã", "", "240 207 33 13,75 23", "cấp xã", "xã"),
    ("", "Tổng cộng", "", "420 371 49 11,67 37", ANY, ANY),
]


def _table_586() -> list[Fact]:
    """Bảng 1 in order; each row's context runs into the next row's STT and name."""
    facts = []
    for i, (stt, name, when, raws, subject, level) in enumerate(_ROWS_586):
        after = "\t".join(_ROWS_586[i + 1][:2]) if i + 1 < len(_ROWS_586) else "\nTỷ lệ hồ sơ quá hạn"
        facts += _unit_586(stt, name, when, raws, subject, level, after)
    return facts


def _of(subject: str, level: str) -> dict:
    """A unit named before the item's colon."""
    return {"subject": subject, "level": level}


_SNN = _of("Sở Nông nghiệp và Môi trường", "tỉnh")
_SXD = _of("Sở Xây dựng", "tỉnh")
_SCT = _of("Sở Công Thương", "tỉnh")
_TV = _of("UBND phường Thành Vinh", "xã")
_CL = _of("UBND phường Cửa Lò", "xã")
_DL = _of("UBND xã Đô Lương", "xã")
_YT = _of("UBND xã Yên Thành", "xã")

BLIND_586 = [
    # preamble (712/QĐ-UBND, 186/KH-ĐKT cited; the window and the inspection dates are no figures)
    F("tại 03 sở", "03", 3, "đơn vị", C, code=None, **_IN_TINH),
    F("và 04 xã", "04", 4, "xã", C, code=None, **_IN_XA),
    # I. the Đoàn's sample (codes unchecked)
    F("xác suất 420 hồ sơ", "420", 420, "hồ sơ", C, code=ANY, **_OPEN),
    F("đó 180 hồ sơ", "180", 180, "hồ sơ", C, code=ANY, **_TINH),
    F("và 240 hồ sơ", "240", 240, "hồ sơ", C, code=ANY, **_XA),
    F("Kết quả: 371 hồ sơ", "371", 371, "hồ sơ", C, code=ANY, **_OPEN),
    F("chiếm 88,33%", "88,33%", 88.33, "%", code=ANY, **_OPEN),
    F("; 49 hồ sơ", "49", 49, "hồ sơ", C, code=ANY, **_OPEN),
    F("chiếm 11,67%", "11,67%", 11.67, "%", code=ANY, **_OPEN),
    F("có 31 hồ sơ", "31", 31, "hồ sơ", C, code=ANY, **_OPEN),
    F("phát hiện 37 hồ sơ", "37", 37, "hồ sơ", C, code=ANY, **_OPEN),
    F("(chiếm 8,81%", "8,81%", 8.81, "%", code=ANY, **_OPEN),
    F("), 26 hồ sơ", "26", 26, "hồ sơ", C, code=ANY, **_OPEN),
    F("và 18 hồ sơ", "18", 18, "hồ sơ", C, code=ANY, **_OPEN),
    F("Có 07/07 đơn vị", "07/07", 7, "đơn vị", C, max_value=7, code=None, **_OPEN),
    F("; 05/07 đơn vị", "05/07", 5, "đơn vị", C, max_value=7, code=None, **_OPEN),
    # Bảng 1 (tab-separated; subtotals by level, the sample's total)
    *_table_586(),
    F("(13,75%)", "13,75%", 13.75, "%", code=ANY, **_XA),
    F("tỉnh 4,86 điểm", "4,86", 4.86, "%", CH, code=ANY, **_XA),
    # II. each unit visited (quý IV năm 2025 dated 2025-12-31)
    F("tiếp nhận 6.842", "6.842", 6842, "hồ sơ", C, code=_TN, **_SNN),
    F("trực tuyến 5.126", "5.126", 5126, "hồ sơ", C, code=_NOP, **_SNN),
    F("chiếm 74,92%", "74,92%", 74.92, "%", code=_NOP, **_SNN),
    F("đạt 46,30%", "46,30%", 46.30, "%", code=_TT, **_SNN),
    F("(11 hồ sơ)", "11", 11, "hồ sơ", C, code=ANY, **_SNN),
    F("tiếp nhận 2.315", "2.315", 2315, "hồ sơ", C, code=_TN, **_SXD),
    F("trực tuyến 2.104", "2.104", 2104, "hồ sơ", C, code=_NOP, **_SXD),
    F("đạt 90,89%", "90,89%", 90.89, "%", code=_NOP, **_SXD),
    F("cập nhật 04 TTHC mới", "04", 4, "TTHC", C, code=ANY, **_SXD),
    F("đạt 96,40%", "96,40%", 96.40, "%", code=_KQ, **_SCT),
    F("đạt 91,75%", "91,75%", 91.75, "%", code=_SH, **_SCT),
    F("bố trí 08 quầy", "08", 8, "quầy", C, code=None, **_IN_XA),
    F("với 11 công chức", "11", 11, "công chức", C, code=None, **_IN_XA),
    F("tiếp nhận 4.286", "4.286", 4286, "hồ sơ", C, code=_TN, **_TV),
    F("trực tuyến 3.452", "3.452", 3452, "hồ sơ", C, code=_NOP, **_TV),
    F("(80,54%)", "80,54%", 80.54, "%", code=_NOP, **_TV),
    F("gồm 04 hồ sơ", "04", 4, "hồ sơ", C, code=ANY, **_TV),
    F("và 02 hồ sơ", "02", 2, "hồ sơ", C, code=ANY, **_TV),
    F("đạt 76,15%", "76,15%", 76.15, "%", code=_NOP, **_CL),
    F("(quý IV năm 2025: 68,42%)", "68,42%", 68.42, "%", PR, as_of=_Y2025, code=_NOP, **_CL),
    F("tăng 7,73%", "7,73%", 7.73, "%", CH, code=_NOP, **_CL),
    F("tiếp nhận 1.958", "1.958", 1958, "hồ sơ", C, code=_TN, **_DL),
    F("trực tuyến 1.037", "1.037", 1037, "hồ sơ", C, code=_NOP, **_DL),
    F("đạt 52,96%", "52,96%", 52.96, "%", code=_NOP, **_DL),
    F("bộ 11 hồ sơ", "11", 11, "hồ sơ", C, code=ANY, **_DL),
    F("còn 02 máy quét", "02", 2, "máy quét", C, code=None, **_IN_XA),
    F("mới đạt 28,64%", "28,64%", 28.64, "%", code=_TT, target=40, stated_status="chưa đạt", **_YT),
    F("cấp xã là 40%", "40%", 40, "%", T, as_of=_Y2026, code=_TT, **_XA),
    # III. counts repeated; the commune's target for quý III (phone number no figure)
    F("dứt điểm 22 hồ sơ", "22", 22, "hồ sơ", C, code=ANY, **_OPEN),
    F("cập nhật 04 TTHC còn", "04", 4, "TTHC", C, code=ANY, **_OPEN),
    F("tối thiểu 40%", "40%", 40, "%", T, as_of="2026-09-30", code=_TT, **_YT),
]

# ------------------------------------------------------------ 587: Văn phòng UBND tỉnh Thái Nguyên, kết luận quý I/2026
BLIND_587 = [
    # attendance
    F("với 92 điểm cầu", "92", 92, "điểm cầu", C, code=None, **_IN_XA),
    F("lãnh đạo 16 sở", "16", 16, "đơn vị", C, code=None, **_IN_TINH),
    F("UBND 92 xã", "92", 92, "xã", C, code=None, **_IN_XA),
    # I.1 TTHC online
    F("có 1.786 TTHC", "1.786", 1786, "TTHC", C, code=ANY),
    F("đó 1.124 TTHC", "1.124", 1124, "TTHC", C, code=_TOAN),
    F("(chiếm 62,93%)", "62,93%", 62.93, "%", code=_TOAN),
    F("và 662 TTHC", "662", 662, "TTHC", C, code=_MOT),
    # I.2 files (quý IV năm 2025 dated 2025-12-31; the year's target dated 2026-12-31)
    F("là 186.420", "186.420", 186420, "hồ sơ", C, code=_TN),
    F("trực tuyến 128.632", "128.632", 128632, "hồ sơ", C, code=_NOP),
    F("đạt 69,00%", "69,00%", 69.00, "%", code=_NOP, target=75, stated_status="chưa đạt"),
    F("(quý IV năm 2025: 63,18%)", "63,18%", 63.18, "%", PR, as_of=_Y2025, code=_NOP),
    F("tăng 5,82%", "5,82%", 5.82, "%", CH, code=_NOP),
    F("năm 2026 là 75%", "75%", 75, "%", T, as_of=_Y2026, code=_NOP),
    F("lần lượt là 82,46%", "82,46%", 82.46, "%", code=_NOP, **_TINH),
    F("và 61,35%", "61,35%", 61.35, "%", code=_NOP, **_XA),
    F("là 98,86%", "98,86%", 98.86, "%", code=ANY, **_TINH),
    F("và 96,12%", "96,12%", 96.12, "%", code=ANY, **_XA),
    # the former province's area; the best and the worst commune
    F("cũ tiếp nhận 31.208", "31.208", 31208, "hồ sơ", C, code=ANY, **_OPEN),
    F("trực tuyến 17.946", "17.946", 17946, "hồ sơ", C, code=ANY, **_OPEN),
    F("chiếm 57,50%", "57,50%", 57.50, "%", code=_NOP, **_OPEN),
    F("toàn tỉnh 11,50%", "11,50%", -11.50, "%", CH, code=_NOP, **_OPEN),
    F("(94,12%)", "94,12%", 94.12, "%", subject="Phường Phan Đình Phùng", level="xã", code=_NOP),
    F("(28,45%)", "28,45%", 28.45, "%", subject="xã Nà Phặc", level="xã", code=_NOP),
    # I.3 payment and the four sở in a dash list
    F("đạt 52,84%", "52,84%", 52.84, "%", code=_TT),
    F("tương ứng 41.306", "41.306", 41306, "hồ sơ", C, code=_TT),
    F("tổng số 78.172", "78.172", 78172, "hồ sơ", C, code=ANY),
    F("Có 4 sở", "4", 4, "đơn vị", C, code=None, **_IN_TINH),
    F("Môi trường: 31,24%", "31,24%", 31.24, "%", subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_TT),
    F("Xây dựng: 36,80%", "36,80%", 36.80, "%", subject="Sở Xây dựng", level="tỉnh", code=_TT),
    F("Thương: 38,15%", "38,15%", 38.15, "%", subject="Sở Công Thương", level="tỉnh", code=_TT),
    F("Du lịch: 22,60%", "22,60%", 22.60, "%", subject="Sở Văn hóa, Thể thao và Du lịch", level="tỉnh", code=_TT),
    # I.4 digitisation, identity accounts ("từ đủ 14 tuổi" no figure)
    F("đạt 81,26%", "81,26%", 81.26, "%", code=_SH),
    F("đạt 93,18%", "93,18%", 93.18, "%", code=_KQ),
    F("mới đạt 36,42%", "36,42%", 36.42, "%", code=_TSD),
    F("có 1.084.236", "1.084.236", 1084236, "công dân", C, code=ANY),
    F("đạt 81,42%", "81,42%", 81.42, "%", code=_TK),
    # I.5 PAKN
    F("tiếp nhận 126 phản ánh", "126", 126, "PAKN", C, code=_PAKN_TN),
    F("xử lý 119 PAKN", "119", 119, "PAKN", C, code=_PAKN_XL),
    F("đạt 94,44%", "94,44%", 94.44, "%", code=_PAKN_TL),
    F("bình quân 4,2 ngày", "4,2", 4.2, "ngày", code=_PAKN_TIME),
    # I.6 the 766 index (quý IV năm 2025 dated 2025-12-31)
    F("đạt 82,76/100", "82,76/100", 82.76, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 14/34", "14/34", 14, "hạng", R, max_value=34, code=_HANG),
    F("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("(xếp thứ 17/34)", "17/34", 17, "hạng", PR, max_value=34, as_of=_Y2025, code=_HANG),
    F("đạt 9,04/12", "9,04/12", 9.04, "điểm", max_value=12, code="766.dvctt"),
    F("đạt 6,86/10", "6,86/10", 6.86, "điểm", max_value=10, code="766.thanh_toan"),
    # I.7 shortcomings
    F("còn 23/92 xã", "23/92", 23, "xã", C, max_value=92, code=None, **_IN_XA),
    F("đó 17 xã", "17", 17, "xã", C, code=None, **_IN_XA),
    F("; 2.164 hồ sơ", "2.164", 2164, "hồ sơ", C, code=ANY),
    F("chiếm 1,68%", "1,68%", 1.68, "%", code=ANY),
    F("đoạn 03 lần", "03", 3, "lần", C, code=None, **_OPEN),
    F("gian 14 giờ", "14", 14, "giờ", code=ANY, **_OPEN),
    # II. the province's payment target for quý II
    F("tối thiểu 60%", "60%", 60, "%", T, as_of=_Q2_2026, code=_TT),
]

# ------------------------------------------------------------ 588: Sở KH&CN tỉnh Bắc Ninh, Tờ trình chỉ tiêu năm 2026


def _n25(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A result of 2025 stated "tính đến ngày 30/11/2025" in a document whose period is năm 2026."""
    return F(context, raw, value, unit, kind, as_of=_NOV_2025, **kw)


_ROWS_588 = [
    ("Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình", "%", _TOAN, "65,29 60 75"),
    ("Tỷ lệ hồ sơ TTHC nộp trực tuyến", "%", _NOP, "74,00 70 80"),
    ("Tỷ lệ hồ sơ thanh toán trực tuyến", "%", _TT, "58,36 60 70"),
    ("Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "%", _SH, "88,74 90 100"),
    ("Tỷ lệ cấp kết quả giải quyết TTHC điện tử", "%", _KQ, "96,52 100 100"),
    ("Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa", "%", _TSD, "42,18 40 60"),
    ("Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn", "%", _DH, "98,64 98 99"),
    ("Điểm Bộ chỉ số phục vụ người dân, doanh nghiệp", "điểm", _TONG, "86,12 85 88"),
]


def _table_588() -> list[Fact]:
    """Bảng 1 in order: the result (dated 2025-11-30), the 2025 target (dated 2025-12-31) and the proposal (period
    end); the unit is the ĐVT cell; each row's context runs into the next row's STT and label."""
    facts = []
    for i, (label, unit, code, raws) in enumerate(_ROWS_588):
        result, target, proposal = raws.split()
        line = f"| {i + 1} | {label} | {unit} | {result} | {target} | {proposal} |"
        after = f"| {i + 2} | {_ROWS_588[i + 1][0]}" if i + 1 < len(_ROWS_588) else "\nCác chỉ tiêu trên"
        facts += _cells(line, " | ", after, None, None, [(result, unit, P, code, _NOV_2025, None),
                                                         (target, unit, T, code, _Y2025, None),
                                                         (proposal, unit, T, code, "period", None)])
    return facts


BLIND_588 = [
    # I.1 (45/2020/NĐ-CP, 766/QĐ-TTg cited) units and TTHC
    _n25("có 99 xã", "99", 99, "xã", C, code=None, **_IN_XA),
    _n25("và 18 sở", "18", 18, "đơn vị", C, code=None, **_IN_TINH),
    _n25("cung cấp 1.942 TTHC", "1.942", 1942, "TTHC", C, code=ANY),
    _n25("đó 1.268 TTHC", "1.268", 1268, "TTHC", C, code=_TOAN),
    _n25("chiếm 65,29%", "65,29%", 65.29, "%", code=_TOAN),
    # I.2 files (năm 2024 of the two former provinces dated 2024-12-31)
    _n25("tiếp nhận 412.586", "412.586", 412586, "hồ sơ", C, code=_TN),
    _n25("trực tuyến 305.316", "305.316", 305316, "hồ sơ", C, code=_NOP),
    _n25("đạt 74,00%", "74,00%", 74.00, "%", code=_NOP),
    _n25("tăng 15,88 điểm", "15,88", 15.88, "%", CH, code=_NOP),
    F("trước hợp nhất: 58,12%", "58,12%", 58.12, "%", PR, as_of=_Y2024, code=_NOP),
    _n25("là 88,14%", "88,14%", 88.14, "%", code=_NOP, **_TINH),
    _n25("và 68,27%", "68,27%", 68.27, "%", code=_NOP, **_XA),
    _n25("có 61/99 xã", "61/99", 61, "xã", C, max_value=99, code=None, **_IN_XA),
    # I.3 settled, on time, payment (the 2025 target dated 2025-12-31)
    _n25("giải quyết 402.418", "402.418", 402418, "hồ sơ", C, code=ANY),
    _n25("đạt 98,64%", "98,64%", 98.64, "%", code=_DH),
    _n25("Có 186.524 hồ sơ", "186.524", 186524, "hồ sơ", C, code=_TT),
    _n25("tổng số 319.612", "319.612", 319612, "hồ sơ", C, code=ANY),
    _n25("đạt 58,36%", "58,36%", 58.36, "%", code=_TT, target=60, stated_status="chưa đạt"),
    F("năm 2025 là 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
    # I.4 PAKN, I.5 the 766 index of tháng 11/2025
    _n25("tiếp nhận 326 PAKN", "326", 326, "PAKN", C, code=_PAKN_TN),
    _n25("xử lý 312 PAKN", "312", 312, "PAKN", C, code=_PAKN_XL),
    _n25("đạt 95,71%", "95,71%", 95.71, "%", code=_PAKN_TL),
    _n25("đạt 86,12/100", "86,12/100", 86.12, "điểm", max_value=100, code=_TONG),
    _n25("xếp thứ 6/34", "6/34", 6, "hạng", R, max_value=34, code=_HANG),
    # II. Bảng 1 (Markdown), cấp xã's proposals and the quý II milestone
    *_table_588(),
    F("tối thiểu 72%", "72%", 72, "%", T, code=_NOP, **_XA),
    F("tối thiểu 62%", "62%", 62, "%", T, code=_TT, **_XA),
    F("tối thiểu 77%", "77%", 77, "%", T, as_of=_Q2_2026, code=_NOP),
    # III. each commune's machines (phone number no figure); IV. money
    F("tối thiểu 02 máy quét", "02", 2, "máy quét", T, code=ANY, **_IN_XA),
    F("kiến 18,6 tỷ đồng", "18,6", 18.6, "tỷ đồng", code=ANY, **_OPEN),
]

# ------------------------------------------------------------ 589: Sở Tư pháp thành phố Cần Thơ, 6 tháng đầu năm 2026


def _record_589(stt: str, name: str, raws: str, after: str) -> list[Fact]:
    """One Markdown row of Bảng 1: total and online records (`trường hợp`), the online share and the share of
    6 tháng đầu năm 2025 (dated 2025-06-30); rows at UBND các xã, phường (subject unchecked, level xã)."""
    total, online, share, before = raws.split()
    line = _row([stt, name, total, online, share, before])
    return _cells(line, " | ", after, ANY, "xã", [
        (total, "trường hợp", P, ANY, "period", None), (online, "trường hợp", P, ANY, "period", None),
        (share, "%", P, ANY, "period", None), (before, "%", P, ANY, _H1_2025, None)])


_RECORDS_589 = [
    ("Đăng ký khai sinh", "18.426 14.352 77,89 65,12"),
    ("Đăng ký kết hôn", "6.184 3.926 63,49 51,06"),
    ("Đăng ký khai tử", "7.352 5.618 76,41 62,80"),
    ("Cấp bản sao trích lục hộ tịch", "24.618 22.740 92,37 85,44"),
    ("Xác nhận tình trạng hôn nhân", "9.846 8.112 82,39 70,25"),
]


def _table_589() -> list[Fact]:
    """Bảng 1 in order with its "Tổng cộng" row (empty STT)."""
    facts = []
    for i, (name, raws) in enumerate(_RECORDS_589):
        after = f"| {i + 2} | {_RECORDS_589[i + 1][0]}" if i + 1 < len(_RECORDS_589) else "| | Tổng cộng"
        facts += _record_589(str(i + 1), name, raws, after)
    facts += _record_589("", "Tổng cộng", "66.426 54.748 82,42 71,36", "\nĐăng ký kết hôn có")
    return facts


_STP = {"subject": "Sở Tư pháp", "level": "tỉnh"}

BLIND_589 = [
    # I. certified copies (58/KH-UBND cited; cùng kỳ năm 2025 dated 2025-06-30)
    F("bản chính 186.412 bản", "186.412", 186412, "bản", C, code=ANY),
    F("tăng 24,6%", "24,6%", 24.6, "%", CH, code=ANY),
    F("(149.608 bản)", "149.608", 149608, "bản", PR, as_of=_H1_2025, code=ANY),
    F("chứng thực 152.318 bản", "152.318", 152318, "bản", C, code=ANY, **_IN_XA),
    F("chiếm 81,71%", "81,71%", 81.71, "%", code=ANY, **_IN_XA),
    F("chứng thực 34.094 bản", "34.094", 34094, "bản", C, code=ANY, **_OPEN),
    F("đạt 62,45%", "62,45%", 62.45, "%", code=_CT, target=70, stated_status="chưa đạt", **_XA),
    F("(6 tháng đầu năm 2025: 48,30%)", "48,30%", 48.30, "%", PR, as_of=_H1_2025, code=_CT, **_XA),
    F("tăng 14,15 điểm", "14,15", 14.15, "%", CH, code=_CT, **_XA),
    F("năm 2026 là 70%", "70%", 70, "%", T, as_of=_Y2026, code=_CT, **_XA),
    F("Có 87/103 xã", "87/103", 87, "xã", C, max_value=103, code=None, **_IN_XA),
    F("; 16 xã chưa", "16", 16, "xã", C, code=None, **_IN_XA),
    F("đó 11 xã", "11", 11, "xã", C, code=None, **_IN_XA),
    F("được 1.126,4 triệu", "1.126,4", 1126.4, "triệu đồng", code=ANY, **_OPEN),
    F("tuyến 684,2 triệu", "684,2", 684.2, "triệu đồng", code=ANY, **_OPEN),
    F("chiếm 60,74%", "60,74%", 60.74, "%", code=ANY, **_OPEN),
    # II. Bảng 1 (Markdown, the 2025 column dated 2025-06-30); the Sở's digitised records ("năm 1999" a year)
    *_table_589(),
    F("hóa 2.846.125 dữ liệu", "2.846.125", 2846125, "dữ liệu", C, code=ANY, **_STP),
    F("đạt 96,82%", "96,82%", 96.82, "%", code=ANY, **_STP),
    F("còn 93.479 dữ liệu", "93.479", 93479, "dữ liệu", C, code=ANY, **_OPEN),
    # III. criminal-record certificates (the Sở's)
    F("tiếp nhận 14.862 yêu cầu", "14.862", 14862, "yêu cầu", C, code=ANY, **_STP),
    F("tăng 2.146 yêu cầu", "2.146", 2146, "yêu cầu", CH, code=ANY, **_STP),
    F("(12.716 yêu cầu)", "12.716", 12716, "yêu cầu", PR, as_of=_H1_2025, code=ANY, **_STP),
    F("VNeID 11.208", "11.208", 11208, "yêu cầu", C, code=ANY, **_STP),
    F("chiếm 75,41%", "75,41%", 75.41, "%", code=ANY, **_STP),
    F("gia 2.418 yêu cầu", "2.418", 2418, "yêu cầu", C, code=ANY, **_STP),
    F("tiếp 1.236 yêu cầu", "1.236", 1236, "yêu cầu", C, code=ANY, **_STP),
    F("cấp 14.530 Phiếu", "14.530", 14530, "phiếu", C, code=ANY, **_STP),
    F("đó 10.962 Phiếu", "10.962", 10962, "phiếu", C, code=ANY, **_STP),
    F("đạt 99,45%", "99,45%", 99.45, "%", code=ANY, **_STP),
    F("bình quân 3,8 ngày", "3,8", 3.8, "ngày", code=ANY, **_STP),
    F("rút ngắn 1,2 ngày", "1,2", -1.2, "ngày", CH, code=ANY, **_STP),
    # IV.1 the Sở's own TTHC files
    F("Sở tiếp nhận 3.412", "3.412", 3412, "hồ sơ", C, code=_TN, **_STP),
    F("trực tuyến 3.126", "3.126", 3126, "hồ sơ", C, code=_NOP, **_STP),
    F("đạt 91,62%", "91,62%", 91.62, "%", code=_NOP, **_STP),
    F("; 100% hồ sơ", "100%", 100, "%", code=_DH, **_STP),
    # IV.2 the city's ranking of its agencies in tháng 5/2026 (tháng 12/2025 dated 2025-12-31), the city's own
    F("đạt 90,86/100", "90,86/100", 90.86, "điểm", max_value=100, as_of=_MAY_2026, code=_TONG, **_STP),
    F("xếp thứ 3/19", "3/19", 3, "hạng", R, max_value=19, as_of=_MAY_2026, code=_HANG, **_STP),
    F("(tháng 12/2025: 88,14 điểm", "88,14", 88.14, "điểm", PR, max_value=100, as_of=_Y2025, code=_TONG, **_STP),
    F("xếp thứ 5/19)", "5/19", 5, "hạng", PR, max_value=19, as_of=_Y2025, code=_HANG, **_STP),
    F("đạt 84,52/100", "84,52/100", 84.52, "điểm", max_value=100, as_of=_MAY_2026, code=_TONG),
    F("xếp thứ 12/34", "12/34", 12, "hạng", R, max_value=34, as_of=_MAY_2026, code=_HANG),
    # V. a count repeated; the communes' target for quý IV (phone number no figure)
    F("UBND 16 xã", "16", 16, "xã", C, code=None, **_IN_XA),
    F("tối thiểu 70%", "70%", 70, "%", T, as_of=_Y2026, code=_CT, **_IN_XA),
]

BLIND = {"585": BLIND_585, "586": BLIND_586, "587": BLIND_587, "588": BLIND_588, "589": BLIND_589}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "585": [
        ("2026-03-06", "day", "06/3/2026", "công khai kết quả Chỉ số CCHC năm 2025", "Sở Nội vụ"),
        ("2026-04-30", "month", "tháng 4/2026", "khen thưởng", "Sở Nội vụ"),
        ("2026-03-16", "day", "ngày mười sáu tháng 3 năm 2026", "xây dựng kế hoạch khắc phục",
         "Giám đốc Sở Dân tộc và Tôn giáo và Chủ tịch UBND các xã xếp loại Trung bình"),
        ("2026-06-30", "quarter", "quý II năm 2026", "chính quyền số", "Sở Khoa học và Công nghệ"),
        ("2026-12-31", "year", "năm 2026", "sửa đổi, bổ sung Bộ tiêu chí", "Sở Nội vụ"),
        # issued 24/02/2026, after the 10th: the first "ngày 10 hằng tháng" is 10/3/2026
        ("2026-03-10", "recurring", "10 hằng tháng", "báo cáo kết quả khắc phục",
         "Các sở, ban, ngành tỉnh, UBND các xã, phường"),
    ],
    "586": [
        ("2026-05-15", "day", "15/5/2026", "giải quyết dứt điểm 22 hồ sơ đất đai quá hạn",
         "Sở Nông nghiệp và Môi trường và UBND xã Đô Lương"),
        ("2026-05-08", "day", "08/5/2026", "cập nhật 04 TTHC", "Sở Xây dựng"),
        ("2026-05-31", "month", "tháng 5/2026", "bố trí máy tính tra cứu", "UBND phường Cửa Lò"),
        ("2026-09-30", "quarter", "quý III năm 2026", "thanh toán trực tuyến", "UBND xã Yên Thành"),
        ("2026-05-31", "day", "ngày ba mươi mốt tháng 5 năm 2026", "xin lỗi, hẹn lại ngày trả kết quả",
         "Các đơn vị được kiểm tra"),
        ("2026-12-31", "year", "năm 2026", "cảnh báo hồ sơ sắp đến hạn", "Sở Khoa học và Công nghệ"),
        # issued 28/4/2026: the first "ngày 20 hằng tháng" is 20/5/2026
        ("2026-05-20", "recurring", "20 hằng tháng", "báo cáo tiến độ khắc phục", "Các đơn vị được kiểm tra"),
    ],
    "587": [
        ("2026-04-30", "day", "30/4/2026", "đồng bộ trạng thái hồ sơ", "Sở Khoa học và Công nghệ"),
        ("2026-06-30", "month", "tháng 6/2026", "tự động điền thông tin", "Sở Khoa học và Công nghệ"),
        ("2026-06-30", "quarter", "quý II năm 2026", "thanh toán trực tuyến", "Sở Tài chính"),
        ("2026-05-15", "day", "ngày mười lăm tháng 5 năm 2026", "tổ công tác hỗ trợ người dân",
         "Chủ tịch UBND xã Nà Phặc và Chủ tịch UBND xã Ba Bể"),
        ("2026-09-30", "quarter", "quý III năm 2026", "xếp loại người đứng đầu", "Sở Nội vụ"),
        ("2026-12-31", "year", "năm 2026", "kích hoạt tài khoản định danh điện tử", "Công an tỉnh"),
        # issued 10/4/2026, after the 5th: the first "ngày 05 hằng tháng" is 05/5/2026
        ("2026-05-05", "recurring", "05 hằng tháng", "báo cáo Chủ tịch UBND tỉnh", "Văn phòng UBND tỉnh"),
    ],
    "588": [
        ("2026-01-20", "day", "20/01/2026", "ban hành Kế hoạch giao chỉ tiêu năm 2026", "Văn phòng UBND tỉnh"),
        ("2026-03-31", "quarter", "quý I năm 2026", "tích hợp thanh toán trực tuyến", "Sở Tài chính"),
        ("2026-02-28", "day", "ngày hai mươi tám tháng 02 năm 2026", "tiêu chí đánh giá Chỉ số CCHC năm 2026",
         "Sở Nội vụ"),
        ("2026-03-31", "month", "tháng 3/2026", "khai thác dữ liệu dân cư", "Công an tỉnh"),
        ("2026-12-31", "year", "năm 2026", "tối thiểu 02 máy quét", "UBND các xã, phường"),
        # issued 15/12/2025: the first "ngày 25 hằng tháng" is 25/12/2025
        ("2025-12-25", "recurring", "25 hằng tháng", "báo cáo kết quả thực hiện chỉ tiêu",
         "Các sở, ban, ngành và UBND các xã, phường"),
    ],
    "589": [
        ("2026-07-31", "day", "31/7/2026", "chưa phát sinh bản chứng thực điện tử", "Phòng Hành chính tư pháp"),
        ("2026-12-31", "quarter", "quý IV năm 2026", "chứng thực bản sao điện tử", "UBND các xã, phường"),
        ("2026-09-15", "day", "ngày mười lăm tháng 9 năm 2026", "số hóa dữ liệu hộ tịch", "Văn phòng Sở"),
        ("2026-08-31", "month", "tháng 8/2026", "phải xác minh", "Phòng Hành chính tư pháp"),
        ("2026-12-31", "year", "năm 2026", "phần mềm quản lý lý lịch tư pháp", "Sở Khoa học và Công nghệ"),
        # issued 03/7/2026: the first "ngày 18 hằng tháng" is 18/7/2026
        ("2026-07-18", "recurring", "18 hằng tháng", "báo cáo số liệu chứng thực điện tử", "UBND các xã, phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 585 is a Quyết định of the
# Chủ tịch UBND tỉnh Điện Biên on the Chỉ số CCHC năm 2025 (its period); 586 a report of the Đoàn kiểm tra under "UBND
# TỈNH NGHỆ AN" whose period is the quarter inspected; 587 a Thông báo of the Văn phòng under "UBND TỈNH THÁI NGUYÊN"
# on the quarter the meeting reviewed; 588 a Tờ trình of the Sở Khoa học và Công nghệ under "UBND TỈNH BẮC NINH" whose
# period is the year its targets are for; 589 a report of the Sở Tư pháp under "THÀNH PHỐ CẦN THƠ".
META = {
    "585": {"doc_number": "318/QĐ-UBND", "doc_type": "Quyết định", "issued_date": "2026-02-24",
            "province": "Điện Biên", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Lò Văn Cương"},
    "586": {"doc_number": "04/BC-ĐKT", "doc_type": "Báo cáo", "issued_date": "2026-04-28",
            "province": "Nghệ An", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Trần Quốc Hưng"},
    "587": {"doc_number": "146/TB-VPUBND", "doc_type": "Thông báo", "issued_date": "2026-04-10",
            "province": "Thái Nguyên", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Ma Thị Thu Hằng"},
    "588": {"doc_number": "512/TTr-SKHCN", "doc_type": "Tờ trình", "issued_date": "2025-12-15",
            "province": "Bắc Ninh", "period_label": "năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-12-31", "signer": "Nguyễn Đức Thắng"},
    "589": {"doc_number": "1264/BC-STP", "doc_type": "Báo cáo", "issued_date": "2026-07-03",
            "province": "Cần Thơ", "period_label": "6 tháng đầu năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-06-30", "signer": "Trần Thị Ngọc Hân"},
}
