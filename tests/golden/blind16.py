"""Blind golden facts for corpus/blind16/157_ninh_thuan.txt, 158_dak_lak.txt and 159_hau_giang.txt.

The three documents were written by the developers for a sixteenth blind measurement (provinces, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind15.py: rows use `golden.facts.Fact` (context string that
occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`;
table cells are kind `value` with `extra={"source": "table"}`; `as_of="period"` is the period's end; `ANY`
leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names
none). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; every "đã giải
quyết" count has its code unchecked. A change is dated at the period end; a rise is positive. Dates,
document numbers, cited circulars, plans, letters and decisions ("Thông tư số 01/2020/TT-VPCP", "Kế hoạch số
245/KH-UBND", "Công văn số 1736/UBND-KSTT", "Quyết định số 766/QĐ-TTg", "Công văn số 1412/UBND-NCTH"),
"Tính đến ngày 31/5/2025", section numbering ("I.", "1.", "a)"), the STT column, phone numbers
("0259.3822.690", "0262.3856.147", "0293.3878.125"), the name "Tổng đài 1022", headings naming the next
period ("II. NHIỆM VỤ THÁNG 4 NĂM 2025", "III. NHIỆM VỤ QUÝ II NĂM 2025": no deadlines), "quý II" in
"chuyển sang quý II" and years are not figures.

New in this set (all in 2025):
- 157 is a monthly Báo cáo of UBND tỉnh Ninh Thuận to the Văn phòng Chính phủ, tháng 3 năm 2025, issued
  07/4/2025, whose figures are dash-list items "- <label>: <figure>" (province figures: subject NULL).
  "04 quyết định" is a count with code None. The TTHC split in brackets "(cấp tỉnh 1.364 TTHC, cấp huyện
  218 TTHC, cấp xã 110 TTHC)" is by level (subject "cấp tỉnh"/"cấp huyện"/"cấp xã"). "một phần: 412 TTHC"
  (after "toàn trình: 1.047 TTHC;") counts TTHC offered partly online. "(tháng 2/2025: 31.284 hồ sơ)" is a
  previous value dated 2025-02-28. "trong đó đúng hạn 36.475 hồ sơ, đạt 98,84%" is the on-time whole (no
  "trước hạn" part given apart), so it carries the on-time code. "3,2 ngày/hồ sơ" is the processing time.
  Its Markdown table (no units in the headers except "Đúng hạn (%)"; the intro line names "hồ sơ") lists the
  seven district-level units (subject as written, "UBND thành phố Phan Rang - Tháp Chàm", level huyện;
  received, settled, on-time share; one "100" cell) with a "Tổng cộng" row with an empty STT cell: the
  section is "Kết quả tại cấp huyện", so the total is subject "cấp huyện" (its figures are not in the
  prose). "(còn 08 hồ sơ đất đai quá hạn)" after "UBND huyện Bác Ái có ..." is that district's overdue count.
  "02 PAKN đang xem xét xử lý" is a count with code unchecked. Total `83,76/100`, rank `19/63`. Two
  deadlines: day for a named district, "trước ngày 20 hằng tháng" (issued 07/4/2025: first 20/4/2025).
- 158 is a quarterly Báo cáo of Sở Tư pháp tỉnh Đắk Lắk (header "UBND TỈNH ĐẮK LẮK / SỞ TƯ PHÁP"), quý I
  năm 2025, issued 03/4/2025. Every figure is the Sở's (subject "Sở Tư pháp", level tỉnh): "Văn phòng UBND
  tỉnh Đắk Lắk" and "UBND tỉnh" are only addressee and evaluator. "02 quyết định" is a count with code None.
  Previous values dated 2024-12-31: "tăng so với quý IV năm 2024 (6.912 hồ sơ)" (received), "(quý IV năm
  2024: 79,60%)" (online share), "(quý IV năm 2024: 71,15%)" (payment share), "(89,05 điểm, xếp thứ 5/21)"
  (the Sở's score has no max). "đúng hạn 7.089 hồ sơ, đạt 99,79%" carries the on-time code (no "trước hạn"
  part). "chuyển sang quý II là 281 hồ sơ" (files still in progress) and "Phiếu lý lịch tư pháp là 5.827 hồ
  sơ, chiếm 78,90%" (one kind of file and its share of those received) name no catalogued indicator: code
  unchecked. "04/04 PAKN" is one count of PAKN handled (max 4), "đạt 100%" their handled share. "xếp thứ 3/21
  sở, ban, ngành" ranks among the province's agencies; "tăng 2 bậc" is its rise. Two deadlines: month,
  day ("trước ngày 30/6/2025").
- 159 is a Công văn of the Văn phòng UBND tỉnh Hậu Giang (header "UBND TỈNH HẬU GIANG / VĂN PHÒNG"; title
  in a "V/v" line), tháng 5 năm 2025, issued 06/6/2025, on the 766 index. The province's figures ("tỉnh Hậu
  Giang đạt ...") have subject NULL. Rank written "xếp hạng 14/63" and "hạng 18/63". "tăng 1,08 điểm và tăng
  4 bậc so với tháng 4/2025 (85,15 điểm, hạng 18/63)": rises and previous values dated 2025-04-30 (the
  previous total on the /100 scale). Six group scores "nhóm <group> đạt x/max điểm" separated by ";" (sum
  86,23). "tỷ lệ hồ sơ thanh toán trực tuyến của tỉnh mới đạt 39,64%" is the province's payment share.
  Averages of the blocks (subject unchecked; levels tỉnh/huyện/xã). Best and worst units with scores in
  brackets (subject as written: "Sở Tư pháp", "Sở Xây dựng" level tỉnh; "thành phố Vị Thanh", "huyện Long
  Mỹ" level huyện). Three deadlines: day ("trước ngày 20/6/2025", for the Sở Xây dựng, not the Văn phòng it
  reports to), month for two named units, "chậm nhất" day in words.
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
    vn_number,
)

_num = vn_number
_TONG = "766.tong_hop"
_HANG = "766.xep_hang"
_TTHC = "tthc.tong_so"
_TIME = "766.tien_do.thoi_gian"
_TOAN = "766.dvctt.toan_trinh"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 157: UBND tỉnh Ninh Thuận, tháng 3 năm 2025


def _row_157(subject: str, received: str, settled: str, on_time: str, after: str) -> list[Fact]:
    """One Markdown row of a district-level unit (or the total): received, settled, on-time share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (settled, "hồ sơ", P, ANY, "period"),
             (on_time, "%", P, _DH, "period")]
    return _cells(subject, "huyện", cells, after, " | ", " |\n")


