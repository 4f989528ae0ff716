"""Blind golden facts for corpus/blind85/500_nghe_an.txt, 501_can_tho.txt, 502_nam_dinh.txt, 503_dak_lak.txt and
504_hue.txt.

The five documents were written by the developers for an eighty-fifth blind measurement (provinces not used in sets
81–84, issuers of kinds the corpus has seldom seen: an EVN provincial power company, a Chi cục Hải quan khu vực after
the 2025 customs reorganisation, a Sở Văn hóa, Thể thao và Du lịch, a Sở Tư pháp on electronic civil status and
criminal-record certificates, a Thống kê thành phố after the 2025 statistics reorganisation; periods before and after
the 1 July 2025 merger; not real documents), and every row below was written by reading them, before any extraction,
restoration or pipeline code was run on them. They also serve as held-out text for diacritic restoration (marks
stripped, restored, compared with the file).

Same structure and conventions as golden/blind84.py, blind83.py, blind16.py and blind13.py: rows use
`golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose and
list counts are kind `count`; table cells are kind `value` even when they count, with `extra={"source": "table"}`;
`as_of="period"` is the period's end; a table column dated before the period end keeps kind `value` with that date as
`as_of`; a change is dated at the period end and a fall ("giảm", "rút ngắn") is negative. `ANY` leaves a field
unchecked where the sentence names no catalogued indicator (`None` where it clearly names none: counts of decisions,
fields, units). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of the
files (or PAKN) an indicator is computed on carries that indicator's code; every "đã giải quyết" count, the parts of a
settled whole given apart ("trước hạn …", "đúng hạn …" next to "trước hạn" and "quá hạn"), channels other than online
and direct submission, and relative changes of counts have their code unchecked. Counts of local units take the unit
of their first unit word ("97/102 xã, phường" → `xã`, "21 huyện, thị xã, thành phố" → `huyện`), counts of "đơn vị" →
`đơn vị`, at the level of the bodies counted; "toàn tỉnh có 102 đơn vị hành chính cấp xã (88 xã, 14 phường)" → whole
`cấp xã` (level xã), parts subject ANY with units `xã` and `phường` (as golden/blind81.py's 480). A provincial body's
own figures naming no body are named by its kind ("Sở Văn hóa, Thể thao và Du lịch", "Sở Tư pháp"), in a centrally-run
city "Thống kê thành phố"; a sentence naming the body in full keeps the name as written ("Thống kê thành phố Huế đạt
…"); a proper name holding a place is kept whole ("Công ty Điện lực Nghệ An", "Chi cục Hải quan khu vực XVII"). Money
keeps the unit written (`tỷ đồng`, `triệu đồng`, `tỷ USD`; kind value, code unchecked); durations `ngày` or `giờ`;
other things counted take the noun as written (`dịch vụ`, `khách hàng`, `hóa đơn`, `giao dịch`, `tờ khai`, `doanh
nghiệp`, `ngân hàng`, `giấy phép`, `thẻ`, `cơ sở`, `công chức`, `lĩnh vực`, `trường hợp`, `dữ liệu`, `yêu cầu`,
`phiếu`, `bản`, `lớp`, `lượt`, `báo cáo`, `biểu`, `cuốn`). Numbers written in words are no figures ("hai đợt", "hai
tỉnh cũ", "hơn một triệu lượt"). Dates, document numbers, cited letters, plans, decisions, decrees and laws ("Văn bản
số 782/EVNNPC-KD", "Kế hoạch số 115/KH-UBND", "Công văn số 2418/UBND-KSTT", "Quyết định số 382/QĐ-BTC", "Kế hoạch số
26/KH-UBND", "Công văn số 96/VP-KSTT", "Luật Di sản văn hóa năm 2024", "Kế hoạch số 214/KH-UBND", "Luật Thống kê năm
2015 (sửa đổi, bổ sung năm 2021)", "Nghị định số 62/2024/NĐ-CP", "Quyết định số 1305/QĐ-CTK"), the period words ("từ
ngày 01/01/2025 đến ngày 31/3/2025", "Lũy kế đến ngày 31/8/2025", "Tính đến ngày 30/9/2025", "Từ ngày 01/7/2025", "lũy
kế 9 tháng năm 2025", "Trong 9 tháng", "6 tháng đầu năm 2025"), "Đề án 06", "Chi cục Hải quan khu vực XVII",
"VNACCS/VCIS", "thông quan 24/7" (a service around the clock, not a rank), "trẻ em dưới 6 tuổi", "Bảng 1.", "tháng
8/2025" in a caption, section numbering ("I.", "1.", "a)", "đ)", "5.1." … "5.6."), the STT/TT columns, the hotline
"19006769", street addresses ("số 128 đường Lê Lợi", "số 06 đường Hai Bà Trưng", "số 03 đường Trần Hưng Đạo", "số 18
đường Lê Lợi"), phone numbers ("0238.3844.215", "0292.3820.415", "0234.3822.516"), headings naming the next period
("III. NHIỆM VỤ QUÝ II NĂM 2025", "II. NHIỆM VỤ QUÝ IV NĂM 2025", "VII. NHIỆM VỤ NĂM 2025", "7. Nhiệm vụ tháng 9 năm
2025": no deadlines), the framing "Để hoàn thành chỉ tiêu năm 2025" (a goal's period, no deadline) and years are not
figures.

New in this set:
- 500 is a quarterly Báo cáo of Công ty Điện lực Nghệ An (header "TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC / CÔNG TY ĐIỆN LỰC
  NGHỆ AN") to UBND tỉnh and Sở Công Thương, quý I năm 2025, issued 07/4/2025, before the merger. As
  golden/blind65.py's 400: the company's name holds a place, kept whole ("Công ty Điện lực Nghệ An", level tỉnh) for
  its own figures and its "Toàn Công ty" row; electricity service requests on the Cổng DVC quốc gia are `hồ sơ`
  (received, on-time, overdue carry the usual codes); services, customers, e-invoices, cashless payment, connection
  times, the satisfaction score "8,94/10" (max 10) and the rank "9/27 công ty điện lực thuộc Tổng công ty" (not the
  766 ranking) have code unchecked. "(quý IV năm 2024: 31.206 hồ sơ), giảm 2.292 hồ sơ" previous dated 2024-12-31 and
  a fall; shares of three kinds of request after "tương ứng chiếm"; "rút ngắn 0,18 ngày … (3,64 ngày)"; the company's
  cashless share carries the Tổng công ty's 2025 target 92 ("chưa đạt"), dated 2025-12-31. Its Markdown table by Điện
  lực (a company's branches: subject as written, level unchecked, as golden/blind65.py) has a row "Các Điện lực còn
  lại" (subject and level unchecked), `100` and `0` cells and a "Toàn Công ty" row (= the company; its figures are
  also in the prose). "21 huyện, thị xã, thành phố" is a count of the province's district-level units (unit `huyện`).
  In the tasks, "21 hồ sơ" and "05 dịch vụ" are counts (subject, level and code unchecked) and "đạt tối thiểu 90%" the
  target of the two Điện lực opening the task, dated 2025-06-30 ("quý II/2025"). Six deadlines: day, "chậm nhất" day
  in words, month, quarter (with the target), year, "trước ngày 03 hằng tháng" (issued 07/4/2025, after the 3rd: first
  03/5/2025).
- 501 is a quarterly Báo cáo of the Chi cục Hải quan khu vực XVII (header "CỤC HẢI QUAN / CHI CỤC HẢI QUAN KHU VỰC
  XVII") to UBND thành phố Cần Thơ (a centrally-run city, merged with Sóc Trăng and Hậu Giang), quý III năm 2025,
  issued 06/10/2025. As golden/blind72.py's 437 (the more recent reading than blind57's 360): its own figures have
  subject "Chi cục Hải quan khu vực XVII", level tỉnh, and so do the units under it in its TAB-SEPARATED table
  (subject as written, "Hải quan Tây Đô"; declarations `tờ khai`, green-lane share, revenue `tỷ đồng`, e-tax share;
  units in the headers) with a "Cộng" row with an empty TT cell (= the Chi cục). Its TTHC files carry the catalogued
  codes (received, online, on time, overdue); "187 TTHC … toàn trình, đạt 87,38%" the full-online count and share.
  "tăng 4.127 tờ khai so với quý II năm 2025 (34.487 tờ khai)" and "(quý II năm 2025: 7,2 giờ)" are dated 2025-06-30;
  "tăng 12,6% so với cùng kỳ năm 2024" a relative change. "lũy kế 9 tháng năm 2025 đạt 1.284,6 tỷ đồng" is dated at
  the period end; "bằng 78,3% chỉ tiêu thu năm 2025 được giao (1.640 tỷ đồng)": a share and a target in money dated
  2025-12-31. "so với chỉ tiêu Cục Hải quan giao năm 2025 là 99% thì Chi cục đã đạt chỉ tiêu": 99,52% carries target
  99 ("đạt"). Trade "qua địa bàn", enterprises, the banks and their transactions are not the Chi cục itself (subject
  and level unchecked). Score `91,76/100` and rank `5/20` among customs branches, "(quý II năm 2025: xếp thứ 8/20)"
  (code unchecked, not the 766 ranking); the city's own 766 score `83,15/100` and rank `14/34` (subject NULL). Tasks:
  "8 hồ sơ" a count repeated; "đạt tối thiểu 62% trong quý IV năm 2025" the target of the unit opening the task ("Hải
  quan cửa khẩu cảng Cần Thơ", level tỉnh), dated 2025-12-31. Five deadlines: day, "chậm nhất" day in words, month,
  quarter (with the target), "trước ngày 22 hằng tháng" (issued 06/10/2025: first 22/10/2025).
- 502 is an annual Báo cáo of the Sở Văn hóa, Thể thao và Du lịch tỉnh Nam Định (header "UBND TỈNH NAM ĐỊNH / SỞ VĂN
  HÓA, THỂ THAO VÀ DU LỊCH"), năm 2024, issued 09/01/2025, with no table: "04 quyết định … gồm 23 TTHC mới ban hành,
  17 TTHC sửa đổi, bổ sung và 6 TTHC bị bãi bỏ" (the decisions code None, the TTHC code unchecked), the Sở's TTHC as a
  dash list ("- 78 TTHC … (chiếm 59,09%);", "- 13 TTHC chưa đủ điều kiện …": code unchecked), files received "(năm
  2023: 4.215 hồ sơ), tăng 14,5%" (previous dated 2023-12-31, relative change), by channel (online code,
  direct-submission code for "trực tiếp tại Trung tâm …", postal code unchecked), a dash list by field "- Du lịch:
  1.926 hồ sơ, trực tuyến 97,95%;" (kinds of files: subject ANY, level tỉnh; received and online codes), settled files
  "gồm: trước hạn …, đúng hạn …, quá hạn …", licences, cards and establishments counted as written. "so với chỉ tiêu
  UBND tỉnh giao năm 2024 là 70% thì Sở đã đạt chỉ tiêu" (target at the period end, 72,46% "đạt"). "96,12% (năm 2023:
  78,40%), với 4.639 hồ sơ được số hóa" (the count carries the digitisation code). The Sở's `88,14/100`, `5/20` "(năm
  2023: 84,30 điểm, xếp thứ 11/20), tăng 3,84 điểm và tăng 6 bậc", two group scores `x/max`; "Toàn tỉnh Nam Định đạt
  85,36 điểm, xếp thứ 18/63" and the province's tourism ("toàn tỉnh đón 5.842.600 lượt khách", "tăng 11,2%", "4.126 tỷ
  đồng") have subject NULL. The year's target "đạt tối thiểu 80% trong năm 2025" is the Sở's (subject unchecked, level
  tỉnh), dated 2025-12-31. Six deadlines: day, "chậm nhất" day in words, quarter, month, year (with the target),
  "trước ngày 18 hằng tháng" (issued 09/01/2025: first 18/01/2025).
- 503 is a monthly Báo cáo of the Sở Tư pháp tỉnh Đắk Lắk (header "UBND TỈNH ĐẮK LẮK / SỞ TƯ PHÁP"; merged with Phú
  Yên), tháng 8 năm 2025, issued 05/9/2025, on electronic civil status, criminal-record certificates via VNeID and the
  Sở's files. NEW: civil-status registrations by "UBND cấp xã" (a level named through the body: subject unchecked,
  level xã; unit `trường hợp`, code unchecked) and its Markdown Bảng 1 by KIND OF RECORD ("Đăng ký khai sinh" …;
  total, online, online share), caption "tại UBND cấp xã": rows and the "Tổng cộng" row subject unchecked, level xã
  (its figures repeat the prose). Best and worst communes in brackets ("phường Buôn Ma Thuột", "xã Ea Súp", level xã).
  Linked procedures ("2.468 hồ sơ", "716 hồ sơ") and the civil-status records digitised ("1.862.415 dữ liệu", "92,36%
  kế hoạch") name no body doing them (subject and level unchecked). "97/102 xã, phường", "96/102 xã, phường", "05 xã"
  count communes (unit `xã`, code None). The Sở's criminal-record work: requests `yêu cầu` ("(tháng 7/2025: 2.106 yêu
  cầu)" dated 2025-07-31), certificates `phiếu` ("2.356 Phiếu", "1.884 Phiếu lý lịch tư pháp điện tử"), shares, "4,6
  ngày, rút ngắn 0,9 ngày" (code unchecked). Certified copies "18.426 bản" of UBND cấp xã (subject unchecked, level
  xã), whose share carries the chứng thực code. The Sở's own files "(tháng 7/2025: 2.874 hồ sơ), tăng 272 hồ sơ";
  "81,36%; chỉ tiêu UBND tỉnh giao năm 2025 là 85%, Sở chưa đạt chỉ tiêu". "Sở Tư pháp đạt 89,26/100 điểm, xếp thứ
  4/15 sở, ban, ngành (tháng 7/2025: 87,95 điểm, xếp thứ 6/15), tăng 1,31 điểm và tăng 2 bậc"; the province's
  `82,47/100`, `19/34` (subject NULL). Tasks in lettered items a)–đ): "UBND 05 xã chưa hoàn thành …" (the count
  repeated, level xã, code None; the assignee as written with it, as golden/blind81.py's 482); the target "đạt tối
  thiểu 50% trong tháng 10/2025" of a task where the Phòng guides the communes (whose target is left open: subject and
  level unchecked), dated 2025-10-31. Five deadlines: day, "chậm nhất" day in words, quarter, month (with the target),
  "trước ngày 20 hằng tháng" (issued 05/9/2025: first 20/9/2025).
- 504 is a Công văn of Thống kê thành phố Huế (header laid out in two columns with spaces, "CỤC THỐNG KÊ / THỐNG KÊ
  THÀNH PHỐ HUẾ", a "V/v" line on three lines naming "9 tháng năm 2025"), issued 08/10/2025, to the city's agencies,
  communes and enterprises. "toàn thành phố" enterprises are the city's (subject NULL): "6.284 doanh nghiệp … 5.416
  doanh nghiệp … đạt 86,19% (cùng kỳ năm 2024: 81,42%), tăng 4,77%; so với chỉ tiêu Cục Thống kê giao năm 2025 là 90%
  thì chưa đạt chỉ tiêu" (previous dated 2024-09-30, target dated 2025-12-31), "So với 6 tháng đầu năm 2025 (84,06%),
  tỷ lệ … tăng thêm 2,13%" (a second previous value, dated 2025-06-30, and its change), "15.846 báo cáo" (unit `báo
  cáo`), "Còn 868 doanh nghiệp". Shares by area "khu vực các phường có 3.412/3.896 doanh nghiệp … (87,58%)" and the
  newly founded enterprises "712 … 586 doanh nghiệp … đạt 82,30%" name no body (subject and level unchecked). A dash
  list by ownership "- Doanh nghiệp ngoài nhà nước: 5.143/5.988 doanh nghiệp (85,89%);" (one count with its max, then
  its share) and shares by industry after "là … ; … ;" (subject and level unchecked: sectors of the economy, as
  golden/blind57.py's 361). The office's own work ("Thống kê thành phố đã tổ chức …", "Thống kê thành phố tiếp nhận
  …", "1.246 biểu", "350 cuốn") is "Thống kê thành phố" (a centrally-run city: `... thành phố`), level tỉnh; its score
  sentence names it in full ("Thống kê thành phố Huế đạt 93,48/100 điểm, xếp thứ 6/34 Thống kê tỉnh, thành phố (6
  tháng đầu năm 2025: xếp thứ 14/63)"; code unchecked; the earlier rank among the 63 offices before the merger is
  dated 2025-06-30, max 63). The enterprise survey "1.846/1.912 phiếu, đạt 96,55% kế hoạch" names no body (subject and
  level unchecked). Communes: "40 xã, phường", "40/40 xã, phường", "07 xã, phường" (unit `xã`), block averages "khối
  phường đạt 8,42/10 điểm, khối xã đạt 7,86/10 điểm" (subject unchecked, level xã, max 10), "15/40 xã, phường xếp loại
  Tốt, 19 đơn vị … 06 đơn vị" (level xã). Tasks numbered "5.1." … "5.6." (no figures): "868 doanh nghiệp" a count
  repeated, "đến hết năm 2025 … của thành phố đạt tối thiểu 90%" the city's target (subject NULL), dated 2025-12-31.
  Six deadlines: day, "chậm nhất" day in words, month, year (with the target), quarter, "trước ngày 12 hằng tháng"
  (issued 08/10/2025: first 12/10/2025).
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
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_PAKN_TG = "pakn.thoi_gian"
_Y2025 = "2025-12-31"
_Q4_2024 = "2024-12-31"


def _cells(subject: object, level: object, cells: list[tuple[str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, code, as_of)`, kind value. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs once and
    the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, P, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 500: Công ty Điện lực Nghệ An, quý I năm 2025
_PC = "Công ty Điện lực Nghệ An"


def _pc(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the company itself (a proper name holding the province's name), level tỉnh."""
    return F(context, raw, value, unit, kind, subject=_PC, level="tỉnh", **kw)


