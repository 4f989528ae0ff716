"""Blind golden facts for corpus/blind148/815_lang_son.txt, 816_quang_ninh.txt, 817_cao_bang.txt, 818_tuyen_quang.txt
and 819_ha_tinh.txt.

The five documents were written by the developers for a hundred-and-forty-eighth blind measurement (SECTOR AGENCIES'
ONLINE SERVICES IN 2025: a Bảo hiểm xã hội tỉnh's quarter on e-transactions, VssID accounts, health-insurance cards
checked by chip ID and cashless pensions with a Markdown table by Bảo hiểm xã hội cơ sở; a Thuế tỉnh's month on
e-filing, e-payment, e-invoices, e-refunds and tax procedures with a tab-separated table by Thuế cơ sở; a Công an
tỉnh's year on online residence, vehicle registration, driving licences and traffic fines paid online; a Bưu điện
tỉnh's month on files received and results returned by post with a Markdown table by receiving body and the
province's 766 index; a regional Kho bạc Nhà nước's Công văn on its online services, budget revenue collected
electronically and public investment disbursed; provinces Lạng Sơn, Quảng Ninh, Cao Bằng and Hà Tĩnh, unchanged by
the 1 July 2025 merger, and Tuyên Quang, merged with Hà Giang; periods quý III năm 2025, tháng 10 năm 2025, năm
2025, tháng 11 năm 2025 and năm 2025; not real documents), and every row below was written by reading them, before
any extraction, restoration or pipeline code was run on them. They also serve as held-out text for diacritic
restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind144.py, blind143.py, blind142.py, blind141.py and blind13.py: rows use
`golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose and
list counts are kind `count`; table cells are kind `value` even when they count, with `extra={"source": "table"}`;
`as_of="period"` is the period's end; a previous month, quarter, half-year or year in brackets is kind previous dated
at its end (a previous 766 total with the maximum 100 of the current one); a change is dated with the figure it
changes and a fall ("giảm", "rút ngắn", "thấp hơn") is negative; a change in "điểm phần trăm" is kind change in `%`
with the number alone as raw; a change of a 766 score or rank carries the score's or rank's code, of a count, share,
amount or duration none. `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None`
where it clearly names none: counts of bodies, communes, staff, post offices, decisions, sessions). Counts of local
units take the unit of their first unit word ("65 xã, phường", "124 xã, phường", "56/56 xã, phường", "28 xã", "18
xã" → `xã`); counts of "đơn vị" → `đơn vị` at the level of the bodies counted ("41/56 đơn vị Công an cấp xã" level
xã; "08 đơn vị Bảo hiểm xã hội cơ sở" level tỉnh; employers and budget-spending units, which are no level of
government, level unchecked); "56 đơn vị hành chính cấp xã (53 xã, 03 phường)" → `cấp xã` and its parts.

Subjects. A figure stated for the whole province ("Toàn tỉnh …", "toàn tỉnh có …", "Trên địa bàn …", "trên địa bàn
tỉnh có …", "Tổng thu ngân sách nhà nước trên địa bàn tỉnh", "Giải ngân vốn đầu tư công của tỉnh", "tỉnh Tuyên
Quang đạt") has subject NULL, even in a sector agency's report. A provincial body's own figures naming no body are
the body by its kind, the province being the document's: `Bảo hiểm xã hội tỉnh` (815, also where the sentence says
so), `Thuế tỉnh` (816, also "Thuế tỉnh đã cấp mã"), `Công an tỉnh` (817, where the sentence names it and in the
sentences that follow it), `Bưu điện tỉnh` (818); level tỉnh. The regional treasury of 819 has no provincial kind
name: its own figures are `Kho bạc Nhà nước khu vực X` as its header and its sentence name it (level tỉnh: a body
above the communes serving the province). A sentence or a row naming a body keeps the name as written ("Công an các
xã, phường" level xã, "Công an cấp xã" level xã, "Công an xã Bảo Lâm" level xã, "Phòng Cảnh sát giao thông" level
tỉnh, "Công an tỉnh", "Sở Tư pháp", "UBND các xã, phường" level xã, "Phòng Kiểm soát chi" level tỉnh); a unit of a
provincial body serving an area keeps its name as written at level tỉnh (as golden/blind144.py's 796 branches:
"Bảo hiểm xã hội cơ sở Đông Kinh", "Thuế cơ sở 1 tỉnh Quảng Ninh", "Phòng Giao dịch khu vực Hồng Lĩnh"). Block
averages and fields have subject unchecked.

Things counted take the noun as written: `tờ khai`, `doanh nghiệp`, `giao dịch`, `người nộp thuế`, `hóa đơn`, `hộ`
(for "hộ, cá nhân kinh doanh", the first noun), `lượt`, `cơ sở`, `người`, `phiếu`, `phương tiện`, `chiếc`,
`trường hợp`, `xe mô tô` (for "xe mô tô, xe gắn máy"), `xe ô tô`, `giấy phép lái xe`, `kỳ sát hạch`, `thí sinh`,
`quyết định`, `thông báo`, `tài khoản`, `nhân viên`, `bưu cục`, `kết quả` (results returned), `chứng từ`, `khoản
chi`; "phản ánh, kiến nghị" `PAKN`; money keeps the unit written (`tỷ đồng`, `triệu đồng`); durations `ngày`.
Counts in "triệu" keep the word in the raw and are scaled ("18,46 triệu hóa đơn" → 18460000). A count of the files
an indicator is computed on carries that indicator's code (received, online, on time, overdue; overdue files of one
field the overdue code); a sector's own e-transactions, e-declarations, invoices, payments, refunds, accounts,
checks, results returned and money have their code unchecked; the share of citizens from 14 with a level-2 identity
account `tai_khoan_dinh_danh`. Thresholds in a description ("(dưới 60%)", "có doanh thu từ 1 tỷ đồng trở lên") are kind
target, subject unchecked; task targets and task quantities ("đôn đốc 28 đơn vị", "hướng dẫn 286 hộ", "đôn đốc 32
doanh nghiệp") are kind target dated at their task's deadline (as golden/blind144.py).

Dates, document numbers and cited texts ("Số: 1846/BC-BHXH", "Công văn số 2318/BHXH-CNTT", "Kế hoạch số 142/KH-UBND",
"Quyết định số 1377/QĐ-BTC", "Kế hoạch số 218/KH-UBND", "Quyết định số 45/2016/QĐ-TTg", "Công văn số 1864/UBND-KSTT",
"Số: 86/KBX-KSC", "Công văn số 4126/UBND-KSTT"), stated windows and data dates ("từ ngày 01/7/2025 đến ngày 30/9/2025",
"Từ ngày 01/7/2025", "Lũy kế đến ngày 30/9/2025", "Lũy kế đến ngày 31/10/2025", "Từ ngày 01/3/2025"), months, quarters
and years naming a result, a bracket or a comparison ("tháng 11/2025", "so với năm 2024", "so với 6 tháng đầu năm
2025"), "Bộ chỉ số 766", "Tổng đài 1900.9068", "eTax Mobile", numbers inside names ("Thuế cơ sở 1 tỉnh Quảng Ninh" …
"Thuế cơ sở 6", "Kho bạc Nhà nước khu vực X", "PC06"), "Bảng 1.", "mức 2", ages ("từ đủ 14 tuổi"), the half-year's name
in "so với 6 tháng đầu năm 2025", section and item numbering ("I.", "1.", "- "), STT cells, addresses ("số 2 đường Hùng
Vương", "số 636 đường Nguyễn Văn Cừ", "số 05 đường Phan Đình Phùng"), phone numbers ("0205.3812.546", "0203.3835.612",
"0206.3852.614", "0239.3855.248"), headings naming the next period ("IV. NHIỆM VỤ QUÝ IV NĂM 2025", "III. NHIỆM VỤ THÁNG
11 NĂM 2025", "IV. NHIỆM VỤ NĂM 2026", "IV. NHIỆM VỤ THÁNG 12 NĂM 2025", "6. Kiến nghị và nhiệm vụ năm 2026": no
deadlines), numbers in words ("hai đơn vị", "ba xã", the days of "ngày mười lăm tháng 11", "ngày ba mươi tháng 11",
"ngày ba mươi mốt tháng 3", "ngày hai mươi tháng 12", "ngày mười lăm tháng 02") and years are not figures.

New in this set (the decisions are written here):
- A SECTOR AGENCY REPORTING BOTH ITS OWN WORK AND THE PROVINCE: 815's "Toàn tỉnh có 4.126 đơn vị sử dụng lao động
  với 98.412 người …" and "toàn tỉnh có 512.846 tài khoản VssID" are the province's (NULL) while "Trong quý, tiếp nhận
  và giải quyết 186.412 hồ sơ giao dịch điện tử" is the Bảo hiểm xã hội tỉnh's; 817's "Toàn tỉnh đăng ký mới …",
  "Toàn tỉnh ban hành 18.612 quyết định xử phạt" NULL, "Công an tỉnh đã cấp đổi … 8.412 giấy phép lái xe" and the
  Bộ Công an's ranking of the Công an tỉnh `Công an tỉnh`; 819's revenue "trên địa bàn tỉnh" and the province's
  disbursement NULL, the treasury's files, vouchers and refusals its own.
- A TABLE WHOSE TOTAL ROW MIXES SUBJECTS (815 "Tổng cộng": its files are the Bảo hiểm xã hội tỉnh's 186.412, its
  VssID accounts the province's 512.846): subject and level unchecked. 816's "Cộng" adds the six Thuế cơ sở only (the
  provincial office's own declarations are not in it): subject unchecked, level tỉnh. 818's "Cộng" is the Bưu điện
  tỉnh's own total (its 6.846, 12.418 and 96,33 repeat the prose).
- VSSID ACCOUNTS AND CHIP-ID CHECKS (815): `tài khoản` and `lượt`, code unchecked (not `tai_khoan_dinh_danh`, which
  is the VNeID identity account); the checks and "42/42 cơ sở" of "Các cơ sở khám bệnh, chữa bệnh" subject and level
  unchecked (facilities, not a body); the share of pensions paid into accounts "68,42% … So với chỉ tiêu Bảo hiểm xã
  hội Việt Nam giao năm 2025 là 70% thì chưa đạt chỉ tiêu" carries target 70, "chưa đạt" (the target dated
  2025-12-31, after the quarter).
- TAX FIGURES (816): declarations `tờ khai`, e-payments `tỷ đồng`, transactions `giao dịch`, invoices in "triệu"
  scaled, taxpayers `người nộp thuế`, households `hộ`; "Bộ phận một cửa tiếp nhận 24.618 hồ sơ …" the tax office's
  one-stop shop named by its kind: subject unchecked, level tỉnh (as golden/blind141.py's 784 reads a centre named by
  its kind), with the received, online, on-time and overdue codes; "Có 4.126 hộ, cá nhân kinh doanh sử dụng hóa đơn …"
  names neither the province nor the body: subject and level unchecked.
- VEHICLES, LICENCES AND FINES (817): "26.464 phương tiện (xe mô tô, xe gắn máy 24.318 chiếc; xe ô tô 2.146 chiếc)"
  units `phương tiện`, `chiếc`; "rút ngắn 1,5 ngày so với quy định" a negative change in `ngày` against the rule (as
  golden/blind143.py's 793 "dài hơn 2,4 ngày so với quy định"); the fines' decisions `quyết định` code None and the
  share paid online code unchecked; "xếp thứ 9/34 … năm 2025" the year's rank at the period end, "(xếp thứ 13/34)" of
  "6 tháng đầu năm 2025" previous dated 2025-06-30; "Hệ thống camera giám sát phát hiện 4.126 trường hợp" (a system is
  no body: subject and level unchecked).
- POSTAL RESULTS (818): results returned `kết quả`; "hỗ trợ người dân nộp 9.214 hồ sơ trực tuyến, chiếm 21,46% số
  hồ sơ trực tuyến của cấp xã (42.936 hồ sơ)": the 9.214 and the share the Bưu điện tỉnh's (code unchecked), the
  42.936 `cấp xã`'s online files (online code); "(177 kết quả)" the Công an tỉnh's late results.
- A REGIONAL TREASURY'S CÔNG VĂN (819, doc_type "Công văn", a "V/v" line, addressed to UBND tỉnh Hà Tĩnh, the place
  "Hà Tĩnh"): the province is Hà Tĩnh; "giảm 28 đơn vị" a negative change of the units trading (level unchecked);
  four "Phòng Giao dịch khu vực …" in a dash list "…: 24.318 hồ sơ, tỷ lệ đúng hạn 99,96%;" (the on-time code); "bằng
  92,46% kế hoạch vốn; so với chỉ tiêu UBND tỉnh giao năm 2025 là 95% thì chưa đạt chỉ tiêu" the province's
  disbursement share with target 95 "chưa đạt".

Per document:
- 815 is a quarterly Báo cáo of the Bảo hiểm xã hội tỉnh Lạng Sơn (header "BẢO HIỂM XÃ HỘI VIỆT NAM / BẢO HIỂM XÃ
  HỘI TỈNH LẠNG SƠN", number "1846/BC-BHXH", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC") to Bảo hiểm xã hội Việt Nam and
  UBND tỉnh, quý III năm 2025, issued 08/10/2025. Five deadlines in numbered items: day (with the quantity "28 đơn
  vị"), quarter (with the units' target "tối thiểu 70%": subject unchecked, level tỉnh), "chậm nhất ngày mười lăm
  tháng 11 năm 2025", month in a request "Đề nghị Sở Y tế …", "trước ngày 20 hằng tháng" (issued 08/10/2025: first
  20/10/2025).
- 816 is a monthly Báo cáo of Thuế tỉnh Quảng Ninh (header "CỤC THUẾ / THUẾ TỈNH QUẢNG NINH", number "2418/BC-TQNI",
  signed "KT. TRƯỞNG THUẾ TỈNH / PHÓ TRƯỞNG THUẾ TỈNH"), tháng 10 năm 2025, issued 05/11/2025. Its tab-separated table
  by Thuế cơ sở (declarations, on-time share with a "100" cell, households using cash-register invoices), the highest
  and lowest in prose and the lowest's gap "thấp hơn bình quân các Thuế cơ sở 2,80 điểm phần trăm" (negative). Task 3's
  "tối thiểu 99%" (the e-payment share; subject unchecked, level tỉnh, 2025-12-31). Five deadlines: day for two named
  Thuế cơ sở (with "286 hộ"), "chậm nhất ngày ba mươi tháng 11 năm 2025" (with "32 doanh nghiệp"), quarter (with the
  target), month, "trước ngày 03 hằng tháng" (issued 05/11/2025, after the 3rd: first 03/12/2025).
- 817 is an annual Báo cáo of the Công an tỉnh Cao Bằng (header "BỘ CÔNG AN / CÔNG AN TỈNH CAO BẰNG", number
  "96/BC-CAT-PC06", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Đại tá Nông Đức Thắng") to UBND tỉnh, năm 2025, issued
  09/01/2026. Residence files of "Công an các xã, phường" with "(năm 2024: 88,46%)" (previous 2024-12-31), the two
  lowest commune police in brackets; level-2 accounts against "chỉ tiêu năm 2025 là 90%" "chưa đạt"; grades of the
  commune police and block averages (level xã). Six deadlines in numbered items: day, "chậm nhất ngày ba mươi mốt
  tháng 3 năm 2026" for two named commune police (with their "tối thiểu 90%", level xã, 2026-03-31), quarter (with
  "tối thiểu 70%", subject and level unchecked, 2026-06-30), month and year in requests "Đề nghị Sở Khoa học và Công
  nghệ …", "Đề nghị Bưu điện tỉnh Cao Bằng …", "trước ngày 22 hằng tháng" (issued 09/01/2026: first 22/01/2026).
- 818 is a monthly Báo cáo of the Bưu điện tỉnh Tuyên Quang (header "TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM / BƯU ĐIỆN TỈNH
  TUYÊN QUANG", number "612/BC-BĐTQ", signed "GIÁM ĐỐC") to UBND tỉnh, tháng 11 năm 2025, issued 04/12/2025. Files
  "6.846 hồ sơ … (tháng 10/2025: 6.214 hồ sơ), tăng 632 hồ sơ, tương ứng tăng 10,17%" and their two parts; results;
  "2.418,6 triệu đồng"; the Markdown table by receiving body ("Công an tỉnh", three Sở, "Bảo hiểm xã hội tỉnh",
  "UBND các xã, phường" level xã, "Cộng" the Bưu điện tỉnh); the province's 766 of tháng 11/2025 `81,64/100`, `23/34`
  "(tháng 10/2025: 80,92 điểm, xếp thứ 25/34), tăng 0,72 điểm và tăng 2 bậc" and six groups as a dash list "- Công
  khai, minh bạch: 16,86/18 điểm;". Task 1's "tối thiểu 98%" the area post offices' target (subject unchecked, level
  tỉnh, 2025-12-31). Five deadlines: month (with the target), day, "chậm nhất ngày hai mươi tháng 12 năm 2025" in a
  request to two named communes, quarter in a request "Đề nghị Sở Khoa học và Công nghệ …", "trước ngày 28 hằng
  tháng" (issued 04/12/2025: first 28/12/2025).
- 819 is the Công văn of the Kho bạc Nhà nước khu vực X (header "KHO BẠC NHÀ NƯỚC / KHO BẠC NHÀ NƯỚC KHU VỰC X",
  number "86/KBX-KSC", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"), năm 2025, issued 12/01/2026. "(năm 2024: 3.246 đơn vị)"
  and "(năm 2024: 96,42%)" previous values dated 2024-12-31. The last dash task's "tối thiểu 99,9%" the Phòng Giao
  dịch's target (subject unchecked, level tỉnh, 2026-12-31). Six deadlines in dash items: day in a request "Đề nghị Sở
  Tài chính …", "chậm nhất ngày mười lăm tháng 02 năm 2026" in a request "Đề nghị UBND các xã, phường …", quarter,
  month, year (with the target), "trước ngày 10 hằng tháng" (issued 12/01/2026, after the 10th: first 10/02/2026).

Unsure readings (fields left `ANY`, or decided and written here): the subject of the regional treasury's own figures
(decided: its name as written, `Kho bạc Nhà nước khu vực X`, level tỉnh; no provincial kind name exists for it);
the level of units of a provincial body serving an area (Bảo hiểm xã hội cơ sở, Thuế cơ sở, Phòng Giao dịch; decided:
tỉnh, as golden/blind144.py's 796); the subject of 816's one-stop shop and of its households using cash-register
invoices (unchecked); the unit of "21.846 xe mô tô, xe gắn máy" and "2.146 xe ô tô" (decided: the noun as written,
`xe mô tô`, `xe ô tô`) and of "46 kỳ sát hạch" (`kỳ sát hạch`); whose 816 "412.618 giao dịch nộp thuế điện tử" are
(decided: the Thuế tỉnh's, the body's own result as the sentence before); the subject of 815's employers counted and
of 819's budget-spending units (unchecked: not a level of government, neither the province as a whole nor the body);
the level of the total rows (815 unchecked, 816 tỉnh).
"""

