"""Blind golden facts for corpus/blind138/765_tuyen_quang.txt, 766_gia_lai.txt, 767_khanh_hoa.txt, 768_tay_ninh.txt and
769_dong_thap.txt.

The five documents were written by the developers for a hundred-and-thirty-eighth blind measurement (CUTTING AND
SIMPLIFYING PROCEDURES IN 2025 UNDER NGHỊ QUYẾT 66/NQ-CP AND THE PROVINCE'S PLAN: a UBND tỉnh's quarterly report with
the published catalogue by level, procedures reviewed, cut and their shares, processing time and compliance costs
before and after, decentralised procedures, internal procedures and a Markdown table by department with days before
and after; a UBND tỉnh's Công văn đôn đốc listing the departments behind schedule in a tab-separated table with
deadlines; a Sở Công Thương's half-year report with a Markdown table of procedures with days and costs per file before
and after, business conditions and its 766 score; a commune's monthly report on the procedures handed to communes and
its internal procedures; a Văn phòng UBND tỉnh's annual report with the catalogue, the plan's results as a dash list
and the 766 index with its six groups; provinces Tuyên Quang, Gia Lai, Tây Ninh and Đồng Tháp after the 1 July 2025
merger, Khánh Hòa before it; periods quý III năm 2025, tháng 10 năm 2025, 6 tháng đầu năm 2025, tháng 11 năm 2025 and
năm 2025; not real documents), and every row below was written by reading them, before any extraction, restoration or
pipeline code was run on them. They also serve as held-out text for diacritic restoration (marks stripped, restored,
compared with the file).

Same structure and conventions as golden/blind136.py, blind135.py, blind134.py, blind133.py and blind13.py: rows use
`golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose and
list counts are kind `count`; table cells are kind `value` even when they count, with `extra={"source": "table"}`;
`as_of="period"` is the period's end; a change is dated with the figure it changes and a fall ("giảm") is negative;
"tăng n bậc" is a change in `hạng` with the rank's code. `ANY` leaves a field unchecked where the sentence names no
catalogued indicator (`None` where it clearly names none: counts of decisions, bodies, communes). "thủ tục" counts use
the unit `TTHC` (also "168 thủ tục"), "phản ánh, kiến nghị" the unit `PAKN`; the catalogue's totals carry
`tthc.tong_so` (a part by level its level as subject, as golden/blind47.py's 311); a count of local units takes the
unit of its first unit word ("124 xã, phường" → `xã`), counts of "cơ quan"/"đơn vị" → `đơn vị` at the level of the
bodies counted. A province's figures (UBND tỉnh, Văn phòng UBND tỉnh, Chủ tịch UBND tỉnh writing about the province)
have subject NULL; a Sở's own figures are `Sở Công Thương`, level tỉnh; a commune's own figures its UBND named in full
(`UBND xã Đức Hòa`, level xã), its Trung tâm Phục vụ hành chính công named by its kind subject unchecked, level xã.
Money keeps the unit written (`tỷ đồng`, `triệu đồng`, `đồng`); durations `ngày`. A task's quantity to deliver is a
target dated at its task's deadline (as golden/blind136.py's 755 and 759). Dates, document numbers and cited texts
("Nghị quyết số 66/NQ-CP", "Kế hoạch số 95/KH-UBND", "Kế hoạch số 208/KH-UBND", "Quyết định số 1820/QĐ-UBND",
"Kế hoạch số 112/KH-UBND", "Công văn số 4732/UBND-KSTT", "Quyết định số 2156/QĐ-UBND"), "năm 2025 và 2026" of the
programme, data dates ("Tính đến ngày 30/9/2025", "đến ngày 31/10/2025", "kể từ ngày 01/7/2025"), months and quarters
naming a result or a bracket ("tháng 11/2025", "Tháng 12/2025"), "Bộ chỉ số 766", "Bảng 1.", section and item numbering
("I.", "1.", "a)", "đ)"), STT cells, the "Tên thủ tục hành chính" text column, addresses ("số 160 đường Trần Hưng
Đạo", "số 01 đường Trần Phú", "số 12 đường 30/4"), phone numbers ("0207.3822.418", "0256.3822.614",
"0273.3872.156"), headings naming the next period ("III. NHIỆM VỤ QUÝ IV NĂM 2025", "III. NHIỆM VỤ 6 THÁNG CUỐI NĂM
2025", "V. NHIỆM VỤ THÁNG 12 NĂM 2025", "V. NHIỆM VỤ NĂM 2026": no deadlines), "chỉ tiêu năm 2025" naming no number,
numbers in words ("bảy ngành, nghề", the days of "ngày mười lăm tháng 11", "ngày hai mươi tháng 11", "ngày hai mươi
lăm tháng 7", "ngày hai mươi tháng 12", "ngày mười lăm tháng 02") and years are not figures.

New in this set (the decisions are written here):
- BEFORE AND AFTER A CUT ("Tổng thời gian giải quyết … giảm từ 2.916 ngày xuống còn 1.938 ngày, tức giảm 978 ngày,
  tỷ lệ cắt giảm đạt 33,54%"; "Chi phí tuân thủ … giảm từ 186,4 tỷ đồng/năm xuống còn 133,2 tỷ đồng/năm, tiết kiệm …
  53,2 tỷ đồng"; 767's and 768's the same): unlike "giảm từ 43,1% xuống 38,4%" (golden/blind76.py, a measurement of
  the year before), the "from" value is the time or cost the procedures carried as regulated before the cut, not an
  earlier measurement at a date the text gives; both ends are kind `value` at the period end, the difference after
  "giảm" a negative change, the money saved ("tiết kiệm 53,2 tỷ đồng") kind value (an amount, not a change), the share
  cut ("tỷ lệ cắt giảm 33,54%", "tương ứng 28,54%") kind value, positive, code unchecked.
- A TABLE OF PROCEDURES WITH DAYS (AND COSTS) BEFORE AND AFTER (765 by department, 767 by procedure): the "trước cắt
  giảm" and "sau cắt giảm" columns are both kind value at the period end (the before column is undated, as above); in
  765 each department's row is its own (as written, level tỉnh), "Các cơ quan khác" subject unchecked, level tỉnh, the
  "Tổng cộng" row the province's (subject NULL, its cells repeat the prose); in 767 each procedure's row is the Sở's
  (`Sở Công Thương`, level tỉnh: a procedure is no body), costs in `đồng` (header "(đồng/hồ sơ)"), no total row.
- TARGETS OF THE CUT ("so với chỉ tiêu cắt giảm tối thiểu 30% thời gian giải quyết theo Nghị quyết số 66/NQ-CP thì
  tỉnh đã đạt chỉ tiêu", "chưa đạt chỉ tiêu cắt giảm 30% chi phí tuân thủ"): targets naming no year are dated at the
  period end, the share carries them with "đạt"/"chưa đạt"; 769's "34,12%, vượt chỉ tiêu 30%" carries the target but
  its status is left unchecked ("vượt" says more than "đạt"; the document does not write the word), "31,08% … đạt chỉ
  tiêu" carries "đạt" with its target unchecked (no number written in that item).
- BUSINESS CONDITIONS counted in the noun as written (`điều kiện kinh doanh`: "46/212 điều kiện kinh doanh", "58 điều
  kiện kinh doanh", "bãi bỏ 9 điều kiện kinh doanh"), code None.
- A PLAN'S SCOPE STATED IN A REPORT (765 "năm 2025 tỉnh phải rà soát 486 TTHC"): a count of the province (the plan's
  scope, the maximum of "452/486 TTHC" after it), not a target.
- DECENTRALISED PROCEDURES (765 "phân cấp 58 TTHC cho cấp xã … ủy quyền 23 TTHC": the province's counts, subject NULL;
  the communes' files of those procedures subject unchecked, level xã, codes unchecked; 766 "47 TTHC được phân cấp
  cho cấp xã" subject unchecked, level xã; 767 "phân cấp 11 TTHC … ủy quyền 6 TTHC" the Sở's; 768 "danh mục TTHC
  thuộc thẩm quyền giải quyết của cấp xã gồm 386 TTHC, trong đó 94 TTHC được phân cấp" subject `cấp xã`, level xã,
  the commune's "386/386 TTHC" its own).
- A CÔNG VĂN ĐÔN ĐỐC (766, doc_type "Công văn", period from its "V/v" line "(kết quả tháng 10 năm 2025)"): its
  TAB-SEPARATED TABLE of the seven bodies behind schedule (each as written, level tỉnh: "Ban Quản lý Khu kinh tế tỉnh"
  kept whole), the "Cộng" row the seven bodies together (subject unchecked, level tỉnh), not the province (612 TTHC).
- THE SIX 766 GROUPS AS A DASH LIST "- Dịch vụ công trực tuyến: 8,74/12 điểm;" (769): each the group's code with the
  maximum written, subject NULL.

Per document:
- 765 is a Báo cáo of UBND tỉnh Tuyên Quang (merged with Hà Giang; number "412/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN
  / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Văn phòng Chính phủ, quý III năm 2025, issued 08/10/2025. "(quý II năm 2025:
  206 TTHC)" and "(quý II năm 2025: 58,91%)" previous dated 2025-06-30; "tăng 5,37%" the change of the online share.
  "Còn 02 cơ quan … Sở Nông nghiệp và Môi trường (còn 19 TTHC) và Sở Y tế (còn 15 TTHC)". Six deadlines: day for two
  named Sở (both the assignee), quarter (with the province's cost target), "chậm nhất ngày mười lăm tháng 11 năm 2025",
  month (with "58 TTHC" to post), year, "trước ngày 22 hằng tháng" (issued 08/10/2025: first 22/10/2025).
- 766 is a Công văn of UBND tỉnh Gia Lai (merged with Bình Định; number "5168/UBND-KSTT", signed "KT. CHỦ TỊCH / PHÓ
  CHỦ TỊCH") to the Sở and communes, tháng 10 năm 2025, issued 07/11/2025. "(tháng 9/2025: 297 TTHC), tăng 67 TTHC"
  previous 2025-09-30 and change; "83/135 xã, phường (61,48%)"; "41,72%" (the cut procedures' online share, code
  unchecked) against "(53,18%)" the province's online share. Six deadlines in items a)–e): "chậm nhất" day, day in
  words, month, quarter (with the cost target), year, "trước ngày 25 hằng tháng" (issued 07/11/2025: first 25/11/2025).
- 767 is a Báo cáo of the Sở Công Thương tỉnh Khánh Hòa (header "UBND TỈNH KHÁNH HÒA / SỞ CÔNG THƯƠNG", number
  "1047/BC-SCT", signed "GIÁM ĐỐC"), 6 tháng đầu năm 2025, issued 16/6/2025, before the merger. The Sở's 766 score
  "88,64/100 điểm, xếp thứ 5/19 sở, ban, ngành (năm 2024: 84,20 điểm, xếp thứ 9/19), tăng 4,44 điểm và tăng 4 bậc"
  (previous dated 2024-12-31, the previous score on the /100 scale). The summary "(34,97%) … (30,39%) … đều đạt chỉ
  tiêu tối thiểu 30%" repeats two shares with the Sở's target. Five deadlines: day, "chậm nhất ngày hai mươi lăm tháng
  7 năm 2025" (with "12 điều kiện kinh doanh" to simplify), month, quarter (with a division's target), "trước ngày 15
  hằng tháng" (issued 16/6/2025, after the 15th: first 15/7/2025).
- 768 is a Báo cáo of UBND xã Đức Hòa (tỉnh Tây Ninh, merged with Long An; header "UBND TỈNH TÂY NINH / ỦY BAN NHÂN
  DÂN / XÃ ĐỨC HÒA", number "214/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"), tháng 11 năm 2025, issued
  03/12/2025. "(tháng 10/2025: 1.712 hồ sơ), tăng 234 hồ sơ", "(tháng 10/2025: 47,85%)", "(tháng 10/2025: 83,94 điểm,
  xếp thứ 21/96)" previous dated 2025-10-31; the files of the decentralised procedures by field "lần lượt theo lĩnh
  vực" in a dash list (the commune's, codes unchecked); "chỉ tiêu tỉnh giao cho cấp xã năm 2025 là 70%" the level's
  target (subject unchecked, level xã, dated 2025-12-31) carried by the commune's 71,12% with "đạt"; "Điểm bình quân
  của các xã, phường trong tỉnh là 79,35 điểm" and "31 xã, phường xếp loại Tốt" subject unchecked, level xã;
  the commune's "16 thư xin lỗi", PAKN "7/7 PAKN, đạt 100%"; its centre's "12 công chức tại 8 quầy … 6 máy
  quét" and "1.268 bản sao" (named by its kind: subject unchecked, level xã). Five
  deadlines: day (with "14 hồ sơ quá hạn" to settle), "chậm nhất ngày hai mươi tháng 12 năm 2025", quarter (with the
  centre's target), month, "trước ngày 25 hằng tháng" (issued 03/12/2025: first 25/12/2025).
- 769 is a Báo cáo of the Văn phòng UBND tỉnh Đồng Tháp (merged with Tiền Giang; header "UBND TỈNH ĐỒNG THÁP / VĂN
  PHÒNG", number "386/BC-VPUBND", signed "CHÁNH VĂN PHÒNG") to the Chairman, năm 2025, issued 05/01/2026. "(năm 2024:
  41 quyết định)" previous 2024-12-31; "tháng 6/2025: 80,12 điểm, xếp thứ 18/34" previous 2025-06-30; block averages
  (subject unchecked, levels tỉnh/xã) and the gap (negative); grades "14/21 cơ quan … 38/102 đơn vị" (`đơn vị`, code
  None); the year's online share against "chỉ tiêu năm 2025 là 65%" "đạt", the payment share "chưa đạt chỉ tiêu 60%";
  "13 xã, phường xếp loại Trung bình" repeated in IV (a count, level xã). Six deadlines: quarter (with "100% TTHC có
  phí, lệ phí"), day, "chậm nhất ngày mười lăm tháng 02 năm 2026", month (with the Sở's digitisation target), year,
  "trước ngày 18 hằng tháng" (issued 05/01/2026: first 18/01/2026).

Unsure readings (fields left `ANY`, or decided and written here): the kind of the values before a cut (decided: value,
see above; a reader could take them as previous values, but the text gives them no date); whether "phải rà soát 486
TTHC" is a target of the year (decided: a count, the plan's scope); the subject of the communes' files of
decentralised procedures and of "124 xã, phường" (unchecked, level xã); the status carried by "vượt chỉ tiêu 30%"
(unchecked); whether 767's procedure rows are the Sở's (decided: yes, as golden/blind134.py's procedure tables); the
subject of a division's task target in 767 (unchecked, level tỉnh).
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
_CHUA = "766.dvctt.chua_cung_cap"
_PAKN_TN = "pakn.tiep_nhan"
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_XA = {"subject": ANY, "level": "xã"}
_CAP_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_CAP_XA = {"subject": "cấp xã", "level": "xã"}
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


def _cells(line: str, sep: str, after: str, who: dict, cells: list[Cell]) -> list[Fact]:
    """The numeric cells of one table row written as `line`, left to right. A cell's context is the separator before
    it, the rest of its row and the start of the next line (`after`), so that it occurs once and the raw text is found
    first at the cell itself."""
    facts, at = [], 0
    for raw, unit, kind, code, top in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw), unit, kind, max_value=top, code=code, extra=TAB,
                       **who))
        at += len(sep)
    return facts


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


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


def _by(subject: str | None, level: str | None):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


_prov = _by(None, None)


# ------------------------------------------------------------ 765: UBND tỉnh Tuyên Quang, cắt giảm TTHC quý III 2025
_Q2_2025 = "2025-06-30"
_DEPTS_765 = [
    ("1", "Sở Tài chính", "96", "72", "684", "432", "36,84"),
    ("2", "Sở Công Thương", "88", "61", "540", "366", "32,22"),
    ("3", "Sở Nông nghiệp và Môi trường", "104", "68", "720", "492", "31,67"),
    ("4", "Sở Xây dựng", "62", "47", "426", "270", "36,62"),
    ("5", "Sở Y tế", "54", "36", "288", "198", "31,25"),
    ("6", "Sở Văn hóa, Thể thao và Du lịch", "28", "19", "150", "102", "32,00"),
    ("7", "Các cơ quan khác", "20", "15", "108", "78", "27,78"),
    ("", "Tổng cộng", "452", "318", "2.916", "1.938", "33,54"),
]


def _depts_765() -> list[Fact]:
    """Bảng 1 (Markdown, by department): procedures reviewed and proposed (`TTHC`), days before and after the cut (both
    kind value: the before column is undated), the share cut (`%`); codes unchecked; each Sở as written (level tỉnh),
    "Các cơ quan khác" subject unchecked, the "Tổng cộng" row (empty STT) the province's."""
    def row_facts(line: str, after: str, row: tuple) -> list[Fact]:
        stt, name, reviewed, proposed, before, after_cut, share = row
        if stt == "":
            who = {"subject": None, "level": None}
        elif name == "Các cơ quan khác":
            who = _IN_TINH
        else:
            who = {"subject": name, "level": "tỉnh"}
        return _cells(line, " | ", after, who, [(reviewed, "TTHC", P, ANY, None), (proposed, "TTHC", P, ANY, None),
                                                (before, "ngày", P, ANY, None), (after_cut, "ngày", P, ANY, None),
                                                (share, "%", P, ANY, None)])
    return _table(_DEPTS_765, _md_line, "\nCòn 02 cơ quan", row_facts)


