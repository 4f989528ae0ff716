"""Blind golden facts for corpus/blind154/845_tuyen_quang.txt, 846_ninh_binh.txt, 847_dak_lak.txt, 848_vinh_long.txt
and 849_can_tho.txt.

The five documents were written by the developers for a hundred-and-fifty-fourth blind measurement (REPORTS WITH MIXED
LAYOUTS IN ONE FILE: a prose part, a dash list by unit "- UBND xã Mèo Vạc: tiếp nhận 418 hồ sơ, trực tuyến 38,52%,
đúng hạn 99,04%;", a tab-separated table with a total row and a Markdown table of the six 766 groups with the maxima
in the header "Công khai, minh bạch (18)" … "Tổng điểm (100)"; a UBND tỉnh's month, a Văn phòng UBND tỉnh's Thông báo
on its sở, ban, ngành, a ward's month, a UBND tỉnh's Công văn on its communes and a centrally-run city's public-service
centre's month; provinces Tuyên Quang (merged with Hà Giang), Ninh Bình (merged with Hà Nam and Nam Định), Đắk Lắk
(merged with Phú Yên), Vĩnh Long (merged with Bến Tre and Trà Vinh) and Cần Thơ (merged with Sóc Trăng and Hậu
Giang); periods tháng 01, tháng 3, tháng 4, tháng 5 and tháng 6 năm 2026; not real documents), and every row below
was written by reading them, before any extraction, restoration or pipeline code was run on them. They also serve as
held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind152.py, blind151.py, blind150.py, blind149.py and blind13.py: rows use
`golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose and
list counts are kind `count`; table cells are kind `value` even when they count, with `extra={"source": "table"}`
(rank cells kind `rank`); `as_of="period"` is the period's end; a previous month in brackets is kind previous dated
at its end; a change is dated with the figure it changes and a fall ("giảm", "thấp hơn") is negative; a change in
"điểm phần trăm" is kind change in `%` with the number alone as raw; a change of the province's 766 score or rank
carries its code, of a unit's own score, of a count or a share none (unchecked). `ANY` leaves a field unchecked where
the sentence names no catalogued indicator (`None` where it clearly names none: counts of communes, bodies, counters,
branches, residential groups). A count of the files an indicator is computed on carries that indicator's code. Counts
of local units take the unit of their first unit word ("19/124 xã, phường" → `xã`); counts of "sở, ban, ngành" and
"đơn vị" → `đơn vị` at the level of the bodies counted; "124 đơn vị hành chính cấp xã (117 xã, 07 phường)" → `cấp xã`
and its parts. Counts by grade are `đơn vị` (code None) at the level of the units graded; thresholds in a count of
units ("dưới 50%", "từ 90 điểm trở lên", "(dưới 70 điểm)") are kind target with subject unchecked. Task targets and
task quantities ("dứt điểm 412 hồ sơ", "tối thiểu 55%", "06 máy đánh giá") are kind target dated at their task's
deadline. Things counted take the noun as written (`hồ sơ`, `PAKN`, `bản`, `thư xin lỗi`, `lượt`, `quầy`, `chi
nhánh`, `điểm tiếp nhận`, `tổ dân phố`, `nhân khẩu`); money keeps the unit written (`tỷ đồng`).

Dates, document numbers and cited texts ("Số: 38/BC-UBND", "Công văn số 1126/VPCP-KSTT", "Số: 112/TB-VP", "Quyết
định số 766/QĐ-TTg", "Kế hoạch số 46/KH-UBND", "Số: 86/BC-UBND", "Công văn số 318/VP-KSTT", "Số: 2418/UBND-KSTT",
"Số: 146/BC-TTPVHCC", "Quyết định số 1246/QĐ-UBND"), stated windows and cut-off dates ("từ ngày 01/01/2026 đến ngày
31/01/2026", "số liệu chốt ngày 31/3/2026", "từ ngày 01/5/2026 đến ngày 31/5/2026"), months naming a result, a row
or a bracket ("tháng 12/2025", "Tháng 01/2026", "tháng 02/2026", "Tháng 3/2026", "tháng 4/2026", "tháng 5/2026"),
"Bộ chỉ số 766", "Bảng 1.", the maxima in the Markdown headers ("(18)", "(20)", "(12)", "(10)", "(22)", "(100)",
"(/19)", "(/124)", "(/34)"), section and item numbering ("I.", "1.", "a)", "đ)"), STT cells, an address ("số 02
đường Hòa Bình"), phone numbers ("0207.3822.614", "0229.3871.254", "0270.3822.546", "0292.3812.468"), headings naming
the next period ("III. NHIỆM VỤ THÁNG 02 NĂM 2026", "III. NHIỆM VỤ THÁNG 5 NĂM 2026", "IV. NHIỆM VỤ THÁNG 7 NĂM
2026": no deadlines), numbers in words ("chính quyền hai cấp", "hai chi nhánh", the days of "ngày ba mươi mốt tháng
3", "ngày mười lăm tháng 5", "ngày hai mươi tháng 5", "ngày ba mươi tháng 6", "ngày ba mươi mốt tháng 7") and years
are not figures.

New in this set (the decisions are written here):
- A DASH LIST BY UNIT WITH THREE FIGURES EACH (845 and 848 "- UBND xã Cầu Ngang: tiếp nhận 612 hồ sơ, trực tuyến
  54,74%, thanh toán trực tuyến 31,26%;", 846 "- Sở Y tế: 412 hồ sơ có phí, lệ phí, thanh toán trực tuyến 62,86%;"):
  every figure is the unit's as the item names it (level xã for a commune, tỉnh for a Sở), files received the
  received code, the shares the online, on-time and payment codes; files "có phí, lệ phí" code unchecked. The list
  follows a count of units under a threshold ("Có 19/124 xã, phường … dưới 50%"): the count `xã` (level xã), the
  threshold a target with subject unchecked.
- A DASH LIST BY RECEIVING POINT (847 "- Trụ sở chính: …", "- Điểm tiếp nhận Tân Lợi: …"; 849 "- Chi nhánh Sóc Trăng:
  …"): a point of a ward (847) has subject unchecked, level xã (as golden/blind151.py's 832); a branch of the city's
  centre (849) keeps its name as written ("Chi nhánh Sóc Trăng"), level unchecked (as golden/blind121.py's 683), the
  centre's main seat ("Trụ sở chính") subject unchecked, level tỉnh. One point's files and shares have their codes
  unchecked.
- A TAB-SEPARATED TABLE BY LEVEL (845 "Cấp tỉnh", "Cấp xã", "Toàn tỉnh" with an empty STT): `cấp tỉnh`, `cấp xã` and
  the province (NULL); every column's code (received, online count, online share, on-time share, payment share). A
  TAB-SEPARATED TABLE OF AGENCIES (846: "Cộng cấp tỉnh" → `cấp tỉnh`, "Các cơ quan còn lại" subject unchecked, level
  tỉnh; 849: "Tổng cộng" of a table of the agencies at the city's centre → the centre, `Trung tâm Phục vụ hành chính
  công thành phố`, as golden/blind151.py's 833; "Công an thành phố" as written). A TABLE OF THE FIVE COMMUNES WITH
  THE MOST OVERDUE FILES (848) with "Cộng 05 đơn vị": a sum of five named communes, subject unchecked, level xã (as
  golden/blind147.py's "Cộng" rows); the overdue count and the overdue share the overdue code. A TABLE BY FIELD in a
  ward's report (847): field rows subject unchecked, level xã, codes unchecked except overdue cells (the overdue
  code); "Tổng cộng" the ward (as golden/blind149.py's 820). "0" and "100" cells are figures.
- A MARKDOWN TABLE OF THE SIX 766 GROUPS WITH THE MAXIMA IN THE HEADER: every score cell carries its column's maximum
  (18, 20, 12, 10, 22, 18, 100) and a rank cell the header's "(/19)", "(/124)", "(/34)" (kind rank); where no rank
  column is written (845, 847) there is none. The row naming the province ("Tỉnh Tuyên Quang", 845) is the
  province's (subject NULL) with the groups' codes; rows of the city by month (849) are the city's with the groups'
  codes, the earlier month dated at its end (kind value, as a column dated before the period end); rows of the ward by
  month (847) are the ward's (`UBND phường Buôn Ma Thuột`, level xã), codes unchecked, the earlier month dated at its
  end; units' rows (846 the Sở as written, level tỉnh; 848 the communes as the rows write them, "Xã Cầu Ngang", level
  xã) have codes unchecked; block and level averages ("Khối sở, ban, ngành", "Khối xã, phường", "Bình quân khối sở,
  ban, ngành", "Bình quân cấp xã") subject unchecked at their level, empty rank cells no figure.

Per document:
- 845 is a monthly Báo cáo of UBND tỉnh Tuyên Quang (header "ỦY BAN NHÂN DÂN / TỈNH TUYÊN QUANG", number
  "38/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Văn phòng Chính phủ, tháng 01 năm
  2026, issued 05/02/2026. Province figures NULL; files by level after "trong đó cấp tỉnh … cấp xã …" (codes
  unchecked) and online shares after "lần lượt là"; overdue fields in brackets (subject and level unchecked: both
  levels, the overdue code); payment "64,28%, tăng 2,14 điểm phần trăm …; so với chỉ tiêu năm 2026 là 75% thì chưa
  đạt" (target 2026-12-31); `83,14/100`, `17/34` "(tháng 12/2025: 81,92 điểm, xếp thứ 20/34), tăng 1,22 điểm và tăng
  3 bậc"; "14/20 sở, ban, ngành đạt từ 90 điểm trở lên"; grades; PAKN. Six deadlines in numbered items: day (with
  "412 hồ sơ"), "chậm nhất ngày ba mươi mốt tháng 3 năm 2026" for two named communes (with "tối thiểu 55%"), month,
  quarter (with "tối thiểu 90%"), year, "trước ngày 22 hằng tháng" (issued 05/02/2026: first 22/02/2026).
- 846 is the Thông báo 112/TB-VP of the Văn phòng UBND tỉnh Ninh Bình (header "UBND TỈNH NINH BÌNH / VĂN PHÒNG",
  signed "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG"), tháng 3 năm 2026, issued 07/4/2026. "19 sở, ban, ngành"; the
  "cấp tỉnh" figures `cấp tỉnh` with "chỉ tiêu UBND tỉnh giao cho cấp tỉnh năm 2026 là 80%, đã đạt chỉ tiêu"; the
  block average "89,74 điểm (tháng 02/2026: 88,16 điểm), tăng 1,58 điểm" (subject unchecked, level tỉnh); the
  province's `84,92/100`, `12/34`; grades "Tốt 15 đơn vị (từ 90 điểm trở lên), Khá 04 đơn vị" (level tỉnh); "Sở Nông
  nghiệp và Môi trường giảm 2 bậc … (xếp thứ 17/19)" the Sở's change and previous rank (2026-02-28, codes
  unchecked). Five deadlines in dash items: day (with "58 hồ sơ"), quarter for two named Sở (with "tối thiểu 75%"),
  "chậm nhất ngày mười lăm tháng 5 năm 2026", month, "trước ngày 05 hằng tháng" (issued 07/4/2026, after the 5th:
  first 05/5/2026).
- 847 is a monthly Báo cáo of UBND phường Buôn Ma Thuột (tỉnh Đắk Lắk; header "UBND TỈNH ĐẮK LẮK / ỦY BAN NHÂN DÂN /
  PHƯỜNG BUÔN MA THUỘT", number "86/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"), tháng 4 năm 2026, issued
  05/5/2026. The ward's own figures (`UBND phường Buôn Ma Thuột`, level xã): tổ dân phố and people, files "(tháng
  3/2026: 2.918 hồ sơ), tăng 328 hồ sơ, tương ứng tăng 11,24%", online, settled, on time, overdue; payment "71,36%
  (tháng 3/2026: 68,94%), tăng 2,42 điểm phần trăm" against "chỉ tiêu UBND tỉnh giao cho cấp xã năm 2026 là 75%"
  (the communes' target: subject unchecked, level xã, 2026-12-31; the ward's share carries it with "chưa đạt");
  digitisation; "926 bản …, chiếm 72,46%"; PAKN; its 766 "88,64/100 …, xếp thứ 5/102 … (tháng 3/2026: xếp thứ 9/102),
  tăng 4 bậc và tăng 0,42 điểm" and the group's fall "giảm 0,38 điểm" (codes unchecked). The former wards "05 phường
  cũ" (subject unchecked, level xã); the centre's "14 quầy … 02 điểm tiếp nhận" (subject unchecked, level xã); the
  province's `82,36/100`, `22/34`. Five deadlines in numbered items: day (with "17 hồ sơ"), month (with "tối thiểu
  75%"), "chậm nhất ngày hai mươi tháng 5 năm 2026", quarter, "trước ngày 25 hằng tháng" (issued 05/5/2026: first
  25/5/2026).
- 848 is the Công văn 2418/UBND-KSTT of UBND tỉnh Vĩnh Long (header "ỦY BAN NHÂN DÂN / TỈNH VĨNH LONG", a "V/v" line
  naming tháng 5 năm 2026, signed "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the communes, tháng 5 năm 2026, issued
  09/6/2026. "cấp xã tiếp nhận …" figures are `cấp xã` (level xã) with "chỉ tiêu năm 2026 là 70%, chưa đạt chỉ tiêu";
  the province's `81,72/100`, `24/34` "(tháng 4/2026: xếp thứ 21/34), giảm 3 bậc"; "điểm bình quân của cấp xã đạt
  79,86 điểm, thấp hơn cấp tỉnh 9,48 điểm" (subject unchecked, level xã; the gap negative); grades with "(dưới 70
  điểm)". Five deadlines in items "a)"–"đ)": day for two named communes (with "150 hồ sơ"), "chậm nhất ngày ba mươi
  tháng 6 năm 2026" for three named communes (with "tối thiểu 50%"), month, quarter, "trước ngày 03 hằng tháng"
  (issued 09/6/2026, after the 3rd: first 03/7/2026).
- 849 is a monthly Báo cáo of the Trung tâm Phục vụ hành chính công thành phố Cần Thơ (header "UBND THÀNH PHỐ CẦN
  THƠ / TRUNG TÂM PHỤC VỤ / HÀNH CHÍNH CÔNG", number "146/BC-TTPVHCC", signed "GIÁM ĐỐC") to UBND thành phố, tháng 6
  năm 2026, issued 03/7/2026. The centre's own figures are `Trung tâm Phục vụ hành chính công thành phố` (level tỉnh):
  "02 chi nhánh" (`chi nhánh`), "86 quầy", files "(tháng 5/2026: 17.306 hồ sơ), tăng 1.336 hồ sơ, tương ứng tăng
  7,72%", online, settled, on time, overdue, "56 thư xin lỗi", payment "88,46% (tháng 5/2026: 86,12%)", "3,86 tỷ
  đồng", ratings "12.418 lượt … 12.306 lượt, chiếm 99,10%", PAKN "14 … 14/14 PAKN"; "21 sở, ban, ngành" (level
  tỉnh); the city's 766 `91,30/100`, `4/34`, "tăng 1,52 điểm và tăng 2 bậc" (NULL, the total's and rank's codes).
  Six deadlines in numbered items: day in a request "Đề nghị Sở Nông nghiệp và Môi trường …" (with "31 hồ sơ"),
  quarter for the branch (with "tối thiểu 90%", subject and level unchecked), "chậm nhất ngày ba mươi mốt tháng 7 năm
  2026" (with "06 máy đánh giá"), month, year, "trước ngày 28 hằng tháng" (issued 03/7/2026: first 28/7/2026).

Unsure readings (fields left `ANY`, or decided and written here): the level of the overdue fields of 845 (both levels:
unchecked); whether a unit's files "có phí, lệ phí" carry a code (unchecked); the level of the city centre's branches
(unchecked, as golden/blind121.py's 683) and of its main seat (tỉnh); the subject of "Cộng 05 đơn vị" (unchecked);
the code of the centre's ratings share (unchecked: the sentence names no index); whether "tăng 0,42 điểm" of the
ward's own 766 total carries the total's code (unchecked, as the ward's score itself).
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
_PAKN_TN = "pakn.tiep_nhan"
_GROUP_CODES = ["766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.so_hoa", "766.hai_long"]
_MAXIMA = [18, 20, 12, 10, 22, 18, 100]
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_XA = {"subject": ANY, "level": "xã"}
_CAP_XA = {"subject": "cấp xã", "level": "xã"}
_CAP_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_NULL = {"subject": None, "level": None}
_Y2026 = "2026-12-31"

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


def _cells(line: str, sep: str, after: str, who: dict, cells: list[Cell], as_of: str = "period") -> list[Fact]:
    """The numeric cells of one table row written as `line`, left to right (source table). A cell's context is the
    separator before it, the rest of its row and the start of what follows the row (`after`)."""
    facts, at = [], 0
    for raw, unit, kind, code, top in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw), unit, kind, max_value=top, as_of=as_of, code=code,
                       extra=TAB, **who))
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


def _table(rows: list[tuple], sep: str, line_of, after_last: str, spec) -> list[Fact]:
    """Every numeric cell of a table given as rows of cells (the first two the STT and the name); `spec(row)` gives
    the row's (who, as_of, [(unit, kind, code, max) per numeric cell]); empty cells are skipped."""
    facts = []
    for i, row in enumerate(rows):
        after = line_of(rows[i + 1][:2]) if i + 1 < len(rows) else after_last
        who, as_of, meanings = spec(row)
        cells = [(raw, unit, kind, code, top) for raw, (unit, kind, code, top) in zip(row[2:], meanings, strict=True)
                 if raw]
        facts += _cells(line_of(row), sep, after, who, cells, as_of)
    return facts


