"""Blind golden facts for corpus/blind156/855_tay_ninh.txt, 856_dong_nai.txt, 857_khanh_hoa.txt, 858_hue.txt and
859_tuyen_quang.txt.

The five documents were written by the developers for a hundred-and-fifty-sixth blind measurement (SHORT DOCUMENTS OF
SEVERAL KINDS WITH FEW FIGURES AND MANY DEADLINES: a Văn phòng UBND tỉnh's Thông báo kết luận of a meeting with the
Vice-Chairman's assignments; a UBND tỉnh's Công văn đôn đốc listing seven late units in a Markdown table and giving
each its own deadline; a UBND tỉnh's Kế hoạch kiểm tra with a Markdown schedule of units and inspection days; a
city public-service centre's Báo cáo nhanh of one week with a tab-separated table by agency; a Sở Khoa học và Công
nghệ's Tờ trình asking for money for scanners with the figures behind the request; provinces Tây Ninh (merged with
Long An), Đồng Nai (merged with Bình Phước), Khánh Hòa (merged with Ninh Thuận), Huế (a centrally-run city,
unchanged) and Tuyên Quang (merged with Hà Giang), all in 2026 after the 1 July 2025 reform, ranks /34; periods quý I
năm 2026, tháng 4 năm 2026, năm 2026, the week 20/4–24/4/2026 and năm 2026; not real documents), and every row below
was written by reading them, before any extraction, restoration or pipeline code was run on them. They also serve as
held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind152.py, blind151.py, blind150.py, blind149.py and blind13.py: rows use
`golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose and
list counts are kind `count`; table cells are kind `value` even when they count, with `extra={"source": "table"}`;
`as_of="period"` is the period's end; a table column dated before the period end keeps kind `value` with that date as
`as_of`; a previous quarter, month or week in brackets is kind previous dated at its end (a previous rank with its
maximum 34, a previous group score with its maximum 22); a change is dated with the figure it changes and a fall
("giảm", "thấp hơn") is negative; a change in "điểm phần trăm" is kind change in `%` with the number alone as raw; a
change of a 766 score or rank carries the score's or rank's code, of a count, share or duration none. `ANY` leaves a
field unchecked where the sentence names no catalogued indicator (`None` where it clearly names none: counts of
bodies, communes, scanners, staff, team members). A count of the files (or PAKN) an indicator is computed on carries
that indicator's code (received, online, on time, overdue; overdue files of one field or one unit the overdue code);
files settled, pending files, PAKN handled or pending and shares of a sample have their code unchecked. Counts of
local units take the unit of their first unit word ("58/96 xã, phường", "07 xã, phường", "12 xã, phường, đặc khu",
"40 xã, phường" → `xã`); counts of "cơ quan", "đơn vị", "sở, ban, ngành", "sở, ngành", "sở" → `đơn vị` at the level of
the bodies counted (unchecked when they span both levels); "124 đơn vị hành chính cấp xã (117 xã, 07 phường)" → `cấp
xã` and its parts. Thresholds in a description ("từ 80 điểm trở lên", "dưới 70 điểm", "trên 1%", "quá hạn trên 30
ngày") are kind target, subject and level unchecked; task targets and task quantities ("dứt điểm 17 PAKN", "dứt điểm
15 hồ sơ", "tối thiểu 70%", "về dưới 1%", "cho 248 công chức") are kind target dated at their task's deadline. A
provincial body's own figures are named by its kind ("Trung tâm tiếp nhận …" → `Trung tâm Phục vụ hành chính công
thành phố`, level tỉnh, in the centrally-run city); a unit named in a sentence, a bracket or a row keeps its name as
written ("xã Tân Đông", "Chi nhánh phường Thuận Hóa", "UBND phường Trấn Biên", "Sở Y tế", "Công an thành phố"), level
tỉnh for the Sở and the city's police, xã for communes, wards and their branches. Things counted take the noun as
written: `điểm cầu`, `PAKN`, `thành viên`, `cuộc gọi`, `lượt`, `công chức`, `máy quét`, `máy` ("96 máy thay thế"),
`máy tính`, `thiết bị`; money keeps the unit written (`triệu đồng`); durations `ngày`, `phút`.

Dates, document numbers and cited texts ("Số: 168/TB-VP", "Công văn số 412/UBND-KSTT", "Quyết định số
1046/QĐ-UBND", "Số: 1846/UBND-KSTT", "Công văn số 1426/UBND-KSTT", "Nghị định số 118/2025/NĐ-CP", "Số: 96/KH-UBND",
"Nghị định số 61/2018/NĐ-CP", "Quyết định số 766/QĐ-TTg", "Quyết định số 318/QĐ-UBND", "Số: 58/BC-TTPVHCC", "Công văn
số 2186/VP-KSTT", "Số: 214/TTr-SKHCN", "Nghị định số 45/2020/NĐ-CP", "Kế hoạch số 38/KH-UBND"), the meeting's day,
room and closing hour ("Chiều ngày 07/4/2026", "Phòng họp số 3", "17 giờ 00 cùng ngày"), an effective date ("có hiệu
lực từ ngày 01/4/2026"), stated windows and data dates ("đến ngày 31/3/2026", "từ ngày 01/4/2026 đến ngày
30/4/2026", "Đến ngày 30/4/2026", "Đến ngày 31/12/2025", "từ ngày 01/01/2026", "16 giờ 30 ngày 24/4/2026", "số liệu
tính đến ngày 30/4/2026", "Lũy kế từ ngày 01/01/2026 đến hết tuần"), the holiday window "từ ngày 30/4/2026 đến hết
ngày 03/5/2026" (a closure, no task: no deadline), months, quarters and years naming a result, a column or a bracket
("quý IV năm 2025", "tháng 3/2026", "Quá hạn tháng 3/2026 (hồ sơ)", "4 tháng đầu năm 2026", "tuần trước", "Tháng
4/2026", "năm 2025", "từ trước năm 2020"), round numbers ("Đợt 1", "đợt 1", "Đợt 2"), "Tổng đài 1022", "Bộ chỉ số
766", "Bảng 1.", "chính quyền địa phương hai cấp" (words), addresses ("số 28 đường Trần Hưng Đạo", "số 02 đường
Nguyễn Văn Trị", "số 01 đường Trần Phú", "số 01 đường Lê Lai"), phone numbers ("0272.3826.146", "0251.3847.326",
"0258.3822.406", "0234.3822.418"), section and item numbering ("I.", "1.", "a)", "đ)"), STT cells, the schedule's
date and content cells, the heading "II. KIẾN NGHỊ, ĐỀ XUẤT VÀ NHIỆM VỤ TUẦN TỚI (TỪ NGÀY 27/4/2026 ĐẾN NGÀY
29/4/2026)" (no deadline), numbers in words (the days of "ngày mười lăm tháng 5", "ngày hai mươi hai tháng 5", "ngày
mười tháng 4", "ngày hai mươi tám tháng 4", "ngày mười lăm tháng 6") and years are not figures.

New in this set (the decisions are written here):
- A THÔNG BÁO KẾT LUẬN (855): its period is the quarter the meeting reviewed, quý I năm 2026 (as golden/blind102.py's
  587); the figures the Văn phòng reported are the province's (subject NULL); the meeting's date, room and hour are
  no figures and no deadlines; "kết nối trực tuyến đến 96 điểm cầu xã, phường" counts `điểm cầu` (level xã), "lãnh
  đạo 19 sở, ban, ngành" `đơn vị` (level tỉnh). Each numbered conclusion "n. <body> …" is a deadline whose assignee is
  the body opening it, as written ("Các sở, ngành và UBND các xã, phường có PAKN quá hạn", "Chủ tịch UBND xã Tân Đông
  và Chủ tịch UBND xã Mộc Hóa"); a request "Đề nghị Bưu điện tỉnh …" has "Bưu điện tỉnh" (as golden/blind149.py's
  "Đề nghị Viễn thông Lai Châu").
- A CEILING TARGET (856): "tỷ lệ quá hạn là 1,30% …; so với chỉ tiêu năm 2026 là không quá 1% thì chưa đạt chỉ tiêu":
  the ceiling is the province's target (kind target, 1, dated 2026-12-31, the overdue code) and the 1,30% carries it
  with "chưa đạt"; the tasks' "đưa tỷ lệ quá hạn về dưới 1% trong tháng 5/2026" and "không vượt quá 1,5% trong quý II
  năm 2026" are task targets of the communes named (subject unchecked: two units each; level xã).
- LATE UNITS IN A MARKDOWN TABLE, THEN ONE DEADLINE EACH (856): "| STT | Cơ quan, đơn vị | Đã giải quyết (hồ sơ) | Quá
  hạn (hồ sơ) | Tỷ lệ quá hạn (%) | Quá hạn tháng 3/2026 (hồ sơ) |": rows as written at their level; the last column a
  value dated 2026-03-31 with the overdue code; "Tổng cộng" (empty STT) is the seven units together across both levels
  (subject and level unchecked, as golden/blind102.py's sample total); its 869 is also "37,49%" of the province's
  overdue files (open). The dash list after it "- <body>: <task> <date>" gives each unit's deadline with the body
  before the colon as assignee (two bodies joined by "và" kept whole).
- A SCHEDULE WHOSE ROWS ARE DEADLINES (857, Markdown "| STT | Đơn vị được kiểm tra | Thời gian kiểm tra | Nội dung
  kiểm tra trọng tâm | Số hồ sơ kiểm tra xác suất |"): as golden/blind96.py's 557, each row's "Ngày dd/m/yyyy" is a
  day deadline whose task is the content cell and whose assignee is the unit inspected; the sample sizes are values in
  `hồ sơ` (the row's unit, code unchecked) with a "Cộng" row (open). The plan's period is its year, năm 2026; "II. KẾT
  QUẢ NĂM 2025" is dated 2025-12-31 (the inspections of 2025, their sample and findings open, "Đến ngày 31/12/2025,
  10/12 cơ quan, đơn vị" across both levels). "18,46% số đơn vị hành chính cấp xã của tỉnh (65 đơn vị)": the share of
  communes to inspect (subject unchecked, level xã) and `cấp xã`'s count.
- A WEEK'S QUICK REPORT (858): period "tuần từ ngày 20/4/2026 đến ngày 24/4/2026" (as golden/blind106.py's 608);
  "tuần trước" and the table column "Tiếp nhận tuần trước (hồ sơ)" are dated 2026-04-17, the Friday ending the week
  before; the Centre's own figures `Trung tâm Phục vụ hành chính công thành phố` (level tỉnh) and so the "Tổng cộng"
  row; the year to date "Trung tâm và các chi nhánh" open against "chỉ tiêu năm 2026 của thành phố là 80%" (the
  city's target, NULL, 2026-12-31; status "chưa đạt"); the city's 766 "tháng 3/2026" dated 2026-03-31 (the sentence
  dates it). The weekly "trước 10 giờ thứ Hai hằng tuần" (issued Friday 24/4/2026) first falls on Monday 27/4/2026.
- A TỜ TRÌNH ASKING FOR MONEY (859): its period is the year of the request, năm 2026 (as golden/blind102.py's 588);
  "I. SỰ CẦN THIẾT (số liệu tính đến ngày 30/4/2026)" is dated 2026-04-30 (the 766 of "Tháng 4/2026" too; March's
  group score in brackets dated 2026-03-31 with the maximum 22); "các xã, phường tiếp nhận … số hóa …, đạt 74,76%" is
  the communes' (subject unchecked, level xã) against "chỉ tiêu năm 2026 giao cho cấp xã là 90%" (cấp xã's target at
  the period end, "chưa đạt"); the money asked for and the unit prices "(đơn giá 60 triệu đồng/máy)" are values at the
  period end (subject and level unchecked, as golden/blind152.py's 837 reads a plan's money); the equipment to buy is
  written in proposal b) whose deadline is quý III năm 2026, so "186 máy quét … 96 máy thay thế … 90 máy bổ sung …
  124 máy tính … 62 thiết bị" are task quantities dated 2026-09-30 (level xã: they go to the communes). "Mục tiêu năm
  2026: … của cấp xã đạt tối thiểu 90% và tỷ lệ tái sử dụng dữ liệu số hóa đạt tối thiểu 50%" are targets at the
  period end (the first cấp xã's; the second's subject and level unchecked: the sentence does not repeat "cấp xã").

Per document:
- 855 is the Thông báo 168/TB-VP of the Văn phòng UBND tỉnh Tây Ninh (header "UBND TỈNH TÂY NINH / VĂN PHÒNG", signed
  "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG"), issued 10/4/2026, on the Vice-Chairman's conclusions of the meeting of
  07/4/2026 on quý I năm 2026. Files "(quý IV năm 2025: 438.214 hồ sơ), giảm 25.596 hồ sơ" (previous 2025-12-31),
  online, on time, overdue and two fields in brackets (open, the overdue code); payment "64,82% (quý IV năm 2025:
  61,37%), tăng 3,45 điểm phần trăm" against "chỉ tiêu năm 2026 là 75%" ("chưa đạt"); digitisation and reuse; PAKN
  "… còn 42 PAKN …, trong đó 17 PAKN quá hạn" (`pakn.qua_han`); `83,64/100`, `12/34`, "tăng 4 bậc so với quý IV năm
  2025 (xếp thứ 16/34)"; block averages; "58/96 xã, phường đạt từ 80 điểm trở lên; 09 xã còn dưới 70 điểm" and the
  two lowest communes in brackets; "14 xã", "06 xã". Task targets: "dứt điểm 17 PAKN" (2026-04-20), "của tỉnh đạt
  tối thiểu 70%" (the province's, 2026-06-30), "tại 100% Trung tâm Phục vụ hành chính công xã, phường" (level xã,
  2026-12-31). Eight deadlines: three days, "chậm nhất ngày mười lăm tháng 5 năm 2026", month, quarter, year in a
  request, "trước ngày 25 hằng tháng" (issued 10/4/2026: first 25/4/2026).
- 856 is the Công văn 1846/UBND-KSTT of UBND tỉnh Đồng Nai (header "ỦY BAN NHÂN DÂN / TỈNH ĐỒNG NAI", a "V/v" line
  naming tháng 4 năm 2026, signed "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), issued 08/5/2026, period tháng 4 năm 2026. The
  province's month (received, settled, overdue "2.318 hồ sơ, tỷ lệ quá hạn là 1,30% (tháng 3/2026: 1,08%), tăng 0,22
  điểm phần trăm" against the ceiling above), "Lũy kế 4 tháng đầu năm 2026 … 7.846 hồ sơ" (the overdue code at the
  period end), "còn 1.412 hồ sơ … 214 hồ sơ quá hạn trên 30 ngày" (codes unchecked; the threshold a target in
  `ngày`); "Có 07 cơ quan, đơn vị … trên 1%, chiếm 37,49%"; the table (above). Eight deadlines: three days for the
  three Sở (one "chậm nhất ngày hai mươi hai tháng 5 năm 2026"), month (two wards), quarter (two communes), year, a
  second quarter (IV), "trước ngày 05 hằng tháng" (issued 08/5/2026, after the 5th: first 05/6/2026).
- 857 is the Kế hoạch 96/KH-UBND of UBND tỉnh Khánh Hòa (header "ỦY BAN NHÂN DÂN / TỈNH KHÁNH HÒA", signed "TM. ỦY BAN
  NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), issued 16/3/2026, on inspecting TTHC and online services in năm 2026. 2025
  results (above): files, online, on time, payment, `82,18/100`, `18/34`; the 2025 inspections "12 cơ quan, đơn vị (05
  sở, ngành và 07 xã, phường) … 360 hồ sơ … 41 hồ sơ …, chiếm 11,39%, và 23 hồ sơ … 10/12 cơ quan, đơn vị …; 02 đơn
  vị" (both UBND of communes: level xã). 2026: "06 sở, ban, ngành và 12 xã, phường, đặc khu", the share and `cấp xã`,
  "tối thiểu 30 hồ sơ" (a threshold for each unit's sample: open), "Đợt 1 gồm 02 sở và 06 xã, phường", the schedule,
  "11 thành viên", the communes' "tối thiểu 75%" (2026-12-31, payment code), "126 triệu đồng". Sixteen deadlines:
  eight schedule rows, a quarter for the "Đoàn kiểm tra" (round 2, no numbers in it), three days for the Sở Nội vụ
  (the notice of round 2 in III.4, IV.1, IV.5), "chậm nhất ngày mười tháng 4 năm 2026", month, year, "trước ngày 10
  hằng tháng" (issued 16/3/2026, after the 10th: first 10/4/2026).
- 858 is the Báo cáo nhanh 58/BC-TTPVHCC of the Trung tâm Phục vụ hành chính công thành phố Huế (header "UBND THÀNH
  PHỐ HUẾ / TRUNG TÂM PHỤC VỤ / HÀNH CHÍNH CÔNG", signed "GIÁM ĐỐC") to the Văn phòng UBND thành phố. The Centre's
  week "6.418 hồ sơ của 18 sở, ngành (tuần trước: 6.126 hồ sơ), tăng 292 hồ sơ, tương ứng tăng 4,77%", online, on time,
  "quá hạn 24 hồ sơ"; Bảng 1 (tab-separated; "100" and "0" cells; "Các cơ quan còn lại" subject unchecked, level
  tỉnh); the branches "tại 40 xã, phường" (open, level xã) with two branches' overdue files in brackets; the year to
  date (above); "412 cuộc gọi", ratings in `lượt` and "99,02%" (open); "5,4 phút/lượt, giảm 0,8 phút" the Centre's;
  `89,12/100`, `3/34` (2026-03-31). Task figures "dứt điểm 15 hồ sơ" (2026-04-29, open) and "tối thiểu 78%" (the
  branches', level xã, 2026-06-30, online code); "bố trí 04 công chức trực" the Centre's. Five deadlines: day,
  "chậm nhất ngày hai mươi tám tháng 4 năm 2026", quarter, month in a request "Đề nghị VNPT Huế …", weekly.
- 859 is the Tờ trình 214/TTr-SKHCN of the Sở Khoa học và Công nghệ tỉnh Tuyên Quang (header "UBND TỈNH TUYÊN QUANG
  / SỞ KHOA HỌC VÀ CÔNG NGHỆ", signed "GIÁM ĐỐC") to UBND tỉnh, issued 12/5/2026. Section I (above): the communes'
  files and digitised files, "thấp hơn cấp tỉnh 19,48 điểm phần trăm" (the communes' negative gap, level xã), cấp
  tỉnh's files in brackets, cấp xã's reuse "28,46%" (`cấp xã`, the reuse code), the province's "Số hóa hồ sơ"
  group `15,86/22` "giảm 0,64 điểm so với tháng 3/2026 (16,50 điểm)" and `80,42/100`, `24/34`; the communes'
  scanners "312 máy quét, bình quân 2,5 máy quét/đơn vị (an average: kind value); trong đó 96 máy quét …, chiếm
  30,77%; 38 xã". Six deadlines in lettered proposals "Giao <body> …" (assignee the body after "Giao"): day, quarter
  (with the quantities), "chậm nhất ngày mười lăm tháng 6 năm 2026", month (with "248 công chức"), year, "trước ngày
  22 hằng tháng" (issued 12/5/2026: first 22/5/2026).

Unsure readings (fields left `ANY`, or decided and written here): whether the schedule's inspection days are
deadlines (decided: yes, as golden/blind96.py's 557; the units must be ready with the files named); the subject of the
"Tổng cộng" row of 856 and of the schedule's "Cộng" row (unchecked: several units of both levels); whose the two
communes' task targets in 856 are (subject unchecked, level xã); the subject of the second target of 859's "Mục tiêu
năm 2026" (unchecked); whether the equipment of 859 is a task quantity (decided: yes, it is what proposal b) must
deliver by quý III năm 2026) and its level (xã, the communes receiving it); whether 858's ratings and calls are the
Centre's (unchecked: the sentence names no body); the assignee of 855's item 2 (kept whole with its qualifier "có
PAKN quá hạn", as golden/blind106.py keeps "Các cơ quan, đơn vị có tên nêu trên").
"""

