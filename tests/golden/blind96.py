"""Blind golden facts for corpus/blind96/555_yen_bai.txt, 556_bac_kan.txt, 557_quang_binh.txt, 558_ben_tre.txt and
559_ninh_thuan.txt.

The five documents were written by the developers for a ninety-sixth blind measurement (provinces little used in
recent sets, all before the 1 July 2025 merger, ranks /63; genres: a Quyết định of the Chủ tịch UBND tỉnh announcing
the provincial Chỉ số CCHC of the sở and districts with component scores and their maxima, a UBND tỉnh's monthly
report to the Văn phòng Chính phủ on the 766 index with the months as table columns, a Kế hoạch kiểm tra CCHC with a
schedule table, a Sở Nội vụ's Tờ trình proposing next year's targets against this year's results, a Công an huyện's
monthly report on Đề án 06 data; periods năm 2024, tháng 5 năm 2025, năm 2024, năm 2025 and tháng 10 năm 2024; not
real documents), and every row below was written by reading them, before any extraction, restoration or pipeline code
was run on them. They also serve as held-out text for diacritic restoration (marks stripped, restored, compared with
the file).

Same structure and conventions as golden/blind92.py, blind91.py, blind90.py, blind89.py, blind16.py and blind13.py:
rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it).
Prose and list counts are kind `count`; table cells are kind `value` even when they count (rank cells kind `rank`),
with `extra={"source": "table"}`; `as_of="period"` is the period's end; a table column dated before the period end
keeps kind `value` with that date as `as_of`; a change is dated with the figure it changes and a fall ("giảm", "thấp
hơn") is negative; a signed difference from another subject ("cao hơn huyện Trạm Tấu 20,8 điểm") is kind `change`, as
golden/blind90.py reads "cao hơn 2,57 điểm so với bình quân vùng". `ANY` leaves a field unchecked where the sentence
names no catalogued indicator (`None` where it clearly names none: counts of units, targets, members, villages).
"thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of the files (or PAKN) an
indicator is computed on carries that indicator's code; every "đã giải quyết" count has its code unchecked. Counts of
local units take the unit of their first unit word ("03/09 huyện, thị xã, thành phố" → `huyện`, "09 xã, thị trấn",
"04 xã, phường, thị trấn", "02 UBND cấp xã", "41 xã" → `xã`), counts of "cơ quan", "đơn vị", "sở, ban, ngành" →
`đơn vị`, at the level of the bodies counted (subject unchecked). A provincial PAR index of the sở and districts is
not the catalogued national index: its scores, ranks and changes have code unchecked (as golden/blind67.py's 411);
the national PAR INDEX and SIPAS of a province carry `par_index` and `sipas` (as golden/blind70.py's 427). A body's
own figures naming no body are named by its kind ("Công an huyện", as golden/blind76.py's 456 names "Công an xã"),
a sentence naming the body in full keeps the name as written ("Công an huyện Ninh Phước xếp thứ 3/7", "Sở Nội vụ dẫn
đầu"). Things counted take the noun as written (`phiếu`, `chỉ tiêu`, `thành viên`, `trường hợp`, `nhân khẩu`, `hộ`,
`thẻ`, `tài khoản`, `người`, `thôn`, `lượt`); money keeps the unit written (`triệu đồng`, code unchecked). Numbers
written in words are no figures ("hai lĩnh vực", "tháng thứ tư", "Cả sáu nhóm"). Dates, document numbers, cited laws,
resolutions, decisions, plans, letters and submissions ("Quyết định số 1258/QĐ-UBND", "Tờ trình số 46/TTr-SNV",
"Nghị quyết số 76/NQ-CP", "Công văn số 3127/VPCP-KSTT", "Quyết định số 766/QĐ-TTg", "Quyết định số 3318/QĐ-UBND",
"Tờ trình số 27/TTr-SNV", "Kế hoạch số 5432/KH-UBND", "Quyết định số 06/QĐ-TTg", "Kế hoạch số 1254/KH-CAT"), "giai
đoạn 2021 - 2030", "Đề án 06", "Điều 1." … "Điều 3.", section and item numbering ("I.", "1.", "a)", "Bảng 1.", "Bảng
2."), the STT column, the "-" cell, the scale "thang điểm 100" and the column headers' "(tối đa 70)" and "(tối đa
30)" (see below), month names in headers ("Tháng 01/2025"), "chốt ngày 31/5/2025", "(số liệu tính đến ngày
30/11/2024)", "từ ngày 01/10/2024 đến ngày 31/10/2024", "dưới 6 tuổi", "từ đủ 14 tuổi", "mức độ 2", "05 ngày làm việc
trước ngày kiểm tra" (relative, no date), the address "số 02 đường Hữu Nghị", phone numbers ("0216.3852.417",
"0209.3870.256", "0232.3822.648", "0275.3822.391", "0259.3864.227"), headings naming the next period ("IV. NHIỆM VỤ
TRỌNG TÂM THÁNG 6 NĂM 2025", "III. NHIỆM VỤ THÁNG 11 NĂM 2024": no deadlines), "Điều 3. … có hiệu lực kể từ ngày
ký" (no deadline) and years are not figures.

New in this set:
- 555 is a Quyết định of the Chủ tịch UBND tỉnh Yên Bái (header "ỦY BAN NHÂN DÂN / TỈNH YÊN BÁI", number
  "386/QĐ-UBND", signed "CHỦ TỊCH"), issued 14/3/2025, announcing the Chỉ số CCHC năm 2024 (period năm 2024) of 17
  sở, ban, ngành and 09 huyện, thị xã, thành phố. Codes are unchecked throughout (the provincial PAR index). The
  survey "2.730 phiếu … 2.684 phiếu hợp lệ, đạt 98,32%" is the evaluation's (subject and level unchecked, as
  golden/blind89.py's 521). Block averages with "so với năm 2023 (81,72 điểm)" (previous dated 2023-12-31, no max:
  none written), counts by grade ("06/17 cơ quan … 10 cơ quan … 01 cơ quan", unit `đơn vị`, level tỉnh; "03/09 huyện,
  thị xã, thành phố" unit `huyện`, max 9; "05 đơn vị … 01 đơn vị", "07 đơn vị tăng điểm và 02 đơn vị giảm điểm",
  level huyện), the leaders and the last named in the sentence ("Sở Nội vụ", "Ban Dân tộc", "Thành phố Yên Bái"),
  the districts' component averages "58,46/70 điểm", "23,13/30 điểm" (max as written), two fields' shares of their
  maxima after "lần lượt là" (subject unchecked, level huyện). Bảng 1 (Markdown) lists the sở (subject as written,
  "Văn phòng UBND tỉnh", level tỉnh): the total without a maximum written anywhere for that table (max None) and the
  rank (kind rank, plain number, no max), a text "Xếp loại" column, and a "Bình quân khối" row with an empty STT
  (subject unchecked, level tỉnh; it repeats the prose). NEW: Bảng 2 (Markdown) lists the districts ("Thành phố Yên
  Bái", "Huyện Lục Yên", level huyện) with COMPONENT SCORES WHOSE MAXIMA ARE WRITTEN IN THE COLUMN HEADERS ("Điểm thẩm
  định (tối đa 70)", "Điểm điều tra xã hội học (tối đa 30)"): each cell carries its column's maximum as `max_value`
  (70, 30), as a self-score carries its row's maximum; the header's number is the scale of the column, not a stated
  result, so it has no row of its own (unlike a "Điểm tối đa" cell or a prose bracket, which are figures). The "Tổng
  điểm" column writes no maximum (max None, as in Bảng 1 and golden/blind67.py's 411; the prose's "thang điểm 100" is
  the index's scale). Its rows are not in rank order; the "Bình quân khối" row (subject unchecked, level huyện)
  carries the component maxima too. Six deadlines in Điều 2's numbered items: day, month (the same item's second
  clause, "Sở Nội vụ"),
  "chậm nhất" day in words (assignee as written "Thủ trưởng Ban Dân tộc và Chủ tịch UBND huyện Trạm Tấu"), quarter,
  year "hoàn thành trong năm 2025" (after "kỳ đánh giá năm 2025", no deadline), "trước ngày 20 hằng tháng" (issued
  14/3/2025: first 20/3/2025).
- 556 is a monthly Báo cáo of UBND tỉnh Bắc Kạn to the Văn phòng Chính phủ, tháng 5 năm 2025, issued 05/6/2025
  (before the merger into Thái Nguyên). Province figures have subject NULL: `86,31/100`, `18/63`, "tăng 1,79 điểm và
  tăng 4 bậc so với tháng 4/2025 (84,52 điểm, xếp thứ 22/63)" (previous dated 2025-04-30, the score with max 100),
  "So với tháng 01/2025 … tăng 6,53 điểm và … tăng 17 bậc" (changes dated at the period end). NEW: its TAB-SEPARATED
  Bảng 1 has THE MONTHS AS COLUMNS ("Tháng 01/2025" … "Tháng 5/2025") and the six groups, "Tổng điểm" and "Xếp hạng"
  as rows, with a "Điểm tối đa" column: the maximum cell is a figure of its own (unit `điểm`, no max, code unchecked,
  the period end), each month's cell carries its row's maximum and code and is dated at that month's end (2025-01-31,
  2025-02-28, 2025-03-31, 2025-04-30; Tháng 5/2025 the period end); the rank cells are written `n/63` (kind rank, max
  63) and the rank row's maximum cell is "-" (no figure). "nhóm Thanh toán trực tuyến … tăng 1,49 điểm so với tháng
  01/2025" a change of that group; "(67,5% điểm tối đa)" and "91,5% điểm tối đa" shares of a group's maximum (code
  unchecked). Files, shares by level after "lần lượt là", overdue files of two districts in brackets (subject as
  written "UBND huyện Chợ Đồn", level huyện), "(chỉ tiêu năm 2025 là 50%, chưa đạt chỉ tiêu)" (target dated
  2025-12-31; 41,37% carries it), PAKN, block averages of three levels (subject unchecked), "05/08 huyện, thành phố"
  (unit `huyện`, max 8) and "03 đơn vị", best and worst districts in brackets and the worst's fall. Task 2's "đạt tối
  thiểu 50% trong quý III năm 2025" is the province's target (subject NULL), dated 2025-09-30. Five deadlines: day,
  quarter (with the target), "chậm nhất" day in words, month, "trước ngày 22 hằng tháng" (issued 05/6/2025: first
  22/6/2025).
- 557 is a Kế hoạch kiểm tra công tác CCHC năm 2024 of UBND tỉnh Quảng Bình (number "52/KH-UBND"), issued 11/3/2024;
  its period is the plan's year (as golden/blind53.py's 344). "II. KẾT QUẢ NĂM 2023" is dated 2023-12-31: PAR INDEX
  `86,02%` and `23/63` (par_index), SIPAS, the 766 index `79,64/100`, `30/63`, files, shares, PAKN, "chưa đạt chỉ
  tiêu năm 2023 là 30%" (target dated 2023-12-31), the 2023 inspections "14 cơ quan, đơn vị, gồm 06 sở, ban, ngành,
  04 huyện, thị xã, thành phố và 04 xã, phường, thị trấn" (the whole spans three levels: level unchecked; the parts
  at their levels), the sampled files and findings (subject, level and code unchecked: the inspection's), grades of
  the 14 (level unchecked) and a dash list of units with overdue sampled files ("14/40 hồ sơ" one count, max 40;
  subject as written, "UBND huyện Bố Trạch"). "III. CHỈ TIÊU KIỂM TRA NĂM 2024": the province's 2024 targets "đạt 50%"
  and "đạt 40%" (subject NULL, period end), the plan's own targets "tối thiểu 25% số sở, ban, ngành và 50% số huyện",
  "tối thiểu 20 hồ sơ" (kind target, subject, level and code unchecked), "05 sở, ban, ngành và 04 huyện" and "02 UBND
  cấp xã" (counts of units to inspect). NEW: its Markdown SCHEDULE TABLE "STT | Đơn vị được kiểm tra | Thời gian kiểm
  tra | Nội dung kiểm tra trọng tâm | Số hồ sơ kiểm tra xác suất": following 344 (whose dash list of inspection dates
  gave day deadlines whose body is the unit named), each row's date is a day deadline whose task is the "Nội dung
  kiểm tra trọng tâm" cell, whose assignee is the "Đơn vị được kiểm tra" cell (the only body the row names; the
  inspection is fixed for that date and the unit must be ready with the files named) and whose expression is the
  "Thời gian kiểm tra" cell ("Ngày 16/4/2024"); the sample sizes are figures (unit `hồ sơ`, kind value, subject the
  row's unit, code unchecked) with a "Cộng" row (290, subject and level unchecked). Reading the schedule's dates as
  mere event dates would give no deadline for them; the convention of 344 is kept. "05 ngày làm việc trước ngày
  kiểm tra" has no date of its own. "09 thành viên" (code None), "85 triệu đồng". Thirteen deadlines: nine schedule
  rows, day, month "trong tháng 10/2024" (assignee "Sở Nội vụ", the body doing the unannounced inspection), "chậm nhất"
  day in words, quarter.
- 558 is a Tờ trình of Sở Nội vụ tỉnh Bến Tre (header "UBND TỈNH BẾN TRE / SỞ NỘI VỤ", number "318/TTr-SNV", signed
  "GIÁM ĐỐC") to UBND tỉnh, issued 13/12/2024, proposing the CCHC targets for năm 2025 (period năm 2025, as
  golden/blind70.py's 427). Section I "(số liệu tính đến ngày 30/11/2024)" is dated 2024-11-30 (TTHC, files in "11
  tháng năm 2024", shares by level after "tương ứng là", PAKN, the 766 total "Tháng 11/2024 … 83,18/100" and `19/63`,
  "06/10 chỉ tiêu … 04/10 chỉ tiêu" and "41 xã"), its PAR INDEX and SIPAS "Năm 2023" 2023-12-31; "54,36%, vượt chỉ tiêu
  năm 2024 là 50%" carries the target (dated 2024-12-31, status unchecked as golden/blind80.py reads "vượt chỉ tiêu").
  NEW: a dash list of ten proposals "- <indicator>: 11 tháng năm 2024 đạt x% (chỉ tiêu y%); đề xuất năm 2025 là z%;":
  x the result (dated 2024-11-30, carrying target y, status unchecked: the item does not say), y the 2024 target (kind
  target, dated 2024-12-31), z the 2025 target (kind target, period end); codes from the indicator's name (the 766
  total in `điểm`, no max written). "Riêng cấp xã … tối thiểu 55% … tối thiểu 45%" are cấp xã's 2025 targets. Item
  2's "tại 100% Bộ phận Một cửa cấp xã trong quý I năm 2025" is a target of the communes' one-stop shops (subject
  unchecked, level xã, dated 2025-03-31). Six deadlines in proposals "Giao <body> …" (assignee the body after
  "Giao"): day, quarter, "chậm nhất" day in words, month, year, "trước ngày 20 hằng tháng" (issued 13/12/2024: first
  20/12/2024).
- 559 is a monthly Báo cáo of Công an huyện Ninh Phước (header "CÔNG AN TỈNH NINH THUẬN / CÔNG AN HUYỆN NINH PHƯỚC",
  number "1186/BC-CAH"), tháng 10 năm 2024 (stated 01/10–31/10/2024), issued 04/11/2024, to the Công an tỉnh and
  UBND huyện, before the district police were dissolved. As golden/blind76.py's 456 one level up: the work of the
  Công an huyện itself (records cleaned, residence information updated, the accumulated verification
  "137.218/139.682 nhân khẩu" (one count, max 139682) and its share, identity-card applications "(tháng 9/2024: 1.624
  hồ sơ), tăng 222 hồ sơ" (previous dated 2024-09-30; codes unchecked: not the 766 index's files), cards returned,
  account requests and accounts activated, its own TTHC files with the usual codes) has subject "Công an huyện",
  level huyện; figures about the district's population ("Trên địa bàn huyện …", "Lũy kế trên địa bàn huyện có
  71.458 tài khoản … đạt 68,92% … (103.683 người); chỉ tiêu Công an tỉnh giao năm 2024 là 75%, chưa đạt chỉ tiêu",
  "còn 2.464 nhân khẩu") have subject unchecked, level huyện; the accounts carry the identity-account code (target
  dated 2024-12-31). A dash list of the nine xã, thị trấn "- Xã Phước Hậu: 7.312 tài khoản, đạt 70,15%;" (subject as
  written, level xã, identity-account code); "xã An Hải thấp nhất, thấp hơn bình quân toàn huyện 10,46%" a signed
  difference (negative). NEW: THE TWO GROUPS OF LINKED SERVICES ("Nhóm liên thông đăng ký khai sinh, đăng ký thường
  trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi", "… đăng ký khai tử, xóa đăng ký thường trú, hỗ trợ chi phí mai
  táng"): files received, online, online share, settled, on time, overdue, "(tháng 9/2024: 61,54%)" and "58/58 hồ
  sơ" (one count) — handled jointly by communes, police and social insurance, so subject and level are unchecked and
  codes unchecked (not the 766 index's files). "58 thôn, khu phố" (unit `thôn`), "1.524 lượt". "Công an huyện Ninh
  Phước xếp thứ 3/7 … (tháng 9/2024 xếp thứ 5/7), tăng 2 bậc" is the Công an tỉnh's ranking of its district police
  (codes unchecked, subject as written). Task 2's "nâng tỷ lệ của mỗi xã đạt tối thiểu 70%, chậm nhất ngày 30 tháng 11
  năm 2024" is each named commune's (subject unchecked, level xã), dated 2024-11-30; task 4's "của toàn huyện đạt 75%
  trong quý IV năm 2024" the district's (subject unchecked, level huyện), 2024-12-31. The signer is written with his
  rank ("Thượng tá Trần Văn Phúc"): the signer is the name. Five deadlines: day, "chậm nhất" day in words (for two
  named commune police), month, quarter (with the target), "trước ngày 23 hằng tháng" (issued 04/11/2024: first
  23/11/2024).
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
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_PAR = "par_index"
_SIPAS = "sipas"
_Y2023 = "2023-12-31"
_Y2024 = "2024-12-31"
_Y2025 = "2025-12-31"
_OPEN = {"subject": ANY, "level": ANY}
_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_XA = {"subject": "cấp xã", "level": "xã"}

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
    first at the cell itself. A raw `n/63` is read as n with its max."""
    facts, at = [], 0
    for raw, unit, kind, code, as_of, top in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw.split("/")[0]), unit, kind, max_value=top,
                       subject=subject, level=level, as_of=as_of, code=code, extra=TAB))
        at += len(sep)
    return facts