def _tsv(cells: tuple[str, ...]) -> str:
    return "\t".join(cells)


def _groups_row(codes: list, rank: int | None = None, rank_code: object = ANY) -> list[tuple]:
    """The meanings of a 766 row: six groups and the total with the header's maxima, then the rank if written."""
    meanings = [("điểm", P, code, top) for code, top in zip(codes, _MAXIMA, strict=True)]
    if rank is not None:
        meanings.append(("hạng", R, rank_code, rank))
    return meanings


def _dash_unit(name: str, level: str, items: list[tuple[str, str, str, object]]) -> list[Fact]:
    """One dash item "- <unit>: …": (context, raw, unit, code) for each figure, the unit as written."""
    who = {"subject": name, "level": level}
    return [F(context, raw, _num(raw), unit, C if unit == "hồ sơ" else P, code=code, **who)
            for context, raw, unit, code in items]


# ------------------------------------------------------------ 845: UBND tỉnh Tuyên Quang, tháng 01 năm 2026
_DEC_2025 = "2025-12-31"
_LEVELS_845 = [
    ("1", "Cấp tỉnh", "9.412", "8.623", "91,62", "99,46", "86,14"),
    ("2", "Cấp xã", "38.804", "26.795", "69,05", "98,65", "58,92"),
    ("", "Toàn tỉnh", "48.216", "35.418", "73,46", "98,81", "64,28"),
]
_WHO_845 = {"Cấp tỉnh": _CAP_TINH, "Cấp xã": _CAP_XA, "Toàn tỉnh": _NULL}
_GROUPS_845 = [
    ("", "Tỉnh Tuyên Quang", "17,06", "19,28", "9,64", "6,42", "15,86", "14,88", "83,14"),
    ("", "Khối sở, ban, ngành", "17,48", "19,62", "10,86", "8,54", "18,12", "16,24", "90,86"),
    ("", "Khối xã, phường", "16,72", "18,94", "8,46", "5,78", "14,92", "15,36", "80,18"),
]
_WHO_GROUPS_845 = {"Tỉnh Tuyên Quang": _NULL, "Khối sở, ban, ngành": _IN_TINH, "Khối xã, phường": _IN_XA}


