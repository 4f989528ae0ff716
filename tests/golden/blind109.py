"""Blind golden facts for corpus/blind109/620_thanh_hoa.txt, 621_ha_tinh.txt, 622_hue.txt, 623_khanh_hoa.txt and
624_lam_dong.txt.

The five documents were written by the developers for a hundred-and-ninth blind measurement (the two-level local
government after 1 July 2025 seen from below: a new xã's own monthly report by its UBND, a Đảng ủy xã's report on CCHC,
a phường of a centrally-run city with a table per tổ dân phố, a xã's plan for the next quarter with its tasks per bộ
phận, a Thường trực HĐND xã's supervision report; provinces little used in recent sets: Thanh Hóa, Hà Tĩnh, Huế, Khánh
Hòa, Lâm Đồng; periods tháng 10 năm 2025, 6 tháng cuối năm 2025, quý I năm 2026, quý II năm 2026 and 6 tháng cuối năm
2025; not real documents), and every row below was written by reading them, before any extraction, restoration or
pipeline code was run on them. They also serve as held-out text for diacritic restoration (marks stripped, restored,
compared with the file).

Same structure and conventions as golden/blind108.py, blind107.py, blind106.py, blind105.py, blind16.py and blind13.py:
rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it).
Prose and list counts are kind `count`; table cells are kind `value` even when they count, with `extra={"source":
"table"}`; `as_of="period"` is the period's end; a table column dated before the period end keeps kind `value` with
that date as `as_of`; a change is dated with the figure it changes and a fall ("rút ngắn") is negative; a change in
"điểm phần trăm" is kind change in `%` with the share's code. `ANY` leaves a field unchecked where the sentence names no
catalogued indicator (`None` where it clearly names none: counts of villages, residential groups, counters, staff,
Party cells, documents, members, machines). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" the unit
`PAKN`; a count of the files (or PAKN) an indicator is computed on carries that indicator's code; every "đã giải quyết"
count, files by field, pending files, parts by channel and changes of counts have their code unchecked. A commune's
own figures in its UBND's report ("UBND xã …", "của xã", sentences naming no body) are its UBND named in full ("UBND xã
Hoằng Tiến", "UBND phường Kim Long", "UBND xã Diên Điền"), level xã, as golden/blind97.py's 564 and blind92.py's 536;
its people, households, villages and accounts ("xã có 24 thôn", "Trên địa bàn phường", "Toàn xã đã kích hoạt") subject
unchecked, level xã; its Trung tâm Phục vụ hành chính công named in full keeps the name as written, named by its kind
("tại Trung tâm", "Trung tâm Phục vụ hành chính công phường bố trí") subject unchecked, level xã (as 536); reception
points as written ("điểm tiếp nhận Hoằng Hải", "Điểm tiếp nhận Diên Phú"), level xã, with the received code. The
province's ranking of its communes names the commune without "UBND" ("xã Hoằng Tiến đạt 83,46/100 điểm"): kept as
written, level xã (as 564). The province's or the city's own result ("tỉnh Thanh Hóa đạt …", "Thành phố Huế đạt …")
has subject NULL. Villages and residential groups named in a table or a sentence keep their name as written, level
unchecked (as 536's ấp); counts of them take the noun as written (`thôn`, `tổ dân phố`; "33/33 thôn, tổ dân phố" →
`thôn`, the first unit word). Things counted take the noun as written (`quầy`, `công chức`, `điểm tiếp nhận`, `hộ`,
`nhân khẩu`, `công dân`, `thành viên`, `bản`, `lượt`, `máy quét`, `nghị quyết`, `kế hoạch`, `công văn`, `đảng viên`,
`đồng chí`, `chi bộ`, `người`, `người dân`, `tổ`, `ki-ốt`); money keeps the unit written (`triệu đồng`, code
unchecked). Numbers written in words are no figures (the days of "ngày hai mươi lăm tháng 11", "ngày ba mươi mốt tháng
3", "ngày ba mươi tháng 5", "ngày hai mươi tám tháng 6", "ngày hai mươi tám tháng 02"; "Ba tổ dân phố", "ba phường
cũ"). Dates, document numbers and cited texts ("Số: 412/BC-UBND", "Số 38-BC/ĐU", "Kế hoạch số 12-KH/ĐU", "Kế hoạch số
214/KH-UBND", "Công văn số 6128/VP-KSTT", "Công văn số 1046/UBND-KSTT", "Kế hoạch số 38/KH-UBND", "Quyết định số
766/QĐ-TTg", "Nghị quyết số 11/NQ-HĐND", "Quyết định số 15/QĐ-HĐND", "Nghị quyết số 08/NQ-HĐND"), "Đại hội Đảng bộ xã
lần thứ I", the term "nhiệm kỳ 2025 - 2030", "giai đoạn 2026 - 2030", "Bộ chỉ số 766", "Đề án 06", the stated windows
("từ ngày 01/10/2025 đến ngày 31/10/2025", "từ ngày 01/7/2025 đến ngày 31/12/2025", "Từ ngày 01/7/2025 …"), "từ ngày
01/7/2025" (the commune's founding), "tính đến ngày 31/10/2025" (the period end), the month labels ("các tháng 7, 8, 9,
10, 11 và 12", "tháng 12/2025" and "tháng 3/2026" as the month of a result, "tháng 9/2025" and "tháng 02/2026" as the
month compared with), the column labels "quý IV/2025", "quý I/2026", an address ("số 86 đường Kim Long"), "thứ Hai",
the STT column, section numbering ("I.", "1.", "Bảng 1."), phone numbers ("0237.3865.214", "0239.3841.526",
"0234.3525.168", "0258.3850.347", "0263.3870.219"), headings naming the next period ("VIII. NHIỆM VỤ THÁNG 11 NĂM
2025", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026", "VI. NHIỆM VỤ QUÝ II NĂM 2026", "III. CHỈ TIÊU QUÝ II NĂM 2026": no
deadlines) and years are not figures.

New in this set (the decisions are written here):
- 620 is a monthly Báo cáo of UBND xã Hoằng Tiến (tỉnh Thanh Hóa; header "UBND TỈNH THANH HÓA / ỦY BAN NHÂN DÂN XÃ
  HOẰNG TIẾN", number "412/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), tháng 10 năm 2025,
  issued 04/11/2025. "Trung tâm Phục vụ hành chính công xã Hoằng Tiến … bố trí 08 quầy giao dịch với 11 công chức,
  viên chức và 01 điểm tiếp nhận" (as written, level xã, code None). Files "(tháng 9/2025: 1.896 hồ sơ), tăng 252 hồ
  sơ, tương ứng tăng 13,29%", "hồ sơ trực tiếp và qua bưu chính 646 hồ sơ" (direct and postal together: code
  unchecked), by reception point and by field, "rút ngắn 0,4 ngày so với tháng 9/2025". NEW: A TARGET GIVEN TO A WHOLE
  LEVEL IN A COMMUNE'S OWN REPORT: "chỉ tiêu UBND tỉnh giao cho cấp xã năm 2025 là 75%, xã chưa đạt chỉ tiêu" — the
  target is every commune's (subject unchecked, level xã, dated 2025-12-31), the commune's 69,45% carries it with
  "chưa đạt". A TAB-SEPARATED TABLE BY VILLAGE of its Tổ công nghệ số cộng đồng (members `thành viên` code None, files
  helped code unchecked, accounts activated in the month and the cumulative activation share with the identity-account
  code): six "Thôn …" rows (subject as written, level unchecked), "Các thôn còn lại" with an empty STT (subject and
  level unchecked) and "Cộng" with an empty STT (the commune's teams together, repeating the prose: subject unchecked,
  level xã, as 536's "các tổ"); the two lowest villages after "lần lượt là" in prose ("thôn Thanh Long", "thôn Trường
  Sơn" as written). The score "tính đến ngày 31/10/2025" (the period end), "tăng 9 bậc so với tháng 9/2025 (xếp thứ
  50/166)" (previous 2025-09-30), two group scores, the communes' average, the province's `84,05/100`, `14/34`. Task 2's
  "của xã đạt tối thiểu 75% trong tháng 12/2025" the commune's target (2025-12-31). Six deadlines: day, month (with the
  target), "chậm nhất" day in words "ngày hai mươi lăm tháng 11 năm 2025", quarter, year in a request "Đề nghị Bưu điện
  tỉnh Thanh Hóa …", "trước ngày 25 hằng tháng" (issued 04/11/2025: first 25/11/2025).
- 621 is NEW: A PARTY COMMITTEE OF A COMMUNE, the Đảng ủy xã Đồng Lộc (tỉnh Hà Tĩnh; header "ĐẢNG BỘ TỈNH HÀ TĨNH /
  ĐẢNG ỦY XÃ ĐỒNG LỘC / *", number in the Party form "38-BC/ĐU", signed "T/M ĐẢNG ỦY / BÍ THƯ"), 6 tháng cuối năm
  2025 (the commune's first half-year, "từ ngày 01/7/2025 đến ngày 31/12/2025"), issued 05/01/2026, no "Kính gửi". The
  Party's own work ("01 nghị quyết", "04 kế hoạch và 07 công văn", "214 đảng viên", "09 đồng chí", "32/32 chi bộ (đạt
  100%)", "05 chi bộ") has subject unchecked (the Ban Chấp hành, the Ban Thường vụ or the Ủy ban Kiểm tra: bodies of
  the issuer), level xã, code None. Sentences naming "UBND xã" are `UBND xã Đồng Lộc` (the commune being the
  document's); sentences naming no body (digitisation, signatures, satisfaction) have subject unchecked, level xã (the
  issuer is not the body that did the work). The old communes' areas "khu vực xã Thượng Lộc cũ 2.912 hồ sơ" subject
  and level unchecked (as 564's). "Riêng quý IV năm 2025, UBND xã tiếp nhận 5.126 hồ sơ, tăng 840 hồ sơ so
  với quý III năm 2025 (4.286 hồ sơ)" — the last quarter ends at the period end (kind count, period), the third quarter
  is a previous value dated 2025-09-30. A TARGET SET BY A PARTY CONGRESS: "so với chỉ tiêu Nghị quyết Đại hội Đảng bộ
  xã lần thứ I … đề ra cho năm 2025 là 70% thì chưa đạt" (target dated 2025-12-31, subject unchecked, level xã; the
  61,24% carries it with "chưa đạt"). "Công an xã Đồng Lộc đã kích hoạt 24.518 tài khoản" named as written. "Còn 06/26
  thôn" (level xã). The commune named in the ranking "xã Đồng Lộc đạt 86,12/100 điểm, xếp thứ 12/69 …, tăng 15 bậc so
  với tháng 9/2025 (xếp thứ 27/69)" (tháng 12/2025 is the period's last month). The targets of 2026 ("tối thiểu 75%",
  "100% thôn", dated 2026-12-31) and task 2's "tối thiểu 70% trong tháng 6/2026" (2026-06-30) are the commune's (subject
  unchecked, level xã); task 3's "06 chi bộ" a count. The sentence "Phấn đấu năm 2026 …" states targets, no deadline.
  Six deadlines: quarter for the Ban Xây dựng Đảng, month, day, "chậm nhất" day in words "ngày ba mươi mốt tháng 3 năm
  2026", year in a request "Đề nghị UBND tỉnh …", "trước ngày 20 hằng tháng" (issued 05/01/2026: first 20/01/2026).
- 622 is a quarterly Báo cáo of UBND phường Kim Long in Huế, a centrally-run city (header "UBND THÀNH PHỐ HUẾ / ỦY BAN
  NHÂN DÂN PHƯỜNG KIM LONG", number "126/BC-UBND"), quý I năm 2026, issued 03/4/2026; ranks among the city's "40 xã,
  phường" and the city's "4/34". "(quý IV năm 2025: 5.486 hồ sơ), tăng 7,77%" (previous 2025-12-31); NEW: "so với cùng
  kỳ năm 2025 (cộng gộp của ba phường cũ: 5.128 hồ sơ) tăng 784 hồ sơ" — a commune's predecessors' sum, dated at the
  same quarter a year before (2025-03-31), the received code, subject unchecked (the three old phường), level xã.
  "chỉ tiêu UBND thành phố giao cho phường năm 2026 là 80%, phường đã đạt chỉ tiêu" (the phường's target 2026-12-31;
  80,41% carries it with "đạt"). A MARKDOWN TABLE PER TỔ DÂN PHỐ (households, online files helped in quý IV/2025 — a
  column dated 2025-12-31 — and in quý I/2026, accounts, activation share): seven "Tổ dân phố …" rows (subject as
  written, level unchecked; "Tổ dân phố Kim Long" is a residential group, not the phường), "Các tổ dân phố còn lại"
  (subject and level unchecked) and "Tổng cộng" with an empty STT (the phường's area, repeating the prose: subject
  unchecked, level xã). The three lowest groups "Long Hồ, Hương Sơ và Trúc Lâm … lần lượt là 86,15%, 84,72% và 82,94%"
  (subject unchecked: the sentence writes "tổ dân phố" once before three names). The phường named in the city's ranking
  `89,24/100`, `6/40` "(quý IV năm 2025: 86,58 điểm, xếp thứ 11/40), tăng 2,66 điểm và tăng 5 bậc" and two group scores
  `x/max`; the blocks' averages (level xã); "Thành phố Huế đạt 87,46/100 điểm, xếp thứ 4/34" the city (subject NULL).
  Task 2's "của phường đạt tối thiểu 78% trong quý II năm 2026" the phường's target (2026-06-30). Six deadlines: day,
  quarter (with the target), "chậm nhất" day in words "ngày ba mươi tháng 5 năm 2026", month, year in a request "Đề
  nghị Sở Khoa học và Công nghệ thành phố …", "trước ngày 22 hằng tháng" (issued 03/4/2026: first 22/4/2026).
- 623 is a KẾ HOẠCH of UBND xã Diên Điền (tỉnh Khánh Hòa; number "56/KH-UBND", issued 02/4/2026) for quý II năm 2026;
  its period is the plan's quarter (2026-04-01 to 2026-06-30, as golden/blind106.py's 607 takes the plan's year). NEW:
  THE RESULTS OF THE QUARTER JUST ENDED INSIDE A PLAN: "II. KẾT QUẢ QUÝ I NĂM 2026" is dated 2026-03-31 (as 607's
  results of 2025): files, "so với quý IV năm 2025 (3.118 hồ sơ) tăng 314 hồ sơ" (previous 2025-12-31), reception points
  in a dash list ("Trụ sở Trung tâm (khu vực xã Diên Điền cũ)" the Centre by its kind: subject unchecked, level xã;
  "Điểm tiếp nhận Diên Phú" as written), overdue parts by field, payment "(quý IV năm 2025: 66,81%), tăng 5,54 điểm phần
  trăm", "Toàn xã đã kích hoạt …" (subject unchecked, level xã), the teams' files, PAKN, satisfaction, the commune's
  score of tháng 3/2026 `84,18/100`, `23/65` "tăng 1,36 điểm so với tháng 02/2026 (82,82 điểm)" (previous 2026-02-28),
  two group scores and the province's `83,92/100`, `17/34`. "III. CHỈ TIÊU QUÝ II NĂM 2026" are the commune's targets at
  the period end ("UBND xã đạt các chỉ tiêu sau": `UBND xã Diên Điền`; "trên 99,5%"; "từ 87 điểm trở lên" in `điểm`
  without a max). A MARKDOWN TASK TABLE "STT | Nhiệm vụ | Bộ phận chủ trì | Bộ phận phối hợp | Thời hạn hoàn thành":
  each row is a deadline whose assignee is the "Bộ phận chủ trì" cell (Văn phòng HĐND và UBND xã, Phòng Kinh tế, Phòng
  Văn hóa - Xã hội, Trung tâm Phục vụ hành chính công xã) and whose date is the last cell ("15/4/2026" day, "Tháng
  5/2026" month, "Quý II/2026" quarter, "30/6/2026" day); the quantities inside the task cells ("318 TTHC", "100% hồ sơ
  đất đai", "14 Tổ", "02 máy quét và 01 ki-ốt", "1.200 tài khoản", "300 người dân") are what the row must deliver: kind
  target dated at the row's own deadline, source table, subject and level unchecked (as 607). "khoảng 186 triệu đồng"
  the plan's money (the hedge out of the raw; subject and level unchecked). Eight deadlines: six table rows, "trước ngày
  25 hằng tháng" (issued 02/4/2026: first 25/4/2026) and "chậm nhất ngày hai mươi tám tháng 6 năm 2026" (day in words).
- 624 is NEW: A SUPERVISION REPORT OF A COMMUNE'S PEOPLE'S COUNCIL, the Thường trực HĐND xã Di Linh (tỉnh Lâm Đồng,
  named only in the opening sentence; header "HỘI ĐỒNG NHÂN DÂN / XÃ DI LINH", number "42/BC-HĐND", signed "TM.
  THƯỜNG TRỰC HĐND / CHỦ TỊCH / K'Vinh"), 6 tháng cuối năm 2025, issued 09/01/2026. The supervision team's own work
  ("kiểm tra ngẫu nhiên 120 hồ sơ", "86 người dân", "04 thôn, tổ dân phố") and its findings ("114 hồ sơ …, chiếm 95%;
  06 hồ sơ", "81 người hài lòng …, đạt 94,19%") have subject unchecked, level xã, codes unchecked (a sample, not the
  766 indicators). Sentences naming "UBND xã" are `UBND xã Di Linh`; sentences naming no body (digitisation) subject
  unchecked, level xã (as 621). MONTHLY COUNTS AFTER "LẦN LƯỢT LÀ": "số hồ sơ tiếp nhận các tháng 7, 8, 9, 10, 11 và
  12 lần lượt là 1.046, 1.128, 1.214, 1.186, 1.242 và 1.318 hồ sơ" — each dated at its month's end (as
  golden/blind105.py's 603), the received code, the issuer's commune (`UBND xã Di Linh`). A TARGET IN THE COUNCIL'S OWN
  RESOLUTION: "so với chỉ tiêu tại Nghị quyết số 08/NQ-HĐND … của HĐND xã là 65% thì UBND xã đã đạt chỉ tiêu" (target
  at the period end, subject unchecked, level xã; the 67,18% carries it with "đạt"). "324/324 TTHC" one count; "33/33
  thôn, tổ dân phố" `thôn`. The commune named in the ranking `81,74/100`, `58/124` (tháng 12/2025 = the period's last
  month). Recommendation 1's "21 hồ sơ" and 5's "02 máy quét" counts (subject and level unchecked); 2's "của xã đạt tối
  thiểu 70% trong quý I năm 2026" the commune's target (subject unchecked, level xã, 2026-03-31). Six deadlines: day,
  quarter (with the target), "chậm nhất" day in words "ngày hai mươi tám tháng 02 năm 2026", month, year in a request
  "Đề nghị UBND tỉnh Lâm Đồng …", "trước ngày 10 hằng tháng" (issued 09/01/2026: first 10/01/2026).

Unsure readings (fields left `ANY`): the subject of figures naming no body in the reports of a Đảng ủy and a HĐND
(621, 624: the commune's UBND, or the commune as a whole); the Party's own bodies in 621; the subject of the two lower
names in 622's "tổ dân phố Long Hồ, Hương Sơ và Trúc Lâm"; the level of villages and residential groups (below a
commune, as 536); the subject of the predecessors' sum in 622; the "Cộng"/"Tổng cộng" rows of the village tables (the
commune's teams or its area). In 620 the target "giao cho cấp xã" is read as every commune's, not the issuer's (as
golden/blind108.py's 619 "cấp xã chưa đạt chỉ tiêu"), while "giao cho phường" in 622 is the phường's (as 564).
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
_TONG = "766.tong_hop"
_HANG = "766.xep_hang"
_TTHC = "tthc.tong_so"
_TIME = "766.tien_do.thoi_gian"
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_TL = "pakn.ty_le_xu_ly"
_SEP_2025 = "2025-09-30"
_Y2025 = "2025-12-31"
_MAR_2026 = "2026-03-31"
_JUN_2026 = "2026-06-30"
_Y2026 = "2026-12-31"
_OPEN = {"subject": ANY, "level": ANY}
_IN_XA = {"subject": ANY, "level": "xã"}

# A numeric cell: (raw, unit, code, as_of).
Cell = tuple[str, str, object, str]


def _cells(line: str, sep: str, after: str, subject: object, level: object, cells: list[Cell]) -> list[Fact]:
    """The numeric cells of one table row written as `line`, left to right. A cell's context is the separator before
    it, the rest of its row and the start of the next line (`after`), so that it occurs once and the raw text is found
    first at the cell itself."""
    facts, at = [], 0
    for raw, unit, code, as_of in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw), unit, P, subject=subject, level=level, as_of=as_of,
                       code=code, extra=TAB))
        at += len(sep)
    return facts


def _find_cell(line: str, sep: str, raw: str, start: int) -> int:
    """Where the separator before the cell `raw` begins in a table row (the cell ends at the next separator, at the
    row's closing " |", or at the end of the line)."""
    at = line.find(sep + raw, start)
    while at != -1:
        rest = line[at + len(sep) + len(raw):]
        if rest.startswith(sep) or rest in ("", " |"):
            return at
        at = line.find(sep + raw, at + 1)
    raise ValueError(f"no cell {raw!r} in {line!r}")


def _by(subject: str, level: str, as_of: str = "period"):
    """A row maker for one body's own figures (subject, level and date fixed unless given)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        kw.setdefault("as_of", as_of)
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


def _named(name: str, as_of: str = "period"):
    """A row maker for a commune as the province's ranking names it (without "UBND"), level xã."""
    return _by(name, "xã", as_of)


# ------------------------------------------------------------ 620: UBND xã Hoằng Tiến (Thanh Hóa), tháng 10 năm 2025
_HT = "UBND xã Hoằng Tiến"
_ht = _by(_HT, "xã")
_TTX_620 = "Trung tâm Phục vụ hành chính công xã Hoằng Tiến"
_ht_named = _named("xã Hoằng Tiến")

_VILLAGES_620 = [
    ("1", "Thôn Trường Thịnh", "9 86 34 91,24"),
    ("2", "Thôn Hải Tiến", "8 72 28 89,06"),
    ("3", "Thôn Thanh Xuân", "7 64 22 88,15"),
    ("4", "Thôn Hải Phú", "7 58 25 87,40"),
    ("5", "Thôn Trường Sơn", "6 38 19 78,62"),
    ("6", "Thôn Thanh Long", "6 31 17 76,08"),
    ("", "Các thôn còn lại", "125 697 267 86,52"),
    ("", "Cộng", "168 1.046 412 86,75"),
]


def _table_620() -> list[Fact]:
    """The tab-separated table by village: members (code None), files helped (unchecked), accounts activated in the
    month and the cumulative activation share (identity-account code). A village as written, level unchecked; "Các thôn
    còn lại" unchecked; "Cộng" the commune's teams (subject unchecked, level xã)."""
    facts = []
    for i, (stt, name, raws) in enumerate(_VILLAGES_620):
        members, files, accounts, share = raws.split()
        line = "\t".join([stt, name, members, files, accounts, share])
        if i + 1 < len(_VILLAGES_620):
            after = "\t".join(_VILLAGES_620[i + 1][:2])
        else:
            after = "\nThôn Thanh Long và"
        if name.startswith("Thôn"):
            subject, level = name, ANY
        elif name == "Cộng":
            subject, level = ANY, "xã"
        else:
            subject, level = ANY, ANY
        facts += _cells(line, "\t", after, subject, level, [
            (members, "thành viên", None, "period"), (files, "hồ sơ", ANY, "period"),
            (accounts, "tài khoản", _TK, "period"), (share, "%", _TK, "period")])
    return facts


BLIND_620 = [
    # I. (214/KH-UBND, 6128/VP-KSTT cited; the window and "từ ngày 01/7/2025" no figures)
    F("xã có 24 thôn", "24", 24, "thôn", C, code=None, **_IN_XA),
    F("với 11.236 hộ", "11.236", 11236, "hộ", C, code=ANY, **_IN_XA),
    F("43.918 nhân khẩu", "43.918", 43918, "nhân khẩu", C, code=ANY, **_IN_XA),
    F("bố trí 08 quầy", "08", 8, "quầy", C, subject=_TTX_620, level="xã", code=None),
    F("với 11 công chức", "11", 11, "công chức", C, subject=_TTX_620, level="xã", code=None),
    F("và 01 điểm tiếp nhận", "01", 1, "điểm tiếp nhận", C, subject=_TTX_620, level="xã", code=None),
    _ht("thực hiện 326 TTHC", "326", 326, "TTHC", C, code=_TTHC),
    _ht("đó 239 TTHC", "239", 239, "TTHC", C, code=_TOAN),
    _ht("và 87 TTHC", "87", 87, "TTHC", C, code=_MOT),
    # II.1 files (tháng 9/2025 dated 2025-09-30), by reception point, by field
    _ht("tiếp nhận 2.148 hồ sơ", "2.148", 2148, "hồ sơ", C, code=_TN),
    _ht("(tháng 9/2025: 1.896 hồ sơ)", "1.896", 1896, "hồ sơ", PR, as_of=_SEP_2025, code=_TN),
    _ht("tăng 252 hồ sơ", "252", 252, "hồ sơ", CH, code=ANY),
    _ht("tăng 13,29%", "13,29%", 13.29, "%", CH, code=ANY),
    _ht("trực tuyến 1.502 hồ sơ", "1.502", 1502, "hồ sơ", C, code=_NOP),
    _ht("chiếm 69,93%", "69,93%", 69.93, "%", code=_NOP),
    _ht("bưu chính 646 hồ sơ", "646", 646, "hồ sơ", C, code=ANY),
    F("tại Trung tâm 1.984", "1.984", 1984, "hồ sơ", C, code=_TN, **_IN_XA),
    F("Hoằng Hải 164 hồ sơ", "164", 164, "hồ sơ", C, subject="điểm tiếp nhận Hoằng Hải", level="xã", code=_TN),
    F("chứng thực 824 hồ sơ", "824", 824, "hồ sơ", C, code=ANY, **_IN_XA),
    F("hộ tịch 612 hồ sơ", "612", 612, "hồ sơ", C, code=ANY, **_IN_XA),
    F("đất đai 318 hồ sơ", "318", 318, "hồ sơ", C, code=ANY, **_IN_XA),
    F("khác 394 hồ sơ", "394", 394, "hồ sơ", C, code=ANY, **_IN_XA),
    # II.2 settled, on time, overdue (parts by field), pending, time
    _ht("giải quyết 2.096 hồ sơ", "2.096", 2096, "hồ sơ", C, code=ANY),
    _ht("đúng hạn 2.089 hồ sơ", "2.089", 2089, "hồ sơ", C, code=_DH),
    _ht("đạt 99,67%", "99,67%", 99.67, "%", code=_DH),
    _ht("quá hạn 07 hồ sơ", "07", 7, "hồ sơ", C, code=_QH),
    F("đất đai 06 hồ sơ", "06", 6, "hồ sơ", C, code=ANY, **_IN_XA),
    F("xây dựng 01 hồ sơ", "01", 1, "hồ sơ", C, code=ANY, **_IN_XA),
    _ht("chiếm 0,33%", "0,33%", 0.33, "%", code=_QH),
    _ht("hạn 52 hồ sơ", "52", 52, "hồ sơ", C, code=ANY),
    _ht("bình quân 1,8 ngày", "1,8", 1.8, "ngày", code=_TIME),
    _ht("rút ngắn 0,4 ngày", "0,4", -0.4, "ngày", CH, code=_TIME),
    # III.1 payment against cấp xã's 2025 target; money
    _ht("Có 1.126 hồ sơ", "1.126", 1126, "hồ sơ", C, code=ANY),
    _ht("đó 782 hồ sơ", "782", 782, "hồ sơ", C, code=_TT),
    _ht("đạt 69,45%", "69,45%", 69.45, "%", code=_TT, target=75, stated_status="chưa đạt"),
    _ht("(tháng 9/2025: 63,12%)", "63,12%", 63.12, "%", PR, as_of=_SEP_2025, code=_TT),
    _ht("tăng 6,33 điểm", "6,33", 6.33, "%", CH, code=_TT),
    F("năm 2025 là 75%", "75%", 75, "%", T, as_of=_Y2025, code=_TT, **_IN_XA),
    _ht("là 46,8 triệu đồng", "46,8", 46.8, "triệu đồng", code=ANY),
    # III.2–3 digitisation, copies in `bản`
    _ht("đạt 97,86%", "97,86%", 97.86, "%", code=_SH),
    _ht("đạt 98,74%", "98,74%", 98.74, "%", code=_KQ),
    _ht("đạt 48,15%", "48,15%", 48.15, "%", code=_TSD),
    _ht("chính 1.318 bản", "1.318", 1318, "bản", C, code=ANY),
    _ht("cấp 264 bản", "264", 264, "bản", C, code=ANY),
    # IV. accounts in the commune's area, the digital teams
    F("có 36.412 công dân", "36.412", 36412, "công dân", C, code=ANY, **_IN_XA),
    F("kích hoạt 31.586", "31.586", 31586, "tài khoản", C, code=_TK, **_IN_XA),
    F("đạt 86,75%", "86,75%", 86.75, "%", code=_TK, **_IN_XA),
    F("24/24 thôn", "24/24", 24, "thôn", C, max_value=24, code=None, **_IN_XA),
    F("với 168 thành viên", "168", 168, "thành viên", C, code=None, **_IN_XA),
    F("nộp 1.046 hồ sơ", "1.046", 1046, "hồ sơ", C, code=ANY, **_IN_XA),
    F("chiếm 69,64%", "69,64%", 69.64, "%", code=ANY, **_IN_XA),
    F("kích hoạt 412 tài khoản", "412", 412, "tài khoản", C, code=_TK, **_IN_XA),
    *_table_620(),
    F("76,08% và", "76,08%", 76.08, "%", subject="thôn Thanh Long", level=ANY, code=_TK),
    F("và 78,62%", "78,62%", 78.62, "%", subject="thôn Trường Sơn", level=ANY, code=_TK),
    # V. PAKN (parts by channel), ratings
    _ht("tiếp nhận 05 phản ánh", "05", 5, "PAKN", C, code=_PAKN_TN),
    _ht("TTHC 03 PAKN", "03", 3, "PAKN", C, code=ANY),
    _ht("nóng 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    _ht("xong 05/05 PAKN", "05/05", 5, "PAKN", C, max_value=5, code=ANY),
    _ht("có 1.872 lượt", "1.872", 1872, "lượt", C, code=ANY),
    _ht("đó 1.861 lượt", "1.861", 1861, "lượt", C, code=ANY),
    _ht("đạt 99,41%", "99,41%", 99.41, "%", code=_HL),
    # VI. the commune named in the ranking (tháng 9/2025 dated 2025-09-30), the average, the province
    _ht_named("đạt 83,46/100", "83,46/100", 83.46, "điểm", max_value=100, code=_TONG),
    _ht_named("xếp thứ 41/166", "41/166", 41, "hạng", R, max_value=166, code=_HANG),
    _ht_named("tăng 9 bậc", "9", 9, "hạng", CH, code=_HANG),
    _ht_named("(xếp thứ 50/166)", "50/166", 50, "hạng", PR, max_value=166, as_of=_SEP_2025, code=_HANG),
    _ht_named("đạt 6,94/10", "6,94/10", 6.94, "điểm", max_value=10, code="766.thanh_toan"),
    _ht_named("đạt 18,72/22", "18,72/22", 18.72, "điểm", max_value=22, code="766.so_hoa"),
    F("là 80,17 điểm", "80,17", 80.17, "điểm", code=_TONG, **_IN_XA),
    F("đạt 84,05/100", "84,05/100", 84.05, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 14/34", "14/34", 14, "hạng", R, max_value=34, code=_HANG),
    # VII.–VIII. machines, a count in a task, the commune's target for tháng 12/2025 (phone number no figure)
    F("có 03 máy quét", "03", 3, "máy quét", C, code=None, **_IN_XA),
    F("dứt điểm 06 hồ sơ", "06", 6, "hồ sơ", C, code=ANY, **_OPEN),
    _ht("tối thiểu 75%", "75%", 75, "%", T, as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 621: Đảng ủy xã Đồng Lộc (Hà Tĩnh), 6 tháng cuối năm 2025
_DL = "UBND xã Đồng Lộc"
_dl = _by(_DL, "xã")
_dl_named = _named("xã Đồng Lộc")
_CA_621 = "Công an xã Đồng Lộc"

BLIND_621 = [
    # I. the Party's own work (12-KH/ĐU cited)
    F("ban hành 01 nghị quyết", "01", 1, "nghị quyết", C, code=None, **_IN_XA),
    F("ban hành 04 kế hoạch", "04", 4, "kế hoạch", C, code=None, **_IN_XA),
    F("và 07 công văn", "07", 7, "công văn", C, code=None, **_IN_XA),
    F("cho 214 đảng viên", "214", 214, "đảng viên", C, code=None, **_IN_XA),
    F("phân công 09 đồng chí", "09", 9, "đồng chí", C, code=None, **_IN_XA),
    F("Có 32/32 chi bộ", "32/32", 32, "chi bộ", C, max_value=32, code=None, **_IN_XA),
    F("(đạt 100%)", "100%", 100, "%", code=ANY, **_IN_XA),
    F("chuyên đề 05 chi bộ", "05", 5, "chi bộ", C, code=None, **_IN_XA),
    # II.1 the UBND's procedures and files; quý III dated 2025-09-30
    _dl("thực hiện 318 TTHC", "318", 318, "TTHC", C, code=_TTHC),
    _dl("đó 236 TTHC", "236", 236, "TTHC", C, code=_TOAN),
    _dl("tiếp nhận 9.412 hồ sơ", "9.412", 9412, "hồ sơ", C, code=_TN),
    _dl("trực tuyến 6.304", "6.304", 6304, "hồ sơ", C, code=_NOP),
    _dl("chiếm 66,98%", "66,98%", 66.98, "%", code=_NOP),
    _dl("giải quyết 9.206", "9.206", 9206, "hồ sơ", C, code=ANY),
    _dl("đúng hạn 9.168", "9.168", 9168, "hồ sơ", C, code=_DH),
    _dl("đạt 99,59%", "99,59%", 99.59, "%", code=_DH),
    _dl("quá hạn 38 hồ sơ", "38", 38, "hồ sơ", C, code=_QH),
    F("(31 hồ sơ)", "31", 31, "hồ sơ", C, code=_QH, **_IN_XA),
    F("Lộc cũ 3.846 hồ sơ", "3.846", 3846, "hồ sơ", C, code=ANY, **_OPEN),
    F("Lộc cũ 2.912 hồ sơ", "2.912", 2912, "hồ sơ", C, code=ANY, **_OPEN),
    F("Lộc cũ 2.654 hồ sơ", "2.654", 2654, "hồ sơ", C, code=ANY, **_OPEN),
    _dl("tiếp nhận 5.126 hồ sơ", "5.126", 5126, "hồ sơ", C, code=_TN),
    _dl("tăng 840 hồ sơ", "840", 840, "hồ sơ", CH, code=ANY),
    _dl("(4.286 hồ sơ)", "4.286", 4286, "hồ sơ", PR, as_of=_SEP_2025, code=_TN),
    # II.2 payment against the Party congress's target; digitisation (no body named)
    _dl("đạt 61,24%", "61,24%", 61.24, "%", code=_TT, target=70, stated_status="chưa đạt"),
    F("năm 2025 là 70%", "70%", 70, "%", T, code=_TT, **_IN_XA),
    F("đạt 96,48%", "96,48%", 96.48, "%", code=_SH, **_IN_XA),
    F("đạt 97,15%", "97,15%", 97.15, "%", code=_KQ, **_IN_XA),
    # II.3 signatures, digital teams
    F("100% cán bộ", "100%", 100, "%", code=ANY, **_IN_XA),
    F("(46/46 người)", "46/46", 46, "người", C, max_value=46, code=ANY, **_IN_XA),
    F("đạt 98,2%", "98,2%", 98.2, "%", code=ANY, **_IN_XA),
    F("Có 26/26 thôn", "26/26", 26, "thôn", C, max_value=26, code=None, **_IN_XA),
    F("với 158 thành viên", "158", 158, "thành viên", C, code=None, **_IN_XA),
    # II.4 the commune's police named in full
    F("kích hoạt 24.518", "24.518", 24518, "tài khoản", C, subject=_CA_621, level="xã", code=_TK),
    F("đạt 84,62%", "84,62%", 84.62, "%", subject=_CA_621, level="xã", code=_TK),
    F("Còn 06/26 thôn", "06/26", 6, "thôn", C, max_value=26, code=None, **_IN_XA),
    # II.5 PAKN, satisfaction, the ranking of tháng 12/2025 (= period end; tháng 9/2025 dated 2025-09-30)
    _dl("tiếp nhận 14 phản ánh", "14", 14, "PAKN", C, code=_PAKN_TN),
    _dl("xử lý 14/14 PAKN", "14/14", 14, "PAKN", C, max_value=14, code=ANY),
    F("đạt 97,6%", "97,6%", 97.6, "%", code=_HL, **_IN_XA),
    _dl_named("đạt 86,12/100", "86,12/100", 86.12, "điểm", max_value=100, code=_TONG),
    _dl_named("xếp thứ 12/69", "12/69", 12, "hạng", R, max_value=69, code=_HANG),
    _dl_named("tăng 15 bậc", "15", 15, "hạng", CH, code=_HANG),
    _dl_named("(xếp thứ 27/69)", "27/69", 27, "hạng", PR, max_value=69, as_of=_SEP_2025, code=_HANG),
    # IV. the commune's 2026 targets, task 2's target, task 3's count (phone number no figure)
    F("đạt tối thiểu 75%", "75%", 75, "%", T, as_of=_Y2026, code=_NOP, **_IN_XA),
    F("100% thôn", "100%", 100, "%", T, as_of=_Y2026, code=ANY, **_IN_XA),
    F("tối thiểu 70% trong tháng 6/2026", "70%", 70, "%", T, as_of=_JUN_2026, code=_TT, **_IN_XA),
    F("tại 06 chi bộ", "06", 6, "chi bộ", C, code=None, **_OPEN),
]

# ------------------------------------------------------------ 622: UBND phường Kim Long (Huế), quý I năm 2026
_KL = "UBND phường Kim Long"
_kl = _by(_KL, "xã")
_kl_named = _named("phường Kim Long")
_Q4_2025 = "2025-12-31"

_GROUPS_622 = [
    ("1", "Tổ dân phố Vạn Xuân", "412 68 86 1.126 93,21"),
    ("2", "Tổ dân phố Xuân Hòa", "386 61 79 1.048 92,46"),
    ("3", "Tổ dân phố Kim Long", "358 57 74 986 90,88"),
    ("4", "Tổ dân phố Phú Mộng", "331 49 65 902 89,75"),
    ("5", "Tổ dân phố Long Hồ", "298 42 51 784 86,15"),
    ("6", "Tổ dân phố Hương Sơ", "276 38 47 706 84,72"),
    ("7", "Tổ dân phố Trúc Lâm", "254 31 36 618 82,94"),
    ("", "Các tổ dân phố còn lại", "10.531 1.859 2.176 28.736 91,82"),
    ("", "Tổng cộng", "12.846 2.205 2.614 34.906 91,34"),
]


def _table_622() -> list[Fact]:
    """Bảng 1 (Markdown, per tổ dân phố): households, online files helped in quý IV/2025 (dated 2025-12-31) and in quý
    I/2026 (codes unchecked), accounts and the activation share (identity-account code). A group as written, level
    unchecked; "Các tổ dân phố còn lại" unchecked; "Tổng cộng" the phường's area (subject unchecked, level xã)."""
    facts = []
    for i, (stt, name, raws) in enumerate(_GROUPS_622):
        homes, q4, q1, accounts, share = raws.split()
        line = f"| {stt} | {name} | {homes} | {q4} | {q1} | {accounts} | {share} |".replace("|  |", "| |")
        if i + 1 < len(_GROUPS_622):
            nxt = _GROUPS_622[i + 1]
            after = f"| {nxt[0]} | {nxt[1]}".replace("|  |", "| |")
        else:
            after = "\nBa tổ dân phố"
        if name.startswith("Tổ dân phố"):
            subject, level = name, ANY
        elif name == "Tổng cộng":
            subject, level = ANY, "xã"
        else:
            subject, level = ANY, ANY
        facts += _cells(line, " | ", after, subject, level, [
            (homes, "hộ", ANY, "period"), (q4, "hồ sơ", ANY, _Q4_2025), (q1, "hồ sơ", ANY, "period"),
            (accounts, "tài khoản", _TK, "period"), (share, "%", _TK, "period")])
    return facts


BLIND_622 = [
    # I. (1046/UBND-KSTT cited; the address "số 86 đường Kim Long" no figure)
    F("có 42 tổ dân phố", "42", 42, "tổ dân phố", C, code=None, **_IN_XA),
    F("với 12.846 hộ", "12.846", 12846, "hộ", C, code=ANY, **_IN_XA),
    F("47.362 nhân khẩu", "47.362", 47362, "nhân khẩu", C, code=ANY, **_IN_XA),
    F("bố trí 10 quầy", "10", 10, "quầy", C, code=None, **_IN_XA),
    F("với 13 công chức", "13", 13, "công chức", C, code=None, **_IN_XA),
    _kl("thực hiện 331 TTHC", "331", 331, "TTHC", C, code=_TTHC),
    _kl("đó 254 TTHC", "254", 254, "TTHC", C, code=_TOAN),
    # II.1 files (quý IV dated 2025-12-31; the old phường's sum a year before dated 2025-03-31)
    _kl("tiếp nhận 5.912 hồ sơ", "5.912", 5912, "hồ sơ", C, code=_TN),
    _kl("(quý IV năm 2025: 5.486 hồ sơ)", "5.486", 5486, "hồ sơ", PR, as_of=_Q4_2025, code=_TN),
    _kl("tăng 7,77%", "7,77%", 7.77, "%", CH, code=ANY),
    F("phường cũ: 5.128 hồ sơ", "5.128", 5128, "hồ sơ", PR, as_of="2025-03-31", code=_TN, **_IN_XA),
    _kl("tăng 784 hồ sơ", "784", 784, "hồ sơ", CH, code=ANY),
    _kl("là 4.386 hồ sơ", "4.386", 4386, "hồ sơ", C, code=_NOP),
    _kl("chiếm 74,19%", "74,19%", 74.19, "%", code=_NOP),
    # II.2
    _kl("giải quyết 5.804", "5.804", 5804, "hồ sơ", C, code=ANY),
    _kl("đúng hạn 5.791", "5.791", 5791, "hồ sơ", C, code=_DH),
    _kl("đạt 99,78%", "99,78%", 99.78, "%", code=_DH),
    _kl("quá hạn 13 hồ sơ", "13", 13, "hồ sơ", C, code=_QH),
    _kl("chiếm 0,22%", "0,22%", 0.22, "%", code=_QH),
    F("đất đai 09 hồ sơ", "09", 9, "hồ sơ", C, code=ANY, **_IN_XA),
    F("xây dựng 04 hồ sơ", "04", 4, "hồ sơ", C, code=ANY, **_IN_XA),
    # II.3 payment against the phường's 2026 target
    _kl("Có 2.318 hồ sơ", "2.318", 2318, "hồ sơ", C, code=ANY),
    _kl("đó 1.864 hồ sơ", "1.864", 1864, "hồ sơ", C, code=_TT),
    _kl("đạt 80,41%", "80,41%", 80.41, "%", code=_TT, target=80, stated_status="đạt"),
    _kl("năm 2026 là 80%", "80%", 80, "%", T, as_of=_Y2026, code=_TT),
    # II.4
    _kl("đạt 99,12%", "99,12%", 99.12, "%", code=_SH),
    _kl("đạt 99,35%", "99,35%", 99.35, "%", code=_KQ),
    _kl("đạt 56,48%", "56,48%", 56.48, "%", code=_TSD),
    _kl("chính 1.486 bản", "1.486", 1486, "bản", C, code=ANY),
    # III. accounts in the phường's area, the digital teams, Bảng 1
    F("có 38.214 công dân", "38.214", 38214, "công dân", C, code=ANY, **_IN_XA),
    F("kích hoạt 34.906", "34.906", 34906, "tài khoản", C, code=_TK, **_IN_XA),
    F("đạt 91,34%", "91,34%", 91.34, "%", code=_TK, **_IN_XA),
    F("của 42/42 tổ", "42/42", 42, "tổ dân phố", C, max_value=42, code=None, **_IN_XA),
    F("với 214 thành viên", "214", 214, "thành viên", C, code=None, **_IN_XA),
    F("nộp 2.614 hồ sơ", "2.614", 2614, "hồ sơ", C, code=ANY, **_IN_XA),
    F("chiếm 59,60%", "59,60%", 59.60, "%", code=ANY, **_IN_XA),
    *_table_622(),
    F("là 86,15%", "86,15%", 86.15, "%", code=_TK, **_OPEN),
    F("86,15%, 84,72%", "84,72%", 84.72, "%", code=_TK, **_OPEN),
    F("và 82,94%", "82,94%", 82.94, "%", code=_TK, **_OPEN),
    # IV. PAKN, satisfaction
    _kl("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _kl("xử lý 09/09 PAKN", "09/09", 9, "PAKN", C, max_value=9, code=ANY),
    _kl("đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _kl("đạt 99,62%", "99,62%", 99.62, "%", code=_HL),
    # V. the city's ranking of its communes (quý IV dated 2025-12-31), the blocks, the city
    _kl_named("đạt 89,24/100", "89,24/100", 89.24, "điểm", max_value=100, code=_TONG),
    _kl_named("xếp thứ 6/40", "6/40", 6, "hạng", R, max_value=40, code=_HANG),
    _kl_named("86,58 điểm", "86,58", 86.58, "điểm", PR, max_value=100, as_of=_Q4_2025, code=_TONG),
    _kl_named("xếp thứ 11/40)", "11/40", 11, "hạng", PR, max_value=40, as_of=_Q4_2025, code=_HANG),
    _kl_named("tăng 2,66 điểm", "2,66", 2.66, "điểm", CH, code=_TONG),
    _kl_named("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    _kl_named("đạt 17,46/18", "17,46/18", 17.46, "điểm", max_value=18, code="766.cong_khai"),
    _kl_named("đạt 19,88/20", "19,88/20", 19.88, "điểm", max_value=20, code="766.tien_do"),
    F("phường là 85,12 điểm", "85,12", 85.12, "điểm", code=_TONG, **_IN_XA),
    F("xã là 81,36 điểm", "81,36", 81.36, "điểm", code=_TONG, **_IN_XA),
    F("đạt 87,46/100", "87,46/100", 87.46, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 4/34", "4/34", 4, "hạng", R, max_value=34, code=_HANG),
    # VI. a count in a task, the phường's target for quý II (phone number no figure)
    F("dứt điểm 13 hồ sơ", "13", 13, "hồ sơ", C, code=ANY, **_OPEN),
    _kl("tối thiểu 78%", "78%", 78, "%", T, as_of=_JUN_2026, code=_NOP),
]

# ------------------------------------------------------------ 623: UBND xã Diên Điền (Khánh Hòa), Kế hoạch quý II/2026
_DD = "UBND xã Diên Điền"
_dd = _by(_DD, "xã", _MAR_2026)          # II. results of quý I (dated 2026-03-31)
_dd_target = _by(_DD, "xã")              # III. targets at the plan's period end
_dd_named = _named("xã Diên Điền", _MAR_2026)
_XA_MAR = {"subject": ANY, "level": "xã", "as_of": _MAR_2026}


def _task_623(context: str, raw: str, unit: str, due: str) -> Fact:
    """A quantity inside a task cell of the plan's table: what the row must deliver by its own deadline."""
    return F(context, raw, _num(raw), unit, T, as_of=due, code=ANY, extra=TAB, **_OPEN)


BLIND_623 = [
    # II.1 files of quý I (quý IV năm 2025 dated 2025-12-31), reception points
    _dd("tiếp nhận 3.432 hồ sơ", "3.432", 3432, "hồ sơ", C, code=_TN),
    _dd("(3.118 hồ sơ)", "3.118", 3118, "hồ sơ", PR, as_of=_Q4_2025, code=_TN),
    _dd("tăng 314 hồ sơ", "314", 314, "hồ sơ", CH, code=ANY),
    _dd("trực tuyến 2.418 hồ sơ", "2.418", 2418, "hồ sơ", C, code=_NOP),
    _dd("chiếm 70,45%", "70,45%", 70.45, "%", code=_NOP),
    F("cũ): 1.846 hồ sơ", "1.846", 1846, "hồ sơ", C, code=_TN, **_XA_MAR),
    F("Diên Phú: 912 hồ sơ", "912", 912, "hồ sơ", C, subject="Điểm tiếp nhận Diên Phú", level="xã",
      as_of=_MAR_2026, code=_TN),
    F("Diên Sơn: 674 hồ sơ", "674", 674, "hồ sơ", C, subject="Điểm tiếp nhận Diên Sơn", level="xã",
      as_of=_MAR_2026, code=_TN),
    # II.2 settled, overdue parts, time, payment (quý IV dated 2025-12-31), digitisation
    _dd("giải quyết 3.356", "3.356", 3356, "hồ sơ", C, code=ANY),
    _dd("đúng hạn 3.342", "3.342", 3342, "hồ sơ", C, code=_DH),
    _dd("đạt 99,58%", "99,58%", 99.58, "%", code=_DH),
    _dd("quá hạn 14 hồ sơ", "14", 14, "hồ sơ", C, code=_QH),
    F("đất đai 11 hồ sơ", "11", 11, "hồ sơ", C, code=ANY, **_XA_MAR),
    F("hộ tịch 03 hồ sơ", "03", 3, "hồ sơ", C, code=ANY, **_XA_MAR),
    _dd("bình quân 1,6 ngày", "1,6", 1.6, "ngày", code=_TIME),
    _dd("Có 1.284 hồ sơ", "1.284", 1284, "hồ sơ", C, code=ANY),
    _dd("đó 929 hồ sơ", "929", 929, "hồ sơ", C, code=_TT),
    _dd("đạt 72,35%", "72,35%", 72.35, "%", code=_TT),
    _dd("(quý IV năm 2025: 66,81%)", "66,81%", 66.81, "%", PR, as_of=_Q4_2025, code=_TT),
    _dd("tăng 5,54 điểm", "5,54", 5.54, "%", CH, code=_TT),
    _dd("đạt 96,92%", "96,92%", 96.92, "%", code=_SH),
    _dd("đạt 51,27%", "51,27%", 51.27, "%", code=_TSD),
    # II.3 accounts of the commune's area, teams, PAKN, satisfaction
    F("kích hoạt 27.846", "27.846", 27846, "tài khoản", C, code=_TK, **_XA_MAR),
    F("đạt 88,37%", "88,37%", 88.37, "%", code=_TK, **_XA_MAR),
    F("14/14 thôn", "14/14", 14, "thôn", C, max_value=14, code=None, **_XA_MAR),
    F("với 98 thành viên", "98", 98, "thành viên", C, code=None, **_XA_MAR),
    F("nộp 1.126 hồ sơ", "1.126", 1126, "hồ sơ", C, code=ANY, **_XA_MAR),
    F("chiếm 46,57%", "46,57%", 46.57, "%", code=ANY, **_XA_MAR),
    _dd("tiếp nhận 06 phản ánh", "06", 6, "PAKN", C, code=_PAKN_TN),
    _dd("xử lý 06/06 PAKN", "06/06", 6, "PAKN", C, max_value=6, code=ANY),
    _dd("đạt 98,86%", "98,86%", 98.86, "%", code=_HL),
    # II.4 the ranking of tháng 3/2026 (tháng 02/2026 dated 2026-02-28), the province
    _dd_named("đạt 84,18/100", "84,18/100", 84.18, "điểm", max_value=100, code=_TONG),
    _dd_named("xếp thứ 23/65", "23/65", 23, "hạng", R, max_value=65, code=_HANG),
    _dd_named("tăng 1,36 điểm", "1,36", 1.36, "điểm", CH, code=_TONG),
    _dd_named("(82,82 điểm)", "82,82", 82.82, "điểm", PR, max_value=100, as_of="2026-02-28", code=_TONG),
    _dd_named("đạt 7,12/10", "7,12/10", 7.12, "điểm", max_value=10, code="766.thanh_toan"),
    _dd_named("đạt 17,84/22", "17,84/22", 17.84, "điểm", max_value=22, code="766.so_hoa"),
    F("đạt 83,92/100", "83,92/100", 83.92, "điểm", max_value=100, as_of=_MAR_2026, code=_TONG),
    F("xếp thứ 17/34", "17/34", 17, "hạng", R, max_value=34, as_of=_MAR_2026, code=_HANG),
    # III. the commune's targets for quý II (the period end)
    _dd_target("tối thiểu 75%", "75%", 75, "%", T, code=_NOP),
    _dd_target("trên 99,5%", "99,5%", 99.5, "%", T, code=_DH),
    _dd_target("tối thiểu 80%", "80%", 80, "%", T, code=_TT),
    _dd_target("TTHC đạt 100%", "100%", 100, "%", T, code=_SH),
    _dd_target("tối thiểu 60%", "60%", 60, "%", T, code=_TSD),
    _dd_target("điện tử đạt 90%", "90%", 90, "%", T, code=_TK),
    _dd_target("từ 87 điểm", "87", 87, "điểm", T, code=_TONG),
    # IV. the task table's quantities, each dated at its row's deadline
    _task_623("mục 318 TTHC", "318", "TTHC", "2026-04-15"),
    _task_623("Số hóa 100% hồ sơ", "100%", "%", "2026-05-31"),
    _task_623("viên 14 Tổ", "14", "tổ", "2026-04-30"),
    _task_623("Lắp đặt 02 máy quét", "02", "máy quét", _JUN_2026),
    _task_623("và 01 ki-ốt", "01", "ki-ốt", _JUN_2026),
    _task_623("thêm 1.200 tài khoản", "1.200", "tài khoản", _JUN_2026),
    _task_623("của 300 người dân", "300", "người dân", _JUN_2026),
    # V. the plan's money (phone number no figure)
    F("khoảng 186 triệu đồng", "186", 186, "triệu đồng", code=ANY, **_OPEN),
]

# ------------------------------------------------------------ 624: Thường trực HĐND xã Di Linh, 6 tháng cuối năm 2025
_DLI = "UBND xã Di Linh"
_dli = _by(_DLI, "xã")
_dli_named = _named("xã Di Linh")

BLIND_624 = [
    # I. the commune, the supervision team's work (11/NQ-HĐND, 15/QĐ-HĐND cited)
    F("có 21 thôn", "21", 21, "thôn", C, code=None, **_IN_XA),
    F("và 12 tổ dân phố", "12", 12, "tổ dân phố", C, code=None, **_IN_XA),
    F("với 15.624 hộ", "15.624", 15624, "hộ", C, code=ANY, **_IN_XA),
    F("ngẫu nhiên 120 hồ sơ", "120", 120, "hồ sơ", C, code=ANY, **_IN_XA),
    F("ý kiến 86 người dân", "86", 86, "người dân", C, code=ANY, **_IN_XA),
    F("tại 04 thôn", "04", 4, "thôn", C, code=None, **_IN_XA),
    # II.1
    _dli("thực hiện 324 TTHC", "324", 324, "TTHC", C, code=_TTHC),
    _dli("đó 241 TTHC", "241", 241, "TTHC", C, code=_TOAN),
    _dli("và 83 TTHC", "83", 83, "TTHC", C, code=_MOT),
    _dli("khai 324/324 TTHC", "324/324", 324, "TTHC", C, max_value=324, code=ANY),
    # II.2 files, the months after "lần lượt là" (each at its month's end)
    _dli("tiếp nhận 7.134 hồ sơ", "7.134", 7134, "hồ sơ", C, code=_TN),
    _dli("lần lượt là 1.046", "1.046", 1046, "hồ sơ", C, as_of="2025-07-31", code=_TN),
    _dli("1.046, 1.128", "1.128", 1128, "hồ sơ", C, as_of="2025-08-31", code=_TN),
    _dli("1.128, 1.214", "1.214", 1214, "hồ sơ", C, as_of="2025-09-30", code=_TN),
    _dli("1.214, 1.186", "1.186", 1186, "hồ sơ", C, as_of="2025-10-31", code=_TN),
    _dli("1.186, 1.242", "1.242", 1242, "hồ sơ", C, as_of="2025-11-30", code=_TN),
    _dli("và 1.318 hồ sơ", "1.318", 1318, "hồ sơ", C, code=_TN),
    _dli("trực tuyến 4.526 hồ sơ", "4.526", 4526, "hồ sơ", C, code=_NOP),
    _dli("chiếm 63,44%", "63,44%", 63.44, "%", code=_NOP),
    _dli("giải quyết 6.982", "6.982", 6982, "hồ sơ", C, code=ANY),
    _dli("đúng hạn 6.961", "6.961", 6961, "hồ sơ", C, code=_DH),
    _dli("đạt 99,70%", "99,70%", 99.70, "%", code=_DH),
    _dli("quá hạn 21 hồ sơ", "21", 21, "hồ sơ", C, code=_QH),
    F("đất đai 17 hồ sơ", "17", 17, "hồ sơ", C, code=ANY, **_IN_XA),
    F("xây dựng 04 hồ sơ", "04", 4, "hồ sơ", C, code=ANY, **_IN_XA),
    _dli("còn 152 hồ sơ", "152", 152, "hồ sơ", C, code=ANY),
    # II.3 payment against the council's target; digitisation (no body named)
    _dli("Có 2.846 hồ sơ", "2.846", 2846, "hồ sơ", C, code=ANY),
    _dli("đó 1.912 hồ sơ", "1.912", 1912, "hồ sơ", C, code=_TT),
    _dli("đạt 67,18%", "67,18%", 67.18, "%", code=_TT, target=65, stated_status="đạt"),
    F("xã là 65%", "65%", 65, "%", T, code=_TT, **_IN_XA),
    F("đạt 95,84%", "95,84%", 95.84, "%", code=_SH, **_IN_XA),
    F("đạt 97,26%", "97,26%", 97.26, "%", code=_KQ, **_IN_XA),
    F("mới đạt 44,12%", "44,12%", 44.12, "%", code=_TSD, **_IN_XA),
    # II.4 the team's sample and survey, PAKN, digital teams
    F("Trong 120 hồ sơ", "120", 120, "hồ sơ", C, code=ANY, **_IN_XA),
    F("có 114 hồ sơ", "114", 114, "hồ sơ", C, code=ANY, **_IN_XA),
    F("chiếm 95%", "95%", 95, "%", code=ANY, **_IN_XA),
    F("; 06 hồ sơ", "06", 6, "hồ sơ", C, code=ANY, **_IN_XA),
    F("Trong 86 người dân", "86", 86, "người dân", C, code=ANY, **_IN_XA),
    F("có 81 người", "81", 81, "người", C, code=ANY, **_IN_XA),
    F("đạt 94,19%", "94,19%", 94.19, "%", code=ANY, **_IN_XA),
    _dli("tiếp nhận 11 phản ánh", "11", 11, "PAKN", C, code=_PAKN_TN),
    _dli("lời 11/11 PAKN", "11/11", 11, "PAKN", C, max_value=11, code=ANY),
    F("tại 33/33 thôn", "33/33", 33, "thôn", C, max_value=33, code=None, **_IN_XA),
    F("với 201 thành viên", "201", 201, "thành viên", C, code=None, **_IN_XA),
    # II.5 the ranking of tháng 12/2025 (= period end), the communes' average
    _dli_named("đạt 81,74/100", "81,74/100", 81.74, "điểm", max_value=100, code=_TONG),
    _dli_named("xếp thứ 58/124", "58/124", 58, "hạng", R, max_value=124, code=_HANG),
    F("là 80,26 điểm", "80,26", 80.26, "điểm", code=_TONG, **_IN_XA),
    # III.–IV. machines, counts in recommendations, the commune's target for quý I/2026 (phone number no figure)
    F("chỉ có 02 máy quét", "02", 2, "máy quét", C, code=None, **_IN_XA),
    F("dứt điểm 21 hồ sơ", "21", 21, "hồ sơ", C, code=ANY, **_OPEN),
    F("tối thiểu 70%", "70%", 70, "%", T, as_of=_MAR_2026, code=_NOP, **_IN_XA),
    F("bổ sung 02 máy quét", "02", 2, "máy quét", C, code=None, **_OPEN),
]

BLIND = {"620": BLIND_620, "621": BLIND_621, "622": BLIND_622, "623": BLIND_623, "624": BLIND_624}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "620": [
        ("2025-11-15", "day", "15/11/2025", "giải quyết dứt điểm 06 hồ sơ đất đai quá hạn", "Phòng Kinh tế"),
        ("2025-12-31", "month", "tháng 12/2025", "thanh toán trực tuyến", "Trung tâm Phục vụ hành chính công xã"),
        ("2025-11-25", "day", "ngày hai mươi lăm tháng 11 năm 2025", "niêm yết lại danh mục TTHC",
         "Văn phòng HĐND và UBND xã"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "kích hoạt tài khoản định danh điện tử", "Phòng Văn hóa - Xã hội"),
        ("2026-12-31", "year", "năm 2026", "bố trí nhân viên bưu chính công ích", "Bưu điện tỉnh Thanh Hóa"),
        # issued 04/11/2025: the first "ngày 25 hằng tháng" is 25/11/2025
        ("2025-11-25", "recurring", "25 hằng tháng", "báo cáo kết quả hoạt động của Tổ công nghệ số cộng đồng",
         "Các thôn"),
    ],
    "621": [
        ("2026-03-31", "quarter", "quý I năm 2026", "nghị quyết chuyên đề về chuyển đổi số",
         "Ban Xây dựng Đảng Đảng ủy xã"),
        ("2026-06-30", "month", "tháng 6/2026", "thanh toán trực tuyến", "Chi bộ cơ quan UBND xã"),
        ("2026-09-30", "day", "30/9/2026", "kiểm tra việc lãnh đạo thực hiện CCHC", "Ủy ban Kiểm tra Đảng ủy xã"),
        ("2026-03-31", "day", "ngày ba mươi mốt tháng 3 năm 2026", "tuyên truyền lợi ích của tài khoản định danh",
         "Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
        ("2026-12-31", "year", "năm 2026", "đầu tư trang thiết bị", "UBND tỉnh"),
        # issued 05/01/2026: the first "ngày 20 hằng tháng" is 20/01/2026
        ("2026-01-20", "recurring", "20 hằng tháng", "báo cáo kết quả thực hiện", "Các chi bộ"),
    ],
    "622": [
        ("2026-04-20", "day", "20/4/2026", "giải quyết dứt điểm 13 hồ sơ quá hạn", "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2026-06-30", "quarter", "quý II năm 2026", "hồ sơ nộp trực tuyến",
         "Trung tâm Phục vụ hành chính công phường"),
        ("2026-05-30", "day", "ngày ba mươi tháng 5 năm 2026", "hỗ trợ kích hoạt tài khoản định danh điện tử",
         "Phòng Văn hóa - Xã hội"),
        ("2026-05-31", "month", "tháng 5/2026", "kiện toàn Tổ công nghệ số cộng đồng", "Văn phòng HĐND và UBND phường"),
        ("2026-12-31", "year", "năm 2026", "nâng cấp đường truyền", "Sở Khoa học và Công nghệ thành phố"),
        # issued 03/4/2026: the first "ngày 22 hằng tháng" is 22/4/2026
        ("2026-04-22", "recurring", "22 hằng tháng", "báo cáo kết quả hỗ trợ người dân", "Các tổ dân phố"),
    ],
    "623": [
        # the task table: the "Thời hạn hoàn thành" cell, the "Nhiệm vụ" cell, the "Bộ phận chủ trì" cell
        ("2026-04-15", "day", "15/4/2026", "công khai danh mục 318 TTHC", "Văn phòng HĐND và UBND xã"),
        ("2026-05-31", "month", "Tháng 5/2026", "Số hóa 100% hồ sơ đất đai tồn đọng", "Phòng Kinh tế"),
        ("2026-04-30", "month", "Tháng 4/2026", "Tập huấn kỹ năng số", "Phòng Văn hóa - Xã hội"),
        ("2026-06-30", "quarter", "Quý II/2026", "Lắp đặt 02 máy quét", "Văn phòng HĐND và UBND xã"),
        ("2026-06-30", "day", "30/6/2026", "kích hoạt thêm 1.200 tài khoản", "Phòng Văn hóa - Xã hội"),
        ("2026-06-30", "month", "Tháng 6/2026", "Khảo sát mức độ hài lòng", "Trung tâm Phục vụ hành chính công xã"),
        # V. issued 02/4/2026: the first "ngày 25 hằng tháng" is 25/4/2026
        ("2026-04-25", "recurring", "25 hằng tháng", "báo cáo kết quả thực hiện",
         "Các phòng chuyên môn, Trung tâm Phục vụ hành chính công xã"),
        ("2026-06-28", "day", "ngày hai mươi tám tháng 6 năm 2026", "báo cáo sơ kết", "Văn phòng HĐND và UBND xã"),
    ],
    "624": [
        ("2026-01-31", "day", "31/01/2026", "giải quyết dứt điểm 21 hồ sơ quá hạn", "UBND xã"),
        ("2026-03-31", "quarter", "quý I năm 2026", "hồ sơ nộp trực tuyến", "Trung tâm Phục vụ hành chính công xã"),
        ("2026-02-28", "day", "ngày hai mươi tám tháng 02 năm 2026", "chỉnh lý biến động hồ sơ địa chính",
         "Phòng Kinh tế"),
        ("2026-03-31", "month", "tháng 3/2026", "tập huấn kỹ năng số", "Phòng Văn hóa - Xã hội"),
        ("2026-12-31", "year", "năm 2026", "bổ sung 02 máy quét", "UBND tỉnh Lâm Đồng"),
        # issued 09/01/2026: the first "ngày 10 hằng tháng" is 10/01/2026
        ("2026-01-10", "recurring", "10 hằng tháng", "báo cáo tiến độ thực hiện các kiến nghị", "UBND xã"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 620 is a report of UBND xã
# Hoằng Tiến under "UBND TỈNH THANH HÓA", signed by a vice-chairman; 621 a report of the Đảng ủy xã Đồng Lộc under
# "ĐẢNG BỘ TỈNH HÀ TĨNH" with a Party number; 622 a report of UBND phường Kim Long under "UBND THÀNH PHỐ HUẾ"; 623 a Kế
# hoạch of UBND xã Diên Điền under "UBND TỈNH KHÁNH HÒA" whose period is the quarter it plans; 624 a report of the
# Thường trực HĐND xã Di Linh whose header names no province (the opening sentence writes "(tỉnh Lâm Đồng)").
META = {
    "620": {"doc_number": "412/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-11-04",
            "province": "Thanh Hóa", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Lê Văn Tuấn"},
    "621": {"doc_number": "38-BC/ĐU", "doc_type": "Báo cáo", "issued_date": "2026-01-05",
            "province": "Hà Tĩnh", "period_label": "6 tháng cuối năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-12-31", "signer": "Nguyễn Đình Hùng"},
    "622": {"doc_number": "126/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-04-03",
            "province": "Huế", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Hồ Thị Thu Thảo"},
    "623": {"doc_number": "56/KH-UBND", "doc_type": "Kế hoạch", "issued_date": "2026-04-02",
            "province": "Khánh Hòa", "period_label": "quý II năm 2026", "period_start": "2026-04-01",
            "period_end": "2026-06-30", "signer": "Phan Thị Ngọc Hân"},
    "624": {"doc_number": "42/BC-HĐND", "doc_type": "Báo cáo", "issued_date": "2026-01-09",
            "province": "Lâm Đồng", "period_label": "6 tháng cuối năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-12-31", "signer": "K'Vinh"},
}
