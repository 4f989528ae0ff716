"""Blind golden facts for corpus/blind6/120_lao_cai.txt, 121_ha_nam.txt, 122_ben_tre.txt and 123_gia_lai.txt.

The four documents were written by the developers for a sixth blind measurement (provinces, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by
reading them, before any extraction, restoration or pipeline code was run on them. They also serve as
held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind2.py … blind5.py: rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are
kind `count`; table cells are kind `value` even when they count; `as_of="period"` is the period's end;
`ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly
names none). Table cells carry `extra={"source": "table"}`. "thủ tục" counts use the unit `TTHC`, "phản
ánh, kiến nghị" counts the unit `PAKN`. A count of the files an indicator is computed on carries that
indicator's code. Dates, document numbers, "mức độ 2", "ba cấp", "17 giờ", "tháng 7", "thứ Sáu" and the
STT column are not figures. A group score written without `/max` keeps the group's maximum when the
sentence compares it with a scored group (as golden/blind4.py's "(84,77 điểm").

New in this set:
- 120 is a monthly Báo cáo of Văn phòng UBND tỉnh Lào Cai (tháng 3 năm 2025) giving the six 766 group
  scores in prose paragraphs (no table), each compared with tháng 2/2025 (previous values dated
  2025-02-28; a fall "giảm 0,2 điểm" is -0.2) and some with the national average. A national average
  ("bình quân cả nước (80,46 điểm)") is a value about the whole country: subject "cả nước", level NULL,
  dated at the period end, with the group's code and maximum. "thứ 3/14 tỉnh vùng trung du và miền núi
  phía Bắc" is the province's rank 3 of 14 in its region (code unchecked: not the national ranking).
  "5/9 huyện, thị xã, thành phố" is a count of districts (code None).
- 121 is a Sở's report (Sở Tài nguyên và Môi trường tỉnh Hà Nam, quý III năm 2024) whose period is the
  reporting window it states, "từ ngày 15/6/2024 đến ngày 14/9/2024" (not the calendar quarter), so
  figures are dated 2024-09-14. Its Markdown table (plain header, `|---|` separator) lists the Sở's
  divisions: subject the division as written, level tỉnh; the "Toàn Sở" row (empty STT cell) and the
  prose figures are the Sở's (subject "Sở Tài nguyên và Môi trường", level tỉnh), except "91,2%" of
  Văn phòng Đăng ký đất đai. "100" (no decimals) and "0" are cells like any other. "xếp thứ 11/19 sở,
  ban, ngành" is the Sở's rank among the province's agencies (max 19). One deadline is weekly
  ("vào thứ Sáu hằng tuần", issued Wednesday 02/10/2024: first occurrence Friday 04/10/2024).
- 122 is a Thông báo of UBND huyện Ba Tri (tỉnh Bến Tre, named only in the text and "Nơi nhận"), tháng
  7 năm 2024. The huyện's Bộ phận Một cửa figures are the district's (subject "UBND huyện Ba Tri", level
  huyện, as golden/blind4.py's 112); "Bộ phận Một cửa cấp xã" and "hồ sơ cấp xã" figures are subject
  "cấp xã", level xã; four communes carry their own online share in parentheses. Deadlines for communes
  use `a)`…`đ)` items whose assignee is the section head "Yêu cầu UBND các xã, thị trấn": "Chậm nhất 17
  giờ ngày 12/8/2024" is a day deadline (17 giờ is not a figure); "Kể từ ngày 15/8/2024" is a start
  date, not a deadline; "đến hết tháng 9/2024 … đạt từ 60% trở lên" is both a month deadline and a
  target.
- 123 is a Báo cáo tóm tắt of UBND tỉnh Gia Lai, quý IV năm 2024, with numbered paragraphs `1.`…`7.`
  and a tab-separated table of 18 sở, ban, ngành (received, settled, on-time % and overdue count; "100"
  without decimals and many "0" cells) plus a "Tổng cộng" row with an empty STT cell. The table covers
  only the provincial agencies, so its total row is subject "cấp tỉnh", level tỉnh (it equals "cấp tỉnh
  27.442" in paragraph 1), not the province. Paragraph 7 holds three deadlines in one sentence, the last
  one recurring every quarter ("trước ngày 12 của tháng cuối quý", issued 10/01/2025: first 12/3/2025);
  its opening "Trong quý I năm 2025" frames the tasks and is not a separate deadline.
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


def _cells(subject: str | None, level: str | None, cells: list[tuple[str, str, object]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, code)`. A cell's context is the separator
    before it, the rest of its row and the start of the next line (`after`), so that it occurs once and
    the raw text is found first at the cell itself even where the same figure ("0", "100") recurs."""
    facts = []
    raws = [raw for raw, _unit, _code in cells]
    for i, (raw, unit, code) in enumerate(cells):
        context = sep + sep.join(raws[i:]) + end + after
        facts.append(F(context, raw, _num(raw), unit, P, subject=subject, level=level, code=code, extra=TAB))
    return facts


