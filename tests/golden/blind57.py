"""Blind golden facts for corpus/blind57/360_quang_ninh.txt, 361_hai_duong.txt, 362_can_tho.txt, 363_nghe_an.txt
and 364_tay_ninh.txt.

The five documents were written by the developers for a fifty-seventh blind measurement (issuers, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind16.py: rows use `golden.facts.Fact` (context string that
occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`;
table cells are kind `value` with `extra={"source": "table"}`; `as_of="period"` is the period's end; `ANY`
leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names
none). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; other counts take
the noun written after the number (`tờ khai`, `doanh nghiệp`, `giao dịch`, `bưu gửi`, `kiến nghị`, `đơn`,
`lượt`, ...), sums of money their written unit (`tỷ đồng`, `triệu đồng`, `triệu USD`, kind `value`). A count
of local units takes the unit of its first unit word ("96/130 xã, phường" → `xã`), counts of "sở, ngành"
the unit `đơn vị` at the level of the bodies counted. A change is dated at the period end (a fall, "rút
ngắn", is negative); "cùng kỳ năm 2024" and "cuối năm 2024" values are previous values dated at the end of
the period a year earlier or at 2024-12-31. Dates, document numbers, cited laws, decrees, resolutions,
plans and letters ("Luật Hải quan số 54/2014/QH13", "Công văn số 2417/CHQ-CCHC", "Luật Thống kê số
89/2015/QH13", "Kế hoạch số 15/KH-CTK", "Nghị định số 95/2016/NĐ-CP", "Quyết định số 1813/QĐ-TTg", "Kế
hoạch số 96/KH-UBND", "Quyết định số 766/QĐ-TTg", "Quyết định số 45/2016/QĐ-TTg", "Kế hoạch số
512/KH-UBND", "Nghị quyết số 202/2025/QH15", "Nghị quyết số 18/NQ-HĐND"), "Đến ngày 30/9/2025" and "Đến
ngày 31/12/2025" (the period end), "Từ ngày 01/7/2025", section numbering ("I.", "1.", "a)", "đ)"), the STT
column, phone numbers ("0203.3836.999", "0220.3852.417", "0292.3821.406", "0238.3844.256", "0272.3826.915"),
street addresses ("số 16 đường Thanh Niên", "số 2 đường Nguyễn Thái Học"), the name "Chi cục Hải quan khu
vực VIII", "thông quan 24/7", the market model "chợ 4.0", periods ("9 tháng", "6 tháng đầu năm"), headings
naming the next period ("III. NHIỆM VỤ QUÝ III NĂM 2025", "III. NHIỆM VỤ NĂM 2025", "6. Nhiệm vụ tháng 8 năm
2025", "III. NHIỆM VỤ NĂM 2026": no deadlines), "chuyển sang năm 2026" and years are not figures.

New in this set (issuers outside the UBND system; every figure's code is left unchecked unless it is a
catalogued TTHC, file, payment, PAKN or 766 indicator):
- 360 is a quarterly Báo cáo of the Chi cục Hải quan khu vực VIII (header "CỤC HẢI QUAN / CHI CỤC HẢI QUAN KHU VỰC
  VIII", the customs office for tỉnh Quảng Ninh), quý II năm 2025, issued 07/7/2025, to the Cục Hải quan. Its own
  figures ("Chi cục ...") have subject "Chi cục Hải quan khu vực VIII" as the header names it; their level is ANY: a
  regional office of a central department is neither a provincial, district nor commune body (genuinely ambiguous).
  "tăng 3.918 tờ khai so với quý I năm 2025 (44.358 tờ khai)" and "(quý I năm 2025: 197 thủ tục)" are a change and
  previous values dated 2025-03-31; "tăng 7,4% so với cùng kỳ năm 2024" is a relative change. Shares by lane after
  "lần lượt là", clearance times in `giờ` and "rút ngắn 0,7 giờ" (-0.7). "bằng 26,8% chỉ tiêu thu năm 2025 được giao
  (11.000 tỷ đồng)": a share and a target in money dated 2025-12-31. "so với chỉ tiêu Cục Hải quan giao năm 2025 về
  tỷ lệ thu nộp điện tử là 99%, Chi cục đã đạt chỉ tiêu": the 99,47% carries target 99 with status "đạt"; the target
  is dated 2025-12-31. The transactions of "Các ngân hàng phối hợp thu" have subject and level ANY. The TTHC files
  carry the catalogued codes (received, on time, overdue, payment share). Its Markdown table (units in the headers)
  lists six subordinate customs offices (subject as written, "Hải quan cửa khẩu quốc tế Móng Cái", level ANY;
  declarations, green-lane share, revenue in `tỷ đồng`, e-payment share) with a "Cộng" row with an empty STT cell (=
  the Chi cục; its figures are also in the prose). Score `92,45/100` and rank `4/20` among the Chi cục Hải quan khu
  vực are not 766 figures (code unchecked), "(xếp thứ 7/20)" dated 2025-03-31. `06/06 PAKN` is one count (max 6).
  Five deadlines: day, month, quarter, "Chậm nhất" day in words, "trước ngày 05 hằng tháng" (issued 07/7/2025, after
  the 5th: first 05/8/2025).
- 361 is an annual Báo cáo of Thống kê tỉnh Hải Dương (header "CỤC THỐNG KÊ / THỐNG KÊ TỈNH HẢI DƯƠNG", reorganised
  01/3/2025 from the Cục Thống kê tỉnh), năm 2024, issued 18/3/2025, before the July 2025 merger. Figures of the
  province's enterprises ("toàn tỉnh", "trên địa bàn tỉnh") have subject NULL; the office's own work ("Thống kê tỉnh
  đã ...": reports received, classes, checks, fines, its score and rank) is named by its kind, subject "Thống kê
  tỉnh", level tỉnh. "(9.252 doanh nghiệp)", "(năm 2023: 89,16%)" and "(xếp thứ 13/63)" are previous values dated
  2023-12-31. "đạt 86,47%, chưa đạt chỉ tiêu năm 2024 là 90%": the 86,47% carries target 90 with status "chưa đạt",
  the target at the period end. Its tab-separated table (units in the headers) lists seven sectors (subject and
  level ANY: a sector of the economy is no body and no level; enterprises, enterprises reporting online, online
  share, on-time share) with a "Tổng số" row with an empty STT cell (= the province, subject NULL; its figures are
  also in the prose). Shares by ownership after "tương ứng là" (subject and level ANY). "186,5 triệu đồng" is a sum
  of fines. Score `94,12/100`, rank `9/63` (not 766 figures: code unchecked), "tăng 4 bậc". The target "đến hết năm
  2025 ... đạt tối thiểu 90%" is the province's (subject NULL), dated 2025-12-31. Five deadlines: day, month,
  quarter, year (with the target), "trước ngày 25 hằng tháng" (issued 18/3/2025: first 25/3/2025).
- 362 is a Báo cáo of the Ngân hàng Nhà nước Chi nhánh thành phố Cần Thơ (header "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM / CHI
  NHÁNH THÀNH PHỐ CẦN THƠ") to UBND thành phố, 9 tháng năm 2025, issued 10/10/2025, after the city's merger with Sóc
  Trăng and Hậu Giang. Figures of the city's territory have subject NULL. "toàn thành phố có 103 đơn vị hành chính
  cấp xã (72 xã, 31 phường)": subject "cấp xã", level xã, units `đơn vị`, `xã`, `phường`. Counts and shares of the
  schools, hospitals and markets that take part ("1.126/1.184 trường", "22/25 bệnh viện", "47/52 chợ") and of "các
  ngân hàng" have subject and level ANY; "(92,7% số lượt thanh toán)" is the named hospital's (a proper name holding
  the place, kept whole; level ANY). The QR acceptance points are counted in `điểm` (kind count, not a score): "tăng
  24.517 điểm so với cuối năm 2024 (161.777 điểm)" is a change and a previous value dated 2024-12-31; the three
  former provinces' parts "khu vực Cần Thơ (cũ) ..." have subject and level ANY. "(cùng kỳ năm 2024: 43,12%)" is a
  previous payment share dated 2024-09-30. "tăng lần lượt 38,4% và 29,7%" and "tăng tương ứng 6,12% và 7,45%" are
  pairs of relative changes; "tăng 5 bệnh viện so với cuối năm 2024" a change (subject ANY). "(chỉ tiêu năm 2025 là
  80%, đã đạt chỉ tiêu)": the 86,2% carries target 80 with status "đạt", the target dated 2025-12-31. The city's 766
  payment group `7,36/10` (code 766.thanh_toan) and its rank `11/34` among the 34 provinces after the merger (a
  group rank: code unchecked). A dash list of banks "- <bank>: <n> giao dịch, chiếm x%;" (subject as written, level
  ANY; "Các ngân hàng còn lại" subject ANY). The PAKN sentence names the branch in full: subject "Ngân hàng Nhà nước
  Chi nhánh thành phố Cần Thơ", level tỉnh; "02 PAKN còn lại" is a count with code unchecked. "03 bệnh viện" and "58
  trường" in the tasks are counts (subject ANY). Five deadlines: day, month (for the Sở Y tế asked with "Đề nghị"),
  quarter, "chậm nhất" day in words, "trước ngày 05 hằng tháng" (issued 10/10/2025, after the 5th: first
  05/11/2025).
- 363 is a monthly Báo cáo of Bưu điện tỉnh Nghệ An (header "TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM / BƯU ĐIỆN TỈNH NGHỆ
  AN"), tháng 7 năm 2025, the first month of the two-level local government, on public postal service at the
  communes' one-stop shops. Its own figures are named by its kind, subject "Bưu điện tỉnh", level tỉnh; the sentence
  of the national ranking names it in full ("Bưu điện tỉnh Nghệ An xếp thứ 3/34"), subject as written. "tất cả 130
  xã, phường trên địa bàn tỉnh" is the whole commune level (subject "cấp xã", level xã, unit `xã`). "tăng 2.316 hồ
  sơ so với tháng 6/2025 (39.546 hồ sơ)", "tăng 17,3% so với tháng 6/2025 (49.792 bưu gửi)" and "(xếp thứ 5/34)" are
  changes and previous values dated 2025-06-30. "Chỉ tiêu tỷ lệ phát đúng thời gian ... là 98%; kết quả tháng 7/2025
  đạt 98,37%, đạt chỉ tiêu": the target at the period end, the 98,37% carries it with status "đạt". "1,8 ngày" is a
  delivery time (not the 766 processing time: code unchecked). Its Markdown table (centred and right-aligned
  separators, units in the headers) lists six clusters of communes (subject and level ANY: a cluster is no body and
  spans former districts; files received, people guided, items delivered, on-time share) with a "Tổng cộng" row with
  an empty STT cell (= the Bưu điện tỉnh; its figures are also in the prose). Counts of communes by grade "96/130
  xã, phường ... 31 xã, phường ... 03 xã" (unit `xã`, subject ANY, level xã, code None; the first with max 130).
  `05/05 PAKN` is one count (max 5). The target "nâng tỷ lệ phát đúng hạn lên tối thiểu 98%, hoàn thành trước ngày
  31/8/2025" is the Bưu điện khu vực miền Tây's, dated at its deadline 2025-08-31 (level ANY). Lettered items
  "a)"–"đ)" with five deadlines: day, month, "Chậm nhất" day in words, quarter, "trước ngày 03 hằng tháng" (issued
  06/8/2025: first 03/9/2025).
- 364 is an annual Báo cáo of the Văn phòng Đoàn ĐBQH và HĐND tỉnh Tây Ninh (header "HỘI ĐỒNG NHÂN DÂN TỈNH TÂY NINH
  / VĂN PHÒNG ĐOÀN ĐBQH VÀ HĐND TỈNH"), năm 2025, issued 09/01/2026, after Long An and Tây Ninh merged. Petitions of
  the province's voters ("cử tri trong tỉnh đã gửi") have subject NULL; the Office's own letters and handling ("Văn
  phòng tiếp nhận ...") subject "Văn phòng Đoàn ĐBQH và HĐND tỉnh" (named by its kind as the text introduces it),
  level tỉnh; meetings chaired by "Thường trực HĐND tỉnh" that body's. "tăng 214 kiến nghị so với năm 2024 (1.632
  kiến nghị ...)" and "(năm 2024: 85,1%)" are a change and previous values dated 2024-12-31. The answers of "các cơ
  quan có thẩm quyền" (the province's bodies together: subject and level ANY) include "1.792/1.846 kiến nghị" (max
  1846) and "chiếm 95,03%", which carries the resolution's target 95 with status "đạt" (target at the period end,
  subject and level ANY); their answering time "24,6 ngày/kiến nghị", its fall "rút ngắn 3,2 ngày" (-3.2) and "12
  kiến nghị trả lời chưa đúng trọng tâm" likewise. A dash list "- <body>: n kiến nghị, đã trả lời m kiến nghị, đạt
  x%;" of six bodies (subject as written, "Sở Y tế" level tỉnh, "UBND các xã, phường" level xã, "Các cơ quan, đơn vị
  khác" subject and level ANY). `1.954/1.954 đơn` is one count (max 1954). The app's downloads, accounts and
  satisfaction have subject and level ANY ("58.214 lượt tải": unit `lượt`). Counts by grade "14/17 sở, ngành ... 02
  sở, ngành ... 01 sở, ngành" (unit `đơn vị`, level tỉnh) and "81/96 xã, phường ... 13 xã, phường ... 02 xã" (unit
  `xã`, level xã), subject ANY, code None. "09 kiến nghị" in the Sở Tài chính's task is its count. The target "đến
  hết năm 2026, tỷ lệ kiến nghị của cử tri toàn tỉnh ... đạt tối thiểu 70%" is the province's (subject NULL), dated
  2026-12-31. Six deadlines: day, month, "Chậm nhất" day in words, quarter, year (with the target), "trước ngày 20
  hằng tháng" (issued 09/01/2026: first 20/01/2026).
"""

