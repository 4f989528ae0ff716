"""Blind golden facts for corpus/blind140/775_nghe_an.txt, 776_hung_yen.txt, 777_binh_phuoc.txt, 778_ha_noi.txt and
779_gia_lai.txt.

The five documents were written by the developers for a hundred-and-fortieth blind measurement (TEXT AS OFFICE
SOFTWARE EXPORTS IT: a spreadsheet pasted as semicolon-separated rows under a two-line merged header, a Word table
converted with each cell on its own line, a portal's statistics export with column codes and a legend, an e-mail body
forwarding a report under a quoted header, thousands separated by spaces, a tab-separated table with a trailing unit
column; provinces Nghệ An, unchanged by the 1 July 2025 merger, Hưng Yên, Hà Nội and Gia Lai after it, Bình Phước
before it; periods quý IV năm 2025, tháng 9 năm 2025, tháng 5 năm 2025, 6 tháng đầu năm 2026 and năm 2025; not real
documents), and every row below was written by reading them, before any extraction, restoration or pipeline code was
run on them. They also serve as held-out text for diacritic restoration (marks stripped, restored, compared with the
file).

Same structure and conventions as golden/blind136.py, blind135.py, blind134.py, blind133.py and blind13.py: rows use
`golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose and
list counts are kind `count`; table cells are kind `value` even when they count, with `extra={"source": "table"}`;
`as_of="period"` is the period's end; a previous quarter, month or half-year in brackets is kind previous dated at its
end (a previous 766 total on the /100 scale); a change is dated with the figure it changes and a fall ("giảm", "thấp
hơn") is negative; a change in "điểm phần trăm" is kind change in `%` with the number alone as raw. `ANY` leaves a
field unchecked where the sentence names no catalogued indicator (`None` where it clearly names none: counts of
decisions, bodies, communes, counters, officials). A count of the files (or PAKN) an indicator is computed on carries
that indicator's code; every "đã giải quyết" count, pending files, PAKN handled, letters, money and every change of a
count or share have their code unchecked. Counts of local units take the unit of their first unit word ("04/11 huyện,
thị xã, thành phố" → `huyện`, "46/130 xã, phường" → `xã`); counts of "cơ quan" and "đơn vị" → `đơn vị` at the level of
the bodies counted; "135 đơn vị hành chính cấp xã (110 xã, 25 phường)" → `cấp xã` and its parts (level xã, units `xã`
and `phường`). Province-wide figures have subject NULL (775 and 777 a Văn phòng UBND tỉnh reporting the province, 779
the UBND tỉnh); a Sở's own figures are the Sở by its kind (`Sở Tư pháp`, level tỉnh); a ward's own report names the
ward as its header does (`UBND phường Cầu Giấy`, level xã); a sentence or row naming a body keeps the name as written
("Công an tỉnh", "UBND các xã, phường", "UBND huyện Bù Gia Mập"). Things counted take the noun as written (`quyết
định`, `thư xin lỗi`, `phiếu`, `bản`, `quầy`, `công chức`, `tài khoản`); money keeps the unit written (`tỷ đồng`);
durations `ngày`. Dates and times ("02/06/2025 08:15", "Friday, July 3, 2026 4:52 PM"), document numbers and cited
texts ("Kế hoạch số 18/KH-UBND", "Công văn số 2764/VP-KSTT", "Quyết định số 766/QĐ-TTg", "Công văn số
1218/UBND-KSTT", "Công văn số 9126/VPCP-KSTT"), stated windows and data dates ("từ ngày 01/10/2025 đến ngày
31/12/2025", "ngày 05/01/2026", "từ ngày 01/9/2025 đến ngày 30/9/2025", "ngày 03/6/2025", "Từ ngày 01/7/2025", "tính
đến hết ngày 31/12/2025"), months, quarters and half-years naming a result, a bracket or a column ("tháng 12/2025",
"Quý I/2026", "6 tháng đầu năm 2026", "Năm 2024 (hai tỉnh cộng gộp)"), "Bộ chỉ số 766", "Tổng đài 1022", e-mail
addresses, column codes and their legend ("C01" … "C04"), section and item numbering ("I.", "1.", "Bảng 1"), STT cells
and lines, the trailing unit column ("hồ sơ", "%", "tài khoản", "PAKN", "ngày"), addresses ("số 03 đường Trường
Thi", "số 36 phố Cầu Giấy"), phone numbers ("0238.3598.246", "024.3767.2415"), headings naming the next period ("V.
NHIỆM VỤ QUÝ I NĂM 2026", "6. Nhiệm vụ tháng 10 năm 2025", "6. Nhiệm vụ 6 tháng cuối năm 2026", "IV. NHIỆM VỤ NĂM 2026":
no deadlines), numbers in words (the days of "ngày hai mươi tháng 02", "ngày ba mươi mốt tháng 10", "ngày ba mươi
tháng 6", "ngày mười lăm tháng 8", "ngày mười lăm tháng 3", "hai tỉnh") and years are not figures.

New in this set (the decisions are written here):
- A SPREADSHEET PASTED AS SEMICOLON-SEPARATED ROWS UNDER A TWO-LINE MERGED HEADER (775): "STT;Cơ quan, đơn vị;Số hồ sơ
  tiếp nhận;Tỷ lệ (%);;" then ";;;Nộp trực tuyến;Giải quyết đúng hạn;Thanh toán trực tuyến" (the merged cells left
  blank, as a spreadsheet copies them), rows "1;Sở Tư pháp;3846;96,52;99,84;88,16" with integers without a thousands
  separator ("3846" = 3846) and decimal commas; "100" cells are figures. Each body as written (level tỉnh; "Công an
  tỉnh" as written), "Các cơ quan còn lại" subject unchecked, the total row ";Cộng khối sở, ban, ngành;25606;…" the
  block (subject unchecked, level tỉnh; its 25606 is the prose's "cấp tỉnh 25.606 hồ sơ"). Columns: files received
  (`hồ sơ`, received code), online, on-time and payment shares (`%`, their codes). The units come from the sentence
  above ("đơn vị tính: hồ sơ; tỷ lệ: %") and the header.
- A WORD TABLE CONVERTED WITH EACH CELL ON ITS OWN LINE (776, as golden/blind128.py's 717): "STT", "Lĩnh vực",
  "Tiếp nhận", "Nộp trực tuyến", "Đã giải quyết", "Quá hạn" on six lines, then six lines a row (numbers with a dot for
  thousands, "0" cells figures); the "Tổng cộng" row's STT an empty line. Field rows subject unchecked, level tỉnh
  (the Sở's fields), counts unchecked except the overdue column (overdue code); "Tổng cộng" the Sở (`Sở Tư pháp`)
  with the received and online codes. A cell's context: the line break before it, the rest of its row and the next
  row's STT and name lines.
- A PORTAL'S STATISTICS EXPORT WITH COLUMN CODES AND A LEGEND (777): a Markdown table "| STT | Đơn vị | C01 | C02 |
  C03 | C04 |" whose meaning is given by the legend below it ("C01 - Số hồ sơ tiếp nhận (hồ sơ); C02 - Tỷ lệ hồ sơ
  nộp trực tuyến (%); C03 - Tỷ lệ hồ sơ giải quyết đúng hạn (%); C04 - Số hồ sơ quá hạn (hồ sơ)"): a careful reader
  takes each column's unit and indicator from the legend. The export writes integers without a separator ("1846")
  and decimals with a DOT ("86.42" = 86.42, "100.00" = 100), unlike the prose around it ("(54,26%)"); the codes C01 …
  C04 are no figures. Rows are the eleven district-level units as written (level huyện); "Tổng cấp huyện" (empty
  STT) is `cấp huyện`.
- AN E-MAIL BODY FORWARDING A REPORT UNDER A QUOTED HEADER (778): a covering note (greeting, sender, phone), a rule
  line and an Outlook-style header ("From:", "Sent:", "To:", "Subject:"), then the report with its own header block.
  The document's metadata are the report's (number "214/BC-UBND", date 03/7/2026 from "Cầu Giấy, ngày 03 tháng 7 năm
  2026", signer), not the mail's; the mail's lines hold no figures. The report writes THOUSANDS SEPARATED BY SPACES
  ("24 318 hồ sơ", "| 11 642 |"): the raw is the number with its space, its value the whole number (24318). Its
  Markdown table by quarter ("Quý I/2026 | Quý II/2026 | 6 tháng đầu năm 2026") has units in the row labels ("Hồ sơ
  tiếp nhận (hồ sơ)", "Tỷ lệ nộp trực tuyến (%)"); the quý I column is dated 2026-03-31 (kind value), quý II and the
  half-year at the period end; every cell the ward's, with its row's code.
- A TAB-SEPARATED TABLE WITH A TRAILING UNIT COLUMN (779): "STT | Chỉ tiêu | Năm 2024 (hai tỉnh cộng gộp) | Năm 2025
  | Đơn vị tính": each row's unit is its last cell ("hồ sơ", "%", "tài khoản", "PAKN", "ngày"), which is text. The
  2024 column adds the two former provinces: kind value dated 2024-12-31, subject and level unchecked (as
  golden/blind135.py's 753 reads the combined former provinces); the 2025 column the province's (subject NULL). The
  halves of 2025 in prose: the former provinces' files of the first half (dated 2025-06-30, subject and level
  unchecked), the merged province's second half (the period end, subject NULL), codes unchecked.

Per document:
- 775 is a quarterly Báo cáo of the Văn phòng UBND tỉnh Nghệ An (header "UBND TỈNH NGHỆ AN / VĂN PHÒNG", number
  "46/BC-VPUBND", signed "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG") to the Chairman, quý IV năm 2025, issued
  09/01/2026 (ranks /34). Province figures (subject NULL): "14 quyết định … 236 TTHC", "100%", TTHC by level and by
  online service ("1.084 TTHC, chiếm 56,22%; một phần 702 TTHC, chiếm 36,41%; còn 142 TTHC"), files "186.412 hồ sơ
  (quý III năm 2025: 171.836 hồ sơ), tăng 14.576 hồ sơ, tương ứng tăng 8,48%" by level, online "79,55% (quý III năm
  2025: 74,18%), tăng 5,37 điểm phần trăm", settled, on time, overdue with a field's "(1.214 hồ sơ)" (overdue code,
  subject and level unchecked), letters (open), pending, payment "69,39%" against "chỉ tiêu UBND tỉnh giao năm 2025 là
  65%" ("đã đạt chỉ tiêu"), digitisation, e-results, reuse, PAKN; the 766 total of tháng 12/2025 (the period's last
  month, kind value) `85,62/100`, `12/34` "(tháng 9/2025: 83,14 điểm, xếp thứ 17/34), tăng 2,48 điểm và tăng 5 bậc",
  six groups `x/max`; blocks and grades; the semicolon table (above); the lowest Sở "(58,36%)". Task 3's "tối thiểu
  72% trong quý I năm 2026" the communes' target (subject unchecked, level xã, 2026-03-31). Six deadlines in numbered
  items: day, "chậm nhất ngày hai mươi tháng 02 năm 2026" for two named communes, quarter (with the target), month,
  year in a request "Đề nghị Bưu điện tỉnh Nghệ An …", "trước ngày 20 hằng tháng" (issued 09/01/2026: first
  20/01/2026).
- 776 is a CÔNG VĂN (doc_type "Công văn") of the Sở Tư pháp tỉnh Hưng Yên (merged with Thái Bình; header "UBND TỈNH
  HƯNG YÊN / SỞ TƯ PHÁP", number "1582/STP-HCTP", a "V/v" line naming the month, signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC")
  to the Văn phòng UBND tỉnh, tháng 9 năm 2025, issued 06/10/2025. The Sở's figures (`Sở Tư pháp`, level tỉnh): "126
  TTHC … 84 … 38 … 04 TTHC", files "3.346 hồ sơ (tháng 8/2025: 3.018 hồ sơ), tăng 328 hồ sơ, tương ứng tăng 10,87%",
  online "3.002 hồ sơ, chiếm 89,72%" against the target in the next sentence "Chỉ tiêu UBND tỉnh giao cho Sở năm
  2025 là 90%" (dated 2025-12-31, "chưa đạt"), settled, on time, overdue "09 hồ sơ" with its parts by field (overdue
  code, subject unchecked, level tỉnh), pending; the Word table (above); "1.986 phiếu, chiếm 69,78%"; payment "91,05%
  (2.218/2.436 hồ sơ …)" (one count with its maximum, the payment code); digitisation; THE COMMUNES' civil-status
  files and certified copies ("UBND các xã, phường", level xã), "98/104 xã, phường"; "06 PAKN, … 06/06 PAKN, đạt
  100%"; the Sở's 766 `91,48/100`, `2/19` among the sở "(tháng 8/2025: 90,16 điểm, xếp thứ 4/19), tăng 1,32 điểm và
  tăng 2 bậc" (codes unchecked: a Sở's result). The third dash item's "tối thiểu 85% trong quý IV năm 2025" the
  communes' target (level xã, 2025-12-31). Five deadlines in dash items: day, "chậm nhất ngày ba mươi mốt tháng 10
  năm 2025", quarter in a request "Đề nghị UBND các xã, phường …", month in a request "Đề nghị Sở Khoa học và Công
  nghệ …", "trước ngày 25 hằng tháng" (issued 06/10/2025: first 25/10/2025).
- 777 is a THÔNG BÁO (doc_type "Thông báo") of the Văn phòng UBND tỉnh Bình Phước (before the merger; header "UBND
  TỈNH BÌNH PHƯỚC / VĂN PHÒNG", number "58/TB-VPUBND", signed "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG"), tháng 5 năm
  2025, issued 05/6/2025 (ranks /63). Province figures (subject NULL): files, online, on time, overdue, payment
  "54,12%" against "chỉ tiêu năm 2025 UBND tỉnh giao là 60%" (2025-12-31, "chưa đạt"), `82,74/100`, `24/63`
  "(tháng 4/2025: 81,96 điểm, xếp thứ 27/63), tăng 0,78 điểm và tăng 3 bậc"; the portal export (above); the lowest
  unit "(54,26%), thấp hơn bình quân cấp huyện 19,80 điểm phần trăm" (its negative change), "04/11 huyện, thị xã,
  thành phố"; the block's average "80,26 điểm (tháng 4/2025: 79,48 điểm)" (subject unchecked, level huyện; previous
  2025-04-30), grades, the first and last units' scores; the communes "111 xã, phường, thị trấn … 76,84 điểm" and
  grades. The third dash item's "tối thiểu 60% trong quý III năm 2025" the districts' target (subject unchecked,
  level huyện, 2025-09-30). Five deadlines in dash items: day for two named districts, "chậm nhất ngày ba mươi tháng
  6 năm 2025", quarter (with the target), month, "trước ngày 08 hằng tháng" (issued 05/6/2025: first 08/6/2025).
- 778 is a half-year Báo cáo of UBND phường Cầu Giấy (thành phố Hà Nội, a centrally-run city; header "UBND THÀNH PHỐ
  HÀ NỘI / ỦY BAN NHÂN DÂN PHƯỜNG CẦU GIẤY", number "214/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH") to UBND
  thành phố, 6 tháng đầu năm 2026, issued 03/7/2026, forwarded by e-mail (above). The centre's "18 quầy … 24 công
  chức, viên chức" (subject unchecked, level xã, code None); the ward's (`UBND phường Cầu Giấy`) "312 TTHC … 214 TTHC
  …, chiếm 68,59%", files "24 318 hồ sơ (6 tháng cuối năm 2025: 21 946 hồ sơ), tăng 2 372 hồ sơ, tương ứng tăng
  10,81%" (previous 2025-12-31), online, files regardless of residence, a dash list of four fields with their online
  files (subject unchecked, level xã, codes unchecked), settled, on time, overdue, "58 thư xin lỗi"; the quarter table
  (above); payment "76,92%" against "chỉ tiêu UBND Thành phố giao cho phường năm 2026 là 80%" (the ward's, 2026-12-31,
  "chưa đạt"); "8 426 bản, chiếm 61,38%", e-results, reuse; PAKN "17 … 16 … 01", satisfaction; the ward's 766 of
  tháng 6/2026 `89,26/100`, `8/126` "(tháng 12/2025: 86,40 điểm, xếp thứ 19/126), tăng 2,86 điểm và tăng 11 bậc"; the
  communes' average (subject unchecked, level xã). The third dash item's "tối thiểu 80% trong quý III năm 2026" the
  centre's target (subject unchecked, level xã, 2026-09-30). Five deadlines in dash items: day, "chậm nhất ngày mười
  lăm tháng 8 năm 2026", quarter (with the target), year in a request "Đề nghị Sở Khoa học và Công nghệ …", "trước
  ngày 22 hằng tháng" (issued 03/7/2026: first 22/7/2026).
- 779 is an annual Báo cáo of UBND tỉnh Gia Lai (merged with Bình Định; header "ỦY BAN NHÂN DÂN / TỈNH GIA LAI",
  number "18/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Văn phòng Chính phủ, năm
  2025, issued 12/01/2026 (ranks /34). "135 đơn vị hành chính cấp xã (110 xã, 25 phường)", "2.018 TTHC … 1.162 TTHC
  …, chiếm 57,58%"; the tab-separated table (above); files "684.312 hồ sơ, tăng 71.466 hồ sơ, tương ứng tăng 11,66% so
  với năm 2024" and the halves (above), "giảm 4.334 hồ sơ" (overdue files, negative), letters "8.204 thư xin lỗi, đạt
  95,26%" (open); TWO TARGETS IN ONE SENTENCE, each result with its own ("61,36%, so với chỉ tiêu năm 2025 là 60% thì đã
  đạt chỉ tiêu; … 88,56%, so với chỉ tiêu 90% thì chưa đạt chỉ tiêu"); "186.412 hồ sơ … 412,6 tỷ đồng", "284.126
  bản"; PAKN handled by "các cơ quan, địa phương" (open); the 766 total of tháng 12/2025 `84,92/100`, `14/34`
  "(tháng 11/2025: 84,16 điểm, xếp thứ 16/34), tăng 0,76 điểm và tăng 2 bậc", six groups as a dash list "- Công khai,
  minh bạch: 17,02/18 điểm;", blocks, "42/135 xã, phường". Task 3's "tối thiểu 90% trong quý II năm 2026" the
  communes' target (level xã, 2026-06-30). Six deadlines: day, "chậm nhất ngày mười lăm tháng 3 năm 2026", quarter
  (with the target), month, "trước ngày 15 hằng tháng" (issued 12/01/2026: first 15/01/2026), and a year in a
  recommendation "Kiến nghị Văn phòng Chính phủ …" under "V. KIẾN NGHỊ".

Unsure readings (fields left `ANY`, or decided and written here): whose the total row of 775's export is (decided:
the block, subject unchecked, level tỉnh: the row names "khối sở, ban, ngành", not "cấp tỉnh"); the codes of a Sở's
766 score and rank among the sở (776: unchecked); the subject of 778's centre counters and staff (unchecked: "Trung tâm
Phục vụ hành chính công phường" names no ward by name); the code of 778's certified copies (unchecked); the subject of
779's PAKN handled and letters sent by "các cơ quan, địa phương" (unchecked, as golden/blind136.py's 759); 778's
metadata taken from the forwarded report rather than the mail (decided: the report's).
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
_PAKN_TN = "pakn.tiep_nhan"
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_CHUA = "766.dvctt.chua_cung_cap"
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_HUYEN = {"subject": ANY, "level": "huyện"}
_IN_XA = {"subject": ANY, "level": "xã"}
_Y2024 = "2024-12-31"
_Y2025 = "2025-12-31"

# A numeric cell: (raw, unit, kind, code, value); value None = read the raw as a Vietnamese number.
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
    for raw, unit, kind, code, value in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw) if value is None else value, unit, kind,
                       as_of=as_of, code=code, extra=TAB, **who))
        at += len(sep)
    return facts


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |").replace("|  |", "| |")


def _by(subject: str | None, level: str | None):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


_prov = _by(None, None)


def _groups(contexts: list[tuple[str, str]]) -> list[Fact]:
    """The six group scores `x/max` of the 766 index (the province's, subject NULL), each with its maximum."""
    codes = ["766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.so_hoa", "766.hai_long"]
    facts = []
    for (context, raw), code in zip(contexts, codes, strict=True):
        got, top = raw.split("/")
        facts.append(_prov(context, raw, _num(got), "điểm", max_value=_num(top), code=code))
    return facts


# ------------------------------------------------------------ 775: Văn phòng UBND tỉnh Nghệ An, quý IV năm 2025
# (a spreadsheet pasted as semicolon-separated rows under a two-line merged header)
_Q3_2025 = "2025-09-30"
_BODIES_775 = [
    ("1", "Sở Tư pháp", "3846", "96,52", "99,84", "88,16"),
    ("2", "Sở Xây dựng", "2418", "94,54", "99,38", "76,42"),
    ("3", "Sở Nông nghiệp và Môi trường", "5126", "84,24", "97,62", "58,36"),
    ("4", "Sở Tài chính", "2964", "99,22", "100", "91,48"),
    ("5", "Sở Công Thương", "1382", "98,70", "99,93", "82,74"),
    ("6", "Sở Y tế", "1146", "91,80", "99,48", "70,12"),
    ("7", "Sở Giáo dục và Đào tạo", "864", "93,29", "100", "64,28"),
    ("8", "Công an tỉnh", "6218", "94,47", "99,96", "86,92"),
    ("9", "Các cơ quan còn lại", "1642", "92,08", "99,70", "72,54"),
    ("", "Cộng khối sở, ban, ngành", "25606", "93,20", "99,31", "78,64"),
]


def _bodies_775() -> list[Fact]:
    """The semicolon rows: each body as written (level tỉnh); "Các cơ quan còn lại" and the block's total row subject
    unchecked, level tỉnh. Files received (`hồ sơ`, received code; no thousands separator), online, on-time and
    payment shares (`%`)."""
    facts = []
    for i, row in enumerate(_BODIES_775):
        stt, name, files, online, on_time, paid = row
        line = ";".join(row)
        after = ";".join(_BODIES_775[i + 1][:2]) if i + 1 < len(_BODIES_775) else "Sở Nông nghiệp và Môi trường có"
        who = {"subject": name, "level": "tỉnh"} if stt and name.startswith(("Sở", "Công an")) else _IN_TINH
        facts += _cells(line, ";", after, who, [(files, "hồ sơ", P, _TN, None), (online, "%", P, _NOP, None),
                                                (on_time, "%", P, _DH, None), (paid, "%", P, _TT, None)])
    return facts


BLIND_775 = [
    # I. decisions, procedures published and by online service (the province's)
    _prov("ban hành 14 quyết định", "14", 14, "quyết định", C, code=None),
    _prov("tổng số 236 TTHC", "236", 236, "TTHC", C, code=ANY),
    _prov("đúng hạn đạt 100%", "100%", 100, "%", code=ANY),
    _prov("có 1.928 TTHC", "1.928", 1928, "TTHC", C, code=ANY),
    F("cấp tỉnh 1.476 TTHC", "1.476", 1476, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=ANY),
    F("cấp xã 452 TTHC", "452", 452, "TTHC", C, subject="cấp xã", level="xã", code=ANY),
    _prov("toàn trình là 1.084 TTHC", "1.084", 1084, "TTHC", C, code=_TOAN),
    _prov("chiếm 56,22%", "56,22%", 56.22, "%", code=_TOAN),
    _prov("một phần 702 TTHC", "702", 702, "TTHC", C, code=_MOT),
    _prov("chiếm 36,41%", "36,41%", 36.41, "%", code=_MOT),
    _prov("còn 142 TTHC", "142", 142, "TTHC", C, code=_CHUA),
    # II.1 files received (quý III in brackets, 2025-09-30), by level, online
    _prov("tiếp nhận 186.412 hồ sơ", "186.412", 186412, "hồ sơ", C, code=_TN),
    _prov("(quý III năm 2025: 171.836 hồ sơ)", "171.836", 171836, "hồ sơ", PR, as_of=_Q3_2025, code=_TN),
    _prov("tăng 14.576 hồ sơ", "14.576", 14576, "hồ sơ", CH, code=ANY),
    _prov("tương ứng tăng 8,48%", "8,48%", 8.48, "%", CH, code=ANY),
    F("cấp tỉnh 25.606 hồ sơ", "25.606", 25606, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_TN),
    F("cấp xã 160.806 hồ sơ", "160.806", 160806, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    _prov("là 148.296 hồ sơ", "148.296", 148296, "hồ sơ", C, code=_NOP),
    _prov("chiếm 79,55%", "79,55%", 79.55, "%", code=_NOP),
    _prov("(quý III năm 2025: 74,18%)", "74,18%", 74.18, "%", PR, as_of=_Q3_2025, code=_NOP),
    _prov("tăng 5,37 điểm", "5,37", 5.37, "%", CH, code=ANY),
    # II.2 settled, on time, overdue (a field's in brackets), letters (open), pending
    _prov("Đã giải quyết 181.264 hồ sơ", "181.264", 181264, "hồ sơ", C, code=ANY),
    _prov("trước hạn 179.618 hồ sơ", "179.618", 179618, "hồ sơ", C, code=_DH),
    _prov("đạt 99,09%", "99,09%", 99.09, "%", code=_DH),
    _prov("quá hạn 1.646 hồ sơ", "1.646", 1646, "hồ sơ", C, code=_QH),
    _prov("chiếm 0,91%", "0,91%", 0.91, "%", code=_QH),
    F("(1.214 hồ sơ)", "1.214", 1214, "hồ sơ", C, code=_QH, **_OPEN),
    F("gửi 1.592 thư", "1.592", 1592, "thư xin lỗi", C, code=ANY, **_OPEN),
    F("đạt 96,72%", "96,72%", 96.72, "%", code=ANY, **_OPEN),
    _prov("là 5.148 hồ sơ", "5.148", 5148, "hồ sơ", C, code=ANY),
    # II.3 payment against the year's target (the period end), II.4 digitisation, e-results, reuse
    _prov("có 92.418 hồ sơ", "92.418", 92418, "hồ sơ", C, code=ANY),
    _prov("trực tuyến 64.126 hồ sơ", "64.126", 64126, "hồ sơ", C, code=_TT),
    _prov("đạt 69,39%", "69,39%", 69.39, "%", code=_TT, target=65, stated_status="đạt"),
    _prov("năm 2025 là 65%", "65%", 65, "%", T, code=_TT),
    _prov("đạt 86,74%", "86,74%", 86.74, "%", code=_SH),
    _prov("đạt 94,18%", "94,18%", 94.18, "%", code=_KQ),
    _prov("đạt 52,36%", "52,36%", 52.36, "%", code=_TSD),
    # II.5 PAKN and their channels
    _prov("tiếp nhận 58 PAKN", "58", 58, "PAKN", C, code=_PAKN_TN),
    _prov("quốc gia 21 PAKN", "21", 21, "PAKN", C, code=ANY),
    _prov("tỉnh 37 PAKN", "37", 37, "PAKN", C, code=ANY),
    _prov("xong 55 PAKN", "55", 55, "PAKN", C, code=ANY),
    _prov("đạt 94,83%", "94,83%", 94.83, "%", code=ANY),
    _prov("; 03 PAKN", "03", 3, "PAKN", C, code=ANY),
    # III.1 the 766 total of tháng 12/2025 (the period's last month), September in brackets, six groups
    _prov("đạt 85,62/100", "85,62/100", 85.62, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 12/34", "12/34", 12, "hạng", R, max_value=34, code=_HANG),
    _prov("(tháng 9/2025: 83,14 điểm", "83,14", 83.14, "điểm", PR, max_value=100, as_of=_Q3_2025, code=_TONG),
    _prov("xếp thứ 17/34)", "17/34", 17, "hạng", PR, max_value=34, as_of=_Q3_2025, code=_HANG),
    _prov("tăng 2,48 điểm", "2,48", 2.48, "điểm", CH, code=_TONG),
    _prov("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    *_groups([("minh bạch 16,84/18", "16,84/18"), ("giải quyết 19,12/20", "19,12/20"),
              ("trực tuyến 9,46/12", "9,46/12"), ("trực tuyến 7,28/10", "7,28/10"),
              ("hồ sơ 16,52/22", "16,52/22"), ("hài lòng 16,40/18", "16,40/18")]),
    # III.2 blocks (subject unchecked) and grades
    F("(20 cơ quan)", "20", 20, "đơn vị", C, code=None, **_IN_TINH),
    F("bình quân đạt 87,36 điểm", "87,36", 87.36, "điểm", code=ANY, **_IN_TINH),
    F("(130 đơn vị)", "130", 130, "đơn vị", C, code=None, **_IN_XA),
    F("bình quân đạt 80,42 điểm", "80,42", 80.42, "điểm", code=ANY, **_IN_XA),
    F("Có 11/20 cơ quan", "11/20", 11, "đơn vị", C, max_value=20, code=None, **_IN_TINH),
    F("và 46/130 xã", "46/130", 46, "xã", C, max_value=130, code=None, **_IN_XA),
    F("; 02 xã", "02", 2, "xã", C, code=None, **_IN_XA),
    # IV. the semicolon table and the lowest Sở
    *_bodies_775(),
    F("(58,36%)", "58,36%", 58.36, "%", subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_TT),
    # V. task 3's target of the communes for quý I năm 2026
    F("tối thiểu 72%", "72%", 72, "%", T, as_of="2026-03-31", code=_TT, **_IN_XA),
]


# ------------------------------------------------------------ 776: Sở Tư pháp tỉnh Hưng Yên, Công văn tháng 9/2025
# (a Word table converted with each cell on its own line)
_STP = "Sở Tư pháp"
_stp = _by(_STP, "tỉnh")
_AUG_2025 = "2025-08-31"
_FIELDS_776 = [
    ("1", "Lý lịch tư pháp", "2.846", "2.614", "2.792", "6"),
    ("2", "Quốc tịch", "18", "12", "15", "0"),
    ("3", "Hộ tịch có yếu tố nước ngoài", "214", "168", "206", "2"),
    ("4", "Công chứng", "126", "84", "126", "0"),
    ("5", "Luật sư", "42", "42", "40", "0"),
    ("6", "Đấu giá tài sản", "36", "30", "36", "0"),
    ("7", "Các lĩnh vực khác", "64", "52", "61", "1"),
    ("", "Tổng cộng", "3.346", "3.002", "3.276", "9"),
]


def _fields_776() -> list[Fact]:
    """The Word table one cell per line: field rows subject unchecked, level tỉnh (the Sở's fields; counts unchecked
    except the overdue column); "Tổng cộng" (empty STT line) the Sở with the received and online codes."""
    facts = []
    for i, (stt, _name, *cells) in enumerate(_FIELDS_776):
        tail = ("\n".join(_FIELDS_776[i + 1][:2]) if i + 1 < len(_FIELDS_776) else "Riêng phiếu")
        total = stt == ""
        who = {"subject": _STP, "level": "tỉnh"} if total else _IN_TINH
        codes = [_TN, _NOP, ANY, _QH] if total else [ANY, ANY, ANY, _QH]
        for k, (raw, code) in enumerate(zip(cells, codes, strict=True)):
            context = "\n" + "\n".join(cells[k:]) + "\n" + tail
            facts.append(F(context, raw, _num(raw), "hồ sơ", P, code=code, extra=TAB, **who))
    return facts


BLIND_776 = [
    # 1. the Sở's procedures by online service
    _stp("thực hiện 126 TTHC", "126", 126, "TTHC", C, code=ANY),
    _stp("toàn trình 84 TTHC", "84", 84, "TTHC", C, code=_TOAN),
    _stp("một phần 38 TTHC", "38", 38, "TTHC", C, code=_MOT),
    _stp("còn lại 04 TTHC", "04", 4, "TTHC", C, code=_CHUA),
    # 2. files (August in brackets), online against the year's target in the next sentence, settled, overdue
    _stp("tiếp nhận 3.346 hồ sơ", "3.346", 3346, "hồ sơ", C, code=_TN),
    _stp("(tháng 8/2025: 3.018 hồ sơ)", "3.018", 3018, "hồ sơ", PR, as_of=_AUG_2025, code=_TN),
    _stp("tăng 328 hồ sơ", "328", 328, "hồ sơ", CH, code=ANY),
    _stp("tăng 10,87%", "10,87%", 10.87, "%", CH, code=ANY),
    _stp("trực tuyến 3.002 hồ sơ", "3.002", 3002, "hồ sơ", C, code=_NOP),
    _stp("chiếm 89,72%", "89,72%", 89.72, "%", code=_NOP, target=90, stated_status="chưa đạt"),
    _stp("năm 2025 là 90%", "90%", 90, "%", T, as_of=_Y2025, code=_NOP),
    _stp("giải quyết 3.276 hồ sơ", "3.276", 3276, "hồ sơ", C, code=ANY),
    _stp("trước hạn 3.267 hồ sơ", "3.267", 3267, "hồ sơ", C, code=_DH),
    _stp("đạt 99,73%", "99,73%", 99.73, "%", code=_DH),
    _stp("quá hạn 09 hồ sơ", "09", 9, "hồ sơ", C, code=_QH),
    F("(lý lịch tư pháp 06 hồ sơ", "06", 6, "hồ sơ", C, code=_QH, **_IN_TINH),
    F("nước ngoài 02 hồ sơ", "02", 2, "hồ sơ", C, code=_QH, **_IN_TINH),
    F("khác 01 hồ sơ", "01", 1, "hồ sơ", C, code=_QH, **_IN_TINH),
    _stp("là 412 hồ sơ", "412", 412, "hồ sơ", C, code=ANY),
    *_fields_776(),
    _stp("là 1.986 phiếu", "1.986", 1986, "phiếu", C, code=ANY),
    _stp("chiếm 69,78%", "69,78%", 69.78, "%", code=ANY),
    # 3. payment (one count with its maximum), digitisation
    _stp("đạt 91,05%", "91,05%", 91.05, "%", code=_TT),
    _stp("(2.218/2.436 hồ sơ", "2.218/2.436", 2218, "hồ sơ", C, max_value=2436, code=_TT),
    _stp("đạt 96,42%", "96,42%", 96.42, "%", code=_SH),
    # 4. the communes' civil-status files and certified copies
    F("tiếp nhận 21.846 hồ sơ", "21.846", 21846, "hồ sơ", C, subject="UBND các xã, phường", level="xã", code=ANY),
    F("trực tuyến 17.412 hồ sơ", "17.412", 17412, "hồ sơ", C, subject="UBND các xã, phường", level="xã", code=ANY),
    F("chiếm 79,70%", "79,70%", 79.70, "%", subject="UBND các xã, phường", level="xã", code=ANY),
    F("chính 36.418 bản", "36.418", 36418, "bản", C, subject="UBND các xã, phường", level="xã", code=ANY),
    F("Có 98/104 xã", "98/104", 98, "xã", C, max_value=104, code=None, **_IN_XA),
    # 5. PAKN; the Sở's 766 result among the sở (codes unchecked), August in brackets
    _stp("tiếp nhận 06 PAKN", "06", 6, "PAKN", C, code=_PAKN_TN),
    _stp("xử lý 06/06 PAKN", "06/06", 6, "PAKN", C, max_value=6, code=ANY),
    _stp("đạt 100%", "100%", 100, "%", code=ANY),
    _stp("đạt 91,48/100", "91,48/100", 91.48, "điểm", max_value=100, code=ANY),
    _stp("xếp thứ 2/19", "2/19", 2, "hạng", R, max_value=19, code=ANY),
    _stp("(tháng 8/2025: 90,16 điểm", "90,16", 90.16, "điểm", PR, max_value=100, as_of=_AUG_2025, code=ANY),
    _stp("xếp thứ 4/19)", "4/19", 4, "hạng", PR, max_value=19, as_of=_AUG_2025, code=ANY),
    _stp("tăng 1,32 điểm", "1,32", 1.32, "điểm", CH, code=ANY),
    _stp("tăng 2 bậc", "2", 2, "hạng", CH, code=ANY),
    # 6. the communes' target for quý IV năm 2025
    F("tối thiểu 85%", "85%", 85, "%", T, as_of=_Y2025, code=ANY, **_IN_XA),
]


# ------------------------------------------------------------ 777: Văn phòng UBND tỉnh Bình Phước, Thông báo tháng
# 5/2025 (a portal export as a Markdown table with column codes C01-C04, a legend and dot decimals)
_APR_2025 = "2025-04-30"
_BPH = "UBND huyện Bù Gia Mập"
_EXPORT_777 = [
    ("1", "UBND thành phố Đồng Xoài", "1846", "86.42", "99.46", "10"),
    ("2", "UBND thị xã Bình Long", "712", "78.65", "99.72", "2"),
    ("3", "UBND thị xã Phước Long", "804", "81.22", "100.00", "0"),
    ("4", "UBND thị xã Chơn Thành", "1126", "83.04", "99.29", "8"),
    ("5", "UBND huyện Bù Đăng", "968", "62.19", "98.45", "15"),
    ("6", "UBND huyện Bù Đốp", "402", "58.96", "99.50", "2"),
    ("7", _BPH, "516", "54.26", "97.87", "11"),
    ("8", "UBND huyện Đồng Phú", "874", "72.31", "99.20", "7"),
    ("9", "UBND huyện Hớn Quản", "688", "69.48", "99.56", "3"),
    ("10", "UBND huyện Lộc Ninh", "946", "66.07", "98.94", "10"),
    ("11", "UBND huyện Phú Riềng", "758", "71.50", "99.60", "3"),
    ("", "Tổng cấp huyện", "9640", "74.06", "99.23", "71"),
]


def _export_777() -> list[Fact]:
    """The portal export: C01 files received (`hồ sơ`), C02 online share (`%`), C03 on-time share (`%`), C04 overdue
    files (`hồ sơ`), as the legend below the table defines them; integers without a separator, decimals with a dot
    ("86.42" = 86.42); each unit as written (level huyện), "Tổng cấp huyện" `cấp huyện`."""
    facts = []
    for i, row in enumerate(_EXPORT_777):
        stt, name, received, online, on_time, overdue = row
        line = _md_line(row)
        after = (_md_line(_EXPORT_777[i + 1][:2]).rsplit(" |", 1)[0] if i + 1 < len(_EXPORT_777)
                 else "\nChú giải mã cột")
        who = {"subject": name if stt else "cấp huyện", "level": "huyện"}
        facts += _cells(line, " | ", after, who, [
            (received, "hồ sơ", P, _TN, float(received)), (online, "%", P, _NOP, float(online)),
            (on_time, "%", P, _DH, float(on_time)), (overdue, "hồ sơ", P, _QH, float(overdue))])
    return facts


BLIND_777 = [
    # 1. the province's month and its 766 result (April in brackets)
    _prov("tiếp nhận 38.426 hồ sơ", "38.426", 38426, "hồ sơ", C, code=_TN),
    _prov("trực tuyến 26.514 hồ sơ", "26.514", 26514, "hồ sơ", C, code=_NOP),
    _prov("chiếm 69,00%", "69,00%", 69, "%", code=_NOP),
    _prov("đạt 98,86%", "98,86%", 98.86, "%", code=_DH),
    _prov("quá hạn 384 hồ sơ", "384", 384, "hồ sơ", C, code=_QH),
    _prov("đạt 54,12%", "54,12%", 54.12, "%", code=_TT, target=60, stated_status="chưa đạt"),
    _prov("giao là 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
    _prov("đạt 82,74/100", "82,74/100", 82.74, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 24/63", "24/63", 24, "hạng", R, max_value=63, code=_HANG),
    _prov("(tháng 4/2025: 81,96 điểm", "81,96", 81.96, "điểm", PR, max_value=100, as_of=_APR_2025, code=_TONG),
    _prov("xếp thứ 27/63)", "27/63", 27, "hạng", PR, max_value=63, as_of=_APR_2025, code=_HANG),
    _prov("tăng 0,78 điểm", "0,78", 0.78, "điểm", CH, code=_TONG),
    _prov("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    # 2. the export, the lowest unit and its gap (negative), the block's 766 average and grades
    *_export_777(),
    F("(54,26%)", "54,26%", 54.26, "%", subject=_BPH, level="huyện", code=_NOP),
    F("huyện 19,80 điểm", "19,80", -19.8, "%", CH, subject=_BPH, level="huyện", code=ANY),
    F("Có 04/11 huyện", "04/11", 4, "huyện", C, max_value=11, code=None, **_IN_HUYEN),
    F("bình quân đạt 80,26 điểm", "80,26", 80.26, "điểm", code=ANY, **_IN_HUYEN),
    F("(tháng 4/2025: 79,48 điểm)", "79,48", 79.48, "điểm", PR, as_of=_APR_2025, code=ANY, **_IN_HUYEN),
    F("Có 05/11 đơn vị", "05/11", 5, "đơn vị", C, max_value=11, code=None, **_IN_HUYEN),
    F("Tốt, 06 đơn vị", "06", 6, "đơn vị", C, code=None, **_IN_HUYEN),
    F("với 88,14 điểm", "88,14", 88.14, "điểm", subject="UBND thành phố Đồng Xoài", level="huyện", code=ANY),
    F("với 71,36 điểm", "71,36", 71.36, "điểm", subject=_BPH, level="huyện", code=ANY),
    # 3. the communes
    F("Bình quân 111 xã", "111", 111, "xã", C, code=None, **_IN_XA),
    F("đạt 76,84 điểm", "76,84", 76.84, "điểm", code=ANY, **_IN_XA),
    F("có 34 xã", "34", 34, "xã", C, code=None, **_IN_XA),
    F("Tốt, 71 đơn vị", "71", 71, "đơn vị", C, code=None, **_IN_XA),
    F("và 06 đơn vị", "06", 6, "đơn vị", C, code=None, **_IN_XA),
    # 4. the districts' target for quý III năm 2025
    F("tối thiểu 60%", "60%", 60, "%", T, as_of="2025-09-30", code=_TT, **_IN_HUYEN),
]


# ------------------------------------------------------------ 778: UBND phường Cầu Giấy (Hà Nội), 6 tháng đầu năm
# 2026, forwarded by e-mail (thousands separated by spaces; a Markdown table by quarter)
_CG = "UBND phường Cầu Giấy"
_cg = _by(_CG, "xã")
_Q1_2026 = "2026-03-31"
_H2_2025 = "2025-12-31"
_QUARTERS_778 = [
    ("Hồ sơ tiếp nhận (hồ sơ)", "11 642", "12 676", "24 318", "hồ sơ", _TN),
    ("Hồ sơ nộp trực tuyến (hồ sơ)", "9 814", "10 932", "20 746", "hồ sơ", _NOP),
    ("Tỷ lệ nộp trực tuyến (%)", "84,30", "86,24", "85,31", "%", _NOP),
    ("Tỷ lệ giải quyết đúng hạn (%)", "99,68", "99,83", "99,76", "%", _DH),
    ("Hồ sơ quá hạn (hồ sơ)", "36", "22", "58", "hồ sơ", _QH),
    ("Tỷ lệ thanh toán trực tuyến (%)", "74,12", "79,46", "76,92", "%", _TT),
    ("Tỷ lệ số hóa hồ sơ (%)", "91,08", "94,36", "92,84", "%", _SH),
]


def _spaced(raw: str) -> float:
    """A number whose thousands are separated by a space ("24 318" → 24318), else a Vietnamese number."""
    return _num(raw.replace(" ", ""))


def _quarters_778() -> list[Fact]:
    """The ward's Markdown table by quarter (units in the row labels): quý I dated 2026-03-31, quý II and the half-year
    at the period end; every cell the ward's with its row's code; spaced thousands read whole."""
    facts = []
    for i, (label, q1, q2, half, unit, code) in enumerate(_QUARTERS_778):
        line = _md_line((label, q1, q2, half))
        after = "| " + _QUARTERS_778[i + 1][0] if i + 1 < len(_QUARTERS_778) else "\n3. Thanh toán"
        who = {"subject": _CG, "level": "xã"}
        facts += _cells(line, " | ", after, who, [(q1, unit, P, code, _spaced(q1))], as_of=_Q1_2026)
        facts += _cells(line, " | ", after, who, [(q2, unit, P, code, _spaced(q2)), (half, unit, P, code,
                                                                                        _spaced(half))])
    return facts


_FIELDS_778 = [("Hộ tịch: 9 826", "9 826", "tuyến 9 412", "9 412"),
               ("Chứng thực: 7 318", "7 318", "tuyến 5 846", "5 846"),
               ("xây dựng: 2 964", "2 964", "tuyến 1 918", "1 918"), ("khác: 4 210", "4 210", "tuyến 3 570", "3 570")]

BLIND_778 = [
    # 1. the centre's counters and staff (subject unchecked), the ward's procedures
    F("bố trí 18 quầy", "18", 18, "quầy", C, code=None, **_IN_XA),
    F("với 24 công chức", "24", 24, "công chức", C, code=None, **_IN_XA),
    _cg("thực hiện 312 TTHC", "312", 312, "TTHC", C, code=ANY),
    _cg("trong đó 214 TTHC", "214", 214, "TTHC", C, code=_TOAN),
    _cg("chiếm 68,59%", "68,59%", 68.59, "%", code=_TOAN),
    # 2. files (the previous half-year in brackets), online, regardless of residence, fields, settled, overdue
    _cg("tiếp nhận 24 318 hồ sơ", "24 318", 24318, "hồ sơ", C, code=_TN),
    _cg("(6 tháng cuối năm 2025: 21 946 hồ sơ)", "21 946", 21946, "hồ sơ", PR, as_of=_H2_2025, code=_TN),
    _cg("tăng 2 372 hồ sơ", "2 372", 2372, "hồ sơ", CH, code=ANY),
    _cg("tăng 10,81%", "10,81%", 10.81, "%", CH, code=ANY),
    _cg("trực tuyến 20 746 hồ sơ", "20 746", 20746, "hồ sơ", C, code=_NOP),
    _cg("chiếm 85,31%", "85,31%", 85.31, "%", code=_NOP),
    _cg("là 3 412 hồ sơ", "3 412", 3412, "hồ sơ", C, code=ANY),
    *[fact for files_ctx, files, online_ctx, online in _FIELDS_778 for fact in (
        F(files_ctx, files, _spaced(files), "hồ sơ", C, code=ANY, **_IN_XA),
        F(online_ctx, online, _spaced(online), "hồ sơ", C, code=ANY, **_IN_XA))],
    _cg("giải quyết 23 864 hồ sơ", "23 864", 23864, "hồ sơ", C, code=ANY),
    _cg("trước hạn 23 806 hồ sơ", "23 806", 23806, "hồ sơ", C, code=_DH),
    _cg("đạt 99,76%", "99,76%", 99.76, "%", code=_DH),
    _cg("quá hạn 58 hồ sơ", "58", 58, "hồ sơ", C, code=_QH),
    _cg("gửi 58 thư", "58", 58, "thư xin lỗi", C, code=ANY),
    *_quarters_778(),
    # 3. payment against the ward's target of the year, certified copies, e-results, reuse
    _cg("tháng đạt 76,92%", "76,92%", 76.92, "%", code=_TT, target=80, stated_status="chưa đạt"),
    _cg("năm 2026 là 80%", "80%", 80, "%", T, as_of="2026-12-31", code=_TT),
    _cg("chính 8 426 bản", "8 426", 8426, "bản", C, code=ANY),
    _cg("chiếm 61,38%", "61,38%", 61.38, "%", code=ANY),
    _cg("đạt 96,48%", "96,48%", 96.48, "%", code=_KQ),
    _cg("đạt 58,14%", "58,14%", 58.14, "%", code=_TSD),
    # 4. PAKN, satisfaction
    _cg("tiếp nhận 17 PAKN", "17", 17, "PAKN", C, code=_PAKN_TN),
    _cg("xử lý 16 PAKN", "16", 16, "PAKN", C, code=ANY),
    _cg("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    _cg("đạt 98,12%", "98,12%", 98.12, "%", code=_HL),
    # 5. the ward's 766 result of tháng 6/2026 among the city's 126 communes (December in brackets)
    _cg("đạt 89,26/100", "89,26/100", 89.26, "điểm", max_value=100, code=_TONG),
    _cg("xếp thứ 8/126", "8/126", 8, "hạng", R, max_value=126, code=_HANG),
    _cg("(tháng 12/2025: 86,40 điểm", "86,40", 86.40, "điểm", PR, max_value=100, as_of=_H2_2025, code=_TONG),
    _cg("xếp thứ 19/126)", "19/126", 19, "hạng", PR, max_value=126, as_of=_H2_2025, code=_HANG),
    _cg("tăng 2,86 điểm", "2,86", 2.86, "điểm", CH, code=_TONG),
    _cg("tăng 11 bậc", "11", 11, "hạng", CH, code=_HANG),
    F("là 83,52 điểm", "83,52", 83.52, "điểm", code=ANY, **_IN_XA),
    # 6. the centre's target for quý III năm 2026
    F("tối thiểu 80%", "80%", 80, "%", T, as_of="2026-09-30", code=_TT, **_IN_XA),
]


# ------------------------------------------------------------ 779: UBND tỉnh Gia Lai, năm 2025 (merged with Bình
# Định; a tab-separated table with a trailing unit column)
_NOV_2025 = "2025-11-30"
_ROWS_779 = [
    ("1", "Hồ sơ tiếp nhận", "612.846", "684.312", "hồ sơ", _TN),
    ("2", "Hồ sơ nộp trực tuyến", "318.426", "447.618", "hồ sơ", _NOP),
    ("3", "Tỷ lệ nộp trực tuyến", "51,96", "65,41", "%", _NOP),
    ("4", "Tỷ lệ giải quyết đúng hạn", "97,84", "98,72", "%", _DH),
    ("5", "Hồ sơ quá hạn", "12.946", "8.612", "hồ sơ", _QH),
    ("6", "Tỷ lệ thanh toán trực tuyến", "42,18", "61,36", "%", _TT),
    ("7", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết", "71,24", "88,56", "%", _SH),
    ("8", "Tài khoản định danh điện tử được kích hoạt", "1.846.212", "2.412.638", "tài khoản", _TK),
    ("9", "Phản ánh, kiến nghị tiếp nhận", "318", "246", "PAKN", _PAKN_TN),
    ("10", "Thời gian giải quyết bình quân một hồ sơ", "3,8", "2,9", "ngày", ANY),
]


def _rows_779() -> list[Fact]:
    """Bảng 1 (tab-separated): the 2024 column adds the two former provinces (dated 2024-12-31, subject and level
    unchecked), the 2025 column is the province's (subject NULL); the unit is the row's last cell."""
    facts = []
    for i, (stt, label, y2024, y2025, unit, code) in enumerate(_ROWS_779):
        line = "\t".join((stt, label, y2024, y2025, unit))
        after = "\t".join(_ROWS_779[i + 1][:2]) if i + 1 < len(_ROWS_779) else "\nNăm 2025, toàn tỉnh"
        facts += _cells(line, "\t", after, _OPEN, [(y2024, unit, P, code, None)], as_of=_Y2024)
        facts += _cells(line, "\t", after, {"subject": None, "level": None}, [(y2025, unit, P, code, None)])
    return facts


BLIND_779 = [
    # I. the communes ("cấp xã") and the procedures
    F("có 135 đơn vị", "135", 135, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("(110 xã", "110", 110, "xã", C, code=None, **_IN_XA),
    F("25 phường)", "25", 25, "phường", C, code=None, **_IN_XA),
    _prov("thực hiện 2.018 TTHC", "2.018", 2018, "TTHC", C, code=ANY),
    _prov("trong đó 1.162 TTHC", "1.162", 1162, "TTHC", C, code=_TOAN),
    _prov("chiếm 57,58%", "57,58%", 57.58, "%", code=_TOAN),
    # II. Bảng 1
    *_rows_779(),
    # II. prose: files against năm 2024, the halves, overdue, letters (open), two targets in one sentence
    _prov("tiếp nhận 684.312 hồ sơ", "684.312", 684312, "hồ sơ", C, code=_TN),
    _prov("tăng 71.466 hồ sơ", "71.466", 71466, "hồ sơ", CH, code=ANY),
    _prov("tăng 11,66%", "11,66%", 11.66, "%", CH, code=ANY),
    F("cũ tiếp nhận 142.618 hồ sơ", "142.618", 142618, "hồ sơ", C, as_of="2025-06-30", code=ANY, **_OPEN),
    F("cũ tiếp nhận 186.204 hồ sơ", "186.204", 186204, "hồ sơ", C, as_of="2025-06-30", code=ANY, **_OPEN),
    _prov("tỉnh tiếp nhận 355.490 hồ sơ", "355.490", 355490, "hồ sơ", C, code=ANY),
    _prov("giảm 4.334 hồ sơ", "4.334", -4334, "hồ sơ", CH, code=ANY),
    F("gửi 8.204 thư", "8.204", 8204, "thư xin lỗi", C, code=ANY, **_OPEN),
    F("đạt 95,26%", "95,26%", 95.26, "%", code=ANY, **_OPEN),
    _prov("trực tuyến đạt 61,36%", "61,36%", 61.36, "%", code=_TT, target=60, stated_status="đạt"),
    _prov("năm 2025 là 60%", "60%", 60, "%", T, code=_TT),
    _prov("giải quyết đạt 88,56%", "88,56%", 88.56, "%", code=_SH, target=90, stated_status="chưa đạt"),
    _prov("chỉ tiêu 90%", "90%", 90, "%", T, code=_SH),
    _prov("có 186.412 hồ sơ", "186.412", 186412, "hồ sơ", C, code=_TT),
    _prov("tiền 412,6 tỷ đồng", "412,6", 412.6, "tỷ đồng", code=ANY),
    _prov("chính 284.126 bản", "284.126", 284126, "bản", C, code=ANY),
    F("xử lý 239 PAKN", "239", 239, "PAKN", C, code=ANY, **_OPEN),
    F("đạt 97,15%", "97,15%", 97.15, "%", code=ANY, **_OPEN),
    F("còn 07 PAKN", "07", 7, "PAKN", C, code=ANY, **_OPEN),
    # III. the 766 total of tháng 12/2025 (November in brackets), six groups as a dash list, blocks, grades
    _prov("đạt 84,92/100", "84,92/100", 84.92, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 14/34", "14/34", 14, "hạng", R, max_value=34, code=_HANG),
    _prov("(tháng 11/2025: 84,16 điểm", "84,16", 84.16, "điểm", PR, max_value=100, as_of=_NOV_2025, code=_TONG),
    _prov("xếp thứ 16/34)", "16/34", 16, "hạng", PR, max_value=34, as_of=_NOV_2025, code=_HANG),
    _prov("tăng 0,76 điểm", "0,76", 0.76, "điểm", CH, code=_TONG),
    _prov("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    *_groups([("minh bạch: 17,02/18", "17,02/18"), ("giải quyết: 18,96/20", "18,96/20"),
              ("trực tuyến: 9,84/12", "9,84/12"), ("trực tuyến: 7,12/10", "7,12/10"),
              ("hồ sơ: 15,46/22", "15,46/22"), ("hài lòng: 16,52/18", "16,52/18")]),
    F("(18 cơ quan)", "18", 18, "đơn vị", C, code=None, **_IN_TINH),
    F("bình quân đạt 88,14 điểm", "88,14", 88.14, "điểm", code=ANY, **_IN_TINH),
    F("bình quân đạt 81,06 điểm", "81,06", 81.06, "điểm", code=ANY, **_IN_XA),
    F("có 42/135 xã", "42/135", 42, "xã", C, max_value=135, code=None, **_IN_XA),
    # IV. task 3's target of the communes for quý II năm 2026
    F("tối thiểu 90%", "90%", 90, "%", T, as_of="2026-06-30", code=_SH, **_IN_XA),
]

BLIND = {"775": BLIND_775, "776": BLIND_776, "777": BLIND_777, "778": BLIND_778, "779": BLIND_779}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "775": [
        ("2026-01-31", "day", "31/01/2026", "hồ sơ đất đai quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2026-02-20", "day", "ngày hai mươi tháng 02 năm 2026", "tiêu chí bị trừ điểm",
         "UBND xã Tri Lễ và UBND xã Nhôn Mai"),
        ("2026-03-31", "quarter", "quý I năm 2026", "thanh toán trực tuyến", "UBND các xã, phường"),
        ("2026-03-31", "month", "tháng 3/2026", "đồng bộ dữ liệu", "Sở Khoa học và Công nghệ"),
        ("2026-12-31", "year", "năm 2026", "bưu chính công ích", "Bưu điện tỉnh Nghệ An"),
        # issued 09/01/2026, before the 20th: the first "ngày 20 hằng tháng" is 20/01/2026
        ("2026-01-20", "recurring", "20 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "776": [
        ("2025-10-15", "day", "15/10/2025", "lý lịch tư pháp quá hạn", "Phòng Hành chính tư pháp"),
        ("2025-10-31", "day", "ngày ba mươi mốt tháng 10 năm 2025", "quy trình nội bộ", "Văn phòng Sở"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "hộ tịch nộp trực tuyến", "UBND các xã, phường"),
        ("2025-11-30", "month", "tháng 11/2025", "phần mềm hộ tịch", "Sở Khoa học và Công nghệ"),
        # issued 06/10/2025, before the 25th: the first "ngày 25 hằng tháng" is 25/10/2025
        ("2025-10-25", "recurring", "25 hằng tháng", "số liệu giải quyết TTHC", "Các phòng, đơn vị thuộc Sở"),
    ],
    "777": [
        ("2025-06-16", "day", "16/6/2025", "nguyên nhân", "UBND huyện Bù Gia Mập và UBND huyện Bù Đốp"),
        ("2025-06-30", "day", "ngày ba mươi tháng 6 năm 2025", "hồ sơ quá hạn", "UBND huyện Bù Đăng"),
        ("2025-09-30", "quarter", "quý III năm 2025", "thanh toán trực tuyến", "UBND các huyện, thị xã, thành phố"),
        ("2025-07-31", "month", "tháng 7/2025", "mã cột", "Sở Khoa học và Công nghệ"),
        # issued 05/6/2025, before the 8th: the first "ngày 08 hằng tháng" is 08/6/2025
        ("2025-06-08", "recurring", "08 hằng tháng", "tự đánh giá", "UBND các huyện, thị xã, thành phố"),
    ],
    "778": [
        ("2026-07-31", "day", "31/7/2026", "quy trình số hóa", "Trung tâm Phục vụ hành chính công phường"),
        ("2026-08-15", "day", "ngày mười lăm tháng 8 năm 2026", "hồ sơ đất đai", "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2026-09-30", "quarter", "quý III năm 2026", "thanh toán trực tuyến",
         "Trung tâm Phục vụ hành chính công phường"),
        ("2026-12-31", "year", "năm 2026", "ki-ốt", "Sở Khoa học và Công nghệ"),
        # issued 03/7/2026, before the 22nd: the first "ngày 22 hằng tháng" is 22/7/2026
        ("2026-07-22", "recurring", "22 hằng tháng", "số liệu giải quyết TTHC", "Các bộ phận chuyên môn"),
    ],
    "779": [
        ("2026-02-28", "day", "28/02/2026", "Kế hoạch kiểm soát TTHC năm 2026", "Sở Nội vụ"),
        ("2026-03-15", "day", "ngày mười lăm tháng 3 năm 2026", "quy trình nội bộ", "Sở Nông nghiệp và Môi trường"),
        ("2026-06-30", "quarter", "quý II năm 2026", "số hóa hồ sơ", "UBND các xã, phường"),
        ("2026-04-30", "month", "tháng 4/2026", "hợp nhất dữ liệu", "Sở Khoa học và Công nghệ"),
        # issued 12/01/2026, before the 15th: the first "ngày 15 hằng tháng" is 15/01/2026
        ("2026-01-15", "recurring", "15 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các sở, ban, ngành, UBND các xã, phường"),
        ("2026-12-31", "year", "năm 2026", "đồng bộ dữ liệu", "Văn phòng Chính phủ"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind136.py's META): 775 and 777 a Văn phòng
# UBND tỉnh's Báo cáo and Thông báo, 776 a Sở's Công văn (the period from its "V/v" line and opening), 778 the report
# forwarded by e-mail (its own header, not the mail's), 779 a UBND tỉnh's annual report.
META = {
    "775": {"doc_number": "46/BC-VPUBND", "doc_type": "Báo cáo", "issued_date": "2026-01-09",
            "province": "Nghệ An", "period_label": "quý IV năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-12-31", "signer": "Hoàng Văn Thắng"},
    "776": {"doc_number": "1582/STP-HCTP", "doc_type": "Công văn", "issued_date": "2025-10-06",
            "province": "Hưng Yên", "period_label": "tháng 9 năm 2025", "period_start": "2025-09-01",
            "period_end": "2025-09-30", "signer": "Phạm Thị Thanh Huyền"},
    "777": {"doc_number": "58/TB-VPUBND", "doc_type": "Thông báo", "issued_date": "2025-06-05",
            "province": "Bình Phước", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Lê Thị Ngọc Hà"},
    "778": {"doc_number": "214/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-07-03",
            "province": "Hà Nội", "period_label": "6 tháng đầu năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-06-30", "signer": "Đỗ Minh Quân"},
    "779": {"doc_number": "18/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-01-12",
            "province": "Gia Lai", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Nguyễn Tuấn Thanh"},
}
