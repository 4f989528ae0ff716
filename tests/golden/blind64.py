"""Blind golden facts for corpus/blind64/395_lang_son.txt, 396_ha_noi.txt, 397_an_giang.txt, 398_phu_yen.txt and
399_bac_trung_bo.txt.

The five documents were written by the developers for a sixty-fourth blind measurement (issuers, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind16.py, blind15.py and blind13.py: rows use `golden.facts.Fact`
(context string that occurs once in the document + the figure as written inside it). Prose and list counts are kind
`count`; table cells are kind `value` with `extra={"source": "table"}`; `as_of="period"` is the period's end; `ANY`
leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names none). "thủ
tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of the files (or PAKN) an
indicator is computed on carries that indicator's code; every "đã giải quyết" count and the parts of a settled whole
("trước hạn", "đúng hạn" apart) have their code unchecked. A change is dated at the period end; a fall ("giảm", "rút
ngắn") is negative. A count of local units takes the unit of its first unit word ("08/12 xã, phường" → `xã`; "04/06
tỉnh" → `tỉnh`), counts of "đơn vị" the unit `đơn vị`, at the level of the units counted. Dates, document numbers,
cited decisions, plans, decrees and letters ("Quyết định số 06/QĐ-TTg", "Kế hoạch số 34/KH-UBND", "Kế hoạch số
289/KH-UBND", "Công văn số 4512/VP-KSTTHC", "Quyết định số 412/QĐ-UBND", "Công văn số 2087/VP-KSTT", "Kế hoạch số
27/KH-UBND", "Nghị định số 61/2018/NĐ-CP", "Quyết định số 766/QĐ-TTg"), "giai đoạn 2022 - 2025", "số liệu tính đến
ngày 31/12/2025", "Tính đến ngày 31/3/2025", "so với ngày 30/9/2025", section numbering ("I.", "1.", "a)", "đ)"),
the STT column, phone numbers ("069.2585.205", "024.3998.5765", "0296.3852.417", "0257.3823.456", "080.48.160"),
street addresses ("số 116 đường Bà Triệu", "số 4 Sơn Tây", "số 5 Lê Triệu Kiết", "số 45 đường Lê Lợi", "số 1 Hoàng
Hoa Thám"), names with numbers ("Đề án 06", "Phòng PC06", "Bộ chỉ số 766", "Phường 1" … "Phường 9"), "mức độ 2" (a
level of identity account), ages in an indicator's definition ("từ đủ 14 tuổi trở lên", "trẻ em dưới 14 tuổi"), "hai
điểm" (in words), the month labels of a list ("Tháng 8/2025:"), the text column "Bệnh án điện tử", headings naming
the next period ("III. NHIỆM VỤ NĂM 2026", "II. NHIỆM VỤ QUÝ I NĂM 2026", "II. NHIỆM VỤ THÁNG 11 NĂM 2025", "II.
NHIỆM VỤ NĂM 2025": no deadlines) and years are not figures.

New in this set:
- 395 is an annual Báo cáo of Công an tỉnh Lạng Sơn (header "BỘ CÔNG AN / CÔNG AN TỈNH LẠNG SƠN") on Đề án
  06, năm 2025, issued 07/01/2026, to the ministry's Cục and UBND tỉnh. The police's own figures (naming no
  body, or "Công an tỉnh") have subject "Công an tỉnh", level tỉnh. The share of citizens "trên địa bàn
  tỉnh" with an activated account is the province's (subject NULL), held against "(chỉ tiêu năm 2025 là
  90%, chưa đạt chỉ tiêu)" (target dated 2025-12-31, status "chưa đạt"). Activated VNeID accounts (unit
  `tài khoản`) and their share carry the identity-account code; "(503.117 tài khoản)" of "So với năm 2024"
  is a previous value dated 2024-12-31, "tăng 64.725 tài khoản" its change. Its Markdown table lists eight
  post-merger xã, phường (subject as written, "Phường Lương Văn Tri", "Xã Tân Tri", level xã; files
  received (code unchecked), accounts activated, activation share; no total row). "có 44/65 xã, phường xếp
  loại Tốt, 17 xã xếp loại Khá và 04 xã xếp loại Trung bình" are counts (unit `xã`, code None, the first with
  max 65). Residence files: online count and share, "tăng 3,12% so với năm 2024 (92,86%)" (a change and a
  previous value dated 2024-12-31), settled, on-time, overdue. Criminal-record requests (unit `yêu cầu`,
  code unchecked) and certificates issued (unit `phiếu`, code None, as golden/blind12.py does), identity-card
  files (code unchecked). "37/37 PAKN" is one count (max 37). "xếp thứ 9/34 Công an các tỉnh, thành phố" is a
  rank on Đề án 06, not the 766 index (code unchecked). The target "đạt tối thiểu 95%" in the task of "Công
  an các xã, phường" is theirs (level xã), dated 2026-12-31. Five deadlines: day, quarter, "chậm nhất" day
  in words, year (with the target), "trước ngày 22 hằng tháng" (issued 07/01/2026: first 22/01/2026).
- 396 is a quarterly Báo cáo of Sở Y tế thành phố Hà Nội (header "UBND THÀNH PHỐ HÀ NỘI / SỞ Y TẾ"), quý IV
  năm 2025, issued 08/01/2026. The Sở's own TTHC, PAKN, score and rank have subject "Sở Y tế", level tỉnh;
  "(quý III năm 2025: …)" values are previous values dated 2025-09-30. "Toàn Thành phố có 6.214.385 người
  dân đã được cấp sổ sức khỏe điện tử" is the city's (subject NULL; unit `người`; code unchecked), its share
  held against "Chỉ tiêu Thành phố giao năm 2025 là 70%, đã đạt chỉ tiêu" (target dated 2025-12-31, status
  "đạt"); "tăng 1.026.417 người so với ngày 30/9/2025" is its change. Electronic prescriptions of "các cơ
  sở khám bệnh, chữa bệnh trên địa bàn" and "khối bệnh viện công lập" (unit `đơn`: after the first run
  brought to the unit golden/blind55.py gives "312.640 đơn thuốc"; the first run counted `đơn thuốc`), the 100% of
  facilities using identity cards, "lượt" of look-ups and the birth/death certificates (units `giấy chứng
  sinh`, `giấy báo tử`) have subject, level and code unchecked (groups of facilities of every owner, no
  catalogued indicator). "41/43 đơn vị khám bệnh, chữa bệnh trực thuộc Sở" is a count (unit `đơn vị`, max
  43, level tỉnh: bodies under a city Sở). The cashless-payment share of "các bệnh viện công lập trực thuộc
  Sở" is a group figure (subject ANY, level tỉnh) with a previous value and a change. Its Markdown table
  lists eight hospitals under the Sở (subject the hospital's name kept whole, "Bệnh viện Đa khoa Xanh Pôn",
  "Bệnh viện Tim Hà Nội", level tỉnh; prescriptions, look-ups by identity card (unit `lượt`), cashless
  share; code unchecked) with a text column and no total row; the lowest hospital's share is repeated in
  prose. "03 PAKN đang xử lý" has code unchecked. Rank `5/18` among the city's agencies and "tăng 3 bậc so
  với quý III năm 2025 (87,06 điểm, xếp thứ 8/18)". The target "đạt tối thiểu 75%" in the task of "Các bệnh
  viện công lập trực thuộc Sở" is theirs, dated 2026-03-31. Four deadlines: day for two named hospitals,
  month, quarter (with the target), "trước ngày 15 hằng tháng" (issued 08/01/2026: first 15/01/2026).
- 397 is a monthly Báo cáo of Sở Xây dựng tỉnh An Giang (header "UBND TỈNH AN GIANG / SỞ XÂY DỰNG"; merged
  with Sở Giao thông vận tải, province merged with Kiên Giang, both named in the text), tháng 10 năm 2025,
  issued 05/11/2025. Figures of one field (driving-licence exchange, special-use vehicle registration,
  transport badges) have subject ANY, level tỉnh, as golden/blind13.py's 146 does for a field; the Sở's
  totals, payment, digitisation, score, rank and PAKN have subject "Sở Xây dựng". The driving-licence files
  are a dash list by month "- Tháng 8/2025: tiếp nhận …, trực tuyến … (x%), đúng hạn y%;": each month's
  figures are dated at its end (kind `count` for counts, `value` for shares: a series, not a comparison),
  October's at the period end. "tăng 508 hồ sơ so với tháng 9/2025" is a change of files received; the two
  reception points' counts are parts of October's received files (code unchecked). Licences returned
  (unit `giấy phép`), certificates (`giấy chứng nhận`) and badges (`phù hiệu`) have code unchecked.
  "2,4 ngày/hồ sơ, rút ngắn 0,6 ngày" are the processing time and its fall. "trước hạn và đúng hạn 9.101 hồ
  sơ, đạt 99,70%" carries the on-time code. "chỉ tiêu UBND tỉnh giao năm 2025 là 80%, chưa đạt chỉ tiêu":
  the Sở's target dated 2025-12-31, the 78,26% carries it with status "chưa đạt"; "tháng 8/2025 đạt 71,84%,
  tháng 9/2025 đạt 75,12%" are the Sở's payment shares dated at those months' ends (value, a series). Rank
  `9/19` among the province's agencies with "(tháng 9/2025: 85,96 điểm, thứ 12/19)" dated 2025-09-30 (the
  score has no max). "01 PAKN đang xác minh" has code unchecked. The target "của Sở đạt tối thiểu 80%" in a
  Phòng's task is the Sở's (it names the Sở), dated 2025-12-31. Five deadlines: "chậm nhất" day, month,
  year (with the target), day in words, "trước ngày 25 hằng tháng" (issued 05/11/2025: first 25/11/2025).
- 398 is an annual Báo cáo of UBND thành phố Tuy Hòa (a city under tỉnh Phú Yên, named in "Kính gửi";
  before the 2025 merger), năm 2024, issued 09/01/2025. Figures under "a) Cấp huyện (Bộ phận Một cửa thành
  phố)" have subject "cấp huyện" (level huyện), those under "b) Cấp xã" subject "cấp xã" (level xã); the
  city's own PAKN, score and rank have subject "UBND thành phố Tuy Hòa", level huyện. "(năm 2023: 16.905 hồ
  sơ)" and "(năm 2023 xếp thứ 4/9)" are previous values dated 2023-12-31. "(cấp huyện 60%, cấp xã 55%), cả
  hai cấp đều đạt chỉ tiêu": each target is its level's, dated 2024-12-31; 66,61% carries 60 and 62,60%
  carries 55, both "đạt". The satisfaction survey (phiếu issued and returned, "(đạt 97,56%)", the overall
  satisfaction with its previous value "(năm 2023: 93,17%)" dated 2023-12-31 and change, four criteria)
  spans the city's one-stop shop and its communes: subject, level and code unchecked (a survey result, not
  clearly the 766 satisfaction indicator); "12 xã, phường" is a count (unit `xã`, code None). Its
  tab-separated table lists the 12 phường, xã (subject as written, "Phường 1", "Phường Phú Đông", "Xã Hòa
  Kiến", level xã; files received, online share, satisfaction share (code unchecked)) with a "Cộng" row with
  an empty STT cell (= cấp xã; its 41.378 and 62,60 are also in the prose). Best and worst units with
  online shares in brackets ("Phường 5", "xã Hòa Kiến"; also in the table). "Có 08/12 xã, phường xếp loại
  Tốt, 04 xã, phường xếp loại Khá" are counts (unit `xã`, code None). Payment shares by level after "lần
  lượt là", digitisation by level after ":". Rank "2/9 huyện, thị xã, thành phố". The target "đạt tối thiểu
  40%" in the task of "UBND các xã, phường" is theirs, dated 2025-12-31. Five deadlines: day for two named
  communes, month, quarter, year (with the target), "trước ngày 18 hằng tháng" (issued 09/01/2025: first
  18/01/2025).
- 399 is a Báo cáo of the Cục Kiểm soát thủ tục hành chính (header "VĂN PHÒNG CHÍNH PHỦ / CỤC KIỂM SOÁT THỦ
  TỤC HÀNH CHÍNH", a central body: no province, META province None) on the 766 index of the provinces of
  the Bắc Trung Bộ region, quý I năm 2025, issued 18/4/2025. Regional and national averages, the six
  regional group averages (dash list "- <group>: x/max điểm;"), the regional payment share with "(chỉ tiêu
  năm 2025 là 45%, chưa đạt chỉ tiêu)" (target dated 2025-12-31) have subject and level unchecked (a region
  is no level); averages "cấp tỉnh …, cấp huyện …, cấp xã …" have subject ANY with their level. "(82,16
  điểm)" of "So với quý IV năm 2024" is the region's previous average dated 2024-12-31 (on the /100 scale).
  "06 tỉnh", "04/06 tỉnh", "02 tỉnh" are counts (unit `tỉnh`, level tỉnh, code None). Named provinces keep
  the name as written ("tỉnh Nghệ An", "Tỉnh Hà Tĩnh" at a sentence start, "tỉnh Hà Tĩnh", "Tỉnh Quảng
  Bình", "tỉnh Quảng Bình"), level tỉnh; their previous values "(84,69 điểm, xếp thứ 14/63)", "(84,73 điểm,
  thứ 16/63)", "(quý IV năm 2024 xếp thứ 41/63)" are dated 2024-12-31 (Nghệ An's on the /100 scale, Hà
  Tĩnh's with no max: its current score states none). Nghệ An's six groups `x/max` separated by ";"; Hà
  Tĩnh's six groups "lần lượt là 17,35; 19,26; 10,14; 5,62; 17,71 và 14,23 điểm" carry the group codes in
  the index's order, no max. Five deadlines ("3. Kiến nghị", items a)–đ)): day, quarter, month, "chậm nhất"
  day in words, "trước ngày 10 hằng tháng" (issued 18/4/2025: first 10/5/2025).
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
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_GROUPS = ("766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.hai_long", "766.so_hoa")


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row up to the line's end (`end`, which may hold a text cell) and the
    start of the next line (`after`), so that it occurs once and the raw text is found first at the cell."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 395: Công an tỉnh Lạng Sơn, năm 2025
_CA = "Công an tỉnh"
_Y2024 = "2024-12-31"


def _ca(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the provincial police itself (subject `Công an tỉnh`, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_CA, level="tỉnh", **kw)


def _row_395(subject: str, received: str, activated: str, share: str, after: str) -> list[Fact]:
    """One Markdown row of a xã/phường: files received, accounts activated, activation share."""
    cells = [(received, "hồ sơ", P, ANY, "period"), (activated, "tài khoản", P, _TK, "period"),
             (share, "%", P, _TK, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


BLIND_395 = [
    # I.1 (06/QĐ-TTg of 06/01/2022, 34/KH-UBND of 20/02/2025 cited; "mức độ 2" is no figure)
    _ca("thu nhận 96.418", "96.418", 96418, "hồ sơ", C, code=ANY),
    _ca("thu nhận 621.305", "621.305", 621305, "hồ sơ", C, code=ANY),
    _ca("thành công 567.842", "567.842", 567842, "tài khoản", C, code=_TK),
    _ca("đạt 91,40%", "91,40%", 91.40, "%", code=_TK),
    _ca("(503.117 tài khoản)", "503.117", 503117, "tài khoản", PR, as_of=_Y2024, code=_TK),
    _ca("tăng 64.725", "64.725", 64725, "tài khoản", CH, code=_TK),
    # the province's share ("trên địa bàn tỉnh"), the 2025 target dated at the year's end
    F("đạt 88,16%", "88,16%", 88.16, "%", code=_TK, target=90, stated_status="chưa đạt"),
    F("năm 2025 là 90%", "90%", 90, "%", T, as_of="2025-12-31", code=_TK),
    # Markdown table of eight xã, phường (no total row)
    *_row_395("Phường Lương Văn Tri", "24.613", "23.518", "95,55", "| 2 | Phường Tam Thanh"),
    *_row_395("Phường Tam Thanh", "21.907", "20.874", "95,28", "| 3 | Phường Đông Kinh"),
    *_row_395("Phường Đông Kinh", "19.482", "18.301", "93,94", "| 4 | Phường Kỳ Lừa"),
    *_row_395("Phường Kỳ Lừa", "17.256", "16.152", "93,60", "| 5 | Xã Đồng Đăng"),
    *_row_395("Xã Đồng Đăng", "12.318", "11.427", "92,77", "| 6 | Xã Hữu Lũng"),
    *_row_395("Xã Hữu Lũng", "14.705", "13.062", "88,83", "| 7 | Xã Đình Lập"),
    *_row_395("Xã Đình Lập", "8.124", "6.893", "84,85", "| 8 | Xã Tân Tri"),
    *_row_395("Xã Tân Tri", "3.416", "2.617", "76,61", "\nCăn cứ tiêu chí"),
    # counts of communes by grade
    F("có 44/65", "44/65", 44, "xã", C, max_value=65, subject=ANY, level="xã", code=None),
    F("17 xã", "17", 17, "xã", C, subject=ANY, level="xã", code=None),
    F("04 xã", "04", 4, "xã", C, subject=ANY, level="xã", code=None),
    # I.2 residence files; năm 2024 dated 2024-12-31
    _ca("tiếp nhận 58.274", "58.274", 58274, "hồ sơ", C, code=_TN),
    _ca("VNeID 55.931", "55.931", 55931, "hồ sơ", C, code=_NOP),
    _ca("chiếm 95,98%", "95,98%", 95.98, "%", code=_NOP),
    _ca("tăng 3,12%", "3,12%", 3.12, "%", CH, code=_NOP),
    _ca("(92,86%)", "92,86%", 92.86, "%", PR, as_of=_Y2024, code=_NOP),
    _ca("giải quyết 57.906", "57.906", 57906, "hồ sơ", C, code=ANY),
    _ca("đúng hạn 57.862", "57.862", 57862, "hồ sơ", C, code=_DH),
    _ca("đạt 99,92%", "99,92%", 99.92, "%", code=_DH),
    _ca("quá hạn 44", "44", 44, "hồ sơ", C, code=_QH),
    # I.3 criminal-record certificates and identity cards ("dưới 14 tuổi" is no figure)
    _ca("tiếp nhận 9.184", "9.184", 9184, "yêu cầu", C, code=ANY),
    _ca("tăng 2.317", "2.317", 2317, "yêu cầu", CH, code=ANY),
    _ca("cấp 9.027", "9.027", 9027, "phiếu", C, code=None),
    _ca("đó 6.835", "6.835", 6835, "phiếu", C, code=None),
    _ca("chiếm 75,72%", "75,72%", 75.72, "%", code=ANY),
    _ca("thu nhận 52.617", "52.617", 52617, "hồ sơ", C, code=ANY),
    _ca("đó 3.218", "3.218", 3218, "hồ sơ", C, code=ANY),
    # I.4
    _ca("đạt 87,35%", "87,35%", 87.35, "%", code=_TT),
    _ca("hành chính đạt 100%", "100%", 100, "%", code=_SH),
    # I.5 PAKN, satisfaction, rank on Đề án 06 among 34 provincial police
    _ca("tiếp nhận 37", "37", 37, "PAKN", C, code=_PAKN_TN),
    _ca("giải quyết 37/37", "37/37", 37, "PAKN", C, max_value=37, code=_PAKN_XL),
    _ca("PAKN, đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _ca("đạt 97,64%", "97,64%", 97.64, "%", code=_HL),
    _ca("thứ 9/34", "9/34", 9, "hạng", R, max_value=34, code=ANY),
    # III.4 the communes' police target by the end of 2026 (069.2585.205 is a phone number)
    F("tối thiểu 95%", "95%", 95, "%", T, subject="Công an các xã, phường", level="xã", as_of="2026-12-31",
      code=_TK),
]

# ------------------------------------------------------------ 396: Sở Y tế thành phố Hà Nội, quý IV năm 2025
_SYT = "Sở Y tế"
_Q3_2025 = "2025-09-30"


def _syt(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject `Sở Y tế`, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SYT, level="tỉnh", **kw)


def _group(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of a group of health facilities: subject, level and code unchecked unless given."""
    kw.setdefault("subject", ANY)
    kw.setdefault("level", ANY)
    kw.setdefault("code", ANY)
    return F(context, raw, value, unit, kind, **kw)