from __future__ import annotations

from golden.facts import (
    _DH,
    _NOP,
    _QH,
    _SH,
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
_SOHOA = "766.so_hoa"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_QH = "pakn.qua_han"
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_XA = {"subject": ANY, "level": "xã"}
_CAP_XA = {"subject": "cấp xã", "level": "xã"}
_CAP_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_NULL = {"subject": None, "level": None}
_Y2025 = "2025-12-31"
_Y2026 = "2026-12-31"

# A numeric cell: (raw, unit, kind, code, as_of).
Cell = tuple[str, str, str, object, str]


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


def _cells(line: str, sep: str, after: str, who: dict, cells: list[Cell]) -> list[Fact]:
    """The numeric cells of one table row written as `line`, left to right (source table). A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`)."""
    facts, at = [], 0
    for raw, unit, kind, code, as_of in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw), unit, kind, as_of=as_of, code=code, extra=TAB,
                       **who))
        at += len(sep)
    return facts


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


def _by(subject: str | None, level: str | None):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


_prov = _by(None, None)


def _n(make, context: str, raw: str, unit: str, kind: str = P, **kw) -> Fact:
    """A row whose value is the number as written (`1.846` → 1846, `68,42%` → 68.42; of `44/46` the first)."""
    return make(context, raw, _num(raw.split("/")[0]), unit, kind, **kw)


