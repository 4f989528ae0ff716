"""Blind golden facts for corpus/blind67/410_hai_phong.txt, 411_binh_thuan.txt, 412_ha_giang.txt, 413_ca_mau.txt
and 414_ba_ria_vung_tau.txt.

The five documents were written by the developers for a sixty-seventh blind measurement (provinces reused with
new genres and new wording; not real documents), and every row below was written by reading them, before any
extraction, restoration or pipeline code was run on them. They also serve as held-out text for diacritic
restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind13.py … blind16.py: rows use `golden.facts.Fact` (context string that
occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`; table cells
are kind `value` (rank cells kind `rank`, plain numbers without max_value; signed change cells kind `change`, the
raw keeping its sign) with `extra={"source": "table"}`; `as_of="period"` is the period's end; `ANY` leaves a field
unchecked where the sentence names no catalogued indicator (`None` where it clearly names none). "thủ tục" counts
use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; every "đã giải quyết" count has its code
unchecked. A count of local units takes the unit of its first unit word ("27/114 xã, phường, đặc khu" → `xã`; "11/11
huyện, thành phố" → `huyện`); counts of "cơ quan", "đơn vị", "sở, ban, ngành" → `đơn vị`, at the level of the bodies
counted. A change is dated with the figure it changes; a fall is negative. Dates, document numbers, cited laws,
resolutions, decisions, plans and letters ("Nghị quyết số 202/2025/QH15", "Quyết định số 766/QĐ-TTg", "Quyết định số
06/QĐ-TTg", "Nghị định số 118/2025/NĐ-CP", "Quyết định số 342/QĐ-BNV", "Tờ trình số 386/TTr-SNV"), names with
numbers ("Đề án 06", "Bộ chỉ số 766", "mức độ 2"), a header's scale ("thang điểm 100"), periods ("5 năm", "6 tháng
đầu năm", "5 tháng đầu năm 2025"), section numbering ("I.", "1.", "a)", "Điều 1."), the STT column, phone numbers
("0225.3821.364", "0252.3822.417", "0219.3862.541", "0254.3852.706"), street addresses ("số 18 Hoàng Diệu", "số 01
đường Phạm Văn Đồng"), the text columns "Xếp loại" and "Thời hạn hoàn thành", headings naming a coming period and
years are not figures.

New in this set:
- 410 is a Kế hoạch of UBND thành phố Hải Phòng (the city merged with tỉnh Hải Dương from 01/7/2025) for năm
  2026, issued 14/01/2026 (period = the plan's year, as golden/blind4.py's 115). Every figure under "I. ĐÁNH
  GIÁ KẾT QUẢ NĂM 2025" is a result dated 2025-12-31 (its rise "tăng 3 bậc" too; "(xếp thứ 12/34)" after "so
  với tháng 7/2025" is a previous value dated 2025-07-31); ranks are out of the 34 post-merger provinces. "toàn
  thành phố có 114 đơn vị hành chính cấp xã (45 phường, 67 xã và 02 đặc khu)": subject `cấp xã`, level xã, each
  part with its own unit word. The city's own level is written "cấp thành phố" (subject `cấp thành phố`, level
  tỉnh, as Hà Nội's "cấp Thành phố" in golden/blind15.py). "chưa đạt chỉ tiêu ... năm 2025 là 65%" and "vượt
  chỉ tiêu năm 2025 (80%)" are 2025 targets (the shares carry them, "chưa đạt" / "đạt"). PAKN of the
  "Trung tâm Phục vụ hành chính công thành phố" (named in the sentence, level tỉnh). Its Markdown targets table
  has a column "Kết quả năm 2025" (values dated 2025-12-31) and a column "Chỉ tiêu năm 2026" (kind target,
  at the plan's year end) whose cells carry a comparison sign ("≥ 80", "< 0,5", "≤ 3": the raw is the number
  after it); "100" is a target too. Row 1 (files processed wholly online over all files) names no catalogued
  indicator. Two prose targets ("100% TTHC", "tối thiểu 20%"). The Markdown task table (task | lead body |
  partner | deadline) gives six deadlines, the lead body being the assignee ("Thường xuyên" none); one more in
  prose. Seven deadlines: day, quarter "Quý II/2026", month "Tháng 6/2026", day, "Chậm nhất" day in words,
  "Ngày 15 hằng tháng" (issued 14/01/2026: first 15/01/2026), day.
- 411 is a Quyết định of the Chủ tịch UBND tỉnh Bình Thuận (before the 2025 merger), issued 12/3/2025,
  announcing the provincial Chỉ số cải cách hành chính năm 2024 of 19 sở, ban, ngành and 10 huyện, thị xã, thành
  phố (bodies as before 01/3/2025). The provincial PAR index of a body is not the catalogued national one: its
  scores, ranks and changes have code unchecked. Block averages (subject unchecked, level tỉnh/huyện) with
  "(84,98 điểm)" / "(80,25 điểm)" after "so với năm 2023", previous values dated 2023-12-31 (no max_value:
  none written). Counts by grade "Có 04 cơ quan xếp loại Xuất sắc, 13 ..., 02 ..." and "06/10 đơn vị" (unit
  `đơn vị`, code None). Best and worst bodies named as written ("Thành phố Phan Thiết", "Huyện Phú Quý", level
  huyện). "lần lượt là 78,42% và 74,06%": two fields' shares over both blocks (subject and level unchecked).
  Its tab-separated annex (Phụ lục, after the signature) has block header rows "I"/"II" (no figures), rows in
  official order (subject as written, level tỉnh or huyện: 2024 score with no maximum in the cell, signed
  change, rank within the block; in four rows the rank equals the STT) and a "Bình quân" row per block (empty
  STT, subject unchecked; its figures repeat the prose). "Điều 3. ... có hiệu lực kể từ ngày ký" is no
  deadline. Five deadlines: day, month, "chậm nhất" day in words (assignee "Thủ trưởng các cơ quan, đơn vị
  xếp loại Khá" as the item writes it), quarter, quarterly recurring "trước ngày 20 của tháng cuối quý"
  (issued 12/3/2025: first 20/3/2025).
- 412 is a five-year Báo cáo tổng kết (2021–2025) of UBND tỉnh Hà Giang (before the merger), issued 12/6/2025,
  on TTHC and Đề án 06, its data stated as "từ ngày 01/01/2021 đến hết ngày 31/5/2025" (the period's bounds;
  period_label as the title writes it). Year-by-year dash items "- Năm 2021: tiếp nhận ... hồ sơ; tỷ lệ nộp
  trực tuyến x%; tỷ lệ giải quyết đúng hạn y%." are each year's figures (kind count/value, dated at that year's
  end; the "5 tháng đầu năm 2025" item at the period end). "tăng mạnh, từ mức 9,12% (năm 2021) lên 67,35% (5
  tháng đầu năm 2025)": the "từ" figure is previous (dated 2021-12-31, as seed 001's "từ vị trí 17/63"), the
  "lên" figure current; "vượt chỉ tiêu Đề án 06 giao cho tỉnh (50%)" is an undated target (period end). Accounts
  of earlier years in a bracket after the current count are previous values dated at those years' ends.
  Figures of a body named in the sentence ("Công an tỉnh đã thu nhận ...", "Sở Tư pháp chủ trì làm sạch, số
  hóa 1.243.615 bản ghi") have that subject; the other Đề án 06 figures (53/53 services — unit `dịch vụ`,
  cards, health records, social payments) are the province's with code unchecked. "Năm 2024, ... đạt 79,64/100
  ... tăng 7 bậc so với năm 2023 (thứ 49/63)" dated 2024-12-31 (the previous rank 2023-12-31). "III. NHIỆM VỤ
  TRỌNG TÂM THỜI GIAN TỚI" names no period. Five deadlines: day, "chậm nhất" day in words, quarter (Sở Y tế,
  not the body it works with), month, "trước ngày 18 hằng tháng" (issued 12/6/2025: first 18/6/2025).
- 413 is a Chỉ thị of the Chủ tịch UBND tỉnh Cà Mau (merged with Bạc Liêu), issued 20/10/2025, quoting late
  files of quý III năm 2025 (stated as 01/7–30/9/2025). Province figures have subject NULL; "so với quý II năm
  2025 (98,15%)" dated 2025-06-30, "So với cùng kỳ năm 2024 (số liệu cộng gộp của hai tỉnh: 3.566 hồ sơ quá
  hạn)" dated 2024-09-30. By level "cấp tỉnh"/"cấp xã" (after "Tương ứng," the on-time shares too). Three sở
  with their overdue files in brackets; a dash list of ten xã/phường "- Xã Đầm Dơi: 412 hồ sơ, chiếm 7,86%;"
  (subject as written, level xã; count and share both overdue). "1.094/6.412 hồ sơ quá hạn được gửi văn bản xin
  lỗi" is one count (max 6412, code unchecked). The Centre's PAKN about delays (subject as named). 766 total
  `82,64/100`, rank `24/34`, "giảm 5 bậc so với tháng 6/2025 (thứ 19/34)", group "16,82/20". Item 1's targets
  "dưới 1%" and "100%" are those of the bodies the item names, dated at the end of quý IV năm 2025. Six
  deadlines: day, quarter (with the targets), "chậm nhất" day in words, month, year "trong năm 2025", "trước
  ngày 05 hằng tháng" (issued 20/10/2025, after the 5th: first 05/11/2025); "hằng năm" (an evaluation cycle) is
  none.
- 414 is a Báo cáo of Sở Nội vụ tỉnh Bà Rịa - Vũng Tàu (header "UBND TỈNH BÀ RỊA - VŨNG TÀU / SỞ NỘI VỤ"),
  issued 26/5/2025, on the province's PAR INDEX and SIPAS năm 2024. Figures "của tỉnh" are the province's
  (subject NULL; code `par_index` for the PAR INDEX total, its rank, rise and previous values, `sipas` for
  SIPAS), not the Sở's; the Sở's own work in III. ("Sở Nội vụ đã tham mưu tổ chức 14 đợt ...", "Sở đã mở 06
  lớp ... cho 412 lượt công chức") has subject "Sở Nội vụ". "đứng thứ 3/6 trong vùng Đông Nam Bộ" is a regional
  rank (code unchecked). "điểm thẩm định đạt 58,47/62,50", "điểm điều tra xã hội học đạt 29,96/37,50": parts of
  the total with their maxima. Its Markdown table of the eight fields (rows are not bodies: subject NULL, level
  NULL, as golden/blind13.py's 148 groups) has cells "x/max" (value and max_value), a share of points (%), the
  2023 score (dated 2023-12-31) and a signed change, and a "Tổng cộng" row (the total, `88,43/100`, repeating
  the prose). "Có 5/8 lĩnh vực ..., 03 lĩnh vực ..." are counts (code None). The survey's forms "1.320 phiếu",
  "1.284 phiếu hợp lệ (đạt 97,27%)" were counted by the Bộ Nội vụ in the province (subject and level
  unchecked). SIPAS factors as a dash list "- <factor>: x% (tăng/giảm y%);". "Mục tiêu năm 2025: ... trên 90
  điểm; ... từ 85% trở lên" are the province's targets dated 2025-12-31 (no deadline: no task, no body). Five
  deadlines: day, month, "chậm nhất" day in words, quarter, "trước ngày 25 hằng tháng" (issued 26/5/2025,
  after the 25th: first 25/6/2025).

Unsure readings (fields left `ANY` where a careful reader could go either way): the provincial Chỉ số CCHC
codes (411); the Đề án 06 figures' codes and the hospitals' level (412); the survey's subject (414); the level
of a target set for "Các sở, ban, ngành, UBND các xã, phường" (413).
"""

