"""Blind golden facts for corpus/blind143/790_thai_nguyen.txt, 791_quang_ninh.txt, 792_lam_dong.txt, 793_bac_ninh.txt
and 794_ca_mau.txt.

The five documents were written by the developers for a hundred-and-forty-third blind measurement (INSPECTION AND
SUPERVISION OF REFORM IN 2025: an inspection team's Thông báo kết luận kiểm tra at five communes with a Markdown table
by unit and one conclusion and deadline per unit, a Sở Nội vụ's quarterly summary of inspections with a tab-separated
table by body, a UBND tỉnh's Quyết định whose appendix lists the bodies and what each must fix by when, a HĐND
committee's supervision report on the communes' public-service centres, a Văn phòng UBND tỉnh's monthly report on a spot
check and the 766 index; provinces Thái Nguyên (merged with Bắc Kạn), Quảng Ninh (unchanged by the 1 July 2025 merger),
Lâm Đồng (merged with Đắk Nông and Bình Thuận), Bắc Ninh (merged with Bắc Giang) and Cà Mau (merged with Bạc Liêu), all
after the merger; periods năm 2025, quý III năm 2025, năm 2025, năm 2025 and tháng 10 năm 2025; not real documents), and
every row below was written by reading them, before any extraction, restoration or pipeline code was run on them. They
also serve as held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind140.py, blind139.py, blind136.py and blind13.py: rows use
`golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose and list
counts are kind `count`; table cells are kind `value` even when they count, with `extra={"source": "table"}`;
`as_of="period"` is the period's end; a previous quarter or month in brackets is kind previous dated at its end (a
previous 766 total with the maximum 100 of the current one); a change is dated with the figure it changes and a fall
("giảm", "thấp hơn") is negative; a change in "điểm phần trăm" is kind change in `%` with the number alone as raw; a
change of a 766 score or rank carries the score's or rank's code, of a count, share, average or duration none. `ANY`
leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names none: counts of
bodies, communes, officials, faults, findings, machines). Counts of local units take the unit of their first unit word
("05 xã, phường", "06 xã, phường, đặc khu", "21 xã, phường" → `xã`; "02 phường" → `phường`; "02 đặc khu" → `đặc khu`);
counts of "cơ quan", "đơn vị" and "sở" → `đơn vị` at the level of the bodies counted (unchecked where they are of two
levels: "08 cơ quan, đơn vị, gồm 02 sở và 06 xã, phường, đặc khu"); "92 đơn vị hành chính cấp xã (77 xã, 15 phường)" →
`cấp xã` and its parts. Province-wide figures have subject NULL (792 a UBND tỉnh, 794 a Văn phòng UBND tỉnh reporting
the province); a sentence or row naming a body keeps the name as written ("UBND phường Phan Đình Phùng", "Phường Cẩm
Phả", "Xã Sơn Động", "Trung tâm Phục vụ hành chính công tỉnh", "UBND các xã, phường"), level of the body (Sở `tỉnh`,
ward, commune and special zone `xã`). Things counted take the noun as written (`lỗi`, `nội dung`, `nhóm`, `công chức`,
`máy tính`, `máy quét`, `ki-ốt`, `thư xin lỗi`, `TTHC`); durations `ngày`. Dates, document numbers and cited texts ("Kế
hoạch số 45/KH-UBND", "Quyết định số 2381/QĐ-UBND", "Nghị quyết số 1683/NQ-UBTVQH15", "Nghị định số 118/2025/NĐ-CP",
"Nghị định số 63/2010/NĐ-CP", "Thông báo kết luận số 41/TB-ĐKT", "Tờ trình số 512/TTr-SNV", "Nghị quyết số 145/NQ-HĐND",
"Kế hoạch số 96/KH-UBND", "Quyết định số 766/QĐ-TTg"), inspection, supervision and data windows ("từ ngày 20/10/2025 đến
ngày 07/11/2025", "từ ngày 01/7/2025 đến ngày 31/10/2025", "đến ngày 30/9/2025", "từ ngày 15/10/2025 đến ngày
20/12/2025", "từ ngày 01/10/2025 đến ngày 31/10/2025"), months, quarters and periods naming a result or a bracket
("Tháng 12/2025", "tháng 9/2025", "quý II năm 2025", "Lũy kế 9 tháng đầu năm 2025", "chương trình giám sát 6 tháng cuối
năm 2025"), "Chỉ số 766", a ward's number in its name ("Phường Móng Cái 1"), the "Điều 1." … "Điều 3." articles,
section, item and table numbering ("I.", "1.", "a)", "Bảng 1."), STT cells, addresses ("số 18 đường Nha Trang", "số 02
đường Hùng Vương"), phone numbers ("0208.3855.476", "0290.3831.244"), headings naming the next period ("III. NHIỆM VỤ
QUÝ IV NĂM 2025", "IV. NHIỆM VỤ THÁNG 11 NĂM 2025": no deadlines), numbers in words (the days of "ngày ba mươi tháng
12", "ngày hai mươi tháng 10", "ngày ba mươi mốt tháng 12", "ngày mười lăm tháng 3", "ngày hai mươi tháng 11", "hai
cấp") and years are not figures.

New in this set (the decisions are written here):
- AN INSPECTION TEAM'S THÔNG BÁO KẾT LUẬN AT SEVERAL COMMUNES (790, header "UBND TỈNH THÁI NGUYÊN / ĐOÀN KIỂM TRA CẢI
  CÁCH HÀNH CHÍNH", number "24/TB-ĐKT", signed "TRƯỞNG ĐOÀN / GIÁM ĐỐC SỞ NỘI VỤ"): the sample over the five communes
  ("650 hồ sơ, trong đó 612 hồ sơ giải quyết đúng hạn, chiếm 94,15%; 38 hồ sơ giải quyết quá hạn, chiếm 5,85%", files
  missing parts, files not digitised, letters) is the communes' together (subject unchecked, level xã) and its codes
  unchecked (an inspection's sample, not the indicator's population, as golden/blind136.py's 755); FAULTS BY KIND in a
  dash list "- …: 31 lỗi;" in `lỗi` (code None). The Markdown table by unit ("Hồ sơ kiểm tra | Đúng hạn | Quá hạn | Tỷ
  lệ quá hạn (%) | Hồ sơ thiếu thành phần | Số lỗi phát hiện"): each unit as written, level xã, the "Tổng cộng" row the
  five communes (subject unchecked, level xã). ONE CONCLUSION PER UNIT ("1. UBND phường Phan Đình Phùng: tỷ lệ … đạt
  81,46%, … đạt 64,20%, đạt chỉ tiêu tỉnh giao."): the unit's shares with the unit as subject; a payment share said to
  reach or miss "chỉ tiêu tỉnh giao" carries the communes' target stated once above ("Chỉ tiêu UBND tỉnh giao năm 2025
  cho cấp xã … là 60%": target, subject unchecked, level xã) and the status; "(11/100 hồ sơ)" the unit's late files with
  their maximum. Each unit's requirement is a deadline assigned to that unit; a quantity in it ("08 hồ sơ còn thiếu") a
  target dated at the deadline, though the same kind of number was a count above.
- A SỞ NỘI VỤ'S QUARTERLY SUMMARY OF INSPECTIONS (791): shares of the inspection plan ("đạt 80% kế hoạch quý", "bằng
  71,88% kế hoạch năm") and cumulative counts ("Lũy kế 9 tháng đầu năm 2025 … 23 cơ quan, đơn vị") at the period end,
  subject and level unchecked, codes unchecked; the faulty share "(quý II năm 2025: 9,64%), giảm 1,82 điểm phần trăm";
  faults of four groups after "lần lượt là 26, 31, 28 và 12 hồ sơ" (`hồ sơ`, subject and level unchecked); a TAB-
  SEPARATED TABLE BY BODY (Sở level tỉnh, wards, communes and a special zone level xã; "Cộng" adding two levels:
  unchecked); the blocks' faulty shares (level tỉnh / xã, subject unchecked); the recommendations of the quarter before
  and their corrections ("Đối với 38 nội dung kiến nghị sau kiểm tra quý II năm 2025, đến nay đã khắc phục xong 35")
  dated at the period end (stated now, with what was fixed "đến nay"). A provincial centre named in full ("Trung tâm
  Phục vụ hành chính công tỉnh") keeps its name.
- A QUYẾT ĐỊNH WHOSE APPENDIX LISTS UNITS AND WHAT EACH MUST FIX BY WHEN (792, number "2956/QĐ-UBND", doc_type "Quyết
  định", "Căn cứ" lines and "Điều 1." … "Điều 3." with no figures but the summary in Điều 1 and the re-inspection in
  Điều 2): its period is the inspection year the title names ("năm 2025"); the appendix's Markdown table by body, then
  "II. NỘI DUNG VÀ THỜI HẠN KHẮC PHỤC" with one numbered item per body: its task quantities ("14 hồ sơ", "28 TTHC", "12
  hồ sơ", "06 công chức", "11 hồ sơ") targets dated at the item's deadline with the body as subject, its current shares
  ("hiện đạt 93,47%") values at the period end; the province's late share of the year "(1,86%)" subject NULL. Each
  item's deadline is assigned to its body; the decision's own recurring report and re-inspection to the Sở Nội vụ.
- A HĐND COMMITTEE'S SUPERVISION REPORT (793, header "HĐND TỈNH BẮC NINH / BAN PHÁP CHẾ", number "86/BC-HĐND", signed
  "TM. BAN PHÁP CHẾ / TRƯỞNG BAN"): the communes' figures where the sentence names "UBND các xã, phường" keep that
  subject, the rest of that paragraph subject unchecked (level xã); "của cấp xã đạt 87,34%" `cấp xã`; the visited units'
  online shares after "tương ứng là" each its unit's as written ("phường Kinh Bắc" … "xã Gia Bình"); a duration against
  the rule ("dài hơn 2,4 ngày so với quy định") a change in `ngày`; recommendations "Đề nghị UBND tỉnh …", "Đề nghị Sở
  Nội vụ …", "Đề nghị Thường trực HĐND tỉnh …" assigned to the body requested.
- A SPOT CHECK IN A MONTHLY REPORT (794): the check's sample and its four kinds of fault "…: 12 hồ sơ, chiếm 4,29%;"
  (subject unchecked, level xã, codes unchecked), each unit's faulty files after "lần lượt có 11 hồ sơ và 9 hồ sơ" its
  own; the two weakest communes' scores in brackets "(xã Đất Mũi đạt 48,62 điểm, …)" their 766 totals (no maximum
  written), the blocks' gap "thấp hơn khối sở, ban, ngành 8,06 điểm" the commune block's negative change.

Per document:
- 790 (above): issued 18/11/2025 on the inspections of năm 2025 (the title's year; as golden/blind136.py's 755). Six
  deadlines, one per conclusion item and assigned to its unit: day, "chậm nhất ngày ba mươi tháng 12 năm 2025", month,
  quarter (with the unit's target "tối thiểu 60%"), day, "trước ngày 25 hằng tháng" for the units inspected (issued
  18/11/2025: first 25/11/2025).
- 791 is a Báo cáo of the Sở Nội vụ tỉnh Quảng Ninh (header "UBND TỈNH QUẢNG NINH / SỞ NỘI VỤ", number "2417/BC-SNV", a
  "V/v" line, signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"), quý III năm 2025, issued 08/10/2025; "54 đơn vị hành chính cấp xã
  (30 phường, 22 xã, 02 đặc khu)"; the inspected communes' payment "58,62%" against "chỉ tiêu năm 2025 … cho cấp xã là
  65%" (dated 2025-12-31, after the quarter) "chưa đạt". Six deadlines in numbered items: quarter for the Sở Nội vụ
  (with the quantities "02 đơn vị" and "09 cơ quan, đơn vị", targets at 2025-12-31), day (with "17 nội dung"), "chậm
  nhất ngày hai mươi tháng 10 năm 2025" for "UBND Phường Cẩm Phả" (with "03 nội dung"), month, day (with the communes'
  "tối thiểu 65%"), "trước ngày 05 hằng tháng" (issued 08/10/2025, after the 5th: first 05/11/2025).
- 792 is the Quyết định of UBND tỉnh Lâm Đồng (above; header "ỦY BAN NHÂN DÂN / TỈNH LÂM ĐỒNG", signed "TM. ỦY BAN NHÂN
  DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), issued 05/12/2025. The Phan Thiết item "48,36%, chưa đạt chỉ tiêu tỉnh giao năm
  2025 cho cấp xã (60%)": the bracket the communes' target (level xã, subject unchecked), the share its unit's with that
  target. Eight deadlines: day, "chậm nhất ngày ba mươi mốt tháng 12 năm 2025", month, quarter (with the ward's "tối
  thiểu 65%"), year, day, the re-inspection "trong quý II năm 2026" and "trước ngày 10 hằng tháng" (issued 05/12/2025:
  first 10/12/2025) both for the Sở Nội vụ.
- 793 is the supervision report (above) to the Thường trực HĐND tỉnh, năm 2025 (the title's year; the data window the
  second half-year), issued 12/01/2026. Centres, staff, equipment; files "486.214 … 372.918 …, chiếm 76,70%", settled,
  on time, overdue; the former areas' wards "lần lượt là 84,26% và 79,18%" (subject unchecked); payment "63,58%" against
  "chỉ tiêu Nghị quyết HĐND tỉnh đề ra năm 2025 là 60%" "đạt"; the province's 766 of tháng 12/2025 `87,42/100`, `6/34`;
  the communes' average "83,64 điểm (tháng 9/2025: 80,12 điểm), tăng 3,52 điểm" (subject unchecked, level xã); grades.
  Six deadlines: quarter "Đề nghị UBND tỉnh …" (with "54 máy quét", a target), "chậm nhất ngày mười lăm tháng 3 năm
  2026", month, day (with "100% hồ sơ quá hạn", a target), "trước ngày 20 hằng tháng" (issued 12/01/2026: first
  20/01/2026), year "Đề nghị Thường trực HĐND tỉnh …".
- 794 is a monthly Báo cáo of the Văn phòng UBND tỉnh Cà Mau (header "UBND TỈNH CÀ MAU / VĂN PHÒNG", number "318/BC-VP",
  signed "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG"), tháng 10 năm 2025, issued 06/11/2025 (ranks /34). Files "58.642
  hồ sơ (tháng 9/2025: 54.318 hồ sơ), tăng 4.324 hồ sơ" by level, online, settled, overdue "giảm 0,38 điểm phần trăm",
  "(312 hồ sơ)" of the Sở Nông nghiệp và Môi trường, "(286 hồ sơ)" of the former area's communes (subject unchecked,
  level xã); payment against "chỉ tiêu … năm 2025 là 60%" (2025-12-31) "chưa đạt"; the spot check (above); `82,16/100`,
  `19/34` "(80,94 điểm, xếp thứ 22/34) tăng 1,22 điểm và tăng 3 bậc" (previous 2025-09-30), six groups as lettered items
  "a) Công khai, minh bạch: 16,84/18 điểm;", blocks, grades. Six deadlines: day (with "24 hồ sơ sai sót", a target),
  "chậm nhất ngày hai mươi tháng 11 năm 2025", month, quarter (with the communes' target), day for two named communes
  (both the assignee), "trước ngày 03 hằng tháng" (issued 06/11/2025, after the 3rd: first 03/12/2025).

Unsure readings (fields left `ANY`, or decided and written here): the codes of an inspection's sample counts and shares
(unchecked: "giải quyết đúng hạn, chiếm 94,15%" is the sample's, not the indicator's population); whether "đạt chỉ tiêu
tỉnh giao" in 790's per-unit conclusions links the share to the 60% stated a section earlier (decided: yes, target 60
with the status); the date of 791's "38 nội dung kiến nghị sau kiểm tra quý II năm 2025" (decided: the period end, the
sentence counts them with what was fixed "đến nay"; 2025-06-30 would also be defensible); the kind of task quantities
that repeat a count (decided: target at the task's deadline, as golden/blind136.py's 755); 792's period for a Quyết định
(decided: the inspection year of its title); the subject of 792's "hiện có 04 công chức" (the ward's centre: unchecked,
level xã); the owner of 793's "54 máy quét" asked of UBND tỉnh for the communes (subject and level unchecked); the codes
of 793's and 794's block averages (unchecked) and of 794's two weakest communes' scores (the 766 total, as
golden/blind139.py's 772 reads the communes' scores).
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
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_XA = {"subject": ANY, "level": "xã"}
_Y2024 = "2024-12-31"

# A numeric cell: (raw, unit, kind, code); the value is the raw read as a Vietnamese number.
Cell = tuple[str, str, str, object]


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
    for raw, unit, kind, code in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw), unit, kind, as_of=as_of, code=code, extra=TAB,
                       **who))
        at += len(sep)
    return facts


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


def _level_of(name: str) -> str | None:
    """The level of a body named in a row: a Sở or a provincial body `tỉnh`, a ward, commune or special zone `xã`."""
    if name.startswith(("Sở", "Ban Quản lý", "Công an tỉnh")):
        return "tỉnh"
    if any(word in name.lower() for word in ("phường", "xã", "đặc khu")):
        return "xã"
    return None


def _by(subject: str | None, level: str | None):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


_prov = _by(None, None)


# ------------------------------------------------------------ 790: Đoàn kiểm tra CCHC tỉnh Thái Nguyên, Thông báo
# kết luận kiểm tra tại 05 xã, phường (a Markdown table by unit inspected)
_UNITS_790 = [
    ("1", "UBND phường Phan Đình Phùng", "160", "155", "5", "3,13", "8", "22"),
    ("2", "UBND phường Phổ Yên", "140", "134", "6", "4,29", "9", "25"),
    ("3", "UBND xã Đại Từ", "130", "121", "9", "6,92", "10", "30"),
    ("4", "UBND xã Phú Bình", "120", "113", "7", "5,83", "8", "27"),
    ("5", "UBND xã Định Hóa", "100", "89", "11", "11,00", "12", "35"),
    ("", "Tổng cộng", "650", "612", "38", "5,85", "47", "139"),
]


def _units_790() -> list[Fact]:
    """Bảng 1: files sampled, on time, late (`hồ sơ`), the late share (`%`), files missing parts (`hồ sơ`), faults
    found (`lỗi`, code None); each unit as written (level xã); the "Tổng cộng" row (empty STT) the five communes
    together (subject unchecked, level xã). The sample's counts and shares carry no checked code (an inspection's
    sample, as golden/blind136.py's 755)."""
    facts = []
    for i, row in enumerate(_UNITS_790):
        stt, name, sampled, on_time, late, share, missing, faults = row
        line = _md_line(row)
        after = _md_line(_UNITS_790[i + 1][:2])[:-2] if i + 1 < len(_UNITS_790) else "\nIII. KẾT LUẬN"
        who = {"subject": name, "level": "xã"} if stt else _IN_XA
        facts += _cells(line, " | ", after, who, [
            (sampled, "hồ sơ", P, ANY), (on_time, "hồ sơ", P, ANY), (late, "hồ sơ", P, ANY), (share, "%", P, ANY),
            (missing, "hồ sơ", P, ANY), (faults, "lỗi", P, None)])
    return facts


