"""Blind golden facts for corpus/blind7/124_dien_bien.txt, 125_ninh_binh.txt and 126_soc_trang.txt.

The three documents were written by the developers for a seventh blind measurement (provinces, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by
reading them, before any extraction, restoration or pipeline code was run on them. They also serve as
held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind2.py … blind6.py: rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are
kind `count`; table cells are kind `value` even when they count; `as_of="period"` is the period's end;
`ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly
names none). Table cells carry `extra={"source": "table"}`. "thủ tục" counts use the unit `TTHC`, "phản
ánh, kiến nghị" counts the unit `PAKN`. Dates, document numbers and the STT column are not figures.

New in this set:
- 124 is a monthly Báo cáo of Sở Kế hoạch và Đầu tư tỉnh Điện Biên (tháng 10 năm 2024): every figure is
  the Sở's own (subject "Sở Kế hoạch và Đầu tư", level tỉnh). Its small Markdown table has no STT column
  and its rows are fields of procedures (lĩnh vực), not bodies: their subject is left unchecked (ANY),
  level tỉnh; the "Cộng" row is the Sở's. Cells "100" and "0" are cells like any other; the "Nộp trực
  tuyến" and "Thanh toán trực tuyến" columns are counts of files (unit hồ sơ). "tăng 41 hồ sơ so với
  tháng 9/2024" is a change of files received; "tăng 2 bậc" a change of rank; "thứ 4/20 sở, ban, ngành"
  is the Sở's rank among the province's agencies (max 20). "đạt từ 70% trở lên" under "Nhiệm vụ tháng 11
  năm 2024" is a target dated at the end of that month. "không nhận được phản ánh, kiến nghị nào" has no
  figure. One deadline (day).
- 125 is a Thông báo kết luận of Văn phòng UBND tỉnh Ninh Bình (quý I năm 2025, after the 1 March 2025
  merger of departments: "Sở Nông nghiệp và Môi trường", "Sở Khoa học và Công nghệ"). "Ngày 10/4/2025" is
  the meeting date, not a deadline. The previous rank "(xếp thứ 17/63)" is quý IV năm 2024's, dated
  2024-12-31; "giảm 5 bậc" is -5. "6 sở, ngành" is a count of agencies (code None). Six numbered tasks
  each name their body: day in digits, day in words, month, day with a target ("đạt từ 90% trở lên"
  for UBND các huyện, thành phố, dated 2025-06-30), quarter and a monthly recurring one ("trước ngày 25
  hằng tháng", issued 14/4/2025: first 25/4/2025).
- 126 is a quarterly Báo cáo of UBND tỉnh Sóc Trăng (quý II năm 2024, stated as 01/4–30/6/2024) with a
  tab-separated table of its 11 district-level units (received count, online %, on-time %, digitised %;
  "100" without decimals) and a "Cộng cấp huyện" row with an empty STT cell: the total row is subject
  "cấp huyện", level huyện (it equals "cấp huyện 41.256" in the prose), not the province. District rows
  are subject as written ("Thành phố Sóc Trăng", "Thị xã Vĩnh Châu", "Huyện Kế Sách"…), level huyện.
  "98,61" occurs twice (Huyện Trần Đề and the total), as does "98,80"/"98,8%" (a cell and the province's
  prose rate). The target "từ 65% trở lên trong quý III/2024" is for two named districts (dated
  2024-09-30).
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


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, object]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, code)`. A cell's context is the separator
    before it, the rest of its row and the start of the next line (`after`), so that it occurs once and
    the raw text is found first at the cell itself even where the same figure ("0", "100") recurs."""
    facts = []
    raws = [raw for raw, _unit, _code in cells]
    for i, (raw, unit, code) in enumerate(cells):
        context = sep + sep.join(raws[i:]) + end + after
        facts.append(F(context, raw, _num(raw), unit, P, subject=subject, level=level, code=code, extra=TAB))
    return facts


# ------------------------------------------------------------ 124: Sở KH&ĐT tỉnh Điện Biên, tháng 10 năm 2024
_SKH = "Sở Kế hoạch và Đầu tư"


def _so_124(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SKH, level="tỉnh", **kw)