BLIND_765 = [
    # I.1 decisions, the catalogue by level, internal procedures
    _prov("ban hành 27 quyết định", "27", 27, "quyết định", C, code=None),
    _prov("có 1.986 TTHC", "1.986", 1986, "TTHC", C, code=_TTHC),
    F("cấp tỉnh 1.524 TTHC", "1.524", 1524, "TTHC", C, code=_TTHC, **_CAP_TINH),
    F("cấp xã 402 TTHC", "402", 402, "TTHC", C, code=_TTHC, **_CAP_XA),
    F("nhiều cấp 60 TTHC", "60", 60, "TTHC", C, code=ANY, **_OPEN),
    _prov("là 1.148 TTHC", "1.148", 1148, "TTHC", C, code=ANY),
    _prov("chiếm 57,80%", "57,80%", 57.80, "%", code=ANY),
    _prov("công bố 214 TTHC nội bộ", "214", 214, "TTHC", C, code=ANY),
    F("cấp tỉnh 168 thủ tục", "168", 168, "TTHC", C, code=ANY, **_CAP_TINH),
    F("cấp xã 46 thủ tục", "46", 46, "TTHC", C, code=ANY, **_CAP_XA),
    # I.2 the plan's scope, procedures reviewed and proposed, their kinds
    _prov("rà soát 486 TTHC", "486", 486, "TTHC", C, code=ANY),
    _prov("rà soát 452/486 TTHC", "452/486", 452, "TTHC", C, max_value=486, code=ANY),
    _prov("đạt 93,00%", "93,00%", 93.00, "%", code=ANY),
    _prov("hóa 318 TTHC, chiếm", "318", 318, "TTHC", C, code=ANY),
    _prov("chiếm 70,35%", "70,35%", 70.35, "%", code=ANY),
    _prov("(quý II năm 2025: 206 TTHC)", "206", 206, "TTHC", PR, as_of=_Q2_2025, code=ANY),
    _prov("hồ sơ 124 TTHC", "124", 124, "TTHC", C, code=ANY),
    _prov("giải quyết 157 TTHC", "157", 157, "TTHC", C, code=ANY),
    _prov("bãi bỏ 37 TTHC", "37", 37, "TTHC", C, code=ANY),
    # time and cost before and after the cut (both ends kind value), the fall, the share against the targets
    _prov("từ 2.916 ngày", "2.916", 2916, "ngày", code=ANY),
    _prov("còn 1.938 ngày", "1.938", 1938, "ngày", code=ANY),
    _prov("giảm 978 ngày", "978", -978, "ngày", CH, code=ANY),
    _prov("đạt 33,54%", "33,54%", 33.54, "%", code=ANY, target=30, stated_status="đạt"),
    _prov("tối thiểu 30% thời gian", "30%", 30, "%", T, code=ANY),
    _prov("từ 186,4 tỷ đồng", "186,4", 186.4, "tỷ đồng", code=ANY),
    _prov("còn 133,2 tỷ đồng", "133,2", 133.2, "tỷ đồng", code=ANY),
    _prov("khoảng 53,2 tỷ đồng", "53,2", 53.2, "tỷ đồng", code=ANY),
    _prov("tương ứng 28,54%", "28,54%", 28.54, "%", code=ANY, target=30, stated_status="chưa đạt"),
    _prov("giảm 30% chi phí", "30%", 30, "%", T, code=ANY),
    _prov("hóa 46/212 điều kiện", "46/212", 46, "điều kiện kinh doanh", C, max_value=212, code=None),
    _prov("chiếm 21,70%", "21,70%", 21.70, "%", code=ANY),
    # I.3 decentralised procedures (the province's counts; the communes' files level xã, subject unchecked)
    _prov("phân cấp 58 TTHC cho", "58", 58, "TTHC", C, code=ANY),
    _prov("ủy quyền 23 TTHC", "23", 23, "TTHC", C, code=ANY),
    F("III, 124 xã", "124", 124, "xã", C, code=None, **_IN_XA),
    F("tiếp nhận 6.842 hồ sơ", "6.842", 6842, "hồ sơ", C, code=ANY, **_IN_XA),
    F("giải quyết 6.517 hồ sơ", "6.517", 6517, "hồ sơ", C, code=ANY, **_IN_XA),
    F("đúng hạn 6.398 hồ sơ", "6.398", 6398, "hồ sơ", C, code=ANY, **_IN_XA),
    F("đạt 98,17%", "98,17%", 98.17, "%", code=ANY, **_IN_XA),
    _prov("hóa 62/214 thủ tục", "62/214", 62, "TTHC", C, max_value=214, code=ANY),
    _prov("đạt 28,97%", "28,97%", 28.97, "%", code=ANY),
    # I.4 Bảng 1 and the two bodies behind
    *_depts_765(),
    F("Còn 02 cơ quan", "02", 2, "đơn vị", C, code=None, **_IN_TINH),
    F("(còn 19 TTHC)", "19", 19, "TTHC", C, code=ANY, subject="Sở Nông nghiệp và Môi trường", level="tỉnh"),
    F("(còn 15 TTHC)", "15", 15, "TTHC", C, code=ANY, subject="Sở Y tế", level="tỉnh"),
    # I.5 the online share of the business procedures against quý II
    _prov("đạt 64,28%", "64,28%", 64.28, "%", code=ANY),
    _prov("(quý II năm 2025: 58,91%)", "58,91%", 58.91, "%", PR, as_of=_Q2_2025, code=ANY),
    _prov("tăng 5,37%", "5,37%", 5.37, "%", CH, code=ANY),
    # III. task quantities and the cost target
    F("rà soát 34 TTHC", "34", 34, "TTHC", T, as_of="2025-10-20", code=ANY, **_IN_TINH),
    _prov("tối thiểu 30% trong", "30%", 30, "%", T, as_of=_Y2025, code=ANY),
    F("công khai 58 TTHC", "58", 58, "TTHC", T, as_of="2025-10-31", code=ANY, **_IN_XA),
]


