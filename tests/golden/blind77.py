"""Blind golden facts for corpus/blind77/460_phu_tho.txt, 461_thai_nguyen.txt, 462_can_tho.txt, 463_da_nang.txt
and 464_tay_ninh.txt.

The five documents were written by the developers for a seventy-seventh blind measurement (communes, wards and
their provinces after the 1 July 2025 merger and the two-tier local government; issuers, wording and layouts not
used in sets 73–76; not real documents), and every row below was written by reading them, before any extraction,
restoration or pipeline code was run on them. They also serve as held-out text for diacritic restoration (marks
stripped, restored, compared with the file).

Same structure and conventions as golden/blind76.py, blind16.py and blind13.py: rows use `golden.facts.Fact`
(context string that occurs once in the document + the figure as written inside it). Prose and list counts are kind
`count`; table cells are kind `value` even when they count, with `extra={"source": "table"}`; `as_of="period"` is
the period's end; a change is dated at the period end, a fall negative; previous values of "tháng n/2025" are dated
at that month's end. `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it
clearly names none: counts of decisions, units, teams, members, classes). "thủ tục" counts use the unit `TTHC`,
"phản ánh, kiến nghị" counts the unit `PAKN`; every "đã giải quyết" count and a relative change of a count have their
code unchecked; "trễ hạn" is "quá hạn" (overdue code). Counts of local units take the unit of their first unit word
("96 xã, phường" → `xã`), counts of "đơn vị"/"sở, ngành" → `đơn vị`, at the level of the bodies counted. Ranks
"n/34" are among the 34 provincial units, "n/148", "n/92", "n/96" among a province's xã, phường. Dates, document
numbers, cited decrees, resolutions, decisions, plans and letters ("Nghị định số 118/2025/NĐ-CP", "Kế hoạch số
24/KH-UBND", "Nghị quyết số 1683/NQ-UBTVQH15", "Quyết định số 1275/QĐ-UBND", "Công văn số 5126/UBND-NV", "Nghị định
số 150/2025/NĐ-CP", "Nghị quyết số 17/NQ-HĐND"), "Đề án 06", "mức độ 2", "từ đủ 14 tuổi", the period words "từ ngày
01/7/2025 đến ngày 30/9/2025", "Đến ngày 31/10/2025", "Lũy kế đến ngày 30/9/2025", section numbering ("I.", "1.",
"a)", "đ)"), the STT column, the numbered list of communes in 464, the month labels "tháng 7, tháng 8 và tháng
9", the grade labels "Loại 1", "Loại 2", "Loại 3", "xếp loại 3", "loại 1, loại 2", street addresses ("số 1568 đại
lộ Hùng Vương", "số 02 đường Hòa Bình"), phone numbers
("0210.3846.215", "0209.3876.118", "0292.3762.333", "0276.3822.569"), headings naming the next period ("II. NHIỆM VỤ
TRỌNG TÂM THÁNG 10 NĂM 2025", "III. NHIỆM VỤ QUÝ IV NĂM 2025", "II. NHIỆM VỤ THÁNG 9 NĂM 2025": no deadlines) and
years are not figures.

New in this set (communes and wards under the two-tier local government, July–October 2025):
- 460 is a monthly Báo cáo of UBND phường Nông Trang (tỉnh Phú Thọ after the merger with Vĩnh Phúc and Hòa Bình;
  header "UBND TỈNH PHÚ THỌ / ỦY BAN NHÂN DÂN PHƯỜNG NÔNG TRANG"), tháng 9 năm 2025, issued 02/10/2025. The ward's
  own figures ("phường", "UBND phường", "tại phường") have subject "UBND phường Nông Trang", level xã (as
  golden/blind72.py's 438); its Trung tâm Phục vụ hành chính công phường is only named as the place. "06 quyết định"
  is a count (code None). "271 TTHC … toàn trình, chiếm 74,86%, còn lại 91 TTHC cung cấp một phần": the full-online
  count and share and the partial-online count (`766.dvctt.mot_phan`). "(tháng 8/2025: 1.936 hồ sơ), tăng 212 hồ
  sơ": previous value dated 2025-08-31 and the change. Files by channel: online (code and share), "nộp trực tiếp 405"
  (direct-submission code), "bưu chính công ích 56" (code unchecked). Overdue files by field in brackets have subject
  ANY, level xã. Its dash list "- <field>: tiếp nhận n hồ sơ, trực tuyến đạt x%, đúng hạn y%" gives three figures per
  field (subject ANY, level xã; received, online and on-time codes). "1.046/1.784 hồ sơ" paid online is one count
  (max 1784); "so với chỉ tiêu UBND tỉnh giao cho phường năm 2025 là 60% thì phường chưa đạt chỉ tiêu": the ward's
  target dated 2025-12-31, 58,63% carries it with status "chưa đạt". Rank `11/148` among the province's xã, phường,
  "tăng 9 bậc", "(xếp thứ 20/148)" dated 2025-08-31; two group scores `x/max`; "khối phường toàn tỉnh" average
  (subject ANY, level xã). VNeID accounts "trên địa bàn phường" and those activated with the ward police: subject
  ANY, level xã. The target "tỷ lệ thanh toán trực tuyến của phường đạt tối thiểu 65%" in quý IV năm 2025 is the
  ward's, dated 2025-12-31. Five deadlines: day ("Giao <body> …"), "chậm nhất" day in words, month, quarter (with
  the target), "trước ngày 22 hằng tháng" (issued 02/10/2025: first 22/10/2025).
- 461 is a quarterly Báo cáo of UBND xã Ba Bể (tỉnh Thái Nguyên after the merger with Bắc Kạn, named in "Kính
  gửi"), quý III năm 2025 (stated 01/7–30/9/2025, the commune's first quarter), issued 06/10/2025. The commune's own
  figures ("UBND xã", "Xã", "của xã") have subject "UBND xã Ba Bể", level xã. The population "Xã có 47 thôn, bản
  với 5.318 hộ, 23.546 nhân khẩu" and accounts "trên địa bàn xã" have subject ANY (the commune or its people),
  level xã; "47 thôn" and "10 thôn, bản" count villages (unit `thôn`, first unit word; code None). The procedures
  "Trung tâm Phục vụ hành chính công xã … đang thực hiện 327 TTHC … 249 TTHC … toàn trình" are the commune's or its
  centre's (subject ANY, level xã: the centre is named by its kind inside the commune's own report, as golden/
  blind72.py's 438 reads its one-stop shop as the ward, but the sentence names the centre). Files by month after
  "lần lượt là" (July and August at their month's end, September at the period end). "(chỉ tiêu năm 2025 của xã
  là 70%, chưa đạt chỉ tiêu)": the commune's target dated 2025-12-31, 66,02% carries it with status "chưa đạt".
  "47/47 Tổ công nghệ số cộng đồng với 212 thành viên": counts (units `tổ`, `thành viên`, code None, the commune's);
  files and accounts the teams helped with ("các tổ") have subject ANY, level xã; "chiếm 41,80% số hồ sơ trực tuyến
  của xã" is a share of online files (code unchecked). Its tab-separated table lists 10 pilot villages (subject as
  written, "Thôn Pác Ngòi", "Bản Bó Lù"; level ANY: a village is below the commune, no level of the contract names
  it; households `hộ`, online files `hồ sơ` (code unchecked: a village's residents' files), new identity accounts
  (identity-account code), share of households using online services) and a "Cộng" row with an empty STT cell (the
  sum of the ten pilot villages, not the commune: subject and level ANY). Highest and lowest villages repeat their
  share in brackets. Rank `63/92`, "tăng 8 bậc so với tháng 7/2025 (xếp thứ 71/92)" dated 2025-07-31; the "khối xã
  toàn tỉnh" average (subject ANY, level xã). Tasks are "- <body>: <task> <date>" bullets: five deadlines (day,
  month, "chậm nhất" day in words, year "đến hết năm 2025" with a target of "toàn xã" (subject ANY, level xã),
  "trước ngày 25 hằng tháng": issued 06/10/2025, first 25/10/2025).
- 462 is a monthly Báo cáo of the Trung tâm Phục vụ hành chính công of thành phố Cần Thơ (a centrally-run city,
  merged with Sóc Trăng and Hậu Giang; header "UBND THÀNH PHỐ CẦN THƠ / TRUNG TÂM PHỤC VỤ / HÀNH CHÍNH CÔNG"), tháng 8
  năm 2025, issued 05/9/2025, reporting by its head office, branches and reception points. The Centre's own figures
  ("Trung tâm …") have subject "Trung tâm Phục vụ hành chính công thành phố", level tỉnh; the city's 766 figures
  (total `83,76/100`, rank `9/34`, a group score) have subject NULL. "1.862 TTHC" received at the Centre (code
  unchecked), "18 sở, ngành" (unit `đơn vị`, level tỉnh, code None), "112 quầy", "9,5 phút" (unit `phút`). "tăng
  9,95% so với tháng 7/2025 (25.486 hồ sơ)": a relative change and a previous value dated 2025-07-31; "tăng 4,06% so
  với tháng 7/2025 (58,12%)": the payment share's change and previous value. Overdue files of two Sở in brackets
  (subject as written, level tỉnh). Its Markdown table (centred and right-aligned separators) lists the "Trụ sở
  chính", two "Chi nhánh" and three "Điểm tiếp nhận" (subject as written, "Chi nhánh Sóc Trăng", "Điểm tiếp nhận
  Ngã Bảy"; level tỉnh: they are parts of the city's Centre, named after the former provinces' and districts'
  towns, as golden/blind41.py's 284 files the Centre's counters under tỉnh): received, online share, settled,
  on-time share, overdue; a "Cộng" row with an empty STT cell (= the Centre; its figures are also in the prose).
  The branch with most overdue files and the point with the lowest online share repeat their figure in brackets;
  "02 PAKN đang xác minh tại Chi nhánh Vị Thanh" is that branch's. Fees in `triệu đồng` ("4.826,35 triệu đồng" →
  4826.35, kind value, code unchecked). "vượt chỉ tiêu UBND thành phố giao năm 2025 (90%)": the digitisation share
  97,42% carries target 90 with status "đạt" ("vượt" is met); the target's holder is not said (the Centre or the
  city): subject and level ANY, dated 2025-12-31. Five deadlines in lettered items a)–đ): day (after "Đề nghị"),
  "chậm nhất" day in words, month, quarter, "trước ngày 03 hằng tháng" (issued 05/9/2025, after the 3rd: first
  03/10/2025).
- 463 is a Báo cáo of Sở Nội vụ thành phố Đà Nẵng (merged with Quảng Nam; header "UBND THÀNH PHỐ ĐÀ NẴNG / SỞ NỘI
  VỤ"), tháng 10 năm 2025, issued 07/11/2025, on the one-stop centres of the city's new communes. "94 đơn vị hành
  chính cấp xã (23 phường, 70 xã và 01 đặc khu)": the whole subject "cấp xã" (unit `đơn vị`), its parts counts of
  `phường`, `xã`, `đặc khu` (subject ANY, level xã, code None, as golden/blind73.py's 442). "93/94 đơn vị" and
  "76/93 đơn vị" count communes (unit `đơn vị`, level xã, code None). Staff "1.046 người", "bình quân 11,2
  người/Trung tâm" (an average: kind value), "thiếu 37 người", "652 quầy", "118 quầy" are the communes' centres'
  (subject ANY, level xã, code unchecked). Files, shares and time "cấp xã …" are subject "cấp xã", level xã;
  "(tháng 9/2025: 71,92%)" dated 2025-09-30. The Sở's assessment scores ("81,37/100 điểm" with its max, block
  averages "khối phường", "khối xã"; best and worst communes in brackets, subject as written, "phường Hải Châu",
  "xã Tây Giang", level xã) are no 766 figures: code unchecked. Its Markdown table by grade (rows "Loại 1" … "Loại
  3", "Tổng cộng"; columns Phường, Xã, Cộng, Tỷ lệ, Điểm bình quân, Công chức bình quân) has one `0` cell and a
  "100" share; cells subject ANY, level xã; counts take the column's unit (`phường`, `xã`, `đơn vị`; code None), the
  rest `%`, `điểm`, `người` (code unchecked). "Có 12 đơn vị xếp loại 3" counts communes. "Chỉ tiêu UBND thành phố
  giao năm 2025 là 90% Trung tâm cấp xã xếp loại 1, loại 2; hiện nay mới đạt 87,10%, chưa đạt chỉ tiêu": target
  (subject ANY, level xã) dated 2025-12-31, 87,10% carries it with status "chưa đạt". The Sở's own training "06 lớp"
  (code None), "742 lượt" (subject "Sở Nội vụ", level tỉnh). Five deadlines in numbered recommendations, each
  opening with the body that acts: day, quarter, "chậm nhất" day in words, month, "trước ngày 05 hằng tháng" (issued
  07/11/2025, after the 5th: first 05/12/2025).
- 464 is a Công văn đôn đốc of the Văn phòng UBND tỉnh Tây Ninh (merged with Long An; header "UBND TỈNH TÂY NINH /
  VĂN PHÒNG", "V/v" line naming no period), issued 10/11/2025, on tháng 10 năm 2025 (period from the first
  sentence), sent to eight lagging communes. Province figures have subject NULL (files, online share, on-time
  share, overdue files, payment share with the 2025 target 70% of the Nghị quyết, status "chưa đạt", total
  `84,92/100`, rank `14/34`, "giảm 2 bậc so với tháng 9/2025 (xếp thứ 12/34)" dated 2025-09-30, two group scores);
  "riêng cấp xã đạt 76,48%" is subject "cấp xã". "Trong số 96 xã, phường" and "08 xã" count communes (unit `xã`,
  subject ANY, level xã, code None). The numbered list "n. Xã <name>: trực tuyến x/y hồ sơ (z%); thanh toán trực
  tuyến p%; quá hạn n hồ sơ; xếp thứ r/96." gives five figures per commune (subject as written, "Xã Hưng Điền",
  level xã): online files `x/y` (max y, online code), online share, payment share, overdue files, rank among the
  province's 96 communes (766 rank code, max 96). "114 hồ sơ, chiếm 8,19%" overdue in the eight communes (subject
  ANY, level xã). The target "tỷ lệ hồ sơ nộp trực tuyến của mỗi xã đạt tối thiểu 65%" in quý I năm 2026 is each
  commune's (subject ANY, level xã), dated 2026-03-31. Tasks are "n. <body>: <task>" items: five deadlines (day and
  quarter in one item, "chậm nhất" day in words, month, "trước ngày 08 hằng tháng": issued 10/11/2025, after the
  8th: first 08/12/2025).
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
_Y2025 = "2025-12-31"
_JUL = "2025-07-31"
_AUG = "2025-08-31"
_SEP = "2025-09-30"


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject,
              level=level, as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 460: UBND phường Nông Trang (Phú Thọ), tháng 9/2025
_NT = "UBND phường Nông Trang"


def _nt(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the ward itself (the issuer), level xã."""
    return F(context, raw, value, unit, kind, subject=_NT, level="xã", **kw)


