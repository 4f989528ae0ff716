"""Blind golden facts for corpus/blind2/106_lam_dong.txt, 107_thanh_hoa.txt and 108_dong_thap.txt.

The three reports were written by the developers for a second blind measurement (provinces, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by
reading them, before any extraction, restoration or pipeline code was run on them. They also serve as
held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind.py: rows use `golden.facts.Fact` (context string that
occurs once in the document + the figure as written inside it). Prose counts are kind `count`; table
cells are kind `value` even when they count; `as_of="period"` is the period's end; `ANY` leaves a field
unchecked where the sentence names no catalogued indicator (`None` where it clearly names none).
Table cells carry `extra={"source": "table"}`. A table column dated before the period end keeps kind
`value` with that column's date as `as_of` (as golden/tables_003.py does); a change column is dated at
the period end. "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`.
"""

from __future__ import annotations

from golden.facts import (
    _DH,
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
)

# ---------------------------------------------------------------- 106: UBND tỉnh Lâm Đồng, 9 tháng đầu năm 2024
_Q2_106 = "2024-06-30"
_YE_2024 = "2024-12-31"
_ALL_106 = "Các sở, ban, ngành; UBND các huyện, thành phố"


def _row_106(group: str, before: str, now: str, change: str, code: str):
    """The three cells of one row of the Markdown table: 30/6/2024, 30/9/2024 (period end), change.

    Scores are written `x/max`; the change cell has an explicit sign (`+0,8`, `-0,2`).
    """
    def score(raw: str) -> tuple[float, float]:
        value, top = raw.split("/")
        return float(value.replace(",", ".")), float(top)

    old_value, top = score(before)
    new_value, _ = score(now)
    delta = float(change.replace(",", "."))
    return [
        F(f"{group} | {before}", before, old_value, "điểm", P, max_value=top, as_of=_Q2_106, code=code,
          extra=TAB),
        F(f"{before} | {now}", now, new_value, "điểm", P, max_value=top, code=code, extra=TAB),
        F(f"{now} | {change}", change, delta, "điểm", CH, code=code, extra=TAB),
    ]


