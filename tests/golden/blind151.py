"""Blind golden facts for corpus/blind151/830_thanh_hoa.txt, 831_lam_dong.txt, 832_quang_ngai.txt, 833_dong_thap.txt
and 834_dien_bien.txt.

The five documents were written by the developers for a hundred-and-fifty-first blind measurement (CITIZENS' FEEDBACK
AND SATISFACTION: a UBND tỉnh's year of PAKN by channel, field and level with its own satisfaction survey, the 766
satisfaction group and the ministry's SIPAS; a Sở Nội vụ's SIPAS-style survey scored by criterion in % and in points
with a tab-separated table of agencies; a new ward's month of overdue files, letters of apology, PAKN by channel and
ratings; a provincial public-service centre's Thông báo of ratings, overdue files and letters by agency in a Markdown
table; a Văn phòng UBND tỉnh's Công văn on PAKN handled by level and unit; provinces Thanh Hóa, Điện Biên (unchanged by
the 1 July 2025 merger), Lâm Đồng (merged with Đắk Nông and Bình Thuận), Quảng Ngãi (merged with Kon Tum) and Đồng
Tháp (merged with Tiền Giang); periods năm 2025, năm 2025, tháng 11 năm 2025, tháng 10 năm 2025 and quý III năm 2025;
not real documents), and every row below was written by reading them, before any extraction, restoration or pipeline
code was run on them. They also serve as held-out text for diacritic restoration (marks stripped, restored, compared
with the file).

Same structure and conventions as golden/blind148.py, blind147.py, blind146.py, blind145.py and blind13.py: rows use
`golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose and
list counts are kind `count`; table cells are kind `value` even when they count, with `extra={"source": "table"}`
(rank cells kind `rank`); `as_of="period"` is the period's end; a previous month, quarter, date or year in brackets is
kind previous dated at its end (a previous 766 group score with the group's maximum 18, a previous score out of 5 with
the maximum 5 of the current one); a change is dated with the figure it changes and a fall ("rút ngắn", "thấp hơn") is
negative; a change in "điểm phần trăm" is kind change in `%` with the number alone as raw; a change of a 766 score or
rank carries the score's or rank's code (the province's), of a count, share or duration none. `ANY` leaves a field
unchecked where the sentence names no catalogued indicator (`None` where it clearly names none: counts of bodies and
communes). PAKN received carry `pakn.tiep_nhan`, PAKN overdue `pakn.qua_han` (also those of one unit), the PAKN
processing time `pakn.thoi_gian`; PAKN handled, pending, by channel or by content and the shares handled have their
code unchecked (as golden/blind148.py). A count of the files an indicator is computed on carries that indicator's
code (received, online, on time, overdue; overdue files of one field or one receiving point the overdue code); files
settled and files received at one point unchecked. The 766 satisfaction group carries `766.hai_long` with its maximum
18, its two scored shares `766.hai_long.tthc` and `766.hai_long.pakn`; the total `766.tong_hop`, the rank
`766.xep_hang`; a ward's own 766 score, rank and group have their code unchecked (as golden/blind147.py). The
ministry's published SIPAS is `sipas` (dated at the end of the year it measures, 2024-12-31, kind value: it is the
latest published, not a bracketed previous); a province's or a Sở's own survey index, its criteria and its ranks have
their code unchecked. Counts of local units take the unit of their first unit word ("121/166 xã, phường", "86/124 xã,
phường, đặc khu", "31/45 xã, phường", "09 xã, phường" → `xã`); counts of "đơn vị", "sở, ban, ngành", "sở, ngành" →
`đơn vị` at the level of the bodies counted; "124 đơn vị hành chính cấp xã (103 xã, 20 phường, 01 đặc khu)" → `cấp
xã` (unit `đơn vị`, level xã) and its parts (`xã`, `phường`, `đặc khu`, subject unchecked, level xã). Things counted
take the noun as written: `PAKN`, `cuộc gọi`, `lượt`, `phiếu`, `ý kiến`, `thư xin lỗi`, `quầy`, `hồ sơ`; durations
`ngày`; scores `điểm`. Thresholds in a count of units ("từ 90% trở lên", "dưới 85%", "đúng hạn 100% PAKN") are kind
target with subject and level unchecked; task targets and task quantities ("dứt điểm 78 PAKN", "gửi 04 thư xin lỗi",
"bố trí thêm 01 quầy") are kind target dated at their task's deadline.

Subjects. Province-wide figures have subject NULL (830 the UBND tỉnh's own report; 834 the Văn phòng UBND tỉnh
reporting the province; the province's 766 result in 833); "a) Cấp tỉnh", "Cấp tỉnh …", "cấp xã …" figures are `cấp
tỉnh` / `cấp xã`; a ward's own figures are its UBND named in full (`UBND phường Cẩm Thành`, level xã) and its centre
named by its kind (`Trung tâm Phục vụ hành chính công phường`) subject unchecked, level xã (as golden/blind145.py); the
provincial centre's own figures are `Trung tâm Phục vụ hành chính công tỉnh` (level tỉnh); a unit named in prose or a
row keeps its name as written ("phường Hạc Thành", "Sở Nông nghiệp và Môi trường", "xã Mường Nhé", "Công an tỉnh").
Block averages and fields have subject unchecked.

Dates, document numbers and cited texts ("Số: 28/BC-UBND", "Nghị định số 20/2008/NĐ-CP", "Công văn số
9126/VPCP-KSTT", "Nghị quyết số 36/NQ-HĐND", "Số: 96/BC-SNV", "Kế hoạch số 186/KH-UBND", "Nghị quyết số 14/NQ-HĐND",
"Số: 214/BC-UBND", "Công văn số 3418/UBND-KSTT", "Số: 142/TB-TTPVHCC", "Quyết định số 2086/QĐ-UBND", "Số:
2146/VP-KSTT", "Công văn số 2214/UBND-KSTT"), stated windows ("từ ngày 01/01/2025 đến ngày 31/12/2025", "từ ngày
15/10/2025 đến ngày 30/11/2025", "từ ngày 01/7/2025 đến ngày 30/9/2025"), months, quarters, dates and years naming a
result or a bracket ("Tại ngày 31/12/2025", "tháng 11/2025", "tại ngày 30/9/2025", "so với ngày 30/6/2025", "năm
2024"), "Tổng đài 1022", "Bộ chỉ số 766", "Bảng 1.", the maximum in the header "Xếp hạng (/21)", "(thang điểm 5)",
numbers inside names ("Điểm tiếp nhận số 1", "Điểm tiếp nhận số 2", "đường 30 tháng 4"), "6 tháng đầu năm" naming a
period, addresses ("số 35 đại lộ Lê Lợi", "số 36 đường Trần Phú", "số 27 đường 30 tháng 4"), phone numbers
("0237.3852.168", "0263.3822.418", "0273.3886.022", "0215.3825.146"), section and item numbering ("I.", "1.", "a)"),
STT cells, headings naming the next period ("V. NHIỆM VỤ NĂM 2026", "III. NHIỆM VỤ NĂM 2026", "III. NHIỆM VỤ THÁNG 12
NĂM 2025": no deadlines), numbers in words ("hai cấp", "hai điểm tiếp nhận", the days of "ngày mười lăm tháng 3", "ngày
hai mươi tám tháng 02", "ngày mười tháng 12", "ngày mười lăm tháng 11", "ngày ba mươi mốt tháng 10") and years are not
figures.

New in this set (the decisions are written here):
- SATISFACTION BY CRITERION IN % AND IN POINTS SIDE BY SIDE (831 "- Tiếp cận dịch vụ: 89,46% (4,47 điểm);"): two
  figures, the % and the points; the points in brackets carry no maximum (none is written beside them, though the
  index "4,35/5 điểm" of the same report states 5); code unchecked. 833's "- Tiếp cận dịch vụ: 4,72/5 điểm;" carries
  the maximum 5 written.
- THE MINISTRY'S SIPAS OF THE FORMER PROVINCES (831 "Chỉ số SIPAS năm 2024 của tỉnh Lâm Đồng (cũ) đạt 82,36%, xếp thứ
  34/63 …; của tỉnh Đắk Nông (cũ) và tỉnh Bình Thuận (cũ) lần lượt là 80,94% và 83,18%"): code `sipas`, dated
  2024-12-31, kind value; subject and level unchecked (a former province is neither the present province nor a level;
  as golden/blind145.py reads the former provinces' figures).
- A TAB-SEPARATED TABLE OF AGENCIES BY CRITERION WITH A RANK COLUMN AMONG ALL AGENCIES (831 "Xếp hạng (/21)" while
  only eight agencies are listed): the rank cells are kind rank with the header's maximum 21 (as golden/blind147.py's
  "(/65)"); the forms column counts `phiếu`; every row is the agency as written, level tỉnh.
- TWO SCORES OF THE SAME CENTRE'S RATINGS (833): the share satisfied "98,42%" in prose and the "Tổng cộng" row's
  "98,42" are both the centre's (subject `Trung tâm Phục vụ hành chính công tỉnh`); the row "Các cơ quan còn lại" has
  subject unchecked, level tỉnh.
- A HOTLINE'S CALLS (830 "Riêng Tổng đài 1022 đã nhận 5.214 cuộc gọi, trong đó 3.590 cuộc gọi …"): unit `cuộc gọi`,
  subject and level unchecked (a channel, not a body), code unchecked.
- LETTERS OF APOLOGY SENT BY "các cơ quan" (830, 833): subject unchecked (830 level unchecked: bodies of both levels;
  833 level tỉnh: the agencies at the provincial centre); the ward's own letters (832) `UBND phường Cẩm Thành`.
- A RECEIVING POINT OF A WARD (832 "trụ sở chính 1.206 hồ sơ, quá hạn 19 hồ sơ; Điểm tiếp nhận số 1 (trụ sở phường
  Chánh Lộ cũ) 684 hồ sơ …"): subject unchecked, level xã; received files code unchecked, overdue the overdue code.
- A SELF-SURVEY BY QR CODE AT THE COMMUNES' DESKS (834 "… tại bộ phận một cửa cấp xã thu được 3.412 phiếu; chỉ số …
  tương ứng là 88,16%, …"): subject unchecked, level xã.

Per document:
- 830 is an annual Báo cáo of UBND tỉnh Thanh Hóa (header "ỦY BAN NHÂN DÂN / TỈNH THANH HÓA", number "28/BC-UBND",
  signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Văn phòng Chính phủ, năm 2025, issued
  12/01/2026. "3.846 … (PAKN) …, tăng 612 PAKN so với năm 2024 (3.234 PAKN), tương ứng tăng 18,92%" (previous
  2024-12-31), two kinds with "chiếm", four channels in a dash list, the hotline's calls, a Markdown table by field
  (received, handled, on-time share with a "100" cell, overdue with a "0" cell; "Tổng cộng" the province), "3.702/3.846
  PAKN, đạt 96,26%; … 3.522 PAKN, chiếm 95,14% … quá hạn 180 PAKN. Còn 144 PAKN" against the HĐND's "98%, như vậy
  chưa đạt chỉ tiêu", "6,2 ngày/PAKN (năm 2024: 7,4 ngày/PAKN), rút ngắn 1,2 ngày", levels under "a) Cấp tỉnh" / "b)
  Cấp xã", two wards' overdue PAKN in brackets, ratings "412.618 lượt …", letters "9.846 hồ sơ … 9.612 thư xin lỗi,
  đạt 97,62%", the 766 group `16,94/18` "(ngày 31/12/2024: 16,02 điểm), tăng 0,92 điểm" with its two shares,
  `87,46/100`, `8/34`, the ministry's SIPAS 2024 "83,72%, xếp thứ 22/63", the self-survey "28 sở, ban, ngành và
  166 xã, phường với 9.960 phiếu; … 88,64%, tăng 2,36 điểm phần trăm so với năm 2024 (86,28%)" and four criteria
  after "lần lượt là", against "Chỉ tiêu năm 2025 là 88%, đạt chỉ tiêu", agencies and communes by threshold with the
  lowest in brackets.
  Task 5's "tối thiểu 90%" is the province's index (subject NULL, 2026-12-31). Six deadlines in numbered items: day
  (with "78 PAKN"), "chậm nhất ngày mười lăm tháng 3 năm 2026" for two named wards, quarter, month, year (with the
  target), "trước ngày 20 hằng tháng" (issued 12/01/2026: first 20/01/2026).
- 831 is an annual Báo cáo of the Sở Nội vụ tỉnh Lâm Đồng (header "UBND TỈNH LÂM ĐỒNG / SỞ NỘI VỤ", number
  "96/BC-SNV", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC") to UBND tỉnh on the satisfaction survey of năm 2025, issued
  08/01/2026. The survey's forms "7.250 … 7.102 … 6.984 phiếu hợp lệ, đạt 98,34%" (subject and level unchecked: the
  survey of the province carried out by the Sở), by level (`cấp tỉnh`, `cấp xã`); the province's index (subject NULL)
  "86,92%, tăng 1,84 điểm phần trăm so với năm 2024 (85,08%); … 4,35/5 điểm" against "từ 85% trở lên thì đã đạt chỉ
  tiêu", four criteria in % and points, the lowest criterion's gap "3,30 điểm phần trăm" (negative, the province's),
  levels after "lần lượt là", the table, the first and last agencies in brackets and the last one's gap "5,72 điểm phần
  trăm" (negative, `Sở Nông nghiệp và Môi trường`), agencies and communes by threshold, the highest ward and lowest
  commune, block averages, the suggestions "1.246 ý kiến …" (subject and level unchecked), the former provinces' SIPAS.
  Task 5's "tối thiểu 88%" (subject and level unchecked: agencies and communes together, 2026-12-31). Six deadlines in
  numbered items: day for two named Sở, "chậm nhất ngày hai mươi tám tháng 02 năm 2026", quarter, month in a request
  "Đề nghị Sở Khoa học và Công nghệ …", year (with the target), "trước ngày 15 hằng tháng" (issued 08/01/2026: first
  15/01/2026).
- 832 is a monthly Báo cáo of UBND phường Cẩm Thành (tỉnh Quảng Ngãi; header "UBND TỈNH QUẢNG NGÃI / ỦY BAN NHÂN DÂN /
  PHƯỜNG CẨM THÀNH", number "214/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Văn
  phòng UBND tỉnh, tháng 11 năm 2025, issued 02/12/2025. The centre's files "2.418 hồ sơ (tháng 10/2025: 2.186 hồ
  sơ) … 1.846 hồ sơ, chiếm 76,34%" (subject unchecked, level xã), the ward's settled, on time, overdue "(tháng 10/2025:
  46 hồ sơ)", three receiving points, overdue by field in a dash list "- Đất đai: 21 hồ sơ;" (subject unchecked, level
  xã, overdue code), "38 thư xin lỗi, đạt 100% …; 26 thư xin lỗi … bình quân trễ 3,4 ngày" (a delay, kind value in
  `ngày`), PAKN "27 PAKN (tháng 10/2025: 19 PAKN), tăng 8 PAKN" with four channels and three contents, "25/27 PAKN, đạt
  92,59%; còn 02 PAKN", "4,6 ngày/PAKN", ratings "1.912 lượt … 1.524 … 342 … 46 lượt, chiếm 2,41%", "4,64/5 điểm
  (tháng 10/2025: 4,57 điểm)", the ward's 766 "86,12/100 điểm, xếp thứ 7/96 …, tăng 5 bậc … (xếp thứ 12/96)" and its
  group "17,46/18". Five deadlines in numbered items: day (with "17 hồ sơ"), "chậm nhất ngày mười tháng 12 năm 2025"
  (with "02 PAKN"), month (with "01 quầy"), quarter in a request "Đề nghị Sở Nông nghiệp và Môi trường …", "trước ngày
  25 hằng tháng" (issued 02/12/2025: first 25/12/2025).
- 833 is a THÔNG BÁO of the Trung tâm Phục vụ hành chính công tỉnh Đồng Tháp (header "UBND TỈNH ĐỒNG THÁP / TRUNG TÂM
  PHỤC VỤ HÀNH CHÍNH CÔNG", number "142/TB-TTPVHCC", signed "GIÁM ĐỐC"), tháng 10 năm 2025, issued 05/11/2025. The
  centre's "11.426 hồ sơ của 18 sở, ngành (tháng 9/2025: 10.618 hồ sơ), tăng 808 hồ sơ", settled, on time, overdue;
  ratings by channel in brackets "chiếm 75,07% số hồ sơ đã giải quyết", "98,42% (tháng 9/2025: 97,86%), tăng 0,56 điểm
  phần trăm", four criteria "x/5 điểm" and "Điểm chung đạt 4,66/5 điểm"; the Markdown table by agency (settled,
  overdue, letters, share satisfied; "0" cells; "Tổng cộng" the centre's); the largest "(78 hồ sơ, chiếm 50,00% …)";
  "150/156 thư xin lỗi, đạt 96,15%; còn 06 hồ sơ … (Sở Nông nghiệp và Môi trường 04 hồ sơ, Công an tỉnh 02 hồ sơ)";
  PAKN "48 PAKN" by four channels, "45/48 PAKN, đạt 93,75%; còn 03 PAKN"; the province's `84,26/100`, `12/34`,
  `17,28/18` "(tháng 9/2025: 17,04 điểm)". Five deadlines in dash items: day (with "04 thư xin lỗi"), "chậm nhất ngày
  mười lăm tháng 11 năm 2025", quarter (with "tối thiểu 98,5%", subject unchecked, level tỉnh), month in a request
  "Đề nghị VNPT Đồng Tháp …", "trước ngày 08 hằng tháng" (issued 05/11/2025: first 08/11/2025).
- 834 is a CÔNG VĂN of the Văn phòng UBND tỉnh Điện Biên (header "UBND TỈNH ĐIỆN BIÊN / VĂN PHÒNG", number
  "2146/VP-KSTT", a "V/v" line naming the quarter, signed "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG") to the agencies
  and communes, quý III năm 2025, issued 09/10/2025. Province figures: "642 PAKN (quý II năm 2025: 518 PAKN), tăng 124
  PAKN, tương ứng tăng 23,94%", FOUR CHANNELS IN ONE SENTENCE "lần lượt là 248, 176, 132 và 86 PAKN, tương ứng chiếm
  38,63%, …", levels, "598/642 PAKN, đạt 93,15%, … 561 PAKN, chiếm 93,81% … quá hạn 37 PAKN; còn 44 PAKN" against
  "95%, chưa đạt chỉ tiêu", "7,8 ngày/PAKN (quý II năm 2025: 9,2 ngày/PAKN), rút ngắn 1,4 ngày"; "Cấp tỉnh xử lý
  208/214 PAKN, đạt 97,20%", the Sở's "03 PAKN quá hạn", "cấp xã 390/428 PAKN, đạt 91,12%", "31/45 xã, phường … 100%
  PAKN; 14 đơn vị …" and three communes' overdue PAKN in brackets; the 766 shares, group `15,86/18` "tăng 0,64 điểm so
  với ngày 30/6/2025 (15,22 điểm)", `79,46/100`, `27/34`; the QR survey's "3.412 phiếu" and four criteria after
  "tương ứng là"; grades "09 xã, phường … 27 đơn vị … 09 đơn vị"; block averages. Six deadlines in dash items: day (with
  "03 PAKN"), "chậm nhất ngày ba mươi mốt tháng 10 năm 2025" for three named communes, quarter (with "tối thiểu 95%",
  subject and level unchecked, 2025-12-31), month, year, "trước ngày 22 hằng tháng" (issued 09/10/2025: first
  22/10/2025).

Unsure readings (fields left `ANY`, or decided and written here): the code of the PAKN on-time shares (830's
"95,14%", 834's "93,81%": left unchecked, the 766 indicator counts PAKN still within time too); who sent 830's letters
of apology and whose are 831's survey forms and suggestions (unchecked); whether the ministry's SIPAS rank has a code
(unchecked); the maximum of 831's bracketed points (decided: none written, none); the subject of the threshold "100%
PAKN" in 834 (a threshold, unchecked).
"""

