"""Blind golden facts for corpus/blind136/755_lai_chau.txt, 756_cao_bang.txt, 757_hai_phong.txt, 758_kon_tum.txt and
759_lao_cai.txt.

The five documents were written by the developers for a hundred-and-thirty-sixth blind measurement (INSPECTION AND PAR
INDEX GENRES: a Sở Nội vụ's report on the province's inspection of administrative reform at 12 bodies with findings
counted and corrections due, a Sở Nội vụ's report on the provincial Chỉ số CCHC of the Sở and the communes with their
appraised scores by field and maxima, a city's report on its national PAR INDEX and SIPAS against the two former units
of 2024, a Sở Nội vụ's SIPAS survey of the Sở and the district-level units before the merger, a UBND tỉnh's Kế hoạch
for 2026 with targets, task quantities and deadlines; provinces Lai Châu and Cao Bằng, unchanged by the 1 July 2025
merger, Hải Phòng and Lào Cai after it, Kon Tum before it; periods năm 2025, năm 2025, năm 2025, 6 tháng đầu năm 2025
and năm 2026; not real documents), and every row below was written by reading them, before any extraction,
restoration or pipeline code was run on them. They also serve as held-out text for diacritic restoration (marks
stripped, restored, compared with the file).

Same structure and conventions as golden/blind132.py, blind131.py, blind130.py, blind129.py, blind16.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose and list counts are kind `count`; table cells are kind `value` even when they count, with
`extra={"source": "table"}` (rank cells kind `rank` without max_value where the header writes none); `as_of="period"`
is the period's end; a change is dated with the figure it changes and a fall ("giảm", "thấp hơn") is negative; a
change in "điểm phần trăm" is kind change in `%` with the number alone as raw. `ANY` leaves a field unchecked where
the sentence names no catalogued indicator (`None` where it clearly names none: counts of bodies, communes, documents,
officials, findings). The PAR Index carries `par_index` and SIPAS `sipas` (a province's or city's own index, its rank,
its target); a field of the PAR Index, a SIPAS factor, a block's average and a single body's index carry no checked
code (as golden/blind112.py's 636 and golden/blind119.py's 673). Counts of local units take the unit of their first
unit word ("08 xã, phường", "30 xã, phường, đặc khu", "114 xã, phường, đặc khu" → `xã`); counts of "sở, ban, ngành",
"cơ quan" and "đơn vị" → `đơn vị` at the level of the bodies counted (unchecked where they are of several levels: "12
cơ quan, đơn vị" inspected, 04 Sở and 08 communes); "38 đơn vị hành chính cấp xã (36 xã, 02 phường)" → `cấp xã` (unit
`đơn vị`, level xã) and its parts (subject unchecked, level xã, units `xã` and `phường`). Province-wide and city-wide
figures have subject NULL; the former provinces' values are subject and level unchecked (as golden/blind112.py's 636).
Things counted take the noun as written (`nội dung` for findings, `văn bản`, `công chức`, `phiếu`, `ý kiến`, `thư xin
lỗi`); money keeps the unit written (`triệu đồng`). Dates, document numbers and cited texts ("Kế hoạch số
286/KH-UBND", "Quyết định số 1452/QĐ-UBND", "Quyết định số 386/QĐ-UBND", "Quyết định số 286/QĐ-UBND", "Quyết định số
512/QĐ-BNV", "Quyết định số 513/QĐ-BNV", "Kế hoạch số 46/KH-UBND", "Nghị quyết số 76/NQ-CP", "Quyết định số
1046/QĐ-BNV"), the inspection and survey windows ("từ ngày 04/8/2025 đến ngày 21/11/2025", "từ ngày 01/01/2025 đến
ngày 31/10/2025", "từ ngày 05/5/2025 đến ngày 13/6/2025", "Từ ngày 01/7/2025", "đến ngày 31/12/2025" in a plan's
results), "giai đoạn 2021 - 2030", "Tháng 12/2025" naming a result, the period words "6 tháng đầu năm 2025", "Bộ chỉ
số 766", section and item numbering ("I.", "1.", "Bảng 1."), STT cells, the "Xếp loại" text column, the address and
floor ("tầng 4", "số 011 đường Hoàng Đình Giong", "số 242 đường Bà Triệu", "số 58 đường Hoàng Liên"), phone numbers
("0213.3876.245", "0206.3852.318", "0260.3862.514", "0214.3820.645"), headings naming the next period ("III. NHIỆM VỤ,
KIẾN NGHỊ NĂM 2026", "V. NHIỆM VỤ TRỌNG TÂM NĂM 2026", "V. NHIỆM VỤ NĂM 2026": no deadlines), numbers in words ("hai
cấp", "năm đầu tiên", the days of "ngày mười lăm tháng 01", "ngày ba mươi tháng 4", "ngày ba mươi tháng 6", "ngày mười
lăm tháng 7", "ngày hai mươi lăm tháng 5") and years are not figures.

New in this set (the decisions are written here):
- AN INSPECTION REPORT OVER SEVERAL BODIES WITH FINDINGS COUNTED (755): the team's sample "xác suất 1.060 hồ sơ,
  phát hiện 86 hồ sơ có sai sót, chiếm 8,11%" is of bodies of two levels (subject and level unchecked, codes
  unchecked), "năm 2024 (tỷ lệ sai sót 11,46%)" previous 2024-12-31 and "giảm 3,35 điểm phần trăm" its fall;
  FINDINGS "94 nội dung tồn tại, hạn chế" in `nội dung` (code None), by block (the Sở block level tỉnh, the commune
  block level xã, subject unchecked) and by group in a dash list (subject and level unchecked); corrections "52/94 nội
  dung, đạt 55,32%; còn 42 nội dung" at the period end ("Đến thời điểm báo cáo"). A TAB-SEPARATED TABLE BY BODY
  ("Hồ sơ kiểm tra xác suất | Hồ sơ có sai sót | Tỷ lệ sai sót (%) | Nội dung tồn tại"): each body as written ("Sở Tư
  pháp" level tỉnh, "Phường Tân Phong", "Xã Mường Tè" level xã), the "Cộng" row adding two levels subject and level
  unchecked. The commune block's online share against "chỉ tiêu tỉnh giao năm 2025 cho cấp xã là 65%" (target level
  xã, subject unchecked, as golden/blind119.py's 670) "chưa đạt".
- CORRECTIONS DUE BY A DATE AND OTHER TASK QUANTITIES (755, 759): "hoàn thành khắc phục 42 nội dung còn lại … trước
  ngày 31/01/2026", "kiểm tra … tại 20 cơ quan, đơn vị (06 sở, ban, ngành và 14 xã, phường), hoàn thành trong quý III
  năm 2026", "đơn giản hóa 45 TTHC nội bộ … chậm nhất ngày hai mươi lăm tháng 5 năm 2026", "tại 99 xã, phường trong năm
  2026": kind target dated at the task's deadline (as golden/blind118.py's 669), though the same number was a count a
  line before (755's "còn 42 nội dung").
- A PROVINCIAL PAR INDEX OF THE SỞ AND THE COMMUNES WITH ITS FIELDS (756): the structure "100 điểm, gồm điểm thẩm định
  tối đa 70 điểm và điểm điều tra xã hội học tối đa 30 điểm" (the index's: kind value, no max, subject and level
  unchecked); two MARKDOWN TABLES "| STT | Lĩnh vực | Điểm tối đa | Điểm bình quân | Tỷ lệ đạt (%) |" (the Sở block,
  the commune block): the "Điểm tối đa" cell a figure about the index (as golden/blind110.py settles it), the block's
  average with its row's maximum (level of the block, subject unchecked), the share `%`; the last row "Điểm thẩm
  định" (empty STT) the appraised part of the block, max 70. The block averages "86,74/100", "60,42/70", "26,32/30"
  carry the maximum written; named bodies in brackets "(93,46 điểm)" no maximum (none written); "xếp thứ 17/17" a
  body's rank among the Sở (code unchecked); grades in `đơn vị`; "(04 cơ quan xếp loại Tốt)" of 2024 kind previous
  (2024-12-31, code None), "tăng thêm 01 cơ quan" a change in `đơn vị` (code unchecked).
- THE NATIONAL PAR INDEX AND SIPAS AGAINST THE TWO FORMER UNITS (757): "89,46%, xếp thứ 6/34" (`par_index`, subject
  NULL), "cao hơn kết quả của thành phố Hải Phòng (cũ) (88,12%, xếp thứ 9/63) là 1,34 điểm phần trăm": the former
  unit's value and rank kind previous (they are compared; 2024-12-31, subject and level unchecked), the gap the city's
  change in `%`; "thấp hơn … (87,02%) là 0,64 điểm phần trăm" a negative change; the national average unchecked. THE
  FIELDS AS A DASH LIST "- Cải cách chế độ công vụ: 11,18/13 điểm, tỷ lệ 86,00%, xếp thứ 19/34;": the score with the
  maximum written after the slash, its share, its rank among the 34 (kind rank, max 34), codes unchecked, subject NULL.
  SIPAS factors after "lần lượt là" unchecked. The city's own index of its bodies: counts and grades (`đơn vị` level
  tỉnh; the communes' level xã). Targets "Chỉ số CCHC đạt từ 89% trở lên", "Chỉ số SIPAS đạt từ 87% trở lên" at the
  period end, the results set against them with "đạt"/"chưa đạt".
- A SIPAS SURVEY BEFORE THE MERGER (758): the half-year's survey ("4.900 phiếu … 4.760 phiếu hợp lệ, đạt 97,14%",
  subject and level unchecked; by block "khối sở, ban, ngành 2.660 phiếu" level tỉnh, "khối huyện, thành phố 2.100
  phiếu" level huyện); "Chỉ số SIPAS chung của tỉnh 6 tháng đầu năm 2025 đạt 86,48%" is the province's SIPAS (`sipas`,
  subject NULL) and is set against the year's target "từ 87% trở lên" (dated 2025-12-31, after the period end: the
  plan's year) with "chưa đạt"; the ministry's SIPAS and PAR Index of 2024 stated alone (kind value and rank, dated
  2024-12-31). A MARKDOWN TABLE OF THE TEN DISTRICT-LEVEL UNITS ("Phiếu hợp lệ | Chỉ số SIPAS (%) | Xếp hạng | Xếp
  loại"): each unit as written (level huyện), forms in `phiếu`, the unit's SIPAS `%` (code unchecked), its rank (kind
  rank, no max), the block's row (empty STT and rank) subject unchecked, level huyện; "thứ 10/10" the last unit's rank.
- A KẾ HOẠCH FOR THE NEXT YEAR (759): its period is the plan's year (as golden/blind118.py's 669); "I. KẾT QUẢ NĂM
  2025" is dated 2025-12-31 (the inspections and corrections "lần lượt khắc phục 35/38 nội dung và 69/88 nội dung,
  tương ứng đạt 92,11% và 78,41%" by block, the former provinces' PAR Index and SIPAS of 2024 stated alone, the 766
  result of tháng 12/2025, files, letters, PAKN, the bodies' preliminary self-assessment); "II. MỤC TIÊU, CHỈ TIÊU NĂM
  2026" the province's targets at the period end (a rank target "xếp hạng từ thứ 12/34 trở lên" in `hạng` with max 34
  and `par_index`; "đúng hạn đạt trên 98,5%"; "khối xã, phường đạt từ 82 điểm" level xã; "100% cơ quan, đơn vị được
  kiểm tra" subject and level unchecked); the plan's money in `triệu đồng` (subject and level unchecked).

Per document:
- 755 is a Báo cáo of the Sở Nội vụ tỉnh Lai Châu (header "UBND TỈNH LAI CHÂU / SỞ NỘI VỤ", number "1126/BC-SNV",
  signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC") to UBND tỉnh on the inspection of administrative reform of năm 2025, issued
  12/12/2025 (the period the title's year). The PAR Index of 2024 "84,26%, xếp thứ 40/63" (value and rank, 2024-12-31).
  Task 3's "tối thiểu 45% trong quý I năm 2026" the inspected communes' target (level xã, 2026-03-31). Six deadlines in
  numbered items: day, "chậm nhất ngày mười lăm tháng 01 năm 2026", quarter (with the target), month, year in a request
  "Đề nghị Bưu điện tỉnh Lai Châu …", "trước ngày 20 hằng tháng" (issued 12/12/2025: first 20/12/2025).
- 756 is a Báo cáo of the Sở Nội vụ tỉnh Cao Bằng (header "UBND TỈNH CAO BẰNG / SỞ NỘI VỤ", number "214/BC-SNV") on
  the Chỉ số CCHC năm 2025 of its 17 Sở and 56 communes, issued 10/3/2026. The province's PAR Index of 2024 "85,07%,
  xếp thứ 38/63" (value and rank, 2024-12-31). Task 3's "tối thiểu 85% trong quý II năm 2026" the Sở Y tế's target
  (level tỉnh). Six deadlines: day, "chậm nhất ngày ba mươi tháng 4 năm 2026", quarter (with the target), month, year
  in a request "Đề nghị Bưu điện tỉnh Cao Bằng …", "trước ngày 25 hằng tháng" (issued 10/3/2026: first 25/3/2026).
- 757 is a Báo cáo of UBND thành phố Hải Phòng (merged with Hải Dương; header "ỦY BAN NHÂN DÂN / THÀNH PHỐ HẢI PHÒNG",
  number "186/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Ban Thường vụ Thành ủy on the
  PAR INDEX and SIPAS of năm 2025 (the year the indices measure), issued 22/5/2026. The survey "1.500 phiếu tại 30 xã,
  phường, đặc khu … 1.462 phiếu hợp lệ, đạt 97,47%" (subject and level unchecked; the communes level xã). Task 3's
  "tối thiểu 87% trong quý IV năm 2026" the communes' target (level xã, 2026-12-31, code unchecked). Six deadlines:
  day, "chậm nhất ngày ba mươi tháng 6 năm 2026", quarter (with the target), month, year in a request "Đề nghị Viettel
  Hải Phòng …", "trước ngày 28 hằng tháng" (issued 22/5/2026: first 28/5/2026).
- 758 is a Báo cáo of the Sở Nội vụ tỉnh Kon Tum (header "UBND TỈNH KON TUM / SỞ NỘI VỤ", number "742/BC-SNV", signed
  by a Ba Na name "A Thiêm"), 6 tháng đầu năm 2025, issued 20/6/2025, before the merger (ranks /63). The Sở block
  "87,94%, tăng 1,26 điểm phần trăm so với năm 2024 (86,68%)" (level tỉnh; previous 2024-12-31), grades, first and
  last Sở (as written); the district block "84,63%, thấp hơn khối sở, ban, ngành 3,31 điểm phần trăm" (level huyện,
  the gap negative); "312 ý kiến … 186 ý kiến" (subject and level unchecked). Task 3's "tối thiểu 88% trong quý III năm
  2025" the Sở block's target (level tỉnh, 2025-09-30). Six deadlines: day for two named districts (both the
  assignee), "chậm nhất ngày mười lăm tháng 7 năm 2025", quarter (with the target), month, year in a request "Đề nghị
  Bưu điện tỉnh Kon Tum …", "trước ngày 25 hằng tháng" (issued 20/6/2025: first 25/6/2025).
- 759 is a KẾ HOẠCH of UBND tỉnh Lào Cai (merged with Yên Bái; header "ỦY BAN NHÂN DÂN / TỈNH LÀO CAI", number
  "27/KH-UBND", doc_type "Kế hoạch") on administrative reform and its inspection in 2026, issued 16/01/2026. Tasks as
  "+" items under numbered headings naming the field; the report's own recurring task in a paragraph "4. Chế độ báo
  cáo". Seven deadlines: quarter for the Sở Nội vụ (with the inspection quantities), day, quarter for the communes (with
  the target), "chậm nhất ngày hai mươi lăm tháng 5 năm 2026", month (with "100% công chức cấp xã"), year in a request
  "Đề nghị Viễn thông Lào Cai …", "trước ngày 18 hằng tháng" (issued 16/01/2026: first 18/01/2026).

Unsure readings (fields left `ANY`, or decided and written here): the kind of task quantities that repeat a count
(755's "42 nội dung"; decided: target at the task's deadline, as 669); whether the former units' 2024 values in 757
are previous (decided: yes, they are compared; in 759 they are stated alone: value); the code of the province's own
half-year SIPAS survey in 758 (decided `sipas`: the text names it "Chỉ số SIPAS chung của tỉnh"); the subject of the
inspection team's samples, findings and corrections over bodies of two levels (unchecked); the owner of the "cho cấp
xã là 65%" target in 755 (level xã, subject unchecked); the codes of the findings by group (None: findings are no
indicator, though a group is named "Thanh toán trực tuyến").
"""
from __future__ import annotations