from __future__ import annotations

from golden.facts import (
    _DH,
    _NOP,
    _QH,
    _TK,
    _TN,
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
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_XA = {"subject": ANY, "level": "xã"}
_CAP_XA = {"subject": "cấp xã", "level": "xã"}
_Y2024 = "2024-12-31"
_Y2025 = "2025-12-31"

# A numeric cell: (raw, unit, code).
Cell = tuple[str, str, object]


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
    """The numeric cells of one table row written as `line`, left to right (kind value, source table). A cell's
    context is the separator before it, the rest of its row and the start of the next line (`after`)."""
    facts, at = [], 0
    for raw, unit, code in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw), unit, P, code=code, extra=TAB, **who))
        at += len(sep)
    return facts


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


def _table(rows: list[tuple[str, ...]], markdown: bool, units: list[str], who_of, last_after: str) -> list[Fact]:
    """Every numeric cell of a table given as rows (STT, name, cells...), Markdown or tab-separated; `who_of(name)`
    gives the subject and level of a row; cells have their code unchecked."""
    facts = []
    for i, row in enumerate(rows):
        if markdown:
            line, sep = _md_line(row), " | "
            after = _md_line(rows[i + 1][:2]) if i + 1 < len(rows) else last_after
        else:
            line, sep = "\t".join(row), "\t"
            after = "\t".join(rows[i + 1][:2]) if i + 1 < len(rows) else last_after
        cells = [(raw, unit, ANY) for raw, unit in zip(row[2:], units, strict=True)]
        facts += _cells(line, sep, after, who_of(row[1]), cells)
    return facts


