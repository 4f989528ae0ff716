"""Blind golden facts for corpus/blind5/116_tuyen_quang.txt, 117_quang_tri.txt, 118_tay_ninh.txt and 119_vinh_long.txt.

The four documents were written by the developers for a fifth blind measurement (provinces, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by
reading them, before any extraction, restoration or pipeline code was run on them. They also serve as
held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind2.py, blind3.py and blind4.py: rows use `golden.facts.Fact`
(context string that occurs once in the document + the figure as written inside it). Prose and list
counts are kind `count`; table cells are kind `value` even when they count; `as_of="period"` is the
period's end; `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None`
where it clearly names none). Table cells carry `extra={"source": "table"}`. "thủ tục" counts use the unit
`TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`. A count of the files an indicator is computed on
carries that indicator's code. Dates, document numbers, "6 tháng", "mức độ 2", "ba cấp", "năm 2021",
"gần gấp đôi", the STT column (including row numbers such as "1.1"…"1.7") and ward names such as
"Phường 3, Phường 4" are not figures.

New in this set:
- 116 is a Báo cáo of a Sở (Sở Tư pháp tỉnh Tuyên Quang) with a two-level numbered structure (`1.`,
  `1.1.`, `a)`). Section 1 is about the Sở's own Bộ phận Một cửa: subject "Sở Tư pháp", level "tỉnh".
  Section 2 is province-wide (subject/level NULL) with a tab-separated table whose STT column holds
  "1", "1.1"…"1.7", "2" and an empty cell on the total row: row "1" is the subtotal of cấp huyện
  (subject "cấp huyện"), rows 1.x are the districts (as written, level huyện), row "2" is cấp xã, the
  "Tổng cộng" row is the province (NULL/NULL). Row numbers "1.1"… look like thousands-dot numbers
  ("1.845" is a figure, "1.7" is not). The comparison "cùng kỳ năm 2023" is dated at the end of the same
  period a year earlier (2023-06-30).
- 117 is a Công văn chấn chỉnh listing eight units with their overdue files in prose, "Unit (N hồ sơ)"
  (kind count, code `766.tien_do.qua_han`; a Chi nhánh Văn phòng Đăng ký đất đai of a district is level
  huyện, as in golden/blind4.py's 112). Six deadlines: day in digits, day in words, quarter, month,
  day, recurring ("ngày 05 hằng tháng", first occurrence after the issue date 15/4/2025).
- 118 is a Thông báo whose figures sit in long sentences with "%" written apart ("17,1 %"), a sum of
  money with thousands dots ("18.736.420.000 đồng"), and comparisons with "cùng kỳ năm 2023" (a previous
  value dated 2023-12-31, the end of quý IV/2023). A relative growth ("tăng 17,1 %" of a file count) is a
  change in `%` with no code checked. "xếp thứ 4 trong 63 tỉnh, thành phố" is rank 4 with max 63 (63 is
  part of the rank, not a figure); the previous rank "(xếp thứ 9)" keeps max 63 (same 63 provinces).
  Deadlines are introduced by "Một là, … Hai là, … Ba là, …".
- 119 is a report of a post-merger ward (UBND phường Thanh Đức, tỉnh Vĩnh Long (mới)), tháng 10/2025.
  All its figures are the ward's own (subject "UBND phường Thanh Đức", level "xã", like golden/blind4.py's
  112 town), including area, population and number of khóm (code None) and its Trung tâm Phục vụ hành
  chính công phường. Cumulative figures "Lũy kế từ ngày 01/7/2025 đến ngày 31/10/2025" are dated at the
  period end. "1.032/1.487 hồ sơ" is one count with max 1487 (like "14/14 PAKN" in 112); "7/124" is the
  ward's rank among the province's 124 xã, phường.
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


# ------------------------------------------------------------ 116: Sở Tư pháp tỉnh Tuyên Quang, 6 tháng đầu năm 2024
_STP = "Sở Tư pháp"
_H1_2023 = "2023-06-30"


def _sotp(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở's own Bộ phận Một cửa (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_STP, level="tỉnh", **kw)


def _row_116(label: str, subject: str | None, level: str | None, total: str, electronic: str, rate: str):
    """The three numeric cells of one tab-separated row: files for certified copies, of which
    electronic, electronic share (%). The STT cell ("1", "1.1", …, empty on the total row) is not a
    figure. The rate is the row's last cell, so its context ends with the line break."""
    def cell(context: str, raw: str, unit: str, code: object) -> Fact:
        return F(context, raw, _num(raw), unit, P, subject=subject, level=level, code=code, extra=TAB)

    return [
        cell(f"{label}\t{total}", total, "hồ sơ", ANY),
        cell(f"{total}\t{electronic}", electronic, "hồ sơ", _CT),
        cell(f"{electronic}\t{rate}\n", rate, "%", _CT),
    ]


