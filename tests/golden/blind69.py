"""Blind golden facts for corpus/blind69/420_nghe_an.txt, 421_nam_dinh.txt, 422_an_giang.txt, 423_ha_tinh.txt and
424_binh_phuoc.txt.

The five documents were written by the developers for a sixty-ninth blind measurement (issuers, wording and layouts
not used in the sets the writer could read; not real documents), and every row below was written by reading them,
before any extraction, restoration or pipeline code was run on them. They also serve as held-out text for diacritic
restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind16.py and blind15.py: rows use `golden.facts.Fact` (context string
that occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`; table
cells are kind `value` with `extra={"source": "table"}`; `as_of="period"` is the period's end; `ANY` leaves a field
unchecked where the sentence names no catalogued indicator (`None` where it clearly names none: counts of decisions,
fields, staff, post offices, awards, bodies and units). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị"
(and a bare "phản ánh") counts the unit `PAKN`; every "đã giải quyết" count and the parts of a received whole have
their code unchecked. A change is dated at the period end; a fall ("giảm", "rút ngắn") is negative. A count of local
units takes the unit of its first unit word (`xã`), at level xã, subject `cấp xã`; counts of "đơn vị" use the unit
`đơn vị` at the level of the bodies counted. A target set in a task for the body assigned is that body's, dated at
the end of the stated quarter or year. Dates, document numbers, cited decisions, plans, resolutions and letters
("Quyết định số 45/2016/QĐ-TTg", "Kế hoạch số 512/KH-UBND", "Công văn số 386/UBND-VP8", "Nghị định số
11/2020/NĐ-CP", "Công văn số 4127/VP-KSTT", "Nghị quyết số 202/2025/QH15", "Kế hoạch số 156/KH-SYT", "Quyết định số
06/QĐ-TTg", "Kế hoạch số 86/KH-UBND"), the name "Đề án 06", "Kho bạc Nhà nước khu vực IV", "từ ngày 01/7/2025",
"Tính đến ngày 31/12/2024", section numbering ("I.", "1."), the STT/TT column, the month labels of a table's first
column ("Tháng 1/2025"), phone numbers ("0238.3842.111", "0228.3849.312", "0296.3852.407", "0239.3855.114",
"0271.3879.215"), the address "số 02 đường Nguyễn Thị Minh Khai", "mức độ 2", "6 tháng", "9 tháng" and "Lũy kế 9
tháng" (periods), the month names in "các tháng 7, 8 và 9", "hai cấp", "trong tháng 6" (a month named in a task, no
deadline), headings naming the next period ("III. NHIỆM VỤ QUÝ IV NĂM 2025", "III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025",
"III. NHIỆM VỤ NĂM 2025": no deadlines) and years are not figures.

New in this set (new issuers; judgement calls stated):
- 420 is a quarterly Báo cáo of the Bưu điện tỉnh Nghệ An (header "TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM / BƯU ĐIỆN TỈNH
  NGHỆ AN") to UBND tỉnh, quý III năm 2025, issued 06/10/2025, after the two-level reform, on the public postal
  service (BCCI). The post's own figures ("Bưu điện tỉnh tiếp nhận ...") have subject "Bưu điện tỉnh" (named by its
  kind, as a Sở's are), level tỉnh; no BCCI figure has a catalogued code (files received by post are not the
  province's files received: code unchecked). "130 đơn vị hành chính cấp xã (119 xã, 11 phường)" and "124/130 xã,
  phường", "118/130 xã, phường", "12 xã" are counts of communes (subject "cấp xã"). "298 điểm Bưu điện - Văn hóa xã"
  counts service points: unit `điểm` as written (a count, no score). Monthly files after "các tháng 7, 8 và 9 lần
  lượt là" are dated at each month's end. Files received "tại Bộ phận Một cửa cấp xã" (subject "cấp xã", level xã)
  and "tại Trung tâm Phục vụ hành chính công tỉnh" (that body, level tỉnh), each with its share. Files by field in
  brackets have subject and level unchecked. Results returned count in the unit `kết quả`. "(quý II năm 2025: 35.108
  kết quả)", "(quý II năm 2025: 1,7 ngày)", "(32.431 hồ sơ)" and "(xếp thứ 7/34)" are previous values dated
  2025-06-30; "giảm 0,3 ngày" a fall. "lũy kế 9 tháng" is dated at the period end; "bằng 68,21% chỉ tiêu Tổng công
  ty giao năm 2025 (150.000 hồ sơ)": the 150.000 is a target in files dated 2025-12-31. The rank "Bưu điện tỉnh Nghệ
  An xếp thứ 4/34 bưu điện tỉnh, thành phố" names the body in full (subject as written) and is no 766 rank (code
  unchecked). Its Markdown table lists ten xã, phường with most files (subject as written, "Phường Trường Vinh", "Xã
  Diễn Châu", level xã; files received, results returned, on-time delivery share; two "100" cells; no total row).
  "Xã Tri Lễ ... (chỉ 07 hồ sơ)" is that commune's count. The target "không quá 1,2 ngày" in the task of the "Trung
  tâm Khai thác - Vận chuyển" is that centre's (level unchecked: a unit of the post), dated 2025-12-31. Five
  deadlines: day, month, quarter, "chậm nhất" day in words, "trước ngày 05 hằng tháng" (issued 06/10/2025, after the
  5th: first 05/11/2025).
- 421 is an annual Báo cáo for năm 2024 issued 14/3/2025 by the Kho bạc Nhà nước khu vực IV (header "BỘ TÀI CHÍNH / KHO
  BẠC NHÀ NƯỚC KHU VỰC IV", formed 01/3/2025) to UBND tỉnh Nam Định, on the 2024 results of the former Kho bạc Nhà nước
  Nam Định (province Nam Định, before the merger). Genuinely ambiguous: the issuer is a regional body while the figures
  are the former provincial treasury's, so its own figures ("Kho bạc tiếp nhận ...") have subject ANY, level tỉnh;
  sentences naming "Kho bạc Nhà nước Nam Định" in full keep that name. Counts of "đơn vị" using the treasury (budget
  units, investors, project boards of every level) are unit `đơn vị` with subject and level unchecked. Treasury accounts
  (unit `tài khoản`) are not identity accounts: code unchecked. "(năm 2023: 98,91%)", "(7.664 tài khoản)", "(387.582
  chứng từ)" and "(xếp thứ 11/63)" are previous values dated 2023-12-31. Spending-control files received carry the
  files-received code, those sent through DVC KBNN the online code, "đúng hạn và trước hạn 168.189 hồ sơ" the on-time
  code; "Chỉ tiêu ... là 99,5%, Kho bạc Nhà nước Nam Định đã đạt chỉ tiêu": the target dated 2024-12-31, 99,68% carries
  it with status "đạt". "0,6 ngày/hồ sơ" is the processing time, "rút ngắn 0,2 ngày" its fall. Vouchers by quarter after
  "các quý I, II, III và IV lần lượt là" are dated at each quarter's end. "bình quân 1.650 chứng từ mỗi ngày làm việc"
  is an average (kind `value`). Money in `tỷ đồng`, rejected payments in `món`, certificates in `chứng thư` (as in
  blind3/blind37). A dash list "- <treasury>: n hồ sơ, đạt x%;" gives each treasury's files received and online share
  (the provincial office level tỉnh, district treasuries level huyện as written, "Các Kho bạc Nhà nước huyện còn lại"
  subject unchecked). "06/06 phản ánh, kiến nghị" is one count (max 6). The rank "6/63" is among the provincial
  treasuries (no 766 rank: code unchecked). The target "trên 99,5%" in the task of "Các Phòng Giao dịch thuộc Kho bạc
  Nhà nước khu vực IV" is theirs, dated 2025-06-30. Five deadlines: day, month, quarter, "chậm nhất" day in words,
  "trước ngày 03 hằng tháng" (issued 14/3/2025: first 03/4/2025).
- 422 is a Báo cáo of the Sở Nông nghiệp và Môi trường tỉnh An Giang (header "UBND TỈNH AN GIANG / SỞ NÔNG NGHIỆP VÀ
  MÔI TRƯỜNG"), 9 tháng năm 2025, issued 06/10/2025, after the merger with Kiên Giang (the text names both former
  Sở). Every figure is the Sở's (subject "Sở Nông nghiệp và Môi trường", level tỉnh) except the ones below. "(kỳ
  trước chuyển sang 4.215 hồ sơ, tiếp nhận mới 92.627 hồ sơ)" are parts (code unchecked); "(86.235 hồ sơ)" after
  "cùng kỳ năm 2024" is dated 2024-09-30. "chiếm 77,00% số hồ sơ tiếp nhận mới; so với chỉ tiêu UBND tỉnh giao năm
  2025 là 80% thì chưa đạt chỉ tiêu": the Sở's target dated 2025-12-31, status "chưa đạt". "(riêng lĩnh vực đất đai
  1.684 hồ sơ)" is one field's overdue count (subject unchecked). Its tab-separated table by field (TT column, units
  in the headers; one "100" cell) has a "Tổng cộng" row with an empty TT cell (= the Sở; its figures are also in the
  prose); field rows have subject ANY, level tỉnh. "Văn phòng Đăng ký đất đai đã cấp 21.436 giấy chứng nhận" names
  the body (subject as written), its parts in `giấy`. "64 mã số vùng trồng" (unit `mã số`) and "146 giấy phép môi
  trường" (unit `giấy phép`) are the Sở's counts, code unchecked. PAKN received by quarter "(quý I: 5, quý II: 8,
  quý III: 10)" are bare parts dated at each quarter's end (code unchecked). The 766 score "84,26 điểm" and rank
  "8/17 sở, ban, ngành" are the Sở's; "(86,05 điểm)" the agencies' average (subject ANY, level tỉnh); two group
  scores `x/max`. "Trong 17 sở, ban, ngành ..., có 05 đơn vị xếp loại Tốt, 10 đơn vị ... và 02 đơn vị ..." are
  counts of agencies (unit `đơn vị`, level tỉnh, subject unchecked, code None). The target "tối thiểu 80%" in the
  task of "Các phòng chuyên môn, đơn vị trực thuộc" is theirs (level unchecked), dated 2025-12-31. Six deadlines:
  day, month, quarter "quý IV/2025", year ("đến hết năm 2025", with the target), "chậm nhất" day in words, "trước
  ngày 18 hằng tháng" (issued 06/10/2025: first 18/10/2025).
- 423 is a half-year Báo cáo of a provincial hospital (header "SỞ Y TẾ HÀ TĨNH / BỆNH VIỆN ĐA KHOA TỈNH") to the Sở
  Y tế, 6 tháng đầu năm 2025, issued 04/7/2025. Its own figures have subject "Bệnh viện Đa khoa tỉnh" (the header's
  own line, no place name in it), level tỉnh; no figure has a catalogued code (online appointments, cashless
  hospital payments, health records: code unchecked; the hospital's cashless payments are not the 766 online-payment
  share). Visits in `lượt`, prescriptions in `đơn`, certificates in `giấy`, departments in `khoa`. "(cùng kỳ năm
  2024: 198.645 lượt)", "(11,57%)" and "(cùng kỳ năm 2024 tương ứng là 95,2% và 92,6%)" are previous values dated
  2024-06-30 (the n-th previous value is the n-th figure's). "tăng 7,82% so với cùng kỳ năm 2024 (11,57%)" is a
  change in points (written `%`). Its Markdown table has one row per month ("Tháng 1/2025" … "Tháng 6/2025", each
  dated at its month's end) and a "Cộng 6 tháng" row (the period; its 214.380, 41.562 and 44,30 are also in the
  prose): outpatient visits, online appointments, cashless payments (all `lượt`) and the cashless share. "đạt 44,30%
  ..., chưa đạt chỉ tiêu Sở Y tế giao năm 2025 là 60%": the hospital's target dated 2025-12-31, status "chưa đạt".
  "38/41 khoa" is one count (max 41); "03 khoa còn lại" in a task counts the hospital's departments (subject
  unchecked). "37 phản ánh", "35 phản ánh" are PAKN counts on hospital services (code unchecked). "4,12/5 điểm" is a
  quality score (max 5), "xếp thứ 2/16 bệnh viện" a rank among the province's hospitals (no 766 figures). The target
  "của Bệnh viện đạt tối thiểu 60% trong quý IV/2025" is the hospital's, dated 2025-12-31. Five deadlines: day,
  month, quarter (with the target), "chậm nhất" day in words, "trước ngày 25 hằng tháng" (issued 04/7/2025: first
  25/7/2025).
- 424 is an annual Báo cáo of the Tỉnh đoàn Bình Phước (header "BCH ĐOÀN TNCS HỒ CHÍ MINH / TỈNH BÌNH PHƯỚC", number
  "412-BC/TĐTN-PT" with a hyphen, the motto line "ĐOÀN TNCS HỒ CHÍ MINH" instead of the national one), năm 2024,
  issued 08/01/2025, before the merger, on Tổ công nghệ số cộng đồng and youth volunteers. Figures stated "Toàn tỉnh
  hiện có ..." are the province's (subject NULL; "bình quân mỗi tổ có 5,8 thành viên" an average, kind `value`); the
  Tỉnh đoàn's own and those of "các đội hình" it set up have subject "Tỉnh đoàn" (its kind), level tỉnh; "Tỉnh đoàn
  Bình Phước được ... xếp thứ 5/63" names it in full (subject as written; no 766 rank). "111/111 xã, phường, thị
  trấn" counts communes (unit `xã`, subject "cấp xã"). Guided people in `lượt` (code unchecked), accounts activated
  "hỗ trợ kích hoạt 138.246 tài khoản định danh điện tử" carry the identity-account code, as golden/blind4.py's 112
  does. "(năm 2023: 121.305 lượt)" is dated 2023-12-31; quarters after "các quý I, II, III và IV lần lượt là" at
  each quarter's end. "chỉ tiêu ... giao cho Tỉnh đoàn năm 2024 là 120.000 tài khoản": the Tỉnh đoàn's target dated
  2024-12-31; "đạt 115,21% chỉ tiêu" a share (code unchecked). A dash list "- <Đoàn>: n lượt, m tài khoản;" of the
  11 district-level Đoàn (subject as written, "Thành Đoàn Đồng Xoài", "Thị Đoàn Bình Long", "Huyện Đoàn Bù Gia Mập",
  level huyện; their figures add up to the totals). "04 đơn vị xếp loại xuất sắc, 05 ... và 02 ..." count
  district-level Đoàn (unit `đơn vị`, level huyện, subject unchecked, code None). "Bằng khen cấp tỉnh" names no
  body: its "05 tập thể và 07 cá nhân" stay the Tỉnh đoàn's (who proposes them). The province's 766 total
  `84,52/100`, rank `21/63` and one group score (subject NULL). Targets in tasks: "tối thiểu 8.000 tài khoản" for
  "Huyện Đoàn Bù Gia Mập" (dated 2025-06-30), "tối thiểu 200.000 lượt" for "Các cơ sở Đoàn trong tỉnh" (dated
  2025-12-31, level unchecked). Six deadlines: day, month, quarter (with the target), "chậm nhất" day in words, year
  ("đến hết năm 2025", with the target), "trước ngày 25 hằng tháng" (issued 08/01/2025: first 25/01/2025).
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
_TIME = "766.tien_do.thoi_gian"
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_CXA = {"subject": "cấp xã", "level": "xã"}


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 420: Bưu điện tỉnh Nghệ An, quý III năm 2025
_BD = {"subject": "Bưu điện tỉnh", "level": "tỉnh"}
_BDNA = {"subject": "Bưu điện tỉnh Nghệ An", "level": "tỉnh"}
_Q2_2025 = "2025-06-30"
_TTPV = {"subject": "Trung tâm Phục vụ hành chính công tỉnh", "level": "tỉnh"}


def _row_420(subject: str, received: str, returned: str, on_time: str, after: str) -> list[Fact]:
    """One Markdown row of a xã/phường: files received, results returned, on-time delivery share."""
    cells = [(received, "hồ sơ", P, ANY, "period"), (returned, "kết quả", P, ANY, "period"),
             (on_time, "%", P, ANY, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


BLIND_420 = [
    # I.1 (45/2016/QĐ-TTg of 19/10/2016 and 512/KH-UBND of 08/7/2025 cited)
    F("với 130 đơn vị", "130", 130, "đơn vị", C, code=None, **_CXA),
    F("(119 xã", "119", 119, "xã", C, code=None, **_CXA),
    F("11 phường)", "11", 11, "phường", C, code=None, **_CXA),
    F("duy trì 142 bưu cục", "142", 142, "bưu cục", C, code=None, **_BD),
    F("và 298 điểm", "298", 298, "điểm", C, code=None, **_BD),
    F("bố trí 186 nhân viên", "186", 186, "nhân viên", C, code=None, **_BD),
    F("của 124/130", "124/130", 124, "xã", C, max_value=130, code=None, **_CXA),
    # I.2 quý II năm 2025 dated 2025-06-30; months dated at their ends
    F("tiếp nhận 38.462", "38.462", 38462, "hồ sơ", C, code=ANY, **_BD),
    F("tăng 18,6%", "18,6%", 18.6, "%", CH, code=ANY, **_BD),
    F("(32.431 hồ sơ)", "32.431", 32431, "hồ sơ", PR, as_of=_Q2_2025, code=ANY, **_BD),
    F("lần lượt là 11.905", "11.905", 11905, "hồ sơ", C, as_of="2025-07-31", code=ANY, **_BD),
    F("hồ sơ, 12.874", "12.874", 12874, "hồ sơ", C, as_of="2025-08-31", code=ANY, **_BD),
    F("và 13.683", "13.683", 13683, "hồ sơ", C, code=ANY, **_BD),
    F("là 29.517", "29.517", 29517, "hồ sơ", C, code=ANY, **_CXA),
    F("chiếm 76,74%", "76,74%", 76.74, "%", code=ANY, **_CXA),
    F("là 8.945", "8.945", 8945, "hồ sơ", C, code=ANY, **_TTPV),
    F("chiếm 23,26%", "23,26%", 23.26, "%", code=ANY, **_TTPV),
    F("là 21.306", "21.306", 21306, "hồ sơ", C, code=ANY, **_BD),
    F("chiếm 55,40%", "55,40%", 55.40, "%", code=ANY, **_BD),
    F("(9.874 hồ sơ)", "9.874", 9874, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("(8.215 hồ sơ)", "8.215", 8215, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("(6.032 hồ sơ)", "6.032", 6032, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    # I.3
    F("trả 41.275", "41.275", 41275, "kết quả", C, code=ANY, **_BD),
    F("2025: 35.108", "35.108", 35108, "kết quả", PR, as_of=_Q2_2025, code=ANY, **_BD),
    F("đó 40.962", "40.962", 40962, "kết quả", C, code=ANY, **_BD),
    F("đạt 99,24%", "99,24%", 99.24, "%", code=ANY, **_BD),
    F("; 313 kết quả", "313", 313, "kết quả", C, code=ANY, **_BD),
    F("là 1,4 ngày", "1,4", 1.4, "ngày", code=ANY, **_BD),
    F("2025: 1,7 ngày", "1,7", 1.7, "ngày", PR, as_of=_Q2_2025, code=ANY, **_BD),
    F("giảm 0,3", "0,3", -0.3, "ngày", CH, code=ANY, **_BD),
    F("là 3,86 tỷ", "3,86", 3.86, "tỷ đồng", code=ANY, **_BD),
    # I.4 Markdown table of ten xã, phường (no total row)
    *_row_420("Phường Trường Vinh", "2.846", "3.012", "99,67", "| 2 | Phường Thành Vinh"),
    *_row_420("Phường Thành Vinh", "2.513", "2.698", "99,41", "| 3 | Phường Vinh Hưng"),
    *_row_420("Phường Vinh Hưng", "1.978", "2.104", "99,86", "| 4 | Phường Cửa Lò"),
    *_row_420("Phường Cửa Lò", "1.462", "1.587", "100", "| 5 | Phường Hoàng Mai"),
    *_row_420("Phường Hoàng Mai", "1.205", "1.318", "98,94", "| 6 | Xã Diễn Châu"),
    *_row_420("Xã Diễn Châu", "1.137", "1.246", "99,12", "| 7 | Phường Thái Hòa"),
    *_row_420("Phường Thái Hòa", "1.064", "1.151", "99,57", "| 8 | Xã Yên Thành"),
    *_row_420("Xã Yên Thành", "986", "1.072", "98,69", "| 9 | Xã Đô Lương"),
    *_row_420("Xã Đô Lương", "942", "1.018", "99,02", "| 10 | Xã Quỳnh Lưu"),
    *_row_420("Xã Quỳnh Lưu", "875", "946", "100", "\nCó 118/130"),
    F("Có 118/130", "118/130", 118, "xã", C, max_value=130, code=None, **_CXA),
    F("; 12 xã", "12", 12, "xã", C, code=None, **_CXA),
    F("(chỉ 07 hồ sơ)", "07", 7, "hồ sơ", C, subject="Xã Tri Lễ", level="xã", code=ANY),
    # I.5 the 2025 target in files (dated at the year's end); rank among the 34 provincial post offices
    F("khảo sát 2.400", "2.400", 2400, "người", C, code=ANY, **_BD),
    F("có 97,8%", "97,8%", 97.8, "%", code=ANY, **_BD),
    F("tiếp nhận 102.318", "102.318", 102318, "hồ sơ", C, code=ANY, **_BD),
    F("bằng 68,21%", "68,21%", 68.21, "%", code=ANY, **_BD),
    F("(150.000 hồ sơ)", "150.000", 150000, "hồ sơ", T, as_of="2025-12-31", code=ANY, **_BD),
    F("đạt 2,14 tỷ", "2,14", 2.14, "tỷ đồng", code=ANY, **_BD),
    F("tăng 0,37 tỷ", "0,37", 0.37, "tỷ đồng", CH, code=ANY, **_BD),
    F("thứ 4/34", "4/34", 4, "hạng", R, max_value=34, code=ANY, **_BDNA),
    F("tăng 3 bậc", "3", 3, "hạng", CH, code=ANY, **_BDNA),
    F("(xếp thứ 7/34)", "7/34", 7, "hạng", PR, max_value=34, as_of=_Q2_2025, code=ANY, **_BDNA),
    # III.3 the centre's target in quý IV năm 2025 (0238.3842.111 is a phone number)
    F("quá 1,2 ngày", "1,2", 1.2, "ngày", T, subject="Trung tâm Khai thác - Vận chuyển", level=ANY,
      as_of="2025-12-31", code=ANY),
]

# ------------------------------------------------------------ 421: KBNN khu vực IV (Nam Định), năm 2024
_KB = {"subject": ANY, "level": "tỉnh"}
_KBND = {"subject": "Kho bạc Nhà nước Nam Định", "level": "tỉnh"}
_Y2023 = "2023-12-31"
_DV = {"subject": ANY, "level": ANY}


def _kb_421(name: str, level: str, files: str, share: str) -> list[Fact]:
    """One dash-list item "- <treasury>: n hồ sơ, đạt x%": files received and the online share. A group of
    treasuries ("Các Kho bạc Nhà nước huyện còn lại") has its subject unchecked."""
    subject = ANY if name.startswith("Các ") else name
    tail = name.split()[-1]
    return [F(f"{tail}: {files}", files, _num(files), "hồ sơ", C, subject=subject, level=level, code=_TN),
            F(f"{files} hồ sơ, đạt {share}", share, _num(share), "%", subject=subject, level=level, code=_NOP)]


BLIND_421 = [
    # I.1 (386/UBND-VP8 of 20/02/2025 and 11/2020/NĐ-CP of 20/01/2020 cited; "Tính đến ngày 31/12/2024")
    F("có 2.648 đơn vị", "2.648", 2648, "đơn vị", C, code=None, **_DV),
    F("đó 2.641 đơn vị", "2.641", 2641, "đơn vị", C, code=ANY, **_DV),
    F("đạt 99,74%", "99,74%", 99.74, "%", code=ANY, **_KB),
    F("2023: 98,91%)", "98,91%", 98.91, "%", PR, as_of=_Y2023, code=ANY, **_KB),
    F("hướng dẫn 186", "186", 186, "đơn vị", C, code=ANY, **_DV),
    # I.2 treasury accounts (no identity accounts)
    F("tiếp nhận 1.274", "1.274", 1274, "hồ sơ", C, code=ANY, **_KB),
    F("đó 1.198", "1.198", 1198, "hồ sơ", C, code=ANY, **_KB),
    F("chiếm 94,03%", "94,03%", 94.03, "%", code=ANY, **_KB),
    F("mới 428", "428", 428, "tài khoản", C, code=ANY, **_KB),
    F("đóng 156", "156", 156, "tài khoản", C, code=ANY, **_KB),
    F("chữ ký 690", "690", 690, "lượt", C, code=ANY, **_KB),
    F("quản lý 7.936", "7.936", 7936, "tài khoản", C, code=ANY, **_KB),
    F("tăng 272", "272", 272, "tài khoản", CH, code=ANY, **_KB),
    F("(7.664 tài khoản)", "7.664", 7664, "tài khoản", PR, as_of=_Y2023, code=ANY, **_KB),
    # I.3 spending control: the 2024 target (dated at the year's end), "đã đạt chỉ tiêu"
    F("là 168.452", "168.452", 168452, "hồ sơ", C, code=_TN, **_KB),
    F("KBNN 167.915", "167.915", 167915, "hồ sơ", C, code=_NOP, **_KB),
    F("chiếm 99,68%", "99,68%", 99.68, "%", code=_NOP, target=99.5, stated_status="đạt", **_KB),
    F("là 99,5%", "99,5%", 99.5, "%", T, as_of="2024-12-31", code=_NOP, **_KB),
    F("giải quyết 168.207", "168.207", 168207, "hồ sơ", C, code=ANY, **_KB),
    F("trước hạn 168.189", "168.189", 168189, "hồ sơ", C, code=_DH, **_KB),
    F("đạt 99,99%", "99,99%", 99.99, "%", code=_DH, **_KB),
    F("quá hạn 18", "18", 18, "hồ sơ", C, code=_QH, **_KB),
    F("còn 245", "245", 245, "hồ sơ", C, code=ANY, **_KB),
    F("quân 0,6", "0,6", 0.6, "ngày", code=_TIME, **_KB),
    F("rút ngắn 0,2", "0,2", -0.2, "ngày", CH, code=_TIME, **_KB),
    F("là 412.386", "412.386", 412386, "chứng từ", C, code=ANY, **_KB),
    F("tăng 6,4%", "6,4%", 6.4, "%", CH, code=ANY, **_KB),
    F("(387.582 chứng từ)", "387.582", 387582, "chứng từ", PR, as_of=_Y2023, code=ANY, **_KB),
    F("tiền 41.826", "41.826", 41826, "tỷ đồng", code=ANY, **_KB),
    F("bình quân 1.650", "1.650", 1650, "chứng từ", code=ANY, **_KB),
    F("lần lượt là 86.214", "86.214", 86214, "chứng từ", C, as_of="2024-03-31", code=ANY, **_KB),
    F(", 98.506", "98.506", 98506, "chứng từ", C, as_of="2024-06-30", code=ANY, **_KB),
    F(", 104.733", "104.733", 104733, "chứng từ", C, as_of="2024-09-30", code=ANY, **_KB),
    F("và 122.933", "122.933", 122933, "chứng từ", C, code=ANY, **_KB),
    F("thanh toán 1.126", "1.126", 1126, "món", C, code=ANY, **_KB),
    F("tiền 18,7", "18,7", 18.7, "tỷ đồng", code=ANY, **_KB),
    F("đạt 14.238", "14.238", 14238, "tỷ đồng", code=ANY, **_KB),
    F("chiếm 92,6%", "92,6%", 92.6, "%", code=ANY, **_KB),
    # dash list by treasury
    *_kb_421("Văn phòng Kho bạc Nhà nước Nam Định", "tỉnh", "72.418", "99,91%"),
    *_kb_421("Kho bạc Nhà nước Hải Hậu", "huyện", "18.206", "99,52%"),
    *_kb_421("Kho bạc Nhà nước Giao Thủy", "huyện", "14.315", "99,60%"),
    *_kb_421("Kho bạc Nhà nước Ý Yên", "huyện", "15.872", "99,47%"),
    *_kb_421("Kho bạc Nhà nước Nghĩa Hưng", "huyện", "13.640", "99,38%"),
    *_kb_421("Các Kho bạc Nhà nước huyện còn lại", "huyện", "34.001", "99,55%"),
    # I.4 rank among the provincial treasuries; năm 2023 dated 2023-12-31
    # unit `chứng thư`, the convention golden/blind3.py and blind37.py set for "chứng thư số" (corrected after the
    # first run: this set's writer had not seen them)
    F("mới 312", "312", 312, "chứng thư", C, code=ANY, **_KB),
    F("; 100% chứng từ", "100%", 100, "%", code=ANY, **_KB),
    F("tiếp nhận 06 phản ánh", "06", 6, "PAKN", C, code=_PAKN_TN, **_KB),
    F("lời 06/06", "06/06", 6, "PAKN", C, max_value=6, code=_PAKN_XL, **_KB),
    F("có 96,5%", "96,5%", 96.5, "%", code=ANY, **_KB),
    F("thứ 6/63", "6/63", 6, "hạng", R, max_value=63, code=ANY, **_KBND),
    F("tăng 5 bậc", "5", 5, "hạng", CH, code=ANY, **_KBND),
    F("(xếp thứ 11/63)", "11/63", 11, "hạng", PR, max_value=63, as_of=_Y2023, code=ANY, **_KBND),
    # III. tasks (0228.3849.312 is a phone number)
    F("dẫn 07 đơn vị", "07", 7, "đơn vị", C, code=ANY, **_DV),
    F("trên 99,5%", "99,5%", 99.5, "%", T, subject="Các Phòng Giao dịch thuộc Kho bạc Nhà nước khu vực IV",
      level=ANY, as_of="2025-06-30", code=_NOP),
]

# ------------------------------------------------------------ 422: Sở NN&MT tỉnh An Giang, 9 tháng năm 2025
_SO = "Sở Nông nghiệp và Môi trường"
_S = {"subject": _SO, "level": "tỉnh"}
_FIELD = {"subject": ANY, "level": "tỉnh"}


def _row_422(subject: object, received: str, online: str, settled: str, on_time: str, after: str) -> list[Fact]:
    """One tab-separated row of a field (or the total): received, submitted online, settled, on-time share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (settled, "hồ sơ", P, ANY, "period"), (on_time, "%", P, _DH, "period")]
    return _cells(subject, "tỉnh", cells, after, "\t", "\n")


