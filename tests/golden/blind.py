"""Blind golden facts for corpus/104_nghe_an.txt and corpus/105_can_tho.txt.

Both reports were written for this measurement (provinces, wording and layout not used elsewhere in the
corpus), and every row below was written by reading them BEFORE any extraction code was run on them.
Rows use `golden.facts.Fact` (context string occurring once in the document + the figure as written).

Conventions (the project's existing goldens): prose counts are kind `count`; table cells are kind
`value` even when they count (as in golden/tables_003.py); `as_of="period"` is the period's end;
`ANY` leaves a code unchecked where the sentence names no catalogued indicator.
Table cells carry `extra={"source": "table"}`.
"""

from __future__ import annotations

from golden.facts import (
    _DH,
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
    P,
    R,
    T,
)

# ---------------------------------------------------------------- 104: UBND tỉnh Nghệ An, tháng 10/2024


def _row_104(unit_name: str, count: tuple[str, float], on_time: tuple[str, float], online: tuple[str, float]):
    """The three cells of one unit row of Bảng 1 (context = unit name / neighbouring cell, unique)."""
    return [
        F(f"{unit_name} | {count[0]}", count[0], count[1], "hồ sơ", P, subject=unit_name, level="huyện",
          code=_TN, extra=TAB),
        F(f"{count[0]} | {on_time[0]}", on_time[0], on_time[1], "%", P, subject=unit_name, level="huyện",
          code=_DH, extra=TAB),
        F(f"{on_time[0]} | {online[0]}", online[0], online[1], "%", P, subject=unit_name, level="huyện",
          code=_NOP, extra=TAB),
    ]


BLIND_104 = [
    # I. Bộ chỉ số
    F("là 84,72/100", "84,72/100", 84.72, "điểm", max_value=100, code="766.tong_hop"),
    F("thứ 9/63", "9/63", 9, "hạng", R, max_value=63, code="766.xep_hang"),
    F("tăng 1,18 điểm", "1,18", 1.18, "điểm", CH, code="766.tong_hop"),
    F("(83,54 điểm)", "83,54", 83.54, "điểm", PR, max_value=100, as_of="2024-09-30", code="766.tong_hop"),
    F("tăng 4 bậc", "4", 4, "hạng", CH, code="766.xep_hang"),
    F("đạt 17,5/18", "17,5/18", 17.5, "điểm", max_value=18, code="766.cong_khai"),
    F("đạt 19,1/20", "19,1/20", 19.1, "điểm", max_value=20, code="766.tien_do"),
    F("đạt 13,8/22", "13,8/22", 13.8, "điểm", max_value=22, code="766.so_hoa"),
    F("giảm 0,6 điểm", "0,6", -0.6, "điểm", CH, code="766.so_hoa"),
    # II.1 DVCTT ("thủ tục" is the TTHC unit of the contract)
    F("là 1.962", "1.962", 1962, "TTHC", C, code="tthc.tong_so"),
    F("đó 1.104", "1.104", 1104, "TTHC", C, code="766.dvctt.toan_trinh"),
    F("chiếm 56,27%", "56,27%", 56.27, "%", code="766.dvctt.toan_trinh"),
    # II.2 hồ sơ
    F("tiếp nhận 68.415", "68.415", 68415, "hồ sơ", C, code=_TN),
    F("giải quyết 64.902", "64.902", 64902, "hồ sơ", C, code=ANY),
    F("đạt 98,37%", "98,37%", 98.37, "%", code=_DH),
    F("Còn 1.058", "1.058", 1058, "hồ sơ", C, code=_QH),
    F("(1,63%)", "1,63%", 1.63, "%", code=_QH),
    F("(173 hồ sơ)", "173", 173, "hồ sơ", C, subject="Sở Nông nghiệp và Phát triển nông thôn", level="tỉnh",
      code=_QH),
    F("(96 hồ sơ)", "96", 96, "hồ sơ", C, subject="UBND thị xã Hoàng Mai", level="huyện", code=_QH),
    F("đạt 61,5%", "61,5%", 61.5, "%", code=_NOP),
    F("cấp tỉnh 70,4%", "70,4%", 70.4, "%", subject="cấp tỉnh", level="tỉnh", code=_NOP),
    F("cấp huyện 60,0%", "60,0%", 60.0, "%", subject="cấp huyện", level="huyện", code=_NOP),
    F("cấp xã 47,9%", "47,9%", 47.9, "%", subject="cấp xã", level="xã", code=_NOP),
    # II.3 thanh toán, số hóa
    F("đạt 52,14%", "52,14%", 52.14, "%", code="766.thanh_toan.ho_so"),
    F("tăng 6,3%", "6,3%", 6.3, "%", CH, code="766.thanh_toan.ho_so"),
    F("Có 76,8%", "76,8%", 76.8, "%", code="766.so_hoa.ho_so"),
    F("đạt 88,05%", "88,05%", 88.05, "%", code="766.so_hoa.ket_qua_dien_tu"),
    # II.4 PAKN
    F("tiếp nhận 57", "57", 57, "PAKN", C, code="pakn.tiep_nhan"),
    F("trả lời 52", "52", 52, "PAKN", C, code="pakn.da_xu_ly"),
    F("(đạt 91,23%)", "91,23%", 91.23, "%", code="pakn.ty_le_xu_ly"),
    F("còn 05 PAKN", "05", 5, "PAKN", C, code=ANY),
    # III. nhiệm vụ: a target with its due month
    F("tối thiểu 40%", "40%", 40, "%", T, subject="UBND huyện Kỳ Sơn", level="huyện", as_of="2024-12-31",
      code=_NOP),
    # Bảng 1 (markdown), as of the period's end
    *_row_104("Thành phố Vinh", ("9.412", 9412), ("99,21", 99.21), ("74,60", 74.60)),
    *_row_104("Thị xã Cửa Lò", ("1.287", 1287), ("98,75", 98.75), ("69,02", 69.02)),
    *_row_104("Huyện Quỳnh Lưu", ("3.906", 3906), ("97,14", 97.14), ("58,33", 58.33)),
    *_row_104("Huyện Kỳ Sơn", ("642", 642), ("92,06", 92.06), ("21,50", 21.50)),
]