def _district_116(name: str, total: str, electronic: str, rate: str):
    """A district row (1.1 … 1.7): subject the district as written, level huyện."""
    return _row_116(name, name, "huyện", total, electronic, rate)


BLIND_116 = [
    # preamble (17/KH-UBND 29/01/2024, 1105/VP-KSTT 24/6/2024, 01/01/2024, 30/6/2024 are cited, not figures)
    # 1.1 the Sở's TTHC
    _sotp("thực hiện 98 TTHC", "98", 98, "TTHC", C, code="tthc.tong_so"),
    _sotp("hóa 7 TTHC", "7", 7, "TTHC", C, code=ANY),
    # 1.2 a) files at the Sở's Bộ phận Một cửa ("không có hồ sơ quá hạn" holds no figure)
    _sotp("mới 4.736", "4.736", 4736, "hồ sơ", C, code=_TN),
    _sotp("sang 112 hồ sơ", "112", 112, "hồ sơ", C, code=ANY),
    _sotp("là 3.918", "3.918", 3918, "hồ sơ", C, code=_NOP),
    _sotp("đạt 82,73%", "82,73%", 82.73, "%", code=_NOP),
    _sotp("giải quyết 4.705", "4.705", 4705, "hồ sơ", C, code=ANY),
    _sotp("giải quyết 143", "143", 143, "hồ sơ", C, code=ANY),
    # 1.2 b) by field
    _sotp("tư pháp 3.684", "3.684", 3684, "hồ sơ", C, code=_TN),
    _sotp("là 2.962", "2.962", 2962, "hồ sơ", C, code=ANY),
    _sotp("(80,40%)", "80,40%", 80.40, "%", code=ANY),
    _sotp("khác 1.052", "1.052", 1052, "hồ sơ", C, code=_TN),
    # 1.3 thanh toán, số hóa, ký số
    _sotp("có 2.874", "2.874", 2874, "hồ sơ", C, code=_TT),
    _sotp("số 3.705", "3.705", 3705, "hồ sơ", C, code=ANY),
    _sotp("đạt 77,57%", "77,57%", 77.57, "%", code=_TT),
    _sotp("đạt 100%", "100%", 100, "%", code=_SH),
    _sotp("đạt 96,4%", "96,4%", 96.4, "%", code=_KQ),
    _sotp("đạt 99,8%", "99,8%", 99.8, "%", code="cds.ky_so"),
    # 2.1 province-wide chứng thực điện tử
    F("đạt 19,23%", "19,23%", 19.23, "%", code=_CT),
    F("tăng 7,75%", "7,75%", 7.75, "%", CH, code=_CT),
    F("(11,48%)", "11,48%", 11.48, "%", PR, as_of=_H1_2023, code=_CT),
    F("còn 46/138", "46/138", 46, "xã", C, max_value=138, subject="cấp xã", level="xã", code=None),
    # 2.2 tab-separated table: 10 rows x 3 cells
    *_row_116("Cấp huyện (Phòng Tư pháp)", "cấp huyện", "huyện", "60.423", "16.172", "26,76"),
    *_district_116("Thành phố Tuyên Quang", "18.406", "7.215", "39,20"),
    *_district_116("Huyện Yên Sơn", "9.872", "2.468", "25,00"),
    *_district_116("Huyện Sơn Dương", "11.350", "2.951", "26,00"),
    *_district_116("Huyện Hàm Yên", "7.614", "1.583", "20,79"),
    *_district_116("Huyện Chiêm Hóa", "8.209", "1.396", "17,01"),
    *_district_116("Huyện Na Hang", "3.127", "402", "12,86"),
    *_district_116("Huyện Lâm Bình", "1.845", "157", "8,51"),
    *_row_116("Cấp xã", "cấp xã", "xã", "97.536", "14.208", "14,57"),
    *_row_116("Tổng cộng", None, None, "157.959", "30.380", "19,23"),
    # 3.1 a) a province-wide target due 31/12/2024 (assigned to the Sở, but the rate is the province's)
    F("tối thiểu 30%", "30%", 30, "%", T, as_of="2024-12-31", code=_CT),
]