def _by(subject: str | None, level: str | None):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


_prov = _by(None, None)


def _n(make, context: str, raw: str, unit: str, kind: str = P, **kw) -> Fact:
    """A row whose value is the number as written (`1.846` → 1846, `68,42%` → 68.42; of `44/46` the first)."""
    return make(context, raw, _num(raw.split("/")[0]), unit, kind, **kw)


# ------------------------------------------------------------ 815: Bảo hiểm xã hội tỉnh Lạng Sơn, quý III năm 2025
# (a Markdown table by Bảo hiểm xã hội cơ sở with a total row mixing subjects)
_bh = _by("Bảo hiểm xã hội tỉnh", "tỉnh")
_Q2_2025 = "2025-06-30"
_BASES_815 = [
    ("1", "Bảo hiểm xã hội cơ sở Đông Kinh", "42.618", "128.412", "82,46"),
    ("2", "Bảo hiểm xã hội cơ sở Cao Lộc", "21.846", "56.218", "66,18"),
    ("3", "Bảo hiểm xã hội cơ sở Hữu Lũng", "24.312", "64.846", "71,24"),
    ("4", "Bảo hiểm xã hội cơ sở Chi Lăng", "19.784", "52.314", "64,12"),
    ("5", "Bảo hiểm xã hội cơ sở Lộc Bình", "22.416", "61.428", "69,84"),
    ("6", "Bảo hiểm xã hội cơ sở Tràng Định", "18.206", "48.612", "58,46"),
    ("7", "Bảo hiểm xã hội cơ sở Bắc Sơn", "20.384", "53.846", "61,38"),
    ("8", "Bảo hiểm xã hội cơ sở Bình Gia", "16.846", "47.170", "55,72"),
    ("", "Tổng cộng", "186.412", "512.846", "68,42"),
]


def _who_815(name: str) -> dict:
    """Each Bảo hiểm xã hội cơ sở as written (level tỉnh); the total row mixes the body's files and the province's
    accounts (unchecked)."""
    return _OPEN if name == "Tổng cộng" else {"subject": name, "level": "tỉnh"}


