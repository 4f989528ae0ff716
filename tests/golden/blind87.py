"""Blind golden facts for corpus/blind87/510_ho_chi_minh.txt, 511_ha_noi.txt, 512_hai_phong.txt, 513_hue.txt and
514_can_tho.txt.

The five documents were written by the developers for an eighty-seventh blind measurement (the largest units after
the 1 July 2025 merger, two-level local government, ranks among 34 and among a city's xã, phường, đặc khu; not real
documents), and every row below was written by reading them, before any extraction, restoration or pipeline code was
run on them. They also serve as held-out text for diacritic restoration (marks stripped, restored, compared with the
file).

Same structure and conventions as golden/blind84.py, blind81.py, blind16.py and blind13.py: rows use
`golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose and
list counts are kind `count`; table cells are kind `value` even when they count (rank cells kind `rank`, target cells
kind `target`), with `extra={"source": "table"}`; `as_of="period"` is the period's end; a table column dated before
the period end keeps kind `value` with that date as `as_of`; a change is dated at the period end and a fall ("giảm")
is negative. `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly
names none: counts of units, desks, staff, machines, classes). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến
nghị" counts the unit `PAKN`; a count of the files (or PAKN) an indicator is computed on carries that indicator's
code; every "đã giải quyết" / "đã trả kết quả" count, files by post and a relative change of a count have their code
unchecked; "trễ hạn" is "quá hạn". Counts of local units take the unit of their first unit word ("168 xã, phường,
đặc khu" → `xã`, "(113 phường)" → `phường`), counts of "đơn vị"/"sở, ngành" → `đơn vị`, at the level of the bodies
counted; "toàn thành phố có 40 đơn vị hành chính cấp xã (21 phường và 19 xã)" → whole subject `cấp xã`, parts subject
unchecked. Things counted take the noun as written (`quầy`, `máy quét`, `chi nhánh`, `điểm tiếp nhận`, `phòng`,
`lớp`, `công chức`, `người`, `trang`, `lượt`, `phút`); "chứng thư" counts use `chứng thư`; certified copies `bản`.
The city's own figures ("Thành phố Hồ Chí Minh đạt …", "thành phố Cần Thơ đạt …", "các cơ quan, đơn vị trên địa bàn
Thành phố") have subject NULL; "cấp thành phố" is subject `cấp thành phố`, level tỉnh (as golden/blind67.py); "cấp
xã" subject `cấp xã`, level xã; a ward's or commune's figures level xã. Numbers written in words ("sáu nhóm", "mười
đơn vị", "hai xã", "ba nhóm", "hai cấp") are no figures. Dates, document numbers, cited decisions, plans and
resolutions ("Quyết định số 766/QĐ-TTg", "Kế hoạch số 214/KH-UBND", "Kế hoạch số 302/KH-UBND", "Quyết định số
5120/QĐ-UBND", "Quyết định số 1968/QĐ-UBND", "Nghị quyết số 1675/NQ-UBTVQH15", "Kế hoạch số 186/KH-UBND"), "Từ ngày
01/7/2025", "từ ngày 01/7/2025 đến ngày 30/9/2025", "ngày 03/11/2025" (the data cut-off), "Đề án 06", "mức độ 2",
"từ đủ 14 tuổi", "từ 8 giờ đến 17 giờ", section numbering ("I.", "1.", "Bảng 1.", "Mục 2"), the STT column, names
holding numbers ("xã A Lưới 5", "A Lưới 1 đến A Lưới 5", "Nhóm 1", "Nhóm 3"), street addresses ("số 86 Lê Thánh Tôn",
"số 2 phố Lương Định Của", "số 18 Hoàng Diệu", "số 18 Lê Lợi"), phone numbers ("028.3829.6052", "024.3852.6137",
"0225.3842.616", "0234.3822.457", "0292.3821.436"), the table header "Chỉ tiêu điểm đến 31/12/2025", headings naming
the next period ("III. NHIỆM VỤ THÁNG 11 NĂM 2025", "VII. NHIỆM VỤ THÁNG 12 NĂM 2025", "VI. NHIỆM VỤ QUÝ IV NĂM 2025",
"VI. NHIỆM VỤ THÁNG 8 NĂM 2025": no deadlines) and years are not figures.

New in this set (all after the 1 July 2025 merger, periods tháng 7 to tháng 11 năm 2025):
- 510 is a monthly Báo cáo of the Văn phòng UBND Thành phố Hồ Chí Minh (header "UBND THÀNH PHỐ HỒ CHÍ MINH / VĂN
  PHÒNG") ranking the city's 168 xã, phường, đặc khu, tháng 10 năm 2025, issued 07/11/2025. The city's `87,46/100`,
  `11/34`, "tăng 1,08 điểm và tăng 3 bậc so với tháng 9/2025 (86,38 điểm, xếp thứ 14/34)" (previous values dated
  2025-09-30, the previous total on the /100 scale), six group scores `x/max` after "lần lượt là" separated by ";".
  "(tháng 9/2025: 69,85%)" previous; "58,27%, chưa đạt chỉ tiêu Thành phố giao năm 2025 là 70%" (target dated
  2025-12-31). The communes' average "83,71 điểm, tăng 1,35 điểm so với tháng 9/2025 (82,36 điểm)" (subject unchecked,
  level xã, the previous average without max), block averages of "khối phường (113 phường)" and "khối xã (54 xã)"
  (the bracketed counts in `phường` / `xã`), "đặc khu Côn Đảo đạt 79,64 điểm" (subject as written, level xã). Counts
  by grade "97/168 xã, phường, đặc khu … 58 đơn vị … 13 đơn vị" and "số đơn vị xếp loại Tốt tăng 12 đơn vị" (a change
  of a count of units, unit `đơn vị`, code None). NEW: its Markdown Bảng 1 holds the TEN BEST AND THE TEN WORST wards
  with the RANK AS THE FIRST COLUMN WRITTEN `n/168` (kind rank, max 168, code 766.xep_hang; ranks 1–10 then 159–168,
  no STT column), the unit as written ("Phường Sài Gòn", "Xã Trừ Văn Thố", level xã), "Điểm tháng 10/2025" (the
  period) and "Điểm tháng 9/2025" (dated 2025-09-30, kind value), no total row. Changes after it: "Phường Gia Định …
  tăng 2,33 điểm và tăng 14 bậc", "xã An Thới Đông giảm 0,41 điểm" (negative). A dash list of the communes' shares
  (subject `cấp xã`), best and worst units in brackets, "64/168 xã, phường, đặc khu đạt chỉ tiêu năm 2025 (70%)"
  (the bracketed target: subject unchecked, level xã, dated 2025-12-31), overdue files of two communes in brackets.
  Tasks: a count repeated ("106 hồ sơ", subject, level and code unchecked) and "đạt tối thiểu 60% trong quý IV năm
  2025" (the communes' target: subject unchecked, level xã, dated 2025-12-31). Six deadlines: day, "chậm nhất" day in
  words, month, quarter (with the target), year ("hoàn thành trong năm 2025"), "trước ngày 05 hằng tháng" (issued
  07/11/2025, after the 5th: first 05/12/2025).
- 511 is a monthly Báo cáo of UBND phường Kim Liên (thành phố Hà Nội, named in "Kính gửi"; header "ỦY BAN NHÂN DÂN /
  PHƯỜNG KIM LIÊN"), tháng 11 năm 2025, issued 03/12/2025. The ward's own figures ("phường tiếp nhận …", "UBND phường
  đạt …", naming no other body) are subject "UBND phường Kim Liên", level xã. "312 TTHC … 296 TTHC … (toàn trình 214
  TTHC, một phần 82 TTHC)"; "(tháng 10/2025: 3.415 hồ sơ), tăng 447 hồ sơ" (dated 2025-10-31); files by channel
  (online code, "nộp trực tiếp" the direct-submission code, post unchecked); "trước hạn và đúng hạn 3.681 hồ sơ" the
  on-time whole; the overdue files by field in a bracket (subject unchecked, level xã). A dash list by field "-
  Hộ tịch: tiếp nhận n hồ sơ, trực tuyến m hồ sơ (x%);" (subject unchecked, level xã). NEW: "1.187/1.598 hồ sơ có
  phí, lệ phí, đạt 74,28%; so với chỉ tiêu Thành phố giao năm 2025 là 80% thì phường chưa đạt chỉ tiêu" (one count
  with max, the share with target and status, the ward's target dated 2025-12-31). People in the ward ("58.412
  người", accounts and their share: subject unchecked, level xã). "11/11 PAKN" one count. The ward's `90,84/100`,
  rank `9/126` among the capital's xã, phường, "tăng 4 bậc so với tháng 10/2025 (xếp thứ 13/126)"; "điểm bình quân
  của 126 xã, phường là 85,27 điểm" (a count of units and the level average: subject unchecked, level xã); two group
  scores `x/max`. The task target "đạt tối thiểu 93% trong tháng 12/2025" is the ward's accounts' (subject unchecked,
  level xã, dated 2025-12-31). Five deadlines: day, "chậm nhất" day in words, month (with the target), quarter,
  "trước ngày 25 hằng tháng" (issued 03/12/2025: first 25/12/2025).
- 512 is a quarterly Báo cáo of the Trung tâm Phục vụ hành chính công thành phố Hải Phòng (header "VĂN PHÒNG UBND
  THÀNH PHỐ HẢI PHÒNG / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"), quý III năm 2025, issued 06/10/2025, by head office and
  branches. The Centre's own figures are "Trung tâm Phục vụ hành chính công thành phố", level tỉnh. "05 điểm tiếp
  nhận … 04 chi nhánh … 146 quầy … 212 công chức, viên chức … 19 sở, ngành" (code None). NEW: "tăng 21,37% so với
  quý II năm 2025 (105.840 hồ sơ, cộng cả Trung tâm Phục vụ hành chính công tỉnh Hải Dương cũ)": a relative change
  and the Centre's earlier figure summed with the former province's centre (as golden/blind81.py's 483 reads "hai
  tỉnh cũ cộng lại"), dated 2025-06-30. Its Markdown table by reception point ("Trụ sở chính", "Chi nhánh Hải
  Dương", …: subject as written, level tỉnh, as golden/blind70.py files a city body's branches; golden/blind83.py's
  unchecked level was for a provincial office's branches seated in districts, which no longer exist) has desks
  (`quầy`, code None), files received, online share, on-time share, overdue files and a "Tổng cộng" row with an
  empty STT cell (= the Centre; its figures are also in the prose). After it, "(236 hồ sơ, chiếm 41,26% số hồ sơ
  trễ hạn của Trung tâm)" (the share: code unchecked) and "(182 hồ sơ)" of a field (subject unchecked, level tỉnh).
  "68,94%, tăng 9,12% so với quý II năm 2025 (59,82%); so với chỉ tiêu năm 2025 là 75% thì chưa đạt chỉ tiêu".
  "8,5 phút", "42,68 tỷ đồng", "1.846.302 trang", ratings in `lượt`. The city's `88,05/100`, `7/34` (subject NULL,
  tháng 9/2025 = the period's last month, dated at the period end). Tasks: counts repeated or ordered (subject and
  level unchecked) and "tối thiểu 75% trong quý IV năm 2025" (the branches': subject unchecked, level tỉnh).
  Five deadlines: day, "chậm nhất" day in words, month, quarter (with the target), "trước ngày 03 hằng tháng"
  (issued 06/10/2025, after the 3rd: first 03/11/2025).
- 513 is a Báo cáo of the Sở Nội vụ thành phố Huế (header "UBND THÀNH PHỐ HUẾ / SỞ NỘI VỤ") on the new communes'
  staff, desks and one-stop centres after the first month of two-level government, tháng 7 năm 2025, issued
  05/8/2025. NEW: staff counts in `người` by kind ("cán bộ 612 người, công chức 1.904 người, viên chức 330 người"),
  averages per commune "Bình quân mỗi xã, phường có 71 người (khối phường 76 người, khối xã 66 người)" (kind value,
  subject unchecked, level xã), the staffing quota "Biên chế được giao năm 2025 cho cấp xã là 2.960 người" (a count of
  `cấp xã` dated at the period end, not a target: no "chỉ tiêu" is stated), "thiếu 114 người", "2.517/2.846
  người" one count (max 2846).
  A dash list by area of communes "- Khu vực trung tâm (09 phường): 96 quầy, 108 công chức, viên chức, 54 máy quét;"
  (the bracketed count of units in `phường`/`xã`, then desks, staff and scanners; subject unchecked, level xã, code
  None). "Sở Nội vụ tổ chức 06 lớp tập huấn với 1.284 lượt học viên" (named in full, level tỉnh); "Sở Khoa học và
  Công nghệ đã cấp 2.612 chứng thư số …, đạt 91,78%" (the count the Sở's; the share, of the communes' staff covered,
  subject and level unchecked). The communes' files "cấp xã tiếp nhận …" (subject `cấp xã`); the most and the fewest
  files in brackets ("Phường Thuận Hóa", "xã A Lưới 5", level xã). "100% xã, phường" a share of units (subject
  unchecked, level xã). Counts ordered in tasks ("234 người", "165 máy quét", "UBND 07 xã"). Six deadlines: day,
  "chậm nhất" day in words, month, quarter (for "UBND 07 xã chưa có trụ sở riêng"), year ("hoàn thành trong năm
  2025"), "trước ngày 22 hằng tháng" (issued 05/8/2025: first 22/8/2025).
- 514 is a Công văn of UBND thành phố Cần Thơ (header "ỦY BAN NHÂN DÂN / THÀNH PHỐ CẦN THƠ", number
  "2715/UBND-KSTT", "V/v" line naming "tháng 9 năm 2025") to UBND các xã, phường, issued 10/10/2025. The city's
  `85,38/100`, `15/34`, "tăng 0,76 điểm và tăng 2 bậc so với tháng 8/2025 (84,62 điểm, xếp thứ 17/34)" (dated
  2025-08-31); "103 xã, phường đạt 80,46 điểm, thấp hơn nhiều so với cấp thành phố (91,27 điểm)" (the communes'
  average: subject unchecked, level xã; the city level's score: `cấp thành phố`, level tỉnh); "38/103 xã, phường …,
  49 đơn vị …, 16 đơn vị"; cấp xã files "(tháng 8/2025: 52.384 hồ sơ), tăng 6.032 hồ sơ"; shares of cấp xã after
  "lần lượt là" and those of cấp thành phố after "tương ứng là" (the n-th share is the n-th indicator's). "Phường
  Ninh Kiều đạt cao nhất (93,86 điểm), xếp thứ 1/103" (rank among the city's communes, code 766.xep_hang). NEW: its
  tab-separated table gives, per GROUP OF COMMUNES ("Nhóm 1 / Các phường", "Nhóm 2", "Nhóm 3": names, no figures;
  subject unchecked, level xã), the number of units ("Số đơn vị", unit `đơn vị` from the header, code None), the
  September results (average score, online and payment shares: the period) AND THE TARGETS SET PER GROUP ("Chỉ tiêu
  điểm đến 31/12/2025", "Chỉ tiêu nộp trực tuyến (%)", "Chỉ tiêu thanh toán trực tuyến (%)": kind `target`, dated
  2025-12-31, with the code of the indicator targeted); a "Cộng / Cấp xã" row (subject `cấp xã`; its results repeat
  the prose). The grouping itself is "thành ba nhóm" (words, no figure). Six deadlines in numbered requests: day for
  "UBND các xã thuộc Nhóm 3", "chậm nhất" day in words for two named communes, month, quarter, year, "trước ngày 05
  hằng tháng" (issued 10/10/2025, after the 5th: first 05/11/2025).
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
_GROUPS = ("766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.hai_long", "766.so_hoa")
_Y2025 = "2025-12-31"
_Q2_2025 = "2025-06-30"
_AUG_2025 = "2025-08-31"
_SEP_2025 = "2025-09-30"
_OCT_2025 = "2025-10-31"


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject,
              level=level, as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------ 510: Văn phòng UBND Thành phố Hồ Chí Minh, tháng 10 năm 2025
def _xa_510(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the communes as a block or a level average (subject unchecked, level xã)."""
    return F(context, raw, value, unit, kind, subject=ANY, level="xã", **kw)