BLIND_106 = [
    # I.1 kiểm soát, công bố, công khai TTHC
    F("hành 47 quyết định", "47", 47, "quyết định", C, code=None),
    F("với 512 TTHC", "512", 512, "TTHC", C, code=ANY),
    F("mới 198 thủ tục", "198", 198, "TTHC", C, code=ANY),
    F("bổ sung 241 thủ tục", "241", 241, "TTHC", C, code=ANY),
    F("bãi bỏ 73 thủ tục", "73", 73, "TTHC", C, code=ANY),
    F("là 1.847 thủ tục", "1.847", 1847, "TTHC", C, code="tthc.tong_so"),
    F("cấp tỉnh 1.402", "1.402", 1402, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code="tthc.tong_so"),
    F("cấp huyện 296", "296", 296, "TTHC", C, subject="cấp huyện", level="huyện", code="tthc.tong_so"),
    F("cấp xã 149", "149", 149, "TTHC", C, subject="cấp xã", level="xã", code="tthc.tong_so"),
    F("; 100% TTHC", "100%", 100, "%", code="766.cong_khai.day_du"),
    # I.2 tiếp nhận, giải quyết hồ sơ (01/01/2024 and 30/9/2024 are the period bounds, not figures)
    F("tổng cộng 486.213", "486.213", 486213, "hồ sơ", C, code=_TN),
    F("sang 12.540", "12.540", 12540, "hồ sơ", C, code=ANY),
    F("mới 473.673", "473.673", 473673, "hồ sơ", C, code=ANY),
    F("xong 471.905", "471.905", 471905, "hồ sơ", C, code=ANY),
    F("đúng hạn 466.327", "466.327", 466327, "hồ sơ", C, code=_DH),
    F("đạt 98,82%", "98,82%", 98.82, "%", code=_DH),
    F("quá hạn 5.578", "5.578", 5578, "hồ sơ", C, code=_QH),
    F("chiếm 1,18%", "1,18%", 1.18, "%", code=_QH),
    F("còn 14.308", "14.308", 14308, "hồ sơ", C, code=ANY),
    F("là 5,2 ngày", "5,2", 5.2, "ngày", code="766.tien_do.thoi_gian"),
    F("rút ngắn 0,7 ngày", "0,7", -0.7, "ngày", CH, code="766.tien_do.thoi_gian"),
    # I.3 DVCTT
    F("cấp 1.196 TTHC", "1.196", 1196, "TTHC", C, code="766.dvctt.tthc_cung_cap"),
    F("đó 812 TTHC", "812", 812, "TTHC", C, code="766.dvctt.toan_trinh"),
    F("và 384 TTHC", "384", 384, "TTHC", C, code="766.dvctt.mot_phan"),
    F("đạt tỷ lệ 64,75%", "64,75%", 64.75, "%", code="766.dvctt.tthc_cung_cap"),
    F("đạt 57,36%", "57,36%", 57.36, "%", code=_NOP),
    F("tăng 9,14%", "9,14%", 9.14, "%", CH, code=_NOP),
    F("đạt 71,2%", "71,2%", 71.2, "%", code="766.dvctt.phat_sinh_ho_so"),
    # I.4 thanh toán trực tuyến, số hóa
    F("cho 148.062", "148.062", 148062, "hồ sơ", C, code=_TT),
    F("hơn 96,4 tỷ", "96,4", 96.4, "tỷ đồng", code=ANY),
    F("đạt 47,9%", "47,9%", 47.9, "%", code=_TT),
    F("đạt 83,15%", "83,15%", 83.15, "%", code=_SH),
    F("đạt 38,6%", "38,6%", 38.6, "%", code=_TSD, target=50, stated_status="chưa đạt"),
    F("chỉ tiêu 50%", "50%", 50, "%", T, code=_TSD),
    # I.5 PAKN, hài lòng
    F("tiếp nhận 214", "214", 214, "PAKN", C, code="pakn.tiep_nhan"),
    F("xong 209 PAKN", "209", 209, "PAKN", C, code="pakn.da_xu_ly"),
    F("đạt 97,66%", "97,66%", 97.66, "%", code="pakn.ty_le_xu_ly"),
    F("; 05 PAKN", "05", 5, "PAKN", C, code=ANY),
    F("đạt 96,03%", "96,03%", 96.03, "%", code="766.hai_long.tthc"),
    # I.6 Bộ chỉ số (the province itself: subject NULL)
    F("đạt 82,47/100", "82,47/100", 82.47, "điểm", max_value=100, code="766.tong_hop"),
    F("xếp thứ 18/63", "18/63", 18, "hạng", R, max_value=63, code="766.xep_hang"),
    F("tăng 2,06 điểm", "2,06", 2.06, "điểm", CH, code="766.tong_hop"),
    F("tăng 7 bậc", "7", 7, "hạng", CH, code="766.xep_hang"),
    F("(80,41 điểm", "80,41", 80.41, "điểm", PR, max_value=100, as_of=_Q2_106, code="766.tong_hop"),
    F("xếp thứ 25/63", "25/63", 25, "hạng", PR, max_value=63, as_of=_Q2_106, code="766.xep_hang"),
    # Markdown table (7 rows x 3 numeric cells)
    *_row_106("Công khai, minh bạch", "15,6/18", "16,4/18", "+0,8", "766.cong_khai"),
    *_row_106("Tiến độ, kết quả giải quyết", "18,9/20", "19,2/20", "+0,3", "766.tien_do"),
    *_row_106("Dịch vụ công trực tuyến", "8,1/12", "8,5/12", "+0,4", "766.dvctt"),
    *_row_106("Thanh toán trực tuyến", "6,2/10", "6,9/10", "+0,7", "766.thanh_toan"),
    *_row_106("Mức độ hài lòng", "16,8/18", "16,6/18", "-0,2", "766.hai_long"),
    *_row_106("Số hóa hồ sơ", "14,81/22", "14,87/22", "+0,06", "766.so_hoa"),
    *_row_106("Tổng điểm", "80,41/100", "82,47/100", "+2,06", "766.tong_hop"),
    # II. tồn tại, hạn chế
    F("(1.926 hồ sơ)", "1.926", 1926, "hồ sơ", C, subject="Sở Tài nguyên và Môi trường", level="tỉnh",
      code=_QH),
    F("(734 hồ sơ)", "734", 734, "hồ sơ", C, subject="UBND thành phố Bảo Lộc", level="huyện", code=_QH),
    F("(418 hồ sơ)", "418", 418, "hồ sơ", C, subject="UBND huyện Lâm Hà", level="huyện", code=_QH),
    F("mới đạt 31,8%", "31,8%", 31.8, "%", subject="cấp xã", level="xã", code=_NOP),
    # III. nhiệm vụ: targets due 31/12/2024, for bodies of two levels (level NULL)
    F("tối thiểu 90%", "90%", 90, "%", T, subject=_ALL_106, as_of=_YE_2024, code=_SH),
    F("từ 55%", "55%", 55, "%", T, subject=_ALL_106, as_of=_YE_2024, code=_TT),
]

# ---------------------------------------------------------------- 107: Sở TT&TT tỉnh Thanh Hóa, tháng 11/2024
_OCT_107 = "2024-10-31"


