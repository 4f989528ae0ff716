"""Blind golden facts for corpus/blind40/275_dong_thap.txt, 276_son_la.txt, 277_ha_noi.txt, 278_dak_lak.txt and
279_thai_nguyen.txt.

The five documents were written by the developers for a fortieth blind measurement (issuers, wording and layouts
not used elsewhere in the corpus; not real documents), and every row below was written by reading them, before
any extraction, restoration or pipeline code was run on them. They also serve as held-out text for diacritic
restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind13.py … blind16.py: rows use `golden.facts.Fact` (context string that
occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`; table cells
are kind `value` (rank cells kind `rank`, plain numbers without max_value) with `extra={"source": "table"}`;
`as_of="period"` is the period's end; `ANY` leaves a field unchecked where the sentence names no catalogued
indicator (`None` where it clearly names none). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts
the unit `PAKN`; a count of the files an indicator is computed on carries that indicator's code; every "đã giải
quyết" count and the parts of a settled whole ("trước hạn", "đúng hạn" apart) have their code unchecked; a relative
change of a count has its code unchecked. A change is dated at the period end; a fall ("giảm", "rút ngắn") is
negative. A count of local units takes the unit of its first unit word, counts of "sở, ban, ngành" or "đơn vị" the
unit `đơn vị`, at the level of the bodies counted. Dates, document numbers, cited plans, decisions and resolutions
("Kế hoạch số 86/KH-UBND", "Quyết định số 422/QĐ-BHXH", "Quyết định số 766/QĐ-TTg", "Kế hoạch số 145/KH-UBND",
"Nghị quyết số 1683/NQ-UBTVQH15"), "6 tháng" (a period), "từ ngày 01/3/2025", "Tính đến ngày 30/9/2025", "17 giờ
ngày 31/5/2025", "trước năm 1995", section numbering ("I.", "1.", "a)", "đ)") and the inline group numbers "(1)" …
"(6)", the STT column, phone numbers ("0273.3872.416", "Tổng đài 1900 9068", "0212.3852.947", "0262.3852.734"),
"mức độ 2", "hai cấp", "hai địa bàn", headings naming the next period ("IV. NHIỆM VỤ QUÝ IV NĂM 2025", "III. NHIỆM
VỤ NĂM 2025", "IV. NHIỆM VỤ THÁNG 11 NĂM 2025", "III. NHIỆM VỤ NĂM 2026": no deadlines) and years are not figures.

New in this set:
- 275 is a quarterly Báo cáo of Sở Nội vụ tỉnh Đồng Tháp (header "UBND TỈNH ĐỒNG THÁP / SỞ NỘI VỤ"), quý III
  năm 2025, after it took over the Sở Lao động - Thương binh và Xã hội (01/3/2025) and after Tiền Giang and
  Đồng Tháp were merged (01/7/2025). Part II is the Sở's own (subject "Sở Nội vụ", level tỉnh); part III
  ("KẾT QUẢ ... TOÀN TỈNH", "Trên địa bàn toàn tỉnh") is the province's (subject NULL), except figures by level
  and block averages. "102 đơn vị hành chính cấp xã (82 xã, 20 phường)" → subject "cấp xã", level xã, units
  `đơn vị`, `xã`, `phường` (as golden/blind4.py's 113). "9 lĩnh vực" and "17 lĩnh vực" are counts with code
  None. "tăng 1.137 hồ sơ so với quý II năm 2025 (5.291 hồ sơ)" and "(quý II năm 2025: 86,17%)": a change and
  previous values dated 2025-06-30. Overdue files of one field in brackets "(21 hồ sơ)": subject ANY, level
  tỉnh. Its Markdown table by field (no units in the headers but "Số TTHC"; TTHC, received, settled, overdue;
  `0` cells) has a "Tổng cộng" row with an empty STT cell (= the Sở; its figures are also in the prose).
  "so với chỉ tiêu UBND tỉnh giao năm 2025 là 80% thì đã đạt chỉ tiêu": the Sở's target dated 2025-12-31.
  "Có 15/19 sở, ban, ngành và 74/102 xã, phường": counts (`đơn vị` level tỉnh subject ANY; `xã` subject "cấp
  xã"); "còn 09 xã" likewise. Rank `12/34` and "so với tháng 8/2025 (83,12 điểm, xếp thứ 15/34)" dated
  2025-08-31. Block averages (subject ANY, levels tỉnh/xã). The Sở's own score and rank `4/19`. "vùng Đồng
  Tháp Mười" is a name. Five deadlines: day, month (for the Văn phòng, not its partner), quarter, "chậm nhất"
  day in words, "trước ngày 22 hằng tháng" (issued 06/10/2025: first 22/10/2025).
- 276 is an annual Báo cáo of Bảo hiểm xã hội tỉnh Sơn La (header "BẢO HIỂM XÃ HỘI VIỆT NAM / BẢO HIỂM XÃ HỘI
  TỈNH SƠN LA", a body of the central social-insurance agency, not of the province's committee), năm 2024,
  issued 10/01/2025. Its own figures have subject "Bảo hiểm xã hội tỉnh Sơn La" (the issuer as its header and
  opening name it), level tỉnh. E-transaction files ("hồ sơ giao dịch điện tử"), VssID accounts (not identity
  accounts), pensions paid to personal accounts ("21.864/38.102 người", unit `người`, max 38102), the
  population-data checks ("1.126.408 nhân khẩu") and the sector's own ranking ("xếp thứ 18/63 tỉnh, thành
  phố về thực hiện giao dịch điện tử": not the 766 ranking) name no catalogued indicator: code unchecked. Its
  three channels add up to the files received (471.382 + 6.912 + 7.921). "(năm 2023: 94,12%)", "(26.342 hồ
  sơ)" and "(xếp thứ 23/63)" are previous values dated 2023-12-31; "tăng 8,4%" a relative change. The four
  procedure groups are a dash list "- <group>: <files> hồ sơ, giao dịch điện tử đạt x%;" (subject ANY, level
  tỉnh). Two targets: "chỉ tiêu Bảo hiểm xã hội Việt Nam giao năm 2024 là 75% thì đã đạt chỉ tiêu" (payment,
  "đạt") and "chỉ tiêu năm 2024 là 60%, chưa đạt chỉ tiêu" (pensions to accounts), both the issuer's, dated
  2024-12-31. PAKN parts by channel "(qua Tổng đài 1900 9068: 29; qua Cổng Dịch vụ công quốc gia: 08)": the
  phone number is no figure, the parts code unchecked; "37/37 PAKN" one count (max 37). The twelve district
  offices are a dash list "- Bảo hiểm xã hội <huyện>: <files> hồ sơ, giao dịch điện tử x%;" (subject as
  written, level huyện). "Có 10/12 đơn vị Bảo hiểm xã hội cấp huyện" is a count (`đơn vị`, level huyện).
  The target "đạt tối thiểu 65% đến hết năm 2025" is the district offices', dated 2025-12-31. Six deadlines:
  quarter, day, year (with the target), "chậm nhất" day in words, month, "trước ngày 25 hằng tháng" (issued
  10/01/2025: first 25/01/2025).
- 277 is a "BÁO CÁO NHANH" (doc_type Báo cáo) of UBND thành phố Hà Nội to the Thành ủy on the 766 index,
  tháng 5 năm 2025 (before the 1 July 2025 reform), issued 04/6/2025. The city's figures have subject NULL.
  "tăng 0,82 điểm nhưng giữ nguyên thứ hạng so với tháng 4/2025 (86,64 điểm)": a rise and the previous total
  dated 2025-04-30 (on the /100 scale); "giữ nguyên thứ hạng" states no figure. Six group scores `x/max điểm`
  each after an inline number "(1)" … "(6)" (no figures). Block averages (subject ANY; "(tháng 4/2025: 85,31
  điểm)" dated 2025-04-30). "Có 09/30 quận, huyện, thị xã xếp loại Tốt, 19 đơn vị ... và 02 đơn vị": the first
  takes the unit of its first unit word (`quận`, subject "cấp huyện", level huyện, max 30), the others `đơn
  vị` (subject ANY, level huyện); code None. Best and worst units with scores in brackets ("quận Cầu Giấy",
  "huyện Mỹ Đức", as written); "Quận Hoàng Mai giảm 4 bậc" its fall (-4). Its tab-separated table lists the 30
  quận, huyện, thị xã in official order (subject as written, "Quận Ba Đình", "Thị xã Sơn Tây", "Huyện Ba Vì",
  level huyện; total score and a plain rank among the 30, no max_value; no total row). "chưa đạt chỉ tiêu
  Thành phố giao năm 2025 là 65%": dated 2025-12-31, the 58,37% carries it with status "chưa đạt". Five
  deadlines: day for two named districts, month (for Sở Tài chính, not the banks), "chậm nhất" day in words,
  quarter, "trước ngày 05 hằng tháng" (issued 04/6/2025: first 05/6/2025).
- 278 is a monthly Báo cáo of Sở Tư pháp tỉnh Đắk Lắk (header "UBND TỈNH ĐẮK LẮK / SỞ TƯ PHÁP"), tháng 10 năm
  2025, after Đắk Lắk and Phú Yên were merged, on electronic certification of copies and online criminal-record
  certificates. Part I is province-wide (subject NULL), by level or by unit: "102 xã, phường", "97/102 xã,
  phường" (the count of communes the "766.so_hoa.chung_thuc" share is computed on: code unchecked) and "còn
  05 xã" are counts (unit `xã`, subject "cấp xã", level xã); "đạt 95,10%" is that share (subject "cấp xã").
  Copies are counted in `bản`; "chiếm 38,28% (tháng 9/2025: 33,91%), chưa đạt chỉ tiêu UBND tỉnh giao năm 2025
  là 40%": the previous share dated 2025-09-30, the target dated 2025-12-31. The split "UBND các xã, phường
  ... ; các tổ chức hành nghề công chứng ..." gives each its count, e-copies and share in brackets (the notaries
  are no administrative level: level ANY). Its Markdown table lists eight xã, phường (subject as written, level
  xã; copies, e-copies, "Tỷ lệ (%)"; no total row). Part II and III are the Sở's (subject "Sở Tư pháp", level
  tỉnh): criminal-record certificates are counted in `phiếu` ("5.102 Phiếu lý lịch tư pháp" settled, code
  unchecked; "đúng hạn 5.089 phiếu, đạt 99,75%" on-time; "quá hạn 13 phiếu" overdue; "3.748 phiếu, chiếm
  73,46%" electronic results); "tăng 12,6% so với tháng 9/2025" a relative change; online channel parts (code
  unchecked); "rút ngắn 1,1 ngày" a fall; "02/02 PAKN" one count (max 2); rank `2/18` among the province's
  agencies, "tăng 3 bậc", "(xếp thứ 5/18)" dated 2025-09-30. The target "phấn đấu đạt tối thiểu 40% trong quý
  IV năm 2025" in the task about the notaries is genuinely unclear as to whose share it is (the notaries', the
  province's): subject and level ANY, dated 2025-12-31. "Công an tỉnh" is a name. Five deadlines: day for two
  named communes, month, quarter (with the target), "chậm nhất" day in words, "trước ngày 10 hằng tháng"
  (issued 05/11/2025: first 10/11/2025).
- 279 is a Báo cáo of a post-merger commune, UBND xã La Hiên (tỉnh Thái Nguyên after Thái Nguyên and Bắc Kạn
  were merged, named in "Kính gửi"), 6 tháng cuối năm 2025 (01/7–31/12/2025, issued 05/01/2026). Every figure
  not of a xóm is the commune's (subject "UBND xã La Hiên", level xã), incl. "dân số 21.476 người" and "27
  xóm" (code unchecked). Files received split by quarter "(quý III: 3.514 hồ sơ; quý IV: 4.332 hồ sơ)" and
  online shares "(quý III đạt 68,55%, quý IV đạt 76,27%)": the quý III parts dated 2025-09-30, the quý IV
  parts at the period end. "chỉ tiêu tỉnh giao cho cấp xã năm 2025 (60%) thì đã đạt chỉ tiêu": a target for
  all communes (subject ANY, level xã), the 64,17% carries it with status "đạt". Its dash list of ten xóm
  "- Xóm <name>: hỗ trợ n hồ sơ trực tuyến, kích hoạt m tài khoản, tỷ lệ ... x%;" has subject as written
  ("Xóm Làng Lường"); a xóm is below the commune and no level names it, so level is ANY (NULL and xã are both
  defensible). The accounts activated are identity accounts (code of `tai_khoan_dinh_danh`); the supported
  files and the households' share code unchecked. "Có 25/27 xóm" is a count (unit `xóm`, subject and level
  ANY, code None). Rank `24/92` among the province's xã, phường, "tăng 7 bậc", "(xếp thứ 31/92)" dated
  2025-09-30; the communes' average (subject ANY, level xã). The target "của xã đạt tối thiểu 70% trong quý
  I năm 2026" is the commune's, dated 2026-03-31. Five deadlines: day, quarter (with the target), month,
  "chậm nhất" day in words, "trước ngày 18 hằng tháng" (issued 05/01/2026: first 18/01/2026).
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
_MP = "766.dvctt.mot_phan"
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


# ------------------------------------------------------------ 275: Sở Nội vụ tỉnh Đồng Tháp, quý III năm 2025
_SNV = "Sở Nội vụ"
_Q2_275 = "2025-06-30"
_AUG_275 = "2025-08-31"
_Y2025 = "2025-12-31"


def _snv(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SNV, level="tỉnh", **kw)


def _row_275(subject: object, tthc: str, received: str, settled: str, overdue: str, after: str) -> list[Fact]:
    """One Markdown row of a field (or the total): procedures, files received, settled, overdue. STT is no
    figure."""
    cells = [(tthc, "TTHC", P, _TTHC, "period"), (received, "hồ sơ", P, _TN, "period"),
             (settled, "hồ sơ", P, ANY, "period"), (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_275 = [
    # I. (86/KH-UBND of 18/7/2025 cited; 01/3/2025 and 01/7/2025 are dates)
    F("có 102 đơn vị", "102", 102, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("(82 xã", "82", 82, "xã", C, subject="cấp xã", level="xã", code=None),
    F("20 phường)", "20", 20, "phường", C, subject="cấp xã", level="xã", code=None),
    # II.1 the Sở's procedures
    _snv("thêm 9 lĩnh vực", "9", 9, "lĩnh vực", C, code=None),
    _snv("thực hiện 187 TTHC", "187", 187, "TTHC", C, code=_TTHC),
    _snv("thuộc 17 lĩnh vực", "17", 17, "lĩnh vực", C, code=None),
    _snv("trong đó 132 TTHC", "132", 132, "TTHC", C, code=_TOAN),
    _snv("trình, 41 TTHC", "41", 41, "TTHC", C, code=_MP),
    _snv("và 14 TTHC", "14", 14, "TTHC", C, code="766.dvctt.chua_cung_cap"),
    # II.2 quý II năm 2025 dated 2025-06-30
    _snv("tiếp nhận 6.428", "6.428", 6428, "hồ sơ", C, code=_TN),
    _snv("tăng 1.137 hồ sơ", "1.137", 1137, "hồ sơ", CH, code=_TN),
    _snv("(5.291 hồ sơ)", "5.291", 5291, "hồ sơ", PR, as_of=_Q2_275, code=_TN),
    _snv("là 5.816 hồ sơ", "5.816", 5816, "hồ sơ", C, code=_NOP),
    _snv("chiếm 90,48%", "90,48%", 90.48, "%", code=_NOP),
    _snv("2025: 86,17%)", "86,17%", 86.17, "%", PR, as_of=_Q2_275, code=_NOP),
    _snv("giải quyết 6.102", "6.102", 6102, "hồ sơ", C, code=ANY),
    _snv("trước hạn 4.877", "4.877", 4877, "hồ sơ", C, code=ANY),
    _snv("đúng hạn 1.196", "1.196", 1196, "hồ sơ", C, code=ANY),
    _snv("quá hạn 29 hồ sơ", "29", 29, "hồ sơ", C, code=_QH),
    _snv("đạt 99,52%", "99,52%", 99.52, "%", code=_DH),
    _snv("là 326 hồ sơ", "326", 326, "hồ sơ", C, code=ANY),
    F("công (21 hồ sơ)", "21", 21, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    # II.3 Markdown table by field, "Tổng cộng" row (= the Sở)
    *_row_275(ANY, "38", "1.946", "1.802", "21", "| 2 | Việc làm"),
    *_row_275(ANY, "16", "1.384", "1.327", "0", "| 3 | Bảo trợ"),
    *_row_275(ANY, "22", "1.215", "1.168", "5", "| 4 | Lao động"),
    *_row_275(ANY, "19", "702", "671", "0", "| 5 | Giáo dục"),
    *_row_275(ANY, "24", "437", "420", "3", "| 6 | Công chức"),
    *_row_275(ANY, "21", "318", "302", "0", "| 7 | Thi đua"),
    *_row_275(ANY, "15", "256", "243", "0", "| 8 | Các lĩnh vực"),
    *_row_275(ANY, "32", "170", "169", "0", "| | Tổng cộng"),
    *_row_275(_SNV, "187", "6.428", "6.102", "29", "\n4. Thanh toán"),
    # II.4 the Sở's 2025 target (dated at the year's end), "đã đạt chỉ tiêu"
    _snv("Sở đạt 82,35%", "82,35%", 82.35, "%", code=_TT, target=80, stated_status="đạt"),
    _snv("năm 2025 là 80%", "80%", 80, "%", T, as_of=_Y2025, code=_TT),
    _snv("đạt 96,74%", "96,74%", 96.74, "%", code=_SH),
    _snv("đạt 98,12%", "98,12%", 98.12, "%", code=_KQ),
    _snv("đạt 63,58%", "63,58%", 63.58, "%", code=_TSD),
    # II.5
    _snv("tiếp nhận 11 phản ánh", "11", 11, "PAKN", C, code=_PAKN_TN),
    _snv("xử lý 10 PAKN", "10", 10, "PAKN", C, code=_PAKN_XL),
    _snv("đạt 90,91%", "90,91%", 90.91, "%", code=_PAKN_TL),
    _snv("01 PAKN đang", "01", 1, "PAKN", C, code=ANY),
    _snv("đạt 97,86%", "97,86%", 97.86, "%", code=_HL),
    # III.1 the province (subject NULL) and its levels
    F("tiếp nhận 412.675", "412.675", 412675, "hồ sơ", C, code=_TN),
    F("cấp tỉnh 96.318", "96.318", 96318, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_TN),
    F("cấp xã 316.357", "316.357", 316357, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    F("lần lượt là 88,26%", "88,26%", 88.26, "%", subject="cấp tỉnh", level="tỉnh", code=_NOP),
    F("và 71,42%", "71,42%", 71.42, "%", subject="cấp xã", level="xã", code=_NOP),
    F("toàn tỉnh đạt 98,87%", "98,87%", 98.87, "%", code=_DH),
    # III.2 counts of agencies and communes
    F("Có 15/19", "15/19", 15, "đơn vị", C, max_value=19, subject=ANY, level="tỉnh", code=None),
    F("và 74/102", "74/102", 74, "xã", C, max_value=102, subject="cấp xã", level="xã", code=None),
    F("còn 09 xã", "09", 9, "xã", C, subject="cấp xã", level="xã", code=None),
    # III.3 ranks out of 34; tháng 8/2025 dated 2025-08-31
    F("đạt 84,37/100", "84,37/100", 84.37, "điểm", max_value=100, code=_TONG),
    F("thứ 12/34", "12/34", 12, "hạng", R, max_value=34, code=_HANG),
    F("(83,12 điểm", "83,12", 83.12, "điểm", PR, max_value=100, as_of=_AUG_275, code=_TONG),
    F("thứ 15/34)", "15/34", 15, "hạng", PR, max_value=34, as_of=_AUG_275, code=_HANG),
    F("tăng 1,25 điểm", "1,25", 1.25, "điểm", CH, code=_TONG),
    F("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("ngành đạt 88,15 điểm", "88,15", 88.15, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("phường đạt 81,64 điểm", "81,64", 81.64, "điểm", subject=ANY, level="xã", code=_TONG),
    _snv("Nội vụ đạt 91,28", "91,28", 91.28, "điểm", code=_TONG),
    _snv("thứ 4/19", "4/19", 4, "hạng", R, max_value=19, code=_HANG),
]

# ------------------------------------------------------------ 276: Bảo hiểm xã hội tỉnh Sơn La, năm 2024
# Brought back after the first run to the convention of golden/blind20.py ("Công an tỉnh") and blind21.py (the
# centre named without its province): a provincial body's own figures naming no body are named by its kind, the
# province being the document's (a sentence naming it in full keeps the name as written, `_BH_NAMED`); the first run
# (tests/test_blind_reports.py) counted "Bảo hiểm xã hội tỉnh Sơn La" for all of them.
_BH = "Bảo hiểm xã hội tỉnh"
_BH_NAMED = {"subject": "Bảo hiểm xã hội tỉnh Sơn La", "level": "tỉnh"}
_Y2023 = "2023-12-31"
_Y2024 = "2024-12-31"


def _bh(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the issuer itself (subject the provincial social-insurance office, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_BH, level="tỉnh", **kw)


def _group_276(context: str, files: str, share: str) -> list[Fact]:
    """One dash-list line of a procedure group: files received and the e-transaction share."""
    return [F(f"{context}: {files}", files, _num(files), "hồ sơ", C, subject=ANY, level="tỉnh", code=_TN),
            F(f"đạt {share}%", f"{share}%", _num(share), "%", subject=ANY, level="tỉnh", code=ANY)]


def _office_276(subject: str, files: str, share: str) -> list[Fact]:
    """One dash-list line of a district office: files received and the e-transaction share."""
    place = subject.split(" ", 4)[-1]
    return [F(f"{place}: {files}", files, _num(files), "hồ sơ", C, subject=subject, level="huyện", code=_TN),
            F(f"điện tử {share}%", f"{share}%", _num(share), "%", subject=subject, level="huyện", code=ANY)]


BLIND_276 = [
    # I.1 (422/QĐ-BHXH of 12/3/2024 cited)
    _bh("xã hội: 25 TTHC", "25", 25, "TTHC", C, code=_TTHC),
    _bh("; 100% TTHC", "100%", 100, "%", code=ANY),
    _bh("toàn trình: 21 TTHC", "21", 21, "TTHC", C, code=_TOAN),
    _bh("một phần: 4 TTHC", "4", 4, "TTHC", C, code=_MP),
    # I.2 năm 2023 dated 2023-12-31 ("trước năm 1995" is no figure)
    _bh("tiếp nhận: 486.215", "486.215", 486215, "hồ sơ", C, code=_TN),
    _bh("tăng 8,4%", "8,4%", 8.4, "%", CH, code=ANY),
    _bh("điện tử 471.382", "471.382", 471382, "hồ sơ", C, code=ANY),
    _bh("chiếm 96,95%", "96,95%", 96.95, "%", code=ANY),
    _bh("(năm 2023: 94,12%)", "94,12%", 94.12, "%", PR, as_of=_Y2023, code=ANY),
    _bh("công ích 6.912", "6.912", 6912, "hồ sơ", C, code=ANY),
    _bh("Một cửa 7.921", "7.921", 7921, "hồ sơ", C, code=ANY),
    _bh("giải quyết 482.904", "482.904", 482904, "hồ sơ", C, code=ANY),
    _bh("trước hạn 482.517", "482.517", 482517, "hồ sơ", C, code=_DH),
    _bh("đạt 99,92%", "99,92%", 99.92, "%", code=_DH),
    _bh("quá hạn 387", "387", 387, "hồ sơ", C, code=_QH),
    _bh("trung bình: 1,8", "1,8", 1.8, "ngày", code=_TIME),
    _bh("rút ngắn 0,3", "0,3", -0.3, "ngày", CH, code=_TIME),
    # I.3 procedure groups (dash list)
    *_group_276("thất nghiệp", "312.460", "99,87"),
    *_group_276("y tế", "104.318", "96,14"),
    *_group_276("sức khỏe", "52.736", "88,52"),
    *_group_276("bảo hiểm xã hội", "16.701", "73,98"),
    # I.4 targets of 2024 (dated at the year's end)
    _bh("tiếp nhận 38.647", "38.647", 38647, "hồ sơ", C, code=ANY),
    _bh("tăng 12.305", "12.305", 12305, "hồ sơ", CH, code=ANY),
    _bh("(26.342 hồ sơ)", "26.342", 26342, "hồ sơ", PR, as_of=_Y2023, code=ANY),
    _bh("là 9.418 hồ sơ", "9.418", 9418, "hồ sơ", C, code=ANY),
    _bh("đạt 78,64%", "78,64%", 78.64, "%", code=_TT, target=75, stated_status="đạt"),
    _bh("năm 2024 là 75%", "75%", 75, "%", T, as_of=_Y2024, code=_TT),
    _bh("là 21.864/38.102", "21.864/38.102", 21864, "người", C, max_value=38102, code=ANY),
    _bh("đạt 57,38%", "57,38%", 57.38, "%", code=ANY, target=60, stated_status="chưa đạt"),
    _bh("năm 2024 là 60%", "60%", 60, "%", T, as_of=_Y2024, code=ANY),
    _bh("có 286.415", "286.415", 286415, "tài khoản", C, code=ANY),
    _bh("tăng 41.208", "41.208", 41208, "tài khoản", CH, code=ANY),
    # I.5
    _bh("TTHC: 94,27%", "94,27%", 94.27, "%", code=_SH),
    _bh("điện tử: 97,35%", "97,35%", 97.35, "%", code=_KQ),
    _bh("cư: 1.126.408", "1.126.408", 1126408, "nhân khẩu", C, code=ANY),
    _bh("đạt 99,41%", "99,41%", 99.41, "%", code=ANY),
    # I.6 ("Tổng đài 1900 9068" is a phone number)
    _bh("tiếp nhận 37 phản ánh", "37", 37, "PAKN", C, code=_PAKN_TN),
    _bh("9068: 29", "29", 29, "PAKN", C, code=ANY),
    _bh("quốc gia: 08)", "08", 8, "PAKN", C, code=ANY),
    _bh("trả lời 37/37", "37/37", 37, "PAKN", C, max_value=37, code=_PAKN_XL),
    _bh("đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _bh("đạt 98,46%", "98,46%", 98.46, "%", code=_HL),
    # I.7 the sector's own ranking (not the 766 one); năm 2023 dated 2023-12-31
    # the sentence names the issuer in full: the subject as written
    F("thứ 18/63", "18/63", 18, "hạng", R, max_value=63, code=ANY, **_BH_NAMED),
    F("tăng 5 bậc", "5", 5, "hạng", CH, code=ANY, **_BH_NAMED),
    F("thứ 23/63)", "23/63", 23, "hạng", PR, max_value=63, as_of=_Y2023, code=ANY, **_BH_NAMED),
    # I.8 the twelve district offices (dash list)
    *_office_276("Bảo hiểm xã hội thành phố Sơn La", "58.412", "98,76"),
    *_office_276("Bảo hiểm xã hội huyện Quỳnh Nhai", "14.236", "95,18"),
    *_office_276("Bảo hiểm xã hội huyện Thuận Châu", "31.509", "94,62"),
    *_office_276("Bảo hiểm xã hội huyện Mường La", "20.847", "93,05"),
    *_office_276("Bảo hiểm xã hội huyện Bắc Yên", "12.318", "92,41"),
    *_office_276("Bảo hiểm xã hội huyện Phù Yên", "23.164", "95,87"),
    *_office_276("Bảo hiểm xã hội huyện Mộc Châu", "34.925", "97,42"),
    *_office_276("Bảo hiểm xã hội huyện Vân Hồ", "13.072", "91,36"),
    *_office_276("Bảo hiểm xã hội huyện Yên Châu", "17.683", "94,08"),
    *_office_276("Bảo hiểm xã hội huyện Mai Sơn", "39.541", "97,85"),
    *_office_276("Bảo hiểm xã hội huyện Sông Mã", "27.290", "93,74"),
    *_office_276("Bảo hiểm xã hội huyện Sốp Cộp", "9.806", "89,14"),
    F("Có 10/12", "10/12", 10, "đơn vị", C, max_value=12, subject=ANY, level="huyện", code=None),
    # III.3 the district offices' target by the end of 2025 (0212.3852.947 is a phone number)
    F("tối thiểu 65%", "65%", 65, "%", T, subject="Bảo hiểm xã hội các huyện, thành phố", level="huyện",
      as_of=_Y2025, code=ANY),
]

# ------------------------------------------------------------ 277: UBND thành phố Hà Nội, tháng 5 năm 2025
_APR_277 = "2025-04-30"

_UNITS_277 = [
    ("Quận Ba Đình", "91,84", "4"), ("Quận Hoàn Kiếm", "92,67", "2"), ("Quận Tây Hồ", "90,15", "9"),
    ("Quận Long Biên", "89,36", "10"), ("Quận Cầu Giấy", "93,58", "1"), ("Quận Đống Đa", "91,02", "5"),
    ("Quận Hai Bà Trưng", "90,73", "7"), ("Quận Hoàng Mai", "84,12", "19"), ("Quận Thanh Xuân", "92,11", "3"),
    ("Quận Nam Từ Liêm", "90,48", "8"), ("Quận Bắc Từ Liêm", "88,27", "12"), ("Quận Hà Đông", "90,96", "6"),
    ("Thị xã Sơn Tây", "86,54", "14"), ("Huyện Ba Vì", "82,37", "24"), ("Huyện Phúc Thọ", "83,95", "21"),
    ("Huyện Đan Phượng", "87,62", "13"), ("Huyện Hoài Đức", "85,08", "17"), ("Huyện Quốc Oai", "82,91", "23"),
    ("Huyện Thạch Thất", "84,66", "18"), ("Huyện Chương Mỹ", "81,45", "26"), ("Huyện Thanh Oai", "83,21", "22"),
    ("Huyện Thường Tín", "84,03", "20"), ("Huyện Phú Xuyên", "80,87", "27"), ("Huyện Ứng Hòa", "77,95", "29"),
    ("Huyện Mỹ Đức", "76,42", "30"), ("Huyện Sóc Sơn", "80,12", "28"), ("Huyện Đông Anh", "88,91", "11"),
    ("Huyện Gia Lâm", "86,18", "15"), ("Huyện Mê Linh", "81,96", "25"), ("Huyện Thanh Trì", "85,47", "16"),
]


def _ranking_277() -> list[Fact]:
    """The tab-separated table of the 30 district-level units in official order: total score and a plain rank
    among the 30 (no max_value written). The STT column is no figure; no total row."""
    facts = []
    for i, (subject, score, rank) in enumerate(_UNITS_277):
        after = f"{i + 2}\t{_UNITS_277[i + 1][0]}" if i + 1 < len(_UNITS_277) else "\n3. Một số"
        cells = [(score, "điểm", P, _TONG, "period"), (rank, "hạng", R, _HANG, "period")]
        facts += _cells(subject, "huyện", cells, after, "\t", "\n")
    return facts


BLIND_277 = [
    # 1. (766/QĐ-TTg of 23/6/2022 cited; "17 giờ ngày 31/5/2025" is a time); tháng 4/2025 dated 2025-04-30
    F("đạt 87,46/100", "87,46/100", 87.46, "điểm", max_value=100, code=_TONG),
    F("thứ 9/63", "9/63", 9, "hạng", R, max_value=63, code=_HANG),
    F("tăng 0,82 điểm", "0,82", 0.82, "điểm", CH, code=_TONG),
    F("(86,64 điểm)", "86,64", 86.64, "điểm", PR, max_value=100, as_of=_APR_277, code=_TONG),
    # the six groups, each after an inline "(n)" that is no figure
    F("minh bạch: 17,38/18", "17,38/18", 17.38, "điểm", max_value=18, code="766.cong_khai"),
    F("giải quyết: 19,27/20", "19,27/20", 19.27, "điểm", max_value=20, code="766.tien_do"),
    F("trực tuyến: 10,05/12", "10,05/12", 10.05, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến: 7,12/10", "7,12/10", 7.12, "điểm", max_value=10, code="766.thanh_toan"),
    F("hài lòng: 17,86/18", "17,86/18", 17.86, "điểm", max_value=18, code="766.hai_long"),
    F("hồ sơ: 15,78/22", "15,78/22", 15.78, "điểm", max_value=22, code="766.so_hoa"),
    # 2. block averages, counts by grade, best and worst units, a fall
    F("đạt 86,17 điểm", "86,17", 86.17, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("2025: 85,31 điểm)", "85,31", 85.31, "điểm", PR, subject=ANY, level="huyện", as_of=_APR_277, code=_TONG),
    F("ngành đạt 88,74", "88,74", 88.74, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("cấp xã đạt 83,05", "83,05", 83.05, "điểm", subject=ANY, level="xã", code=_TONG),
    F("Có 09/30", "09/30", 9, "quận", C, max_value=30, subject="cấp huyện", level="huyện", code=None),
    F("Tốt, 19 đơn vị", "19", 19, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("và 02 đơn vị", "02", 2, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("Cầu Giấy (93,58 điểm)", "93,58", 93.58, "điểm", subject="quận Cầu Giấy", level="huyện", code=_TONG),
    F("Mỹ Đức (76,42 điểm)", "76,42", 76.42, "điểm", subject="huyện Mỹ Đức", level="huyện", code=_TONG),
    F("giảm 4 bậc", "4", -4, "hạng", CH, subject="Quận Hoàng Mai", level="huyện", code=_HANG),
    *_ranking_277(),
    # 3. the city's 2025 target (dated at the year's end), "chưa đạt chỉ tiêu"
    F("Thành phố đạt 58,37%", "58,37%", 58.37, "%", code=_TT, target=65, stated_status="chưa đạt"),
    F("năm 2025 là 65%", "65%", 65, "%", T, as_of=_Y2025, code=_TT),
    F("mới đạt 41,26%", "41,26%", 41.26, "%", code=_TSD),
    F("xã đạt 79,84%", "79,84%", 79.84, "%", subject="cấp xã", level="xã", code=_SH),
]

# ------------------------------------------------------------ 278: Sở Tư pháp tỉnh Đắk Lắk, tháng 10 năm 2025
_STP = "Sở Tư pháp"
_SEP_278 = "2025-09-30"
_XA_278 = {"subject": "cấp xã", "level": "xã"}
_UBX = {"subject": "UBND các xã, phường", "level": "xã"}
_CC = {"subject": "các tổ chức hành nghề công chứng", "level": ANY}


def _stp(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_STP, level="tỉnh", **kw)


def _row_278(subject: str, copies: str, electronic: str, share: str, after: str) -> list[Fact]:
    """One Markdown row of a xã or phường: copies certified, electronic copies and their share."""
    cells = [(copies, "bản", P, ANY, "period"), (electronic, "bản", P, _CT, "period"), (share, "%", P, _CT, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


BLIND_278 = [
    # I.1 province-wide (145/KH-UBND of 21/7/2025 cited; "Tính đến ngày 31/10/2025" is the period end)
    F("có 102 xã", "102", 102, "xã", C, code=None, **_XA_278),
    F("có 97/102", "97/102", 97, "xã", C, max_value=102, code=ANY, **_XA_278),
    F("đạt 95,10%", "95,10%", 95.10, "%", code="766.so_hoa.chung_thuc", **_XA_278),
    F("còn 05 xã", "05", 5, "xã", C, code=None, **_XA_278),
    F("chứng thực 186.420", "186.420", 186420, "bản", C, code=ANY),
    F("điện tử 71.358", "71.358", 71358, "bản", C, code=_CT),
    F("chiếm 38,28%", "38,28%", 38.28, "%", code=_CT, target=40, stated_status="chưa đạt"),
    F("(tháng 9/2025: 33,91%)", "33,91%", 33.91, "%", PR, as_of=_SEP_278, code=_CT),
    F("năm 2025 là 40%", "40%", 40, "%", T, as_of=_Y2025, code=_CT),
    F("chứng thực 162.835", "162.835", 162835, "bản", C, code=ANY, **_UBX),
    F("điện tử 64.927", "64.927", 64927, "bản", C, code=_CT, **_UBX),
    F("(39,87%)", "39,87%", 39.87, "%", code=_CT, **_UBX),
    F("chứng thực 23.585", "23.585", 23585, "bản", C, code=ANY, **_CC),
    F("điện tử 6.431", "6.431", 6431, "bản", C, code=_CT, **_CC),
    F("(27,27%)", "27,27%", 27.27, "%", code=_CT, **_CC),
    # I.2 Markdown table of eight xã, phường (no total row)
    *_row_278("Phường Buôn Ma Thuột", "12.486", "7.215", "57,78", "| 2 | Phường Tân An"),
    *_row_278("Phường Tân An", "6.318", "3.402", "53,85", "| 3 | Phường Ea Kao"),
    *_row_278("Phường Ea Kao", "3.127", "1.486", "47,52", "| 4 | Phường Tuy Hòa"),
    *_row_278("Phường Tuy Hòa", "9.742", "5.108", "52,43", "| 5 | Phường Bình Kiến"),
    *_row_278("Phường Bình Kiến", "4.205", "1.893", "45,02", "| 6 | Xã Krông Pắc"),
    *_row_278("Xã Krông Pắc", "3.864", "1.215", "31,44", "| 7 | Xã Ea Kar"),
    *_row_278("Xã Ea Kar", "3.508", "1.047", "29,85", "| 8 | Xã Ea Súp"),
    *_row_278("Xã Ea Súp", "1.237", "298", "24,09", "\nII. CẤP"),
    # II. the Sở's criminal-record certificates ("Công an tỉnh" is a name)
    _stp("tiếp nhận 5.364", "5.364", 5364, "hồ sơ", C, code=_TN),
    _stp("tăng 12,6%", "12,6%", 12.6, "%", CH, code=ANY),
    _stp("trực tuyến 4.827", "4.827", 4827, "hồ sơ", C, code=_NOP),
    _stp("đạt 89,99%", "89,99%", 89.99, "%", code=_NOP),
    _stp("VNeID 3.915", "3.915", 3915, "hồ sơ", C, code=ANY),
    _stp("quốc gia 912", "912", 912, "hồ sơ", C, code=ANY),
    _stp("cấp 5.102", "5.102", 5102, "phiếu", C, code=ANY),
    _stp("đúng hạn 5.089", "5.089", 5089, "phiếu", C, code=_DH),
    _stp("đạt 99,75%", "99,75%", 99.75, "%", code=_DH),
    _stp("quá hạn 13", "13", 13, "phiếu", C, code=_QH),
    _stp("là 3.748", "3.748", 3748, "phiếu", C, code=_KQ),
    _stp("chiếm 73,46%", "73,46%", 73.46, "%", code=_KQ),
    _stp("trung bình 4,2", "4,2", 4.2, "ngày", code=_TIME),
    _stp("rút ngắn 1,1", "1,1", -1.1, "ngày", CH, code=_TIME),
    _stp("đạt 86,54%", "86,54%", 86.54, "%", code=_TT),
    # III. tháng 9/2025 dated 2025-09-30
    _stp("đạt 98,36%", "98,36%", 98.36, "%", code=_SH),
    _stp("đạt 97,92%", "97,92%", 97.92, "%", code=_HL),
    _stp("tiếp nhận 02 phản ánh", "02", 2, "PAKN", C, code=_PAKN_TN),
    _stp("xong 02/02", "02/02", 2, "PAKN", C, max_value=2, code=_PAKN_XL),
    _stp("đạt 92,64", "92,64", 92.64, "điểm", code=_TONG),
    _stp("thứ 2/18", "2/18", 2, "hạng", R, max_value=18, code=_HANG),
    _stp("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _stp("thứ 5/18)", "5/18", 5, "hạng", PR, max_value=18, as_of=_SEP_278, code=_HANG),
    # IV.3 a target whose holder is unclear (0262.3852.734 is a phone number)
    F("tối thiểu 40%", "40%", 40, "%", T, subject=ANY, level=ANY, as_of=_Y2025, code=_CT),
]

# ------------------------------------------------------------ 279: UBND xã La Hiên (Thái Nguyên), 6 tháng cuối năm 2025
_LH = "UBND xã La Hiên"
_Q3_279 = "2025-09-30"


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the commune itself (subject the commune's UBND, level xã)."""
    return F(context, raw, value, unit, kind, subject=_LH, level="xã", **kw)


