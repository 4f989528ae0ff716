"""Blind golden facts for corpus/blind118/665_ba_ria_vung_tau.txt, 666_dak_nong.txt, 667_hung_yen.txt, 668_ha_noi.txt
and 669_quang_ngai.txt.

The five documents were written by the developers for a hundred-and-eighteenth blind measurement (reports mixing
several periods and cumulative figures: a year-end report with each quarter in a table; a monthly report with "lũy kế
từ đầu năm" beside the month; a quarterly report against "cùng kỳ năm trước" with changes in "điểm phần trăm"; a
half-year report whose table has "Kế hoạch", "Thực hiện" and "Tỷ lệ so với kế hoạch" columns; a plan for the next year
whose every task has its deadline and target; periods năm 2024, tháng 5 năm 2025, quý I năm 2026, 6 tháng đầu năm 2026
and năm 2026; not real documents), and every row below was written by reading them, before any extraction,
restoration or pipeline code was run on them. They also serve as held-out text for diacritic restoration (marks
stripped, restored, compared with the file).

Same structure and conventions as golden/blind116.py, blind115.py, blind114.py, blind113.py, blind16.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose and list counts are kind `count`; table cells are kind `value` even when they count, with
`extra={"source": "table"}`; `as_of="period"` is the period's end; a table column or row dated before the period end
keeps kind `value` with that date as `as_of`; a change is dated with the figure it changes and a fall ("giảm", "rút
ngắn", "thấp hơn") is negative; a change in "điểm phần trăm" is kind change in `%` with the number alone as raw. `ANY`
leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names none: counts
of communes, decisions, bodies, branches, indicators, scanners, classes). "thủ tục" counts use the unit `TTHC`, "phản
ánh, kiến nghị" the unit `PAKN`; a count of the files (or PAKN) an indicator is computed on carries that indicator's
code; every "đã giải quyết" / "đã xử lý" count, one field's files, money and changes of counts have their code
unchecked. Counts of local units take the unit of their first unit word ("5/8 huyện, thị xã, thành phố" → `huyện`,
"71/82 xã, phường, thị trấn", "78/104 xã, phường", "31/96 xã, phường, đặc khu" → `xã`; "15/18 sở, ngành", "19 cơ quan"
→ `đơn vị`, level tỉnh); "có 104 đơn vị hành chính cấp xã (93 xã, 11 phường)" → subject `cấp xã` (unit `đơn vị`,
level xã), its parts `xã`, `phường`, `đặc khu` (subject unchecked, level xã). A provincial body's own figures naming no
body are named by its kind: `Sở Tư pháp` (666, under "UBND TỈNH ĐẮK NÔNG / SỞ TƯ PHÁP"). Province-wide (city-wide)
figures have subject NULL. Things counted take the noun as written (`quyết định`, `phiếu` for "Phiếu lý lịch tư
pháp", `bản` for certified copies, `chi nhánh`, `chỉ tiêu`, `máy quét`, `lớp`, `công chức`, `tài khoản`, `tổ`,
`thành viên`); money keeps
the unit written (`tỷ đồng`, `triệu đồng`; code unchecked); durations `ngày`. Dates, document numbers and cited texts
("Nghị định số 61/2018/NĐ-CP", "Quyết định số 766/QĐ-TTg", "Công văn số 8112/VPCP-KSTT", "Kế hoạch số 86/KH-UBND",
"Công văn số 1904/UBND-KSTT", "Nghị quyết số 202/2025/QH15", "Kế hoạch số 34/KH-UBND", "Kế hoạch số 18/KH-UBND",
"Nghị định số 63/2010/NĐ-CP", "Nghị quyết số 66/NQ-CP"), the stated windows and data dates ("từ ngày 01/01/2024 đến
ngày 31/12/2024", "Đến ngày 31/12/2024", "từ ngày 01/01/2026 đến ngày 31/3/2026", "từ ngày 01/01/2026 đến ngày
30/6/2026", "công bố ngày 15/5/2025"), period words and table labels ("Quý I" … "Quý IV", "Cả năm 2024", "Tháng
5/2025 (hồ sơ)", "Lũy kế 5 tháng", "Kế hoạch năm 2026", "Thực hiện 6 tháng", "tháng 12/2025"), the text cells "%",
"TTHC", "điểm" of a "Đơn vị tính" column, "Bộ chỉ số 766", "mức độ 2", "từ đủ 14 tuổi", section and item numbering
("I.", "1.", "Bảng 1."), the STT column, addresses ("số 198 đường Bạch Đằng", "số 05 đường 23 tháng 3" — a street
named after a date, no figure and no deadline —, "số 18B phố Lê Thánh Tông", "số 52 đường Hùng Vương"), phone numbers
("0254.3852.146", "0261.3544.218", "0221.3862.514", "024.3825.3536", "0255.3822.614"), headings naming the next period
("V. NHIỆM VỤ TRỌNG TÂM NĂM 2025", "VI. NHIỆM VỤ THÁNG 6 NĂM 2025", "IV. NHIỆM VỤ QUÝ II NĂM 2026", "III. NHIỆM VỤ 6
THÁNG CUỐI NĂM 2026", "III. MỤC TIÊU, CHỈ TIÊU NĂM 2026": no deadlines) and years are not figures.

New in this set (the decisions are written here):
- 665 is an annual Báo cáo of UBND tỉnh Bà Rịa - Vũng Tàu (number "18/BC-UBND"), năm 2024, issued 10/01/2025, before
  the merger (ranks /63). "42 quyết định công bố danh mục 516 TTHC (trong đó 214 …, 198 … và 104 …)" (the decisions
  code None, the TTHC code unchecked), the publication shares, "1.968 TTHC (cấp tỉnh 1.512 TTHC, cấp huyện 298 TTHC,
  cấp xã 158 TTHC)". Files "612.480 hồ sơ, tăng 54.216 hồ sơ so với năm 2023 (558.264 hồ sơ)" (previous 2023-12-31),
  online, settled, on time, overdue, the land field's overdue part "(2.914 hồ sơ, chiếm 76,93% …)" (a field of the
  whole province: subject and level unchecked). NEW: THE QUARTERS AS ROWS OF A MARKDOWN TABLE, "Kỳ báo cáo | Tiếp nhận
  (hồ sơ) | Nộp trực tuyến (hồ sơ) | Tỷ lệ nộp trực tuyến (%) | Đúng hạn (%) | Thanh toán trực tuyến (%)" with rows
  "Quý I" … "Quý IV" and "Cả năm 2024": each quarter's row dated at its quarter's end (kind value), "Quý IV" and "Cả
  năm 2024" at the period end, every cell with its column's code (as golden/blind101.py's 582 reads quarters as
  columns); the province's (subject NULL). After it "quý IV tiếp nhận nhiều nhất (166.818 hồ sơ), quý I ít nhất
  (138.214 hồ sơ)" (dated at their quarters' ends), "từ 41,26% trong quý I lên 62,84% trong quý IV, tăng 21,58 điểm
  phần trăm" (the first dated 2024-03-31). Levels in a dash list, best and worst districts in brackets, payment
  "52,46%; so với chỉ tiêu … năm 2024 là 50% thì đã đạt chỉ tiêu", "214,68 tỷ đồng", digitisation "86,74% (năm 2023:
  71,25%), tăng 15,49 điểm phần trăm", PAKN. The 766 result as a series "lần lượt là 79,64 điểm (quý I), 81,05 điểm
  (quý II), 82,93 điểm (quý III) và 84,27 điểm (quý IV)" (values dated at each quarter's end, no max, as
  golden/blind101.py's 584), "tháng 12/2024 … 84,27/100 điểm, xếp thứ 12/63 …, tăng 5 bậc so với tháng 12/2023 (xếp
  thứ 17/63)" (previous 2023-12-31), the six groups "x/max", block averages, counts by grade. Task 2's "toàn tỉnh đạt
  tối thiểu 60% trong quý II năm 2025" the province's target (2025-06-30). Six deadlines: day, quarter (with the
  target), "chậm nhất ngày mười lăm tháng 3 năm 2025" (day in words), month, year, "trước ngày 18 hằng tháng" (issued
  10/01/2025: first 18/01/2025).
- 666 is a monthly Báo cáo of the Sở Tư pháp tỉnh Đắk Nông (header "UBND TỈNH ĐẮK NÔNG / SỞ TƯ PHÁP", number
  "412/BC-STP"), tháng 5 năm 2025, issued 04/6/2025, before the merger (ranks /63). NEW: "LŨY KẾ TỪ ĐẦU NĂM" BESIDE
  EACH MONTHLY FIGURE, in brackets ("1.246 hồ sơ (lũy kế từ đầu năm: 5.918 hồ sơ)", "88,92% (lũy kế: 87,46%)", "04
  PAKN (lũy kế: 17 PAKN)", "4.126 bản (lũy kế: 17.842 bản)") and in a clause ("lũy kế từ đầu năm đã giải quyết 5.842
  hồ sơ, tỷ lệ đúng hạn đạt 99,81%", "lũy kế 5 tháng đạt 70,18%"): the cumulative figure is dated at the period end
  (its window, 1 January to 31 May, ends with the period) with the subject of the month's figure and its code
  unchecked (a window longer than the period, as golden/blind101.py's 581 and 583). A TAB-SEPARATED TABLE BY FIELD with
  the month and the cumulative side by side, "Tháng 5/2025 (hồ sơ) | Lũy kế 5 tháng (hồ sơ) | Trực tuyến tháng 5/2025
  (%) | Trực tuyến lũy kế 5 tháng (%)": fields subject unchecked, level tỉnh (counts code unchecked, the month's share
  the online code), "Tổng cộng" with an empty STT the Sở (the month's count files received, its share the online
  code); all cumulative cells at the period end, codes unchecked. Judicial records "836 Phiếu … (lũy kế từ đầu năm:
  3.928 Phiếu), trong đó 712 Phiếu … VNeID, chiếm 85,17% (lũy kế: 83,02%)" (unit `phiếu`), "3,2 ngày làm việc/Phiếu,
  rút ngắn 0,6 ngày so với tháng 4/2025 (3,8 ngày)" (one service's time: code unchecked; previous 2025-04-30). The
  communes' electronic certification "UBND các xã, phường, thị trấn đã chứng thực bản sao điện tử từ bản chính 4.126
  bản …, tăng 512 bản so với tháng 4/2025 (3.614 bản)" (as written, level xã, `bản`), "64/71 xã … 07 xã"; online birth
  registration "của cấp xã đạt 72,36% (tháng 4/2025: 69,84%), tăng 2,52 điểm phần trăm; lũy kế 5 tháng đạt 70,18%. So
  với chỉ tiêu năm 2025 là 80% thì chưa đạt chỉ tiêu" (`cấp xã`; the target dated 2025-12-31), the best and worst
  districts in brackets (as written, level huyện). The Sở's 766 result of tháng 4/2025 (dated 2025-04-30; tháng 3/2025
  2025-03-31) and the province's. Task 2's "tỷ lệ của cấp xã đạt tối thiểu 75% trong quý II năm 2025" cấp xã's target
  (2025-06-30); task 1's "UBND 07 xã" a count repeated. Six deadlines: day, quarter in a request "Đề nghị UBND các
  huyện, thành phố …" (with the target), "chậm nhất ngày hai mươi lăm tháng 6 năm 2025" (day in words), month, year,
  "trước ngày 22 hằng tháng" (issued 04/6/2025: first 22/6/2025) after an address on "đường 23 tháng 3".
- 667 is a quarterly Báo cáo of UBND tỉnh Hưng Yên (merged with Thái Bình; number "96/BC-UBND"), quý I năm 2026,
  issued 06/4/2026 (ranks /34). NEW: "CÙNG KỲ" IN A DASH LIST WITH CHANGES IN "ĐIỂM PHẦN TRĂM": "- Tỷ lệ hồ sơ nộp trực
  tuyến: 76,84% (cùng kỳ: 67,58%), tăng 9,26 điểm phần trăm;" — the current value at the period end with the row's
  code, the cùng kỳ value a previous value dated 2025-03-31 with the same code (the text says cùng kỳ figures are the
  two former provinces' sum: subject and level unchecked, as golden/blind116.py's 655), the change kind change in `%`
  (negative after "giảm"); seven rows (online, on time, payment, digitisation, e-results, reuse, satisfaction). Files
  "246.318 hồ sơ, tăng 21.406 hồ sơ, tương ứng tăng 9,52% so với cùng kỳ năm 2025 (224.912 hồ sơ)", by level, "trong
  quý phát sinh 2.658 hồ sơ quá hạn, chủ yếu thuộc lĩnh vực đất đai (1.946 hồ sơ)". Targets of the year named by value
  only "tỷ lệ hồ sơ nộp trực tuyến đã đạt chỉ tiêu 75%; tỷ lệ hồ sơ thanh toán trực tuyến chưa đạt chỉ tiêu 80%"
  (targets dated 2026-12-31 with the indicator's code; the dash-list values they judge leave target and status
  unchecked). Money "96,42 tỷ đồng, tăng 31,6% so với cùng kỳ năm 2025 (73,27 tỷ đồng)"; PAKN "142 PAKN (cùng kỳ: 186
  PAKN), giảm 44 PAKN". The quarter's 766 average `86,74/100`, `9/34` "so với quý IV năm 2025 (84,56 điểm, xếp thứ
  13/34) tăng 2,18 điểm và tăng 4 bậc" (previous 2025-12-31), block averages and the communes' gap "thấp hơn khối sở,
  ban, ngành 4,24 điểm" (negative change, level xã), counts by grade. Tasks: "1.946 hồ sơ" and "05 xã" counts repeated,
  task 2's "toàn tỉnh đạt tối thiểu 75% trong quý II năm 2026" the province's target (2026-06-30). Six deadlines: day,
  quarter (with the target), "chậm nhất ngày mười tháng 5 năm 2026" (day in words), month, year, "trước ngày 25 hằng
  tháng" (issued 06/4/2026: first 25/4/2026).
- 668 is a half-year Báo cáo of UBND thành phố Hà Nội (a centrally-run city: its figures have subject NULL; number
  "214/BC-UBND", to two addressees in a dash list), 6 tháng đầu năm 2026, issued 07/7/2026. NEW: A MARKDOWN TABLE
  "STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2026 | Thực hiện 6 tháng | Tỷ lệ so với kế hoạch (%)" with eight
  indicators (units from the "Đơn vị tính" cell: `%`, `TTHC`, `điểm`): the plan cell a target (kind target, dated
  2026-12-31, the row's code), the result cell the row's indicator at the period end, the ratio cell a value in `%`
  with code unchecked (as golden/blind18.py's 165); the score row without max (none written). After it "có 06/08 chỉ
  tiêu … 02 chỉ tiêu" (unit `chỉ tiêu`, code None) and "mới đạt 78,08% kế hoạch" (the ratio repeated, code unchecked).
  Files "1.286.412 hồ sơ, tăng 10,5% so với cùng kỳ năm 2025 (1.164.205 hồ sơ)" (the city was not merged: previous
  dated 2025-06-30, subject NULL), "Trung tâm Phục vụ hành chính công thành phố (gồm trụ sở chính và 30 chi nhánh)
  tiếp nhận 418.206 hồ sơ, chiếm 32,51%" (the Trung tâm as written, level tỉnh; its branches `chi nhánh`, subject and
  level unchecked), "126 đơn vị hành chính cấp xã (51 phường, 75 xã)", the blocks' online shares (level tỉnh / xã),
  best and worst communes in brackets, payment "71,35% (cùng kỳ năm 2025: 58,92%), tăng 12,43 điểm phần trăm",
  "1.284,6 tỷ đồng"; the 766 "Điểm bình quân 6 tháng … 87,62/100 điểm, xếp thứ 6/34; riêng tháng 6/2026 đạt 89,15/100
  điểm, xếp thứ 4/34" (both at the period end: June is the period's last month), block averages, counts by grade.
  Tasks: "03 xã" a count repeated; task 2's "của Thành phố đạt tối thiểu 76% trong quý III năm 2026" the city's
  target (2026-09-30); task 4's "bổ sung 114 TTHC … trong tháng 10/2026" what the task must deliver (kind target dated
  at its deadline, as golden/blind106.py's 607 task quantities; subject and level unchecked). Six deadlines: day,
  quarter (with the target), "chậm nhất ngày mười lăm tháng 9 năm 2026" (day in words), month, year, "trước ngày 15
  hằng tháng" (issued 07/7/2026: first 15/7/2026).
- 669 is a Kế hoạch of UBND tỉnh Quảng Ngãi (merged with Kon Tum; number "12/KH-UBND"), issued 12/01/2026; its period is
  the plan's year, năm 2026 (as golden/blind106.py's 607). "II. KẾT QUẢ NĂM 2025" is dated 2025-12-31 (units, TTHC,
  files by level in brackets, shares with the levels after "tương ứng là", "7.826 hồ sơ quá hạn … (5.912 hồ sơ)" (the
  land part subject and level unchecked), "168,4 tỷ đồng", the processing time, PAKN, satisfaction, accounts, "1.246 Tổ
  công nghệ số cộng đồng với 7.318 thành viên" (`tổ`, `thành viên`), the December 766 result `82,35/100`, `17/34` and
  two group scores, "31/96 xã, phường, đặc khu"). "III. MỤC TIÊU, CHỈ TIÊU NĂM 2026" the province's targets at the
  period end ("riêng cấp xã" → `cấp xã`; "trên 99%", "từ 86 điểm trở lên" without a max, "không quá 3,5 ngày/hồ sơ" a
  ceiling in `ngày`; "Tỷ lệ PAKN được xử lý đúng hạn đạt 100%" code unchecked; "100% xã, phường, đặc khu duy trì Tổ công
  nghệ số cộng đồng" the communes', level xã). NEW: NO TASK TABLE — EVERY NUMBERED TASK CARRIES ITS BODY, ITS DEADLINE
  AND ITS TARGET IN ONE SENTENCE: a target inside a task is dated at that task's deadline ("đơn giản hóa thành phần hồ
  sơ của 86 TTHC, hoàn thành trước ngày 31/3/2026" 2026-03-31, subject and level unchecked; "cấu hình 100% TTHC … trong
  quý II năm 2026" 2026-06-30; "đạt tối thiểu 64% trong quý III năm 2026" 2026-09-30; "192 máy quét (mỗi đơn vị tối
  thiểu 02 máy quét) …, chậm nhất ngày ba mươi tháng 4 năm 2026" 2026-04-30, level xã; "04 lớp tập huấn cho 960 công
  chức … trong tháng 5/2026" 2026-05-31; "tối thiểu 85% trong năm 2026" 2026-12-31, the accounts code); the province's
  unless the task names another owner. The plan's money "4.860 triệu đồng, trong đó … 3.120 triệu đồng, … 1.740 triệu
  đồng" (subject and level unchecked). NEW DEADLINE FORM: "7. Định kỳ hằng tháng, trước ngày 20, các sở, ban, ngành và
  UBND các xã, phường, đặc khu báo cáo …" — a monthly recurring deadline whose day follows "định kỳ hằng tháng" (issued
  12/01/2026: first 20/01/2026; date words "trước ngày 20"), its assignee in lower case as it stands mid-sentence (as
  golden/blind80.py's "các sở, ngành có quầy tại Trung tâm"). Seven deadlines: day, two quarters (each with a target),
  "chậm nhất ngày ba mươi tháng 4 năm 2026" (day in words), month, year, the recurring one.

Unsure readings (fields left `ANY`): the subject of every cùng kỳ sum of 667 (the two former provinces'); the land
field's overdue files of 665 and 667 (a field of the whole province); the codes of the cumulative ("lũy kế") figures
of 666 (the month's codes would also be defensible, as golden/blind17.py kept them); the code of the count of
electronic certified copies in 666; who owns the 114 TTHC of 668's task 4 and the 960 officials of 669's task 5
(level xã). The kind of 668's "114 TTHC" and 669's task quantities is a decision (target, as golden/blind106.py's 607),
not a reading the text forces.
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
_TIME = "766.tien_do.thoi_gian"
_PAKN_TN = "pakn.tiep_nhan"
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_XA = {"subject": ANY, "level": "xã"}
_IN_HUYEN = {"subject": ANY, "level": "huyện"}
_CAP_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_CAP_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_CAP_XA = {"subject": "cấp xã", "level": "xã"}

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


def _by(subject: str | None, level: str | None, **fixed):
    """A row maker for one body's own figures (subject and level fixed, and any other field given)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, **{"subject": subject, "level": level, **fixed, **kw})
    return make


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty STT cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