from golden.facts import (
    _DH,
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
_PAR = "par_index"
_SIPAS = "sipas"
_PAKN_TN = "pakn.tiep_nhan"
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_HUYEN = {"subject": ANY, "level": "huyện"}
_IN_XA = {"subject": ANY, "level": "xã"}
_CAP_XA = {"subject": "cấp xã", "level": "xã"}
_NULL = {"subject": None, "level": None}
_Y2024 = "2024-12-31"
_Y2025 = "2025-12-31"

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
    """The numeric cells of one table row written as `line`, left to right. A cell's context is the separator before
    it, the rest of its row and the start of the next line (`after`), so that it occurs once and the raw text is found
    first at the cell itself."""
    facts, at = [], 0
    for raw, unit, kind, code, top in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw), unit, kind, max_value=top, as_of=as_of, code=code,
                       extra=TAB, **who))
        at += len(sep)
    return facts


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |").replace("|  |", "| |")


def _table(rows: list[tuple], make_line, end: str, row_facts) -> list[Fact]:
    """Every row of a table: `rows` are (STT, label, *cells) written by `make_line`; a row's context ends with the
    next row's STT and label (the last row's with `end`); `row_facts(line, after, row)` gives the row's facts."""
    facts = []
    for i, row in enumerate(rows):
        line = make_line(row)
        if i + 1 < len(rows):
            after = make_line(rows[i + 1][:2])
            after = after.rsplit(" |", 1)[0] if after.endswith(" |") else after
        else:
            after = end
        facts += row_facts(line, after, row)
    return facts


