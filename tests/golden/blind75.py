"""Blind golden facts for corpus/blind75/450_ca_mau.txt, 451_kon_tum.txt, 452_soc_trang.txt, 453_thanh_hoa.txt and
454_hung_yen.txt.

The five documents were written by the developers for a seventy-fifth blind measurement (issuers, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by reading them,
before any extraction, restoration or pipeline code was run on them. They also serve as held-out text for
diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind16.py: rows use `golden.facts.Fact` (context string that occurs
once in the document + the figure as written inside it). Prose and list counts are kind `count`; table cells
are kind `value` with `extra={"source": "table"}`; `as_of="period"` is the period's end; `ANY` leaves a field
unchecked where the sentence names no catalogued indicator (`None` where it clearly names none: counts of
decisions and of units). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" (and bare "kiến nghị")
counts the unit `PAKN`; every "đã giải quyết" count has its code unchecked. A change is dated at the period end;
a rise is positive. A count of local units takes the unit of its first unit word ("04 huyện, thành phố" →
`huyện`, "98/105 xã, phường, thị trấn" → `xã`), counts of "cơ quan, đơn vị"/"sở" → `đơn vị` at the level of the
bodies counted. Dates and date ranges ("11-12/3/2025"), document numbers, cited decrees, laws, letters and
plans ("Nghị định số 61/2018/NĐ-CP", "Nghị định số 23/2015/NĐ-CP", "Luật Công chứng năm 2024", "Quyết định số
766/QĐ-TTg", "Công văn số 2417/VP-KSTT", "Công văn số 1093/VPCP-KSTT", "Công văn số 5218/BTP-BTTP", "Công văn
số 3685/UBND-KSTT", "Kế hoạch số 12/KH-UBND"), "số liệu từ ngày 01/7/2025 đến ngày 30/9/2025", "Tính đến ngày
31/12/2024", section and item numbering ("I.", "1.", "1.1", "Mục III", the TT/STT columns, the questionnaire's
"1." … "27."), names holding numbers ("Phòng công chứng số 1", "KCN Thăng Long II", "tỉnh Thái Bình từ ngày
01/7/2025"), "mức độ 2", street addresses ("số 155 đường Bùi Thị Trường", "số 527 đường Bà Triệu", "số 32 đường
Hạc Thành"), phone numbers ("0290.3831.075", "0260.3862.515", "0299.3822.154", "0237.3852.617",
"0221.3552.786"), the period words "Trong 9 tháng năm 2025", headings naming the next period ("III. NHIỆM VỤ
QUÝ IV NĂM 2025", "IV. NHIỆM VỤ NĂM 2025", "G. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2025": no deadlines), answers
"Không có" / "Chưa có số liệu thống kê" and years are not figures.

New in this set:
- 450 is a Báo cáo of Sở Y tế tỉnh Cà Mau (the merged province; header "UBND TỈNH CÀ MAU / SỞ Y TẾ"), quý III
  năm 2025, issued 06/10/2025: its 'Bảng tự chấm điểm' of the Decision 766 index. Every figure is the Sở's
  (subject "Sở Y tế", level tỉnh). The tab-separated table (columns TT, name, "Điểm tối đa", "Điểm tự chấm",
  "Ghi chú" in words) has six group rows (TT "I" … "VI", no "Ghi chú" cell), 19 component rows (TT "1.1" …
  "6.3") and a "Tổng cộng" row with an empty TT cell. Both numeric cells of a row are figures of unit `điểm`,
  kind `value`, without max_value: the maximum is a cell of its own, not an `x/y` figure (as plain rank cells
  carry none). A group row's self-score carries the group's code (sum 89,19), the total row's `766.tong_hop`;
  component self-scores and every "Điểm tối đa" cell have their code unchecked (a component's points are not
  the component's percentage the catalogue names). The prose explains each deduction with the ratios behind the
  points ("25/27 TTHC … (đạt 92,59%)", "118/124 TTHC … (95,16%)", "12/14 PAKN, đạt 85,71%"), each `x/y` count
  with its max; shares named by a catalogued component carry its code ("công khai đúng hạn", "có phát sinh hồ
  sơ", "giao dịch thanh toán trực tuyến", "PAKN … đúng hạn"), the sync, data-sharing and population-data shares
  are left unchecked. "05/19 chỉ số thành phần" counts components (unit `chỉ số`, code None). "tăng 2,72 điểm so
  với điểm tự chấm quý II năm 2025 (86,47 điểm)" is a change and a previous value dated 2025-06-30 (on the /100
  scale); "quý II năm 2025 Sở đạt 84,58 điểm, xếp thứ 6/14" are previous values dated 2025-06-30 (the official
  score, no max). "chỉ tiêu UBND tỉnh giao năm 2025 là 50%, chưa đạt chỉ tiêu": a target dated 2025-12-31, the
  35,02% carries it with status "chưa đạt". "lần lượt là 95,00%, 76,04% và 72,50%" pairs three shares. Five
  deadlines: day, month, "chậm nhất" day in words, quarter, "trước ngày 25 hằng tháng" (issued 06/10/2025:
  first 25/10/2025).
- 451 is a Kế hoạch kiểm tra of UBND tỉnh Kon Tum (before the 1 July 2025 merger), năm 2025 (period = the
  plan's year), issued 14/02/2025. Its targets ("từ 85/100 điểm", "tối thiểu 55%", "trên 97%") are the
  province's, kind `target` at the period end. Last year's inspection results are values dated 2024-12-31:
  counts of inspected bodies ("06 cơ quan, đơn vị (03 sở, ngành và 03 huyện)"), files checked and findings
  (code unchecked: they describe the inspected sample, not the index's indicators), a dash list of the six
  inspected units "- <unit>: kiểm tra n hồ sơ, quá hạn n hồ sơ, tỷ lệ đúng hạn x%" (subject as written, level
  of the unit), "06/06 đơn vị" (max 6, mixed levels: level unchecked), the province's 2024 score, rank and two
  shares. This year's plan counts "10 cơ quan, đơn vị, gồm 04 sở, 04 huyện, thành phố và 02 xã". Its Markdown
  schedule table (unit | dates | "Số TTHC kiểm tra" | "Số hồ sơ kiểm tra" | lead body) gives two counts per
  unit (kind `value`, units `TTHC` and `hồ sơ`, code unchecked, subject as written, "UBND xã Hà Mòn" level xã)
  and a "Tổng cộng" row with empty STT and date cells (subject and level unchecked: the sum of the inspected
  units, not the province's own figure). The schedule's dates ("11-12/3/2025") are when the team visits, not a
  time limit set for a task: no deadline. "92,5 triệu đồng" is the budget. Five deadlines in "IV. TỔ CHỨC THỰC
  HIỆN": month, day, quarter, year ("trong năm 2025"), "chậm nhất" day in words.
- 452 is a Báo cáo of UBND tỉnh Sóc Trăng (before the merger), quý I năm 2025, issued 09/4/2025, filled in
  along a Đề cương sent by the Văn phòng Chính phủ: numbered questions "n. <question>: <answer>" answered
  inline, some with "Không có" or "Chưa có số liệu thống kê" (no figure); "trong đó qua Cổng Dịch vụ công quốc
  gia 38 PAKN" is a bare part of the PAKN received (code unchecked). Province figures have subject NULL;
  breakdowns "(cấp tỉnh: 1.379; cấp huyện: 241; cấp xã: 126)" and "cấp tỉnh 81,35%; cấp huyện 64,72%; cấp xã
  52,18%" are by level. "117 đơn vị (cấp tỉnh: 01; cấp huyện: 11; cấp xã: 105)" counts one-stop desks (code
  None; the whole has no level). Files "trực tiếp và qua dịch vụ bưu chính công ích" carry the offline-filing
  code. "1.282/1.282 hồ sơ" (apologies) is one count with its max, code unchecked. "98/105 xã, phường, thị
  trấn" counts communes offering electronic certification (unit `xã`, subject "cấp xã"). Rank and score
  "tăng 1,41 điểm và tăng 3 bậc so với quý IV năm 2024 (83,21 điểm, xếp thứ 27/63)": changes and previous
  values dated 2024-12-31. Block averages (subject unchecked; levels tỉnh/huyện); the two districts with the lowest
  online share, in brackets. "07 đơn vị cấp xã còn lại" in a task is a count (level xã). Five deadlines:
  day, month for two named districts, "chậm nhất" day in words, quarter, "trước ngày 15 hằng tháng" (issued
  09/4/2025: first 15/4/2025).
- 453 is an annual Báo cáo of Sở Tư pháp tỉnh Thanh Hóa (header "UBND TỈNH THANH HÓA / SỞ TƯ PHÁP"), năm 2024,
  issued 10/01/2025, on notarial and certification services. Province-wide counts ("toàn tỉnh có 58 tổ chức")
  have subject NULL; figures whose sentence names the notarial organisations as a group ("các tổ chức hành
  nghề công chứng trên địa bàn tỉnh đã công chứng 186.452 việc", "các Phòng công chứng đã nộp …") have subject
  unchecked (the province's total or the group: genuinely ambiguous). Units as written: `tổ chức`, `công
  chứng viên`, `việc`, `yêu cầu`, `bản sao`, `bản`, `triệu đồng`. "tăng 7,3% so với năm 2023 (173.767 việc)":
  a relative change (code unchecked) and a previous value dated 2023-12-31; "(năm 2023: 9,82%)" likewise. Its
  Markdown table lists eight organisations (subject as written, "Phòng công chứng số 1", "Văn phòng công chứng
  Lam Sơn"; level unchecked: a notarial office is no administrative level) with acts, online requests and fees,
  and a "Cộng" row with an empty STT cell (subject and level unchecked). The Sở's own figures (inspections,
  its one-stop files) have subject "Sở Tư pháp". Certified copies by "Phòng Tư pháp cấp huyện" (level huyện)
  and "UBND cấp xã" (level xã) keep the name as written. "401/547 xã, phường, thị trấn, đạt 73,31%; chỉ tiêu
  UBND tỉnh giao năm 2024 là 70%, đã đạt chỉ tiêu": the communes' share of the 766 component "chứng thực bản
  sao điện tử" (subject "cấp xã"), with its target (period end) and status "đạt". Five deadlines: day,
  quarter (three named offices), "chậm nhất" day in words, "trước ngày 05 hằng tháng" (issued 10/01/2025:
  first 05/02/2025), year.
- 454 is a Báo cáo of the Ban Quản lý các khu công nghiệp tỉnh Hưng Yên (the merged province; header "UBND
  TỈNH HƯNG YÊN / BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP"), 9 tháng năm 2025, issued 03/10/2025, on investment and
  labour procedures. The Ban's own figures have subject "Ban Quản lý các khu công nghiệp", level tỉnh: it is
  named like a Sở (its own name without the province, as golden/blind9.py's and blind13.py's tables write it),
  not by a kind plus "tỉnh". Firms and workers by industrial park are a dash list "- KCN <name>: n doanh
  nghiệp, n lao động" (subject as written, "KCN Thăng Long II"; level unchecked: a park is no administrative
  level). Investment figures: counts of projects (`dự án`), adjustments (`lượt`), capital in `triệu USD` and
  `tỷ đồng` (code unchecked). "Chỉ tiêu thu hút vốn … năm 2025 là 1.500 triệu USD" is a target dated
  2025-12-31 (unit `triệu USD`) and "đạt 75,09% chỉ tiêu" a share (code unchecked). "8,5 ngày làm việc" is the
  time for one procedure (code unchecked). "(tăng 36 doanh nghiệp so với cuối năm 2024)" is a change of the
  firm count dated at the period end. "tăng 19,6% so với cùng kỳ năm 2024 (1.102 giấy phép)": relative change
  and a previous value dated 2024-09-30; "trong đó 1.176 giấy phép … chiếm 89,23%" a part and its share.
  "09 kiến nghị" counts PAKN; "09/09 kiến nghị" one count (max 9).
  Five deadlines: day, month, quarter, "chậm nhất" day in words, "trước ngày 18 hằng tháng" (issued 03/10/2025:
  first 18/10/2025).
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
_TIME = "766.tien_do.thoi_gian"
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_CUNG = "766.dvctt.tthc_cung_cap"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"


def _cells(subject: object, level: object, cells: list[tuple[str, str, object]], after: str, sep: str,
           end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, code)`, kind `value`. A cell's context is the
    separator before it, the rest of its row (`end` holds any text cells after the last figure) and the start of
    the next line (`after`), so that it occurs once and the raw text is found first at the cell itself."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, P, subject=subject, level=level,
              code=code, extra=TAB)
            for i, (raw, unit, code) in enumerate(cells)]


# ------------------------------------------------------------ 450: Sở Y tế tỉnh Cà Mau, quý III năm 2025
_SYT = "Sở Y tế"
_Q2_2025 = "2025-06-30"


def _syt(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SYT, level="tỉnh", **kw)


def _score_450(top: str, score: str, after: str, code: object = ANY, note: str = "") -> list[Fact]:
    """The two cells of one row of the tab-separated table: "Điểm tối đa" and "Điểm tự chấm" (both `điểm`). The
    self-score carries the row's maximum as max_value (first run: none): the convention of golden/blind60.py and
    tests/test_blind57_kinds.py, where a score cell beside an "Điểm tối đa" cell is read as `x/max`."""
    end = ("\t" + note if note else "") + "\n"
    maximum, self_score = _cells(_SYT, "tỉnh", [(top, "điểm", ANY), (score, "điểm", code)], after, "\t", end)
    self_score.max_value = _num(top)
    return [maximum, self_score]


BLIND_450 = [
    # I. (766/QĐ-TTg of 23/6/2022 and 2417/VP-KSTT of 18/9/2025 cited; 01/7–30/9/2025 is the period)
    _syt("là 89,19/100", "89,19/100", 89.19, "điểm", max_value=100, code=_TONG),
    _syt("tăng 2,72 điểm", "2,72", 2.72, "điểm", CH, code=_TONG),
    _syt("(86,47 điểm)", "86,47", 86.47, "điểm", PR, max_value=100, as_of=_Q2_2025, code=_TONG),
    _syt("có 05/19 chỉ số", "05/19", 5, "chỉ số", C, max_value=19, code=None),
    # the tab-separated table: group rows (no note), component rows (note in words), the total row
    *_score_450("18", "17,20", "1.1\t", "766.cong_khai"),
    *_score_450("6", "6", "1.2\t", note="Đạt tối đa"),
    *_score_450("4", "3,70", "1.3\t", note="Chậm công khai"),
    *_score_450("2", "2", "1.4\t", note="Đạt tối đa"),
    *_score_450("6", "5,50", "II\t", note="Còn hồ sơ chưa đồng bộ"),
    *_score_450("20", "19,62", "2.1\t", "766.tien_do"),
    *_score_450("20", "19,62", "III\t", note="Còn hồ sơ quá hạn"),
    *_score_450("12", "9,84", "3.1\t", "766.dvctt"),
    *_score_450("4", "4", "3.2\t", note="Đạt tối đa"),
    *_score_450("2", "1,64", "3.3\t", note="Chưa đạt"),
    *_score_450("6", "4,20", "IV\t", note="Chưa đạt"),
    *_score_450("10", "7,35", "4.1\t", "766.thanh_toan"),
    *_score_450("4", "3,15", "4.2\t", note="Chưa đạt"),
    *_score_450("6", "4,20", "V\t", note="Chưa đạt"),
    *_score_450("22", "18,05", "5.1\t", "766.so_hoa"),
    *_score_450("6", "5,70", "5.2\t", note="Chưa đạt"),
    *_score_450("4", "3,80", "5.3\t", note="Chưa đạt"),
    *_score_450("4", "2,45", "5.4\t", note="Thấp"),
    *_score_450("4", "2,90", "5.5\t", note="Chưa đạt"),
    *_score_450("2", "1,20", "5.6\t", note="Thấp"),
    *_score_450("2", "2", "VI\t", note="Đạt tối đa"),
    *_score_450("18", "17,13", "6.1\t", "766.hai_long"),
    *_score_450("10", "9,70", "6.2\t", note="Chưa đạt"),
    *_score_450("4", "3,43", "6.3\t", note="Còn PAKN trễ hạn"),
    *_score_450("4", "4", "\tTổng cộng", note="Đạt tối đa"),
    *_score_450("100", "89,19", "\nII. GIẢI TRÌNH", _TONG),
    # II.1 công khai; files received and synchronised
    _syt("công bố 27 TTHC", "27", 27, "TTHC", C, code=ANY),
    _syt("có 25/27 TTHC", "25/27", 25, "TTHC", C, max_value=27, code=ANY),
    _syt("(đạt 92,59%)", "92,59%", 92.59, "%", code="766.cong_khai.cap_nhat_dung_han"),
    _syt("02 TTHC còn lại", "02", 2, "TTHC", C, code=ANY),
    _syt("là 12.568 hồ sơ", "12.568", 12568, "hồ sơ", C, code=_TN),
    _syt("là 11.521 hồ sơ", "11.521", 11521, "hồ sơ", C, code=ANY),
    _syt("đạt tỷ lệ 91,67%", "91,67%", 91.67, "%", code=ANY),
    _syt("còn 1.047 hồ sơ", "1.047", 1047, "hồ sơ", C, code=ANY),
    # II.2 tiến độ
    _syt("giải quyết 12.104", "12.104", 12104, "hồ sơ", C, code=ANY),
    _syt("là 11.874 hồ sơ", "11.874", 11874, "hồ sơ", C, code=_DH),
    _syt("chiếm 98,10%", "98,10%", 98.10, "%", code=_DH),
    _syt("quá hạn 230", "230", 230, "hồ sơ", C, code=_QH),
    _syt("chiếm 1,90%", "1,90%", 1.90, "%", code=_QH),
    # II.3 DVCTT, thanh toán (target of the province for 2025, dated 2025-12-31)
    _syt("cấp 118/124 TTHC", "118/124", 118, "TTHC", C, max_value=124, code=_CUNG),
    _syt("(95,16%)", "95,16%", 95.16, "%", code=_CUNG),
    _syt("có 97 dịch vụ", "97", 97, "dịch vụ", C, code=ANY),
    _syt("tỷ lệ 82,20%", "82,20%", 82.20, "%", code="766.dvctt.phat_sinh_ho_so"),
    _syt("là 4.401 hồ sơ", "4.401", 4401, "hồ sơ", C, code=_NOP),
    _syt("chiếm 35,02%", "35,02%", 35.02, "%", code=_NOP, target=50, stated_status="chưa đạt"),
    _syt("là 50%", "50%", 50, "%", T, as_of="2025-12-31", code=_NOP),
    _syt("Có 63/80 TTHC", "63/80", 63, "TTHC", C, max_value=80, code=ANY),
    _syt("đạt 78,75%", "78,75%", 78.75, "%", code="766.thanh_toan.tthc_giao_dich"),
    _syt("là 6.027 hồ sơ", "6.027", 6027, "hồ sơ", C, code=_TT),
    _syt("số 8.610 hồ sơ", "8.610", 8610, "hồ sơ", C, code=ANY),
    _syt("đạt 70%", "70%", 70, "%", code=_TT),
    # II.4 số hóa ("lần lượt là" pairs three shares; quý II năm 2025 dated 2025-06-30)
    _syt("lần lượt là 95,00%", "95,00%", 95.00, "%", code=_KQ),
    _syt(", 76,04%", "76,04%", 76.04, "%", code=_SH),
    _syt("và 72,50%", "72,50%", 72.50, "%", code=ANY),
    _syt("đạt 49,03%", "49,03%", 49.03, "%", code=_TSD),
    _syt("2025: 41,26%)", "41,26%", 41.26, "%", PR, as_of=_Q2_2025, code=_TSD),
    _syt("đạt 60,14%", "60,14%", 60.14, "%", code=ANY),
    # II.5 hài lòng, PAKN
    _syt("đạt 97,02%", "97,02%", 97.02, "%", code=_HL),
    _syt("tiếp nhận 14 phản ánh", "14", 14, "PAKN", C, code=_PAKN_TN),
    _syt("hạn 12/14 PAKN", "12/14", 12, "PAKN", C, max_value=14, code=ANY),
    _syt("đạt 85,71%", "85,71%", 85.71, "%", code="766.hai_long.pakn_dung_han"),
    # II.6 the official result of quý II năm 2025 (no max on the score)
    _syt("đạt 84,58 điểm", "84,58", 84.58, "điểm", PR, as_of=_Q2_2025, code=_TONG),
    _syt("thứ 6/14", "6/14", 6, "hạng", PR, max_value=14, as_of=_Q2_2025, code=_HANG),
    # III. ("0290.3831.075" is a phone number, "số 155" an address)
]

# ------------------------------------------------------------ 451: UBND tỉnh Kon Tum, Kế hoạch kiểm tra năm 2025
_Y2024 = "2024-12-31"


def _inspected_451(unit_name: str, level: str, files: str, late: str, on_time: str) -> list[Fact]:
    """One dash-list line of last year's results: files checked, files late, on-time share (2024)."""
    kw = {"subject": unit_name, "level": level, "as_of": _Y2024, "code": ANY}
    return [
        F(f"{unit_name}: kiểm tra {files}", files, _num(files), "hồ sơ", C, **kw),
        F(f"quá hạn {late} hồ sơ, tỷ lệ đúng hạn {on_time}", late, _num(late), "hồ sơ", C, **kw),
        F(f"đúng hạn {on_time}%", f"{on_time}%", _num(on_time), "%", P, **kw),
    ]


