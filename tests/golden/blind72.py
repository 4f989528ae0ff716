"""Blind golden facts for corpus/blind72/435_tuyen_quang.txt, 436_dong_nai.txt, 437_lao_cai.txt,
438_ha_noi.txt and 439_gia_lai.txt.

The five documents were written by the developers for a seventy-second blind measurement (issuers, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind16.py and blind13.py: rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are kind
`count`; table cells are kind `value` with `extra={"source": "table"}`; `as_of="period"` is the period's
end; `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it
clearly names none). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`,
counts of "cơ quan"/"đơn vị" the unit `đơn vị` at the level of the bodies counted; every "đã giải quyết"
count, the parts of a received whole ("kỳ trước chuyển sang", "tiếp nhận mới") and a relative change of a
count have their code unchecked. A change is dated at the period end; a rise is positive, a fall negative.
Dates, document numbers, cited laws, decrees, decisions, plans and letters ("Công văn số 4312/UBND-KSTT",
"Nghị định số 101/2024/NĐ-CP", "Quyết định số 1327/QĐ-UBND", "Công văn số 6025/UBND-KT", "Kế hoạch số
287/KH-UBND", "Quyết định số 922/QĐ-BTTTT", "Kế hoạch số 118/KH-UBND", "Luật Đất đai năm 2024"), section
numbering ("I.", "1.") and the STT column, phone numbers ("0207.3822.546", "0251.3941.207", "0214.3830.158",
"024.3756.2091"), street addresses ("số 02 đường 17 Tháng 8", "số 207 đường Phạm Văn Thuận", "số 90 đường
Hoàng Quốc Việt"), the name "Chi cục Hải quan khu vực VIII" and "VNACCS/VCIS", "24/7" (round the clock),
"mức độ 2", times ("8 giờ", "17 giờ"), the period "(từ ngày 01/10/2025 đến ngày 31/12/2025)", headings
naming the next period ("III. NHIỆM VỤ NĂM 2025", "III. NHIỆM VỤ THÁNG 11 NĂM 2025", "III. NHIỆM VỤ NĂM
2026", "III. NHIỆM VỤ QUÝ I NĂM 2026": no deadlines) and years are not figures.

New in this set:
- 435 is an annual Báo cáo of Sở Lao động - Thương binh và Xã hội tỉnh Tuyên Quang (header "UBND TỈNH
  TUYÊN QUANG / SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"), năm 2024, issued 10/01/2025 (before the March 2025
  merger of the Sở and the July 2025 merger of the province). The Sở's own figures have subject "Sở Lao
  động - Thương binh và Xã hội", level tỉnh ("05 quyết định" code None, as golden/blind16.py's 158).
  "Bộ TTHC thuộc phạm vi quản lý của ngành hiện có 148 TTHC (cấp tỉnh 96 TTHC, cấp huyện 37 TTHC, cấp xã
  15 TTHC)": the whole is the sector's procedures at every level (neither the Sở's own nor clearly the
  province's: subject and level ANY), its parts by level. "tăng 9,3% so với năm 2023" is a relative change;
  "(năm 2023: 81,46%)", "(3.514 hồ sơ)" and "(xếp thứ 9/19)" are previous values dated 2023-12-31.
  "trước hạn và đúng hạn 6.352 hồ sơ, đạt 99,70%" carries the on-time code. "186 giấy phép" (unit `giấy
  phép`, code unchecked). Files of the social fields at district level "tại cấp huyện đã tiếp nhận 9.846
  hồ sơ …" are subject "cấp huyện"; its tab-separated table (units in the headers) lists the 7 district-level
  units (subject as written, "Thành phố Tuyên Quang", "Huyện Lâm Bình", level huyện; received, files
  submitted online with the online-share code, online share, on-time share; one "100" cell) with a "Cộng" row
  with an empty STT cell (= cấp huyện; its figures repeat the prose). "(47,07%)" is huyện Lâm Bình's online
  share as the sentence writes it; "Ở cấp xã … mới đạt 38,52%" is cấp xã's. "8.214/11.562 người, đạt
  71,04%" (payments without cash) names no body and is neither clearly the Sở's nor the province's (subject
  and level ANY, unit `người`, code unchecked). The "Trung tâm Dịch vụ việc làm tỉnh" (named in full) has
  its own files received for unemployment benefit (code of files received, online count and share,
  change and 2023 value); "3.885 quyết định" and "98,46 tỷ đồng" are issued by the Sở on the Centre's
  proposal (subject ANY, level tỉnh, code unchecked); "12.630 người lao động" were advised by the Centre.
  "so với chỉ tiêu UBND tỉnh giao năm 2024 là 50% thì đã đạt chỉ tiêu": the Sở's payment target at the
  period end, 58,27% carries it with status "đạt"; "41,06%, chưa đạt chỉ tiêu 50% của tỉnh": the reuse share
  carries target 50 with status "chưa đạt", the target itself has subject and level ANY ("của tỉnh" = set
  by the province or the province's own). PAKN parts by channel in a bracket are bare counts (code
  unchecked); `07/07 PAKN` one count (max 7), "đạt 100%" their handled share. Rank `6/19` among the
  province's agencies. The task's "trên địa bàn tỉnh đạt tối thiểu 85%" is the province's target (subject
  NULL) dated 2025-12-31. Five deadlines: day, quarter, "chậm nhất" day in words, year (with the target),
  monthly recurring "trước ngày 15 hằng tháng" (issued 10/01/2025: first 15/01/2025).
- 436 is a monthly Báo cáo of the Văn phòng Đăng ký đất đai of Đồng Nai (header "SỞ NÔNG NGHIỆP VÀ MÔI
  TRƯỜNG / VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", no "UBND TỈNH" line; province in "Kính gửi" and the place line),
  tháng 10 năm 2025 (after the merger with Bình Phước), issued 05/11/2025. Its own figures are subject "Văn
  phòng Đăng ký đất đai" (as the header's own line writes it, without `tỉnh`), level tỉnh. Files by kind
  ("đăng ký biến động 15.204 hồ sơ, chiếm 69,60%") are parts of those received (subject ANY, level tỉnh,
  code unchecked). "tăng 2.113 hồ sơ so với tháng 9/2025 (19.733 hồ sơ)" and "(tháng 9/2025: 61,24%)" are a
  change and previous values dated 2025-09-30. "3.412 hồ sơ kỳ trước chuyển sang" and "25.258 hồ sơ" to be
  settled, "4.343" in progress and "612" of them past due are code unchecked. "trước hạn, đúng hạn 20.137
  hồ sơ (96,28%)" carries the on-time code. The branches ("Chi nhánh Biên Hòa (241 hồ sơ)") are units of a
  provincial body: subject as written, level tỉnh (as the divisions of golden/blind6.py's 121). Its Markdown
  table lists the 9 branches (received, settled, on-time count, late count, on-time share; no "100" cell)
  with a "Tổng cộng" row with an empty STT cell (= the Văn phòng; its figures repeat the prose). "9.874 Giấy
  chứng nhận" (unit as written, `Giấy chứng nhận`) and "18.350 thửa đất" (unit `thửa`) name no catalogued
  indicator. "chỉ tiêu UBND tỉnh giao năm 2025 là 60%, chưa đạt chỉ tiêu": the target is dated 2025-12-31
  and 47,93% carries it with status "chưa đạt". "đã xử lý 19 PAKN, đạt 82,61%" is the share of PAKN
  handled; "04 PAKN đang xác minh" code unchecked. The task's "tỷ lệ hồ sơ thanh toán trực tuyến của Văn
  phòng đạt tối thiểu 55%" in quý IV năm 2025 is the Văn phòng's, dated 2025-12-31. Five deadlines: day for
  two named branches, month, quarter (with the target), "chậm nhất" day in words, monthly recurring "trước
  ngày 03 hằng tháng" (issued 05/11/2025, after the 3rd: first 03/12/2025).
- 437 is an annual Báo cáo of the Chi cục Hải quan khu vực VIII (header "CỤC HẢI QUAN / CHI CỤC HẢI QUAN
  KHU VỰC VIII"; a central agency's regional branch reporting to UBND tỉnh Lào Cai, named in "Kính gửi"
  and the place line, after the merger with Yên Bái), năm 2025, issued 12/01/2026. Its own figures are
  subject "Chi cục Hải quan khu vực VIII" (as its header line writes it), level tỉnh (it reports to a
  province as the province's customs body; "VIII" is part of its name). Customs figures name no catalogued
  indicator (code unchecked): declarations `tờ khai`, money `tỷ USD`/`tỷ đồng` (kind value), `doanh
  nghiệp`, `lượt`, `ngân hàng`, `giao dịch`, the clearance time in `giờ` with its fall "giảm 0,6 giờ"
  (-0.6), channel shares "luồng xanh 61,8%" and "100% tờ khai". Trade and vehicles "qua địa bàn", "qua các
  cửa khẩu", the enterprises and the banks are not the Chi cục itself (subject ANY). Its dash list "-
  <unit>: n tờ khai, thu ngân sách x tỷ đồng;" gives the five units under it (subject as written,
  "Hải quan cửa khẩu quốc tế Lào Cai", "Hải quan Yên Bái", level tỉnh; declarations kind count, revenue
  kind value; they add up to 186.452 and 3.126,4). "(21.554 hồ sơ)" is a previous value dated
  2024-12-31. "46 TTHC, trong đó 38 TTHC … toàn trình, đạt 82,61%; so với chỉ tiêu Cục Hải quan giao là
  80% thì đã đạt chỉ tiêu": the count and share of fully-online procedures, the share carrying target 80
  with status "đạt", the target at the period end. "3.126,4 tỷ đồng, bằng 104,2% chỉ tiêu được giao (3.000
  tỷ đồng)": the revenue target (kind target, unit `tỷ đồng`) at the period end. "thứ 4/20 chi cục hải quan
  khu vực" ranks it among the customs branches (code unchecked, not the 766 ranking); the satisfaction
  share of enterprises is code unchecked. The task's "toàn trình của Chi cục đạt 100%" is the Chi cục's
  target dated 2026-12-31. Five deadlines: day, month, year (with the target), quarter, monthly recurring
  "trước ngày 25 hằng tháng" (issued 12/01/2026: first 25/01/2026).
- 438 is a quarterly Báo cáo of a post-merger ward of Hà Nội, UBND phường Nghĩa Đô (two-level government;
  "Ủy ban nhân dân thành phố Hà Nội" in "Kính gửi"), quý IV năm 2025 (stated as 01/10–31/12/2025), issued
  05/01/2026, on its Bộ phận Một cửa. Every figure is the ward's (subject "UBND phường Nghĩa Đô", level xã):
  "14 quầy" (unit `quầy`, code unchecked), files received by month after "lần lượt là" (the first two dated
  at their month's end, the third at the period end), "so với chỉ tiêu Thành phố giao năm 2025 là 80% thì
  phường đã đạt chỉ tiêu" (the online share carries target 80, status "đạt"; the target at the period end).
  Overdue files by field in brackets have subject ANY, level xã. Its Markdown table by field (received,
  online share, settled, on-time share; three "100" cells) has a "Tổng cộng" row with an empty STT cell (=
  the ward; its figures repeat the prose); field rows subject ANY, level xã. `1.356/2.104 hồ sơ` is one
  count (max 2104). "1.072 tài khoản định danh điện tử" activated by the ward police with the one-stop
  shop (subject ANY, level xã). Ratings "Qua 4.318 lượt đánh giá … 3.652 lượt rất hài lòng (84,58%)" are
  counts in `lượt` and shares (code unchecked); "tỷ lệ hài lòng chung đạt 98,73%" is satisfaction with
  procedures. Score `89,42/100`, rank `12/126` among the city's xã, phường, "tăng 7 bậc", "(xếp thứ
  19/126)" dated 2025-09-30. The target "của phường đạt tối thiểu 70%" in quý I năm 2026 is the ward's,
  dated 2026-03-31. Five deadlines: day, month, quarter (with the target), "chậm nhất" day in words, monthly
  recurring "trước ngày 20 hằng tháng" (issued 05/01/2026: first 20/01/2026).
- 439 is a Báo cáo of Sở Khoa học và Công nghệ tỉnh Gia Lai (header "UBND TỈNH GIA LAI / SỞ KHOA HỌC VÀ
  CÔNG NGHỆ"), issued 16/6/2025 (before the merger with Bình Định), analysing the province's DTI 2024: period
  năm 2024. The DTI is no 766 figure: its scores (unit `điểm`, plain decimals "0,4986" with no maximum),
  ranks `n/63`, changes and previous values have code unchecked (whether the catalog names the DTI is not
  for the reader to know). Province figures have subject NULL: "tăng 0,0532 điểm và tăng 9 bậc so với năm
  2023 (0,4454 điểm, xếp thứ 40/63)" are rises and previous values dated 2023-12-31; the three pillars
  ("chính quyền số đạt 0,5318 điểm, xếp thứ 27/63"). "bình quân cả nước (0,4862 điểm)" is subject "cả
  nước", level NULL (as golden/blind6.py's 120); the regional average has subject and level ANY; "xếp thứ
  2/5" ranks the province in its region. Its dash list of the nine components "- <component>: x điểm, thứ
  n/63 (năm 2023: y điểm, thứ m/63);" gives four figures each (previous ones dated 2023-12-31); "giảm 4
  bậc" is the fall of one component (-4). "02 hệ thống thông tin" is a count (unit `hệ thống`). Work files
  handled online by level ("cấp tỉnh đạt 96,82%") carry "cds.ho_so_cong_viec"; the population shares code
  unchecked. "ước đạt 8,9%, chưa đạt chỉ tiêu năm 2024 là 10%": the target at the period end, 8,9% carries it
  with status "chưa đạt". Block averages (subject ANY, levels tỉnh/huyện), counts of agencies and districts
  by grade (`12/19` with max 19, unit `đơn vị`, code None), "17 huyện, thị xã, thành phố" (unit `huyện`,
  code None), best and worst units with scores in brackets (subject as written: "Sở Tài chính", "Sở Dân tộc
  và Tôn giáo" level tỉnh; "Thành phố Pleiku", "thị xã An Khê", "huyện Ia Pa" level huyện). The task's
  "tối thiểu 12%" is the province's target dated 2025-12-31. Five deadlines: day for two named districts,
  month, quarter, "chậm nhất" day in words, year (with the target).
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
_TOAN = "766.dvctt.toan_trinh"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_KS = "cds.ho_so_cong_viec"


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 435: Sở LĐTBXH tỉnh Tuyên Quang, năm 2024
_SLD = "Sở Lao động - Thương binh và Xã hội"
_TTVL = "Trung tâm Dịch vụ việc làm tỉnh"
_Y2023 = "2023-12-31"
_HUYEN = {"subject": "cấp huyện", "level": "huyện"}


def _sld(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SLD, level="tỉnh", **kw)


def _row_435(subject: str, received: str, online: str, share: str, on_time: str, after: str) -> list[Fact]:
    """One tab-separated row of a district-level unit (or "Cộng" = cấp huyện): files received, files submitted
    online, online share, on-time share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (share, "%", P, _NOP, "period"), (on_time, "%", P, _DH, "period")]
    return _cells(subject, "huyện", cells, after, "\t", "\n")