# ------------------------------------------------------------ 555: Chủ tịch UBND tỉnh Yên Bái, Quyết định, năm 2024
def _so_555(stt: int, name: str, score: str, rank: str, grade: str, after: str) -> list[Fact]:
    """One Markdown row of Bảng 1: the sở's total (no maximum written) and its rank (plain number)."""
    line = f"| {stt} | {name} | {score} | {rank} | {grade} |"
    return _cells(line, " | ", after, name, "tỉnh", [(score, "điểm", P, ANY, "period", None),
                                                     (rank, "hạng", R, ANY, "period", None)])


def _huyen_555(stt: int, name: str, raws: str, grade: str, after: str) -> list[Fact]:
    """One Markdown row of Bảng 2: appraisal score (max 70 from its header), survey score (max 30), total (no maximum
    written), rank (plain number)."""
    appraisal, survey, total, rank = raws.split()
    line = f"| {stt} | {name} | {appraisal} | {survey} | {total} | {rank} | {grade} |"
    return _cells(line, " | ", after, name, "huyện", [
        (appraisal, "điểm", P, ANY, "period", 70), (survey, "điểm", P, ANY, "period", 30),
        (total, "điểm", P, ANY, "period", None), (rank, "hạng", R, ANY, "period", None)])


_SO_555 = [
    ("Văn phòng UBND tỉnh", "91,46", "2", "Tốt"),
    ("Sở Nội vụ", "92,18", "1", "Tốt"),
    ("Sở Tư pháp", "89,75", "3", "Tốt"),
    ("Sở Kế hoạch và Đầu tư", "86,12", "5", "Tốt"),
    ("Sở Tài chính", "84,60", "7", "Khá"),
    ("Sở Công Thương", "82,37", "10", "Khá"),
    ("Sở Nông nghiệp và Phát triển nông thôn", "80,94", "12", "Khá"),
    ("Sở Giao thông vận tải", "83,05", "9", "Khá"),
    ("Sở Xây dựng", "79,28", "14", "Khá"),
    ("Sở Tài nguyên và Môi trường", "76,43", "16", "Khá"),
    ("Sở Thông tin và Truyền thông", "88,20", "4", "Tốt"),
    ("Sở Lao động - Thương binh và Xã hội", "81,66", "11", "Khá"),
    ("Sở Văn hóa, Thể thao và Du lịch", "80,15", "13", "Khá"),
    ("Sở Khoa học và Công nghệ", "85,34", "6", "Tốt"),
    ("Sở Giáo dục và Đào tạo", "83,91", "8", "Khá"),
    ("Sở Y tế", "77,82", "15", "Khá"),
    ("Ban Dân tộc", "68,57", "17", "Trung bình"),
]
_HUYEN_555 = [
    ("Thành phố Yên Bái", "64,82 25,46 90,28 1", "Tốt"),
    ("Thị xã Nghĩa Lộ", "62,15 24,38 86,53 3", "Tốt"),
    ("Huyện Lục Yên", "58,74 23,12 81,86 5", "Khá"),
    ("Huyện Văn Yên", "60,36 24,05 84,41 4", "Khá"),
    ("Huyện Mù Cang Chải", "53,28 21,47 74,75 8", "Khá"),
    ("Huyện Trấn Yên", "63,40 24,92 88,32 2", "Tốt"),
    ("Huyện Trạm Tấu", "49,85 19,63 69,48 9", "Trung bình"),
    ("Huyện Văn Chấn", "55,62 22,31 77,93 7", "Khá"),
    ("Huyện Yên Bình", "57,90 22,86 80,76 6", "Khá"),
]