def _level_of(name: str) -> str:
    """The level of a body named in a table row (a Sở is the province's, a ward or commune the commune level)."""
    return "tỉnh" if name.startswith("Sở") else "xã"


def _by(subject: str | None, level: str | None):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


_prov = _by(None, None)


# ------------------------------------------------------------ 755: Sở Nội vụ tỉnh Lai Châu, kiểm tra CCHC năm 2025
# (an inspection of 12 bodies: samples, faults, findings counted by group, a tab-separated table by body)
_UNITS_755 = [
    ("1", "Sở Tư pháp", "120", "4", "3,33", "6"),
    ("2", "Sở Xây dựng", "110", "9", "8,18", "8"),
    ("3", "Sở Nông nghiệp và Môi trường", "130", "14", "10,77", "9"),
    ("4", "Sở Y tế", "90", "3", "3,33", "5"),
    ("5", "Phường Tân Phong", "100", "5", "5,00", "7"),
    ("6", "Phường Đoàn Kết", "90", "6", "6,67", "8"),
    ("7", "Xã Tam Đường", "80", "7", "8,75", "9"),
    ("8", "Xã Phong Thổ", "70", "8", "11,43", "10"),
    ("9", "Xã Sìn Hồ", "70", "9", "12,86", "9"),
    ("10", "Xã Than Uyên", "80", "6", "7,50", "7"),
    ("11", "Xã Tân Uyên", "60", "4", "6,67", "6"),
    ("12", "Xã Mường Tè", "60", "11", "18,33", "10"),
    ("", "Cộng", "1.060", "86", "8,11", "94"),
]


def _units_755() -> list[Fact]:
    """Bảng 1 (tab-separated, by body inspected): files sampled and faulty (`hồ sơ`), the faulty share (`%`), findings
    (`nội dung`, code None); each body as written ("Sở Tư pháp" level tỉnh, "Phường Tân Phong", "Xã Mường Tè" level
    xã); the "Cộng" row (empty STT) adds bodies of two levels: subject and level unchecked."""
    def row_facts(line: str, after: str, row: tuple) -> list[Fact]:
        stt, name, sampled, faulty, share, found = row
        who = _OPEN if stt == "" else {"subject": name, "level": _level_of(name)}
        return _cells(line, "\t", after, who, [(sampled, "hồ sơ", P, ANY, None), (faulty, "hồ sơ", P, ANY, None),
                                               (share, "%", P, ANY, None), (found, "nội dung", P, None, None)])
    return _table(_UNITS_755, "\t".join, "\n4. Kết quả khắc phục", row_facts)


