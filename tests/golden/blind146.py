"""Blind golden facts for corpus/blind146/805_nam_dinh.txt, 806_hau_giang.txt, 807_bac_giang.txt, 808_dak_lak.txt and
809_quang_tri.txt.

The five documents were written by the developers for a hundred-and-forty-sixth blind measurement (REPORTS THAT
REACHED US THROUGH A BAD OCR: diacritics lost or half lost, letters and digits confused, "%" after a space, lines broken
mid-sentence, a word hyphenated across lines, table bars read as "l" or "I"; provinces Nam Định, Hậu Giang and Bắc Giang
before the 1 July 2025 merger, Đắk Lắk (merged with Phú Yên) and Quảng Trị (merged with Quảng Bình) after it; periods
quý III năm 2024, tháng 10 năm 2024, tháng 5 năm 2025, quý III năm 2025 and 6 tháng đầu năm 2026; not real documents),
and every row below was written by reading them, before any extraction, restoration or pipeline code was run on them.
They also serve as held-out text for diacritic restoration.

Same structure and conventions as golden/blind144.py, blind124.py and blind13.py: rows use `golden.facts.Fact`
(context string that occurs once in the document + the figure as written inside it); contexts are written as the file
has them (damaged), subjects, units and metadata as the restored Vietnamese a reader understands ("Huyen Giao Thuy" →
`Huyện Giao Thủy`, "Cong an tinh" → `Công an tỉnh`, "ban" → `bản`). Prose and list counts are kind `count`; table cells
kind `value` even when they count, with `extra={"source": "table"}` (rank cells kind `rank` without a maximum, signed
change cells kind `change` with the sign kept in the raw "+1,66"); `as_of="period"` is the period's end; a table column
dated before the period end keeps kind `value` with that date; a previous month, quarter or half-year in brackets is
kind previous dated at its end (a previous 766 total with the maximum 100); a change is dated with the figure it
changes, a fall ("giảm", "rút ngắn", "thấp hơn") negative, a change in "điểm phần trăm" kind change in `%` with the
number alone as raw; a change of a 766 score or rank carries the score's or rank's code, of a count or share none.
`ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names none:
decisions, fields, counters, staff, scanners, bodies and communes by grade). A count of the files (or PAKN) an
indicator is computed on carries that indicator's code; "đã giải quyết" counts, pending files, files by a channel other
than online, money, letters, evaluations and PAKN handled have their code unchecked; overdue files named by field or
body carry the overdue code. Counts of local units take the unit of their first unit word ("03/10 huyện, thành phố" →
`huyện`; "71/226 xã, phường, thị trấn", "10 xa, thi tran", "27/102 xã, phường", "71/78 xã, phường, đặc khu" → `xã`);
counts of "sở, ban, ngành", "sở, ngành", "cơ quan" and "đơn vị" → `đơn vị` at the level of the bodies counted; "102 đơn
vị hành chính cấp xã (88 xã, 14 phường)" → `cấp xã` and its parts. Province-wide figures have subject NULL (805 the
UBND tỉnh's own report; the province's 766 result in 806-809); a district's own figures are the issuer (`UBND huyện
Châu Thành A`), under "a) Cap huyen" `cấp huyện`, under "b) Cap xa" `cấp xã`; a provincial body's own figures are named
by its kind (`Trung tâm Phục vụ hành chính công tỉnh`, `Sở Tư pháp`, level tỉnh); a sentence or row naming a body keeps
the name as written, restored. Block and level averages have subject unchecked; thresholds in a count ("dưới 60%") are
kind target with subject unchecked; task targets and task quantities ("dut diem 2.318 ho so") are kind target dated at
their task's deadline. Certified copies count in `bản`; things counted take the noun as written (`quyết định`, `lĩnh
vực`, `quầy`, `công chức`, `lượt`, `phiếu`, `máy quét`, `thư xin lỗi`); money keeps the unit written (`tỷ đồng`,
`triệu đồng`). Dates, document numbers and cited texts ("S6: 312/BC-UBND", "Quyet dinh so 766/QD-TTg", "Cong van so
6124/VPCP-KSTT", "Cong van so 1962/VP-KSTT", "Kế hoạch số 38/KH-UBND", "Kế hoạch số 21/KH-UBND"), stated windows ("so
liệu tu ngày 01/7/2024 đến ngày 30/9/2024"), periods labelling a result or a bracket ("quy 111/2024", "quy 11/2024:",
"thang 1O/2024", "(thang 9/2024:", "Tháng 5/2025,", "(6 tháng cuối năm 2025:", "Điểm tháng 4/2025" in a header), "Bộ
chỉ số 766", an address ("số 09 Ngô Quyền"), phone numbers ("0228.3649.216", "0293.3946.128", "0204.3854.106",
"0262.3812.468", "0233.3852.714"), section and item numbering ("I.", "1.", "a)", and the OCR's "l.", "ll.", "lll."),
STT cells, headings naming the next period ("VI. NHIEM VU QUÝ IV/2024", "VI. NHIEM VU THANG 11 NAM 2024", "VI. NHIEM VU
QUY IV/2025", "V. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026": no deadlines), numbers in words ("hai cấp", "hai Trung tâm", "sáu
nhóm", the days of "ngay ba muoi thang 11", "ngày hai mươi lăm tháng 6", "ngay muoi lam thang 11", "ngay hai muoi tam
thang 11", "ngay hai muoi thang 8") and years are not figures.

New in this set (the damaged forms were not met in this shape before; the decisions are written here):
- MARKS HALF LOST (805, 808, parts of 809): inside one sentence some words keep their marks and some lost them ("Toàn
  tinh đang thực hiện 1.912 TTHC, trong đó cấp tinh 1.486 TTHC, cap huyen 287 TTHC"). Contexts keep the mix as written;
  deadlines' date words, tasks and assignees are written either as marked words the file has whole or unmarked (compared
  folded), never half marked.
- LETTERS AND DIGITS CONFUSED outside figures: "S6:" for "Số:", "quy 111/2024" for quý III/2024 and "quy 11/2024" for
  quý II/2024 (read as the previous quarter, dated 2024-06-30, as golden/blind124.py's 696), "thang 1O" (letter O) for
  tháng 10 in 806's title, opening, 766 sentence and closing, roman and item numbers "l.", "ll.", "lll." in 809. No
  counted figure is damaged.
- "%" AFTER A SPACE ("78,85 %", "98,5 %", "100 %"): the raw keeps the space, the value is the number (as seed 001's
  "86 %"); targets and thresholds are written "50%", "80%" in the same documents.
- A LINE BROKEN MID-SENTENCE AND WORDS HYPHENATED ACROSS LINES: 806 "nop truc\ntuyen 1.014 ho so" and "Dang giai quy-\n
  et 164 ho so" (the pending files), 807's group label "Tiến độ, kết quả giải quy-\nết: 19,14/20 điểm" and "thị\ntrấn
  đạt 80,74 điểm". Contexts stay inside one line.
- TABLE BARS READ AS LETTERS: 805's Markdown table has interior bars read as "l" ("| 2 l Huyện Mỹ Lộc | 3.214 | 71,36 l
  99,52 | 12 |") and one row whose closing bar became "l"; 809's has a row that lost its opening bar ("4 | Chứng
  thực |") and a bar read as "I" ("388 I 100"). The cells are read as if the bars were whole; a cell's context is the
  blank before it, the rest of its row and the next line.
- UNIT NAMES DAMAGED IN TABLES AND LISTS are restored in subjects: "Huyen Vụ Bản", "Huyện Y Yên" (the OCR dropped the
  mark of "Ý"), "Huyen Giao Thuy", "Sở Nông nghiep và Môi truong", "So Cong Thuong", "Cong an tinh", "Thi tran Mot
  Ngan", "Xa Truong Long Tay".

Per document:
- 805 is a quarterly Báo cáo of UBND tỉnh Nam Định (before the merger; header "UY BAN NHAN DAN / TINH NAM ĐỊNH", number
  "S6: 312/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Văn phòng Chính phủ, quý III năm
  2024, issued 08/10/2024 (ranks /63). Province figures (subject NULL): "09 quyết định … 146 TTHC (ban hanh mới 38 …, …
  86 …, bai bỏ 22 TTHC); 100% TTHC", procedures by level and by online service, files "248.614 hồ sơ (quy 11/2024:
  231.406 hồ sơ), tăng 17.208 ho so, tương ứng tăng 7,44%" by level, online "171.846 …, chiếm 69,12%; so với chỉ tiêu
  … năm 2024 la 65% thì đã đạt" (target dated 2024-12-31), settled, on time, overdue with two fields in brackets
  (subject and level unchecked), "2.874 thư xin lỗi" (the bodies'), pending; shares by level after "lần lượt là"
  ("Cap tinh: 81,46% và 99,62%"); the damaged table of the 10 district-level units (received, online, on time,
  overdue; "Cong cap huyen" `cấp huyện`); "Huyện Nghĩa Hưng … (57,92%), thấp hơn bình quân cấp huyện 8,98 điểm phần
  trăm"; payment "54,36 % (quy 11/2024: 49,82 %), tăng 4,54 điểm phần trăm", money, digitisation, copies by level;
  PAKN, satisfaction; `83,72/100`, `18/63` "(quy 11/2024: 81,94 điểm, xếp thứ 24/63), tăng 1,78 điểm và tăng 6 bậc",
  six groups after "lần lượt là", three block averages, grades "14/20 sở, ban, ngành …, 06/20 …; 03/10 huyện, thành
  phố; 71/226 xã, phường, thị trấn". Five deadlines: day (with the quantity "2.318 ho so"), quarter for two named
  districts (with their target), "cham nhat ngay ba muoi thang 11 nam 2024", month, "truoc ngay 20 hang thang" (issued
  08/10/2024: first 20/10/2024).
- 806 is a monthly Báo cáo of UBND huyện Châu Thành A (tỉnh Hậu Giang, named in "Kinh gui"; before the merger; number
  "218/BC-UBND", signed "TM. UY BAN NHAN DAN / KT. CHU TICH / PHO CHU TICH") whose whole text lost its marks, tháng 10
  năm 2024 (written "thang 1O"), issued 05/11/2024. The district's own figures (`UBND huyện Châu Thành A`): "412 TTHC",
  "100 % TTHC", "05 TTHC", payment "47,36 % (thang 9/2024: 44,18 %), tang 3,18 diem phan tram; chi tieu … nam 2024 la
  50%, chua dat" (the target dated 2024-12-31), "186,4 trieu dong", digitisation, reuse, e-results, "07 PAKN … 07/07
  PAKN, dat 100 %", satisfaction "98,5 %", its 766 of tháng 10/2024 `85,46/100`, `2/8` "(thang 9/2024: 83,18 diem, xep
  thu 4/8), tang 2,28 diem va tang 2 bac" (the total and rank codes, as golden/blind144.py's 798). `cấp huyện`: files
  "(thang 9/2024: 1.142 ho so), tang 144 ho so", online, settled, on time, overdue and its two fields (subject
  unchecked, level huyện), pending, "3,8 ngay/ho so", copies. `cấp xã`: "10 xa, thi tran" (`xã`), files, online,
  settled, on time, overdue, A DASH LIST OF THE TEN UNITS ("- Thi tran Mot Ngan: 486 ho so, truc tuyen 88,27 %;",
  restored names, level xã), copies; the communes' average "81,62 diem", "6/10 xa, thi tran … 4 don vi"; the province
  `82,94/100`, `22/63`. Five deadlines: day (with the quantity "15 ho so"), quarter (with the communes' target), "cham
  nhat ngay hai muoi tam thang 11 nam 2024", month, "truoc ngay 25 hang thang" (issued 05/11/2024: first 25/11/2024).
- 807 is a THÔNG BÁO of the Văn phòng UBND tỉnh Bắc Giang (before the merger; header "UBND TỈNH BẮC GIANG / VĂN
  PHÒNG", number "S6: 1486/TB-VP", signed "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG") of the 766 results of tháng 5
  năm 2025, issued 09/6/2025. The province (subject NULL): `86,42/100`, `9/63` "(tháng 4/2025: 85,16 điểm, xếp thứ
  12/63), tăng 1,26 điểm và tăng 3 bậc", six groups in a dash list ("x/max điểm"), the digitisation group's "tăng 0,74
  điểm" (the group's code), "79,46 %", "41,27 %". The agencies: average "89,36 điểm (tháng 4/2025: 88,12 điểm)" (a level
  average and its previous value, no maximum), "15/19 sở, ban, ngành … 04 cơ quan", Sở Tư pháp's "95,28 điểm", Sở Xây
  dựng's "80,14 điểm, giảm 1,36 điểm", Công an tỉnh's "93,62 điểm" and "96,18 %" (online). The district-level units:
  average with April and "tăng 1,08 điểm", A MARKDOWN RANKING TABLE ("Xếp hạng" first, April dated 2025-04-30, May,
  signed change with a fall "-0,56"; units as written, level huyện; codes unchecked), "04/10 huyện, thị xã, thành phố …
  06 đơn vị", Huyện Sơn Động's payment "38,5 %, thấp hơn bình quân khối 17,24 điểm phần trăm". The communes: "192 xã,
  …" average, grades "68/192 …; 104 …; 20 …" and where the last gather "(7 xã) … (5 xã)" (subject unchecked, level xã),
  "Xã An Lạc … (61,38 điểm)". b)'s "tối thiểu 50% trong quý II năm 2025" two named districts' target. Five deadlines in
  lettered items: day, quarter (with the target), "chậm nhất ngày hai mươi lăm tháng 6 năm 2025", month, "trước ngày 05
  hằng tháng" (issued 09/6/2025, after the 5th: first 05/7/2025).
- 808 is a quarterly Báo cáo of the Trung tâm Phục vụ hành chính công tỉnh Đắk Lắk (after the merger; header "UBND TINH
  ĐẮK LẮK / TRUNG TÂM PHUC VU / HANH CHINH CONG", number "S6: 142/BC-TTPVHCC", signed "GIÁM ĐỐC") to UBND tỉnh, quý III
  năm 2025 (written "quy 111/2025" in the title), issued 06/10/2025 (ranks /34). The centre's figures (`Trung tâm Phục
  vụ hành chính công tỉnh`, level tỉnh): "46 quầy", "62 công chức" (code None), "18 sở, ngành và 05 cơ quan ngành dọc"
  (`đơn vị`, subject unchecked), files "38.416 ho so (quý II năm 2025: 31.284 hồ sơ, số liệu cộng gộp hai Trung tâm
  trước hợp nhất)" (the previous value adds up the two former centres: subject unchecked, level tỉnh, 2025-06-30) by
  channel, settled, on time, overdue, "(162 hồ sơ)" the Sở Nông nghiệp và Môi trường's; A TAB-SEPARATED TABLE OF BODIES
  with unmarked names ("Tổng cộng" with an empty STT the centre; "100" and "0" cells); payment "78,64 % (quý II năm
  2025: 71,26 %)" (the previous value before the merger: subject unchecked) against "chỉ tiêu UBND tinh giao năm 2025 là
  80% … chưa đạt" (2025-12-31), digitisation, reuse, e-results, ratings "12.846 lượt … 12.792 lượt …, chiếm 99,58 %"
  (the share the satisfaction code). Cấp xã: "102 đơn vị … (88 xã, 14 phường)", files, online, on time (`cấp xã`), the
  highest and lowest in brackets (as written, level xã), "27/102 xã, phường … dưới 60%". The province `84,26/100`,
  `14/34` "(tháng 8/2025: 83,52 điểm, xếp thứ 16/34), tăng 0,74 điểm và tăng 2 bậc", the payment group "7,28/10". Five
  deadlines: day (with the quantity "162 ho so"), quarter (with a division's target), "cham nhat ngay muoi lam thang 11
  nam 2025", year in a request "Đề nghị Sở Khoa học và Công nghệ …", "truoc ngay 22 hang thang" (issued 06/10/2025:
  first 22/10/2025).
- 809 is a CÔNG VĂN (doc_type "Công văn") of the Sở Tư pháp tỉnh Quảng Trị (after the merger; header "UBND TINH QUANG
  TRI / SỞ TƯ PHAP", number "S6: 486/STP-VP", a "V/v" line broken across two lines, signed "GIÁM ĐỐC") to UBND tỉnh, 6
  tháng đầu năm 2026, issued 03/7/2026. The Sở's figures (`Sở Tư pháp`, level tỉnh): "148 TTHC thuộc 16 lĩnh vực (cấp
  tỉnh 102 TTHC, cấp xã 46 TTHC)" (the parts subject unchecked, levels tỉnh and xã), online "126 TTHC, chiếm 85,14 %",
  files "24.618 hồ sơ (6 tháng cuối năm 2025: 21.946 hồ sơ)" (previous dated 2025-12-31), online, settled, on time,
  "quá hạn 08 hồ sơ", "08 thư xin lỗi"; the damaged Markdown table by field (fields subject unchecked, their counts code
  unchecked; "Tổng cộng" the Sở); "7.418 phiếu, chiếm 75,34 %", "4,2 ngày, rút ngắn 1,6 ngày"; copies "Toàn tinh cấp
  68.412 bản" (the province, subject NULL), `cấp xã`'s "61.286 bản, chiếm 89,58 %", "71/78 xã, phường, đặc khu", "07
  xã", "12 máy quét" (level xã); payment "92,46 % (6 tháng cuối năm 2025: 86,14 %)" against the year's target 90%
  ("đã đạt", 2026-12-31), "2,148 tỷ đồng", digitisation, reuse, PAKN; the Sở's 766 of tháng 6/2026 `93,84/100`, `2/16`
  "(tháng 12/2025: 91,26 điểm, xếp thứ 4/16), tăng 2,58 điểm và tăng 2 bậc" and "20,46/22" (codes unchecked: a Sở's
  result, as golden/blind144.py's 796), the province `82,64/100`, `20/34`. Task 1's "07 xã" a count repeated. Five
  deadlines: day, quarter, "cham nhat ngay hai muoi thang 8 nam 2026", year in a request "Đề nghị Bưu điện tỉnh Quảng
  Trị …", "truoc ngay 18 hang thang" (issued 03/7/2026: first 18/7/2026).

Unsure readings (fields left `ANY`, or decided and written here): the restored names of the OCR's "Huyện Y Yên" (decided
`Huyện Ý Yên`) and the signer "Nguyen Thanh Tam" (decided `Nguyễn Thanh Tâm`; the unmarked name allows other marks);
the subject of a lowest unit named at a sentence's start ("Huyện Nghĩa Hưng co …", "Huyện Sơn Động là …": decided as
written, with the capital); whose communes 807's "(7 xã) … (5 xã)" are (the two districts' or the province's graded
communes: subject unchecked, level xã); the level of 805's overdue fields "(2.318 hồ sơ) … (412 hồ sơ)" (province-wide:
unchecked); whose scanners 809's "12 máy quét" are (the seven communes': subject unchecked, level xã); the subject of
808's and 809's quý II / second-half values before the merger or the period (808 unchecked, as golden/blind144.py's 796;
809 the Sở, unchanged by the merger); the code of files by the direct and postal channel in 808 (unchecked, as
golden/blind144.py's 799).
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
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_GROUP_CODES = ["766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.so_hoa", "766.hai_long"]
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_HUYEN = {"subject": ANY, "level": "huyện"}
_IN_XA = {"subject": ANY, "level": "xã"}
_CAP_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_CAP_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_CAP_XA = {"subject": "cấp xã", "level": "xã"}
_NULL = {"subject": None, "level": None}

# A numeric cell: (raw, unit, kind, code, as_of).
Cell = tuple[str, str, str, object, str]


def _find_cell(line: str, raw: str, start: int) -> int:
    """Where the cell `raw` begins in a table row: the raw text standing between blanks (a space or a tab before it;
    a space, a tab or the line's end after it), the OCR's bar ("|", "l", "I") being a cell of its own."""
    at = line.find(raw, start)
    while at != -1:
        before, after = line[at - 1:at], line[at + len(raw):at + len(raw) + 1]
        if before in (" ", "\t") and after in ("", " ", "\t"):
            return at
        at = line.find(raw, at + 1)
    raise ValueError(f"no cell {raw!r} in {line!r}")


def _row(line: str, after: str, who: dict, cells: list[Cell]) -> list[Fact]:
    """The numeric cells of one table row written as `line`, left to right. A cell's context is the blank before it,
    the rest of its row and the start of the next line (`after`), so that it occurs once and the raw text is found
    first at the cell itself. A signed raw ("+1,66") keeps its sign as written and in the value."""
    facts, at = [], 0
    for raw, unit, kind, code, as_of in cells:
        at = _find_cell(line, raw, at)
        facts.append(F(line[at - 1:] + "\n" + after, raw, _num(raw.lstrip("+")), unit, kind, as_of=as_of,
                       code=code, extra=TAB, **who))
        at += len(raw)
    return facts


def _table(lines: list[str], tail: str, rows: list[tuple[dict, list[Cell]]]) -> list[Fact]:
    """The rows of one table, each `(who, cells)` for the line at the same place; each row's next line is the
    following line of the table, the last row's the text after the table (`tail`)."""
    facts = []
    for i, (line, (who, cells)) in enumerate(zip(lines, rows, strict=True)):
        after = lines[i + 1] if i + 1 < len(lines) else tail
        facts += _row(line, after, who, cells)
    return facts


def _by(subject: str | None, level: str | None):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


_prov = _by(None, None)


def _groups(contexts: list[tuple[str, str]], who: dict | None = None) -> list[Fact]:
    """The six group scores `x/max` of the 766 index (the province's, subject NULL), each with its maximum."""
    facts = []
    for (context, raw), code in zip(contexts, _GROUP_CODES, strict=True):
        got, top = raw.split("/")
        facts.append(F(context, raw, _num(got), "điểm", max_value=_num(top), code=code, **(who or _NULL)))
    return facts


def _who(subject: str | None, level: str | None) -> dict:
    return {"subject": subject, "level": level}


# ------------------------------------------------------------ 805: UBND tỉnh Nam Định, quý III năm 2024 (marks half
# lost, "S6:", "quy 111/2024", "quy 11/2024", a Markdown table whose bars partly became "l")
_Q2_2024 = "2024-06-30"
_LINES_805 = [
    "| 1 | Thành phố Nam Định | 12.846 | 78,42 | 98,86 | 146 |",
    "| 2 l Huyện Mỹ Lộc | 3.214 | 71,36 l 99,52 | 12 |",
    "| 3 | Huyen Vụ Bản | 5.418 | 64,18 | 99,14 | 38 |",
    "| 4 | Huyện Y Yên | 8.126 | 58,74 | 100 | 0 |",
    "| 5 l Huyện Nam Trực l 6.942 | 63,05 | 98,96 | 41 |",
    "| 6 | Huyện Trực Ninh | 6.318 | 66,12 | 99,21 | 27 |",
    "| 7 | Huyện Xuân Trường | 5.846 | 69,48 | 99,48 | 19 l",
    "| 8 | Huyen Giao Thuy | 7.204 | 61,26 | 98,12 | 64 |",
    "| 9 | Huyện Hải Hậu | 9.162 | 70,34 l 97,06 | 98 |",
    "| 10 | Huyện Nghĩa Hưng | 6.230 | 57,92 | 96,74 | 71 |",
    "| | Cong cap huyen | 71.306 | 66,90 | 97,84 | 516 |",
]
# each row's unit as a reader restores it (the OCR's "Huyen Vụ Bản", "Huyện Y Yên", "Huyen Giao Thuy")
_UNITS_805 = ["Thành phố Nam Định", "Huyện Mỹ Lộc", "Huyện Vụ Bản", "Huyện Ý Yên", "Huyện Nam Trực",
              "Huyện Trực Ninh", "Huyện Xuân Trường", "Huyện Giao Thủy", "Huyện Hải Hậu", "Huyện Nghĩa Hưng"]


def _districts_805() -> list[Fact]:
    """The Markdown table of II.4 whose interior bars the OCR partly read as "l" (and one row's closing bar): each
    district-level unit by its restored name, level huyện; files received, online and on-time shares, overdue files
    (their codes; "100" and "0" cells are figures); "Cong cap huyen" (empty STT) is `cấp huyện`."""
    rows = []
    for i, line in enumerate(_LINES_805):
        who = _CAP_HUYEN if i == len(_UNITS_805) else _who(_UNITS_805[i], "huyện")
        raws = line.replace(" l", " |").strip("| ").split(" | ")[-4:]
        units = [("hồ sơ", _TN), ("%", _NOP), ("%", _DH), ("hồ sơ", _QH)]
        rows.append((who, [(raw, unit, P, code, "period") for raw, (unit, code) in zip(raws, units, strict=True)]))
    return _table(_LINES_805, "", rows)


_NGHIA_HUNG = _who("Huyện Nghĩa Hưng", "huyện")

BLIND_805 = [
    # I.1 decisions and the procedures they publish, I.2 procedures by level and by online service
    _prov("ban hành 09 quyết định", "09", 9, "quyết định", C, code=None),
    _prov("danh mục 146 TTHC", "146", 146, "TTHC", C, code=ANY),
    _prov("mới 38 TTHC", "38", 38, "TTHC", C, code=ANY),
    _prov("bổ sung 86 TTHC", "86", 86, "TTHC", C, code=ANY),
    _prov("bai bỏ 22 TTHC", "22", 22, "TTHC", C, code=ANY),
    _prov("; 100% TTHC", "100%", 100, "%", code=ANY),
    _prov("thực hiện 1.912 TTHC", "1.912", 1912, "TTHC", C, code=ANY),
    F("cấp tinh 1.486 TTHC", "1.486", 1486, "TTHC", C, code=ANY, **_CAP_TINH),
    F("cap huyen 287 TTHC", "287", 287, "TTHC", C, code=ANY, **_CAP_HUYEN),
    F("cấp xã 139 TTHC", "139", 139, "TTHC", C, code=ANY, **_CAP_XA),
    _prov("la 1.068 TTHC", "1.068", 1068, "TTHC", C, code=_TOAN),
    _prov("chiếm 55,86%", "55,86%", 55.86, "%", code=_TOAN),
    _prov("mot phần 702 TTHC", "702", 702, "TTHC", C, code=_MOT),
    _prov("chiếm 36,72%", "36,72%", 36.72, "%", code=_MOT),
    # II.1 files ("quy 11/2024" is quý II/2024), by level, online against the year's target (dated 2024-12-31)
    _prov("tiếp nhận 248.614 hồ sơ", "248.614", 248614, "hồ sơ", C, code=_TN),
    _prov("(quy 11/2024: 231.406 hồ sơ)", "231.406", 231406, "hồ sơ", PR, as_of=_Q2_2024, code=_TN),
    _prov("tăng 17.208 ho so", "17.208", 17208, "hồ sơ", CH, code=ANY),
    _prov("tăng 7,44%", "7,44%", 7.44, "%", CH, code=ANY),
    F("cấp tỉnh 52.418 hồ sơ", "52.418", 52418, "hồ sơ", C, code=_TN, **_CAP_TINH),
    F("cap huyen 71.306 hồ sơ", "71.306", 71306, "hồ sơ", C, code=_TN, **_CAP_HUYEN),
    F("cap xa 124.890 hồ sơ", "124.890", 124890, "hồ sơ", C, code=_TN, **_CAP_XA),
    _prov("trực tuyến 171.846 hồ sơ", "171.846", 171846, "hồ sơ", C, code=_NOP),
    _prov("chiếm 69,12%", "69,12%", 69.12, "%", code=_NOP, target=65, stated_status="đạt"),
    _prov("năm 2024 la 65%", "65%", 65, "%", T, as_of="2024-12-31", code=_NOP),
    # II.2 settled, on time, overdue with two fields in brackets, letters (the bodies'), pending
    _prov("Đã giải quyết 241.318 hồ sơ", "241.318", 241318, "hồ sơ", C, code=ANY),
    _prov("đúng hạn 238.204 ho so", "238.204", 238204, "hồ sơ", C, code=_DH),
    _prov("đat 98,71%", "98,71%", 98.71, "%", code=_DH),
    _prov("quá hạn 3.114 hồ sơ", "3.114", 3114, "hồ sơ", C, code=_QH),
    _prov("chiếm 1,29%", "1,29%", 1.29, "%", code=_QH),
    F("(2.318 hồ sơ)", "2.318", 2318, "hồ sơ", C, code=_QH, **_OPEN),
    F("(412 hồ sơ)", "412", 412, "hồ sơ", C, code=_QH, **_OPEN),
    F("gửi 2.874 thư", "2.874", 2874, "thư xin lỗi", C, code=ANY, **_OPEN),
    _prov("trong hạn 7.296 hồ sơ", "7.296", 7296, "hồ sơ", C, code=ANY),
    # II.3 shares by level after "lần lượt là" (online, on time)
    F("Cap tinh: 81,46%", "81,46%", 81.46, "%", code=_NOP, **_CAP_TINH),
    F("và 99,62%", "99,62%", 99.62, "%", code=_DH, **_CAP_TINH),
    F("Cấp huyện: 66,90%", "66,90%", 66.9, "%", code=_NOP, **_CAP_HUYEN),
    F("va 97,84%", "97,84%", 97.84, "%", code=_DH, **_CAP_HUYEN),
    F("Cấp xa: 65,92%", "65,92%", 65.92, "%", code=_NOP, **_CAP_XA),
    F("và 98,95%", "98,95%", 98.95, "%", code=_DH, **_CAP_XA),
    # II.4 the damaged table, then the lowest unit and its gap to the level's average
    *_districts_805(),
    F("thấp nhất (57,92%)", "57,92%", 57.92, "%", code=_NOP, **_NGHIA_HUNG),
    F("cấp huyện 8,98 điểm", "8,98", -8.98, "%", CH, code=ANY, **_NGHIA_HUNG),
    # III. payment ("54,36 %" with a space before the sign), money, digitisation, reuse, e-results, copies by level
    _prov("đạt 54,36 %", "54,36 %", 54.36, "%", code=_TT),
    _prov("(quy 11/2024: 49,82 %)", "49,82 %", 49.82, "%", PR, as_of=_Q2_2024, code=_TT),
    _prov("tăng 4,54 điểm", "4,54", 4.54, "%", CH, code=ANY),
    _prov("là 12,64 tỷ đồng", "12,64", 12.64, "tỷ đồng", code=ANY),
    _prov("TTHC đạt 86,14%", "86,14%", 86.14, "%", code=_SH),
    _prov("so hoa đạt 38,62%", "38,62%", 38.62, "%", code=_TSD),
    _prov("điện tử đạt 97,28%", "97,28%", 97.28, "%", code=_KQ),
    _prov("cấp 18.406 bản", "18.406", 18406, "bản", C, code=ANY),
    F("cap huyen 4.612 bản", "4.612", 4612, "bản", C, code=ANY, **_CAP_HUYEN),
    F("cấp xã 13.794 bản", "13.794", 13794, "bản", C, code=ANY, **_CAP_XA),
    # IV. PAKN, satisfaction
    _prov("tiếp nhận 214 PAKN", "214", 214, "PAKN", C, code=_PAKN_TN),
    _prov("xử lý 206 PAKN", "206", 206, "PAKN", C, code=ANY),
    _prov("đat 96,26%", "96,26%", 96.26, "%", code=ANY),
    _prov("08 PAKN", "08", 8, "PAKN", C, code=ANY),
    _prov("TTHC đạt 96,84%", "96,84%", 96.84, "%", code=_HL),
    # V. the province's 766 result ("quy 111/2024"; quý II in brackets), six groups, block averages, grades
    _prov("đạt 83,72/100", "83,72/100", 83.72, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 18/63", "18/63", 18, "hạng", R, max_value=63, code=_HANG),
    _prov("(quy 11/2024: 81,94 điểm", "81,94", 81.94, "điểm", PR, max_value=100, as_of=_Q2_2024, code=_TONG),
    _prov("xếp thứ 24/63)", "24/63", 24, "hạng", PR, max_value=63, as_of=_Q2_2024, code=_HANG),
    _prov("tăng 1,78 điểm", "1,78", 1.78, "điểm", CH, code=_TONG),
    _prov("tăng 6 bậc", "6", 6, "hạng", CH, code=_HANG),
    *_groups([("minh bạch 16,84/18", "16,84/18"), ("giải quyết 18,92/20", "18,92/20"),
              ("trực tuyến 9,46/12", "9,46/12"), ("trực tuyến 7,12/10", "7,12/10"),
              ("hồ sơ 15,06/22", "15,06/22"), ("hài lòng 16,32/18", "16,32/18")]),
    F("đạt 87,46 điểm", "87,46", 87.46, "điểm", code=ANY, **_IN_TINH),
    F("đạt 81,28 điểm", "81,28", 81.28, "điểm", code=ANY, **_IN_HUYEN),
    F("đạt 78,64 diem", "78,64", 78.64, "điểm", code=ANY, **_IN_XA),
    F("Có 14/20", "14/20", 14, "đơn vị", C, max_value=20, code=None, **_IN_TINH),
    F("06/20", "06/20", 6, "đơn vị", C, max_value=20, code=None, **_IN_TINH),
    F("03/10", "03/10", 3, "huyện", C, max_value=10, code=None, **_IN_HUYEN),
    F("71/226", "71/226", 71, "xã", C, max_value=226, code=None, **_IN_XA),
    # VI. task 1's quantity (a target at its deadline), task 2's target of two named districts
    F("dut diem 2.318 ho so", "2.318", 2318, "hồ sơ", T, as_of="2024-10-31", code=ANY, **_IN_TINH),
    F("tối thiểu 65%", "65%", 65, "%", T, as_of="2024-12-31", code=_NOP, **_IN_HUYEN),
]


# ------------------------------------------------------------ 806: UBND huyện Châu Thành A (tỉnh Hậu Giang), tháng 10
# năm 2024 (every mark lost, "thang 1O", "98,5 %" with a space before the sign, a line broken mid-sentence, "giai quy-
# \net"); contexts in ASCII as the file has them
_ub = _by("UBND huyện Châu Thành A", "huyện")
_ch = _by("cấp huyện", "huyện")
_cx = _by("cấp xã", "xã")
_SEP_2024 = "2024-09-30"
# the dash list: (name as written, restored subject, files, online share)
_COMMUNES_806 = [
    ("Thi tran Mot Ngan", "Thị trấn Một Ngàn", "486", "88,27"),
    ("Thi tran Bay Ngan", "Thị trấn Bảy Ngàn", "412", "86,41"),
    ("Thi tran Rach Goi", "Thị trấn Rạch Gòi", "298", "81,54"),
    ("Thi tran Cai Tac", "Thị trấn Cái Tắc", "384", "84,90"),
    ("Xa Tan Hoa", "Xã Tân Hòa", "276", "79,35"),
    ("Xa Truong Long Tay", "Xã Trường Long Tây", "242", "71,07"),
    ("Xa Truong Long A", "Xã Trường Long A", "318", "82,39"),
    ("Xa Nhon Nghia A", "Xã Nhơn Nghĩa A", "356", "85,11"),
    ("Xa Thanh Xuan", "Xã Thạnh Xuân", "338", "85,21"),
    ("Xa Tan Phu Thanh", "Xã Tân Phú Thạnh", "308", "80,52"),
]


def _communes_806() -> list[Fact]:
    """The dash list "- Thi tran Mot Ngan: 486 ho so, truc tuyen 88,27 %;": each commune-level unit by its restored
    name, level xã; files received (received code) and the online share ("88,27 %" with its space)."""
    facts = []
    for written, subject, received, online in _COMMUNES_806:
        who = {"subject": subject, "level": "xã"}
        facts += [F(f"{written}: {received} ho so", received, _num(received), "hồ sơ", C, code=_TN, **who),
                  F(f"{received} ho so, truc tuyen {online} %", f"{online} %", _num(online), "%", code=_NOP, **who)]
    return facts


BLIND_806 = [
    # I. procedures by level, published, proposed for simplification
    _ub("thuc hien 412 TTHC", "412", 412, "TTHC", C, code=ANY),
    _ch("cap huyen 289 TTHC", "289", 289, "TTHC", C, code=ANY),
    _cx("cap xa 123 TTHC", "123", 123, "TTHC", C, code=ANY),
    _ub("; 100 % TTHC", "100 %", 100, "%", code=ANY),
    _ub("hoa 05 TTHC", "05", 5, "TTHC", C, code=ANY),
    # II. a) cấp huyện (tháng 9/2024 in brackets), the sentence broken after "nop truc", the hyphenated "giai quy-\net"
    _ch("tiep nhan 1.286 ho so", "1.286", 1286, "hồ sơ", C, code=_TN),
    _ch("(thang 9/2024: 1.142 ho so)", "1.142", 1142, "hồ sơ", PR, as_of=_SEP_2024, code=_TN),
    _ch("tang 144 ho so", "144", 144, "hồ sơ", CH, code=ANY),
    _ch("tuyen 1.014 ho so", "1.014", 1014, "hồ sơ", C, code=_NOP),
    _ch("chiem 78,85 %", "78,85 %", 78.85, "%", code=_NOP),
    _ch("giai quyet 1.248 ho so", "1.248", 1248, "hồ sơ", C, code=ANY),
    _ch("dung han 1.231 ho so", "1.231", 1231, "hồ sơ", C, code=_DH),
    _ch("dat 98,64 %", "98,64 %", 98.64, "%", code=_DH),
    _ch("qua han 17 ho so", "17", 17, "hồ sơ", C, code=_QH),
    F("dat dai 15 ho so", "15", 15, "hồ sơ", C, code=_QH, **_IN_HUYEN),
    F("xay dung 2 ho so", "2", 2, "hồ sơ", C, code=_QH, **_IN_HUYEN),
    _ch("et 164 ho so", "164", 164, "hồ sơ", C, code=ANY),
    _ch("binh quan 3,8 ngay", "3,8", 3.8, "ngày", code=ANY),
    # b) cấp xã, the dash list of the ten units
    F("UBND 10 xa", "10", 10, "xã", C, code=None, **_IN_XA),
    _cx("tiep nhan 3.418 ho so", "3.418", 3418, "hồ sơ", C, code=_TN),
    _cx("truc tuyen 2.846 ho so", "2.846", 2846, "hồ sơ", C, code=_NOP),
    _cx("chiem 83,27 %", "83,27 %", 83.27, "%", code=_NOP),
    _cx("giai quyet 3.392 ho so", "3.392", 3392, "hồ sơ", C, code=ANY),
    _cx("dung han 3.386 ho so", "3.386", 3386, "hồ sơ", C, code=_DH),
    _cx("dat 99,82 %", "99,82 %", 99.82, "%", code=_DH),
    _cx("qua han 06 ho so", "06", 6, "hồ sơ", C, code=_QH),
    *_communes_806(),
    # c) copies by level
    _ch("cap huyen cap 214 ban", "214", 214, "bản", C, code=ANY),
    _cx("cap xa cap 932 ban", "932", 932, "bản", C, code=ANY),
    # III. payment against the year's target (dated 2024-12-31, after the period end), money, digitisation
    _ub("huyen dat 47,36 %", "47,36 %", 47.36, "%", code=_TT, target=50, stated_status="chưa đạt"),
    _ub("(thang 9/2024: 44,18 %)", "44,18 %", 44.18, "%", PR, as_of=_SEP_2024, code=_TT),
    _ub("tang 3,18 diem", "3,18", 3.18, "%", CH, code=ANY),
    _ub("nam 2024 la 50%", "50%", 50, "%", T, as_of="2024-12-31", code=_TT),
    _ub("la 186,4 trieu dong", "186,4", 186.4, "triệu đồng", code=ANY),
    _ub("TTHC dat 91,42 %", "91,42 %", 91.42, "%", code=_SH),
    _ub("so hoa dat 36,8 %", "36,8 %", 36.8, "%", code=_TSD),
    _ub("dien tu dat 100 %", "100 %", 100, "%", code=_KQ),
    # IV. PAKN, satisfaction
    _ub("tiep nhan 07 PAKN", "07", 7, "PAKN", C, code=_PAKN_TN),
    _ub("07/07 PAKN", "07/07", 7, "PAKN", C, max_value=7, code=ANY),
    _ub("PAKN, dat 100 %", "100 %", 100, "%", code=ANY),
    _ub("dat 98,5 %", "98,5 %", 98.5, "%", code=_HL),
    # V. the district's 766 result of "thang 1O/2024" among the 8 district-level units (September in brackets), the
    # communes' average and grades, the province
    _ub("dat 85,46/100", "85,46/100", 85.46, "điểm", max_value=100, code=_TONG),
    _ub("xep thu 2/8", "2/8", 2, "hạng", R, max_value=8, code=_HANG),
    _ub("(thang 9/2024: 83,18 diem", "83,18", 83.18, "điểm", PR, max_value=100, as_of=_SEP_2024, code=_TONG),
    _ub("xep thu 4/8)", "4/8", 4, "hạng", PR, max_value=8, as_of=_SEP_2024, code=_HANG),
    _ub("tang 2,28 diem", "2,28", 2.28, "điểm", CH, code=_TONG),
    _ub("tang 2 bac", "2", 2, "hạng", CH, code=_HANG),
    F("dat 81,62 diem", "81,62", 81.62, "điểm", code=ANY, **_IN_XA),
    F("co 6/10 xa", "6/10", 6, "xã", C, max_value=10, code=None, **_IN_XA),
    F("4 don vi", "4", 4, "đơn vị", C, code=None, **_IN_XA),
    _prov("dat 82,94/100", "82,94/100", 82.94, "điểm", max_value=100, code=_TONG),
    _prov("xep thu 22/63", "22/63", 22, "hạng", R, max_value=63, code=_HANG),
    # VI. task 1's quantity (a target at its deadline), task 2's target of the communes
    F("dut diem 15 ho so", "15", 15, "hồ sơ", T, as_of="2024-11-15", code=ANY, **_IN_HUYEN),
    F("toi thieu 50%", "50%", 50, "%", T, as_of="2024-12-31", code=_TT, **_IN_XA),
]


# ------------------------------------------------------------ 807: Văn phòng UBND tỉnh Bắc Giang, Thông báo of tháng 5
# năm 2025 (marks kept, OCR confusions "S6:", "Quyet dinh so 766/QD-TTg", "UBND tinh", "ho so", "79,46 %", a group
# label hyphenated across lines "giải quy-\nết", a sentence broken after "thị")
_APR_2025 = "2025-04-30"
_LINES_807 = [
    "| 1 | Thành phố Bắc Giang | 88,46 | 90,12 | +1,66 |",
    "| 2 | Thị xã Việt Yên | 87,92 | 89,34 | +1,42 |",
    "| 3 | Thị xã Chũ | 84,18 | 86,75 | +2,57 |",
    "| 4 | Huyện Hiệp Hòa | 83,64 | 85,08 | +1,44 |",
    "| 5 | Huyện Lạng Giang | 84,02 | 84,96 | +0,94 |",
    "| 6 | Huyện Tân Yên | 82,15 | 83,72 | +1,57 |",
    "| 7 | Huyện Lục Nam | 81,36 | 82,41 | +1,05 |",
    "| 8 | Huyện Yên Thế | 80,84 | 81,06 | +0,22 |",
    "| 9 | Huyện Lục Ngạn | 79,62 | 80,18 | +0,56 |",
    "| 10 | Huyện Sơn Động | 77,48 | 76,92 | -0,56 |",
]


def _districts_807() -> list[Fact]:
    """The Markdown ranking of the district-level units: "Xếp hạng" first (kind rank, plain numbers among the 10, no
    maximum), the scores of tháng 4/2025 (dated 2025-04-30) and tháng 5/2025, the signed change (kind change, a fall
    "-0,56"); each unit as written, level huyện; codes unchecked (a unit's own result)."""
    rows = []
    for line in _LINES_807:
        rank, name, april, may, change = line.strip("| ").split(" | ")
        rows.append((_who(name, "huyện"), [(rank, "hạng", R, ANY, "period"), (april, "điểm", P, ANY, _APR_2025),
                                           (may, "điểm", P, ANY, "period"), (change, "điểm", CH, ANY, "period")]))
    return _table(_LINES_807, "", rows)


_SON_DONG = _who("Huyện Sơn Động", "huyện")

BLIND_807 = [
    # 1. the province's result of tháng 5/2025 (April in brackets), six groups in a dash list, the digitisation group
    _prov("đạt 86,42/100", "86,42/100", 86.42, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 9/63", "9/63", 9, "hạng", R, max_value=63, code=_HANG),
    _prov("(tháng 4/2025: 85,16 điểm", "85,16", 85.16, "điểm", PR, max_value=100, as_of=_APR_2025, code=_TONG),
    _prov("xếp thứ 12/63)", "12/63", 12, "hạng", PR, max_value=63, as_of=_APR_2025, code=_HANG),
    _prov("tăng 1,26 điểm", "1,26", 1.26, "điểm", CH, code=_TONG),
    _prov("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    *_groups([("minh bạch: 17,08/18", "17,08/18"), ("ết: 19,14/20", "19,14/20"), ("trực tuyến: 9,86/12", "9,86/12"),
              ("trực tuyến: 7,64/10", "7,64/10"), ("hồ sơ: 16,18/22", "16,18/22"), ("hài lòng: 16,52/18", "16,52/18")]),
    _prov("tăng 0,74 điểm", "0,74", 0.74, "điểm", CH, code="766.so_hoa"),
    _prov("đạt 79,46 %", "79,46 %", 79.46, "%", code=_SH),
    _prov("đạt 41,27 %", "41,27 %", 41.27, "%", code=_TSD),
    # 2. the agencies: average (April in brackets), grades, the first and last Sở, Công an tỉnh
    F("đạt 89,36 điểm", "89,36", 89.36, "điểm", code=ANY, **_IN_TINH),
    F("(tháng 4/2025: 88,12 điểm)", "88,12", 88.12, "điểm", PR, as_of=_APR_2025, code=ANY, **_IN_TINH),
    F("Có 15/19", "15/19", 15, "đơn vị", C, max_value=19, code=None, **_IN_TINH),
    F("04 cơ quan", "04", 4, "đơn vị", C, code=None, **_IN_TINH),
    F("với 95,28 điểm", "95,28", 95.28, "điểm", code=ANY, **_who("Sở Tư pháp", "tỉnh")),
    F("với 80,14 điểm", "80,14", 80.14, "điểm", code=ANY, **_who("Sở Xây dựng", "tỉnh")),
    F("giảm 1,36 điểm", "1,36", -1.36, "điểm", CH, code=ANY, **_who("Sở Xây dựng", "tỉnh")),
    F("đạt 93,62 điểm", "93,62", 93.62, "điểm", code=ANY, **_who("Công an tỉnh", "tỉnh")),
    F("đạt 96,18 %", "96,18 %", 96.18, "%", code=_NOP, **_who("Công an tỉnh", "tỉnh")),
    # 3. the district-level units: average (April in brackets), the ranking table, grades, the one that fell
    F("đạt 84,05 điểm", "84,05", 84.05, "điểm", code=ANY, **_IN_HUYEN),
    F("(tháng 4/2025: 82,97 điểm)", "82,97", 82.97, "điểm", PR, as_of=_APR_2025, code=ANY, **_IN_HUYEN),
    F("tăng 1,08 điểm", "1,08", 1.08, "điểm", CH, code=ANY, **_IN_HUYEN),
    *_districts_807(),
    F("Có 04/10", "04/10", 4, "huyện", C, max_value=10, code=None, **_IN_HUYEN),
    F("06 đơn vị", "06", 6, "đơn vị", C, code=None, **_IN_HUYEN),
    F("đạt 38,5 %", "38,5 %", 38.5, "%", code=_TT, **_SON_DONG),
    F("khối 17,24 điểm", "17,24", -17.24, "%", CH, code=ANY, **_SON_DONG),
    # 4. the communes: average, grades, where the lowest grade gathers, the lowest commune
    F("của 192 xã", "192", 192, "xã", C, code=None, **_IN_XA),
    F("đạt 80,74 điểm", "80,74", 80.74, "điểm", code=ANY, **_IN_XA),
    F("Có 68/192", "68/192", 68, "xã", C, max_value=192, code=None, **_IN_XA),
    F("; 104 xã", "104", 104, "xã", C, code=None, **_IN_XA),
    F("; 20 xã", "20", 20, "xã", C, code=None, **_IN_XA),
    F("(7 xã)", "7", 7, "xã", C, code=None, **_IN_XA),
    F("(5 xã)", "5", 5, "xã", C, code=None, **_IN_XA),
    F("(61,38 điểm)", "61,38", 61.38, "điểm", code=ANY, **_who("Xã An Lạc", "xã")),
    # 5. b)'s target of two named districts for quý II năm 2025
    F("tối thiểu 50%", "50%", 50, "%", T, as_of="2025-06-30", code=_TT, **_IN_HUYEN),
]


# ------------------------------------------------------------ 808: Trung tâm Phục vụ hành chính công tỉnh Đắk Lắk, quý
# III năm 2025 (marks half lost, "quy 111/2025", "%" after a space, a tab-separated table with unmarked names)
_tt = _by("Trung tâm Phục vụ hành chính công tỉnh", "tỉnh")
_TT_TINH = _who("Trung tâm Phục vụ hành chính công tỉnh", "tỉnh")
_Q2_2025 = "2025-06-30"
_AUG_2025 = "2025-08-31"
_LINES_808 = [
    "1\tSở Nông nghiep và Môi truong\t9.846\t74,82\t98,12\t162",
    "2\tSở Xây dựng\t2.318\t91,36\t99,18\t19",
    "3\tSở Tư pháp\t6.412\t98,74\t100\t0",
    "4\tSo Cong Thuong\t3.126\t99,42\t99,87\t4",
    "5\tSở Y tế\t1.864\t94,18\t99,41\t11",
    "6\tSở Tài chính\t4.216\t97,65\t99,76\t10",
    "7\tCong an tinh\t5.948\t82,36\t99,52\t28",
    "8\tCác cơ quan còn lại\t4.686\t88,92\t99,96\t2",
    "\tTổng cộng\t38.416\t88,15\t99,36\t236",
]
_BODIES_808 = ["Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Tư pháp", "Sở Công Thương", "Sở Y tế", "Sở Tài chính",
               "Công an tỉnh"]


def _bodies_808() -> list[Fact]:
    """The tab-separated table of II.3: each body by its restored name (the OCR's "Sở Nông nghiep và Môi truong", "So
    Cong Thuong", "Cong an tinh"), level tỉnh; "Các cơ quan còn lại" subject unchecked; "Tổng cộng" (empty STT) the
    Trung tâm, repeating II.1 and II.2. Files received, online and on-time shares, overdue files (their codes)."""
    rows = []
    for i, line in enumerate(_LINES_808):
        who = _who(_BODIES_808[i], "tỉnh") if i < len(_BODIES_808) else _IN_TINH if i == 7 else _TT_TINH
        raws = line.split("\t")[2:]
        units = [("hồ sơ", _TN), ("%", _NOP), ("%", _DH), ("hồ sơ", _QH)]
        rows.append((who, [(raw, unit, P, code, "period") for raw, (unit, code) in zip(raws, units, strict=True)]))
    return _table(_LINES_808, "", rows)


BLIND_808 = [
    # I. counters, the bodies served, staff (an address "số 09 Ngô Quyền" no figure)
    _tt("bố trí 46 quầy", "46", 46, "quầy", C, code=None),
    F("cho 18 sở", "18", 18, "đơn vị", C, code=None, **_IN_TINH),
    F("và 05 cơ quan", "05", 5, "đơn vị", C, code=None, **_IN_TINH),
    _tt("; 62 công chức", "62", 62, "công chức", C, code=None),
    # II.1 files (quý II năm 2025 in brackets: the two former centres added up, subject unchecked), by channel
    _tt("tiếp nhận 38.416 ho so", "38.416", 38416, "hồ sơ", C, code=_TN),
    F("(quý II năm 2025: 31.284 hồ sơ", "31.284", 31284, "hồ sơ", PR, as_of=_Q2_2025, code=_TN, **_IN_TINH),
    _tt("tăng 7.132 hồ sơ", "7.132", 7132, "hồ sơ", CH, code=ANY),
    _tt("tăng 22,80 %", "22,80 %", 22.8, "%", CH, code=ANY),
    _tt("truc tuyen 33.862 hồ sơ", "33.862", 33862, "hồ sơ", C, code=_NOP),
    _tt("chiếm 88,15 %", "88,15 %", 88.15, "%", code=_NOP),
    _tt("trực tiếp 3.126 ho so", "3.126", 3126, "hồ sơ", C, code=ANY),
    _tt("công ích 1.428 hồ sơ", "1.428", 1428, "hồ sơ", C, code=ANY),
    # II.2 settled, on time, overdue, the Sở with the most overdue files
    _tt("giải quyết 36.948 hồ sơ", "36.948", 36948, "hồ sơ", C, code=ANY),
    _tt("đúng hạn 36.712 hồ sơ", "36.712", 36712, "hồ sơ", C, code=_DH),
    _tt("đạt 99,36 %", "99,36 %", 99.36, "%", code=_DH),
    _tt("quá hạn 236 hồ sơ", "236", 236, "hồ sơ", C, code=_QH),
    _tt("chiếm 0,64 %", "0,64 %", 0.64, "%", code=_QH),
    F("(162 hồ sơ)", "162", 162, "hồ sơ", C, code=_QH, **_who("Sở Nông nghiệp và Môi trường", "tỉnh")),
    # II.3 the tab-separated table
    *_bodies_808(),
    # III. payment against the year's target (quý II in brackets: before the merger, subject unchecked), digitisation,
    # reuse, e-results, ratings
    _tt("đạt 78,64 %", "78,64 %", 78.64, "%", code=_TT, target=80, stated_status="chưa đạt"),
    F("(quý II năm 2025: 71,26 %)", "71,26 %", 71.26, "%", PR, as_of=_Q2_2025, code=_TT, **_IN_TINH),
    _tt("tăng 7,38 điểm", "7,38", 7.38, "%", CH, code=ANY),
    _tt("năm 2025 là 80%", "80%", 80, "%", T, as_of="2025-12-31", code=_TT),
    _tt("đạt 97,46 %", "97,46 %", 97.46, "%", code=_SH),
    _tt("đạt 58,12 %", "58,12 %", 58.12, "%", code=_TSD),
    _tt("đạt 99,08 %", "99,08 %", 99.08, "%", code=_KQ),
    _tt("có 12.846 lượt", "12.846", 12846, "lượt", C, code=ANY),
    _tt("trong đó 12.792 lượt", "12.792", 12792, "lượt", C, code=ANY),
    _tt("chiếm 99,58 %", "99,58 %", 99.58, "%", code=_HL),
    # IV. the communes: their number and kinds, files, shares, the highest and lowest, the count under a threshold
    F("có 102 đơn vị", "102", 102, "đơn vị", C, code=None, **_CAP_XA),
    F("(88 xã", "88", 88, "xã", C, code=None, **_IN_XA),
    F("14 phường)", "14", 14, "phường", C, code=None, **_IN_XA),
    F("tiếp nhận 186.412 hồ sơ", "186.412", 186412, "hồ sơ", C, code=_TN, **_CAP_XA),
    F("trực tuyến 142.318 hồ sơ", "142.318", 142318, "hồ sơ", C, code=_NOP, **_CAP_XA),
    F("chiếm 76,35 %", "76,35 %", 76.35, "%", code=_NOP, **_CAP_XA),
    F("đạt 98,74 %", "98,74 %", 98.74, "%", code=_DH, **_CAP_XA),
    F("cao nhất (92,46 %)", "92,46 %", 92.46, "%", code=_NOP, **_who("Phường Buôn Ma Thuột", "xã")),
    F("thấp nhất (41,28 %)", "41,28 %", 41.28, "%", code=_NOP, **_who("xã Ea Súp", "xã")),
    F("Còn 27/102", "27/102", 27, "xã", C, max_value=102, code=None, **_IN_XA),
    F("dưới 60%", "60%", 60, "%", T, code=ANY, **_IN_XA),
    # V. the province's 766 result of tháng 9/2025 (August in brackets), the payment group
    _prov("đạt 84,26/100", "84,26/100", 84.26, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 14/34", "14/34", 14, "hạng", R, max_value=34, code=_HANG),
    _prov("(tháng 8/2025: 83,52 điểm", "83,52", 83.52, "điểm", PR, max_value=100, as_of=_AUG_2025, code=_TONG),
    _prov("xếp thứ 16/34)", "16/34", 16, "hạng", PR, max_value=34, as_of=_AUG_2025, code=_HANG),
    _prov("tăng 0,74 điểm", "0,74", 0.74, "điểm", CH, code=_TONG),
    _prov("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    _prov("đạt 7,28/10", "7,28/10", 7.28, "điểm", max_value=10, code="766.thanh_toan"),
    # VI. task a)'s quantity (a target at its deadline), task b)'s target of a division of the Trung tâm
    F("dut diem 162 ho so", "162", 162, "hồ sơ", T, as_of="2025-10-31", code=ANY, **_IN_TINH),
    F("tối thiểu 80%", "80%", 80, "%", T, as_of="2025-12-31", code=_TT, **_IN_TINH),
]


# ------------------------------------------------------------ 809: Sở Tư pháp tỉnh Quảng Trị, Công văn of 6 tháng đầu
# năm 2026 (marks partly lost in the header, "S6:", roman and item numbers read as "l", "ll.", "lll.", a Markdown table
# with a row that lost its opening bar and a bar read as "I")
_stp = _by("Sở Tư pháp", "tỉnh")
_STP = _who("Sở Tư pháp", "tỉnh")
_H2_2025 = "2025-12-31"
_LINES_809 = [
    "| 1 | Lý lịch tư pháp | 9.846 | 9.812 | 100 |",
    "| 2 | Quốc tịch | 126 | 84 | 100 |",
    "| 3 | Hộ tịch | 6.418 | 6.214 | 99,92 |",
    "4 | Chứng thực | 3.212 | 3.106 | 100 |",
    "| 5 | Công chứng | 2.846 | 2.630 | 99,72 |",
    "| 6 | Luật sư, trợ giúp pháp lý | 412 | 388 I 100 |",
    "| 7 | Các lĩnh vực còn lại | 1.758 | 1.608 | 99,94 |",
    "| | Tổng cộng | 24.618 | 23.842 | 99,97 |",
]


def _fields_809() -> list[Fact]:
    """The Markdown table of I.3 by field (row 4 lost its opening bar, row 6's last bar came out as "I"): the fields are
    the Sở's, subject unchecked, level tỉnh, their counts with code unchecked and the on-time share the on-time code;
    "Tổng cộng" (empty STT) is the Sở with every code, repeating I.2. Both counts are files (`hồ sơ`)."""
    rows = []
    for line in _LINES_809:
        raws = line.replace(" I ", " | ").strip("| ").split(" | ")[-3:]
        total = "Tổng cộng" in line
        who = _STP if total else _IN_TINH
        codes = (_TN, _NOP) if total else (ANY, ANY)
        rows.append((who, [(raws[0], "hồ sơ", P, codes[0], "period"), (raws[1], "hồ sơ", P, codes[1], "period"),
                           (raws[2], "%", P, _DH, "period")]))
    return _table(_LINES_809, "", rows)


BLIND_809 = [
    # I.1 the Sở's procedures, fields, by level, online
    _stp("thực hiện 148 TTHC", "148", 148, "TTHC", C, code=ANY),
    _stp("16 lĩnh vực", "16", 16, "lĩnh vực", C, code=None),
    F("cấp tỉnh 102 TTHC", "102", 102, "TTHC", C, code=ANY, **_IN_TINH),
    F("cấp xã 46 TTHC", "46", 46, "TTHC", C, code=ANY, **_IN_XA),
    _stp("trong đó 126 TTHC", "126", 126, "TTHC", C, code=_TOAN),
    _stp("chiếm 85,14 %", "85,14 %", 85.14, "%", code=_TOAN),
    # I.2 files (the previous half-year in brackets), online, settled, on time, overdue, letters
    _stp("tiếp nhận 24.618 hồ sơ", "24.618", 24618, "hồ sơ", C, code=_TN),
    _stp("(6 tháng cuối năm 2025: 21.946 hồ sơ)", "21.946", 21946, "hồ sơ", PR, as_of=_H2_2025, code=_TN),
    _stp("tăng 2.672 hồ sơ", "2.672", 2672, "hồ sơ", CH, code=ANY),
    _stp("tăng 12,18 %", "12,18 %", 12.18, "%", CH, code=ANY),
    _stp("trực tuyến 23.842 hồ sơ", "23.842", 23842, "hồ sơ", C, code=_NOP),
    _stp("chiếm 96,85 %", "96,85 %", 96.85, "%", code=_NOP),
    _stp("giải quyết 24.106 hồ sơ", "24.106", 24106, "hồ sơ", C, code=ANY),
    _stp("đúng hạn 24.098 hồ sơ", "24.098", 24098, "hồ sơ", C, code=_DH),
    _stp("đạt 99,97 %", "99,97 %", 99.97, "%", code=_DH),
    _stp("quá hạn 08 hồ sơ", "08", 8, "hồ sơ", C, code=_QH),
    _stp("gửi 08 thư", "08", 8, "thư xin lỗi", C, code=ANY),
    # I.3 the table by field
    *_fields_809(),
    # II. judicial-record certificates through VNeID, time per certificate; copies province-wide and at cấp xã
    _stp("là 7.418 phiếu", "7.418", 7418, "phiếu", C, code=ANY),
    _stp("chiếm 75,34 %", "75,34 %", 75.34, "%", code=ANY),
    _stp("bình quân 4,2 ngày", "4,2", 4.2, "ngày", code=ANY),
    _stp("rút ngắn 1,6 ngày", "1,6", -1.6, "ngày", CH, code=ANY),
    _prov("cấp 68.412 bản", "68.412", 68412, "bản", C, code=ANY),
    F("cấp xã 61.286 bản", "61.286", 61286, "bản", C, code=ANY, **_CAP_XA),
    F("chiếm 89,58 %", "89,58 %", 89.58, "%", code=ANY, **_CAP_XA),
    F("có 71/78", "71/78", 71, "xã", C, max_value=78, code=None, **_IN_XA),
    F("; 07 xã còn lại", "07", 7, "xã", C, code=None, **_IN_XA),
    F("thiếu 12 máy quét", "12", 12, "máy quét", C, code=None, **_IN_XA),
    # III. payment against the year's target (dated 2026-12-31), money, digitisation, reuse, PAKN
    _stp("Sở đạt 92,46 %", "92,46 %", 92.46, "%", code=_TT, target=90, stated_status="đạt"),
    _stp("(6 tháng cuối năm 2025: 86,14 %)", "86,14 %", 86.14, "%", PR, as_of=_H2_2025, code=_TT),
    _stp("tăng 6,32 điểm", "6,32", 6.32, "%", CH, code=ANY),
    _stp("năm 2026 là 90%", "90%", 90, "%", T, as_of="2026-12-31", code=_TT),
    _stp("là 2,148 tỷ đồng", "2,148", 2.148, "tỷ đồng", code=ANY),
    _stp("đạt 99,12 %", "99,12 %", 99.12, "%", code=_SH),
    _stp("đạt 64,36 %", "64,36 %", 64.36, "%", code=_TSD),
    _stp("tiếp nhận 05 PAKN", "05", 5, "PAKN", C, code=_PAKN_TN),
    _stp("05/05 PAKN", "05/05", 5, "PAKN", C, max_value=5, code=ANY),
    _stp("PAKN, đạt 100 %", "100 %", 100, "%", code=ANY),
    # IV. the Sở's 766 result of tháng 6/2026 among the 16 agencies (December in brackets; codes unchecked: a Sở's
    # result), its digitisation group, the province
    _stp("đạt 93,84/100", "93,84/100", 93.84, "điểm", max_value=100, code=ANY),
    _stp("xếp thứ 2/16", "2/16", 2, "hạng", R, max_value=16, code=ANY),
    _stp("(tháng 12/2025: 91,26 điểm", "91,26", 91.26, "điểm", PR, max_value=100, as_of=_H2_2025, code=ANY),
    _stp("xếp thứ 4/16)", "4/16", 4, "hạng", PR, max_value=16, as_of=_H2_2025, code=ANY),
    _stp("tăng 2,58 điểm", "2,58", 2.58, "điểm", CH, code=ANY),
    _stp("tăng 2 bậc", "2", 2, "hạng", CH, code=ANY),
    _stp("đạt 20,46/22", "20,46/22", 20.46, "điểm", max_value=22, code=ANY),
    _prov("đạt 82,64/100", "82,64/100", 82.64, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 20/34", "20/34", 20, "hạng", R, max_value=34, code=_HANG),
    # V. task 1's count of the communes still to start (a count repeated)
    F("hướng dẫn 07 xã", "07", 7, "xã", C, code=None, **_IN_XA),
]

BLIND = {"805": BLIND_805, "806": BLIND_806, "807": BLIND_807, "808": BLIND_808, "809": BLIND_809}

# (due_date, precision, date words the expression must contain, task must contain, assignee); words written unmarked
# where the file has them unmarked (compared folded)
DEADLINES = {
    "805": [
        ("2024-10-31", "day", "31/10/2024", "giai quyet dut diem", "Sở Tài nguyên và Môi trường"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "tỷ lệ hồ sơ trực tuyến",
         "UBND huyện Nghĩa Hưng, UBND huyện Ý Yên"),
        ("2024-11-30", "day", "ngay ba muoi thang 11 nam 2024", "ket noi", "So Thong tin va Truyen thong"),
        ("2024-12-31", "month", "tháng 12/2024", "tập huấn", "Văn phòng UBND tỉnh"),
        # issued 08/10/2024, before the 20th: the first "ngay 20 hang thang" is 20/10/2024
        ("2024-10-20", "recurring", "20 hang thang", "bao cao ket qua giai quyet TTHC",
         "Cac so, ban, nganh, UBND cac huyen, thanh pho"),
    ],
    "806": [
        ("2024-11-15", "day", "15/11/2024", "ho so dat dai qua han", "Phong Tai nguyen va Moi truong"),
        ("2024-12-31", "quarter", "quy IV nam 2024", "thanh toan truc tuyen", "UBND cac xa, thi tran"),
        ("2024-11-28", "day", "ngay hai muoi tam thang 11 nam 2024", "quy trinh noi bo",
         "Van phong HDND va UBND huyen"),
        ("2024-12-31", "month", "thang 12/2024", "dich vu cong truc tuyen", "Phong Van hoa va Thong tin"),
        # issued 05/11/2024, before the 25th: the first "ngay 25 hang thang" is 25/11/2024
        ("2024-11-25", "recurring", "25 hang thang", "bao cao ket qua giai quyet TTHC", "UBND cac xa, thi tran"),
    ],
    "807": [
        ("2025-06-20", "day", "20/6/2025", "chỉ số bị trừ điểm", "Sở Xây dựng"),
        ("2025-06-30", "quarter", "quý II năm 2025", "thanh toán trực tuyến",
         "UBND huyện Sơn Động, UBND huyện Lục Ngạn"),
        ("2025-06-25", "day", "ngày hai mươi lăm tháng 6 năm 2025", "đồng bộ trạng thái hồ sơ",
         "Sở Khoa học và Công nghệ"),
        ("2025-07-31", "month", "tháng 7/2025", "số hóa hồ sơ tồn đọng", "Trung tâm Phục vụ hành chính công tỉnh"),
        # issued 09/6/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/7/2025
        ("2025-07-05", "recurring", "05 hằng tháng", "tự đánh giá",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
    "808": [
        ("2025-10-31", "day", "31/10/2025", "ho so qua han", "Sở Nông nghiệp và Môi trường"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "thanh toán trực tuyến", "Phòng Tiếp nhận và Trả kết quả"),
        ("2025-11-15", "day", "ngay muoi lam thang 11 nam 2025", "ki-ot", "Phong Hanh chinh - Tong hop"),
        ("2026-12-31", "year", "năm 2026", "đường truyền", "Sở Khoa học và Công nghệ"),
        # issued 06/10/2025, before the 22nd: the first "ngay 22 hang thang" is 22/10/2025
        ("2025-10-22", "recurring", "22 hang thang", "so lieu giai quyet ho so", "Cac so, nganh co quay tai Trung tam"),
    ],
    "809": [
        ("2026-07-31", "day", "31/7/2026", "chứng thực bản sao điện tử", "Phòng Hành chính tư pháp"),
        ("2026-09-30", "quarter", "quý III năm 2026", "số hóa sổ hộ tịch", "Phòng Hộ tịch, quốc tịch, chứng thực"),
        ("2026-08-20", "day", "ngay hai muoi thang 8 nam 2026", "quy trinh noi bo", "Van phong So"),
        ("2026-12-31", "year", "năm 2026", "phiếu lý lịch tư pháp tại nhà", "Bưu điện tỉnh Quảng Trị"),
        # issued 03/7/2026, before the 18th: the first "ngay 18 hang thang" is 18/7/2026
        ("2026-07-18", "recurring", "18 hang thang", "báo cáo kết quả giải quyết TTHC", "Các phòng, đơn vị thuộc Sở"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind144.py's META): "S6:" is "Số:", the
# periods "quy 111/2024", "thang 1O nam 2024", "quy 111/2025" are read as written in words by the opening sentence
# or restored; signers unmarked by the OCR are restored.
META = {
    "805": {"doc_number": "312/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-10-08",
            "province": "Nam Định", "period_label": "quý III năm 2024", "period_start": "2024-07-01",
            "period_end": "2024-09-30", "signer": "Trần Anh Dũng"},
    "806": {"doc_number": "218/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-11-05",
            "province": "Hậu Giang", "period_label": "tháng 10 năm 2024", "period_start": "2024-10-01",
            "period_end": "2024-10-31", "signer": "Nguyễn Thanh Tâm"},
    "807": {"doc_number": "1486/TB-VP", "doc_type": "Thông báo", "issued_date": "2025-06-09",
            "province": "Bắc Giang", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Nguyễn Thị Hồng Nhung"},
    "808": {"doc_number": "142/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Đắk Lắk", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Y Thông Byă"},
    "809": {"doc_number": "486/STP-VP", "doc_type": "Công văn", "issued_date": "2026-07-03",
            "province": "Quảng Trị", "period_label": "6 tháng đầu năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-06-30", "signer": "Lê Thị Thanh Thủy"},
}