def _tables_555() -> list[Fact]:
    """Both Markdown tables in official order; each row's context runs into the next row's STT and name."""
    facts = []
    for i, (name, score, rank, grade) in enumerate(_SO_555):
        after = f"| {i + 2} | {_SO_555[i + 1][0]}" if i + 1 < len(_SO_555) else "| | Bình quân khối"
        facts += _so_555(i + 1, name, score, rank, grade, after)
    facts += _cells("| | Bình quân khối | 83,05 | | |", " | ", "\n3. Kết quả", ANY, "tỉnh",
                    [("83,05", "điểm", P, ANY, "period", None)])
    for i, (name, raws, grade) in enumerate(_HUYEN_555):
        after = f"| {i + 2} | {_HUYEN_555[i + 1][0]}" if i + 1 < len(_HUYEN_555) else "| | Bình quân khối"
        facts += _huyen_555(i + 1, name, raws, grade, after)
    facts += _cells("| | Bình quân khối | 58,46 | 23,13 | 81,59 | | |", " | ", "\nĐiều 2.", ANY, "huyện",
                    [("58,46", "điểm", P, ANY, "period", 70), ("23,13", "điểm", P, ANY, "period", 30),
                     ("81,59", "điểm", P, ANY, "period", None)])
    return facts


_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_HUYEN = {"subject": ANY, "level": "huyện"}
_IN_XA = {"subject": ANY, "level": "xã"}

