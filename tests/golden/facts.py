"""Golden figures, written by reading each document (not from the program's output).

Each row names a figure by a context string that occurs once in the document and the figure as
written inside it; the rest is what a careful reader takes from the sentence. `ANY` leaves a field
unchecked (used for codes of sentences that name no indicator and for labels). A subject is the body as the
document names it, but a level is one name in lower case wherever the sentence puts it (`Cấp tỉnh, có 15/17 ...`
→ `cấp tỉnh`), so that an analyst's facet on subject shows one row per level.
"""

from __future__ import annotations

from dataclasses import dataclass, field

ANY = object()


@dataclass
class Fact:
    """One expected figure."""

    context: str
    raw: str
    value: float
    unit: str | None
    kind: str = "value"
    max_value: float | None = None
    subject: str | None = None
    level: str | None = None
    as_of: object = "period"  # "period" = the part's period end
    code: object = ANY
    target: object = ANY
    stated_status: object = ANY
    part: object = ANY
    extra: dict = field(default_factory=dict)


F = Fact
P, C, R, CH, PR, T = "value", "count", "rank", "change", "previous", "target"


def vn_number(raw: str) -> float:
    """A number as a reader reads it: `1.845` → 1845, `39,20` → 39.2 (markup, `%` and spaces dropped).

    Written here on purpose instead of using the program's parser, so goldens stay independent of it.
    """
    return float(raw.strip("*% ").replace(".", "").replace(",", "."))

# Codes and markers the golden files share (catalog codes spelled once).
TAB = {"source": "table"}
_TN = "ho_so.tiep_nhan"
_DH = "766.tien_do.dung_han"
_QH = "766.tien_do.qua_han"
_NOP = "766.dvctt.nop_truc_tuyen"
_NTT = "766.dvctt.nop_truc_tiep"
_TT = "766.thanh_toan.ho_so"
_SH = "766.so_hoa.ho_so"
_TSD = "766.so_hoa.tai_su_dung"
_KQ = "766.so_hoa.ket_qua_dien_tu"
_TK = "tai_khoan_dinh_danh"
_HL = "766.hai_long.tthc"
_CT = "chung_thuc_dien_tu"

SEED_000 = [
    F("công bố đúng hạn: 40%", "40%", 40, "%", code="766.cong_khai.cong_bo_dung_han"),
    F("cập nhật công khai đúng hạn: 40%", "40%", 40, "%", code="766.cong_khai.cap_nhat_dung_han"),
    F("một phần có 809", "809", 809, "TTHC", C, code="766.dvctt.mot_phan"),
    F("809 TTHC, đạt 42,58%", "42,58%", 42.58, "%", code="766.dvctt.mot_phan"),
    F("toàn trình có 642", "642", 642, "TTHC", C, code="766.dvctt.toan_trinh"),
    F("642 TTHC, đạt 33,79%", "33,79%", 33.79, "%", code="766.dvctt.toan_trinh"),
    F("chưa cung cấp DVCTT có 450", "450", 450, "TTHC", C, code="766.dvctt.chua_cung_cap"),
    F("450 TTHC, chiếm 23,63%", "23,63%", 23.63, "%", code="766.dvctt.chua_cung_cap"),
    F("phát sinh hồ sơ: 5,9%", "5,9%", 5.9, "%", code="766.dvctt.phat_sinh_ho_so"),
    F("nộp trực tuyến: 42,56%", "42,56%", 42.56, "%", code="766.dvctt.nop_truc_tuyen"),
    F("hình thức khác: 57,44%", "57,44%", 57.44, "%", code="766.dvctt.nop_truc_tiep"),
    F("giao dịch thanh toán trực tuyến: 47,62%", "47,62%", 47.62, "%", code="766.thanh_toan.tthc_giao_dich"),
    F("Cổng DVC Quốc gia: 43,71%", "43,71%", 43.71, "%", code="766.thanh_toan.tthc_tich_hop"),
    F("hồ sơ thanh toán trực tuyến: 17,1%", "17,1%", 17.1, "%", code="766.thanh_toan.ho_so"),
    F("TTHC điện tử: 41,78%", "41,78%", 41.78, "%", code="766.so_hoa.ket_qua_dien_tu"),
    F("số hóa hồ sơ: 41,56%", "41,56%", 41.56, "%", code="766.so_hoa.ho_so"),
    F("dữ liệu số hóa: 78,79%", "78,79%", 78.79, "%", code="766.so_hoa.tai_su_dung"),
    F("từ bản chính: 100%", "100%", 100, "%", code="766.so_hoa.chung_thuc"),
    F("trong hạn: 83,89%", "83,89%", 83.89, "%", code="766.tien_do.dung_han"),
    F("xử lý quá hạn: 16,11%", "16,11%", 16.11, "%", code="766.tien_do.qua_han"),
    # a count of the province's agencies is at their level (the convention the blind sets later fixed: blind13's
    # `09/12 cơ quan`, blind18's `12/16 sở, ban, ngành`); who they are is left unchecked
    F("thực tế, 7/18 sở", "7/18", 7, "đơn vị", C, max_value=18, subject=ANY, level="tỉnh", code=None),
    F("hài lòng là 66,7%", "66,7%", 66.7, "%"),
    F("tháng 2/2024 đạt 100%", "100%", 100, "%", code="766.hai_long.pakn"),
    F("đạt 80.89%", "80.89%", 80.89, "%", code="766.hai_long.tthc"),
]

