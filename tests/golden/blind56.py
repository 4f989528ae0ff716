"""Blind golden facts for corpus/blind56/355_thanh_hoa.txt, 356_kon_tum.txt, 357_vinh_long.txt, 358_binh_duong.txt
and 359_ninh_binh.txt.

The five documents were written by the developers for a fifty-sixth blind measurement (issuers, wording and
layouts not used in the sets the writer was allowed to read; not real documents), and every row below was
written by reading them, before any extraction, restoration or pipeline code was run on them. They also serve
as held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind13.py … blind16.py: rows use `golden.facts.Fact` (context string
that occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`
(an amount of money, "3.178,6 tỷ đồng", is a value); table cells are kind `value` with `extra={"source":
"table"}`; `as_of="period"` is the period's end; `ANY` leaves a field unchecked where the sentence names no
catalogued indicator (`None` where it clearly names none). "thủ tục" counts use the unit `TTHC`, "phản ánh,
kiến nghị" counts the unit `PAKN`; other counts take the noun written after them ("giấy phép", "lượt",
"trường hợp", "giao dịch", "chứng từ", "cuộc", "nội dung", "phiếu"); counts of local units take their first
unit word ("124/124 xã, phường" → `xã`), counts of "đơn vị" the unit `đơn vị`. A count of the files (or PAKN)
an indicator is computed on carries that indicator's code; every "đã giải quyết" count and the parts of a
settled whole ("trước hạn", "đúng hạn" apart) have their code unchecked; a relative change of a count
("tăng 9,18% so với tháng 9/2025") has its code unchecked. A change is dated at the period end; a fall
("giảm", "rút ngắn") is negative. Dates, document numbers, cited laws, decrees, decisions, circulars and plans
("Nghị định số 96/2023/NĐ-CP", "Quyết định số 766/QĐ-TTg", "Kế hoạch số 36/KH-UBND", "Luật Hộ tịch năm 2014",
"Nghị định số 45/2020/NĐ-CP", "Kế hoạch số 184/KH-UBND", "Quyết định số 1385/QĐ-BTC", "Thông tư số
18/2023/TT-BTC", "Quyết định số 217-QĐ/TW"), section numbering ("I.", "1.", "a)", "1.1.", "6.5."), the STT
column, month labels of a table's first column ("Tháng 10/2025", "Quý IV/2025"), phone numbers
("0237.3852.318", "0260.3820.247", "0270.3822.064", "0274.3822.415", "0229.3871.462"), addresses ("số 101
đường Nguyễn Trãi", "số 02 đường Hùng Vương", "số 326 Đại lộ Bình Dương"), names with numbers ("Kho bạc Nhà
nước khu vực XVI", "Phòng Giao dịch số 3"), "6 tháng" (a period), headings naming the next period ("III.
NHIỆM VỤ THÁNG 11 NĂM 2025", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", "III. NHIỆM VỤ QUÝ I NĂM 2026", "6.
Nhiệm vụ 6 tháng cuối năm 2025", "V. NHIỆM VỤ NĂM 2026": no deadlines) and years are not figures.

New in this set:
- 355 is a monthly Báo cáo of Sở Y tế tỉnh Thanh Hóa (header "UBND TỈNH THANH HÓA / SỞ Y TẾ"), tháng 10 năm
  2025, issued 05/11/2025, on medical-practice licences, its health-insurance procedures and its hospitals.
  The Sở's own figures have subject "Sở Y tế", level tỉnh ("Văn phòng UBND tỉnh" is only the addressee).
  "lĩnh vực khám bệnh, chữa bệnh có 57 TTHC, chiếm 33,93%" and "lĩnh vực bảo hiểm y tế có 06 TTHC" are
  procedures of one field (code unchecked); "01 quyết định" is a count with code None. The licence list
  (dash items "- <label>: <figure>") counts files of one kind (code unchecked), a previous value "(tháng
  9/2025: 587 hồ sơ)" dated 2025-09-30, licences issued (unit `giấy phép`, with bare parts "phòng khám đa
  khoa 04, …"), and the licence processing time "8,6 ngày/hồ sơ" with its fall "rút ngắn 1,4 ngày" (code
  unchecked: the time of one kind of file, not the 766 indicator). "38/38 hồ sơ" is one count (max 38). The
  Markdown table of five provincial hospitals (subject as written, "Bệnh viện Đa khoa tỉnh Thanh Hóa", level
  tỉnh: hospitals run by a provincial Sở) gives insured visits (unit `lượt`), the share using chip ID cards or
  VNeID and the cashless share (one "100" cell; codes unchecked: no catalogued indicator); its "Tổng cộng" row
  (empty STT) and the prose total "115.909 lượt" have subject ANY (the Sở's hospitals together), level tỉnh.
  "03/05 đơn vị" counts hospitals with electronic records (code None). "so với chỉ tiêu năm 2025 UBND tỉnh
  giao cho Sở là 80% thì đã đạt chỉ tiêu": the Sở's target dated 2025-12-31, the 88,62% carries it with
  status "đạt". "(tháng 9/2025: 05 PAKN)" and "(89,97 điểm, xếp thứ 6/19)" are previous values dated
  2025-09-30 (the previous score on the /100 scale of the current one). Four deadlines: day, "chậm nhất" day,
  month for a named hospital, "trước ngày 10 hằng tháng" (issued 05/11/2025: first 10/11/2025).
- 356 is an annual Báo cáo of UBND huyện Đăk Hà (tỉnh Kon Tum, named in "Kính gửi"), năm 2024, issued
  10/01/2025, before districts were abolished. Figures under "a) Cấp huyện" have subject "cấp huyện" (level
  huyện), those under "b) Cấp xã" subject "cấp xã" (level xã); "267 TTHC cấp huyện và 109 TTHC cấp xã"
  likewise. The district's own figures ("Toàn huyện" electronic certifications, its PAKN, score and rank)
  have subject "UBND huyện Đăk Hà", level huyện. "giảm 412 hồ sơ so với năm 2023 (10.258 hồ sơ)": a fall and
  a previous value dated 2023-12-31. Best and worst communes carry their online share in brackets (also
  derivable from the table). Its tab-separated table has a TWO-ROW header ("Hồ sơ (hồ sơ)" over "Tiếp nhận",
  "Trực tuyến"; "Tỷ lệ (%)" over "Đúng hạn", "Số hóa", the spanning cells followed by empty cells) and lists
  the 11 xã, thị trấn in official order (subject as written, "Thị trấn Đăk Hà", "Xã Đăk Hring", level xã;
  files received, files submitted online (count, code of the online share), on-time share, digitisation
  share; two "100" cells) with a "Cộng cấp xã" row with an empty STT cell (= cấp xã; its figures are also in
  the prose). "lần lượt là 58,36% và 41,27%; so với chỉ tiêu tỉnh giao năm 2024 (cấp huyện 55%, cấp xã 45%)
  thì cấp huyện đã đạt, cấp xã chưa đạt": each target is its level's (period end). "21/21 PAKN" is one count
  (max 21). "xếp thứ 3/10 huyện, thành phố, tăng 3 bậc so với năm 2023 (xếp thứ 6/10)": rank among the
  province's 10 district-level units, previous dated 2023-12-31. "Điểm bình quân của UBND các xã, thị trấn"
  is the level average (subject ANY, level xã); "trong 11 xã, thị trấn" (unit `xã`) and "04 đơn vị xếp loại
  Tốt, 05 … Khá và 02 … Trung bình" are counts (code None). The target "đạt tối thiểu 50%" in the task of
  "UBND các xã, thị trấn" is theirs, dated 2025-12-31. Five deadlines: "chậm nhất" day in words, day,
  quarter, year (with the target), "trước ngày 15 hằng tháng" (issued 10/01/2025: first 15/01/2025).
- 357 is a quarterly Báo cáo of Sở Tư pháp tỉnh Vĩnh Long after the 1 July 2025 merger with Bến Tre and Trà
  Vinh (header "UBND TỈNH VĨNH LONG / SỞ TƯ PHÁP"), quý IV năm 2025, issued 06/01/2026. The Sở's own files,
  payment, digitisation, PAKN, score and rank have subject "Sở Tư pháp", level tỉnh; the civil-status and
  certification figures stated for "Toàn tỉnh" (registered by the communes) have subject NULL. Civil-status
  counts use the unit `trường hợp` (code unchecked: no catalogued indicator); "(quý III năm 2025: 71,64%)" and
  "(quý III năm 2025: 15.207 trường hợp)" are previous values dated 2025-09-30; "tăng 22,54%" is a relative
  change (code unchecked). "lũy kế … 1.652.380 trường hợp … đạt 94,37% kế hoạch" is dated at the period end.
  "124/124 xã, phường", "118/124 xã, phường" and "06 xã" are counts (unit `xã`, subject ANY, level xã). Its
  Markdown table (alignment row "|:---|---:|") has one row per month ("Tháng 10/2025" dated 2025-10-31,
  "Tháng 11/2025" dated 2025-11-30, "Tháng 12/2025" at the period end) and a "Quý IV/2025" row (the period;
  its 9.532 is also in the prose) of judicial-record files: received, via VNeID, share via VNeID, on-time
  share (the Sở's, codes unchecked). "tăng 5,54% so với tháng 10/2025" is a change of the VNeID share dated
  at the period end. "(chỉ tiêu năm 2025 là 80%, đạt chỉ tiêu)": the Sở's target at the period end, the 84,17%
  carries it with status "đạt". "(quý III năm 2025: 90,72 điểm, xếp thứ 4/18)" are previous values dated
  2025-09-30 (no max: the current score has none). Four deadlines: day, month, quarter, "trước ngày 25 hằng
  tháng" (issued 06/01/2026: first 25/01/2026).
- 358 is a half-year Báo cáo of the Kho bạc Nhà nước khu vực XVI (header "KHO BẠC NHÀ NƯỚC / KHO BẠC NHÀ NƯỚC
  KHU VỰC XVI", dated at Bình Dương), 6 tháng đầu năm 2025, issued 30/6/2025 before the merger, covering three
  provinces (Bình Dương, Bình Phước, Tây Ninh, all addressees). The Treasury's own totals have subject ANY and
  level ANY: a regional body spanning three provinces is neither one province (NULL) nor clearly of level
  tỉnh, and it is named both "Kho bạc Nhà nước khu vực XVI" and "KBNN khu vực XVI". Figures per province have
  subject as written ("Tỉnh Bình Phước" in the dash lists, "tỉnh Bình Phước" after "tương ứng là", "Bình
  Phước" in a bracket), level tỉnh, except that Bình Dương's subject is ANY (the document's own province:
  NULL or as written are both defensible); counts of "đơn vị" (budget-using units and transaction offices, of
  every level) have level ANY. "186.432 hồ sơ … qua dịch vụ công trực tuyến, chiếm 99,96%" carries the online
  code; the per-province file counts (code unchecked) sit beside their online shares. "0,8 ngày/hồ sơ, rút
  ngắn 0,3 ngày so với 6 tháng đầu năm 2024" is the processing time and its fall. "4.812/4.826 đơn vị" and the
  three "x/y" per province after "tương ứng là" are single counts with their maxima. "(chứng từ thu 416.283,
  chứng từ chi 868.332)" and "(Bình Phước 1.382 chứng từ, Tây Ninh 764 chứng từ)" are bare parts; "giảm
  3.518 chứng từ so với cùng kỳ" is a fall. Money amounts use the unit `tỷ đồng` ("1.862,4" → 1862.4). The
  three payment shares carry the target "tối thiểu 50%" of "chỉ tiêu năm 2025" (subject ANY, level tỉnh,
  dated 2025-12-31) with statuses "đạt", "chưa đạt", "đạt"; "Bình quân chung của ba tỉnh đạt 54,27%, tăng
  11,46% so với cùng kỳ năm 2024 (42,81%)" is a block average (subject ANY, level tỉnh) with its change and a
  previous value dated 2024-06-30. Five deadlines: day, "chậm nhất" day in words, quarter for a named
  transaction office, year ("đến hết năm 2025"), "trước ngày 05 hằng tháng" (issued 30/6/2025: first
  05/7/2025).
- 359 is an annual Báo cáo of the Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Ninh Bình (after the merger with
  Hà Nam and Nam Định; header "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM / TỈNH NINH BÌNH / BAN THƯỜNG TRỰC"), năm
  2025, issued 18/12/2025, on its supervision of TTHC reform and a satisfaction survey. The Front's own
  counts (supervisions "cuộc", recommendations "nội dung") have subject ANY, level tỉnh, code None (those
  of the commune-level Front level xã); its survey figures ("phiếu") and the PAKN it received "Mặt trận các
  cấp" have subject ANY and level ANY (all levels of the Front). The people's satisfaction in the province
  (overall, by grade, by criterion in a dash list, by channel) has subject NULL with code unchecked (a survey
  by the Front, not the 766 measure); "tăng 3,12% so với năm 2024 (86,52%)": a change and a previous value
  dated 2024-12-31. "tại cấp tỉnh (Trung tâm Phục vụ hành chính công tỉnh)" has subject ANY (the level or the
  centre), level tỉnh; "tại cấp xã" subject "cấp xã". Counts of communes "129/129 xã, phường" and "129 xã,
  phường" (unit `xã`) and of communes by grade ("47 đơn vị … 69 đơn vị … 13 đơn vị", code None) are at level
  xã. The province's 766 total `87,26/100` and rank `11/34` (34 provinces after the merger), "tăng 4 bậc so
  với tháng 6/2025 (84,93 điểm, xếp thứ 15/34)" dated 2025-06-30, six group scores `x/max` after "tương ứng
  là" separated by ";" (sum 87,26), "(năm 2024: 68,05%)" dated 2024-12-31, and "chỉ tiêu năm 2025 tỉnh đề ra
  là 80%, chưa đạt chỉ tiêu" (period end; the 74,28% carries it with status "chưa đạt"). Five deadlines: day
  in words, "chậm nhất" day, month, quarter, "trước ngày 20 hằng tháng" (issued 18/12/2025: first
  20/12/2025).
"""

