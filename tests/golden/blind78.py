"""Blind golden facts for corpus/blind78/465_ben_tre.txt, 466_bac_kan.txt, 467_ninh_thuan.txt, 468_tien_giang.txt and
469_ha_nam.txt.

The five documents were written by the developers for a seventy-eighth blind measurement (provinces, genres and
layouts not used in the sets this writer read; not real documents), and every row below was written by reading them,
before any extraction, restoration or pipeline code was run on them. They also serve as held-out text for diacritic
restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind76.py, blind16.py and blind13.py: rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`;
table cells are kind `value` even when they count (plan and chỉ tiêu cells kind `target`), with
`extra={"source": "table"}`; `as_of="period"` is the period's end; a value or column dated before the period end keeps
its kind with that date as `as_of`; a change is dated at the period end and a fall ("giảm", "rút ngắn") is negative.
`ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names none:
counts of decisions, of units, of chỉ tiêu). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit
`PAKN`; a count of the files (or PAKN) an indicator is computed on carries that indicator's code; every "đã giải
quyết" count and the parts of a received whole ("kỳ trước chuyển sang", "tiếp nhận mới") have their code unchecked.
Counts of local units take the unit of their first unit word ("04/08 huyện, thành phố" → `huyện`, "23/65 xã, phường,
thị trấn" → `xã`), counts of "sở, ban, ngành"/"đơn vị" → `đơn vị`, at the level of the bodies counted. A score whose
maximum is written next to it (a table's "Điểm tối đa" cell, a prose "(tối đa 6 điểm)") carries that maximum as
`max_value`; the maximum, where it is written as a figure of its own (a cell, a bracket), is a figure too (unit
`điểm`, kind value, no max, code unchecked), as golden/blind75.py's 450 counts its "Điểm tối đa" cells. Dates, document
numbers, cited laws, decrees, decisions, letters, plans and submissions ("Công văn số 2318/VPCP-KSTT", "Quyết định số
766/QĐ-TTg", "Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015", "Nghị định số 61/2018/NĐ-CP", "Nghị định
số 107/2021/NĐ-CP", "Tờ trình số 15/TTr-VP", "Kế hoạch số 24/KH-SCT"), "Đến ngày 31/3/2025", "từ tháng 02/2025", the
meeting's date ("Ngày 08/5/2025"), "Phòng họp số 3", section, article and item numbering ("I.", "1.", "Điều 1." …
"Điều 3."), the STT/TT columns and the component numbers ("4.1" … "4.7", "Chỉ số 4.4"), "6 tháng" as a period,
"trước năm 2022", phone numbers ("0209.3870.512", "0226.3852.306"), a street address ("số 109 đường Lê Hoàn"), headings
naming the next period ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024": no deadline), the framing "Để nâng điểm Bộ
chỉ số trong quý II năm 2025" (a goal's period, not a task's time limit), "năm 2025" in "xếp loại người đứng đầu năm
2025" and years are not figures.

New in this set (genres not used before in the sets this writer read; all before the 1 July 2025 merger, ranks /63):
- 465 is a Báo cáo giải trình of UBND tỉnh Bến Tre to the Văn phòng Chính phủ (Cục Kiểm soát TTHC), quý I năm 2025,
  issued 14/4/2025 (doc_type "Báo cáo": the title reads "BÁO CÁO GIẢI TRÌNH"), explaining component by component why
  the province's 766 scores were low. Province figures have subject NULL: total `78,46/100`, rank `41/63`, "so với quý
  IV năm 2024 (80,12 điểm, xếp thứ 35/63) giảm 1,66 điểm và giảm 6 bậc" (earlier values dated 2024-12-31, the earlier
  total on the /100 scale), six group scores after "lần lượt là" (`x/max`, sum 78,46), "Nhóm Tiến độ giải quyết đạt
  18,92 điểm" again without its max (no max_value) and the on-time share behind it. Each numbered explanation opens
  with the component's maximum in brackets "(tối đa 6 điểm)" and the province's score "tỉnh chỉ đạt 4,24 điểm": the
  bracket is a figure (see above) and the score carries it as max_value (the group scores — payment 4,86,
  digitisation 15,47, satisfaction 16,62 — carry their group's code; the sync component's 4,24 and the toàn trình
  score 6,35, both the DVCTT group and its one component, have code unchecked). The ratios behind the points are `x/y`
  counts with their max ("98.215/138.974 hồ sơ", "41.306/78.054 hồ sơ", "12.847/35.686 hồ sơ", "145/250 TTHC",
  "125/250 TTHC", "142/157 xã, phường, thị trấn", "17/20 PAKN"), and the component points in a dash list "được
  2,16/6 điểm" (code unchecked: points, not the component's percentage). Shares named by a catalogued component carry
  its code (payment files, TTHC with payment transactions, TTHC integrated, PAKN on time); the sync share, the toàn
  trình files share and "riêng lĩnh vực đất đai còn 31.482 hồ sơ … chiếm 77,24%" (a field's part: subject and level
  unchecked) are left unchecked. "Cấp xã … chỉ đạt 38,15%" is cấp xã's. Bodies with low payment shares in brackets
  (subject as written; "UBND huyện Thạnh Phú" level huyện). "So với chỉ tiêu năm 2025 UBND tỉnh giao là 50%, toàn
  tỉnh chưa đạt chỉ tiêu": the target dated 2025-12-31; 36,00% carries it ("chưa đạt"). Its Markdown table of the
  digitisation group (TT | component | "Điểm tối đa" | "Điểm đạt" | "Tỷ lệ đạt (%)") has seven rows and a "Cộng nhóm"
  row with empty TT and share cells: each score cell carries its row's maximum; share cells carry the component's
  code where catalogued (electronic results, digitised files, electronic certification `766.so_hoa.chung_thuc`,
  reuse), the three data-sharing shares are left unchecked; the total row's score carries the group code. "03 PAKN quá
  hạn thuộc thẩm quyền của UBND thành phố Bến Tre" is the city's (level huyện). "15 đơn vị còn lại" and "15 xã" in a
  task count communes (level xã, subject unchecked). Targets for quý II năm 2025 ("từ 82 điểm", "toàn tỉnh đạt tối
  thiểu 50%") are the province's, dated 2025-06-30. Five deadlines: day, "chậm nhất" day in words, month, quarter
  (with the target), "trước ngày 08 hằng tháng" (issued 14/4/2025, after the 8th: first 08/5/2025).
- 466 is a Thông báo kết luận (doc_type "Thông báo", number "87/TB-VPUBND") of the Chủ tịch UBND tỉnh Bắc Kạn after the
  monthly giao ban meeting, issued by the Văn phòng (header "UBND TỈNH BẮC KẠN / VĂN PHÒNG", signed "TL. CHỦ TỊCH / KT.
  CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG"), tháng 4 năm 2025 (in its title), issued 12/5/2025. Province figures have
  subject NULL; "(tháng 3/2025: 35,14%)" and "(80,33 điểm, xếp thứ 40/63)" are dated 2025-03-31. "Sở Nông nghiệp và
  Môi trường còn 138 hồ sơ quá hạn, chiếm 55,87% số hồ sơ quá hạn của tỉnh" (the share's code unchecked). Block
  averages (subject unchecked, levels tỉnh/huyện), "13/18 sở, ban, ngành" (unit `đơn vị`), "04/08 huyện, thành phố"
  (unit `huyện`), "03 đơn vị", "01 đơn vị" (level huyện, code None). Its tab-separated table lists the 8 district-level
  units (subject as written, "Thành phố Bắc Kạn", "Huyện Pác Nặm", level huyện; files received, online, on-time and
  payment shares, the unit's score without max; no total row; the scores average the stated 79,86). The conclusions are
  dash items "- <body>: <task>" (the body opening the item is the assignee); "tối thiểu 45% trong tháng 6/2025" is the
  province's target (subject NULL), dated 2025-06-30; "138 hồ sơ" in a task repeats a count (subject, level unchecked).
  Six deadlines: day, month (with the target), day in words for two named districts, quarter, year, "trước ngày 22
  hằng tháng" (issued 12/5/2025: first 22/5/2025).
- 467 is a Chỉ thị (doc_type "Chỉ thị", "02/CT-UBND") of the Chủ tịch UBND tỉnh Ninh Thuận, issued 17/01/2025, whose
  title names no period: its figures are those of năm 2024 (the period it reviews; "(50,64%)" and "(xếp thứ 33/63)"
  of năm 2023 dated 2023-12-31), its directives set targets for năm 2025 (kind target, dated 2025-12-31). Province
  figures have subject NULL; by level after "tương ứng" and "lần lượt là"; a Sở and two districts with overdue files
  (subject as written); "chưa đạt chỉ tiêu năm 2024 là 45%": the target at the period end, 41,25% carries it ("chưa
  đạt"). A dash list of the 7 district-level units with their online share (subject as written, "Thành phố Phan Rang
  - Tháp Chàm", level huyện). "05/07 huyện, thành phố" (unit `huyện`, code None) and "23/65 xã, phường, thị trấn"
  (unit `xã`, subject "cấp xã"). The numbered directives open with the bodies they bind; their targets ("tối thiểu
  80%", "trên 98%", "100% hồ sơ" for the sở, ban, ngành; "tối thiểu 70%", "tối thiểu 50%" for cấp huyện) are those
  bodies' (subject unchecked, level of the bodies). The province's targets ("từ 83 điểm", "toàn tỉnh đạt tối thiểu
  50%") have subject NULL. Counts repeated in tasks ("23 xã", "3.754 hồ sơ"): subject and level unchecked for the
  files, level xã for the communes. Six deadlines: day, "chậm nhất" day in words, quarter, month, year, "trước ngày 10
  hằng tháng" (issued 17/01/2025, after the 10th: first 10/02/2025).
- 468 is a Quyết định giao chỉ tiêu (doc_type "Quyết định", "245/QĐ-UBND") of the Chủ tịch UBND tỉnh Tiền Giang, issued
  22/01/2025, period năm 2025 (the year it sets targets for; "định hướng năm 2026" is a further horizon). "21 sở, ban,
  ngành tỉnh, 11 huyện, thị xã, thành phố và 172 xã, phường, thị trấn" are counts (units `đơn vị`, `huyện`, `xã`, code
  None). The 2024 results quoted as the basis are the province's values dated 2024-12-31 (score `82,15/100`, rank
  `26/63` too). The appendix after the signature is a Markdown table "STT | Chỉ tiêu | ĐVT | Năm 2025 | Năm 2026" with
  section rows in bold ("I … Các sở, ban, ngành tỉnh" → level tỉnh, "II … UBND các huyện, thị xã, thành phố" → level
  huyện, "III … UBND các xã, phường, thị trấn" → level xã, subject unchecked: the group of bodies or its level; "IV …
  Toàn tỉnh" → subject and level NULL). Every numeric cell is a target (kind `target`, unit from the ĐVT column: `%`,
  `ngày`, `điểm`), the "Năm 2025" column at the period end, the "Năm 2026" column dated 2026-12-31, each with its row's
  code. Six deadlines in Điều 2: day, "chậm nhất" day in words, month, quarter, year, "trước ngày 20 hằng tháng"
  (issued 22/01/2025, after the 20th: first 20/02/2025).
- 469 is a Báo cáo sơ kết 6 tháng of the Sở Công Thương tỉnh Hà Nam (header "UBND TỈNH HÀ NAM / SỞ CÔNG THƯƠNG"), 6
  tháng đầu năm 2024, issued 05/7/2024. Every figure is the Sở's (subject "Sở Công Thương", level tỉnh). "04 quyết
  định" (code None); the 37 TTHC published and their three kinds (code unchecked); "118 TTHC", "86 TTHC … toàn
  trình (chiếm 72,88%)", "32 TTHC … một phần". "tăng 12,6% so với cùng kỳ năm 2023 (3.519 hồ sơ)": a relative change
  (code unchecked) and a previous value dated 2023-06-30. Files settled by timeliness "gồm: trước hạn 3.652 hồ sơ,
  đúng hạn 263 hồ sơ, quá hạn 02 hồ sơ" (parts: code unchecked, except the overdue count). "1.486/1.702 hồ sơ" one
  count with its max; "so với chỉ tiêu UBND tỉnh giao năm 2024 là 80%, Sở đã đạt chỉ tiêu": the target dated
  2024-12-31, 87,31% carries it ("đạt"). "100% kết quả … được cấp bản điện tử" is a share. "05/05 PAKN" one count.
  Score `88,76` (no max written), rank `4/19` among the province's agencies, "(85,12 điểm, xếp thứ 7/19)" dated
  2023-12-31. Its tab-separated table "STT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện | So sánh (%)" (caption "so với kế
  hoạch cả năm 2024"): the plan cell is a target (kind `target`, dated 2024-12-31, unit from ĐVT, the row's code), the
  result cell the row's indicator at the period end, the ratio cell a value in % with code unchecked; the last row's
  "-" ratio is no figure. "03/11 chỉ tiêu" and "02 chỉ tiêu" are counts (unit `chỉ tiêu`, code None). The target
  "đạt tối thiểu 50% trong quý IV năm 2024" in a task is the Sở's (subject unchecked, level tỉnh), dated 2024-12-31.
  Five deadlines: day, "chậm nhất" day in words, month, quarter (with the target), "trước ngày 18 hằng tháng" (issued
  05/7/2024: first 18/7/2024).
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
_TONG = "766.tong_hop"
_HANG = "766.xep_hang"
_TTHC = "tthc.tong_so"
_TIME = "766.tien_do.thoi_gian"
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_GD = "766.thanh_toan.tthc_giao_dich"
_TH = "766.thanh_toan.tthc_tich_hop"
_CTH = "766.so_hoa.chung_thuc"
_PDH = "766.hai_long.pakn_dung_han"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_Y2023 = "2023-12-31"
_Y2024 = "2024-12-31"
_Y2025 = "2025-12-31"
_Q2_2025 = "2025-06-30"


def _cells(subject: object, level: object, cells: list[tuple], after: str, sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of, max_value)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs once and the
    raw text is found first at the cell itself even where the same figure recurs in the row."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, max_value=top, subject=subject,
              level=level, as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of, top) in enumerate(cells)]


# ------------------------------------------------- 465: UBND tỉnh Bến Tre, Báo cáo giải trình (quý I năm 2025)
_Q4_2024 = _Y2024


def _component_465(top: str, score: str, share: str, code: object, after: str) -> list[Fact]:
    """One Markdown row of the digitisation group: maximum, score (carrying the maximum), share."""
    cells = [(top, "điểm", P, ANY, "period", None), (score, "điểm", P, ANY, "period", _num(top)),
             (share, "%", P, code, "period", None)]
    return _cells(None, None, cells, after, " | ", " |\n")


BLIND_465 = [
    # I. the province (2318/VPCP-KSTT of 04/4/2025 and 766/QĐ-TTg cited); quý IV năm 2024 dated 2024-12-31
    F("tỉnh Bến Tre đạt 78,46/100", "78,46/100", 78.46, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 41/63", "41/63", 41, "hạng", R, max_value=63, code=_HANG),
    F("(80,12 điểm", "80,12", 80.12, "điểm", PR, max_value=100, as_of=_Q4_2024, code=_TONG),
    F("xếp thứ 35/63)", "35/63", 35, "hạng", PR, max_value=63, as_of=_Q4_2024, code=_HANG),
    F("giảm 1,66 điểm", "1,66", -1.66, "điểm", CH, code=_TONG),
    F("giảm 6 bậc", "6", -6, "hạng", CH, code=_HANG),
    F("minh bạch 16,24/18", "16,24/18", 16.24, "điểm", max_value=18, code="766.cong_khai"),
    F("giải quyết 18,92/20", "18,92/20", 18.92, "điểm", max_value=20, code="766.tien_do"),
    F("trực tuyến 6,35/12", "6,35/12", 6.35, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến 4,86/10", "4,86/10", 4.86, "điểm", max_value=10, code="766.thanh_toan"),
    F("hồ sơ 15,47/22", "15,47/22", 15.47, "điểm", max_value=22, code="766.so_hoa"),
    F("hài lòng 16,62/18", "16,62/18", 16.62, "điểm", max_value=18, code="766.hai_long"),
    F("giải quyết đạt 18,92 điểm", "18,92", 18.92, "điểm", code="766.tien_do"),
    F("đúng hạn là 94,60%", "94,60%", 94.60, "%", code=_DH),
    # II.1 sync
    F("(tối đa 6 điểm)", "6", 6, "điểm", code=ANY),
    F("tỉnh chỉ đạt 4,24 điểm", "4,24", 4.24, "điểm", max_value=6, code=ANY),
    F("đồng bộ 98.215/138.974", "98.215/138.974", 98215, "hồ sơ", C, max_value=138974, code=ANY),
    F("đạt 70,67%", "70,67%", 70.67, "%", code=ANY),
    F("còn 31.482 hồ sơ", "31.482", 31482, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("chiếm 77,24%", "77,24%", 77.24, "%", subject=ANY, level=ANY, code=ANY),
    # II.2 toàn trình
    F("(tối đa 12 điểm)", "12", 12, "điểm", code=ANY),
    F("tỉnh đạt 6,35 điểm", "6,35", 6.35, "điểm", max_value=12, code=ANY),
    F("là 41.306/78.054", "41.306/78.054", 41306, "hồ sơ", C, max_value=78054, code=ANY),
    F("đạt 52,92%", "52,92%", 52.92, "%", code=ANY),
    F("chỉ đạt 38,15%", "38,15%", 38.15, "%", subject="cấp xã", level="xã", code=ANY),
    # II.3 payment: dash list of three components, low bodies, the 2025 target
    F("(tối đa 10 điểm)", "10", 10, "điểm", code=ANY),
    F("tỉnh đạt 4,86 điểm", "4,86", 4.86, "điểm", max_value=10, code="766.thanh_toan"),
    F("trực tuyến: 12.847/35.686", "12.847/35.686", 12847, "hồ sơ", C, max_value=35686, code=_TT),
    F("đạt 36,00%", "36,00%", 36.0, "%", code=_TT, target=50, stated_status="chưa đạt"),
    F("được 2,16/6", "2,16/6", 2.16, "điểm", max_value=6, code=ANY),
    F("trực tuyến: 145/250", "145/250", 145, "TTHC", C, max_value=250, code=ANY),
    F("đạt 58,00%", "58,00%", 58.0, "%", code=_GD),
    F("được 1,45/2", "1,45/2", 1.45, "điểm", max_value=2, code=ANY),
    F("quốc gia: 125/250", "125/250", 125, "TTHC", C, max_value=250, code=ANY),
    F("đạt 50,00%", "50,00%", 50.0, "%", code=_TH),
    F("được 1,25/2", "1,25/2", 1.25, "điểm", max_value=2, code=ANY),
    F("(18,36%)", "18,36%", 18.36, "%", subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_TT),
    F("(22,71%)", "22,71%", 22.71, "%", subject="Sở Xây dựng", level="tỉnh", code=_TT),
    F("(14,05%)", "14,05%", 14.05, "%", subject="UBND huyện Thạnh Phú", level="huyện", code=_TT),
    F("giao là 50%", "50%", 50, "%", T, as_of=_Y2025, code=_TT),
    # II.4 digitisation: the group score, the Markdown table, communes offering electronic certification
    F("(tối đa 22 điểm)", "22", 22, "điểm", code=ANY),
    F("tỉnh đạt 15,47 điểm", "15,47", 15.47, "điểm", max_value=22, code="766.so_hoa"),
    *_component_465("6", "5,64", "94,00", _KQ, "| 4.2 | Tỷ lệ"),
    *_component_465("4", "3,42", "68,40", _SH, "| 4.3 | Tỷ lệ"),
    *_component_465("2", "1,81", "90,45", _CTH, "| 4.4 | Tỷ lệ"),
    *_component_465("2", "0,83", "33,20", _TSD, "| 4.5 | Tỷ lệ"),
    *_component_465("4", "1,92", "48,00", ANY, "| 4.6 | Tỷ lệ"),
    *_component_465("2", "0,95", "47,50", ANY, "| 4.7 | Tỷ lệ"),
    *_component_465("2", "0,90", "45,00", ANY, "| | Cộng nhóm"),
    F(" | 22 | 15,47 | |", "22", 22, "điểm", code=ANY, extra=TAB),
    F(" | 15,47 | |", "15,47", 15.47, "điểm", max_value=22, code="766.so_hoa", extra=TAB),
    F("có 142/157 xã", "142/157", 142, "xã", C, max_value=157, subject="cấp xã", level="xã", code=ANY),
    F("15 đơn vị còn lại", "15", 15, "đơn vị", C, subject=ANY, level="xã", code=None),
    # II.5 satisfaction
    F("(tối đa 18 điểm)", "18", 18, "điểm", code=ANY),
    F("tỉnh đạt 16,62 điểm", "16,62", 16.62, "điểm", max_value=18, code="766.hai_long"),
    F("tối đa 6/6", "6/6", 6, "điểm", max_value=6, code=ANY),
    F("được 5,10/6", "5,10/6", 5.10, "điểm", max_value=6, code=ANY),
    F("do 17/20 PAKN", "17/20", 17, "PAKN", C, max_value=20, code=ANY),
    F("(đạt 85,00%)", "85,00%", 85.0, "%", code=_PDH),
    F("03 PAKN quá hạn", "03", 3, "PAKN", C, subject="UBND thành phố Bến Tre", level="huyện", code=ANY),
    F("được 5,52/6", "5,52/6", 5.52, "điểm", max_value=6, code=ANY),
    # III. targets for quý II năm 2025 (the province's) and a count in a task
    F("từ 82 điểm", "82", 82, "điểm", T, as_of=_Q2_2025, code=_TONG),
    F("của 15 xã", "15", 15, "xã", C, subject=ANY, level="xã", code=ANY),
    F("đạt tối thiểu 50%", "50%", 50, "%", T, as_of=_Q2_2025, code=_TT),
]

# ------------------------------------------------- 466: Chủ tịch UBND tỉnh Bắc Kạn, Thông báo kết luận (tháng 4/2025)
_MAR_2025 = "2025-03-31"
_NN_MT = "Sở Nông nghiệp và Môi trường"


def _row_466(subject: str, received: str, online: str, on_time: str, paid: str, score: str,
             after: str) -> list[Fact]:
    """One tab-separated row of a district-level unit: files received, online, on-time and payment shares, score."""
    cells = [(received, "hồ sơ", P, _TN, "period", None), (online, "%", P, _NOP, "period", None),
             (on_time, "%", P, _DH, "period", None), (paid, "%", P, _TT, "period", None),
             (score, "điểm", P, _TONG, "period", None)]
    return _cells(subject, "huyện", cells, after, "\t", "\n")


BLIND_466 = [
    # I.1 files
    F("toàn tỉnh tiếp nhận 21.486", "21.486", 21486, "hồ sơ", C, code=_TN),
    F("chuyển sang 1.215 hồ sơ", "1.215", 1215, "hồ sơ", C, code=ANY),
    F("tiếp nhận mới 20.271", "20.271", 20271, "hồ sơ", C, code=ANY),
    F("trực tuyến là 15.254", "15.254", 15254, "hồ sơ", C, code=_NOP),
    F("chiếm 75,25%", "75,25%", 75.25, "%", code=_NOP),
    F("quyết 19.873", "19.873", 19873, "hồ sơ", C, code=ANY),
    F("đúng hạn 19.626", "19.626", 19626, "hồ sơ", C, code=_DH),
    F("đạt 98,76%", "98,76%", 98.76, "%", code=_DH),
    F("quá hạn 247 hồ sơ", "247", 247, "hồ sơ", C, code=_QH),
    F("còn 138 hồ sơ", "138", 138, "hồ sơ", C, subject=_NN_MT, level="tỉnh", code=_QH),
    F("chiếm 55,87%", "55,87%", 55.87, "%", subject=_NN_MT, level="tỉnh", code=ANY),
    # I.2 payment (tháng 3/2025 dated 2025-03-31), digitisation, PAKN
    F("đạt 38,62%", "38,62%", 38.62, "%", code=_TT, target=50, stated_status="chưa đạt"),
    F("(tháng 3/2025: 35,14%)", "35,14%", 35.14, "%", PR, as_of=_MAR_2025, code=_TT),
    F("tăng 3,48%", "3,48%", 3.48, "%", CH, code=_TT),
    F("năm 2025 là 50%", "50%", 50, "%", T, as_of=_Y2025, code=_TT),
    F("đạt 82,35%", "82,35%", 82.35, "%", code=_SH),
    F("đạt 29,16%", "29,16%", 29.16, "%", code=_TSD),
    F("tiếp nhận 12 phản ánh", "12", 12, "PAKN", C, code=_PAKN_TN),
    F("xử lý 10 PAKN", "10", 10, "PAKN", C, code=_PAKN_XL),
    F("đạt 83,33%", "83,33%", 83.33, "%", code=_PAKN_TL),
    # I.3 the 766 index, blocks, grades
    F("đạt 81,27/100", "81,27/100", 81.27, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 38/63", "38/63", 38, "hạng", R, max_value=63, code=_HANG),
    F("tăng 0,94 điểm", "0,94", 0.94, "điểm", CH, code=_TONG),
    F("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    F("(80,33 điểm", "80,33", 80.33, "điểm", PR, max_value=100, as_of=_MAR_2025, code=_TONG),
    F("xếp thứ 40/63)", "40/63", 40, "hạng", PR, max_value=63, as_of=_MAR_2025, code=_HANG),
    F("ngành đạt 84,12 điểm", "84,12", 84.12, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("thành phố đạt 79,86 điểm", "79,86", 79.86, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("Có 13/18 sở", "13/18", 13, "đơn vị", C, max_value=18, subject=ANY, level="tỉnh", code=None),
    F("có 04/08 huyện", "04/08", 4, "huyện", C, max_value=8, subject=ANY, level="huyện", code=None),
    F("03 đơn vị xếp loại", "03", 3, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("01 đơn vị xếp loại", "01", 1, "đơn vị", C, subject=ANY, level="huyện", code=None),
    # tab-separated table of the 8 district-level units
    *_row_466("Thành phố Bắc Kạn", "1.842", "81,27", "99,46", "52,18", "88,64", "2\tHuyện Ba Bể"),
    *_row_466("Huyện Ba Bể", "1.215", "68,40", "98,12", "33,05", "80,15", "3\tHuyện Bạch Thông"),
    *_row_466("Huyện Bạch Thông", "874", "72,56", "99,08", "41,26", "82,47", "4\tHuyện Chợ Đồn"),
    *_row_466("Huyện Chợ Đồn", "1.106", "70,13", "97,84", "36,72", "79,31", "5\tHuyện Chợ Mới"),
    *_row_466("Huyện Chợ Mới", "968", "74,85", "98,97", "44,90", "81,92", "6\tHuyện Na Rì"),
    *_row_466("Huyện Na Rì", "1.032", "63,29", "96,55", "27,48", "75,08", "7\tHuyện Ngân Sơn"),
    *_row_466("Huyện Ngân Sơn", "715", "66,71", "98,60", "30,12", "77,26", "8\tHuyện Pác Nặm"),
    *_row_466("Huyện Pác Nặm", "548", "58,94", "95,80", "21,35", "74,05", "\nII. KẾT LUẬN"),
    # II. conclusions: a count repeated in a task, the province's target for tháng 6/2025 (0209.3870.512 a phone)
    F("dứt điểm 138 hồ sơ", "138", 138, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("đạt tối thiểu 45%", "45%", 45, "%", T, as_of=_Q2_2025, code=_TT),
]

# ------------------------------------------------- 467: Chủ tịch UBND tỉnh Ninh Thuận, Chỉ thị (năm 2024)
_TNMT = "Sở Tài nguyên và Môi trường"


def _district_467(subject: str, share: str) -> Fact:
    """One dash item "- <unit>: x%;" of the online share of a district-level unit."""
    return F(f"{subject}: {share}", share, _num(share), "%", subject=subject, level="huyện", code=_NOP)


BLIND_467 = [
    # năm 2024 (năm 2023 dated 2023-12-31)
    F("có 1.864 TTHC", "1.864", 1864, "TTHC", C, code=_TTHC),
    F("trong đó 1.196 TTHC", "1.196", 1196, "TTHC", C, code=_TOAN),
    F("chiếm 64,16%", "64,16%", 64.16, "%", code=_TOAN),
    F("tiếp nhận 412.568", "412.568", 412568, "hồ sơ", C, code=_TN),
    F("trực tuyến 268.170", "268.170", 268170, "hồ sơ", C, code=_NOP),
    F("chiếm 65,00%", "65,00%", 65.0, "%", code=_NOP),
    F("tăng 14,36%", "14,36%", 14.36, "%", CH, code=_NOP),
    F("(50,64%)", "50,64%", 50.64, "%", PR, as_of=_Y2023, code=_NOP),
    F("cấp tỉnh là 74,52%", "74,52%", 74.52, "%", subject="cấp tỉnh", level="tỉnh", code=_NOP),
    F("cấp huyện 61,83%", "61,83%", 61.83, "%", subject="cấp huyện", level="huyện", code=_NOP),
    F("cấp xã 52,47%", "52,47%", 52.47, "%", subject="cấp xã", level="xã", code=_NOP),
    F("quyết 398.214", "398.214", 398214, "hồ sơ", C, code=ANY),
    F("đúng hạn 389.612", "389.612", 389612, "hồ sơ", C, code=_DH),
    F("đạt 97,84%", "97,84%", 97.84, "%", code=_DH),
    F("là 5,8 ngày", "5,8", 5.8, "ngày", code=_TIME),
    F("rút ngắn 0,7 ngày", "0,7", -0.7, "ngày", CH, code=_TIME),
    F("còn 8.602 hồ sơ", "8.602", 8602, "hồ sơ", C, code=_QH),
    F("có 3.754 hồ sơ", "3.754", 3754, "hồ sơ", C, subject=_TNMT, level="tỉnh", code=_QH),
    F("chiếm 43,64%", "43,64%", 43.64, "%", subject=_TNMT, level="tỉnh", code=ANY),
    F("(1.126 hồ sơ)", "1.126", 1126, "hồ sơ", C, subject="UBND huyện Ninh Phước", level="huyện", code=_QH),
    F("(982 hồ sơ)", "982", 982, "hồ sơ", C, subject="UBND huyện Ninh Sơn", level="huyện", code=_QH),
    F("chỉ đạt 41,25%", "41,25%", 41.25, "%", code=_TT, target=45, stated_status="chưa đạt"),
    F("năm 2024 là 45%", "45%", 45, "%", T, code=_TT),
    F("lần lượt là 92,18%", "92,18%", 92.18, "%", subject="cấp tỉnh", level="tỉnh", code=_SH),
    F("84,05% và", "84,05%", 84.05, "%", subject="cấp huyện", level="huyện", code=_SH),
    F("và 71,36%", "71,36%", 71.36, "%", subject="cấp xã", level="xã", code=_SH),
    F("tiếp nhận 186 phản ánh", "186", 186, "PAKN", C, code=_PAKN_TN),
    F("xử lý 179 PAKN", "179", 179, "PAKN", C, code=_PAKN_XL),
    F("đạt 96,24%", "96,24%", 96.24, "%", code=_PAKN_TL),
    F("đạt 95,36%", "95,36%", 95.36, "%", code=_HL),
    # dash list of the 7 district-level units
    _district_467("Thành phố Phan Rang - Tháp Chàm", "72,18%"),
    _district_467("Huyện Ninh Hải", "66,42%"),
    _district_467("Huyện Thuận Nam", "61,37%"),
    _district_467("Huyện Ninh Phước", "58,90%"),
    _district_467("Huyện Thuận Bắc", "55,24%"),
    _district_467("Huyện Ninh Sơn", "52,68%"),
    _district_467("Huyện Bác Ái", "47,15%"),
    F("Có 05/07 huyện", "05/07", 5, "huyện", C, max_value=7, subject=ANY, level="huyện", code=None),
    F("Có 23/65 xã", "23/65", 23, "xã", C, max_value=65, subject="cấp xã", level="xã", code=ANY),
    # the 766 index (766/QĐ-TTg cited)
    F("đạt 79,83/100", "79,83/100", 79.83, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 37/63", "37/63", 37, "hạng", R, max_value=63, code=_HANG),
    F("giảm 4 bậc", "4", -4, "hạng", CH, code=_HANG),
    F("(xếp thứ 33/63)", "33/63", 33, "hạng", PR, max_value=63, as_of=_Y2023, code=_HANG),
    # the province's targets for năm 2025
    F("đạt từ 83 điểm", "83", 83, "điểm", T, as_of=_Y2025, code=_TONG),
    F("toàn tỉnh đạt tối thiểu 50%", "50%", 50, "%", T, as_of=_Y2025, code=_TT),
    # directives: the bound bodies' targets for năm 2025, counts repeated in tasks
    F("đạt tối thiểu 80%", "80%", 80, "%", T, subject=ANY, level="tỉnh", as_of=_Y2025, code=_NOP),
    F("đạt trên 98%", "98%", 98, "%", T, subject=ANY, level="tỉnh", as_of=_Y2025, code=_DH),
    F("số hóa 100% hồ sơ", "100%", 100, "%", T, subject=ANY, level="tỉnh", as_of=_Y2025, code=_SH),
    F("huyện đạt tối thiểu 70%", "70%", 70, "%", T, subject=ANY, level="huyện", as_of=_Y2025, code=_NOP),
    F("toán trực tuyến đạt tối thiểu 50%", "50%", 50, "%", T, subject=ANY, level="huyện", as_of=_Y2025, code=_TT),
    F("tại 23 xã", "23", 23, "xã", C, subject=ANY, level="xã", code=ANY),
    F("dứt điểm 3.754 hồ sơ", "3.754", 3754, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
]

# ------------------------------------------------- 468: Chủ tịch UBND tỉnh Tiền Giang, Quyết định giao chỉ tiêu (2025)
_Y2026 = "2026-12-31"


def _targets_468(level: str | None, rows: list[tuple[str, str, str, str, str, object]]) -> list[Fact]:
    """The rows of one section of the appendix, each `(stt, label, unit, year_2025, year_2026, code)`: both cells
    targets, "Năm 2025" at the period end, "Năm 2026" dated 2026-12-31. A first cell's context is the row up to it; a
    second cell's is the whole row where its raw first occurs at the cell, else the cell and the next row's start."""
    subject = None if level is None else ANY
    facts = []
    for i, (stt, label, unit, first, second, code) in enumerate(rows):
        head = f"| {stt} | {label} | {unit} | {first}"
        row = f"{head} | {second} |"
        if row.index(second, len(head)) == row.index(second):
            second_context = row
        else:
            nxt = rows[i + 1]
            second_context = f" | {second} |\n| {nxt[0]} | {nxt[1]} | {nxt[2]} | {nxt[3]}"
        kw = {"subject": subject, "level": level, "code": code, "extra": TAB}
        facts.append(F(head, first, _num(first), unit, T, **kw))
        facts.append(F(second_context, second, _num(second), unit, T, as_of=_Y2026, **kw))
    return facts


_NOP_L = "Tỷ lệ hồ sơ nộp trực tuyến"
_DH_L = "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn"
_TIME_L = "Thời gian giải quyết trung bình một hồ sơ"
_TT_L = "Tỷ lệ hồ sơ thanh toán trực tuyến"
_SH_L = "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC"
_TSD_L = "Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa"

BLIND_468 = [
    # Điều 1: the bodies the targets are given to
    F("cho 21 sở", "21", 21, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("tỉnh, 11 huyện", "11", 11, "huyện", C, subject=ANY, level="huyện", code=None),
    F("và 172 xã", "172", 172, "xã", C, subject=ANY, level="xã", code=None),
    # the 2024 results (the province's, dated 2024-12-31)
    F("trực tuyến đạt 61,48%", "61,48%", 61.48, "%", as_of=_Y2024, code=_NOP),
    F("đúng hạn đạt 98,12%", "98,12%", 98.12, "%", as_of=_Y2024, code=_DH),
    F("trực tuyến đạt 43,27%", "43,27%", 43.27, "%", as_of=_Y2024, code=_TT),
    F("TTHC đạt 86,90%", "86,90%", 86.90, "%", as_of=_Y2024, code=_SH),
    F("xử lý đạt 95,80%", "95,80%", 95.80, "%", as_of=_Y2024, code=_PAKN_TL),
    F("đạt 82,15/100", "82,15/100", 82.15, "điểm", max_value=100, as_of=_Y2024, code=_TONG),
    F("xếp thứ 26/63", "26/63", 26, "hạng", R, max_value=63, as_of=_Y2024, code=_HANG),
    # the appendix (Markdown): I. sở, ban, ngành; II. huyện; III. xã; IV. toàn tỉnh
    *_targets_468("tỉnh", [
        ("1", _NOP_L, "%", "80", "85", _NOP),
        ("2", _DH_L, "%", "99", "99,5", _DH),
        ("3", _TIME_L, "ngày", "5", "4,5", _TIME),
        ("4", _TT_L, "%", "60", "70", _TT),
        ("5", _SH_L, "%", "100", "100", _SH),
        ("6", _TSD_L, "%", "50", "70", _TSD),
        ("7", "Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn", "%", "100", "100", _PDH),
        ("8", "Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC", "%", "95", "97", _HL),
    ]),
    *_targets_468("huyện", [
        ("1", _NOP_L, "%", "70", "80", _NOP),
        ("2", _DH_L, "%", "98", "99", _DH),
        ("3", _TIME_L, "ngày", "6", "5", _TIME),
        ("4", _TT_L, "%", "55", "65", _TT),
        ("5", _SH_L, "%", "90", "100", _SH),
        ("6", _TSD_L, "%", "40", "60", _TSD),
    ]),
    *_targets_468("xã", [
        ("1", _NOP_L, "%", "60", "75", _NOP),
        ("2", _DH_L, "%", "97,5", "98,5", _DH),
        ("3", _TT_L, "%", "50", "60", _TT),
        ("4", _SH_L, "%", "80", "95", _SH),
    ]),
    # row III.5 (two equal cells before the bold "IV" row)
    F("bản sao điện tử | % | 100", "100", 100, "%", T, subject=ANY, level="xã", code=_CTH, extra=TAB),
    F(" | 100 |\n| **IV**", "100", 100, "%", T, subject=ANY, level="xã", as_of=_Y2026, code=_CTH, extra=TAB),
    *_targets_468(None, [
        ("1", "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình", "%", "70", "80", _TOAN),
        ("2", "Điểm Bộ chỉ số phục vụ người dân, doanh nghiệp", "điểm", "85", "88", _TONG),
        ("3", _TT_L, "%", "55", "65", _TT),
    ]),
]

# ------------------------------------------------- 469: Sở Công Thương tỉnh Hà Nam, sơ kết 6 tháng đầu năm 2024
_SCT = "Sở Công Thương"
_H1_2023 = "2023-06-30"


def _sct(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở itself (subject the body by its kind, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SCT, level="tỉnh", **kw)


def _plan_469(unit: str, plan: str, done: str, ratio: str | None, code: object, after: str) -> list[Fact]:
    """One tab-separated row: plan (a target dated 2024-12-31), result (period end), ratio against the plan (%)."""
    cells = [(plan, unit, T, code, _Y2024, None), (done, unit, P, code, "period", None)]
    if ratio is not None:
        cells.append((ratio, "%", P, ANY, "period", None))
    end = "\n" if ratio is not None else "\t-\n"
    return _cells(_SCT, "tỉnh", cells, after, "\t", end)


BLIND_469 = [
    # I.1 published procedures (24/KH-SCT of 18/01/2024 cited)
    _sct("ban hành 04 quyết định", "04", 4, "quyết định", C, code=None),
    _sct("công bố 37 TTHC", "37", 37, "TTHC", C, code=ANY),
    _sct("gồm 9 TTHC", "9", 9, "TTHC", C, code=ANY),
    _sct("21 TTHC sửa đổi", "21", 21, "TTHC", C, code=ANY),
    _sct("và 7 TTHC", "7", 7, "TTHC", C, code=ANY),
    _sct("Sở là 118 TTHC", "118", 118, "TTHC", C, code=_TTHC),
    _sct("trong đó 86 TTHC", "86", 86, "TTHC", C, code=_TOAN),
    _sct("(chiếm 72,88%)", "72,88%", 72.88, "%", code=_TOAN),
    _sct("và 32 TTHC", "32", 32, "TTHC", C, code=_MOT),
    # I.2 files (cùng kỳ năm 2023 dated 2023-06-30)
    _sct("Sở tiếp nhận 3.962", "3.962", 3962, "hồ sơ", C, code=_TN),
    _sct("chuyển sang 48 hồ sơ", "48", 48, "hồ sơ", C, code=ANY),
    _sct("mới 3.914", "3.914", 3914, "hồ sơ", C, code=ANY),
    _sct("tăng 12,6%", "12,6%", 12.6, "%", CH, code=ANY),
    _sct("(3.519 hồ sơ)", "3.519", 3519, "hồ sơ", PR, as_of=_H1_2023, code=_TN),
    _sct("trực tuyến là 3.805", "3.805", 3805, "hồ sơ", C, code=_NOP),
    _sct("chiếm 97,21%", "97,21%", 97.21, "%", code=_NOP),
    _sct("quyết 3.917", "3.917", 3917, "hồ sơ", C, code=ANY),
    _sct("trước hạn 3.652", "3.652", 3652, "hồ sơ", C, code=ANY),
    _sct("đúng hạn 263", "263", 263, "hồ sơ", C, code=ANY),
    _sct("quá hạn 02 hồ sơ (lĩnh", "02", 2, "hồ sơ", C, code=_QH),
    _sct("đúng hạn đạt 99,95%", "99,95%", 99.95, "%", code=_DH),
    _sct("Đang giải quyết 45", "45", 45, "hồ sơ", C, code=ANY),
    # I.3 payment (the 2024 target), digitisation
    _sct("có 1.486/1.702", "1.486/1.702", 1486, "hồ sơ", C, max_value=1702, code=_TT),
    _sct("đạt 87,31%", "87,31%", 87.31, "%", code=_TT, target=80, stated_status="đạt"),
    _sct("năm 2024 là 80%", "80%", 80, "%", T, as_of=_Y2024, code=_TT),
    _sct("TTHC đạt 96,42%", "96,42%", 96.42, "%", code=_SH),
    _sct("; 100% kết quả", "100%", 100, "%", code=_KQ),
    _sct("số hóa đạt 41,18%", "41,18%", 41.18, "%", code=_TSD),
    _sct("tăng 9,05%", "9,05%", 9.05, "%", CH, code=_TSD),
    # I.4 PAKN and satisfaction
    _sct("tiếp nhận 05 phản ánh", "05", 5, "PAKN", C, code=_PAKN_TN),
    _sct("hạn 05/05 PAKN", "05/05", 5, "PAKN", C, max_value=5, code=ANY),
    _sct("tại Sở đạt 98,60%", "98,60%", 98.60, "%", code=_HL),
    # I.5 the Sở's score among 19 agencies (quý IV năm 2023 dated 2023-12-31)
    _sct("đạt 88,76 điểm", "88,76", 88.76, "điểm", code=_TONG),
    _sct("xếp thứ 4/19", "4/19", 4, "hạng", R, max_value=19, code=_HANG),
    _sct("(85,12 điểm", "85,12", 85.12, "điểm", PR, as_of=_Y2023, code=_TONG),
    _sct("xếp thứ 7/19)", "7/19", 7, "hạng", PR, max_value=19, as_of=_Y2023, code=_HANG),
    _sct("tăng 3,64 điểm", "3,64", 3.64, "điểm", CH, code=_TONG),
    _sct("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    # the tab-separated plan table
    *_plan_469("TTHC", "95", "86", "90,53", _TOAN, "2\tTỷ lệ hồ sơ nộp"),
    *_plan_469("%", "90", "97,21", "108,01", _NOP, "3\tTỷ lệ hồ sơ giải quyết"),
    *_plan_469("%", "100", "99,95", "99,95", _DH, "4\tTỷ lệ hồ sơ thanh toán"),
    *_plan_469("%", "80", "87,31", "109,14", _TT, "5\tTỷ lệ số hóa"),
    *_plan_469("%", "100", "96,42", "96,42", _SH, "6\tTỷ lệ kết quả"),
    *_plan_469("%", "100", "100", "100", _KQ, "7\tTỷ lệ khai thác"),
    *_plan_469("%", "50", "41,18", "82,36", _TSD, "8\tTỷ lệ PAKN"),
    *_plan_469("%", "100", "100", "100", _PDH, "9\tTỷ lệ hài lòng"),
    *_plan_469("%", "95", "98,60", "103,79", _HL, "10\tĐiểm Bộ chỉ số"),
    *_plan_469("điểm", "90", "88,76", "98,62", _TONG, "11\tSố hồ sơ"),
    *_plan_469("hồ sơ", "0", "2", None, _QH, "\nCó 03/11"),
    _sct("Có 03/11 chỉ tiêu", "03/11", 3, "chỉ tiêu", C, max_value=11, code=None),
    _sct("và 02 chỉ tiêu", "02", 2, "chỉ tiêu", C, code=None),
    # II. and III. (a count repeated, a count in a task, the Sở's target for quý IV năm 2024)
    _sct("còn 02 hồ sơ", "02", 2, "hồ sơ", C, code=_QH),
    _sct("bổ sung 09 TTHC", "09", 9, "TTHC", C, code=ANY),
    F("đạt tối thiểu 50%", "50%", 50, "%", T, subject=ANY, level="tỉnh", as_of=_Y2024, code=_TSD),
]

BLIND = {"465": BLIND_465, "466": BLIND_466, "467": BLIND_467, "468": BLIND_468, "469": BLIND_469}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "465": [
        ("2025-04-30", "day", "30/4/2025", "đồng bộ trạng thái hồ sơ đất đai", "Sở Nông nghiệp và Môi trường"),
        ("2025-05-15", "day", "ngày 15 tháng 5 năm 2025", "kết nối kho dữ liệu số hóa", "Sở Khoa học và Công nghệ"),
        ("2025-05-31", "month", "tháng 5/2025", "cấp chữ ký số", "Sở Tư pháp"),
        ("2025-06-30", "quarter", "quý II năm 2025", "hướng dẫn người dân thanh toán trực tuyến",
         "UBND các huyện, thành phố"),
        # issued 14/4/2025, after the 8th: the first "ngày 08 hằng tháng" is 08/5/2025
        ("2025-05-08", "recurring", "08 hằng tháng", "tổng hợp số liệu Bộ chỉ số", "Văn phòng UBND tỉnh"),
    ],
    "466": [
        ("2025-05-25", "day", "25/5/2025", "giải quyết dứt điểm 138 hồ sơ quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2025-06-30", "month", "tháng 6/2025", "mở rộng kênh thanh toán phí, lệ phí", "Sở Tài chính"),
        ("2025-05-20", "day", "ngày 20 tháng 5 năm 2025", "kế hoạch khắc phục các chỉ số đạt thấp",
         "UBND huyện Na Rì, UBND huyện Pác Nặm"),
        ("2025-06-30", "quarter", "quý II năm 2025", "nâng cấp kho dữ liệu số hóa", "Sở Khoa học và Công nghệ"),
        ("2025-12-31", "year", "năm 2025", "triển khai mô hình", "Trung tâm Phục vụ hành chính công tỉnh"),
        # issued 12/5/2025: the first "ngày 22 hằng tháng" is 22/5/2025
        ("2025-05-22", "recurring", "22 hằng tháng", "tổng hợp kết quả giải quyết TTHC",
         "Các sở, ban, ngành, UBND các huyện, thành phố"),
    ],
    "467": [
        ("2025-02-28", "day", "28/02/2025", "tái cấu trúc quy trình nội bộ", "Các sở, ban, ngành tỉnh"),
        ("2025-03-31", "day", "ngày 31 tháng 3 năm 2025", "kế hoạch nâng cao tỷ lệ thanh toán trực tuyến",
         "UBND các huyện, thành phố"),
        ("2025-06-30", "quarter", "quý II năm 2025", "chứng thực bản sao điện tử", "UBND các xã, phường, thị trấn"),
        ("2025-03-31", "month", "tháng 3/2025", "giải quyết dứt điểm 3.754 hồ sơ", "Sở Tài nguyên và Môi trường"),
        ("2025-12-31", "year", "năm 2025", "nâng cấp Hệ thống thông tin giải quyết TTHC",
         "Sở Thông tin và Truyền thông"),
        # issued 17/01/2025, after the 10th: the first "ngày 10 hằng tháng" is 10/02/2025
        ("2025-02-10", "recurring", "10 hằng tháng", "tổng hợp báo cáo Chủ tịch UBND tỉnh", "Văn phòng UBND tỉnh"),
    ],
    "468": [
        ("2025-02-15", "day", "15/02/2025", "cụ thể hóa chỉ tiêu",
         "Các sở, ban, ngành tỉnh, UBND các huyện, thị xã, thành phố"),
        ("2025-02-28", "day", "ngày 28 tháng 02 năm 2025", "Bộ tiêu chí chấm điểm", "Văn phòng UBND tỉnh"),
        ("2025-03-31", "month", "tháng 3/2025", "thanh toán phí, lệ phí trực tuyến", "Sở Tài chính"),
        ("2025-06-30", "quarter", "quý II năm 2025", "theo dõi mức độ hoàn thành chỉ tiêu",
         "Sở Khoa học và Công nghệ"),
        ("2025-12-31", "year", "năm 2025", "điều chỉnh chỉ tiêu định hướng năm 2026", "Văn phòng UBND tỉnh"),
        # issued 22/01/2025, after the 20th: the first "ngày 20 hằng tháng" is 20/02/2025
        ("2025-02-20", "recurring", "20 hằng tháng", "báo cáo kết quả thực hiện chỉ tiêu",
         "Các sở, ban, ngành tỉnh, UBND các huyện, thị xã, thành phố"),
    ],
    "469": [
        ("2024-07-31", "day", "31/7/2024", "đề xuất bổ sung 09 TTHC", "Văn phòng Sở"),
        ("2024-09-15", "day", "ngày 15 tháng 9 năm 2024", "số hóa toàn bộ giấy phép", "Phòng Quản lý thương mại"),
        ("2024-08-31", "month", "tháng 8/2024", "nộp hồ sơ trực tuyến", "Phòng Kỹ thuật an toàn - Môi trường"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "khai thác dữ liệu số hóa", "Văn phòng Sở"),
        # issued 05/7/2024: the first "ngày 18 hằng tháng" is 18/7/2024
        ("2024-07-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các phòng, đơn vị thuộc Sở"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind76.py's META). 465's title reads "BÁO
# CÁO GIẢI TRÌNH" (doc_type Báo cáo); 466 is issued by the Văn phòng for the Chủ tịch and signed by a Phó Chánh Văn
# phòng (the signer is the name); 467's period is the year its figures review (its title names none); 468's period is
# the year it sets targets for (its appendix follows the signature); 469's period is the half-year in its title.
META = {
    "465": {"doc_number": "118/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-04-14",
            "province": "Bến Tre", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Nguyễn Văn Khởi"},
    "466": {"doc_number": "87/TB-VPUBND", "doc_type": "Thông báo", "issued_date": "2025-05-12",
            "province": "Bắc Kạn", "period_label": "tháng 4 năm 2025", "period_start": "2025-04-01",
            "period_end": "2025-04-30", "signer": "Hoàng Thị Lan"},
    "467": {"doc_number": "02/CT-UBND", "doc_type": "Chỉ thị", "issued_date": "2025-01-17",
            "province": "Ninh Thuận", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Trịnh Minh Hoàng"},
    "468": {"doc_number": "245/QĐ-UBND", "doc_type": "Quyết định", "issued_date": "2025-01-22",
            "province": "Tiền Giang", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Lê Quang Trung"},
    "469": {"doc_number": "1186/BC-SCT", "doc_type": "Báo cáo", "issued_date": "2024-07-05",
            "province": "Hà Nam", "period_label": "6 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-06-30", "signer": "Trần Thị Thu Hương"},
}