from __future__ import annotations

from golden.facts import (
    _CT,
    _DH,
    _HL,
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
_TOAN = "766.dvctt.toan_trinh"
_TIME = "766.tien_do.thoi_gian"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_PAR = "par_index"
_SIPAS = "sipas"


def _cells(subject: object, level: object, cells: list[tuple], after: str, sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(text, raw, value, unit, kind, code, as_of, max_value)`. A cell's
    context is the separator before it, the rest of its row (`end` closes it) and the start of the next line
    (`after`), so that it occurs once and the raw text is found first at the cell itself even where the same
    figure recurs. `text` is the cell as written ("≥ 80"), `raw` the figure inside it ("80")."""
    texts = [cell[0] for cell in cells]
    return [F(sep + sep.join(texts[i:]) + end + after, raw, value, unit, kind, max_value=max_value, subject=subject,
              level=level, as_of=as_of, code=code, extra=TAB)
            for i, (_text, raw, value, unit, kind, code, as_of, max_value) in enumerate(cells)]


def _cell(text: str, unit: str, kind: str = P, code: object = ANY, as_of: str = "period",
          max_value: float | None = None) -> tuple:
    """A cell written as a plain figure, with a comparison sign ("≥ 80", "< 0,5", "≤ 3") or signed ("+1,26")."""
    raw = text.lstrip("≥≤<> ")
    return (text, raw, _num(raw.lstrip("+")), unit, kind, code, as_of, max_value)


# ------------------------------------------------------------ 410: UBND thành phố Hải Phòng, Kế hoạch năm 2026
_Y2025 = "2025-12-31"
_CTP = "cấp thành phố"
_TTPV_HP = "Trung tâm Phục vụ hành chính công thành phố"


def _y25(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A result of năm 2025 inside the plan for 2026 (dated 2025-12-31)."""
    return F(context, raw, value, unit, kind, as_of=_Y2025, **kw)


def _target_410(result: str, target: str, unit: str, code: object, after: str) -> list[Fact]:
    """One Markdown row of the targets table: the 2025 result (dated 2025-12-31) and the 2026 target (the plan's
    year end, kind target). STT and the label are no figures."""
    cells = [_cell(result, unit, P, code, _Y2025), _cell(target, unit, T, code)]
    return _cells(None, None, cells, after, " | ", " |\n")


BLIND_410 = [
    # I.1 (202/2025/QH15 of 12/6/2025, 766/QĐ-TTg and 296/KH-UBND are cited; "01/7/2025" and "6 tháng đầu năm"
    # are dates and a period)
    _y25("có 114 đơn vị", "114", 114, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    _y25("(45 phường", "45", 45, "phường", C, subject="cấp xã", level="xã", code=None),
    _y25("67 xã", "67", 67, "xã", C, subject="cấp xã", level="xã", code=None),
    _y25("02 đặc khu", "02", 2, "đặc khu", C, subject="cấp xã", level="xã", code=None),
    # I.2 results of 2025 (dated 2025-12-31); the city's own level is written "cấp thành phố" (level tỉnh)
    _y25("gồm 2.068 TTHC", "2.068", 2068, "TTHC", C, code=_TTHC),
    _y25("(cấp thành phố 1.697", "1.697", 1697, "TTHC", C, subject=_CTP, level="tỉnh", code=_TTHC),
    _y25("cấp xã 371", "371", 371, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    _y25("trong đó 1.184 TTHC", "1.184", 1184, "TTHC", C, code=_TOAN),
    _y25("và 612 TTHC", "612", 612, "TTHC", C, code="766.dvctt.mot_phan"),
    _y25("tiếp nhận 1.286.415", "1.286.415", 1286415, "hồ sơ", C, code=_TN),
    _y25("trong đó 1.052.287", "1.052.287", 1052287, "hồ sơ", C, code=_NOP),
    _y25("chiếm 81,80%", "81,80%", 81.80, "%", code=_NOP),
    _y25("cấp thành phố đạt 92,46%", "92,46%", 92.46, "%", subject=_CTP, level="tỉnh", code=_NOP),
    _y25("cấp xã đạt 76,13%", "76,13%", 76.13, "%", subject="cấp xã", level="xã", code=_NOP),
    _y25("giải quyết 1.243.962", "1.243.962", 1243962, "hồ sơ", C, code=ANY),
    _y25("đúng hạn 1.228.039", "1.228.039", 1228039, "hồ sơ", C, code=_DH),
    _y25("(98,72%)", "98,72%", 98.72, "%", code=_DH),
    _y25("quá hạn 15.923", "15.923", 15923, "hồ sơ", C, code=_QH),
    _y25("(1,28%)", "1,28%", 1.28, "%", code=_QH),
    _y25("thành phố là 98,96%", "98,96%", 98.96, "%", subject=_CTP, level="tỉnh", code=_DH),
    _y25("cấp xã là 98,61%", "98,61%", 98.61, "%", subject="cấp xã", level="xã", code=_DH),
    _y25("trực tuyến đạt 58,34%", "58,34%", 58.34, "%", code=_TT, target=65, stated_status="chưa đạt"),
    _y25("năm 2025 là 65%", "65%", 65, "%", T, code=_TT),
    _y25("TTHC đạt 86,19%", "86,19%", 86.19, "%", code=_SH, target=80, stated_status="đạt"),
    _y25("năm 2025 (80%)", "80%", 80, "%", T, code=_SH),
    _y25("lần lượt là 91,37%", "91,37%", 91.37, "%", subject=_CTP, level="tỉnh", code=_SH),
    _y25("và 82,05%", "82,05%", 82.05, "%", subject="cấp xã", level="xã", code=_SH),
    _y25("có 1.736.420", "1.736.420", 1736420, "tài khoản", C, code=_TK),
    _y25("tiếp nhận 1.482", "1.482", 1482, "PAKN", C, subject=_TTPV_HP, level="tỉnh", code=_PAKN_TN),
    _y25("xử lý 1.455", "1.455", 1455, "PAKN", C, subject=_TTPV_HP, level="tỉnh", code=_PAKN_XL),
    _y25("đạt 98,18%", "98,18%", 98.18, "%", subject=_TTPV_HP, level="tỉnh", code=_PAKN_TL),
    _y25("đạt 87,46/100", "87,46/100", 87.46, "điểm", max_value=100, code=_TONG),
    _y25("thứ 9/34", "9/34", 9, "hạng", R, max_value=34, code=_HANG),
    _y25("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("(xếp thứ 12/34)", "12/34", 12, "hạng", PR, max_value=34, as_of="2025-07-31", code=_HANG),
    # I.3 counts of units
    _y25("còn 27/114", "27/114", 27, "xã", C, max_value=114, subject=ANY, level="xã", code=None),
    _y25("04 sở, ngành", "04", 4, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    # II.2 Markdown table of targets: result 2025 (dated 2025-12-31) | target 2026 (kind target)
    *_target_410("61,25", "≥ 80", "%", ANY, "| 2 | Tỷ lệ hồ sơ nộp"),
    *_target_410("81,80", "≥ 88", "%", _NOP, "| 3 | Tỷ lệ hồ sơ giải quyết"),
    *_target_410("98,72", "≥ 99,5", "%", _DH, "| 4 | Tỷ lệ hồ sơ thanh toán"),
    *_target_410("58,34", "≥ 75", "%", _TT, "| 5 | Tỷ lệ số hóa"),
    *_target_410("86,19", "100", "%", _SH, "| 6 | Tỷ lệ khai thác"),
    *_target_410("47,06", "≥ 70", "%", _TSD, "| 7 | Mức độ hài lòng"),
    *_target_410("93,58", "≥ 95", "%", _HL, "| 8 | Điểm Bộ chỉ số"),
    *_target_410("87,46", "≥ 90", "điểm", _TONG, "| 9 | Tỷ lệ chứng thực"),
    *_target_410("64,37", "≥ 80", "%", _CT, "| 10 | Tỷ lệ hồ sơ quá hạn"),
    *_target_410("1,28", "< 0,5", "%", _QH, "| 11 | Thời gian"),
    *_target_410("3,8", "≤ 3", "ngày", _TIME, "\nNgoài các chỉ tiêu"),
    # II.2 targets in prose (the plan's year end)
    F("phấn đấu 100% TTHC", "100%", 100, "%", T, code=ANY),
    F("tối thiểu 20%", "20%", 20, "%", T, code=ANY),
    # III. the task table holds no figure (STT, dates, "Thường xuyên"); IV. no figure ("số 18 Hoàng Diệu" is an
    # address, 0225.3821.364 a phone number)
]

# ------------------------------------------------------------ 411: Chủ tịch UBND tỉnh Bình Thuận, Quyết định
_Y2023 = "2023-12-31"


def _score_411(subject: str, level: str, score: str, change: str, rank: str, grade: str, after: str) -> list[Fact]:
    """One tab-separated row of the annex: the 2024 score (no maximum written in the cell), its signed change
    from 2023 and the rank within the block (kind rank, plain number). STT and "Xếp loại" are no figures."""
    cells = [_cell(score, "điểm"), _cell(change, "điểm", CH), _cell(rank, "hạng", R)]
    return _cells(subject, level, cells, after, "\t", "\t" + grade + "\n")


def _average_411(level: str, score: str, change: str, after: str) -> list[Fact]:
    """The "Bình quân" row of a block (subject unchecked, the block's level): score and change."""
    cells = [_cell(score, "điểm"), _cell(change, "điểm", CH)]
    return _cells(ANY, level, cells, after, "\t", "\n")


_SO_411 = [
    ("Văn phòng UBND tỉnh", "91,84", "+1,26", "3", "Xuất sắc"),
    ("Sở Nội vụ", "92,37", "+0,85", "2", "Xuất sắc"),
    ("Sở Tư pháp", "93,15", "+1,42", "1", "Xuất sắc"),
    ("Sở Kế hoạch và Đầu tư", "89,62", "+2,04", "5", "Tốt"),
    ("Sở Tài chính", "88,47", "-0,63", "6", "Tốt"),
    ("Sở Công Thương", "86,23", "+1,18", "9", "Tốt"),
    ("Sở Nông nghiệp và Phát triển nông thôn", "84,06", "+0,57", "12", "Tốt"),
    ("Sở Giao thông vận tải", "82,95", "-1,24", "14", "Tốt"),
    ("Sở Xây dựng", "80,41", "+0,92", "17", "Tốt"),
    ("Sở Tài nguyên và Môi trường", "78,36", "-2,15", "19", "Khá"),
    ("Sở Thông tin và Truyền thông", "90,58", "+1,73", "4", "Xuất sắc"),
    ("Sở Lao động - Thương binh và Xã hội", "83,72", "+0,46", "13", "Tốt"),
    ("Sở Văn hóa, Thể thao và Du lịch", "85,19", "+2,31", "10", "Tốt"),
    ("Sở Khoa học và Công nghệ", "87,04", "+0,38", "7", "Tốt"),
    ("Sở Giáo dục và Đào tạo", "86,88", "+1,05", "8", "Tốt"),
    ("Sở Y tế", "81,27", "-0,74", "16", "Tốt"),
    ("Thanh tra tỉnh", "84,93", "+1,66", "11", "Tốt"),
    ("Ban Dân tộc", "79,85", "+0,21", "18", "Khá"),
    ("Ban Quản lý các khu công nghiệp", "82,14", "+3,12", "15", "Tốt"),
]
_HUYEN_411 = [
    ("Thành phố Phan Thiết", "86,74", "+1,35", "1", "Tốt"),
    ("Thị xã La Gi", "84,12", "+2,08", "2", "Tốt"),
    ("Huyện Tuy Phong", "81,37", "-0,46", "5", "Tốt"),
    ("Huyện Bắc Bình", "79,65", "+0,94", "7", "Khá"),
    ("Huyện Hàm Thuận Bắc", "83,28", "+1,71", "3", "Tốt"),
    ("Huyện Hàm Thuận Nam", "80,93", "+0,62", "6", "Tốt"),
    ("Huyện Tánh Linh", "77,84", "-1,38", "9", "Khá"),
    ("Huyện Hàm Tân", "78,56", "+1,14", "8", "Khá"),
    ("Huyện Đức Linh", "82,41", "+0,87", "4", "Tốt"),
    ("Huyện Phú Quý", "76,92", "+2,45", "10", "Khá"),
]


def _block_411(rows: list[tuple], level: str, last_after: str) -> list[Fact]:
    """The rows of one block in official order; each row's context runs into the next row's STT and name."""
    facts = []
    for i, (name, score, change, rank, grade) in enumerate(rows):
        after = f"{i + 2}\t{rows[i + 1][0]}" if i + 1 < len(rows) else last_after
        facts += _score_411(name, level, score, change, rank, grade, after)
    return facts


BLIND_411 = [
    # Căn cứ (laws of 19/6/2015 and 22/11/2019, 1207/QĐ-UBND of 17/5/2024, the meeting of 27/02/2025, Tờ trình
    # 386/TTr-SNV of 05/3/2025) and "trước ngày 01/3/2025" are no figures
    # Điều 1: the bodies counted
    F("của 19 sở", "19", 19, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("và 10 huyện", "10", 10, "huyện", C, subject=ANY, level="huyện", code=None),
    # 1. khối sở, ban, ngành: block average (subject unchecked), năm 2023 dated 2023-12-31; counts by grade
    F("đạt 85,74 điểm", "85,74", 85.74, "điểm", subject=ANY, level="tỉnh", code=ANY),
    F("tăng 0,76 điểm", "0,76", 0.76, "điểm", CH, subject=ANY, level="tỉnh", code=ANY),
    F("(84,98 điểm)", "84,98", 84.98, "điểm", PR, as_of=_Y2023, subject=ANY, level="tỉnh", code=ANY),
    F("Có 04 cơ quan", "04", 4, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("13 cơ quan", "13", 13, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("02 cơ quan", "02", 2, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("Sở Tư pháp với 93,15", "93,15", 93.15, "điểm", subject="Sở Tư pháp", level="tỉnh", code=ANY),
    F("Môi trường với 78,36", "78,36", 78.36, "điểm", subject="Sở Tài nguyên và Môi trường", level="tỉnh", code=ANY),
    F("giảm 2,15 điểm", "2,15", -2.15, "điểm", CH, subject="Sở Tài nguyên và Môi trường", level="tỉnh", code=ANY),
    # 2. khối huyện
    F("đạt 81,18 điểm", "81,18", 81.18, "điểm", subject=ANY, level="huyện", code=ANY),
    F("tăng 0,93 điểm", "0,93", 0.93, "điểm", CH, subject=ANY, level="huyện", code=ANY),
    F("(80,25 điểm)", "80,25", 80.25, "điểm", PR, as_of=_Y2023, subject=ANY, level="huyện", code=ANY),
    F("Có 06/10", "06/10", 6, "đơn vị", C, max_value=10, subject=ANY, level="huyện", code=None),
    F("và 04 đơn vị", "04", 4, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("dẫn đầu với 86,74", "86,74", 86.74, "điểm", subject="Thành phố Phan Thiết", level="huyện", code=ANY),
    F("(76,92 điểm)", "76,92", 76.92, "điểm", subject="Huyện Phú Quý", level="huyện", code=ANY),
    F("(tăng 2,45 điểm)", "2,45", 2.45, "điểm", CH, subject="Huyện Phú Quý", level="huyện", code=ANY),
    # 3. two fields' average share of points, over both blocks
    F("lần lượt là 78,42%", "78,42%", 78.42, "%", subject=ANY, level=ANY, code=ANY),
    F("và 74,06%", "74,06%", 74.06, "%", subject=ANY, level=ANY, code=ANY),
    # Phụ lục: tab-separated annex, block header rows "I"/"II" and "Bình quân" rows
    *_block_411(_SO_411, "tỉnh", "\tBình quân khối sở, ban, ngành"),
    *_average_411("tỉnh", "85,74", "+0,76", "II\tKHỐI UBND"),
    *_block_411(_HUYEN_411, "huyện", "\tBình quân khối huyện"),
    *_average_411("huyện", "81,18", "+0,93", "\nGhi chú"),
    # 0252.3822.417 is a phone number
]

# ------------------------------------------------------------ 412: UBND tỉnh Hà Giang, tổng kết 2021–2025
_Y2021, _Y2022, _Y2024 = "2021-12-31", "2022-12-31", "2024-12-31"


def _year_412(as_of: str, label: str, received: str, online: str, on_time: str) -> list[Fact]:
    """One dash-list item of a year (dated at its end; "5 tháng đầu năm 2025" at the period end): files received,
    online share, on-time share (province figures)."""
    return [
        F(f"{label}: tiếp nhận {received}", received, _num(received), "hồ sơ", C, as_of=as_of, code=_TN),
        F(f"trực tuyến {online}%", f"{online}%", _num(online), "%", as_of=as_of, code=_NOP),
        F(f"đúng hạn {on_time}%", f"{on_time}%", _num(on_time), "%", as_of=as_of, code=_DH),
    ]


BLIND_412 = [
    # (3815/VPCP-KSTT of 26/5/2025 and 06/QĐ-TTg of 06/01/2022 are cited; "Đề án 06" is a name; "5 năm", "5
    # tháng đầu năm 2025" and "01/01/2021 … 31/5/2025" are periods and dates)
    # I.1
    F("ban hành 47 văn bản", "47", 47, "văn bản", C, code=None),
    F("11/11 huyện", "11/11", 11, "huyện", C, max_value=11, subject=ANY, level="huyện", code=None),
    F("193/193 xã", "193/193", 193, "xã", C, max_value=193, subject=ANY, level="xã", code=None),
    # I.2 one dash item per year
    *_year_412(_Y2021, "Năm 2021", "386.214", "9,12", "96,48"),
    *_year_412(_Y2022, "Năm 2022", "402.587", "24,35", "97,21"),
    *_year_412(_Y2023, "Năm 2023", "431.906", "41,87", "97,94"),
    *_year_412(_Y2024, "Năm 2024", "458.273", "58,62", "98,56"),
    *_year_412("period", "5 tháng đầu năm 2025", "196.418", "67,35", "98,83"),
    F("là 86,41%", "86,41%", 86.41, "%", as_of=_Y2024, subject="cấp tỉnh", level="tỉnh", code=_NOP),
    F("57,36% và", "57,36%", 57.36, "%", as_of=_Y2024, subject="cấp huyện", level="huyện", code=_NOP),
    F("và 44,95%", "44,95%", 44.95, "%", as_of=_Y2024, subject="cấp xã", level="xã", code=_NOP),
    F("tiếp nhận 1.875.398", "1.875.398", 1875398, "hồ sơ", C, code=_TN),
    F("mức 9,12%", "9,12%", 9.12, "%", PR, as_of=_Y2021, code=_NOP),
    F("lên 67,35%", "67,35%", 67.35, "%", code=_NOP, target=50, stated_status="đạt"),
    F("cho tỉnh (50%)", "50%", 50, "%", T, code=_NOP),
    F("từ 312 TTHC", "312", 312, "TTHC", PR, as_of=_Y2021, code=_TOAN),
    F("lên 1.046 TTHC", "1.046", 1046, "TTHC", C, code=_TOAN),
    F("chiếm 57,79%", "57,79%", 57.79, "%", code=_TOAN),
    F("tổng số 1.810 TTHC", "1.810", 1810, "TTHC", C, code=_TTHC),
    F("đạt 84,26%", "84,26%", 84.26, "%", code=_SH),
    F("đạt 46,18%", "46,18%", 46.18, "%", code=_TT),
    F("(năm 2024: 39,52%)", "39,52%", 39.52, "%", PR, as_of=_Y2024, code=_TT),
    # I.3 a) the Công an tỉnh named in the sentence; accounts of earlier years in brackets are previous values
    F("thu nhận 812.467", "812.467", 812467, "hồ sơ", C, subject="Công an tỉnh", level="tỉnh", code=ANY),
    F("đạt 99,26%", "99,26%", 99.26, "%", subject="Công an tỉnh", level="tỉnh", code=ANY),
    F("kích hoạt 518.934", "518.934", 518934, "tài khoản", C, code=_TK),
    F("đạt 73,41%", "73,41%", 73.41, "%", code=_TK),
    F("(năm 2022: 96.215", "96.215", 96215, "tài khoản", PR, as_of=_Y2022, code=_TK),
    F("năm 2023: 284.730", "284.730", 284730, "tài khoản", PR, as_of=_Y2023, code=_TK),
    F("năm 2024: 462.108", "462.108", 462108, "tài khoản", PR, as_of=_Y2024, code=_TK),
    # I.3 b)
    F("cung cấp 53/53", "53/53", 53, "dịch vụ", C, max_value=53, code=ANY),
    F("số hóa 1.243.615", "1.243.615", 1243615, "bản ghi", C, subject="Sở Tư pháp", level="tỉnh", code=ANY),
    F("tuyến 9.846 hồ sơ", "9.846", 9846, "hồ sơ", C, subject="Sở Tư pháp", level="tỉnh", code=ANY),
    F("chiếm 92,17%", "92,17%", 92.17, "%", subject="Sở Tư pháp", level="tỉnh", code=ANY),
    F("giải quyết 31.208", "31.208", 31208, "hồ sơ", C, code=ANY),
    F("Có 42/42", "42/42", 42, "cơ sở", C, max_value=42, subject=ANY, level=ANY, code=ANY),
    F("412.386 người", "412.386", 412386, "người", C, code=ANY),
    F("chiếm 45,92%", "45,92%", 45.92, "%", code=ANY),
    F("cho 48.372", "48.372", 48372, "đối tượng", C, code=ANY),
    F("đạt 86,15%", "86,15%", 86.15, "%", code=ANY),
    # I.4
    F("tiếp nhận 1.642", "1.642", 1642, "PAKN", C, code=_PAKN_TN),
    F("xử lý 1.618", "1.618", 1618, "PAKN", C, code=_PAKN_XL),
    F("đạt 98,54%", "98,54%", 98.54, "%", code=_PAKN_TL),
    # I.5 năm 2024 dated 2024-12-31 (its rise too), năm 2023 dated 2023-12-31; tháng 5/2025 is the period end
    F("đạt 79,64/100", "79,64/100", 79.64, "điểm", max_value=100, as_of=_Y2024, code=_TONG),
    F("thứ 42/63", "42/63", 42, "hạng", R, max_value=63, as_of=_Y2024, code=_HANG),
    F("tăng 7 bậc", "7", 7, "hạng", CH, as_of=_Y2024, code=_HANG),
    F("(thứ 49/63)", "49/63", 49, "hạng", PR, max_value=63, as_of=_Y2023, code=_HANG),
    F("đạt 83,17/100", "83,17/100", 83.17, "điểm", max_value=100, code=_TONG),
    F("thứ 35/63", "35/63", 35, "hạng", R, max_value=63, code=_HANG),
    # II.
    F("ở 4 huyện", "4", 4, "huyện", C, subject=ANY, level="huyện", code=None),
    # III. no figure ("đường Trần Hưng Đạo" is an address, 0219.3862.541 a phone number)
]

# ------------------------------------------------------------ 413: Chủ tịch UBND tỉnh Cà Mau, Chỉ thị (quý III/2025)
_Q2_2025 = "2025-06-30"
_STT_CM = "Các sở, ban, ngành, UBND các xã, phường"


def _commune_413(subject: str, overdue: str, share: str) -> list[Fact]:
    """One dash item "- <xã/phường>: n hồ sơ, chiếm x%;": its overdue files and their share."""
    return [
        F(f"{subject}: {overdue} hồ sơ", overdue, _num(overdue), "hồ sơ", C, subject=subject, level="xã", code=_QH),
        F(f"chiếm {share}%", f"{share}%", _num(share), "%", subject=subject, level="xã", code=_QH),
    ]


BLIND_413 = [
    # (202/2025/QH15 and 118/2025/NĐ-CP of 09/6/2025 are cited; "01/7/2025 … 30/9/2025" states the period)
    F("và 64 xã", "64", 64, "xã", C, subject=ANY, level="xã", code=None),
    F("tiếp nhận 214.538", "214.538", 214538, "hồ sơ", C, code=_TN),
    F("giải quyết 198.764", "198.764", 198764, "hồ sơ", C, code=ANY),
    F("đúng hạn 192.352", "192.352", 192352, "hồ sơ", C, code=_DH),
    F("hồ sơ, quá hạn 6.412", "6.412", 6412, "hồ sơ", C, code=_QH),
    F("chỉ đạt 96,77%", "96,77%", 96.77, "%", code=_DH),
    F("giảm 1,38%", "1,38%", -1.38, "%", CH, code=_DH),
    F("(98,15%)", "98,15%", 98.15, "%", PR, as_of=_Q2_2025, code=_DH),
    F("chiếm 3,23%", "3,23%", 3.23, "%", code=_QH),
    F("hai tỉnh: 3.566", "3.566", 3566, "hồ sơ", PR, as_of="2024-09-30", code=_QH),
    F("tăng 2.846", "2.846", 2846, "hồ sơ", CH, code=_QH),
    F("là 6,4 ngày", "6,4", 6.4, "ngày", code=ANY),
    F("toàn tỉnh đạt 71,38%", "71,38%", 71.38, "%", code=_NOP),
    # by level
    F("cấp tỉnh là 1.873", "1.873", 1873, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_QH),
    F("chiếm 2,41%", "2,41%", 2.41, "%", subject="cấp tỉnh", level="tỉnh", code=_QH),
    F("cấp xã là 4.539", "4.539", 4539, "hồ sơ", C, subject="cấp xã", level="xã", code=_QH),
    F("chiếm 3,75%", "3,75%", 3.75, "%", subject="cấp xã", level="xã", code=_QH),
    F("cấp tỉnh là 97,59%", "97,59%", 97.59, "%", subject="cấp tỉnh", level="tỉnh", code=_DH),
    F("cấp xã là 96,25%", "96,25%", 96.25, "%", subject="cấp xã", level="xã", code=_DH),
    F("Có 04/17", "04/17", 4, "đơn vị", C, max_value=17, subject=ANY, level="tỉnh", code=None),
    F("và 23/64", "23/64", 23, "xã", C, max_value=64, subject=ANY, level="xã", code=None),
    F("(1.126 hồ sơ", "1.126", 1126, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_QH),
    F("(318 hồ sơ)", "318", 318, "hồ sơ", C, subject="Sở Xây dựng", level="tỉnh", code=_QH),
    F("(97 hồ sơ)", "97", 97, "hồ sơ", C, subject="Sở Công Thương", level="tỉnh", code=_QH),
    # the dash list of communes and wards (subject as written)
    *_commune_413("Xã Đầm Dơi", "412", "7,86"),
    *_commune_413("Phường An Xuyên", "386", "4,19"),
    *_commune_413("Xã Hồng Dân", "341", "8,27"),
    *_commune_413("Phường Giá Rai", "298", "5,63"),
    *_commune_413("Xã Thới Bình", "276", "6,94"),
    *_commune_413("Xã Năm Căn", "254", "6,12"),
    *_commune_413("Xã Cái Nước", "231", "5,48"),
    *_commune_413("Xã U Minh", "207", "6,36"),
    *_commune_413("Phường Bạc Liêu", "193", "2,87"),
    *_commune_413("Xã Phước Long", "186", "5,05"),
    # apologies, repeated requests, PAKN at the Centre
    F("có 1.094/6.412", "1.094/6.412", 1094, "hồ sơ", C, max_value=6412, code=ANY),
    F("(chiếm 17,06%)", "17,06%", 17.06, "%", code=ANY),
    F("2.137 hồ sơ", "2.137", 2137, "hồ sơ", C, code=ANY),
    F("tiếp nhận 86 phản ánh", "86", 86, "PAKN", C, subject="Trung tâm Phục vụ hành chính công tỉnh", level="tỉnh",
      code=ANY),
    F("chiếm 61,43%", "61,43%", 61.43, "%", subject="Trung tâm Phục vụ hành chính công tỉnh", level="tỉnh",
      code=ANY),
    # 766 index: tháng 9/2025 is the period end, tháng 6/2025 dated 2025-06-30
    F("chỉ đạt 82,64/100", "82,64/100", 82.64, "điểm", max_value=100, code=_TONG),
    F("thứ 24/34", "24/34", 24, "hạng", R, max_value=34, code=_HANG),
    F("giảm 5 bậc", "5", -5, "hạng", CH, code=_HANG),
    F("(thứ 19/34)", "19/34", 19, "hạng", PR, max_value=34, as_of=_Q2_2025, code=_HANG),
    F("đạt 16,82/20", "16,82/20", 16.82, "điểm", max_value=20, code="766.tien_do"),
    # 1. the targets of the bodies the item names, for quý IV năm 2025
    F("dưới 1%", "1%", 1, "%", T, subject=_STT_CM, level=ANY, as_of="2025-12-31", code=_QH),
    F("bảo đảm 100%", "100%", 100, "%", T, subject=_STT_CM, level=ANY, as_of="2025-12-31", code=ANY),
]

# ------------------------------------------------------------ 414: Sở Nội vụ tỉnh Bà Rịa - Vũng Tàu, năm 2024
_SNV = "Sở Nội vụ"


def _field_414(score: str, maximum: str, share: str, previous: str, change: str, after: str,
               codes: tuple = (ANY, ANY, ANY, ANY)) -> list[Fact]:
    """One Markdown row of a field (or the total, the province's): score `x/max`, share of points, the 2023 score
    (dated 2023-12-31) and the signed change. The province's figures: no subject."""
    cells = [(f"{score}/{maximum}", f"{score}/{maximum}", _num(score), "điểm", P, codes[0], "period", _num(maximum)),
             _cell(share, "%", P, codes[1]), _cell(previous, "điểm", P, codes[2], _Y2023),
             _cell(change, "điểm", CH, codes[3])]
    return _cells(None, None, cells, after, " | ", " |\n")


def _sipas_414(label: str, share: str, verb: str, change: str) -> list[Fact]:
    """One dash item of a SIPAS factor: its share and the change in brackets (a fall negative)."""
    sign = -1 if verb == "giảm" else 1
    return [
        F(f"{label}: {share}%", f"{share}%", _num(share), "%", code=ANY),
        F(f"({verb} {change}%)", f"{change}%", sign * _num(change), "%", CH, code=ANY),
    ]


BLIND_414 = [
    # (342/QĐ-BNV of 08/5/2025 is cited; "09/5/2025" is a date)
    # I.1 the province's PAR INDEX; năm 2023 dated 2023-12-31
    F("đạt 88,43/100", "88,43/100", 88.43, "điểm", max_value=100, code=_PAR),
    F("thứ 11/63", "11/63", 11, "hạng", R, max_value=63, code=_PAR),
    F("thứ 3/6", "3/6", 3, "hạng", R, max_value=6, code=ANY),
    F("tăng 1,27 điểm", "1,27", 1.27, "điểm", CH, code=_PAR),
    F("tăng 4 bậc", "4", 4, "hạng", CH, code=_PAR),
    F("(87,16 điểm", "87,16", 87.16, "điểm", PR, max_value=100, as_of=_Y2023, code=_PAR),
    F("thứ 15/63)", "15/63", 15, "hạng", PR, max_value=63, as_of=_Y2023, code=_PAR),
    F("đạt 58,47/62,50", "58,47/62,50", 58.47, "điểm", max_value=62.5, code=ANY),
    F("đạt 29,96/37,50", "29,96/37,50", 29.96, "điểm", max_value=37.5, code=ANY),
    # I.2 Markdown table of the eight fields and the total
    *_field_414("8,92", "9,50", "93,89", "8,61", "+0,31", "| 2 | Xây dựng và tổ chức"),
    *_field_414("6,84", "7,50", "91,20", "6,92", "-0,08", "| 3 | Cải cách thủ tục"),
    *_field_414("11,10", "11,50", "96,52", "10,68", "+0,42", "| 4 | Cải cách tổ chức"),
    *_field_414("8,47", "9,00", "94,11", "8,15", "+0,32", "| 5 | Cải cách chế độ"),
    *_field_414("11,36", "13,00", "87,38", "11,52", "-0,16", "| 6 | Cải cách tài chính"),
    *_field_414("8,58", "10,00", "85,80", "8,21", "+0,37", "| 7 | Xây dựng, phát triển"),
    *_field_414("11,24", "13,50", "83,26", "10,47", "+0,77", "| 8 | Tác động"),
    *_field_414("21,92", "26,00", "84,31", "22,60", "-0,68", "| | Tổng cộng"),
    *_field_414("88,43", "100", "88,43", "87,16", "+1,27", "\nCó 5/8", codes=(_PAR, ANY, _PAR, _PAR)),
    F("Có 5/8", "5/8", 5, "lĩnh vực", C, max_value=8, code=None),
    F("03 lĩnh vực", "03", 3, "lĩnh vực", C, code=None),
    F("cao nhất (96,52%)", "96,52%", 96.52, "%", code=ANY),
    F("tăng 0,77 điểm", "0,77", 0.77, "điểm", CH, code=ANY),
    F("giảm 0,68 điểm", "0,68", -0.68, "điểm", CH, code=ANY),
    # II. the survey (who counted the forms is left unchecked); SIPAS; năm 2023 dated 2023-12-31
    F("phát ra 1.320", "1.320", 1320, "phiếu", C, subject=ANY, level=ANY, code=ANY),
    F("về 1.284", "1.284", 1284, "phiếu", C, subject=ANY, level=ANY, code=ANY),
    F("(đạt 97,27%)", "97,27%", 97.27, "%", subject=ANY, level=ANY, code=ANY),
    F("đạt 83,16%", "83,16%", 83.16, "%", code=_SIPAS),
    F("thứ 21/63", "21/63", 21, "hạng", R, max_value=63, code=_SIPAS),
    F("tăng 1,24%", "1,24%", 1.24, "%", CH, code=_SIPAS),
    F("giảm 2 bậc", "2", -2, "hạng", CH, code=_SIPAS),
    F("(81,92%", "81,92%", 81.92, "%", PR, as_of=_Y2023, code=_SIPAS),
    F("thứ 19/63)", "19/63", 19, "hạng", PR, max_value=63, as_of=_Y2023, code=_SIPAS),
    *_sipas_414("Tiếp cận dịch vụ", "85,47", "tăng", "1,08"),
    *_sipas_414("Thủ tục hành chính", "82,39", "tăng", "0,96"),
    *_sipas_414("Công chức giải quyết công việc", "86,12", "giảm", "0,35"),
    *_sipas_414("Kết quả dịch vụ", "84,05", "tăng", "2,14"),
    *_sipas_414("phản ánh, kiến nghị", "77,76", "tăng", "2,41"),
    # III. the Sở's own work; the bodies it inspected counted at their levels
    F("tổ chức 14 đợt", "14", 14, "đợt", C, subject=_SNV, level="tỉnh", code=None),
    F("tại 9 sở", "9", 9, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("và 15 xã", "15", 15, "xã", C, subject=ANY, level="xã", code=None),
    F("mở 06 lớp", "06", 6, "lớp", C, subject=_SNV, level="tỉnh", code=None),
    F("cho 412 lượt", "412", 412, "lượt", C, subject=_SNV, level="tỉnh", code=ANY),
    # IV. the province's targets for năm 2025 (dated at its end; no deadline: no task, no body)
    F("trên 90 điểm", "90", 90, "điểm", T, as_of="2025-12-31", code=_PAR),
    F("từ 85% trở lên", "85%", 85, "%", T, as_of="2025-12-31", code=_SIPAS),
    # "số 01 đường Phạm Văn Đồng" is an address, 0254.3852.706 a phone number
]

BLIND = {"410": BLIND_410, "411": BLIND_411, "412": BLIND_412, "413": BLIND_413, "414": BLIND_414}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "410": [
        # the task table: task | lead body (Cơ quan chủ trì) | partner | deadline; row 7 "Thường xuyên" has none
        ("2026-03-31", "day", "31/3/2026", "công bố danh mục TTHC không phụ thuộc địa giới hành chính",
         "Văn phòng UBND thành phố"),
        ("2026-06-30", "quarter", "Quý II/2026", "Tái cấu trúc quy trình", "Sở Khoa học và Công nghệ"),
        ("2026-06-30", "month", "Tháng 6/2026", "Tích hợp thanh toán trực tuyến phí, lệ phí", "Sở Tài chính"),
        ("2026-09-30", "day", "30/9/2026", "Làm sạch, đồng bộ dữ liệu đất đai", "Sở Nông nghiệp và Môi trường"),
        ("2026-11-15", "day", "ngày 15 tháng 11 năm 2026", "Khảo sát mức độ hài lòng", "Sở Nội vụ"),
        # issued 14/01/2026: the first "Ngày 15 hằng tháng" is 15/01/2026
        ("2026-01-15", "recurring", "15 hằng tháng", "Báo cáo tiến độ thực hiện các chỉ tiêu",
         "Các sở, ban, ngành; UBND các xã, phường, đặc khu"),
        # IV.2 (prose)
        ("2026-12-10", "day", "10/12/2026", "tổng hợp kết quả thực hiện Kế hoạch", "Văn phòng UBND thành phố"),
    ],
    "411": [
        ("2025-03-20", "day", "20/3/2025", "công khai kết quả Chỉ số CCHC năm 2024", "Sở Nội vụ"),
        ("2025-04-30", "month", "tháng 4/2025", "khen thưởng", "Sở Nội vụ"),
        ("2025-04-10", "day", "ngày 10 tháng 4 năm 2025", "xây dựng kế hoạch khắc phục",
         "Thủ trưởng các cơ quan, đơn vị xếp loại Khá"),
        ("2025-06-30", "quarter", "quý II năm 2025", "khắc phục hạn chế về chính quyền số", "Sở Khoa học và Công nghệ"),
        # issued 12/3/2025: the first "ngày 20 của tháng cuối quý" is 20/3/2025
        ("2025-03-20", "recurring", "20 của tháng cuối quý", "báo cáo kết quả khắc phục",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
    "412": [
        ("2025-06-25", "day", "25/6/2025", "làm sạch dữ liệu dân cư", "Công an tỉnh"),
        ("2025-06-28", "day", "ngày 28 tháng 6 năm 2025", "số hóa dữ liệu hộ tịch", "Sở Tư pháp"),
        ("2025-09-30", "quarter", "quý III năm 2025", "sổ sức khỏe điện tử", "Sở Y tế"),
        ("2025-06-30", "month", "tháng 6/2025", "bàn giao đầy đủ hồ sơ, dữ liệu số hóa", "UBND các huyện, thành phố"),
        # issued 12/6/2025: the first "ngày 18 hằng tháng" is 18/6/2025
        ("2025-06-18", "recurring", "18 hằng tháng", "báo cáo tiến độ triển khai Đề án 06",
         "Các sở, ban, ngành, UBND các huyện, thành phố"),
    ],
    "413": [
        ("2025-10-31", "day", "31/10/2025", "Giải quyết dứt điểm các hồ sơ quá hạn", _STT_CM),
        ("2025-12-31", "quarter", "quý IV năm 2025", "giảm tỷ lệ hồ sơ quá hạn", _STT_CM),
        ("2025-11-15", "day", "ngày 15 tháng 11 năm 2025", "rà soát toàn bộ hồ sơ đất đai quá hạn",
         "Sở Nông nghiệp và Môi trường"),
        ("2025-11-30", "month", "tháng 11/2025", "kiểm tra đột xuất", "Sở Nội vụ"),
        ("2025-12-31", "year", "năm 2025", "chức năng cảnh báo hồ sơ", "Sở Khoa học và Công nghệ"),
        # issued 20/10/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/11/2025
        ("2025-11-05", "recurring", "05 hằng tháng", "tổng hợp kết quả thực hiện Chỉ thị", "Văn phòng UBND tỉnh"),
    ],
    "414": [
        ("2025-06-10", "day", "10/6/2025", "xây dựng kế hoạch khắc phục các tiêu chí bị trừ điểm",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
        ("2025-06-30", "month", "tháng 6/2025", "tiếp nhận, xử lý phản ánh, kiến nghị",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        ("2025-06-20", "day", "ngày 20 tháng 6 năm 2025", "chính quyền số", "Sở Khoa học và Công nghệ"),
        ("2025-06-30", "quarter", "quý II năm 2025", "khảo sát sự hài lòng", "Sở Nội vụ"),
        # issued 26/5/2025, after the 25th: the first "ngày 25 hằng tháng" is 25/6/2025
        ("2025-06-25", "recurring", "25 hằng tháng", "báo cáo kết quả khắc phục", "Các cơ quan, đơn vị"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 410 is a plan of UBND thành phố Hải Phòng (the merged city) for năm 2026; 411 a Quyết định of the Chủ tịch UBND
# tỉnh Bình Thuận on năm 2024; 412 a five-year report of UBND tỉnh Hà Giang whose data run from 01/01/2021 to
# 31/5/2025 (the period's bounds); 413 a Chỉ thị of the Chủ tịch UBND tỉnh Cà Mau (merged) on quý III năm 2025;
# 414 a report of Sở Nội vụ under "UBND TỈNH BÀ RỊA - VŨNG TÀU" on năm 2024.
META = {
    "410": {"doc_number": "18/KH-UBND", "doc_type": "Kế hoạch", "issued_date": "2026-01-14",
            "province": "Hải Phòng", "period_label": "năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-12-31", "signer": "Phạm Văn Hiển"},
    "411": {"doc_number": "615/QĐ-UBND", "doc_type": "Quyết định", "issued_date": "2025-03-12",
            "province": "Bình Thuận", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Đoàn Minh Khôi"},
    "412": {"doc_number": "197/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-06-12",
            "province": "Hà Giang", "period_label": "5 năm (2021–2025)", "period_start": "2021-01-01",
            "period_end": "2025-05-31", "signer": "Hoàng Văn Quân"},
    "413": {"doc_number": "21/CT-UBND", "doc_type": "Chỉ thị", "issued_date": "2025-10-20",
            "province": "Cà Mau", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Trần Thanh Hải"},
    "414": {"doc_number": "1247/BC-SNV", "doc_type": "Báo cáo", "issued_date": "2025-05-26",
            "province": "Bà Rịa - Vũng Tàu", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Nguyễn Thị Thanh Tâm"},
}
