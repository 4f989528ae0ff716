"""Blind golden facts for corpus/blind8/127_quang_binh.txt and 128_hau_giang.txt.

The two documents were written by the developers for an eighth blind measurement (provinces, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by
reading them, before any extraction, restoration or pipeline code was run on them. They also serve as
held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind7.py: rows use `golden.facts.Fact` (context string that
occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`;
table cells are kind `value` even when they count; `as_of="period"` is the period's end; `ANY` leaves a
field unchecked. Table cells carry `extra={"source": "table"}`. Dates, document numbers and the STT column
are not figures.

- 127 is a half-year Báo cáo of Sở Y tế tỉnh Quảng Bình (6 tháng đầu năm 2024, stated as 01/01–30/6/2024)
  about its own one-stop shop: every figure is the Sở's (subject "Sở Y tế", level tỉnh). Its Markdown
  table has no STT column; rows are fields of procedures (subject ANY, level tỉnh), two cells "100", and a
  "Tổng cộng" row that is the Sở's (equal to the prose "2.146", "2.093", "99,43%"). "thứ 3/19 sở, ban,
  ngành" is the Sở's rank among agencies (max 19). "05/04/01 phản ánh, kiến nghị" are PAKN counts. One
  deadline (day).
- 128 is a quarterly Báo cáo of UBND tỉnh Hậu Giang (quý III năm 2024, stated as 01/7–30/9/2024): total
  score, rank 19/63 with "tăng 6 bậc" and the previous rank "(xếp thứ 25/63)" of quý II/2024 (dated
  2024-06-30), six 766 group scores `x/max` in one sentence, a tab-separated table of the 8 district-level
  units (count and three shares, two "100" cells) with a "Tổng cộng" row with an empty STT cell (subject
  "cấp huyện", level huyện; equal to the prose "cấp huyện 22.122"). The target "từ 45% trở lên" is for two
  named districts, dated at the end of tháng 11/2024. Three deadlines: day, month, day in words.
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


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, object]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, code)`. A cell's context is the separator
    before it, the rest of its row and the start of the next line (`after`), so that it occurs once and
    the raw text is found first at the cell itself even where the same figure ("100") recurs."""
    facts = []
    raws = [raw for raw, _unit, _code in cells]
    for i, (raw, unit, code) in enumerate(cells):
        context = sep + sep.join(raws[i:]) + end + after
        facts.append(F(context, raw, _num(raw), unit, P, subject=subject, level=level, code=code, extra=TAB))
    return facts


# ------------------------------------------------------------ 127: Sở Y tế tỉnh Quảng Bình, 6 tháng đầu năm 2024
_SYT = "Sở Y tế"


def _so_127(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SYT, level="tỉnh", **kw)


