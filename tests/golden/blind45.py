"""Blind golden facts for corpus/blind45/300_thanh_hoa.txt, 301_vinh_long.txt, 302_ninh_binh.txt,
303_lao_cai.txt and 304_kon_tum.txt.

The five documents were written by the developers for a forty-fifth blind measurement (new issuers, wording and
layouts; not real documents), and every row below was written by reading them, before any extraction,
restoration or pipeline code was run on them. They also serve as held-out text for diacritic restoration
(marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind13.py … blind16.py: rows use `golden.facts.Fact` (context string
that occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`;
table cells are kind `value` with `extra={"source": "table"}`; `as_of="period"` is the period's end; `ANY`
leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names
none). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of the files
an indicator is computed on carries that indicator's code; every "đã giải quyết" count and the parts of a
received whole have their code unchecked; a relative change of a count has its code unchecked. A count of
local units takes the unit of its first unit word ("148/166 xã, phường" → `xã`; "08 xã, phường" → `xã`);
counts of "sở, ngành"/"đơn vị" → `đơn vị` at the level of the bodies counted; "129 đơn vị hành chính cấp xã
(97 xã, 32 phường)" → subject `cấp xã`, level xã. Files of one field or one kind of service have subject ANY at
the issuer's level. A change is dated with the figure it changes; a fall is negative. Dates, document numbers,
cited plans, letters, decisions and resolutions ("Kế hoạch số 14/KH-UBND", "Công văn số 9183/UBND-KSTTHC",
"Quyết định số 1562/QĐ-UBND", "Nghị quyết số 25/NQ-HĐND", "Quyết định số 412/QĐ-UBND", "Kế hoạch số
236/KH-UBND"), reporting and monitoring windows ("từ ngày 14/10/2025 đến ngày 31/10/2025"), section numbering
("I.", "1.", "a)"), the STT column, phone numbers ("0237.3852.417", "0270.3822.530", "0216.3852.364",
"0260.3821.142"), addresses ("số 28 đại lộ Lê Lợi", "số 47 đường Lê Văn Tám"), "Tổng đài 1022 Thanh Hóa",
school years ("năm học 2025-2026"), "lớp 1", "lớp 6", "lớp 10", "từ 1995 đến 2025", "từ 14 tuổi trở lên",
"giai đoạn 2020-2024", headings naming the next period ("III. NHIỆM VỤ HỌC KỲ II NĂM HỌC 2025-2026", "III.
NHIỆM VỤ QUÝ III NĂM 2025", "III. NHIỆM VỤ QUÝ IV NĂM 2025", "III. CHỈ TIÊU NĂM 2025": no deadlines) and years
are not figures.

New in this set:
- 300 is a Báo cáo of Sở Giáo dục và Đào tạo tỉnh Thanh Hóa (header "UBND TỈNH THANH HÓA / SỞ GIÁO DỤC VÀ ĐÀO
  TẠO") for "học kỳ I năm học 2025-2026", a school term, whose data window is stated "(số liệu tính từ ngày
  01/9/2025 đến ngày 15/01/2026)": period 2025-09-01 … 2026-01-15, issued 21/01/2026. The Sở's own figures
  have subject "Sở Giáo dục và Đào tạo", level tỉnh. "ngành … đang thực hiện 96 TTHC" counts the sector's
  procedures at both levels (subject, level and code unchecked); "71 TTHC thuộc thẩm quyền giải quyết của Sở"
  is the Sở's total; "25 TTHC thuộc thẩm quyền của UBND cấp xã" is at level xã (subject unchecked). The
  diploma services are a dash list (one kind of service each: subject ANY, level tỉnh, code unchecked).
  "1.126.418 bản ghi" is a count with unit `bản ghi`. The enrolment figures are stated for "toàn tỉnh"
  (subject NULL): candidates (unit `thí sinh`), a share, "tăng 6,63% so với năm học 2024-2025" (change,
  code unchecked), "148/166 xã, phường" (unit xã, max 166, subject "cấp xã"), grade-1 and grade-6 shares
  after "lần lượt là". "so với chỉ tiêu năm 2025 UBND tỉnh giao là 80% thì đã đạt chỉ tiêu": the Sở's target
  dated 2025-12-31, 86,52% carries it with status "đạt". "Tính đến ngày 31/12/2025": the score, rank and the
  six group scores are dated 2025-12-31, a date inside the term before its end (not the period end); "(tại
  ngày 30/9/2025 đạt 88,70 điểm, xếp thứ 7/19)" are previous values dated 2025-09-30 (the Sở's score has no
  max). "09/09 PAKN" is one count (max 9); the PAKN parts by channel are bare (code unchecked). Five
  deadlines: day, month, "chậm nhất" day in words, quarter, "trước ngày 18 hằng tháng" (issued 21/01/2026:
  first 18/02/2026).
- 301 is a quarterly Báo cáo of Sở Y tế tỉnh Vĩnh Long (header "UBND TỈNH VĨNH LONG / SỞ Y TẾ"), quý II năm
  2025, issued 09/7/2025 after the 1 July 2025 merger of Vĩnh Long, Bến Tre and Trà Vinh, adding up the three
  former Sở's figures. The Sở's figures have subject "Sở Y tế", level tỉnh; the bracketed parts "Sở Y tế tỉnh
  Bến Tre cũ 2.207 hồ sơ" and the three online shares after "tương ứng là" have the former Sở as subject, as
  written ("Sở Y tế tỉnh Vĩnh Long cũ", …), level tỉnh. "13 lĩnh vực" is a count with code None; "còn 07
  TTHC chưa cung cấp" carries the not-offered code. "tăng 512 hồ sơ so với quý I năm 2025 (5.772 hồ sơ)"
  and "(quý I năm 2025: 65,40%)" are a change and previous values dated 2025-03-31. Its tab-separated table
  by field (units in the headers: received, submitted online, online share, settled, overdue; a "100" and four
  "0" cells) has a "Tổng cộng" row with an empty STT cell (= the Sở; its figures are also in the prose).
  Licences and certificates are counts with units `giấy phép`, `chứng chỉ`, `giấy chứng nhận`; "tương ứng tăng
  14,6% và 9,3%" are relative changes of the two counts (code unchecked). "chưa đạt chỉ tiêu năm 2025 là 80%":
  the target dated 2025-12-31, 72,85% carries it with status "chưa đạt"; the task's "đạt tối thiểu 80%" is the
  Sở's target again. Six deadlines: day, "chậm nhất" day in words, month, year ("đến hết năm 2025", with the
  target), quarter, "trước ngày 15 hằng tháng" (issued 09/7/2025: first 15/7/2025).
- 302 is a Báo cáo kết quả giám sát of the Ban Pháp chế HĐND tỉnh Ninh Bình (header "HĐND TỈNH NINH BÌNH /
  BAN PHÁP CHẾ"), quý III năm 2025 (the first quarter of the merged province), issued 12/11/2025. It quotes the
  UBND's figures ("Theo Báo cáo số 512/BC-UBND …") and sets its own verified figures against them. Every
  province-wide figure has subject NULL, whether quoted or verified; both are values at the period end. Its
  Markdown table has two value columns, "Theo báo cáo của UBND tỉnh" and "Theo kết quả giám sát", one row per
  indicator (five shares with "(%)" in the row label, one count of overdue files "(hồ sơ)"): both columns are
  the province's, code from the row. "05 sở, ngành" (unit đơn vị, level tỉnh) and "08 xã, phường" (unit xã,
  level xã; written three times) are counts of the bodies monitored, code None, subject unchecked.
  "1.216/1.540 hồ sơ" is one count (max 1540), code unchecked like its share. "03 đơn vị" among the 08 is a
  count at level xã. Best and worst units in brackets, then a dash list of the 08 units each with "số liệu
  báo cáo x%, kết quả giám sát y%" (online shares, subject as written, "Phường Hoa Lư", "Xã Hải Hậu", level
  xã). "11 PAKN đã quá thời hạn xử lý" carries the overdue-PAKN code. "đặt chỉ tiêu năm 2025: … tối thiểu 80% và
  … tối thiểu 60%" are the province's targets dated 2025-12-31; the next sentence's two verified shares carry
  them in order with status "chưa đạt" ("cả hai chỉ tiêu đều chưa đạt"). "tăng 2 bậc so với tháng 8/2025 (thứ
  14/34)": rank change and previous rank dated 2025-08-31; ranks out of 34. Five deadlines: day (for "UBND
  tỉnh", the body asked, "Đề nghị UBND tỉnh chỉ đạo …"), quarter, month, "chậm nhất" day in words, "trước ngày
  25 hằng tháng" (issued 12/11/2025: first 25/11/2025).
- 303 is a Báo cáo of Sở Xây dựng tỉnh Lào Cai (merged with the Sở Giao thông vận tải on 01/3/2025, then
  reorganised after the 1 July 2025 merger with Yên Bái), 9 tháng năm 2025, issued 06/10/2025. The Sở's
  figures have subject "Sở Xây dựng", level tỉnh. "cùng kỳ năm 2024 (29.815 hồ sơ)" is a previous value dated
  2024-09-30. Driving licences were handed to the police on 01/3/2025: the figures stated "Từ ngày 01/01/2025
  đến ngày 28/02/2025" are dated 2025-02-28 (subject unchecked: two former Sở GTVT jointly; level tỉnh);
  "nộp trực tuyến 100%" is one of them. Transport services and the Sở's construction permits are per kind of
  service (subject ANY for the dash list, the Sở for "Sở tiếp nhận 96 hồ sơ …"; codes unchecked; permits in
  unit `giấy phép`; "11,4 ngày/hồ sơ" the processing time of permits, code unchecked). Permits for houses
  "Trong quý III năm 2025" (ends at the period end) are at "UBND cấp xã" (subject as written, level xã). "tăng
  12,38% so với 6 tháng đầu năm 2025 (69,08%)": a change and a previous value dated 2025-06-30. "Tại ngày
  30/9/2025" is the period end; "(tại ngày 31/8/2025 đạt 87,12 điểm, xếp thứ 12/18)" are previous values dated
  2025-08-31 (no max on the score); rank among 18 agencies; "điểm bình quân của khối sở, ban, ngành" is a
  level average (subject ANY, level tỉnh). Six deadlines: day, "chậm nhất" day in words, month, year (with the
  Sở's target), quarter, "trước ngày 20 hằng tháng" (issued 06/10/2025: first 20/10/2025).
- 304 is a Kế hoạch of UBND huyện Đắk Hà (header "ỦY BAN NHÂN DÂN / HUYỆN ĐẮK HÀ"; tỉnh Kon Tum named in the
  cited plan and "Nơi nhận"), năm 2025, issued 16/01/2025, before the merger. Its 2024 results are dated
  2024-12-31: under "a) Cấp huyện" subject "cấp huyện", under "b) Cấp xã" subject "cấp xã", "toàn huyện" and
  the district's score the issuer ("UBND huyện Đắk Hà", level huyện); "tăng 14,36% so với năm 2023 (38,63%)"
  is a change dated 2024-12-31 and a previous value dated 2023-12-31; "(năm 2023 xếp thứ 7/10)" likewise.
  The dash list of the 11 xã, thị trấn (subject as written, "Thị trấn Đắk Hà", "Xã Đắk PXi", level xã) gives
  files received and the online share in 2024. "11 đơn vị hành chính cấp xã (10 xã và 01 thị trấn)" are counts
  of cấp xã (units `đơn vị`, `xã`, `thị trấn`) at the period end. The targets for 2025 (kind target, at the
  period end) are by level where the line names one (cấp huyện, cấp xã), else the district's; "từ 88 điểm"
  has no max. "08/08 PAKN" is one count (max 8). The Markdown task table (STT, task, lead body, partner body,
  deadline) holds no figure; its deadlines are a day, a quarter, a month, a day, a day in words, a year ("Năm
  2025"), "Thường xuyên" (none) and "Trước ngày 22 hằng tháng" (issued 16/01/2025: first 22/01/2025), the
  assignee being the lead body ("Đơn vị chủ trì"); one more day deadline in section V.
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
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_CHUA = "766.dvctt.chua_cung_cap"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_Y2025 = "2025-12-31"


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 300: Sở GD&ĐT tỉnh Thanh Hóa, học kỳ I năm học 2025-2026
_SGD = "Sở Giáo dục và Đào tạo"
_DEC_300 = "2025-12-31"
_SEP_300 = "2025-09-30"


def _sgd(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SGD, level="tỉnh", **kw)


def _service_300(context: str, raw: str, value: float, unit: str, kind: str = P) -> Fact:
    """A figure of one kind of diploma service (subject unchecked, level tỉnh, code unchecked)."""
    return F(context, raw, value, unit, kind, subject=ANY, level="tỉnh", code=ANY)


def _group_300(context: str, raw: str, code: str) -> Fact:
    """One of the Sở's six group scores `x/max`, dated 31/12/2025."""
    score, top = raw.split("/")
    return _sgd(context, raw, _num(score), "điểm", max_value=_num(top), as_of=_DEC_300, code=code)


