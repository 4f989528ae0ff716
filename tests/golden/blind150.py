"""Blind golden facts for corpus/blind150/825_quang_nam.txt, 826_vinh_phuc.txt, 827_binh_duong.txt, 828_kien_giang.txt
and 829_ben_tre.txt.

The five documents were written by the developers for a hundred-and-fiftieth blind measurement (REPORTS CONVERTED FROM
WORD AND AN INSPECTION REPORT: a UBND tỉnh's quarter with a Markdown table whose merged header cells run over two rows
and whose long body name wraps onto a second row; a Sở Nội vụ's report of a kiểm tra công vụ listing the units with
overdue files and their counts; a UBND tỉnh's year with a Markdown table of "Kế hoạch" against "Thực hiện" and "Tỷ lệ
hoàn thành (%)" whose indicator names wrap onto second rows; a Văn phòng UBND tỉnh's Thông báo with a tab-separated
table by district whose header runs over two lines and whose "(%)" columns carry no % sign; a district's own quarter
with "a) Cấp huyện" / "b) Cấp xã"; provinces Quảng Nam, Vĩnh Phúc, Bình Dương, Kiên Giang and Bến Tre, all before the
1 July 2025 merger; periods quý III năm 2024, 6 tháng đầu năm 2024, năm 2024, tháng 3 năm 2025 and quý I năm 2025;
not real documents), and every row below was written by reading them, before any extraction, restoration or pipeline
code was run on them. They also serve as held-out text for diacritic restoration (marks stripped, restored, compared
with the file).

Same structure and conventions as golden/blind148.py, blind147.py, blind146.py, blind145.py and blind13.py: rows use
`golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose and
list counts are kind `count`; table cells are kind `value` even when they count (plan cells kind `target`), with
`extra={"source": "table"}`; `as_of="period"` is the period's end; a previous month, quarter, half-year or year in
brackets is kind previous dated at its end (a previous 766 total with the maximum 100 of the current one); a change is
dated with the figure it changes and a fall ("thấp hơn") is negative; a change in "điểm phần trăm" is kind change in
`%` with the number alone as raw; a change of a 766 score or rank carries the score's or rank's code, of a count or a
share the code is unchecked. `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None`
where it clearly names none: counts of bodies, communes, decisions, staff, cases, indicators). Counts of local units
take the unit of their first unit word ("11/18 huyện, thị xã, thành phố", "05 huyện, thành phố" → `huyện`; "12 xã,
phường, thị trấn", "14/16 xã, thị trấn", "38/144 xã, phường, thị trấn" → `xã`); counts of "sở, ngành" and "đơn vị" →
`đơn vị` at the level of the bodies counted; "16 đơn vị hành chính cấp xã (15 xã, 01 thị trấn)" → `cấp xã` and its
parts (`xã`, `thị trấn`). Thresholds in a description ("từ 50% trở lên", "dưới 30%", "từ 80 điểm trở lên", "quá hạn
trên 30 ngày") are kind target, subject unchecked; task targets are kind target dated at their task's deadline.

Dates, document numbers and cited texts ("Số: 386/BC-UBND", "Công văn số 5087/VPCP-KSTT", "Quyết định số 766/QĐ-TTg",
"Quyết định số 412/QĐ-SNV", "Kế hoạch số 318/KH-UBND", "Công văn số 1126/UBND-KSTT", "Quyết định số 1204/QĐ-UBND"),
the inspection window "từ ngày 15/7/2024 đến ngày 09/8/2024", "đến ngày 30/9/2024" (the period end), months, quarters
and years naming a result or a bracket ("tháng 3/2025", "năm 2023", "6 tháng cuối năm 2023"), "Bộ chỉ số 766" and the
row label "Điểm Bộ chỉ số 766", section and item numbering ("I.", "1.", "a)", "- "), STT cells, header cells ("Năm
2024", "Tổng số (hồ sơ)", "Tỷ lệ (%)"), addresses ("số 62 đường Hùng Vương"), phone numbers ("0235.3810.567",
"0211.3862.485", "0275.3843.216"), headings naming the next period ("III. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2024", "III.
NHIỆM VỤ NĂM 2025", "V. NHIỆM VỤ QUÝ II NĂM 2025": no deadlines), numbers in words (the days of "ngày mười lăm tháng
11", "ngày ba mươi tháng 9", "ngày ba mươi mốt tháng 3", "ngày mười tám tháng 4", "ngày mười lăm tháng 5", "hai nhóm")
and years are not figures.

New in this set (the decisions are written here):
- A MARKDOWN TABLE WITH MERGED HEADER CELLS OVER TWO ROWS AND A WRAPPED NAME (825): the first header row ("STT |
  Cơ quan | Hồ sơ tiếp nhận | | Kết quả giải quyết | | Thanh toán trực tuyến (%)") above the separator, the second
  ("| | | Tổng số (hồ sơ) | Nộp trực tuyến (%) | Đúng hạn (%) | Quá hạn (hồ sơ) | |") below it as if it were a data
  row (as golden/blind103.py's 594); a cell's meaning is read down both header rows: files received, online share,
  on-time share, overdue files, payment share (percentages without a % sign). Row 6's name wraps onto a row of its
  own with empty STT and empty figure cells ("| 6 | Ban Quản lý các khu kinh tế và khu | 846 | … |" / "| | công
  nghiệp Quảng Nam | | | | | |"): the wrapped row holds no figure, and row 6's figures are the body's whole name,
  `Ban Quản lý các khu kinh tế và khu công nghiệp Quảng Nam` (a proper name holding a place, kept whole), level tỉnh.
  "Các cơ quan còn lại" subject unchecked (level tỉnh); "Cộng cấp tỉnh" (empty STT) `cấp tỉnh` (its 24.434 repeats the
  prose's files of cấp tỉnh).
- A PLAN TABLE WITH WRAPPED INDICATOR NAMES (827, Markdown): "Năm 2024" spans "Kế hoạch" and "Thực hiện" in the second
  header row below the separator; as golden/blind130.py's 727 and blind78.py's 469, the plan cell is a target dated
  2024-12-31 (the plan's year; here also the period end), the result cell the row's indicator at the period end, both
  in the "Đơn vị tính" cell's unit (`%`, `tài khoản`, `điểm`) with the row's code, and the "Tỷ lệ hoàn thành (%)" cell
  a value in `%`, code unchecked ("100,94", "106,94" over 100 are figures). Four indicator names wrap onto a second
  row with empty cells (no figures). The 766 row's plan and result have no maximum (none written in the row); the
  count of level-2 accounts has its code unchecked. "đạt và vượt 5/9 chỉ tiêu …; 04 chỉ tiêu chưa đạt" are counts
  (unit `chỉ tiêu`, code None, the province's).
- AN INSPECTION REPORT (826, kiểm tra công vụ of the Sở Nội vụ; its period the half-year the files belong to, "6
  tháng đầu năm 2024"; the inspection window no figure): the Đoàn's sample "640 hồ sơ … 592 … 48 …" and findings on
  discipline (`cán bộ` for "cán bộ, công chức", `trường hợp`, `thư xin lỗi`) have subject and level unchecked and codes
  unchecked (a sample, not the units' files; as golden/blind102.py's 586); the sample by level after "- Cấp tỉnh:" is
  `cấp tỉnh` / `cấp huyện` / `cấp xã`; a unit's own sample ("Tại UBND huyện Bình Xuyên, Đoàn kiểm tra 60 hồ sơ …",
  "5/20 hồ sơ" of UBND xã Tam Hồng) is that unit's, codes unchecked. THE UNITS WITH OVERDUE FILES FROM THE SYSTEM are
  the units' own overdue files of the half-year (the overdue code), in a dash list "- UBND huyện Bình Xuyên: 486 hồ
  sơ (lĩnh vực đất đai 452 hồ sơ);" with units as written at their level (a commune followed by its district in
  brackets, "UBND xã Tam Hồng (huyện Yên Lạc)", is `UBND xã Tam Hồng`, level xã); the province's "3.126 hồ sơ quá
  hạn, chiếm 1,84%" and "98,16%" NULL; "tăng 138 hồ sơ so với 6 tháng cuối năm 2023 (348 hồ sơ)" Bình Xuyên's change
  and previous value (dated 2023-12-31). The grades "15/21 đơn vị …, 05 đơn vị …, 01 đơn vị" span levels (level
  unchecked).
- A TAB-SEPARATED TABLE WHOSE HEADER RUNS OVER TWO LINES (828): "STT | Đơn vị | Hồ sơ tiếp nhận | Tỷ lệ (%) |" over
  "| | (hồ sơ) | Nộp trực tuyến | Thanh toán trực tuyến" ("Tỷ lệ (%)" spanning two columns): files received, online
  share and payment share without % signs; the 15 district-level units as written ("UBND thành phố Phú Quốc", level
  huyện) and "Cộng cấp huyện" (`cấp huyện`, its three figures repeat the prose).
- A DISTRICT'S OWN QUARTER (829): figures under "a) Cấp huyện" are `cấp huyện`, under "b) Cấp xã" `cấp xã`; the
  district's own payment, digitisation, 766 score and rank among the province's 9 district-level units, satisfaction
  and PAKN are `UBND huyện Mỏ Cày Nam` (level huyện); its score and rank have their codes unchecked (the province's
  own assessment); "(cấp huyện 94,18%, cấp xã 82,64%)" the parts by level. "Điểm bình quân của 15 xã thấp hơn thị
  trấn Mỏ Cày 11,78 điểm" a negative change (level xã, subject unchecked) beside a count "15 xã".

Per document:
- 825 is a quarterly Báo cáo of UBND tỉnh Quảng Nam (header "ỦY BAN NHÂN DÂN / TỈNH QUẢNG NAM", number "386/BC-UBND",
  signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Văn phòng Chính phủ, quý III năm 2024, issued
  08/10/2024. Province figures NULL; TTHC by level in brackets; files by level after "lần lượt là" (codes unchecked);
  "(1.962 hồ sơ)" cấp huyện's overdue files; "(quý II năm 2024: …)" previous values dated 2024-06-30; "46,58% …; so
  với chỉ tiêu năm 2024 là 50% thì chưa đạt chỉ tiêu" (the target dated 2024-12-31); "11/18 huyện, thị xã, thành phố",
  "04 đơn vị" (level huyện) and two districts in brackets (payment code). Five deadlines in numbered items: day,
  quarter (with the districts' "tối thiểu 50%", subject unchecked, level huyện, 2024-12-31), "chậm nhất ngày mười lăm
  tháng 11 năm 2024", month, "trước ngày 20 hằng tháng" (issued 08/10/2024: first 20/10/2024).
- 826 is the Báo cáo 1246/BC-SNV of the Sở Nội vụ tỉnh Vĩnh Phúc (header "UBND TỈNH VĨNH PHÚC / SỞ NỘI VỤ", signed
  "GIÁM ĐỐC") to UBND tỉnh on its kiểm tra công vụ of the files of 6 tháng đầu năm 2024, issued 20/8/2024. "04 sở,
  ngành, 05 huyện, thành phố và 12 xã, phường, thị trấn" (level tỉnh, huyện, xã); "64,28%" the province's
  digitisation, "41,36%" cấp xã's; "02 xã" without scanners; "18 phút/lượt" at the district desks (unit `phút`, level
  huyện). Task 3's "dưới 1%" the districts' target (subject unchecked, level huyện, 2024-12-31). Five deadlines in
  numbered items: day for two named districts, "chậm nhất ngày ba mươi tháng 9 năm 2024", quarter, month, "trước ngày
  25 hằng tháng" (issued 20/8/2024, before the 25th: first 25/8/2024).
- 827 is an annual Báo cáo 12/BC-UBND of UBND tỉnh Bình Dương to the Văn phòng Chính phủ, năm 2024, issued 10/01/2025.
  "(năm 2023: 1.106.348 hồ sơ), tăng 12,86%" (previous dated 2023-12-31, a relative change); online shares by level
  after "tương ứng là"; `86,74/100`, `9/63` "(năm 2023: 83,12 điểm, xếp thứ 14/63), tăng 3,62 điểm, tăng 5 bậc";
  "19/21 sở, ban, ngành" (level tỉnh) and "6/9 huyện, thị xã, thành phố" (level huyện) each "từ 80 điểm trở lên";
  "thành phố Dĩ An (91,26 điểm)", "huyện Dầu Tiếng (74,18 điểm)" (no maximum written). Task 4's "tối thiểu 60%" the
  districts' target (subject unchecked, level huyện, 2025-12-31). Five deadlines in numbered items: quarter, day,
  "chậm nhất ngày ba mươi mốt tháng 3 năm 2025", year, "trước ngày 15 hằng tháng" (issued 10/01/2025: first
  15/01/2025).
- 828 is the Thông báo 86/TB-VPUBND of the Văn phòng UBND tỉnh Kiên Giang (header "UBND TỈNH KIÊN GIANG / VĂN PHÒNG",
  signed "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG"), tháng 3 năm 2025, issued 07/4/2025. The province's `84,06/100`,
  `18/63` "(tháng 02/2025: 82,74 điểm, xếp thứ 23/63)" dated 2025-02-28, two group scores `6,42/10`, `15,86/22`;
  "44,12%, tăng 3,56% so với tháng trước; chỉ tiêu UBND tỉnh giao năm 2025 là 60%, hiện chưa đạt chỉ tiêu"; the
  district-level figures of "UBND các huyện, thành phố" (subject unchecked, level huyện: "cấp huyện" in the heading,
  the body in the sentence); "38/144 xã, phường, thị trấn". Task 2's "tối thiểu 55%" (subject unchecked, level huyện,
  2025-06-30). Five deadlines in dash items: day for two named districts, quarter, month, "chậm nhất ngày mười tám
  tháng 4 năm 2025", "trước ngày 05 hằng tháng" (issued 07/4/2025, after the 5th: first 05/5/2025).
- 829 is the Báo cáo 42/BC-UBND of UBND huyện Mỏ Cày Nam (tỉnh Bến Tre, named in "Kính gửi"; header "ỦY BAN NHÂN
  DÂN / HUYỆN MỎ CÀY NAM"), quý I năm 2025, issued 04/4/2025. "(quý IV năm 2024: …)" previous values dated
  2024-12-31; "52,14%; so với chỉ tiêu tỉnh giao năm 2025 là 60% thì chưa đạt chỉ tiêu" the district's; the
  communes' average, "12/16 xã, thị trấn xếp loại Tốt (từ 80 điểm trở lên), 03 đơn vị … 01 đơn vị" (level xã) and
  five communes in a dash list "- UBND xã An Thạnh: 90,18 điểm;" (level xã, no maximum written). Task 2's "tối thiểu
  60%" the communes' (subject unchecked, level xã, 2025-06-30). Five deadlines in numbered items: day, quarter,
  "chậm nhất ngày mười lăm tháng 5 năm 2025", month for two named communes, "trước ngày 22 hằng tháng" (issued
  04/4/2025: first 22/4/2025).

Unsure readings (fields left `ANY`, or decided and written here): the subject of 828's district-level prose figures
("UBND các huyện, thành phố" as written or `cấp huyện` from the heading; left unchecked, level huyện); the codes of
files received by level after "lần lượt là" / "trong đó" (unchecked, as golden/blind145.py's settled files); the code
of 825's "100% TTHC được công khai … đúng thời hạn" (unchecked); the subject of 829's "100% kết quả … được ký số"
(both levels of the district: subject and level unchecked); the code of the district's own 766 score and rank in 829
(unchecked); the level of 826's grades (both levels of government inspected: unchecked); the subject of 827's "Cấp
tỉnh có 19/21 sở, ban, ngành" (unchecked, level tỉnh).
"""