# ------------------------------------------------------------ 120: VP UBND tỉnh Lào Cai, tháng 3 năm 2025
_FEB_120 = "2025-02-28"
_VN = "cả nước"


def _national(context: str, raw: str, value: float, top: float, code: str) -> Fact:
    """A national average score ("bình quân cả nước"), on the group's scale."""
    return F(context, raw, value, "điểm", P, max_value=top, subject=_VN, level=None, code=code)


BLIND_120 = [
    # preamble (766/QĐ-TTg 23/6/2022, 31/3/2025 are cited, not figures)
    # I. total score and rank
    F("đạt 85,63/100", "85,63/100", 85.63, "điểm", max_value=100, code="766.tong_hop"),
    F("thứ 14/63", "14/63", 14, "hạng", R, max_value=63, code="766.xep_hang"),
    F("(84,27 điểm", "84,27", 84.27, "điểm", PR, max_value=100, as_of=_FEB_120, code="766.tong_hop"),
    F("thứ 18/63", "18/63", 18, "hạng", PR, max_value=63, as_of=_FEB_120, code="766.xep_hang"),
    F("tăng 1,36 điểm", "1,36", 1.36, "điểm", CH, code="766.tong_hop"),
    F("tăng 4 bậc", "4", 4, "hạng", CH, code="766.xep_hang"),
    _national("(80,46 điểm)", "80,46", 80.46, 100, "766.tong_hop"),
    F("thứ 3/14", "3/14", 3, "hạng", R, max_value=14, code=ANY),
    # II. groups in prose
    F("đạt 17,2/18", "17,2/18", 17.2, "điểm", max_value=18, code="766.cong_khai"),
    F("nhích lên 0,3 điểm", "0,3", 0.3, "điểm", CH, code="766.cong_khai"),
    _national("(16,14 điểm)", "16,14", 16.14, 18, "766.cong_khai"),
    F("tỷ lệ 98,7%", "98,7%", 98.7, "%", code="766.cong_khai.dong_bo"),
    F("nguyên 19,1/20", "19,1/20", 19.1, "điểm", max_value=20, code="766.tien_do"),
    F("tiếp nhận 41.582", "41.582", 41582, "hồ sơ", C, code=_TN),
    F("giải quyết 39.904", "39.904", 39904, "hồ sơ", C, code=ANY),
    F("trước hạn 39.577", "39.577", 39577, "hồ sơ", C, code=_DH),
    F("(99,18%)", "99,18%", 99.18, "%", code=_DH),
    F("quá hạn 327", "327", 327, "hồ sơ", C, code=_QH),
    F("(0,82%)", "0,82%", 0.82, "%", code=_QH),
    F("đạt 8,4/12", "8,4/12", 8.4, "điểm", max_value=12, code="766.dvctt"),
    F("giảm 0,2 điểm", "0,2", -0.2, "điểm", CH, code="766.dvctt"),
    F("(8,6 điểm)", "8,6", 8.6, "điểm", PR, max_value=12, as_of=_FEB_120, code="766.dvctt"),
    _national("(8,71 điểm)", "8,71", 8.71, 12, "766.dvctt"),
    F("đạt 58,36%", "58,36%", 58.36, "%", code=_NOP),
    F("đạt 7,6/10", "7,6/10", 7.6, "điểm", max_value=10, code="766.thanh_toan"),
    F("tăng 0,5 điểm", "0,5", 0.5, "điểm", CH, code="766.thanh_toan"),
    F("đạt 61,4%", "61,4%", 61.4, "%", code=_TT),
    F("là 54,9%", "54,9%", 54.9, "%", PR, as_of=_FEB_120, code=_TT),
    F("đạt 17,5/18", "17,5/18", 17.5, "điểm", max_value=18, code="766.hai_long"),
    _national("nước 17,02 điểm", "17,02", 17.02, 18, "766.hai_long"),
    F("đạt 99,1%", "99,1%", 99.1, "%", code=_HL),
    F("đạt 15,83/22", "15,83/22", 15.83, "điểm", max_value=22, code="766.so_hoa"),
    F("tăng 0,76 điểm", "0,76", 0.76, "điểm", CH, code="766.so_hoa"),
    F("đạt 72,5%", "72,5%", 72.5, "%", code=_SH),
    F("đạt 81,26%", "81,26%", 81.26, "%", code=_KQ),
    F("đạt 38,9%", "38,9%", 38.9, "%", code=_TSD),
    F("còn 5/9", "5/9", 5, "huyện", C, max_value=9, subject="cấp huyện", level="huyện", code=None),
]

