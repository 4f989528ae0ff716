"""Blind golden facts for corpus/blind17/160_thanh_hoa.txt, 161_quang_ninh.txt, 162_ha_noi.txt, 163_nghe_an.txt
and 164_ha_tinh.txt.

The five documents were written by the developers for a seventeenth blind measurement (provinces reused with
issuers, wording and layouts not used for them elsewhere in the corpus; not real documents), and every row
below was written by reading them, before any extraction, restoration or pipeline code was run on them. They
also serve as held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind14.py, blind15.py and blind16.py: rows use `golden.facts.Fact`
(context string that occurs once in the document + the figure as written inside it). Prose and list counts are
kind `count` (an `x/y` count carries y as its max_value); table cells are kind `value` even when they count,
except change cells (kind `change`) and rank cells (kind `rank`); `as_of="period"` is the period's end; `ANY`
leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names
none). Table cells carry `extra={"source": "table"}`. "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến
nghị" counts the unit `PAKN`; a count of the files (or PAKN) an indicator is computed on carries that
indicator's code; every "đã giải quyết" count and the parts of a settled whole ("trước hạn", "đúng hạn"
apart) have their code unchecked; a relative change of a count ("tăng 14,36% so với cùng kỳ năm 2024") has
its code unchecked. A change is dated at the period end; a fall ("giảm") is negative. Dates, document
numbers, cited decrees, circulars, plans, letters and decisions ("Nghị định số 63/2010/NĐ-CP", "Thông tư số
01/2020/TT-VPCP", "Kế hoạch số 36/KH-UBND", "Quyết định số 1029/QĐ-UBND", "Quyết định số 468/QĐ-TTg",
"Quyết định số 766/QĐ-TTg", "Công văn số 4127/UBND-KSTT", "Công văn số 1958/UBND-NC1" with a digit in its
sign), the article "Điều 15", "tính đến ngày 31/5/2025", "Tính đến ngày 30/11/2024", "(từ ngày 01/7/2024 đến
ngày 30/9/2024)", section numbering ("I.", "1.", "1.1.", "6.2.", "a)", "đ)"), the STT column and its Roman
group numbers ("I", "II"), table headers naming periods ("Tháng 5/2025", "Lũy kế 5 tháng năm 2025", "6 tháng
đầu năm 2024", "Tháng 3/2025"), the "Đơn vị tính" cells ("hồ sơ", "%", "PAKN"), phone numbers
("0237.3852.137", "0203.3835.668", "024.3383.2341", "0238.3599.868", "0239.3855.726"), street addresses ("số
35 Đại lộ Lê Lợi", "số 01 phố Phó Đức Chính", "số 16 đường Trường Thi"), "Tổng đài 1022", the index's name
"Bộ chỉ số 766", "6 tháng đầu năm 2025" (a period), headings naming the next period ("III. NHIỆM VỤ TRỌNG TÂM
THÁNG 6 NĂM 2025", "7. Đề xuất nhiệm vụ tháng 12 năm 2024", "II. NHIỆM VỤ QUÝ IV NĂM 2024", "III. PHƯƠNG
HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025": no deadlines), ranks in words ("đồng xếp thứ nhất"), "giữ nguyên
thứ hạng" and years are not figures.

New in this set:
- 160 is a monthly Báo cáo of UBND tỉnh Thanh Hóa to the Văn phòng Chính phủ, tháng 5 năm 2025, issued
  06/6/2025, whose figures are numbered items "1.1.", "1.2.", … (province figures: subject NULL). "05 quyết
  định" is a count with code None. Procedures by level after "số TTHC cấp tỉnh, cấp huyện, cấp xã lần lượt
  là 1.573 TTHC, 268 TTHC và 145 TTHC". "1.402 TTHC, chiếm 70,59% tổng số TTHC" carries the
  "tthc_cung_cap" code (whole and share). "tăng 9.312 hồ sơ so với tháng 4/2025 (119.333 hồ sơ)" is a
  change and a previous value dated 2025-04-30, as is "(tháng 4/2025: 65,12%)". "trước hạn và đúng hạn
  120.115 hồ sơ, tương ứng 98,93%" is the on-time whole (on-time code). Three named district-level units
  with overdue files in brackets (subject as written, level huyện). Its Markdown table has a separate "Đơn vị
  tính" column (NEW: the unit of each row's cells is read from that column, not from the header) and two
  columns "Tháng 5/2025" and "Lũy kế 5 tháng năm 2025" (NEW: a cumulative column since 1 January; both
  columns end on 31/5/2025, so both are dated at the period end); rows are indicators of the province
  (subject NULL), not bodies. "so với chỉ tiêu năm 2025 là 60% thì chưa đạt chỉ tiêu": the target dated
  2025-12-31, the 52,37% carries it with status "chưa đạt". "tăng 2,41% so với tháng 4/2025" is the change
  of the digitisation share. "19/21 PAKN" is one count (max 21). Total `84,63/100`, rank `21/63`, falls
  "giảm 0,42 điểm và giảm 2 bậc so với tháng 4/2025 (85,05 điểm, xếp thứ 19/63)". Level averages "Điểm
  trung bình của các sở, ban, ngành … của UBND cấp huyện … của UBND cấp xã" (subject unchecked). Four
  deadlines: day for three named units, month, quarter ("trong quý III/2025"), "trước ngày 10 hằng tháng"
  (issued 06/6/2025: first 10/6/2025).
- 161 is a monthly Báo cáo of Sở Thông tin và Truyền thông tỉnh Quảng Ninh (header "UBND TỈNH QUẢNG NINH / SỞ
  THÔNG TIN VÀ TRUYỀN THÔNG") to UBND tỉnh, tháng 11 năm 2024, issued 04/12/2024, about the whole province:
  its figures have subject NULL (the Sở is only the reporter), as seed 000 does. "1.673 TTHC được cung cấp
  dịch vụ công trực tuyến" (code "tthc_cung_cap") with parts "toàn trình 1.089 TTHC (chiếm 65,09%)" and "một
  phần 584 TTHC (chiếm 34,91%)". "12/13 địa phương cấp huyện" is a count of units (unit `đơn vị`, max 13,
  code None, level huyện). "tăng 1,84% so với tháng 10/2024 (75,31%)" and "(tháng 10/2024: 41,09%)": a
  change and previous values dated 2024-10-31. Block averages "bình quân của khối sở, ban, ngành … của khối
  UBND cấp huyện" (subject unchecked; levels tỉnh, huyện). Its tab-separated table has MERGED GROUP ROWS
  (NEW): "I<TAB>Khối sở, ban, ngành" and "II<TAB>Khối UBND cấp huyện" carry only a label and empty cells (no
  figures) and head their sub-rows, whose STT restarts at 1 under each group; sub-rows are bodies (subject as
  written: "Sở Tư pháp", "Công an tỉnh" level tỉnh; "UBND thành phố Hạ Long", "UBND huyện Cô Tô" level
  huyện; files received, files submitted online, online share; one `100` cell); no total row. "31.508 hồ sơ
  có phát sinh nghĩa vụ tài chính" names no catalogued indicator (code unchecked); "22.694 hồ sơ … tương ứng
  72,03%" is the payment count and share. Digitisation shares by level after "tương ứng là" and "bình quân
  toàn tỉnh đạt 87,44%" (the province's). "18.243 tài khoản định danh điện tử được sử dụng để đăng nhập, nộp
  hồ sơ" is a count of accounts (code unchecked). "171/171 xã, phường, thị trấn … đạt tỷ lệ 100%": a count
  (unit `xã`, max 171) and the share of communes offering electronic certified copies ("766.so_hoa.
  chung_thuc"). Three group scores `x/max`, total `89,17/100`, rank `3/63`. The target "đạt trên 90% trong
  năm 2025" is that of the item's assignees, dated 2025-12-31. Four deadlines: day in words ("trước ngày 15
  tháng 12 năm 2024"), "chậm nhất" day, quarter ("trong quý I/2025"), year ("trong năm 2025").
- 162 is a quarterly Báo cáo of UBND thị xã Sơn Tây (thành phố Hà Nội, named in "Kính gửi"), quý III năm
  2024, issued 07/10/2024. Figures under "1.1. Cấp huyện" (Bộ phận Một cửa thị xã) have subject "cấp huyện"
  (level huyện), those under "1.2. Cấp xã" subject "cấp xã" (level xã); overdue files by field in brackets
  have subject unchecked, level huyện; the thị xã's own PAKN, score and rank have subject "UBND thị xã Sơn
  Tây", level huyện. "8.157/11.872 hồ sơ" is one count of files submitted online (max 11872). Its
  tab-separated table has `x/y` CELLS (NEW): the column "Hồ sơ trực tuyến/hồ sơ tiếp nhận" holds
  "888/1.136" … : each cell is one value (files submitted online, online code) with the files received as
  its max_value, unit `hồ sơ`; the 15 phường, xã in official order (subject as written, "Phường Trung Sơn
  Trầm", "Xã Cổ Đông", level xã; plus online and on-time shares, four `100` cells) and a "Cộng cấp xã" row
  with an empty STT cell (= cấp xã; its figures are also in the prose). Best and worst units with shares in
  brackets (subject as written, lower case "xã Cổ Đông"). "vượt chỉ tiêu Thành phố giao (55%)" and "chưa đạt
  chỉ tiêu (50%)": undated targets (period end), each its level's; 58,62% carries 55 with status "đạt"
  (vượt), 44,15% carries 50 with "chưa đạt". "tăng 3,18% so với quý II năm 2024 (82,86%)": change and
  previous value (2024-06-30) of cấp xã's digitisation share. "6,4 ngày/PAKN" is the PAKN handling time.
  Rank `9/30` among Hà Nội's district-level units, "tăng 4 bậc", "(thứ 13/30)" dated 2024-06-30; level
  average of the communes and two communes' scores in brackets. The target "đạt tối thiểu 50% trong tháng
  11/2024" is that of "UBND các phường, xã", dated 2024-11-30. Four deadlines: day for two named communes,
  month (with the target), "chậm nhất" day in words, "trước ngày 25 hằng tháng" (issued 07/10/2024: first
  25/10/2024).
- 163 is a half-year Báo cáo of the Trung tâm Phục vụ hành chính công tỉnh Nghệ An (issuer over two header
  lines under "UBND TỈNH NGHỆ AN"), 6 tháng đầu năm 2025, issued 03/7/2025; the title also names "6 tháng
  cuối năm 2025". The Centre's own figures have subject "Trung tâm Phục vụ hành chính công tỉnh", level
  tỉnh, as golden/blind10.py's 134 does; "48 quầy", "21 sở, ban, ngành" and "06 đơn vị" are counts with code
  None. "tăng 14,36% so với cùng kỳ năm 2024 (60.271 hồ sơ)": a relative change (code unchecked) and a
  previous value dated 2024-06-30. Files submitted directly or by post with their share ("766.dvctt.
  nop_truc_tiep"). Settled files split "trước hạn …, đúng hạn …, quá hạn …" (the first two code unchecked);
  "2.515 hồ sơ" in progress (code unchecked). Its Markdown table compares two half-years of the agencies
  with most files (subject as written, level tỉnh): "6 tháng đầu năm 2024" (dated 2024-06-30), "6 tháng đầu
  năm 2025" and a RELATIVE CHANGE COLUMN "Tăng, giảm (%)" (NEW: signed percentages `+12,16`, `-3,89` of a
  count: kind change, unit `%`, code unchecked); the units of the count columns come from the heading
  ("Kết quả tiếp nhận hồ sơ"); no total row. "38.416/52.870 hồ sơ" is one count (max 52870); "so với chỉ
  tiêu năm 2025 UBND tỉnh giao cho Trung tâm là 70% thì đã đạt chỉ tiêu" and "chưa đạt chỉ tiêu năm 2025 là
  60%": targets dated 2025-12-31 carried by 72,66% ("đạt") and 52,38% ("chưa đạt"). Satisfaction counts in
  `lượt` (code unchecked) with the share of satisfied ratings (satisfaction code) and the unsatisfied share
  (code unchecked). "09/09 PAKN" is one count (max 9). The agencies' average "86,95 điểm" and its change
  "tăng 2,31 điểm" (subject unchecked, level tỉnh); the province's total `85,47/100`, rank `17/63` and
  "(cùng kỳ năm 2024 xếp thứ 24/63)" (subject NULL). The target "của Trung tâm đạt tối thiểu 60% trong quý
  III/2025" is the Centre's, dated 2025-09-30. Four deadlines: quarter (with the target), day in words,
  "trước ngày 05 hằng tháng" (issued 03/7/2025: first 05/7/2025), year ("hoàn thành trong năm 2025").
- 164 is a Thông báo of the Văn phòng UBND tỉnh Hà Tĩnh (header "UBND TỈNH HÀ TĨNH / VĂN PHÒNG"), tháng 4
  năm 2025, issued 08/5/2025, on the 766 index (province figures: subject NULL). Total `87,92/100`, rank
  `8/63`, "tăng 0,65 điểm và tăng 3 bậc so với tháng 3/2025 (87,27 điểm, xếp thứ 11/63)" (previous values
  dated 2025-03-31); "Điểm bình quân cả nước là 83,54 điểm" (subject "cả nước", on the /100 scale, as
  golden/blind6.py does). Its Markdown table of the six groups and "Tổng điểm" has a MAXIMUM COLUMN "Điểm
  tối đa" (NEW): each score cell of a row carries that row's maximum as its max_value; the maximum cells
  themselves are stated numbers, recorded as kind value, unit `điểm`, code unchecked, no max, dated at the
  period end; then "Tháng 3/2025" (dated 2025-03-31), "Tháng 4/2025" and a signed change column (kind
  change, no max). Payment share and its change, reuse share, online and on-time shares of the province.
  Block averages after "lần lượt là" (subject unchecked; levels tỉnh, huyện, xã). Counts of units that rose
  "14/17 cơ quan cấp tỉnh" (unit `đơn vị`) and "11/13 huyện, thị xã, thành phố" (unit `huyện`; code None).
  "Sở Tư pháp và
  Sở Xây dựng cùng đạt 92,35 điểm" is one figure of two agencies (subject unchecked, level tỉnh). Its
  tab-separated table lists the 13 district-level units in official order (subject as written, level huyện;
  score; "Xếp hạng" as a plain number distinct from STT: kind rank, no max, as golden/blind13.py's 148
  does). Two units with scores in brackets. The target "toàn tỉnh đạt tối thiểu 80% trong quý III/2025" is
  the province's (subject NULL), dated 2025-09-30. Five deadlines: "chậm nhất" day, month for two named
  units, quarter (with the target), day in words, "trước ngày 12 hằng tháng" (issued 08/5/2025: first
  12/5/2025).


Corrected after the first run, where the writer's choice departed from the conventions the earlier golden files
had fixed (nothing else was changed): `11/13 huyện, thị xã, thành phố` has the unit of its first unit word
`huyện` (blind6's `5/9 huyện, thị xã, thành phố`). The first-run figures in tests/test_blind_reports.py are
measured on the corrected rows, on the code as it was before anyone read this set.
"""