def _rank_row_510(rank: str, unit_name: str, score: str, score_sep: str) -> list[Fact]:
    """One row of Bảng 1: the rank `n/168`, the unit's name (text), its October and September scores."""
    def cell(context: str, raw: str, unit: str, kind: str, code: str, as_of: str, max_value: float | None) -> Fact:
        return F(context, raw, _num(raw.split("/")[0]), unit, kind, max_value=max_value, subject=unit_name,
                 level="xã", as_of=as_of, code=code, extra=TAB)
    return [cell(f"| {rank} | {unit_name} |", rank, "hạng", R, _HANG, "period", 168),
            cell(f"{unit_name} | {score} |", score, "điểm", P, _TONG, "period", None),
            cell(f"{unit_name} | {score} | {score_sep} |", score_sep, "điểm", P, _TONG, _SEP_2025, None)]


_TABLE_510 = [
    ("1/168", "Phường Sài Gòn", "94,86", "93,12"),
    ("2/168", "Phường Bến Thành", "94,52", "93,40"),
    ("3/168", "Phường Tân Định", "94,17", "92,65"),
    ("4/168", "Phường Thủ Dầu Một", "93,85", "92,08"),
    ("5/168", "Phường Dĩ An", "93,61", "91,74"),
    ("6/168", "Phường Vũng Tàu", "93,40", "92,96"),
    ("7/168", "Phường Gia Định", "93,18", "90,85"),
    ("8/168", "Phường Tân Sơn Nhất", "92,96", "91,33"),
    ("9/168", "Phường An Khánh", "92,74", "90,27"),
    ("10/168", "Phường Thuận An", "92,51", "91,06"),
    ("159/168", "Xã Bình Khánh", "71,48", "70,12"),
    ("160/168", "Xã An Thới Đông", "70,95", "71,36"),
    ("161/168", "Xã Hòa Hiệp", "70,37", "68,84"),
    ("162/168", "Xã Long Sơn", "69,82", "67,45"),
    ("163/168", "Xã Thạnh An", "69,14", "66,90"),
    ("164/168", "Xã Bàu Lâm", "68,56", "69,08"),
    ("165/168", "Xã Long Hòa", "67,93", "65,27"),
    ("166/168", "Xã Minh Thạnh", "66,48", "64,85"),
    ("167/168", "Xã Xuân Sơn", "65,20", "63,96"),
    ("168/168", "Xã Trừ Văn Thố", "63,74", "62,51"),
]

