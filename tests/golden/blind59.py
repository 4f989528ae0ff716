"""Blind golden facts for corpus/blind59/370_ha_tinh.txt, 371_ca_mau.txt, 372_hung_yen.txt, 373_thai_nguyen.txt
and 374_ba_ria_vung_tau.txt.

The five documents were written by the developers for a fifty-ninth blind measurement (issuers, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind16.py and blind15.py: rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are kind
`count`; table cells are kind `value` with `extra={"source": "table"}`, except rank cells written `n/63`
(kind `rank`, unit `hạng`, max 63) and target cells of a task table (kind `target`); `as_of="period"` is the
period's end; `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it
clearly names none). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a
count of the files an indicator is computed on carries that indicator's code; every "đã giải quyết" count and
the parts of a received whole ("hồ sơ mới", "kỳ trước chuyển sang") have their code unchecked; a relative
change of a count has its code unchecked. A change is dated at the period end; a rise is positive, a fall
("giảm 3 bậc") negative. A count of local units takes the unit of its first unit word ("69/69 xã, phường" →
`xã`, "04/11 tỉnh, thành phố" → `tỉnh`); counts of "cơ quan"/"sở, ban, ngành" use `đơn vị` at the level of
the bodies counted, who they are left unchecked. Dates, document numbers (also the Party form "Số
214-BC/BDVTU"), cited conclusions, resolutions, plans and decisions ("Kết luận số 114-KL/TW", "Kế hoạch số
52-KH/TU", "Nghị quyết số 57-NQ/TW", "Quyết định số 06/QĐ-TTg", "Quyết định số 1528/QĐ-UBND", "Kế hoạch số
164/KH-UBND", "Kế hoạch số 12/KH-UBND"), section numbering ("I.", "1.", "a)", "đ)"), the STT/TT column, phone
numbers ("0239.3855.412", "0290.3831.254", "024.3943.7712", "0209.3876.115", "0254.3852.178"), street
addresses ("số 10 đường Phan Đình Phùng", "số 76 đường Phan Ngọc Hiển", "số 18 Nguyễn Du"), names holding a
number ("xã Sơn Kim 1", "xã Sơn Kim 2", "Tổng đài 1022", "Bộ chỉ số 766" in a header), "mức độ 2", "K/T",
"5 tháng" (a period), "01/7/2025" (a date), headings naming the next period ("III. NHIỆM VỤ NĂM 2026", "II.
NHIỆM VỤ QUÝ IV NĂM 2025": no deadlines) and years are not figures.

New in this set:
- 370 is an annual Báo cáo of a Party body, the Ban Dân vận Tỉnh ủy Hà Tĩnh (header "TỈNH ỦY HÀ TĨNH / BAN
  DÂN VẬN", "ĐẢNG CỘNG SẢN VIỆT NAM", number "214-BC/BDVTU"), năm 2025, issued 18/12/2025, on mass
  mobilisation for online public services after the 1 July 2025 reform (communes only, rank `9/34`).
  Province-wide figures ("toàn tỉnh", the mobilisation system as a whole) have subject NULL; "ban hành 07 văn
  bản" is the Ban's own (subject "Ban Dân vận Tỉnh ủy", named in full); "03 văn bản" issued by the Ban
  Thường vụ on the Ban's advice has subject ANY (level tỉnh); counts of documents have code None. New count
  units, each the noun after the number: `buổi` (sessions), `lượt` ("186.240 lượt tham dự", "128.460 lượt
  người dân": the measure word, as `lượt` in earlier sets), `đoàn viên`, `tổ` ("1.035 Tổ công nghệ số cộng
  đồng", written lower case), `thành viên`, `hộ`, `mô hình`; their code is unchecked. "tăng 1.052 buổi so
  với năm 2024 (2.366 buổi)": a change and a previous value dated 2024-12-31. A dash list "- <organisation>:
  n buổi, m lượt tham dự;" gives each provincial organisation's figures (subject as written, "Ủy ban MTTQ
  Việt Nam tỉnh", "Tỉnh đoàn", level tỉnh). What the Tổ công nghệ số did ("các Tổ đã hỗ trợ …") has subject
  and level ANY (a kind of body spread over every level). "69 đơn vị hành chính cấp xã (60 xã, 9 phường)"
  follows the fixed `cấp xã` rule; "9/9 phường và 38/60 xã" and "52/69 xã, phường … 14 xã, phường … 03 xã"
  are counts of communes (subject "cấp xã", level xã, code None). "(năm 2024: 58,62%)" is dated 2024-12-31;
  "tăng 14,41% so với năm trước" is the change of the online share. "chưa đạt chỉ tiêu … cho năm 2025 là
  65%": target dated 2025-12-31, carried by the 61,45% with status "chưa đạt". "tính đến hết tháng 11/2025
  tỉnh đạt 88,36/100 điểm, xếp thứ 9/34" is dated 2025-11-30, not the period end. "đạt 92,18% số công dân
  thuộc diện cấp" has its code unchecked. The target "đến hết năm 2026 … toàn tỉnh đạt tối thiểu 70%" is the
  province's, dated 2026-12-31. Six deadlines: quarter, day, "chậm nhất" day in words, month, year ("đến hết
  năm 2026", with the target, for the Mặt trận and the organisations), "trước ngày 25 hằng tháng" (issued
  18/12/2025: first 25/12/2025).
- 371 is a quarterly Báo cáo of Sở Nông nghiệp và Môi trường tỉnh Cà Mau (header "UBND TỈNH CÀ MAU / SỞ
  NÔNG NGHIỆP VÀ MÔI TRƯỜNG"), quý III năm 2025, after both mergers the text names (March 2025 of two Sở,
  July 2025 with Bạc Liêu's Sở). Every figure is the Sở's (subject "Sở Nông nghiệp và Môi trường", level
  tỉnh); files of one procedure group in prose "(98 hồ sơ)", "612 hồ sơ" and "100% nộp trực tuyến toàn
  trình" of the plant-quarantine certificate, and the group rows of the table have subject ANY, level tỉnh.
  "142 TTHC … toàn trình, 35 TTHC một phần và 7 TTHC chưa cung cấp" carry the three DVCTT codes; "19 lĩnh
  vực" has code None. "tăng 46,97% so với quý II năm 2025 (3.975 hồ sơ)": a relative change (code
  unchecked) and a previous value dated 2025-06-30. "trước hạn và đúng hạn 4.987 hồ sơ (đạt 97,71%)"
  carries the on-time code. Its Markdown table by procedure group (no units in the headers; received,
  online, settled, overdue counts and "Đúng hạn (%)"; two "100" and two "0" cells) has a "Tổng cộng" row with
  an empty STT cell (= the Sở; its figures repeat the prose). "(quý II năm 2025: 61,37%), tăng 6,87%": a
  previous value and the change of the payment share. The reuse share "47,35%, chưa đạt chỉ tiêu UBND tỉnh
  giao năm 2025 là 60%": target dated 2025-12-31, status "chưa đạt"; the task's "tối thiểu 60% trong quý
  IV/2025" is the Sở's target again, dated 2025-12-31. "(qua Tổng đài 1022: 05; qua Hệ thống …: 04)" are
  bare parts of the PAKN received (code unchecked). Rank `11/18` among the province's agencies, "tăng 3,57
  điểm và tăng 4 bậc so với quý II năm 2025 (83,15 điểm, xếp thứ 15/18)" (previous values dated
  2025-06-30, the score with no max), "điểm bình quân các cơ quan cấp tỉnh là 87,04 điểm" a level average
  (subject ANY, level tỉnh). Five deadlines: day, month, quarter (with the target), "chậm nhất" day in words,
  "trước ngày 10 hằng tháng" (issued 06/10/2025: first 10/10/2025).
- 372 is a Báo cáo of a ministry's department, Cục Chuyển đổi số quốc gia (header "BỘ KHOA HỌC VÀ CÔNG NGHỆ
  / CỤC CHUYỂN ĐỔI SỐ QUỐC GIA"), quý I năm 2025, on the 11 provinces and cities of the Red River Delta.
  No province owns the document, so each province is a subject as written, level tỉnh: table rows "Hưng
  Yên", "Hà Nội"; prose "tỉnh Hưng Yên" (its whole paragraph), "tỉnh Hà Nam", "tỉnh Nam Định", "Quảng Ninh
  (82,57%)". Figures of the region as a whole ("các tỉnh, thành phố vùng …", "bình quân của vùng") have
  subject and level ANY (no catalogued way to name a region). "bình quân cả nước (56,84%)" and "(82,15
  điểm)" are national values (subject "cả nước", level NULL, as golden/blind6.py's 120). "Có 04/11 tỉnh,
  thành phố" and "08/11 tỉnh, thành phố" count provinces (unit `tỉnh`, level tỉnh, subject ANY, code None).
  "chưa đạt chỉ tiêu năm 2025 là 60%": the region's payment share carries it with status "chưa đạt" (target
  dated 2025-12-31, subject and level ANY). Its Markdown table ("Điểm Bộ chỉ số 766": the 766 is no figure)
  lists the 11 provinces (online share, payment share, score without max, rank `n/63`; no total row). "tăng
  5,26% so với quý IV năm 2024 (66,12%)" and "tăng 6 bậc so với quý IV năm 2024 (thứ 14/63)": changes and
  previous values dated 2024-12-31. "1.126 TTHC dịch vụ công trực tuyến toàn trình" carries the toàn trình
  code; "100% TTHC có nghĩa vụ tài chính được tích hợp thanh toán" has its code unchecked. "riêng tỉnh Hà Nam
  giảm 3 bậc" is -3. "(tỉnh Nam Định còn 2.318 hồ sơ chưa đồng bộ)" is a count with code unchecked. META has
  no "province" key: a national body's report about eleven provinces names none as its own (a reader may
  fairly take NULL or "Hưng Yên", the province it dwells on), so the field is left unchecked. Five
  deadlines: day for three named provinces' committees, quarter, "chậm nhất" day in words, month (for the Cục
  itself), "trước ngày 05 hằng tháng" (issued 14/4/2025: first 05/5/2025).
- 373 is a Kế hoạch of UBND xã Chợ Rã (tỉnh Thái Nguyên after the 1 July 2025 merger with Bắc Kạn; header
  "ỦY BAN NHÂN DÂN / XÃ CHỢ RÃ"), năm 2026, issued 08/01/2026; period = the plan's year. Its 2025 results are
  values dated 2025-12-31 ("từ ngày 01/7/2025 đến ngày 31/12/2025"), except "(quý III/2025: 1.412 hồ sơ;
  quý IV/2025: 1.714 hồ sơ)", parts dated at each quarter's end. The commune's own figures have subject "UBND
  xã Chợ Rã", level xã (the issuer); figures in the sentence naming "Trung tâm Phục vụ hành chính công xã"
  (the commune's one-stop shop, which golden/blind6.py's 122 would fold into the issuer but the rule "a
  sentence naming the body keeps the name" would keep) have subject ANY, level xã; files by field
  ("hộ tịch 1.186 hồ sơ") have subject ANY, level xã, code of files received. "512 hồ sơ, chiếm 56,14% số
  hồ sơ chứng thực" carry the electronic-certification code. "so với chỉ tiêu tỉnh giao năm 2025 là 70% thì
  đã đạt chỉ tiêu": target dated 2025-12-31, the 76,17% carries it with status "đạt". "06/06 PAKN" is one
  count (max 6). "xếp thứ 27/92 xã, phường của tỉnh" ranks the commune among the province's 92 communes.
  The lettered 2026 targets are the commune's (subject "UBND xã Chợ Rã", dated 2026-12-31; "từ 88 điểm trở
  lên" a score target without max). Its tab-separated task table (TT | Nhiệm vụ | Chỉ tiêu | Đơn vị chủ trì
  | Thời hạn) holds target cells ("100%", "80%", "18.500 tài khoản", "24 buổi"): kind target, source table,
  each dated at its row's deadline (day, month or quarter end; the "Thường xuyên" row at the period end),
  subject ANY (the commune's target or the assigned body's: both readings hold), level xã; row 7's Chỉ tiêu
  cell is empty. Seven deadlines: the table's day, quarter, month, day, quarter and "Ngày 20 hằng tháng"
  (issued 08/01/2026: first 20/01/2026; "Thường xuyên" has none), and a prose "chậm nhất" day in words.
- 374 is a Thông báo kết luận of UBND tỉnh Bà Rịa - Vũng Tàu (the Chairman's conclusions of a meeting held
  09/6/2025, a date and no deadline; signed "TL. CHỦ TỊCH / KT. CHÁNH VĂN PHÒNG"), "5 tháng đầu năm 2025"
  (2025-01-01 … 2025-05-31), before the 1 July 2025 merger. Province figures have subject NULL. "Sở Nông
  nghiệp và Môi trường còn 1.126 hồ sơ quá hạn, chiếm 46,80% tổng số hồ sơ quá hạn của tỉnh" (the share's
  code unchecked) and "Chi nhánh Văn phòng Đăng ký đất đai thành phố Vũng Tàu có 412 hồ sơ" (level huyện).
  Online shares of six district-level units after "cấp huyện:" separated by ";" (subject as written,
  "thành phố Vũng Tàu", level huyện). "tăng 2,18 điểm và tăng 7 bậc so với thời điểm 31/12/2024 (84,76
  điểm, xếp thứ 19/63)": previous values dated 2024-12-31 (the previous total on the /100 scale). The six
  group scores follow "tương ứng là" in the groups' order, separated by ";", `x/max`. Block averages
  ("Khối sở, ban, ngành …": subject ANY, levels tỉnh/huyện/xã); counts by grade "15/21 sở, ban, ngành …, 05
  cơ quan …, 01 cơ quan" (unit `đơn vị`, level tỉnh); best and worst Sở and district-level units with
  scores in brackets. "chưa đạt chỉ tiêu năm 2025 là 60%": target dated 2025-12-31; the task's "tối thiểu
  60% trong quý II/2025" is the province's target dated 2025-06-30. Six deadlines: day (for the Sở Nông
  nghiệp và Môi trường, not the offices it directs), quarter (with the target; for Sở Tài chính, not the
  banks), "chậm nhất" day in words, month, day for a named district, "trước ngày 25 hằng tháng" (issued
  12/6/2025: first 25/6/2025).
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
_CHUA = "766.dvctt.chua_cung_cap"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_Y2024 = "2024-12-31"
_Y2025 = "2025-12-31"


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs. A rank cell
    `n/m` carries m as its max_value."""
    facts = []
    raws = [cell[0] for cell in cells]
    for i, (raw, unit, kind, code, as_of) in enumerate(cells):
        context = sep + sep.join(raws[i:]) + end + after
        number, _, top = raw.partition("/")
        facts.append(F(context, raw, _num(number), unit, kind, max_value=_num(top) if top else None,
                       subject=subject, level=level, as_of=as_of, code=code, extra=TAB))
    return facts