# ------------------------------------------------------------ 766: UBND tỉnh Gia Lai, Công văn đôn đốc (tháng 10/2025)
_BEHIND_766 = [
    ("1", "Sở Nông nghiệp và Môi trường", "118", "96", "22", "81,36"),
    ("2", "Sở Xây dựng", "74", "61", "13", "82,43"),
    ("3", "Sở Công Thương", "86", "75", "11", "87,21"),
    ("4", "Sở Y tế", "52", "44", "8", "84,62"),
    ("5", "Sở Giáo dục và Đào tạo", "38", "31", "7", "81,58"),
    ("6", "Sở Văn hóa, Thể thao và Du lịch", "45", "37", "8", "82,22"),
    ("7", "Ban Quản lý Khu kinh tế tỉnh", "34", "29", "5", "85,29"),
    ("", "Cộng", "447", "373", "74", "83,45"),
]


def _behind_766() -> list[Fact]:
    """Bảng 1 (tab-separated): procedures to review, reviewed, not yet reviewed (`TTHC`), the share done (`%`); codes
    unchecked; each body as written (level tỉnh); the "Cộng" row (empty STT) the seven bodies together (subject
    unchecked, level tỉnh)."""
    def row_facts(line: str, after: str, row: tuple) -> list[Fact]:
        stt, name, due, done, left, share = row
        who = _IN_TINH if stt == "" else {"subject": name, "level": "tỉnh"}
        return _cells(line, "\t", after, who, [(due, "TTHC", P, ANY, None), (done, "TTHC", P, ANY, None),
                                               (left, "TTHC", P, ANY, None), (share, "%", P, ANY, None)])
    return _table(_BEHIND_766, "\t".join, "\nTrong đó, Sở Nông nghiệp", row_facts)


