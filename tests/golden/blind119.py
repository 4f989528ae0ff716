"""Blind golden facts for corpus/blind119/670_son_la.txt, 671_nghe_an.txt, 672_lang_son.txt, 673_dak_lak.txt and
674_cao_bang.txt.

The five documents were written by the developers for a hundred-and-nineteenth blind measurement (inspection and
supervision genres in provinces not used in recent sets: a Sở Nội vụ's Thông báo kết luận kiểm tra công tác cải cách
hành chính at a commune, a UBND tỉnh's Thông báo kết luận kiểm tra at a Sở, a Báo cáo giám sát of a HĐND committee on
TTHC, a Sở Nội vụ's report on the Chỉ số CCHC (PAR Index) and SIPAS of the province's units, a UBND tỉnh's report
answering a ministry's Công văn with a small set of figures and a table; periods quý III năm 2025, 6 tháng đầu năm
2026, 6 tháng cuối năm 2025, năm 2025 and quý I năm 2026; not real documents), and every row below was written by
reading them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind116.py, blind115.py, blind114.py, blind113.py, blind16.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose and list counts are kind `count`; table cells are kind `value` even when they count (rank cells
kind `rank` without max_value where the header writes none), with `extra={"source": "table"}`; `as_of="period"` is
the period's end; a change is dated with the figure it changes and a fall ("giảm", "thấp hơn") is negative; a change
in "điểm phần trăm" is kind change in `%` with the number alone as raw. `ANY` leaves a field unchecked where the
sentence names no catalogued indicator (`None` where it clearly names none: counts of plans, documents, tasks,
communes, bodies, offices, desks, machines, villages, decisions, fields). "thủ tục" counts use the unit `TTHC`,
"phản ánh, kiến nghị" the unit `PAKN`; a count of the files (or PAKN) an indicator is computed on carries that
indicator's code; every "đã giải quyết" count, pending files, the files of one field, repeated counts and changes of
counts have their code unchecked (a field's online share carries the online code). Counts of local units take the
unit of their first unit word ("04/28 thôn, bản" → `thôn`, "52/65 xã, phường" → `xã`), counts of "cơ quan" →
`đơn vị` at the level of the bodies counted, "03/13 phòng, đơn vị" → `phòng`; "Toàn tỉnh có 65 đơn vị hành chính cấp
xã (61 xã, 04 phường)" → subject `cấp xã` (unit `đơn vị`, level xã), its parts `xã`, `phường` (subject unchecked,
level xã). A threshold in a count of units ("có tỷ lệ hồ sơ nộp trực tuyến dưới 40%") is kind target after
golden/blind115.py. Things counted take the noun as written (`kế hoạch`, `văn bản`, `nhiệm vụ`, `cán bộ`, `người`,
`quầy`, `công chức`, `máy quét`, `thư`, `bản` for certified copies, `phòng`, `đầu mối`, `quyết định`, `phiếu`,
`lượt`); money keeps the unit written (`triệu đồng`, `tỷ đồng`; code unchecked). Numbers written in words are no
figures ("ba đơn vị hành chính", "hai tỉnh cũ", "năm yếu tố", the days of "ngày mười lăm tháng 11", "ngày ba mươi
tháng 9", "ngày ba mươi tháng 4", "ngày mười lăm tháng 4", "ngày ba mươi tháng 6"). Dates, document numbers and cited
texts ("Kế hoạch số 1475/KH-SNV", "Quyết định số 1542/QĐ-UBND", "Báo cáo số 214/BC-ĐKT", "Quyết định số
46/QĐ-HĐND", "Kế hoạch giám sát số 38/KH-BPC", "Quyết định số 3126/QĐ-UBND", "Công văn số 1962/BKHCN-CĐSQG"), the
inspection and supervision dates and windows ("ngày 22/10/2025", "Ngày 09/7/2026", "từ ngày 01/7/2025 đến ngày
30/9/2025", "từ ngày 12/01/2026 đến ngày 23/01/2026", "từ ngày 01/7/2025 đến ngày 31/12/2025", "đến hết ngày
31/3/2026"), the months and periods of a result or a column ("Tháng 9/2025", "tháng 12/2025", "tháng 3/2026", "Năm
2024", "quý I năm 2026"), "Bộ chỉ số 766", "Bộ Chỉ số", section and item numbering ("I.", "1.", "a)", "Bảng 1."), the
STT column, maxima in table headers ("(tối đa 65)", "(tối đa 35)", "(tối đa 100)": carried by the cells), the
address ("số 10 đường Trường Chinh"), phone numbers ("0212.3852.614", "0238.3844.516", "0205.3812.426",
"0262.3852.418", "0206.3852.146", "0912.486.215"), headings naming the next period ("VI. ĐỀ XUẤT, NHIỆM VỤ NĂM 2026":
no deadline) and years are not figures.

New in this set (the decisions are written here):
- 670 is a THÔNG BÁO KẾT LUẬN KIỂM TRA AT A COMMUNE issued by the Sở Nội vụ tỉnh Sơn La (header "UBND TỈNH SƠN LA /
  SỞ NỘI VỤ", number "286/TB-SNV", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"), issued 06/11/2025; its period is the
  quarter the title names, "quý III năm 2025" (the inspected window "từ ngày 01/7/2025 đến ngày 30/9/2025" agrees).
  Every figure of the commune inspected ("UBND xã đã ban hành", "Xã đang thực hiện", "UBND xã tiếp nhận", "UBND xã Mai
  Sơn đạt 78,64/100 điểm") is `UBND xã Mai Sơn`, level xã, as golden/blind110.py's 626 reads the inspected city; its
  one-stop centre's desks, staff and scanners, the fields' files in brackets, the team's sample ("xác suất 60 hồ sơ,
  phát hiện 07 hồ sơ") and the land field's share are subject unchecked, level xã. "35/38 người … chứng thư chữ ký số"
  counts persons (`người`, one count with its base). "298 TTHC đã được công khai đầy đủ …, đạt 95,51%" code
  unchecked. Certified copies "1.286 bản, chiếm 41,22% … (3.120 bản)" in `bản` (the share the electronic
  certification code). "so với chỉ tiêu UBND tỉnh giao năm 2025 cho cấp xã là 50% thì xã đã đạt chỉ tiêu" (the 52,14%
  carries it with "đạt"; the target dated 2025-12-31, subject unchecked, level xã). The 766 result of tháng 9/2025
  (the period's last month) with "(tháng 8/2025: 74,12 điểm, xếp thứ 33/75)" previous 2025-08-31, "tăng 4,52 điểm và
  tăng 12 bậc", "thấp hơn điểm bình quân của UBND cấp xã toàn tỉnh (79,85 điểm) là 1,21 điểm" (the block average
  subject unchecked, level xã; the gap the commune's negative change); the province's `80,26/100`, `27/34`.
  "thấp hơn tỷ lệ chung của xã 29,02 điểm phần trăm" the land field's negative change. Task c)'s "của xã đạt tối
  thiểu 55% trong quý IV năm 2025" the field's target (subject unchecked, level xã, 2025-12-31). Six deadlines, three
  in lettered items a)–c) under "1. UBND xã Mai Sơn:" (the heading names the assignee): day, "chậm nhất ngày mười lăm
  tháng 11 năm 2025" (day in words), quarter (with the target), month for the commune's centre, year in a request "Đề
  nghị Sở Khoa học và Công nghệ …", "trước ngày 10 hằng tháng" (issued 06/11/2025: first 10/11/2025).
- 671 is a THÔNG BÁO KẾT LUẬN KIỂM TRA AT A SỞ issued by UBND tỉnh Nghệ An itself (header "ỦY BAN NHÂN DÂN / TỈNH NGHỆ
  AN", number "1286/TB-UBND", signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), issued 22/7/2026, on the
  Sở Xây dựng (merged with the Sở Giao thông vận tải); its period is the title's "6 tháng đầu năm 2026". Every figure
  of the Sở is `Sở Xây dựng`, level tỉnh ("Sở Xây dựng có 09 phòng", "Sở tiếp nhận", "Sở đã ban hành"); "giảm 07 đầu
  mối so với trước hợp nhất" a change in `đầu mối` (no previous value stated). The field groups in brackets and the
  fields of a dash list "- Đổi, cấp lại giấy phép lái xe: 41.286 hồ sơ, trực tuyến 40.912 hồ sơ (99,09%);" are
  subject unchecked, level tỉnh (counts code unchecked, shares the online code). "Sở tham mưu UBND tỉnh ban hành 08
  quyết định công bố 57 TTHC …; tỷ lệ công bố đúng hạn đạt 100%" (UBND tỉnh's decisions on the Sở's advice: subject
  and level unchecked; the share the 766 on-time publication code). "tăng 9.318 hồ sơ, tương ứng tăng 18,97% so với cùng
  kỳ năm 2025 (49.108 hồ sơ)" (previous 2025-06-30), "(6 tháng cuối năm 2025: 91,46%), tăng 3,47 điểm phần trăm"
  (previous 2025-12-31), "392/392 thư xin lỗi" (`thư xin lỗi`, one count with its base), reuse "52,38%, so với chỉ tiêu
  UBND tỉnh giao năm 2026 là 60% thì chưa đạt chỉ tiêu" (the Sở's target dated 2026-12-31, as golden/blind116.py's 655).
  The half-year average 766 result `87,24/100`, `9/20` and two groups `17,86/22`, `9,12/10` (period end); "Chỉ
  số cải cách hành chính năm 2025 của Sở đạt 86,48%, xếp thứ 7/20" (`par_index`, dated 2025-12-31, kind value and
  rank: no comparison). Task c)'s "của Sở đạt tối thiểu 60% trong quý IV năm 2026" the Sở's target (2026-12-31). Six
  deadlines: day, "chậm nhất ngày ba mươi tháng 9 năm 2026", quarter (with the target) in lettered items under "1. Sở
  Xây dựng:", month for the Sở Nội vụ, year in a request "Đề nghị Công an tỉnh …", "trước ngày 15 hằng tháng" (issued
  22/7/2026: first 15/8/2026).
- 672 is a BÁO CÁO GIÁM SÁT OF A HĐND COMMITTEE: the Ban Pháp chế HĐND tỉnh Lạng Sơn (header "HĐND TỈNH LẠNG SƠN /
  BAN PHÁP CHẾ", number "12/BC-BPC", signed "TM. BAN PHÁP CHẾ / TRƯỞNG BAN"), to the Thường trực HĐND tỉnh, issued
  12/3/2026; its period is the supervised window of the title, "6 tháng cuối năm 2025" (the fieldwork window in
  January 2026 is no period). The province's figures have subject NULL, by level `cấp tỉnh` / `cấp xã` (the shares
  after "lần lượt là" too); "tăng 866 hồ sơ so với 6 tháng đầu năm 2025 (3.286 hồ sơ)" the overdue count's change and
  previous (2025-06-30); "chỉ tiêu Nghị quyết HĐND tỉnh giao năm 2025 là 70% thì chưa đạt chỉ tiêu" a target at the
  period end. NEW: A MARKDOWN TABLE OF THE BODIES SUPERVISED, TWO SỞ AND FIVE COMMUNES ("STT | Cơ quan, đơn vị | Tiếp
  nhận (hồ sơ) | Tỷ lệ trực tuyến (%) | Tỷ lệ đúng hạn (%) | Quá hạn (hồ sơ) | Thư xin lỗi (thư)"): each row its body
  as written ("Sở Tư pháp" level tỉnh, "Phường Lương Văn Tri", "Xã Hữu Lũng" level xã), the columns' codes (letters in
  `thư`, code unchecked; a "0" cell is a figure); a "Cộng" row with an empty STT and EMPTY SHARE CELLS adds bodies of
  two levels: subject and level unchecked (as golden/blind110.py's 625). After it "Sở Nông nghiệp và Môi trường có 712
  hồ sơ quá hạn, chiếm 17,15%" (as written, level tỉnh), "UBND xã Bình Gia … 118 hồ sơ" (as written, level xã). The
  committee's survey "420 phiếu … 386 phiếu …, đạt 91,90%" (subject and level unchecked), "05 xã, phường" (level xã).
  "Có 18/65 xã, phường có tỷ lệ hồ sơ nộp trực tuyến dưới 40%" (the threshold a target). Recommendation 5's "nâng tỷ
  lệ hồ sơ nộp trực tuyến của cấp xã đạt tối thiểu 70% trong năm 2026" is `cấp xã`'s target (2026-12-31). Six
  deadlines in items "N. Đối với X: …" (the assignee X): quarter, day, "chậm nhất ngày ba mươi tháng 4 năm 2026", month,
  year (with the target), "trước ngày 25 hằng tháng" (issued 12/3/2026: first 25/3/2026).
- 673 is a Sở Nội vụ's REPORT ON THE PROVINCE'S UNITS' PAR INDEX AND SIPAS: the Sở Nội vụ tỉnh Đắk Lắk (merged with
  Phú Yên; header "UBND TỈNH ĐẮK LẮK / SỞ NỘI VỤ", number "468/BC-SNV", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" by an Ê
  Đê name with an apostrophe "H'Liên Niê"), năm 2025 (the year the indices measure), issued 16/3/2026. The index's
  structure "100 điểm, gồm điểm thẩm định 65 điểm và điểm điều tra xã hội học 35 điểm" (the index's: kind value, no
  max, subject and level unchecked, as golden/blind110.py's 627). Block averages: "khối sở, ban, ngành đạt 85,46/100
  điểm, tăng 1,92 điểm so với năm 2024 (83,54 điểm, bình quân của hai tỉnh cũ)" (level tỉnh, subject unchecked; the
  former provinces' mean a previous value with the /100 scale, subject and level unchecked, 2024-12-31), counts by
  grade (`đơn vị`, level tỉnh; the communes' level xã). NEW: A MARKDOWN TABLE OF THE SỞ WITH THE MAXIMA IN THE
  HEADER "Điểm thẩm định (tối đa 65) | Điểm điều tra xã hội học (tối đa 35) | Tổng điểm (tối đa 100) | Xếp hạng |
  Chỉ số SIPAS (%)": each Sở as written, level tỉnh; scores `điểm` with their column's maximum, ranks kind rank
  without max (the header writes none; the ranks jump 3 → 6 → 14), SIPAS `%`; the units' index cells carry no checked
  code (as golden/blind112.py's 636 reads a body's index). "Sở Khoa học và Công nghệ tăng nhiều nhất (tăng 6,84
  điểm)" (that Sở, level tỉnh); "10,24/13,5 điểm (tỷ lệ 75,85%)" the weakest field's block average (level tỉnh,
  subject unchecked). The communes: "102 xã, phường đạt 78,36/100 điểm, thấp hơn bình quân khối sở, ban, ngành 7,10
  điểm" (level xã, subject unchecked; the gap negative), the ward and commune blocks, the first and last in brackets
  (as written, level xã). SIPAS: the survey's "12.240 phiếu … 11.986 phiếu …, đạt 97,92% … chiếm 38,46%" (subject and
  level unchecked), the province's "87,65%, tăng 1,38 điểm phần trăm so với năm 2024 (86,27%, bình quân của hai tỉnh
  cũ)" (`sipas`; previous subject and level unchecked, 2024-12-31), five factors after "lần lượt là" separated by ";"
  (the province's, codes unchecked), the blocks (level tỉnh / xã). "Năm 2024, … tỉnh Đắk Lắk (cũ) đạt 86,12%, xếp
  thứ 35/63; tỉnh Phú Yên (cũ) đạt 84,08%, xếp thứ 49/63" (`par_index`, 2024-12-31, subject and level unchecked; kind
  value and rank: stated alone, no comparison, as golden/blind112.py's DTI rank); the province's 766 of tháng 12/2025
  (the period end). "Sở Y tế và 04 xã xếp loại Yếu" a count repeated (level xã). Task 3's "nâng Chỉ số SIPAS của khối
  xã, phường đạt tối thiểu 88% trong quý III năm 2026" the block's target (subject unchecked, level xã, 2026-09-30).
  Six deadlines: day, "chậm nhất ngày mười lăm tháng 4 năm 2026" in a request "Đề nghị Sở Y tế và UBND các xã xếp loại
  Yếu …" (both bodies the assignee), quarter (with the target), month, year in a request "Đề nghị Sở Khoa học và Công
  nghệ …", "trước ngày 05 hằng tháng" (issued 16/3/2026, after the 5th: first 05/4/2026).
- 674 is a REPORT ANSWERING A MINISTRY'S CÔNG VĂN: UBND tỉnh Cao Bằng (header "ỦY BAN NHÂN DÂN / TỈNH CAO BẰNG",
  number "96/BC-UBND") to the Bộ Khoa học và Công nghệ, answering "Công văn số 1962/BKHCN-CĐSQG", quý I năm 2026
  ("số liệu tính đến hết ngày 31/3/2026" the period end), issued 10/4/2026. The province's figures have subject NULL,
  its levels `cấp tỉnh` / `cấp xã`: "1.846 TTHC (cấp tỉnh 1.428 TTHC, cấp xã 418 TTHC); … 1.102 TTHC … (chiếm
  59,70%), 596 TTHC một phần và 148 TTHC chưa cung cấp" (the three DVCTT codes), "1.064 TTHC … tích hợp" (code
  unchecked), "72,40%; so với quý IV năm 2025 (66,85%) tăng 5,55 điểm phần trăm" (previous 2025-12-31), payment,
  "412.618 lượt đăng nhập … bằng tài khoản định danh điện tử VNeID, chiếm 88,46%" (logins to a system: subject and
  level unchecked). A TAB-SEPARATED TABLE BY LEVEL "STT  Đơn vị  TTHC toàn trình  Hồ sơ tiếp nhận  Hồ sơ trực tuyến
  Tỷ lệ trực tuyến (%)  Tỷ lệ thanh toán trực tuyến (%)  Tỷ lệ số hóa (%)": rows "Cấp tỉnh" (`cấp tỉnh`), "Cấp xã"
  (`cấp xã`) and "Toàn tỉnh" with an empty STT (the province, subject NULL), each column's code; the province's
  digitisation share is stated only in the table. The 766 result of tháng 3/2026 (the period end) with two groups.
  "còn 23/56 xã, phường có tỷ lệ hồ sơ nộp trực tuyến dưới 50%" (the threshold a target); the tasks' "38 TTHC còn
  lại", "148 TTHC chưa cung cấp" (the province's TTHC named in a body's task: subject and level unchecked), "23 xã,
  phường" (level xã); "nâng tỷ lệ thanh toán trực tuyến của cấp xã đạt tối thiểu 65% trong quý II năm 2026" `cấp
  xã`'s target (2026-06-30). Six deadlines in a dash list: day, "chậm nhất ngày ba mươi tháng 6 năm 2026", quarter
  (with the target), month, year in a request "Kiến nghị Bộ Khoa học và Công nghệ …" (the ministry the assignee),
  "trước ngày 08 hằng tháng" (issued 10/4/2026, after the 8th: first 08/5/2026).

Unsure readings (fields left `ANY`): the subject of the commune's one-stop centre's desks, staff and scanners in 670
(the centre or the commune); the target "cho cấp xã là 50%" in 670 (the level's target applied to the commune: level
xã, subject unchecked); who states the decisions and the on-time publication in 671 (UBND tỉnh on the Sở's advice);
the subject of the "Cộng" row in 672 (bodies of two levels); the survey's counts in 672 and 673; the subject of the
former provinces' values and means in 673; the logins in 674; the province's TTHC named in a body's task in 674. The
kind of 673's "Năm 2024 … đạt 86,12%, xếp thứ 35/63" is a decision: a value and a rank dated 2024-12-31 (no
comparison is made), where a reader comparing with 2025 might call them previous.
"""