BLIND_815 = [
    # I. the body's units, the communes served, the province's employers, insured and coverage
    F("với 08 đơn vị", "08", 8, "đơn vị", C, code=None, **_IN_TINH),
    F("phục vụ 65 xã", "65", 65, "xã", C, code=None, **_IN_XA),
    F("có 4.126 đơn vị", "4.126", 4126, "đơn vị", C, subject=None, level=ANY, code=None),
    _n(_prov, "với 98.412 người", "98.412", "người", C, code=ANY),
    _n(_prov, "là 768.214 người", "768.214", "người", C, code=ANY),
    _n(_prov, "đạt 93,86%", "93,86%", "%", code=ANY),
    # II.1 e-transactions (quý II in brackets), employers trading online, on time, overdue with one field's
    _n(_bh, "giải quyết 186.412 hồ sơ", "186.412", "hồ sơ", C, code=ANY),
    _n(_bh, "(quý II năm 2025: 172.846 hồ sơ)", "172.846", "hồ sơ", PR, as_of=_Q2_2025, code=ANY),
    _n(_bh, "tăng 13.566 hồ sơ", "13.566", "hồ sơ", CH, code=ANY),
    _n(_bh, "tăng 7,85%", "7,85%", "%", CH, code=ANY),
    _n(_bh, "là 124.618 hồ sơ", "124.618", "hồ sơ", C, code=ANY),
    _n(_bh, "là 61.794 hồ sơ", "61.794", "hồ sơ", C, code=ANY),
    F("Có 4.098/4.126", "4.098/4.126", 4098, "đơn vị", C, max_value=4126, code=None, **_OPEN),
    F("đạt 99,32%", "99,32%", 99.32, "%", code=ANY, **_OPEN),
    _n(_bh, "đạt 99,86%", "99,86%", "%", code=_DH),
    _n(_bh, "còn 261 hồ sơ", "261", "hồ sơ", C, code=_QH),
    F("(184 hồ sơ)", "184", 184, "hồ sơ", C, code=_QH, **_IN_TINH),
    # II.2 online services
    _n(_bh, "cung cấp 27 TTHC", "27", "TTHC", C, code=ANY),
    _n(_bh, "tiếp nhận 38.264 hồ sơ", "38.264", "hồ sơ", C, code=_NOP),
    _n(_bh, "chiếm 82,46%", "82,46%", "%", code=_NOP),
    _n(_bh, "(46.404 hồ sơ)", "46.404", "hồ sơ", C, code=_TN),
    _n(_bh, "là 3.412 hồ sơ", "3.412", "hồ sơ", C, code=ANY),
    _n(_bh, "chiếm 71,28%", "71,28%", "%", code=ANY),
    # II.3 VssID accounts (30/6 in brackets), chip-ID checks by the facilities
    _n(_prov, "có 512.846 tài khoản", "512.846", "tài khoản", C, code=ANY),
    _n(_prov, "(ngày 30/6/2025: 486.218 tài khoản)", "486.218", "tài khoản", PR, as_of=_Q2_2025, code=ANY),
    _n(_prov, "tăng 26.628 tài khoản", "26.628", "tài khoản", CH, code=ANY),
    _n(_prov, "tương ứng 66,76%", "66,76%", "%", code=ANY),
    F("chip 1.246.318 lượt", "1.246.318", 1246318, "lượt", C, code=ANY, **_OPEN),
    F("chiếm 94,12%", "94,12%", 94.12, "%", code=ANY, **_OPEN),
    F("có 42/42 cơ sở", "42/42", 42, "cơ sở", C, max_value=42, code=None, **_OPEN),
    F("đạt 100%", "100%", 100, "%", code=ANY, **_OPEN),
    # II.4 cashless payments against the year's target
    _n(_bh, "cho 21.846 người", "21.846", "người", C, code=ANY),
    _n(_bh, "chiếm 68,42%", "68,42%", "%", code=ANY, target=70, stated_status="chưa đạt"),
    _n(_bh, "(quý II năm 2025: 64,18%)", "64,18%", "%", PR, as_of=_Q2_2025, code=ANY),
    _n(_bh, "tăng 4,24 điểm", "4,24", "%", CH, code=ANY),
    _n(_bh, "là 486,72 tỷ đồng", "486,72", "tỷ đồng", code=ANY),
    _n(_bh, "năm 2025 là 70%", "70%", "%", T, as_of=_Y2025, code=ANY),
    _n(_bh, "đạt 99,64%", "99,64%", "%", code=ANY),
    _n(_bh, "tương ứng 62,18 tỷ đồng", "62,18", "tỷ đồng", code=ANY),
    *_table(_BASES_815, True, ["hồ sơ", "tài khoản", "%"], _who_815, ""),
    # II.5 PAKN and the survey
    _n(_bh, "Tiếp nhận 46 phản ánh", "46", "PAKN", C, code=_PAKN_TN),
    _n(_bh, "44/46 PAKN", "44/46", "PAKN", C, max_value=46, code=ANY),
    _n(_bh, "đạt 95,65%", "95,65%", "%", code=ANY),
    _n(_bh, "còn 02 PAKN", "02", "PAKN", C, code=ANY),
    _n(_bh, "Khảo sát 2.146 phiếu", "2.146", "phiếu", C, code=ANY),
    _n(_bh, "đạt 97,48%", "97,48%", "%", code=ANY),
    # III. employers left, the threshold of two areas; IV. task quantity and the units' target
    F("Còn 28 đơn vị", "28", 28, "đơn vị", C, code=None, **_OPEN),
    F("(dưới 60%)", "60%", 60, "%", T, code=ANY, **_OPEN),
    F("đôn đốc 28 đơn vị", "28", 28, "đơn vị", T, as_of="2025-10-31", code=ANY, **_OPEN),
    F("tối thiểu 70%", "70%", 70, "%", T, as_of=_Y2025, code=ANY, **_IN_TINH),
]


# ------------------------------------------------------------ 816: Thuế tỉnh Quảng Ninh, tháng 10 năm 2025
# (a tab-separated table by Thuế cơ sở, names holding numbers)
_thue = _by("Thuế tỉnh", "tỉnh")
_SEP_2025 = "2025-09-30"
_BASES_816 = [
    ("1", "Thuế cơ sở 1 tỉnh Quảng Ninh", "12.846", "98,64", "1.246"),
    ("2", "Thuế cơ sở 2 tỉnh Quảng Ninh", "9.412", "97,86", "812"),
    ("3", "Thuế cơ sở 3 tỉnh Quảng Ninh", "7.618", "95,42", "618"),
    ("4", "Thuế cơ sở 4 tỉnh Quảng Ninh", "8.214", "98,12", "684"),
    ("5", "Thuế cơ sở 5 tỉnh Quảng Ninh", "6.318", "94,76", "412"),
    ("6", "Thuế cơ sở 6 tỉnh Quảng Ninh", "5.210", "100", "354"),
    ("", "Cộng", "49.618", "97,56", "4.126"),
]


def _who_816(name: str) -> dict:
    """Each Thuế cơ sở as written (level tỉnh); "Cộng" the six together (unchecked, level tỉnh)."""
    return _IN_TINH if name == "Cộng" else {"subject": name, "level": "tỉnh"}