def _row_127(subject: object, received: str, settled: str, on_time: str, after: str) -> list[Fact]:
    """The three numeric cells of one Markdown row: files received, files settled, on-time share (%).
    `after` is the start of the next line."""
    cells = [(received, "hồ sơ", _TN), (settled, "hồ sơ", ANY), (on_time, "%", _DH)]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_127 = [
    # 1. (01/01/2024, 30/6/2024 = the period)
    _so_127("tiếp nhận 2.146", "2.146", 2146, "hồ sơ", C, code=_TN),
    _so_127("chuyển sang 58 hồ sơ", "58", 58, "hồ sơ", C, code=ANY),
    _so_127("giải quyết 2.093", "2.093", 2093, "hồ sơ", C, code=ANY),
    _so_127("đúng hạn 2.081", "2.081", 2081, "hồ sơ", C, code=_DH),
    _so_127("đạt 99,43%", "99,43%", 99.43, "%", code=_DH),
    _so_127("quá hạn 12 hồ sơ", "12", 12, "hồ sơ", C, code=_QH),
    _so_127("còn 111 hồ sơ", "111", 111, "hồ sơ", C, code=ANY),
    # Markdown table by field (no STT column), then the "Tổng cộng" row (the Sở)
    *_row_127(ANY, "1.204", "1.187", "99,58", "| Khám bệnh"),
    *_row_127(ANY, "673", "655", "98,93", "| An toàn"),
    *_row_127(ANY, "215", "199", "100", "| Y tế dự phòng"),
    *_row_127(ANY, "54", "52", "100", "| Tổng cộng"),
    *_row_127(_SYT, "2.146", "2.093", "99,43", "\n2. Dịch vụ"),
    # 2.
    _so_127("thực hiện 118 TTHC", "118", 118, "TTHC", C, code="tthc.tong_so"),
    _so_127("có 74 TTHC", "74", 74, "TTHC", C, code="766.dvctt.toan_trinh"),
    _so_127("và 44 TTHC", "44", 44, "TTHC", C, code="766.dvctt.mot_phan"),
    _so_127("là 1.873", "1.873", 1873, "hồ sơ", C, code=_NOP),
    _so_127("đạt 87,28%", "87,28%", 87.28, "%", code=_NOP),
    _so_127("số 642 hồ sơ", "642", 642, "hồ sơ", C, code=ANY),
    _so_127("có 517 hồ sơ", "517", 517, "hồ sơ", C, code=_TT),
    _so_127("đạt 80,53%", "80,53%", 80.53, "%", code=_TT),
    # 3.
    _so_127("đạt 93,6%", "93,6%", 93.6, "%", code=_SH),
    _so_127("đạt 97,15%", "97,15%", 97.15, "%", code=_KQ),
    _so_127("đạt 41,2%", "41,2%", 41.2, "%", code=_TSD),
    # 4.
    _so_127("tiếp nhận 05", "05", 5, "PAKN", C, code="pakn.tiep_nhan"),
    _so_127("xử lý 04", "04", 4, "PAKN", C, code="pakn.da_xu_ly"),
    _so_127("01 phản ánh", "01", 1, "PAKN", C, code=ANY),
    _so_127("đạt 98,72%", "98,72%", 98.72, "%", code=_HL),
    # 5. at 30/6/2024 (= period end)
    _so_127("đạt 88,15/100", "88,15/100", 88.15, "điểm", max_value=100, code="766.tong_hop"),
    _so_127("thứ 3/19", "3/19", 3, "hạng", R, max_value=19, code="766.xep_hang"),
]

# ------------------------------------------------------------ 128: UBND tỉnh Hậu Giang, quý III năm 2024
_HUYEN_128 = "UBND huyện Phụng Hiệp và UBND huyện Long Mỹ"


def _row_128(subject: str, received: str, online: str, on_time: str, paid: str, after: str) -> list[Fact]:
    """The four numeric cells of one tab-separated row of a district-level unit (level huyện): files
    received, online share (%), on-time share (%), online payment share (%). The STT cell is not a figure."""
    cells = [(received, "hồ sơ", _TN), (online, "%", _NOP), (on_time, "%", _DH), (paid, "%", _TT)]
    return _cells(subject, "huyện", cells, after, "\t", "\n")