# ------------------------------------------------------------ 665: UBND tỉnh Bà Rịa - Vũng Tàu, năm 2024
_Y2023 = "2023-12-31"
_Q1_2024, _Q2_2024, _Q3_2024 = "2024-03-31", "2024-06-30", "2024-09-30"

# (row label, as_of, received, online, online share, on-time share, payment share)
_QUARTERS_665 = [
    ("Quý I", _Q1_2024, "138.214 82.106 59,40 99,12 41,26"),
    ("Quý II", _Q2_2024, "149.806 95.418 63,69 99,30 48,75"),
    ("Quý III", _Q3_2024, "157.642 106.025 67,26 99,41 55,10"),
    ("Quý IV", "period", "166.818 117.837 70,64 99,58 62,84"),
    ("Cả năm 2024", "period", "612.480 401.386 65,53 99,37 52,46"),
]
_COLUMNS_665 = (("hồ sơ", _TN), ("hồ sơ", _NOP), ("%", _NOP), ("%", _DH), ("%", _TT))


def _quarters_665() -> list[Fact]:
    """Bảng 1 (Markdown), one ROW per quarter and the year: each quarter dated at its end, "Quý IV" and "Cả năm 2024"
    at the period end; every cell its column's code; the province's (subject NULL)."""
    facts = []
    for i, (label, as_of, raws) in enumerate(_QUARTERS_665):
        values = raws.split()
        line = _md_line((label, *values))
        after = f"| {_QUARTERS_665[i + 1][0]} |" if i + 1 < len(_QUARTERS_665) else "\nSố hồ sơ tiếp nhận"
        facts += _cells(line, " | ", after, None, None, [
            (raw, unit, P, code, as_of, None) for raw, (unit, code) in zip(values, _COLUMNS_665, strict=True)])
    return facts