# ------------------------------------------------------------ 370: Ban Dân vận Tỉnh ủy Hà Tĩnh, năm 2025
_BDV = "Ban Dân vận Tỉnh ủy"
_XA = {"subject": "cấp xã", "level": "xã", "code": None}


def _org_370(name: str, sessions: str, people: str) -> list[Fact]:
    """One dash-list line "- <organisation>: n buổi, m lượt tham dự;" (a provincial organisation)."""
    return [F(f"{name}: {sessions} buổi", sessions, _num(sessions), "buổi", C, subject=name, level="tỉnh"),
            F(f"{sessions} buổi, {people} lượt", people, _num(people), "lượt", C, subject=name, level="tỉnh")]


BLIND_370 = [
    # I. (114-KL/TW of 14/7/2021 and 52-KH/TU of 20/02/2025 cited; "01/7/2025" is a date)
    F("ban hành 03 văn bản", "03", 3, "văn bản", C, subject=ANY, level="tỉnh", code=None),
    F("ban hành 07 văn bản", "07", 7, "văn bản", C, subject=_BDV, level="tỉnh", code=None),
    F("có 69 đơn vị", "69", 69, "đơn vị", C, **_XA),
    F("(60 xã", "60", 60, "xã", C, **_XA),
    F("9 phường)", "9", 9, "phường", C, **_XA),
    F("nay 69/69 xã", "69/69", 69, "xã", C, max_value=69, **_XA),
    # II.1 province-wide; năm 2024 dated 2024-12-31
    F("tổ chức 3.418 buổi", "3.418", 3418, "buổi", C),
    F("thu hút 186.240 lượt", "186.240", 186240, "lượt", C),
    F("tăng 1.052 buổi", "1.052", 1052, "buổi", CH),
    F("(2.366 buổi)", "2.366", 2366, "buổi", PR, as_of=_Y2024),
    F("tại 2.145 buổi", "2.145", 2145, "buổi", C),
    *_org_370("Ủy ban MTTQ Việt Nam tỉnh", "412", "24.860"),
    *_org_370("Hội Liên hiệp Phụ nữ tỉnh", "736", "41.205"),
    *_org_370("Hội Nông dân tỉnh", "684", "38.912"),
    *_org_370("Tỉnh đoàn", "958", "52.437"),
    F("huy động 1.126 đoàn viên", "1.126", 1126, "đoàn viên", C, subject="Tỉnh đoàn", level="tỉnh"),
    *_org_370("Hội Cựu chiến binh tỉnh", "628", "28.826"),
    # II.2 the Tổ công nghệ số cộng đồng
    F("duy trì 1.035 Tổ", "1.035", 1035, "tổ", C),
    F("với 5.214 thành viên", "5.214", 5214, "thành viên", C),
    F("Có 9/9 phường", "9/9", 9, "phường", C, max_value=9, **_XA),
    F("và 38/60 xã", "38/60", 38, "xã", C, max_value=60, **_XA),
    F("hỗ trợ 128.460 lượt", "128.460", 128460, "lượt", C, subject=ANY, level=ANY),
    F("trực tuyến 36.912 lượt", "36.912", 36912, "lượt", C, subject=ANY, level=ANY),
    F("hướng dẫn 46.318 hộ", "46.318", 46318, "hộ", C, subject=ANY, level=ANY),
    F("là 1.024.617 tài khoản", "1.024.617", 1024617, "tài khoản", C, code=_TK),
    F("đạt 92,18%", "92,18%", 92.18, "%"),
    # II.3 province-wide; the 766 figures dated at the end of November
    F("tiếp nhận 612.384", "612.384", 612384, "hồ sơ", C, code=_TN),
    F("trực tuyến 447.218", "447.218", 447218, "hồ sơ", C, code=_NOP),
    F("chiếm 73,03%", "73,03%", 73.03, "%", code=_NOP),
    F("(năm 2024: 58,62%)", "58,62%", 58.62, "%", PR, as_of=_Y2024, code=_NOP),
    F("tăng 14,41%", "14,41%", 14.41, "%", CH, code=_NOP),
    F("đạt 61,45%", "61,45%", 61.45, "%", code=_TT, target=65, stated_status="chưa đạt"),
    F("năm 2025 là 65%", "65%", 65, "%", T, code=_TT),
    F("TTHC đạt 96,74%", "96,74%", 96.74, "%", code=_HL),
    F("đạt 88,36/100", "88,36/100", 88.36, "điểm", max_value=100, as_of="2025-11-30", code=_TONG),
    F("thứ 9/34", "9/34", 9, "hạng", R, max_value=34, as_of="2025-11-30", code=_HANG),
    F("Kim 1 (48,26%)", "48,26%", 48.26, "%", subject="xã Sơn Kim 1", level="xã", code=_NOP),
    F("Kim 2 (45,13%)", "45,13%", 45.13, "%", subject="xã Sơn Kim 2", level="xã", code=_NOP),
    F("Xuân (51,07%)", "51,07%", 51.07, "%", subject="xã Hương Xuân", level="xã", code=_NOP),
    # II.4 communes by grade; models
    F("có 52/69", "52/69", 52, "xã", C, max_value=69, **_XA),
    F("Tốt, 14 xã", "14", 14, "xã", C, **_XA),
    F("và 03 xã", "03", 3, "xã", C, **_XA),
    F("có 214 mô hình", "214", 214, "mô hình", C),
    F("thưởng 18 mô hình", "18", 18, "mô hình", C, subject=ANY, level=ANY),
    # III.5 the province's target by the end of 2026
    F("tối thiểu 70%", "70%", 70, "%", T, as_of="2026-12-31", code=_TT),
]