BLIND_422 = [
    # I.1 (4127/VP-KSTT of 22/9/2025 and 202/2025/QH15 of 12/6/2025 cited)
    F("thực hiện 312 TTHC", "312", 312, "TTHC", C, code=_TTHC, **_S),
    F("thuộc 15 lĩnh vực", "15", 15, "lĩnh vực", C, code=None, **_S),
    F("trong đó 214 TTHC", "214", 214, "TTHC", C, code=_TOAN, **_S),
    F("và 98 TTHC", "98", 98, "TTHC", C, code=_MOT, **_S),
    F("ban hành 07 quyết định", "07", 7, "quyết định", C, code=None, **_S),
    # I.2 cùng kỳ năm 2024 dated 2024-09-30; the 2025 target dated at the year's end
    F("là 96.842", "96.842", 96842, "hồ sơ", C, code=_TN, **_S),
    F("sang 4.215", "4.215", 4215, "hồ sơ", C, code=ANY, **_S),
    F("mới 92.627", "92.627", 92627, "hồ sơ", C, code=ANY, **_S),
    F("tăng 12,3%", "12,3%", 12.3, "%", CH, code=ANY, **_S),
    F("(86.235 hồ sơ)", "86.235", 86235, "hồ sơ", PR, as_of="2024-09-30", code=_TN, **_S),
    F("là 71.318", "71.318", 71318, "hồ sơ", C, code=_NOP, **_S),
    F("chiếm 77,00%", "77,00%", 77.0, "%", code=_NOP, target=80, stated_status="chưa đạt", **_S),
    F("năm 2025 là 80%", "80%", 80, "%", T, as_of="2025-12-31", code=_NOP, **_S),
    F("giải quyết 91.736", "91.736", 91736, "hồ sơ", C, code=ANY, **_S),
    F("đúng hạn 89.914", "89.914", 89914, "hồ sơ", C, code=_DH, **_S),
    F("đạt 98,01%", "98,01%", 98.01, "%", code=_DH, **_S),
    F("quá hạn 1.822", "1.822", 1822, "hồ sơ", C, code=_QH, **_S),
    F("đai 1.684 hồ sơ", "1.684", 1684, "hồ sơ", C, code=_QH, **_FIELD),
    F("giải quyết 5.106", "5.106", 5106, "hồ sơ", C, code=ANY, **_S),
    F("quân là 6,8", "6,8", 6.8, "ngày", code=_TIME, **_S),
    # tab-separated table by field, "Tổng cộng" row (= the Sở)
    *_row_422(ANY, "71.846", "51.204", "67.912", "97,52", "2\tMôi trường"),
    *_row_422(ANY, "3.218", "3.105", "3.026", "99,83", "3\tTài nguyên nước"),
    *_row_422(ANY, "1.104", "1.072", "1.038", "100", "4\tKhoáng sản"),
    *_row_422(ANY, "312", "296", "287", "99,30", "5\tTrồng trọt"),
    *_row_422(ANY, "6.415", "5.984", "6.302", "99,62", "6\tChăn nuôi"),
    *_row_422(ANY, "7.286", "6.743", "7.198", "99,44", "7\tThủy sản"),
    *_row_422(ANY, "5.127", "2.036", "4.998", "98,88", "8\tLâm nghiệp"),
    *_row_422(ANY, "1.534", "878", "975", "99,18", "\tTổng cộng"),
    *_row_422(_SO, "96.842", "71.318", "91.736", "98,01", "\nLĩnh vực thủy sản"),
    # I.3
    F("Sở đạt 95,36%", "95,36%", 95.36, "%", code=_SH, **_S),
    F("điện tử đạt 97,18%", "97,18%", 97.18, "%", code=_KQ, **_S),
    F("hóa đạt 52,64%", "52,64%", 52.64, "%", code=_TSD, **_S),
    F("là 38.427", "38.427", 38427, "hồ sơ", C, code=_TT, **_S),
    F("chiếm 64,31%", "64,31%", 64.31, "%", code=_TT, **_S),
    F("tiền 27,85", "27,85", 27.85, "tỷ đồng", code=ANY, **_S),
    F("cấp 21.436", "21.436", 21436, "giấy chứng nhận", C, subject="Văn phòng Đăng ký đất đai", level="tỉnh",
      code=ANY),
    F("đầu 3.128", "3.128", 3128, "giấy", C, subject="Văn phòng Đăng ký đất đai", level="tỉnh", code=ANY),
    F("lại 18.308", "18.308", 18308, "giấy", C, subject="Văn phòng Đăng ký đất đai", level="tỉnh", code=ANY),
    F("mới 64 mã", "64", 64, "mã số", C, code=ANY, **_S),
    F("và 146 giấy", "146", 146, "giấy phép", C, code=ANY, **_S),
    # I.4 PAKN by quarter, each dated at its quarter's end
    F("tiếp nhận 23 phản ánh", "23", 23, "PAKN", C, code=_PAKN_TN, **_S),
    F("(quý I: 5", "5", 5, "PAKN", C, as_of="2025-03-31", code=ANY, **_S),
    F("quý II: 8", "8", 8, "PAKN", C, as_of="2025-06-30", code=ANY, **_S),
    F("quý III: 10)", "10", 10, "PAKN", C, code=ANY, **_S),
    F("xử lý 21 PAKN", "21", 21, "PAKN", C, code=_PAKN_XL, **_S),
    F("đạt 91,30%", "91,30%", 91.30, "%", code=_PAKN_TL, **_S),
    F("02 PAKN đang", "02", 2, "PAKN", C, code=ANY, **_S),
    F("đạt 92,7%", "92,7%", 92.7, "%", code=_HL, **_S),
    # I.5 the Sở's score and rank, the agencies' average, counts of agencies by grade
    F("Sở đạt 84,26", "84,26", 84.26, "điểm", code=_TONG, **_S),
    F("thứ 8/17", "8/17", 8, "hạng", R, max_value=17, code=_HANG, **_S),
    F("(86,05 điểm)", "86,05", 86.05, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("đạt 6,12/10", "6,12/10", 6.12, "điểm", max_value=10, code="766.thanh_toan", **_S),
    F("đạt 19,05/22", "19,05/22", 19.05, "điểm", max_value=22, code="766.so_hoa", **_S),
    F("Trong 17 sở", "17", 17, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("có 05 đơn vị", "05", 5, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("Tốt, 10 đơn vị", "10", 10, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("và 02 đơn vị", "02", 2, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    # III.4 the units' target by the end of 2025 (0296.3852.407 is a phone number)
    F("tối thiểu 80%", "80%", 80, "%", T, subject="Các phòng chuyên môn, đơn vị trực thuộc", level=ANY,
      as_of="2025-12-31", code=_NOP),
]

# ------------------------------------------------------------ 423: Bệnh viện Đa khoa tỉnh Hà Tĩnh, 6 tháng 2025
_BV = {"subject": "Bệnh viện Đa khoa tỉnh", "level": "tỉnh"}
_H1_2024 = "2024-06-30"


def _row_423(as_of: str, visits: str, booked: str, cashless: str, share: str, after: str) -> list[Fact]:
    """One Markdown row of a month (or the half-year): visits, online appointments, cashless payments, share."""
    cells = [(visits, "lượt", P, ANY, as_of), (booked, "lượt", P, ANY, as_of), (cashless, "lượt", P, ANY, as_of),
             (share, "%", P, ANY, as_of)]
    return _cells("Bệnh viện Đa khoa tỉnh", "tỉnh", cells, after, " | ", " |\n")


BLIND_423 = [
    # I.1 (156/KH-SYT of 20/01/2025 and 06/QĐ-TTg of 06/01/2022 cited); cùng kỳ năm 2024 dated 2024-06-30
    F("cho 214.380", "214.380", 214380, "lượt", C, code=ANY, **_BV),
    F("2024: 198.645", "198.645", 198645, "lượt", PR, as_of=_H1_2024, code=ANY, **_BV),
    F("cho 28.416", "28.416", 28416, "lượt", C, code=ANY, **_BV),
    F("là 41.562", "41.562", 41562, "lượt", C, code=ANY, **_BV),
    F("chiếm 19,39%", "19,39%", 19.39, "%", code=ANY, **_BV),
    F("tăng 7,82%", "7,82%", 7.82, "%", CH, code=ANY, **_BV),
    F("(11,57%)", "11,57%", 11.57, "%", PR, as_of=_H1_2024, code=ANY, **_BV),
    # Markdown table by month (each dated at its month's end) and the half-year
    *_row_423("2025-01-31", "34.215", "5.218", "14.206", "38,12", "| Tháng 2/2025"),
    *_row_423("2025-02-28", "29.874", "4.906", "13.118", "40,35", "| Tháng 3/2025"),
    *_row_423("2025-03-31", "37.106", "6.874", "17.402", "42,86", "| Tháng 4/2025"),
    *_row_423("2025-04-30", "36.482", "7.415", "18.135", "45,07", "| Tháng 5/2025"),
    *_row_423("2025-05-31", "38.329", "8.362", "19.874", "47,92", "| Tháng 6/2025"),
    *_row_423("period", "38.374", "8.787", "20.531", "49,28", "| Cộng 6 tháng"),
    *_row_423("period", "214.380", "41.562", "103.266", "44,30", "\n2. Thanh toán"),
    # I.2 the hospital's 2025 target (dated at the year's end), "chưa đạt chỉ tiêu"
    F("đạt 44,30%", "44,30%", 44.30, "%", code=ANY, target=60, stated_status="chưa đạt", **_BV),
    F("năm 2025 là 60%", "60%", 60, "%", T, as_of="2025-12-31", code=ANY, **_BV),
    F("là 86,42", "86,42", 86.42, "tỷ đồng", code=ANY, **_BV),
    F("chiếm 58,16%", "58,16%", 58.16, "%", code=ANY, **_BV),
    # I.3
    F("lập 186.420", "186.420", 186420, "hồ sơ", C, code=ANY, **_BV),
    F("đó 142.385", "142.385", 142385, "hồ sơ", C, code=ANY, **_BV),
    F("chiếm 76,38%", "76,38%", 76.38, "%", code=ANY, **_BV),
    F("là 198.617", "198.617", 198617, "lượt", C, code=ANY, **_BV),
    F("chiếm 92,65%", "92,65%", 92.65, "%", code=ANY, **_BV),
    F("thông 101.284", "101.284", 101284, "đơn", C, code=ANY, **_BV),
    F("đạt 100%", "100%", 100, "%", code=ANY, **_BV),
    F("cấp 4.126", "4.126", 4126, "giấy", C, code=ANY, **_BV),
    F(", 1.372 giấy", "1.372", 1372, "giấy", C, code=ANY, **_BV),
    F("và 286 giấy", "286", 286, "giấy", C, code=ANY, **_BV),
    F("tại 38/41", "38/41", 38, "khoa", C, max_value=41, code=None, **_BV),
    # I.4 (0239.3855.114 is a phone number); cùng kỳ năm 2024 "tương ứng là" dated 2024-06-30
    F("nhận 37 phản ánh", "37", 37, "PAKN", C, code=ANY, **_BV),
    F("giải quyết 35", "35", 35, "PAKN", C, code=ANY, **_BV),
    F("đạt 94,59%", "94,59%", 94.59, "%", code=ANY, **_BV),
    F("hài lòng đạt 96,8%", "96,8%", 96.8, "%", code=ANY, **_BV),
    F("ngoại trú đạt 94,1%", "94,1%", 94.1, "%", code=ANY, **_BV),
    F("là 95,2%", "95,2%", 95.2, "%", PR, as_of=_H1_2024, code=ANY, **_BV),
    F("và 92,6%", "92,6%", 92.6, "%", PR, as_of=_H1_2024, code=ANY, **_BV),
    F("đạt 4,12/5", "4,12/5", 4.12, "điểm", max_value=5, code=ANY, **_BV),
    F("thứ 2/16", "2/16", 2, "hạng", R, max_value=16, code=ANY, **_BV),
    # III. tasks: the remaining departments; the hospital's target in quý IV/2025
    F("tại 03 khoa", "03", 3, "khoa", C, subject=ANY, level="tỉnh", code=None),
    F("tối thiểu 60%", "60%", 60, "%", T, as_of="2025-12-31", code=ANY, **_BV),
]

# ------------------------------------------------------------ 424: Tỉnh đoàn Bình Phước, năm 2024
_TD = {"subject": "Tỉnh đoàn", "level": "tỉnh"}
_Y2023_424 = "2023-12-31"


def _doan_424(name: str, guided: str, accounts: str) -> list[Fact]:
    """One dash-list item "- <Đoàn>: n lượt, m tài khoản;": people guided and identity accounts activated."""
    place = name.split(" ", 2)[2]
    return [F(f"{place}: {guided}", guided, _num(guided), "lượt", C, subject=name, level="huyện", code=ANY),
            F(f"lượt, {accounts}", accounts, _num(accounts), "tài khoản", C, subject=name, level="huyện",
              code=_TK)]


BLIND_424 = [
    # I.1 (86/KH-UBND of 22/3/2024 cited; "Đề án 06" is a name)
    F("có 1.012", "1.012", 1012, "tổ", C, code=ANY),
    F("với 5.874", "5.874", 5874, "thành viên", C, code=ANY),
    F("đó 2.946", "2.946", 2946, "thành viên", C, code=ANY),
    F("chiếm 50,15%", "50,15%", 50.15, "%", code=ANY),
    F("có 5,8 thành viên", "5,8", 5.8, "thành viên", code=ANY),
    F("mắt 386", "386", 386, "đội hình", C, code=ANY, **_TD),
    F("hút 4.215", "4.215", 4215, "đoàn viên", C, code=ANY, **_TD),
    F("111/111", "111/111", 111, "xã", C, max_value=111, code=None, **_CXA),
    # I.2 năm 2023 dated 2023-12-31; quarters dated at their ends; the Tỉnh đoàn's 2024 target
    F("dẫn 196.482", "196.482", 196482, "lượt", C, code=ANY, **_TD),
    F("2023: 121.305", "121.305", 121305, "lượt", PR, as_of=_Y2023_424, code=ANY, **_TD),
    F("tăng 61,97%", "61,97%", 61.97, "%", CH, code=ANY, **_TD),
    F("lần lượt là 38.214", "38.214", 38214, "lượt", C, as_of="2024-03-31", code=ANY, **_TD),
    F(", 45.607", "45.607", 45607, "lượt", C, as_of="2024-06-30", code=ANY, **_TD),
    F(", 61.352", "61.352", 61352, "lượt", C, as_of="2024-09-30", code=ANY, **_TD),
    F("và 51.309", "51.309", 51309, "lượt", C, code=ANY, **_TD),
    F("nộp 42.618", "42.618", 42618, "hồ sơ", C, code=ANY, **_TD),
    F("đó 18.207", "18.207", 18207, "hồ sơ", C, code=ANY, **_TD),
    F("hoạt 138.246", "138.246", 138246, "tài khoản", C, code=_TK, **_TD),
    F("dẫn 51.730", "51.730", 51730, "người", C, code=ANY, **_TD),
    F("là 120.000", "120.000", 120000, "tài khoản", T, as_of="2024-12-31", code=_TK, **_TD),
    F("đạt 115,21%", "115,21%", 115.21, "%", code=ANY, **_TD),
    F("mở 412 lớp", "412", 412, "lớp", C, code=ANY, **_TD),
    F("cho 12.386", "12.386", 12386, "người", C, code=ANY, **_TD),
    F("chức 1.426", "1.426", 1426, "buổi", C, code=ANY, **_TD),
    F("; 98,2%", "98,2%", 98.2, "%", code=ANY, **_TD),
    # I.3 dash list of the 11 district-level Đoàn
    *_doan_424("Thành Đoàn Đồng Xoài", "31.408", "21.536"),
    *_doan_424("Thị Đoàn Bình Long", "18.215", "12.904"),
    *_doan_424("Thị Đoàn Phước Long", "15.326", "10.812"),
    *_doan_424("Thị Đoàn Chơn Thành", "22.617", "15.382"),
    *_doan_424("Huyện Đoàn Đồng Phú", "19.874", "13.705"),
    *_doan_424("Huyện Đoàn Lộc Ninh", "17.230", "12.148"),
    *_doan_424("Huyện Đoàn Hớn Quản", "14.608", "10.326"),
    *_doan_424("Huyện Đoàn Bù Đăng", "16.042", "11.276"),
    *_doan_424("Huyện Đoàn Bù Gia Mập", "6.185", "4.318"),
    *_doan_424("Huyện Đoàn Bù Đốp", "8.417", "6.012"),
    *_doan_424("Huyện Đoàn Phú Riềng", "26.560", "19.827"),
    # counts of district-level Đoàn by grade; awards ("Bằng khen cấp tỉnh" names no body)
    F("có 04 đơn vị", "04", 4, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("sắc, 05 đơn vị", "05", 5, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("và 02 đơn vị", "02", 2, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("cho 36 tập thể", "36", 36, "tập thể", C, code=None, **_TD),
    F(", 85 cá nhân", "85", 85, "cá nhân", C, code=None, **_TD),
    F("cho 05 tập thể", "05", 5, "tập thể", C, code=None, **_TD),
    F("và 07 cá nhân", "07", 7, "cá nhân", C, code=None, **_TD),
    # I.4 the Tỉnh đoàn's rank among the 63; the province's 766 results
    F("thứ 5/63", "5/63", 5, "hạng", R, max_value=63, subject="Tỉnh đoàn Bình Phước", level="tỉnh", code=ANY),
    F("đạt 84,52/100", "84,52/100", 84.52, "điểm", max_value=100, code=_TONG),
    F("thứ 21/63", "21/63", 21, "hạng", R, max_value=63, code=_HANG),
    F("đạt 10,46/12", "10,46/12", 10.46, "điểm", max_value=12, code="766.dvctt"),
    # III. targets in tasks (0271.3879.215 is a phone number)
    F("tối thiểu 8.000", "8.000", 8000, "tài khoản", T, subject="Huyện Đoàn Bù Gia Mập", level="huyện",
      as_of="2025-06-30", code=_TK),
    F("tối thiểu 200.000", "200.000", 200000, "lượt", T, subject="Các cơ sở Đoàn trong tỉnh", level=ANY,
      as_of="2025-12-31", code=ANY),
]

BLIND = {"420": BLIND_420, "421": BLIND_421, "422": BLIND_422, "423": BLIND_423, "424": BLIND_424}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "420": [
        ("2025-10-31", "day", "31/10/2025", "tuyên truyền dịch vụ BCCI", "Phòng Kinh doanh Bưu chính"),
        ("2025-11-30", "month", "tháng 11/2025", "bổ sung nhân viên tại Bộ phận Một cửa",
         "Các bưu cục trung tâm xã"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "thời gian phát kết quả bình quân",
         "Trung tâm Khai thác - Vận chuyển"),
        ("2025-12-15", "day", "ngày 15 tháng 12 năm 2025", "kết nối phần mềm quản lý bưu gửi",
         "Phòng Kỹ thuật - Tin học"),
        # issued 06/10/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/11/2025
        ("2025-11-05", "recurring", "05 hằng tháng", "báo cáo số liệu dịch vụ BCCI", "Các đơn vị trực thuộc"),
    ],
    "421": [
        ("2025-03-31", "day", "31/3/2025", "chưa đăng ký tham gia DVC KBNN", "Phòng Kiểm soát chi"),
        ("2025-04-30", "month", "tháng 4/2025", "chuyển đổi chứng thư số", "Phòng Tin học và Thống kê"),
        ("2025-06-30", "quarter", "quý II năm 2025", "tỷ lệ hồ sơ qua DVC KBNN",
         "Các Phòng Giao dịch thuộc Kho bạc Nhà nước khu vực IV"),
        ("2025-07-05", "day", "ngày 05 tháng 7 năm 2025", "kết quả 6 tháng đầu năm 2025", "Văn phòng"),
        # issued 14/3/2025: the first "ngày 03 hằng tháng" is 03/4/2025
        ("2025-04-03", "recurring", "03 hằng tháng", "gửi số liệu", "Các Phòng Giao dịch"),
    ],
    "422": [
        ("2025-10-25", "day", "25/10/2025", "giải quyết dứt điểm hồ sơ đất đai quá hạn",
         "Văn phòng Đăng ký đất đai"),
        ("2025-11-30", "month", "tháng 11/2025", "thanh toán trực tuyến phí kiểm dịch",
         "Chi cục Chăn nuôi, Thú y và Thủy sản"),
        ("2025-12-31", "quarter", "quý IV/2025", "cập nhật cơ sở dữ liệu đất đai", "Phòng Quản lý đất đai"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ hồ sơ nộp trực tuyến", "Các phòng chuyên môn, đơn vị trực thuộc"),
        ("2025-11-20", "day", "ngày 20 tháng 11 năm 2025", "đề xuất đơn giản hóa các TTHC", "Văn phòng Sở"),
        # issued 06/10/2025: the first "ngày 18 hằng tháng" is 18/10/2025
        ("2025-10-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các đơn vị trực thuộc"),
    ],
    "423": [
        ("2025-09-30", "day", "30/9/2025", "bệnh án điện tử", "Phòng Công nghệ thông tin"),
        ("2025-08-31", "month", "tháng 8/2025", "đặt lịch khám trực tuyến", "Phòng Kế hoạch tổng hợp"),
        ("2025-12-31", "quarter", "quý IV/2025", "thanh toán không dùng tiền mặt", "Phòng Tài chính kế toán"),
        ("2025-07-15", "day", "ngày 15 tháng 7 năm 2025", "hồ sơ sức khỏe điện tử", "Khoa Khám bệnh"),
        # issued 04/7/2025: the first "ngày 25 hằng tháng" is 25/7/2025
        ("2025-07-25", "recurring", "25 hằng tháng", "kết quả thực hiện Đề án 06", "Các khoa, phòng"),
    ],
    "424": [
        ("2025-02-20", "day", "20/02/2025", "kế hoạch hoạt động", "Ban Phong trào Tỉnh đoàn"),
        ("2025-03-31", "month", "tháng 3/2025", "Tháng Thanh niên", "Các huyện, thị, thành Đoàn"),
        ("2025-06-30", "quarter", "quý II năm 2025", "kích hoạt tối thiểu 8.000 tài khoản",
         "Huyện Đoàn Bù Gia Mập"),
        ("2025-06-10", "day", "ngày 10 tháng 6 năm 2025", "báo cáo sơ kết 6 tháng", "Văn phòng Tỉnh đoàn"),
        ("2025-12-31", "year", "năm 2025", "hướng dẫn tối thiểu 200.000 lượt", "Các cơ sở Đoàn trong tỉnh"),
        # issued 08/01/2025: the first "ngày 25 hằng tháng" is 25/01/2025
        ("2025-01-25", "recurring", "25 hằng tháng", "báo cáo kết quả hoạt động", "Các huyện, thị, thành Đoàn"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 420's issuer is the
# Bưu điện tỉnh Nghệ An; 421's the Kho bạc Nhà nước khu vực IV writing to UBND tỉnh Nam Định about năm 2024; 422's
# the Sở under "UBND TỈNH AN GIANG"; 423's the hospital under "SỞ Y TẾ HÀ TĨNH"; 424's the Tỉnh đoàn Bình Phước.
META = {
    "420": {"doc_number": "1846/BC-BĐNA", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Nghệ An", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Nguyễn Hữu Phương"},
    "421": {"doc_number": "215/BC-KBKV4", "doc_type": "Báo cáo", "issued_date": "2025-03-14",
            "province": "Nam Định", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Trần Văn Hưng"},
    "422": {"doc_number": "2318/BC-SNNMT", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "An Giang", "period_label": "9 tháng năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-09-30", "signer": "Nguyễn Thanh Tâm"},
    "423": {"doc_number": "1286/BC-BVĐK", "doc_type": "Báo cáo", "issued_date": "2025-07-04",
            "province": "Hà Tĩnh", "period_label": "6 tháng đầu năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-06-30", "signer": "Lê Ngọc Châu"},
    "424": {"doc_number": "412-BC/TĐTN-PT", "doc_type": "Báo cáo", "issued_date": "2025-01-08",
            "province": "Bình Phước", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Nguyễn Thị Mỹ Hạnh"},
}
