"""Blind golden facts for corpus/blind18/165_ha_tinh.txt, 166_dong_thap.txt, 167_quang_binh.txt,
168_tuyen_quang.txt and 169_vinh_long.txt.

The five documents were written by the developers for an eighteenth blind measurement (issuers, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them (the writer never opened the
extractor, its patterns or its scripts). They also serve as held-out text for diacritic restoration.

Same structure and conventions as golden/blind16.py: rows use `golden.facts.Fact` (context string that
occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`;
table cells are kind `value` (plan cells kind `target`, rank cells kind `rank`; a column dated before the
period end keeps its kind with that date, as in golden/blind13.py) with `extra={"source": "table"}`;
`as_of="period"` is the period's end; `ANY` leaves a field unchecked where the sentence names no catalogued
indicator (`None` where it clearly names none). "thủ tục"
counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`, counts of bodies the unit `đơn
vị`; every "đã giải quyết" count and files still in progress have their code unchecked; a relative change
of a count ("giảm 3,6 % so với cùng kỳ năm 2023") has its code unchecked. A change is dated at the period
end; a fall ("giảm", "rút ngắn") is negative. Dates, document numbers, cited plans, letters, decisions,
circulars and resolutions ("Kế hoạch số 35/KH-UBND", "Quyết định số 1085/QĐ-UBND", "Nghị định số
61/2018/NĐ-CP", "Thông tư số 01/2020/TT-VPCP", "Nghị quyết số 202/2025/QH15", "Công văn số 1058/UBND-KSTT"),
legal references ("khoản 2 Điều 15", "Điều 27"), "tính đến ngày 30/6/2025" and other cut-off dates, section
numbering ("I.", "1.", "1.1.", "2.6.", "a)"), the STT/TT column and the group rows' "I"/"II", phone numbers
("0239.3696.555", "0232.3512.468", "0270.3823.161"), street addresses ("số 258 đường Hùng Vương", "số 88
đường Hoàng Thái Hiếu, Phường 1"), names with numbers ("cơ sở 1", "cơ sở 2", "Phường Hà Giang 1", "Phường
Hà Giang 2"), "lớp 10", numbers written in words in brackets ("(chín mươi bảy)"), the text columns
"Đánh giá" / "Xếp loại", headings naming the next period ("II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025", "VI.
NHIỆM VỤ QUÝ IV NĂM 2025", "V. NHIỆM VỤ NĂM 2025", "III. NHIỆM VỤ QUÝ IV NĂM 2025": no deadlines) and
years are not figures.

New in this set:
- 165 is a half-year Báo cáo of the Trung tâm Phục vụ hành chính công tỉnh Hà Tĩnh (header "UBND TỈNH HÀ
  TĨNH / TRUNG TÂM PHỤC VỤ / HÀNH CHÍNH CÔNG"), 6 tháng đầu năm 2025, issued 04/7/2025 (the title also
  names "6 tháng cuối năm 2025", the next period). Figures in a numbered list "1.1." … "3.2.". The Centre's
  own figures have subject "Trung tâm Phục vụ hành chính công tỉnh", level tỉnh (as golden/blind10.py's 134
  does); "36 quầy", "19 sở, ban, ngành", "04 cơ quan ngành dọc" are counts with code None. "tăng 7.935 hồ
  sơ so với cùng kỳ năm 2024 (56.283 hồ sơ)" and "(cùng kỳ năm 2024: 41,08%)": a change and previous values
  dated 2024-06-30. "hồ sơ nộp trực tiếp và qua dịch vụ bưu chính công ích 14.344 hồ sơ, chiếm 22,34%"
  carries the "nộp trực tiếp" code. "trước hạn và đúng hạn 60.792 hồ sơ, đạt tỷ lệ 99,60%" carries the
  on-time code. Overdue files of two Sở in brackets (subject as written, level tỉnh). NEW: a Markdown table
  whose rows are indicators with columns "Kế hoạch năm 2025 (%)", "Thực hiện (%)", "Tỷ lệ so với kế hoạch
  (%)" and a text column "Đánh giá" ("Đạt" / "Vượt" / "Chưa đạt"): the plan cell is a target (kind
  `target`, dated 2025-12-31, with the row's code), the result cell the row's indicator at the period end,
  the ratio cell a value with code unchecked (a completion rate against the plan, not a catalogued
  indicator); all the Centre's. "có 05/07 chỉ tiêu" (unit `chỉ tiêu`, max 7) and "còn 02 chỉ tiêu" are
  counts with code None. "đạt tỷ lệ 54,12%" in prose is held against the table's plan (60, "chưa đạt").
  "4.826.350.000 đồng" is a sum of money. "tương ứng 23.359 hồ sơ" is the count behind the reuse share.
  PAKN parts by channel in a bracket (code unchecked), the phone number inside it is no figure. Section 5
  is the province's (subject NULL): "86,74/100", "9/63", "tăng 3 bậc so với quý I năm 2025 (xếp thứ
  12/63)" (dated 2025-03-31). Targets inside tasks ("số hóa 100% … trong quý III/2025" dated 2025-09-30,
  "tối thiểu 60% trong năm 2025") have subject unchecked, level tỉnh. Four deadlines: day, quarter, year,
  monthly recurring "trước ngày 10 hằng tháng" (issued 04/7/2025: first 10/7/2025).
- 166 is a quarterly Báo cáo of Sở Giáo dục và Đào tạo tỉnh Đồng Tháp after the 1 July 2025 merger (header
  "UBND TỈNH ĐỒNG THÁP / SỞ GIÁO DỤC VÀ ĐÀO TẠO"), quý III năm 2025, issued 06/10/2025. Every figure is
  the Sở's (subject "Sở Giáo dục và Đào tạo", level tỉnh). NEW: numbers written in words next to the digits
  ("02 (hai) quyết định", "97 (chín mươi bảy) TTHC", "01 (một) hồ sơ", "09 (chín) phản ánh"): the digits
  are the figure, the words are not. "02 (hai) điểm" counts reception points (unit `điểm tiếp nhận`, as
  golden/blind10.py's 135 does). "so với tổng số hồ sơ của hai Sở trước hợp nhất trong quý II năm 2025
  (2.074 hồ sơ)": the previous value belongs to the two former Sở (subject unchecked, level tỉnh), dated
  2025-06-30; the change "tăng 386 hồ sơ" is the Sở's. Files of one field and their share have subject
  unchecked (as golden/blind13.py's 146 does for fields). NEW: a tab-separated table whose rows are
  indicators and whose units are in a separate "Đơn vị tính" column ("hồ sơ" / "%"), columns one per month
  ("Tháng 7/2025" dated 2025-07-31, "Tháng 8/2025" 2025-08-31, "Tháng 9/2025" and "Quý III/2025" the period
  end); the "Hồ sơ đã giải quyết" row has its code unchecked. The Sở's 2025 targets "là 80%" and "là 75%"
  are dated 2025-12-31; "mới đạt 73,50%, chưa đạt chỉ tiêu" carries the second; "đã vượt chỉ tiêu" states
  no figure. "Riêng tháng 9/2025 … đạt 75,85%" is dated at the period end; "tăng 4,57% so với tháng 7/2025"
  is the change of the payment share. "(quý II năm 2025: 93,15%)" dated 2025-06-30. "09/09 PAKN" is one
  count (max 9). Rank "5/19 cơ quan cấp tỉnh", "tăng 3 bậc so với tháng 8/2025 (xếp thứ 8/19)" dated
  2025-08-31. Four deadlines: month, day in words ("trước ngày 15 tháng 12 năm 2025"), quarter, and a
  quarterly recurring one "định kỳ hằng quý … trước ngày 20 của tháng cuối quý" (issued 06/10/2025: first
  20/12/2025).
- 167 is an annual Báo cáo of UBND thị xã Ba Đồn (tỉnh Quảng Bình, named in "Kính gửi"), năm 2024, issued
  08/01/2025, before the 2025 reform. NEW: every percentage is written with a space before the sign
  ("69,0 %"), and the raw includes it. NEW: the thị xã's own level is written "Cấp thị xã" / "cấp thị xã"
  (its Bộ phận Một cửa): subject "cấp thị xã" as written, level huyện (as golden/blind15.py's 153 keeps
  "cấp Thành phố"); "cấp xã" figures have subject "cấp xã", level xã; the thị xã's own PAKN, score and rank
  have subject "UBND thị xã Ba Đồn", level huyện. "tăng 612 hồ sơ so với năm 2023 (6.223 hồ sơ)", "(năm
  2023: 52,4 %)": a change and previous values dated 2023-12-31; "quá hạn 47 hồ sơ, giảm 38 hồ sơ so với
  năm 2023" is a fall of the overdue count (-38, overdue code); "giảm 3,6 % so với cùng kỳ năm 2023" a
  relative fall of files received (code unchecked); "tăng 12,8 % so với năm 2023" the change of the
  digitisation share. "UBND 16 xã, phường" is a count of bodies (code None). A dash list "- <unit>: N hồ
  sơ, trực tuyến x %;" of all 16 phường, xã (subject as written, "Phường Ba Đồn", "Xã Quảng Tiên", level
  xã; the counts add up to 22.480). Targets by level "là 60 % đối với cấp huyện và 50 % đối với cấp xã"
  (dated 2024-12-31): 69,0 % carries 60 ("vượt chỉ tiêu": status unchecked), 58,75 % carries 50 ("đạt").
  "10/16 xã, phường" is a count of bodies (max 16, code None). Payment shares by level after "tương ứng
  là". "3.126 trường hợp" of electronic certified copies by the communes (subject unchecked, level xã).
  "31/31 PAKN" one count (max 31). NEW: "đứng thứ 3 trong 8 huyện, thị xã, thành phố" is rank 3 with max 8
  (as golden/blind5.py's "thứ 4 trong 63"); "tăng 2 bậc so với năm 2023" its rise. The communes' target
  "tối thiểu 50 % trong năm 2025" is theirs, dated 2025-12-31. Five deadlines: quarter, "chậm nhất" day
  for three named communes, year (with the target), month ("trong tháng 02/2025"), monthly recurring
  "trước ngày 18 hằng tháng" (issued 08/01/2025: first 18/01/2025).
- 168 is a quarterly Báo cáo of UBND tỉnh Tuyên Quang after the 1 July 2025 merger of Hà Giang and Tuyên
  Quang, to the Văn phòng Chính phủ, quý III năm 2025, issued 08/10/2025: two levels (cấp tỉnh, cấp xã),
  rank out of 34. Province figures have subject NULL. "124 đơn vị hành chính cấp xã, gồm 117 xã và 7
  phường" are counts with code None (units `đơn vị`, `xã`, `phường`); "11 quyết định" a count with code
  None. TTHC by level after "lần lượt là"; online shares by level after "tương ứng là". "(quý II năm 2025,
  hai tỉnh trước hợp nhất: 102.375 hồ sơ)" is the previous value dated 2025-06-30 (the new province: subject
  NULL). Overdue files of two communes in brackets (subject "xã Đồng Văn", "xã Mèo Vạc", level xã). NEW: a
  Markdown table with a group row per level ("| I | Cấp tỉnh |", "| II | Cấp xã |") that carries that
  level's own totals (subject "cấp tỉnh" level tỉnh, "cấp xã" level xã; the units listed under it are only
  those with most files, so they do not add up to it), units under each (subject as written, "Sở Công
  Thương", "Phường Hà Giang 1", "Xã Mèo Vạc"; two `100` cells and "1.527" twice in one row) and a "Toàn
  tỉnh" row with an empty STT cell (the province: subject and level NULL); four columns: received and
  online files, online share, on-time share. "so với chỉ tiêu năm 2025 là 65% thì chưa đạt chỉ tiêu": the
  province's target dated 2025-12-31, carried by 61,27%; "(quý II năm 2025: 47,90%)" dated 2025-06-30.
  "06 PAKN đang xử lý" has its code unchecked. "80,36 điểm" (no max), "xếp thứ 21/34", "tăng 5 bậc so với
  tháng 7/2025 (thứ 26/34)" dated 2025-07-31. The target "toàn tỉnh đạt tối thiểu 65% trong quý IV/2025"
  in the Centre's task is the province's (subject NULL), dated 2025-12-31. Four deadlines: "chậm nhất"
  day, month for two named communes, quarter, monthly recurring "trước ngày 25 hằng tháng" (issued
  08/10/2025: first 25/10/2025).
- 169 is a Thông báo of the Văn phòng UBND tỉnh Vĩnh Long (header "UBND TỈNH VĨNH LONG / VĂN PHÒNG"),
  quý I năm 2025, issued 10/4/2025, before the merger, on the 766 index. Province figures have subject
  NULL: "84,27/100", "xếp thứ 17/63"; "đứng thứ 3 trong 13 tỉnh, thành phố vùng Đồng bằng sông Cửu Long"
  is a regional rank (max 13, code unchecked, as golden/blind6.py's "3/14"); "so với quý IV năm 2024
  (82,95 điểm, xếp thứ 24/63) tăng 1,32 điểm và tăng 7 bậc" dated 2024-12-31 (the previous total on the
  /100 scale). NEW: the six groups as a numbered list "2.1. <group>: x/max điểm (quý IV năm 2024: y
  điểm);" — each previous value on its group's scale (max_value the group's maximum), dated 2024-12-31
  (sums 84,27 and 82,95). Group changes "(tăng 0,56 điểm)" and "giảm 0,02 điểm". The payment share with
  its change and the 2025 target "là 55%" (dated 2025-12-31; "còn thấp so với" is no status word). Block
  averages after "lần lượt là" (subject unchecked, levels tỉnh/huyện/xã). "12/16", "04", "03/8" count
  bodies by grade (code None). NEW: a tab-separated table with group header rows "I\tCấp tỉnh" /
  "II\tCấp huyện" that carry no figures, five sở and all eight district-level units under them (subject as
  written, level from the group: tỉnh / huyện); columns "Điểm quý IV/2024" (kind value, dated
  2024-12-31, no max), "Điểm quý I/2025", "Xếp hạng trong khối" (rank within the block, a plain number
  without max; "15", "16" differ from STT) and a text column "Xếp loại". Changes of two units in prose
  after the table. Four deadlines: day for two named Sở, month for two named districts, "chậm nhất" day in
  words, quarterly recurring "định kỳ hằng quý … trước ngày 05 của tháng đầu quý sau" (issued 10/4/2025:
  first 05/7/2025).


Corrected after the first run, where the writer's choice departed from the conventions the earlier golden files
had fixed (nothing else was changed): the earlier-quarter column of 169's table kept kind `value` (blind13); a
count of communes written `16 xã, phường`, `10/16 xã, phường` has the unit of its first unit word `xã` (blind2,
blind5); the province's `124 đơn vị hành chính cấp xã, gồm 117 xã và 7 phường` are subject `cấp xã` (blind4's
`148 đơn vị ... (133 xã, 15 phường)`). The first-run figures in tests/test_blind_reports.py are measured on the
corrected rows, on the code as it was before anyone read this set.
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
_TTHC = "tthc.tong_so"
_TIME = "766.tien_do.thoi_gian"
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_DAY_DU = "766.cong_khai.day_du"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_Y2025 = "2025-12-31"


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row (`end` closes it, with any text cells) and the start of the
    next line (`after`), so that it occurs once and the raw text is found first at the cell itself even
    where the same figure recurs in the row."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 165: TTPVHCC tỉnh Hà Tĩnh, 6 tháng đầu năm 2025
_TTC = "Trung tâm Phục vụ hành chính công tỉnh"
_H1_2024 = "2024-06-30"


def _ttc(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Centre itself (subject the Centre, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_TTC, level="tỉnh", **kw)


def _row_165(code: str, plan: str, done: str, ratio: str, grade: str, after: str) -> list[Fact]:
    """One indicator row: the 2025 plan (a target dated at the year's end), the result, and the result as a
    share of the plan (no catalogued indicator); the "Đánh giá" cell is text."""
    cells = [(plan, "%", T, code, _Y2025), (done, "%", P, code, "period"), (ratio, "%", P, ANY, "period")]
    return _cells(_TTC, "tỉnh", cells, after, " | ", f" | {grade} |\n")


BLIND_165 = [
    # 1.1 (35/KH-UBND of 20/01/2025 and 1085/QĐ-UBND of 15/5/2024 cited)
    _ttc("bố trí 36 quầy", "36", 36, "quầy", C, code=None),
    _ttc("cho 19 sở", "19", 19, "đơn vị", C, code=None),
    _ttc("và 04 cơ quan", "04", 4, "đơn vị", C, code=None),
    _ttc("là 1.482 TTHC", "1.482", 1482, "TTHC", C, code=_TTHC),
    _ttc("trong đó 1.126 TTHC", "1.126", 1126, "TTHC", C, code=_TOAN),
    _ttc("chiếm 75,98%", "75,98%", 75.98, "%", code=_TOAN),
    # 1.2 cùng kỳ năm 2024 dated 2024-06-30
    _ttc("tiếp nhận 64.218", "64.218", 64218, "hồ sơ", C, code=_TN),
    _ttc("tăng 7.935", "7.935", 7935, "hồ sơ", CH, code=_TN),
    _ttc("(56.283 hồ sơ)", "56.283", 56283, "hồ sơ", PR, as_of=_H1_2024, code=_TN),
    _ttc("trực tuyến 49.874", "49.874", 49874, "hồ sơ", C, code=_NOP),
    _ttc("chiếm 77,66%", "77,66%", 77.66, "%", code=_NOP),
    _ttc("công ích 14.344", "14.344", 14344, "hồ sơ", C, code=_NTT),
    _ttc("chiếm 22,34%", "22,34%", 22.34, "%", code=_NTT),
    # 1.3
    _ttc("giải quyết 61.037", "61.037", 61037, "hồ sơ", C, code=ANY),
    _ttc("đúng hạn 60.792", "60.792", 60792, "hồ sơ", C, code=_DH),
    _ttc("đạt tỷ lệ 99,60%", "99,60%", 99.60, "%", code=_DH),
    _ttc("quá hạn 245", "245", 245, "hồ sơ", C, code=_QH),
    _ttc("chiếm 0,40%", "0,40%", 0.40, "%", code=_QH),
    _ttc("Đang giải quyết 3.181", "3.181", 3181, "hồ sơ", C, code=ANY),
    # 1.4 ("khoản 2 Điều 15 Nghị định số 61/2018/NĐ-CP" is a legal reference)
    F("(172 hồ sơ)", "172", 172, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_QH),
    F("(41 hồ sơ)", "41", 41, "hồ sơ", C, subject="Sở Xây dựng", level="tỉnh", code=_QH),
    # 1.5
    _ttc("là 3,4 ngày", "3,4", 3.4, "ngày", code=_TIME),
    _ttc("rút ngắn 0,5", "0,5", -0.5, "ngày", CH, code=_TIME),
    # 2. Markdown table whose rows are indicators: plan, result, result / plan ("tính đến ngày 30/6/2025")
    *_row_165(_DAY_DU, "100", "100", "100", "Đạt", "| 2 | Tỷ lệ hồ sơ nộp"),
    *_row_165(_NOP, "75", "77,66", "103,55", "Vượt", "| 3 | Tỷ lệ hồ sơ thanh toán"),
    *_row_165(_TT, "60", "54,12", "90,20", "Chưa đạt", "| 4 | Tỷ lệ số hóa"),
    *_row_165(_SH, "100", "96,35", "96,35", "Chưa đạt", "| 5 | Tỷ lệ cấp kết quả"),
    *_row_165(_KQ, "95", "98,71", "103,91", "Vượt", "| 6 | Tỷ lệ hồ sơ giải quyết"),
    *_row_165(_DH, "98", "99,60", "101,63", "Vượt", "| 7 | Mức độ hài lòng"),
    *_row_165(_HL, "95", "97,42", "102,55", "Vượt", "\nNhư vậy"),
    _ttc("có 05/07", "05/07", 5, "chỉ tiêu", C, max_value=7, code=None),
    _ttc("còn 02 chỉ tiêu", "02", 2, "chỉ tiêu", C, code=None),
    # 3. cùng kỳ năm 2024 dated 2024-06-30
    _ttc("là 26.992 hồ sơ", "26.992", 26992, "hồ sơ", C, code=_TT),
    _ttc("đạt tỷ lệ 54,12%", "54,12%", 54.12, "%", code=_TT, target=60, stated_status="chưa đạt"),
    _ttc("2024: 41,08%)", "41,08%", 41.08, "%", PR, as_of=_H1_2024, code=_TT),
    _ttc("tăng 13,04%", "13,04%", 13.04, "%", CH, code=_TT),
    _ttc("là 4.826.350.000", "4.826.350.000", 4826350000, "đồng", code=ANY),
    _ttc("tiếp nhận đạt 96,35%", "96,35%", 96.35, "%", code=_SH),
    _ttc("mới đạt 38,27%", "38,27%", 38.27, "%", code=_TSD),
    _ttc("tương ứng 23.359", "23.359", 23359, "hồ sơ", C, code=_TSD),
    # 4. PAKN, bare parts by channel (0239.3696.555 is a phone number)
    _ttc("tiếp nhận 27 phản ánh", "27", 27, "PAKN", C, code=_PAKN_TN),
    _ttc("Hệ thống 15 PAKN", "15", 15, "PAKN", C, code=ANY),
    _ttc("là 12 PAKN", "12", 12, "PAKN", C, code=ANY),
    _ttc("xử lý 25 PAKN", "25", 25, "PAKN", C, code=_PAKN_XL),
    _ttc("đạt 92,59%", "92,59%", 92.59, "%", code=_PAKN_TL),
    _ttc("02 PAKN đang", "02", 2, "PAKN", C, code=ANY),
    _ttc("TTHC đạt 97,42%", "97,42%", 97.42, "%", code=_HL),
    # 5. the province (766/QĐ-TTg cited); quý I năm 2025 dated 2025-03-31
    F("đạt 86,74/100", "86,74/100", 86.74, "điểm", max_value=100, code=_TONG),
    F("thứ 9/63", "9/63", 9, "hạng", R, max_value=63, code=_HANG),
    F("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("thứ 12/63)", "12/63", 12, "hạng", PR, max_value=63, as_of="2025-03-31", code=_HANG),
    # II. targets inside tasks
    F("số hóa 100%", "100%", 100, "%", T, subject=ANY, level="tỉnh", as_of="2025-09-30", code=_SH),
    F("tối thiểu 60%", "60%", 60, "%", T, subject=ANY, level="tỉnh", as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 166: Sở GD&ĐT tỉnh Đồng Tháp, quý III năm 2025
_SGD = "Sở Giáo dục và Đào tạo"
_Q2_2025 = "2025-06-30"
_MONTHS_166 = ("2025-07-31", "2025-08-31", "period", "period")


def _so(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SGD, level="tỉnh", **kw)


def _row_166(unit: str, code: object, raws: list[str], after: str) -> list[Fact]:
    """One indicator row of the tab-separated table: its unit from the "Đơn vị tính" column, one cell per
    month (dated at the month's end; tháng 9 and the quarter at the period end)."""
    cells = [(raw, unit, P, code, as_of) for raw, as_of in zip(raws, _MONTHS_166, strict=True)]
    return _cells(_SGD, "tỉnh", cells, after, "\t", "\n")


BLIND_166 = [
    # I. (2187/UBND-KSTT of 12/9/2025, "Điều 27 Thông tư số 01/2020/TT-VPCP" cited; numbers in words not figures)
    _so("ban hành 02", "02", 2, "quyết định", C, code=None),
    _so("là 97 (chín", "97", 97, "TTHC", C, code=_TTHC),
    _so("trong đó 84 TTHC", "84", 84, "TTHC", C, code=_TOAN),
    _so("và 13 TTHC", "13", 13, "TTHC", C, code=_MOT),
    _so("tại 02 (hai) điểm", "02", 2, "điểm tiếp nhận", C, code=None),
    # II.1 quý II năm 2025 of the two former Sở dated 2025-06-30 ("lớp 10" is no figure)
    _so("tiếp nhận 2.460", "2.460", 2460, "hồ sơ", C, code=_TN),
    _so("tăng 386", "386", 386, "hồ sơ", CH, code=_TN),
    F("(2.074 hồ sơ)", "2.074", 2074, "hồ sơ", PR, subject=ANY, level="tỉnh", as_of=_Q2_2025, code=_TN),
    _so("đó 2.243 hồ sơ", "2.243", 2243, "hồ sơ", C, code=_NOP),
    _so("đạt 91,18%", "91,18%", 91.18, "%", code=_NOP, target=80),
    F("là 1.284 hồ sơ", "1.284", 1284, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("chiếm 52,20%", "52,20%", 52.20, "%", subject=ANY, level="tỉnh", code=ANY),
    _so("giải quyết 2.409", "2.409", 2409, "hồ sơ", C, code=ANY),
    _so("đúng hạn 2.408", "2.408", 2408, "hồ sơ", C, code=_DH),
    _so("đạt 99,96%", "99,96%", 99.96, "%", code=_DH),
    _so("quá hạn 01 (một)", "01", 1, "hồ sơ", C, code=_QH),
    _so("Còn 51 hồ sơ", "51", 51, "hồ sơ", C, code=ANY),
    # Bảng 1: tab-separated, rows are indicators, units in the "Đơn vị tính" column, columns are months
    *_row_166("hồ sơ", _TN, ["742", "815", "903", "2.460"], "2\tHồ sơ nộp"),
    *_row_166("hồ sơ", _NOP, ["668", "741", "834", "2.243"], "3\tTỷ lệ hồ sơ nộp"),
    *_row_166("%", _NOP, ["90,03", "90,92", "92,36", "91,18"], "4\tHồ sơ đã giải quyết"),
    *_row_166("hồ sơ", ANY, ["728", "806", "875", "2.409"], "5\tTỷ lệ giải quyết"),
    *_row_166("%", _DH, ["100", "99,88", "100", "99,96"], "6\tHồ sơ thanh toán"),
    *_row_166("hồ sơ", _TT, ["412", "468", "531", "1.411"], "7\tTỷ lệ thanh toán"),
    *_row_166("%", _TT, ["71,28", "73,01", "75,85", "73,50"], "\n2. Chỉ tiêu"),
    # II.2 the Sở's 2025 targets; tháng 9/2025 is the period end
    _so("trực tuyến là 80%", "80%", 80, "%", T, as_of=_Y2025, code=_NOP),
    _so("trực tuyến là 75%", "75%", 75, "%", T, as_of=_Y2025, code=_TT),
    _so("mới đạt 73,50%", "73,50%", 73.50, "%", code=_TT, target=75, stated_status="chưa đạt"),
    _so("đạt 75,85%", "75,85%", 75.85, "%", code=_TT),
    _so("tăng 4,57%", "4,57%", 4.57, "%", CH, code=_TT),
    # III.
    _so("đạt 98,42%", "98,42%", 98.42, "%", code=_SH),
    _so("2025: 93,15%)", "93,15%", 93.15, "%", PR, as_of=_Q2_2025, code=_SH),
    _so("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    _so("đạt 46,73%", "46,73%", 46.73, "%", code=_TSD),
    # IV.
    _so("tiếp nhận 09 (chín)", "09", 9, "PAKN", C, code=_PAKN_TN),
    _so("xử lý 09/09", "09/09", 9, "PAKN", C, max_value=9, code=_PAKN_XL),
    _so("tỷ lệ 100%", "100%", 100, "%", code=_PAKN_TL),
    _so("đạt 98,9%", "98,9%", 98.9, "%", code=_HL),
    # V. rank among the province's agencies; tháng 8/2025 dated 2025-08-31
    _so("đạt 88,96 điểm", "88,96", 88.96, "điểm", code=_TONG),
    _so("thứ 5/19", "5/19", 5, "hạng", R, max_value=19, code=_HANG),
    _so("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _so("thứ 8/19)", "8/19", 8, "hạng", PR, max_value=19, as_of="2025-08-31", code=_HANG),
]

# ------------------------------------------------------------ 167: UBND thị xã Ba Đồn, năm 2024
_BD = "UBND thị xã Ba Đồn"
_Y2023 = "2023-12-31"
_TX = {"subject": "cấp thị xã", "level": "huyện"}
_XA = {"subject": "cấp xã", "level": "xã"}
_COMMUNES_167 = [
    ("Phường Ba Đồn", "2.148", "73,2"), ("Phường Quảng Long", "1.862", "65,0"),
    ("Phường Quảng Thọ", "1.735", "64,3"), ("Phường Quảng Phong", "1.590", "59,8"),
    ("Phường Quảng Thuận", "1.423", "61,3"), ("Phường Quảng Phúc", "1.306", "61,7"),
    ("Xã Quảng Tiên", "1.112", "52,4"), ("Xã Quảng Trung", "1.208", "57,1"), ("Xã Quảng Sơn", "1.476", "53,1"),
    ("Xã Quảng Thủy", "985", "52,0"), ("Xã Quảng Tân", "1.034", "53,0"), ("Xã Quảng Hòa", "1.367", "51,6"),
    ("Xã Quảng Lộc", "1.251", "56,1"), ("Xã Quảng Văn", "1.089", "55,5"), ("Xã Quảng Minh", "1.316", "56,6"),
    ("Xã Quảng Hải", "1.578", "51,1"),
]


def _commune_167(name: str, received: str, online: str) -> list[Fact]:
    """One dash-list item "- <unit>: N hồ sơ, trực tuyến x %": files received and online share."""
    return [F(f"{name}: {received}", received, _num(received), "hồ sơ", C, subject=name, level="xã", code=_TN),
            F(f"trực tuyến {online} %", f"{online} %", _num(online), "%", subject=name, level="xã", code=_NOP)]


BLIND_167 = [
    # I. (2215/KH-UBND of 28/12/2023 cited; "tính đến hết ngày 31/12/2024" is the period end)
    F("thị xã là 286 TTHC", "286", 286, "TTHC", C, code=_TTHC, **_TX),
    F("cấp xã là 112 TTHC", "112", 112, "TTHC", C, code=_TTHC, **_XA),
    F("; 100 % TTHC", "100 %", 100, "%", subject=ANY, level=ANY, code=ANY),
    # II.1 cấp thị xã; năm 2023 dated 2023-12-31
    F("tiếp nhận 6.835", "6.835", 6835, "hồ sơ", C, code=_TN, **_TX),
    F("tăng 612", "612", 612, "hồ sơ", CH, code=_TN, **_TX),
    F("(6.223 hồ sơ)", "6.223", 6223, "hồ sơ", PR, as_of=_Y2023, code=_TN, **_TX),
    F("trực tuyến 4.716", "4.716", 4716, "hồ sơ", C, code=_NOP, **_TX),
    F("đạt 69,0 %", "69,0 %", 69.0, "%", code=_NOP, target=60, **_TX),
    F("2023: 52,4 %)", "52,4 %", 52.4, "%", PR, as_of=_Y2023, code=_NOP, **_TX),
    F("giải quyết 6.702", "6.702", 6702, "hồ sơ", C, code=ANY, **_TX),
    F("đúng hạn 6.655", "6.655", 6655, "hồ sơ", C, code=_DH, **_TX),
    F("đạt 99,3 %", "99,3 %", 99.3, "%", code=_DH, **_TX),
    F("quá hạn 47", "47", 47, "hồ sơ", C, code=_QH, **_TX),
    F("giảm 38", "38", -38, "hồ sơ", CH, code=_QH, **_TX),
    # II.2 cấp xã, then the dash list of the 16 phường, xã
    F("UBND 16 xã", "16", 16, "xã", C, code=None, **_XA),
    F("tiếp nhận 22.480", "22.480", 22480, "hồ sơ", C, code=_TN, **_XA),
    F("giảm 3,6 %", "3,6 %", -3.6, "%", CH, code=ANY, **_XA),
    F("trực tuyến 13.207", "13.207", 13207, "hồ sơ", C, code=_NOP, **_XA),
    F("đạt 58,75 %", "58,75 %", 58.75, "%", code=_NOP, target=50, stated_status="đạt", **_XA),
    F("đạt 99,81 %", "99,81 %", 99.81, "%", code=_DH, **_XA),
    *[fact for name, received, online in _COMMUNES_167 for fact in _commune_167(name, received, online)],
    # the 2024 targets by level (dated at the year's end)
    F("là 60 %", "60 %", 60, "%", T, subject="cấp huyện", level="huyện", as_of="2024-12-31", code=_NOP),
    F("và 50 % đối", "50 %", 50, "%", T, subject="cấp xã", level="xã", as_of="2024-12-31", code=_NOP),
    F("còn 10/16", "10/16", 10, "xã", C, max_value=16, code=None, **_XA),
    # III. shares by level after "tương ứng là"
    F("tương ứng là 48,6 %", "48,6 %", 48.6, "%", code=_TT, **_TX),
    F("và 35,2 %", "35,2 %", 35.2, "%", code=_TT, **_XA),
    F("thị xã đạt 91,5 %", "91,5 %", 91.5, "%", code=_SH, **_TX),
    F("tăng 12,8 %", "12,8 %", 12.8, "%", CH, code=_SH, **_TX),
    F("cấp xã đạt 84,3 %", "84,3 %", 84.3, "%", code=_SH, **_XA),
    F("chính 3.126", "3.126", 3126, "trường hợp", C, subject=ANY, level="xã", code=_CT),
    # IV. the thị xã's own PAKN, score and rank among the province's 8 district-level units
    F("tiếp nhận 31 phản ánh", "31", 31, "PAKN", C, subject=_BD, level="huyện", code=_PAKN_TN),
    F("xử lý 31/31", "31/31", 31, "PAKN", C, max_value=31, subject=_BD, level="huyện", code=_PAKN_XL),
    F("đạt 100 %.", "100 %", 100, "%", subject=_BD, level="huyện", code=_PAKN_TL),
    F("đạt 84,12 điểm", "84,12", 84.12, "điểm", subject=_BD, level="huyện", code=_TONG),
    F("thứ 3 trong 8", "3", 3, "hạng", R, max_value=8, subject=_BD, level="huyện", code=_HANG),
    F("tăng 2 bậc", "2", 2, "hạng", CH, subject=_BD, level="huyện", code=_HANG),
    # V. the communes' 2025 target (address "số 258 đường Hùng Vương", 0232.3512.468 are no figures)
    F("tối thiểu 50 %", "50 %", 50, "%", T, subject="UBND các xã, phường", level="xã", as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 168: UBND tỉnh Tuyên Quang (mới), quý III năm 2025
_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}


def _row_168(subject: object, level: str | None, received: str, online: str, share: str, on_time: str,
             after: str) -> list[Fact]:
    """One Markdown row (a level's group row, a unit under it, or the province): received, online files,
    online share, on-time share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (share, "%", P, _NOP, "period"), (on_time, "%", P, _DH, "period")]
    return _cells(subject, level, cells, after, " | ", " |\n")


BLIND_168 = [
    # (01/2020/TT-VPCP, Nghị quyết số 202/2025/QH15 cited; "01/7/2025" a date; "hai cấp" no figure)
    F("có 124 đơn vị", "124", 124, "đơn vị", C, code=None, **_XA),
    F("gồm 117 xã", "117", 117, "xã", C, code=None, **_XA),
    F("và 7 phường", "7", 7, "phường", C, code=None, **_XA),
    # I.1 by level after "lần lượt là"
    F("ban hành 11 quyết định", "11", 11, "quyết định", C, code=None),
    F("lần lượt là 1.592", "1.592", 1592, "TTHC", C, code=_TTHC, **_TINH),
    F("TTHC và 356", "356", 356, "TTHC", C, code=_TTHC, **_XA),
    F("trong đó 1.104", "1.104", 1104, "TTHC", C, code=_TOAN),
    F("trình, 587 TTHC", "587", 587, "TTHC", C, code=_MOT),
    # I.2 quý II năm 2025 of the two former provinces dated 2025-06-30; by level after "tương ứng là"
    F("tiếp nhận 114.944", "114.944", 114944, "hồ sơ", C, code=_TN),
    F("hợp nhất: 102.375", "102.375", 102375, "hồ sơ", PR, as_of=_Q2_2025, code=_TN),
    F("trực tuyến 87.147", "87.147", 87147, "hồ sơ", C, code=_NOP),
    F("đạt 75,82%", "75,82%", 75.82, "%", code=_NOP),
    F("tương ứng là 86,30%", "86,30%", 86.30, "%", code=_NOP, **_TINH),
    F("và 73,82%", "73,82%", 73.82, "%", code=_NOP, **_XA),
    # I.3 ("phường Hà Giang 1, Hà Giang 2" are names)
    F("giải quyết 113.208", "113.208", 113208, "hồ sơ", C, code=ANY),
    F("quá hạn 1.617", "1.617", 1617, "hồ sơ", C, code=_QH),
    F("chiếm 1,43%", "1,43%", 1.43, "%", code=_QH),
    F("Đồng Văn (45 hồ sơ)", "45", 45, "hồ sơ", C, subject="xã Đồng Văn", level="xã", code=_QH),
    F("Mèo Vạc (45 hồ sơ)", "45", 45, "hồ sơ", C, subject="xã Mèo Vạc", level="xã", code=_QH),
    # Markdown table: a group row per level (the level's own totals, STT "I"/"II"), some units under it,
    # and a "Toàn tỉnh" row (the province)
    *_row_168("cấp tỉnh", "tỉnh", "18.426", "15.902", "86,30", "99,12", "| 1 | Sở Nông nghiệp"),
    *_row_168("Sở Nông nghiệp và Môi trường", "tỉnh", "6.812", "5.437", "79,82", "97,86", "| 2 | Sở Xây dựng"),
    *_row_168("Sở Xây dựng", "tỉnh", "2.145", "2.011", "93,75", "98,93", "| 3 | Sở Tư pháp"),
    *_row_168("Sở Tư pháp", "tỉnh", "3.964", "3.918", "98,84", "100", "| 4 | Sở Công Thương"),
    *_row_168("Sở Công Thương", "tỉnh", "1.527", "1.527", "100", "100", "| II | Cấp xã"),
    *_row_168("cấp xã", "xã", "96.518", "71.245", "73,82", "98,47", "| 1 | Phường Minh Xuân"),
    *_row_168("Phường Minh Xuân", "xã", "4.386", "3.702", "84,40", "98,95", "| 2 | Phường Hà Giang 1"),
    *_row_168("Phường Hà Giang 1", "xã", "3.118", "2.596", "83,26", "99,37", "| 3 | Phường Hà Giang 2"),
    *_row_168("Phường Hà Giang 2", "xã", "2.874", "2.305", "80,20", "99,02", "| 4 | Xã Đồng Văn"),
    *_row_168("Xã Đồng Văn", "xã", "1.206", "618", "51,24", "96,18", "| 5 | Xã Mèo Vạc"),
    *_row_168("Xã Mèo Vạc", "xã", "1.087", "493", "45,35", "95,74", "| | Toàn tỉnh"),
    *_row_168(None, None, "114.944", "87.147", "75,82", "98,57", "\n4. Tỷ lệ"),
    # I.4 the province's 2025 target; quý II năm 2025 dated 2025-06-30
    F("đạt 61,27%", "61,27%", 61.27, "%", code=_TT, target=65, stated_status="chưa đạt"),
    F("2025: 47,90%)", "47,90%", 47.90, "%", PR, as_of=_Q2_2025, code=_TT),
    F("năm 2025 là 65%", "65%", 65, "%", T, as_of=_Y2025, code=_TT),
    F("đạt 88,64%", "88,64%", 88.64, "%", code=_SH),
    F("đạt 95,03%", "95,03%", 95.03, "%", code=_KQ),
    # I.5
    F("tiếp nhận 64 phản ánh", "64", 64, "PAKN", C, code=_PAKN_TN),
    F("xử lý 58 PAKN", "58", 58, "PAKN", C, code=_PAKN_XL),
    F("đạt 90,63%", "90,63%", 90.63, "%", code=_PAKN_TL),
    F("còn 06 PAKN", "06", 6, "PAKN", C, code=ANY),
    # I.6 tháng 9/2025 is the period end; tháng 7/2025 dated 2025-07-31
    F("đạt 80,36 điểm", "80,36", 80.36, "điểm", code=_TONG),
    F("thứ 21/34", "21/34", 21, "hạng", R, max_value=34, code=_HANG),
    F("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    F("(thứ 26/34)", "26/34", 26, "hạng", PR, max_value=34, as_of="2025-07-31", code=_HANG),
    # III.3 the province's target in a Centre's task
    F("tối thiểu 65%", "65%", 65, "%", T, as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 169: Văn phòng UBND tỉnh Vĩnh Long, quý I năm 2025
_Q4_2024 = "2024-12-31"
_GROUPS_169 = [  # (context, raw, max, code, previous)
    ("minh bạch: 16,74/18", "16,74/18", 18, "766.cong_khai", "16,58"),
    ("giải quyết: 19,12/20", "19,12/20", 20, "766.tien_do", "19,05"),
    ("trực tuyến: 9,86/12", "9,86/12", 12, "766.dvctt", "9,41"),
    ("trực tuyến: 5,93/10", "5,93/10", 10, "766.thanh_toan", "5,37"),
    ("hài lòng: 17,68/18", "17,68/18", 18, "766.hai_long", "17,70"),
    ("hồ sơ: 14,94/22", "14,94/22", 22, "766.so_hoa", "14,84"),
]


def _group_169(context: str, raw: str, top: int, code: str, previous: str) -> list[Fact]:
    """One numbered line "2.n. <group>: x/max điểm (quý IV năm 2024: y điểm)": the score and its previous
    value on the same scale, dated 2024-12-31."""
    return [F(context, raw, _num(raw.split("/")[0]), "điểm", max_value=top, code=code),
            F(f"(quý IV năm 2024: {previous} điểm)", previous, _num(previous), "điểm", PR, max_value=top,
              as_of=_Q4_2024, code=code)]


def _row_169(subject: str, level: str, previous: str, score: str, rank: str, grade: str, after: str) -> list[Fact]:
    """One tab-separated row: score of quý IV/2024 (dated 2024-12-31), score of quý I/2025, rank in its
    block (a plain number: no max); "Xếp loại" is text."""
    cells = [(previous, "điểm", P, _TONG, _Q4_2024), (score, "điểm", P, _TONG, "period"),
             (rank, "hạng", R, _HANG, "period")]
    return _cells(subject, level, cells, after, "\t", f"\t{grade}\n")


BLIND_169 = [
    # 1. (766/QĐ-TTg of 23/6/2022, 1058/UBND-KSTT of 18/3/2025 cited; "đến ngày 31/3/2025" is the period end)
    F("đạt 84,27/100", "84,27/100", 84.27, "điểm", max_value=100, code=_TONG),
    F("thứ 17/63", "17/63", 17, "hạng", R, max_value=63, code=_HANG),
    F("thứ 3 trong 13", "3", 3, "hạng", R, max_value=13, code=ANY),
    F("(82,95 điểm", "82,95", 82.95, "điểm", PR, max_value=100, as_of=_Q4_2024, code=_TONG),
    F("thứ 24/63)", "24/63", 24, "hạng", PR, max_value=63, as_of=_Q4_2024, code=_HANG),
    F("tăng 1,32 điểm", "1,32", 1.32, "điểm", CH, code=_TONG),
    F("tăng 7 bậc", "7", 7, "hạng", CH, code=_HANG),
    # 2. numbered list "2.1." … "2.6." of the six groups (sum 84,27; previous sum 82,95)
    *[fact for group in _GROUPS_169 for fact in _group_169(*group)],
    F("(tăng 0,56 điểm)", "0,56", 0.56, "điểm", CH, code="766.thanh_toan"),
    F("giảm 0,02 điểm", "0,02", -0.02, "điểm", CH, code="766.hai_long"),
    F("đạt 42,36%", "42,36%", 42.36, "%", code=_TT, target=55),
    F("tăng 5,18%", "5,18%", 5.18, "%", CH, code=_TT),
    F("năm 2025 là 55%", "55%", 55, "%", T, as_of=_Y2025, code=_TT),
    # 3. block averages after "lần lượt là"; counts of bodies by grade
    F("lần lượt là 86,42 điểm", "86,42", 86.42, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F(", 83,51 điểm", "83,51", 83.51, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("và 80,18 điểm", "80,18", 80.18, "điểm", subject=ANY, level="xã", code=_TONG),
    F("Có 12/16", "12/16", 12, "đơn vị", C, max_value=16, subject=ANY, level="tỉnh", code=None),
    F("Tốt, 04 cơ quan", "04", 4, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("có 03/8", "03/8", 3, "đơn vị", C, max_value=8, subject=ANY, level="huyện", code=None),
    # tab-separated table with group header rows "I Cấp tỉnh" / "II Cấp huyện" (no figures)
    *_row_169("Sở Tư pháp", "tỉnh", "92,80", "93,48", "1", "Tốt", "2\tSở Khoa học"),
    *_row_169("Sở Khoa học và Công nghệ", "tỉnh", "90,44", "92,15", "2", "Tốt", "3\tSở Công Thương"),
    *_row_169("Sở Công Thương", "tỉnh", "91,35", "91,07", "3", "Tốt", "4\tSở Xây dựng"),
    *_row_169("Sở Xây dựng", "tỉnh", "79,10", "78,36", "15", "Khá", "5\tSở Nông nghiệp"),
    *_row_169("Sở Nông nghiệp và Môi trường", "tỉnh", "75,38", "76,92", "16", "Khá", "II\tCấp huyện"),
    *_row_169("UBND thị xã Bình Minh", "huyện", "86,92", "88,74", "1", "Tốt", "2\tUBND thành phố"),
    *_row_169("UBND thành phố Vĩnh Long", "huyện", "88,05", "87,90", "2", "Tốt", "3\tUBND huyện Long Hồ"),
    *_row_169("UBND huyện Long Hồ", "huyện", "84,20", "85,16", "3", "Tốt", "4\tUBND huyện Mang Thít"),
    *_row_169("UBND huyện Mang Thít", "huyện", "82,77", "84,03", "4", "Khá", "5\tUBND huyện Tam Bình"),
    *_row_169("UBND huyện Tam Bình", "huyện", "82,95", "82,61", "5", "Khá", "6\tUBND huyện Vũng Liêm"),
    *_row_169("UBND huyện Vũng Liêm", "huyện", "80,12", "81,25", "6", "Khá", "7\tUBND huyện Bình Tân"),
    *_row_169("UBND huyện Bình Tân", "huyện", "80,30", "79,88", "7", "Khá", "8\tUBND huyện Trà Ôn"),
    *_row_169("UBND huyện Trà Ôn", "huyện", "77,64", "78,47", "8", "Khá", "\nUBND huyện Trà Ôn tuy"),
    F("tăng 0,83 điểm", "0,83", 0.83, "điểm", CH, subject="UBND huyện Trà Ôn", level="huyện", code=_TONG),
    F("giảm 0,15 điểm", "0,15", -0.15, "điểm", CH, subject="UBND thành phố Vĩnh Long", level="huyện",
      code=_TONG),
    # 4. ("số 88 đường Hoàng Thái Hiếu, Phường 1" and 0270.3823.161 are no figures)
]

BLIND = {"165": BLIND_165, "166": BLIND_166, "167": BLIND_167, "168": BLIND_168, "169": BLIND_169}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "165": [
        ("2025-07-31", "day", "31/7/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Phòng Tiếp nhận và Trả kết quả"),
        ("2025-09-30", "quarter", "quý III/2025", "số hóa 100% hồ sơ",
         "Phòng Kiểm soát TTHC và Công nghệ thông tin"),
        ("2025-12-31", "year", "năm 2025", "thanh toán trực tuyến phí, lệ phí",
         "Các quầy tiếp nhận của Sở Tài chính, Sở Xây dựng"),
        # issued 04/7/2025: the first "ngày 10 hằng tháng" is 10/7/2025
        ("2025-07-10", "recurring", "10 hằng tháng", "tổng hợp số liệu", "Phòng Hành chính - Tổng hợp"),
    ],
    "166": [
        ("2025-10-31", "month", "tháng 10/2025", "đề xuất phương án đơn giản hóa TTHC", "Văn phòng Sở"),
        ("2025-12-15", "day", "ngày 15 tháng 12 năm 2025", "kết nối thanh toán trực tuyến",
         "Phòng Khảo thí và Quản lý chất lượng giáo dục"),
        ("2025-12-31", "quarter", "quý IV/2025", "số hóa kết quả giải quyết TTHC", "Phòng Giáo dục phổ thông"),
        # issued 06/10/2025: the first "ngày 20 của tháng cuối quý" is 20/12/2025
        ("2025-12-20", "recurring", "20 của tháng cuối quý", "báo cáo kết quả giải quyết TTHC",
         "Các phòng chuyên môn thuộc Sở"),
    ],
    "167": [
        ("2025-03-31", "quarter", "quý I/2025", "chuẩn hóa quy trình nội bộ", "Văn phòng HĐND và UBND thị xã"),
        ("2025-01-25", "day", "25/01/2025", "xây dựng kế hoạch nâng cao tỷ lệ hồ sơ trực tuyến",
         "UBND xã Quảng Hải, UBND xã Quảng Hòa, UBND xã Quảng Thủy"),
        ("2025-12-31", "year", "năm 2025", "thanh toán trực tuyến", "UBND các xã, phường"),
        ("2025-02-28", "month", "tháng 02/2025", "chứng thực bản sao điện tử", "Phòng Tư pháp"),
        # issued 08/01/2025: the first "ngày 18 hằng tháng" is 18/01/2025
        ("2025-01-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các cơ quan chuyên môn thuộc UBND thị xã, UBND các xã, phường"),
    ],
    "168": [
        ("2025-10-31", "day", "31/10/2025", "giải quyết dứt điểm hồ sơ đất đai quá hạn",
         "Sở Nông nghiệp và Môi trường"),
        ("2025-11-30", "month", "tháng 11/2025", "hướng dẫn người dân nộp hồ sơ trực tuyến",
         "UBND xã Đồng Văn, UBND xã Mèo Vạc"),
        ("2025-12-31", "quarter", "quý IV/2025", "thanh toán trực tuyến", "Trung tâm Phục vụ hành chính công tỉnh"),
        # issued 08/10/2025: the first "ngày 25 hằng tháng" is 25/10/2025
        ("2025-10-25", "recurring", "25 hằng tháng", "cập nhật kết quả giải quyết TTHC",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "169": [
        ("2025-04-25", "day", "25/4/2025", "khắc phục các chỉ tiêu bị trừ điểm",
         "Sở Nông nghiệp và Môi trường, Sở Xây dựng"),
        ("2025-05-31", "month", "tháng 5/2025", "tập huấn cho công chức Bộ phận Một cửa",
         "UBND huyện Trà Ôn, UBND huyện Bình Tân"),
        ("2025-06-30", "day", "ngày 30 tháng 6 năm 2025", "thanh toán trực tuyến phí, lệ phí", "Sở Tài chính"),
        # issued 10/4/2025: the first "ngày 05 của tháng đầu quý sau" is 05/7/2025
        ("2025-07-05", "recurring", "05 của tháng đầu quý", "tự đánh giá",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 165's issuer is the Trung tâm under "UBND TỈNH HÀ TĨNH", period the first half-year in its title (the
# title also names the second); 166's issuer is the Sở under "UBND TỈNH ĐỒNG THÁP" (the merged province);
# 167's issuer is a thị xã (province named in "Kính gửi"), an annual report issued in January 2025; 168's
# issuer is UBND tỉnh Tuyên Quang (the merged province); 169's issuer is the Văn phòng under "UBND TỈNH VĨNH
# LONG", a Thông báo whose period is the quarter in its title.
META = {
    "165": {"doc_number": "187/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-07-04",
            "province": "Hà Tĩnh", "period_label": "6 tháng đầu năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-06-30", "signer": "Phan Thị Thu Hiền"},
    "166": {"doc_number": "1462/BC-SGDĐT", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Đồng Tháp", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Võ Thị Ngọc Hân"},
    "167": {"doc_number": "09/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-01-08",
            "province": "Quảng Bình", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Đoàn Ngọc Lâm"},
    "168": {"doc_number": "412/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-10-08",
            "province": "Tuyên Quang", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Hoàng Việt Phương"},
    "169": {"doc_number": "86/TB-VPUBND", "doc_type": "Thông báo", "issued_date": "2025-04-10",
            "province": "Vĩnh Long", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Nguyễn Minh Triết"},
}