_SNN = {"subject": "Sở Nông nghiệp và Môi trường", "level": "tỉnh"}

BLIND_766 = [
    # 1. the province's results (subject NULL) against tháng 9 and the targets
    _prov("rà soát 538/612 TTHC", "538/612", 538, "TTHC", C, max_value=612, code=ANY),
    _prov("đạt 87,91%", "87,91%", 87.91, "%", code=ANY),
    _prov("hóa 364 TTHC", "364", 364, "TTHC", C, code=ANY),
    _prov("(tháng 9/2025: 297 TTHC)", "297", 297, "TTHC", PR, as_of="2025-09-30", code=ANY),
    _prov("tăng 67 TTHC", "67", 67, "TTHC", CH, code=ANY),
    _prov("bình quân 31,26%", "31,26%", 31.26, "%", code=ANY),
    _prov("giảm 24,85%", "24,85%", 24.85, "%", code=ANY, target=30, stated_status="chưa đạt"),
    _prov("tối thiểu 30% mà", "30%", 30, "%", T, code=ANY),
    _prov("có 236 TTHC", "236", 236, "TTHC", C, code=ANY),
    _prov("hóa 54 TTHC", "54", 54, "TTHC", C, code=ANY),
    _prov("đạt 22,88%", "22,88%", 22.88, "%", code=ANY, target=20, stated_status="đạt"),
    _prov("tối thiểu 20%", "20%", 20, "%", T, code=ANY),
    # 2. the bodies behind schedule (level tỉnh), Bảng 1
    F("còn 07 cơ quan", "07", 7, "đơn vị", C, code=None, **_IN_TINH),
    F("với 74 TTHC", "74", 74, "TTHC", C, code=ANY, **_IN_TINH),
    F("chiếm 12,09%", "12,09%", 12.09, "%", code=ANY, **_IN_TINH),
    *_behind_766(),
    F("còn 09 TTHC", "09", 9, "TTHC", C, code=ANY, **_SNN),
    F("phương án 45 ngày", "45", 45, "ngày", code=ANY, **_SNN),
    # decentralised procedures posted by the communes (level xã), the cut procedures' online share
    F("Đối với 47 TTHC", "47", 47, "TTHC", C, code=ANY, **_IN_XA),
    F("có 83/135 xã", "83/135", 83, "xã", C, max_value=135, code=None, **_IN_XA),
    F("(61,48%)", "61,48%", 61.48, "%", code=ANY, **_IN_XA),
    F("còn 52 xã", "52", 52, "xã", C, code=None, **_IN_XA),
    _prov("đạt 41,72%", "41,72%", 41.72, "%", code=ANY),
    _prov("(53,18%)", "53,18%", 53.18, "%", code=_NOP),
    # 3. task quantities and the cost target (dated at their tasks' deadlines)
    F("rà soát 74 TTHC", "74", 74, "TTHC", T, as_of="2025-11-15", code=ANY, **_IN_TINH),
    F("hóa 09 TTHC", "09", 9, "TTHC", T, as_of="2025-11-20", code=ANY, **_SNN),
    F("khai 47 TTHC", "47", 47, "TTHC", T, as_of="2025-11-30", code=ANY, **_IN_XA),
    _prov("tối thiểu 30% trong", "30%", 30, "%", T, as_of=_Y2025, code=ANY),
]