from __future__ import annotations

from golden.facts import (
    _DH,
    _NOP,
    _QH,
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
_HL = "766.hai_long"
_HL_TTHC = "766.hai_long.tthc"
_HL_PAKN = "766.hai_long.pakn"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_QH = "pakn.qua_han"
_PAKN_TG = "pakn.thoi_gian"
_SIPAS = "sipas"
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_XA = {"subject": ANY, "level": "xã"}
_CAP_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_CAP_XA = {"subject": "cấp xã", "level": "xã"}
_Y2024 = "2024-12-31"
_Y2025 = "2025-12-31"

# A numeric column of a table: (unit, kind, max_value).
Col = tuple[str, str, float | None]


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


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


def _table(rows: list[tuple[str, ...]], markdown: bool, cols: list[Col], who_of, last_after: str) -> list[Fact]:
    """Every numeric cell of a table given as rows (STT, name, cells...), Markdown or tab-separated, source table,
    code unchecked; `who_of(name)` gives the subject and level of a row. A cell's context is the separator before it,
    the rest of its row and the start of the next line."""
    facts = []
    for i, row in enumerate(rows):
        if markdown:
            line, sep = _md_line(row), " | "
            after = _md_line(rows[i + 1][:2]) if i + 1 < len(rows) else last_after
        else:
            line, sep = "\t".join(row), "\t"
            after = "\t".join(rows[i + 1][:2]) if i + 1 < len(rows) else last_after
        at = 0
        for raw, (unit, kind, top) in zip(row[2:], cols, strict=True):
            at = _find_cell(line, sep, raw, at)
            facts.append(F(line[at:] + "\n" + after, raw, _num(raw), unit, kind, max_value=top, code=ANY,
                           extra=TAB, **who_of(row[1])))
            at += len(sep)
    return facts


def _by(subject: object, level: object):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


def _n(make, context: str, raw: str, unit: str, kind: str = P, **kw) -> Fact:
    """A row whose value is the number as written (`1.846` → 1846, `68,42%` → 68.42; of `44/46` the first)."""
    return make(context, raw, _num(raw.split("/")[0]), unit, kind, **kw)


def _score(make, context: str, raw: str, **kw) -> Fact:
    """A score written `x/max` (points, with its maximum)."""
    got, top = raw.split("/")
    return make(context, raw, _num(got), "điểm", max_value=_num(top), **kw)


_prov = _by(None, None)
_open = _by(ANY, ANY)
_in_tinh = _by(ANY, "tỉnh")
_in_xa = _by(ANY, "xã")
_cap_tinh = _by("cấp tỉnh", "tỉnh")
_cap_xa = _by("cấp xã", "xã")


# ------------------------------------------------------------ 830: UBND tỉnh Thanh Hóa, năm 2025
# (PAKN by channel in a dash list, a Markdown table by field, levels under a)/b), the 766 group, SIPAS, a self-survey)
_FIELDS_830 = [
    ("1", "Đất đai", "1.246", "1.168", "91,27", "102"),
    ("2", "Xây dựng", "486", "468", "93,38", "31"),
    ("3", "Tư pháp, hộ tịch", "412", "412", "100", "0"),
    ("4", "Giao thông, vận tải", "538", "526", "96,58", "18"),
    ("5", "Bảo hiểm xã hội, y tế", "624", "610", "98,52", "9"),
    ("6", "Lao động, việc làm", "214", "208", "97,12", "6"),
    ("7", "Các lĩnh vực khác", "326", "310", "95,48", "14"),
    ("", "Tổng cộng", "3.846", "3.702", "95,14", "180"),
]
_COLS_830: list[Col] = [("PAKN", P, None), ("PAKN", P, None), ("%", P, None), ("PAKN", P, None)]


def _who_830(name: str) -> dict:
    """Fields unchecked; "Tổng cộng" the province (NULL)."""
    return {"subject": None, "level": None} if name == "Tổng cộng" else _OPEN


BLIND_830 = [
    # I.1 PAKN received (2024 in brackets), by kind
    _n(_prov, "tiếp nhận 3.846 phản ánh", "3.846", "PAKN", C, code=_PAKN_TN),
    _n(_prov, "tăng 612 PAKN", "612", "PAKN", CH, code=ANY),
    _n(_prov, "(3.234 PAKN)", "3.234", "PAKN", PR, as_of=_Y2024, code=_PAKN_TN),
    _n(_prov, "tăng 18,92%", "18,92%", "%", CH, code=ANY),
    _n(_prov, "hành chính 418 PAKN", "418", "PAKN", C, code=ANY),
    _n(_prov, "chiếm 10,87%", "10,87%", "%", code=ANY),
    _n(_prov, "công chức 3.428 PAKN", "3.428", "PAKN", C, code=ANY),
    _n(_prov, "chiếm 89,13%", "89,13%", "%", code=ANY),
    # I.2 channels; the hotline's calls
    _n(_prov, "1022: 1.624 PAKN", "1.624", "PAKN", C, code=ANY),
    _n(_prov, "chiếm 42,23%", "42,23%", "%", code=ANY),
    _n(_prov, "của tỉnh: 1.038 PAKN", "1.038", "PAKN", C, code=ANY),
    _n(_prov, "chiếm 26,99%", "26,99%", "%", code=ANY),
    _n(_prov, 'Smart": 712 PAKN', "712", "PAKN", C, code=ANY),
    _n(_prov, "chiếm 18,51%", "18,51%", "%", code=ANY),
    _n(_prov, "các cấp: 472 PAKN", "472", "PAKN", C, code=ANY),
    _n(_prov, "chiếm 12,27%", "12,27%", "%", code=ANY),
    _n(_open, "nhận 5.214 cuộc gọi", "5.214", "cuộc gọi", C, code=ANY),
    _n(_open, "trong đó 3.590 cuộc gọi", "3.590", "cuộc gọi", C, code=ANY),
    # I.3 the table by field
    *_table(_FIELDS_830, True, _COLS_830, _who_830, ""),
    # II.1 handled, on time against the HĐND's target, overdue, pending, days (2024 in brackets)
    _prov("xử lý 3.702/3.846 PAKN", "3.702/3.846", 3702, "PAKN", C, max_value=3846, code=ANY),
    _n(_prov, "đạt 96,26%", "96,26%", "%", code=ANY),
    _n(_prov, "đúng hạn 3.522 PAKN", "3.522", "PAKN", C, code=ANY),
    _n(_prov, "chiếm 95,14%", "95,14%", "%", code=ANY, target=98, stated_status="chưa đạt"),
    _n(_prov, "quá hạn 180 PAKN", "180", "PAKN", C, code=_PAKN_QH),
    _n(_prov, "Còn 144 PAKN", "144", "PAKN", C, code=ANY),
    _n(_prov, "đúng hạn là 98%", "98%", "%", T, as_of=_Y2025, code=ANY),
    _n(_prov, "bình quân 6,2 ngày", "6,2", "ngày", code=_PAKN_TG),
    _n(_prov, "(năm 2024: 7,4 ngày", "7,4", "ngày", PR, as_of=_Y2024, code=_PAKN_TG),
    _prov("rút ngắn 1,2 ngày", "1,2", -1.2, "ngày", CH, code=ANY),
    # II.2 levels; communes all on time; two wards' overdue PAKN
    _n(_cap_tinh, "tiếp nhận 1.512 PAKN", "1.512", "PAKN", C, code=_PAKN_TN),
    _n(_cap_tinh, "xử lý 1.486 PAKN", "1.486", "PAKN", C, code=ANY),
    _n(_cap_tinh, "đạt 98,28%", "98,28%", "%", code=ANY),
    _n(_cap_xa, "tiếp nhận 2.334 PAKN", "2.334", "PAKN", C, code=_PAKN_TN),
    _n(_cap_xa, "xử lý 2.216 PAKN", "2.216", "PAKN", C, code=ANY),
    _n(_cap_xa, "đạt 94,94%", "94,94%", "%", code=ANY),
    _in_xa("Có 121/166 xã", "121/166", 121, "xã", C, max_value=166, code=None),
    F("(24 PAKN)", "24", 24, "PAKN", C, subject="phường Hạc Thành", level="xã", code=_PAKN_QH),
    F("(17 PAKN)", "17", 17, "PAKN", C, subject="phường Sầm Sơn", level="xã", code=_PAKN_QH),
    # III.1 ratings; letters of apology for overdue files
    _n(_prov, "có 412.618 lượt", "412.618", "lượt", C, code=ANY),
    _n(_prov, "trong đó 405.214 lượt", "405.214", "lượt", C, code=ANY),
    _n(_prov, "chiếm 98,21%", "98,21%", "%", code=ANY),
    _n(_prov, "7.404 lượt", "7.404", "lượt", C, code=ANY),
    _n(_prov, "chiếm 1,79%", "1,79%", "%", code=ANY),
    _n(_prov, "Đối với 9.846 hồ sơ", "9.846", "hồ sơ", C, code=_QH),
    _n(_open, "gửi 9.612 thư xin lỗi", "9.612", "thư xin lỗi", C, code=ANY),
    _n(_open, "đạt 97,62%", "97,62%", "%", code=ANY),
    # III.2 the 766 group (2024 in brackets), its two shares, the total and rank
    _score(_prov, "đạt 16,94/18", "16,94/18", code=_HL),
    _prov("(ngày 31/12/2024: 16,02 điểm)", "16,02", 16.02, "điểm", PR, max_value=18, as_of=_Y2024, code=_HL),
    _n(_prov, "tăng 0,92 điểm", "0,92", "điểm", CH, code=_HL),
    _n(_prov, "hành chính đạt 97,86%", "97,86%", "%", code=_HL_TTHC),
    _n(_prov, "PAKN đạt 93,42%", "93,42%", "%", code=_HL_PAKN),
    _score(_prov, "đạt 87,46/100", "87,46/100", code=_TONG),
    _prov("xếp thứ 8/34", "8/34", 8, "hạng", R, max_value=34, code=_HANG),
    # III.3 the ministry's SIPAS of 2024; the self-survey (2024 in brackets) against its target; thresholds
    _n(_prov, "đạt 83,72%", "83,72%", "%", as_of=_Y2024, code=_SIPAS),
    _prov("xếp thứ 22/63", "22/63", 22, "hạng", R, max_value=63, as_of=_Y2024, code=ANY),
    _in_tinh("tại 28 sở", "28", 28, "đơn vị", C, code=None),
    _in_xa("ngành và 166 xã", "166", 166, "xã", C, code=None),
    _n(_open, "với 9.960 phiếu", "9.960", "phiếu", C, code=ANY),
    _n(_prov, "chung đạt 88,64%", "88,64%", "%", code=ANY, target=88, stated_status="đạt"),
    _n(_prov, "tăng 2,36 điểm", "2,36", "%", CH, code=ANY),
    _n(_prov, "(86,28%)", "86,28%", "%", PR, as_of=_Y2024, code=ANY),
    _n(_prov, "lần lượt là 90,12%", "90,12%", "%", code=ANY),
    _n(_prov, ", 86,48%", "86,48%", "%", code=ANY),
    _n(_prov, ", 89,76%", "89,76%", "%", code=ANY),
    _n(_prov, "và 88,20%", "88,20%", "%", code=ANY),
    _n(_prov, "năm 2025 là 88%", "88%", "%", T, code=ANY),
    _in_tinh("Có 19/28 sở", "19/28", 19, "đơn vị", C, max_value=28, code=None),
    _n(_open, "từ 90% trở lên", "90%", "%", T, code=ANY),
    _in_tinh("và 09 đơn vị", "09", 9, "đơn vị", C, code=None),
    _n(_open, "đạt dưới 90%", "90%", "%", T, code=ANY),
    F("(81,36%)", "81,36%", 81.36, "%", subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=ANY),
    _in_xa("có 142/166 xã", "142/166", 142, "xã", C, max_value=166, code=None),
    _n(_open, "từ 85% trở lên", "85%", "%", T, code=ANY),
    F("(78,42%)", "78,42%", 78.42, "%", subject="xã Mường Lát", level="xã", code=ANY),
    # V. task quantity, the province's target of 2026
    _n(_open, "dứt điểm 78 PAKN", "78", "PAKN", T, as_of="2026-02-28", code=ANY),
    _n(_prov, "tối thiểu 90%", "90%", "%", T, as_of="2026-12-31", code=ANY),
]


# ------------------------------------------------------------ 831: Sở Nội vụ tỉnh Lâm Đồng, năm 2025
# (a survey by criterion in % and points, a tab-separated table of agencies with a rank among 21)
_AGENCIES_831 = [
    ("1", "Sở Tư pháp", "312", "93,42", "90,16", "92,84", "91,74", "92,04", "1"),
    ("2", "Công an tỉnh", "286", "92,18", "88,46", "91,62", "90,54", "90,70", "2"),
    ("3", "Sở Y tế", "174", "91,36", "86,72", "90,48", "88,92", "89,37", "4"),
    ("4", "Sở Tài chính", "168", "90,24", "85,38", "89,76", "87,46", "88,21", "6"),
    ("5", "Sở Công Thương", "126", "89,12", "84,26", "88,94", "86,52", "87,21", "8"),
    ("6", "Sở Giáo dục và Đào tạo", "142", "88,46", "82,64", "87,92", "85,14", "86,04", "11"),
    ("7", "Sở Xây dựng", "198", "86,72", "79,86", "85,48", "82,38", "83,61", "17"),
    ("8", "Sở Nông nghiệp và Môi trường", "246", "84,18", "76,42", "83,96", "80,24", "81,20", "21"),
]
_COLS_831: list[Col] = [("phiếu", P, None)] + [("%", P, None)] * 5 + [("hạng", R, 21)]


def _agency(name: str) -> dict:
    """A row's agency as written, level tỉnh."""
    return {"subject": name, "level": "tỉnh"}


BLIND_831 = [
    # I. scope: agencies, the communes and their parts; the survey's forms (unchecked), by level
    _in_tinh("tại 21 sở", "21", 21, "đơn vị", C, code=None),
    _cap_xa("và 124 đơn vị", "124", 124, "đơn vị", C, code=None),
    _in_xa("(103 xã", "103", 103, "xã", C, code=None),
    _in_xa("20 phường", "20", 20, "phường", C, code=None),
    _in_xa("01 đặc khu)", "01", 1, "đặc khu", C, code=None),
    _n(_open, "ra 7.250 phiếu", "7.250", "phiếu", C, code=ANY),
    _n(_open, "thu về 7.102 phiếu", "7.102", "phiếu", C, code=ANY),
    _n(_open, "trong đó 6.984 phiếu", "6.984", "phiếu", C, code=ANY),
    _n(_open, "đạt 98,34%", "98,34%", "%", code=ANY),
    _n(_cap_tinh, "cấp tỉnh 1.890 phiếu", "1.890", "phiếu", C, code=ANY),
    _n(_cap_xa, "cấp xã 5.094 phiếu", "5.094", "phiếu", C, code=ANY),
    _n(_open, "Zalo 2.146 phiếu", "2.146", "phiếu", C, code=ANY),
    _n(_open, "chiếm 30,73%", "30,73%", "%", code=ANY),
    # II.1 the province's index (2024 in brackets), points, against the HĐND's target
    _n(_prov, "đạt 86,92%", "86,92%", "%", code=ANY, target=85, stated_status="đạt"),
    _n(_prov, "tăng 1,84 điểm", "1,84", "%", CH, code=ANY),
    _n(_prov, "(85,08%)", "85,08%", "%", PR, as_of=_Y2024, code=ANY),
    _score(_prov, "đạt 4,35/5", "4,35/5", code=ANY),
    _n(_prov, "là từ 85% trở lên", "85%", "%", T, code=ANY),
    # II.2 four criteria in % and points; the lowest's gap
    _n(_prov, "dịch vụ: 89,46%", "89,46%", "%", code=ANY),
    _n(_prov, "(4,47 điểm)", "4,47", "điểm", code=ANY),
    _n(_prov, "hành chính: 83,62%", "83,62%", "%", code=ANY),
    _n(_prov, "(4,18 điểm)", "4,18", "điểm", code=ANY),
    _n(_prov, "công chức: 88,74%", "88,74%", "%", code=ANY),
    _n(_prov, "(4,44 điểm)", "4,44", "điểm", code=ANY),
    _n(_prov, "công việc: 85,86%", "85,86%", "%", code=ANY),
    _n(_prov, "(4,29 điểm)", "4,29", "điểm", code=ANY),
    _prov("chung 3,30 điểm", "3,30", -3.3, "%", CH, code=ANY),
    # II.3 levels
    _n(_cap_tinh, "lần lượt là 89,18%", "89,18%", "%", code=ANY),
    _n(_cap_xa, "và 86,08%", "86,08%", "%", code=ANY),
    # II.4 the table; the first and last in brackets; agencies by threshold
    *_table(_AGENCIES_831, False, _COLS_831, _agency, ""),
    F("dẫn đầu (92,04%)", "92,04%", 92.04, "%", subject="Sở Tư pháp", level="tỉnh", code=ANY),
    F("thấp nhất (81,20%)", "81,20%", 81.2, "%", subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=ANY),
    F("của tỉnh 5,72 điểm", "5,72", -5.72, "%", CH, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=ANY),
    _in_tinh("Có 14/21 sở", "14/21", 14, "đơn vị", C, max_value=21, code=None),
    _n(_open, "hài lòng từ 85% trở lên", "85%", "%", T, code=ANY),
    _in_tinh("07 đơn vị", "07", 7, "đơn vị", C, code=None),
    _n(_open, "đơn vị dưới 85%", "85%", "%", T, code=ANY),
    # II.5 communes by threshold, the highest and lowest, block averages
    _in_xa("Có 86/124 xã", "86/124", 86, "xã", C, max_value=124, code=None),
    _n(_open, "chỉ số từ 85% trở lên", "85%", "%", T, code=ANY),
    F("(94,62%)", "94,62%", 94.62, "%", subject="phường Xuân Hương - Đà Lạt", level="xã", code=ANY),
    F("(74,18%)", "74,18%", 74.18, "%", subject="xã Quảng Trực", level="xã", code=ANY),
    _n(_in_xa, "Khối phường bình quân 89,36%", "89,36%", "%", code=ANY),
    _n(_in_xa, "khối xã bình quân 85,42%", "85,42%", "%", code=ANY),
    # II.6 suggestions
    _n(_open, "nêu 1.246 ý kiến", "1.246", "ý kiến", C, code=ANY),
    _n(_open, "trong đó 512 ý kiến", "512", "ý kiến", C, code=ANY),
    _n(_open, "chiếm 41,09%", "41,09%", "%", code=ANY),
    _n(_open, "318 ý kiến", "318", "ý kiến", C, code=ANY),
    # II.7 the ministry's SIPAS of 2024 of the three former provinces
    _n(_open, "đạt 82,36%", "82,36%", "%", as_of=_Y2024, code=_SIPAS),
    _open("xếp thứ 34/63", "34/63", 34, "hạng", R, max_value=63, as_of=_Y2024, code=ANY),
    _n(_open, "là 80,94%", "80,94%", "%", as_of=_Y2024, code=_SIPAS),
    _n(_open, "và 83,18%", "83,18%", "%", as_of=_Y2024, code=_SIPAS),
    # III. the agencies' and communes' target of 2026
    _n(_open, "tối thiểu 88%", "88%", "%", T, as_of="2026-12-31", code=ANY),
]


# ------------------------------------------------------------ 832: UBND phường Cẩm Thành (Quảng Ngãi), tháng 11/2025
# (a ward's dash lists: files, receiving points, overdue by field, letters, PAKN by channel, ratings, its 766)
_pw = _by("UBND phường Cẩm Thành", "xã")
_OCT_832 = "2025-10-31"

BLIND_832 = [
    # I.1 the centre's files (October in brackets), the ward's settled, on time, overdue; receiving points
    _n(_in_xa, "tiếp nhận 2.418 hồ sơ", "2.418", "hồ sơ", C, code=_TN),
    _n(_in_xa, "(tháng 10/2025: 2.186 hồ sơ)", "2.186", "hồ sơ", PR, as_of=_OCT_832, code=_TN),
    _n(_in_xa, "trực tuyến 1.846 hồ sơ", "1.846", "hồ sơ", C, code=_NOP),
    _n(_in_xa, "chiếm 76,34%", "76,34%", "%", code=_NOP),
    _n(_pw, "giải quyết 2.276 hồ sơ", "2.276", "hồ sơ", C, code=ANY),
    _n(_pw, "đúng hạn 2.238 hồ sơ", "2.238", "hồ sơ", C, code=_DH),
    _n(_pw, "đạt 98,33%", "98,33%", "%", code=_DH),
    _n(_pw, "quá hạn 38 hồ sơ", "38", "hồ sơ", C, code=_QH),
    _n(_pw, "chiếm 1,67%", "1,67%", "%", code=_QH),
    _n(_pw, "(tháng 10/2025: 46 hồ sơ)", "46", "hồ sơ", PR, as_of=_OCT_832, code=_QH),
    _n(_in_xa, "trụ sở chính 1.206 hồ sơ", "1.206", "hồ sơ", C, code=ANY),
    _n(_in_xa, "quá hạn 19 hồ sơ", "19", "hồ sơ", C, code=_QH),
    _n(_in_xa, "cũ) 684 hồ sơ", "684", "hồ sơ", C, code=ANY),
    _n(_in_xa, "quá hạn 12 hồ sơ", "12", "hồ sơ", C, code=_QH),
    _n(_in_xa, "cũ) 528 hồ sơ", "528", "hồ sơ", C, code=ANY),
    _n(_in_xa, "quá hạn 7 hồ sơ", "7", "hồ sơ", C, code=_QH),
    # I.2 overdue by field
    _n(_in_xa, "Đất đai: 21 hồ sơ", "21", "hồ sơ", C, code=_QH),
    _n(_in_xa, "Xây dựng: 9 hồ sơ", "9", "hồ sơ", C, code=_QH),
    _n(_in_xa, "Hộ tịch: 5 hồ sơ", "5", "hồ sơ", C, code=_QH),
    _n(_in_xa, "Chứng thực: 3 hồ sơ", "3", "hồ sơ", C, code=_QH),
    # I.3 letters of apology, the delay of the new dates
    _n(_pw, "ban hành 38 thư xin lỗi", "38", "thư xin lỗi", C, code=ANY),
    _n(_pw, "đạt 100% số", "100%", "%", code=ANY),
    _n(_pw, "26 thư xin lỗi", "26", "thư xin lỗi", C, code=ANY),
    _n(_pw, "trễ 3,4 ngày", "3,4", "ngày", code=ANY),
    # I.4 PAKN (October in brackets), channels, contents, handled, days
    _n(_pw, "tiếp nhận 27 PAKN", "27", "PAKN", C, code=_PAKN_TN),
    _n(_pw, "(tháng 10/2025: 19 PAKN)", "19", "PAKN", PR, as_of=_OCT_832, code=_PAKN_TN),
    _n(_pw, "tăng 8 PAKN", "8", "PAKN", CH, code=ANY),
    _n(_pw, "phường 11 PAKN", "11", "PAKN", C, code=ANY),
    _n(_pw, "nóng 07 PAKN", "07", "PAKN", C, code=ANY),
    _n(_pw, "quốc gia 05 PAKN", "05", "PAKN", C, code=ANY),
    _n(_pw, "Trung tâm 04 PAKN", "04", "PAKN", C, code=ANY),
    _n(_pw, "công chức 03 PAKN", "03", "PAKN", C, code=ANY),
    _n(_pw, "giải quyết 14 PAKN", "14", "PAKN", C, code=ANY),
    _n(_pw, "thủ tục 10 PAKN", "10", "PAKN", C, code=ANY),
    _pw("xử lý 25/27 PAKN", "25/27", 25, "PAKN", C, max_value=27, code=ANY),
    _n(_pw, "đạt 92,59%", "92,59%", "%", code=ANY),
    _n(_pw, "còn 02 PAKN đang", "02", "PAKN", C, code=ANY),
    _n(_pw, "bình quân 4,6 ngày", "4,6", "ngày", code=_PAKN_TG),
    # I.5 ratings, the average (October in brackets), the ward's 766
    _n(_pw, "Có 1.912 lượt", "1.912", "lượt", C, code=ANY),
    _n(_pw, "rất hài lòng 1.524 lượt", "1.524", "lượt", C, code=ANY),
    _n(_pw, "hài lòng 342 lượt", "342", "lượt", C, code=ANY),
    _n(_pw, "không hài lòng 46 lượt", "46", "lượt", C, code=ANY),
    _n(_pw, "chiếm 2,41%", "2,41%", "%", code=ANY),
    _score(_pw, "đạt 4,64/5", "4,64/5", code=ANY),
    _pw("(tháng 10/2025: 4,57 điểm)", "4,57", 4.57, "điểm", PR, max_value=5, as_of=_OCT_832, code=ANY),
    _score(_pw, "đạt 86,12/100", "86,12/100", code=ANY),
    _pw("xếp thứ 7/96", "7/96", 7, "hạng", R, max_value=96, code=ANY),
    _pw("tăng 5 bậc", "5", 5, "hạng", CH, code=ANY),
    _pw("(xếp thứ 12/96)", "12/96", 12, "hạng", PR, max_value=96, as_of=_OCT_832, code=ANY),
    _score(_pw, "đạt 17,46/18", "17,46/18", code=ANY),
    # III. task quantities
    _n(_open, "dứt điểm 17 hồ sơ", "17", "hồ sơ", T, as_of="2025-12-15", code=ANY),
    _n(_open, "trả lời 02 PAKN", "02", "PAKN", T, as_of="2025-12-10", code=ANY),
    _n(_open, "thêm 01 quầy", "01", "quầy", T, as_of="2025-12-31", code=ANY),
]


# ------------------------------------------------------------ 833: Trung tâm Phục vụ HCC tỉnh Đồng Tháp, tháng 10/2025
# (a Thông báo: ratings by channel and criterion, a Markdown table by agency with letters of apology)
_tt = _by("Trung tâm Phục vụ hành chính công tỉnh", "tỉnh")
_SEP_833 = "2025-09-30"
_AGENCIES_833 = [
    ("1", "Sở Nông nghiệp và Môi trường", "2.846", "78", "74", "96,84"),
    ("2", "Sở Xây dựng", "1.214", "31", "31", "97,62"),
    ("3", "Sở Tư pháp", "1.642", "12", "12", "99,18"),
    ("4", "Công an tỉnh", "2.618", "21", "19", "98,96"),
    ("5", "Sở Y tế", "684", "8", "8", "98,74"),
    ("6", "Sở Tài chính", "712", "0", "0", "99,46"),
    ("7", "Các cơ quan còn lại", "1.226", "6", "6", "99,12"),
    ("", "Tổng cộng", "10.942", "156", "150", "98,42"),
]
_COLS_833: list[Col] = [("hồ sơ", P, None), ("hồ sơ", P, None), ("thư xin lỗi", P, None), ("%", P, None)]


def _who_833(name: str) -> dict:
    """Each agency as written (level tỉnh); the rest unchecked; "Tổng cộng" the centre's."""
    if name == "Tổng cộng":
        return {"subject": "Trung tâm Phục vụ hành chính công tỉnh", "level": "tỉnh"}
    return _IN_TINH if name == "Các cơ quan còn lại" else _agency(name)


BLIND_833 = [
    # 1. files (September in brackets), agencies, settled, on time, overdue
    _n(_tt, "tiếp nhận 11.426 hồ sơ", "11.426", "hồ sơ", C, code=_TN),
    _in_tinh("của 18 sở", "18", 18, "đơn vị", C, code=None),
    _n(_tt, "(tháng 9/2025: 10.618 hồ sơ)", "10.618", "hồ sơ", PR, as_of=_SEP_833, code=_TN),
    _n(_tt, "tăng 808 hồ sơ", "808", "hồ sơ", CH, code=ANY),
    _n(_tt, "giải quyết 10.942 hồ sơ", "10.942", "hồ sơ", C, code=ANY),
    _n(_tt, "đúng hạn 10.786 hồ sơ", "10.786", "hồ sơ", C, code=_DH),
    _n(_tt, "đạt 98,57%", "98,57%", "%", code=_DH),
    _n(_tt, "quá hạn 156 hồ sơ", "156", "hồ sơ", C, code=_QH),
    _n(_tt, "chiếm 1,43%", "1,43%", "%", code=_QH),
    # 2. ratings by channel, the share satisfied (September in brackets), criteria out of 5
    _n(_tt, "Có 8.214 lượt", "8.214", "lượt", C, code=ANY),
    _n(_tt, "quầy 5.126 lượt", "5.126", "lượt", C, code=ANY),
    _n(_tt, "SMS 1.846 lượt", "1.846", "lượt", C, code=ANY),
    _n(_tt, "Dịch vụ công 1.242 lượt", "1.242", "lượt", C, code=ANY),
    _n(_tt, "chiếm 75,07%", "75,07%", "%", code=ANY),
    _n(_tt, "đạt 98,42%", "98,42%", "%", code=ANY),
    _n(_tt, "(tháng 9/2025: 97,86%)", "97,86%", "%", PR, as_of=_SEP_833, code=ANY),
    _n(_tt, "tăng 0,56 điểm", "0,56", "%", CH, code=ANY),
    _n(_tt, "hài lòng 130 lượt", "130", "lượt", C, code=ANY),
    _n(_tt, "chiếm 1,58%", "1,58%", "%", code=ANY),
    _score(_tt, "dịch vụ: 4,72/5", "4,72/5", code=ANY),
    _score(_tt, "hành chính: 4,51/5", "4,51/5", code=ANY),
    _score(_tt, "giải quyết: 4,76/5", "4,76/5", code=ANY),
    _score(_tt, "giải quyết: 4,63/5", "4,63/5", code=ANY),
    _score(_tt, "chung đạt 4,66/5", "4,66/5", code=ANY),
    # 3. the table; the largest; letters sent and missing
    *_table(_AGENCIES_833, True, _COLS_833, _who_833, ""),
    F("(78 hồ sơ", "78", 78, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_QH),
    F("chiếm 50,00%", "50,00%", 50, "%", subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=ANY),
    _in_tinh("gửi 150/156 thư xin lỗi", "150/156", 150, "thư xin lỗi", C, max_value=156, code=ANY),
    _n(_in_tinh, "đạt 96,15%", "96,15%", "%", code=ANY),
    _n(_in_tinh, "còn 06 hồ sơ", "06", "hồ sơ", C, code=ANY),
    F("Môi trường 04 hồ sơ", "04", 4, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=ANY),
    F("Công an tỉnh 02 hồ sơ", "02", 2, "hồ sơ", C, subject="Công an tỉnh", level="tỉnh", code=ANY),
    # 4. PAKN by channel, handled
    _n(_tt, "tiếp nhận 48 PAKN", "48", "PAKN", C, code=_PAKN_TN),
    _n(_tt, "tỉnh 18 PAKN", "18", "PAKN", C, code=ANY),
    _n(_tt, "quốc gia 12 PAKN", "12", "PAKN", C, code=ANY),
    _n(_tt, "Zalo 10 PAKN", "10", "PAKN", C, code=ANY),
    _n(_tt, "Trung tâm 8 PAKN", "8", "PAKN", C, code=ANY),
    _tt("xử lý 45/48 PAKN", "45/48", 45, "PAKN", C, max_value=48, code=ANY),
    _n(_tt, "đạt 93,75%", "93,75%", "%", code=ANY),
    _n(_tt, "còn 03 PAKN", "03", "PAKN", C, code=ANY),
    # 5. the province's 766 (the group's September in brackets)
    _score(_prov, "đạt 84,26/100", "84,26/100", code=_TONG),
    _prov("xếp thứ 12/34", "12/34", 12, "hạng", R, max_value=34, code=_HANG),
    _score(_prov, "đạt 17,28/18", "17,28/18", code=_HL),
    _prov("(tháng 9/2025: 17,04 điểm)", "17,04", 17.04, "điểm", PR, max_value=18, as_of=_SEP_833, code=_HL),
    # 6. task quantity, the agencies' target
    _n(_open, "gửi 04 thư xin lỗi", "04", "thư xin lỗi", T, as_of="2025-11-10", code=ANY),
    _n(_in_tinh, "tối thiểu 98,5%", "98,5%", "%", T, as_of=_Y2025, code=ANY),
]


# ------------------------------------------------------------ 834: Văn phòng UBND tỉnh Điện Biên, quý III năm 2025
# (a Công văn: channels after "lần lượt là … tương ứng chiếm", levels, communes' overdue PAKN, a QR survey)
_Q2_834 = "2025-06-30"

BLIND_834 = [
    # 1. PAKN received (quý II in brackets), four channels in one sentence, levels
    _n(_prov, "tiếp nhận 642 PAKN", "642", "PAKN", C, code=_PAKN_TN),
    _n(_prov, "(quý II năm 2025: 518 PAKN)", "518", "PAKN", PR, as_of=_Q2_834, code=_PAKN_TN),
    _n(_prov, "tăng 124 PAKN", "124", "PAKN", CH, code=ANY),
    _n(_prov, "tăng 23,94%", "23,94%", "%", CH, code=ANY),
    _n(_prov, "là 248, 176", "248", "PAKN", C, code=ANY),
    _n(_prov, "248, 176", "176", "PAKN", C, code=ANY),
    _n(_prov, "176, 132", "132", "PAKN", C, code=ANY),
    _n(_prov, "132 và 86 PAKN", "86", "PAKN", C, code=ANY),
    _n(_prov, "chiếm 38,63%", "38,63%", "%", code=ANY),
    _n(_prov, "38,63%, 27,41%", "27,41%", "%", code=ANY),
    _n(_prov, "27,41%, 20,56%", "20,56%", "%", code=ANY),
    _n(_prov, "và 13,40%", "13,40%", "%", code=ANY),
    _n(_cap_tinh, "Cấp tỉnh tiếp nhận 214 PAKN", "214", "PAKN", C, code=_PAKN_TN),
    _n(_cap_xa, "cấp xã tiếp nhận 428 PAKN", "428", "PAKN", C, code=_PAKN_TN),
    # 2. handled, on time against the year's target, overdue, pending, days (quý II in brackets)
    _prov("xử lý 598/642 PAKN", "598/642", 598, "PAKN", C, max_value=642, code=ANY),
    _n(_prov, "đạt 93,15%", "93,15%", "%", code=ANY),
    _n(_prov, "đúng hạn 561 PAKN", "561", "PAKN", C, code=ANY),
    _n(_prov, "chiếm 93,81%", "93,81%", "%", code=ANY, target=95, stated_status="chưa đạt"),
    _n(_prov, "quá hạn 37 PAKN", "37", "PAKN", C, code=_PAKN_QH),
    _n(_prov, "còn 44 PAKN", "44", "PAKN", C, code=ANY),
    _n(_prov, "đúng hạn là 95%", "95%", "%", T, as_of=_Y2025, code=ANY),
    _n(_prov, "bình quân 7,8 ngày", "7,8", "ngày", code=_PAKN_TG),
    _n(_prov, "(quý II năm 2025: 9,2 ngày", "9,2", "ngày", PR, as_of=_Q2_834, code=_PAKN_TG),
    _prov("rút ngắn 1,4 ngày", "1,4", -1.4, "ngày", CH, code=ANY),
    # levels, the Sở's overdue PAKN, communes all on time, three communes' overdue PAKN
    _cap_tinh("xử lý 208/214 PAKN", "208/214", 208, "PAKN", C, max_value=214, code=ANY),
    _n(_cap_tinh, "đạt 97,20%", "97,20%", "%", code=ANY),
    F("còn 03 PAKN quá hạn", "03", 3, "PAKN", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh",
      code=_PAKN_QH),
    _cap_xa("xử lý 390/428 PAKN", "390/428", 390, "PAKN", C, max_value=428, code=ANY),
    _n(_cap_xa, "đạt 91,12%", "91,12%", "%", code=ANY),
    _in_xa("Có 31/45 xã", "31/45", 31, "xã", C, max_value=45, code=None),
    _n(_open, "đúng hạn 100% PAKN", "100%", "%", T, code=ANY),
    _in_xa("14 đơn vị", "14", 14, "đơn vị", C, code=None),
    F("(6 PAKN)", "6", 6, "PAKN", C, subject="xã Mường Nhé", level="xã", code=_PAKN_QH),
    F("(5 PAKN)", "5", 5, "PAKN", C, subject="xã Tủa Chùa", level="xã", code=_PAKN_QH),
    F("(4 PAKN)", "4", 4, "PAKN", C, subject="phường Mường Lay", level="xã", code=_PAKN_QH),
    # 3. the 766 shares, group (30/6 in brackets), total and rank
    _n(_prov, "PAKN đạt 91,28%", "91,28%", "%", code=_HL_PAKN),
    _n(_prov, "hành chính đạt 96,74%", "96,74%", "%", code=_HL_TTHC),
    _score(_prov, "đạt 15,86/18", "15,86/18", code=_HL),
    _n(_prov, "tăng 0,64 điểm", "0,64", "điểm", CH, code=_HL),
    _prov("(15,22 điểm)", "15,22", 15.22, "điểm", PR, max_value=18, as_of=_Q2_834, code=_HL),
    _score(_prov, "đạt 79,46/100", "79,46/100", code=_TONG),
    _prov("xếp thứ 27/34", "27/34", 27, "hạng", R, max_value=34, code=_HANG),
    # the QR survey at the communes' desks, grades, block averages
    _n(_in_xa, "được 3.412 phiếu", "3.412", "phiếu", C, code=ANY),
    _n(_in_xa, "tương ứng là 88,16%", "88,16%", "%", code=ANY),
    _n(_in_xa, "88,16%, 84,52%", "84,52%", "%", code=ANY),
    _n(_in_xa, "84,52%, 90,34%", "90,34%", "%", code=ANY),
    _n(_in_xa, "và 86,98%", "86,98%", "%", code=ANY),
    _in_xa("09 xã, phường đạt", "09", 9, "xã", C, code=None),
    _in_xa("27 đơn vị", "27", 27, "đơn vị", C, code=None),
    _in_xa("và 09 đơn vị", "09", 9, "đơn vị", C, code=None),
    _n(_in_xa, "khối phường bình quân 89,62%", "89,62%", "%", code=ANY),
    _n(_in_xa, "khối xã bình quân 86,84%", "86,84%", "%", code=ANY),
    # 4. task quantity, the agencies' and communes' target
    _n(_open, "dứt điểm 03 PAKN", "03", "PAKN", T, as_of="2025-10-20", code=ANY),
    _n(_open, "tối thiểu 95%", "95%", "%", T, as_of=_Y2025, code=ANY),
]

BLIND = {"830": BLIND_830, "831": BLIND_831, "832": BLIND_832, "833": BLIND_833, "834": BLIND_834}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "830": [
        ("2026-02-28", "day", "28/02/2026", "PAKN lĩnh vực đất đai", "Sở Nông nghiệp và Môi trường"),
        ("2026-03-15", "day", "ngày mười lăm tháng 3 năm 2026", "PAKN quá hạn",
         "UBND phường Hạc Thành và UBND phường Sầm Sơn"),
        ("2026-06-30", "quarter", "quý II năm 2026", "Zalo", "Sở Khoa học và Công nghệ"),
        ("2026-07-31", "month", "tháng 7/2026", "công khai kết quả xử lý PAKN", "Văn phòng UBND tỉnh"),
        ("2026-12-31", "year", "năm 2026", "khảo sát sự hài lòng", "Sở Nội vụ"),
        # issued 12/01/2026, before the 20th: the first "ngày 20 hằng tháng" is 20/01/2026
        ("2026-01-20", "recurring", "20 hằng tháng", "kết quả tiếp nhận, xử lý PAKN",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "831": [
        ("2026-01-31", "day", "31/01/2026", "kế hoạch cải thiện", "Sở Nông nghiệp và Môi trường và Sở Xây dựng"),
        ("2026-02-28", "day", "ngày hai mươi tám tháng 02 năm 2026", "giải pháp khắc phục", "UBND xã Quảng Trực"),
        ("2026-06-30", "quarter", "quý II năm 2026", "phiếu khảo sát điện tử", "Phòng Cải cách hành chính"),
        ("2026-09-30", "month", "tháng 9/2026", "chức năng đánh giá", "Sở Khoa học và Công nghệ"),
        ("2026-12-31", "year", "năm 2026", "chỉ số hài lòng", "Các sở, ban, ngành, UBND các xã, phường, đặc khu"),
        # issued 08/01/2026, before the 15th: the first "ngày 15 hằng tháng" is 15/01/2026
        ("2026-01-15", "recurring", "15 hằng tháng", "kết quả đánh giá", "Các cơ quan, đơn vị"),
    ],
    "832": [
        ("2025-12-15", "day", "15/12/2025", "hồ sơ đất đai", "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2025-12-10", "day", "ngày mười tháng 12 năm 2025", "02 PAKN", "Văn phòng HĐND và UBND phường"),
        ("2025-12-31", "month", "tháng 12/2025", "quầy tiếp nhận", "Trung tâm Phục vụ hành chính công phường"),
        ("2026-03-31", "quarter", "quý I năm 2026", "cơ sở dữ liệu đất đai", "Sở Nông nghiệp và Môi trường"),
        # issued 02/12/2025, before the 25th: the first "ngày 25 hằng tháng" is 25/12/2025
        ("2025-12-25", "recurring", "25 hằng tháng", "hồ sơ quá hạn", "Các bộ phận chuyên môn"),
    ],
    "833": [
        ("2025-11-10", "day", "10/11/2025", "thư xin lỗi", "Sở Nông nghiệp và Môi trường"),
        ("2025-11-15", "day", "ngày mười lăm tháng 11 năm 2025", "thư xin lỗi", "Công an tỉnh"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "tỷ lệ hài lòng", "Các sở, ngành có quầy tại Trung tâm"),
        ("2025-12-31", "month", "tháng 12/2025", "máy đánh giá", "VNPT Đồng Tháp"),
        # issued 05/11/2025, before the 8th: the first "ngày 08 hằng tháng" is 08/11/2025
        ("2025-11-08", "recurring", "08 hằng tháng", "hồ sơ quá hạn", "Các sở, ngành"),
    ],
    "834": [
        ("2025-10-20", "day", "20/10/2025", "PAKN quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2025-10-31", "day", "ngày ba mươi mốt tháng 10 năm 2025", "giải trình",
         "UBND xã Mường Nhé, UBND xã Tủa Chùa và UBND phường Mường Lay"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "xử lý đúng hạn", "Các sở, ban, ngành, UBND các xã, phường"),
        ("2025-11-30", "month", "tháng 11/2025", "Zalo", "Sở Khoa học và Công nghệ"),
        ("2026-12-31", "year", "năm 2026", "mã QR", "Trung tâm Phục vụ hành chính công tỉnh"),
        # issued 09/10/2025, before the 22nd: the first "ngày 22 hằng tháng" is 22/10/2025
        ("2025-10-22", "recurring", "22 hằng tháng", "kết quả xử lý PAKN", "Các cơ quan, đơn vị"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind148.py's META).
META = {
    "830": {"doc_number": "28/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-01-12",
            "province": "Thanh Hóa", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Lê Văn Hòa"},
    "831": {"doc_number": "96/BC-SNV", "doc_type": "Báo cáo", "issued_date": "2026-01-08",
            "province": "Lâm Đồng", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Trần Thị Mỹ Hạnh"},
    "832": {"doc_number": "214/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-12-02",
            "province": "Quảng Ngãi", "period_label": "tháng 11 năm 2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Huỳnh Văn Tâm"},
    "833": {"doc_number": "142/TB-TTPVHCC", "doc_type": "Thông báo", "issued_date": "2025-11-05",
            "province": "Đồng Tháp", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Nguyễn Thị Kim Loan"},
    "834": {"doc_number": "2146/VP-KSTT", "doc_type": "Công văn", "issued_date": "2025-10-09",
            "province": "Điện Biên", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Lò Văn Thắng"},
}