# ---------------------------------------------------------------- 117: UBND tỉnh Quảng Trị, quý I năm 2025
_Q4_2024 = "2024-12-31"


def _overdue_117(name: str, files: str, level: str) -> Fact:
    """One "Unit (N hồ sơ)" of the prose list of units with overdue files."""
    return F(f"{name} ({files} hồ sơ)", files, _num(files), "hồ sơ", C, subject=name, level=level, code=_QH)


BLIND_117 = [
    # first paragraph (01/01/2025, 31/3/2025 = the period; 31/12/2024 dates the previous score)
    F("tiếp nhận 96.518", "96.518", 96518, "hồ sơ", C, code=_TN),
    F("đạt 64,7%", "64,7%", 64.7, "%", code=_NOP),
    F("giải quyết 91.204", "91.204", 91204, "hồ sơ", C, code=ANY),
    F("có 1.437", "1.437", 1437, "hồ sơ", C, code=_QH),
    F("chiếm 1,58%", "1,58%", 1.58, "%", code=_QH),
    F("tăng 0,64%", "0,64%", 0.64, "%", CH, code=_QH),
    F("(0,94%)", "0,94%", 0.94, "%", PR, as_of=_Q4_2024, code=_QH),
    F("còn 98,42%", "98,42%", 98.42, "%", code=_DH),
    F("từ 19,2/20", "19,2/20", 19.2, "điểm", PR, max_value=20, as_of=_Q4_2024, code="766.tien_do"),
    F("xuống 18,4/20", "18,4/20", 18.4, "điểm", max_value=20, code="766.tien_do"),
    # second paragraph: units with overdue files, in prose
    _overdue_117("Chi nhánh Văn phòng Đăng ký đất đai thành phố Đông Hà", "268", "huyện"),
    _overdue_117("Chi nhánh Văn phòng Đăng ký đất đai huyện Hải Lăng", "187", "huyện"),
    _overdue_117("UBND huyện Hướng Hóa", "120", "huyện"),
    _overdue_117("Sở Nông nghiệp và Môi trường", "96", "tỉnh"),
    _overdue_117("UBND huyện Vĩnh Linh", "74", "huyện"),
    _overdue_117("UBND huyện Triệu Phong", "58", "huyện"),
    _overdue_117("Sở Xây dựng", "45", "tỉnh"),
    _overdue_117("UBND thị xã Quảng Trị", "23", "huyện"),
    F("Đáng chú ý, 214", "214", 214, "hồ sơ", C, code=ANY),
    F("có 17 xã", "17", 17, "xã", C, subject="cấp xã", level="xã", code=None),
    # 1. a province-wide target due at the end of quý II/2025
    F("dưới 0,5%", "0,5%", 0.5, "%", T, as_of="2025-06-30", code=_QH),
]

# ---------------------------------------------------------------- 118: VP UBND tỉnh Tây Ninh, quý IV năm 2024
_Q4_2023 = "2023-12-31"