BLIND_816 = [
    # 1. e-filing
    _n(_thue, "tiếp nhận 68.412 tờ khai", "68.412", "tờ khai", C, code=ANY),
    _n(_thue, "đạt 99,72%", "99,72%", "%", code=ANY),
    _n(_thue, "là 52.618 tờ khai", "52.618", "tờ khai", C, code=ANY),
    _n(_thue, "là 15.794 tờ khai", "15.794", "tờ khai", C, code=ANY),
    _n(_prov, "có 14.286/14.318", "14.286/14.318", "doanh nghiệp", C, max_value=14318, code=ANY),
    _n(_prov, "đạt 99,78%", "99,78%", "%", code=ANY),
    # 2. e-payment (September in brackets), transactions
    _n(_thue, "đạt 2.846,18 tỷ đồng", "2.846,18", "tỷ đồng", code=ANY),
    _n(_thue, "(tháng 9/2025: 2.612,40 tỷ đồng)", "2.612,40", "tỷ đồng", PR, as_of=_SEP_2025, code=ANY),
    _n(_thue, "tăng 233,78 tỷ đồng", "233,78", "tỷ đồng", CH, code=ANY),
    _n(_thue, "chiếm 98,46%", "98,46%", "%", code=ANY),
    _n(_thue, "Có 412.618 giao dịch", "412.618", "giao dịch", C, code=ANY),
    _n(_thue, "là 96.214 giao dịch", "96.214", "giao dịch", C, code=ANY),
    _n(_thue, "chiếm 23,32%", "23,32%", "%", code=ANY),
    # 3. e-invoices: the province's taxpayers, the body's codes issued (in "triệu"), households
    _n(_prov, "có 38.412 người nộp thuế", "38.412", "người nộp thuế", C, code=ANY),
    _n(_prov, "(ngày 30/9/2025: 37.846 người nộp thuế)", "37.846", "người nộp thuế", PR, as_of=_SEP_2025, code=ANY),
    _n(_prov, "tăng 566 người nộp thuế", "566", "người nộp thuế", CH, code=ANY),
    _thue("cho 18,46 triệu hóa đơn", "18,46 triệu", 18460000, "hóa đơn", C, code=ANY),
    _thue("(tháng 9/2025: 17,12 triệu hóa đơn)", "17,12 triệu", 17120000, "hóa đơn", PR, as_of=_SEP_2025, code=ANY),
    _thue("là 9,62 triệu hóa đơn", "9,62 triệu", 9620000, "hóa đơn", C, code=ANY),
    _n(_thue, "chiếm 52,11%", "52,11%", "%", code=ANY),
    F("Có 4.126 hộ", "4.126", 4126, "hộ", C, code=ANY, **_OPEN),
    F("tăng 318 hộ", "318", 318, "hộ", CH, code=ANY, **_OPEN),
    # 4. e-refunds, duration (September in brackets)
    _n(_thue, "Giải quyết 86 hồ sơ", "86", "hồ sơ", C, code=ANY),
    _n(_thue, "tiền 312,46 tỷ đồng", "312,46", "tỷ đồng", code=ANY),
    _n(_thue, "; 100% hồ sơ", "100%", "%", code=ANY),
    _n(_thue, "bình quân 4,2 ngày", "4,2", "ngày", code=ANY),
    _n(_thue, "(tháng 9/2025: 4,8 ngày)", "4,8", "ngày", PR, as_of=_SEP_2025, code=ANY),
    _thue("rút ngắn 0,6 ngày", "0,6", -0.6, "ngày", CH, code=ANY),
    # 5. the one-stop shop (named by its kind), survey, PAKN
    F("tiếp nhận 24.618 hồ sơ", "24.618", 24618, "hồ sơ", C, code=_TN, **_IN_TINH),
    F("trực tuyến 23.846 hồ sơ", "23.846", 23846, "hồ sơ", C, code=_NOP, **_IN_TINH),
    F("chiếm 96,86%", "96,86%", 96.86, "%", code=_NOP, **_IN_TINH),
    F("đúng hạn 24.502 hồ sơ", "24.502", 24502, "hồ sơ", C, code=_DH, **_IN_TINH),
    F("đạt 99,53%", "99,53%", 99.53, "%", code=_DH, **_IN_TINH),
    F("quá hạn 116 hồ sơ", "116", 116, "hồ sơ", C, code=_QH, **_IN_TINH),
    F("(74 hồ sơ)", "74", 74, "hồ sơ", C, code=_QH, **_IN_TINH),
    F("Khảo sát 1.214 lượt", "1.214", 1214, "lượt", C, code=ANY, **_IN_TINH),
    F("đạt 99,18%", "99,18%", 99.18, "%", code=ANY, **_IN_TINH),
    F("Tiếp nhận 38 phản ánh", "38", 38, "PAKN", C, code=_PAKN_TN, **_IN_TINH),
    F("38/38 PAKN", "38/38", 38, "PAKN", C, max_value=38, code=ANY, **_IN_TINH),
    # 6. the table, the highest and lowest in prose, the lowest's gap
    *_table(_BASES_816, False, ["tờ khai", "%", "hộ"], _who_816, ""),
    F("cao nhất (100%)", "100%", 100, "%", subject="Thuế cơ sở 6 tỉnh Quảng Ninh", level="tỉnh", code=ANY),
    F("Quảng Ninh (94,76%)", "94,76%", 94.76, "%", subject="Thuế cơ sở 5 tỉnh Quảng Ninh", level="tỉnh", code=ANY),
    F("các Thuế cơ sở 2,80 điểm", "2,80", -2.8, "%", CH, subject="Thuế cơ sở 5 tỉnh Quảng Ninh", level="tỉnh",
      code=ANY),
    # II. firms left, the revenue threshold; III. task quantities and the e-payment target
    F("Còn 32 doanh nghiệp", "32", 32, "doanh nghiệp", C, code=ANY, **_OPEN),
    F("từ 1 tỷ đồng trở lên", "1", 1, "tỷ đồng", T, code=ANY, **_OPEN),
    F("hướng dẫn 286 hộ", "286", 286, "hộ", T, as_of="2025-11-25", code=ANY, **_OPEN),
    F("đôn đốc 32 doanh nghiệp", "32", 32, "doanh nghiệp", T, as_of="2025-11-30", code=ANY, **_OPEN),
    F("tối thiểu 99%", "99%", 99, "%", T, as_of=_Y2025, code=ANY, **_IN_TINH),
]


# ------------------------------------------------------------ 817: Công an tỉnh Cao Bằng, năm 2025 (prose, dash lists)
_cat = _by("Công an tỉnh", "tỉnh")
_cax = _by("Công an các xã, phường", "xã")
_capxa_ca = _by("Công an cấp xã", "xã")