from __future__ import annotations

from golden.facts import (
    _DH,
    _QH,
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
_TTHC = "tthc.tong_so"
_TOAN = "766.dvctt.toan_trinh"
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


# ------------------------------------------------------------ 360: Chi cục Hải quan khu vực VIII, quý II năm 2025
_HQ = "Chi cục Hải quan khu vực VIII"
_Q1_360 = "2025-03-31"
_Y2025 = "2025-12-31"


def _hq(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Chi cục itself (subject as the header names it; level unchecked)."""
    return F(context, raw, value, unit, kind, subject=_HQ, level=ANY, **kw)


def _row_360(subject: str, declarations: str, green: str, revenue: str, e_paid: str, after: str) -> list[Fact]:
    """One Markdown row of a customs office (or the total): declarations, green-lane share, revenue, e-payment."""
    cells = [(declarations, "tờ khai", P, ANY, "period"), (green, "%", P, ANY, "period"),
             (revenue, "tỷ đồng", P, ANY, "period"), (e_paid, "%", P, ANY, "period")]
    return _cells(subject, ANY, cells, after, " | ", " |\n")


BLIND_360 = [
    # I.1 declarations; quý I năm 2025 dated 2025-03-31
    _hq("xử lý 48.276 tờ khai", "48.276", 48276, "tờ khai", C, code=ANY),
    _hq("tăng 3.918 tờ khai", "3.918", 3918, "tờ khai", CH, code=ANY),
    _hq("(44.358 tờ khai)", "44.358", 44358, "tờ khai", PR, as_of=_Q1_360, code=ANY),
    _hq("xuất khẩu 21.604 tờ khai", "21.604", 21604, "tờ khai", C, code=ANY),
    _hq("nhập khẩu 26.672 tờ khai", "26.672", 26672, "tờ khai", C, code=ANY),
    _hq("đạt 3.184,6 triệu USD", "3.184,6", 3184.6, "triệu USD", code=ANY),
    _hq("tăng 7,4%", "7,4%", 7.4, "%", CH, code=ANY),
    _hq("lần lượt là 61,38%", "61,38%", 61.38, "%", code=ANY),
    _hq("%, 33,05%", "33,05%", 33.05, "%", code=ANY),
    _hq("và 5,57%", "5,57%", 5.57, "%", code=ANY),
    _hq("là 1,9 giờ", "1,9", 1.9, "giờ", code=ANY),
    _hq("là 4,6 giờ", "4,6", 4.6, "giờ", code=ANY),
    _hq("rút ngắn 0,7 giờ", "0,7", -0.7, "giờ", CH, code=ANY),
    # I.2 National Single Window
    _hq("thực hiện 214 thủ tục", "214", 214, "TTHC", C, code=ANY),
    _hq("2025: 197 thủ tục)", "197", 197, "TTHC", PR, as_of=_Q1_360, code=ANY),
    _hq("với 18.945 hồ sơ", "18.945", 18945, "hồ sơ", C, code=ANY),
    _hq("hỗ trợ 1.326 doanh nghiệp", "1.326", 1326, "doanh nghiệp", C, code=ANY),
    _hq("chiếm 87,24%", "87,24%", 87.24, "%", code=ANY),
    # I.3 revenue and e-payment; the 2025 targets dated at the year's end ("24/7" is no figure)
    _hq("đạt 2.947,3 tỷ đồng", "2.947,3", 2947.3, "tỷ đồng", code=ANY),
    _hq("bằng 26,8%", "26,8%", 26.8, "%", code=ANY),
    _hq("(11.000 tỷ đồng)", "11.000", 11000, "tỷ đồng", T, as_of=_Y2025, code=ANY),
    _hq("đạt 2.931,8 tỷ đồng", "2.931,8", 2931.8, "tỷ đồng", code=ANY),
    _hq("chiếm 99,47%", "99,47%", 99.47, "%", code=ANY, target=99, stated_status="đạt"),
    _hq("điện tử là 99%", "99%", 99, "%", T, as_of=_Y2025, code=ANY),
    F("thực hiện 36.518 giao dịch", "36.518", 36518, "giao dịch", C, subject=ANY, level=ANY, code=ANY),
    F("trong đó 29.207 giao dịch", "29.207", 29207, "giao dịch", C, subject=ANY, level=ANY, code=ANY),
    F("chiếm 79,98%", "79,98%", 79.98, "%", subject=ANY, level=ANY, code=ANY),
    # I.4 TTHC and files
    _hq("thực hiện 173 TTHC", "173", 173, "TTHC", C, code=_TTHC),
    _hq("trong đó 168 TTHC", "168", 168, "TTHC", C, code=_TOAN),
    _hq("chiếm 97,11%", "97,11%", 97.11, "%", code=_TOAN),
    _hq("tiếp nhận 1.904 hồ sơ", "1.904", 1904, "hồ sơ", C, code=_TN),
    _hq("đúng hạn 1.897 hồ sơ", "1.897", 1897, "hồ sơ", C, code=_DH),
    _hq("đạt 99,63%", "99,63%", 99.63, "%", code=_DH),
    _hq("còn 07 hồ sơ", "07", 7, "hồ sơ", C, code=_QH),
    _hq("đạt 92,36%", "92,36%", 92.36, "%", code=_TT),
    _hq("2025: 88,90%)", "88,90%", 88.90, "%", PR, as_of=_Q1_360, code=_TT),
    # I.5 Markdown table of the six customs offices, "Cộng" row (= the Chi cục)
    *_row_360("Hải quan cửa khẩu quốc tế Móng Cái", "17.842", "58,12", "312,4", "99,21",
              "| 2 | Hải quan cửa khẩu cảng Cái Lân"),
    *_row_360("Hải quan cửa khẩu cảng Cái Lân", "9.615", "64,30", "1.486,9", "99,68",
              "| 3 | Hải quan cửa khẩu cảng Hòn Gai"),
    *_row_360("Hải quan cửa khẩu cảng Hòn Gai", "4.208", "66,85", "402,7", "99,52",
              "| 4 | Hải quan cửa khẩu cảng Cẩm Phả"),
    *_row_360("Hải quan cửa khẩu cảng Cẩm Phả", "6.133", "69,47", "598,6", "99,35",
              "| 5 | Hải quan cửa khẩu Hoành Mô"),
    *_row_360("Hải quan cửa khẩu Hoành Mô", "3.926", "55,40", "41,2", "97,82",
              "| 6 | Hải quan cửa khẩu Bắc Phong Sinh"),
    *_row_360("Hải quan cửa khẩu Bắc Phong Sinh", "6.552", "57,96", "105,5", "98,90", "| | Cộng"),
    *_row_360(_HQ, "48.276", "61,38", "2.947,3", "99,47", "\nHải quan cửa khẩu Hoành Mô có"),
    # I.6 service rating among the 20 regional offices (no 766 figure); PAKN (0203.3836.999 is a phone number)
    _hq("đạt 92,45/100", "92,45/100", 92.45, "điểm", max_value=100, code=ANY),
    _hq("thứ 4/20", "4/20", 4, "hạng", R, max_value=20, code=ANY),
    _hq("tăng 3 bậc", "3", 3, "hạng", CH, code=ANY),
    _hq("thứ 7/20)", "7/20", 7, "hạng", PR, max_value=20, as_of=_Q1_360, code=ANY),
    _hq("tiếp nhận 06 phản ánh", "06", 6, "PAKN", C, code=_PAKN_TN),
    _hq("trả lời 06/06 PAKN", "06/06", 6, "PAKN", C, max_value=6, code=_PAKN_XL),
    _hq("đạt 95,8%", "95,8%", 95.8, "%", code=ANY),
]

# ------------------------------------------------------------ 361: Thống kê tỉnh Hải Dương, năm 2024
_TK_TINH = "Thống kê tỉnh"
_Y2023 = "2023-12-31"


def _tk(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the statistics office itself (named by its kind, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_TK_TINH, level="tỉnh", **kw)


def _row_361(subject: object, level: object, firms: str, online: str, share: str, on_time: str,
             after: str) -> list[Fact]:
    """One tab-separated row of a sector (or the total): enterprises, enterprises reporting online, online and
    on-time shares."""
    cells = [(firms, "doanh nghiệp", P, ANY, "period"), (online, "doanh nghiệp", P, ANY, "period"),
             (share, "%", P, ANY, "period"), (on_time, "%", P, ANY, "period")]
    return _cells(subject, level, cells, after, "\t", "\n")


BLIND_361 = [
    # I.1 the province's enterprises; năm 2023 dated 2023-12-31
    F("có 9.864 doanh nghiệp", "9.864", 9864, "doanh nghiệp", C, code=ANY),
    F("tăng 612 doanh nghiệp", "612", 612, "doanh nghiệp", CH, code=ANY),
    F("(9.252 doanh nghiệp)", "9.252", 9252, "doanh nghiệp", PR, as_of=_Y2023, code=ANY),
    F("trong đó 7.418 doanh nghiệp", "7.418", 7418, "doanh nghiệp", C, code=ANY),
    F("và 2.446 doanh nghiệp", "2.446", 2446, "doanh nghiệp", C, code=ANY),
    # I.2 the office's reports received; the province's enterprises reporting; the 2024 target (period end)
    _tk("tiếp nhận 112.736 báo cáo", "112.736", 112736, "báo cáo", C, code=ANY),
    _tk("tăng 9,3%", "9,3%", 9.3, "%", CH, code=ANY),
    F("là 9.127 doanh nghiệp", "9.127", 9127, "doanh nghiệp", C, code=ANY),
    F("đạt 92,53%", "92,53%", 92.53, "%", code=ANY),
    F("(năm 2023: 89,16%)", "89,16%", 89.16, "%", PR, as_of=_Y2023, code=ANY),
    F("là 737 doanh nghiệp", "737", 737, "doanh nghiệp", C, code=ANY),
    F("(chiếm 7,47%)", "7,47%", 7.47, "%", code=ANY),
    F("đạt 86,47%", "86,47%", 86.47, "%", code=ANY, target=90, stated_status="chưa đạt"),
    F("năm 2024 là 90%", "90%", 90, "%", T, code=ANY),
    # tab-separated table by sector, "Tổng số" row (= the province)
    *_row_361(ANY, ANY, "2.946", "2.857", "96,98", "91,25", "2\tXây dựng"),
    *_row_361(ANY, ANY, "1.652", "1.498", "90,68", "82,40", "3\tBán buôn"),
    *_row_361(ANY, ANY, "2.874", "2.601", "90,50", "84,12", "4\tVận tải"),
    *_row_361(ANY, ANY, "786", "732", "93,13", "87,06", "5\tDịch vụ lưu trú"),
    *_row_361(ANY, ANY, "412", "356", "86,41", "79,35", "6\tNông, lâm"),
    *_row_361(ANY, ANY, "238", "219", "92,02", "88,58", "7\tCác ngành"),
    *_row_361(ANY, ANY, "956", "864", "90,38", "83,97", "\tTổng số"),
    *_row_361(None, None, "9.864", "9.127", "92,53", "86,47", "\nTheo loại hình"),
    # shares by ownership after "tương ứng là"
    F("là 100%, 91,86%", "100%", 100, "%", subject=ANY, level=ANY, code=ANY),
    F("%, 91,86% và", "91,86%", 91.86, "%", subject=ANY, level=ANY, code=ANY),
    F("và 98,74%", "98,74%", 98.74, "%", subject=ANY, level=ANY, code=ANY),
    F("có 8.655 doanh nghiệp", "8.655", 8655, "doanh nghiệp", C, code=ANY),
    F("chiếm 94,83%", "94,83%", 94.83, "%", code=ANY),
    # I.3 the office's guidance and checks
    _tk("tổ chức 14 lớp", "14", 14, "lớp", C, code=ANY),
    _tk("cho 1.286 lượt", "1.286", 1286, "lượt", C, code=ANY),
    _tk("thư điện tử 3.472 lượt", "3.472", 3472, "lượt", C, code=ANY),
    _tk("tại 168 doanh nghiệp", "168", 168, "doanh nghiệp", C, code=ANY),
    _tk("phát hiện 23 doanh nghiệp", "23", 23, "doanh nghiệp", C, code=ANY),
    _tk("chiếm 13,69%", "13,69%", 13.69, "%", code=ANY),
    _tk("hành chính 12 doanh nghiệp", "12", 12, "doanh nghiệp", C, code=ANY),
    _tk("tiền 186,5 triệu đồng", "186,5", 186.5, "triệu đồng", code=ANY),
    # I.4 the office's national rating; năm 2023 dated 2023-12-31 (0220.3852.417 is a phone number)
    _tk("đạt 94,12/100", "94,12/100", 94.12, "điểm", max_value=100, code=ANY),
    _tk("thứ 9/63", "9/63", 9, "hạng", R, max_value=63, code=ANY),
    _tk("tăng 4 bậc", "4", 4, "hạng", CH, code=ANY),
    _tk("thứ 13/63)", "13/63", 13, "hạng", PR, max_value=63, as_of=_Y2023, code=ANY),
    # III.4 the province's target by the end of 2025
    F("tối thiểu 90%", "90%", 90, "%", T, as_of=_Y2025, code=ANY),
]

# ------------------------------------------------------------ 362: NHNN Chi nhánh thành phố Cần Thơ, 9 tháng năm 2025
_NHNN = "Ngân hàng Nhà nước Chi nhánh thành phố Cần Thơ"
_Y2024 = "2024-12-31"


def _some(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of unnamed participants (schools, hospitals, markets, banks, former areas): subject and
    level unchecked."""
    return F(context, raw, value, unit, kind, subject=ANY, level=ANY, **kw)


def _bank(name: str, count: str, share: str) -> list[Fact]:
    """One dash-list line `- <bank>: <n> giao dịch, chiếm x%;` (subject as written, level unchecked)."""
    return [
        F(f"{name}: {count} giao dịch", count, _num(count), "giao dịch", C, subject=name, level=ANY, code=ANY),
        F(f"{count} giao dịch, chiếm {share}", share, _num(share), "%", subject=name, level=ANY, code=ANY),
    ]


BLIND_362 = [
    # the city's commune level after the merger
    F("có 103 đơn vị", "103", 103, "đơn vị", C, subject="cấp xã", level="xã", code=ANY),
    F("(72 xã", "72", 72, "xã", C, subject="cấp xã", level="xã", code=ANY),
    F("31 phường)", "31", 31, "phường", C, subject="cấp xã", level="xã", code=ANY),
    # I.1 accounts at 30/9/2025 (= period end); the 2025 target dated at the year's end
    F("có 4.318.652 tài khoản", "4.318.652", 4318652, "tài khoản", C, code=ANY),
    F("tăng 11,6%", "11,6%", 11.6, "%", CH, code=ANY),
    F("trong đó 3.905.417 tài khoản", "3.905.417", 3905417, "tài khoản", C, code=ANY),
    F("chiếm 90,43%", "90,43%", 90.43, "%", code=ANY),
    _some("mới 412.306 tài khoản", "412.306", 412306, "tài khoản", C, code=ANY),
    F("là 38.764 tổ chức", "38.764", 38764, "tổ chức", C, code=ANY),
    F("đạt 86,2%", "86,2%", 86.2, "%", code=ANY, target=80, stated_status="đạt"),
    F("năm 2025 là 80%", "80%", 80, "%", T, as_of=_Y2025, code=ANY),
    # I.2 public services
    _some("có 1.126/1.184 trường", "1.126/1.184", 1126, "trường", C, max_value=1184, code=ANY),
    _some("đạt 95,10%", "95,10%", 95.10, "%", code=ANY),
    F("đạt 1.428,5 tỷ đồng", "1.428,5", 1428.5, "tỷ đồng", code=ANY),
    _some("22/25 bệnh viện", "22/25", 22, "bệnh viện", C, max_value=25, code=ANY),
    _some("chiếm 88%", "88%", 88, "%", code=ANY),
    _some("tăng 5 bệnh viện", "5", 5, "bệnh viện", CH, code=ANY),
    _some("với 1.964.380 giao dịch", "1.964.380", 1964380, "giao dịch", C, code=ANY),
    F("(92,7% số lượt", "92,7%", 92.7, "%", subject="Bệnh viện Đa khoa Trung ương Cần Thơ", level=ANY, code=ANY),
    F("lần lượt là 84,35%", "84,35%", 84.35, "%", code=ANY),
    F("và 78,92%", "78,92%", 78.92, "%", code=ANY),
    F("tương ứng 6,12%", "6,12%", 6.12, "%", CH, code=ANY),
    F("và 7,45%", "7,45%", 7.45, "%", CH, code=ANY),
    F("đạt 11.284,6 tỷ đồng", "11.284,6", 11284.6, "tỷ đồng", code=ANY),
    F("chiếm 97,8%", "97,8%", 97.8, "%", code=ANY),
    F("thực hiện 85.427 giao dịch", "85.427", 85427, "giao dịch", C, code=ANY),
    F("tiền 96,8 tỷ đồng", "96,8", 96.8, "tỷ đồng", code=ANY),
    F("đạt 61,47%", "61,47%", 61.47, "%", code=_TT),
    F("2024: 43,12%)", "43,12%", 43.12, "%", PR, as_of="2024-09-30", code=_TT),
    F("đạt 7,36/10", "7,36/10", 7.36, "điểm", max_value=10, code="766.thanh_toan"),
    F("thứ 11/34", "11/34", 11, "hạng", R, max_value=34, code=ANY),
    F("cho 118.436 đối tượng", "118.436", 118436, "đối tượng", C, code=ANY),
    F("chiếm 71,28%", "71,28%", 71.28, "%", code=ANY),
    F("cho 72.915 người", "72.915", 72915, "người", C, code=ANY),
    F("đạt 68,44%", "68,44%", 68.44, "%", code=ANY),
    # I.3 QR acceptance points (counts in `điểm`); cuối năm 2024 dated 2024-12-31 ("chợ 4.0" is a name)
    F("là 186.294 điểm", "186.294", 186294, "điểm", C, code=ANY),
    F("tăng 24.517 điểm", "24.517", 24517, "điểm", CH, code=ANY),
    F("(161.777 điểm)", "161.777", 161777, "điểm", PR, as_of=_Y2024, code=ANY),
    _some("(cũ) 96.412 điểm", "96.412", 96412, "điểm", C, code=ANY),
    _some("(cũ) 52.107 điểm", "52.107", 52107, "điểm", C, code=ANY),
    _some("(cũ) 37.775 điểm", "37.775", 37775, "điểm", C, code=ANY),
    _some("Có 47/52 chợ", "47/52", 47, "chợ", C, max_value=52, code=ANY),
    F("là 14.826.540 giao dịch", "14.826.540", 14826540, "giao dịch", C, code=ANY),
    F("giá trị 58.372 tỷ đồng", "58.372", 58372, "tỷ đồng", code=ANY),
    F("lần lượt 38,4%", "38,4%", 38.4, "%", CH, code=ANY),
    F("và 29,7%", "29,7%", 29.7, "%", CH, code=ANY),
    *_bank("Agribank Chi nhánh thành phố Cần Thơ", "4.012.336", "27,06%"),
    *_bank("Vietcombank Chi nhánh Cần Thơ", "3.284.105", "22,15%"),
    *_bank("VietinBank Chi nhánh Cần Thơ", "2.517.846", "16,98%"),
    *_bank("BIDV Chi nhánh Cần Thơ", "2.203.619", "14,86%"),
    _some("còn lại: 2.808.634 giao dịch", "2.808.634", 2808634, "giao dịch", C, code=ANY),
    _some("chiếm 18,94%", "18,94%", 18.94, "%", code=ANY),
    # I.4 the branch's PAKN (named in full)
    F("tiếp nhận 27 phản ánh", "27", 27, "PAKN", C, subject=_NHNN, level="tỉnh", code=_PAKN_TN),
    F("xử lý 25 PAKN", "25", 25, "PAKN", C, subject=_NHNN, level="tỉnh", code=_PAKN_XL),
    F("đạt 92,59%", "92,59%", 92.59, "%", subject=_NHNN, level="tỉnh", code=_PAKN_TL),
    F("02 PAKN còn lại", "02", 2, "PAKN", C, subject=_NHNN, level="tỉnh", code=ANY),
    # III. counts in the tasks (0292.3821.406 is a phone number)
    _some("chỉ đạo 03 bệnh viện", "03", 3, "bệnh viện", C, code=ANY),
    _some("chỉ đạo 58 trường", "58", 58, "trường", C, code=ANY),
]

# ------------------------------------------------------------ 363: Bưu điện tỉnh Nghệ An, tháng 7 năm 2025
_BD = "Bưu điện tỉnh"
_JUN_363 = "2025-06-30"


def _bd(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the provincial post office itself (named by its kind, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_BD, level="tỉnh", **kw)


def _row_363(subject: object, level: object, files: str, guided: str, items: str, on_time: str,
             after: str) -> list[Fact]:
    """One Markdown row of a cluster (or the total): files received, people guided, items delivered, on time."""
    cells = [(files, "hồ sơ", P, ANY, "period"), (guided, "lượt", P, ANY, "period"),
             (items, "bưu gửi", P, ANY, "period"), (on_time, "%", P, ANY, "period")]
    return _cells(subject, level, cells, after, " | ", " |\n")


BLIND_363 = [
    # 1.
    _bd("bố trí 214 nhân viên", "214", 214, "nhân viên", C, code=ANY),
    F("tất cả 130 xã", "130", 130, "xã", C, subject="cấp xã", level="xã", code=ANY),
    _bd("trong đó 46 nhân viên", "46", 46, "nhân viên", C, code=ANY),
    # 2.
    _bd("tiếp nhận 41.862 hồ sơ", "41.862", 41862, "hồ sơ", C, code=ANY),
    _bd("tăng 2.316 hồ sơ", "2.316", 2316, "hồ sơ", CH, code=ANY),
    _bd("(39.546 hồ sơ)", "39.546", 39546, "hồ sơ", PR, as_of=_JUN_363, code=ANY),
    _bd("chiếm 38,45%", "38,45%", 38.45, "%", code=ANY),
    _bd("trong đó 27.935 hồ sơ", "27.935", 27935, "hồ sơ", C, code=ANY),
    _bd("chiếm 66,73%", "66,73%", 66.73, "%", code=ANY),
    _bd("hỗ trợ 15.327 lượt", "15.327", 15327, "lượt", C, code=ANY),
    # 3. tháng 6/2025 dated 2025-06-30; the contract target at the period end
    _bd("chuyển phát 58.406 bưu gửi", "58.406", 58406, "bưu gửi", C, code=ANY),
    _bd("tăng 17,3%", "17,3%", 17.3, "%", CH, code=ANY),
    _bd("(49.792 bưu gửi)", "49.792", 49792, "bưu gửi", PR, as_of=_JUN_363, code=ANY),
    _bd("quan giải quyết 12.548 bưu gửi", "12.548", 12548, "bưu gửi", C, code=ANY),
    _bd("người dân 45.858 bưu gửi", "45.858", 45858, "bưu gửi", C, code=ANY),
    _bd("là 8.214 bưu gửi", "8.214", 8214, "bưu gửi", C, code=ANY),
    _bd("đạt 97,64%", "97,64%", 97.64, "%", code=ANY),
    _bd("là 1,8 ngày", "1,8", 1.8, "ngày", code=ANY),
    _bd("tỉnh là 98%", "98%", 98, "%", T, code=ANY),
    _bd("đạt 98,37%", "98,37%", 98.37, "%", code=ANY, target=98, stated_status="đạt"),
    # Markdown table of the six clusters, "Tổng cộng" row (= the Bưu điện tỉnh)
    *_row_363(ANY, ANY, "9.846", "3.412", "14.902", "99,12", "| 2 | Cụm Hưng Nguyên"),
    *_row_363(ANY, ANY, "4.215", "1.608", "5.836", "98,85", "| 3 | Cụm Diễn Châu"),
    *_row_363(ANY, ANY, "10.372", "3.905", "14.215", "98,47", "| 4 | Cụm Hoàng Mai"),
    *_row_363(ANY, ANY, "4.108", "1.486", "5.912", "98,93", "| 5 | Cụm Đô Lương"),
    *_row_363(ANY, ANY, "7.654", "2.871", "10.367", "98,20", "| 6 | Cụm miền Tây"),
    *_row_363(ANY, ANY, "5.667", "2.045", "7.174", "96,00", "| | Tổng cộng"),
    *_row_363(_BD, "tỉnh", "41.862", "15.327", "58.406", "98,37", "\nCụm miền Tây (gồm"),
    # 4. fees collected
    _bd("TTHC 6.215 giao dịch", "6.215", 6215, "giao dịch", C, code=ANY),
    _bd("tiền 3,84 tỷ đồng", "3,84", 3.84, "tỷ đồng", code=ANY),
    _bd("trong đó 4.982 giao dịch", "4.982", 4982, "giao dịch", C, code=ANY),
    _bd("chiếm 80,16%", "80,16%", 80.16, "%", code=ANY),
    # 5. communes by grade; satisfaction; PAKN; national ranking (named in full); tháng 6/2025 dated 2025-06-30
    F("96/130 xã", "96/130", 96, "xã", C, max_value=130, subject=ANY, level="xã", code=None),
    F("Tốt, 31 xã", "31", 31, "xã", C, subject=ANY, level="xã", code=None),
    F("và 03 xã", "03", 3, "xã", C, subject=ANY, level="xã", code=None),
    _bd("đạt 96,72%", "96,72%", 96.72, "%", code=ANY),
    _bd("tiếp nhận 05 phản ánh", "05", 5, "PAKN", C, code=_PAKN_TN),
    _bd("xong 05/05 PAKN", "05/05", 5, "PAKN", C, max_value=5, code=_PAKN_XL),
    F("thứ 3/34", "3/34", 3, "hạng", R, max_value=34, subject="Bưu điện tỉnh Nghệ An", level="tỉnh", code=ANY),
    F("tăng 2 bậc", "2", 2, "hạng", CH, subject="Bưu điện tỉnh Nghệ An", level="tỉnh", code=ANY),
    F("thứ 5/34)", "5/34", 5, "hạng", PR, max_value=34, subject="Bưu điện tỉnh Nghệ An", level="tỉnh",
      as_of=_JUN_363, code=ANY),
    # 6.a) the regional post office's target, dated at its deadline (0238.3844.256 is a phone number)
    F("tối thiểu 98%", "98%", 98, "%", T, subject="Bưu điện khu vực miền Tây", level=ANY, as_of="2025-08-31",
      code=ANY),
]

# ------------------------------------------------------------ 364: Văn phòng Đoàn ĐBQH và HĐND tỉnh Tây Ninh, năm 2025
_VP = "Văn phòng Đoàn ĐBQH và HĐND tỉnh"


def _vp(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Office itself (named as the text introduces it, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_VP, level="tỉnh", **kw)


def _answered(subject: object, level: object, received: str, answered: str, share: str) -> list[Fact]:
    """One dash-list line `- <body>: n kiến nghị, đã trả lời m kiến nghị, đạt x%`."""
    return [
        F(f": {received} kiến nghị, đã", received, _num(received), "kiến nghị", C, subject=subject, level=level,
          code=ANY),
        F(f"trả lời {answered} kiến nghị, đạt", answered, _num(answered), "kiến nghị", C, subject=subject,
          level=level, code=ANY),
        F(f"{answered} kiến nghị, đạt {share}", share, _num(share), "%", subject=subject, level=level, code=ANY),
    ]


BLIND_364 = [
    # I.1 the province's voters' petitions; năm 2024 dated 2024-12-31
    F("đã gửi 1.846 kiến nghị", "1.846", 1846, "kiến nghị", C, code=ANY),
    F("tăng 214 kiến nghị", "214", 214, "kiến nghị", CH, code=ANY),
    F("(1.632 kiến nghị", "1.632", 1632, "kiến nghị", PR, as_of=_Y2024, code=ANY),
    F("trong đó 1.118 kiến nghị", "1.118", 1118, "kiến nghị", C, code=ANY),
    F("chiếm 60,56%", "60,56%", 60.56, "%", code=ANY),
    # answers of the competent bodies at 31/12/2025 (= period end); the resolution's target at the period end
    _some("trả lời 1.792/1.846", "1.792/1.846", 1792, "kiến nghị", C, max_value=1846, code=ANY),
    _some("đạt 97,07%", "97,07%", 97.07, "%", code=ANY),
    _some("thời hạn 1.703 kiến nghị", "1.703", 1703, "kiến nghị", C, code=ANY),
    _some("chiếm 95,03%", "95,03%", 95.03, "%", code=ANY, target=95, stated_status="đạt"),
    _some("còn 54 kiến nghị", "54", 54, "kiến nghị", C, code=ANY),
    _some("là 24,6 ngày", "24,6", 24.6, "ngày", code=ANY),
    _some("rút ngắn 3,2 ngày", "3,2", -3.2, "ngày", CH, code=ANY),
    _some("có 12 kiến nghị", "12", 12, "kiến nghị", C, code=ANY),
    _some("thời hạn là 95%", "95%", 95, "%", T, code=ANY),
    # the dash list of bodies
    *_answered("Sở Nông nghiệp và Môi trường", "tỉnh", "486", "471", "96,91%"),
    *_answered("Sở Xây dựng", "tỉnh", "352", "344", "97,73%"),
    *_answered("Sở Y tế", "tỉnh", "127", "127", "100%"),
    *_answered("Sở Tài chính", "tỉnh", "118", "109", "92,37%"),
    *_answered("UBND các xã, phường", "xã", "415", "406", "97,83%"),
    *_answered(ANY, ANY, "348", "335", "96,26%"),
    # I.2 the Office's letters
    _vp("tiếp nhận 2.368 đơn", "2.368", 2368, "đơn", C, code=ANY),
    _vp("thư điện tử 1.027 đơn", "1.027", 1027, "đơn", C, code=ANY),
    _vp("(chiếm 43,37%)", "43,37%", 43.37, "%", code=ANY),
    _vp("bưu chính 896 đơn", "896", 896, "đơn", C, code=ANY),
    _vp("công dân 445 đơn", "445", 445, "đơn", C, code=ANY),
    _vp("khiếu nại 612 đơn", "612", 612, "đơn", C, code=ANY),
    _vp("tố cáo 148 đơn", "148", 148, "đơn", C, code=ANY),
    _vp("phản ánh 1.608 đơn", "1.608", 1608, "đơn", C, code=ANY),
    _vp("là 1.954 đơn", "1.954", 1954, "đơn", C, code=ANY),
    _vp("với 1.954/1.954 đơn", "1.954/1.954", 1954, "đơn", C, max_value=1954, code=ANY),
    _vp("đơn, đạt 100%", "100%", 100, "%", code=ANY),
    _vp("trong đó 1.886 đơn", "1.886", 1886, "đơn", C, code=ANY),
    _vp("chiếm 96,52%", "96,52%", 96.52, "%", code=ANY),
    _some("đạt 84,65%", "84,65%", 84.65, "%", code=ANY),
    # I.3 meetings chaired by the Thường trực HĐND tỉnh; the app (năm 2024 dated 2024-12-31)
    F("chủ trì 126 cuộc", "126", 126, "cuộc", C, subject="Thường trực HĐND tỉnh", level="tỉnh", code=ANY),
    F("trong đó 38 cuộc", "38", 38, "cuộc", C, subject="Thường trực HĐND tỉnh", level="tỉnh", code=ANY),
    F("với 14.572 lượt", "14.572", 14572, "lượt", C, subject="Thường trực HĐND tỉnh", level="tỉnh", code=ANY),
    _some("có 58.214 lượt", "58.214", 58214, "lượt", C, code=ANY),
    _some("tải, 21.436 tài khoản", "21.436", 21436, "tài khoản", C, code=ANY),
    _some("đạt 88,4%", "88,4%", 88.4, "%", code=ANY),
    _some("(năm 2024: 85,1%)", "85,1%", 85.1, "%", PR, as_of=_Y2024, code=ANY),
    # I.4 bodies and communes by grade
    F("có 14/17 sở", "14/17", 14, "đơn vị", C, max_value=17, subject=ANY, level="tỉnh", code=None),
    F("Tốt, 02 sở", "02", 2, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("Khá và 01 sở", "01", 1, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("có 81/96 xã", "81/96", 81, "xã", C, max_value=96, subject=ANY, level="xã", code=None),
    F("Tốt, 13 xã", "13", 13, "xã", C, subject=ANY, level="xã", code=None),
    F("Khá và 02 xã", "02", 2, "xã", C, subject=ANY, level="xã", code=None),
    # III. the Sở Tài chính's outstanding petitions; the province's target for 2026 (0272.3826.915 is a phone)
    F("dứt điểm 09 kiến nghị", "09", 9, "kiến nghị", C, subject="Sở Tài chính", level="tỉnh", code=ANY),
    F("tối thiểu 70%", "70%", 70, "%", T, as_of="2026-12-31", code=ANY),
]

BLIND = {"360": BLIND_360, "361": BLIND_361, "362": BLIND_362, "363": BLIND_363, "364": BLIND_364}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "360": [
        ("2025-08-31", "day", "31/8/2025", "lắp đặt điểm thanh toán điện tử", "Hải quan cửa khẩu Hoành Mô"),
        ("2025-08-31", "month", "tháng 8/2025", "cập nhật danh mục thủ tục", "Đội Tổng hợp"),
        ("2025-09-30", "quarter", "quý III/2025", "giám sát hải quan tự động", "Hải quan cửa khẩu cảng Cái Lân"),
        ("2025-09-15", "day", "ngày 15 tháng 9 năm 2025", "kiểm tra sau thông quan", "Đội Kiểm soát hải quan"),
        # issued 07/7/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/8/2025
        ("2025-08-05", "recurring", "05 hằng tháng", "báo cáo số liệu thu nộp thuế điện tử",
         "Các Hải quan cửa khẩu"),
    ],
    "361": [
        ("2025-04-15", "day", "15/4/2025", "cập nhật danh sách doanh nghiệp", "Phòng Thu thập thông tin thống kê"),
        ("2025-05-31", "month", "tháng 5/2025", "đôn đốc các doanh nghiệp", "Phòng Thống kê kinh tế"),
        ("2025-06-30", "quarter", "quý II/2025", "tổ chức tập huấn", "Phòng Tổng hợp và Thông tin"),
        ("2025-12-31", "year", "năm 2025", "gửi đúng hạn", "Các phòng nghiệp vụ"),
        # issued 18/3/2025: the first "ngày 25 hằng tháng" is 25/3/2025
        ("2025-03-25", "recurring", "25 hằng tháng", "tổng hợp tình hình báo cáo", "Các phòng nghiệp vụ"),
    ],
    "362": [
        ("2025-10-31", "day", "31/10/2025", "đối chiếu thông tin sinh trắc học",
         "Các ngân hàng thương mại trên địa bàn"),
        ("2025-11-30", "month", "tháng 11/2025", "hoàn thành kết nối", "Sở Y tế"),
        ("2025-12-31", "quarter", "quý IV/2025", "thu học phí không dùng tiền mặt", "Sở Giáo dục và Đào tạo"),
        ("2025-12-15", "day", "ngày 15 tháng 12 năm 2025", "bố trí mã QR thanh toán phí, lệ phí",
         "Trung tâm Phục vụ hành chính công thành phố"),
        # issued 10/10/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/11/2025
        ("2025-11-05", "recurring", "05 hằng tháng", "gửi báo cáo số liệu thanh toán không dùng tiền mặt",
         "Các ngân hàng thương mại, chi nhánh ngân hàng nước ngoài trên địa bàn"),
    ],
    "363": [
        ("2025-08-31", "day", "31/8/2025", "nâng tỷ lệ phát đúng hạn", "Bưu điện khu vực miền Tây"),
        ("2025-09-30", "month", "tháng 9/2025", "kết nối phần mềm quản lý bưu gửi",
         "Phòng Kỹ thuật - Công nghệ thông tin"),
        ("2025-08-20", "day", "ngày 20 tháng 8 năm 2025", "ký phụ lục hợp đồng", "Phòng Kế hoạch - Kinh doanh"),
        ("2025-09-30", "quarter", "quý III/2025", "tổ chức lại hành trình chuyển phát",
         "Trung tâm Khai thác vận chuyển"),
        # issued 06/8/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/9/2025
        ("2025-09-03", "recurring", "03 hằng tháng", "gửi số liệu tiếp nhận", "Các Bưu điện khu vực"),
    ],
    "364": [
        ("2026-01-31", "day", "31/01/2026", "trả lời dứt điểm", "Sở Tài chính"),
        ("2026-03-31", "month", "tháng 3/2026", "hợp nhất dữ liệu kiến nghị cử tri", "Phòng Công tác HĐND"),
        ("2026-02-28", "day", "ngày 28 tháng 02 năm 2026", "gửi báo cáo giải trình",
         "UBND các xã, phường xếp loại Trung bình"),
        ("2026-06-30", "quarter", "quý II/2026", "tổng hợp kiến nghị cử tri", "Phòng Dân nguyện"),
        ("2026-12-31", "year", "năm 2026", "tiếp nhận qua môi trường điện tử", "Phòng Dân nguyện"),
        # issued 09/01/2026: the first "ngày 20 hằng tháng" is 20/01/2026
        ("2026-01-20", "recurring", "20 hằng tháng", "cập nhật kết quả giải quyết kiến nghị cử tri",
         "Các sở, ngành, UBND các xã, phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 360's issuer is the Chi cục Hải quan khu vực VIII (tỉnh Quảng Ninh, named in the text and the place line);
# 361's is Thống kê tỉnh Hải Dương (before the merger); 362's is the NHNN branch of thành phố Cần Thơ (after
# the merger: the province is the new Cần Thơ); 363's is Bưu điện tỉnh Nghệ An; 364's is the Office of the
# new tỉnh Tây Ninh, an annual report issued in January 2026.
META = {
    "360": {"doc_number": "1856/BC-HQKV8", "doc_type": "Báo cáo", "issued_date": "2025-07-07",
            "province": "Quảng Ninh", "period_label": "quý II năm 2025", "period_start": "2025-04-01",
            "period_end": "2025-06-30", "signer": "Đỗ Mạnh Cường"},
    "361": {"doc_number": "86/BC-TKHD", "doc_type": "Báo cáo", "issued_date": "2025-03-18",
            "province": "Hải Dương", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Phạm Thị Thu Hương"},
    "362": {"doc_number": "1247/BC-CT", "doc_type": "Báo cáo", "issued_date": "2025-10-10",
            "province": "Cần Thơ", "period_label": "9 tháng năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-09-30", "signer": "Trần Thị Ngọc Hân"},
    "363": {"doc_number": "318/BC-BĐNA", "doc_type": "Báo cáo", "issued_date": "2025-08-06",
            "province": "Nghệ An", "period_label": "tháng 7 năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-07-31", "signer": "Hồ Sỹ Nguyên"},
    "364": {"doc_number": "15/BC-VP", "doc_type": "Báo cáo", "issued_date": "2026-01-09",
            "province": "Tây Ninh", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Lê Văn Tân"},
}
