"""Blind golden facts for corpus/blind14/149_bac_kan.txt, 150_dak_nong.txt, 151_ba_ria_vung_tau.txt and 152_da_nang.txt.

The four documents were written by the developers for a fourteenth blind measurement (provinces, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by
reading them, before any extraction, restoration or pipeline code was run on them. They also serve as
held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind12.py and blind13.py: rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are
kind `count`; table cells are kind `value` even when they count (no rank cells in this set);
`as_of="period"` is the period's end; `ANY` leaves a field unchecked where the sentence names no
catalogued indicator (`None` where it clearly names none). Table cells carry `extra={"source": "table"}`.
"thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of the files
(or PAKN) an indicator is computed on carries that indicator's code; every "đã giải quyết" count and the
parts of a received or settled whole ("kỳ trước chuyển sang", "trước hạn", "đúng hạn" apart) have their code
unchecked. A table row dated before the period end keeps its kind with that date as `as_of`; a change is
dated at the period end. Dates, document numbers, cited circulars, plans, letters and decisions ("Thông tư
số 01/2020/TT-VPCP", "Kế hoạch số 41/KH-UBND", "Quyết định số 318/QĐ-UBND", "Công văn số 1862/UBND-KSTT"),
section numbering ("I.", "1.", "a)"), the STT/TT column, phone numbers ("0209.3870.315", "0261.3544.217",
"0254.3881.042", "0236.3821.446"), street addresses and names with numbers ("đường 23 Tháng 3", "số 01
đường Hùng Vương", "số 155 đường 2 Tháng 9", "Hải Châu I", "Hải Châu II"), "17 giờ 00", "mức độ 2", "6 tháng"
(a period), the month labels of a table's first column ("Tháng 7/2025") and years are not figures.

New in this set:
- 149 is a monthly Báo cáo of UBND tỉnh Bắc Kạn to the Văn phòng Chính phủ, tháng 11 năm 2024 (stated as
  01/11–30/11/2024, issued 06/12/2024). Province figures have subject NULL. "04 quyết định" is a count with
  code None; "công bố 57 TTHC, trong đó: 21 TTHC mới ban hành, 30 TTHC sửa đổi, bổ sung và 06 TTHC bị bãi
  bỏ" are counts of published procedures (code unchecked: no catalogued indicator). Procedures by level are
  a bracket without colons "(cấp tỉnh 1.462 TTHC, cấp huyện 278 TTHC, cấp xã 134 TTHC)"; "1.137 TTHC cung
  cấp dịch vụ công trực tuyến (toàn trình 712 TTHC, một phần 425 TTHC), đạt 60,67%" carries the
  "tthc_cung_cap" code for the whole and its share. Online shares and received files by level follow
  "trong đó cấp tỉnh …, cấp huyện …, cấp xã …". "(tháng 10/2024: 51,73%)", "(tháng 10/2024: 11 PAKN)" and
  "so với tháng 10/2024 (75,12 điểm, thứ 51/63)" are previous values dated 2024-10-31 (the previous total
  on the /100 scale). Overdue land files of two named district-level units each in brackets ("UBND huyện
  Chợ Mới (94 hồ sơ)"): subject as written, level huyện. Its tab-separated table (units in the headers)
  lists the 8 district-level units (subject as written, "UBND thành phố Bắc Kạn", level huyện; received,
  settled, on-time share, overdue; two "100" and two "0" cells) with a "Cộng cấp huyện" row with an empty
  STT cell (= cấp huyện; its 5.127 is also in the prose). "đạt 36,52%, chưa đạt chỉ tiêu năm 2024 là 40%":
  the target is dated 2024-12-31 and the 36,52% carries it with status "chưa đạt"; the task's "đạt tối
  thiểu 40%" is the province's target again (subject NULL), dated 2024-12-31. The six group scores are a
  dash list "- <group>: x/max điểm;". Five deadlines: day, year ("đến hết năm 2024", with the target),
  month, quarter, monthly recurring "trước ngày 14 hằng tháng" (issued 06/12/2024: first 14/12/2024).
- 150 is a quarterly Báo cáo of Sở Nông nghiệp và Môi trường tỉnh Đắk Nông (header "UBND TỈNH ĐẮK NÔNG /
  SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", formed 01/3/2025 by a merger the text names), quý I năm 2025. Every
  figure is the Sở's (subject "Sở Nông nghiệp và Môi trường", level tỉnh); overdue land files "(74 hồ sơ)"
  and the field rows of the table have subject ANY, level tỉnh, as golden/blind13.py's 146 does. "17 lĩnh
  vực" is a count with code None. "2.684 hồ sơ (kỳ trước chuyển sang 312 hồ sơ, tiếp nhận mới 2.372 hồ
  sơ)": the whole is files received, its parts code unchecked; "so với cùng kỳ năm 2024 (2.215 hồ sơ) tăng
  469 hồ sơ" are a previous value dated 2024-03-31 and a change. "chiếm 82,08% số hồ sơ tiếp nhận mới" is
  the online share. "(trước hạn 1.603 hồ sơ, đúng hạn 712 hồ sơ, quá hạn 81 hồ sơ)" are the parts of the
  settled files (the first two code unchecked, the third overdue); "96,62%" is the on-time share. Its
  Markdown table by field (TT column, no units in the headers: counts of files named by "Số hồ sơ …", a
  share named by "Tỷ lệ …"; three "100" and three "0" cells) has a "Tổng cộng" row with an empty TT cell
  (= the Sở; its figures are also in the prose). "tăng 6,21% so với quý IV năm 2024 (52,15%)": a change
  and a previous value dated 2024-12-31. "đã xử lý 04 PAKN, đạt 80%" is the share of PAKN handled. "xếp
  thứ 14/17 cơ quan cấp tỉnh" ranks among the province's agencies; "điểm bình quân của các cơ quan cấp
  tỉnh (85,42 điểm)" is a level average (subject ANY, level tỉnh). "III. NHIỆM VỤ QUÝ II NĂM 2025" is a
  heading, no deadline. The target "đến hết quý II năm 2025 … của Sở đạt trên 50%" is the Sở's, dated
  2025-06-30. Five deadlines: "chậm nhất" day, month and quarter (two in one item, both for "Văn phòng
  Sở"), day in words, monthly recurring "trước ngày 08 hằng tháng" (issued 03/4/2025: first 08/4/2025).
- 151 is a half-year Báo cáo of UBND huyện Châu Đức (tỉnh Bà Rịa - Vũng Tàu, named in "Kính gửi"), 6
  tháng đầu năm 2024, issued 02/7/2024. Figures under "a) Cấp huyện" have subject "cấp huyện" (level
  huyện), those under "b) Cấp xã" subject "cấp xã" (level xã), as golden/blind13.py's 147 does; "312 TTHC
  cấp huyện … 128 TTHC cấp xã" likewise; the district's own PAKN, score and rank have subject "UBND huyện
  Châu Đức", level huyện. "tăng 15,2%" is a relative change (code unchecked). Two units carry their online
  share in brackets ("Thị trấn Ngãi Giao", "xã Cù Bị"; also in the table). Its Markdown table lists the 16
  xã, thị trấn in official order (subject as written, "Thị trấn Ngãi Giao", "Xã Bàu Chinh", level xã;
  files received, online share, on-time share; four "100" cells) with a "Cộng" row with an empty STT cell
  (= cấp xã; its three figures are also in the prose). "so với chỉ tiêu tỉnh giao năm 2024 (cấp huyện 40%,
  cấp xã 30%) thì cấp huyện đã đạt, cấp xã chưa đạt chỉ tiêu": each target is its level's, dated
  2024-12-31; 42,85% carries 40 with status "đạt", 27,14% carries 30 with status "chưa đạt". "(qua Cổng
  Dịch vụ công 09, qua đường dây nóng 14)" are bare parts of the PAKN received (code unchecked); "đạt
  91,30%" the share of PAKN handled. "xếp thứ 5/8 huyện, thị xã, thành phố (cùng kỳ năm 2023 xếp thứ
  7/8)": rank among the province's 8 district-level units, the previous one dated 2023-06-30. "Điểm bình
  quân của UBND các xã, thị trấn" is the level average (subject ANY, level xã); two communes carry their
  score in brackets. "tại tất cả các xã, thị trấn" has no figure. The target "đạt tối thiểu 30%" in the
  task of "UBND các xã, thị trấn" is theirs, dated 2024-12-31. "III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024" is a
  heading, no deadline. Five deadlines: "chậm nhất" day in words, year (with the target), month, quarter,
  monthly recurring "trước ngày 16 hằng tháng" (issued 02/7/2024: first 16/7/2024).
- 152 is a quarterly Báo cáo of a post-merger ward, UBND phường Hải Châu (thành phố Đà Nẵng, named in
  "Kính gửi"), quý III năm 2025 (stated as 01/7–30/9/2025, issued 06/10/2025). Every figure is the ward's
  (subject "UBND phường Hải Châu", level xã); overdue files by field in brackets "(lĩnh vực đất đai 81 hồ
  sơ, xây dựng 18 hồ sơ)" have subject ANY. Its tab-separated table has one row per month ("Tháng
  7/2025", "Tháng 8/2025", "Tháng 9/2025"; figures dated at each month's end) and a "Quý III/2025" row
  (the period; its 9.282 and 7.173 are also in the prose): files received, files submitted online (count,
  code of the online share), online share, on-time share. "tăng 2,82% so với tháng 8/2025" is the change
  of the online share (dated at the period end, which is September's end). "1.684/2.215 hồ sơ" is one count
  (max 2215); "chỉ tiêu năm 2025 thành phố giao cho phường (75%) thì đã đạt chỉ tiêu": the ward's target
  dated 2025-12-31, the 76,03% carries it with status "đạt". VNeID accounts: "thêm 1.926" and "lũy kế đến
  nay 84.317" (code of identity accounts). "12/12 PAKN" is one count of PAKN handled (max 12). Rank "6/94"
  among the city's 94 xã, phường, đặc khu; "(thứ 8/94)" dated 2025-08-31. The target "của phường đạt tối
  thiểu 60%" in quý IV năm 2025 is the ward's, dated 2025-12-31. "6. Nhiệm vụ quý IV năm 2025" is a
  heading, no deadline. Five deadlines: day, quarter (with the target), month, day in words, monthly
  recurring "trước ngày 22 hằng tháng" (issued 06/10/2025: first 22/10/2025).
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
_TTHC = "tthc.tong_so"
_CUNG_CAP = "766.dvctt.tthc_cung_cap"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    facts = []
    raws = [cell[0] for cell in cells]
    for i, (raw, unit, kind, code, as_of) in enumerate(cells):
        context = sep + sep.join(raws[i:]) + end + after
        facts.append(F(context, raw, _num(raw), unit, kind, subject=subject, level=level, as_of=as_of,
                       code=code, extra=TAB))
    return facts


# ------------------------------------------------------------ 149: UBND tỉnh Bắc Kạn, tháng 11 năm 2024
_OCT_149 = "2024-10-31"
_Y2024 = "2024-12-31"


def _row_149(subject: str, received: str, settled: str, on_time: str, overdue: str, after: str) -> list[Fact]:
    """One tab-separated row of a district-level unit: files received, settled, on-time share, overdue files."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (settled, "hồ sơ", P, ANY, "period"),
             (on_time, "%", P, _DH, "period"), (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "huyện", cells, after, "\t", "\n")