# ------------------------------------------------------------ 121: Sở TN&MT tỉnh Hà Nam, quý III năm 2024
_STN = "Sở Tài nguyên và Môi trường"
_VPDK = "Văn phòng Đăng ký đất đai"


def _so_121(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_STN, level="tỉnh", **kw)


def _row_121(subject: str, received: str, online: str, settled: str, overdue: str, after: str) -> list[Fact]:
    """The four numeric cells of one Markdown row: files received, online share (%), files settled,
    overdue files. The STT cell is not a figure; `after` is the start of the next line."""
    cells = [(received, "hồ sơ", _TN), (online, "%", _NOP), (settled, "hồ sơ", ANY), (overdue, "hồ sơ", _QH)]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_121 = [
    # preamble (15/6/2024, 14/9/2024 = the period)
    # I.
    _so_121("thực hiện 116 TTHC", "116", 116, "TTHC", C, code="tthc.tong_so"),
    _so_121("đó 79 TTHC", "79", 79, "TTHC", C, code="766.dvctt.toan_trinh"),
    _so_121("và 37 TTHC", "37", 37, "TTHC", C, code="766.dvctt.mot_phan"),
    _so_121("100% TTHC", "100%", 100, "%", code=ANY),
    # II. Markdown table of the Sở's divisions, then the "Toàn Sở" row
    *_row_121("Phòng Quản lý đất đai", "214", "88,32", "209", "2", "| 2 | Phòng Tài nguyên nước"),
    *_row_121("Phòng Tài nguyên nước - Khoáng sản", "57", "100", "57", "0", "| 3 | Chi cục"),
    *_row_121("Chi cục Bảo vệ môi trường", "96", "95,83", "93", "0", "| 4 | Văn phòng"),
    *_row_121(_VPDK, "1.472", "47,62", "1.418", "31", "| | Toàn Sở"),
    *_row_121(_STN, "1.839", "56,50", "1.777", "33", "\nTỷ lệ giải quyết"),
    _so_121("đạt 98,14%", "98,14%", 98.14, "%", code=_DH),
    _so_121("với 33 trường hợp", "33", 33, "trường hợp", C, code=ANY),
    # III.
    _so_121("có 623 hồ sơ", "623", 623, "hồ sơ", C, code=_TT),
    _so_121("số 1.105", "1.105", 1105, "hồ sơ", C, code=ANY),
    _so_121("tỷ lệ 56,38%", "56,38%", 56.38, "%", code=_TT),
    F("đạt 91,2%", "91,2%", 91.2, "%", subject=_VPDK, level="tỉnh", code=_SH),
    _so_121("đạt 99,6%", "99,6%", 99.6, "%", code="cds.ky_so"),
    _so_121("nhận 04 phản ánh", "04", 4, "PAKN", C, code="pakn.tiep_nhan"),
    _so_121("xong 04 phản ánh", "04", 4, "PAKN", C, code="pakn.da_xu_ly"),
    # the Sở's 766 result at 14/9/2024 (= period end)
    _so_121("đạt 82,17/100", "82,17/100", 82.17, "điểm", max_value=100, code="766.tong_hop"),
    _so_121("thứ 11/19", "11/19", 11, "hạng", R, max_value=19, code="766.xep_hang"),
]