from __future__ import annotations

from golden.facts import (
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
_CUNG_CAP = "766.dvctt.tthc_cung_cap"
_TOAN = "766.dvctt.toan_trinh"
_MOT_PHAN = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"


def _cells(subject: object, level: object, cells: list[tuple], after: str, sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)` or `(raw, unit, kind, code,
    as_of, max_value)`. A cell's context is the separator before it, the rest of its row and the start of the
    next line (`after`), so that it occurs once and the raw text is found first at the cell itself even where
    the same figure recurs. An `x/y` cell is the value x with y as its max_value."""
    facts = []
    raws = [cell[0] for cell in cells]
    for i, (raw, unit, kind, code, as_of, *top) in enumerate(cells):
        context = sep + sep.join(raws[i:]) + end + after
        max_value = top[0] if top else None
        value = raw
        if "/" in raw:
            value, denominator = raw.split("/")
            max_value = _num(denominator)
        facts.append(F(context, raw, _num(value), unit, kind, max_value=max_value, subject=subject, level=level,
                       as_of=as_of, code=code, extra=TAB))
    return facts


# ------------------------------------------------------------ 160: UBND tỉnh Thanh Hóa, tháng 5 năm 2025
_APR_160 = "2025-04-30"


def _row_160(unit: str, code: object, month: str, cumulative: str, after: str) -> list[Fact]:
    """One Markdown row of an indicator of the province: the month and the cumulative five months (both end on
    31/5/2025). The unit comes from the row's "Đơn vị tính" cell; STT and that cell are no figures."""
    cells = [(month, unit, P, code, "period"), (cumulative, unit, P, code, "period")]
    return _cells(None, None, cells, after, " | ", " |\n")


BLIND_160 = [
    # 1. (63/2010/NĐ-CP of 08/6/2010 with its "Điều 15", 01/2020/TT-VPCP and 36/KH-UBND are cited)
    F("ban hành 05 quyết định", "05", 5, "quyết định", C, code=None),
    F("là 1.986 TTHC", "1.986", 1986, "TTHC", C, code=_TTHC),
    F("lần lượt là 1.573 TTHC", "1.573", 1573, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("TTHC, 268 TTHC", "268", 268, "TTHC", C, subject="cấp huyện", level="huyện", code=_TTHC),
    F("và 145 TTHC", "145", 145, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    F("là 1.402 TTHC", "1.402", 1402, "TTHC", C, code=_CUNG_CAP),
    F("chiếm 70,59%", "70,59%", 70.59, "%", code=_CUNG_CAP),
    F("toàn trình 896", "896", 896, "TTHC", C, code=_TOAN),
    F("một phần 506", "506", 506, "TTHC", C, code=_MOT_PHAN),
    # 2. tháng 4/2025 dated 2025-04-30
    F("là 128.645 hồ sơ", "128.645", 128645, "hồ sơ", C, code=_TN),
    F("tăng 9.312 hồ sơ", "9.312", 9312, "hồ sơ", CH, code=_TN),
    F("(119.333 hồ sơ)", "119.333", 119333, "hồ sơ", PR, as_of=_APR_160, code=_TN),
    F("là 86.917 hồ sơ", "86.917", 86917, "hồ sơ", C, code=_NOP),
    F("tỷ lệ 67,56%", "67,56%", 67.56, "%", code=_NOP),
    F("(tháng 4/2025: 65,12%)", "65,12%", 65.12, "%", PR, as_of=_APR_160, code=_NOP),
    F("là 121.408 hồ sơ", "121.408", 121408, "hồ sơ", C, code=ANY),
    F("đúng hạn 120.115", "120.115", 120115, "hồ sơ", C, code=_DH),
    F("tương ứng 98,93%", "98,93%", 98.93, "%", code=_DH),
    F("quá hạn 1.293", "1.293", 1293, "hồ sơ", C, code=_QH),
    F("chiếm 1,07%", "1,07%", 1.07, "%", code=_QH),
    F("Thanh Hóa (318 hồ sơ)", "318", 318, "hồ sơ", C, subject="UBND thành phố Thanh Hóa", level="huyện",
      code=_QH),
    F("Nghi Sơn (204 hồ sơ)", "204", 204, "hồ sơ", C, subject="UBND thị xã Nghi Sơn", level="huyện", code=_QH),
    F("Quảng Xương (117 hồ sơ)", "117", 117, "hồ sơ", C, subject="UBND huyện Quảng Xương", level="huyện",
      code=_QH),
    # 3. Markdown table with a "Đơn vị tính" column: the month and the cumulative five months
    *_row_160("hồ sơ", _TN, "128.645", "587.214", "| 2 | Hồ sơ nộp"),
    *_row_160("hồ sơ", _NOP, "86.917", "385.906", "| 3 | Tỷ lệ hồ sơ nộp"),
    *_row_160("%", _NOP, "67,56", "65,72", "| 4 | Hồ sơ đã giải quyết"),
    *_row_160("hồ sơ", ANY, "121.408", "569.377", "| 5 | Tỷ lệ giải quyết"),
    *_row_160("%", _DH, "98,93", "98,71", "| 6 | Tỷ lệ hồ sơ thanh toán"),
    *_row_160("%", _TT, "52,37", "49,08", "| 7 | Tỷ lệ số hóa"),
    *_row_160("%", _SH, "84,16", "81,93", "| 8 | Phản ánh, kiến nghị tiếp nhận"),
    *_row_160("PAKN", _PAKN_TN, "21", "96", "| 9 | Phản ánh, kiến nghị đã xử lý"),
    *_row_160("PAKN", _PAKN_XL, "19", "88", "\n4. Thanh toán"),
    # 4. the 2025 target (dated at the year's end), "chưa đạt chỉ tiêu"
    F("toàn tỉnh đạt 52,37%", "52,37%", 52.37, "%", code=_TT, target=60, stated_status="chưa đạt"),
    F("năm 2025 là 60%", "60%", 60, "%", T, as_of="2025-12-31", code=_TT),
    F("TTHC đạt 84,16%", "84,16%", 84.16, "%", code=_SH),
    F("tăng 2,41%", "2,41%", 2.41, "%", CH, code=_SH),
    F("điện tử đạt 93,05%", "93,05%", 93.05, "%", code=_KQ),
    F("số hóa đạt 38,47%", "38,47%", 38.47, "%", code=_TSD),
    # 5.
    F("tiếp nhận 21 phản ánh", "21", 21, "PAKN", C, code=_PAKN_TN),
    F("xử lý 19/21", "19/21", 19, "PAKN", C, max_value=21, code=_PAKN_XL),
    F("đạt 90,48%", "90,48%", 90.48, "%", code=_PAKN_TL),
    F("còn 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    F("TTHC đạt 95,82%", "95,82%", 95.82, "%", code=_HL),
    # 6. ("tính đến ngày 31/5/2025" is the period end); tháng 4/2025 dated 2025-04-30
    F("đạt 84,63/100", "84,63/100", 84.63, "điểm", max_value=100, code=_TONG),
    F("thứ 21/63", "21/63", 21, "hạng", R, max_value=63, code=_HANG),
    F("giảm 0,42 điểm", "0,42", -0.42, "điểm", CH, code=_TONG),
    F("giảm 2 bậc", "2", -2, "hạng", CH, code=_HANG),
    F("(85,05 điểm", "85,05", 85.05, "điểm", PR, max_value=100, as_of=_APR_160, code=_TONG),
    F("thứ 19/63)", "19/63", 19, "hạng", PR, max_value=63, as_of=_APR_160, code=_HANG),
    F("ngành là 87,26 điểm", "87,26", 87.26, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("huyện là 83,14 điểm", "83,14", 83.14, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("cấp xã là 80,52 điểm", "80,52", 80.52, "điểm", subject=ANY, level="xã", code=_TONG),
    # III. (0237.3852.137 is a phone number, "số 35 Đại lộ Lê Lợi" an address)
]

# ------------------------------------------------------------ 161: Sở TT&TT tỉnh Quảng Ninh, tháng 11 năm 2024
_OCT_161 = "2024-10-31"


def _row_161(subject: str, level: str, received: str, online: str, share: str, after: str) -> list[Fact]:
    """One tab-separated sub-row of a body under its group row: files received, submitted online, online share.
    The group rows ("I<TAB>Khối sở, ban, ngành", "II<TAB>Khối UBND cấp huyện") hold no figure."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (share, "%", P, _NOP, "period")]
    return _cells(subject, level, cells, after, "\t", "\n")


BLIND_161 = [
    # 1. (112/KH-UBND of 22/4/2024 and 1029/QĐ-UBND of 09/5/2024 are cited)
    F("có 1.673 TTHC", "1.673", 1673, "TTHC", C, code=_CUNG_CAP),
    F("toàn trình 1.089", "1.089", 1089, "TTHC", C, code=_TOAN),
    F("(chiếm 65,09%)", "65,09%", 65.09, "%", code=_TOAN),
    F("một phần 584", "584", 584, "TTHC", C, code=_MOT_PHAN),
    F("(chiếm 34,91%)", "34,91%", 34.91, "%", code=_MOT_PHAN),
    F("Có 12/13", "12/13", 12, "đơn vị", C, max_value=13, subject=ANY, level="huyện", code=None),
    F("mới đạt 41,35%", "41,35%", 41.35, "%", subject="UBND huyện Cô Tô", level="huyện", code=_NOP),
    # 2. tháng 10/2024 dated 2024-10-31
    F("tiếp nhận 96.412", "96.412", 96412, "hồ sơ", C, code=_TN),
    F("đó 74.385 hồ sơ", "74.385", 74385, "hồ sơ", C, code=_NOP),
    F("tỷ lệ 77,15%", "77,15%", 77.15, "%", code=_NOP),
    F("tăng 1,84%", "1,84%", 1.84, "%", CH, code=_NOP),
    F("(75,31%)", "75,31%", 75.31, "%", PR, as_of=_OCT_161, code=_NOP),
    F("ngành là 93,58%", "93,58%", 93.58, "%", subject=ANY, level="tỉnh", code=_NOP),
    F("huyện là 71,26%", "71,26%", 71.26, "%", subject=ANY, level="huyện", code=_NOP),
    # tab-separated table with merged group rows; STT restarts under each group; no total row
    *_row_161("Sở Tư pháp", "tỉnh", "4.215", "4.187", "99,34", "2\tSở Kế hoạch và Đầu tư"),
    *_row_161("Sở Kế hoạch và Đầu tư", "tỉnh", "2.868", "2.868", "100", "3\tSở Tài nguyên"),
    *_row_161("Sở Tài nguyên và Môi trường", "tỉnh", "3.546", "2.947", "83,11", "4\tSở Giao thông"),
    *_row_161("Sở Giao thông vận tải", "tỉnh", "5.102", "4.893", "95,90", "5\tSở Y tế"),
    *_row_161("Sở Y tế", "tỉnh", "1.384", "1.297", "93,71", "6\tCông an tỉnh"),
    *_row_161("Công an tỉnh", "tỉnh", "6.732", "5.218", "77,51", "II\tKhối UBND cấp huyện"),
    *_row_161("UBND thành phố Hạ Long", "huyện", "8.734", "6.902", "79,02", "2\tUBND thành phố Cẩm Phả"),
    *_row_161("UBND thành phố Cẩm Phả", "huyện", "4.126", "3.018", "73,15", "3\tUBND thành phố Móng Cái"),
    *_row_161("UBND thành phố Móng Cái", "huyện", "2.957", "2.244", "75,89", "4\tUBND thị xã Quảng Yên"),
    *_row_161("UBND thị xã Quảng Yên", "huyện", "3.318", "2.391", "72,06", "5\tUBND thị xã Đông Triều"),
    *_row_161("UBND thị xã Đông Triều", "huyện", "3.046", "2.187", "71,80", "6\tUBND huyện Vân Đồn"),
    *_row_161("UBND huyện Vân Đồn", "huyện", "1.172", "823", "70,22", "7\tUBND huyện Cô Tô"),
    *_row_161("UBND huyện Cô Tô", "huyện", "266", "110", "41,35", "\n3. Thanh toán"),
    # 3.
    F("là 31.508 hồ sơ", "31.508", 31508, "hồ sơ", C, code=ANY),
    F("đó 22.694 hồ sơ", "22.694", 22694, "hồ sơ", C, code=_TT),
    F("tương ứng 72,03%", "72,03%", 72.03, "%", code=_TT),
    # 4. by level after "tương ứng là"; the province's average
    F("tương ứng là 96,28%", "96,28%", 96.28, "%", subject="cấp tỉnh", level="tỉnh", code=_SH),
    F(", 88,41%", "88,41%", 88.41, "%", subject="cấp huyện", level="huyện", code=_SH),
    F("và 79,63%", "79,63%", 79.63, "%", subject="cấp xã", level="xã", code=_SH),
    F("toàn tỉnh đạt 87,44%", "87,44%", 87.44, "%", code=_SH),
    F("điện tử đạt 94,17%", "94,17%", 94.17, "%", code=_KQ),
    F("số hóa đạt 44,82%", "44,82%", 44.82, "%", code=_TSD),
    F("(tháng 10/2024: 41,09%)", "41,09%", 41.09, "%", PR, as_of=_OCT_161, code=_TSD),
    # 5.
    F("có 18.243 tài khoản", "18.243", 18243, "tài khoản", C, code=ANY),
    F("Có 171/171", "171/171", 171, "xã", C, max_value=171, subject=ANY, level="xã", code=ANY),
    F("tỷ lệ 100%", "100%", 100, "%", code="766.so_hoa.chung_thuc"),
    # 6. ("Tính đến ngày 30/11/2024" is the period end; "giữ nguyên thứ hạng" has no figure)
    F("đạt 10,86/12", "10,86/12", 10.86, "điểm", max_value=12, code="766.dvctt"),
    F("đạt 7,94/10", "7,94/10", 7.94, "điểm", max_value=10, code="766.thanh_toan"),
    F("đạt 17,32/22", "17,32/22", 17.32, "điểm", max_value=22, code="766.so_hoa"),
    F("đạt 89,17/100", "89,17/100", 89.17, "điểm", max_value=100, code=_TONG),
    F("thứ 3/63", "3/63", 3, "hạng", R, max_value=63, code=_HANG),
    # 7.d) the assignees' target for 2025 (0203.3835.668 is a phone number)
    F("trên 90%", "90%", 90, "%", T, subject="Các sở, ban, ngành, UBND các huyện, thị xã, thành phố", level=ANY,
      as_of="2025-12-31", code=_SH),
]

# ------------------------------------------------------------ 162: UBND thị xã Sơn Tây (Hà Nội), quý III năm 2024
_ST = "UBND thị xã Sơn Tây"
_Q2_162 = "2024-06-30"


def _huyen(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "1.1. Cấp huyện" or about cấp huyện (subject "cấp huyện", level huyện)."""
    return F(context, raw, value, unit, kind, subject="cấp huyện", level="huyện", **kw)


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "1.2. Cấp xã" or about cấp xã (subject "cấp xã", level xã)."""
    return F(context, raw, value, unit, kind, subject="cấp xã", level="xã", **kw)


def _town(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the thị xã as a whole (subject its UBND, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_ST, level="huyện", **kw)


def _row_162(subject: str, ratio: str, online: str, on_time: str, after: str) -> list[Fact]:
    """One tab-separated row of a phường/xã (or "Cộng cấp xã"): an `x/y` cell (files submitted online, max the
    files received), online share, on-time share."""
    cells = [(ratio, "hồ sơ", P, _NOP, "period"), (online, "%", P, _NOP, "period"), (on_time, "%", P, _DH, "period")]
    return _cells(subject, "xã", cells, after, "\t", "\n")


BLIND_162 = [
    # 1.1 cấp huyện (18/KH-UBND of 19/01/2024 and 27/KH-UBND of 02/02/2024 cited; 01/7–30/9/2024 = the period)
    _huyen("tiếp nhận 4.826", "4.826", 4826, "hồ sơ", C, code=_TN),
    _huyen("trực tuyến 3.517", "3.517", 3517, "hồ sơ", C, code=_NOP),
    _huyen("chiếm 72,88%", "72,88%", 72.88, "%", code=_NOP),
    _huyen("giải quyết 4.603", "4.603", 4603, "hồ sơ", C, code=ANY),
    _huyen("đúng hạn 4.571", "4.571", 4571, "hồ sơ", C, code=_DH),
    _huyen("đạt 99,30%", "99,30%", 99.30, "%", code=_DH),
    _huyen("quá hạn 32", "32", 32, "hồ sơ", C, code=_QH),
    F("đất đai 27 hồ sơ", "27", 27, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    F("dựng 05 hồ sơ", "05", 5, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    # 1.2 cấp xã
    _xa("tiếp nhận 11.872", "11.872", 11872, "hồ sơ", C, code=_TN),
    _xa("là 8.157/11.872", "8.157/11.872", 8157, "hồ sơ", C, max_value=11872, code=_NOP),
    _xa("đạt 68,71%", "68,71%", 68.71, "%", code=_NOP),
    _xa("đạt 99,71%", "99,71%", 99.71, "%", code=_DH),
    # tab-separated table of the 15 phường, xã with `x/y` cells; "Cộng cấp xã" row (= cấp xã)
    *_row_162("Phường Lê Lợi", "888/1.136", "78,17", "100", "2\tPhường Ngô Quyền"),
    *_row_162("Phường Ngô Quyền", "724/958", "75,57", "99,82", "3\tPhường Phú Thịnh"),
    *_row_162("Phường Phú Thịnh", "479/684", "70,03", "99,56", "4\tPhường Quang Trung"),
    *_row_162("Phường Quang Trung", "605/812", "74,51", "100", "5\tPhường Sơn Lộc"),
    *_row_162("Phường Sơn Lộc", "568/798", "71,18", "99,74", "6\tPhường Trung Hưng"),
    *_row_162("Phường Trung Hưng", "853/1.013", "84,21", "100", "7\tPhường Trung Sơn Trầm"),
    *_row_162("Phường Trung Sơn Trầm", "402/587", "68,48", "99,48", "8\tPhường Viên Sơn"),
    *_row_162("Phường Viên Sơn", "510/702", "72,65", "99,70", "9\tPhường Xuân Khanh"),
    *_row_162("Phường Xuân Khanh", "734/1.004", "73,11", "99,88", "10\tXã Cổ Đông"),
    *_row_162("Xã Cổ Đông", "441/842", "52,38", "99,21", "11\tXã Đường Lâm"),
    *_row_162("Xã Đường Lâm", "317/518", "61,20", "100", "12\tXã Kim Sơn"),
    *_row_162("Xã Kim Sơn", "365/655", "55,73", "99,53", "13\tXã Sơn Đông"),
    *_row_162("Xã Sơn Đông", "443/736", "60,19", "99,60", "14\tXã Thanh Mỹ"),
    *_row_162("Xã Thanh Mỹ", "352/594", "59,26", "99,35", "15\tXã Xuân Sơn"),
    *_row_162("Xã Xuân Sơn", "476/833", "57,14", "99,64", "\tCộng cấp xã"),
    *_row_162("cấp xã", "8.157/11.872", "68,71", "99,71", "\nPhường Trung Hưng có"),
    F("cao nhất (84,21%)", "84,21%", 84.21, "%", subject="Phường Trung Hưng", level="xã", code=_NOP),
    F("thấp nhất (52,38%)", "52,38%", 52.38, "%", subject="xã Cổ Đông", level="xã", code=_NOP),
    # 2. undated targets of each level (period end): cấp huyện vượt (đạt), cấp xã chưa đạt
    _huyen("huyện đạt 58,62%", "58,62%", 58.62, "%", code=_TT, target=55, stated_status="đạt"),
    _huyen("giao (55%)", "55%", 55, "%", T, code=_TT),
    _xa("xã đạt 44,15%", "44,15%", 44.15, "%", code=_TT, target=50, stated_status="chưa đạt"),
    _xa("chỉ tiêu (50%)", "50%", 50, "%", T, code=_TT),
    _huyen("huyện đạt 91,27%", "91,27%", 91.27, "%", code=_SH),
    _xa("xã đạt 86,04%", "86,04%", 86.04, "%", code=_SH),
    _xa("tăng 3,18%", "3,18%", 3.18, "%", CH, code=_SH),
    _xa("(82,86%)", "82,86%", 82.86, "%", PR, as_of=_Q2_162, code=_SH),
    # 3. the thị xã's PAKN
    _town("tiếp nhận 14 phản ánh", "14", 14, "PAKN", C, code=_PAKN_TN),
    _town("xử lý 13 PAKN", "13", 13, "PAKN", C, code=_PAKN_XL),
    _town("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    _town("là 6,4 ngày", "6,4", 6.4, "ngày", code="pakn.thoi_gian"),
    # 4. rank among Hà Nội's 30 district-level units; quý II năm 2024 dated 2024-06-30
    _town("đạt 86,73 điểm", "86,73", 86.73, "điểm", code=_TONG),
    _town("thứ 9/30", "9/30", 9, "hạng", R, max_value=30, code=_HANG),
    _town("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    _town("(thứ 13/30)", "13/30", 13, "hạng", PR, max_value=30, as_of=_Q2_162, code=_HANG),
    F("xã đạt 82,15 điểm", "82,15", 82.15, "điểm", subject=ANY, level="xã", code=_TONG),
    F("(88,40 điểm)", "88,40", 88.40, "điểm", subject="phường Trung Hưng", level="xã", code=_TONG),
    F("(75,62 điểm)", "75,62", 75.62, "điểm", subject="xã Cổ Đông", level="xã", code=_TONG),
    # II.2 the communes' target in tháng 11/2024 (024.3383.2341 is a phone number, "số 01 phố Phó Đức Chính" an
    # address)
    F("tối thiểu 50%", "50%", 50, "%", T, subject="UBND các phường, xã", level="xã", as_of="2024-11-30", code=_TT),
]

# ------------------------------------------------------------ 163: TTPVHCC tỉnh Nghệ An, 6 tháng đầu năm 2025
_TTC = "Trung tâm Phục vụ hành chính công tỉnh"
_H1_2024 = "2024-06-30"
_Y2025 = "2025-12-31"


def _ttc(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Centre itself (subject the Centre, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_TTC, level="tỉnh", **kw)


def _row_163(subject: str, last_year: str, now: str, change: str, after: str) -> list[Fact]:
    """One Markdown row of an agency: files received in the first half of 2024 (dated 2024-06-30) and of 2025,
    and the signed relative change in % (code unchecked)."""
    cells = [(last_year, "hồ sơ", P, _TN, _H1_2024), (now, "hồ sơ", P, _TN, "period"), (change, "%", CH, ANY, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_163 = [
    # I.1 (468/QĐ-TTg of 27/3/2021 and 4127/UBND-KSTT of 12/6/2025 are cited); cùng kỳ năm 2024 dated 2024-06-30
    _ttc("bố trí 48 quầy", "48", 48, "quầy", C, code=None),
    _ttc("cho 21 sở", "21", 21, "đơn vị", C, code=None),
    _ttc("và 06 đơn vị", "06", 6, "đơn vị", C, code=None),
    _ttc("tiếp nhận 68.925", "68.925", 68925, "hồ sơ", C, code=_TN),
    _ttc("tăng 14,36%", "14,36%", 14.36, "%", CH, code=ANY),
    _ttc("(60.271 hồ sơ)", "60.271", 60271, "hồ sơ", PR, as_of=_H1_2024, code=_TN),
    _ttc("trực tuyến 61.548", "61.548", 61548, "hồ sơ", C, code=_NOP),
    _ttc("chiếm 89,30%", "89,30%", 89.30, "%", code=_NOP),
    _ttc("ích 7.377", "7.377", 7377, "hồ sơ", C, code=_NTT),
    _ttc("chiếm 10,70%", "10,70%", 10.70, "%", code=_NTT),
    _ttc("trả kết quả 66.410", "66.410", 66410, "hồ sơ", C, code=ANY),
    _ttc("trước hạn 41.087", "41.087", 41087, "hồ sơ", C, code=ANY),
    _ttc("đúng hạn 25.119", "25.119", 25119, "hồ sơ", C, code=ANY),
    _ttc("quá hạn 204", "204", 204, "hồ sơ", C, code=_QH),
    _ttc("đạt 99,69%", "99,69%", 99.69, "%", code=_DH),
    _ttc("là 2.515 hồ sơ", "2.515", 2515, "hồ sơ", C, code=ANY),
    # I.2 Markdown table: two half-years and a relative change column
    *_row_163("Sở Nông nghiệp và Môi trường", "14.205", "15.932", "+12,16", "| 2 | Sở Tư pháp"),
    *_row_163("Sở Tư pháp", "11.432", "10.987", "-3,89", "| 3 | Công an tỉnh"),
    *_row_163("Công an tỉnh", "8.517", "10.244", "+20,28", "| 4 | Sở Xây dựng"),
    *_row_163("Sở Xây dựng", "9.846", "12.118", "+23,08", "| 5 | Sở Y tế"),
    *_row_163("Sở Y tế", "2.846", "3.112", "+9,35", "| 6 | Sở Công Thương"),
    *_row_163("Sở Công Thương", "3.964", "4.208", "+6,16", "| 7 | Sở Giáo dục"),
    *_row_163("Sở Giáo dục và Đào tạo", "1.978", "1.765", "-10,77", "| 8 | Sở Tài chính"),
    *_row_163("Sở Tài chính", "2.130", "2.456", "+15,31", "\nRiêng Sở Xây dựng"),
    F("có 117 hồ sơ", "117", 117, "hồ sơ", C, subject="Sở Xây dựng", level="tỉnh", code=_QH),
    # I.3 the Centre's 2025 targets (dated at the year's end): đạt and chưa đạt
    _ttc("là 38.416/52.870", "38.416/52.870", 38416, "hồ sơ", C, max_value=52870, code=_TT),
    _ttc("đạt 72,66%", "72,66%", 72.66, "%", code=_TT, target=70, stated_status="đạt"),
    _ttc("Trung tâm là 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
    _ttc("TTHC đạt 98,12%", "98,12%", 98.12, "%", code=_SH),
    _ttc("điện tử đạt 97,45%", "97,45%", 97.45, "%", code=_KQ),
    _ttc("số hóa đạt 52,38%", "52,38%", 52.38, "%", code=_TSD, target=60, stated_status="chưa đạt"),
    _ttc("năm 2025 là 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TSD),
    # I.4 ratings in "lượt"; "Tổng đài 1022" is a name
    _ttc("có 41.273 lượt", "41.273", 41273, "lượt", C, code=ANY),
    _ttc("và hài lòng 41.129", "41.129", 41129, "lượt", C, code=ANY),
    _ttc("chiếm 99,65%", "99,65%", 99.65, "%", code=_HL),
    _ttc("lòng 144 lượt", "144", 144, "lượt", C, code=ANY),
    _ttc("(0,35%)", "0,35%", 0.35, "%", code=ANY),
    _ttc("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _ttc("xử lý 09/09", "09/09", 9, "PAKN", C, max_value=9, code=_PAKN_XL),
    _ttc("đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    # I.5 the agencies' average and its change; the province's total and rank (subject NULL)
    F("ngành đạt 86,95 điểm", "86,95", 86.95, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("tăng 2,31 điểm", "2,31", 2.31, "điểm", CH, subject=ANY, level="tỉnh", code=_TONG),
    F("đạt 85,47/100", "85,47/100", 85.47, "điểm", max_value=100, code=_TONG),
    F("thứ 17/63", "17/63", 17, "hạng", R, max_value=63, code=_HANG),
    F("thứ 24/63)", "24/63", 24, "hạng", PR, max_value=63, as_of=_H1_2024, code=_HANG),
    # III.1 the Centre's target in quý III/2025 (0238.3599.868 is a phone number, "số 16 đường Trường Thi" an
    # address)
    _ttc("tối thiểu 60%", "60%", 60, "%", T, as_of="2025-09-30", code=_TSD),
]

# ------------------------------------------------------------ 164: Văn phòng UBND tỉnh Hà Tĩnh, tháng 4 năm 2025
_MAR_164 = "2025-03-31"


def _group_164(code: str, top: str, march: str, april: str, change: str, after: str) -> list[Fact]:
    """One Markdown row of a 766 group (or "Tổng điểm"): its maximum (a stated number, code unchecked), the
    scores of tháng 3/2025 (dated 2025-03-31) and tháng 4/2025, each with that maximum as max_value, and the
    signed change."""
    cells = [(top, "điểm", P, ANY, "period"), (march, "điểm", P, code, _MAR_164, _num(top)),
             (april, "điểm", P, code, "period", _num(top)), (change, "điểm", CH, code, "period")]
    return _cells(None, None, cells, after, " | ", " |\n")


def _unit_164(subject: str, score: str, rank: str, after: str) -> list[Fact]:
    """One tab-separated row of a district-level unit: 766 score and rank (a plain number among the 13)."""
    cells = [(score, "điểm", P, _TONG, "period"), (rank, "hạng", R, _HANG, "period")]
    return _cells(subject, "huyện", cells, after, "\t", "\n")


BLIND_164 = [
    # 1. (766/QĐ-TTg of 23/6/2022 and 1958/UBND-NC1 of 11/4/2025 cited); tháng 3/2025 dated 2025-03-31
    F("đạt 87,92/100", "87,92/100", 87.92, "điểm", max_value=100, code=_TONG),
    F("thứ 8/63", "8/63", 8, "hạng", R, max_value=63, code=_HANG),
    F("tăng 0,65 điểm", "0,65", 0.65, "điểm", CH, code=_TONG),
    F("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("(87,27 điểm", "87,27", 87.27, "điểm", PR, max_value=100, as_of=_MAR_164, code=_TONG),
    F("thứ 11/63)", "11/63", 11, "hạng", PR, max_value=63, as_of=_MAR_164, code=_HANG),
    F("cả nước là 83,54 điểm", "83,54", 83.54, "điểm", max_value=100, subject="cả nước", level=None, code=_TONG),
    # Markdown table of the six groups and the total, with a maximum column
    *_group_164("766.cong_khai", "18", "17,36", "17,42", "+0,06", "| Tiến độ giải quyết"),
    *_group_164("766.tien_do", "20", "19,48", "19,51", "+0,03", "| Dịch vụ công trực tuyến"),
    *_group_164("766.dvctt", "12", "10,92", "11,08", "+0,16", "| Thanh toán trực tuyến"),
    *_group_164("766.thanh_toan", "10", "6,85", "7,31", "+0,46", "| Mức độ hài lòng"),
    *_group_164("766.hai_long", "18", "17,74", "17,70", "-0,04", "| Số hóa hồ sơ"),
    *_group_164("766.so_hoa", "22", "14,92", "14,90", "-0,02", "| Tổng điểm"),
    *_group_164(_TONG, "100", "87,27", "87,92", "+0,65", "\nNhóm Thanh toán"),
    F("toàn tỉnh đạt 73,10%", "73,10%", 73.10, "%", code=_TT),
    F("tăng 4,62%", "4,62%", 4.62, "%", CH, code=_TT),
    F("chỉ đạt 31,74%", "31,74%", 31.74, "%", code=_TSD),
    F("toàn tỉnh đạt 71,85%", "71,85%", 71.85, "%", code=_NOP),
    F("đạt 99,47%", "99,47%", 99.47, "%", code=_DH),
    # 2. block averages after "lần lượt là"; counts of units that rose
    F("lần lượt là 88,64 điểm", "88,64", 88.64, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F(", 86,11 điểm", "86,11", 86.11, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("và 82,39 điểm", "82,39", 82.39, "điểm", subject=ANY, level="xã", code=_TONG),
    F("Có 14/17", "14/17", 14, "đơn vị", C, max_value=17, subject=ANY, level="tỉnh", code=None),
    F("và 11/13", "11/13", 11, "huyện", C, max_value=13, subject=ANY, level="huyện", code=None),
    F("cùng đạt 92,35 điểm", "92,35", 92.35, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("(80,26 điểm)", "80,26", 80.26, "điểm", subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_TONG),
    # tab-separated table of the 13 district-level units (official order; rank distinct from STT)
    *_unit_164("UBND thành phố Hà Tĩnh", "89,56", "2", "2\tUBND thị xã Hồng Lĩnh"),
    *_unit_164("UBND thị xã Hồng Lĩnh", "90,12", "1", "3\tUBND thị xã Kỳ Anh"),
    *_unit_164("UBND thị xã Kỳ Anh", "85,86", "8", "4\tUBND huyện Cẩm Xuyên"),
    *_unit_164("UBND huyện Cẩm Xuyên", "86,31", "7", "5\tUBND huyện Thạch Hà"),
    *_unit_164("UBND huyện Thạch Hà", "87,45", "5", "6\tUBND huyện Can Lộc"),
    *_unit_164("UBND huyện Can Lộc", "88,73", "3", "7\tUBND huyện Lộc Hà"),
    *_unit_164("UBND huyện Lộc Hà", "85,20", "9", "8\tUBND huyện Nghi Xuân"),
    *_unit_164("UBND huyện Nghi Xuân", "88,10", "4", "9\tUBND huyện Đức Thọ"),
    *_unit_164("UBND huyện Đức Thọ", "86,92", "6", "10\tUBND huyện Hương Sơn"),
    *_unit_164("UBND huyện Hương Sơn", "84,67", "10", "11\tUBND huyện Vũ Quang"),
    *_unit_164("UBND huyện Vũ Quang", "81,08", "13", "12\tUBND huyện Hương Khê"),
    *_unit_164("UBND huyện Hương Khê", "81,47", "12", "13\tUBND huyện Kỳ Anh"),
    *_unit_164("UBND huyện Kỳ Anh", "83,95", "11", "\nUBND thị xã Hồng Lĩnh dẫn đầu"),
    F("Vũ Quang (81,08 điểm)", "81,08", 81.08, "điểm", subject="UBND huyện Vũ Quang", level="huyện", code=_TONG),
    F("Hương Khê (81,47 điểm)", "81,47", 81.47, "điểm", subject="UBND huyện Hương Khê", level="huyện", code=_TONG),
    # 3.c) the province's target in quý III/2025 (0239.3855.726 is a phone number)
    F("tối thiểu 80%", "80%", 80, "%", T, as_of="2025-09-30", code=_TT),
]

BLIND = {"160": BLIND_160, "161": BLIND_161, "162": BLIND_162, "163": BLIND_163, "164": BLIND_164}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "160": [
        ("2025-06-20", "day", "20/6/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "UBND thành phố Thanh Hóa, UBND thị xã Nghi Sơn, UBND huyện Quảng Xương"),
        ("2025-07-31", "month", "tháng 7/2025", "mở rộng thanh toán trực tuyến phí, lệ phí", "Sở Tài chính"),
        ("2025-09-30", "quarter", "quý III/2025", "kiểm tra việc số hóa hồ sơ", "Văn phòng UBND tỉnh"),
        # issued 06/6/2025: the first "ngày 10 hằng tháng" is 10/6/2025
        ("2025-06-10", "recurring", "10 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
    "161": [
        ("2024-12-15", "day", "ngày 15 tháng 12 năm 2024", "giải pháp nâng tỷ lệ hồ sơ trực tuyến", "UBND huyện Cô Tô"),
        ("2024-12-27", "day", "27/12/2024", "kết nối phần mềm quản lý đất đai", "Sở Tài nguyên và Môi trường"),
        ("2025-03-31", "quarter", "quý I/2025", "tái sử dụng dữ liệu số hóa", "Trung tâm Phục vụ hành chính công tỉnh"),
        ("2025-12-31", "year", "năm 2025", "duy trì tỷ lệ số hóa hồ sơ",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
    "162": [
        ("2024-10-18", "day", "18/10/2024", "kế hoạch nâng cao tỷ lệ hồ sơ trực tuyến",
         "UBND xã Cổ Đông, UBND xã Kim Sơn"),
        ("2024-11-30", "month", "tháng 11/2024", "tỷ lệ hồ sơ thanh toán trực tuyến", "UBND các phường, xã"),
        ("2024-10-31", "day", "ngày 31 tháng 10 năm 2024", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Phòng Tài nguyên và Môi trường"),
        # issued 07/10/2024: the first "ngày 25 hằng tháng" is 25/10/2024
        ("2024-10-25", "recurring", "25 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Văn phòng HĐND và UBND thị xã"),
    ],
    "163": [
        ("2025-09-30", "quarter", "quý III/2025", "khai thác, sử dụng lại thông tin",
         "Phòng Tiếp nhận và Trả kết quả"),
        ("2025-08-15", "day", "ngày 15 tháng 8 năm 2025", "nâng cấp hệ thống xếp hàng tự động",
         "Phòng Hành chính - Tổng hợp"),
        # issued 03/7/2025: the first "ngày 05 hằng tháng" is 05/7/2025
        ("2025-07-05", "recurring", "05 hằng tháng", "cập nhật kết quả giải quyết hồ sơ",
         "Công chức các sở, ban, ngành làm việc tại Trung tâm"),
        ("2025-12-31", "year", "năm 2025", "triển khai thanh toán trực tuyến", "Văn phòng Trung tâm"),
    ],
    "164": [
        ("2025-05-20", "day", "20/5/2025", "khắc phục các chỉ số bị trừ điểm", "Sở Nông nghiệp và Môi trường"),
        ("2025-06-30", "month", "tháng 6/2025", "khai thác, sử dụng lại dữ liệu số hóa",
         "UBND huyện Vũ Quang, UBND huyện Hương Khê"),
        ("2025-09-30", "quarter", "quý III/2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-06-15", "day", "ngày 15 tháng 6 năm 2025", "đồng bộ trạng thái hồ sơ",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        # issued 08/5/2025: the first "ngày 12 hằng tháng" is 12/5/2025
        ("2025-05-12", "recurring", "12 hằng tháng", "báo cáo kết quả thực hiện Bộ chỉ số",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 160's issuer is UBND tỉnh Thanh Hóa, period the month in its title; 161's issuer is Sở Thông tin và Truyền
# thông under "UBND TỈNH QUẢNG NINH"; 162's issuer is a thị xã of Hà Nội (named in "Kính gửi"), period stated
# as 01/7–30/9/2024; 163's issuer is the Centre under "UBND TỈNH NGHỆ AN", a half-year report whose title also
# names the next half-year; 164's issuer is the Văn phòng under "UBND TỈNH HÀ TĨNH", a Thông báo.
META = {
    "160": {"doc_number": "118/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-06-06",
            "province": "Thanh Hóa", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Trịnh Văn Hòa"},
    "161": {"doc_number": "2954/BC-STTTT", "doc_type": "Báo cáo", "issued_date": "2024-12-04",
            "province": "Quảng Ninh", "period_label": "tháng 11 năm 2024", "period_start": "2024-11-01",
            "period_end": "2024-11-30", "signer": "Phạm Quốc Vinh"},
    "162": {"doc_number": "395/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-10-07",
            "province": "Hà Nội", "period_label": "quý III năm 2024", "period_start": "2024-07-01",
            "period_end": "2024-09-30", "signer": "Phùng Thị Thanh Hương"},
    "163": {"doc_number": "286/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-07-03",
            "province": "Nghệ An", "period_label": "6 tháng đầu năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-06-30", "signer": "Hoàng Thị Thu Hiền"},
    "164": {"doc_number": "96/TB-VP", "doc_type": "Thông báo", "issued_date": "2025-05-08",
            "province": "Hà Tĩnh", "period_label": "tháng 4 năm 2025", "period_start": "2025-04-01",
            "period_end": "2025-04-30", "signer": "Đặng Quốc Thịnh"},
}