BLIND_435 = [
    # I.1 (4312/UBND-KSTT of 02/12/2024 cited; "số 02 đường 17 Tháng 8" is an address)
    _sld("ban hành 05 quyết định", "05", 5, "quyết định", C, code=None),
    F("hiện có 148 TTHC", "148", 148, "TTHC", C, subject=ANY, level=ANY, code=_TTHC),
    F("(cấp tỉnh 96 TTHC", "96", 96, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("cấp huyện 37 TTHC", "37", 37, "TTHC", C, subject="cấp huyện", level="huyện", code=_TTHC),
    F("cấp xã 15 TTHC", "15", 15, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    _sld("giải quyết 96 TTHC", "96", 96, "TTHC", C, code=_TTHC),
    _sld("trong đó 64 TTHC", "64", 64, "TTHC", C, code=_TOAN),
    _sld("và 27 TTHC", "27", 27, "TTHC", C, code="766.dvctt.mot_phan"),
    # I.2 năm 2023 dated 2023-12-31
    _sld("Sở tiếp nhận 6.482", "6.482", 6482, "hồ sơ", C, code=_TN),
    _sld("chuyển sang 135 hồ sơ", "135", 135, "hồ sơ", C, code=ANY),
    _sld("tiếp nhận mới 6.347", "6.347", 6347, "hồ sơ", C, code=ANY),
    _sld("tăng 9,3%", "9,3%", 9.3, "%", CH, code=ANY),
    _sld("trực tuyến là 5.904", "5.904", 5904, "hồ sơ", C, code=_NOP),
    _sld("chiếm 93,02%", "93,02%", 93.02, "%", code=_NOP),
    _sld("(năm 2023: 81,46%)", "81,46%", 81.46, "%", PR, as_of=_Y2023, code=_NOP),
    _sld("giải quyết 6.371", "6.371", 6371, "hồ sơ", C, code=ANY),
    _sld("đúng hạn 6.352", "6.352", 6352, "hồ sơ", C, code=_DH),
    _sld("đạt 99,70%", "99,70%", 99.70, "%", code=_DH),
    _sld("trễ hạn 19 hồ sơ", "19", 19, "hồ sơ", C, code=_QH),
    F("nghiệp (13 hồ sơ)", "13", 13, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    _sld("năm 2025 là 111", "111", 111, "hồ sơ", C, code=ANY),
    _sld("gia hạn 186 giấy phép", "186", 186, "giấy phép", C, code=ANY),
    # I.3 files of the social fields at district level, tab-separated table, "Cộng" row (= cấp huyện)
    F("đã tiếp nhận 9.846", "9.846", 9846, "hồ sơ", C, code=_TN, **_HUYEN),
    F("trực tuyến 6.213 hồ sơ", "6.213", 6213, "hồ sơ", C, code=_NOP, **_HUYEN),
    F("đạt 63,10%", "63,10%", 63.10, "%", code=_NOP, **_HUYEN),
    *_row_435("Thành phố Tuyên Quang", "2.184", "1.682", "77,01", "100", "2\tHuyện Lâm Bình"),
    *_row_435("Huyện Lâm Bình", "512", "241", "47,07", "99,41", "3\tHuyện Na Hang"),
    *_row_435("Huyện Na Hang", "706", "368", "52,12", "98,86", "4\tHuyện Chiêm Hóa"),
    *_row_435("Huyện Chiêm Hóa", "1.793", "1.012", "56,44", "99,27", "5\tHuyện Hàm Yên"),
    *_row_435("Huyện Hàm Yên", "1.426", "874", "61,29", "99,65", "6\tHuyện Yên Sơn"),
    *_row_435("Huyện Yên Sơn", "1.668", "1.093", "65,53", "99,52", "7\tHuyện Sơn Dương"),
    *_row_435("Huyện Sơn Dương", "1.557", "943", "60,57", "99,03", "\tCộng"),
    *_row_435("cấp huyện", "9.846", "6.213", "63,10", "99,46", "\nHuyện Lâm Bình có"),
    F("thấp nhất (47,07%)", "47,07%", 47.07, "%", subject="huyện Lâm Bình", level="huyện", code=_NOP),
    F("mới đạt 38,52%", "38,52%", 38.52, "%", subject="cấp xã", level="xã", code=_NOP),
    F("cho 8.214/11.562", "8.214/11.562", 8214, "người", C, max_value=11562, subject=ANY, level=ANY, code=ANY),
    F("đạt 71,04%", "71,04%", 71.04, "%", subject=ANY, level=ANY, code=ANY),
    # I.4 the Centre's unemployment-benefit files; năm 2023 dated 2023-12-31
    F("đã tiếp nhận 3.962", "3.962", 3962, "hồ sơ", C, subject=_TTVL, level="tỉnh", code=_TN),
    F("tăng 448 hồ sơ", "448", 448, "hồ sơ", CH, subject=_TTVL, level="tỉnh", code=_TN),
    F("(3.514 hồ sơ)", "3.514", 3514, "hồ sơ", PR, subject=_TTVL, level="tỉnh", as_of=_Y2023, code=_TN),
    F("trong đó 3.417", "3.417", 3417, "hồ sơ", C, subject=_TTVL, level="tỉnh", code=_NOP),
    F("chiếm 86,24%", "86,24%", 86.24, "%", subject=_TTVL, level="tỉnh", code=_NOP),
    F("ban hành 3.885", "3.885", 3885, "quyết định", C, subject=ANY, level="tỉnh", code=ANY),
    F("số tiền 98,46 tỷ đồng", "98,46", 98.46, "tỷ đồng", subject=ANY, level="tỉnh", code=ANY),
    F("cho 12.630 người", "12.630", 12630, "người", C, subject=_TTVL, level="tỉnh", code=ANY),
    # I.5 the Sở's 2024 targets (the period end)
    _sld("Sở đạt 58,27%", "58,27%", 58.27, "%", code=_TT, target=50, stated_status="đạt"),
    _sld("năm 2024 là 50%", "50%", 50, "%", T, code=_TT),
    _sld("đạt 94,18%", "94,18%", 94.18, "%", code=_SH),
    _sld("đạt 97,35%", "97,35%", 97.35, "%", code=_KQ),
    _sld("đạt 41,06%", "41,06%", 41.06, "%", code=_TSD, target=50, stated_status="chưa đạt"),
    F("chỉ tiêu 50% của", "50%", 50, "%", T, subject=ANY, level=ANY, code=_TSD),
    # I.6 PAKN parts by channel are bare counts
    _sld("tiếp nhận 07 phản ánh", "07", 7, "PAKN", C, code=_PAKN_TN),
    _sld("tỉnh 05 PAKN", "05", 5, "PAKN", C, code=ANY),
    _sld("nóng 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    _sld("xử lý 07/07", "07/07", 7, "PAKN", C, max_value=7, code=_PAKN_XL),
    _sld("đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _sld("đạt 97,84%", "97,84%", 97.84, "%", code=_HL),
    # I.7 rank among the province's 19 agencies; năm 2023 dated 2023-12-31
    _sld("Sở đạt 88,71", "88,71", 88.71, "điểm", code=_TONG),
    _sld("thứ 6/19", "6/19", 6, "hạng", R, max_value=19, code=_HANG),
    _sld("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _sld("(xếp thứ 9/19)", "9/19", 9, "hạng", PR, max_value=19, as_of=_Y2023, code=_HANG),
    # III.4 the province's target by the end of 2025 (0207.3822.546 is a phone number)
    F("tối thiểu 85%", "85%", 85, "%", T, as_of="2025-12-31", code=ANY),
]

# ------------------------------------------------------------ 436: Văn phòng Đăng ký đất đai (Đồng Nai), tháng 10/2025
_VP = "Văn phòng Đăng ký đất đai"
_SEP_436 = "2025-09-30"


def _vp(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Văn phòng itself (subject the Văn phòng, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_VP, level="tỉnh", **kw)


def _row_436(subject: str, received: str, settled: str, on_time: str, late: str, share: str,
             after: str) -> list[Fact]:
    """One Markdown row of a branch (or "Tổng cộng" = the Văn phòng): received, settled, on-time count, late
    count, on-time share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (settled, "hồ sơ", P, ANY, "period"),
             (on_time, "hồ sơ", P, _DH, "period"), (late, "hồ sơ", P, _QH, "period"),
             (share, "%", P, _DH, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_436 = [
    # I.1 (101/2024/NĐ-CP and 1327/QĐ-UBND cited); tháng 9/2025 dated 2025-09-30
    _vp("đã tiếp nhận 21.846", "21.846", 21846, "hồ sơ", C, code=_TN),
    _vp("tăng 2.113 hồ sơ", "2.113", 2113, "hồ sơ", CH, code=_TN),
    _vp("(19.733 hồ sơ)", "19.733", 19733, "hồ sơ", PR, as_of=_SEP_436, code=_TN),
    F("biến động 15.204", "15.204", 15204, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("chiếm 69,60%", "69,60%", 69.60, "%", subject=ANY, level="tỉnh", code=ANY),
    F("lần đầu 1.318", "1.318", 1318, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("đất đai 5.324", "5.324", 5324, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    _vp("là 14.327 hồ sơ", "14.327", 14327, "hồ sơ", C, code=_NOP),
    _vp("đạt 65,58%", "65,58%", 65.58, "%", code=_NOP),
    _vp("(tháng 9/2025: 61,24%)", "61,24%", 61.24, "%", PR, as_of=_SEP_436, code=_NOP),
    _vp("Cùng với 3.412", "3.412", 3412, "hồ sơ", C, code=ANY),
    _vp("là 25.258", "25.258", 25258, "hồ sơ", C, code=ANY),
    # I.2 the two branches with most late files; files in progress
    _vp("giải quyết 20.915", "20.915", 20915, "hồ sơ", C, code=ANY),
    _vp("đúng hạn 20.137 hồ sơ", "20.137", 20137, "hồ sơ", C, code=_DH),
    _vp("(96,28%)", "96,28%", 96.28, "%", code=_DH),
    _vp("trễ hạn 778 hồ sơ", "778", 778, "hồ sơ", C, code=_QH),
    _vp("(3,72%)", "3,72%", 3.72, "%", code=_QH),
    F("Biên Hòa (241 hồ sơ)", "241", 241, "hồ sơ", C, subject="Chi nhánh Biên Hòa", level="tỉnh", code=_QH),
    F("Long Thành (168 hồ sơ)", "168", 168, "hồ sơ", C, subject="Chi nhánh Long Thành", level="tỉnh", code=_QH),
    _vp("Đang giải quyết 4.343", "4.343", 4343, "hồ sơ", C, code=ANY),
    _vp("có 612 hồ sơ", "612", 612, "hồ sơ", C, code=ANY),
    # Markdown table of the 9 branches, "Tổng cộng" row (= the Văn phòng)
    *_row_436("Chi nhánh Biên Hòa", "5.862", "5.540", "5.299", "241", "95,65", "| 2 | Chi nhánh Long Thành"),
    *_row_436("Chi nhánh Long Thành", "3.214", "3.067", "2.899", "168", "94,52", "| 3 | Chi nhánh Trảng Bom"),
    *_row_436("Chi nhánh Trảng Bom", "2.436", "2.318", "2.231", "87", "96,25", "| 4 | Chi nhánh Long Khánh"),
    *_row_436("Chi nhánh Long Khánh", "1.785", "1.702", "1.661", "41", "97,59", "| 5 | Chi nhánh Định Quán"),
    *_row_436("Chi nhánh Định Quán", "1.352", "1.296", "1.273", "23", "98,23", "| 6 | Chi nhánh Đồng Xoài"),
    *_row_436("Chi nhánh Đồng Xoài", "2.968", "2.836", "2.732", "104", "96,33", "| 7 | Chi nhánh Bình Long"),
    *_row_436("Chi nhánh Bình Long", "1.493", "1.415", "1.372", "43", "96,96", "| 8 | Chi nhánh Phước Long"),
    *_row_436("Chi nhánh Phước Long", "1.208", "1.139", "1.112", "27", "97,63", "| 9 | Chi nhánh Bù Đăng"),
    *_row_436("Chi nhánh Bù Đăng", "1.528", "1.602", "1.558", "44", "97,25", "| | Tổng cộng"),
    *_row_436(_VP, "21.846", "20.915", "20.137", "778", "96,28", "\n3. Cấp Giấy"),
    # I.3
    _vp("cấp 9.874 Giấy", "9.874", 9874, "Giấy chứng nhận", C, code=ANY),
    _vp("chỉnh lý 18.350", "18.350", 18350, "thửa", C, code=ANY),
    # I.4 the 2025 target (dated at the year's end), "chưa đạt chỉ tiêu"
    _vp("đạt 47,93%", "47,93%", 47.93, "%", code=_TT, target=60, stated_status="chưa đạt"),
    _vp("năm 2025 là 60%", "60%", 60, "%", T, as_of="2025-12-31", code=_TT),
    _vp("đạt 91,62%", "91,62%", 91.62, "%", code=_SH),
    _vp("đạt 88,05%", "88,05%", 88.05, "%", code=_KQ),
    _vp("đạt 36,71%", "36,71%", 36.71, "%", code=_TSD),
    # I.5
    _vp("tiếp nhận 23 phản ánh", "23", 23, "PAKN", C, code=_PAKN_TN),
    _vp("xử lý 19 PAKN", "19", 19, "PAKN", C, code=_PAKN_XL),
    _vp("đạt 82,61%", "82,61%", 82.61, "%", code=_PAKN_TL),
    _vp("còn 04 PAKN", "04", 4, "PAKN", C, code=ANY),
    # III.3 the Văn phòng's target in quý IV năm 2025 (address and 0251.3941.207 are no figures)
    _vp("tối thiểu 55%", "55%", 55, "%", T, as_of="2025-12-31", code=_TT),
]

# ------------------------------------------------------------ 437: Chi cục Hải quan khu vực VIII (Lào Cai), năm 2025
_CC = "Chi cục Hải quan khu vực VIII"
_Y2024 = "2024-12-31"


def _cc(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Chi cục itself (subject the Chi cục, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_CC, level="tỉnh", **kw)


def _unit_437(subject: str, declarations: str, revenue: str) -> list[Fact]:
    """One dash-list item `- <unit>: n tờ khai, thu ngân sách x tỷ đồng;` of a unit under the Chi cục."""
    return [
        F(f"{subject}: {declarations} tờ khai", declarations, _num(declarations), "tờ khai", C, subject=subject,
          level="tỉnh", code=ANY),
        F(f"{declarations} tờ khai, thu ngân sách {revenue}", revenue, _num(revenue), "tỷ đồng", subject=subject,
          level="tỉnh", code=ANY),
    ]


BLIND_437 = [
    # I.1 (6025/UBND-KT of 10/12/2025 cited; "VIII", "VNACCS/VCIS" and "24/7" are no figures)
    _cc("thủ tục cho 186.452", "186.452", 186452, "tờ khai", C, code=ANY),
    _cc("tăng 12,7%", "12,7%", 12.7, "%", CH, code=ANY),
    _cc("xuất khẩu 102.318", "102.318", 102318, "tờ khai", C, code=ANY),
    _cc("nhập khẩu 84.134", "84.134", 84134, "tờ khai", C, code=ANY),
    F("đạt 5,84 tỷ USD", "5,84", 5.84, "tỷ USD", subject=ANY, level=ANY, code=ANY),
    F("(xuất khẩu 2,97", "2,97", 2.97, "tỷ USD", subject=ANY, level=ANY, code=ANY),
    F("nhập khẩu 2,87", "2,87", 2.87, "tỷ USD", subject=ANY, level=ANY, code=ANY),
    F("tăng 15,3%", "15,3%", 15.3, "%", CH, subject=ANY, level=ANY, code=ANY),
    F("là 214.530 lượt", "214.530", 214530, "lượt", C, subject=ANY, level=ANY, code=ANY),
    F("là 1.284 doanh nghiệp", "1.284", 1284, "doanh nghiệp", C, subject=ANY, level=ANY, code=ANY),
    F("tăng 96 doanh nghiệp", "96", 96, "doanh nghiệp", CH, subject=ANY, level=ANY, code=ANY),
    _cc("100% tờ khai", "100%", 100, "%", code=ANY),
    _cc("luồng xanh 61,8%", "61,8%", 61.8, "%", code=ANY),
    _cc("luồng vàng 34,5%", "34,5%", 34.5, "%", code=ANY),
    _cc("luồng đỏ 3,7%", "3,7%", 3.7, "%", code=ANY),
    _cc("(6.899 tờ khai)", "6.899", 6899, "tờ khai", C, code=ANY),
    _cc("là 1,2 giờ", "1,2", 1.2, "giờ", code=ANY),
    _cc("là 1,9 giờ", "1,9", 1.9, "giờ", code=ANY),
    _cc("giảm 0,6 giờ", "0,6", -0.6, "giờ", CH, code=ANY),
    # the five units under the Chi cục as a dash list
    *_unit_437("Hải quan cửa khẩu quốc tế Lào Cai", "98.416", "1.742,6"),
    *_unit_437("Hải quan cửa khẩu Ga đường sắt liên vận quốc tế Lào Cai", "12.305", "861,3"),
    *_unit_437("Hải quan cửa khẩu Mường Khương", "41.287", "214,8"),
    *_unit_437("Hải quan cửa khẩu Bát Xát", "27.653", "96,5"),
    *_unit_437("Hải quan Yên Bái", "6.791", "211,2"),
    # I.2 năm 2024 dated 2024-12-31; the Cục's target (the period end), "đã đạt chỉ tiêu"
    _cc("xử lý 24.736", "24.736", 24736, "hồ sơ", C, code=ANY),
    _cc("tăng 3.182 hồ sơ", "3.182", 3182, "hồ sơ", CH, code=ANY),
    _cc("(21.554 hồ sơ)", "21.554", 21554, "hồ sơ", PR, as_of=_Y2024, code=ANY),
    _cc("thực hiện 46 TTHC", "46", 46, "TTHC", C, code=_TTHC),
    _cc("trong đó 38 TTHC", "38", 38, "TTHC", C, code=_TOAN),
    _cc("đạt 82,61%", "82,61%", 82.61, "%", code=_TOAN, target=80, stated_status="đạt"),
    _cc("giao là 80%", "80%", 80, "%", T, code=_TOAN),
    _cc("tiếp nhận 9.615", "9.615", 9615, "hồ sơ", C, code=_TN),
    _cc("trực tuyến 9.482", "9.482", 9482, "hồ sơ", C, code=_NOP),
    _cc("đạt 98,62%", "98,62%", 98.62, "%", code=_NOP),
    _cc("giải quyết 9.598", "9.598", 9598, "hồ sơ", C, code=ANY),
    _cc("đúng hạn 9.591", "9.591", 9591, "hồ sơ", C, code=_DH),
    _cc("(99,93%)", "99,93%", 99.93, "%", code=_DH),
    _cc("quá hạn 07", "07", 7, "hồ sơ", C, code=_QH),
    _cc("còn 17 hồ sơ", "17", 17, "hồ sơ", C, code=ANY),
    # I.3 revenue and its target (the period end)
    _cc("đạt 3.126,4", "3.126,4", 3126.4, "tỷ đồng", code=ANY),
    _cc("bằng 104,2%", "104,2%", 104.2, "%", code=ANY),
    _cc("(3.000 tỷ đồng)", "3.000", 3000, "tỷ đồng", T, code=ANY),
    _cc("đạt 3.098,7", "3.098,7", 3098.7, "tỷ đồng", code=ANY),
    _cc("chiếm 99,11%", "99,11%", 99.11, "%", code=ANY),
    F("qua 24 ngân hàng", "24", 24, "ngân hàng", C, subject=ANY, level=ANY, code=ANY),
    _cc("và 142.856", "142.856", 142856, "giao dịch", C, code=ANY),
    _cc("trực tuyến đạt 96,45%", "96,45%", 96.45, "%", code=_TT),
    # I.4 rank among the 20 regional customs branches
    _cc("tiếp nhận 11 phản ánh", "11", 11, "PAKN", C, code=_PAKN_TN),
    _cc("giải quyết 11/11", "11/11", 11, "PAKN", C, max_value=11, code=_PAKN_XL),
    _cc("tổ chức 06 hội nghị", "06", 6, "hội nghị", C, code=ANY),
    F("với 412 lượt", "412", 412, "lượt", C, subject=ANY, level=ANY, code=ANY),
    _cc("giải đáp 127 vướng mắc", "127", 127, "vướng mắc", C, code=ANY),
    _cc("hài lòng đạt 95,6%", "95,6%", 95.6, "%", code=ANY),
    _cc("thứ 4/20", "4/20", 4, "hạng", R, max_value=20, code=ANY),
    # III.3 the Chi cục's target by the end of 2026 (0214.3830.158 is a phone number)
    _cc("Chi cục đạt 100%", "100%", 100, "%", T, as_of="2026-12-31", code=_TOAN),
]

# ------------------------------------------------------------ 438: UBND phường Nghĩa Đô (Hà Nội), quý IV năm 2025
_W = "UBND phường Nghĩa Đô"


def _ward(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the ward itself (subject the ward's UBND, level xã)."""
    return F(context, raw, value, unit, kind, subject=_W, level="xã", **kw)


def _row_438(subject: object, received: str, online: str, settled: str, on_time: str, after: str) -> list[Fact]:
    """One Markdown row of a field (or "Tổng cộng" = the ward): received, online share, settled, on-time share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (settled, "hồ sơ", P, ANY, "period"), (on_time, "%", P, _DH, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


BLIND_438 = [
    # I.1 (287/KH-UBND of 25/7/2025 cited; "số 90 đường Hoàng Quốc Việt", "8 giờ", "17 giờ" are no figures)
    _ward("bố trí 14 quầy", "14", 14, "quầy", C, code=ANY),
    _ward("giải quyết 318 TTHC", "318", 318, "TTHC", C, code=_TTHC),
    _ward("trong đó 246 TTHC", "246", 246, "TTHC", C, code=_TOAN),
    # I.2 months after "lần lượt là" (October and November at their month's end); the 2025 target (period end)
    _ward("phường tiếp nhận 5.885", "5.885", 5885, "hồ sơ", C, code=_TN),
    _ward("lần lượt là 1.862", "1.862", 1862, "hồ sơ", C, as_of="2025-10-31", code=_TN),
    _ward(", 1.947 và", "1.947", 1947, "hồ sơ", C, as_of="2025-11-30", code=_TN),
    _ward("và 2.076 hồ sơ", "2.076", 2076, "hồ sơ", C, code=_TN),
    _ward("là 4.750 hồ sơ", "4.750", 4750, "hồ sơ", C, code=_NOP),
    _ward("chiếm 80,71%", "80,71%", 80.71, "%", code=_NOP, target=80, stated_status="đạt"),
    _ward("năm 2025 là 80%", "80%", 80, "%", T, code=_NOP),
    _ward("giải quyết 5.765", "5.765", 5765, "hồ sơ", C, code=ANY),
    _ward("đúng hạn 5.723", "5.723", 5723, "hồ sơ", C, code=_DH),
    _ward("đạt 99,27%", "99,27%", 99.27, "%", code=_DH),
    _ward("quá hạn 42 hồ sơ", "42", 42, "hồ sơ", C, code=_QH),
    F("đất đai (31 hồ sơ)", "31", 31, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    F("xây dựng (08 hồ sơ)", "08", 8, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    # Markdown table by field, "Tổng cộng" row (= the ward)
    *_row_438(ANY, "1.236", "92,31", "1.228", "100", "| 2 | Chứng thực"),
    *_row_438(ANY, "2.418", "71,55", "2.418", "100", "| 3 | Đất đai"),
    *_row_438(ANY, "624", "78,04", "571", "94,57", "| 4 | Xây dựng"),
    *_row_438(ANY, "318", "88,68", "296", "97,30", "| 5 | Đăng ký"),
    *_row_438(ANY, "486", "95,27", "479", "99,58", "| 6 | Bảo trợ"),
    *_row_438(ANY, "402", "80,85", "396", "99,75", "| 7 | Các lĩnh vực"),
    *_row_438(ANY, "381", "84,51", "377", "100", "| | Tổng cộng"),
    *_row_438(_W, "5.885", "80,71", "5.765", "99,27", "\n3. Thanh toán"),
    # I.3 ("mức độ 2" is no figure)
    _ward("trực tuyến: 1.356/2.104", "1.356/2.104", 1356, "hồ sơ", C, max_value=2104, code=_TT),
    _ward("đạt 64,45%", "64,45%", 64.45, "%", code=_TT),
    _ward("đạt 96,84%", "96,84%", 96.84, "%", code=_SH),
    _ward("đạt 93,12%", "93,12%", 93.12, "%", code=_KQ),
    _ward("đạt 58,36%", "58,36%", 58.36, "%", code=_TSD),
    F("mới 1.072 tài khoản", "1.072", 1072, "tài khoản", C, subject=ANY, level="xã", code=_TK),
    # I.4 ratings in `lượt`
    _ward("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _ward("xử lý 09/09", "09/09", 9, "PAKN", C, max_value=9, code=_PAKN_XL),
    _ward("Qua 4.318 lượt", "4.318", 4318, "lượt", C, code=ANY),
    _ward("có 3.652 lượt", "3.652", 3652, "lượt", C, code=ANY),
    _ward("(84,58%)", "84,58%", 84.58, "%", code=ANY),
    _ward("611 lượt", "611", 611, "lượt", C, code=ANY),
    _ward("(14,15%)", "14,15%", 14.15, "%", code=ANY),
    _ward("và 55 lượt", "55", 55, "lượt", C, code=ANY),
    _ward("(1,27%)", "1,27%", 1.27, "%", code=ANY),
    _ward("chung đạt 98,73%", "98,73%", 98.73, "%", code=_HL),
    # I.5 rank among the city's 126 xã, phường; quý III năm 2025 dated 2025-09-30
    _ward("đạt 89,42/100", "89,42/100", 89.42, "điểm", max_value=100, code=_TONG),
    _ward("thứ 12/126", "12/126", 12, "hạng", R, max_value=126, code=_HANG),
    _ward("tăng 7 bậc", "7", 7, "hạng", CH, code=_HANG),
    _ward("(xếp thứ 19/126)", "19/126", 19, "hạng", PR, max_value=126, as_of="2025-09-30", code=_HANG),
    # III.3 the ward's target in quý I năm 2026 (024.3756.2091 is a phone number)
    _ward("tối thiểu 70%", "70%", 70, "%", T, as_of="2026-03-31", code=_TT),
]

# ------------------------------------------------------------ 439: Sở KH&CN tỉnh Gia Lai, DTI năm 2024


def _component_439(name: str, score: str, rank: str, old_score: str, old_rank: str) -> list[Fact]:
    """One dash-list item `- <component>: x điểm, thứ n/63 (năm 2023: y điểm, thứ m/63);` of the province."""
    return [
        F(f"{name}: {score} điểm", score, _num(score), "điểm", code=ANY),
        F(f"{score} điểm, thứ {rank}", rank, _num(rank.split("/")[0]), "hạng", R, max_value=63, code=ANY),
        F(f"(năm 2023: {old_score} điểm", old_score, _num(old_score), "điểm", PR, as_of=_Y2023, code=ANY),
        F(f"{old_score} điểm, thứ {old_rank})", old_rank, _num(old_rank.split("/")[0]), "hạng", PR, max_value=63,
          as_of=_Y2023, code=ANY),
    ]


BLIND_439 = [
    # I.1 (922/QĐ-BTTTT of 20/5/2022 cited); năm 2023 dated 2023-12-31
    F("đạt 0,4986 điểm", "0,4986", 0.4986, "điểm", code=ANY),
    F("xếp thứ 31/63", "31/63", 31, "hạng", R, max_value=63, code=ANY),
    F("tăng 0,0532 điểm", "0,0532", 0.0532, "điểm", CH, code=ANY),
    F("tăng 9 bậc", "9", 9, "hạng", CH, code=ANY),
    F("(0,4454 điểm", "0,4454", 0.4454, "điểm", PR, as_of=_Y2023, code=ANY),
    F("xếp thứ 40/63)", "40/63", 40, "hạng", PR, max_value=63, as_of=_Y2023, code=ANY),
    F("cả nước (0,4862 điểm)", "0,4862", 0.4862, "điểm", subject="cả nước", level=None, code=ANY),
    F("Tây Nguyên (0,4517 điểm)", "0,4517", 0.4517, "điểm", subject=ANY, level=ANY, code=ANY),
    F("thứ 2/5", "2/5", 2, "hạng", R, max_value=5, code=ANY),
    F("số đạt 0,5318", "0,5318", 0.5318, "điểm", code=ANY),
    F("xếp thứ 27/63", "27/63", 27, "hạng", R, max_value=63, code=ANY),
    F("số đạt 0,3874", "0,3874", 0.3874, "điểm", code=ANY),
    F("xếp thứ 44/63", "44/63", 44, "hạng", R, max_value=63, code=ANY),
    F("số đạt 0,4712", "0,4712", 0.4712, "điểm", code=ANY),
    F("xếp thứ 35/63", "35/63", 35, "hạng", R, max_value=63, code=ANY),
    # I.2 the nine components as a dash list
    *_component_439("Chuyển đổi nhận thức", "0,6218", "18/63", "0,5874", "26/63"),
    *_component_439("Kiến tạo thể chế", "0,7042", "22/63", "0,6815", "24/63"),
    *_component_439("Phát triển hạ tầng và nền tảng số", "0,5126", "29/63", "0,4683", "37/63"),
    *_component_439("Thông tin và dữ liệu số", "0,3957", "41/63", "0,3102", "52/63"),
    *_component_439("An toàn thông tin mạng", "0,5834", "25/63", "0,5617", "21/63"),
    *_component_439("Đào tạo và phát triển nhân lực số", "0,4419", "38/63", "0,4012", "43/63"),
    *_component_439("Hoạt động chính quyền số", "0,5503", "30/63", "0,4926", "38/63"),
    *_component_439("Hoạt động kinh tế số", "0,3381", "47/63", "0,2975", "50/63"),
    *_component_439("Hoạt động xã hội số", "0,4267", "36/63", "0,3841", "45/63"),
    F("giảm 4 bậc", "4", -4, "hạng", CH, code=ANY),
    F("có 02 hệ thống", "02", 2, "hệ thống", C, code=ANY),
    # I.3 work files handled online by level; population shares; the 2024 target (period end)
    F("cấp tỉnh đạt 96,82%", "96,82%", 96.82, "%", subject="cấp tỉnh", level="tỉnh", code=_KS),
    F("cấp huyện đạt 91,05%", "91,05%", 91.05, "%", subject="cấp huyện", level="huyện", code=_KS),
    F("cấp xã đạt 78,43%", "78,43%", 78.43, "%", subject="cấp xã", level="xã", code=_KS),
    F("thông minh đạt 82,17%", "82,17%", 82.17, "%", code=ANY),
    F("rộng đạt 76,40%", "76,40%", 76.40, "%", code=ANY),
    F("điện tử đạt 71,85%", "71,85%", 71.85, "%", code=ANY),
    F("nền tảng số đạt 31,6%", "31,6%", 31.6, "%", code=ANY),
    F("ước đạt 8,9%", "8,9%", 8.9, "%", code=ANY, target=10, stated_status="chưa đạt"),
    F("năm 2024 là 10%", "10%", 10, "%", T, code=ANY),
    # II.1 the agencies' block: average, counts by grade, best and worst
    F("ngành đạt 0,6128 điểm", "0,6128", 0.6128, "điểm", subject=ANY, level="tỉnh", code=ANY),
    F("Có 12/19", "12/19", 12, "đơn vị", C, max_value=19, subject=ANY, level="tỉnh", code=None),
    F("Tốt, 05 cơ quan", "05", 5, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("và 02 cơ quan", "02", 2, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("dẫn đầu (0,7764 điểm)", "0,7764", 0.7764, "điểm", subject="Sở Tài chính", level="tỉnh", code=ANY),
    F("thấp nhất (0,4521 điểm)", "0,4521", 0.4521, "điểm", subject="Sở Dân tộc và Tôn giáo", level="tỉnh",
      code=ANY),
    # II.2 the districts' block
    F("của 17 huyện", "17", 17, "huyện", C, subject=ANY, level="huyện", code=None),
    F("huyện đạt 0,5247 điểm", "0,5247", 0.5247, "điểm", subject=ANY, level="huyện", code=ANY),
    F("trong đó 05 đơn vị", "05", 5, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("Tốt, 09 đơn vị", "09", 9, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("Khá, 03 đơn vị", "03", 3, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("dẫn đầu (0,6935 điểm)", "0,6935", 0.6935, "điểm", subject="Thành phố Pleiku", level="huyện", code=ANY),
    F("xếp sau (0,6412 điểm)", "0,6412", 0.6412, "điểm", subject="thị xã An Khê", level="huyện", code=ANY),
    F("thấp nhất (0,3816 điểm)", "0,3816", 0.3816, "điểm", subject="huyện Ia Pa", level="huyện", code=ANY),
    # III.5 the province's target by the end of 2025 (0269.3824.615 is a phone number)
    F("tối thiểu 12%", "12%", 12, "%", T, as_of="2025-12-31", code=ANY),
]

BLIND = {"435": BLIND_435, "436": BLIND_436, "437": BLIND_437, "438": BLIND_438, "439": BLIND_439}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "435": [
        ("2025-02-28", "day", "28/02/2025", "nâng tỷ lệ hồ sơ nộp trực tuyến", "Phòng Bảo trợ xã hội - Trẻ em"),
        ("2025-03-31", "quarter", "quý I năm 2025", "tiếp nhận hồ sơ hưởng trợ cấp thất nghiệp trực tuyến toàn trình",
         "Trung tâm Dịch vụ việc làm tỉnh"),
        ("2025-04-30", "day", "ngày 30 tháng 4 năm 2025", "số hóa kết quả giải quyết TTHC", "Văn phòng Sở"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ chi trả trợ cấp qua tài khoản", "Phòng Người có công"),
        # issued 10/01/2025: the first "ngày 15 hằng tháng" is 15/01/2025
        ("2025-01-15", "recurring", "15 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "436": [
        ("2025-11-20", "day", "20/11/2025", "giải quyết dứt điểm các hồ sơ trễ hạn",
         "Chi nhánh Biên Hòa, Chi nhánh Long Thành"),
        ("2025-12-31", "month", "tháng 12/2025", "đồng bộ dữ liệu hồ sơ đăng ký đất đai", "Phòng Thông tin - Lưu trữ"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến",
         "Phòng Đăng ký và Cấp giấy chứng nhận"),
        ("2025-12-15", "day", "ngày 15 tháng 12 năm 2025", "sắp xếp lại bộ phận tiếp nhận hồ sơ",
         "Phòng Hành chính - Tổng hợp"),
        # issued 05/11/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/12/2025
        ("2025-12-03", "recurring", "03 hằng tháng", "gửi báo cáo kết quả tiếp nhận, giải quyết hồ sơ",
         "Các Chi nhánh"),
    ],
    "437": [
        ("2026-01-31", "day", "31/01/2026", "nâng cấp đường truyền", "Hải quan cửa khẩu Mường Khương"),
        ("2026-03-31", "month", "tháng 3/2026", "tổ chức đối thoại doanh nghiệp", "Đội Nghiệp vụ"),
        ("2026-12-31", "year", "năm 2026", "cung cấp toàn trình", "Đội Tổng hợp"),
        ("2026-06-30", "quarter", "quý II năm 2026", "khảo sát nhu cầu mở địa điểm kiểm tra hàng hóa tập trung",
         "Hải quan Yên Bái"),
        # issued 12/01/2026: the first "ngày 25 hằng tháng" is 25/01/2026
        ("2026-01-25", "recurring", "25 hằng tháng", "báo cáo số liệu tờ khai", "Các đơn vị thuộc Chi cục"),
    ],
    "438": [
        ("2026-01-15", "day", "15/01/2026", "giải quyết dứt điểm các hồ sơ quá hạn",
         "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2026-02-28", "month", "tháng 02/2026", "bổ sung máy quét, máy tính", "Văn phòng HĐND và UBND phường"),
        ("2026-03-31", "quarter", "quý I năm 2026", "tỷ lệ hồ sơ thanh toán trực tuyến", "Bộ phận Một cửa phường"),
        ("2026-03-31", "day", "ngày 31 tháng 3 năm 2026", "số hóa toàn bộ sổ hộ tịch", "Phòng Văn hóa - Xã hội"),
        # issued 05/01/2026: the first "ngày 20 hằng tháng" is 20/01/2026
        ("2026-01-20", "recurring", "20 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng chuyên môn thuộc UBND phường"),
    ],
    "439": [
        ("2025-06-25", "day", "25/6/2025", "xây dựng kế hoạch khắc phục", "UBND huyện Ia Pa, UBND huyện Krông Pa"),
        ("2025-08-31", "month", "tháng 8/2025", "phê duyệt hồ sơ cấp độ an toàn", "Trung tâm Chuyển đổi số tỉnh"),
        ("2025-09-30", "quarter", "quý III năm 2025", "kho dữ liệu dùng chung", "Sở Tài chính"),
        ("2025-07-10", "day", "ngày 10 tháng 7 năm 2025", "cập nhật minh chứng các chỉ tiêu DTI", "Văn phòng Sở"),
        ("2025-12-31", "year", "năm 2025", "tỷ trọng kinh tế số", "Phòng Chuyển đổi số"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 435's issuer is the Sở LĐTBXH under "UBND TỈNH TUYÊN QUANG"; 436's is the Văn phòng Đăng ký đất đai under
# "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" (province from "Kính gửi" and the place line); 437's is a regional customs
# branch reporting to UBND tỉnh Lào Cai (province from "Kính gửi" and the place line); 438's is a ward of Hà
# Nội (named in "Kính gửi"); 439's is the Sở KH&CN under "UBND TỈNH GIA LAI", period the year its DTI covers.
META = {
    "435": {"doc_number": "26/BC-SLĐTBXH", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Tuyên Quang", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Hà Trung Kiên"},
    "436": {"doc_number": "2814/BC-VPĐKĐĐ", "doc_type": "Báo cáo", "issued_date": "2025-11-05",
            "province": "Đồng Nai", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Nguyễn Văn Tâm"},
    "437": {"doc_number": "38/BC-CCHQKV8", "doc_type": "Báo cáo", "issued_date": "2026-01-12",
            "province": "Lào Cai", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Phạm Đức Thắng"},
    "438": {"doc_number": "09/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-01-05",
            "province": "Hà Nội", "period_label": "quý IV năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-12-31", "signer": "Trần Thị Minh Nguyệt"},
    "439": {"doc_number": "1126/BC-SKHCN", "doc_type": "Báo cáo", "issued_date": "2025-06-16",
            "province": "Gia Lai", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Rơ Châm Thanh"},
}