def _who(name: str) -> dict:
    """A unit named in a row: as written, level tỉnh for a Sở or the city's police, xã for a commune or ward."""
    return {"subject": name, "level": "xã" if name.startswith("UBND ") else "tỉnh"}


# ------------------------------------------------------------ 855: Văn phòng UBND tỉnh Tây Ninh, Thông báo kết luận
# of a meeting on quý I năm 2026
_Q4_2025 = "2025-12-31"

BLIND_855 = [
    # preamble: the meeting (07/4/2026, "Phòng họp số 3", 412/UBND-KSTT cited: no figures)
    F("đến 96 điểm cầu", "96", 96, "điểm cầu", C, code=None, **_IN_XA),
    F("lãnh đạo 19 sở", "19", 19, "đơn vị", C, code=None, **_IN_TINH),
    # I.1 files (quý IV năm 2025 in brackets), on time, overdue, two fields
    _n(_prov, "tiếp nhận 412.618 hồ sơ", "412.618", "hồ sơ", C, code=_TN),
    _n(_prov, "(quý IV năm 2025: 438.214 hồ sơ)", "438.214", "hồ sơ", PR, as_of=_Q4_2025, code=_TN),
    _prov("giảm 25.596 hồ sơ", "25.596", -25596, "hồ sơ", CH, code=ANY),
    _n(_prov, "trực tuyến 286.412 hồ sơ", "286.412", "hồ sơ", C, code=_NOP),
    _n(_prov, "chiếm 69,41%", "69,41%", "%", code=_NOP),
    _n(_prov, "giải quyết 398.146 hồ sơ", "398.146", "hồ sơ", C, code=ANY),
    _n(_prov, "đúng hạn 392.418 hồ sơ", "392.418", "hồ sơ", C, code=_DH),
    _n(_prov, "đạt 98,56%", "98,56%", "%", code=_DH),
    _n(_prov, "quá hạn 5.728 hồ sơ", "5.728", "hồ sơ", C, code=_QH),
    _n(_prov, "chiếm 1,44%", "1,44%", "%", code=_QH),
    F("(4.126 hồ sơ)", "4.126", 4126, "hồ sơ", C, code=_QH, **_OPEN),
    F("(612 hồ sơ)", "612", 612, "hồ sơ", C, code=_QH, **_OPEN),
    # I.2 payment against the year's target, digitisation, reuse
    _n(_prov, "đạt 64,82%", "64,82%", "%", code=_TT, target=75, stated_status="chưa đạt"),
    _n(_prov, "(quý IV năm 2025: 61,37%)", "61,37%", "%", PR, as_of=_Q4_2025, code=_TT),
    _n(_prov, "tăng 3,45 điểm", "3,45", "%", CH, code=ANY),
    _n(_prov, "năm 2026 là 75%", "75%", "%", T, as_of=_Y2026, code=_TT),
    _n(_prov, "đạt 91,26%", "91,26%", "%", code=_SH),
    _n(_prov, "đạt 43,18%", "43,18%", "%", code=_TSD),
    # I.3 PAKN
    _n(_prov, "Tiếp nhận 1.126 phản ánh", "1.126", "PAKN", C, code=_PAKN_TN),
    _n(_prov, "xử lý 1.084 PAKN", "1.084", "PAKN", C, code=ANY),
    _n(_prov, "đạt 96,27%", "96,27%", "%", code=ANY),
    _n(_prov, "còn 42 PAKN", "42", "PAKN", C, code=ANY),
    _n(_prov, "trong đó 17 PAKN", "17", "PAKN", C, code=_PAKN_QH),
    # I.4 the 766 (the rank of quý IV năm 2025 in brackets), blocks, communes above and below thresholds
    _prov("đạt 83,64/100", "83,64/100", 83.64, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 12/34", "12/34", 12, "hạng", R, max_value=34, code=_HANG),
    _prov("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    _prov("(xếp thứ 16/34)", "16/34", 16, "hạng", PR, max_value=34, as_of=_Q4_2025, code=_HANG),
    F("bình quân 88,72 điểm", "88,72", 88.72, "điểm", code=ANY, **_IN_TINH),
    F("bình quân 80,46 điểm", "80,46", 80.46, "điểm", code=ANY, **_IN_XA),
    F("Có 58/96 xã", "58/96", 58, "xã", C, max_value=96, code=None, **_IN_XA),
    F("từ 80 điểm trở lên", "80", 80, "điểm", T, code=ANY, **_OPEN),
    F("; 09 xã", "09", 9, "xã", C, code=None, **_IN_XA),
    F("dưới 70 điểm", "70", 70, "điểm", T, code=ANY, **_OPEN),
    F("(64,18 điểm)", "64,18", 64.18, "điểm", subject="xã Tân Đông", level="xã", code=ANY),
    F("(66,42 điểm)", "66,42", 66.42, "điểm", subject="xã Mộc Hóa", level="xã", code=ANY),
    # I.5 shortcomings (1046/QĐ-UBND cited)
    F("còn 14 xã", "14", 14, "xã", C, code=None, **_IN_XA),
    F("; 06 xã", "06", 6, "xã", C, code=None, **_IN_XA),
    # II. a task quantity and two task targets
    F("dứt điểm 17 PAKN", "17", 17, "PAKN", T, as_of="2026-04-20", code=ANY, **_OPEN),
    _n(_prov, "tối thiểu 70%", "70%", "%", T, as_of="2026-06-30", code=_TT),
    F("tại 100% Trung tâm", "100%", 100, "%", T, as_of=_Y2026, code=ANY, **_IN_XA),
]


# ------------------------------------------------------------ 856: UBND tỉnh Đồng Nai, Công văn đôn đốc on overdue
# files of tháng 4 năm 2026 (a Markdown table of the seven units named)
_M3_2026 = "2026-03-31"
# (STT, unit, settled, overdue, overdue share, overdue in tháng 3/2026)
_LATE_856 = [
    ("1", "Sở Nông nghiệp và Môi trường", "18.426", "412", "2,24", "386"),
    ("2", "Sở Xây dựng", "3.218", "86", "2,67", "104"),
    ("3", "Sở Y tế", "2.146", "24", "1,12", "31"),
    ("4", "UBND phường Trấn Biên", "6.812", "138", "2,03", "152"),
    ("5", "UBND phường Long Khánh", "3.946", "72", "1,82", "58"),
    ("6", "UBND xã Long Thành", "4.618", "96", "2,08", "117"),
    ("7", "UBND xã Bù Đăng", "1.284", "41", "3,19", "36"),
    ("", "Tổng cộng", "40.450", "869", "2,15", "884"),
]


def _table_856() -> list[Fact]:
    """The table of late units: files settled (code unchecked), overdue files and their share (the overdue code),
    overdue files of tháng 3/2026 (kind value dated 2026-03-31, the overdue code); the rows' units as written, the
    "Tổng cộng" row (the seven units across both levels) subject and level unchecked."""
    facts = []
    for i, row in enumerate(_LATE_856):
        after = f"| {_LATE_856[i + 1][0]} | {_LATE_856[i + 1][1]}".replace("|  |", "| |") \
            if i + 1 < len(_LATE_856) else "\nNguyên nhân"
        who = _OPEN if row[1] == "Tổng cộng" else _who(row[1])
        settled, late, share, before = row[2:]
        facts += _cells(_md_line(row), " | ", after, who, [
            (settled, "hồ sơ", P, ANY, "period"), (late, "hồ sơ", P, _QH, "period"), (share, "%", P, _QH, "period"),
            (before, "hồ sơ", P, _QH, _M3_2026)])
    return facts


BLIND_856 = [
    # 1. the province's month (1426/UBND-KSTT cited; the window 01/4–30/4/2026 no figure)
    _n(_prov, "tiếp nhận 186.412 hồ sơ", "186.412", "hồ sơ", C, code=_TN),
    _n(_prov, "giải quyết 178.946 hồ sơ", "178.946", "hồ sơ", C, code=ANY),
    _n(_prov, "quá hạn 2.318 hồ sơ", "2.318", "hồ sơ", C, code=_QH),
    _n(_prov, "là 1,30%", "1,30%", "%", code=_QH, target=1, stated_status="chưa đạt"),
    _n(_prov, "(tháng 3/2026: 1,08%)", "1,08%", "%", PR, as_of=_M3_2026, code=_QH),
    _n(_prov, "tăng 0,22 điểm", "0,22", "%", CH, code=ANY),
    _n(_prov, "không quá 1%", "1%", "%", T, as_of=_Y2026, code=_QH),
    _n(_prov, "có 7.846 hồ sơ", "7.846", "hồ sơ", C, code=_QH),
    _n(_prov, "còn 1.412 hồ sơ", "1.412", "hồ sơ", C, code=ANY),
    _n(_prov, "trong đó 214 hồ sơ", "214", "hồ sơ", C, code=ANY),
    F("trên 30 ngày", "30", 30, "ngày", T, code=ANY, **_OPEN),
    # the seven units, their threshold and share of the province's overdue files
    F("Có 07 cơ quan", "07", 7, "đơn vị", C, code=None, **_OPEN),
    F("quá hạn trên 1%", "1%", 1, "%", T, code=ANY, **_OPEN),
    F("chiếm 37,49%", "37,49%", 37.49, "%", code=ANY, **_OPEN),
    *_table_856(),
    # 2. task targets of the communes named (118/2025/NĐ-CP cited)
    F("về dưới 1%", "1%", 1, "%", T, as_of="2026-05-31", code=ANY, **_IN_XA),
    F("vượt quá 1,5%", "1,5%", 1.5, "%", T, as_of="2026-06-30", code=ANY, **_IN_XA),
]


# ------------------------------------------------------------ 857: UBND tỉnh Khánh Hòa, Kế hoạch kiểm tra năm 2026
# (results of 2025; a Markdown schedule whose rows are deadlines)
_K25 = {"as_of": _Y2025}
# (unit, time cell, content cell, files sampled)
_SCHEDULE_857 = [
    ("Sở Nông nghiệp và Môi trường", "Ngày 14/4/2026", "Hồ sơ đất đai trễ hạn và việc gửi thư xin lỗi", "45"),
    ("Sở Xây dựng", "Ngày 16/4/2026", "Giấy phép xây dựng, thu phí qua cổng thanh toán", "35"),
    ("UBND phường Nha Trang", "Ngày 12/5/2026", "Số hóa, cấp kết quả điện tử", "40"),
    ("UBND phường Cam Ranh", "Ngày 14/5/2026", "Tỷ lệ hồ sơ nộp trực tuyến", "30"),
    ("UBND xã Diên Khánh", "Ngày 09/6/2026", "Chứng thực bản sao điện tử", "25"),
    ("UBND phường Phan Rang", "Ngày 11/6/2026", "Luân chuyển hồ sơ đất đai liên thông", "40"),
    ("UBND xã Ninh Phước", "Ngày 16/6/2026", "Thu phí, lệ phí không dùng tiền mặt", "30"),
    ("UBND xã Cam Lâm", "Ngày 18/6/2026", "Trả lời phản ánh, kiến nghị của người dân", "25"),
]


def _schedule_857() -> list[Fact]:
    """The schedule: files to sample at each unit (kind value, `hồ sơ`, the row's unit, code unchecked) and the
    "Cộng" row (subject and level unchecked)."""
    facts = []
    for i, (name, when, content, files) in enumerate(_SCHEDULE_857):
        after = f"| {i + 2} | {_SCHEDULE_857[i + 1][0]}" if i + 1 < len(_SCHEDULE_857) else "| | Cộng"
        line = _md_line((str(i + 1), name, when, content, files))
        facts += _cells(line, " | ", after, _who(name), [(files, "hồ sơ", P, ANY, "period")])
    facts += _cells("| | Cộng | | | 270 |", " | ", "\n4. Đợt 2", _OPEN, [("270", "hồ sơ", P, ANY, "period")])
    return facts


BLIND_857 = [
    # II.1 the province's 2025 (dated 2025-12-31; 61/2018/NĐ-CP, 766/QĐ-TTg, 318/QĐ-UBND cited)
    _n(_prov, "tiếp nhận 1.028.416 hồ sơ", "1.028.416", "hồ sơ", C, code=_TN, **_K25),
    _n(_prov, "trực tuyến 712.634 hồ sơ", "712.634", "hồ sơ", C, code=_NOP, **_K25),
    _n(_prov, "chiếm 69,29%", "69,29%", "%", code=_NOP, **_K25),
    _n(_prov, "đạt 98,12%", "98,12%", "%", code=_DH, **_K25),
    _n(_prov, "đạt 66,35%", "66,35%", "%", code=_TT, **_K25),
    _prov("đạt 82,18/100", "82,18/100", 82.18, "điểm", max_value=100, code=_TONG, **_K25),
    _prov("xếp thứ 18/34", "18/34", 18, "hạng", R, max_value=34, code=_HANG, **_K25),
    # II.2 the 2025 inspections (the sample and its findings: the inspection's, open)
    F("tại 12 cơ quan", "12", 12, "đơn vị", C, code=None, **_OPEN, **_K25),
    F("(05 sở", "05", 5, "đơn vị", C, code=None, **_IN_TINH, **_K25),
    F("07 xã, phường)", "07", 7, "xã", C, code=None, **_IN_XA, **_K25),
    F("suất 360 hồ sơ", "360", 360, "hồ sơ", C, code=ANY, **_OPEN, **_K25),
    F("phát hiện 41 hồ sơ", "41", 41, "hồ sơ", C, code=ANY, **_OPEN, **_K25),
    F("chiếm 11,39%", "11,39%", 11.39, "%", code=ANY, **_OPEN, **_K25),
    F("và 23 hồ sơ", "23", 23, "hồ sơ", C, code=ANY, **_OPEN, **_K25),
    F("2025, 10/12 cơ quan", "10/12", 10, "đơn vị", C, max_value=12, code=None, **_OPEN, **_K25),
    F("; 02 đơn vị", "02", 2, "đơn vị", C, code=None, **_IN_XA, **_K25),
    # III.1 the units to inspect in 2026, the share of communes, the minimum sample
    F("kiểm tra 06 sở", "06", 6, "đơn vị", C, code=None, **_IN_TINH),
    F("và 12 xã", "12", 12, "xã", C, code=None, **_IN_XA),
    F("chiếm 18,46%", "18,46%", 18.46, "%", code=ANY, **_IN_XA),
    F("(65 đơn vị)", "65", 65, "đơn vị", C, code=None, **_CAP_XA),
    F("tối thiểu 30 hồ sơ", "30", 30, "hồ sơ", T, code=ANY, **_OPEN),
    # III.3 the first round and its schedule
    F("gồm 02 sở", "02", 2, "đơn vị", C, code=None, **_IN_TINH),
    F("và 06 xã", "06", 6, "xã", C, code=None, **_IN_XA),
    *_schedule_857(),
    # IV. the team, the communes' target, the money
    F("gồm 11 thành viên", "11", 11, "thành viên", C, code=None, **_OPEN),
    F("tối thiểu 75%", "75%", 75, "%", T, as_of=_Y2026, code=_TT, **_IN_XA),
    F("phí thực hiện: 126 triệu đồng", "126", 126, "triệu đồng", code=ANY, **_OPEN),
]


# ------------------------------------------------------------ 858: Trung tâm Phục vụ hành chính công thành phố Huế,
# Báo cáo nhanh of the week 20/4–24/4/2026 (a tab-separated table by agency)
_ttpv = _by("Trung tâm Phục vụ hành chính công thành phố", "tỉnh")
_LAST_WEEK = "2026-04-17"
_WEEK_858 = [
    ("1", "Sở Nông nghiệp và Môi trường", "1.846", "1.712", "68,42", "15"),
    ("2", "Sở Xây dựng", "612", "584", "92,16", "4"),
    ("3", "Sở Tư pháp", "1.024", "986", "86,33", "0"),
    ("4", "Sở Y tế", "418", "402", "100", "0"),
    ("5", "Công an thành phố", "1.318", "1.296", "78,53", "3"),
    ("6", "Các cơ quan còn lại", "1.200", "1.146", "87,50", "2"),
    ("", "Tổng cộng", "6.418", "6.126", "81,24", "24"),
]
_WHO_858 = {"Các cơ quan còn lại": _IN_TINH,
            "Tổng cộng": {"subject": "Trung tâm Phục vụ hành chính công thành phố", "level": "tỉnh"}}


def _table_858() -> list[Fact]:
    """Bảng 1 (tab-separated): files received this week and last week (the latter dated 2026-04-17, the Friday ending
    the week before), the online share, overdue files; "Tổng cộng" (empty STT) is the Centre."""
    facts = []
    for i, row in enumerate(_WEEK_858):
        after = "\t".join(_WEEK_858[i + 1][:2]) if i + 1 < len(_WEEK_858) else "\nHồ sơ quá hạn"
        week, before, online, late = row[2:]
        facts += _cells("\t".join(row), "\t", after, _WHO_858.get(row[1], _who(row[1])), [
            (week, "hồ sơ", P, _TN, "period"), (before, "hồ sơ", P, _TN, _LAST_WEEK), (online, "%", P, _NOP, "period"),
            (late, "hồ sơ", P, _QH, "period")])
    return facts


BLIND_858 = [
    # I.1 the Centre's week (2186/VP-KSTT cited; "16 giờ 30" no figure)
    _n(_ttpv, "tiếp nhận 6.418 hồ sơ", "6.418", "hồ sơ", C, code=_TN),
    F("của 18 sở", "18", 18, "đơn vị", C, code=None, **_IN_TINH),
    _n(_ttpv, "(tuần trước: 6.126 hồ sơ)", "6.126", "hồ sơ", PR, as_of=_LAST_WEEK, code=_TN),
    _n(_ttpv, "tăng 292 hồ sơ", "292", "hồ sơ", CH, code=ANY),
    _n(_ttpv, "tăng 4,77%", "4,77%", "%", CH, code=ANY),
    _n(_ttpv, "trực tuyến 5.214 hồ sơ", "5.214", "hồ sơ", C, code=_NOP),
    _n(_ttpv, "chiếm 81,24%", "81,24%", "%", code=_NOP),
    _n(_ttpv, "giải quyết 6.035 hồ sơ", "6.035", "hồ sơ", C, code=ANY),
    _n(_ttpv, "đúng hạn 6.011 hồ sơ", "6.011", "hồ sơ", C, code=_DH),
    _n(_ttpv, "đạt 99,60%", "99,60%", "%", code=_DH),
    _n(_ttpv, "quá hạn 24 hồ sơ", "24", "hồ sơ", C, code=_QH),
    *_table_858(),
    # I.2 the branches in the communes, two branches named
    F("tại 40 xã", "40", 40, "xã", C, code=None, **_IN_XA),
    F("tiếp nhận 9.846 hồ sơ", "9.846", 9846, "hồ sơ", C, code=_TN, **_IN_XA),
    F("trực tuyến 7.312 hồ sơ", "7.312", 7312, "hồ sơ", C, code=_NOP, **_IN_XA),
    F("chiếm 74,26%", "74,26%", 74.26, "%", code=_NOP, **_IN_XA),
    F("quá hạn 31 hồ sơ", "31", 31, "hồ sơ", C, code=_QH, **_IN_XA),
    F("(12 hồ sơ)", "12", 12, "hồ sơ", C, subject="Chi nhánh phường Thuận Hóa", level="xã", code=_QH),
    F("(07 hồ sơ)", "07", 7, "hồ sơ", C, subject="Chi nhánh xã Phú Vang", level="xã", code=_QH),
    # I.3 the year to date (the Centre with its branches: open) against the city's target
    F("tiếp nhận 248.612 hồ sơ", "248.612", 248612, "hồ sơ", C, code=_TN, **_OPEN),
    F("trực tuyến 191.246 hồ sơ", "191.246", 191246, "hồ sơ", C, code=_NOP, **_OPEN),
    F("đạt 76,93%", "76,93%", 76.93, "%", code=_NOP, target=80, stated_status="chưa đạt", **_OPEN),
    _n(_prov, "phố là 80%", "80%", "%", T, as_of=_Y2026, code=_NOP),
    # I.4 the hotline and the ratings (open), the Centre's waiting time ("Tổng đài 1022" no figure)
    F("tiếp nhận 412 cuộc gọi", "412", 412, "cuộc gọi", C, code=ANY, **_OPEN),
    F("Có 1.846 lượt", "1.846", 1846, "lượt", C, code=ANY, **_OPEN),
    F("trong đó 1.828 lượt", "1.828", 1828, "lượt", C, code=ANY, **_OPEN),
    F("chiếm 99,02%", "99,02%", 99.02, "%", code=ANY, **_OPEN),
    _n(_ttpv, "là 5,4 phút", "5,4", "phút", code=ANY),
    _ttpv("giảm 0,8 phút", "0,8", -0.8, "phút", CH, code=ANY),
    # I.5 the city's 766 of tháng 3/2026 (dated at that month's end)
    _prov("đạt 89,12/100", "89,12/100", 89.12, "điểm", max_value=100, as_of="2026-03-31", code=_TONG),
    _prov("xếp thứ 3/34", "3/34", 3, "hạng", R, max_value=34, as_of="2026-03-31", code=_HANG),
    # II. a task quantity and the branches' target; the holiday duty
    F("dứt điểm 15 hồ sơ", "15", 15, "hồ sơ", T, as_of="2026-04-29", code=ANY, **_OPEN),
    F("tối thiểu 78%", "78%", 78, "%", T, as_of="2026-06-30", code=_NOP, **_IN_XA),
    _n(_ttpv, "bố trí 04 công chức", "04", "công chức", C, code=None),
]


# ------------------------------------------------------------ 859: Sở Khoa học và Công nghệ tỉnh Tuyên Quang, Tờ
# trình on scanners for the communes, năm 2026 (section I dated 2026-04-30)
_A30 = {"as_of": "2026-04-30"}

BLIND_859 = [
    # I.1 the communes, files digitised by level against cấp xã's target (45/2020/NĐ-CP, 766/QĐ-TTg, 38/KH-UBND cited)
    F("có 124 đơn vị", "124", 124, "đơn vị", C, code=None, **_CAP_XA, **_A30),
    F("(117 xã", "117", 117, "xã", C, code=None, **_IN_XA, **_A30),
    F("07 phường)", "07", 7, "phường", C, code=None, **_IN_XA, **_A30),
    F("tiếp nhận 286.418 hồ sơ", "286.418", 286418, "hồ sơ", C, code=_TN, **_IN_XA, **_A30),
    F("số hóa 214.126 hồ sơ", "214.126", 214126, "hồ sơ", C, code=_SH, **_IN_XA, **_A30),
    F("đạt 74,76%", "74,76%", 74.76, "%", code=_SH, target=90, stated_status="chưa đạt", **_IN_XA, **_A30),
    F("tỉnh 19,48 điểm", "19,48", -19.48, "%", CH, code=ANY, **_IN_XA, **_A30),
    F("tiếp nhận 42.618 hồ sơ", "42.618", 42618, "hồ sơ", C, code=_TN, **_CAP_TINH, **_A30),
    F("số hóa 40.163 hồ sơ", "40.163", 40163, "hồ sơ", C, code=_SH, **_CAP_TINH, **_A30),
    F("đạt 94,24%", "94,24%", 94.24, "%", code=_SH, **_CAP_TINH, **_A30),
    F("cấp xã là 90%", "90%", 90, "%", T, code=_SH, **_CAP_XA),
    F("đạt 28,46%", "28,46%", 28.46, "%", code=_TSD, **_CAP_XA, **_A30),
    # I.2 the province's group and total of tháng 4/2026 (tháng 3/2026 in brackets)
    _prov("đạt 15,86/22", "15,86/22", 15.86, "điểm", max_value=22, code=_SOHOA, **_A30),
    _prov("giảm 0,64 điểm", "0,64", -0.64, "điểm", CH, code=_SOHOA, **_A30),
    _prov("(16,50 điểm)", "16,50", 16.5, "điểm", PR, max_value=22, as_of="2026-03-31", code=_SOHOA),
    _prov("đạt 80,42/100", "80,42/100", 80.42, "điểm", max_value=100, code=_TONG, **_A30),
    _prov("xếp thứ 24/34", "24/34", 24, "hạng", R, max_value=34, code=_HANG, **_A30),
    # I.3 the communes' scanners (open, level xã)
    F("có 312 máy quét", "312", 312, "máy quét", C, code=None, **_IN_XA, **_A30),
    F("bình quân 2,5 máy quét", "2,5", 2.5, "máy quét", code=ANY, **_IN_XA, **_A30),
    F("trong đó 96 máy quét", "96", 96, "máy quét", C, code=None, **_IN_XA, **_A30),
    F("chiếm 30,77%", "30,77%", 30.77, "%", code=ANY, **_IN_XA, **_A30),
    F("; 38 xã", "38", 38, "xã", C, code=None, **_IN_XA, **_A30),
    # II. the money proposed (kind value at the period end, open) and the year's targets of cấp xã
    F("dự kiến: 18.662 triệu đồng", "18.662", 18662, "triệu đồng", code=ANY, **_OPEN),
    F("máy quét 11.160 triệu đồng", "11.160", 11160, "triệu đồng", code=ANY, **_OPEN),
    F("giá 60 triệu đồng", "60", 60, "triệu đồng", code=ANY, **_OPEN),
    F("máy tính 5.952 triệu đồng", "5.952", 5952, "triệu đồng", code=ANY, **_OPEN),
    F("giá 48 triệu đồng", "48", 48, "triệu đồng", code=ANY, **_OPEN),
    F("lưu trữ 1.550 triệu đồng", "1.550", 1550, "triệu đồng", code=ANY, **_OPEN),
    F("giá 25 triệu đồng", "25", 25, "triệu đồng", code=ANY, **_OPEN),
    F("đạt tối thiểu 90%", "90%", 90, "%", T, code=_SH, **_CAP_XA),
    F("đạt tối thiểu 50%", "50%", 50, "%", T, code=_TSD, **_OPEN),
    # III. task quantities, dated at their tasks' deadlines
    F("mua sắm 186 máy quét", "186", 186, "máy quét", T, as_of="2026-09-30", code=ANY, **_IN_XA),
    F("đó 96 máy thay thế", "96", 96, "máy", T, as_of="2026-09-30", code=ANY, **_IN_XA),
    F("và 90 máy bổ sung", "90", 90, "máy", T, as_of="2026-09-30", code=ANY, **_IN_XA),
    F("), 124 máy tính", "124", 124, "máy tính", T, as_of="2026-09-30", code=ANY, **_IN_XA),
    F("và 62 thiết bị", "62", 62, "thiết bị", T, as_of="2026-09-30", code=ANY, **_IN_XA),
    F("cho 248 công chức", "248", 248, "công chức", T, as_of="2026-06-30", code=ANY, **_OPEN),
]

BLIND = {"855": BLIND_855, "856": BLIND_856, "857": BLIND_857, "858": BLIND_858, "859": BLIND_859}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "855": [
        ("2026-04-30", "day", "30/4/2026", "hồ sơ đất đai quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2026-04-20", "day", "20/4/2026", "dứt điểm 17 PAKN",
         "Các sở, ngành và UBND các xã, phường có PAKN quá hạn"),
        ("2026-04-24", "day", "24/4/2026", "kiểm điểm", "Chủ tịch UBND xã Tân Đông và Chủ tịch UBND xã Mộc Hóa"),
        ("2026-05-15", "day", "ngày mười lăm tháng 5 năm 2026", "bố trí đủ nhân sự", "Sở Nội vụ"),
        ("2026-05-31", "month", "tháng 5/2026", "lập dự toán mua sắm", "Sở Khoa học và Công nghệ"),
        ("2026-06-30", "quarter", "quý II năm 2026", "thanh toán trực tuyến", "Sở Tài chính"),
        ("2026-12-31", "year", "năm 2026", "bưu chính công ích", "Bưu điện tỉnh"),
        # issued 10/4/2026, before the 25th: the first "ngày 25 hằng tháng" is 25/4/2026
        ("2026-04-25", "recurring", "25 hằng tháng", "báo cáo kết quả xử lý hồ sơ quá hạn",
         "Các sở, ban, ngành và UBND các xã, phường"),
    ],
    "856": [
        ("2026-05-20", "day", "20/5/2026", "hồ sơ đất đai quá hạn kéo dài", "Sở Nông nghiệp và Môi trường"),
        ("2026-05-15", "day", "15/5/2026", "giấy phép xây dựng", "Sở Xây dựng"),
        ("2026-05-22", "day", "ngày hai mươi hai tháng 5 năm 2026", "thư xin lỗi", "Sở Y tế"),
        ("2026-05-31", "month", "tháng 5/2026", "phân công lại công chức",
         "UBND phường Trấn Biên và UBND phường Long Khánh"),
        ("2026-06-30", "quarter", "quý II năm 2026", "kiện toàn Trung tâm", "UBND xã Long Thành và UBND xã Bù Đăng"),
        ("2026-12-31", "year", "năm 2026", "cảnh báo hồ sơ", "Sở Khoa học và Công nghệ"),
        ("2026-12-31", "quarter", "quý IV năm 2026", "Chỉ số cải cách hành chính", "Sở Nội vụ"),
        # issued 08/5/2026, after the 5th: the first "ngày 05 hằng tháng" is 05/6/2026
        ("2026-06-05", "recurring", "05 hằng tháng", "báo cáo kết quả khắc phục",
         "Các sở, ban, ngành và UBND các xã, phường"),
    ],
    "857": [
        # the schedule: task the "Nội dung kiểm tra trọng tâm" cell, body the unit inspected (as blind96.py's 557)
        ("2026-04-14", "day", "14/4/2026", "Hồ sơ đất đai trễ hạn", "Sở Nông nghiệp và Môi trường"),
        ("2026-04-16", "day", "16/4/2026", "Giấy phép xây dựng", "Sở Xây dựng"),
        ("2026-05-12", "day", "12/5/2026", "Số hóa, cấp kết quả điện tử", "UBND phường Nha Trang"),
        ("2026-05-14", "day", "14/5/2026", "Tỷ lệ hồ sơ nộp trực tuyến", "UBND phường Cam Ranh"),
        ("2026-06-09", "day", "09/6/2026", "Chứng thực bản sao điện tử", "UBND xã Diên Khánh"),
        ("2026-06-11", "day", "11/6/2026", "Luân chuyển hồ sơ đất đai", "UBND phường Phan Rang"),
        ("2026-06-16", "day", "16/6/2026", "Thu phí, lệ phí không dùng tiền mặt", "UBND xã Ninh Phước"),
        ("2026-06-18", "day", "18/6/2026", "Trả lời phản ánh, kiến nghị", "UBND xã Cam Lâm"),
        ("2026-09-30", "quarter", "quý III năm 2026", "kiểm tra tại các sở", "Đoàn kiểm tra"),
        ("2026-06-30", "day", "30/6/2026", "thông báo lịch", "Sở Nội vụ"),
        ("2026-03-31", "day", "31/3/2026", "thành lập Đoàn kiểm tra", "Sở Nội vụ"),
        ("2026-04-10", "day", "ngày mười tháng 4 năm 2026", "cấp tài khoản", "Sở Khoa học và Công nghệ"),
        ("2026-07-31", "month", "tháng 7/2026", "báo cáo kết quả kiểm tra đợt 1", "Đoàn kiểm tra"),
        ("2026-12-31", "year", "năm 2026", "thanh toán trực tuyến", "UBND các xã, phường, đặc khu"),
        ("2026-12-15", "day", "15/12/2026", "tổng hợp kết quả kiểm tra", "Sở Nội vụ"),
        # issued 16/3/2026, after the 10th: the first "ngày 10 hằng tháng" is 10/4/2026
        ("2026-04-10", "recurring", "10 hằng tháng", "kết quả khắc phục", "Các cơ quan, đơn vị được kiểm tra"),
    ],
    "858": [
        ("2026-04-29", "day", "29/4/2026", "15 hồ sơ quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2026-04-28", "day", "ngày hai mươi tám tháng 4 năm 2026", "hồ sơ tồn đọng", "Chi nhánh phường Thuận Hóa"),
        ("2026-06-30", "quarter", "quý II năm 2026", "tỷ lệ trực tuyến", "Các chi nhánh của Trung tâm"),
        ("2026-05-31", "month", "tháng 5/2026", "gián đoạn đường truyền", "VNPT Huế"),
        # issued Friday 24/4/2026: the first "thứ Hai hằng tuần" is Monday 27/4/2026
        ("2026-04-27", "recurring", "thứ Hai hằng tuần", "số liệu tuần", "Các sở, ngành có quầy tại Trung tâm"),
    ],
    "859": [
        ("2026-05-29", "day", "29/5/2026", "thẩm định dự toán", "Sở Tài chính"),
        ("2026-09-30", "quarter", "quý III năm 2026", "186 máy quét", "Sở Khoa học và Công nghệ"),
        ("2026-06-15", "day", "ngày mười lăm tháng 6 năm 2026", "Kho quản lý dữ liệu điện tử",
         "Trung tâm Công nghệ thông tin và Truyền thông"),
        ("2026-06-30", "month", "tháng 6/2026", "tập huấn kỹ năng số hóa", "Sở Nội vụ"),
        ("2026-12-31", "year", "năm 2026", "công chức chuyên trách số hóa", "UBND các xã, phường"),
        # issued 12/5/2026, before the 22nd: the first "ngày 22 hằng tháng" is 22/5/2026
        ("2026-05-22", "recurring", "22 hằng tháng", "báo cáo tiến độ số hóa", "UBND các xã, phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind152.py's META).
META = {
    "855": {"doc_number": "168/TB-VP", "doc_type": "Thông báo", "issued_date": "2026-04-10",
            "province": "Tây Ninh", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Trần Thị Thu Hằng"},
    "856": {"doc_number": "1846/UBND-KSTT", "doc_type": "Công văn", "issued_date": "2026-05-08",
            "province": "Đồng Nai", "period_label": "tháng 4 năm 2026", "period_start": "2026-04-01",
            "period_end": "2026-04-30", "signer": "Nguyễn Thị Hoàng"},
    "857": {"doc_number": "96/KH-UBND", "doc_type": "Kế hoạch", "issued_date": "2026-03-16",
            "province": "Khánh Hòa", "period_label": "năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-12-31", "signer": "Lê Hữu Hoàng"},
    "858": {"doc_number": "58/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2026-04-24",
            "province": "Huế", "period_label": "tuần từ ngày 20/4/2026 đến ngày 24/4/2026",
            "period_start": "2026-04-20", "period_end": "2026-04-24", "signer": "Hoàng Văn Minh"},
    "859": {"doc_number": "214/TTr-SKHCN", "doc_type": "Tờ trình", "issued_date": "2026-05-12",
            "province": "Tuyên Quang", "period_label": "năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-12-31", "signer": "Ma Thị Thanh Hương"},
}