BLIND_128 = [
    # I.1. at 30/9/2024 (= period end)
    F("đạt 86,7/100", "86,7/100", 86.7, "điểm", max_value=100, code="766.tong_hop"),
    F("thứ 19/63", "19/63", 19, "hạng", R, max_value=63, code="766.xep_hang"),
    F("tăng 6 bậc", "6", 6, "hạng", CH, code="766.xep_hang"),
    F("thứ 25/63", "25/63", 25, "hạng", PR, max_value=63, as_of="2024-06-30", code="766.xep_hang"),
    F("đạt 16,8/18", "16,8/18", 16.8, "điểm", max_value=18, code="766.cong_khai"),
    F("đạt 19,4/20", "19,4/20", 19.4, "điểm", max_value=20, code="766.tien_do"),
    F("đạt 8,9/12", "8,9/12", 8.9, "điểm", max_value=12, code="766.dvctt"),
    F("đạt 6,7/10", "6,7/10", 6.7, "điểm", max_value=10, code="766.thanh_toan"),
    F("đạt 17,6/18", "17,6/18", 17.6, "điểm", max_value=18, code="766.hai_long"),
    F("đạt 17,3/22", "17,3/22", 17.3, "điểm", max_value=22, code="766.so_hoa"),
    # I.2.
    F("tiếp nhận 96.418", "96.418", 96418, "hồ sơ", C, code=_TN),
    F("cấp tỉnh 15.237", "15.237", 15237, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_TN),
    F("cấp huyện 22.122", "22.122", 22122, "hồ sơ", C, subject="cấp huyện", level="huyện", code=_TN),
    F("cấp xã 59.059", "59.059", 59059, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    F("là 61.872", "61.872", 61872, "hồ sơ", C, code=_NOP),
    F("đạt 64,17%", "64,17%", 64.17, "%", code=_NOP),
    F("đạt 98,9%", "98,9%", 98.9, "%", code=_DH),
    # I.3. tab-separated table of the 8 district-level units, then "Tổng cộng" (= cấp huyện)
    *_row_128("Thành phố Vị Thanh", "3.415", "74,52", "99,21", "48,3", "2\tThành phố Ngã Bảy"),
    *_row_128("Thành phố Ngã Bảy", "2.287", "70,18", "98,64", "45,9", "3\tThị xã Long Mỹ"),
    *_row_128("Thị xã Long Mỹ", "1.964", "61,30", "100", "39,6", "4\tHuyện Châu Thành"),
    *_row_128("Huyện Châu Thành", "3.102", "66,45", "97,85", "41,2", "5\tHuyện Châu Thành A"),
    *_row_128("Huyện Châu Thành A", "2.856", "68,07", "99,02", "44,8", "6\tHuyện Phụng Hiệp"),
    *_row_128("Huyện Phụng Hiệp", "3.738", "58,92", "96,90", "36,5", "7\tHuyện Vị Thủy"),
    *_row_128("Huyện Vị Thủy", "2.519", "63,11", "98,37", "40,1", "8\tHuyện Long Mỹ"),
    *_row_128("Huyện Long Mỹ", "2.241", "55,43", "100", "33,7", "\tTổng cộng"),
    *_row_128("cấp huyện", "22.122", "65,06", "98,60", "41,43", "\nII. NHIỆM VỤ"),
    # II.2. a target for two districts by the end of tháng 11/2024
    F("từ 45%", "45%", 45, "%", T, subject=_HUYEN_128, level="huyện", as_of="2024-11-30", code=_TT),
]

BLIND = {"127": BLIND_127, "128": BLIND_128}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "127": [
        ("2024-07-31", "day", "31/7/2024", "chứng chỉ hành nghề dược", "Phòng Nghiệp vụ Dược"),
    ],
    "128": [
        ("2024-10-31", "day", "31/10/2024", "đồng bộ đầy đủ trạng thái hồ sơ", "Sở Thông tin và Truyền thông"),
        ("2024-11-30", "month", "tháng 11/2024", "thanh toán trực tuyến phí, lệ phí", _HUYEN_128),
        ("2024-12-20", "day", "ngày 20 tháng 12 năm 2024", "đánh giá kết quả Bộ chỉ số năm 2024",
         "Văn phòng UBND tỉnh"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind7.py's META).
# 127's issuer is a Sở (signed by a Phó Giám đốc), period stated as 01/01–30/6/2024; 128's as 01/7–30/9/2024.
META = {
    "127": {"doc_number": "1482/BC-SYT", "doc_type": "Báo cáo", "issued_date": "2024-07-05",
            "province": "Quảng Bình", "period_label": "6 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-06-30", "signer": "Hoàng Văn Lực"},
    "128": {"doc_number": "245/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-10-10",
            "province": "Hậu Giang", "period_label": "quý III năm 2024", "period_start": "2024-07-01",
            "period_end": "2024-09-30", "signer": "Lê Minh Khoa"},
}
