"""Blind golden facts for corpus/blind13/145_ha_giang.txt, 146_dong_nai.txt, 147_bac_lieu.txt and 148_tien_giang.txt.

The four documents were written by the developers for a thirteenth blind measurement (provinces, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by
reading them, before any extraction, restoration or pipeline code was run on them. They also serve as
held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind11.py and blind12.py: rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are
kind `count`; table cells are kind `value` even when they count (rank cells kind `rank`, plain numbers
without max_value; signed change cells kind `change`); `as_of="period"` is the period's end; `ANY` leaves a
field unchecked where the sentence names no catalogued indicator (`None` where it clearly names none).
Table cells carry `extra={"source": "table"}`. "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến
nghị" counts the unit `PAKN`, counts of "cơ quan" the unit `đơn vị`; a count of the files (or PAKN) an
indicator is computed on carries that indicator's code. A table column dated before the period end keeps
its kind with that date as `as_of`; a change is dated at the period end. Dates, document numbers, cited
decisions, plans and letters ("Công văn số 5087/VPCP-KSTT", "Kế hoạch số 57/KH-UBND", "Quyết định số
1385/QĐ-UBND"), section numbering ("I.", "1.", "a)"), the STT/TT column, phone numbers ("0219.3866.558",
"0251.3822.513", "0291.3824.155"), "Tổng đài 1022", street addresses ("số 236 đường Phạm Văn Thuận", "số
05 đường Hoàng Văn Thụ, Phường 3"), ward names with numbers ("Phường 1" … "Phường 8"), "16 giờ 30", the
text column "Xếp loại" and years are not figures.

New in this set:
- 145 is a monthly Báo cáo of UBND tỉnh Hà Giang to the Văn phòng Chính phủ, tháng 8 năm 2024 (stated as
  01/8–31/8/2024), in the list style of seed 000 ("- Tỷ lệ …: x%"). Province figures have subject NULL.
  "06 quyết định" is a count with code None. Procedures by level are a bracketed breakdown with colons
  "(cấp tỉnh: 1.401; cấp huyện: 265; cấp xã: 126)". "(tháng 7/2024: 58,92%)" and "so với tháng trước
  (77,21 điểm)" are previous values dated 2024-07-31 (the previous total on the /100 scale); "giữ nguyên
  thứ hạng" states no figure. "38.476 hồ sơ (số mới tiếp nhận 35.912 hồ sơ, từ kỳ trước chuyển qua 2.564
  hồ sơ)": the whole is files received; its two parts are left with code unchecked (files carried over
  are not this month's receptions). Files settled by level come after "lần lượt là" (code unchecked, as
  every "đã giải quyết" count). "lĩnh vực đất đai tại UBND huyện Vị Xuyên và UBND huyện Bắc Quang (312 hồ
  sơ)" counts overdue files at two district-level units (subject ANY, level huyện). Its Markdown table lists
  the 11 district-level units (subject as written, "UBND thành phố Hà Giang", level huyện; files received,
  on-time share, overdue files, online-payment share; two "100" and two "0" cells) with a "Tổng cộng" row
  with an empty STT cell (= cấp huyện, the title naming "UBND các huyện, thành phố"). "(chỉ tiêu năm 2024:
  45%, chưa đạt chỉ tiêu)": the target is dated 2024-12-31 and the 38,74% carries it with status "chưa
  đạt"; the task's "đạt tối thiểu 45% trong quý IV năm 2024" is the province's target again (subject
  NULL), dated 2024-12-31. The two "100%" of satisfaction with PAKN and of electronic certification are
  figures. Five deadlines: day, month, quarter (with the target), "chậm nhất" day in words, monthly
  recurring "trước ngày 18 hằng tháng" (issued 06/9/2024: first 18/9/2024).
- 146 is a quarterly Báo cáo of Sở Xây dựng tỉnh Đồng Nai (header "UBND TỈNH ĐỒNG NAI / SỞ XÂY DỰNG"),
  quý III năm 2024, on its own one-stop shop. Every figure is the Sở's (subject "Sở Xây dựng", level
  tỉnh); files of one field in prose "(22 hồ sơ)" and the field rows of the table have subject ANY, level
  tỉnh, as golden/blind8.py's 127 does. "10 lĩnh vực" is a count with code None. "tăng 70 hồ sơ so với
  quý II năm 2024 (1.480 hồ sơ)": a change and a previous value dated 2024-06-30; "tăng 12,4% so với cùng
  kỳ năm 2023" is a relative change (code unchecked); "(quý II năm 2024: …)" values and "quý II năm 2024
  đạt 85,19 điểm, xếp thứ 12/21" are previous values dated 2024-06-30 (the previous score has no
  max_value: the current one states none). Its Markdown table by field (STT column) has a column
  "Tiếp nhận quý II/2024" dated 2024-06-30 next to "Tiếp nhận quý III/2024", on-time share and overdue
  files ("100" and "0" cells) and a "Tổng cộng" row with an empty STT cell (= the Sở; its 1.480, 1.550,
  98,25 and 26 are also in the prose). "so với chỉ tiêu UBND tỉnh giao năm 2024 là 50% thì đã đạt chỉ
  tiêu": the Sở's target dated 2024-12-31, the 71,36% carries it with status "đạt". "tăng 9,6% so với
  quý trước" is a change of the reuse share. "(qua Tổng đài 1022 Đồng Nai 02 PAKN, qua hộp thư góp ý 02
  PAKN)" are bare parts of the PAKN received (code unchecked); "04/04 PAKN" is one count (max 4).
  "xếp thứ 9/21 sở, ban, ngành" ranks among the province's agencies. The target "đến hết năm 2024 …
  của Sở đạt tối thiểu 60%" is the Sở's, dated 2024-12-31. Five deadlines ("III. NHIỆM VỤ QUÝ IV NĂM
  2024" is a heading, no deadline): "chậm nhất" day, month and year (two in one item, both for "Văn
  phòng Sở"), quarter, monthly recurring "trước ngày 12 hằng tháng" (issued 04/10/2024: first 12/10/2024).
- 147 is an annual Báo cáo of UBND thành phố Bạc Liêu (tỉnh Bạc Liêu, named in "Kính gửi"), năm 2024
  (data "tính đến hết ngày 31/12/2024", issued 08/01/2025), before the 2025 reform. Figures under "a) Cấp
  huyện (Bộ phận Một cửa thành phố)" have subject "cấp huyện" (level huyện), those under "b) Cấp xã"
  subject "cấp xã" (level xã), as golden/blind11.py's 139 does; the city's own PAKN, score and rank have
  subject "UBND thành phố Bạc Liêu", level huyện. "tăng 1.208 hồ sơ so với năm 2023 (13.654 hồ sơ)" and
  "(năm 2023 xếp thứ 2/7)" are a change and previous values dated 2023-12-31; "1/7" ranks the city among
  the province's 7 district-level units. Two units carry their online share in brackets ("Phường 7",
  "xã Vĩnh Trạch Đông"; also in the table). Its Markdown table lists the 10 phường, xã in official order
  (subject as written, "Phường 1", "Xã Vĩnh Trạch", level xã; files received, online, payment and
  digitisation shares) with no total row (their files add up to the prose 31.508). "so với chỉ tiêu tỉnh
  giao năm 2024 tương ứng là 55% và 50% thì cả hai cấp đều đạt chỉ tiêu": the n-th target is the n-th
  level's (period end), both shares "đạt". "15 PAKN (đạt 93,75%)" is the share of PAKN handled. The
  ranking is a dash list "- Thứ n: <unit>, đạt x điểm;" of all 10 units: "n" is the unit's rank (kind
  rank, unit `hạng`, no max_value: none is written) and x its 766 score (no max_value); "Điểm bình quân
  của UBND các phường, xã" is the level average (subject ANY, level xã). The target "của cấp xã đạt tối
  thiểu 60%" in the task of "UBND các phường, xã" is theirs, dated 2025-12-31. Five deadlines: day,
  "chậm nhất" day in words, quarter, year (with the target), monthly recurring "trước ngày 18 hằng tháng"
  (issued 08/01/2025: first 18/01/2025).
- 148 is a monthly Báo cáo of Văn phòng UBND tỉnh Tiền Giang (header "UBND TỈNH TIỀN GIANG / VĂN
  PHÒNG") to the Chairman, tháng 4 năm 2025, before the 1 July 2025 merger (post-March 2025 agency names:
  "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ"). Province figures have subject NULL: total
  "85,12/100", rank "14/63", previous values "so với ngày 31/3/2025 (83,47 điểm, xếp thứ 19/63)" dated
  2025-03-31, "tăng 1,65 điểm và tăng 5 bậc". The six group scores are a Markdown table with columns
  "Điểm ngày 31/3/2025" (dated 2025-03-31), "Điểm ngày 30/4/2025" and a signed change (a fall "-0,05"),
  no maxima written (max_value None), plus a "Tổng điểm" row (the total, code 766.tong_hop; its three
  values repeat the prose). "tăng 4,18% so với tháng trước" is a change of the payment share; "03 phản
  ánh, kiến nghị … tại cấp xã" is a count of PAKN (subject ANY, level xã, code unchecked). The agencies'
  and the districts' averages with their "(ngày 31/3/2025: …)" values are level averages (subject ANY,
  level tỉnh/huyện). "Có 09/12 cơ quan xếp loại Tốt, 02 cơ quan xếp loại Khá và 01 cơ quan xếp loại
  Trung bình" are counts (unit `đơn vị`, code None; the first with max 12). Its tab-separated ranking
  table has the rank as its first column ("Xếp hạng": kind rank, plain numbers among the 12, in rank
  order), scores at 31/3/2025 (dated 2025-03-31) and 30/4/2025, and a text "Xếp loại" column. Three
  district-level units carry their score in brackets; "giảm 1,12 điểm so với tháng trước" is huyện Tân
  Phú Đông's change. Online shares by level after "tương ứng là". The target "đến hết quý II năm 2025 tỷ
  lệ hồ sơ thanh toán trực tuyến toàn tỉnh đạt tối thiểu 55%" in the task of Sở Tài chính is the
  province's (subject NULL), dated 2025-06-30. Five deadlines: day, month, quarter (with the target),
  "chậm nhất" day in words, monthly recurring "trước ngày 05 hằng tháng" (issued 07/5/2025, after the
  5th: first 05/6/2025).
"""

