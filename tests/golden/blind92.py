"""Blind golden facts for corpus/blind92/535_vinh_long.txt, 536_an_giang.txt, 537_lam_dong.txt, 538_khanh_hoa.txt and
539_ninh_binh.txt.

The five documents were written by the developers for a ninety-second blind measurement (provinces of the 34 after the
1 July 2025 merger little used in recent sets; issuers and genres: a merged province setting its three former
provinces' half-year figures next to its own quarter, a commune's own monthly report naming its ấp and its Trung tâm
Phục vụ hành chính công xã, a Sở Khoa học và Công nghệ on digital transformation and the shared data platform, a Ban
Chỉ đạo Đề án 06 with a table of the essential online services, a Công văn đôn đốc of UBND tỉnh naming its lagging
communes; periods tháng 7 to tháng 11 năm 2025, ranks /34; not real documents), and every row below was written by
reading them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind88.py, blind87.py, blind86.py, blind85.py, blind16.py and blind13.py:
rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it).
Prose and list counts are kind `count`; table cells are kind `value` even when they count (rank cells kind `rank`),
with `extra={"source": "table"}`; `as_of="period"` is the period's end; a table column dated before the period end
keeps kind `value` with that date as `as_of`; a change is dated with the figure it changes and a fall ("giảm", "rút
ngắn") is negative. `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it
clearly names none: counts of decisions, units, systems, machines, desks, staff). "thủ tục" counts use the unit
`TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of the files (or PAKN) an indicator is computed on
carries that indicator's code; every "đã giải quyết" count, files by post and relative changes of counts have their
code unchecked. Counts of local units take the unit of their first unit word ("124/124 xã, phường" → `xã`, "65/65 xã,
phường, đặc khu" → `xã`), counts of "đơn vị" and "sở, ban, ngành" → `đơn vị`, at the level of the bodies counted.
A provincial body's own figures naming no body are named by its kind ("Sở Khoa học và Công nghệ" for "Sở …"), a
sentence naming the body in full keeps the name as written ("Sở Tư pháp", "Công an tỉnh", "Sở Y tế", "Trung tâm Phục
vụ hành chính công xã Ba Chúc"). "chứng thư" counts use `chứng thư`, certified copies `bản`, other things counted
take the noun as written (`ấp`, `hộ`, `nhân khẩu`, `quầy`, `công chức`, `điểm tiếp nhận`, `máy quét`, `máy chủ ảo`,
`hệ thống`, `giao dịch`, `cơ sở dữ liệu`, `bản ghi`, `dữ liệu`, `bộ dữ liệu`, `văn bản`, `tổ`, `thành viên`, `lớp`,
`lượt`, `cảnh báo`, `dịch vụ`, `người`, `công dân`, `thẻ`, `cơ sở`, `thôn`); money keeps the unit written (`tỷ
đồng`, code unchecked). Numbers written in words are no figures ("ba tỉnh cũ", "hai tỉnh cũ", "hai ấp", "hai dịch
vụ", "Tám xã", "hai cấp"). Dates, document numbers, cited decisions, resolutions, plans and letters ("Công văn số
6124/VPCP-KSTT", "Nghị quyết số 202/2025/QH15", "Công văn số 1876/VP-KSTT", "Nghị quyết số 1654/NQ-UBTVQH15",
"Quyết định số 06/QĐ-TTg", "Kế hoạch số 318/KH-UBND"), "Đề án 06", "Bộ chỉ số 766", "mức độ 2", "từ đủ 14 tuổi",
"cấp II", "4G", the period words ("9 tháng đầu năm 2025", "6 tháng đầu năm 2025" in a column header, "từ ngày
01/10/2025 đến ngày 31/10/2025", "Đến ngày 30/9/2025", "từ ngày 01/7/2025"), section numbering ("I.", "1.", "Bảng
1."), the STT column, the "-" cells, phone numbers ("0270.3822.516", "0296.3871.245", "0263.3822.146",
"0258.3822.315", "0229.3871.628"), headings naming the next period ("VII. NHIỆM VỤ QUÝ IV NĂM 2025", "VI. NHIỆM VỤ
THÁNG 11 NĂM 2025", "VI. NHIỆM VỤ THÁNG 9 NĂM 2025", "V. NHIỆM VỤ THÁNG 12 NĂM 2025": no deadlines) and years are not
figures.

New in this set (all after the 1 July 2025 merger):
- 535 is a Báo cáo of UBND tỉnh Vĩnh Long (merged with Bến Tre and Trà Vinh) to the Văn phòng Chính phủ, 9 tháng đầu
  năm 2025, issued 08/10/2025. The province's figures (the nine months summed over the former provinces and the new
  one, "toàn tỉnh", "của tỉnh", "tỉnh mới", quý III, the province's score) have subject NULL; quý III ends at the
  period end, so its figures are dated at the period end. NEW: THE FORMER PROVINCES' HALF-YEAR FIGURES NEXT TO THE NEW
  PROVINCE'S QUARTER. In prose "tỉnh Vĩnh Long cũ tiếp nhận 268.412 hồ sơ, tỉnh Bến Tre cũ …" are counts (not
  previous values: the half year lies inside the report's period and nothing is compared with them) dated 2025-06-30,
  subject and level unchecked (a former province is neither the new province nor one of its units, as
  golden/blind81.py's 480). Its Markdown Bảng 1 has one column per former province headed "(6 tháng đầu năm 2025)" —
  kind value, dated 2025-06-30, subject and level unchecked — and a column "Tỉnh Vĩnh Long (quý III năm 2025)" (the
  province: subject NULL, the period end); rows: files received and online (`hồ sơ`), online, on-time, payment and
  digitisation shares (`%`), codes from the row labels. The former provinces' quý II scores and ranks "tỉnh Vĩnh Long
  cũ đạt 84,12 điểm, xếp thứ 31/63; …" are kind previous (max 100 and 63) dated 2025-06-30, subject and level
  unchecked (as 480); "So với điểm bình quân của ba tỉnh cũ trong quý II năm 2025 (84,53 điểm), tỉnh mới tăng 2,52
  điểm" the province's earlier figure (subject NULL, previous, max 100) and its change; so are "(4,4 ngày)" after
  "rút ngắn 0,6 ngày so với bình quân của ba tỉnh cũ trong quý II năm 2025" and "(38,12%)" after "tăng 8,15% so với
  bình quân 6 tháng đầu năm của ba tỉnh cũ" (dated 2025-06-30). PAKN by former province "tương ứng là 62 PAKN, 71 PAKN
  và 53 PAKN" (subject, level and code unchecked). TTHC by level, toàn trình and một phần with shares, "141 TTHC chưa
  đủ điều kiện" (code unchecked), "14 quyết định" (code None), "19 sở, ban, ngành" and "124/124 xã, phường" (code
  None), quý III by level after "lần lượt là" and "tương ứng là", overdue files of cấp xã's land field in brackets
  (subject unchecked, level xã), "(chỉ tiêu năm 2025 UBND tỉnh giao là 60%, chưa đạt chỉ tiêu)" (target dated
  2025-12-31; 52,84% carries it), six group scores in a dash list "- <group>: x/max điểm;", block averages (subject
  unchecked), counts by grade (level xã), best and worst communes in brackets ("Phường Bến Tre", "xã Hòa Minh"). Task
  4's "đạt tối thiểu 60% trong quý IV năm 2025" is the communes' (subject unchecked, level xã), dated 2025-12-31. Six
  deadlines: day, "chậm nhất" day in words, month, quarter (with the target), year "hoàn thành trong năm 2025",
  "trước ngày 18 hằng tháng" (issued 08/10/2025: first 18/10/2025).
- 536 is a monthly Báo cáo of UBND xã Ba Chúc (tỉnh An Giang after the merger with Kiên Giang; header "UBND TỈNH AN
  GIANG / ỦY BAN NHÂN DÂN XÃ BA CHÚC"), tháng 10 năm 2025, issued 04/11/2025. The commune's own figures ("UBND xã …",
  "của xã", "xã chưa đạt") are subject "UBND xã Ba Chúc", level xã (as golden/blind77.py's 461); its people and
  households "Xã có 18 ấp với 9.846 hộ, 37.512 nhân khẩu" and the accounts "Trên địa bàn xã" subject unchecked, level
  xã; "18 ấp", "18/18 ấp", "05 ấp" count villages (unit `ấp`, the noun as written; code None). NEW: the centre named
  in full ("Trung tâm Phục vụ hành chính công xã Ba Chúc … bố trí 09 quầy với 12 công chức, viên chức và 02 điểm tiếp
  nhận …", "… đang tiếp nhận hồ sơ của 318 TTHC, trong đó 241 TTHC … toàn trình") keeps the name as written (level
  xã); named by its kind ("tại Trung tâm 1.018 hồ sơ", "Trung tâm đã cấp 1.126 bản sao") subject unchecked, level xã
  (as 461). Files by reception point after "Theo nơi tiếp nhận:" carry the received code: "điểm tiếp nhận Lạc Quới"
  and "điểm tiếp nhận Lê Trì" as written (level xã). "(tháng 9/2025: …)" previous values dated 2025-09-30. A dash list
  of five ấp "- Ấp An Hòa: hỗ trợ n hồ sơ trực tuyến, kích hoạt m tài khoản định danh điện tử;" (subject as written,
  level unchecked as 461's villages; files code unchecked, accounts the identity-account code); "các tổ đã hỗ trợ …
  538 hồ sơ …, chiếm 66,26%" (subject unchecked, level xã). "chỉ tiêu UBND tỉnh giao cho xã năm 2025 là 70%, xã chưa
  đạt chỉ tiêu" (the commune's target dated 2025-12-31; 65,50% carries it). "04/04 PAKN" one count. The commune's
  `84,62/100`, rank `37/102` among the province's xã, phường, đặc khu, "tăng 11 bậc so với tháng 9/2025 (xếp thứ
  48/102)", the "khối xã toàn tỉnh" average (subject unchecked, level xã), two group scores. Task 3's "đạt tối thiểu
  85% trong tháng 12/2025" is the accounts' of the commune's area (subject unchecked, level xã, dated 2025-12-31). Five
  deadlines: day, "chậm nhất" day in words, month (with the target), quarter, "trước ngày 22 hằng tháng" (issued
  04/11/2025: first 22/11/2025).
- 537 is a monthly Báo cáo of the Sở Khoa học và Công nghệ tỉnh Lâm Đồng (merged with Đắk Nông and Bình Thuận; the Sở
  took over the former Sở Thông tin và Truyền thông's tasks), tháng 8 năm 2025, issued 05/9/2025, to UBND tỉnh. As
  golden/blind81.py's 481: the province's network, data centre, LGSP, shared data warehouse, open-data portal,
  document system and security centre name no body (subject and level unchecked); "Toàn tỉnh có 1.124 Tổ công nghệ số
  cộng đồng với 7.865 thành viên" is the province's (subject NULL); the files, shares, group scores "của tỉnh" or on
  the "Hệ thống thông tin giải quyết TTHC tỉnh" are the province's (subject NULL; the toàn trình share's code
  unchecked; the group's rank "xếp thứ 9/34" code unchecked); the Sở's own certificates, classes, trainees, files,
  score and rank are "Sở Khoa học và Công nghệ" (level tỉnh). "tăng 46 máy chủ ảo so với tháng 6/2025 (168 máy chủ
  ảo)" (previous dated 2025-06-30), "tăng 24,6% so với tháng 7/2025 (1.481.803 giao dịch)" (relative change; previous
  dated 2025-07-31), "bình quân 59.559 giao dịch/ngày" (an average: kind value), "lần lượt là 3.126.408, 2.214.560 và
  86.412 bản ghi" (bare numbers taking the unit after the last), the data moved from the former provinces in a dash
  list "- Khu vực tỉnh Đắk Nông cũ: 1.048.216 bản ghi, đã chuẩn hóa 86,42%;" (subject and level unchecked),
  "2.214.560/2.386.105 dữ liệu" one count with its max, "tăng 36 bộ dữ liệu" a change of a count, "giảm 18,4%" a
  relative fall (negative); the portal's "2.846.510 lượt truy cập …, tăng 12,8%" (subject and level unchecked); the
  Sở's "02/02 PAKN" one count. "100% xã, phường, đặc khu" a share of units (subject unchecked, level xã). Task 5's
  "nâng tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt tối thiểu 50%, hoàn thành trong năm 2025" is the province's
  target (subject NULL, code unchecked), dated 2025-12-31. Six deadlines: day, "chậm nhất" day in words, month (a
  request "Đề nghị UBND tỉnh …": assignee "UBND tỉnh"), quarter, year (with the target), "trước ngày 25 hằng tháng"
  (issued 05/9/2025: first 25/9/2025).
- 538 is a monthly Báo cáo of the Ban Chỉ đạo Đề án 06 tỉnh Khánh Hòa (merged with Ninh Thuận; header "UBND TỈNH
  KHÁNH HÒA / BAN CHỈ ĐẠO ĐỀ ÁN 06"), tháng 11 năm 2025, issued 04/12/2025, to the Government's working group. The
  Ban Chỉ đạo's province-wide figures ("Tỉnh đã triển khai …", "toàn tỉnh …") have subject NULL. NEW: the essential
  online public services ("25/25 dịch vụ công thiết yếu", unit `dịch vụ`): their files and online share are not the
  766 index's (codes unchecked), "(tháng 10/2025: 78,46%), tăng 3,73%" dated 2025-10-31. Its Markdown Bảng 1 (centred
  and right-aligned separators) lists one service per row (total files, online files, online share: a service is no
  body, subject and level unchecked, codes unchecked) with "Các dịch vụ còn lại" and a "Tổng cộng" row with an empty
  STT cell (the province's: subject NULL; it repeats the prose). The two lowest services in brackets (subject and
  level unchecked). Identity accounts of "Toàn tỉnh" carry the identity-account code: "1.486.215 tài khoản … đạt
  88,34% số công dân từ đủ 14 tuổi trở lên (1.682.375 người), tăng 21.408 tài khoản so với tháng 10/2025 (1.464.807
  tài khoản); so với chỉ tiêu năm 2025 là 90% thì chưa đạt chỉ tiêu" (target dated 2025-12-31), "Còn 196.160 công
  dân" (code unchecked). Bodies named in full keep their names: "Công an tỉnh đã cấp 14.862 thẻ căn cước, tiếp nhận
  2.415 hồ sơ …", "Sở Tư pháp đã số hóa, làm sạch 412.608 dữ liệu hộ tịch, đạt 96,25% kế hoạch", "Sở Y tế đã tạo lập
  sổ sức khỏe điện tử cho 1.204.318 người" (its share "đạt 53,72% dân số của tỉnh" of the people covered: subject and
  level unchecked, as golden/blind87.py's 513 reads "đạt 91,78%"); "khu vực tỉnh Ninh Thuận cũ còn 15.486 dữ liệu"
  (a former province's area: subject and level unchecked); the highest and lowest communes in brackets (level xã,
  identity-account code); social payments "41.236/45.118 người hưởng" one count (subject NULL); the health facilities
  and the look-ups at them (subject and level unchecked, as golden/blind88.py's 515). The province's `85,62/100`,
  `21/34`, a group score, "65/65 xã, phường, đặc khu". Task 1's "bảo đảm tỷ lệ của toàn tỉnh đạt tối thiểu 90% trong
  tháng 12/2025" is the province's (subject NULL), dated 2025-12-31. Six deadlines: month (with the target), day,
  "chậm nhất" day in words, quarter "trong quý I năm 2026" for two named communes, year "trong năm 2026", "trước ngày
  20 hằng tháng" (issued 04/12/2025: first 20/12/2025).
- 539 is a Công văn đôn đốc of UBND tỉnh Ninh Bình (merged with Hà Nam and Nam Định; header "ỦY BAN NHÂN DÂN / TỈNH
  NINH BÌNH", number "2184/UBND-KSTT", a "V/v" line naming "tháng 7 năm 2025") to eight lagging communes, the Sở Khoa
  học và Công nghệ and the Sở Nội vụ, issued 12/8/2025. Province figures have subject NULL (files, shares, overdue
  files "trong đó cấp xã 499 hồ sơ" (subject `cấp xã`), `84,27/100`, `12/34`, the identity-account average
  "(81,45%)"); the communes' average and block averages (subject unchecked, level xã), "46/129 xã, phường … 75 đơn vị
  … 08 đơn vị" (level xã, code None). NEW: a TAB-SEPARATED table of the eight lagging communes (subject as written,
  "Xã Cúc Phương", level xã): files received, online and payment shares, overdue files, the commune's 766 score (unit
  `điểm`, no max written) and its RANK WRITTEN `n/129` in the last column (kind rank, max 129, code 766.xep_hang); a
  "Cộng" row with an empty STT cell (the eight communes together: subject unchecked, level xã) whose payment, score
  and rank cells are "-" (no figures). After it, the eight together "5.972 hồ sơ, chỉ chiếm 3,20% … 91 hồ sơ quá hạn,
  chiếm 18,24%" (subject unchecked, level xã; shares' codes unchecked), the lowest commune's share and the commune
  with most overdue files in brackets ("Xã Cúc Phương", "xã Nghĩa Lâm"), their accounts' average (subject unchecked,
  level xã). Counts in requests ("UBND 08 xã nêu trên", "38 hồ sơ", "03 xã"): subject and level unchecked. Request 4's
  "nâng tỷ lệ hồ sơ nộp trực tuyến của mỗi xã đạt tối thiểu 50% trong quý III năm 2025" is each commune's (subject
  unchecked, level xã), dated 2025-09-30. Six deadlines in numbered requests after "Chủ tịch UBND tỉnh yêu cầu:": day
  (assignee "UBND 08 xã nêu trên" as written), "chậm nhất" day in words for two named communes, month, quarter (with
  the target), year "hoàn thành trong năm 2025", "trước ngày 05 hằng tháng" (issued 12/8/2025, after the 5th: first
  05/9/2025).
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
_Y2025 = "2025-12-31"
_Q2_2025 = "2025-06-30"
_JUL_2025 = "2025-07-31"
_SEP_2025 = "2025-09-30"
_OCT_2025 = "2025-10-31"
_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_XA = {"subject": "cấp xã", "level": "xã"}
_OPEN = {"subject": ANY, "level": ANY}


def _row(cells: list[tuple[str, object, object, str, str, str, object]], after: str, sep: str,
         end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, subject, level, as_of, unit, kind, code)`. A cell's context is
    the separator before it, the rest of its row and the start of the next line (`after`), so that it occurs once and
    the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, subject, level, as_of, unit, kind, code) in enumerate(cells)]


# ------------------------------------------------------------ 535: UBND tỉnh Vĩnh Long, 9 tháng đầu năm 2025
def _former_and_new_535(unit: str, code: str, raws: str, after: str) -> list[Fact]:
    """One Markdown row of Bảng 1: the three former provinces' half-year cells (dated 2025-06-30, subject and level
    unchecked) and the new province's quý III cell (subject NULL, the period end)."""
    former, new = raws.split()[:3], raws.split()[3]
    cells = [(raw, ANY, ANY, _Q2_2025, unit, P, code) for raw in former] + [(new, None, None, "period", unit, P, code)]
    return _row(cells, after, " | ", " |\n")