def _field_460(label: str, received: str, online: str, on_time: str) -> list[Fact]:
    """One dash-list line "- <field>: tiếp nhận n hồ sơ, trực tuyến đạt x%, đúng hạn y%" (subject unchecked)."""
    return [
        F(f"{label}: tiếp nhận {received}", received, _num(received), "hồ sơ", C, subject=ANY, level="xã",
          code=_TN),
        F(f"{received} hồ sơ, trực tuyến đạt {online}", online, _num(online), "%", subject=ANY, level="xã",
          code=_NOP),
        F(f"{online}, đúng hạn {on_time}", on_time, _num(on_time), "%", subject=ANY, level="xã", code=_DH),
    ]


BLIND_460 = [
    # I.1 ("số 1568 đại lộ Hùng Vương" is an address)
    _nt("công khai 06 quyết định", "06", 6, "quyết định", C, code=None),
    _nt("là 362 TTHC", "362", 362, "TTHC", C, code=_TTHC),
    _nt("trong đó 271 TTHC", "271", 271, "TTHC", C, code=_TOAN),
    _nt("chiếm 74,86%", "74,86%", 74.86, "%", code=_TOAN),
    _nt("còn lại 91 TTHC", "91", 91, "TTHC", C, code=_MOT),
    # I.2 files; tháng 8/2025 dated 2025-08-31
    _nt("phường tiếp nhận 2.148", "2.148", 2148, "hồ sơ", C, code=_TN),
    _nt("8/2025: 1.936", "1.936", 1936, "hồ sơ", PR, as_of=_AUG, code=_TN),
    _nt("tăng 212 hồ sơ", "212", 212, "hồ sơ", CH, code=_TN),
    _nt("trực tuyến 1.687", "1.687", 1687, "hồ sơ", C, code=_NOP),
    _nt("chiếm 78,54%", "78,54%", 78.54, "%", code=_NOP),
    _nt("trực tiếp 405", "405", 405, "hồ sơ", C, code=_NTT),
    _nt("công ích 56 hồ sơ", "56", 56, "hồ sơ", C, code=ANY),
    _nt("là 2.079 hồ sơ", "2.079", 2079, "hồ sơ", C, code=ANY),
    _nt("đúng hạn 2.061", "2.061", 2061, "hồ sơ", C, code=_DH),
    _nt("đạt 99,13%", "99,13%", 99.13, "%", code=_DH),
    _nt("quá hạn 18 hồ sơ", "18", 18, "hồ sơ", C, code=_QH),
    _nt("(chiếm 0,87%)", "0,87%", 0.87, "%", code=_QH),
    F("đất đai (13 hồ sơ)", "13", 13, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    F("xây dựng (05 hồ sơ)", "05", 5, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    _nt("Đang giải quyết 69", "69", 69, "hồ sơ", C, code=ANY),
    *_field_460("Hộ tịch", "612", "91,34%", "100%"),
    *_field_460("Chứng thực", "734", "88,15%", "100%"),
    *_field_460("Đất đai", "286", "52,80%", "95,06%"),
    *_field_460("Xây dựng", "97", "61,86%", "94,62%"),
    *_field_460("Các lĩnh vực còn lại", "419", "64,44%", "100%"),
    # I.3 the ward's 2025 target (period end); tháng 8/2025 dated 2025-08-31
    _nt("là 1.046/1.784", "1.046/1.784", 1046, "hồ sơ", C, max_value=1784, code=_TT),
    _nt("tỷ lệ 58,63%", "58,63%", 58.63, "%", code=_TT, target=60, stated_status="chưa đạt"),
    _nt("năm 2025 là 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
    _nt("đạt 96,35%", "96,35%", 96.35, "%", code=_SH),
    _nt("đạt 98,12%", "98,12%", 98.12, "%", code=_KQ),
    _nt("đạt 47,29%", "47,29%", 47.29, "%", code=_TSD),
    _nt("8/2025: 41,06%", "41,06%", 41.06, "%", PR, as_of=_AUG, code=_TSD),
    _nt("cho 1.215 trường hợp", "1.215", 1215, "trường hợp", C, code=_CT),
    # I.4
    _nt("tiếp nhận 07 phản ánh", "07", 7, "PAKN", C, code=_PAKN_TN),
    _nt("xử lý 07/07", "07/07", 7, "PAKN", C, max_value=7, code=_PAKN_XL),
    _nt("PAKN, đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _nt("Qua 1.892 lượt", "1.892", 1892, "lượt", C, code=ANY),
    _nt("đạt 98,94%", "98,94%", 98.94, "%", code=_HL),
    # I.5 rank among the province's 148 xã, phường; tháng 8/2025 dated 2025-08-31
    _nt("đạt 87,36/100", "87,36/100", 87.36, "điểm", max_value=100, code=_TONG),
    _nt("thứ 11/148", "11/148", 11, "hạng", R, max_value=148, code=_HANG),
    _nt("tăng 9 bậc", "9", 9, "hạng", CH, code=_HANG),
    _nt("(xếp thứ 20/148)", "20/148", 20, "hạng", PR, max_value=148, as_of=_AUG, code=_HANG),
    _nt("đạt 19,62/20", "19,62/20", 19.62, "điểm", max_value=20, code="766.tien_do"),
    _nt("đạt 15,84/22", "15,84/22", 15.84, "điểm", max_value=22, code="766.so_hoa"),
    F("là 84,17 điểm", "84,17", 84.17, "điểm", subject=ANY, level="xã", code=_TONG),
    # I.6 accounts ("mức độ 2", "từ đủ 14 tuổi" are no figures)
    F("mới 1.318 tài khoản", "1.318", 1318, "tài khoản", C, subject=ANY, level="xã", code=_TK),
    F("có 31.426 tài khoản", "31.426", 31426, "tài khoản", C, subject=ANY, level="xã", code=_TK),
    F("đạt 86,71%", "86,71%", 86.71, "%", subject=ANY, level="xã", code=ANY),
    # II.4 the ward's target for quý IV năm 2025 (0210.3846.215 is a phone number)
    _nt("tối thiểu 65%", "65%", 65, "%", T, as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 461: UBND xã Ba Bể (Thái Nguyên), quý III năm 2025
_BB = "UBND xã Ba Bể"


def _bb(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the commune itself (the issuer), level xã."""
    return F(context, raw, value, unit, kind, subject=_BB, level="xã", **kw)


def _in_xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the commune's area, people or teams (subject unchecked), level xã."""
    return F(context, raw, value, unit, kind, subject=ANY, level="xã", **kw)


def _row_461(subject: object, households: str, files: str, accounts: str, share: str, after: str) -> list[Fact]:
    """One tab-separated row of a pilot village (or their sum): households, online files, identity accounts newly
    activated, share of households using online services. The STT cell is no figure."""
    cells = [(households, "hộ", P, ANY, "period"), (files, "hồ sơ", P, ANY, "period"),
             (accounts, "tài khoản", P, _TK, "period"), (share, "%", P, ANY, "period")]
    return _cells(subject, ANY, cells, after, "\t", "\n")


BLIND_461 = [
    # I. (1683/NQ-UBTVQH15 cited; "thôn Pò Giảo" is a name)
    _in_xa("có 47 thôn", "47", 47, "thôn", C, code=None),
    _in_xa("với 5.318 hộ", "5.318", 5318, "hộ", C, code=ANY),
    _in_xa("23.546 nhân khẩu", "23.546", 23546, "nhân khẩu", C, code=ANY),
    _in_xa("thực hiện 327 TTHC", "327", 327, "TTHC", C, code=_TTHC),
    _in_xa("có 249 TTHC", "249", 249, "TTHC", C, code=_TOAN),
    # II.1 months after "lần lượt là" (July and August at their month's end); the commune's 2025 target
    _bb("xã tiếp nhận 3.964", "3.964", 3964, "hồ sơ", C, code=_TN),
    _bb("lần lượt là 1.186", "1.186", 1186, "hồ sơ", C, as_of=_JUL, code=_TN),
    _bb(", 1.302 và", "1.302", 1302, "hồ sơ", C, as_of=_AUG, code=_TN),
    _bb("và 1.476 hồ sơ", "1.476", 1476, "hồ sơ", C, code=_TN),
    _bb("là 2.617 hồ sơ", "2.617", 2617, "hồ sơ", C, code=_NOP),
    _bb("chiếm 66,02%", "66,02%", 66.02, "%", code=_NOP, target=70, stated_status="chưa đạt"),
    _bb("của xã là 70%", "70%", 70, "%", T, as_of=_Y2025, code=_NOP),
    _bb("giải quyết 3.811", "3.811", 3811, "hồ sơ", C, code=ANY),
    _bb("đúng hạn 3.779", "3.779", 3779, "hồ sơ", C, code=_DH),
    _bb("(99,16%)", "99,16%", 99.16, "%", code=_DH),
    _bb("quá hạn 32", "32", 32, "hồ sơ", C, code=_QH),
    _bb("(0,84%)", "0,84%", 0.84, "%", code=_QH),
    _bb("bình 2,6 ngày", "2,6", 2.6, "ngày", code=_TIME),
    _bb("đạt 41,37%", "41,37%", 41.37, "%", code=_TT),
    _bb("đạt 92,48%", "92,48%", 92.48, "%", code=_SH),
    _bb("tiếp nhận 05 PAKN", "05", 5, "PAKN", C, code=_PAKN_TN),
    _bb("xử lý 04 PAKN", "04", 4, "PAKN", C, code=_PAKN_XL),
    _bb("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    # II.2 community digital teams and accounts
    _bb("thành lập 47/47", "47/47", 47, "tổ", C, max_value=47, code=None),
    _bb("với 212 thành viên", "212", 212, "thành viên", C, code=None),
    _in_xa("nộp 1.094 hồ sơ", "1.094", 1094, "hồ sơ", C, code=ANY),
    _in_xa("chiếm 41,80%", "41,80%", 41.80, "%", code=ANY),
    _in_xa("mới 1.126 tài khoản", "1.126", 1126, "tài khoản", C, code=_TK),
    _in_xa("có 14.203 tài khoản", "14.203", 14203, "tài khoản", C, code=_TK),
    _in_xa("đạt 78,64%", "78,64%", 78.64, "%", code=ANY),
    _in_xa("tại 10 thôn", "10", 10, "thôn", C, code=None),
    # tab-separated table of the ten pilot villages, "Cộng" row = their sum
    *_row_461("Thôn Pác Ngòi", "112", "46", "38", "64,29", "2\tBản Bó Lù"),
    *_row_461("Bản Bó Lù", "68", "21", "19", "52,94", "3\tBản Cốc Tộc"),
    *_row_461("Bản Cốc Tộc", "74", "25", "22", "55,41", "4\tThôn Nà Hang"),
    *_row_461("Thôn Nà Hang", "135", "58", "41", "71,85", "5\tThôn Bản Cám"),
    *_row_461("Thôn Bản Cám", "97", "33", "27", "58,76", "6\tBản Khuổi Luông"),
    *_row_461("Bản Khuổi Luông", "59", "12", "15", "38,98", "7\tThôn Nà Mằm"),
    *_row_461("Thôn Nà Mằm", "88", "30", "24", "60,23", "8\tBản Vài"),
    *_row_461("Bản Vài", "71", "19", "18", "45,07", "9\tThôn Nà Làng"),
    *_row_461("Thôn Nà Làng", "126", "52", "36", "68,25", "10\tThôn Khau Qua"),
    *_row_461("Thôn Khau Qua", "102", "37", "30", "61,76", "\tCộng"),
    *_row_461(ANY, "932", "333", "270", "60,09", "\nThôn Nà Hang"),
    F("cao nhất (71,85%)", "71,85%", 71.85, "%", subject="Thôn Nà Hang", level=ANY, code=ANY),
    F("thấp nhất (38,98%)", "38,98%", 38.98, "%", subject="Bản Khuổi Luông", level=ANY, code=ANY),
    # II.3 rank among the province's 92 xã, phường; tháng 7/2025 dated 2025-07-31
    _bb("đạt 78,42/100", "78,42/100", 78.42, "điểm", max_value=100, code=_TONG),
    _bb("thứ 63/92", "63/92", 63, "hạng", R, max_value=92, code=_HANG),
    _bb("tăng 8 bậc", "8", 8, "hạng", CH, code=_HANG),
    _bb("(xếp thứ 71/92)", "71/92", 71, "hạng", PR, max_value=92, as_of=_JUL, code=_HANG),
    F("là 80,96 điểm", "80,96", 80.96, "điểm", subject=ANY, level="xã", code=_TONG),
    # III. the target of "toàn xã" by the end of 2025 (0209.3876.118 is a phone number)
    _in_xa("đạt trên 70%", "70%", 70, "%", T, as_of=_Y2025, code=ANY),
]

# ------------------------------------------------ 462: Trung tâm Phục vụ HCC thành phố Cần Thơ, tháng 8 năm 2025
_TTC = "Trung tâm Phục vụ hành chính công thành phố"


def _ttc(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Centre itself (the issuer, named by its kind in a centrally-run city), level tỉnh."""
    return F(context, raw, value, unit, kind, subject=_TTC, level="tỉnh", **kw)


def _row_462(subject: object, received: str, online: str, settled: str, on_time: str, overdue: str,
             after: str) -> list[Fact]:
    """One Markdown row of a reception place (or the Centre): received, online share, settled, on-time share,
    overdue files."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (settled, "hồ sơ", P, ANY, "period"), (on_time, "%", P, _DH, "period"),
             (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_462 = [
    # I.1 (1275/QĐ-UBND cited; "số 02 đường Hòa Bình" is an address)
    _ttc("hồ sơ của 1.862 TTHC", "1.862", 1862, "TTHC", C, code=ANY),
    F("thuộc 18 sở", "18", 18, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    _ttc("bố trí 112 quầy", "112", 112, "quầy", C, code=ANY),
    _ttc("là 9,5 phút", "9,5", 9.5, "phút", code=ANY),
    # I.2 files; tháng 7/2025 dated 2025-07-31
    _ttc("Trung tâm tiếp nhận 28.021", "28.021", 28021, "hồ sơ", C, code=_TN),
    _ttc("tăng 9,95%", "9,95%", 9.95, "%", CH, code=ANY),
    _ttc("(25.486 hồ sơ)", "25.486", 25486, "hồ sơ", PR, as_of=_JUL, code=_TN),
    _ttc("trực tuyến 22.289", "22.289", 22289, "hồ sơ", C, code=_NOP),
    _ttc("đạt 79,54%", "79,54%", 79.54, "%", code=_NOP),
    _ttc("tại quầy 5.164", "5.164", 5164, "hồ sơ", C, code=_NTT),
    _ttc("công ích 568", "568", 568, "hồ sơ", C, code=ANY),
    _ttc("giải quyết 27.225", "27.225", 27225, "hồ sơ", C, code=ANY),
    _ttc("đúng hạn 27.010", "27.010", 27010, "hồ sơ", C, code=_DH),
    _ttc("đạt 99,21%", "99,21%", 99.21, "%", code=_DH),
    _ttc("trễ hạn 215 hồ sơ", "215", 215, "hồ sơ", C, code=_QH),
    F("Môi trường (131 hồ sơ)", "131", 131, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh",
      code=_QH),
    F("Sở Xây dựng (46 hồ sơ)", "46", 46, "hồ sơ", C, subject="Sở Xây dựng", level="tỉnh", code=_QH),
    # Markdown table by reception place, "Cộng" row = the Centre
    *_row_462("Trụ sở chính", "14.286", "84,62", "13.904", "99,41", "82", "| 2 | Chi nhánh Sóc Trăng"),
    *_row_462("Chi nhánh Sóc Trăng", "6.735", "76,35", "6.518", "98,86", "74", "| 3 | Chi nhánh Vị Thanh"),
    *_row_462("Chi nhánh Vị Thanh", "3.912", "79,09", "3.806", "99,13", "33", "| 4 | Điểm tiếp nhận Ngã Bảy"),
    *_row_462("Điểm tiếp nhận Ngã Bảy", "1.164", "68,47", "1.129", "99,73", "3", "| 5 | Điểm tiếp nhận Long Mỹ"),
    *_row_462("Điểm tiếp nhận Long Mỹ", "876", "63,81", "851", "99,18", "7", "| 6 | Điểm tiếp nhận Vĩnh Châu"),
    *_row_462("Điểm tiếp nhận Vĩnh Châu", "1.048", "58,02", "1.017", "98,43", "16", "| | Cộng"),
    *_row_462(_TTC, "28.021", "79,54", "27.225", "99,21", "215", "\nChi nhánh Sóc Trăng"),
    F("nhiều nhất (74 hồ sơ)", "74", 74, "hồ sơ", C, subject="Chi nhánh Sóc Trăng", level="tỉnh", code=_QH),
    F("thấp nhất (58,02%)", "58,02%", 58.02, "%", subject="Điểm tiếp nhận Vĩnh Châu", level="tỉnh", code=_NOP),
    # I.3 payment share, fees, digitisation with the 2025 target ("vượt" = met)
    _ttc("đạt 62,18%", "62,18%", 62.18, "%", code=_TT),
    _ttc("tăng 4,06%", "4,06%", 4.06, "%", CH, code=_TT),
    _ttc("(58,12%)", "58,12%", 58.12, "%", PR, as_of=_JUL, code=_TT),
    _ttc("là 4.826,35 triệu", "4.826,35", 4826.35, "triệu đồng", code=ANY),
    _ttc("trực tuyến 3.106,72", "3.106,72", 3106.72, "triệu đồng", code=ANY),
    _ttc("đạt 97,42%", "97,42%", 97.42, "%", code=_SH, target=90, stated_status="đạt"),
    F("năm 2025 (90%)", "90%", 90, "%", T, subject=ANY, level=ANY, as_of=_Y2025, code=_SH),
    # I.4 PAKN and ratings
    _ttc("tiếp nhận 23 PAKN", "23", 23, "PAKN", C, code=_PAKN_TN),
    _ttc("trả lời 21 PAKN", "21", 21, "PAKN", C, code=_PAKN_XL),
    _ttc("(91,30%)", "91,30%", 91.30, "%", code=_PAKN_TL),
    F("02 PAKN đang", "02", 2, "PAKN", C, subject="Chi nhánh Vị Thanh", level="tỉnh", code=ANY),
    _ttc("ghi nhận 18.734", "18.734", 18734, "lượt", C, code=ANY),
    _ttc("trong đó 18.529", "18.529", 18529, "lượt", C, code=ANY),
    _ttc("đạt 98,91%", "98,91%", 98.91, "%", code=_HL),
    # I.5 the city's index (0292.3762.333 is a phone number)
    F("đạt 83,76/100", "83,76/100", 83.76, "điểm", max_value=100, code=_TONG),
    F("thứ 9/34", "9/34", 9, "hạng", R, max_value=34, code=_HANG),
    F("đạt 17,46/18", "17,46/18", 17.46, "điểm", max_value=18, code="766.cong_khai"),
]

# ------------------------------------------------------------ 463: Sở Nội vụ thành phố Đà Nẵng, tháng 10 năm 2025
_SNV = "Sở Nội vụ"


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the commune level as a whole ("cấp xã …")."""
    return F(context, raw, value, unit, kind, subject="cấp xã", level="xã", **kw)


def _centres(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the communes' centres or a group of communes (subject unchecked), level xã."""
    return F(context, raw, value, unit, kind, subject=ANY, level="xã", **kw)


def _row_463(wards: str, communes: str, total: str, share: str, score: str, staff: str, after: str) -> list[Fact]:
    """One Markdown row of a grade (or the total): wards, communes, both, share of centres, average score,
    average staff."""
    cells = [(wards, "phường", P, None, "period"), (communes, "xã", P, None, "period"),
             (total, "đơn vị", P, None, "period"), (share, "%", P, ANY, "period"),
             (score, "điểm", P, ANY, "period"), (staff, "người", P, ANY, "period")]
    return _cells(ANY, "xã", cells, after, " | ", " |\n")


BLIND_463 = [
    # I. (5126/UBND-NV and 150/2025/NĐ-CP cited; "Đến ngày 31/10/2025" is a date)
    _xa("có 94 đơn vị", "94", 94, "đơn vị", C, code=None),
    _centres("(23 phường", "23", 23, "phường", C, code=None),
    _centres("70 xã và", "70", 70, "xã", C, code=None),
    _centres("01 đặc khu", "01", 1, "đặc khu", C, code=None),
    _centres("93/94 đơn vị", "93/94", 93, "đơn vị", C, max_value=94, code=None),
    _centres("là 1.046 người", "1.046", 1046, "người", C, code=ANY),
    _centres("bình quân 11,2 người", "11,2", 11.2, "người", code=ANY),
    _centres("thiếu 37 người", "37", 37, "người", C, code=ANY),
    _centres("bố trí 652 quầy", "652", 652, "quầy", C, code=ANY),
    _centres("118 quầy", "118", 118, "quầy", C, code=ANY),
    _centres("Có 76/93", "76/93", 76, "đơn vị", C, max_value=93, code=None),
    # II.1 cấp xã; tháng 9/2025 dated 2025-09-30
    _xa("cấp xã tiếp nhận 96.418", "96.418", 96418, "hồ sơ", C, code=_TN),
    _xa("trực tuyến 71.905", "71.905", 71905, "hồ sơ", C, code=_NOP),
    _xa("chiếm 74,58%", "74,58%", 74.58, "%", code=_NOP),
    _xa("9/2025: 71,92%", "71,92%", 71.92, "%", PR, as_of=_SEP, code=_NOP),
    _xa("đạt 98,64%", "98,64%", 98.64, "%", code=_DH),
    _xa("quá hạn 1.187", "1.187", 1187, "hồ sơ", C, code=_QH),
    _xa("quân 2,9 ngày", "2,9", 2.9, "ngày", code=_TIME),
    _xa("đạt 58,36%", "58,36%", 58.36, "%", code=_TT),
    _xa("đạt 97,85%", "97,85%", 97.85, "%", code=_HL),
    # II.2 the Sở's assessment of the centres (no 766 figures)
    _centres("là 81,37/100", "81,37/100", 81.37, "điểm", max_value=100, code=ANY),
    _centres("khối phường 86,05", "86,05", 86.05, "điểm", code=ANY),
    _centres("khối xã 79,83", "79,83", 79.83, "điểm", code=ANY),
    *_row_463("17", "21", "38", "40,86", "91,46", "12,4", "| Loại 2"),
    *_row_463("6", "37", "43", "46,24", "77,80", "10,9", "| Loại 3"),
    *_row_463("0", "12", "12", "12,90", "62,20", "8,6", "| Tổng cộng"),
    *_row_463("23", "70", "93", "100", "81,37", "11,2", "\nĐơn vị đạt"),
    F("(96,20 điểm)", "96,20", 96.20, "điểm", subject="phường Hải Châu", level="xã", code=ANY),
    F("(95,48 điểm)", "95,48", 95.48, "điểm", subject="phường Hòa Khánh", level="xã", code=ANY),
    F("(54,60 điểm)", "54,60", 54.60, "điểm", subject="xã Tây Giang", level="xã", code=ANY),
    _centres("Có 12 đơn vị", "12", 12, "đơn vị", C, code=None),
    _centres("là 90% Trung", "90%", 90, "%", T, as_of=_Y2025, code=ANY),
    _centres("đạt 87,10%", "87,10%", 87.10, "%", code=ANY, target=90, stated_status="chưa đạt"),
    # II.3 the Sở's own training
    F("tổ chức 06 lớp", "06", 6, "lớp", C, subject=_SNV, level="tỉnh", code=None),
    F("cho 742 lượt", "742", 742, "lượt", C, subject=_SNV, level="tỉnh", code=ANY),
]

# ------------------------------------------------------------ 464: Văn phòng UBND tỉnh Tây Ninh, tháng 10 năm 2025
def _lagging_464(name: str, online: str, files: str, share: str, paid: str, overdue: str, rank: str) -> list[Fact]:
    """One numbered item "n. Xã <name>: trực tuyến x/y hồ sơ (z%); thanh toán trực tuyến p%; quá hạn n hồ sơ; xếp
    thứ r/96." of a lagging commune."""
    subject = f"Xã {name}"
    pair = f"{online}/{files}"
    return [
        F(f"{name}: trực tuyến {pair}", pair, _num(online), "hồ sơ", C, max_value=_num(files), subject=subject,
          level="xã", code=_NOP),
        F(f"{pair} hồ sơ ({share})", share, _num(share), "%", subject=subject, level="xã", code=_NOP),
        F(f"toán trực tuyến {paid}", paid, _num(paid), "%", subject=subject, level="xã", code=_TT),
        F(f"quá hạn {overdue} hồ sơ; xếp", overdue, _num(overdue), "hồ sơ", C, subject=subject, level="xã",
          code=_QH),
        F(f"thứ {rank}/96", f"{rank}/96", _num(rank), "hạng", R, max_value=96, subject=subject, level="xã",
          code=_HANG),
    ]


BLIND_464 = [
    # the province (17/NQ-HĐND of 12/12/2024 cited); tháng 9/2025 dated 2025-09-30
    F("tiếp nhận 168.524", "168.524", 168524, "hồ sơ", C, code=_TN),
    F("trong đó 136.943", "136.943", 136943, "hồ sơ", C, code=_NOP),
    F("đạt 81,26%", "81,26%", 81.26, "%", code=_NOP),
    F("xã đạt 76,48%", "76,48%", 76.48, "%", subject="cấp xã", level="xã", code=_NOP),
    F("đạt 99,08%", "99,08%", 99.08, "%", code=_DH),
    F("còn 1.392", "1.392", 1392, "hồ sơ", C, code=_QH),
    F("đạt 64,37%", "64,37%", 64.37, "%", code=_TT, target=70, stated_status="chưa đạt"),
    F("tỉnh là 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
    F("đạt 84,92/100", "84,92/100", 84.92, "điểm", max_value=100, code=_TONG),
    F("thứ 14/34", "14/34", 14, "hạng", R, max_value=34, code=_HANG),
    F("giảm 2 bậc", "2", -2, "hạng", CH, code=_HANG),
    F("(xếp thứ 12/34)", "12/34", 12, "hạng", PR, max_value=34, as_of=_SEP, code=_HANG),
    F("đạt 9,84/12", "9,84/12", 9.84, "điểm", max_value=12, code="766.dvctt"),
    F("đạt 7,15/10", "7,15/10", 7.15, "điểm", max_value=10, code="766.thanh_toan"),
    # the lagging communes
    F("số 96 xã", "96", 96, "xã", C, subject=ANY, level="xã", code=None),
    F("có 08 xã có", "08", 8, "xã", C, subject=ANY, level="xã", code=None),
    *_lagging_464("Hưng Điền", "612", "1.308", "46,79%", "28,45%", "19", "96"),
    *_lagging_464("Tuyên Bình", "745", "1.492", "49,93%", "33,60%", "12", "95"),
    *_lagging_464("Hòa Hội", "687", "1.215", "56,54%", "29,87%", "06", "94"),
    *_lagging_464("Khánh Hưng", "903", "1.716", "52,62%", "30,18%", "08", "93"),
    *_lagging_464("Mỹ Quý", "1.024", "1.897", "53,98%", "35,72%", "15", "92"),
    *_lagging_464("Tân Đông", "1.318", "2.361", "55,82%", "36,04%", "21", "90"),
    *_lagging_464("Phước Chỉ", "1.106", "1.934", "57,19%", "38,25%", "09", "89"),
    *_lagging_464("Tân Lập", "1.452", "2.508", "57,89%", "37,16%", "24", "88"),
    F("của 08 xã", "08", 8, "xã", C, subject=ANY, level="xã", code=None),
    F("là 114 hồ sơ", "114", 114, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    F("chiếm 8,19%", "8,19%", 8.19, "%", subject=ANY, level="xã", code=ANY),
    # task 1: each commune's target for quý I năm 2026 (0276.3822.569 is a phone number)
    F("tối thiểu 65%", "65%", 65, "%", T, subject=ANY, level="xã", as_of="2026-03-31", code=_NOP),
]

BLIND = {"460": BLIND_460, "461": BLIND_461, "462": BLIND_462, "463": BLIND_463, "464": BLIND_464}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "460": [
        ("2025-10-15", "day", "15/10/2025", "xử lý dứt điểm các hồ sơ đất đai", "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2025-10-24", "day", "ngày 24 tháng 10 năm 2025", "sửa đổi quy chế phối hợp",
         "Văn phòng HĐND và UBND phường"),
        ("2025-11-30", "month", "tháng 11/2025", "bố trí thêm máy tính", "Trung tâm Phục vụ hành chính công phường"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "thanh toán phí, lệ phí không dùng tiền mặt",
         "Phòng Văn hóa - Xã hội"),
        # issued 02/10/2025: the first "ngày 22 hằng tháng" is 22/10/2025
        ("2025-10-22", "recurring", "22 hằng tháng", "cập nhật số liệu",
         "Các phòng chuyên môn và Công an phường"),
    ],
    "461": [
        ("2025-10-20", "day", "20/10/2025", "giải quyết dứt điểm hồ sơ đất đai tồn đọng", "Phòng Kinh tế"),
        ("2025-11-30", "month", "tháng 11/2025", "lắp đặt máy tra cứu", "Trung tâm Phục vụ hành chính công xã"),
        ("2025-11-28", "day", "ngày 28 tháng 11 năm 2025", "tập huấn kỹ năng số", "Phòng Văn hóa - Xã hội"),
        ("2025-12-31", "year", "năm 2025", "vận động hộ gia đình sử dụng dịch vụ công trực tuyến",
         "Trưởng các thôn, bản"),
        # issued 06/10/2025: the first "ngày 25 hằng tháng" is 25/10/2025
        ("2025-10-25", "recurring", "25 hằng tháng", "tổng hợp số liệu giải quyết TTHC",
         "Văn phòng HĐND và UBND xã"),
    ],
    "462": [
        ("2025-09-19", "day", "19/9/2025", "giải quyết các hồ sơ đất đai trễ hạn", "Sở Nông nghiệp và Môi trường"),
        ("2025-09-30", "day", "ngày 30 tháng 9 năm 2025", "rà soát danh mục TTHC", "Các Chi nhánh, Điểm tiếp nhận"),
        ("2025-10-31", "month", "tháng 10/2025", "bố trí nhân viên hướng dẫn nộp hồ sơ trực tuyến",
         "Văn phòng Trung tâm"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "ki-ốt thanh toán không dùng tiền mặt",
         "Phòng Nghiệp vụ - Giám sát"),
        # issued 05/9/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/10/2025
        ("2025-10-03", "recurring", "03 hằng tháng", "gửi số liệu tiếp nhận, giải quyết hồ sơ",
         "Các Chi nhánh, Điểm tiếp nhận"),
    ],
    "463": [
        ("2025-11-30", "day", "30/11/2025", "bố trí đủ công chức chuyên môn", "UBND các xã xếp loại 3"),
        ("2026-03-31", "quarter", "quý I năm 2026", "bố trí kinh phí mua sắm trang thiết bị", "Sở Tài chính"),
        ("2025-12-15", "day", "ngày 15 tháng 12 năm 2025", "tiếp nhận hồ sơ không phụ thuộc địa giới hành chính",
         "Trung tâm Phục vụ hành chính công thành phố"),
        ("2025-12-31", "month", "tháng 12/2025", "nâng cấp đường truyền", "Sở Khoa học và Công nghệ"),
        # issued 07/11/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/12/2025
        ("2025-12-05", "recurring", "05 hằng tháng", "báo cáo tình hình hoạt động của Trung tâm",
         "UBND các xã, phường, đặc khu"),
    ],
    "464": [
        ("2025-11-20", "day", "20/11/2025", "xây dựng kế hoạch khắc phục", "UBND các xã nêu trên"),
        ("2026-03-31", "quarter", "quý I năm 2026", "tỷ lệ hồ sơ nộp trực tuyến của mỗi xã", "UBND các xã nêu trên"),
        ("2025-12-05", "day", "ngày 05 tháng 12 năm 2025", "kết nối thanh toán phí, lệ phí trực tuyến",
         "Sở Tài chính"),
        ("2025-12-31", "month", "tháng 12/2025", "bố trí nhân viên hỗ trợ người dân nộp hồ sơ trực tuyến",
         "Bưu điện tỉnh Tây Ninh"),
        # issued 10/11/2025, after the 8th: the first "ngày 08 hằng tháng" is 08/12/2025
        ("2025-12-08", "recurring", "08 hằng tháng", "báo cáo tiến độ khắc phục", "Chủ tịch UBND các xã nêu trên"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 460's issuer is UBND phường Nông Trang under "UBND TỈNH PHÚ THỌ", signed by a Phó Chủ tịch (KT. CHỦ TỊCH);
# 461's header has the number under the issuer and the place-date under the motto, tỉnh Thái Nguyên in "Kính gửi";
# 462's issuer is spread over three header lines; 463 is signed by a Phó Giám đốc; 464 is a Công văn whose "V/v"
# line names no period: the period is "tháng 10 năm 2025" of its first sentence.
META = {
    "460": {"doc_number": "142/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-10-02",
            "province": "Phú Thọ", "period_label": "tháng 9 năm 2025", "period_start": "2025-09-01",
            "period_end": "2025-09-30", "signer": "Nguyễn Thị Thanh Hương"},
    "461": {"doc_number": "87/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Thái Nguyên", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Hoàng Đức Thịnh"},
    "462": {"doc_number": "215/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-09-05",
            "province": "Cần Thơ", "period_label": "tháng 8 năm 2025", "period_start": "2025-08-01",
            "period_end": "2025-08-31", "signer": "Trần Văn Hiếu"},
    "463": {"doc_number": "2318/BC-SNV", "doc_type": "Báo cáo", "issued_date": "2025-11-07",
            "province": "Đà Nẵng", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Võ Văn Thành"},
    "464": {"doc_number": "4127/VP-KSTT", "doc_type": "Công văn", "issued_date": "2025-11-10",
            "province": "Tây Ninh", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Nguyễn Hoàng Phúc"},
}