# ------------------------------------------------------------ 767: Sở Công Thương tỉnh Khánh Hòa, 6 tháng đầu năm 2025
_SCT = {"subject": "Sở Công Thương", "level": "tỉnh"}
_sct = _by("Sở Công Thương", "tỉnh")
_PROCS_767 = [
    ("1", "Cấp Giấy chứng nhận đủ điều kiện cửa hàng bán lẻ xăng dầu", "15", "10", "3.850.000", "2.620.000"),
    ("2", "Cấp Giấy phép bán lẻ sản phẩm thuốc lá", "15", "10", "2.400.000", "1.650.000"),
    ("3", "Cấp Giấy chứng nhận đủ điều kiện sản xuất hóa chất", "12", "8", "4.120.000", "2.880.000"),
    ("4", "Cấp Giấy phép sử dụng vật liệu nổ công nghiệp", "10", "7", "5.600.000", "3.940.000"),
    ("5", "Cấp Giấy phép hoạt động điện lực", "14", "9", "2.950.000", "2.060.000"),
    ("6", "Cấp Giấy chứng nhận đủ điều kiện cửa hàng bán LPG chai", "15", "11", "1.860.000", "1.300.000"),
]


def _procs_767() -> list[Fact]:
    """The Markdown table of procedures: days before and after the cut (`ngày`), compliance cost per file before and
    after (`đồng`), all kind value at the period end, codes unchecked, the Sở's (a procedure is no body); no total."""
    def row_facts(line: str, after: str, row: tuple) -> list[Fact]:
        _stt, _name, before, after_cut, cost_before, cost_after = row
        return _cells(line, " | ", after, _SCT, [(before, "ngày", P, ANY, None), (after_cut, "ngày", P, ANY, None),
                                                 (cost_before, "đồng", P, ANY, None),
                                                 (cost_after, "đồng", P, ANY, None)])
    return _table(_PROCS_767, _md_line, "\n3. Điều kiện kinh doanh", row_facts)