def _group_535(name: str, raw: str, maximum: int, code: str) -> Fact:
    """One dash line "- <group>: x/max điểm;" of the province's quý III group scores."""
    return F(f"{name}: {raw}", raw, _num(raw.split("/")[0]), "điểm", max_value=maximum, code=code)


BLIND_535 = [
    # I. (6124/VPCP-KSTT and 202/2025/QH15 cited; "ba tỉnh cũ" in words)
    F("ban hành 14 quyết định", "14", 14, "quyết định", C, code=None),
    F("là 1.968 TTHC", "1.968", 1968, "TTHC", C, code=_TTHC),
    F("cấp tỉnh 1.592 TTHC", "1.592", 1592, "TTHC", C, code=_TTHC, **_TINH),
    F("cấp xã 376 TTHC", "376", 376, "TTHC", C, code=_TTHC, **_XA),
    F("toàn trình là 1.124", "1.124", 1124, "TTHC", C, code=_TOAN),
    F("chiếm 57,11%", "57,11%", 57.11, "%", code=_TOAN),
    F("một phần 703", "703", 703, "TTHC", C, code=_MOT),
    F("chiếm 35,72%", "35,72%", 35.72, "%", code=_MOT),
    F("còn 141 TTHC", "141", 141, "TTHC", C, code=ANY),
    F("tại 19 sở", "19", 19, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("và 124/124 xã", "124/124", 124, "xã", C, max_value=124, subject=ANY, level="xã", code=None),
    # II.1 the nine months, the province (former provinces' half year included)
    F("tiếp nhận 1.286.450", "1.286.450", 1286450, "hồ sơ", C, code=_TN),
    F("trực tuyến 790.864", "790.864", 790864, "hồ sơ", C, code=_NOP),
    F("chiếm 61,48%", "61,48%", 61.48, "%", code=_NOP),
    F("giải quyết 1.241.906", "1.241.906", 1241906, "hồ sơ", C, code=ANY),
    F("đúng hạn 1.228.742", "1.228.742", 1228742, "hồ sơ", C, code=_DH),
    F("đạt 98,94%", "98,94%", 98.94, "%", code=_DH),
    F("quá hạn 13.164", "13.164", 13164, "hồ sơ", C, code=_QH),
    F("chiếm 1,06%", "1,06%", 1.06, "%", code=_QH),
    # II.2 the former provinces' half year (counts dated 2025-06-30, subject and level unchecked)
    F("cũ tiếp nhận 268.412", "268.412", 268412, "hồ sơ", C, as_of=_Q2_2025, code=_TN, **_OPEN),
    F("cũ tiếp nhận 352.706", "352.706", 352706, "hồ sơ", C, as_of=_Q2_2025, code=_TN, **_OPEN),
    F("cũ tiếp nhận 245.184", "245.184", 245184, "hồ sơ", C, as_of=_Q2_2025, code=_TN, **_OPEN),
    # Bảng 1 (Markdown): former provinces' half year | the new province's quý III
    *_former_and_new_535("hồ sơ", _TN, "268.412 352.706 245.184 420.148", "| 2 | Hồ sơ nộp"),
    *_former_and_new_535("hồ sơ", _NOP, "156.645 216.103 136.911 281.205", "| 3 | Tỷ lệ nộp"),
    *_former_and_new_535("%", _NOP, "58,36 61,27 55,84 66,93", "| 4 | Tỷ lệ giải quyết"),
    *_former_and_new_535("%", _DH, "98,71 99,12 98,46 99,26", "| 5 | Tỷ lệ thanh toán"),
    *_former_and_new_535("%", _TT, "41,25 47,38 39,62 52,84", "| 6 | Tỷ lệ số hóa"),
    *_former_and_new_535("%", _SH, "82,14 86,73 80,95 90,41", "\n3. Trong quý III"),
    # II.3 quý III by level
    F("cấp tỉnh tiếp nhận 98.426", "98.426", 98426, "hồ sơ", C, code=_TN, **_TINH),
    F("cấp xã tiếp nhận 321.722", "321.722", 321722, "hồ sơ", C, code=_TN, **_XA),
    F("lần lượt là 88,47%", "88,47%", 88.47, "%", code=_NOP, **_TINH),
    F("và 60,34%", "60,34%", 60.34, "%", code=_NOP, **_XA),
    F("tương ứng là 99,68%", "99,68%", 99.68, "%", code=_DH, **_TINH),
    F("và 99,13%", "99,13%", 99.13, "%", code=_DH, **_XA),
    F("còn 2.415 hồ sơ", "2.415", 2415, "hồ sơ", C, code=_QH),
    F("(1.836 hồ sơ)", "1.836", 1836, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    # II.4 against the former provinces' quý II average (the province's earlier figure, dated 2025-06-30)
    F("là 3,8 ngày", "3,8", 3.8, "ngày", code=_TIME),
    F("rút ngắn 0,6 ngày", "0,6", -0.6, "ngày", CH, code=_TIME),
    F("(4,4 ngày)", "4,4", 4.4, "ngày", PR, as_of=_Q2_2025, code=_TIME),
    # III.
    F("của tỉnh đạt 90,41%", "90,41%", 90.41, "%", code=_SH),
    F("điện tử đạt 93,58%", "93,58%", 93.58, "%", code=_KQ),
    F("đạt 46,27%", "46,27%", 46.27, "%", code=_TSD),
    F("tăng 8,15%", "8,15%", 8.15, "%", CH, code=_TSD),
    F("(38,12%)", "38,12%", 38.12, "%", PR, as_of=_Q2_2025, code=_TSD),
    F("Quý III có 224.531", "224.531", 224531, "hồ sơ", C, code=ANY),
    F("đó 118.642", "118.642", 118642, "hồ sơ", C, code=_TT),
    F("tiền 96,42 tỷ đồng", "96,42", 96.42, "tỷ đồng", code=ANY),
    F("quý III đạt 52,84%", "52,84%", 52.84, "%", code=_TT, target=60, stated_status="chưa đạt"),
    F("giao là 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
    # IV. Đề án 06 ("Đến ngày 30/9/2025" the period end; "mức độ 2", "từ đủ 14 tuổi" no figures)
    F("có 2.386.415", "2.386.415", 2386415, "tài khoản", C, code=_TK),
    F("đạt 81,36%", "81,36%", 81.36, "%", code=_TK),
    # V. PAKN; parts by former province (subject, level, code unchecked)
    F("tiếp nhận 186 PAKN", "186", 186, "PAKN", C, code=_PAKN_TN),
    F("là 62 PAKN", "62", 62, "PAKN", C, code=ANY, **_OPEN),
    F(", 71 PAKN", "71", 71, "PAKN", C, code=ANY, **_OPEN),
    F("và 53 PAKN", "53", 53, "PAKN", C, code=ANY, **_OPEN),
    F("xử lý 179 PAKN", "179", 179, "PAKN", C, code=_PAKN_XL),
    F("đạt 96,24%", "96,24%", 96.24, "%", code=_PAKN_TL),
    F("đạt 95,18%", "95,18%", 95.18, "%", code=_HL),
    # VI.1 the province /34; the former provinces' quý II (previous, dated 2025-06-30, subject and level unchecked)
    F("đạt 87,05/100", "87,05/100", 87.05, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 16/34", "16/34", 16, "hạng", R, max_value=34, code=_HANG),
    F("cũ đạt 84,12 điểm", "84,12", 84.12, "điểm", PR, max_value=100, as_of=_Q2_2025, code=_TONG, **_OPEN),
    F("xếp thứ 31/63", "31/63", 31, "hạng", PR, max_value=63, as_of=_Q2_2025, code=_HANG, **_OPEN),
    F("cũ đạt 86,58 điểm", "86,58", 86.58, "điểm", PR, max_value=100, as_of=_Q2_2025, code=_TONG, **_OPEN),
    F("xếp thứ 19/63", "19/63", 19, "hạng", PR, max_value=63, as_of=_Q2_2025, code=_HANG, **_OPEN),
    F("cũ đạt 82,90 điểm", "82,90", 82.90, "điểm", PR, max_value=100, as_of=_Q2_2025, code=_TONG, **_OPEN),
    F("xếp thứ 38/63", "38/63", 38, "hạng", PR, max_value=63, as_of=_Q2_2025, code=_HANG, **_OPEN),
    F("(84,53 điểm)", "84,53", 84.53, "điểm", PR, max_value=100, as_of=_Q2_2025, code=_TONG),
    F("tăng 2,52 điểm", "2,52", 2.52, "điểm", CH, code=_TONG),
    # VI.2 the six groups in quý III
    _group_535("Công khai, minh bạch", "16,84/18", 18, "766.cong_khai"),
    _group_535("Tiến độ, kết quả giải quyết", "19,26/20", 20, "766.tien_do"),
    _group_535("Dịch vụ công trực tuyến", "10,12/12", 12, "766.dvctt"),
    _group_535("Thanh toán trực tuyến", "7,46/10", 10, "766.thanh_toan"),
    _group_535("Số hóa hồ sơ", "18,15/22", 22, "766.so_hoa"),
    _group_535("Mức độ hài lòng", "15,22/18", 18, "766.hai_long"),
    # VI.3 block averages, counts by grade, best and worst communes
    F("ngành đạt 89,36 điểm", "89,36", 89.36, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("phường đạt 81,74 điểm", "81,74", 81.74, "điểm", subject=ANY, level="xã", code=_TONG),
    F("Có 41/124 xã", "41/124", 41, "xã", C, max_value=124, subject=ANY, level="xã", code=None),
    F("Tốt, 63 đơn vị", "63", 63, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("Khá, 20 đơn vị", "20", 20, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("(93,42 điểm)", "93,42", 93.42, "điểm", subject="Phường Bến Tre", level="xã", code=_TONG),
    F("(68,15 điểm)", "68,15", 68.15, "điểm", subject="xã Hòa Minh", level="xã", code=_TONG),
    # VII. a count repeated, the communes' target for quý IV (phone number no figure)
    F("dứt điểm 1.836 hồ sơ", "1.836", 1836, "hồ sơ", C, code=ANY, **_OPEN),
    F("tối thiểu 60%", "60%", 60, "%", T, subject=ANY, level="xã", as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 536: UBND xã Ba Chúc (An Giang), tháng 10 năm 2025
_BC = "UBND xã Ba Chúc"
_TTX = "Trung tâm Phục vụ hành chính công xã Ba Chúc"
_IN_XA = {"subject": ANY, "level": "xã"}


def _bc(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the commune itself (the issuer), level xã."""
    return F(context, raw, value, unit, kind, subject=_BC, level="xã", **kw)


def _hamlet_536(name: str, files: str, accounts: str) -> list[Fact]:
    """One dash line "- Ấp X: hỗ trợ n hồ sơ trực tuyến, kích hoạt m tài khoản …;" (subject as written, level
    unchecked: an ấp is below the commune)."""
    return [F(f"{name}: hỗ trợ {files} hồ sơ", files, _num(files), "hồ sơ", C, subject=name, level=ANY, code=ANY),
            F(f"kích hoạt {accounts} tài khoản", accounts, _num(accounts), "tài khoản", C, subject=name, level=ANY,
              code=_TK)]


BLIND_536 = [
    # I. (1876/VP-KSTT, 1654/NQ-UBTVQH15 cited; the stated window is the period)
    F("có 18 ấp", "18", 18, "ấp", C, code=None, **_IN_XA),
    F("với 9.846 hộ", "9.846", 9846, "hộ", C, code=ANY, **_IN_XA),
    F("37.512 nhân khẩu", "37.512", 37512, "nhân khẩu", C, code=ANY, **_IN_XA),
    F("chiếm 41,26%", "41,26%", 41.26, "%", code=ANY, **_IN_XA),
    # the centre named in full keeps its name
    F("bố trí 09 quầy", "09", 9, "quầy", C, subject=_TTX, level="xã", code=None),
    F("với 12 công chức", "12", 12, "công chức", C, subject=_TTX, level="xã", code=None),
    F("và 02 điểm tiếp nhận", "02", 2, "điểm tiếp nhận", C, subject=_TTX, level="xã", code=None),
    F("hồ sơ của 318 TTHC", "318", 318, "TTHC", C, subject=_TTX, level="xã", code=_TTHC),
    F("trong đó 241 TTHC", "241", 241, "TTHC", C, subject=_TTX, level="xã", code=_TOAN),
    # II.1 tháng 9/2025 dated 2025-09-30
    _bc("tiếp nhận 1.284", "1.284", 1284, "hồ sơ", C, code=_TN),
    _bc("(tháng 9/2025: 1.126", "1.126", 1126, "hồ sơ", PR, as_of=_SEP_2025, code=_TN),
    _bc("tăng 158 hồ sơ", "158", 158, "hồ sơ", CH, code=_TN),
    _bc("trực tuyến 812", "812", 812, "hồ sơ", C, code=_NOP),
    _bc("chiếm 63,24%", "63,24%", 63.24, "%", code=_NOP),
    _bc("trực tiếp 436", "436", 436, "hồ sơ", C, code=_NTT),
    _bc("công ích 36", "36", 36, "hồ sơ", C, code=ANY),
    # by reception point
    F("tại Trung tâm 1.018", "1.018", 1018, "hồ sơ", C, code=_TN, **_IN_XA),
    F("Lạc Quới 154 hồ sơ", "154", 154, "hồ sơ", C, subject="điểm tiếp nhận Lạc Quới", level="xã", code=_TN),
    F("Lê Trì 112 hồ sơ", "112", 112, "hồ sơ", C, subject="điểm tiếp nhận Lê Trì", level="xã", code=_TN),
    # II.2
    _bc("giải quyết 1.205", "1.205", 1205, "hồ sơ", C, code=ANY),
    _bc("đúng hạn 1.198", "1.198", 1198, "hồ sơ", C, code=_DH),
    _bc("đạt 99,42%", "99,42%", 99.42, "%", code=_DH),
    _bc("quá hạn 07 hồ sơ (", "07", 7, "hồ sơ", C, code=_QH),
    F("đất đai 05 hồ sơ", "05", 5, "hồ sơ", C, code=_QH, **_IN_XA),
    F("xây dựng 02 hồ sơ", "02", 2, "hồ sơ", C, code=_QH, **_IN_XA),
    _bc("là 2,3 ngày", "2,3", 2.3, "ngày", code=_TIME),
    # III.1 payment against the commune's 2025 target
    _bc("có 742 hồ sơ", "742", 742, "hồ sơ", C, code=ANY),
    _bc("đó 486 hồ sơ", "486", 486, "hồ sơ", C, code=_TT),
    _bc("đạt 65,50%", "65,50%", 65.50, "%", code=_TT, target=70, stated_status="chưa đạt"),
    _bc("(tháng 9/2025: 58,73%)", "58,73%", 58.73, "%", PR, as_of=_SEP_2025, code=_TT),
    _bc("tăng 6,77%", "6,77%", 6.77, "%", CH, code=_TT),
    _bc("năm 2025 là 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
    # III.2 (the centre by its kind: subject unchecked)
    _bc("đạt 97,35%", "97,35%", 97.35, "%", code=_SH),
    _bc("đạt 98,12%", "98,12%", 98.12, "%", code=_KQ),
    _bc("đạt 48,60%", "48,60%", 48.60, "%", code=_TSD),
    F("cấp 1.126 bản", "1.126", 1126, "bản", C, code=ANY, **_IN_XA),
    # III.3 people in the commune's area ("từ đủ 14 tuổi", "mức độ 2" no figures)
    F("có 28.416 người", "28.416", 28416, "người", C, code=ANY, **_IN_XA),
    F("kích hoạt 22.805", "22.805", 22805, "tài khoản", C, code=_TK, **_IN_XA),
    F("đạt 80,25%", "80,25%", 80.25, "%", code=_TK, **_IN_XA),
    # III.4 community digital teams; a dash list of five ấp ("hai ấp" in words)
    F("18/18 ấp", "18/18", 18, "ấp", C, max_value=18, code=None, **_IN_XA),
    F("với 96 thành viên", "96", 96, "thành viên", C, code=None, **_IN_XA),
    F("nộp 538 hồ sơ", "538", 538, "hồ sơ", C, code=ANY, **_IN_XA),
    F("chiếm 66,26%", "66,26%", 66.26, "%", code=ANY, **_IN_XA),
    *_hamlet_536("Ấp An Hòa", "126", "214"),
    *_hamlet_536("Ấp An Định", "87", "152"),
    *_hamlet_536("Ấp Vĩnh Thạnh", "64", "118"),
    *_hamlet_536("Ấp Sóc Tức", "23", "41"),
    *_hamlet_536("Ấp Tà Ngáo", "19", "36"),
    # IV.
    _bc("tiếp nhận 04 PAKN", "04", 4, "PAKN", C, code=_PAKN_TN),
    _bc("xử lý 04/04 PAKN", "04/04", 4, "PAKN", C, max_value=4, code=_PAKN_XL),
    _bc("đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _bc("Có 926 lượt", "926", 926, "lượt", C, code=ANY),
    _bc("đó 918 lượt", "918", 918, "lượt", C, code=ANY),
    _bc("chiếm 99,14%", "99,14%", 99.14, "%", code=_HL),
    # V. the commune's score and rank among the province's 102 units (tháng 9/2025 dated 2025-09-30)
    _bc("đạt 84,62/100", "84,62/100", 84.62, "điểm", max_value=100, code=_TONG),
    _bc("xếp thứ 37/102", "37/102", 37, "hạng", R, max_value=102, code=_HANG),
    _bc("tăng 11 bậc", "11", 11, "hạng", CH, code=_HANG),
    _bc("(xếp thứ 48/102)", "48/102", 48, "hạng", PR, max_value=102, as_of=_SEP_2025, code=_HANG),
    F("là 82,15 điểm", "82,15", 82.15, "điểm", code=_TONG, **_IN_XA),
    _bc("đạt 19,42/20", "19,42/20", 19.42, "điểm", max_value=20, code="766.tien_do"),
    _bc("đạt 17,86/22", "17,86/22", 17.86, "điểm", max_value=22, code="766.so_hoa"),
    # VI. counts repeated or ordered in tasks, the accounts' target for December (phone number no figure)
    F("dứt điểm 07 hồ sơ", "07", 7, "hồ sơ", C, code=ANY, **_OPEN),
    F("thêm 01 máy quét", "01", 1, "máy quét", C, code=None, **_OPEN),
    F("tối thiểu 85%", "85%", 85, "%", T, subject=ANY, level="xã", as_of=_Y2025, code=_TK),
    F("tại 05 ấp", "05", 5, "ấp", C, code=None, **_OPEN),
]

# ------------------------------------------------------------ 537: Sở Khoa học và Công nghệ tỉnh Lâm Đồng, tháng 8/2025
_SKH = "Sở Khoa học và Công nghệ"


def _skh(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở itself, level tỉnh."""
    return F(context, raw, value, unit, kind, subject=_SKH, level="tỉnh", **kw)


BLIND_537 = [
    # I. infrastructure ("cấp II" no figure)
    F("đến 21 sở", "21", 21, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("và 124/124 xã", "124/124", 124, "xã", C, max_value=124, subject=ANY, level="xã", code=None),
    F("vận hành 214 máy chủ ảo", "214", 214, "máy chủ ảo", C, code=None, **_OPEN),
    F("tăng 46 máy chủ ảo", "46", 46, "máy chủ ảo", CH, code=None, **_OPEN),
    F("(168 máy chủ ảo)", "168", 168, "máy chủ ảo", PR, as_of=_Q2_2025, code=None, **_OPEN),
    F("đạt 99,82%", "99,82%", 99.82, "%", code=ANY, **_OPEN),
    # II.1 LGSP (tháng 7/2025 dated 2025-07-31)
    F("kết nối 32 hệ thống", "32", 32, "hệ thống", C, code=None, **_OPEN),
    F("trong đó 12 hệ thống", "12", 12, "hệ thống", C, code=None, **_OPEN),
    F("và 20 hệ thống", "20", 20, "hệ thống", C, code=None, **_OPEN),
    F("ghi nhận 1.846.327", "1.846.327", 1846327, "giao dịch", C, code=ANY, **_OPEN),
    F("bình quân 59.559", "59.559", 59559, "giao dịch", code=ANY, **_OPEN),
    F("tăng 24,6%", "24,6%", 24.6, "%", CH, code=ANY, **_OPEN),
    F("(1.481.803 giao dịch)", "1.481.803", 1481803, "giao dịch", PR, as_of=_JUL_2025, code=ANY, **_OPEN),
    # II.2 shared data warehouse; data moved from the former provinces
    F("tích hợp 27 cơ sở", "27", 27, "cơ sở dữ liệu", C, code=None, **_OPEN),
    F("với 6.482.315 bản ghi", "6.482.315", 6482315, "bản ghi", C, code=ANY, **_OPEN),
    F("lần lượt là 3.126.408", "3.126.408", 3126408, "bản ghi", C, code=ANY, **_OPEN),
    F("3.126.408, 2.214.560", "2.214.560", 2214560, "bản ghi", C, code=ANY, **_OPEN),
    F("và 86.412 bản ghi", "86.412", 86412, "bản ghi", C, code=ANY, **_OPEN),
    F("Nông cũ: 1.048.216", "1.048.216", 1048216, "bản ghi", C, code=ANY, **_OPEN),
    F("chuẩn hóa 86,42%", "86,42%", 86.42, "%", code=ANY, **_OPEN),
    F("Thuận cũ: 2.316.504", "2.316.504", 2316504, "bản ghi", C, code=ANY, **_OPEN),
    F("chuẩn hóa 78,15%", "78,15%", 78.15, "%", code=ANY, **_OPEN),
    # II.3
    F("số hóa 2.214.560/2.386.105", "2.214.560/2.386.105", 2214560, "dữ liệu", C, max_value=2386105, code=ANY,
      **_OPEN),
    F("đạt 92,81%", "92,81%", 92.81, "%", code=ANY, **_OPEN),
    F("công bố 148 bộ", "148", 148, "bộ dữ liệu", C, code=None, **_OPEN),
    F("tăng 36 bộ", "36", 36, "bộ dữ liệu", CH, code=None, **_OPEN),
    # III. the province's files and scores (subject NULL)
    F("tiếp nhận 168.412", "168.412", 168412, "hồ sơ", C, code=_TN),
    F("trực tuyến 116.253", "116.253", 116253, "hồ sơ", C, code=_NOP),
    F("chiếm 69,03%", "69,03%", 69.03, "%", code=_NOP),
    F("tương ứng là 91,26%", "91,26%", 91.26, "%", code=_NOP, **_TINH),
    F("và 62,47%", "62,47%", 62.47, "%", code=_NOP, **_XA),
    F("toàn trình đạt 41,68%", "41,68%", 41.68, "%", code=ANY),
    F("có 2.846.510 lượt", "2.846.510", 2846510, "lượt", C, code=ANY, **_OPEN),
    F("tăng 12,8%", "12,8%", 12.8, "%", CH, code=ANY, **_OPEN),
    F("tỉnh đạt 54,16%", "54,16%", 54.16, "%", code=_TT, target=65, stated_status="chưa đạt"),
    F("năm 2025 là 65%", "65%", 65, "%", T, as_of=_Y2025, code=_TT),
    F("đạt 10,46/12", "10,46/12", 10.46, "điểm", max_value=12, code="766.dvctt"),
    F("xếp thứ 9/34", "9/34", 9, "hạng", R, max_value=34, code=ANY),
    F("đạt 6,82/10", "6,82/10", 6.82, "điểm", max_value=10, code="766.thanh_toan"),
    _skh("cấp mới 3.418", "3.418", 3418, "chứng thư", C, code=ANY),
    F("; 100% xã", "100%", 100, "%", subject=ANY, level="xã", code=ANY),
    # IV.
    F("nhận 186.420 văn bản", "186.420", 186420, "văn bản", C, code=ANY, **_OPEN),
    F("trong đó 98,74%", "98,74%", 98.74, "%", code=ANY, **_OPEN),
    F("có 1.124 Tổ", "1.124", 1124, "tổ", C, code=None),
    F("với 7.865 thành viên", "7.865", 7865, "thành viên", C, code=None),
    _skh("tổ chức 04 lớp", "04", 4, "lớp", C, code=None),
    _skh("cho 486 lượt", "486", 486, "lượt", C, code=ANY),
    F("xử lý 1.215 cảnh báo", "1.215", 1215, "cảnh báo", C, code=ANY, **_OPEN),
    F("giảm 18,4%", "18,4%", -18.4, "%", CH, code=ANY, **_OPEN),
    # V. the Sở's own files, score and rank among 19 agencies
    _skh("Sở tiếp nhận 412", "412", 412, "hồ sơ", C, code=_TN),
    _skh("đó 398 hồ sơ", "398", 398, "hồ sơ", C, code=_NOP),
    _skh("đạt 96,60%", "96,60%", 96.60, "%", code=_NOP),
    _skh("; 100% hồ sơ", "100%", 100, "%", code=_DH),
    _skh("tiếp nhận 02 PAKN", "02", 2, "PAKN", C, code=_PAKN_TN),
    _skh("xong 02/02 PAKN", "02/02", 2, "PAKN", C, max_value=2, code=_PAKN_XL),
    _skh("đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _skh("đạt 92,14/100", "92,14/100", 92.14, "điểm", max_value=100, code=_TONG),
    _skh("xếp thứ 2/19", "2/19", 2, "hạng", R, max_value=19, code=_HANG),
    # VI. counts in tasks, the province's target for the year ("4G" and the phone number no figures)
    F("với 05 hệ thống", "05", 5, "hệ thống", C, code=None, **_OPEN),
    F("tại 37 thôn", "37", 37, "thôn", C, code=None, **_OPEN),
    F("tối thiểu 50%", "50%", 50, "%", T, as_of=_Y2025, code=ANY),
]

# ------------------------------------------------------------ 538: Ban Chỉ đạo Đề án 06 tỉnh Khánh Hòa, tháng 11/2025


def _service_538(subject: object, level: object, total: str, online: str, share: str, after: str) -> list[Fact]:
    """One Markdown row of Bảng 1 (an essential service, or "Tổng cộng" = the province): total files, online files,
    online share (codes unchecked: not the 766 index's)."""
    cells = [(total, subject, level, "period", "hồ sơ", P, ANY), (online, subject, level, "period", "hồ sơ", P, ANY),
             (share, subject, level, "period", "%", P, ANY)]
    return _row(cells, after, " | ", " |\n")


BLIND_538 = [
    # I.1 essential services (06/QĐ-TTg, 318/KH-UBND cited; tháng 10/2025 dated 2025-10-31)
    F("triển khai 25/25", "25/25", 25, "dịch vụ", C, max_value=25, code=ANY),
    F("trong đó 22 dịch vụ", "22", 22, "dịch vụ", C, code=ANY),
    F("tiếp nhận 48.326", "48.326", 48326, "hồ sơ", C, code=ANY),
    F("đó 39.718", "39.718", 39718, "hồ sơ", C, code=ANY),
    F("đạt 82,19%", "82,19%", 82.19, "%", code=ANY),
    F("(tháng 10/2025: 78,46%)", "78,46%", 78.46, "%", PR, as_of=_OCT_2025, code=ANY),
    F("tăng 3,73%", "3,73%", 3.73, "%", CH, code=ANY),
    # Bảng 1 (Markdown, aligned separators): services (subject and level unchecked); "Tổng cộng" the province
    *_service_538(ANY, ANY, "3.846", "3.512", "91,32", "| 2 | Đăng ký khai tử"),
    *_service_538(ANY, ANY, "1.126", "1.008", "89,52", "| 3 | Đăng ký thường trú"),
    *_service_538(ANY, ANY, "6.215", "5.948", "95,70", "| 4 | Đăng ký tạm trú"),
    *_service_538(ANY, ANY, "8.432", "8.117", "96,26", "| 5 | Cấp đổi"),
    *_service_538(ANY, ANY, "5.618", "4.127", "73,46", "| 6 | Đăng ký, cấp"),
    *_service_538(ANY, ANY, "9.214", "7.106", "77,12", "| 7 | Cấp Phiếu"),
    *_service_538(ANY, ANY, "2.108", "1.867", "88,57", "| 8 | Các dịch vụ"),
    *_service_538(ANY, ANY, "11.767", "8.033", "68,27", "| | Tổng cộng"),
    *_service_538(None, None, "48.326", "39.718", "82,19", "\nNgoài nhóm"),
    F("lái xe (73,46%)", "73,46%", 73.46, "%", code=ANY, **_OPEN),
    F("biển số xe (77,12%)", "77,12%", 77.12, "%", code=ANY, **_OPEN),
    # II.1 identity accounts of the province (tháng 10/2025 dated 2025-10-31; "từ đủ 14 tuổi" no figure)
    F("kích hoạt 1.486.215", "1.486.215", 1486215, "tài khoản", C, code=_TK),
    F("đạt 88,34%", "88,34%", 88.34, "%", code=_TK, target=90, stated_status="chưa đạt"),
    F("(1.682.375 người)", "1.682.375", 1682375, "người", C, code=ANY),
    F("tăng 21.408", "21.408", 21408, "tài khoản", CH, code=_TK),
    F("(1.464.807 tài khoản)", "1.464.807", 1464807, "tài khoản", PR, as_of=_OCT_2025, code=_TK),
    F("năm 2025 là 90%", "90%", 90, "%", T, as_of=_Y2025, code=_TK),
    F("Còn 196.160", "196.160", 196160, "công dân", C, code=ANY),
    # II.2–II.4 bodies named in full; a former province's area; best and worst communes
    F("cấp 14.862 thẻ", "14.862", 14862, "thẻ", C, subject="Công an tỉnh", level="tỉnh", code=ANY),
    F("tiếp nhận 2.415 hồ sơ", "2.415", 2415, "hồ sơ", C, subject="Công an tỉnh", level="tỉnh", code=ANY),
    F("làm sạch 412.608", "412.608", 412608, "dữ liệu", C, subject="Sở Tư pháp", level="tỉnh", code=ANY),
    F("đạt 96,25%", "96,25%", 96.25, "%", subject="Sở Tư pháp", level="tỉnh", code=ANY),
    F("còn 15.486 dữ liệu", "15.486", 15486, "dữ liệu", C, code=ANY, **_OPEN),
    F("Nha Trang (95,86%)", "95,86%", 95.86, "%", subject="phường Nha Trang", level="xã", code=_TK),
    F("Khánh Sơn (71,08%)", "71,08%", 71.08, "%", subject="xã Tây Khánh Sơn", level="xã", code=_TK),
    F("Ái Tây (69,54%)", "69,54%", 69.54, "%", subject="xã Bác Ái Tây", level="xã", code=_TK),
    # III. social payments of the province; health facilities and look-ups (subject and level unchecked)
    F("cho 41.236/45.118", "41.236/45.118", 41236, "người", C, max_value=45118, code=ANY),
    F("đạt 91,40%", "91,40%", 91.40, "%", code=ANY),
    F("Có 126/132", "126/132", 126, "cơ sở", C, max_value=132, code=ANY, **_OPEN),
    F("có 318.546 lượt", "318.546", 318546, "lượt", C, code=ANY, **_OPEN),
    F("cho 1.204.318 người", "1.204.318", 1204318, "người", C, subject="Sở Y tế", level="tỉnh", code=ANY),
    F("đạt 53,72%", "53,72%", 53.72, "%", code=ANY, **_OPEN),
    # IV. the province's score and rank /34, a group score; communes
    F("đạt 85,62/100", "85,62/100", 85.62, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 21/34", "21/34", 21, "hạng", R, max_value=34, code=_HANG),
    F("đạt 18,04/22", "18,04/22", 18.04, "điểm", max_value=22, code="766.so_hoa"),
    F("Có 65/65 xã", "65/65", 65, "xã", C, max_value=65, subject=ANY, level="xã", code=None),
    # V. the province's target for December, a count repeated (phone number no figure)
    F("tối thiểu 90%", "90%", 90, "%", T, as_of=_Y2025, code=_TK),
    F("đồng bộ 15.486", "15.486", 15486, "dữ liệu", C, code=ANY, **_OPEN),
]

# ------------------------------------------------------------ 539: UBND tỉnh Ninh Bình, Công văn đôn đốc, tháng 7/2025


def _commune_539(name: str, received: str, online: str, paid: str, overdue: str, score: str, rank: str,
                 after: str) -> list[Fact]:
    """One tab-separated row of a lagging commune: files received, online and payment shares, overdue files, its
    766 score (no max written), its rank written `n/129` (kind rank, max 129)."""
    raws = [received, online, paid, overdue, score, rank]
    kinds = [("hồ sơ", P, _TN), ("%", P, _NOP), ("%", P, _TT), ("hồ sơ", P, _QH), ("điểm", P, _TONG),
             ("hạng", R, _HANG)]
    return [F("\t" + "\t".join(raws[i:]) + "\n" + after, raw, _num(raw.split("/")[0]), unit, kind,
              max_value=129 if kind == R else None, subject=name, level="xã", code=code, extra=TAB)
            for i, (raw, (unit, kind, code)) in enumerate(zip(raws, kinds, strict=True))]


BLIND_539 = [
    # the province (subject NULL; "hai cấp" in words)
    F("tiếp nhận 186.412", "186.412", 186412, "hồ sơ", C, code=_TN),
    F("đạt 71,26%", "71,26%", 71.26, "%", code=_NOP),
    F("đạt 98,84%", "98,84%", 98.84, "%", code=_DH),
    F("đạt 48,62%", "48,62%", 48.62, "%", code=_TT),
    F("còn 1.218 hồ sơ", "1.218", 1218, "hồ sơ", C, code=_QH),
    F("cấp xã 499 hồ sơ", "499", 499, "hồ sơ", C, code=_QH, **_XA),
    F("đạt 84,27/100", "84,27/100", 84.27, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 12/34", "12/34", 12, "hạng", R, max_value=34, code=_HANG),
    # the communes' averages and grades ("Tám xã" in words)
    F("của 129 xã", "129", 129, "xã", C, subject=ANY, level="xã", code=None),
    F("là 80,37 điểm", "80,37", 80.37, "điểm", subject=ANY, level="xã", code=_TONG),
    F("phường đạt 83,14 điểm", "83,14", 83.14, "điểm", subject=ANY, level="xã", code=_TONG),
    F("xã đạt 79,45 điểm", "79,45", 79.45, "điểm", subject=ANY, level="xã", code=_TONG),
    F("Có 46/129 xã", "46/129", 46, "xã", C, max_value=129, subject=ANY, level="xã", code=None),
    F("Tốt, 75 đơn vị", "75", 75, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("và 08 đơn vị", "08", 8, "đơn vị", C, subject=ANY, level="xã", code=None),
    # the tab-separated table of the eight lagging communes
    *_commune_539("Xã Cúc Phương", "612", "28,43", "12,15", "14", "66,84", "129/129", "2\tXã Quỳnh Lưu"),
    *_commune_539("Xã Quỳnh Lưu", "745", "31,68", "15,42", "11", "68,27", "128/129", "3\tXã Phú Long"),
    *_commune_539("Xã Phú Long", "538", "34,20", "18,36", "9", "69,15", "127/129", "4\tXã Thanh Sơn"),
    *_commune_539("Xã Thanh Sơn", "826", "36,56", "16,08", "17", "69,72", "126/129", "5\tXã Bình An"),
    *_commune_539("Xã Bình An", "694", "38,04", "21,47", "8", "70,36", "125/129", "6\tXã Nghĩa Lâm"),
    *_commune_539("Xã Nghĩa Lâm", "1.012", "39,82", "19,25", "21", "70,94", "124/129", "7\tXã Hải Xuân"),
    *_commune_539("Xã Hải Xuân", "958", "40,15", "22,63", "6", "71,48", "123/129", "8\tXã Tân Thanh"),
    *_commune_539("Xã Tân Thanh", "587", "41,40", "24,10", "5", "71,85", "122/129", "\tCộng"),
    # "Cộng" (empty STT): the eight communes together; its "-" cells are no figures
    F("\t5.972\t36,69\t-", "5.972", 5972, "hồ sơ", subject=ANY, level="xã", code=_TN, extra=TAB),
    F("\t36,69\t-\t91", "36,69", 36.69, "%", subject=ANY, level="xã", code=_NOP, extra=TAB),
    F("\t-\t91\t-", "91", 91, "hồ sơ", subject=ANY, level="xã", code=_QH, extra=TAB),
    # after the table
    F("tiếp nhận 5.972 hồ sơ", "5.972", 5972, "hồ sơ", C, subject=ANY, level="xã", code=_TN),
    F("chiếm 3,20%", "3,20%", 3.20, "%", subject=ANY, level="xã", code=ANY),
    F("có 91 hồ sơ", "91", 91, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    F("chiếm 18,24%", "18,24%", 18.24, "%", subject=ANY, level="xã", code=ANY),
    F("thấp nhất tỉnh (28,43%)", "28,43%", 28.43, "%", subject="Xã Cúc Phương", level="xã", code=_NOP),
    F("(21 hồ sơ", "21", 21, "hồ sơ", C, subject="xã Nghĩa Lâm", level="xã", code=_QH),
    F("chỉ đạt 62,18%", "62,18%", 62.18, "%", subject=ANY, level="xã", code=_TK),
    F("(81,45%)", "81,45%", 81.45, "%", code=_TK),
    F("; 03 xã", "03", 3, "xã", C, subject=ANY, level="xã", code=None),
    # requests: counts repeated, each commune's target for quý III (phone number no figure)
    F("UBND 08 xã", "08", 8, "xã", C, code=None, **_OPEN),
    F("dứt điểm 38 hồ sơ", "38", 38, "hồ sơ", C, code=ANY, **_OPEN),
    F("cho 03 xã", "03", 3, "xã", C, code=None, **_OPEN),
    F("tối thiểu 50%", "50%", 50, "%", T, subject=ANY, level="xã", as_of=_SEP_2025, code=_NOP),
]

BLIND = {"535": BLIND_535, "536": BLIND_536, "537": BLIND_537, "538": BLIND_538, "539": BLIND_539}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "535": [
        ("2025-10-31", "day", "31/10/2025", "đồng bộ dữ liệu hồ sơ tồn", "Sở Khoa học và Công nghệ"),
        ("2025-11-15", "day", "ngày 15 tháng 11 năm 2025", "giải quyết dứt điểm 1.836 hồ sơ",
         "Sở Nông nghiệp và Môi trường"),
        ("2025-11-30", "month", "tháng 11/2025", "kết nối thanh toán trực tuyến nghĩa vụ tài chính", "Sở Tài chính"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "nâng tỷ lệ hồ sơ thanh toán trực tuyến", "UBND các xã, phường"),
        ("2025-12-31", "year", "năm 2025", "đưa kết quả Bộ chỉ số vào đánh giá", "Sở Nội vụ"),
        # issued 08/10/2025: the first "ngày 18 hằng tháng" is 18/10/2025
        ("2025-10-18", "recurring", "18 hằng tháng", "gửi báo cáo kết quả giải quyết TTHC",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "536": [
        ("2025-11-14", "day", "14/11/2025", "giải quyết dứt điểm 07 hồ sơ quá hạn", "Phòng Kinh tế"),
        ("2025-11-20", "day", "ngày 20 tháng 11 năm 2025", "bố trí thêm 01 máy quét",
         "Trung tâm Phục vụ hành chính công xã"),
        ("2025-12-31", "month", "tháng 12/2025", "kích hoạt tài khoản định danh điện tử", "Công an xã"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "hướng dẫn người dân thanh toán trực tuyến",
         "Phòng Văn hóa - Xã hội"),
        # issued 04/11/2025: the first "ngày 22 hằng tháng" is 22/11/2025
        ("2025-11-22", "recurring", "22 hằng tháng", "gửi số liệu",
         "Các phòng chuyên môn, Trung tâm Phục vụ hành chính công xã"),
    ],
    "537": [
        ("2025-09-20", "day", "20/9/2025", "kết nối LGSP", "Phòng Chuyển đổi số"),
        ("2025-09-30", "day", "ngày 30 tháng 9 năm 2025", "chuẩn hóa dữ liệu", "Trung tâm Chuyển đổi số"),
        ("2025-10-31", "month", "tháng 10/2025", "ban hành Danh mục cơ sở dữ liệu dùng chung", "UBND tỉnh"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "phủ sóng di động 4G", "Phòng Bưu chính - Viễn thông"),
        ("2025-12-31", "year", "năm 2025", "tái cấu trúc quy trình điện tử", "Phòng Chuyển đổi số"),
        # issued 05/9/2025: the first "ngày 25 hằng tháng" is 25/9/2025
        ("2025-09-25", "recurring", "25 hằng tháng", "báo cáo tình hình vận hành các nền tảng số",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "538": [
        ("2025-12-31", "month", "tháng 12/2025", "đẩy mạnh kích hoạt tài khoản định danh điện tử", "Công an tỉnh"),
        ("2025-12-15", "day", "15/12/2025", "cấp đổi giấy phép lái xe trực tuyến", "Sở Xây dựng"),
        ("2025-12-25", "day", "ngày 25 tháng 12 năm 2025", "đồng bộ 15.486 dữ liệu hộ tịch", "Sở Tư pháp"),
        ("2026-03-31", "quarter", "quý I năm 2026", "kích hoạt tài khoản định danh điện tử lưu động",
         "UBND xã Tây Khánh Sơn và UBND xã Bác Ái Tây"),
        ("2026-12-31", "year", "năm 2026", "kết nối Kho dữ liệu dùng chung", "Sở Khoa học và Công nghệ"),
        # issued 04/12/2025: the first "ngày 20 hằng tháng" is 20/12/2025
        ("2025-12-20", "recurring", "20 hằng tháng", "gửi báo cáo kết quả",
         "Các thành viên Ban Chỉ đạo, UBND các xã, phường, đặc khu"),
    ],
    "539": [
        ("2025-08-22", "day", "22/8/2025", "xây dựng kế hoạch khắc phục", "UBND 08 xã nêu trên"),
        ("2025-08-29", "day", "ngày 29 tháng 8 năm 2025", "giải quyết dứt điểm 38 hồ sơ quá hạn",
         "UBND xã Nghĩa Lâm và UBND xã Thanh Sơn"),
        ("2025-09-30", "month", "tháng 9/2025", "bổ sung máy quét", "Sở Khoa học và Công nghệ"),
        ("2025-09-30", "quarter", "quý III năm 2025", "nâng tỷ lệ hồ sơ nộp trực tuyến", "UBND các xã nêu trên"),
        ("2025-12-31", "year", "năm 2025", "đưa kết quả khắc phục vào đánh giá", "Sở Nội vụ"),
        # issued 12/8/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/9/2025
        ("2025-09-05", "recurring", "05 hằng tháng", "báo cáo tiến độ khắc phục", "Chủ tịch UBND các xã nêu trên"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 535's issuer is UBND tỉnh
# Vĩnh Long (the merged province); 536's UBND xã Ba Chúc of tỉnh An Giang; 537's the Sở Khoa học và Công nghệ tỉnh Lâm
# Đồng; 538's the Ban Chỉ đạo Đề án 06 tỉnh Khánh Hòa; 539 is a Công văn of UBND tỉnh Ninh Bình, its period from the
# "V/v" line.
META = {
    "535": {"doc_number": "412/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-10-08",
            "province": "Vĩnh Long", "period_label": "9 tháng đầu năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-09-30", "signer": "Phạm Minh Khôi"},
    "536": {"doc_number": "163/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-11-04",
            "province": "An Giang", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Chau Sóc Khanh"},
    "537": {"doc_number": "1248/BC-SKHCN", "doc_type": "Báo cáo", "issued_date": "2025-09-05",
            "province": "Lâm Đồng", "period_label": "tháng 8 năm 2025", "period_start": "2025-08-01",
            "period_end": "2025-08-31", "signer": "Võ Ngọc Hiệp"},
    "538": {"doc_number": "86/BC-BCĐ", "doc_type": "Báo cáo", "issued_date": "2025-12-04",
            "province": "Khánh Hòa", "period_label": "tháng 11 năm 2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Nguyễn Hữu Thạch"},
    "539": {"doc_number": "2184/UBND-KSTT", "doc_type": "Công văn", "issued_date": "2025-08-12",
            "province": "Ninh Bình", "period_label": "tháng 7 năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-07-31", "signer": "Trần Song Tùng"},
}
