"""Blind golden facts for corpus/blind95/550_lang_son.txt, 551_gia_lai.txt, 552_quang_ngai.txt, 553_hoa_binh.txt and
554_soc_trang.txt.

The five documents were written by the developers for a ninety-fifth blind measurement (provinces not used since set
76 or earlier; issuers not used recently: a Sở Giao thông vận tải, a Sở Nông nghiệp và Môi trường after the 1 July 2025
merger, a UBND thị xã, a Sở Kế hoạch và Đầu tư, a Văn phòng UBND tỉnh announcing its Chairman's conclusions at a
meeting of the provincial Ban Chỉ đạo cải cách hành chính; text as it arrives from scans and converters; periods in
2024 and 2025; not real documents), and every row below was written by reading them, before any extraction,
restoration or pipeline code was run on them. They also serve as held-out text for diacritic restoration (550 is
itself a text whose marks were mostly lost).

Same structure and conventions as golden/blind92.py, blind91.py, blind90.py, blind89.py, blind63.py, blind16.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written inside
it). Prose and list counts are kind `count`; table cells are kind `value` even when they count, with `extra={"source":
"table"}`; `as_of="period"` is the period's end; a table column dated before the period end keeps kind `value` with that
date as `as_of`; a change is dated with the figure it changes and a fall ("giảm", "rút ngắn") is negative. `ANY` leaves
a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names none: counts of
decisions, units, desks, staff, machines). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit
`PAKN`; a count of the files (or PAKN) an indicator is computed on carries that indicator's code; every "đã giải quyết"
count, files pending and relative changes of counts have their code unchecked, "trước hạn và đúng hạn" together the
on-time code. Counts of local units take the unit of their first unit word ("11/11 huyện, thành phố" → `huyện`, "03/15
xã, phường" → `xã`), counts of "đơn vị", "sở, ban, ngành", "sở, ngành" → `đơn vị`, at the level of the bodies counted;
"15 đơn vị hành chính cấp xã (08 phường, 07 xã)" → the whole subject `cấp xã` (unit `đơn vị`), its parts `phường`, `xã`
(subject unchecked, level xã). A provincial body's own figures naming no body are named by its kind ("Sở Giao thông vận
tải" for "So …" in 550, "Sở Nông nghiệp và Môi trường", "Sở Kế hoạch và Đầu tư"), level tỉnh; a district-level unit's
own figures ("UBND thị xã …", "của thị xã", "Trên địa bàn thị xã") have the unit as subject ("UBND thị xã Đức Phổ",
level huyện), figures under "a) Cấp huyện" are "cấp huyện", under "b) Cấp xã" "cấp xã"; a sentence naming the body in
full keeps the name as written. Things counted take the noun as written (`quyết định`, `giấy phép`, `quầy`, `công chức`,
`máy quét`, `thửa đất`, `doanh nghiệp`, `dự án`, `lượt`, `tài khoản`); certified copies count in `bản`; money keeps the
unit written (`tỷ đồng`, code unchecked). Numbers written in words are no figures ("hai Sở", "Hai lĩnh vực"). Dates,
document numbers ("S6: 2146/BC-SGTVT", "Số: 2318/BC-SNNMT" inside the converter's header table), cited plans, letters
and decrees ("Ke hoach so 36/KH-UBND", "Cong van so 1718/VP-KSTT", "Kế hoạch số 214/KH-UBND", "Công văn số
4126/UBND-KSTT", "Nghị định số 61/2018/NĐ-CP", "Kế hoạch số 18/KH-UBND"), the stated windows ("tu ngay 01/7/2024 den
ngay 30/9/2024" and the others), "quy 111/2024" and "quy 111 nam 2024" (OCR for "quý III"), "Trung tam Dang kiem xe co
gioi 12-01S" (a name holding numbers), the months' names ("thang 7" … "thang 9"), "Bộ chỉ số 766", "De an 06", "mức độ
2", "từ đủ 14 tuổi", the footnote markers "[1]" … "[5]" and the numbers opening the footnotes, section numbering ("I.",
"1.", "a)", "## I.", "### 1.", "Bảng 1."), the STT column, page footers ("Trang 1/2", "Trang 2/2", "Trang 1/3" … "Trang
3/3") and the converter's page rule "-----", the repeated table headers, addresses ("so 08 duong Hung Vuong", "số 01
đường Nguyễn Nghiêm", "số 01 đường Trần Hưng Đạo, Phường 3"), phone numbers ("0205.3812.456", "0255.3859.214",
"0299.3822.416"), headings naming the next period ("VI. NHIEM VU QUY IV NAM 2024", "## VI. NHIỆM VỤ QUÝ IV NĂM 2025",
"III. NHIỆM VỤ QUÝ IV NĂM 2024", "VI. NHIỆM VỤ NĂM 2025", "II. NHIỆM VỤ THỜI GIAN TỚI": no deadlines), the meeting's
date ("Ngày 15/4/2025": no deadline) and years are not figures. OCR noise is no figure: "S6:" is "Số:", "ty 18" is "tỷ
lệ", "hd so" is "hồ sơ", "quy 111" is "quý III".

New in this set:
- 550 is a quarterly Báo cáo of the Sở Giao thông vận tải tỉnh Lạng Sơn (header "UBND TINH LANG SON / SO GIAO THONG
  VAN TAI"), quý III năm 2024, issued 04/10/2024, OCR'd badly as golden/blind91.py's 534 and golden/blind63.py's 392:
  the place-date line, the title, one prose line ("Hiện nay 11/11 huyện, thành phố …") and the signer kept their
  marks, every other line lost them, with "S6:", "ty 18", "hd so", "quy 111/2024" and "quy 111 nam 2024". Contexts
  are written as the file has them (ASCII); subjects, units and metadata are the restored Vietnamese; tasks and
  assignees of the deadlines are written unmarked (compared folded). The Sở's own figures ("So tiep nhan …", "cua
  So") are "Sở Giao thông vận tải", level tỉnh; "So Giao thong van tai dat 89,46/100 diem, xep thu 4/19 so, ban,
  nganh (quy II nam 2024: 86,15 diem, xep thu 9/19), tang 3,31 diem va tang 5 bac" names it in full (the same name;
  previous dated 2024-06-30, the previous score on the /100 scale). "(quy II nam 2024: 13.215 ho so), tang 1.413 ho
  so", "(quy II nam 2024: 51,20%)", "(quy II nam 2024: 97,94%)" dated 2024-06-30. NEW: the quarter's files month by
  month in one OCR'd sentence "thang 7 tiep nhan 4.812 ho so, thang 8 … , thang 9 …" (counts dated at each month's
  end, September at the period end). The overdue part "(chu yeu linh vuc sat hach, cap giay phep lai xe, 41 ho so)"
  and a dash list by field "- Van tai duong bo: 1.964 ho so, truc tuyen 86,10%;" (subject unchecked, level tỉnh).
  "so voi chi tieu UBND tinh giao nam 2024 la 60% thi chua dat chi tieu" (target dated 2024-12-31; 58,36% carries
  it). Driving licences via VNeID "3.218 ho so … chiem 32,68% … 2.986 giay phep lai xe …, dat 92,79%" (codes
  unchecked: not the 766 index's; unit `giấy phép`). The province's `82,37/100`, `35/63` (subject NULL). Task 3's
  "cua So dat toi thieu 60% trong thang 12/2024" is the Sở's target (dated 2024-12-31); "41 ho so" a count repeated.
  Six deadlines written without marks: day, "cham nhat" day in words (assignee "Trung tam Dang kiem xe co gioi
  12-01S"), month (with the target), quarter "trong quy IV nam 2024", year "trong nam 2025", "truoc ngay 22 hang
  thang" (issued 04/10/2024: first 22/10/2024).
- 551 is a quarterly Báo cáo of the Sở Nông nghiệp và Môi trường tỉnh Gia Lai (merged with Bình Định; ranks /34),
  quý III năm 2025, issued 06/10/2025. NEW: MARKDOWN AS A PDF CONVERTER WRITES IT: the two-column header as a pipe
  table whose cells hold "<br>" ("UBND TỈNH GIA LAI<br>**SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG**", "Số: 2318/BC-SNNMT",
  "*Gia Lai, ngày 06 tháng 10 năm 2025*"), "# BÁO CÁO", "##"/"###" headings, figures in bold ("**18.642 hồ sơ**",
  "**79,03%**", "**85,74/100 điểm**", "**9/16**": the markup is no part of the figure), and Bảng 1 by field whose
  header cells and two row labels break with "<br>" ("Hồ sơ tiếp nhận<br>(hồ sơ)", "Đất đai<br>(đăng ký, cấp Giấy
  chứng nhận)"), CONTINUED AFTER A PAGE BREAK written as the converter's footer "Trang 1/2" and rule "-----" with
  the header and separator repeated (no figures). Field rows: subject unchecked, level tỉnh (as golden/blind89.py's
  524); received, online files, online share, overdue files (five "0" cells); a bold "**Tổng cộng**" row with an empty
  STT cell whose cells are bold ("**18.642**") = the Sở (it repeats the prose). "(quý II năm 2025, số liệu cộng gộp
  của hai Sở trước hợp nhất: 16.905 hồ sơ), tăng 1.737 hồ sơ" previous dated 2025-06-30 ("hai" a word). The two land
  fields together "**11.078 hồ sơ**, chiếm 59,43% … 334 hồ sơ quá hạn, chiếm **93,30%**" and the lowest field
  "(47,78%)" (subject unchecked, level tỉnh; the shares of the Sở's totals have code unchecked). "1.284.506 thửa đất
  …, đạt 68,42% kế hoạch" (subject and level unchecked, as golden/blind91.py's 530). The Sở named in full
  `85,74/100`, `9/16`, its group score `6,84/10`; the province's `83,92/100`, `20/34` (subject NULL). Task 4's "của
  Sở đạt tối thiểu 50% trong quý IV năm 2025" is the Sở's target (dated 2025-12-31). Six deadlines: day, "chậm nhất"
  day in words, month, quarter (with the target), year "trong năm 2026", "trước ngày 20 hằng tháng" (issued
  06/10/2025: first 20/10/2025).
- 552 is a Báo cáo of UBND thị xã Đức Phổ (tỉnh Quảng Ngãi; header "ỦY BAN NHÂN DÂN / THỊ XÃ ĐỨC PHỔ"), 9 tháng đầu
  năm 2024, issued 07/10/2024, before the merger. The thị xã's own figures are "UBND thị xã Đức Phổ", level huyện;
  "530 TTHC, gồm cấp huyện 412 TTHC và cấp xã 118 TTHC"; the one-stop shop's "14 quầy … 16 công chức, viên chức"
  (subject unchecked, level huyện, code None). Under "a) Cấp huyện": "tăng 12,4% so với cùng kỳ năm 2023 (8.584 hồ
  sơ)" (a relative change; the previous count dated 2023-09-30), the land part "(79 hồ sơ)" (subject unchecked,
  level huyện). NEW: a TAB-SEPARATED table of the 15 xã, phường (subject as written, "Phường Nguyễn Nghiêm", "Xã Phổ
  Nhơn", level xã; received, online files, online share, on-time share; three "100" cells) SPLIT BY A PAGE BREAK:
  rows 1–8, a blank line, the footer "Trang 1/3", a form feed, the header REPEATED, rows 9–15 and a "Cộng" row with an
  empty STT cell (= cấp xã; it repeats the prose). After it, the best and worst units in brackets and "03/15 xã,
  phường đạt tỷ lệ giải quyết đúng hạn 100%" (the count: unit `xã`; the share of those units: subject unchecked,
  level xã). "40,92% (cấp huyện 46,82%, cấp xã 38,27%); chỉ tiêu UBND tỉnh giao năm 2024 là 45%, thị xã chưa đạt chỉ
  tiêu" (the thị xã's share carries the target, dated 2024-12-31; the levels in brackets). Copies "6.412 bản, tăng
  2.318 bản so với cùng kỳ năm 2023" (subject unchecked, level xã). "14/14 PAKN" one count. The province's 766
  assessment of its district-level units "UBND thị xã Đức Phổ đạt 84,92/100 điểm, xếp thứ 3/13 huyện, thị xã, thành
  phố (6 tháng đầu năm 2024: 82,48 điểm, xếp thứ 5/13), tăng 2,44 điểm và tăng 2 bậc" (codes 766.tong_hop /
  766.xep_hang as golden/blind89.py's 520; previous dated 2024-06-30); "Tỉnh Quảng Ngãi đạt 80,36/100 điểm, xếp thứ
  42/63" (subject NULL); counts by grade of the communes (level xã). A second page break before section III. Task 3's
  "06 máy quét" (code None), task 4's "đạt tối thiểu 45% trong quý IV năm 2024" (the communes': subject unchecked,
  level xã, dated 2024-12-31). Six deadlines: day, "chậm nhất" day in words for two named communes, month, quarter
  (with the target), year "hoàn thành trong năm 2024", "trước ngày 18 hằng tháng" (issued 07/10/2024: first
  18/10/2024).
- 553 is an annual Báo cáo of the Sở Kế hoạch và Đầu tư tỉnh Hòa Bình (header "UBND TỈNH HÒA BÌNH / SỞ KẾ HOẠCH VÀ
  ĐẦU TƯ" as tab-separated lines), năm 2024, issued 10/01/2025, before the merger. NEW: A WORD DOCUMENT WITH ITS
  FOOTNOTES COLLECTED AT THE END: markers "[1]" … "[5]" glued to the word or figure before them ("112 TTHC[1]", "05
  hồ sơ[2]", "5.846 tỷ đồng[3]", "52,36%[4]", "19,86/22 điểm[5]"), their texts after the signature and a rule
  "________________"; each footnote's figures are read as the sentence they annotate (same period): [1] the Sở's
  TTHC by field (bare parts, subject unchecked, level tỉnh, code unchecked); [2] the overdue files by field (subject
  unchecked, level tỉnh, overdue code) and "04 sở, ngành" (unit `đơn vị`, level tỉnh, code None); [3] the province's
  enterprises (subject NULL, codes unchecked): "tăng 14,2% so với năm 2023 (536 doanh nghiệp)" (previous dated
  2023-12-31); [4] look-ups in `lượt` (subject, level and code unchecked); [5] the province's `81,74/100`, `39/63`
  (subject NULL). Its Markdown Bảng 1 by field (subject unchecked, level tỉnh; received, online files, online share,
  on-time share; three "100" cells) has a "Tổng cộng" row (= the Sở). "100% TTHC được công khai" (the Sở's, code
  unchecked). "(năm 2023: 5.912 hồ sơ), tăng 8,73%" (previous dated 2023-12-31; the relative change code unchecked).
  "Trên địa bàn tỉnh có 612 doanh nghiệp thành lập mới với tổng vốn đăng ký 5.846 tỷ đồng" (subject NULL); "UBND
  tỉnh đã chấp thuận chủ trương đầu tư cho 38 dự án với tổng vốn đăng ký 12.486 tỷ đồng" (subject and level
  unchecked: the province or its committee). Processing times by field "1,8 ngày, rút ngắn 1,2 ngày so với thời gian
  quy định" (a difference from the legal limit: kind change, negative) and "24,5 ngày" (subject unchecked, level
  tỉnh, codes unchecked). "so với chỉ tiêu UBND tỉnh giao năm 2024 là 70% thì Sở đã đạt chỉ tiêu" (target at the
  period end, status "đạt"). "07/07 PAKN" one count. The Sở named in full `90,84/100`, `2/20` "(năm 2023: 87,12
  điểm, xếp thứ 5/20), tăng 3,72 điểm và tăng 3 bậc" (previous dated 2023-12-31). Task 1's "1.246 doanh nghiệp" a
  count (unchecked), task 5's "của Sở đạt tối thiểu 80% trong năm 2025" the Sở's target (dated 2025-12-31). Six
  deadlines: day, "chậm nhất" day in words, quarter, month, year (with the target), "trước ngày 25 hằng tháng" (issued
  10/01/2025: first 25/01/2025).
- 554 is a Thông báo of the Văn phòng UBND tỉnh Sóc Trăng (header "UBND TỈNH SÓC TRĂNG / VĂN PHÒNG", number
  "128/TB-VP", signed "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG") announcing the Chairman's CONCLUSIONS at the
  meeting of the Ban Chỉ đạo cải cách hành chính tỉnh on quý I năm 2025, issued 18/4/2025, before the merger into Cần
  Thơ. The province's figures have subject NULL. The attendance "lãnh đạo 20 sở, ban, ngành và 11 huyện, thị xã,
  thành phố" counts units (`đơn vị`, level tỉnh; `huyện`, level huyện; code None). NEW: THE PROVINCE'S PAR INDEX AND
  SIPAS OF THE YEAR BEFORE QUOTED IN A QUARTER'S CONCLUSION: "Chỉ số cải cách hành chính (PAR Index) năm 2024 của tỉnh
  đạt 87,26 điểm, tăng 1,84 điểm so với năm 2023, xếp thứ 24/63 … (năm 2023 xếp thứ 33/63), tăng 9 bậc" and "(SIPAS)
  năm 2024 đạt 81,37% (năm 2023: 79,84%), tăng 1,53%, xếp thứ 36/63, tăng 5 bậc so với năm 2023": the year 2024
  precedes the period, so these figures and their changes are dated 2024-12-31 and the previous ones 2023-12-31;
  the scores carry `par_index` and `sipas` (as the seed 101), the PAR rank `par_index`; the changes and the SIPAS rank
  have their code unchecked. The 766 quý I `82,68/100`, `30/63`, "so với quý IV năm 2024 (80,94 điểm, xếp thứ 34/63)
  tăng 1,74 điểm và tăng 4 bậc" (dated 2024-12-31), six group scores in a dash list; files with online shares by level
  after "lần lượt là", overdue files "trong đó cấp huyện 842 hồ sơ" and two district-level units in brackets;
  "chưa đạt chỉ tiêu năm 2025 là 50%" (target dated 2025-12-31; 38,45% carries it); identity accounts; block averages
  (subject unchecked), counts by grade, the first and last districts ("UBND huyện Cù Lao Dung", "UBND huyện Trần
  Đề"), PAKN of "các cơ quan" (the province's); "Còn 03 sở, ngành và 05 huyện chưa đạt chỉ tiêu" (code None). Task 1's
  "400 hồ sơ" a count repeated (unchecked), task 4's "toàn tỉnh đạt tối thiểu 45% trong quý II năm 2025" the
  province's target (dated 2025-06-30). Six deadlines after "Chủ tịch UBND tỉnh yêu cầu …": day for two named
  district-level units, "chậm nhất" day in words, month, quarter (with the target), year "hoàn thành trong năm 2025",
  "trước ngày 22 hằng tháng" (issued 18/4/2025: first 22/4/2025).

Unsure readings (fields left `ANY`): the subject of the field rows and field parts (a field is no body); whose the
approved projects are (553: the province or UBND tỉnh as a body); the codes of the SIPAS rank and of the PAR and
SIPAS changes (554); the subject of the one-stop shop's desks and staff (552: the thị xã or cấp huyện).
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
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_Y2023 = "2023-12-31"
_Y2024 = "2024-12-31"
_Y2025 = "2025-12-31"
_Q2_2024 = "2024-06-30"
_Q2_2025 = "2025-06-30"
_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_XA = {"subject": "cấp xã", "level": "xã"}
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_HUYEN = {"subject": ANY, "level": "huyện"}
_IN_XA = {"subject": ANY, "level": "xã"}

Cell = tuple[str, object, object, str, str, str, object]


def _row(cells: list[Cell], after: str, sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, subject, level, as_of, unit, kind, code)`. A cell's context is
    the separator before it, the rest of its row and the start of the next line (`after`), so that it occurs once and
    the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, subject, level, as_of, unit, kind, code) in enumerate(cells)]


def _group(name: str, raw: str, maximum: int, code: str) -> Fact:
    """One dash line "- <group>: x/max điểm;" of the province's group scores."""
    return F(f"{name}: {raw}", raw, _num(raw.split("/")[0]), "điểm", max_value=maximum, code=code)