_PDP = _by("UBND phường Phan Đình Phùng", "xã")
_PY = _by("UBND phường Phổ Yên", "xã")
_DT = _by("UBND xã Đại Từ", "xã")
_PB = _by("UBND xã Phú Bình", "xã")
_DH790 = _by("UBND xã Định Hóa", "xã")

BLIND_790 = [
    # I. the communes ("cấp xã"), the units chosen, the sample (five communes together: subject unchecked, level xã)
    F("có 92 đơn vị", "92", 92, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("(77 xã", "77", 77, "xã", C, code=None, **_IN_XA),
    F("15 phường)", "15", 15, "phường", C, code=None, **_IN_XA),
    F("chọn 05 xã, phường", "05", 5, "xã", C, code=None, **_IN_XA),
    F("có 02 phường", "02", 2, "phường", C, code=None, **_IN_XA),
    F("và 03 xã có", "03", 3, "xã", C, code=None, **_IN_XA),
    F("là 650 hồ sơ", "650", 650, "hồ sơ", C, code=ANY, **_IN_XA),
    F("đó 612 hồ sơ", "612", 612, "hồ sơ", C, code=ANY, **_IN_XA),
    F("chiếm 94,15%", "94,15%", 94.15, "%", code=ANY, **_IN_XA),
    F("; 38 hồ sơ giải", "38", 38, "hồ sơ", C, code=ANY, **_IN_XA),
    F("chiếm 5,85%", "5,85%", 5.85, "%", code=ANY, **_IN_XA),
    F("Có 47 hồ sơ", "47", 47, "hồ sơ", C, code=ANY, **_IN_XA),
    F("chiếm 7,23%", "7,23%", 7.23, "%", code=ANY, **_IN_XA),
    F("; 41 hồ sơ chưa", "41", 41, "hồ sơ", C, code=ANY, **_IN_XA),
    F("chiếm 6,31%", "6,31%", 6.31, "%", code=ANY, **_IN_XA),
    F("gửi 22 thư", "22", 22, "thư xin lỗi", C, code=ANY, **_IN_XA),
    F("đạt 57,89%", "57,89%", 57.89, "%", code=ANY, **_IN_XA),
    # II.2 faults by kind (`lỗi`, code None), the communes' payment target of the year, units short of it
    F("cộng 139 lỗi", "139", 139, "lỗi", C, code=None, **_IN_XA),
    F("quy định: 31 lỗi", "31", 31, "lỗi", C, code=None, **_IN_XA),
    F("giải quyết TTHC: 27 lỗi", "27", 27, "lỗi", C, code=None, **_IN_XA),
    F("đầy đủ: 24 lỗi", "24", 24, "lỗi", C, code=None, **_IN_XA),
    F("giải quyết TTHC: 41 lỗi", "41", 41, "lỗi", C, code=None, **_IN_XA),
    F("xin lỗi: 16 lỗi", "16", 16, "lỗi", C, code=None, **_IN_XA),
    F("trực tuyến là 60%", "60%", 60, "%", T, code=_TT, **_IN_XA),
    F("kiểm tra, 03/05 đơn vị", "03/05", 3, "đơn vị", C, max_value=5, code=None, **_IN_XA),
    # Bảng 1
    *_units_790(),
    # III. each unit's shares (payment held against the communes' 60%), task quantities and targets at their deadline
    _PDP("phường đạt 81,46%", "81,46%", 81.46, "%", code=_NOP),
    _PDP("đạt 64,20%", "64,20%", 64.2, "%", code=_TT, target=60, stated_status="đạt"),
    _PDP("đối với 08 hồ sơ", "08", 8, "hồ sơ", T, as_of="2025-12-15", code=ANY),
    _PY("tuyến đạt 76,38%", "76,38%", 76.38, "%", code=_NOP),
    _PY("đạt 61,05%", "61,05%", 61.05, "%", code=_TT, target=60, stated_status="đạt"),
    _PY("còn 09 hồ sơ", "09", 9, "hồ sơ", C, code=ANY),
    _DT("tuyến đạt 58,92%", "58,92%", 58.92, "%", code=_NOP),
    _DT("mới đạt 47,16%", "47,16%", 47.16, "%", code=_TT, target=60, stated_status="chưa đạt"),
    _DT("đạt 88,40%", "88,40%", 88.4, "%", code=ANY),
    _PB("tuyến đạt 62,75%", "62,75%", 62.75, "%", code=_NOP),
    _PB("đạt 52,38%", "52,38%", 52.38, "%", code=_TT, target=60, stated_status="chưa đạt"),
    _PB("tối thiểu 60%", "60%", 60, "%", T, as_of="2026-03-31", code=_TT),
    _DH790("(11/100 hồ sơ)", "11/100", 11, "hồ sơ", C, max_value=100, code=ANY),
    _DH790("đạt 43,90%", "43,90%", 43.9, "%", code=_TT, target=60, stated_status="chưa đạt"),
]


# ------------------------------------------------------------ 791: Sở Nội vụ tỉnh Quảng Ninh, tổng hợp kết quả kiểm
# tra quý III năm 2025 (a tab-separated table by body inspected)
_Q2_2025 = "2025-06-30"
_Y2025 = "2025-12-31"
_UNITS_791 = [
    ("1", "Sở Xây dựng", "180", "11", "6", "6,11", "5"),
    ("2", "Sở Công Thương", "150", "8", "3", "5,33", "4"),
    ("3", "Phường Hồng Gai", "170", "12", "7", "7,06", "6"),
    ("4", "Phường Cẩm Phả", "160", "13", "8", "8,13", "6"),
    ("5", "Phường Móng Cái 1", "140", "10", "6", "7,14", "5"),
    ("6", "Xã Tiên Yên", "150", "15", "9", "10,00", "7"),
    ("7", "Xã Ba Chẽ", "140", "16", "10", "11,43", "8"),
    ("8", "Đặc khu Vân Đồn", "150", "12", "5", "8,00", "5"),
    ("", "Cộng", "1.240", "97", "54", "7,82", "46"),
]


def _units_791() -> list[Fact]:
    """Bảng 1 (tab-separated): files sampled, faulty and late (`hồ sơ`, codes unchecked), the faulty share (`%`),
    recommendations (`nội dung`, code None); each body as written ("Sở Xây dựng" level tỉnh, "Phường Móng Cái 1",
    "Đặc khu Vân Đồn" level xã); the "Cộng" row (empty STT) adds two levels: subject and level unchecked."""
    facts = []
    for i, row in enumerate(_UNITS_791):
        stt, name, sampled, faulty, late, share, advice = row
        line = "\t".join(row)
        after = "\t".join(_UNITS_791[i + 1][:2]) if i + 1 < len(_UNITS_791) else "\nKhối sở có"
        who = {"subject": name, "level": _level_of(name)} if stt else _OPEN
        facts += _cells(line, "\t", after, who, [
            (sampled, "hồ sơ", P, ANY), (faulty, "hồ sơ", P, ANY), (late, "hồ sơ", P, ANY), (share, "%", P, ANY),
            (advice, "nội dung", P, None)])
    return facts


BLIND_791 = [
    # I. the quarter's inspections (two levels: unchecked), the year so far, the communes ("cấp xã")
    F("tại 08 cơ quan", "08", 8, "đơn vị", C, code=None, **_OPEN),
    F("gồm 02 sở", "02", 2, "đơn vị", C, code=None, **_IN_TINH),
    F("và 06 xã, phường, đặc khu, đạt", "06", 6, "xã", C, code=None, **_IN_XA),
    F("đạt 80% kế hoạch", "80%", 80, "%", code=ANY, **_OPEN),
    F("; 02 đơn vị chuyển", "02", 2, "đơn vị", C, code=None, **_OPEN),
    F("kiểm tra 23 cơ quan", "23", 23, "đơn vị", C, code=None, **_OPEN),
    F("bằng 71,88%", "71,88%", 71.88, "%", code=ANY, **_OPEN),
    F("có 54 đơn vị", "54", 54, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("(30 phường", "30", 30, "phường", C, code=None, **_IN_XA),
    F("22 xã, 02", "22", 22, "xã", C, code=None, **_IN_XA),
    F("02 đặc khu)", "02", 2, "đặc khu", C, code=None, **_IN_XA),
    # II.1 the sample (quý II in brackets), late files, missing control slips, faults by group after "lần lượt là"
    F("xác suất 1.240 hồ sơ", "1.240", 1240, "hồ sơ", C, code=ANY, **_OPEN),
    F("phát hiện 97 hồ sơ", "97", 97, "hồ sơ", C, code=ANY, **_OPEN),
    F("chiếm 7,82%", "7,82%", 7.82, "%", code=ANY, **_OPEN),
    F("(quý II năm 2025: 9,64%)", "9,64%", 9.64, "%", PR, as_of=_Q2_2025, code=ANY, **_OPEN),
    F("giảm 1,82 điểm", "1,82", -1.82, "%", CH, code=ANY, **_OPEN),
    F("là 54 hồ sơ", "54", 54, "hồ sơ", C, code=ANY, **_OPEN),
    F("chiếm 4,35%", "4,35%", 4.35, "%", code=ANY, **_OPEN),
    F("là 29 hồ sơ", "29", 29, "hồ sơ", C, code=ANY, **_OPEN),
    F("chiếm 2,34%", "2,34%", 2.34, "%", code=ANY, **_OPEN),
    F("ở 04 nhóm", "04", 4, "nhóm", C, code=None, **_OPEN),
    F("lần lượt là 26,", "26", 26, "hồ sơ", C, code=ANY, **_OPEN),
    F("là 26, 31,", "31", 31, "hồ sơ", C, code=ANY, **_OPEN),
    F("31, 28 và", "28", 28, "hồ sơ", C, code=ANY, **_OPEN),
    F("và 12 hồ sơ.", "12", 12, "hồ sơ", C, code=ANY, **_OPEN),
    # Bảng 1 and the blocks' shares, the highest units
    *_units_791(),
    F("sai sót 5,76%", "5,76%", 5.76, "%", code=ANY, **_IN_TINH),
    F("(8,57%)", "8,57%", 8.57, "%", code=ANY, **_IN_XA),
    F("cao nhất (11,43%)", "11,43%", 11.43, "%", subject="Xã Ba Chẽ", level="xã", code=ANY),
    F("Tiên Yên (10,00%)", "10,00%", 10, "%", subject="Xã Tiên Yên", level="xã", code=ANY),
    # II.2 the inspected communes against the level's target of the year; the two Sở; the provincial centre
    F("quân của 06 xã", "06", 6, "xã", C, code=None, **_IN_XA),
    F("đạt 71,24%", "71,24%", 71.24, "%", code=_NOP, **_IN_XA),
    F("đạt 58,62%", "58,62%", 58.62, "%", code=_TT, target=65, stated_status="chưa đạt", **_IN_XA),
    F("cấp xã là 65%", "65%", 65, "%", T, as_of=_Y2025, code=_TT, **_IN_XA),
    F("của 02 sở", "02", 2, "đơn vị", C, code=None, **_IN_TINH),
    F("đạt 93,18%", "93,18%", 93.18, "%", code=_SH, **_IN_TINH),
    F("đạt 79,45%", "79,45%", 79.45, "%", code=_SH, **_IN_XA),
    F("đạt 99,52%", "99,52%", 99.52, "%", subject="Trung tâm Phục vụ hành chính công tỉnh", level="tỉnh", code=_DH),
    F("đạt 98,74%", "98,74%", 98.74, "%", subject="Trung tâm Phục vụ hành chính công tỉnh", level="tỉnh",
      code="766.hai_long.tthc"),
    # II.3 recommendations and corrections (at the period end), the quarter before, officials
    F("ra 46 nội dung", "46", 46, "nội dung", C, code=None, **_OPEN),
    F("khắc phục 29/46", "29/46", 29, "nội dung", C, max_value=46, code=None, **_OPEN),
    F("đạt 63,04%", "63,04%", 63.04, "%", code=ANY, **_OPEN),
    F("còn 17 nội dung", "17", 17, "nội dung", C, code=None, **_OPEN),
    F("với 38 nội dung", "38", 38, "nội dung", C, code=None, **_OPEN),
    F("xong 35 nội dung", "35", 35, "nội dung", C, code=None, **_OPEN),
    F("tương ứng 92,11%", "92,11%", 92.11, "%", code=ANY, **_OPEN),
    F("; 03 nội dung chưa", "03", 3, "nội dung", C, subject="Phường Cẩm Phả", level="xã", code=None),
    F("với 04 công chức", "04", 4, "công chức", C, code=None, **_OPEN),
    # III. task quantities and the communes' target, each dated at its task's deadline
    F("tra 02 đơn vị", "02", 2, "đơn vị", T, as_of=_Y2025, code=None, **_OPEN),
    F("và 09 cơ quan", "09", 9, "đơn vị", T, as_of=_Y2025, code=None, **_OPEN),
    F("khắc phục 17 nội dung", "17", 17, "nội dung", T, as_of="2025-10-31", code=None, **_OPEN),
    F("điểm 03 nội dung", "03", 3, "nội dung", T, as_of="2025-10-20", subject="UBND Phường Cẩm Phả", level="xã",
      code=None),
    F("tối thiểu 65%", "65%", 65, "%", T, as_of=_Y2025, code=_TT, **_IN_XA),
]


# ------------------------------------------------------------ 792: UBND tỉnh Lâm Đồng, Quyết định giao nhiệm vụ khắc
# phục sau kiểm tra (an appendix: a Markdown table by body and one numbered item of tasks per body)
_UNITS_792 = [
    ("1", "Sở Nông nghiệp và Môi trường", "200", "14", "7,00", "18", "6"),
    ("2", "Sở Xây dựng", "120", "4", "3,33", "6", "4"),
    ("3", "UBND phường Xuân Hương - Đà Lạt", "150", "9", "6,00", "12", "5"),
    ("4", "UBND phường Phan Thiết", "150", "6", "4,00", "10", "5"),
    ("5", "UBND phường Bắc Gia Nghĩa", "110", "8", "7,27", "9", "6"),
    ("6", "UBND xã Di Linh", "120", "11", "9,17", "15", "7"),
    ("", "Tổng cộng", "850", "52", "6,12", "70", "33"),
]


def _units_792() -> list[Fact]:
    """The appendix's table: files sampled, late and not digitised (`hồ sơ`, codes unchecked), the late share (`%`),
    contents to correct (`nội dung`, code None); each body as written (Sở level tỉnh, UBND phường/xã level xã); the
    "Tổng cộng" row (empty STT) adds two levels: subject and level unchecked."""
    facts = []
    for i, row in enumerate(_UNITS_792):
        stt, name, sampled, late, share, undigitised, contents = row
        line = _md_line(row)
        after = _md_line(_UNITS_792[i + 1][:2])[:-2] if i + 1 < len(_UNITS_792) else "\nII. NỘI DUNG"
        who = {"subject": name, "level": _level_of(name)} if stt else _OPEN
        facts += _cells(line, " | ", after, who, [
            (sampled, "hồ sơ", P, ANY), (late, "hồ sơ", P, ANY), (share, "%", P, ANY), (undigitised, "hồ sơ", P, ANY),
            (contents, "nội dung", P, None)])
    return facts


_NNMT = _by("Sở Nông nghiệp và Môi trường", "tỉnh")
_XH = _by("UBND phường Xuân Hương - Đà Lạt", "xã")
_PT = _by("UBND phường Phan Thiết", "xã")
_BGN = _by("UBND phường Bắc Gia Nghĩa", "xã")
_DL = _by("UBND xã Di Linh", "xã")

BLIND_792 = [
    # Điều 1: the bodies (two levels: unchecked), the sample, faults, contents; the province's late share of 2025
    F("cho 06 cơ quan", "06", 6, "đơn vị", C, code=None, **_OPEN),
    F("gồm 02 sở", "02", 2, "đơn vị", C, code=None, **_IN_TINH),
    F("và 04 xã, phường", "04", 4, "xã", C, code=None, **_IN_XA),
    F("xác suất 850 hồ sơ", "850", 850, "hồ sơ", C, code=ANY, **_OPEN),
    F("ra 52 hồ sơ", "52", 52, "hồ sơ", C, code=ANY, **_OPEN),
    F("chiếm 6,12%", "6,12%", 6.12, "%", code=ANY, **_OPEN),
    F("; 70 hồ sơ", "70", 70, "hồ sơ", C, code=ANY, **_OPEN),
    F("chiếm 8,24%", "8,24%", 8.24, "%", code=ANY, **_OPEN),
    F("và 33 nội dung", "33", 33, "nội dung", C, code=None, **_OPEN),
    _prov("(1,86%)", "1,86%", 1.86, "%", code=_QH),
    # Điều 2: the re-inspection's quantity, a target dated at its deadline
    F("tại 06 cơ quan, đơn vị trong", "06", 6, "đơn vị", T, as_of="2026-06-30", code=None, **_OPEN),
    # Phụ lục I
    *_units_792(),
    # Phụ lục II: each body's task quantities (targets at their deadlines) and current shares
    _NNMT("điểm 14 hồ sơ", "14", 14, "hồ sơ", T, as_of="2025-12-20", code=ANY),
    _NNMT("đạt 93,47%", "93,47%", 93.47, "%", code=ANY),
    F("của 28 TTHC", "28", 28, "TTHC", T, as_of="2025-12-31", subject="Sở Xây dựng", level="tỉnh", code=ANY),
    _XH("sung 12 hồ sơ", "12", 12, "hồ sơ", T, as_of="2026-01-31", code=ANY),
    _XH("đạt 84,12%", "84,12%", 84.12, "%", code=_SH),
    _PT("đạt 48,36%", "48,36%", 48.36, "%", code=_TT, target=60, stated_status="chưa đạt"),
    F("(60%)", "60%", 60, "%", T, code=_TT, **_IN_XA),
    _PT("tối thiểu 65%", "65%", 65, "%", T, as_of="2026-03-31", code=_TT),
    _BGN("đủ 06 công chức", "06", 6, "công chức", T, as_of="2026-12-31", code=None),
    F("có 04 công chức", "04", 4, "công chức", C, code=None, **_IN_XA),
    _DL("lý 11 hồ sơ", "11", 11, "hồ sơ", T, as_of="2026-01-15", code=ANY),
    _DL("đạt 46,85%", "46,85%", 46.85, "%", code=_NOP),
]


# ------------------------------------------------------------ 793: Ban Pháp chế HĐND tỉnh Bắc Ninh, giám sát việc
# giải quyết TTHC tại Trung tâm Phục vụ hành chính công cấp xã năm 2025
_COMMUNES_793 = "UBND các xã, phường"
_VISITED_793 = [("tương ứng là 88,42%", "88,42%", "phường Kinh Bắc"), ("88,42%, 85,16%", "85,16%", "phường Bắc Giang"),
                ("85,16%, 83,07%", "83,07%", "phường Từ Sơn"), ("83,07%, 58,34%", "58,34%", "xã Lục Ngạn"),
                ("58,34%, 49,62%", "49,62%", "xã Sơn Động"), ("49,62%, 55,18%", "55,18%", "xã Yên Thế"),
                ("55,18%, 67,25%", "67,25%", "xã Lương Tài"), ("và 64,90%", "64,90%", "xã Gia Bình")]

BLIND_793 = [
    # the supervision's reach (communes: unit `xã`, level xã)
    F("tiếp tại 08 xã", "08", 8, "xã", C, code=None, **_IN_XA),
    F("đối với 99 xã", "99", 99, "xã", C, code=None, **_IN_XA),
    # I.1 centres, staff, equipment (things counted by the noun as written)
    F("nay, 99/99 xã", "99/99", 99, "xã", C, max_value=99, code=None, **_IN_XA),
    F("bố trí 612 công chức", "612", 612, "công chức", C, code=None, **_IN_XA),
    F("có 148 công chức", "148", 148, "công chức", C, code=None, **_IN_XA),
    F("gồm 486 máy tính", "486", 486, "máy tính", C, code=None, **_IN_XA),
    F("172 máy quét", "172", 172, "máy quét", C, code=None, **_IN_XA),
    F("và 99 ki-ốt", "99", 99, "ki-ốt", C, code=None, **_IN_XA),
    # I.2 the communes' files (the sentence names "UBND các xã, phường"), settled, on time, overdue
    F("tiếp nhận 486.214 hồ sơ", "486.214", 486214, "hồ sơ", C, subject=_COMMUNES_793, level="xã", code=_TN),
    F("tuyến 372.918 hồ sơ", "372.918", 372918, "hồ sơ", C, subject=_COMMUNES_793, level="xã", code=_NOP),
    F("chiếm 76,70%", "76,70%", 76.7, "%", subject=_COMMUNES_793, level="xã", code=_NOP),
    F("là 18.426 hồ sơ", "18.426", 18426, "hồ sơ", C, subject=_COMMUNES_793, level="xã", code=ANY),
    F("giải quyết 471.386 hồ sơ", "471.386", 471386, "hồ sơ", C, code=ANY, **_IN_XA),
    F("trước hạn 464.912 hồ sơ", "464.912", 464912, "hồ sơ", C, code=_DH, **_IN_XA),
    F("đạt 98,63%", "98,63%", 98.63, "%", code=_DH, **_IN_XA),
    F("quá hạn 6.474 hồ sơ", "6.474", 6474, "hồ sơ", C, code=_QH, **_IN_XA),
    F("chiếm 1,37%", "1,37%", 1.37, "%", code=_QH, **_IN_XA),
    # the former areas' wards and the mountain communes (subject unchecked)
    F("lần lượt là 84,26%", "84,26%", 84.26, "%", code=_NOP, **_IN_XA),
    F("và 79,18%", "79,18%", 79.18, "%", code=_NOP, **_IN_XA),
    F("mới đạt 61,47%", "61,47%", 61.47, "%", code=_NOP, **_IN_XA),
    F("cấp xã đạt 87,34%", "87,34%", 87.34, "%", subject="cấp xã", level="xã", code=_SH),
    F("đạt 45,12%", "45,12%", 45.12, "%", code="766.so_hoa.tai_su_dung", **_IN_XA),
    F("đạt 63,58%", "63,58%", 63.58, "%", code=_TT, target=60, stated_status="đạt", **_IN_XA),
    F("năm 2025 là 60%", "60%", 60, "%", T, code=_TT, **_IN_XA),
    # I.3 the province's 766 of tháng 12/2025 (the period's last month), the communes' average and grades
    _prov("đạt 87,42/100", "87,42/100", 87.42, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 6/34", "6/34", 6, "hạng", R, max_value=34, code=_HANG),
    F("đạt 83,64 điểm", "83,64", 83.64, "điểm", code=ANY, **_IN_XA),
    F("(tháng 9/2025: 80,12 điểm)", "80,12", 80.12, "điểm", PR, as_of="2025-09-30", code=ANY, **_IN_XA),
    F("tăng 3,52 điểm", "3,52", 3.52, "điểm", CH, code=ANY, **_IN_XA),
    F("Có 21 xã", "21", 21, "xã", C, code=None, **_IN_XA),
    F("Tốt, 64 xã", "64", 64, "xã", C, code=None, **_IN_XA),
    F("Khá, 14 xã", "14", 14, "xã", C, code=None, **_IN_XA),
    # II. the supervision's sample, the visited units' online shares after "tương ứng là", the lowest payment share
    F("nhiên 320 hồ sơ", "320", 320, "hồ sơ", C, code=ANY, **_IN_XA),
    F("phát hiện 27 hồ sơ", "27", 27, "hồ sơ", C, code=ANY, **_IN_XA),
    F("chiếm 8,44%", "8,44%", 8.44, "%", code=ANY, **_IN_XA),
    F("còn 14 hồ sơ", "14", 14, "hồ sơ", C, code=ANY, **_IN_XA),
    *[F(context, raw, _num(raw), "%", subject=name, level="xã", code=_NOP) for context, raw, name in _VISITED_793],
    F("(31,46%)", "31,46%", 31.46, "%", subject="Xã Sơn Động", level="xã", code=_TT),
    F("Có 23 xã", "23", 23, "xã", C, code=None, **_IN_XA),
    F("; 27 xã chưa", "27", 27, "xã", C, code=None, **_IN_XA),
    F("là 12,6 ngày", "12,6", 12.6, "ngày", code=ANY, **_IN_XA),
    F("dài hơn 2,4 ngày", "2,4", 2.4, "ngày", CH, code=ANY, **_IN_XA),
    # III. task quantities and targets dated at their deadlines
    F("sung 54 máy quét", "54", 54, "máy quét", T, as_of="2026-03-31", code=None, **_OPEN),
    F("với 100% hồ sơ", "100%", 100, "%", T, as_of="2026-01-31", code=ANY, **_IN_XA),
]


# ------------------------------------------------------------ 794: Văn phòng UBND tỉnh Cà Mau, theo dõi, kiểm tra
# đột xuất và Chỉ số 766 tháng 10 năm 2025
_SEP_2025 = "2025-09-30"


def _groups(contexts: list[tuple[str, str]]) -> list[Fact]:
    """The six group scores `x/max` of the 766 index (the province's, subject NULL), each with its maximum."""
    codes = ["766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.so_hoa", "766.hai_long"]
    facts = []
    for (context, raw), code in zip(contexts, codes, strict=True):
        got, top = raw.split("/")
        facts.append(_prov(context, raw, _num(got), "điểm", max_value=_num(top), code=code))
    return facts


BLIND_794 = [
    # I.1 the province's files (September in brackets), by level, online
    _prov("tiếp nhận 58.642 hồ sơ", "58.642", 58642, "hồ sơ", C, code=_TN),
    _prov("(tháng 9/2025: 54.318 hồ sơ)", "54.318", 54318, "hồ sơ", PR, as_of=_SEP_2025, code=_TN),
    _prov("tăng 4.324 hồ sơ", "4.324", 4324, "hồ sơ", CH, code=ANY),
    F("cấp tỉnh 9.214 hồ sơ", "9.214", 9214, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_TN),
    F("cấp xã 49.428 hồ sơ", "49.428", 49428, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    _prov("là 41.236 hồ sơ", "41.236", 41236, "hồ sơ", C, code=_NOP),
    _prov("chiếm 70,32%", "70,32%", 70.32, "%", code=_NOP),
    # I.2 settled, on time, overdue (its fall in percentage points), where the overdue files are
    _prov("giải quyết 56.918 hồ sơ", "56.918", 56918, "hồ sơ", C, code=ANY),
    _prov("trước hạn 56.104 hồ sơ", "56.104", 56104, "hồ sơ", C, code=_DH),
    _prov("đạt 98,57%", "98,57%", 98.57, "%", code=_DH),
    _prov("quá hạn 814 hồ sơ", "814", 814, "hồ sơ", C, code=_QH),
    _prov("chiếm 1,43%", "1,43%", 1.43, "%", code=_QH),
    _prov("giảm 0,38 điểm", "0,38", -0.38, "%", CH, code=ANY),
    F("(312 hồ sơ)", "312", 312, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_QH),
    F("(286 hồ sơ)", "286", 286, "hồ sơ", C, code=_QH, **_IN_XA),
    # I.3 payment against the year's target, digitisation, e-results
    _prov("đạt 57,84%", "57,84%", 57.84, "%", code=_TT, target=60, stated_status="chưa đạt"),
    _prov("năm 2025 là 60%", "60%", 60, "%", T, as_of="2025-12-31", code=_TT),
    _prov("đạt 89,06%", "89,06%", 89.06, "%", code=_SH),
    _prov("đạt 96,12%", "96,12%", 96.12, "%", code="766.so_hoa.ket_qua_dien_tu"),
    # II. the spot check at four communes (subject unchecked, level xã) and each unit's faulty files
    F("tại 04 đơn vị", "04", 4, "đơn vị", C, code=None, **_IN_XA),
    F("đối chiếu 280 hồ sơ", "280", 280, "hồ sơ", C, code=ANY, **_IN_XA),
    F("hẹn trả: 12 hồ sơ", "12", 12, "hồ sơ", C, code=ANY, **_IN_XA),
    F("chiếm 4,29%", "4,29%", 4.29, "%", code=ANY, **_IN_XA),
    F("hồ sơ: 19 hồ sơ", "19", 19, "hồ sơ", C, code=ANY, **_IN_XA),
    F("chiếm 6,79%", "6,79%", 6.79, "%", code=ANY, **_IN_XA),
    F("kết quả\": 23 hồ sơ", "23", 23, "hồ sơ", C, code=ANY, **_IN_XA),
    F("chiếm 8,21%", "8,21%", 8.21, "%", code=ANY, **_IN_XA),
    F("quy định: 7 hồ sơ", "7", 7, "hồ sơ", C, code=ANY, **_IN_XA),
    F("chiếm 2,50%", "2,50%", 2.5, "%", code=ANY, **_IN_XA),
    F("Dơi với 24 hồ sơ", "24", 24, "hồ sơ", C, subject="UBND xã Đầm Dơi", level="xã", code=ANY),
    F("với 17 hồ sơ", "17", 17, "hồ sơ", C, subject="UBND phường Bạc Liêu", level="xã", code=ANY),
    F("có 11 hồ sơ", "11", 11, "hồ sơ", C, subject="UBND phường An Xuyên", level="xã", code=ANY),
    F("và 9 hồ sơ", "9", 9, "hồ sơ", C, subject="UBND xã Năm Căn", level="xã", code=ANY),
    # III.1 the province's 766 (September in brackets), six groups with their maxima
    _prov("đạt 82,16/100", "82,16/100", 82.16, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 19/34", "19/34", 19, "hạng", R, max_value=34, code=_HANG),
    _prov("(80,94 điểm", "80,94", 80.94, "điểm", PR, max_value=100, as_of=_SEP_2025, code=_TONG),
    _prov("xếp thứ 22/34)", "22/34", 22, "hạng", PR, max_value=34, as_of=_SEP_2025, code=_HANG),
    _prov("tăng 1,22 điểm", "1,22", 1.22, "điểm", CH, code=_TONG),
    _prov("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    *_groups([("minh bạch: 16,84/18", "16,84/18"), ("giải quyết: 18,72/20", "18,72/20"),
              ("trực tuyến: 9,16/12", "9,16/12"), ("trực tuyến: 6,38/10", "6,38/10"),
              ("hồ sơ: 15,24/22", "15,24/22"), ("hài lòng: 15,82/18", "15,82/18")]),
    # III.2-3 the blocks' averages, the gap, grades; the two weakest communes' scores
    F("(17 cơ quan)", "17", 17, "đơn vị", C, code=None, **_IN_TINH),
    F("bình quân 86,52 điểm", "86,52", 86.52, "điểm", code=ANY, **_IN_TINH),
    F("(64 đơn vị)", "64", 64, "đơn vị", C, code=None, **_IN_XA),
    F("bình quân 78,46 điểm", "78,46", 78.46, "điểm", code=ANY, **_IN_XA),
    F("ngành 8,06 điểm", "8,06", -8.06, "điểm", CH, code=ANY, **_IN_XA),
    F("có 09 cơ quan", "09", 9, "đơn vị", C, code=None, **_IN_TINH),
    F("Tốt, 08 cơ quan", "08", 8, "đơn vị", C, code=None, **_IN_TINH),
    F("có 11 đơn vị", "11", 11, "đơn vị", C, code=None, **_IN_XA),
    F("Tốt, 39 đơn vị", "39", 39, "đơn vị", C, code=None, **_IN_XA),
    F("Khá, 12 đơn vị", "12", 12, "đơn vị", C, code=None, **_IN_XA),
    F("và 02 đơn vị", "02", 2, "đơn vị", C, code=None, **_IN_XA),
    F("đạt 48,62 điểm", "48,62", 48.62, "điểm", subject="xã Đất Mũi", level="xã", code=_TONG),
    F("đạt 49,15 điểm", "49,15", 49.15, "điểm", subject="xã Phong Thạnh", level="xã", code=_TONG),
    # IV. a task quantity and the communes' target, dated at their deadlines
    F("với 24 hồ sơ sai sót", "24", 24, "hồ sơ", T, as_of="2025-11-15", subject="UBND xã Đầm Dơi", level="xã",
      code=ANY),
    F("tối thiểu 60%", "60%", 60, "%", T, as_of="2025-12-31", code=_TT, **_IN_XA),
]


BLIND = {"790": BLIND_790, "791": BLIND_791, "792": BLIND_792, "793": BLIND_793, "794": BLIND_794}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "790": [
        ("2025-12-15", "day", "15/12/2025", "bổ sung thành phần", "UBND phường Phan Đình Phùng"),
        ("2025-12-30", "day", "ngày ba mươi tháng 12 năm 2025", "phiếu kiểm soát", "UBND phường Phổ Yên"),
        ("2025-12-31", "month", "tháng 12/2025", "số hóa bổ sung", "UBND xã Đại Từ"),
        ("2026-03-31", "quarter", "quý I năm 2026", "thanh toán trực tuyến", "UBND xã Phú Bình"),
        ("2025-12-05", "day", "05/12/2025", "thư xin lỗi", "UBND xã Định Hóa"),
        # issued 18/11/2025, before the 25th: the first "ngày 25 hằng tháng" is 25/11/2025
        ("2025-11-25", "recurring", "25 hằng tháng", "báo cáo kết quả khắc phục", "Các đơn vị được kiểm tra"),
    ],
    "791": [
        ("2025-12-31", "quarter", "quý IV năm 2025", "02 đơn vị còn lại", "Sở Nội vụ"),
        ("2025-10-31", "day", "31/10/2025", "17 nội dung", "Các cơ quan, đơn vị được kiểm tra quý III"),
        ("2025-10-20", "day", "ngày hai mươi tháng 10 năm 2025", "03 nội dung", "UBND Phường Cẩm Phả"),
        ("2025-11-30", "month", "tháng 11/2025", "đồng bộ trạng thái", "Sở Khoa học và Công nghệ"),
        ("2025-12-31", "day", "31/12/2025", "thanh toán trực tuyến", "UBND các xã, phường, đặc khu"),
        # issued 08/10/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/11/2025
        ("2025-11-05", "recurring", "05 hằng tháng", "báo cáo tiến độ khắc phục", "Các cơ quan, đơn vị được kiểm tra"),
    ],
    "792": [
        ("2025-12-20", "day", "20/12/2025", "14 hồ sơ đất đai", "Sở Nông nghiệp và Môi trường"),
        ("2025-12-31", "day", "ngày ba mươi mốt tháng 12 năm 2025", "quy trình nội bộ", "Sở Xây dựng"),
        ("2026-01-31", "month", "tháng 01/2026", "số hóa bổ sung", "UBND phường Xuân Hương - Đà Lạt"),
        ("2026-03-31", "quarter", "quý I năm 2026", "thanh toán trực tuyến", "UBND phường Phan Thiết"),
        ("2026-12-31", "year", "năm 2026", "camera", "UBND phường Bắc Gia Nghĩa"),
        ("2026-01-15", "day", "15/01/2026", "11 hồ sơ quá hạn", "UBND xã Di Linh"),
        ("2026-06-30", "quarter", "quý II năm 2026", "kiểm tra lại", "Sở Nội vụ"),
        # issued 05/12/2025, before the 10th: the first "ngày 10 hằng tháng" is 10/12/2025
        ("2025-12-10", "recurring", "10 hằng tháng", "tiến độ khắc phục", "Sở Nội vụ"),
    ],
    "793": [
        ("2026-03-31", "quarter", "quý I năm 2026", "54 máy quét", "UBND tỉnh"),
        ("2026-03-15", "day", "ngày mười lăm tháng 3 năm 2026", "biệt phái công chức", "Sở Nội vụ"),
        ("2026-02-28", "month", "tháng 02/2026", "địa giới hành chính", "Sở Khoa học và Công nghệ"),
        ("2026-01-31", "day", "31/01/2026", "thư xin lỗi", "UBND các xã, phường"),
        # issued 12/01/2026, before the 20th: the first "ngày 20 hằng tháng" is 20/01/2026
        ("2026-01-20", "recurring", "20 hằng tháng", "báo cáo kết quả giải quyết TTHC", "UBND các xã, phường"),
        ("2026-12-31", "year", "năm 2026", "giám sát việc khắc phục", "Thường trực HĐND tỉnh"),
    ],
    "794": [
        ("2025-11-15", "day", "15/11/2025", "ngày hẹn trả", "UBND xã Đầm Dơi"),
        ("2025-11-20", "day", "ngày hai mươi tháng 11 năm 2025", "quy trình tạm dừng", "UBND phường Bạc Liêu"),
        ("2025-11-30", "month", "tháng 11/2025", "hồ sơ đất đai quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "thanh toán trực tuyến", "UBND các xã, phường"),
        ("2025-11-25", "day", "25/11/2025", "cải thiện Chỉ số 766", "UBND xã Đất Mũi và UBND xã Phong Thạnh"),
        # issued 06/11/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/12/2025
        ("2025-12-03", "recurring", "03 hằng tháng", "cập nhật số liệu", "Các sở, ban, ngành, UBND các xã, phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind140.py's META): 790 an inspection team's
# Thông báo kết luận (the period the title's year), 791 a Sở Nội vụ's quarterly Báo cáo, 792 a UBND tỉnh's Quyết định
# (the period the title's year of inspection), 793 a HĐND committee's supervision Báo cáo, 794 a Văn phòng UBND tỉnh's
# monthly Báo cáo.
META = {
    "790": {"doc_number": "24/TB-ĐKT", "doc_type": "Thông báo", "issued_date": "2025-11-18",
            "province": "Thái Nguyên", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Hoàng Thị Thu Trang"},
    "791": {"doc_number": "2417/BC-SNV", "doc_type": "Báo cáo", "issued_date": "2025-10-08",
            "province": "Quảng Ninh", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Vũ Đức Thuận"},
    "792": {"doc_number": "2956/QĐ-UBND", "doc_type": "Quyết định", "issued_date": "2025-12-05",
            "province": "Lâm Đồng", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Đinh Văn Tuấn"},
    "793": {"doc_number": "86/BC-HĐND", "doc_type": "Báo cáo", "issued_date": "2026-01-12",
            "province": "Bắc Ninh", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Ngô Thị Thanh Hằng"},
    "794": {"doc_number": "318/BC-VP", "doc_type": "Báo cáo", "issued_date": "2025-11-06",
            "province": "Cà Mau", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Trần Minh Luân"},
}