def _row_124(subject: object, received: str, online: str, rate: str, paid: str, after: str) -> list[Fact]:
    """The four numeric cells of one Markdown row: files received, files submitted online, online share
    (%), files paid online. `after` is the start of the next line."""
    cells = [(received, "hồ sơ", _TN), (online, "hồ sơ", _NOP), (rate, "%", _NOP), (paid, "hồ sơ", _TT)]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_124 = [
    # 1.
    _so_124("tiếp nhận mới 386", "386", 386, "hồ sơ", C, code=_TN),
    _so_124("tăng 41 hồ sơ", "41", 41, "hồ sơ", CH, code=_TN),
    _so_124("chuyển sang 27 hồ sơ", "27", 27, "hồ sơ", C, code=ANY),
    _so_124("giải quyết 371 hồ sơ", "371", 371, "hồ sơ", C, code=ANY),
    _so_124("đúng hạn 368 hồ sơ", "368", 368, "hồ sơ", C, code=_DH),
    _so_124("đạt 99,19%", "99,19%", 99.19, "%", code=_DH),
    _so_124("trễ hạn 03 hồ sơ", "03", 3, "hồ sơ", C, code=_QH),
    _so_124("còn 42 hồ sơ", "42", 42, "hồ sơ", C, code=ANY),
    # Markdown table by field (no STT column), then the "Cộng" row (the Sở)
    *_row_124(ANY, "312", "309", "99,04", "118", "| Đầu tư tại"),
    *_row_124(ANY, "38", "21", "55,26", "0", "| Thành lập và hoạt động của"),
    *_row_124(ANY, "29", "17", "58,62", "6", "| Đấu thầu"),
    *_row_124(ANY, "7", "7", "100", "0", "| Cộng"),
    *_row_124(_SKH, "386", "354", "91,71", "124", "\n2. Cung cấp"),
    # 2.
    _so_124("thực hiện 52 TTHC", "52", 52, "TTHC", C, code="tthc.tong_so"),
    _so_124("có 35 TTHC", "35", 35, "TTHC", C, code="766.dvctt.toan_trinh"),
    _so_124("và 17 TTHC", "17", 17, "TTHC", C, code="766.dvctt.mot_phan"),
    _so_124("chung của Sở đạt 91,71%", "91,71%", 91.71, "%", code=_NOP),
    _so_124("số 137 hồ sơ", "137", 137, "hồ sơ", C, code=ANY),
    _so_124("có 124 hồ sơ", "124", 124, "hồ sơ", C, code=_TT),
    _so_124("đạt 90,51%", "90,51%", 90.51, "%", code=_TT),
    # 3.
    _so_124("đạt 96,4%", "96,4%", 96.4, "%", code=_SH),
    _so_124("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    _so_124("đạt 98,8%", "98,8%", 98.8, "%", code="cds.ky_so"),
    _so_124("hướng dẫn 63 lượt", "63", 63, "lượt", C, code=ANY),
    # 4. ("không nhận được phản ánh, kiến nghị nào": no figure)
    _so_124("có 214 lượt", "214", 214, "lượt", C, code=ANY),
    _so_124("đạt 99,53%", "99,53%", 99.53, "%", code=_HL),
    # 5. at 31/10/2024 (= period end)
    _so_124("đạt 86,42/100", "86,42/100", 86.42, "điểm", max_value=100, code="766.tong_hop"),
    _so_124("thứ 4/20", "4/20", 4, "hạng", R, max_value=20, code="766.xep_hang"),
    _so_124("tăng 2 bậc", "2", 2, "hạng", CH, code="766.xep_hang"),
    # 6. a target for the investment field at the end of tháng 11/2024
    F("từ 70%", "70%", 70, "%", T, subject=ANY, level=ANY, as_of="2024-11-30", code=_NOP),
]

# ------------------------------------------------------------ 125: VP UBND tỉnh Ninh Bình, quý I năm 2025
_NNMT = "Sở Nông nghiệp và Môi trường"
_HUYEN_125 = "UBND các huyện, thành phố"

BLIND_125 = [
    # I. (10/4/2025 = meeting date)
    F("đạt 84,16/100", "84,16/100", 84.16, "điểm", max_value=100, code="766.tong_hop"),
    F("thứ 22/63", "22/63", 22, "hạng", R, max_value=63, code="766.xep_hang"),
    F("giảm 5 bậc", "5", -5, "hạng", CH, code="766.xep_hang"),
    F("thứ 17/63", "17/63", 17, "hạng", PR, max_value=63, as_of="2024-12-31", code="766.xep_hang"),
    F("đạt 71,3%", "71,3%", 71.3, "%", code=_NOP),
    F("đạt 48,26%", "48,26%", 48.26, "%", code=_TT),
    F("đạt 87,05%", "87,05%", 87.05, "%", code=_SH),
    F("tiếp nhận 318", "318", 318, "PAKN", C, code="pakn.tiep_nhan"),
    F("xử lý 306", "306", 306, "PAKN", C, code="pakn.da_xu_ly"),
    F("đạt 96,23%", "96,23%", 96.23, "%", code="pakn.ty_le_xu_ly"),
    F("còn 6 sở", "6", 6, "đơn vị", C, subject=ANY, level=ANY, code=None),
    F("còn 27 hồ sơ", "27", 27, "hồ sơ", C, subject=_NNMT, level="tỉnh", code=_QH),
    # II. 4. a target for the districts by 30/6/2025
    F("từ 90%", "90%", 90, "%", T, subject=_HUYEN_125, level="huyện", as_of="2025-06-30", code=_SH),
]

# ------------------------------------------------------------ 126: UBND tỉnh Sóc Trăng, quý II năm 2024


def _row_126(subject: str, received: str, online: str, on_time: str, digitised: str, after: str) -> list[Fact]:
    """The four numeric cells of one tab-separated row of a district-level unit (level huyện): files
    received, online share (%), on-time share (%), digitised share (%). The STT cell is not a figure."""
    cells = [(received, "hồ sơ", _TN), (online, "%", _NOP), (on_time, "%", _DH), (digitised, "%", _SH)]
    return _cells(subject, "huyện", cells, after, "\t", "\n")


BLIND_126 = [
    # I.1. (01/4/2024, 30/6/2024 = the period)
    F("tiếp nhận 128.634", "128.634", 128634, "hồ sơ", C, code=_TN),
    F("cấp tỉnh 19.870", "19.870", 19870, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_TN),
    F("cấp huyện 41.256", "41.256", 41256, "hồ sơ", C, subject="cấp huyện", level="huyện", code=_TN),
    F("cấp xã 67.508", "67.508", 67508, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    F("là 79.915", "79.915", 79915, "hồ sơ", C, code=_NOP),
    F("đạt 62,13%", "62,13%", 62.13, "%", code=_NOP),
    F("giải quyết 124.071", "124.071", 124071, "hồ sơ", C, code=ANY),
    F("trước hạn 122.583", "122.583", 122583, "hồ sơ", C, code=_DH),
    F("đạt 98,8%", "98,8%", 98.8, "%", code=_DH),
    F("quá hạn 1.488", "1.488", 1488, "hồ sơ", C, code=_QH),
    # I.2. ("Đến ngày 30/6/2024" = period end)
    F("đạt 42,7%", "42,7%", 42.7, "%", code=_TT),
    F("đạt 85,36%", "85,36%", 85.36, "%", code=_SH),
    F("đạt 91,02%", "91,02%", 91.02, "%", code=_KQ),
    F("có 612.450", "612.450", 612450, "tài khoản", C, code=_TK),
    # I.3.
    F("tiếp nhận 52", "52", 52, "PAKN", C, code="pakn.tiep_nhan"),
    F("xử lý 49", "49", 49, "PAKN", C, code="pakn.da_xu_ly"),
    F("03 phản ánh", "03", 3, "PAKN", C, code=ANY),
    F("đạt 98,4%", "98,4%", 98.4, "%", code=_HL),
    # I.4. tab-separated table of the 11 district-level units, then "Cộng cấp huyện" (= cấp huyện)
    *_row_126("Thành phố Sóc Trăng", "6.412", "77,78", "99,12", "91,3", "2\tThị xã Vĩnh Châu"),
    *_row_126("Thị xã Vĩnh Châu", "5.236", "63,10", "98,47", "84,6", "3\tThị xã Ngã Năm"),
    *_row_126("Thị xã Ngã Năm", "2.871", "68,16", "99,55", "88,2", "4\tHuyện Kế Sách"),
    *_row_126("Huyện Kế Sách", "4.105", "59,98", "97,93", "79,5", "5\tHuyện Long Phú"),
    *_row_126("Huyện Long Phú", "3.318", "60,79", "98,80", "83,1", "6\tHuyện Cù Lao Dung"),
    *_row_126("Huyện Cù Lao Dung", "1.946", "67,93", "100", "90,4", "7\tHuyện Mỹ Tú"),
    *_row_126("Huyện Mỹ Tú", "3.027", "55,76", "98,15", "76,8", "8\tHuyện Châu Thành"),
    *_row_126("Huyện Châu Thành", "3.584", "67,22", "99,30", "86,7", "9\tHuyện Mỹ Xuyên"),
    *_row_126("Huyện Mỹ Xuyên", "4.290", "60,56", "96,74", "81,2", "10\tHuyện Thạnh Trị"),
    *_row_126("Huyện Thạnh Trị", "2.765", "55,70", "99,06", "80,9", "11\tHuyện Trần Đề"),
    *_row_126("Huyện Trần Đề", "3.702", "56,86", "98,61", "78,3", "\tCộng cấp huyện"),
    *_row_126("cấp huyện", "41.256", "63,96", "98,61", "83,98", "\nTính đến"),
    # at 30/6/2024 (= period end)
    F("đạt 81,77/100", "81,77/100", 81.77, "điểm", max_value=100, code="766.tong_hop"),
    F("thứ 35/63", "35/63", 35, "hạng", R, max_value=63, code="766.xep_hang"),
    # II. a target for two districts in quý III/2024
    F("từ 65%", "65%", 65, "%", T, subject=ANY, level="huyện", as_of="2024-09-30", code=_NOP),
]

BLIND = {"124": BLIND_124, "125": BLIND_125, "126": BLIND_126}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "124": [
        ("2024-11-20", "day", "20/11/2024", "chấp thuận chủ trương đầu tư", "Phòng Kinh tế đối ngoại"),
    ],
    "125": [
        ("2025-04-30", "day", "30/4/2025", "giải quyết dứt điểm các hồ sơ quá hạn", _NNMT),
        ("2025-05-15", "day", "ngày 15 tháng 5 năm 2025", "tích hợp thanh toán trực tuyến",
         "Sở Khoa học và Công nghệ"),
        ("2025-05-31", "month", "tháng 5/2025", "đợt cao điểm", "Công an tỉnh"),
        ("2025-06-30", "day", "30/6/2025", "số hóa hồ sơ ngay khi tiếp nhận", _HUYEN_125),
        ("2025-06-30", "quarter", "quý II/2025", "khu vực hỗ trợ nộp hồ sơ trực tuyến",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        # issued 14/4/2025: the first "ngày 25 hằng tháng" is 25/4/2025
        ("2025-04-25", "recurring", "25 hằng tháng", "tổng hợp kết quả Bộ chỉ số", "Văn phòng UBND tỉnh"),
    ],
    "126": [
        ("2024-09-30", "quarter", "quý III/2024", "nâng tỷ lệ hồ sơ nộp trực tuyến",
         "UBND huyện Mỹ Tú và UBND huyện Thạnh Trị"),
        ("2024-08-31", "day", "31/8/2024", "Kho quản lý dữ liệu điện tử", "Sở Thông tin và Truyền thông"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind6.py's META).
# 124's issuer is a Sở (signed by a Phó Giám đốc); 125's issuer is the Văn phòng of UBND tỉnh Ninh Bình and
# its period is the quarter its title names; 126's period is stated as 01/4–30/6/2024.
META = {
    "124": {"doc_number": "2317/BC-SKHĐT", "doc_type": "Báo cáo", "issued_date": "2024-11-04",
            "province": "Điện Biên", "period_label": "tháng 10 năm 2024", "period_start": "2024-10-01",
            "period_end": "2024-10-31", "signer": "Lò Thị Thu Hà"},
    "125": {"doc_number": "71/TB-VPUBND", "doc_type": "Thông báo", "issued_date": "2025-04-14",
            "province": "Ninh Bình", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Đinh Văn Khiêm"},
    "126": {"doc_number": "187/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-07-08",
            "province": "Sóc Trăng", "period_label": "quý II năm 2024", "period_start": "2024-04-01",
            "period_end": "2024-06-30", "signer": "Thạch Minh Phúc"},
}
