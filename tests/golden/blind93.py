"""Blind golden facts for corpus/blind93/540_binh_dinh.txt, 541_long_an.txt, 542_ha_giang.txt, 543_bac_giang.txt and
544_yen_bai.txt.

The five documents were written by the developers for a ninety-third blind measurement (provinces little used in
recent sets, in 2023 and 2024 before the 1 July 2025 merger, ranks /63; issuers and genres: a Sở Nội vụ on the
province's own PAR Index self-assessment with the appraisal council's adjusted scores, a UBND tỉnh on its own
satisfaction survey, a Sở Tư pháp on judicial-record certificates and civil-status registration online, a Sở Giao
thông vận tải on driving licences renewed online with a month per column, a Sở Công Thương on its own procedures and
the province's e-commerce; not real documents), and every row below was written by reading them, before any
extraction, restoration or pipeline code was run on them. They also serve as held-out text for diacritic restoration
(marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind92.py, blind91.py, blind90.py, blind89.py, blind16.py and blind13.py:
rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it).
Prose and list counts are kind `count`; table cells are kind `value` even when they count, with `extra={"source":
"table"}`; signed change cells ("+0,25") are kind `change`, their raw read with the sign; `as_of="period"` is the
period's end; a table column dated before the period end keeps kind `value` with that date as `as_of`; a change is
dated with the figure it changes and a fall ("giảm", "rút ngắn") is negative. `ANY` leaves a field unchecked where the
sentence names no catalogued indicator (`None` where it clearly names none: counts of units, fields, criteria,
members, classes, centres). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a
count of the files (or PAKN) an indicator is computed on carries that indicator's code; every "đã giải quyết" count
has its code unchecked. Counts of local units take the unit of their first unit word ("11 huyện, thị xã, thành phố"
→ `huyện`, "186/193 xã, phường, thị trấn" → `xã`), counts of "đơn vị" and "sở, ban, ngành" → `đơn vị`, at the level
of the bodies counted. A provincial body's own figures naming no body ("Sở tiếp nhận …", "Sở đang thực hiện …") are
named by its kind ("Sở Tư pháp", "Sở Giao thông vận tải", "Sở Công Thương"), level tỉnh; a sentence naming the body in
full keeps the name as written ("Công an tỉnh tiếp nhận …", "Sở Tư pháp có mức độ hài lòng cao nhất …"). Things
counted take the noun as written (`phiếu`, `ý kiến`, `tài liệu`, `tiêu chí`, `lĩnh vực`, `thành viên`, `thông tin`,
`dữ liệu`, `giấy phép`, `xe`, `phương tiện`, `trung tâm`, `lượt`, `điểm tiếp nhận`, `doanh nghiệp`, `sản phẩm`,
`đơn hàng`, `lớp`, `học viên`); money keeps the unit written (`triệu đồng`, `tỷ đồng`, `đồng`; code unchecked).
Numbers written in words are no figures ("Năm chỉ số thành phần", "Cả năm chỉ số"). Dates, document numbers, cited
decisions, decrees, plans and letters ("Quyết định số 876/QĐ-BNV", "Công văn số 7013/BNV-CCHC", "Quyết định số
4825/QĐ-UBND", "Kế hoạch số 1186/KH-UBND", "Công văn số 1652/UBND-KSTT", "Công văn số 3318/UBND-KSTT", "Nghị định số
52/2013/NĐ-CP", "Nghị định số 85/2021/NĐ-CP", "Kế hoạch số 26/KH-UBND"), "Bộ chỉ số 766", "Đề án 06", names holding
numbers ("Tiêu chí 1.3", "Tiêu chí 3.3", "Tiêu chí 7.2", "Tiêu chí 8.4", "Phiếu số 1", "Phiếu số 2"), the period
words and windows ("từ ngày 15/7/2024 đến ngày 30/9/2024", "số liệu từ ngày 01/01/2024 đến ngày 30/6/2024"), the
month labels of a table header ("Tháng 7/2024", "Quý III/2024"), section numbering ("I.", "1.", "Bảng 1.", the STT
column), phone numbers ("0256.3822.465", "0272.3826.154", "0219.3867.245", "0204.3854.172", "0216.3852.318"),
headings naming the next period ("IV. NHIỆM VỤ NĂM 2024 VÀ ĐỀ XUẤT", "III. NHIỆM VỤ NĂM 2025", "V. NHIỆM VỤ 6 THÁNG
CUỐI NĂM 2024", "IV. NHIỆM VỤ QUÝ IV NĂM 2024", "IV. NHIỆM VỤ NĂM 2024": no deadlines) and years are not figures.

New in this set (all before the 1 July 2025 merger):
- 540 is a Báo cáo of the Sở Nội vụ tỉnh Bình Định (header "UBND TỈNH BÌNH ĐỊNH / SỞ NỘI VỤ") to UBND tỉnh on the
  province's own self-assessment of the Chỉ số CCHC (PAR Index) năm 2023, issued 19/01/2024 (a self-assessment scores
  the finished year: period năm 2023). The figures are the province's (subject NULL), not the Sở's, as
  golden/blind67.py's 414. NEW: THE APPRAISAL COUNCIL'S ADJUSTED SCORE NEXT TO THE SELF-SCORE. "57,75/62,50 điểm" (the
  self-assessed appraised part), "đạt 92,40% số điểm tối đa", "điều chỉnh còn 56,25/62,50 điểm, giảm 1,50 điểm so với
  điểm tự đánh giá" (a fall of the council's score against the self-score, dated at the period end), "đạt 90,00%":
  parts of the index, codes unchecked (as 414's "58,47/62,50"). "So với điểm thẩm định năm 2022 … (53,25 điểm) …
  cao hơn 3,00 điểm": a previous value on the same /62,50 scale (max 62.5, as golden/blind60.py's 379) dated
  2022-12-31 and a change; "(31,36/37,50 điểm)" the survey part of 2022 in brackets (previous, max 37.5); the
  expected total "dự kiến đạt 87,61/100 điểm, tăng 3,00 điểm so với Chỉ số năm 2022 (84,61 điểm)" code `par_index`
  (value, change, previous max 100). "Năm 2022, Chỉ số CCHC … đạt 84,61%, xếp thứ 19/63": an earlier year's index
  stated by itself, kind value dated 2022-12-31, code `par_index` (as golden/blind47.py's "PAR Index năm 2023 …").
  Its Markdown Bảng 1 lists the eight fields with "Điểm tối đa" (a maximum cell is a figure about the index: kind
  value, unit `điểm`, no max, subject and level unchecked, as 379), "Điểm tự đánh giá" and "Điểm Hội đồng thẩm định"
  (both carry the row's maximum; subject NULL, codes unchecked) and a signed "Tăng/giảm so với năm 2022" (kind change
  of the council's score), with a "Tổng cộng" row (empty STT; its 62,50, 57,75, 56,25 and +3,00 repeat the prose).
  "Có 4/8 lĩnh vực … ở mức Tốt" (code None), the best and worst fields' shares in brackets, the largest rise "tăng
  1,00 điểm".
  Adjusted criteria in a dash list: "tự chấm 1,00 điểm, Hội đồng chấm 0,75 điểm" (no max written), "14/31 cơ quan,
  đơn vị" (the Sở and district bodies together: level unchecked), "(đạt 45,16%)", on-time shares by level after
  "lần lượt là", "1,75/2,00", "0,50/1,00", "0,75/1,00" (code unchecked), "41,28%, thấp hơn chỉ tiêu … năm 2023 của
  tỉnh là 50% (chưa đạt chỉ tiêu)" (target at the period end), "214 PAKN … 209 PAKN, đạt 97,66%". The province's own
  index of its bodies: block averages (subject unchecked; tỉnh, huyện) and counts by grade. Task 4's "của cấp huyện
  đạt tối thiểu 98% trong quý I năm 2024" is cấp huyện's (dated 2024-03-31); task 5's "Chỉ số CCHC năm 2024 của tỉnh
  đạt từ 88 điểm trở lên" the province's (par_index, dated 2024-12-31). Six deadlines: day, "chậm nhất" day in words,
  month "tháng 02/2024" (a leap year: 2024-02-29), quarter (with the target), year "hoàn thành trong năm 2024",
  "trước ngày 20 hằng tháng" (issued 19/01/2024: first 20/01/2024).
- 541 is a Báo cáo of UBND tỉnh Long An to the Bộ Nội vụ on the province's own satisfaction survey năm 2024, issued
  16/12/2024 (period the year named in the title; the survey window "từ ngày 15/7/2024 đến ngày 30/9/2024" is
  fieldwork, no period and no figure). The province's own survey is not the national SIPAS: its overall index, five
  component indices and shares by level and field have codes unchecked (as golden/blind47.py's own survey); "Chỉ số
  SIPAS năm 2023 do Bộ Nội vụ công bố, tỉnh Long An đạt 83,27%, xếp thứ 22/63" is the national index of an earlier
  year stated by itself (kind value dated 2023-12-31, code `sipas`). Forms "4.950 phiếu (cấp tỉnh 1.200 phiếu, cấp
  huyện 1.500 phiếu, cấp xã 2.250 phiếu)", "4.812 phiếu", "4.736 phiếu hợp lệ, đạt 95,68%", respondents' shares
  (subject and level unchecked except the parts named by level). "86,74%, tăng 2,18% so với năm 2023 (84,56%); so
  với chỉ tiêu … năm 2024 của tỉnh là 85% thì đã đạt chỉ tiêu" (target at the period end). NEW: THE FIVE COMPONENT
  INDICES in a dash list "- <index>: x% (năm 2023: y%);" (the province's: subject NULL; the bracket previous dated
  2023-12-31), "(tăng 3,33%)" a change. Satisfaction by level after "tương ứng là", counts by grade ("12/20 sở, ban,
  ngành … 08 đơn vị …; 11/15 huyện, thị xã, thành phố … 04 đơn vị"), best and worst bodies in brackets ("Sở Tư pháp",
  "Sở Tài nguyên và Môi trường", "thị xã Kiến Tường", "huyện Cần Giuộc"). Its Markdown Bảng 1 by field (valid forms
  `phiếu`, share, "Năm 2023 (%)" dated 2023-12-31; a field is no body: subject and level unchecked, as
  golden/blind92.py's 538 services) with a "Toàn tỉnh" row (empty STT; the province: subject NULL). Comments in `ý
  kiến` (subject and level unchecked). Task 4's "tối thiểu 85% trong quý II năm 2025" is the land field's (subject and
  level unchecked), dated 2025-06-30; task 5's "của tỉnh năm 2025 đạt từ 88% trở lên" the province's, dated
  2025-12-31. Six deadlines: day, "chậm nhất" day in words, month, quarter (with the target), year, "trước ngày 25
  hằng tháng" (issued 16/12/2024: first 25/12/2024).
- 542 is a half-year Báo cáo of the Sở Tư pháp tỉnh Hà Giang (header "UBND TỈNH HÀ GIANG / SỞ TƯ PHÁP"), 6 tháng đầu
  năm 2024, issued 05/7/2024. The Sở's own procedures and files (`Sở Tư pháp`, level tỉnh, 766 codes). NEW: JUDICIAL
  RECORD CERTIFICATES: "3.846 hồ sơ … (6 tháng đầu năm 2023: 3.214 hồ sơ), tăng 632 hồ sơ" (previous dated
  2023-06-30; codes unchecked: one service's files, not the Sở's total), files by channel in a dash list (a channel is
  no body: subject unchecked, level tỉnh), certificates issued in `phiếu` ("Phiếu số 1 là 3.118 phiếu": the name's
  number is no figure), on time, late, "1.204 phiếu … bản điện tử (chiếm 32,09%)", "5,6 ngày/hồ sơ, rút ngắn 1,3 ngày
  … (6,9 ngày)", fees "481,2 triệu đồng", the judicial-record database "28.642 thông tin … 1.286 thông tin" (subject
  and level unchecked). CIVIL STATUS ONLINE "Trên địa bàn tỉnh" (the province: subject NULL; codes unchecked) with
  "so với chỉ tiêu UBND tỉnh giao năm 2024 là 60% thì đã đạt chỉ tiêu" (target dated 2024-12-31), by level ("Cấp
  huyện", "cấp xã"), by kind in a dash list "- Đăng ký khai sinh: n hồ sơ, trực tuyến m hồ sơ;" (subject and level
  unchecked), "186/193 xã, phường, thị trấn", "07 xã", best and worst district-level units in brackets, "Sở đã số
  hóa 1.186.540/1.283.012 dữ liệu" (one count with its max). "05/05 PAKN", the Sở's `89,14/100`, `2/19`, "tăng 3 bậc
  so với quý I năm 2024 (xếp thứ 5/19)" (dated 2024-03-31), the province's `79,84/100`, `52/63`. Task 3's "của mỗi xã
  đạt tối thiểu 50% trong quý III năm 2024" is each commune's (subject unchecked, level xã), dated 2024-09-30. Six
  deadlines: day, "chậm nhất" day in words, quarter (with the target), month, year in a request "Đề nghị Sở Thông tin
  và Truyền thông …" (assignee that Sở), "trước ngày 15 hằng tháng" (issued 05/7/2024: first 15/7/2024).
- 543 is a quarterly Báo cáo of the Sở Giao thông vận tải tỉnh Bắc Giang (header "UBND TỈNH BẮC GIANG / SỞ GIAO THÔNG
  VẬN TẢI"), quý III năm 2024, issued 03/10/2024. The Sở's procedures, files (quý II in brackets dated 2024-06-30),
  payment "68,45% (quý II năm 2024: 61,20%), tăng 7,25%; so với chỉ tiêu … năm 2024 là 70% thì chưa đạt chỉ tiêu"
  (target dated 2024-12-31), PAKN, `87,36/100`, `6/21`, `8,12/10` are the Sở's; the province's `84,05/100`, `14/63`.
  NEW: A TAB-SEPARATED TABLE WITH A MONTH PER COLUMN ("Tháng 7/2024", "Tháng 8/2024", "Tháng 9/2024", "Quý III/2024")
  and a unit column "ĐVT" (`hồ sơ`, `%`, `giấy phép`, `xe`, `phương tiện`): a cell under "Tháng 7/2024" is dated
  2024-07-31, under "Tháng 8/2024" 2024-08-31, under "Tháng 9/2024" (the period's last month) and "Quý III/2024" the
  period end. Rows are the Sở's own services (a table in a report on the issuer itself is the issuer's: subject "Sở
  Giao thông vận tải", level tỉnh; codes unchecked: one service, not the 766 index's). After it "Tháng 9/2024 … cao
  nhất (82,05%), tháng 7/2024 thấp nhất (77,61%)" (dated at those months' ends). The licence files in prose (codes
  unchecked), fees "1,07 tỷ đồng", the Công an tỉnh named in full "tiếp nhận 18.642 hồ sơ đăng ký xe … 6.215 hồ sơ …
  33,34%", "Toàn tỉnh có 06 trung tâm đăng kiểm" (subject NULL, code None) and "52.418 lượt" (subject and level
  unchecked). Task 3's "02 điểm tiếp nhận" a count (code None); task 4's "tối thiểu 85% trong quý IV năm 2024" is set
  for a division of the Sở (subject unchecked, level tỉnh), dated 2024-12-31. Six deadlines: day, "chậm nhất" day in
  words, month in a request "Đề nghị Bưu điện tỉnh …", quarter (with the target), year "hoàn thành trong năm 2025",
  "trước ngày 18 hằng tháng" (issued 03/10/2024: first 18/10/2024).
- 544 is an annual Báo cáo of the Sở Công Thương tỉnh Yên Bái (header "UBND TỈNH YÊN BÁI / SỞ CÔNG THƯƠNG"), năm
  2023, issued 10/01/2024. The Sở's own procedures and files ("tăng 1.216 hồ sơ so với năm 2022 (5.626 hồ sơ)",
  dated 2022-12-31), "100% đúng hạn", "12 hồ sơ đang giải quyết", "3,2 ngày/hồ sơ, rút ngắn 0,8 ngày so với năm
  2022", the reuse share "41,36% (năm 2022: 18,52%)", files by field in a dash list (subject unchecked,
  level tỉnh, codes unchecked). NEW: FEES PAID ONLINE IN ĐỒNG: "1.286.450.000 đồng (năm 2022: 742.800.000 đồng)"
  (unit `đồng`, value the whole number; the bracket previous dated 2022-12-31); "2.964 hồ sơ, đạt 86,72%, tăng 24,35%
  so với năm 2022 (62,37%); so với chỉ tiêu … năm 2023 là 50% thì Sở đã vượt chỉ tiêu" ("vượt chỉ tiêu", exceeded,
  read as status "đạt"). The province's e-commerce platform, OCOP products and the retail figures have subject and
  level unchecked (as golden/blind79.py's 471; "2.184 đơn hàng thanh toán trực tuyến, chiếm 57,08%" too); the province's
  766 `80,92/100`, `33/63`; the Sở's support, classes, trainees and survey sample are the Sở's.
  "06/06 PAKN", `90,46/100`, `1/20` "(năm 2022 xếp thứ 4/20)" (dated 2022-12-31). Task 3's "tối thiểu 200 sản phẩm …
  trong quý II năm 2024" a target count (subject and level unchecked, dated 2024-06-30); task 5's "tỷ lệ hồ sơ nộp
  trực tuyến của Sở đạt trên 95%" the Sở's, dated 2024-12-31. Six deadlines: day, "chậm nhất" day in words, quarter
  (with the target), month, year, "trước ngày 22 hằng tháng" (issued 10/01/2024: first 22/01/2024).

Unsure readings: 540's council score could be read as the appraised value and the self-score as an earlier one, but
both describe 2023 and the table gives them side by side: both kind value at the period end. 541's land-field target
could be the districts' (level huyện): left unchecked. 542's files by channel name the Trung tâm Phục vụ hành chính
công tỉnh as the place of reception, not the body whose files they are: subject unchecked. 544's "vượt chỉ tiêu" is
read as "đạt".
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
_TIME = "766.tien_do.thoi_gian"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_PAR = "par_index"
_SIPAS = "sipas"
_Y2022 = "2022-12-31"
_Y2023 = "2023-12-31"
_Y2024 = "2024-12-31"
_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_XA = {"subject": "cấp xã", "level": "xã"}
_OPEN = {"subject": ANY, "level": ANY}

# one table cell: (raw, unit, kind, subject, level, as_of, code, max_value)
Cell = tuple[str, str, str, object, object, str, object, float | None]


def _row(cells: list[Cell], after: str, sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row. A cell's context is the separator before it, the rest of its row (`end`
    closes it) and the start of the next line (`after`), so that it occurs once and the raw text is found first at
    the cell itself even where the same figure recurs. A signed raw ("+0,25") is read without its plus sign."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw.lstrip("+")), unit, kind, max_value=maximum,
              subject=subject, level=level, as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, subject, level, as_of, code, maximum) in enumerate(cells)]


# ------------------------------------------------------------ 540: Sở Nội vụ tỉnh Bình Định, PAR Index năm 2023
def _field_540(top: str, own: str, council: str, change: str, after: str) -> list[Fact]:
    """One Markdown row of a field (or "Tổng cộng"): the maximum (a figure about the index: subject and level
    unchecked), the self-score and the council's score (the province's, carrying the row's maximum) and the signed
    change of the council's score against 2022."""
    maximum = _num(top)
    cells = [(top, "điểm", P, ANY, ANY, "period", ANY, None),
             (own, "điểm", P, None, None, "period", ANY, maximum),
             (council, "điểm", P, None, None, "period", ANY, maximum),
             (change, "điểm", CH, None, None, "period", ANY, None)]
    return _row(cells, after, " | ", " |\n")


