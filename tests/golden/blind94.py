"""Blind golden facts for corpus/blind94/545_long_an.txt, 546_bac_giang.txt, 547_quang_binh.txt, 548_thanh_hoa.txt
and 549_ca_mau.txt.

The five documents were written by the developers for a ninety-fourth blind measurement (provinces little used in
recent sets; issuers outside the provincial people's committees or below them: a Sở Tài chính on fees and charges paid
online, a Ngân hàng Nhà nước chi nhánh tỉnh on non-cash payment for public services, a thị xã's quarterly report, a Sở
Xây dựng on construction permits online after the 1 July 2025 merger, a Bưu điện tỉnh on files received and returned
through the public postal service (BCCI) in a merged province; periods in 2024 and 2025; not real documents), and every
row below was written by reading them, before any extraction, restoration or pipeline code was run on them. They also
serve as held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind92.py, blind91.py, blind90.py, blind89.py, blind16.py and blind13.py:
rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it).
Prose and list counts are kind `count`; table cells are kind `value` even when they count (signed change cells kind
`change`), with `extra={"source": "table"}`; `as_of="period"` is the period's end; a change is dated with the figure
it changes and a fall ("giảm", "rút ngắn", a "-" sign) is negative. `ANY` leaves a field unchecked where the sentence
names no catalogued indicator (`None` where it clearly names none: counts of documents, units, staff, machines,
points of service). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of the
files (or PAKN) an indicator is computed on carries that indicator's code; every "đã giải quyết" count, files by
channel, field or area and relative changes of counts have their code unchecked. Counts of local units take the unit
of their first unit word ("08/10 huyện, thị xã, thành phố" → `huyện`, "16/16 xã, phường" → `xã`, "64/64 xã, phường" →
`xã`), counts of "cơ quan" → `đơn vị`, at the level of the bodies counted. A provincial body's own figures naming no
body are named by its kind ("Sở Tài chính", "Sở Xây dựng", "Bưu điện tỉnh"), level tỉnh; a sentence naming the body
in full keeps the name as written ("Ngân hàng Nhà nước chi nhánh tỉnh", "Bưu điện tỉnh Cà Mau", "Sở Xây dựng"); in a
district-level unit's own report the figures under "a) Cấp huyện" are subject `cấp huyện`, those under "b) Cấp xã"
`cấp xã`, the unit's own (its PAKN, score, rank, documents) "UBND thị xã Ba Đồn", level huyện. Other things counted
take the noun as written (`giao dịch`, `chi nhánh`, `phòng giao dịch`, `máy POS`, `điểm chấp nhận thanh toán`, `ngân
hàng`, `bệnh viện`, `học sinh`, `người`, `đối tượng`, `văn bản`, `bản`, `giấy phép`, `lượt`, `nhân viên`, `điểm Bưu
điện - Văn hóa xã`); money keeps the unit written (`tỷ đồng`, `triệu đồng`, `đồng`; code unchecked), "1,35 triệu tài
khoản" is 1350000 `tài khoản` (a count in millions, as golden/blind90.py). Numbers written in words are no figures
("ba tháng"). A fraction of speech ("chỉ bằng 1/2 cấp huyện", "chiếm trên 1/3 số giao dịch", "chỉ bằng 1/3 khu vực đô
thị") is no figure, as golden/blind86.py reads "chỉ bằng 1/3 cùng kỳ". Dates, document numbers, cited decisions,
plans and letters ("Quyết định số 1486/QĐ-UBND", "Công văn số 905/UBND-KSTT", "Quyết định số 1813/QĐ-TTg", "Kế hoạch
số 217/KH-UBND", "Công văn số 386/VPUBND-KSTT", "Công văn số 11482/UBND-KSTT", "Kế hoạch số 126/KH-UBND"), the stated
windows ("từ ngày 01/01/2024 đến ngày 30/6/2024", "Tính đến ngày 31/12/2024", "Từ ngày 01/7/2025"), "giai đoạn
2021-2025", "từ 15 tuổi trở lên", "từ đủ 14 tuổi", "mức độ 2", the period words of previous values' labels ("quý IV
năm 2023", "quý II/2025" in a column header), section numbering ("I.", "1.", "a)", "Bảng 1."), the STT column, phone
numbers ("0272.3826.418", "0204.3854.216", "0237.3852.146", "0290.3831.215"), an address ("số 16 đường Nguyễn Văn
Cừ"), headings naming the next period ("IV. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024", "III. NHIỆM VỤ NĂM 2025", "V. NHIỆM VỤ
QUÝ II NĂM 2025", "IV. NHIỆM VỤ QUÝ IV NĂM 2025", "III. NHIỆM VỤ THÁNG 11 NĂM 2025": no deadlines) and years are not
figures.

New in this set:
- CHANGES IN PERCENTAGE POINTS. "tăng 6,4 điểm phần trăm so với cùng kỳ năm 2023 (32,42%)" is a change of the share
  it follows: kind change, unit `%` (the share's unit: earlier sets already read "tăng 4,12%" after a share as its
  change in `%`, and an analyst compares such changes on one unit), value signed ("giảm 1,5 điểm phần trăm" → -1.5),
  raw the number alone ("6,4"), the share's code and subject. A table column headed "(điểm %)" holds the same: signed
  cells ("+9,1", "-2,3"; raw with its sign, as golden/blind86.py's 507) kind change, unit `%`, the column's share's
  code. A column "Tăng/giảm số giao dịch so với năm 2023 (%)" holds relative changes of counts (kind change, `%`,
  code unchecked).
- RATIOS. "gấp 2,3 lần", "gấp 3,2 lần cấp xã", "gấp 1,7 lần", "gấp 2,4 lần cấp huyện", "gấp 1,4 lần quý II": unit
  `lần`, kind value, code unchecked, dated at the period end (as golden/blind86.py), with the subject of the thing
  multiplied ("tỷ lệ của cấp tỉnh gấp 3,2 lần cấp xã" → `cấp tỉnh`). Fractions of speech are no figures (above).
- APPROXIMATE FIGURES keep the number stated as value and raw, the hedge word left out of the raw (as golden/
  blind80.py's 477): "khoảng 41%" → 41, "gần 62%" → 62, "khoảng 1.200 giao dịch" → 1200, "trên 1,35 triệu tài khoản"
  → 1350000, "khoảng 86%", "trên 80%", "gần 95%", "trên 90%", "khoảng 4.200 người", "khoảng 3.100 hồ sơ", "gần 41%",
  "trên 85%", "khoảng 62%", "khoảng 38.400 đối tượng". The bound is what the document states; "trên"/"gần" do not
  make it a target or a range.
- MONEY for fees and charges paid online: "48,62 tỷ đồng", "118,6 tỷ đồng", "2.000 đồng", "12,5 triệu đồng", "1,35 tỷ
  đồng", "476.000 đồng/giao dịch", "32.000 đồng/hồ sơ" (unit `đồng`), "tăng 0,28 tỷ đồng" (a change in `tỷ đồng`);
  table columns "Số tiền (triệu đồng)" and "Số tiền (tỷ đồng)" (the unit from the header's brackets, "18.624,5" →
  18624.5).
- TABLE HEADERS NAMING THE UNIT IN BRACKETS ("Hồ sơ có nghĩa vụ tài chính (hồ sơ)", "Tỷ lệ (%)", "Số giao dịch (giao
  dịch)", "Thời gian bình quân (ngày/hồ sơ)" → `ngày`, as "1,7 ngày/hồ sơ" in prose).
- AVERAGE PROCESSING TIMES: "bình quân 1,6 ngày/giao dịch", "bình quân 4,6 ngày/hồ sơ", "bình quân 1,7 ngày/hồ sơ",
  "bình quân 12,4 ngày/giấy phép", "bình quân 1,8 ngày/PAKN": unit `ngày`, kind value; the 766 processing time code
  only where files of TTHC are meant.
- SEVERAL UNITS IN ONE SENTENCE WITH BRACKETS after each name ("thành phố Tân An (58,46%), thị xã Kiến Tường (51,20%),
  …"): each figure is the unit named just before its bracket (subject as written, level of that unit), with the code
  of the share the sentence names; counts in brackets "phường An Xuyên (412 hồ sơ)" likewise (kind count).
- 545 is a half-year Báo cáo of the Sở Tài chính tỉnh Long An (header "UBND TỈNH LONG AN / SỞ TÀI CHÍNH") to UBND
  tỉnh, 6 tháng đầu năm 2024, issued 09/7/2024, on fees and charges paid online. As golden/blind19.py's 171, the
  province-wide figures ("toàn tỉnh") have subject NULL: "186.540 hồ sơ … có nghĩa vụ tài chính" (the payment share's
  denominator, code unchecked), "72.418 hồ sơ … đạt 38,82%, tăng 6,4 điểm phần trăm so với cùng kỳ năm 2023 (32,42%)"
  (previous dated 2023-06-30), "gấp 2,3 lần cùng kỳ năm 2023 (31.486 hồ sơ)" (previous count dated 2023-06-30), "So
  với chỉ tiêu UBND tỉnh giao năm 2024 là 45%, toàn tỉnh chưa đạt chỉ tiêu" (target dated 2024-12-31; 38,82% carries
  it). Shares by level after "lần lượt là", files and money by level, channels with shares and money (codes
  unchecked), the reconciliation time "bình quân 1,6 ngày/giao dịch, rút ngắn 0,9 ngày" (subject and level
  unchecked). Its Markdown Bảng 1 lists the six provincial bodies with fees (subject as written, level tỉnh; columns
  owed files (code unchecked), files paid online and the share (payment code), money in `triệu đồng`, the change in
  "điểm %" (payment code)) and a "Tổng cộng" row with an empty STT cell = `cấp tỉnh` (section "3. Kết quả của các cơ
  quan cấp tỉnh"; its 57,20 repeats the prose). "06 cơ quan" in the caption counts bodies (`đơn vị`, level tỉnh).
  Falls after it "giảm 2,3 điểm phần trăm" (Sở Xây dựng), "giảm nhẹ 0,8 điểm phần trăm" (Sở Tư pháp). District-level
  units in one sentence with brackets (level huyện). "27 xã, phường, thị trấn" (level xã). Error transactions
  "khoảng 1.200 … 1.184 … 16 giao dịch" name no body (subject and level unchecked). "Sở Tài chính tiếp nhận 14 phản
  ánh, kiến nghị … 14/14 PAKN, … bình quân 3,5 ngày" the Sở's (PAKN codes). The province's payment group `5,86/10`,
  "tăng 0,94 điểm so với quý IV năm 2023 (4,92 điểm)" (previous max 10, dated 2023-12-31), `82,47/100`, `29/63`.
  Task 4's "đạt tối thiểu 45% trong quý IV năm 2024" is the districts' (subject unchecked, level huyện), dated
  2024-12-31. Six deadlines: day, "chậm nhất" day with the day in words ("ngày mười lăm tháng 8 năm 2024"), month for
  three named districts, quarter (with the target), year (a request "Đề nghị Sở Thông tin và Truyền thông …"),
  "trước ngày 10 hằng tháng" (issued 09/7/2024: first 10/7/2024).
- 546 is an annual Báo cáo of the Ngân hàng Nhà nước chi nhánh tỉnh Bắc Giang (header "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM /
  CHI NHÁNH TỈNH BẮC GIANG") to UBND tỉnh, năm 2024, issued 14/01/2025, on non-cash payment for public services.
  "trên địa bàn tỉnh" figures (bank branches, transaction offices, personal accounts and their rise, "khoảng 86%"
  people with accounts) are the province's (subject NULL, as golden/blind91.py); machines and acceptance points, the
  credit institutions' collection of the budget, the fee transactions and their money, the banks connected, health,
  school and social payments name no administrative body (subject and level unchecked; codes unchecked). "tỷ lệ hồ
  sơ thanh toán trực tuyến của tỉnh năm 2024 đạt 41,76%, tăng 9,3 điểm phần trăm so với năm 2023 (32,46%), nhưng chưa
  đạt chỉ tiêu UBND tỉnh giao là 50%" is the province's payment share (target at the period end). Its TAB-SEPARATED
  table by bank (subject as written, "Agribank Chi nhánh tỉnh Bắc Giang", "Các ngân hàng khác"; level unchecked: a
  bank branch is no administrative level) has transactions (`giao dịch`), money (`tỷ đồng`), share of money (`%`) and
  the relative change of transactions (kind change, "-3,7", "-12,5"), and a "Cộng" row with an empty STT cell (all
  banks: subject and level unchecked; its "100" is a figure). "giảm 3,7%" after it is VietinBank's. District-level
  units in one sentence with brackets (level huyện, payment code). "08/10 huyện, thị xã, thành phố" (unit `huyện`).
  The branch's own PAKN "23 phản ánh, kiến nghị … 23/23 PAKN … bình quân 1,8 ngày/PAKN" (subject "Ngân hàng Nhà nước
  chi nhánh tỉnh" as written, level tỉnh; codes unchecked: not the 766 PAKN system). Task 5's "đạt tối thiểu 50% trong
  năm 2025" (subject and level unchecked), dated 2025-12-31. Six deadlines: day, "chậm nhất" day (two named banks),
  quarter, month, year (a request "Đề nghị UBND tỉnh …": assignee "UBND tỉnh"), "trước ngày 08 hằng tháng" (issued
  14/01/2025, after the 8th: first 08/02/2025).
- 547 is a quarterly Báo cáo of UBND thị xã Ba Đồn (tỉnh Quảng Bình; header "UBND TỈNH QUẢNG BÌNH / ỦY BAN NHÂN DÂN
  THỊ XÃ BA ĐỒN"), quý I năm 2025 (stated 01/01–31/3/2025), issued 03/4/2025, before the merger. As golden/blind13.py's
  147: "a) Cấp huyện (Bộ phận Một cửa thị xã)" figures are `cấp huyện`, "b) Cấp xã" figures `cấp xã`; the thị xã's
  own "02 văn bản", PAKN, satisfaction, score `86,14/100`, rank `3/8` "tăng 2 bậc so với quý IV năm 2024 (xếp thứ
  5/8)" are "UBND thị xã Ba Đồn" (level huyện); the TTHC list "trên địa bàn thị xã" and the accounts "Trên địa bàn thị
  xã" subject unchecked, level huyện (as golden/blind92.py's 536). "(quý IV năm 2024: 3.862 hồ sơ), tăng 264 hồ sơ",
  "(64,92%)", "(55,53%)" dated 2024-12-31. "1.236/2.104 hồ sơ … đạt 58,75%" one count with its max (payment code).
  Communes in one sentence with brackets (phường and xã, level xã, online code). "So với chỉ tiêu UBND tỉnh giao năm
  2025 cho cấp xã là 50% thì cấp xã đã đạt chỉ tiêu": cấp xã's target dated 2025-12-31, 54,03% carries it ("đạt").
  "cao hơn bình quân khối huyện (83,52 điểm) 2,62 điểm" the block average (subject unchecked, level huyện) and the
  thị xã's signed difference (kind change, as golden/blind90.py's "cao hơn 2,57 điểm"). Communes' average, best and
  worst in brackets, counts by grade (level xã). Task 4's "đạt tối thiểu 50% trong quý II năm 2025" is each commune's
  (subject unchecked, level xã), dated 2025-06-30. Six deadlines: day, "chậm nhất" day in words for three named
  communes, month, quarter (with the target), year, "trước ngày 15 hằng tháng" (issued 03/4/2025: first 15/4/2025).
- 548 is a quarterly Báo cáo of the Sở Xây dựng tỉnh Thanh Hóa (header "UBND TỈNH THANH HÓA / SỞ XÂY DỰNG"; the Sở
  took over the Sở Giao thông vận tải's tasks), quý III năm 2025, issued 06/10/2025, after the merger (Thanh Hóa kept
  its borders; ranks /34). The Sở's own figures are "Sở Xây dựng" (level tỉnh): TTHC, files "(quý II năm 2025: 21.305
  hồ sơ), tăng 15,55%" (relative change, code unchecked), "bình quân 1,7 ngày/hồ sơ, rút ngắn 0,4 ngày so với quý II
  năm 2025 (2,1 ngày)", permits (`giấy phép`), "gấp 1,4 lần quý II năm 2025", "12,5 triệu đồng", payment share against
  its 2025 target of 80% ("chưa đạt"), PAKN, `90,36/100`, `4/21` "(quý II năm 2025: 87,12 điểm, xếp thứ 9/21), tăng
  3,24 điểm và tăng 5 bậc" (previous score on the /100 scale). Its Markdown table by field (centred and right-aligned
  separators; subject unchecked, level tỉnh) has files received, online and on-time shares, the average time in
  `ngày` and the change of the online share in "điểm %" (kind change, "-2,6", "-1,3"), and a "Tổng cộng" row with an
  empty STT cell (= the Sở; it repeats the prose). "lần lượt giảm 2,6 và 1,3 điểm phần trăm" repeat two fields'
  falls (subject unchecked, level tỉnh). "UBND 166 xã, phường" and "166 xã, phường" in a task (unit `xã`). The
  communes' construction permits since the transfer ("khoảng 3.100 hồ sơ …, đã cấp 2.914 giấy phép; … gần 41%") and
  five communes in one sentence with brackets (level xã; codes unchecked: one procedure's online share). The
  province's `85,74/100`, `13/34` (subject NULL). Task 4's "tỷ lệ … của Sở đạt tối thiểu 80% trong quý IV năm 2025" is
  the Sở's, dated 2025-12-31. Six deadlines: day, "chậm nhất" day in words, month, quarter (with the target), year
  "trong năm 2026" (a request to UBND tỉnh), "trước ngày 20 hằng tháng" (issued 06/10/2025: first 20/10/2025).
- 549 is a monthly Báo cáo of the Bưu điện tỉnh Cà Mau (header "TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM / BƯU ĐIỆN TỈNH CÀ
  MAU"; Cà Mau merged with Bạc Liêu), tháng 10 năm 2025, issued 05/11/2025. As golden/blind86.py's 508, its own
  figures naming no body are "Bưu điện tỉnh" (level tỉnh; codes unchecked: its files are not the province's 766
  files), "Bưu điện tỉnh Cà Mau xếp thứ 6/34 Bưu điện tỉnh, thành phố" (named in full, the Tổng công ty's ranking,
  code unchecked), "tổng số hồ sơ TTHC tiếp nhận của toàn tỉnh (79.136 hồ sơ)" the province's files received (subject
  NULL). "(tháng 9/2025: 3.212 hồ sơ), tăng 19,74%", "(98,66%)" dated 2025-09-30; "tăng 0,7 điểm phần trăm so với
  tháng trước" and "giảm 0,4 điểm phần trăm" changes of its shares. "So với chỉ tiêu năm 2025 UBND tỉnh giao là 6%
  tổng số hồ sơ TTHC, Bưu điện tỉnh chưa đạt chỉ tiêu": the target of its share (subject "Bưu điện tỉnh", dated
  2025-12-31), 4,86% carries it. Files of the former provinces' areas ("khu vực tỉnh Cà Mau cũ 2.418 hồ sơ") and "gấp
  1,7 lần" (subject and level unchecked), files by field after "lần lượt là" (bare numbers taking the unit after the
  last; subject unchecked, level tỉnh), wards and communes in one sentence with brackets (counts, level xã), "xã Đất
  Mũi chỉ có 6 hồ sơ" and "xã Hồ Thị Kỷ có 11 hồ sơ" (the commune named before). "riêng các xã ven biển, cù lao bình
  quân 3,2 ngày/hồ sơ" and "khoảng 62% người dân" (subject and level unchecked). A dash list "- Bưu điện khu vực Cà
  Mau: tiếp nhận n hồ sơ, tăng x% so với tháng 9/2025; trả m lượt kết quả; thu hộ y tỷ đồng." of its five branches
  (subject as written, level tỉnh) whose files add up to the two former provinces' areas and to 3.846. Task 4's "đạt
  tối thiểu 6% … trong quý I năm 2026" (subject and level unchecked), dated 2026-03-31. Six deadlines: day, "chậm
  nhất" day in words, month, quarter "quý I năm 2026" (with the target), year (a request "Đề nghị Văn phòng UBND tỉnh
  …"), "trước ngày 03 hằng tháng" (issued 05/11/2025, after the 3rd: first 03/12/2025).
"""