BLIND_149 = [
    # I.1 (01/2020/TT-VPCP of 21/10/2020 is cited)
    F("ban hành 04 quyết định", "04", 4, "quyết định", C, code=None),
    F("công bố 57 TTHC", "57", 57, "TTHC", C, code=ANY),
    F("trong đó: 21 TTHC", "21", 21, "TTHC", C, code=ANY),
    F("ban hành, 30 TTHC", "30", 30, "TTHC", C, code=ANY),
    F("và 06 TTHC", "06", 6, "TTHC", C, code=ANY),
    F("là 1.874 TTHC", "1.874", 1874, "TTHC", C, code=_TTHC),
    F("(cấp tỉnh 1.462", "1.462", 1462, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("cấp huyện 278", "278", 278, "TTHC", C, subject="cấp huyện", level="huyện", code=_TTHC),
    F("cấp xã 134", "134", 134, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    # I.2; tháng 10/2024 dated 2024-10-31
    F("có 1.137 TTHC", "1.137", 1137, "TTHC", C, code=_CUNG_CAP),
    F("(toàn trình 712", "712", 712, "TTHC", C, code="766.dvctt.toan_trinh"),
    F("một phần 425", "425", 425, "TTHC", C, code="766.dvctt.mot_phan"),
    F("đạt 60,67%", "60,67%", 60.67, "%", code=_CUNG_CAP),
    F("toàn tỉnh đạt 54,18%", "54,18%", 54.18, "%", code=_NOP),
    F("(tháng 10/2024: 51,73%)", "51,73%", 51.73, "%", PR, as_of=_OCT_149, code=_NOP),
    F("cấp tỉnh 82,46%", "82,46%", 82.46, "%", subject="cấp tỉnh", level="tỉnh", code=_NOP),
    F("cấp huyện 47,29%", "47,29%", 47.29, "%", subject="cấp huyện", level="huyện", code=_NOP),
    F("cấp xã 38,15%", "38,15%", 38.15, "%", subject="cấp xã", level="xã", code=_NOP),
    # I.3 received by level after "trong đó"; two named districts' overdue land files
    F("tiếp nhận 21.946", "21.946", 21946, "hồ sơ", C, code=_TN),
    F("cấp tỉnh 4.318", "4.318", 4318, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_TN),
    F("cấp huyện 5.127", "5.127", 5127, "hồ sơ", C, subject="cấp huyện", level="huyện", code=_TN),
    F("cấp xã 12.501", "12.501", 12501, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    F("giải quyết 20.873", "20.873", 20873, "hồ sơ", C, code=ANY),
    F("đúng hạn 20.512", "20.512", 20512, "hồ sơ", C, code=_DH),
    F("(đạt 98,27%)", "98,27%", 98.27, "%", code=_DH),
    F("quá hạn 361", "361", 361, "hồ sơ", C, code=_QH),
    F("(chiếm 1,73%)", "1,73%", 1.73, "%", code=_QH),
    F("Chợ Mới (94 hồ sơ)", "94", 94, "hồ sơ", C, subject="UBND huyện Chợ Mới", level="huyện", code=_QH),
    F("Chợ Đồn (71 hồ sơ)", "71", 71, "hồ sơ", C, subject="UBND huyện Chợ Đồn", level="huyện", code=_QH),
    # tab-separated table of the district-level units, "Cộng cấp huyện" row (= cấp huyện)
    *_row_149("UBND thành phố Bắc Kạn", "1.046", "1.012", "99,41", "6", "2\tUBND huyện Ba Bể"),
    *_row_149("UBND huyện Ba Bể", "612", "590", "100", "0", "3\tUBND huyện Ngân Sơn"),
    *_row_149("UBND huyện Ngân Sơn", "398", "381", "99,48", "2", "4\tUBND huyện Chợ Đồn"),
    *_row_149("UBND huyện Chợ Đồn", "741", "705", "88,94", "78", "5\tUBND huyện Chợ Mới"),
    *_row_149("UBND huyện Chợ Mới", "836", "798", "87,09", "103", "6\tUBND huyện Bạch Thông"),
    *_row_149("UBND huyện Bạch Thông", "527", "509", "100", "0", "7\tUBND huyện Na Rì"),
    *_row_149("UBND huyện Na Rì", "583", "560", "98,39", "9", "8\tUBND huyện Pác Nặm"),
    *_row_149("UBND huyện Pác Nặm", "384", "371", "98,92", "4", "\tCộng cấp huyện"),
    *_row_149("cấp huyện", "5.127", "4.926", "95,90", "202", "\n4. Thanh toán"),
    # I.4 the 2024 target (dated at the year's end), "chưa đạt chỉ tiêu"
    F("trực tuyến đạt 36,52%", "36,52%", 36.52, "%", code=_TT, target=40, stated_status="chưa đạt"),
    F("năm 2024 là 40%", "40%", 40, "%", T, as_of=_Y2024, code=_TT),
    F("cấp tỉnh đạt 89,63%", "89,63%", 89.63, "%", subject="cấp tỉnh", level="tỉnh", code=_SH),
    F("cấp huyện đạt 71,08%", "71,08%", 71.08, "%", subject="cấp huyện", level="huyện", code=_SH),
    F("cấp xã đạt 58,24%", "58,24%", 58.24, "%", subject="cấp xã", level="xã", code=_SH),
    F("toàn tỉnh đạt 84,17%", "84,17%", 84.17, "%", code=_KQ),
    # I.5
    F("tiếp nhận 07 phản ánh", "07", 7, "PAKN", C, code=_PAKN_TN),
    F("2024: 11 PAKN)", "11", 11, "PAKN", PR, as_of=_OCT_149, code=_PAKN_TN),
    F("xong 06 PAKN", "06", 6, "PAKN", C, code=_PAKN_XL),
    F("01 PAKN đang", "01", 1, "PAKN", C, code=ANY),
    # I.6 ("17 giờ 00 ngày 30/11/2024" is a time); tháng 10/2024 dated 2024-10-31
    F("đạt 76,38/100", "76,38/100", 76.38, "điểm", max_value=100, code=_TONG),
    F("thứ 47/63", "47/63", 47, "hạng", R, max_value=63, code=_HANG),
    F("tăng 1,26 điểm", "1,26", 1.26, "điểm", CH, code=_TONG),
    F("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    F("(75,12 điểm", "75,12", 75.12, "điểm", PR, max_value=100, as_of=_OCT_149, code=_TONG),
    F("thứ 51/63)", "51/63", 51, "hạng", PR, max_value=63, as_of=_OCT_149, code=_HANG),
    F("minh bạch: 16,24/18", "16,24/18", 16.24, "điểm", max_value=18, code="766.cong_khai"),
    F("giải quyết: 18,73/20", "18,73/20", 18.73, "điểm", max_value=20, code="766.tien_do"),
    F("trực tuyến: 8,15/12", "8,15/12", 8.15, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến: 5,42/10", "5,42/10", 5.42, "điểm", max_value=10, code="766.thanh_toan"),
    F("hài lòng: 17,62/18", "17,62/18", 17.62, "điểm", max_value=18, code="766.hai_long"),
    F("hồ sơ: 10,22/22", "10,22/22", 10.22, "điểm", max_value=22, code="766.so_hoa"),
    # III.2 the province's target by the end of 2024 (in the task of Sở Tài chính; 0209.3870.315 is a phone)
    F("tối thiểu 40%", "40%", 40, "%", T, as_of=_Y2024, code=_TT),
]

# ------------------------------------------------------------ 150: Sở NN&MT tỉnh Đắk Nông, quý I năm 2025
_SNN = "Sở Nông nghiệp và Môi trường"
_Q1_2024 = "2024-03-31"
_Q4_2024 = "2024-12-31"


def _so(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SNN, level="tỉnh", **kw)


def _row_150(subject: object, received: str, settled: str, overdue: str, on_time: str, after: str) -> list[Fact]:
    """One Markdown row of a field (or the total): files received, settled, overdue, on-time share. TT is no
    figure; the units come from the headers' "Số hồ sơ …" and "Tỷ lệ …"."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (settled, "hồ sơ", P, ANY, "period"),
             (overdue, "hồ sơ", P, _QH, "period"), (on_time, "%", P, _DH, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_150 = [
    # I.1 (41/KH-UBND of 16/01/2025 and 318/QĐ-UBND of 12/3/2025 are cited; "đường 23 Tháng 3" is an address)
    _so("thực hiện 168 TTHC", "168", 168, "TTHC", C, code=_TTHC),
    _so("thuộc 17 lĩnh vực", "17", 17, "lĩnh vực", C, code=None),
    _so("trong đó 121 TTHC", "121", 121, "TTHC", C, code="766.dvctt.toan_trinh"),
    _so("toàn trình, 38 TTHC", "38", 38, "TTHC", C, code="766.dvctt.mot_phan"),
    # I.2 a) the whole and its two parts; cùng kỳ năm 2024 dated 2024-03-31
    _so("Sở tiếp nhận 2.684", "2.684", 2684, "hồ sơ", C, code=_TN),
    _so("chuyển sang 312", "312", 312, "hồ sơ", C, code=ANY),
    _so("tiếp nhận mới 2.372", "2.372", 2372, "hồ sơ", C, code=ANY),
    _so("năm 2024 (2.215 hồ sơ)", "2.215", 2215, "hồ sơ", PR, as_of=_Q1_2024, code=_TN),
    _so("tăng 469 hồ sơ", "469", 469, "hồ sơ", CH, code=_TN),
    _so("là 1.947", "1.947", 1947, "hồ sơ", C, code=_NOP),
    _so("chiếm 82,08%", "82,08%", 82.08, "%", code=_NOP),
    # I.2 b) the settled files and their parts
    _so("giải quyết 2.396", "2.396", 2396, "hồ sơ", C, code=ANY),
    _so("(trước hạn 1.603", "1.603", 1603, "hồ sơ", C, code=ANY),
    _so("đúng hạn 712", "712", 712, "hồ sơ", C, code=ANY),
    _so("quá hạn 81 hồ sơ", "81", 81, "hồ sơ", C, code=_QH),
    _so("đạt 96,62%", "96,62%", 96.62, "%", code=_DH),
    F("đất đai (74 hồ sơ)", "74", 74, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    _so("giải quyết 288", "288", 288, "hồ sơ", C, code=ANY),
    # Markdown table by field, "Tổng cộng" row (= the Sở)
    *_row_150(ANY, "1.528", "1.342", "74", "94,49", "| 2 | Môi trường"),
    *_row_150(ANY, "214", "187", "3", "98,40", "| 3 | Tài nguyên nước"),
    *_row_150(ANY, "96", "88", "0", "100", "| 4 | Trồng trọt"),
    *_row_150(ANY, "402", "385", "2", "99,48", "| 5 | Chăn nuôi"),
    *_row_150(ANY, "268", "253", "0", "100", "| 6 | Lâm nghiệp"),
    *_row_150(ANY, "117", "102", "2", "98,04", "| 7 | Các lĩnh vực"),
    *_row_150(ANY, "59", "39", "0", "100", "| | Tổng cộng"),
    *_row_150(_SNN, "2.684", "2.396", "81", "96,62", "\n3. Thanh toán"),
    # I.3 quý IV năm 2024 dated 2024-12-31
    _so("Sở đạt 58,36%", "58,36%", 58.36, "%", code=_TT),
    _so("tăng 6,21%", "6,21%", 6.21, "%", CH, code=_TT),
    _so("(52,15%)", "52,15%", 52.15, "%", PR, as_of=_Q4_2024, code=_TT),
    _so("đạt 93,47%", "93,47%", 93.47, "%", code=_SH),
    _so("đạt 88,90%", "88,90%", 88.9, "%", code=_KQ),
    _so("đạt 41,26%", "41,26%", 41.26, "%", code=_TSD),
    # I.4
    _so("tiếp nhận 05 phản ánh", "05", 5, "PAKN", C, code=_PAKN_TN),
    _so("xử lý 04 PAKN", "04", 4, "PAKN", C, code=_PAKN_XL),
    _so("đạt 80%", "80%", 80, "%", code=_PAKN_TL),
    _so("01 PAKN đang", "01", 1, "PAKN", C, code=ANY),
    _so("đạt 97,15%", "97,15%", 97.15, "%", code=_HL),
    # I.5 rank among the province's agencies; their average is a level average
    _so("đạt 81,07 điểm", "81,07", 81.07, "điểm", code=_TONG),
    _so("thứ 14/17", "14/17", 14, "hạng", R, max_value=17, code=_HANG),
    F("(85,42 điểm)", "85,42", 85.42, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    # III.2 the Sở's target by the end of quý II năm 2025 (0261.3544.217 is a phone number)
    _so("trên 50%", "50%", 50, "%", T, as_of="2025-06-30", code=_TSD),
]

# ------------------------------------------------------------ 151: UBND huyện Châu Đức, 6 tháng đầu năm 2024
_CD = "UBND huyện Châu Đức"
_H1_2023 = "2023-06-30"


def _huyen(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "a) Cấp huyện" or about cấp huyện (subject "cấp huyện", level huyện)."""
    return F(context, raw, value, unit, kind, subject="cấp huyện", level="huyện", **kw)


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "b) Cấp xã" or about cấp xã (subject "cấp xã", level xã)."""
    return F(context, raw, value, unit, kind, subject="cấp xã", level="xã", **kw)


def _district(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the district as a whole (subject the district's UBND, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_CD, level="huyện", **kw)


def _row_151(subject: str, received: str, online: str, on_time: str, after: str) -> list[Fact]:
    """One Markdown row of a commune or the town: files received, online share, on-time share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (on_time, "%", P, _DH, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


BLIND_151 = [
    # I.1 (19/KH-UBND of 29/01/2024 is cited; "số 01 đường Hùng Vương" is an address)
    _huyen("công khai 312 TTHC", "312", 312, "TTHC", C, code=_TTHC),
    _xa("và 128 TTHC", "128", 128, "TTHC", C, code=_TTHC),
    # I.2 a) cấp huyện
    _huyen("tiếp nhận 9.418", "9.418", 9418, "hồ sơ", C, code=_TN),
    _huyen("trực tuyến 7.206", "7.206", 7206, "hồ sơ", C, code=_NOP),
    _huyen("chiếm 76,51%", "76,51%", 76.51, "%", code=_NOP),
    _huyen("giải quyết 9.035", "9.035", 9035, "hồ sơ", C, code=ANY),
    _huyen("đúng hạn 8.962", "8.962", 8962, "hồ sơ", C, code=_DH),
    _huyen("(99,19%)", "99,19%", 99.19, "%", code=_DH),
    _huyen("trễ hạn 73", "73", 73, "hồ sơ", C, code=_QH),
    _huyen("tăng 15,2%", "15,2%", 15.2, "%", CH, code=ANY),
    # I.2 b) cấp xã
    _xa("tiếp nhận 18.734", "18.734", 18734, "hồ sơ", C, code=_TN),
    _xa("đạt 68,37%", "68,37%", 68.37, "%", code=_NOP),
    _xa("đạt 99,72%", "99,72%", 99.72, "%", code=_DH),
    F("cao nhất (84,10%)", "84,10%", 84.1, "%", subject="Thị trấn Ngãi Giao", level="xã", code=_NOP),
    F("thấp nhất (51,12%)", "51,12%", 51.12, "%", subject="xã Cù Bị", level="xã", code=_NOP),
    # Markdown table of the 16 xã, thị trấn (official order), "Cộng" row (= cấp xã)
    *_row_151("Thị trấn Ngãi Giao", "2.384", "84,10", "99,62", "| 2 | Xã Bàu Chinh"),
    *_row_151("Xã Bàu Chinh", "897", "66,44", "100", "| 3 | Xã Bình Ba"),
    *_row_151("Xã Bình Ba", "1.126", "68,74", "99,82", "| 4 | Xã Bình Giã"),
    *_row_151("Xã Bình Giã", "1.318", "69,73", "99,77", "| 5 | Xã Bình Trung"),
    *_row_151("Xã Bình Trung", "1.052", "68,35", "100", "| 6 | Xã Cù Bị"),
    *_row_151("Xã Cù Bị", "941", "51,12", "99,26", "| 7 | Xã Đá Bạc"),
    *_row_151("Xã Đá Bạc", "1.187", "66,72", "99,83", "| 8 | Xã Kim Long"),
    *_row_151("Xã Kim Long", "1.240", "69,44", "99,76", "| 9 | Xã Láng Lớn"),
    *_row_151("Xã Láng Lớn", "973", "65,16", "100", "| 10 | Xã Nghĩa Thành"),
    *_row_151("Xã Nghĩa Thành", "1.436", "69,43", "99,65", "| 11 | Xã Quảng Thành"),
    *_row_151("Xã Quảng Thành", "1.065", "66,85", "99,81", "| 12 | Xã Sơn Bình"),
    *_row_151("Xã Sơn Bình", "1.128", "66,40", "99,91", "| 13 | Xã Suối Nghệ"),
    *_row_151("Xã Suối Nghệ", "1.402", "70,83", "99,86", "| 14 | Xã Suối Rao"),
    *_row_151("Xã Suối Rao", "788", "62,44", "100", "| 15 | Xã Xà Bang"),
    *_row_151("Xã Xà Bang", "1.012", "54,94", "99,40", "| 16 | Xã Xuân Sơn"),
    *_row_151("Xã Xuân Sơn", "785", "67,26", "99,87", "| | Cộng"),
    *_row_151("cấp xã", "18.734", "68,37", "99,72", "\n3. Thanh toán"),
    # I.3 targets by level for 2024 (dated at the year's end): cấp huyện đạt, cấp xã chưa đạt
    _huyen("huyện đạt 42,85%", "42,85%", 42.85, "%", code=_TT, target=40, stated_status="đạt"),
    _xa("xã đạt 27,14%", "27,14%", 27.14, "%", code=_TT, target=30, stated_status="chưa đạt"),
    _huyen("(cấp huyện 40%", "40%", 40, "%", T, as_of=_Y2024, code=_TT),
    _xa("cấp xã 30%)", "30%", 30, "%", T, as_of=_Y2024, code=_TT),
    _huyen("huyện là 95,36%", "95,36%", 95.36, "%", code=_SH),
    _xa("xã là 87,09%", "87,09%", 87.09, "%", code=_SH),
    # I.4 the district's PAKN (0254.3881.042 is a phone number)
    _district("tiếp nhận 23 phản ánh", "23", 23, "PAKN", C, code=_PAKN_TN),
    _district("Dịch vụ công 09", "09", 9, "PAKN", C, code=ANY),
    _district("dây nóng 14", "14", 14, "PAKN", C, code=ANY),
    _district("giải quyết 21 PAKN", "21", 21, "PAKN", C, code=_PAKN_XL),
    _district("đạt 91,30%", "91,30%", 91.3, "%", code=_PAKN_TL),
    _district("còn 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    # I.5 rank among the province's 8 district-level units; cùng kỳ năm 2023 dated 2023-06-30
    _district("đạt 86,47 điểm", "86,47", 86.47, "điểm", code=_TONG),
    _district("thứ 5/8", "5/8", 5, "hạng", R, max_value=8, code=_HANG),
    _district("thứ 7/8)", "7/8", 7, "hạng", PR, max_value=8, as_of=_H1_2023, code=_HANG),
    F("đạt 80,63 điểm", "80,63", 80.63, "điểm", subject=ANY, level="xã", code=_TONG),
    F("(88,15 điểm)", "88,15", 88.15, "điểm", subject="xã Suối Nghệ", level="xã", code=_TONG),
    F("(71,42 điểm)", "71,42", 71.42, "điểm", subject="xã Cù Bị", level="xã", code=_TONG),
    # III.2 the communes' target for 2024
    F("tối thiểu 30%", "30%", 30, "%", T, subject="UBND các xã, thị trấn", level="xã", as_of=_Y2024, code=_TT),
]

# ------------------------------------------------------------ 152: UBND phường Hải Châu (Đà Nẵng), quý III/2025
_HC = "UBND phường Hải Châu"
_AUG_152 = "2025-08-31"


def _ward(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the ward itself (subject the ward's UBND, level xã)."""
    return F(context, raw, value, unit, kind, subject=_HC, level="xã", **kw)


def _row_152(as_of: str, received: str, online: str, share: str, on_time: str, after: str) -> list[Fact]:
    """One tab-separated row of a month (dated at its end) or of the quarter: files received, files submitted
    online, online share, on-time share. The month label is no figure."""
    cells = [(received, "hồ sơ", P, _TN, as_of), (online, "hồ sơ", P, _NOP, as_of), (share, "%", P, _NOP, as_of),
             (on_time, "%", P, _DH, as_of)]
    return _cells(_HC, "xã", cells, after, "\t", "\n")


BLIND_152 = [
    # 1. (1862/UBND-KSTT of 15/7/2025 is cited; "Hải Châu I, Hải Châu II" are names, "số 155 đường 2 Tháng 9"
    # an address)
    _ward("giải quyết 382", "382", 382, "TTHC", C, code=_TTHC),
    _ward("trong đó 296 TTHC", "296", 296, "TTHC", C, code="766.dvctt.toan_trinh"),
    # 2.
    _ward("tiếp nhận 9.282", "9.282", 9282, "hồ sơ", C, code=_TN),
    _ward("trực tuyến 7.173", "7.173", 7173, "hồ sơ", C, code=_NOP),
    _ward("giải quyết 9.036", "9.036", 9036, "hồ sơ", C, code=ANY),
    _ward("đúng hạn 8.937", "8.937", 8937, "hồ sơ", C, code=_DH),
    _ward("quá hạn 99", "99", 99, "hồ sơ", C, code=_QH),
    F("đất đai 81 hồ sơ", "81", 81, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    F("dựng 18 hồ sơ", "18", 18, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    # tab-separated table by month (each dated at its month's end) and the quarter
    *_row_152("2025-07-31", "2.846", "2.103", "73,89", "98,12", "Tháng 8/2025"),
    *_row_152(_AUG_152, "3.127", "2.418", "77,33", "99,05", "Tháng 9/2025"),
    *_row_152("period", "3.309", "2.652", "80,15", "99,41", "Quý III/2025"),
    *_row_152("period", "9.282", "7.173", "77,28", "98,90", "\nTỷ lệ hồ sơ"),
    _ward("tăng 2,82%", "2,82%", 2.82, "%", CH, code=_NOP),
    # 3. the ward's 2025 target (dated at the year's end), "đã đạt chỉ tiêu"; "mức độ 2" is no figure
    _ward("trực tuyến: 1.684/2.215", "1.684/2.215", 1684, "hồ sơ", C, max_value=2215, code=_TT),
    _ward("đạt 76,03%", "76,03%", 76.03, "%", code=_TT, target=75, stated_status="đạt"),
    _ward("phường (75%)", "75%", 75, "%", T, as_of="2025-12-31", code=_TT),
    _ward("đạt 98,64%", "98,64%", 98.64, "%", code=_SH),
    _ward("đạt 96,17%", "96,17%", 96.17, "%", code=_KQ),
    _ward("đạt 47,52%", "47,52%", 47.52, "%", code=_TSD),
    _ward("thêm 1.926", "1.926", 1926, "tài khoản", C, code=_TK),
    _ward("nay 84.317", "84.317", 84317, "tài khoản", C, code=_TK),
    # 4.
    _ward("tiếp nhận 12 phản ánh", "12", 12, "PAKN", C, code=_PAKN_TN),
    _ward("xử lý 12/12", "12/12", 12, "PAKN", C, max_value=12, code=_PAKN_XL),
    _ward("đạt 99,12%", "99,12%", 99.12, "%", code=_HL),
    # 5. rank among the city's 94 xã, phường, đặc khu; tháng 8/2025 dated 2025-08-31
    _ward("đạt 89,36 điểm", "89,36", 89.36, "điểm", code=_TONG),
    _ward("thứ 6/94", "6/94", 6, "hạng", R, max_value=94, code=_HANG),
    _ward("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    _ward("(thứ 8/94)", "8/94", 8, "hạng", PR, max_value=94, as_of=_AUG_152, code=_HANG),
    # 6. the ward's target in quý IV năm 2025 (0236.3821.446 is a phone number)
    _ward("tối thiểu 60%", "60%", 60, "%", T, as_of="2025-12-31", code=_TSD),
]

BLIND = {"149": BLIND_149, "150": BLIND_150, "151": BLIND_151, "152": BLIND_152}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "149": [
        ("2024-12-16", "day", "16/12/2024", "giải quyết dứt điểm hồ sơ đất đai quá hạn",
         "UBND huyện Chợ Mới, UBND huyện Chợ Đồn"),
        ("2024-12-31", "year", "năm 2024", "tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-01-31", "month", "tháng 01/2025", "hoàn thành kết nối Hệ thống thông tin giải quyết TTHC",
         "Sở Thông tin và Truyền thông"),
        ("2025-03-31", "quarter", "quý I năm 2025", "kiểm tra công tác kiểm soát TTHC", "Văn phòng UBND tỉnh"),
        # issued 06/12/2024: the first "ngày 14 hằng tháng" is 14/12/2024
        ("2024-12-14", "recurring", "14 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các sở, ban, ngành, UBND các huyện, thành phố"),
    ],
    "150": [
        ("2025-04-25", "day", "25/4/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Văn phòng Đăng ký đất đai"),
        ("2025-05-31", "month", "tháng 5/2025", "đề xuất phương án đơn giản hóa TTHC", "Văn phòng Sở"),
        ("2025-06-30", "quarter", "quý II năm 2025", "khai thác, sử dụng lại thông tin", "Văn phòng Sở"),
        ("2025-06-15", "day", "ngày 15 tháng 6 năm 2025", "tích hợp thanh toán phí, lệ phí trực tuyến",
         "Chi cục Trồng trọt và Bảo vệ thực vật, Chi cục Chăn nuôi và Thú y"),
        # issued 03/4/2025: the first "ngày 08 hằng tháng" is 08/4/2025
        ("2025-04-08", "recurring", "08 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "151": [
        ("2024-07-15", "day", "ngày 15 tháng 7 năm 2024", "xây dựng kế hoạch nâng cao tỷ lệ nộp hồ sơ trực tuyến",
         "UBND xã Cù Bị, UBND xã Xà Bang"),
        ("2024-12-31", "year", "năm 2024", "tỷ lệ hồ sơ thanh toán trực tuyến", "UBND các xã, thị trấn"),
        ("2024-08-31", "month", "tháng 8/2024", "chứng thực bản sao điện tử", "Phòng Tư pháp"),
        ("2024-09-30", "quarter", "quý III năm 2024", "kiểm tra công tác cải cách TTHC",
         "Văn phòng HĐND và UBND huyện"),
        # issued 02/7/2024: the first "ngày 16 hằng tháng" is 16/7/2024
        ("2024-07-16", "recurring", "16 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các cơ quan chuyên môn thuộc UBND huyện, UBND các xã, thị trấn"),
    ],
    "152": [
        ("2025-10-17", "day", "17/10/2025", "giải quyết dứt điểm các hồ sơ đất đai, xây dựng quá hạn",
         "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "khai thác, sử dụng lại thông tin",
         "Trung tâm Phục vụ hành chính công phường"),
        ("2025-11-30", "month", "tháng 11/2025", "bố trí thêm máy tính, máy quét", "Văn phòng HĐND và UBND phường"),
        ("2025-11-28", "day", "ngày 28 tháng 11 năm 2025", "kích hoạt tài khoản định danh điện tử",
         "Phòng Văn hóa - Xã hội"),
        # issued 06/10/2025: the first "ngày 22 hằng tháng" is 22/10/2025
        ("2025-10-22", "recurring", "22 hằng tháng", "tổng hợp số liệu, báo cáo UBND thành phố",
         "Trung tâm Phục vụ hành chính công phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind13.py's META).
# 149's issuer is UBND tỉnh Bắc Kạn, period stated as 01/11–30/11/2024; 150's issuer is Sở Nông nghiệp và Môi
# trường under "UBND TỈNH ĐẮK NÔNG"; 151's issuer is a district (province named in "Kính gửi"), a half-year
# report issued in July 2024; 152's issuer is a post-merger ward of thành phố Đà Nẵng (named in "Kính gửi"),
# period the quarter in its title, stated as 01/7–30/9/2025.
META = {
    "149": {"doc_number": "604/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-12-06",
            "province": "Bắc Kạn", "period_label": "tháng 11 năm 2024", "period_start": "2024-11-01",
            "period_end": "2024-11-30", "signer": "Lục Văn Thuận"},
    "150": {"doc_number": "386/BC-SNNMT", "doc_type": "Báo cáo", "issued_date": "2025-04-03",
            "province": "Đắk Nông", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Lê Văn Phước"},
    "151": {"doc_number": "271/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-07-02",
            "province": "Bà Rịa - Vũng Tàu", "period_label": "6 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-06-30", "signer": "Trần Văn Khải"},
    "152": {"doc_number": "127/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Đà Nẵng", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Lê Thị Thanh Hà"},
}