SEED_001 = [
    F("đúng hạn đạt **96,9%", "96,9%", 96.9, "%", code="766.tien_do.dung_han"),
    F("(DVC tỉnh đạt 99,7%)", "99,7%", 99.7, "%", subject="DVC tỉnh", code="766.tien_do.dung_han"),
    F("chiếm tỷ lệ **3,1%", "3,1%", 3.1, "%", code="766.tien_do.qua_han"),
    F("từ vị trí **17/63", "17/63", 17, "hạng", PR, max_value=63, as_of="2025-04-30", code="766.xep_hang"),
    F("lên vị trí **11/63", "11/63", 11, "hạng", R, max_value=63, code="766.xep_hang"),
    F("Tỉnh đạt tỷ lệ **68,5%", "68,5%", 68.5, "%", code="766.so_hoa.ho_so"),
    F("Trong đó có **30", "30", 30, "đơn vị", C, code=None),
    # the ceiling the units counted fall under is a target, as the floor of `đạt trên 90%` is (a band's upper bound,
    # `0% đến dưới 2%`, is not a figure)
    F("30** đơn vị đạt tỷ lệ **dưới 50%", "50%", 50, "%", T),
    F("cấp tỉnh có **03", "03", 3, "đơn vị", C, subject="cấp tỉnh", level="tỉnh"),
    F("cấp huyện, xã có **24", "24", 24, "đơn vị", C, subject="cấp huyện, xã"),
    F("các cấp có **03", "03", 3, "đơn vị", C, subject="Chi nhánh Văn phòng đất đai các cấp"),
    F("Tỉnh đạt tỷ lệ **40,92%", "40,92%", 40.92, "%", code="766.thanh_toan.ho_so"),
    F("Có **98", "98", 98, "đơn vị", C),
    F("98** đơn vị đạt tỷ lệ **dưới 50%", "50%", 50, "%", T),
    F("cấp tỉnh có **06", "06", 6, "đơn vị", C, subject="cấp tỉnh", level="tỉnh"),
    F("cấp huyện, xã có **84", "84", 84, "đơn vị", C, subject="cấp huyện, xã"),
    F("trong đó có **45", "45", 45, "đơn vị", C, subject="cấp huyện, xã"),
    F("cấp huyện có **08", "08", 8, "đơn vị", C, subject="Chi nhánh Văn phòng đất đai cấp huyện", level="huyện"),
    F("toàn tỉnh có **47", "47", 47, "đơn vị", C),
    F("trong đó có **18", "18", 18, "đơn vị", C),
    F("tổng số **214", "214", 214, "hồ sơ", C, code="766.tien_do.qua_han"),
    F("Chiếm tỷ lệ **0,47%", "0,47%", 0.47, "%", code="766.tien_do.qua_han"),
]