# ---------------------------------------------------------------- 105: VP UBND TP Cần Thơ, quý III/2024
_Q2 = "2024-06-30"


def _row_105(unit_name: str, score: tuple[str, float], rank: tuple[str, float, float], paid: tuple[str, float]):
    """The three cells of one unit row of the tab-separated table."""
    return [
        F(f"{unit_name}\t{score[0]}", score[0], score[1], "điểm", P, subject=unit_name, level="huyện",
          code="766.tong_hop", extra=TAB),
        F(f"{score[0]}\t{rank[0]}", rank[0], rank[1], "hạng", R, max_value=rank[2], subject=unit_name,
          level="huyện", code="766.xep_hang", extra=TAB),
        F(f"{rank[0]}\t{paid[0]}", paid[0], paid[1], "%", P, subject=unit_name, level="huyện", code=_TT,
          extra=TAB),
    ]


BLIND_105 = [
    # 1. Kết quả chung: "Thành phố Cần Thơ" is the province-level city itself (subject NULL)
    F("đạt 79,36", "79,36", 79.36, "điểm", code="766.tong_hop"),
    F("vị trí 27/63", "27/63", 27, "hạng", R, max_value=63, code="766.xep_hang"),
    F("giảm 0,85 điểm", "0,85", -0.85, "điểm", CH, code="766.tong_hop"),
    F("giảm 5 bậc", "5", -5, "hạng", CH, code="766.xep_hang"),
    F("(80,21 điểm", "80,21", 80.21, "điểm", PR, max_value=100, as_of=_Q2, code="766.tong_hop"),
    F("vị trí 22/63", "22/63", 22, "hạng", PR, max_value=63, as_of=_Q2, code="766.xep_hang"),
    F("đạt 8,9/12", "8,9/12", 8.9, "điểm", max_value=12, code="766.dvctt"),
    F("đạt 6,4/10", "6,4/10", 6.4, "điểm", max_value=10, code="766.thanh_toan"),
    F("đạt 16,2/18", "16,2/18", 16.2, "điểm", max_value=18, code="766.hai_long"),
    # 2. Thanh toán trực tuyến
    F("có 41.628", "41.628", 41628, "hồ sơ", C, code=ANY),
    F("đó 17.902", "17.902", 17902, "hồ sơ", C, code=_TT),
    F("tỷ lệ 43,0%", "43,0%", 43.0, "%", code=_TT),
    F("có 2/9", "2/9", 2, "đơn vị", C, max_value=9, subject="cấp huyện", level="huyện", code=None),
    F("(58,7%)", "58,7%", 58.7, "%", subject="quận Ninh Kiều", level="huyện", code=_TT),
    F("(51,2%)", "51,2%", 51.2, "%", subject="quận Cái Răng", level="huyện", code=_TT),
    F("với 19,4%", "19,4%", 19.4, "%", subject="huyện Vĩnh Thạnh", level="huyện", code=_TT),
    # table (tab-separated), as of the period's end
    *_row_105("UBND quận Ninh Kiều", ("85,40", 85.40), ("1/9", 1, 9), ("58,7", 58.7)),
    *_row_105("UBND quận Cái Răng", ("82,95", 82.95), ("2/9", 2, 9), ("51,2", 51.2)),
    *_row_105("UBND huyện Cờ Đỏ", ("78,10", 78.10), ("5/9", 5, 9), ("37,6", 37.6)),
    *_row_105("UBND huyện Vĩnh Thạnh", ("71,83", 71.83), ("9/9", 9, 9), ("19,4", 19.4)),
    # 3. Số hóa, mức độ hài lòng
    F("đạt 91,6%", "91,6%", 91.6, "%", subject="các sở, ban, ngành", level="tỉnh", code=_SH),
    F("đạt 84,3%", "84,3%", 84.3, "%", subject="UBND các quận, huyện", level="huyện", code=_SH),
    F("đạt 72,5%", "72,5%", 72.5, "%", subject="UBND các phường, xã, thị trấn", level="xã", code=_SH),
    F("là 3,8 ngày", "3,8", 3.8, "ngày", code="766.tien_do.thoi_gian"),
    F("đạt 95,14%", "95,14%", 95.14, "%", code="766.hai_long.tthc"),
    F("; 100% phản", "100%", 100, "%", code="766.hai_long.pakn_dung_han"),
]