from __future__ import annotations

from golden.facts import (
    _CT,
    _DH,
    _HL,
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
_TIME = "766.tien_do.thoi_gian"
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 355: Sở Y tế tỉnh Thanh Hóa, tháng 10 năm 2025
_SYT = "Sở Y tế"
_SEP_355 = "2025-09-30"


def _syt(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SYT, level="tỉnh", **kw)


def _row_355(subject: object, visits: str, chip: str, cashless: str, after: str) -> list[Fact]:
    """One Markdown row of a hospital (or the total): insured visits, chip-ID/VNeID share, cashless share."""
    cells = [(visits, "lượt", P, ANY, "period"), (chip, "%", P, ANY, "period"), (cashless, "%", P, ANY, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_355 = [
    # I.1 (96/2023/NĐ-CP of 30/12/2023 and 766/QĐ-TTg of 23/6/2022 cited)
    _syt("thực hiện 168 TTHC", "168", 168, "TTHC", C, code=_TTHC),
    _syt("trong đó 124 TTHC", "124", 124, "TTHC", C, code=_TOAN),
    _syt("và 44 TTHC", "44", 44, "TTHC", C, code=_MOT),
    _syt("bệnh có 57 TTHC", "57", 57, "TTHC", C, code=ANY),
    _syt("chiếm 33,93%", "33,93%", 33.93, "%", code=ANY),
    _syt("y tế có 06 TTHC", "06", 6, "TTHC", C, code=ANY),
    _syt("ban hành 01 quyết định", "01", 1, "quyết định", C, code=None),
    # I.2
    _syt("tiếp nhận 1.286", "1.286", 1286, "hồ sơ", C, code=_TN),
    _syt("tăng 9,18%", "9,18%", 9.18, "%", CH, code=ANY),
    _syt("trực tuyến 1.197", "1.197", 1197, "hồ sơ", C, code=_NOP),
    _syt("chiếm 93,08%", "93,08%", 93.08, "%", code=_NOP),
    _syt("giải quyết 1.203", "1.203", 1203, "hồ sơ", C, code=ANY),
    _syt("trước hạn 862", "862", 862, "hồ sơ", C, code=ANY),
    _syt("đúng hạn 338", "338", 338, "hồ sơ", C, code=ANY),
    _syt("quá hạn 03 hồ sơ", "03", 3, "hồ sơ", C, code=_QH),
    _syt("đạt 99,75%", "99,75%", 99.75, "%", code=_DH),
    _syt("là 83 hồ sơ", "83", 83, "hồ sơ", C, code=ANY),
    # I.3 licences (tháng 9/2025 dated 2025-09-30)
    _syt("tháng: 642 hồ sơ", "642", 642, "hồ sơ", C, code=ANY),
    _syt("(tháng 9/2025: 587", "587", 587, "hồ sơ", PR, as_of=_SEP_355, code=ANY),
    _syt("trực tuyến: 618", "618", 618, "hồ sơ", C, code=ANY),
    _syt("chiếm 96,26%", "96,26%", 96.26, "%", code=ANY),
    _syt("đã cấp: 596", "596", 596, "giấy phép", C, code=ANY),
    _syt("kỹ thuật y 412", "412", 412, "giấy phép", C, code=ANY),
    _syt("điều chỉnh 184", "184", 184, "giấy phép", C, code=ANY),
    _syt("đã cấp: 23", "23", 23, "giấy phép", C, code=ANY),
    _syt("đa khoa 04,", "04", 4, "giấy phép", C, code=ANY),
    _syt("chuyên khoa 15", "15", 15, "giấy phép", C, code=ANY),
    _syt("y tế 04)", "04", 4, "giấy phép", C, code=ANY),
    _syt("bình quân: 8,6", "8,6", 8.6, "ngày", code=ANY),
    _syt("rút ngắn 1,4 ngày", "1,4", -1.4, "ngày", CH, code=ANY),
    # I.4 health-insurance procedures and the hospitals
    _syt("tiếp nhận 38 hồ sơ", "38", 38, "hồ sơ", C, code=ANY),
    _syt("đúng hạn 38/38", "38/38", 38, "hồ sơ", C, max_value=38, code=ANY),
    _syt("38/38 hồ sơ, đạt 100%", "100%", 100, "%", code=ANY),
    F("tháng là 115.909 lượt", "115.909", 115909, "lượt", C, subject=ANY, level="tỉnh", code=ANY),
    *_row_355("Bệnh viện Đa khoa tỉnh Thanh Hóa", "48.126", "98,72", "64,15", "| 2 | Bệnh viện Nhi"),
    *_row_355("Bệnh viện Nhi Thanh Hóa", "21.384", "97,36", "58,40", "| 3 | Bệnh viện Phụ sản"),
    *_row_355("Bệnh viện Phụ sản Thanh Hóa", "15.907", "99,05", "71,28", "| 4 | Bệnh viện Ung bướu"),
    *_row_355("Bệnh viện Ung bướu Thanh Hóa", "17.652", "100", "69,84", "| 5 | Bệnh viện Đa khoa khu vực"),
    *_row_355("Bệnh viện Đa khoa khu vực Ngọc Lặc", "12.840", "96,81", "42,16", "| | Tổng cộng"),
    *_row_355(ANY, "115.909", "98,50", "62,50", "\nĐến nay"),
    F("có 03/05 đơn vị", "03/05", 3, "đơn vị", C, max_value=5, subject=ANY, level="tỉnh", code=None),
    # I.5 the Sở's target for 2025
    _syt("đạt 88,62%", "88,62%", 88.62, "%", code=_TT, target=80, stated_status="đạt"),
    _syt("Sở là 80%", "80%", 80, "%", T, as_of="2025-12-31", code=_TT),
    _syt("đạt 96,15%", "96,15%", 96.15, "%", code=_SH),
    _syt("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    _syt("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _syt("(tháng 9/2025: 05 PAKN)", "05", 5, "PAKN", PR, as_of=_SEP_355, code=_PAKN_TN),
    _syt("xử lý 07 PAKN", "07", 7, "PAKN", C, code=_PAKN_XL),
    _syt("còn 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    _syt("đạt 97,24%", "97,24%", 97.24, "%", code=_HL),
    # I.6 rank among the province's agencies; tháng 9/2025 dated 2025-09-30
    _syt("đạt 90,84/100", "90,84/100", 90.84, "điểm", max_value=100, code=_TONG),
    _syt("thứ 4/19", "4/19", 4, "hạng", R, max_value=19, code=_HANG),
    _syt("tăng 0,87 điểm", "0,87", 0.87, "điểm", CH, code=_TONG),
    _syt("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    _syt("(89,97 điểm", "89,97", 89.97, "điểm", PR, max_value=100, as_of=_SEP_355, code=_TONG),
    _syt("thứ 6/19)", "6/19", 6, "hạng", PR, max_value=19, as_of=_SEP_355, code=_HANG),
    # III. (address "số 101 đường Nguyễn Trãi" and phone 0237.3852.318 are not figures)
]

# ------------------------------------------------------------ 356: UBND huyện Đăk Hà (Kon Tum), năm 2024
_DAKHA = "UBND huyện Đăk Hà"
_Y2023 = "2023-12-31"


def _huyen(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "a) Cấp huyện" or about cấp huyện (subject "cấp huyện", level huyện)."""
    return F(context, raw, value, unit, kind, subject="cấp huyện", level="huyện", **kw)


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "b) Cấp xã" or about cấp xã (subject "cấp xã", level xã)."""
    return F(context, raw, value, unit, kind, subject="cấp xã", level="xã", **kw)


def _district(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the district as a whole (subject its UBND, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_DAKHA, level="huyện", **kw)


def _row_356(subject: str, received: str, online: str, on_time: str, digitised: str, after: str) -> list[Fact]:
    """One tab-separated row of a commune (or the total): files received, files submitted online, on-time
    share, digitisation share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (on_time, "%", P, _DH, "period"), (digitised, "%", P, _SH, "period")]
    return _cells(subject, "xã", cells, after, "\t", "\n")


BLIND_356 = [
    # I.1 (36/KH-UBND of 22/01/2024 cited; "số 02 đường Hùng Vương" is an address)
    _huyen("thực hiện 267 TTHC", "267", 267, "TTHC", C, code=_TTHC),
    _xa("và 109 TTHC", "109", 109, "TTHC", C, code=_TTHC),
    # I.2 a) cấp huyện; năm 2023 dated 2023-12-31
    _huyen("tiếp nhận 9.846", "9.846", 9846, "hồ sơ", C, code=_TN),
    _huyen("giảm 412 hồ sơ", "412", -412, "hồ sơ", CH, code=_TN),
    _huyen("(10.258 hồ sơ)", "10.258", 10258, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    _huyen("là 7.915", "7.915", 7915, "hồ sơ", C, code=_NOP),
    _huyen("chiếm 80,39%", "80,39%", 80.39, "%", code=_NOP),
    _huyen("giải quyết 9.702", "9.702", 9702, "hồ sơ", C, code=ANY),
    _huyen("đúng hạn 9.653", "9.653", 9653, "hồ sơ", C, code=_DH),
    _huyen("(đạt 99,49%)", "99,49%", 99.49, "%", code=_DH),
    _huyen("quá hạn 49", "49", 49, "hồ sơ", C, code=_QH),
    _huyen("(chiếm 0,51%)", "0,51%", 0.51, "%", code=_QH),
    # I.2 b) cấp xã
    _xa("tiếp nhận 24.375", "24.375", 24375, "hồ sơ", C, code=_TN),
    _xa("trực tuyến 16.878 hồ sơ", "16.878", 16878, "hồ sơ", C, code=_NOP),
    _xa("chiếm 69,24%", "69,24%", 69.24, "%", code=_NOP),
    _xa("đạt 99,82%", "99,82%", 99.82, "%", code=_DH),
    _xa("còn 37 hồ sơ", "37", 37, "hồ sơ", C, code=_QH),
    F("Đăk Hà (77,06%)", "77,06%", 77.06, "%", subject="Thị trấn Đăk Hà", level="xã", code=_NOP),
    F("Réo (60,55%)", "60,55%", 60.55, "%", subject="xã Ngọk Réo", level="xã", code=_NOP),
    # tab-separated table with a two-row header (official order), "Cộng cấp xã" row
    *_row_356("Thị trấn Đăk Hà", "5.214", "4.018", "99,92", "92,46", "2\tXã Đăk Hring"),
    *_row_356("Xã Đăk Hring", "2.648", "1.802", "99,85", "88,15", "3\tXã Đăk Mar"),
    *_row_356("Xã Đăk Mar", "2.307", "1.652", "100", "90,37", "4\tXã Đăk Ui"),
    *_row_356("Xã Đăk Ui", "1.915", "1.247", "99,74", "84,62", "5\tXã Hà Mòn"),
    *_row_356("Xã Hà Mòn", "2.476", "1.736", "99,88", "89,04", "6\tXã Đăk La"),
    *_row_356("Xã Đăk La", "2.684", "1.894", "99,81", "87,93", "7\tXã Đăk Ngọk"),
    *_row_356("Xã Đăk Ngọk", "1.793", "1.158", "99,66", "83,51", "8\tXã Đăk Long"),
    *_row_356("Xã Đăk Long", "1.358", "842", "100", "86,20", "9\tXã Đăk Pxi"),
    *_row_356("Xã Đăk Pxi", "1.426", "903", "99,72", "81,47", "10\tXã Ngọk Wang"),
    *_row_356("Xã Ngọk Wang", "1.312", "874", "99,70", "85,36", "11\tXã Ngọk Réo"),
    *_row_356("Xã Ngọk Réo", "1.242", "752", "99,59", "80,19", "\tCộng cấp xã"),
    *_row_356("cấp xã", "24.375", "16.878", "99,82", "88,06", "\n3. Thanh toán"),
    # I.3 shares and targets by level after "lần lượt là" (2024: the period end)
    _huyen("lần lượt là 58,36%", "58,36%", 58.36, "%", code=_TT, target=55, stated_status="đạt"),
    _xa("và 41,27%", "41,27%", 41.27, "%", code=_TT, target=45, stated_status="chưa đạt"),
    _huyen("(cấp huyện 55%", "55%", 55, "%", T, code=_TT),
    _xa("cấp xã 45%)", "45%", 45, "%", T, code=_TT),
    _huyen("huyện đạt 93,15%", "93,15%", 93.15, "%", code=_SH),
    _district("chính 3.482 trường hợp", "3.482", 3482, "trường hợp", C, code=_CT),
    _district("tăng 1.056 trường hợp", "1.056", 1056, "trường hợp", CH, code=_CT),
    # I.4 the district's PAKN
    _district("tiếp nhận 21 phản ánh", "21", 21, "PAKN", C, code=_PAKN_TN),
    _district("(năm 2023: 28 PAKN)", "28", 28, "PAKN", PR, as_of=_Y2023, code=_PAKN_TN),
    _district("xử lý 21/21", "21/21", 21, "PAKN", C, max_value=21, code=_PAKN_XL),
    _district("đạt 100%.", "100%", 100, "%", code=_PAKN_TL),
    # I.5 rank among the province's 10 district-level units; the communes' average and grades
    _district("đạt 86,73 điểm", "86,73", 86.73, "điểm", code=_TONG),
    _district("thứ 3/10", "3/10", 3, "hạng", R, max_value=10, code=_HANG),
    _district("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _district("thứ 6/10)", "6/10", 6, "hạng", PR, max_value=10, as_of=_Y2023, code=_HANG),
    F("là 82,14 điểm", "82,14", 82.14, "điểm", subject=ANY, level="xã", code=_TONG),
    F("trong 11 xã", "11", 11, "xã", C, subject=ANY, level="xã", code=None),
    F("có 04 đơn vị", "04", 4, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("Tốt, 05 đơn vị", "05", 5, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("và 02 đơn vị", "02", 2, "đơn vị", C, subject=ANY, level="xã", code=None),
    # III.4 the communes' target for 2025 (0260.3820.247 is a phone number)
    F("tối thiểu 50%", "50%", 50, "%", T, subject="UBND các xã, thị trấn", level="xã", as_of="2025-12-31",
      code=_TT),
]

# ------------------------------------------------------------ 357: Sở Tư pháp tỉnh Vĩnh Long, quý IV năm 2025
_STP = "Sở Tư pháp"
_Q3_2025 = "2025-09-30"


def _stp(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_STP, level="tỉnh", **kw)


def _month_357(as_of: str, received: str, vneid: str, share: str, on_time: str, after: str) -> list[Fact]:
    """One Markdown row of a month (or the quarter) of judicial-record files: received, via VNeID, share via
    VNeID, on-time share, dated at that month's end."""
    cells = [(received, "hồ sơ", P, ANY, as_of), (vneid, "hồ sơ", P, ANY, as_of), (share, "%", P, ANY, as_of),
             (on_time, "%", P, ANY, as_of)]
    return _cells(_STP, "tỉnh", cells, after, " | ", " |\n")


BLIND_357 = [
    # I.1 (Luật Hộ tịch năm 2014, 45/2020/NĐ-CP of 08/4/2020 and 184/KH-UBND of 21/7/2025 cited)
    _stp("thực hiện 146 TTHC", "146", 146, "TTHC", C, code=_TTHC),
    _stp("trong đó 121 TTHC", "121", 121, "TTHC", C, code=_TOAN),
    F("tại 124/124 xã", "124/124", 124, "xã", C, max_value=124, subject=ANY, level="xã", code=ANY),
    _stp("tiếp nhận 12.408", "12.408", 12408, "hồ sơ", C, code=_TN),
    _stp("trực tuyến 11.236", "11.236", 11236, "hồ sơ", C, code=_NOP),
    _stp("chiếm 90,55%", "90,55%", 90.55, "%", code=_NOP),
    _stp("giải quyết 12.115", "12.115", 12115, "hồ sơ", C, code=ANY),
    _stp("đúng hạn 12.086", "12.086", 12086, "hồ sơ", C, code=_DH),
    _stp("đạt 99,76%", "99,76%", 99.76, "%", code=_DH),
    _stp("quá hạn 29", "29", 29, "hồ sơ", C, code=_QH),
    # I.2 civil status, the whole province (quý III năm 2025 dated 2025-09-30)
    F("khai sinh 9.486", "9.486", 9486, "trường hợp", C, code=ANY),
    F("trực tuyến 7.312", "7.312", 7312, "trường hợp", C, code=ANY),
    F("chiếm 77,08%", "77,08%", 77.08, "%", code=ANY),
    F("2025: 71,64%)", "71,64%", 71.64, "%", PR, as_of=_Q3_2025, code=ANY),
    F("khai tử 4.127", "4.127", 4127, "trường hợp", C, code=ANY),
    F("trực tuyến 2.954", "2.954", 2954, "trường hợp", C, code=ANY),
    F("kết hôn 2.063", "2.063", 2063, "trường hợp", C, code=ANY),
    F("chuyển đổi 1.652.380", "1.652.380", 1652380, "trường hợp", C, code=ANY),
    F("đạt 94,37%", "94,37%", 94.37, "%", code=ANY),
    # I.3 judicial-record certificates; Markdown table by month
    _stp("pháp là 9.532", "9.532", 9532, "hồ sơ", C, code=ANY),
    _stp("chiếm 76,82%", "76,82%", 76.82, "%", code=ANY),
    *_month_357("2025-10-31", "2.914", "2.187", "75,05", "99,62", "| Tháng 11/2025"),
    *_month_357("2025-11-30", "3.136", "2.438", "77,74", "99,71", "| Tháng 12/2025"),
    *_month_357("period", "3.482", "2.806", "80,59", "99,83", "| Quý IV/2025"),
    *_month_357("period", "9.532", "7.431", "77,96", "99,73", "\nTỷ lệ hồ sơ đề nghị"),
    _stp("tăng 5,54%", "5,54%", 5.54, "%", CH, code=ANY),
    # I.4 electronic certification, the whole province
    F("chính 18.635", "18.635", 18635, "trường hợp", C, code=_CT),
    F("2025: 15.207", "15.207", 15207, "trường hợp", PR, as_of=_Q3_2025, code=_CT),
    F("tăng 22,54%", "22,54%", 22.54, "%", CH, code=ANY),
    F("Có 118/124", "118/124", 118, "xã", C, max_value=124, subject=ANY, level="xã", code=ANY),
    F("còn 06 xã", "06", 6, "xã", C, subject=ANY, level="xã", code=ANY),
    # I.5 the Sở's target for 2025 (the period end)
    _stp("đạt 84,17%", "84,17%", 84.17, "%", code=_TT, target=80, stated_status="đạt"),
    _stp("là 80%,", "80%", 80, "%", T, code=_TT),
    _stp("đạt 98,42%", "98,42%", 98.42, "%", code=_SH),
    _stp("đạt 61,38%", "61,38%", 61.38, "%", code=_TSD),
    # I.6 PAKN; rank among the province's agencies (quý III dated 2025-09-30)
    _stp("tiếp nhận 06 phản ánh", "06", 6, "PAKN", C, code=_PAKN_TN),
    _stp("trả lời 05 PAKN", "05", 5, "PAKN", C, code=_PAKN_XL),
    _stp("01 PAKN đang", "01", 1, "PAKN", C, code=ANY),
    _stp("đạt 92,08 điểm", "92,08", 92.08, "điểm", code=_TONG),
    _stp("thứ 2/18", "2/18", 2, "hạng", R, max_value=18, code=_HANG),
    _stp("tăng 1,36 điểm", "1,36", 1.36, "điểm", CH, code=_TONG),
    _stp("2025: 90,72 điểm", "90,72", 90.72, "điểm", PR, as_of=_Q3_2025, code=_TONG),
    _stp("thứ 4/18)", "4/18", 4, "hạng", PR, max_value=18, as_of=_Q3_2025, code=_HANG),
    # III. (0270.3822.064 is a phone number)
]

# ------------------------------------------------------------ 358: KBNN khu vực XVI (Bình Dương), 6 tháng 2025
_H1_2024 = "2024-06-30"


def _kb(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the regional Treasury as a whole (subject and level unchecked: see the docstring)."""
    return F(context, raw, value, unit, kind, subject=ANY, level=ANY, **kw)


def _tinh(subject: object, context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about one of the three provinces (level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=subject, level="tỉnh", **kw)


BLIND_358 = [
    # 1.1 (1385/QĐ-BTC of 28/02/2025 and 18/2023/TT-BTC of 20/3/2023 cited)
    _kb("thực hiện 09 TTHC", "09", 9, "TTHC", C, code=_TTHC),
    # 1.2 files via the online service; by province
    _kb("tiếp nhận 186.432", "186.432", 186432, "hồ sơ", C, code=_NOP),
    _kb("chiếm 99,96%", "99,96%", 99.96, "%", code=_NOP),
    _kb("bình quân 0,8", "0,8", 0.8, "ngày", code=_TIME),
    _kb("rút ngắn 0,3", "0,3", -0.3, "ngày", CH, code=_TIME),
    _tinh(ANY, "Dương: 98.214", "98.214", 98214, "hồ sơ", C, code=ANY),
    _tinh(ANY, "tuyến 99,98%", "99,98%", 99.98, "%", code=_NOP),
    _tinh("Tỉnh Bình Phước", "Phước: 41.306", "41.306", 41306, "hồ sơ", C, code=ANY),
    _tinh("Tỉnh Bình Phước", "tuyến 99,91%", "99,91%", 99.91, "%", code=_NOP),
    _tinh("Tỉnh Tây Ninh", "Ninh: 46.912", "46.912", 46912, "hồ sơ", C, code=ANY),
    _tinh("Tỉnh Tây Ninh", "tuyến 99,95%", "99,95%", 99.95, "%", code=_NOP),
    # 1.3 budget-using units (of every level: level unchecked)
    _kb("là 4.812/4.826", "4.812/4.826", 4812, "đơn vị", C, max_value=4826, code=ANY),
    _kb("đạt 99,71%", "99,71%", 99.71, "%", code=ANY),
    _kb("còn 14 đơn vị", "14", 14, "đơn vị", C, code=ANY),
    F("là 2.318/2.324", "2.318/2.324", 2318, "đơn vị", C, max_value=2324, subject=ANY, level=ANY, code=ANY),
    F(", 1.207/1.212", "1.207/1.212", 1207, "đơn vị", C, max_value=1212, subject="tỉnh Bình Phước", level=ANY,
      code=ANY),
    F("và 1.287/1.290", "1.287/1.290", 1287, "đơn vị", C, max_value=1290, subject="tỉnh Tây Ninh", level=ANY,
      code=ANY),
    _kb("với 4.796 đơn vị", "4.796", 4796, "đơn vị", C, code=ANY),
    _kb("đạt 99,67%", "99,67%", 99.67, "%", code=ANY),
    # 2. electronic vouchers (cùng kỳ năm 2024: a relative change and a fall, dated at the period end)
    _kb("hành 1.284.615", "1.284.615", 1284615, "chứng từ", C, code=ANY),
    _kb("thu 416.283", "416.283", 416283, "chứng từ", C, code=ANY),
    _kb("chi 868.332", "868.332", 868332, "chứng từ", C, code=ANY),
    _kb("tăng 18,27%", "18,27%", 18.27, "%", CH, code=ANY),
    _kb("là 2.146 chứng từ", "2.146", 2146, "chứng từ", C, code=ANY),
    _tinh("Bình Phước", "Phước 1.382 chứng từ", "1.382", 1382, "chứng từ", C, code=ANY),
    _tinh("Tây Ninh", "Ninh 764 chứng từ", "764", 764, "chứng từ", C, code=ANY),
    _kb("giảm 3.518", "3.518", -3518, "chứng từ", CH, code=ANY),
    _kb("đạt 99,12%", "99,12%", 99.12, "%", code=ANY),
    _kb("có 11 đơn vị", "11", 11, "đơn vị", C, code=None),
    _kb("giấy, 03 đơn vị", "03", 3, "đơn vị", C, code=None),
    # 3. payments through the national portal, by province; the 2025 target (tối thiểu 50%)
    _kb("là 747.725", "747.725", 747725, "giao dịch", C, code=ANY),
    _kb("tăng 21,35%", "21,35%", 21.35, "%", CH, code=ANY),
    _kb("tiền 3.178,6", "3.178,6", 3178.6, "tỷ đồng", code=ANY),
    _tinh(ANY, "Dương: 412.586", "412.586", 412586, "giao dịch", C, code=ANY),
    _tinh(ANY, "chiếm 55,18%", "55,18%", 55.18, "%", code=ANY),
    _tinh(ANY, "tiền 1.862,4", "1.862,4", 1862.4, "tỷ đồng", code=ANY),
    _tinh(ANY, "đạt 58,34%", "58,34%", 58.34, "%", code=_TT, target=50, stated_status="đạt"),
    _tinh("Tỉnh Bình Phước", "Phước: 156.204", "156.204", 156204, "giao dịch", C, code=ANY),
    _tinh("Tỉnh Bình Phước", "tiền 612,7", "612,7", 612.7, "tỷ đồng", code=ANY),
    _tinh("Tỉnh Bình Phước", "đạt 47,18%", "47,18%", 47.18, "%", code=_TT, target=50, stated_status="chưa đạt"),
    _tinh("Tỉnh Tây Ninh", "Ninh: 178.935", "178.935", 178935, "giao dịch", C, code=ANY),
    _tinh("Tỉnh Tây Ninh", "tiền 703,5", "703,5", 703.5, "tỷ đồng", code=ANY),
    _tinh("Tỉnh Tây Ninh", "đạt 51,62%", "51,62%", 51.62, "%", code=_TT, target=50, stated_status="đạt"),
    _tinh(ANY, "tối thiểu 50%", "50%", 50, "%", T, as_of="2025-12-31", code=_TT),
    _tinh(ANY, "đạt 54,27%", "54,27%", 54.27, "%", code=_TT),
    _tinh(ANY, "tăng 11,46%", "11,46%", 11.46, "%", CH, code=_TT),
    _tinh(ANY, "(42,81%)", "42,81%", 42.81, "%", PR, as_of=_H1_2024, code=_TT),
    # 4. PAKN (address "số 326 Đại lộ Bình Dương" and phone 0274.3822.415 are not figures)
    _kb("tiếp nhận 04 phản ánh", "04", 4, "PAKN", C, code=_PAKN_TN),
    _kb("xong 04 PAKN", "04", 4, "PAKN", C, code=_PAKN_XL),
]

# ------------------------------------------------------------ 359: Ủy ban MTTQ tỉnh Ninh Bình, năm 2025
_Y2024 = "2024-12-31"
_JUN_359 = "2025-06-30"


def _front(context: str, raw: str, value: float, unit: str, kind: str = C, **kw) -> Fact:
    """A count of the provincial Front's own work (subject unchecked, level tỉnh, no catalogued indicator)."""
    return F(context, raw, value, unit, kind, subject=ANY, level="tỉnh", code=None, **kw)


def _all_levels(context: str, raw: str, value: float, unit: str, kind: str = C, **kw) -> Fact:
    """A figure of the Front at all levels (survey forms, PAKN it received): subject and level unchecked."""
    return F(context, raw, value, unit, kind, subject=ANY, level=ANY, code=ANY, **kw)


def _people(context: str, raw: str, value: float, kind: str = P, **kw) -> Fact:
    """A satisfaction share of the province's people from the Front's survey (subject NULL, code unchecked)."""
    return F(context, raw, value, "%", kind, code=ANY, **kw)


BLIND_359 = [
    # I. supervision (217-QĐ/TW of 12/12/2013 cited)
    _front("chủ trì 06 cuộc", "06", 6, "cuộc"),
    _front("tham gia 14 cuộc", "14", 14, "cuộc"),
    F("tổ chức 387 cuộc", "387", 387, "cuộc", C, subject=ANY, level="xã", code=None),
    F("tại 129/129 xã", "129/129", 129, "xã", C, max_value=129, subject=ANY, level="xã", code=None),
    _front("kiến nghị 52 nội dung", "52", 52, "nội dung"),
    _front("có 41 nội dung", "41", 41, "nội dung"),
    F("đạt 78,85%", "78,85%", 78.85, "%", subject=ANY, level="tỉnh", code=ANY),
    _front("còn 11 nội dung", "11", 11, "nội dung"),
    _all_levels("tiếp nhận 236 phản ánh", "236", 236, "PAKN"),
    _all_levels("236/236 PAKN", "236/236", 236, "PAKN", max_value=236),
    _all_levels("trả lời 219 PAKN", "219", 219, "PAKN"),
    _all_levels("đạt 92,80%", "92,80%", 92.8, "%", P),
    # II.1 the survey forms
    _all_levels("ra 6.450 phiếu", "6.450", 6450, "phiếu"),
    _all_levels("về 6.318 phiếu", "6.318", 6318, "phiếu"),
    _all_levels("đạt 97,95%", "97,95%", 97.95, "%", P),
    _all_levels("là 412 phiếu", "412", 412, "phiếu"),
    _all_levels("là 5.906 phiếu", "5.906", 5906, "phiếu"),
    _all_levels("Một cửa 4.862 phiếu", "4.862", 4862, "phiếu"),
    _all_levels("QR 1.456 phiếu", "1.456", 1456, "phiếu"),
    # II.2 the people's satisfaction (năm 2024 dated 2024-12-31)
    _people("đạt 89,64%", "89,64%", 89.64),
    _people("tăng 3,12%", "3,12%", 3.12, CH),
    _people("(86,52%)", "86,52%", 86.52, PR, as_of=_Y2024),
    _people("chiếm 52,36%", "52,36%", 52.36),
    _people("chiếm 37,28%", "37,28%", 37.28),
    _people("chiếm 10,36%", "10,36%", 10.36),
    _people("công: 91,28%", "91,28%", 91.28),
    _people("chính: 87,45%", "87,45%", 87.45),
    _people("việc: 92,16%", "92,16%", 92.16),
    _people("TTHC: 90,37%", "90,37%", 90.37),
    _people("nghị: 86,94%", "86,94%", 86.94),
    F("đạt 93,48%", "93,48%", 93.48, "%", subject=ANY, level="tỉnh", code=ANY),
    F("xã đạt 88,16%", "88,16%", 88.16, "%", subject="cấp xã", level="xã", code=ANY),
    _people("hài lòng 90,85%", "90,85%", 90.85),
    _people("(89,21%)", "89,21%", 89.21),
    # II.3 the communes
    F("số 129 xã", "129", 129, "xã", C, subject=ANY, level="xã", code=None),
    F("có 47 đơn vị", "47", 47, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("lòng, 69 đơn vị", "69", 69, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("và 13 đơn vị", "13", 13, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("Lư (96,82%)", "96,82%", 96.82, "%", subject="phường Hoa Lư", level="xã", code=ANY),
    F("Hưng (71,35%)", "71,35%", 71.35, "%", subject="xã Nghĩa Hưng", level="xã", code=ANY),
    # III. the province's 766 index (34 provinces; tháng 6/2025 dated 2025-06-30) and shares
    F("đạt 87,26/100", "87,26/100", 87.26, "điểm", max_value=100, code=_TONG),
    F("thứ 11/34", "11/34", 11, "hạng", R, max_value=34, code=_HANG),
    F("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    F("(84,93 điểm", "84,93", 84.93, "điểm", PR, max_value=100, as_of=_JUN_359, code=_TONG),
    F("thứ 15/34)", "15/34", 15, "hạng", PR, max_value=34, as_of=_JUN_359, code=_HANG),
    F("là 17,12/18", "17,12/18", 17.12, "điểm", max_value=18, code="766.cong_khai"),
    F("; 19,04/20", "19,04/20", 19.04, "điểm", max_value=20, code="766.tien_do"),
    F("; 10,36/12", "10,36/12", 10.36, "điểm", max_value=12, code="766.dvctt"),
    F("; 7,15/10", "7,15/10", 7.15, "điểm", max_value=10, code="766.thanh_toan"),
    F("; 17,48/18", "17,48/18", 17.48, "điểm", max_value=18, code="766.hai_long"),
    F("và 16,11/22", "16,11/22", 16.11, "điểm", max_value=22, code="766.so_hoa"),
    F("đạt 74,28%", "74,28%", 74.28, "%", code=_NOP, target=80, stated_status="chưa đạt"),
    F("(năm 2024: 68,05%)", "68,05%", 68.05, "%", PR, as_of=_Y2024, code=_NOP),
    F("là 80%,", "80%", 80, "%", T, code=_NOP),
    F("đạt 61,47%", "61,47%", 61.47, "%", code=_TT),
    F("đạt 88,93%", "88,93%", 88.93, "%", code=_SH),
    # V. (0229.3871.462 is a phone number)
]

BLIND = {"355": BLIND_355, "356": BLIND_356, "357": BLIND_357, "358": BLIND_358, "359": BLIND_359}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "355": [
        ("2025-11-15", "day", "15/11/2025", "giải quyết dứt điểm các hồ sơ cấp giấy phép hành nghề quá hạn",
         "Phòng Nghiệp vụ Y"),
        ("2025-11-30", "day", "30/11/2025", "công khai danh mục TTHC lĩnh vực dược phẩm", "Văn phòng Sở"),
        ("2025-12-31", "month", "tháng 12/2025", "thanh toán viện phí không dùng tiền mặt",
         "Bệnh viện Đa khoa khu vực Ngọc Lặc"),
        # issued 05/11/2025: the first "ngày 10 hằng tháng" is 10/11/2025
        ("2025-11-10", "recurring", "10 hằng tháng", "gửi số liệu khám bệnh, chữa bệnh bảo hiểm y tế",
         "Các bệnh viện trực thuộc Sở"),
    ],
    "356": [
        ("2025-01-24", "day", "ngày 24 tháng 01 năm 2025", "xây dựng kế hoạch nâng cao tỷ lệ hồ sơ trực tuyến",
         "UBND xã Ngọk Réo, UBND xã Đăk Pxi"),
        ("2025-02-28", "day", "28/02/2025", "kiểm tra việc tiếp nhận, giải quyết hồ sơ đất đai",
         "Văn phòng HĐND và UBND huyện"),
        ("2025-03-31", "quarter", "quý I năm 2025", "chứng thực bản sao điện tử", "Phòng Tư pháp"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "UBND các xã, thị trấn"),
        # issued 10/01/2025: the first "ngày 15 hằng tháng" is 15/01/2025
        ("2025-01-15", "recurring", "15 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các cơ quan chuyên môn thuộc UBND huyện, UBND các xã, thị trấn"),
    ],
    "357": [
        ("2026-03-31", "day", "31/3/2026", "số hóa dữ liệu hộ tịch lịch sử", "Phòng Hành chính tư pháp"),
        ("2026-02-28", "month", "tháng 02/2026", "chứng thực bản sao điện tử", "Phòng Bổ trợ tư pháp"),
        ("2026-06-30", "quarter", "quý II năm 2026", "kiểm tra việc giải quyết TTHC trên môi trường điện tử",
         "Văn phòng Sở"),
        # issued 06/01/2026: the first "ngày 25 hằng tháng" is 25/01/2026
        ("2026-01-25", "recurring", "25 hằng tháng", "báo cáo số liệu đăng ký hộ tịch trực tuyến",
         "UBND các xã, phường"),
    ],
    "358": [
        ("2025-07-15", "day", "15/7/2025", "đối chiếu số liệu thu ngân sách", "Phòng Kế toán nhà nước"),
        ("2025-07-31", "day", "ngày 31 tháng 7 năm 2025", "tập huấn sử dụng chữ ký số",
         "Văn phòng KBNN khu vực XVI"),
        ("2025-09-30", "quarter", "quý III năm 2025", "đẩy mạnh thu phí, lệ phí trực tuyến", "Phòng Giao dịch số 3"),
        ("2025-12-31", "year", "năm 2025", "chấm dứt việc tiếp nhận chứng từ giấy", "Các Phòng Giao dịch trực thuộc"),
        # issued 30/6/2025: the first "ngày 05 hằng tháng" is 05/7/2025
        ("2025-07-05", "recurring", "05 hằng tháng", "gửi báo cáo số liệu thu, chi", "Các Phòng Giao dịch trực thuộc"),
    ],
    "359": [
        ("2026-01-25", "day", "ngày 25 tháng 01 năm 2026", "xây dựng kế hoạch giám sát việc giải quyết TTHC",
         "Ban Dân chủ - Pháp luật"),
        ("2026-01-15", "day", "15/01/2026", "đăng tải kết quả khảo sát", "Ban Tuyên giáo và Dân vận"),
        ("2026-01-31", "month", "tháng 01/2026", "tổng hợp kết quả tiếp thu, giải quyết các kiến nghị",
         "Văn phòng Ủy ban MTTQ tỉnh"),
        ("2026-03-31", "quarter", "quý I năm 2026", "khảo sát sự hài lòng của người dân",
         "Ủy ban MTTQ Việt Nam các xã, phường"),
        # issued 18/12/2025: the first "ngày 20 hằng tháng" is 20/12/2025
        ("2025-12-20", "recurring", "20 hằng tháng", "báo cáo kết quả tiếp nhận phản ánh, kiến nghị",
         "Ủy ban MTTQ Việt Nam các xã, phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 355's issuer is Sở Y tế under "UBND TỈNH THANH HÓA"; 356's issuer is a district under tỉnh Kon Tum (named in
# "Kính gửi"), an annual report issued in January 2025; 357's issuer is Sở Tư pháp under "UBND TỈNH VĨNH LONG"
# (after the merger); 358's issuer is a regional Treasury under "KHO BẠC NHÀ NƯỚC", dated at Bình Dương (its
# province is the one in the place-and-date line); 359's issuer is the Front's standing board of tỉnh Ninh Bình.
META = {
    "355": {"doc_number": "3154/BC-SYT", "doc_type": "Báo cáo", "issued_date": "2025-11-05",
            "province": "Thanh Hóa", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Đỗ Thái Hòa"},
    "356": {"doc_number": "08/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Kon Tum", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Lê Văn Tuấn"},
    "357": {"doc_number": "15/BC-STP", "doc_type": "Báo cáo", "issued_date": "2026-01-06",
            "province": "Vĩnh Long", "period_label": "quý IV năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-12-31", "signer": "Trần Văn Lợi"},
    "358": {"doc_number": "1427/BC-KBKV16", "doc_type": "Báo cáo", "issued_date": "2025-06-30",
            "province": "Bình Dương", "period_label": "6 tháng đầu năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-06-30", "signer": "Huỳnh Thanh Phong"},
    "359": {"doc_number": "215/BC-MTTQ-BTT", "doc_type": "Báo cáo", "issued_date": "2025-12-18",
            "province": "Ninh Bình", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Đinh Văn Hưng"},
}