BLIND_510 = [
    # I.1 the city; tháng 9/2025 dated 2025-09-30 (766/QĐ-TTg, 214/KH-UBND cited; "ngày 03/11/2025" the cut-off)
    F("đạt 87,46/100", "87,46/100", 87.46, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 11/34", "11/34", 11, "hạng", R, max_value=34, code=_HANG),
    F("tăng 1,08 điểm", "1,08", 1.08, "điểm", CH, code=_TONG),
    F("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("(86,38 điểm", "86,38", 86.38, "điểm", PR, max_value=100, as_of=_SEP_2025, code=_TONG),
    F("xếp thứ 14/34)", "14/34", 14, "hạng", PR, max_value=34, as_of=_SEP_2025, code=_HANG),
    # I.2 six group scores after "lần lượt là" ("sáu nhóm" in words)
    F("minh bạch 16,84/18", "16,84/18", 16.84, "điểm", max_value=18, code=_GROUPS[0]),
    F("giải quyết 19,52/20", "19,52/20", 19.52, "điểm", max_value=20, code=_GROUPS[1]),
    F("trực tuyến 10,36/12", "10,36/12", 10.36, "điểm", max_value=12, code=_GROUPS[2]),
    F("trực tuyến 6,18/10", "6,18/10", 6.18, "điểm", max_value=10, code=_GROUPS[3]),
    F("hài lòng 17,26/18", "17,26/18", 17.26, "điểm", max_value=18, code=_GROUPS[4]),
    F("hồ sơ 17,30/22", "17,30/22", 17.30, "điểm", max_value=22, code=_GROUPS[5]),
    # I.3 the city's files and shares
    F("tiếp nhận 486.215", "486.215", 486215, "hồ sơ", C, code=_TN),
    F("đạt 72,64%", "72,64%", 72.64, "%", code=_NOP),
    F("(tháng 9/2025: 69,85%)", "69,85%", 69.85, "%", PR, as_of=_SEP_2025, code=_NOP),
    F("đạt 98,41%", "98,41%", 98.41, "%", code=_DH),
    F("đạt 58,27%", "58,27%", 58.27, "%", code=_TT, target=70, stated_status="chưa đạt"),
    F("năm 2025 là 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
    # II.1 the communes: average, blocks, counts by grade
    _xa_510("của 168 xã", "168", 168, "xã", C, code=None),
    _xa_510("đạt 83,71 điểm", "83,71", 83.71, "điểm", code=_TONG),
    _xa_510("tăng 1,35 điểm", "1,35", 1.35, "điểm", CH, code=_TONG),
    _xa_510("(82,36 điểm)", "82,36", 82.36, "điểm", PR, as_of=_SEP_2025, code=_TONG),
    _xa_510("(113 phường)", "113", 113, "phường", C, code=None),
    _xa_510("bình quân 84,96 điểm", "84,96", 84.96, "điểm", code=_TONG),
    _xa_510("(54 xã)", "54", 54, "xã", C, code=None),
    _xa_510("đạt 81,18 điểm", "81,18", 81.18, "điểm", code=_TONG),
    F("Côn Đảo đạt 79,64 điểm", "79,64", 79.64, "điểm", subject="đặc khu Côn Đảo", level="xã", code=_TONG),
    _xa_510("Có 97/168 xã", "97/168", 97, "xã", C, max_value=168, code=None),
    _xa_510("Tốt, 58 đơn vị", "58", 58, "đơn vị", C, code=None),
    _xa_510("và 13 đơn vị", "13", 13, "đơn vị", C, code=None),
    _xa_510("tăng 12 đơn vị", "12", 12, "đơn vị", CH, code=None),
    # II.2 Markdown Bảng 1: the ten best and the ten worst (rank n/168 first, no STT, no total row)
    *[fact for row in _TABLE_510 for fact in _rank_row_510(*row)],
    F("tăng 2,33 điểm", "2,33", 2.33, "điểm", CH, subject="Phường Gia Định", level="xã", code=_TONG),
    F("tăng 14 bậc", "14", 14, "hạng", CH, subject="Phường Gia Định", level="xã", code=_HANG),
    F("tăng 2,66 điểm", "2,66", 2.66, "điểm", CH, subject="xã Long Hòa", level="xã", code=_TONG),
    F("giảm 0,41 điểm", "0,41", -0.41, "điểm", CH, subject="xã An Thới Đông", level="xã", code=_TONG),
    F("giảm 0,52 điểm", "0,52", -0.52, "điểm", CH, subject="xã Bàu Lâm", level="xã", code=_TONG),
    # II.3 dash list of the communes' shares
    F("cấp xã đạt 68,42%", "68,42%", 68.42, "%", subject="cấp xã", level="xã", code=_NOP),
    F("(96,18%)", "96,18%", 96.18, "%", subject="phường Bến Thành", level="xã", code=_NOP),
    F("(21,35%)", "21,35%", 21.35, "%", subject="xã Thạnh An", level="xã", code=_NOP),
    F("cấp xã đạt 51,06%", "51,06%", 51.06, "%", subject="cấp xã", level="xã", code=_TT),
    _xa_510("có 64/168 xã", "64/168", 64, "xã", C, max_value=168, code=None),
    _xa_510("(70%)", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
    F("cấp xã đạt 84,37%", "84,37%", 84.37, "%", subject="cấp xã", level="xã", code=_SH),
    F("đạt 36,82%", "36,82%", 36.82, "%", subject="cấp xã", level="xã", code=_TSD),
    _xa_510("Có 23 đơn vị", "23", 23, "đơn vị", C, code=None),
    _xa_510("tổng số 412 hồ sơ", "412", 412, "hồ sơ", C, code=_QH),
    F("(57 hồ sơ)", "57", 57, "hồ sơ", C, subject="xã Bình Khánh", level="xã", code=_QH),
    F("(49 hồ sơ)", "49", 49, "hồ sơ", C, subject="xã Trừ Văn Thố", level="xã", code=_QH),
    # III. tasks: a count repeated, the communes' target for quý IV (address and phone number no figures)
    F("dứt điểm 106 hồ sơ", "106", 106, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    _xa_510("tối thiểu 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------ 511: UBND phường Kim Liên (Hà Nội), tháng 11 năm 2025
_KL = "UBND phường Kim Liên"


def _kl(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the ward itself (the issuer), level xã."""
    return F(context, raw, value, unit, kind, subject=_KL, level="xã", **kw)


def _field_511(name: str, received: str, online: str, share: str) -> list[Fact]:
    """One dash item "- <field>: tiếp nhận n hồ sơ, trực tuyến m hồ sơ (x%);" (subject unchecked, level xã)."""
    return [F(f"{name}: tiếp nhận {received}", received, _num(received), "hồ sơ", C, subject=ANY, level="xã",
              code=_TN),
            F(f"trực tuyến {online} hồ sơ ({share}%)", online, _num(online), "hồ sơ", C, subject=ANY, level="xã",
              code=_NOP),
            F(f"({share}%)", share + "%", _num(share), "%", subject=ANY, level="xã", code=_NOP)]


BLIND_511 = [
    # I. (302/KH-UBND, 5120/QĐ-UBND cited)
    _kl("là 312 TTHC", "312", 312, "TTHC", C, code=_TTHC),
    _kl("trong đó 296 TTHC", "296", 296, "TTHC", C, code=ANY),
    _kl("toàn trình 214 TTHC", "214", 214, "TTHC", C, code=_TOAN),
    _kl("một phần 82 TTHC", "82", 82, "TTHC", C, code=_MOT),
    _kl("công khai 17 TTHC", "17", 17, "TTHC", C, code=ANY),
    # II.1; tháng 10/2025 dated 2025-10-31
    _kl("tiếp nhận 3.862", "3.862", 3862, "hồ sơ", C, code=_TN),
    _kl("(tháng 10/2025: 3.415", "3.415", 3415, "hồ sơ", PR, as_of=_OCT_2025, code=_TN),
    _kl("tăng 447 hồ sơ", "447", 447, "hồ sơ", CH, code=_TN),
    _kl("trực tuyến 3.018", "3.018", 3018, "hồ sơ", C, code=_NOP),
    _kl("chiếm 78,15%", "78,15%", 78.15, "%", code=_NOP),
    _kl("trực tiếp 812", "812", 812, "hồ sơ", C, code=_NTT),
    _kl("công ích 32", "32", 32, "hồ sơ", C, code=ANY),
    # II.2
    _kl("giải quyết 3.694", "3.694", 3694, "hồ sơ", C, code=ANY),
    _kl("đúng hạn 3.681", "3.681", 3681, "hồ sơ", C, code=_DH),
    _kl("đạt 99,65%", "99,65%", 99.65, "%", code=_DH),
    _kl("quá hạn 13 hồ sơ (", "13", 13, "hồ sơ", C, code=_QH),
    F("đất đai 9 hồ sơ", "9", 9, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    F("xây dựng 4 hồ sơ", "4", 4, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    _kl("giải quyết 168 hồ sơ", "168", 168, "hồ sơ", C, code=ANY),
    # II.3 dash list by field
    *_field_511("Hộ tịch", "1.426", "1.304", "91,44"),
    *_field_511("Chứng thực", "1.108", "702", "63,36"),
    *_field_511("Đất đai", "386", "241", "62,44"),
    *_field_511("Xây dựng", "214", "187", "87,38"),
    *_field_511("Các lĩnh vực khác", "728", "584", "80,22"),
    # III. payment against the city's target for the ward; digitisation
    _kl("là 1.187/1.598", "1.187/1.598", 1187, "hồ sơ", C, max_value=1598, code=_TT),
    _kl("đạt 74,28%", "74,28%", 74.28, "%", code=_TT, target=80, stated_status="chưa đạt"),
    _kl("năm 2025 là 80%", "80%", 80, "%", T, as_of=_Y2025, code=_TT),
    _kl("là 86,4 triệu đồng", "86,4", 86.4, "triệu đồng", code=ANY),
    _kl("đạt 96,82%", "96,82%", 96.82, "%", code=_SH),
    _kl("đạt 98,47%", "98,47%", 98.47, "%", code=_KQ),
    _kl("đạt 52,13%", "52,13%", 52.13, "%", code=_TSD),
    _kl("cấp 2.846 bản", "2.846", 2846, "bản", C, code=ANY),
    # IV. people in the ward's area ("từ đủ 14 tuổi", "mức độ 2" no figures)
    F("có 58.412 người", "58.412", 58412, "người", C, subject=ANY, level="xã", code=ANY),
    F("kích hoạt 52.906", "52.906", 52906, "tài khoản", C, subject=ANY, level="xã", code=_TK),
    F("đạt 90,57%", "90,57%", 90.57, "%", subject=ANY, level="xã", code=_TK),
    # V.
    _kl("tiếp nhận 11 PAKN", "11", 11, "PAKN", C, code=_PAKN_TN),
    _kl("xong 11/11 PAKN", "11/11", 11, "PAKN", C, max_value=11, code=_PAKN_XL),
    _kl("đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _kl("Có 2.614 lượt", "2.614", 2614, "lượt", C, code=ANY),
    _kl("đó 2.598 lượt", "2.598", 2598, "lượt", C, code=ANY),
    _kl("chiếm 99,39%", "99,39%", 99.39, "%", code=_HL),
    # VI. the ward's score and rank among the capital's 126 xã, phường; desks and staff
    _kl("đạt 90,84/100", "90,84/100", 90.84, "điểm", max_value=100, code=_TONG),
    _kl("xếp thứ 9/126", "9/126", 9, "hạng", R, max_value=126, code=_HANG),
    _kl("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    _kl("(xếp thứ 13/126)", "13/126", 13, "hạng", PR, max_value=126, as_of=_OCT_2025, code=_HANG),
    F("của 126 xã", "126", 126, "xã", C, subject=ANY, level="xã", code=None),
    F("là 85,27 điểm", "85,27", 85.27, "điểm", subject=ANY, level="xã", code=_TONG),
    _kl("đạt 7,42/10", "7,42/10", 7.42, "điểm", max_value=10, code="766.thanh_toan"),
    _kl("đạt 19,36/22", "19,36/22", 19.36, "điểm", max_value=22, code="766.so_hoa"),
    _kl("bố trí 12 quầy", "12", 12, "quầy", C, code=None),
    _kl("với 14 công chức", "14", 14, "công chức", C, code=None),
    # VII. tasks: counts repeated or ordered, the ward's accounts target for December (phone number no figure)
    F("dứt điểm 13 hồ sơ", "13", 13, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("thêm 02 máy quét", "02", 2, "máy quét", C, subject=ANY, level=ANY, code=None),
    F("tối thiểu 93%", "93%", 93, "%", T, subject=ANY, level="xã", as_of=_Y2025, code=_TK),
]

# ------------------------------------- 512: Trung tâm Phục vụ hành chính công thành phố Hải Phòng, quý III năm 2025
_TTPV = "Trung tâm Phục vụ hành chính công thành phố"


def _tt(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Centre itself, level tỉnh."""
    return F(context, raw, value, unit, kind, subject=_TTPV, level="tỉnh", **kw)


def _point_512(subject: str, desks: str, received: str, online: str, on_time: str, overdue: str,
               after: str) -> list[Fact]:
    """One Markdown row of a reception point (or "Tổng cộng" = the Centre): desks, files received, online share,
    on-time share, overdue files."""
    cells = [(desks, "quầy", P, None, "period"), (received, "hồ sơ", P, _TN, "period"),
             (online, "%", P, _NOP, "period"), (on_time, "%", P, _DH, "period"),
             (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_512 = [
    # I. (1968/QĐ-UBND cited; "số 18 Hoàng Diệu" an address)
    _tt("có 05 điểm", "05", 5, "điểm tiếp nhận", C, code=None),
    _tt("và 04 chi nhánh", "04", 4, "chi nhánh", C, code=None),
    _tt("bố trí 146 quầy", "146", 146, "quầy", C, code=None),
    _tt("với 212 công chức", "212", 212, "công chức", C, code=None),
    F("của 19 sở", "19", 19, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    _tt("là 1.486 TTHC", "1.486", 1486, "TTHC", C, code=ANY),
    # II.1; quý II năm 2025 dated 2025-06-30 (with the former Hải Dương centre)
    _tt("tiếp nhận 128.456", "128.456", 128456, "hồ sơ", C, code=_TN),
    _tt("tăng 21,37%", "21,37%", 21.37, "%", CH, code=ANY),
    _tt("(105.840", "105.840", 105840, "hồ sơ", PR, as_of=_Q2_2025, code=_TN),
    _tt("trực tuyến 98.214", "98.214", 98214, "hồ sơ", C, code=_NOP),
    _tt("(chiếm 76,46%)", "76,46%", 76.46, "%", code=_NOP),
    _tt("trực tiếp 28.906", "28.906", 28906, "hồ sơ", C, code=_NTT),
    _tt("công ích 1.336", "1.336", 1336, "hồ sơ", C, code=ANY),
    # II.2
    _tt("kết quả 121.874", "121.874", 121874, "hồ sơ", C, code=ANY),
    _tt("đúng hạn 121.302", "121.302", 121302, "hồ sơ", C, code=_DH),
    _tt("đạt 99,53%", "99,53%", 99.53, "%", code=_DH),
    _tt("trễ hạn 572", "572", 572, "hồ sơ", C, code=_QH),
    _tt("chiếm 0,47%", "0,47%", 0.47, "%", code=_QH),
    _tt("là 8,5 phút", "8,5", 8.5, "phút", code=ANY),
    # II.3 Markdown table by reception point; "Tổng cộng" = the Centre
    *_point_512("Trụ sở chính", "58", "56.218", "80,26", "99,72", "148", "| 2 | Chi nhánh Hải Dương"),
    *_point_512("Chi nhánh Hải Dương", "36", "34.605", "73,16", "99,28", "236", "| 3 | Chi nhánh Thủy Nguyên"),
    *_point_512("Chi nhánh Thủy Nguyên", "20", "14.932", "71,02", "99,48", "74", "| 4 | Chi nhánh Kiến An"),
    *_point_512("Chi nhánh Kiến An", "18", "12.476", "76,26", "99,47", "63", "| 5 | Chi nhánh Chí Linh"),
    *_point_512("Chi nhánh Chí Linh", "14", "10.225", "74,89", "99,46", "51", "| | Tổng cộng"),
    *_point_512(_TTPV, "146", "128.456", "76,46", "99,53", "572", "\nChi nhánh Hải Dương có"),
    F("(236 hồ sơ", "236", 236, "hồ sơ", C, subject="Chi nhánh Hải Dương", level="tỉnh", code=_QH),
    F("chiếm 41,26%", "41,26%", 41.26, "%", subject="Chi nhánh Hải Dương", level="tỉnh", code=ANY),
    F("(182 hồ sơ)", "182", 182, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    F("thấp nhất (71,02%)", "71,02%", 71.02, "%", subject="Chi nhánh Thủy Nguyên", level="tỉnh", code=_NOP),
    # III.
    _tt("đạt 68,94%", "68,94%", 68.94, "%", code=_TT, target=75, stated_status="chưa đạt"),
    _tt("tăng 9,12%", "9,12%", 9.12, "%", CH, code=_TT),
    _tt("(59,82%)", "59,82%", 59.82, "%", PR, as_of=_Q2_2025, code=_TT),
    _tt("năm 2025 là 75%", "75%", 75, "%", T, as_of=_Y2025, code=_TT),
    _tt("là 42,68 tỷ đồng", "42,68", 42.68, "tỷ đồng", code=ANY),
    _tt("hóa 1.846.302 trang", "1.846.302", 1846302, "trang", C, code=ANY),
    _tt("đạt 97,16%", "97,16%", 97.16, "%", code=_SH),
    _tt("đạt 98,85%", "98,85%", 98.85, "%", code=_KQ),
    # IV.
    _tt("Có 86.415 lượt", "86.415", 86415, "lượt", C, code=ANY),
    _tt("đó 86.102 lượt", "86.102", 86102, "lượt", C, code=ANY),
    _tt("chiếm 99,64%", "99,64%", 99.64, "%", code=_HL),
    _tt("tiếp nhận 27 PAKN", "27", 27, "PAKN", C, code=_PAKN_TN),
    _tt("xử lý 25 PAKN", "25", 25, "PAKN", C, code=_PAKN_XL),
    _tt("còn 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    # V. the city (tháng 9/2025 is the period's last month)
    F("đạt 88,05/100", "88,05/100", 88.05, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 7/34", "7/34", 7, "hạng", R, max_value=34, code=_HANG),
    # VI. tasks: counts repeated or ordered, the branches' target for quý IV (phone number no figure)
    F("dứt điểm 182 hồ sơ", "182", 182, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("bố trí 02 công chức", "02", 2, "công chức", C, subject=ANY, level=ANY, code=None),
    F("thêm 12 máy quét", "12", 12, "máy quét", C, subject=ANY, level=ANY, code=None),
    F("tối thiểu 75%", "75%", 75, "%", T, subject=ANY, level="tỉnh", as_of=_Y2025, code=_TT),
]

# ----------------------------------------------------------- 513: Sở Nội vụ thành phố Huế, tháng 7 năm 2025


def _xa_513(context: str, raw: str, value: float, unit: str, kind: str = C, **kw) -> Fact:
    """A figure of the communes' staff, desks or equipment (subject unchecked, level xã); counts by default."""
    kw.setdefault("code", None)
    return F(context, raw, value, unit, kind, subject=ANY, level="xã", **kw)


def _capxa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of "cấp xã" as named."""
    return F(context, raw, value, unit, kind, subject="cấp xã", level="xã", **kw)


def _area_513(units: str, unit_word: str, desks: str, staff: str, scanners: str) -> list[Fact]:
    """One dash item "- <area> (n phường): q quầy, s công chức, viên chức, m máy quét;"."""
    return [_xa_513(f"({units} {unit_word}): {desks}", units, _num(units), unit_word),
            _xa_513(f"): {desks} quầy", desks, _num(desks), "quầy"),
            _xa_513(f"{desks} quầy, {staff} công chức", staff, _num(staff), "công chức"),
            _xa_513(f"viên chức, {scanners} máy quét", scanners, _num(scanners), "máy quét")]


BLIND_513 = [
    # I. (1675/NQ-UBTVQH15, 186/KH-UBND cited; "Từ ngày 01/7/2025" a date)
    F("có 40 đơn vị", "40", 40, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    _xa_513("(21 phường", "21", 21, "phường"),
    _xa_513("và 19 xã)", "19", 19, "xã"),
    _xa_513("UBND, 02 phòng", "02", 2, "phòng"),
    _xa_513("công; 100% xã", "100%", 100, "%", P, code=ANY),
    # II.1 staff
    _xa_513("tại 40 xã", "40", 40, "xã"),
    _xa_513("là 2.846 người", "2.846", 2846, "người"),
    _xa_513("cán bộ 612 người", "612", 612, "người"),
    _xa_513("công chức 1.904 người", "1.904", 1904, "người"),
    _xa_513("viên chức 330 người", "330", 330, "người"),
    _xa_513("là 786 người", "786", 786, "người"),
    _xa_513("chiếm 27,62%", "27,62%", 27.62, "%", P, code=ANY),
    # II.2 averages per commune (kind value); the staffing quota of cấp xã and the shortfall
    _xa_513("có 71 người", "71", 71, "người", P),
    _xa_513("khối phường 76 người", "76", 76, "người", P),
    _xa_513("khối xã 66 người", "66", 66, "người", P),
    _capxa("là 2.960 người", "2.960", 2960, "người", C, code=None),
    _xa_513("thiếu 114 người", "114", 114, "người"),
    # II.3, II.4
    _xa_513("Có 2.517/2.846", "2.517/2.846", 2517, "người", max_value=2846),
    _xa_513("đạt 88,44%", "88,44%", 88.44, "%", P, code=ANY),
    _xa_513("2.104 người", "2.104", 2104, "người"),
    _xa_513("chiếm 73,93%", "73,93%", 73.93, "%", P, code=ANY),
    F("tổ chức 06 lớp", "06", 6, "lớp", C, subject="Sở Nội vụ", level="tỉnh", code=None),
    F("với 1.284 lượt", "1.284", 1284, "lượt", C, subject="Sở Nội vụ", level="tỉnh", code=ANY),
    F("cấp 2.612 chứng thư", "2.612", 2612, "chứng thư", C, subject="Sở Khoa học và Công nghệ", level="tỉnh",
      code=ANY),
    F("đạt 91,78%", "91,78%", 91.78, "%", subject=ANY, level=ANY, code=ANY),
    # III. desks, staff at desks, scanners; dash list by area
    _xa_513("là 318 quầy", "318", 318, "quầy"),
    _xa_513("bố trí 356 công chức", "356", 356, "công chức"),
    _xa_513("và 153 máy quét", "153", 153, "máy quét"),
    *_area_513("09", "phường", "96", "108", "54"),
    *_area_513("12", "phường", "108", "120", "48"),
    *_area_513("13", "xã", "78", "88", "39"),
    *_area_513("06", "xã", "36", "40", "12"),
    _xa_513("Còn 11/40 xã", "11/40", 11, "xã", max_value=40),
    _xa_513("; 07 xã", "07", 7, "xã"),
    # IV. cấp xã's files in July
    _capxa("tiếp nhận 46.318", "46.318", 46318, "hồ sơ", C, code=_TN),
    _capxa("trực tuyến 31.205", "31.205", 31205, "hồ sơ", C, code=_NOP),
    _capxa("đạt 67,37%", "67,37%", 67.37, "%", code=_NOP),
    _capxa("giải quyết 41.962", "41.962", 41962, "hồ sơ", C, code=ANY),
    _capxa("đúng hạn 41.587", "41.587", 41587, "hồ sơ", C, code=_DH),
    _capxa("đạt 99,11%", "99,11%", 99.11, "%", code=_DH),
    _capxa("quá hạn 375", "375", 375, "hồ sơ", C, code=_QH),
    F("(3.412 hồ sơ)", "3.412", 3412, "hồ sơ", C, subject="Phường Thuận Hóa", level="xã", code=_TN),
    F("(214 hồ sơ)", "214", 214, "hồ sơ", C, subject="xã A Lưới 5", level="xã", code=_TN),
    _capxa("là 12 phút", "12", 12, "phút", code=ANY),
    # V.
    _xa_513("tại 05 xã", "05", 5, "xã"),
    # VI. counts ordered in tasks (address and phone number no figures)
    F("cho 234 người", "234", 234, "người", C, subject=ANY, level=ANY, code=None),
    F("bổ sung 165 máy quét", "165", 165, "máy quét", C, subject=ANY, level=ANY, code=None),
    _xa_513("UBND 07 xã", "07", 7, "xã"),
]

# ------------------------------------------------------------ 514: UBND thành phố Cần Thơ, tháng 9 năm 2025
_TP = "cấp thành phố"


def _xa_514(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of "cấp xã" as named."""
    return F(context, raw, value, unit, kind, subject="cấp xã", level="xã", **kw)


def _group_514(subject: object, units: str, score: str, online: str, paid: str, t_score: str, t_online: str,
               t_paid: str, after: str) -> list[Fact]:
    """One tab-separated row of a group of communes (or "Cộng" = cấp xã): the number of units, September's
    average score, online and payment shares, then the targets to 31/12/2025 (kind target)."""
    cells = [(units, "đơn vị", P, None, "period"), (score, "điểm", P, _TONG, "period"),
             (online, "%", P, _NOP, "period"), (paid, "%", P, _TT, "period"),
             (t_score, "điểm", T, _TONG, _Y2025), (t_online, "%", T, _NOP, _Y2025), (t_paid, "%", T, _TT, _Y2025)]
    return _cells(subject, "xã", cells, after, "\t", "\n")


BLIND_514 = [
    # 1. the city; tháng 8/2025 dated 2025-08-31 (766/QĐ-TTg cited)
    F("đạt 85,38/100", "85,38/100", 85.38, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 15/34", "15/34", 15, "hạng", R, max_value=34, code=_HANG),
    F("tăng 0,76 điểm", "0,76", 0.76, "điểm", CH, code=_TONG),
    F("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    F("(84,62 điểm", "84,62", 84.62, "điểm", PR, max_value=100, as_of=_AUG_2025, code=_TONG),
    F("xếp thứ 17/34)", "17/34", 17, "hạng", PR, max_value=34, as_of=_AUG_2025, code=_HANG),
    F("của 103 xã", "103", 103, "xã", C, subject=ANY, level="xã", code=None),
    F("đạt 80,46 điểm", "80,46", 80.46, "điểm", subject=ANY, level="xã", code=_TONG),
    F("(91,27 điểm)", "91,27", 91.27, "điểm", subject=_TP, level="tỉnh", code=_TONG),
    F("Có 38/103 xã", "38/103", 38, "xã", C, max_value=103, subject=ANY, level="xã", code=None),
    F("Tốt, 49 đơn vị", "49", 49, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("Khá, 16 đơn vị", "16", 16, "đơn vị", C, subject=ANY, level="xã", code=None),
    _xa_514("tiếp nhận 58.416", "58.416", 58416, "hồ sơ", C, code=_TN),
    _xa_514("(tháng 8/2025: 52.384", "52.384", 52384, "hồ sơ", PR, as_of=_AUG_2025, code=_TN),
    _xa_514("tăng 6.032", "6.032", 6032, "hồ sơ", CH, code=_TN),
    _xa_514("đạt 98,74%", "98,74%", 98.74, "%", code=_DH),
    _xa_514("là 61,84%", "61,84%", 61.84, "%", code=_NOP),
    _xa_514("61,84%, 47,35%", "47,35%", 47.35, "%", code=_TT),
    _xa_514("và 78,62%", "78,62%", 78.62, "%", code=_SH),
    F("là 86,00%", "86,00%", 86.0, "%", subject=_TP, level="tỉnh", code=_NOP),
    F("86,00%, 75,75%", "75,75%", 75.75, "%", subject=_TP, level="tỉnh", code=_TT),
    F("và 95,67%", "95,67%", 95.67, "%", subject=_TP, level="tỉnh", code=_SH),
    _xa_514("tiếp nhận 64 PAKN", "64", 64, "PAKN", C, code=_PAKN_TN),
    _xa_514("xử lý 59 PAKN", "59", 59, "PAKN", C, code=_PAKN_XL),
    _xa_514("đạt 92,19%", "92,19%", 92.19, "%", code=_PAKN_TL),
    F("(93,86 điểm)", "93,86", 93.86, "điểm", subject="Phường Ninh Kiều", level="xã", code=_TONG),
    F("xếp thứ 1/103", "1/103", 1, "hạng", R, max_value=103, subject="Phường Ninh Kiều", level="xã", code=_HANG),
    F("(68,14 điểm)", "68,14", 68.14, "điểm", subject="xã Lịch Hội Thượng", level="xã", code=_TONG),
    F("(69,52 điểm)", "69,52", 69.52, "điểm", subject="xã Cù Lao Dung", level="xã", code=_TONG),
    F("Có 27 xã", "27", 27, "xã", C, subject=ANY, level="xã", code=None),
    F("tổng số 286 hồ sơ", "286", 286, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    # 2. tab-separated table: groups of communes with September's results and the targets to 31/12/2025
    *_group_514(ANY, "31", "84,72", "74,26", "58,92", "88", "80", "70", "Nhóm 2"),
    *_group_514(ANY, "45", "79,35", "58,18", "44,15", "85", "70", "60", "Nhóm 3"),
    *_group_514(ANY, "27", "77,41", "43,07", "31,60", "82", "60", "50", "Cộng"),
    *_group_514("cấp xã", "103", "80,46", "61,84", "47,35", "85", "70", "60", "\n3. Yêu cầu"),
    # 3. a count repeated in a request (phone number no figure)
    F("dứt điểm 286 hồ sơ", "286", 286, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
]

BLIND = {"510": BLIND_510, "511": BLIND_511, "512": BLIND_512, "513": BLIND_513, "514": BLIND_514}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "510": [
        ("2025-11-20", "day", "20/11/2025", "xây dựng phương án khắc phục các chỉ số bị trừ điểm",
         "UBND các xã thuộc nhóm mười đơn vị thấp nhất"),
        ("2025-11-15", "day", "ngày 15 tháng 11 năm 2025", "giải quyết dứt điểm 106 hồ sơ quá hạn",
         "UBND xã Bình Khánh và UBND xã Trừ Văn Thố"),
        ("2025-11-30", "month", "tháng 11/2025", "hoàn thiện chức năng đồng bộ trạng thái hồ sơ",
         "Sở Khoa học và Công nghệ"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "nâng tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-12-31", "year", "năm 2025", "đưa kết quả xếp hạng", "Sở Nội vụ"),
        # issued 07/11/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/12/2025
        ("2025-12-05", "recurring", "05 hằng tháng", "cập nhật kết quả tự đánh giá", "UBND các xã, phường, đặc khu"),
    ],
    "511": [
        ("2025-12-10", "day", "10/12/2025", "giải quyết dứt điểm 13 hồ sơ quá hạn", "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2025-12-19", "day", "ngày 19 tháng 12 năm 2025", "lắp đặt thêm 02 máy quét", "Văn phòng HĐND và UBND phường"),
        ("2025-12-31", "month", "tháng 12/2025", "kích hoạt tài khoản định danh điện tử", "Công an phường"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "hướng dẫn người dân thanh toán trực tuyến",
         "Phòng Văn hóa - Xã hội"),
        # issued 03/12/2025: the first "ngày 25 hằng tháng" is 25/12/2025
        ("2025-12-25", "recurring", "25 hằng tháng", "gửi số liệu kết quả giải quyết TTHC",
         "Các phòng, bộ phận chuyên môn"),
    ],
    "512": [
        ("2025-10-31", "day", "31/10/2025", "giải quyết dứt điểm 182 hồ sơ đất đai trễ hạn", "Chi nhánh Hải Dương"),
        ("2025-10-15", "day", "ngày 15 tháng 10 năm 2025", "hướng dẫn người dân nộp hồ sơ trực tuyến",
         "Chi nhánh Thủy Nguyên"),
        ("2025-11-30", "month", "tháng 11/2025", "lắp đặt thêm 12 máy quét", "Phòng Hành chính - Tổng hợp"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "nâng tỷ lệ hồ sơ thanh toán trực tuyến", "Các chi nhánh"),
        # issued 06/10/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/11/2025
        ("2025-11-03", "recurring", "03 hằng tháng", "gửi số liệu hoạt động", "Trụ sở chính và các chi nhánh"),
    ],
    "513": [
        ("2025-08-15", "day", "15/8/2025", "bố trí đủ công chức làm việc tại quầy", "UBND các xã, phường"),
        ("2025-08-20", "day", "ngày 20 tháng 8 năm 2025", "cấp chứng thư số", "Sở Khoa học và Công nghệ"),
        ("2025-09-30", "month", "tháng 9/2025", "mua sắm bổ sung 165 máy quét", "Sở Tài chính"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "bố trí trụ sở ổn định", "UBND 07 xã chưa có trụ sở riêng"),
        ("2025-12-31", "year", "năm 2025", "hoàn thiện Đề án vị trí việc làm cấp xã",
         "Phòng Xây dựng chính quyền và Công tác thanh niên"),
        # issued 05/8/2025: the first "ngày 22 hằng tháng" is 22/8/2025
        ("2025-08-22", "recurring", "22 hằng tháng", "báo cáo tình hình bố trí nhân sự", "UBND các xã, phường"),
    ],
    "514": [
        ("2025-10-20", "day", "20/10/2025", "xây dựng kế hoạch nâng điểm Bộ chỉ số", "UBND các xã thuộc Nhóm 3"),
        ("2025-10-24", "day", "ngày 24 tháng 10 năm 2025", "báo cáo giải trình nguyên nhân điểm thấp",
         "UBND xã Lịch Hội Thượng và UBND xã Cù Lao Dung"),
        ("2025-10-31", "month", "tháng 10/2025", "giải quyết dứt điểm 286 hồ sơ quá hạn",
         "UBND các xã, phường có hồ sơ quá hạn"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "thực hiện đạt các chỉ tiêu được giao",
         "UBND các phường thuộc Nhóm 1 và UBND các xã thuộc Nhóm 2"),
        ("2025-12-31", "year", "năm 2025", "đưa kết quả thực hiện chỉ tiêu vào đánh giá", "Sở Nội vụ"),
        # issued 10/10/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/11/2025
        ("2025-11-05", "recurring", "05 hằng tháng", "gửi báo cáo tiến độ thực hiện", "Chủ tịch UBND các xã, phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 510's issuer is the Văn
# phòng UBND Thành phố Hồ Chí Minh, signed by a Phó Chánh Văn phòng; 511's UBND phường Kim Liên (the city from
# "Kính gửi"); 512's the Trung tâm Phục vụ hành chính công thành phố Hải Phòng under the city's Văn phòng; 513's the
# Sở Nội vụ thành phố Huế; 514 is a Công văn of UBND thành phố Cần Thơ whose "V/v" line names the period.
META = {
    "510": {"doc_number": "1846/BC-VP", "doc_type": "Báo cáo", "issued_date": "2025-11-07",
            "province": "Hồ Chí Minh", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Trần Thị Mỹ Hạnh"},
    "511": {"doc_number": "186/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-12-03",
            "province": "Hà Nội", "period_label": "tháng 11 năm 2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Đỗ Quang Vinh"},
    "512": {"doc_number": "412/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Hải Phòng", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Phạm Văn Lực"},
    "513": {"doc_number": "1342/BC-SNV", "doc_type": "Báo cáo", "issued_date": "2025-08-05",
            "province": "Huế", "period_label": "tháng 7 năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-07-31", "signer": "Hoàng Thị Thu Hương"},
    "514": {"doc_number": "2715/UBND-KSTT", "doc_type": "Công văn", "issued_date": "2025-10-10",
            "province": "Cần Thơ", "period_label": "tháng 9 năm 2025", "period_start": "2025-09-01",
            "period_end": "2025-09-30", "signer": "Lê Văn Khải"},
}