BLIND_755 = [
    # I. the communes of the province ("cấp xã"), the bodies inspected (several levels: unchecked), the sample
    F("có 38 đơn vị", "38", 38, "đơn vị", C, code=None, **_CAP_XA),
    F("(36 xã", "36", 36, "xã", C, code=None, **_IN_XA),
    F("02 phường)", "02", 2, "phường", C, code=None, **_IN_XA),
    F("tại 12 cơ quan", "12", 12, "đơn vị", C, code=None, **_OPEN),
    F("gồm 04 sở", "04", 4, "đơn vị", C, code=None, **_IN_TINH),
    F("và 08 xã, phường; thời gian", "08", 8, "xã", C, code=None, **_IN_XA),
    F("kiểm tra 12/12 cơ quan", "12/12", 12, "đơn vị", C, max_value=12, code=None, **_OPEN),
    F("đạt 100% kế hoạch", "100%", 100, "%", code=ANY, **_OPEN),
    F("xác suất 1.060 hồ sơ", "1.060", 1060, "hồ sơ", C, code=ANY, **_OPEN),
    F("phát hiện 86 hồ sơ", "86", 86, "hồ sơ", C, code=ANY, **_OPEN),
    F("chiếm 8,11%", "8,11%", 8.11, "%", code=ANY, **_OPEN),
    F("sai sót 11,46%", "11,46%", 11.46, "%", PR, as_of=_Y2024, code=ANY, **_OPEN),
    F("giảm 3,35 điểm", "3,35", -3.35, "%", CH, code=ANY, **_OPEN),
    # II.1 results: plans on time, documents, online (the commune block against the level's target), digitisation,
    # payment of the 08 communes inspected
    F("Có 11/12 cơ quan", "11/12", 11, "đơn vị", C, max_value=12, code=None, **_OPEN),
    F("01 đơn vị ban hành chậm", "01", 1, "đơn vị", C, code=None, **_IN_XA),
    F("ban hành 214 văn bản", "214", 214, "văn bản", C, code=None, **_OPEN),
    F("kiểm tra đạt 68,42%", "68,42%", 68.42, "%", code=_NOP, **_OPEN),
    F("phường đạt 61,35%", "61,35%", 61.35, "%", code=_NOP, target=65, stated_status="chưa đạt", **_IN_XA),
    F("cấp xã là 65%", "65%", 65, "%", T, code=_NOP, **_IN_XA),
    F("ngành đạt 82,16%", "82,16%", 82.16, "%", code=_SH, **_IN_TINH),
    F("mới đạt 58,74%", "58,74%", 58.74, "%", code=_SH, **_IN_XA),
    F("của 08 xã, phường được", "08", 8, "xã", C, code=None, **_IN_XA),
    F("kiểm tra đạt 36,52%", "36,52%", 36.52, "%", code=_TT, **_IN_XA),
    # II.2 findings by block and by group (`nội dung`, code None), overdue files without letters, officials
    F("chỉ ra 94 nội dung", "94", 94, "nội dung", C, code=None, **_OPEN),
    F("ngành 28 nội dung", "28", 28, "nội dung", C, code=None, **_IN_TINH),
    F("phường 66 nội dung", "66", 66, "nội dung", C, code=None, **_IN_XA),
    F("điều hành: 12 nội dung", "12", 12, "nội dung", C, code=None, **_OPEN),
    F("kết quả: 31 nội dung", "31", 31, "nội dung", C, code=None, **_OPEN),
    F("TTHC: 27 nội dung", "27", 27, "nội dung", C, code=None, **_OPEN),
    F("trực tuyến: 14 nội dung", "14", 14, "nội dung", C, code=None, **_OPEN),
    F("công việc: 10 nội dung", "10", 10, "nội dung", C, code=None, **_OPEN),
    F("Còn 23 hồ sơ", "23", 23, "hồ sơ", C, code=ANY, **_OPEN),
    F("có 9 hồ sơ", "9", 9, "hồ sơ", C, subject="xã Mường Tè", level="xã", code=ANY),
    F("đối với 03 công chức", "03", 3, "công chức", C, code=None, **_OPEN),
    # II.3 Bảng 1
    *_units_755(),
    # II.4 corrections so far ("Đến thời điểm báo cáo": the period end), the province's PAR Index of 2024 (stated
    # alone: value and rank dated 2024-12-31)
    F("xong 52/94 nội dung", "52/94", 52, "nội dung", C, max_value=94, code=None, **_OPEN),
    F("đạt 55,32%", "55,32%", 55.32, "%", code=ANY, **_OPEN),
    F("còn 42 nội dung", "42", 42, "nội dung", C, code=None, **_OPEN),
    _prov("đạt 84,26%", "84,26%", 84.26, "%", as_of=_Y2024, code=_PAR),
    _prov("xếp thứ 40/63", "40/63", 40, "hạng", R, max_value=63, as_of=_Y2024, code=_PAR),
    # III. task quantities are targets dated at their task's deadline (as golden/blind118.py's 669)
    F("khắc phục 42 nội dung", "42", 42, "nội dung", T, as_of="2026-01-31", code=None, **_OPEN),
    F("tối thiểu 45%", "45%", 45, "%", T, as_of="2026-03-31", code=_TT, **_IN_XA),
]


# ------------------------------------------------------------ 756: Sở Nội vụ tỉnh Cao Bằng, Chỉ số CCHC năm 2025 của
# các sở, ban, ngành và UBND các xã, phường (two Markdown tables of the blocks' appraised scores by field)
_FIELDS_SO_756 = [
    ("1", "Công tác chỉ đạo, điều hành CCHC", "9", "8,12", "90,22"),
    ("2", "Cải cách thể chế", "8", "7,04", "88,00"),
    ("3", "Cải cách thủ tục hành chính", "16", "13,86", "86,63"),
    ("4", "Cải cách tổ chức bộ máy", "8", "7,28", "91,00"),
    ("5", "Cải cách chế độ công vụ", "10", "8,46", "84,60"),
    ("6", "Cải cách tài chính công", "6", "5,52", "92,00"),
    ("7", "Xây dựng chính quyền điện tử, chính quyền số", "13", "10,14", "78,00"),
    ("", "Điểm thẩm định", "70", "60,42", "86,31"),
]
_FIELDS_XA_756 = [
    ("1", "Công tác chỉ đạo, điều hành CCHC", "10", "8,46", "84,60"),
    ("2", "Cải cách thể chế", "7", "5,53", "79,00"),
    ("3", "Cải cách thủ tục hành chính", "18", "15,12", "84,00"),
    ("4", "Cải cách tổ chức bộ máy", "6", "4,98", "83,00"),
    ("5", "Cải cách chế độ công vụ", "10", "7,64", "76,40"),
    ("6", "Cải cách tài chính công", "5", "3,90", "78,00"),
    ("7", "Xây dựng chính quyền điện tử, chính quyền số", "14", "9,66", "69,00"),
    ("", "Điểm thẩm định", "70", "55,29", "78,99"),
]


def _fields_756(rows: list[tuple], who: dict, end: str) -> list[Fact]:
    """"| STT | Lĩnh vực | Điểm tối đa | Điểm bình quân | Tỷ lệ đạt (%) |": the "Điểm tối đa" cell is itself a figure
    about the index (kind value, `điểm`, no max, subject and level unchecked, as golden/blind110.py settles it); the
    block's average carries its row's maximum; the share `%`; the block's (subject unchecked, its level); codes
    unchecked (no catalogued code for a field of the PAR Index); the last row (empty STT) is the appraised part."""
    def row_facts(line: str, after: str, row: tuple) -> list[Fact]:
        _stt, _label, top, score, share = row
        facts = _cells(line, " | ", after, _OPEN, [(top, "điểm", P, ANY, None)])
        return facts + _cells(line, " | ", after, who, [(score, "điểm", P, ANY, _num(top)),
                                                        (share, "%", P, ANY, None)])
    return _table(rows, _md_line, end, row_facts)


