"""Blind golden facts for corpus/blind9/129_khanh_hoa.txt, 130_dak_lak.txt, 131_ca_mau.txt and 132_lang_son.txt.

The four documents were written by the developers for a ninth blind measurement (provinces, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by
reading them, before any extraction, restoration or pipeline code was run on them. They also serve as
held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind7.py and blind8.py: rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are
kind `count`; table cells are kind `value` even when they count (rank cells kind `rank`); `as_of="period"`
is the period's end; `ANY` leaves a field unchecked where the sentence names no catalogued indicator
(`None` where it clearly names none). Table cells carry `extra={"source": "table"}`. "thủ tục" counts use
the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`. A table column dated before the period end
keeps its kind with that column's date as `as_of` (golden/blind2.py, tables_003.py); a change column is
dated at the period end. Dates, document numbers, cited decisions, section numbers ("1.1.", "7.3."), the
STT column, "Bảng 1", phone numbers, a street address and hotline number, "mức độ 2", "6 tháng", "hai
cấp" and years are not figures.

New in this set:
- 129 is a monthly Báo cáo of a post-merger ward, UBND phường Bắc Nha Trang (tỉnh Khánh Hòa, named only
  in "Kính gửi"), tháng 9 năm 2025 (stated as 01/9–30/9/2025). Every figure is the ward's own (subject
  "UBND phường Bắc Nha Trang", level xã, like golden/blind5.py's 119), its Trung tâm Phục vụ hành chính
  công phường included ("09 quầy" is a count of counters, code None). "số 02 đường 2 Tháng 4" is an
  address and "Tổng đài 1022" a hotline: no figures. "(2.741 hồ sơ)" after "so với tháng 8/2025" and
  "(tháng 8/2025: 64,85%)" are previous values dated 2025-08-31. "trước hạn 1.870 … đúng hạn 1.019" are
  the two parts of the on-time count: neither alone is the catalogued "trước hạn, đúng hạn" indicator, so
  their code is unchecked. Its Markdown table (right-aligned separator `---:`, no STT column) lists
  fields of procedures (lĩnh vực): subject ANY, level xã; the "Cộng" row is the ward's (it equals the
  prose 2.968 / 2.020 / 2.905 / 16). "Chứng thực" holds "1.035" twice in one row. "2.941/2.968 hồ sơ" is
  one count with max 2968. "186.420.000 đồng" is a sum of money. "xếp thứ 12/65 xã, phường, đặc khu" is
  the ward's rank among the province's 65 units; "tăng 5 bậc" its change. The target "đến ngày
  31/10/2025 … của phường đạt tối thiểu 70%" is the ward's (dated 2025-10-31) and also a day deadline.
  Four deadlines for the ward's own bodies: day, month, day with a target, monthly recurring ("trước
  ngày 05 hằng tháng", issued 03/10/2025: first 05/10/2025).
- 130 is a quarterly Báo cáo of UBND tỉnh Đắk Lắk, quý I năm 2025 (the title's quarter; no stated
  window): total "83,27/100", rank "24/63", previous values "(81,95 điểm, xếp hạng 31/63)" of quý IV
  năm 2024 (dated 2024-12-31), "tăng 1,32 điểm" and "tăng 7 bậc". The six group scores are a `•` bullet
  list of `x/max` scores each with a change in brackets ("(giảm 0,21 điểm)" is -0.21; "(không thay
  đổi)" has no figure). Its tab-separated table lists 12 provincial agencies after the 1 March 2025
  merger (received, online count, online %, overdue count; "0" cells) with a "Tổng cộng cấp tỉnh" row
  with an empty STT cell: subject "cấp tỉnh", level tỉnh (it equals "cấp tỉnh 38.612" in the prose).
  "(số liệu đến ngày 31/3/2025)" is the period end, "Ba cơ quan" a word. Two targets ("đạt tối thiểu
  70%", "đạt tối thiểu 55%") for bodies of two levels (level NULL) by the end of quý II năm 2025 (dated
  2025-06-30). Five deadlines: quarter, day, month, day in words, day ("sơ kết 6 tháng đầu năm 2025
  trước ngày 05/7/2025": "6 tháng" is no figure).
- 131 is a quarterly Báo cáo of a Sở (Sở Lao động - Thương binh và Xã hội tỉnh Cà Mau, issuer written
  over two header lines), quý III năm 2024 (stated as 01/7–30/9/2024), in numbered sections `1.`/`1.1.`.
  Every figure is the Sở's (subject "Sở Lao động - Thương binh và Xã hội", level tỉnh); the three fields
  with their files received in brackets ("việc làm (2.874 hồ sơ)") keep subject ANY, level tỉnh. Shares
  are introduced by "chiếm", "tương ứng", "đạt tỷ lệ" or a bare bracket "(76,94%)", "(0,27%)". "tăng
  18,6% so với cùng kỳ năm 2023 (5.470 hồ sơ)" is a relative change in `%` (code unchecked, like
  golden/blind5.py's 118) and a previous count dated 2023-09-30; "(cùng kỳ năm 2023 đạt 91,4%)" and
  "(cùng kỳ năm 2023: 14 PAKN)" are previous values of the same date. "rút ngắn 0,9 ngày" is -0.9.
  "4,56/5 điểm" is the PAKN satisfaction score (max 5); "xếp thứ 2/21 sở, ban, ngành" the Sở's rank
  (max 21); "17,6/18" its Mức độ hài lòng group score. "0290.3831.027" is a phone number. The target
  "của Sở đạt tối thiểu 85%" (dated at the end of quý IV năm 2024) is the Sở's. Three deadlines: day,
  quarter with a target, monthly recurring ("trước ngày 12 hằng tháng", issued 04/10/2024: first
  12/10/2024).
- 132 is a Thông báo of Văn phòng UBND tỉnh Lạng Sơn (header "UBND TỈNH LẠNG SƠN / VĂN PHÒNG"), tháng 10
  năm 2025, after the two-level reform: levels cấp tỉnh and cấp xã only, rank "14/34" among the 34
  provinces, "(84,23 điểm)" dated 2025-09-30 ("giữ nguyên thứ hạng" has no figure). A dash list gives
  figures by level (subject "cấp tỉnh"/"cấp xã"); "Điểm bình quân khối sở, ban, ngành … khối xã, phường"
  are level averages (subject left ANY, level tỉnh/xã). Three leading agencies carry their score in
  brackets. "Bảng 1" is a tab-separated table with a two-row header: "Ngày 30/9/2025" and "Ngày
  31/10/2025" each span a "Điểm" and a "Xếp hạng" column, then a signed change column. Score cells are
  kind value, rank cells kind rank (plain numbers: no max_value), each dated by its header date (the
  30/9/2025 pair as_of 2025-09-30); changes ("-0,42", "+1,68") are kind change at the period end. The
  commune list ranks six xã/phường "(thứ 1/65)" … "(thứ 65/65)" (max 65; subject the unit as written,
  level xã). Six deadlines: day, month, day with a target ("tỷ lệ … của cấp xã đạt tối thiểu 50%" for
  UBND các xã, phường, dated 2025-12-31), quarter of next year, year, monthly recurring ("trước ngày 25
  hằng tháng", issued 07/11/2025: first 25/11/2025).
"""

