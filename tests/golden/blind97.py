"""Blind golden facts for corpus/blind97/560_tuyen_quang.txt, 561_dong_nai.txt, 562_lao_cai.txt, 563_quang_tri.txt
and 564_hung_yen.txt.

The five documents were written by the developers for a ninety-seventh blind measurement (merged provinces not used
recently, all after or across the 1 July 2025 merger, ranks /34 and the former provinces' /63; issuers and genres: a
merged province's annual report with figures for its former provinces, a Sở Tài chính on business registration online,
a Văn phòng Đăng ký đất đai with its branches on land files, a Sở Nông nghiệp và Môi trường's quarterly TTHC report, a
UBND phường's monthly report with figures for the old communes merged into it; periods năm 2025, quý I năm 2026, 6
tháng đầu năm 2026, quý III năm 2026 and tháng 11 năm 2025; not real documents), and every row below was written by
reading them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text for
diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind96.py, blind95.py, blind94.py, blind93.py, blind16.py and blind13.py:
rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it).
Prose and list counts are kind `count`; table cells are kind `value` even when they count, with `extra={"source":
"table"}`; `as_of="period"` is the period's end; a table column dated before the period end keeps kind `value` with that
date as `as_of`; a change is dated with the figure it changes and a fall ("giảm", "rút ngắn", "thấp hơn") is negative;
a change in "điểm phần trăm" is kind change in `%` (as golden/blind94.py). `ANY` leaves a field unchecked where the
sentence names no catalogued indicator (`None` where it clearly names none: counts of decisions, units, branches,
desks, staff, members, residential groups). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the
unit `PAKN`; a count of the files (or PAKN) an indicator is computed on carries that indicator's code; every "đã giải
quyết" count, files by channel, field, kind or area, files pending and relative changes of counts have their code
unchecked. Counts of local units take the unit of their first unit word ("99 xã, phường", "78 xã, phường, đặc khu",
"18/124 xã, phường" → `xã`), counts of "đơn vị" → `đơn vị`, at the level of the bodies counted; "124 đơn vị hành chính
cấp xã (117 xã, 7 phường)" → the whole subject `cấp xã` (unit `đơn vị`), its parts `xã`, `phường` (subject unchecked,
level xã, as golden/blind95.py's 552). A provincial body's own figures naming no body are named by its kind ("Sở Tài
chính", "Sở Nông nghiệp và Môi trường", "Văn phòng Đăng ký đất đai" as its header writes it), level tỉnh; a commune's
own figures ("UBND phường …", "của phường", "phường chưa đạt") are the issuer ("UBND phường Phố Hiến", level xã, as
golden/blind92.py's 536); a sentence naming the body in full keeps the name as written ("Sở Nông nghiệp và Môi trường
đạt …", "phường Phố Hiến đạt …"). Things counted take the noun as written (`quyết định`, `chi nhánh`, `doanh
nghiệp`, `giấy chứng nhận`, `thửa đất`, `quầy`, `công chức`, `điểm tiếp nhận`, `tổ dân phố`, `hộ`, `nhân khẩu`,
`công dân`, `tài khoản`, `thành viên`, `lượt`); certified copies count in `bản`; money keeps the unit written (`tỷ
đồng`, `triệu đồng`; code unchecked). Numbers written in words are no figures ("hai tỉnh cũ", "hai Văn phòng", "hai
hệ thống"). Dates, document numbers, cited laws, resolutions, decrees, plans, letters and decisions ("Quyết định số
766/QĐ-TTg", "Công văn số 215/VPCP-KSTT", "Nghị quyết số 202/2025/QH15", "Nghị định số 168/2025/NĐ-CP", "Kế hoạch số
112/KH-UBND", "Công văn số 1526/SNNMT-QLĐĐ", "Kế hoạch số 46/KH-UBND", "Quyết định số 1842/QĐ-UBND", "Quyết định số
2015/QĐ-UBND", "Công văn số 2148/VP-KSTT"), "ngày 01/7/2025", "Từ ngày 01/3/2025", "Tính đến ngày 31/12/2025", the
stated window "từ ngày 01/7/2026 đến ngày 30/9/2026", the period words ("6 tháng đầu năm", "6 tháng cuối năm",
"quý II năm 2025"), names holding numbers ("cơ sở 2", "Tổng đài 1022", "Bộ chỉ số 766", "Đề án 06"), "mức độ 2",
month labels of a table header ("Tháng 01/2026" … "Quý I/2026") and the ĐVT column,
section numbering ("I.", "1.", "Bảng 1."), the STT column, addresses ("số 728 đường Phú Riềng Đỏ", "số 286 đường
Hoàng Liên", "số 02 đường Hải Thượng Lãn Ông"), phone numbers ("0207.3822.518", "0251.3822.614", "0214.3840.265",
"0233.3852.417", "0221.3862.437"), headings naming the next period ("V. NHIỆM VỤ NĂM 2026", "III. NHIỆM VỤ QUÝ II NĂM
2026", "III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026", "V. NHIỆM VỤ QUÝ IV NĂM 2026", "VI. NHIỆM VỤ THÁNG 12 NĂM 2025": no
deadlines) and years are not figures.

New in this set:
- FIGURES OF FORMER PROVINCES AND OF OLD COMMUNES. As golden/blind81.py, blind92.py and blind94.py read "tỉnh Quảng Trị
  cũ", "khu vực tỉnh Đắk Nông cũ" and "khu vực tỉnh Cà Mau cũ", a figure of a former province's area ("khu vực tỉnh
  Hà Giang (cũ)", "khu vực tỉnh Bình Phước cũ", a table row "Khu vực tỉnh Tuyên Quang (cũ)") has subject and level
  unchecked: the former province is no unit any more and no level of the new one, and whether an analyst names it
  "tỉnh Hà Giang (cũ)", "khu vực tỉnh Hà Giang" or the province is genuinely open. The same reading holds one level
  down for the old communes merged into a phường ("Khu vực phường Hiến Nam cũ", "xã Bảo Khê cũ"). A former province's
  result before the merger is kind previous at that quarter's end with the old scale ("quý II năm 2025 tỉnh Tuyên
  Quang (cũ) đạt 83,15 điểm, xếp thứ 24/63" → max 100 and 63, dated 2025-06-30); the province's own earlier figure
  averaged over the two ("so với năm 2024 (bình quân hai tỉnh cũ: 32,67%)") is the province's (subject NULL), as
  golden/blind81.py reads "điểm bình quân của hai tỉnh cũ"; "tỉnh Tuyên Quang (mới)" is the province itself (subject
  NULL).
- 560 is an annual Báo cáo of UBND tỉnh Tuyên Quang (merged with Hà Giang) to the Văn phòng Chính phủ, năm 2025, issued
  12/01/2026. Province figures have subject NULL. "Trong 6 tháng đầu năm, khu vực tỉnh Tuyên Quang (cũ) tiếp nhận …"
  counts of a half-year before the merger, dated 2025-06-30 (subject and level unchecked); "6 tháng cuối năm, tỉnh
  Tuyên Quang (mới) tiếp nhận 629.900 hồ sơ" a part of the year that ends at the period end (subject NULL). Shares by
  level after "lần lượt là"; the land part of the overdue files "(11.204 hồ sơ, chiếm 75,21% số hồ sơ quá hạn)" (a
  field: subject and level unchecked, codes unchecked). Its Markdown Bảng 1 has the two former provinces' areas and a
  "Toàn tỉnh" row with an empty STT cell (the province: subject NULL; it repeats the prose), five columns (received,
  online, on-time, payment, digitisation shares) for the whole year. "Khu vực tỉnh Hà Giang (cũ) có tỷ lệ thanh toán
  trực tuyến thấp hơn khu vực tỉnh Tuyên Quang (cũ) 7,18 điểm phần trăm" is a signed difference (kind change, -7.18,
  `%`, payment code; subject unchecked), as golden/blind96.py reads "cao hơn huyện Trạm Tấu 20,8 điểm". "45,07% …
  chỉ tiêu năm 2025 là 50% thì tỉnh chưa đạt chỉ tiêu" (target at the period end). The 766 quý IV `84,62/100`,
  `15/34` against quý III (dated 2025-09-30), the six groups in a dash list, "63,8% điểm tối đa" (code unchecked),
  block averages (subject unchecked), counts by grade, the best and worst communes in brackets. Task 2's "toàn tỉnh đạt
  tối thiểu 55% trong quý II năm 2026" is the province's target (dated 2026-06-30). Six deadlines: day, quarter (with
  the target), "chậm nhất" day in words, month (assignee "UBND các xã, phường thuộc khu vực tỉnh Hà Giang (cũ)"), year,
  "trước ngày 20 hằng tháng" (issued 12/01/2026: first 20/01/2026).
- 561 is a quarterly Báo cáo of the Sở Tài chính tỉnh Đồng Nai (merged with Bình Phước; the Sở took over the Sở Kế
  hoạch và Đầu tư's business registration), quý I năm 2026, issued 08/4/2026, on business registration online. The
  Sở's registration files, their online share, settlement, "2,1 ngày làm việc/hồ sơ, rút ngắn 0,9 ngày so với thời hạn
  theo quy định" (kind change, negative), the files to amend, its fees paid online against its 2026 target of 90%
  ("đã đạt chỉ tiêu") and its PAKN are the Sở's ("Sở Tài chính", level tỉnh) with codes unchecked: one service of the
  Sở, not its 766 files (as golden/blind93.py's 542 and 543). "tăng 1.214 hồ sơ so với quý IV năm 2025 (8.632 hồ sơ)"
  (previous dated 2025-12-31). NEW: its TAB-SEPARATED Bảng 1 has a MONTH PER COLUMN ("Tháng 01/2026" dated 2026-01-31,
  "Tháng 02/2026" 2026-02-28, "Tháng 3/2026" and "Quý I/2026" the period end, as golden/blind93.py's 543) and the unit
  in an ĐVT column (`hồ sơ`, `%`, `doanh nghiệp`, `tỷ đồng`; "6.412,5" → 6412.5): the files rows are the Sở's; the
  enterprise rows (new enterprises, registered capital, enterprises resuming and suspending business) are the
  province's enterprises registered at the Sở, and whether an analyst names them the province's (subject NULL, as
  golden/blind95.py's 553 reads "Trên địa bàn tỉnh có 612 doanh nghiệp thành lập mới") or the Sở's is open in a table
  that says neither: subject and level unchecked, as in the prose after it ("cao nhất (936 doanh nghiệp)", "tháng
  02/2026 thấp nhất (604 doanh nghiệp)" dated 2026-02-28, "So với cùng kỳ năm 2025 (hai tỉnh cũ cộng lại: 1.986
  doanh nghiệp)" previous dated 2025-03-31, "tăng 18,43%", "7,54 tỷ đồng/doanh nghiệp", the two areas). Household
  businesses registered by "UBND các xã, phường" (`giấy chứng nhận`; subject unchecked, level xã). The Sở's
  `91,24/100`, `3/17` "(quý IV năm 2025: 88,70 điểm, xếp thứ 6/17), tăng 2,54 điểm và tăng 3 bậc"; the province's
  `85,06/100`, `11/34`. Task 3's "của Sở đạt tối thiểu 95% trong quý II năm 2026" the Sở's target (2026-06-30); "138
  hồ sơ" a count in a task. Five deadlines: day, "chậm nhất" day in words, quarter (with the target), month in a
  request "Đề nghị Sở Khoa học và Công nghệ …", "trước ngày 05 hằng tháng" (issued 08/4/2026, after the 5th: first
  05/5/2026).
- 562 is a half-year Báo cáo of the Văn phòng Đăng ký đất đai tỉnh Lào Cai (merged with Yên Bái; a three-line header
  "UBND TỈNH LÀO CAI / SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG / VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", number "412/BC-VPĐKĐĐ"), 6 tháng đầu
  năm 2026, issued 06/7/2026, to the Sở. Its own figures with its branches ("Văn phòng và các chi nhánh tiếp nhận …",
  "Văn phòng đã cấp …") are "Văn phòng Đăng ký đất đai" (level tỉnh): LARGE VOLUMES "78.384 hồ sơ (6 tháng đầu năm
  2025, cộng gộp của hai Văn phòng trước hợp nhất: 71.236 hồ sơ), tăng 7.148 hồ sơ, tương ứng tăng 10,03%" (previous
  dated 2025-06-30), files by kind (subject unchecked, level tỉnh), online share against "chỉ tiêu UBND tỉnh giao năm
  2026 cho lĩnh vực đất đai là 60%" (the land field's target: subject and level unchecked, dated 2026-12-31; 59,00%
  carries it, "chưa đạt"), settled, on-time, overdue and pending files, FILES RETURNED "612 hồ sơ bị trả lại do không
  đủ điều kiện giải quyết, chiếm 0,78%", certificates issued (`giấy chứng nhận`), "6,8 ngày/hồ sơ, rút ngắn 1,4 ngày".
  "10 chi nhánh" (unit `chi nhánh`, subject and level unchecked, as golden/blind91.py's 530), "99 xã, phường". Overdue
  files of two branches in brackets and the lowest on-time share (subject as written, level unchecked). Its Markdown
  Bảng 1 by unit: the head office "Trụ sở Văn phòng" (part of the issuer: subject unchecked, level tỉnh), ten branches
  "Chi nhánh khu vực …" (subject as written; level unchecked: branches of a provincial office seated in the former
  districts' areas, as 530), received, settled, on-time share, OVERDUE FILES PER BRANCH (a "0" cell), pending; a
  "Tổng cộng" row with an empty STT cell (= the Văn phòng; it repeats the prose). The parcels of the land database
  (subject and level unchecked). Task 3's "của mỗi chi nhánh đạt tối thiểu 60% trong quý III năm 2026" is each
  branch's (subject and level unchecked), dated 2026-09-30. Six deadlines: day for two named branches, "chậm nhất" day
  in words, quarter (with the target), month, year in a request "Đề nghị Sở Nông nghiệp và Môi trường …", "trước ngày
  22 hằng tháng" (issued 06/7/2026: first 22/7/2026).
- 563 is a quarterly Báo cáo of the Sở Nông nghiệp và Môi trường tỉnh Quảng Trị (merged with Quảng Bình), quý III năm
  2026 (stated window 01/7–30/9/2026), issued 05/10/2026, on TTHC control. "04 quyết định" (code None); the TTHC
  announced new, amended and abolished are the province's list for the sector (subject and level unchecked); "286 TTHC
  (cấp tỉnh 214 TTHC, cấp xã 72 TTHC)" with the levels in brackets; "(quý II năm 2026: 19.752 hồ sơ), tăng 8,78%"
  (previous dated 2026-06-30; relative change code unchecked). Files by reception point ("tại trụ sở chính ở phường
  Đông Hà", "tại cơ sở 2 của Sở ở phường Đồng Hới (khu vực tỉnh Quảng Bình cũ)": the Sở's own points, so subject
  unchecked, level tỉnh; "cơ sở 2" is a name). A dash list by field "- Đất đai: 14.612 hồ sơ, trực tuyến 78,32%;"
  (subject unchecked, level tỉnh; counts' codes unchecked, shares the online code). "trước hạn 16.204 hồ sơ, đúng hạn
  4.596 hồ sơ" are parts (codes unchecked), "tỷ lệ giải quyết trước hạn và đúng hạn đạt 99,32%" the on-time code;
  overdue by field. "63,04% (quý II năm 2026: 57,86%), tăng 5,18 điểm phần trăm; so với chỉ tiêu UBND tỉnh giao năm
  2026 là 70% thì chưa đạt chỉ tiêu" (the Sở's). The sector's procedures at the communes ("UBND 78 xã, phường, đặc
  khu", files and shares: subject unchecked, level xã, codes unchecked; two communes in brackets). PAKN by channel
  (bare parts; "Tổng đài 1022" a name), the Sở named in full `86,48/100`, `7/16`, group scores `6,92/10`, `18,46/22`,
  the province's `83,74/100`, `18/34`. Task 3's "của Sở đạt tối thiểu 70% trong quý IV năm 2026" the Sở's target
  (2026-12-31). Six deadlines: day, "chậm nhất" day in words, quarter (with the target), month, year "hoàn thành trong
  năm 2027" in a request, "trước ngày 18 hằng tháng" (issued 05/10/2026: first 18/10/2026).
- 564 is a monthly Báo cáo of UBND phường Phố Hiến (tỉnh Hưng Yên after the merger with Thái Bình; header "UBND TỈNH
  HƯNG YÊN / ỦY BAN NHÂN DÂN PHƯỜNG PHỐ HIẾN", place line "Phố Hiến, ngày 03 tháng 12 năm 2025"), tháng 11 năm 2025.
  The phường's own figures ("UBND phường tiếp nhận …", "Phường đã chứng thực …", "của phường", "phường chưa đạt chỉ
  tiêu") are "UBND phường Phố Hiến", level xã; its people, households, residential groups and identity accounts "Trên
  địa bàn phường" subject unchecked, level xã; its ONE-STOP SHOP named by its kind ("Bộ phận Một cửa phường bố trí 12
  quầy với 15 công chức, viên chức … và 02 điểm tiếp nhận") subject unchecked, level xã (as 536's centre by its kind).
  NEW: a dash list of the FIVE OLD COMMUNES MERGED INTO IT "- Khu vực phường Hiến Nam cũ: 642 hồ sơ, trực tuyến 476
  hồ sơ (74,14%);" (subject and level unchecked, above; counts' codes unchecked, the share the online code). "(tháng
  10/2025: …)" previous dated 2025-10-31. Overdue parts "gồm 05 hồ sơ đất đai và 02 hồ sơ xây dựng" (subject unchecked,
  level xã). "chỉ tiêu UBND tỉnh giao cho phường năm 2025 là 70%, phường chưa đạt chỉ tiêu" (the phường's target dated
  2025-12-31; 65,11% carries it). "38/38 tổ dân phố" one count. The province's ranking of its communes "phường Phố
  Hiến đạt 88,26/100 điểm, xếp thứ 9/104 xã, phường (tháng 10/2025: 85,92 điểm, xếp thứ 17/104), tăng 2,34 điểm và
  tăng 8 bậc" names the phường in full (subject "phường Phố Hiến" as written, level xã; 766 codes as golden/blind95.py's
  552); "Điểm bình quân cấp xã của tỉnh là 82,15 điểm" (subject unchecked, level xã) and "cao hơn bình quân cấp xã của
  tỉnh 6,11 điểm" (kind change). Task 3's "của phường đạt tối thiểu 70% trong tháng 12/2025" the phường's target
  (2025-12-31). Five deadlines: day, "chậm nhất" day in words, month (with the target), quarter "quý I năm 2026",
  "trước ngày 25 hằng tháng" (issued 03/12/2025: first 25/12/2025).

Unsure readings (fields left `ANY`): the subject and level of the former provinces' and old communes' figures (above);
the subject of 561's enterprise rows and of the enterprises in prose (the province or the Sở that registers them); the
level of 562's branches (a provincial office's branches after the districts were abolished: tỉnh, or the former
districts' areas) and the subject of its head-office row; the codes of one service's files in 561 (the Sở's business
registration only). 562's "Văn phòng Đăng ký đất đai" (the header's name, without "tỉnh") follows the fixed rule that
a body's own figures are named by its kind; "tỉnh Lào Cai" is named once in its first sentence. 564's 766 score names
"phường Phố Hiến" without "UBND": kept as written.
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
_Y2024 = "2024-12-31"
_Y2025 = "2025-12-31"
_Y2026 = "2026-12-31"
_Q2_2025 = "2025-06-30"
_Q3_2025 = "2025-09-30"
_OPEN = {"subject": ANY, "level": ANY}
_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_XA = {"subject": "cấp xã", "level": "xã"}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_XA = {"subject": ANY, "level": "xã"}

# A numeric cell: (raw, unit, kind, code, as_of, max_value).
Cell = tuple[str, str, str, object, str, float | None]


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


def _cells(line: str, sep: str, after: str, subject: object, level: object, cells: list[Cell]) -> list[Fact]:
    """The numeric cells of one table row written as `line`, left to right. A cell's context is the separator before
    it, the rest of its row and the start of the next line (`after`), so that it occurs once and the raw text is found
    first at the cell itself."""
    facts, at = [], 0
    for raw, unit, kind, code, as_of, top in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw), unit, kind, max_value=top,
                       subject=subject, level=level, as_of=as_of, code=code, extra=TAB))
        at += len(sep)
    return facts


# ------------------------------------------------------------ 560: UBND tỉnh Tuyên Quang, năm 2025
_AREA_CODES_560 = ((_TN, "hồ sơ"), (_NOP, "%"), (_DH, "%"), (_TT, "%"), (_SH, "%"))
_AREAS_560 = [
    ("1", "Khu vực tỉnh Tuyên Quang (cũ)", "702.340 65,12 98,94 48,26 84,35", ANY, ANY),
    ("2", "Khu vực tỉnh Hà Giang (cũ)", "562.178 60,35 98,62 41,08 79,12", ANY, ANY),
    ("", "Toàn tỉnh", "1.264.518 63,00 98,80 45,07 82,03", None, None),
]


def _table_560() -> list[Fact]:
    """Bảng 1 (Markdown): the two former provinces' areas (subject and level unchecked) and the whole province
    (subject NULL); received files, online, on-time, payment and digitisation shares for the year."""
    facts = []
    for i, (stt, name, raws, subject, level) in enumerate(_AREAS_560):
        values = raws.split()
        line = f"| {stt} | {name} | " + " | ".join(values) + " |"
        if i + 1 < len(_AREAS_560):
            nxt = _AREAS_560[i + 1]
            after = f"| {nxt[0]} | {nxt[1]}" if nxt[0] else f"| | {nxt[1]}"
        else:
            after = "\nKhu vực tỉnh Hà Giang (cũ) có"
        pairs = zip(values, _AREA_CODES_560, strict=True)
        cells = [(raw, unit, P, code, "period", None) for raw, (code, unit) in pairs]
        facts += _cells(line, " | ", after, subject, level, cells)
    return facts


def _group_560(label: str, raw: str, top: float, code: str) -> Fact:
    """One dash line "- <group>: x/max điểm;" of quý IV năm 2025 (the province's)."""
    return F(f"{label}: {raw} điểm", raw, _num(raw.split("/")[0]), "điểm", max_value=top, code=code)


BLIND_560 = [
    # I. (766/QĐ-TTg, 215/VPCP-KSTT, 202/2025/QH15 cited; "ngày 01/7/2025", "Tính đến ngày 31/12/2025" no figures)
    F("có 124 đơn vị", "124", 124, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("(117 xã", "117", 117, "xã", C, code=None, **_IN_XA),
    F(", 7 phường)", "7", 7, "phường", C, code=None, **_IN_XA),
    F("thực hiện 1.986 TTHC", "1.986", 1986, "TTHC", C, code=_TTHC),
    F("cấp tỉnh 1.542 TTHC", "1.542", 1542, "TTHC", C, code=ANY, **_TINH),
    F("cấp xã 444 TTHC", "444", 444, "TTHC", C, code=ANY, **_XA),
    F("có 1.218 TTHC", "1.218", 1218, "TTHC", C, code=_TOAN),
    F("chiếm 61,33%", "61,33%", 61.33, "%", code=_TOAN),
    # II.1 the year; the former provinces' first half dated 2025-06-30; the new province's second half
    F("tiếp nhận 1.264.518 hồ sơ", "1.264.518", 1264518, "hồ sơ", C, code=_TN),
    F("tiếp nhận 348.206", "348.206", 348206, "hồ sơ", C, as_of=_Q2_2025, code=_TN, **_OPEN),
    F("tiếp nhận 286.412", "286.412", 286412, "hồ sơ", C, as_of=_Q2_2025, code=_TN, **_OPEN),
    F("tiếp nhận 629.900", "629.900", 629900, "hồ sơ", C, code=_TN),
    F("là 796.646 hồ sơ", "796.646", 796646, "hồ sơ", C, code=_NOP),
    F("chiếm 63,00%", "63,00%", 63.00, "%", code=_NOP),
    F("lần lượt là 82,46%", "82,46%", 82.46, "%", code=_NOP, **_TINH),
    F("và 54,18%", "54,18%", 54.18, "%", code=_NOP, **_XA),
    F("giải quyết 1.241.306", "1.241.306", 1241306, "hồ sơ", C, code=ANY),
    F("đúng hạn 1.226.410", "1.226.410", 1226410, "hồ sơ", C, code=_DH),
    F("đạt 98,80%", "98,80%", 98.80, "%", code=_DH),
    F("quá hạn 14.896", "14.896", 14896, "hồ sơ", C, code=_QH),
    F("chiếm 1,20%", "1,20%", 1.20, "%", code=_QH),
    F("(11.204 hồ sơ", "11.204", 11204, "hồ sơ", C, code=ANY, **_OPEN),
    F("chiếm 75,21%", "75,21%", 75.21, "%", code=ANY, **_OPEN),
    # II.2 Bảng 1 (Markdown) and the gap between the two areas
    *_table_560(),
    F("Quang (cũ) 7,18 điểm", "7,18", -7.18, "%", CH, code=_TT, **_OPEN),
    # II.3 (năm 2024 dated 2024-12-31: the province's own earlier figure, the two former provinces averaged)
    F("đạt 45,07%", "45,07%", 45.07, "%", code=_TT, target=50, stated_status="chưa đạt"),
    F("tăng 12,4 điểm", "12,4", 12.4, "%", CH, code=_TT),
    F("cũ: 32,67%)", "32,67%", 32.67, "%", PR, as_of=_Y2024, code=_TT),
    F("năm 2025 là 50%", "50%", 50, "%", T, as_of=_Y2025, code=_TT),
    F("đạt 82,03%", "82,03%", 82.03, "%", code=_SH),
    F("đạt 91,46%", "91,46%", 91.46, "%", code=_KQ),
    F("đạt 38,25%", "38,25%", 38.25, "%", code=_TSD),
    # II.4 PAKN of the province's bodies (the province's)
    F("tiếp nhận 1.126", "1.126", 1126, "PAKN", C, code=_PAKN_TN),
    F("xử lý 1.098", "1.098", 1098, "PAKN", C, code=_PAKN_XL),
    F("đạt 97,51%", "97,51%", 97.51, "%", code=_PAKN_TL),
    F("còn 28 PAKN", "28", 28, "PAKN", C, code=ANY),
    # III. quý IV năm 2025; quý III dated 2025-09-30; the former provinces' quý II (ranks /63) dated 2025-06-30
    F("đạt 84,62/100", "84,62/100", 84.62, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 15/34", "15/34", 15, "hạng", R, max_value=34, code=_HANG),
    F("tăng 2,18 điểm", "2,18", 2.18, "điểm", CH, code=_TONG),
    F("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    F("(82,44 điểm", "82,44", 82.44, "điểm", PR, max_value=100, as_of=_Q3_2025, code=_TONG),
    F("xếp thứ 19/34)", "19/34", 19, "hạng", PR, max_value=34, as_of=_Q3_2025, code=_HANG),
    F("đạt 83,15 điểm", "83,15", 83.15, "điểm", PR, max_value=100, as_of=_Q2_2025, code=_TONG, **_OPEN),
    F("xếp thứ 24/63", "24/63", 24, "hạng", PR, max_value=63, as_of=_Q2_2025, code=_HANG, **_OPEN),
    F("đạt 78,36 điểm", "78,36", 78.36, "điểm", PR, max_value=100, as_of=_Q2_2025, code=_TONG, **_OPEN),
    F("xếp thứ 49/63", "49/63", 49, "hạng", PR, max_value=63, as_of=_Q2_2025, code=_HANG, **_OPEN),
    _group_560("Công khai, minh bạch", "16,85/18", 18, "766.cong_khai"),
    _group_560("Tiến độ, kết quả giải quyết", "19,12/20", 20, "766.tien_do"),
    _group_560("Dịch vụ công trực tuyến", "9,46/12", 12, "766.dvctt"),
    _group_560("Thanh toán trực tuyến", "6,38/10", 10, "766.thanh_toan"),
    _group_560("Số hóa hồ sơ", "16,24/22", 22, "766.so_hoa"),
    _group_560("Mức độ hài lòng", "16,57/18", 18, "766.hai_long"),
    F("đạt 63,8% điểm", "63,8%", 63.8, "%", code=ANY),
    F("bình quân 88,14 điểm", "88,14", 88.14, "điểm", code=_TONG, **_IN_TINH),
    F("đạt 79,36 điểm", "79,36", 79.36, "điểm", code=_TONG, **_IN_XA),
    F("Có 18/124", "18/124", 18, "xã", C, max_value=124, code=None, **_IN_XA),
    F("Tốt, 71 đơn vị", "71", 71, "đơn vị", C, code=None, **_IN_XA),
    F("và 35 đơn vị", "35", 35, "đơn vị", C, code=None, **_IN_XA),
    F("(93,18 điểm)", "93,18", 93.18, "điểm", subject="phường Minh Xuân", level="xã", code=_TONG),
    F("(64,27 điểm)", "64,27", 64.27, "điểm", subject="xã Lũng Cú", level="xã", code=_TONG),
    # V. the province's target for quý II năm 2026 (phone number no figure)
    F("tối thiểu 55%", "55%", 55, "%", T, as_of="2026-06-30", code=_TT),
]

# ------------------------------------------------------------ 561: Sở Tài chính tỉnh Đồng Nai, quý I năm 2026
_STC = "Sở Tài chính"
_Q4_2025 = "2025-12-31"
_MONTHS_561 = ("2026-01-31", "2026-02-28", "period", "period")


def _stc(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở itself (named by its kind), level tỉnh."""
    return F(context, raw, value, unit, kind, subject=_STC, level="tỉnh", **kw)


_ROWS_561 = [
    ("Hồ sơ tiếp nhận", "hồ sơ", "3.412 2.586 3.848 9.846", _STC, "tỉnh"),
    ("Nộp qua mạng điện tử", "hồ sơ", "3.330 2.521 3.761 9.612", _STC, "tỉnh"),
    ("Tỷ lệ nộp qua mạng", "%", "97,60 97,49 97,74 97,62", _STC, "tỉnh"),
    ("Doanh nghiệp thành lập mới", "doanh nghiệp", "812 604 936 2.352", ANY, ANY),
    ("Vốn đăng ký", "tỷ đồng", "6.412,5 4.108,2 7.215,8 17.736,5", ANY, ANY),
    ("Doanh nghiệp quay trở lại hoạt động", "doanh nghiệp", "486 312 294 1.092", ANY, ANY),
    ("Doanh nghiệp tạm ngừng kinh doanh", "doanh nghiệp", "1.124 418 236 1.778", ANY, ANY),
]


def _table_561() -> list[Fact]:
    """Bảng 1 (tab-separated, a month per column, the unit in the ĐVT column): the files rows are the Sở's, the
    enterprise rows name no body (subject and level unchecked); codes unchecked (one service, not the 766 index's)."""
    facts = []
    for i, (label, unit, raws, subject, level) in enumerate(_ROWS_561):
        values = raws.split()
        line = "\t".join([label, unit, *values])
        after = _ROWS_561[i + 1][0] if i + 1 < len(_ROWS_561) else "\nTháng 3/2026 có"
        cells = [(raw, unit, P, ANY, as_of, None) for raw, as_of in zip(values, _MONTHS_561, strict=True)]
        facts += _cells(line, "\t", after, subject, level, cells)
    return facts


BLIND_561 = [
    # I. (168/2025/NĐ-CP, 112/KH-UBND cited; "cơ sở 2" a name, "số 728 đường Phú Riềng Đỏ" an address)
    _stc("thực hiện 126 TTHC", "126", 126, "TTHC", C, code=ANY),
    _stc("đó 112 TTHC", "112", 112, "TTHC", C, code=_TOAN),
    # II.1 (quý IV năm 2025 dated 2025-12-31; business registration files: codes unchecked)
    _stc("tiếp nhận 9.846 hồ sơ", "9.846", 9846, "hồ sơ", C, code=ANY),
    _stc("tăng 1.214 hồ sơ", "1.214", 1214, "hồ sơ", CH, code=ANY),
    _stc("(8.632 hồ sơ)", "8.632", 8632, "hồ sơ", PR, as_of=_Q4_2025, code=ANY),
    _stc("điện tử 9.612 hồ sơ", "9.612", 9612, "hồ sơ", C, code=ANY),
    _stc("chiếm 97,62%", "97,62%", 97.62, "%", code=ANY),
    F("cũ tiếp nhận 7.418", "7.418", 7418, "hồ sơ", C, code=ANY, **_OPEN),
    F("(chiếm 75,34%)", "75,34%", 75.34, "%", code=ANY, **_OPEN),
    F("cũ tiếp nhận 2.428", "2.428", 2428, "hồ sơ", C, code=ANY, **_OPEN),
    F("(chiếm 24,66%)", "24,66%", 24.66, "%", code=ANY, **_OPEN),
    _stc("giải quyết 9.708", "9.708", 9708, "hồ sơ", C, code=ANY),
    _stc("đúng hạn 9.702", "9.702", 9702, "hồ sơ", C, code=ANY),
    _stc("đạt 99,94%", "99,94%", 99.94, "%", code=ANY),
    _stc("quá hạn 06 hồ sơ", "06", 6, "hồ sơ", C, code=ANY),
    _stc("bình quân 2,1 ngày", "2,1", 2.1, "ngày", code=ANY),
    _stc("rút ngắn 0,9 ngày", "0,9", -0.9, "ngày", CH, code=ANY),
    _stc("Có 1.248 hồ sơ", "1.248", 1248, "hồ sơ", C, code=ANY),
    _stc("chiếm 12,68%", "12,68%", 12.68, "%", code=ANY),
    # II.2 Bảng 1 and the prose after it (the same quarter of 2025 dated 2025-03-31)
    *_table_561(),
    F("cao nhất (936 doanh nghiệp)", "936", 936, "doanh nghiệp", C, code=ANY, **_OPEN),
    F("thấp nhất (604 doanh nghiệp)", "604", 604, "doanh nghiệp", C, as_of="2026-02-28", code=ANY, **_OPEN),
    F("cộng lại: 1.986 doanh nghiệp", "1.986", 1986, "doanh nghiệp", PR, as_of="2025-03-31", code=ANY, **_OPEN),
    F("tăng 18,43%", "18,43%", 18.43, "%", CH, code=ANY, **_OPEN),
    F("bình quân 7,54 tỷ đồng", "7,54", 7.54, "tỷ đồng", code=ANY, **_OPEN),
    F("cũ có 1.846 doanh nghiệp", "1.846", 1846, "doanh nghiệp", C, code=ANY, **_OPEN),
    F("cũ có 506 doanh nghiệp", "506", 506, "doanh nghiệp", C, code=ANY, **_OPEN),
    # II.3 fees paid online against the Sở's 2026 target
    _stc("là 4.218 hồ sơ", "4.218", 4218, "hồ sơ", C, code=ANY),
    _stc("tuyến 3.964 hồ sơ", "3.964", 3964, "hồ sơ", C, code=ANY),
    _stc("đạt 93,98%", "93,98%", 93.98, "%", code=ANY, target=90, stated_status="đạt"),
    _stc("năm 2026 là 90%", "90%", 90, "%", T, as_of=_Y2026, code=ANY),
    _stc("là 198,2 triệu đồng", "198,2", 198.2, "triệu đồng", code=ANY),
    # II.4 household businesses registered by the communes
    F("cấp 4.512 giấy chứng nhận", "4.512", 4512, "giấy chứng nhận", C, code=ANY, **_IN_XA),
    F("tuyến 2.864 hồ sơ", "2.864", 2864, "hồ sơ", C, code=ANY, **_IN_XA),
    F("chiếm 63,48%", "63,48%", 63.48, "%", code=ANY, **_IN_XA),
    # II.5 the Sở's PAKN on one field (codes unchecked), satisfaction, its 766 score; the province's
    _stc("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=ANY),
    _stc("xử lý 09/09 PAKN", "09/09", 9, "PAKN", C, max_value=9, code=ANY),
    _stc("đạt 98,36%", "98,36%", 98.36, "%", code=ANY),
    _stc("đạt 91,24/100", "91,24/100", 91.24, "điểm", max_value=100, code=_TONG),
    _stc("xếp thứ 3/17", "3/17", 3, "hạng", R, max_value=17, code=_HANG),
    _stc("88,70 điểm", "88,70", 88.70, "điểm", PR, max_value=100, as_of=_Q4_2025, code=_TONG),
    _stc("xếp thứ 6/17)", "6/17", 6, "hạng", PR, max_value=17, as_of=_Q4_2025, code=_HANG),
    _stc("tăng 2,54 điểm", "2,54", 2.54, "điểm", CH, code=_TONG),
    _stc("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("đạt 85,06/100", "85,06/100", 85.06, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 11/34", "11/34", 11, "hạng", R, max_value=34, code=_HANG),
    # III. a count in a task, the Sở's target for quý II năm 2026 (phone number no figure)
    F("dứt điểm 138 hồ sơ", "138", 138, "hồ sơ", C, code=ANY, **_OPEN),
    _stc("tối thiểu 95%", "95%", 95, "%", T, as_of="2026-06-30", code=ANY),
]

# ------------------------------------------------------------ 562: Văn phòng Đăng ký đất đai tỉnh Lào Cai, 6 tháng 2026
_VP = "Văn phòng Đăng ký đất đai"
_H1_2025 = "2025-06-30"


def _vp(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Văn phòng itself with its branches (named by its kind, as the header writes it), level tỉnh."""
    return F(context, raw, value, unit, kind, subject=_VP, level="tỉnh", **kw)


_UNITS_562 = [
    ("Trụ sở Văn phòng", "6.842 6.514 99,63 24 328"),
    ("Chi nhánh khu vực Lào Cai", "14.516 13.942 97,95 286 574"),
    ("Chi nhánh khu vực Bát Xát", "4.218 4.016 98,95 42 202"),
    ("Chi nhánh khu vực Bảo Thắng", "8.964 8.602 98,63 118 362"),
    ("Chi nhánh khu vực Sa Pa", "6.375 6.008 97,27 164 367"),
    ("Chi nhánh khu vực Bắc Hà", "3.126 3.015 99,30 21 111"),
    ("Chi nhánh khu vực Yên Bái", "12.847 12.306 97,46 312 541"),
    ("Chi nhánh khu vực Nghĩa Lộ", "5.412 5.186 98,88 58 226"),
    ("Chi nhánh khu vực Văn Yên", "6.038 5.824 98,35 96 214"),
    ("Chi nhánh khu vực Lục Yên", "4.756 4.590 98,39 74 166"),
    ("Chi nhánh khu vực Trấn Yên", "5.290 5.102 100 0 188"),
]
_COLS_562 = ((_TN, "hồ sơ"), (ANY, "hồ sơ"), (_DH, "%"), (_QH, "hồ sơ"), (ANY, "hồ sơ"))


def _row_562(stt: str, name: str, raws: str, after: str, subject: object, level: object) -> list[Fact]:
    """One Markdown row of Bảng 1: received, settled, on-time share, overdue, pending."""
    values = raws.split()
    line = f"| {stt} | {name} | " + " | ".join(values) + " |"
    cells = [(raw, unit, P, code, "period", None) for raw, (code, unit) in zip(values, _COLS_562, strict=True)]
    return _cells(line, " | ", after, subject, level, cells)


def _table_562() -> list[Fact]:
    """The head office (subject unchecked, level tỉnh), the ten branches (subject as written, level unchecked, as
    golden/blind91.py's 530) and the "Tổng cộng" row (= the Văn phòng)."""
    facts = []
    for i, (name, raws) in enumerate(_UNITS_562):
        after = f"| {i + 2} | {_UNITS_562[i + 1][0]}" if i + 1 < len(_UNITS_562) else "| | Tổng cộng"
        subject, level = (ANY, "tỉnh") if i == 0 else (name, ANY)
        facts += _row_562(str(i + 1), name, raws, after, subject, level)
    facts += _row_562("", "Tổng cộng", "78.384 75.105 98,41 1.195 3.279", "\nChi nhánh khu vực Trấn Yên là", _VP,
                      "tỉnh")
    return facts


BLIND_562 = [
    # I. (1526/SNNMT-QLĐĐ cited; "ngày 01/7/2025" and the address "số 286 đường Hoàng Liên" no figures)
    F("và 10 chi nhánh", "10", 10, "chi nhánh", C, code=None, **_OPEN),
    F("tại 99 xã", "99", 99, "xã", C, code=None, **_IN_XA),
    # II.1 (6 tháng đầu năm 2025 dated 2025-06-30; files by kind: subject unchecked, level tỉnh, codes unchecked)
    _vp("tiếp nhận 78.384 hồ sơ", "78.384", 78384, "hồ sơ", C, code=_TN),
    _vp("hợp nhất: 71.236 hồ sơ", "71.236", 71236, "hồ sơ", PR, as_of=_H1_2025, code=_TN),
    _vp("tăng 7.148 hồ sơ", "7.148", 7148, "hồ sơ", CH, code=_TN),
    _vp("tăng 10,03%", "10,03%", 10.03, "%", CH, code=ANY),
    F("biến động 41.506", "41.506", 41506, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("chiếm 52,95%", "52,95%", 52.95, "%", code=ANY, **_IN_TINH),
    F("bảo đảm 24.318", "24.318", 24318, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("Giấy chứng nhận 8.912", "8.912", 8912, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("lần đầu 3.648", "3.648", 3648, "hồ sơ", C, code=ANY, **_IN_TINH),
    _vp("là 46.248 hồ sơ", "46.248", 46248, "hồ sơ", C, code=_NOP),
    _vp("chiếm 59,00%", "59,00%", 59.00, "%", code=_NOP, target=60, stated_status="chưa đạt"),
    F("đất đai là 60%", "60%", 60, "%", T, as_of=_Y2026, code=_NOP, **_OPEN),
    # II.2
    _vp("giải quyết 75.105", "75.105", 75105, "hồ sơ", C, code=ANY),
    _vp("đúng hạn 73.910", "73.910", 73910, "hồ sơ", C, code=_DH),
    _vp("đạt 98,41%", "98,41%", 98.41, "%", code=_DH),
    _vp("quá hạn 1.195", "1.195", 1195, "hồ sơ", C, code=_QH),
    _vp("chiếm 1,59%", "1,59%", 1.59, "%", code=_QH),
    _vp("đang giải quyết 3.279", "3.279", 3279, "hồ sơ", C, code=ANY),
    F("Yên Bái (312 hồ sơ)", "312", 312, "hồ sơ", C, subject="Chi nhánh khu vực Yên Bái", level=ANY, code=_QH),
    F("Lào Cai (286 hồ sơ)", "286", 286, "hồ sơ", C, subject="Chi nhánh khu vực Lào Cai", level=ANY, code=_QH),
    _vp("bình quân 6,8 ngày", "6,8", 6.8, "ngày", code=_TIME),
    _vp("rút ngắn 1,4 ngày", "1,4", -1.4, "ngày", CH, code=_TIME),
    _vp("Có 612 hồ sơ", "612", 612, "hồ sơ", C, code=ANY),
    _vp("chiếm 0,78%", "0,78%", 0.78, "%", code=ANY),
    _vp("cấp 18.426 Giấy", "18.426", 18426, "giấy chứng nhận", C, code=ANY),
    _vp("lần đầu 3.214", "3.214", 3214, "giấy chứng nhận", C, code=ANY),
    # Bảng 1 (Markdown) and the lowest branch
    *_table_562(),
    F("thấp nhất (97,27%)", "97,27%", 97.27, "%", subject="Chi nhánh khu vực Sa Pa", level=ANY, code=_DH),
    # II.3 (the database's parcels: subject and level unchecked, as 530)
    _vp("số hóa 73.862", "73.862", 73862, "hồ sơ", C, code=ANY),
    _vp("đạt 98,35%", "98,35%", 98.35, "%", code=_SH),
    F("cập nhật 1.846.312", "1.846.312", 1846312, "thửa đất", C, code=ANY, **_OPEN),
    F("đạt 72,18%", "72,18%", 72.18, "%", code=ANY, **_OPEN),
    _vp("đối với 21.406 hồ sơ", "21.406", 21406, "hồ sơ", C, code=ANY),
    # II.4
    _vp("tiếp nhận 06 phản ánh", "06", 6, "PAKN", C, code=_PAKN_TN),
    _vp("xử lý 05 PAKN", "05", 5, "PAKN", C, code=_PAKN_XL),
    _vp("đạt 83,33%", "83,33%", 83.33, "%", code=_PAKN_TL),
    _vp("01 PAKN đang", "01", 1, "PAKN", C, code=ANY),
    # III. each branch's target for quý III năm 2026 (phone number no figure)
    F("tối thiểu 60%", "60%", 60, "%", T, as_of="2026-09-30", code=_NOP, **_OPEN),
]

# ------------------------------------------------------------ 563: Sở NN&MT tỉnh Quảng Trị, quý III năm 2026
_SNN = "Sở Nông nghiệp và Môi trường"
_Q2_2026 = "2026-06-30"


def _snn(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở itself (named by its kind, or in full: the same name), level tỉnh."""
    return F(context, raw, value, unit, kind, subject=_SNN, level="tỉnh", **kw)


def _field_563(name: str, files: str, share: str) -> list[Fact]:
    """One dash line "- <field>: n hồ sơ, trực tuyến x%;" (a field is no body: subject unchecked, level tỉnh; the
    count's code unchecked, the share the online code)."""
    return [F(f"{name}: {files} hồ sơ", files, _num(files), "hồ sơ", C, code=ANY, **_IN_TINH),
            F(f"{files} hồ sơ, trực tuyến {share}", share, _num(share), "%", code=_NOP, **_IN_TINH)]


BLIND_563 = [
    # I. (46/KH-UBND, 1842/QĐ-UBND, 2015/QĐ-UBND cited; the stated window is the period)
    _snn("ban hành 04 quyết định", "04", 4, "quyết định", C, code=None),
    F("công bố mới 12 TTHC", "12", 12, "TTHC", C, code=ANY, **_OPEN),
    F("bổ sung 18 TTHC", "18", 18, "TTHC", C, code=ANY, **_OPEN),
    F("bãi bỏ 07 TTHC", "07", 7, "TTHC", C, code=ANY, **_OPEN),
    _snn("thực hiện 286 TTHC", "286", 286, "TTHC", C, code=_TTHC),
    F("(cấp tỉnh 214 TTHC", "214", 214, "TTHC", C, code=ANY, **_TINH),
    F("cấp xã 72 TTHC)", "72", 72, "TTHC", C, code=ANY, **_XA),
    _snn("đó 168 TTHC", "168", 168, "TTHC", C, code=_TOAN),
    _snn("118 TTHC một phần", "118", 118, "TTHC", C, code=_MOT),
    _snn("100% TTHC", "100%", 100, "%", code=ANY),
    # II.1 (quý II năm 2026 dated 2026-06-30; "cơ sở 2" a name)
    _snn("tiếp nhận 21.486", "21.486", 21486, "hồ sơ", C, code=_TN),
    _snn("(quý II năm 2026: 19.752", "19.752", 19752, "hồ sơ", PR, as_of=_Q2_2026, code=_TN),
    _snn("tăng 8,78%", "8,78%", 8.78, "%", CH, code=ANY),
    _snn("trực tuyến 17.318", "17.318", 17318, "hồ sơ", C, code=_NOP),
    _snn("chiếm 80,60%", "80,60%", 80.60, "%", code=_NOP),
    _snn("công ích 4.168", "4.168", 4168, "hồ sơ", C, code=ANY),
    F("Đông Hà tiếp nhận 12.272", "12.272", 12272, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("cũ) tiếp nhận 9.214", "9.214", 9214, "hồ sơ", C, code=ANY, **_IN_TINH),
    *_field_563("Đất đai", "14.612", "78,32%"),
    *_field_563("Môi trường", "1.846", "88,30%"),
    *_field_563("Tài nguyên nước, khoáng sản", "624", "91,19%"),
    *_field_563("Trồng trọt, bảo vệ thực vật", "2.318", "84,21%"),
    *_field_563("Chăn nuôi, thú y", "1.572", "83,65%"),
    *_field_563("Thủy sản, lâm nghiệp và các lĩnh vực khác", "514", "79,18%"),
    # II.2 (the parts "trước hạn" and "đúng hạn" apart: codes unchecked; overdue by field)
    _snn("giải quyết 20.942", "20.942", 20942, "hồ sơ", C, code=ANY),
    _snn("trước hạn 16.204", "16.204", 16204, "hồ sơ", C, code=ANY),
    _snn("đúng hạn 4.596", "4.596", 4596, "hồ sơ", C, code=ANY),
    _snn("quá hạn 142", "142", 142, "hồ sơ", C, code=_QH),
    _snn("đạt 99,32%", "99,32%", 99.32, "%", code=_DH),
    F("đất đai 118 hồ sơ", "118", 118, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("nước 14 hồ sơ", "14", 14, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("môi trường 10 hồ sơ", "10", 10, "hồ sơ", C, code=ANY, **_IN_TINH),
    _snn("bình quân 5,6 ngày", "5,6", 5.6, "ngày", code=_TIME),
    _snn("rút ngắn 0,7 ngày", "0,7", -0.7, "ngày", CH, code=_TIME),
    # II.3 payment against the Sở's 2026 target
    _snn("là 8.426 hồ sơ", "8.426", 8426, "hồ sơ", C, code=ANY),
    _snn("tuyến 5.312 hồ sơ", "5.312", 5312, "hồ sơ", C, code=_TT),
    _snn("đạt 63,04%", "63,04%", 63.04, "%", code=_TT, target=70, stated_status="chưa đạt"),
    _snn("(quý II năm 2026: 57,86%)", "57,86%", 57.86, "%", PR, as_of=_Q2_2026, code=_TT),
    _snn("tăng 5,18 điểm", "5,18", 5.18, "%", CH, code=_TT),
    _snn("năm 2026 là 70%", "70%", 70, "%", T, as_of=_Y2026, code=_TT),
    _snn("đạt 96,84%", "96,84%", 96.84, "%", code=_SH),
    _snn("đạt 98,12%", "98,12%", 98.12, "%", code=_KQ),
    _snn("đạt 46,35%", "46,35%", 46.35, "%", code=_TSD),
    _snn("ích 2.146 hồ sơ", "2.146", 2146, "hồ sơ", C, code=ANY),
    # II.4 the sector's procedures at the communes (one sector's files: codes unchecked)
    F("Đối với 72 TTHC", "72", 72, "TTHC", C, code=ANY, **_IN_XA),
    F("UBND 78 xã", "78", 78, "xã", C, code=None, **_IN_XA),
    F("tiếp nhận 6.214", "6.214", 6214, "hồ sơ", C, code=ANY, **_IN_XA),
    F("tuyến 3.896", "3.896", 3896, "hồ sơ", C, code=ANY, **_IN_XA),
    F("chiếm 62,70%", "62,70%", 62.70, "%", code=ANY, **_IN_XA),
    F("Dân Hóa (18,42%)", "18,42%", 18.42, "%", subject="xã Dân Hóa", level="xã", code=ANY),
    F("Lập (21,05%)", "21,05%", 21.05, "%", subject="xã Hướng Lập", level="xã", code=ANY),
    # III. ("Tổng đài 1022" a name; PAKN by channel: subject unchecked, level tỉnh, codes unchecked)
    _snn("tiếp nhận 15 phản ánh", "15", 15, "PAKN", C, code=_PAKN_TN),
    F("quốc gia 09 PAKN", "09", 9, "PAKN", C, code=ANY, **_IN_TINH),
    F("1022 06 PAKN", "06", 6, "PAKN", C, code=ANY, **_IN_TINH),
    _snn("xử lý 14 PAKN", "14", 14, "PAKN", C, code=_PAKN_XL),
    _snn("đạt 93,33%", "93,33%", 93.33, "%", code=_PAKN_TL),
    _snn("01 PAKN đang", "01", 1, "PAKN", C, code=ANY),
    _snn("đạt 96,72%", "96,72%", 96.72, "%", code=_HL),
    # IV. the Sở named in full (quý II năm 2026 dated 2026-06-30); the province's
    _snn("đạt 86,48/100", "86,48/100", 86.48, "điểm", max_value=100, code=_TONG),
    _snn("xếp thứ 7/16", "7/16", 7, "hạng", R, max_value=16, code=_HANG),
    _snn("84,12 điểm", "84,12", 84.12, "điểm", PR, max_value=100, as_of=_Q2_2026, code=_TONG),
    _snn("xếp thứ 10/16)", "10/16", 10, "hạng", PR, max_value=16, as_of=_Q2_2026, code=_HANG),
    _snn("tăng 2,36 điểm", "2,36", 2.36, "điểm", CH, code=_TONG),
    _snn("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _snn("đạt 6,92/10", "6,92/10", 6.92, "điểm", max_value=10, code="766.thanh_toan"),
    _snn("đạt 18,46/22", "18,46/22", 18.46, "điểm", max_value=22, code="766.so_hoa"),
    F("đạt 83,74/100", "83,74/100", 83.74, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 18/34", "18/34", 18, "hạng", R, max_value=34, code=_HANG),
    # V. a count in a task, the Sở's target for quý IV năm 2026 (phone number no figure)
    F("dứt điểm 118 hồ sơ", "118", 118, "hồ sơ", C, code=ANY, **_OPEN),
    _snn("tối thiểu 70%", "70%", 70, "%", T, as_of=_Y2026, code=_TT),
]

# ------------------------------------------------------------ 564: UBND phường Phố Hiến (Hưng Yên), tháng 11 năm 2025
_PH = "UBND phường Phố Hiến"
_PH_NAMED = "phường Phố Hiến"
_OCT_2025 = "2025-10-31"


def _ph(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the phường itself (the issuer), level xã."""
    return F(context, raw, value, unit, kind, subject=_PH, level="xã", **kw)


def _area_564(name: str, files: str, online: str, share: str) -> list[Fact]:
    """One dash line "- Khu vực <old commune> cũ: n hồ sơ, trực tuyến m hồ sơ (x%);": an old commune merged into the
    phường is no unit any more (subject and level unchecked, as the former provinces' areas)."""
    return [F(f"{name} cũ: {files} hồ sơ", files, _num(files), "hồ sơ", C, code=ANY, **_OPEN),
            F(f"trực tuyến {online} hồ sơ", online, _num(online), "hồ sơ", C, code=ANY, **_OPEN),
            F(f"({share})", share, _num(share), "%", code=_NOP, **_OPEN)]


BLIND_564 = [
    # I. (2148/VP-KSTT cited; the address "số 02 đường Hải Thượng Lãn Ông" no figure; the one-stop shop by its kind)
    F("có 38 tổ dân phố", "38", 38, "tổ dân phố", C, code=None, **_IN_XA),
    F("với 14.862 hộ", "14.862", 14862, "hộ", C, code=ANY, **_IN_XA),
    F("52.316 nhân khẩu", "52.316", 52316, "nhân khẩu", C, code=ANY, **_IN_XA),
    F("bố trí 12 quầy", "12", 12, "quầy", C, code=None, **_IN_XA),
    F("với 15 công chức", "15", 15, "công chức", C, code=None, **_IN_XA),
    F("và 02 điểm tiếp nhận", "02", 2, "điểm tiếp nhận", C, code=None, **_IN_XA),
    _ph("thực hiện 324 TTHC", "324", 324, "TTHC", C, code=_TTHC),
    _ph("đó 246 TTHC", "246", 246, "TTHC", C, code=_TOAN),
    # II.1 (tháng 10/2025 dated 2025-10-31)
    _ph("tiếp nhận 1.846", "1.846", 1846, "hồ sơ", C, code=_TN),
    _ph("(tháng 10/2025: 1.712", "1.712", 1712, "hồ sơ", PR, as_of=_OCT_2025, code=_TN),
    _ph("tăng 134 hồ sơ", "134", 134, "hồ sơ", CH, code=_TN),
    _ph("trực tuyến 1.238", "1.238", 1238, "hồ sơ", C, code=_NOP),
    _ph("chiếm 67,06%", "67,06%", 67.06, "%", code=_NOP),
    _ph("trực tiếp 608", "608", 608, "hồ sơ", C, code=_NTT),
    *_area_564("Khu vực phường Hiến Nam", "642", "476", "74,14%"),
    *_area_564("Khu vực phường Minh Khai", "418", "298", "71,29%"),
    *_area_564("Khu vực phường Lam Sơn", "386", "262", "67,88%"),
    *_area_564("Khu vực xã Bảo Khê", "224", "118", "52,68%"),
    *_area_564("Khu vực xã Trung Nghĩa", "176", "84", "47,73%"),
    # II.2
    _ph("giải quyết 1.792", "1.792", 1792, "hồ sơ", C, code=ANY),
    _ph("đúng hạn 1.785", "1.785", 1785, "hồ sơ", C, code=_DH),
    _ph("đạt 99,61%", "99,61%", 99.61, "%", code=_DH),
    _ph("quá hạn 07 hồ sơ", "07", 7, "hồ sơ", C, code=_QH),
    F("gồm 05 hồ sơ", "05", 5, "hồ sơ", C, code=ANY, **_IN_XA),
    F("và 02 hồ sơ xây dựng", "02", 2, "hồ sơ", C, code=ANY, **_IN_XA),
    _ph("còn 54 hồ sơ", "54", 54, "hồ sơ", C, code=ANY),
    _ph("bình quân 2,6 ngày", "2,6", 2.6, "ngày", code=_TIME),
    # III.1 payment against the phường's 2025 target
    _ph("là 986 hồ sơ", "986", 986, "hồ sơ", C, code=ANY),
    _ph("tuyến 642 hồ sơ", "642", 642, "hồ sơ", C, code=_TT),
    _ph("đạt 65,11%", "65,11%", 65.11, "%", code=_TT, target=70, stated_status="chưa đạt"),
    _ph("(tháng 10/2025: 61,48%)", "61,48%", 61.48, "%", PR, as_of=_OCT_2025, code=_TT),
    _ph("năm 2025 là 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
    # III.2
    _ph("đạt 98,54%", "98,54%", 98.54, "%", code=_SH),
    _ph("đạt 99,12%", "99,12%", 99.12, "%", code=_KQ),
    _ph("đạt 52,36%", "52,36%", 52.36, "%", code=_TSD),
    _ph("chính 1.126 bản", "1.126", 1126, "bản", C, code=ANY),
    # III.3 people in the phường's area ("mức độ 2" no figure), community digital teams
    F("có 41.286 công dân", "41.286", 41286, "công dân", C, code=ANY, **_IN_XA),
    F("kích hoạt 36.914", "36.914", 36914, "tài khoản", C, code=_TK, **_IN_XA),
    F("đạt 89,41%", "89,41%", 89.41, "%", code=_TK, **_IN_XA),
    F("38/38 tổ", "38/38", 38, "tổ dân phố", C, max_value=38, code=None, **_IN_XA),
    F("với 186 thành viên", "186", 186, "thành viên", C, code=None, **_IN_XA),
    # IV.
    _ph("tiếp nhận 06 phản ánh", "06", 6, "PAKN", C, code=_PAKN_TN),
    _ph("xử lý 06/06 PAKN", "06/06", 6, "PAKN", C, max_value=6, code=_PAKN_XL),
    _ph("đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _ph("có 1.524 lượt", "1.524", 1524, "lượt", C, code=ANY),
    _ph("đó 1.516 lượt", "1.516", 1516, "lượt", C, code=ANY),
    _ph("đạt 99,48%", "99,48%", 99.48, "%", code=_HL),
    # V. the province's ranking of its communes, the phường named as written (tháng 10/2025 dated 2025-10-31)
    F("đạt 88,26/100", "88,26/100", 88.26, "điểm", max_value=100, subject=_PH_NAMED, level="xã", code=_TONG),
    F("xếp thứ 9/104", "9/104", 9, "hạng", R, max_value=104, subject=_PH_NAMED, level="xã", code=_HANG),
    F("85,92 điểm", "85,92", 85.92, "điểm", PR, max_value=100, subject=_PH_NAMED, level="xã", as_of=_OCT_2025,
      code=_TONG),
    F("xếp thứ 17/104)", "17/104", 17, "hạng", PR, max_value=104, subject=_PH_NAMED, level="xã", as_of=_OCT_2025,
      code=_HANG),
    F("tăng 2,34 điểm", "2,34", 2.34, "điểm", CH, subject=_PH_NAMED, level="xã", code=_TONG),
    F("tăng 8 bậc", "8", 8, "hạng", CH, subject=_PH_NAMED, level="xã", code=_HANG),
    F("là 82,15 điểm", "82,15", 82.15, "điểm", code=_TONG, **_IN_XA),
    F("tỉnh 6,11 điểm", "6,11", 6.11, "điểm", CH, subject=_PH_NAMED, level="xã", code=_TONG),
    # VI. a count in a task, the phường's target for tháng 12/2025 (phone number no figure)
    F("dứt điểm 05 hồ sơ", "05", 5, "hồ sơ", C, code=ANY, **_OPEN),
    _ph("tối thiểu 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
]

BLIND = {"560": BLIND_560, "561": BLIND_561, "562": BLIND_562, "563": BLIND_563, "564": BLIND_564}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "560": [
        ("2026-01-31", "day", "31/01/2026", "giải quyết dứt điểm hồ sơ đất đai quá hạn",
         "Sở Nông nghiệp và Môi trường"),
        ("2026-06-30", "quarter", "quý II năm 2026", "nâng tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2026-03-15", "day", "ngày 15 tháng 3 năm 2026", "hợp nhất dữ liệu", "Sở Khoa học và Công nghệ"),
        ("2026-04-30", "month", "tháng 4/2026", "số hóa kết quả giải quyết TTHC còn tồn",
         "UBND các xã, phường thuộc khu vực tỉnh Hà Giang (cũ)"),
        ("2026-12-31", "year", "năm 2026", "xây dựng Bộ tiêu chí", "Sở Nội vụ"),
        # issued 12/01/2026: the first "ngày 20 hằng tháng" is 20/01/2026
        ("2026-01-20", "recurring", "20 hằng tháng", "gửi báo cáo kết quả thực hiện Bộ chỉ số",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "561": [
        ("2026-04-30", "day", "30/4/2026", "xử lý dứt điểm 138 hồ sơ", "Phòng Đăng ký kinh doanh"),
        ("2026-05-15", "day", "ngày 15 tháng 5 năm 2026", "hướng dẫn doanh nghiệp", "Văn phòng Sở"),
        ("2026-06-30", "quarter", "quý II năm 2026", "thanh toán trực tuyến", "Phòng Đăng ký kinh doanh"),
        ("2026-05-31", "month", "tháng 5/2026", "kết nối Hệ thống thông tin", "Sở Khoa học và Công nghệ"),
        # issued 08/4/2026, after the 5th: the first "ngày 05 hằng tháng" is 05/5/2026
        ("2026-05-05", "recurring", "05 hằng tháng", "gửi số liệu đăng ký doanh nghiệp", "Các phòng, đơn vị thuộc Sở"),
    ],
    "562": [
        ("2026-07-31", "day", "31/7/2026", "giải quyết dứt điểm hồ sơ quá hạn",
         "Chi nhánh khu vực Yên Bái và Chi nhánh khu vực Lào Cai"),
        ("2026-08-20", "day", "ngày 20 tháng 8 năm 2026", "rà soát toàn bộ hồ sơ chuyển tiếp",
         "Phòng Đăng ký và Cấp giấy chứng nhận"),
        ("2026-09-30", "quarter", "quý III năm 2026", "nộp trực tuyến", "Các chi nhánh"),
        ("2026-10-31", "month", "tháng 10/2026", "cập nhật cơ sở dữ liệu đất đai",
         "Phòng Kỹ thuật địa chính và Cơ sở dữ liệu"),
        ("2026-12-31", "year", "năm 2026", "bố trí kinh phí đo đạc", "Sở Nông nghiệp và Môi trường"),
        # issued 06/7/2026: the first "ngày 22 hằng tháng" is 22/7/2026
        ("2026-07-22", "recurring", "22 hằng tháng", "gửi báo cáo kết quả giải quyết hồ sơ", "Các chi nhánh"),
    ],
    "563": [
        ("2026-10-20", "day", "20/10/2026", "giải quyết dứt điểm 118 hồ sơ quá hạn", "Chi cục Quản lý đất đai"),
        ("2026-11-15", "day", "ngày 15 tháng 11 năm 2026", "đề xuất đơn giản hóa TTHC", "Văn phòng Sở"),
        ("2026-12-31", "quarter", "quý IV năm 2026", "thanh toán trực tuyến", "Các phòng, đơn vị thuộc Sở"),
        ("2026-11-30", "month", "tháng 11/2026", "số hóa hồ sơ đất đai tồn đọng", "Văn phòng Đăng ký đất đai"),
        ("2027-12-31", "year", "năm 2027", "nâng cấp Hệ thống thông tin", "Sở Khoa học và Công nghệ"),
        # issued 05/10/2026: the first "ngày 18 hằng tháng" is 18/10/2026
        ("2026-10-18", "recurring", "18 hằng tháng", "gửi báo cáo kết quả kiểm soát TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "564": [
        ("2025-12-10", "day", "10/12/2025", "giải quyết dứt điểm 05 hồ sơ đất đai quá hạn",
         "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2025-12-20", "day", "ngày 20 tháng 12 năm 2025", "cập nhật danh mục TTHC", "Văn phòng HĐND và UBND phường"),
        ("2025-12-31", "month", "tháng 12/2025", "thanh toán trực tuyến", "Bộ phận Một cửa phường"),
        ("2026-03-31", "quarter", "quý I năm 2026", "hỗ trợ người dân nộp hồ sơ trực tuyến",
         "Tổ công nghệ số cộng đồng các tổ dân phố khu vực xã Bảo Khê cũ và xã Trung Nghĩa cũ"),
        # issued 03/12/2025: the first "ngày 25 hằng tháng" is 25/12/2025
        ("2025-12-25", "recurring", "25 hằng tháng", "gửi số liệu", "Các phòng chuyên môn thuộc UBND phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind96.py's META). 560 is an annual report
# of UBND tỉnh Tuyên Quang (merged with Hà Giang); 561 a report of the Sở Tài chính under "UBND TỈNH ĐỒNG NAI"; 562 a
# report of the Văn phòng Đăng ký đất đai under "UBND TỈNH LÀO CAI / SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"; 563 a report of
# the Sở Nông nghiệp và Môi trường under "UBND TỈNH QUẢNG TRỊ"; 564 a report of UBND phường Phố Hiến under "UBND
# TỈNH HƯNG YÊN", its place line naming the phường ("Phố Hiến, ngày …").
META = {
    "560": {"doc_number": "28/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-01-12",
            "province": "Tuyên Quang", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Hoàng Việt Phương"},
    "561": {"doc_number": "846/BC-STC", "doc_type": "Báo cáo", "issued_date": "2026-04-08",
            "province": "Đồng Nai", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Trần Minh Đức"},
    "562": {"doc_number": "412/BC-VPĐKĐĐ", "doc_type": "Báo cáo", "issued_date": "2026-07-06",
            "province": "Lào Cai", "period_label": "6 tháng đầu năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-06-30", "signer": "Phạm Quốc Hưng"},
    "563": {"doc_number": "3214/BC-SNNMT", "doc_type": "Báo cáo", "issued_date": "2026-10-05",
            "province": "Quảng Trị", "period_label": "quý III năm 2026", "period_start": "2026-07-01",
            "period_end": "2026-09-30", "signer": "Lê Đức Tiến"},
    "564": {"doc_number": "286/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-12-03",
            "province": "Hưng Yên", "period_label": "tháng 11 năm 2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Đỗ Văn Khải"},
}