def _hamlet_279(name: str, files: str, accounts: str, share: str) -> list[Fact]:
    """One dash-list line of a xóm: files supported online, identity accounts activated, households' share.
    A xóm is below the commune: its level is left unchecked."""
    return [F(f"{name}: hỗ trợ {files}", files, _num(files), "hồ sơ", C, subject=name, level=ANY, code=ANY),
            F(f"kích hoạt {accounts} tài khoản,", accounts, _num(accounts), "tài khoản", C, subject=name, level=ANY,
              code=_TK),
            F(f"trực tuyến {share}%", f"{share}%", _num(share), "%", subject=name, level=ANY, code=ANY)]


BLIND_279 = [
    # preamble (01/7/2025, 1683/NQ-UBTVQH15 of 16/6/2025 cited)
    _xa("dân số 21.476", "21.476", 21476, "người", C, code=ANY),
    _xa("tại 27 xóm", "27", 27, "xóm", C, code=ANY),
    # I.1
    _xa("thực hiện 338 TTHC", "338", 338, "TTHC", C, code=_TTHC),
    _xa("trong đó 247 TTHC", "247", 247, "TTHC", C, code=_TOAN),
    # I.2 quarters: quý III dated 2025-09-30, quý IV at the period end
    _xa("tiếp nhận 7.846", "7.846", 7846, "hồ sơ", C, code=_TN),
    _xa("(quý III: 3.514", "3.514", 3514, "hồ sơ", C, as_of=_Q3_279, code=_TN),
    _xa("quý IV: 4.332", "4.332", 4332, "hồ sơ", C, code=_TN),
    _xa("trực tuyến 5.713", "5.713", 5713, "hồ sơ", C, code=_NOP),
    _xa("chiếm 72,81%", "72,81%", 72.81, "%", code=_NOP),
    _xa("quý III đạt 68,55%", "68,55%", 68.55, "%", as_of=_Q3_279, code=_NOP),
    _xa("quý IV đạt 76,27%", "76,27%", 76.27, "%", code=_NOP),
    _xa("giải quyết 7.702", "7.702", 7702, "hồ sơ", C, code=ANY),
    _xa("trước hạn 7.655", "7.655", 7655, "hồ sơ", C, code=_DH),
    _xa("(99,39%)", "99,39%", 99.39, "%", code=_DH),
    _xa("quá hạn 47", "47", 47, "hồ sơ", C, code=_QH),
    _xa("chứng thực 4.126", "4.126", 4126, "bản", C, code=ANY),
    _xa("điện tử 1.873", "1.873", 1873, "bản", C, code=_CT),
    _xa("đạt 45,40%", "45,40%", 45.40, "%", code=_CT),
    # I.3 the province's 2025 target for all communes, "đã đạt chỉ tiêu"
    _xa("đạt 64,17%", "64,17%", 64.17, "%", code=_TT, target=60, stated_status="đạt"),
    F("(60%)", "60%", 60, "%", T, subject=ANY, level="xã", as_of=_Y2025, code=_TT),
    _xa("đạt 91,46%", "91,46%", 91.46, "%", code=_SH),
    _xa("đạt 95,08%", "95,08%", 95.08, "%", code=_KQ),
    # I.4 the community digital teams ("mức độ 2" is no figure) and ten xóm
    _xa("nộp 2.964", "2.964", 2964, "hồ sơ", C, code=ANY),
    _xa("kích hoạt 3.218", "3.218", 3218, "tài khoản", C, code=_TK),
    F("Có 25/27", "25/27", 25, "xóm", C, max_value=27, subject=ANY, level=ANY, code=None),
    *_hamlet_279("Xóm Làng Lường", "312", "284", "78,4"),
    *_hamlet_279("Xóm Cây Bòng", "276", "251", "74,9"),
    *_hamlet_279("Xóm Đồng Tác", "241", "233", "71,2"),
    *_hamlet_279("Xóm Mỏ Gà", "198", "176", "65,7"),
    *_hamlet_279("Xóm Trúc Mai", "226", "219", "69,3"),
    *_hamlet_279("Xóm Lâu Thượng", "187", "168", "63,8"),
    *_hamlet_279("Xóm Khuôn Ngục", "164", "142", "58,6"),
    *_hamlet_279("Xóm Phú Thượng", "205", "197", "67,1"),
    *_hamlet_279("Xóm Hang Hon", "143", "126", "52,4"),
    *_hamlet_279("Xóm Na Ca", "259", "238", "72,5"),
    # I.5
    _xa("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _xa("giải quyết 08 PAKN", "08", 8, "PAKN", C, code=_PAKN_XL),
    _xa("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    _xa("đạt 98,27%", "98,27%", 98.27, "%", code=_HL),
    # I.6 rank among the province's 92 xã, phường; quý III năm 2025 dated 2025-09-30
    _xa("đạt 86,93", "86,93", 86.93, "điểm", code=_TONG),
    _xa("thứ 24/92", "24/92", 24, "hạng", R, max_value=92, code=_HANG),
    _xa("tăng 7 bậc", "7", 7, "hạng", CH, code=_HANG),
    _xa("thứ 31/92)", "31/92", 31, "hạng", PR, max_value=92, as_of=_Q3_279, code=_HANG),
    F("là 84,18 điểm", "84,18", 84.18, "điểm", subject=ANY, level="xã", code=_TONG),
    # III.2 the commune's target in quý I năm 2026
    _xa("tối thiểu 70%", "70%", 70, "%", T, as_of="2026-03-31", code=_TT),
]

BLIND = {"275": BLIND_275, "276": BLIND_276, "277": BLIND_277, "278": BLIND_278, "279": BLIND_279}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "275": [
        ("2025-10-20", "day", "20/10/2025", "giải quyết dứt điểm các hồ sơ quá hạn", "Phòng Người có công"),
        ("2025-11-30", "month", "tháng 11/2025", "đề xuất cắt giảm thành phần hồ sơ", "Văn phòng Sở"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "kiểm tra công tác cải cách TTHC", "Phòng Cải cách hành chính"),
        ("2025-12-15", "day", "ngày 15 tháng 12 năm 2025", "số hóa toàn bộ hồ sơ hưởng bảo hiểm thất nghiệp",
         "Trung tâm Dịch vụ việc làm tỉnh"),
        # issued 06/10/2025: the first "ngày 22 hằng tháng" is 22/10/2025
        ("2025-10-22", "recurring", "22 hằng tháng", "cập nhật số liệu giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "276": [
        ("2025-03-31", "quarter", "quý I năm 2025", "chuyển sang giao dịch điện tử", "Phòng Quản lý thu"),
        ("2025-01-24", "day", "24/01/2025", "giải quyết dứt điểm các hồ sơ hưởng lương hưu",
         "Phòng Chế độ bảo hiểm xã hội"),
        ("2025-12-31", "year", "năm 2025", "nhận lương hưu qua tài khoản cá nhân",
         "Bảo hiểm xã hội các huyện, thành phố"),
        ("2025-02-28", "day", "ngày 28 tháng 02 năm 2025", "cập nhật quy trình nội bộ", "Văn phòng"),
        ("2025-03-31", "month", "tháng 3/2025", "đồng bộ dữ liệu thẻ bảo hiểm y tế", "Phòng Cấp sổ, thẻ"),
        # issued 10/01/2025: the first "ngày 25 hằng tháng" is 25/01/2025
        ("2025-01-25", "recurring", "25 hằng tháng", "báo cáo kết quả giao dịch điện tử",
         "Bảo hiểm xã hội các huyện, thành phố"),
    ],
    "277": [
        ("2025-06-12", "day", "12/6/2025", "xây dựng kế hoạch khắc phục các chỉ số bị trừ điểm",
         "UBND huyện Mỹ Đức, UBND huyện Ứng Hòa"),
        ("2025-06-30", "month", "tháng 6/2025", "mở rộng thanh toán trực tuyến phí, lệ phí", "Sở Tài chính"),
        ("2025-06-10", "day", "ngày 10 tháng 6 năm 2025", "làm rõ nguyên nhân giảm bậc", "UBND quận Hoàng Mai"),
        ("2025-06-30", "quarter", "quý II năm 2025", "chuyển đổi dữ liệu hồ sơ TTHC", "Sở Khoa học và Công nghệ"),
        # issued 04/6/2025: the first "ngày 05 hằng tháng" is 05/6/2025
        ("2025-06-05", "recurring", "05 hằng tháng", "cập nhật kết quả Bộ chỉ số", "Văn phòng UBND Thành phố"),
    ],
    "278": [
        ("2025-11-20", "day", "20/11/2025", "đăng ký chữ ký số chuyên dùng", "UBND xã Ea Rốk, UBND xã Krông Nô"),
        ("2025-12-31", "month", "tháng 12/2025", "rút ngắn thời gian tra cứu", "Phòng Hành chính tư pháp"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "nâng tỷ lệ chứng thực bản sao điện tử", "Phòng Bổ trợ tư pháp"),
        ("2025-11-28", "day", "ngày 28 tháng 11 năm 2025", "kết nối phần mềm quản lý lý lịch tư pháp",
         "Văn phòng Sở"),
        # issued 05/11/2025: the first "ngày 10 hằng tháng" is 10/11/2025
        ("2025-11-10", "recurring", "10 hằng tháng", "tổng hợp kết quả chứng thực điện tử",
         "Phòng Hành chính tư pháp"),
    ],
    "279": [
        ("2026-01-20", "day", "20/01/2026", "giải quyết dứt điểm các hồ sơ đất đai quá hạn", "Phòng Kinh tế"),
        ("2026-03-31", "quarter", "quý I năm 2026", "thanh toán phí, lệ phí trực tuyến",
         "Trung tâm Phục vụ hành chính công xã"),
        ("2026-03-31", "month", "tháng 3/2026", "kích hoạt tài khoản định danh điện tử", "Phòng Văn hóa - Xã hội"),
        ("2026-02-13", "day", "ngày 13 tháng 02 năm 2026", "cài đặt, sử dụng ứng dụng VNeID",
         "Tổ công nghệ số cộng đồng các xóm"),
        # issued 05/01/2026: the first "ngày 18 hằng tháng" is 18/01/2026
        ("2026-01-18", "recurring", "18 hằng tháng", "báo cáo kết quả cải cách TTHC", "Văn phòng HĐND và UBND xã"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 275's issuer is Sở Nội vụ under "UBND TỈNH ĐỒNG THÁP" (the merged province); 276's is Bảo hiểm xã hội tỉnh Sơn La
# under "BẢO HIỂM XÃ HỘI VIỆT NAM", an annual report issued in January 2025; 277 is UBND thành phố Hà Nội's "BÁO
# CÁO NHANH" (a Báo cáo), period the month in its title; 278's issuer is Sở Tư pháp under "UBND TỈNH ĐẮK LẮK";
# 279's issuer is a post-merger commune (province named in "Kính gửi"), period the second half of 2025.
META = {
    "275": {"doc_number": "1468/BC-SNV", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Đồng Tháp", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Trần Thị Kim Loan"},
    "276": {"doc_number": "58/BC-BHXH", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Sơn La", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Lò Văn Thắng"},
    "277": {"doc_number": "203/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-06-04",
            "province": "Hà Nội", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Trương Việt Dũng"},
    "278": {"doc_number": "1987/BC-STP", "doc_type": "Báo cáo", "issued_date": "2025-11-05",
            "province": "Đắk Lắk", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Nguyễn Thị Thanh Hương"},
    "279": {"doc_number": "04/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-01-05",
            "province": "Thái Nguyên", "period_label": "6 tháng cuối năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-12-31", "signer": "Hoàng Văn Thạo"},
}