BLIND_118 = [
    # 1st sentence: files received, online (01/10/2024, 31/12/2024 = the period)
    F("tổng cộng 148.327", "148.327", 148327, "hồ sơ", C, code=_TN),
    F("tăng 21.659", "21.659", 21659, "hồ sơ", CH, code=_TN),
    F("tăng 17,1 %", "17,1 %", 17.1, "%", CH, code=ANY),
    F("(126.668 hồ sơ)", "126.668", 126668, "hồ sơ", PR, as_of=_Q4_2023, code=_TN),
    F("là 112.806", "112.806", 112806, "hồ sơ", C, code=_NOP),
    F("chiếm 76,05 %", "76,05 %", 76.05, "%", code=_NOP),
    F("cao hơn 19,32 %", "19,32 %", 19.32, "%", CH, code=_NOP),
    F("là 56,73 %", "56,73 %", 56.73, "%", PR, as_of=_Q4_2023, code=_NOP),
    # 2nd: files settled, overdue
    F("giải quyết 141.902", "141.902", 141902, "hồ sơ", C, code=ANY),
    F("đúng hạn 141.118", "141.118", 141118, "hồ sơ", C, code=_DH),
    F("đạt 99,45 %", "99,45 %", 99.45, "%", code=_DH),
    F("quá hạn 784", "784", 784, "hồ sơ", C, code=_QH),
    F("chiếm 0,55 %", "0,55 %", 0.55, "%", code=_QH),
    F("giảm 1.126", "1.126", -1126, "hồ sơ", CH, code=_QH),
    F("tới 1.910", "1.910", 1910, "hồ sơ", PR, as_of=_Q4_2023, code=_QH),
    # 3rd: online payment, money
    F("là 38.514", "38.514", 38514, "hồ sơ", C, code=_TT),
    F("số 52.960", "52.960", 52960, "hồ sơ", C, code=ANY),
    F("tỷ lệ 72,72 %", "72,72 %", 72.72, "%", code=_TT),
    F("tăng 9.847", "9.847", 9847, "hồ sơ", CH, code=_TT),
    F("là 18.736.420.000", "18.736.420.000", 18736420000, "đồng", code=ANY),
    # 4th: digitisation ("trước năm 2021" and "gần gấp đôi" are not figures)
    F("đạt 93,8 %", "93,8 %", 93.8, "%", code=_SH),
    F("đạt 95,17 %", "95,17 %", 95.17, "%", code=_KQ),
    F("đạt 48,6 %", "48,6 %", 48.6, "%", code=_TSD),
    F("(24,9 %)", "24,9 %", 24.9, "%", PR, as_of=_Q4_2023, code=_TSD),
    # 5th: chứng thực điện tử, VNeID ("mức độ 2" is a level), PAKN, hài lòng
    F("hiện 27.403", "27.403", 27403, "hồ sơ", C, code=_CT),
    F("đạt 35,2 %", "35,2 %", 35.2, "%", code=_CT),
    F("có 806.215", "806.215", 806215, "tài khoản", C, code=_TK),
    F("đạt 86 %", "86 %", 86, "%", code=ANY),
    F("nhận 58 phản ánh", "58", 58, "PAKN", C, code="pakn.tiep_nhan"),
    F("xong 55 phản ánh", "55", 55, "PAKN", C, code="pakn.da_xu_ly"),
    F(", 03 phản ánh", "03", 3, "PAKN", C, code=ANY),
    F("đạt 98,9 %", "98,9 %", 98.9, "%", code=_HL),
    F("tăng 1,4 %", "1,4 %", 1.4, "%", CH, code=_HL),
    # 6th: Bộ chỉ số at 31/12/2024 (= period end)
    F("đạt 87,35 điểm", "87,35", 87.35, "điểm", code="766.tong_hop"),
    F("thứ 4 trong 63", "4", 4, "hạng", R, max_value=63, code="766.xep_hang"),
    F("tăng 5 bậc", "5", 5, "hạng", CH, code="766.xep_hang"),
    F("(xếp thứ 9)", "9", 9, "hạng", PR, max_value=63, as_of=_Q4_2023, code="766.xep_hang"),
    # "Ba là": a province-wide target due 31/3/2025 (share of eligible citizens with an account)
    F("ít nhất 95 %", "95 %", 95, "%", T, as_of="2025-03-31", code=ANY),
]

# ---------------------------------------------------------------- 119: UBND phường Thanh Đức (Vĩnh Long), tháng 10/2025
_WARD = "UBND phường Thanh Đức"