_PREV = "2023-07-31"
SEED_003 = [
    F("đạt **14,6/18", "14,6/18", 14.6, "điểm", max_value=18, code="766.cong_khai", part=1),
    F("giảm 0,5 điểm", "0,5", -0.5, "điểm", CH, code="766.cong_khai", part=1),
    F("(15,1 điểm)", "15,1", 15.1, "điểm", PR, max_value=18, as_of=_PREV, code="766.cong_khai"),
    F("đạt **18,6/20", "18,6/20", 18.6, "điểm", max_value=20, code="766.tien_do"),
    F("tăng 0,1 điểm", "0,1", 0.1, "điểm", CH, code="766.tien_do"),
    F("(18,5 điểm)", "18,5", 18.5, "điểm", PR, max_value=20, as_of=_PREV, code="766.tien_do"),
    F("đạt **7,1/12", "7,1/12", 7.1, "điểm", max_value=12, code="766.dvctt"),
    F("(7,1 điểm)", "7,1", 7.1, "điểm", PR, max_value=12, as_of=_PREV, code="766.dvctt"),
    F("đạt **5,3/10", "5,3/10", 5.3, "điểm", max_value=10, code="766.thanh_toan"),
    F("tăng 0,4 điểm", "0,4", 0.4, "điểm", CH, code="766.thanh_toan"),
    F("(4,9 điểm)", "4,9", 4.9, "điểm", PR, max_value=10, as_of=_PREV, code="766.thanh_toan"),
    F("đạt **18/18", "18/18", 18, "điểm", max_value=18, code="766.hai_long"),
    F("(18 điểm)", "18", 18, "điểm", PR, max_value=18, as_of=_PREV, code="766.hai_long"),
    F("đạt **12,1/22", "12,1/22", 12.1, "điểm", max_value=22, code="766.so_hoa"),
    F("tăng 0,6 điểm", "0,6", 0.6, "điểm", CH, code="766.so_hoa"),
    F("(11,5 điểm)", "11,5", 11.5, "điểm", PR, max_value=22, as_of=_PREV, code="766.so_hoa"),
    F("đạt **75,69/100", "75,69/100", 75.69, "điểm", max_value=100, code="766.tong_hop"),
    F("xếp hạng 09/63 tỉnh, thành phố. Tăng", "09/63", 9, "hạng", R, max_value=63, code="766.xep_hang"),
    F("Tăng 0,59 điểm và", "0,59", 0.59, "điểm", CH, code="766.tong_hop"),
    F("(75,1 điểm)", "75,1", 75.1, "điểm", PR, max_value=100, as_of=_PREV, code="766.tong_hop", part=1),
]