def _row_107(unit_name: str, total: tuple[str, float], online: tuple[str, float], digitised: tuple[str, float],
             paid: tuple[str, float]):
    """The four cells of one unit row of the tab-separated table (two-row header: "Hồ sơ tiếp nhận" spans
    "Tổng số" and "Nộp trực tuyến")."""
    def cell(context: str, figure: tuple[str, float], unit: str, code: str) -> Fact:
        return F(context, figure[0], figure[1], unit, P, subject=unit_name, level="huyện", code=code, extra=TAB)

    return [
        cell(f"{unit_name}\t{total[0]}", total, "hồ sơ", _TN),
        cell(f"{total[0]}\t{online[0]}", online, "hồ sơ", _NOP),
        cell(f"{online[0]}\t{digitised[0]}", digitised, "%", _SH),
        cell(f"{digitised[0]}\t{paid[0]}", paid, "%", _TT),
    ]


BLIND_107 = [
    # 1. kết quả chung toàn tỉnh (30/11/2024 is the data cut-off = period end, not a figure)
    F("tiếp nhận 172.486", "172.486", 172486, "hồ sơ", C, code=_TN),
    F("có 118.937", "118.937", 118937, "hồ sơ", C, code=_NOP),
    F("chiếm 68,95%", "68,95%", 68.95, "%", code=_NOP),
    F("là 66,12%", "66,12%", 66.12, "%", PR, as_of=_OCT_107, code=_NOP),
    F("nhất (82,3%)", "82,3%", 82.3, "%", subject="cấp tỉnh", level="tỉnh", code=_NOP),
    F("cấp huyện (71,5%)", "71,5%", 71.5, "%", subject="cấp huyện", level="huyện", code=_NOP),
    F("cấp xã (60,2%)", "60,2%", 60.2, "%", subject="cấp xã", level="xã", code=_NOP),
    F("đạt 79,4%", "79,4%", 79.4, "%", code=_SH),
    F("đạt 85,6%", "85,6%", 85.6, "%", code="766.so_hoa.ket_qua_dien_tu"),
    F("đạt 29,7%", "29,7%", 29.7, "%", code=_TSD),
    F("số 38.990", "38.990", 38990, "hồ sơ", C, code=ANY),
    F("có 23.815", "23.815", 23815, "hồ sơ", C, code=_TT),
    F("đạt 61,08%", "61,08%", 61.08, "%", code=_TT),
    F("có 1.356.920", "1.356.920", 1356920, "tài khoản", C, code="tai_khoan_dinh_danh"),
    F("nhận 1.942", "1.942", 1942, "lượt", C, code=ANY),
    F("đạt 97,8%", "97,8%", 97.8, "%", code="766.hai_long.tthc"),
    # 2. table (tab-separated, two-row header), as of the period's end: 5 rows x 4 cells
    *_row_107("UBND thành phố Thanh Hóa", ("12.684", 12684), ("10.377", 10377), ("92,1", 92.1), ("74,5", 74.5)),
    *_row_107("UBND thành phố Sầm Sơn", ("3.215", 3215), ("2.640", 2640), ("88,4", 88.4), ("69,3", 69.3)),
    *_row_107("UBND thị xã Nghi Sơn", ("7.902", 7902), ("5.381", 5381), ("81,7", 81.7), ("58,8", 58.8)),
    *_row_107("UBND huyện Mường Lát", ("486", 486), ("117", 117), ("46,3", 46.3), ("12,6", 12.6)),
    *_row_107("UBND huyện Quan Sơn", ("702", 702), ("205", 205), ("52,9", 52.9), ("17,4", 17.4)),
]

# ---------------------------------------------------------------- 108: VP UBND tỉnh Đồng Tháp, năm 2024
_Y2023 = "2023-12-31"
_TTHCC = "Trung tâm Phục vụ hành chính công tỉnh"

