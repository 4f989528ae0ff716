"""Blind golden facts for corpus/blind127/710_ha_nam.txt, 711_long_an.txt, 712_quang_tri.txt, 713_yen_bai.txt and
714_tay_ninh.txt.

The five documents were written by the developers for a hundred-and-twenty-seventh blind measurement (PLANS AND
FOLLOW-UP LETTERS HEAVY ON DEADLINES: a UBND tỉnh's Kế hoạch with a Markdown task table, a Văn phòng UBND tỉnh's Công
văn đôn đốc naming the bodies with overdue files and apology letters and giving each its own deadline, a Văn phòng's
Thông báo kết luận of a meeting with numbered conclusions and assignees, a city's quarterly report whose last section
lists the next quarter's tasks with dates in several forms, a Sở Nội vụ's report on the communes' late files and
apologies; provinces Hà Nam, Long An and Yên Bái before the 1 July 2025 merger, Quảng Trị and Tây Ninh after it;
periods năm 2025, tháng 5 năm 2025, quý III năm 2025, quý I năm 2025 and quý I năm 2026; not real documents), and
every row below was written by reading them, before any extraction, restoration or pipeline code was run on them.
They also serve as held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind124.py, blind123.py, blind122.py, blind121.py, blind16.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose and list counts are kind `count`; table cells are kind `value` even when they count, with
`extra={"source": "table"}`; `as_of="period"` is the period's end; a change is dated with the figure it changes and a
fall ("giảm", "thấp hơn") is negative; a change in "điểm phần trăm" is kind change in `%` with the number alone as
raw. `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names
none: counts of communes, bodies, districts, requests). "phản ánh, kiến nghị" counts use the unit `PAKN`; a count of
the files (or PAKN) an indicator is computed on carries that indicator's code; every "đã giải quyết" count, the share
of apology letters, the letters themselves (unit `thư xin lỗi`, the noun as written), money and changes of counts
have their code unchecked. Counts of local units take the unit of their first unit word ("06 huyện, thị xã, thành
phố", "05/15 huyện, thị xã, thành phố" → `huyện`; "41/98 xã, phường, thị trấn", "23/78 xã, phường, đặc khu", "11/15
xã, phường" → `xã`); counts of "sở, ban, ngành" and "đơn vị" → `đơn vị` at the level of the bodies counted (subject
unchecked); "98 đơn vị hành chính cấp xã (69 xã, 25 phường, 04 thị trấn)", "78 … (69 xã, 08 phường, 01 đặc khu)", "15
… (09 phường, 06 xã)", "96 … (82 xã, 14 phường)" → `cấp xã` (unit `đơn vị`, level xã) and their parts `xã`,
`phường`, `thị trấn`, `đặc khu` (subject unchecked, level xã). Province-wide figures and those of a UBND tỉnh or its
Văn phòng in their own documents have subject NULL; a city's own figures are the issuer (`UBND thành phố Yên Bái`,
level huyện), its figures under "a) Cấp huyện" `cấp huyện`, under "b) Cấp xã" `cấp xã`; a Sở's own figures are named
by its kind (`Sở Nội vụ`, level tỉnh); a body named in full in a list or table keeps the name as written. A score
carries the maximum written with it; things counted take the noun as written (`máy quét`, `kiến nghị`, `thư xin
lỗi`); numbers written in words are no figures ("hai cơ quan", "hai nhóm", "hai tỉnh cũ", "Tám cơ quan", "Sáu xã,
phường", "Sáu đơn vị", the days of "ngày mười lăm tháng 02 năm 2025", "ngày mười tám tháng 6 năm 2025", "ngày mười
lăm tháng 11 năm 2025", "ngày ba mươi tháng 4 năm 2025", "ngày mười tám tháng 4 năm 2026"). Dates, document numbers
and cited texts ("Nghị định số 61/2018/NĐ-CP", "Nghị định số 107/2021/NĐ-CP", "Quyết định số 766/QĐ-TTg", "Kế hoạch
số 236/KH-UBND", "Công văn số 2154/UBND-KSTT", "Công văn số 612/VP-KSTT", "Kế hoạch số 42/KH-UBND"), stated windows
and data dates ("từ ngày 01/5/2025 đến ngày 31/5/2025", "số liệu đến hết ngày 31/3/2026"), the meeting's date
"Ngày 14/10/2025" and room "Phòng họp số 2", periods labelling brackets ("năm 2023:", "tháng 4/2025:", "quý II năm
2025:", "quý IV năm 2024:", "quý IV năm 2025:"), "Bộ chỉ số 766", the table column "Điểm 766", ages ("từ đủ 14 tuổi
trở lên"), the deadline cells of the task table ("Tháng 3/2025", "30/4/2025", "Quý II/2025" …), addresses ("số 01
đường Trần Phú", "số 83 đường Phạm Tung"), section and item numbering ("I.", "1.", "a)"), the STT column, phone
numbers ("0226.3852.716", "0272.3826.485", "0276.3822.614"), headings naming the next period ("IV. NHIỆM VỤ QUÝ II
NĂM 2025", "V. NHIỆM VỤ QUÝ II NĂM 2026", "III. MỤC TIÊU, CHỈ TIÊU NĂM 2025": no deadlines) and years are not figures.

New in this set (decisions written here):
- A KẾ HOẠCH'S RESULTS OF THE YEAR BEFORE (710): the plan's period is its year, năm 2025 (as golden/blind106.py's 607
  and blind118.py's 669); "II. KẾT QUẢ THỰC HIỆN NĂM 2024" is dated 2024-12-31 (kind value or count), its brackets
  "(năm 2023: …)" and "(tháng 12/2023: xếp thứ 31/63)" previous values dated 2023-12-31; the 2024 target "chưa đạt chỉ
  tiêu năm 2024 là 50%" dated 2024-12-31 and carried by the 48,26% with status "chưa đạt". "III. MỤC TIÊU, CHỈ TIÊU
  NĂM 2025" the province's targets at the period end ("riêng cấp xã" → `cấp xã`; "100% hồ sơ quá hạn có thư xin lỗi"
  code unchecked; "từ 88 điểm trở lên" the total's target without a max).
- THE TASK TABLE "STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm" (710,
  Markdown): each row is a deadline whose expression is the "Thời gian hoàn thành" cell, whose task is the "Nhiệm vụ"
  cell and whose assignee the "Cơ quan chủ trì" cell, as 607 reads its Phụ lục; the quantities inside the task and
  product cells ("2.618 hồ sơ", "98 máy quét", "tối thiểu 60%") are what the row must deliver: kind target dated at
  the row's own deadline, source table, subject unchecked (level xã for the communes' scanners).
- EACH LATE BODY GIVEN ITS OWN DEADLINE (711): the Công văn names eight bodies in "Kính gửi", shows their month in a
  TAB-SEPARATED TABLE ("STT / Cơ quan, đơn vị / Đã giải quyết / Quá hạn / Tỷ lệ quá hạn (%) / Thư xin lỗi đã gửi",
  units from the line above "(đơn vị tính: hồ sơ; tỷ lệ: %)"; each body as written at its level; a "0" cell is a
  figure; no total row) and then gives each body one dash item with its own task and date: eight deadlines (days,
  one in words, a month, a quarter) whose assignee is the body opening the item, then a recurring one and a year.
  Counts inside the items ("186 hồ sơ quá hạn", "44 hồ sơ còn lại", "52 hồ sơ còn thiếu", "toàn bộ 41 hồ sơ") are
  counts repeated (code unchecked; subject unchecked, level of the body); "đưa tỷ lệ hồ sơ quá hạn xuống dưới 1% trong
  tháng 6/2025" a ceiling (kind target, 2025-06-30, the overdue code, level huyện). "862/1.246 hồ sơ quá hạn" the
  eight bodies' share of the province's overdue files (a count with its base; subject unchecked).
- A THÔNG BÁO KẾT LUẬN'S CONCLUSIONS (712): "II. KẾT LUẬN VÀ GIAO NHIỆM VỤ" numbered 1.–7., each opening with its
  body; the assignee is that body, the task the item's words; "thực hiện xin lỗi đối với 100% hồ sơ quá hạn … trước
  ngày mười lăm tháng 11 năm 2025" the communes' target dated at that deadline (level xã); "tỷ lệ … toàn tỉnh đạt tối
  thiểu 60% trong quý IV năm 2025" the province's (subject NULL), 2025-12-31. The meeting's account of the communes'
  requests "96/104 kiến nghị … đạt 92,31%" (`kiến nghị`, level xã, code None).
- NEXT-PERIOD TASKS WITH DATES IN SEVERAL FORMS (713, 714): "xong trước 20/4/2025" (a day without "ngày"), "chậm nhất
  ngày ba mươi tháng 4 năm 2025" (in words), "trong quý II năm 2025", "trong tháng 5 năm 2025" (a month in words: due
  2025-05-31, precision month), "trước ngày 15/6/2025", "trước ngày 22 hằng tháng", "trong năm 2025"; in 714 also
  "trước ngày 30 tháng 6 năm 2026" (digits with the month and year in words: a day).

Per document:
- 710 is a Kế hoạch of UBND tỉnh Hà Nam (number "18/KH-UBND", issued 21/01/2025, signed "TM. ỦY BAN NHÂN DÂN / KT.
  CHỦ TỊCH / PHÓ CHỦ TỊCH"), năm 2025, ranks /63. 2024 results: units, "1.862 TTHC (cấp tỉnh 1.431 TTHC, cấp huyện
  287 TTHC, cấp xã 144 TTHC); … 1.092 TTHC … toàn trình, chiếm 58,65%", files "412.836 … (năm 2023: 376.214 hồ sơ),
  tăng 36.622 hồ sơ, tương ứng tăng 9,73%" by level, online with its levels after "lần lượt là", settled, on time with
  its levels after "tương ứng là", overdue with the land field "(2.618 hồ sơ)" (subject unchecked), "3.104 thư xin lỗi,
  đạt 93,05%", payment, digitisation, e-results, reuse, PAKN, satisfaction, accounts, the December 766 result
  `84,16/100`, `24/63`, two groups, three block averages (subject unchecked; tỉnh, huyện, xã), grades "12/19 sở, ban,
  ngành, 03/06 huyện, thị xã, thành phố và 41/98 xã, phường, thị trấn", the lowest "huyện Bình Lục (79,64 điểm)" and
  "xã Thanh Tân (71,28 điểm)" (as written). The plan's money "2.460 … 1.580 … 880 triệu đồng" (subject and level
  unchecked). Eleven deadlines: eight table rows and, in "VI. TỔ CHỨC THỰC HIỆN", "chậm nhất ngày mười lăm tháng 02
  năm 2025", "Định kỳ trước ngày 20 hằng tháng" (issued 21/01/2025, after the 20th: first 20/02/2025), a day.
- 711 is a Công văn of the Văn phòng UBND tỉnh Long An (header "UBND TỈNH LONG AN / VĂN PHÒNG", number "1846/VP-KSTT",
  a "V/v" line naming no period, signed "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG"), 12/6/2025; its period is the
  month its figures state, tháng 5 năm 2025, ranks /63. Province: files, on time "97,50%", overdue "1.246 …, chiếm
  2,50% (tháng 4/2025: 1,86%), tăng 0,64 điểm phần trăm" (previous 2025-04-30) by level, "874 thư xin lỗi, đạt
  70,14%", "11/19 sở, ban, ngành và 05/15 huyện, thị xã, thành phố", "38/188 xã, phường, thị trấn", the group
  `17,46/20` "giảm 0,82 điểm so với tháng 4/2025 (18,28 điểm)", `81,24/100`, `36/63` "(tháng 4/2025: xếp thứ 29/63),
  giảm 7 bậc". The table (above); "131 hồ sơ quá hạn thuộc lĩnh vực đất đai" of the Sở (level tỉnh), the branch
  "(74 hồ sơ)" (subject and level unchecked). Ten deadlines (above; "trước ngày 05 hằng tháng", issued 12/6/2025
  after the 5th: first 05/7/2025).
- 712 is a Thông báo of the Văn phòng UBND tỉnh Quảng Trị (merged with Quảng Bình; header "UBND TỈNH QUẢNG TRỊ / VĂN
  PHÒNG", number "412/TB-VP", signed by a deputy chief) on the conclusions of a Phó Chủ tịch at a meeting on 14/10/2025
  on quý III năm 2025, issued 17/10/2025, ranks /34. "đại diện 12 xã, phường" and task 3's "12 xã, phường" (`xã`, code
  None), units, files "(quý II năm 2025: 172.846 hồ sơ, cộng gộp hai tỉnh cũ)" (previous 2025-06-30, the province's)
  by level, online by level after "lần lượt là", on time by level, "Cấp xã có 2.418 hồ sơ quá hạn, chiếm 73,14% tổng
  số hồ sơ quá hạn" (the share of the overdue files: code unchecked), "cấp tỉnh có 888 hồ sơ" and the Sở's land files
  "(612 hồ sơ)" (subject unchecked, level tỉnh), "1.964 thư xin lỗi, đạt 59,41%", "23/78 xã, phường, đặc khu", A DASH
  LIST of four communes ("- Phường Đồng Hới: 214 hồ sơ quá hạn, đã gửi 96 thư xin lỗi;"; "Xã Hải Lăng: 97 hồ sơ quá
  hạn, chưa gửi thư xin lỗi" has no letters figure), payment against "chỉ tiêu năm 2025 là 60%" (dated 2025-12-31,
  "chưa đạt"), digitisation, PAKN, the 766 result of tháng 9/2025 (the period's last month) `80,46/100`, `27/34`
  "(tháng 7/2025: xếp thứ 31/34), tăng 4 bậc" (previous 2025-07-31), three groups, block averages and the communes'
  "thấp hơn … 9,54 điểm" (negative). Seven deadlines (conclusions 1.–7.: day, day in words, month, quarter, year,
  "trước ngày 25 hằng tháng" (issued 17/10/2025: first 25/10/2025), day).
- 713 is a quarterly Báo cáo of UBND thành phố Yên Bái (tỉnh Yên Bái, named in "Kính gửi"; number "96/BC-UBND",
  issued 08/4/2025, signed by a deputy chairwoman), quý I năm 2025, ranks /9 and /63. Under "a) Cấp huyện": "4.862 hồ
  sơ (quý IV năm 2024: 5.214 hồ sơ), giảm 352 hồ sơ" (previous 2024-12-31), online, settled, on time, overdue with
  the land field "(36 hồ sơ)", "Thành phố đã gửi 42 thư xin lỗi, đạt 100%" (under a): subject unchecked, level
  huyện). Under "b) Cấp xã": units, files, online, settled, on time, "34 hồ sơ tại 04 đơn vị", A DASH LIST of four
  communes ("- Phường Yên Ninh: 12 hồ sơ quá hạn, đã gửi 12 thư xin lỗi;"), "29 thư xin lỗi, đạt 85,29%", "11/15 xã,
  phường". The city's payment "52,64% (quý IV năm 2024: 47,18%), tăng 5,46 điểm phần trăm; chỉ tiêu UBND tỉnh giao
  năm 2025 là 60%, chưa đạt chỉ tiêu" (target 2025-12-31), digitisation by level, PAKN "14 … 13 … 92,86%; 01 PAKN",
  `86,12/100`, `2/9` "(quý IV năm 2024: xếp thứ 4/9), tăng 2 bậc", the province `83,54/100`, `21/63`. Tasks: "36 hồ
  sơ" a count repeated, the communes' "tối thiểu 60% trong quý II năm 2025" (`cấp xã`, 2025-06-30), "06 máy quét"
  (target 2025-05-31, level xã). Seven deadlines (above).
- 714 is a Báo cáo of the Sở Nội vụ tỉnh Tây Ninh (merged with Long An; header "UBND TỈNH TÂY NINH / SỞ NỘI VỤ",
  number "318/BC-SNV", issued 09/4/2026, signed by a deputy director) on the communes' late files, apologies and the
  766 index, quý I năm 2026, ranks /34 and /18. The communes' figures are `cấp xã` (the section's title and "Bộ phận
  Một cửa các xã, phường"): files "(quý IV năm 2025: 154.318 hồ sơ)" (previous 2025-12-31), online, settled, on time
  "98,08%, so với chỉ tiêu năm 2026 là 99% thì chưa đạt chỉ tiêu" (target 2026-12-31), overdue, letters; "41/96 xã,
  phường"; A MARKDOWN TABLE OF SIX COMMUNES (as written, level xã: received, overdue, overdue share, letters, 766 score
  without a maximum; no total row), "Sáu đơn vị trên chiếm 684 hồ sơ quá hạn" (subject unchecked, level xã); the
  Sở's own "1.246 hồ sơ, … 100% hồ sơ", `91,36/100`, `3/18`; the province `84,36/100`, `13/34` "(quý IV năm 2025: xếp
  thứ 15/34)"; the communes' block average and its negative change, grades "28/96 … 52/96 … 16/96". Tasks: "62 hồ sơ",
  "142 hồ sơ" counts repeated, the communes' "tối thiểu 99% trong quý II năm 2026" (`cấp xã`, 2026-06-30). Seven
  deadlines (day, day in words, month, quarter, "ngày 30 tháng 6 năm 2026", year in a request "Đề nghị Sở Khoa học và
  Công nghệ …", "trước ngày 03 hằng tháng" issued after the 3rd: first 03/5/2026).

Unsure readings (fields left `ANY`, or decided and written here): the subject of 713's "Thành phố đã gửi 42 thư xin
lỗi" under "a) Cấp huyện" (the city or the level: unchecked, level huyện); the subjects of the targets and counts
repeated inside tasks (unchecked, level fixed) and of the task-table quantities of 710 (unchecked); the code of the
shares of apology letters (no catalogued indicator known; unchecked) and of 712's "chiếm 73,14% tổng số hồ sơ quá hạn"
(a share of the overdue files, not the overdue rate); the kind of 710's task-table quantities (target, as 607 decided,
not a reading the text forces); 711's "862/1.246" read as a count of files with its base (subject unchecked).
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
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_HUYEN = {"subject": ANY, "level": "huyện"}
_IN_XA = {"subject": ANY, "level": "xã"}
_CAP_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_CAP_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_CAP_XA = {"subject": "cấp xã", "level": "xã"}
_NULL = {"subject": None, "level": None}

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


def _by(subject: str | None, level: str | None):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


# ------------------------------------------------------------ 710: UBND tỉnh Hà Nam, Kế hoạch năm 2025 (the results
# of năm 2024 dated 2024-12-31; the targets of năm 2025 at the period end; a Markdown task table)
_Y2023 = "2023-12-31"
_Y2024 = "2024-12-31"
_ha = _by(None, None)

BLIND_710 = [
    # II.1 units and TTHC (province: subject NULL)
    F("có 98 đơn vị", "98", 98, "đơn vị", C, as_of=_Y2024, code=None, **_CAP_XA),
    F("(69 xã", "69", 69, "xã", C, as_of=_Y2024, code=None, **_IN_XA),
    F("25 phường, 04", "25", 25, "phường", C, as_of=_Y2024, code=None, **_IN_XA),
    F("04 thị trấn)", "04", 4, "thị trấn", C, as_of=_Y2024, code=None, **_IN_XA),
    F("thuộc 06 huyện", "06", 6, "huyện", C, as_of=_Y2024, code=None, **_IN_HUYEN),
    _ha("là 1.862 TTHC", "1.862", 1862, "TTHC", C, as_of=_Y2024, code=_TTHC),
    F("(cấp tỉnh 1.431 TTHC", "1.431", 1431, "TTHC", C, as_of=_Y2024, code=ANY, **_CAP_TINH),
    F("cấp huyện 287 TTHC", "287", 287, "TTHC", C, as_of=_Y2024, code=ANY, **_CAP_HUYEN),
    F("cấp xã 144 TTHC", "144", 144, "TTHC", C, as_of=_Y2024, code=ANY, **_CAP_XA),
    _ha("trong đó 1.092 TTHC", "1.092", 1092, "TTHC", C, as_of=_Y2024, code=_TOAN),
    _ha("chiếm 58,65%", "58,65%", 58.65, "%", as_of=_Y2024, code=_TOAN),
    # II.2 files (năm 2023 dated 2023-12-31), by level, online and its levels after "lần lượt là"
    _ha("tiếp nhận 412.836 hồ sơ", "412.836", 412836, "hồ sơ", C, as_of=_Y2024, code=_TN),
    _ha("(năm 2023: 376.214 hồ sơ)", "376.214", 376214, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    _ha("tăng 36.622 hồ sơ", "36.622", 36622, "hồ sơ", CH, as_of=_Y2024, code=ANY),
    _ha("tăng 9,73%", "9,73%", 9.73, "%", CH, as_of=_Y2024, code=ANY),
    F("cấp tỉnh 98.412 hồ sơ", "98.412", 98412, "hồ sơ", C, as_of=_Y2024, code=_TN, **_CAP_TINH),
    F("cấp huyện 126.508 hồ sơ", "126.508", 126508, "hồ sơ", C, as_of=_Y2024, code=_TN, **_CAP_HUYEN),
    F("cấp xã 187.916 hồ sơ", "187.916", 187916, "hồ sơ", C, as_of=_Y2024, code=_TN, **_CAP_XA),
    _ha("là 285.146 hồ sơ", "285.146", 285146, "hồ sơ", C, as_of=_Y2024, code=_NOP),
    _ha("chiếm 69,07%", "69,07%", 69.07, "%", as_of=_Y2024, code=_NOP),
    F("lần lượt là 82,36%", "82,36%", 82.36, "%", as_of=_Y2024, code=_NOP, **_CAP_TINH),
    F("82,36%, 61,48%", "61,48%", 61.48, "%", as_of=_Y2024, code=_NOP, **_CAP_HUYEN),
    F("và 66,12%", "66,12%", 66.12, "%", as_of=_Y2024, code=_NOP, **_CAP_XA),
    # II.3 settled, on time, overdue (the land field's part: subject unchecked), on time by level, apologies
    _ha("giải quyết 405.318 hồ sơ", "405.318", 405318, "hồ sơ", C, as_of=_Y2024, code=ANY),
    _ha("đúng hạn 401.982 hồ sơ", "401.982", 401982, "hồ sơ", C, as_of=_Y2024, code=_DH),
    _ha("đạt 99,18%", "99,18%", 99.18, "%", as_of=_Y2024, code=_DH),
    _ha("quá hạn 3.336 hồ sơ", "3.336", 3336, "hồ sơ", C, as_of=_Y2024, code=_QH),
    _ha("chiếm 0,82%", "0,82%", 0.82, "%", as_of=_Y2024, code=_QH),
    F("(2.618 hồ sơ)", "2.618", 2618, "hồ sơ", C, as_of=_Y2024, code=_QH, **_OPEN),
    F("tương ứng là 99,42%", "99,42%", 99.42, "%", as_of=_Y2024, code=_DH, **_CAP_TINH),
    F("99,42%, 98,86%", "98,86%", 98.86, "%", as_of=_Y2024, code=_DH, **_CAP_HUYEN),
    F("và 99,27%", "99,27%", 99.27, "%", as_of=_Y2024, code=_DH, **_CAP_XA),
    F("gửi 3.104 thư", "3.104", 3104, "thư xin lỗi", C, as_of=_Y2024, code=ANY, **_OPEN),
    F("đạt 93,05%", "93,05%", 93.05, "%", as_of=_Y2024, code=ANY, **_OPEN),
    # II.4 payment with the 2024 target (dated 2024-12-31), digitisation, e-results, reuse
    _ha("đạt 48,26%", "48,26%", 48.26, "%", as_of=_Y2024, code=_TT, target=50, stated_status="chưa đạt"),
    _ha("năm 2024 là 50%", "50%", 50, "%", T, as_of=_Y2024, code=_TT),
    _ha("đạt 86,14%", "86,14%", 86.14, "%", as_of=_Y2024, code=_SH),
    _ha("đạt 97,52%", "97,52%", 97.52, "%", as_of=_Y2024, code=_KQ),
    _ha("mới đạt 38,46%", "38,46%", 38.46, "%", as_of=_Y2024, code=_TSD),
    # II.5 PAKN, satisfaction, accounts
    _ha("tiếp nhận 126 phản ánh", "126", 126, "PAKN", C, as_of=_Y2024, code=_PAKN_TN),
    _ha("xử lý 124 PAKN", "124", 124, "PAKN", C, as_of=_Y2024, code=ANY),
    _ha("đạt 98,41%", "98,41%", 98.41, "%", as_of=_Y2024, code=ANY),
    _ha("đạt 96,82%", "96,82%", 96.82, "%", as_of=_Y2024, code=_HL),
    _ha("kích hoạt 512.648 tài khoản", "512.648", 512648, "tài khoản", C, as_of=_Y2024, code=_TK),
    _ha("đạt 78,34%", "78,34%", 78.34, "%", as_of=_Y2024, code=_TK),
    # II.6 the 766 index of tháng 12/2024 (tháng 12/2023 dated 2023-12-31), two groups, block averages, grades,
    # the lowest district and commune as written
    _ha("đạt 84,16/100", "84,16/100", 84.16, "điểm", max_value=100, as_of=_Y2024, code=_TONG),
    _ha("xếp thứ 24/63", "24/63", 24, "hạng", R, max_value=63, as_of=_Y2024, code=_HANG),
    _ha("xếp thứ 31/63)", "31/63", 31, "hạng", PR, max_value=63, as_of=_Y2023, code=_HANG),
    _ha("tăng 7 bậc", "7", 7, "hạng", CH, as_of=_Y2024, code=_HANG),
    _ha("đạt 14,36/22", "14,36/22", 14.36, "điểm", max_value=22, as_of=_Y2024, code="766.so_hoa"),
    _ha("đạt 6,92/10", "6,92/10", 6.92, "điểm", max_value=10, as_of=_Y2024, code="766.thanh_toan"),
    F("bình quân đạt 86,48 điểm", "86,48", 86.48, "điểm", as_of=_Y2024, code=ANY, **_IN_TINH),
    F("khối huyện đạt 82,74 điểm", "82,74", 82.74, "điểm", as_of=_Y2024, code=ANY, **_IN_HUYEN),
    F("khối xã đạt 78,92 điểm", "78,92", 78.92, "điểm", as_of=_Y2024, code=ANY, **_IN_XA),
    F("có 12/19 sở", "12/19", 12, "đơn vị", C, max_value=19, as_of=_Y2024, code=None, **_IN_TINH),
    F("03/06 huyện", "03/06", 3, "huyện", C, max_value=6, as_of=_Y2024, code=None, **_IN_HUYEN),
    F("41/98 xã", "41/98", 41, "xã", C, max_value=98, as_of=_Y2024, code=None, **_IN_XA),
    F("(79,64 điểm)", "79,64", 79.64, "điểm", as_of=_Y2024, code=ANY, subject="huyện Bình Lục", level="huyện"),
    F("(71,28 điểm)", "71,28", 71.28, "điểm", as_of=_Y2024, code=ANY, subject="xã Thanh Tân", level="xã"),
    # III. the province's targets of năm 2025 (period end; "riêng cấp xã" → cấp xã; "100% hồ sơ quá hạn có thư
    # xin lỗi" a target of the apologies, code unchecked; "từ 88 điểm trở lên" without a max)
    _ha("trên 99,5%", "99,5%", 99.5, "%", T, code=_DH),
    _ha("; 100% hồ sơ quá hạn", "100%", 100, "%", T, code=ANY),
    _ha("tối thiểu 75%", "75%", 75, "%", T, code=_NOP),
    F("riêng cấp xã đạt tối thiểu 70%", "70%", 70, "%", T, code=_NOP, **_CAP_XA),
    _ha("đạt tối thiểu 60%.", "60%", 60, "%", T, code=_TT),
    _ha("Số hóa 100% hồ sơ", "100%", 100, "%", T, code=_SH),
    _ha("từ 50% trở lên", "50%", 50, "%", T, code=_TSD),
    _ha("từ 88 điểm", "88", 88, "điểm", T, code=_TONG),
    # IV. the task table: quantities in the task and product cells are targets dated at their row's deadline
    F("dứt điểm 2.618 hồ sơ", "2.618", 2618, "hồ sơ", T, as_of="2025-04-30", code=ANY, extra=TAB, **_OPEN),
    F("| 98 máy quét", "98", 98, "máy quét", T, as_of="2025-06-30", code=ANY, extra=TAB, **_IN_XA),
    F("tối thiểu 60% |", "60%", 60, "%", T, as_of="2025-09-30", code=_TT, extra=TAB, **_OPEN),
    # V. the plan's money (subject and level unchecked)
    F("là 2.460 triệu", "2.460", 2460, "triệu đồng", code=ANY, **_OPEN),
    F("tỉnh 1.580 triệu", "1.580", 1580, "triệu đồng", code=ANY, **_OPEN),
    F("huyện 880 triệu", "880", 880, "triệu đồng", code=ANY, **_OPEN),
]


# ------------------------------------------------------------ 711: Văn phòng UBND tỉnh Long An, Công văn đôn đốc,
# tháng 5 năm 2025 (a tab-separated table of the late bodies; each named body given its own deadline)
_APR_2025 = "2025-04-30"
_la = _by(None, None)

# the tab-separated table: (STT, body as written, level, settled, overdue, overdue share, apology letters)
_LATE_711 = [
    ("1", "Sở Nông nghiệp và Môi trường", "tỉnh", "4.126", "186", "4,51", "142"),
    ("2", "Sở Xây dựng", "tỉnh", "1.248", "38", "3,04", "38"),
    ("3", "UBND huyện Đức Hòa", "huyện", "9.412", "214", "2,27", "168"),
    ("4", "UBND huyện Cần Giuộc", "huyện", "7.836", "172", "2,19", "120"),
    ("5", "UBND thành phố Tân An", "huyện", "6.518", "96", "1,47", "96"),
    ("6", "UBND huyện Bến Lức", "huyện", "8.204", "88", "1,07", "52"),
    ("7", "UBND xã Long Hậu", "xã", "1.126", "41", "3,64", "0"),
    ("8", "UBND xã Mỹ Yên", "xã", "842", "27", "3,21", "12"),
]


def _late_711() -> list[Fact]:
    """The tab-separated table (units "(đơn vị tính: hồ sơ; tỷ lệ: %)" in the line above): each body as written at
    its level; settled files (code unchecked), overdue files and their share (the overdue code), apology letters
    (`thư xin lỗi`, code unchecked). A cell's context runs to the start of the next row."""
    facts = []
    for i, (no, body, level, settled, late, share, letters) in enumerate(_LATE_711):
        line = "\t".join((no, body, settled, late, share, letters))
        after = _LATE_711[i + 1][0] + "\t" if i + 1 < len(_LATE_711) else "\nTám"
        facts += _cells(line, "\t", after, body, level, [
            (settled, "hồ sơ", P, ANY, "period", None),
            (late, "hồ sơ", P, _QH, "period", None),
            (share, "%", P, _QH, "period", None),
            (letters, "thư xin lỗi", P, ANY, "period", None),
        ])
    return facts


