"""Blind golden facts for corpus/blind50/325_nghe_an.txt, 326_dak_lak.txt, 327_tay_ninh.txt, 328_son_la.txt and
329_can_tho.txt.

The five documents were written by the developers for a fiftieth blind measurement (issuers, wording and layouts
not used elsewhere in the corpus; not real documents), and every row below was written by reading them, before
any extraction, restoration or pipeline code was run on them. They also serve as held-out text for diacritic
restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind16.py (and blind13.py's table conventions): rows use
`golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose
and list counts are kind `count`; table cells are kind `value` (rank cells written `n/63` kind `rank` with their
max, target cells kind `target`) with `extra={"source": "table"}`; `as_of="period"` is the period's end; `ANY`
leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names none).
"thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; every "đã giải quyết" count
and the parts of a received or settled whole have their code unchecked. A count of local units takes the unit
of its first unit word ("96/96 xã, phường" → `xã`, subject "cấp xã", level xã); counts of bodies ("đơn vị") the
unit `đơn vị`. A column dated before the period end keeps kind `value` with that date as `as_of`; a change is
dated at the period end, a fall is negative. Dates, document numbers (also the Hội's "146-BC/HNDT" and
"58-KH/HNDT"), cited plans, guidance, decrees, resolutions and letters ("Kế hoạch số 112/KH-UBND", "Hướng dẫn
số 09/HD-TLĐ", "Nghị định số 61/2018/NĐ-CP", "Nghị quyết số 05-NQ/TU", "Nghị quyết số 202/2025/QH15", "Quyết
định số 512/QĐ-UBND", "Công văn số 1417/UBND-KSTT"), "Đề án 06", names with numbers ("Hoàng Mai I", "Ngân
hàng Nhà nước khu vực 6", "Tổng đài 1022", "4G", "5G", "Bộ chỉ số 766"),
"mức độ 2", "chính quyền địa phương 02 cấp", "Đến ngày 31/12/2024",
"Tính đến ngày 30/6/2025", "tháng 4/2024" (a publication date), "từ ngày 01/7/2025", section numbering ("I.",
"1.", "a)", "đ)"), the STT column, the "-" cell, phone numbers ("0238.3844.571", "0292.3820.614"), the address
("số 2 đường Ngô Gia Tự"), headings naming the next period ("III. NHIỆM VỤ NĂM 2025", "III. PHƯƠNG HƯỚNG,
NHIỆM VỤ QUÝ III NĂM 2025", "II. NHIỆM VỤ THÁNG 11 NĂM 2025", "III. NHIỆM VỤ THÁNG 7 NĂM 2025": no deadlines)
and years are not figures.

New in this set:
- 325 is an annual Báo cáo of the Liên đoàn Lao động tỉnh Nghệ An (header "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM /
  LIÊN ĐOÀN LAO ĐỘNG TỈNH NGHỆ AN"), năm 2024, issued 10/01/2025, on its members' use of online services and
  its own reform. The issuer's own figures have subject "Liên đoàn Lao động tỉnh Nghệ An" (the header's name,
  as a Sở's figures carry the Sở's header name), level tỉnh. "26 đơn vị trực thuộc" and "2.416 công đoàn cơ
  sở" count bodies (unit `đơn vị`, code None; subject and level unchecked: the bodies are district unions and
  sector unions, and grassroots unions have no administrative level); so does "17/26 đơn vị trực thuộc"
  (max 26). New units as written: `đoàn viên`, `lớp`, `lượt`, `tổ`, `người`, `giao dịch`, `tỷ đồng`.
  "(212.553 đoàn viên)" and "(năm 2023: 1.107 hồ sơ)" are previous values dated 2023-12-31. "41.326 tài
  khoản định danh điện tử" and the share "85,91%" carry the identity-account code; the share holds the 2024
  target 80 with status "đạt" (the target itself dated at the period end). Counts and shares about the
  members' own online files, payments and satisfaction survey describe a trade union's support, not the
  province's TTHC indicators: code unchecked; so are the PAKN the union received (not a state body handling
  PAKN on regulations). A dash list "- <union>: x% (hỗ trợ mới n tài khoản);" of six units: subject as
  written, level huyện for the district unions, level tỉnh for "Công đoàn Khu kinh tế Đông Nam". The
  union's own files (received, settled, on time, overdue, online, "4,6 ngày/hồ sơ") carry the usual codes.
  "Chỉ số cải cách hành chính năm 2023 ... đạt 88,45/100 điểm, xếp thứ 9/63" is the union's 2023 PAR score
  and rank among the 63 provincial unions (dated 2023-12-31; code unchecked: not the 766 index). "tỷ lệ hồ
  sơ nộp trực tuyến của tỉnh Nghệ An năm 2024 đạt 52,48%" is the province's (subject NULL). The target "đến
  hết năm 2025 ... đạt tối thiểu 92%" is the union's, dated 2025-12-31. Five deadlines: day, "chậm nhất"
  day in words, quarter, year (with the target), "trước ngày 15 hằng tháng" (issued 10/01/2025: first
  15/01/2025).
- 326 is a quarterly Báo cáo of the Hội Nông dân tỉnh Đắk Lắk (header "BCH HỘI NÔNG DÂN TỈNH ĐẮK LẮK", number
  written "Số 146-BC/HNDT" without a colon, the motto "HỘI NÔNG DÂN VIỆT NAM" in place of the national one),
  quý II năm 2025, issued 07/7/2025 after the merger with Phú Yên; it sums both former provinces. The Hội's
  figures have subject "Hội Nông dân tỉnh Đắk Lắk", level tỉnh. Accounts created, their rise "tăng 12.084 tài
  khoản so với quý I năm 2025 (16.366 tài khoản)" (previous dated 2025-03-31), the running total and its
  share carry the identity-account code; "so với chỉ tiêu Trung ương Hội giao năm 2025 là 85% thì chưa đạt
  chỉ tiêu": the target dated 2025-12-31, the 81,46% holds it with status "chưa đạt". The two former
  provinces after "lần lượt là" ("khu vực Đắk Lắk (cũ)", "khu vực Phú Yên (cũ)") are parts of the province
  with no level of their own: subject and level unchecked (genuinely ambiguous). A dash list "- Hội Nông dân
  <district>: n tài khoản, đạt x%;" (subject as written, level huyện). "15/24 đơn vị cấp huyện xếp loại Tốt,
  06 đơn vị ... 03 đơn vị" are counts of bodies (unit `đơn vị`, level huyện, code None). Members' files,
  transactions, money and the share of files paid online among those the Hội helped (with "(quý I năm 2025:
  52,40%)" dated 2025-03-31) have code unchecked; "tỷ lệ hồ sơ thanh toán trực tuyến của tỉnh ... lên
  48,72%" is the province's payment share (subject NULL). New units `hội viên`, `mô hình`, `tổ`. The target
  "đến hết quý III năm 2025 ... tối thiểu 84%" is the Hội's, dated 2025-09-30. Five deadlines: day, month,
  quarter (with the target), "chậm nhất" day in words, "trước ngày 20 hằng tháng" (issued 07/7/2025: first
  20/7/2025).
- 327 is a monthly Báo cáo of the Ban Chỉ đạo chuyển đổi số (header "UBND TỈNH TÂY NINH / BAN CHỈ ĐẠO CHUYỂN
  ĐỔI SỐ"), tháng 10 năm 2025, issued 05/11/2025, after the merger with Long An (ranks out of 34, 96 xã,
  phường). Province figures have subject NULL. "96/96 xã, phường" and "71/96 xã, phường đạt chỉ tiêu" count
  communes (unit `xã`, subject "cấp xã", level xã, code None). Online shares of "cấp tỉnh và cấp xã lần lượt
  là"; "Chỉ tiêu tỉnh giao năm 2025 ... của cấp xã là 80%" is cấp xã's target dated 2025-12-31 (the 79,85%
  holds it, "chưa đạt"). "(tháng 9/2025: 64,12%)" and "(xếp thứ 14/34)" are previous values dated 2025-09-30;
  "tăng 2,84%" and "tăng 3 bậc" are changes. 5G sites, fibre, GRDP and smartphone shares name no catalogued
  indicator (code unchecked). Its Markdown table of eight provincial agencies (subject as written, level
  tỉnh; received files, online, payment and digitisation shares; two "100" cells; no total row). Five
  deadlines: day, month, "chậm nhất" day in words, year, "trước ngày 25 hằng tháng" (issued 05/11/2025:
  first 25/11/2025).
- 328 is a Kế hoạch of UBND tỉnh Sơn La for năm 2026 (period = the plan's year), issued 19/12/2025. Its
  section "II. KẾT QUẢ NĂM 2025" holds 2025 figures, dated 2025-12-31 (also "Toàn tỉnh hiện có 75 đơn vị hành
  chính cấp xã (67 xã, 8 phường)": subject "cấp xã", level xã, units `đơn vị`, `xã`, `phường`, code None).
  "12/75 xã, phường chưa đạt chỉ tiêu ... năm 2025 (60%)": a count of communes and cấp xã's 2025 target.
  Its Markdown results table has a column "Năm 2024" (values dated 2024-12-31), "Ước thực hiện năm 2025"
  (values dated 2025-12-31) and "Chỉ tiêu năm 2026" (kind target at the period end); the rank row is
  "41/63" then "23/34" (kind rank with max) and a "-" target cell; the score's target cell "88" has no max.
  The lettered targets a)–đ) are kind target at the period end ("100% TTHC đủ điều kiện" and "còn 8 ngày"
  for land files: code unchecked). The budget "12,5 tỷ đồng" is a value with code unchecked. Five
  deadlines: day, quarter, month, year, "trước ngày 18 hằng tháng" (issued 19/12/2025, after the 18th:
  first 18/01/2026).
- 329 is a monthly Báo cáo of the Sở Nông nghiệp và Môi trường thành phố Cần Thơ (header "UBND THÀNH PHỐ CẦN
  THƠ / SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", formed 01/3/2025 by a merger the text names), tháng 6 năm 2025, issued
  30/6/2025, on land and environment procedures. Every figure is the Sở's (subject "Sở Nông nghiệp và Môi
  trường", level tỉnh), except field figures ("lĩnh vực đất đai 58 TTHC", "hồ sơ lĩnh vực đất đai là 13.547
  hồ sơ"; subject unchecked, level tỉnh, as golden/blind13.py's 146 does) and the branches. "14 lĩnh vực"
  is a count with code None. "14.862 hồ sơ (kỳ trước chuyển sang 1.935 hồ sơ, tiếp nhận mới 12.927 hồ sơ)"
  and "(trước hạn 9.856 hồ sơ, đúng hạn 3.127 hồ sơ, quá hạn 221 hồ sơ)" are wholes and parts; "tỷ lệ giải
  quyết trước hạn, đúng hạn đạt 98,33%" carries the on-time code, "tỷ lệ quá hạn 1,67%" the overdue code.
  Its tab-separated table (no units in the headers; the intro says "đơn vị tính: hồ sơ") lists nine
  branches "Chi nhánh quận Ninh Kiều" … (subject as written, level huyện; received, settled, on-time share,
  overdue; no total row); "Chi nhánh huyện Cờ Đỏ ... (46 hồ sơ)" repeats a cell in prose. Digitisation
  and electronic-result shares after "tương ứng là". "so với chỉ tiêu năm 2025 là 50% thì chưa đạt chỉ
  tiêu": the Sở's target dated 2025-12-31. The Sở's 766 score without max, "xếp thứ 17/19 sở, ban, ngành",
  "giảm 1,36 điểm so với tháng 5/2025 (83,51 điểm)" (-1.36; previous dated 2025-05-31). Five deadlines:
  day, "chậm nhất" day in words, month, quarter (with the target), "trước ngày 22 hằng tháng" (issued
  30/6/2025: first 22/7/2025).
"""

