"""Blind golden facts for corpus/blind15/153_ha_noi.txt, 154_hai_phong.txt, 155_thua_thien_hue.txt and
156_ho_chi_minh.txt.

The four documents were written by the developers for a fifteenth blind measurement (provinces, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by
reading them, before any extraction, restoration or pipeline code was run on them. They also serve as
held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind13.py and blind14.py: rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are
kind `count`; table cells are kind `value`, except rank cells written `n/22` (kind `rank`, unit `hạng`, max
22, as golden/blind.py's 105 does); `as_of="period"` is the period's end; `ANY` leaves a field unchecked
where the sentence names no catalogued indicator (`None` where it clearly names none). Table cells carry
`extra={"source": "table"}`. "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit
`PAKN`; a count of the files (or PAKN) an indicator is computed on carries that indicator's code; every
"đã giải quyết" count and the parts of a settled whole ("trước hạn", "đúng hạn" apart) have their code
unchecked; a relative change of a count ("tăng 6,8% so với cùng kỳ năm 2023") has its code unchecked. A
change is dated at the period end; a fall ("giảm", "rút ngắn") is negative. Dates, document numbers, cited
circulars, plans, letters and decisions ("Thông tư số 01/2020/TT-VPCP", "Kế hoạch số 12/KH-UBND", "Quyết
định số 766/QĐ-TTg", "Công văn số 1185/VP-KSTT", "Kế hoạch số 08/KH-UBND"), "tính đến ngày 30/4/2024" and
"Tính đến ngày 31/8/2024", section numbering ("I.", "1.", "a)", "đ)"), the STT column, phone numbers
("024.3825.3536", "0225.3842.129", "0234.3861.253", "028.3829.6052"), street addresses and names with numbers
("số 1 Đinh Tiên Hoàng", "UBND Quận 1", "UBND Quận 3", "UBND Quận 12"), times ("7 giờ 30", "17 giờ"),
headings naming the next period ("II. NHIỆM VỤ TRỌNG TÂM THÁNG 5 NĂM 2024", "III. NHIỆM VỤ QUÝ II NĂM
2024", "II. NHIỆM VỤ QUÝ III NĂM 2024": no deadlines) and years are not figures.

New in this set:
- 153 is a monthly Báo cáo of UBND thành phố Hà Nội (a centrally-run city: its figures have subject NULL)
  to the Văn phòng Chính phủ, tháng 4 năm 2024, issued 08/5/2024. "06 quyết định" is a count with code
  None; "công bố 83 TTHC" a count of published procedures (code unchecked). The city's own level is written
  "cấp Thành phố" (as Hà Nội writes it): subject "cấp Thành phố", level tỉnh, in "trong đó cấp Thành phố
  1.518 TTHC, cấp huyện 291 TTHC, cấp xã 148 TTHC" and in "cấp Thành phố, cấp huyện, cấp xã lần lượt là
  93,12%, 64,37% và 52,80%". "tăng 6,8% so với cùng kỳ năm 2023" is a relative change of files received
  (code unchecked). "(tháng 3/2024: 68,95%)" and "so với tháng 3/2024 (83,05 điểm, thứ 16/63)" are previous
  values dated 2024-03-31 (the previous total on the /100 scale). "đúng hạn và trước hạn 295.732 hồ sơ (đạt
  99,20%)" carries the on-time code. Overdue land files of two named district-level units in brackets
  ("UBND quận Hoàng Mai (412 hồ sơ)"): subject as written, level huyện. Its tab-separated table (units in
  the headers) lists six quận, huyện with most files (subject as written, level huyện; received, online
  share, on-time share; one "100" cell; no total row). "đạt 48,26% (chỉ tiêu năm 2024 là 50%, chưa đạt chỉ
  tiêu)": the target is dated 2024-12-31 and the share carries it with status "chưa đạt". "05 PAKN đang xử
  lý" is a count with code unchecked. Six group scores `x/max` after "lần lượt là:" separated by ";" (sum
  84,92). Five deadlines: day, "chậm nhất" day in words, month, quarter, monthly recurring "trước ngày 18
  hằng tháng" (issued 08/5/2024: first 18/5/2024).
- 154 is a quarterly Báo cáo of Sở Kế hoạch và Đầu tư thành phố Hải Phòng (header "UBND THÀNH PHỐ HẢI
  PHÒNG / SỞ KẾ HOẠCH VÀ ĐẦU TƯ"), quý I năm 2024. Every figure is the Sở's (subject "Sở Kế hoạch và Đầu
  tư", level tỉnh); the rows of its table by field have subject ANY, level tỉnh. "9 lĩnh vực" is a count
  with code None; "100% TTHC được niêm yết công khai" a share with code unchecked. "(quý IV năm 2023: 5.104
  hồ sơ)" and "(quý IV năm 2023: 88,72 điểm, xếp thứ 7/20)" are previous values dated 2023-12-31 (the Sở's
  score has no max). "trước hạn 3.902 hồ sơ, đúng hạn 611 hồ sơ, quá hạn 05 hồ sơ" are parts of the settled
  files (the first two code unchecked, the third overdue). "2,6 ngày/hồ sơ" is the processing time and
  "rút ngắn 0,4 ngày" its fall (-0.4). The Markdown table (no units in the headers, counts of files) has a
  "Tổng cộng" row with an empty STT cell (= the Sở; "05" written "5"; its figures are also in the prose).
  "03/03 PAKN" is one count of PAKN answered (max 3). "xếp thứ 4/20 sở, ban, ngành" ranks among the city's
  agencies. Four deadlines: "chậm nhất" day, month, quarter, "trước ngày 10 hằng tháng" (issued 02/4/2024:
  first 10/4/2024).
- 155 is a quarterly Báo cáo of UBND thị xã Hương Thủy (tỉnh Thừa Thiên Huế, named in "Kính gửi"), quý II
  năm 2024, issued 03/7/2024. Figures under "a) Cấp huyện (Bộ phận Một cửa thị xã)" have subject "cấp
  huyện" (level huyện), those under "b) Cấp xã" subject "cấp xã" (level xã); the thị xã's own PAKN, score and
  rank have subject "UBND thị xã Hương Thủy", level huyện. "tăng 11,4%" is a relative change (code
  unchecked). Best and worst units carry their online share in brackets ("Phường Thủy Dương", "xã Phú Sơn",
  as written; also in the table). "So với chỉ tiêu tỉnh giao năm 2024 là 60%, cấp huyện đã đạt, cấp xã
  chưa đạt chỉ tiêu": one target for both levels (subject and level unchecked), dated 2024-12-31; 64,10%
  carries it with status "đạt", 56,97% with "chưa đạt". Its Markdown table (right-aligned separators) lists
  the 10 phường, xã in official order (subject as written, level xã; files received, online share) with a
  "Cộng" row with an empty STT cell (= cấp xã; its figures are also in the prose). Payment shares by level
  after "tương ứng là". "xếp thứ 3/9 huyện, thị xã, thành phố (quý I năm 2024 xếp thứ 5/9)": the previous
  rank dated 2024-03-31. The target "đạt tối thiểu 60%" in the task of "UBND các xã, phường" is theirs,
  dated 2024-12-31. "tại tất cả các xã, phường" and "đường Sóng Hồng, phường Phú Bài" have no figure. Five
  deadlines: day for two named communes, year ("đến hết năm 2024", with the target), month, quarter,
  "trước ngày 15 hằng tháng" (issued 03/7/2024: first 15/7/2024).
- 156 is a Thông báo of the Văn phòng UBND Thành phố Hồ Chí Minh (header "UBND THÀNH PHỐ HỒ CHÍ MINH /
  VĂN PHÒNG"), tháng 8 năm 2024, issued 09/9/2024, on the 766 index. The city's figures have subject NULL.
  "giảm 0,36 điểm và giảm 3 bậc so với tháng 7/2024 (81,83 điểm, xếp thứ 22/63)": falls (-0.36, -3) and
  previous values dated 2024-07-31. The six group scores are a dash list "- <group>: x/max điểm (<change>);"
  each with its change in brackets (falls negative; "(không thay đổi)" has no figure). "tăng 2,15% so với
  tháng 7/2024" is the change of the payment share. Level averages (subject ANY, levels tỉnh/huyện/xã).
  On-time shares by level after "tương ứng là" ("cấp Thành phố" level tỉnh). Its tab-separated ranking
  table (no units in the headers) lists ten district-level units (subject as written, "UBND Quận 1",
  "UBND thành phố Thủ Đức", level huyện; score, rank `n/22`; ranks equal to the STT in five rows; no total
  row). The target "của Thành phố đạt tối thiểu 45% trong quý IV/2024" is the city's (subject NULL),
  dated 2024-12-31. Five deadlines: day (for Sở Tài chính, not the banks it works with), month for three
  named units, "chậm nhất" day in words, quarter (with the target), "trước ngày 05 hằng tháng" (issued
  09/9/2024: first 05/10/2024).
"""