# ------------------------------------------------------------ 371: Sở NN&MT tỉnh Cà Mau, quý III năm 2025
_SNN = "Sở Nông nghiệp và Môi trường"
_Q2_2025 = "2025-06-30"


def _so(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SNN, level="tỉnh", **kw)


def _row_371(subject: object, received: str, online: str, settled: str, overdue: str, on_time: str,
             after: str) -> list[Fact]:
    """One Markdown row of a procedure group (or the total): received, online, settled, overdue, on-time %."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (settled, "hồ sơ", P, ANY, "period"), (overdue, "hồ sơ", P, _QH, "period"),
             (on_time, "%", P, _DH, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_371 = [
    # I.1 (164/KH-UBND of 15/7/2025 and 1528/QĐ-UBND of 18/7/2025 cited)
    _so("thực hiện 184 TTHC", "184", 184, "TTHC", C, code=_TTHC),
    _so("thuộc 19 lĩnh vực", "19", 19, "lĩnh vực", C, code=None),
    _so("trong đó 142 TTHC", "142", 142, "TTHC", C, code=_TOAN),
    _so("toàn trình, 35 TTHC", "35", 35, "TTHC", C, code=_MOT),
    _so("và 7 TTHC", "7", 7, "TTHC", C, code=_CHUA),
    # I.2 quý II năm 2025 dated 2025-06-30
    _so("Sở tiếp nhận 5.842", "5.842", 5842, "hồ sơ", C, code=_TN),
    _so("gồm 5.216 hồ sơ", "5.216", 5216, "hồ sơ", C, code=ANY),
    _so("và 626 hồ sơ", "626", 626, "hồ sơ", C, code=ANY),
    _so("tăng 46,97%", "46,97%", 46.97, "%", CH, code=ANY),
    _so("(3.975 hồ sơ)", "3.975", 3975, "hồ sơ", PR, as_of=_Q2_2025, code=_TN),
    _so("là 4.718 hồ sơ", "4.718", 4718, "hồ sơ", C, code=_NOP),
    _so("chiếm 90,45%", "90,45%", 90.45, "%", code=_NOP),
    _so("Đã giải quyết 5.104", "5.104", 5104, "hồ sơ", C, code=ANY),
    _so("đúng hạn 4.987", "4.987", 4987, "hồ sơ", C, code=_DH),
    _so("(đạt 97,71%)", "97,71%", 97.71, "%", code=_DH),
    _so("quá hạn 117", "117", 117, "hồ sơ", C, code=_QH),
    _so("giải quyết 738 hồ sơ", "738", 738, "hồ sơ", C, code=ANY),
    F("đất đai (98 hồ sơ)", "98", 98, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    # Markdown table by procedure group, "Tổng cộng" row (= the Sở)
    *_row_371(ANY, "3.126", "2.418", "2.684", "98", "96,35", "| 2 | Môi trường"),
    *_row_371(ANY, "412", "398", "367", "6", "98,37", "| 3 | Tài nguyên"),
    *_row_371(ANY, "186", "179", "158", "0", "100", "| 4 | Trồng trọt"),
    *_row_371(ANY, "964", "912", "921", "5", "99,46", "| 5 | Thủy sản"),
    *_row_371(ANY, "708", "487", "652", "6", "99,08", "| 6 | Chăn nuôi"),
    *_row_371(ANY, "327", "221", "219", "0", "100", "| 7 | Lâm nghiệp"),
    *_row_371(ANY, "119", "103", "103", "2", "98,06", "| | Tổng cộng"),
    *_row_371(_SNN, "5.842", "4.718", "5.104", "117", "97,71", "\nRiêng thủ tục"),
    F("tiếp nhận 612 hồ sơ", "612", 612, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("hồ sơ, 100% nộp", "100%", 100, "%", subject=ANY, level="tỉnh", code=ANY),
    # I.3
    _so("Sở đạt 68,24%", "68,24%", 68.24, "%", code=_TT),
    _so("2025: 61,37%)", "61,37%", 61.37, "%", PR, as_of=_Q2_2025, code=_TT),
    _so("tăng 6,87%", "6,87%", 6.87, "%", CH, code=_TT),
    _so("TTHC đạt 95,12%", "95,12%", 95.12, "%", code=_SH),
    _so("điện tử đạt 93,08%", "93,08%", 93.08, "%", code=_KQ),
    _so("đạt 47,35%", "47,35%", 47.35, "%", code=_TSD, target=60, stated_status="chưa đạt"),
    _so("năm 2025 là 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TSD),
    # I.4 bare parts by channel ("Tổng đài 1022" is a name)
    _so("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _so("1022: 05", "05", 5, "PAKN", C, code=ANY),
    _so("quốc gia: 04)", "04", 4, "PAKN", C, code=ANY),
    _so("xử lý 08 PAKN", "08", 8, "PAKN", C, code=_PAKN_XL),
    _so("đạt 88,89%", "88,89%", 88.89, "%", code=_PAKN_TL),
    _so("01 PAKN đang", "01", 1, "PAKN", C, code=ANY),
    _so("Sở đạt 97,46%", "97,46%", 97.46, "%", code=_HL),
    # I.5 rank among the province's agencies; quý II năm 2025 dated 2025-06-30
    _so("Sở đạt 86,72", "86,72", 86.72, "điểm", code=_TONG),
    _so("thứ 11/18", "11/18", 11, "hạng", R, max_value=18, code=_HANG),
    _so("tăng 3,57 điểm", "3,57", 3.57, "điểm", CH, code=_TONG),
    _so("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    _so("(83,15 điểm", "83,15", 83.15, "điểm", PR, as_of=_Q2_2025, code=_TONG),
    _so("thứ 15/18)", "15/18", 15, "hạng", PR, max_value=18, as_of=_Q2_2025, code=_HANG),
    F("là 87,04 điểm", "87,04", 87.04, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    # II.3 the Sở's target in quý IV/2025 (0290.3831.254 is a phone number, "số 76" an address)
    _so("tối thiểu 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TSD),
]

# ------------------------------------------------------------ 372: Cục Chuyển đổi số quốc gia, quý I năm 2025
_Q4_2024 = "2024-12-31"
_HY = "tỉnh Hưng Yên"
_REGION = {"subject": ANY, "level": ANY}


def _row_372(province: str, online: str, paid: str, score: str, rank: str, after: str) -> list[Fact]:
    """One Markdown row of a province: online share, payment share, 766 score (no max), rank `n/63`."""
    cells = [(online, "%", P, _NOP, "period"), (paid, "%", P, _TT, "period"),
             (score, "điểm", P, _TONG, "period"), (rank, "hạng", R, _HANG, "period")]
    return _cells(province, "tỉnh", cells, after, " | ", " |\n")


def _hy(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the paragraph on tỉnh Hưng Yên."""
    return F(context, raw, value, unit, kind, subject=_HY, level="tỉnh", **kw)