BLIND_711 = [
    # 1. the province's month (tháng 4/2025 dated 2025-04-30; the change in points a change in %)
    _la("tiếp nhận 52.418 hồ sơ", "52.418", 52418, "hồ sơ", C, code=_TN),
    _la("giải quyết 49.806 hồ sơ", "49.806", 49806, "hồ sơ", C, code=ANY),
    _la("đúng hạn 48.560 hồ sơ", "48.560", 48560, "hồ sơ", C, code=_DH),
    _la("đạt 97,50%", "97,50%", 97.5, "%", code=_DH),
    _la("quá hạn 1.246 hồ sơ, chiếm", "1.246", 1246, "hồ sơ", C, code=_QH),
    _la("chiếm 2,50%", "2,50%", 2.5, "%", code=_QH),
    _la("(tháng 4/2025: 1,86%)", "1,86%", 1.86, "%", PR, as_of=_APR_2025, code=_QH),
    _la("tăng 0,64 điểm", "0,64", 0.64, "%", CH, code=_QH),
    F("cấp tỉnh là 312 hồ sơ", "312", 312, "hồ sơ", C, code=_QH, **_CAP_TINH),
    F("cấp huyện 706 hồ sơ", "706", 706, "hồ sơ", C, code=_QH, **_CAP_HUYEN),
    F("cấp xã 228 hồ sơ", "228", 228, "hồ sơ", C, code=_QH, **_CAP_XA),
    F("gửi 874 thư", "874", 874, "thư xin lỗi", C, code=ANY, **_OPEN),
    F("đạt 70,14%", "70,14%", 70.14, "%", code=ANY, **_OPEN),
    F("Có 11/19 sở", "11/19", 11, "đơn vị", C, max_value=19, code=None, **_IN_TINH),
    F("05/15 huyện", "05/15", 5, "huyện", C, max_value=15, code=None, **_IN_HUYEN),
    F("38/188 xã", "38/188", 38, "xã", C, max_value=188, code=None, **_IN_XA),
    # the group and the total (tháng 4/2025 dated 2025-04-30; falls negative)
    _la("đạt 17,46/20", "17,46/20", 17.46, "điểm", max_value=20, code="766.tien_do"),
    _la("giảm 0,82 điểm", "0,82", -0.82, "điểm", CH, code="766.tien_do"),
    _la("(18,28 điểm)", "18,28", 18.28, "điểm", PR, max_value=20, as_of=_APR_2025, code="766.tien_do"),
    _la("đạt 81,24/100", "81,24/100", 81.24, "điểm", max_value=100, code=_TONG),
    _la("xếp thứ 36/63", "36/63", 36, "hạng", R, max_value=63, code=_HANG),
    _la("xếp thứ 29/63)", "29/63", 29, "hạng", PR, max_value=63, as_of=_APR_2025, code=_HANG),
    _la("giảm 7 bậc", "7", -7, "hạng", CH, code=_HANG),
    # 2. the table; the eight bodies' share of the overdue files; the land field of the Sở; a branch in brackets
    *_late_711(),
    F("chiếm 862/1.246", "862/1.246", 862, "hồ sơ", C, max_value=1246, code=_QH, **_OPEN),
    F("có 131 hồ sơ", "131", 131, "hồ sơ", C, code=_QH, **_IN_TINH),
    F("(74 hồ sơ)", "74", 74, "hồ sơ", C, code=_QH, **_OPEN),
    # 3. the requests: counts repeated (code unchecked) and one district's ceiling for tháng 6/2025
    F("dứt điểm 186 hồ sơ", "186", 186, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("đối với 44 hồ sơ", "44", 44, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("dưới 1%", "1%", 1, "%", T, as_of="2025-06-30", code=_QH, **_IN_HUYEN),
    F("đối với 52 hồ sơ", "52", 52, "hồ sơ", C, code=ANY, **_IN_HUYEN),
    F("toàn bộ 41 hồ sơ", "41", 41, "hồ sơ", C, code=ANY, **_IN_XA),
]


# ------------------------------------------------------------ 712: Văn phòng UBND tỉnh Quảng Trị, Thông báo kết luận
# of a meeting on quý III năm 2025 (numbered conclusions, each with its body and deadline)
_JUL_2025 = "2025-07-31"
_qt = _by(None, None)

# the dash list of late communes: (name as written, overdue files, apology letters or None where none were sent)
_LATE_712 = [
    ("Phường Đồng Hới", "214", "96"),
    ("Xã Lệ Thủy", "168", "52"),
    ("Phường Đông Hà", "142", "142"),
    ("Xã Hải Lăng", "97", None),
]


def _late_712() -> list[Fact]:
    """The dash list "- Phường Đồng Hới: 214 hồ sơ quá hạn, đã gửi 96 thư xin lỗi;": each commune as written, level
    xã; its overdue files (the overdue code) and its letters (`thư xin lỗi`); "chưa gửi thư xin lỗi" states none."""
    facts = []
    for name, late, letters in _LATE_712:
        who = {"subject": name, "level": "xã"}
        facts.append(F(f"{name}: {late} hồ sơ", late, _num(late), "hồ sơ", C, code=_QH, **who))
        if letters is not None:
            facts.append(F(f"gửi {letters} thư", letters, _num(letters), "thư xin lỗi", C, code=ANY, **who))
    return facts


BLIND_712 = [
    # the meeting: communes' representatives (a count of communes, code None)
    F("đại diện 12 xã", "12", 12, "xã", C, code=None, **_IN_XA),
    # I. units; files (quý II năm 2025 dated 2025-06-30), online, settled, on time, overdue by level
    F("với 78 đơn vị", "78", 78, "đơn vị", C, code=None, **_CAP_XA),
    F("(69 xã", "69", 69, "xã", C, code=None, **_IN_XA),
    F("08 phường", "08", 8, "phường", C, code=None, **_IN_XA),
    F("01 đặc khu)", "01", 1, "đặc khu", C, code=None, **_IN_XA),
    _qt("tiếp nhận 186.412 hồ sơ", "186.412", 186412, "hồ sơ", C, code=_TN),
    _qt("(quý II năm 2025: 172.846 hồ sơ", "172.846", 172846, "hồ sơ", PR, as_of="2025-06-30", code=_TN),
    _qt("tăng 13.566 hồ sơ", "13.566", 13566, "hồ sơ", CH, code=ANY),
    _qt("tăng 7,85%", "7,85%", 7.85, "%", CH, code=ANY),
    _qt("là 131.206 hồ sơ", "131.206", 131206, "hồ sơ", C, code=_NOP),
    _qt("chiếm 70,38%", "70,38%", 70.38, "%", code=_NOP),
    F("cấp tỉnh tiếp nhận 58.214 hồ sơ", "58.214", 58214, "hồ sơ", C, code=_TN, **_CAP_TINH),
    F("cấp xã 128.198 hồ sơ", "128.198", 128198, "hồ sơ", C, code=_TN, **_CAP_XA),
    F("lần lượt là 77,52%", "77,52%", 77.52, "%", code=_NOP, **_CAP_TINH),
    F("và 67,15%", "67,15%", 67.15, "%", code=_NOP, **_CAP_XA),
    _qt("giải quyết 178.624 hồ sơ", "178.624", 178624, "hồ sơ", C, code=ANY),
    _qt("đúng hạn 175.318 hồ sơ", "175.318", 175318, "hồ sơ", C, code=_DH),
    _qt("đạt 98,15%", "98,15%", 98.15, "%", code=_DH),
    _qt("quá hạn 3.306 hồ sơ", "3.306", 3306, "hồ sơ", C, code=_QH),
    _qt("chiếm 1,85%", "1,85%", 1.85, "%", code=_QH),
    F("tỉnh đạt 98,44%", "98,44%", 98.44, "%", code=_DH, **_CAP_TINH),
    F("xã đạt 98,01%", "98,01%", 98.01, "%", code=_DH, **_CAP_XA),
    F("có 2.418 hồ sơ", "2.418", 2418, "hồ sơ", C, code=_QH, **_CAP_XA),
    F("chiếm 73,14%", "73,14%", 73.14, "%", code=ANY, **_CAP_XA),
    F("có 888 hồ sơ", "888", 888, "hồ sơ", C, code=_QH, **_CAP_TINH),
    F("(612 hồ sơ)", "612", 612, "hồ sơ", C, code=_QH, **_IN_TINH),
    _qt("gửi 1.964 thư", "1.964", 1964, "thư xin lỗi", C, code=ANY),
    _qt("đạt 59,41%", "59,41%", 59.41, "%", code=ANY),
    F("còn 23/78 xã", "23/78", 23, "xã", C, max_value=78, code=None, **_IN_XA),
    *_late_712(),
    # payment with the year's target (dated 2025-12-31), digitisation
    _qt("đạt 54,18%", "54,18%", 54.18, "%", code=_TT, target=60, stated_status="chưa đạt"),
    _qt("năm 2025 là 60%", "60%", 60, "%", T, as_of="2025-12-31", code=_TT),
    _qt("đạt 81,26%", "81,26%", 81.26, "%", code=_SH),
    _qt("tiếp nhận 186 phản ánh", "186", 186, "PAKN", C, code=_PAKN_TN),
    _qt("xử lý 178 PAKN", "178", 178, "PAKN", C, code=ANY),
    _qt("đạt 95,70%", "95,70%", 95.7, "%", code=ANY),
    # the 766 index of tháng 9/2025 (the period's last month; tháng 7/2025 dated 2025-07-31), three groups, blocks
    _qt("đạt 80,46/100", "80,46/100", 80.46, "điểm", max_value=100, code=_TONG),
    _qt("xếp thứ 27/34", "27/34", 27, "hạng", R, max_value=34, code=_HANG),
    _qt("xếp thứ 31/34)", "31/34", 31, "hạng", PR, max_value=34, as_of=_JUL_2025, code=_HANG),
    _qt("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    _qt("đạt 17,82/20", "17,82/20", 17.82, "điểm", max_value=20, code="766.tien_do"),
    _qt("đạt 6,46/10", "6,46/10", 6.46, "điểm", max_value=10, code="766.thanh_toan"),
    _qt("đạt 15,12/22", "15,12/22", 15.12, "điểm", max_value=22, code="766.so_hoa"),
    F("bình quân đạt 86,92 điểm", "86,92", 86.92, "điểm", code=ANY, **_IN_TINH),
    F("bình quân đạt 77,38 điểm", "77,38", 77.38, "điểm", code=ANY, **_IN_XA),
    F("ngành 9,54 điểm", "9,54", -9.54, "điểm", CH, code=ANY, **_IN_XA),
    # the communes' requests on lines and equipment (`kiến nghị`, code None)
    F("nhận 96/104 kiến nghị", "96/104", 96, "kiến nghị", C, max_value=104, code=None, **_IN_XA),
    F("đạt 92,31%", "92,31%", 92.31, "%", code=None, **_IN_XA),
    # II. conclusions: counts repeated, the communes' target at their deadline, the province's payment target
    F("dứt điểm 612 hồ sơ", "612", 612, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("đối với 100% hồ sơ", "100%", 100, "%", T, as_of="2025-11-15", code=ANY, **_IN_XA),
    F("cho 12 xã", "12", 12, "xã", C, code=None, **_IN_XA),
    _qt("đạt tối thiểu 60%", "60%", 60, "%", T, as_of="2025-12-31", code=_TT),
]


# ------------------------------------------------------------ 713: UBND thành phố Yên Bái (tỉnh Yên Bái), quý I năm
# 2025 (a district's report; its last section the next quarter's tasks with dates in several forms)
_YB = "UBND thành phố Yên Bái"
_yb = _by(_YB, "huyện")
_ch = _by("cấp huyện", "huyện")
_cx = _by("cấp xã", "xã")
_Q4_2024 = "2024-12-31"

# the dash list of late communes: (name as written, overdue files, apology letters)
_LATE_713 = [
    ("Phường Yên Ninh", "12", "12"),
    ("Phường Nguyễn Thái Học", "9", "7"),
    ("Xã Tân Thịnh", "8", "6"),
    ("Xã Văn Phú", "5", "4"),
]


def _late_713() -> list[Fact]:
    """The dash list "- Phường Yên Ninh: 12 hồ sơ quá hạn, đã gửi 12 thư xin lỗi;": each commune as written, level
    xã; its overdue files (the overdue code) and its apology letters (`thư xin lỗi`, code unchecked)."""
    facts = []
    for name, late, letters in _LATE_713:
        who = {"subject": name, "level": "xã"}
        facts += [
            F(f"{name}: {late} hồ sơ", late, _num(late), "hồ sơ", C, code=_QH, **who),
            F(f"gửi {letters} thư xin lỗi;" if name != "Xã Văn Phú" else f"gửi {letters} thư xin lỗi.", letters,
              _num(letters), "thư xin lỗi", C, code=ANY, **who),
        ]
    return facts


BLIND_713 = [
    # I. a) cấp huyện (quý IV năm 2024 dated 2024-12-31; the fall negative; the land field's part unchecked); the
    # city's apology letters under a) (subject unchecked: "Thành phố" or the level)
    _ch("tiếp nhận 4.862 hồ sơ", "4.862", 4862, "hồ sơ", C, code=_TN),
    _ch("(quý IV năm 2024: 5.214 hồ sơ)", "5.214", 5214, "hồ sơ", PR, as_of=_Q4_2024, code=_TN),
    _ch("giảm 352 hồ sơ", "352", -352, "hồ sơ", CH, code=ANY),
    _ch("là 3.746 hồ sơ", "3.746", 3746, "hồ sơ", C, code=_NOP),
    _ch("chiếm 77,05%", "77,05%", 77.05, "%", code=_NOP),
    _ch("giải quyết 4.718 hồ sơ", "4.718", 4718, "hồ sơ", C, code=ANY),
    _ch("đúng hạn 4.676 hồ sơ", "4.676", 4676, "hồ sơ", C, code=_DH),
    _ch("đạt 99,11%", "99,11%", 99.11, "%", code=_DH),
    _ch("quá hạn 42 hồ sơ", "42", 42, "hồ sơ", C, code=_QH),
    _ch("chiếm 0,89%", "0,89%", 0.89, "%", code=_QH),
    F("(36 hồ sơ)", "36", 36, "hồ sơ", C, code=_QH, **_IN_HUYEN),
    F("gửi 42 thư", "42", 42, "thư xin lỗi", C, code=ANY, **_IN_HUYEN),
    F("đạt 100% số", "100%", 100, "%", code=ANY, **_IN_HUYEN),
    # b) cấp xã: units, files, online, settled, on time, overdue at 04 communes, the dash list, letters
    F("có 15 đơn vị", "15", 15, "đơn vị", C, code=None, **_CAP_XA),
    F("(09 phường", "09", 9, "phường", C, code=None, **_IN_XA),
    F("06 xã)", "06", 6, "xã", C, code=None, **_IN_XA),
    _cx("tiếp nhận 9.418 hồ sơ", "9.418", 9418, "hồ sơ", C, code=_TN),
    _cx("trực tuyến 7.826 hồ sơ", "7.826", 7826, "hồ sơ", C, code=_NOP),
    _cx("chiếm 83,10%", "83,10%", 83.1, "%", code=_NOP),
    _cx("giải quyết 9.352 hồ sơ", "9.352", 9352, "hồ sơ", C, code=ANY),
    _cx("đúng hạn 9.318 hồ sơ", "9.318", 9318, "hồ sơ", C, code=_DH),
    _cx("đạt 99,64%", "99,64%", 99.64, "%", code=_DH),
    _cx("quá hạn 34 hồ sơ", "34", 34, "hồ sơ", C, code=_QH),
    F("tại 04 đơn vị", "04", 4, "đơn vị", C, code=None, **_IN_XA),
    *_late_713(),
    _cx("gửi 29 thư", "29", 29, "thư xin lỗi", C, code=ANY),
    _cx("đạt 85,29%", "85,29%", 85.29, "%", code=ANY),
    F("; 11/15 xã", "11/15", 11, "xã", C, max_value=15, code=None, **_IN_XA),
    # II. the city's payment (quý IV năm 2024 dated 2024-12-31; the year's target dated 2025-12-31), digitisation by
    # level, the city's PAKN
    _yb("đạt 52,64%", "52,64%", 52.64, "%", code=_TT, target=60, stated_status="chưa đạt"),
    _yb("(quý IV năm 2024: 47,18%)", "47,18%", 47.18, "%", PR, as_of=_Q4_2024, code=_TT),
    _yb("tăng 5,46 điểm", "5,46", 5.46, "%", CH, code=_TT),
    _yb("năm 2025 là 60%", "60%", 60, "%", T, as_of="2025-12-31", code=_TT),
    _ch("huyện đạt 92,36%", "92,36%", 92.36, "%", code=_SH),
    _cx("xã đạt 84,12%", "84,12%", 84.12, "%", code=_SH),
    _yb("tiếp nhận 14 phản ánh", "14", 14, "PAKN", C, code=_PAKN_TN),
    _yb("xử lý 13 PAKN", "13", 13, "PAKN", C, code=ANY),
    _yb("đạt 92,86%", "92,86%", 92.86, "%", code=ANY),
    _yb("01 PAKN đang", "01", 1, "PAKN", C, code=ANY),
    # III. the city's 766 result (quý IV năm 2024 dated 2024-12-31) and the province's
    _yb("đạt 86,12/100", "86,12/100", 86.12, "điểm", max_value=100, code=_TONG),
    _yb("xếp thứ 2/9", "2/9", 2, "hạng", R, max_value=9, code=_HANG),
    _yb("xếp thứ 4/9)", "4/9", 4, "hạng", PR, max_value=9, as_of=_Q4_2024, code=_HANG),
    _yb("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    F("đạt 83,54/100", "83,54/100", 83.54, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ 21/63", "21/63", 21, "hạng", R, max_value=63, code=_HANG, **_NULL),
    # IV. tasks: a count repeated, the communes' target for quý II, scanners to deliver in tháng 5
    F("dứt điểm 36 hồ sơ", "36", 36, "hồ sơ", C, code=ANY, **_IN_HUYEN),
    _cx("đạt tối thiểu 60%", "60%", 60, "%", T, as_of="2025-06-30", code=_TT),
    F("bổ sung 06 máy quét", "06", 6, "máy quét", T, as_of="2025-05-31", code=ANY, **_IN_XA),
]


# ------------------------------------------------------------ 714: Sở Nội vụ tỉnh Tây Ninh, quý I năm 2026 (the
# communes' late files and apologies; a Markdown table of six communes; the next quarter's tasks)
_SNV = "Sở Nội vụ"
_snv = _by(_SNV, "tỉnh")
_cx14 = _by("cấp xã", "xã")
_Q4_2025 = "2025-12-31"

# the Markdown table: (STT, commune as written, received, overdue, overdue share, apology letters, 766 score)
_COMMUNES_714 = [
    ("1", "Xã Đức Hòa", "6.842", "186", "2,72", "124", "72,46"),
    ("2", "Xã Bến Lức", "5.918", "142", "2,40", "98", "74,18"),
    ("3", "Xã Cần Giuộc", "5.126", "118", "2,30", "118", "76,32"),
    ("4", "Phường Long An", "7.412", "96", "1,30", "80", "81,64"),
    ("5", "Phường Tân Ninh", "6.208", "74", "1,19", "74", "83,12"),
    ("6", "Xã Gò Dầu", "3.846", "68", "1,77", "41", "75,08"),
]


def _communes_714() -> list[Fact]:
    """The Markdown table of six communes (as written, level xã): received files, overdue files and share, apology
    letters (`thư xin lỗi`, code unchecked) and the 766 score (no maximum written). No total row."""
    facts = []
    for i, (no, name, received, late, share, letters, score) in enumerate(_COMMUNES_714):
        line = f"| {no} | {name} | {received} | {late} | {share} | {letters} | {score} |"
        after = f"| {_COMMUNES_714[i + 1][0]} |" if i + 1 < len(_COMMUNES_714) else "\nSáu"
        facts += _cells(line, " | ", after, name, "xã", [
            (received, "hồ sơ", P, _TN, "period", None),
            (late, "hồ sơ", P, _QH, "period", None),
            (share, "%", P, _QH, "period", None),
            (letters, "thư xin lỗi", P, ANY, "period", None),
            (score, "điểm", P, _TONG, "period", None),
        ])
    return facts


BLIND_714 = [
    # I.1 the communes' files (quý IV năm 2025 dated 2025-12-31)
    F("có 96 đơn vị", "96", 96, "đơn vị", C, code=None, **_CAP_XA),
    F("(82 xã", "82", 82, "xã", C, code=None, **_IN_XA),
    F("14 phường)", "14", 14, "phường", C, code=None, **_IN_XA),
    _cx14("tiếp nhận 168.426 hồ sơ", "168.426", 168426, "hồ sơ", C, code=_TN),
    _cx14("(quý IV năm 2025: 154.318 hồ sơ)", "154.318", 154318, "hồ sơ", PR, as_of=_Q4_2025, code=_TN),
    _cx14("tăng 14.108 hồ sơ", "14.108", 14108, "hồ sơ", CH, code=ANY),
    _cx14("tăng 9,14%", "9,14%", 9.14, "%", CH, code=ANY),
    _cx14("trực tuyến 128.614 hồ sơ", "128.614", 128614, "hồ sơ", C, code=_NOP),
    _cx14("chiếm 76,36%", "76,36%", 76.36, "%", code=_NOP),
    # I.2 settled, on time with the year's target (dated 2026-12-31), overdue, apology letters
    _cx14("giải quyết 162.846 hồ sơ", "162.846", 162846, "hồ sơ", C, code=ANY),
    _cx14("đúng hạn 159.712 hồ sơ", "159.712", 159712, "hồ sơ", C, code=_DH),
    _cx14("đạt 98,08%", "98,08%", 98.08, "%", code=_DH, target=99, stated_status="chưa đạt"),
    _cx14("năm 2026 là 99%", "99%", 99, "%", T, as_of="2026-12-31", code=_DH),
    _cx14("quá hạn 3.134 hồ sơ", "3.134", 3134, "hồ sơ", C, code=_QH),
    _cx14("chiếm 1,92%", "1,92%", 1.92, "%", code=_QH),
    _cx14("gửi 2.418 thư", "2.418", 2418, "thư xin lỗi", C, code=ANY),
    _cx14("đạt 77,15%", "77,15%", 77.15, "%", code=ANY),
    F("còn 41/96 xã", "41/96", 41, "xã", C, max_value=96, code=None, **_IN_XA),
    # I.3 the table and the six communes' overdue files
    *_communes_714(),
    F("chiếm 684 hồ sơ", "684", 684, "hồ sơ", C, code=_QH, **_IN_XA),
    # II. the Sở's own files and 766 result among the province's agencies
    _snv("tiếp nhận 1.246 hồ sơ", "1.246", 1246, "hồ sơ", C, code=_TN),
    _snv("hạn 100% hồ sơ", "100%", 100, "%", code=_DH),
    _snv("đạt 91,36/100", "91,36/100", 91.36, "điểm", max_value=100, code=_TONG),
    _snv("xếp thứ 3/18", "3/18", 3, "hạng", R, max_value=18, code=_HANG),
    # III. the province (quý IV năm 2025 dated 2025-12-31), the communes' block and grades
    F("đạt 84,36/100", "84,36/100", 84.36, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ 13/34", "13/34", 13, "hạng", R, max_value=34, code=_HANG, **_NULL),
    F("xếp thứ 15/34)", "15/34", 15, "hạng", PR, max_value=34, as_of=_Q4_2025, code=_HANG, **_NULL),
    F("bình quân đạt 78,64 điểm", "78,64", 78.64, "điểm", code=ANY, **_IN_XA),
    F("ngành 8,92 điểm", "8,92", -8.92, "điểm", CH, code=ANY, **_IN_XA),
    F("có 28/96 xã", "28/96", 28, "xã", C, max_value=96, code=None, **_IN_XA),
    F("Khá 52/96", "52/96", 52, "xã", C, max_value=96, code=None, **_IN_XA),
    F("Trung bình 16/96", "16/96", 16, "xã", C, max_value=96, code=None, **_IN_XA),
    # V. tasks: counts repeated, the communes' target for quý II năm 2026
    F("đối với 62 hồ sơ", "62", 62, "hồ sơ", C, code=ANY, **_IN_XA),
    F("dứt điểm 142 hồ sơ", "142", 142, "hồ sơ", C, code=ANY, **_IN_XA),
    _cx14("tối thiểu 99%", "99%", 99, "%", T, as_of="2026-06-30", code=_DH),
]


BLIND = {"710": BLIND_710, "711": BLIND_711, "712": BLIND_712, "713": BLIND_713, "714": BLIND_714}

# Deadlines: (due date, precision, date words as written, words of the task, assignee).
DEADLINES = {
    "710": [
        # the task table's rows: expression the "Thời gian hoàn thành" cell, task the "Nhiệm vụ" cell, assignee the
        # "Cơ quan chủ trì" cell (the "Cơ quan phối hợp" bodies only assist)
        ("2025-03-31", "month", "Tháng 3/2025", "công bố danh mục TTHC", "Văn phòng UBND tỉnh"),
        ("2025-04-30", "day", "30/4/2025", "hồ sơ đất đai quá hạn", "Sở Tài nguyên và Môi trường"),
        ("2025-06-30", "quarter", "Quý II/2025", "máy quét", "UBND các huyện, thị xã, thành phố"),
        ("2025-09-30", "quarter", "Quý III/2025", "thanh toán trực tuyến phí, lệ phí", "Sở Tài chính"),
        ("2025-10-15", "day", "15/10/2025", "Số hóa hồ sơ, kết quả giải quyết TTHC", "Sở Thông tin và Truyền thông"),
        ("2025-06-30", "month", "Tháng 6/2025", "Tập huấn kỹ năng", "Sở Nội vụ"),
        ("2025-12-31", "year", "Năm 2025", "Khảo sát mức độ hài lòng", "Sở Nội vụ"),
        ("2025-12-20", "day", "20/12/2025", "Bộ chỉ số 766", "Văn phòng UBND tỉnh"),
        # VI. Tổ chức thực hiện
        ("2025-02-15", "day", "ngày mười lăm tháng 02 năm 2025", "kế hoạch chi tiết",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
        # issued 21/01/2025, after the 20th: the first "ngày 20 hằng tháng" is 20/02/2025; the assignee in lower case
        # as it stands mid-sentence
        ("2025-02-20", "recurring", "20 hằng tháng", "báo cáo tiến độ", "các cơ quan, đơn vị"),
        ("2025-12-10", "day", "10/12/2025", "kết quả thực hiện Kế hoạch", "Văn phòng UBND tỉnh"),
    ],
    "711": [
        # one dash item per named body, each with its own deadline
        ("2025-06-20", "day", "20/6/2025", "xử lý dứt điểm 186 hồ sơ quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2025-06-18", "day", "ngày mười tám tháng 6 năm 2025", "nguyên nhân quá hạn", "Sở Xây dựng"),
        ("2025-06-30", "month", "tháng 6/2025", "kiểm điểm trách nhiệm", "UBND huyện Đức Hòa"),
        ("2025-06-27", "day", "27/6/2025", "gửi thư xin lỗi", "UBND huyện Cần Giuộc"),
        ("2025-06-24", "day", "24/6/2025", "công khai danh sách hồ sơ quá hạn", "UBND thành phố Tân An"),
        ("2025-09-30", "quarter", "quý III năm 2025", "bố trí đủ công chức", "UBND huyện Bến Lức"),
        ("2025-06-23", "day", "23/6/2025", "xin lỗi đối với toàn bộ 41 hồ sơ", "UBND xã Long Hậu"),
        ("2025-06-26", "day", "26/6/2025", "báo cáo giải trình", "UBND xã Mỹ Yên"),
        # issued 12/6/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/7/2025
        ("2025-07-05", "recurring", "05 hằng tháng", "báo cáo kết quả khắc phục",
         "Các cơ quan, đơn vị có tên nêu trên"),
        ("2025-12-31", "year", "năm 2025", "kết quả xin lỗi", "Phòng Kiểm soát TTHC"),
    ],
    "712": [
        ("2025-10-31", "day", "31/10/2025", "612 hồ sơ đất đai quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2025-11-15", "day", "ngày mười lăm tháng 11 năm 2025", "thư xin lỗi", "UBND các xã, phường, đặc khu"),
        ("2025-11-30", "month", "tháng 11/2025", "nâng cấp đường truyền", "Sở Khoa học và Công nghệ"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "thanh toán trực tuyến", "Sở Tài chính"),
        ("2026-12-31", "year", "năm 2026", "không phụ thuộc địa giới hành chính",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        # issued 17/10/2025, before the 25th: the first "ngày 25 hằng tháng" is 25/10/2025
        ("2025-10-25", "recurring", "25 hằng tháng", "tổng hợp tình hình xin lỗi", "Sở Nội vụ"),
        ("2025-12-05", "day", "05/12/2025", "theo dõi, đôn đốc", "Văn phòng UBND tỉnh"),
    ],
    "713": [
        # "xong trước 20/4/2025": a day without the word "ngày"
        ("2025-04-20", "day", "20/4/2025", "36 hồ sơ đất đai quá hạn", "Phòng Nông nghiệp và Môi trường"),
        ("2025-04-30", "day", "ngày ba mươi tháng 4 năm 2025", "danh mục TTHC", "Văn phòng HĐND và UBND thành phố"),
        ("2025-06-30", "quarter", "quý II năm 2025", "thanh toán trực tuyến", "UBND các xã, phường"),
        # a month written in words "tháng 5 năm 2025"
        ("2025-05-31", "month", "tháng 5 năm 2025", "máy quét", "Phòng Văn hóa, Khoa học và Thông tin"),
        ("2025-06-15", "day", "15/6/2025", "tổng kết hoạt động Bộ phận Một cửa cấp huyện",
         "Văn phòng HĐND và UBND thành phố"),
        # issued 08/4/2025, before the 22nd: the first "ngày 22 hằng tháng" is 22/4/2025
        ("2025-04-22", "recurring", "22 hằng tháng", "báo cáo tình hình giải quyết TTHC",
         "Các phòng chuyên môn, UBND các xã, phường"),
        ("2025-12-31", "year", "năm 2025", "nâng cấp đường truyền", "Viễn thông Yên Bái"),
    ],
    "714": [
        ("2026-04-20", "day", "20/4/2026", "thư xin lỗi", "UBND xã Đức Hòa"),
        ("2026-04-18", "day", "ngày mười tám tháng 4 năm 2026", "xử lý dứt điểm 142 hồ sơ", "UBND xã Bến Lức"),
        ("2026-05-31", "month", "tháng 5/2026", "kiểm tra công vụ", "Phòng Cải cách hành chính"),
        ("2026-06-30", "quarter", "quý II năm 2026", "giải quyết đúng hạn", "UBND các xã, phường"),
        # the day in digits, the month and year in words: "ngày 30 tháng 6 năm 2026"
        ("2026-06-30", "day", "ngày 30 tháng 6 năm 2026", "sơ kết", "Văn phòng Sở"),
        ("2026-12-31", "year", "năm 2026", "thư xin lỗi điện tử", "Sở Khoa học và Công nghệ"),
        # issued 09/4/2026, after the 3rd: the first "ngày 03 hằng tháng" is 03/5/2026
        ("2026-05-03", "recurring", "03 hằng tháng", "gửi số liệu hồ sơ quá hạn", "UBND các xã, phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META): 710 a Kế hoạch whose
# period is the plan's year; 711 a Công văn whose "V/v" line names no period (its period is the month its figures
# state); 712 a Thông báo kết luận whose period is the quarter the meeting reviewed; 713 a city's report (the province
# named in "Kính gửi"); 714 a Sở's report.
META = {
    "710": {"doc_number": "18/KH-UBND", "doc_type": "Kế hoạch", "issued_date": "2025-01-21",
            "province": "Hà Nam", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Lê Thị Minh Nguyệt"},
    "711": {"doc_number": "1846/VP-KSTT", "doc_type": "Công văn", "issued_date": "2025-06-12",
            "province": "Long An", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Nguyễn Thị Bích Ngọc"},
    "712": {"doc_number": "412/TB-VP", "doc_type": "Thông báo", "issued_date": "2025-10-17",
            "province": "Quảng Trị", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Lê Quang Thịnh"},
    "713": {"doc_number": "96/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-04-08",
            "province": "Yên Bái", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Hoàng Thị Thu Hà"},
    "714": {"doc_number": "318/BC-SNV", "doc_type": "Báo cáo", "issued_date": "2026-04-09",
            "province": "Tây Ninh", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Nguyễn Thị Kim Loan"},
}