BLIND_767 = [
    # I. the Sở's procedures by online level, files, the 766 score against năm 2024
    _sct("thực hiện 136 TTHC", "136", 136, "TTHC", C, code=_TTHC),
    _sct("đó 74 TTHC", "74", 74, "TTHC", C, code=_TOAN),
    _sct("toàn trình, 48 TTHC", "48", 48, "TTHC", C, code=_MOT),
    _sct("và 14 TTHC", "14", 14, "TTHC", C, code=_CHUA),
    _sct("tiếp nhận 2.864 hồ sơ", "2.864", 2864, "hồ sơ", C, code=_TN),
    _sct("trực tuyến 2.418 hồ sơ", "2.418", 2418, "hồ sơ", C, code=ANY),
    _sct("chiếm 84,43%", "84,43%", 84.43, "%", code=_NOP),
    _sct("giải quyết 2.790 hồ sơ", "2.790", 2790, "hồ sơ", C, code=ANY),
    _sct("đúng hạn 2.781 hồ sơ", "2.781", 2781, "hồ sơ", C, code=ANY),
    _sct("đạt 99,68%", "99,68%", 99.68, "%", code=_DH),
    _sct("quá hạn 9 hồ sơ", "9", 9, "hồ sơ", C, code=_QH),
    _sct("đạt 88,64/100", "88,64/100", 88.64, "điểm", max_value=100, code=_TONG),
    _sct("xếp thứ 5/19", "5/19", 5, "hạng", R, max_value=19, code=_HANG),
    _sct("(năm 2024: 84,20 điểm", "84,20", 84.20, "điểm", PR, max_value=100, as_of=_Y2024, code=_TONG),
    _sct("xếp thứ 9/19)", "9/19", 9, "hạng", PR, max_value=19, as_of=_Y2024, code=_HANG),
    _sct("tăng 4,44 điểm", "4,44", 4.44, "điểm", CH, code=_TONG),
    _sct("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    # II.1 procedures reviewed and proposed
    _sct("rà soát 92/92 TTHC", "92/92", 92, "TTHC", C, max_value=92, code=ANY),
    _sct("đạt 100% kế hoạch", "100%", 100, "%", code=ANY),
    _sct("hóa 61 TTHC", "61", 61, "TTHC", C, code=ANY),
    _sct("chiếm 66,30%", "66,30%", 66.30, "%", code=ANY),
    _sct("bãi bỏ 04 TTHC", "04", 4, "TTHC", C, code=ANY),
    _sct("hồ sơ 21 TTHC", "21", 21, "TTHC", C, code=ANY),
    _sct("giải quyết 36 TTHC", "36", 36, "TTHC", C, code=ANY),
    # II.2 time and cost before and after (both ends kind value), the fall, the shares against the Sở's target
    _sct("từ 612 ngày", "612", 612, "ngày", code=ANY),
    _sct("còn 398 ngày", "398", 398, "ngày", code=ANY),
    _sct("giảm 214 ngày", "214", -214, "ngày", CH, code=ANY),
    _sct("tương ứng 34,97%", "34,97%", 34.97, "%", code=ANY),
    _sct("từ 8.436 triệu", "8.436", 8436, "triệu đồng", code=ANY),
    _sct("còn 5.872 triệu", "5.872", 5872, "triệu đồng", code=ANY),
    _sct("tiết kiệm 2.564 triệu", "2.564", 2564, "triệu đồng", code=ANY),
    _sct("tương ứng 30,39%", "30,39%", 30.39, "%", code=ANY),
    _sct("(34,97%)", "34,97%", 34.97, "%", code=ANY, target=30, stated_status="đạt"),
    _sct("(30,39%)", "30,39%", 30.39, "%", code=ANY, target=30, stated_status="đạt"),
    _sct("tối thiểu 30% theo", "30%", 30, "%", T, code=ANY),
    *_procs_767(),
    # II.3 business conditions (`điều kiện kinh doanh`, code None)
    _sct("rà soát 58 điều kiện", "58", 58, "điều kiện kinh doanh", C, code=None),
    _sct("bãi bỏ 9 điều kiện", "9", 9, "điều kiện kinh doanh", C, code=None),
    _sct("hóa 12 điều kiện kinh doanh, chiếm", "12", 12, "điều kiện kinh doanh", C, code=None),
    _sct("chiếm 36,21%", "36,21%", 36.21, "%", code=ANY),
    # II.4 decentralised and internal procedures
    _sct("phân cấp 11 TTHC", "11", 11, "TTHC", C, code=ANY),
    _sct("ủy quyền 6 TTHC", "6", 6, "TTHC", C, code=ANY),
    _sct("công bố 18 TTHC", "18", 18, "TTHC", C, code=ANY),
    _sct("hóa 7 TTHC", "7", 7, "TTHC", C, code=ANY),
    _sct("đạt 38,89%", "38,89%", 38.89, "%", code=ANY),
    # III. task quantities and a division's target (subject unchecked, level tỉnh)
    F("hóa 12 điều kiện kinh doanh lĩnh vực", "12", 12, "điều kiện kinh doanh", T, as_of="2025-07-25", code=None,
      **_IN_TINH),
    F("của 36 TTHC", "36", 36, "TTHC", T, as_of="2025-08-31", code=ANY, **_IN_TINH),
    F("tối thiểu 90%", "90%", 90, "%", T, as_of="2025-09-30", code=ANY, **_IN_TINH),
]


# ------------------------------------------------------------ 768: UBND xã Đức Hòa (Tây Ninh), tháng 11 năm 2025
_OCT_2025 = "2025-10-31"
_xa = _by("UBND xã Đức Hòa", "xã")

BLIND_768 = [
    # I. the commune level's catalogue ("cấp xã") and the commune's own posting
    F("gồm 386 TTHC", "386", 386, "TTHC", C, code=_TTHC, **_CAP_XA),
    F("đó 94 TTHC", "94", 94, "TTHC", C, code=ANY, **_CAP_XA),
    _xa("đầy đủ 386/386 TTHC", "386/386", 386, "TTHC", C, max_value=386, code=ANY),
    _xa("xã; 372 TTHC", "372", 372, "TTHC", C, code=ANY),
    _xa("đạt 96,37%", "96,37%", 96.37, "%", code=ANY),
    # II. files against tháng 10, online share against the level's target, settled files
    _xa("tiếp nhận 1.946 hồ sơ", "1.946", 1946, "hồ sơ", C, code=_TN),
    _xa("(tháng 10/2025: 1.712 hồ sơ)", "1.712", 1712, "hồ sơ", PR, as_of=_OCT_2025, code=_TN),
    _xa("tăng 234 hồ sơ", "234", 234, "hồ sơ", CH, code=ANY),
    _xa("phân cấp 512 hồ sơ", "512", 512, "hồ sơ", C, code=ANY),
    _xa("chiếm 26,31%", "26,31%", 26.31, "%", code=ANY),
    _xa("là 1.384 hồ sơ", "1.384", 1384, "hồ sơ", C, code=ANY),
    _xa("tỷ lệ 71,12%", "71,12%", 71.12, "%", code=_NOP, target=70, stated_status="đạt"),
    F("là 70%", "70%", 70, "%", T, as_of=_Y2025, code=_NOP, **_IN_XA),
    _xa("Đã giải quyết 1.873 hồ sơ", "1.873", 1873, "hồ sơ", C, code=ANY),
    _xa("trước hạn 1.402 hồ sơ", "1.402", 1402, "hồ sơ", C, code=ANY),
    _xa("đúng hạn 455 hồ sơ", "455", 455, "hồ sơ", C, code=ANY),
    _xa("quá hạn 16 hồ sơ", "16", 16, "hồ sơ", C, code=_QH),
    _xa("đạt 99,15%", "99,15%", 99.15, "%", code=_DH),
    _xa("gửi 16 thư", "16", 16, "thư xin lỗi", C, code=ANY),
    _xa("tiếp nhận 7 phản ánh", "7", 7, "PAKN", C, code=_PAKN_TN),
    _xa("xử lý 7/7 PAKN", "7/7", 7, "PAKN", C, max_value=7, code=ANY),
    _xa("đạt 100%", "100%", 100, "%", code=ANY),
    # II.4 files of the decentralised procedures by field (codes unchecked)
    _xa("Đất đai: 214 hồ sơ", "214", 214, "hồ sơ", C, code=ANY),
    _xa("quá hạn 9 hồ sơ", "9", 9, "hồ sơ", C, code=ANY),
    _xa("Hộ tịch: 126 hồ sơ", "126", 126, "hồ sơ", C, code=ANY),
    _xa("kinh doanh: 98 hồ sơ", "98", 98, "hồ sơ", C, code=ANY),
    _xa("Xây dựng: 47 hồ sơ", "47", 47, "hồ sơ", C, code=ANY),
    _xa("quá hạn 5 hồ sơ", "5", 5, "hồ sơ", C, code=ANY),
    _xa("khác: 27 hồ sơ", "27", 27, "hồ sơ", C, code=ANY),
    # II.5 digitisation and payment against tháng 10
    _xa("đạt 88,46%", "88,46%", 88.46, "%", code=_SH),
    _xa("đạt 52,30%", "52,30%", 52.30, "%", code=_TT),
    _xa("(tháng 10/2025: 47,85%)", "47,85%", 47.85, "%", PR, as_of=_OCT_2025, code=_TT),
    _xa("đạt 94,12%", "94,12%", 94.12, "%", code=_KQ),
    _xa("đạt 61,40%", "61,40%", 61.40, "%", code=_TSD),
    # II.6 the centre's staff, desks, scanners (named by its kind: subject unchecked), certified copies (`bản`)
    F("bố trí 12 công chức", "12", 12, "công chức", C, code=None, **_IN_XA),
    F("tại 8 quầy", "8", 8, "quầy", C, code=None, **_IN_XA),
    F("trang bị 6 máy quét", "6", 6, "máy quét", C, code=None, **_IN_XA),
    F("điện tử 1.268 bản", "1.268", 1268, "bản", C, code=ANY, **_IN_XA),
    # III. internal procedures, internal time before and after, money saved
    _xa("áp dụng 46 TTHC", "46", 46, "TTHC", C, code=ANY),
    _xa("hóa 14 thủ tục", "14", 14, "TTHC", C, code=ANY),
    _xa("chiếm 30,43%", "30,43%", 30.43, "%", code=ANY),
    _xa("đối với 21 TTHC", "21", 21, "TTHC", C, code=ANY),
    _xa("từ 168 ngày", "168", 168, "ngày", code=ANY),
    _xa("xuống 121 ngày", "121", 121, "ngày", code=ANY),
    _xa("giảm 47 ngày", "47", -47, "ngày", CH, code=ANY),
    _xa("tương ứng 27,98%", "27,98%", 27.98, "%", code=ANY),
    _xa("giảm 186 triệu", "186", 186, "triệu đồng", code=ANY),
    # IV. the commune's 766 score and rank among the 96 against tháng 10, the communes' average and grade
    _xa("đạt 86,72/100", "86,72/100", 86.72, "điểm", max_value=100, code=_TONG),
    _xa("xếp thứ 12/96", "12/96", 12, "hạng", R, max_value=96, code=_HANG),
    _xa("(tháng 10/2025: 83,94 điểm", "83,94", 83.94, "điểm", PR, max_value=100, as_of=_OCT_2025, code=_TONG),
    _xa("xếp thứ 21/96)", "21/96", 21, "hạng", PR, max_value=96, as_of=_OCT_2025, code=_HANG),
    F("là 79,35 điểm", "79,35", 79.35, "điểm", code=ANY, **_IN_XA),
    F("có 31 xã", "31", 31, "xã", C, code=None, **_IN_XA),
    # V. task quantities and the centre's target
    F("xử lý 14 hồ sơ", "14", 14, "hồ sơ", T, as_of="2025-12-10", code=ANY, **_IN_XA),
    F("cho 14 TTHC", "14", 14, "TTHC", T, as_of="2025-12-20", code=ANY, **_IN_XA),
    F("tối thiểu 60%", "60%", 60, "%", T, as_of="2026-03-31", code=_TT, **_IN_XA),
]


# ------------------------------------------------------------ 769: Văn phòng UBND tỉnh Đồng Tháp, năm 2025
_H1_2025 = "2025-06-30"
_GROUPS_769 = [
    ("minh bạch: 16,82/18", "16,82/18", "766.cong_khai"),
    ("giải quyết: 19,46/20", "19,46/20", "766.tien_do"),
    ("trực tuyến: 8,74/12", "8,74/12", "766.dvctt"),
    ("trực tuyến: 7,18/10", "7,18/10", "766.thanh_toan"),
    ("hồ sơ: 17,06/22", "17,06/22", "766.so_hoa"),
    ("hài lòng: 16,10/18", "16,10/18", "766.hai_long"),
]


def _groups_769() -> list[Fact]:
    """"- Dịch vụ công trực tuyến: 8,74/12 điểm;": the province's group score with the maximum written after the
    slash, the group's code."""
    facts = []
    for context, raw, code in _GROUPS_769:
        got, top = raw.split("/")
        facts.append(_prov(context, raw, _num(got), "điểm", max_value=_num(top), code=code))
    return facts


BLIND_769 = [
    # I. decisions against năm 2024, the catalogue by level, internal procedures
    _prov("ban hành 64 quyết định", "64", 64, "quyết định", C, code=None),
    _prov("(năm 2024: 41 quyết định)", "41", 41, "quyết định", PR, as_of=_Y2024, code=None),
    _prov("có 2.034 TTHC", "2.034", 2034, "TTHC", C, code=_TTHC),
    F("cấp tỉnh 1.586 TTHC", "1.586", 1586, "TTHC", C, code=_TTHC, **_CAP_TINH),
    F("cấp xã 394 TTHC", "394", 394, "TTHC", C, code=_TTHC, **_CAP_XA),
    F("đặc thù 54 TTHC", "54", 54, "TTHC", C, code=ANY, **_OPEN),
    _prov("; 100% TTHC", "100%", 100, "%", code=ANY),
    _prov("công bố 248 TTHC", "248", 248, "TTHC", C, code=ANY),
    F("cấp tỉnh 196 thủ tục", "196", 196, "TTHC", C, code=ANY, **_CAP_TINH),
    F("cấp xã 52 thủ tục", "52", 52, "TTHC", C, code=ANY, **_CAP_XA),
    # II. the plan's results as a dash list
    _prov("hóa: 412 TTHC", "412", 412, "TTHC", C, code=ANY),
    _prov("chiếm 20,26%", "20,26%", 20.26, "%", code=ANY),
    _prov("cắt giảm: 34,12%", "34,12%", 34.12, "%", code=ANY, target=30),
    _prov("vượt chỉ tiêu 30%", "30%", 30, "%", T, code=ANY),
    _prov("cắt giảm: 31,08%", "31,08%", 31.08, "%", code=ANY, stated_status="đạt"),
    _prov("đương 96,7 tỷ đồng", "96,7", 96.7, "tỷ đồng", code=ANY),
    _prov("cấp xã: 102 TTHC", "102", 102, "TTHC", C, code=ANY),
    _prov("ủy quyền: 38 TTHC", "38", 38, "TTHC", C, code=ANY),
    _prov("hóa: 78/248 TTHC", "78/248", 78, "TTHC", C, max_value=248, code=ANY),
    _prov("chiếm 31,45%", "31,45%", 31.45, "%", code=ANY),
    # III.1 the 766 total and rank against tháng 6/2025, the six groups
    _prov("đạt 85,36/100", "85,36/100", 85.36, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 9/34", "9/34", 9, "hạng", R, max_value=34, code=_HANG),
    _prov("(tháng 6/2025: 80,12 điểm", "80,12", 80.12, "điểm", PR, max_value=100, as_of=_H1_2025, code=_TONG),
    _prov("xếp thứ 18/34)", "18/34", 18, "hạng", PR, max_value=34, as_of=_H1_2025, code=_HANG),
    _prov("tăng 5,24 điểm", "5,24", 5.24, "điểm", CH, code=_TONG),
    _prov("tăng 9 bậc", "9", 9, "hạng", CH, code=_HANG),
    *_groups_769(),
    # III.2 block averages and the gap; III.3 grades
    F("bình quân 87,42 điểm", "87,42", 87.42, "điểm", code=ANY, **_IN_TINH),
    F("bình quân 80,16 điểm", "80,16", 80.16, "điểm", code=ANY, **_IN_XA),
    F("ngành 7,26 điểm", "7,26", -7.26, "điểm", CH, code=ANY, **_IN_XA),
    F("có 14/21 cơ quan", "14/21", 14, "đơn vị", C, max_value=21, code=None, **_IN_TINH),
    F("Tốt, 06 cơ quan", "06", 6, "đơn vị", C, code=None, **_IN_TINH),
    F("và 01 cơ quan", "01", 1, "đơn vị", C, code=None, **_IN_TINH),
    F("có 38/102 đơn vị", "38/102", 38, "đơn vị", C, max_value=102, code=None, **_IN_XA),
    F("Tốt, 51 đơn vị", "51", 51, "đơn vị", C, code=None, **_IN_XA),
    F("Khá, 13 đơn vị", "13", 13, "đơn vị", C, code=None, **_IN_XA),
    # III.4 files of the year against the year's targets; III.5 PAKN
    _prov("tiếp nhận 1.264.518 hồ sơ", "1.264.518", 1264518, "hồ sơ", C, code=_TN),
    _prov("trực tuyến 842.136 hồ sơ", "842.136", 842136, "hồ sơ", C, code=ANY),
    _prov("đạt 66,60%", "66,60%", 66.60, "%", code=_NOP, target=65, stated_status="đạt"),
    _prov("là 65%", "65%", 65, "%", T, code=_NOP),
    _prov("đạt 98,74%", "98,74%", 98.74, "%", code=_DH),
    _prov("đạt 58,16%", "58,16%", 58.16, "%", code=_TT, target=60, stated_status="chưa đạt"),
    _prov("chỉ tiêu 60%", "60%", 60, "%", T, code=_TT),
    _prov("Tiếp nhận 1.126 phản ánh", "1.126", 1126, "PAKN", C, code=_PAKN_TN),
    _prov("xử lý 1.098 PAKN", "1.098", 1098, "PAKN", C, code=ANY),
    _prov("đạt 97,51%", "97,51%", 97.51, "%", code=ANY),
    _prov("bình quân 6,4 ngày", "6,4", 6.4, "ngày", code=ANY),
    _prov("đạt 84,57%", "84,57%", 84.57, "%", code=_SH),
    _prov("đạt 98,92%", "98,92%", 98.92, "%", code=_HL),
    # IV. the communes graded Trung bình, repeated (a count)
    F("còn thấp; 13 xã", "13", 13, "xã", C, code=None, **_IN_XA),
    # V. task targets dated at their deadlines
    _prov("cho 100% TTHC", "100%", 100, "%", T, as_of="2026-03-31", code=ANY),
    F("tối thiểu 90%", "90%", 90, "%", T, as_of="2026-06-30", code=_SH, **_IN_TINH),
]

BLIND = {"765": BLIND_765, "766": BLIND_766, "767": BLIND_767, "768": BLIND_768, "769": BLIND_769}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "765": [
        ("2025-10-20", "day", "20/10/2025", "rà soát 34 TTHC", "Sở Nông nghiệp và Môi trường và Sở Y tế"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "chi phí tuân thủ", "Sở Tài chính"),
        ("2025-11-15", "day", "ngày mười lăm tháng 11 năm 2025", "danh mục TTHC nội bộ", "Văn phòng UBND tỉnh"),
        ("2025-10-31", "month", "tháng 10/2025", "niêm yết", "UBND các xã, phường"),
        ("2025-12-31", "year", "năm 2025", "quy trình điện tử", "Sở Khoa học và Công nghệ"),
        # issued 08/10/2025, before the 22nd: the first "ngày 22 hằng tháng" is 22/10/2025
        ("2025-10-22", "recurring", "22 hằng tháng", "báo cáo kết quả cắt giảm", "Các sở, ngành, UBND các xã, phường"),
    ],
    "766": [
        ("2025-11-15", "day", "15/11/2025", "rà soát 74 TTHC", "Các cơ quan có tên tại Bảng 1"),
        ("2025-11-20", "day", "ngày hai mươi tháng 11 năm 2025", "đơn giản hóa 09 TTHC",
         "Sở Nông nghiệp và Môi trường"),
        ("2025-11-30", "month", "tháng 11/2025", "niêm yết", "UBND các xã, phường chưa niêm yết đầy đủ"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "chi phí tuân thủ", "Sở Tài chính"),
        ("2025-12-31", "year", "năm 2025", "quy trình điện tử", "Sở Khoa học và Công nghệ"),
        # issued 07/11/2025, before the 25th: the first "ngày 25 hằng tháng" is 25/11/2025
        ("2025-11-25", "recurring", "25 hằng tháng", "báo cáo tiến độ",
         "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường"),
    ],
    "767": [
        ("2025-06-30", "day", "30/6/2025", "danh mục TTHC được cắt giảm", "Phòng Quản lý thương mại"),
        ("2025-07-25", "day", "ngày hai mươi lăm tháng 7 năm 2025", "12 điều kiện kinh doanh",
         "Phòng Quản lý công nghiệp"),
        ("2025-08-31", "month", "tháng 8/2025", "quy trình nội bộ", "Văn phòng Sở"),
        ("2025-09-30", "quarter", "quý III năm 2025", "điện lực", "Phòng Quản lý năng lượng"),
        # issued 16/6/2025, after the 15th: the first "ngày 15 hằng tháng" is 15/7/2025
        ("2025-07-15", "recurring", "15 hằng tháng", "báo cáo kết quả thực hiện", "Các phòng chuyên môn"),
    ],
    "768": [
        ("2025-12-10", "day", "10/12/2025", "14 hồ sơ quá hạn", "Công chức địa chính - xây dựng"),
        ("2025-12-20", "day", "ngày hai mươi tháng 12 năm 2025", "quy trình điện tử", "Văn phòng HĐND và UBND xã"),
        ("2026-03-31", "quarter", "quý I năm 2026", "thanh toán trực tuyến", "Trung tâm Phục vụ hành chính công xã"),
        ("2025-12-31", "month", "tháng 12/2025", "nộp hồ sơ trực tuyến", "Công chức văn hóa - xã hội"),
        # issued 03/12/2025, before the 25th: the first "ngày 25 hằng tháng" is 25/12/2025
        ("2025-12-25", "recurring", "25 hằng tháng", "báo cáo số liệu", "Các bộ phận chuyên môn thuộc UBND xã"),
    ],
    "769": [
        ("2026-03-31", "quarter", "quý I năm 2026", "thanh toán trực tuyến", "Sở Khoa học và Công nghệ"),
        ("2026-01-31", "day", "31/01/2026", "Kế hoạch cắt giảm", "Văn phòng UBND tỉnh"),
        ("2026-02-15", "day", "ngày mười lăm tháng 02 năm 2026", "phương án khắc phục",
         "UBND các xã, phường xếp loại Trung bình"),
        ("2026-06-30", "month", "tháng 6/2026", "số hóa", "Các sở, ban, ngành"),
        ("2026-12-31", "year", "năm 2026", "thanh toán không dùng tiền mặt", "Sở Tài chính"),
        # issued 05/01/2026, before the 18th: the first "ngày 18 hằng tháng" is 18/01/2026
        ("2026-01-18", "recurring", "18 hằng tháng", "báo cáo kết quả kiểm soát TTHC",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind136.py's META): 765 a UBND tỉnh's
# report, 766 a UBND tỉnh's Công văn (period from its "V/v" line), 767 a Sở's report, 768 a commune's report, 769 a
# Văn phòng UBND tỉnh's report.
META = {
    "765": {"doc_number": "412/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-10-08",
            "province": "Tuyên Quang", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Hoàng Minh Tuấn"},
    "766": {"doc_number": "5168/UBND-KSTT", "doc_type": "Công văn", "issued_date": "2025-11-07",
            "province": "Gia Lai", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Đặng Văn Quang"},
    "767": {"doc_number": "1047/BC-SCT", "doc_type": "Báo cáo", "issued_date": "2025-06-16",
            "province": "Khánh Hòa", "period_label": "6 tháng đầu năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-06-30", "signer": "Trần Quốc Khánh"},
    "768": {"doc_number": "214/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-12-03",
            "province": "Tây Ninh", "period_label": "tháng 11 năm 2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Nguyễn Văn Bé Tư"},
    "769": {"doc_number": "386/BC-VPUBND", "doc_type": "Báo cáo", "issued_date": "2026-01-05",
            "province": "Đồng Tháp", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Lê Thị Ngọc Hân"},
}