BLIND_756 = [
    # I. bodies assessed, the communes ("cấp xã"), the index's structure (subject and level unchecked), the survey
    F("đối với 17 sở", "17", 17, "đơn vị", C, code=None, **_IN_TINH),
    F("và 56 đơn vị", "56", 56, "đơn vị", C, code=None, **_CAP_XA),
    F("(53 xã", "53", 53, "xã", C, code=None, **_IN_XA),
    F("03 phường)", "03", 3, "phường", C, code=None, **_IN_XA),
    F("là 100 điểm", "100", 100, "điểm", code=ANY, **_OPEN),
    F("thẩm định tối đa 70 điểm", "70", 70, "điểm", code=ANY, **_OPEN),
    F("hội học tối đa 30 điểm", "30", 30, "điểm", code=ANY, **_OPEN),
    F("phát 5.600 phiếu", "5.600", 5600, "phiếu", C, code=ANY, **_OPEN),
    F("về 5.482 phiếu", "5.482", 5482, "phiếu", C, code=ANY, **_OPEN),
    F("đạt 97,89%", "97,89%", 97.89, "%", code=ANY, **_OPEN),
    # II.1 the Sở block (level tỉnh, subject unchecked) against năm 2024 (dated 2024-12-31, on the /100 scale)
    F("bình quân 86,74/100", "86,74/100", 86.74, "điểm", max_value=100, code=ANY, **_IN_TINH),
    F("tăng 2,18 điểm", "2,18", 2.18, "điểm", CH, code=ANY, **_IN_TINH),
    F("(84,56 điểm)", "84,56", 84.56, "điểm", PR, max_value=100, as_of=_Y2024, code=ANY, **_IN_TINH),
    F("bình quân 60,42/70", "60,42/70", 60.42, "điểm", max_value=70, code=ANY, **_IN_TINH),
    F("bình quân 26,32/30", "26,32/30", 26.32, "điểm", max_value=30, code=ANY, **_IN_TINH),
    F("khối đạt 87,73%", "87,73%", 87.73, "%", code=ANY, **_IN_TINH),
    *_fields_756(_FIELDS_SO_756, _IN_TINH, "\n2. Xếp hạng"),
    # II.2 named Sở (as written, level tỉnh; no maximum written), the last one's rank, grades and năm 2024's
    F("(93,46 điểm)", "93,46", 93.46, "điểm", subject="Sở Tư pháp", level="tỉnh", code=ANY),
    F("(92,18 điểm)", "92,18", 92.18, "điểm", subject="Sở Nội vụ", level="tỉnh", code=ANY),
    F("(91,04 điểm)", "91,04", 91.04, "điểm", subject="Sở Tài chính", level="tỉnh", code=ANY),
    F("với 78,62 điểm", "78,62", 78.62, "điểm", subject="Sở Y tế", level="tỉnh", code=ANY),
    F("xếp thứ 17/17", "17/17", 17, "hạng", R, max_value=17, subject="Sở Y tế", level="tỉnh", code=ANY),
    F("Có 05 cơ quan", "05", 5, "đơn vị", C, code=None, **_IN_TINH),
    F("Tốt, 10 cơ quan", "10", 10, "đơn vị", C, code=None, **_IN_TINH),
    F("Khá, 02 cơ quan", "02", 2, "đơn vị", C, code=None, **_IN_TINH),
    F("(04 cơ quan", "04", 4, "đơn vị", PR, as_of=_Y2024, code=None, **_IN_TINH),
    F("thêm 01 cơ quan", "01", 1, "đơn vị", CH, code=ANY, **_IN_TINH),
    # III. the commune block (level xã), its gap to the Sở block (negative), its table, grades, first and last
    F("bình quân 79,58/100", "79,58/100", 79.58, "điểm", max_value=100, code=ANY, **_IN_XA),
    F("ngành 7,16 điểm", "7,16", -7.16, "điểm", CH, code=ANY, **_IN_XA),
    F("bình quân 55,29/70", "55,29/70", 55.29, "điểm", max_value=70, code=ANY, **_IN_XA),
    F("bình quân 24,29/30", "24,29/30", 24.29, "điểm", max_value=30, code=ANY, **_IN_XA),
    F("phường đạt 81,46%", "81,46%", 81.46, "%", code=ANY, **_IN_XA),
    *_fields_756(_FIELDS_XA_756, _IN_XA, "\n2. Xếp loại"),
    F("có 08 đơn vị", "08", 8, "đơn vị", C, code=None, **_IN_XA),
    F("Tốt, 31 đơn vị", "31", 31, "đơn vị", C, code=None, **_IN_XA),
    F("Khá, 15 đơn vị", "15", 15, "đơn vị", C, code=None, **_IN_XA),
    F("và 02 đơn vị", "02", 2, "đơn vị", C, code=None, **_IN_XA),
    F("(92,84 điểm)", "92,84", 92.84, "điểm", subject="Phường Thục Phán", level="xã", code=ANY),
    F("(64,12 điểm)", "64,12", 64.12, "điểm", subject="xã Lý Quốc", level="xã", code=ANY),
    # IV. the province's PAR Index of 2024 (stated alone: value and rank dated 2024-12-31)
    _prov("đạt 85,07%", "85,07%", 85.07, "%", as_of=_Y2024, code=_PAR),
    _prov("xếp thứ 38/63", "38/63", 38, "hạng", R, max_value=63, as_of=_Y2024, code=_PAR),
    # V. task 3's target of the Sở Y tế for quý II năm 2026
    F("tối thiểu 85%", "85%", 85, "%", T, as_of="2026-06-30", code=_SH, subject="Sở Y tế", level="tỉnh"),
]


# ------------------------------------------------------------ 757: UBND thành phố Hải Phòng, PAR INDEX và SIPAS năm
# 2025 (the city's national ranks against the two former units of 2024; a dash list of the eight fields)
_FIELDS_757 = [
    ("8,02/8,5", "94,35%", "5/34"), ("9,36/10,5", "89,14%", "11/34"), ("12,74/14", "91,00%", "8/34"),
    ("9,12/10", "91,20%", "7/34"), ("11,18/13", "86,00%", "19/34"), ("9,63/11", "87,55%", "14/34"),
    ("11,92/13,5", "88,30%", "10/34"), ("17,49/19,5", "89,69%", "9/34"),
]


def _fields_757() -> list[Fact]:
    """"- Cải cách chế độ công vụ: 11,18/13 điểm, tỷ lệ 86,00%, xếp thứ 19/34;": the city's (subject NULL) score of
    one field with the maximum written after the slash, its share and its rank among the 34 (codes unchecked: no
    catalogued code for a field of the PAR Index)."""
    facts = []
    for score, share, rank in _FIELDS_757:
        got, top = score.split("/")
        place, among = rank.split("/")
        facts += [
            _prov(f"{score} điểm", score, _num(got), "điểm", max_value=_num(top), code=ANY),
            _prov(f"tỷ lệ {share}", share, _num(share), "%", code=ANY),
            _prov(f"{share}, xếp thứ {rank}", rank, _num(place), "hạng", R, max_value=_num(among), code=ANY),
        ]
    return facts


_FACTORS_757 = [("là 87,84%", "87,84%"), ("87,84%, 86,12%", "86,12%"), ("86,12%, 88,46%", "88,46%"),
                ("88,46%, 85,92%", "85,92%"), ("và 83,56%", "83,56%")]

BLIND_757 = [
    # I.1 the city's PAR Index (subject NULL), the national average (unchecked), the two scoring parts; năm 2024 of
    # the two former units (previous, dated 2024-12-31, subject and level unchecked) and the gaps to them
    _prov("thành phố đạt 89,46%", "89,46%", 89.46, "%", code=_PAR),
    _prov("xếp thứ 6/34", "6/34", 6, "hạng", R, max_value=34, code=_PAR),
    F("cả nước (87,08%)", "87,08%", 87.08, "%", code=ANY, **_OPEN),
    _prov("là 2,38 điểm", "2,38", 2.38, "%", CH, code=ANY),
    _prov("đạt 56,42/62,5", "56,42/62,5", 56.42, "điểm", max_value=62.5, code=ANY),
    _prov("(tỷ lệ 90,27%)", "90,27%", 90.27, "%", code=ANY),
    _prov("đạt 33,04/37,5", "33,04/37,5", 33.04, "điểm", max_value=37.5, code=ANY),
    _prov("(tỷ lệ 88,11%)", "88,11%", 88.11, "%", code=ANY),
    F("(88,12%", "88,12%", 88.12, "%", PR, as_of=_Y2024, code=_PAR, **_OPEN),
    F("xếp thứ 9/63)", "9/63", 9, "hạng", PR, max_value=63, as_of=_Y2024, code=_PAR, **_OPEN),
    _prov("là 1,34 điểm", "1,34", 1.34, "%", CH, code=ANY),
    F("(86,54%", "86,54%", 86.54, "%", PR, as_of=_Y2024, code=_PAR, **_OPEN),
    F("xếp thứ 17/63)", "17/63", 17, "hạng", PR, max_value=63, as_of=_Y2024, code=_PAR, **_OPEN),
    _prov("là 2,92 điểm", "2,92", 2.92, "%", CH, code=ANY),
    # I.2 the eight fields
    *_fields_757(),
    # II. SIPAS: the ministry's survey (subject and level unchecked; the communes surveyed level xã), the city's index
    # and rank, năm 2024 of the former units and the gaps (one negative), five factors after "lần lượt là"
    F("phát 1.500 phiếu", "1.500", 1500, "phiếu", C, code=ANY, **_OPEN),
    F("tại 30 xã", "30", 30, "xã", C, code=None, **_IN_XA),
    F("về 1.462 phiếu", "1.462", 1462, "phiếu", C, code=ANY, **_OPEN),
    F("đạt 97,47%", "97,47%", 97.47, "%", code=ANY, **_OPEN),
    _prov("thành phố đạt 86,38%", "86,38%", 86.38, "%", code=_SIPAS),
    _prov("86,38%, xếp thứ 11/34", "11/34", 11, "hạng", R, max_value=34, code=_SIPAS),
    F("(87,02%)", "87,02%", 87.02, "%", PR, as_of=_Y2024, code=_SIPAS, **_OPEN),
    _prov("là 0,64 điểm", "0,64", -0.64, "%", CH, code=ANY),
    F("(83,96%)", "83,96%", 83.96, "%", PR, as_of=_Y2024, code=_SIPAS, **_OPEN),
    _prov("là 2,42 điểm", "2,42", 2.42, "%", CH, code=ANY),
    *[_prov(context, raw, _num(raw), "%", code=ANY) for context, raw in _FACTORS_757],
    # III. the city's own index of its bodies: counts (`đơn vị` / `xã`), block averages, grades
    F("của 21 sở", "21", 21, "đơn vị", C, code=None, **_IN_TINH),
    F("và 114 xã", "114", 114, "xã", C, code=None, **_IN_XA),
    F("bình quân 88,26%", "88,26%", 88.26, "%", code=ANY, **_IN_TINH),
    F("có 09 đơn vị", "09", 9, "đơn vị", C, code=None, **_IN_TINH),
    F("Tốt, 11 đơn vị", "11", 11, "đơn vị", C, code=None, **_IN_TINH),
    F("Khá, 01 đơn vị", "01", 1, "đơn vị", C, code=None, **_IN_TINH),
    F("bình quân 81,74%", "81,74%", 81.74, "%", code=ANY, **_IN_XA),
    F("có 26 đơn vị", "26", 26, "đơn vị", C, code=None, **_IN_XA),
    F("Tốt, 71 đơn vị", "71", 71, "đơn vị", C, code=None, **_IN_XA),
    F("Khá, 17 đơn vị", "17", 17, "đơn vị", C, code=None, **_IN_XA),
    # IV. the year's targets (at the period end) and the results set against them
    _prov("từ 89%", "89%", 89, "%", T, code=_PAR),
    _prov("từ 87%", "87%", 87, "%", T, code=_SIPAS),
    _prov("CCHC đạt 89,46%", "89,46%", 89.46, "%", code=_PAR, target=89, stated_status="đạt"),
    _prov("SIPAS đạt 86,38%", "86,38%", 86.38, "%", code=_SIPAS, target=87, stated_status="chưa đạt"),
    # V. task 3's target of the communes for quý IV năm 2026
    F("tối thiểu 87%", "87%", 87, "%", T, as_of="2026-12-31", code=ANY, **_IN_XA),
]


