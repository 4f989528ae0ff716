"""Blind golden facts for corpus/blind152/835_dien_bien.txt, 836_gia_lai.txt, 837_hai_phong.txt, 838_lai_chau.txt and
839_dong_thap.txt.

The five documents were written by the developers for a hundred-and-fifty-second blind measurement (DIGITAL GOVERNMENT
AT THE END OF 2025 AND THE PLANS FOR 2026: a province's year-end report with a Markdown table of the year's targets
"Chỉ tiêu | Kế hoạch 2025 | Thực hiện | Tỷ lệ (%)"; a Sở Khoa học và Công nghệ's year on digital signatures, electronic
documents and the LGSP with a tab-separated table by block; a centrally-run city's Kế hoạch for 2026 with the results
of 2025 and a Markdown table "Thực hiện năm 2025 | Chỉ tiêu năm 2026"; a ward's own year on digital citizens and
digital government; a province's Công văn after the year with the six 766 groups and the 2026 tasks; provinces Điện
Biên and Lai Châu, unchanged by the 1 July 2025 merger, Gia Lai (merged with Bình Định), Hải Phòng (merged with Hải
Dương) and Đồng Tháp (merged with Tiền Giang); not real documents), and every row below was written by reading them,
before any extraction, restoration or pipeline code was run on them. They also serve as held-out text for diacritic
restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind148.py, blind147.py, blind146.py, blind145.py and blind13.py: rows use
`golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose and
list counts are kind `count`; table cells are kind `value` even when they count, with `extra={"source": "table"}`;
`as_of="period"` is the period's end; a previous year in brackets is kind previous dated at its end (a previous 766
total with the maximum 100 of the current one); a change is dated with the figure it changes and a fall is negative; a
change in "điểm phần trăm" is kind change in `%` with the number alone as raw; a change of a 766 score carries the
score's code, of a count or share none. `ANY` leaves a field unchecked where the sentence names no catalogued
indicator (`None` where it clearly names none: counts of units, bodies, systems, staff, meetings). Counts of local
units take the unit of their first unit word ("28/45 xã, phường" → `xã`, "41/41 tổ dân phố, bản" → `tổ dân phố`),
counts of "đơn vị" and "sở, ban, ngành" → `đơn vị` at the level of the bodies counted; "45 đơn vị hành chính cấp xã
(42 xã, 03 phường)" → `cấp xã` and its parts. Codes: the share (and count) of outgoing documents signed digitally
`cds.ky_so`; the share of work files handled on the network `cds.ho_so_cong_viec`; the share of citizens from 14 with
a level-2 identity account `tai_khoan_dinh_danh` (counts of accounts and their parts by level: code unchecked);
online, on-time, overdue and payment shares and the files they are computed on their 766 codes; the 766 total and
rank `766.tong_hop`, `766.xep_hang`, the six groups theirs. Things counted take the noun as written: `chứng thư`,
`văn bản`, `cuộc họp` (a table header's "(cuộc)" → `cuộc`), `điểm cầu`, `hệ thống`, `giao dịch`, `máy chủ ảo`, `cơ sở
dữ liệu`, `bản ghi`, `lượt`, `bộ dữ liệu`, `yêu cầu`, `cán bộ` (for "cán bộ, công chức"), `nhân khẩu`, `hộ`, `người`,
`công dân`, `thành viên`, `trường hợp`, `tổ dân phố`, `bản` (villages), `công chức`; money keeps the unit written
(`tỷ đồng`). Platforms and systems (the LGSP, the NDXP, the data centre, the shared data warehouse, the document
system, the open-data portal) name no body: subject and level unchecked (as golden/blind81.py's 481 and blind92.py's
537). Task targets and task quantities are kind target dated at their task's deadline; a repeated count of units in a
task ("hướng dẫn 05 xã xếp loại Yếu") stays a count (as golden/blind118.py).

Dates, document numbers and cited texts ("Số: 28/BC-UBND", "Nghị quyết số 57-NQ/TW", "Quyết định số 06/QĐ-TTg", "Kế
hoạch số 214/KH-UBND", "Nghị quyết số 1669/NQ-UBTVQH15", "Công văn số 3846/UBND-KGVX", "Số: 162/UBND-KSTT"), data
dates and windows ("tính đến hết ngày 31/12/2025", "Từ ngày 01/7/2025", "số liệu đến ngày 31/12/2025", "từ ngày
01/7/2025"), years and months naming a result or a comparison ("năm 2024", "tháng 12/2025"), "Đề án 06", "Bộ chỉ số
766", "mức 1", "mức 2", "từ đủ 14 tuổi", item references ("chỉ tiêu số 2, số 3 và số 6"), "Bảng 1.", section and item
numbering, the STT column, addresses ("số 02 đường Trần Phú", "số 18 đường Hoàng Diệu", "số 12 đường 30 tháng 4"),
phone numbers ("0215.3825.466", "0225.3842.615", "0273.3872.146"), headings naming the next period ("V. NHIỆM VỤ NĂM
2026", "VI. NHIỆM VỤ NĂM 2026", "III. CHỈ TIÊU NĂM 2026", "III. NHIỆM VỤ NĂM 2026", "2. Nhiệm vụ năm 2026": no
deadlines), numbers in words ("hai xã biên giới", "liên thông bốn cấp", "hai địa phương cũ", "chính quyền hai cấp",
"hai tỉnh cũ", the days of "ngày mười lăm tháng 4", "ngày ba mươi mốt tháng 3", "ngày ba mươi tháng 4", "ngày hai
mươi tháng 02") and years are not figures.

New in this set (the decisions are written here):
- A YEAR'S TARGET TABLE WITHOUT A UNIT COLUMN (835, Markdown "| STT | Chỉ tiêu | Kế hoạch 2025 | Thực hiện | Tỷ lệ
  (%) |"): the unit is the one in the row label's brackets ("(%)", "(tài khoản)", "(cuộc)", "(giao dịch)"); as
  golden/blind118.py's 668 and blind130.py's 727, the plan cell a target (the plan's year ends at the period end) and
  the result cell the row's indicator at the period end, both with the row's code; the ratio cell a value in `%`,
  code unchecked ("101,14", "111,67" are figures); the province's (subject NULL). "04/07 chỉ tiêu … 03 chỉ tiêu" unit
  `chỉ tiêu`, code None.
- A PLAN WHOSE TABLE SETS LAST YEAR'S RESULT NEXT TO THIS YEAR'S TARGET (837, a Kế hoạch whose period is the plan's
  year, năm 2026, as golden/blind106.py's 607 and blind118.py's 669): "Thực hiện năm 2025" cells are kind value dated
  2025-12-31 (a column dated before the period end), "Chỉ tiêu năm 2026" cells kind target at the period end; the
  "Đơn vị tính" cell gives the unit; the row "… cấp xã" is `cấp xã` (level xã), the others the city's (NULL); the
  score row has no maximum written. "II. KẾT QUẢ NĂM 2025" is dated 2025-12-31, its "(năm 2024, cộng gộp hai địa
  phương cũ: 76,42%)" previous dated 2024-12-31 (the city's, as golden/blind130.py's 728 "cộng gộp"). The plan's
  money "86,4 tỷ đồng, trong đó …" kind value at the period end, subject and level unchecked (as 669).
- A SỞ'S OWN CERTIFICATES NEXT TO THE PROVINCE'S (836): "Sở Khoa học và Công nghệ đã tiếp nhận, xử lý 2.846 yêu cầu
  …, cấp mới 2.118 chứng thư, gia hạn 412 …, thu hồi 316 …" the Sở's; "Lũy kế, toàn tỉnh có 14.628 chứng thư … (năm
  2024: 12.826 chứng thư)" the province's; "các cơ quan, đơn vị trên địa bàn tỉnh ký số 1.042.316 văn bản đi, đạt
  98,74%" the province's (`cds.ky_so`); the tab-separated Bảng 1 by block: "Văn phòng UBND tỉnh" as written (level
  tỉnh), "Các sở, ban, ngành" (subject unchecked, level tỉnh), "UBND các phường" and "UBND các xã" (subject unchecked,
  level xã), "Toàn tỉnh" (empty STT) NULL; the meetings column in `cuộc`. "thấp hơn khối phường 8,58 điểm phần trăm"
  the communes' negative gap (subject unchecked, level xã). "Tổ chức 186 cuộc họp trực tuyến" names no one (subject
  and level unchecked). The Sở's "Chỉ số 766 tháng 12/2025 … 91,28 điểm, xếp thứ 3/19 sở, ban, ngành" at the period
  end (no maximum written for the score).
- A WARD'S OWN YEAR ON DIGITAL CITIZENS (838): as golden/blind145.py's 802, the ward's own figures (its staff, its
  residential groups, households and people, its documents signed, its work files, its meetings, its one-stop files,
  its 766 score and rank among the province's 38 xã, phường) are `UBND phường Tân Phong`, level xã; "04 phường và 01 xã
  cũ" (subject unchecked, level xã); the citizens and accounts "Trên địa bàn phường" and the community teams' help
  subject unchecked, level xã (as golden/blind92.py's 536); "Công an phường" as written, level xã; "(năm 2024 bình
  quân của các đơn vị cũ: 94,18%)" the ward's previous value dated 2024-12-31; "so với chỉ tiêu UBND tỉnh giao là 85%
  thì đã đạt chỉ tiêu" the target at the period end, the 88,46% carries it with "đạt"; households, smartphones and
  welfare payments of the area subject unchecked, level xã.
- SIX GROUPS AND COUNTS BY GRADE IN A CÔNG VĂN (839, doc_type "Công văn", a "V/v" line "… sau năm 2025"): the period
  is năm 2025 (the results it reports); "Xếp loại các xã, phường: Tốt 24 đơn vị, Khá 51 đơn vị, …" counts (unit `đơn
  vị`, level xã, code None); "chỉ tiêu năm 2026 về tỷ lệ hồ sơ nộp trực tuyến toàn tỉnh là 80% và tỷ lệ hồ sơ thanh
  toán trực tuyến là 85%" the province's targets dated 2026-12-31 (the online and payment codes).

Per document:
- 835 is an annual Báo cáo of UBND tỉnh Điện Biên (header "ỦY BAN NHÂN DÂN / TỈNH ĐIỆN BIÊN", number "28/BC-UBND",
  signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Bộ Khoa học và Công nghệ and the Văn phòng Chính
  phủ, năm 2025, issued 12/01/2026. "Công an tỉnh đã thu nhận … kích hoạt 468.214 tài khoản, trong đó mức 1 là …, mức
  2 là …" the Công an tỉnh's (as golden/blind123.py's 692); the province's level-2 share "86,72% (năm 2024: 78,15%),
  tăng 8,57 điểm phần trăm; so với chỉ tiêu năm 2025 là 90% thì chưa đạt chỉ tiêu"; the population data cleaned
  (NULL) and the files of "Các xã, phường" (subject unchecked, level xã); documents signed `cds.ky_so`; the work-file
  shares "của cấp tỉnh và cấp xã lần lượt là" (`cấp tỉnh`, `cấp xã`); meetings "Tỉnh tổ chức 134 cuộc họp …, bình
  quân 45 điểm cầu" (an average: kind value), "45/45 xã", "6,8 tỷ đồng"; the 766 `82,46/100`, `21/34`, "(năm 2024:
  76,18 điểm)" and the change, block averages (subject unchecked), "11/17 sở, ban, ngành", "28/45 xã, phường đạt từ
  80 điểm trở lên" (the threshold kind target), "17 xã"; "38 bản vùng cao" (subject and level unchecked). Task 4's
  "tối thiểu 90%" the communes' (subject unchecked, level xã, 2026-09-30), task 5's "100% sở, ban, ngành" (level
  tỉnh, 2026-12-31). Six deadlines: day, "chậm nhất ngày mười lăm tháng 4 năm 2026", month, quarter (with the
  target), year (with the target), "trước ngày 20 hằng tháng" (issued 12/01/2026: first 20/01/2026).
- 836 is an annual Báo cáo of the Sở Khoa học và Công nghệ tỉnh Gia Lai (header "UBND TỈNH GIA LAI / SỞ KHOA HỌC VÀ
  CÔNG NGHỆ", number "46/BC-SKHCN", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC") to UBND tỉnh, năm 2025, issued 09/01/2026.
  The LGSP "3.418.276 giao dịch, bình quân 284.856 giao dịch/tháng, tăng 22,6% so với năm 2024 (2.787.664 giao dịch)"
  (subject and level unchecked; previous dated 2024-12-31); "135/135 xã, phường (110 xã, 25 phường) và 46 sở, ban,
  ngành"; "6.412 cán bộ, công chức cấp xã …, chiếm 87,36%" (subject unchecked, level xã); the results signed "612.480
  kết quả …, đạt 93,18%" (code unchecked); two lowest communes in brackets (`cds.ho_so_cong_viec`); the Sở's one-stop
  files and "giải quyết đúng hạn 100%". Task 2's "316 công chức" a task quantity (2026-03-31), task 3's "tối thiểu 85%"
  the communes' (level xã, 2026-06-30). Five deadlines: day, "chậm nhất ngày ba mươi mốt tháng 3 năm 2026", quarter
  in a request "Đề nghị UBND các xã …", month, "trước ngày 05 hằng tháng" (issued 09/01/2026, after the 5th: first
  05/02/2026).
- 837 is the Kế hoạch 21/KH-UBND of UBND thành phố Hải Phòng (header "ỦY BAN NHÂN DÂN / THÀNH PHỐ HẢI PHÒNG", signed
  "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), năm 2026, issued 15/01/2026, no "Kính gửi". The city's 2025
  figures (NULL, 2025-12-31): "114 đơn vị hành chính cấp xã (45 phường, 67 xã, 02 đặc khu)", accounts, "100% cán bộ,
  công chức, viên chức" (a share, code unchecked), certificates "tăng 6.418 chứng thư so với năm 2024", the blocks'
  signed shares "tương ứng là" (subject unchecked, level tỉnh / xã), documents and meetings, "114/114 xã, phường, đặc
  khu", files using the population database "612.408 hồ sơ …, chiếm 38,42% tổng số hồ sơ tiếp nhận (1.594.000 hồ
  sơ)" (the last the received code); the Trung tâm Phục vụ hành chính công thành phố's files (level tỉnh); the
  payment share; `86,14/100`, `9/34`; "1.026 Tổ công nghệ số cộng đồng với 5.846 thành viên" (`tổ`, as 669); PAKN
  "1.248 phản ánh, kiến nghị … 1.212 PAKN, đạt 97,12%; … bình quân 4,6 ngày (năm 2024: 6,2 ngày), rút ngắn 1,6 ngày"
  (previous 2024-12-31, the fall negative); digitisation and reuse shares. Tasks: "286.000 công dân" a task quantity
  (2026-06-30, subject and level
  unchecked), "tối thiểu 90%" the communes' (level xã, 2026-09-30), "100% quầy tiếp nhận" the Trung tâm's counters
  (subject unchecked, level tỉnh, 2026-06-30). Seven deadlines: day, "chậm nhất ngày ba mươi tháng 4 năm 2026",
  month, two quarters, year, "trước ngày 25 hằng tháng" (issued 15/01/2026: first 25/01/2026).
- 838 is an annual Báo cáo of UBND phường Tân Phong (tỉnh Lai Châu; header "UBND TỈNH LAI CHÂU / ỦY BAN NHÂN DÂN /
  PHƯỜNG TÂN PHONG", number "09/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH") to UBND tỉnh and the Sở Khoa học
  và Công nghệ, năm 2025, issued 07/01/2026. Payment and digitisation shares "lần lượt là 62,48% và 91,36%" the
  ward's (payment and digitisation codes); "9.846 hồ sơ (năm 2024 cộng gộp các đơn vị cũ: 8.126 hồ sơ), tăng 1.720
  hồ sơ, tương ứng tăng 21,17%" the ward's (previous 2024-12-31); overdue files of the land field in brackets (subject
  unchecked, level xã); "1.846 bản sao chứng thực điện tử, chiếm 62,14%" (`bản`, codes unchecked); "11/11 PAKN" one
  count; `88,72/100`, `4/38`; the one-stop shop's "12 máy tính, 04 máy quét" (the shop by its kind: subject unchecked,
  level xã, as 802's counters), the ward's "06 lớp … 418 lượt … 215 triệu đồng". Task 2's "03 công chức" a task
  quantity (2026-02-20), task 3's "tối thiểu 75%" (subject unchecked, level xã, 2026-06-30). Five deadlines: day,
  "chậm nhất ngày hai mươi tháng 02 năm 2026", quarter, month, "trước ngày 25 hằng tháng" (issued 07/01/2026: first
  25/01/2026).
- 839 is the Công văn 162/UBND-KSTT of UBND tỉnh Đồng Tháp (header "ỦY BAN NHÂN DÂN / TỈNH ĐỒNG THÁP", signed "KT.
  CHỦ TỊCH / PHÓ CHỦ TỊCH") to the sở, ban, ngành and the communes, năm 2025, issued 14/01/2026. The province's files,
  payment "71,84% (năm 2024 của hai tỉnh cũ: 52,36%), tăng 19,48 điểm phần trăm" (previous 2024-12-31, NULL), the
  level-2 share against "chỉ tiêu năm 2025 là 90%" ("chưa đạt"), two communes in brackets, signed shares by level
  "tương ứng là" (`cấp tỉnh`, `cấp xã`), documents "tăng 412.318 văn bản so với năm 2024" (the system's: subject and
  level unchecked), `84,36/100`, `15/34`, six groups in a dash list "- Công khai, minh bạch: 17,12/18 điểm;", block
  averages, grades with the threshold "(dưới 70 điểm)" (kind target), the best and worst communes' scores ("Phường Mỹ
  Tho", "xã Tân Hồng", level xã, no maximum written), "03/21 sở, ban, ngành", "64/102 xã, phường đạt từ 90% trở lên"
  (the threshold kind target), PAKN, digitisation and reuse shares, meetings and certificates (the province's).
  Tasks: "khoảng 42.000 công dân" a task quantity (2026-03-31, subject and level unchecked), "tối thiểu 90%" of the two
  communes (subject unchecked, level xã,
  2026-03-31), "05 xã" a count repeated, "tối thiểu 98%" (level xã, 2026-06-30). Six deadlines in dash items: day,
  "chậm nhất ngày ba mươi mốt tháng 3 năm 2026", month, two quarters, "trước ngày 18 hằng tháng" (issued 14/01/2026:
  first 18/01/2026).

Unsure readings (fields left `ANY`, or decided and written here): the unit of a target-table row when only the label's
brackets give it (decided: the bracket's word, `cuộc` for "(cuộc)"); whose the meetings of 836 are (unchecked: the
sentence names no one); the code of counts of identity accounts and of the signed results of 836 (unchecked); whether
a ward's one-stop shop "Bộ phận Một cửa của phường" is the ward (decided: yes, as 802); the subject of block rows of
836's table (unchecked, with their level); the level of the former communes of 838 (xã) and of the villages "38 bản"
of 835 (unchecked).
"""

