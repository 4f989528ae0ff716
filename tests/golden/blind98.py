"""Blind golden facts for corpus/blind98/565_da_nang.txt, 566_hau_giang.txt, 567_ha_nam.txt, 568_phu_tho.txt and
569_cao_bang.txt.

The five documents were written by the developers for a ninety-eighth blind measurement (provinces not used since set
88 or earlier; issuers outside the provincial people's committees or reporting upward: a Sở Y tế of a centrally-run
city, a UBND tỉnh's annual report to the Văn phòng Chính phủ with a Phụ lục, a Bảo hiểm xã hội tỉnh, a Sở Giáo dục và
Đào tạo of a merged province, a Thuế tỉnh after the 1 July 2025 reorganisation of the tax offices; periods quý III năm
2024, năm 2024, 9 tháng đầu năm 2024, năm 2025 and quý I năm 2026; not real documents), and every row below was
written by reading them, before any extraction, restoration or pipeline code was run on them. They also serve as
held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind96.py, blind95.py, blind94.py, blind93.py, blind16.py and blind13.py: rows
use `golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose and
list counts are kind `count`; table cells are kind `value` even when they count, with `extra={"source": "table"}`;
`as_of="period"` is the period's end; a change is dated with the figure it changes and a fall ("giảm") is negative.
`ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names none:
counts of decisions, units, hospitals, schools). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the
unit `PAKN`; a count of the files (or PAKN) an indicator is computed on carries that indicator's code; every "đã giải
quyết" count and relative changes of counts have their code unchecked; a body's own hotline PAKN, tax returns and
social-insurance e-transactions are not the 766 index's (codes unchecked). Counts of local units take the unit of their
first unit word ("04/08 huyện, thị xã, thành phố" → `huyện`, "148/148 xã, phường" → `xã`). A provincial body's own
figures naming no body are named by its kind ("Sở Y tế", "Bảo hiểm xã hội tỉnh", "Sở Giáo dục và Đào tạo", "Thuế tỉnh"),
level tỉnh; a sentence naming the body in full keeps the name as written ("Sở Y tế đạt 88,64/100 điểm" is "Sở Y tế"
either way; "Bảo hiểm xã hội tỉnh Hà Nam xếp thứ 9/63"); a proper name that holds a place is kept whole ("Bệnh viện C Đà
Nẵng"); in a centrally-run city "Thành phố Đà Nẵng đạt …" is the province (subject NULL). Things counted take the noun
as written (`quyết định`, `bệnh viện`, `lượt`, `giấy chứng sinh`, `giấy báo tử`, `người`, `tài khoản`, `nhân khẩu`,
`thẻ`, `trường`, `học sinh`, `doanh nghiệp`, `giao dịch`, `hộ`, `hóa đơn`); money keeps the unit written (`tỷ đồng`,
code unchecked); durations `ngày`, `phút`. Numbers written in words are no figures ("ba Sở", "ba tỉnh cũ", "hai đơn vị",
"ngày mười lăm", "ngày hai mươi", "ngày mười", "ngày ba mươi" inside deadlines). Dates (also written "22-3-2024",
"30-9-2024", "29.12.2023", "30.9.2024", "31.12.2023"), document numbers, cited laws, decrees, plans and letters ("Kế
hoạch số 96/KH-UBND", "Công văn số 3415/VP-KSTTHC", "Quyết định số 766/QĐ-TTg", "Công văn số 9152/VPCP-KSTT", "Kế hoạch
số 2286/KH-UBND", "Công văn số 2817/BHXH-CNTT", "Kế hoạch số 145/KH-UBND", "Thông tư số 29/2024/TT-BGDĐT", "Luật Quản lý
thuế số 38/2019/QH14", "Nghị định số 70/2025/NĐ-CP", "Kế hoạch số 36/KH-UBND"), the Phụ lục's caption "(Kèm theo Báo cáo
số 18/BC-UBND ngày 10/01/2025 …)", "Đề án 06", names holding numbers ("Thuế cơ sở 1 tỉnh Cao Bằng" … "Thuế cơ sở 3 tỉnh
Cao Bằng", "lớp 1", "lớp 6", "lớp 10"), "năm học 2025-2026", "dưới 6 tuổi", the address "số 122 Hải Phòng", phone
numbers ("0236.3821.205", "0226.3852.416", "0210.3846.172", "0206.3852.218"), section numbering ("I.", "1.", the STT
column, the Phụ lục's block numbers "I", "II", "III"), the "-" cell, headings naming the next period ("IV. NHIỆM VỤ QUÝ
IV NĂM 2024", "III. NHIỆM VỤ NĂM 2025", "II. NHIỆM VỤ QUÝ IV NĂM 2024", "IV. NHIỆM VỤ NĂM 2026", "II. NHIỆM VỤ QUÝ II
NĂM 2026": no deadlines) and years are not figures.

New in this set (decisions written here because the forms were not met before):
- PERCENTAGES WRITTEN WITH THE WORD "phần trăm" after digits ("1,38 phần trăm", "95,5 phần trăm", "87,3 phần
  trăm"): unit `%`, value the digits, raw the whole phrase, as golden/blind80.py's 478 reads "một trăm phần trăm" (the
  word is read as the sign); "điểm phần trăm" stays a change in `%` with the number alone as raw (golden/blind94.py).
- RANGES: each bound is a row of its own (golden/blind80.py, blind90.py), the unit written after the upper bound: "dao
  động 2-3 ngày" (a dash range: 2 and 3 `ngày`), "dao động từ 55,20% đến 75,52%", "từ 62% đến 78%", "từ 3 đến 5 ngày
  làm việc" (kind value), and target ranges "đạt từ 70% đến 75%", "đạt từ 60% đến 65%" (both bounds kind target).
- "CÙNG KỲ": "so với cùng kỳ năm 2023 (3.177 hồ sơ)", "(cùng kỳ năm trước: 98.215 hồ sơ)", "So với cùng kỳ năm trước
  (48,35%)" are previous values dated at the end of the same period one year earlier (2023-09-30 for quý III and for 9
  tháng đầu năm 2024, 2025-03-31 for quý I năm 2026), as golden/blind5.py's 116; "so với cùng kỳ tăng 12,4%", "so với
  cùng kỳ giảm 3,8%" are relative changes (kind change, `%`, code unchecked; a fall negative).
- COUNTS PER MONTH "1.161 hồ sơ/tháng", "bình quân 12.498 hồ sơ/tháng", "12.914 hồ sơ khai thuế/tháng", "1.245 hồ
  sơ/tháng": averages (kind value, unit `hồ sơ`, code unchecked), as golden/blind83.py.
- DATES WRITTEN WITH DASHES AND DOTS ("30-9-2024", "31-12-2024", "15.10.2024", "29.12.2023") are dates: no figures;
  in a task they are day deadlines like "31/12/2024" (the expression keeps the form written).
- RELATIVE DEADLINES. "trong vòng 02 ngày làm việc kể từ khi phát hiện sự cố", "Trong vòng 05 ngày làm việc kể từ
  ngày nhận được kết quả đánh giá …", "Trong vòng 05 ngày làm việc kể từ ngày UBND tỉnh công bố danh mục TTHC mới",
  "báo cáo ngay", "ngay sau khi nhận được thông báo", "Ngay sau khi Bảo hiểm xã hội Việt Nam nâng cấp phần mềm",
  "Ngay sau khi Cục Thuế ban hành quy trình …" count from an event without a date: no deadline (golden/blind53.py's
  "chậm nhất 05 ngày làm việc trước ngày kiểm tra"), and the lead time is no figure.
- A TRANSPOSED TABLE (565, Markdown): indicators as rows, the hospitals as columns, each row's unit in its label
  ("(lượt)", "(%)", "(tỷ đồng)", "(phút)"); a hospital column's cells have the column header as subject (a hospital is
  no administrative level: level unchecked), the "Cộng" column's subject unchecked (the four hospitals together); the
  "-" cell no figure; codes unchecked (as golden/blind86.py's 506, one level down).
- A TOTAL ROW THAT DOES NOT ADD UP (567, Markdown): the "Tổng cộng" row states 112.478 files where its rows sum to
  112.486, and 97,20 where the rows' weighted share is 97,10; the prose explains the gap ("Có 08 hồ sơ liên thông
  được hai đơn vị cùng ghi nhận", a count). The stated figures are golden as written (the checks, not the extractor,
  flag the mismatch); the total row is the issuer ("Bảo hiểm xã hội tỉnh", level tỉnh).
- A PHỤ LỤC WITH BLOCK SUBTOTALS (566, tab-separated, after the signature): block header rows "I<TAB>Khối sở, ngành",
  "II<TAB>Khối huyện", "III<TAB>Khối xã" hold no figure; rows in each block (subject as written, "Sở Tư pháp", "UBND
  huyện Châu Thành A"; "Các sở, ngành còn lại", "Các phường", "Các thị trấn", "Các xã" are groups: subject unchecked)
  at the block's level; "Cộng khối sở, ngành", "Cộng khối huyện", "Cộng khối xã" rows with an empty STT are the
  blocks (subject unchecked, the block's level, as the "Bình quân khối" rows of golden/blind67.py and blind96.py);
  "Tổng cộng toàn tỉnh" is the province (subject and level NULL). Cells: files received (files code), online share,
  on-time share. The subtotals and total repeat the prose.

Per document:
- 565 is a quarterly Báo cáo of the Sở Y tế thành phố Đà Nẵng (header "ỦY BAN NHÂN DÂN / THÀNH PHỐ ĐÀ NẴNG / SỞ Y
  TẾ"), quý III năm 2024, issued 07/10/2024, before the merger. The Sở's TTHC, files (cùng kỳ, per month, the dash
  range of days), payment "72,45% (quý II năm 2024: 68,30%), tăng 4,15%; so với chỉ tiêu … năm 2024 là 70% thì đã
  đạt chỉ tiêu" (target dated 2024-12-31), PAKN "27/27" (one count), its 766 score `88,64/100` and rank `5/21` among
  the city's agencies "(quý II năm 2024 xếp thứ 8/21), tăng 3 bậc" (dated 2024-06-30); the city `87,12/100`, `3/63`
  (subject NULL). Hospitals' cashless payments: "04/04 bệnh viện", the transposed table, the range of shares and the
  lowest hospital in brackets, "tăng 17,15 điểm phần trăm", money, identity checks, birth and death certificates
  (subject and level unchecked), the sector's target range for 2024. Task 1's "đạt từ 60% đến 65%" is Bệnh viện C Đà
  Nẵng's (dated 2024-12-31). Five deadlines: day written "31-12-2024", "chậm nhất" day in words, month, quarter,
  "trước ngày 20 hằng tháng" (issued 07/10/2024: first 20/10/2024); item 6 is relative (no deadline).
- 566 is an annual Báo cáo of UBND tỉnh Hậu Giang to the Văn phòng Chính phủ, năm 2024, issued 10/01/2025 (before the
  merger into Cần Thơ). Province figures have subject NULL: `84,27/100`, `21/63`, "tăng 2,15 điểm và tăng 9 bậc so với
  năm 2023 (82,12 điểm, xếp thứ 30/63)" (dated 2023-12-31, the score on the /100 scale), six group scores in a dash
  list `x/max`, TTHC by level in brackets, files, online shares by level after "lần lượt là", the overdue share in
  "phần trăm", two districts' on-time shares in brackets, "04/08 huyện, thị xã, thành phố" (unit `huyện`), "chưa đạt
  chỉ tiêu năm 2024 là 50%" (target dated 2024-12-31), PAKN of the province's system, satisfaction "95,5 phần trăm".
  Task 4's "tối thiểu 70%" of land files is dated 2025-06-30 (land files are handled at more than one level: subject
  and level unchecked). The Phụ lục above. Six deadlines: day, "chậm nhất" day in words, month, quarter, year,
  "trước ngày 05 hằng tháng" (issued 10/01/2025, after the 5th: first 05/02/2025); item 6 is relative (no deadline).
- 567 is a Báo cáo of Bảo hiểm xã hội tỉnh Hà Nam (header "BẢO HIỂM XÃ HỘI VIỆT NAM / BẢO HIỂM XÃ HỘI TỈNH HÀ NAM"), 9
  tháng đầu năm 2024, issued 04/10/2024, dates written with dots. The body's own TTHC, files ("Toàn ngành" is the
  body's whole system), e-transactions, books and cards issued (`sổ`, `thẻ`), results returned by post (`lượt`),
  pensions paid to accounts "(cùng kỳ năm trước: 63,20%), tăng 8,65 điểm phần trăm", identity verification
  "798.524/812.346 nhân khẩu" (one count with its max) and hotline PAKN are "Bảo hiểm xã hội tỉnh"; the province's
  participants, coverage "94,12% … chưa đạt chỉ tiêu năm 2024 là 94,5%" (target dated 2024-12-31) and VssID accounts
  have subject NULL; visits and cards name no body (subject and level unchecked). Its Markdown table by office
  (subject as written: "Văn phòng Bảo hiểm xã hội tỉnh" level tỉnh, the district offices level huyện) and the total
  that does not add up (above). Task 3's "tối thiểu 95%" is Bảo hiểm xã hội huyện Bình Lục's (dated 2024-11-30).
  Five deadlines: day written "15.10.2024", day, month, quarter, "trước ngày 22 hằng tháng" (first 22/10/2024); item 5
  is relative (no deadline).
- 568 is an annual Báo cáo of the Sở Giáo dục và Đào tạo tỉnh Phú Thọ (merged with Vĩnh Phúc and Hòa Bình; ranks
  /34), năm 2025, issued 12/01/2026. The Sở's TTHC, files "so với năm 2024 (số liệu cộng gộp của ba Sở trước hợp
  nhất: 11.932 hồ sơ) tăng 24,3%" (the merged Sở's earlier value, dated 2024-12-31), the copies of diplomas (a field:
  subject unchecked, level tỉnh), "14.790/14.811 hồ sơ" (one count), "2,6 ngày/hồ sơ, rút ngắn 0,9 ngày so với năm
  2024 (3,5 ngày)" (a fall; previous dated 2024-12-31), "87,3 phần trăm (năm 2024: 79,6%)" with its target
  (dated 2025-12-31, "đạt"), PAKN, `90,18/100`, `2/17`; the province `83,46/100`, `15/34` (subject NULL). "Toàn tỉnh
  có 1.248 trường", the enrolment totals by grade, "So với năm 2024 (80.116 hồ sơ) … tăng 18.524 hồ sơ", "96/96
  trường" (subject NULL), "148/148 xã, phường", the former provinces' shares
  after "lần lượt là" (areas: subject and level unchecked), the highland communes' range (level xã). A dash list of
  the schools' digital transformation (the items name no body: subject and level unchecked; "chỉ tiêu năm 2025 là 85%,
  đạt chỉ tiêu"), counts by grade in `trường`. Task 4's "đạt 100% trong quý II năm 2026" is dated 2026-06-30. Six
  deadlines: day, "chậm nhất" day in words, month, quarter, year, "trước ngày 25 hằng tháng" (first 25/01/2026); item
  6 is relative (no deadline).
- 569 is a quarterly Báo cáo of Thuế tỉnh Cao Bằng (header "CỤC THUẾ / THUẾ TỈNH CAO BẰNG", signed "TRƯỞNG THUẾ
  TỈNH"), quý I năm 2026, issued 06/4/2026. The body's own TTHC, tax returns "so với cùng kỳ năm trước (35.218 hồ sơ)
  tăng 10,0%" (dated 2025-03-31; codes unchecked), TTHC files, refunds in `tỷ đồng`, the range of refund days,
  "93,48% (43/46 hồ sơ); chỉ tiêu Cục Thuế giao năm 2026 là 95%, chưa đạt chỉ tiêu", PAKN and survey "tăng 1,2 điểm
  phần trăm so với quý IV năm 2025 (95,15%)" are "Thuế tỉnh"; a dash list of the three Thuế cơ sở (subject as written,
  level unchecked; online files with the online code); revenue "1.263,8 tỷ đồng, bằng 31,6% dự toán năm, so với
  cùng kỳ tăng 8,2%", taxpayers, money and eTax transactions (subject and level unchecked), "186 doanh nghiệp" given
  tax codes ("Thuế tỉnh"); "Trên địa bàn tỉnh có 2.815
  hộ kinh doanh … (cùng kỳ năm trước: 1.689 hộ), tăng 1.126 hộ; … đạt 64,3% …, chỉ tiêu năm 2026 là 80%" (subject
  NULL; target dated 2026-12-31, status not stated); the province's `80,52/100`, `28/34`,
  `7,12/10`. Task 1's "04 hồ sơ" is Thuế cơ sở 2's; task 4's "tối thiểu 95%" the offices' (subject and level
  unchecked, dated 2026-06-30). Six deadlines: day, "chậm nhất" day in words, month, quarter, year, "trước ngày 10
  hằng tháng" (first 10/4/2026); item 6 is relative (no deadline).
"""

