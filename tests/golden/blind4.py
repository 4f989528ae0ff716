"""Blind golden facts for corpus/blind4/112_la_gi.txt, 113_phu_tho.txt, 114_kien_giang.txt and 115_hai_duong.txt.

The four documents were written by the developers for a fourth blind measurement (provinces, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by
reading them, before any extraction, restoration or pipeline code was run on them. They also serve as
held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind2.py and golden/blind3.py: rows use `golden.facts.Fact`
(context string that occurs once in the document + the figure as written inside it). Prose and list
counts are kind `count`; table cells are kind `value` even when they count (a rank cell is kind `rank`,
as in golden/blind.py's 105); `as_of="period"` is the period's end; `ANY` leaves a field unchecked where
the sentence names no catalogued indicator (`None` where it clearly names none). Table cells carry
`extra={"source": "table"}`. "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit
`PAKN`. A count of the files an indicator is computed on carries that indicator's code. Dates, document
numbers, "10 tháng", "02 tháng", "mức độ 2", "chính quyền địa phương 02 cấp", "Bộ chỉ số 766" and the
STT column are not figures.

New in this set:
- 112 is a district-level report (UBND thị xã La Gi, tỉnh Bình Thuận) about its wards and communes. The
  town's own figures ("toàn thị xã", "UBND thị xã") are about the town, not the province: subject
  "UBND thị xã La Gi", level "huyện" (how a provincial report would name that unit). Wards and communes
  are a dash list (source text, kind count for file counts), level "xã", subject as written.
- 113 is dated after the 1 July 2025 merger: "tỉnh Phú Thọ (mới)", ranks out of 34, only xã/phường.
- 114 is a monthly Thông báo with `**bold**` figures and a Markdown table split by a page break ("\\f"),
  its header (also bold) repeated on the second page; one cell is bold (`**70,06**`). Score cells carry
  no `x/y`, so no max_value (as in golden/blind.py's 105).
- 115 is a Kế hoạch for năm 2025 (period = the plan's year): its 2024 results are values dated
  2024-12-31; its targets are kind `target` at the period end; a Markdown table of
  task | assignee | deadline, one row "Thường xuyên" (no deadline).
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


# ---------------------------------------------------------------- 112: UBND thị xã La Gi (Bình Thuận), 10 tháng 2024
_LAGI = "UBND thị xã La Gi"


def _town(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the town itself (subject the town's UBND, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_LAGI, level="huyện", **kw)


def _commune_112(name: str, files: str, online: str, digitised: str) -> list[Fact]:
    """The three figures of one dash-list line: files received, online share (%), digitised share (%)."""
    return [
        F(f"{name}: {files}", files, _num(files), "hồ sơ", C, subject=name, level="xã", code=_TN),
        F(f"trực tuyến {online}%", f"{online}%", _num(online), "%", P, subject=name, level="xã", code=_NOP),
        F(f"số hóa {digitised}%", f"{digitised}%", _num(digitised), "%", P, subject=name, level="xã", code=_SH),
    ]


BLIND_112 = [
    # 1.1 TTHC by level of competence (3960, 21/10/2024, 01/01/2024, 31/10/2024 are cited, not figures)
    F("giải quyết 284", "284", 284, "TTHC", C, subject="cấp huyện", level="huyện", code="tthc.tong_so"),
    F("và 127 TTHC", "127", 127, "TTHC", C, subject="cấp xã", level="xã", code="tthc.tong_so"),
    # 1.2 tiếp nhận, giải quyết ("Trong 10 tháng" is the period)
    _town("tiếp nhận 23.417", "23.417", 23417, "hồ sơ", C, code=_TN),
    F("cấp huyện 9.862", "9.862", 9862, "hồ sơ", C, subject="cấp huyện", level="huyện", code=_TN),
    F("cấp xã 13.555", "13.555", 13555, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    _town("giải quyết 22.960", "22.960", 22960, "hồ sơ", C, code=ANY),
    _town("đúng hạn 22.871", "22.871", 22871, "hồ sơ", C, code=_DH),
    _town("đạt 99,61%", "99,61%", 99.61, "%", code=_DH),
    _town("trễ hạn 89", "89", 89, "hồ sơ", C, code=_QH),
    _town("chiếm 0,39%", "0,39%", 0.39, "%", code=_QH),
    _town("là 3,8 ngày", "3,8", 3.8, "ngày", code="766.tien_do.thoi_gian"),
    # 1.3 DVCTT, thanh toán ("+" bullets); targets set by the province for the town
    _town("là 17.045", "17.045", 17045, "hồ sơ", C, code=_NOP),
    _town("tỷ lệ 72,79%", "72,79%", 72.79, "%", code=_NOP, target=70, stated_status="đạt"),
    _town("(70%)", "70%", 70, "%", T, code=_NOP),
    _town("là 4.126", "4.126", 4126, "hồ sơ", C, code=_TT),
    _town("tiền 812,5", "812,5", 812.5, "triệu đồng", code=ANY),
    _town("đạt 38,2%", "38,2%", 38.2, "%", code=_TT, target=45, stated_status="chưa đạt"),
    _town("chỉ tiêu 45%", "45%", 45, "%", T, code=_TT),
    # 1.4 số hóa, chứng thực điện tử, ký số
    _town("đạt 91,06%", "91,06%", 91.06, "%", code=_SH),
    _town("đạt 88,47%", "88,47%", 88.47, "%", code=_KQ),
    _town("đạt 46,3%", "46,3%", 46.3, "%", code=_TSD),
    _town("cho 2.384", "2.384", 2384, "hồ sơ", C, code=_CT),
    _town("chiếm 31,5%", "31,5%", 31.5, "%", code=_CT),
    _town("ký số đạt 100%", "100%", 100, "%", code="cds.ky_so"),
    # 1.5 VNeID ("mức độ 2" is a level, not a figure), PAKN, hài lòng
    _town("kích hoạt 6.918", "6.918", 6918, "tài khoản", C, code=_TK),
    _town("lên 71.240", "71.240", 71240, "tài khoản", C, code=_TK),
    _town("tiếp nhận 14", "14", 14, "PAKN", C, code="pakn.tiep_nhan"),
    _town("xong 14/14", "14/14", 14, "PAKN", C, max_value=14, code="pakn.da_xu_ly"),
    _town("đạt 97,85%", "97,85%", 97.85, "%", code=_HL),
    # II. wards and communes (dash list, 9 lines x 3 figures)
    *_commune_112("Phường Phước Hội", "2.105", "86,4", "97,2"),
    *_commune_112("Phường Phước Lộc", "1.874", "83,1", "95,8"),
    *_commune_112("Phường Tân An", "1.652", "80,7", "94,0"),
    *_commune_112("Phường Tân Thiện", "1.438", "78,9", "93,5"),
    *_commune_112("Phường Bình Tân", "1.296", "75,3", "90,1"),
    *_commune_112("Xã Tân Bình", "1.521", "69,8", "88,6"),
    *_commune_112("Xã Tân Hải", "1.387", "66,2", "86,9"),
    *_commune_112("Xã Tân Tiến", "1.243", "61,5", "79,4"),
    *_commune_112("Xã Tân Phước", "1.039", "54,7", "71,3"),
    # III. tồn tại
    F("(61 hồ sơ)", "61", 61, "hồ sơ", C, subject="Chi nhánh Văn phòng Đăng ký đất đai thị xã", level="huyện",
      code=_QH),
    # IV. nhiệm vụ: a target for two communes due 15/12/2024
    F("từ 65%", "65%", 65, "%", T, subject="UBND xã Tân Phước, UBND xã Tân Tiến", level="xã",
      as_of="2024-12-15", code=_NOP),
]

# ---------------------------------------------------------------- 113: VP UBND tỉnh Phú Thọ (mới), quý III/2025
_JUL_113 = "2025-07-31"


def _group_113(group: str, score: str, rank: str, code: str) -> list[Fact]:
    """The two cells of one row of the bar-separated table (no outer bars, no separator row): the
    group's score `x/max` and its rank `n/34` among provinces (no catalogued code for a group's rank)."""
    value, top = score.split("/")
    position, of = rank.split("/")
    return [
        F(f"{group} | {score}", score, _num(value), "điểm", P, max_value=float(top), code=code, extra=TAB),
        F(f"{score} | {rank}", rank, float(position), "hạng", R, max_value=float(of), code=ANY, extra=TAB),
    ]


BLIND_113 = [
    # preamble (01/7/2025, 202/2025/QH15, 12/6/2025 are cited; "02 cấp" is not a figure)
    F("có 148 đơn vị", "148", 148, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("(133 xã", "133", 133, "xã", C, subject="cấp xã", level="xã", code=None),
    F("và 15 phường", "15", 15, "phường", C, subject="cấp xã", level="xã", code=None),
    # 1. TTHC, DVCTT
    F("công bố 2.016", "2.016", 2016, "TTHC", C, code="tthc.tong_so"),
    F("gồm 1.612", "1.612", 1612, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code="tthc.tong_so"),
    F("và 404 TTHC", "404", 404, "TTHC", C, subject="cấp xã", level="xã", code="tthc.tong_so"),
    F("Có 1.438", "1.438", 1438, "TTHC", C, code="766.dvctt.tthc_cung_cap"),
    F("(71,33%)", "71,33%", 71.33, "%", code="766.dvctt.tthc_cung_cap"),
    F("toàn trình 905", "905", 905, "TTHC", C, code="766.dvctt.toan_trinh"),
    F("một phần 533", "533", 533, "TTHC", C, code="766.dvctt.mot_phan"),
    # 2. hồ sơ
    F("tiếp nhận 512.784", "512.784", 512784, "hồ sơ", C, code=_TN),
    F("tuyến 398.017", "398.017", 398017, "hồ sơ", C, code=_NOP),
    F("đạt 77,62%", "77,62%", 77.62, "%", code=_NOP),
    F("giải quyết 489.306", "489.306", 489306, "hồ sơ", C, code=ANY),
    F("trước hạn 485.902", "485.902", 485902, "hồ sơ", C, code=_DH),
    F("(99,30%)", "99,30%", 99.30, "%", code=_DH),
    F("quá hạn 3.404", "3.404", 3404, "hồ sơ", C, code=_QH),
    F("(0,70%)", "0,70%", 0.70, "%", code=_QH),
    F("tỉnh tiếp nhận 68.215", "68.215", 68215, "hồ sơ", C, subject="Trung tâm Phục vụ hành chính công tỉnh",
      level="tỉnh", code=_TN),
    F("xã tiếp nhận 444.569", "444.569", 444569, "hồ sơ", C, subject="Trung tâm Phục vụ hành chính công cấp xã",
      level="xã", code=_TN),
    # 3. thanh toán, số hóa, chứng thực điện tử
    F("đạt 63,8%", "63,8%", 63.8, "%", code=_TT),
    F("đạt 89,15%", "89,15%", 89.15, "%", code=_SH),
    F("đạt 93,4%", "93,4%", 93.4, "%", code=_KQ),
    F("đạt 52,06%", "52,06%", 52.06, "%", code=_TSD),
    F("đạt 44,9%", "44,9%", 44.9, "%", code=_CT),
    # 4. Bộ chỉ số, ranks out of 34 (30/9/2025 = period end; 31/7/2025 dates the previous values)
    F("đạt 86,72/100", "86,72/100", 86.72, "điểm", max_value=100, code="766.tong_hop"),
    F("thứ 8/34", "8/34", 8, "hạng", R, max_value=34, code="766.xep_hang"),
    F("tăng 1,95 điểm", "1,95", 1.95, "điểm", CH, code="766.tong_hop"),
    F("tăng 3 bậc", "3", 3, "hạng", CH, code="766.xep_hang"),
    F("(84,77 điểm", "84,77", 84.77, "điểm", PR, max_value=100, as_of=_JUL_113, code="766.tong_hop"),
    F("thứ 11/34", "11/34", 11, "hạng", PR, max_value=34, as_of=_JUL_113, code="766.xep_hang"),
    *_group_113("Công khai, minh bạch", "17,2/18", "6/34", "766.cong_khai"),
    *_group_113("Tiến độ, kết quả giải quyết", "19,4/20", "5/34", "766.tien_do"),
    *_group_113("Dịch vụ công trực tuyến", "9,6/12", "12/34", "766.dvctt"),
    *_group_113("Thanh toán trực tuyến", "7,9/10", "15/34", "766.thanh_toan"),
    *_group_113("Mức độ hài lòng", "17,8/18", "4/34", "766.hai_long"),
    *_group_113("Số hóa hồ sơ", "14,82/22", "10/34", "766.so_hoa"),
    # 5. PAKN, hài lòng, VNeID
    F("tiếp nhận 126", "126", 126, "PAKN", C, code="pakn.tiep_nhan"),
    F("xử lý 119 PAKN", "119", 119, "PAKN", C, code="pakn.da_xu_ly"),
    F("(94,44%)", "94,44%", 94.44, "%", code="pakn.ty_le_xu_ly"),
    F("còn 07 PAKN", "07", 7, "PAKN", C, code=ANY),
    F("đạt 96,58%", "96,58%", 96.58, "%", code=_HL),
    F("có 2.184.530", "2.184.530", 2184530, "tài khoản", C, code=_TK),
    # III. nhiệm vụ: a target for all communes and wards due at the end of 2025
    F("tối thiểu 70%", "70%", 70, "%", T, subject="UBND các xã, phường", level="xã", as_of="2025-12-31", code=_TT),
]

# ---------------------------------------------------------------- 114: VP UBND tỉnh Kiên Giang, tháng 02/2025
_JAN_114 = "2025-01-31"


def _row_114(unit_name: str, total: str, progress: str, digitised: str, rank: str) -> list[Fact]:
    """The four numeric cells of one Markdown row: total score, Tiến độ group, Số hóa group, rank among
    the 15 district-level units (plain numbers: no max_value). The STT cell is not a figure."""
    def cell(context: str, raw: str, unit: str, kind: str, code: str) -> Fact:
        return F(context, raw, _num(raw), unit, kind, subject=unit_name, level="huyện", code=code, extra=TAB)

    return [
        cell(f"{unit_name} | {total}", total.strip("*"), "điểm", P, "766.tong_hop"),
        cell(f"{total} | {progress}", progress, "điểm", P, "766.tien_do"),
        cell(f"{progress} | {digitised}", digitised, "điểm", P, "766.so_hoa"),
        # the rank cell ends its line; context from the cell's own bar so that `rank` is found there first
        cell(f"| {rank} |\n", rank, "hạng", R, "766.xep_hang"),
    ]


BLIND_114 = [
    # 1. kết quả chung (bold figures; 05/3/2025 is the data date, not a figure)
    F("đạt **83,06", "83,06", 83.06, "điểm", code="766.tong_hop"),
    F("hạng **21/63", "21/63", 21, "hạng", R, max_value=63, code="766.xep_hang"),
    F("giảm **0,48", "0,48", -0.48, "điểm", CH, code="766.tong_hop"),
    F("tăng **01 bậc", "01", 1, "hạng", CH, code="766.xep_hang"),
    F("(83,54 điểm", "83,54", 83.54, "điểm", PR, max_value=100, as_of=_JAN_114, code="766.tong_hop"),
    F("hạng 22/63", "22/63", 22, "hạng", PR, max_value=63, as_of=_JAN_114, code="766.xep_hang"),
    F("minh bạch **16,9/18", "16,9/18", 16.9, "điểm", max_value=18, code="766.cong_khai"),
    F("giải quyết **18,7/20", "18,7/20", 18.7, "điểm", max_value=20, code="766.tien_do"),
    F("trực tuyến **8,2/12", "8,2/12", 8.2, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến **7,4/10", "7,4/10", 7.4, "điểm", max_value=10, code="766.thanh_toan"),
    F("hài lòng **17,6/18", "17,6/18", 17.6, "điểm", max_value=18, code="766.hai_long"),
    F("hồ sơ **14,26/22", "14,26/22", 14.26, "điểm", max_value=22, code="766.so_hoa"),
    # 2. chỉ tiêu chính (dash list with bold values)
    F("trực tuyến: **74,35%", "74,35%", 74.35, "%", code=_NOP),
    F("(tháng 01/2025: 71,90%)", "71,90%", 71.90, "%", PR, as_of=_JAN_114, code=_NOP),
    F("trước hạn: **98,91%", "98,91%", 98.91, "%", code=_DH),
    F("**55,02%", "55,02%", 55.02, "%", code=_TT),
    F("**80,47%", "80,47%", 80.47, "%", code=_SH),
    F("còn 4/15", "4/15", 4, "huyện", C, max_value=15, subject="cấp huyện", level="huyện", code=None),
    F("**99,6%", "99,6%", 99.6, "%", code="cds.ky_so"),
    # 3. Markdown table, 15 rows split by a page break after row 9, header repeated
    *_row_114("UBND thành phố Rạch Giá", "87,90", "19,5", "18,12", "2"),
    *_row_114("UBND thành phố Hà Tiên", "84,92", "19,1", "15,77", "5"),
    *_row_114("UBND thành phố Phú Quốc", "88,74", "19,6", "18,95", "1"),
    *_row_114("UBND huyện Kiên Lương", "80,66", "18,2", "14,01", "9"),
    *_row_114("UBND huyện Hòn Đất", "82,75", "18,6", "14,93", "7"),
    *_row_114("UBND huyện Tân Hiệp", "85,61", "19,3", "16,08", "4"),
    *_row_114("UBND huyện Châu Thành", "86,35", "19,8", "16,40", "3"),
    *_row_114("UBND huyện Giồng Riềng", "83,48", "18,9", "15,20", "6"),
    *_row_114("UBND huyện Gò Quao", "81,30", "18,8", "13,85", "8"),
    *_row_114("UBND huyện An Biên", "79,83", "18,4", "13,12", "10"),
    *_row_114("UBND huyện An Minh", "75,18", "17,7", "11,46", "13"),
    *_row_114("UBND huyện Vĩnh Thuận", "78,27", "17,9", "12,64", "11"),
    *_row_114("UBND huyện U Minh Thượng", "76,95", "17,5", "12,30", "12"),
    *_row_114("UBND huyện Giang Thành", "73,42", "16,8", "10,95", "14"),
    *_row_114("UBND huyện Kiên Hải", "**70,06**", "16,2", "9,87", "15"),
    # 4. đề nghị: the province's rate, due within tháng 3/2025 (after the period)
    F("trên 60%", "60%", 60, "%", T, as_of="2025-03-31", code=_TT),
]

# ---------------------------------------------------------------- 115: UBND tỉnh Hải Dương, Kế hoạch năm 2025
_Y2024 = "2024-12-31"

BLIND_115 = [
    # II.1 kết quả năm 2024 (766/QĐ-TTg, 23/6/2022 are cited; "Bộ chỉ số 766" is a name)
    F("đạt 84,12/100", "84,12/100", 84.12, "điểm", max_value=100, as_of=_Y2024, code="766.tong_hop"),
    F("thứ 19/63", "19/63", 19, "hạng", R, max_value=63, as_of=_Y2024, code="766.xep_hang"),
    F("đạt 61,4%", "61,4%", 61.4, "%", as_of=_Y2024, code=_NOP),
    F("đạt 44,7%", "44,7%", 44.7, "%", as_of=_Y2024, code=_TT),
    F("đạt 79,25%", "79,25%", 79.25, "%", as_of=_Y2024, code=_SH),
    F("đạt 18,3%", "18,3%", 18.3, "%", as_of=_Y2024, code=_CT),
    # II.2 chỉ tiêu đến hết năm 2025 (= the plan's period end)
    F("từ 88/100", "88/100", 88, "điểm", T, max_value=100, code="766.tong_hop"),
    F("đạt tối thiểu 70%", "70%", 70, "%", T, code=_NOP),
    F("đạt tối thiểu 60%", "60%", 60, "%", T, code=_TT),
    F("trên 98%", "98%", 98, "%", T, code=_DH),
    F("đạt 100%", "100%", 100, "%", T, code=_SH),
    F("ít nhất 40%", "40%", 40, "%", T, code=_CT),
    F("hơn 95%", "95%", 95, "%", T, code=_HL),
    # III. the task table holds no figure (STT, dates and "Thường xuyên" only)
]

BLIND = {"112": BLIND_112, "113": BLIND_113, "114": BLIND_114, "115": BLIND_115}

_ALL_115 = "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố"

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "112": [
        ("2024-12-15", "day", "15/12/2024", "hướng dẫn người dân nộp hồ sơ trực tuyến",
         "UBND xã Tân Phước, UBND xã Tân Tiến"),
        ("2024-11-30", "month", "tháng 11/2024", "triển khai thanh toán trực tuyến",
         "Phòng Văn hóa và Thông tin thị xã"),
        ("2024-12-10", "day", "10/12/2024", "báo cáo kết quả năm 2024", "Văn phòng HĐND và UBND thị xã"),
    ],
    "113": [
        ("2025-10-31", "day", "31/10/2025", "chuyển đổi dữ liệu hồ sơ TTHC", "Sở Khoa học và Công nghệ"),
        ("2025-12-31", "year", "cuối năm 2025", "hướng dẫn người dân thanh toán phí, lệ phí", "UBND các xã, phường"),
        # issued 08/10/2025: the first "ngày 20 hằng tháng" is 20/10/2025
        ("2025-10-20", "recurring", "ngày 20 hằng tháng", "báo cáo kết quả thực hiện",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "114": [
        ("2025-03-25", "day", "25/3/2025", "khắc phục tồn tại về số hóa hồ sơ",
         "UBND huyện Kiên Hải, UBND huyện Giang Thành"),
        ("2025-03-31", "month", "tháng 3/2025", "hướng dẫn người dân thanh toán trực tuyến",
         "Các sở, ngành, UBND các huyện, thành phố"),
    ],
    "115": [
        # the task table: task | assignee (Cơ quan chủ trì) | deadline; row 6 "Thường xuyên" has none
        ("2025-02-28", "day", "28/02/2025", "chuẩn hóa dữ liệu TTHC", "Văn phòng UBND tỉnh"),
        ("2025-06-30", "quarter", "Quý II/2025", "tích hợp thanh toán trực tuyến", "Sở Thông tin và Truyền thông"),
        ("2025-06-30", "month", "Tháng 6/2025", "Số hóa hồ sơ, kết quả giải quyết TTHC còn hiệu lực",
         "UBND các huyện, thị xã, thành phố"),
        ("2025-09-30", "day", "30/9/2025", "chứng thực bản sao điện tử", "Sở Tư pháp"),
        ("2025-09-30", "quarter", "Quý III/2025", "Khảo sát sự hài lòng", "Sở Nội vụ"),
        # issued 17/01/2025: the first "Ngày 20 hằng tháng" is 20/01/2025
        ("2025-01-20", "recurring", "20 hằng tháng", "Báo cáo tiến độ thực hiện", _ALL_115),
        # IV. tổ chức thực hiện (prose)
        ("2025-12-25", "day", "25/12/2025", "kết quả thực hiện năm 2025", "Văn phòng UBND tỉnh"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind3.py's META).
# 112's header names only the town; the province is named in "Kính gửi: Văn phòng UBND tỉnh Bình Thuận".
# 113's province is the new (merged) Phú Thọ, as named then.
META = {
    "112": {"doc_number": "587/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-11-06",
            "province": "Bình Thuận", "period_label": "10 tháng năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-10-31", "signer": "Võ Minh Triết"},
    "113": {"doc_number": "143/BC-VPUBND", "doc_type": "Báo cáo", "issued_date": "2025-10-08",
            "province": "Phú Thọ", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Đinh Quang Huy"},
    "114": {"doc_number": "57/TB-VP", "doc_type": "Thông báo", "issued_date": "2025-03-10",
            "province": "Kiên Giang", "period_label": "tháng 02/2025", "period_start": "2025-02-01",
            "period_end": "2025-02-28", "signer": "Thạch Minh Trí"},
    "115": {"doc_number": "215/KH-UBND", "doc_type": "Kế hoạch", "issued_date": "2025-01-17",
            "province": "Hải Dương", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Phạm Quang Thịnh"},
}