BLIND_108 = [
    # 1. đánh giá chung (07/01/2025, 16/12/2024 and 1425 are cited, not figures)
    F("đạt 86,15 điểm", "86,15", 86.15, "điểm", code="766.tong_hop"),
    F("xếp hạng 6/63", "6/63", 6, "hạng", R, max_value=63, code="766.xep_hang"),
    F("tăng 3 bậc", "3", 3, "hạng", CH, code="766.xep_hang"),
    F("(xếp thứ 9/63)", "9/63", 9, "hạng", PR, max_value=63, as_of=_Y2023, code="766.xep_hang"),
    F("đạt 99,41%", "99,41%", 99.41, "%", code=_DH),
    F("đạt 74,8%", "74,8%", 74.8, "%", code=_NOP, target=70, stated_status="đạt"),
    F("(70%)", "70%", 70, "%", T, code=_NOP),
    F("tiếp nhận 61.540", "61.540", 61540, "hồ sơ", C, subject=_TTHCC, level="tỉnh", code=_TN),
    F("đó 93,7%", "93,7%", 93.7, "%", subject=_TTHCC, level="tỉnh", code=_DH),
    F("đạt 89,62%", "89,62%", 89.62, "%", code="sipas"),
    F("đạt 89,07 điểm", "89,07", 89.07, "điểm", as_of=_Y2023, code="par_index"),
    F("xếp thứ 5/63", "5/63", 5, "hạng", R, max_value=63, as_of=_Y2023, code="par_index"),
    F("tiếp nhận 1.208", "1.208", 1208, "PAKN", C, code="pakn.tiep_nhan"),
    F("xong 1.187", "1.187", 1187, "PAKN", C, code="pakn.da_xu_ly"),
    F("(đạt 98,26%)", "98,26%", 98.26, "%", code="pakn.ty_le_xu_ly"),
    F("là 6,4 ngày", "6,4", 6.4, "ngày", code="pakn.thoi_gian"),
    F("đạt 44,3%", "44,3%", 44.3, "%", code=_TT, target=50, stated_status="chưa đạt"),
    F("(chỉ tiêu 50%)", "50%", 50, "%", T, code=_TT),
    F("đạt 68,9%", "68,9%", 68.9, "%", subject="cấp xã", level="xã", code=_SH),
    F("còn 2.317", "2.317", 2317, "hồ sơ", C, code=_QH),
    F("còn 9/143", "9/143", 9, "xã", C, max_value=143, subject="cấp xã", level="xã", code=None),
    # 2. nhiệm vụ: a target due at the end of quý II/2025
    # the province-wide rate (assigned to Sở TT&TT, but the rate is the province's): subject NULL
    F("tối thiểu 60%", "60%", 60, "%", T, as_of="2025-06-30", code=_TT),
]

BLIND = {"106": BLIND_106, "107": BLIND_107, "108": BLIND_108}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "106": [
        ("2024-10-31", "day", "31/10/2024", "xử lý dứt điểm các hồ sơ quá hạn",
         "Sở Tài nguyên và Môi trường, UBND thành phố Bảo Lộc, UBND huyện Lâm Hà"),
        ("2024-12-31", "day", "31/12/2024", "đưa tỷ lệ số hóa hồ sơ", _ALL_106),
        ("2024-11-30", "month", "tháng 11/2024", "nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính",
         "Sở Thông tin và Truyền thông"),
    ],
    "107": [
        ("2024-12-15", "day", "15/12/2024", "hướng dẫn người dân nộp hồ sơ",
         "UBND huyện Mường Lát, UBND huyện Quan Sơn"),
        # issued 05/12/2024: the first "ngày 10 hằng tháng" is 10/12/2024
        ("2024-12-10", "recurring", "ngày 10 hằng tháng", "cập nhật đầy đủ kết quả số hóa",
         "Các sở, ban, ngành và UBND cấp huyện"),
        ("2025-03-31", "quarter", "quý I/2025", "kết nối thanh toán trực tuyến",
         "Trung tâm Phục vụ hành chính công tỉnh"),
    ],
    "108": [
        ("2025-02-28", "day", "28/02/2025", "xử lý dứt điểm", "Sở Tài nguyên và Môi trường"),
        ("2025-01-20", "day", "20/01/2025", "ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2025",
         "Văn phòng UBND tỉnh"),
        ("2025-06-30", "quarter", "quý II/2025", "triển khai giải pháp thanh toán không dùng tiền mặt",
         "Sở Thông tin và Truyền thông"),
        # issued 10/01/2025: the first "ngày 15 hằng tháng" is 15/01/2025
        ("2025-01-15", "recurring", "ngày 15 hằng tháng", "báo cáo kết quả", "UBND các huyện, thành phố"),
        ("2025-10-31", "month", "tháng 10/2025", "khảo sát, đo lường sự hài lòng", "Sở Nội vụ"),
        ("2025-12-31", "year", "năm 2025", "hướng dẫn kích hoạt tài khoản", "Công an tỉnh"),
    ],
}

# Document metadata a reader takes from the header (keys of golden/blind.py's META, plus the period as
# written and the signer, both columns of the documents table in the contract).
META = {
    "106": {"doc_number": "215/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-10-08",
            "province": "Lâm Đồng", "period_label": "9 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-09-30", "signer": "Đặng Quang Vinh"},
    "107": {"doc_number": "3187/STTTT-CĐS", "doc_type": "Công văn", "issued_date": "2024-12-05",
            "province": "Thanh Hóa", "period_label": "tháng 11/2024", "period_start": "2024-11-01",
            "period_end": "2024-11-30", "signer": "Lê Thị Hương Giang"},
    "108": {"doc_number": "18/TB-VPUBND", "doc_type": "Thông báo", "issued_date": "2025-01-10",
            "province": "Đồng Tháp", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Nguyễn Thị Bích Ngọc"},
}