from __future__ import annotations

from golden.facts import (
    _DH,
    _HL,
    _KQ,
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
_TTHC = "tthc.tong_so"
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_HUYEN = {"subject": ANY, "level": "huyện"}
_IN_XA = {"subject": ANY, "level": "xã"}
_CAP_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_CAP_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_CAP_XA = {"subject": "cấp xã", "level": "xã"}

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


def _w(who: dict, context: str, raw: str, unit: str, kind: str = P, **kw) -> Fact:
    """A row for the subject and level in `who`, its value the number as written."""
    return F(context, raw, _num(raw.split("/")[0]), unit, kind, **who, **kw)


# ------------------------------------------------------------ 825: UBND tỉnh Quảng Nam, quý III năm 2024
# (a Markdown table with a two-row header and a wrapped body name)
_Q2_2024 = "2024-06-30"
_Y2024 = "2024-12-31"
_BQL = "Ban Quản lý các khu kinh tế và khu công nghiệp Quảng Nam"
# (STT, name as written on the row, subject, cells "received online on-time overdue payment", the next line's start)
_BODIES_825 = [
    ("1", "Sở Tài nguyên và Môi trường", "Sở Tài nguyên và Môi trường", "3.846 72,18 96,42 128 41,26",
     "| 2 | Sở Kế hoạch"),
    ("2", "Sở Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư", "2.614 98,62 99,88 3 86,40", "| 3 | Sở Giao"),
    ("3", "Sở Giao thông vận tải", "Sở Giao thông vận tải", "6.218 94,36 100 0 78,92", "| 4 | Sở Lao động"),
    ("4", "Sở Lao động - Thương binh và Xã hội", "Sở Lao động - Thương binh và Xã hội", "1.472 88,04 99,18 11 12,46",
     "| 5 | Sở Tư pháp"),
    ("5", "Sở Tư pháp", "Sở Tư pháp", "4.126 91,74 99,94 2 64,18", "| 6 | Ban Quản lý"),
    ("6", "Ban Quản lý các khu kinh tế và khu", _BQL, "846 96,10 100 0 58,30", "| | công nghiệp Quảng Nam |"),
    ("7", "Các cơ quan còn lại", ANY, "5.312 93,48 99,72 14 61,84", "| | Cộng cấp tỉnh"),
    ("", "Cộng cấp tỉnh", "cấp tỉnh", "24.434 90,37 99,34 158 60,84", "\n3. Thanh toán"),
]


def _table_825() -> list[Fact]:
    """The table read down its two header rows: files received, online share, on-time share, overdue files, payment
    share (no % signs); each body as written at level tỉnh, row 6 by its whole wrapped name."""
    facts = []
    for stt, name, subject, raws, after in _BODIES_825:
        received, online, on_time, overdue, pay = raws.split()
        line = _md_line((stt, name, received, online, on_time, overdue, pay))
        facts += _cells(line, " | ", after, {"subject": subject, "level": "tỉnh"}, [
            (received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
            (on_time, "%", P, _DH, "period"), (overdue, "hồ sơ", P, _QH, "period"), (pay, "%", P, _TT, "period")])
    return facts


BLIND_825 = [
    # I. decisions, procedures published and in force (by level in brackets), online services
    _n(_prov, "ban hành 14 quyết định", "14", "quyết định", C, code=None),
    _n(_prov, "danh mục 286 TTHC", "286", "TTHC", C, code=ANY),
    _n(_prov, "; 100% TTHC", "100%", "%", code=ANY),
    _n(_prov, "tỉnh là 1.942 TTHC", "1.942", "TTHC", C, code=_TTHC),
    _w(_CAP_TINH, "(cấp tỉnh 1.436 TTHC", "1.436", "TTHC", C, code=_TTHC),
    _w(_CAP_HUYEN, "cấp huyện 302 TTHC", "302", "TTHC", C, code=_TTHC),
    _w(_CAP_XA, "cấp xã 204 TTHC)", "204", "TTHC", C, code=_TTHC),
    _n(_prov, "Trong đó, 1.128 TTHC", "1.128", "TTHC", C, code=_TOAN),
    _n(_prov, "chiếm 58,08%", "58,08%", "%", code=_TOAN),
    _n(_prov, "; 621 TTHC", "621", "TTHC", C, code=_MOT),
    _n(_prov, "chiếm 31,98%", "31,98%", "%", code=_MOT),
    # II.1 files (quý II in brackets), by level after "lần lượt là", online
    _n(_prov, "quý là 186.724 hồ sơ", "186.724", "hồ sơ", C, code=_TN),
    _n(_prov, "(quý II năm 2024: 172.408 hồ sơ)", "172.408", "hồ sơ", PR, as_of=_Q2_2024, code=_TN),
    _n(_prov, "tăng 14.316 hồ sơ", "14.316", "hồ sơ", CH, code=ANY),
    _w(_CAP_TINH, "là 24.434 hồ sơ", "24.434", "hồ sơ", C, code=ANY),
    _w(_CAP_HUYEN, "hồ sơ, 61.852 hồ sơ", "61.852", "hồ sơ", C, code=ANY),
    _w(_CAP_XA, "và 100.438 hồ sơ", "100.438", "hồ sơ", C, code=ANY),
    _n(_prov, "tuyến là 128.316 hồ sơ", "128.316", "hồ sơ", C, code=_NOP),
    _n(_prov, "chiếm 68,72%", "68,72%", "%", code=_NOP),
    # II.2 settled, on time, overdue; cấp huyện's overdue files
    _n(_prov, "giải quyết 178.962 hồ sơ", "178.962", "hồ sơ", C, code=ANY),
    _n(_prov, "đúng hạn 176.518 hồ sơ", "176.518", "hồ sơ", C, code=_DH),
    _n(_prov, "đạt 98,63%", "98,63%", "%", code=_DH),
    _n(_prov, "quá hạn 2.444 hồ sơ", "2.444", "hồ sơ", C, code=_QH),
    _n(_prov, "chiếm 1,37%", "1,37%", "%", code=_QH),
    _w(_CAP_HUYEN, "(1.962 hồ sơ)", "1.962", "hồ sơ", C, code=_QH),
    # the table of the provincial bodies
    *_table_825(),
    # II.3 payment against the year's target, districts by band, digitisation
    _n(_prov, "đạt 46,58%", "46,58%", "%", code=_TT, target=50, stated_status="chưa đạt"),
    _n(_prov, "(quý II năm 2024: 39,84%)", "39,84%", "%", PR, as_of=_Q2_2024, code=_TT),
    _n(_prov, "tăng 6,74 điểm", "6,74", "%", CH, code=ANY),
    _n(_prov, "năm 2024 là 50%", "50%", "%", T, as_of=_Y2024, code=ANY),
    _w(_IN_HUYEN, "Có 11/18 huyện", "11/18", "huyện", C, max_value=18, code=None),
    _w(_OPEN, "từ 50% trở lên", "50%", "%", T, code=ANY),
    _w(_IN_HUYEN, "; 04 đơn vị", "04", "đơn vị", C, code=None),
    _w(_OPEN, "đạt dưới 30%", "30%", "%", T, code=ANY),
    F("(18,42%)", "18,42%", 18.42, "%", subject="huyện Nam Trà My", level="huyện", code=_TT),
    F("(21,06%)", "21,06%", 21.06, "%", subject="huyện Tây Giang", level="huyện", code=_TT),
    _n(_prov, "đạt 72,36%", "72,36%", "%", code=_SH),
    _n(_prov, "đạt 88,14%", "88,14%", "%", code=_KQ),
    _n(_prov, "đạt 31,62%", "31,62%", "%", code=_TSD),
    # II.4 the 766 index (quý II in brackets), satisfaction
    _prov("đạt 82,46/100", "82,46/100", 82.46, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 24/63", "24/63", 24, "hạng", R, max_value=63, code=_HANG),
    _prov("79,18 điểm", "79,18", 79.18, "điểm", PR, max_value=100, as_of=_Q2_2024, code=_TONG),
    _prov("xếp thứ 31/63)", "31/63", 31, "hạng", PR, max_value=63, as_of=_Q2_2024, code=_HANG),
    _prov("tăng 3,28 điểm", "3,28", 3.28, "điểm", CH, code=_TONG),
    _prov("tăng 7 bậc", "7", 7, "hạng", CH, code=_HANG),
    _n(_prov, "đạt 94,82%", "94,82%", "%", code=_HL),
    # II.5 PAKN (phone and address no figures)
    _n(_prov, "tiếp nhận 38 phản ánh", "38", "PAKN", C, code=_PAKN_TN),
    _n(_prov, "xử lý 35 PAKN", "35", "PAKN", C, code=_PAKN_XL),
    _n(_prov, "đạt 92,11%", "92,11%", "%", code=ANY),
    _n(_prov, "còn 03 PAKN", "03", "PAKN", C, code=ANY),
    # III. the districts' target of quý IV
    _w(_IN_HUYEN, "tối thiểu 50%", "50%", "%", T, as_of=_Y2024, code=ANY),
]


# ------------------------------------------------------------ 826: Sở Nội vụ tỉnh Vĩnh Phúc, kiểm tra công vụ,
# 6 tháng đầu năm 2024 (the Đoàn's sample, the units with overdue files from the system)
_BX = {"subject": "UBND huyện Bình Xuyên", "level": "huyện"}
_STNMT = {"subject": "Sở Tài nguyên và Môi trường", "level": "tỉnh"}
_TAM_HONG = {"subject": "UBND xã Tam Hồng", "level": "xã"}

BLIND_826 = [
    # preamble (412/QĐ-SNV cited; the window no figure)
    _w(_IN_TINH, "tại 04 sở", "04", "đơn vị", C, code=None),
    _w(_IN_HUYEN, "ngành, 05 huyện", "05", "huyện", C, code=None),
    _w(_IN_XA, "thành phố và 12 xã", "12", "xã", C, code=None),
    # I.1 discipline
    _w(_OPEN, "của 186 cán bộ", "186", "cán bộ", C, code=None),
    _w(_OPEN, "phát hiện 07 trường hợp", "07", "trường hợp", C, code=None),
    _w(_OPEN, "và 04 trường hợp", "04", "trường hợp", C, code=None),
    # I.2 the sample, by level, three units' own samples, apologies
    _w(_OPEN, "xác suất 640 hồ sơ", "640", "hồ sơ", C, code=ANY),
    _w(_OPEN, "kết quả: 592 hồ sơ", "592", "hồ sơ", C, code=ANY),
    _w(_OPEN, "chiếm 92,50%", "92,50%", "%", code=ANY),
    _w(_OPEN, "; 48 hồ sơ", "48", "hồ sơ", C, code=ANY),
    _w(_OPEN, "chiếm 7,50%", "7,50%", "%", code=ANY),
    _w(_CAP_TINH, "kiểm tra 160 hồ sơ", "160", "hồ sơ", C, code=ANY),
    _w(_CAP_TINH, "quá hạn 9 hồ sơ", "9", "hồ sơ", C, code=ANY),
    _w(_CAP_HUYEN, "huyện: kiểm tra 240 hồ sơ", "240", "hồ sơ", C, code=ANY),
    _w(_CAP_HUYEN, "quá hạn 27 hồ sơ", "27", "hồ sơ", C, code=ANY),
    _w(_CAP_XA, "xã: kiểm tra 240 hồ sơ", "240", "hồ sơ", C, code=ANY),
    _w(_CAP_XA, "quá hạn 12 hồ sơ", "12", "hồ sơ", C, code=ANY),
    _w(_BX, "kiểm tra 60 hồ sơ", "60", "hồ sơ", C, code=ANY),
    _w(_BX, "phát hiện 14 hồ sơ", "14", "hồ sơ", C, code=ANY),
    _w(_BX, "chiếm 23,33%", "23,33%", "%", code=ANY),
    _w(_BX, "đó 09 hồ sơ", "09", "hồ sơ", C, code=ANY),
    _w(_OPEN, "trên 30 ngày", "30", "ngày", T, code=ANY),
    _w(_STNMT, "trong 50 hồ sơ", "50", "hồ sơ", C, code=ANY),
    _w(_STNMT, "có 6 hồ sơ", "6", "hồ sơ", C, code=ANY),
    _w(_STNMT, "chiếm 12,00%", "12,00%", "%", code=ANY),
    _w(_TAM_HONG, "5/20 hồ sơ", "5/20", "hồ sơ", C, max_value=20, code=ANY),
    _w(_OPEN, "gửi 27 thư xin lỗi", "27", "thư xin lỗi", C, code=ANY),
    _w(_OPEN, "còn 21 hồ sơ", "21", "hồ sơ", C, code=ANY),
    # I.3 the system's overdue files: the province, then the units as written
    _n(_prov, "có 3.126 hồ sơ", "3.126", "hồ sơ", C, code=_QH),
    _n(_prov, "chiếm 1,84%", "1,84%", "%", code=_QH),
    _n(_prov, "đạt 98,16%", "98,16%", "%", code=_DH),
    _w(_BX, "Bình Xuyên: 486 hồ sơ", "486", "hồ sơ", C, code=_QH),
    _w(_BX, "(lĩnh vực đất đai 452 hồ sơ)", "452", "hồ sơ", C, code=_QH),
    F("Vĩnh Tường: 412 hồ sơ", "412", 412, "hồ sơ", C, subject="UBND huyện Vĩnh Tường", level="huyện", code=_QH),
    F("Vĩnh Yên: 318 hồ sơ", "318", 318, "hồ sơ", C, subject="UBND thành phố Vĩnh Yên", level="huyện", code=_QH),
    _w(_STNMT, "Môi trường: 264 hồ sơ", "264", "hồ sơ", C, code=_QH),
    F("Yên Lạc: 187 hồ sơ", "187", 187, "hồ sơ", C, subject="UBND huyện Yên Lạc", level="huyện", code=_QH),
    _w(_TAM_HONG, "(huyện Yên Lạc): 46 hồ sơ", "46", "hồ sơ", C, code=_QH),
    F("(huyện Tam Dương): 38 hồ sơ", "38", 38, "hồ sơ", C, subject="UBND thị trấn Hợp Hòa", level="xã", code=_QH),
    _w(_BX, "tăng 138 hồ sơ", "138", "hồ sơ", CH, code=ANY),
    _w(_BX, "(348 hồ sơ)", "348", "hồ sơ", PR, as_of="2023-12-31", code=_QH),
    # I.4 digitisation, scanners, listing, waiting time
    _n(_prov, "đạt 64,28%", "64,28%", "%", code=_SH),
    _w(_CAP_XA, "đạt 41,36%", "41,36%", "%", code=_SH),
    _w(_IN_XA, "của 02 xã", "02", "xã", C, code=None),
    _w(_OPEN, "; 03 đơn vị", "03", "đơn vị", C, code=None),
    _w(_IN_HUYEN, "là 18 phút", "18", "phút", code=ANY),
    # I.5 grades (both levels)
    _w(_OPEN, "giá 15/21 đơn vị", "15/21", "đơn vị", C, max_value=21, code=None),
    _w(_OPEN, "TTHC, 05 đơn vị", "05", "đơn vị", C, code=None),
    _w(_OPEN, "và 01 đơn vị", "01", "đơn vị", C, code=None),
    # II. the districts' target of quý IV
    _w(_IN_HUYEN, "dưới 1%", "1%", "%", T, as_of=_Y2024, code=ANY),
]


# ------------------------------------------------------------ 827: UBND tỉnh Bình Dương, năm 2024
# (a Markdown plan table: Kế hoạch, Thực hiện, Tỷ lệ hoàn thành; wrapped indicator names)
_Y2023 = "2023-12-31"
# (STT, first line of the name, unit cell, code, "plan result ratio", the next line's start)
_PLAN_827 = [
    ("1", "Tỷ lệ TTHC cung cấp dịch vụ công", "%", _TOAN, "80 76,42 95,53", "| | trực tuyến toàn trình |"),
    ("2", "Tỷ lệ hồ sơ nộp trực tuyến", "%", _NOP, "70 74,86 106,94", "| 3 | Tỷ lệ hồ sơ giải quyết"),
    ("3", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", _DH, "98 98,92 100,94", "| 4 | Tỷ lệ hồ sơ thanh toán"),
    ("4", "Tỷ lệ hồ sơ thanh toán trực tuyến", "%", _TT, "50 47,18 94,36", "| 5 | Tỷ lệ số hóa"),
    ("5", "Tỷ lệ số hóa hồ sơ, kết quả giải", "%", _SH, "80 82,46 103,08", "| | quyết TTHC |"),
    ("6", "Tỷ lệ khai thác, sử dụng lại dữ", "%", _TSD, "50 36,24 72,48", "| | liệu đã số hóa |"),
    ("7", "Tỷ lệ hài lòng của người dân,", "%", _HL, "95 96,18 101,24", "| | doanh nghiệp |"),
    ("8", "Số tài khoản định danh điện tử", "tài khoản", ANY, "1.450.000 1.386.412 95,61", "| | mức 2 được"),
    ("9", "Điểm Bộ chỉ số 766", "điểm", _TONG, "85 86,74 102,05", "\nNhư vậy"),
]


def _plan_827() -> list[Fact]:
    """Bảng 1: the plan cell a target dated 2024-12-31 and the result cell the indicator at the period end, both in the
    unit cell's unit with the row's code; the completion ratio a value in `%`, code unchecked; the province's."""
    facts = []
    for stt, name, unit, code, raws, after in _PLAN_827:
        plan, result, ratio = raws.split()
        line = _md_line((stt, name, unit, plan, result, ratio))
        facts += _cells(line, " | ", after, {"subject": None, "level": None}, [
            (plan, unit, T, code, _Y2024), (result, unit, P, code, "period"), (ratio, "%", P, ANY, "period")])
    return facts


BLIND_827 = [
    # I.1 decisions and procedures (318/KH-UBND cited), by level after "trong đó"
    _n(_prov, "ban hành 62 quyết định", "62", "quyết định", C, code=None),
    _n(_prov, "của 1.146 TTHC", "1.146", "TTHC", C, code=ANY),
    _n(_prov, "hóa 38 TTHC", "38", "TTHC", C, code=ANY),
    _n(_prov, "có 1.874 TTHC", "1.874", "TTHC", C, code=_TTHC),
    _w(_CAP_TINH, "cấp tỉnh 1.412 TTHC", "1.412", "TTHC", C, code=_TTHC),
    _w(_CAP_HUYEN, "cấp huyện 276 TTHC", "276", "TTHC", C, code=_TTHC),
    _w(_CAP_XA, "cấp xã 186 TTHC", "186", "TTHC", C, code=_TTHC),
    # I.2 files (2023 in brackets), by level, online shares after "tương ứng là", settled
    _n(_prov, "tiếp nhận 1.248.612 hồ sơ", "1.248.612", "hồ sơ", C, code=_TN),
    _n(_prov, "(năm 2023: 1.106.348 hồ sơ)", "1.106.348", "hồ sơ", PR, as_of=_Y2023, code=_TN),
    _n(_prov, "tăng 12,86%", "12,86%", "%", CH, code=ANY),
    _w(_CAP_TINH, "cấp tỉnh 486.214 hồ sơ", "486.214", "hồ sơ", C, code=ANY),
    _w(_CAP_HUYEN, "cấp huyện 318.472 hồ sơ", "318.472", "hồ sơ", C, code=ANY),
    _w(_CAP_XA, "cấp xã 443.926 hồ sơ", "443.926", "hồ sơ", C, code=ANY),
    _w(_CAP_TINH, "là 86,42%", "86,42%", "%", code=_NOP),
    _w(_CAP_HUYEN, "%, 71,18%", "71,18%", "%", code=_NOP),
    _w(_CAP_XA, "và 65,34%", "65,34%", "%", code=_NOP),
    _n(_prov, "giải quyết 1.226.408 hồ sơ", "1.226.408", "hồ sơ", C, code=ANY),
    _n(_prov, "đúng hạn 1.213.186 hồ sơ", "1.213.186", "hồ sơ", C, code=_DH),
    _n(_prov, "chiếm 98,92%", "98,92%", "%", code=_DH),
    _n(_prov, "quá hạn 13.222 hồ sơ", "13.222", "hồ sơ", C, code=_QH),
    _n(_prov, "chiếm 1,08%", "1,08%", "%", code=_QH),
    # I.3 Bảng 1 and the indicators met
    *_plan_827(),
    _n(_prov, "đạt và vượt 5/9 chỉ tiêu", "5/9", "chỉ tiêu", C, max_value=9, code=None),
    _n(_prov, "; 04 chỉ tiêu", "04", "chỉ tiêu", C, code=None),
    # I.4 the 766 index (2023 in brackets), bodies by band, the best and worst districts
    _prov("đạt 86,74/100", "86,74/100", 86.74, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 9/63", "9/63", 9, "hạng", R, max_value=63, code=_HANG),
    _prov("83,12 điểm", "83,12", 83.12, "điểm", PR, max_value=100, as_of=_Y2023, code=_TONG),
    _prov("xếp thứ 14/63)", "14/63", 14, "hạng", PR, max_value=63, as_of=_Y2023, code=_HANG),
    _prov("tăng 3,62 điểm", "3,62", 3.62, "điểm", CH, code=_TONG),
    _prov("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    _w(_IN_TINH, "có 19/21 sở", "19/21", "đơn vị", C, max_value=21, code=None),
    _w(_OPEN, "ngành đạt từ 80 điểm", "80", "điểm", T, code=ANY),
    _w(_IN_HUYEN, "có 6/9 huyện", "6/9", "huyện", C, max_value=9, code=None),
    _w(_OPEN, "phố đạt từ 80 điểm", "80", "điểm", T, code=ANY),
    F("(91,26 điểm)", "91,26", 91.26, "điểm", subject="thành phố Dĩ An", level="huyện", code=ANY),
    F("(74,18 điểm)", "74,18", 74.18, "điểm", subject="huyện Dầu Tiếng", level="huyện", code=ANY),
    # I.5 PAKN
    _n(_prov, "tiếp nhận 1.286 phản ánh", "1.286", "PAKN", C, code=_PAKN_TN),
    _n(_prov, "xử lý 1.264 PAKN", "1.264", "PAKN", C, code=_PAKN_XL),
    _n(_prov, "đạt 98,29%", "98,29%", "%", code=ANY),
    _n(_prov, "bình quân 6,4 ngày", "6,4", "ngày", code=ANY),
    # III. the districts' target of 2025
    _w(_IN_HUYEN, "tối thiểu 60%", "60%", "%", T, as_of="2025-12-31", code=ANY),
]


# ------------------------------------------------------------ 828: Văn phòng UBND tỉnh Kiên Giang, tháng 3 năm 2025
# (a tab-separated table by district whose header runs over two lines)
_FEB_2025 = "2025-02-28"
_DISTRICTS_828 = [
    ("UBND thành phố Rạch Giá", "6.412 82,46 61,24"), ("UBND thành phố Hà Tiên", "1.846 78,32 54,18"),
    ("UBND thành phố Phú Quốc", "5.218 84,12 71,24"), ("UBND huyện Kiên Lương", "1.612 66,48 38,42"),
    ("UBND huyện Giang Thành", "684 58,14 24,36"), ("UBND huyện Hòn Đất", "2.846 71,26 42,18"),
    ("UBND huyện Tân Hiệp", "2.214 69,84 46,52"), ("UBND huyện Châu Thành", "2.618 74,42 51,06"),
    ("UBND huyện Giồng Riềng", "3.126 63,18 32,84"), ("UBND huyện Gò Quao", "1.948 61,72 28,46"),
    ("UBND huyện An Biên", "1.784 64,06 29,12"), ("UBND huyện An Minh", "1.532 59,88 26,74"),
    ("UBND huyện Vĩnh Thuận", "1.218 62,34 33,48"), ("UBND huyện U Minh Thượng", "946 57,46 19,84"),
    ("UBND huyện Kiên Hải", "412 76,94 48,62"),
]


def _table_828() -> list[Fact]:
    """The tab-separated table: files received, online share, payment share (no % signs); each unit as written at
    level huyện; "Cộng cấp huyện" (empty STT) `cấp huyện`."""
    rows = [(str(i + 1), name, raws, {"subject": name, "level": "huyện"})
            for i, (name, raws) in enumerate(_DISTRICTS_828)]
    rows.append(("", "Cộng cấp huyện", "34.416 72,56 47,37", _CAP_HUYEN))
    facts = []
    for i, (stt, name, raws, who) in enumerate(rows):
        received, online, pay = raws.split()
        line = "\t".join((stt, name, received, online, pay))
        after = "\t".join(rows[i + 1][:2]) if i + 1 < len(rows) else ""
        facts += _cells(line, "\t", after, who, [
            (received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"), (pay, "%", P, _TT, "period")])
    return facts


BLIND_828 = [
    # 1. the province's 766 (February in brackets), two groups, payment against the year's target
    _prov("đạt 84,06/100", "84,06/100", 84.06, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 18/63", "18/63", 18, "hạng", R, max_value=63, code=_HANG),
    _prov("82,74 điểm", "82,74", 82.74, "điểm", PR, max_value=100, as_of=_FEB_2025, code=_TONG),
    _prov("xếp thứ 23/63)", "23/63", 23, "hạng", PR, max_value=63, as_of=_FEB_2025, code=_HANG),
    _prov("tăng 1,32 điểm", "1,32", 1.32, "điểm", CH, code=_TONG),
    _prov("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    _prov("đạt 6,42/10", "6,42/10", 6.42, "điểm", max_value=10, code="766.thanh_toan"),
    _prov("đạt 15,86/22", "15,86/22", 15.86, "điểm", max_value=22, code="766.so_hoa"),
    _n(_prov, "toàn tỉnh đạt 44,12%", "44,12%", "%", code=_TT, target=60, stated_status="chưa đạt"),
    _n(_prov, "tăng 3,56%", "3,56%", "%", CH, code=ANY),
    _n(_prov, "năm 2025 là 60%", "60%", "%", T, as_of="2025-12-31", code=ANY),
    # 2. the district level (February's average in brackets), bands, best and worst
    _w(_IN_HUYEN, "tiếp nhận 34.416 hồ sơ", "34.416", "hồ sơ", C, code=_TN),
    _w(_IN_HUYEN, "đạt 72,56%", "72,56%", "%", code=_NOP),
    _w(_IN_HUYEN, "đạt 47,37%", "47,37%", "%", code=_TT),
    _w(_IN_HUYEN, "đạt 78,64 điểm", "78,64", "điểm", code=ANY),
    _w(_IN_HUYEN, "(tháng 02/2025: 76,92 điểm)", "76,92", "điểm", PR, as_of=_FEB_2025, code=ANY),
    _w(_IN_HUYEN, "Có 04/15 huyện", "04/15", "huyện", C, max_value=15, code=None),
    _w(_OPEN, "từ 50% trở lên", "50%", "%", T, code=ANY),
    F("(71,24%)", "71,24%", 71.24, "%", subject="thành phố Phú Quốc", level="huyện", code=_TT),
    _w(_IN_HUYEN, "; 05 đơn vị", "05", "đơn vị", C, code=None),
    _w(_OPEN, "đơn vị dưới 30%", "30%", "%", T, code=ANY),
    F("(19,84%)", "19,84%", 19.84, "%", subject="huyện U Minh Thượng", level="huyện", code=_TT),
    F("(24,36%)", "24,36%", 24.36, "%", subject="huyện Giang Thành", level="huyện", code=_TT),
    *_table_828(),
    # 3. cấp xã
    _w(_CAP_XA, "cấp xã đạt 36,28%", "36,28%", "%", code=_TT),
    _w(_IN_XA, "có 38/144 xã", "38/144", "xã", C, max_value=144, code=None),
    # 4. the districts' target of quý II
    _w(_IN_HUYEN, "tối thiểu 55%", "55%", "%", T, as_of="2025-06-30", code=ANY),
]


# ------------------------------------------------------------ 829: UBND huyện Mỏ Cày Nam (Bến Tre), quý I năm 2025
# (a district's own report: "a) Cấp huyện", "b) Cấp xã", the district itself, communes in a dash list)
_Q4_2024 = "2024-12-31"
_MCN = {"subject": "UBND huyện Mỏ Cày Nam", "level": "huyện"}

BLIND_829 = [
    # I. the communes; e-results (both levels)
    _w(_CAP_XA, "có 16 đơn vị", "16", "đơn vị", C, code=None),
    _w(_IN_XA, "(15 xã", "15", "xã", C, code=None),
    _w(_IN_XA, "01 thị trấn)", "01", "thị trấn", C, code=None),
    _w(_OPEN, "; 100% kết quả", "100%", "%", code=ANY),
    # II.a cấp huyện (quý IV năm 2024 in brackets)
    _w(_CAP_HUYEN, "giải quyết là 276 TTHC", "276", "TTHC", C, code=ANY),
    _w(_CAP_HUYEN, "đó 182 TTHC", "182", "TTHC", C, code=_TOAN),
    _w(_CAP_HUYEN, "chiếm 65,94%", "65,94%", "%", code=_TOAN),
    _w(_CAP_HUYEN, "Tiếp nhận 4.862 hồ sơ", "4.862", "hồ sơ", C, code=_TN),
    _w(_CAP_HUYEN, "(quý IV năm 2024: 4.518 hồ sơ)", "4.518", "hồ sơ", PR, as_of=_Q4_2024, code=_TN),
    _w(_CAP_HUYEN, "tăng 344 hồ sơ", "344", "hồ sơ", CH, code=ANY),
    _w(_CAP_HUYEN, "nộp trực tuyến 3.912 hồ sơ", "3.912", "hồ sơ", C, code=_NOP),
    _w(_CAP_HUYEN, "chiếm 80,46%", "80,46%", "%", code=_NOP),
    _w(_CAP_HUYEN, "giải quyết 4.706 hồ sơ", "4.706", "hồ sơ", C, code=ANY),
    _w(_CAP_HUYEN, "đúng hạn 4.671 hồ sơ", "4.671", "hồ sơ", C, code=_DH),
    _w(_CAP_HUYEN, "đạt 99,26%", "99,26%", "%", code=_DH),
    _w(_CAP_HUYEN, "quá hạn 35 hồ sơ", "35", "hồ sơ", C, code=_QH),
    _w(_CAP_HUYEN, "đai 31 hồ sơ", "31", "hồ sơ", C, code=_QH),
    # II.b cấp xã
    _w(_CAP_XA, "tiếp nhận 9.846 hồ sơ", "9.846", "hồ sơ", C, code=_TN),
    _w(_CAP_XA, "tuyến 7.218 hồ sơ", "7.218", "hồ sơ", C, code=_NOP),
    _w(_CAP_XA, "chiếm 73,31%", "73,31%", "%", code=_NOP),
    _w(_CAP_XA, "giải quyết 9.702 hồ sơ", "9.702", "hồ sơ", C, code=ANY),
    _w(_CAP_XA, "đạt 99,68%", "99,68%", "%", code=_DH),
    _w(_IN_XA, "có 14/16 xã", "14/16", "xã", C, max_value=16, code=None),
    _w(_OPEN, "từ 60% trở lên", "60%", "%", T, code=ANY),
    # II.c the district's payment against the province's target, digitisation by level
    _w(_MCN, "Có 1.237 hồ sơ", "1.237", "hồ sơ", C, code=ANY),
    _w(_MCN, "đó 645 hồ sơ", "645", "hồ sơ", C, code=_TT),
    _w(_MCN, "đạt 52,14%", "52,14%", "%", code=_TT, target=60, stated_status="chưa đạt"),
    _w(_MCN, "năm 2025 là 60%", "60%", "%", T, as_of="2025-12-31", code=ANY),
    _w(_MCN, "đạt 86,42%", "86,42%", "%", code=_SH),
    _w(_CAP_HUYEN, "(cấp huyện 94,18%", "94,18%", "%", code=_SH),
    _w(_CAP_XA, "cấp xã 82,64%)", "82,64%", "%", code=_SH),
    # III.1 the district's score and rank among 9 (quý IV năm 2024 in brackets), satisfaction
    F("đạt 84,36/100", "84,36/100", 84.36, "điểm", max_value=100, code=ANY, **_MCN),
    F("xếp thứ 3/9", "3/9", 3, "hạng", R, max_value=9, code=ANY, **_MCN),
    F("82,18 điểm", "82,18", 82.18, "điểm", PR, max_value=100, as_of=_Q4_2024, code=ANY, **_MCN),
    F("xếp thứ 5/9)", "5/9", 5, "hạng", PR, max_value=9, as_of=_Q4_2024, code=ANY, **_MCN),
    F("tăng 2,18 điểm", "2,18", 2.18, "điểm", CH, code=ANY, **_MCN),
    _w(_MCN, "đạt 97,86%", "97,86%", "%", code=_HL),
    # III.2 the communes: average, grades, the first and last in a dash list, the communes against the town
    _w(_IN_XA, "đạt 81,42 điểm", "81,42", "điểm", code=ANY),
    _w(_IN_XA, "Có 12/16 xã", "12/16", "xã", C, max_value=16, code=None),
    _w(_OPEN, "(từ 80 điểm", "80", "điểm", T, code=ANY),
    _w(_IN_XA, "lên), 03 đơn vị", "03", "đơn vị", C, code=None),
    _w(_IN_XA, "và 01 đơn vị", "01", "đơn vị", C, code=None),
    F("Mỏ Cày: 92,46 điểm", "92,46", 92.46, "điểm", subject="UBND thị trấn Mỏ Cày", level="xã", code=ANY),
    F("An Thạnh: 90,18 điểm", "90,18", 90.18, "điểm", subject="UBND xã An Thạnh", level="xã", code=ANY),
    F("Phước Hội: 89,64 điểm", "89,64", 89.64, "điểm", subject="UBND xã Đa Phước Hội", level="xã", code=ANY),
    F("Tân Trung: 71,24 điểm", "71,24", 71.24, "điểm", subject="UBND xã Tân Trung", level="xã", code=ANY),
    F("Ngãi Đăng: 74,86 điểm", "74,86", 74.86, "điểm", subject="UBND xã Ngãi Đăng", level="xã", code=ANY),
    _w(_IN_XA, "của 15 xã", "15", "xã", C, code=None),
    F("11,78 điểm", "11,78", -11.78, "điểm", CH, code=ANY, **_IN_XA),
    # IV. PAKN (quý IV năm 2024 in brackets; the hotline no figure)
    _w(_MCN, "tiếp nhận 06 phản ánh", "06", "PAKN", C, code=_PAKN_TN),
    _w(_MCN, "(quý IV năm 2024: 09 PAKN)", "09", "PAKN", PR, as_of=_Q4_2024, code=_PAKN_TN),
    _w(_MCN, "06/06 PAKN", "06/06", "PAKN", C, max_value=6, code=ANY),
    _w(_MCN, "đạt 100%;", "100%", "%", code=ANY),
    _w(_MCN, "bình quân 4,5 ngày", "4,5", "ngày", code=ANY),
    # V. the communes' target of quý II
    _w(_IN_XA, "tối thiểu 60%", "60%", "%", T, as_of="2025-06-30", code=ANY),
]

BLIND = {"825": BLIND_825, "826": BLIND_826, "827": BLIND_827, "828": BLIND_828, "829": BLIND_829}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "825": [
        ("2024-10-31", "day", "31/10/2024", "hồ sơ đất đai quá hạn", "Sở Tài nguyên và Môi trường"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "thanh toán trực tuyến", "UBND các huyện, thị xã, thành phố"),
        ("2024-11-15", "day", "ngày mười lăm tháng 11 năm 2024", "quy trình nội bộ", "Văn phòng UBND tỉnh"),
        ("2024-12-31", "month", "tháng 12/2024", "ký số kết quả điện tử", "Sở Thông tin và Truyền thông"),
        # issued 08/10/2024, before the 20th: the first "ngày 20 hằng tháng" is 20/10/2024
        ("2024-10-20", "recurring", "20 hằng tháng", "báo cáo tình hình giải quyết TTHC", "Các sở, ban, ngành"),
    ],
    "826": [
        ("2024-09-15", "day", "15/9/2024", "hồ sơ đất đai quá hạn", "UBND huyện Bình Xuyên và UBND huyện Vĩnh Tường"),
        ("2024-09-30", "day", "ngày ba mươi tháng 9 năm 2024", "xin lỗi", "Các đơn vị được kiểm tra"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "hồ sơ quá hạn", "UBND các huyện, thành phố"),
        ("2024-10-31", "month", "tháng 10/2024", "máy quét", "Sở Thông tin và Truyền thông"),
        # issued 20/8/2024, before the 25th: the first "ngày 25 hằng tháng" is 25/8/2024
        ("2024-08-25", "recurring", "25 hằng tháng", "báo cáo tiến độ khắc phục", "Các đơn vị được kiểm tra"),
    ],
    "827": [
        ("2025-03-31", "quarter", "quý I năm 2025", "kho dữ liệu số hóa", "Sở Thông tin và Truyền thông"),
        ("2025-02-28", "day", "28/02/2025", "lỗi thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-03-31", "day", "ngày ba mươi mốt tháng 3 năm 2025", "Kế hoạch cải cách thủ tục hành chính",
         "Văn phòng UBND tỉnh"),
        ("2025-12-31", "year", "năm 2025", "thanh toán trực tuyến", "UBND các huyện, thị xã, thành phố"),
        # issued 10/01/2025, before the 15th: the first "ngày 15 hằng tháng" is 15/01/2025
        ("2025-01-15", "recurring", "15 hằng tháng", "báo cáo kết quả thực hiện các chỉ tiêu", "Các sở, ban, ngành"),
    ],
    "828": [
        ("2025-04-20", "day", "20/4/2025", "nguyên nhân", "UBND huyện U Minh Thượng và UBND huyện Giang Thành"),
        ("2025-06-30", "quarter", "quý II năm 2025", "thanh toán trực tuyến", "UBND các huyện, thành phố"),
        ("2025-05-31", "month", "tháng 5/2025", "tài khoản thu phí", "Sở Tài chính"),
        ("2025-04-18", "day", "ngày mười tám tháng 4 năm 2025", "số hóa kết quả", "Sở Khoa học và Công nghệ"),
        # issued 07/4/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/5/2025
        ("2025-05-05", "recurring", "05 hằng tháng", "báo cáo kết quả thanh toán trực tuyến",
         "UBND các huyện, thành phố"),
    ],
    "829": [
        ("2025-04-30", "day", "30/4/2025", "kiện toàn Bộ phận Một cửa", "Văn phòng HĐND và UBND huyện"),
        ("2025-06-30", "quarter", "quý II năm 2025", "thanh toán trực tuyến", "UBND các xã, thị trấn"),
        ("2025-05-15", "day", "ngày mười lăm tháng 5 năm 2025", "hồ sơ đất đai quá hạn",
         "Phòng Nông nghiệp và Môi trường"),
        ("2025-05-31", "month", "tháng 5/2025", "chỉ tiêu bị trừ điểm", "UBND xã Tân Trung và UBND xã Ngãi Đăng"),
        # issued 04/4/2025, before the 22nd: the first "ngày 22 hằng tháng" is 22/4/2025
        ("2025-04-22", "recurring", "22 hằng tháng", "báo cáo kết quả giải quyết TTHC", "UBND các xã, thị trấn"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind148.py's META).
META = {
    "825": {"doc_number": "386/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-10-08",
            "province": "Quảng Nam", "period_label": "quý III năm 2024", "period_start": "2024-07-01",
            "period_end": "2024-09-30", "signer": "Trần Anh Tuấn"},
    "826": {"doc_number": "1246/BC-SNV", "doc_type": "Báo cáo", "issued_date": "2024-08-20",
            "province": "Vĩnh Phúc", "period_label": "6 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-06-30", "signer": "Nguyễn Thị Thanh Hương"},
    "827": {"doc_number": "12/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Bình Dương", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Nguyễn Lộc Hà"},
    "828": {"doc_number": "86/TB-VPUBND", "doc_type": "Thông báo", "issued_date": "2025-04-07",
            "province": "Kiên Giang", "period_label": "tháng 3 năm 2025", "period_start": "2025-03-01",
            "period_end": "2025-03-31", "signer": "Lê Thị Mỹ Hạnh"},
    "829": {"doc_number": "42/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-04-04",
            "province": "Bến Tre", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Võ Thanh Tâm"},
}