BLIND_372 = [
    # I. the region (57-NQ/TW of 22/12/2024 and 06/QĐ-TTg of 06/01/2022 cited)
    F("tiếp nhận 3.912.540", "3.912.540", 3912540, "hồ sơ", C, code=_TN, **_REGION),
    F("trong đó 2.748.862", "2.748.862", 2748862, "hồ sơ", C, code=_NOP, **_REGION),
    F("chiếm 70,26%", "70,26%", 70.26, "%", code=_NOP, **_REGION),
    F("(56,84%)", "56,84%", 56.84, "%", subject="cả nước", level=None, code=_NOP),
    F("Có 04/11", "04/11", 4, "tỉnh", C, max_value=11, subject=ANY, level="tỉnh", code=None),
    F("Ninh (82,57%)", "82,57%", 82.57, "%", subject="Quảng Ninh", level="tỉnh", code=_NOP),
    F("Nam (51,24%)", "51,24%", 51.24, "%", subject="Hà Nam", level="tỉnh", code=_NOP),
    F("vùng đạt 49,56%", "49,56%", 49.56, "%", code=_TT, target=60, stated_status="chưa đạt", **_REGION),
    F("năm 2025 là 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT, **_REGION),
    F("vùng đạt 83,99 điểm", "83,99", 83.99, "điểm", code=_TONG, **_REGION),
    F("08/11 tỉnh", "08/11", 8, "tỉnh", C, max_value=11, subject=ANY, level="tỉnh", code=None),
    F("(82,15 điểm)", "82,15", 82.15, "điểm", subject="cả nước", level=None, code=_TONG),
    # Markdown table of the 11 provinces ("Điểm Bộ chỉ số 766": no figure in the header)
    *_row_372("Hà Nội", "74,82", "49,36", "85,47", "14/63", "| 2 | Hải Phòng"),
    *_row_372("Hải Phòng", "69,15", "51,08", "84,92", "17/63", "| 3 | Quảng Ninh"),
    *_row_372("Quảng Ninh", "82,57", "63,74", "90,18", "2/63", "| 4 | Vĩnh Phúc"),
    *_row_372("Vĩnh Phúc", "65,33", "44,87", "83,06", "25/63", "| 5 | Bắc Ninh"),
    *_row_372("Bắc Ninh", "70,41", "55,12", "86,35", "11/63", "| 6 | Hải Dương"),
    *_row_372("Hải Dương", "63,29", "47,90", "82,74", "28/63", "| 7 | Hưng Yên"),
    *_row_372("Hưng Yên", "71,38", "52,84", "87,15", "8/63", "| 8 | Thái Bình"),
    *_row_372("Thái Bình", "58,76", "41,25", "80,93", "36/63", "| 9 | Hà Nam"),
    *_row_372("Hà Nam", "51,24", "38,16", "78,42", "47/63", "| 10 | Nam Định"),
    *_row_372("Nam Định", "56,07", "40,58", "79,61", "41/63", "| 11 | Ninh Bình"),
    *_row_372("Ninh Bình", "67,84", "50,22", "85,03", "16/63", "\nII. MỘT SỐ"),
    # II.1 tỉnh Hưng Yên; quý IV năm 2024 dated 2024-12-31
    _hy("tiếp nhận 214.635", "214.635", 214635, "hồ sơ", C, code=_TN),
    _hy("trực tuyến 153.207", "153.207", 153207, "hồ sơ", C, code=_NOP),
    _hy("đạt 71,38%", "71,38%", 71.38, "%", code=_NOP),
    _hy("tăng 5,26%", "5,26%", 5.26, "%", CH, code=_NOP),
    _hy("(66,12%)", "66,12%", 66.12, "%", PR, as_of=_Q4_2024, code=_NOP),
    _hy("đạt 52,84%", "52,84%", 52.84, "%", code=_TT),
    _hy("đạt 87,15/100", "87,15/100", 87.15, "điểm", max_value=100, code=_TONG),
    _hy("thứ 8/63,", "8/63", 8, "hạng", R, max_value=63, code=_HANG),
    _hy("tăng 6 bậc", "6", 6, "hạng", CH, code=_HANG),
    _hy("(thứ 14/63)", "14/63", 14, "hạng", PR, max_value=63, as_of=_Q4_2024, code=_HANG),
    _hy("cung cấp 1.126 TTHC", "1.126", 1126, "TTHC", C, code=_TOAN),
    _hy("; 100% TTHC", "100%", 100, "%", code=ANY),
    # II.2 (024.3943.7712 is a phone number, "số 18 Nguyễn Du" an address)
    F("giảm 3 bậc", "3", -3, "hạng", CH, subject="tỉnh Hà Nam", level="tỉnh", code=_HANG),
    F("mới đạt 38,16%", "38,16%", 38.16, "%", subject="tỉnh Hà Nam", level="tỉnh", code=_TT),
    F("còn 2.318 hồ sơ", "2.318", 2318, "hồ sơ", C, subject="tỉnh Nam Định", level="tỉnh", code=ANY),
]

# ------------------------------------------------------------ 373: UBND xã Chợ Rã (Thái Nguyên), Kế hoạch năm 2026
_CR = "UBND xã Chợ Rã"
_CENTRE = {"subject": ANY, "level": "xã"}


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the commune itself (subject the issuer, level xã)."""
    kw.setdefault("as_of", _Y2025)
    return F(context, raw, value, unit, kind, subject=_CR, level="xã", **kw)


def _task_target(context: str, raw: str, value: float, unit: str, as_of: str, code: object) -> Fact:
    """A target cell of the task table, dated at its row's deadline."""
    return F(context, raw, value, unit, T, subject=ANY, level="xã", as_of=as_of, code=code, extra=TAB)


BLIND_373 = [
    # II. results of 2025 (12/KH-UBND of 05/01/2026 cited; "01/7/2025", "31/12/2025" are dates)
    F("tiếp nhận 3.126", "3.126", 3126, "hồ sơ", C, as_of=_Y2025, code=_TN, **_CENTRE),
    F("(quý III/2025: 1.412", "1.412", 1412, "hồ sơ", C, as_of="2025-09-30", code=_TN, **_CENTRE),
    F("quý IV/2025: 1.714", "1.714", 1714, "hồ sơ", C, as_of=_Y2025, code=_TN, **_CENTRE),
    F("trực tuyến 2.381", "2.381", 2381, "hồ sơ", C, as_of=_Y2025, code=_NOP, **_CENTRE),
    F("đạt 76,17%", "76,17%", 76.17, "%", as_of=_Y2025, code=_NOP, target=70, stated_status="đạt", **_CENTRE),
    F("năm 2025 là 70%", "70%", 70, "%", T, as_of=_Y2025, code=_NOP, **_CENTRE),
    F("hộ tịch 1.186", "1.186", 1186, "hồ sơ", C, as_of=_Y2025, code=_TN, **_CENTRE),
    F("chứng thực 912", "912", 912, "hồ sơ", C, as_of=_Y2025, code=_TN, **_CENTRE),
    F("đất đai 426", "426", 426, "hồ sơ", C, as_of=_Y2025, code=_TN, **_CENTRE),
    F("xã hội 318", "318", 318, "hồ sơ", C, as_of=_Y2025, code=_TN, **_CENTRE),
    F("khác 284", "284", 284, "hồ sơ", C, as_of=_Y2025, code=_TN, **_CENTRE),
    F("có 512 hồ sơ", "512", 512, "hồ sơ", C, as_of=_Y2025, code=_CT, **_CENTRE),
    F("chiếm 56,14%", "56,14%", 56.14, "%", as_of=_Y2025, code=_CT, **_CENTRE),
    _xa("giải quyết 3.068", "3.068", 3068, "hồ sơ", C, code=ANY),
    _xa("đúng hạn 3.041", "3.041", 3041, "hồ sơ", C, code=_DH),
    _xa("đạt 99,12%", "99,12%", 99.12, "%", code=_DH),
    _xa("quá hạn 27", "27", 27, "hồ sơ", C, code=_QH),
    _xa("trung bình 1,8", "1,8", 1.8, "ngày", code=_TIME),
    _xa("đạt 58,40%", "58,40%", 58.40, "%", code=_TT),
    _xa("TTHC đạt 96,05%", "96,05%", 96.05, "%", code=_SH),
    _xa("có 14.862", "14.862", 14862, "tài khoản", C, code=_TK),
    _xa("tiếp nhận 06 phản ánh", "06", 6, "PAKN", C, code=_PAKN_TN),
    _xa("xong 06/06", "06/06", 6, "PAKN", C, max_value=6, code=_PAKN_XL),
    _xa("đạt 97,20%", "97,20%", 97.20, "%", code=_HL),
    _xa("đạt 84,63 điểm", "84,63", 84.63, "điểm", code=_TONG),
    _xa("thứ 27/92", "27/92", 27, "hạng", R, max_value=92, code=_HANG),
    # III. the commune's targets for 2026 (= the plan's period end)
    _xa("tối thiểu 85%", "85%", 85, "%", T, as_of="period", code=_NOP),
    _xa("tối thiểu 75%", "75%", 75, "%", T, as_of="period", code=_TT),
    _xa("trên 99,5%", "99,5%", 99.5, "%", T, as_of="period", code=_DH),
    _xa("từ 95%", "95%", 95, "%", T, as_of="period", code=_HL),
    _xa("từ 88 điểm", "88", 88, "điểm", T, as_of="period", code=_TONG),
    # IV. tab-separated task table: target cells dated at their row's deadline; "Thường xuyên" = period end
    _task_target("\t100%\tVăn phòng HĐND và UBND xã\tTrước", "100%", 100, "%", "2026-01-31", ANY),
    _task_target("\t80%\t", "80%", 80, "%", "2026-06-30", _NOP),
    _task_target("\t70%\t", "70%", 70, "%", "2026-09-30", _TT),
    _task_target("\t100%\tTrung tâm", "100%", 100, "%", "2026-06-30", _SH),
    _task_target("\t18.500 tài khoản\t", "18.500", 18500, "tài khoản", "2026-09-30", _TK),
    _task_target("\t24 buổi\t", "24", 24, "buổi", "period", ANY),
]

# ------------------------------------------------------------ 374: UBND tỉnh Bà Rịa - Vũng Tàu, 5 tháng đầu năm 2025
_SNN_374 = "Sở Nông nghiệp và Môi trường"


def _district_374(name: str, share: str) -> Fact:
    """A district-level unit's online share in the list after "cấp huyện:"."""
    return F(f"{name} {share}%", f"{share}%", _num(share), "%", subject=name, level="huyện", code=_NOP)


BLIND_374 = [
    # I.1 ("Ngày 09/6/2025" is the meeting date; "5 tháng" a period)
    F("tiếp nhận 286.415", "286.415", 286415, "hồ sơ", C, code=_TN),
    F("trực tuyến 214.726", "214.726", 214726, "hồ sơ", C, code=_NOP),
    F("đạt 74,97%", "74,97%", 74.97, "%", code=_NOP),
    F("giải quyết 271.308", "271.308", 271308, "hồ sơ", C, code=ANY),
    F("đúng hạn 268.902", "268.902", 268902, "hồ sơ", C, code=_DH),
    F("(đạt 99,11%)", "99,11%", 99.11, "%", code=_DH),
    F("quá hạn 2.406", "2.406", 2406, "hồ sơ", C, code=_QH),
    F("còn 1.126 hồ sơ", "1.126", 1126, "hồ sơ", C, subject=_SNN_374, level="tỉnh", code=_QH),
    F("chiếm 46,80%", "46,80%", 46.80, "%", subject=_SNN_374, level="tỉnh", code=ANY),
    F("có 412 hồ sơ", "412", 412, "hồ sơ", C, subject="Chi nhánh Văn phòng Đăng ký đất đai thành phố Vũng Tàu",
      level="huyện", code=_QH),
    _district_374("thành phố Vũng Tàu", "78,45"),
    _district_374("thành phố Bà Rịa", "76,12"),
    _district_374("thị xã Phú Mỹ", "72,86"),
    _district_374("huyện Châu Đức", "68,30"),
    _district_374("huyện Xuyên Mộc", "65,74"),
    _district_374("huyện Côn Đảo", "58,19"),
    F("tỉnh đạt 54,28%", "54,28%", 54.28, "%", code=_TT, target=60, stated_status="chưa đạt"),
    F("năm 2025 là 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
    F("tiếp nhận 37 phản ánh", "37", 37, "PAKN", C, code=_PAKN_TN),
    F("xử lý 35 PAKN", "35", 35, "PAKN", C, code=_PAKN_XL),
    F("(đạt 94,59%)", "94,59%", 94.59, "%", code=_PAKN_TL),
    # I.2 ("Tính đến ngày 31/5/2025" is the period end); 31/12/2024 dated 2024-12-31
    F("đạt 86,94/100", "86,94/100", 86.94, "điểm", max_value=100, code=_TONG),
    F("thứ 12/63", "12/63", 12, "hạng", R, max_value=63, code=_HANG),
    F("tăng 2,18 điểm", "2,18", 2.18, "điểm", CH, code=_TONG),
    F("tăng 7 bậc", "7", 7, "hạng", CH, code=_HANG),
    F("(84,76 điểm", "84,76", 84.76, "điểm", PR, max_value=100, as_of=_Y2024, code=_TONG),
    F("thứ 19/63)", "19/63", 19, "hạng", PR, max_value=63, as_of=_Y2024, code=_HANG),
    # the six groups after "tương ứng là", in the order named
    F("là 17,62/18", "17,62/18", 17.62, "điểm", max_value=18, code="766.cong_khai"),
    F("; 19,48/20", "19,48/20", 19.48, "điểm", max_value=20, code="766.tien_do"),
    F("; 10,85/12", "10,85/12", 10.85, "điểm", max_value=12, code="766.dvctt"),
    F("; 6,94/10", "6,94/10", 6.94, "điểm", max_value=10, code="766.thanh_toan"),
    F("; 17,86/18", "17,86/18", 17.86, "điểm", max_value=18, code="766.hai_long"),
    F("và 14,19/22", "14,19/22", 14.19, "điểm", max_value=22, code="766.so_hoa"),
    # block averages, counts by grade, best and worst units
    F("đạt 88,12 điểm", "88,12", 88.12, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("đạt 84,37 điểm", "84,37", 84.37, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("đạt 81,05 điểm", "81,05", 81.05, "điểm", subject=ANY, level="xã", code=_TONG),
    F("Có 15/21", "15/21", 15, "đơn vị", C, max_value=21, subject=ANY, level="tỉnh", code=None),
    F("05 cơ quan", "05", 5, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("01 cơ quan", "01", 1, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("(94,26 điểm)", "94,26", 94.26, "điểm", subject="Sở Tư pháp", level="tỉnh", code=_TONG),
    F("(93,81 điểm)", "93,81", 93.81, "điểm", subject="Sở Công Thương", level="tỉnh", code=_TONG),
    F("(79,14 điểm)", "79,14", 79.14, "điểm", subject=_SNN_374, level="tỉnh", code=_TONG),
    F("(87,56 điểm)", "87,56", 87.56, "điểm", subject="thành phố Vũng Tàu", level="huyện", code=_TONG),
    F("(78,63 điểm)", "78,63", 78.63, "điểm", subject="huyện Côn Đảo", level="huyện", code=_TONG),
    # II.2 the province's target in quý II/2025 (0254.3852.178 is a phone number)
    F("tối thiểu 60%", "60%", 60, "%", T, as_of="2025-06-30", code=_TT),
]

BLIND = {"370": BLIND_370, "371": BLIND_371, "372": BLIND_372, "373": BLIND_373, "374": BLIND_374}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "370": [
        ("2026-03-31", "quarter", "quý I/2026", "ban hành kế hoạch vận động Nhân dân",
         "Ban Dân vận các Đảng ủy xã, phường"),
        ("2026-03-31", "day", "31/3/2026", "tập huấn kỹ năng số", "Hội Nông dân tỉnh"),
        ("2026-06-15", "day", "ngày 15 tháng 6 năm 2026", "sơ kết mô hình", "Ban Dân vận Tỉnh ủy"),
        ("2026-07-31", "month", "tháng 7/2026", "hỗ trợ người dân thanh toán trực tuyến", "Tỉnh đoàn"),
        ("2026-12-31", "year", "năm 2026", "tỷ lệ hồ sơ thanh toán trực tuyến",
         "Ủy ban MTTQ Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh"),
        # issued 18/12/2025: the first "ngày 25 hằng tháng" is 25/12/2025
        ("2025-12-25", "recurring", "25 hằng tháng", "báo cáo kết quả thực hiện",
         "Ban Dân vận các Đảng ủy xã, phường"),
    ],
    "371": [
        ("2025-10-31", "day", "31/10/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Văn phòng Đăng ký đất đai"),
        ("2025-11-30", "month", "tháng 11/2025", "đồng bộ dữ liệu cấp phép",
         "Chi cục Trồng trọt và Bảo vệ thực vật"),
        ("2025-12-31", "quarter", "quý IV/2025", "sử dụng lại thông tin, dữ liệu số hóa", "Văn phòng Sở"),
        ("2025-11-20", "day", "ngày 20 tháng 11 năm 2025", "chuẩn hóa quy trình nội bộ",
         "Phòng Quản lý đất đai"),
        # issued 06/10/2025: the first "ngày 10 hằng tháng" is 10/10/2025
        ("2025-10-10", "recurring", "10 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "372": [
        ("2025-05-30", "day", "30/5/2025", "nâng cao tỷ lệ hồ sơ trực tuyến",
         "UBND tỉnh Hà Nam, UBND tỉnh Nam Định, UBND tỉnh Thái Bình"),
        ("2025-06-30", "quarter", "quý II/2025", "tích hợp thanh toán trực tuyến",
         "UBND các tỉnh, thành phố vùng đồng bằng sông Hồng"),
        ("2025-05-15", "day", "ngày 15 tháng 5 năm 2025", "công cụ giám sát đồng bộ dữ liệu", "Phòng Chính phủ số"),
        ("2025-06-30", "month", "tháng 6/2025", "kiểm tra trực tiếp", "Cục Chuyển đổi số quốc gia"),
        # issued 14/4/2025: the first "ngày 05 hằng tháng" is 05/5/2025
        ("2025-05-05", "recurring", "05 hằng tháng", "cập nhật số liệu dịch vụ công trực tuyến",
         "Sở Khoa học và Công nghệ các tỉnh, thành phố"),
    ],
    "373": [
        # the task table: task | target | assignee (Đơn vị chủ trì) | deadline; row 6 "Thường xuyên" has none
        ("2026-01-31", "day", "31/01/2026", "công khai đầy đủ danh mục TTHC cấp xã", "Văn phòng HĐND và UBND xã"),
        ("2026-06-30", "quarter", "Quý II/2026", "nộp hồ sơ trực tuyến", "Trung tâm Phục vụ hành chính công xã"),
        ("2026-09-30", "month", "Tháng 9/2026", "thanh toán trực tuyến phí, lệ phí", "Phòng Kinh tế"),
        ("2026-06-30", "day", "30/6/2026", "Số hóa hồ sơ, kết quả giải quyết TTHC còn hiệu lực",
         "Trung tâm Phục vụ hành chính công xã"),
        ("2026-09-30", "quarter", "Quý III/2026", "Kích hoạt tài khoản định danh điện tử", "Công an xã"),
        # issued 08/01/2026: the first "Ngày 20 hằng tháng" is 20/01/2026
        ("2026-01-20", "recurring", "20 hằng tháng", "Báo cáo kết quả thực hiện Kế hoạch",
         "Các phòng, đơn vị thuộc UBND xã"),
        # V. tổ chức thực hiện (prose)
        ("2026-12-15", "day", "ngày 15 tháng 12 năm 2026", "kết quả thực hiện Kế hoạch năm 2026",
         "Văn phòng HĐND và UBND xã"),
    ],
    "374": [
        ("2025-06-20", "day", "20/6/2025", "giải quyết dứt điểm hồ sơ đất đai quá hạn",
         "Sở Nông nghiệp và Môi trường"),
        ("2025-06-30", "quarter", "quý II/2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-06-25", "day", "ngày 25 tháng 6 năm 2025", "nâng cấp Hệ thống thông tin giải quyết TTHC",
         "Sở Khoa học và Công nghệ"),
        ("2025-06-30", "month", "tháng 6/2025", "khảo sát sự hài lòng", "Sở Nội vụ"),
        ("2025-06-27", "day", "27/6/2025", "khắc phục các chỉ tiêu bị trừ điểm", "UBND huyện Côn Đảo"),
        # issued 12/6/2025: the first "ngày 25 hằng tháng" is 25/6/2025
        ("2025-06-25", "recurring", "25 hằng tháng", "báo cáo tiến độ thực hiện",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 370's issuer is a Party body (Ban Dân vận Tỉnh ủy Hà Tĩnh), its number in the Party form "214-BC/BDVTU";
# 371's issuer is Sở Nông nghiệp và Môi trường under "UBND TỈNH CÀ MAU"; 372's issuer is a ministry's Cục, and
# its "province" is left out (see the module docstring); 373's issuer is UBND xã Chợ Rã, a Kế hoạch whose period
# is the plan's year; 374's issuer is UBND tỉnh Bà Rịa - Vũng Tàu, a Thông báo whose period "5 tháng đầu năm
# 2025" is in its title.
META = {
    "370": {"doc_number": "214-BC/BDVTU", "doc_type": "Báo cáo", "issued_date": "2025-12-18",
            "province": "Hà Tĩnh", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Nguyễn Thị Thanh Hương"},
    "371": {"doc_number": "2146/BC-SNNMT", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Cà Mau", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Huỳnh Quốc Việt"},
    "372": {"doc_number": "318/BC-CĐSQG", "doc_type": "Báo cáo", "issued_date": "2025-04-14",
            "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Lê Quang Minh"},
    "373": {"doc_number": "08/KH-UBND", "doc_type": "Kế hoạch", "issued_date": "2026-01-08",
            "province": "Thái Nguyên", "period_label": "năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-12-31", "signer": "Hoàng Văn Thắng"},
    "374": {"doc_number": "187/TB-UBND", "doc_type": "Thông báo", "issued_date": "2025-06-12",
            "province": "Bà Rịa - Vũng Tàu", "period_label": "5 tháng đầu năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-05-31", "signer": "Trần Thị Ngọc Hân"},
}