def _md_845(cells: tuple[str, ...]) -> str:
    """845's 766 table has no STT column: its rows start at the name."""
    return _md_line(cells[1:])


def _levels_845() -> list[Fact]:
    """Bảng 1 by level: every column's code; "Toàn tỉnh" the province."""
    meanings = [("hồ sơ", P, _TN, None), ("hồ sơ", P, _NOP, None), ("%", P, _NOP, None), ("%", P, _DH, None),
                ("%", P, _TT, None)]
    return _table(_LEVELS_845, "\t", _tsv, "\n3. Các xã", lambda row: (_WHO_845[row[1]], "period", meanings))


def _groups_845() -> list[Fact]:
    """The 766 table: the province's row with the groups' codes, the blocks' rows codes unchecked."""
    def spec(row):
        who = _WHO_GROUPS_845[row[1]]
        return who, "period", _groups_row([*_GROUP_CODES, _TONG] if who is _NULL else [ANY] * 7)
    return _table(_GROUPS_845, " | ", _md_845, "\nCó 14/20", spec)


_dash_845 = [
    ("UBND xã Mèo Vạc", "418", "38,52", "99,04"), ("UBND xã Đồng Văn", "376", "41,22", "98,67"),
    ("UBND xã Sơn Vĩ", "214", "43,46", "100"), ("UBND xã Lâm Bình", "298", "45,30", "97,91"),
]


def _units_845() -> list[Fact]:
    facts = []
    for name, files, online, on_time in _dash_845:
        place = name.removeprefix("UBND xã ")
        facts += _dash_unit(name, "xã", [
            (f"{place}: tiếp nhận {files} hồ sơ", files, "hồ sơ", _TN),
            (f"{files} hồ sơ, trực tuyến {online}%", f"{online}%", "%", _NOP),
            (f"{online}%, đúng hạn {on_time}%", f"{on_time}%", "%", _DH)])
    return facts