BLIND = {"104": BLIND_104, "105": BLIND_105}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "104": [
        ("2024-11-20", "day", "20/11/2024", "giải quyết dứt điểm hồ sơ trễ hạn",
         "Sở Nông nghiệp và Phát triển nông thôn, UBND thị xã Hoàng Mai"),
        ("2024-12-31", "month", "tháng 12/2024", "xây dựng kế hoạch nâng tỷ lệ hồ sơ nộp trực tuyến",
         "UBND huyện Kỳ Sơn"),
        ("2025-03-31", "quarter", "quý I/2025", "tập huấn nghiệp vụ", "Văn phòng UBND tỉnh"),
    ],
    "105": [
        ("2024-10-18", "day", "18/10/2024", "phân tích nguyên nhân",
         "UBND huyện Vĩnh Thạnh, UBND huyện Cờ Đỏ"),
        ("2024-11-30", "day", "30/11/2024", "hoàn thiện chức năng thanh toán trực tuyến",
         "Sở Thông tin và Truyền thông"),
        # issued 09/10/2024: the first "ngày 25 hằng tháng" is 25/10/2024
        ("2024-10-25", "recurring", "ngày 25 hằng tháng", "cập nhật số liệu",
         "Các sở, ban, ngành và UBND các quận, huyện"),
    ],
}

# Document metadata a reader takes from the header.
META = {
    "104": {"doc_number": "731/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-11-14",
            "province": "Nghệ An", "period_start": "2024-10-01", "period_end": "2024-10-31"},
    "105": {"doc_number": "2415/VP-KSTTHC", "doc_type": "Công văn", "issued_date": "2024-10-09",
            "province": "Cần Thơ", "period_start": "2024-07-01", "period_end": "2024-09-30"},
}