# ------------------------------------------------------------ 122: UBND huyện Ba Tri (Bến Tre), tháng 7 năm 2024
_BT = "UBND huyện Ba Tri"
_XA = "UBND các xã, thị trấn"


def _district_122(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the district itself (subject the district's UBND, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_BT, level="huyện", **kw)


def _communes_122(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the communes of the district taken together (subject cấp xã, level xã)."""
    return F(context, raw, value, unit, kind, subject="cấp xã", level="xã", **kw)


def _commune_122(name: str, rate: str) -> Fact:
    """One "xã X (r%)" of the list of communes with a low online share."""
    return F(f"{name} ({rate})", rate, _num(rate), "%", P, subject=name, level="xã", code=_NOP)


BLIND_122 = [
    # 1.
    _district_122("huyện tiếp nhận 3.846", "3.846", 3846, "hồ sơ", C, code=_TN),
    _district_122("tuyến 2.695", "2.695", 2695, "hồ sơ", C, code=_NOP),
    _district_122("đạt 70,07%", "70,07%", 70.07, "%", code=_NOP),
    _communes_122("xã tiếp nhận 5.213", "5.213", 5213, "hồ sơ", C, code=_TN),
    _communes_122("tuyến 2.732", "2.732", 2732, "hồ sơ", C, code=_NOP),
    _communes_122("(52,41%)", "52,41%", 52.41, "%", code=_NOP),
    _communes_122("giải quyết 4.902", "4.902", 4902, "hồ sơ", C, code=ANY),
    _communes_122("đúng hạn 4.873", "4.873", 4873, "hồ sơ", C, code=_DH),
    _communes_122("(99,41%)", "99,41%", 99.41, "%", code=_DH),
    _communes_122("trễ hạn 29", "29", 29, "hồ sơ", C, code=_QH),
    # "Đến ngày 31/7/2024" = period end; "mức độ 2" is a level
    _district_122("kích hoạt 98.417", "98.417", 98417, "tài khoản", C, code=_TK),
    # 2.
    _communes_122("đạt 23,7%", "23,7%", 23.7, "%", code=_TT),
    _commune_122("xã An Hiệp", "31,5%"),
    _commune_122("xã Tân Xuân", "34,8%"),
    _commune_122("xã Mỹ Chánh", "36,2%"),
    _commune_122("xã Bảo Thạnh", "38,9%"),
    _communes_122("có 9/22", "9/22", 9, "xã", C, max_value=22, code=None),
    # 3. d) a target for each commune at the end of tháng 9/2024
    F("từ 60%", "60%", 60, "%", T, subject=_XA, level="xã", as_of="2024-09-30", code=_NOP),
]

# ------------------------------------------------------------ 123: UBND tỉnh Gia Lai, quý IV năm 2024


def _row_123(subject: str, level: str, received: str, settled: str, rate: str, overdue: str,
             after: str) -> list[Fact]:
    """The four numeric cells of one tab-separated row: files received, settled, on-time share (%),
    overdue files. The STT cell is not a figure; `after` is the start of the next line."""
    cells = [(received, "hồ sơ", _TN), (settled, "hồ sơ", ANY), (rate, "%", _DH), (overdue, "hồ sơ", _QH)]
    return _cells(subject, level, cells, after, "\t", "\n")


def _so_123(name: str, received: str, settled: str, rate: str, overdue: str, after: str) -> list[Fact]:
    """A row of one provincial agency (subject as written, level tỉnh)."""
    return _row_123(name, "tỉnh", received, settled, rate, overdue, after)


BLIND_123 = [
    # 1. (01/10/2024, 31/12/2024 = the period)
    F("tiếp nhận 312.586", "312.586", 312586, "hồ sơ", C, code=_TN),
    F("cấp tỉnh 27.442", "27.442", 27442, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_TN),
    F("cấp huyện 96.318", "96.318", 96318, "hồ sơ", C, subject="cấp huyện", level="huyện", code=_TN),
    F("cấp xã 188.826", "188.826", 188826, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    F("là 212.084", "212.084", 212084, "hồ sơ", C, code=_NOP),
    F("chiếm 67,85%", "67,85%", 67.85, "%", code=_NOP),
    # 2.
    F("giải quyết 305.917", "305.917", 305917, "hồ sơ", C, code=ANY),
    F("trước hạn 302.736", "302.736", 302736, "hồ sơ", C, code=_DH),
    F("đạt 98,96%", "98,96%", 98.96, "%", code=_DH),
    F("quá hạn 3.181", "3.181", 3181, "hồ sơ", C, code=_QH),
    # 3.
    F("đạt 54,12%", "54,12%", 54.12, "%", code=_TT),
    F("đạt 81,4%", "81,4%", 81.4, "%", code=_SH),
    F("đạt 88,73%", "88,73%", 88.73, "%", code=_KQ),
    # 4.
    F("nhận 37 phản ánh", "37", 37, "PAKN", C, code="pakn.tiep_nhan"),
    F("xử lý 35 phản ánh", "35", 35, "PAKN", C, code="pakn.da_xu_ly"),
    F("xem xét 02 phản ánh", "02", 2, "PAKN", C, code=ANY),
    # 5. at 31/12/2024 (= period end)
    F("đạt 83,05/100", "83,05/100", 83.05, "điểm", max_value=100, code="766.tong_hop"),
    F("thứ 27/63", "27/63", 27, "hạng", R, max_value=63, code="766.xep_hang"),
    # 6. tab-separated table: 18 agencies and the "Tổng cộng" row (the agencies' total = cấp tỉnh)
    *_so_123("Sở Nội vụ", "310", "303", "100", "0", "2\tSở Tư pháp"),
    *_so_123("Sở Tư pháp", "2.874", "2.859", "99,90", "3", "3\tSở Kế hoạch"),
    *_so_123("Sở Kế hoạch và Đầu tư", "1.965", "1.923", "100", "0", "4\tSở Tài chính"),
    *_so_123("Sở Tài chính", "148", "146", "100", "0", "5\tSở Công Thương"),
    *_so_123("Sở Công Thương", "2.417", "2.390", "99,92", "2", "6\tSở Nông nghiệp"),
    *_so_123("Sở Nông nghiệp và Phát triển nông thôn", "1.286", "1.275", "99,61", "5", "7\tSở Giao thông"),
    *_so_123("Sở Giao thông vận tải", "7.843", "7.760", "100", "0", "8\tSở Xây dựng"),
    *_so_123("Sở Xây dựng", "512", "511", "99,22", "4", "9\tSở Tài nguyên"),
    *_so_123(_STN, "6.208", "6.137", "98,58", "87", "10\tSở Thông tin"),
    *_so_123("Sở Thông tin và Truyền thông", "96", "95", "100", "0", "11\tSở Lao động"),
    *_so_123("Sở Lao động - Thương binh và Xã hội", "1.133", "1.115", "99,91", "1", "12\tSở Văn hóa"),
    *_so_123("Sở Văn hóa, Thể thao và Du lịch", "287", "281", "100", "0", "13\tSở Khoa học"),
    *_so_123("Sở Khoa học và Công nghệ", "41", "41", "100", "0", "14\tSở Giáo dục"),
    *_so_123("Sở Giáo dục và Đào tạo", "389", "385", "100", "0", "15\tSở Y tế"),
    *_so_123("Sở Y tế", "1.720", "1.709", "99,65", "6", "16\tSở Ngoại vụ"),
    *_so_123("Sở Ngoại vụ", "23", "23", "100", "0", "17\tBan Dân tộc"),
    *_so_123("Ban Dân tộc", "12", "11", "100", "0", "18\tBan Quản lý"),
    *_so_123("Ban Quản lý Khu kinh tế tỉnh", "178", "176", "98,86", "2", "\tTổng cộng"),
    *_row_123("cấp tỉnh", "tỉnh", "27.442", "27.140", "99,59", "110", "\n7. Trong quý"),
    # 7. the agency's overdue files to settle by 31/01/2025
    F("dứt điểm 87 hồ sơ", "87", 87, "hồ sơ", C, subject=_STN, level="tỉnh", code=_QH),
]

BLIND = {"120": BLIND_120, "121": BLIND_121, "122": BLIND_122, "123": BLIND_123}

_ALL_120 = "Các sở, ban, ngành và UBND các huyện, thị xã, thành phố"
_ALL_123 = "các sở, ban, ngành và UBND các huyện, thị xã, thành phố"

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "120": [
        ("2025-04-20", "day", "20/4/2025", "số hóa toàn bộ hồ sơ tiếp nhận còn tồn đọng", _ALL_120),
        ("2025-04-30", "month", "tháng 4/2025", "khắc phục lỗi đồng bộ trạng thái thanh toán",
         "Sở Khoa học và Công nghệ"),
        # issued 07/4/2025: the first "ngày 10 hằng tháng" is 10/4/2025
        ("2025-04-10", "recurring", "10 hằng tháng", "tổng hợp kết quả Bộ chỉ số", "Văn phòng UBND tỉnh"),
    ],
    "121": [
        ("2024-10-15", "day", "15/10/2024", "giải quyết dứt điểm các hồ sơ quá hạn", _VPDK),
        ("2024-12-31", "quarter", "quý IV/2024", "quy trình nội bộ giải quyết TTHC", "Phòng Quản lý đất đai"),
        # weekly: issued Wednesday 02/10/2024, the first Friday is 04/10/2024
        ("2024-10-04", "recurring", "thứ Sáu hằng tuần", "tổng hợp báo cáo Giám đốc Sở", "Văn phòng Sở"),
    ],
    "122": [
        # a)–đ) take their assignee from the head "3. Yêu cầu UBND các xã, thị trấn"; b) is a start date
        ("2024-08-12", "day", "12/8/2024", "danh sách hồ sơ trễ hạn", _XA),
        ("2024-08-31", "day", "ngày 31 tháng 8 năm 2024", "thiết bị ký số", _XA),
        ("2024-09-30", "month", "tháng 9/2024", "tỷ lệ hồ sơ nộp trực tuyến", _XA),
        # issued 06/8/2024: the first "ngày 18 hằng tháng" is 18/8/2024
        ("2024-08-18", "recurring", "18 hằng tháng", "báo cáo kết quả thực hiện", _XA),
        ("2024-08-20", "day", "20/8/2024", "báo cáo giải trình", "UBND các xã An Hiệp, Tân Xuân, Mỹ Chánh, Bảo Thạnh"),
        ("2024-09-30", "quarter", "quý III/2024", "chứng thực bản sao điện tử", "Phòng Tư pháp huyện"),
    ],
    "123": [
        ("2025-01-31", "day", "31/01/2025", "giải quyết dứt điểm 87 hồ sơ quá hạn", _STN),
        ("2025-03-31", "quarter", "quý I/2025", "kết nối thanh toán trực tuyến", "Sở Thông tin và Truyền thông"),
        # every quarter; issued 10/01/2025: the first "ngày 12 của tháng cuối quý" is 12/3/2025
        ("2025-03-12", "recurring", "ngày 12 của tháng cuối quý", "báo cáo kết quả giải quyết TTHC", _ALL_123),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind5.py's META).
# 120's issuer is the Văn phòng of UBND tỉnh Lào Cai; 121's period is the stated window 15/6–14/9/2024;
# 122's header names only the district: the province is in the first sentence and in "Nơi nhận";
# 123's title reads "BÁO CÁO TÓM TẮT" (doc_type Báo cáo).
META = {
    "120": {"doc_number": "96/BC-VPUBND", "doc_type": "Báo cáo", "issued_date": "2025-04-07",
            "province": "Lào Cai", "period_label": "tháng 3 năm 2025", "period_start": "2025-03-01",
            "period_end": "2025-03-31", "signer": "Đỗ Thị Minh Hạnh"},
    "121": {"doc_number": "1846/BC-STNMT", "doc_type": "Báo cáo", "issued_date": "2024-10-02",
            "province": "Hà Nam", "period_label": "quý III năm 2024", "period_start": "2024-06-15",
            "period_end": "2024-09-14", "signer": "Trần Quang Khải"},
    "122": {"doc_number": "412/TB-UBND", "doc_type": "Thông báo", "issued_date": "2024-08-06",
            "province": "Bến Tre", "period_label": "tháng 7 năm 2024", "period_start": "2024-07-01",
            "period_end": "2024-07-31", "signer": "Huỳnh Văn Lợi"},
    "123": {"doc_number": "09/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Gia Lai", "period_label": "quý IV năm 2024", "period_start": "2024-10-01",
            "period_end": "2024-12-31", "signer": "Trương Văn Đạt"},
}