# ------------------------------------------------------------ 550: Sở Giao thông vận tải Lạng Sơn, quý III/2024, OCR'd
_SGT = "Sở Giao thông vận tải"


def _sgt(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở itself (the issuer), level tỉnh."""
    return F(context, raw, value, unit, kind, subject=_SGT, level="tỉnh", **kw)


def _field_550(written: str, files: str, share: str) -> list[Fact]:
    """One dash line "- <field>: n ho so, truc tuyen x%;" (subject unchecked, level tỉnh)."""
    return [F(f"{written}: {files}", files, _num(files), "hồ sơ", C, code=_TN, **_IN_TINH),
            F(f"{files} ho so, truc tuyen {share}", share, _num(share), "%", code=_NOP, **_IN_TINH)]


BLIND_550 = [
    # I. ("S6: 2146/BC-SGTVT", "Ke hoach so 36/KH-UBND", "Cong van so 1718/VP-KSTT", "quy 111/2024" and the window
    # are no figures)
    _sgt("ban hanh 02 quyet dinh", "02", 2, "quyết định", C, code=None),
    _sgt("la 112 TTHC", "112", 112, "TTHC", C, code=_TTHC),
    _sgt("do 86 TTHC", "86", 86, "TTHC", C, code=_TOAN),
    _sgt("(chiem 76,79%)", "76,79%", 76.79, "%", code=_TOAN),
    _sgt("va 26 TTHC", "26", 26, "TTHC", C, code=_MOT),
    # II. quý II năm 2024 dated 2024-06-30; the months at their ends
    _sgt("tiep nhan 14.628", "14.628", 14628, "hồ sơ", C, code=_TN),
    _sgt("(quy II nam 2024: 13.215", "13.215", 13215, "hồ sơ", PR, as_of=_Q2_2024, code=_TN),
    _sgt("tang 1.413", "1.413", 1413, "hồ sơ", CH, code=_TN),
    _sgt("nop truc tuyen 12.904", "12.904", 12904, "hồ sơ", C, code=_NOP),
    _sgt("ty 18 88,21%", "88,21%", 88.21, "%", code=_NOP),
    _sgt("Da giai quyet 14.372", "14.372", 14372, "hồ sơ", C, code=ANY),
    _sgt("dung han 14.318", "14.318", 14318, "hồ sơ", C, code=_DH),
    _sgt("dat 99,62%", "99,62%", 99.62, "%", code=_DH),
    _sgt("qua han 54", "54", 54, "hồ sơ", C, code=_QH),
    F("lai xe, 41 ho so", "41", 41, "hồ sơ", C, code=_QH, **_IN_TINH),
    _sgt("dang giai quyet 256", "256", 256, "hồ sơ", C, code=ANY),
    _sgt("thang 7 tiep nhan 4.812", "4.812", 4812, "hồ sơ", C, as_of="2024-07-31", code=_TN),
    _sgt("thang 8 tiep nhan 4.906", "4.906", 4906, "hồ sơ", C, as_of="2024-08-31", code=_TN),
    _sgt("thang 9 tiep nhan 4.910", "4.910", 4910, "hồ sơ", C, code=_TN),
    *_field_550("lai xe", "9.846", "92,37%"),
    *_field_550("phuong tien", "2.318", "81,45%"),
    *_field_550("Van tai duong bo", "1.964", "86,10%"),
    *_field_550("noi dia", "500", "62,40%"),
    _sgt("binh quan 2,8", "2,8", 2.8, "ngày", code=_TIME),
    _sgt("rut ngan 0,4", "0,4", -0.4, "ngày", CH, code=_TIME),
    # III. the Sở's payment share against the year's target (dated 2024-12-31)
    _sgt("dat 58,36%", "58,36%", 58.36, "%", code=_TT, target=60, stated_status="chưa đạt"),
    _sgt("(quy II nam 2024: 51,20%)", "51,20%", 51.20, "%", PR, as_of=_Q2_2024, code=_TT),
    _sgt("tang 7,16%", "7,16%", 7.16, "%", CH, code=_TT),
    _sgt("nam 2024 la 60%", "60%", 60, "%", T, as_of=_Y2024, code=_TT),
    _sgt("la 3,46 ty dong", "3,46", 3.46, "tỷ đồng", code=ANY),
    _sgt("dat 94,18%", "94,18%", 94.18, "%", code=_SH),
    _sgt("dien tu dat 100%", "100%", 100, "%", code=_KQ),
    _sgt("dat 36,52%", "36,52%", 36.52, "%", code=_TSD),
    # IV. driving licences via VNeID (codes unchecked); the districts (a line that kept its marks)
    _sgt("tiep nhan 3.218", "3.218", 3218, "hồ sơ", C, code=ANY),
    _sgt("chiem 32,68%", "32,68%", 32.68, "%", code=ANY),
    _sgt("tra 2.986", "2.986", 2986, "giấy phép", C, code=ANY),
    _sgt("dat 92,79%", "92,79%", 92.79, "%", code=ANY),
    F("11/11 huyện", "11/11", 11, "huyện", C, max_value=11, code=None, **_IN_HUYEN),
    # V. PAKN, satisfaction, the Sở's 766 result among 19 agencies (quý II dated 2024-06-30), the province's
    _sgt("tiep nhan 09 PAKN", "09", 9, "PAKN", C, code=_PAKN_TN),
    _sgt("tra loi 08 PAKN", "08", 8, "PAKN", C, code=_PAKN_XL),
    _sgt("dat 88,89%", "88,89%", 88.89, "%", code=_PAKN_TL),
    _sgt("; 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    _sgt("dat 98,72%", "98,72%", 98.72, "%", code=_HL),
    _sgt("(quy II nam 2024: 97,94%)", "97,94%", 97.94, "%", PR, as_of=_Q2_2024, code=_HL),
    _sgt("dat 89,46/100", "89,46/100", 89.46, "điểm", max_value=100, code=_TONG),
    _sgt("xep thu 4/19", "4/19", 4, "hạng", R, max_value=19, code=_HANG),
    _sgt("86,15 diem", "86,15", 86.15, "điểm", PR, max_value=100, as_of=_Q2_2024, code=_TONG),
    _sgt("xep thu 9/19", "9/19", 9, "hạng", PR, max_value=19, as_of=_Q2_2024, code=_HANG),
    _sgt("tang 3,31 diem", "3,31", 3.31, "điểm", CH, code=_TONG),
    _sgt("tang 5 bac", "5", 5, "hạng", CH, code=_HANG),
    _sgt("dat 19,74/20", "19,74/20", 19.74, "điểm", max_value=20, code="766.tien_do"),
    _sgt("dat 18,26/22", "18,26/22", 18.26, "điểm", max_value=22, code="766.so_hoa"),
    F("dat 82,37/100", "82,37/100", 82.37, "điểm", max_value=100, code=_TONG),
    F("xep thu 35/63", "35/63", 35, "hạng", R, max_value=63, code=_HANG),
    # VI. a count repeated, the Sở's target for December ("12-01S", "so 08", the phone number no figures)
    F("dut diem 41 ho so", "41", 41, "hồ sơ", C, code=ANY, **_OPEN),
    _sgt("toi thieu 60%", "60%", 60, "%", T, as_of=_Y2024, code=_TT),
]

# ------------------------------------------------------------ 551: Sở Nông nghiệp và Môi trường Gia Lai, quý III/2025
_SNN = "Sở Nông nghiệp và Môi trường"


def _snn(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở itself (the issuer), level tỉnh."""
    return F(context, raw, value, unit, kind, subject=_SNN, level="tỉnh", **kw)


def _field_551(subject: object, raws: str, after: str) -> list[Fact]:
    """One Markdown row of Bảng 1: received, online files, online share, overdue files (bold in the total row)."""
    received, online, share, overdue = raws.split()
    cells = [(received, subject, "tỉnh", "period", "hồ sơ", P, _TN),
             (online, subject, "tỉnh", "period", "hồ sơ", P, _NOP),
             (share, subject, "tỉnh", "period", "%", P, _NOP),
             (overdue, subject, "tỉnh", "period", "hồ sơ", P, _QH)]
    return _row(cells, after, " | ", " |\n")


def _total_551(raws: str, after: str) -> list[Fact]:
    """The bold "**Tổng cộng**" row (empty STT): the Sở's totals, each cell written "**x**"."""
    received, online, share, overdue = raws.split()
    cells = [(received, "hồ sơ", _TN), (online, "hồ sơ", _NOP), (share, "%", _NOP), (overdue, "hồ sơ", _QH)]
    bold = [f"**{raw}**" for raw, _unit, _code in cells]
    return [F(" | " + " | ".join(bold[i:]) + " |\n" + after, raw, _num(raw), unit, P, subject=_SNN, level="tỉnh",
              code=code, extra=TAB)
            for i, (raw, unit, code) in enumerate(cells)]


BLIND_551 = [
    # I. (the header table's "Số: 2318/BC-SNNMT", "Kế hoạch số 214/KH-UBND" and the window are no figures)
    _snn("**05 quyết định**", "05", 5, "quyết định", C, code=None),
    _snn("**248 TTHC**", "248", 248, "TTHC", C, code=_TTHC),
    _snn("**196 TTHC**", "196", 196, "TTHC", C, code=_TOAN),
    _snn("**79,03%**", "79,03%", 79.03, "%", code=_TOAN),
    _snn("**52 TTHC**", "52", 52, "TTHC", C, code=_MOT),
    # II.1 quý II năm 2025 of the two former Sở together, dated 2025-06-30 ("hai Sở" in words)
    _snn("**18.642 hồ sơ**", "18.642", 18642, "hồ sơ", C, code=_TN),
    _snn("hợp nhất: 16.905", "16.905", 16905, "hồ sơ", PR, as_of=_Q2_2025, code=_TN),
    _snn("tăng 1.737", "1.737", 1737, "hồ sơ", CH, code=_TN),
    _snn("**13.214 hồ sơ**", "13.214", 13214, "hồ sơ", C, code=_NOP),
    _snn("**70,88%**", "70,88%", 70.88, "%", code=_NOP),
    _snn("giải quyết 17.906", "17.906", 17906, "hồ sơ", C, code=ANY),
    _snn("**17.548 hồ sơ**", "17.548", 17548, "hồ sơ", C, code=_DH),
    _snn("**98,00%**", "98,00%", 98.00, "%", code=_DH),
    _snn("**358 hồ sơ**", "358", 358, "hồ sơ", C, code=_QH),
    _snn("chiếm 2,00%", "2,00%", 2.00, "%", code=_QH),
    _snn("**6,4 ngày", "6,4", 6.4, "ngày", code=_TIME),
    # II.2 Bảng 1 by field (subject unchecked, level tỉnh), broken by "Trang 1/2" and "-----", its header repeated
    *_field_551(ANY, "9.842 6.086 61,84 296", "| 2 | Đất đai<br>"),
    *_field_551(ANY, "1.236 742 60,03 38", "| 3 | Đo đạc"),
    *_field_551(ANY, "412 318 77,18 4", "| 4 | Môi trường"),
    *_field_551(ANY, "386 352 91,19 0", "| 5 | Tài nguyên nước"),
    *_field_551(ANY, "148 137 92,57 0", "| 6 | Địa chất"),
    *_field_551(ANY, "96 81 84,38 3", "| 7 | Trồng trọt"),
    *_field_551(ANY, "1.614 1.546 95,79 2", "\nTrang 1/2"),
    *_field_551(ANY, "2.318 2.206 95,17 5", "| 9 | Lâm nghiệp"),
    *_field_551(ANY, "684 512 74,85 6", "| 10 | Thủy sản"),
    *_field_551(ANY, "1.126 538 47,78 4", "| 11 | Thủy lợi"),
    *_field_551(ANY, "214 196 91,59 0", "| 12 | Quản lý"),
    *_field_551(ANY, "452 438 96,90 0", "| 13 | Các lĩnh vực"),
    *_field_551(ANY, "114 62 54,39 0", "| | **Tổng cộng**"),
    *_total_551("18.642 13.214 70,88 358", "\nHai lĩnh vực"),
    # the two land fields together, the lowest field ("Hai lĩnh vực" in words; the shares' codes unchecked)
    F("**11.078 hồ sơ**", "11.078", 11078, "hồ sơ", C, code=_TN, **_IN_TINH),
    F("chiếm 59,43%", "59,43%", 59.43, "%", code=ANY, **_IN_TINH),
    F("có 334 hồ sơ", "334", 334, "hồ sơ", C, code=_QH, **_IN_TINH),
    F("**93,30%**", "93,30%", 93.30, "%", code=ANY, **_IN_TINH),
    F("nhất (47,78%)", "47,78%", 47.78, "%", code=_NOP, **_IN_TINH),
    # III. the Sở's payment share against the year's target (dated 2025-12-31); the land database
    _snn("**46,25%**", "46,25%", 46.25, "%", code=_TT, target=50, stated_status="chưa đạt"),
    _snn("(quý II năm 2025: 39,80%)", "39,80%", 39.80, "%", PR, as_of=_Q2_2025, code=_TT),
    _snn("tăng 6,45%", "6,45%", 6.45, "%", CH, code=_TT),
    _snn("năm 2025 là 50%", "50%", 50, "%", T, as_of=_Y2025, code=_TT),
    _snn("**91,36%**", "91,36%", 91.36, "%", code=_SH),
    _snn("**97,84%**", "97,84%", 97.84, "%", code=_KQ),
    F("**1.284.506 thửa đất**", "1.284.506", 1284506, "thửa đất", C, code=ANY, **_OPEN),
    F("đạt 68,42%", "68,42%", 68.42, "%", code=ANY, **_OPEN),
    # IV.
    _snn("**23 PAKN**", "23", 23, "PAKN", C, code=_PAKN_TN),
    _snn("**21 PAKN**", "21", 21, "PAKN", C, code=_PAKN_XL),
    _snn("**91,30%**", "91,30%", 91.30, "%", code=_PAKN_TL),
    _snn("; 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    _snn("**96,58%**", "96,58%", 96.58, "%", code=_HL),
    # V. the Sở named in full among 16 agencies; the province /34 (subject NULL)
    _snn("**85,74/100 điểm**", "85,74/100", 85.74, "điểm", max_value=100, code=_TONG),
    _snn("**9/16**", "9/16", 9, "hạng", R, max_value=16, code=_HANG),
    _snn("**6,84/10 điểm**", "6,84/10", 6.84, "điểm", max_value=10, code="766.thanh_toan"),
    F("**83,92/100 điểm**", "83,92/100", 83.92, "điểm", max_value=100, code=_TONG),
    F("**20/34**", "20/34", 20, "hạng", R, max_value=34, code=_HANG),
    # VI. a count repeated, the Sở's target for quý IV
    F("dứt điểm 334", "334", 334, "hồ sơ", C, code=ANY, **_OPEN),
    _snn("tối thiểu 50%", "50%", 50, "%", T, as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 552: UBND thị xã Đức Phổ (Quảng Ngãi), 9 tháng/2024
_DP = "UBND thị xã Đức Phổ"
_SEP_2023 = "2023-09-30"


def _dp(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the thị xã itself (the issuer), level huyện."""
    return F(context, raw, value, unit, kind, subject=_DP, level="huyện", **kw)


def _commune_552(subject: str, raws: str, after: str) -> list[Fact]:
    """One tab-separated row of Bảng 1: received, online files, online share, on-time share."""
    received, online, share, on_time = raws.split()
    cells = [(received, subject, "xã", "period", "hồ sơ", P, _TN), (online, subject, "xã", "period", "hồ sơ", P, _NOP),
             (share, subject, "xã", "period", "%", P, _NOP), (on_time, subject, "xã", "period", "%", P, _DH)]
    return _row(cells, after, "\t", "\n")


BLIND_552 = [
    # I. the communes (whole and parts), the TTHC, the one-stop shop ("4126/UBND-KSTT" and the window no figures)
    F("có 15 đơn vị", "15", 15, "đơn vị", C, code=None, **_XA),
    F("(08 phường", "08", 8, "phường", C, code=None, **_IN_XA),
    F("07 xã)", "07", 7, "xã", C, code=None, **_IN_XA),
    _dp("thực hiện 530 TTHC", "530", 530, "TTHC", C, code=_TTHC),
    F("cấp huyện 412 TTHC", "412", 412, "TTHC", C, code=_TTHC, **_HUYEN),
    F("cấp xã 118 TTHC", "118", 118, "TTHC", C, code=_TTHC, **_XA),
    F("bố trí 14 quầy", "14", 14, "quầy", C, code=None, **_IN_HUYEN),
    F("với 16 công chức", "16", 16, "công chức", C, code=None, **_IN_HUYEN),
    # II.1 a) Cấp huyện (cùng kỳ năm 2023 dated 2023-09-30; the relative change's code unchecked)
    F("tiếp nhận 9.648", "9.648", 9648, "hồ sơ", C, code=_TN, **_HUYEN),
    F("tăng 12,4%", "12,4%", 12.4, "%", CH, code=ANY, **_HUYEN),
    F("(8.584 hồ sơ)", "8.584", 8584, "hồ sơ", PR, as_of=_SEP_2023, code=_TN, **_HUYEN),
    F("trực tuyến 7.215", "7.215", 7215, "hồ sơ", C, code=_NOP, **_HUYEN),
    F("chiếm 74,78%", "74,78%", 74.78, "%", code=_NOP, **_HUYEN),
    F("giải quyết 9.402", "9.402", 9402, "hồ sơ", C, code=ANY, **_HUYEN),
    F("đúng hạn 9.318", "9.318", 9318, "hồ sơ", C, code=_DH, **_HUYEN),
    F("đạt 99,11%", "99,11%", 99.11, "%", code=_DH, **_HUYEN),
    F("quá hạn 84", "84", 84, "hồ sơ", C, code=_QH, **_HUYEN),
    F("(79 hồ sơ)", "79", 79, "hồ sơ", C, code=_QH, **_IN_HUYEN),
    # II.1 b) Cấp xã
    F("UBND 15 xã", "15", 15, "xã", C, code=None, **_IN_XA),
    F("tiếp nhận 21.486", "21.486", 21486, "hồ sơ", C, code=_TN, **_XA),
    F("trực tuyến 15.972", "15.972", 15972, "hồ sơ", C, code=_NOP, **_XA),
    F("chiếm 74,34%", "74,34%", 74.34, "%", code=_NOP, **_XA),
    F("đạt 99,56%", "99,56%", 99.56, "%", code=_DH, **_XA),
    # Bảng 1 (tab-separated), split by the footer "Trang 1/3" and a form feed, its header repeated; "Cộng" = cấp xã
    *_commune_552("Phường Nguyễn Nghiêm", "2.846 2.318 81,45 99,82", "2\tPhường Phổ Hòa"),
    *_commune_552("Phường Phổ Hòa", "1.412 1.086 76,91 100", "3\tPhường Phổ Minh"),
    *_commune_552("Phường Phổ Minh", "1.238 936 75,61 99,68", "4\tPhường Phổ Ninh"),
    *_commune_552("Phường Phổ Ninh", "1.654 1.248 75,45 99,45", "5\tPhường Phổ Quang"),
    *_commune_552("Phường Phổ Quang", "1.326 1.002 75,57 100", "6\tPhường Phổ Thạnh"),
    *_commune_552("Phường Phổ Thạnh", "1.972 1.394 70,69 99,29", "7\tPhường Phổ Văn"),
    *_commune_552("Phường Phổ Văn", "1.186 912 76,90 99,75", "8\tPhường Phổ Vinh"),
    *_commune_552("Phường Phổ Vinh", "1.508 1.126 74,67 99,60", "\nTrang 1/3"),
    *_commune_552("Xã Phổ An", "1.364 1.018 74,63 99,71", "10\tXã Phổ Châu"),
    *_commune_552("Xã Phổ Châu", "1.082 742 68,58 98,89", "11\tXã Phổ Cường"),
    *_commune_552("Xã Phổ Cường", "1.796 1.312 73,05 99,44", "12\tXã Phổ Khánh"),
    *_commune_552("Xã Phổ Khánh", "1.248 874 70,03 99,52", "13\tXã Phổ Nhơn"),
    *_commune_552("Xã Phổ Nhơn", "986 634 64,30 98,78", "14\tXã Phổ Phong"),
    *_commune_552("Xã Phổ Phong", "1.102 786 71,32 100", "15\tXã Phổ Thuận"),
    *_commune_552("Xã Phổ Thuận", "766 584 76,24 99,87", "\tCộng"),
    *_commune_552("cấp xã", "21.486 15.972 74,34 99,56", "\nĐơn vị có"),
    # best and worst units, the units with every file on time
    F("Nghiêm (81,45%)", "81,45%", 81.45, "%", subject="phường Nguyễn Nghiêm", level="xã", code=_NOP),
    F("Nhơn (64,30%)", "64,30%", 64.30, "%", subject="xã Phổ Nhơn", level="xã", code=_NOP),
    F("có 03/15 xã", "03/15", 3, "xã", C, max_value=15, code=None, **_IN_XA),
    F("đúng hạn 100%", "100%", 100, "%", code=_DH, **_IN_XA),
    # II.2 the thị xã's payment share against the year's target (dated 2024-12-31), levels in brackets
    _dp("thị xã đạt 40,92%", "40,92%", 40.92, "%", code=_TT, target=45, stated_status="chưa đạt"),
    F("(cấp huyện 46,82%", "46,82%", 46.82, "%", code=_TT, **_HUYEN),
    F("cấp xã 38,27%)", "38,27%", 38.27, "%", code=_TT, **_XA),
    _dp("năm 2024 là 45%", "45%", 45, "%", T, as_of=_Y2024, code=_TT),
    F("cấp huyện đạt 88,64%", "88,64%", 88.64, "%", code=_SH, **_HUYEN),
    F("cấp xã đạt 76,15%", "76,15%", 76.15, "%", code=_SH, **_XA),
    F("chính 6.412 bản", "6.412", 6412, "bản", C, code=ANY, **_IN_XA),
    F("tăng 2.318 bản", "2.318", 2318, "bản", CH, code=ANY, **_IN_XA),
    # II.3, II.4 (6 tháng đầu năm 2024 dated 2024-06-30); the province (subject NULL); the communes by grade
    _dp("tiếp nhận 14 PAKN", "14", 14, "PAKN", C, code=_PAKN_TN),
    _dp("xử lý 14/14", "14/14", 14, "PAKN", C, max_value=14, code=_PAKN_XL),
    _dp("đạt 84,92/100", "84,92/100", 84.92, "điểm", max_value=100, code=_TONG),
    _dp("xếp thứ 3/13", "3/13", 3, "hạng", R, max_value=13, code=_HANG),
    _dp("82,48 điểm", "82,48", 82.48, "điểm", PR, max_value=100, as_of=_Q2_2024, code=_TONG),
    _dp("xếp thứ 5/13", "5/13", 5, "hạng", PR, max_value=13, as_of=_Q2_2024, code=_HANG),
    _dp("tăng 2,44 điểm", "2,44", 2.44, "điểm", CH, code=_TONG),
    _dp("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    F("đạt 80,36/100", "80,36/100", 80.36, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 42/63", "42/63", 42, "hạng", R, max_value=63, code=_HANG),
    F("có 06/15 xã", "06/15", 6, "xã", C, max_value=15, code=None, **_IN_XA),
    F("Tốt, 07 đơn vị", "07", 7, "đơn vị", C, code=None, **_IN_XA),
    F("và 02 đơn vị", "02", 2, "đơn vị", C, code=None, **_IN_XA),
    # III. counts in tasks, the communes' target for quý IV (address and phone number no figures)
    F("dứt điểm 79 hồ sơ", "79", 79, "hồ sơ", C, code=ANY, **_OPEN),
    F("bổ sung 06 máy quét", "06", 6, "máy quét", C, code=None, **_OPEN),
    F("tối thiểu 45%", "45%", 45, "%", T, as_of=_Y2024, code=_TT, **_IN_XA),
]

# ------------------------------------------------------------ 553: Sở Kế hoạch và Đầu tư Hòa Bình, năm 2024, footnotes
_SKH = "Sở Kế hoạch và Đầu tư"


def _skh(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở itself (the issuer), level tỉnh."""
    return F(context, raw, value, unit, kind, subject=_SKH, level="tỉnh", **kw)


def _field_553(subject: object, raws: str, after: str) -> list[Fact]:
    """One Markdown row of Bảng 1: received, online files, online share, on-time share."""
    received, online, share, on_time = raws.split()
    cells = [(received, subject, "tỉnh", "period", "hồ sơ", P, _TN),
             (online, subject, "tỉnh", "period", "hồ sơ", P, _NOP),
             (share, subject, "tỉnh", "period", "%", P, _NOP),
             (on_time, subject, "tỉnh", "period", "%", P, _DH)]
    return _row(cells, after, " | ", " |\n")


BLIND_553 = [
    # I. ("Nghị định số 61/2018/NĐ-CP", "Kế hoạch số 18/KH-UBND" no figures; "[1]" a marker)
    _skh("ban hành 06 quyết định", "06", 6, "quyết định", C, code=None),
    _skh("thực hiện 112 TTHC", "112", 112, "TTHC", C, code=_TTHC),
    _skh("đó 104 TTHC", "104", 104, "TTHC", C, code=_TOAN),
    _skh("chiếm 92,86%", "92,86%", 92.86, "%", code=_TOAN),
    _skh("; 100% TTHC", "100%", 100, "%", code=ANY),
    # II.1 năm 2023 dated 2023-12-31
    _skh("tiếp nhận 6.428", "6.428", 6428, "hồ sơ", C, code=_TN),
    _skh("(năm 2023: 5.912", "5.912", 5912, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    _skh("tăng 8,73%", "8,73%", 8.73, "%", CH, code=ANY),
    _skh("trực tuyến 6.215", "6.215", 6215, "hồ sơ", C, code=_NOP),
    _skh("đạt 96,69%", "96,69%", 96.69, "%", code=_NOP),
    _skh("giải quyết 6.384", "6.384", 6384, "hồ sơ", C, code=ANY),
    _skh("đúng hạn 6.379", "6.379", 6379, "hồ sơ", C, code=_DH),
    _skh("đạt 99,92%", "99,92%", 99.92, "%", code=_DH),
    _skh("quá hạn 05", "05", 5, "hồ sơ", C, code=_QH),
    # II.2 Bảng 1 by field (subject unchecked, level tỉnh); "Tổng cộng" = the Sở
    *_field_553(ANY, "4.862 4.815 99,03 100", "| 2 | Đầu tư"),
    *_field_553(ANY, "286 214 74,83 98,95", "| 3 | Thành lập"),
    *_field_553(ANY, "318 302 94,97 100", "| 4 | Đấu thầu"),
    *_field_553(ANY, "126 118 93,65 98,41", "| 5 | Các lĩnh vực"),
    *_field_553(ANY, "836 766 91,63 100", "| | Tổng cộng"),
    *_field_553(_SKH, "6.428 6.215 96,69 99,92", "Lĩnh vực đầu tư"),
    F("nhất (74,83%)", "74,83%", 74.83, "%", code=_NOP, **_IN_TINH),
    # the province's enterprises (subject NULL; "[3]" a marker); the projects approved (subject and level unchecked)
    F("có 612 doanh nghiệp", "612", 612, "doanh nghiệp", C, code=ANY),
    F("đăng ký 5.846 tỷ đồng", "5.846", 5846, "tỷ đồng", code=ANY),
    F("cho 38 dự án", "38", 38, "dự án", C, code=ANY, **_OPEN),
    F("đăng ký 12.486 tỷ đồng", "12.486", 12486, "tỷ đồng", code=ANY, **_OPEN),
    # II.3 processing times by field (subject unchecked, level tỉnh); against the legal limit: a change
    F("là 1,8 ngày", "1,8", 1.8, "ngày", code=ANY, **_IN_TINH),
    F("rút ngắn 1,2 ngày", "1,2", -1.2, "ngày", CH, code=ANY, **_IN_TINH),
    F("bình quân 24,5 ngày", "24,5", 24.5, "ngày", code=ANY, **_IN_TINH),
    # III. the Sở's payment share against the year's target (the period end), "đạt"
    _skh("Sở đạt 72,48%", "72,48%", 72.48, "%", code=_TT, target=70, stated_status="đạt"),
    _skh("(năm 2023: 55,16%)", "55,16%", 55.16, "%", PR, as_of=_Y2023, code=_TT),
    _skh("tăng 17,32%", "17,32%", 17.32, "%", CH, code=_TT),
    _skh("năm 2024 là 70%", "70%", 70, "%", T, code=_TT),
    _skh("đạt 98,15%", "98,15%", 98.15, "%", code=_SH),
    _skh("đạt 52,36%", "52,36%", 52.36, "%", code=_TSD),
    # IV.
    _skh("tiếp nhận 07 PAKN", "07", 7, "PAKN", C, code=_PAKN_TN),
    _skh("xử lý 07/07", "07/07", 7, "PAKN", C, max_value=7, code=_PAKN_XL),
    _skh("đạt 99,12%", "99,12%", 99.12, "%", code=_HL),
    # V. the Sở named in full among 20 agencies (năm 2023 dated 2023-12-31)
    _skh("đạt 90,84/100", "90,84/100", 90.84, "điểm", max_value=100, code=_TONG),
    _skh("xếp thứ 2/20", "2/20", 2, "hạng", R, max_value=20, code=_HANG),
    _skh("87,12 điểm", "87,12", 87.12, "điểm", PR, max_value=100, as_of=_Y2023, code=_TONG),
    _skh("xếp thứ 5/20", "5/20", 5, "hạng", PR, max_value=20, as_of=_Y2023, code=_HANG),
    _skh("tăng 3,72 điểm", "3,72", 3.72, "điểm", CH, code=_TONG),
    _skh("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _skh("đạt 19,86/22", "19,86/22", 19.86, "điểm", max_value=22, code="766.so_hoa"),
    # VI. a count in a task, the Sở's target for 2025
    F("của 1.246 doanh nghiệp", "1.246", 1246, "doanh nghiệp", C, code=ANY, **_OPEN),
    _skh("tối thiểu 80%", "80%", 80, "%", T, as_of=_Y2025, code=_TT),
    # footnotes after the signature: [1] TTHC by field, [2] overdue files by field, [3] the province's enterprises,
    # [4] look-ups, [5] the province's 766 result
    F("Gồm 46 TTHC", "46", 46, "TTHC", C, code=ANY, **_IN_TINH),
    F("nghiệp, 38 TTHC", "38", 38, "TTHC", C, code=ANY, **_IN_TINH),
    F("xã và 12 TTHC", "12", 12, "TTHC", C, code=ANY, **_IN_TINH),
    F(", 16 TTHC", "16", 16, "TTHC", C, code=ANY, **_IN_TINH),
    F("đầu tư 03 hồ sơ", "03", 3, "hồ sơ", C, code=_QH, **_IN_TINH),
    F("của 04 sở", "04", 4, "đơn vị", C, code=None, **_IN_TINH),
    F("đấu thầu 02 hồ sơ", "02", 2, "hồ sơ", C, code=_QH, **_IN_TINH),
    F("tăng 14,2%", "14,2%", 14.2, "%", CH, code=ANY),
    F("(536 doanh nghiệp)", "536", 536, "doanh nghiệp", PR, as_of=_Y2023, code=ANY),
    F("có 218 doanh nghiệp", "218", 218, "doanh nghiệp", C, code=ANY),
    F("và 164 doanh nghiệp", "164", 164, "doanh nghiệp", C, code=ANY),
    F("(4.126 lượt)", "4.126", 4126, "lượt", C, code=ANY, **_OPEN),
    F("(1.842 lượt)", "1.842", 1842, "lượt", C, code=ANY, **_OPEN),
    F("đạt 81,74/100", "81,74/100", 81.74, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 39/63", "39/63", 39, "hạng", R, max_value=63, code=_HANG),
]

# ------------------------------------------------------------ 554: Văn phòng UBND tỉnh Sóc Trăng, Thông báo kết luận
_Q4_2024 = "2024-12-31"

BLIND_554 = [
    # the meeting's attendance ("Ngày 15/4/2025", "số 01 đường Trần Hưng Đạo, Phường 3" no figures)
    F("lãnh đạo 20 sở", "20", 20, "đơn vị", C, code=None, **_IN_TINH),
    F("và 11 huyện", "11", 11, "huyện", C, code=None, **_IN_HUYEN),
    # I.1 the year 2024 before the period: PAR Index and SIPAS dated 2024-12-31, the year before 2023-12-31
    F("đạt 87,26 điểm", "87,26", 87.26, "điểm", as_of=_Y2024, code="par_index"),
    F("tăng 1,84 điểm", "1,84", 1.84, "điểm", CH, as_of=_Y2024, code=ANY),
    F("xếp thứ 24/63", "24/63", 24, "hạng", R, max_value=63, as_of=_Y2024, code="par_index"),
    F("(năm 2023 xếp thứ 33/63)", "33/63", 33, "hạng", PR, max_value=63, as_of=_Y2023, code="par_index"),
    F("tăng 9 bậc", "9", 9, "hạng", CH, as_of=_Y2024, code=ANY),
    F("đạt 81,37%", "81,37%", 81.37, "%", as_of=_Y2024, code="sipas"),
    F("(năm 2023: 79,84%)", "79,84%", 79.84, "%", PR, as_of=_Y2023, code="sipas"),
    F("tăng 1,53%", "1,53%", 1.53, "%", CH, as_of=_Y2024, code=ANY),
    F("xếp thứ 36/63", "36/63", 36, "hạng", R, max_value=63, as_of=_Y2024, code=ANY),
    F("tăng 5 bậc", "5", 5, "hạng", CH, as_of=_Y2024, code=ANY),
    # I.2 the 766 index, quý I năm 2025 (quý IV năm 2024 dated 2024-12-31)
    F("đạt 82,68/100", "82,68/100", 82.68, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 30/63", "30/63", 30, "hạng", R, max_value=63, code=_HANG),
    F("(80,94 điểm", "80,94", 80.94, "điểm", PR, max_value=100, as_of=_Q4_2024, code=_TONG),
    F("xếp thứ 34/63)", "34/63", 34, "hạng", PR, max_value=63, as_of=_Q4_2024, code=_HANG),
    F("tăng 1,74 điểm", "1,74", 1.74, "điểm", CH, code=_TONG),
    F("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    _group("Công khai, minh bạch", "17,24/18", 18, "766.cong_khai"),
    _group("Tiến độ, kết quả giải quyết", "18,96/20", 20, "766.tien_do"),
    _group("Dịch vụ công trực tuyến", "10,12/12", 12, "766.dvctt"),
    _group("Thanh toán trực tuyến", "6,18/10", 10, "766.thanh_toan"),
    _group("Số hóa hồ sơ", "16,42/22", 22, "766.so_hoa"),
    _group("Mức độ hài lòng", "13,76/18", 18, "766.hai_long"),
    # files of the province, levels after "lần lượt là", overdue files and their parts
    F("tiếp nhận 86.412", "86.412", 86412, "hồ sơ", C, code=_TN),
    F("trực tuyến 52.306", "52.306", 52306, "hồ sơ", C, code=_NOP),
    F("chiếm 60,53%", "60,53%", 60.53, "%", code=_NOP),
    F("là 86,34%", "86,34%", 86.34, "%", code=_NOP, **_TINH),
    F(", 58,12%", "58,12%", 58.12, "%", code=_NOP, **_HUYEN),
    F("và 49,76%", "49,76%", 49.76, "%", code=_NOP, **_XA),
    F("giải quyết 84.218", "84.218", 84218, "hồ sơ", C, code=ANY),
    F("đạt 98,64%", "98,64%", 98.64, "%", code=_DH),
    F("còn 1.126", "1.126", 1126, "hồ sơ", C, code=_QH),
    F("cấp huyện 842", "842", 842, "hồ sơ", C, code=_QH, **_HUYEN),
    F("(216 hồ sơ)", "216", 216, "hồ sơ", C, subject="UBND thị xã Vĩnh Châu", level="huyện", code=_QH),
    F("(184 hồ sơ)", "184", 184, "hồ sơ", C, subject="UBND huyện Mỹ Xuyên", level="huyện", code=_QH),
    F("đạt 38,45%", "38,45%", 38.45, "%", code=_TT, target=50, stated_status="chưa đạt"),
    F("năm 2025 là 50%", "50%", 50, "%", T, as_of=_Y2025, code=_TT),
    F("đạt 84,12%", "84,12%", 84.12, "%", code=_SH),
    F("đạt 91,07%", "91,07%", 91.07, "%", code=_KQ),
    F("kích hoạt 716.842", "716.842", 716842, "tài khoản", C, code=_TK),
    F("đạt 71,36%", "71,36%", 71.36, "%", code=_TK),
    # block averages, counts by grade, the first and last district-level units
    F("ngành đạt 88,15", "88,15", 88.15, "điểm", code=_TONG, **_IN_TINH),
    F("phố đạt 79,42", "79,42", 79.42, "điểm", code=_TONG, **_IN_HUYEN),
    F("Có 12/20", "12/20", 12, "đơn vị", C, max_value=20, code=None, **_IN_TINH),
    F("và 04/11", "04/11", 4, "huyện", C, max_value=11, code=None, **_IN_HUYEN),
    F("với 86,27", "86,27", 86.27, "điểm", subject="UBND huyện Cù Lao Dung", level="huyện", code=_TONG),
    F("với 71,35", "71,35", 71.35, "điểm", subject="UBND huyện Trần Đề", level="huyện", code=_TONG),
    F("đạt 24,60%", "24,60%", 24.60, "%", subject="UBND huyện Trần Đề", level="huyện", code=_TT),
    # PAKN of the province's bodies
    F("tiếp nhận 58 PAKN", "58", 58, "PAKN", C, code=_PAKN_TN),
    F("xử lý 55 PAKN", "55", 55, "PAKN", C, code=_PAKN_XL),
    F("đạt 94,83%", "94,83%", 94.83, "%", code=_PAKN_TL),
    F("; 03 PAKN", "03", 3, "PAKN", C, code=ANY),
    # I.3 units short of the target
    F("Còn 03 sở", "03", 3, "đơn vị", C, code=None, **_IN_TINH),
    F("và 05 huyện", "05", 5, "huyện", C, code=None, **_IN_HUYEN),
    # II. a count repeated, the province's target for quý II (phone number no figure)
    F("dứt điểm 400", "400", 400, "hồ sơ", C, code=ANY, **_OPEN),
    F("tối thiểu 45%", "45%", 45, "%", T, as_of=_Q2_2025, code=_TT),
]

BLIND = {"550": BLIND_550, "551": BLIND_551, "552": BLIND_552, "553": BLIND_553, "554": BLIND_554}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    # 550's items lost their marks: tasks and assignees written unmarked (compared folded)
    "550": [
        ("2024-10-15", "day", "15/10/2024", "giai quyet dut diem 41 ho so qua han",
         "Phong Quan ly van tai, phuong tien va nguoi lai"),
        ("2024-10-25", "day", "ngay 25 thang 10 nam 2024", "ra soat quy trinh kiem dinh",
         "Trung tam Dang kiem xe co gioi 12-01S"),
        ("2024-12-31", "month", "thang 12/2024", "thanh toan truc tuyen cua So", "Van phong So"),
        ("2024-12-31", "quarter", "quy IV nam 2024", "so hoa ket qua giai quyet TTHC",
         "Phong Quan ly ket cau ha tang giao thong"),
        ("2025-12-31", "year", "nam 2025", "ket noi du lieu giay phep lai xe", "Thanh tra So"),
        # issued 04/10/2024: the first "ngày 22 hằng tháng" is 22/10/2024
        ("2024-10-22", "recurring", "22 hang thang", "bao cao ket qua giai quyet TTHC", "Cac phong, don vi thuoc So"),
    ],
    "551": [
        ("2025-10-31", "day", "31/10/2025", "giải quyết dứt điểm 334 hồ sơ", "Văn phòng Đăng ký đất đai tỉnh"),
        ("2025-10-20", "day", "ngày 20 tháng 10 năm 2025", "xây dựng giải pháp nâng tỷ lệ",
         "Chi cục Thủy sản và Biển đảo"),
        ("2025-11-30", "month", "tháng 11/2025", "kết nối cơ sở dữ liệu đất đai",
         "Trung tâm Công nghệ thông tin và Dữ liệu"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "thanh toán trực tuyến của Sở", "Văn phòng Sở"),
        ("2026-12-31", "year", "năm 2026", "số hóa toàn bộ hồ sơ cấp phép", "Chi cục Kiểm lâm"),
        # issued 06/10/2025: the first "ngày 20 hằng tháng" is 20/10/2025
        ("2025-10-20", "recurring", "20 hằng tháng", "gửi số liệu giải quyết TTHC", "Các phòng, đơn vị thuộc Sở"),
    ],
    "552": [
        ("2024-10-25", "day", "25/10/2024", "giải quyết dứt điểm 79 hồ sơ đất đai",
         "Chi nhánh Văn phòng Đăng ký đất đai thị xã Đức Phổ"),
        ("2024-10-18", "day", "ngày 18 tháng 10 năm 2024", "xây dựng kế hoạch khắc phục",
         "UBND xã Phổ Nhơn, UBND xã Phổ Châu"),
        ("2024-11-30", "month", "tháng 11/2024", "bổ sung 06 máy quét", "Phòng Văn hóa và Thông tin"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "thanh toán trực tuyến", "UBND các xã, phường"),
        ("2024-12-31", "year", "năm 2024", "đưa kết quả giải quyết TTHC vào đánh giá", "Phòng Nội vụ"),
        # issued 07/10/2024: the first "ngày 18 hằng tháng" is 18/10/2024
        ("2024-10-18", "recurring", "18 hằng tháng", "tổng hợp tình hình giải quyết TTHC",
         "Văn phòng HĐND và UBND thị xã"),
    ],
    "553": [
        ("2025-02-28", "day", "28/02/2025", "cập nhật thông tin của 1.246 doanh nghiệp", "Phòng Đăng ký kinh doanh"),
        ("2025-02-14", "day", "ngày 14 tháng 02 năm 2025", "điều chỉnh chủ trương đầu tư",
         "Phòng Thẩm định và Giám sát đầu tư"),
        ("2025-06-30", "quarter", "quý II năm 2025", "hoàn thiện quy trình nội bộ", "Văn phòng Sở"),
        ("2025-03-31", "month", "tháng 3/2025", "triển khai Tổ hỗ trợ doanh nghiệp",
         "Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp"),
        ("2025-12-31", "year", "năm 2025", "thanh toán trực tuyến của Sở", "Văn phòng Sở"),
        # issued 10/01/2025: the first "ngày 25 hằng tháng" is 25/01/2025
        ("2025-01-25", "recurring", "25 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các phòng, đơn vị thuộc Sở"),
    ],
    "554": [
        ("2025-04-30", "day", "30/4/2025", "giải quyết dứt điểm 400 hồ sơ quá hạn",
         "UBND thị xã Vĩnh Châu, UBND huyện Mỹ Xuyên"),
        ("2025-05-10", "day", "ngày 10 tháng 5 năm 2025", "sửa đổi Bộ tiêu chí", "Sở Nội vụ"),
        ("2025-06-30", "month", "tháng 6/2025", "tích hợp chức năng đánh giá mức độ hài lòng",
         "Sở Khoa học và Công nghệ"),
        ("2025-06-30", "quarter", "quý II năm 2025", "thanh toán trực tuyến toàn tỉnh", "Sở Tài chính"),
        ("2025-12-31", "year", "năm 2025", "số hóa kết quả giải quyết TTHC", "Văn phòng UBND tỉnh"),
        # issued 18/4/2025: the first "ngày 22 hằng tháng" is 22/4/2025
        ("2025-04-22", "recurring", "22 hằng tháng", "báo cáo tiến độ thực hiện kết luận",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 550's number follows the
# OCR'd "S6:", its period and place-date line kept their marks; 551's header is a converter's pipe table; 552's issuer
# is UBND thị xã Đức Phổ of tỉnh Quảng Ngãi; 553's header lines are tab-separated and its signer is printed beside
# "Nơi nhận"; 554 is a Thông báo of the Văn phòng UBND tỉnh Sóc Trăng, its period from the title.
META = {
    "550": {"doc_number": "2146/BC-SGTVT", "doc_type": "Báo cáo", "issued_date": "2024-10-04",
            "province": "Lạng Sơn", "period_label": "quý III năm 2024", "period_start": "2024-07-01",
            "period_end": "2024-09-30", "signer": "Hoàng Văn Thắng"},
    "551": {"doc_number": "2318/BC-SNNMT", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Gia Lai", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Phan Thanh Hùng"},
    "552": {"doc_number": "418/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-10-07",
            "province": "Quảng Ngãi", "period_label": "9 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-09-30", "signer": "Nguyễn Tấn Lực"},
    "553": {"doc_number": "58/BC-SKHĐT", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Hòa Bình", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Bùi Thị Thu Hằng"},
    "554": {"doc_number": "128/TB-VP", "doc_type": "Thông báo", "issued_date": "2025-04-18",
            "province": "Sóc Trăng", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Lý Thị Kim Phượng"},
}
