"""Blind golden facts for corpus/blind147/810_lang_son.txt, 811_ha_tinh.txt, 812_khanh_hoa.txt, 813_son_la.txt and
814_cao_bang.txt.

The five documents were written by the developers for a hundred-and-forty-seventh blind measurement (LARGE UNIT TABLES:
a province's appendix ranking all its communes and wards, a table with a subtotal per former district and one with a
subtotal per cluster, total rows, prose quoting the first and last units of the table, one report with two such tables
at two dates; provinces Lạng Sơn, Hà Tĩnh, Khánh Hòa, Sơn La and Cao Bằng after the 1 July 2025 reform; periods tháng
11 năm 2025, quý III năm 2025, quý IV năm 2025, 6 tháng cuối năm 2025 and tháng 10 năm 2025; not real documents), and
every row below was written by reading them, before any extraction, restoration or pipeline code was run on them. They
also serve as held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind144.py, blind143.py, blind142.py, blind141.py and blind13.py: rows use
`golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose and
list counts are kind `count`; table cells are kind `value` even when they count, with `extra={"source": "table"}`
(rank cells kind `rank`, signed rank-change cells kind `change`); `as_of="period"` is the period's end; a previous
month, quarter or date in brackets is kind previous dated at its end (a previous 766 total with the maximum 100 of the
current one); a change is dated with the figure it changes and a fall ("giảm", "thấp hơn") is negative; a change in
"điểm phần trăm" is kind change in `%` with the number alone as raw; a change of the province's 766 score or rank
carries the score's or rank's code, of a count or share none. `ANY` leaves a field unchecked where the sentence names
no catalogued indicator (`None` where it clearly names none: counts of decisions, communes, bodies by grade). A count
of the files an indicator is computed on carries that indicator's code. Counts of local units take the unit of their
first unit word ("19/69 xã, phường", "21/75 xã, phường", "56 xã, phường" → `xã`; "13 huyện, thị xã, thành phố" →
`huyện`); counts of "đơn vị" → `đơn vị` at the level of the bodies counted ("37/65" after "số đơn vị" too); "65 đơn
vị hành chính cấp xã (61 xã, 04 phường)" → `cấp xã` and its parts (units `xã`, `phường`, `đặc khu`, level xã).
Province-wide figures have subject NULL; "cấp tỉnh …", "cấp xã …" figures are `cấp tỉnh` / `cấp xã`; a unit named in
prose keeps its name as written ("xã Vân Nham", "phường Trần Phú"), a table row its name as the row writes it ("Xã Vân
Nham", "Phường Tam Thanh", "Đặc khu Trường Sa"), level xã; a unit's own scores and ranks have their code unchecked
(as golden/blind144.py's 797). Block and level averages ("Điểm bình quân của cấp xã", "Khối phường bình quân",
"Bình quân cấp xã" rows) have subject unchecked, level xã; thresholds in a count of units ("dưới 50%", "từ 60% trở
lên", "dưới 15 điểm", "từ 90 điểm trở lên") are kind target with subject unchecked; task targets are kind target
dated at their task's deadline, and a task's quantity ("dứt điểm 214 hồ sơ") is a target dated at the task's
deadline. Dates, document numbers and cited texts ("Số: 418/TB-VP", "Quyết định số 766/QĐ-TTg", "Công văn số
1652/UBND-KSTT", "Thông tư số 01/2020/TT-VPCP", "Nghị định số 118/2025/NĐ-CP", "Công văn số 8124/UBND-KSTT"), stated
windows and cut-off dates ("ngày 02/12/2025", "từ ngày 01/7/2025 đến ngày 31/12/2025", "số liệu chốt ngày
05/11/2025"), months, quarters and dates naming a result or a bracket ("Tháng 11/2025", "(tháng 10/2025: …)", "(ngày
30/9/2025: …)", "Tại ngày 31/12/2025"), "Bộ chỉ số 766", addresses ("số 011 đường Hoàng Đình Giong"), phone numbers
("0205.3812.468", "0206.3852.140"), section and item numbering ("I.", "1.", "2.3.", "3.6."), STT cells, group numerals
("I", "XIII"), headings naming the next period ("II. NHIỆM VỤ QUÝ IV NĂM 2025", "III. NHIỆM VỤ QUÝ I NĂM 2026", "III.
NHIỆM VỤ NĂM 2026": no deadlines), numbers in words ("Ba đơn vị", "ba xã", the days of "ngày hai mươi tháng 12",
"ngày mười lăm tháng 11", "ngày hai mươi tám tháng 02", "ngày mười lăm tháng 3", "ngày ba mươi tháng 11"), the
maxima in the headers' brackets ("(18)", "(/65)") and years are not figures.

New in this set (the decisions are written here):
- A PROVINCE'S APPENDIX RANKING ALL ITS COMMUNES AND WARDS (810: a Markdown table of 65 rows in rank order, the six
  group scores and the total with the maxima in the header's brackets, "Xếp hạng (/65)", and a "Bình quân cấp xã" row
  with an empty STT and an empty rank cell): each score cell carries its column's maximum, each rank cell is kind rank
  with the maximum 65; the average row's cells have subject unchecked, level xã. Where the header writes no maximum
  (812's "Điểm Bộ chỉ số", "Xếp hạng") the cells have none (as golden/blind13.py's 148).
- A TABLE WITH A SUBTOTAL PER FORMER DISTRICT (811, tab-separated: a group row "I\tThành phố Hà Tĩnh (cũ)" naming the
  former district, its communes, then "\tCộng" with an empty STT; thirteen groups and "\tTổng cộng"). A group row holds
  no figure; a "Cộng" row is the communes of the former area (subject unchecked, level xã); the "Tổng cộng" row of a
  table of all the communes is `cấp xã` (as golden/blind13.py's "Tổng cộng" under a title naming one level). The prose
  quoting an area ("thị xã Kỳ Anh (cũ) có tỷ lệ nộp trực tuyến cao nhất (79,83%)") is read the same way: the communes
  of a former district that no longer exists, subject unchecked, level xã (not huyện).
- A TABLE WITH A SUBTOTAL PER CLUSTER (813, laid out with runs of spaces as a PDF converter keeping the layout writes
  it: "Cộng cụm trung tâm", "Cộng cụm vùng cao, biên giới" and "Tổng cộng cấp xã", the cluster rows "I   Cụm trung
  tâm" without figures; a "100" cell). A cluster's figures, in the table or quoted in prose, have subject unchecked,
  level xã; "04 cụm" is a count of clusters (unit `cụm`, code None).
- TWO TABLES OF THE SAME UNITS AT TWO DATES (812: "PHỤ LỤC I … TẠI NGÀY 30/9/2025" and "PHỤ LỤC II … TẠI NGÀY
  31/12/2025", each in its own rank order): the first table's cells are kind value (rank cells kind rank) dated
  2025-09-30, the second's at the period's end; the second has a signed column "Tăng (+), giảm (-) bậc so với ngày
  30/9/2025" ("+14", "-3", "0": kind change in `hạng`, value signed, code unchecked). In prose, "tăng từ 01 đơn vị lên
  04 đơn vị", "giảm từ 06 đơn vị xuống còn 04 đơn vị", "từ vị trí thứ 4 lên vị trí thứ 1" and "(từ thứ 52 lên thứ
  38)": the first figure is kind previous dated 2025-09-30, the second the current one (ranks with no maximum written);
  "cùng tăng 14 bậc" of two units is one figure (subject unchecked).
- UNITS LISTED BY GRADE IN PROSE (814, a Công văn: "- Loại Khá: 19 đơn vị, gồm phường Tân Giang (89,94 điểm), xã Phan
  Thanh (88,92 điểm), …" for all 56 units, names and brackets cut by the lines' ends): each bracket is the unit's score
  (subject as written, level xã, code unchecked, no maximum); contexts are the bracket, cut where the line ends.
- Prose quoting the first and last units from the table (810, 811, 812, 813): the prose figures are rows of their own
  (the same numbers also stand in the table's cells).

Per document:
- 810 is a THÔNG BÁO of the Văn phòng UBND tỉnh Lạng Sơn (header "UBND TỈNH LẠNG SƠN / VĂN PHÒNG", number "418/TB-VP",
  signed "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG") of the 766 results of the 65 xã, phường, tháng 11 năm 2025, issued
  05/12/2025 (ranks /34). The province (subject NULL): `83,72/100`, `16/34` "so với tháng 10/2025 (81,96 điểm, xếp thứ
  20/34), tăng 1,76 điểm và tăng 4 bậc", files, online, on time, payment "61,34%, chỉ tiêu UBND tỉnh giao năm 2025 là
  65%, chưa đạt chỉ tiêu" (the target at 2025-12-31). The communes: "65 đơn vị hành chính cấp xã (61 xã, 04 phường)",
  the average "(tháng 10/2025: 82,47 điểm), tăng 1,72 điểm", blocks "thấp hơn khối phường 5,78 điểm" (negative),
  grades as a dash list "- Loại Tốt: 21 đơn vị, chiếm 32,31%;", the first three and the last three in brackets ("xếp
  thứ 65/65"; "tăng 7 bậc" xã Vân Nham's), three group averages `x/max` (the groups' codes, subject unchecked), "16/65
  … dưới 15 điểm". Task 3.2's "tối thiểu 65%" the communes' target (2026-03-31). Six deadlines in items 3.1–3.6: day
  for three named communes, quarter cut by the line's end ("quý I\nnăm 2026") with the target, "chậm nhất ngày hai
  mươi tháng 12 năm 2025", month, "trước ngày\n03 hằng tháng" (issued 05/12/2025, after the 3rd: first 03/01/2026),
  year in a request "Đề nghị Bưu điện tỉnh Lạng Sơn …".
- 811 is a quarterly Báo cáo of UBND tỉnh Hà Tĩnh (header "ỦY BAN NHÂN DÂN / TỈNH HÀ TĨNH", number
  "316/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Văn phòng Chính phủ, quý III năm
  2025, issued 08/10/2025. Province figures: "09 quyết định … 312 TTHC", "1.986 TTHC, trong đó cấp tỉnh 1.612 TTHC, cấp
  xã 374 TTHC; 100%", "217.920 hồ sơ (quý II năm 2025: 198.406 hồ sơ), tăng 19.514 hồ sơ, tương ứng tăng 9,84%" by
  level, online "142.582 hồ sơ, chiếm 65,43%" and by level after "lần lượt là", on time, "quá hạn 2.148 hồ sơ" and the
  land field's "(1.612 hồ sơ)" (both levels: subject and level unchecked); the areas and units quoted from the table;
  "19/69 … dưới 50%; 12 đơn vị … dưới 98%, … 11 đơn vị đạt 100%"; payment "58,46% (quý II năm 2025: 49,82%), tăng 8,64
  điểm phần trăm; cấp xã đạt 52,18%, so với chỉ tiêu UBND tỉnh giao cho cấp xã năm 2025 là 60% thì chưa đạt chỉ tiêu"
  (the target `cấp xã`'s); the 766 "84,26/100 … 12/34 (tháng 6/2025, trước sắp xếp: 80,14 điểm, xếp thứ 23/63), tăng
  4,12 điểm" (the previous rank with its own maximum 63), the communes' average and grades. Task 1's "tối thiểu 55%"
  the communes' target (2025-12-31). Six deadlines in numbered items: quarter (with the target) for the communes of two
  former districts, day, "chậm nhất ngày mười lăm tháng 11 năm 2025", month, "trước ngày 18 hằng tháng" (issued
  08/10/2025: first 18/10/2025), year in a request "Đề nghị Viễn thông Hà Tĩnh …".
- 812 is a Báo cáo of the Văn phòng UBND tỉnh Khánh Hòa (header "UBND TỈNH KHÁNH HÒA / VĂN PHÒNG", number
  "58/BC-VPUBND", signed "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG") to the Chairman, quý IV năm 2025, issued
  09/01/2026, comparing the communes at 30/9/2025 and 31/12/2025. The province: `85,14/100`, `11/34` "(tháng 9/2025:
  82,36 điểm, xếp thứ 18/34), tăng 2,78 điểm và tăng 7 bậc", files, payment "66,82%; chỉ tiêu … năm 2025 là 70%, tỉnh
  chưa đạt chỉ tiêu". The communes: "65 … gồm 48 xã, 16 phường và 01 đặc khu", the average "80,24 điểm, tăng 1,83 điểm
  so với ngày 30/9/2025 (78,41 điểm)", blocks, counts moving between dates, payment "62,29% (ngày 30/9/2025: 56,12%)",
  "37/65 (ngày 30/9/2025: 25/65)", the first and last three, rank moves, "28 … 30 … 07 đơn vị". Task 2's "tối thiểu
  70%" the communes' target (2026-03-31). Six deadlines in numbered items: day for three named communes, quarter (with
  the target), "chậm nhất ngày hai mươi tám tháng 02 năm 2026", month, "trước\nngày 05 hằng tháng" (issued 09/01/2026,
  after the 5th: first 05/02/2026), year in a request "Đề nghị Bưu điện tỉnh Khánh Hòa …".
- 813 is a Báo cáo of UBND tỉnh Sơn La (header "ỦY BAN NHÂN DÂN / TỈNH SƠN LA", number "12/BC-UBND", signed "TM. ỦY
  BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Văn phòng Chính phủ, 6 tháng cuối năm 2025 (stated window
  01/7/2025–31/12/2025), issued 12/01/2026. Province figures: "248.612 hồ sơ, … cấp tỉnh 61.442 hồ sơ và cấp xã
  187.170 hồ sơ; … 69,14%", the 766 "82,94/100 … 20/34 …, tăng 3 bậc so với tháng 11/2025 (xếp thứ 23/34)" (dated
  2025-11-30). `cấp xã`: "65,63% … 98,50% … 51,88%; so với chỉ tiêu UBND tỉnh giao cho cấp xã năm 2025 là 50% thì đã
  đạt chỉ tiêu"; the clusters quoted after "tương ứng là"; the units quoted; "05 xã … dưới 30%; 21/75 xã, phường …
  từ 60% trở lên; 08 đơn vị … 100%"; the communes' average "79,36 điểm". Task 1's "tối thiểu 50%" the target of a
  cluster's communes (subject unchecked, level xã, 2026-06-30). Six deadlines in numbered items: quarter (with the
  target), day for three named communes, "chậm nhất ngày mười lăm tháng 3 năm 2026", month, "trước ngày 20 hằng
  tháng" (issued 12/01/2026: first 20/01/2026), year in a request "Đề nghị Viễn thông Sơn La …".
- 814 is a CÔNG VĂN of UBND tỉnh Cao Bằng (header "UBND TỈNH CAO BẰNG", number "4186/UBND-KSTT", a "V/v" line, signed
  "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the sở, ban, ngành and the communes after the 766 results of tháng 10 năm 2025,
  issued 12/11/2025. The province: `78,46/100`, `29/34` "giảm 2 bậc so với tháng 9/2025 (xếp thứ 27/34)", two group
  scores `x/max`; the communes' average "75,93 điểm (tháng 9/2025: 74,18 điểm)", blocks, the grades with every unit's
  score in brackets, `cấp xã`'s payment "38,64%, thấp hơn bình quân toàn tỉnh 9,12 điểm phần trăm" (negative),
  digitisation, "214 hồ sơ … tại 23 xã, phường, trong đó xã Quang Trung 31 hồ sơ và xã Thành Công 26 hồ sơ" (overdue
  code). Task 2's "dứt điểm 214 hồ sơ" a target dated 2025-11-30 and "tối thiểu 50%" the communes' target (2026-03-31).
  Six deadlines in five numbered items (item 2 holds two): day, "chậm nhất ngày ba mươi tháng 11 năm 2025", quarter
  (with the target), month, "trước ngày 10\nhằng tháng" (issued 12/11/2025, after the 10th: first 10/12/2025), year in
  a request "Đề nghị Bưu điện tỉnh Cao Bằng …".

Unsure readings (fields left `ANY`, or decided and written here): the subject of a former district's or a cluster's
communes (unchecked; level decided xã: the district no longer exists, the figures add up communes); the level of the
land field's overdue files in 811 (unchecked: both levels); whether "11 đơn vị đạt 100%" and "08 đơn vị giải quyết
đúng hạn 100% hồ sơ" are figures (decided: yes, the share the counted units reach, code unchecked); the unit of "số
đơn vị … là 37/65" (decided `đơn vị`, the noun of the sentence); whether the previous count in "tăng từ 01 đơn vị lên
04 đơn vị" is kind previous (decided: yes, dated at the first date).
"""
from __future__ import annotations