from __future__ import annotations

from golden.facts import (
    _CT,
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


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, object]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, code)`. A cell's context is the separator
    before it, the rest of its row and the start of the next line (`after`), so that it occurs once and
    the raw text is found first at the cell itself even where the same figure ("0", "1.035") recurs."""
    facts = []
    raws = [raw for raw, _unit, _code in cells]
    for i, (raw, unit, code) in enumerate(cells):
        context = sep + sep.join(raws[i:]) + end + after
        facts.append(F(context, raw, _num(raw), unit, P, subject=subject, level=level, code=code, extra=TAB))
    return facts


# ------------------------------------------------------------ 129: UBND phường Bắc Nha Trang (Khánh Hòa), tháng 9/2025
_WARD = "UBND phường Bắc Nha Trang"
_AUG_129 = "2025-08-31"


def _ward(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the ward itself (subject the ward's UBND, level xã)."""
    return F(context, raw, value, unit, kind, subject=_WARD, level="xã", **kw)


def _row_129(subject: object, received: str, online: str, settled: str, overdue: str, after: str) -> list[Fact]:
    """The four numeric cells of one Markdown row (all counts of files): received, submitted online,
    settled, overdue. `after` is the start of the next line."""
    cells = [(received, "hồ sơ", _TN), (online, "hồ sơ", _NOP), (settled, "hồ sơ", ANY), (overdue, "hồ sơ", _QH)]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


BLIND_129 = [
    # I. (02 in the address, "2 Tháng 4" a street name, "ba tháng", "hai cấp": no figures)
    _ward("bố trí 09 quầy", "09", 9, "quầy", C, code=None),
    _ward("thực hiện 352 TTHC", "352", 352, "TTHC", C, code="tthc.tong_so"),
    _ward("; 100% TTHC", "100%", 100, "%", code="766.cong_khai.day_du"),
    # II.1 (01/9/2025, 30/9/2025 = the period)
    _ward("tiếp nhận 2.968", "2.968", 2968, "hồ sơ", C, code=_TN),
    _ward("tăng 227 hồ sơ", "227", 227, "hồ sơ", CH, code=_TN),
    _ward("(2.741 hồ sơ)", "2.741", 2741, "hồ sơ", PR, as_of=_AUG_129, code=_TN),
    _ward("với 246 hồ sơ", "246", 246, "hồ sơ", C, code=ANY),
    _ward("là 3.214", "3.214", 3214, "hồ sơ", C, code=ANY),
    _ward("giải quyết 2.905", "2.905", 2905, "hồ sơ", C, code=ANY),
    _ward("trước hạn 1.870", "1.870", 1870, "hồ sơ", C, code=ANY),
    _ward("đúng hạn 1.019", "1.019", 1019, "hồ sơ", C, code=ANY),
    _ward("quá hạn 16 hồ sơ", "16", 16, "hồ sơ", C, code=_QH),
    _ward("đạt 99,45%", "99,45%", 99.45, "%", code=_DH),
    _ward("còn 309 hồ sơ", "309", 309, "hồ sơ", C, code=ANY),
    # Markdown table by field (no STT column), then the "Cộng" row (the ward)
    *_row_129(ANY, "812", "786", "809", "0", "| Chứng thực"),
    *_row_129(ANY, "1.035", "402", "1.035", "0", "| Đất đai"),
    *_row_129(ANY, "468", "311", "421", "14", "| Xây dựng"),
    *_row_129(ANY, "126", "118", "117", "2", "| Đăng ký hộ kinh doanh"),
    *_row_129(ANY, "214", "209", "208", "0", "| Bảo trợ xã hội"),
    *_row_129(ANY, "173", "98", "165", "0", "| Các lĩnh vực còn lại"),
    *_row_129(ANY, "140", "96", "150", "0", "| Cộng"),
    *_row_129(_WARD, "2.968", "2.020", "2.905", "16", "\nHồ sơ quá hạn"),
    # II.2
    _ward("cho 298 TTHC", "298", 298, "TTHC", C, code="766.dvctt.tthc_cung_cap"),
    _ward("toàn trình 171", "171", 171, "TTHC", C, code="766.dvctt.toan_trinh"),
    _ward("một phần 127", "127", 127, "TTHC", C, code="766.dvctt.mot_phan"),
    _ward("là 2.020", "2.020", 2020, "hồ sơ", C, code=_NOP),
    _ward("chiếm 68,06%", "68,06%", 68.06, "%", code=_NOP),
    _ward("8/2025: 64,85%", "64,85%", 64.85, "%", PR, as_of=_AUG_129, code=_NOP),
    _ward("Trong 1.356", "1.356", 1356, "hồ sơ", C, code=ANY),
    _ward(", 874 hồ sơ", "874", 874, "hồ sơ", C, code=_TT),
    _ward("đạt 64,45%", "64,45%", 64.45, "%", code=_TT),
    _ward("tiền 186.420.000", "186.420.000", 186420000, "đồng", code=ANY),
    # II.3 dash list
    _ward("2.941/2.968", "2.941/2.968", 2941, "hồ sơ", C, max_value=2968, code=_SH),
    _ward("đạt 99,09%", "99,09%", 99.09, "%", code=_SH),
    _ward("tử: 2.847", "2.847", 2847, "hồ sơ", C, code=_KQ),
    _ward("chiếm 98,00%", "98,00%", 98.0, "%", code=_KQ),
    _ward("số hóa: 52,7%", "52,7%", 52.7, "%", code=_TSD),
    _ward("chính: 611", "611", 611, "trường hợp", C, code=_CT),
    _ward("bằng 59,03%", "59,03%", 59.03, "%", code=_CT),
    # II.4 ("Tổng đài 1022" is a hotline)
    _ward("tiếp nhận 04 phản ánh", "04", 4, "PAKN", C, code="pakn.tiep_nhan"),
    _ward("(02 qua", "02", 2, "PAKN", C, code=ANY),
    _ward(", 02 qua hộp", "02", 2, "PAKN", C, code=ANY),
    _ward("xong 03 PAKN", "03", 3, "PAKN", C, code="pakn.da_xu_ly"),
    _ward("bình quân 4,5", "4,5", 4.5, "ngày", code="pakn.thoi_gian"),
    _ward("01 PAKN đang", "01", 1, "PAKN", C, code=ANY),
    _ward("nhận 1.912", "1.912", 1912, "lượt", C, code=ANY),
    _ward("đó 1.896", "1.896", 1896, "lượt", C, code=ANY),
    _ward("đạt 99,16%", "99,16%", 99.16, "%", code=_HL),
    # II.5 at 30/9/2025 (= period end)
    _ward("đạt 89,64/100", "89,64/100", 89.64, "điểm", max_value=100, code=_TONG),
    _ward("thứ 12/65", "12/65", 12, "hạng", R, max_value=65, code=_HANG),
    _ward("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    # IV.3 the ward's target by 31/10/2025
    _ward("tối thiểu 70%", "70%", 70, "%", T, as_of="2025-10-31", code=_TT),
]

# ------------------------------------------------------------ 130: UBND tỉnh Đắk Lắk, quý I năm 2025
_Q4_130 = "2024-12-31"
_ALL_130 = "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố"


def _row_130(subject: str, received: str, online: str, rate: str, overdue: str, after: str) -> list[Fact]:
    """The four numeric cells of one tab-separated row of a provincial agency (level tỉnh): files
    received, files submitted online, online share (%), overdue files. The STT cell is not a figure."""
    cells = [(received, "hồ sơ", _TN), (online, "hồ sơ", _NOP), (rate, "%", _NOP), (overdue, "hồ sơ", _QH)]
    return _cells(subject, "tỉnh", cells, after, "\t", "\n")


BLIND_130 = [
    # I. at 31/3/2025 (= period end); previous quarter dated 31/12/2024
    F("đạt 83,27/100", "83,27/100", 83.27, "điểm", max_value=100, code=_TONG),
    F("hạng 24/63", "24/63", 24, "hạng", R, max_value=63, code=_HANG),
    F("(81,95 điểm", "81,95", 81.95, "điểm", PR, max_value=100, as_of=_Q4_130, code=_TONG),
    F("hạng 31/63", "31/63", 31, "hạng", PR, max_value=63, as_of=_Q4_130, code=_HANG),
    F("tăng 1,32 điểm", "1,32", 1.32, "điểm", CH, code=_TONG),
    F("tăng 7 bậc", "7", 7, "hạng", CH, code=_HANG),
    # bullet list of the six groups, each with its change in brackets
    F("minh bạch: 16,72/18", "16,72/18", 16.72, "điểm", max_value=18, code="766.cong_khai"),
    F("(tăng 0,35 điểm)", "0,35", 0.35, "điểm", CH, code="766.cong_khai"),
    F("giải quyết: 18,86/20", "18,86/20", 18.86, "điểm", max_value=20, code="766.tien_do"),
    F("(giảm 0,21 điểm)", "0,21", -0.21, "điểm", CH, code="766.tien_do"),
    F("trực tuyến: 8,05/12", "8,05/12", 8.05, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến: 6,48/10", "6,48/10", 6.48, "điểm", max_value=10, code="766.thanh_toan"),
    F("(tăng 0,64 điểm)", "0,64", 0.64, "điểm", CH, code="766.thanh_toan"),
    F("hài lòng: 17,31/18", "17,31/18", 17.31, "điểm", max_value=18, code="766.hai_long"),
    F("(tăng 0,12 điểm)", "0,12", 0.12, "điểm", CH, code="766.hai_long"),
    F("hồ sơ: 15,85/22", "15,85/22", 15.85, "điểm", max_value=22, code="766.so_hoa"),
    F("(tăng 0,42 điểm)", "0,42", 0.42, "điểm", CH, code="766.so_hoa"),
    # II.1 province-wide and by level
    F("tiếp nhận 241.375", "241.375", 241375, "hồ sơ", C, code=_TN),
    F("cấp tỉnh 38.612", "38.612", 38612, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_TN),
    F("cấp huyện 79.540", "79.540", 79540, "hồ sơ", C, subject="cấp huyện", level="huyện", code=_TN),
    F("cấp xã 123.223", "123.223", 123223, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    F("là 152.818", "152.818", 152818, "hồ sơ", C, code=_NOP),
    F("chiếm 63,31%", "63,31%", 63.31, "%", code=_NOP),
    F("đạt 98,47%", "98,47%", 98.47, "%", code=_DH),
    F("còn 3.512", "3.512", 3512, "hồ sơ", C, code=_QH),
    F("đạt 47,26%", "47,26%", 47.26, "%", code=_TT),
    F("đạt 81,34%", "81,34%", 81.34, "%", code=_SH),
    F("đạt 88,9%", "88,9%", 88.9, "%", code=_KQ),
    # II.2 tab-separated table of 12 provincial agencies, then "Tổng cộng cấp tỉnh" (= cấp tỉnh)
    *_row_130("Sở Nông nghiệp và Môi trường", "9.846", "4.639", "47,12", "187", "2\tSở Xây dựng"),
    *_row_130("Sở Xây dựng", "7.643", "4.067", "53,21", "96", "3\tSở Tư pháp"),
    *_row_130("Sở Tư pháp", "5.958", "5.621", "94,34", "0", "4\tSở Tài chính"),
    *_row_130("Sở Tài chính", "3.418", "3.116", "91,16", "12", "5\tSở Nội vụ"),
    *_row_130("Sở Nội vụ", "2.936", "2.606", "88,76", "9", "6\tSở Y tế"),
    *_row_130("Sở Y tế", "2.287", "2.064", "90,25", "4", "7\tSở Công Thương"),
    *_row_130("Sở Công Thương", "2.154", "2.079", "96,52", "0", "8\tSở Giáo dục và Đào tạo"),
    *_row_130("Sở Giáo dục và Đào tạo", "1.731", "1.422", "82,15", "3", "9\tSở Khoa học và Công nghệ"),
    *_row_130("Sở Khoa học và Công nghệ", "1.142", "1.120", "98,07", "0", "10\tSở Văn hóa"),
    *_row_130("Sở Văn hóa, Thể thao và Du lịch", "968", "740", "76,45", "2", "11\tSở Dân tộc"),
    *_row_130("Sở Dân tộc và Tôn giáo", "214", "96", "44,86", "0", "12\tBan Quản lý"),
    *_row_130("Ban Quản lý các khu công nghiệp", "315", "307", "97,46", "0", "\tTổng cộng cấp tỉnh"),
    *_row_130("cấp tỉnh", "38.612", "27.877", "72,20", "313", "\nBa cơ quan"),
    # IV.1 targets for bodies of two levels by the end of quý II năm 2025
    F("đạt tối thiểu 70%", "70%", 70, "%", T, subject=_ALL_130, level=None, as_of="2025-06-30", code=_NOP),
    F("đạt tối thiểu 55%", "55%", 55, "%", T, subject=_ALL_130, level=None, as_of="2025-06-30", code=_TT),
]

# ------------------------------------------------------------ 131: Sở LĐ-TB&XH tỉnh Cà Mau, quý III năm 2024
_SLD = "Sở Lao động - Thương binh và Xã hội"
_Q3_2023 = "2023-09-30"


def _so_131(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SLD, level="tỉnh", **kw)


BLIND_131 = [
    # 1.1. (1620/QĐ-UBND 18/7/2024, 1893/QĐ-UBND 23/8/2024 are cited)
    _so_131("hành 02 quyết định", "02", 2, "quyết định", C, code=None),
    _so_131("với 19 TTHC", "19", 19, "TTHC", C, code=ANY),
    _so_131("và 04 TTHC", "04", 4, "TTHC", C, code=ANY),
    # 1.2.
    _so_131("là 94 thủ tục", "94", 94, "TTHC", C, code="tthc.tong_so"),
    _so_131("đó 61 TTHC", "61", 61, "TTHC", C, code="766.dvctt.toan_trinh"),
    _so_131("chiếm 64,89%", "64,89%", 64.89, "%", code="766.dvctt.toan_trinh"),
    _so_131("; 33 TTHC", "33", 33, "TTHC", C, code="766.dvctt.mot_phan"),
    _so_131("tương ứng 35,11%", "35,11%", 35.11, "%", code="766.dvctt.mot_phan"),
    # 2.1. (01/7/2024, 30/9/2024 = the period); "cùng kỳ năm 2023" = quý III/2023
    _so_131("là 6.487", "6.487", 6487, "hồ sơ", C, code=_TN),
    _so_131("tăng 18,6%", "18,6%", 18.6, "%", CH, code=ANY),
    _so_131("(5.470 hồ sơ)", "5.470", 5470, "hồ sơ", PR, as_of=_Q3_2023, code=_TN),
    _so_131("tuyến: 5.912", "5.912", 5912, "hồ sơ", C, code=_NOP),
    _so_131("tỷ lệ 91,14%", "91,14%", 91.14, "%", code=_NOP),
    _so_131("ích: 575", "575", 575, "hồ sơ", C, code=_NTT),
    _so_131("chiếm 8,86%", "8,86%", 8.86, "%", code=_NTT),
    # fields with their files received in brackets
    F("(2.874 hồ sơ)", "2.874", 2874, "hồ sơ", C, subject=ANY, level="tỉnh", code=_TN),
    F("(1.956 hồ sơ)", "1.956", 1956, "hồ sơ", C, subject=ANY, level="tỉnh", code=_TN),
    F("(1.102 hồ sơ)", "1.102", 1102, "hồ sơ", C, subject=ANY, level="tỉnh", code=_TN),
    # 2.2.
    _so_131("giải quyết 6.318", "6.318", 6318, "hồ sơ", C, code=ANY),
    _so_131("là 6.301", "6.301", 6301, "hồ sơ", C, code=_DH),
    _so_131("tương ứng 99,73%", "99,73%", 99.73, "%", code=_DH),
    _so_131("; 17 hồ sơ", "17", 17, "hồ sơ", C, code=_QH),
    _so_131("(0,27%)", "0,27%", 0.27, "%", code=_QH),
    _so_131("là 3,2 ngày", "3,2", 3.2, "ngày", code="766.tien_do.thoi_gian"),
    _so_131("rút ngắn 0,9", "0,9", -0.9, "ngày", CH, code="766.tien_do.thoi_gian"),
    _so_131("là 211 hồ sơ", "211", 211, "hồ sơ", C, code=ANY),
    # 3.
    _so_131("là 386 hồ sơ", "386", 386, "hồ sơ", C, code=ANY),
    _so_131("đó 297 hồ sơ", "297", 297, "hồ sơ", C, code=_TT),
    _so_131("(76,94%)", "76,94%", 76.94, "%", code=_TT),
    _so_131("đạt 97,8%", "97,8%", 97.8, "%", code=_SH),
    _so_131("đạt 91,4%", "91,4%", 91.4, "%", PR, as_of=_Q3_2023, code=_SH),
    _so_131("tỷ lệ 100%", "100%", 100, "%", code=_KQ),
    _so_131("đạt 46,15%", "46,15%", 46.15, "%", code=_TSD),
    # 4. (0290.3831.027 is a phone number)
    _so_131("tiếp nhận 09", "09", 9, "PAKN", C, code="pakn.tiep_nhan"),
    _so_131("2023: 14 PAKN", "14", 14, "PAKN", PR, as_of=_Q3_2023, code="pakn.tiep_nhan"),
    _so_131("lời 08 PAKN", "08", 8, "PAKN", C, code="pakn.da_xu_ly"),
    _so_131("tỷ lệ 88,89%", "88,89%", 88.89, "%", code="pakn.ty_le_xu_ly"),
    _so_131("; 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    _so_131("là 6,5 ngày", "6,5", 6.5, "ngày", code="pakn.thoi_gian"),
    _so_131("đạt 4,56/5", "4,56/5", 4.56, "điểm", max_value=5, code="pakn.diem_hai_long"),
    # 5. at 30/9/2024 (= period end)
    _so_131("có 2.416 lượt", "2.416", 2416, "lượt", C, code=ANY),
    _so_131("đạt 99,05%", "99,05%", 99.05, "%", code=_HL),
    _so_131("đạt 90,18/100", "90,18/100", 90.18, "điểm", max_value=100, code=_TONG),
    _so_131("thứ 2/21", "2/21", 2, "hạng", R, max_value=21, code=_HANG),
    _so_131("đạt 17,6/18", "17,6/18", 17.6, "điểm", max_value=18, code="766.hai_long"),
    # 7.2. the Sở's target by the end of quý IV năm 2024
    _so_131("tối thiểu 85%", "85%", 85, "%", T, as_of="2024-12-31", code=_TT),
]

# ------------------------------------------------------------ 132: VP UBND tỉnh Lạng Sơn, tháng 10 năm 2025
_SEP_132 = "2025-09-30"


def _row_132(subject: str, old_score: str, old_rank: str, score: str, rank: str, change: str,
             after: str) -> list[Fact]:
    """The five numeric cells of one row of "Bảng 1" (two-row header: "Ngày 30/9/2025" and "Ngày
    31/10/2025" each span "Điểm" and "Xếp hạng"; then a signed change of the score). The 30/9/2025 pair
    is dated 2025-09-30; ranks are plain numbers among the agencies (no max_value)."""
    raws = [old_score, old_rank, score, rank, change]
    kinds = [(P, "điểm", _SEP_132, _TONG), (R, "hạng", _SEP_132, _HANG), (P, "điểm", "period", _TONG),
             (R, "hạng", "period", _HANG), (CH, "điểm", "period", _TONG)]
    facts = []
    for i, (raw, (kind, unit, as_of, code)) in enumerate(zip(raws, kinds, strict=True)):
        context = "\t" + "\t".join(raws[i:]) + "\n" + after
        facts.append(F(context, raw, _num(raw.lstrip("+")), unit, kind, subject=subject, level="tỉnh",
                       as_of=as_of, code=code, extra=TAB))
    return facts


def _xa_132(name: str, score: str, rank: str) -> list[Fact]:
    """A commune or ward of the dash list: its score and its rank among the 65 xã, phường."""
    word = name.split()[-1]
    return [
        F(f"{word} đạt {score}", score, _num(score), "điểm", subject=name, level="xã", code=_TONG),
        F(f"(thứ {rank}/65)", f"{rank}/65", float(rank), "hạng", R, max_value=65, subject=name, level="xã",
          code=_HANG),
    ]


BLIND_132 = [
    # I. at 31/10/2025 (= period end); "(84,23 điểm)" at 30/9/2025
    F("đạt 85,06/100", "85,06/100", 85.06, "điểm", max_value=100, code=_TONG),
    F("thứ 14/34", "14/34", 14, "hạng", R, max_value=34, code=_HANG),
    F("tăng 0,83 điểm", "0,83", 0.83, "điểm", CH, code=_TONG),
    F("(84,23 điểm)", "84,23", 84.23, "điểm", PR, max_value=100, as_of=_SEP_132, code=_TONG),
    # by level (dash list)
    F("toàn tỉnh 58.904", "58.904", 58904, "hồ sơ", C, code=_TN),
    F("cấp tỉnh 9.137", "9.137", 9137, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_TN),
    F("cấp xã 49.767", "49.767", 49767, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    F("cấp tỉnh đạt 99,12%", "99,12%", 99.12, "%", subject="cấp tỉnh", level="tỉnh", code=_DH),
    F("cấp xã đạt 97,86%", "97,86%", 97.86, "%", subject="cấp xã", level="xã", code=_DH),
    F("toàn tỉnh 65,84%", "65,84%", 65.84, "%", code=_NOP),
    F("(cấp tỉnh 88,4%", "88,4%", 88.4, "%", subject="cấp tỉnh", level="tỉnh", code=_NOP),
    F("cấp xã 61,7%", "61,7%", 61.7, "%", subject="cấp xã", level="xã", code=_NOP),
    F("cấp tỉnh 96,3%", "96,3%", 96.3, "%", subject="cấp tỉnh", level="tỉnh", code=_SH),
    F("cấp xã 84,5%", "84,5%", 84.5, "%", subject="cấp xã", level="xã", code=_SH),
    F("cấp tỉnh 71,2%", "71,2%", 71.2, "%", subject="cấp tỉnh", level="tỉnh", code=_TT),
    F("đạt 38,9%", "38,9%", 38.9, "%", subject="cấp xã", level="xã", code=_TT),
    # level averages of the units' scores
    F("đạt 88,36 điểm", "88,36", 88.36, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("đạt 81,52 điểm", "81,52", 81.52, "điểm", subject=ANY, level="xã", code=_TONG),
    # II.1 leading agencies
    F("(95,42 điểm)", "95,42", 95.42, "điểm", subject="Sở Tư pháp", level="tỉnh", code=_TONG),
    F("(94,87 điểm)", "94,87", 94.87, "điểm", subject="Sở Y tế", level="tỉnh", code=_TONG),
    F("(94,10 điểm)", "94,10", 94.10, "điểm", subject="Công an tỉnh", level="tỉnh", code=_TONG),
    # "Bảng 1" (two-row header; "1" of "Bảng 1" and the STT cells are not figures)
    *_row_132("Sở Tài chính", "86,14", "9", "85,72", "10", "-0,42", "2\tSở Giáo dục"),
    *_row_132("Sở Giáo dục và Đào tạo", "84,90", "11", "85,31", "11", "+0,41", "3\tSở Công Thương"),
    *_row_132("Sở Công Thương", "85,02", "10", "84,96", "12", "-0,06", "4\tSở Văn hóa"),
    *_row_132("Sở Văn hóa, Thể thao và Du lịch", "82,47", "14", "84,15", "13", "+1,68", "5\tSở Dân tộc"),
    *_row_132("Sở Dân tộc và Tôn giáo", "83,66", "12", "83,80", "14", "+0,14", "6\tSở Xây dựng"),
    *_row_132("Sở Xây dựng", "83,15", "13", "82,64", "15", "-0,51", "7\tSở Nông nghiệp"),
    *_row_132("Sở Nông nghiệp và Môi trường", "79,32", "17", "81,09", "16", "+1,77", "8\tThanh tra"),
    *_row_132("Thanh tra tỉnh", "80,58", "15", "78,23", "17", "-2,35", "\nThanh tra tỉnh và"),
    # II.2 communes and wards, ranked among 65
    *_xa_132("phường Lương Văn Tri", "93,15", "1"),
    *_xa_132("xã Đồng Đăng", "91,60", "2"),
    *_xa_132("phường Kỳ Lừa", "91,02", "3"),
    *_xa_132("xã Đình Lập", "70,44", "63"),
    *_xa_132("xã Tràng Định", "69,87", "64"),
    *_xa_132("xã Bình Gia", "68,31", "65"),
    # III.3 a target for the communes and wards by 31/12/2025
    F("tối thiểu 50%", "50%", 50, "%", T, subject="UBND các xã, phường", level="xã", as_of="2025-12-31",
      code=_TT),
]

BLIND = {"129": BLIND_129, "130": BLIND_130, "131": BLIND_131, "132": BLIND_132}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "129": [
        ("2025-10-15", "day", "15/10/2025", "giải quyết dứt điểm các hồ sơ quá hạn",
         "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2025-10-31", "month", "tháng 10/2025", "kích hoạt, sử dụng tài khoản định danh điện tử",
         "Phòng Văn hóa - Xã hội"),
        ("2025-10-31", "day", "31/10/2025", "tỷ lệ hồ sơ thanh toán trực tuyến",
         "Trung tâm Phục vụ hành chính công phường"),
        # issued 03/10/2025: the first "ngày 05 hằng tháng" is 05/10/2025
        ("2025-10-05", "recurring", "05 hằng tháng", "tổng hợp số liệu", "Văn phòng HĐND và UBND phường"),
    ],
    "130": [
        ("2025-06-30", "quarter", "quý II năm 2025", "tỷ lệ hồ sơ nộp trực tuyến", _ALL_130),
        ("2025-04-30", "day", "30/4/2025", "giải quyết dứt điểm hồ sơ đất đai quá hạn",
         "Sở Nông nghiệp và Môi trường"),
        ("2025-05-31", "month", "tháng 5/2025", "chuyển giao tài khoản, phân quyền", "Sở Khoa học và Công nghệ"),
        ("2025-06-15", "day", "ngày 15 tháng 6 năm 2025", "khảo sát sự hài lòng", "Sở Nội vụ"),
        ("2025-07-05", "day", "05/7/2025", "sơ kết 6 tháng đầu năm 2025", "Văn phòng UBND tỉnh"),
    ],
    "131": [
        ("2024-10-20", "day", "20/10/2024", "giải quyết dứt điểm hồ sơ quá hạn", "Phòng Người có công"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "thanh toán phí, lệ phí trực tuyến", "Văn phòng Sở"),
        # issued 04/10/2024: the first "ngày 12 hằng tháng" is 12/10/2024
        ("2024-10-12", "recurring", "12 hằng tháng", "báo cáo kết quả thực hiện nhiệm vụ kiểm soát TTHC",
         "Các phòng chuyên môn, đơn vị trực thuộc"),
    ],
    "132": [
        ("2025-11-20", "day", "20/11/2025", "giải trình", "Thanh tra tỉnh, Sở Xây dựng"),
        ("2025-12-31", "month", "tháng 12/2025", "kế hoạch khắc phục các chỉ số đạt thấp",
         "UBND xã Đình Lập, UBND xã Tràng Định, UBND xã Bình Gia"),
        ("2025-12-31", "day", "31/12/2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "UBND các xã, phường"),
        ("2026-03-31", "quarter", "quý I năm 2026", "tích hợp chức năng ký số", "Sở Khoa học và Công nghệ"),
        ("2026-12-31", "year", "năm 2026", "kích hoạt tài khoản định danh điện tử", "Công an tỉnh"),
        # issued 07/11/2025: the first "ngày 25 hằng tháng" is 25/11/2025
        ("2025-11-25", "recurring", "25 hằng tháng", "cập nhật kết quả khắc phục",
         "Các sở, ban, ngành và UBND các xã, phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind8.py's META).
# 129's issuer is a ward committee (province named only in "Kính gửi"), period stated as 01/9–30/9/2025;
# 130's period is the quarter its title names; 131's issuer is a Sở written over two lines, period stated
# as 01/7–30/9/2024; 132's issuer is the Văn phòng of UBND tỉnh Lạng Sơn, period the month in its title.
META = {
    "129": {"doc_number": "156/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-10-03",
            "province": "Khánh Hòa", "period_label": "tháng 9 năm 2025", "period_start": "2025-09-01",
            "period_end": "2025-09-30", "signer": "Trần Văn Phúc"},
    "130": {"doc_number": "118/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-04-11",
            "province": "Đắk Lắk", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Trần Quốc Hưng"},
    "131": {"doc_number": "2158/BC-SLĐTBXH", "doc_type": "Báo cáo", "issued_date": "2024-10-04",
            "province": "Cà Mau", "period_label": "quý III năm 2024", "period_start": "2024-07-01",
            "period_end": "2024-09-30", "signer": "Lâm Thị Ngọc Diễm"},
    "132": {"doc_number": "1735/TB-VP", "doc_type": "Thông báo", "issued_date": "2025-11-07",
            "province": "Lạng Sơn", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Hoàng Văn Thắng"},
}