def _row_396(subject: str, prescriptions: str, lookups: str, cashless: str, status: str, after: str) -> list[Fact]:
    """One Markdown row of a hospital: prescriptions, look-ups by identity card, cashless share (the last
    column is text)."""
    cells = [(prescriptions, "đơn", P, ANY, "period"), (lookups, "lượt", P, ANY, "period"),
             (cashless, "%", P, ANY, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", f" | {status} |\n")


_DA = "Đã triển khai"
_DANG = "Đang triển khai"

BLIND_396 = [
    # I.1 (289/KH-UBND of 25/9/2025 and 4512/VP-KSTTHC of 12/12/2025 cited); quý III dated 2025-09-30
    _syt("thực hiện 118", "118", 118, "TTHC", C, code=_TTHC),
    _syt("đó 94 TTHC", "94", 94, "TTHC", C, code="766.dvctt.toan_trinh"),
    _syt("tiếp nhận 5.412", "5.412", 5412, "hồ sơ", C, code=_TN),
    _syt("(quý III năm 2025: 4.987 hồ sơ)", "4.987", 4987, "hồ sơ", PR, as_of=_Q3_2025, code=_TN),
    _syt("đó 5.236", "5.236", 5236, "hồ sơ", C, code=_NOP),
    _syt("chiếm 96,75%", "96,75%", 96.75, "%", code=_NOP),
    _syt("giải quyết 5.301", "5.301", 5301, "hồ sơ", C, code=ANY),
    _syt("đúng hạn 5.288", "5.288", 5288, "hồ sơ", C, code=_DH),
    _syt("đạt 99,75%", "99,75%", 99.75, "%", code=_DH),
    _syt("quá hạn 13", "13", 13, "hồ sơ", C, code=_QH),
    # I.2 the city's e-health books ("so với ngày 30/9/2025" is no figure), the 2025 target
    F("có 6.214.385", "6.214.385", 6214385, "người", C, code=ANY),
    F("đạt 71,82%", "71,82%", 71.82, "%", code=ANY, target=70, stated_status="đạt"),
    F("tăng 1.026.417", "1.026.417", 1026417, "người", CH, code=ANY),
    F("năm 2025 là 70%", "70%", 70, "%", T, as_of="2025-12-31", code=ANY),
    # I.3 prescriptions of groups of facilities; electronic records; cashless payment of the Sở's hospitals
    _group("liên thông 3.847.206", "3.847.206", 3847206, "đơn", C),
    _group("lập 2.915.634", "2.915.634", 2915634, "đơn", C),
    _group("chiếm 75,79%", "75,79%", 75.79, "%"),
    F("có 41/43", "41/43", 41, "đơn vị", C, max_value=43, subject=ANY, level="tỉnh", code=None),
    _group("đạt 68,43%", "68,43%", 68.43, "%", level="tỉnh"),
    _group("(quý III năm 2025: 61,27%)", "61,27%", 61.27, "%", PR, level="tỉnh", as_of=_Q3_2025),
    _group("tăng 7,16%", "7,16%", 7.16, "%", CH, level="tỉnh"),
    # Markdown table of eight hospitals under the Sở (text column "Bệnh án điện tử", no total row)
    *_row_396("Bệnh viện Đa khoa Xanh Pôn", "162.408", "131.275", "81,36", _DA, "| 2 | Bệnh viện Thanh Nhàn"),
    *_row_396("Bệnh viện Thanh Nhàn", "148.915", "122.046", "78,04", _DA, "| 3 | Bệnh viện Đa khoa Đức Giang"),
    *_row_396("Bệnh viện Đa khoa Đức Giang", "139.627", "108.733", "74,51", _DA, "| 4 | Bệnh viện Đa khoa Hà Đông"),
    *_row_396("Bệnh viện Đa khoa Hà Đông", "131.082", "104.518", "72,19", _DA, "| 5 | Bệnh viện Tim Hà Nội"),
    *_row_396("Bệnh viện Tim Hà Nội", "98.736", "86.402", "85,62", _DA, "| 6 | Bệnh viện Phụ sản Hà Nội"),
    *_row_396("Bệnh viện Phụ sản Hà Nội", "87.451", "79.164", "79,88", _DA, "| 7 | Bệnh viện Đa khoa Sơn Tây"),
    *_row_396("Bệnh viện Đa khoa Sơn Tây", "76.309", "58.927", "52,47", _DANG, "| 8 | Bệnh viện Đa khoa Ba Vì"),
    *_row_396("Bệnh viện Đa khoa Ba Vì", "54.218", "39.856", "41,35", _DANG, "\nBệnh viện Đa khoa Ba Vì có"),
    F("thấp nhất (41,35%)", "41,35%", 41.35, "%", subject="Bệnh viện Đa khoa Ba Vì", level="tỉnh", code=ANY),
    # I.4 facilities of every owner
    _group("100% cơ sở", "100%", 100, "%"),
    _group("với 4.368.512", "4.368.512", 4368512, "lượt", C),
    _group("cấp 21.746", "21.746", 21746, "giấy chứng sinh", C),
    _group("và 9.318", "9.318", 9318, "giấy báo tử", C),
    # I.5 the Sở's PAKN, satisfaction, score and rank among the city's 18 agencies
    _syt("tiếp nhận 64", "64", 64, "PAKN", C, code=_PAKN_TN),
    _syt("xử lý 61 PAKN", "61", 61, "PAKN", C, code=_PAKN_XL),
    _syt("(đạt 95,31%)", "95,31%", 95.31, "%", code=_PAKN_TL),
    _syt("03 PAKN đang", "03", 3, "PAKN", C, code=ANY),
    _syt("đạt 96,12%", "96,12%", 96.12, "%", code=_HL),
    _syt("Sở đạt 88,74", "88,74", 88.74, "điểm", code=_TONG),
    _syt("thứ 5/18", "5/18", 5, "hạng", R, max_value=18, code=_HANG),
    _syt("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _syt("(87,06 điểm", "87,06", 87.06, "điểm", PR, as_of=_Q3_2025, code=_TONG),
    _syt("thứ 8/18)", "8/18", 8, "hạng", PR, max_value=18, as_of=_Q3_2025, code=_HANG),
    # II.3 the hospitals' target in quý I năm 2026 (024.3998.5765 is a phone number, "số 4 Sơn Tây" an address)
    F("tối thiểu 75%", "75%", 75, "%", T, subject="Các bệnh viện công lập trực thuộc Sở", level="tỉnh",
      as_of="2026-03-31", code=ANY),
]

# ------------------------------------------------------------ 397: Sở Xây dựng tỉnh An Giang, tháng 10 năm 2025
_SXD = "Sở Xây dựng"
_AUG = "2025-08-31"
_SEP = "2025-09-30"


def _sxd(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject `Sở Xây dựng`, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SXD, level="tỉnh", **kw)


def _field(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of one field of the Sở's work (subject unchecked, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=ANY, level="tỉnh", **kw)


def _month_397(as_of: str, received: str, online: str, share: str, on_time: str) -> list[Fact]:
    """One dash item of a month: files received, submitted online, online share, on-time share."""
    return [_field(f"tiếp nhận {received}", received, _num(received), "hồ sơ", C, as_of=as_of, code=_TN),
            _field(f"trực tuyến {online}", online, _num(online), "hồ sơ", C, as_of=as_of, code=_NOP),
            _field(f"({share}%)", f"{share}%", _num(share), "%", as_of=as_of, code=_NOP),
            _field(f"đúng hạn {on_time}%", f"{on_time}%", _num(on_time), "%", as_of=as_of, code=_DH)]


BLIND_397 = [
    # I.1 (412/QĐ-UBND of 26/02/2025, 2087/VP-KSTT of 15/9/2025 cited; "hai điểm" in words, "số 5" an address)
    _sxd("giải quyết 214", "214", 214, "TTHC", C, code=_TTHC),
    _field("bộ 71 TTHC", "71", 71, "TTHC", C, code=ANY),
    # I.2 dash list by month (month labels are no figures), October = the period
    *_month_397(_AUG, "6.214", "5.872", "94,50", "99,62"),
    *_month_397(_SEP, "6.538", "6.247", "95,55", "99,71"),
    *_month_397("period", "7.046", "6.801", "96,52", "99,83"),
    _field("tăng 508", "508", 508, "hồ sơ", CH, code=_TN),
    _field("Long Xuyên 3.912", "3.912", 3912, "hồ sơ", C, code=ANY),
    _field("Rạch Giá 3.134", "3.134", 3134, "hồ sơ", C, code=ANY),
    _field("trả 6.912", "6.912", 6912, "giấy phép", C, code=ANY),
    _field("đó 6.534", "6.534", 6534, "giấy phép", C, code=ANY),
    _field("chiếm 94,53%", "94,53%", 94.53, "%", code=ANY),
    _field("bình quân 2,4", "2,4", 2.4, "ngày", code=_TIME),
    _field("rút ngắn 0,6", "0,6", -0.6, "ngày", CH, code=_TIME),
    # I.3
    _field("tiếp nhận 286", "286", 286, "hồ sơ", C, code=_TN),
    _field("đó 231", "231", 231, "hồ sơ", C, code=_NOP),
    _field("(80,77%)", "80,77%", 80.77, "%", code=_NOP),
    _field("cấp 279", "279", 279, "giấy chứng nhận", C, code=ANY),
    _field("Cấp 1.843", "1.843", 1843, "phù hiệu", C, code=ANY),
    _field("100% hồ sơ", "100%", 100, "%", code=ANY),
    # I.4 the Sở's totals; its 2025 target "chưa đạt"; payment shares of earlier months
    _sxd("tiếp nhận 9.417", "9.417", 9417, "hồ sơ", C, code=_TN),
    _sxd("trực tuyến 8.935", "8.935", 8935, "hồ sơ", C, code=_NOP),
    _sxd("chiếm 94,88%", "94,88%", 94.88, "%", code=_NOP),
    _sxd("giải quyết 9.128", "9.128", 9128, "hồ sơ", C, code=ANY),
    _sxd("đúng hạn 9.101", "9.101", 9101, "hồ sơ", C, code=_DH),
    _sxd("đạt 99,70%", "99,70%", 99.70, "%", code=_DH),
    _sxd("quá hạn 27", "27", 27, "hồ sơ", C, code=_QH),
    _sxd("Sở đạt 78,26%", "78,26%", 78.26, "%", code=_TT, target=80, stated_status="chưa đạt"),
    _sxd("năm 2025 là 80%", "80%", 80, "%", T, as_of="2025-12-31", code=_TT),
    _sxd("tháng 8/2025 đạt 71,84%", "71,84%", 71.84, "%", as_of=_AUG, code=_TT),
    _sxd("tháng 9/2025 đạt 75,12%", "75,12%", 75.12, "%", as_of=_SEP, code=_TT),
    _sxd("đạt 97,41%", "97,41%", 97.41, "%", code=_SH),
    _sxd("đạt 98,05%", "98,05%", 98.05, "%", code=_KQ),
    # I.5 rank among the province's 19 agencies; tháng 9/2025 dated 2025-09-30
    _sxd("Sở đạt 87,52", "87,52", 87.52, "điểm", code=_TONG),
    _sxd("thứ 9/19", "9/19", 9, "hạng", R, max_value=19, code=_HANG),
    _sxd("(tháng 9/2025: 85,96 điểm", "85,96", 85.96, "điểm", PR, as_of=_SEP, code=_TONG),
    _sxd("thứ 12/19)", "12/19", 12, "hạng", PR, max_value=19, as_of=_SEP, code=_HANG),
    _sxd("tăng 1,56", "1,56", 1.56, "điểm", CH, code=_TONG),
    # I.6
    _sxd("tiếp nhận 09", "09", 9, "PAKN", C, code=_PAKN_TN),
    _sxd("xử lý 08", "08", 8, "PAKN", C, code=_PAKN_XL),
    _sxd("01 PAKN", "01", 1, "PAKN", C, code=ANY),
    # II.3 the Sở's target by the end of 2025 (0296.3852.417 is a phone number)
    _sxd("tối thiểu 80%", "80%", 80, "%", T, as_of="2025-12-31", code=_TT),
]

# ------------------------------------------------------------ 398: UBND thành phố Tuy Hòa, năm 2024
_TH = "UBND thành phố Tuy Hòa"
_Y2023 = "2023-12-31"
_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_XA = {"subject": "cấp xã", "level": "xã"}
_SURVEY = {"subject": ANY, "level": ANY, "code": ANY}


def _row_398(subject: str, received: str, online: str, satisfied: str, after: str) -> list[Fact]:
    """One tab-separated row of a phường/xã (or "Cộng" = cấp xã): files received, online share, satisfaction."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (satisfied, "%", P, ANY, "period")]
    return _cells(subject, "xã", cells, after, "\t", "\n")


BLIND_398 = [
    # I.1 a) cấp huyện (27/KH-UBND of 31/01/2024 and 61/2018/NĐ-CP cited); năm 2023 dated 2023-12-31
    F("Tiếp nhận 18.642", "18.642", 18642, "hồ sơ", C, code=_TN, **_HUYEN),
    F("(năm 2023: 16.905 hồ sơ)", "16.905", 16905, "hồ sơ", PR, as_of=_Y2023, code=_TN, **_HUYEN),
    F("trực tuyến 12.417", "12.417", 12417, "hồ sơ", C, code=_NOP, **_HUYEN),
    F("đạt 66,61%", "66,61%", 66.61, "%", code=_NOP, target=60, stated_status="đạt", **_HUYEN),
    F("giải quyết 18.305", "18.305", 18305, "hồ sơ", C, code=ANY, **_HUYEN),
    F("trước hạn 11.236", "11.236", 11236, "hồ sơ", C, code=ANY, **_HUYEN),
    F("đúng hạn 6.947", "6.947", 6947, "hồ sơ", C, code=ANY, **_HUYEN),
    F("quá hạn 122", "122", 122, "hồ sơ", C, code=_QH, **_HUYEN),
    F("đạt 99,33%", "99,33%", 99.33, "%", code=_DH, **_HUYEN),
    # b) cấp xã
    F("Tiếp nhận 41.378", "41.378", 41378, "hồ sơ", C, code=_TN, **_XA),
    F("trực tuyến 25.904", "25.904", 25904, "hồ sơ", C, code=_NOP, **_XA),
    F("đạt 62,60%", "62,60%", 62.60, "%", code=_NOP, target=55, stated_status="đạt", **_XA),
    F("đạt 99,71%", "99,71%", 99.71, "%", code=_DH, **_XA),
    # each level's 2024 target
    F("cấp huyện 60%", "60%", 60, "%", T, code=_NOP, **_HUYEN),
    F("cấp xã 55%", "55%", 55, "%", T, code=_NOP, **_XA),
    # I.2 the survey (city one-stop shop and communes)
    F("ra 3.600", "3.600", 3600, "phiếu", C, **_SURVEY),
    F("và 12 xã", "12", 12, "xã", C, subject=ANY, level="xã", code=None),
    F("về 3.512", "3.512", 3512, "phiếu", C, **_SURVEY),
    F("(đạt 97,56%)", "97,56%", 97.56, "%", **_SURVEY),
    F("chung đạt 95,84%", "95,84%", 95.84, "%", **_SURVEY),
    F("(năm 2023: 93,17%)", "93,17%", 93.17, "%", PR, as_of=_Y2023, **_SURVEY),
    F("tăng 2,67%", "2,67%", 2.67, "%", CH, **_SURVEY),
    F("dịch vụ 96,12%", "96,12%", 96.12, "%", **_SURVEY),
    F("hành chính 95,47%", "95,47%", 95.47, "%", **_SURVEY),
    F("tiếp nhận 97,03%", "97,03%", 97.03, "%", **_SURVEY),
    F("giải quyết 94,74%", "94,74%", 94.74, "%", **_SURVEY),
    # tab-separated table of the 12 phường, xã ("Phường 1" … "Phường 9" are names); "Cộng" row (= cấp xã)
    *_row_398("Phường 1", "4.126", "68,82", "96,85", "2\tPhường 2"),
    *_row_398("Phường 2", "3.875", "66,55", "95,40", "3\tPhường 4"),
    *_row_398("Phường 4", "3.512", "64,27", "94,72", "4\tPhường 5"),
    *_row_398("Phường 5", "4.318", "69,43", "97,16", "5\tPhường 7"),
    *_row_398("Phường 7", "3.964", "64,61", "95,08", "6\tPhường 9"),
    *_row_398("Phường 9", "4.207", "67,98", "96,33", "7\tPhường Phú Đông"),
    *_row_398("Phường Phú Đông", "3.046", "58,76", "93,57", "8\tPhường Phú Lâm"),
    *_row_398("Phường Phú Lâm", "3.693", "62,14", "95,91", "9\tPhường Phú Thạnh"),
    *_row_398("Phường Phú Thạnh", "2.981", "57,32", "94,26", "10\tXã An Phú"),
    *_row_398("Xã An Phú", "2.742", "52,58", "93,12", "11\tXã Bình Kiến"),
    *_row_398("Xã Bình Kiến", "2.615", "54,47", "94,85", "12\tXã Hòa Kiến"),
    *_row_398("Xã Hòa Kiến", "2.299", "50,05", "92,48", "\tCộng"),
    *_row_398("cấp xã", "41.378", "62,60", "94,98", "\nPhường 5 có"),
    F("cao nhất (69,43%)", "69,43%", 69.43, "%", subject="Phường 5", level="xã", code=_NOP),
    F("thấp nhất (50,05%)", "50,05%", 50.05, "%", subject="xã Hòa Kiến", level="xã", code=_NOP),
    F("Có 08/12", "08/12", 8, "xã", C, max_value=12, subject=ANY, level="xã", code=None),
    F("04 xã, phường", "04", 4, "xã", C, subject=ANY, level="xã", code=None),
    # I.3 by level
    F("lần lượt là 38,46%", "38,46%", 38.46, "%", code=_TT, **_HUYEN),
    F("và 29,73%", "29,73%", 29.73, "%", code=_TT, **_XA),
    F("cấp huyện 91,28%", "91,28%", 91.28, "%", code=_SH, **_HUYEN),
    F("cấp xã 84,65%", "84,65%", 84.65, "%", code=_SH, **_XA),
    # I.4 the city's own PAKN, score and rank among the province's 9 district-level units
    F("tiếp nhận 52", "52", 52, "PAKN", C, subject=_TH, level="huyện", code=_PAKN_TN),
    F("xử lý 50", "50", 50, "PAKN", C, subject=_TH, level="huyện", code=_PAKN_XL),
    F("đạt 96,15%", "96,15%", 96.15, "%", subject=_TH, level="huyện", code=_PAKN_TL),
    F("đạt 86,41", "86,41", 86.41, "điểm", subject=_TH, level="huyện", code=_TONG),
    F("thứ 2/9", "2/9", 2, "hạng", R, max_value=9, subject=_TH, level="huyện", code=_HANG),
    F("thứ 4/9)", "4/9", 4, "hạng", PR, max_value=9, subject=_TH, level="huyện", as_of=_Y2023, code=_HANG),
    # II.4 the communes' target by the end of 2025 ("số 45 đường Lê Lợi, Phường 1" an address, 0257.3823.456 a
    # phone number)
    F("tối thiểu 40%", "40%", 40, "%", T, subject="UBND các xã, phường", level="xã", as_of="2025-12-31", code=_TT),
]

# ------------------------------------------------------------ 399: Cục Kiểm soát TTHC, vùng Bắc Trung Bộ, quý I/2025
_Q4_2024 = "2024-12-31"
_REGION = {"subject": ANY, "level": ANY}
_NA = {"subject": "tỉnh Nghệ An", "level": "tỉnh"}
_HT = {"subject": "tỉnh Hà Tĩnh", "level": "tỉnh"}
_HT0 = {"subject": "Tỉnh Hà Tĩnh", "level": "tỉnh"}
_QB = {"subject": "tỉnh Quảng Bình", "level": "tỉnh"}
_QB0 = {"subject": "Tỉnh Quảng Bình", "level": "tỉnh"}


def _groups_max(where: dict, contexts: list[str], raws: list[str], maxima=(18, 20, 12, 10, 18, 22)) -> list[Fact]:
    """The six group scores `x/max` in the index's order."""
    return [F(context, raw, _num(raw.split("/")[0]), "điểm", max_value=top, code=code, **where)
            for context, raw, top, code in zip(contexts, raws, maxima, _GROUPS, strict=True)]


BLIND_399 = [
    # 1. the region (766/QĐ-TTg cited; "Tính đến ngày 31/3/2025" is the period end); quý IV/2024 dated 2024-12-31
    F("của 06 tỉnh", "06", 6, "tỉnh", C, subject=ANY, level="tỉnh", code=None),
    F("đạt 83,47/100", "83,47/100", 83.47, "điểm", max_value=100, code=_TONG, **_REGION),
    F("(81,92 điểm)", "81,92", 81.92, "điểm", code=_TONG, **_REGION),
    F("(82,16 điểm)", "82,16", 82.16, "điểm", PR, max_value=100, as_of=_Q4_2024, code=_TONG, **_REGION),
    F("tăng 1,31", "1,31", 1.31, "điểm", CH, code=_TONG, **_REGION),
    F("Có 04/06", "04/06", 4, "tỉnh", C, max_value=6, subject=ANY, level="tỉnh", code=None),
    F("02 tỉnh", "02", 2, "tỉnh", C, subject=ANY, level="tỉnh", code=None),
    *_groups_max(_REGION, ["minh bạch: 17,21/18", "giải quyết: 19,12/20", "trực tuyến: 9,87/12",
                           "trực tuyến: 6,04/10", "hài lòng: 17,66/18", "hồ sơ: 13,57/22"],
                 ["17,21/18", "19,12/20", "9,87/12", "6,04/10", "17,66/18", "13,57/22"]),
    F("mới đạt 41,53%", "41,53%", 41.53, "%", code=_TT, target=45, stated_status="chưa đạt", **_REGION),
    F("năm 2025 là 45%", "45%", 45, "%", T, as_of="2025-12-31", code=_TT, **_REGION),
    F("cấp tỉnh là 86,15", "86,15", 86.15, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("cấp huyện 82,37", "82,37", 82.37, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("cấp xã 79,64", "79,64", 79.64, "điểm", subject=ANY, level="xã", code=_TONG),
    # 2.a) Nghệ An
    F("với 86,74/100", "86,74/100", 86.74, "điểm", max_value=100, code=_TONG, **_NA),
    F("thứ 8/63", "8/63", 8, "hạng", R, max_value=63, code=_HANG, **_NA),
    F("tăng 2,05", "2,05", 2.05, "điểm", CH, code=_TONG, **_NA),
    F("tăng 6 bậc", "6", 6, "hạng", CH, code=_HANG, **_NA),
    F("(84,69 điểm", "84,69", 84.69, "điểm", PR, max_value=100, as_of=_Q4_2024, code=_TONG, **_NA),
    F("thứ 14/63)", "14/63", 14, "hạng", PR, max_value=63, as_of=_Q4_2024, code=_HANG, **_NA),
    *_groups_max(_NA, ["minh bạch 17,62/18", "giải quyết 19,48/20", "trực tuyến 10,85/12", "trực tuyến 7,13/10",
                       "hài lòng 17,94/18", "hồ sơ 13,72/22"],
                 ["17,62/18", "19,48/20", "10,85/12", "7,13/10", "17,94/18", "13,72/22"]),
    F("đạt 64,28%", "64,28%", 64.28, "%", code=_NOP, **_NA),
    F("đạt 58,91%", "58,91%", 58.91, "%", code=_TT, **_NA),
    # 2.b) Hà Tĩnh (its score states no max, nor does the previous one)
    F("đạt 84,31", "84,31", 84.31, "điểm", code=_TONG, **_HT0),
    F("thứ 19/63", "19/63", 19, "hạng", R, max_value=63, code=_HANG, **_HT0),
    F("giảm 0,42", "0,42", -0.42, "điểm", CH, code=_TONG, **_HT0),
    F("giảm 3 bậc", "3", -3, "hạng", CH, code=_HANG, **_HT0),
    F("(84,73 điểm", "84,73", 84.73, "điểm", PR, as_of=_Q4_2024, code=_TONG, **_HT0),
    F("thứ 16/63)", "16/63", 16, "hạng", PR, max_value=63, as_of=_Q4_2024, code=_HANG, **_HT0),
    *[F(context, raw, _num(raw), "điểm", code=code, **_HT)
      for context, raw, code in zip(["lần lượt là 17,35", "; 19,26", "; 10,14", "; 5,62", "; 17,71", "và 14,23"],
                                    ["17,35", "19,26", "10,14", "5,62", "17,71", "14,23"], _GROUPS, strict=True)],
    F("chỉ đạt 36,18%", "36,18%", 36.18, "%", code=_TT, **_HT),
    # 2.c) Quảng Bình
    F("đạt 80,96", "80,96", 80.96, "điểm", code=_TONG, **_QB0),
    F("thứ 37/63", "37/63", 37, "hạng", R, max_value=63, code=_HANG, **_QB0),
    F("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG, **_QB0),
    F("thứ 41/63)", "41/63", 41, "hạng", PR, max_value=63, as_of=_Q4_2024, code=_HANG, **_QB0),
    F("chỉ đạt 11,08/22", "11,08/22", 11.08, "điểm", max_value=22, code="766.so_hoa", **_QB),
    F("mới đạt 62,47%", "62,47%", 62.47, "%", code=_SH, **_QB),
    F("đạt 97,86%", "97,86%", 97.86, "%", code=_DH, **_QB),
    # 3. ("số 1 Hoàng Hoa Thám" an address, 080.48.160 a phone number)
]

BLIND = {"395": BLIND_395, "396": BLIND_396, "397": BLIND_397, "398": BLIND_398, "399": BLIND_399}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "395": [
        ("2026-03-15", "day", "15/3/2026", "kích hoạt tài khoản định danh điện tử",
         "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"),
        ("2026-03-31", "quarter", "quý I năm 2026", "làm sạch dữ liệu cư trú", "Công an các xã, phường"),
        ("2026-04-30", "day", "ngày 30 tháng 4 năm 2026", "cấp Phiếu lý lịch tư pháp bản điện tử",
         "Phòng Hồ sơ nghiệp vụ"),
        ("2026-12-31", "year", "năm 2026", "kích hoạt tài khoản định danh điện tử", "Công an các xã, phường"),
        # issued 07/01/2026: the first "ngày 22 hằng tháng" is 22/01/2026
        ("2026-01-22", "recurring", "22 hằng tháng", "báo cáo kết quả thực hiện Đề án 06", "Công an các xã, phường"),
    ],
    "396": [
        ("2026-02-28", "day", "28/02/2026", "triển khai bệnh án điện tử",
         "Bệnh viện Đa khoa Sơn Tây, Bệnh viện Đa khoa Ba Vì"),
        ("2026-03-31", "month", "tháng 3/2026", "liên thông đầy đủ đơn thuốc điện tử", "Phòng Nghiệp vụ Y"),
        ("2026-03-31", "quarter", "quý I năm 2026", "thanh toán viện phí không dùng tiền mặt",
         "Các bệnh viện công lập trực thuộc Sở"),
        # issued 08/01/2026: the first "ngày 15 hằng tháng" is 15/01/2026
        ("2026-01-15", "recurring", "15 hằng tháng", "cập nhật số liệu chuyển đổi số", "Văn phòng Sở"),
    ],
    "397": [
        ("2025-11-14", "day", "14/11/2025", "giải quyết dứt điểm các hồ sơ quá hạn",
         "Phòng Quản lý vận tải, phương tiện và người lái"),
        ("2025-11-30", "month", "tháng 11/2025", "rút ngắn thời gian trả giấy phép lái xe", "Văn phòng Sở"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "Phòng Kế hoạch - Tài chính"),
        ("2025-12-20", "day", "ngày 20 tháng 12 năm 2025", "đề xuất cắt giảm TTHC lĩnh vực đường bộ",
         "Phòng Quản lý kết cấu hạ tầng giao thông"),
        # issued 05/11/2025: the first "ngày 25 hằng tháng" is 25/11/2025
        ("2025-11-25", "recurring", "25 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các phòng, đơn vị thuộc Sở"),
    ],
    "398": [
        ("2025-01-25", "day", "25/01/2025", "nâng tỷ lệ hồ sơ trực tuyến", "UBND xã Hòa Kiến, UBND xã An Phú"),
        ("2025-03-31", "month", "tháng 3/2025", "nâng cấp hệ thống đánh giá sự hài lòng",
         "Văn phòng HĐND và UBND thành phố"),
        ("2025-09-30", "quarter", "quý III năm 2025", "khảo sát sự hài lòng", "Phòng Nội vụ"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "UBND các xã, phường"),
        # issued 09/01/2025: the first "ngày 18 hằng tháng" is 18/01/2025
        ("2025-01-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các cơ quan chuyên môn thuộc UBND thành phố, UBND các xã, phường"),
    ],
    "399": [
        ("2025-05-25", "day", "25/5/2025", "số hóa hồ sơ, kết quả giải quyết TTHC", "UBND tỉnh Quảng Bình"),
        ("2025-06-30", "quarter", "quý II năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "UBND tỉnh Hà Tĩnh"),
        ("2025-06-30", "month", "tháng 6/2025", "hội nghị chia sẻ kinh nghiệm", "UBND tỉnh Nghệ An"),
        ("2025-05-15", "day", "ngày 15 tháng 5 năm 2025", "rà soát dữ liệu đồng bộ",
         "Phòng Theo dõi, đánh giá chất lượng phục vụ"),
        # issued 18/4/2025: the first "ngày 10 hằng tháng" is 10/5/2025
        ("2025-05-10", "recurring", "10 hằng tháng", "đồng bộ dữ liệu hồ sơ", "Các tỉnh vùng Bắc Trung Bộ"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 395's issuer is Công an tỉnh Lạng Sơn under "BỘ CÔNG AN", an annual report issued in January 2026; 396's is Sở
# Y tế under "UBND THÀNH PHỐ HÀ NỘI"; 397's is Sở Xây dựng under "UBND TỈNH AN GIANG"; 398's is UBND thành phố
# Tuy Hòa (province named in "Kính gửi"), an annual report issued in January 2025; 399's is the Cục Kiểm soát
# thủ tục hành chính under "VĂN PHÒNG CHÍNH PHỦ": a central body reporting on a region, so no province.
META = {
    "395": {"doc_number": "09/BC-CAT-PC06", "doc_type": "Báo cáo", "issued_date": "2026-01-07",
            "province": "Lạng Sơn", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Hoàng Văn Thạch"},
    "396": {"doc_number": "38/BC-SYT", "doc_type": "Báo cáo", "issued_date": "2026-01-08",
            "province": "Hà Nội", "period_label": "quý IV năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-12-31", "signer": "Nguyễn Đình Khải"},
    "397": {"doc_number": "1265/BC-SXD", "doc_type": "Báo cáo", "issued_date": "2025-11-05",
            "province": "An Giang", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Lâm Quốc Trung"},
    "398": {"doc_number": "18/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-01-09",
            "province": "Phú Yên", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Phạm Văn Tuấn"},
    "399": {"doc_number": "214/BC-KSTT", "doc_type": "Báo cáo", "issued_date": "2025-04-18",
            "province": None, "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Đặng Minh Quân"},
}