BLIND_817 = [
    # I. the communes after the merger, the police present in all of them
    F("có 56 đơn vị", "56", 56, "đơn vị", C, code=None, **_CAP_XA),
    F("(53 xã", "53", 53, "xã", C, code=None, **_IN_XA),
    F("03 phường)", "03", 3, "phường", C, code=None, **_IN_XA),
    F("tại 56/56 xã", "56/56", 56, "xã", C, max_value=56, code=None, **_IN_XA),
    # II.1 residence (2024 in brackets), the two lowest commune police
    _n(_cax, "tiếp nhận 48.612 hồ sơ", "48.612", "hồ sơ", C, code=_TN),
    _n(_cax, "trực tuyến 46.218 hồ sơ", "46.218", "hồ sơ", C, code=_NOP),
    _n(_cax, "chiếm 95,08%", "95,08%", "%", code=_NOP),
    _n(_cax, "(năm 2024: 88,46%)", "88,46%", "%", PR, as_of=_Y2024, code=_NOP),
    _n(_cax, "tăng 6,62 điểm", "6,62", "%", CH, code=ANY),
    _n(_cax, "tăng 3.412 hồ sơ", "3.412", "hồ sơ", CH, code=ANY),
    _n(_cax, "đạt 99,94%", "99,94%", "%", code=_DH),
    F("Bảo Lâm (78,46%)", "78,46%", 78.46, "%", subject="Công an xã Bảo Lâm", level="xã", code=_NOP),
    F("Hạ Lang (81,12%)", "81,12%", 81.12, "%", subject="Công an xã Hạ Lang", level="xã", code=_NOP),
    # II.1 identity cards and judicial records on VNeID (the Công an tỉnh's)
    _n(_cat, "thu nhận 31.246 hồ sơ", "31.246", "hồ sơ", C, code=ANY),
    _n(_cat, "trực tuyến 4.218 hồ sơ", "4.218", "hồ sơ", C, code=ANY),
    _n(_cat, "chiếm 13,50%", "13,50%", "%", code=ANY),
    _n(_cat, "trả 30.812 thẻ", "30.812", "thẻ", C, code=ANY),
    _n(_cat, "Tiếp nhận 6.412 yêu cầu", "6.412", "yêu cầu", C, code=ANY),
    _n(_cat, "chiếm 84,36%", "84,36%", "%", code=ANY),
    _n(_cat, "đạt 99,81%", "99,81%", "%", code=ANY),
    # II.2 vehicles: the province's, the commune police's motorbikes, the traffic police's cars
    _n(_prov, "đăng ký mới 26.464 phương tiện", "26.464", "phương tiện", C, code=ANY),
    _n(_prov, "gắn máy 24.318 chiếc", "24.318", "chiếc", C, code=ANY),
    _n(_prov, "ô tô 2.146 chiếc", "2.146", "chiếc", C, code=ANY),
    _n(_prov, "toàn trình 18.412 trường hợp", "18.412", "trường hợp", C, code=ANY),
    _n(_prov, "chiếm 69,57%", "69,57%", "%", code=ANY),
    _n(_capxa_ca, "đăng ký 21.846 xe", "21.846", "xe mô tô", C, code=ANY),
    _n(_capxa_ca, "chiếm 89,83%", "89,83%", "%", code=ANY),
    F("toàn bộ 2.146 xe", "2.146", 2146, "xe ô tô", C, subject="Phòng Cảnh sát giao thông", level="tỉnh", code=ANY),
    _n(_prov, "trực tuyến 3.218 trường hợp", "3.218", "trường hợp", C, code=ANY),
    _n(_prov, "tăng 1.146 trường hợp", "1.146", "trường hợp", CH, code=ANY),
    # II.3 driving licences and tests (the Công an tỉnh's)
    _n(_cat, "cấp lại 8.412 giấy phép", "8.412", "giấy phép lái xe", C, code=ANY),
    _n(_cat, "quốc gia 6.846 trường hợp", "6.846", "trường hợp", C, code=ANY),
    _n(_cat, "chiếm 81,38%", "81,38%", "%", code=ANY),
    _n(_cat, "bình quân 3,5 ngày", "3,5", "ngày", code=ANY),
    _cat("rút ngắn 1,5 ngày", "1,5", -1.5, "ngày", CH, code=ANY),
    _n(_cat, "Tổ chức 46 kỳ", "46", "kỳ sát hạch", C, code=None),
    _n(_cat, "cho 9.214 thí sinh", "9.214", "thí sinh", C, code=ANY),
    _n(_cat, "đạt 72,64%", "72,64%", "%", code=ANY),
    # II.4 traffic fines (the province's)
    _n(_prov, "ban hành 18.612 quyết định", "18.612", "quyết định", C, code=None),
    _n(_prov, "tiền 42,86 tỷ đồng", "42,86", "tỷ đồng", code=ANY),
    _n(_prov, "trong đó 11.246 quyết định", "11.246", "quyết định", C, code=None),
    _n(_prov, "chiếm 60,42%", "60,42%", "%", code=ANY),
    _n(_prov, "tiền 28,14 tỷ đồng", "28,14", "tỷ đồng", code=ANY),
    F("phát hiện 4.126 trường hợp", "4.126", 4126, "trường hợp", C, code=ANY, **_OPEN),
    _n(_prov, "gửi 9.846 thông báo", "9.846", "thông báo", C, code=ANY),
    _n(_prov, "còn 1.318 quyết định", "1.318", "quyết định", C, code=None),
    # II.5 identity accounts against the year's target
    _n(_prov, "có 386.412 tài khoản", "386.412", "tài khoản", C, code=ANY),
    _n(_prov, "đạt 89,64%", "89,64%", "%", code=_TK, target=90, stated_status="chưa đạt"),
    _n(_prov, "năm 2025 là 90%", "90%", "%", T, as_of=_Y2025, code=_TK),
    # II.6 the ministry's ranking of the Công an tỉnh (the first half-year in brackets), commune police by grade
    _cat("xếp thứ 9/34", "9/34", 9, "hạng", R, max_value=34, code=ANY),
    _cat("tăng 4 bậc", "4", 4, "hạng", CH, code=ANY),
    _cat("(xếp thứ 13/34)", "13/34", 13, "hạng", PR, max_value=34, as_of=_Q2_2025, code=ANY),
    F("Có 41/56 đơn vị", "41/56", 41, "đơn vị", C, max_value=56, code=None, **_IN_XA),
    F("nhiệm vụ, 12 đơn vị", "12", 12, "đơn vị", C, code=None, **_IN_XA),
    F("và 03 đơn vị", "03", 3, "đơn vị", C, code=None, **_IN_XA),
    F("khối phường đạt 98,12%", "98,12%", 98.12, "%", code=ANY, **_IN_XA),
    F("khối xã đạt 94,36%", "94,36%", 94.36, "%", code=ANY, **_IN_XA),
    # IV. the two commune police's target, the fines' target
    F("tối thiểu 90%", "90%", 90, "%", T, as_of="2026-03-31", code=ANY, **_IN_XA),
    F("tối thiểu 70%", "70%", 70, "%", T, as_of="2026-06-30", code=ANY, **_OPEN),
]


# ------------------------------------------------------------ 818: Bưu điện tỉnh Tuyên Quang, tháng 11 năm 2025
# (a Markdown table by receiving body, the province's 766 with six groups as a dash list)
_bd = _by("Bưu điện tỉnh", "tỉnh")
_OCT_2025 = "2025-10-31"
_BODIES_818 = [
    ("1", "Công an tỉnh", "2.614", "3.418", "94,82"),
    ("2", "Sở Nông nghiệp và Môi trường", "1.218", "1.846", "97,46"),
    ("3", "Sở Tư pháp", "846", "1.214", "98,02"),
    ("4", "Sở Xây dựng", "584", "1.412", "96,88"),
    ("5", "Bảo hiểm xã hội tỉnh", "1.184", "2.386", "97,36"),
    ("6", "UBND các xã, phường", "400", "2.142", "95,24"),
    ("", "Cộng", "6.846", "12.418", "96,33"),
]


def _who_818(name: str) -> dict:
    """Each receiving body as written (the communes level xã), "Cộng" the Bưu điện tỉnh's own total."""
    if name == "Cộng":
        return {"subject": "Bưu điện tỉnh", "level": "tỉnh"}
    return {"subject": name, "level": "xã" if name.startswith("UBND các xã") else "tỉnh"}


def _groups(contexts: list[tuple[str, str]]) -> list[Fact]:
    """The six group scores `x/max` of the province's 766 index (subject NULL), each with its maximum."""
    facts = []
    for (context, raw), code in zip(contexts, _GROUP_CODES, strict=True):
        got, top = raw.split("/")
        facts.append(_prov(context, raw, _num(got), "điểm", max_value=_num(top), code=code))
    return facts