BLIND_665 = [
    # I. publication (the decisions code None, the TTHC announced code unchecked); "Đến ngày 31/12/2024" a data date
    F("ban hành 42 quyết định", "42", 42, "quyết định", C, code=None),
    F("danh mục 516 TTHC", "516", 516, "TTHC", C, code=ANY),
    F("(trong đó 214 TTHC", "214", 214, "TTHC", C, code=ANY),
    F(", 198 TTHC", "198", 198, "TTHC", C, code=ANY),
    F("và 104 TTHC", "104", 104, "TTHC", C, code=ANY),
    F("công bố đúng hạn đạt 100%", "100%", 100, "%", code="766.cong_khai.cong_bo_dung_han"),
    F("quốc gia đạt 99,2%", "99,2%", 99.2, "%", code="766.cong_khai.cap_nhat_dung_han"),
    F("là 1.968 TTHC", "1.968", 1968, "TTHC", C, code=_TTHC),
    F("(cấp tỉnh 1.512 TTHC", "1.512", 1512, "TTHC", C, code=_TTHC, **_CAP_TINH),
    F("cấp huyện 298 TTHC", "298", 298, "TTHC", C, code=_TTHC, **_CAP_HUYEN),
    F("cấp xã 158 TTHC", "158", 158, "TTHC", C, code=_TTHC, **_CAP_XA),
    # II.1 files (năm 2023 dated 2023-12-31); the land field's overdue part (subject and level unchecked)
    F("tiếp nhận 612.480 hồ sơ", "612.480", 612480, "hồ sơ", C, code=_TN),
    F("tăng 54.216 hồ sơ", "54.216", 54216, "hồ sơ", CH, code=ANY),
    F("(558.264 hồ sơ)", "558.264", 558264, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    F("là 401.386 hồ sơ", "401.386", 401386, "hồ sơ", C, code=_NOP),
    F("chiếm 65,53%", "65,53%", 65.53, "%", code=_NOP),
    F("giải quyết 598.614 hồ sơ", "598.614", 598614, "hồ sơ", C, code=ANY),
    F("đúng hạn 594.826 hồ sơ", "594.826", 594826, "hồ sơ", C, code=_DH),
    F("đạt 99,37%", "99,37%", 99.37, "%", code=_DH),
    F("quá hạn 3.788 hồ sơ", "3.788", 3788, "hồ sơ", C, code=_QH),
    F("chiếm 0,63%", "0,63%", 0.63, "%", code=_QH),
    F("(2.914 hồ sơ", "2.914", 2914, "hồ sơ", C, code=_QH, **_OPEN),
    F("chiếm 76,93%", "76,93%", 76.93, "%", code=ANY, **_OPEN),
    # Bảng 1 (Markdown, quarters as rows) and the prose on it
    *_quarters_665(),
    F("nhiều nhất (166.818 hồ sơ)", "166.818", 166818, "hồ sơ", C, code=_TN),
    F("ít nhất (138.214 hồ sơ)", "138.214", 138214, "hồ sơ", C, as_of=_Q1_2024, code=_TN),
    F("từ 41,26%", "41,26%", 41.26, "%", as_of=_Q1_2024, code=_TT),
    F("lên 62,84%", "62,84%", 62.84, "%", code=_TT),
    F("tăng 21,58 điểm", "21,58", 21.58, "%", CH, code=_TT),
    # II.2 levels (dash list); best and worst districts
    F("tiếp nhận 186.412 hồ sơ", "186.412", 186412, "hồ sơ", C, code=_TN, **_CAP_TINH),
    F("đạt 99,68%", "99,68%", 99.68, "%", code=_DH, **_CAP_TINH),
    F("tiếp nhận 248.906 hồ sơ", "248.906", 248906, "hồ sơ", C, code=_TN, **_CAP_HUYEN),
    F("đạt 99,05%", "99,05%", 99.05, "%", code=_DH, **_CAP_HUYEN),
    F("tiếp nhận 177.162 hồ sơ", "177.162", 177162, "hồ sơ", C, code=_TN, **_CAP_XA),
    F("đạt 99,49%", "99,49%", 99.49, "%", code=_DH, **_CAP_XA),
    F("cao nhất (78,42%)", "78,42%", 78.42, "%", subject="UBND thành phố Vũng Tàu", level="huyện", code=_NOP),
    F("thấp nhất (38,16%)", "38,16%", 38.16, "%", subject="UBND huyện Côn Đảo", level="huyện", code=_NOP),
    # II.3 payment against the 2024 target (the period end); digitisation (năm 2023 dated 2023-12-31)
    F("Năm 2024 có 286.415 hồ sơ", "286.415", 286415, "hồ sơ", C, code=ANY),
    F("trong đó 150.254 hồ sơ", "150.254", 150254, "hồ sơ", C, code=_TT),
    F("đạt 52,46%", "52,46%", 52.46, "%", code=_TT, target=50, stated_status="đạt"),
    F("năm 2024 là 50%", "50%", 50, "%", T, code=_TT),
    F("là 214,68 tỷ đồng", "214,68", 214.68, "tỷ đồng", code=ANY),
    F("đạt 86,74%", "86,74%", 86.74, "%", code=_SH),
    F("(năm 2023: 71,25%)", "71,25%", 71.25, "%", PR, as_of=_Y2023, code=_SH),
    F("tăng 15,49 điểm", "15,49", 15.49, "%", CH, code=_SH),
    F("điện tử đạt 92,18%", "92,18%", 92.18, "%", code=_KQ),
    F("số hóa đạt 38,62%", "38,62%", 38.62, "%", code=_TSD),
    # II.4 PAKN
    F("tiếp nhận 318 PAKN", "318", 318, "PAKN", C, code=_PAKN_TN),
    F("xử lý 309 PAKN", "309", 309, "PAKN", C, code=ANY),
    F("đạt 97,17%", "97,17%", 97.17, "%", code=ANY),
    F("còn 09 PAKN", "09", 9, "PAKN", C, code=ANY),
    # III. the quarters' scores (each quarter's end, no max); tháng 12/2024 at the period end, tháng 12/2023 previous
    F("lần lượt là 79,64 điểm", "79,64", 79.64, "điểm", as_of=_Q1_2024, code=_TONG),
    F("81,05 điểm (quý II)", "81,05", 81.05, "điểm", as_of=_Q2_2024, code=_TONG),
    F("82,93 điểm (quý III)", "82,93", 82.93, "điểm", as_of=_Q3_2024, code=_TONG),
    F("84,27 điểm (quý IV)", "84,27", 84.27, "điểm", code=_TONG),
    F("đạt 84,27/100", "84,27/100", 84.27, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 12/63", "12/63", 12, "hạng", R, max_value=63, code=_HANG),
    F("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    F("(xếp thứ 17/63)", "17/63", 17, "hạng", PR, max_value=63, as_of=_Y2023, code=_HANG),
    F("minh bạch 16,82/18", "16,82/18", 16.82, "điểm", max_value=18, code="766.cong_khai"),
    F("giải quyết 19,46/20", "19,46/20", 19.46, "điểm", max_value=20, code="766.tien_do"),
    F("trực tuyến 8,74/12", "8,74/12", 8.74, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến 6,58/10", "6,58/10", 6.58, "điểm", max_value=10, code="766.thanh_toan"),
    F("hồ sơ 16,12/22", "16,12/22", 16.12, "điểm", max_value=22, code="766.so_hoa"),
    F("hài lòng 16,55/18", "16,55/18", 16.55, "điểm", max_value=18, code="766.hai_long"),
    # block averages; counts by grade
    F("đạt 86,15 điểm", "86,15", 86.15, "điểm", code=ANY, **_IN_TINH),
    F("đạt 82,40 điểm", "82,40", 82.40, "điểm", code=ANY, **_IN_HUYEN),
    F("đạt 80,12 điểm", "80,12", 80.12, "điểm", code=ANY, **_IN_XA),
    F("Có 5/8 huyện", "5/8", 5, "huyện", C, max_value=8, code=None, **_IN_HUYEN),
    F("và 3 huyện", "3", 3, "huyện", C, code=None, **_IN_HUYEN),
    F("; 71/82 xã", "71/82", 71, "xã", C, max_value=82, code=None, **_IN_XA),
    F(", 11 xã", "11", 11, "xã", C, code=None, **_IN_XA),
    # V. task 2's target for the province (address, phone number no figures)
    F("tối thiểu 60%", "60%", 60, "%", T, as_of="2025-06-30", code=_TT),
]

# ------------------------------------------------------------ 666: Sở Tư pháp tỉnh Đắk Nông, tháng 5 năm 2025
_stp = _by("Sở Tư pháp", "tỉnh")
_APR_2025 = "2025-04-30"
_MAR_2025 = "2025-03-31"
_UBX = {"subject": "UBND các xã, phường, thị trấn", "level": "xã"}

# (STT, field, month's files, cumulative files, month's online share, cumulative online share)
_FIELDS_666 = [
    ("1", "Lý lịch tư pháp", "842 3.964 95,96 95,26"),
    ("2", "Quốc tịch", "18 76 38,89 35,53"),
    ("3", "Hộ tịch có yếu tố nước ngoài", "64 312 82,81 80,13"),
    ("4", "Luật sư, công chứng", "96 498 68,75 66,47"),
    ("5", "Các lĩnh vực khác", "226 1.068 76,99 74,16"),
    ("", "Tổng cộng", "1.246 5.918 88,92 87,46"),
]


def _fields_666() -> list[Fact]:
    """Bảng 1 (tab-separated, by field), the month beside the cumulative five months: fields subject unchecked, level
    tỉnh (the month's count code unchecked, its share the online code); "Tổng cộng" (empty STT) the Sở's (the month's
    count files received); every cumulative cell at the period end with its code unchecked."""
    facts = []
    for i, (stt, name, raws) in enumerate(_FIELDS_666):
        month, cumulative, share, cumulative_share = raws.split()
        line = "\t".join((stt, name, month, cumulative, share, cumulative_share))
        after = "\t".join(_FIELDS_666[i + 1][:2]) if i + 1 < len(_FIELDS_666) else "\nLĩnh vực lý lịch"
        total = stt == ""
        who = ("Sở Tư pháp", "tỉnh") if total else (ANY, "tỉnh")
        facts += _cells(line, "\t", after, *who, [
            (month, "hồ sơ", P, _TN if total else ANY, "period", None),
            (cumulative, "hồ sơ", P, ANY, "period", None),
            (share, "%", P, _NOP, "period", None),
            (cumulative_share, "%", P, ANY, "period", None)])
    return facts


BLIND_666 = [
    # I. the Sở's TTHC and files (86/KH-UBND, 1904/UBND-KSTT cited); "lũy kế" figures at the period end, codes
    # unchecked
    _stp("thực hiện 146 TTHC", "146", 146, "TTHC", C, code=_TTHC),
    _stp("trong đó 98 TTHC", "98", 98, "TTHC", C, code=_TOAN),
    _stp("và 37 TTHC", "37", 37, "TTHC", C, code=_MOT),
    _stp("tiếp nhận 1.246 hồ sơ", "1.246", 1246, "hồ sơ", C, code=_TN),
    _stp("đầu năm: 5.918 hồ sơ", "5.918", 5918, "hồ sơ", C, code=ANY),
    _stp("trong đó 1.108 hồ sơ", "1.108", 1108, "hồ sơ", C, code=_NOP),
    _stp("chiếm 88,92%", "88,92%", 88.92, "%", code=_NOP),
    _stp("(lũy kế: 87,46%)", "87,46%", 87.46, "%", code=ANY),
    _stp("giải quyết 1.219 hồ sơ", "1.219", 1219, "hồ sơ", C, code=ANY),
    _stp("đúng hạn 1.216 hồ sơ", "1.216", 1216, "hồ sơ", C, code=_DH),
    _stp("đạt 99,75%", "99,75%", 99.75, "%", code=_DH),
    _stp("quá hạn 03 hồ sơ", "03", 3, "hồ sơ", C, code=_QH),
    _stp("giải quyết 5.842 hồ sơ", "5.842", 5842, "hồ sơ", C, code=ANY),
    _stp("đạt 99,81%", "99,81%", 99.81, "%", code=ANY),
    # Bảng 1 (tab-separated) and the prose on it
    *_fields_666(),
    F("chiếm 67,58%", "67,58%", 67.58, "%", code=ANY, **_IN_TINH),
    # II. judicial records (one service: codes unchecked; tháng 4/2025 dated 2025-04-30; "VNeID" no figure)
    _stp("cấp 836 Phiếu", "836", 836, "phiếu", C, code=ANY),
    _stp("năm: 3.928 Phiếu", "3.928", 3928, "phiếu", C, code=ANY),
    _stp("trong đó 712 Phiếu", "712", 712, "phiếu", C, code=ANY),
    _stp("chiếm 85,17%", "85,17%", 85.17, "%", code=ANY),
    _stp("(lũy kế: 83,02%)", "83,02%", 83.02, "%", code=ANY),
    _stp("bình quân 3,2 ngày", "3,2", 3.2, "ngày", code=ANY),
    _stp("rút ngắn 0,6 ngày", "0,6", -0.6, "ngày", CH, code=ANY),
    _stp("(3,8 ngày)", "3,8", 3.8, "ngày", PR, as_of=_APR_2025, code=ANY),
    # III.1 the communes' electronic certification (as written, level xã; certified copies in `bản`)
    F("có 71 đơn vị", "71", 71, "đơn vị", C, code=None, **_CAP_XA),
    F("chính 4.126 bản", "4.126", 4126, "bản", C, code=ANY, **_UBX),
    F("(lũy kế: 17.842 bản)", "17.842", 17842, "bản", C, code=ANY, **_UBX),
    F("tăng 512 bản", "512", 512, "bản", CH, code=ANY, **_UBX),
    F("(3.614 bản)", "3.614", 3614, "bản", PR, as_of=_APR_2025, code=ANY, **_UBX),
    F("Có 64/71 xã", "64/71", 64, "xã", C, max_value=71, code=None, **_IN_XA),
    F("còn 07 xã", "07", 7, "xã", C, code=None, **_IN_XA),
    # III.2 online birth registration of cấp xã against its 2025 target (dated 2025-12-31); best and worst districts
    F("cấp xã đạt 72,36%", "72,36%", 72.36, "%", code=ANY, target=80, stated_status="chưa đạt", **_CAP_XA),
    F("(tháng 4/2025: 69,84%)", "69,84%", 69.84, "%", PR, as_of=_APR_2025, code=ANY, **_CAP_XA),
    F("tăng 2,52 điểm", "2,52", 2.52, "%", CH, code=ANY, **_CAP_XA),
    F("5 tháng đạt 70,18%", "70,18%", 70.18, "%", code=ANY, **_CAP_XA),
    F("năm 2025 là 80%", "80%", 80, "%", T, as_of="2025-12-31", code=ANY, **_CAP_XA),
    F("cao nhất (91,46%)", "91,46%", 91.46, "%", subject="Thành phố Gia Nghĩa", level="huyện", code=ANY),
    F("thấp nhất (48,20%)", "48,20%", 48.20, "%", subject="huyện Tuy Đức", level="huyện", code=ANY),
    # IV. PAKN
    _stp("tiếp nhận 04 PAKN", "04", 4, "PAKN", C, code=_PAKN_TN),
    _stp("(lũy kế: 17 PAKN)", "17", 17, "PAKN", C, code=ANY),
    _stp("xong 04/04 PAKN", "04/04", 4, "PAKN", C, max_value=4, code=ANY),
    # V. the 766 results of tháng 4/2025 (dated 2025-04-30; tháng 3/2025 dated 2025-03-31)
    _stp("đạt 91,36/100", "91,36/100", 91.36, "điểm", max_value=100, as_of=_APR_2025, code=_TONG),
    _stp("xếp thứ 2/20", "2/20", 2, "hạng", R, max_value=20, as_of=_APR_2025, code=_HANG),
    _stp("(tháng 3/2025: 89,74", "89,74", 89.74, "điểm", PR, max_value=100, as_of=_MAR_2025, code=_TONG),
    _stp("xếp thứ 4/20)", "4/20", 4, "hạng", PR, max_value=20, as_of=_MAR_2025, code=_HANG),
    _stp("tăng 1,62 điểm", "1,62", 1.62, "điểm", CH, as_of=_APR_2025, code=_TONG),
    _stp("tăng 2 bậc", "2", 2, "hạng", CH, as_of=_APR_2025, code=_HANG),
    F("đạt 80,52/100", "80,52/100", 80.52, "điểm", max_value=100, as_of=_APR_2025, code=_TONG),
    F("xếp thứ 38/63", "38/63", 38, "hạng", R, max_value=63, as_of=_APR_2025, code=_HANG),
    # VI. a count repeated; task 2's target for cấp xã (address on "đường 23 tháng 3", phone number no figures)
    F("UBND 07 xã", "07", 7, "xã", C, code=None, **_IN_XA),
    F("tối thiểu 75%", "75%", 75, "%", T, as_of="2025-06-30", code=ANY, **_CAP_XA),
]

# ------------------------------------------------------------ 667: UBND tỉnh Hưng Yên, quý I năm 2026
_Q1_2025 = "2025-03-31"
_Q4_2025 = "2025-12-31"
_Y2026 = "2026-12-31"


def _same_quarter_667(label: str, now: str, before: str, change: str, code: str, fall: bool = False) -> list[Fact]:
    """A dash item "- <label>: x% (cùng kỳ: y%), tăng/giảm z điểm phần trăm;": the quarter's value (period end), the
    cùng kỳ value (the former provinces' sum: a previous value dated 2025-03-31, subject and level unchecked) and the
    change in `%` (negative after "giảm"), all with the row's code."""
    sign = -1 if fall else 1
    verb = "giảm" if fall else "tăng"
    return [F(f"{label}: {now}%", f"{now}%", _num(now), "%", code=code),
            F(f"(cùng kỳ: {before}%)", f"{before}%", _num(before), "%", PR, as_of=_Q1_2025, code=code, **_OPEN),
            F(f"{verb} {change} điểm", change, sign * _num(change), "%", CH, code=code)]


BLIND_667 = [
    # I. units and TTHC (202/2025/QH15, 34/KH-UBND cited; "hai tỉnh" in words)
    F("có 104 đơn vị", "104", 104, "đơn vị", C, code=None, **_CAP_XA),
    F("(93 xã", "93", 93, "xã", C, code=None, **_IN_XA),
    F("11 phường)", "11", 11, "phường", C, code=None, **_IN_XA),
    F("và 19 cơ quan", "19", 19, "đơn vị", C, code=None, **_IN_TINH),
    F("là 1.742 TTHC", "1.742", 1742, "TTHC", C, code=_TTHC),
    F("trong đó 1.136 TTHC", "1.136", 1136, "TTHC", C, code=_TOAN),
    F("chiếm 65,21%", "65,21%", 65.21, "%", code=_TOAN),
    # II.1 files against cùng kỳ (the former provinces' sum, dated 2025-03-31), by level
    F("tiếp nhận 246.318 hồ sơ", "246.318", 246318, "hồ sơ", C, code=_TN),
    F("tăng 21.406 hồ sơ", "21.406", 21406, "hồ sơ", CH, code=ANY),
    F("tăng 9,52%", "9,52%", 9.52, "%", CH, code=ANY),
    F("(224.912 hồ sơ)", "224.912", 224912, "hồ sơ", PR, as_of=_Q1_2025, code=_TN, **_OPEN),
    F("tỉnh tiếp nhận 52.418 hồ sơ", "52.418", 52418, "hồ sơ", C, code=_TN, **_CAP_TINH),
    F("xã tiếp nhận 193.900 hồ sơ", "193.900", 193900, "hồ sơ", C, code=_TN, **_CAP_XA),
    F("là 189.274 hồ sơ", "189.274", 189274, "hồ sơ", C, code=_NOP),
    # II.2 the dash list against cùng kỳ
    *_same_quarter_667("nộp trực tuyến", "76,84", "67,58", "9,26", _NOP),
    *_same_quarter_667("đúng hạn", "98,92", "99,07", "0,15", _DH, fall=True),
    *_same_quarter_667("thanh toán trực tuyến", "68,45", "52,16", "16,29", _TT),
    *_same_quarter_667("giải quyết TTHC", "91,36", "84,72", "6,64", _SH),
    *_same_quarter_667("điện tử", "94,08", "88,65", "5,43", _KQ),
    *_same_quarter_667("số hóa", "44,27", "31,94", "12,33", _TSD),
    *_same_quarter_667("doanh nghiệp", "93,15", "91,62", "1,53", _HL),
    F("phát sinh 2.658 hồ sơ", "2.658", 2658, "hồ sơ", C, code=_QH),
    F("(1.946 hồ sơ)", "1.946", 1946, "hồ sơ", C, code=_QH, **_OPEN),
    # II.3 the year's targets named by value (dated 2026-12-31); money (cùng kỳ dated 2025-03-31)
    F("đạt chỉ tiêu 75%", "75%", 75, "%", T, as_of=_Y2026, code=_NOP),
    F("chỉ tiêu 80%", "80%", 80, "%", T, as_of=_Y2026, code=_TT),
    F("là 96,42 tỷ đồng", "96,42", 96.42, "tỷ đồng", code=ANY),
    F("tăng 31,6%", "31,6%", 31.6, "%", CH, code=ANY),
    F("(73,27 tỷ đồng)", "73,27", 73.27, "tỷ đồng", PR, as_of=_Q1_2025, code=ANY, **_OPEN),
    # II.4 PAKN
    F("tiếp nhận 142 PAKN", "142", 142, "PAKN", C, code=_PAKN_TN),
    F("(cùng kỳ: 186 PAKN)", "186", 186, "PAKN", PR, as_of=_Q1_2025, code=_PAKN_TN, **_OPEN),
    F("giảm 44 PAKN", "44", -44, "PAKN", CH, code=ANY),
    F("xử lý 136 PAKN", "136", 136, "PAKN", C, code=ANY),
    F("đạt 95,77%", "95,77%", 95.77, "%", code=ANY),
    # III. the quarter's 766 average (quý IV năm 2025 dated 2025-12-31), blocks, the communes' gap, counts by grade
    F("bình quân 86,74/100", "86,74/100", 86.74, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 9/34", "9/34", 9, "hạng", R, max_value=34, code=_HANG),
    F("(84,56 điểm", "84,56", 84.56, "điểm", PR, max_value=100, as_of=_Q4_2025, code=_TONG),
    F("xếp thứ 13/34)", "13/34", 13, "hạng", PR, max_value=34, as_of=_Q4_2025, code=_HANG),
    F("tăng 2,18 điểm", "2,18", 2.18, "điểm", CH, code=_TONG),
    F("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    F("ngành đạt 88,36 điểm", "88,36", 88.36, "điểm", code=ANY, **_IN_TINH),
    F("xã đạt 84,12 điểm", "84,12", 84.12, "điểm", code=ANY, **_IN_XA),
    F("ngành 4,24 điểm", "4,24", -4.24, "điểm", CH, code=ANY, **_IN_XA),
    F("Có 78/104 xã", "78/104", 78, "xã", C, max_value=104, code=None, **_IN_XA),
    F(", 21 xã", "21", 21, "xã", C, code=None, **_IN_XA),
    F("và 05 xã", "05", 5, "xã", C, code=None, **_IN_XA),
    # IV. counts repeated; task 2's target for the province in quý II (phone number no figure)
    F("dứt điểm 1.946 hồ sơ", "1.946", 1946, "hồ sơ", C, code=ANY, **_OPEN),
    F("tối thiểu 75%", "75%", 75, "%", T, as_of="2026-06-30", code=_TT),
    F("tại 05 xã", "05", 5, "xã", C, code=None, **_IN_XA),
]

# ------------------------------------------------------------ 668: UBND thành phố Hà Nội, 6 tháng đầu năm 2026
_H1_2025 = "2025-06-30"
_TTPV = {"subject": "Trung tâm Phục vụ hành chính công thành phố", "level": "tỉnh"}

# (STT, indicator, unit cell, code, plan, result, ratio)
_PLAN_668 = [
    ("1", "Tỷ lệ hồ sơ nộp trực tuyến", "%", _NOP, "85 80,46 94,66"),
    ("2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", _DH, "99 98,72 99,72"),
    ("3", "Tỷ lệ hồ sơ thanh toán trực tuyến", "%", _TT, "80 71,35 89,19"),
    ("4", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "%", _SH, "100 94,18 94,18"),
    ("5", "Tỷ lệ cấp kết quả giải quyết TTHC điện tử", "%", _KQ, "100 96,42 96,42"),
    ("6", "Tỷ lệ tái sử dụng dữ liệu số hóa", "%", _TSD, "60 46,85 78,08"),
    ("7", "Số TTHC cung cấp dịch vụ công trực tuyến toàn trình", "TTHC", _TOAN, "1.200 1.086 90,50"),
    ("8", "Điểm bình quân Bộ chỉ số 766", "điểm", _TONG, "90 87,62 97,36"),
]


def _plan_668() -> list[Fact]:
    """Bảng 1 (Markdown): the plan cell a target dated 2026-12-31 and the result cell the indicator at the period end,
    both in the row's unit with its code; the ratio cell a value in `%`, code unchecked; the city's (subject NULL)."""
    facts = []
    for i, (stt, name, unit, code, raws) in enumerate(_PLAN_668):
        plan, result, ratio = raws.split()
        line = _md_line((stt, name, unit, plan, result, ratio))
        after = f"| {_PLAN_668[i + 1][0]} | {_PLAN_668[i + 1][1]}" if i + 1 < len(_PLAN_668) else "\nNhư vậy"
        facts += _cells(line, " | ", after, None, None, [
            (plan, unit, T, code, _Y2026, None), (result, unit, P, code, "period", None),
            (ratio, "%", P, ANY, "period", None)])
    return facts


BLIND_668 = [
    # I. Bảng 1 (18/KH-UBND cited) and the prose on it
    *_plan_668(),
    F("có 06/08 chỉ tiêu", "06/08", 6, "chỉ tiêu", C, max_value=8, code=None),
    F("; 02 chỉ tiêu", "02", 2, "chỉ tiêu", C, code=None),
    F("mới đạt 78,08%", "78,08%", 78.08, "%", code=ANY),
    # II.1 files (cùng kỳ năm 2025 dated 2025-06-30: the city was not merged), the Trung tâm, communes, blocks
    F("tiếp nhận 1.286.412 hồ sơ", "1.286.412", 1286412, "hồ sơ", C, code=_TN),
    F("tăng 10,5%", "10,5%", 10.5, "%", CH, code=ANY),
    F("(1.164.205 hồ sơ)", "1.164.205", 1164205, "hồ sơ", PR, as_of=_H1_2025, code=_TN),
    F("trong đó 1.035.047 hồ sơ", "1.035.047", 1035047, "hồ sơ", C, code=_NOP),
    F("và 30 chi nhánh)", "30", 30, "chi nhánh", C, code=None, **_OPEN),
    F("tiếp nhận 418.206 hồ sơ", "418.206", 418206, "hồ sơ", C, code=_TN, **_TTPV),
    F("chiếm 32,51%", "32,51%", 32.51, "%", code=ANY, **_TTPV),
    F("có 126 đơn vị", "126", 126, "đơn vị", C, code=None, **_CAP_XA),
    F("(51 phường", "51", 51, "phường", C, code=None, **_IN_XA),
    F(", 75 xã)", "75", 75, "xã", C, code=None, **_IN_XA),
    F("ngành đạt 91,24%", "91,24%", 91.24, "%", code=_NOP, **_IN_TINH),
    F("phường đạt 76,18%", "76,18%", 76.18, "%", code=_NOP, **_IN_XA),
    F("cao nhất (94,62%)", "94,62%", 94.62, "%", subject="phường Ba Đình", level="xã", code=_NOP),
    F("thấp nhất (52,37%)", "52,37%", 52.37, "%", subject="xã Minh Châu", level="xã", code=_NOP),
    # II.2 payment (cùng kỳ năm 2025 dated 2025-06-30)
    F("Có 612.845 hồ sơ", "612.845", 612845, "hồ sơ", C, code=ANY),
    F("trong đó 437.266 hồ sơ", "437.266", 437266, "hồ sơ", C, code=_TT),
    F("đạt 71,35%", "71,35%", 71.35, "%", code=_TT),
    F("(cùng kỳ năm 2025: 58,92%)", "58,92%", 58.92, "%", PR, as_of=_H1_2025, code=_TT),
    F("tăng 12,43 điểm", "12,43", 12.43, "%", CH, code=_TT),
    F("là 1.284,6 tỷ đồng", "1.284,6", 1284.6, "tỷ đồng", code=ANY),
    # II.3 the 766 results (the half-year's average and June's, both at the period end), blocks, counts by grade
    F("đạt 87,62/100", "87,62/100", 87.62, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 6/34", "6/34", 6, "hạng", R, max_value=34, code=_HANG),
    F("đạt 89,15/100", "89,15/100", 89.15, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 4/34", "4/34", 4, "hạng", R, max_value=34, code=_HANG),
    F("ngành đạt 90,24 điểm", "90,24", 90.24, "điểm", code=ANY, **_IN_TINH),
    F("phường đạt 85,06 điểm", "85,06", 85.06, "điểm", code=ANY, **_IN_XA),
    F("Có 96/126 xã", "96/126", 96, "xã", C, max_value=126, code=None, **_IN_XA),
    F(", 27 xã", "27", 27, "xã", C, code=None, **_IN_XA),
    F("và 03 xã", "03", 3, "xã", C, code=None, **_IN_XA),
    F("; 15/18 sở", "15/18", 15, "đơn vị", C, max_value=18, code=None, **_IN_TINH),
    # III. a count repeated; task 2's target for the city; task 4's quantity (address, phone number no figures)
    F("tại 03 xã", "03", 3, "xã", C, code=None, **_IN_XA),
    F("tối thiểu 76%", "76%", 76, "%", T, as_of="2026-09-30", code=_TT),
    F("bổ sung 114 TTHC", "114", 114, "TTHC", T, as_of="2026-10-31", code=ANY, **_OPEN),
]

# ------------------------------------------------------------ 669: UBND tỉnh Quảng Ngãi, Kế hoạch năm 2026
_y25 = _by(None, None, as_of="2025-12-31")

BLIND_669 = [
    # II. results of 2025 (dated 2025-12-31; 63/2010/NĐ-CP, 766/QĐ-TTg, 66/NQ-CP cited)
    _y25("có 96 đơn vị", "96", 96, "đơn vị", C, code=None, **_CAP_XA),
    _y25("(86 xã", "86", 86, "xã", C, code=None, **_IN_XA),
    _y25("9 phường", "9", 9, "phường", C, code=None, **_IN_XA),
    _y25("01 đặc khu)", "01", 1, "đặc khu", C, code=None, **_IN_XA),
    _y25("và 18 sở", "18", 18, "đơn vị", C, code=None, **_IN_TINH),
    _y25("thực hiện 1.846 TTHC", "1.846", 1846, "TTHC", C, code=_TTHC),
    _y25("trong đó 1.124 TTHC", "1.124", 1124, "TTHC", C, code=_TOAN),
    _y25("(chiếm 60,89%)", "60,89%", 60.89, "%", code=_TOAN),
    _y25("tiếp nhận 684.215 hồ sơ", "684.215", 684215, "hồ sơ", C, code=_TN),
    _y25("(cấp tỉnh 168.412 hồ sơ", "168.412", 168412, "hồ sơ", C, code=_TN, **_CAP_TINH),
    _y25("cấp xã 515.803 hồ sơ", "515.803", 515803, "hồ sơ", C, code=_TN, **_CAP_XA),
    _y25("trực tuyến đạt 71,48%", "71,48%", 71.48, "%", code=_NOP),
    _y25("tương ứng là 86,92%", "86,92%", 86.92, "%", code=_NOP, **_CAP_TINH),
    _y25("và 64,05%", "64,05%", 64.05, "%", code=_NOP, **_CAP_XA),
    _y25("hạn đạt 98,86%", "98,86%", 98.86, "%", code=_DH),
    _y25("còn 7.826 hồ sơ", "7.826", 7826, "hồ sơ", C, code=_QH),
    _y25("(5.912 hồ sơ)", "5.912", 5912, "hồ sơ", C, code=_QH, **_OPEN),
    _y25("trực tuyến đạt 58,24%", "58,24%", 58.24, "%", code=_TT),
    _y25("số tiền 168,4 tỷ đồng", "168,4", 168.4, "tỷ đồng", code=ANY),
    _y25("hồ sơ đạt 87,65%", "87,65%", 87.65, "%", code=_SH),
    _y25("điện tử đạt 90,12%", "90,12%", 90.12, "%", code=_KQ),
    _y25("số hóa đạt 36,40%", "36,40%", 36.40, "%", code=_TSD),
    _y25("bình quân 4,2 ngày", "4,2", 4.2, "ngày", code=_TIME),
    _y25("tiếp nhận 1.126 PAKN", "1.126", 1126, "PAKN", C, code=_PAKN_TN),
    _y25("xử lý 1.084 PAKN", "1.084", 1084, "PAKN", C, code=ANY),
    _y25("đạt 96,27%", "96,27%", 96.27, "%", code=ANY),
    _y25("doanh nghiệp đạt 92,14%", "92,14%", 92.14, "%", code=_HL),
    _y25("có 1.214.806 tài khoản", "1.214.806", 1214806, "tài khoản", C, code=_TK),
    _y25("đạt 76,38%", "76,38%", 76.38, "%", code=_TK),
    _y25("; 1.246 Tổ", "1.246", 1246, "tổ", C, code=None),
    _y25("với 7.318 thành viên", "7.318", 7318, "thành viên", C, code=ANY),
    _y25("đạt 82,35/100", "82,35/100", 82.35, "điểm", max_value=100, code=_TONG),
    _y25("xếp thứ 17/34", "17/34", 17, "hạng", R, max_value=34, code=_HANG),
    _y25("đạt 6,24/10", "6,24/10", 6.24, "điểm", max_value=10, code="766.thanh_toan"),
    _y25("đạt 16,86/22", "16,86/22", 16.86, "điểm", max_value=22, code="766.so_hoa"),
    _y25("Còn 31/96 xã", "31/96", 31, "xã", C, max_value=96, code=None, **_IN_XA),
    # III. the province's targets for 2026 (the period end)
    F("toàn tỉnh đạt tối thiểu 80%", "80%", 80, "%", T, code=_NOP),
    F("cấp xã đạt tối thiểu 75%", "75%", 75, "%", T, code=_NOP, **_CAP_XA),
    F("trên 99%", "99%", 99, "%", T, code=_DH),
    F("trực tuyến đạt tối thiểu 70%", "70%", 70, "%", T, code=_TT),
    F("4. 100% hồ sơ", "100%", 100, "%", T, code=_SH),
    F("TTHC điện tử đạt 100%", "100%", 100, "%", T, code=_KQ),
    F("tối thiểu 55%", "55%", 55, "%", T, code=_TSD),
    F("toàn trình đạt tối thiểu 70%", "70%", 70, "%", T, code=_TOAN),
    F("không quá 3,5 ngày", "3,5", 3.5, "ngày", T, code=_TIME),
    F("đúng hạn đạt 100%", "100%", 100, "%", T, code=ANY),
    F("tối thiểu 95%", "95%", 95, "%", T, code=_HL),
    F("9. 100% xã", "100%", 100, "%", T, code=ANY, **_IN_XA),
    F("từ 86 điểm", "86", 86, "điểm", T, code=_TONG),
    # IV. targets inside the tasks, each dated at its task's deadline
    F("hồ sơ của 86 TTHC", "86", 86, "TTHC", T, as_of="2026-03-31", code=ANY, **_OPEN),
    F("cấu hình 100% TTHC", "100%", 100, "%", T, as_of="2026-06-30", code=ANY),
    F("tối thiểu 64%", "64%", 64, "%", T, as_of="2026-09-30", code=_TT),
    F("bổ sung 192 máy quét", "192", 192, "máy quét", T, as_of="2026-04-30", code=None, **_IN_XA),
    F("tối thiểu 02 máy quét", "02", 2, "máy quét", T, as_of="2026-04-30", code=None, **_IN_XA),
    F("tổ chức 04 lớp", "04", 4, "lớp", T, as_of="2026-05-31", code=None, **_OPEN),
    F("cho 960 công chức", "960", 960, "công chức", T, as_of="2026-05-31", code=ANY, **_IN_XA),
    F("tối thiểu 85%", "85%", 85, "%", T, as_of=_Y2026, code=_TK),
    # V. the plan's money (address, phone number no figures)
    F("dự kiến 4.860 triệu đồng", "4.860", 4860, "triệu đồng", code=ANY, **_OPEN),
    F("tỉnh 3.120 triệu đồng", "3.120", 3120, "triệu đồng", code=ANY, **_OPEN),
    F("xã 1.740 triệu đồng", "1.740", 1740, "triệu đồng", code=ANY, **_OPEN),
]

BLIND = {"665": BLIND_665, "666": BLIND_666, "667": BLIND_667, "668": BLIND_668, "669": BLIND_669}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "665": [
        ("2025-02-28", "day", "28/02/2025", "hồ sơ đất đai quá hạn", "Sở Tài nguyên và Môi trường"),
        ("2025-06-30", "quarter", "quý II năm 2025", "thanh toán trực tuyến", "Văn phòng UBND tỉnh"),
        ("2025-03-15", "day", "ngày mười lăm tháng 3 năm 2025", "nâng cấp Hệ thống thông tin giải quyết TTHC",
         "Sở Thông tin và Truyền thông"),
        ("2025-04-30", "month", "tháng 4/2025", "gián đoạn đường truyền", "UBND huyện Côn Đảo"),
        ("2025-12-31", "year", "năm 2025", "tái sử dụng dữ liệu số hóa",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
        # issued 10/01/2025: the first "ngày 18 hằng tháng" is 18/01/2025
        ("2025-01-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các cơ quan, đơn vị"),
    ],
    "666": [
        ("2025-06-20", "day", "20/6/2025", "chứng thực bản sao điện tử", "Phòng Hành chính tư pháp"),
        ("2025-06-30", "quarter", "quý II năm 2025", "đăng ký khai sinh trực tuyến", "UBND các huyện, thành phố"),
        ("2025-06-25", "day", "ngày hai mươi lăm tháng 6 năm 2025", "quy trình nội bộ", "Văn phòng Sở"),
        ("2025-07-31", "month", "tháng 7/2025", "Phiếu lý lịch tư pháp qua VNeID",
         "Trung tâm Trợ giúp pháp lý nhà nước"),
        ("2025-12-31", "year", "năm 2025", "hồ sơ công chứng", "Phòng Bổ trợ tư pháp"),
        # issued 04/6/2025: the first "ngày 22 hằng tháng" is 22/6/2025
        ("2025-06-22", "recurring", "22 hằng tháng", "gửi báo cáo kết quả", "Các phòng, đơn vị thuộc Sở"),
    ],
    "667": [
        ("2026-04-30", "day", "30/4/2026", "hồ sơ đất đai quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2026-06-30", "quarter", "quý II năm 2026", "thanh toán trực tuyến", "Sở Tài chính"),
        ("2026-05-10", "day", "ngày mười tháng 5 năm 2026", "đồng bộ dữ liệu hồ sơ", "Sở Khoa học và Công nghệ"),
        ("2026-06-30", "month", "tháng 6/2026", "kiểm tra công tác giải quyết TTHC", "Văn phòng UBND tỉnh"),
        ("2026-12-31", "year", "năm 2026", "tái sử dụng dữ liệu số hóa", "UBND các xã, phường"),
        # issued 06/4/2026: the first "ngày 25 hằng tháng" is 25/4/2026
        ("2026-04-25", "recurring", "25 hằng tháng", "báo cáo kết quả", "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "668": [
        ("2026-08-31", "day", "31/8/2026", "kiểm tra công tác giải quyết TTHC", "Sở Nội vụ"),
        ("2026-09-30", "quarter", "quý III năm 2026", "thanh toán không dùng tiền mặt", "Sở Tài chính"),
        ("2026-09-15", "day", "ngày mười lăm tháng 9 năm 2026", "Kho dữ liệu số hóa", "Sở Khoa học và Công nghệ"),
        ("2026-10-31", "month", "tháng 10/2026", "trực tuyến toàn trình",
         "Trung tâm Phục vụ hành chính công thành phố"),
        ("2026-12-31", "year", "năm 2026", "tái sử dụng dữ liệu số hóa", "UBND các xã, phường"),
        # issued 07/7/2026: the first "ngày 15 hằng tháng" is 15/7/2026
        ("2026-07-15", "recurring", "15 hằng tháng", "gửi báo cáo kết quả thực hiện",
         "Các sở, ngành, UBND các xã, phường"),
    ],
    "669": [
        ("2026-03-31", "day", "31/3/2026", "công bố danh mục TTHC", "Văn phòng UBND tỉnh"),
        ("2026-06-30", "quarter", "quý II năm 2026", "dịch vụ công trực tuyến toàn trình", "Sở Khoa học và Công nghệ"),
        ("2026-09-30", "quarter", "quý III năm 2026", "thanh toán trực tuyến", "Sở Tài chính"),
        ("2026-04-30", "day", "ngày ba mươi tháng 4 năm 2026", "máy quét", "UBND các xã, phường, đặc khu"),
        ("2026-05-31", "month", "tháng 5/2026", "lớp tập huấn", "Sở Nội vụ"),
        ("2026-12-31", "year", "năm 2026", "tài khoản định danh điện tử", "Công an tỉnh"),
        # "Định kỳ hằng tháng, trước ngày 20, …" issued 12/01/2026: the first 20th is 20/01/2026
        ("2026-01-20", "recurring", "trước ngày 20", "báo cáo kết quả thực hiện Kế hoạch",
         "các sở, ban, ngành và UBND các xã, phường, đặc khu"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 665, 667 and 669 of a
# UBND tỉnh, signed by a vice-chairman; 666 a report of the Sở Tư pháp under "UBND TỈNH ĐẮK NÔNG"; 668 of UBND thành
# phố Hà Nội (a centrally-run city) to two addressees; 669 a Kế hoạch whose period is the plan's year.
META = {
    "665": {"doc_number": "18/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Bà Rịa - Vũng Tàu", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Nguyễn Công Vinh"},
    "666": {"doc_number": "412/BC-STP", "doc_type": "Báo cáo", "issued_date": "2025-06-04",
            "province": "Đắk Nông", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Lê Thị Hồng Vân"},
    "667": {"doc_number": "96/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-04-06",
            "province": "Hưng Yên", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Phạm Văn Nghiêm"},
    "668": {"doc_number": "214/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-07-07",
            "province": "Hà Nội", "period_label": "6 tháng đầu năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-06-30", "signer": "Trương Việt Dũng"},
    "669": {"doc_number": "12/KH-UBND", "doc_type": "Kế hoạch", "issued_date": "2026-01-12",
            "province": "Quảng Ngãi", "period_label": "năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-12-31", "signer": "Trần Phước Hiền"},
}