def _ward(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the ward itself (subject the ward's UBND, level xã)."""
    return F(context, raw, value, unit, kind, subject=_WARD, level="xã", **kw)


BLIND_119 = [
    # I. the ward (1687/NQ-UBTVQH15, 16/6/2025, 01/7/2025 are cited; "Phường 3, Phường 4" are names)
    _ward("nhiên 14,82", "14,82", 14.82, "km²", code=None),
    _ward("số 52.637", "52.637", 52637, "người", C, code=None),
    _ward("thành 11 khóm", "11", 11, "khóm", C, code=None),
    _ward("tiếp nhận 367", "367", 367, "TTHC", C, code="tthc.tong_so"),
    _ward("đó 312 TTHC", "312", 312, "TTHC", C, code="766.dvctt.tthc_cung_cap"),
    _ward("toàn trình 188", "188", 188, "TTHC", C, code="766.dvctt.toan_trinh"),
    _ward("một phần 124", "124", 124, "TTHC", C, code="766.dvctt.mot_phan"),
    # II.1 dash list
    _ward("tháng: 2.846", "2.846", 2846, "hồ sơ", C, code=_TN),
    _ward("9/2025: 2.571", "2.571", 2571, "hồ sơ", PR, as_of="2025-09-30", code=_TN),
    _ward("tuyến: 2.119", "2.119", 2119, "hồ sơ", C, code=_NOP),
    _ward("tỷ lệ 74,46%", "74,46%", 74.46, "%", code=_NOP),
    _ward("giải quyết: 2.790", "2.790", 2790, "hồ sơ", C, code=ANY),
    _ward("trước hạn 2.781", "2.781", 2781, "hồ sơ", C, code=_DH),
    _ward("(99,68%)", "99,68%", 99.68, "%", code=_DH),
    _ward("quá hạn 9 hồ sơ", "9", 9, "hồ sơ", C, code=_QH),
    # cumulative since 01/7/2025, dated at the period end
    _ward("nhận 10.384", "10.384", 10384, "hồ sơ", C, code=_TN),
    _ward("bình quân 71,9%", "71,9%", 71.9, "%", code=_NOP),
    # II.2
    _ward("1.032/1.487", "1.032/1.487", 1032, "hồ sơ", C, max_value=1487, code=_TT),
    _ward("đạt 69,4%", "69,4%", 69.4, "%", code=_TT),
    _ward("đạt 100%", "100%", 100, "%", code=_SH),
    _ward("đạt 97,3%", "97,3%", 97.3, "%", code=_KQ),
    _ward("chính: 418", "418", 418, "hồ sơ", C, code=_CT),
    _ward("chiếm 46,2%", "46,2%", 46.2, "%", code=_CT),
    # II.3
    _ward("hỗ trợ 1.264", "1.264", 1264, "lượt", C, code=ANY),
    _ward("có 41.508", "41.508", 41508, "tài khoản", C, code=_TK),
    _ward("đạt 94,1%", "94,1%", 94.1, "%", code=ANY),
    _ward("nhận 06 phản ánh", "06", 6, "PAKN", C, code="pakn.tiep_nhan"),
    _ward("quyết 05 PAKN", "05", 5, "PAKN", C, code="pakn.da_xu_ly"),
    _ward("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    _ward("đạt 98,6%", "98,6%", 98.6, "%", code=_HL),
    _ward("đạt 90,27/100", "90,27/100", 90.27, "điểm", max_value=100, code="766.tong_hop"),
    _ward("thứ 7/124", "7/124", 7, "hạng", R, max_value=124, code="766.xep_hang"),
    # III. equipment of the ward's Trung tâm
    # `04 máy quét` counts in the unit as written (`máy quét`, as sets 60, 62, 80 and 82 do), aligned after sets 81-84
    _ward("có 04 máy", "04", 4, "máy quét", C, code=None),
    _ward("đó 01 máy", "01", 1, "máy", C, code=None),
    # IV.1 the ward's target for tháng 11/2025 (after the period)
    _ward("đạt 75%", "75%", 75, "%", T, as_of="2025-11-30", code=_TT),
]

BLIND = {"116": BLIND_116, "117": BLIND_117, "118": BLIND_118, "119": BLIND_119}

_A_117 = "Các cơ quan, đơn vị, địa phương có hồ sơ quá hạn nêu trên"
_H_116 = "UBND các huyện, thành phố"

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "116": [
        # items take their assignee from the sub-section head ("3.1. Sở Tư pháp", "3.2. Đề nghị UBND …")
        ("2024-12-31", "day", "31/12/2024", "hướng dẫn, đôn đốc các địa phương", _STP),
        ("2024-09-30", "quarter", "quý III/2024", "tập huấn nghiệp vụ chứng thực điện tử", _STP),
        ("2024-08-15", "day", "15/8/2024", "bố trí đủ máy quét", _H_116),
        # issued 08/7/2024: the first "ngày 22 hằng tháng" is 22/7/2024
        ("2024-07-22", "recurring", "22 hằng tháng", "báo cáo kết quả chứng thực điện tử", _H_116),
    ],
    "117": [
        ("2025-04-25", "day", "25/4/2025", "báo cáo kết quả kiểm điểm", _A_117),
        ("2025-05-15", "day", "ngày 15 tháng 5 năm 2025", "Giải quyết dứt điểm số hồ sơ quá hạn", _A_117),
        ("2025-06-30", "quarter", "quý II năm 2025", "tỷ lệ hồ sơ quá hạn", _A_117),
        ("2025-05-31", "month", "tháng 5/2025", "luân chuyển hồ sơ đất đai", "Sở Nông nghiệp và Môi trường"),
        ("2025-04-30", "day", "30/4/2025", "cấu hình chức năng cảnh báo", "Văn phòng UBND tỉnh"),
        # issued 15/4/2025: the first "ngày 05 hằng tháng" is 05/5/2025
        ("2025-05-05", "recurring", "ngày 05 hằng tháng", "công khai danh sách cơ quan, đơn vị",
         "Văn phòng UBND tỉnh"),
    ],
    "118": [
        ("2025-01-20", "day", "20/01/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Sở Tài nguyên và Môi trường"),
        ("2025-03-31", "quarter", "quý I năm 2025", "kết nối Kho quản lý dữ liệu điện tử",
         "Sở Thông tin và Truyền thông"),
        ("2025-03-31", "day", "ngày 31 tháng 3 năm 2025", "kích hoạt tài khoản định danh điện tử", "Công an tỉnh"),
    ],
    "119": [
        ("2025-11-30", "month", "tháng 11/2025", "hướng dẫn người dân thanh toán trực tuyến",
         "Trung tâm Phục vụ hành chính công phường"),
        ("2025-11-15", "day", "15/11/2025", "bàn giao đầy đủ dữ liệu địa chính", "Sở Nông nghiệp và Môi trường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind4.py's META).
# 116's header names the province above the Sở; 117 is a Công văn (number + "V/v"); 118's issuer is the
# Văn phòng of UBND tỉnh Tây Ninh; 119's header names only the ward: the province (the new, merged
# Vĩnh Long, as named then) is in "Kính gửi" and in the first sentence.
META = {
    "116": {"doc_number": "268/BC-STP", "doc_type": "Báo cáo", "issued_date": "2024-07-08",
            "province": "Tuyên Quang", "period_label": "6 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-06-30", "signer": "Hà Thị Thu Trang"},
    "117": {"doc_number": "1587/UBND-NC", "doc_type": "Công văn", "issued_date": "2025-04-15",
            "province": "Quảng Trị", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Hoàng Văn Thạch"},
    "118": {"doc_number": "25/TB-VPUBND", "doc_type": "Thông báo", "issued_date": "2025-01-09",
            "province": "Tây Ninh", "period_label": "quý IV năm 2024", "period_start": "2024-10-01",
            "period_end": "2024-12-31", "signer": "Lý Minh Khang"},
    "119": {"doc_number": "214/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-11-04",
            "province": "Vĩnh Long", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Võ Thị Bích Liên"},
}