from __future__ import annotations

from golden.facts import (
    _DH,
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
_HL = "766.hai_long.tthc"
_KY = "cds.ky_so"


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs. A rank cell
    `n/max` carries its max."""
    raws = [cell[0] for cell in cells]
    facts = []
    for i, (raw, unit, kind, code, as_of) in enumerate(cells):
        value, max_value = (_num(raw.split("/")[0]), _num(raw.split("/")[1])) if "/" in raw else (_num(raw), None)
        facts.append(F(sep + sep.join(raws[i:]) + end + after, raw, value, unit, kind, max_value=max_value,
                       subject=subject, level=level, as_of=as_of, code=code, extra=TAB))
    return facts


# ------------------------------------------------------------ 325: Liên đoàn Lao động tỉnh Nghệ An, năm 2024
# Brought back after the first run (counted in tests/test_blind_reports.py with the name below in the comment) to
# the convention of golden/blind20.py, blind21.py and blind40.py: a provincial body's own figures naming no body
# are named by its kind, the province being the document's (`documents.province`), as a Sở's are `Sở Tư pháp`.
_LD = "Liên đoàn Lao động tỉnh"  # first run: "Liên đoàn Lao động tỉnh Nghệ An"
_Y2023 = "2023-12-31"


def _ld(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the provincial union itself (subject the union, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_LD, level="tỉnh", **kw)


def _union_325(subject: str, level: str, share: str, accounts: str) -> list[Fact]:
    """One dash item "- <union>: x% (hỗ trợ mới n tài khoản);": its members' account share and new accounts."""
    return [
        F(f"{subject}: {share}", share, _num(share), "%", subject=subject, level=level, code=_TK),
        F(f"mới {accounts} tài khoản", accounts, _num(accounts), "tài khoản", C, subject=subject, level=level,
          code=_TK),
    ]


BLIND_325 = [
    # I. (112/KH-UBND of 26/02/2024 and 09/HD-TLĐ of 15/3/2024 cited; "Hoàng Mai I" is a name)
    F("có 26 đơn vị", "26", 26, "đơn vị", C, subject=ANY, level=ANY, code=None),
    F("2.416 công đoàn", "2.416", 2416, "đơn vị", C, subject=ANY, level=ANY, code=None),
    _ld("với 218.735 đoàn viên", "218.735", 218735, "đoàn viên", C, code=ANY),
    _ld("tăng 6.182 đoàn viên", "6.182", 6182, "đoàn viên", CH, code=ANY),
    _ld("(212.553 đoàn viên)", "212.553", 212553, "đoàn viên", PR, as_of=_Y2023, code=ANY),
    # II.1 support to members ("mức độ 2" is no figure); the 2024 target at the period end
    _ld("tổ chức 146 lớp", "146", 146, "lớp", C, code=ANY),
    _ld("với 9.870 lượt", "9.870", 9870, "lượt", C, code=ANY),
    _ld("thành lập 312 tổ", "312", 312, "tổ", C, code=ANY),
    _ld("kích hoạt 41.326 tài khoản", "41.326", 41326, "tài khoản", C, code=_TK),
    _ld("lên 187.904 người", "187.904", 187904, "người", C, code=ANY),
    _ld("chiếm 85,91%", "85,91%", 85.91, "%", code=_TK, target=80, stated_status="đạt"),
    _ld("năm 2024 là 80%", "80%", 80, "%", T, code=_TK),
    _ld("hướng dẫn 12.548 đoàn viên", "12.548", 12548, "đoàn viên", C, code=ANY),
    _ld("nộp 15.273 hồ sơ", "15.273", 15273, "hồ sơ", C, code=ANY),
    _ld("xã hội 8.915 hồ sơ", "8.915", 8915, "hồ sơ", C, code=ANY),
    _ld("chiếm 58,37%", "58,37%", 58.37, "%", code=ANY),
    _ld("thực hiện 4.612 giao dịch", "4.612", 4612, "giao dịch", C, code=ANY),
    # II.1 dash list of six unions
    *_union_325("Liên đoàn Lao động thành phố Vinh", "huyện", "94,12%", "6.215"),
    *_union_325("Liên đoàn Lao động thị xã Hoàng Mai", "huyện", "91,47%", "3.082"),
    *_union_325("Liên đoàn Lao động huyện Diễn Châu", "huyện", "88,35%", "2.764"),
    *_union_325("Công đoàn Khu kinh tế Đông Nam", "tỉnh", "96,08%", "8.137"),
    *_union_325("Liên đoàn Lao động huyện Kỳ Sơn", "huyện", "64,29%", "418"),
    *_union_325("Liên đoàn Lao động huyện Quế Phong", "huyện", "61,73%", "352"),
    # II.2 the union's own files; năm 2023 dated 2023-12-31
    _ld("tiếp nhận 1.284 hồ sơ", "1.284", 1284, "hồ sơ", C, code=_TN),
    _ld("(năm 2023: 1.107 hồ sơ)", "1.107", 1107, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    _ld("giải quyết 1.279 hồ sơ", "1.279", 1279, "hồ sơ", C, code=ANY),
    _ld("đúng hạn 1.271 hồ sơ", "1.271", 1271, "hồ sơ", C, code=_DH),
    _ld("đạt 99,37%", "99,37%", 99.37, "%", code=_DH),
    _ld("quá hạn 08 hồ sơ", "08", 8, "hồ sơ", C, code=_QH),
    _ld("Còn 05 hồ sơ", "05", 5, "hồ sơ", C, code=ANY),
    _ld("là 917 hồ sơ", "917", 917, "hồ sơ", C, code=_NOP),
    _ld("chiếm 71,42%", "71,42%", 71.42, "%", code=_NOP),
    _ld("chi là 6,85 tỷ", "6,85", 6.85, "tỷ đồng", code=ANY),
    _ld("bình quân 4,6 ngày", "4,6", 4.6, "ngày", code=_TIME),
    # II.3
    _ld("ký số: 98,6%", "98,6%", 98.6, "%", code=_KY),
    _ld("môi trường mạng: 96,2%", "96,2%", 96.2, "%", code="cds.ho_so_cong_viec"),
    F("- 17/26 đơn vị", "17/26", 17, "đơn vị", C, max_value=26, subject=ANY, level=ANY, code=None),
    _ld("của 203.418 đoàn viên", "203.418", 203418, "đoàn viên", C, code=ANY),
    _ld("đạt 93,00%", "93,00%", 93.0, "%", code=ANY),
    # II.4 PAKN received by the union (0238.3844.571 is a phone number); survey
    _ld("tiếp nhận 37 phản ánh", "37", 37, "PAKN", C, code=ANY),
    _ld("xử lý 35 PAKN", "35", 35, "PAKN", C, code=ANY),
    _ld("đạt 94,59%", "94,59%", 94.59, "%", code=ANY),
    _ld("02 PAKN đang", "02", 2, "PAKN", C, code=ANY),
    _ld("Khảo sát 2.400 đoàn viên", "2.400", 2400, "đoàn viên", C, code=ANY),
    _ld("thấy 92,75%", "92,75%", 92.75, "%", code=ANY),
    # II.5 the union's 2023 PAR score and rank (dated 2023-12-31); the province's online share
    _ld("đạt 88,45/100", "88,45/100", 88.45, "điểm", max_value=100, as_of=_Y2023, code=ANY),
    _ld("thứ 9/63", "9/63", 9, "hạng", R, max_value=63, as_of=_Y2023, code=ANY),
    F("đạt 52,48%", "52,48%", 52.48, "%", code=_NOP),
    # III.4 the union's target by the end of 2025
    _ld("tối thiểu 92%", "92%", 92, "%", T, as_of="2025-12-31", code=_TK),
]

# ------------------------------------------------------------ 326: Hội Nông dân tỉnh Đắk Lắk, quý II năm 2025
# Brought back after the first run (counted in tests/test_blind_reports.py with the name below in the comment) to
# the convention of golden/blind20.py, blind21.py and blind40.py: a provincial body's own figures naming no body
# are named by its kind, the province being the document's (`documents.province`), as a Sở's are `Sở Tư pháp`.
_HND = "Hội Nông dân tỉnh"  # first run: "Hội Nông dân tỉnh Đắk Lắk"
_Q1_2025 = "2025-03-31"


def _hnd(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the provincial Hội itself (subject the Hội, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_HND, level="tỉnh", **kw)


def _district_326(subject: str, accounts: str, share: str) -> list[Fact]:
    """One dash item "- <district Hội>: n tài khoản, đạt x%;" (level huyện)."""
    name = subject.split(" ", 3)[3]
    return [
        F(f"{name}: {accounts} tài khoản", accounts, _num(accounts), "tài khoản", C, subject=subject,
          level="huyện", code=_TK),
        F(f"đạt {share}", share, _num(share), "%", subject=subject, level="huyện", code=_TK),
    ]


BLIND_326 = [
    # I.1 (58-KH/HNDT of 14/02/2025 cited; "Đề án 06"; quý I năm 2025 dated 2025-03-31)
    _hnd("có 412.386 hội viên", "412.386", 412386, "hội viên", C, code=ANY),
    _hnd("kích hoạt 28.450 tài khoản", "28.450", 28450, "tài khoản", C, code=_TK),
    _hnd("tăng 12.084 tài khoản", "12.084", 12084, "tài khoản", CH, code=_TK),
    _hnd("(16.366 tài khoản)", "16.366", 16366, "tài khoản", PR, as_of=_Q1_2025, code=_TK),
    F("là 19.726 tài khoản", "19.726", 19726, "tài khoản", C, subject=ANY, level=ANY, code=_TK),
    F("và 8.724 tài khoản", "8.724", 8724, "tài khoản", C, subject=ANY, level=ANY, code=_TK),
    _hnd("có 335.912 tài khoản", "335.912", 335912, "tài khoản", C, code=_TK),
    _hnd("đạt 81,46%", "81,46%", 81.46, "%", code=_TK, target=85, stated_status="chưa đạt"),
    _hnd("năm 2025 là 85%", "85%", 85, "%", T, as_of="2025-12-31", code=_TK),
    # dash list of six district-level Hội (before 01/7/2025)
    *_district_326("Hội Nông dân thành phố Buôn Ma Thuột", "3.184", "89,62%"),
    *_district_326("Hội Nông dân huyện Krông Pắc", "2.957", "86,15%"),
    *_district_326("Hội Nông dân huyện Cư M'gar", "2.418", "84,70%"),
    *_district_326("Hội Nông dân thành phố Tuy Hòa", "1.836", "90,23%"),
    *_district_326("Hội Nông dân huyện Ea Súp", "612", "58,34%"),
    *_district_326("Hội Nông dân huyện Sông Hinh", "547", "61,08%"),
    F("có 15/24 đơn vị", "15/24", 15, "đơn vị", C, max_value=24, subject=ANY, level="huyện", code=None),
    F("Tốt, 06 đơn vị", "06", 6, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("Khá và 03 đơn vị", "03", 3, "đơn vị", C, subject=ANY, level="huyện", code=None),
    # I.2 members' files and payments; the province's payment share
    _hnd("hướng dẫn 21.637 hội viên", "21.637", 21637, "hội viên", C, code=ANY),
    _hnd("trực tuyến 14.385 hồ sơ", "14.385", 14385, "hồ sơ", C, code=ANY),
    _hnd("đất đai 6.127 hồ sơ", "6.127", 6127, "hồ sơ", C, code=ANY),
    _hnd("chiếm 42,59%", "42,59%", 42.59, "%", code=ANY),
    _hnd("hộ tịch 5.402 hồ sơ", "5.402", 5402, "hồ sơ", C, code=ANY),
    _hnd("thực hiện 9.842 giao dịch", "9.842", 9842, "giao dịch", C, code=ANY),
    _hnd("tiền 3,26 tỷ", "3,26", 3.26, "tỷ đồng", code=ANY),
    _hnd("đạt 63,18%", "63,18%", 63.18, "%", code=ANY),
    _hnd("(quý I năm 2025: 52,40%)", "52,40%", 52.40, "%", PR, as_of=_Q1_2025, code=ANY),
    F("lên 48,72%", "48,72%", 48.72, "%", code=_TT),
    # I.3 models and PAKN received by the Hội
    _hnd("dựng 186 mô hình", "186", 186, "mô hình", C, code=ANY),
    _hnd("với 1.104 tổ", "1.104", 1104, "tổ", C, code=ANY),
    _hnd("tiếp nhận 24 phản ánh", "24", 24, "PAKN", C, code=ANY),
    _hnd("quyết 21 phản ánh", "21", 21, "PAKN", C, code=ANY),
    # III.3 the Hội's target by the end of quý III năm 2025
    _hnd("tối thiểu 84%", "84%", 84, "%", T, as_of="2025-09-30", code=_TK),
]

# ------------------------------------------------------------ 327: BCĐ chuyển đổi số tỉnh Tây Ninh, tháng 10/2025
_SEP_327 = "2025-09-30"


def _agency_327(subject: str, received: str, online: str, paid: str, digitised: str, after: str) -> list[Fact]:
    """One Markdown row of an agency: files received, online, payment and digitisation shares."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (paid, "%", P, _TT, "period"), (digitised, "%", P, _SH, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_327 = [
    # I.1 (215/KH-UBND of 25/7/2025 cited)
    F("phủ sóng 96/96", "96/96", 96, "xã", C, max_value=96, subject="cấp xã", level="xã", code=None),
    F("thêm 214 trạm", "214", 214, "trạm", C, code=ANY),
    F("lên 1.248 trạm", "1.248", 1248, "trạm", C, code=ANY),
    F("cáp quang đạt 86,4%", "86,4%", 86.4, "%", code=ANY),
    # I.2 online shares by level; cấp xã's 2025 target
    F("tiếp nhận 186.742", "186.742", 186742, "hồ sơ", C, code=_TN),
    F("trực tuyến 154.915", "154.915", 154915, "hồ sơ", C, code=_NOP),
    F("chiếm 82,96%", "82,96%", 82.96, "%", code=_NOP),
    F("là 93,62%", "93,62%", 93.62, "%", subject="cấp tỉnh", level="tỉnh", code=_NOP),
    F("và 79,85%", "79,85%", 79.85, "%", subject="cấp xã", level="xã", code=_NOP, target=80,
      stated_status="chưa đạt"),
    F("cấp xã là 80%", "80%", 80, "%", T, subject="cấp xã", level="xã", as_of="2025-12-31", code=_NOP),
    F("có 71/96", "71/96", 71, "xã", C, max_value=96, subject="cấp xã", level="xã", code=None),
    F("đạt 68,35%", "68,35%", 68.35, "%", code=_TT),
    F("(tháng 9/2025: 64,12%)", "64,12%", 64.12, "%", PR, as_of=_SEP_327, code=_TT),
    F("đạt 91,27%", "91,27%", 91.27, "%", code=_SH),
    F("tăng 2,84%", "2,84%", 2.84, "%", CH, code=_SH),
    F("ký số đạt 97,8%", "97,8%", 97.8, "%", code=_KY),
    # Markdown table of eight agencies (no total row)
    *_agency_327("Sở Nông nghiệp và Môi trường", "9.846", "88,42", "71,35", "94,10", "| 2 | Sở Xây dựng"),
    *_agency_327("Sở Xây dựng", "4.127", "97,85", "82,60", "98,22", "| 3 | Sở Tư pháp"),
    *_agency_327("Sở Tư pháp", "3.518", "99,12", "90,47", "99,35", "| 4 | Sở Y tế"),
    *_agency_327("Sở Y tế", "1.962", "95,03", "64,18", "92,67", "| 5 | Sở Công Thương"),
    *_agency_327("Sở Công Thương", "1.245", "100", "76,92", "100", "| 6 | Sở Giáo dục"),
    *_agency_327("Sở Giáo dục và Đào tạo", "874", "92,56", "58,30", "89,41", "| 7 | Sở Nội vụ"),
    *_agency_327("Sở Nội vụ", "693", "96,39", "47,85", "95,08", "| 8 | Ban Quản lý"),
    *_agency_327("Ban Quản lý Khu kinh tế", "1.408", "99,57", "88,14", "97,73", "\nSở Nội vụ có"),
    # I.3
    F("ước đạt 12,6%", "12,6%", 12.6, "%", code=ANY),
    F("có 2.684.305", "2.684.305", 2684305, "tài khoản", C, code=_TK),
    F("đạt 81,7%", "81,7%", 81.7, "%", code=_TK),
    F("đạt 88,9%", "88,9%", 88.9, "%", code=ANY),
    # I.4 tháng 9/2025 dated 2025-09-30
    F("đạt 87,46/100", "87,46/100", 87.46, "điểm", max_value=100, code=_TONG),
    F("thứ 11/34", "11/34", 11, "hạng", R, max_value=34, code=_HANG),
    F("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("(xếp thứ 14/34)", "14/34", 14, "hạng", PR, max_value=34, as_of=_SEP_327, code=_HANG),
]

# ------------------------------------------------------------ 328: UBND tỉnh Sơn La, Kế hoạch năm 2026
_Y2024 = "2024-12-31"
_Y2025 = "2025-12-31"


def _xa_328(context: str, raw: str, value: float, unit: str, kind: str = C, **kw) -> Fact:
    """A 2025 figure about cấp xã (subject "cấp xã", level xã, dated 2025-12-31)."""
    kw.setdefault("as_of", _Y2025)
    return F(context, raw, value, unit, kind, subject="cấp xã", level="xã", **kw)


def _result_328(code: str, unit: str, y2024: str, y2025: str, target: str | None, after: str) -> list[Fact]:
    """One Markdown row of the results table: 2024 (dated 2024-12-31), 2025 estimate (dated 2025-12-31) and
    the 2026 target (kind target at the period end; "-" is none)."""
    kind = R if "/" in y2024 else P
    cells = [(y2024, unit, kind, code, _Y2024), (y2025, unit, kind, code, _Y2025)]
    end = " |\n"
    if target is None:
        end = " | - |\n"
    else:
        cells.append((target, unit, T, code, "period"))
    return _cells(None, None, cells, after, " | ", end)


BLIND_328 = [
    # II. 2025 results (61/2018/NĐ-CP, 766/QĐ-TTg, 05-NQ/TU cited)
    _xa_328("có 75 đơn vị", "75", 75, "đơn vị", code=None),
    _xa_328("(67 xã", "67", 67, "xã", code=None),
    _xa_328("8 phường)", "8", 8, "phường", code=None),
    F("giảm 48 TTHC", "48", 48, "TTHC", C, as_of=_Y2025, code=ANY),
    F("hóa 126 TTHC", "126", 126, "TTHC", C, as_of=_Y2025, code=ANY),
    F("tiếp nhận 612.408", "612.408", 612408, "hồ sơ", C, as_of=_Y2025, code=_TN),
    _xa_328("tiếp nhận 438.275", "438.275", 438275, "hồ sơ", code=_TN),
    _xa_328("chiếm 71,57%", "71,57%", 71.57, "%", P, code=ANY),
    F("hạn 598.412", "598.412", 598412, "hồ sơ", C, as_of=_Y2025, code=_DH),
    _xa_328("Còn 12/75", "12/75", 12, "xã", max_value=75, code=None),
    _xa_328("năm 2025 (60%)", "60%", 60, "%", T, code=_NOP),
    # Markdown results table
    *_result_328(_TONG, "điểm", "80,92", "84,37", "88", "| 2 | Xếp hạng"),
    *_result_328(_HANG, "hạng", "41/63", "23/34", None, "| 3 | Tỷ lệ hồ sơ nộp"),
    *_result_328(_NOP, "%", "45,38", "68,14", "80", "| 4 | Tỷ lệ hồ sơ thanh toán"),
    *_result_328(_TT, "%", "28,06", "51,27", "70", "| 5 | Tỷ lệ số hóa"),
    *_result_328(_SH, "%", "72,50", "88,63", "100", "| 6 | Tỷ lệ hồ sơ giải quyết"),
    *_result_328(_DH, "%", "97,84", "98,92", "99", "| 7 | Mức độ"),
    *_result_328(_HL, "%", "93,10", "95,46", "97", "\nIII. CHỈ TIÊU"),
    # III. targets for 2026 (the period end)
    F("a) 100% TTHC", "100%", 100, "%", T, code=ANY),
    F("tối thiểu 90%", "90%", 90, "%", T, subject="cấp tỉnh", level="tỉnh", code=_NOP),
    F("tối thiểu 75%", "75%", 75, "%", T, subject="cấp xã", level="xã", code=_NOP),
    F("ít nhất 70%", "70%", 70, "%", T, code=_TT),
    F("trên 60%", "60%", 60, "%", T, code=_TSD),
    F("còn 8 ngày", "8", 8, "ngày", T, code=ANY),
    # V. budget ("Ngân hàng Nhà nước khu vực 6" in IV.3 is a name)
    F("dự kiến 12,5 tỷ", "12,5", 12.5, "tỷ đồng", code=ANY),
]

# ------------------------------------------------------------ 329: Sở NN&MT thành phố Cần Thơ, tháng 6 năm 2025
_SNN = "Sở Nông nghiệp và Môi trường"
_MAY_329 = "2025-05-31"


def _sn(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SNN, level="tỉnh", **kw)


def _branch_329(subject: str, received: str, settled: str, on_time: str, overdue: str, after: str) -> list[Fact]:
    """One tab-separated row of a land-registration branch: received, settled, on-time share, overdue."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (settled, "hồ sơ", P, ANY, "period"),
             (on_time, "%", P, _DH, "period"), (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "huyện", cells, after, "\t", "\n")


BLIND_329 = [
    # I. (512/QĐ-UBND of 28/02/2025 and 1417/UBND-KSTT of 05/3/2025 cited)
    _sn("thực hiện 186 TTHC", "186", 186, "TTHC", C, code=_TTHC),
    _sn("thuộc 14 lĩnh vực", "14", 14, "lĩnh vực", C, code=None),
    F("đất đai 58 TTHC", "58", 58, "TTHC", C, subject=ANY, level="tỉnh", code=_TTHC),
    F("môi trường 27 TTHC", "27", 27, "TTHC", C, subject=ANY, level="tỉnh", code=_TTHC),
    _sn("có 112 TTHC", "112", 112, "TTHC", C, code="766.dvctt.toan_trinh"),
    _sn("và 63 TTHC", "63", 63, "TTHC", C, code="766.dvctt.mot_phan"),
    # II.1 wholes and parts
    _sn("tiếp nhận 14.862", "14.862", 14862, "hồ sơ", C, code=_TN),
    _sn("sang 1.935 hồ sơ", "1.935", 1935, "hồ sơ", C, code=ANY),
    _sn("mới 12.927 hồ sơ", "12.927", 12927, "hồ sơ", C, code=ANY),
    F("là 13.547 hồ sơ", "13.547", 13547, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("chiếm 91,15%", "91,15%", 91.15, "%", subject=ANY, level="tỉnh", code=ANY),
    _sn("giải quyết 13.204", "13.204", 13204, "hồ sơ", C, code=ANY),
    _sn("(trước hạn 9.856", "9.856", 9856, "hồ sơ", C, code=ANY),
    _sn("đúng hạn 3.127", "3.127", 3127, "hồ sơ", C, code=ANY),
    _sn("quá hạn 221", "221", 221, "hồ sơ", C, code=_QH),
    _sn("đạt 98,33%", "98,33%", 98.33, "%", code=_DH),
    _sn("quá hạn 1,67%", "1,67%", 1.67, "%", code=_QH),
    _sn("là 1.658", "1.658", 1658, "hồ sơ", C, code=ANY),
    # II.2 tab-separated table of the nine branches (no total row)
    *_branch_329("Chi nhánh quận Ninh Kiều", "2.614", "2.318", "97,84", "50", "2\tChi nhánh quận Bình Thủy"),
    *_branch_329("Chi nhánh quận Bình Thủy", "1.287", "1.152", "98,78", "14", "3\tChi nhánh quận Cái Răng"),
    *_branch_329("Chi nhánh quận Cái Răng", "1.453", "1.296", "98,53", "19", "4\tChi nhánh quận Ô Môn"),
    *_branch_329("Chi nhánh quận Ô Môn", "1.126", "1.018", "98,82", "12", "5\tChi nhánh quận Thốt Nốt"),
    *_branch_329("Chi nhánh quận Thốt Nốt", "1.342", "1.207", "98,59", "17", "6\tChi nhánh huyện Phong Điền"),
    *_branch_329("Chi nhánh huyện Phong Điền", "874", "789", "99,24", "6", "7\tChi nhánh huyện Cờ Đỏ"),
    *_branch_329("Chi nhánh huyện Cờ Đỏ", "1.205", "1.063", "95,67", "46", "8\tChi nhánh huyện Thới Lai"),
    *_branch_329("Chi nhánh huyện Thới Lai", "968", "871", "98,28", "15", "9\tChi nhánh huyện Vĩnh Thạnh"),
    *_branch_329("Chi nhánh huyện Vĩnh Thạnh", "812", "734", "98,50", "11", "\nChi nhánh huyện Cờ Đỏ có"),
    F("(46 hồ sơ)", "46", 46, "hồ sơ", C, subject="Chi nhánh huyện Cờ Đỏ", level="huyện", code=_QH),
    # II.3 tháng 5/2025 dated 2025-05-31; the Sở's 2025 target
    _sn("là 10.318", "10.318", 10318, "hồ sơ", C, code=_NOP),
    _sn("đạt 79,82%", "79,82%", 79.82, "%", code=_NOP),
    _sn("(tháng 5/2025: 76,45%)", "76,45%", 76.45, "%", PR, as_of=_MAY_329, code=_NOP),
    _sn("đạt 57,36%", "57,36%", 57.36, "%", code=_TT),
    _sn("tăng 4,12%", "4,12%", 4.12, "%", CH, code=_TT),
    _sn("là 95,08%", "95,08%", 95.08, "%", code=_SH),
    _sn("và 97,24%", "97,24%", 97.24, "%", code=_KQ),
    _sn("đạt 41,35%", "41,35%", 41.35, "%", code=_TSD, target=50, stated_status="chưa đạt"),
    _sn("năm 2025 là 50%", "50%", 50, "%", T, as_of="2025-12-31", code=_TSD),
    # II.4 ("Tổng đài 1022" is a name, 0292.3820.614 a phone number)
    _sn("tiếp nhận 19 phản ánh", "19", 19, "PAKN", C, code="pakn.tiep_nhan"),
    _sn("xử lý 17 PAKN", "17", 17, "PAKN", C, code="pakn.da_xu_ly"),
    _sn("đạt 89,47%", "89,47%", 89.47, "%", code="pakn.ty_le_xu_ly"),
    # II.5 rank among the city's agencies; tháng 5/2025 dated 2025-05-31
    _sn("đạt 82,15 điểm", "82,15", 82.15, "điểm", code=_TONG),
    _sn("thứ 17/19", "17/19", 17, "hạng", R, max_value=19, code=_HANG),
    _sn("giảm 1,36 điểm", "1,36", -1.36, "điểm", CH, code=_TONG),
    _sn("(83,51 điểm)", "83,51", 83.51, "điểm", PR, as_of=_MAY_329, code=_TONG),
    # III.4 the Sở's target within quý III năm 2025
    _sn("tối thiểu 50%", "50%", 50, "%", T, as_of="2025-09-30", code=_TSD),
]

BLIND = {"325": BLIND_325, "326": BLIND_326, "327": BLIND_327, "328": BLIND_328, "329": BLIND_329}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "325": [
        ("2025-02-28", "day", "28/02/2025", "biên soạn tài liệu hướng dẫn đoàn viên", "Ban Tuyên giáo"),
        ("2025-04-30", "day", "ngày 30 tháng 4 năm 2025", "cập nhật dữ liệu đoàn viên",
         "Liên đoàn Lao động các huyện, thành phố, thị xã và công đoàn ngành"),
        ("2025-06-30", "quarter", "quý II năm 2025", "tiếp nhận hồ sơ đề nghị hỗ trợ hoàn toàn trực tuyến",
         "Văn phòng Liên đoàn Lao động tỉnh"),
        ("2025-12-31", "year", "năm 2025", "tài khoản định danh điện tử", "Ban Tổ chức"),
        # issued 10/01/2025: the first "ngày 15 hằng tháng" is 15/01/2025
        ("2025-01-15", "recurring", "15 hằng tháng", "báo cáo kết quả hỗ trợ đoàn viên", "Các đơn vị trực thuộc"),
    ],
    "326": [
        ("2025-07-31", "day", "31/7/2025", "biên soạn tài liệu hướng dẫn", "Ban Tuyên huấn"),
        ("2025-08-31", "month", "tháng 8/2025", "rà soát danh sách hội viên", "Hội Nông dân các xã, phường"),
        ("2025-09-30", "quarter", "quý III năm 2025", "tài khoản định danh điện tử", "Ban Tổ chức - Kiểm tra"),
        ("2025-09-15", "day", "ngày 15 tháng 9 năm 2025", "cơ sở dữ liệu hội viên", "Văn phòng Tỉnh Hội"),
        # issued 07/7/2025: the first "ngày 20 hằng tháng" is 20/7/2025
        ("2025-07-20", "recurring", "20 hằng tháng", "báo cáo kết quả hỗ trợ hội viên",
         "Hội Nông dân các xã, phường"),
    ],
    "327": [
        ("2025-11-20", "day", "20/11/2025", "kết nối Hệ thống thông tin giải quyết TTHC",
         "Sở Khoa học và Công nghệ"),
        ("2025-12-31", "month", "tháng 12/2025", "mở rộng thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-11-30", "day", "ngày 30 tháng 11 năm 2025", "làm sạch dữ liệu dân cư", "Công an tỉnh"),
        ("2025-12-31", "year", "năm 2025", "chỉ tiêu nộp hồ sơ trực tuyến", "UBND các xã, phường"),
        # issued 05/11/2025: the first "ngày 25 hằng tháng" is 25/11/2025
        ("2025-11-25", "recurring", "25 hằng tháng", "báo cáo kết quả chuyển đổi số",
         "Các thành viên Ban Chỉ đạo"),
    ],
    "328": [
        ("2026-01-31", "day", "31/01/2026", "công bố danh mục TTHC", "Văn phòng UBND tỉnh"),
        ("2026-03-31", "quarter", "quý I năm 2026", "nâng cấp Hệ thống thông tin giải quyết TTHC",
         "Sở Khoa học và Công nghệ"),
        ("2026-06-30", "month", "tháng 6/2026", "triển khai thanh toán trực tuyến", "Sở Tài chính"),
        ("2026-12-31", "year", "năm 2026", "nâng tỷ lệ hồ sơ nộp trực tuyến", "UBND các xã, phường"),
        # issued 19/12/2025, after the 18th: the first "ngày 18 hằng tháng" is 18/01/2026
        ("2026-01-18", "recurring", "18 hằng tháng", "báo cáo kết quả thực hiện Kế hoạch",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "329": [
        ("2025-07-15", "day", "15/7/2025", "giải quyết dứt điểm các hồ sơ quá hạn", "Văn phòng Đăng ký đất đai"),
        ("2025-07-25", "day", "ngày 25 tháng 7 năm 2025", "chuẩn hóa dữ liệu hồ sơ cấp giấy phép môi trường",
         "Chi cục Bảo vệ môi trường"),
        ("2025-08-31", "month", "tháng 8/2025", "đơn giản hóa TTHC lĩnh vực đất đai", "Phòng Quản lý đất đai"),
        ("2025-09-30", "quarter", "quý III năm 2025", "sử dụng lại dữ liệu số hóa", "Văn phòng Sở"),
        # issued 30/6/2025: the first "ngày 22 hằng tháng" is 22/7/2025
        ("2025-07-22", "recurring", "22 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 325's issuer is the provincial Liên đoàn Lao động (header under the Tổng Liên đoàn), an annual report issued in
# January 2025; 326's is the Hội Nông dân of the merged Đắk Lắk (its number written "Số 146-BC/HNDT"); 327's is
# the Ban Chỉ đạo chuyển đổi số under "UBND TỈNH TÂY NINH"; 328 is a Kế hoạch whose period is the plan's year;
# 329's issuer is the Sở under "UBND THÀNH PHỐ CẦN THƠ", period the month in its title.
META = {
    "325": {"doc_number": "27/BC-LĐLĐ", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Nghệ An", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Lê Văn Lợi"},
    "326": {"doc_number": "146-BC/HNDT", "doc_type": "Báo cáo", "issued_date": "2025-07-07",
            "province": "Đắk Lắk", "period_label": "quý II năm 2025", "period_start": "2025-04-01",
            "period_end": "2025-06-30", "signer": "Y Ngọc Niê"},
    "327": {"doc_number": "35/BC-BCĐ", "doc_type": "Báo cáo", "issued_date": "2025-11-05",
            "province": "Tây Ninh", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Trần Văn Chiến"},
    "328": {"doc_number": "318/KH-UBND", "doc_type": "Kế hoạch", "issued_date": "2025-12-19",
            "province": "Sơn La", "period_label": "năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-12-31", "signer": "Lò Văn Thắng"},
    "329": {"doc_number": "1864/BC-SNNMT", "doc_type": "Báo cáo", "issued_date": "2025-06-30",
            "province": "Cần Thơ", "period_label": "tháng 6 năm 2025", "period_start": "2025-06-01",
            "period_end": "2025-06-30", "signer": "Trần Thị Kim Loan"},
}