BLIND_300 = [
    # I.1 (14/KH-UBND of 13/01/2025 and 9183/UBND-KSTTHC of 26/12/2025 cited; "số 28 đại lộ Lê Lợi" an address)
    F("đang thực hiện 96 TTHC", "96", 96, "TTHC", C, subject=ANY, level=ANY, code=ANY),
    _sgd("gồm 71 TTHC", "71", 71, "TTHC", C, code=_TTHC),
    F("và 25 TTHC", "25", 25, "TTHC", C, subject=ANY, level="xã", code=ANY),
    _sgd("ban hành 03 quyết định", "03", 3, "quyết định", C, code=None),
    _sgd("có 58 TTHC", "58", 58, "TTHC", C, code=_TOAN),
    _sgd("(chiếm 81,69%)", "81,69%", 81.69, "%", code=_TOAN),
    _sgd("và 13 TTHC", "13", 13, "TTHC", C, code=_MOT),
    # I.2 the whole and its two parts
    _sgd("Sở tiếp nhận 4.826", "4.826", 4826, "hồ sơ", C, code=_TN),
    _sgd("chuyển sang 137", "137", 137, "hồ sơ", C, code=ANY),
    _sgd("mới 4.689", "4.689", 4689, "hồ sơ", C, code=ANY),
    _sgd("tăng 9,4%", "9,4%", 9.4, "%", CH, code=ANY),
    _sgd("là 4.402", "4.402", 4402, "hồ sơ", C, code=_NOP),
    _sgd("chiếm 93,88%", "93,88%", 93.88, "%", code=_NOP),
    _sgd("giải quyết 4.715", "4.715", 4715, "hồ sơ", C, code=ANY),
    _sgd("đúng hạn 4.709", "4.709", 4709, "hồ sơ", C, code=_DH),
    _sgd("(đạt 99,87%)", "99,87%", 99.87, "%", code=_DH),
    _sgd("quá hạn 06", "06", 6, "hồ sơ", C, code=_QH),
    _sgd("Còn 111", "111", 111, "hồ sơ", C, code=ANY),
    # I.3 dash list of diploma services; the digitised register ("từ 1995 đến 2025" are years)
    _service_300("sổ gốc: 2.913", "2.913", 2913, "hồ sơ", C),
    _service_300("trực tuyến 2.847", "2.847", 2847, "hồ sơ", C),
    _service_300("(97,73%)", "97,73%", 97.73, "%"),
    _service_300("chứng chỉ: 184", "184", 184, "hồ sơ", C),
    _service_300("trực tuyến 162", "162", 162, "hồ sơ", C),
    _service_300("(88,04%)", "88,04%", 88.04, "%"),
    _service_300("đơn vị: 412", "412", 412, "hồ sơ", C),
    _service_300("tổ chức đạt 100%", "100%", 100, "%"),
    _sgd("với 1.126.418", "1.126.418", 1126418, "bản ghi", C, code=ANY),
    _sgd("đạt 94,35%", "94,35%", 94.35, "%", code=ANY),
    # I.4 enrolment, stated for "toàn tỉnh" (subject NULL); "lớp 10", "lớp 1", "lớp 6" are no figures
    F("có 43.218", "43.218", 43218, "thí sinh", C, code=ANY),
    F("đó 39.906", "39.906", 39906, "thí sinh", C, code=ANY),
    F("chiếm 92,34%", "92,34%", 92.34, "%", code=ANY),
    F("tăng 6,63%", "6,63%", 6.63, "%", CH, code=ANY),
    F("có 148/166", "148/166", 148, "xã", C, max_value=166, subject="cấp xã", level="xã", code=None),
    F("lần lượt là 78,45%", "78,45%", 78.45, "%", code=ANY),
    F("và 74,12%", "74,12%", 74.12, "%", code=ANY),
    # I.5 the Sở's 2025 target (dated at the year's end), "đã đạt chỉ tiêu"
    _sgd("Sở đạt 86,52%", "86,52%", 86.52, "%", code=_TT, target=80, stated_status="đạt"),
    _sgd("giao là 80%", "80%", 80, "%", T, as_of=_Y2025, code=_TT),
    _sgd("đạt 98,41%", "98,41%", 98.41, "%", code=_SH),
    _sgd("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    _sgd("đạt 63,27%", "63,27%", 63.27, "%", code=_TSD),
    # I.6 ("Tổng đài 1022 Thanh Hóa" is a name)
    _sgd("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _sgd("Thanh Hóa 05 PAKN", "05", 5, "PAKN", C, code=ANY),
    _sgd("quốc gia 04 PAKN", "04", 4, "PAKN", C, code=ANY),
    _sgd("xong 09/09", "09/09", 9, "PAKN", C, max_value=9, code=_PAKN_XL),
    _sgd("đạt 97,64%", "97,64%", 97.64, "%", code=_HL),
    # I.7 dated 31/12/2025 (inside the term); 30/9/2025 dates the previous values; rank among 19 agencies
    _sgd("đạt 91,26 điểm", "91,26", 91.26, "điểm", as_of=_DEC_300, code=_TONG),
    _sgd("thứ 4/19", "4/19", 4, "hạng", R, max_value=19, as_of=_DEC_300, code=_HANG),
    _sgd("đạt 88,70 điểm", "88,70", 88.70, "điểm", PR, as_of=_SEP_300, code=_TONG),
    _sgd("thứ 7/19)", "7/19", 7, "hạng", PR, max_value=19, as_of=_SEP_300, code=_HANG),
    _group_300("minh bạch 17,52/18", "17,52/18", "766.cong_khai"),
    _group_300("giải quyết 19,84/20", "19,84/20", "766.tien_do"),
    _group_300("trực tuyến 11,06/12", "11,06/12", "766.dvctt"),
    _group_300("trực tuyến 8,65/10", "8,65/10", "766.thanh_toan"),
    _group_300("hài lòng 17,88/18", "17,88/18", "766.hai_long"),
    _group_300("hồ sơ 16,31/22", "16,31/22", "766.so_hoa"),
    # III. (0237.3852.417 is a phone number)
]

# ------------------------------------------------------------ 301: Sở Y tế tỉnh Vĩnh Long, quý II năm 2025
_SYT = "Sở Y tế"
_Q1_2025 = "2025-03-31"
_VL, _BT, _TV = "Sở Y tế tỉnh Vĩnh Long cũ", "Sở Y tế tỉnh Bến Tre cũ", "Sở Y tế tỉnh Trà Vinh cũ"


def _syt(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SYT, level="tỉnh", **kw)


def _row_301(subject: object, received: str, online: str, share: str, settled: str, overdue: str,
             after: str) -> list[Fact]:
    """One tab-separated row of a field (or the total): received, submitted online, online share, settled,
    overdue. STT is no figure; the units come from the headers."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (share, "%", P, _NOP, "period"), (settled, "hồ sơ", P, ANY, "period"),
             (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "tỉnh", cells, after, "\t", "\n")


BLIND_301 = [
    # I.1 (1562/QĐ-UBND of 01/7/2025 cited)
    _syt("gồm 152 TTHC", "152", 152, "TTHC", C, code=_TTHC),
    _syt("thuộc 13 lĩnh vực", "13", 13, "lĩnh vực", C, code=None),
    _syt("toàn trình 118", "118", 118, "TTHC", C, code=_TOAN),
    _syt("một phần 27", "27", 27, "TTHC", C, code=_MOT),
    _syt("còn 07 TTHC", "07", 7, "TTHC", C, code=_CHUA),
    # I.2 the former Sở's parts; quý I năm 2025 dated 2025-03-31
    _syt("Sở tiếp nhận 6.284", "6.284", 6284, "hồ sơ", C, code=_TN),
    F("cũ 2.315", "2.315", 2315, "hồ sơ", C, subject=_VL, level="tỉnh", code=_TN),
    F("cũ 2.207", "2.207", 2207, "hồ sơ", C, subject=_BT, level="tỉnh", code=_TN),
    F("cũ 1.762", "1.762", 1762, "hồ sơ", C, subject=_TV, level="tỉnh", code=_TN),
    _syt("tăng 512 hồ sơ", "512", 512, "hồ sơ", CH, code=_TN),
    _syt("(5.772 hồ sơ)", "5.772", 5772, "hồ sơ", PR, as_of=_Q1_2025, code=_TN),
    _syt("là 5.418", "5.418", 5418, "hồ sơ", C, code=_NOP),
    _syt("đạt 86,22%", "86,22%", 86.22, "%", code=_NOP),
    F("tương ứng là 88,42%", "88,42%", 88.42, "%", subject=_VL, level="tỉnh", code=_NOP),
    F(", 85,36%", "85,36%", 85.36, "%", subject=_BT, level="tỉnh", code=_NOP),
    F("và 84,39%", "84,39%", 84.39, "%", subject=_TV, level="tỉnh", code=_NOP),
    _syt("giải quyết 6.031", "6.031", 6031, "hồ sơ", C, code=ANY),
    _syt("đúng hạn 5.997", "5.997", 5997, "hồ sơ", C, code=_DH),
    _syt("(99,44%)", "99,44%", 99.44, "%", code=_DH),
    _syt("quá hạn 34 hồ sơ", "34", 34, "hồ sơ", C, code=_QH),
    _syt("chiếm 0,56%", "0,56%", 0.56, "%", code=_QH),
    F("chữa bệnh 29 hồ sơ", "29", 29, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    # tab-separated table by field, "Tổng cộng" row (= the Sở)
    *_row_301(ANY, "2.846", "2.391", "84,01", "2.715", "29", "2\tDược phẩm"),
    *_row_301(ANY, "1.937", "1.744", "90,04", "1.868", "3", "3\tMỹ phẩm"),
    *_row_301(ANY, "284", "279", "98,24", "276", "0", "4\tAn toàn"),
    *_row_301(ANY, "718", "603", "83,98", "694", "2", "5\tY tế"),
    *_row_301(ANY, "196", "158", "80,61", "189", "0", "6\tTrang thiết bị"),
    *_row_301(ANY, "139", "139", "100", "131", "0", "7\tCác lĩnh vực"),
    *_row_301(ANY, "164", "104", "63,41", "158", "0", "\tTổng cộng"),
    *_row_301(_SYT, "6.284", "5.418", "86,22", "6.031", "34", "\n3. Giấy phép"),
    # I.3 licences and certificates (one kind of service: subject unchecked; what the Sở granted: the Sở)
    F("điều chỉnh): 1.326", "1.326", 1326, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("toàn trình 1.158", "1.158", 1158, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("(87,33%)", "87,33%", 87.33, "%", subject=ANY, level="tỉnh", code=ANY),
    F("cấp 1.274 giấy phép", "1.274", 1274, "giấy phép", C, subject=ANY, level="tỉnh", code=ANY),
    _syt("cấp 598 chứng chỉ", "598", 598, "chứng chỉ", C, code=ANY),
    _syt("và 541 giấy chứng nhận", "541", 541, "giấy chứng nhận", C, code=ANY),
    _syt("tăng 14,6%", "14,6%", 14.6, "%", CH, code=ANY),
    _syt("và 9,3%", "9,3%", 9.3, "%", CH, code=ANY),
    # I.4 the 2025 target (dated at the year's end), "chưa đạt"
    _syt("Sở đạt 72,85%", "72,85%", 72.85, "%", code=_TT, target=80, stated_status="chưa đạt"),
    _syt("2025: 65,40%)", "65,40%", 65.40, "%", PR, as_of=_Q1_2025, code=_TT),
    _syt("năm 2025 là 80%", "80%", 80, "%", T, as_of=_Y2025, code=_TT),
    _syt("đạt 95,37%", "95,37%", 95.37, "%", code=_SH),
    _syt("đạt 97,12%", "97,12%", 97.12, "%", code=_KQ),
    _syt("đạt 48,05%", "48,05%", 48.05, "%", code=_TSD),
    # I.5
    _syt("tiếp nhận 11 phản ánh", "11", 11, "PAKN", C, code=_PAKN_TN),
    _syt("xử lý 10 PAKN", "10", 10, "PAKN", C, code=_PAKN_XL),
    _syt("(90,91%)", "90,91%", 90.91, "%", code=_PAKN_TL),
    _syt("01 PAKN đang", "01", 1, "PAKN", C, code=ANY),
    _syt("đạt 96,40%", "96,40%", 96.40, "%", code=_HL),
    # III.4 the Sở's target by the end of 2025 (0270.3822.530 is a phone number; "số 47 đường Lê Văn Tám" an address)
    _syt("tối thiểu 80%", "80%", 80, "%", T, as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 302: Ban Pháp chế HĐND tỉnh Ninh Bình, quý III năm 2025
_AUG_302 = "2025-08-31"


def _row_302(code: str, unit: str, reported: str, verified: str, after: str) -> list[Fact]:
    """One Markdown row of an indicator: the UBND's reported figure and the monitored one, both the
    province's (subject NULL) at the period end."""
    cells = [(reported, unit, P, code, "period"), (verified, unit, P, code, "period")]
    return _cells(None, None, cells, after, " | ", " |\n")


def _unit_302(name: str, reported: str, verified: str) -> list[Fact]:
    """One dash-list line `- <unit>: số liệu báo cáo x%, kết quả giám sát y%` (online shares)."""
    return [
        F(f"báo cáo {reported}%", f"{reported}%", _num(reported), "%", subject=name, level="xã", code=_NOP),
        F(f"giám sát {verified}%", f"{verified}%", _num(verified), "%", subject=name, level="xã", code=_NOP),
    ]


BLIND_302 = [
    # preamble (18/NQ-HĐND of 10/7/2025 and 09/QĐ-BPC of 02/10/2025 cited; "từ ngày 14/10/2025 đến ngày
    # 31/10/2025" is the monitoring window)
    F("với 05 sở, ngành", "05", 5, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("và 08 xã, phường;", "08", 8, "xã", C, subject=ANY, level="xã", code=None),
    # I. the merged province's communes
    F("có 129 đơn vị", "129", 129, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("(97 xã", "97", 97, "xã", C, subject="cấp xã", level="xã", code=None),
    F("32 phường)", "32", 32, "phường", C, subject="cấp xã", level="xã", code=None),
    # II.1 the UBND's figures as quoted (512/BC-UBND of 15/10/2025 cited)
    F("toàn tỉnh tiếp nhận 186.452", "186.452", 186452, "hồ sơ", C, code=_TN),
    F("tỉnh tiếp nhận 38.915", "38.915", 38915, "hồ sơ", C, subject="Trung tâm Phục vụ hành chính công tỉnh",
      level="tỉnh", code=_TN),
    F("xã tiếp nhận 147.537", "147.537", 147537, "hồ sơ", C,
      subject="Trung tâm Phục vụ hành chính công cấp xã", level="xã", code=_TN),
    F("là 146.623", "146.623", 146623, "hồ sơ", C, code=_NOP),
    F("(đạt 78,64%)", "78,64%", 78.64, "%", code=_NOP),
    F("giải quyết 179.318", "179.318", 179318, "hồ sơ", C, code=ANY),
    F("quá hạn 1.384", "1.384", 1384, "hồ sơ", C, code=_QH),
    F("tiếp nhận 214 phản ánh", "214", 214, "PAKN", C, code=_PAKN_TN),
    F("xử lý 198 PAKN", "198", 198, "PAKN", C, code=_PAKN_XL),
    F("(92,52%)", "92,52%", 92.52, "%", code=_PAKN_TL),
    F("đạt 95,80%", "95,80%", 95.80, "%", code=_HL),
    # 30/9/2025 is the period end; tháng 8/2025 dated 2025-08-31; ranks out of 34
    F("đạt 84,37/100", "84,37/100", 84.37, "điểm", max_value=100, code=_TONG),
    F("thứ 12/34", "12/34", 12, "hạng", R, max_value=34, code=_HANG),
    F("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    F("(thứ 14/34)", "14/34", 14, "hạng", PR, max_value=34, as_of=_AUG_302, code=_HANG),
    # II.2 Markdown table: reported vs. monitored, both the province's
    *_row_302(_NOP, "%", "78,64", "74,19", "| 2 | Tỷ lệ hồ sơ giải quyết"),
    *_row_302(_DH, "%", "99,23", "98,37", "| 3 | Tỷ lệ hồ sơ thanh toán"),
    *_row_302(_TT, "%", "58,37", "52,64", "| 4 | Tỷ lệ số hóa"),
    *_row_302(_SH, "%", "86,90", "79,43", "| 5 | Tỷ lệ cấp"),
    *_row_302(_KQ, "%", "91,25", "88,06", "| 6 | Số hồ sơ"),
    *_row_302(_QH, "hồ sơ", "1.384", "2.917", "\nNguyên nhân"),
    # II.3 the sample at cấp xã
    F("xác suất 1.540", "1.540", 1540, "hồ sơ", C, code=ANY),
    F("tại 08 xã", "08", 8, "xã", C, subject=ANY, level="xã", code=None),
    F("có 1.216/1.540", "1.216/1.540", 1216, "hồ sơ", C, max_value=1540, code=ANY),
    F("(chiếm 78,96%)", "78,96%", 78.96, "%", code=ANY),
    F("Trong 08 xã", "08", 8, "xã", C, subject=ANY, level="xã", code=None),
    F("có 03 đơn vị", "03", 3, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("(tỷ lệ trực tuyến 91,26%)", "91,26%", 91.26, "%", subject="phường Hoa Lư", level="xã", code=_NOP),
    F("Hậu (41,08%)", "41,08%", 41.08, "%", subject="xã Hải Hậu", level="xã", code=_NOP),
    *_unit_302("Phường Hoa Lư", "93,15", "91,26"),
    *_unit_302("Phường Thiên Trường", "90,02", "86,47"),
    *_unit_302("Phường Phủ Lý", "88,64", "84,10"),
    *_unit_302("Phường Duy Tiên", "84,51", "77,93"),
    *_unit_302("Xã Gia Viễn", "82,37", "75,28"),
    *_unit_302("Xã Yên Mô", "80,15", "69,35"),
    *_unit_302("Xã Nam Trực", "79,46", "58,62"),
    *_unit_302("Xã Hải Hậu", "76,80", "41,08"),
    F("Môi trường (612 hồ sơ)", "612", 612, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh",
      code=_QH),
    F("Xây dựng (174 hồ sơ)", "174", 174, "hồ sơ", C, subject="Sở Xây dựng", level="tỉnh", code=_QH),
    F("11 PAKN đã", "11", 11, "PAKN", C, code="pakn.qua_han"),
    # II.4 the province's 2025 targets (25/NQ-HĐND of 10/7/2025 cited), both "chưa đạt"
    F("tối thiểu 80%", "80%", 80, "%", T, as_of=_Y2025, code=_NOP),
    F("tối thiểu 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
    F("mới đạt 74,19%", "74,19%", 74.19, "%", code=_NOP, target=80, stated_status="chưa đạt"),
    F("tuyến đạt 52,64%", "52,64%", 52.64, "%", code=_TT, target=60, stated_status="chưa đạt"),
]

# ------------------------------------------------------------ 303: Sở Xây dựng tỉnh Lào Cai, 9 tháng năm 2025
_SXD = "Sở Xây dựng"
_XA_303 = "UBND cấp xã"
_FEB_303 = "2025-02-28"


def _sxd(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SXD, level="tỉnh", **kw)


def _kind_303(context: str, raw: str, value: float, unit: str, kind: str = P, as_of: str = "period") -> Fact:
    """A figure of one kind of service or field (subject unchecked, level tỉnh, code unchecked)."""
    return F(context, raw, value, unit, kind, subject=ANY, level="tỉnh", as_of=as_of, code=ANY)


BLIND_303 = [
    # preamble (412/QĐ-UBND of 27/02/2025 cited; "đường Nguyễn Tất Thành, phường Văn Phú" an address)
    # I.1
    _sxd("thực hiện 187 TTHC", "187", 187, "TTHC", C, code=_TTHC),
    _sxd("thuộc 19 lĩnh vực", "19", 19, "lĩnh vực", C, code=None),
    _kind_303("xây dựng 94 TTHC", "94", 94, "TTHC", C),
    _kind_303("vận tải 93 TTHC", "93", 93, "TTHC", C),
    _sxd("Trong đó 142 TTHC", "142", 142, "TTHC", C, code=_TOAN),
    _sxd("(đạt 75,94%)", "75,94%", 75.94, "%", code=_TOAN),
    _sxd("38 TTHC một phần", "38", 38, "TTHC", C, code=_MOT),
    _sxd("07 TTHC chưa", "07", 7, "TTHC", C, code=_CHUA),
    _sxd("bàn giao 23 TTHC", "23", 23, "TTHC", C, code=ANY),
    # I.2 cùng kỳ năm 2024 dated 2024-09-30
    _sxd("Sở tiếp nhận 38.647", "38.647", 38647, "hồ sơ", C, code=_TN),
    _sxd("tăng 8.832", "8.832", 8832, "hồ sơ", CH, code=_TN),
    _sxd("(29.815 hồ sơ)", "29.815", 29815, "hồ sơ", PR, as_of="2024-09-30", code=_TN),
    _sxd("tuyến 34.918", "34.918", 34918, "hồ sơ", C, code=_NOP),
    _sxd("đạt 90,35%", "90,35%", 90.35, "%", code=_NOP),
    _sxd("giải quyết 37.902", "37.902", 37902, "hồ sơ", C, code=ANY),
    _sxd("đúng hạn 37.761", "37.761", 37761, "hồ sơ", C, code=_DH),
    _sxd("(đạt 99,63%)", "99,63%", 99.63, "%", code=_DH),
    _sxd("quá hạn 141", "141", 141, "hồ sơ", C, code=_QH),
    _sxd("(0,37%)", "0,37%", 0.37, "%", code=_QH),
    # I.3 driving licences, 01/01–28/02/2025 (dated 2025-02-28; two former Sở GTVT jointly)
    _kind_303("tiếp nhận 14.826", "14.826", 14826, "hồ sơ", C, as_of=_FEB_303),
    _kind_303("đó 14.105", "14.105", 14105, "hồ sơ", C, as_of=_FEB_303),
    _kind_303("(đạt 95,14%)", "95,14%", 95.14, "%", as_of=_FEB_303),
    _kind_303("quốc tế 326", "326", 326, "hồ sơ", C, as_of=_FEB_303),
    _kind_303("nộp trực tuyến 100%", "100%", 100, "%", as_of=_FEB_303),
    # I.4 dash list of transport services
    _kind_303("vận tải: 6.218", "6.218", 6218, "hồ sơ", C),
    _kind_303("tuyến 6.037", "6.037", 6037, "hồ sơ", C),
    _kind_303("(97,09%)", "97,09%", 97.09, "%"),
    _kind_303("ô tô: 412", "412", 412, "hồ sơ", C),
    _kind_303("tuyến 398", "398", 398, "hồ sơ", C),
    _kind_303("(96,60%)", "96,60%", 96.60, "%"),
    _kind_303("bộ: 187", "187", 187, "hồ sơ", C),
    _kind_303("toàn trình đạt 100%", "100%", 100, "%"),
    # I.5 the Sở's construction permits; houses at UBND cấp xã in quý III (= the period end)
    _sxd("tiếp nhận 96 hồ sơ", "96", 96, "hồ sơ", C, code=ANY),
    _sxd("cấp 88 giấy phép", "88", 88, "giấy phép", C, code=ANY),
    _sxd("tuyến 71 hồ sơ", "71", 71, "hồ sơ", C, code=ANY),
    _sxd("chiếm 73,96%", "73,96%", 73.96, "%", code=ANY),
    _sxd("bình quân 11,4", "11,4", 11.4, "ngày", code=ANY),
    F("xã tiếp nhận 1.342", "1.342", 1342, "hồ sơ", C, subject=_XA_303, level="xã", code=ANY),
    F("cấp 1.286", "1.286", 1286, "giấy phép", C, subject=_XA_303, level="xã", code=ANY),
    F("tuyến 842", "842", 842, "hồ sơ", C, subject=_XA_303, level="xã", code=ANY),
    F("(62,74%)", "62,74%", 62.74, "%", subject=_XA_303, level="xã", code=ANY),
    # I.6 6 tháng đầu năm 2025 dated 2025-06-30
    _sxd("Sở đạt 81,46%", "81,46%", 81.46, "%", code=_TT),
    _sxd("tăng 12,38%", "12,38%", 12.38, "%", CH, code=_TT),
    _sxd("(69,08%)", "69,08%", 69.08, "%", PR, as_of="2025-06-30", code=_TT),
    _sxd("đạt 94,72%", "94,72%", 94.72, "%", code=_SH),
    _sxd("đạt 98,03%", "98,03%", 98.03, "%", code=_KQ),
    _sxd("đạt 55,60%", "55,60%", 55.60, "%", code=_TSD),
    # I.7 PAKN parts by field are bare
    _sxd("tiếp nhận 27 phản ánh", "27", 27, "PAKN", C, code=_PAKN_TN),
    _kind_303("giao thông 19 PAKN", "19", 19, "PAKN", C),
    _kind_303("xây dựng 08 PAKN", "08", 8, "PAKN", C),
    _sxd("xử lý 25 PAKN", "25", 25, "PAKN", C, code=_PAKN_XL),
    _sxd("đạt 92,59%", "92,59%", 92.59, "%", code=_PAKN_TL),
    _sxd("còn 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    _sxd("đạt 97,05%", "97,05%", 97.05, "%", code=_HL),
    # I.8 30/9/2025 is the period end; 31/8/2025 dates the previous values; rank among 18 agencies
    _sxd("Sở đạt 89,74", "89,74", 89.74, "điểm", code=_TONG),
    _sxd("thứ 9/18", "9/18", 9, "hạng", R, max_value=18, code=_HANG),
    _sxd("đạt 87,12", "87,12", 87.12, "điểm", PR, as_of="2025-08-31", code=_TONG),
    _sxd("thứ 12/18)", "12/18", 12, "hạng", PR, max_value=18, as_of="2025-08-31", code=_HANG),
    _sxd("tăng 2,62", "2,62", 2.62, "điểm", CH, code=_TONG),
    _sxd("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("là 88,35", "88,35", 88.35, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    # III.4 the Sở's target by the end of 2025 (0216.3852.364 is a phone number)
    _sxd("tối thiểu 85%", "85%", 85, "%", T, as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 304: UBND huyện Đắk Hà (Kon Tum), Kế hoạch năm 2025
_DKH = "UBND huyện Đắk Hà"
_Y2024 = "2024-12-31"
_Y2023 = "2023-12-31"


def _district(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the district as a whole (subject the district's UBND, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_DKH, level="huyện", **kw)


def _huyen(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "a) Cấp huyện" or a target of cấp huyện (subject "cấp huyện", level huyện)."""
    return F(context, raw, value, unit, kind, subject="cấp huyện", level="huyện", **kw)


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "b) Cấp xã" or about cấp xã (subject "cấp xã", level xã)."""
    return F(context, raw, value, unit, kind, subject="cấp xã", level="xã", **kw)


def _commune_304(name: str, files: str, online: str) -> list[Fact]:
    """One dash-list line `- <unit>: n hồ sơ, trực tuyến x%` of 2024 (dated 2024-12-31)."""
    return [
        F(f"{name}: {files}", files, _num(files), "hồ sơ", C, subject=name, level="xã", as_of=_Y2024, code=_TN),
        F(f"trực tuyến {online}%", f"{online}%", _num(online), "%", subject=name, level="xã", as_of=_Y2024,
          code=_NOP),
    ]


BLIND_304 = [
    # I. (236/KH-UBND of 27/12/2024 cited) the district's communes, at the period end
    _xa("có 11 đơn vị", "11", 11, "đơn vị", C, code=None),
    _xa("(10 xã", "10", 10, "xã", C, code=None),
    _xa("và 01 thị trấn", "01", 1, "thị trấn", C, code=None),
    # II.1 results of 2024 (dated 2024-12-31); năm 2023 dated 2023-12-31
    _district("tiếp nhận 13.586", "13.586", 13586, "hồ sơ", C, as_of=_Y2024, code=_TN),
    _huyen("tiếp nhận 3.912", "3.912", 3912, "hồ sơ", C, as_of=_Y2024, code=_TN),
    _huyen("tuyến 3.108", "3.108", 3108, "hồ sơ", C, as_of=_Y2024, code=_NOP),
    _huyen("(79,45%)", "79,45%", 79.45, "%", as_of=_Y2024, code=_NOP),
    _huyen("đạt 99,46%", "99,46%", 99.46, "%", as_of=_Y2024, code=_DH),
    _xa("tiếp nhận 9.674", "9.674", 9674, "hồ sơ", C, as_of=_Y2024, code=_TN),
    _xa("tuyến 5.126", "5.126", 5126, "hồ sơ", C, as_of=_Y2024, code=_NOP),
    _xa("(52,99%)", "52,99%", 52.99, "%", as_of=_Y2024, code=_NOP),
    _xa("tăng 14,36%", "14,36%", 14.36, "%", CH, as_of=_Y2024, code=_NOP),
    _xa("(38,63%)", "38,63%", 38.63, "%", PR, as_of=_Y2023, code=_NOP),
    _xa("đạt 98,72%", "98,72%", 98.72, "%", as_of=_Y2024, code=_DH),
    _xa("đạt 36,42%", "36,42%", 36.42, "%", as_of=_Y2024, code=_CT),
    *_commune_304("Thị trấn Đắk Hà", "2.146", "65,33"),
    *_commune_304("Xã Đắk Mar", "1.218", "57,72"),
    *_commune_304("Xã Đắk Hring", "1.064", "56,20"),
    *_commune_304("Xã Đắk La", "1.137", "53,83"),
    *_commune_304("Xã Hà Mòn", "876", "51,48"),
    *_commune_304("Xã Đắk Ui", "712", "49,44"),
    *_commune_304("Xã Ngọk Wang", "598", "47,99"),
    *_commune_304("Xã Đắk Ngọk", "642", "46,88"),
    *_commune_304("Xã Ngọk Réo", "412", "41,50"),
    *_commune_304("Xã Đắk Long", "458", "32,31"),
    *_commune_304("Xã Đắk PXi", "411", "24,57"),
    # II.2 the district's own ("từ 14 tuổi trở lên" is no figure); rank among the province's 10 district-level units
    _district("huyện đạt 41,26%", "41,26%", 41.26, "%", as_of=_Y2024, code=_TT),
    _district("đạt 83,57%", "83,57%", 83.57, "%", as_of=_Y2024, code=_SH),
    _district("có 41.326", "41.326", 41326, "tài khoản", C, as_of=_Y2024, code=_TK),
    _district("đạt 72,18%", "72,18%", 72.18, "%", as_of=_Y2024, code=_TK),
    _district("tiếp nhận 08 phản ánh", "08", 8, "PAKN", C, as_of=_Y2024, code=_PAKN_TN),
    _district("xử lý 08/08", "08/08", 8, "PAKN", C, max_value=8, as_of=_Y2024, code=_PAKN_XL),
    _district("đạt 86,14 điểm", "86,14", 86.14, "điểm", as_of=_Y2024, code=_TONG),
    _district("thứ 4/10", "4/10", 4, "hạng", R, max_value=10, as_of=_Y2024, code=_HANG),
    _district("thứ 7/10)", "7/10", 7, "hạng", PR, max_value=10, as_of=_Y2023, code=_HANG),
    # III. targets for 2025 (the period end)
    _huyen("huyện đạt tối thiểu 85%", "85%", 85, "%", T, code=_NOP),
    _xa("xã đạt tối thiểu 65%", "65%", 65, "%", T, code=_NOP),
    _district("tối thiểu 60%", "60%", 60, "%", T, code=_TT),
    _district("Số hóa 100%", "100%", 100, "%", T, code=_SH),
    _district("trên 98%", "98%", 98, "%", T, code=_DH),
    _district("thấp hơn 95%", "95%", 95, "%", T, code=_HL),
    _xa("ít nhất 50%", "50%", 50, "%", T, code=_CT),
    _district("từ 88 điểm", "88", 88, "điểm", T, code=_TONG),
    # IV. the task table holds no figure (STT, "giai đoạn 2020-2024", dates, "Thường xuyên");
    # V. (0260.3821.142 is a phone number)
]

BLIND = {"300": BLIND_300, "301": BLIND_301, "302": BLIND_302, "303": BLIND_303, "304": BLIND_304}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "300": [
        ("2026-03-31", "day", "31/3/2026", "số hóa dữ liệu sổ gốc văn bằng", "Phòng Quản lý chất lượng"),
        ("2026-03-31", "month", "tháng 3/2026", "cung cấp dịch vụ công trực tuyến toàn trình", "Văn phòng Sở"),
        ("2026-04-15", "day", "ngày 15 tháng 4 năm 2026", "hướng dẫn tuyển sinh trực tuyến",
         "Phòng Giáo dục Trung học"),
        ("2026-06-30", "quarter", "quý II năm 2026", "thanh toán không dùng tiền mặt", "Phòng Kế hoạch - Tài chính"),
        # issued 21/01/2026, after the 18th: the first "ngày 18 hằng tháng" is 18/02/2026
        ("2026-02-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các phòng thuộc Sở"),
    ],
    "301": [
        ("2025-07-25", "day", "25/7/2025", "giải quyết dứt điểm các hồ sơ cấp giấy phép hành nghề quá hạn",
         "Phòng Nghiệp vụ Y"),
        ("2025-07-31", "day", "ngày 31 tháng 7 năm 2025", "phân quyền xử lý hồ sơ", "Phòng Tổ chức cán bộ"),
        ("2025-08-31", "month", "tháng 8/2025", "thống nhất quy trình nội bộ", "Văn phòng Sở"),
        ("2025-12-31", "year", "năm 2025", "thanh toán trực tuyến", "Phòng Nghiệp vụ Dược"),
        ("2025-09-30", "quarter", "quý III năm 2025", "kiểm tra việc giải quyết hồ sơ cấp chứng chỉ hành nghề dược",
         "Thanh tra Sở"),
        # issued 09/7/2025: the first "ngày 15 hằng tháng" is 15/7/2025
        ("2025-07-15", "recurring", "15 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các phòng chức năng"),
    ],
    "302": [
        ("2025-12-31", "day", "31/12/2025", "chấm dứt tình trạng công chức nộp thay hồ sơ trực tuyến", "UBND tỉnh"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "đồng bộ dữ liệu hồ sơ", "Sở Khoa học và Công nghệ"),
        ("2025-12-31", "month", "tháng 12/2025", "thanh toán trực tuyến phí, lệ phí", "Sở Tài chính"),
        ("2025-12-15", "day", "ngày 15 tháng 12 năm 2025", "thống kê đầy đủ hồ sơ quá hạn", "UBND các xã, phường"),
        # issued 12/11/2025: the first "ngày 25 hằng tháng" is 25/11/2025
        ("2025-11-25", "recurring", "25 hằng tháng", "tiến độ thực hiện các kiến nghị", "Sở Nội vụ"),
    ],
    "303": [
        ("2025-10-24", "day", "24/10/2025", "hồ sơ cấp giấy phép xây dựng quá hạn", "Phòng Quản lý hoạt động xây dựng"),
        ("2025-10-30", "day", "ngày 30 tháng 10 năm 2025", "quy trình cấp giấy phép xây dựng nhà ở riêng lẻ",
         "Phòng Quy hoạch - Kiến trúc"),
        ("2025-11-30", "month", "tháng 11/2025", "chuẩn hóa dữ liệu phù hiệu xe",
         "Phòng Quản lý vận tải, phương tiện và người lái"),
        ("2025-12-31", "year", "năm 2025", "thanh toán trực tuyến", "Văn phòng Sở"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "kiểm tra công tác cấp giấy phép xây dựng", "Thanh tra Sở"),
        # issued 06/10/2025: the first "ngày 20 hằng tháng" is 20/10/2025
        ("2025-10-20", "recurring", "20 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các phòng, đơn vị thuộc Sở"),
    ],
    "304": [
        # the task table: task | lead body (Đơn vị chủ trì) | partner | deadline; row 7 "Thường xuyên" has none
        ("2025-02-28", "day", "28/02/2025", "công khai đầy đủ danh mục TTHC", "Văn phòng HĐND và UBND huyện"),
        ("2025-06-30", "quarter", "Quý II/2025", "Số hóa hồ sơ, kết quả giải quyết TTHC còn hiệu lực", "Phòng Tư pháp"),
        ("2025-06-30", "month", "Tháng 6/2025", "kích hoạt tài khoản định danh điện tử", "Công an huyện"),
        ("2025-09-30", "day", "30/9/2025", "thiết bị thanh toán không dùng tiền mặt", "Phòng Tài chính - Kế hoạch"),
        ("2025-11-15", "day", "Ngày 15 tháng 11 năm 2025", "Khảo sát mức độ hài lòng", "Phòng Nội vụ"),
        ("2025-12-31", "year", "Năm 2025", "Bộ phận Một cửa không giấy tờ", "UBND thị trấn Đắk Hà"),
        # issued 16/01/2025: the first "ngày 22 hằng tháng" is 22/01/2025
        ("2025-01-22", "recurring", "22 hằng tháng", "Báo cáo kết quả thực hiện các chỉ tiêu",
         "Các phòng chuyên môn; UBND các xã, thị trấn"),
        # V. tổ chức thực hiện (prose)
        ("2025-12-15", "day", "15/12/2025", "kết quả thực hiện năm 2025", "Văn phòng HĐND và UBND huyện"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 300's issuer is the Sở GD&ĐT under "UBND TỈNH THANH HÓA", period the school term with its stated data window;
# 301's issuer is Sở Y tế under "UBND TỈNH VĨNH LONG" (the merged province, as named then); 302's issuer is the
# Ban Pháp chế under "HĐND TỈNH NINH BÌNH"; 303's issuer is Sở Xây dựng under "UBND TỈNH LÀO CAI"; 304's issuer is
# UBND huyện Đắk Hà, province named in the cited plan and "Nơi nhận", a plan for its year.
META = {
    "300": {"doc_number": "186/BC-SGDĐT", "doc_type": "Báo cáo", "issued_date": "2026-01-21",
            "province": "Thanh Hóa", "period_label": "học kỳ I năm học 2025-2026", "period_start": "2025-09-01",
            "period_end": "2026-01-15", "signer": "Lê Thị Thanh Hương"},
    "301": {"doc_number": "1247/BC-SYT", "doc_type": "Báo cáo", "issued_date": "2025-07-09",
            "province": "Vĩnh Long", "period_label": "quý II năm 2025", "period_start": "2025-04-01",
            "period_end": "2025-06-30", "signer": "Nguyễn Văn Thắng"},
    "302": {"doc_number": "47/BC-BPC", "doc_type": "Báo cáo", "issued_date": "2025-11-12",
            "province": "Ninh Bình", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Trần Văn Thịnh"},
    "303": {"doc_number": "1853/BC-SXD", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Lào Cai", "period_label": "9 tháng năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-09-30", "signer": "Hoàng Quốc Khánh"},
    "304": {"doc_number": "18/KH-UBND", "doc_type": "Kế hoạch", "issued_date": "2025-01-16",
            "province": "Kon Tum", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "A Bình"},
}