from __future__ import annotations

from golden.facts import (
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
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs. A signed
    raw ("+0,24") is read without its plus sign."""
    facts = []
    raws = [cell[0] for cell in cells]
    for i, (raw, unit, kind, code, as_of) in enumerate(cells):
        context = sep + sep.join(raws[i:]) + end + after
        facts.append(F(context, raw, _num(raw.lstrip("+")), unit, kind, subject=subject, level=level,
                       as_of=as_of, code=code, extra=TAB))
    return facts


# ------------------------------------------------------------ 145: UBND tỉnh Hà Giang, tháng 8 năm 2024
_JUL_145 = "2024-07-31"


def _row_145(subject: str, received: str, on_time: str, overdue: str, paid: str, after: str) -> list[Fact]:
    """One Markdown row of a district-level unit: files received, on-time share, overdue files, payment share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (on_time, "%", P, _DH, "period"),
             (overdue, "hồ sơ", P, _QH, "period"), (paid, "%", P, _TT, "period")]
    return _cells(subject, "huyện", cells, after, " | ", " |\n")


BLIND_145 = [
    # I.1 (5087/VPCP-KSTT of 19/7/2023 and 766/QĐ-TTg of 23/6/2022 are cited)
    F("tháng: 06 quyết định", "06", 6, "quyết định", C, code=None),
    F("công bố đúng hạn: 100%", "100%", 100, "%", code="766.cong_khai.cong_bo_dung_han"),
    F("công khai đúng hạn: 98,5%", "98,5%", 98.5, "%", code="766.cong_khai.cap_nhat_dung_han"),
    F("các cấp: 1.792 TTHC", "1.792", 1792, "TTHC", C, code=_TTHC),
    F("(cấp tỉnh: 1.401", "1.401", 1401, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("cấp huyện: 265", "265", 265, "TTHC", C, subject="cấp huyện", level="huyện", code=_TTHC),
    F("cấp xã: 126)", "126", 126, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    # I.2 list items; tháng 7/2024 dated 2024-07-31
    F("toàn trình: 1.024 TTHC", "1.024", 1024, "TTHC", C, code="766.dvctt.toan_trinh"),
    F("TTHC, đạt 57,14%", "57,14%", 57.14, "%", code="766.dvctt.toan_trinh"),
    F("một phần: 583 TTHC", "583", 583, "TTHC", C, code="766.dvctt.mot_phan"),
    F("TTHC, đạt 32,53%", "32,53%", 32.53, "%", code="766.dvctt.mot_phan"),
    F("chưa cung cấp DVCTT: 185", "185", 185, "TTHC", C, code="766.dvctt.chua_cung_cap"),
    F("chiếm 10,32%", "10,32%", 10.32, "%", code="766.dvctt.chua_cung_cap"),
    F("phát sinh hồ sơ: 46,87%", "46,87%", 46.87, "%", code="766.dvctt.phat_sinh_ho_so"),
    F("nộp trực tuyến: 62,35%", "62,35%", 62.35, "%", code=_NOP),
    F("(tháng 7/2024: 58,92%)", "58,92%", 58.92, "%", PR, as_of=_JUL_145, code=_NOP),
    F("hình thức khác: 37,65%", "37,65%", 37.65, "%", code=_NTT),
    # I.3 the whole and its two parts; settled files by level after "lần lượt là"
    F("tiếp nhận 38.476", "38.476", 38476, "hồ sơ", C, code=_TN),
    F("tiếp nhận 35.912", "35.912", 35912, "hồ sơ", C, code=ANY),
    F("chuyển qua 2.564", "2.564", 2564, "hồ sơ", C, code=ANY),
    F("giải quyết 36.208", "36.208", 36208, "hồ sơ", C, code=ANY),
    F("đúng hạn 35.733", "35.733", 35733, "hồ sơ", C, code=_DH),
    F("đạt 98,69%", "98,69%", 98.69, "%", code=_DH),
    F("quá hạn 475", "475", 475, "hồ sơ", C, code=_QH),
    F("chiếm 1,31%", "1,31%", 1.31, "%", code=_QH),
    F("là 6.142 hồ sơ", "6.142", 6142, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=ANY),
    F("hồ sơ, 7.905 hồ sơ", "7.905", 7905, "hồ sơ", C, subject="cấp huyện", level="huyện", code=ANY),
    F("và 22.161 hồ sơ", "22.161", 22161, "hồ sơ", C, subject="cấp xã", level="xã", code=ANY),
    F("Bắc Quang (312 hồ sơ)", "312", 312, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    # Markdown table of the district-level units, "Tổng cộng" row (= cấp huyện)
    *_row_145("UBND thành phố Hà Giang", "1.326", "99,47", "7", "61,28", "| 2 | UBND huyện Đồng Văn"),
    *_row_145("UBND huyện Đồng Văn", "512", "100", "0", "22,15", "| 3 | UBND huyện Mèo Vạc"),
    *_row_145("UBND huyện Mèo Vạc", "487", "99,38", "3", "18,40", "| 4 | UBND huyện Yên Minh"),
    *_row_145("UBND huyện Yên Minh", "603", "98,86", "7", "25,62", "| 5 | UBND huyện Quản Bạ"),
    *_row_145("UBND huyện Quản Bạ", "455", "100", "0", "30,07", "| 6 | UBND huyện Bắc Mê"),
    *_row_145("UBND huyện Bắc Mê", "398", "99,12", "3", "19,83", "| 7 | UBND huyện Vị Xuyên"),
    *_row_145("UBND huyện Vị Xuyên", "1.248", "85,64", "176", "42,90", "| 8 | UBND huyện Bắc Quang"),
    *_row_145("UBND huyện Bắc Quang", "1.417", "88,03", "163", "47,35", "| 9 | UBND huyện Quang Bình"),
    *_row_145("UBND huyện Quang Bình", "762", "96,71", "24", "33,58", "| 10 | UBND huyện Hoàng Su Phì"),
    *_row_145("UBND huyện Hoàng Su Phì", "534", "98,42", "8", "21,46", "| 11 | UBND huyện Xín Mần"),
    *_row_145("UBND huyện Xín Mần", "476", "99,35", "3", "20,12", "| | Tổng cộng"),
    *_row_145("cấp huyện", "8.218", "95,02", "394", "37,84", "\n4. Thanh toán"),
    # I.4 the 2024 target (dated at the year's end)
    F("Cổng DVC quốc gia: 92,16%", "92,16%", 92.16, "%", code="766.thanh_toan.tthc_tich_hop"),
    F("trực tuyến: 38,74%", "38,74%", 38.74, "%", code=_TT, target=45, stated_status="chưa đạt"),
    F("năm 2024: 45%", "45%", 45, "%", T, as_of="2024-12-31", code=_TT),
    F("cấp tỉnh 91,28%", "91,28%", 91.28, "%", subject="cấp tỉnh", level="tỉnh", code=_SH),
    F("cấp huyện 76,05%", "76,05%", 76.05, "%", subject="cấp huyện", level="huyện", code=_SH),
    F("cấp xã 63,47%", "63,47%", 63.47, "%", subject="cấp xã", level="xã", code=_SH),
    F("điện tử: 87,52%", "87,52%", 87.52, "%", code=_KQ),
    F("số hóa: 34,19%", "34,19%", 34.19, "%", code=_TSD),
    F("bản chính: 100%", "100%", 100, "%", code="766.so_hoa.chung_thuc"),
    # I.5 (0219.3866.558 is a phone number)
    F("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    F("xử lý 08 PAKN", "08", 8, "PAKN", C, code=_PAKN_XL),
    F("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    F("kiến nghị đạt 100%", "100%", 100, "%", code="766.hai_long.pakn"),
    F("đạt 95,36%", "95,36%", 95.36, "%", code=_HL),
    # I.6 at 31/8/2024 (= period end); "tháng trước" dated 2024-07-31
    F("đạt 78,05/100", "78,05/100", 78.05, "điểm", max_value=100, code=_TONG),
    F("thứ 38/63", "38/63", 38, "hạng", R, max_value=63, code=_HANG),
    F("tăng 0,84 điểm", "0,84", 0.84, "điểm", CH, code=_TONG),
    F("(77,21 điểm)", "77,21", 77.21, "điểm", PR, max_value=100, as_of=_JUL_145, code=_TONG),
    # III.3 the province's target for quý IV năm 2024 (in the task of Sở Tài chính)
    F("tối thiểu 45%", "45%", 45, "%", T, as_of="2024-12-31", code=_TT),
]

# ------------------------------------------------------------ 146: Sở Xây dựng tỉnh Đồng Nai, quý III năm 2024
_SXD = "Sở Xây dựng"
_Q2_146 = "2024-06-30"


def _so(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SXD, level="tỉnh", **kw)


def _row_146(subject: object, q2: str, q3: str, on_time: str, overdue: str, after: str) -> list[Fact]:
    """One Markdown row of a field (or the total): files received in quý II/2024 (dated 2024-06-30) and in
    quý III/2024, on-time share, overdue files. STT is no figure."""
    cells = [(q2, "hồ sơ", P, _TN, _Q2_146), (q3, "hồ sơ", P, _TN, "period"), (on_time, "%", P, _DH, "period"),
             (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_146 = [
    # I.1 (57/KH-UBND of 26/01/2024 is cited; "số 236 đường Phạm Văn Thuận" is an address)
    _so("thực hiện 72 TTHC", "72", 72, "TTHC", C, code=_TTHC),
    _so("thuộc 10 lĩnh vực", "10", 10, "lĩnh vực", C, code=None),
    _so("trong đó 41 TTHC", "41", 41, "TTHC", C, code="766.dvctt.toan_trinh"),
    _so("toàn trình, 26 TTHC", "26", 26, "TTHC", C, code="766.dvctt.mot_phan"),
    _so("và 05 TTHC", "05", 5, "TTHC", C, code="766.dvctt.chua_cung_cap"),
    # I.2 quý II năm 2024 dated 2024-06-30
    _so("tiếp nhận 1.550", "1.550", 1550, "hồ sơ", C, code=_TN),
    _so("tăng 70 hồ sơ", "70", 70, "hồ sơ", CH, code=_TN),
    _so("2024 (1.480 hồ sơ)", "1.480", 1480, "hồ sơ", PR, as_of=_Q2_146, code=_TN),
    _so("tăng 12,4%", "12,4%", 12.4, "%", CH, code=ANY),
    _so("là 1.392", "1.392", 1392, "hồ sơ", C, code=_NOP),
    _so("đạt 89,81%", "89,81%", 89.81, "%", code=_NOP),
    _so("2024: 86,42%)", "86,42%", 86.42, "%", PR, as_of=_Q2_146, code=_NOP),
    _so("giải quyết 1.483", "1.483", 1483, "hồ sơ", C, code=ANY),
    _so("đúng hạn 1.457", "1.457", 1457, "hồ sơ", C, code=_DH),
    _so("(98,25%)", "98,25%", 98.25, "%", code=_DH),
    _so("quá hạn 26 hồ sơ", "26", 26, "hồ sơ", C, code=_QH),
    _so("(1,75%)", "1,75%", 1.75, "%", code=_QH),
    F("dựng (22 hồ sơ)", "22", 22, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    _so("còn 67 hồ sơ", "67", 67, "hồ sơ", C, code=ANY),
    # Markdown table by field, "Tổng cộng" row (= the Sở)
    *_row_146(ANY, "1.048", "1.126", "97,97", "22", "| 2 | Nhà ở"),
    *_row_146(ANY, "236", "214", "100", "0", "| 3 | Kinh doanh"),
    *_row_146(ANY, "84", "97", "95,70", "4", "| 4 | Quy hoạch"),
    *_row_146(ANY, "61", "58", "100", "0", "| 5 | Vật liệu"),
    *_row_146(ANY, "29", "36", "100", "0", "| 6 | Hạ tầng"),
    *_row_146(ANY, "22", "19", "100", "0", "| | Tổng cộng"),
    *_row_146(_SXD, "1.480", "1.550", "98,25", "26", "\n3. Thanh toán"),
    # I.3 the Sở's 2024 target (dated at the year's end), "đã đạt chỉ tiêu"
    _so("Sở là 71,36%", "71,36%", 71.36, "%", code=_TT, target=50, stated_status="đạt"),
    _so("2024: 64,08%)", "64,08%", 64.08, "%", PR, as_of=_Q2_146, code=_TT),
    _so("năm 2024 là 50%", "50%", 50, "%", T, as_of="2024-12-31", code=_TT),
    _so("đạt 96,83%", "96,83%", 96.83, "%", code=_SH),
    _so("đạt 98,45%", "98,45%", 98.45, "%", code=_KQ),
    _so("đạt 52,07%", "52,07%", 52.07, "%", code=_TSD),
    _so("tăng 9,6%", "9,6%", 9.6, "%", CH, code=_TSD),
    # I.4 ("Tổng đài 1022" is a name)
    _so("tiếp nhận 04 phản ánh", "04", 4, "PAKN", C, code=_PAKN_TN),
    _so("Đồng Nai 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    _so("góp ý 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    _so("trả lời 04/04 PAKN", "04/04", 4, "PAKN", C, max_value=4, code=_PAKN_XL),
    _so("đạt 98,72%", "98,72%", 98.72, "%", code=_HL),
    # I.5 rank among the province's agencies; quý II năm 2024 dated 2024-06-30
    _so("đạt 87,64 điểm", "87,64", 87.64, "điểm", code=_TONG),
    _so("thứ 9/21", "9/21", 9, "hạng", R, max_value=21, code=_HANG),
    _so("đạt 85,19 điểm", "85,19", 85.19, "điểm", PR, as_of=_Q2_146, code=_TONG),
    _so("thứ 12/21)", "12/21", 12, "hạng", PR, max_value=21, as_of=_Q2_146, code=_HANG),
    _so("tăng 2,45 điểm", "2,45", 2.45, "điểm", CH, code=_TONG),
    _so("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    # III.2 the Sở's target by the end of 2024 (0251.3822.513 is a phone number)
    _so("tối thiểu 60%", "60%", 60, "%", T, as_of="2024-12-31", code=_TSD),
]

# ------------------------------------------------------------ 147: UBND thành phố Bạc Liêu, năm 2024
_BL = "UBND thành phố Bạc Liêu"
_Y2023 = "2023-12-31"


def _huyen(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "a) Cấp huyện" or about cấp huyện (subject "cấp huyện", level huyện)."""
    return F(context, raw, value, unit, kind, subject="cấp huyện", level="huyện", **kw)


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "b) Cấp xã" or about cấp xã (subject "cấp xã", level xã)."""
    return F(context, raw, value, unit, kind, subject="cấp xã", level="xã", **kw)


def _city(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the city as a whole (subject the city's UBND, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_BL, level="huyện", **kw)


def _row_147(subject: str, received: str, online: str, paid: str, digitised: str, after: str) -> list[Fact]:
    """One Markdown row of a ward or commune: files received, online, payment and digitisation shares."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (paid, "%", P, _TT, "period"), (digitised, "%", P, _SH, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


def _ranked_147(rank: str, subject: str, score: str) -> list[Fact]:
    """One line `- Thứ n: <unit>, đạt x điểm;` of the ranking: the rank (no max_value) and the 766 score."""
    return [
        F(f"Thứ {rank}: {subject},", rank, _num(rank), "hạng", R, subject=subject, level="xã", code=_HANG),
        F(f"{subject}, đạt {score} điểm", score, _num(score), "điểm", subject=subject, level="xã", code=_TONG),
    ]


BLIND_147 = [
    # I.1 (24/KH-UBND of 05/02/2024 is cited; "số 05 đường Hoàng Văn Thụ, Phường 3" is an address)
    _huyen("giải quyết 289 TTHC", "289", 289, "TTHC", C, code=_TTHC),
    _xa("thực hiện 113 TTHC", "113", 113, "TTHC", C, code=_TTHC),
    # I.2 a) cấp huyện; năm 2023 dated 2023-12-31
    _huyen("tiếp nhận 14.862", "14.862", 14862, "hồ sơ", C, code=_TN),
    _huyen("tăng 1.208 hồ sơ", "1.208", 1208, "hồ sơ", CH, code=_TN),
    _huyen("(13.654 hồ sơ)", "13.654", 13654, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    _huyen("tuyến 12.374 hồ sơ", "12.374", 12374, "hồ sơ", C, code=_NOP),
    _huyen("chiếm 83,26%", "83,26%", 83.26, "%", code=_NOP),
    _huyen("giải quyết 14.705", "14.705", 14705, "hồ sơ", C, code=ANY),
    _huyen("đúng hạn 14.651", "14.651", 14651, "hồ sơ", C, code=_DH),
    _huyen("(99,63%)", "99,63%", 99.63, "%", code=_DH),
    _huyen("trễ hạn 54 hồ sơ", "54", 54, "hồ sơ", C, code=_QH),
    # I.2 b) cấp xã
    _xa("tiếp nhận 31.508", "31.508", 31508, "hồ sơ", C, code=_TN),
    _xa("đạt 79,45%", "79,45%", 79.45, "%", code=_NOP),
    _xa("đạt 99,88%", "99,88%", 99.88, "%", code=_DH),
    _xa("có 27 hồ sơ", "27", 27, "hồ sơ", C, code=_QH),
    F("Phường 7 (91,36%)", "91,36%", 91.36, "%", subject="Phường 7", level="xã", code=_NOP),
    F("Đông (62,18%)", "62,18%", 62.18, "%", subject="xã Vĩnh Trạch Đông", level="xã", code=_NOP),
    # Markdown table of the wards and communes (official order, no total row)
    *_row_147("Phường 1", "3.214", "84,26", "58,42", "90,15", "| 2 | Phường 2"),
    *_row_147("Phường 2", "2.986", "81,37", "55,16", "88,42", "| 3 | Phường 3"),
    *_row_147("Phường 3", "4.127", "86,05", "60,37", "91,07", "| 4 | Phường 5"),
    *_row_147("Phường 5", "3.058", "80,12", "53,80", "87,63", "| 5 | Phường 7"),
    *_row_147("Phường 7", "4.562", "91,36", "63,25", "93,84", "| 6 | Phường 8"),
    *_row_147("Phường 8", "3.471", "78,94", "52,71", "86,20", "| 7 | Phường Nhà Mát"),
    *_row_147("Phường Nhà Mát", "2.683", "72,48", "48,09", "82,55", "| 8 | Xã Vĩnh Trạch"),
    *_row_147("Xã Vĩnh Trạch", "2.894", "70,15", "47,36", "80,36", "| 9 | Xã Vĩnh Trạch Đông"),
    *_row_147("Xã Vĩnh Trạch Đông", "2.137", "62,18", "41,52", "76,91", "| 10 | Xã Hiệp Thành"),
    *_row_147("Xã Hiệp Thành", "2.376", "66,73", "45,18", "79,48", "\n3. Thanh toán"),
    # I.3 targets by level after "tương ứng là" (2024: the period end), both "đạt chỉ tiêu"
    _huyen("cấp huyện đạt 61,27%", "61,27%", 61.27, "%", code=_TT, target=55, stated_status="đạt"),
    _xa("cấp xã đạt 54,09%", "54,09%", 54.09, "%", code=_TT, target=50, stated_status="đạt"),
    _huyen("là 55% và", "55%", 55, "%", T, code=_TT),
    _xa("và 50% thì", "50%", 50, "%", T, code=_TT),
    _huyen("huyện là 94,16%", "94,16%", 94.16, "%", code=_SH),
    _xa("xã là 86,52%", "86,52%", 86.52, "%", code=_SH),
    # I.4 the city's PAKN (0291.3824.155 is a phone number)
    _city("tiếp nhận 16 phản ánh", "16", 16, "PAKN", C, code=_PAKN_TN),
    _city("xử lý 15 PAKN", "15", 15, "PAKN", C, code=_PAKN_XL),
    _city("(đạt 93,75%)", "93,75%", 93.75, "%", code="pakn.ty_le_xu_ly"),
    # I.5 rank among the province's 7 district-level units; năm 2023 dated 2023-12-31
    _city("đạt 89,54 điểm", "89,54", 89.54, "điểm", code=_TONG),
    _city("thứ 1/7", "1/7", 1, "hạng", R, max_value=7, code=_HANG),
    _city("thứ 2/7)", "2/7", 2, "hạng", PR, max_value=7, as_of=_Y2023, code=_HANG),
    F("đạt 84,95 điểm", "84,95", 84.95, "điểm", subject=ANY, level="xã", code=_TONG),
    # the ranking of the 10 wards and communes as a dash list
    *_ranked_147("1", "Phường 7", "92,48"),
    *_ranked_147("2", "Phường 3", "90,16"),
    *_ranked_147("3", "Phường 1", "89,73"),
    *_ranked_147("4", "Phường 2", "87,95"),
    *_ranked_147("5", "Phường 5", "86,41"),
    *_ranked_147("6", "Phường 8", "85,07"),
    *_ranked_147("7", "Phường Nhà Mát", "83,62"),
    *_ranked_147("8", "Xã Vĩnh Trạch", "80,39"),
    *_ranked_147("9", "Xã Hiệp Thành", "78,05"),
    *_ranked_147("10", "Xã Vĩnh Trạch Đông", "75,62"),
    # III.4 the wards' and communes' target for 2025
    F("tối thiểu 60%", "60%", 60, "%", T, subject="UBND các phường, xã", level="xã", as_of="2025-12-31",
      code=_TT),
]

# ------------------------------------------------------------ 148: VP UBND tỉnh Tiền Giang, tháng 4 năm 2025
_MAR_148 = "2025-03-31"


def _group_148(code: str, march: str, april: str, change: str, after: str) -> list[Fact]:
    """One Markdown row of a group (or the total): score at 31/3/2025 (dated 2025-03-31), score at
    30/4/2025 and the signed change. No maximum is written in the table."""
    cells = [(march, "điểm", P, code, _MAR_148), (april, "điểm", P, code, "period"),
             (change, "điểm", CH, code, "period")]
    return _cells(None, None, cells, after, " | ", " |\n")


def _agency_148(rank: str, subject: str, march: str, april: str, grade: str, after: str) -> list[Fact]:
    """One tab-separated row of an agency: rank first (plain number among the 12), then its score at
    31/3/2025 (dated 2025-03-31) and at 30/4/2025; the grade is text."""
    rank_fact = F(f"\n{rank}\t{subject}\t", rank, _num(rank), "hạng", R, subject=subject, level="tỉnh",
                  code=_HANG, extra=TAB)
    cells = [(march, "điểm", P, _TONG, _MAR_148), (april, "điểm", P, _TONG, "period")]
    return [rank_fact, *_cells(subject, "tỉnh", cells, after, "\t", f"\t{grade}\n")]


BLIND_148 = [
    # I. (1385/QĐ-UBND of 12/6/2023 is cited; "16 giờ 30 ngày 30/4/2025" is a time); 31/3/2025 dated 2025-03-31
    F("đạt 85,12/100", "85,12/100", 85.12, "điểm", max_value=100, code=_TONG),
    F("thứ 14/63", "14/63", 14, "hạng", R, max_value=63, code=_HANG),
    F("(83,47 điểm", "83,47", 83.47, "điểm", PR, max_value=100, as_of=_MAR_148, code=_TONG),
    F("thứ 19/63)", "19/63", 19, "hạng", PR, max_value=63, as_of=_MAR_148, code=_HANG),
    F("tăng 1,65 điểm", "1,65", 1.65, "điểm", CH, code=_TONG),
    F("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    # Markdown table of the six groups and the total
    *_group_148("766.cong_khai", "16,48", "16,72", "+0,24", "| 2 | Tiến độ"),
    *_group_148("766.tien_do", "19,21", "19,36", "+0,15", "| 3 | Dịch vụ"),
    *_group_148("766.dvctt", "8,64", "9,03", "+0,39", "| 4 | Thanh toán"),
    *_group_148("766.thanh_toan", "5,87", "6,55", "+0,68", "| 5 | Mức độ"),
    *_group_148("766.hai_long", "17,93", "17,88", "-0,05", "| 6 | Số hóa"),
    *_group_148("766.so_hoa", "15,34", "15,58", "+0,24", "| | Tổng điểm"),
    *_group_148(_TONG, "83,47", "85,12", "+1,65", "\nNhóm Thanh toán"),
    F("toàn tỉnh đạt 47,26%", "47,26%", 47.26, "%", code=_TT),
    F("tăng 4,18%", "4,18%", 4.18, "%", CH, code=_TT),
    F("phát sinh 03 phản ánh", "03", 3, "PAKN", C, subject=ANY, level="xã", code=ANY),
    # II.1 the agencies' average, grade counts, ranking table (rank first, in rank order)
    F("đạt 88,64 điểm", "88,64", 88.64, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("2025: 87,32 điểm", "87,32", 87.32, "điểm", PR, subject=ANY, level="tỉnh", as_of=_MAR_148, code=_TONG),
    F("Có 09/12", "09/12", 9, "đơn vị", C, max_value=12, subject=ANY, level="tỉnh", code=None),
    F("Tốt, 02 cơ quan", "02", 2, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("và 01 cơ quan", "01", 1, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    *_agency_148("1", "Sở Tư pháp", "93,85", "95,12", "Tốt", "2\tSở Công Thương"),
    *_agency_148("2", "Sở Công Thương", "92,40", "94,36", "Tốt", "3\tSở Y tế"),
    *_agency_148("3", "Sở Y tế", "91,76", "93,08", "Tốt", "4\tSở Giáo dục"),
    *_agency_148("4", "Sở Giáo dục và Đào tạo", "90,52", "91,94", "Tốt", "5\tSở Khoa học"),
    *_agency_148("5", "Sở Khoa học và Công nghệ", "88,13", "91,27", "Tốt", "6\tSở Văn hóa"),
    *_agency_148("6", "Sở Văn hóa, Thể thao và Du lịch", "89,67", "90,45", "Tốt", "7\tSở Nội vụ"),
    *_agency_148("7", "Sở Nội vụ", "87,21", "89,30", "Tốt", "8\tBan Quản lý"),
    *_agency_148("8", "Ban Quản lý các khu công nghiệp", "88,95", "88,71", "Tốt", "9\tSở Tài chính"),
    *_agency_148("9", "Sở Tài chính", "85,44", "87,16", "Tốt", "10\tSở Xây dựng"),
    *_agency_148("10", "Sở Xây dựng", "82,06", "84,53", "Khá", "11\tThanh tra"),
    *_agency_148("11", "Thanh tra tỉnh", "81,37", "82,90", "Khá", "12\tSở Nông nghiệp"),
    *_agency_148("12", "Sở Nông nghiệp và Môi trường", "76,49", "74,86", "Trung bình", "\n2. Khối huyện"),
    # II.2 the districts' average and three units
    F("đạt 82,36 điểm", "82,36", 82.36, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("2025: 80,95 điểm", "80,95", 80.95, "điểm", PR, subject=ANY, level="huyện", as_of=_MAR_148, code=_TONG),
    F("Mỹ Tho (89,27 điểm)", "89,27", 89.27, "điểm", subject="thành phố Mỹ Tho", level="huyện", code=_TONG),
    F("Cai Lậy (87,64 điểm)", "87,64", 87.64, "điểm", subject="thị xã Cai Lậy", level="huyện", code=_TONG),
    F("Đông (74,18 điểm)", "74,18", 74.18, "điểm", subject="huyện Tân Phú Đông", level="huyện", code=_TONG),
    F("giảm 1,12 điểm", "1,12", -1.12, "điểm", CH, subject="huyện Tân Phú Đông", level="huyện", code=_TONG),
    F("là 93,41%", "93,41%", 93.41, "%", subject="cấp tỉnh", level="tỉnh", code=_NOP),
    F("%, 76,28%", "76,28%", 76.28, "%", subject="cấp huyện", level="huyện", code=_NOP),
    F("và 61,95%", "61,95%", 61.95, "%", subject="cấp xã", level="xã", code=_NOP),
    # III.3 the province's target by the end of quý II năm 2025 (in the task of Sở Tài chính)
    F("tối thiểu 55%", "55%", 55, "%", T, as_of="2025-06-30", code=_TT),
]

BLIND = {"145": BLIND_145, "146": BLIND_146, "147": BLIND_147, "148": BLIND_148}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "145": [
        ("2024-09-20", "day", "20/9/2024", "giải quyết dứt điểm hồ sơ đất đai quá hạn",
         "UBND huyện Vị Xuyên, UBND huyện Bắc Quang"),
        ("2024-10-31", "month", "tháng 10/2024", "tích hợp chức năng thanh toán trực tuyến",
         "Sở Thông tin và Truyền thông"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "mở rộng kênh thanh toán", "Sở Tài chính"),
        ("2024-11-15", "day", "ngày 15 tháng 11 năm 2024", "kiểm tra việc số hóa hồ sơ", "Văn phòng UBND tỉnh"),
        # issued 06/9/2024: the first "ngày 18 hằng tháng" is 18/9/2024
        ("2024-09-18", "recurring", "18 hằng tháng", "báo cáo kết quả thực hiện Bộ chỉ số",
         "Các sở, ban, ngành, UBND các huyện, thành phố"),
    ],
    "146": [
        ("2024-10-18", "day", "18/10/2024", "giải quyết dứt điểm các hồ sơ quá hạn",
         "Phòng Quản lý hoạt động xây dựng"),
        ("2024-11-30", "month", "tháng 11/2024", "cung cấp dịch vụ công trực tuyến toàn trình", "Văn phòng Sở"),
        ("2024-12-31", "year", "năm 2024", "khai thác, sử dụng lại thông tin", "Văn phòng Sở"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "kiểm tra việc tiếp nhận, giải quyết hồ sơ", "Thanh tra Sở"),
        # issued 04/10/2024: the first "ngày 12 hằng tháng" is 12/10/2024
        ("2024-10-12", "recurring", "12 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "147": [
        ("2025-01-20", "day", "20/01/2025", "xây dựng kế hoạch khắc phục các chỉ số đạt thấp",
         "UBND xã Vĩnh Trạch Đông, UBND xã Hiệp Thành"),
        ("2025-02-14", "day", "ngày 14 tháng 02 năm 2025", "ban hành Kế hoạch kiểm soát TTHC năm 2025",
         "Văn phòng HĐND và UBND thành phố"),
        ("2025-06-30", "quarter", "quý II năm 2025", "kiểm tra công tác cải cách TTHC", "Phòng Nội vụ"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "UBND các phường, xã"),
        # issued 08/01/2025: the first "ngày 18 hằng tháng" is 18/01/2025
        ("2025-01-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các cơ quan chuyên môn thuộc UBND thành phố và UBND các phường, xã"),
    ],
    "148": [
        ("2025-05-20", "day", "20/5/2025", "xây dựng kế hoạch khắc phục",
         "Sở Nông nghiệp và Môi trường, UBND huyện Tân Phú Đông"),
        ("2025-06-30", "month", "tháng 6/2025", "đồng bộ dữ liệu", "Sở Khoa học và Công nghệ"),
        ("2025-06-30", "quarter", "quý II năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-05-30", "day", "ngày 30 tháng 5 năm 2025", "gửi báo cáo giải trình",
         "Các cơ quan xếp loại Khá, Trung bình"),
        # issued 07/5/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/6/2025
        ("2025-06-05", "recurring", "05 hằng tháng", "báo cáo kết quả khắc phục",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind12.py's META).
# 145's issuer is UBND tỉnh Hà Giang, period stated as 01/8–31/8/2024; 146's issuer is Sở Xây dựng under
# "UBND TỈNH ĐỒNG NAI"; 147's issuer is a city under the province (province named in "Kính gửi"), an annual
# report issued in January 2025; 148's issuer is the Văn phòng of UBND tỉnh Tiền Giang, period the month in
# its title.
META = {
    "145": {"doc_number": "318/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-09-06",
            "province": "Hà Giang", "period_label": "tháng 8 năm 2024", "period_start": "2024-08-01",
            "period_end": "2024-08-31", "signer": "Hoàng Gia Long"},
    "146": {"doc_number": "4127/BC-SXD", "doc_type": "Báo cáo", "issued_date": "2024-10-04",
            "province": "Đồng Nai", "period_label": "quý III năm 2024", "period_start": "2024-07-01",
            "period_end": "2024-09-30", "signer": "Phan Thanh Tùng"},
    "147": {"doc_number": "05/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-01-08",
            "province": "Bạc Liêu", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Trần Quốc Nam"},
    "148": {"doc_number": "52/BC-VPUBND", "doc_type": "Báo cáo", "issued_date": "2025-05-07",
            "province": "Tiền Giang", "period_label": "tháng 4 năm 2025", "period_start": "2025-04-01",
            "period_end": "2025-04-30", "signer": "Nguyễn Hoàng Phúc"},
}