# ------------------------------------------------------------ 758: Sở Nội vụ tỉnh Kon Tum, SIPAS 6 tháng đầu năm 2025
# (before the merger: the Sở block and a Markdown table of the ten district-level units with ranks)
_H1_2025 = "2025-06-30"
_DISTRICTS_758 = [
    ("1", "UBND thành phố Kon Tum", "420", "88,46", "3", "Tốt"),
    ("2", "UBND huyện Đăk Hà", "240", "86,12", "5", "Khá"),
    ("3", "UBND huyện Đăk Tô", "210", "89,34", "2", "Tốt"),
    ("4", "UBND huyện Ngọc Hồi", "230", "90,18", "1", "Tốt"),
    ("5", "UBND huyện Đăk Glei", "180", "81,26", "8", "Khá"),
    ("6", "UBND huyện Sa Thầy", "200", "84,72", "6", "Khá"),
    ("7", "UBND huyện Kon Rẫy", "160", "87,08", "4", "Tốt"),
    ("8", "UBND huyện Kon Plông", "170", "79,64", "9", "Trung bình"),
    ("9", "UBND huyện Tu Mơ Rông", "150", "76,92", "10", "Trung bình"),
    ("10", "UBND huyện Ia H'Drai", "140", "82,58", "7", "Khá"),
    ("", "Khối huyện, thành phố", "2.100", "84,63", "", ""),
]


def _districts_758() -> list[Fact]:
    """"| STT | Đơn vị | Phiếu hợp lệ | Chỉ số SIPAS (%) | Xếp hạng | Xếp loại |": each unit as written (level huyện);
    valid forms in `phiếu`, the unit's SIPAS `%` (code unchecked: a body's index), its rank among the ten (kind rank,
    no max: the header writes none); "Xếp loại" is text; the block's row (empty STT, empty rank) subject unchecked."""
    def row_facts(line: str, after: str, row: tuple) -> list[Fact]:
        stt, name, forms, sipas, rank, _grade = row
        who = _IN_HUYEN if stt == "" else {"subject": name, "level": "huyện"}
        cells = [(forms, "phiếu", P, ANY, None), (sipas, "%", P, ANY, None)]
        if rank:
            cells.append((rank, "hạng", R, ANY, None))
        return _cells(line, " | ", after, who, cells)
    return _table(_DISTRICTS_758, _md_line, "\nCó 04 đơn vị", row_facts)


BLIND_758 = [
    # I.1 the survey (subject and level unchecked) and its parts by block
    F("phát ra 4.900 phiếu", "4.900", 4900, "phiếu", C, code=ANY, **_OPEN),
    F("về 4.760 phiếu", "4.760", 4760, "phiếu", C, code=ANY, **_OPEN),
    F("đạt 97,14%", "97,14%", 97.14, "%", code=ANY, **_OPEN),
    F("ngành 2.660 phiếu", "2.660", 2660, "phiếu", C, code=ANY, **_IN_TINH),
    F("thành phố 2.100 phiếu", "2.100", 2100, "phiếu", C, code=ANY, **_IN_HUYEN),
    # I.2 the province's SIPAS of the half-year (subject NULL) and its five factors
    _prov("năm 2025 đạt 86,48%", "86,48%", 86.48, "%", code=_SIPAS),
    _prov("dịch vụ 88,12%", "88,12%", 88.12, "%", code=ANY),
    _prov("hành chính 86,04%", "86,04%", 86.04, "%", code=ANY),
    _prov("công việc 89,26%", "89,26%", 89.26, "%", code=ANY),
    _prov("giải quyết 85,38%", "85,38%", 85.38, "%", code=ANY),
    _prov("góp ý 83,60%", "83,60%", 83.60, "%", code=ANY),
    # I.3 opinions (`ý kiến`); I.4 the ministry's indices of 2024 (stated alone: values and ranks dated 2024-12-31)
    F("nêu 312 ý kiến", "312", 312, "ý kiến", C, code=ANY, **_OPEN),
    F("trong đó 186 ý kiến", "186", 186, "ý kiến", C, code=ANY, **_OPEN),
    _prov("đạt 84,91%", "84,91%", 84.91, "%", as_of=_Y2024, code=_SIPAS),
    _prov("xếp thứ 33/63", "33/63", 33, "hạng", R, max_value=63, as_of=_Y2024, code=_SIPAS),
    _prov("đạt 84,37%", "84,37%", 84.37, "%", as_of=_Y2024, code=_PAR),
    _prov("xếp thứ 42/63", "42/63", 42, "hạng", R, max_value=63, as_of=_Y2024, code=_PAR),
    # I.5 the year's target (dated 2025-12-31, after the period end) and the half-year's result against it
    _prov("từ 87%", "87%", 87, "%", T, as_of=_Y2025, code=_SIPAS),
    _prov("đầu năm đạt 86,48%", "86,48%", 86.48, "%", code=_SIPAS, target=87, stated_status="chưa đạt"),
    # II. the Sở block (level tỉnh) against năm 2024, grades, first and last (as written)
    F("tại 19 sở", "19", 19, "đơn vị", C, code=None, **_IN_TINH),
    F("sở đạt 87,94%", "87,94%", 87.94, "%", code=ANY, **_IN_TINH),
    F("tăng 1,26 điểm", "1,26", 1.26, "%", CH, code=ANY, **_IN_TINH),
    F("(86,68%)", "86,68%", 86.68, "%", PR, as_of=_Y2024, code=ANY, **_IN_TINH),
    F("Có 09 cơ quan", "09", 9, "đơn vị", C, code=None, **_IN_TINH),
    F("Tốt, 08 cơ quan", "08", 8, "đơn vị", C, code=None, **_IN_TINH),
    F("và 02 cơ quan", "02", 2, "đơn vị", C, code=None, **_IN_TINH),
    F("(93,12%)", "93,12%", 93.12, "%", subject="Sở Tư pháp", level="tỉnh", code=ANY),
    F("(80,46%)", "80,46%", 80.46, "%", subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=ANY),
    # III. the district-level block, its gap (negative), the table, grades, the last unit
    F("bình quân 84,63%", "84,63%", 84.63, "%", code=ANY, **_IN_HUYEN),
    F("ngành 3,31 điểm", "3,31", -3.31, "%", CH, code=ANY, **_IN_HUYEN),
    *_districts_758(),
    F("Có 04 đơn vị", "04", 4, "đơn vị", C, code=None, **_IN_HUYEN),
    F("Tốt, 04 đơn vị", "04", 4, "đơn vị", C, code=None, **_IN_HUYEN),
    F("và 02 đơn vị", "02", 2, "đơn vị", C, code=None, **_IN_HUYEN),
    F("(76,92%", "76,92%", 76.92, "%", subject="UBND huyện Tu Mơ Rông", level="huyện", code=ANY),
    F("thứ 10/10)", "10/10", 10, "hạng", R, max_value=10, subject="UBND huyện Tu Mơ Rông", level="huyện", code=ANY),
    # IV. task 3's target of the Sở block for quý III năm 2025
    F("tối thiểu 88%", "88%", 88, "%", T, as_of="2025-09-30", code=ANY, **_IN_TINH),
]