BLIND_818 = [
    # I. staff, communes served, post offices
    _n(_bd, "bố trí 186 nhân viên", "186", "nhân viên", C, code=None),
    _n(_bd, "(42 nhân viên)", "42", "nhân viên", C, code=None),
    F("của 124 xã", "124", 124, "xã", C, code=None, **_IN_XA),
    _n(_bd, "duy trì 212 bưu cục", "212", "bưu cục", C, code=None),
    # II.1 files received by post (October in brackets) and their two channels
    _n(_bd, "tiếp nhận 6.846 hồ sơ", "6.846", "hồ sơ", C, code=ANY),
    _n(_bd, "(tháng 10/2025: 6.214 hồ sơ)", "6.214", "hồ sơ", PR, as_of=_OCT_2025, code=ANY),
    _n(_bd, "tăng 632 hồ sơ", "632", "hồ sơ", CH, code=ANY),
    _n(_bd, "tăng 10,17%", "10,17%", "%", CH, code=ANY),
    _n(_bd, "xã 4.218 hồ sơ", "4.218", "hồ sơ", C, code=ANY),
    _n(_bd, "nhà 2.628 hồ sơ", "2.628", "hồ sơ", C, code=ANY),
    _n(_bd, "chiếm 38,39%", "38,39%", "%", code=ANY),
    # II.2 results returned, money collected
    _n(_bd, "Chuyển trả 12.418 kết quả", "12.418", "kết quả", C, code=ANY),
    _n(_bd, "trong đó 11.962 kết quả", "11.962", "kết quả", C, code=ANY),
    _n(_bd, "đạt 96,33%", "96,33%", "%", code=ANY),
    _n(_bd, "hẹn 456 kết quả", "456", "kết quả", C, code=ANY),
    _n(_bd, "chiếm 3,67%", "3,67%", "%", code=ANY),
    _n(_bd, "vụ 2.418,6 triệu đồng", "2.418,6", "triệu đồng", code=ANY),
    # II.3 online help; the communes' online files
    _n(_bd, "nộp 9.214 hồ sơ", "9.214", "hồ sơ", C, code=ANY),
    _n(_bd, "(tháng 10/2025: 8.126 hồ sơ)", "8.126", "hồ sơ", PR, as_of=_OCT_2025, code=ANY),
    _n(_bd, "tăng 1.088 hồ sơ", "1.088", "hồ sơ", CH, code=ANY),
    _n(_bd, "chiếm 21,46%", "21,46%", "%", code=ANY),
    F("(42.936 hồ sơ)", "42.936", 42936, "hồ sơ", C, code=_NOP, **_CAP_XA),
    _n(_bd, "kích hoạt 3.846 tài khoản", "3.846", "tài khoản", C, code=ANY),
    # II.4 the table; the police's late results
    *_table(_BODIES_818, True, ["hồ sơ", "kết quả", "%"], _who_818, ""),
    F("(177 kết quả)", "177", 177, "kết quả", C, subject="Công an tỉnh", level="tỉnh", code=ANY),
    # II.5 the province's 766 of tháng 11/2025 (October in brackets) and its six groups
    _prov("đạt 81,64/100", "81,64/100", 81.64, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 23/34", "23/34", 23, "hạng", R, max_value=34, code=_HANG),
    _prov("80,92 điểm", "80,92", 80.92, "điểm", PR, max_value=100, as_of=_OCT_2025, code=_TONG),
    _prov("xếp thứ 25/34)", "25/34", 25, "hạng", PR, max_value=34, as_of=_OCT_2025, code=_HANG),
    _prov("tăng 0,72 điểm", "0,72", 0.72, "điểm", CH, code=_TONG),
    _prov("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    *_groups([("minh bạch: 16,86/18", "16,86/18"), ("giải quyết: 18,94/20", "18,94/20"),
              ("trực tuyến: 8,62/12", "8,62/12"), ("trực tuyến: 7,14/10", "7,14/10"),
              ("hồ sơ: 14,26/22", "14,26/22"), ("hài lòng: 15,82/18", "15,82/18")]),
    # II.6 PAKN; III. communes without a post point; IV. the area post offices' target
    _n(_bd, "Tiếp nhận 14 phản ánh", "14", "PAKN", C, code=_PAKN_TN),
    _n(_bd, "14/14 PAKN", "14/14", "PAKN", C, max_value=14, code=ANY),
    _n(_bd, "đạt 100%", "100%", "%", code=ANY),
    F("Tại 18 xã", "18", 18, "xã", C, code=None, **_IN_XA),
    _n(_bd, "bình quân 2,6 ngày", "2,6", "ngày", code=ANY),
    F("tối thiểu 98%", "98%", 98, "%", T, as_of=_Y2025, code=ANY, **_IN_TINH),
]


# ------------------------------------------------------------ 819: Kho bạc Nhà nước khu vực X, năm 2025 (a Công văn
# to UBND tỉnh Hà Tĩnh; prose and a dash list by Phòng Giao dịch)
_kb = _by("Kho bạc Nhà nước khu vực X", "tỉnh")
_DESKS_819 = [
    ("Phòng Giao dịch khu vực Hồng Lĩnh", "24.318", "612", "99,96%"),
    ("Phòng Giao dịch khu vực Kỳ Anh", "31.246", "746", "99,88%"),
    ("Phòng Giao dịch khu vực Hương Khê", "18.412", "438", "99,84%"),
    ("Phòng Giao dịch khu vực Cẩm Xuyên", "21.614", "524", "100%"),
]


def _desks_819() -> list[Fact]:
    """The dash list of 4.: each Phòng Giao dịch as written (level tỉnh), its files, units trading (code None; their
    level unchecked: budget units of the province and of the communes) and on-time share."""
    facts = []
    for name, files, units, share in _DESKS_819:
        who = {"subject": name, "level": "tỉnh"}
        place = name.split()[-1]
        facts += [F(f"{place}: {files} hồ sơ", files, _num(files), "hồ sơ", C, code=ANY, **who),
                  F(f"sơ, {units} đơn vị", units, _num(units), "đơn vị", C, code=None, subject=name, level=ANY),
                  F(f"đúng hạn {share}", share, _num(share), "%", code=_DH, **who)]
    return facts


BLIND_819 = [
    # 1. the treasury's online files, units trading (2024 in brackets), digital signatures, on time, vouchers
    _n(_kb, "tiếp nhận 148.612 hồ sơ", "148.612", "hồ sơ", C, code=ANY),
    _n(_kb, "đạt 100% số", "100%", "%", code=ANY),
    _n(_kb, "tỉnh 61.846 hồ sơ", "61.846", "hồ sơ", C, code=ANY),
    _n(_kb, "xã 86.766 hồ sơ", "86.766", "hồ sơ", C, code=ANY),
    F("có 3.218 đơn vị", "3.218", 3218, "đơn vị", C, code=None, **_OPEN),
    F("(năm 2024: 3.246 đơn vị)", "3.246", 3246, "đơn vị", PR, as_of=_Y2024, code=None, **_OPEN),
    F("giảm 28 đơn vị", "28", -28, "đơn vị", CH, code=None, **_OPEN),
    F("3.196/3.218 đơn vị", "3.196/3.218", 3196, "đơn vị", C, max_value=3218, code=None, **_OPEN),
    F("đạt 99,32%", "99,32%", 99.32, "%", code=ANY, **_OPEN),
    _n(_kb, "đúng hạn 148.498 hồ sơ", "148.498", "hồ sơ", C, code=_DH),
    _n(_kb, "đạt 99,92%", "99,92%", "%", code=_DH),
    _n(_kb, "quá hạn 114 hồ sơ", "114", "hồ sơ", C, code=_QH),
    _n(_kb, "bình quân 0,8 ngày", "0,8", "ngày", code=ANY),
    _kb("rút ngắn 0,2 ngày", "0,2", -0.2, "ngày", CH, code=ANY),
    _n(_kb, "Xử lý 412.846 chứng từ", "412.846", "chứng từ", C, code=ANY),
    _n(_kb, "chi 28.416,5 tỷ đồng", "28.416,5", "tỷ đồng", code=ANY),
    # 2. the province's budget revenue (2024 in brackets); the treasury's fee payments booked
    _n(_prov, "là 18.246,38 tỷ đồng", "18.246,38", "tỷ đồng", code=ANY),
    _n(_prov, "điện tử 17.912,46 tỷ đồng", "17.912,46", "tỷ đồng", code=ANY),
    _n(_prov, "chiếm 98,17%", "98,17%", "%", code=ANY),
    _n(_prov, "(năm 2024: 96,42%)", "96,42%", "%", PR, as_of=_Y2024, code=ANY),
    _n(_prov, "tăng 1,75 điểm", "1,75", "%", CH, code=ANY),
    _n(_prov, "là 12.846,2 tỷ đồng", "12.846,2", "tỷ đồng", code=ANY),
    _n(_prov, "chiếm 70,40%", "70,40%", "%", code=ANY),
    _n(_kb, "Hạch toán 68.412 giao dịch", "68.412", "giao dịch", C, code=ANY),
    _n(_kb, "tiền 46,82 tỷ đồng", "46,82", "tỷ đồng", code=ANY),
    # 3. refusals (the treasury's), the province's disbursement against its target
    _n(_kb, "thanh toán 126 khoản chi", "126", "khoản chi", C, code=ANY),
    _n(_kb, "tiền 3,84 tỷ đồng", "3,84", "tỷ đồng", code=ANY),
    _n(_prov, "Kho bạc 12.418,6 tỷ đồng", "12.418,6", "tỷ đồng", code=ANY),
    _n(_prov, "bằng 94,26%", "94,26%", "%", code=ANY),
    _n(_prov, "(năm 2024: 91,82%)", "91,82%", "%", PR, as_of=_Y2024, code=ANY),
    _n(_prov, "đạt 6.418,2 tỷ đồng", "6.418,2", "tỷ đồng", code=ANY),
    _n(_prov, "bằng 92,46%", "92,46%", "%", code=ANY, target=95, stated_status="chưa đạt"),
    _n(_prov, "năm 2025 là 95%", "95%", "%", T, as_of=_Y2025, code=ANY),
    # 4. the desks and the control office at the head office
    *_desks_819(),
    F("xử lý 53.022 hồ sơ", "53.022", 53022, "hồ sơ", C, subject="Phòng Kiểm soát chi", level="tỉnh", code=ANY),
    F("của 898 đơn vị", "898", 898, "đơn vị", C, subject="Phòng Kiểm soát chi", level="tỉnh", code=None),
    # 5. new communes; 6. the desks' target of 2026
    F("28 xã mới", "28", 28, "xã", C, code=None, **_IN_XA),
    F("tối thiểu 99,9%", "99,9%", 99.9, "%", T, as_of="2026-12-31", code=ANY, **_IN_TINH),
]