BLIND_555 = [
    # Điều 1 (Căn cứ: laws, 76/NQ-CP, 1258/QĐ-UBND, 46/TTr-SNV; "thang điểm 100" the scale)
    F("của 17 sở", "17", 17, "đơn vị", C, code=None, **_IN_TINH),
    F("và 09 huyện", "09", 9, "huyện", C, code=None, **_IN_HUYEN),
    F("phát hành 2.730 phiếu", "2.730", 2730, "phiếu", C, code=ANY, **_OPEN),
    F("về 2.684 phiếu", "2.684", 2684, "phiếu", C, code=ANY, **_OPEN),
    F("đạt 98,32%", "98,32%", 98.32, "%", code=ANY, **_OPEN),
    # 1. the sở's block (năm 2023 dated 2023-12-31)
    F("trung bình 83,05 điểm", "83,05", 83.05, "điểm", code=ANY, **_IN_TINH),
    F("tăng 1,33 điểm", "1,33", 1.33, "điểm", CH, code=ANY, **_IN_TINH),
    F("(81,72 điểm)", "81,72", 81.72, "điểm", PR, as_of=_Y2023, code=ANY, **_IN_TINH),
    F("Có 06/17 cơ quan", "06/17", 6, "đơn vị", C, max_value=17, code=None, **_IN_TINH),
    F("Tốt, 10 cơ quan", "10", 10, "đơn vị", C, code=None, **_IN_TINH),
    F("và 01 cơ quan", "01", 1, "đơn vị", C, code=None, **_IN_TINH),
    F("khối với 92,18 điểm", "92,18", 92.18, "điểm", subject="Sở Nội vụ", level="tỉnh", code=ANY),
    F("(68,57 điểm)", "68,57", 68.57, "điểm", subject="Ban Dân tộc", level="tỉnh", code=ANY),
    # the districts' block
    F("trung bình 81,59 điểm", "81,59", 81.59, "điểm", code=ANY, **_IN_HUYEN),
    F("tăng 1,75 điểm", "1,75", 1.75, "điểm", CH, code=ANY, **_IN_HUYEN),
    F("(79,84 điểm)", "79,84", 79.84, "điểm", PR, as_of=_Y2023, code=ANY, **_IN_HUYEN),
    F("đạt 58,46/70", "58,46/70", 58.46, "điểm", max_value=70, code=ANY, **_IN_HUYEN),
    F("đạt 23,13/30", "23,13/30", 23.13, "điểm", max_value=30, code=ANY, **_IN_HUYEN),
    F("Có 03/09 huyện", "03/09", 3, "huyện", C, max_value=9, code=None, **_IN_HUYEN),
    F("Tốt, 05 đơn vị", "05", 5, "đơn vị", C, code=None, **_IN_HUYEN),
    F("Khá, 01 đơn vị", "01", 1, "đơn vị", C, code=None, **_IN_HUYEN),
    F("có 07 đơn vị", "07", 7, "đơn vị", C, code=None, **_IN_HUYEN),
    F("và 02 đơn vị", "02", 2, "đơn vị", C, code=None, **_IN_HUYEN),
    F("đầu với 90,28 điểm", "90,28", 90.28, "điểm", subject="Thành phố Yên Bái", level="huyện", code=ANY),
    F("Trạm Tấu 20,8 điểm", "20,8", 20.8, "điểm", CH, subject="Thành phố Yên Bái", level="huyện", code=ANY),
    F("lần lượt là 78,46%", "78,46%", 78.46, "%", code=ANY, **_IN_HUYEN),
    F("và 74,12%", "74,12%", 74.12, "%", code=ANY, **_IN_HUYEN),
    # Bảng 1 and Bảng 2 (Markdown)
    *_tables_555(),
    # Điều 2 (phone number no figure)
]

# ------------------------------------------------------------ 556: UBND tỉnh Bắc Kạn, tháng 5 năm 2025
_APR_2025 = "2025-04-30"
_MONTHS_556 = ("2025-01-31", "2025-02-28", "2025-03-31", _APR_2025, "period")


def _group_556(label: str, code: str, raws: str, after: str) -> list[Fact]:
    """One tab-separated row of Bảng 1: the maximum (a figure of its own: no max, code unchecked), then one cell per
    month carrying the row's maximum and code, dated at that month's end."""
    top, *months = raws.split()
    line = "\t".join([label, top, *months])
    cells = [(top, "điểm", P, ANY, "period", None)]
    cells += [(raw, "điểm", P, code, as_of, _num(top)) for raw, as_of in zip(months, _MONTHS_556, strict=True)]
    return _cells(line, "\t", after, None, None, cells)


def _ranks_556(raws: str, after: str) -> list[Fact]:
    """The "Xếp hạng" row: "-" in the maximum column (no figure), then the rank `n/63` of each month."""
    ranks = raws.split()
    line = "\t".join(["Xếp hạng", "-", *ranks])
    cells = [(raw, "hạng", R, _HANG, as_of, 63) for raw, as_of in zip(ranks, _MONTHS_556, strict=True)]
    return _cells(line, "\t", after, None, None, cells)


