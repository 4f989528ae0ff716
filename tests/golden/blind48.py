"""Blind golden facts for corpus/blind48/315_an_giang.txt, 316_hue.txt, 317_dien_bien.txt, 318_gia_lai.txt and
319_dong_nai.txt.

The five documents were written by the developers for a forty-eighth blind measurement (issuers, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by reading them,
before any extraction, restoration or pipeline code was run on them. They also serve as held-out text for
diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind13.py … blind16.py: rows use `golden.facts.Fact` (context string
that occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`;
table cells are kind `value` with `extra={"source": "table"}`, except rank cells `n/19` (kind `rank`, max 19)
and signed change cells (kind `change`); `as_of="period"` is the period's end; `ANY` leaves a field unchecked
where the sentence names no catalogued indicator (`None` where it clearly names none). "thủ tục" counts use the
unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of the files (or PAKN) an indicator is
computed on carries that indicator's code; every "đã giải quyết" count and the parts of a received or settled
whole ("tiếp nhận mới", "kỳ trước chuyển sang", "trước hạn", "đúng hạn" apart) have their code unchecked. A
change is dated at the period end (a rise positive, a fall negative); a previous value in brackets is kind
`previous`, dated at the end of the period it names. Counts of local units take the unit of their first unit
word ("98/135 xã, phường" → `xã`, "25 phường" → `phường`, "18 bản" → `bản`); counts of "sở, ngành", "cơ quan"
→ `đơn vị`. After the 1 July 2025 reform a xã, phường or đặc khu is level `xã`. Dates, document numbers, cited
circulars, plans, letters and decisions ("Thông tư số 01/2020/TT-VPCP", "Công văn số 2417/VP-KSTT", "Quyết định
số 1528/QĐ-UBND", "Kế hoạch số 3126/KH-UBND", "Quyết định số 766/QĐ-TTg", "Quyết định số 412/QĐ-UBND",
"Quyết định số 1146/QĐ-BNV", "Quyết định số 1893/QĐ-UBND"), section numbering ("I.", "1.", "a)", "đ)"), the
STT column, phone numbers ("0297.3846.215", "0234.3822.157", "0215.3720.118", "0256.3822.416",
"0251.3822.295"), street addresses ("số 02 đường Trần Hưng Đạo, khu phố 7", "số 01 đường Lê Lai", "số 2 đường
Nguyễn Văn Trị"), times ("7 giờ 00", "17 giờ 00"), "Tổng đài 1022", "6 tháng", "6 nhóm", headings naming the
next period ("III. NHIỆM VỤ QUÝ IV NĂM 2025", "6. Nhiệm vụ tháng 9 năm 2025", "IV. NHIỆM VỤ NĂM 2026": no
deadlines), "chuyển sang quý IV" / "chuyển sang tháng 9/2025" (no deadlines), the column header "Thay đổi so
với tháng 9/2025 (bậc)" and years are not figures.

New in this set (all after the 1 July 2025 reform: ranks among 34 provinces, no district level):
- 315 is a quarterly Báo cáo of UBND đặc khu Phú Quốc (tỉnh An Giang, named in "Kính gửi"; header "ỦY BAN NHÂN
  DÂN / ĐẶC KHU PHÚ QUỐC"), quý III năm 2025, issued 03/10/2025. A đặc khu is a commune-level unit: every figure
  of the đặc khu has subject "UBND đặc khu Phú Quốc", level xã (as golden/blind14.py's ward 152). "03 quyết
  định" are the Chairman of the province's decisions for the commune level: subject and level unchecked, code
  None. "412 TTHC, trong đó 287 TTHC … và 125 TTHC" is the whole (code of TTHC) and two parts (code unchecked).
  Files received with two bracketed parts (new, carried over: code unchecked); "chiếm 77,73% số hồ sơ tiếp nhận
  mới" is the online share. "trước hạn và đúng hạn 14.068 hồ sơ (đạt 98,97%)" carries the on-time code.
  Overdue by field in brackets "(đất đai 118 hồ sơ, xây dựng 29 hồ sơ)": subject unchecked, level xã. Its
  Markdown table by field (STT column; received, settled, on-time share, overdue; "100" and "0" cells) has rows
  with subject unchecked, level xã, and a "Tổng cộng" row with an empty STT cell (= the đặc khu; its figures are
  also in the prose). "6.118/8.942 hồ sơ" is one count (max 8942). "(quý II năm 2025: 63,57%)" is a previous
  value dated 2025-06-30 (the former city's quarter, still read as the đặc khu's: the report treats it as its
  own history). "so với chỉ tiêu năm 2025 UBND tỉnh giao cho đặc khu là 70% thì chưa đạt chỉ tiêu": the đặc
  khu's target dated 2025-12-31; the 68,42% carries it with status "chưa đạt". PAKN parts by channel (code
  unchecked), "08/09 PAKN" one count (max 9), "01 PAKN đang xử lý" code unchecked. Rank "12/102 xã, phường,
  đặc khu" within the province; "so với tháng 8/2025 (82,91 điểm, thứ 15/102)" previous values dated
  2025-08-31 (the previous score on the /100 scale). The level average is subject ANY, level xã. The six group
  scores follow "lần lượt là" separated by ";" (sum 84,27). The target "trong quý IV năm 2025 … của đặc khu
  đạt tối thiểu 70%" is the đặc khu's, dated 2025-12-31. Five deadlines: day, quarter (with the target), "chậm
  nhất" day in words, month, monthly recurring "trước ngày 18 hằng tháng" (issued 03/10/2025: first
  18/10/2025).
- 316 is a monthly Báo cáo of the Trung tâm Phục vụ hành chính công of thành phố Huế (header "UBND THÀNH PHỐ
  HUẾ / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"), tháng 8 năm 2025, issued 05/9/2025. Huế is a centrally-run city: a
  body of the city is level tỉnh. As a Sở's report is about the Sở, the Centre's own figures have subject
  "Trung tâm Phục vụ hành chính công" (the header's name), level tỉnh; the city's 766 score and rank have
  subject NULL. "36 quầy" is a count (unit `quầy`, code None); "18 sở, ngành" counts agencies (unit `đơn vị`,
  subject unchecked, level tỉnh, code None). "tăng 486 hồ sơ so với tháng 7/2025 (8.227 hồ sơ)" and "so với
  tháng 7/2025 (71,62%)" are changes and previous values dated 2025-07-31. "(61 hồ sơ)" is the overdue count
  of "Sở Nông nghiệp và Môi trường" (level tỉnh). "1.274 lượt", "6.952 lượt" and "6.918 lượt" are counts (unit
  `lượt`, code unchecked); "đạt 99,51%" is the satisfaction share. Its tab-separated table of the counters
  (units in the headers) lists eight agencies (subject as written, "Sở Tư pháp", level tỉnh; received, online
  share, settled, on-time share; four "100" cells) and a "Tổng cộng" row with an empty STT cell (= the Centre;
  its figures are also in the prose). "05/05 PAKN" is one count (max 5). "(tháng 7/2025: 87,92 điểm, thứ
  5/34)" are the city's previous values dated 2025-07-31. The target "đến hết quý IV năm 2025 … tại Trung tâm
  đạt tối thiểu 80%" is the Centre's, dated 2025-12-31. Five deadlines: day (for the Sở, not the office it
  directs), "chậm nhất" day in words, month, quarter (with the target), monthly recurring "trước ngày 03 hằng
  tháng" (issued 05/9/2025, after the 3rd: first 03/10/2025).
- 317 is a half-year Báo cáo of UBND xã Sín Thầu, a border highland commune of tỉnh Điện Biên (named in "Kính
  gửi"), 6 tháng cuối năm 2025 (01/7–31/12/2025), issued 06/01/2026. The commune's figures have subject "UBND
  xã Sín Thầu", level xã. A bản (village) is below the three levels the schema knows, so figures of a named bản
  in its dash list "- Bản Tá Miếu: hỗ trợ nộp 96 hồ sơ trực tuyến, kích hoạt 214 tài khoản, 41 hộ …" have
  subject as written ("Bản Tá Miếu") and level unchecked (a reader could leave it NULL or put the commune's
  `xã`); files helped online have code unchecked, accounts the identity-account code, households (unit `hộ`)
  code None. Counts of bản ("gồm 18 bản", "còn 04 bản"), of the community digital teams ("18/18 tổ", max 18)
  and of their members ("94 thành viên") have subject and level unchecked, code None. The teams' totals "612
  hồ sơ" and "1.347 tài khoản" are the commune's (subject unchecked, level xã). Files by quarter in brackets
  "(quý III tiếp nhận 986 hồ sơ, quý IV tiếp nhận 1.198 hồ sơ)" and "(quý III 472 hồ sơ, quý IV 731 hồ sơ)":
  quý III dated 2025-09-30, quý IV at the period end. "So với chỉ tiêu UBND tỉnh giao cho xã năm 2025 là 50%,
  xã đã đạt chỉ tiêu": the commune's target dated 2025-12-31; 55,08% carries it with status "đạt". "1.027 hồ
  sơ, chiếm 47,02%" (one field) name no catalogued indicator. "đạt 78,46% số công dân đủ điều kiện" is the
  share of identity accounts. "không nhận được phản ánh, kiến nghị nào" has no figure. Rank "31/45 xã, phường"
  within the province, "(thứ 35/45)" dated 2025-11-30; the province's communes' average (subject ANY, level
  xã) and counts by grade "12/45 xã, phường … 26 xã, phường … 07 xã" (unit `xã`, subject ANY, level xã, code
  None). The target "đến hết năm 2026 … của xã đạt tối thiểu 50%" is the commune's, dated 2026-12-31.
  "thứ Năm hằng tuần" is no deadline. Five deadlines: year (with the target), day, quarter, "chậm nhất" day in
  words, monthly recurring "trước ngày 25 hằng tháng" (issued 06/01/2026: first 25/01/2026).
- 318 is a Thông báo of the Văn phòng UBND tỉnh Gia Lai (header "UBND TỈNH GIA LAI / VĂN PHÒNG"; the province
  after its merger with Bình Định), tháng 10 năm 2025, issued 07/11/2025, ranking the province's units on the
  monthly 766 index. Province figures have subject NULL: `87,63/100`, rank `9/34`, "so với tháng 9/2025 (86,95
  điểm, xếp thứ 11/34) tăng 0,68 điểm và tăng 2 bậc" (previous values dated 2025-09-30). The six group scores
  are "<group> x/max" with neither "đạt" nor a colon, separated by ";" (sum 87,63). Online shares of "cấp
  tỉnh và cấp xã tương ứng là". "đạt 57,83%, chỉ tiêu năm 2025 là 60%, chưa đạt chỉ tiêu": target dated
  2025-12-31, the share carries it with status "chưa đạt". The agencies' average (subject ANY, level tỉnh) and
  "17/19 cơ quan … 02 cơ quan" (unit `đơn vị`, level tỉnh, code None). Its Markdown table lists the five first
  and five last agencies (subject as written, "Ban Quản lý Khu kinh tế tỉnh", level tỉnh): total score (no max
  written), rank `n/19` (kind rank, max 19) and the change of rank in bậc since September ("+1", "-1", "0":
  kind change, unit `hạng`, a "0" cell is a figure). "135 đơn vị hành chính cấp xã (110 xã, 25 phường)" as
  golden/blind4.py's 113 reads it. The communes' average with "(tháng 9/2025: 79,86 điểm), tăng 1,51 điểm"
  (subject ANY, level xã), counts by grade "98/135 xã, phường … 31 xã, phường … 06 xã" (unit `xã`), and three
  best and three worst communes with scores in brackets (subject as written, "phường Quy Nhơn", "xã Ia Mơ",
  level xã). The target "đến hết năm 2025 tỷ lệ … toàn tỉnh đạt tối thiểu 60%" in the task of Sở Tài chính is
  the province's (subject NULL), dated 2025-12-31. Five deadlines: day for two named agencies, month for three
  named communes, "chậm nhất" day in words, year (with the target), monthly recurring "trước ngày 10 hằng
  tháng" (issued 07/11/2025: first 10/11/2025).
- 319 is a quarterly Báo cáo of Sở Nội vụ tỉnh Đồng Nai (header "UBND TỈNH ĐỒNG NAI / SỞ NỘI VỤ"; the province
  after its merger with Bình Phước), quý III năm 2025, issued 08/10/2025, on the PAR Index 2024 and SIPAS 2024
  (published in August 2025) and the Sở's own TTHC. The 2024 indices are figures of the year 2024: dated
  2024-12-31 (as golden/facts.py's 101 dates "PAR Index năm 2023"), codes `par_index` and `sipas`, unit `%`;
  "năm 2023 (85,31%, xếp thứ 23/63)" and "(năm 2023: 80,45% và 82,93%)" are previous values dated 2023-12-31;
  "tăng 5 bậc so với năm 2023" is the change of the 2024 rank, dated with it at 2024-12-31 (not the report's
  quarter, which it does not describe). They belong to the two provinces "trước sắp xếp" (the former Đồng Nai
  and Bình Phước): whether the former Đồng Nai is the province itself (subject NULL) or a body of its own is
  unsettled, so subject and level are unchecked for both. "bình quân cả nước" is subject "cả nước", level NULL
  (golden/blind6.py). The component indices (two lists, the second after "tương ứng … là") have no catalogued
  code (code unchecked). "1.260 phiếu" and "840 phiếu" are the SIPAS 2024 survey's counts (unit `phiếu`, code
  unchecked, dated 2024-12-31). The Sở's own 2024 PAR score among the former province's agencies "92,14 điểm,
  xếp thứ 2/20 sở, ban, ngành" is subject "Sở Nội vụ", level tỉnh, dated 2024-12-31 (code unchecked). The
  quarter's TTHC figures are the Sở's (subject "Sở Nội vụ", level tỉnh); files of four fields after "lần lượt
  là" have subject ANY, level tỉnh, code of files received. "tăng 1.127 hồ sơ so với quý II năm 2025 (2.557 hồ
  sơ)" a change and a previous value dated 2025-06-30; "(tháng 8/2025: 89,43 điểm, xếp thứ 8/17)" previous
  values dated 2025-08-31 (the Sở's score has no max). "45/47 hồ sơ" and "07/07 PAKN" are single counts. "Tỉnh
  Đồng Nai đạt 85,72 điểm, xếp thứ 14/34" is the province (subject NULL). "12/95 xã, phường" (unit `xã`, level
  xã) and "04 sở, ban, ngành" (unit `đơn vị`, level tỉnh) count the units inspected (subject ANY, code None).
  "Chỉ số cải cách hành chính năm 2025" in a task is no deadline. Five deadlines: day, quarter, "chậm nhất" day
  in words, month, monthly recurring "trước ngày 12 hằng tháng" (issued 08/10/2025: first 12/10/2025).
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
_MOT = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_PAR = "par_index"
_SIPAS = "sipas"
_Y2023 = "2023-12-31"
_Y2024 = "2024-12-31"
_Y2025 = "2025-12-31"
_GROUPS = ("766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.hai_long", "766.so_hoa")


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs. A rank
    cell `n/m` carries m as its max_value."""
    facts = []
    raws = [cell[0] for cell in cells]
    for i, (raw, unit, kind, code, as_of) in enumerate(cells):
        context = sep + sep.join(raws[i:]) + end + after
        if "/" in raw:
            number, top = raw.split("/")
            facts.append(F(context, raw, _num(number), unit, kind, max_value=_num(top), subject=subject,
                           level=level, as_of=as_of, code=code, extra=TAB))
        else:
            facts.append(F(context, raw, _num(raw), unit, kind, subject=subject, level=level, as_of=as_of,
                           code=code, extra=TAB))
    return facts