BLIND = {"815": BLIND_815, "816": BLIND_816, "817": BLIND_817, "818": BLIND_818, "819": BLIND_819}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "815": [
        ("2025-10-31", "day", "31/10/2025", "giao dịch điện tử", "Phòng Quản lý thu và Phát triển người tham gia"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "chi trả lương hưu", "Các Bảo hiểm xã hội cơ sở"),
        ("2025-11-15", "day", "ngày mười lăm tháng 11 năm 2025", "đồng bộ dữ liệu", "Văn phòng Bảo hiểm xã hội tỉnh"),
        ("2025-12-31", "month", "tháng 12/2025", "căn cước gắn chip", "Sở Y tế"),
        # issued 08/10/2025, before the 20th: the first "ngày 20 hằng tháng" is 20/10/2025
        ("2025-10-20", "recurring", "20 hằng tháng", "báo cáo kết quả giao dịch điện tử",
         "Các Bảo hiểm xã hội cơ sở"),
    ],
    "816": [
        ("2025-11-25", "day", "25/11/2025", "máy tính tiền",
         "Thuế cơ sở 3 tỉnh Quảng Ninh và Thuế cơ sở 5 tỉnh Quảng Ninh"),
        ("2025-11-30", "day", "ngày ba mươi tháng 11 năm 2025", "khai thuế điện tử",
         "Phòng Quản lý, hỗ trợ doanh nghiệp"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "phương thức điện tử", "Phòng Nghiệp vụ - Dự toán - Pháp chế"),
        ("2025-12-31", "month", "tháng 12/2025", "khu vực tiếp đón", "Văn phòng Thuế tỉnh"),
        # issued 05/11/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/12/2025
        ("2025-12-03", "recurring", "03 hằng tháng", "báo cáo kết quả hóa đơn điện tử", "Các Thuế cơ sở"),
    ],
    "817": [
        ("2026-02-15", "day", "15/02/2026", "dữ liệu cư trú", "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"),
        ("2026-03-31", "day", "ngày ba mươi mốt tháng 3 năm 2026", "hồ sơ cư trú",
         "Công an xã Bảo Lâm và Công an xã Hạ Lang"),
        ("2026-06-30", "quarter", "quý II năm 2026", "nộp phạt trực tuyến", "Phòng Cảnh sát giao thông"),
        ("2026-06-30", "month", "tháng 6/2026", "camera", "Sở Khoa học và Công nghệ"),
        ("2026-12-31", "year", "năm 2026", "giấy phép lái xe", "Bưu điện tỉnh Cao Bằng"),
        # issued 09/01/2026, before the 22nd: the first "ngày 22 hằng tháng" is 22/01/2026
        ("2026-01-22", "recurring", "22 hằng tháng", "báo cáo kết quả dịch vụ công trực tuyến",
         "Công an các xã, phường"),
    ],
    "818": [
        ("2025-12-31", "month", "tháng 12/2025", "đúng hẹn", "Các Bưu điện khu vực"),
        ("2025-12-15", "day", "15/12/2025", "địa chỉ nhận kết quả", "Phòng Kinh doanh"),
        ("2025-12-20", "day", "ngày hai mươi tháng 12 năm 2025", "điểm tiếp nhận",
         "UBND xã Mèo Vạc và UBND xã Đồng Văn"),
        ("2026-03-31", "quarter", "quý I năm 2026", "kết nối phần mềm", "Sở Khoa học và Công nghệ"),
        # issued 04/12/2025, before the 28th: the first "ngày 28 hằng tháng" is 28/12/2025
        ("2025-12-28", "recurring", "28 hằng tháng", "báo cáo kết quả", "Các Bưu điện khu vực"),
    ],
    "819": [
        ("2026-01-31", "day", "31/01/2026", "hồ sơ thanh toán", "Sở Tài chính"),
        ("2026-02-15", "day", "ngày mười lăm tháng 02 năm 2026", "chữ ký số", "UBND các xã, phường"),
        ("2026-03-31", "quarter", "quý I năm 2026", "giao dịch điện tử", "Phòng Kiểm soát chi"),
        ("2026-03-31", "month", "tháng 3/2026", "đối chiếu số liệu", "Phòng Kế toán nhà nước"),
        ("2026-12-31", "year", "năm 2026", "đúng hạn", "Các Phòng Giao dịch"),
        # issued 12/01/2026, after the 10th: the first "ngày 10 hằng tháng" is 10/02/2026
        ("2026-02-10", "recurring", "10 hằng tháng", "giải ngân", "Các Phòng Giao dịch"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind144.py's META).
META = {
    "815": {"doc_number": "1846/BC-BHXH", "doc_type": "Báo cáo", "issued_date": "2025-10-08",
            "province": "Lạng Sơn", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Hoàng Thị Minh Nguyệt"},
    "816": {"doc_number": "2418/BC-TQNI", "doc_type": "Báo cáo", "issued_date": "2025-11-05",
            "province": "Quảng Ninh", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Phạm Văn Khánh"},
    "817": {"doc_number": "96/BC-CAT-PC06", "doc_type": "Báo cáo", "issued_date": "2026-01-09",
            "province": "Cao Bằng", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Nông Đức Thắng"},
    "818": {"doc_number": "612/BC-BĐTQ", "doc_type": "Báo cáo", "issued_date": "2025-12-04",
            "province": "Tuyên Quang", "period_label": "tháng 11 năm 2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Hoàng Thị Thu Trang"},
    "819": {"doc_number": "86/KBX-KSC", "doc_type": "Công văn", "issued_date": "2026-01-12",
            "province": "Hà Tĩnh", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Trần Thị Hồng Nhung"},
}
