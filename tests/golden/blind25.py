"""Blind golden facts for corpus/blind25/200_vinh_long.txt, 201_thai_nguyen.txt, 202_lam_dong.txt,
203_thanh_hoa.txt and 204_dong_nai.txt.

The five documents were written by the developers for a twenty-fifth blind measurement (provinces reused with
new issuers and new wording; not real documents), and every row below was written by reading them, before
any extraction, restoration or pipeline code was run on them. They also serve as held-out text for diacritic
restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind13.py … blind16.py: rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are kind
`count`; table cells are kind `value` (rank cells written `n/63` kind `rank`, unit `hạng`, max 63, as
golden/blind15.py's 156 does); `as_of="period"` is the period's end; a table column dated before the period
end keeps kind `value` with that date as `as_of`; `ANY` leaves a field unchecked where the sentence names no
catalogued indicator (`None` where it clearly names none). Table cells carry `extra={"source": "table"}`.
"thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of the files
(or PAKN) an indicator is computed on carries that indicator's code; every "đã giải quyết" count, the parts
of a received or settled whole ("kỳ trước chuyển sang", "trước hạn", "đúng hạn" apart) and PAKN parts by
channel have their code unchecked; a relative change of a count ("tăng 8,4% so với năm 2023") has its code
unchecked. A change is dated at the period end; a fall ("giảm", "rút ngắn") is negative. Counts of units by
grade ("05/8 đơn vị xếp loại Tốt") are unit `đơn vị`, code None, at the level of the units counted; a count
of communes ("12/15 xã, thị trấn") takes the unit `xã`. Dates, document numbers, cited circulars, plans,
letters and decisions ("Thông tư số 01/2020/TT-VPCP", "Kế hoạch số 36/KH-UBND", "Công văn số
2315/UBND-KSTT", "Công văn số 1127/VP-KSTT", "Công văn số 9415/UBND-KSTT", "Công văn số 6148/UBND-KSTT",
"Quyết định số 766/QĐ-TTg"), "Tính đến ngày 31/12/2024", "Tính đến ngày 30/9/2025", the reporting windows
("từ ngày 01/7/2025 đến ngày 30/9/2025"), section numbering ("I.", "1.", "a)", "đ)"), the STT/TT column,
phone numbers ("0270.3822.451", "0208.3855.126", "0237.3852.418", "0251.3853.207"), addresses ("số 88
đường Hoàng Thái Hiếu, Phường 1", "số 12 Quốc lộ 20"), "Tổng đài 1022 Thanh Hóa" (a name), the month
names "tháng 10, tháng 11 và tháng 12" and the month labels of a dash list ("- Tháng 10/2025:"), "thứ Bảy",
headings naming the next period ("III. NHIỆM VỤ NĂM 2025", "II. NHIỆM VỤ QUÝ II NĂM 2025", "III. NHIỆM VỤ
THÁNG 5 NĂM 2025", "6. Nhiệm vụ quý I năm 2026": no deadlines), the column headers "Quý I/2024" … "Quý
IV/2024" and years are not figures.

New in this set:
- 200 is an annual Báo cáo of UBND tỉnh Vĩnh Long to the Văn phòng Chính phủ, năm 2024 (stated as
  01/01–31/12/2024, issued 10/01/2025). Province figures have subject NULL. "47 quyết định" is a count with
  code None; "612 TTHC (trong đó: mới ban hành 186 TTHC, sửa đổi, bổ sung 301 TTHC, bãi bỏ 125 TTHC)" are
  counts of published procedures (code unchecked). The two 766 publication shares ("công bố đúng hạn",
  "cập nhật, công khai đúng hạn") carry their catalogued codes. Procedures by level after "tương ứng"
  without colons. "(năm 2023: 48,65%)" is a previous value dated 2023-12-31. Online shares by level after
  "lần lượt là". "trước hạn và đúng hạn 499.604 hồ sơ, đạt 99,14%" carries the on-time code. Two
  district-level units with overdue land files in brackets. "so với chỉ tiêu Chính phủ giao là 45% thì đạt
  chỉ tiêu" and "(chỉ tiêu là 90%, chưa đạt chỉ tiêu)": targets of the year (= period end) with the shares
  carrying them and their status. NEW: its Markdown table gives the six 766 groups by quarter (columns
  "Quý I/2024" … "Quý IV/2024": the first three dated 2024-03-31, 2024-06-30, 2024-09-30, the fourth the
  period end; no maxima written, so max_value None, as golden/blind13.py's 148), a "Tổng điểm" row (code
  766.tong_hop) and a "Xếp hạng" row of ranks `n/63` (kind rank, max 63). The prose repeats the fourth
  quarter ("84,77/100", "17/63") with two pairs of changes: against quý III/2024 and against quý I/2024 (a
  change over the year, still dated at the period end). Block averages (subject ANY, levels tỉnh/huyện/xã),
  the best agency "với 94,62 điểm" and the best and worst district-level units in brackets; counts by grade
  `05/8`, `03/8` (level huyện) and `71/107`, `29/107`, `07/107` (level xã). The target "đến hết năm 2025 …
  của tỉnh đạt tối thiểu 60%" is the province's (subject NULL), dated 2025-12-31. Six deadlines: year (with
  the target), day, month ("trong tháng 02/2025"), quarter, "chậm nhất" day in words, "trước ngày 15 hằng
  tháng" (issued 10/01/2025: first 15/01/2025).
- 201 is a quarterly Báo cáo of Sở Y tế tỉnh Thái Nguyên (header "UBND TỈNH THÁI NGUYÊN / SỞ Y TẾ"), quý I
  năm 2025, issued 04/4/2025, on its own procedures. Every figure is the Sở's (subject "Sở Y tế", level
  tỉnh); the overdue files of one field in prose "(15 hồ sơ cấp mới …)" and the field rows of the table
  have subject ANY, level tỉnh. "11 lĩnh vực" and "03 quyết định" are counts with code None; "24 TTHC"
  (amended procedures), "100% TTHC được niêm yết" and "05 TTHC" in a task have their code unchecked.
  "giảm 5,2% so với quý IV năm 2024 (2.986 hồ sơ)": a relative fall (-5.2, code unchecked) and a previous
  value dated 2024-12-31; "tăng 3,17% so với quý IV năm 2024" is the change of the online share. Its
  tab-separated table (units in the headers: "Tiếp nhận (hồ sơ)", "Nộp trực tuyến (hồ sơ)" — a count of
  files submitted online, the online code —, "Đã giải quyết (hồ sơ)", "Đúng hạn (%)", "Quá hạn (hồ sơ)";
  "100" and "0" cells) has a "Tổng cộng" row with an empty STT cell (= the Sở; its figures are also in the
  prose). "chưa đạt chỉ tiêu UBND tỉnh giao năm 2025 là 50%": the Sở's target dated 2025-12-31, the 41,27%
  carries it with status "chưa đạt"; the task's "trong quý II năm 2025 … đạt tối thiểu 50%" is the Sở's
  target dated 2025-06-30. "(qua Hệ thống … 04, qua đường dây nóng của ngành 02)" are bare parts of the
  PAKN received; "06/06 PAKN" one count (max 6), "đạt 100%" the handled share, "05 PAKN được xử lý đúng
  hạn" a count with code unchecked. "xếp thứ 6/19 sở, ban, ngành, giảm 0,58 điểm và giảm 1 bậc so với quý
  IV năm 2024 (90,84 điểm, xếp thứ 5/19)": falls and previous values dated 2024-12-31 (the Sở's score has no
  max); "(88,73 điểm)" is the agencies' average (subject ANY). The Sở's two group scores `x/max`. Five
  deadlines: day, quarter (with the target), month, NEW "Chậm nhất ngày 15 tháng 6 năm 2025, Thanh tra Sở
  hoàn thành …" (date in words before the assignee), "trước ngày 10 hằng tháng" (issued 04/4/2025: first
  10/4/2025).
- 202 is a monthly Báo cáo of UBND huyện Đức Trọng (tỉnh Lâm Đồng, named in "Kính gửi"), tháng 4 năm 2025,
  issued 05/5/2025, before the 1 July 2025 reform (post-March 2025 name "Phòng Nông nghiệp và Môi
  trường"). Figures under "a) Cấp huyện (Bộ phận Một cửa huyện)" have subject "cấp huyện", those under "b)
  Cấp xã" subject "cấp xã"; the district's own PAKN, score and rank have subject "UBND huyện Đức Trọng",
  level huyện. "(tháng 3/2025: 1.752 hồ sơ)" and "(tháng 3/2025 xếp thứ 6/10)" are previous values dated
  2025-03-31; "4/10" ranks the district among the province's 10 district-level units. Overdue files by
  field in brackets (subject ANY, level huyện). "(cấp huyện 65%, cấp xã 60%), cấp huyện đã đạt, cấp xã
  chưa đạt chỉ tiêu": each target is its level's, dated 2025-12-31; 68,55% carries 65 ("đạt"), 58,27%
  carries 60 ("chưa đạt"). "12/15 xã, thị trấn đã triển khai, đạt 80%" (electronic certification): a count
  of communes (unit xã, subject "cấp xã", level xã, code None, as golden/blind6.py's "9/22") and its share
  (code unchecked: the catalogue has both a 766 component and a certification share that could claim it).
  Its Markdown table lists the 15 xã, thị trấn in official order (subject as written, "Thị trấn Liên
  Nghĩa", "Xã N'Thôl Hạ", level xã; files received, online share, on-time share; seven "100" cells) with a
  "Cộng" row with an empty STT cell (= cấp xã; its 3.980, 58,27 and 99,60 are also in the prose). Commune
  averages and counts by grade `09/15`, `05/15`, `01/15` (level xã). "03 xã còn lại" in a task is a count of
  communes (unit xã). The target "đến hết quý II năm 2025 … đạt tối thiểu 45%" in the task of "UBND các xã,
  thị trấn" is theirs, dated 2025-06-30. The signer's name has an apostrophe ("K' Brèo"). Five deadlines:
  day, "chậm nhất" day in words for two named communes, month, quarter (with the target), "trước ngày 25
  hằng tháng" (issued 05/5/2025: first 25/5/2025).
- 203 is a Thông báo of the Văn phòng UBND tỉnh Thanh Hóa (header "UBND TỈNH THANH HÓA / VĂN PHÒNG"), quý
  III năm 2025 (stated as 01/7–30/9/2025, issued 08/10/2025), after the two-level reform, NEW on PAKN
  handling and the 766 satisfaction group. Province figures have subject NULL. "tăng 186 PAKN so với quý II
  năm 2025 (1.061 PAKN)": a change and a previous value dated 2025-06-30. PAKN by channel and by content
  with shares "(chiếm x%)" are parts (code unchecked). "1.158/1.247 PAKN" is one count of PAKN handled (max
  1247); "chiếm 96,80% số PAKN đã xử lý" is a share of the handled ones (code unchecked: not the 766
  formula, which the dash list below gives); "Còn 89 PAKN đang xử lý" is the backlog (pakn.ton_dong), "quá
  hạn 14 PAKN" the overdue ones (pakn.qua_han); "8,6 ngày/PAKN" and its fall; "3,42/4 điểm" is the
  citizens' mean rating (max 4). Figures by kind of body: the agencies (subject ANY, level tỉnh), the
  communes and wards (subject ANY, level xã), the utilities "các doanh nghiệp cung cấp dịch vụ điện, nước,
  viễn thông" (subject ANY, level NULL); a dash list "- <unit>: n PAKN, đã xử lý m;" (the second count
  without its unit word) and overdue counts in brackets per unit. The survey "2.450 lượt … 2.371 lượt …
  96,78%" (unit `lượt`) has subject, level and code unchecked (the Trung tâm's survey of people it
  served). The satisfaction group "17,52/18", its fall and "(17,67 điểm)" (previous, keeping max 18, dated
  2025-06-30); the three components as a dash list "- <component>: x% (đạt y/6 điểm);" (the shares carry
  the 766 codes pakn_dung_han, pakn, tthc; the component scores max 6, code unchecked; one "6/6"). Total
  "88,14/100", rank "9/34" among the 34 provinces, rises and previous values dated 2025-06-30. Block group
  averages `x/18` (levels tỉnh/xã), "118/166 xã, phường" (unit xã, code None), the two lowest units' group
  scores in brackets. The target "đến hết năm 2025 tỷ lệ xử lý PAKN đúng hạn đạt 100%" in the task of "UBND
  các xã, phường" is theirs, dated 2025-12-31. Six deadlines `a)`–`e)`: day (for three named units), year
  (with the target), month, quarter, "chậm nhất" day in words, "trước ngày 03 hằng tháng" (issued
  08/10/2025, after the 3rd: first 03/11/2025).
- 204 is a quarterly Báo cáo of a post-merger commune, UBND xã Định Quán (tỉnh Đồng Nai, named in "Kính
  gửi"), quý IV năm 2025 (stated as 01/10–31/12/2025, issued 06/01/2026). Every figure is the commune's
  (subject "UBND xã Định Quán", level xã); field figures ("- Hộ tịch: 1.684 hồ sơ;", "đất đai (41 hồ sơ)")
  have subject ANY, level xã. Previous values "(4.209 hồ sơ)", "(quý III năm 2025: 69,82%)", "(quý III năm
  2025: 71,20%)", "(85,91 điểm, thứ 23/95)" are dated 2025-09-30 (the commune's score has no max). NEW:
  files received per month after "lần lượt là 1.452, 1.518 và 1.647 hồ sơ" (counts dated 2025-10-31,
  2025-11-30 and the period end) and online shares per month as a dash list "- Tháng 10/2025: 72,18%;"
  (dated at each month's end; the labels are no figures). Files by post ("126 hồ sơ, chiếm 2,85%") and
  after hours ("312 hồ sơ") have their code unchecked. "1.538/1.962 hồ sơ" is one count (max 1962); "so
  với chỉ tiêu tỉnh giao năm 2025 cho cấp xã là 80% thì chưa đạt chỉ tiêu": the target (subject ANY, level
  xã) dated 2025-12-31, the 78,39% carries it with status "chưa đạt". "tăng 14,63%" is the change of the
  reuse share. Electronic certification "2.184 trường hợp"; identity accounts "thêm 1.376", "lũy kế
  52.819" and "đạt 81,46%". PAKN parts by channel (code unchecked), "16/17 PAKN" one count (max 17). Rank
  "14/95" among the province's 95 xã, phường; three group scores `x/max`; "Điểm bình quân của các xã,
  phường trong tỉnh" is a level average (subject ANY). The target "trong quý I năm 2026 … của xã đạt tối
  thiểu 80%" is the commune's, dated 2026-03-31. Six deadlines as dash items: day, "chậm nhất" day in words,
  month, quarter (with the target), year ("trong năm 2026"), "trước ngày 18 hằng tháng" (issued 06/01/2026:
  first 18/01/2026).
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
_TONG = "766.tong_hop"
_HANG = "766.xep_hang"
_TTHC = "tthc.tong_so"
_TIME = "766.tien_do.thoi_gian"
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_XA = {"subject": "cấp xã", "level": "xã"}


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs. A rank
    cell `n/m` carries m as its max_value."""
    facts = []
    raws = [cell[0] for cell in cells]
    for i, (raw, unit, kind, code, as_of) in enumerate(cells):
        context = sep + sep.join(raws[i:]) + end + after
        if "/" in raw:
            number, top = raw.split("/")
            facts.append(F(context, raw, _num(number), unit, kind, max_value=_num(top), subject=subject,
                           level=level, as_of=as_of, code=code, extra=TAB))
        else:
            facts.append(F(context, raw, _num(raw), unit, kind, subject=subject, level=level, as_of=as_of,
                           code=code, extra=TAB))
    return facts