BLIND_556 = [
    # I.1 (766/QĐ-TTg, 3127/VPCP-KSTT cited; "chốt ngày 31/5/2025" the period end; "tháng thứ tư" in words)
    F("đạt 86,31/100", "86,31/100", 86.31, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 18/63", "18/63", 18, "hạng", R, max_value=63, code=_HANG),
    F("tăng 1,79 điểm", "1,79", 1.79, "điểm", CH, code=_TONG),
    F("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    F("(84,52 điểm", "84,52", 84.52, "điểm", PR, max_value=100, as_of=_APR_2025, code=_TONG),
    F("xếp thứ 22/63)", "22/63", 22, "hạng", PR, max_value=63, as_of=_APR_2025, code=_HANG),
    F("tăng 6,53 điểm", "6,53", 6.53, "điểm", CH, code=_TONG),
    F("tăng 17 bậc", "17", 17, "hạng", CH, code=_HANG),
    # I.2 Bảng 1 (tab-separated, months as columns)
    *_group_556("Công khai, minh bạch", "766.cong_khai", "18 15,62 15,80 16,04 16,21 16,47",
                "Tiến độ, kết quả giải quyết"),
    *_group_556("Tiến độ, kết quả giải quyết", "766.tien_do", "20 18,46 18,52 18,70 18,88 19,05",
                "Dịch vụ công trực tuyến"),
    *_group_556("Dịch vụ công trực tuyến", "766.dvctt", "12 8,94 9,12 9,35 9,60 9,84", "Thanh toán trực tuyến"),
    *_group_556("Thanh toán trực tuyến", "766.thanh_toan", "10 5,26 5,48 5,92 6,30 6,75", "Số hóa hồ sơ"),
    *_group_556("Số hóa hồ sơ", "766.so_hoa", "22 15,38 15,96 16,42 17,05 17,63", "Mức độ hài lòng"),
    *_group_556("Mức độ hài lòng", "766.hai_long", "18 16,12 16,20 16,35 16,48 16,57", "Tổng điểm"),
    *_group_556("Tổng điểm", _TONG, "100 79,78 81,08 82,78 84,52 86,31", "Xếp hạng"),
    *_ranks_556("35/63 31/63 27/63 22/63 18/63", "\nCả sáu nhóm"),
    F("tăng 1,49 điểm", "1,49", 1.49, "điểm", CH, code="766.thanh_toan"),
    F("(67,5% điểm", "67,5%", 67.5, "%", code=ANY),
    F("đạt 91,5% điểm", "91,5%", 91.5, "%", code=ANY),
    # II.1 (tháng 4/2025 dated 2025-04-30)
    F("tiếp nhận 24.318", "24.318", 24318, "hồ sơ", C, code=_TN),
    F("trực tuyến 14.206", "14.206", 14206, "hồ sơ", C, code=_NOP),
    F("chiếm 58,42%", "58,42%", 58.42, "%", code=_NOP),
    F("(tháng 4/2025: 55,16%)", "55,16%", 55.16, "%", PR, as_of=_APR_2025, code=_NOP),
    F("lần lượt là 86,75%", "86,75%", 86.75, "%", code=_NOP, **_TINH),
    F(", 61,20% và", "61,20%", 61.20, "%", code=_NOP, **_HUYEN),
    F("và 45,38%", "45,38%", 45.38, "%", code=_NOP, **_XA),
    F("giải quyết 23.106", "23.106", 23106, "hồ sơ", C, code=ANY),
    F("trước hạn 22.609", "22.609", 22609, "hồ sơ", C, code=_DH),
    F("đạt 97,85%", "97,85%", 97.85, "%", code=_DH),
    F("quá hạn 497", "497", 497, "hồ sơ", C, code=_QH),
    F("chiếm 2,15%", "2,15%", 2.15, "%", code=_QH),
    F("Chợ Đồn (186 hồ sơ)", "186", 186, "hồ sơ", C, subject="UBND huyện Chợ Đồn", level="huyện", code=_QH),
    F("Ba Bể (94 hồ sơ)", "94", 94, "hồ sơ", C, subject="UBND huyện Ba Bể", level="huyện", code=_QH),
    # II.2 dash list
    F("Có 9.426 hồ sơ", "9.426", 9426, "hồ sơ", C, code=ANY),
    F("đó 3.900 hồ sơ", "3.900", 3900, "hồ sơ", C, code=_TT),
    F("đạt 41,37%", "41,37%", 41.37, "%", code=_TT, target=50, stated_status="chưa đạt"),
    F("năm 2025 là 50%", "50%", 50, "%", T, as_of=_Y2025, code=_TT),
    F("đạt 78,64%", "78,64%", 78.64, "%", code=_SH),
    F("tăng 3,12%", "3,12%", 3.12, "%", CH, code=_SH),
    F("đạt 36,20%", "36,20%", 36.20, "%", code=_TSD),
    # II.3
    F("Tiếp nhận 14 PAKN", "14", 14, "PAKN", C, code=_PAKN_TN),
    F("xử lý 13 PAKN", "13", 13, "PAKN", C, code=_PAKN_XL),
    F("đạt 92,86%", "92,86%", 92.86, "%", code=_PAKN_TL),
    F("đạt 92,14%", "92,14%", 92.14, "%", code=_HL),
    # III. block averages, grades, best and worst districts (tháng 4/2025 change of Pác Nặm)
    F("đạt 89,24 điểm", "89,24", 89.24, "điểm", code=_TONG, **_IN_TINH),
    F("đạt 82,47 điểm", "82,47", 82.47, "điểm", code=_TONG, **_IN_HUYEN),
    F("đạt 78,15 điểm", "78,15", 78.15, "điểm", code=_TONG, **_IN_XA),
    F("Có 05/08 huyện", "05/08", 5, "huyện", C, max_value=8, code=None, **_IN_HUYEN),
    F("và 03 đơn vị", "03", 3, "đơn vị", C, code=None, **_IN_HUYEN),
    F("(90,12 điểm)", "90,12", 90.12, "điểm", subject="Thành phố Bắc Kạn", level="huyện", code=_TONG),
    F("(74,36 điểm)", "74,36", 74.36, "điểm", subject="huyện Pác Nặm", level="huyện", code=_TONG),
    F("giảm 0,84 điểm", "0,84", -0.84, "điểm", CH, subject="huyện Pác Nặm", level="huyện", code=_TONG),
    # IV. a count repeated, the province's target for quý III (phone number no figure)
    F("dứt điểm 280 hồ sơ", "280", 280, "hồ sơ", C, code=ANY, **_OPEN),
    F("tối thiểu 50%", "50%", 50, "%", T, as_of="2025-09-30", code=_TT),
]

# ------------------------------------------------------------ 557: UBND tỉnh Quảng Bình, Kế hoạch kiểm tra CCHC 2024


def _sample_557(stt: int, name: str, level: str, when: str, content: str, files: str, after: str) -> list[Fact]:
    """One Markdown row of the schedule: the number of files to sample at the unit (its only figure)."""
    line = f"| {stt} | {name} | {when} | {content} | {files} |"
    return _cells(line, " | ", after, name, level, [(files, "hồ sơ", P, ANY, "period", None)])


_SCHEDULE_557 = [
    ("Sở Tài nguyên và Môi trường", "tỉnh", "Ngày 16/4/2024", "Giải quyết TTHC lĩnh vực đất đai, môi trường", "40"),
    ("Sở Xây dựng", "tỉnh", "Ngày 23/4/2024", "Cấp giấy phép xây dựng, công khai TTHC", "25"),
    ("Sở Lao động - Thương binh và Xã hội", "tỉnh", "Ngày 14/5/2024", "Chi trả chính sách qua tài khoản, số hóa hồ sơ",
     "30"),
    ("Sở Giao thông vận tải", "tỉnh", "Ngày 21/5/2024", "Cấp đổi giấy phép lái xe trực tuyến", "30"),
    ("Sở Công Thương", "tỉnh", "Ngày 11/6/2024", "Thanh toán trực tuyến phí, lệ phí", "20"),
    ("UBND thị xã Ba Đồn", "huyện", "Ngày 18/6/2024", "Hoạt động Bộ phận Một cửa cấp huyện, cấp xã", "40"),
    ("UBND huyện Bố Trạch", "huyện", "Ngày 09/7/2024", "Giải quyết hồ sơ đất đai quá hạn", "50"),
    ("UBND huyện Quảng Ninh", "huyện", "Ngày 16/7/2024", "Số hóa hồ sơ, kết quả giải quyết TTHC", "30"),
    ("UBND huyện Tuyên Hóa", "huyện", "Ngày 13/8/2024", "Tiếp nhận, xử lý phản ánh, kiến nghị", "25"),
]


def _schedule_557() -> list[Fact]:
    """The schedule's rows in order and its "Cộng" row (subject and level unchecked)."""
    facts = []
    for i, (name, level, when, content, files) in enumerate(_SCHEDULE_557):
        after = f"| {i + 2} | {_SCHEDULE_557[i + 1][0]}" if i + 1 < len(_SCHEDULE_557) else "| | Cộng"
        facts += _sample_557(i + 1, name, level, when, content, files, after)
    facts += _cells("| | Cộng | | | 290 |", " | ", "\nNội dung kiểm tra", ANY, ANY,
                    [("290", "hồ sơ", P, ANY, "period", None)])
    return facts


BLIND_557 = [
    # II.1 (3318/QĐ-UBND and 27/TTr-SNV cited); năm 2023 dated 2023-12-31
    F("đạt 86,02%", "86,02%", 86.02, "%", as_of=_Y2023, code=_PAR),
    F("xếp thứ 23/63", "23/63", 23, "hạng", R, max_value=63, as_of=_Y2023, code=_PAR),
    F("đạt 82,45%", "82,45%", 82.45, "%", as_of=_Y2023, code=_SIPAS),
    F("đạt 79,64/100", "79,64/100", 79.64, "điểm", max_value=100, as_of=_Y2023, code=_TONG),
    F("xếp thứ 30/63", "30/63", 30, "hạng", R, max_value=63, as_of=_Y2023, code=_HANG),
    # II.2
    F("tiếp nhận 412.586", "412.586", 412586, "hồ sơ", C, as_of=_Y2023, code=_TN),
    F("trực tuyến 145.560", "145.560", 145560, "hồ sơ", C, as_of=_Y2023, code=_NOP),
    F("chiếm 35,28%", "35,28%", 35.28, "%", as_of=_Y2023, code=_NOP),
    F("đạt 98,12%", "98,12%", 98.12, "%", as_of=_Y2023, code=_DH),
    F("đạt 22,14%", "22,14%", 22.14, "%", as_of=_Y2023, code=_TT, target=30, stated_status="chưa đạt"),
    F("năm 2023 là 30%", "30%", 30, "%", T, as_of=_Y2023, code=_TT),
    F("đạt 46,38%", "46,38%", 46.38, "%", as_of=_Y2023, code=_SH),
    F("Tiếp nhận 326 PAKN", "326", 326, "PAKN", C, as_of=_Y2023, code=_PAKN_TN),
    F("xử lý 318 PAKN", "318", 318, "PAKN", C, as_of=_Y2023, code=_PAKN_XL),
    F("đạt 97,55%", "97,55%", 97.55, "%", as_of=_Y2023, code=_PAKN_TL),
    # II.3 the 2023 inspections (the whole over three levels; findings of the inspection unchecked)
    F("kiểm tra 14 cơ quan", "14", 14, "đơn vị", C, as_of=_Y2023, code=None, **_OPEN),
    F("gồm 06 sở", "06", 6, "đơn vị", C, as_of=_Y2023, code=None, **_IN_TINH),
    F(", 04 huyện", "04", 4, "huyện", C, as_of=_Y2023, code=None, **_IN_HUYEN),
    F("và 04 xã", "04", 4, "xã", C, as_of=_Y2023, code=None, **_IN_XA),
    F("xác suất 420 hồ sơ", "420", 420, "hồ sơ", C, as_of=_Y2023, code=ANY, **_OPEN),
    F("phát hiện 37 hồ sơ", "37", 37, "hồ sơ", C, as_of=_Y2023, code=ANY, **_OPEN),
    F("chiếm 8,81%", "8,81%", 8.81, "%", as_of=_Y2023, code=ANY, **_OPEN),
    F("và 12 hồ sơ", "12", 12, "hồ sơ", C, as_of=_Y2023, code=ANY, **_OPEN),
    F("06 đơn vị Tốt", "06", 6, "đơn vị", C, as_of=_Y2023, code=None, **_OPEN),
    F("05 đơn vị Khá", "05", 5, "đơn vị", C, as_of=_Y2023, code=None, **_OPEN),
    F("03 đơn vị Trung bình", "03", 3, "đơn vị", C, as_of=_Y2023, code=None, **_OPEN),
    F("trường: 14/40 hồ sơ", "14/40", 14, "hồ sơ", C, max_value=40, subject="Sở Tài nguyên và Môi trường",
      level="tỉnh", as_of=_Y2023, code=ANY),
    F("chiếm 35%", "35%", 35, "%", subject="Sở Tài nguyên và Môi trường", level="tỉnh", as_of=_Y2023, code=ANY),
    F("Trạch: 9/30 hồ sơ", "9/30", 9, "hồ sơ", C, max_value=30, subject="UBND huyện Bố Trạch", level="huyện",
      as_of=_Y2023, code=ANY),
    F("chiếm 30%", "30%", 30, "%", subject="UBND huyện Bố Trạch", level="huyện", as_of=_Y2023, code=ANY),
    F("Phúc Trạch: 5 hồ sơ", "5", 5, "hồ sơ", C, subject="UBND xã Phúc Trạch", level="xã", as_of=_Y2023, code=ANY),
    F("và 3 hồ sơ", "3", 3, "hồ sơ", C, subject="UBND xã Phúc Trạch", level="xã", as_of=_Y2023, code=ANY),
    # III. the province's 2024 targets; the plan's own targets and counts of units to inspect
    F("trực tuyến đạt 50%", "50%", 50, "%", T, code=_NOP),
    F("trực tuyến đạt 40%", "40%", 40, "%", T, code=_TT),
    F("tối thiểu 25%", "25%", 25, "%", T, code=ANY, **_OPEN),
    F("và 50% số", "50%", 50, "%", T, code=ANY, **_OPEN),
    F("tối thiểu 20 hồ sơ", "20", 20, "hồ sơ", T, code=ANY, **_OPEN),
    F("kiểm tra 05 sở", "05", 5, "đơn vị", C, code=None, **_IN_TINH),
    F("ngành và 04 huyện", "04", 4, "huyện", C, code=None, **_IN_HUYEN),
    F("theo 02 UBND", "02", 2, "xã", C, code=None, **_IN_XA),
    # IV. the schedule (Markdown)
    *_schedule_557(),
    # V. (address and phone number no figures; "05 ngày làm việc" relative)
    F("gồm 09 thành viên", "09", 9, "thành viên", C, code=None, **_OPEN),
    F("tổng số 85 triệu đồng", "85", 85, "triệu đồng", code=ANY, **_OPEN),
]

# ------------------------------------------------------------ 558: Sở Nội vụ tỉnh Bến Tre, Tờ trình chỉ tiêu năm 2025
_NOV_2024 = "2024-11-30"


def _proposal_558(code: str, unit: str, result: str, target: str, proposed: str, target_context: str) -> list[Fact]:
    """One dash item "- <indicator>: 11 tháng năm 2024 đạt x (chỉ tiêu y); đề xuất năm 2025 là z;": the result
    (dated 2024-11-30, carrying y; status unchecked), the 2024 target (dated 2024-12-31), the 2025 target (period).
    A score is written "83,18 điểm" (raw without the unit word); a share "58,20%"."""
    res, tgt, prop = (raw if unit == "%" else f"{raw} điểm" for raw in (result, target, proposed))
    return [
        F(f"đạt {res} (chỉ tiêu", result, _num(result), unit, as_of=_NOV_2024, code=code, target=_num(target)),
        F(target_context, target, _num(target), unit, T, as_of=_Y2024, code=code),
        F(f"{res} (chỉ tiêu {tgt}); đề xuất năm 2025 là {prop}", proposed, _num(proposed), unit, T, code=code),
    ]


BLIND_558 = [
    # I.1 năm 2023 (76/NQ-CP, 5432/KH-UBND, 766/QĐ-TTg cited)
    F("đạt 87,45%", "87,45%", 87.45, "%", as_of=_Y2023, code=_PAR),
    F("xếp thứ 12/63", "12/63", 12, "hạng", R, max_value=63, as_of=_Y2023, code=_PAR),
    F("đạt 83,76%", "83,76%", 83.76, "%", as_of=_Y2023, code=_SIPAS),
    # I.2–I.5 dated 2024-11-30
    F("có 1.842 TTHC", "1.842", 1842, "TTHC", C, as_of=_NOV_2024, code=_TTHC),
    F("đó 1.072 TTHC", "1.072", 1072, "TTHC", C, as_of=_NOV_2024, code=_TOAN),
    F("chiếm 58,20%", "58,20%", 58.20, "%", as_of=_NOV_2024, code=_TOAN),
    F("tiếp nhận 486.215", "486.215", 486215, "hồ sơ", C, as_of=_NOV_2024, code=_TN),
    F("trực tuyến 264.305", "264.305", 264305, "hồ sơ", C, as_of=_NOV_2024, code=_NOP),
    F("đạt 54,36%, vượt", "54,36%", 54.36, "%", as_of=_NOV_2024, code=_NOP, target=50),
    F("năm 2024 là 50%", "50%", 50, "%", T, as_of=_Y2024, code=_NOP),
    F("tương ứng là 88,14%", "88,14%", 88.14, "%", as_of=_NOV_2024, code=_NOP, **_TINH),
    F(", 52,60% và", "52,60%", 52.60, "%", as_of=_NOV_2024, code=_NOP, **_HUYEN),
    F("và 41,25%", "41,25%", 41.25, "%", as_of=_NOV_2024, code=_NOP, **_XA),
    F("giải quyết 471.380", "471.380", 471380, "hồ sơ", C, as_of=_NOV_2024, code=ANY),
    F("đúng hạn 465.346", "465.346", 465346, "hồ sơ", C, as_of=_NOV_2024, code=_DH),
    F("đạt 98,72%;", "98,72%", 98.72, "%", as_of=_NOV_2024, code=_DH),
    F("quá hạn 6.034", "6.034", 6034, "hồ sơ", C, as_of=_NOV_2024, code=_QH),
    F("chiếm 1,28%", "1,28%", 1.28, "%", as_of=_NOV_2024, code=_QH),
    F("Tiếp nhận 218 PAKN", "218", 218, "PAKN", C, as_of=_NOV_2024, code=_PAKN_TN),
    F("xử lý 212 PAKN", "212", 212, "PAKN", C, as_of=_NOV_2024, code=_PAKN_XL),
    F("đạt 97,25%", "97,25%", 97.25, "%", as_of=_NOV_2024, code=_PAKN_TL),
    F("đạt 83,18/100", "83,18/100", 83.18, "điểm", max_value=100, as_of=_NOV_2024, code=_TONG),
    F("xếp thứ 19/63", "19/63", 19, "hạng", R, max_value=63, as_of=_NOV_2024, code=_HANG),
    F("Trong 10 chỉ tiêu", "10", 10, "chỉ tiêu", C, as_of=_NOV_2024, code=None),
    F("có 06/10 chỉ tiêu", "06/10", 6, "chỉ tiêu", C, max_value=10, as_of=_NOV_2024, code=None),
    F("vượt, 04/10 chỉ tiêu", "04/10", 4, "chỉ tiêu", C, max_value=10, as_of=_NOV_2024, code=None),
    F("còn 41 xã", "41", 41, "xã", C, as_of=_NOV_2024, code=None, **_IN_XA),
    # II. the ten proposals
    F("đề xuất 10 chỉ tiêu", "10", 10, "chỉ tiêu", C, code=None),
    *_proposal_558(_TOAN, "%", "58,20%", "55%", "70%", "58,20% (chỉ tiêu 55%)"),
    *_proposal_558(_NOP, "%", "54,36%", "50%", "65%", "54,36% (chỉ tiêu 50%)"),
    *_proposal_558(_DH, "%", "98,72%", "98%", "99%", "98,72% (chỉ tiêu 98%)"),
    *_proposal_558(_TT, "%", "38,45%", "45%", "55%", "(chỉ tiêu 45%)"),
    *_proposal_558(_SH, "%", "72,60%", "80%", "100%", "72,60% (chỉ tiêu 80%)"),
    *_proposal_558(_KQ, "%", "86,14%", "80%", "100%", "86,14% (chỉ tiêu 80%)"),
    *_proposal_558(_TSD, "%", "24,85%", "40%", "50%", "24,85% (chỉ tiêu 40%)"),
    *_proposal_558(_HL, "%", "92,37%", "90%", "95%", "92,37% (chỉ tiêu 90%)"),
    *_proposal_558(_TONG, "điểm", "83,18", "80", "88", "83,18 điểm (chỉ tiêu 80 điểm)"),
    *_proposal_558(_TK, "%", "71,25%", "75%", "85%", "71,25% (chỉ tiêu 75%)"),
    F("tối thiểu 55%", "55%", 55, "%", T, code=_NOP, **_XA),
    F("tối thiểu 45%", "45%", 45, "%", T, code=_TT, **_XA),
    # III. proposals with deadlines (phone number no figure)
    F("tại 100% Bộ phận", "100%", 100, "%", T, as_of="2025-03-31", code=ANY, **_IN_XA),
    F("cho 41 xã", "41", 41, "xã", C, code=None, **_OPEN),
]

# ------------------------------------------------------------ 559: Công an huyện Ninh Phước (Ninh Thuận), tháng 10/2024
_CAH = "Công an huyện"
_SEP_2024 = "2024-09-30"


def _cah(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the district police's own work (subject the body by its kind, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_CAH, level="huyện", **kw)


def _area(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the district's population (subject unchecked: the district or its police), level huyện."""
    return F(context, raw, value, unit, kind, subject=ANY, level="huyện", **kw)


def _commune_559(name: str, accounts: str, share: str) -> list[Fact]:
    """One dash item "- <xã>: n tài khoản, đạt x%;" (subject as written, level xã, identity-account code)."""
    return [F(f"{name}: {accounts} tài khoản", accounts, _num(accounts), "tài khoản", C, subject=name, level="xã",
              code=_TK),
            F(f"{accounts} tài khoản, đạt {share}", share, _num(share), "%", subject=name, level="xã", code=_TK)]


BLIND_559 = [
    # I. (06/QĐ-TTg, 1254/KH-CAT cited; the stated window is the period)
    F("có 09 xã", "09", 9, "xã", C, code=None, **_IN_XA),
    _area("với 38.214 hộ", "38.214", 38214, "hộ", C, code=ANY),
    _area("hộ, 139.682 nhân khẩu", "139.682", 139682, "nhân khẩu", C, code=ANY),
    _area("thường trú 136.905", "136.905", 136905, "nhân khẩu", C, code=ANY),
    _area("tạm trú 2.777", "2.777", 2777, "nhân khẩu", C, code=ANY),
    # II.1 the Công an huyện's cleaning and verification
    _cah("làm sạch 2.416", "2.416", 2416, "trường hợp", C, code=ANY),
    _cah("điều chỉnh 3.127", "3.127", 3127, "trường hợp", C, code=ANY),
    _cah("sống\" 137.218/139.682", "137.218/139.682", 137218, "nhân khẩu", C, max_value=139682, code=ANY),
    _cah("đạt 98,24%", "98,24%", 98.24, "%", code=ANY),
    _area("còn 2.464 nhân khẩu", "2.464", 2464, "nhân khẩu", C, code=ANY),
    # II.2 identity cards and accounts (tháng 9/2024 dated 2024-09-30; "từ đủ 14 tuổi", "mức độ 2" no figures)
    _cah("thu nhận 1.846", "1.846", 1846, "hồ sơ", C, code=ANY),
    _cah("(tháng 9/2024: 1.624", "1.624", 1624, "hồ sơ", PR, as_of=_SEP_2024, code=ANY),
    _cah("tăng 222 hồ sơ", "222", 222, "hồ sơ", CH, code=ANY),
    _cah("trả 1.708 thẻ", "1.708", 1708, "thẻ", C, code=ANY),
    _cah("Tiếp nhận 2.465", "2.465", 2465, "hồ sơ", C, code=ANY),
    _cah("thành công 2.314", "2.314", 2314, "tài khoản", C, code=_TK),
    _area("có 71.458 tài khoản", "71.458", 71458, "tài khoản", C, code=_TK),
    _area("đạt 68,92%", "68,92%", 68.92, "%", code=_TK, target=75, stated_status="chưa đạt"),
    _area("(103.683 người)", "103.683", 103683, "người", C, code=ANY),
    _area("năm 2024 là 75%", "75%", 75, "%", T, as_of=_Y2024, code=_TK),
    *_commune_559("Thị trấn Phước Dân", "14.206", "76,42%"),
    *_commune_559("Xã Phước Hậu", "7.312", "70,15%"),
    *_commune_559("Xã Phước Thái", "8.015", "69,84%"),
    *_commune_559("Xã Phước Vinh", "9.124", "71,06%"),
    *_commune_559("Xã Phước Sơn", "6.418", "64,27%"),
    *_commune_559("Xã Phước Hữu", "7.906", "66,58%"),
    *_commune_559("Xã Phước Thuận", "8.245", "67,93%"),
    *_commune_559("Xã Phước Hải", "5.120", "59,72%"),
    *_commune_559("Xã An Hải", "5.112", "58,46%"),
    F("toàn huyện 10,46%", "10,46%", -10.46, "%", CH, subject="xã An Hải", level="xã", code=_TK),
    # II.3 the two groups of linked services ("dưới 6 tuổi" no figure; subject, level and codes unchecked)
    F("tiếp nhận 146", "146", 146, "hồ sơ", C, code=ANY, **_OPEN),
    F("trực tuyến 121", "121", 121, "hồ sơ", C, code=ANY, **_OPEN),
    F("đạt 82,88%", "82,88%", 82.88, "%", code=ANY, **_OPEN),
    F("giải quyết 139", "139", 139, "hồ sơ", C, code=ANY, **_OPEN),
    F("đúng hạn 137", "137", 137, "hồ sơ", C, code=ANY, **_OPEN),
    F("quá hạn 02 hồ sơ", "02", 2, "hồ sơ", C, code=ANY, **_OPEN),
    F("tiếp nhận 58 hồ sơ", "58", 58, "hồ sơ", C, code=ANY, **_OPEN),
    F("trực tuyến 39", "39", 39, "hồ sơ", C, code=ANY, **_OPEN),
    F("đạt 67,24%", "67,24%", 67.24, "%", code=ANY, **_OPEN),
    F("(tháng 9/2024: 61,54%)", "61,54%", 61.54, "%", PR, as_of=_SEP_2024, code=ANY, **_OPEN),
    F("đúng hạn 58/58", "58/58", 58, "hồ sơ", C, max_value=58, code=ANY, **_OPEN),
    # II.4 the Công an huyện's own TTHC files; community digital teams
    _cah("tiếp nhận 412 hồ sơ", "412", 412, "hồ sơ", C, code=_TN),
    _cah("trực tuyến 386", "386", 386, "hồ sơ", C, code=_NOP),
    _cah("đạt 93,69%", "93,69%", 93.69, "%", code=_NOP),
    _cah("đúng hạn 100%", "100%", 100, "%", code=_DH),
    F("tại 58 thôn", "58", 58, "thôn", C, code=None, **_OPEN),
    F("hỗ trợ 1.524 lượt", "1.524", 1524, "lượt", C, code=ANY, **_OPEN),
    # II.5 the Công an tỉnh's ranking of its district police (tháng 9/2024 dated 2024-09-30)
    F("xếp thứ 3/7", "3/7", 3, "hạng", R, max_value=7, subject="Công an huyện Ninh Phước", level="huyện", code=ANY),
    F("xếp thứ 5/7", "5/7", 5, "hạng", PR, max_value=7, subject="Công an huyện Ninh Phước", level="huyện",
      as_of=_SEP_2024, code=ANY),
    F("tăng 2 bậc", "2", 2, "hạng", CH, subject="Công an huyện Ninh Phước", level="huyện", code=ANY),
    # III. a count repeated; the named communes' and the district's targets (phone number no figure)
    F("xác thực 2.464", "2.464", 2464, "nhân khẩu", C, code=ANY, **_OPEN),
    F("tối thiểu 70%", "70%", 70, "%", T, as_of="2024-11-30", code=_TK, **_IN_XA),
    F("huyện đạt 75%", "75%", 75, "%", T, as_of=_Y2024, code=_TK, **_IN_HUYEN),
]

BLIND = {"555": BLIND_555, "556": BLIND_556, "557": BLIND_557, "558": BLIND_558, "559": BLIND_559}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "555": [
        ("2025-03-25", "day", "25/3/2025", "công khai kết quả Chỉ số CCHC năm 2024", "Sở Nội vụ"),
        ("2025-04-30", "month", "tháng 4/2025", "khen thưởng", "Sở Nội vụ"),
        ("2025-04-10", "day", "ngày 10 tháng 4 năm 2025", "xây dựng kế hoạch khắc phục",
         "Thủ trưởng Ban Dân tộc và Chủ tịch UBND huyện Trạm Tấu"),
        ("2025-06-30", "quarter", "quý II năm 2025", "nền tảng chính quyền số", "Sở Thông tin và Truyền thông"),
        ("2025-12-31", "year", "năm 2025", "hoàn thiện Bộ tiêu chí", "Sở Nội vụ"),
        # issued 14/3/2025: the first "ngày 20 hằng tháng" is 20/3/2025
        ("2025-03-20", "recurring", "20 hằng tháng", "báo cáo kết quả khắc phục",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
    "556": [
        ("2025-06-20", "day", "20/6/2025", "giải quyết dứt điểm 280 hồ sơ", "UBND huyện Chợ Đồn và UBND huyện Ba Bể"),
        ("2025-09-30", "quarter", "quý III năm 2025", "nâng tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-06-25", "day", "ngày 25 tháng 6 năm 2025", "đồng bộ trạng thái hồ sơ", "Sở Thông tin và Truyền thông"),
        ("2025-06-30", "month", "tháng 6/2025", "số hóa kết quả giải quyết TTHC còn tồn", "UBND huyện Pác Nặm"),
        # issued 05/6/2025: the first "ngày 22 hằng tháng" is 22/6/2025
        ("2025-06-22", "recurring", "22 hằng tháng", "gửi báo cáo kết quả thực hiện Bộ chỉ số",
         "Các sở, ban, ngành, UBND các huyện, thành phố"),
    ],
    "557": [
        # the schedule table: task the "Nội dung kiểm tra trọng tâm" cell, body the unit inspected
        ("2024-04-16", "day", "16/4/2024", "lĩnh vực đất đai, môi trường", "Sở Tài nguyên và Môi trường"),
        ("2024-04-23", "day", "23/4/2024", "Cấp giấy phép xây dựng", "Sở Xây dựng"),
        ("2024-05-14", "day", "14/5/2024", "Chi trả chính sách qua tài khoản", "Sở Lao động - Thương binh và Xã hội"),
        ("2024-05-21", "day", "21/5/2024", "Cấp đổi giấy phép lái xe trực tuyến", "Sở Giao thông vận tải"),
        ("2024-06-11", "day", "11/6/2024", "Thanh toán trực tuyến phí, lệ phí", "Sở Công Thương"),
        ("2024-06-18", "day", "18/6/2024", "Hoạt động Bộ phận Một cửa", "UBND thị xã Ba Đồn"),
        ("2024-07-09", "day", "09/7/2024", "Giải quyết hồ sơ đất đai quá hạn", "UBND huyện Bố Trạch"),
        ("2024-07-16", "day", "16/7/2024", "Số hóa hồ sơ, kết quả giải quyết TTHC", "UBND huyện Quảng Ninh"),
        ("2024-08-13", "day", "13/8/2024", "Tiếp nhận, xử lý phản ánh, kiến nghị", "UBND huyện Tuyên Hóa"),
        # V. tổ chức thực hiện
        ("2024-03-29", "day", "29/3/2024", "thành lập Đoàn kiểm tra", "Sở Nội vụ"),
        ("2024-10-31", "month", "tháng 10/2024", "kiểm tra đột xuất", "Sở Nội vụ"),
        ("2024-11-15", "day", "ngày 15 tháng 11 năm 2024", "khắc phục tồn tại", "Các cơ quan, đơn vị được kiểm tra"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "tổng hợp kết quả kiểm tra", "Sở Nội vụ"),
    ],
    "558": [
        ("2025-01-15", "day", "15/01/2025", "cụ thể hóa chỉ tiêu", "Sở Nội vụ"),
        ("2025-03-31", "quarter", "quý I năm 2025", "thu phí, lệ phí trực tuyến", "Sở Tài chính"),
        ("2025-02-28", "day", "ngày 28 tháng 02 năm 2025", "trang bị bổ sung máy quét", "Sở Thông tin và Truyền thông"),
        ("2025-06-30", "month", "tháng 6/2025", "số hóa kết quả giải quyết TTHC còn tồn", "UBND các huyện, thành phố"),
        ("2025-12-31", "year", "năm 2025", "đưa kết quả thực hiện chỉ tiêu vào đánh giá", "Sở Nội vụ"),
        # issued 13/12/2024: the first "ngày 20 hằng tháng" is 20/12/2024
        ("2024-12-20", "recurring", "20 hằng tháng", "báo cáo tiến độ thực hiện chỉ tiêu",
         "Các sở, ban, ngành, UBND các huyện, thành phố"),
    ],
    "559": [
        ("2024-11-25", "day", "25/11/2024", "hoàn thành xác thực 2.464 nhân khẩu",
         "Đội Cảnh sát quản lý hành chính về trật tự xã hội"),
        ("2024-11-30", "day", "ngày 30 tháng 11 năm 2024", "kích hoạt lưu động tài khoản định danh điện tử",
         "Công an xã Phước Hải và Công an xã An Hải"),
        ("2024-12-31", "month", "tháng 12/2024", "nộp trực tuyến hồ sơ nhóm liên thông khai tử",
         "Công an các xã, thị trấn"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "tài khoản định danh điện tử của toàn huyện",
         "Đội Cảnh sát quản lý hành chính về trật tự xã hội"),
        # issued 04/11/2024: the first "ngày 23 hằng tháng" is 23/11/2024
        ("2024-11-23", "recurring", "23 hằng tháng", "báo cáo kết quả", "Công an các xã, thị trấn"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 555 is a Quyết định of the
# Chủ tịch UBND tỉnh Yên Bái on the Chỉ số CCHC năm 2024 (its period); 556 a monthly report of UBND tỉnh Bắc Kạn; 557
# a Kế hoạch of UBND tỉnh Quảng Bình for năm 2024; 558 a Tờ trình of the Sở Nội vụ under "UBND TỈNH BẾN TRE" whose
# period is the year its targets are for; 559 a report of Công an huyện Ninh Phước under "CÔNG AN TỈNH NINH THUẬN",
# its signer written with his rank.
META = {
    "555": {"doc_number": "386/QĐ-UBND", "doc_type": "Quyết định", "issued_date": "2025-03-14",
            "province": "Yên Bái", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Hoàng Văn Khiêm"},
    "556": {"doc_number": "203/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-06-05",
            "province": "Bắc Kạn", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Lý Văn Thạch"},
    "557": {"doc_number": "52/KH-UBND", "doc_type": "Kế hoạch", "issued_date": "2024-03-11",
            "province": "Quảng Bình", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Đặng Hữu Lộc"},
    "558": {"doc_number": "318/TTr-SNV", "doc_type": "Tờ trình", "issued_date": "2024-12-13",
            "province": "Bến Tre", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Nguyễn Thị Kim Thoa"},
    "559": {"doc_number": "1186/BC-CAH", "doc_type": "Báo cáo", "issued_date": "2024-11-04",
            "province": "Ninh Thuận", "period_label": "tháng 10 năm 2024", "period_start": "2024-10-01",
            "period_end": "2024-10-31", "signer": "Trần Văn Phúc"},
}