BLIND_157 = [
    # I.1 (01/2020/TT-VPCP of 21/10/2020 and 245/KH-UBND of 15/01/2025 cited)
    F("tháng: 04 quyết định", "04", 4, "quyết định", C, code=None),
    F("các cấp: 1.692 TTHC", "1.692", 1692, "TTHC", C, code=_TTHC),
    F("(cấp tỉnh 1.364", "1.364", 1364, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("cấp huyện 218", "218", 218, "TTHC", C, subject="cấp huyện", level="huyện", code=_TTHC),
    F("cấp xã 110", "110", 110, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    F("toàn trình: 1.047", "1.047", 1047, "TTHC", C, code=_TOAN),
    F("một phần: 412", "412", 412, "TTHC", C, code="766.dvctt.mot_phan"),
    # I.2 tháng 2/2025 dated 2025-02-28
    F("tiếp nhận: 38.516", "38.516", 38516, "hồ sơ", C, code=_TN),
    F("(tháng 2/2025: 31.284 hồ sơ)", "31.284", 31284, "hồ sơ", PR, as_of="2025-02-28", code=_TN),
    F("trực tuyến: 26.139", "26.139", 26139, "hồ sơ", C, code=_NOP),
    F("chiếm 67,87%", "67,87%", 67.87, "%", code=_NOP),
    F("giải quyết: 36.902", "36.902", 36902, "hồ sơ", C, code=ANY),
    F("đúng hạn 36.475", "36.475", 36475, "hồ sơ", C, code=_DH),
    F("đạt 98,84%", "98,84%", 98.84, "%", code=_DH),
    F("quá hạn 427", "427", 427, "hồ sơ", C, code=_QH),
    F("trung bình: 3,2", "3,2", 3.2, "ngày", code=_TIME),
    # I.3 Markdown table of the seven district-level units, "Tổng cộng" row (= cấp huyện)
    *_row_157("UBND thành phố Phan Rang - Tháp Chàm", "2.318", "2.205", "97,64", "| 2 | UBND huyện Ninh Hải"),
    *_row_157("UBND huyện Ninh Hải", "1.146", "1.092", "99,08", "| 3 | UBND huyện Ninh Phước"),
    *_row_157("UBND huyện Ninh Phước", "1.274", "1.201", "98,17", "| 4 | UBND huyện Ninh Sơn"),
    *_row_157("UBND huyện Ninh Sơn", "963", "928", "99,35", "| 5 | UBND huyện Thuận Bắc"),
    *_row_157("UBND huyện Thuận Bắc", "412", "398", "100", "| 6 | UBND huyện Thuận Nam"),
    *_row_157("UBND huyện Thuận Nam", "587", "560", "98,93", "| 7 | UBND huyện Bác Ái"),
    *_row_157("UBND huyện Bác Ái", "264", "249", "96,79", "| | Tổng cộng"),
    *_row_157("cấp huyện", "6.964", "6.633", "98,31", "\nUBND huyện Bác Ái có"),
    F("(còn 08 hồ sơ", "08", 8, "hồ sơ", C, subject="UBND huyện Bác Ái", level="huyện", code=_QH),
    # I.4
    F("trực tuyến: 44,06%", "44,06%", 44.06, "%", code=_TT),
    F("TTHC: 82,15%", "82,15%", 82.15, "%", code=_SH),
    F("điện tử: 90,48%", "90,48%", 90.48, "%", code=_KQ),
    # I.5 (0259.3822.690 is a phone number)
    F("Tiếp nhận 12 phản ánh", "12", 12, "PAKN", C, code=_PAKN_TN),
    F("xử lý 10 PAKN", "10", 10, "PAKN", C, code=_PAKN_XL),
    F("02 PAKN đang", "02", 2, "PAKN", C, code=ANY),
    # I.6 (766/QĐ-TTg of 23/6/2022 cited)
    F("đạt 83,76/100", "83,76/100", 83.76, "điểm", max_value=100, code=_TONG),
    F("thứ 19/63", "19/63", 19, "hạng", R, max_value=63, code=_HANG),
]

# ------------------------------------------------------------ 158: Sở Tư pháp tỉnh Đắk Lắk, quý I năm 2025
_STP = "Sở Tư pháp"
_Q4_2024 = "2024-12-31"


def _so(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_STP, level="tỉnh", **kw)


BLIND_158 = [
    # I.1 (1736/UBND-KSTT of 12/3/2025 cited)
    _so("thực hiện 142 TTHC", "142", 142, "TTHC", C, code=_TTHC),
    _so("trong đó 117 TTHC", "117", 117, "TTHC", C, code=_TOAN),
    _so("ban hành 02 quyết định", "02", 2, "quyết định", C, code=None),
    # I.2 quý IV năm 2024 dated 2024-12-31
    _so("Sở tiếp nhận 7.385", "7.385", 7385, "hồ sơ", C, code=_TN),
    _so("(6.912 hồ sơ)", "6.912", 6912, "hồ sơ", PR, as_of=_Q4_2024, code=_TN),
    _so("trực tuyến là 6.148", "6.148", 6148, "hồ sơ", C, code=_NOP),
    _so("đạt 83,25%", "83,25%", 83.25, "%", code=_NOP),
    _so("2024: 79,60%)", "79,60%", 79.60, "%", PR, as_of=_Q4_2024, code=_NOP),
    _so("giải quyết 7.104", "7.104", 7104, "hồ sơ", C, code=ANY),
    _so("đúng hạn 7.089", "7.089", 7089, "hồ sơ", C, code=_DH),
    _so("đạt 99,79%", "99,79%", 99.79, "%", code=_DH),
    _so("quá hạn 15", "15", 15, "hồ sơ", C, code=_QH),
    _so("là 281 hồ sơ", "281", 281, "hồ sơ", C, code=ANY),
    _so("là 5.827 hồ sơ", "5.827", 5827, "hồ sơ", C, code=ANY),
    _so("chiếm 78,90%", "78,90%", 78.90, "%", code=ANY),
    # I.3
    _so("đạt 76,42%", "76,42%", 76.42, "%", code=_TT),
    _so("2024: 71,15%)", "71,15%", 71.15, "%", PR, as_of=_Q4_2024, code=_TT),
    _so("đạt 97,08%", "97,08%", 97.08, "%", code=_SH),
    _so("đạt 98,56%", "98,56%", 98.56, "%", code=_KQ),
    # I.4 ("Tổng đài 1022" is a name)
    _so("tiếp nhận 04 phản ánh", "04", 4, "PAKN", C, code=_PAKN_TN),
    _so("xong 04/04 PAKN", "04/04", 4, "PAKN", C, max_value=4, code=_PAKN_XL),
    _so("đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _so("đạt 96,84%", "96,84%", 96.84, "%", code=_HL),
    # I.5 rank among the province's agencies; quý IV năm 2024 dated 2024-12-31 (0262.3856.147 is a phone number)
    _so("Sở đạt 91,37", "91,37", 91.37, "điểm", code=_TONG),
    _so("thứ 3/21", "3/21", 3, "hạng", R, max_value=21, code=_HANG),
    _so("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    _so("(89,05 điểm", "89,05", 89.05, "điểm", PR, as_of=_Q4_2024, code=_TONG),
    _so("thứ 5/21)", "5/21", 5, "hạng", PR, max_value=21, as_of=_Q4_2024, code=_HANG),
]

# ------------------------------------------------------------ 159: Văn phòng UBND tỉnh Hậu Giang, tháng 5 năm 2025
_APR_159 = "2025-04-30"

BLIND_159 = [
    # 1. (766/QĐ-TTg of 23/6/2022 and 1412/UBND-NCTH of 19/5/2025 cited; "Tính đến ngày 31/5/2025" is the period end)
    F("đạt 86,23/100", "86,23/100", 86.23, "điểm", max_value=100, code=_TONG),
    F("hạng 14/63", "14/63", 14, "hạng", R, max_value=63, code=_HANG),
    F("tăng 1,08 điểm", "1,08", 1.08, "điểm", CH, code=_TONG),
    F("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    F("(85,15 điểm", "85,15", 85.15, "điểm", PR, max_value=100, as_of=_APR_159, code=_TONG),
    F("hạng 18/63)", "18/63", 18, "hạng", PR, max_value=63, as_of=_APR_159, code=_HANG),
    # the six groups "nhóm <group> đạt x/max điểm"
    F("minh bạch đạt 17,45/18", "17,45/18", 17.45, "điểm", max_value=18, code="766.cong_khai"),
    F("giải quyết đạt 19,36/20", "19,36/20", 19.36, "điểm", max_value=20, code="766.tien_do"),
    F("trực tuyến đạt 10,12/12", "10,12/12", 10.12, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến đạt 5,87/10", "5,87/10", 5.87, "điểm", max_value=10, code="766.thanh_toan"),
    F("hài lòng đạt 17,90/18", "17,90/18", 17.90, "điểm", max_value=18, code="766.hai_long"),
    F("hồ sơ đạt 15,53/22", "15,53/22", 15.53, "điểm", max_value=22, code="766.so_hoa"),
    F("mới đạt 39,64%", "39,64%", 39.64, "%", code=_TT),
    # 2. block averages; best and worst units in brackets
    F("ngành là 88,46 điểm", "88,46", 88.46, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("thành phố là 84,19 điểm", "84,19", 84.19, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("cấp xã là 80,72 điểm", "80,72", 80.72, "điểm", subject=ANY, level="xã", code=_TONG),
    F("(95,12 điểm)", "95,12", 95.12, "điểm", subject="Sở Tư pháp", level="tỉnh", code=_TONG),
    F("(76,38 điểm)", "76,38", 76.38, "điểm", subject="Sở Xây dựng", level="tỉnh", code=_TONG),
    F("(89,57 điểm)", "89,57", 89.57, "điểm", subject="thành phố Vị Thanh", level="huyện", code=_TONG),
    F("(79,04 điểm)", "79,04", 79.04, "điểm", subject="huyện Long Mỹ", level="huyện", code=_TONG),
    # 3. (0293.3878.125 is a phone number)
]

BLIND = {"157": BLIND_157, "158": BLIND_158, "159": BLIND_159}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "157": [
        ("2025-04-25", "day", "25/4/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn", "UBND huyện Bác Ái"),
        # issued 07/4/2025: the first "ngày 20 hằng tháng" is 20/4/2025
        ("2025-04-20", "recurring", "20 hằng tháng", "cập nhật kết quả giải quyết hồ sơ",
         "Các sở, ban, ngành, UBND các huyện, thành phố"),
    ],
    "158": [
        ("2025-05-31", "month", "tháng 5/2025", "rút ngắn thời gian xác minh lý lịch tư pháp",
         "Phòng Hành chính tư pháp"),
        ("2025-06-30", "day", "30/6/2025", "số hóa kết quả giải quyết TTHC", "Văn phòng Sở"),
    ],
    "159": [
        ("2025-06-20", "day", "20/6/2025", "khắc phục các chỉ tiêu bị trừ điểm", "Sở Xây dựng"),
        ("2025-07-31", "month", "tháng 7/2025", "tỷ lệ hồ sơ thanh toán trực tuyến",
         "UBND huyện Long Mỹ, UBND thị xã Long Mỹ"),
        ("2025-06-30", "day", "ngày 30 tháng 6 năm 2025", "đồng bộ đầy đủ dữ liệu hồ sơ",
         "Trung tâm Phục vụ hành chính công tỉnh"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind15.py's META).
# 157's issuer is UBND tỉnh Ninh Thuận, period the month in its title; 158's issuer is Sở Tư pháp under "UBND
# TỈNH ĐẮK LẮK"; 159's issuer is the Văn phòng under "UBND TỈNH HẬU GIANG", a Công văn whose period is the month
# in its "V/v" line.
META = {
    "157": {"doc_number": "68/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-04-07",
            "province": "Ninh Thuận", "period_label": "tháng 3 năm 2025", "period_start": "2025-03-01",
            "period_end": "2025-03-31", "signer": "Trần Minh Khoa"},
    "158": {"doc_number": "52/BC-STP", "doc_type": "Báo cáo", "issued_date": "2025-04-03",
            "province": "Đắk Lắk", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Y Khiêm Niê"},
    "159": {"doc_number": "845/VP-KSTT", "doc_type": "Công văn", "issued_date": "2025-06-06",
            "province": "Hậu Giang", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Lê Thanh Tùng"},
}