# ------------------------------------------------------------ 759: UBND tỉnh Lào Cai, Kế hoạch CCHC và kiểm tra CCHC
# năm 2026 (the plan's year; "I. KẾT QUẢ NĂM 2025" dated 2025-12-31; targets; task quantities as targets)
_Y = {"as_of": _Y2025}

BLIND_759 = [
    # I.1 the communes ("cấp xã"), the inspections of 2025 and their corrections (all dated 2025-12-31)
    F("có 99 đơn vị", "99", 99, "đơn vị", C, code=None, **_CAP_XA, **_Y),
    F("(89 xã", "89", 89, "xã", C, code=None, **_IN_XA, **_Y),
    F("10 phường)", "10", 10, "phường", C, code=None, **_IN_XA, **_Y),
    F("tại 18 cơ quan", "18", 18, "đơn vị", C, code=None, **_OPEN, **_Y),
    F("(05 sở", "05", 5, "đơn vị", C, code=None, **_IN_TINH, **_Y),
    F("và 13 xã", "13", 13, "xã", C, code=None, **_IN_XA, **_Y),
    F("chỉ ra 126 nội dung", "126", 126, "nội dung", C, code=None, **_OPEN, **_Y),
    F("khắc phục 104 nội dung", "104", 104, "nội dung", C, code=None, **_OPEN, **_Y),
    F("đạt 82,54%", "82,54%", 82.54, "%", code=ANY, **_OPEN, **_Y),
    F("khắc phục 35/38", "35/38", 35, "nội dung", C, max_value=38, code=None, **_IN_TINH, **_Y),
    F("và 69/88", "69/88", 69, "nội dung", C, max_value=88, code=None, **_IN_XA, **_Y),
    F("đạt 92,11%", "92,11%", 92.11, "%", code=ANY, **_IN_TINH, **_Y),
    F("và 78,41%", "78,41%", 78.41, "%", code=ANY, **_IN_XA, **_Y),
    # I.2 the former provinces' indices of 2024 (stated alone: values and ranks dated 2024-12-31, subject unchecked)
    F("(cũ) đạt 87,65%", "87,65%", 87.65, "%", as_of=_Y2024, code=_PAR, **_OPEN),
    F("xếp thứ 16/63", "16/63", 16, "hạng", R, max_value=63, as_of=_Y2024, code=_PAR, **_OPEN),
    F("(cũ) đạt 85,13%", "85,13%", 85.13, "%", as_of=_Y2024, code=_PAR, **_OPEN),
    F("xếp thứ 31/63", "31/63", 31, "hạng", R, max_value=63, as_of=_Y2024, code=_PAR, **_OPEN),
    F("(cũ) đạt 84,42%", "84,42%", 84.42, "%", as_of=_Y2024, code=_SIPAS, **_OPEN),
    F("(cũ) đạt 83,06%", "83,06%", 83.06, "%", as_of=_Y2024, code=_SIPAS, **_OPEN),
    # I.3 the 766 result of tháng 12/2025 and the year's shares (the province's, dated 2025-12-31)
    _prov("đạt 84,36/100", "84,36/100", 84.36, "điểm", max_value=100, code=_TONG, **_Y),
    _prov("xếp thứ 13/34", "13/34", 13, "hạng", R, max_value=34, code=_HANG, **_Y),
    _prov("tuyến đạt 71,24%", "71,24%", 71.24, "%", code=_NOP, **_Y),
    _prov("tuyến đạt 63,58%", "63,58%", 63.58, "%", code=_TT, **_Y),
    _prov("hồ sơ đạt 86,92%", "86,92%", 86.92, "%", code=_SH, **_Y),
    # I.4 files, on time, overdue, letters (`thư xin lỗi`), PAKN
    _prov("tiếp nhận 642.318", "642.318", 642318, "hồ sơ", C, code=_TN, **_Y),
    _prov("hạn đạt 98,62%", "98,62%", 98.62, "%", code=_DH, **_Y),
    _prov("quá hạn 7.914", "7.914", 7914, "hồ sơ", C, code=_QH, **_Y),
    _prov("chiếm 1,38%", "1,38%", 1.38, "%", code=_QH, **_Y),
    F("gửi 7.206 thư", "7.206", 7206, "thư xin lỗi", C, code=ANY, **_OPEN, **_Y),
    _prov("Tiếp nhận 428", "428", 428, "PAKN", C, code=_PAKN_TN, **_Y),
    _prov("xử lý 416 PAKN", "416", 416, "PAKN", C, code=ANY, **_Y),
    _prov("đạt 97,20%", "97,20%", 97.20, "%", code=ANY, **_Y),
    # I.5 the bodies' preliminary self-assessment of 2025 (block averages, no maximum written), communes graded
    F("bình quân 86,14 điểm", "86,14", 86.14, "điểm", code=ANY, **_IN_TINH, **_Y),
    F("bình quân 79,36 điểm", "79,36", 79.36, "điểm", code=ANY, **_IN_XA, **_Y),
    F("có 12 xã", "12", 12, "xã", C, code=None, **_IN_XA, **_Y),
    # II. the plan's targets (the province's at the period end; the commune block's average level xã)
    _prov("từ 88%", "88%", 88, "%", T, code=_PAR),
    _prov("từ thứ 12/34", "12/34", 12, "hạng", T, max_value=34, code=_PAR),
    _prov("từ 86%", "86%", 86, "%", T, code=_SIPAS),
    _prov("tối thiểu 75%", "75%", 75, "%", T, code=_NOP),
    _prov("tối thiểu 70%", "70%", 70, "%", T, code=_TT),
    _prov("tối thiểu 90%", "90%", 90, "%", T, code=_SH),
    _prov("trên 98,5%", "98,5%", 98.5, "%", T, code=_DH),
    _prov("hạn đạt 100%", "100%", 100, "%", T, code=ANY),
    F("từ 82 điểm", "82", 82, "điểm", T, code=ANY, **_IN_XA),
    F("- 100% cơ quan", "100%", 100, "%", T, code=ANY, **_OPEN),
    # III. task quantities and shares: targets dated at their task's deadline (as golden/blind118.py's 669)
    F("tại 20 cơ quan", "20", 20, "đơn vị", T, as_of="2026-09-30", code=None, **_OPEN),
    F("(06 sở", "06", 6, "đơn vị", T, as_of="2026-09-30", code=None, **_IN_TINH),
    F("và 14 xã", "14", 14, "xã", T, as_of="2026-09-30", code=None, **_IN_XA),
    F("khắc phục 22 nội dung", "22", 22, "nội dung", T, as_of="2026-03-31", code=None, **_OPEN),
    F("tối thiểu 65%", "65%", 65, "%", T, as_of="2026-06-30", code=_TT, **_IN_XA),
    F("hóa 45 TTHC", "45", 45, "TTHC", T, as_of="2026-05-25", code=ANY, **_OPEN),
    F("cho 100% công chức", "100%", 100, "%", T, as_of="2026-06-30", code=ANY, **_IN_XA),
    F("tại 99 xã", "99", 99, "xã", T, as_of="2026-12-31", code=None, **_IN_XA),
    # IV. the plan's money (subject and level unchecked)
    F("là 1.850 triệu đồng", "1.850", 1850, "triệu đồng", code=ANY, **_OPEN),
    F("kiểm tra 420 triệu đồng", "420", 420, "triệu đồng", code=ANY, **_OPEN),
    F("học 380 triệu đồng", "380", 380, "triệu đồng", code=ANY, **_OPEN),
]