from __future__ import annotations

from golden.facts import (
    _DH,
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
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_PAKN_TG = "pakn.thoi_gian"
_Y2024 = "2024-12-31"
_Y2025 = "2025-12-31"
_Y2026 = "2026-12-31"
_OPEN = {"subject": ANY, "level": ANY}
_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_XA = {"subject": "cấp xã", "level": "xã"}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_HUYEN = {"subject": ANY, "level": "huyện"}
_IN_XA = {"subject": ANY, "level": "xã"}

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
    first at the cell itself. A raw `n/63` is read as n with its max."""
    facts, at = [], 0
    for raw, unit, kind, code, as_of, top in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw.split("/")[0]), unit, kind, max_value=top,
                       subject=subject, level=level, as_of=as_of, code=code, extra=TAB))
        at += len(sep)
    return facts


def _column_cells(line: str, sep: str, after: str, subjects: list[object], level: object, unit: str,
                  raws: list[str]) -> list[Fact]:
    """One row of a TRANSPOSED table (indicators as rows, bodies as columns): the n-th cell is the n-th column's body,
    all cells of the row share the row's unit; "-" cells are skipped (no figure). Codes unchecked, period end."""
    facts, at = [], 0
    for subject, raw in zip(subjects, raws, strict=True):
        if raw == "-":
            at = line.find(sep + raw, at) + len(sep)
            continue
        facts += _cells(line[at:], sep, after, subject, level, [(raw, unit, P, ANY, "period", None)])
        at = _find_cell(line, sep, raw, at) + len(sep)
    return facts


# ------------------------------------------------------------ 565: Sở Y tế thành phố Đà Nẵng, quý III năm 2024
_SYT = "Sở Y tế"
_Q2_2024 = "2024-06-30"
_Q3_2023 = "2023-09-30"
_BV_565 = ["Bệnh viện Đà Nẵng", "Bệnh viện C Đà Nẵng", "Bệnh viện Phụ sản - Nhi Đà Nẵng", "Bệnh viện Ung bướu Đà Nẵng",
           ANY]


def _syt(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở Y tế's own one-stop shop (subject the body by its kind, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SYT, level="tỉnh", **kw)


def _row_565(label: str, unit: str, raws: str, after: str) -> list[Fact]:
    """One Markdown row of the transposed table: four hospitals (subject the column header; a hospital is no
    administrative level) and the "Cộng" column (subject unchecked)."""
    cells = raws.split()
    line = "| " + " | ".join([label, *cells]) + " |"
    return _column_cells(line, " | ", after, _BV_565, ANY, unit, cells)


BLIND_565 = [
    # I.1 (96/KH-UBND, 3415/VP-KSTTHC cited; dates written "22-3-2024", the stated window the period)
    _syt("thực hiện 142 TTHC", "142", 142, "TTHC", C, code=_TTHC),
    _syt("trong đó 118 TTHC", "118", 118, "TTHC", C, code=_TOAN),
    _syt("chiếm 83,10%", "83,10%", 83.10, "%", code=_TOAN),
    _syt("và 24 TTHC", "24", 24, "TTHC", C, code=_MOT),
    _syt("công bố 02 quyết định", "02", 2, "quyết định", C, code=None),
    # I.2 files; "cùng kỳ năm 2023" dated 2023-09-30; an average per month; a dash range of days
    _syt("tiếp nhận 3.482 hồ sơ", "3.482", 3482, "hồ sơ", C, code=_TN),
    _syt("(3.177 hồ sơ)", "3.177", 3177, "hồ sơ", PR, as_of=_Q3_2023, code=_TN),
    _syt("tăng 9,6%", "9,6%", 9.6, "%", CH, code=ANY),
    _syt("trực tuyến 3.051 hồ sơ", "3.051", 3051, "hồ sơ", C, code=_NOP),
    _syt("chiếm 87,62%", "87,62%", 87.62, "%", code=_NOP),
    _syt("tiếp nhận 1.161 hồ sơ/tháng", "1.161", 1161, "hồ sơ", code=ANY),
    _syt("giải quyết 3.395", "3.395", 3395, "hồ sơ", C, code=ANY),
    _syt("đúng hạn 3.389", "3.389", 3389, "hồ sơ", C, code=_DH),
    _syt("đạt 99,82%", "99,82%", 99.82, "%", code=_DH),
    _syt("quá hạn 06 hồ sơ thuộc", "06", 6, "hồ sơ", C, code=_QH),
    _syt("dao động 2-3", "2", 2, "ngày", code=ANY),
    _syt("2-3 ngày", "3", 3, "ngày", code=ANY),
    _syt("đạt 72,45%", "72,45%", 72.45, "%", code=_TT, target=70, stated_status="đạt"),
    _syt("(quý II năm 2024: 68,30%)", "68,30%", 68.30, "%", PR, as_of=_Q2_2024, code=_TT),
    _syt("tăng 4,15%", "4,15%", 4.15, "%", CH, code=_TT),
    _syt("năm 2024 là 70%", "70%", 70, "%", T, as_of=_Y2024, code=_TT),
    _syt("đạt 96,84%", "96,84%", 96.84, "%", code=_SH),
    _syt("đạt 100%", "100%", 100, "%", code=_KQ),
    # I.3 PAKN, the Sở's 766 score and rank among the city's agencies; the city itself (subject NULL)
    _syt("tiếp nhận 27 PAKN", "27", 27, "PAKN", C, code=_PAKN_TN),
    _syt("xử lý 27/27 PAKN", "27/27", 27, "PAKN", C, max_value=27, code=_PAKN_XL),
    _syt("bình quân 4,2 ngày", "4,2", 4.2, "ngày", code=_PAKN_TG),
    _syt("đạt 88,64/100", "88,64/100", 88.64, "điểm", max_value=100, code=_TONG),
    _syt("xếp thứ 5/21", "5/21", 5, "hạng", R, max_value=21, code=_HANG),
    _syt("xếp thứ 8/21", "8/21", 8, "hạng", PR, max_value=21, as_of=_Q2_2024, code=_HANG),
    _syt("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("đạt 87,12/100", "87,12/100", 87.12, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 3/63", "3/63", 3, "hạng", R, max_value=63, code=_HANG),
    # II. hospitals ("30-9-2024" the period end, no figure); the transposed Markdown table
    F("04/04 bệnh viện", "04/04", 4, "bệnh viện", C, max_value=4, code=None, **_OPEN),
    *_row_565("Lượt khám, chữa bệnh (lượt)", "lượt", "412.386 186.254 168.902 94.615 862.157",
              "| Lượt thanh toán"),
    *_row_565("Lượt thanh toán không dùng tiền mặt (lượt)", "lượt", "271.048 102.814 119.377 71.452 564.691",
              "| Tỷ lệ thanh toán"),
    *_row_565("Tỷ lệ thanh toán không dùng tiền mặt (%)", "%", "65,73 55,20 70,68 75,52 65,50", "| Số tiền"),
    *_row_565("Số tiền thanh toán (tỷ đồng)", "tỷ đồng", "142,36 58,91 64,17 53,20 318,64", "| Thời gian"),
    *_row_565("Thời gian chờ thanh toán bình quân (phút)", "phút", "12 15 9 11 -", "\nTỷ lệ thanh toán"),
    # the range of the hospitals' shares (both bounds), the lowest, last year's same quarter (2023-09-30)
    F("từ 55,20%", "55,20%", 55.20, "%", code=ANY, **_OPEN),
    F("đến 75,52%", "75,52%", 75.52, "%", code=ANY, **_OPEN),
    F("(55,20%)", "55,20%", 55.20, "%", subject="Bệnh viện C Đà Nẵng", level=ANY, code=ANY),
    F("(48,35%)", "48,35%", 48.35, "%", PR, as_of=_Q3_2023, code=ANY, **_OPEN),
    F("của 04 bệnh viện", "04", 4, "bệnh viện", C, code=None, **_OPEN),
    F("tăng 17,15 điểm", "17,15", 17.15, "%", CH, code=ANY, **_OPEN),
    F("đạt 318,64 tỷ", "318,64", 318.64, "tỷ đồng", code=ANY, **_OPEN),
    F("kỳ tăng 21,8%", "21,8%", 21.8, "%", CH, code=ANY, **_OPEN),
    F("thành công 1.286.540", "1.286.540", 1286540, "lượt", C, code=ANY, **_OPEN),
    F("chiếm 98,7%", "98,7%", 98.7, "%", code=ANY, **_OPEN),
    F("liên thông 9.214", "9.214", 9214, "giấy chứng sinh", C, code=ANY, **_OPEN),
    F("và 1.032 giấy", "1.032", 1032, "giấy báo tử", C, code=ANY, **_OPEN),
    F("Có 03/04 bệnh viện", "03/04", 3, "bệnh viện", C, max_value=4, code=None, **_OPEN),
    F("đạt từ 70%", "70%", 70, "%", T, as_of=_Y2024, code=ANY, **_OPEN),
    F("đến 75%.", "75%", 75, "%", T, as_of=_Y2024, code=ANY, **_OPEN),
    # IV. the lowest hospital's target range (dated at its day deadline's year end), a count repeated; "02 ngày làm
    # việc kể từ khi phát hiện sự cố" a lead time (no figure, no deadline); address and phone number no figures
    F("đạt từ 60%", "60%", 60, "%", T, as_of=_Y2024, subject="Bệnh viện C Đà Nẵng", level=ANY, code=ANY),
    F("đến 65%", "65%", 65, "%", T, as_of=_Y2024, subject="Bệnh viện C Đà Nẵng", level=ANY, code=ANY),
    F("dứt điểm 06 hồ sơ", "06", 6, "hồ sơ", C, code=ANY, **_OPEN),
]

# ------------------------------------------------------------ 566: UBND tỉnh Hậu Giang to the VPCP, năm 2024
_Y2023 = "2023-12-31"
_GROUPS_566 = [
    ("Công khai, minh bạch: ", "16,85/18", "766.cong_khai"),
    ("Tiến độ, kết quả giải quyết: ", "18,92/20", "766.tien_do"),
    ("Dịch vụ công trực tuyến: ", "9,46/12", "766.dvctt"),
    ("Thanh toán trực tuyến: ", "6,38/10", "766.thanh_toan"),
    ("Mức độ số hóa hồ sơ: ", "15,72/22", "766.so_hoa"),
    ("Mức độ hài lòng: ", "16,94/18", "766.hai_long"),
]


def _annex_566(stt: str, name: str, raws: str, after: str, subject: object, level: object) -> list[Fact]:
    """One tab-separated row of the Phụ lục: files received, online share, on-time share."""
    files, online, on_time = raws.split()
    line = "\t".join([stt, name, files, online, on_time])
    return _cells(line, "\t", after, subject, level, [
        (files, "hồ sơ", P, _TN, "period", None), (online, "%", P, _NOP, "period", None),
        (on_time, "%", P, _DH, "period", None)])


_ANNEX_566 = [
    # (stt, name, cells, level, subject: None = as written); block header rows "I<TAB>Khối …" hold no figure
    ("1", "Sở Tư pháp", "6.842 92,14 99,86", "tỉnh", None),
    ("2", "Sở Kế hoạch và Đầu tư", "3.215 100 100", "tỉnh", None),
    ("3", "Sở Tài nguyên và Môi trường", "9.604 64,28 97,42", "tỉnh", None),
    ("4", "Sở Giao thông vận tải", "12.386 81,52 99,64", "tỉnh", None),
    ("5", "Các sở, ngành còn lại", "9.483 84,17 99,52", "tỉnh", ANY),
    ("", "Cộng khối sở, ngành", "41.530 81,32 99,16", "tỉnh", ANY),
    ("1", "UBND thành phố Vị Thanh", "8.412 71,35 98,76", "huyện", None),
    ("2", "UBND thành phố Ngã Bảy", "6.905 68,20 98,12", "huyện", None),
    ("3", "UBND thị xã Long Mỹ", "5.318 62,48 97,95", "huyện", None),
    ("4", "UBND huyện Châu Thành", "7.246 65,91 98,40", "huyện", None),
    ("5", "UBND huyện Châu Thành A", "7.860 70,04 98,88", "huyện", None),
    ("6", "UBND huyện Long Mỹ", "4.972 51,26 94,37", "huyện", None),
    ("7", "UBND huyện Phụng Hiệp", "9.135 54,80 95,02", "huyện", None),
    ("8", "UBND huyện Vị Thủy", "5.684 63,15 98,21", "huyện", None),
    ("", "Cộng khối huyện", "55.532 63,85 97,51", "huyện", ANY),
    ("1", "Các phường", "18.406 58,32 99,14", "xã", ANY),
    ("2", "Các thị trấn", "9.127 49,65 98,86", "xã", ANY),
    ("3", "Các xã", "41.258 44,72 99,30", "xã", ANY),
    ("", "Cộng khối xã", "68.791 49,01 99,20", "xã", ANY),
]


def _annex_rows_566() -> list[Fact]:
    """The Phụ lục in order: each row's context runs into the start of the next line (a block header, the next row or
    the grand total); block subtotals have an empty STT (subject unchecked, the block's level); the grand total
    "Tổng cộng toàn tỉnh" is the province (subject and level NULL)."""
    nexts = ["2\tSở Kế", "3\tSở Tài", "4\tSở Giao", "5\tCác sở", "\tCộng khối sở", "II\tKhối huyện",
             "2\tUBND thành phố Ngã", "3\tUBND thị xã", "4\tUBND huyện Châu Thành\t", "5\tUBND huyện Châu Thành A",
             "6\tUBND huyện Long", "7\tUBND", "8\tUBND", "\tCộng khối huyện", "III\tKhối xã", "2\tCác thị",
             "3\tCác xã", "\tCộng khối xã", "\tTổng cộng"]
    facts = []
    for (stt, name, raws, level, subject), after in zip(_ANNEX_566, nexts, strict=True):
        facts += _annex_566(stt, name, raws, after, name if subject is None else subject, level)
    facts += _annex_566("", "Tổng cộng toàn tỉnh", "165.853 62,07 98,62", "", None, None)
    return facts


BLIND_566 = [
    # I. (766/QĐ-TTg, 9152/VPCP-KSTT cited; "tính đến hết ngày 31/12/2024" the period end); năm 2023 dated 2023-12-31
    F("đạt 84,27/100", "84,27/100", 84.27, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 21/63", "21/63", 21, "hạng", R, max_value=63, code=_HANG),
    F("tăng 2,15 điểm", "2,15", 2.15, "điểm", CH, code=_TONG),
    F("tăng 9 bậc", "9", 9, "hạng", CH, code=_HANG),
    F("(82,12 điểm", "82,12", 82.12, "điểm", PR, max_value=100, as_of=_Y2023, code=_TONG),
    F("xếp thứ 30/63)", "30/63", 30, "hạng", PR, max_value=63, as_of=_Y2023, code=_HANG),
    *[F(label + raw, raw, _num(raw.split("/")[0]), "điểm", max_value=_num(raw.split("/")[1]), code=code)
      for label, raw, code in _GROUPS_566],
    # II.1 TTHC by level in brackets; files; online shares by level after "lần lượt là"
    F("thực hiện 1.864 TTHC", "1.864", 1864, "TTHC", C, code=_TTHC),
    F("(cấp tỉnh 1.412 TTHC", "1.412", 1412, "TTHC", C, code=_TTHC, **_TINH),
    F("cấp huyện 318 TTHC", "318", 318, "TTHC", C, code=_TTHC, **_HUYEN),
    F("cấp xã 134 TTHC", "134", 134, "TTHC", C, code=_TTHC, **_XA),
    F("tiếp nhận 165.853 hồ sơ", "165.853", 165853, "hồ sơ", C, code=_TN),
    F("trực tuyến 102.947", "102.947", 102947, "hồ sơ", C, code=_NOP),
    F("chiếm 62,07%", "62,07%", 62.07, "%", code=_NOP),
    F("lần lượt là 81,32%", "81,32%", 81.32, "%", code=_NOP, **_TINH),
    F("81,32%, 63,85%", "63,85%", 63.85, "%", code=_NOP, **_HUYEN),
    F("và 49,01%", "49,01%", 49.01, "%", code=_NOP, **_XA),
    # on time; the overdue share written with the word "phần trăm" (raw the whole phrase, unit %)
    F("đạt 98,62%", "98,62%", 98.62, "%", code=_DH),
    F("chiếm 1,38 phần trăm", "1,38 phần trăm", 1.38, "%", code=_QH),
    F("Long Mỹ (94,37%)", "94,37%", 94.37, "%", subject="UBND huyện Long Mỹ", level="huyện", code=_DH),
    F("(95,02%)", "95,02%", 95.02, "%", subject="UBND huyện Phụng Hiệp", level="huyện", code=_DH),
    F("Có 04/08 huyện", "04/08", 4, "huyện", C, max_value=8, code=None, **_IN_HUYEN),
    F("(51,26%)", "51,26%", 51.26, "%", subject="huyện Long Mỹ", level="huyện", code=_NOP),
    # II.2
    F("đạt 46,18%", "46,18%", 46.18, "%", code=_TT, target=50, stated_status="chưa đạt"),
    F("năm 2024 là 50%", "50%", 50, "%", T, as_of=_Y2024, code=_TT),
    F("đạt 82,40%", "82,40%", 82.40, "%", code=_SH),
    F("đạt 38,12%", "38,12%", 38.12, "%", code=_TSD),
    # II.3 the province's system (subject NULL); satisfaction written with "phần trăm"
    F("tiếp nhận 312 PAKN", "312", 312, "PAKN", C, code=_PAKN_TN),
    F("xử lý 304 PAKN", "304", 304, "PAKN", C, code=_PAKN_XL),
    F("đạt 97,44%", "97,44%", 97.44, "%", code=_PAKN_TL),
    F("đạt 95,5 phần trăm", "95,5 phần trăm", 95.5, "%", code="766.hai_long.tthc"),
    # III. the land files' target (the files of a field, at more than one level: subject and level unchecked), dated
    # at its quarter; "05 ngày làm việc kể từ ngày nhận được …" a lead time (no figure, no deadline)
    F("tối thiểu 70%", "70%", 70, "%", T, as_of="2025-06-30", code=_NOP, **_OPEN),
    # Phụ lục after the signature (tab-separated; "18/BC-UBND ngày 10/01/2025" in its caption no figure)
    *_annex_rows_566(),
]

# ------------------------------------------------------------ 567: Bảo hiểm xã hội tỉnh Hà Nam, 9 tháng đầu năm 2024
_BHXH = "Bảo hiểm xã hội tỉnh"
_SAME_2023 = "2023-09-30"


def _bh(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the provincial social-insurance body's own work (subject the body by its kind, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_BHXH, level="tỉnh", **kw)


_ROWS_567 = [
    ("1", "Văn phòng Bảo hiểm xã hội tỉnh", "tỉnh", "38.412 99,42 42.815"),
    ("2", "Bảo hiểm xã hội thành phố Phủ Lý", "huyện", "21.306 97,85 38.920"),
    ("3", "Bảo hiểm xã hội thị xã Duy Tiên", "huyện", "13.584 96,12 27.406"),
    ("4", "Bảo hiểm xã hội huyện Kim Bảng", "huyện", "11.297 95,48 22.183"),
    ("5", "Bảo hiểm xã hội huyện Lý Nhân", "huyện", "10.845 94,76 25.361"),
    ("6", "Bảo hiểm xã hội huyện Thanh Liêm", "huyện", "9.618 95,20 19.874"),
    ("7", "Bảo hiểm xã hội huyện Bình Lục", "huyện", "7.424 93,05 17.542"),
]


def _row_567(stt: str, name: str, raws: str, after: str, subject: str, level: str) -> list[Fact]:
    """One Markdown row: files received (files code), e-transaction share and VssID accounts (codes unchecked)."""
    files, share, accounts = raws.split()
    line = f"| {stt} | {name} | {files} | {share} | {accounts} |"
    return _cells(line, " | ", after, subject, level, [
        (files, "hồ sơ", P, _TN, "period", None), (share, "%", P, ANY, "period", None),
        (accounts, "tài khoản", P, ANY, "period", None)])


def _table_567() -> list[Fact]:
    """The offices in order (subject as written: the provincial office level tỉnh, the district offices level huyện),
    then the "Tổng cộng" row = the issuer, its figures AS STATED: its 112.478 files are 8 fewer than the rows' sum
    (112.486) and its 97,20 is not the rows' weighted 97,10 (the auditor's case: the stated total stays as written)."""
    facts = []
    for i, (stt, name, level, raws) in enumerate(_ROWS_567):
        after = f"| {i + 2} | {_ROWS_567[i + 1][1]}" if i + 1 < len(_ROWS_567) else "| | Tổng cộng"
        facts += _row_567(stt, name, raws, after, name, level)
    facts += _row_567("", "Tổng cộng", "112.478 97,20 194.101", "\nCó 08", _BHXH, "tỉnh")
    return facts


BLIND_567 = [
    # I.1 (2286/KH-UBND, 2817/BHXH-CNTT cited; dates written "29.12.2023", "30.9.2024": no figures)
    _bh("thực hiện 25 TTHC", "25", 25, "TTHC", C, code=_TTHC),
    _bh("đó 100% TTHC", "100%", 100, "%", code=_TOAN),
    # I.2 "cùng kỳ năm trước" dated 2023-09-30; an average per month; e-transactions (codes unchecked)
    _bh("tiếp nhận 112.478 hồ sơ", "112.478", 112478, "hồ sơ", C, code=_TN),
    _bh("(cùng kỳ năm trước: 98.215", "98.215", 98215, "hồ sơ", PR, as_of=_SAME_2023, code=_TN),
    _bh("cùng kỳ tăng 14,5%", "14,5%", 14.5, "%", CH, code=ANY),
    _bh("bình quân 12.498", "12.498", 12498, "hồ sơ", code=ANY),
    _bh("điện tử 109.324", "109.324", 109324, "hồ sơ", C, code=ANY),
    _bh("chiếm 97,20%", "97,20%", 97.20, "%", code=ANY),
    _bh("quốc gia 18.642", "18.642", 18642, "hồ sơ", C, code=ANY),
    _bh("chiếm 16,57%", "16,57%", 16.57, "%", code=ANY),
    _bh("đạt 99,96%", "99,96%", 99.96, "%", code=_DH),
    _bh("còn 42 hồ sơ", "42", 42, "hồ sơ", C, code=_QH),
    _bh("cấp mới 6.842 sổ", "6.842", 6842, "sổ", C, code=ANY),
    _bh("và 41.236 thẻ", "41.236", 41236, "thẻ", C, code=ANY),
    _bh("ích 52.318 lượt", "52.318", 52318, "lượt", C, code=ANY),
    *_table_567(),
    F("Có 08 hồ sơ", "08", 8, "hồ sơ", C, code=ANY, **_OPEN),
    # I.3 the province's participants (subject NULL); "cùng kỳ" change relative; the 2024 coverage target
    F("có 186.412 người", "186.412", 186412, "người", C, code=ANY),
    F("chiếm 38,6%", "38,6%", 38.6, "%", code=ANY),
    F("tự nguyện 28.416", "28.416", 28416, "người", C, code=ANY),
    F("cùng kỳ tăng 12,4%", "12,4%", 12.4, "%", CH, code=ANY),
    F("đạt 94,12%", "94,12%", 94.12, "%", code=ANY, target=94.5, stated_status="chưa đạt"),
    F("năm 2024 là 94,5%", "94,5%", 94.5, "%", T, as_of=_Y2024, code=ANY),
    # I.4 payments of the body itself; accounts of the province ("31.12.2023" a date)
    _bh("cho 24.318 người", "24.318", 24318, "người", C, code=ANY),
    _bh("chiếm 71,85%", "71,85%", 71.85, "%", code=ANY),
    _bh("(cùng kỳ năm trước: 63,20%)", "63,20%", 63.20, "%", PR, as_of=_SAME_2023, code=ANY),
    _bh("tăng 8,65 điểm", "8,65", 8.65, "%", CH, code=ANY),
    F("có 194.101 tài khoản", "194.101", 194101, "tài khoản", C, code=ANY),
    F("tăng 21.406 tài khoản", "21.406", 21406, "tài khoản", CH, code=ANY),
    # I.5 Đề án 06 ("dưới 6 tuổi" no figure)
    _bh("xác thực 798.524/812.346", "798.524/812.346", 798524, "nhân khẩu", C, max_value=812346, code=ANY),
    _bh("đạt 98,30%", "98,30%", 98.30, "%", code=ANY),
    F("đón 1.246.380 lượt", "1.246.380", 1246380, "lượt", C, code=ANY, **_OPEN),
    F("chiếm 92,4%", "92,4%", 92.4, "%", code=ANY, **_OPEN),
    F("cấp 3.215 thẻ", "3.215", 3215, "thẻ", C, code=ANY, **_OPEN),
    # I.6 the body's own hotline PAKN (not the 766 system: codes unchecked); BHXH Việt Nam's ranking
    _bh("tiếp nhận 64 PAKN", "64", 64, "PAKN", C, code=ANY),
    _bh("(cùng kỳ năm trước: 71 PAKN)", "71", 71, "PAKN", PR, as_of=_SAME_2023, code=ANY),
    _bh("trả lời 64/64", "64/64", 64, "PAKN", C, max_value=64, code=ANY),
    F("xếp thứ 9/63", "9/63", 9, "hạng", R, max_value=63, subject="Bảo hiểm xã hội tỉnh Hà Nam", level="tỉnh",
      code=ANY),
    # II. a district office's target, dated at its month ("15.10.2024" a deadline; phone number no figure)
    F("tối thiểu 95%", "95%", 95, "%", T, as_of="2024-11-30", subject="Bảo hiểm xã hội huyện Bình Lục",
      level="huyện", code=ANY),
]

# ------------------------------------------------------------ 568: Sở Giáo dục và Đào tạo tỉnh Phú Thọ, năm 2025
_SGD = "Sở Giáo dục và Đào tạo"


def _sgd(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở's own one-stop shop (subject the body by its kind, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SGD, level="tỉnh", **kw)


BLIND_568 = [
    # I. (145/KH-UBND cited; "ba Sở", "ba tỉnh" in words); năm 2024 dated 2024-12-31 (the three former Sở together
    # are the merged Sở's earlier value, as golden/blind95.py's 551)
    _sgd("thực hiện 96 TTHC", "96", 96, "TTHC", C, code=_TTHC),
    _sgd("trong đó 71 TTHC", "71", 71, "TTHC", C, code=_TOAN),
    _sgd("và 25 TTHC", "25", 25, "TTHC", C, code=_MOT),
    _sgd("tiếp nhận 14.826 hồ sơ", "14.826", 14826, "hồ sơ", C, code=_TN),
    _sgd("trực tuyến 14.105", "14.105", 14105, "hồ sơ", C, code=_NOP),
    _sgd("chiếm 95,14%", "95,14%", 95.14, "%", code=_NOP),
    _sgd("hợp nhất: 11.932", "11.932", 11932, "hồ sơ", PR, as_of=_Y2024, code=_TN),
    _sgd("tăng 24,3%", "24,3%", 24.3, "%", CH, code=ANY),
    F("là 6.418 hồ sơ", "6.418", 6418, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("chiếm 43,29%", "43,29%", 43.29, "%", code=ANY, **_IN_TINH),
    _sgd("đúng hạn 14.790/14.811", "14.790/14.811", 14790, "hồ sơ", C, max_value=14811, code=_DH),
    _sgd("đạt 99,86%", "99,86%", 99.86, "%", code=_DH),
    _sgd("bình quân 2,6 ngày", "2,6", 2.6, "ngày", code=ANY),
    _sgd("rút ngắn 0,9 ngày", "0,9", -0.9, "ngày", CH, code=ANY),
    _sgd("(3,5 ngày)", "3,5", 3.5, "ngày", PR, as_of=_Y2024, code=ANY),
    _sgd("đạt 87,3 phần trăm", "87,3 phần trăm", 87.3, "%", code=_TT, target=80, stated_status="đạt"),
    _sgd("(năm 2024: 79,6%)", "79,6%", 79.6, "%", PR, as_of=_Y2024, code=_TT),
    _sgd("năm 2025 là 80%", "80%", 80, "%", T, as_of=_Y2025, code=_TT),
    _sgd("TTHC đạt 100%", "100%", 100, "%", code=_SH),
    _sgd("tiếp nhận 19 PAKN", "19", 19, "PAKN", C, code=_PAKN_TN),
    _sgd("xử lý 19/19", "19/19", 19, "PAKN", C, max_value=19, code=_PAKN_XL),
    _sgd("đạt 90,18/100", "90,18/100", 90.18, "điểm", max_value=100, code=_TONG),
    _sgd("xếp thứ 2/17", "2/17", 2, "hạng", R, max_value=17, code=_HANG),
    F("đạt 83,46/100", "83,46/100", 83.46, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 15/34", "15/34", 15, "hạng", R, max_value=34, code=_HANG),
    # II. the province's schools and enrolment ("năm học 2025-2026", "lớp 1", "lớp 6", "lớp 10" no figures); the
    # former provinces' areas after "lần lượt là" (neither the province nor one of its units); a range in the
    # highland communes (both bounds)
    F("có 1.248 trường", "1.248", 1248, "trường", C, code=None),
    F("148/148 xã", "148/148", 148, "xã", C, max_value=148, code=None, **_IN_XA),
    F("là 98.640 hồ sơ", "98.640", 98640, "hồ sơ", C, code=ANY),
    F("chiếm 91,8%", "91,8%", 91.8, "%", code=ANY),
    F("lớp 1 là 38.215", "38.215", 38215, "hồ sơ", C, code=ANY),
    F("lớp 6 là 34.906", "34.906", 34906, "hồ sơ", C, code=ANY),
    F("lớp 10 là 25.519", "25.519", 25519, "hồ sơ", C, code=ANY),
    F("(80.116 hồ sơ)", "80.116", 80116, "hồ sơ", PR, as_of=_Y2024, code=ANY),
    F("tăng 18.524 hồ sơ", "18.524", 18524, "hồ sơ", CH, code=ANY),
    F("96/96 trường", "96/96", 96, "trường", C, max_value=96, code=None),
    F("lần lượt là 92,6%", "92,6%", 92.6, "%", code=ANY, **_OPEN),
    F("92,6%, 95,4%", "95,4%", 95.4, "%", code=ANY, **_OPEN),
    F("và 84,1%", "84,1%", 84.1, "%", code=ANY, **_OPEN),
    F("từ 62%", "62%", 62, "%", code=ANY, **_IN_XA),
    F("đến 78%", "78%", 78, "%", code=ANY, **_IN_XA),
    # III. dash list of the schools' digital transformation (the items name no body: subject and level unchecked);
    # the 2025 target of digital transcripts; counts by grade (code None); Thông tư số 29/2024/TT-BGDĐT no figure
    F("số: 1.086/1.248", "1.086/1.248", 1086, "trường", C, max_value=1248, code=ANY, **_OPEN),
    F("đạt 87,02%", "87,02%", 87.02, "%", code=ANY, target=85, stated_status="đạt", **_OPEN),
    F("năm 2025 là 85%", "85%", 85, "%", T, as_of=_Y2025, code=ANY, **_OPEN),
    F("mặt: 1.192 trường", "1.192", 1192, "trường", C, code=ANY, **_OPEN),
    F("chiếm 95,51%", "95,51%", 95.51, "%", code=ANY, **_OPEN),
    F("tử: 1.204 trường", "1.204", 1204, "trường", C, code=ANY, **_OPEN),
    F("chiếm 96,47%", "96,47%", 96.47, "%", code=ANY, **_OPEN),
    F("còn 42 trường", "42", 42, "trường", C, code=None, **_OPEN),
    F("tại 17 xã", "17", 17, "xã", C, code=None, **_IN_XA),
    F("ngành: 612.480", "612.480", 612480, "học sinh", C, code=ANY, **_OPEN),
    F("đạt 99,2%", "99,2%", 99.2, "%", code=ANY, **_OPEN),
    F("số: 412 trường", "412", 412, "trường", C, code=None, **_OPEN),
    F("Tốt, 685 trường", "685", 685, "trường", C, code=None, **_OPEN),
    F("và 151 trường", "151", 151, "trường", C, code=None, **_OPEN),
    F("tiếp nhận 2.316", "2.316", 2316, "hồ sơ", C, code=ANY, **_OPEN),
    F("trực tuyến 2.104", "2.104", 2104, "hồ sơ", C, code=ANY, **_OPEN),
    F("(90,85%)", "90,85%", 90.85, "%", code=ANY, **_OPEN),
    # IV. a target in a task, dated at its quarter; "05 ngày làm việc kể từ ngày UBND tỉnh công bố …" a lead time (no
    # figure, no deadline); phone number no figure
    F("đạt 100% trong", "100%", 100, "%", T, as_of="2026-06-30", code=ANY, **_OPEN),
]

# ------------------------------------------------------------ 569: Thuế tỉnh Cao Bằng, quý I năm 2026
_THUE = "Thuế tỉnh"
_Q1_2025 = "2025-03-31"


def _thue(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the provincial tax body's own work (subject the body by its kind, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_THUE, level="tỉnh", **kw)


def _base_569(name: str, files: str, online: str, on_time: str) -> list[Fact]:
    """One dash item "- Thuế cơ sở n tỉnh Cao Bằng: tiếp nhận x hồ sơ TTHC, trực tuyến z hồ sơ, đúng hạn y%" (subject
    as written; a grassroots tax office is no administrative level; the number in its name is no figure)."""
    return [F(f"nhận {files} hồ sơ", files, _num(files), "hồ sơ", C, subject=name, level=ANY, code=_TN),
            F(f"trực tuyến {online} hồ sơ", online, _num(online), "hồ sơ", C, subject=name, level=ANY, code=_NOP),
            F(f"đúng hạn {on_time}", on_time, _num(on_time), "%", subject=name, level=ANY, code=_DH)]


BLIND_569 = [
    # I.1 (38/2019/QH14, 70/2025/NĐ-CP, 36/KH-UBND cited)
    _thue("thực hiện 214 TTHC", "214", 214, "TTHC", C, code=_TTHC),
    _thue("; 100% TTHC", "100%", 100, "%", code=_TOAN),
    # I.2 tax returns (not TTHC files: codes unchecked), "cùng kỳ năm trước" dated 2025-03-31, averages per month
    _thue("tiếp nhận 38.742", "38.742", 38742, "hồ sơ", C, code=ANY),
    _thue("(35.218 hồ sơ)", "35.218", 35218, "hồ sơ", PR, as_of=_Q1_2025, code=ANY),
    _thue("tăng 10,0%", "10,0%", 10.0, "%", CH, code=ANY),
    _thue("điện tử 38.415", "38.415", 38415, "hồ sơ", C, code=ANY),
    _thue("đạt 99,16%", "99,16%", 99.16, "%", code=ANY),
    _thue("bình quân 12.914", "12.914", 12914, "hồ sơ", code=ANY),
    _thue("tiếp nhận 3.736", "3.736", 3736, "hồ sơ", C, code=_TN),
    _thue("bình quân 1.245", "1.245", 1245, "hồ sơ", code=ANY),
    _thue("trực tuyến 3.513", "3.513", 3513, "hồ sơ", C, code=_NOP),
    _thue("chiếm 94,03%", "94,03%", 94.03, "%", code=_NOP),
    _thue("đúng hạn 3.729", "3.729", 3729, "hồ sơ", C, code=_DH),
    _thue("đạt 99,81%", "99,81%", 99.81, "%", code=_DH),
    _thue("cho 46 hồ sơ", "46", 46, "hồ sơ", C, code=ANY),
    _thue("tiền 28,64 tỷ", "28,64", 28.64, "tỷ đồng", code=ANY),
    _thue("từ 3 đến", "3", 3, "ngày", code=ANY),
    _thue("đến 5 ngày", "5", 5, "ngày", code=ANY),
    _thue("đạt 93,48%", "93,48%", 93.48, "%", code=ANY, target=95, stated_status="chưa đạt"),
    _thue("(43/46 hồ sơ)", "43/46", 43, "hồ sơ", C, max_value=46, code=ANY),
    _thue("năm 2026 là 95%", "95%", 95, "%", T, as_of=_Y2026, code=ANY),
    *_base_569("Thuế cơ sở 1 tỉnh Cao Bằng", "1.682", "1.594", "100%"),
    *_base_569("Thuế cơ sở 2 tỉnh Cao Bằng", "1.214", "1.148", "99,67%"),
    *_base_569("Thuế cơ sở 3 tỉnh Cao Bằng", "840", "771", "99,64%"),
    # I.3 taxpayers and money paid electronically (taxpayers of the province managed by the body: subject and level
    # unchecked); a relative change against "cùng kỳ"
    F("đạt 1.263,8 tỷ", "1.263,8", 1263.8, "tỷ đồng", code=ANY, **_OPEN),
    F("bằng 31,6%", "31,6%", 31.6, "%", code=ANY, **_OPEN),
    F("cùng kỳ tăng 8,2%", "8,2%", 8.2, "%", CH, code=ANY, **_OPEN),
    _thue("cho 186 doanh nghiệp", "186", 186, "doanh nghiệp", C, code=ANY),
    F("Có 4.182/4.196", "4.182/4.196", 4182, "doanh nghiệp", C, max_value=4196, code=ANY, **_OPEN),
    F("chiếm 99,67%", "99,67%", 99.67, "%", code=ANY, **_OPEN),
    F("đạt 1.215,6 tỷ", "1.215,6", 1215.6, "tỷ đồng", code=ANY, **_OPEN),
    F("chiếm 96,2%", "96,2%", 96.2, "%", code=ANY, **_OPEN),
    F("Mobile 18.406", "18.406", 18406, "giao dịch", C, code=ANY, **_OPEN),
    F("cùng kỳ tăng 12,4%", "12,4%", 12.4, "%", CH, code=ANY, **_OPEN),
    # I.4 "Trên địa bàn tỉnh" (subject NULL); the invoices coded by "Cơ quan thuế" (subject and level unchecked)
    F("có 2.815 hộ", "2.815", 2815, "hộ", C, code=ANY),
    F("(cùng kỳ năm trước: 1.689 hộ)", "1.689", 1689, "hộ", PR, as_of=_Q1_2025, code=ANY),
    F("tăng 1.126 hộ", "1.126", 1126, "hộ", CH, code=ANY),
    F("đạt 64,3%", "64,3%", 64.3, "%", code=ANY, target=80),
    F("năm 2026 là 80%", "80%", 80, "%", T, as_of=_Y2026, code=ANY),
    F("mã 1.864.302", "1.864.302", 1864302, "hóa đơn", C, code=ANY, **_OPEN),
    F("cùng kỳ giảm 3,8%", "3,8%", -3.8, "%", CH, code=ANY, **_OPEN),
    # I.5 the body's PAKN and survey (not the 766 system: codes unchecked); quý IV năm 2025 dated 2025-12-31
    _thue("tiếp nhận 23 PAKN", "23", 23, "PAKN", C, code=ANY),
    _thue("trả lời 23/23", "23/23", 23, "PAKN", C, max_value=23, code=ANY),
    _thue("bình quân 3,4 ngày", "3,4", 3.4, "ngày", code=ANY),
    _thue("khảo sát 1.150 lượt", "1.150", 1150, "lượt", C, code=ANY),
    _thue("đạt 96,35%", "96,35%", 96.35, "%", code=ANY),
    _thue("tăng 1,2 điểm", "1,2", 1.2, "%", CH, code=ANY),
    _thue("(95,15%)", "95,15%", 95.15, "%", PR, as_of="2025-12-31", code=ANY),
    # the province (subject NULL), ranks /34
    F("đạt 80,52/100", "80,52/100", 80.52, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 28/34", "28/34", 28, "hạng", R, max_value=34, code=_HANG),
    F("đạt 7,12/10", "7,12/10", 7.12, "điểm", max_value=10, code="766.thanh_toan"),
    # II. a count repeated in a task (the grassroots office named), the offices' target dated at its quarter;
    # "Ngay sau khi …" no deadline; phone number no figure
    F("rà soát 04 hồ sơ", "04", 4, "hồ sơ", C, subject="Thuế cơ sở 2 tỉnh Cao Bằng", level=ANY, code=ANY),
    F("tối thiểu 95%", "95%", 95, "%", T, as_of="2026-06-30", code=ANY, **_OPEN),
]

BLIND = {"565": BLIND_565, "566": BLIND_566, "567": BLIND_567, "568": BLIND_568, "569": BLIND_569}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "565": [
        ("2024-12-31", "day", "31-12-2024", "bổ sung điểm thanh toán bằng mã QR", "Bệnh viện C Đà Nẵng"),
        ("2024-10-15", "day", "ngày mười lăm tháng 10 năm 2024", "cập nhật quy trình nội bộ", "Văn phòng Sở"),
        ("2024-10-31", "month", "tháng 10/2024", "giải quyết dứt điểm 06 hồ sơ quá hạn", "Phòng Nghiệp vụ Dược"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "kết nối dữ liệu tiêm chủng",
         "Trung tâm Kiểm soát bệnh tật thành phố"),
        # issued 07/10/2024: the first "ngày 20 hằng tháng" is 20/10/2024
        ("2024-10-20", "recurring", "20 hằng tháng", "gửi số liệu thanh toán không dùng tiền mặt",
         "Các bệnh viện trực thuộc"),
    ],
    "566": [
        ("2025-01-25", "day", "25/01/2025", "kế hoạch nâng cao Bộ chỉ số năm 2025", "Văn phòng UBND tỉnh"),
        ("2025-02-20", "day", "ngày hai mươi tháng 02 năm 2025", "làm rõ nguyên nhân hồ sơ quá hạn",
         "UBND huyện Long Mỹ và UBND huyện Phụng Hiệp"),
        ("2025-03-31", "month", "tháng 3/2025", "nâng cấp kết nối thanh toán trực tuyến",
         "Sở Thông tin và Truyền thông"),
        ("2025-06-30", "quarter", "quý II năm 2025", "hồ sơ đất đai nộp trực tuyến", "Sở Tài nguyên và Môi trường"),
        ("2025-12-31", "year", "năm 2025", "đưa kết quả Bộ chỉ số vào đánh giá", "Sở Nội vụ"),
        # issued 10/01/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/02/2025
        ("2025-02-05", "recurring", "05 hằng tháng", "gửi báo cáo kết quả thực hiện Bộ chỉ số",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
    "567": [
        ("2024-10-15", "day", "15.10.2024", "đối chiếu, điều chỉnh số liệu hồ sơ",
         "Bảo hiểm xã hội các huyện, thị xã, thành phố"),
        ("2024-10-31", "day", "ngày 31 tháng 10 năm 2024", "làm sạch dữ liệu", "Phòng Quản lý thu - Sổ, thẻ"),
        ("2024-11-30", "month", "tháng 11/2024", "nâng tỷ lệ giao dịch điện tử", "Bảo hiểm xã hội huyện Bình Lục"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "tích hợp thẻ bảo hiểm y tế", "Phòng Công nghệ thông tin"),
        # issued 04/10/2024: the first "ngày 22 hằng tháng" is 22/10/2024
        ("2024-10-22", "recurring", "22 hằng tháng", "gửi báo cáo kết quả", "Các đơn vị"),
    ],
    "568": [
        ("2026-01-31", "day", "31/01/2026", "công bố danh mục TTHC ngành giáo dục", "Văn phòng Sở"),
        ("2026-03-10", "day", "ngày mười tháng 3 năm 2026", "cấp bản sao văn bằng điện tử", "Phòng Quản lý chất lượng"),
        ("2026-05-31", "month", "tháng 5/2026", "hoàn thành triển khai", "Các trường chưa triển khai học bạ số"),
        ("2026-06-30", "quarter", "quý II năm 2026", "thu các khoản thu không dùng tiền mặt",
         "Phòng Kế hoạch - Tài chính"),
        ("2026-12-31", "year", "năm 2026", "kho học liệu số dùng chung", "Phòng Giáo dục phổ thông"),
        # issued 12/01/2026: the first "ngày 25 hằng tháng" is 25/01/2026
        ("2026-01-25", "recurring", "25 hằng tháng", "gửi báo cáo kết quả chuyển đổi số",
         "Các cơ sở giáo dục trực thuộc"),
    ],
    "569": [
        ("2026-04-20", "day", "20/4/2026", "rà soát 04 hồ sơ TTHC giải quyết quá hạn", "Thuế cơ sở 2 tỉnh Cao Bằng"),
        ("2026-04-30", "day", "ngày ba mươi tháng 4 năm 2026", "hóa đơn điện tử từ máy tính tiền",
         "Phòng Quản lý hộ kinh doanh, cá nhân"),
        ("2026-05-31", "month", "tháng 5/2026", "đối chiếu số liệu nộp thuế điện tử", "Phòng Kê khai và Kế toán thuế"),
        ("2026-06-30", "quarter", "quý II năm 2026", "hoàn thuế điện tử", "Các Thuế cơ sở"),
        ("2026-12-31", "year", "năm 2026", "trợ lý ảo", "Phòng Công nghệ thông tin"),
        # issued 06/4/2026: the first "ngày 10 hằng tháng" is 10/4/2026
        ("2026-04-10", "recurring", "10 hằng tháng", "gửi báo cáo kết quả", "Các Thuế cơ sở"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 565 is a report of the Sở Y
# tế under "ỦY BAN NHÂN DÂN / THÀNH PHỐ ĐÀ NẴNG"; 566 a report of UBND tỉnh Hậu Giang signed by a Phó Chủ tịch; 567 a
# report of Bảo hiểm xã hội tỉnh Hà Nam under "BẢO HIỂM XÃ HỘI VIỆT NAM"; 568 a report of the Sở Giáo dục và Đào tạo
# of the merged tỉnh Phú Thọ; 569 a report of Thuế tỉnh Cao Bằng under "CỤC THUẾ".
META = {
    "565": {"doc_number": "2874/BC-SYT", "doc_type": "Báo cáo", "issued_date": "2024-10-07",
            "province": "Đà Nẵng", "period_label": "quý III năm 2024", "period_start": "2024-07-01",
            "period_end": "2024-09-30", "signer": "Lê Minh Châu"},
    "566": {"doc_number": "18/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Hậu Giang", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Lâm Hoàng Phúc"},
    "567": {"doc_number": "1426/BC-BHXH", "doc_type": "Báo cáo", "issued_date": "2024-10-04",
            "province": "Hà Nam", "period_label": "9 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-09-30", "signer": "Phạm Quang Vinh"},
    "568": {"doc_number": "86/BC-SGDĐT", "doc_type": "Báo cáo", "issued_date": "2026-01-12",
            "province": "Phú Thọ", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Đỗ Mạnh Cường"},
    "569": {"doc_number": "512/BC-TCB", "doc_type": "Báo cáo", "issued_date": "2026-04-06",
            "province": "Cao Bằng", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Hoàng Văn Thắng"},
}