def _row_451(unit_name: object, level: object, procedures: str, files: str, after: str) -> list[Fact]:
    """The two numeric cells of one schedule row: procedures and files to check."""
    return _cells(unit_name, level, [(procedures, "TTHC", ANY), (files, "hồ sơ", ANY)], after, " | ", " | ")


BLIND_451 = [
    # I.2 the province's targets for 2025 (61/2018/NĐ-CP, 107/2021/NĐ-CP, 12/KH-UBND cited)
    F("từ 85/100", "85/100", 85, "điểm", T, max_value=100, code=_TONG),
    F("tối thiểu 55%", "55%", 55, "%", T, code=_NOP),
    F("trên 97%", "97%", 97, "%", T, code=_DH),
    # II. results of 2024 (dated 2024-12-31)
    F("tại 06 cơ quan", "06", 6, "đơn vị", C, subject=ANY, level=ANY, as_of=_Y2024, code=None),
    F("(03 sở, ngành", "03", 3, "đơn vị", C, subject=ANY, level="tỉnh", as_of=_Y2024, code=None),
    F("và 03 huyện)", "03", 3, "huyện", C, subject=ANY, level="huyện", as_of=_Y2024, code=None),
    F("xác suất 1.236", "1.236", 1236, "hồ sơ", C, as_of=_Y2024, code=ANY),
    F("phát hiện 87", "87", 87, "hồ sơ", C, as_of=_Y2024, code=ANY),
    F("chiếm 7,04%", "7,04%", 7.04, "%", as_of=_Y2024, code=ANY),
    F("có 35 hồ sơ", "35", 35, "hồ sơ", C, as_of=_Y2024, code=ANY),
    F("và 18 hồ sơ", "18", 18, "hồ sơ", C, as_of=_Y2024, code=ANY),
    *_inspected_451("Sở Kế hoạch và Đầu tư", "tỉnh", "186", "4", "97,85"),
    *_inspected_451("Sở Công Thương", "tỉnh", "142", "2", "98,59"),
    *_inspected_451("Sở Nông nghiệp và Phát triển nông thôn", "tỉnh", "205", "11", "94,63"),
    *_inspected_451("UBND huyện Đắk Tô", "huyện", "264", "29", "89,02"),
    *_inspected_451("UBND huyện Sa Thầy", "huyện", "231", "24", "89,61"),
    *_inspected_451("UBND huyện Kon Rẫy", "huyện", "208", "17", "91,83"),
    F("kiến nghị 14 nội dung", "14", 14, "nội dung", C, subject=ANY, as_of=_Y2024, code=ANY),
    F("2024, 06/06 đơn vị", "06/06", 6, "đơn vị", C, max_value=6, subject=ANY, level=ANY, as_of=_Y2024, code=None),
    F("đạt 82,37/100", "82,37/100", 82.37, "điểm", max_value=100, as_of=_Y2024, code=_TONG),
    F("thứ 32/63", "32/63", 32, "hạng", R, max_value=63, as_of=_Y2024, code=_HANG),
    F("đạt 46,18%", "46,18%", 46.18, "%", as_of=_Y2024, code=_NOP),
    F("đạt 96,52%", "96,52%", 96.52, "%", as_of=_Y2024, code=_DH),
    # III. this year's plan
    F("tại 10 cơ quan", "10", 10, "đơn vị", C, subject=ANY, level=ANY, code=None),
    F("gồm 04 sở", "04", 4, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("04 huyện, thành phố", "04", 4, "huyện", C, subject=ANY, level="huyện", code=None),
    F("và 02 xã", "02", 2, "xã", C, subject=ANY, level="xã", code=None),
    # the Markdown schedule (the date cells are no figures and no deadlines)
    *_row_451("Sở Tài nguyên và Môi trường", "tỉnh", "15", "60", "Văn phòng UBND tỉnh |\n| 2 |"),
    *_row_451("Sở Giao thông vận tải", "tỉnh", "12", "50", "Văn phòng UBND tỉnh |\n| 3 |"),
    *_row_451("Sở Tư pháp", "tỉnh", "10", "40", "Sở Nội vụ |\n| 4 |"),
    *_row_451("Sở Xây dựng", "tỉnh", "12", "45", "Văn phòng UBND tỉnh |\n| 5 |"),
    *_row_451("UBND thành phố Kon Tum", "huyện", "20", "80", "Văn phòng UBND tỉnh |\n| 6 |"),
    *_row_451("UBND huyện Đắk Hà", "huyện", "18", "60", "Sở Nội vụ |\n| 7 |"),
    *_row_451("UBND huyện Ngọc Hồi", "huyện", "18", "65", "Sở Nội vụ |\n| 8 |"),
    *_row_451("UBND huyện Kon Plông", "huyện", "16", "55", "Văn phòng UBND tỉnh |\n| 9 |"),
    *_row_451("UBND xã Đăk Rơ Wa", "xã", "8", "30", "Sở Nội vụ |\n| 10 |"),
    *_row_451("UBND xã Hà Mòn", "xã", "9", "35", "Sở Nội vụ |\n| |"),
    *_row_451(ANY, ANY, "138", "520", "|\n\nKinh phí"),
    F("là 92,5 triệu", "92,5", 92.5, "triệu đồng", subject=ANY, code=ANY),
    # IV. ("Mục III" is a reference; "số 527 đường Bà Triệu" an address; "0260.3862.515" a phone number)
]

# ------------------------------------------------------------ 452: UBND tỉnh Sóc Trăng, Đề cương quý I năm 2025
_Q4_2024 = "2024-12-31"

BLIND_452 = [
    # A. kiểm soát TTHC (1093/VPCP-KSTT of 24/02/2025 cited; 01/01–31/3/2025 is the period)
    F("kỳ: 05 quyết định", "05", 5, "quyết định", C, code=None),
    F("tỉnh: 1.746 TTHC", "1.746", 1746, "TTHC", C, code=_TTHC),
    F("(cấp tỉnh: 1.379", "1.379", 1379, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("cấp huyện: 241", "241", 241, "TTHC", C, subject="cấp huyện", level="huyện", code=_TTHC),
    F("cấp xã: 126)", "126", 126, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    F("kỳ: 12 TTHC", "12", 12, "TTHC", C, code=ANY),
    F("(cấp tỉnh: 9;", "9", 9, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=ANY),
    F("cấp huyện: 3)", "3", 3, "TTHC", C, subject="cấp huyện", level="huyện", code=ANY),
    F("hành chính: 389 TTHC", "389", 389, "TTHC", C, code=ANY),
    F("toàn trình 1.012", "1.012", 1012, "TTHC", C, code=_TOAN),
    F("một phần 468", "468", 468, "TTHC", C, code=_MOT),
    F("đạt 84,77%", "84,77%", 84.77, "%", code=_CUNG),
    # B. một cửa: desks by level
    F("cấp: 117 đơn vị", "117", 117, "đơn vị", C, level=ANY, code=None),
    F("(cấp tỉnh: 01;", "01", 1, "đơn vị", C, subject="cấp tỉnh", level="tỉnh", code=None),
    F("cấp huyện: 11;", "11", 11, "đơn vị", C, subject="cấp huyện", level="huyện", code=None),
    F("cấp xã: 105)", "105", 105, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("kỳ: 142.853", "142.853", 142853, "hồ sơ", C, code=_TN),
    F("trực tuyến 97.416", "97.416", 97416, "hồ sơ", C, code=_NOP),
    F("(68,19%)", "68,19%", 68.19, "%", code=_NOP),
    F("công ích 45.437", "45.437", 45437, "hồ sơ", C, code=_NTT),
    F("(31,81%)", "31,81%", 31.81, "%", code=_NTT),
    F("cấp tỉnh 81,35%", "81,35%", 81.35, "%", subject="cấp tỉnh", level="tỉnh", code=_NOP),
    F("cấp huyện 64,72%", "64,72%", 64.72, "%", subject="cấp huyện", level="huyện", code=_NOP),
    F("cấp xã 52,18%", "52,18%", 52.18, "%", subject="cấp xã", level="xã", code=_NOP),
    F("giải quyết: 138.207", "138.207", 138207, "hồ sơ", C, code=ANY),
    F("đúng hạn 136.925", "136.925", 136925, "hồ sơ", C, code=_DH),
    F("(99,07%)", "99,07%", 99.07, "%", code=_DH),
    F("quá hạn 1.282 hồ sơ (", "1.282", 1282, "hồ sơ", C, code=_QH),
    F("(0,93%)", "0,93%", 0.93, "%", code=_QH),
    F("sau: 4.646", "4.646", 4646, "hồ sơ", C, code=ANY),
    F("nhân: 1.282/1.282", "1.282/1.282", 1282, "hồ sơ", C, max_value=1282, code=ANY),
    F("hồ sơ: 4,7 ngày", "4,7", 4.7, "ngày", code=_TIME),
    # C. thanh toán, số hóa (quý IV năm 2024 dated 2024-12-31)
    F("trực tuyến: 31.507", "31.507", 31507, "hồ sơ", C, code=_TT),
    F("tiền 4.268,3", "4.268,3", 4268.3, "triệu đồng", code=ANY),
    F("đạt 58,36%", "58,36%", 58.36, "%", code=_TT),
    F("2024: 52,10%)", "52,10%", 52.10, "%", PR, as_of=_Q4_2024, code=_TT),
    F("cấp tỉnh 96,42%", "96,42%", 96.42, "%", subject="cấp tỉnh", level="tỉnh", code=_SH),
    F("cấp huyện 88,15%", "88,15%", 88.15, "%", subject="cấp huyện", level="huyện", code=_SH),
    F("cấp xã 79,60%", "79,60%", 79.60, "%", subject="cấp xã", level="xã", code=_SH),
    F("điện tử: 91,27%", "91,27%", 91.27, "%", code=_KQ),
    F("số hóa: 38,55%", "38,55%", 38.55, "%", code=_TSD),
    F("chính: 98/105", "98/105", 98, "xã", C, max_value=105, subject="cấp xã", level="xã", code=ANY),
    # D. PAKN, hài lòng
    F("hành chính: 57 PAKN", "57", 57, "PAKN", C, code=_PAKN_TN),
    F("quốc gia 38 PAKN", "38", 38, "PAKN", C, code=ANY),
    F("xử lý 54 PAKN", "54", 54, "PAKN", C, code=_PAKN_XL),
    F("(đạt 94,74%)", "94,74%", 94.74, "%", code=_PAKN_TL),
    F("xem xét 03 PAKN", "03", 3, "PAKN", C, code=ANY),
    F("TTHC: 95,86%", "95,86%", 95.86, "%", code=_HL),
    # Đ. Bộ chỉ số; block averages; districts below 50%; VNeID ("mức độ 2" is a level)
    F("2025: 84,62/100", "84,62/100", 84.62, "điểm", max_value=100, code=_TONG),
    F("thứ 24/63", "24/63", 24, "hạng", R, max_value=63, code=_HANG),
    F("tăng 1,41 điểm", "1,41", 1.41, "điểm", CH, code=_TONG),
    F("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("(83,21 điểm", "83,21", 83.21, "điểm", PR, max_value=100, as_of=_Q4_2024, code=_TONG),
    F("thứ 27/63)", "27/63", 27, "hạng", PR, max_value=63, as_of=_Q4_2024, code=_HANG),
    F("ngành 87,15 điểm", "87,15", 87.15, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("thành phố 82,40 điểm", "82,40", 82.40, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("(41,26%)", "41,26%", 41.26, "%", subject="huyện Cù Lao Dung", level="huyện", code=_NOP),
    F("(46,08%)", "46,08%", 46.08, "%", subject="huyện Trần Đề", level="huyện", code=_NOP),
    F("kích hoạt: 702.318", "702.318", 702318, "tài khoản", C, code=_TK),
    F("đạt 79,83%", "79,83%", 79.83, "%", code=_TK),
    # G. a count in a task ("0299.3822.154" is a phone number)
    F("hướng dẫn 07 đơn vị", "07", 7, "đơn vị", C, subject=ANY, level="xã", code=None),
]

# ------------------------------------------------------------ 453: Sở Tư pháp tỉnh Thanh Hóa, năm 2024
_STP = "Sở Tư pháp"
_Y2023 = "2023-12-31"


def _row_453(org: object, acts: str, online: str, fee: str, after: str) -> list[Fact]:
    """The three numeric cells of one Markdown row: notarial acts, online requests, fees (million VND)."""
    cells = [(acts, "việc", ANY), (online, "yêu cầu", ANY), (fee, "triệu đồng", ANY)]
    return _cells(org, ANY, cells, after, " | ", " |\n")


BLIND_453 = [
    # I.1 (Luật Công chứng năm 2024, 23/2015/NĐ-CP, 5218/BTP-BTTP cited; "Tính đến ngày 31/12/2024" the period end)
    F("có 58 tổ chức", "58", 58, "tổ chức", C, code=ANY),
    F("đó 03 tổ chức", "03", 3, "tổ chức", C, code=ANY),
    F("55 tổ chức", "55", 55, "tổ chức", C, code=ANY),
    F("có 132 công chứng viên", "132", 132, "công chứng viên", C, code=ANY),
    F("tăng 9 công chứng viên", "9", 9, "công chứng viên", CH, code=ANY),
    # I.2 (năm 2023 dated 2023-12-31)
    F("công chứng 186.452", "186.452", 186452, "việc", C, subject=ANY, code=ANY),
    F("tăng 7,3%", "7,3%", 7.3, "%", CH, subject=ANY, code=ANY),
    F("(173.767 việc)", "173.767", 173767, "việc", PR, subject=ANY, as_of=_Y2023, code=ANY),
    F("là 112.604 việc", "112.604", 112604, "việc", C, subject=ANY, code=ANY),
    F("chiếm 60,39%", "60,39%", 60.39, "%", subject=ANY, code=ANY),
    F("là 71.382,5", "71.382,5", 71382.5, "triệu đồng", subject=ANY, code=ANY),
    F("nước 9.846,2", "9.846,2", 9846.2, "triệu đồng", subject=ANY, code=ANY),
    F("là 21.947 yêu cầu", "21.947", 21947, "yêu cầu", C, code=ANY),
    F("chiếm 11,77%", "11,77%", 11.77, "%", code=ANY),
    F("(năm 2023: 9,82%)", "9,82%", 9.82, "%", PR, as_of=_Y2023, code=ANY),
    F("của 08 tổ chức", "08", 8, "tổ chức", C, subject=ANY, code=ANY),
    # the Markdown table of eight organisations and the "Cộng" row
    *_row_453("Phòng công chứng số 1", "14.826", "2.135", "5.934,6", "| 2 |"),
    *_row_453("Phòng công chứng số 2", "9.473", "1.208", "3.612,8", "| 3 |"),
    *_row_453("Phòng công chứng số 3", "6.215", "684", "2.187,4", "| 4 |"),
    *_row_453("Văn phòng công chứng Lam Sơn", "11.342", "1.876", "4.721,5", "| 5 |"),
    *_row_453("Văn phòng công chứng Hàm Rồng", "8.907", "1.153", "3.366,2", "| 6 |"),
    *_row_453("Văn phòng công chứng Sầm Sơn", "5.638", "702", "2.015,9", "| 7 |"),
    *_row_453("Văn phòng công chứng Bỉm Sơn", "4.219", "395", "1.428,7", "| 8 |"),
    *_row_453("Văn phòng công chứng Nghi Sơn", "7.054", "931", "2.843,3", "| |"),
    *_row_453(ANY, "67.674", "9.084", "26.110,4", "\n3. Thanh tra"),
    # I.3 the Sở's inspections
    F("kiểm tra 12 tổ chức", "12", 12, "tổ chức", C, subject=_STP, level="tỉnh", code=ANY),
    F("với 03 tổ chức", "03", 3, "tổ chức", C, subject=_STP, level="tỉnh", code=ANY),
    F("tiền 47,5", "47,5", 47.5, "triệu đồng", subject=_STP, level="tỉnh", code=ANY),
    # II. chứng thực
    F("chứng thực 846.215", "846.215", 846215, "bản sao", C, subject="Phòng Tư pháp cấp huyện", level="huyện",
      code=ANY),
    F("chứng thực 1.372.904", "1.372.904", 1372904, "bản sao", C, subject="UBND cấp xã", level="xã", code=ANY),
    F("là 96.418 bản", "96.418", 96418, "bản", C, code=_CT),
    F("chiếm 4,34%", "4,34%", 4.34, "%", code=_CT),
    F("là 184.207 việc", "184.207", 184207, "việc", C, code=ANY),
    F("và 62.519 việc", "62.519", 62519, "việc", C, code=ANY),
    F("là 5.927,4", "5.927,4", 5927.4, "triệu đồng", code=ANY),
    F("là 401/547", "401/547", 401, "xã", C, max_value=547, subject="cấp xã", level="xã", code=ANY),
    F("đạt 73,31%", "73,31%", 73.31, "%", subject="cấp xã", level="xã", code="766.so_hoa.chung_thuc", target=70,
      stated_status="đạt"),
    F("là 70%", "70%", 70, "%", T, subject="cấp xã", level="xã", code="766.so_hoa.chung_thuc"),
    # III. the Sở's own one-stop files
    F("tiếp nhận 1.126", "1.126", 1126, "hồ sơ", C, subject=_STP, level="tỉnh", code=_TN),
    F("trong đó 1.043", "1.043", 1043, "hồ sơ", C, subject=_STP, level="tỉnh", code=_NOP),
    F("(92,63%)", "92,63%", 92.63, "%", subject=_STP, level="tỉnh", code=_NOP),
    F("giải quyết 1.118", "1.118", 1118, "hồ sơ", C, subject=_STP, level="tỉnh", code=ANY),
    F("08 hồ sơ đang", "08", 8, "hồ sơ", C, subject=_STP, level="tỉnh", code=ANY),
    # IV. a count in a task ("số 32 đường Hạc Thành" an address, "0237.3852.617" a phone number)
    F("tại 146 xã", "146", 146, "xã", C, subject=ANY, level="xã", code=ANY),
]

# ------------------------------------------------------------ 454: Ban Quản lý các KCN tỉnh Hưng Yên, 9 tháng năm 2025
_BQL = "Ban Quản lý các khu công nghiệp"


def _ban(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Ban itself (subject the Ban, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_BQL, level="tỉnh", **kw)


def _park_454(park: str, firms: str, workers: str) -> list[Fact]:
    """One dash-list line: the park's firms and workers (a park is no administrative level)."""
    return [
        F(f"{park}: {firms}", firms, _num(firms), "doanh nghiệp", C, subject=park, level=ANY, code=ANY),
        F(f"{workers} lao động", workers, _num(workers), "lao động", C, subject=park, level=ANY, code=ANY),
    ]


BLIND_454 = [
    # I. (3685/UBND-KSTT of 19/9/2025 cited; "01/7/2025" is the merger date)
    _ban("lý 14 khu", "14", 14, "khu công nghiệp", C, code=ANY),
    _ban("với 892 doanh nghiệp", "892", 892, "doanh nghiệp", C, code=ANY),
    _ban("tăng 36 doanh nghiệp", "36", 36, "doanh nghiệp", CH, code=ANY),
    _ban("trong đó 517", "517", 517, "doanh nghiệp", C, code=ANY),
    _ban("chiếm 57,96%", "57,96%", 57.96, "%", code=ANY),
    _ban("là 263.480", "263.480", 263480, "người", C, code=ANY),
    *_park_454("KCN Thăng Long II", "98", "51.260"),
    *_park_454("KCN Phố Nối A", "126", "38.415"),
    *_park_454("KCN Yên Mỹ", "42", "12.730"),
    *_park_454("KCN Minh Đức", "37", "9.864"),
    *_park_454("KCN Minh Quang", "24", "5.218"),
    *_park_454("KCN Tiền Hải", "61", "14.307"),
    *_park_454("KCN Gia Lễ", "18", "4.126"),
    *_park_454("KCN Sông Trà", "29", "8.592"),
    # II.1, II.2
    _ban("thực hiện 96 TTHC", "96", 96, "TTHC", C, code=_TTHC),
    _ban("trong đó 71 TTHC", "71", 71, "TTHC", C, code=_TOAN),
    _ban("và 25 TTHC", "25", 25, "TTHC", C, code=_MOT),
    _ban("tiếp nhận 2.874", "2.874", 2874, "hồ sơ", C, code=_TN),
    _ban("trong đó 2.731", "2.731", 2731, "hồ sơ", C, code=_NOP),
    _ban("đạt 95,02%", "95,02%", 95.02, "%", code=_NOP),
    _ban("giải quyết 2.852", "2.852", 2852, "hồ sơ", C, code=ANY),
    _ban("đúng hạn 2.816", "2.816", 2816, "hồ sơ", C, code=_DH),
    _ban("đạt 98,74%", "98,74%", 98.74, "%", code=_DH),
    _ban("quá hạn 36", "36", 36, "hồ sơ", C, code=_QH),
    _ban("chiếm 1,26%", "1,26%", 1.26, "%", code=_QH),
    _ban("là 22 hồ sơ", "22", 22, "hồ sơ", C, code=ANY),
    _ban("đạt 88,40%", "88,40%", 88.40, "%", code=_TT),
    _ban("đạt 99,15%", "99,15%", 99.15, "%", code=_SH),
    # II.3 đăng ký đầu tư (target for 2025 dated 2025-12-31)
    _ban("cho 41 dự án", "41", 41, "dự án", C, code=ANY),
    _ban("(28 dự án", "28", 28, "dự án", C, code=ANY),
    _ban("13 dự án", "13", 13, "dự án", C, code=ANY),
    _ban("ký 1.126,4", "1.126,4", 1126.4, "triệu USD", code=ANY),
    _ban("và 6.842,5", "6.842,5", 6842.5, "tỷ đồng", code=ANY),
    _ban("tư 87 lượt", "87", 87, "lượt", C, code=ANY),
    _ban("trong đó 34 lượt", "34", 34, "lượt", C, code=ANY),
    _ban("bổ sung 418,7", "418,7", 418.7, "triệu USD", code=ANY),
    _ban("là 1.500 triệu USD", "1.500", 1500, "triệu USD", T, as_of="2025-12-31", code=ANY),
    _ban("đạt 75,09%", "75,09%", 75.09, "%", code=ANY),
    _ban("là 8,5 ngày", "8,5", 8.5, "ngày", code=ANY),
    # II.4 lao động nước ngoài (cùng kỳ năm 2024 dated 2024-09-30)
    _ban("cấp 1.318", "1.318", 1318, "giấy phép", C, code=ANY),
    _ban("tăng 19,6%", "19,6%", 19.6, "%", CH, code=ANY),
    _ban("(1.102 giấy phép)", "1.102", 1102, "giấy phép", PR, as_of="2024-09-30", code=ANY),
    _ban("trong đó 1.176", "1.176", 1176, "giấy phép", C, code=ANY),
    _ban("chiếm 89,23%", "89,23%", 89.23, "%", code=ANY),
    _ban("gia hạn 402", "402", 402, "giấy phép", C, code=ANY),
    _ban("thu hồi 27", "27", 27, "giấy phép", C, code=ANY),
    _ban("xác nhận 156", "156", 156, "trường hợp", C, code=ANY),
    _ban("là 4.862 người", "4.862", 4862, "người", C, code=ANY),
    # II.5 kiến nghị, hài lòng ("0221.3552.786" is a phone number)
    _ban("tiếp nhận 09 kiến nghị", "09", 9, "PAKN", C, code=_PAKN_TN),
    _ban("lời 09/09", "09/09", 9, "PAKN", C, max_value=9, code=_PAKN_XL),
    _ban("đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _ban("đạt 98,37%", "98,37%", 98.37, "%", code=_HL),
]

BLIND = {"450": BLIND_450, "451": BLIND_451, "452": BLIND_452, "453": BLIND_453, "454": BLIND_454}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "450": [
        ("2025-10-20", "day", "20/10/2025", "đồng bộ toàn bộ hồ sơ còn tồn", "Văn phòng Sở"),
        ("2025-11-30", "month", "tháng 11/2025", "rút ngắn thời gian thẩm định hồ sơ cấp chứng chỉ hành nghề",
         "Phòng Nghiệp vụ Y"),
        ("2025-11-30", "day", "ngày 30 tháng 11 năm 2025", "số hóa kết quả giải quyết TTHC còn hiệu lực",
         "Phòng Nghiệp vụ Dược"),
        ("2025-12-31", "quarter", "quý IV/2025", "thanh toán phí, lệ phí trực tuyến", "Phòng Kế hoạch - Tài chính"),
        # issued 06/10/2025: the first "ngày 25 hằng tháng" is 25/10/2025
        ("2025-10-25", "recurring", "25 hằng tháng", "gửi kết quả tự chấm điểm", "Các phòng chức năng thuộc Sở"),
    ],
    "451": [
        # the schedule's visit dates ("11-12/3/2025" …) are no deadlines
        ("2025-02-28", "month", "tháng 02/2025", "thành lập các Đoàn kiểm tra", "Văn phòng UBND tỉnh"),
        ("2025-03-05", "day", "05/3/2025", "báo cáo tự kiểm tra", "Các cơ quan, đơn vị có tên tại Mục III"),
        ("2025-09-30", "quarter", "quý III/2025", "báo cáo kết quả khắc phục", "Các đơn vị được kiểm tra"),
        ("2025-12-31", "year", "năm 2025", "kết nối Hệ thống thông tin giải quyết TTHC",
         "Sở Thông tin và Truyền thông"),
        ("2025-12-15", "day", "ngày 15 tháng 12 năm 2025", "kết quả kiểm tra năm 2025", "Văn phòng UBND tỉnh"),
    ],
    "452": [
        ("2025-04-30", "day", "30/4/2025", "chuẩn hóa dữ liệu TTHC", "Văn phòng UBND tỉnh"),
        ("2025-06-30", "month", "tháng 6/2025", "nâng tỷ lệ hồ sơ nộp trực tuyến",
         "UBND huyện Cù Lao Dung, UBND huyện Trần Đề"),
        ("2025-05-31", "day", "ngày 31 tháng 5 năm 2025", "chứng thực bản sao điện tử", "Sở Tư pháp"),
        ("2025-06-30", "quarter", "quý II/2025", "thanh toán trực tuyến phí, lệ phí",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        # issued 09/4/2025: the first "ngày 15 hằng tháng" is 15/4/2025
        ("2025-04-15", "recurring", "15 hằng tháng", "gửi số liệu theo Đề cương",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
    "453": [
        ("2025-02-28", "day", "28/02/2025", "kế hoạch kiểm tra tổ chức hành nghề công chứng", "Phòng Bổ trợ tư pháp"),
        ("2025-03-31", "quarter", "quý I/2025", "tiếp nhận yêu cầu công chứng qua môi trường điện tử",
         "Các Phòng công chứng số 1, số 2, số 3"),
        ("2025-06-30", "day", "ngày 30 tháng 6 năm 2025", "chứng thực bản sao điện tử", "Phòng Hành chính tư pháp"),
        # issued 10/01/2025: the first "ngày 05 hằng tháng" after it is 05/02/2025
        ("2025-02-05", "recurring", "05 hằng tháng", "báo cáo số liệu hoạt động",
         "Các tổ chức hành nghề công chứng"),
        ("2025-12-31", "year", "năm 2025", "thanh tra chuyên đề hoạt động công chứng", "Thanh tra Sở"),
    ],
    "454": [
        ("2025-10-31", "day", "31/10/2025", "rà soát các dự án chậm tiến độ", "Phòng Quản lý đầu tư"),
        ("2025-11-30", "month", "tháng 11/2025", "giấy phép lao động trực tuyến", "Phòng Quản lý lao động"),
        ("2025-12-31", "quarter", "quý IV/2025", "đồng bộ dữ liệu hồ sơ TTHC", "Văn phòng Ban"),
        ("2025-12-20", "day", "ngày 20 tháng 12 năm 2025", "báo cáo tình hình doanh nghiệp năm 2025",
         "Phòng Quản lý doanh nghiệp"),
        # issued 03/10/2025: the first "ngày 18 hằng tháng" is 18/10/2025
        ("2025-10-18", "recurring", "18 hằng tháng", "cập nhật kết quả giải quyết hồ sơ",
         "Các phòng chuyên môn thuộc Ban"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 450's issuer is Sở Y tế under "UBND TỈNH CÀ MAU" (the merged province); 451 is a Kế hoạch whose period is the
# plan's year; 452 answers a Đề cương for quý I năm 2025; 453's period is the year in its title; 454's issuer is
# the Ban Quản lý under "UBND TỈNH HƯNG YÊN" (the merged province), period "9 tháng năm 2025".
META = {
    "450": {"doc_number": "1862/BC-SYT", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Cà Mau", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Huỳnh Ngọc Quang"},
    "451": {"doc_number": "58/KH-UBND", "doc_type": "Kế hoạch", "issued_date": "2025-02-14",
            "province": "Kon Tum", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Lê Ngọc Tuấn"},
    "452": {"doc_number": "87/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-04-09",
            "province": "Sóc Trăng", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Lâm Hoàng Phúc"},
    "453": {"doc_number": "46/BC-STP", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Thanh Hóa", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Trịnh Văn Khôi"},
    "454": {"doc_number": "1427/BC-BQL", "doc_type": "Báo cáo", "issued_date": "2025-10-03",
            "province": "Hưng Yên", "period_label": "9 tháng năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-09-30", "signer": "Đỗ Hữu Thành"},
}
