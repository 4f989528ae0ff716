"""Blind golden facts for corpus/blind3/109_quang_ngai.txt, 110_son_la.txt and 111_long_an.txt.

The three reports were written by the developers for a third blind measurement (provinces, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by
reading them, before any extraction, restoration or pipeline code was run on them. They also serve as
held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind2.py: rows use `golden.facts.Fact` (context string that
occurs once in the document + the figure as written inside it). Prose counts are kind `count`; table
cells are kind `value` even when they count; `as_of="period"` is the period's end; `ANY` leaves a field
unchecked where the sentence names no catalogued indicator (`None` where it clearly names none).
Table cells carry `extra={"source": "table"}`. A table column dated before the period end keeps kind
`value` with that column's date as `as_of`; a change column is dated at the period end. "thủ tục"
counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`. A count of the files an
indicator is computed on carries that indicator's code (as "cho 148.062" does in golden/blind2.py).
Dates, times of day ("17 giờ"), document numbers, "9 tháng" and "mức độ 2" are not figures.
"""

from __future__ import annotations

from golden.facts import (
    _DH,
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
)

_STNMT = "Sở Tài nguyên và Môi trường"

# ---------------------------------------------------------------- 109: TT PVHCC tỉnh Quảng Ngãi, tháng 11/2024
_OCT_109 = "2024-10-31"


def _level_109(unit_name: str) -> str | None:
    """Sở → tỉnh, UBND thành phố/thị xã/huyện → huyện, the province's own row → None."""
    if unit_name.startswith("Sở "):
        return "tỉnh"
    if unit_name.startswith("UBND "):
        return "huyện"
    return None


def _row_109(unit_name: str, before: str, now: str, change: str):
    """The three cells of one row of the Markdown table: 31/10/2024, 30/11/2024 (period end), change.

    All three are digitisation rates in % (the change column is a difference of two rates, unit `%`).
    The row "Toàn tỉnh" is the province itself (subject and level NULL). The "now" context starts at the
    cell's own bar so that the first occurrence of `now` is that cell even when it equals `before`.
    """
    subject = None if unit_name == "Toàn tỉnh" else unit_name
    level = _level_109(unit_name)

    def num(raw: str) -> float:
        return float(raw.replace(",", "."))

    return [
        F(f"{unit_name} | {before}", before, num(before), "%", P, subject=subject, level=level, as_of=_OCT_109,
          code=_SH, extra=TAB),
        F(f"| {now} | {change} |", now, num(now), "%", P, subject=subject, level=level, code=_SH, extra=TAB),
        F(f"{now} | {change}", change, num(change), "%", CH, subject=subject, level=level, code=_SH, extra=TAB),
    ]