import re

from golden.facts import (
    _DH,
    _KQ,
    _NOP,
    _QH,
    _SH,
    _TN,
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
_OPEN = {"subject": ANY, "level": ANY}
_IN_HUYEN = {"subject": ANY, "level": "huyện"}
_IN_XA = {"subject": ANY, "level": "xã"}
_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_XA = {"subject": "cấp xã", "level": "xã"}

# A numeric cell: (raw, unit, kind, code, max_value).
Cell = tuple[str, str, str, object, float | None]


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


def _cells(line: str, sep: str, after: str | None, who: dict, cells: list[Cell], as_of: str = "period") -> list[Fact]:
    """The numeric cells of one table row written as `line`, left to right. A cell's context is the separator before
    it, the rest of its row and the start of the next line (`after`), so that it occurs once and the raw text is found
    first at the cell itself; in a table's last row (`after` None) it is the row from the separator after its STT
    cell to the cell's end."""
    facts, at = [], 0
    for raw, unit, kind, code, top in cells:
        at = _find_cell(line, sep, raw, at)
        end = at + len(sep) + len(raw)
        context = line[line.find(sep, 1):end] if after is None else line[at:] + "\n" + after
        facts.append(F(context, raw, _num(raw), unit, kind, max_value=top, as_of=as_of, code=code, extra=TAB, **who))
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


def _unit(name: str) -> dict:
    """A commune or ward named as the text writes it."""
    return {"subject": name, "level": "xã"}


# ------------------------------------------------------------ the tables' rows as the documents write them
_UNITS_810 = [
    ("1", "Xã Vân Nham", "17,58", "19,52", "10,56", "9,63", "20,92", "17,67", "95,88", "1"),
    ("2", "Phường Tam Thanh", "17,40", "19,80", "10,44", "9,76", "21,48", "16,95", "95,83", "2"),
    ("3", "Xã Hoàng Văn Thụ", "17,41", "19,42", "10,85", "9,26", "20,86", "17,14", "94,94", "3"),
    ("4", "Xã Vũ Lễ", "17,25", "19,34", "10,52", "8,70", "21,57", "17,55", "94,93", "4"),
    ("5", "Xã Thiện Hòa", "16,81", "19,69", "10,18", "9,02", "20,96", "17,58", "94,24", "5"),
    ("6", "Xã Đồng Đăng", "17,30", "19,88", "11,82", "8,05", "19,66", "17,29", "94,00", "6"),
    ("7", "Xã Văn Lãng", "17,27", "19,27", "11,26", "9,56", "18,60", "17,46", "93,42", "7"),
    ("8", "Xã Thiện Long", "17,30", "19,02", "10,74", "9,11", "19,77", "17,46", "93,40", "8"),
    ("9", "Phường Lương Văn Tri", "17,61", "18,92", "11,18", "8,57", "19,52", "17,53", "93,33", "9"),
    ("10", "Xã Tân Đoàn", "17,44", "18,99", "10,45", "9,31", "20,61", "16,51", "93,31", "10"),
    ("11", "Phường Đông Kinh", "17,11", "19,65", "10,36", "9,68", "19,24", "16,99", "93,03", "11"),
    ("12", "Xã Xuân Dương", "16,84", "19,05", "10,60", "9,30", "19,35", "17,76", "92,90", "12"),
    ("13", "Xã Nhất Hòa", "17,62", "19,41", "11,53", "8,34", "18,65", "17,29", "92,84", "13"),
    ("14", "Xã Chi Lăng", "17,15", "18,94", "11,33", "8,63", "19,05", "17,27", "92,37", "14"),
    ("15", "Xã Tuấn Sơn", "16,70", "18,99", "10,23", "8,95", "19,96", "17,03", "91,86", "15"),
    ("16", "Xã Hữu Liên", "16,89", "19,44", "9,77", "8,45", "20,66", "16,50", "91,71", "16"),
    ("17", "Xã Hoa Thám", "16,78", "18,91", "10,12", "8,04", "20,43", "17,07", "91,35", "17"),
    ("18", "Xã Tri Lễ", "17,01", "18,85", "9,86", "8,47", "19,85", "17,06", "91,10", "18"),
    ("19", "Xã Bình Gia", "16,92", "19,07", "10,15", "8,05", "19,07", "17,46", "90,72", "19"),
    ("20", "Xã Tràng Định", "16,95", "19,09", "10,51", "7,30", "19,45", "17,19", "90,49", "20"),
    ("21", "Xã Quý Hòa", "16,63", "19,06", "10,01", "7,73", "20,01", "16,88", "90,32", "21"),
    ("22", "Xã Hữu Lũng", "16,95", "18,90", "9,82", "8,42", "17,65", "16,89", "88,63", "22"),
    ("23", "Xã Mẫu Sơn", "17,18", "18,56", "9,15", "7,42", "19,11", "16,44", "87,86", "23"),
    ("24", "Xã Na Sầm", "17,16", "19,02", "9,90", "7,05", "17,55", "16,92", "87,60", "24"),
    ("25", "Xã Lợi Bác", "16,84", "18,90", "8,93", "7,85", "17,88", "16,83", "87,23", "25"),
    ("26", "Xã Quốc Việt", "16,47", "18,26", "10,30", "7,10", "18,13", "16,82", "87,08", "26"),
    ("27", "Xã Khuất Xá", "16,47", "18,82", "9,98", "6,96", "18,00", "16,74", "86,97", "27"),
    ("28", "Xã Tân Tiến", "16,83", "18,29", "10,19", "7,30", "18,16", "16,11", "86,88", "28"),
    ("29", "Xã Cao Lộc", "16,40", "19,05", "9,92", "7,17", "17,83", "16,47", "86,84", "29"),
    ("30", "Xã Công Sơn", "16,39", "18,96", "10,21", "7,64", "16,69", "16,80", "86,69", "30"),
    ("31", "Xã Bắc Sơn", "16,36", "18,36", "9,65", "6,86", "18,65", "16,57", "86,45", "31"),
    ("32", "Xã Lộc Bình", "16,35", "18,84", "9,23", "8,18", "17,40", "16,15", "86,15", "32"),
    ("33", "Xã Hồng Phong", "16,49", "18,43", "9,19", "7,76", "17,58", "16,22", "85,67", "33"),
    ("34", "Xã Na Dương", "16,85", "19,00", "8,94", "6,68", "17,26", "16,57", "85,30", "34"),
    ("35", "Xã Ba Sơn", "16,26", "18,11", "9,55", "6,88", "17,52", "16,95", "85,27", "35"),
    ("36", "Xã Chiến Thắng", "15,48", "18,73", "9,55", "6,72", "16,52", "16,38", "83,38", "36"),
    ("37", "Xã Đình Lập", "16,17", "18,44", "9,50", "6,23", "16,37", "15,45", "82,16", "37"),
    ("38", "Xã Tân Văn", "15,61", "18,48", "9,34", "6,55", "15,56", "16,36", "81,90", "38"),
    ("39", "Xã Bằng Mạc", "15,78", "17,92", "8,58", "6,92", "15,51", "16,23", "80,94", "39"),
    ("40", "Xã Quốc Khánh", "15,93", "18,22", "8,93", "6,26", "15,58", "15,86", "80,78", "40"),
    ("41", "Xã Yên Bình", "15,90", "18,13", "8,07", "6,62", "15,61", "16,04", "80,37", "41"),
    ("42", "Xã Kháng Chiến", "15,15", "18,26", "9,58", "6,55", "14,99", "15,32", "79,85", "42"),
    ("43", "Xã Thống Nhất", "15,55", "17,78", "8,25", "6,67", "15,04", "15,25", "78,54", "43"),
    ("44", "Xã Hưng Vũ", "15,04", "17,40", "8,97", "6,40", "14,50", "15,69", "78,00", "44"),
    ("45", "Xã Đồng Mỏ", "15,49", "17,44", "7,94", "6,22", "15,26", "15,56", "77,91", "45"),
    ("46", "Xã Tân Tri", "15,12", "17,50", "8,76", "5,00", "16,40", "14,78", "77,56", "46"),
    ("47", "Xã Hội Hoan", "15,03", "17,31", "8,97", "5,57", "15,06", "15,04", "76,98", "47"),
    ("48", "Xã Khánh Khê", "15,58", "17,90", "7,61", "5,42", "14,62", "15,33", "76,46", "48"),
    ("49", "Xã Tân Thành", "14,98", "17,26", "8,68", "6,10", "13,75", "15,65", "76,42", "49"),
    ("50", "Xã Quan Sơn", "14,69", "17,63", "7,79", "6,08", "15,25", "14,93", "76,37", "50"),
    ("51", "Phường Kỳ Lừa", "14,73", "17,36", "7,52", "5,82", "15,58", "15,26", "76,27", "51"),
    ("52", "Xã Văn Quan", "15,60", "17,73", "7,15", "5,75", "14,84", "15,15", "76,22", "52"),
    ("53", "Xã Đoàn Kết", "15,42", "17,38", "7,82", "5,61", "14,63", "15,17", "76,03", "53"),
    ("54", "Xã Kiên Mộc", "15,04", "16,93", "8,44", "5,17", "15,87", "14,57", "76,02", "54"),
    ("55", "Xã Cai Kinh", "14,97", "17,89", "7,90", "6,10", "13,87", "15,23", "75,96", "55"),
    ("56", "Xã Nhân Lý", "15,42", "17,62", "8,44", "5,66", "13,64", "15,08", "75,86", "56"),
    ("57", "Xã Thất Khê", "15,00", "17,49", "8,07", "5,59", "14,30", "14,85", "75,30", "57"),
    ("58", "Xã Châu Sơn", "15,20", "17,39", "7,41", "5,36", "14,74", "14,98", "75,08", "58"),
    ("59", "Xã Vạn Linh", "14,68", "17,37", "7,51", "5,23", "15,16", "15,10", "75,05", "59"),
    ("60", "Xã Yên Phúc", "14,94", "17,76", "7,14", "5,61", "14,08", "14,81", "74,34", "60"),
    ("61", "Xã Thiện Thuật", "15,17", "17,58", "7,67", "5,64", "13,89", "14,31", "74,26", "61"),
    ("62", "Xã Thiện Tân", "15,41", "17,35", "7,12", "4,93", "14,51", "14,68", "74,00", "62"),
    ("63", "Xã Bắc Xa", "14,94", "17,08", "7,72", "5,62", "13,64", "14,77", "73,77", "63"),
    ("64", "Xã Bính Xá", "14,84", "16,80", "7,60", "4,17", "12,07", "14,83", "70,31", "64"),
    ("65", "Xã Điềm He", "14,04", "17,18", "6,76", "4,15", "13,21", "14,51", "69,85", "65"),
]


_AREAS_811 = [
    ("I", "Thành phố Hà Tĩnh (cũ)", [
        ("1", "Phường Thành Sen", "2.972", "1.989", "66,92", "99,88"),
        ("2", "Phường Trần Phú", "2.734", "2.424", "88,66", "97,31"),
        ("3", "Phường Hà Huy Tập", "3.004", "2.332", "77,63", "98,08"),
        ("4", "Xã Thạch Lạc", "2.085", "1.013", "48,59", "100"),
        ("5", "Xã Đồng Tiến", "2.588", "1.095", "42,31", "100"),
        ("6", "Xã Thạch Khê", "2.259", "1.149", "50,86", "98,56"),
    ], ("", "Cộng", "15.642", "10.002", "63,94", "98,93")),
    ("II", "Thị xã Hồng Lĩnh (cũ)", [
        ("7", "Phường Bắc Hồng Lĩnh", "3.791", "2.405", "63,44", "99,24"),
        ("8", "Phường Nam Hồng Lĩnh", "4.648", "3.974", "85,50", "98,69"),
    ], ("", "Cộng", "8.439", "6.379", "75,59", "98,94")),
    ("III", "Huyện Nghi Xuân (cũ)", [
        ("9", "Xã Tiên Điền", "1.190", "873", "73,36", "97,26"),
        ("10", "Xã Nghi Xuân", "3.134", "2.490", "79,45", "97,89"),
        ("11", "Xã Cổ Đạm", "2.741", "1.965", "71,69", "100"),
        ("12", "Xã Đan Hải", "2.637", "1.412", "53,55", "100"),
    ], ("", "Cộng", "9.702", "6.740", "69,47", "98,98")),
    ("IV", "Huyện Đức Thọ (cũ)", [
        ("13", "Xã Đức Thọ", "1.780", "771", "43,31", "97,68"),
        ("14", "Xã Đức Đồng", "1.645", "909", "55,26", "99,59"),
        ("15", "Xã Đức Quang", "3.115", "2.351", "75,47", "99,92"),
        ("16", "Xã Đức Thịnh", "1.590", "874", "54,97", "99,76"),
        ("17", "Xã Đức Minh", "1.842", "1.145", "62,16", "100"),
    ], ("", "Cộng", "9.972", "6.050", "60,67", "99,45")),
    ("V", "Huyện Hương Sơn (cũ)", [
        ("18", "Xã Hương Sơn", "3.188", "1.568", "49,18", "97,31"),
        ("19", "Xã Sơn Tây", "1.511", "824", "54,53", "100"),
        ("20", "Xã Tứ Mỹ", "2.785", "1.194", "42,87", "98,36"),
        ("21", "Xã Sơn Giang", "1.616", "1.029", "63,68", "98,32"),
        ("22", "Xã Sơn Tiến", "3.149", "1.259", "39,98", "97,33"),
        ("23", "Xã Sơn Hồng", "2.550", "871", "34,16", "97,96"),
        ("24", "Xã Kim Hoa", "1.277", "489", "38,29", "97,84"),
    ], ("", "Cộng", "16.076", "7.234", "45,00", "98,00")),
    ("VI", "Huyện Vũ Quang (cũ)", [
        ("25", "Xã Vũ Quang", "1.789", "1.088", "60,82", "99,13"),
        ("26", "Xã Mai Hoa", "2.716", "874", "32,18", "100"),
        ("27", "Xã Thượng Đức", "2.478", "1.656", "66,83", "98,87"),
    ], ("", "Cộng", "6.983", "3.618", "51,81", "99,38")),
    ("VII", "Huyện Can Lộc (cũ)", [
        ("28", "Xã Can Lộc", "2.552", "1.809", "70,89", "99,26"),
        ("29", "Xã Tùng Lộc", "2.639", "1.126", "42,67", "100"),
        ("30", "Xã Gia Hanh", "2.838", "1.735", "61,13", "98,54"),
        ("31", "Xã Trường Lưu", "3.263", "1.900", "58,23", "99,44"),
        ("32", "Xã Xuân Lộc", "3.303", "2.706", "81,93", "98,06"),
        ("33", "Xã Đồng Lộc", "1.602", "941", "58,74", "97,58"),
    ], ("", "Cộng", "16.197", "10.217", "63,08", "98,88")),
    ("VIII", "Huyện Lộc Hà (cũ)", [
        ("34", "Xã Lộc Hà", "2.748", "1.152", "41,92", "98,00"),
        ("35", "Xã Hồng Lộc", "2.013", "1.207", "59,96", "99,76"),
        ("36", "Xã Mai Phụ", "2.835", "1.782", "62,86", "98,69"),
    ], ("", "Cộng", "7.596", "4.141", "54,52", "98,72")),
    ("IX", "Huyện Thạch Hà (cũ)", [
        ("37", "Xã Thạch Hà", "1.405", "594", "42,28", "98,75"),
        ("38", "Xã Toàn Lưu", "1.074", "748", "69,65", "98,71"),
        ("39", "Xã Việt Xuyên", "1.165", "711", "61,03", "99,21"),
        ("40", "Xã Đông Kinh", "1.475", "1.136", "77,02", "98,25"),
        ("41", "Xã Thạch Xuân", "1.436", "1.160", "80,78", "97,42"),
        ("42", "Xã Lưu Vĩnh Sơn", "915", "363", "39,67", "99,75"),
    ], ("", "Cộng", "7.470", "4.712", "63,08", "98,58")),
    ("X", "Huyện Cẩm Xuyên (cũ)", [
        ("43", "Xã Cẩm Xuyên", "2.823", "2.209", "78,25", "98,36"),
        ("44", "Xã Thiên Cầm", "2.631", "1.927", "73,24", "98,65"),
        ("45", "Xã Cẩm Duệ", "2.579", "1.964", "76,15", "98,69"),
        ("46", "Xã Cẩm Hưng", "1.818", "927", "50,99", "99,60"),
        ("47", "Xã Cẩm Lạc", "2.138", "1.520", "71,09", "99,78"),
        ("48", "Xã Cẩm Trung", "2.943", "1.758", "59,73", "99,70"),
        ("49", "Xã Yên Hòa", "2.413", "1.547", "64,11", "99,27"),
    ], ("", "Cộng", "17.345", "11.852", "68,33", "99,11")),
    ("XI", "Thị xã Kỳ Anh (cũ)", [
        ("50", "Phường Sông Trí", "3.512", "3.057", "87,04", "98,77"),
        ("51", "Phường Hải Ninh", "5.166", "3.792", "73,40", "97,32"),
        ("52", "Phường Hoành Sơn", "4.243", "3.320", "78,25", "100"),
        ("53", "Phường Vũng Áng", "4.985", "4.126", "82,77", "99,39"),
    ], ("", "Cộng", "17.906", "14.295", "79,83", "98,82")),
    ("XII", "Huyện Kỳ Anh (cũ)", [
        ("54", "Xã Kỳ Xuân", "3.119", "1.034", "33,15", "99,87"),
        ("55", "Xã Kỳ Anh", "2.242", "1.618", "72,17", "99,87"),
        ("56", "Xã Kỳ Hoa", "976", "535", "54,82", "99,51"),
        ("57", "Xã Kỳ Văn", "2.280", "1.377", "60,39", "100"),
        ("58", "Xã Kỳ Khang", "3.199", "1.108", "34,64", "99,61"),
        ("59", "Xã Kỳ Lạc", "1.189", "786", "66,11", "98,30"),
        ("60", "Xã Kỳ Thượng", "2.436", "1.428", "58,62", "98,88"),
    ], ("", "Cộng", "15.441", "7.886", "51,07", "99,54")),
    ("XIII", "Huyện Hương Khê (cũ)", [
        ("61", "Xã Hương Khê", "3.245", "1.772", "54,61", "97,69"),
        ("62", "Xã Hương Phố", "3.112", "1.880", "60,41", "98,79"),
        ("63", "Xã Hương Đô", "1.240", "455", "36,69", "100"),
        ("64", "Xã Hà Linh", "3.288", "1.339", "40,72", "98,19"),
        ("65", "Xã Hương Bình", "2.640", "1.647", "62,39", "98,90"),
        ("66", "Xã Phúc Trạch", "1.265", "825", "65,22", "98,98"),
        ("67", "Xã Hương Xuân", "2.535", "875", "34,52", "98,10"),
        ("68", "Xã Hương Trà", "3.354", "1.706", "50,86", "98,39"),
        ("69", "Xã Hương Vĩnh", "1.660", "743", "44,76", "99,30"),
    ], ("", "Cộng", "22.339", "11.242", "50,32", "98,53")),
]


_SEP_812 = [
    ("1", "Phường Phan Rang", "89,85", "90,90", "1"),
    ("2", "Phường Bắc Nha Trang", "71,32", "89,86", "2"),
    ("3", "Phường Đô Vinh", "81,45", "89,85", "3"),
    ("4", "Xã Bác Ái Đông", "80,55", "89,84", "4"),
    ("5", "Xã Ninh Phước", "83,05", "88,28", "5"),
    ("6", "Xã Bắc Khánh Vĩnh", "81,04", "87,36", "6"),
    ("7", "Phường Đông Hải", "73,57", "85,74", "7"),
    ("8", "Xã Nam Ninh Hòa", "69,84", "85,05", "8"),
    ("9", "Xã Vạn Hưng", "60,76", "84,85", "9"),
    ("10", "Xã Lâm Sơn", "58,57", "84,54", "10"),
    ("11", "Xã Phước Dinh", "64,31", "83,77", "11"),
    ("12", "Xã Cam An", "65,26", "83,67", "12"),
    ("13", "Xã Hòa Trí", "58,95", "83,20", "13"),
    ("14", "Xã Khánh Vĩnh", "68,17", "83,11", "14"),
    ("15", "Xã Vĩnh Hải", "69,18", "83,06", "15"),
    ("16", "Xã Xuân Hải", "68,61", "82,98", "16"),
    ("17", "Đặc khu Trường Sa", "59,75", "82,89", "17"),
    ("18", "Xã Vạn Ninh", "67,19", "82,49", "18"),
    ("19", "Xã Phước Hậu", "74,85", "82,48", "19"),
    ("20", "Phường Hòa Thắng", "55,02", "81,93", "20"),
    ("21", "Xã Công Hải", "53,79", "81,80", "21"),
    ("22", "Xã Mỹ Sơn", "61,91", "81,79", "22"),
    ("23", "Xã Bắc Ninh Hòa", "64,03", "80,93", "23"),
    ("24", "Xã Ninh Sơn", "65,33", "80,90", "24"),
    ("25", "Xã Anh Dũng", "64,35", "80,40", "25"),
    ("26", "Phường Ninh Hòa", "48,36", "80,20", "26"),
    ("27", "Xã Diên Điền", "58,56", "79,86", "27"),
    ("28", "Xã Bác Ái Tây", "55,41", "79,55", "28"),
    ("29", "Phường Bảo An", "62,22", "79,43", "29"),
    ("30", "Phường Ninh Chử", "61,85", "79,21", "30"),
    ("31", "Xã Phước Hữu", "46,62", "78,87", "31"),
    ("32", "Xã Đại Lãnh", "64,33", "78,70", "32"),
    ("33", "Xã Tây Khánh Vĩnh", "60,73", "78,27", "33"),
    ("34", "Xã Thuận Nam", "49,20", "78,04", "34"),
    ("35", "Phường Nam Nha Trang", "51,00", "77,92", "35"),
    ("36", "Xã Diên Thọ", "54,89", "77,67", "36"),
    ("37", "Xã Đông Khánh Sơn", "51,77", "77,48", "37"),
    ("38", "Phường Tây Nha Trang", "63,57", "77,21", "38"),
    ("39", "Xã Diên Khánh", "51,32", "76,70", "39"),
    ("40", "Xã Tây Khánh Sơn", "58,01", "76,69", "40"),
    ("41", "Phường Cam Linh", "47,44", "76,40", "41"),
    ("42", "Xã Nam Khánh Vĩnh", "53,97", "76,24", "42"),
    ("43", "Phường Cam Ranh", "50,40", "75,60", "43"),
    ("44", "Xã Suối Dầu", "48,99", "75,04", "44"),
    ("45", "Xã Cam Hiệp", "53,33", "74,66", "45"),
    ("46", "Xã Cà Ná", "46,54", "74,65", "46"),
    ("47", "Xã Diên Lâm", "40,24", "74,40", "47"),
    ("48", "Xã Tu Bông", "40,39", "74,29", "48"),
    ("49", "Phường Đông Ninh Hòa", "46,77", "74,21", "49"),
    ("50", "Xã Vạn Thắng", "51,64", "74,13", "50"),
    ("51", "Xã Thuận Bắc", "40,01", "73,76", "51"),
    ("52", "Xã Diên Lạc", "52,88", "72,93", "52"),
    ("53", "Phường Bắc Cam Ranh", "42,17", "72,83", "53"),
    ("54", "Xã Cam Lâm", "48,25", "72,13", "54"),
    ("55", "Xã Bác Ái", "42,40", "71,71", "55"),
    ("56", "Xã Ninh Hải", "46,96", "71,38", "56"),
    ("57", "Xã Khánh Sơn", "45,61", "71,05", "57"),
    ("58", "Phường Ba Ngòi", "43,04", "70,89", "58"),
    ("59", "Phường Nha Trang", "36,13", "70,76", "59"),
    ("60", "Xã Ninh Tây", "44,92", "69,90", "60"),
    ("61", "Xã Phước Hà", "30,33", "69,13", "61"),
    ("62", "Xã Suối Hiệp", "40,73", "69,08", "62"),
    ("63", "Xã Tân Định", "31,83", "68,36", "63"),
    ("64", "Xã Trung Khánh Vĩnh", "31,46", "68,06", "64"),
    ("65", "Xã Nam Cam Ranh", "42,75", "67,71", "65"),
]


_DEC_812 = [
    ("1", "Xã Bác Ái Đông", "82,06", "94,97", "1", "+3"),
    ("2", "Phường Phan Rang", "96,52", "94,73", "2", "-1"),
    ("3", "Phường Đô Vinh", "82,18", "93,91", "3", "0"),
    ("4", "Xã Ninh Phước", "83,60", "93,26", "4", "+1"),
    ("5", "Phường Bắc Nha Trang", "80,46", "89,86", "5", "-3"),
    ("6", "Xã Bắc Khánh Vĩnh", "80,51", "89,16", "6", "0"),
    ("7", "Xã Lâm Sơn", "60,56", "88,72", "7", "+3"),
    ("8", "Phường Đông Hải", "80,61", "87,95", "8", "-1"),
    ("9", "Xã Phước Dinh", "66,27", "87,93", "9", "+2"),
    ("10", "Xã Vạn Hưng", "61,79", "87,86", "10", "-1"),
    ("11", "Xã Vạn Ninh", "73,57", "86,77", "11", "+7"),
    ("12", "Xã Vĩnh Hải", "77,97", "86,44", "12", "+3"),
    ("13", "Xã Xuân Hải", "73,71", "86,18", "13", "+3"),
    ("14", "Xã Nam Ninh Hòa", "70,79", "85,83", "14", "-6"),
    ("15", "Phường Ninh Hòa", "50,44", "85,08", "15", "+11"),
    ("16", "Xã Phước Hậu", "88,22", "85,02", "16", "+3"),
    ("17", "Xã Hòa Trí", "69,56", "84,20", "17", "-4"),
    ("18", "Xã Công Hải", "66,06", "84,13", "18", "+3"),
    ("19", "Xã Bắc Ninh Hòa", "76,66", "84,11", "19", "+4"),
    ("20", "Xã Cam An", "78,91", "84,06", "20", "-8"),
    ("21", "Xã Phước Hữu", "52,04", "83,95", "21", "+10"),
    ("22", "Xã Ninh Sơn", "69,81", "83,93", "22", "+2"),
    ("23", "Xã Bác Ái Tây", "65,76", "83,41", "23", "+5"),
    ("24", "Phường Bảo An", "72,49", "82,40", "24", "+5"),
    ("25", "Xã Khánh Vĩnh", "79,75", "81,77", "25", "-11"),
    ("26", "Đặc khu Trường Sa", "72,82", "81,75", "26", "-9"),
    ("27", "Xã Tây Khánh Sơn", "70,83", "81,53", "27", "+13"),
    ("28", "Phường Hòa Thắng", "63,12", "81,47", "28", "-8"),
    ("29", "Xã Diên Điền", "59,92", "81,17", "29", "-2"),
    ("30", "Xã Mỹ Sơn", "67,98", "80,74", "30", "-8"),
    ("31", "Phường Ninh Chử", "65,22", "80,18", "31", "-1"),
    ("32", "Xã Anh Dũng", "62,60", "79,69", "32", "-7"),
    ("33", "Xã Diên Lâm", "49,98", "79,51", "33", "+14"),
    ("34", "Xã Diên Khánh", "49,86", "79,31", "34", "+5"),
    ("35", "Xã Đại Lãnh", "75,64", "78,75", "35", "-3"),
    ("36", "Phường Nam Nha Trang", "61,25", "78,65", "36", "-1"),
    ("37", "Xã Nam Khánh Vĩnh", "66,69", "78,63", "37", "+5"),
    ("38", "Xã Diên Lạc", "55,86", "78,26", "38", "+14"),
    ("39", "Phường Tây Nha Trang", "66,90", "78,23", "39", "-1"),
    ("40", "Xã Suối Dầu", "56,80", "78,20", "40", "+4"),
    ("41", "Xã Tây Khánh Vĩnh", "61,16", "78,06", "41", "-8"),
    ("42", "Xã Cà Ná", "57,24", "78,02", "42", "+4"),
    ("43", "Xã Thuận Nam", "54,95", "77,90", "43", "-9"),
    ("44", "Xã Diên Thọ", "64,27", "77,73", "44", "-8"),
    ("45", "Xã Thuận Bắc", "41,24", "77,32", "45", "+6"),
    ("46", "Xã Vạn Thắng", "63,68", "76,81", "46", "+4"),
    ("47", "Phường Cam Ranh", "51,19", "76,77", "47", "-4"),
    ("48", "Xã Đông Khánh Sơn", "61,39", "76,52", "48", "-11"),
    ("49", "Phường Cam Linh", "54,93", "76,14", "49", "-8"),
    ("50", "Xã Cam Hiệp", "56,82", "74,46", "50", "-5"),
    ("51", "Phường Nha Trang", "44,45", "74,26", "51", "+8"),
    ("52", "Xã Cam Lâm", "58,01", "73,53", "52", "+2"),
    ("53", "Phường Bắc Cam Ranh", "52,57", "73,43", "53", "0"),
    ("54", "Xã Tu Bông", "47,59", "73,39", "54", "-6"),
    ("55", "Phường Đông Ninh Hòa", "46,83", "73,27", "55", "-6"),
    ("56", "Xã Ninh Hải", "52,95", "73,24", "56", "0"),
    ("57", "Xã Khánh Sơn", "52,26", "73,23", "57", "0"),
    ("58", "Xã Ninh Tây", "55,71", "72,27", "58", "+2"),
    ("59", "Xã Nam Cam Ranh", "43,06", "72,11", "59", "+6"),
    ("60", "Xã Bác Ái", "48,25", "70,57", "60", "-5"),
    ("61", "Phường Ba Ngòi", "48,25", "70,19", "61", "-3"),
    ("62", "Xã Suối Hiệp", "43,15", "69,62", "62", "0"),
    ("63", "Xã Tân Định", "41,99", "68,66", "63", "0"),
    ("64", "Xã Phước Hà", "30,36", "68,35", "64", "-3"),
    ("65", "Xã Trung Khánh Vĩnh", "30,96", "68,08", "65", "-1"),
]


_CLUSTERS_813 = [
    ("Cụm trung tâm", [
        ("Phường Tô Hiệu", "4.230", "54,84", "97,85", "36,70"),
        ("Phường Chiềng An", "3.338", "93,92", "96,59", "76,55"),
        ("Phường Chiềng Cơi", "5.531", "86,25", "99,93", "79,73"),
        ("Phường Chiềng Sinh", "5.105", "78,75", "97,98", "56,55"),
        ("Xã Chiềng Mung", "3.571", "83,77", "96,84", "72,82"),
        ("Xã Mai Sơn", "3.430", "78,30", "100", "60,83"),
        ("Xã Chiềng Mai", "1.057", "50,81", "100", "40,69"),
        ("Xã Mường Chanh", "3.357", "48,21", "97,79", "35,25"),
        ("Xã Phiêng Pằn", "946", "46,73", "100", "33,46"),
        ("Xã Nà Bó", "3.067", "77,63", "98,10", "68,34"),
        ("Xã Chiềng Sung", "3.462", "46,92", "98,25", "34,90"),
        ("Xã Phiêng Cằm", "3.153", "78,84", "99,41", "60,06"),
        ("Xã Tà Hộc", "2.008", "77,34", "97,55", "66,00"),
        ("Xã Mường Bằng", "1.963", "72,80", "97,44", "61,20"),
        ("Xã Chiềng Ngần", "1.178", "73,17", "99,84", "58,86"),
        ("Xã Hua La", "3.314", "67,59", "97,92", "53,50"),
        ("Xã Chiềng Cọ", "2.208", "72,42", "99,41", "63,41"),
    ], ("50.918", "72,07", "98,39", "58,16")),
    ("Cụm phía Đông", [
        ("Phường Mộc Châu", "5.486", "53,17", "99,61", "42,74"),
        ("Phường Mộc Sơn", "6.538", "82,36", "99,06", "70,76"),
        ("Phường Vân Sơn", "6.263", "61,88", "99,43", "45,73"),
        ("Phường Thảo Nguyên", "4.085", "79,33", "97,43", "70,65"),
        ("Xã Vân Hồ", "3.344", "42,68", "97,60", "27,76"),
        ("Xã Xuân Nha", "2.045", "64,84", "96,84", "48,86"),
        ("Xã Tô Múa", "1.055", "46,83", "98,06", "37,75"),
        ("Xã Song Khủa", "872", "83,02", "99,70", "70,13"),
        ("Xã Lóng Sập", "1.447", "74,99", "96,99", "71,09"),
        ("Xã Chiềng Sơn", "1.052", "53,20", "97,11", "39,06"),
        ("Xã Tân Yên", "1.556", "63,37", "96,81", "55,47"),
        ("Xã Đoàn Kết", "2.904", "51,43", "99,92", "40,92"),
        ("Xã Lóng Luông", "3.356", "63,88", "97,78", "41,87"),
        ("Xã Yên Châu", "1.270", "69,50", "99,11", "46,38"),
        ("Xã Chiềng Hặc", "2.026", "62,45", "97,57", "41,49"),
        ("Xã Lóng Phiêng", "1.626", "67,56", "97,98", "56,73"),
        ("Xã Yên Sơn", "641", "81,77", "98,52", "76,11"),
        ("Xã Phiêng Khoài", "3.119", "82,82", "99,47", "75,94"),
    ], ("48.685", "65,75", "98,54", "52,92")),
    ("Cụm phía Bắc", [
        ("Xã Mường Bú", "1.381", "51,14", "96,89", "39,84"),
        ("Xã Mường Chùm", "1.458", "56,29", "96,77", "36,23"),
        ("Xã Ít Ong", "2.189", "50,99", "100", "33,42"),
        ("Xã Mường La", "1.274", "57,14", "98,46", "43,99"),
        ("Xã Chiềng Lao", "3.112", "80,03", "97,22", "72,48"),
        ("Xã Ngọc Chiến", "865", "56,74", "100", "35,55"),
        ("Xã Quỳnh Nhai", "2.809", "80,03", "100", "65,24"),
        ("Xã Mường Giôn", "2.386", "50,43", "99,97", "38,06"),
        ("Xã Mường Sại", "3.509", "63,18", "96,66", "46,03"),
        ("Xã Thuận Châu", "2.780", "63,15", "99,53", "57,13"),
        ("Xã Chiềng Pấc", "1.419", "49,97", "99,58", "26,92"),
        ("Xã Co Mạ", "2.308", "69,44", "98,28", "59,75"),
        ("Xã Long Hẹ", "1.586", "57,20", "99,14", "34,45"),
        ("Xã Mường É", "1.290", "57,85", "99,55", "53,68"),
        ("Xã Chiềng La", "2.548", "84,28", "99,48", "64,89"),
        ("Xã Nậm Lầu", "3.484", "49,43", "98,09", "41,26"),
        ("Xã Muổi Nọi", "878", "66,11", "98,92", "54,07"),
        ("Xã Mường Khiêng", "1.587", "47,44", "100", "34,01"),
        ("Xã Tông Lạnh", "2.811", "80,46", "96,68", "71,61"),
        ("Xã Bó Mười", "2.987", "54,56", "98,12", "48,84"),
    ], ("42.661", "62,90", "98,52", "50,29")),
    ("Cụm vùng cao, biên giới", [
        ("Xã Bắc Yên", "2.991", "73,29", "99,27", "62,46"),
        ("Xã Tà Xùa", "2.079", "46,54", "100", "23,62"),
        ("Xã Tạ Khoa", "1.184", "56,42", "97,68", "43,32"),
        ("Xã Xím Vàng", "1.161", "73,58", "99,54", "69,13"),
        ("Xã Pắc Ngà", "662", "58,98", "99,02", "43,32"),
        ("Xã Chiềng Sại", "3.587", "52,19", "98,97", "41,26"),
        ("Xã Phù Yên", "1.090", "71,74", "97,20", "54,96"),
        ("Xã Gia Phù", "1.815", "59,66", "99,34", "41,12"),
        ("Xã Tường Hạ", "1.812", "74,06", "97,35", "55,85"),
        ("Xã Mường Cơi", "2.662", "44,66", "99,80", "22,65"),
        ("Xã Mường Bang", "2.088", "54,04", "97,78", "34,31"),
        ("Xã Kim Bon", "2.842", "45,64", "98,85", "36,50"),
        ("Xã Sông Mã", "2.397", "63,20", "98,83", "46,55"),
        ("Xã Bó Sinh", "3.066", "74,03", "98,09", "56,21"),
        ("Xã Mường Lầm", "1.727", "71,64", "98,70", "49,31"),
        ("Xã Nậm Ty", "2.940", "62,54", "97,61", "48,52"),
        ("Xã Chiềng Khương", "3.153", "71,57", "96,54", "54,54"),
        ("Xã Mường Hung", "2.262", "36,08", "97,09", "18,40"),
        ("Xã Huổi Một", "1.881", "58,53", "99,28", "43,32"),
        ("Xã Sốp Cộp", "3.507", "71,15", "99,78", "58,71"),
    ], ("44.906", "60,78", "98,56", "45,17")),
]
_TOTAL_813 = ("187.170", "65,63", "98,50", "51,88")


_UNITS_814 = [
    ("phường Tân Giang", "89,94"),
    ("xã Phan Thanh", "88,92"),
    ("xã Cần Yên", "88,90"),
    ("xã Lũng Nặm", "87,74"),
    ("xã Đức Long", "87,40"),
    ("xã Tĩnh Túc", "87,21"),
    ("xã Quảng Uyên", "87,02"),
    ("xã Nam Tuấn", "86,79"),
    ("xã Hạ Lang", "86,40"),
    ("xã Ca Thành", "85,05"),
    ("phường Thục Phán", "84,02"),
    ("xã Bạch Đằng", "83,94"),
    ("xã Xuân Trường", "82,61"),
    ("xã Lý Bôn", "82,13"),
    ("xã Khánh Xuân", "82,12"),
    ("xã Quang Hán", "80,57"),
    ("xã Minh Khai", "80,10"),
    ("xã Tam Kim", "80,09"),
    ("xã Hưng Đạo", "80,04"),
    ("xã Thanh Long", "79,55"),
    ("xã Quảng Lâm", "78,96"),
    ("xã Thạch An", "78,75"),
    ("xã Trà Lĩnh", "78,73"),
    ("xã Bảo Lâm", "77,39"),
    ("xã Huy Giáp", "77,38"),
    ("xã Quang Long", "76,85"),
    ("xã Bế Văn Đàn", "76,83"),
    ("xã Yên Thổ", "76,35"),
    ("xã Đàm Thủy", "75,88"),
    ("xã Sơn Lộ", "75,82"),
    ("xã Nguyễn Huệ", "75,72"),
    ("xã Tổng Cọt", "75,47"),
    ("xã Trường Hà", "75,31"),
    ("xã Cách Linh", "74,75"),
    ("xã Hòa An", "74,66"),
    ("xã Cốc Pàng", "73,87"),
    ("xã Trùng Khánh", "72,99"),
    ("xã Minh Tâm", "72,24"),
    ("xã Lý Quốc", "71,62"),
    ("phường Nùng Trí Cao", "71,15"),
    ("xã Canh Tân", "70,28"),
    ("xã Đình Phong", "69,33"),
    ("xã Vinh Quý", "69,12"),
    ("xã Hòa Thuận", "68,92"),
    ("xã Kim Đồng", "66,17"),
    ("xã Phục Hòa", "65,95"),
    ("xã Nam Quang", "65,79"),
    ("xã Thông Nông", "65,53"),
    ("xã Hà Quảng", "65,00"),
    ("xã Đức Hồng", "64,89"),
    ("xã Đông Khê", "64,86"),
    ("xã Cô Ba", "63,89"),
    ("xã Bảo Lạc", "63,67"),
    ("xã Nguyên Bình", "63,00"),
    ("xã Thành Công", "62,41"),
    ("xã Quang Trung", "62,21"),
]


# ------------------------------------------------------------ 810: Văn phòng UBND tỉnh Lạng Sơn, Thông báo tháng 11 năm
# 2025 (a Markdown appendix ranking all 65 communes and wards, six group scores, total and rank, an average row)
_OCT_2025 = "2025-10-31"
_MAXIMA_810 = [18, 20, 12, 10, 22, 18, 100]
_AVERAGE_810 = ("", "Bình quân cấp xã", "16,15", "18,39", "9,26", "7,09", "17,13", "16,17", "84,19", "")


def _units_810() -> list[Fact]:
    """The appendix: each unit as the row writes it (level xã), the group scores and the total with their column's
    maximum, the rank with the maximum 65 (codes unchecked: a unit's own result); the average row subject unchecked."""
    facts = []
    rows = [*_UNITS_810, _AVERAGE_810]
    for i, row in enumerate(rows):
        after = _md_line(rows[i + 1][:2]) if i + 1 < len(rows) else None
        cells: list[Cell] = [(raw, "điểm", P, ANY, top) for raw, top in zip(row[2:9], _MAXIMA_810, strict=True)]
        if row[9]:
            cells.append((row[9], "hạng", R, ANY, 65))
        who = _unit(row[1]) if row[0] else _IN_XA
        facts += _cells(_md_line(row), " | ", after, who, cells)
    return facts


BLIND_810 = [
    # 1. the province's result of tháng 11/2025 (October in brackets), files, payment against the year's target
    _prov("đạt 83,72/100", "83,72/100", 83.72, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 16/34", "16/34", 16, "hạng", R, max_value=34, code=_HANG),
    _prov("(81,96 điểm", "81,96", 81.96, "điểm", PR, max_value=100, as_of=_OCT_2025, code=_TONG),
    _prov("xếp thứ 20/34)", "20/34", 20, "hạng", PR, max_value=34, as_of=_OCT_2025, code=_HANG),
    _prov("tăng 1,76 điểm", "1,76", 1.76, "điểm", CH, code=_TONG),
    _prov("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    _prov("tiếp nhận 41.286 hồ sơ", "41.286", 41286, "hồ sơ", C, code=_TN),
    _prov("trực tuyến 29.418 hồ sơ", "29.418", 29418, "hồ sơ", C, code=_NOP),
    _prov("chiếm 71,25%", "71,25%", 71.25, "%", code=_NOP),
    _prov("đạt 98,72%", "98,72%", 98.72, "%", code=_DH),
    _prov("đạt 61,34%", "61,34%", 61.34, "%", code=_TT, target=65, stated_status="chưa đạt"),
    _prov("2025 là 65%", "65%", 65, "%", T, as_of="2025-12-31", code=_TT),
    # 2.1 the communes, their average (October in brackets), the blocks
    F("có 65 đơn vị", "65", 65, "đơn vị", C, code=None, **_XA),
    F("(61 xã", "61", 61, "xã", C, code=None, **_IN_XA),
    F("04 phường)", "04", 4, "phường", C, code=None, **_IN_XA),
    F("đạt 84,19 điểm", "84,19", 84.19, "điểm", code=ANY, **_IN_XA),
    F("(tháng 10/2025: 82,47 điểm)", "82,47", 82.47, "điểm", PR, as_of=_OCT_2025, code=ANY, **_IN_XA),
    F("tăng 1,72 điểm", "1,72", 1.72, "điểm", CH, code=ANY, **_IN_XA),
    F("89,62 điểm;", "89,62", 89.62, "điểm", code=ANY, **_IN_XA),
    F("đạt 83,84 điểm", "83,84", 83.84, "điểm", code=ANY, **_IN_XA),
    F("khối phường 5,78 điểm", "5,78", -5.78, "điểm", CH, code=ANY, **_IN_XA),
    # 2.2 grades (a dash list)
    F("Tốt: 21 đơn vị", "21", 21, "đơn vị", C, code=None, **_IN_XA),
    F("chiếm 32,31%", "32,31%", 32.31, "%", code=ANY, **_IN_XA),
    F("Khá: 20 đơn vị", "20", 20, "đơn vị", C, code=None, **_IN_XA),
    F("chiếm 30,77%", "30,77%", 30.77, "%", code=ANY, **_IN_XA),
    F("Trung bình: 23 đơn vị", "23", 23, "đơn vị", C, code=None, **_IN_XA),
    F("chiếm 35,38%", "35,38%", 35.38, "%", code=ANY, **_IN_XA),
    F("Yếu: 01 đơn vị", "01", 1, "đơn vị", C, code=None, **_IN_XA),
    F("chiếm 1,54%", "1,54%", 1.54, "%", code=ANY, **_IN_XA),
    # 2.3 the first three and the last three, quoted from the table
    F("(95,88 điểm)", "95,88", 95.88, "điểm", code=ANY, **_unit("xã Vân Nham")),
    F("(95,83 điểm)", "95,83", 95.83, "điểm", code=ANY, **_unit("phường Tam Thanh")),
    F("(94,94 điểm)", "94,94", 94.94, "điểm", code=ANY, **_unit("xã Hoàng Văn Thụ")),
    F("tăng 7 bậc", "7", 7, "hạng", CH, code=ANY, **_unit("xã Vân Nham")),
    F("(69,85 điểm", "69,85", 69.85, "điểm", code=ANY, **_unit("xã Điềm He")),
    F("xếp thứ 65/65)", "65/65", 65, "hạng", R, max_value=65, code=ANY, **_unit("xã Điềm He")),
    F("(70,31 điểm)", "70,31", 70.31, "điểm", code=ANY, **_unit("xã Bính Xá")),
    F("(73,77 điểm)", "73,77", 73.77, "điểm", code=ANY, **_unit("xã Bắc Xa")),
    # 2.4 three group averages of the communes, the count under a threshold
    F("đạt 16,15/18", "16,15/18", 16.15, "điểm", max_value=18, code="766.cong_khai", **_IN_XA),
    F("đạt 7,09/10", "7,09/10", 7.09, "điểm", max_value=10, code="766.thanh_toan", **_IN_XA),
    F("đạt 17,13/22", "17,13/22", 17.13, "điểm", max_value=22, code="766.so_hoa", **_IN_XA),
    F("Có 16/65", "16/65", 16, "xã", C, max_value=65, code=None, **_IN_XA),
    F("dưới 15 điểm", "15", 15, "điểm", T, code=ANY, **_IN_XA),
    # 3.2 the communes' target for quý I năm 2026
    F("tối thiểu 65%", "65%", 65, "%", T, as_of="2026-03-31", code=_TT, **_IN_XA),
    # Phụ lục
    *_units_810(),
]


# ------------------------------------------------------------ 811: UBND tỉnh Hà Tĩnh, quý III năm 2025 (a tab-separated
# appendix of the 69 communes grouped by former district, a "Cộng" row per group and a "Tổng cộng" row)
_Q2_2025 = "2025-06-30"
_TOTAL_811 = ("", "Tổng cộng", "171.108", "104.368", "61,00", "98,87")
_CODES_811 = [("hồ sơ", _TN), ("hồ sơ", _NOP), ("%", _NOP), ("%", _DH)]


def _lines_811() -> list[tuple[tuple[str, ...], dict]]:
    """The table's numeric rows in order with who they are about (group rows hold no figure)."""
    rows = []
    for _roman, _name, units, subtotal in _AREAS_811:
        rows += [(unit, _unit(unit[1])) for unit in units]
        rows.append((subtotal, _IN_XA))
    rows.append((_TOTAL_811, _XA))
    return rows


def _next_line_811(i: int, rows: list) -> str | None:
    """The line after the i-th numeric row: the next row, or the next group's row after a "Cộng" (None after the
    last)."""
    if rows[i][0][1] == "Cộng":
        group = [row[0][1] for row in rows[:i + 1]].count("Cộng")
        if group < len(_AREAS_811):
            roman, name, _units, _sub = _AREAS_811[group]
            return f"{roman}\t{name}"
    if i + 1 < len(rows):
        return "\t".join(rows[i + 1][0])
    return None


def _areas_811() -> list[Fact]:
    """Every numeric cell of the appendix: files received, of which online, the online share and the on-time share."""
    facts = []
    rows = _lines_811()
    for i, (row, who) in enumerate(rows):
        cells: list[Cell] = [(raw, unit, P, code, None) for raw, (unit, code) in zip(row[2:], _CODES_811, strict=True)]
        facts += _cells("\t".join(row), "\t", _next_line_811(i, rows), who, cells)
    return facts


BLIND_811 = [
    # I.1 decisions, procedures by level, published
    _prov("ban hành 09 quyết định", "09", 9, "quyết định", C, code=None),
    _prov("danh mục 312 TTHC", "312", 312, "TTHC", C, code=ANY),
    _prov("là 1.986 TTHC", "1.986", 1986, "TTHC", C, code=ANY),
    F("cấp tỉnh 1.612 TTHC", "1.612", 1612, "TTHC", C, code=ANY, **_TINH),
    F("cấp xã 374 TTHC", "374", 374, "TTHC", C, code=ANY, **_XA),
    _prov("; 100% TTHC", "100%", 100, "%", code=ANY),
    # I.2 files (quý II in brackets) by level, online by level after "lần lượt là", on time, overdue
    _prov("tiếp nhận 217.920 hồ sơ", "217.920", 217920, "hồ sơ", C, code=_TN),
    _prov("(quý II năm 2025: 198.406 hồ sơ)", "198.406", 198406, "hồ sơ", PR, as_of=_Q2_2025, code=_TN),
    _prov("tăng 19.514 hồ sơ", "19.514", 19514, "hồ sơ", CH, code=ANY),
    _prov("tăng 9,84%", "9,84%", 9.84, "%", CH, code=ANY),
    F("cấp tỉnh 46.812 hồ sơ", "46.812", 46812, "hồ sơ", C, code=_TN, **_TINH),
    F("cấp xã 171.108 hồ sơ", "171.108", 171108, "hồ sơ", C, code=_TN, **_XA),
    _prov("142.582 hồ sơ", "142.582", 142582, "hồ sơ", C, code=_NOP),
    _prov("chiếm 65,43%", "65,43%", 65.43, "%", code=_NOP),
    F("là 81,63%", "81,63%", 81.63, "%", code=_NOP, **_TINH),
    F("61,00%. Tỷ lệ", "61,00%", 61, "%", code=_NOP, **_XA),
    _prov("toàn tỉnh đạt 98,94%", "98,94%", 98.94, "%", code=_DH),
    F("cấp xã đạt 98,87%", "98,87%", 98.87, "%", code=_DH, **_XA),
    _prov("quá hạn 2.148", "2.148", 2148, "hồ sơ", C, code=_QH),
    F("(1.612 hồ sơ)", "1.612", 1612, "hồ sơ", C, code=_QH, **_OPEN),
    # I.3 the communes, the former districts (their communes: level xã) and units quoted from the table
    F("có 69 đơn vị", "69", 69, "đơn vị", C, code=None, **_XA),
    F("(60 xã", "60", 60, "xã", C, code=None, **_IN_XA),
    F("09 phường)", "09", 9, "phường", C, code=None, **_IN_XA),
    F("từ 13 huyện", "13", 13, "huyện", C, code=None, **_IN_HUYEN),
    F("(79,83%)", "79,83%", 79.83, "%", code=_NOP, **_IN_XA),
    F("với 75,59%", "75,59%", 75.59, "%", code=_NOP, **_IN_XA),
    F("45,00% và", "45,00%", 45, "%", code=_NOP, **_IN_XA),
    F("với 50,32%", "50,32%", 50.32, "%", code=_NOP, **_IN_XA),
    F("nhất, 22.339 hồ sơ", "22.339", 22339, "hồ sơ", C, code=_TN, **_IN_XA),
    F("(88,66%)", "88,66%", 88.66, "%", code=_NOP, **_unit("phường Trần Phú")),
    F("(87,04%)", "87,04%", 87.04, "%", code=_NOP, **_unit("phường Sông Trí")),
    F("(32,18%)", "32,18%", 32.18, "%", code=_NOP, **_unit("xã Mai Hoa")),
    F("(33,15%)", "33,15%", 33.15, "%", code=_NOP, **_unit("xã Kỳ Xuân")),
    F("(5.166 hồ sơ)", "5.166", 5166, "hồ sơ", C, code=_TN, **_unit("Phường Hải Ninh")),
    F("(915 hồ sơ)", "915", 915, "hồ sơ", C, code=_TN, **_unit("xã Lưu Vĩnh Sơn")),
    F("Còn 19/69", "19/69", 19, "xã", C, max_value=69, code=None, **_IN_XA),
    F("dưới 50%", "50%", 50, "%", T, code=ANY, **_IN_XA),
    F("; 12 đơn vị", "12", 12, "đơn vị", C, code=None, **_IN_XA),
    F("dưới 98%", "98%", 98, "%", T, code=ANY, **_IN_XA),
    F("khi 11 đơn vị", "11", 11, "đơn vị", C, code=None, **_IN_XA),
    F("đạt 100%.", "100%", 100, "%", code=ANY, **_IN_XA),
    # I.4 payment (quý II in brackets), the communes' share against their target, digitisation, e-results
    _prov("toàn tỉnh đạt 58,46%", "58,46%", 58.46, "%", code=_TT),
    _prov("(quý II năm 2025: 49,82%)", "49,82%", 49.82, "%", PR, as_of=_Q2_2025, code=_TT),
    _prov("tăng 8,64", "8,64", 8.64, "%", CH, code=ANY),
    F("cấp xã đạt 52,18%", "52,18%", 52.18, "%", code=_TT, target=60, stated_status="chưa đạt", **_XA),
    F("năm 2025 là 60%", "60%", 60, "%", T, as_of="2025-12-31", code=_TT, **_XA),
    _prov("đạt 86,34%", "86,34%", 86.34, "%", code=_SH),
    _prov("đạt 94,12%", "94,12%", 94.12, "%", code=_KQ),
    # I.5 the 766 result of tháng 9/2025 (June before the merger in brackets, ranked among 63), the communes
    _prov("đạt 84,26/100", "84,26/100", 84.26, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 12/34", "12/34", 12, "hạng", R, max_value=34, code=_HANG),
    _prov("80,14 điểm", "80,14", 80.14, "điểm", PR, max_value=100, as_of=_Q2_2025, code=_TONG),
    _prov("xếp thứ 23/63)", "23/63", 23, "hạng", PR, max_value=63, as_of=_Q2_2025, code=_HANG),
    _prov("tăng 4,12 điểm", "4,12", 4.12, "điểm", CH, code=_TONG),
    F("80,62 điểm;", "80,62", 80.62, "điểm", code=ANY, **_IN_XA),
    F("có 17 đơn vị", "17", 17, "đơn vị", C, code=None, **_IN_XA),
    F("38 đơn vị", "38", 38, "đơn vị", C, code=None, **_IN_XA),
    F("14 đơn vị", "14", 14, "đơn vị", C, code=None, **_IN_XA),
    # II.1 the target of two former districts' communes for quý IV năm 2025
    F("tối thiểu 55%", "55%", 55, "%", T, as_of="2025-12-31", code=_NOP, **_IN_XA),
    # Phụ lục
    *_areas_811(),
]


# ------------------------------------------------------------ 812: Văn phòng UBND tỉnh Khánh Hòa, quý IV năm 2025 (two
# Markdown appendices of the same 65 units at 30/9/2025 and 31/12/2025, a signed rank-change column)
_SEP_2025 = "2025-09-30"


def _tables_812() -> list[Fact]:
    """Phụ lục I (dated 2025-09-30) and Phụ lục II (the period's end): the payment share, the score (no maximum written)
    and the rank (kind rank, no maximum), and in II the signed rank change (kind change in `hạng`)."""
    facts = []
    for i, row in enumerate(_SEP_812):
        after = _md_line(_SEP_812[i + 1][:2]) if i + 1 < len(_SEP_812) else ""
        cells: list[Cell] = [(row[2], "%", P, _TT, None), (row[3], "điểm", P, ANY, None),
                             (row[4], "hạng", R, ANY, None)]
        facts += _cells(_md_line(row), " | ", after, _unit(row[1]), cells, as_of=_SEP_2025)
    for i, row in enumerate(_DEC_812):
        after = _md_line(_DEC_812[i + 1][:2]) if i + 1 < len(_DEC_812) else None
        cells = [(row[2], "%", P, _TT, None), (row[3], "điểm", P, ANY, None), (row[4], "hạng", R, ANY, None),
                 (row[5], "hạng", CH, ANY, None)]
        facts += _cells(_md_line(row), " | ", after, _unit(row[1]), cells)
    return facts


BLIND_812 = [
    # I. the province's result of tháng 12/2025 (September in brackets), files, payment against the year's target
    _prov("đạt 85,14/100", "85,14/100", 85.14, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 11/34", "11/34", 11, "hạng", R, max_value=34, code=_HANG),
    _prov("82,36 điểm", "82,36", 82.36, "điểm", PR, max_value=100, as_of=_SEP_2025, code=_TONG),
    _prov("xếp thứ 18/34)", "18/34", 18, "hạng", PR, max_value=34, as_of=_SEP_2025, code=_HANG),
    _prov("tăng 2,78 điểm", "2,78", 2.78, "điểm", CH, code=_TONG),
    _prov("tăng 7 bậc", "7", 7, "hạng", CH, code=_HANG),
    _prov("96.418 hồ sơ", "96.418", 96418, "hồ sơ", C, code=_TN),
    _prov("trực tuyến 68.214 hồ sơ", "68.214", 68214, "hồ sơ", C, code=_NOP),
    _prov("chiếm 70,75%", "70,75%", 70.75, "%", code=_NOP),
    _prov("đạt 66,82%", "66,82%", 66.82, "%", code=_TT, target=70, stated_status="chưa đạt"),
    _prov("năm 2025 là 70%", "70%", 70, "%", T, as_of="2025-12-31", code=_TT),
    # II.1 the communes at the two dates
    F("có 65 đơn vị", "65", 65, "đơn vị", C, code=None, **_XA),
    F("gồm 48 xã", "48", 48, "xã", C, code=None, **_IN_XA),
    F("16 phường", "16", 16, "phường", C, code=None, **_IN_XA),
    F("01 đặc khu", "01", 1, "đặc khu", C, code=None, **_IN_XA),
    F("đạt 80,24 điểm", "80,24", 80.24, "điểm", code=ANY, **_IN_XA),
    F("tăng 1,83 điểm", "1,83", 1.83, "điểm", CH, code=ANY, **_IN_XA),
    F("(78,41", "78,41", 78.41, "điểm", PR, as_of=_SEP_2025, code=ANY, **_IN_XA),
    F("đạt 81,03 điểm", "81,03", 81.03, "điểm", code=ANY, **_IN_XA),
    F("đạt 79,98 điểm", "79,98", 79.98, "điểm", code=ANY, **_IN_XA),
    F("từ 90 điểm", "90", 90, "điểm", T, code=ANY, **_IN_XA),
    F("từ 01 đơn vị", "01", 1, "đơn vị", PR, as_of=_SEP_2025, code=None, **_IN_XA),
    F("lên 04 đơn vị", "04", 4, "đơn vị", C, code=None, **_IN_XA),
    F("dưới 70 điểm", "70", 70, "điểm", T, code=ANY, **_IN_XA),
    F("từ 06 đơn vị", "06", 6, "đơn vị", PR, as_of=_SEP_2025, code=None, **_IN_XA),
    F("còn 04 đơn vị", "04", 4, "đơn vị", C, code=None, **_IN_XA),
    F("đạt 62,29%", "62,29%", 62.29, "%", code=_TT, **_IN_XA),
    F("(ngày 30/9/2025: 56,12%)", "56,12%", 56.12, "%", PR, as_of=_SEP_2025, code=_TT, **_IN_XA),
    F("từ 60% trở lên", "60%", 60, "%", T, code=ANY, **_IN_XA),
    F("là 37/65", "37/65", 37, "đơn vị", C, max_value=65, code=None, **_IN_XA),
    F("(ngày 30/9/2025: 25/65)", "25/65", 25, "đơn vị", PR, max_value=65, as_of=_SEP_2025, code=None, **_IN_XA),
    # II.2 the first three and the last three at 31/12/2025, their moves
    F("(94,97 điểm)", "94,97", 94.97, "điểm", code=ANY, **_unit("xã Bác Ái Đông")),
    F("(94,73", "94,73", 94.73, "điểm", code=ANY, **_unit("phường Phan Rang")),
    F("(93,91 điểm)", "93,91", 93.91, "điểm", code=ANY, **_unit("phường Đô Vinh")),
    F("vị trí thứ 4", "4", 4, "hạng", PR, as_of=_SEP_2025, code=ANY, **_unit("Xã Bác Ái Đông")),
    F("vị trí thứ 1,", "1", 1, "hạng", R, code=ANY, **_unit("Xã Bác Ái Đông")),
    F("tăng 3 bậc", "3", 3, "hạng", CH, code=ANY, **_unit("Xã Bác Ái Đông")),
    F("(68,08 điểm", "68,08", 68.08, "điểm", code=ANY, **_unit("xã Trung Khánh Vĩnh")),
    F("xếp thứ 65/65)", "65/65", 65, "hạng", R, max_value=65, code=ANY, **_unit("xã Trung Khánh Vĩnh")),
    F("(68,35 điểm)", "68,35", 68.35, "điểm", code=ANY, **_unit("xã Phước Hà")),
    F("(68,66 điểm)", "68,66", 68.66, "điểm", code=ANY, **_unit("xã Tân Định")),
    F("giảm 3 bậc", "3", -3, "hạng", CH, code=ANY, **_unit("xã Phước Hà")),
    # II.3 units that moved
    F("Có 28 đơn vị", "28", 28, "đơn vị", C, code=None, **_IN_XA),
    F("30 đơn vị", "30", 30, "đơn vị", C, code=None, **_IN_XA),
    F("07 đơn vị", "07", 7, "đơn vị", C, code=None, **_IN_XA),
    F("(từ thứ 52", "52", 52, "hạng", PR, as_of=_SEP_2025, code=ANY, **_unit("xã Diên Lạc")),
    F("lên thứ 38)", "38", 38, "hạng", R, code=ANY, **_unit("xã Diên Lạc")),
    F("(từ thứ 47", "47", 47, "hạng", PR, as_of=_SEP_2025, code=ANY, **_unit("xã Diên Lâm")),
    F("lên thứ 33)", "33", 33, "hạng", R, code=ANY, **_unit("xã Diên Lâm")),
    F("tăng 14 bậc", "14", 14, "hạng", CH, code=ANY, **_IN_XA),
    F("giảm 11 bậc", "11", -11, "hạng", CH, code=ANY, **_IN_XA),
    # III.2 the communes' target for quý I năm 2026
    F("tối thiểu 70%", "70%", 70, "%", T, as_of="2026-03-31", code=_TT, **_IN_XA),
    # Phụ lục I and II
    *_tables_812(),
]


# ------------------------------------------------------------ 813: UBND tỉnh Sơn La, 6 tháng cuối năm 2025 (a table
# laid out with runs of spaces, 75 communes in four clusters, a "Cộng cụm …" row per cluster and "Tổng cộng cấp xã")
_ROMAN_813 = ["I", "II", "III", "IV"]
_CODES_813 = [("hồ sơ", _TN), ("%", _NOP), ("%", _DH), ("%", _TT)]


def _layout_813(stt: str, name: str, cells: tuple[str, ...]) -> str:
    """A row of the appendix as the file lays it out (right-aligned number columns)."""
    received, online, on_time, payment = cells
    return f"{stt:>4}   {name:<34}{received:>9}{online:>13}{on_time:>12}{payment:>14}"


def _layout_cells(line: str, after: str, who: dict) -> list[Fact]:
    """The four numeric cells of a laid-out row (the last four space-separated fields). A cell's context is the cell,
    the rest of its row and the next line."""
    fields = list(re.finditer(r"\S+(?: \S+)*", line))[-4:]
    return [F(line[field.start():] + "\n" + after, field.group(), _num(field.group()), unit, P, code=code,
              extra=TAB, **who) for field, (unit, code) in zip(fields, _CODES_813, strict=True)]


def _clusters_813() -> list[Fact]:
    """Every numeric row of the appendix: communes as written (level xã), the clusters' "Cộng cụm …" rows (subject
    unchecked, level xã) and "Tổng cộng cấp xã" (`cấp xã`)."""
    lines: list[tuple[str, dict]] = []
    stt = 0
    for k, (name, units, subtotal) in enumerate(_CLUSTERS_813):
        lines.append((f"{_ROMAN_813[k]:>4}   {name}", {}))
        for unit in units:
            stt += 1
            lines.append((_layout_813(str(stt), unit[0], unit[1:]), _unit(unit[0])))
        lines.append((_layout_813("", "Cộng " + name[0].lower() + name[1:], subtotal), _IN_XA))
    lines.append((_layout_813("", "Tổng cộng cấp xã", _TOTAL_813), _XA))
    facts = []
    for i, (line, who) in enumerate(lines):
        if who:
            after = lines[i + 1][0] if i + 1 < len(lines) else ""
            facts += _layout_cells(line, after, who)
    return facts


BLIND_813 = [
    # I. the communes, the clusters, files by level
    F("có 75 đơn vị", "75", 75, "đơn vị", C, code=None, **_XA),
    F("(67 xã", "67", 67, "xã", C, code=None, **_IN_XA),
    F("08 phường)", "08", 8, "phường", C, code=None, **_IN_XA),
    F("thành 04 cụm", "04", 4, "cụm", C, code=None, **_IN_XA),
    _prov("tiếp nhận 248.612 hồ sơ", "248.612", 248612, "hồ sơ", C, code=_TN),
    F("cấp tỉnh 61.442", "61.442", 61442, "hồ sơ", C, code=_TN, **_TINH),
    F("cấp xã 187.170 hồ sơ", "187.170", 187170, "hồ sơ", C, code=_TN, **_XA),
    _prov("toàn tỉnh đạt 69,14%", "69,14%", 69.14, "%", code=_NOP),
    # II.1 the communes' shares, payment against their target
    F("đạt 65,63%", "65,63%", 65.63, "%", code=_NOP, **_XA),
    F("đạt 98,50%", "98,50%", 98.5, "%", code=_DH, **_XA),
    F("đạt 51,88%", "51,88%", 51.88, "%", code=_TT, target=50, stated_status="đạt", **_XA),
    F("năm 2025 là 50%", "50%", 50, "%", T, as_of="2025-12-31", code=_TT, **_XA),
    # II.2 the clusters quoted from the table ("tương ứng là")
    F("(72,07%)", "72,07%", 72.07, "%", code=_NOP, **_IN_XA),
    F("(58,16%)", "58,16%", 58.16, "%", code=_TT, **_IN_XA),
    F("là 60,78%", "60,78%", 60.78, "%", code=_NOP, **_IN_XA),
    F("và 45,17%", "45,17%", 45.17, "%", code=_TT, **_IN_XA),
    F("nhận 48.685 hồ sơ", "48.685", 48685, "hồ sơ", C, code=_TN, **_IN_XA),
    F("nhận 42.661 hồ sơ", "42.661", 42661, "hồ sơ", C, code=_TN, **_IN_XA),
    # II.3 units quoted from the table, counts under and over thresholds
    F("(79,73%)", "79,73%", 79.73, "%", code=_TT, **_unit("Phường Chiềng Cơi")),
    F("(76,55%)", "76,55%", 76.55, "%", code=_TT, **_unit("phường Chiềng An")),
    F("(76,11%)", "76,11%", 76.11, "%", code=_TT, **_unit("xã Yên Sơn")),
    F("(18,40%)", "18,40%", 18.4, "%", code=_TT, **_unit("xã Mường Hung")),
    F("(22,65%)", "22,65%", 22.65, "%", code=_TT, **_unit("xã Mường Cơi")),
    F("(23,62%)", "23,62%", 23.62, "%", code=_TT, **_unit("xã Tà Xùa")),
    F("(36,08%)", "36,08%", 36.08, "%", code=_NOP, **_unit("Xã Mường Hung")),
    F("Có 05 xã", "05", 5, "xã", C, code=None, **_IN_XA),
    F("dưới 30%", "30%", 30, "%", T, code=ANY, **_IN_XA),
    F("21/75", "21/75", 21, "xã", C, max_value=75, code=None, **_IN_XA),
    F("từ 60% trở lên", "60%", 60, "%", T, code=ANY, **_IN_XA),
    F("08 đơn", "08", 8, "đơn vị", C, code=None, **_IN_XA),
    F("đúng hạn 100% hồ sơ", "100%", 100, "%", code=ANY, **_IN_XA),
    # II.4 the 766 result of tháng 12/2025 (November's rank), the communes' average
    _prov("đạt 82,94/100", "82,94/100", 82.94, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 20/34", "20/34", 20, "hạng", R, max_value=34, code=_HANG),
    _prov("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _prov("(xếp thứ 23/34)", "23/34", 23, "hạng", PR, max_value=34, as_of="2025-11-30", code=_HANG),
    F("đạt 79,36 điểm", "79,36", 79.36, "điểm", code=ANY, **_IN_XA),
    # III.1 the target of a cluster's communes for quý II năm 2026
    F("thiểu 50% trong", "50%", 50, "%", T, as_of="2026-06-30", code=_TT, **_IN_XA),
    # Phụ lục
    *_clusters_813(),
]


# ------------------------------------------------------------ 814: UBND tỉnh Cao Bằng, Công văn after the results of
# tháng 10 năm 2025 (all 56 units listed by grade in prose, each score in brackets, brackets cut by the lines' ends)
_SEP_2025_814 = "2025-09-30"


def _units_814(text_cut: dict[str, str]) -> list[Fact]:
    """Each unit's score in brackets after its name (as written, level xã; code unchecked, no maximum). The context is
    the bracket "(89,94 điểm)", or "(86,40" where the line ends inside it."""
    facts = []
    for name, score in _UNITS_814:
        context = text_cut.get(score, f"({score} điểm)")
        facts.append(F(context, score, _num(score), "điểm", code=ANY, **_unit(name)))
    return facts


# brackets whose "điểm)" the line's end pushes to the next line
_CUT_814 = {score: f"({score}" for score in ("85,05", "80,10", "77,38", "73,87", "64,86")}

BLIND_814 = [
    # the province's result of tháng 10/2025 (September's rank), two group scores
    _prov("đạt 78,46/100", "78,46/100", 78.46, "điểm", max_value=100, code=_TONG),
    _prov("29/34 tỉnh", "29/34", 29, "hạng", R, max_value=34, code=_HANG),
    _prov("giảm 2 bậc", "2", -2, "hạng", CH, code=_HANG),
    _prov("(xếp thứ 27/34)", "27/34", 27, "hạng", PR, max_value=34, as_of=_SEP_2025_814, code=_HANG),
    _prov("đạt 5,12/10", "5,12/10", 5.12, "điểm", max_value=10, code="766.thanh_toan"),
    _prov("đạt 13,86/22", "13,86/22", 13.86, "điểm", max_value=22, code="766.so_hoa"),
    # the communes' average (September in brackets), blocks, grades with every unit's score
    F("của 56 xã", "56", 56, "xã", C, code=None, **_IN_XA),
    F("đạt 75,93 điểm", "75,93", 75.93, "điểm", code=ANY, **_IN_XA),
    F("(tháng 9/2025: 74,18 điểm)", "74,18", 74.18, "điểm", PR, as_of=_SEP_2025_814, code=ANY, **_IN_XA),
    F("81,70 điểm,", "81,70", 81.7, "điểm", code=ANY, **_IN_XA),
    F("đạt 75,61 điểm", "75,61", 75.61, "điểm", code=ANY, **_IN_XA),
    F("Khá: 19 đơn vị", "19", 19, "đơn vị", C, code=None, **_IN_XA),
    F("Trung bình: 22 đơn vị", "22", 22, "đơn vị", C, code=None, **_IN_XA),
    F("Yếu: 15 đơn vị", "15", 15, "đơn vị", C, code=None, **_IN_XA),
    *_units_814(_CUT_814),
    # the causes: the communes' payment and its gap (negative), digitisation, overdue files and two communes'
    F("mới đạt 38,64%", "38,64%", 38.64, "%", code=_TT, **_XA),
    F("toàn tỉnh 9,12", "9,12", -9.12, "%", CH, code=ANY, **_XA),
    F("đạt 52,36%", "52,36%", 52.36, "%", code=_SH, **_XA),
    F("còn 214 hồ", "214", 214, "hồ sơ", C, code=_QH, **_IN_XA),
    F("tại 23 xã", "23", 23, "xã", C, code=None, **_IN_XA),
    F("Trung 31 hồ sơ", "31", 31, "hồ sơ", C, code=_QH, **_unit("xã Quang Trung")),
    F("Công 26", "26", 26, "hồ sơ", C, code=_QH, **_unit("xã Thành Công")),
    # task 2: the quantity due by 30/11/2025 and the communes' target for quý I năm 2026
    F("dứt điểm 214 hồ sơ", "214", 214, "hồ sơ", T, as_of="2025-11-30", code=ANY, **_IN_XA),
    F("tối thiểu 50%", "50%", 50, "%", T, as_of="2026-03-31", code=_TT, **_IN_XA),
]

BLIND = {"810": BLIND_810, "811": BLIND_811, "812": BLIND_812, "813": BLIND_813, "814": BLIND_814}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "810": [
        ("2025-12-15", "day", "15/12/2025", "nguyên nhân", "UBND xã Điềm He, xã Bính Xá và xã Bắc Xa"),
        # "trong quý I\nnăm 2026": the quarter cut by the line's end
        ("2026-03-31", "quarter", "quý I", "thanh toán trực tuyến", "UBND các xã, phường"),
        ("2025-12-20", "day", "ngày hai mươi tháng 12 năm 2025", "chữ ký số", "Sở Khoa học và Công nghệ"),
        ("2026-01-31", "month", "tháng 01/2026", "tập huấn", "Trung tâm Phục vụ hành chính công tỉnh"),
        # issued 05/12/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/01/2026
        ("2026-01-03", "recurring", "03 hằng tháng", "tự đánh giá", "UBND các xã, phường"),
        ("2026-12-31", "year", "năm 2026", "hỗ trợ người dân", "Bưu điện tỉnh Lạng Sơn"),
    ],
    "811": [
        ("2025-12-31", "quarter", "quý IV năm 2025", "nộp hồ sơ", "UBND các xã thuộc khu vực huyện Hương Sơn (cũ) và "
                                                                   "huyện Hương Khê (cũ)"),
        ("2025-10-31", "day", "31/10/2025", "hồ sơ đất đai quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2025-11-15", "day", "ngày mười lăm tháng 11 năm 2025", "đồng bộ dữ liệu", "Sở Khoa học và Công nghệ"),
        ("2025-11-30", "month", "tháng 11/2025", "kiểm tra", "Văn phòng UBND tỉnh"),
        # issued 08/10/2025, before the 18th: the first "ngày 18 hằng tháng" is 18/10/2025
        ("2025-10-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các sở, ban, ngành và UBND các xã, phường"),
        ("2026-12-31", "year", "năm 2026", "đường truyền", "Viễn thông Hà Tĩnh"),
    ],
    "812": [
        ("2026-01-20", "day", "20/01/2026", "chỉ số bị trừ điểm",
         "UBND xã Trung Khánh Vĩnh, xã Phước Hà và xã Tân Định"),
        ("2026-03-31", "quarter", "quý I năm 2026", "thanh toán trực tuyến", "UBND các xã, phường, đặc khu"),
        ("2026-02-28", "day", "ngày hai mươi tám tháng 02 năm 2026", "biên lai điện tử", "Sở Khoa học và Công nghệ"),
        ("2026-03-31", "month", "tháng 3/2026", "đánh giá công chức", "Sở Nội vụ"),
        # issued 09/01/2026, after the 5th: the first "ngày 05 hằng tháng" is 05/02/2026
        ("2026-02-05", "recurring", "05 hằng tháng", "tự đánh giá", "UBND các xã, phường, đặc khu"),
        ("2026-12-31", "year", "năm 2026", "trả kết quả tại nhà", "Bưu điện tỉnh Khánh Hòa"),
    ],
    "813": [
        ("2026-06-30", "quarter", "quý II năm 2026", "thanh toán trực tuyến",
         "UBND các xã thuộc Cụm vùng cao, biên giới"),
        ("2026-01-31", "day", "31/01/2026", "nguyên nhân", "UBND xã Mường Hung, xã Mường Cơi và xã Tà Xùa"),
        ("2026-03-15", "day", "ngày mười lăm tháng 3 năm 2026", "ký số", "Sở Khoa học và Công nghệ"),
        ("2026-04-30", "month", "tháng 4/2026", "thi đua", "Sở Nội vụ"),
        # issued 12/01/2026, before the 20th: the first "ngày 20 hằng tháng" is 20/01/2026
        ("2026-01-20", "recurring", "20 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các sở, ban, ngành, UBND các xã, phường"),
        ("2026-12-31", "year", "năm 2026", "đường truyền", "Viễn thông Sơn La"),
    ],
    "814": [
        ("2025-11-25", "day", "25/11/2025", "kiểm điểm", "UBND các xã xếp loại Yếu"),
        ("2025-11-30", "day", "ngày ba mươi tháng 11", "hồ sơ quá hạn", "UBND các xã, phường"),
        # "trong quý I năm\n2026": the quarter cut by the line's end
        ("2026-03-31", "quarter", "quý I", "thanh toán trực tuyến", "UBND các xã, phường"),
        ("2025-12-31", "month", "tháng 12/2025", "cán bộ kỹ thuật", "Sở Khoa học và Công nghệ"),
        # issued 12/11/2025, after the 10th: the first "ngày 10 hằng tháng" is 10/12/2025
        ("2025-12-10", "recurring", "hằng tháng", "tổng hợp kết quả", "Văn phòng UBND tỉnh"),
        ("2026-12-31", "year", "năm 2026", "thanh toán trực tuyến", "Bưu điện tỉnh Cao Bằng"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind144.py's META).
META = {
    "810": {"doc_number": "418/TB-VP", "doc_type": "Thông báo", "issued_date": "2025-12-05",
            "province": "Lạng Sơn", "period_label": "tháng 11 năm 2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Lương Thị Hồng Nhung"},
    "811": {"doc_number": "316/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-10-08",
            "province": "Hà Tĩnh", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Đặng Văn Hiếu"},
    "812": {"doc_number": "58/BC-VPUBND", "doc_type": "Báo cáo", "issued_date": "2026-01-09",
            "province": "Khánh Hòa", "period_label": "quý IV năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-12-31", "signer": "Võ Thị Ngọc Diệp"},
    "813": {"doc_number": "12/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-01-12",
            "province": "Sơn La", "period_label": "6 tháng cuối năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-12-31", "signer": "Cầm Thị Phong"},
    "814": {"doc_number": "4186/UBND-KSTT", "doc_type": "Công văn", "issued_date": "2025-11-12",
            "province": "Cao Bằng", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Lê Hải Hòa"},
}