def _groups(contexts: list[str], raws: list[str], **kw) -> list[Fact]:
    """The six 766 group scores `x/max`, in the order công khai, tiến độ, DVCTT, thanh toán, hài lòng, số hóa."""
    facts = []
    for context, raw, code in zip(contexts, raws, _GROUPS, strict=True):
        value, top = raw.split("/")
        facts.append(F(context, raw, _num(value), "điểm", P, max_value=_num(top), code=code, **kw))
    return facts


# ------------------------------------------------------------ 315: UBND đặc khu Phú Quốc (An Giang), quý III/2025
_PQ = "UBND đặc khu Phú Quốc"
_AUG_315 = "2025-08-31"


def _dk(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the đặc khu itself (subject its UBND, level xã)."""
    return F(context, raw, value, unit, kind, subject=_PQ, level="xã", **kw)


def _row_315(subject: object, received: str, settled: str, on_time: str, overdue: str, after: str) -> list[Fact]:
    """One Markdown row of a field (or the total): received, settled, on-time share, overdue files."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (settled, "hồ sơ", P, ANY, "period"),
             (on_time, "%", P, _DH, "period"), (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


BLIND_315 = [
    # I. (01/2020/TT-VPCP of 21/10/2020 and 2417/VP-KSTT of 11/7/2025 cited; "khu phố 7" is an address)
    F("ban hành 03 quyết định", "03", 3, "quyết định", C, subject=ANY, level=ANY, code=None),
    _dk("tiếp nhận 412 TTHC", "412", 412, "TTHC", C, code=_TTHC),
    _dk("trong đó 287 TTHC", "287", 287, "TTHC", C, code=ANY),
    _dk("và 125 TTHC", "125", 125, "TTHC", C, code=ANY),
    # II.1
    _dk("quý là 14.836", "14.836", 14836, "hồ sơ", C, code=_TN),
    _dk("mới 14.502", "14.502", 14502, "hồ sơ", C, code=ANY),
    _dk("sang 334 hồ sơ", "334", 334, "hồ sơ", C, code=ANY),
    _dk("trực tuyến 11.273", "11.273", 11273, "hồ sơ", C, code=_NOP),
    _dk("chiếm 77,73%", "77,73%", 77.73, "%", code=_NOP),
    _dk("giải quyết 14.215", "14.215", 14215, "hồ sơ", C, code=ANY),
    _dk("đúng hạn 14.068", "14.068", 14068, "hồ sơ", C, code=_DH),
    _dk("(đạt 98,97%)", "98,97%", 98.97, "%", code=_DH),
    _dk("quá hạn 147 hồ sơ", "147", 147, "hồ sơ", C, code=_QH),
    F("(đất đai 118 hồ sơ", "118", 118, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    F("xây dựng 29 hồ sơ)", "29", 29, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    _dk("là 621 hồ sơ", "621", 621, "hồ sơ", C, code=ANY),
    # Markdown table by field, "Tổng cộng" row (= the đặc khu)
    *_row_315(ANY, "4.126", "3.894", "96,97", "118", "| 2 | Hộ tịch"),
    *_row_315(ANY, "3.215", "3.207", "100", "0", "| 3 | Chứng thực"),
    *_row_315(ANY, "4.873", "4.873", "100", "0", "| 4 | Xây dựng"),
    *_row_315(ANY, "1.032", "946", "96,93", "29", "| 5 | Đăng ký"),
    *_row_315(ANY, "896", "887", "100", "0", "| 6 | Các lĩnh vực"),
    *_row_315(ANY, "694", "408", "100", "0", "| | Tổng cộng"),
    *_row_315(_PQ, "14.836", "14.215", "98,97", "147", "\n2. Thanh toán"),
    # II.2 the đặc khu's 2025 target, "chưa đạt chỉ tiêu"; quý II năm 2025 dated 2025-06-30
    _dk("là 6.118/8.942", "6.118/8.942", 6118, "hồ sơ", C, max_value=8942, code=_TT),
    _dk("đạt 68,42%", "68,42%", 68.42, "%", code=_TT, target=70, stated_status="chưa đạt"),
    _dk("2025: 63,57%)", "63,57%", 63.57, "%", PR, as_of="2025-06-30", code=_TT),
    _dk("tăng 4,85%", "4,85%", 4.85, "%", CH, code=_TT),
    _dk("đặc khu là 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
    _dk("đạt 94,18%", "94,18%", 94.18, "%", code=_SH),
    _dk("đạt 97,30%", "97,30%", 97.30, "%", code=_KQ),
    _dk("đạt 38,65%", "38,65%", 38.65, "%", code=_TSD),
    # II.3 ("Tổng đài 1022" is a name)
    _dk("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _dk("An Giang 05 PAKN", "05", 5, "PAKN", C, code=ANY),
    _dk("quốc gia 04 PAKN", "04", 4, "PAKN", C, code=ANY),
    _dk("xử lý 08/09", "08/09", 8, "PAKN", C, max_value=9, code=_PAKN_XL),
    _dk("đạt 88,89%", "88,89%", 88.89, "%", code=_PAKN_TL),
    _dk("01 PAKN đang", "01", 1, "PAKN", C, code=ANY),
    _dk("đạt 97,46%", "97,46%", 97.46, "%", code=_HL),
    # II.4 rank among the province's 102 xã, phường, đặc khu; tháng 8/2025 dated 2025-08-31
    _dk("đạt 84,27/100", "84,27/100", 84.27, "điểm", max_value=100, code=_TONG),
    _dk("thứ 12/102", "12/102", 12, "hạng", R, max_value=102, code=_HANG),
    _dk("(82,91 điểm", "82,91", 82.91, "điểm", PR, max_value=100, as_of=_AUG_315, code=_TONG),
    _dk("thứ 15/102)", "15/102", 15, "hạng", PR, max_value=102, as_of=_AUG_315, code=_HANG),
    _dk("tăng 1,36 điểm", "1,36", 1.36, "điểm", CH, code=_TONG),
    _dk("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("tỉnh là 81,54 điểm", "81,54", 81.54, "điểm", subject=ANY, level="xã", code=_TONG),
    *_groups(["lần lượt là 16,84/18", "; 19,12/20", "; 9,86/12", "; 6,21/10", "; 17,42/18", "và 14,82/22"],
             ["16,84/18", "19,12/20", "9,86/12", "6,21/10", "17,42/18", "14,82/22"], subject=_PQ, level="xã"),
    # III.2 the đặc khu's target in quý IV năm 2025 (0297.3846.215 is a phone number)
    _dk("tối thiểu 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 316: Trung tâm PVHCC thành phố Huế, tháng 8/2025
# Brought back after the first run (counted in tests/test_blind_reports.py with the name below in the comment) to
# the convention of golden/blind20.py, blind21.py and blind40.py: a provincial body's own figures naming no body
# are named by its kind, the province being the document's (`documents.province`), as a Sở's are `Sở Tư pháp`.
# Huế is a centrally-run city: its centre is the city's, as 316's title writes it ("... của Trung tâm Phục vụ
# hành chính công thành phố tháng 8 năm 2025").
_TTPV = "Trung tâm Phục vụ hành chính công thành phố"  # first run: "Trung tâm Phục vụ hành chính công"
_JUL_316 = "2025-07-31"


def _tt(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Centre itself (subject the Centre, level tỉnh: Huế is a centrally-run city)."""
    return F(context, raw, value, unit, kind, subject=_TTPV, level="tỉnh", **kw)


def _row_316(subject: str, received: str, online: str, settled: str, on_time: str, after: str) -> list[Fact]:
    """One tab-separated row of an agency's counters (or the total): received, online share, settled, on time."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (settled, "hồ sơ", P, ANY, "period"), (on_time, "%", P, _DH, "period")]
    return _cells(subject, "tỉnh", cells, after, "\t", "\n")


BLIND_316 = [
    # 1. (1528/QĐ-UBND of 30/6/2025 cited; "số 01 đường Lê Lai", "7 giờ 00", "17 giờ 00" are no figures)
    _tt("bố trí 36 quầy", "36", 36, "quầy", C, code=None),
    F("cho 18 sở, ngành", "18", 18, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    _tt("gồm 1.386 TTHC", "1.386", 1386, "TTHC", C, code=_TTHC),
    _tt("trong đó 1.052 TTHC", "1.052", 1052, "TTHC", C, code=_TOAN),
    # 2. tháng 7/2025 dated 2025-07-31
    _tt("tiếp nhận 8.713", "8.713", 8713, "hồ sơ", C, code=_TN),
    _tt("tăng 486 hồ sơ", "486", 486, "hồ sơ", CH, code=_TN),
    _tt("(8.227 hồ sơ)", "8.227", 8227, "hồ sơ", PR, as_of=_JUL_316, code=_TN),
    _tt("trực tuyến 7.190", "7.190", 7190, "hồ sơ", C, code=_NOP),
    _tt("chiếm 82,52%", "82,52%", 82.52, "%", code=_NOP),
    _tt("giải quyết 8.551", "8.551", 8551, "hồ sơ", C, code=ANY),
    _tt("đúng hạn 8.471", "8.471", 8471, "hồ sơ", C, code=_DH),
    _tt("đạt 99,06%", "99,06%", 99.06, "%", code=_DH),
    _tt("quá hạn 80 hồ sơ", "80", 80, "hồ sơ", C, code=_QH),
    F("(61 hồ sơ)", "61", 61, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_QH),
    _tt("là 162 hồ sơ", "162", 162, "hồ sơ", C, code=ANY),
    # tab-separated table of the counters, "Tổng cộng" row (= the Centre)
    *_row_316("Sở Tư pháp", "2.418", "86,35", "2.396", "100", "2\tSở Xây dựng"),
    *_row_316("Sở Xây dựng", "612", "71,08", "587", "98,47", "3\tSở Nông nghiệp"),
    *_row_316("Sở Nông nghiệp và Môi trường", "1.537", "64,22", "1.462", "95,83", "4\tSở Công Thương"),
    *_row_316("Sở Công Thương", "1.846", "92,74", "1.839", "100", "5\tSở Tài chính"),
    *_row_316("Sở Tài chính", "734", "88,42", "721", "99,72", "6\tSở Y tế"),
    *_row_316("Sở Y tế", "958", "79,54", "940", "99,15", "7\tSở Giáo dục"),
    *_row_316("Sở Giáo dục và Đào tạo", "421", "95,01", "421", "100", "8\tSở Du lịch"),
    *_row_316("Sở Du lịch", "187", "83,96", "185", "100", "\tTổng cộng"),
    *_row_316(_TTPV, "8.713", "82,52", "8.551", "99,06", "\n3. Thanh toán"),
    # 3.
    _tt("đạt 74,18%", "74,18%", 74.18, "%", code=_TT),
    _tt("tăng 2,56%", "2,56%", 2.56, "%", CH, code=_TT),
    _tt("(71,62%)", "71,62%", 71.62, "%", PR, as_of=_JUL_316, code=_TT),
    _tt("đạt 97,84%", "97,84%", 97.84, "%", code=_SH),
    _tt("đạt 99,21%", "99,21%", 99.21, "%", code=_KQ),
    _tt("hỗ trợ 1.274 lượt", "1.274", 1274, "lượt", C, code=ANY),
    # 4.
    _tt("nhận 6.952 lượt", "6.952", 6952, "lượt", C, code=ANY),
    _tt("trong đó 6.918 lượt", "6.918", 6918, "lượt", C, code=ANY),
    _tt("đạt 99,51%", "99,51%", 99.51, "%", code=_HL),
    _tt("tiếp nhận 05 phản ánh", "05", 5, "PAKN", C, code=_PAKN_TN),
    _tt("xử lý 05/05", "05/05", 5, "PAKN", C, max_value=5, code=_PAKN_XL),
    _tt("đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    # 5. the city (subject NULL); tháng 7/2025 dated 2025-07-31
    F("đạt 88,46/100", "88,46/100", 88.46, "điểm", max_value=100, code=_TONG),
    F("thứ 4/34", "4/34", 4, "hạng", R, max_value=34, code=_HANG),
    F("2025: 87,92 điểm", "87,92", 87.92, "điểm", PR, max_value=100, as_of=_JUL_316, code=_TONG),
    F("thứ 5/34)", "5/34", 5, "hạng", PR, max_value=34, as_of=_JUL_316, code=_HANG),
    # 6.d) the Centre's target by the end of quý IV năm 2025 (0234.3822.157 is a phone number)
    _tt("tối thiểu 80%", "80%", 80, "%", T, as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 317: UBND xã Sín Thầu (Điện Biên), 6 tháng cuối 2025
_ST = "UBND xã Sín Thầu"
_Q3 = "2025-09-30"


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the commune itself (subject its UBND, level xã)."""
    return F(context, raw, value, unit, kind, subject=_ST, level="xã", **kw)


def _ban(name: str, files: str, accounts: str, households: str) -> list[Fact]:
    """One dash-list item of a bản: files helped online, accounts activated, households guided (level unchecked:
    a bản is below the levels the schema knows)."""
    short = name.removeprefix("Bản ")
    return [
        F(f"{short}: hỗ trợ nộp {files} hồ sơ", files, _num(files), "hồ sơ", C, subject=name, level=ANY, code=ANY),
        F(f"kích hoạt {accounts} tài khoản, {households} hộ", accounts, _num(accounts), "tài khoản", C,
          subject=name, level=ANY, code=_TK),
        F(f"khoản, {households} hộ", households, _num(households), "hộ", C, subject=name, level=ANY, code=None),
    ]


BLIND_317 = [
    # I. (3126/KH-UBND of 14/7/2025 cited; "thứ Năm hằng tuần" is no figure)
    F("gồm 18 bản", "18", 18, "bản", C, subject=ANY, level=ANY, code=None),
    _xa("tiếp nhận 326 TTHC", "326", 326, "TTHC", C, code=_TTHC),
    _xa("trong đó 274 TTHC", "274", 274, "TTHC", C, code=_TOAN),
    # II.1 quý III dated 2025-09-30; the commune's 2025 target (dated at the year's end), "đã đạt chỉ tiêu"
    _xa("tiếp nhận 2.184", "2.184", 2184, "hồ sơ", C, code=_TN),
    _xa("tiếp nhận 986", "986", 986, "hồ sơ", C, as_of=_Q3, code=_TN),
    _xa("tiếp nhận 1.198", "1.198", 1198, "hồ sơ", C, code=_TN),
    _xa("trực tuyến 1.203", "1.203", 1203, "hồ sơ", C, code=_NOP),
    _xa("(quý III 472", "472", 472, "hồ sơ", C, as_of=_Q3, code=_NOP),
    _xa("quý IV 731", "731", 731, "hồ sơ", C, code=_NOP),
    _xa("chiếm 55,08%", "55,08%", 55.08, "%", code=_NOP, target=50, stated_status="đạt"),
    _xa("năm 2025 là 50%", "50%", 50, "%", T, as_of=_Y2025, code=_NOP),
    _xa("có 1.027", "1.027", 1027, "hồ sơ", C, code=ANY),
    _xa("chiếm 47,02%", "47,02%", 47.02, "%", code=ANY),
    _xa("giải quyết 2.141", "2.141", 2141, "hồ sơ", C, code=ANY),
    _xa("trước hạn 1.586", "1.586", 1586, "hồ sơ", C, code=ANY),
    _xa("đúng hạn 537", "537", 537, "hồ sơ", C, code=ANY),
    _xa("quá hạn 18", "18", 18, "hồ sơ", C, code=_QH),
    _xa("đạt 99,16%", "99,16%", 99.16, "%", code=_DH),
    # II.2
    _xa("Có 214/563", "214/563", 214, "hồ sơ", C, max_value=563, code=_TT),
    _xa("đạt 38,01%", "38,01%", 38.01, "%", code=_TT),
    _xa("đạt 91,26%", "91,26%", 91.26, "%", code=_SH),
    _xa("đạt 94,73%", "94,73%", 94.73, "%", code=_KQ),
    _xa("có 5.812", "5.812", 5812, "tài khoản", C, code=_TK),
    _xa("đạt 78,46%", "78,46%", 78.46, "%", code=_TK),
    # II.3 the community digital teams and the bản
    F("lập 18/18", "18/18", 18, "tổ", C, max_value=18, subject=ANY, level=ANY, code=None),
    F("với 94 thành viên", "94", 94, "thành viên", C, subject=ANY, level=ANY, code=None),
    F("nộp 612 hồ sơ", "612", 612, "hồ sơ", C, subject=ANY, level="xã", code=ANY),
    F("hoạt 1.347 tài khoản", "1.347", 1347, "tài khoản", C, subject=ANY, level="xã", code=_TK),
    *_ban("Bản Tá Miếu", "96", "214", "41"),
    *_ban("Bản A Pa Chải", "88", "187", "36"),
    *_ban("Bản Sen Thượng", "71", "162", "29"),
    *_ban("Bản Tả Ló San", "23", "41", "9"),
    *_ban("Bản Leng Su Sìn", "19", "36", "7"),
    F("còn 04 bản", "04", 4, "bản", C, subject=ANY, level=ANY, code=None),
    # II.4 (no PAKN: no figure)
    _xa("đạt 96,35%", "96,35%", 96.35, "%", code=_HL),
    # II.5 rank among the province's 45 xã, phường; tháng 11/2025 dated 2025-11-30
    _xa("đạt 76,82 điểm", "76,82", 76.82, "điểm", code=_TONG),
    _xa("thứ 31/45", "31/45", 31, "hạng", R, max_value=45, code=_HANG),
    _xa("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    _xa("(thứ 35/45)", "35/45", 35, "hạng", PR, max_value=45, as_of="2025-11-30", code=_HANG),
    F("tỉnh là 79,14 điểm", "79,14", 79.14, "điểm", subject=ANY, level="xã", code=_TONG),
    F("có 12/45", "12/45", 12, "xã", C, max_value=45, subject=ANY, level="xã", code=None),
    F("Tốt, 26 xã", "26", 26, "xã", C, subject=ANY, level="xã", code=None),
    F("và 07 xã", "07", 7, "xã", C, subject=ANY, level="xã", code=None),
    # IV.1 the commune's target for 2026 (0215.3720.118 is a phone number)
    _xa("tối thiểu 50%", "50%", 50, "%", T, as_of="2026-12-31", code=_TT),
]

# ------------------------------------------------------------ 318: Văn phòng UBND tỉnh Gia Lai, tháng 10/2025
_SEP_318 = "2025-09-30"


def _agency_318(subject: str, score: str, rank: str, change: str, after: str) -> list[Fact]:
    """One Markdown row of an agency: total score (no max written), rank `n/19`, change of rank in bậc."""
    cells = [(score, "điểm", P, _TONG, "period"), (rank, "hạng", R, _HANG, "period"),
             (change, "hạng", CH, _HANG, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


def _unit_318(context: str, raw: str, subject: str) -> Fact:
    """A commune's or ward's score in brackets."""
    return F(context, raw, _num(raw), "điểm", P, subject=subject, level="xã", code=_TONG)


BLIND_318 = [
    # 1. (766/QĐ-TTg of 23/6/2022 and 412/QĐ-UBND of 18/7/2025 cited); tháng 9/2025 dated 2025-09-30
    F("đạt 87,63/100", "87,63/100", 87.63, "điểm", max_value=100, code=_TONG),
    F("thứ 9/34", "9/34", 9, "hạng", R, max_value=34, code=_HANG),
    F("(86,95 điểm", "86,95", 86.95, "điểm", PR, max_value=100, as_of=_SEP_318, code=_TONG),
    F("thứ 11/34)", "11/34", 11, "hạng", PR, max_value=34, as_of=_SEP_318, code=_HANG),
    F("tăng 0,68 điểm", "0,68", 0.68, "điểm", CH, code=_TONG),
    F("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    *_groups(["minh bạch 17,26/18", "giải quyết 19,48/20", "trực tuyến 10,37/12", "trực tuyến 6,94/10",
              "hài lòng 17,81/18", "hồ sơ 15,77/22"],
             ["17,26/18", "19,48/20", "10,37/12", "6,94/10", "17,81/18", "15,77/22"]),
    F("tương ứng là 91,24%", "91,24%", 91.24, "%", subject="cấp tỉnh", level="tỉnh", code=_NOP),
    F("và 68,57%", "68,57%", 68.57, "%", subject="cấp xã", level="xã", code=_NOP),
    F("đạt 57,83%", "57,83%", 57.83, "%", code=_TT, target=60, stated_status="chưa đạt"),
    F("năm 2025 là 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
    # 2. the agencies' average, counts by grade, Markdown table (five first, five last)
    F("ngành đạt 89,12 điểm", "89,12", 89.12, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("Có 17/19", "17/19", 17, "đơn vị", C, max_value=19, subject=ANY, level="tỉnh", code=None),
    F("và 02 cơ quan", "02", 2, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    *_agency_318("Sở Tư pháp", "95,84", "1/19", "+1", "| 2 | Sở Công Thương"),
    *_agency_318("Sở Công Thương", "95,12", "2/19", "-1", "| 3 | Sở Y tế"),
    *_agency_318("Sở Y tế", "94,37", "3/19", "+2", "| 4 | Sở Khoa học"),
    *_agency_318("Sở Khoa học và Công nghệ", "93,65", "4/19", "0", "| 5 | Sở Giáo dục"),
    *_agency_318("Sở Giáo dục và Đào tạo", "93,08", "5/19", "+3", "| 6 | Sở Tài chính"),
    *_agency_318("Sở Tài chính", "83,41", "15/19", "-2", "| 7 | Sở Dân tộc"),
    *_agency_318("Sở Dân tộc và Tôn giáo", "82,76", "16/19", "+1", "| 8 | Sở Xây dựng"),
    *_agency_318("Sở Xây dựng", "80,19", "17/19", "0", "| 9 | Sở Nông nghiệp"),
    *_agency_318("Sở Nông nghiệp và Môi trường", "78,54", "18/19", "-1", "| 10 | Ban Quản lý"),
    *_agency_318("Ban Quản lý Khu kinh tế tỉnh", "76,92", "19/19", "0", "\n3. Khối xã"),
    # 3. communes and wards; tháng 9/2025 dated 2025-09-30
    F("có 135 đơn vị", "135", 135, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("(110 xã", "110", 110, "xã", C, subject="cấp xã", level="xã", code=None),
    F("25 phường)", "25", 25, "phường", C, subject="cấp xã", level="xã", code=None),
    F("đạt 81,37 điểm", "81,37", 81.37, "điểm", subject=ANY, level="xã", code=_TONG),
    F("2025: 79,86 điểm", "79,86", 79.86, "điểm", PR, subject=ANY, level="xã", as_of=_SEP_318, code=_TONG),
    F("tăng 1,51 điểm", "1,51", 1.51, "điểm", CH, subject=ANY, level="xã", code=_TONG),
    F("Có 98/135", "98/135", 98, "xã", C, max_value=135, subject=ANY, level="xã", code=None),
    F("Tốt, 31 xã", "31", 31, "xã", C, subject=ANY, level="xã", code=None),
    F("và 06 xã", "06", 6, "xã", C, subject=ANY, level="xã", code=None),
    _unit_318("(94,62 điểm)", "94,62", "phường Quy Nhơn"),
    _unit_318("(93,85 điểm)", "93,85", "phường Pleiku"),
    _unit_318("(93,17 điểm)", "93,17", "phường An Nhơn"),
    _unit_318("(68,24 điểm)", "68,24", "xã Ia Mơ"),
    _unit_318("(69,05 điểm)", "69,05", "xã Krông"),
    _unit_318("(69,71 điểm)", "69,71", "xã Ia Púch"),
    # 4.d) the province's target for 2025 in the task of Sở Tài chính (0256.3822.416 is a phone number)
    F("tối thiểu 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 319: Sở Nội vụ tỉnh Đồng Nai, quý III năm 2025
_SNV = "Sở Nội vụ"
_VN = "cả nước"


def _snv(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SNV, level="tỉnh", **kw)


def _old(context: str, raw: str, value: float, unit: str = "%", kind: str = P, as_of: str = _Y2024,
         **kw) -> Fact:
    """A 2024 index figure of a province before the merger (subject and level unchecked)."""
    return F(context, raw, value, unit, kind, subject=ANY, level=ANY, as_of=as_of, **kw)


BLIND_319 = [
    # I.1 PAR Index 2024 (1146/QĐ-BNV of 15/8/2025 cited); năm 2023 dated 2023-12-31
    _old("đạt 87,46%", "87,46%", 87.46, code=_PAR),
    _old("thứ 18/63", "18/63", 18, "hạng", R, max_value=63, code=_PAR),
    _old("tăng 5 bậc", "5", 5, "hạng", CH, code=_PAR),
    _old("(85,31%", "85,31%", 85.31, "%", PR, as_of=_Y2023, code=_PAR),
    _old("thứ 23/63)", "23/63", 23, "hạng", PR, max_value=63, as_of=_Y2023, code=_PAR),
    _old("đạt 85,92%", "85,92%", 85.92, code=_PAR),
    _old("thứ 29/63", "29/63", 29, "hạng", R, max_value=63, code=_PAR),
    F("2024 là 86,18%", "86,18%", 86.18, "%", subject=_VN, level=None, as_of=_Y2024, code=_PAR),
    _old("hành chính: 91,35%", "91,35%", 91.35, code=ANY),
    _old("công vụ: 82,07%", "82,07%", 82.07, code=ANY),
    _old("Chính quyền số: 88,64%", "88,64%", 88.64, code=ANY),
    _old("xã hội: 79,58%", "79,58%", 79.58, code=ANY),
    _old("là 89,12%", "89,12%", 89.12, code=ANY),
    _old("%, 80,46%", "80,46%", 80.46, code=ANY),
    _old("%, 84,93%", "84,93%", 84.93, code=ANY),
    _old("và 81,27%", "81,27%", 81.27, code=ANY),
    # I.2 SIPAS 2024
    _old("phát 1.260 phiếu", "1.260", 1260, "phiếu", C, code=ANY),
    _old("và 840 phiếu", "840", 840, "phiếu", C, code=ANY),
    _old("lần lượt là 82,17%", "82,17%", 82.17, code=_SIPAS),
    _old("và 84,06%", "84,06%", 84.06, code=_SIPAS),
    _old("(năm 2023: 80,45%", "80,45%", 80.45, "%", PR, as_of=_Y2023, code=_SIPAS),
    _old("và 82,93%)", "82,93%", 82.93, "%", PR, as_of=_Y2023, code=_SIPAS),
    F("đạt 81,78%", "81,78%", 81.78, "%", subject=_VN, level=None, as_of=_Y2024, code=_SIPAS),
    # I.3 the Sở's own 2024 PAR score among the former province's agencies
    _snv("đạt 92,14 điểm", "92,14", 92.14, "điểm", as_of=_Y2024, code=ANY),
    _snv("thứ 2/20", "2/20", 2, "hạng", R, max_value=20, as_of=_Y2024, code=ANY),
    # II.1 ("số 2 đường Nguyễn Văn Trị" is an address; 1893/QĐ-UBND of 22/7/2025 cited)
    _snv("thực hiện 143 TTHC", "143", 143, "TTHC", C, code=_TTHC),
    _snv("trong đó 118 TTHC", "118", 118, "TTHC", C, code=_TOAN),
    _snv("và 25 TTHC", "25", 25, "TTHC", C, code=_MOT),
    # II.2 quý II năm 2025 dated 2025-06-30
    _snv("tiếp nhận 3.684", "3.684", 3684, "hồ sơ", C, code=_TN),
    _snv("tăng 1.127", "1.127", 1127, "hồ sơ", CH, code=_TN),
    _snv("(2.557 hồ sơ)", "2.557", 2557, "hồ sơ", PR, as_of="2025-06-30", code=_TN),
    _snv("trực tuyến 3.412", "3.412", 3412, "hồ sơ", C, code=_NOP),
    _snv("đạt 92,62%", "92,62%", 92.62, "%", code=_NOP),
    F("lần lượt là 1.426", "1.426", 1426, "hồ sơ", C, subject=ANY, level="tỉnh", code=_TN),
    F(", 312 hồ sơ", "312", 312, "hồ sơ", C, subject=ANY, level="tỉnh", code=_TN),
    F(", 875 hồ sơ", "875", 875, "hồ sơ", C, subject=ANY, level="tỉnh", code=_TN),
    F("và 1.071 hồ sơ", "1.071", 1071, "hồ sơ", C, subject=ANY, level="tỉnh", code=_TN),
    # II.3
    _snv("giải quyết 3.598", "3.598", 3598, "hồ sơ", C, code=ANY),
    _snv("trước hạn 2.914", "2.914", 2914, "hồ sơ", C, code=ANY),
    _snv("đúng hạn 671", "671", 671, "hồ sơ", C, code=ANY),
    _snv("quá hạn 13", "13", 13, "hồ sơ", C, code=_QH),
    _snv("đạt 99,64%", "99,64%", 99.64, "%", code=_DH),
    # II.4
    _snv("tuyến 45/47", "45/47", 45, "hồ sơ", C, max_value=47, code=_TT),
    _snv("đạt 95,74%", "95,74%", 95.74, "%", code=_TT),
    _snv("đạt 98,37%", "98,37%", 98.37, "%", code=_SH),
    _snv("đạt 99,48%", "99,48%", 99.48, "%", code=_KQ),
    # II.5
    _snv("tiếp nhận 07 phản ánh", "07", 7, "PAKN", C, code=_PAKN_TN),
    _snv("trả lời 07/07", "07/07", 7, "PAKN", C, max_value=7, code=_PAKN_XL),
    _snv("đạt 99,05%", "99,05%", 99.05, "%", code=_HL),
    # II.6 tháng 8/2025 dated 2025-08-31; the province (subject NULL)
    _snv("đạt 90,86 điểm", "90,86", 90.86, "điểm", code=_TONG),
    _snv("thứ 6/17", "6/17", 6, "hạng", R, max_value=17, code=_HANG),
    _snv("2025: 89,43 điểm", "89,43", 89.43, "điểm", PR, as_of="2025-08-31", code=_TONG),
    _snv("thứ 8/17)", "8/17", 8, "hạng", PR, max_value=17, as_of="2025-08-31", code=_HANG),
    F("đạt 85,72 điểm", "85,72", 85.72, "điểm", code=_TONG),
    F("thứ 14/34", "14/34", 14, "hạng", R, max_value=34, code=_HANG),
    # II.7 units inspected (0251.3822.295 is a phone number)
    F("tại 12/95", "12/95", 12, "xã", C, max_value=95, subject=ANY, level="xã", code=None),
    F("và 04 sở", "04", 4, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
]

BLIND = {"315": BLIND_315, "316": BLIND_316, "317": BLIND_317, "318": BLIND_318, "319": BLIND_319}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "315": [
        ("2025-10-20", "day", "20/10/2025", "giải quyết dứt điểm các hồ sơ đất đai, xây dựng quá hạn",
         "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến",
         "Trung tâm Phục vụ hành chính công đặc khu"),
        ("2025-11-15", "day", "ngày 15 tháng 11 năm 2025", "số hóa sổ hộ tịch, sổ chứng thực",
         "Văn phòng HĐND và UBND đặc khu"),
        ("2025-12-31", "month", "tháng 12/2025", "sử dụng tài khoản định danh điện tử", "Phòng Văn hóa - Xã hội"),
        # issued 03/10/2025: the first "ngày 18 hằng tháng" is 18/10/2025
        ("2025-10-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng chuyên môn, Trung tâm Phục vụ hành chính công đặc khu"),
    ],
    "316": [
        ("2025-09-15", "day", "15/9/2025", "giải quyết dứt điểm hồ sơ đất đai quá hạn",
         "Sở Nông nghiệp và Môi trường"),
        ("2025-09-30", "day", "ngày 30 tháng 9 năm 2025", "cập nhật quy trình nội bộ",
         "Phòng Tiếp nhận và Trả kết quả"),
        ("2025-10-31", "month", "tháng 10/2025", "nâng cấp hệ thống xếp hàng tự động", "Phòng Hành chính - Tổng hợp"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến",
         "Các sở, ngành có quầy tại Trung tâm"),
        # issued 05/9/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/10/2025
        ("2025-10-03", "recurring", "03 hằng tháng", "đối chiếu số liệu hồ sơ", "Các sở, ngành có quầy tại Trung tâm"),
    ],
    "317": [
        ("2026-12-31", "year", "năm 2026", "tỷ lệ hồ sơ thanh toán trực tuyến",
         "Trung tâm Phục vụ hành chính công xã"),
        ("2026-01-23", "day", "23/01/2026", "giải quyết dứt điểm các hồ sơ đất đai quá hạn", "Phòng Kinh tế"),
        ("2026-03-31", "quarter", "quý I năm 2026", "kích hoạt tài khoản định danh điện tử", "Phòng Văn hóa - Xã hội"),
        ("2026-03-15", "day", "ngày 15 tháng 3 năm 2026", "lắp đặt trạm phát sóng", "Văn phòng HĐND và UBND xã"),
        # issued 06/01/2026: the first "ngày 25 hằng tháng" is 25/01/2026
        ("2026-01-25", "recurring", "25 hằng tháng", "báo cáo kết quả hỗ trợ người dân", "Trưởng các bản"),
    ],
    "318": [
        ("2025-11-17", "day", "17/11/2025", "gửi báo cáo giải trình",
         "Sở Nông nghiệp và Môi trường, Ban Quản lý Khu kinh tế tỉnh"),
        ("2025-11-30", "month", "tháng 11/2025", "khắc phục các chỉ tiêu bị trừ điểm",
         "UBND xã Ia Mơ, UBND xã Krông, UBND xã Ia Púch"),
        ("2025-12-05", "day", "ngày 05 tháng 12 năm 2025", "đồng bộ trạng thái hồ sơ", "Sở Khoa học và Công nghệ"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        # issued 07/11/2025: the first "ngày 10 hằng tháng" is 10/11/2025
        ("2025-11-10", "recurring", "10 hằng tháng", "báo cáo kết quả khắc phục",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "319": [
        ("2025-10-20", "day", "20/10/2025", "Kế hoạch khắc phục hạn chế", "Phòng Cải cách hành chính"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "số hóa hồ sơ, kết quả giải quyết TTHC", "Văn phòng Sở"),
        ("2025-11-14", "day", "ngày 14 tháng 11 năm 2025", "đơn giản hóa TTHC", "Phòng Công chức, viên chức"),
        ("2025-12-31", "month", "tháng 12/2025", "chỉnh lý tài liệu lưu trữ", "Chi cục Văn thư - Lưu trữ"),
        # issued 08/10/2025: the first "ngày 12 hằng tháng" is 12/10/2025
        ("2025-10-12", "recurring", "12 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các phòng, đơn vị thuộc Sở"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 315's issuer is a đặc khu (province named in "Kính gửi"); 316's issuer is the Centre under "UBND THÀNH PHỐ HUẾ"
# (a centrally-run city: province "Huế"); 317's issuer is a commune (province named in "Kính gửi"), a half-year
# report issued in January 2026; 318's issuer is the Văn phòng under "UBND TỈNH GIA LAI", a Thông báo; 319's
# issuer is Sở Nội vụ under "UBND TỈNH ĐỒNG NAI", period the quarter in its title.
META = {
    "315": {"doc_number": "86/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-10-03",
            "province": "An Giang", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Trần Minh Khánh"},
    "316": {"doc_number": "412/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-09-05",
            "province": "Huế", "period_label": "tháng 8 năm 2025", "period_start": "2025-08-01",
            "period_end": "2025-08-31", "signer": "Hoàng Thị Minh Tâm"},
    "317": {"doc_number": "04/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-01-06",
            "province": "Điện Biên", "period_label": "6 tháng cuối năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-12-31", "signer": "Lỳ Xé Chừ"},
    "318": {"doc_number": "215/TB-VP", "doc_type": "Thông báo", "issued_date": "2025-11-07",
            "province": "Gia Lai", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Nguyễn Văn Lộc"},
    "319": {"doc_number": "1586/BC-SNV", "doc_type": "Báo cáo", "issued_date": "2025-10-08",
            "province": "Đồng Nai", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Phạm Thị Thanh Hương"},
}