BLIND_109 = [
    # I.1 kiểm soát TTHC (17 giờ, 30/11/2024 are the data cut-off, not figures)
    F("hành 06 quyết định", "06", 6, "quyết định", C, code=None),
    F("với 58 TTHC", "58", 58, "TTHC", C, code=ANY),
    F("là 71 quyết định", "71", 71, "quyết định", C, code=None),
    F("là 1.931 thủ tục", "1.931", 1931, "TTHC", C, code="tthc.tong_so"),
    F("đó 1.227 thủ tục", "1.227", 1227, "TTHC", C, code="766.dvctt.tthc_cung_cap"),
    F("toàn trình 746", "746", 746, "TTHC", C, code="766.dvctt.toan_trinh"),
    F("một phần 481", "481", 481, "TTHC", C, code="766.dvctt.mot_phan"),
    F("quốc gia đạt 100%", "100%", 100, "%", code="766.cong_khai.day_du"),
    # I.2 tiếp nhận, giải quyết, thanh toán
    F("tiếp nhận 41.372", "41.372", 41372, "hồ sơ", C, code=_TN),
    F("tuyến 27.108", "27.108", 27108, "hồ sơ", C, code=_NOP),
    F("(65,52%)", "65,52%", 65.52, "%", code=_NOP),
    F("ích 14.264", "14.264", 14264, "hồ sơ", C, code=_NTT),
    F("(34,48%)", "34,48%", 34.48, "%", code=_NTT),
    F("giải quyết 39.845", "39.845", 39845, "hồ sơ", C, code=ANY),
    F("đúng hạn 39.512", "39.512", 39512, "hồ sơ", C, code=_DH),
    F("(đạt 99,16%)", "99,16%", 99.16, "%", code=_DH),
    F("quá hạn 333", "333", 333, "hồ sơ", C, code=_QH),
    F("(0,84%)", "0,84%", 0.84, "%", code=_QH),
    F("còn 5.207", "5.207", 5207, "hồ sơ", C, code=ANY),
    F("có 9.416", "9.416", 9416, "hồ sơ", C, code=_TT),
    F("tiền 6,82 tỷ", "6,82", 6.82, "tỷ đồng", code=ANY),
    F("đạt 52,7%", "52,7%", 52.7, "%", code=_TT),
    F("(tháng 10/2024: 49,9%)", "49,9%", 49.9, "%", PR, as_of=_OCT_109, code=_TT),
    # I.3 số hóa, ký số
    F("tỉnh đạt 81,36%", "81,36%", 81.36, "%", code=_SH),
    F("tăng 3,05%", "3,05%", 3.05, "%", CH, code=_SH),
    # Markdown table (9 rows x 3 numeric cells)
    *_row_109("Sở Tư pháp", "96,40", "97,15", "+0,75"),
    *_row_109(_STNMT, "71,22", "70,37", "-0,85"),
    *_row_109("Sở Kế hoạch và Đầu tư", "99,10", "99,10", "0,00"),
    *_row_109("UBND thành phố Quảng Ngãi", "84,56", "88,68", "+4,12"),
    *_row_109("UBND thị xã Đức Phổ", "77,05", "80,93", "+3,88"),
    *_row_109("UBND huyện Bình Sơn", "69,48", "73,60", "+4,12"),
    *_row_109("UBND huyện Ba Tơ", "52,17", "58,02", "+5,85"),
    *_row_109("UBND huyện Lý Sơn", "63,90", "61,74", "-2,16"),
    *_row_109("Toàn tỉnh", "78,31", "81,36", "+3,05"),
    F("cho 36.904", "36.904", 36904, "hồ sơ", C, code=_KQ),
    F("đạt 92,62%", "92,62%", 92.62, "%", code=_KQ),
    F("đạt 41,07%", "41,07%", 41.07, "%", code=_TSD),
    F("đạt 98,3%", "98,3%", 98.3, "%", code="cds.ky_so"),
    # I.4 PAKN, hài lòng
    F("tiếp nhận 37", "37", 37, "PAKN", C, code="pakn.tiep_nhan"),
    F("xử lý 35 PAKN", "35", 35, "PAKN", C, code="pakn.da_xu_ly"),
    F("đạt 94,59%", "94,59%", 94.59, "%", code="pakn.ty_le_xu_ly"),
    F("còn 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    F("đạt 98,15%", "98,15%", 98.15, "%", code="766.hai_long.tthc"),
    # I.5 Bộ chỉ số (the province itself); "tụt 2 bậc" is a fall of two places
    F("đạt 80,94/100", "80,94/100", 80.94, "điểm", max_value=100, code="766.tong_hop"),
    F("thứ 29/63", "29/63", 29, "hạng", R, max_value=63, code="766.xep_hang"),
    F("giảm 0,37 điểm", "0,37", -0.37, "điểm", CH, code="766.tong_hop"),
    F("tụt 2 bậc", "2", -2, "hạng", CH, code="766.xep_hang"),
    # II. tồn tại
    F("(187 hồ sơ)", "187", 187, "hồ sơ", C, subject=_STNMT, level="tỉnh", code=_QH),
    F("(64 hồ sơ)", "64", 64, "hồ sơ", C, subject="UBND huyện Bình Sơn", level="huyện", code=_QH),
    # III. nhiệm vụ: a target due 31/12/2024 for two districts
    F("tối thiểu 70%", "70%", 70, "%", T, subject="UBND huyện Ba Tơ, UBND huyện Lý Sơn", level="huyện",
      as_of="2024-12-31", code=_SH),
]

# ---------------------------------------------------------------- 110: UBND tỉnh Sơn La, 9 tháng năm 2024
BLIND_110 = [
    # figures as of 30/9/2024 (= period end); 7205, 04/10/2024 are cited, not figures
    F("đạt 74,62 điểm", "74,62", 74.62, "điểm", code="766.tong_hop"),
    F("thứ 51/63", "51/63", 51, "hạng", R, max_value=63, code="766.xep_hang"),
    F("(4,8/10 điểm)", "4,8/10", 4.8, "điểm", max_value=10, code="766.thanh_toan"),
    F("(11,3/22 điểm)", "11,3/22", 11.3, "điểm", max_value=22, code="766.so_hoa"),
    F("còn 1.215", "1.215", 1215, "hồ sơ", C, code=_QH),
    F("có 642 hồ sơ", "642", 642, "hồ sơ", C, subject=_STNMT, level="tỉnh", code=_QH),
    F("đạt 28,4%", "28,4%", 28.4, "%", code=_TT),
    F("; 7/12 huyện", "7/12", 7, "huyện", C, max_value=12, subject="cấp huyện", level="huyện", code=None),
    # 3. a province-wide target due 31/12/2024 (assigned to Sở TT&TT, but the rate is the province's)
    F("tối thiểu 45%", "45%", 45, "%", T, as_of="2024-12-31", code=_TT),
    # "mức độ 2" (item 5) names a level of account, not a figure
]

# ---------------------------------------------------------------- 111: Sở Nội vụ tỉnh Long An, quý I/2025


def _row_111(unit_name: str, received: str, online: str, share: str, overdue: str):
    """The four cells of one row of the tab-separated table: files received, submitted online, online
    share (%), overdue files, for one district-level unit (the total row is cấp huyện as a whole)."""
    subject = "cấp huyện" if unit_name == "Tổng cộng cấp huyện" else unit_name

    def num(raw: str) -> float:
        return float(raw.replace(".", "").replace(",", "."))

    def cell(context: str, raw: str, unit: str, code: str) -> Fact:
        return F(context, raw, num(raw), unit, P, subject=subject, level="huyện", code=code, extra=TAB)

    return [
        cell(f"{unit_name}\t{received}", received, "hồ sơ", _TN),
        cell(f"{received}\t{online}", online, "hồ sơ", _NOP),
        cell(f"{online}\t{share}", share, "%", _NOP),
        cell(f"{share}\t{overdue}\n", overdue, "hồ sơ", _QH),
    ]


BLIND_111 = [
    # A.I kiểm soát TTHC (5023, 27/12/2024, 01/01/2025, 31/3/2025 are cited dates, not figures)
    F("công bố 132 TTHC", "132", 132, "TTHC", C, code=ANY),
    F("bãi bỏ 27 TTHC", "27", 27, "TTHC", C, code=ANY),
    F("là 1.784 thủ tục", "1.784", 1784, "TTHC", C, code="tthc.tong_so"),
    F("(cấp tỉnh: 1.365", "1.365", 1365, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code="tthc.tong_so"),
    F("cấp huyện: 276", "276", 276, "TTHC", C, subject="cấp huyện", level="huyện", code="tthc.tong_so"),
    F("cấp xã: 143", "143", 143, "TTHC", C, subject="cấp xã", level="xã", code="tthc.tong_so"),
    # A.II tiếp nhận, giải quyết
    F("tiếp nhận 298.640", "298.640", 298640, "hồ sơ", C, code=_TN),
    F("giải quyết 287.113", "287.113", 287113, "hồ sơ", C, code=ANY),
    F("trước hạn 285.417", "285.417", 285417, "hồ sơ", C, code=_DH),
    F("tỷ lệ 99,41%", "99,41%", 99.41, "%", code=_DH),
    F("quá hạn 1.696", "1.696", 1696, "hồ sơ", C, code=_QH),
    # tab-separated table, as of the period's end: 16 rows x 4 cells
    *_row_111("Thành phố Tân An", "9.842", "7.911", "80,4", "6"),
    *_row_111("Thị xã Kiến Tường", "2.415", "1.702", "70,5", "3"),
    *_row_111("Huyện Bến Lức", "8.376", "6.328", "75,5", "21"),
    *_row_111("Huyện Đức Hòa", "11.208", "8.450", "75,4", "37"),
    *_row_111("Huyện Cần Giuộc", "7.951", "5.689", "71,6", "18"),
    *_row_111("Huyện Cần Đước", "6.634", "4.702", "70,9", "12"),
    *_row_111("Huyện Tân Trụ", "2.987", "2.014", "67,4", "5"),
    *_row_111("Huyện Châu Thành", "3.412", "2.306", "67,6", "9"),
    *_row_111("Huyện Thủ Thừa", "3.958", "2.811", "71,0", "14"),
    *_row_111("Huyện Thạnh Hóa", "2.106", "1.387", "65,9", "2"),
    *_row_111("Huyện Tân Thạnh", "2.543", "1.630", "64,1", "7"),
    *_row_111("Huyện Mộc Hóa", "1.392", "871", "62,6", "0"),
    *_row_111("Huyện Vĩnh Hưng", "1.874", "903", "48,2", "11"),
    *_row_111("Huyện Tân Hưng", "1.655", "752", "45,4", "16"),
    *_row_111("Huyện Đức Huệ", "1.720", "1.046", "60,8", "4"),
    *_row_111("Tổng cộng cấp huyện", "68.073", "48.502", "71,2", "165"),
    # A.III DVCTT, thanh toán
    F("toàn tỉnh đạt 72,86%", "72,86%", 72.86, "%", code=_NOP),
    F("với 88,10%", "88,10%", 88.10, "%", subject="cấp tỉnh", level="tỉnh", code=_NOP),
    F("với 58,92%", "58,92%", 58.92, "%", subject="cấp xã", level="xã", code=_NOP),
    F("đạt 57,4%", "57,4%", 57.4, "%", code=_TT),
    F("tăng 6,2%", "6,2%", 6.2, "%", CH, code=_TT),
    F("(51,2%)", "51,2%", 51.2, "%", PR, as_of="2024-12-31", code=_TT),
    # A.IV số hóa, ký số
    F("đạt 86,47%", "86,47%", 86.47, "%", code=_SH),
    F("đạt 91,02%", "91,02%", 91.02, "%", code=_KQ),
    F("mới 3.462", "3.462", 3462, "chứng thư", C, code=None),
    F("đạt 99,2%", "99,2%", 99.2, "%", code="cds.ky_so"),
    # A.V PAKN, hài lòng, Bộ chỉ số (31/3/2025 = period end)
    F("tiếp nhận 86", "86", 86, "PAKN", C, code="pakn.tiep_nhan"),
    F("xử lý 81 PAKN", "81", 81, "PAKN", C, code="pakn.da_xu_ly"),
    F("còn 05 PAKN", "05", 5, "PAKN", C, code=ANY),
    F("đạt 97,12%", "97,12%", 97.12, "%", code="766.hai_long.tthc"),
    F("đạt 85,03 điểm", "85,03", 85.03, "điểm", code="766.tong_hop"),
    F("thứ 12/63", "12/63", 12, "hạng", R, max_value=63, code="766.xep_hang"),
    # C. nhiệm vụ: a target due at the end of quý II/2025 for two districts
    F("tối thiểu 55%", "55%", 55, "%", T, subject="UBND huyện Tân Hưng, UBND huyện Vĩnh Hưng", level="huyện",
      as_of="2025-06-30", code=_NOP),
]

BLIND = {"109": BLIND_109, "110": BLIND_110, "111": BLIND_111}

_ALL_110 = "Các sở, ban, ngành; UBND các huyện, thành phố"

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "109": [
        ("2024-12-20", "day", "20/12/2024", "giải quyết dứt điểm hồ sơ quá hạn",
         "Sở Tài nguyên và Môi trường, UBND huyện Bình Sơn"),
        ("2024-12-31", "day", "31/12/2024", "tăng cường số hóa hồ sơ", "UBND huyện Ba Tơ, UBND huyện Lý Sơn"),
        ("2024-12-31", "month", "tháng 12/2024", "tổ chức tập huấn ký số", "Trung tâm Phục vụ hành chính công tỉnh"),
    ],
    "110": [
        # items under "1." take their assignee from the item's head line
        ("2024-11-05", "day", "05/11/2024", "báo cáo danh sách hồ sơ quá hạn", _ALL_110),
        # issued 28/10/2024: the first "ngày 25 hằng tháng" is 25/11/2024
        ("2024-11-25", "recurring", "ngày 25 hằng tháng", "gửi báo cáo kết quả thực hiện", _ALL_110),
        # the date written in words, before the assignee
        ("2024-11-15", "day", "ngày 15 tháng 11 năm 2024", "xử lý dứt điểm", _STNMT),
        ("2024-12-31", "day", "31/12/2024", "thanh toán trực tuyến", "Sở Thông tin và Truyền thông"),
        ("2024-11-30", "month", "tháng 11/2024", "nâng cấp chức năng ký số", "Sở Thông tin và Truyền thông"),
        ("2025-03-31", "quarter", "quý I năm 2025", "hoàn thành số hóa kết quả giải quyết",
         "UBND các huyện Sốp Cộp, Bắc Yên, Quỳnh Nhai"),
        ("2024-12-20", "day", "20/12/2024", "báo cáo kết quả", "Công an tỉnh"),
        ("2025-01-10", "day", "10/01/2025", "tham mưu đưa vào tiêu chí đánh giá", "Sở Nội vụ"),
    ],
    "111": [
        ("2025-06-30", "quarter", "quý II/2025", "nâng tỷ lệ hồ sơ nộp trực tuyến",
         "UBND huyện Tân Hưng, UBND huyện Vĩnh Hưng"),
        ("2025-04-30", "day", "30/4/2025", "cập nhật xong tài khoản người xử lý hồ sơ", "Sở Nội vụ"),
        ("2025-09-30", "quarter", "quý III/2025", "tổ chức khảo sát sự hài lòng", "Sở Nội vụ"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind2.py's META).
META = {
    "109": {"doc_number": "94/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2024-12-04",
            "province": "Quảng Ngãi", "period_label": "tháng 11 năm 2024", "period_start": "2024-11-01",
            "period_end": "2024-11-30", "signer": "Phạm Minh Khoa"},
    "110": {"doc_number": "4518/UBND-KSTT", "doc_type": "Công văn", "issued_date": "2024-10-28",
            "province": "Sơn La", "period_label": "9 tháng năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-09-30", "signer": "Cầm Văn Sơn"},
    "111": {"doc_number": "412/BC-SNV", "doc_type": "Báo cáo", "issued_date": "2025-04-07",
            "province": "Long An", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Trương Thị Ngọc Hân"},
}