from __future__ import annotations

from golden.facts import (
    _CT,
    _DH,
    _HL,
    _KQ,
    _NOP,
    _NTT,
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
_PAR = "par_index"
_SIPAS = "sipas"
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_XA = {"subject": ANY, "level": "xã"}
_CAP_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_CAP_XA = {"subject": "cấp xã", "level": "xã"}
_Y2024 = "2024-12-31"
_Y2025 = "2025-12-31"
_Y2026 = "2026-12-31"

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


def _by(subject: str, level: str):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty cell as "| |")."""
    line = "| " + " | ".join(cells) + " |"
    while "|  |" in line:
        line = line.replace("|  |", "| |")
    return line


# ------------------------------------------------------------ 670: Sở Nội vụ tỉnh Sơn La, kết luận kiểm tra tại UBND
# xã Mai Sơn, quý III năm 2025
_ms = _by("UBND xã Mai Sơn", "xã")
_AUG_2025 = "2025-08-31"

BLIND_670 = [
    # I.1 the commune's direction (1475/KH-SNV cited; "ba đơn vị hành chính" in words; the inspected window no figure)
    _ms("ban hành 04 kế hoạch", "04", 4, "kế hoạch", C, code=None),
    _ms("và 11 văn bản", "11", 11, "văn bản", C, code=None),
    _ms("hoàn thành 14/16 nhiệm vụ", "14/16", 14, "nhiệm vụ", C, max_value=16, code=None),
    _ms("đạt 87,5%", "87,5%", 87.5, "%", code=ANY),
    _ms("; 02 nhiệm vụ", "02", 2, "nhiệm vụ", C, code=None),
    _ms("có 38 cán bộ", "38", 38, "cán bộ", C, code=None),
    _ms("trong đó 35/38 người", "35/38", 35, "người", C, max_value=38, code=ANY),
    # I.2 TTHC; the commune's one-stop centre (subject unchecked, level xã)
    _ms("thực hiện 312 TTHC", "312", 312, "TTHC", C, code=_TTHC),
    _ms("trong đó 298 TTHC", "298", 298, "TTHC", C, code=ANY),
    _ms("đạt 95,51%", "95,51%", 95.51, "%", code=ANY),
    _ms("Có 186 TTHC", "186", 186, "TTHC", C, code=_TOAN),
    _ms("(chiếm 59,62%)", "59,62%", 59.62, "%", code=_TOAN),
    _ms("và 126 TTHC", "126", 126, "TTHC", C, code=_MOT),
    F("bố trí 06 quầy", "06", 6, "quầy", C, code=None, **_IN_XA),
    F("với 07 công chức", "07", 7, "công chức", C, code=None, **_IN_XA),
    F("trang bị 03 máy quét", "03", 3, "máy quét", C, code=None, **_IN_XA),
    # I.3 files; the fields in brackets and the team's sample (subject unchecked, level xã)
    _ms("tiếp nhận 2.846 hồ sơ", "2.846", 2846, "hồ sơ", C, code=_TN),
    _ms("trực tuyến 1.912 hồ sơ", "1.912", 1912, "hồ sơ", C, code=_NOP),
    _ms("chiếm 67,18%", "67,18%", 67.18, "%", code=_NOP),
    _ms("trực tiếp 848 hồ sơ", "848", 848, "hồ sơ", C, code=_NTT),
    _ms("công ích 86 hồ sơ", "86", 86, "hồ sơ", C, code=ANY),
    _ms("giải quyết 2.714 hồ sơ", "2.714", 2714, "hồ sơ", C, code=ANY),
    _ms("đúng hạn 2.651 hồ sơ", "2.651", 2651, "hồ sơ", C, code=_DH),
    _ms("đạt 97,68%", "97,68%", 97.68, "%", code=_DH),
    _ms("quá hạn 63 hồ sơ", "63", 63, "hồ sơ", C, code=_QH),
    _ms("chiếm 2,32%", "2,32%", 2.32, "%", code=_QH),
    F("đất đai 48 hồ sơ", "48", 48, "hồ sơ", C, code=ANY, **_IN_XA),
    F("hộ tịch 15 hồ sơ", "15", 15, "hồ sơ", C, code=ANY, **_IN_XA),
    _ms("giải quyết 132 hồ sơ", "132", 132, "hồ sơ", C, code=ANY),
    F("xác suất 60 hồ sơ", "60", 60, "hồ sơ", C, code=ANY, **_IN_XA),
    F("phát hiện 07 hồ sơ", "07", 7, "hồ sơ", C, code=ANY, **_IN_XA),
    _ms("ban hành 41 thư", "41", 41, "thư xin lỗi", C, code=ANY),
    _ms("đạt 65,08%", "65,08%", 65.08, "%", code=ANY),
    # I.4 payment (the level's target for 2025, subject unchecked), digitisation, certified copies in `bản`
    _ms("Có 1.124 hồ sơ", "1.124", 1124, "hồ sơ", C, code=ANY),
    _ms("trong đó 586 hồ sơ", "586", 586, "hồ sơ", C, code=_TT),
    _ms("đạt 52,14%", "52,14%", 52.14, "%", code=_TT, target=50, stated_status="đạt"),
    F("cấp xã là 50%", "50%", 50, "%", T, as_of=_Y2025, code=_TT, **_IN_XA),
    _ms("là 84,6 triệu đồng", "84,6", 84.6, "triệu đồng", code=ANY),
    _ms("TTHC đạt 71,46%", "71,46%", 71.46, "%", code=_SH),
    _ms("điện tử đạt 68,92%", "68,92%", 68.92, "%", code=_KQ),
    _ms("mới đạt 18,35%", "18,35%", 18.35, "%", code=_TSD),
    _ms("bản chính 1.286 bản", "1.286", 1286, "bản", C, code=ANY),
    _ms("chiếm 41,22%", "41,22%", 41.22, "%", code=_CT),
    _ms("(3.120 bản)", "3.120", 3120, "bản", C, code=ANY),
    # I.5 PAKN
    _ms("tiếp nhận 09 PAKN", "09", 9, "PAKN", C, code=_PAKN_TN),
    _ms("hạn 09/09 PAKN", "09/09", 9, "PAKN", C, max_value=9, code=ANY),
    # I.6 the commune's 766 result of tháng 9/2025 (the period's last month), tháng 8/2025 dated 2025-08-31; the
    # communes' average (subject unchecked, level xã); the province
    _ms("đạt 78,64/100", "78,64/100", 78.64, "điểm", max_value=100, code=_TONG),
    _ms("xếp thứ 21/75", "21/75", 21, "hạng", R, max_value=75, code=_HANG),
    _ms("(tháng 8/2025: 74,12", "74,12", 74.12, "điểm", PR, max_value=100, as_of=_AUG_2025, code=_TONG),
    _ms("xếp thứ 33/75)", "33/75", 33, "hạng", PR, max_value=75, as_of=_AUG_2025, code=_HANG),
    _ms("tăng 4,52 điểm", "4,52", 4.52, "điểm", CH, code=_TONG),
    _ms("tăng 12 bậc", "12", 12, "hạng", CH, code=_HANG),
    F("(79,85 điểm)", "79,85", 79.85, "điểm", code=ANY, **_IN_XA),
    _ms("là 1,21 điểm", "1,21", -1.21, "điểm", CH, code=ANY),
    F("đạt 80,26/100", "80,26/100", 80.26, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 27/34", "27/34", 27, "hạng", R, max_value=34, code=_HANG),
    # II. shortcomings: the land field's share and gap (subject unchecked, level xã), staff, villages
    _ms("Còn 14 TTHC", "14", 14, "TTHC", C, code=ANY),
    F("chỉ đạt 38,16%", "38,16%", 38.16, "%", code=_NOP, **_IN_XA),
    F("của xã 29,02 điểm", "29,02", -29.02, "%", CH, code=ANY, **_IN_XA),
    F("Có 03/07 công chức", "03/07", 3, "công chức", C, max_value=7, code=None, **_IN_XA),
    F("Còn 04/28 thôn", "04/28", 4, "thôn", C, max_value=28, code=None, **_IN_XA),
    # III. counts repeated in the tasks; task c)'s target for the land field in quý IV (phone number no figure)
    _ms("của 14 TTHC", "14", 14, "TTHC", C, code=ANY),
    F("tối thiểu 55%", "55%", 55, "%", T, as_of=_Y2025, code=ANY, **_IN_XA),
    F("cho 03 công chức", "03", 3, "công chức", C, code=None, **_IN_XA),
]

# ------------------------------------------------------------ 671: UBND tỉnh Nghệ An, kết luận kiểm tra tại Sở Xây
# dựng, 6 tháng đầu năm 2026
_sxd = _by("Sở Xây dựng", "tỉnh")
_H1_2025 = "2025-06-30"

BLIND_671 = [
    # I.1 the Sở's structure and direction (1542/QĐ-UBND, 214/BC-ĐKT cited)
    _sxd("có 09 phòng", "09", 9, "phòng", C, code=None),
    _sxd("và 04 đơn vị", "04", 4, "đơn vị", C, code=None),
    _sxd("giảm 07 đầu mối", "07", -7, "đầu mối", CH, code=None),
    _sxd("là 412 người", "412", 412, "người", C, code=ANY),
    _sxd("ban hành 06 kế hoạch", "06", 6, "kế hoạch", C, code=None),
    _sxd("và 23 văn bản", "23", 23, "văn bản", C, code=None),
    _sxd("hoàn thành 31/34 nhiệm vụ", "31/34", 31, "nhiệm vụ", C, max_value=34, code=None),
    _sxd("đạt 91,18%", "91,18%", 91.18, "%", code=ANY),
    # I.2 TTHC, the field groups in brackets (subject unchecked, level tỉnh); UBND tỉnh's decisions (unchecked)
    _sxd("thực hiện 248 TTHC", "248", 248, "TTHC", C, code=_TTHC),
    _sxd("thuộc 14 lĩnh vực", "14", 14, "lĩnh vực", C, code=None),
    F("nhà ở: 96 TTHC", "96", 96, "TTHC", C, code=ANY, **_IN_TINH),
    F("nội địa: 152 TTHC", "152", 152, "TTHC", C, code=ANY, **_IN_TINH),
    F("ban hành 08 quyết định", "08", 8, "quyết định", C, code=None, **_OPEN),
    F("công bố 57 TTHC", "57", 57, "TTHC", C, code=ANY, **_OPEN),
    F("đúng hạn đạt 100%", "100%", 100, "%", code="766.cong_khai.cong_bo_dung_han", **_OPEN),
    _sxd("toàn trình là 174 TTHC", "174", 174, "TTHC", C, code=_TOAN),
    _sxd("chiếm 70,16%", "70,16%", 70.16, "%", code=_TOAN),
    # I.3 files (cùng kỳ năm 2025 dated 2025-06-30), channels
    _sxd("tiếp nhận 58.426 hồ sơ", "58.426", 58426, "hồ sơ", C, code=_TN),
    _sxd("tăng 9.318 hồ sơ", "9.318", 9318, "hồ sơ", CH, code=ANY),
    _sxd("tăng 18,97%", "18,97%", 18.97, "%", CH, code=ANY),
    _sxd("(49.108 hồ sơ)", "49.108", 49108, "hồ sơ", PR, as_of=_H1_2025, code=_TN),
    _sxd("trực tuyến 52.318 hồ sơ", "52.318", 52318, "hồ sơ", C, code=_NOP),
    _sxd("(chiếm 89,55%)", "89,55%", 89.55, "%", code=_NOP),
    _sxd("trực tiếp 4.962 hồ sơ", "4.962", 4962, "hồ sơ", C, code=_NTT),
    _sxd("công ích 1.146 hồ sơ", "1.146", 1146, "hồ sơ", C, code=ANY),
    # the fields in a dash list (subject unchecked, level tỉnh; counts code unchecked, shares the online code)
    F("lái xe: 41.286 hồ sơ", "41.286", 41286, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("trực tuyến 40.912 hồ sơ", "40.912", 40912, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("(99,09%)", "99,09%", 99.09, "%", code=_NOP, **_IN_TINH),
    F("xây dựng: 1.218 hồ sơ", "1.218", 1218, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("trực tuyến 986 hồ sơ", "986", 986, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("(80,95%)", "80,95%", 80.95, "%", code=_NOP, **_IN_TINH),
    F("giới hạn: 6.412 hồ sơ", "6.412", 6412, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("trực tuyến 6.380 hồ sơ", "6.380", 6380, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("(99,50%)", "99,50%", 99.50, "%", code=_NOP, **_IN_TINH),
    F("còn lại: 9.510 hồ sơ", "9.510", 9510, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("trực tuyến 4.040 hồ sơ", "4.040", 4040, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("(42,48%)", "42,48%", 42.48, "%", code=_NOP, **_IN_TINH),
    # settled, on time, overdue, pending; one cause of the overdue files (level tỉnh); letters of apology
    _sxd("giải quyết 56.904 hồ sơ", "56.904", 56904, "hồ sơ", C, code=ANY),
    _sxd("đúng hạn 56.512 hồ sơ", "56.512", 56512, "hồ sơ", C, code=_DH),
    _sxd("đạt 99,31%", "99,31%", 99.31, "%", code=_DH),
    _sxd("quá hạn 392 hồ sơ", "392", 392, "hồ sơ", C, code=_QH),
    _sxd("chiếm 0,69%", "0,69%", 0.69, "%", code=_QH),
    _sxd("giải quyết 1.522 hồ sơ", "1.522", 1522, "hồ sơ", C, code=ANY),
    F("có 286 hồ sơ", "286", 286, "hồ sơ", C, code=ANY, **_IN_TINH),
    _sxd("ban hành 392/392 thư", "392/392", 392, "thư xin lỗi", C, max_value=392, code=ANY),
    # I.4 payment (6 tháng cuối năm 2025 dated 2025-12-31), digitisation; the reuse target of 2026
    _sxd("Có 47.618 hồ sơ", "47.618", 47618, "hồ sơ", C, code=ANY),
    _sxd("trong đó 45.206 hồ sơ", "45.206", 45206, "hồ sơ", C, code=_TT),
    _sxd("đạt 94,93%", "94,93%", 94.93, "%", code=_TT),
    _sxd("(6 tháng cuối năm 2025: 91,46%)", "91,46%", 91.46, "%", PR, as_of=_Y2025, code=_TT),
    _sxd("tăng 3,47 điểm", "3,47", 3.47, "%", CH, code=ANY),
    _sxd("là 21,84 tỷ đồng", "21,84", 21.84, "tỷ đồng", code=ANY),
    _sxd("hồ sơ đạt 96,72%", "96,72%", 96.72, "%", code=_SH),
    _sxd("điện tử đạt 98,05%", "98,05%", 98.05, "%", code=_KQ),
    _sxd("đạt 52,38%", "52,38%", 52.38, "%", code=_TSD, target=60, stated_status="chưa đạt"),
    _sxd("năm 2026 là 60%", "60%", 60, "%", T, as_of=_Y2026, code=_TSD),
    # I.5 PAKN and satisfaction
    _sxd("tiếp nhận 37 PAKN", "37", 37, "PAKN", C, code=_PAKN_TN),
    _sxd("xử lý 35 PAKN", "35", 35, "PAKN", C, code=ANY),
    _sxd("đạt 94,59%", "94,59%", 94.59, "%", code=ANY),
    _sxd("còn 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    _sxd("Sở đạt 95,82%", "95,82%", 95.82, "%", code=_HL),
    # I.6 the half-year average 766 result and two groups; the Sở's PAR index of 2025 (dated 2025-12-31)
    _sxd("đạt 87,24/100", "87,24/100", 87.24, "điểm", max_value=100, code=_TONG),
    _sxd("xếp thứ 9/20", "9/20", 9, "hạng", R, max_value=20, code=_HANG),
    _sxd("đạt 17,86/22", "17,86/22", 17.86, "điểm", max_value=22, code="766.so_hoa"),
    _sxd("đạt 9,12/10", "9,12/10", 9.12, "điểm", max_value=10, code="766.thanh_toan"),
    _sxd("đạt 86,48%", "86,48%", 86.48, "%", as_of=_Y2025, code=_PAR),
    _sxd("xếp thứ 7/20", "7/20", 7, "hạng", R, max_value=20, as_of=_Y2025, code=_PAR),
    # II.-III. shortcomings; a task's count; task c)'s target for the Sở in quý IV (phone number no figure)
    _sxd("Còn 74 TTHC", "74", 74, "TTHC", C, code=_MOT),
    F("Có 03/13 phòng", "03/13", 3, "phòng", C, max_value=13, code=None, **_IN_TINH),
    _sxd("chuyển 20 TTHC", "20", 20, "TTHC", C, code=ANY),
    _sxd("tối thiểu 60%", "60%", 60, "%", T, as_of=_Y2026, code=_TSD),
]

# ------------------------------------------------------------ 672: Ban Pháp chế HĐND tỉnh Lạng Sơn, giám sát 6 tháng
# cuối năm 2025
_H1_2025_672 = "2025-06-30"
_BODIES_672 = [
    ("1", "Sở Nông nghiệp và Môi trường", "tỉnh", "12.486 76,54 93,86 712 508"),
    ("2", "Sở Tư pháp", "tỉnh", "3.218 96,18 99,72 9 9"),
    ("3", "Phường Lương Văn Tri", "xã", "9.846 82,36 98,14 176 176"),
    ("4", "Xã Hữu Lũng", "xã", "6.412 58,27 96,05 241 112"),
    ("5", "Xã Đình Lập", "xã", "2.918 41,36 97,63 66 30"),
    ("6", "Xã Na Sầm", "xã", "3.104 47,18 98,86 34 34"),
    ("7", "Xã Bình Gia", "xã", "2.506 39,82 95,12 118 0"),
]


def _bodies_672() -> list[Fact]:
    """Bảng 1 (Markdown, by body supervised): files received (files code), online and on-time shares, overdue files
    (overdue code), letters of apology (`thư`, code unchecked; a "0" cell is a figure); each body as written, its level.
    The "Cộng" row (empty STT, empty share cells) adds two Sở and five communes: subject and level unchecked."""
    facts = []
    for i, (stt, name, level, raws) in enumerate(_BODIES_672):
        received, online, on_time, overdue, letters = raws.split()
        line = _md_line((stt, name, received, online, on_time, overdue, letters))
        after = _md_line(_BODIES_672[i + 1][:2]).rsplit(" |", 1)[0] if i + 1 < len(_BODIES_672) else "| | Cộng"
        facts += _cells(line, " | ", after, name, level, [
            (received, "hồ sơ", P, _TN, "period", None), (online, "%", P, _NOP, "period", None),
            (on_time, "%", P, _DH, "period", None), (overdue, "hồ sơ", P, _QH, "period", None),
            (letters, "thư", P, ANY, "period", None)])
    total = _md_line(("", "Cộng", "40.490", "", "", "1.356", "869"))
    facts += _cells(total, " | ", "\nSở Nông nghiệp", ANY, ANY, [
        ("40.490", "hồ sơ", P, _TN, "period", None), ("1.356", "hồ sơ", P, _QH, "period", None),
        ("869", "thư", P, ANY, "period", None)])
    return facts


BLIND_672 = [
    # supervision scope (46/QĐ-HĐND, 38/KH-BPC cited; the fieldwork window no figure); I. the province's units, TTHC
    F("Tư pháp và 05 xã", "05", 5, "xã", C, code=None, **_IN_XA),
    F("có 65 đơn vị", "65", 65, "đơn vị", C, code=None, **_CAP_XA),
    F("(61 xã", "61", 61, "xã", C, code=None, **_IN_XA),
    F("04 phường)", "04", 4, "phường", C, code=None, **_IN_XA),
    F("và 17 cơ quan", "17", 17, "đơn vị", C, code=None, **_IN_TINH),
    F("gồm 2.046 TTHC", "2.046", 2046, "TTHC", C, code=_TTHC),
    F("cấp tỉnh 1.612 TTHC", "1.612", 1612, "TTHC", C, code=ANY, **_CAP_TINH),
    F("cấp xã 434 TTHC", "434", 434, "TTHC", C, code=ANY, **_CAP_XA),
    F("có 1.208 TTHC", "1.208", 1208, "TTHC", C, code=_TOAN),
    F("chiếm 59,04%", "59,04%", 59.04, "%", code=_TOAN),
    # II.1 the province's files, by level; 6 tháng đầu năm 2025 dated 2025-06-30
    F("tiếp nhận 186.412 hồ sơ", "186.412", 186412, "hồ sơ", C, code=_TN),
    F("cấp tỉnh 58.906 hồ sơ", "58.906", 58906, "hồ sơ", C, code=_TN, **_CAP_TINH),
    F("cấp xã 127.506 hồ sơ", "127.506", 127506, "hồ sơ", C, code=_TN, **_CAP_XA),
    F("trực tuyến 131.648 hồ sơ", "131.648", 131648, "hồ sơ", C, code=_NOP),
    F("chiếm 70,62%", "70,62%", 70.62, "%", code=_NOP),
    F("lần lượt là 91,23%", "91,23%", 91.23, "%", code=_NOP, **_CAP_TINH),
    F("và 61,10%", "61,10%", 61.10, "%", code=_NOP, **_CAP_XA),
    F("giải quyết 179.214 hồ sơ", "179.214", 179214, "hồ sơ", C, code=ANY),
    F("đúng hạn 175.062 hồ sơ", "175.062", 175062, "hồ sơ", C, code=_DH),
    F("đạt 97,68%", "97,68%", 97.68, "%", code=_DH),
    F("quá hạn 4.152 hồ sơ", "4.152", 4152, "hồ sơ", C, code=_QH),
    F("(chiếm 2,32%)", "2,32%", 2.32, "%", code=_QH),
    F("tăng 866 hồ sơ", "866", 866, "hồ sơ", CH, code=ANY),
    F("(3.286 hồ sơ)", "3.286", 3286, "hồ sơ", PR, as_of=_H1_2025_672, code=_QH),
    F("đạt 64,86%", "64,86%", 64.86, "%", code=_TT, target=70, stated_status="chưa đạt"),
    F("năm 2025 là 70%", "70%", 70, "%", T, code=_TT),
    F("TTHC đạt 78,42%", "78,42%", 78.42, "%", code=_SH),
    # the province's 766 result of tháng 12/2025 (the period's last month) and its payment group
    F("đạt 79,42/100", "79,42/100", 79.42, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 28/34", "28/34", 28, "hạng", R, max_value=34, code=_HANG),
    F("đạt 5,86/10", "5,86/10", 5.86, "điểm", max_value=10, code="766.thanh_toan"),
    # II.2 Bảng 1 (Markdown, by body supervised) and the bodies named after it
    *_bodies_672(),
    F("có 712 hồ sơ", "712", 712, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_QH),
    F("chiếm 17,15%", "17,15%", 17.15, "%", subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=ANY),
    F("đối với 118 hồ sơ", "118", 118, "hồ sơ", C, subject="UBND xã Bình Gia", level="xã", code=ANY),
    # the committee's survey (subject and level unchecked)
    F("khảo sát 420 phiếu", "420", 420, "phiếu", C, code=ANY, **_OPEN),
    F("tại 05 xã", "05", 5, "xã", C, code=None, **_IN_XA),
    F("có 386 phiếu", "386", 386, "phiếu", C, code=ANY, **_OPEN),
    F("đạt 91,90%", "91,90%", 91.90, "%", code=ANY, **_OPEN),
    # II.3 communes (the threshold a target)
    F("Có 52/65 xã", "52/65", 52, "xã", C, max_value=65, code=None, **_IN_XA),
    F("còn 12 xã", "12", 12, "xã", C, code=None, **_IN_XA),
    F("Có 18/65 xã", "18/65", 18, "xã", C, max_value=65, code=None, **_IN_XA),
    F("dưới 40%", "40%", 40, "%", T, code=ANY, **_IN_XA),
    # III. a count repeated; recommendation 5's target for cấp xã in 2026 (phone number no figure)
    F("cho 12 xã", "12", 12, "xã", C, code=None, **_IN_XA),
    F("tối thiểu 70%", "70%", 70, "%", T, as_of=_Y2026, code=_NOP, **_CAP_XA),
]

# ------------------------------------------------------------ 673: Sở Nội vụ tỉnh Đắk Lắk, Chỉ số CCHC và SIPAS năm
# 2025
_SO_673 = [
    ("1", "Sở Tư pháp", "61,42 31,76 93,18 1 94,26"),
    ("2", "Sở Khoa học và Công nghệ", "60,18 31,04 91,22 2 92,18"),
    ("3", "Sở Nội vụ", "59,86 30,92 90,78 3 91,64"),
    ("4", "Sở Tài chính", "57,34 30,18 87,52 6 90,12"),
    ("5", "Sở Nông nghiệp và Môi trường", "53,26 28,46 81,72 14 84,36"),
    ("6", "Sở Xây dựng", "52,14 28,02 80,16 16 83,42"),
    ("7", "Sở Y tế", "49,56 26,86 76,42 18 80,58"),
]


def _so_673() -> list[Fact]:
    """Bảng 1 (Markdown, by Sở): the appraised score (max 65 from the header), the survey score (max 35), the total
    (max 100), the rank (kind rank, no max: the header writes none), the SIPAS share; each Sở as written, level tỉnh;
    codes unchecked (a body's index, as golden/blind112.py's 636)."""
    facts = []
    for i, (stt, name, raws) in enumerate(_SO_673):
        appraised, survey, total, rank, sipas = raws.split()
        line = _md_line((stt, name, appraised, survey, total, rank, sipas))
        after = _md_line(_SO_673[i + 1][:2]).rsplit(" |", 1)[0] if i + 1 < len(_SO_673) else "\nSo với năm 2024"
        facts += _cells(line, " | ", after, name, "tỉnh", [
            (appraised, "điểm", P, ANY, "period", 65), (survey, "điểm", P, ANY, "period", 35),
            (total, "điểm", P, ANY, "period", 100), (rank, "hạng", R, ANY, "period", None),
            (sipas, "%", P, ANY, "period", None)])
    return facts


BLIND_673 = [
    # the units assessed (3126/QĐ-UBND cited)
    F("của 18 cơ quan", "18", 18, "đơn vị", C, code=None, **_IN_TINH),
    F("và 102 đơn vị", "102", 102, "đơn vị", C, code=None, **_CAP_XA),
    F("(88 xã", "88", 88, "xã", C, code=None, **_IN_XA),
    F("14 phường)", "14", 14, "phường", C, code=None, **_IN_XA),
    # I.1 the index's structure (subject and level unchecked); the Sở block's average, the former provinces' mean of
    # 2024 ("hai tỉnh cũ" in words); counts by grade
    F("Chỉ số là 100 điểm", "100", 100, "điểm", code=ANY, **_OPEN),
    F("thẩm định 65 điểm", "65", 65, "điểm", code=ANY, **_OPEN),
    F("xã hội học 35 điểm", "35", 35, "điểm", code=ANY, **_OPEN),
    F("đạt 85,46/100", "85,46/100", 85.46, "điểm", max_value=100, code=ANY, **_IN_TINH),
    F("tăng 1,92 điểm", "1,92", 1.92, "điểm", CH, code=ANY, **_IN_TINH),
    F("(83,54 điểm", "83,54", 83.54, "điểm", PR, max_value=100, as_of=_Y2024, code=ANY, **_OPEN),
    F("Có 04 cơ quan", "04", 4, "đơn vị", C, code=None, **_IN_TINH),
    F("Tốt, 12 cơ quan", "12", 12, "đơn vị", C, code=None, **_IN_TINH),
    F("và 02 cơ quan", "02", 2, "đơn vị", C, code=None, **_IN_TINH),
    # I.2 Bảng 1 (Markdown, by Sở) and after it
    *_so_673(),
    F("có 11/18 cơ quan", "11/18", 11, "đơn vị", C, max_value=18, code=None, **_IN_TINH),
    F("(tăng 6,84 điểm)", "6,84", 6.84, "điểm", CH, subject="Sở Khoa học và Công nghệ", level="tỉnh", code=ANY),
    F("đạt 10,24/13,5", "10,24/13,5", 10.24, "điểm", max_value=13.5, code=ANY, **_IN_TINH),
    F("(tỷ lệ 75,85%)", "75,85%", 75.85, "%", code=ANY, **_IN_TINH),
    # II. the communes: average, gap (negative), blocks, grades, first and last (as written)
    F("của 102 xã", "102", 102, "xã", C, code=None, **_IN_XA),
    F("đạt 78,36/100", "78,36/100", 78.36, "điểm", max_value=100, code=ANY, **_IN_XA),
    F("ngành 7,10 điểm", "7,10", -7.10, "điểm", CH, code=ANY, **_IN_XA),
    F("bình quân 84,12 điểm", "84,12", 84.12, "điểm", code=ANY, **_IN_XA),
    F("bình quân 77,44 điểm", "77,44", 77.44, "điểm", code=ANY, **_IN_XA),
    F("Có 09 đơn vị", "09", 9, "đơn vị", C, code=None, **_IN_XA),
    F("Tốt, 58 đơn vị", "58", 58, "đơn vị", C, code=None, **_IN_XA),
    F("Khá, 31 đơn vị", "31", 31, "đơn vị", C, code=None, **_IN_XA),
    F("và 04 đơn vị", "04", 4, "đơn vị", C, code=None, **_IN_XA),
    F("(92,46 điểm)", "92,46", 92.46, "điểm", subject="Phường Buôn Ma Thuột", level="xã", code=ANY),
    F("(91,08 điểm)", "91,08", 91.08, "điểm", subject="phường Tuy Hòa", level="xã", code=ANY),
    F("(61,24 điểm)", "61,24", 61.24, "điểm", subject="xã Ia Lốp", level="xã", code=ANY),
    # III. SIPAS: the survey (subject and level unchecked), the province's index, five factors ("năm yếu tố" in words),
    # the blocks
    F("phát ra 12.240 phiếu", "12.240", 12240, "phiếu", C, code=ANY, **_OPEN),
    F("về 11.986 phiếu", "11.986", 11986, "phiếu", C, code=ANY, **_OPEN),
    F("đạt 97,92%", "97,92%", 97.92, "%", code=ANY, **_OPEN),
    F("chiếm 38,46%", "38,46%", 38.46, "%", code=ANY, **_OPEN),
    F("tỉnh đạt 87,65%", "87,65%", 87.65, "%", code=_SIPAS),
    F("tăng 1,38 điểm", "1,38", 1.38, "%", CH, code=ANY),
    F("(86,27%", "86,27%", 86.27, "%", PR, as_of=_Y2024, code=_SIPAS, **_OPEN),
    F("lần lượt là 89,12%", "89,12%", 89.12, "%", code=ANY),
    F("89,12%; 88,46%", "88,46%", 88.46, "%", code=ANY),
    F("88,46%; 86,04%", "86,04%", 86.04, "%", code=ANY),
    F("86,04%; 87,92%", "87,92%", 87.92, "%", code=ANY),
    F("và 86,71%", "86,71%", 86.71, "%", code=ANY),
    F("ngành đạt 88,94%", "88,94%", 88.94, "%", code=ANY, **_IN_TINH),
    F("phường đạt 86,82%", "86,82%", 86.82, "%", code=ANY, **_IN_XA),
    # IV. the former provinces' PAR index of 2024 (stated alone: value and rank dated 2024-12-31); the 766 of
    # tháng 12/2025 (the period end)
    F("(cũ) đạt 86,12%", "86,12%", 86.12, "%", as_of=_Y2024, code=_PAR, **_OPEN),
    F("xếp thứ 35/63", "35/63", 35, "hạng", R, max_value=63, as_of=_Y2024, code=_PAR, **_OPEN),
    F("(cũ) đạt 84,08%", "84,08%", 84.08, "%", as_of=_Y2024, code=_PAR, **_OPEN),
    F("xếp thứ 49/63", "49/63", 49, "hạng", R, max_value=63, as_of=_Y2024, code=_PAR, **_OPEN),
    F("đạt 82,16/100", "82,16/100", 82.16, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 20/34", "20/34", 20, "hạng", R, max_value=34, code=_HANG),
    # V.-VI. a count repeated; task 3's target for the commune block in quý III (address, phone number no figures)
    F("và 04 xã", "04", 4, "xã", C, code=None, **_IN_XA),
    F("tối thiểu 88%", "88%", 88, "%", T, as_of="2026-09-30", code=ANY, **_IN_XA),
]

# ------------------------------------------------------------ 674: UBND tỉnh Cao Bằng, số liệu theo Công văn của Bộ
# Khoa học và Công nghệ, quý I năm 2026
_Q4_2025 = "2025-12-31"
_LEVELS_674 = [
    ("1", "Cấp tỉnh", _CAP_TINH, "812 36.418 33.206 91,18 86,42 92,14"),
    ("2", "Cấp xã", _CAP_XA, "290 62.224 38.212 61,41 58,36 68,35"),
    ("", "Toàn tỉnh", {"subject": None, "level": None}, "1.102 98.642 71.418 72,40 70,01 77,13"),
]


def _levels_674() -> list[Fact]:
    """Bảng 1 (tab-separated, by level): TTHC toàn trình, files received, online files, online share, payment share,
    digitisation share, each with its column's code; "Cấp tỉnh" → `cấp tỉnh`, "Cấp xã" → `cấp xã`, "Toàn tỉnh" (empty
    STT) the province (subject NULL)."""
    facts = []
    for i, (stt, name, who, raws) in enumerate(_LEVELS_674):
        full, received, online, share, paid, digitised = raws.split()
        line = "\t".join([stt, name, full, received, online, share, paid, digitised])
        after = "\t".join(_LEVELS_674[i + 1][:2]) if i + 1 < len(_LEVELS_674) else "\n3. Kết quả"
        facts += _cells(line, "\t", after, who["subject"], who["level"], [
            (full, "TTHC", P, _TOAN, "period", None), (received, "hồ sơ", P, _TN, "period", None),
            (online, "hồ sơ", P, _NOP, "period", None), (share, "%", P, _NOP, "period", None),
            (paid, "%", P, _TT, "period", None), (digitised, "%", P, _SH, "period", None)])
    return facts


BLIND_674 = [
    # 1. the province's communes and TTHC (1962/BKHCN-CĐSQG cited; "ngày 31/3/2026" the period end)
    F("có 56 đơn vị", "56", 56, "đơn vị", C, code=None, **_CAP_XA),
    F("(53 xã", "53", 53, "xã", C, code=None, **_IN_XA),
    F("03 phường)", "03", 3, "phường", C, code=None, **_IN_XA),
    F("là 1.846 TTHC", "1.846", 1846, "TTHC", C, code=_TTHC),
    F("cấp tỉnh 1.428 TTHC", "1.428", 1428, "TTHC", C, code=ANY, **_CAP_TINH),
    F("cấp xã 418 TTHC", "418", 418, "TTHC", C, code=ANY, **_CAP_XA),
    F("trong đó 1.102 TTHC", "1.102", 1102, "TTHC", C, code=_TOAN),
    F("(chiếm 59,70%)", "59,70%", 59.70, "%", code=_TOAN),
    F("59,70%), 596 TTHC", "596", 596, "TTHC", C, code=_MOT),
    F("và 148 TTHC", "148", 148, "TTHC", C, code=_CHUA),
    F("Có 1.064 TTHC", "1.064", 1064, "TTHC", C, code=ANY),
    # 2. files (quý IV năm 2025 dated 2025-12-31), payment; logins through VNeID (subject and level unchecked)
    F("tiếp nhận 98.642 hồ sơ", "98.642", 98642, "hồ sơ", C, code=_TN),
    F("trong đó 71.418 hồ sơ", "71.418", 71418, "hồ sơ", C, code=_NOP),
    F("chiếm 72,40%", "72,40%", 72.40, "%", code=_NOP),
    F("(66,85%)", "66,85%", 66.85, "%", PR, as_of=_Q4_2025, code=_NOP),
    F("tăng 5,55 điểm", "5,55", 5.55, "%", CH, code=ANY),
    F("Có 42.306 hồ sơ", "42.306", 42306, "hồ sơ", C, code=ANY),
    F("trong đó 29.618 hồ sơ", "29.618", 29618, "hồ sơ", C, code=_TT),
    F("đạt 70,01%", "70,01%", 70.01, "%", code=_TT),
    F("là 18,36 tỷ đồng", "18,36", 18.36, "tỷ đồng", code=ANY),
    F("Có 412.618 lượt", "412.618", 412618, "lượt", C, code=ANY, **_OPEN),
    F("chiếm 88,46%", "88,46%", 88.46, "%", code=ANY, **_OPEN),
    F("điện tử đạt 81,26%", "81,26%", 81.26, "%", code=_KQ),
    # Bảng 1 (tab-separated, by level)
    *_levels_674(),
    # 3. the province's 766 result of tháng 3/2026 (the period end) and two groups
    F("đạt 80,94/100", "80,94/100", 80.94, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 22/34", "22/34", 22, "hạng", R, max_value=34, code=_HANG),
    F("đạt 9,46/12", "9,46/12", 9.46, "điểm", max_value=12, code="766.dvctt"),
    F("đạt 7,28/10", "7,28/10", 7.28, "điểm", max_value=10, code="766.thanh_toan"),
    # 4. communes below the threshold (a target); 5. counts in the tasks, cấp xã's payment target in quý II (phone
    # numbers no figures)
    F("còn 23/56 xã", "23/56", 23, "xã", C, max_value=56, code=None, **_IN_XA),
    F("dưới 50%", "50%", 50, "%", T, code=ANY, **_IN_XA),
    F("tích hợp 38 TTHC", "38", 38, "TTHC", C, code=ANY, **_OPEN),
    F("chuyển 148 TTHC", "148", 148, "TTHC", C, code=ANY, **_OPEN),
    F("tối thiểu 65%", "65%", 65, "%", T, as_of="2026-06-30", code=_TT, **_CAP_XA),
    F("tại 23 xã", "23", 23, "xã", C, code=None, **_IN_XA),
]

BLIND = {"670": BLIND_670, "671": BLIND_671, "672": BLIND_672, "673": BLIND_673, "674": BLIND_674}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "670": [
        ("2025-11-30", "day", "30/11/2025", "quy trình nội bộ", "UBND xã Mai Sơn"),
        ("2025-11-15", "day", "ngày mười lăm tháng 11 năm 2025", "văn bản xin lỗi", "UBND xã Mai Sơn"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "lĩnh vực đất đai nộp trực tuyến", "UBND xã Mai Sơn"),
        ("2025-12-31", "month", "tháng 12/2025", "chữ ký số", "Trung tâm Phục vụ hành chính công xã Mai Sơn"),
        ("2026-12-31", "year", "năm 2026", "dữ liệu hộ tịch", "Sở Khoa học và Công nghệ"),
        # issued 06/11/2025: the first "ngày 10 hằng tháng" is 10/11/2025
        ("2025-11-10", "recurring", "10 hằng tháng", "báo cáo kết quả khắc phục", "UBND xã Mai Sơn"),
    ],
    "671": [
        ("2026-08-31", "day", "31/8/2026", "tái cấu trúc quy trình", "Sở Xây dựng"),
        ("2026-09-30", "day", "ngày ba mươi tháng 9 năm 2026", "chậm in phôi giấy phép lái xe", "Sở Xây dựng"),
        ("2026-12-31", "quarter", "quý IV năm 2026", "sử dụng lại dữ liệu số hóa", "Sở Xây dựng"),
        ("2026-11-30", "month", "tháng 11/2026", "kiểm tra lại việc khắc phục", "Sở Nội vụ"),
        ("2026-12-31", "year", "năm 2026", "giấy phép lái xe với ứng dụng VNeID", "Công an tỉnh"),
        # issued 22/7/2026: the first "ngày 15 hằng tháng" is 15/8/2026
        ("2026-08-15", "recurring", "15 hằng tháng", "báo cáo kết quả thực hiện Thông báo", "Sở Xây dựng"),
    ],
    "672": [
        ("2026-06-30", "quarter", "quý II năm 2026", "máy quét", "UBND tỉnh"),
        ("2026-03-31", "day", "31/3/2026", "hồ sơ đất đai quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2026-04-30", "day", "ngày ba mươi tháng 4 năm 2026", "Hệ thống thông tin giải quyết TTHC",
         "Sở Khoa học và Công nghệ"),
        ("2026-03-31", "month", "tháng 3/2026", "thư xin lỗi", "UBND xã Bình Gia"),
        ("2026-12-31", "year", "năm 2026", "nộp trực tuyến của cấp xã", "UBND các xã, phường"),
        # issued 12/3/2026: the first "ngày 25 hằng tháng" is 25/3/2026
        ("2026-03-25", "recurring", "25 hằng tháng", "báo cáo kết quả thực hiện kiến nghị",
         "Các cơ quan, đơn vị được giám sát"),
    ],
    "673": [
        ("2026-03-31", "day", "31/3/2026", "công bố kết quả Chỉ số cải cách hành chính", "Phòng Cải cách hành chính"),
        ("2026-04-15", "day", "ngày mười lăm tháng 4 năm 2026", "kế hoạch khắc phục",
         "Sở Y tế và UBND các xã xếp loại Yếu"),
        ("2026-09-30", "quarter", "quý III năm 2026", "Chỉ số SIPAS", "UBND các xã, phường"),
        ("2026-10-31", "month", "tháng 10/2026", "khảo sát SIPAS năm 2026", "Phòng Cải cách hành chính"),
        ("2026-12-31", "year", "năm 2026", "phần mềm chấm điểm", "Sở Khoa học và Công nghệ"),
        # issued 16/3/2026, after the 5th: the first "ngày 05 hằng tháng" is 05/4/2026
        ("2026-04-05", "recurring", "05 hằng tháng", "tài liệu kiểm chứng",
         "Các sở, ban, ngành và UBND các xã, phường"),
    ],
    "674": [
        ("2026-05-30", "day", "30/5/2026", "tích hợp 38 TTHC", "Sở Khoa học và Công nghệ"),
        ("2026-06-30", "day", "ngày ba mươi tháng 6 năm 2026", "tái cấu trúc quy trình", "Văn phòng UBND tỉnh"),
        ("2026-06-30", "quarter", "quý II năm 2026", "thanh toán trực tuyến của cấp xã", "UBND các xã, phường"),
        ("2026-05-31", "month", "tháng 5/2026", "nộp hồ sơ trực tuyến", "Bưu điện tỉnh"),
        ("2026-12-31", "year", "năm 2026", "nền tảng thanh toán trực tuyến", "Bộ Khoa học và Công nghệ"),
        # issued 10/4/2026, after the 8th: the first "ngày 08 hằng tháng" is 08/5/2026
        ("2026-05-08", "recurring", "08 hằng tháng", "tổng hợp số liệu", "Sở Khoa học và Công nghệ"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 670 a Thông báo of the Sở
# Nội vụ under "UBND TỈNH SƠN LA", signed by a deputy director, its period the quarter in its title; 671 a Thông báo
# of UBND tỉnh Nghệ An signed by a vice-chairman, its period the half-year in its title; 672 a Báo cáo of the Ban Pháp
# chế under "HĐND TỈNH LẠNG SƠN", signed by its head, its period the supervised half-year; 673 a Báo cáo of the Sở Nội
# vụ under "UBND TỈNH ĐẮK LẮK" signed by a deputy director, its period the year the indices measure; 674 a Báo cáo of
# UBND tỉnh Cao Bằng answering a ministry's Công văn, signed by a vice-chairman.
META = {
    "670": {"doc_number": "286/TB-SNV", "doc_type": "Thông báo", "issued_date": "2025-11-06",
            "province": "Sơn La", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Cầm Thị Ngọc Lan"},
    "671": {"doc_number": "1286/TB-UBND", "doc_type": "Thông báo", "issued_date": "2026-07-22",
            "province": "Nghệ An", "period_label": "6 tháng đầu năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-06-30", "signer": "Phan Đức Thắng"},
    "672": {"doc_number": "12/BC-BPC", "doc_type": "Báo cáo", "issued_date": "2026-03-12",
            "province": "Lạng Sơn", "period_label": "6 tháng cuối năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-12-31", "signer": "Hoàng Thị Mai"},
    "673": {"doc_number": "468/BC-SNV", "doc_type": "Báo cáo", "issued_date": "2026-03-16",
            "province": "Đắk Lắk", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "H'Liên Niê"},
    "674": {"doc_number": "96/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-04-10",
            "province": "Cao Bằng", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Đàm Văn Hùng"},
}