BLIND = {"755": BLIND_755, "756": BLIND_756, "757": BLIND_757, "758": BLIND_758, "759": BLIND_759}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "755": [
        ("2026-01-31", "day", "31/01/2026", "khắc phục 42 nội dung", "Các cơ quan, đơn vị được kiểm tra"),
        ("2026-01-15", "day", "ngày mười lăm tháng 01 năm 2026", "gửi thư xin lỗi", "UBND xã Mường Tè"),
        ("2026-03-31", "quarter", "quý I năm 2026", "thanh toán trực tuyến", "UBND các xã, phường được kiểm tra"),
        ("2026-03-31", "month", "tháng 3/2026", "máy quét", "Sở Khoa học và Công nghệ"),
        ("2026-12-31", "year", "năm 2026", "bưu chính công ích", "Bưu điện tỉnh Lai Châu"),
        # issued 12/12/2025, before the 20th: the first "ngày 20 hằng tháng" is 20/12/2025
        ("2025-12-20", "recurring", "20 hằng tháng", "báo cáo tiến độ khắc phục", "Các cơ quan, đơn vị được kiểm tra"),
    ],
    "756": [
        ("2026-04-15", "day", "15/4/2026", "kế hoạch khắc phục", "Các cơ quan, đơn vị xếp loại Trung bình, Yếu"),
        ("2026-04-30", "day", "ngày ba mươi tháng 4 năm 2026", "tiêu chí bị trừ điểm", "UBND các xã xếp loại Yếu"),
        ("2026-06-30", "quarter", "quý II năm 2026", "số hóa hồ sơ", "Sở Y tế"),
        ("2026-05-31", "month", "tháng 5/2026", "tập huấn", "Sở Nội vụ"),
        ("2026-12-31", "year", "năm 2026", "phiếu điều tra xã hội học", "Bưu điện tỉnh Cao Bằng"),
        # issued 10/3/2026, before the 25th: the first "ngày 25 hằng tháng" is 25/3/2026
        ("2026-03-25", "recurring", "25 hằng tháng", "tài liệu kiểm chứng", "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "757": [
        ("2026-06-15", "day", "15/6/2026", "kế hoạch nâng cao Chỉ số CCHC", "Sở Nội vụ"),
        ("2026-06-30", "day", "ngày ba mươi tháng 6 năm 2026", "cải cách tài chính công", "Sở Tài chính"),
        ("2026-12-31", "quarter", "quý IV năm 2026", "Chỉ số SIPAS", "UBND các xã, phường, đặc khu"),
        ("2026-09-30", "month", "tháng 9/2026", "phần mềm đánh giá công chức", "Sở Khoa học và Công nghệ"),
        ("2026-12-31", "year", "năm 2026", "hạ tầng mạng", "Viettel Hải Phòng"),
        # issued 22/5/2026, before the 28th: the first "ngày 28 hằng tháng" is 28/5/2026
        ("2026-05-28", "recurring", "28 hằng tháng", "báo cáo tiến độ",
         "Các sở, ban, ngành, UBND các xã, phường, đặc khu"),
    ],
    "758": [
        ("2025-06-28", "day", "28/6/2025", "nguyên nhân, giải pháp", "UBND huyện Kon Plông và UBND huyện Tu Mơ Rông"),
        ("2025-07-15", "day", "ngày mười lăm tháng 7 năm 2025", "lĩnh vực đất đai", "Sở Nông nghiệp và Môi trường"),
        ("2025-09-30", "quarter", "quý III năm 2025", "Chỉ số SIPAS", "Các sở, ban, ngành"),
        ("2025-10-31", "month", "tháng 10/2025", "khảo sát sự hài lòng", "Sở Nội vụ"),
        ("2025-12-31", "year", "năm 2025", "phiếu khảo sát", "Bưu điện tỉnh Kon Tum"),
        # issued 20/6/2025, before the 25th: the first "ngày 25 hằng tháng" is 25/6/2025
        ("2025-06-25", "recurring", "25 hằng tháng", "kết quả tự khảo sát", "Các cơ quan, đơn vị"),
    ],
    "759": [
        ("2026-09-30", "quarter", "quý III năm 2026", "kiểm tra công tác cải cách hành chính", "Sở Nội vụ"),
        ("2026-03-31", "day", "31/3/2026", "22 nội dung", "Các cơ quan, đơn vị được kiểm tra năm 2025"),
        ("2026-06-30", "quarter", "quý II năm 2026", "thanh toán trực tuyến", "UBND các xã, phường"),
        ("2026-05-25", "day", "ngày hai mươi lăm tháng 5 năm 2026", "đơn giản hóa 45 TTHC", "Văn phòng UBND tỉnh"),
        ("2026-06-30", "month", "tháng 6/2026", "chữ ký số", "Sở Khoa học và Công nghệ"),
        ("2026-12-31", "year", "năm 2026", "kết nối mạng", "Viễn thông Lào Cai"),
        # issued 16/01/2026, before the 18th: the first "ngày 18 hằng tháng" is 18/01/2026
        ("2026-01-18", "recurring", "18 hằng tháng", "báo cáo kết quả thực hiện Kế hoạch",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META): 755, 756 and 758 a Sở Nội
# vụ's reports, 757 a city's report (a centrally-run city), 759 a UBND tỉnh's Kế hoạch whose period is the plan's year.
META = {
    "755": {"doc_number": "1126/BC-SNV", "doc_type": "Báo cáo", "issued_date": "2025-12-12",
            "province": "Lai Châu", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Lò Thị Hương"},
    "756": {"doc_number": "214/BC-SNV", "doc_type": "Báo cáo", "issued_date": "2026-03-10",
            "province": "Cao Bằng", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Nông Thị Thu Hà"},
    "757": {"doc_number": "186/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-05-22",
            "province": "Hải Phòng", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Trần Hữu Khánh"},
    "758": {"doc_number": "742/BC-SNV", "doc_type": "Báo cáo", "issued_date": "2025-06-20",
            "province": "Kon Tum", "period_label": "6 tháng đầu năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-06-30", "signer": "A Thiêm"},
    "759": {"doc_number": "27/KH-UBND", "doc_type": "Kế hoạch", "issued_date": "2026-01-16",
            "province": "Lào Cai", "period_label": "năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-12-31", "signer": "Vũ Văn Quảng"},
}