from __future__ import annotations

from golden.facts import (
    _DH,
    _HL,
    _NOP,
    _QH,
    _SH,
    _TK,
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
_TTHC = "tthc.tong_so"
_TIME = "766.tien_do.thoi_gian"
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_PAKN_TG = "pakn.thoi_gian"
_H1_2023 = "2023-06-30"
_Y2023 = "2023-12-31"
_Y2024 = "2024-12-31"
_Q2_2025 = "2025-06-30"
_SEP_2025 = "2025-09-30"
_Y2025 = "2025-12-31"
_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_XA = {"subject": "cấp xã", "level": "xã"}
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_HUYEN = {"subject": ANY, "level": "huyện"}
_IN_XA = {"subject": ANY, "level": "xã"}


def _row(cells: list[tuple[str, object, object, str, str, str, object]], after: str, sep: str,
         end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, subject, level, as_of, unit, kind, code)`. A cell's context is
    the separator before it, the rest of its row and the start of the next line (`after`), so that it occurs once and
    the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, subject, level, as_of, unit, kind, code) in enumerate(cells)]


# ------------------------------------------------------------ 545: Sở Tài chính tỉnh Long An, 6 tháng đầu năm 2024
_STC = "Sở Tài chính"


def _body_545(subject: str, level: str, owed: str, paid: str, share: str, money: str, change: str,
              after: str) -> list[Fact]:
    """One Markdown row of Bảng 1 (a provincial body, or "Tổng cộng" = cấp tỉnh): owed files, files paid online,
    payment share, money in `triệu đồng`, the change of the share in "điểm %" (signed, kind change)."""
    cells = [(owed, subject, level, "period", "hồ sơ", P, ANY), (paid, subject, level, "period", "hồ sơ", P, _TT),
             (share, subject, level, "period", "%", P, _TT), (money, subject, level, "period", "triệu đồng", P, ANY),
             (change, subject, level, "period", "%", CH, _TT)]
    return _row(cells, after, " | ", " |\n")


BLIND_545 = [
    # I.1 the province (1486/QĐ-UBND, 905/UBND-KSTT cited; cùng kỳ năm 2023 dated 2023-06-30)
    F("phát sinh 186.540", "186.540", 186540, "hồ sơ", C, code=ANY),
    F("trong đó 72.418", "72.418", 72418, "hồ sơ", C, code=_TT),
    F("đạt 38,82%", "38,82%", 38.82, "%", code=_TT, target=45, stated_status="chưa đạt"),
    F("tăng 6,4 điểm", "6,4", 6.4, "%", CH, code=_TT),
    F("(32,42%)", "32,42%", 32.42, "%", PR, as_of=_H1_2023, code=_TT),
    F("gấp 2,3 lần", "2,3", 2.3, "lần", code=ANY),
    F("(31.486 hồ sơ)", "31.486", 31486, "hồ sơ", PR, as_of=_H1_2023, code=_TT),
    F("năm 2024 là 45%", "45%", 45, "%", T, as_of=_Y2024, code=_TT),
    # by level ("chỉ bằng 1/2 cấp huyện" no figure)
    F("lần lượt là 57,20%", "57,20%", 57.20, "%", code=_TT, **_TINH),
    F(", 36,60%", "36,60%", 36.60, "%", code=_TT, **_HUYEN),
    F("và 18,14%", "18,14%", 18.14, "%", code=_TT, **_XA),
    F("gấp 3,2 lần", "3,2", 3.2, "lần", code=ANY, **_TINH),
    F("Cấp huyện tiếp nhận 96.412", "96.412", 96412, "hồ sơ", C, code=ANY, **_HUYEN),
    F("thanh toán trực tuyến 35.284", "35.284", 35284, "hồ sơ", C, code=_TT, **_HUYEN),
    F("cấp xã tiếp nhận 36.917", "36.917", 36917, "hồ sơ", C, code=ANY, **_XA),
    F("thanh toán trực tuyến 6.695", "6.695", 6695, "hồ sơ", C, code=_TT, **_XA),
    # I.2 money
    F("là 48,62 tỷ", "48,62", 48.62, "tỷ đồng", code=ANY),
    F("khoảng 41%", "41%", 41, "%", code=ANY),
    F("(118,6 tỷ đồng)", "118,6", 118.6, "tỷ đồng", code=ANY),
    F("cấp tỉnh 30,72 tỷ", "30,72", 30.72, "tỷ đồng", code=ANY, **_TINH),
    F("cấp huyện 15,46 tỷ", "15,46", 15.46, "tỷ đồng", code=ANY, **_HUYEN),
    F("cấp xã 2,44 tỷ", "2,44", 2.44, "tỷ đồng", code=ANY, **_XA),
    F("chứng thực 2.000 đồng", "2.000", 2000, "đồng", code=ANY, **_OPEN),
    F("đất 1,35 tỷ", "1,35", 1.35, "tỷ đồng", code=ANY, **_OPEN),
    # channels
    F("quốc gia 58.912", "58.912", 58912, "hồ sơ", C, code=ANY),
    F("(chiếm 81,35%)", "81,35%", 81.35, "%", code=ANY),
    F("tiền 39,85 tỷ", "39,85", 39.85, "tỷ đồng", code=ANY),
    F("Một cửa 13.506", "13.506", 13506, "hồ sơ", C, code=ANY),
    F("(chiếm 18,65%)", "18,65%", 18.65, "%", code=ANY),
    F("tiền 8,77 tỷ", "8,77", 8.77, "tỷ đồng", code=ANY),
    F("bình quân 1,6 ngày", "1,6", 1.6, "ngày", code=ANY, **_OPEN),
    F("rút ngắn 0,9 ngày", "0,9", -0.9, "ngày", CH, code=ANY, **_OPEN),
    # I.3 Bảng 1 (Markdown): the provincial bodies, "Tổng cộng" = cấp tỉnh
    F("tại 06 cơ quan", "06", 6, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    *_body_545("Sở Tài nguyên và Môi trường", "tỉnh", "21.486", "10.214", "47,54", "18.624,5", "+9,1",
               "| 2 | Công an tỉnh"),
    *_body_545("Công an tỉnh", "tỉnh", "14.215", "11.806", "83,05", "6.842,3", "+12,6", "| 3 | Sở Giao thông"),
    *_body_545("Sở Giao thông vận tải", "tỉnh", "9.862", "5.127", "51,99", "3.215,8", "+4,8", "| 4 | Sở Tư pháp"),
    *_body_545("Sở Tư pháp", "tỉnh", "3.418", "1.562", "45,70", "412,6", "-0,8", "| 5 | Sở Kế hoạch"),
    *_body_545("Sở Kế hoạch và Đầu tư", "tỉnh", "2.946", "1.318", "44,74", "1.086,4", "+3,2", "| 6 | Sở Xây dựng"),
    *_body_545("Sở Xây dựng", "tỉnh", "1.284", "412", "32,09", "538,2", "-2,3", "| | Tổng cộng"),
    *_body_545("cấp tỉnh", "tỉnh", "53.211", "30.439", "57,20", "30.719,8", "+7,4", "\nCông an tỉnh có"),
    F("giảm 2,3 điểm", "2,3", -2.3, "%", CH, subject="Sở Xây dựng", level="tỉnh", code=_TT),
    F("giảm nhẹ 0,8 điểm", "0,8", -0.8, "%", CH, subject="Sở Tư pháp", level="tỉnh", code=_TT),
    # I.4 district-level units in one sentence with brackets
    F("Tân An (58,46%)", "58,46%", 58.46, "%", subject="thành phố Tân An", level="huyện", code=_TT),
    F("Kiến Tường (51,20%)", "51,20%", 51.20, "%", subject="thị xã Kiến Tường", level="huyện", code=_TT),
    F("Bến Lức (47,35%)", "47,35%", 47.35, "%", subject="huyện Bến Lức", level="huyện", code=_TT),
    F("Đức Hòa (45,12%)", "45,12%", 45.12, "%", subject="huyện Đức Hòa", level="huyện", code=_TT),
    F("Tân Hưng (18,62%)", "18,62%", 18.62, "%", subject="huyện Tân Hưng", level="huyện", code=_TT),
    F("Vĩnh Hưng (20,14%)", "20,14%", 20.14, "%", subject="huyện Vĩnh Hưng", level="huyện", code=_TT),
    F("Đức Huệ (22,08%)", "22,08%", 22.08, "%", subject="huyện Đức Huệ", level="huyện", code=_TT),
    F("gần 62%", "62%", 62, "%", code=ANY, **_XA),
    F("có 27 xã", "27", 27, "xã", C, code=None, **_IN_XA),
    # II. error transactions (no body named); the Sở's PAKN
    F("khoảng 1.200 giao dịch", "1.200", 1200, "giao dịch", C, code=ANY, **_OPEN),
    F("xong 1.184 giao dịch", "1.184", 1184, "giao dịch", C, code=ANY, **_OPEN),
    F("còn 16 giao dịch", "16", 16, "giao dịch", C, code=ANY, **_OPEN),
    F("tiếp nhận 14 phản ánh", "14", 14, "PAKN", C, subject=_STC, level="tỉnh", code=_PAKN_TN),
    F("xử lý 14/14 PAKN", "14/14", 14, "PAKN", C, max_value=14, subject=_STC, level="tỉnh", code=_PAKN_XL),
    F("bình quân 3,5 ngày", "3,5", 3.5, "ngày", subject=_STC, level="tỉnh", code=_PAKN_TG),
    # III. the province's index (quý II năm 2024 = the period end; quý IV năm 2023 dated 2023-12-31)
    F("đạt 5,86/10", "5,86/10", 5.86, "điểm", max_value=10, code="766.thanh_toan"),
    F("tăng 0,94 điểm", "0,94", 0.94, "điểm", CH, code="766.thanh_toan"),
    F("(4,92 điểm)", "4,92", 4.92, "điểm", PR, max_value=10, as_of=_Y2023, code="766.thanh_toan"),
    F("đạt 82,47/100", "82,47/100", 82.47, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 29/63", "29/63", 29, "hạng", R, max_value=63, code=_HANG),
    # IV. a count repeated in a task, the districts' target (phone number no figure)
    F("dứt điểm 16 giao dịch", "16", 16, "giao dịch", C, code=ANY, **_OPEN),
    F("tối thiểu 45%", "45%", 45, "%", T, as_of=_Y2024, code=_TT, **_IN_HUYEN),
]

# ------------------------------------------------------------ 546: NHNN chi nhánh tỉnh Bắc Giang, năm 2024
_NHNN = "Ngân hàng Nhà nước chi nhánh tỉnh"


def _bank_546(subject: object, count: str, money: str, share: str, change: str, after: str) -> list[Fact]:
    """One tab-separated row of a bank (or "Cộng"): transactions, money in `tỷ đồng`, share of money, the relative
    change of transactions against 2023 (kind change); level unchecked, codes unchecked."""
    cells = [(count, subject, ANY, "period", "giao dịch", P, ANY), (money, subject, ANY, "period", "tỷ đồng", P, ANY),
             (share, subject, ANY, "period", "%", P, ANY), (change, subject, ANY, "period", "%", CH, ANY)]
    return _row(cells, after, "\t", "\n")


BLIND_546 = [
    # I. "trên địa bàn tỉnh" (the province; "Tính đến ngày 31/12/2024" the period end, "từ 15 tuổi" no figure)
    F("có 24 chi nhánh", "24", 24, "chi nhánh", C, code=None),
    F("với 118 phòng", "118", 118, "phòng giao dịch", C, code=None),
    F("trên 1,35 triệu", "1,35 triệu", 1350000, "tài khoản", C, code=ANY),
    F("tăng 12,6%", "12,6%", 12.6, "%", CH, code=ANY),
    F("khoảng 86%", "86%", 86, "%", code=ANY),
    F("Có 186 máy POS", "186", 186, "máy POS", C, code=None, **_OPEN),
    F("và 312 điểm", "312", 312, "điểm chấp nhận thanh toán", C, code=None, **_OPEN),
    # II.1 budget collected through banks (2023 dated 2023-12-31)
    F("điện tử 412.615", "412.615", 412615, "giao dịch", C, code=ANY, **_OPEN),
    F("tiền 9.846,2 tỷ", "9.846,2", 9846.2, "tỷ đồng", code=ANY, **_OPEN),
    F("chiếm 93,4%", "93,4%", 93.4, "%", code=ANY, **_OPEN),
    F("(năm 2023: 88,9%)", "88,9%", 88.9, "%", PR, as_of=_Y2023, code=ANY, **_OPEN),
    F("tăng 4,5 điểm", "4,5", 4.5, "%", CH, code=ANY, **_OPEN),
    # II.2 fee payments
    F("Có 14/16", "14/16", 14, "ngân hàng", C, max_value=16, code=None, **_OPEN),
    F("xử lý 98.426", "98.426", 98426, "giao dịch", C, code=ANY, **_OPEN),
    F("tiền 46,85 tỷ", "46,85", 46.85, "tỷ đồng", code=ANY, **_OPEN),
    F("gấp 1,7 lần", "1,7", 1.7, "lần", code=ANY, **_OPEN),
    F("(57.842 giao dịch)", "57.842", 57842, "giao dịch", PR, as_of=_Y2023, code=ANY, **_OPEN),
    F("bình quân 476.000", "476.000", 476000, "đồng", code=ANY, **_OPEN),
    # the province's payment share against its target (the period end)
    F("năm 2024 đạt 41,76%", "41,76%", 41.76, "%", code=_TT, target=50, stated_status="chưa đạt"),
    F("tăng 9,3 điểm", "9,3", 9.3, "%", CH, code=_TT),
    F("(32,46%)", "32,46%", 32.46, "%", PR, as_of=_Y2023, code=_TT),
    F("giao là 50%", "50%", 50, "%", T, code=_TT),
    # the tab-separated table by bank, "Cộng" (all banks: subject unchecked)
    *_bank_546("Agribank Chi nhánh tỉnh Bắc Giang", "38.214", "17,42", "37,18", "+28,6", "2\tVietcombank"),
    *_bank_546("Vietcombank Chi nhánh Bắc Giang", "21.836", "11,26", "24,03", "+41,2", "3\tBIDV"),
    *_bank_546("BIDV Chi nhánh Bắc Giang", "17.905", "9,08", "19,38", "+15,4", "4\tVietinBank"),
    *_bank_546("VietinBank Chi nhánh Bắc Giang", "12.318", "6,12", "13,06", "-3,7", "5\tCác ngân hàng"),
    *_bank_546("Các ngân hàng khác", "8.153", "2,97", "6,34", "-12,5", "\tCộng"),
    *_bank_546(ANY, "98.426", "46,85", "100", "+70,2", "\nAgribank"),
    # after the table ("trên 1/3" no figure)
    F("giảm 3,7%", "3,7%", -3.7, "%", CH, subject="VietinBank Chi nhánh Bắc Giang", level=ANY, code=ANY),
    F("Bắc Giang (52,14%)", "52,14%", 52.14, "%", subject="thành phố Bắc Giang", level="huyện", code=_TT),
    F("Việt Yên (46,38%)", "46,38%", 46.38, "%", subject="thị xã Việt Yên", level="huyện", code=_TT),
    F("Hiệp Hòa (41,02%)", "41,02%", 41.02, "%", subject="huyện Hiệp Hòa", level="huyện", code=_TT),
    F("Sơn Động (19,47%)", "19,47%", 19.47, "%", subject="huyện Sơn Động", level="huyện", code=_TT),
    F("Lục Ngạn (23,85%)", "23,85%", 23.85, "%", subject="huyện Lục Ngạn", level="huyện", code=_TT),
    F("Có 08/10", "08/10", 8, "huyện", C, max_value=10, code=None, **_IN_HUYEN),
    # II.3 health, schools, social payments
    F("Y tế: 12/12", "12/12", 12, "bệnh viện", C, max_value=12, code=None, **_OPEN),
    F("trên 80%", "80%", 80, "%", code=ANY, **_OPEN),
    F("tăng 14,2 điểm", "14,2", 14.2, "%", CH, code=ANY, **_OPEN),
    F("gần 95%", "95%", 95, "%", code=ANY, **_OPEN),
    F("với 286.412", "286.412", 286412, "học sinh", C, code=ANY, **_OPEN),
    F("cho 46.218", "46.218", 46218, "người", C, code=ANY, **_OPEN),
    F("chiếm 78,6%", "78,6%", 78.6, "%", code=ANY, **_OPEN),
    F("khoảng 38.400", "38.400", 38400, "đối tượng", C, code=ANY, **_OPEN),
    # II.4 the branch's own PAKN (named as written)
    F("tiếp nhận 23 phản ánh", "23", 23, "PAKN", C, subject=_NHNN, level="tỉnh", code=ANY),
    F("xong 23/23", "23/23", 23, "PAKN", C, max_value=23, subject=_NHNN, level="tỉnh", code=ANY),
    F("bình quân 1,8 ngày", "1,8", 1.8, "ngày", subject=_NHNN, level="tỉnh", code=ANY),
    # III. the target in a request (address and phone number no figures)
    F("tối thiểu 50%", "50%", 50, "%", T, as_of=_Y2025, code=_TT, **_OPEN),
]

# ------------------------------------------------------------ 547: UBND thị xã Ba Đồn (Quảng Bình), quý I năm 2025
_BD = "UBND thị xã Ba Đồn"
_Q4_2024 = "2024-12-31"


def _bd(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the thị xã itself (the issuer), level huyện."""
    return F(context, raw, value, unit, kind, subject=_BD, level="huyện", **kw)


BLIND_547 = [
    # I. (386/VPUBND-KSTT cited; the stated window is the period)
    _bd("ban hành 02 văn bản", "02", 2, "văn bản", C, code=None),
    F("gồm 398 TTHC", "398", 398, "TTHC", C, code=_TTHC, **_IN_HUYEN),
    F("cấp huyện 286 TTHC", "286", 286, "TTHC", C, code=_TTHC, **_HUYEN),
    F("cấp xã 112 TTHC", "112", 112, "TTHC", C, code=_TTHC, **_XA),
    F("; 100% TTHC", "100%", 100, "%", code=ANY, **_IN_HUYEN),
    F("và 16/16 xã", "16/16", 16, "xã", C, max_value=16, code=None, **_IN_XA),
    # II.a cấp huyện (quý IV năm 2024 dated 2024-12-31)
    F("Tiếp nhận 4.126", "4.126", 4126, "hồ sơ", C, code=_TN, **_HUYEN),
    F("(quý IV năm 2024: 3.862", "3.862", 3862, "hồ sơ", PR, as_of=_Q4_2024, code=_TN, **_HUYEN),
    F("tăng 264 hồ sơ", "264", 264, "hồ sơ", CH, code=_TN, **_HUYEN),
    F("trực tuyến 2.918", "2.918", 2918, "hồ sơ", C, code=_NOP, **_HUYEN),
    F("chiếm 70,72%", "70,72%", 70.72, "%", code=_NOP, **_HUYEN),
    F("tăng 5,8 điểm", "5,8", 5.8, "%", CH, code=_NOP, **_HUYEN),
    F("(64,92%)", "64,92%", 64.92, "%", PR, as_of=_Q4_2024, code=_NOP, **_HUYEN),
    F("giải quyết 3.984", "3.984", 3984, "hồ sơ", C, code=ANY, **_HUYEN),
    F("đúng hạn 3.961", "3.961", 3961, "hồ sơ", C, code=_DH, **_HUYEN),
    F("đạt 99,42%", "99,42%", 99.42, "%", code=_DH, **_HUYEN),
    F("quá hạn 23 hồ sơ", "23", 23, "hồ sơ", C, code=_QH, **_HUYEN),
    F("đất đai 19 hồ sơ", "19", 19, "hồ sơ", C, code=_QH, **_IN_HUYEN),
    F("bình quân 4,6 ngày", "4,6", 4.6, "ngày", code=_TIME, **_HUYEN),
    F("rút ngắn 1,1 ngày", "1,1", -1.1, "ngày", CH, code=_TIME, **_HUYEN),
    F("Có 1.236/2.104", "1.236/2.104", 1236, "hồ sơ", C, max_value=2104, code=_TT, **_HUYEN),
    F("đạt 58,75%", "58,75%", 58.75, "%", code=_TT, **_HUYEN),
    # II.b cấp xã; communes in one sentence with brackets
    F("- 16 xã", "16", 16, "xã", C, code=None, **_IN_XA),
    F("tiếp nhận 9.842", "9.842", 9842, "hồ sơ", C, code=_TN, **_XA),
    F("gấp 2,4 lần", "2,4", 2.4, "lần", code=ANY, **_XA),
    F("trực tuyến 5.318", "5.318", 5318, "hồ sơ", C, code=_NOP, **_XA),
    F("chiếm 54,03%", "54,03%", 54.03, "%", code=_NOP, target=50, stated_status="đạt", **_XA),
    F("giảm 1,5 điểm", "1,5", -1.5, "%", CH, code=_NOP, **_XA),
    F("(55,53%)", "55,53%", 55.53, "%", PR, as_of=_Q4_2024, code=_NOP, **_XA),
    F("đạt 99,86%", "99,86%", 99.86, "%", code=_DH, **_XA),
    F("quá hạn 14 hồ sơ", "14", 14, "hồ sơ", C, code=_QH, **_XA),
    F("gần 70%", "70%", 70, "%", code=ANY, **_IN_XA),
    F("Ba Đồn (82,46%)", "82,46%", 82.46, "%", subject="phường Ba Đồn", level="xã", code=_NOP),
    F("Quảng Long (76,18%)", "76,18%", 76.18, "%", subject="phường Quảng Long", level="xã", code=_NOP),
    F("Quảng Thọ (71,05%)", "71,05%", 71.05, "%", subject="phường Quảng Thọ", level="xã", code=_NOP),
    F("Quảng Sơn (31,24%)", "31,24%", 31.24, "%", subject="xã Quảng Sơn", level="xã", code=_NOP),
    F("Quảng Hải (33,60%)", "33,60%", 33.60, "%", subject="xã Quảng Hải", level="xã", code=_NOP),
    F("Quảng Văn (35,12%)", "35,12%", 35.12, "%", subject="xã Quảng Văn", level="xã", code=_NOP),
    F("cho cấp xã là 50%", "50%", 50, "%", T, as_of=_Y2025, code=_NOP, **_XA),
    F("còn 07/16", "07/16", 7, "xã", C, max_value=16, code=None, **_IN_XA),
    # II.c digitisation by level, electronic copies
    F("cấp huyện đạt 92,18%", "92,18%", 92.18, "%", code=_SH, **_HUYEN),
    F("cấp xã đạt 78,64%", "78,64%", 78.64, "%", code=_SH, **_XA),
    F("cấp 2.846 bản", "2.846", 2846, "bản", C, code=ANY, **_IN_XA),
    F("trên 90%", "90%", 90, "%", code=ANY, **_XA),
    # II.d accounts in the thị xã's area ("mức độ 2", "từ đủ 14 tuổi" no figures)
    F("kích hoạt 58.416", "58.416", 58416, "tài khoản", C, code=_TK, **_IN_HUYEN),
    F("đạt 79,35%", "79,35%", 79.35, "%", code=_TK, **_IN_HUYEN),
    F("khoảng 4.200 người", "4.200", 4200, "người", C, code=ANY, **_IN_HUYEN),
    # III. the thị xã's PAKN and satisfaction
    _bd("tiếp nhận 07 phản ánh", "07", 7, "PAKN", C, code=_PAKN_TN),
    _bd("xử lý 07/07 PAKN", "07/07", 7, "PAKN", C, max_value=7, code=_PAKN_XL),
    _bd("đạt 97,6%", "97,6%", 97.6, "%", code=_HL),
    # IV. its score and rank among the 8 district-level units; block average; the communes
    _bd("đạt 86,14/100", "86,14/100", 86.14, "điểm", max_value=100, code=_TONG),
    _bd("xếp thứ 3/8", "3/8", 3, "hạng", R, max_value=8, code=_HANG),
    _bd("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    _bd("(xếp thứ 5/8)", "5/8", 5, "hạng", PR, max_value=8, as_of=_Q4_2024, code=_HANG),
    F("huyện (83,52 điểm)", "83,52", 83.52, "điểm", code=_TONG, **_IN_HUYEN),
    _bd("(83,52 điểm) 2,62 điểm", "2,62", 2.62, "điểm", CH, code=_TONG),
    F("của 16 xã", "16", 16, "xã", C, code=None, **_IN_XA),
    F("đạt 81,27 điểm", "81,27", 81.27, "điểm", code=_TONG, **_IN_XA),
    F("(90,12 điểm)", "90,12", 90.12, "điểm", subject="phường Ba Đồn", level="xã", code=_TONG),
    F("(72,46 điểm)", "72,46", 72.46, "điểm", subject="xã Quảng Sơn", level="xã", code=_TONG),
    F("Có 05 đơn vị", "05", 5, "đơn vị", C, code=None, **_IN_XA),
    F("Tốt, 09 đơn vị", "09", 9, "đơn vị", C, code=None, **_IN_XA),
    F("và 02 đơn vị", "02", 2, "đơn vị", C, code=None, **_IN_XA),
    # V. a count repeated in a task, each commune's target for quý II
    F("dứt điểm 19 hồ sơ", "19", 19, "hồ sơ", C, code=ANY, **_OPEN),
    F("tối thiểu 50%", "50%", 50, "%", T, as_of=_Q2_2025, code=_NOP, **_IN_XA),
]

# ------------------------------------------------------------ 548: Sở Xây dựng tỉnh Thanh Hóa, quý III năm 2025
_SXD = "Sở Xây dựng"


def _sxd(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở itself, level tỉnh."""
    return F(context, raw, value, unit, kind, subject=_SXD, level="tỉnh", **kw)


def _field_548(subject: object, received: str, online: str, on_time: str, days: str, change: str,
               after: str) -> list[Fact]:
    """One Markdown row by field (subject unchecked, level tỉnh; or "Tổng cộng" = the Sở): files received, online
    and on-time shares, average days per file, the change of the online share in "điểm %" (kind change)."""
    cells = [(received, subject, "tỉnh", "period", "hồ sơ", P, _TN), (online, subject, "tỉnh", "period", "%", P, _NOP),
             (on_time, subject, "tỉnh", "period", "%", P, _DH), (days, subject, "tỉnh", "period", "ngày", P, _TIME),
             (change, subject, "tỉnh", "period", "%", CH, _NOP)]
    return _row(cells, after, " | ", " |\n")


BLIND_548 = [
    # I. (11482/UBND-KSTT cited; "Từ ngày 01/7/2025" a date)
    _sxd("thực hiện 168 TTHC", "168", 168, "TTHC", C, code=_TTHC),
    _sxd("trong đó 124 TTHC", "124", 124, "TTHC", C, code=_TOAN),
    _sxd("(chiếm 73,81%)", "73,81%", 73.81, "%", code=_TOAN),
    _sxd("44 TTHC một phần", "44", 44, "TTHC", C, code=_MOT),
    F("UBND 166 xã", "166", 166, "xã", C, code=None, **_IN_XA),
    # II.1 the Sở's files (quý II năm 2025 dated 2025-06-30)
    _sxd("Sở tiếp nhận 24.618", "24.618", 24618, "hồ sơ", C, code=_TN),
    _sxd("(quý II năm 2025: 21.305", "21.305", 21305, "hồ sơ", PR, as_of=_Q2_2025, code=_TN),
    _sxd("tăng 15,55%", "15,55%", 15.55, "%", CH, code=ANY),
    _sxd("trực tuyến 22.874", "22.874", 22874, "hồ sơ", C, code=_NOP),
    _sxd("chiếm 92,92%", "92,92%", 92.92, "%", code=_NOP),
    _sxd("giải quyết 24.102", "24.102", 24102, "hồ sơ", C, code=ANY),
    _sxd("đúng hạn 24.015", "24.015", 24015, "hồ sơ", C, code=_DH),
    _sxd("đạt 99,64%", "99,64%", 99.64, "%", code=_DH),
    _sxd("quá hạn 87 hồ sơ", "87", 87, "hồ sơ", C, code=_QH),
    _sxd("bình quân 1,7 ngày", "1,7", 1.7, "ngày", code=_TIME),
    _sxd("rút ngắn 0,4 ngày", "0,4", -0.4, "ngày", CH, code=_TIME),
    _sxd("(2,1 ngày)", "2,1", 2.1, "ngày", PR, as_of=_Q2_2025, code=_TIME),
    # II.2 the Markdown table by field, "Tổng cộng" = the Sở
    *_field_548(ANY, "412", "96,36", "98,54", "12,4", "+3,8", "| 2 | Quy hoạch"),
    *_field_548(ANY, "286", "94,06", "100", "9,6", "+1,2", "| 3 | Nhà ở"),
    *_field_548(ANY, "518", "88,42", "99,23", "7,2", "-2,6", "| 4 | Đường bộ"),
    *_field_548(ANY, "21.846", "93,46", "99,71", "1,1", "+4,5", "| 5 | Phương tiện"),
    *_field_548(ANY, "1.556", "85,67", "98,84", "3,4", "-1,3", "| | Tổng cộng"),
    *_field_548(_SXD, "24.618", "92,92", "99,64", "1,7", "+3,9", "\nLĩnh vực nhà ở"),
    F("lần lượt giảm 2,6", "2,6", -2.6, "%", CH, code=_NOP, **_IN_TINH),
    F("và 1,3 điểm", "1,3", -1.3, "%", CH, code=_NOP, **_IN_TINH),
    # II.3 construction permits: the Sở's, then the communes' since the transfer ("ba tháng" in words)
    _sxd("cấp 386 giấy phép", "386", 386, "giấy phép", C, code=ANY),
    _sxd("trong đó 372 giấy phép", "372", 372, "giấy phép", C, code=ANY),
    _sxd("chiếm 96,37%", "96,37%", 96.37, "%", code=ANY),
    _sxd("gấp 1,4 lần", "1,4", 1.4, "lần", code=ANY),
    _sxd("bình quân 12,4 ngày", "12,4", 12.4, "ngày", code=ANY),
    _sxd("là 12,5 triệu", "12,5", 12.5, "triệu đồng", code=ANY),
    F("khoảng 3.100 hồ sơ", "3.100", 3100, "hồ sơ", C, code=ANY, **_IN_XA),
    F("cấp 2.914 giấy phép", "2.914", 2914, "giấy phép", C, code=ANY, **_IN_XA),
    F("gần 41%", "41%", 41, "%", code=ANY, **_IN_XA),
    F("Hạc Thành (78,4%)", "78,4%", 78.4, "%", subject="phường Hạc Thành", level="xã", code=ANY),
    F("Sầm Sơn (72,6%)", "72,6%", 72.6, "%", subject="phường Sầm Sơn", level="xã", code=ANY),
    F("Bỉm Sơn (69,8%)", "69,8%", 69.8, "%", subject="phường Bỉm Sơn", level="xã", code=ANY),
    F("Mường Lát (8,5%)", "8,5%", 8.5, "%", subject="xã Mường Lát", level="xã", code=ANY),
    F("Na Mèo (11,2%)", "11,2%", 11.2, "%", subject="xã Na Mèo", level="xã", code=ANY),
    # II.4 payment against the Sở's 2025 target
    _sxd("của Sở đạt 78,46%", "78,46%", 78.46, "%", code=_TT, target=80, stated_status="chưa đạt"),
    _sxd("tăng 11,2 điểm", "11,2", 11.2, "%", CH, code=_TT),
    _sxd("năm 2025 là 80%", "80%", 80, "%", T, as_of=_Y2025, code=_TT),
    _sxd("đạt 2,86 tỷ", "2,86", 2.86, "tỷ đồng", code=ANY),
    F("trên 85%", "85%", 85, "%", code=ANY, **_IN_TINH),
    # II.5 PAKN
    _sxd("tiếp nhận 12 phản ánh", "12", 12, "PAKN", C, code=_PAKN_TN),
    _sxd("xử lý 11 PAKN", "11", 11, "PAKN", C, code=_PAKN_XL),
    _sxd("đạt 91,67%", "91,67%", 91.67, "%", code=_PAKN_TL),
    _sxd("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    # III. the Sở among 21 agencies (quý II năm 2025 dated 2025-06-30); the province /34
    _sxd("đạt 90,36/100", "90,36/100", 90.36, "điểm", max_value=100, code=_TONG),
    _sxd("xếp thứ 4/21", "4/21", 4, "hạng", R, max_value=21, code=_HANG),
    _sxd("(quý II năm 2025: 87,12", "87,12", 87.12, "điểm", PR, max_value=100, as_of=_Q2_2025, code=_TONG),
    _sxd("xếp thứ 9/21", "9/21", 9, "hạng", PR, max_value=21, as_of=_Q2_2025, code=_HANG),
    _sxd("tăng 3,24 điểm", "3,24", 3.24, "điểm", CH, code=_TONG),
    _sxd("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    F("đạt 85,74/100", "85,74/100", 85.74, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 13/34", "13/34", 13, "hạng", R, max_value=34, code=_HANG),
    # IV. counts repeated in tasks, the Sở's target for quý IV (phone number no figure)
    F("dứt điểm 87 hồ sơ", "87", 87, "hồ sơ", C, code=ANY, **_OPEN),
    F("công chức 166 xã", "166", 166, "xã", C, code=None, **_OPEN),
    _sxd("tối thiểu 80%", "80%", 80, "%", T, as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 549: Bưu điện tỉnh Cà Mau, tháng 10 năm 2025
_BDT = "Bưu điện tỉnh"


def _bdt(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Bưu điện tỉnh itself (level tỉnh; codes unchecked unless given)."""
    kw.setdefault("code", ANY)
    return F(context, raw, value, unit, kind, subject=_BDT, level="tỉnh", **kw)


def _area_549(name: str, files: str, sign: str, change: str, returns: str, money: str) -> list[Fact]:
    """One dash line of a Bưu điện khu vực (subject as written, level tỉnh: a provincial body's branch after the
    merger, as golden/blind91.py's "Thuế cơ sở"): files received, their relative change against tháng 9/2025 (a fall
    "giảm" negative), results returned, fees collected in `tỷ đồng`; codes unchecked."""
    where = {"subject": name, "level": "tỉnh", "code": ANY}
    value = _num(change) if sign == "tăng" else -_num(change)
    return [F(f"{name}: tiếp nhận {files} hồ sơ", files, _num(files), "hồ sơ", C, **where),
            F(f"{files} hồ sơ, {sign} {change}", change, value, "%", CH, **where),
            F(f"trả {returns} lượt kết quả", returns, _num(returns), "lượt", C, **where),
            F(f"{returns} lượt kết quả; thu hộ {money}", money, _num(money), "tỷ đồng", **where)]


BLIND_549 = [
    # I.1 staff and network (126/KH-UBND cited)
    _bdt("bố trí 74 nhân viên", "74", 74, "nhân viên", C, code=None),
    F("của 64/64 xã", "64/64", 64, "xã", C, max_value=64, code=None, **_IN_XA),
    _bdt("duy trì 52 điểm", "52", 52, "điểm Bưu điện - Văn hóa xã", C, code=None),
    # I.2 files by BCCI (tháng 9/2025 dated 2025-09-30); the province's files; the 2025 target of its share
    _bdt("tiếp nhận 3.846 hồ sơ", "3.846", 3846, "hồ sơ", C),
    _bdt("(tháng 9/2025: 3.212", "3.212", 3212, "hồ sơ", PR, as_of=_SEP_2025),
    _bdt("tăng 19,74%", "19,74%", 19.74, "%", CH),
    _bdt("chiếm 4,86%", "4,86%", 4.86, "%", target=6, stated_status="chưa đạt"),
    F("(79.136 hồ sơ)", "79.136", 79136, "hồ sơ", C, code=_TN),
    _bdt("tăng 0,7 điểm", "0,7", 0.7, "%", CH),
    _bdt("giao là 6%", "6%", 6, "%", T, as_of=_Y2025),
    # the former provinces' areas, fields after "lần lượt là", wards and communes with brackets
    F("cũ 2.418 hồ sơ", "2.418", 2418, "hồ sơ", C, code=ANY, **_OPEN),
    F("cũ 1.428 hồ sơ", "1.428", 1428, "hồ sơ", C, code=ANY, **_OPEN),
    F("gấp 1,7 lần", "1,7", 1.7, "lần", code=ANY, **_OPEN),
    F("lần lượt là 1.624", "1.624", 1624, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("1.624, 1.385", "1.385", 1385, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("và 837 hồ sơ", "837", 837, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("An Xuyên (412 hồ sơ)", "412", 412, "hồ sơ", C, subject="phường An Xuyên", level="xã", code=ANY),
    F("Bạc Liêu (386 hồ sơ)", "386", 386, "hồ sơ", C, subject="phường Bạc Liêu", level="xã", code=ANY),
    F("Tân Thành (214 hồ sơ)", "214", 214, "hồ sơ", C, subject="phường Tân Thành", level="xã", code=ANY),
    F("Giá Rai (198 hồ sơ)", "198", 198, "hồ sơ", C, subject="phường Giá Rai", level="xã", code=ANY),
    F("chỉ có 6 hồ sơ", "6", 6, "hồ sơ", C, subject="xã Đất Mũi", level="xã", code=ANY),
    F("Kỷ có 11 hồ sơ", "11", 11, "hồ sơ", C, subject="xã Hồ Thị Kỷ", level="xã", code=ANY),
    # I.3 results returned
    _bdt("trả 12.486 lượt", "12.486", 12486, "lượt", C),
    _bdt("nhà 9.214 lượt", "9.214", 9214, "lượt", C),
    _bdt("chiếm 73,79%", "73,79%", 73.79, "%"),
    _bdt("bình quân 1,8 ngày", "1,8", 1.8, "ngày"),
    F("bình quân 3,2 ngày", "3,2", 3.2, "ngày", code=ANY, **_OPEN),
    _bdt("đạt 99,12%", "99,12%", 99.12, "%"),
    _bdt("có 110 lượt", "110", 110, "lượt", C),
    # I.4 fees collected, money
    _bdt("cho 2.915 hồ sơ", "2.915", 2915, "hồ sơ", C),
    _bdt("tiền 1,35 tỷ", "1,35", 1.35, "tỷ đồng"),
    _bdt("tăng 0,28 tỷ", "0,28", 0.28, "tỷ đồng", CH),
    _bdt("bình quân 32.000", "32.000", 32000, "đồng"),
    F("khoảng 62%", "62%", 62, "%", code=ANY, **_OPEN),
    # I.5 help with online files
    _bdt("nộp 5.126 hồ sơ", "5.126", 5126, "hồ sơ", C),
    _bdt("gần 95%", "95%", 95, "%"),
    _bdt("khoảng 1.200 lượt", "1.200", 1200, "lượt", C),
    # I.6 satisfaction (tháng 9/2025 dated 2025-09-30); the Tổng công ty's ranking
    _bdt("khảo sát 860 lượt", "860", 860, "lượt", C),
    _bdt("đạt 98,26%", "98,26%", 98.26, "%"),
    _bdt("giảm 0,4 điểm", "0,4", -0.4, "%", CH),
    _bdt("(98,66%)", "98,66%", 98.66, "%", PR, as_of=_SEP_2025),
    F("xếp thứ 6/34", "6/34", 6, "hạng", R, max_value=34, subject="Bưu điện tỉnh Cà Mau", level="tỉnh", code=ANY),
    # I.7 the five Bưu điện khu vực (former Cà Mau: Cà Mau, Thới Bình, Năm Căn; former Bạc Liêu: Bạc Liêu, Giá Rai)
    *_area_549("Bưu điện khu vực Cà Mau", "1.126", "tăng", "21,6%", "3.642", "0,41"),
    *_area_549("Bưu điện khu vực Thới Bình", "684", "tăng", "18,3%", "2.215", "0,22"),
    *_area_549("Bưu điện khu vực Năm Căn", "608", "giảm", "4,3%", "1.904", "0,19"),
    *_area_549("Bưu điện khu vực Bạc Liêu", "862", "tăng", "47,4%", "2.836", "0,34"),
    *_area_549("Bưu điện khu vực Giá Rai", "566", "tăng", "16,0%", "1.889", "0,19"),
    # III. counts in tasks, the target for quý I năm 2026 ("1/3" in II no figure; phone number no figure)
    F("thêm 02 nhân viên", "02", 2, "nhân viên", C, code=None, **_OPEN),
    F("tại 64 xã", "64", 64, "xã", C, code=None, **_OPEN),
    F("tối thiểu 6%", "6%", 6, "%", T, as_of="2026-03-31", code=ANY, **_OPEN),
]

BLIND = {"545": BLIND_545, "546": BLIND_546, "547": BLIND_547, "548": BLIND_548, "549": BLIND_549}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "545": [
        ("2024-07-31", "day", "31/7/2024", "kết nối phần mềm cấp giấy phép xây dựng", "Sở Xây dựng"),
        ("2024-08-15", "day", "ngày mười lăm tháng 8 năm 2024", "xử lý dứt điểm 16 giao dịch lỗi",
         "Phòng Quản lý ngân sách"),
        ("2024-09-30", "month", "tháng 9/2024", "hướng dẫn người dân nộp phí, lệ phí qua ứng dụng ngân hàng",
         "UBND huyện Tân Hưng, UBND huyện Vĩnh Hưng và UBND huyện Đức Huệ"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "nâng tỷ lệ thanh toán trực tuyến",
         "UBND các huyện, thị xã, thành phố"),
        ("2024-12-31", "year", "năm 2024", "tự động đối soát số tiền đã thu", "Sở Thông tin và Truyền thông"),
        # issued 09/7/2024: the first "ngày 10 hằng tháng" is 10/7/2024
        ("2024-07-10", "recurring", "10 hằng tháng", "gửi số liệu thu phí, lệ phí trực tuyến",
         "Các cơ quan, địa phương"),
    ],
    "546": [
        ("2025-02-28", "day", "28/02/2025", "bố trí quầy thu phí, lệ phí", "Agribank Chi nhánh tỉnh Bắc Giang"),
        ("2025-03-31", "day", "ngày 31 tháng 3 năm 2025", "kết nối Nền tảng thanh toán trực tuyến",
         "BIDV Chi nhánh Bắc Giang và VietinBank Chi nhánh Bắc Giang"),
        ("2025-06-30", "quarter", "quý II năm 2025", "mở tài khoản cho người nhận trợ cấp xã hội",
         "Các tổ chức tín dụng trên địa bàn"),
        ("2025-06-30", "month", "tháng 6/2025", "cơ chế đối soát tự động", "Phòng Tổng hợp - Kiểm soát nội bộ"),
        ("2025-12-31", "year", "năm 2025", "nâng tỷ lệ hồ sơ thanh toán trực tuyến", "UBND tỉnh"),
        # issued 14/01/2025, after the 8th: the first "ngày 08 hằng tháng" is 08/02/2025
        ("2025-02-08", "recurring", "08 hằng tháng", "gửi báo cáo kết quả thanh toán không dùng tiền mặt",
         "Các tổ chức tín dụng"),
    ],
    "547": [
        ("2025-04-18", "day", "18/4/2025", "giải quyết dứt điểm 19 hồ sơ đất đai quá hạn",
         "Phòng Tài nguyên và Môi trường"),
        ("2025-04-20", "day", "ngày 20 tháng 4 năm 2025", "bố trí công chức hỗ trợ người dân nộp hồ sơ trực tuyến",
         "UBND xã Quảng Sơn, UBND xã Quảng Hải và UBND xã Quảng Văn"),
        ("2025-05-31", "month", "tháng 5/2025", "kích hoạt tài khoản định danh điện tử cho người cao tuổi",
         "Công an thị xã"),
        ("2025-06-30", "quarter", "quý II năm 2025", "nâng tỷ lệ hồ sơ nộp trực tuyến", "UBND các xã, phường"),
        ("2025-12-31", "year", "năm 2025", "đưa kết quả Bộ chỉ số vào đánh giá", "Văn phòng HĐND và UBND thị xã"),
        # issued 03/4/2025: the first "ngày 15 hằng tháng" is 15/4/2025
        ("2025-04-15", "recurring", "15 hằng tháng", "gửi báo cáo kết quả giải quyết TTHC",
         "Các cơ quan chuyên môn thuộc UBND thị xã và UBND các xã, phường"),
    ],
    "548": [
        ("2025-10-24", "day", "24/10/2025", "giải quyết dứt điểm 87 hồ sơ quá hạn",
         "Phòng Quản lý hoạt động xây dựng"),
        ("2025-11-30", "day", "ngày 30 tháng 11 năm 2025", "hướng dẫn doanh nghiệp vận tải đăng ký chữ ký số",
         "Phòng Quản lý vận tải, phương tiện và người lái"),
        ("2025-11-30", "month", "tháng 11/2025", "tập huấn cấp giấy phép xây dựng trực tuyến", "Văn phòng Sở"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "nâng tỷ lệ hồ sơ thanh toán trực tuyến",
         "Các phòng chuyên môn"),
        ("2026-12-31", "year", "năm 2026", "hoàn thiện cơ sở dữ liệu quy hoạch xây dựng dùng chung", "UBND tỉnh"),
        # issued 06/10/2025: the first "ngày 20 hằng tháng" is 20/10/2025
        ("2025-10-20", "recurring", "20 hằng tháng", "gửi số liệu kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "549": [
        ("2025-11-15", "day", "15/11/2025", "bố trí thêm 02 nhân viên", "Bưu điện khu vực Bạc Liêu"),
        ("2025-11-25", "day", "ngày 25 tháng 11 năm 2025", "điều chỉnh hành trình chuyển phát",
         "Trung tâm Khai thác - Vận chuyển"),
        ("2025-12-31", "month", "tháng 12/2025", "thu cước chuyển phát bằng mã QR", "Phòng Kinh doanh"),
        ("2026-03-31", "quarter", "quý I năm 2026", "nâng tỷ lệ hồ sơ tiếp nhận qua BCCI", "Các Bưu điện khu vực"),
        ("2025-12-31", "year", "năm 2025", "bổ sung danh mục TTHC tiếp nhận, trả kết quả qua BCCI",
         "Văn phòng UBND tỉnh"),
        # issued 05/11/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/12/2025
        ("2025-12-03", "recurring", "03 hằng tháng", "gửi số liệu", "Các Bưu điện khu vực"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 545's issuer is the Sở
# Tài chính tỉnh Long An; 546's the Ngân hàng Nhà nước chi nhánh tỉnh Bắc Giang; 547's UBND thị xã Ba Đồn of tỉnh Quảng
# Bình; 548's the Sở Xây dựng tỉnh Thanh Hóa; 549's the Bưu điện tỉnh Cà Mau (after the merger with Bạc Liêu).
META = {
    "545": {"doc_number": "2317/BC-STC", "doc_type": "Báo cáo", "issued_date": "2024-07-09",
            "province": "Long An", "period_label": "6 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-06-30", "signer": "Trương Minh Hiếu"},
    "546": {"doc_number": "46/BC-BAG", "doc_type": "Báo cáo", "issued_date": "2025-01-14",
            "province": "Bắc Giang", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Nguyễn Thị Thu Hằng"},
    "547": {"doc_number": "86/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-04-03",
            "province": "Quảng Bình", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Hoàng Văn Lợi"},
    "548": {"doc_number": "5126/BC-SXD", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Thanh Hóa", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Lê Văn Tú"},
    "549": {"doc_number": "386/BC-BĐCM", "doc_type": "Báo cáo", "issued_date": "2025-11-05",
            "province": "Cà Mau", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Phạm Thanh Tùng"},
}