from __future__ import annotations

from golden.facts import (
    _DH,
    _HL,
    _KQ,
    _NOP,
    _QH,
    _SH,
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
_TONG = "766.tong_hop"
_HANG = "766.xep_hang"
_TTHC = "tthc.tong_so"
_TIME = "766.tien_do.thoi_gian"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_Y2024 = "2024-12-31"


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, str, object, str]], after: str,
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


# ------------------------------------------------------------ 153: UBND thành phố Hà Nội, tháng 4 năm 2024
_MAR_153 = "2024-03-31"
_TP = "cấp Thành phố"


def _row_153(subject: str, received: str, online: str, on_time: str, after: str) -> list[Fact]:
    """One tab-separated row of a district-level unit: files received, online share, on-time share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (on_time, "%", P, _DH, "period")]
    return _cells(subject, "huyện", cells, after, "\t", "\n")


BLIND_153 = [
    # I.1 (01/2020/TT-VPCP of 21/10/2020 and 12/KH-UBND of 10/01/2024 are cited)
    F("ban hành 06 quyết định", "06", 6, "quyết định", C, code=None),
    F("công bố 83 TTHC", "83", 83, "TTHC", C, code=ANY),
    F("là 1.957 TTHC", "1.957", 1957, "TTHC", C, code=_TTHC),
    F("cấp Thành phố 1.518", "1.518", 1518, "TTHC", C, subject=_TP, level="tỉnh", code=_TTHC),
    F("cấp huyện 291", "291", 291, "TTHC", C, subject="cấp huyện", level="huyện", code=_TTHC),
    F("cấp xã 148", "148", 148, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    # I.2 tháng 3/2024 dated 2024-03-31
    F("là 312.486 hồ sơ", "312.486", 312486, "hồ sơ", C, code=_TN),
    F("tăng 6,8%", "6,8%", 6.8, "%", CH, code=ANY),
    F("trực tuyến 221.954", "221.954", 221954, "hồ sơ", C, code=_NOP),
    F("đạt 71,03%", "71,03%", 71.03, "%", code=_NOP),
    F("(tháng 3/2024: 68,95%)", "68,95%", 68.95, "%", PR, as_of=_MAR_153, code=_NOP),
    F("lần lượt là 93,12%", "93,12%", 93.12, "%", subject=_TP, level="tỉnh", code=_NOP),
    F(", 64,37%", "64,37%", 64.37, "%", subject="cấp huyện", level="huyện", code=_NOP),
    F("và 52,80%", "52,80%", 52.80, "%", subject="cấp xã", level="xã", code=_NOP),
    # I.3
    F("giải quyết 298.105", "298.105", 298105, "hồ sơ", C, code=ANY),
    F("trước hạn 295.732", "295.732", 295732, "hồ sơ", C, code=_DH),
    F("(đạt 99,20%)", "99,20%", 99.20, "%", code=_DH),
    F("quá hạn 2.373", "2.373", 2373, "hồ sơ", C, code=_QH),
    F("Hoàng Mai (412 hồ sơ)", "412", 412, "hồ sơ", C, subject="UBND quận Hoàng Mai", level="huyện", code=_QH),
    F("Gia Lâm (287 hồ sơ)", "287", 287, "hồ sơ", C, subject="UBND huyện Gia Lâm", level="huyện", code=_QH),
    # tab-separated table of six district-level units (no total row)
    *_row_153("UBND quận Cầu Giấy", "9.846", "78,21", "99,87", "2\tUBND quận Hoàng Mai"),
    *_row_153("UBND quận Hoàng Mai", "11.204", "66,45", "96,32", "3\tUBND quận Hà Đông"),
    *_row_153("UBND quận Hà Đông", "10.517", "70,18", "99,15", "4\tUBND huyện Gia Lâm"),
    *_row_153("UBND huyện Gia Lâm", "8.932", "58,74", "96,81", "5\tUBND huyện Đông Anh"),
    *_row_153("UBND huyện Đông Anh", "9.118", "61,09", "100", "6\tUBND quận Long Biên"),
    *_row_153("UBND quận Long Biên", "7.645", "72,63", "99,42", "\n4. Thanh toán"),
    # I.4 the 2024 target (dated at the year's end), "chưa đạt chỉ tiêu"
    F("toàn Thành phố đạt 48,26%", "48,26%", 48.26, "%", code=_TT, target=50, stated_status="chưa đạt"),
    F("năm 2024 là 50%", "50%", 50, "%", T, as_of=_Y2024, code=_TT),
    F("TTHC đạt 86,41%", "86,41%", 86.41, "%", code=_SH),
    F("điện tử đạt 91,57%", "91,57%", 91.57, "%", code=_KQ),
    # I.5 (024.3825.3536 is a phone number)
    F("tiếp nhận 46 phản ánh", "46", 46, "PAKN", C, code=_PAKN_TN),
    F("xong 41 PAKN", "41", 41, "PAKN", C, code=_PAKN_XL),
    F("(đạt 89,13%)", "89,13%", 89.13, "%", code=_PAKN_TL),
    F("05 PAKN đang", "05", 5, "PAKN", C, code=ANY),
    # I.6 (766/QĐ-TTg of 23/6/2022 cited; "tính đến ngày 30/4/2024" is the period end); tháng 3/2024 dated 2024-03-31
    F("đạt 84,92/100", "84,92/100", 84.92, "điểm", max_value=100, code=_TONG),
    F("thứ 11/63", "11/63", 11, "hạng", R, max_value=63, code=_HANG),
    F("(83,05 điểm", "83,05", 83.05, "điểm", PR, max_value=100, as_of=_MAR_153, code=_TONG),
    F("thứ 16/63)", "16/63", 16, "hạng", PR, max_value=63, as_of=_MAR_153, code=_HANG),
    F("tăng 1,87 điểm", "1,87", 1.87, "điểm", CH, code=_TONG),
    F("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    F("minh bạch 17,12/18", "17,12/18", 17.12, "điểm", max_value=18, code="766.cong_khai"),
    F("giải quyết 19,04/20", "19,04/20", 19.04, "điểm", max_value=20, code="766.tien_do"),
    F("trực tuyến 9,36/12", "9,36/12", 9.36, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến 6,28/10", "6,28/10", 6.28, "điểm", max_value=10, code="766.thanh_toan"),
    F("hài lòng 17,81/18", "17,81/18", 17.81, "điểm", max_value=18, code="766.hai_long"),
    F("hồ sơ 15,31/22", "15,31/22", 15.31, "điểm", max_value=22, code="766.so_hoa"),
]

# ------------------------------------------------------------ 154: Sở KH&ĐT thành phố Hải Phòng, quý I năm 2024
_SKH = "Sở Kế hoạch và Đầu tư"
_Q4_2023 = "2023-12-31"


def _so(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SKH, level="tỉnh", **kw)


def _row_154(subject: object, received: str, settled: str, overdue: str, after: str) -> list[Fact]:
    """One Markdown row of a field (or the total): files received, settled, overdue. STT is no figure."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (settled, "hồ sơ", P, ANY, "period"),
             (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_154 = [
    # I.1 (1185/VP-KSTT of 14/3/2024 cited; "số 1 Đinh Tiên Hoàng" is an address)
    _so("thực hiện 126 TTHC", "126", 126, "TTHC", C, code=_TTHC),
    _so("thuộc 9 lĩnh vực", "9", 9, "lĩnh vực", C, code=None),
    _so("trong đó 98 TTHC", "98", 98, "TTHC", C, code="766.dvctt.toan_trinh"),
    _so("toàn trình, 28 TTHC", "28", 28, "TTHC", C, code="766.dvctt.mot_phan"),
    _so("100% TTHC", "100%", 100, "%", code=ANY),
    # I.2 quý IV năm 2023 dated 2023-12-31
    _so("Sở tiếp nhận 4.862", "4.862", 4862, "hồ sơ", C, code=_TN),
    _so("2023: 5.104 hồ sơ)", "5.104", 5104, "hồ sơ", PR, as_of=_Q4_2023, code=_TN),
    _so("trực tuyến 4.735", "4.735", 4735, "hồ sơ", C, code=_NOP),
    _so("chiếm 97,39%", "97,39%", 97.39, "%", code=_NOP),
    _so("giải quyết 4.518", "4.518", 4518, "hồ sơ", C, code=ANY),
    _so("trước hạn 3.902", "3.902", 3902, "hồ sơ", C, code=ANY),
    _so("đúng hạn 611", "611", 611, "hồ sơ", C, code=ANY),
    _so("quá hạn 05", "05", 5, "hồ sơ", C, code=_QH),
    _so("đạt 99,89%", "99,89%", 99.89, "%", code=_DH),
    _so("trung bình 2,6", "2,6", 2.6, "ngày", code=_TIME),
    _so("rút ngắn 0,4", "0,4", -0.4, "ngày", CH, code=_TIME),
    # Markdown table by field, "Tổng cộng" row (= the Sở)
    *_row_154(ANY, "4.127", "3.861", "2", "| 2 | Đầu tư"),
    *_row_154(ANY, "412", "376", "3", "| 3 | Thành lập"),
    *_row_154(ANY, "198", "169", "0", "| 4 | Đấu thầu"),
    *_row_154(ANY, "125", "112", "0", "| | Tổng cộng"),
    *_row_154(_SKH, "4.862", "4.518", "5", "\n3. Thanh toán"),
    # I.3
    _so("Sở đạt 72,14%", "72,14%", 72.14, "%", code=_TT),
    _so("TTHC đạt 95,63%", "95,63%", 95.63, "%", code=_SH),
    # I.4
    _so("tiếp nhận 03 phản ánh", "03", 3, "PAKN", C, code=_PAKN_TN),
    _so("trả lời 03/03", "03/03", 3, "PAKN", C, max_value=3, code=_PAKN_XL),
    _so("đạt 98,75%", "98,75%", 98.75, "%", code=_HL),
    # I.5 rank among the city's agencies; quý IV năm 2023 dated 2023-12-31 (0225.3842.129 is a phone number)
    _so("Sở đạt 90,14", "90,14", 90.14, "điểm", code=_TONG),
    _so("thứ 4/20", "4/20", 4, "hạng", R, max_value=20, code=_HANG),
    _so("2023: 88,72 điểm", "88,72", 88.72, "điểm", PR, as_of=_Q4_2023, code=_TONG),
    _so("thứ 7/20)", "7/20", 7, "hạng", PR, max_value=20, as_of=_Q4_2023, code=_HANG),
]

# ------------------------------------------------------------ 155: UBND thị xã Hương Thủy, quý II năm 2024
_HT = "UBND thị xã Hương Thủy"
_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_XA = {"subject": "cấp xã", "level": "xã"}


def _row_155(subject: str, received: str, online: str, after: str) -> list[Fact]:
    """One Markdown row of a phường/xã (or "Cộng" = cấp xã): files received, online share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


BLIND_155 = [
    # I.1 a) cấp huyện (08/KH-UBND of 12/01/2024 cited)
    F("Tiếp nhận 3.412", "3.412", 3412, "hồ sơ", C, code=_TN, **_HUYEN),
    F("tăng 11,4%", "11,4%", 11.4, "%", CH, code=ANY, **_HUYEN),
    F("trực tuyến 2.187", "2.187", 2187, "hồ sơ", C, code=_NOP, **_HUYEN),
    F("đạt 64,10%", "64,10%", 64.10, "%", code=_NOP, target=60, stated_status="đạt", **_HUYEN),
    F("giải quyết 3.268", "3.268", 3268, "hồ sơ", C, code=ANY, **_HUYEN),
    F("đạt 98,73%", "98,73%", 98.73, "%", code=_DH, **_HUYEN),
    # b) cấp xã; best and worst units in brackets
    F("Tiếp nhận 6.854", "6.854", 6854, "hồ sơ", C, code=_TN, **_XA),
    F("trực tuyến 3.905", "3.905", 3905, "hồ sơ", C, code=_NOP, **_XA),
    F("đạt 56,97%", "56,97%", 56.97, "%", code=_NOP, target=60, stated_status="chưa đạt", **_XA),
    F("đạt 99,46%", "99,46%", 99.46, "%", code=_DH, **_XA),
    F("cao nhất (63,56%)", "63,56%", 63.56, "%", subject="Phường Thủy Dương", level="xã", code=_NOP),
    F("thấp nhất (38,42%)", "38,42%", 38.42, "%", subject="xã Phú Sơn", level="xã", code=_NOP),
    # one 2024 target for both levels
    F("năm 2024 là 60%", "60%", 60, "%", T, subject=ANY, level=ANY, as_of=_Y2024, code=_NOP),
    # Markdown table of the 10 phường, xã; "Cộng" row (= cấp xã)
    *_row_155("Phường Phú Bài", "1.126", "61,37", "| 2 | Phường Thủy Châu"),
    *_row_155("Phường Thủy Châu", "874", "58,12", "| 3 | Phường Thủy Dương"),
    *_row_155("Phường Thủy Dương", "1.043", "63,56", "| 4 | Phường Thủy Lương"),
    *_row_155("Phường Thủy Lương", "712", "55,06", "| 5 | Phường Thủy Phương"),
    *_row_155("Phường Thủy Phương", "958", "60,23", "| 6 | Xã Dương Hòa"),
    *_row_155("Xã Dương Hòa", "186", "41,94", "| 7 | Xã Phú Sơn"),
    *_row_155("Xã Phú Sơn", "203", "38,42", "| 8 | Xã Thủy Phù"),
    *_row_155("Xã Thủy Phù", "604", "52,15", "| 9 | Xã Thủy Tân"),
    *_row_155("Xã Thủy Tân", "497", "49,70", "| 10 | Xã Thủy Thanh"),
    *_row_155("Xã Thủy Thanh", "651", "54,84", "| | Cộng"),
    *_row_155("cấp xã", "6.854", "56,97", "\n2. Thanh toán"),
    # I.2 payment shares by level after "tương ứng là"
    F("tương ứng là 42,18%", "42,18%", 42.18, "%", code=_TT, **_HUYEN),
    F("và 31,06%", "31,06%", 31.06, "%", code=_TT, **_XA),
    F("huyện đạt 88,35%", "88,35%", 88.35, "%", code=_SH, **_HUYEN),
    # I.3 the thị xã's own PAKN, score and rank; quý I năm 2024 dated 2024-03-31
    F("tiếp nhận 18 phản ánh", "18", 18, "PAKN", C, subject=_HT, level="huyện", code=_PAKN_TN),
    F("xử lý 16 PAKN", "16", 16, "PAKN", C, subject=_HT, level="huyện", code=_PAKN_XL),
    F("02 PAKN đang", "02", 2, "PAKN", C, subject=_HT, level="huyện", code=ANY),
    F("đạt 85,26 điểm", "85,26", 85.26, "điểm", subject=_HT, level="huyện", code=_TONG),
    F("thứ 3/9", "3/9", 3, "hạng", R, max_value=9, subject=_HT, level="huyện", code=_HANG),
    F("thứ 5/9)", "5/9", 5, "hạng", PR, max_value=9, subject=_HT, level="huyện", as_of="2024-03-31",
      code=_HANG),
    # II.2 the communes' target by the end of 2024 (0234.3861.253 is a phone number)
    F("tối thiểu 60%", "60%", 60, "%", T, subject="UBND các xã, phường", level="xã", as_of=_Y2024, code=_NOP),
]

# ------------------------------------------------------------ 156: Văn phòng UBND TP Hồ Chí Minh, tháng 8 năm 2024
_JUL_156 = "2024-07-31"


def _row_156(subject: str, score: str, rank: str, after: str) -> list[Fact]:
    """One tab-separated row of a district-level unit: 766 score and rank `n/22`."""
    cells = [(score, "điểm", P, _TONG, "period"), (rank, "hạng", R, _HANG, "period")]
    return _cells(subject, "huyện", cells, after, "\t", "\n")


BLIND_156 = [
    # 1. (766/QĐ-TTg of 23/6/2022 cited; "Tính đến ngày 31/8/2024" is the period end); tháng 7/2024 dated 2024-07-31
    F("đạt 81,47/100", "81,47/100", 81.47, "điểm", max_value=100, code=_TONG),
    F("thứ 25/63", "25/63", 25, "hạng", R, max_value=63, code=_HANG),
    F("giảm 0,36 điểm", "0,36", -0.36, "điểm", CH, code=_TONG),
    F("giảm 3 bậc", "3", -3, "hạng", CH, code=_HANG),
    F("(81,83 điểm", "81,83", 81.83, "điểm", PR, max_value=100, as_of=_JUL_156, code=_TONG),
    F("thứ 22/63)", "22/63", 22, "hạng", PR, max_value=63, as_of=_JUL_156, code=_HANG),
    # the six groups as a dash list, each with its change in brackets
    F("minh bạch: 16,85/18", "16,85/18", 16.85, "điểm", max_value=18, code="766.cong_khai"),
    F("(giảm 0,07 điểm)", "0,07", -0.07, "điểm", CH, code="766.cong_khai"),
    F("giải quyết: 18,92/20", "18,92/20", 18.92, "điểm", max_value=20, code="766.tien_do"),
    F("(tăng 0,11 điểm)", "0,11", 0.11, "điểm", CH, code="766.tien_do"),
    F("trực tuyến: 8,74/12", "8,74/12", 8.74, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến: 4,63/10", "4,63/10", 4.63, "điểm", max_value=10, code="766.thanh_toan"),
    F("(giảm 0,52 điểm)", "0,52", -0.52, "điểm", CH, code="766.thanh_toan"),
    F("hài lòng: 17,56/18", "17,56/18", 17.56, "điểm", max_value=18, code="766.hai_long"),
    F("(tăng 0,04 điểm)", "0,04", 0.04, "điểm", CH, code="766.hai_long"),
    F("hồ sơ: 14,77/22", "14,77/22", 14.77, "điểm", max_value=22, code="766.so_hoa"),
    F("(tăng 0,08 điểm)", "0,08", 0.08, "điểm", CH, code="766.so_hoa"),
    F("Thành phố đạt 41,26%", "41,26%", 41.26, "%", code=_TT),
    F("tăng 2,15%", "2,15%", 2.15, "%", CH, code=_TT),
    # 2. level averages; on-time shares by level after "tương ứng là"
    F("ngành đạt 86,12 điểm", "86,12", 86.12, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("huyện đạt 83,54 điểm", "83,54", 83.54, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("trấn đạt 79,08 điểm", "79,08", 79.08, "điểm", subject=ANY, level="xã", code=_TONG),
    F("tương ứng là 98,41%", "98,41%", 98.41, "%", subject="cấp Thành phố", level="tỉnh", code=_DH),
    F(", 96,87%", "96,87%", 96.87, "%", subject="cấp huyện", level="huyện", code=_DH),
    F("và 99,12%", "99,12%", 99.12, "%", subject="cấp xã", level="xã", code=_DH),
    # tab-separated ranking table ("Quận 1", "Quận 3", "Quận 12" are names, not figures)
    *_row_156("UBND Quận 1", "89,64", "1/22", "2\tUBND Quận 3"),
    *_row_156("UBND Quận 3", "88,97", "2/22", "3\tUBND quận Phú Nhuận"),
    *_row_156("UBND quận Phú Nhuận", "88,15", "3/22", "4\tUBND quận Tân Bình"),
    *_row_156("UBND quận Tân Bình", "87,42", "4/22", "5\tUBND thành phố Thủ Đức"),
    *_row_156("UBND thành phố Thủ Đức", "86,90", "5/22", "6\tUBND quận Bình Tân"),
    *_row_156("UBND quận Bình Tân", "79,85", "18/22", "7\tUBND huyện Củ Chi"),
    *_row_156("UBND huyện Củ Chi", "78,61", "19/22", "8\tUBND huyện Nhà Bè"),
    *_row_156("UBND huyện Nhà Bè", "78,02", "20/22", "9\tUBND Quận 12"),
    *_row_156("UBND Quận 12", "77,36", "21/22", "10\tUBND huyện Bình Chánh"),
    *_row_156("UBND huyện Bình Chánh", "76,18", "22/22", "\n3. Đề nghị"),
    # 3.d) the city's target in quý IV/2024 (028.3829.6052, "7 giờ 30" and "17 giờ" are no figures)
    F("tối thiểu 45%", "45%", 45, "%", T, as_of=_Y2024, code=_TT),
]

BLIND = {"153": BLIND_153, "154": BLIND_154, "155": BLIND_155, "156": BLIND_156}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "153": [
        ("2024-05-25", "day", "25/5/2024", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "UBND quận Hoàng Mai, UBND huyện Gia Lâm"),
        ("2024-06-15", "day", "ngày 15 tháng 6 năm 2024", "nâng cấp Hệ thống thông tin giải quyết TTHC",
         "Sở Thông tin và Truyền thông"),
        ("2024-06-30", "month", "tháng 6/2024", "thanh toán trực tuyến phí, lệ phí", "Sở Tài chính"),
        ("2024-09-30", "quarter", "quý III năm 2024", "kiểm tra công tác kiểm soát TTHC",
         "Văn phòng UBND Thành phố"),
        # issued 08/5/2024: the first "ngày 18 hằng tháng" is 18/5/2024
        ("2024-05-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các sở, ban, ngành, UBND các quận, huyện, thị xã"),
    ],
    "154": [
        ("2024-04-15", "day", "15/4/2024", "giải quyết dứt điểm các hồ sơ còn tồn đọng",
         "Phòng Đăng ký kinh doanh"),
        ("2024-05-31", "month", "tháng 5/2024", "đề xuất đơn giản hóa TTHC", "Phòng Kinh tế đối ngoại"),
        ("2024-06-30", "quarter", "quý II năm 2024", "số hóa hồ sơ, kết quả giải quyết TTHC", "Văn phòng Sở"),
        # issued 02/4/2024: the first "ngày 10 hằng tháng" is 10/4/2024
        ("2024-04-10", "recurring", "10 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "155": [
        ("2024-07-20", "day", "20/7/2024", "xây dựng kế hoạch nâng cao tỷ lệ hồ sơ trực tuyến",
         "UBND xã Phú Sơn, UBND xã Dương Hòa"),
        ("2024-12-31", "year", "năm 2024", "tỷ lệ hồ sơ trực tuyến", "UBND các xã, phường"),
        ("2024-08-31", "month", "tháng 8/2024", "chứng thực bản sao điện tử", "Phòng Tư pháp"),
        ("2024-09-30", "quarter", "quý III năm 2024", "kiểm tra công tác cải cách TTHC",
         "Văn phòng HĐND và UBND thị xã"),
        # issued 03/7/2024: the first "ngày 15 hằng tháng" is 15/7/2024
        ("2024-07-15", "recurring", "15 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các cơ quan chuyên môn thuộc UBND thị xã, UBND các xã, phường"),
    ],
    "156": [
        ("2024-09-20", "day", "20/9/2024", "mở rộng thanh toán trực tuyến phí, lệ phí", "Sở Tài chính"),
        ("2024-09-30", "month", "tháng 9/2024", "khắc phục các chỉ tiêu bị trừ điểm",
         "UBND Quận 12, UBND huyện Bình Chánh, UBND huyện Củ Chi"),
        ("2024-10-15", "day", "ngày 15 tháng 10 năm 2024", "đồng bộ dữ liệu hồ sơ",
         "Sở Thông tin và Truyền thông"),
        ("2024-12-31", "quarter", "quý IV/2024", "tỷ lệ hồ sơ thanh toán trực tuyến",
         "Trung tâm Chuyển đổi số Thành phố"),
        # issued 09/9/2024: the first "ngày 05 hằng tháng" is 05/10/2024
        ("2024-10-05", "recurring", "05 hằng tháng", "cập nhật số liệu trên Hệ thống",
         "Các sở, ban, ngành, UBND thành phố Thủ Đức và các quận, huyện"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind14.py's META).
# 153's issuer is UBND thành phố Hà Nội, period the month in its title; 154's issuer is Sở Kế hoạch và Đầu
# tư under "UBND THÀNH PHỐ HẢI PHÒNG"; 155's issuer is a thị xã (province named in "Kính gửi"), a quarterly
# report issued in July 2024; 156's issuer is the Văn phòng under "UBND THÀNH PHỐ HỒ CHÍ MINH", a Thông báo.
META = {
    "153": {"doc_number": "156/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-05-08",
            "province": "Hà Nội", "period_label": "tháng 4 năm 2024", "period_start": "2024-04-01",
            "period_end": "2024-04-30", "signer": "Đỗ Văn Hưng"},
    "154": {"doc_number": "87/BC-SKHĐT", "doc_type": "Báo cáo", "issued_date": "2024-04-02",
            "province": "Hải Phòng", "period_label": "quý I năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-03-31", "signer": "Nguyễn Thị Thu Hằng"},
    "155": {"doc_number": "214/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-07-03",
            "province": "Thừa Thiên Huế", "period_label": "quý II năm 2024", "period_start": "2024-04-01",
            "period_end": "2024-06-30", "signer": "Nguyễn Văn Hùng"},
    "156": {"doc_number": "1243/TB-VP", "doc_type": "Thông báo", "issued_date": "2024-09-09",
            "province": "Hồ Chí Minh", "period_label": "tháng 8 năm 2024", "period_start": "2024-08-01",
            "period_end": "2024-08-31", "signer": "Trần Quốc Bảo"},
}