BLIND_845 = [
    # I. communes and agencies
    F("có 124 đơn vị", "124", 124, "đơn vị", C, code=None, **_CAP_XA),
    F("(117 xã", "117", 117, "xã", C, code=None, **_IN_XA),
    F("07 phường)", "07", 7, "phường", C, code=None, **_IN_XA),
    F("và 20 sở", "20", 20, "đơn vị", C, code=None, **_IN_TINH),
    # II.1 files (December in brackets), by level, online, on time, overdue, overdue fields
    _n(_prov, "tiếp nhận 48.216 hồ sơ", "48.216", "hồ sơ", C, code=_TN),
    _n(_prov, "(tháng 12/2025: 52.904 hồ sơ)", "52.904", "hồ sơ", PR, as_of=_DEC_2025, code=_TN),
    _prov("giảm 4.688 hồ sơ", "4.688", -4688, "hồ sơ", CH, code=ANY),
    F("cấp tỉnh 9.412 hồ sơ", "9.412", 9412, "hồ sơ", C, code=ANY, **_CAP_TINH),
    F("cấp xã 38.804 hồ sơ", "38.804", 38804, "hồ sơ", C, code=ANY, **_CAP_XA),
    _n(_prov, "là 35.418 hồ sơ", "35.418", "hồ sơ", C, code=_NOP),
    _n(_prov, "chiếm 73,46%", "73,46%", "%", code=_NOP),
    F("lần lượt là 91,62%", "91,62%", 91.62, "%", code=_NOP, **_CAP_TINH),
    F("và 69,05%", "69,05%", 69.05, "%", code=_NOP, **_CAP_XA),
    _n(_prov, "Đã giải quyết 45.862 hồ sơ", "45.862", "hồ sơ", C, code=ANY),
    _n(_prov, "đúng hạn 45.318 hồ sơ", "45.318", "hồ sơ", C, code=_DH),
    _n(_prov, "đạt 98,81%", "98,81%", "%", code=_DH),
    _n(_prov, "quá hạn 544 hồ sơ", "544", "hồ sơ", C, code=_QH),
    _n(_prov, "chiếm 1,19%", "1,19%", "%", code=_QH),
    _n(_prov, "(tháng 12/2025: 1,46%)", "1,46%", "%", PR, as_of=_DEC_2025, code=_QH),
    F("(412 hồ sơ)", "412", 412, "hồ sơ", C, code=_QH, **_OPEN),
    F("(86 hồ sơ)", "86", 86, "hồ sơ", C, code=_QH, **_OPEN),
    # II.2 payment against the year's target, digitisation, reuse
    _n(_prov, "đạt 64,28%", "64,28%", "%", code=_TT, target=75, stated_status="chưa đạt"),
    _n(_prov, "tăng 2,14 điểm", "2,14", "%", CH, code=ANY),
    _n(_prov, "năm 2026 là 75%", "75%", "%", T, as_of=_Y2026, code=_TT),
    _n(_prov, "đạt 88,36%", "88,36%", "%", code=_SH),
    _n(_prov, "đạt 38,72%", "38,72%", "%", code=_TSD),
    # Bảng 1 by level
    *_levels_845(),
    # II.3 the communes under a threshold and the four lowest (a dash list by unit)
    F("Có 19/124 xã", "19/124", 19, "xã", C, max_value=124, code=None, **_IN_XA),
    F("trực tuyến dưới 50%", "50%", 50, "%", T, code=ANY, **_IN_XA),
    *_units_845(),
    # II.4 the 766 (December in brackets), the table, agencies over a threshold, grades
    _prov("đạt 83,14/100", "83,14/100", 83.14, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 17/34", "17/34", 17, "hạng", R, max_value=34, code=_HANG),
    _prov("(tháng 12/2025: 81,92 điểm", "81,92", 81.92, "điểm", PR, max_value=100, as_of=_DEC_2025, code=_TONG),
    _prov("xếp thứ 20/34)", "20/34", 20, "hạng", PR, max_value=34, as_of=_DEC_2025, code=_HANG),
    _prov("tăng 1,22 điểm", "1,22", 1.22, "điểm", CH, code=_TONG),
    _prov("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    *_groups_845(),
    F("Có 14/20 sở", "14/20", 14, "đơn vị", C, max_value=20, code=None, **_IN_TINH),
    F("từ 90 điểm trở lên", "90", 90, "điểm", T, code=ANY, **_IN_TINH),
    F("Tốt 28 đơn vị", "28", 28, "đơn vị", C, code=None, **_IN_XA),
    F("Khá 61 đơn vị", "61", 61, "đơn vị", C, code=None, **_IN_XA),
    F("Trung bình 31 đơn vị", "31", 31, "đơn vị", C, code=None, **_IN_XA),
    F("Yếu 04 đơn vị", "04", 4, "đơn vị", C, code=None, **_IN_XA),
    # II.5 PAKN
    _n(_prov, "tiếp nhận 126 phản ánh", "126", "PAKN", C, code=_PAKN_TN),
    _n(_prov, "xử lý 118 PAKN", "118", "PAKN", C, code=ANY),
    _n(_prov, "đạt 93,65%", "93,65%", "%", code=ANY),
    # III. task quantities and targets
    F("dứt điểm 412 hồ sơ", "412", 412, "hồ sơ", T, as_of="2026-03-15", code=ANY, **_OPEN),
    F("tối thiểu 55%", "55%", 55, "%", T, as_of="2026-03-31", code=_NOP, **_IN_XA),
    F("tối thiểu 90%", "90%", 90, "%", T, as_of="2026-06-30", code=_SH, **_IN_XA),
]


# ------------------------------------------------------------ 846: Văn phòng UBND tỉnh Ninh Bình, Thông báo tháng 3
# năm 2026 (the sở, ban, ngành)
_FEB_2026 = "2026-02-28"
_AGENCIES_846 = [
    ("1", "Sở Nông nghiệp và Môi trường", "3.846", "88,14", "97,82", "58"),
    ("2", "Sở Xây dựng", "2.418", "94,26", "99,34", "12"),
    ("3", "Sở Công Thương", "2.106", "99,52", "100", "0"),
    ("4", "Sở Y tế", "1.962", "86,70", "99,18", "9"),
    ("5", "Công an tỉnh", "1.784", "95,12", "99,60", "5"),
    ("6", "Các cơ quan còn lại", "2.170", "89,44", "99,45", "12"),
    ("", "Cộng cấp tỉnh", "14.286", "91,73", "99,12", "96"),
]
_SCORES_846 = [
    ("1", "Sở Tư pháp", "17,92", "19,94", "11,86", "9,72", "21,46", "17,88", "98,78", "1"),
    ("2", "Sở Công Thương", "17,86", "19,88", "11,64", "9,58", "21,12", "17,76", "97,84", "2"),
    ("3", "Sở Y tế", "16,48", "19,12", "9,86", "6,14", "17,38", "16,20", "85,18", "18"),
    ("4", "Sở Nông nghiệp và Môi trường", "16,12", "18,46", "9,42", "6,86", "16,74", "16,08", "83,68", "19"),
    ("", "Bình quân khối sở, ban, ngành", "17,12", "19,28", "10,64", "7,86", "18,42", "16,42", "89,74", ""),
]


def _agencies_846() -> list[Fact]:
    """Bảng 1: each agency as written (level tỉnh), "Các cơ quan còn lại" unchecked, "Cộng cấp tỉnh" `cấp tỉnh`."""
    meanings = [("hồ sơ", P, _TN, None), ("%", P, _NOP, None), ("%", P, _DH, None), ("hồ sơ", P, _QH, None)]

    def spec(row):
        name = row[1]
        who = (_CAP_TINH if name == "Cộng cấp tỉnh" else _IN_TINH if name == "Các cơ quan còn lại"
               else {"subject": name, "level": "tỉnh"})
        return who, "period", meanings
    return _table(_AGENCIES_846, "\t", _tsv, "\nMột số đơn vị", spec)


def _scores_846() -> list[Fact]:
    """The 766 table: each Sở's own groups, total and rank /19 (codes unchecked); the block average unchecked."""
    def spec(row):
        if not row[0]:
            return _IN_TINH, "period", _groups_row([ANY] * 7, 19)
        return {"subject": row[1], "level": "tỉnh"}, "period", _groups_row([ANY] * 7, 19)
    return _table(_SCORES_846, " | ", _md_line, "\nXếp loại: Tốt", spec)


_dash_846 = [("Sở Y tế", "412", "62,86"), ("Sở Văn hóa, Thể thao và Du lịch", "146", "68,49"),
             ("Sở Giáo dục và Đào tạo", "318", "71,38")]


def _units_846() -> list[Fact]:
    facts = []
    for name, files, share in _dash_846:
        facts += _dash_unit(name, "tỉnh", [
            (f"{name}: {files} hồ sơ", files, "hồ sơ", ANY),
            (f"thanh toán trực tuyến {share}%", f"{share}%", "%", _TT)])
    return facts


_cap_tinh = _by("cấp tỉnh", "tỉnh")
_NN = "Sở Nông nghiệp và Môi trường"

BLIND_846 = [
    F("của 19 sở", "19", 19, "đơn vị", C, code=None, **_IN_TINH),
    # 1. cấp tỉnh's files (February in brackets), online, on time, overdue, payment against its target
    _n(_cap_tinh, "tiếp nhận 14.286 hồ sơ", "14.286", "hồ sơ", C, code=_TN),
    _n(_cap_tinh, "(tháng 02/2026: 11.842 hồ sơ)", "11.842", "hồ sơ", PR, as_of=_FEB_2026, code=_TN),
    _n(_cap_tinh, "tăng 2.444 hồ sơ", "2.444", "hồ sơ", CH, code=ANY),
    _n(_cap_tinh, "trực tuyến 13.104 hồ sơ", "13.104", "hồ sơ", C, code=_NOP),
    _n(_cap_tinh, "chiếm 91,73%", "91,73%", "%", code=_NOP),
    _n(_cap_tinh, "đạt 99,12%", "99,12%", "%", code=_DH),
    _n(_cap_tinh, "quá hạn 96 hồ sơ", "96", "hồ sơ", C, code=_QH),
    _n(_cap_tinh, "đạt 84,62%", "84,62%", "%", code=_TT, target=80, stated_status="đạt"),
    _n(_cap_tinh, "năm 2026 là 80%", "80%", "%", T, as_of=_Y2026, code=_TT),
    # the block's average (February in brackets), the province's result
    F("đạt 89,74 điểm", "89,74", 89.74, "điểm", code=ANY, **_IN_TINH),
    F("(tháng 02/2026: 88,16 điểm)", "88,16", 88.16, "điểm", PR, as_of=_FEB_2026, code=ANY, **_IN_TINH),
    F("tăng 1,58 điểm", "1,58", 1.58, "điểm", CH, code=ANY, **_IN_TINH),
    _prov("đạt 84,92/100", "84,92/100", 84.92, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 12/34", "12/34", 12, "hạng", R, max_value=34, code=_HANG),
    # 2. Bảng 1 and the dash list by unit
    *_agencies_846(),
    *_units_846(),
    # 3. the 766 table, grades, a Sở's fall
    *_scores_846(),
    F("Tốt 15 đơn vị", "15", 15, "đơn vị", C, code=None, **_IN_TINH),
    F("(từ 90 điểm trở lên)", "90", 90, "điểm", T, code=ANY, **_IN_TINH),
    F("Khá 04 đơn vị", "04", 4, "đơn vị", C, code=None, **_IN_TINH),
    F("giảm 2 bậc", "2", -2, "hạng", CH, subject=_NN, level="tỉnh", code=ANY),
    F("(xếp thứ 17/19)", "17/19", 17, "hạng", PR, max_value=19, subject=_NN, level="tỉnh", as_of=_FEB_2026,
      code=ANY),
    # 4. task quantity and target
    F("dứt điểm 58 hồ sơ", "58", 58, "hồ sơ", T, as_of="2026-04-20", code=ANY, **_OPEN),
    F("tối thiểu 75%", "75%", 75, "%", T, as_of="2026-06-30", code=_TT, **_IN_TINH),
]


# ------------------------------------------------------------ 847: UBND phường Buôn Ma Thuột (tỉnh Đắk Lắk), tháng 4
# năm 2026
_BMT = "UBND phường Buôn Ma Thuột"
_pw = _by(_BMT, "xã")
_ME_847 = {"subject": _BMT, "level": "xã"}
_MAR_2026 = "2026-03-31"
_FIELDS_847 = [
    ("1", "Hộ tịch", "1.214", "92,42", "1.198", "0"),
    ("2", "Chứng thực", "846", "88,30", "846", "0"),
    ("3", "Đất đai", "512", "58,20", "436", "17"),
    ("4", "Xây dựng", "286", "74,48", "262", "2"),
    ("5", "Lĩnh vực khác", "388", "78,35", "366", "0"),
    ("", "Tổng cộng", "3.246", "82,69", "3.108", "19"),
]
_MONTHS_847 = [
    ("", "Tháng 3/2026", "17,28", "19,36", "9,86", "6,94", "17,84", "16,94", "88,22"),
    ("", "Tháng 4/2026", "17,52", "19,48", "10,12", "7,06", "17,46", "17,00", "88,64"),
]


def _fields_847() -> list[Fact]:
    """Bảng 1 by field: fields unchecked (level xã), codes unchecked but the overdue cells; "Tổng cộng" the ward."""
    def spec(row):
        if row[0]:
            return _IN_XA, "period", [("hồ sơ", P, ANY, None), ("%", P, ANY, None), ("hồ sơ", P, ANY, None),
                                      ("hồ sơ", P, _QH, None)]
        return _ME_847, "period", [("hồ sơ", P, _TN, None), ("%", P, _NOP, None), ("hồ sơ", P, ANY, None),
                                   ("hồ sơ", P, _QH, None)]
    return _table(_FIELDS_847, "\t", _tsv, "\n2. Thanh toán", spec)


def _months_847() -> list[Fact]:
    """The ward's 766 groups by month (codes unchecked), March dated at its end."""
    def spec(row):
        return _ME_847, (_MAR_2026 if row[1] == "Tháng 3/2026" else "period"), _groups_row([ANY] * 7)
    return _table(_MONTHS_847, " | ", _md_845, "\nNhóm số hóa", spec)


_POINTS_847 = [("Trụ sở chính", "2.186", "86,32", "99,58"), ("Điểm tiếp nhận Tân Lợi", "612", "76,47", "99,02"),
               ("Điểm tiếp nhận Ea Tam", "448", "73,44", "98,86")]


def _points_847() -> list[Fact]:
    """The dash list by receiving point: subject unchecked, level xã, codes unchecked."""
    facts = []
    for name, files, online, on_time in _POINTS_847:
        facts += [F(f"{name}: tiếp nhận {files} hồ sơ", files, _num(files), "hồ sơ", C, code=ANY, **_IN_XA),
                  F(f"trực tuyến {online}%", f"{online}%", _num(online), "%", code=ANY, **_IN_XA),
                  F(f"đúng hạn {on_time}%", f"{on_time}%", _num(on_time), "%", code=ANY, **_IN_XA)]
    return facts


BLIND_847 = [
    # I. the former wards, residential groups, people, the centre's counters and points
    F("sở 05 phường", "05", 5, "phường", C, code=None, **_IN_XA),
    _pw("có 58 tổ dân phố", "58", 58, "tổ dân phố", C, code=None),
    _n(_pw, "với 96.412 nhân khẩu", "96.412", "nhân khẩu", C, code=ANY),
    F("bố trí 14 quầy", "14", 14, "quầy", C, code=None, **_IN_XA),
    F("và 02 điểm tiếp nhận", "02", 2, "điểm tiếp nhận", C, code=None, **_IN_XA),
    # II.1 the ward's files (March in brackets), online, settled, on time, overdue
    _n(_pw, "tiếp nhận 3.246 hồ sơ", "3.246", "hồ sơ", C, code=_TN),
    _n(_pw, "(tháng 3/2026: 2.918 hồ sơ)", "2.918", "hồ sơ", PR, as_of=_MAR_2026, code=_TN),
    _n(_pw, "tăng 328 hồ sơ", "328", "hồ sơ", CH, code=ANY),
    _n(_pw, "tăng 11,24%", "11,24%", "%", CH, code=ANY),
    _n(_pw, "trực tuyến 2.684 hồ sơ", "2.684", "hồ sơ", C, code=_NOP),
    _n(_pw, "chiếm 82,69%", "82,69%", "%", code=_NOP),
    _n(_pw, "Đã giải quyết 3.108 hồ sơ", "3.108", "hồ sơ", C, code=ANY),
    _n(_pw, "đúng hạn 3.089 hồ sơ", "3.089", "hồ sơ", C, code=_DH),
    _n(_pw, "đạt 99,39%", "99,39%", "%", code=_DH),
    _n(_pw, "quá hạn 19 hồ sơ", "19", "hồ sơ", C, code=_QH),
    *_points_847(),
    *_fields_847(),
    # II.2 payment against the communes' target, digitisation, certified copies
    _n(_pw, "đạt 71,36%", "71,36%", "%", code=_TT, target=75, stated_status="chưa đạt"),
    _n(_pw, "(tháng 3/2026: 68,94%)", "68,94%", "%", PR, as_of=_MAR_2026, code=_TT),
    _n(_pw, "tăng 2,42 điểm", "2,42", "%", CH, code=ANY),
    F("năm 2026 là 75%", "75%", 75, "%", T, as_of=_Y2026, code=_TT, **_IN_XA),
    _n(_pw, "đạt 93,18%", "93,18%", "%", code=_SH),
    _n(_pw, "Cấp 926 bản", "926", "bản", C, code=ANY),
    _n(_pw, "chiếm 72,46%", "72,46%", "%", code=ANY),
    # II.3 PAKN
    _n(_pw, "Tiếp nhận 08 phản ánh", "08", "PAKN", C, code=_PAKN_TN),
    _n(_pw, "xử lý 07 PAKN", "07", "PAKN", C, code=ANY),
    _n(_pw, "đạt 87,50%", "87,50%", "%", code=ANY),
    _n(_pw, "còn 01 PAKN", "01", "PAKN", C, code=ANY),
    # II.4 the ward's 766 (March's rank in brackets), the table by month, a group's fall, the province
    _pw("đạt 88,64/100", "88,64/100", 88.64, "điểm", max_value=100, code=ANY),
    _pw("xếp thứ 5/102", "5/102", 5, "hạng", R, max_value=102, code=ANY),
    _pw("xếp thứ 9/102)", "9/102", 9, "hạng", PR, max_value=102, as_of=_MAR_2026, code=ANY),
    _pw("tăng 4 bậc", "4", 4, "hạng", CH, code=ANY),
    _pw("tăng 0,42 điểm", "0,42", 0.42, "điểm", CH, code=ANY),
    *_months_847(),
    _pw("giảm 0,38 điểm", "0,38", -0.38, "điểm", CH, code=ANY),
    _prov("đạt 82,36/100", "82,36/100", 82.36, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 22/34", "22/34", 22, "hạng", R, max_value=34, code=_HANG),
    # III. task quantity and target
    F("dứt điểm 17 hồ sơ", "17", 17, "hồ sơ", T, as_of="2026-05-15", code=ANY, **_OPEN),
    F("tối thiểu 75%", "75%", 75, "%", T, as_of="2026-06-30", code=_TT, **_IN_XA),
]


# ------------------------------------------------------------ 848: UBND tỉnh Vĩnh Long, Công văn on tháng 5 năm 2026
# (the communes)
_APR_2026 = "2026-04-30"
_OVERDUE_848 = [
    ("1", "UBND xã Càng Long", "1.246", "1.198", "86", "7,18"),
    ("2", "UBND xã Mỏ Cày", "1.108", "1.064", "64", "6,02"),
    ("3", "UBND phường Trà Vinh", "2.412", "2.356", "58", "2,46"),
    ("4", "UBND xã Ba Tri", "986", "948", "41", "4,32"),
    ("5", "UBND xã Tam Bình", "874", "842", "36", "4,28"),
    ("", "Cộng 05 đơn vị", "6.626", "6.408", "285", "4,45"),
]
_SCORES_848 = [
    ("1", "Xã Cầu Ngang", "15,12", "17,46", "7,08", "3,92", "13,24", "14,86", "71,68", "121"),
    ("2", "Xã Càng Long", "15,46", "16,12", "7,84", "4,86", "12,68", "14,12", "71,08", "122"),
    ("3", "Xã Thạnh Phú", "14,86", "17,02", "7,26", "4,08", "12,94", "14,42", "70,58", "123"),
    ("4", "Xã Mỏ Cày", "14,62", "16,38", "7,52", "4,64", "12,36", "14,26", "69,78", "124"),
    ("", "Bình quân cấp xã", "16,48", "18,72", "9,04", "6,12", "14,86", "14,64", "79,86", ""),
]


def _overdue_848() -> list[Fact]:
    """Bảng 1: each commune as written (level xã); "Cộng 05 đơn vị" unchecked; overdue count and share the overdue
    code."""
    meanings = [("hồ sơ", P, _TN, None), ("hồ sơ", P, ANY, None), ("hồ sơ", P, _QH, None), ("%", P, _QH, None)]

    def spec(row):
        return ({"subject": row[1], "level": "xã"} if row[0] else _IN_XA), "period", meanings
    return _table(_OVERDUE_848, "\t", _tsv, "\nCác xã có", spec)


def _scores_848() -> list[Fact]:
    """The 766 table of the last four: each commune as the row writes it (level xã, codes unchecked), rank /124; the
    average of cấp xã unchecked."""
    def spec(row):
        return ({"subject": row[1], "level": "xã"} if row[0] else _IN_XA), "period", _groups_row([ANY] * 7, 124)
    return _table(_SCORES_848, " | ", _md_line, "\nXếp loại các xã", spec)


_dash_848 = [("UBND xã Cầu Ngang", "612", "54,74", "31,26"), ("UBND xã Thạnh Phú", "728", "58,38", "34,92"),
             ("UBND xã Trà Ôn", "546", "61,17", "36,48")]


def _units_848() -> list[Fact]:
    facts = []
    for name, files, online, paid in _dash_848:
        place = name.removeprefix("UBND xã ")
        facts += _dash_unit(name, "xã", [
            (f"{place}: tiếp nhận {files} hồ sơ", files, "hồ sơ", _TN),
            (f"hồ sơ, trực tuyến {online}%", f"{online}%", "%", _NOP),
            (f"thanh toán trực tuyến {paid}%", f"{paid}%", "%", _TT)])
    return facts


_cap_xa = _by("cấp xã", "xã")

BLIND_848 = [
    # 1. communes, cấp xã's files, payment against its target
    F("có 124 đơn vị", "124", 124, "đơn vị", C, code=None, **_CAP_XA),
    F("(105 xã", "105", 105, "xã", C, code=None, **_IN_XA),
    F("19 phường)", "19", 19, "phường", C, code=None, **_IN_XA),
    _n(_cap_xa, "tiếp nhận 52.618 hồ sơ", "52.618", "hồ sơ", C, code=_TN),
    _n(_cap_xa, "trực tuyến 38.146 hồ sơ", "38.146", "hồ sơ", C, code=_NOP),
    _n(_cap_xa, "chiếm 72,50%", "72,50%", "%", code=_NOP),
    _n(_cap_xa, "đạt 98,46%", "98,46%", "%", code=_DH),
    _n(_cap_xa, "quá hạn 782 hồ sơ", "782", "hồ sơ", C, code=_QH),
    _n(_cap_xa, "đạt 62,14%", "62,14%", "%", code=_TT, target=70, stated_status="chưa đạt"),
    _n(_cap_xa, "năm 2026 là 70%", "70%", "%", T, as_of=_Y2026, code=_TT),
    # the province's 766 (April's rank in brackets), the communes' average and its gap
    _prov("đạt 81,72/100", "81,72/100", 81.72, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 24/34", "24/34", 24, "hạng", R, max_value=34, code=_HANG),
    _prov("xếp thứ 21/34)", "21/34", 21, "hạng", PR, max_value=34, as_of=_APR_2026, code=_HANG),
    _prov("giảm 3 bậc", "3", -3, "hạng", CH, code=_HANG),
    F("đạt 79,86 điểm", "79,86", 79.86, "điểm", code=ANY, **_IN_XA),
    F("thấp hơn cấp tỉnh 9,48 điểm", "9,48", -9.48, "điểm", CH, code=ANY, **_IN_XA),
    # 2. Bảng 1, the dash list by unit
    *_overdue_848(),
    *_units_848(),
    # 3. the 766 table, grades with the threshold
    *_scores_848(),
    F("Tốt 22 đơn vị", "22", 22, "đơn vị", C, code=None, **_IN_XA),
    F("Khá 58 đơn vị", "58", 58, "đơn vị", C, code=None, **_IN_XA),
    F("Trung bình 43 đơn vị", "43", 43, "đơn vị", C, code=None, **_IN_XA),
    F("Yếu 01 đơn vị", "01", 1, "đơn vị", C, code=None, **_IN_XA),
    F("(dưới 70 điểm)", "70", 70, "điểm", T, code=ANY, **_IN_XA),
    # 4. task quantity and target
    F("dứt điểm 150 hồ sơ", "150", 150, "hồ sơ", T, as_of="2026-06-20", code=ANY, **_IN_XA),
    F("tối thiểu 50%", "50%", 50, "%", T, as_of="2026-06-30", code=_TT, **_IN_XA),
]


# ------------------------------------------------------------ 849: Trung tâm Phục vụ hành chính công thành phố Cần Thơ,
# tháng 6 năm 2026
_TT_CT = "Trung tâm Phục vụ hành chính công thành phố"
_ct = _by(_TT_CT, "tỉnh")
_ME_849 = {"subject": _TT_CT, "level": "tỉnh"}
_MAY_2026 = "2026-05-31"
_AGENCIES_849 = [
    ("1", "Sở Nông nghiệp và Môi trường", "4.216", "84,30", "3.986", "31", "31"),
    ("2", "Công an thành phố", "3.842", "97,64", "3.812", "0", "0"),
    ("3", "Sở Xây dựng", "2.146", "92,54", "2.018", "12", "12"),
    ("4", "Sở Tư pháp", "1.986", "95,12", "1.962", "0", "0"),
    ("5", "Sở Công Thương", "1.628", "98,71", "1.604", "2", "2"),
    ("6", "Các cơ quan còn lại", "4.824", "86,99", "4.536", "11", "11"),
    ("", "Tổng cộng", "18.642", "91,11", "17.918", "56", "56"),
]
_MONTHS_849 = [
    ("", "Tháng 5/2026", "17,36", "19,42", "10,38", "8,12", "17,64", "16,86", "89,78", "6"),
    ("", "Tháng 6/2026", "17,58", "19,56", "10,72", "8,46", "18,06", "16,92", "91,30", "4"),
]


def _agencies_849() -> list[Fact]:
    """Bảng 1: each agency as written (level tỉnh), "Các cơ quan còn lại" unchecked, "Tổng cộng" the centre."""
    meanings = [("hồ sơ", P, _TN, None), ("%", P, _NOP, None), ("hồ sơ", P, ANY, None), ("hồ sơ", P, _QH, None),
                ("thư xin lỗi", P, ANY, None)]

    def spec(row):
        name = row[1]
        who = (_ME_849 if name == "Tổng cộng" else _IN_TINH if name == "Các cơ quan còn lại"
               else {"subject": name, "level": "tỉnh"})
        return who, "period", meanings
    return _table(_AGENCIES_849, "\t", _tsv, "\nII. THANH TOÁN", spec)


def _months_849() -> list[Fact]:
    """The city's 766 by month (NULL, the groups' codes, rank /34), May dated at its end."""
    def spec(row):
        return _NULL, (_MAY_2026 if row[1] == "Tháng 5/2026" else "period"), _groups_row(
            [*_GROUP_CODES, _TONG], 34, _HANG)
    return _table(_MONTHS_849, " | ", _md_845, "\nIV. NHIỆM VỤ", spec)


_POINTS_849 = [("Trụ sở chính", "11.846", "93,42", "99,74", _IN_TINH),
               ("Chi nhánh Sóc Trăng", "4.128", "88,06", "99,61", {"subject": "Chi nhánh Sóc Trăng", "level": ANY}),
               ("Chi nhánh Hậu Giang", "2.668", "85,57", "99,58", {"subject": "Chi nhánh Hậu Giang", "level": ANY})]


def _points_849() -> list[Fact]:
    """The dash list by point: the main seat unchecked (level tỉnh), the branches as written; codes unchecked."""
    facts = []
    for name, files, online, on_time, who in _POINTS_849:
        facts += [F(f"{name}: tiếp nhận {files} hồ sơ", files, _num(files), "hồ sơ", C, code=ANY, **who),
                  F(f"trực tuyến {online}%", f"{online}%", _num(online), "%", code=ANY, **who),
                  F(f"đúng hạn {on_time}%", f"{on_time}%", _num(on_time), "%", code=ANY, **who)]
    return facts


BLIND_849 = [
    # I. the centre's branches, counters, the agencies
    _ct("và 02 chi nhánh", "02", 2, "chi nhánh", C, code=None),
    _ct("với 86 quầy", "86", 86, "quầy", C, code=None),
    F("của 21 sở", "21", 21, "đơn vị", C, code=None, **_IN_TINH),
    # files (May in brackets), online, settled, on time, overdue, letters
    _n(_ct, "tiếp nhận 18.642 hồ sơ", "18.642", "hồ sơ", C, code=_TN),
    _n(_ct, "(tháng 5/2026: 17.306 hồ sơ)", "17.306", "hồ sơ", PR, as_of=_MAY_2026, code=_TN),
    _n(_ct, "tăng 1.336 hồ sơ", "1.336", "hồ sơ", CH, code=ANY),
    _n(_ct, "tăng 7,72%", "7,72%", "%", CH, code=ANY),
    _n(_ct, "trực tuyến 16.984 hồ sơ", "16.984", "hồ sơ", C, code=_NOP),
    _n(_ct, "chiếm 91,11%", "91,11%", "%", code=_NOP),
    _n(_ct, "Đã giải quyết 17.918 hồ sơ", "17.918", "hồ sơ", C, code=ANY),
    _n(_ct, "đúng hạn 17.862 hồ sơ", "17.862", "hồ sơ", C, code=_DH),
    _n(_ct, "đạt 99,69%", "99,69%", "%", code=_DH),
    _n(_ct, "quá hạn 56 hồ sơ", "56", "hồ sơ", C, code=_QH),
    _n(_ct, "chuyển 56 thư xin lỗi", "56", "thư xin lỗi", C, code=ANY),
    *_points_849(),
    *_agencies_849(),
    # II. payment (May in brackets), money, ratings, PAKN
    _n(_ct, "đạt 88,46%", "88,46%", "%", code=_TT),
    _n(_ct, "(tháng 5/2026: 86,12%)", "86,12%", "%", PR, as_of=_MAY_2026, code=_TT),
    _n(_ct, "là 3,86 tỷ đồng", "3,86", "tỷ đồng", code=ANY),
    _n(_ct, "Có 12.418 lượt", "12.418", "lượt", C, code=ANY),
    _n(_ct, "hài lòng 12.306 lượt", "12.306", "lượt", C, code=ANY),
    _n(_ct, "chiếm 99,10%", "99,10%", "%", code=ANY),
    _n(_ct, "tiếp nhận 14 phản ánh", "14", "PAKN", C, code=_PAKN_TN),
    _ct("14/14 PAKN", "14/14", 14, "PAKN", C, max_value=14, code=ANY),
    # III. the city's 766 and the table by month
    _prov("đạt 91,30/100", "91,30/100", 91.30, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 4/34", "4/34", 4, "hạng", R, max_value=34, code=_HANG),
    _prov("tăng 1,52 điểm", "1,52", 1.52, "điểm", CH, code=_TONG),
    _prov("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    *_months_849(),
    # IV. task quantity and targets
    F("dứt điểm 31 hồ sơ", "31", 31, "hồ sơ", T, as_of="2026-07-15", code=ANY, **_OPEN),
    F("tối thiểu 90%", "90%", 90, "%", T, as_of="2026-09-30", code=_NOP, **_OPEN),
    F("thêm 06 máy đánh giá", "06", 6, "máy đánh giá", T, as_of="2026-07-31", code=ANY, **_OPEN),
]

BLIND = {"845": BLIND_845, "846": BLIND_846, "847": BLIND_847, "848": BLIND_848, "849": BLIND_849}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "845": [
        ("2026-03-15", "day", "15/3/2026", "hồ sơ đất đai quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2026-03-31", "day", "ngày ba mươi mốt tháng 3 năm 2026", "nộp trực tuyến",
         "UBND xã Mèo Vạc và UBND xã Đồng Văn"),
        ("2026-04-30", "month", "tháng 4/2026", "thanh toán trực tuyến", "Sở Tài chính"),
        ("2026-06-30", "quarter", "quý II năm 2026", "số hóa", "UBND các xã, phường"),
        ("2026-12-31", "year", "năm 2026", "quy trình nội bộ", "Văn phòng UBND tỉnh"),
        # issued 05/02/2026, before the 22nd: the first "ngày 22 hằng tháng" is 22/02/2026
        ("2026-02-22", "recurring", "22 hằng tháng", "gửi báo cáo", "Các sở, ban, ngành và UBND các xã, phường"),
    ],
    "846": [
        ("2026-04-20", "day", "20/4/2026", "hồ sơ quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2026-06-30", "quarter", "quý II năm 2026", "thanh toán trực tuyến",
         "Sở Y tế, Sở Văn hóa, Thể thao và Du lịch"),
        ("2026-05-15", "day", "ngày mười lăm tháng 5 năm 2026", "đồng bộ dữ liệu", "Sở Khoa học và Công nghệ"),
        ("2026-05-31", "month", "tháng 5/2026", "phí, lệ phí", "Sở Giáo dục và Đào tạo"),
        # issued 07/4/2026, after the 5th: the first "ngày 05 hằng tháng" is 05/5/2026
        ("2026-05-05", "recurring", "05 hằng tháng", "số liệu tự đánh giá", "Các sở, ban, ngành"),
    ],
    "847": [
        ("2026-05-15", "day", "15/5/2026", "hồ sơ đất đai quá hạn", "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2026-06-30", "month", "tháng 6/2026", "thanh toán trực tuyến", "Trung tâm Phục vụ hành chính công phường"),
        ("2026-05-20", "day", "ngày hai mươi tháng 5 năm 2026", "máy quét", "Văn phòng HĐND và UBND phường"),
        ("2026-09-30", "quarter", "quý III năm 2026", "dịch vụ công trực tuyến", "Phòng Văn hóa - Xã hội"),
        # issued 05/5/2026, before the 25th: the first "ngày 25 hằng tháng" is 25/5/2026
        ("2026-05-25", "recurring", "25 hằng tháng", "báo cáo kết quả hỗ trợ", "Các tổ dân phố"),
    ],
    "848": [
        ("2026-06-20", "day", "20/6/2026", "hồ sơ quá hạn", "UBND xã Càng Long và UBND xã Mỏ Cày"),
        ("2026-06-30", "day", "ngày ba mươi tháng 6 năm 2026", "thanh toán trực tuyến",
         "UBND xã Cầu Ngang, UBND xã Thạnh Phú và UBND xã Trà Ôn"),
        ("2026-07-31", "month", "tháng 7/2026", "máy quét", "Sở Khoa học và Công nghệ"),
        ("2026-09-30", "quarter", "quý III năm 2026", "số hóa", "UBND các xã, phường"),
        # issued 09/6/2026, after the 3rd: the first "ngày 03 hằng tháng" is 03/7/2026
        ("2026-07-03", "recurring", "03 hằng tháng", "kết quả khắc phục", "UBND các xã, phường"),
    ],
    "849": [
        ("2026-07-15", "day", "15/7/2026", "hồ sơ quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2026-09-30", "quarter", "quý III năm 2026", "nộp trực tuyến", "Chi nhánh Hậu Giang"),
        ("2026-07-31", "day", "ngày ba mươi mốt tháng 7 năm 2026", "máy đánh giá", "Phòng Hành chính - Tổng hợp"),
        ("2026-08-31", "month", "tháng 8/2026", "xếp hàng tự động", "Phòng Công nghệ thông tin"),
        ("2026-12-31", "year", "năm 2026", "số hóa hồ sơ lưu trữ", "Phòng Số hóa và Lưu trữ"),
        # issued 03/7/2026, before the 28th: the first "ngày 28 hằng tháng" is 28/7/2026
        ("2026-07-28", "recurring", "28 hằng tháng", "gửi số liệu", "Các chi nhánh"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind152.py's META).
META = {
    "845": {"doc_number": "38/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-02-05",
            "province": "Tuyên Quang", "period_label": "tháng 01 năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-01-31", "signer": "Hoàng Việt Phương"},
    "846": {"doc_number": "112/TB-VP", "doc_type": "Thông báo", "issued_date": "2026-04-07",
            "province": "Ninh Bình", "period_label": "tháng 3 năm 2026", "period_start": "2026-03-01",
            "period_end": "2026-03-31", "signer": "Trần Thị Thu Hương"},
    "847": {"doc_number": "86/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-05-05",
            "province": "Đắk Lắk", "period_label": "tháng 4 năm 2026", "period_start": "2026-04-01",
            "period_end": "2026-04-30", "signer": "Nguyễn Văn Thắng"},
    "848": {"doc_number": "2418/UBND-KSTT", "doc_type": "Công văn", "issued_date": "2026-06-09",
            "province": "Vĩnh Long", "period_label": "tháng 5 năm 2026", "period_start": "2026-05-01",
            "period_end": "2026-05-31", "signer": "Nguyễn Thị Bé Mười"},
    "849": {"doc_number": "146/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2026-07-03",
            "province": "Cần Thơ", "period_label": "tháng 6 năm 2026", "period_start": "2026-06-01",
            "period_end": "2026-06-30", "signer": "Lê Minh Tâm"},
}