# ------------------------------------------------------------ 200: UBND tỉnh Vĩnh Long, năm 2024
_Y2023 = "2023-12-31"
_QUARTERS_2024 = ("2024-03-31", "2024-06-30", "2024-09-30", "period")


def _group_200(code: str, scores: tuple[str, str, str, str], after: str, unit: str = "điểm",
               kind: str = P) -> list[Fact]:
    """One Markdown row of a group (or the total, or the ranks): one cell per quarter of 2024, each dated at
    its quarter's end (the fourth is the period end). No maximum is written for the scores."""
    cells = [(raw, unit, kind, code, as_of) for raw, as_of in zip(scores, _QUARTERS_2024, strict=True)]
    return _cells(None, None, cells, after, " | ", " |\n")


BLIND_200 = [
    # I.1 (01/2020/TT-VPCP of 21/10/2020 and 36/KH-UBND of 19/01/2024 cited)
    F("ban hành 47 quyết định", "47", 47, "quyết định", C, code=None),
    F("tổng cộng 612 TTHC", "612", 612, "TTHC", C, code=ANY),
    F("mới ban hành 186 TTHC", "186", 186, "TTHC", C, code=ANY),
    F("bổ sung 301 TTHC", "301", 301, "TTHC", C, code=ANY),
    F("bãi bỏ 125 TTHC", "125", 125, "TTHC", C, code=ANY),
    F("đúng hạn đạt 97,55%", "97,55%", 97.55, "%", code="766.cong_khai.cong_bo_dung_han"),
    F("quốc gia đạt 100%", "100%", 100, "%", code="766.cong_khai.cap_nhat_dung_han"),
    F("tỉnh là 1.818 TTHC", "1.818", 1818, "TTHC", C, code=_TTHC),
    F("cấp tỉnh 1.469", "1.469", 1469, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("cấp huyện 231", "231", 231, "TTHC", C, code=_TTHC, **_HUYEN),
    F("cấp xã 118", "118", 118, "TTHC", C, code=_TTHC, **_XA),
    # I.2 năm 2023 dated 2023-12-31
    F("Có 1.126 TTHC", "1.126", 1126, "TTHC", C, code="766.dvctt.tthc_cung_cap"),
    F("chiếm 61,94%", "61,94%", 61.94, "%", code="766.dvctt.tthc_cung_cap"),
    F("đó 748 TTHC", "748", 748, "TTHC", C, code=_TOAN),
    F("và 378 TTHC", "378", 378, "TTHC", C, code=_MOT),
    F("tiếp nhận 512.386", "512.386", 512386, "hồ sơ", C, code=_TN),
    F("tăng 8,4%", "8,4%", 8.4, "%", CH, code=ANY),
    F("là 318.742", "318.742", 318742, "hồ sơ", C, code=_NOP),
    F("chiếm 62,21%", "62,21%", 62.21, "%", code=_NOP),
    F("(năm 2023: 48,65%)", "48,65%", 48.65, "%", PR, as_of=_Y2023, code=_NOP),
    F("lần lượt là 78,36%", "78,36%", 78.36, "%", subject="cấp tỉnh", level="tỉnh", code=_NOP),
    F(", 55,12%", "55,12%", 55.12, "%", code=_NOP, **_HUYEN),
    F("và 49,87%", "49,87%", 49.87, "%", code=_NOP, **_XA),
    # I.3
    F("giải quyết 503.915", "503.915", 503915, "hồ sơ", C, code=ANY),
    F("đúng hạn 499.604", "499.604", 499604, "hồ sơ", C, code=_DH),
    F("đạt 99,14%", "99,14%", 99.14, "%", code=_DH),
    F("quá hạn 4.311", "4.311", 4311, "hồ sơ", C, code=_QH),
    F("chiếm 0,86%", "0,86%", 0.86, "%", code=_QH),
    F("Long Hồ (1.146 hồ sơ)", "1.146", 1146, "hồ sơ", C, subject="UBND huyện Long Hồ", level="huyện", code=_QH),
    F("Liêm (874 hồ sơ)", "874", 874, "hồ sơ", C, subject="UBND huyện Vũng Liêm", level="huyện", code=_QH),
    # I.4 targets of the year (= the period end)
    F("tỉnh đạt 52,38%", "52,38%", 52.38, "%", code=_TT, target=45, stated_status="đạt"),
    F("giao là 45%", "45%", 45, "%", T, code=_TT),
    F("đạt 84,17%", "84,17%", 84.17, "%", code=_SH, target=90, stated_status="chưa đạt"),
    F("(chỉ tiêu là 90%", "90%", 90, "%", T, code=_SH),
    F("đạt 93,05%", "93,05%", 93.05, "%", code=_KQ),
    F("đạt 38,72%", "38,72%", 38.72, "%", code=_TSD),
    # I.5
    F("tiếp nhận 214 phản ánh", "214", 214, "PAKN", C, code=_PAKN_TN),
    F("xong 205 PAKN", "205", 205, "PAKN", C, code=_PAKN_XL),
    F("đạt 95,79%", "95,79%", 95.79, "%", code=_PAKN_TL),
    F("còn 09 PAKN", "09", 9, "PAKN", C, code=ANY),
    F("đạt 95,12%", "95,12%", 95.12, "%", code=_HL),
    # I.6 (766/QĐ-TTg of 23/6/2022 cited) Markdown table of the six groups by quarter, total and rank rows
    *_group_200("766.cong_khai", ("16,21", "16,58", "16,94", "17,12"), "| 2 | Tiến độ"),
    *_group_200("766.tien_do", ("18,76", "18,95", "19,08", "19,27"), "| 3 | Dịch vụ"),
    *_group_200("766.dvctt", ("7,84", "8,36", "8,91", "9,45"), "| 4 | Thanh toán"),
    *_group_200("766.thanh_toan", ("4,12", "4,87", "5,63", "6,18"), "| 5 | Mức độ"),
    *_group_200("766.hai_long", ("17,35", "17,52", "17,48", "17,69"), "| 6 | Số hóa"),
    *_group_200("766.so_hoa", ("12,96", "13,84", "14,57", "15,06"), "| | Tổng điểm"),
    *_group_200(_TONG, ("77,24", "80,12", "82,61", "84,77"), "| | Xếp hạng"),
    *_group_200(_HANG, ("39/63", "31/63", "24/63", "17/63"), "\nKết thúc quý IV", unit="hạng", kind=R),
    # the fourth quarter in prose, changes against quý III/2024 and against quý I/2024 (dated at the period end)
    F("đạt 84,77/100", "84,77/100", 84.77, "điểm", max_value=100, code=_TONG),
    F("thứ 17/63", "17/63", 17, "hạng", R, max_value=63, code=_HANG),
    F("tăng 2,16 điểm", "2,16", 2.16, "điểm", CH, code=_TONG),
    F("tăng 7 bậc", "7", 7, "hạng", CH, code=_HANG),
    F("tăng 7,53 điểm", "7,53", 7.53, "điểm", CH, code=_TONG),
    F("tăng 22 bậc", "22", 22, "hạng", CH, code=_HANG),
    # block averages, best and worst units, counts by grade
    F("ngành là 87,45 điểm", "87,45", 87.45, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("phố là 83,62 điểm", "83,62", 83.62, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("trấn là 80,19 điểm", "80,19", 80.19, "điểm", subject=ANY, level="xã", code=_TONG),
    F("với 94,62 điểm", "94,62", 94.62, "điểm", subject="Sở Tư pháp", level="tỉnh", code=_TONG),
    F("(91,08 điểm)", "91,08", 91.08, "điểm", subject="UBND thành phố Vĩnh Long", level="huyện", code=_TONG),
    F("(79,35 điểm)", "79,35", 79.35, "điểm", subject="UBND huyện Trà Ôn", level="huyện", code=_TONG),
    F("có 05/8", "05/8", 5, "đơn vị", C, max_value=8, subject=ANY, level="huyện", code=None),
    F("và 03/8", "03/8", 3, "đơn vị", C, max_value=8, subject=ANY, level="huyện", code=None),
    F("có 71/107", "71/107", 71, "đơn vị", C, max_value=107, subject=ANY, level="xã", code=None),
    F("Tốt, 29/107", "29/107", 29, "đơn vị", C, max_value=107, subject=ANY, level="xã", code=None),
    F("và 07/107", "07/107", 7, "đơn vị", C, max_value=107, subject=ANY, level="xã", code=None),
    # III.1 the province's target by the end of 2025 (0270.3822.451, "số 88", "Phường 1" are no figures)
    F("tối thiểu 60%", "60%", 60, "%", T, as_of="2025-12-31", code=_TT),
]

# ------------------------------------------------------------ 201: Sở Y tế tỉnh Thái Nguyên, quý I năm 2025
_SYT = "Sở Y tế"
_Q4_2024 = "2024-12-31"


def _so(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SYT, level="tỉnh", **kw)


def _row_201(subject: object, received: str, online: str, settled: str, on_time: str, overdue: str,
             after: str) -> list[Fact]:
    """One tab-separated row of a field (or the total): files received, files submitted online, settled,
    on-time share, overdue files. STT is no figure."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (settled, "hồ sơ", P, ANY, "period"), (on_time, "%", P, _DH, "period"),
             (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "tỉnh", cells, after, "\t", "\n")


BLIND_201 = [
    # I.1 (2315/UBND-KSTT of 08/3/2025 cited)
    _so("thực hiện 136 TTHC", "136", 136, "TTHC", C, code=_TTHC),
    _so("thuộc 11 lĩnh vực", "11", 11, "lĩnh vực", C, code=None),
    _so("đó 121 TTHC", "121", 121, "TTHC", C, code=_TOAN),
    _so("toàn trình, 15 TTHC", "15", 15, "TTHC", C, code=_MOT),
    _so("ban hành 03 quyết định", "03", 3, "quyết định", C, code=None),
    _so("với 24 TTHC", "24", 24, "TTHC", C, code=ANY),
    _so("100% TTHC", "100%", 100, "%", code=ANY),
    # I.2 quý IV năm 2024 dated 2024-12-31
    _so("Sở tiếp nhận 2.831", "2.831", 2831, "hồ sơ", C, code=_TN),
    _so("sang 147 hồ sơ", "147", 147, "hồ sơ", C, code=ANY),
    _so("mới 2.684 hồ sơ", "2.684", 2684, "hồ sơ", C, code=ANY),
    _so("giảm 5,2%", "5,2%", -5.2, "%", CH, code=ANY),
    _so("(2.986 hồ sơ)", "2.986", 2986, "hồ sơ", PR, as_of=_Q4_2024, code=_TN),
    _so("là 2.572 hồ sơ", "2.572", 2572, "hồ sơ", C, code=_NOP),
    _so("chiếm 90,85%", "90,85%", 90.85, "%", code=_NOP),
    _so("tăng 3,17%", "3,17%", 3.17, "%", CH, code=_NOP),
    _so("giải quyết 2.713", "2.713", 2713, "hồ sơ", C, code=ANY),
    _so("trước hạn 2.406", "2.406", 2406, "hồ sơ", C, code=ANY),
    _so("đúng hạn 284", "284", 284, "hồ sơ", C, code=ANY),
    _so("quá hạn 23 hồ sơ", "23", 23, "hồ sơ", C, code=_QH),
    _so("đạt 99,15%", "99,15%", 99.15, "%", code=_DH),
    _so("còn 118 hồ sơ", "118", 118, "hồ sơ", C, code=ANY),
    F("bệnh (15 hồ sơ", "15", 15, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    _so("trung bình 6,4", "6,4", 6.4, "ngày", code=_TIME),
    _so("rút ngắn 0,8", "0,8", -0.8, "ngày", CH, code=_TIME),
    # tab-separated table by field, "Tổng cộng" row (= the Sở)
    *_row_201(ANY, "1.284", "1.102", "1.216", "98,77", "15", "2\tDược phẩm"),
    *_row_201(ANY, "862", "851", "840", "100", "0", "3\tMỹ phẩm"),
    *_row_201(ANY, "214", "214", "209", "100", "0", "4\tAn toàn"),
    *_row_201(ANY, "317", "268", "301", "97,67", "7", "5\tTrang thiết"),
    *_row_201(ANY, "96", "96", "92", "100", "0", "6\tY tế dự phòng"),
    *_row_201(ANY, "58", "41", "55", "98,18", "1", "\tTổng cộng"),
    *_row_201(_SYT, "2.831", "2.572", "2.713", "99,15", "23", "\n3. Thanh toán"),
    # I.3 the 2025 target (dated at the year's end), "chưa đạt chỉ tiêu"
    _so("đạt 84,36%", "84,36%", 84.36, "%", code=_TT),
    _so("2024: 79,02%)", "79,02%", 79.02, "%", PR, as_of=_Q4_2024, code=_TT),
    _so("đạt 96,48%", "96,48%", 96.48, "%", code=_SH),
    _so("đạt 98,15%", "98,15%", 98.15, "%", code=_KQ),
    _so("đạt 41,27%", "41,27%", 41.27, "%", code=_TSD, target=50, stated_status="chưa đạt"),
    _so("năm 2025 là 50%", "50%", 50, "%", T, as_of="2025-12-31", code=_TSD),
    # I.4
    _so("tiếp nhận 06 phản ánh", "06", 6, "PAKN", C, code=_PAKN_TN),
    _so("tỉnh 04,", "04", 4, "PAKN", C, code=ANY),
    _so("ngành 02)", "02", 2, "PAKN", C, code=ANY),
    _so("xử lý 06/06", "06/06", 6, "PAKN", C, max_value=6, code=_PAKN_XL),
    _so("đạt 100%,", "100%", 100, "%", code=_PAKN_TL),
    _so("05 PAKN", "05", 5, "PAKN", C, code=ANY),
    _so("đạt 97,84%", "97,84%", 97.84, "%", code=_HL),
    # I.5 rank among the province's agencies; quý IV năm 2024 dated 2024-12-31
    _so("đạt 90,26 điểm", "90,26", 90.26, "điểm", code=_TONG),
    _so("thứ 6/19", "6/19", 6, "hạng", R, max_value=19, code=_HANG),
    _so("giảm 0,58 điểm", "0,58", -0.58, "điểm", CH, code=_TONG),
    _so("giảm 1 bậc", "1", -1, "hạng", CH, code=_HANG),
    _so("(90,84 điểm", "90,84", 90.84, "điểm", PR, as_of=_Q4_2024, code=_TONG),
    _so("thứ 5/19)", "5/19", 5, "hạng", PR, max_value=19, as_of=_Q4_2024, code=_HANG),
    F("(88,73 điểm)", "88,73", 88.73, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    _so("đạt 17,34/22", "17,34/22", 17.34, "điểm", max_value=22, code="766.so_hoa"),
    _so("đạt 8,12/10", "8,12/10", 8.12, "điểm", max_value=10, code="766.thanh_toan"),
    # II. the Sở's target in quý II năm 2025; procedures to simplify (0208.3855.126 is a phone number)
    _so("tối thiểu 50%", "50%", 50, "%", T, as_of="2025-06-30", code=_TSD),
    _so("hóa 05 TTHC", "05", 5, "TTHC", C, code=ANY),
]

# ------------------------------------------------------------ 202: UBND huyện Đức Trọng, tháng 4 năm 2025
_DT = "UBND huyện Đức Trọng"
_MAR_202 = "2025-03-31"
_Y2025 = "2025-12-31"


def _district(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the district itself (subject its UBND, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_DT, level="huyện", **kw)


def _row_202(subject: str, received: str, online: str, on_time: str, after: str) -> list[Fact]:
    """One Markdown row of a xã/thị trấn (or "Cộng" = cấp xã): files received, online share, on-time share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (on_time, "%", P, _DH, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


BLIND_202 = [
    # I. a) cấp huyện (1127/VP-KSTT of 14/02/2025 cited); tháng 3/2025 dated 2025-03-31
    F("tiếp nhận 1.873", "1.873", 1873, "hồ sơ", C, code=_TN, **_HUYEN),
    F("(tháng 3/2025: 1.752 hồ sơ)", "1.752", 1752, "hồ sơ", PR, as_of=_MAR_202, code=_TN, **_HUYEN),
    F("trực tuyến 1.284", "1.284", 1284, "hồ sơ", C, code=_NOP, **_HUYEN),
    F("đạt 68,55%", "68,55%", 68.55, "%", code=_NOP, target=65, stated_status="đạt", **_HUYEN),
    F("giải quyết 1.796", "1.796", 1796, "hồ sơ", C, code=ANY, **_HUYEN),
    F("đúng hạn 1.771", "1.771", 1771, "hồ sơ", C, code=_DH, **_HUYEN),
    F("đạt 98,61%", "98,61%", 98.61, "%", code=_DH, **_HUYEN),
    F("quá hạn 25", "25", 25, "hồ sơ", C, code=_QH, **_HUYEN),
    F("đất đai 21 hồ sơ", "21", 21, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    F("dựng 04 hồ sơ", "04", 4, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    F("đạt 46,82%", "46,82%", 46.82, "%", code=_TT, **_HUYEN),
    F("đạt 91,37%", "91,37%", 91.37, "%", code=_SH, **_HUYEN),
    # b) cấp xã; best and worst units in brackets
    F("tiếp nhận 3.980", "3.980", 3980, "hồ sơ", C, code=_TN, **_XA),
    F("trực tuyến 2.319", "2.319", 2319, "hồ sơ", C, code=_NOP, **_XA),
    F("đạt 58,27%", "58,27%", 58.27, "%", code=_NOP, target=60, stated_status="chưa đạt", **_XA),
    F("tăng 4,06%", "4,06%", 4.06, "%", CH, code=_NOP, **_XA),
    F("đạt 99,60%", "99,60%", 99.60, "%", code=_DH, **_XA),
    F("Nghĩa (72,31%)", "72,31%", 72.31, "%", subject="Thị trấn Liên Nghĩa", level="xã", code=_NOP),
    F("(29,03%)", "29,03%", 29.03, "%", subject="xã Đa Quyn", level="xã", code=_NOP),
    F("đạt 38,45%", "38,45%", 38.45, "%", code=_TT, **_XA),
    F("đạt 83,92%", "83,92%", 83.92, "%", code=_SH, **_XA),
    # each level's 2025 target
    F("cấp huyện 65%", "65%", 65, "%", T, as_of=_Y2025, code=_NOP, **_HUYEN),
    F("cấp xã 60%", "60%", 60, "%", T, as_of=_Y2025, code=_NOP, **_XA),
    # electronic certification: a count of communes and its share
    F("bản chính: 12/15", "12/15", 12, "xã", C, max_value=15, code=None, **_XA),
    F("đạt 80%", "80%", 80, "%", code=ANY, **_XA),
    # Markdown table of the 15 xã, thị trấn; "Cộng" row (= cấp xã)
    *_row_202("Thị trấn Liên Nghĩa", "1.246", "72,31", "99,52", "| 2 | Xã Hiệp An"),
    *_row_202("Xã Hiệp An", "318", "58,49", "100", "| 3 | Xã Hiệp Thạnh"),
    *_row_202("Xã Hiệp Thạnh", "402", "61,19", "99,75", "| 4 | Xã Liên Hiệp"),
    *_row_202("Xã Liên Hiệp", "287", "55,40", "100", "| 5 | Xã Bình Thạnh"),
    *_row_202("Xã Bình Thạnh", "164", "47,56", "98,78", "| 6 | Xã N'Thôl Hạ"),
    *_row_202("Xã N'Thôl Hạ", "142", "43,66", "100", "| 7 | Xã Tân Hội"),
    *_row_202("Xã Tân Hội", "233", "52,79", "99,57", "| 8 | Xã Tân Thành"),
    *_row_202("Xã Tân Thành", "176", "50,00", "100", "| 9 | Xã Phú Hội"),
    *_row_202("Xã Phú Hội", "351", "60,11", "99,72", "| 10 | Xã Ninh Gia"),
    *_row_202("Xã Ninh Gia", "158", "46,20", "98,73", "| 11 | Xã Ninh Loan"),
    *_row_202("Xã Ninh Loan", "121", "41,32", "100", "| 12 | Xã Đà Loan"),
    *_row_202("Xã Đà Loan", "139", "44,60", "99,28", "| 13 | Xã Tà Năng"),
    *_row_202("Xã Tà Năng", "97", "36,08", "100", "| 14 | Xã Tà Hine"),
    *_row_202("Xã Tà Hine", "84", "32,14", "97,62", "| 15 | Xã Đa Quyn"),
    *_row_202("Xã Đa Quyn", "62", "29,03", "100", "| | Cộng"),
    *_row_202("cấp xã", "3.980", "58,27", "99,60", "\nII. PHẢN ÁNH"),
    # II.1 the district's own PAKN
    _district("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _district("xử lý 07 PAKN", "07", 7, "PAKN", C, code=_PAKN_XL),
    _district("đạt 77,78%", "77,78%", 77.78, "%", code=_PAKN_TL),
    _district("02 PAKN", "02", 2, "PAKN", C, code=ANY),
    # II.2 rank among the province's 10 district-level units; tháng 3/2025 dated 2025-03-31
    _district("đạt 86,94 điểm", "86,94", 86.94, "điểm", code=_TONG),
    _district("thứ 4/10", "4/10", 4, "hạng", R, max_value=10, code=_HANG),
    _district("thứ 6/10)", "6/10", 6, "hạng", PR, max_value=10, as_of=_MAR_202, code=_HANG),
    _district("tăng 1,37 điểm", "1,37", 1.37, "điểm", CH, code=_TONG),
    # II.3 the communes' average, best and worst, counts by grade
    F("đạt 81,26 điểm", "81,26", 81.26, "điểm", subject=ANY, level="xã", code=_TONG),
    F("(90,15 điểm)", "90,15", 90.15, "điểm", subject="Thị trấn Liên Nghĩa", level="xã", code=_TONG),
    F("(72,48 điểm)", "72,48", 72.48, "điểm", subject="xã Tà Hine", level="xã", code=_TONG),
    F("Có 09/15", "09/15", 9, "đơn vị", C, max_value=15, subject=ANY, level="xã", code=None),
    F("Tốt, 05/15", "05/15", 5, "đơn vị", C, max_value=15, subject=ANY, level="xã", code=None),
    F("và 01/15", "01/15", 1, "đơn vị", C, max_value=15, subject=ANY, level="xã", code=None),
    # III. the communes left; the communes' target by the end of quý II năm 2025
    F("hướng dẫn 03 xã", "03", 3, "xã", C, code=None, **_XA),
    F("tối thiểu 45%", "45%", 45, "%", T, subject="UBND các xã, thị trấn", level="xã", as_of="2025-06-30",
      code=_TT),
]

# ------------------------------------------------------------ 203: Văn phòng UBND tỉnh Thanh Hóa, quý III năm 2025
_Q2_2025 = "2025-06-30"
_NN = "Sở Nông nghiệp và Môi trường"
_HT = "UBND phường Hạc Thành"
_PAKN_DH = "766.hai_long.pakn_dung_han"


def _unit_203(subject: str, level: str, received: str, handled: str) -> list[Fact]:
    """One dash item "- <unit>: n PAKN, đã xử lý m;" (the second count without its unit word)."""
    name = subject.removeprefix("UBND ")
    return [F(f"{name}: {received} PAKN", received, _num(received), "PAKN", C, subject=subject, level=level,
              code=_PAKN_TN),
            F(f"xử lý {handled}", handled, _num(handled), "PAKN", C, subject=subject, level=level,
              code=_PAKN_XL)]


BLIND_203 = [
    # 1. (9415/UBND-KSTT of 21/7/2025 cited); quý II năm 2025 dated 2025-06-30
    F("tiếp nhận 1.247 PAKN", "1.247", 1247, "PAKN", C, code=_PAKN_TN),
    F("tăng 186 PAKN", "186", 186, "PAKN", CH, code=_PAKN_TN),
    F("(1.061 PAKN)", "1.061", 1061, "PAKN", PR, as_of=_Q2_2025, code=_PAKN_TN),
    F("quốc gia 412 PAKN", "412", 412, "PAKN", C, code=ANY),
    F("(chiếm 33,04%)", "33,04%", 33.04, "%", code=ANY),
    F("Thanh Hóa 598 PAKN", "598", 598, "PAKN", C, code=ANY),
    F("(chiếm 47,96%)", "47,96%", 47.96, "%", code=ANY),
    F("khác 237 PAKN", "237", 237, "PAKN", C, code=ANY),
    F("(chiếm 19,01%)", "19,01%", 19.01, "%", code=ANY),
    F("có 143 PAKN", "143", 143, "PAKN", C, code=ANY),
    F("và 1.104 PAKN", "1.104", 1104, "PAKN", C, code=ANY),
    # 2.
    F("xử lý 1.158/1.247", "1.158/1.247", 1158, "PAKN", C, max_value=1247, code=_PAKN_XL),
    F("đạt 92,86%", "92,86%", 92.86, "%", code=_PAKN_TL),
    F("đúng hạn 1.121", "1.121", 1121, "PAKN", C, code=ANY),
    F("chiếm 96,80%", "96,80%", 96.80, "%", code=ANY),
    F("Còn 89 PAKN", "89", 89, "PAKN", C, code="pakn.ton_dong"),
    F("quá hạn 14 PAKN", "14", 14, "PAKN", C, code="pakn.qua_han"),
    F("trung bình 8,6", "8,6", 8.6, "ngày", code="pakn.thoi_gian"),
    F("rút ngắn 1,2", "1,2", -1.2, "ngày", CH, code="pakn.thoi_gian"),
    F("xử lý 1.026", "1.026", 1026, "PAKN", C, code=ANY),
    F("chiếm 88,60%", "88,60%", 88.60, "%", code=ANY),
    F("đạt 3,42/4", "3,42/4", 3.42, "điểm", max_value=4, code="pakn.diem_hai_long"),
    # by kind of body: agencies, communes and wards, utilities
    F("tiếp nhận 386 PAKN", "386", 386, "PAKN", C, subject=ANY, level="tỉnh", code=_PAKN_TN),
    F("xử lý 371 PAKN", "371", 371, "PAKN", C, subject=ANY, level="tỉnh", code=_PAKN_XL),
    F("(96,11%)", "96,11%", 96.11, "%", subject=ANY, level="tỉnh", code=_PAKN_TL),
    F("tiếp nhận 803 PAKN", "803", 803, "PAKN", C, subject=ANY, level="xã", code=_PAKN_TN),
    F("xử lý 735 PAKN", "735", 735, "PAKN", C, subject=ANY, level="xã", code=_PAKN_XL),
    F("(91,53%)", "91,53%", 91.53, "%", subject=ANY, level="xã", code=_PAKN_TL),
    F("tiếp nhận 58 PAKN", "58", 58, "PAKN", C, subject=ANY, level=None, code=_PAKN_TN),
    F("xử lý 52 PAKN", "52", 52, "PAKN", C, subject=ANY, level=None, code=_PAKN_XL),
    F("(89,66%)", "89,66%", 89.66, "%", subject=ANY, level=None, code=_PAKN_TL),
    # the units with most PAKN (dash list); overdue PAKN per unit in brackets
    *_unit_203(_NN, "tỉnh", "142", "131"),
    *_unit_203("Sở Xây dựng", "tỉnh", "87", "85"),
    *_unit_203(_HT, "xã", "96", "90"),
    *_unit_203("UBND phường Sầm Sơn", "xã", "64", "57"),
    F("(06 PAKN)", "06", 6, "PAKN", C, subject=_NN, level="tỉnh", code="pakn.qua_han"),
    F("(05 PAKN)", "05", 5, "PAKN", C, subject=_HT, level="xã", code="pakn.qua_han"),
    F("(03 PAKN)", "03", 3, "PAKN", C, subject="UBND xã Thọ Xuân", level="xã", code="pakn.qua_han"),
    # the Trung tâm's survey
    F("khảo sát 2.450", "2.450", 2450, "lượt", C, subject=ANY, level=ANY, code=ANY),
    F("có 2.371", "2.371", 2371, "lượt", C, subject=ANY, level=ANY, code=ANY),
    F("đạt 96,78%", "96,78%", 96.78, "%", subject=ANY, level=ANY, code=ANY),
    # 3. the satisfaction group ("Tính đến ngày 30/9/2025" is the period end) and its three components
    F("đạt 17,52/18", "17,52/18", 17.52, "điểm", max_value=18, code="766.hai_long"),
    F("giảm 0,15 điểm", "0,15", -0.15, "điểm", CH, code="766.hai_long"),
    F("(17,67 điểm)", "17,67", 17.67, "điểm", PR, max_value=18, as_of=_Q2_2025, code="766.hai_long"),
    F("đúng hạn: 97,35%", "97,35%", 97.35, "%", code=_PAKN_DH),
    F("(đạt 5,84/6", "5,84/6", 5.84, "điểm", max_value=6, code=ANY),
    F("kiến nghị: 94,62%", "94,62%", 94.62, "%", code="766.hai_long.pakn"),
    F("(đạt 5,68/6", "5,68/6", 5.68, "điểm", max_value=6, code=ANY),
    F("TTHC: 98,90%", "98,90%", 98.90, "%", code=_HL),
    F("(đạt 6/6", "6/6", 6, "điểm", max_value=6, code=ANY),
    # total and rank among the 34 provinces; quý II năm 2025 dated 2025-06-30
    F("đạt 88,14/100", "88,14/100", 88.14, "điểm", max_value=100, code=_TONG),
    F("thứ 9/34", "9/34", 9, "hạng", R, max_value=34, code=_HANG),
    F("tăng 0,62 điểm", "0,62", 0.62, "điểm", CH, code=_TONG),
    F("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    F("(87,52 điểm", "87,52", 87.52, "điểm", PR, max_value=100, as_of=_Q2_2025, code=_TONG),
    F("thứ 11/34)", "11/34", 11, "hạng", PR, max_value=34, as_of=_Q2_2025, code=_HANG),
    # block group averages, communes at the maximum, the two lowest units
    F("đạt 17,71/18", "17,71/18", 17.71, "điểm", max_value=18, subject=ANY, level="tỉnh", code="766.hai_long"),
    F("đạt 17,28/18", "17,28/18", 17.28, "điểm", max_value=18, subject=ANY, level="xã", code="766.hai_long"),
    F("Có 118/166", "118/166", 118, "xã", C, max_value=166, subject=ANY, level="xã", code=None),
    F("(15,62/18", "15,62/18", 15.62, "điểm", max_value=18, subject="UBND xã Thọ Xuân", level="xã",
      code="766.hai_long"),
    F("(16,08/18", "16,08/18", 16.08, "điểm", max_value=18, subject=_HT, level="xã", code="766.hai_long"),
    # 4.b) the communes' and wards' target by the end of 2025 (0237.3852.418 is a phone number)
    F("đạt 100%.", "100%", 100, "%", T, subject="UBND các xã, phường", level="xã", as_of=_Y2025, code=_PAKN_DH),
]

# ------------------------------------------------------------ 204: UBND xã Định Quán (Đồng Nai), quý IV năm 2025
_DQ = "UBND xã Định Quán"
_Q3_2025 = "2025-09-30"
_OCT_204 = "2025-10-31"
_NOV_204 = "2025-11-30"


def _commune(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the commune itself (subject its UBND, level xã)."""
    return F(context, raw, value, unit, kind, subject=_DQ, level="xã", **kw)


BLIND_204 = [
    # 1. (6148/UBND-KSTT of 18/9/2025 cited; "số 12 Quốc lộ 20" is an address)
    _commune("giải quyết 356", "356", 356, "TTHC", C, code=_TTHC),
    _commune("đó 271 TTHC", "271", 271, "TTHC", C, code=_TOAN),
    _commune("và 85 TTHC", "85", 85, "TTHC", C, code=_MOT),
    # 2. quý III năm 2025 dated 2025-09-30; files received per month dated at each month's end
    _commune("xã tiếp nhận 4.617", "4.617", 4617, "hồ sơ", C, code=_TN),
    _commune("sang 203 hồ sơ", "203", 203, "hồ sơ", C, code=ANY),
    _commune("mới 4.414 hồ sơ", "4.414", 4414, "hồ sơ", C, code=ANY),
    _commune("tăng 9,7%", "9,7%", 9.7, "%", CH, code=ANY),
    _commune("(4.209 hồ sơ)", "4.209", 4209, "hồ sơ", PR, as_of=_Q3_2025, code=_TN),
    _commune("lần lượt là 1.452", "1.452", 1452, "hồ sơ", C, as_of=_OCT_204, code=_TN),
    _commune(", 1.518", "1.518", 1518, "hồ sơ", C, as_of=_NOV_204, code=_TN),
    _commune("và 1.647 hồ sơ", "1.647", 1647, "hồ sơ", C, code=_TN),
    F("Hộ tịch: 1.684", "1.684", 1684, "hồ sơ", C, subject=ANY, level="xã", code=_TN),
    F("Chứng thực: 1.215", "1.215", 1215, "hồ sơ", C, subject=ANY, level="xã", code=_TN),
    F("Đất đai: 862", "862", 862, "hồ sơ", C, subject=ANY, level="xã", code=_TN),
    F("khác: 856", "856", 856, "hồ sơ", C, subject=ANY, level="xã", code=_TN),
    _commune("là 3.287 hồ sơ", "3.287", 3287, "hồ sơ", C, code=_NOP),
    _commune("chiếm 74,47%", "74,47%", 74.47, "%", code=_NOP),
    _commune("2025: 69,82%)", "69,82%", 69.82, "%", PR, as_of=_Q3_2025, code=_NOP),
    _commune("công ích 126", "126", 126, "hồ sơ", C, code=ANY),
    _commune("chiếm 2,85%", "2,85%", 2.85, "%", code=ANY),
    _commune("tiếp nhận 312", "312", 312, "hồ sơ", C, code=ANY),
    # online shares per month (dash list; the month labels are no figures)
    _commune("10/2025: 72,18%", "72,18%", 72.18, "%", as_of=_OCT_204, code=_NOP),
    _commune("11/2025: 74,06%", "74,06%", 74.06, "%", as_of=_NOV_204, code=_NOP),
    _commune("12/2025: 76,83%", "76,83%", 76.83, "%", code=_NOP),
    _commune("giải quyết 4.385", "4.385", 4385, "hồ sơ", C, code=ANY),
    _commune("trước hạn 3.902", "3.902", 3902, "hồ sơ", C, code=ANY),
    _commune("đúng hạn 428", "428", 428, "hồ sơ", C, code=ANY),
    _commune("quá hạn 55", "55", 55, "hồ sơ", C, code=_QH),
    _commune("đạt 98,75%", "98,75%", 98.75, "%", code=_DH),
    _commune("Đang giải quyết 232", "232", 232, "hồ sơ", C, code=ANY),
    F("đất đai (41 hồ sơ)", "41", 41, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    F("hộ tịch (14 hồ sơ)", "14", 14, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    # 3. the 2025 target for cấp xã (dated at the year's end), "chưa đạt chỉ tiêu"
    _commune("trực tuyến: 1.538/1.962", "1.538/1.962", 1538, "hồ sơ", C, max_value=1962, code=_TT),
    _commune("đạt 78,39%", "78,39%", 78.39, "%", code=_TT, target=80, stated_status="chưa đạt"),
    _commune("2025: 71,20%)", "71,20%", 71.20, "%", PR, as_of=_Q3_2025, code=_TT),
    F("cấp xã là 80%", "80%", 80, "%", T, subject=ANY, level="xã", as_of=_Y2025, code=_TT),
    _commune("đạt 97,26%", "97,26%", 97.26, "%", code=_SH),
    _commune("đạt 99,08%", "99,08%", 99.08, "%", code=_KQ),
    _commune("đạt 62,15%", "62,15%", 62.15, "%", code=_TSD),
    _commune("tăng 14,63%", "14,63%", 14.63, "%", CH, code=_TSD),
    _commune("thực hiện 2.184", "2.184", 2184, "trường hợp", C, code=_CT),
    _commune("thêm 1.376", "1.376", 1376, "tài khoản", C, code=_TK),
    _commune("lũy kế 52.819", "52.819", 52819, "tài khoản", C, code=_TK),
    _commune("đạt 81,46%", "81,46%", 81.46, "%", code=_TK),
    # 4.
    _commune("tiếp nhận 17 phản ánh", "17", 17, "PAKN", C, code=_PAKN_TN),
    _commune("Smart 11,", "11", 11, "PAKN", C, code=ANY),
    _commune("xã 06)", "06", 6, "PAKN", C, code=ANY),
    _commune("xử lý 16/17", "16/17", 16, "PAKN", C, max_value=17, code=_PAKN_XL),
    _commune("đạt 94,12%", "94,12%", 94.12, "%", code=_PAKN_TL),
    _commune("trung bình 5,3", "5,3", 5.3, "ngày", code="pakn.thoi_gian"),
    _commune("đạt 98,63%", "98,63%", 98.63, "%", code=_HL),
    # 5. rank among the province's 95 xã, phường; quý III năm 2025 dated 2025-09-30
    _commune("đạt 88,27 điểm", "88,27", 88.27, "điểm", code=_TONG),
    _commune("thứ 14/95", "14/95", 14, "hạng", R, max_value=95, code=_HANG),
    _commune("tăng 2,36 điểm", "2,36", 2.36, "điểm", CH, code=_TONG),
    _commune("tăng 9 bậc", "9", 9, "hạng", CH, code=_HANG),
    _commune("(85,91 điểm", "85,91", 85.91, "điểm", PR, as_of=_Q3_2025, code=_TONG),
    _commune("thứ 23/95)", "23/95", 23, "hạng", PR, max_value=95, as_of=_Q3_2025, code=_HANG),
    _commune("đạt 19,52/20", "19,52/20", 19.52, "điểm", max_value=20, code="766.tien_do"),
    _commune("đạt 18,76/22", "18,76/22", 18.76, "điểm", max_value=22, code="766.so_hoa"),
    _commune("đạt 7,84/10", "7,84/10", 7.84, "điểm", max_value=10, code="766.thanh_toan"),
    F("là 84,35 điểm", "84,35", 84.35, "điểm", subject=ANY, level="xã", code=_TONG),
    # 6. the commune's target in quý I năm 2026 (0251.3853.207 is a phone number)
    _commune("tối thiểu 80%", "80%", 80, "%", T, as_of="2026-03-31", code=_TT),
]

BLIND = {"200": BLIND_200, "201": BLIND_201, "202": BLIND_202, "203": BLIND_203, "204": BLIND_204}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "200": [
        ("2025-12-31", "year", "năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-02-28", "day", "28/02/2025", "giải quyết dứt điểm hồ sơ đất đai quá hạn",
         "UBND huyện Long Hồ, UBND huyện Vũng Liêm"),
        ("2025-02-28", "month", "tháng 02/2025", "xây dựng kế hoạch khắc phục các chỉ số đạt thấp",
         "UBND huyện Trà Ôn"),
        ("2025-03-31", "quarter", "quý I năm 2025", "nâng cấp Hệ thống thông tin giải quyết TTHC",
         "Sở Thông tin và Truyền thông"),
        ("2025-06-30", "day", "ngày 30 tháng 6 năm 2025", "kiểm tra công tác kiểm soát TTHC", "Văn phòng UBND tỉnh"),
        # issued 10/01/2025: the first "ngày 15 hằng tháng" is 15/01/2025
        ("2025-01-15", "recurring", "15 hằng tháng", "báo cáo kết quả thực hiện Bộ chỉ số",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
    "201": [
        ("2025-04-25", "day", "25/4/2025", "giải quyết dứt điểm các hồ sơ cấp chứng chỉ hành nghề quá hạn",
         "Phòng Nghiệp vụ Y"),
        ("2025-06-30", "quarter", "quý II năm 2025", "sử dụng lại dữ liệu số hóa", "Văn phòng Sở"),
        ("2025-05-31", "month", "tháng 5/2025", "đề xuất phương án đơn giản hóa", "Phòng Quản lý Dược"),
        # the date in words comes first, the assignee after it
        ("2025-06-15", "day", "ngày 15 tháng 6 năm 2025", "kiểm tra việc tiếp nhận, thẩm định hồ sơ an toàn thực phẩm",
         "Thanh tra Sở"),
        # issued 04/4/2025: the first "ngày 10 hằng tháng" is 10/4/2025
        ("2025-04-10", "recurring", "10 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "202": [
        ("2025-05-20", "day", "20/5/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Phòng Nông nghiệp và Môi trường"),
        ("2025-05-16", "day", "ngày 16 tháng 5 năm 2025", "xây dựng kế hoạch nâng cao tỷ lệ hồ sơ trực tuyến",
         "UBND xã Tà Hine, UBND xã Đa Quyn"),
        ("2025-06-30", "month", "tháng 6/2025", "triển khai chứng thực bản sao điện tử", "Phòng Tư pháp"),
        ("2025-06-30", "quarter", "quý II năm 2025", "tỷ lệ thanh toán trực tuyến", "UBND các xã, thị trấn"),
        # issued 05/5/2025: the first "ngày 25 hằng tháng" is 25/5/2025
        ("2025-05-25", "recurring", "25 hằng tháng", "gửi số liệu báo cáo",
         "Các cơ quan chuyên môn thuộc UBND huyện, UBND các xã, thị trấn"),
    ],
    "203": [
        ("2025-10-20", "day", "20/10/2025", "xử lý dứt điểm các PAKN quá hạn",
         "Sở Nông nghiệp và Môi trường, UBND phường Hạc Thành, UBND xã Thọ Xuân"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ xử lý PAKN đúng hạn", "UBND các xã, phường"),
        ("2025-11-30", "month", "tháng 11/2025", "mở rộng khảo sát mức độ hài lòng",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "nâng cấp chức năng phân loại", "Sở Khoa học và Công nghệ"),
        ("2025-12-05", "day", "ngày 05 tháng 12 năm 2025", "kiểm tra việc tiếp nhận, xử lý PAKN", "Sở Nội vụ"),
        # issued 08/10/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/11/2025
        ("2025-11-03", "recurring", "03 hằng tháng", "cập nhật kết quả xử lý PAKN",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "204": [
        ("2026-01-15", "day", "15/01/2026", "giải quyết dứt điểm các hồ sơ đất đai quá hạn", "Phòng Kinh tế"),
        ("2026-01-20", "day", "ngày 20 tháng 01 năm 2026", "ban hành Kế hoạch kiểm soát TTHC",
         "Văn phòng HĐND và UBND xã"),
        ("2026-02-28", "month", "tháng 02/2026", "kích hoạt tài khoản định danh điện tử", "Phòng Văn hóa - Xã hội"),
        ("2026-03-31", "quarter", "quý I năm 2026", "tỷ lệ hồ sơ thanh toán trực tuyến",
         "Trung tâm Phục vụ hành chính công xã"),
        ("2026-12-31", "year", "năm 2026", "số hóa sổ hộ tịch", "Công chức Tư pháp - Hộ tịch"),
        # issued 06/01/2026: the first "ngày 18 hằng tháng" is 18/01/2026
        ("2026-01-18", "recurring", "18 hằng tháng", "báo cáo kết quả",
         "Các phòng chuyên môn, Trung tâm Phục vụ hành chính công xã"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 200's issuer is UBND tỉnh Vĩnh Long, an annual report issued in January 2025; 201's issuer is Sở Y tế under
# "UBND TỈNH THÁI NGUYÊN"; 202's issuer is a district (province named in "Kính gửi"), period the month in its
# title; 203's issuer is the Văn phòng under "UBND TỈNH THANH HÓA", a Thông báo whose period is the quarter
# in its title; 204's issuer is a post-merger commune of tỉnh Đồng Nai (named in "Kính gửi"), a quarterly
# report issued in January 2026.
META = {
    "200": {"doc_number": "18/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Vĩnh Long", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Trần Thanh Phong"},
    "201": {"doc_number": "412/BC-SYT", "doc_type": "Báo cáo", "issued_date": "2025-04-04",
            "province": "Thái Nguyên", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Dương Thị Thu Hương"},
    "202": {"doc_number": "186/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-05-05",
            "province": "Lâm Đồng", "period_label": "tháng 4 năm 2025", "period_start": "2025-04-01",
            "period_end": "2025-04-30", "signer": "K' Brèo"},
    "203": {"doc_number": "287/TB-VPUBND", "doc_type": "Thông báo", "issued_date": "2025-10-08",
            "province": "Thanh Hóa", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Lê Đình Quang"},
    "204": {"doc_number": "09/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-01-06",
            "province": "Đồng Nai", "period_label": "quý IV năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-12-31", "signer": "Phạm Văn Lợi"},
}