BLIND_540 = [
    # I. (876/QĐ-BNV, 7013/BNV-CCHC, 4825/QĐ-UBND cited; "12/01/2024" a date)
    F("hướng dẫn 20 sở", "20", 20, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("và 11 huyện", "11", 11, "huyện", C, subject=ANY, level="huyện", code=None),
    F("tổng hợp 1.236 tài liệu", "1.236", 1236, "tài liệu", C, code=None, **_OPEN),
    F("chấm điểm 8 lĩnh vực", "8", 8, "lĩnh vực", C, code=None, **_OPEN),
    F("và 38 tiêu chí", "38", 38, "tiêu chí", C, code=None, **_OPEN),
    F("gồm 09 thành viên", "09", 9, "thành viên", C, code=None, **_OPEN),
    # II.1 self-score, the council's score; 2022 dated 2022-12-31
    F("là 57,75/62,50", "57,75/62,50", 57.75, "điểm", max_value=62.5, code=ANY),
    F("đạt 92,40%", "92,40%", 92.40, "%", code=ANY),
    F("còn 56,25/62,50", "56,25/62,50", 56.25, "điểm", max_value=62.5, code=ANY),
    F("giảm 1,50 điểm", "1,50", -1.5, "điểm", CH, code=ANY),
    F("đạt 90,00%", "90,00%", 90, "%", code=ANY),
    F("(53,25 điểm)", "53,25", 53.25, "điểm", PR, max_value=62.5, as_of=_Y2022, code=ANY),
    F("cao hơn 3,00 điểm", "3,00", 3, "điểm", CH, code=ANY),
    F("(31,36/37,50 điểm)", "31,36/37,50", 31.36, "điểm", PR, max_value=37.5, as_of=_Y2022, code=ANY),
    F("đạt 87,61/100", "87,61/100", 87.61, "điểm", max_value=100, code=_PAR),
    F("tăng 3,00 điểm", "3,00", 3, "điểm", CH, code=_PAR),
    F("(84,61 điểm)", "84,61", 84.61, "điểm", PR, max_value=100, as_of=_Y2022, code=_PAR),
    F("đạt 84,61%", "84,61%", 84.61, "%", as_of=_Y2022, code=_PAR),
    F("xếp thứ 19/63", "19/63", 19, "hạng", R, max_value=63, as_of=_Y2022, code=_PAR),
    # II.2 Markdown Bảng 1 by field
    *_field_540("8,00", "7,75", "7,50", "+0,25", "| 2 | Xây dựng và tổ chức"),
    *_field_540("6,00", "5,50", "5,50", "+0,50", "| 3 | Cải cách thủ tục"),
    *_field_540("9,00", "8,50", "8,25", "+0,25", "| 4 | Cải cách tổ chức"),
    *_field_540("5,50", "5,25", "5,25", "+0,25", "| 5 | Cải cách chế độ"),
    *_field_540("8,50", "7,75", "7,50", "+0,25", "| 6 | Cải cách tài chính"),
    *_field_540("7,00", "6,25", "6,00", "+0,25", "| 7 | Xây dựng và phát triển"),
    *_field_540("9,50", "8,75", "8,50", "+1,00", "| 8 | Tác động"),
    *_field_540("9,00", "8,00", "7,75", "+0,25", "| | Tổng cộng"),
    *_field_540("62,50", "57,75", "56,25", "+3,00", "\nCó 4/8"),
    F("Có 4/8 lĩnh vực", "4/8", 4, "lĩnh vực", C, max_value=8, code=None),
    F("cao nhất (95,45%)", "95,45%", 95.45, "%", code=ANY),
    F("thấp nhất (85,71%)", "85,71%", 85.71, "%", code=ANY),
    F("tăng 1,00 điểm", "1,00", 1, "điểm", CH, code=ANY),
    # II.3 criteria adjusted by the council ("Tiêu chí 1.3" … "Tiêu chí 8.4" are names)
    F("giảm điểm 06 tiêu chí", "06", 6, "tiêu chí", C, code=None),
    F("tự chấm 1,00 điểm", "1,00", 1, "điểm", code=ANY),
    F("chấm 0,75 điểm do", "0,75", 0.75, "điểm", code=ANY),
    F("kiểm tra 14/31", "14/31", 14, "đơn vị", C, max_value=31, code=None, **_OPEN),
    F("(đạt 45,16%)", "45,16%", 45.16, "%", code=ANY),
    F("lần lượt là 98,72%", "98,72%", 98.72, "%", code=_DH, **_TINH),
    F(", 96,84%", "96,84%", 96.84, "%", code=_DH, **_HUYEN),
    F("và 99,15%", "99,15%", 99.15, "%", code=_DH, **_XA),
    F("chấm 1,75/2,00", "1,75/2,00", 1.75, "điểm", max_value=2, code=ANY),
    F("đạt 41,28%", "41,28%", 41.28, "%", code=_NOP, target=50, stated_status="chưa đạt"),
    F("của tỉnh là 50%", "50%", 50, "%", T, code=_NOP),
    F("chấm 0,50/1,00", "0,50/1,00", 0.5, "điểm", max_value=1, code=ANY),
    F("tiếp nhận 214 PAKN", "214", 214, "PAKN", C, code=_PAKN_TN),
    F("xử lý 209 PAKN", "209", 209, "PAKN", C, code=_PAKN_XL),
    F("đạt 97,66%", "97,66%", 97.66, "%", code=_PAKN_TL),
    F("chấm 0,75/1,00", "0,75/1,00", 0.75, "điểm", max_value=1, code=ANY),
    # III. the province's own index of its bodies: block averages, counts by grade
    F("ngành đạt 86,45 điểm", "86,45", 86.45, "điểm", subject=ANY, level="tỉnh", code=ANY),
    F("phố đạt 84,18 điểm", "84,18", 84.18, "điểm", subject=ANY, level="huyện", code=ANY),
    F("Có 7/20 sở", "7/20", 7, "đơn vị", C, max_value=20, subject=ANY, level="tỉnh", code=None),
    F("Tốt, 13 đơn vị", "13", 13, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("; 4/11 huyện", "4/11", 4, "huyện", C, max_value=11, subject=ANY, level="huyện", code=None),
    F("Tốt, 07 đơn vị", "07", 7, "đơn vị", C, subject=ANY, level="huyện", code=None),
    # IV. targets (phone number no figure)
    F("tối thiểu 98%", "98%", 98, "%", T, as_of="2024-03-31", code=_DH, **_HUYEN),
    F("từ 88 điểm", "88", 88, "điểm", T, as_of=_Y2024, code=_PAR),
]

# ------------------------------------------------------------ 541: UBND tỉnh Long An, khảo sát sự hài lòng năm 2024


def _index_541(label: str, share: str, previous: str) -> list[Fact]:
    """One dash item of a component index of the province's own survey and its 2023 value in brackets."""
    return [F(f"{label}: {share}%", f"{share}%", _num(share), "%", code=ANY),
            F(f"(năm 2023: {previous}%)", f"{previous}%", _num(previous), "%", PR, as_of=_Y2023, code=ANY)]


def _field_541(subject: object, forms: str, share: str, previous: str, after: str) -> list[Fact]:
    """One Markdown row of Bảng 1 (a field: subject and level unchecked; "Toàn tỉnh": the province): valid forms,
    satisfaction share, the 2023 share (dated 2023-12-31)."""
    level = None if subject is None else ANY
    cells = [(forms, "phiếu", P, subject, level, "period", ANY, None),
             (share, "%", P, subject, level, "period", ANY, None),
             (previous, "%", P, subject, level, _Y2023, ANY, None)]
    return _row(cells, after, " | ", " |\n")


BLIND_541 = [
    # I. (1186/KH-UBND cited; the fieldwork window is no figure)
    F("tại 20 sở", "20", 20, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F(", 15 huyện", "15", 15, "huyện", C, subject=ANY, level="huyện", code=None),
    F("và 45 xã", "45", 45, "xã", C, subject=ANY, level="xã", code=None),
    F("là 4.950 phiếu", "4.950", 4950, "phiếu", C, code=ANY, **_OPEN),
    F("cấp tỉnh 1.200 phiếu", "1.200", 1200, "phiếu", C, code=ANY, **_TINH),
    F("cấp huyện 1.500 phiếu", "1.500", 1500, "phiếu", C, code=ANY, **_HUYEN),
    F("cấp xã 2.250 phiếu", "2.250", 2250, "phiếu", C, code=ANY, **_XA),
    F("thu về 4.812", "4.812", 4812, "phiếu", C, code=ANY, **_OPEN),
    F("đó 4.736 phiếu", "4.736", 4736, "phiếu", C, code=ANY, **_OPEN),
    F("đạt 95,68%", "95,68%", 95.68, "%", code=ANY, **_OPEN),
    F("chiếm 86,42%", "86,42%", 86.42, "%", code=ANY, **_OPEN),
    F("chiếm 13,58%", "13,58%", 13.58, "%", code=ANY, **_OPEN),
    # II.1 the province's own index against its target; the national SIPAS of 2023
    F("đạt 86,74%", "86,74%", 86.74, "%", code=ANY, target=85, stated_status="đạt"),
    F("tăng 2,18%", "2,18%", 2.18, "%", CH, code=ANY),
    F("(84,56%)", "84,56%", 84.56, "%", PR, as_of=_Y2023, code=ANY),
    F("tỉnh là 85%", "85%", 85, "%", T, code=ANY),
    F("đạt 83,27%", "83,27%", 83.27, "%", as_of=_Y2023, code=_SIPAS),
    F("xếp thứ 22/63", "22/63", 22, "hạng", R, max_value=63, as_of=_Y2023, code=_SIPAS),
    # II.2 the five component indices ("Năm chỉ số", "Cả năm chỉ số" in words)
    *_index_541("Tiếp cận dịch vụ hành chính công", "88,15", "86,02"),
    *_index_541("Thủ tục hành chính", "85,36", "83,41"),
    *_index_541("Công chức trực tiếp giải quyết công việc", "89,42", "87,95"),
    *_index_541("Kết quả cung ứng dịch vụ hành chính công", "87,20", "85,18"),
    *_index_541("Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị", "83,57", "80,24"),
    F("(tăng 3,33%)", "3,33%", 3.33, "%", CH, code=ANY),
    # II.3 by level, counts by grade, best and worst bodies
    F("tương ứng là 88,12%", "88,12%", 88.12, "%", code=ANY, **_TINH),
    F(", 85,94%", "85,94%", 85.94, "%", code=ANY, **_HUYEN),
    F("và 86,37%", "86,37%", 86.37, "%", code=ANY, **_XA),
    F("Có 12/20 sở", "12/20", 12, "đơn vị", C, max_value=20, subject=ANY, level="tỉnh", code=None),
    F("08 đơn vị", "08", 8, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("11/15 huyện", "11/15", 11, "huyện", C, max_value=15, subject=ANY, level="huyện", code=None),
    F("04 đơn vị", "04", 4, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("khối tỉnh (93,46%)", "93,46%", 93.46, "%", subject="Sở Tư pháp", level="tỉnh", code=ANY),
    F("Môi trường (81,27%)", "81,27%", 81.27, "%", subject="Sở Tài nguyên và Môi trường", level="tỉnh", code=ANY),
    F("Kiến Tường (91,08%)", "91,08%", 91.08, "%", subject="thị xã Kiến Tường", level="huyện", code=ANY),
    F("Cần Giuộc (80,65%)", "80,65%", 80.65, "%", subject="huyện Cần Giuộc", level="huyện", code=ANY),
    # II.4 Markdown Bảng 1 by field; "Toàn tỉnh" the province
    *_field_541(ANY, "1.146", "80,42", "78,15", "| 2 | Xây dựng"),
    *_field_541(ANY, "486", "84,36", "82,70", "| 3 | Hộ tịch"),
    *_field_541(ANY, "812", "92,18", "90,64", "| 4 | Đăng ký kinh doanh"),
    *_field_541(ANY, "394", "90,27", "88,92", "| 5 | Lao động"),
    *_field_541(ANY, "628", "88,54", "86,31", "| 6 | Tư pháp"),
    *_field_541(ANY, "705", "91,06", "89,47", "| 7 | Các lĩnh vực khác"),
    *_field_541(ANY, "565", "86,19", "85,02", "| | Toàn tỉnh"),
    *_field_541(None, "4.736", "86,74", "84,56", "\nLĩnh vực đất đai"),
    F("chiếm 41,26%", "41,26%", 41.26, "%", code=ANY, **_OPEN),
    # II.5 comments
    F("Có 1.386 ý kiến", "1.386", 1386, "ý kiến", C, code=ANY, **_OPEN),
    F("đó 612 ý kiến", "612", 612, "ý kiến", C, code=ANY, **_OPEN),
    F("(chiếm 44,16%)", "44,16%", 44.16, "%", code=ANY, **_OPEN),
    F("287 ý kiến", "287", 287, "ý kiến", C, code=ANY, **_OPEN),
    F("là 38,62%", "38,62%", 38.62, "%", code=ANY, **_OPEN),
    # III. targets (phone number no figure)
    F("tối thiểu 85%", "85%", 85, "%", T, as_of="2025-06-30", code=ANY, **_OPEN),
    F("từ 88% trở lên", "88%", 88, "%", T, as_of="2025-12-31", code=ANY),
]

# ------------------------------------------------------------ 542: Sở Tư pháp tỉnh Hà Giang, 6 tháng đầu năm 2024
_STP = "Sở Tư pháp"
_H1_2023 = "2023-06-30"
_IN_TINH = {"subject": ANY, "level": "tỉnh"}


def _stp(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở itself, level tỉnh."""
    return F(context, raw, value, unit, kind, subject=_STP, level="tỉnh", **kw)


def _kind_542(label: str, total: str, online: str) -> list[Fact]:
    """One dash item of civil-status files by kind: files and online files (a kind is no body)."""
    return [F(f"{label}: {total} hồ sơ", total, _num(total), "hồ sơ", C, code=ANY, **_OPEN),
            F(f"trực tuyến {online} hồ sơ", online, _num(online), "hồ sơ", C, code=ANY, **_OPEN)]


BLIND_542 = [
    # I. the Sở's procedures and files (1652/UBND-KSTT cited)
    _stp("thực hiện 146 TTHC", "146", 146, "TTHC", C, code=_TTHC),
    _stp("đó 98 TTHC", "98", 98, "TTHC", C, code=_TOAN),
    _stp("41 TTHC một phần", "41", 41, "TTHC", C, code=_MOT),
    _stp("7 TTHC chưa", "7", 7, "TTHC", C, code=ANY),
    _stp("tiếp nhận 5.218", "5.218", 5218, "hồ sơ", C, code=_TN),
    _stp("tuyến 3.862 hồ sơ", "3.862", 3862, "hồ sơ", C, code=_NOP),
    _stp("chiếm 74,01%", "74,01%", 74.01, "%", code=_NOP),
    _stp("giải quyết 5.106", "5.106", 5106, "hồ sơ", C, code=ANY),
    _stp("đúng hạn 5.089", "5.089", 5089, "hồ sơ", C, code=_DH),
    _stp("(đạt 99,67%)", "99,67%", 99.67, "%", code=_DH),
    _stp("quá hạn 17", "17", 17, "hồ sơ", C, code=_QH),
    # II.1 judicial-record files (6 tháng đầu năm 2023 dated 2023-06-30)
    _stp("tiếp nhận 3.846", "3.846", 3846, "hồ sơ", C, code=ANY),
    _stp("2023: 3.214", "3.214", 3214, "hồ sơ", PR, as_of=_H1_2023, code=ANY),
    _stp("tăng 632", "632", 632, "hồ sơ", CH, code=ANY),
    _stp("tuyến 2.915 hồ sơ", "2.915", 2915, "hồ sơ", C, code=ANY),
    _stp("chiếm 75,79%", "75,79%", 75.79, "%", code=ANY),
    # II.2 by channel (a channel is no body)
    F("quốc gia: 1.208", "1.208", 1208, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("TTHC tỉnh: 1.126", "1.126", 1126, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("VNeID: 581", "581", 581, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("công tỉnh: 862", "862", 862, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("công ích: 69", "69", 69, "hồ sơ", C, code=ANY, **_IN_TINH),
    # II.3 certificates issued ("Phiếu số 1", "Phiếu số 2" are names)
    _stp("cấp 3.752 Phiếu", "3.752", 3752, "phiếu", C, code=ANY),
    _stp("là 3.118 phiếu", "3.118", 3118, "phiếu", C, code=ANY),
    _stp("là 634 phiếu", "634", 634, "phiếu", C, code=ANY),
    _stp("hạn 3.745 phiếu", "3.745", 3745, "phiếu", C, code=ANY),
    _stp("đạt 99,81%", "99,81%", 99.81, "%", code=ANY),
    _stp("hạn 07 phiếu", "07", 7, "phiếu", C, code=ANY),
    _stp("Có 1.204 phiếu", "1.204", 1204, "phiếu", C, code=ANY),
    _stp("(chiếm 32,09%)", "32,09%", 32.09, "%", code=ANY),
    # II.4–II.6
    _stp("là 5,6 ngày", "5,6", 5.6, "ngày", code=ANY),
    _stp("rút ngắn 1,3 ngày", "1,3", -1.3, "ngày", CH, code=ANY),
    _stp("(6,9 ngày)", "6,9", 6.9, "ngày", PR, as_of=_H1_2023, code=ANY),
    _stp("Có 2.406 hồ sơ", "2.406", 2406, "hồ sơ", C, code=ANY),
    _stp("đạt 82,54%", "82,54%", 82.54, "%", code=ANY),
    _stp("tiền 481,2", "481,2", 481.2, "triệu đồng", code=ANY),
    F("cập nhật 28.642", "28.642", 28642, "thông tin", C, code=ANY, **_OPEN),
    F("đó 1.286 thông tin", "1.286", 1286, "thông tin", C, code=ANY, **_OPEN),
    # III.1 civil status online in the province (subject NULL)
    F("tiếp nhận 21.846", "21.846", 21846, "hồ sơ", C, code=ANY),
    F("tuyến 14.318 hồ sơ", "14.318", 14318, "hồ sơ", C, code=ANY),
    F("chiếm 65,54%", "65,54%", 65.54, "%", code=ANY, target=60, stated_status="đạt"),
    F("tăng 18,26%", "18,26%", 18.26, "%", CH, code=ANY),
    F("(47,28%)", "47,28%", 47.28, "%", PR, as_of=_H1_2023, code=ANY),
    F("năm 2024 là 60%", "60%", 60, "%", T, as_of=_Y2024, code=ANY),
    # III.2 by level
    F("Cấp huyện tiếp nhận 1.204", "1.204", 1204, "hồ sơ", C, code=ANY, **_HUYEN),
    F("trực tuyến 612 hồ sơ", "612", 612, "hồ sơ", C, code=ANY, **_HUYEN),
    F("cấp xã tiếp nhận 20.642", "20.642", 20642, "hồ sơ", C, code=ANY, **_XA),
    F("trực tuyến 13.706 hồ sơ", "13.706", 13706, "hồ sơ", C, code=ANY, **_XA),
    # III.3 by kind
    *_kind_542("Đăng ký khai sinh", "7.412", "5.836"),
    *_kind_542("Đăng ký khai tử", "1.968", "1.254"),
    *_kind_542("Đăng ký kết hôn", "2.316", "1.418"),
    *_kind_542("Trích lục, cấp bản sao trích lục hộ tịch", "8.654", "5.420"),
    *_kind_542("Các việc hộ tịch khác", "1.496", "390"),
    # III.4–III.5 communes, best and worst district-level units, the Sở's digitised data
    F("Có 186/193", "186/193", 186, "xã", C, max_value=193, subject=ANY, level="xã", code=None),
    F("; 07 xã", "07", 7, "xã", C, subject=ANY, level="xã", code=None),
    F("Hà Giang (89,36%)", "89,36%", 89.36, "%", subject="thành phố Hà Giang", level="huyện", code=ANY),
    F("Mèo Vạc (31,42%)", "31,42%", 31.42, "%", subject="huyện Mèo Vạc", level="huyện", code=ANY),
    F("Xín Mần (36,08%)", "36,08%", 36.08, "%", subject="huyện Xín Mần", level="huyện", code=ANY),
    _stp("hóa 1.186.540/1.283.012", "1.186.540/1.283.012", 1186540, "dữ liệu", C, max_value=1283012, code=ANY),
    _stp("đạt 92,48%", "92,48%", 92.48, "%", code=ANY),
    # IV. PAKN; the Sở's score and rank (quý I dated 2024-03-31); the province
    _stp("tiếp nhận 05 PAKN", "05", 5, "PAKN", C, code=_PAKN_TN),
    _stp("xử lý 05/05", "05/05", 5, "PAKN", C, max_value=5, code=_PAKN_XL),
    _stp("đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _stp("đạt 89,14/100", "89,14/100", 89.14, "điểm", max_value=100, code=_TONG),
    _stp("xếp thứ 2/19", "2/19", 2, "hạng", R, max_value=19, code=_HANG),
    _stp("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _stp("(xếp thứ 5/19)", "5/19", 5, "hạng", PR, max_value=19, as_of="2024-03-31", code=_HANG),
    F("đạt 79,84/100", "79,84/100", 79.84, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 52/63", "52/63", 52, "hạng", R, max_value=63, code=_HANG),
    # V. each commune's target for quý III, counts in tasks (phone number no figure)
    F("tối thiểu 50%", "50%", 50, "%", T, subject=ANY, level="xã", as_of="2024-09-30", code=ANY),
    F("hóa 96.472", "96.472", 96472, "dữ liệu", C, code=ANY, **_OPEN),
    F("tại 07 xã", "07", 7, "xã", C, code=None, **_OPEN),
]

# ------------------------------------------------------------ 543: Sở Giao thông vận tải tỉnh Bắc Giang, quý III/2024
_SGT = "Sở Giao thông vận tải"
_Q2_2024 = "2024-06-30"
_MONTHS_543 = ("2024-07-31", "2024-08-31", "period", "period")


def _sgt(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở itself, level tỉnh."""
    return F(context, raw, value, unit, kind, subject=_SGT, level="tỉnh", **kw)


def _month_row_543(unit: str, raws: str, after: str) -> list[Fact]:
    """One tab-separated row of Bảng 1: the Sở's figures in July, August, September (the period's last month) and the
    quarter, each dated at its column's end; the unit from the "ĐVT" column."""
    cells = [(raw, unit, P, _SGT, "tỉnh", as_of, ANY, None) for raw, as_of in zip(raws.split(), _MONTHS_543,
                                                                                   strict=True)]
    return _row(cells, after, "\t", "\n")


BLIND_543 = [
    # I. the Sở's procedures and files (3318/UBND-KSTT cited; quý II dated 2024-06-30)
    _sgt("thực hiện 148 TTHC", "148", 148, "TTHC", C, code=_TTHC),
    _sgt("đó 112 TTHC", "112", 112, "TTHC", C, code=_TOAN),
    _sgt("(chiếm 75,68%)", "75,68%", 75.68, "%", code=_TOAN),
    _sgt("31 TTHC", "31", 31, "TTHC", C, code=_MOT),
    _sgt("tiếp nhận 14.286", "14.286", 14286, "hồ sơ", C, code=_TN),
    _sgt("2024: 13.152", "13.152", 13152, "hồ sơ", PR, as_of=_Q2_2024, code=_TN),
    _sgt("tăng 1.134", "1.134", 1134, "hồ sơ", CH, code=_TN),
    _sgt("tuyến 11.418", "11.418", 11418, "hồ sơ", C, code=_NOP),
    _sgt("đạt 79,92%", "79,92%", 79.92, "%", code=_NOP),
    _sgt("giải quyết 14.105", "14.105", 14105, "hồ sơ", C, code=ANY),
    _sgt("hạn 14.096", "14.096", 14096, "hồ sơ", C, code=_DH),
    _sgt("(đạt 99,94%)", "99,94%", 99.94, "%", code=_DH),
    _sgt("quá hạn 09", "09", 9, "hồ sơ", C, code=_QH),
    _sgt("đạt 68,45%", "68,45%", 68.45, "%", code=_TT, target=70, stated_status="chưa đạt"),
    _sgt("(quý II năm 2024: 61,20%)", "61,20%", 61.20, "%", PR, as_of=_Q2_2024, code=_TT),
    _sgt("tăng 7,25%", "7,25%", 7.25, "%", CH, code=_TT),
    _sgt("năm 2024 là 70%", "70%", 70, "%", T, as_of=_Y2024, code=_TT),
    # II.1 licences in prose (one service: codes unchecked)
    _sgt("tiếp nhận 10.125", "10.125", 10125, "hồ sơ", C, code=ANY),
    _sgt("đó 8.059 hồ sơ", "8.059", 8059, "hồ sơ", C, code=ANY),
    _sgt("; 6.842 hồ sơ", "6.842", 6842, "hồ sơ", C, code=ANY),
    # Bảng 1 (tab-separated): a month per column ("Tháng 7/2024" … "Quý III/2024" are labels)
    *_month_row_543("hồ sơ", "3.412 3.186 3.527 10.125", "2\tHồ sơ cấp đổi GPLX nộp"),
    *_month_row_543("hồ sơ", "2.648 2.517 2.894 8.059", "3\tTỷ lệ nộp"),
    *_month_row_543("%", "77,61 79,00 82,05 79,60", "4\tGPLX đã cấp đổi"),
    *_month_row_543("giấy phép", "3.398 3.175 3.490 10.063", "5\tGPLX trả"),
    *_month_row_543("giấy phép", "2.106 2.043 2.318 6.467", "6\tĐăng ký xe"),
    *_month_row_543("xe", "126 98 141 365", "7\tĐăng ký phương tiện"),
    *_month_row_543("phương tiện", "42 37 51 130", "\nTháng 9/2024"),
    _sgt("cao nhất (82,05%)", "82,05%", 82.05, "%", code=ANY),
    _sgt("thấp nhất (77,61%)", "77,61%", 77.61, "%", as_of="2024-07-31", code=ANY),
    # II.2–II.4
    _sgt("đối với 7.912", "7.912", 7912, "hồ sơ", C, code=ANY),
    _sgt("tiền 1,07", "1,07", 1.07, "tỷ đồng", code=ANY),
    F("tiếp nhận 18.642", "18.642", 18642, "hồ sơ", C, subject="Công an tỉnh", level="tỉnh", code=ANY),
    F("đó 6.215", "6.215", 6215, "hồ sơ", C, subject="Công an tỉnh", level="tỉnh", code=ANY),
    F("chiếm 33,34%", "33,34%", 33.34, "%", subject="Công an tỉnh", level="tỉnh", code=ANY),
    F("có 06 trung tâm", "06", 6, "trung tâm", C, code=None),
    F("định 52.418 lượt", "52.418", 52418, "lượt", C, code=ANY, **_OPEN),
    # III. PAKN; the Sở's score, rank, group score; the province
    _sgt("tiếp nhận 12 PAKN", "12", 12, "PAKN", C, code=_PAKN_TN),
    _sgt("xử lý 11 PAKN", "11", 11, "PAKN", C, code=_PAKN_XL),
    _sgt("đạt 91,67%", "91,67%", 91.67, "%", code=_PAKN_TL),
    _sgt("; 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    _sgt("đạt 87,36/100", "87,36/100", 87.36, "điểm", max_value=100, code=_TONG),
    _sgt("xếp thứ 6/21", "6/21", 6, "hạng", R, max_value=21, code=_HANG),
    _sgt("đạt 8,12/10", "8,12/10", 8.12, "điểm", max_value=10, code="766.thanh_toan"),
    F("đạt 84,05/100", "84,05/100", 84.05, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 14/63", "14/63", 14, "hạng", R, max_value=63, code=_HANG),
    # IV. counts and targets in tasks (phone number no figure)
    F("thêm 02 điểm", "02", 2, "điểm tiếp nhận", C, code=None, **_OPEN),
    F("tối thiểu 85%", "85%", 85, "%", T, subject=ANY, level="tỉnh", as_of=_Y2024, code=ANY),
]

# ------------------------------------------------------------ 544: Sở Công Thương tỉnh Yên Bái, năm 2023
_SCT = "Sở Công Thương"


def _sct(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở itself, level tỉnh."""
    return F(context, raw, value, unit, kind, subject=_SCT, level="tỉnh", **kw)


def _field_544(label: str, total: str, online: str) -> list[Fact]:
    """One dash item of the Sở's files by field: files and online files (subject unchecked, level tỉnh)."""
    return [F(f"{label}: {total} hồ sơ", total, _num(total), "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
            F(f"trực tuyến {online} hồ sơ", online, _num(online), "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY)]


BLIND_544 = [
    # I. the Sở's procedures and files (52/2013/NĐ-CP, 85/2021/NĐ-CP, 26/KH-UBND cited; năm 2022 dated 2022-12-31)
    _sct("thực hiện 128 TTHC", "128", 128, "TTHC", C, code=_TTHC),
    _sct("đó 104 TTHC", "104", 104, "TTHC", C, code=_TOAN),
    _sct("18 TTHC", "18", 18, "TTHC", C, code=_MOT),
    _sct("tiếp nhận 6.842", "6.842", 6842, "hồ sơ", C, code=_TN),
    _sct("tăng 1.216", "1.216", 1216, "hồ sơ", CH, code=_TN),
    _sct("(5.626 hồ sơ)", "5.626", 5626, "hồ sơ", PR, as_of=_Y2022, code=_TN),
    _sct("tuyến 6.615", "6.615", 6615, "hồ sơ", C, code=_NOP),
    _sct("chiếm 96,68%", "96,68%", 96.68, "%", code=_NOP),
    _sct("giải quyết 6.830", "6.830", 6830, "hồ sơ", C, code=ANY),
    _sct("6.830 hồ sơ, 100%", "100%", 100, "%", code=_DH),
    _sct("; 12 hồ sơ", "12", 12, "hồ sơ", C, code=ANY),
    _sct("là 3,2 ngày", "3,2", 3.2, "ngày", code=_TIME),
    _sct("rút ngắn 0,8 ngày", "0,8", -0.8, "ngày", CH, code=_TIME),
    *_field_544("Lĩnh vực lưu thông hàng hóa trong nước", "3.126", "3.072"),
    *_field_544("Lĩnh vực an toàn thực phẩm", "1.418", "1.346"),
    *_field_544("Lĩnh vực điện", "1.064", "1.021"),
    *_field_544("Lĩnh vực hóa chất, vật liệu nổ công nghiệp", "786", "742"),
    *_field_544("Các lĩnh vực còn lại", "448", "434"),
    # I.4 fees paid online, in đồng
    _sct("là 3.418 hồ sơ", "3.418", 3418, "hồ sơ", C, code=ANY),
    _sct("tuyến 2.964", "2.964", 2964, "hồ sơ", C, code=_TT),
    _sct("đạt 86,72%", "86,72%", 86.72, "%", code=_TT, target=50, stated_status="đạt"),
    _sct("tăng 24,35%", "24,35%", 24.35, "%", CH, code=_TT),
    _sct("(62,37%)", "62,37%", 62.37, "%", PR, as_of=_Y2022, code=_TT),
    _sct("năm 2023 là 50%", "50%", 50, "%", T, code=_TT),
    _sct("là 1.286.450.000", "1.286.450.000", 1286450000, "đồng", code=ANY),
    _sct("2022: 742.800.000", "742.800.000", 742800000, "đồng", PR, as_of=_Y2022, code=ANY),
    _sct("đạt 94,15%", "94,15%", 94.15, "%", code=_SH),
    _sct("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    _sct("đạt 41,36%", "41,36%", 41.36, "%", code=_TSD),
    _sct("2022: 18,52%", "18,52%", 18.52, "%", PR, as_of=_Y2022, code=_TSD),
    # II. the province's e-commerce (subject and level unchecked); the Sở's support, classes, survey
    F("có 486 doanh nghiệp", "486", 486, "doanh nghiệp", C, code=ANY, **_OPEN),
    F("với 2.314 sản phẩm", "2.314", 2314, "sản phẩm", C, code=ANY, **_OPEN),
    F("tăng 612 sản phẩm", "612", 612, "sản phẩm", CH, code=ANY, **_OPEN),
    F("có 3.826 đơn hàng", "3.826", 3826, "đơn hàng", C, code=ANY, **_OPEN),
    F("đó 2.184 đơn hàng", "2.184", 2184, "đơn hàng", C, code=ANY, **_OPEN),
    F("chiếm 57,08%", "57,08%", 57.08, "%", code=ANY, **_OPEN),
    F("đạt 5,48 tỷ đồng", "5,48", 5.48, "tỷ đồng", code=ANY, **_OPEN),
    F("Có 146 sản phẩm", "146", 146, "sản phẩm", C, code=ANY, **_OPEN),
    _sct("hỗ trợ 68 doanh nghiệp", "68", 68, "doanh nghiệp", C, code=ANY),
    _sct("tổ chức 05 lớp", "05", 5, "lớp", C, code=None),
    _sct("cho 412 học viên", "412", 412, "học viên", C, code=ANY),
    _sct("tại 350 doanh nghiệp", "350", 350, "doanh nghiệp", C, code=ANY),
    F("có 42,57%", "42,57%", 42.57, "%", code=ANY, **_OPEN),
    F("website, 68,29%", "68,29%", 68.29, "%", code=ANY, **_OPEN),
    F("đạt 1.250 tỷ đồng", "1.250", 1250, "tỷ đồng", code=ANY, **_OPEN),
    F("chiếm 4,8%", "4,8%", 4.8, "%", code=ANY, **_OPEN),
    # III. PAKN; the Sở's score and rank (năm 2022 dated 2022-12-31)
    _sct("tiếp nhận 06 PAKN", "06", 6, "PAKN", C, code=_PAKN_TN),
    _sct("xử lý 06/06", "06/06", 6, "PAKN", C, max_value=6, code=_PAKN_XL),
    _sct("tỷ lệ 100%", "100%", 100, "%", code=_PAKN_TL),
    _sct("đạt 90,46/100", "90,46/100", 90.46, "điểm", max_value=100, code=_TONG),
    _sct("xếp thứ 1/20", "1/20", 1, "hạng", R, max_value=20, code=_HANG),
    _sct("xếp thứ 4/20", "4/20", 4, "hạng", PR, max_value=20, as_of=_Y2022, code=_HANG),
    F("đạt 80,92/100", "80,92/100", 80.92, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 33/63", "33/63", 33, "hạng", R, max_value=63, code=_HANG),
    # IV. targets in tasks (phone number no figure)
    F("tối thiểu 200 sản phẩm", "200", 200, "sản phẩm", T, as_of="2024-06-30", code=ANY, **_OPEN),
    _sct("trên 95%", "95%", 95, "%", T, as_of=_Y2024, code=_NOP),
]

BLIND = {"540": BLIND_540, "541": BLIND_541, "542": BLIND_542, "543": BLIND_543, "544": BLIND_544}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "540": [
        ("2024-01-26", "day", "26/01/2024", "bổ sung tài liệu kiểm chứng", "Sở Thông tin và Truyền thông"),
        ("2024-01-31", "day", "ngày 31 tháng 01 năm 2024", "hoàn chỉnh hồ sơ tự đánh giá", "Sở Nội vụ"),
        # a leap year: February 2024 ends on the 29th
        ("2024-02-29", "month", "tháng 02/2024", "tổ chức hội nghị phân tích nguyên nhân", "Sở Nội vụ"),
        ("2024-03-31", "quarter", "quý I năm 2024", "nâng tỷ lệ hồ sơ giải quyết đúng hạn",
         "UBND các huyện, thị xã, thành phố"),
        ("2024-12-31", "year", "năm 2024", "triển khai giải pháp nâng cao Chỉ số CCHC",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
        # issued 19/01/2024: the first "ngày 20 hằng tháng" is 20/01/2024
        ("2024-01-20", "recurring", "20 hằng tháng", "báo cáo kết quả khắc phục", "Các cơ quan, đơn vị"),
    ],
    "541": [
        ("2025-01-10", "day", "10/01/2025", "xây dựng kế hoạch khắc phục",
         "Sở Tài nguyên và Môi trường và UBND huyện Cần Giuộc"),
        ("2025-02-28", "day", "ngày 28 tháng 02 năm 2025", "công khai kết quả khảo sát", "Sở Nội vụ"),
        ("2025-03-31", "month", "tháng 3/2025", "tích hợp chức năng đánh giá mức độ hài lòng",
         "Sở Thông tin và Truyền thông"),
        ("2025-06-30", "quarter", "quý II năm 2025", "rà soát quy trình giải quyết hồ sơ đất đai",
         "UBND các huyện, thị xã, thành phố"),
        ("2025-12-31", "year", "năm 2025", "thực hiện đồng bộ các giải pháp",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
        # issued 16/12/2024: the first "ngày 25 hằng tháng" is 25/12/2024
        ("2024-12-25", "recurring", "25 hằng tháng", "gửi kết quả tự khảo sát", "Các cơ quan, đơn vị"),
    ],
    "542": [
        ("2024-07-31", "day", "31/7/2024", "hướng dẫn công chức tư pháp - hộ tịch", "Phòng Hành chính tư pháp"),
        ("2024-08-30", "day", "ngày 30 tháng 8 năm 2024", "kết nối trả Phiếu lý lịch tư pháp bản điện tử",
         "Văn phòng Sở"),
        ("2024-09-30", "quarter", "quý III năm 2024", "nâng tỷ lệ đăng ký hộ tịch trực tuyến",
         "UBND các huyện, thành phố"),
        ("2024-10-31", "month", "tháng 10/2024", "số hóa 96.472 dữ liệu hộ tịch", "Phòng Hành chính tư pháp"),
        ("2024-12-31", "year", "năm 2024", "nâng cấp đường truyền", "Sở Thông tin và Truyền thông"),
        # issued 05/7/2024: the first "ngày 15 hằng tháng" is 15/7/2024
        ("2024-07-15", "recurring", "15 hằng tháng", "gửi số liệu",
         "Các phòng, đơn vị thuộc Sở và Phòng Tư pháp các huyện, thành phố"),
    ],
    "543": [
        ("2024-10-15", "day", "15/10/2024", "hướng dẫn người dân cấp đổi GPLX",
         "Phòng Quản lý phương tiện và người lái"),
        ("2024-10-31", "day", "ngày 31 tháng 10 năm 2024", "tích hợp thanh toán trực tuyến lệ phí", "Văn phòng Sở"),
        ("2024-11-30", "month", "tháng 11/2024", "bố trí thêm 02 điểm tiếp nhận", "Bưu điện tỉnh"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "nâng tỷ lệ hồ sơ cấp đổi GPLX nộp trực tuyến",
         "Phòng Quản lý phương tiện và người lái"),
        ("2025-12-31", "year", "năm 2025", "số hóa hồ sơ gốc GPLX", "Văn phòng Sở"),
        # issued 03/10/2024: the first "ngày 18 hằng tháng" is 18/10/2024
        ("2024-10-18", "recurring", "18 hằng tháng", "gửi số liệu", "Các phòng, đơn vị thuộc Sở"),
    ],
    "544": [
        ("2024-01-31", "day", "31/01/2024", "cập nhật danh mục TTHC", "Phòng Quản lý thương mại"),
        ("2024-03-15", "day", "ngày 15 tháng 3 năm 2024", "rà soát quy trình nội bộ", "Văn phòng Sở"),
        ("2024-06-30", "quarter", "quý II năm 2024", "đưa thêm tối thiểu 200 sản phẩm",
         "Trung tâm Khuyến công và Xúc tiến thương mại"),
        ("2024-06-30", "month", "tháng 6/2024", "số hóa kết quả giải quyết TTHC lĩnh vực hóa chất",
         "Phòng Kỹ thuật an toàn - Môi trường"),
        ("2024-12-31", "year", "năm 2024", "duy trì tỷ lệ hồ sơ nộp trực tuyến", "Các phòng chuyên môn"),
        # issued 10/01/2024: the first "ngày 22 hằng tháng" is 22/01/2024
        ("2024-01-22", "recurring", "22 hằng tháng", "gửi báo cáo kết quả", "Các phòng, đơn vị thuộc Sở"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 540's issuer is the Sở Nội
# vụ tỉnh Bình Định, its period the year it assesses (named in the title); 541's UBND tỉnh Long An, the year in the
# title (the survey window is fieldwork); 542's the Sở Tư pháp tỉnh Hà Giang; 543's the Sở Giao thông vận tải tỉnh
# Bắc Giang; 544's the Sở Công Thương tỉnh Yên Bái.
META = {
    "540": {"doc_number": "86/BC-SNV", "doc_type": "Báo cáo", "issued_date": "2024-01-19",
            "province": "Bình Định", "period_label": "năm 2023", "period_start": "2023-01-01",
            "period_end": "2023-12-31", "signer": "Lê Văn Thuận"},
    "541": {"doc_number": "312/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-12-16",
            "province": "Long An", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Nguyễn Minh Lâm"},
    "542": {"doc_number": "1024/BC-STP", "doc_type": "Báo cáo", "issued_date": "2024-07-05",
            "province": "Hà Giang", "period_label": "6 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-06-30", "signer": "Vương Ngọc Hà"},
    "543": {"doc_number": "2156/BC-SGTVT", "doc_type": "Báo cáo", "issued_date": "2024-10-03",
            "province": "Bắc Giang", "period_label": "quý III năm 2024", "period_start": "2024-07-01",
            "period_end": "2024-09-30", "signer": "Nguyễn Văn Hoàn"},
    "544": {"doc_number": "48/BC-SCT", "doc_type": "Báo cáo", "issued_date": "2024-01-10",
            "province": "Yên Bái", "period_label": "năm 2023", "period_start": "2023-01-01",
            "period_end": "2023-12-31", "signer": "Hoàng Thị Thu Hương"},
}