from __future__ import annotations

from golden.facts import (
    _DH,
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
_KY = "cds.ky_so"
_KS = "cds.ho_so_cong_viec"
_PAKN_TN = "pakn.tiep_nhan"
_GROUP_CODES = ["766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.so_hoa", "766.hai_long"]
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_XA = {"subject": ANY, "level": "xã"}
_CAP_XA = {"subject": "cấp xã", "level": "xã"}
_CAP_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_NULL = {"subject": None, "level": None}
_Y2024 = "2024-12-31"
_Y2025 = "2025-12-31"

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


def _groups(contexts: list[tuple[str, str]], **kw) -> list[Fact]:
    """The six group scores `x/max` of the province's 766 index (subject NULL), each with its maximum."""
    facts = []
    for (context, raw), code in zip(contexts, _GROUP_CODES, strict=True):
        got, top = raw.split("/")
        facts.append(_prov(context, raw, _num(got), "điểm", max_value=_num(top), code=code, **kw))
    return facts


# ------------------------------------------------------------ 835: UBND tỉnh Điện Biên, năm 2025 (a Markdown target
# table without a unit column)
_ca835 = _by("Công an tỉnh", "tỉnh")
# (STT, label, unit, code, plan, result, ratio)
_PLAN_835 = [
    ("1", "Tỷ lệ văn bản đi được ký số (%)", "%", _KY, "98", "99,12", "101,14"),
    ("2", "Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng (%)", "%", _KS, "90", "86,45", "96,06"),
    ("3", "Số tài khoản định danh điện tử mức 2 (tài khoản)", "tài khoản", ANY, "420.000", "398.612", "94,91"),
    ("4", "Số cuộc họp trực tuyến từ tỉnh đến xã (cuộc)", "cuộc", ANY, "120", "134", "111,67"),
    ("5", "Số giao dịch qua nền tảng LGSP (giao dịch)", "giao dịch", ANY, "2.400.000", "2.861.470", "119,23"),
    ("6", "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến (%)", "%", _NOP, "60", "54,38", "90,63"),
    ("7", "Tỷ lệ hồ sơ thanh toán trực tuyến (%)", "%", _TT, "70", "73,26", "104,66"),
]


def _plan_835() -> list[Fact]:
    """The target table: plan cell a target at the period end, result cell the row's indicator, both in the label's
    unit with the row's code; ratio cell a value in `%`, code unchecked; the province's (subject NULL)."""
    facts = []
    for i, (stt, label, unit, code, plan, result, ratio) in enumerate(_PLAN_835):
        line = _md_line((stt, label, plan, result, ratio))
        after = f"| {_PLAN_835[i + 1][0]} | {_PLAN_835[i + 1][1]}" if i + 1 < len(_PLAN_835) else "\nNhư vậy"
        facts += _cells(line, " | ", after, _NULL, [
            (plan, unit, T, code, "period"), (result, unit, P, code, "period"), (ratio, "%", P, ANY, "period")])
    return facts


BLIND_835 = [
    # I. the communes after the merger, all on the systems
    F("có 45 đơn vị", "45", 45, "đơn vị", C, code=None, **_CAP_XA),
    F("(42 xã", "42", 42, "xã", C, code=None, **_IN_XA),
    F("03 phường)", "03", 3, "phường", C, code=None, **_IN_XA),
    F("; 100% xã, phường", "100%", 100, "%", code=ANY, **_IN_XA),
    # II. the target table and the count of targets met
    *_plan_835(),
    _prov("có 04/07 chỉ tiêu", "04/07", 4, "chỉ tiêu", C, max_value=7, code=None),
    _prov("; 03 chỉ tiêu", "03", 3, "chỉ tiêu", C, code=None),
    # III.1 the police's identity accounts and their levels; the province's level-2 share against the target
    _n(_ca835, "thu nhận 512.846 hồ sơ", "512.846", "hồ sơ", C, code=ANY),
    _n(_ca835, "kích hoạt 468.214 tài khoản", "468.214", "tài khoản", C, code=ANY),
    _n(_ca835, "mức 1 là 69.602", "69.602", "tài khoản", C, code=ANY),
    _n(_ca835, "mức 2 là 398.612", "398.612", "tài khoản", C, code=ANY),
    _n(_prov, "đạt 86,72%", "86,72%", "%", code=_TK, target=90, stated_status="chưa đạt"),
    _n(_prov, "(năm 2024: 78,15%)", "78,15%", "%", PR, as_of=_Y2024, code=_TK),
    _n(_prov, "tăng 8,57 điểm", "8,57", "%", CH, code=ANY),
    _n(_prov, "năm 2025 là 90%", "90%", "%", T, code=_TK),
    _n(_prov, "làm sạch 648.215 nhân khẩu", "648.215", "nhân khẩu", C, code=ANY),
    _n(_prov, "đạt 99,46%", "99,46%", "%", code=ANY),
    F("giải quyết 84.126 hồ sơ", "84.126", 84126, "hồ sơ", C, code=ANY, **_IN_XA),
    # III.2 certificates, documents, signed share, work files by level
    _n(_prov, "cấp 9.846 chứng thư", "9.846", "chứng thư", C, code=ANY),
    _n(_prov, "cấp mới 1.214 chứng thư", "1.214", "chứng thư", C, code=ANY),
    _n(_prov, "thu hồi 386 chứng thư", "386", "chứng thư", C, code=ANY),
    F("nhận 1.286.412 văn bản", "1.286.412", 1286412, "văn bản", C, code=ANY, **_OPEN),
    F("đi là 412.618 văn bản", "412.618", 412618, "văn bản", C, code=ANY, **_OPEN),
    F("ký số 408.986 văn bản", "408.986", 408986, "văn bản", C, code=_KY, **_OPEN),
    F("văn bản, đạt 99,12%", "99,12%", 99.12, "%", code=_KY, **_OPEN),
    F("lần lượt là 92,18%", "92,18%", 92.18, "%", code=_KS, **_CAP_TINH),
    F("và 81,64%", "81,64%", 81.64, "%", code=_KS, **_CAP_XA),
    # III.3 meetings (an average per meeting), the communes connected, money saved
    _n(_prov, "tổ chức 134 cuộc họp", "134", "cuộc họp", C, code=None),
    _n(_prov, "bình quân 45 điểm cầu", "45", "điểm cầu", code=ANY),
    F("tới 45/45 xã", "45/45", 45, "xã", C, max_value=45, code=None, **_IN_XA),
    _n(_prov, "khoảng 6,8 tỷ đồng", "6,8", "tỷ đồng", code=ANY),
    # III.4 the LGSP and the NDXP (platforms: no body)
    F("kết nối 26 hệ thống", "26", 26, "hệ thống", C, code=None, **_OPEN),
    F("thực hiện 2.861.470 giao dịch", "2.861.470", 2861470, "giao dịch", C, code=ANY, **_OPEN),
    F("tăng 31,4%", "31,4%", 31.4, "%", CH, code=ANY, **_OPEN),
    F("thực hiện 1.126.305 giao dịch", "1.126.305", 1126305, "giao dịch", C, code=ANY, **_OPEN),
    # III.5 the 766 index (2024 in brackets), block averages, grades, the threshold
    _prov("đạt 82,46/100", "82,46/100", 82.46, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 21/34", "21/34", 21, "hạng", R, max_value=34, code=_HANG),
    _prov("(năm 2024: 76,18 điểm)", "76,18", 76.18, "điểm", PR, max_value=100, as_of=_Y2024, code=_TONG),
    _prov("tăng 6,28 điểm", "6,28", 6.28, "điểm", CH, code=_TONG),
    F("bình quân 88,12 điểm", "88,12", 88.12, "điểm", code=ANY, **_IN_TINH),
    F("bình quân 79,64 điểm", "79,64", 79.64, "điểm", code=ANY, **_IN_XA),
    F("Có 11/17 sở", "11/17", 11, "đơn vị", C, max_value=17, code=None, **_IN_TINH),
    F("; 28/45 xã", "28/45", 28, "xã", C, max_value=45, code=None, **_IN_XA),
    F("từ 80 điểm trở lên", "80", 80, "điểm", T, code=ANY, **_OPEN),
    F("17 xã còn", "17", 17, "xã", C, code=None, **_IN_XA),
    # IV. villages without coverage; V. task targets
    F("tại 38 bản", "38", 38, "bản", C, code=None, **_OPEN),
    F("tối thiểu 90%", "90%", 90, "%", T, as_of="2026-09-30", code=_KS, **_IN_XA),
    F("tại 100% sở", "100%", 100, "%", T, as_of="2026-12-31", code=ANY, **_IN_TINH),
]


# ------------------------------------------------------------ 836: Sở Khoa học và Công nghệ tỉnh Gia Lai, năm 2025
# (a tab-separated table by block)
_skh = _by("Sở Khoa học và Công nghệ", "tỉnh")
_BLOCKS_836 = [
    ("1", "Văn phòng UBND tỉnh", "28.412", "100", "96,84", "48"),
    ("2", "Các sở, ban, ngành", "386.214", "99,62", "93,46", "92"),
    ("3", "UBND các phường", "168.342", "98,86", "88,12", "21"),
    ("4", "UBND các xã", "459.348", "97,81", "79,54", "25"),
    ("", "Toàn tỉnh", "1.042.316", "98,74", "86,25", "186"),
]
_WHO_836 = {"Văn phòng UBND tỉnh": {"subject": "Văn phòng UBND tỉnh", "level": "tỉnh"},
            "Các sở, ban, ngành": _IN_TINH, "UBND các phường": _IN_XA, "UBND các xã": _IN_XA, "Toàn tỉnh": _NULL}


def _table_836() -> list[Fact]:
    """Bảng 1 (tab-separated): documents sent (`văn bản`, code unchecked), the signed share (`cds.ky_so`), the
    work-file share (`cds.ho_so_cong_viec`), meetings (`cuộc`, the header's bracket)."""
    facts = []
    for i, row in enumerate(_BLOCKS_836):
        line = "\t".join(row)
        after = "\t".join(_BLOCKS_836[i + 1][:2]) if i + 1 < len(_BLOCKS_836) else "\nKhối xã"
        sent, signed, work, meetings = row[2:]
        facts += _cells(line, "\t", after, _WHO_836[row[1]], [
            (sent, "văn bản", P, ANY, "period"), (signed, "%", P, _KY, "period"), (work, "%", P, _KS, "period"),
            (meetings, "cuộc", P, ANY, "period")])
    return facts


BLIND_836 = [
    # I. data centre, LGSP (2024 in brackets), the network
    F("vận hành 168 máy chủ ảo", "168", 168, "máy chủ ảo", C, code=None, **_OPEN),
    F("phục vụ 34 hệ thống", "34", 34, "hệ thống", C, code=None, **_OPEN),
    F("kết nối 31 hệ thống", "31", 31, "hệ thống", C, code=None, **_OPEN),
    F("trong đó 12 hệ thống", "12", 12, "hệ thống", C, code=None, **_OPEN),
    F("và 19 hệ thống", "19", 19, "hệ thống", C, code=None, **_OPEN),
    F("hiện 3.418.276 giao dịch", "3.418.276", 3418276, "giao dịch", C, code=ANY, **_OPEN),
    F("bình quân 284.856 giao dịch", "284.856", 284856, "giao dịch", code=ANY, **_OPEN),
    F("tăng 22,6%", "22,6%", 22.6, "%", CH, code=ANY, **_OPEN),
    F("(2.787.664 giao dịch)", "2.787.664", 2787664, "giao dịch", PR, as_of=_Y2024, code=ANY, **_OPEN),
    F("kết nối 135/135 xã", "135/135", 135, "xã", C, max_value=135, code=None, **_IN_XA),
    F("(110 xã", "110", 110, "xã", C, code=None, **_IN_XA),
    F("25 phường)", "25", 25, "phường", C, code=None, **_IN_XA),
    F("và 46 sở", "46", 46, "đơn vị", C, code=None, **_IN_TINH),
    # II.1 the Sở's certificates; the province's in force (2024 in brackets); the communes' staff on mobile
    _n(_skh, "xử lý 2.846 yêu cầu", "2.846", "yêu cầu", C, code=ANY),
    _n(_skh, "cấp mới 2.118 chứng thư", "2.118", "chứng thư", C, code=ANY),
    _n(_skh, "gia hạn 412 chứng thư", "412", "chứng thư", C, code=ANY),
    _n(_skh, "thu hồi 316 chứng thư", "316", "chứng thư", C, code=ANY),
    _n(_prov, "có 14.628 chứng thư", "14.628", "chứng thư", C, code=ANY),
    _n(_prov, "(năm 2024: 12.826 chứng thư)", "12.826", "chứng thư", PR, as_of=_Y2024, code=ANY),
    F("Có 6.412 cán bộ", "6.412", 6412, "cán bộ", C, code=ANY, **_IN_XA),
    F("chiếm 87,36%", "87,36%", 87.36, "%", code=ANY, **_IN_XA),
    # II.2 signed documents and results (the province's)
    _n(_prov, "ký số 1.042.316 văn bản", "1.042.316", "văn bản", C, code=_KY),
    _n(_prov, "đi, đạt 98,74%", "98,74%", "%", code=_KY),
    _n(_prov, "ký số 612.480 kết quả", "612.480", "kết quả", C, code=ANY),
    _n(_prov, "đạt 93,18%", "93,18%", "%", code=ANY),
    # III. the document system, meetings (no one named)
    F("nhận 2.412.680 văn bản", "2.412.680", 2412680, "văn bản", C, code=ANY, **_OPEN),
    F("tăng 18,4%", "18,4%", 18.4, "%", CH, code=ANY, **_OPEN),
    F("Tổ chức 186 cuộc họp", "186", 186, "cuộc họp", C, code=None, **_OPEN),
    F("trong đó 62 cuộc họp", "62", 62, "cuộc họp", C, code=None, **_OPEN),
    # Bảng 1, the communes' gap, the two lowest communes
    *_table_836(),
    F("phường 8,58 điểm", "8,58", -8.58, "%", CH, code=ANY, **_IN_XA),
    F("Ia Pa (61,24%)", "61,24%", 61.24, "%", subject="xã Ia Pa", level="xã", code=_KS),
    F("Krông Pa (63,08%)", "63,08%", 63.08, "%", subject="xã Krông Pa", level="xã", code=_KS),
    # IV. the shared warehouse, look-ups, open data
    F("hợp 22 cơ sở dữ liệu", "22", 22, "cơ sở dữ liệu", C, code=None, **_OPEN),
    F("với 4.318.526 bản ghi", "4.318.526", 4318526, "bản ghi", C, code=ANY, **_OPEN),
    F("cư 2.148.612 lượt", "2.148.612", 2148612, "lượt", C, code=ANY, **_OPEN),
    F("bố 146 bộ dữ liệu", "146", 146, "bộ dữ liệu", C, code=None, **_OPEN),
    # V. the Sở's one-stop files and 766
    _n(_skh, "tiếp nhận 1.846 hồ sơ", "1.846", "hồ sơ", C, code=_TN),
    _n(_skh, "tuyến 1.812 hồ sơ", "1.812", "hồ sơ", C, code=_NOP),
    _n(_skh, "chiếm 98,16%", "98,16%", "%", code=_NOP),
    _n(_skh, "đúng hạn 100%", "100%", "%", code=_DH),
    _n(_skh, "đạt 91,28 điểm", "91,28", "điểm", code=_TONG),
    _n(_skh, "xếp thứ 3/19", "3/19", "hạng", R, max_value=19, code=ANY),
    # VI. a task quantity and the communes' target
    F("cho 316 công chức", "316", 316, "công chức", T, as_of="2026-03-31", code=ANY, **_OPEN),
    F("tối thiểu 85%", "85%", 85, "%", T, as_of="2026-06-30", code=_KS, **_IN_XA),
]


# ------------------------------------------------------------ 837: UBND thành phố Hải Phòng, Kế hoạch năm 2026
# (results of 2025 dated 2025-12-31; a Markdown table of 2025 results and 2026 targets)
_ttpv = _by("Trung tâm Phục vụ hành chính công thành phố", "tỉnh")
_K25 = {"as_of": _Y2025}
# (STT, label, unit cell, code, who, result 2025, target 2026)
_PLAN_837 = [
    ("1", "Tỷ lệ công dân từ đủ 14 tuổi có tài khoản định danh điện tử mức 2", "%", _TK, _NULL, "84,96", "95"),
    ("2", "Tỷ lệ văn bản đi được ký số", "%", _KY, _NULL, "98,36", "100"),
    ("3", "Tỷ lệ hồ sơ công việc xử lý trên môi trường mạng cấp xã", "%", _KS, _CAP_XA, "82,14", "95"),
    ("4", "Số giao dịch qua nền tảng LGSP", "giao dịch", ANY, _NULL, "8.416.250", "10.000.000"),
    ("5", "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến", "%", _NOP, _NULL, "61,28", "80"),
    ("6", "Tỷ lệ hồ sơ thanh toán trực tuyến", "%", _TT, _NULL, "78,62", "90"),
    ("7", "Điểm Bộ chỉ số 766", "điểm", _TONG, _NULL, "86,14", "90"),
]


def _plan_837() -> list[Fact]:
    """The plan's table: "Thực hiện năm 2025" a value dated 2025-12-31, "Chỉ tiêu năm 2026" a target at the period
    end, in the "Đơn vị tính" cell's unit with the row's code (the score row without a maximum)."""
    facts = []
    for i, (stt, label, unit, code, who, result, target) in enumerate(_PLAN_837):
        line = _md_line((stt, label, unit, result, target))
        after = f"| {_PLAN_837[i + 1][0]} | {_PLAN_837[i + 1][1]}" if i + 1 < len(_PLAN_837) else "\nIV. NHIỆM VỤ"
        facts += _cells(line, " | ", after, who, [(result, unit, P, code, _Y2025), (target, unit, T, code, "period")])
    return facts


BLIND_837 = [
    # II. the communes after the merger (2025)
    F("có 114 đơn vị", "114", 114, "đơn vị", C, code=None, as_of=_Y2025, **_CAP_XA),
    F("(45 phường", "45", 45, "phường", C, code=None, as_of=_Y2025, **_IN_XA),
    F("67 xã, 02", "67", 67, "xã", C, code=None, as_of=_Y2025, **_IN_XA),
    F("02 đặc khu)", "02", 2, "đặc khu", C, code=None, as_of=_Y2025, **_IN_XA),
    # II.1 accounts (2024 of the two former units in brackets)
    _n(_prov, "có 3.126.418 tài khoản", "3.126.418", "tài khoản", C, code=ANY, **_K25),
    _n(_prov, "mức 2 là 2.684.215", "2.684.215", "tài khoản", C, code=ANY, **_K25),
    _n(_prov, "đạt 84,96%", "84,96%", "%", code=_TK, **_K25),
    _n(_prov, "cũ: 76,42%", "76,42%", "%", PR, as_of=_Y2024, code=_TK),
    # II.2 certificates, signed shares by block
    _n(_prov, "Chữ ký số: 100%", "100%", "%", code=ANY, **_K25),
    _n(_prov, "lũy kế 41.862 chứng thư", "41.862", "chứng thư", C, code=ANY, **_K25),
    _n(_prov, "tăng 6.418 chứng thư", "6.418", "chứng thư", CH, code=ANY, **_K25),
    F("tương ứng là 99,48%", "99,48%", 99.48, "%", code=_KY, as_of=_Y2025, **_IN_TINH),
    F("và 97,16%", "97,16%", 97.16, "%", code=_KY, as_of=_Y2025, **_IN_XA),
    # II.3 documents and meetings
    _n(_prov, "nhận 4.862.314 văn bản", "4.862.314", "văn bản", C, code=ANY, **_K25),
    _n(_prov, "tổ chức 246 cuộc họp", "246", "cuộc họp", C, code=None, **_K25),
    _n(_prov, "trong đó 58 cuộc họp", "58", "cuộc họp", C, code=None, **_K25),
    F("tới 114/114 xã", "114/114", 114, "xã", C, max_value=114, code=None, as_of=_Y2025, **_IN_XA),
    # II.4 platforms (no body); files using the population database (the city's)
    F("kết nối 42 hệ thống", "42", 42, "hệ thống", C, code=None, as_of=_Y2025, **_OPEN),
    F("hiện 8.416.250 giao dịch", "8.416.250", 8416250, "giao dịch", C, code=ANY, as_of=_Y2025, **_OPEN),
    F("NDXP 3.284.612 giao dịch", "3.284.612", 3284612, "giao dịch", C, code=ANY, as_of=_Y2025, **_OPEN),
    _n(_prov, "quyết 612.408 hồ sơ", "612.408", "hồ sơ", C, code=ANY, **_K25),
    _n(_prov, "chiếm 38,42%", "38,42%", "%", code=ANY, **_K25),
    _n(_prov, "(1.594.000 hồ sơ)", "1.594.000", "hồ sơ", C, code=_TN, **_K25),
    # II.5 the Trung tâm's files; the city's payment share
    _n(_ttpv, "tiếp nhận 286.412 hồ sơ", "286.412", "hồ sơ", C, code=_TN, **_K25),
    _n(_ttpv, "tuyến 241.862 hồ sơ", "241.862", "hồ sơ", C, code=_NOP, **_K25),
    _n(_ttpv, "chiếm 84,45%", "84,45%", "%", code=_NOP, **_K25),
    _n(_prov, "phố đạt 78,62%", "78,62%", "%", code=_TT, **_K25),
    # II.6 the 766
    _prov("đạt 86,14/100", "86,14/100", 86.14, "điểm", max_value=100, code=_TONG, **_K25),
    _prov("xếp thứ 9/34", "9/34", 9, "hạng", R, max_value=34, code=_HANG, **_K25),
    # II.7 community teams, smartphones; II.8 PAKN (2024 in brackets); II.9 digitisation
    _n(_prov, "duy trì 1.026 Tổ", "1.026", "tổ", C, code=None, **_K25),
    _n(_prov, "với 5.846 thành viên", "5.846", "thành viên", C, code=None, **_K25),
    _n(_prov, "dân 412.618 lượt", "412.618", "lượt", C, code=ANY, **_K25),
    _n(_prov, "; 96,8% hộ", "96,8%", "%", code=ANY, **_K25),
    _n(_prov, "tiếp nhận 1.248 phản ánh", "1.248", "PAKN", C, code=_PAKN_TN, **_K25),
    _n(_prov, "xử lý 1.212 PAKN", "1.212", "PAKN", C, code=ANY, **_K25),
    _n(_prov, "đạt 97,12%", "97,12%", "%", code=ANY, **_K25),
    _n(_prov, "bình quân 4,6 ngày", "4,6", "ngày", code=ANY, **_K25),
    _n(_prov, "(năm 2024: 6,2 ngày)", "6,2", "ngày", PR, as_of=_Y2024, code=ANY),
    _prov("rút ngắn 1,6 ngày", "1,6", -1.6, "ngày", CH, code=ANY, **_K25),
    _n(_prov, "đạt 91,46%", "91,46%", "%", code=_SH, **_K25),
    _n(_prov, "đạt 48,26%", "48,26%", "%", code=_TSD, **_K25),
    # III. the table
    *_plan_837(),
    # IV. a task quantity and targets
    F("cho 286.000 công dân", "286.000", 286000, "công dân", T, as_of="2026-06-30", code=ANY, **_OPEN),
    F("tối thiểu 90%", "90%", 90, "%", T, as_of="2026-09-30", code=_KS, **_IN_XA),
    F("tại 100% quầy", "100%", 100, "%", T, as_of="2026-06-30", code=ANY, **_IN_TINH),
    # V. the plan's money
    F("dự kiến 86,4 tỷ đồng", "86,4", 86.4, "tỷ đồng", code=ANY, **_OPEN),
    F("phố 62,5 tỷ đồng", "62,5", 62.5, "tỷ đồng", code=ANY, **_OPEN),
    F("xã 23,9 tỷ đồng", "23,9", 23.9, "tỷ đồng", code=ANY, **_OPEN),
]


# ------------------------------------------------------------ 838: UBND phường Tân Phong (tỉnh Lai Châu), năm 2025
_pw = _by("UBND phường Tân Phong", "xã")

BLIND_838 = [
    # I. former units, residential groups, households, people, staff
    F("sở 04 phường", "04", 4, "phường", C, code=None, **_IN_XA),
    F("và 01 xã cũ", "01", 1, "xã", C, code=None, **_IN_XA),
    _pw("có 36 tổ dân phố", "36", 36, "tổ dân phố", C, code=None),
    _pw("và 05 bản", "05", 5, "bản", C, code=None),
    _pw("với 12.846 hộ", "12.846", 12846, "hộ", C, code=ANY),
    _pw("48.312 nhân khẩu", "48.312", 48312, "nhân khẩu", C, code=ANY),
    _pw("gồm 52 người", "52", 52, "người", C, code=None),
    _pw("trong đó 18 người", "18", 18, "người", C, code=None),
    # II.1 citizens and accounts of the area, the community teams, the ward police
    F("có 35.618 công dân", "35.618", 35618, "công dân", C, code=ANY, **_IN_XA),
    F("đó 33.126 người", "33.126", 33126, "người", C, code=ANY, **_IN_XA),
    F("đạt 93,00%", "93,00%", 93, "%", code=_TK, **_IN_XA),
    F("còn 2.492 người", "2.492", 2492, "người", C, code=ANY, **_IN_XA),
    F("của 41/41 tổ dân phố", "41/41", 41, "tổ dân phố", C, max_value=41, code=None, **_IN_XA),
    F("với 164 thành viên", "164", 164, "thành viên", C, code=None, **_IN_XA),
    F("VNeID 4.218 lượt", "4.218", 4218, "lượt", C, code=ANY, **_IN_XA),
    F("tuyến 2.846 lượt", "2.846", 2846, "lượt", C, code=ANY, **_IN_XA),
    F("nhận 2.618 hồ sơ", "2.618", 2618, "hồ sơ", C, code=ANY, subject="Công an phường", level="xã"),
    F("trả 2.584 thẻ", "2.584", 2584, "thẻ", C, code=ANY, subject="Công an phường", level="xã"),
    F("chỉnh 1.426 trường hợp", "1.426", 1426, "trường hợp", C, code=ANY, subject="Công an phường", level="xã"),
    F("đạt 98,62%", "98,62%", 98.62, "%", code=ANY, subject="Công an phường", level="xã"),
    # II.2 the ward's signed documents (2024 of the former units in brackets), work files against the target
    _n(_pw, "ký số 6.412 văn bản", "6.412", "văn bản", C, code=_KY),
    _n(_pw, "đạt 99,86%", "99,86%", "%", code=_KY),
    _n(_pw, "cũ: 94,18%", "94,18%", "%", PR, as_of=_Y2024, code=_KY),
    _n(_pw, "tăng 5,68 điểm", "5,68", "%", CH, code=ANY),
    _n(_pw, "đạt 88,46%", "88,46%", "%", code=_KS, target=85, stated_status="đạt"),
    _n(_pw, "giao là 85%", "85%", "%", T, code=_KS),
    _n(_pw, "52/52 cán bộ", "52/52", "cán bộ", C, max_value=52, code=ANY),
    _n(_pw, "; 49 người", "49", "người", C, code=ANY),
    _n(_pw, "dự 42 cuộc họp", "42", "cuộc họp", C, code=None),
    _n(_pw, "trì 14 cuộc họp", "14", "cuộc họp", C, code=None),
    # II.3 the ward's one-stop files, payment and digitisation, PAKN, 766
    _n(_pw, "tiếp nhận 9.846 hồ sơ", "9.846", "hồ sơ", C, code=_TN),
    _n(_pw, "cũ: 8.126 hồ sơ)", "8.126", "hồ sơ", PR, as_of=_Y2024, code=_TN),
    _n(_pw, "tăng 1.720 hồ sơ", "1.720", "hồ sơ", CH, code=ANY),
    _n(_pw, "tăng 21,17%", "21,17%", "%", CH, code=ANY),
    _n(_pw, "tuyến 7.218 hồ sơ", "7.218", "hồ sơ", C, code=_NOP),
    _n(_pw, "chiếm 73,31%", "73,31%", "%", code=_NOP),
    _n(_pw, "giải quyết 9.712 hồ sơ", "9.712", "hồ sơ", C, code=ANY),
    _n(_pw, "đúng hạn 9.688 hồ sơ", "9.688", "hồ sơ", C, code=_DH),
    _n(_pw, "đạt 99,75%", "99,75%", "%", code=_DH),
    _n(_pw, "quá hạn 24 hồ sơ", "24", "hồ sơ", C, code=_QH),
    F("(19 hồ sơ)", "19", 19, "hồ sơ", C, code=_QH, **_IN_XA),
    _n(_pw, "lần lượt là 62,48%", "62,48%", "%", code=_TT),
    _n(_pw, "và 91,36%", "91,36%", "%", code=_SH),
    _n(_pw, "Cấp 1.846 bản", "1.846", "bản", C, code=ANY),
    _n(_pw, "chiếm 62,14%", "62,14%", "%", code=ANY),
    _n(_pw, "đạt 96,82%", "96,82%", "%", code=ANY),
    _n(_pw, "tiếp nhận 11 phản ánh", "11", "PAKN", C, code=_PAKN_TN),
    _n(_pw, "11/11 PAKN", "11/11", "PAKN", C, max_value=11, code=ANY),
    _pw("đạt 88,72/100", "88,72/100", 88.72, "điểm", max_value=100, code=_TONG),
    _pw("xếp thứ 4/38", "4/38", 4, "hạng", R, max_value=38, code=_HANG),
    # II.4 the area's households, smartphones, welfare payments
    F("Có 1.286 hộ", "1.286", 1286, "hộ", C, code=ANY, **_IN_XA),
    F("; 96,4% hộ", "96,4%", 96.4, "%", code=ANY, **_IN_XA),
    F("; 4.612 người", "4.612", 4612, "người", C, code=ANY, **_IN_XA),
    F("chiếm 86,18%", "86,18%", 86.18, "%", code=ANY, **_IN_XA),
    # II.5 the one-stop shop's equipment (by its kind), the ward's classes and money
    F("trí 12 máy tính", "12", 12, "máy tính", C, code=None, **_IN_XA),
    F("04 máy quét", "04", 4, "máy quét", C, code=None, **_IN_XA),
    _n(_pw, "chức 06 lớp", "06", "lớp", C, code=None),
    _n(_pw, "cho 418 lượt", "418", "lượt", C, code=ANY),
    _n(_pw, "dành 215 triệu đồng", "215", "triệu đồng", code=ANY),
    # III. a task quantity and a target
    F("cho 03 công chức", "03", 3, "công chức", T, as_of="2026-02-20", code=ANY, **_OPEN),
    F("tối thiểu 75%", "75%", 75, "%", T, as_of="2026-06-30", code=ANY, **_IN_XA),
]


# ------------------------------------------------------------ 839: UBND tỉnh Đồng Tháp, Công văn after năm 2025
# (six groups in a dash list, counts by grade)
_Y2026 = "2026-12-31"

BLIND_839 = [
    # 1.a) communes, agencies, files, payment (2024 of the two former provinces in brackets)
    F("có 102 đơn vị", "102", 102, "đơn vị", C, code=None, **_CAP_XA),
    F("(82 xã", "82", 82, "xã", C, code=None, **_IN_XA),
    F("20 phường)", "20", 20, "phường", C, code=None, **_IN_XA),
    F("và 21 sở", "21", 21, "đơn vị", C, code=None, **_IN_TINH),
    _n(_prov, "tiếp nhận 1.248.615 hồ sơ", "1.248.615", "hồ sơ", C, code=_TN),
    _n(_prov, "tuyến 812.406 hồ sơ", "812.406", "hồ sơ", C, code=_NOP),
    _n(_prov, "chiếm 65,06%", "65,06%", "%", code=_NOP),
    _n(_prov, "đúng hạn 1.234.503 hồ sơ", "1.234.503", "hồ sơ", C, code=_DH),
    _n(_prov, "đạt 98,92%", "98,92%", "%", code=_DH),
    _n(_prov, "quá hạn 13.478 hồ sơ", "13.478", "hồ sơ", C, code=_QH),
    _n(_prov, "chiếm 1,08%", "1,08%", "%", code=_QH),
    _n(_prov, "bình quân 3,8 ngày", "3,8", "ngày", code=ANY),
    _n(_prov, "đạt 71,84%", "71,84%", "%", code=_TT),
    _n(_prov, "cũ: 52,36%", "52,36%", "%", PR, as_of=_Y2024, code=_TT),
    _n(_prov, "tăng 19,48 điểm", "19,48", "%", CH, code=ANY),
    _n(_prov, "đạt 89,64%", "89,64%", "%", code=_SH),
    _n(_prov, "đạt 41,28%", "41,28%", "%", code=_TSD),
    _n(_prov, "Tiếp nhận 2.846 phản ánh", "2.846", "PAKN", C, code=_PAKN_TN),
    _n(_prov, "xử lý 2.812 PAKN", "2.812", "PAKN", C, code=ANY),
    _n(_prov, "đạt 98,81%", "98,81%", "%", code=ANY),
    # b) level-2 accounts, communes above a threshold
    _n(_prov, "có 2.418.637 tài khoản", "2.418.637", "tài khoản", C, code=ANY),
    F("; 64/102 xã", "64/102", 64, "xã", C, max_value=102, code=None, **_IN_XA),
    F("từ 90% trở lên", "90%", 90, "%", T, code=ANY, **_OPEN),
    # b) level-2 share against the year's target, two communes
    _n(_prov, "đạt 88,42%", "88,42%", "%", code=_TK, target=90, stated_status="chưa đạt"),
    _n(_prov, "năm 2025 là 90%", "90%", "%", T, code=_TK),
    F("Tháp Mười (76,18%)", "76,18%", 76.18, "%", subject="xã Tháp Mười", level="xã", code=_TK),
    F("Gáo Giồng (78,04%)", "78,04%", 78.04, "%", subject="xã Gáo Giồng", level="xã", code=_TK),
    # c) signed shares by level, documents, LGSP, look-ups (the system and platforms: no body)
    F("tương ứng là 99,71%", "99,71%", 99.71, "%", code=_KY, **_CAP_TINH),
    F("và 96,84%", "96,84%", 96.84, "%", code=_KY, **_CAP_XA),
    F("; 2.918.466 văn bản", "2.918.466", 2918466, "văn bản", C, code=ANY, **_OPEN),
    F("tăng 412.318 văn bản", "412.318", 412318, "văn bản", CH, code=ANY, **_OPEN),
    _n(_prov, "Tổ chức 312 cuộc họp", "312", "cuộc họp", C, code=None),
    _n(_prov, "trong đó 86 cuộc họp", "86", "cuộc họp", C, code=None),
    _n(_prov, "cấp mới 3.126 chứng thư", "3.126", "chứng thư", C, code=ANY),
    _n(_prov, "lên 28.614 chứng thư", "28.614", "chứng thư", C, code=ANY),
    F("hiện 5.846.212 giao dịch", "5.846.212", 5846212, "giao dịch", C, code=ANY, **_OPEN),
    F("cư 1.812.406 lượt", "1.812.406", 1812406, "lượt", C, code=ANY, **_OPEN),
    # d) the 766, six groups, block averages, grades
    _prov("đạt 84,36/100", "84,36/100", 84.36, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 15/34", "15/34", 15, "hạng", R, max_value=34, code=_HANG),
    *_groups([("minh bạch: 17,12/18", "17,12/18"), ("giải quyết: 19,46/20", "19,46/20"),
              ("trực tuyến: 9,18/12", "9,18/12"), ("trực tuyến: 7,84/10", "7,84/10"),
              ("hồ sơ: 15,24/22", "15,24/22"), ("hài lòng: 15,52/18", "15,52/18")]),
    F("ngành là 89,46 điểm", "89,46", 89.46, "điểm", code=ANY, **_IN_TINH),
    F("phường là 80,18 điểm", "80,18", 80.18, "điểm", code=ANY, **_IN_XA),
    F("Tốt 24 đơn vị", "24", 24, "đơn vị", C, code=None, **_IN_XA),
    F("Khá 51 đơn vị", "51", 51, "đơn vị", C, code=None, **_IN_XA),
    F("Trung bình 22 đơn vị", "22", 22, "đơn vị", C, code=None, **_IN_XA),
    F("Yếu 05 đơn vị", "05", 5, "đơn vị", C, code=None, **_IN_XA),
    F("(dưới 70 điểm)", "70", 70, "điểm", T, code=ANY, **_OPEN),
    F("với 91,46 điểm", "91,46", 91.46, "điểm", subject="Phường Mỹ Tho", level="xã", code=ANY),
    F("với 68,12 điểm", "68,12", 68.12, "điểm", subject="xã Tân Hồng", level="xã", code=ANY),
    F("Có 03/21 sở", "03/21", 3, "đơn vị", C, max_value=21, code=None, **_IN_TINH),
    # 2. the province's targets of 2026, task targets, the communes repeated
    _n(_prov, "toàn tỉnh là 80%", "80%", "%", T, as_of=_Y2026, code=_NOP),
    _n(_prov, "trực tuyến là 85%", "85%", "%", T, as_of=_Y2026, code=_TT),
    F("khoảng 42.000 công dân", "42.000", 42000, "công dân", T, as_of="2026-03-31", code=ANY, **_OPEN),
    F("tối thiểu 90%", "90%", 90, "%", T, as_of="2026-03-31", code=_TK, **_IN_XA),
    F("dẫn 05 xã", "05", 5, "xã", C, code=None, **_IN_XA),
    F("tối thiểu 98%", "98%", 98, "%", T, as_of="2026-06-30", code=_KY, **_IN_XA),
]

BLIND = {"835": BLIND_835, "836": BLIND_836, "837": BLIND_837, "838": BLIND_838, "839": BLIND_839}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "835": [
        ("2026-03-31", "day", "31/3/2026", "làm sạch dữ liệu dân cư", "Công an tỉnh"),
        ("2026-04-15", "day", "ngày mười lăm tháng 4 năm 2026", "nâng cấp Nền tảng LGSP", "Sở Khoa học và Công nghệ"),
        ("2026-06-30", "month", "tháng 6/2026", "chứng thư số", "Sở Nội vụ"),
        ("2026-09-30", "quarter", "quý III năm 2026", "hồ sơ công việc", "UBND các xã, phường"),
        ("2026-12-31", "year", "năm 2026", "phòng họp không giấy tờ", "Văn phòng UBND tỉnh"),
        # issued 12/01/2026, before the 20th: the first "ngày 20 hằng tháng" is 20/01/2026
        ("2026-01-20", "recurring", "20 hằng tháng", "báo cáo kết quả chuyển đổi số",
         "Các sở, ban, ngành và UBND các xã, phường"),
    ],
    "836": [
        ("2026-02-28", "day", "28/02/2026", "Kho dữ liệu dùng chung", "Phòng Chuyển đổi số"),
        ("2026-03-31", "day", "ngày ba mươi mốt tháng 3 năm 2026", "chứng thư số",
         "Trung tâm Công nghệ thông tin và Truyền thông"),
        ("2026-06-30", "quarter", "quý II năm 2026", "hồ sơ công việc", "UBND các xã"),
        ("2026-05-31", "month", "tháng 5/2026", "tập huấn ký số", "Văn phòng Sở"),
        # issued 09/01/2026, after the 5th: the first "ngày 05 hằng tháng" is 05/02/2026
        ("2026-02-05", "recurring", "05 hằng tháng", "số liệu giao dịch LGSP", "Các phòng, đơn vị thuộc Sở"),
    ],
    "837": [
        ("2026-06-30", "day", "30/6/2026", "tài khoản định danh điện tử", "Công an thành phố"),
        ("2026-04-30", "day", "ngày ba mươi tháng 4 năm 2026", "nâng cấp Nền tảng LGSP", "Sở Khoa học và Công nghệ"),
        ("2026-03-31", "month", "tháng 3/2026", "chứng thư số", "Sở Nội vụ"),
        ("2026-09-30", "quarter", "quý III năm 2026", "hồ sơ công việc", "UBND các xã, phường, đặc khu"),
        ("2026-06-30", "quarter", "quý II năm 2026", "thanh toán trực tuyến",
         "Trung tâm Phục vụ hành chính công thành phố"),
        ("2026-12-31", "year", "năm 2026", "họp không giấy tờ", "Văn phòng UBND thành phố"),
        # issued 15/01/2026, before the 25th: the first "ngày 25 hằng tháng" is 25/01/2026
        ("2026-01-25", "recurring", "25 hằng tháng", "báo cáo kết quả thực hiện Kế hoạch",
         "Các sở, ban, ngành và UBND các xã, phường, đặc khu"),
    ],
    "838": [
        ("2026-03-31", "day", "31/3/2026", "kích hoạt tài khoản định danh", "Công an phường"),
        ("2026-02-20", "day", "ngày hai mươi tháng 02 năm 2026", "chứng thư số", "Văn phòng HĐND và UBND phường"),
        ("2026-06-30", "quarter", "quý II năm 2026", "thanh toán trực tuyến", "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2026-09-30", "month", "tháng 9/2026", "số hóa", "Trung tâm Phục vụ hành chính công phường"),
        # issued 07/01/2026, before the 25th: the first "ngày 25 hằng tháng" is 25/01/2026
        ("2026-01-25", "recurring", "25 hằng tháng", "báo cáo kết quả hỗ trợ", "Các tổ công nghệ số cộng đồng"),
    ],
    "839": [
        ("2026-02-27", "day", "27/02/2026", "Kho dữ liệu dùng chung", "Sở Khoa học và Công nghệ"),
        ("2026-03-31", "day", "ngày ba mươi mốt tháng 3 năm 2026", "tài khoản định danh điện tử", "Công an tỉnh"),
        ("2026-04-30", "month", "tháng 4/2026", "thanh toán trực tuyến", "Sở Tài chính"),
        ("2026-06-30", "quarter", "quý II năm 2026", "ký số", "UBND các xã, phường"),
        ("2026-12-31", "quarter", "quý IV năm 2026", "đánh giá kết quả", "Văn phòng UBND tỉnh"),
        # issued 14/01/2026, before the 18th: the first "ngày 18 hằng tháng" is 18/01/2026
        ("2026-01-18", "recurring", "18 hằng tháng", "báo cáo kết quả", "Các sở, ban, ngành và UBND các xã, phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind148.py's META).
META = {
    "835": {"doc_number": "28/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-01-12",
            "province": "Điện Biên", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Lò Văn Cương"},
    "836": {"doc_number": "46/BC-SKHCN", "doc_type": "Báo cáo", "issued_date": "2026-01-09",
            "province": "Gia Lai", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Đinh Thị Thu Hà"},
    "837": {"doc_number": "21/KH-UBND", "doc_type": "Kế hoạch", "issued_date": "2026-01-15",
            "province": "Hải Phòng", "period_label": "năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-12-31", "signer": "Nguyễn Minh Hùng"},
    "838": {"doc_number": "09/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-01-07",
            "province": "Lai Châu", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Vàng Thị Mai"},
    "839": {"doc_number": "162/UBND-KSTT", "doc_type": "Công văn", "issued_date": "2026-01-14",
            "province": "Đồng Tháp", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Huỳnh Minh Tuấn"},
}