def _row_500(subject: object, level: object, received: str, on_time: str, overdue: str, cashless: str,
             after: str) -> list[Fact]:
    """One Markdown row of an Điện lực (or "Toàn Công ty"): received, on-time share, overdue, cashless share."""
    cells = [(received, "hồ sơ", _TN, "period"), (on_time, "%", _DH, "period"), (overdue, "hồ sơ", _QH, "period"),
             (cashless, "%", ANY, "period")]
    return _cells(subject, level, cells, after, " | ", " |\n")


BLIND_500 = [
    # I.1 (782/EVNNPC-KD, 115/KH-UBND cited)
    _pc("cung cấp 14 dịch vụ", "14", 14, "dịch vụ", C, code=ANY),
    _pc("trong đó 09 dịch vụ", "09", 9, "dịch vụ", C, code=ANY),
    _pc("cho 1.362.418 khách hàng", "1.362.418", 1362418, "khách hàng", C, code=ANY),
    F("địa bàn 21 huyện", "21", 21, "huyện", C, subject=ANY, level="huyện", code=None),
    # I.2; quý IV năm 2024 dated 2024-12-31
    _pc("tiếp nhận 28.914 hồ sơ", "28.914", 28914, "hồ sơ", C, code=_TN),
    _pc("(quý IV năm 2024: 31.206", "31.206", 31206, "hồ sơ", PR, as_of=_Q4_2024, code=_TN),
    _pc("giảm 2.292 hồ sơ", "2.292", -2292, "hồ sơ", CH, code=_TN),
    _pc("cấp điện mới 8.126", "8.126", 8126, "hồ sơ", C, code=ANY),
    _pc("mua bán điện 14.735", "14.735", 14735, "hồ sơ", C, code=ANY),
    _pc("dịch vụ khác 6.053", "6.053", 6053, "hồ sơ", C, code=ANY),
    _pc("chiếm 28,10%", "28,10%", 28.10, "%", code=ANY),
    _pc("28,10%, 50,96%", "50,96%", 50.96, "%", code=ANY),
    _pc("và 20,93%", "20,93%", 20.93, "%", code=ANY),
    _pc("giải quyết 28.507", "28.507", 28507, "hồ sơ", C, code=ANY),
    _pc("đúng hạn 28.449", "28.449", 28449, "hồ sơ", C, code=_DH),
    _pc("đạt 99,80%", "99,80%", 99.80, "%", code=_DH),
    _pc("quá hạn 58 hồ sơ", "58", 58, "hồ sơ", C, code=_QH),
    F("Quỳ Hợp (21 hồ sơ)", "21", 21, "hồ sơ", C, subject="Điện lực Quỳ Hợp", level=ANY, code=_QH),
    _pc("bình quân 3,46 ngày", "3,46", 3.46, "ngày", code=ANY),
    _pc("rút ngắn 0,18 ngày", "0,18", -0.18, "ngày", CH, code=ANY),
    _pc("(3,64 ngày)", "3,64", 3.64, "ngày", PR, as_of=_Q4_2024, code=ANY),
    _pc("bình quân là 1,92 ngày", "1,92", 1.92, "ngày", code=ANY),
    # Markdown table by Điện lực (branches: level unchecked), "Toàn Công ty" = the company
    *_row_500("Điện lực Thành phố Vinh", ANY, "7.842", "99,92", "5", "97,36", "| 2 | Điện lực Diễn Châu"),
    *_row_500("Điện lực Diễn Châu", ANY, "2.615", "99,85", "3", "90,12", "| 3 | Điện lực Quỳnh Lưu"),
    *_row_500("Điện lực Quỳnh Lưu", ANY, "2.384", "99,79", "4", "88,45", "| 4 | Điện lực Nghi Lộc"),
    *_row_500("Điện lực Nghi Lộc", ANY, "1.967", "100", "0", "91,08", "| 5 | Điện lực Yên Thành"),
    *_row_500("Điện lực Yên Thành", ANY, "1.836", "99,84", "2", "83,27", "| 6 | Điện lực Quỳ Hợp"),
    *_row_500("Điện lực Quỳ Hợp", ANY, "1.108", "98,07", "21", "72,64", "| 7 | Các Điện lực"),
    *_row_500(ANY, ANY, "11.162", "99,79", "23", "86,20", "| | Toàn Công ty"),
    *_row_500(_PC, "tỉnh", "28.914", "99,80", "58", "89,47", "\n3. Hóa đơn"),
    # I.3; quý IV năm 2024 dated 2024-12-31; the Tổng công ty's 2025 target
    _pc("phát hành 3.987.254", "3.987.254", 3987254, "hóa đơn", C, code=ANY),
    _pc("đạt 58,16%", "58,16%", 58.16, "%", code=ANY),
    _pc("Công ty đạt 89,47%", "89,47%", 89.47, "%", code=ANY, target=92, stated_status="chưa đạt"),
    _pc("2024: 88,12%", "88,12%", 88.12, "%", PR, as_of=_Q4_2024, code=ANY),
    _pc("tăng 1,35%", "1,35%", 1.35, "%", CH, code=ANY),
    _pc("năm 2025 là 92%", "92%", 92, "%", T, as_of=_Y2025, code=ANY),
    _pc("là 2.418,65 tỷ", "2.418,65", 2418.65, "tỷ đồng", code=ANY),
    _pc("chiếm 94,28%", "94,28%", 94.28, "%", code=ANY),
    _pc("có 41.862 giao dịch", "41.862", 41862, "giao dịch", C, code=ANY),
    _pc("tiền 36,74 tỷ", "36,74", 36.74, "tỷ đồng", code=ANY),
    # I.4 (19006769 is a hotline); quý IV năm 2024 dated 2024-12-31
    _pc("tiếp nhận 213 phản ánh", "213", 213, "PAKN", C, code=_PAKN_TN),
    _pc("xong 211 PAKN", "211", 211, "PAKN", C, code=_PAKN_XL),
    _pc("đạt 99,06%", "99,06%", 99.06, "%", code=_PAKN_TL),
    _pc("còn 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    _pc("bình quân 1,8 ngày", "1,8", 1.8, "ngày", code=_PAKN_TG),
    _pc("đạt 8,94/10", "8,94/10", 8.94, "điểm", max_value=10, code=ANY),
    _pc("thứ 9/27", "9/27", 9, "hạng", R, max_value=27, code=ANY),
    _pc("thứ 12/27)", "12/27", 12, "hạng", PR, max_value=27, as_of=_Q4_2024, code=ANY),
    _pc("tăng 3 bậc", "3", 3, "hạng", CH, code=ANY),
    # III. tasks: counts repeated, the two branches' target for quý II (0238.3844.215 is a phone number)
    F("dứt điểm 21 hồ sơ", "21", 21, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("cho 05 dịch vụ", "05", 5, "dịch vụ", C, subject=ANY, level=ANY, code=ANY),
    F("tối thiểu 90%", "90%", 90, "%", T, subject="Điện lực Quỳ Hợp, Điện lực Yên Thành", level=ANY,
      as_of="2025-06-30", code=ANY),
]

# ------------------------------------------------------------ 501: Chi cục Hải quan khu vực XVII, quý III năm 2025
_HQ = "Chi cục Hải quan khu vực XVII"
_Q2_2025 = "2025-06-30"


def _hq(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Chi cục itself (level tỉnh, as golden/blind72.py's 437)."""
    return F(context, raw, value, unit, kind, subject=_HQ, level="tỉnh", **kw)


def _row_501(subject: str, declarations: str, green: str, revenue: str, e_tax: str, after: str) -> list[Fact]:
    """One tab-separated row of a unit under the Chi cục (or "Cộng"): declarations, green-lane share, revenue of the
    quarter, e-tax share; all code unchecked."""
    cells = [(declarations, "tờ khai", ANY, "period"), (green, "%", ANY, "period"),
             (revenue, "tỷ đồng", ANY, "period"), (e_tax, "%", ANY, "period")]
    return _cells(subject, "tỉnh", cells, after, "\t", "\n")


BLIND_501 = [
    # I.1 (2418/UBND-KSTT, 382/QĐ-BTC cited)
    _hq("thực hiện 214 TTHC", "214", 214, "TTHC", C, code=_TTHC),
    _hq("trong đó 187 TTHC", "187", 187, "TTHC", C, code=_TOAN),
    _hq("đạt 87,38%", "87,38%", 87.38, "%", code=_TOAN),
    _hq("tiếp nhận 5.318", "5.318", 5318, "hồ sơ", C, code=_TN),
    _hq("trực tuyến 5.241", "5.241", 5241, "hồ sơ", C, code=_NOP),
    _hq("đạt 98,55%", "98,55%", 98.55, "%", code=_NOP),
    _hq("giải quyết 5.304", "5.304", 5304, "hồ sơ", C, code=ANY),
    _hq("đúng hạn 5.296", "5.296", 5296, "hồ sơ", C, code=_DH),
    _hq("đạt 99,85%", "99,85%", 99.85, "%", code=_DH),
    _hq("quá hạn 8 hồ sơ", "8", 8, "hồ sơ", C, code=_QH),
    # I.2 declarations; quý II năm 2025 dated 2025-06-30
    _hq("xử lý 38.614 tờ khai", "38.614", 38614, "tờ khai", C, code=ANY),
    _hq("tăng 4.127 tờ khai", "4.127", 4127, "tờ khai", CH, code=ANY),
    _hq("(34.487 tờ khai)", "34.487", 34487, "tờ khai", PR, as_of=_Q2_2025, code=ANY),
    _hq("tăng 12,6%", "12,6%", 12.6, "%", CH, code=ANY),
    _hq("xuất khẩu 24.905", "24.905", 24905, "tờ khai", C, code=ANY),
    _hq("nhập khẩu 13.709", "13.709", 13709, "tờ khai", C, code=ANY),
    _hq("100% tờ khai", "100%", 100, "%", code=ANY),
    _hq("lần lượt là 62,4%", "62,4%", 62.4, "%", code=ANY),
    _hq("62,4%, 31,8%", "31,8%", 31.8, "%", code=ANY),
    _hq("và 5,8%", "5,8%", 5.8, "%", code=ANY),
    _hq("là 2,3 giờ", "2,3", 2.3, "giờ", code=ANY),
    _hq("là 6,8 giờ", "6,8", 6.8, "giờ", code=ANY),
    _hq("2025: 7,2 giờ", "7,2", 7.2, "giờ", PR, as_of=_Q2_2025, code=ANY),
    F("đạt 2,86 tỷ USD", "2,86", 2.86, "tỷ USD", subject=ANY, level=ANY, code=ANY),
    F("có 1.862 doanh nghiệp", "1.862", 1862, "doanh nghiệp", C, subject=ANY, level=ANY, code=ANY),
    # tab-separated table of the units under the Chi cục (level tỉnh), "Cộng" = the Chi cục
    *_row_501("Hải quan cửa khẩu cảng Cần Thơ", "14.286", "59,1", "168,42", "99,61", "2\tHải quan Tây Đô"),
    *_row_501("Hải quan Tây Đô", "9.815", "64,9", "96,35", "99,48", "3\tHải quan Sóc Trăng"),
    *_row_501("Hải quan Sóc Trăng", "6.204", "66,3", "58,17", "99,37", "4\tHải quan Hậu Giang"),
    *_row_501("Hải quan Hậu Giang", "5.127", "63,5", "71,06", "99,55", "5\tHải quan Khu công nghiệp"),
    *_row_501("Hải quan Khu công nghiệp Trà Nóc", "3.182", "60,2", "52,40", "99,60", "\tCộng"),
    *_row_501(_HQ, "38.614", "62,4", "446,40", "99,52", "\n3. Thu ngân sách"),
    # I.3 revenue (the quarter's, then cumulated to the period end) and the year's targets
    _hq("đạt 446,40 tỷ", "446,40", 446.40, "tỷ đồng", code=ANY),
    _hq("đạt 1.284,6 tỷ", "1.284,6", 1284.6, "tỷ đồng", code=ANY),
    _hq("bằng 78,3%", "78,3%", 78.3, "%", code=ANY),
    _hq("(1.640 tỷ đồng)", "1.640", 1640, "tỷ đồng", T, as_of=_Y2025, code=ANY),
    _hq("đạt 99,52%", "99,52%", 99.52, "%", code=ANY, target=99, stated_status="đạt"),
    _hq("năm 2025 là 99%", "99%", 99, "%", T, as_of=_Y2025, code=ANY),
    F("với 17 ngân hàng", "17", 17, "ngân hàng", C, subject=ANY, level=ANY, code=ANY),
    F("với 52.306 giao dịch", "52.306", 52306, "giao dịch", C, subject=ANY, level=ANY, code=ANY),
    # I.4 PAKN, satisfaction, the customs ranking; the city's 766 total and rank
    _hq("tiếp nhận 11 phản ánh", "11", 11, "PAKN", C, code=_PAKN_TN),
    _hq("trả lời 11/11 PAKN", "11/11", 11, "PAKN", C, max_value=11, code=_PAKN_XL),
    _hq("PAKN, đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _hq("đạt 96,8%", "96,8%", 96.8, "%", code=ANY),
    _hq("đạt 91,76/100", "91,76/100", 91.76, "điểm", max_value=100, code=ANY),
    _hq("thứ 5/20", "5/20", 5, "hạng", R, max_value=20, code=ANY),
    _hq("thứ 8/20)", "8/20", 8, "hạng", PR, max_value=20, as_of=_Q2_2025, code=ANY),
    _hq("tăng 3 bậc", "3", 3, "hạng", CH, code=ANY),
    F("Thơ đạt 83,15/100", "83,15/100", 83.15, "điểm", max_value=100, code=_TONG),
    F("thứ 14/34", "14/34", 14, "hạng", R, max_value=34, code=_HANG),
    # II. tasks: a count repeated, a unit's target for quý IV (0292.3820.415 is a phone number, "24/7" no figure)
    F("dứt điểm 8 hồ sơ", "8", 8, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("tối thiểu 62%", "62%", 62, "%", T, subject="Hải quan cửa khẩu cảng Cần Thơ", level="tỉnh", as_of=_Y2025,
      code=ANY),
]

# ------------------------------------------------- 502: Sở Văn hóa, Thể thao và Du lịch tỉnh Nam Định, năm 2024
_SVH = "Sở Văn hóa, Thể thao và Du lịch"
_Y2023 = "2023-12-31"
_Y2024 = "2024-12-31"


def _svh(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở itself."""
    return F(context, raw, value, unit, kind, subject=_SVH, level="tỉnh", **kw)


def _field_502(name: str, received: str, online: str) -> list[Fact]:
    """One dash item "- <field>: n hồ sơ, trực tuyến x%" (a kind of files: subject unchecked, level tỉnh)."""
    return [F(f"{name}: {received} hồ sơ", received, _num(received), "hồ sơ", C, subject=ANY, level="tỉnh",
              code=_TN),
            F(f"trực tuyến {online}%", online + "%", _num(online), "%", subject=ANY, level="tỉnh", code=_NOP)]


BLIND_502 = [
    # I. (26/KH-UBND, 96/VP-KSTT cited)
    _svh("ban hành 04 quyết định", "04", 4, "quyết định", C, code=None),
    _svh("gồm 23 TTHC", "23", 23, "TTHC", C, code=ANY),
    _svh("hành, 17 TTHC", "17", 17, "TTHC", C, code=ANY),
    _svh("và 6 TTHC", "6", 6, "TTHC", C, code=ANY),
    _svh("thực hiện 132 TTHC", "132", 132, "TTHC", C, code=_TTHC),
    _svh("thuộc 9 lĩnh vực", "9", 9, "lĩnh vực", C, code=None),
    _svh("- 78 TTHC", "78", 78, "TTHC", C, code=_TOAN),
    _svh("(chiếm 59,09%)", "59,09%", 59.09, "%", code=_TOAN),
    _svh("- 41 TTHC", "41", 41, "TTHC", C, code=_MOT),
    _svh("(chiếm 31,06%)", "31,06%", 31.06, "%", code=_MOT),
    _svh("- 13 TTHC", "13", 13, "TTHC", C, code=ANY),
    _svh("bố trí 04 công chức", "04", 4, "công chức", C, code=ANY),
    # II.1; năm 2023 dated 2023-12-31
    _svh("tiếp nhận 4.826", "4.826", 4826, "hồ sơ", C, code=_TN),
    _svh("(năm 2023: 4.215", "4.215", 4215, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    _svh("tăng 14,5%", "14,5%", 14.5, "%", CH, code=ANY),
    _svh("trực tuyến 4.391", "4.391", 4391, "hồ sơ", C, code=_NOP),
    _svh("chiếm 90,99%", "90,99%", 90.99, "%", code=_NOP),
    _svh("công tỉnh 318 hồ sơ", "318", 318, "hồ sơ", C, code=_NTT),
    _svh("công ích 117 hồ sơ", "117", 117, "hồ sơ", C, code=ANY),
    # II.2 dash list by field
    *_field_502("Du lịch", "1.926", "97,95"),
    *_field_502("Văn hóa cơ sở", "1.408", "88,92"),
    *_field_502("Thể dục thể thao", "712", "91,57"),
    *_field_502("Di sản văn hóa", "394", "79,44"),
    *_field_502("Các lĩnh vực còn lại", "386", "74,35"),
    # II.3 settled files and their parts; II.4 licences, cards, establishments
    _svh("giải quyết 4.789", "4.789", 4789, "hồ sơ", C, code=ANY),
    _svh("trước hạn 3.962", "3.962", 3962, "hồ sơ", C, code=ANY),
    _svh("đúng hạn 819", "819", 819, "hồ sơ", C, code=ANY),
    _svh("quá hạn 8 hồ sơ", "8", 8, "hồ sơ", C, code=_QH),
    _svh("đạt 99,83%", "99,83%", 99.83, "%", code=_DH),
    _svh("cấp 386 giấy phép", "386", 386, "giấy phép", C, code=ANY),
    _svh("đổi 1.214 thẻ", "1.214", 1214, "thẻ", C, code=ANY),
    _svh("cho 27 cơ sở", "27", 27, "cơ sở", C, code=ANY),
    # III. payment against the year's target; digitisation (năm 2023 dated 2023-12-31)
    _svh("Sở đạt 72,46%", "72,46%", 72.46, "%", code=_TT, target=70, stated_status="đạt"),
    _svh("năm 2024 là 70%", "70%", 70, "%", T, as_of=_Y2024, code=_TT),
    _svh("là 1.186,5 triệu", "1.186,5", 1186.5, "triệu đồng", code=ANY),
    _svh("đạt 96,12%", "96,12%", 96.12, "%", code=_SH),
    _svh("(năm 2023: 78,40%)", "78,40%", 78.40, "%", PR, as_of=_Y2023, code=_SH),
    _svh("với 4.639 hồ sơ", "4.639", 4639, "hồ sơ", C, code=_SH),
    _svh("đạt 98,34%", "98,34%", 98.34, "%", code=_KQ),
    _svh("đạt 42,71%", "42,71%", 42.71, "%", code=_TSD),
    # IV.
    _svh("tiếp nhận 07 PAKN", "07", 7, "PAKN", C, code=_PAKN_TN),
    _svh("xử lý 07/07 PAKN", "07/07", 7, "PAKN", C, max_value=7, code=_PAKN_XL),
    _svh("bình quân 4,2 ngày", "4,2", 4.2, "ngày", code=_PAKN_TG),
    _svh("đạt 98,62%", "98,62%", 98.62, "%", code=_HL),
    # V. the Sở's score and rank among 20 agencies (năm 2023 dated 2023-12-31); the province's
    _svh("đạt 88,14/100", "88,14/100", 88.14, "điểm", max_value=100, code=_TONG),
    _svh("thứ 5/20", "5/20", 5, "hạng", R, max_value=20, code=_HANG),
    _svh("(năm 2023: 84,30 điểm", "84,30", 84.30, "điểm", PR, max_value=100, as_of=_Y2023, code=_TONG),
    _svh("thứ 11/20)", "11/20", 11, "hạng", PR, max_value=20, as_of=_Y2023, code=_HANG),
    _svh("tăng 3,84 điểm", "3,84", 3.84, "điểm", CH, code=_TONG),
    _svh("tăng 6 bậc", "6", 6, "hạng", CH, code=_HANG),
    _svh("đạt 17,42/18", "17,42/18", 17.42, "điểm", max_value=18, code="766.cong_khai"),
    _svh("đạt 18,06/22", "18,06/22", 18.06, "điểm", max_value=22, code="766.so_hoa"),
    F("Định đạt 85,36 điểm", "85,36", 85.36, "điểm", code=_TONG),
    F("thứ 18/63", "18/63", 18, "hạng", R, max_value=63, code=_HANG),
    # VI. the province's tourism ("hơn một triệu lượt" in words: no figure)
    F("đón 5.842.600 lượt", "5.842.600", 5842600, "lượt", C, code=ANY),
    F("tăng 11,2%", "11,2%", 11.2, "%", CH, code=ANY),
    F("đạt 4.126 tỷ", "4.126", 4126, "tỷ đồng", code=ANY),
    # VII. the Sở's target for 2025
    F("tối thiểu 80%", "80%", 80, "%", T, subject=ANY, level="tỉnh", as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 503: Sở Tư pháp tỉnh Đắk Lắk, tháng 8 năm 2025
_STP = "Sở Tư pháp"
_JUL_2025 = "2025-07-31"


def _stp(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở itself."""
    return F(context, raw, value, unit, kind, subject=_STP, level="tỉnh", **kw)


def _communes(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of "UBND cấp xã" (a level named through the body: subject unchecked, level xã)."""
    return F(context, raw, value, unit, kind, subject=ANY, level="xã", **kw)


def _record_503(total: str, online: str, share: str, after: str) -> list[Fact]:
    """One Markdown row of Bảng 1 (a kind of record, or "Tổng cộng"): total, online (trường hợp), online share."""
    cells = [(total, "trường hợp", ANY, "period"), (online, "trường hợp", ANY, "period"), (share, "%", ANY, "period")]
    return _cells(ANY, "xã", cells, after, " | ", " |\n")


BLIND_503 = [
    # 1. (214/KH-UBND cited; "hai tỉnh cũ" in words)
    F("có 102 đơn vị", "102", 102, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("(88 xã", "88", 88, "xã", C, subject=ANY, level="xã", code=None),
    F("14 phường)", "14", 14, "phường", C, subject=ANY, level="xã", code=None),
    # 2. civil status registered by UBND cấp xã; best and worst communes
    _communes("đăng ký 9.864 trường hợp", "9.864", 9864, "trường hợp", C, code=ANY),
    _communes("trực tuyến 7.212 trường hợp", "7.212", 7212, "trường hợp", C, code=ANY),
    _communes("đạt 73,11%", "73,11%", 73.11, "%", code=ANY),
    F("Buôn Ma Thuột (94,27%)", "94,27%", 94.27, "%", subject="phường Buôn Ma Thuột", level="xã", code=ANY),
    F("Ea Súp (38,64%)", "38,64%", 38.64, "%", subject="xã Ea Súp", level="xã", code=ANY),
    # Bảng 1 by kind of record (caption "tại UBND cấp xã"), "Tổng cộng" repeats the prose
    *_record_503("3.126", "2.784", "89,06", "| 2 | Đăng ký khai tử"),
    *_record_503("1.042", "853", "81,86", "| 3 | Đăng ký kết hôn"),
    *_record_503("986", "412", "41,79", "| 4 | Xác nhận"),
    *_record_503("2.375", "1.968", "82,86", "| 5 | Cấp bản sao"),
    *_record_503("2.335", "1.195", "51,18", "| | Tổng cộng"),
    *_record_503("9.864", "7.212", "73,11", "\nThực hiện liên thông"),
    # linked procedures and digitised records name no body ("dưới 6 tuổi" no figure; 31/8/2025 the period end)
    F("với 2.468 hồ sơ", "2.468", 2468, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("với 716 hồ sơ", "716", 716, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("hóa 1.862.415 dữ liệu", "1.862.415", 1862415, "dữ liệu", C, subject=ANY, level=ANY, code=ANY),
    F("đạt 92,36%", "92,36%", 92.36, "%", subject=ANY, level=ANY, code=ANY),
    F("Có 97/102 xã", "97/102", 97, "xã", C, max_value=102, subject=ANY, level="xã", code=None),
    F("còn 05 xã", "05", 5, "xã", C, subject=ANY, level="xã", code=None),
    # 3. criminal-record certificates (tháng 7/2025 dated 2025-07-31)
    _stp("tiếp nhận 2.418 yêu cầu", "2.418", 2418, "yêu cầu", C, code=ANY),
    _stp("2025: 2.106 yêu cầu", "2.106", 2106, "yêu cầu", PR, as_of=_JUL_2025, code=ANY),
    _stp("VNeID 1.937 yêu cầu", "1.937", 1937, "yêu cầu", C, code=ANY),
    _stp("chiếm 80,11%", "80,11%", 80.11, "%", code=ANY),
    _stp("cấp 2.356 Phiếu", "2.356", 2356, "phiếu", C, code=ANY),
    _stp("đó 1.884 Phiếu", "1.884", 1884, "phiếu", C, code=ANY),
    _stp("đạt 99,75%", "99,75%", 99.75, "%", code=ANY),
    _stp("bình quân 4,6 ngày", "4,6", 4.6, "ngày", code=ANY),
    _stp("rút ngắn 0,9 ngày", "0,9", -0.9, "ngày", CH, code=ANY),
    # 4. electronic certification by UBND cấp xã
    F("Có 96/102 xã", "96/102", 96, "xã", C, max_value=102, subject=ANY, level="xã", code=None),
    _communes("điện tử 18.426 bản", "18.426", 18426, "bản", C, code=ANY),
    _communes("đạt 64,52%", "64,52%", 64.52, "%", code=_CT),
    _communes("được 412,6 triệu", "412,6", 412.6, "triệu đồng", code=ANY),
    # 5. the Sở's own files (tháng 7/2025 dated 2025-07-31); payment against the 2025 target
    _stp("tiếp nhận 3.146", "3.146", 3146, "hồ sơ", C, code=_TN),
    _stp("(tháng 7/2025: 2.874", "2.874", 2874, "hồ sơ", PR, as_of=_JUL_2025, code=_TN),
    _stp("tăng 272 hồ sơ", "272", 272, "hồ sơ", CH, code=_TN),
    _stp("trực tuyến 2.985", "2.985", 2985, "hồ sơ", C, code=_NOP),
    _stp("đạt 94,88%", "94,88%", 94.88, "%", code=_NOP),
    _stp("giải quyết 3.052", "3.052", 3052, "hồ sơ", C, code=ANY),
    _stp("đúng hạn 3.049", "3.049", 3049, "hồ sơ", C, code=_DH),
    _stp("đạt 99,90%", "99,90%", 99.90, "%", code=_DH),
    _stp("quá hạn 03 hồ sơ", "03", 3, "hồ sơ", C, code=_QH),
    _stp("Sở đạt 81,36%", "81,36%", 81.36, "%", code=_TT, target=85, stated_status="chưa đạt"),
    _stp("năm 2025 là 85%", "85%", 85, "%", T, as_of=_Y2025, code=_TT),
    _stp("tiếp nhận 03 PAKN", "03", 3, "PAKN", C, code=_PAKN_TN),
    _stp("xử lý 03/03 PAKN", "03/03", 3, "PAKN", C, max_value=3, code=_PAKN_XL),
    # 6. the Sở's score and rank among 15 agencies (tháng 7/2025 dated 2025-07-31); the province's
    _stp("đạt 89,26/100", "89,26/100", 89.26, "điểm", max_value=100, code=_TONG),
    _stp("thứ 4/15", "4/15", 4, "hạng", R, max_value=15, code=_HANG),
    _stp("(tháng 7/2025: 87,95 điểm", "87,95", 87.95, "điểm", PR, max_value=100, as_of=_JUL_2025, code=_TONG),
    _stp("thứ 6/15)", "6/15", 6, "hạng", PR, max_value=15, as_of=_JUL_2025, code=_HANG),
    _stp("tăng 1,31 điểm", "1,31", 1.31, "điểm", CH, code=_TONG),
    _stp("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    F("Lắk đạt 82,47/100", "82,47/100", 82.47, "điểm", max_value=100, code=_TONG),
    F("thứ 19/34", "19/34", 19, "hạng", R, max_value=34, code=_HANG),
    # 7. tasks: a count repeated in an assignee, a target for October (holder left open)
    F("UBND 05 xã", "05", 5, "xã", C, subject=ANY, level="xã", code=None),
    F("tối thiểu 50%", "50%", 50, "%", T, subject=ANY, level=ANY, as_of="2025-10-31", code=ANY),
]

# ------------------------------------------------------------ 504: Thống kê thành phố Huế, 9 tháng năm 2025
_TKTP = "Thống kê thành phố"
_TKHUE = "Thống kê thành phố Huế"


def _tk(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the statistics office itself, named by its kind in a centrally-run city."""
    return F(context, raw, value, unit, kind, subject=_TKTP, level="tỉnh", **kw)


def _sector(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of a kind of enterprise or an industry (no body, no level)."""
    return F(context, raw, value, unit, kind, subject=ANY, level=ANY, code=ANY, **kw)


def _commune_504(context: str, raw: str, value: float, unit: str, kind: str = C, **kw) -> Fact:
    """A count of communes or a commune block's figure (subject unchecked, level xã)."""
    return F(context, raw, value, unit, kind, subject=ANY, level="xã", **kw)


BLIND_504 = [
    # 1. the city's enterprises (Luật Thống kê, 62/2024/NĐ-CP, 1305/QĐ-CTK cited); cùng kỳ năm 2024 = 2024-09-30
    F("có 6.284 doanh nghiệp", "6.284", 6284, "doanh nghiệp", C, code=ANY),
    F("trong đó 5.416", "5.416", 5416, "doanh nghiệp", C, code=ANY),
    F("đạt 86,19%", "86,19%", 86.19, "%", code=ANY, target=90, stated_status="chưa đạt"),
    F("2024: 81,42%", "81,42%", 81.42, "%", PR, as_of="2024-09-30", code=ANY),
    F("tăng 4,77%", "4,77%", 4.77, "%", CH, code=ANY),
    F("năm 2025 là 90%", "90%", 90, "%", T, as_of=_Y2025, code=ANY),
    F("là 4.873 doanh nghiệp", "4.873", 4873, "doanh nghiệp", C, code=ANY),
    F("chiếm 89,97%", "89,97%", 89.97, "%", code=ANY),
    F("2025 (84,06%)", "84,06%", 84.06, "%", PR, as_of="2025-06-30", code=ANY),
    F("thêm 2,13%", "2,13%", 2.13, "%", CH, code=ANY),
    F("là 15.846 báo cáo", "15.846", 15846, "báo cáo", C, code=ANY),
    # by area (the wards' and the communes' areas: subject and level unchecked)
    _sector("3.412/3.896 doanh nghiệp", "3.412/3.896", 3412, "doanh nghiệp", C, max_value=3896),
    _sector("(87,58%)", "87,58%", 87.58, "%"),
    _sector("2.004/2.388 doanh nghiệp", "2.004/2.388", 2004, "doanh nghiệp", C, max_value=2388),
    _sector("(83,92%)", "83,92%", 83.92, "%"),
    # by ownership (one count with its max, then its share) and by industry
    _sector("48/48 doanh nghiệp", "48/48", 48, "doanh nghiệp", C, max_value=48),
    _sector("(100%)", "100%", 100, "%"),
    _sector("5.143/5.988 doanh nghiệp", "5.143/5.988", 5143, "doanh nghiệp", C, max_value=5988),
    _sector("(85,89%)", "85,89%", 85.89, "%"),
    _sector("225/248 doanh nghiệp", "225/248", 225, "doanh nghiệp", C, max_value=248),
    _sector("(90,73%)", "90,73%", 90.73, "%"),
    _sector("là 88,42%", "88,42%", 88.42, "%"),
    _sector("dựng 84,15%", "84,15%", 84.15, "%"),
    _sector("lẻ 82,36%", "82,36%", 82.36, "%"),
    _sector("uống 79,08%", "79,08%", 79.08, "%"),
    _sector("lại 91,24%", "91,24%", 91.24, "%"),
    F("Còn 868 doanh nghiệp", "868", 868, "doanh nghiệp", C, code=ANY),
    # newly founded enterprises guided to the system (no body named: subject and level unchecked)
    _sector("có 712 doanh nghiệp", "712", 712, "doanh nghiệp", C),
    _sector("đó 586 doanh nghiệp", "586", 586, "doanh nghiệp", C),
    _sector("đạt 82,30%", "82,30%", 82.30, "%"),
    # 2. the office's own work
    _tk("tổ chức 06 lớp", "06", 6, "lớp", C, code=ANY),
    _tk("cho 412 lượt", "412", 412, "lượt", C, code=ANY),
    _tk("tại 37 doanh nghiệp", "37", 37, "doanh nghiệp", C, code=ANY),
    _tk("chính 9 trường hợp", "9", 9, "trường hợp", C, code=ANY),
    _tk("tiền 126,5 triệu", "126,5", 126.5, "triệu đồng", code=ANY),
    _tk("tiếp nhận 326 yêu cầu", "326", 326, "yêu cầu", C, code=ANY),
    _tk("trực tuyến 298 yêu cầu", "298", 298, "yêu cầu", C, code=ANY),
    _tk("đạt 91,41%", "91,41%", 91.41, "%", code=ANY),
    _tk("100% yêu cầu", "100%", 100, "%", code=ANY),
    _tk("cấp 1.246 biểu", "1.246", 1246, "biểu", C, code=ANY),
    _tk("hành 350 cuốn", "350", 350, "cuốn", C, code=ANY),
    _sector("thu thập 1.846/1.912 phiếu", "1.846/1.912", 1846, "phiếu", C, max_value=1912),
    _sector("đạt 96,55%", "96,55%", 96.55, "%"),
    # 3. communes (01/7/2025 and tháng 8/2025 no figures): counts, block averages, counts by grade
    _commune_504("có 40 xã", "40", 40, "xã", code=None),
    _commune_504("nay 40/40 xã", "40/40", 40, "xã", max_value=40, code=None),
    _commune_504("còn 07 xã", "07", 7, "xã", code=None),
    _commune_504("phường đạt 8,42/10", "8,42/10", 8.42, "điểm", P, max_value=10, code=ANY),
    _commune_504("xã đạt 7,86/10", "7,86/10", 7.86, "điểm", P, max_value=10, code=ANY),
    _commune_504("có 15/40 xã", "15/40", 15, "xã", max_value=40, code=None),
    _commune_504("Tốt, 19 đơn vị", "19", 19, "đơn vị", code=None),
    _commune_504("và 06 đơn vị", "06", 6, "đơn vị", code=None),
    # 4. the office named in full: score and rank among 34 (earlier among 63, dated 2025-06-30)
    F("đạt 93,48/100", "93,48/100", 93.48, "điểm", max_value=100, subject=_TKHUE, level="tỉnh", code=ANY),
    F("thứ 6/34", "6/34", 6, "hạng", R, max_value=34, subject=_TKHUE, level="tỉnh", code=ANY),
    F("thứ 14/63)", "14/63", 14, "hạng", PR, max_value=63, subject=_TKHUE, level="tỉnh", as_of="2025-06-30",
      code=ANY),
    # 5. tasks: a count repeated, the city's target for 2025 (0234.3822.516 is a phone number)
    F("đôn đốc 868 doanh nghiệp", "868", 868, "doanh nghiệp", C, subject=ANY, level=ANY, code=ANY),
    F("tối thiểu 90%", "90%", 90, "%", T, as_of=_Y2025, code=ANY),
]

BLIND = {"500": BLIND_500, "501": BLIND_501, "502": BLIND_502, "503": BLIND_503, "504": BLIND_504}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "500": [
        ("2025-04-20", "day", "20/4/2025", "giải quyết dứt điểm 21 hồ sơ quá hạn", "Điện lực Quỳ Hợp"),
        ("2025-05-15", "day", "ngày 15 tháng 5 năm 2025", "chuẩn hóa dữ liệu khách hàng", "Phòng Kinh doanh"),
        ("2025-06-30", "month", "tháng 6/2025", "kết nối ký hợp đồng điện tử", "Phòng Công nghệ thông tin"),
        ("2025-06-30", "quarter", "quý II/2025", "thanh toán tiền điện không dùng tiền mặt",
         "Điện lực Quỳ Hợp, Điện lực Yên Thành"),
        ("2025-12-31", "year", "năm 2025", "phương án cải tạo lưới điện hạ áp", "Phòng Kỹ thuật"),
        # issued 07/4/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/5/2025
        ("2025-05-03", "recurring", "03 hằng tháng", "gửi báo cáo kết quả cung cấp dịch vụ điện trực tuyến",
         "Các Điện lực"),
    ],
    "501": [
        ("2025-10-31", "day", "31/10/2025", "xử lý dứt điểm 8 hồ sơ quá hạn", "Hải quan Khu công nghiệp Trà Nóc"),
        ("2025-11-14", "day", "ngày 14 tháng 11 năm 2025", "thủ tục điện tử đối với tàu thuyền", "Hải quan Sóc Trăng"),
        ("2025-12-31", "month", "tháng 12/2025", "số hóa hồ sơ kiểm tra sau thông quan", "Đội Nghiệp vụ tổng hợp"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "áp dụng quản lý rủi ro", "Hải quan cửa khẩu cảng Cần Thơ"),
        # issued 06/10/2025: the first "ngày 22 hằng tháng" is 22/10/2025
        ("2025-10-22", "recurring", "22 hằng tháng", "báo cáo số liệu thủ tục hành chính",
         "Các đơn vị thuộc Chi cục"),
    ],
    "502": [
        ("2025-01-25", "day", "25/01/2025", "công bố danh mục TTHC sửa đổi", "Văn phòng Sở"),
        ("2025-02-28", "day", "ngày 28 tháng 02 năm 2025", "rà soát quy trình nội bộ cấp giấy phép lữ hành",
         "Phòng Quản lý Du lịch"),
        ("2025-03-31", "quarter", "quý I năm 2025", "xây dựng quy trình điện tử", "Phòng Quản lý Di sản văn hóa"),
        ("2025-04-30", "month", "tháng 4/2025", "cập nhật cơ sở dữ liệu cơ sở lưu trú",
         "Trung tâm Thông tin - Xúc tiến du lịch"),
        ("2025-12-31", "year", "năm 2025", "nâng tỷ lệ hồ sơ thanh toán trực tuyến", "Văn phòng Sở"),
        # issued 09/01/2025: the first "ngày 18 hằng tháng" is 18/01/2025
        ("2025-01-18", "recurring", "18 hằng tháng", "gửi số liệu giải quyết TTHC", "Các phòng, đơn vị thuộc Sở"),
    ],
    "503": [
        ("2025-09-15", "day", "15/9/2025", "đăng ký hộ tịch bị trả lại", "Phòng Hành chính tư pháp"),
        ("2025-09-30", "day", "ngày 30 tháng 9 năm 2025", "kết nối dữ liệu lý lịch tư pháp", "Văn phòng Sở"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "bố trí nhân lực, kinh phí",
         "UBND 05 xã chưa hoàn thành số hóa sổ hộ tịch lưu trữ"),
        ("2025-10-31", "month", "tháng 10/2025", "đăng ký kết hôn trực tuyến", "Phòng Hành chính tư pháp"),
        # issued 05/9/2025: the first "ngày 20 hằng tháng" is 20/9/2025
        ("2025-09-20", "recurring", "20 hằng tháng", "gửi số liệu hộ tịch, chứng thực",
         "Các phòng, đơn vị thuộc Sở và UBND các xã, phường"),
    ],
    "504": [
        ("2025-10-20", "day", "20/10/2025", "gửi báo cáo trực tuyến", "Các doanh nghiệp chưa gửi báo cáo thống kê"),
        ("2025-10-31", "day", "ngày 31 tháng 10 năm 2025", "cập nhật đầy đủ số liệu thống kê cấp xã",
         "UBND các xã, phường"),
        ("2025-11-30", "month", "tháng 11/2025", "chia sẻ dữ liệu hành chính", "Các sở, ban, ngành thành phố"),
        ("2025-12-31", "year", "năm 2025", "đôn đốc 868 doanh nghiệp", "Phòng Thu thập thông tin thống kê"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "rà soát danh sách doanh nghiệp ngừng hoạt động",
         "Phòng Thu thập thông tin thống kê"),
        # issued 08/10/2025: the first "ngày 12 hằng tháng" is 12/10/2025
        ("2025-10-12", "recurring", "12 hằng tháng", "gửi báo cáo thống kê cấp xã", "UBND các xã, phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 500's issuer is Công ty
# Điện lực Nghệ An; 501's the Chi cục Hải quan khu vực XVII (the province from "Kính gửi" and the place line: thành phố
# Cần Thơ); 502's the Sở Văn hóa, Thể thao và Du lịch tỉnh Nam Định; 503's the Sở Tư pháp tỉnh Đắk Lắk; 504 is a Công
# văn of Thống kê thành phố Huế, period the "9 tháng năm 2025" of its V/v line.
META = {
    "500": {"doc_number": "1386/BC-PCNA", "doc_type": "Báo cáo", "issued_date": "2025-04-07",
            "province": "Nghệ An", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Trần Quốc Hưng"},
    "501": {"doc_number": "1247/BC-CCHQKV17", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Cần Thơ", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Lâm Thanh Phong"},
    "502": {"doc_number": "45/BC-SVHTTDL", "doc_type": "Báo cáo", "issued_date": "2025-01-09",
            "province": "Nam Định", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Vũ Thị Thanh Hương"},
    "503": {"doc_number": "1862/BC-STP", "doc_type": "Báo cáo", "issued_date": "2025-09-05",
            "province": "Đắk Lắk", "period_label": "tháng 8 năm 2025", "period_start": "2025-08-01",
            "period_end": "2025-08-31", "signer": "Nguyễn Thị Hồng Nhung"},
    "504": {"doc_number": "214/TKHUE-TTTT", "doc_type": "Công văn", "issued_date": "2025-10-08",
            "province": "Huế", "period_label": "9 tháng năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-09-30", "signer": "Hoàng Minh Tuấn"},
}