_KS = "cds.ho_so_cong_viec"
_CT = "chung_thuc_dien_tu"
_NOP = "766.dvctt.nop_truc_tuyen"
_SH = "766.so_hoa.ho_so"
_TT = "766.thanh_toan.ho_so"
_HUYEN_DVHC = "UBND các huyện, thị xã, thành phố"
_XA_DVHC = "UBND các xã, phường, thị trấn"
SEED_004 = [
    # 1. xử lý hồ sơ công việc, tháng 9
    F("cấp tỉnh đạt 96,95%", "96,95%", 96.95, "%", subject="cấp tỉnh", level="tỉnh", code=_KS, target=90),
    F("(giảm 0,28%)", "0,28%", -0.28, "%", CH, subject="cấp tỉnh", level="tỉnh", code=_KS),
    F("cấp huyện đạt 97,57%", "97,57%", 97.57, "%", subject="cấp huyện", level="huyện", code=_KS, target=80),
    F("(giảm 0,77%)", "0,77%", -0.77, "%", CH, subject="cấp huyện", level="huyện", code=_KS),
    F("cấp xã đạt 98,87%", "98,87%", 98.87, "%", subject="cấp xã", level="xã", code=_KS, target=80),
    F("(giảm 0,12%)", "0,12%", -0.12, "%", CH, subject="cấp xã", level="xã", code=_KS),
    F("tỉnh, 7 cơ quan", "7", 7, "đơn vị", C, subject="cấp tỉnh", level="tỉnh", code=None),
    F("đạt 100% gồm", "100%", 100, "%", subject="cấp tỉnh", level="tỉnh"),
    F("chỉ tiêu trên 90%", "90%", 90, "%", T),
    F("Tiên Du (99,82%)", "99,82%", 99.82, "%", subject="UBND huyện Tiên Du", level="huyện", code=_KS),
    F("là trên 80%", "80%", 80, "%", T, subject="các UBND cấp huyện", level="huyện"),
    # 9 tháng đầu năm
    F("cấp tỉnh đạt 97,27%", "97,27%", 97.27, "%", subject="cấp tỉnh", level="tỉnh", code=_KS, target=90),
    F("cấp huyện đạt 98,38%", "98,38%", 98.38, "%", subject="cấp huyện", level="huyện", code=_KS, target=80),
    F("cấp xã đạt 99,19%", "99,19%", 99.19, "%", subject="cấp xã", level="xã", code=_KS, target=80),
    # footnote 1
    F("2025, 90% hồ sơ", "90%", 90, "%", T, subject="cấp tỉnh", level="tỉnh", as_of="2025-12-31", code=_KS),
    F("tỉnh; 80% hồ sơ", "80%", 80, "%", T, subject="cấp huyện", level="huyện", as_of="2025-12-31", code=_KS),
    F("và 80% hồ sơ", "80%", 80, "%", T, subject="cấp xã", level="xã", as_of="2025-12-31", code=_KS),
    # 2. phản ánh kiến nghị, tháng 9
    F("tiếp nhận là 382", "382", 382, "PAKN", C, code="pakn.tiep_nhan"),
    F("đã xử lý là 193", "193", 193, "PAKN", C, code="pakn.da_xu_ly"),
    F("xử lý đạt **50,5%", "50,5%", 50.5, "%", code="pakn.ty_le_xu_ly"),
    F("nhất với 217 PAKN", "217", 217, "PAKN", C, subject="Thành phố Bắc Ninh", level="huyện",
      code="pakn.tiep_nhan"),
    F("nhất với 3 PAKN", "3", 3, "PAKN", C, subject="huyện Gia Bình", level="huyện", code="pakn.tiep_nhan"),
    F("(**84,6%", "84,6%", 84.6, "%", subject="thị xã Thuận Thành", level="huyện", code="pakn.ty_le_xu_ly"),
    F("(**18,8%", "18,8%", 18.8, "%", subject="huyện Lương Tài", level="huyện", code="pakn.ty_le_xu_ly"),
    F("tiếp nhận 07 PAKN", "07", 7, "PAKN", C, subject="Trung tâm Hành chính công các cấp",
      code="pakn.tiep_nhan"),
    F("xử lý PAKN là **14,2%", "14,2%", 14.2, "%", subject="Trung tâm Hành chính công các cấp",
      code="pakn.ty_le_xu_ly"),
    F("đạt tỷ lệ **100%", "100%", 100, "%", subject="Trung tâm hành chính công Thành phố Bắc Ninh",
      level="huyện", code="pakn.ty_le_xu_ly"),
    F("tiếp nhận 03 PAKN", "03", 3, "PAKN", C, subject="Doanh nghiệp (điện, nước, viễn thông)",
      code="pakn.tiep_nhan"),
    F("tỷ lệ xử lý là 0%", "0%", 0, "%", subject="Doanh nghiệp (điện, nước, viễn thông)",
      code="pakn.ty_le_xu_ly"),
    # 9 tháng đầu năm
    F("tiếp nhận là 3.067", "3.067", 3067, "PAKN", C, code="pakn.tiep_nhan"),
    F("đã xử lý là 2.639", "2.639", 2639, "PAKN", C, code="pakn.da_xu_ly"),
    F("**86 %", "86 %", 86, "%", code="pakn.ty_le_xu_ly"),
    F("với 1298 PAKN", "1298", 1298, "PAKN", C, subject="thành phố Bắc Ninh", level="huyện",
      code="pakn.tiep_nhan"),
    F("với 33 PAKN", "33", 33, "PAKN", C, subject="huyện Gia Bình", level="huyện", code="pakn.tiep_nhan"),
    F("(97,8%)", "97,8%", 97.8, "%", subject="Thị xã Thuận Thành", level="huyện", code="pakn.ty_le_xu_ly"),
    F("(56,1%)", "56,1%", 56.1, "%", subject="huyện Lương Tài", level="huyện", code="pakn.ty_le_xu_ly"),
    F("chưa xử lý là 428", "428", 428, "PAKN", C, code="pakn.ton_dong"),
    F("(209 PAKN)", "209", 209, "PAKN", C, subject="thành phố Bắc Ninh", level="huyện", code="pakn.ton_dong"),
    F("đạt **3,25", "3,25", 3.25, "điểm", code="pakn.diem_hai_long"),
    F("(3,6 điểm)", "3,6", 3.6, "điểm", subject="thành phố Bắc Ninh", level="huyện", code="pakn.diem_hai_long"),
    F("(2,3 điểm)", "2,3", 2.3, "điểm", subject="huyện Tiên Du", level="huyện", code="pakn.diem_hai_long"),
    F("**10,97 ngày", "10,97", 10.97, "ngày", code="pakn.thoi_gian"),
    F("(6 ngày/PAKN)", "6", 6, "ngày", subject="Thị xã Quế Võ", level="huyện", code="pakn.thoi_gian"),
    F("(32,5 ngày/PAKN)", "32,5", 32.5, "ngày", subject="Huyện Gia Bình", level="huyện", code="pakn.thoi_gian"),
    # footnote 2
    F("2025, 100% các cơ quan", "100%", 100, "%", T, subject="các cơ quan nhà nước cấp tỉnh, cấp huyện, cấp xã",
      as_of="2025-12-31"),
    # 3. chứng thực bản sao điện tử, tháng 9
    F("cấp huyện là 67,6%", "67,6%", 67.6, "%", subject="cấp huyện", level="huyện", code=_CT, target=70,
      stated_status="chưa đạt"),
    F("cấp xã là 50,4%", "50,4%", 50.4, "%", subject="cấp xã", level="xã", code=_CT, target=60,
      stated_status="chưa đạt"),
    # footnote 3
    F("đạt tối thiểu 70%", "70%", 70, "%", T, subject=_HUYEN_DVHC, level="huyện", as_of="2024-12-31", code=_CT),
    F("đạt tối thiểu 60%", "60%", 60, "%", T, subject=_XA_DVHC, level="xã", as_of="2024-12-31", code=_CT),
    F("Từ Sơn đạt 100% và thị xã Quế Võ đạt 91,9%", "100%", 100, "%", subject="thành phố Từ Sơn", level="huyện"),
    F("Quế Võ đạt 91,9%", "91,9%", 91.9, "%", subject="thị xã Quế Võ", level="huyện"),
    F("Bắc Ninh đạt 76,8%", "76,8%", 76.8, "%", subject="Thành phố Bắc Ninh", level="huyện"),
    F("76,8% là 03", "03", 3, "đơn vị", C, subject="cấp huyện", level="huyện", code=None),
    F("(0%)", "0%", 0, "%", subject="huyện Lương Tài", level="huyện"),
    F("đạt 100,0%", "100,0%", 100, "%", subject="thành phố Từ Sơn", level="huyện"),
    F("Gia Bình đạt 74,8%", "74,8%", 74.8, "%", subject="huyện Gia Bình", level="huyện"),
    F("Quế Võ đạt 61,9%", "61,9%", 61.9, "%", subject="thị xã Quế Võ", level="huyện"),
    F("61,9% là 03", "03", 3, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("(38,8%)", "38,8%", 38.8, "%", subject="huyện Lương Tài", level="huyện"),
    F("(38,7%)", "38,7%", 38.7, "%", subject="huyện Yên Phong", level="huyện"),
    # 9 tháng đầu năm
    F("cấp huyện là 43,5%", "43,5%", 43.5, "%", subject="cấp huyện", level="huyện", code=_CT, target=70,
      stated_status="chưa đạt"),
    F("cấp xã là 36,7%", "36,7%", 36.7, "%", subject="cấp xã", level="xã", code=_CT, target=60,
      stated_status="chưa đạt"),
    F("Từ Sơn đạt 100% và thị xã Quế Võ đạt 95,4%", "100%", 100, "%", subject="thành phố Từ Sơn", level="huyện"),
    F("Quế Võ đạt 95,4%", "95,4%", 95.4, "%", subject="thị xã Quế Võ", level="huyện"),
    F("Thuận Thành đạt 82,4%", "82,4%", 82.4, "%", subject="thị xã Thuận Thành", level="huyện"),
    F("82,4% là 03", "03", 3, "đơn vị", C, subject="cấp huyện", level="huyện", code=None),
    F("(8,7%)", "8,7%", 8.7, "%", subject="huyện Tiên Du", level="huyện"),
    F("Gia Bình đạt 71,0%", "71,0%", 71, "%", subject="huyện Gia Bình", level="huyện"),
    F("Thuận Thành đạt 63,4%", "63,4%", 63.4, "%", subject="thị xã Thuận Thành", level="huyện"),
    F("63,4% là 02", "02", 2, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("(24,2%)", "24,2%", 24.2, "%", subject="thành phố Bắc Ninh", level="huyện"),
    F("(23,0%)", "23,0%", 23, "%", subject="huyện Yên Phong", level="huyện"),
    # 4. giải quyết TTHC
    F("trung bình 95%", "95%", 95, "%", code=_NOP),
    F("tăng 67%", "67%", 67, "%", CH, code=_NOP),
    F("cấp tỉnh đạt 89%", "89%", 89, "%", subject="cấp tỉnh", level="tỉnh", code=_NOP, target=90),
    F("cấp huyện đạt 100%.", "100%", 100, "%", subject="cấp huyện", level="huyện", code=_NOP, target=85),
    F("có 15/17", "15/17", 15, "đơn vị", C, max_value=17, subject="cấp tỉnh", level="tỉnh", code=None),
    F("đạt trên 90%", "90%", 90, "%", T, subject="cấp tỉnh", level="tỉnh"),
    F("còn 02 đơn vị", "02", 2, "đơn vị", C, subject="cấp tỉnh", level="tỉnh", code=None),
    F("Sở Tư pháp 44,18%", "44,18%", 44.18, "%", subject="Sở Tư pháp", level="tỉnh", stated_status="chưa đạt"),
    F("Sở Tài Chính: 0%", "0%", 0, "%", subject="Sở Tài Chính", level="tỉnh", stated_status="chưa đạt"),
    F("đạt tỷ lệ 91,89%", "91,89%", 91.89, "%", subject="Sở Tài Chính", level="tỉnh", stated_status=None),
    F("với 34/37", "34/37", 34, "hồ sơ", C, max_value=37, subject="Sở Tài Chính", level="tỉnh", code=_NOP),
    F("+ Cấp huyện, 100%", "100%", 100, "%", subject="cấp huyện", level="huyện"),
    F("có 1.148", "1.148", 1148, "hồ sơ", C, subject="cấp huyện", level="huyện", code="766.tien_do.qua_han"),
    F("chiếm 11,92%", "11,92%", 11.92, "%", subject="cấp huyện", level="huyện", code="766.tien_do.qua_han"),
    F("(21%)", "21%", 21, "%", subject="thành phố Bắc Ninh", level="huyện", code="766.tien_do.qua_han"),
    F("(17%)", "17%", 17, "%", subject="huyện Yên Phong", level="huyện", code="766.tien_do.qua_han"),
    F("(11%)", "11%", 11, "%", subject="thành phố Từ Sơn", level="huyện", code="766.tien_do.qua_han"),
    # footnote 4
    F("ngành đạt tối thiểu 90%", "90%", 90, "%", T, subject="các sở, ban, ngành", level="tỉnh",
      as_of="2024-12-31", code=_NOP),
    F("đạt tối thiểu 85%", "85%", 85, "%", T, subject=_HUYEN_DVHC, level="huyện", as_of="2024-12-31", code=_NOP),
    F("trấn đạt tối thiểu 80%", "80%", 80, "%", T, subject=_XA_DVHC, level="xã", as_of="2024-12-31", code=_NOP),
    # 5. số hóa
    F("trung bình 99%", "99%", 99, "%", code=_SH),
    F("tăng 86%", "86%", 86, "%", CH, code=_SH),
    F("cấp tỉnh đạt 99%", "99%", 99, "%", subject="cấp tỉnh", level="tỉnh", code=_SH, target=100),
    F("(tăng 69%)", "69%", 69, "%", CH, subject="cấp tỉnh", level="tỉnh", code=_SH),
    F("cấp huyện đạt 100% (tăng", "100%", 100, "%", subject="cấp huyện", level="huyện", code=_SH, target=100),
    F("(tăng 94%)", "94%", 94, "%", CH, subject="cấp huyện", level="huyện", code=_SH),
    # 6. thanh toán trực tuyến
    F("trung bình 98%", "98%", 98, "%", code=_TT, target=95),
    F("tăng 93%", "93%", 93, "%", CH, code=_TT),
    F("cấp tỉnh đạt 100%,", "100%", 100, "%", subject="cấp tỉnh", level="tỉnh", code=_TT, target=95),
    F("cấp huyện đạt 95%", "95%", 95, "%", subject="cấp huyện", level="huyện", code=_TT, target=95),
    # footnotes 5 and 6
    F("thành phố đạt tối thiểu 100%", "100%", 100, "%", T,
      subject="các sở, ban, ngành, UBND các huyện, thị xã, thành phố", as_of="2024-12-31"),
    F("trấn đạt tối thiểu 90%", "90%", 90, "%", T, subject=_XA_DVHC, level="xã", as_of="2024-12-31"),
    F("cấp xã đạt tối thiểu 95%", "95%", 95, "%", T,
      subject="Trung tâm hành chính công tỉnh, UBND các huyện, thị xã, thành phố, UBND cấp xã",
      as_of="2024-12-31", code=_TT),
]

SEEDS = {"000": SEED_000, "001": SEED_001, "003": SEED_003, "004": SEED_004}

# Reports written by the developers for testing (corpus/101..103): other provinces, other wording.
SEED_101 = [
    F("đạt 88,46/100", "88,46/100", 88.46, "điểm", max_value=100, code="766.tong_hop"),
    F("xếp thứ 2/63 tỉnh", "2/63", 2, "hạng", R, max_value=63, code="766.xep_hang"),
    F("tăng 1,25 điểm", "1,25", 1.25, "điểm", CH, code="766.tong_hop"),
    F("(87,21 điểm)", "87,21", 87.21, "điểm", PR, max_value=100, as_of="2024-06-30", code="766.tong_hop"),
    F("minh bạch: 16,9/18", "16,9/18", 16.9, "điểm", max_value=18, code="766.cong_khai"),
    F("giải quyết: 19,4/20", "19,4/20", 19.4, "điểm", max_value=20, code="766.tien_do"),
    F("trực tuyến: 10,2/12", "10,2/12", 10.2, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến: 8,7/10", "8,7/10", 8.7, "điểm", max_value=10, code="766.thanh_toan"),
    F("hồ sơ: 16,26/22", "16,26/22", 16.26, "điểm", max_value=22, code="766.so_hoa"),
    F("hài lòng: 17,0/18", "17,0/18", 17.0, "điểm", max_value=18, code="766.hai_long"),
    F("tiếp nhận 152.340", "152.340", 152340, "hồ sơ", C, code="ho_so.tiep_nhan"),
    F("là 98.765", "98.765", 98765, "hồ sơ", C, code="766.dvctt.nop_truc_tuyen"),
    F("(chiếm 64,83%)", "64,83%", 64.83, "%", code="766.dvctt.nop_truc_tuyen"),
    F("đạt 99,12%", "99,12%", 99.12, "%", code="766.tien_do.dung_han"),
    F("còn 1.021", "1.021", 1021, "hồ sơ", C, code="766.tien_do.qua_han"),
    F("chiếm 0,88%", "0,88%", 0.88, "%", code="766.tien_do.qua_han"),
    F("(412 hồ sơ)", "412", 412, "hồ sơ", C, subject="Sở Tài nguyên và Môi trường", level="tỉnh",
      code="766.tien_do.qua_han"),
    F("(236 hồ sơ)", "236", 236, "hồ sơ", C, subject="UBND thành phố Hạ Long", level="huyện",
      code="766.tien_do.qua_han"),
    F("là 4,6 ngày", "4,6", 4.6, "ngày", code="766.tien_do.thoi_gian"),
    F("giảm 0,4 ngày", "0,4", -0.4, "ngày", CH, code="766.tien_do.thoi_gian"),
    F("của tỉnh đạt 92,4%", "92,4%", 92.4, "%", code="766.so_hoa.ho_so"),
    F("cấp tỉnh đạt 95,1%", "95,1%", 95.1, "%", subject="cấp tỉnh", level="tỉnh", code="766.so_hoa.ho_so"),
    F("cấp huyện đạt 90,7%", "90,7%", 90.7, "%", subject="cấp huyện", level="huyện", code="766.so_hoa.ho_so"),
    F("cấp xã đạt 88,3%", "88,3%", 88.3, "%", subject="cấp xã", level="xã", code="766.so_hoa.ho_so"),
    F("điện tử đạt 97,6%", "97,6%", 97.6, "%", code="766.so_hoa.ket_qua_dien_tu"),
    F("mới đạt 41,2%", "41,2%", 41.2, "%", code="766.so_hoa.tai_su_dung"),
    F("giao (80%)", "80%", 80, "%", T),
    F("trực tuyến đạt 78,5%", "78,5%", 78.5, "%", code="766.thanh_toan.ho_so"),
    F("có 612.450", "612.450", 612450, "tài khoản", C, code="tai_khoan_dinh_danh"),
    F("đạt 71,3%", "71,3%", 71.3, "%", code="tai_khoan_dinh_danh"),
    F("đạt 91,28 điểm", "91,28", 91.28, "điểm", as_of="2023-12-31", code="par_index"),
    F("xếp thứ 2/63;", "2/63", 2, "hạng", R, max_value=63, as_of="2023-12-31", code="par_index"),
    F("đạt 88,52%", "88,52%", 88.52, "%", code="sipas"),
    F("xếp thứ 1/63", "1/63", 1, "hạng", R, max_value=63, code="pci"),
]

_KY = "cds.ky_so"
SEED_102 = [
    F("cấp tỉnh là 98,6%", "98,6%", 98.6, "%", subject="cấp tỉnh", level="tỉnh", code=_KY),
    F("cấp huyện là 95,2%", "95,2%", 95.2, "%", subject="cấp huyện", level="huyện", code=_KY),
    F("cấp xã là 89,4%", "89,4%", 89.4, "%", subject="cấp xã", level="xã", code=_KY),
    F("Có 3 đơn vị", "3", 3, "đơn vị", C, subject="cấp huyện", level="huyện", code=None),
    F("với 81,7%", "81,7%", 81.7, "%", subject="UBND huyện Hương Khê", level="huyện", code=_KY),
    F("cấp tỉnh là 97,9%", "97,9%", 97.9, "%", subject="cấp tỉnh", level="tỉnh", code=_KY),
    F("cấp huyện 94,1%", "94,1%", 94.1, "%", subject="cấp huyện", level="huyện", code=_KY),
    F("điện tử 4.215", "4.215", 4215, "trường hợp", C, code="chung_thuc_dien_tu"),
    F("cấp xã đạt 46,8%", "46,8%", 46.8, "%", subject="cấp xã", level="xã", code="chung_thuc_dien_tu"),
    F("giảm 3,2%", "3,2%", -3.2, "%", CH, subject="cấp xã", level="xã", code="chung_thuc_dien_tu"),
    F("(50,0%)", "50,0%", 50.0, "%", PR, subject="cấp xã", level="xã", as_of="2024-09-30",
      code="chung_thuc_dien_tu"),
    F("có 12/12", "12/12", 12, "xã", C, max_value=12, subject="Thị xã Kỳ Anh", level="huyện"),
    F("tiếp nhận 126", "126", 126, "PAKN", C, code="pakn.tiep_nhan"),
    F("xong 118", "118", 118, "PAKN", C, code="pakn.da_xu_ly"),
    F("đạt tỷ lệ 93,65%", "93,65%", 93.65, "%", code="pakn.ty_le_xu_ly"),
    F("là 7,2 ngày", "7,2", 7.2, "ngày", code="pakn.thoi_gian"),
    F("đạt 82,3 điểm", "82,3", 82.3, "điểm", code="766.tong_hop"),
    F("xếp hạng 15/63", "15/63", 15, "hạng", R, max_value=63, code="766.xep_hang"),
    F("giảm 3 bậc", "3", -3, "hạng", CH, code="766.xep_hang"),
    F("đạt 14,5/22", "14,5/22", 14.5, "điểm", max_value=22, code="766.so_hoa"),
    F("tại 100% xã", "100%", 100, "%", T, subject="UBND các huyện, thành phố, thị xã", level="huyện",
      as_of="2024-12-31", code="chung_thuc_dien_tu"),
]

SEED_103 = [
    F("đạt **80,05", "80,05", 80.05, "điểm", code="766.tong_hop"),
    F("<b>21/63", "21/63", 21, "hạng", R, max_value=63, code="766.xep_hang"),
    F("tăng 7 bậc", "7", 7, "hạng", CH, code="766.xep_hang"),
    F("(xếp hạng 28/63)", "28/63", 28, "hạng", PR, max_value=63, as_of="2023-12-31", code="766.xep_hang"),
    F("đúng hạn: **97,45%", "97,45%", 97.45, "%", code="766.tien_do.dung_han"),
    F("cấp tỉnh đạt 98,90%", "98,90%", 98.9, "%", subject="cấp tỉnh", level="tỉnh", code="766.tien_do.dung_han"),
    F("cấp huyện đạt 96,12%", "96,12%", 96.12, "%", subject="cấp huyện", level="huyện",
      code="766.tien_do.dung_han"),
    F("cấp xã đạt 97,03%", "97,03%", 97.03, "%", subject="cấp xã", level="xã", code="766.tien_do.dung_han"),
    F("toàn trình: 52,3%", "52,3%", 52.3, "%", code="766.dvctt.toan_trinh"),
    F("tương ứng 918", "918", 918, "TTHC", C, code="766.dvctt.toan_trinh"),
    F("trực tuyến đạt 58,76%", "58,76%", 58.76, "%", code="766.dvctt.nop_truc_tuyen"),
    F("cao nhất 81,20%", "81,20%", 81.2, "%", subject="UBND thị xã An Nhơn", level="huyện",
      code="766.dvctt.nop_truc_tuyen"),
    F("thấp nhất 22,45%", "22,45%", 22.45, "%", subject="UBND huyện Vân Canh", level="huyện",
      code="766.dvctt.nop_truc_tuyen"),
    F("tiếp nhận là 101.237", "101.237", 101237, "hồ sơ", C, code="766.dvctt.nop_truc_tuyen"),
    F("TTHC đạt 96,8%", "96,8%", 96.8, "%", code="766.hai_long.tthc"),
    F("đúng hạn đạt 100%", "100%", 100, "%", code="766.hai_long.pakn_dung_han"),
    F("có 2 PAKN", "2", 2, "PAKN", C, subject="Sở Xây dựng", level="tỉnh", code="pakn.qua_han"),
    F("số hóa 100%", "100%", 100, "%", T, as_of="2024-09-30"),
]

NEW_DOCS = {"101": SEED_101, "102": SEED_102, "103": SEED_103}
