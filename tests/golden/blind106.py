"""Blind golden facts for corpus/blind106/605_son_la.txt, 606_binh_duong.txt, 607_dak_lak.txt, 608_ha_noi.txt and
609_ho_chi_minh.txt.

The five documents were written by the developers for a hundred-and-sixth blind measurement (genres not used before: the
Biên bản of a meeting on online public services with what each body reported and what the chair concluded, a Công văn
đôn đốc naming the late units with their late files, a Kế hoạch whose tasks and deadlines are in a Phụ lục table, a
weekly "Báo cáo nhanh" for a week from day to day, a Ban Chỉ đạo's report with sub-headings a/b/c under Roman sections;
periods tháng 10 năm 2025, 4 tháng đầu năm 2025, năm 2026, the week 09/3–13/3/2026 and quý I năm 2026; not real
documents), and every row below was written by reading them, before any extraction, restoration or pipeline code was run
on them. They also serve as held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind104.py, blind103.py, blind102.py, blind101.py, blind16.py and blind13.py:
rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose
and list counts are kind `count`; table cells are kind `value` even when they count, with `extra={"source": "table"}`;
`as_of="period"` is the period's end; a table column dated before the period end keeps kind `value` with that date as
`as_of`; a change is dated with the figure it changes and a fall ("giảm", "thấp hơn") is negative; a change in "điểm
phần trăm" is kind change in `%`. `ANY` leaves a field unchecked where the sentence names no catalogued indicator
(`None` where it clearly names none: counts of units, bodies, branches, machines, documents, inspection teams,
databases, classes). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of the
files (or PAKN) an indicator is computed on carries that indicator's code; every "đã giải quyết" count, files by field,
pending files and changes of counts have their code unchecked. Counts of local units take the unit of their first unit
word ("63/75 xã, phường" → `xã`, "38/91 xã, phường, thị trấn" → `xã`, "168/168 xã, phường, đặc khu" → `xã`); "toàn tỉnh
có 75 đơn vị hành chính cấp xã (67 xã, 08 phường)" → subject `cấp xã` (unit `đơn vị`, level xã), its parts `xã` and
`phường` (subject unchecked, level xã); counts of "sở, ban, ngành", "cơ quan", "đơn vị" → `đơn vị` at the level of the
bodies counted. A provincial body's own figures naming no body are named by its kind, the province being the document's
("Sở" in a Sở's item → that Sở; "Trung tâm" → `Trung tâm Phục vụ hành chính công thành phố` in Hà Nội, a centrally-run
city); a sentence naming the body in full keeps the name as written ("Công an tỉnh tiếp nhận", "Bưu điện tỉnh đã tiếp
nhận", "Công an thành phố cấp", "Sở Tư pháp số hóa", "UBND thành phố bố trí"). Things counted take the noun as written
(`điểm cầu`, `chi nhánh`, `nhân viên`, `kết quả`, `cuộc gọi`, `lượt`, `phút`, `văn bản`, `đoàn`, `tổ`, `thành viên`,
`thẻ`, `trường hợp`, `dữ liệu`, `dịch vụ`, `máy quét`, `cơ sở dữ liệu`, `công chức`, `lớp`); certified copies count in
`bản`, and so do the hamlets of Sơn La ("14/28 bản": the noun as written, the same word); money keeps the unit written
(`tỷ đồng`, `triệu đồng`; code unchecked). Numbers written in words are no figures (the days of "ngày ba mươi tháng 11",
"ngày hai mươi tháng 5", "ngày mười lăm tháng 12", "ngày hai mươi tháng 3", "ngày mười lăm tháng 5"). Dates, clock times
("14 giờ 00 phút", "16 giờ 30 phút", "16 giờ 00", "10 giờ"), document numbers and cited texts ("Số: 38/BB-VPUBND", "Kế
hoạch số 86/KH-UBND", "Nghị định số 118/2025/NĐ-CP", "Quyết định số 766/QĐ-TTg", "Quyết định số 06/QĐ-TTg", "Kế hoạch số
52/KH-BCĐ"), "Bộ chỉ số 766", "Đề án 06", "Tổng đài 1022", "từ đủ 14 tuổi", "trước ngày 01/7/2025" (a past date, no
deadline), "mục" and section numbering ("I.", "1.", "a)", "Bảng 1."), the STT column, addresses ("Phòng họp tầng 3", "số
16 đường Tô Hiệu", "số 09 đường Lê Duẩn"), phone numbers ("0274.3822.516", "0262.3852.148", "028.3920.1512"), the
windows "từ ngày 01/01/2025 đến ngày 30/4/2025" and "từ ngày 01/01/2026 đến hết tuần", "đến ngày 31/10/2025" and "đến
ngày 31/3/2026" (the period ends), "so với ngày 31/12/2025", headings naming the next period ("IV. NHIỆM VỤ QUÝ II NĂM
2026", "III. NHIỆM VỤ TUẦN TỚI (TỪ NGÀY 16/3/2026 ĐẾN NGÀY 20/3/2026)": no deadlines) and years are not figures.

New in this set:
- 605 is a BIÊN BẢN (doc_type "Biên bản") of a meeting chaired by a Phó Chủ tịch UBND tỉnh Sơn La, drawn up by the Văn
  phòng UBND tỉnh (header "UBND TỈNH SƠN LA / VĂN PHÒNG", number "38/BB-VPUBND"), 05/11/2025, on online public services
  in tháng 10 năm 2025 (the period the minutes review). The minutes close with two signature blocks, "THƯ KÝ / Trần Thu
  Hà" and then "CHỦ TRÌ CUỘC HỌP / PHÓ CHỦ TỊCH UBND TỈNH / Lê Hồng Minh": the signer is the chair (the authority the
  minutes speak for; the secretary only records). NEW: WHAT EACH BODY REPORTED: "1. Văn phòng UBND tỉnh báo cáo" gives
  the province's figures (subject NULL: "toàn tỉnh", "tỉnh Sơn La"); under "2. Ý kiến của các đại biểu" each lettered
  item is headed by the body speaking ("a) Sở Khoa học và Công nghệ: … Sở đã phối hợp đồng bộ 47.903 hồ sơ", "b) Sở Nông
  nghiệp và Môi trường: … Sở tiếp nhận 3.412 hồ sơ", "đ) UBND phường Tô Hiệu: phường tiếp nhận …", "e) UBND xã Sốp Cộp:
  xã tiếp nhận …"): "Sở", "phường", "xã" alone are that body, named as the item heads it (level tỉnh or xã); a figure of
  the whole province inside a body's item stays the province's ("c) Công an tỉnh: … toàn tỉnh có 742.618 tài khoản"
  subject NULL, next to "Công an tỉnh tiếp nhận 6.284 hồ sơ" = `Công an tỉnh`); "g) Sở Tư pháp: … UBND các xã, phường
  chứng thực … 5.218 bản" names the communes (subject as written, level xã). "(tháng 9 năm 2025: 45.302 hồ sơ), tăng
  2.914 hồ sơ", "tăng 4,27% so với tháng 9 năm 2025 (64,54%); so với chỉ tiêu UBND tỉnh giao năm 2025 là 70% thì chưa
  đạt chỉ tiêu" (target dated 2025-12-31, after the period end), levels after "lần lượt là", "(21.406/40.789 hồ sơ …)"
  one count with its max, PAKN, the province's `80,37/100`, `19/34` "(78,52 điểm, xếp thứ 22/34)" (previous 2025-09-30),
  two group scores `x/max`; "thấp hơn bình quân cấp xã của tỉnh 34,36 điểm phần trăm" the commune's negative change in
  `%`. The chair's conclusions repeat counts ("còn 1.056 hồ sơ quá hạn" the province's, "21 xã"); in the tasks "214 hồ
  sơ", "12 xã" are counts repeated (subject unchecked), "tối thiểu 60% trong quý IV năm 2025" the communes' target
  (2025-12-31, level xã), "tích hợp 100% TTHC … trong năm 2026" a target of the sở (2026-12-31, level tỉnh). Six
  deadlines in a dash list: day, month, quarter (with the target), "chậm nhất ngày ba mươi tháng 11 năm 2025" (day in
  words), year, "trước ngày 03 hằng tháng" (issued 05/11/2025, after the 3rd: first 03/12/2025).
- 606 is a CÔNG VĂN ĐÔN ĐỐC of UBND tỉnh Bình Dương before the merger (header "ỦY BAN NHÂN DÂN / TỈNH BÌNH DƯƠNG",
  number "2318/UBND-KSTT", a "V/v" line naming no period), 12/5/2025, to the sở, the huyện/thành phố and the xã; its
  period is the one its figures state, "4 tháng đầu năm 2025 (từ ngày 01/01/2025 đến ngày 30/4/2025)", ranks /63.
  Province figures subject NULL; "So với cùng kỳ năm 2024 (6.128 hồ sơ quá hạn)" is a previous value dated 2024-04-30
  (the same four months a year before) with the overdue code, "tăng 3.289 hồ sơ" its change (code unchecked); overdue
  files by level "cấp tỉnh là 3.642 hồ sơ, cấp huyện 4.186 hồ sơ, cấp xã 1.589 hồ sơ" (they add up to the 9.417),
  on-time shares by level after "tương ứng là", "bình quân 153.121 hồ sơ/tháng" (an average, kind value), "312 PAKN …
  148 PAKN … (chiếm 47,44%); đã xử lý 296 PAKN, đạt 94,87%" and payment by level; "34,12%, thấp hơn nhiều so với chỉ
  tiêu … (chỉ tiêu năm 2025 là 50%)" carries the target without a stated đạt/chưa đạt (stated_status unchecked); "38/91
  xã, phường, thị trấn chưa phát sinh … trong tháng 4/2025"; `79,46/100`, `31/63`, "giảm 6 bậc so với tháng 3/2025 (xếp
  thứ 25/63)" (previous 2025-03-31), `15,86/20` and "giảm 1,24 điểm". NEW: THE LATE UNITS NAMED WITH THEIR LATE FILES,
  by level in three numbered blocks "1. Cấp tỉnh (05 cơ quan):", "2. Cấp huyện (04 đơn vị):", "3. Cấp xã (06 đơn vị …):"
  (counts of bodies in `đơn vị` at the block's level, code None) and dash items "- Sở Xây dựng: 412 hồ sơ quá hạn, chiếm
  3,18%;" (subject as written, its level, the overdue code on both), "- UBND thành phố Dĩ An: 1.218 hồ sơ quá hạn (trong
  đó Chi nhánh Văn phòng đăng ký đất đai thành phố Dĩ An 864 hồ sơ)" (the branch as written: a provincial office's
  branch in a district, level unchecked), "- UBND phường Tân Đông Hiệp (thành phố Dĩ An): 214 hồ sơ;" (the commune; the
  district in brackets only places it). The requests' "dưới 2% trong tháng 6/2025" a ceiling for land files (kind
  target, 2025-06-30, subject and level unchecked), "tối thiểu 40% trong quý II năm 2025" the communes' target
  (2025-06-30), "tại 100% Bộ phận Một cửa cấp xã, hoàn thành trong năm 2025" (target 2025-12-31, level xã). Six
  deadlines: day ("Các cơ quan, đơn vị có tên nêu trên"), "chậm nhất ngày hai mươi tháng 5 năm 2025" (day in words),
  month, quarter, year, "trước ngày 08 hằng tháng" (issued 12/5/2025: first 08/6/2025).
- 607 is a Kế hoạch of UBND tỉnh Đắk Lắk (merged with Phú Yên; number "28/KH-UBND"), 20/01/2026; its period is the
  plan's year, năm 2026 (as golden/blind100.py's 578). "II. KẾT QUẢ THỰC HIỆN NĂM 2025" is dated 2025-12-31 (the units
  "102 đơn vị hành chính cấp xã (88 xã, 14 phường) và 20 cơ quan chuyên môn", TTHC, files — the year's count whose first
  half is the two former provinces' sum, read as the province's —, levels after "tương ứng là", land files "(2.418 hồ
  sơ, chiếm 77,35%)", "48,65%, chưa đạt chỉ tiêu năm 2025 là 55%", e-results, "3,6 ngày/hồ sơ, rút ngắn 0,8 ngày so với
  năm 2024" (the 766 processing time), PAKN, satisfaction, accounts, "1.846 tổ … 9.412 thành viên", the December score
  `81,62/100`, `18/34` "tăng 4 bậc so với tháng 7/2025 (xếp thứ 22/34)" (previous 2025-07-31), two group scores, "14/20
  cơ quan chuyên môn và 57/102 xã, phường", "23 xã"); the PAR INDEX "năm 2024 … 86,12%, xếp thứ 27/63" is dated
  2024-12-31 (par_index). "III. CHỈ TIÊU NĂM 2026" the province's targets at the period end (subject NULL; "riêng cấp
  xã" → `cấp xã`; "trên 98,5%", "từ 85 điểm trở lên" without a max, "tối thiểu 02 máy quét" each commune's, level xã;
  "không quá 3 ngày/hồ sơ" a ceiling in `ngày`). "khoảng 3.850 triệu đồng (trong đó 2.150 triệu đồng …, 1.700 triệu đồng
  …)" the plan's money (subject and level unchecked). NEW: A PHỤ LỤC TASK TABLE after the signature, "STT | Nhiệm vụ |
  Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành | Sản phẩm" (Markdown): each row is a deadline whose
  expression is the "Thời gian hoàn thành" cell ("Tháng 3/2026" month, "Quý II/2026" quarter, "30/6/2026" day, "Năm
  2026" year), whose task is the "Nhiệm vụ" cell and whose assignee is the "Cơ quan chủ trì" cell (the bodies of "Cơ
  quan phối hợp" only assist), as golden/blind100.py's 578 reads its table. The quantities written inside the task and
  product cells ("126 TTHC", "08 cơ sở dữ liệu", "204 máy quét", "102/102 xã, phường", "1.020 công chức", "06 lớp tập
  huấn") are what the task must deliver: kind target dated at the row's own deadline (as 578's "Chỉ tiêu" cells and its
  "tối thiểu 02 máy quét … trong tháng 4/2026"), source table, subject unchecked (level xã where they are the
  communes'). Twelve deadlines: nine table rows and, in "V. TỔ CHỨC THỰC HIỆN", day, "trước ngày 22 hằng tháng" (issued
  20/01/2026: first 22/01/2026), "chậm nhất ngày mười lăm tháng 12 năm 2026" (day in words).
- 608 is a "BÁO CÁO NHANH" (doc_type "Báo cáo") of the Trung tâm Phục vụ hành chính công thành phố Hà Nội (header "UBND
  THÀNH PHỐ HÀ NỘI / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", number "126/BC-TTPVHCC") for the "tuần từ ngày 09/3/2026 đến
  ngày 13/3/2026", issued the same Friday 13/3/2026. NEW: A WEEK WRITTEN FROM DAY TO DAY WITHOUT ITS NUMBER:
  period_label "tuần từ ngày 09/3/2026 đến ngày 13/3/2026" (the words of the title; golden/blind82.py's 489 had "tuần 24
  năm 2025"), period 2026-03-09 to 2026-03-13; "tuần trước" is dated at the previous week's Friday, 2026-03-06 ("tăng
  1.326 hồ sơ (tăng 8,43%) so với tuần trước (15.729 hồ sơ)"). The Centre's own figures ("Trung tâm tiếp nhận …", "tại
  Trụ sở Trung tâm") are `Trung tâm Phục vụ hành chính công thành phố`, level tỉnh (a city-level body); "Sở Nông nghiệp
  và Môi trường 38 hồ sơ". A TAB-SEPARATED TABLE BY AGENCY with a column "Tiếp nhận tuần trước (hồ sơ)" (value dated
  2026-03-06 with the received code), "100" and "0" cells, "Các cơ quan còn lại" (subject unchecked, level tỉnh) and a
  "Tổng cộng" row with an empty STT (= the Centre). The branches "126 chi nhánh … tại các xã, phường tiếp nhận 68.412 hồ
  sơ …" (subject unchecked, level xã), "Chi nhánh phường Hoàng Mai … (46 hồ sơ)" (subject as written, level xã); "Lũy kế
  từ ngày 01/01/2026 đến hết tuần, Trung tâm và các chi nhánh …" dated at the week's end (subject unchecked: the Centre
  with its branches), "71,46%, so với chỉ tiêu năm 2026 của thành phố là 80% thì chưa đạt chỉ tiêu" (the city's target,
  2026-12-31); the hotline's calls and the ratings (subject, level and codes unchecked); "6,8 phút/lượt, giảm 1,2 phút"
  the Centre's; the city's score of "tháng 02/2026" `88,46/100`, `5/34`, `8,12/10` dated 2026-02-28 (the sentence dates
  it, as golden/blind104.py's 596). Task 3's "tối thiểu 75% trong quý I năm 2026" the branches' target (2026-03-31,
  level xã). Five deadlines: day, "chậm nhất ngày hai mươi tháng 3 năm 2026" (day in words), quarter, month, weekly
  recurring "trước 10 giờ thứ Hai hằng tuần" (issued Friday 13/3/2026: first Monday 16/3/2026).
- 609 is a quarterly Báo cáo of the Ban Chỉ đạo chuyển đổi số và Đề án 06 of Thành phố Hồ Chí Minh (merged with Bình
  Dương and Bà Rịa - Vũng Tàu; header "UBND THÀNH PHỐ HỒ CHÍ MINH / BAN CHỈ ĐẠO CHUYỂN ĐỔI SỐ / VÀ ĐỀ ÁN 06", number
  "46/BC-BCĐ", signed "KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN / PHÓ CHỦ TỊCH UBND THÀNH PHỐ / Lê Minh Khoa"), quý I năm 2026,
  issued 08/4/2026. NEW: SUB-HEADINGS a), b), c) UNDER ROMAN SECTIONS AND UNDER NUMBERED ITEMS ("I. … a) Ban hành văn
  bản, kiểm tra: …", "II. … 1. … a) …", "III. … a) …"): the letters and their labels are no figures and change no
  subject. The Ban Chỉ đạo reports the city's figures (subject NULL, as golden/blind100.py's 577); its own work ("ban
  hành 08 văn bản", "03 đoàn kiểm tra") has subject unchecked, level tỉnh; "UBND thành phố bố trí 126,8 tỷ đồng" named
  as written; "đã giải ngân 18,42 tỷ đồng, đạt 14,53% kế hoạch vốn" (subject and codes unchecked). "79,84% (quý IV năm
  2025: 76,42%), tăng 3,42%; so với chỉ tiêu năm 2026 là 85% thì chưa đạt chỉ tiêu" (previous 2025-12-31, target
  2026-12-31); "tăng 286.412 tài khoản so với ngày 31/12/2025" (a change, code unchecked); the 25 essential services'
  files (codes unchecked); members named in full ("Công an thành phố" `thẻ`, `trường hợp`; "Sở Tư pháp" "1.624.830 dữ
  liệu hộ tịch, đạt 92,18% kế hoạch"). A MARKDOWN TABLE BY FORMER AREA without an STT column ("Khu vực tỉnh Bình Dương
  cũ": subject and level unchecked, as 577's former provinces) with a "Toàn thành phố" row (the city: subject NULL; it
  repeats the prose); columns accounts (`tài khoản`, identity-account code), activation, online, payment and
  digitisation shares with their codes. The March score `87,28/100`, `6/34` "tăng 2 bậc so với tháng 12/2025 (xếp thứ
  8/34)" (previous 2025-12-31), the six groups `x/max` (they add up to 87,28), block averages (`điểm`, level tỉnh / xã,
  subject unchecked), "112/168 xã, phường, đặc khu"; "thấp hơn bình quân toàn thành phố 8,31 điểm phần trăm" a former
  area's negative change (subject and level unchecked). Task 3's "tối thiểu 70% trong quý II năm 2026" (2026-06-30,
  level xã), task 5's "100% người dân … trong năm 2026" (2026-12-31, subject unchecked). Six deadlines: day, "chậm nhất
  ngày mười lăm tháng 5 năm 2026" (day in words), quarter, month, year, "trước ngày 20 hằng tháng" (issued 08/4/2026:
  first 20/4/2026).

Unsure readings (fields left `ANY`): the subject of the branches' and the cumulated figures in 608 (the Centre, its
branches or both), of the hotline and the ratings; the level of 606's land-registry branch and of its "dưới 2%" ceiling;
the subject of 609's former areas and of its Ban Chỉ đạo's own counts (`Ban Chỉ đạo` or the full name); the subject of
605's synchronised files ("Sở đã phối hợp đồng bộ" is read as the Sở's: its item names it). 607's task-table quantities
are read as targets of the row (kind target, dated at the row's deadline); a reader could also take them as plain table
values: the plan names them as what must be delivered, so target is kept, and its docstring says so. 605's signer is the
chair, the name written last.
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
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_TIME = "766.tien_do.thoi_gian"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_PAKN_TG = "pakn.thoi_gian"
_G_TT = "766.thanh_toan"
_G_SH = "766.so_hoa"
_Y2024 = "2024-12-31"
_Y2024_APR = "2024-04-30"
_MAR_2025 = "2025-03-31"
_Q2_2025 = "2025-06-30"
_JUL_2025 = "2025-07-31"
_SEP_2025 = "2025-09-30"
_Y2025 = "2025-12-31"
_FEB_2026 = "2026-02-28"
_WEEK_10 = "2026-03-06"
_Q1_2026 = "2026-03-31"
_Q2_2026 = "2026-06-30"
_Y2026 = "2026-12-31"
_OPEN = {"subject": ANY, "level": ANY}
_XA = {"subject": "cấp xã", "level": "xã"}
_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
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
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw.split("/")[0]), unit, kind, max_value=top,
                       subject=subject, level=level, as_of=as_of, code=code, extra=TAB))
        at += len(sep)
    return facts


def _by(subject: str | None, level: str | None, **fixed):
    """A row maker for one body's own figures (subject and level fixed, and any other field given)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **{**fixed, **kw})
    return make


# ------------------------------------------------------------ 605: Biên bản họp, Sơn La, tháng 10/2025
_skh = _by("Sở Khoa học và Công nghệ", "tỉnh")
_snn = _by("Sở Nông nghiệp và Môi trường", "tỉnh")
_cat = _by("Công an tỉnh", "tỉnh")
_bdt = _by("Bưu điện tỉnh", "tỉnh")
_toh = _by("UBND phường Tô Hiệu", "xã")
_sop = _by("UBND xã Sốp Cộp", "xã")
_uxp = _by("UBND các xã, phường", "xã")

BLIND_605 = [
    # I. attendance ("tầng 3", "số 16 đường Tô Hiệu", clock times no figures)
    F("tới 75 điểm cầu", "75", 75, "điểm cầu", C, code=None, **_IN_XA),
    F("lãnh đạo 17 sở", "17", 17, "đơn vị", C, code=None, **_IN_TINH),
    F("Chủ tịch UBND 75 xã", "75", 75, "xã", C, code=None, **_IN_XA),
    # II.1 the Văn phòng's report: the province's units and TTHC
    F("toàn tỉnh có 75 đơn vị", "75", 75, "đơn vị", C, code=None, **_XA),
    F("(67 xã", "67", 67, "xã", C, code=None, **_IN_XA),
    F(", 08 phường)", "08", 8, "phường", C, code=None, **_IN_XA),
    F("và 17 cơ quan chuyên môn", "17", 17, "đơn vị", C, code=None, **_IN_TINH),
    F("cung cấp 1.946 TTHC", "1.946", 1946, "TTHC", C, code=_TTHC),
    F("đó 1.182 TTHC", "1.182", 1182, "TTHC", C, code=_TOAN),
    F("(chiếm 60,74%)", "60,74%", 60.74, "%", code=_TOAN),
    F("và 764 TTHC", "764", 764, "TTHC", C, code=_MOT),
    # files (tháng 9 dated 2025-09-30; the 2025 target after the period end)
    F("tiếp nhận 48.216 hồ sơ", "48.216", 48216, "hồ sơ", C, code=_TN),
    F("(tháng 9 năm 2025: 45.302", "45.302", 45302, "hồ sơ", PR, as_of=_SEP_2025, code=_TN),
    F("tăng 2.914 hồ sơ", "2.914", 2914, "hồ sơ", CH, code=ANY),
    F("cấp tỉnh 9.874 hồ sơ", "9.874", 9874, "hồ sơ", C, code=_TN, **_TINH),
    F("cấp xã 38.342 hồ sơ", "38.342", 38342, "hồ sơ", C, code=_TN, **_XA),
    F("trực tuyến là 33.175", "33.175", 33175, "hồ sơ", C, code=_NOP),
    F("đạt 68,81%", "68,81%", 68.81, "%", code=_NOP, target=70, stated_status="chưa đạt"),
    F("tăng 4,27%", "4,27%", 4.27, "%", CH, code=_NOP),
    F("(64,54%)", "64,54%", 64.54, "%", PR, as_of=_SEP_2025, code=_NOP),
    F("năm 2025 là 70%", "70%", 70, "%", T, as_of=_Y2025, code=_NOP),
    F("lần lượt là 91,36%", "91,36%", 91.36, "%", code=_NOP, **_TINH),
    F("và 63,00%", "63,00%", 63.0, "%", code=_NOP, **_XA),
    F("giải quyết 46.918", "46.918", 46918, "hồ sơ", C, code=ANY),
    F("đúng hạn 45.862", "45.862", 45862, "hồ sơ", C, code=_DH),
    F("đạt 97,75%", "97,75%", 97.75, "%", code=_DH),
    F("quá hạn 1.056 hồ sơ, chiếm", "1.056", 1056, "hồ sơ", C, code=_QH),
    F("chiếm 2,25%", "2,25%", 2.25, "%", code=_QH),
    F("(712 hồ sơ)", "712", 712, "hồ sơ", C, code=ANY, **_OPEN),
    F("(186 hồ sơ)", "186", 186, "hồ sơ", C, code=ANY, **_OPEN),
    # payment, digitisation, e-results, PAKN, satisfaction
    F("đạt 52,48%", "52,48%", 52.48, "%", code=_TT),
    F("(21.406/40.789", "21.406/40.789", 21406, "hồ sơ", C, max_value=40789, code=_TT),
    F("đạt 81,16%", "81,16%", 81.16, "%", code=_SH),
    F("đạt 94,02%", "94,02%", 94.02, "%", code=_KQ),
    F("tiếp nhận 46 PAKN", "46", 46, "PAKN", C, code=_PAKN_TN),
    F("xử lý 43 PAKN", "43", 43, "PAKN", C, code=_PAKN_XL),
    F("đạt 93,48%", "93,48%", 93.48, "%", code=_PAKN_TL),
    F("bình quân 5,6 ngày", "5,6", 5.6, "ngày", code=_PAKN_TG),
    F("đạt 95,82%", "95,82%", 95.82, "%", code=_HL),
    # the 766 index (tháng 9/2025 dated 2025-09-30)
    F("đạt 80,37/100", "80,37/100", 80.37, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 19/34", "19/34", 19, "hạng", R, max_value=34, code=_HANG),
    F("tăng 1,85 điểm", "1,85", 1.85, "điểm", CH, code=_TONG),
    F("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("(78,52 điểm", "78,52", 78.52, "điểm", PR, max_value=100, as_of=_SEP_2025, code=_TONG),
    F("xếp thứ 22/34)", "22/34", 22, "hạng", PR, max_value=34, as_of=_SEP_2025, code=_HANG),
    F("với 5,84/10", "5,84/10", 5.84, "điểm", max_value=10, code=_G_TT),
    F("đạt 16,92/22", "16,92/22", 16.92, "điểm", max_value=22, code=_G_SH),
    # II.2 a) Sở Khoa học và Công nghệ
    _skh("đồng bộ 47.903 hồ sơ", "47.903", 47903, "hồ sơ", C, code=ANY),
    _skh("đạt 99,35%", "99,35%", 99.35, "%", code=ANY),
    F("có 63/75 xã", "63/75", 63, "xã", C, max_value=75, code=None, **_IN_XA),
    F("nghị 12 xã", "12", 12, "xã", C, code=None, **_IN_XA),
    # b) Sở Nông nghiệp và Môi trường ("trước ngày 01/7/2025" a past date)
    _snn("Sở tiếp nhận 3.412", "3.412", 3412, "hồ sơ", C, code=_TN),
    _snn("giải quyết 3.105", "3.105", 3105, "hồ sơ", C, code=ANY),
    _snn("quá hạn 214 hồ sơ (chiếm", "214", 214, "hồ sơ", C, code=_QH),
    _snn("(chiếm 6,89%)", "6,89%", 6.89, "%", code=_QH),
    F("và 08 chi nhánh", "08", 8, "chi nhánh", C, code=None, **_OPEN),
    _snn("còn 1.268 hồ sơ", "1.268", 1268, "hồ sơ", C, code=ANY),
    _snn("đó 426 hồ sơ", "426", 426, "hồ sơ", C, code=ANY),
    # c) Công an tỉnh: the province's accounts, its own files ("từ đủ 14 tuổi" no figure)
    F("có 742.618 tài khoản", "742.618", 742618, "tài khoản", C, code=_TK),
    F("đạt 81,27%", "81,27%", 81.27, "%", code=_TK),
    _cat("tỉnh tiếp nhận 6.284", "6.284", 6284, "hồ sơ", C, code=_TN),
    _cat("đó 6.102 hồ sơ", "6.102", 6102, "hồ sơ", C, code=_NOP),
    _cat("(chiếm 97,10%)", "97,10%", 97.10, "%", code=_NOP),
    # d) Bưu điện tỉnh
    _bdt("tiếp nhận 2.146 hồ sơ", "2.146", 2146, "hồ sơ", C, code=ANY),
    _bdt("trả 3.518 kết quả", "3.518", 3518, "kết quả", C, code=ANY),
    _bdt("bố trí 75 nhân viên", "75", 75, "nhân viên", C, code=ANY),
    # đ) UBND phường Tô Hiệu
    _toh("phường tiếp nhận 2.864", "2.864", 2864, "hồ sơ", C, code=_TN),
    _toh("trực tuyến 2.318", "2.318", 2318, "hồ sơ", C, code=_NOP),
    _toh("đạt 80,94%", "80,94%", 80.94, "%", code=_NOP),
    _toh("đạt 71,25%", "71,25%", 71.25, "%", code=_TT),
    _toh("xếp thứ 2/75", "2/75", 2, "hạng", R, max_value=75, code=ANY),
    # e) UBND xã Sốp Cộp (the hamlets counted in `bản`)
    _sop("xã tiếp nhận 412", "412", 412, "hồ sơ", C, code=_TN),
    _sop("trực tuyến 118", "118", 118, "hồ sơ", C, code=_NOP),
    _sop("đạt 28,64%", "28,64%", 28.64, "%", code=_NOP),
    _sop("tỉnh 34,36 điểm", "34,36", -34.36, "%", CH, code=_NOP),
    F("do 14/28 bản", "14/28", 14, "bản", C, max_value=28, code=None, **_IN_XA),
    # g) Sở Tư pháp on the communes' certified copies
    _uxp("chính 5.218 bản", "5.218", 5218, "bản", C, code=ANY),
    _uxp("đạt 38,46%", "38,46%", 38.46, "%", code=_CT),
    F("còn 09 xã", "09", 9, "xã", C, code=None, **_IN_XA),
    # 3. the chair's conclusions: counts repeated, the tasks' targets
    F("còn 1.056 hồ sơ", "1.056", 1056, "hồ sơ", C, code=ANY),
    F("; 21 xã", "21", 21, "xã", C, code=None, **_IN_XA),
    F("dứt điểm 214 hồ sơ", "214", 214, "hồ sơ", C, code=ANY, **_OPEN),
    F("cho 12 xã", "12", 12, "xã", C, code=None, **_IN_XA),
    F("tối thiểu 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT, **_IN_XA),
    F("tích hợp 100% TTHC", "100%", 100, "%", T, as_of=_Y2026, code=ANY, **_IN_TINH),
]

# ------------------------------------------------------------ 606: UBND tỉnh Bình Dương, Công văn đôn đốc, 4 tháng 2025


def _late_606(name: str, head: str, count: str, share: str | None, level: str) -> list[Fact]:
    """One dash item of a late unit: its overdue files (and their share), subject as written, the overdue code."""
    rows = [F(f"{head}: {count}", count, _num(count), "hồ sơ", C, subject=name, level=level, code=_QH)]
    if share:
        rows.append(F(f"chiếm {share}", share, _num(share), "%", subject=name, level=level, code=_QH))
    return rows


BLIND_606 = [
    # the four months (cùng kỳ năm 2024 dated 2024-04-30)
    F("tiếp nhận 612.485", "612.485", 612485, "hồ sơ", C, code=_TN),
    F("bình quân 153.121", "153.121", 153121, "hồ sơ", code=ANY),
    F("giải quyết 598.204", "598.204", 598204, "hồ sơ", C, code=ANY),
    F("đạt 98,43%", "98,43%", 98.43, "%", code=_DH),
    F("quá hạn 9.417 hồ sơ", "9.417", 9417, "hồ sơ", C, code=_QH),
    F("chiếm 1,57%", "1,57%", 1.57, "%", code=_QH),
    F("còn 3.862 hồ sơ", "3.862", 3862, "hồ sơ", C, code=ANY),
    F("(6.128 hồ sơ", "6.128", 6128, "hồ sơ", PR, as_of=_Y2024_APR, code=_QH),
    F("tăng 3.289 hồ sơ", "3.289", 3289, "hồ sơ", CH, code=ANY),
    F("cấp tỉnh là 3.642", "3.642", 3642, "hồ sơ", C, code=_QH, **_TINH),
    F("cấp huyện 4.186", "4.186", 4186, "hồ sơ", C, code=_QH, **_HUYEN),
    F("cấp xã 1.589", "1.589", 1589, "hồ sơ", C, code=_QH, **_XA),
    F("tương ứng là 97,86%", "97,86%", 97.86, "%", code=_DH, **_TINH),
    F("97,86%, 98,12%", "98,12%", 98.12, "%", code=_DH, **_HUYEN),
    F("và 99,41%", "99,41%", 99.41, "%", code=_DH, **_XA),
    # online, digitisation, payment (the 2025 target after the period end; no đạt/chưa đạt stated)
    F("tỉnh đạt 58,36%", "58,36%", 58.36, "%", code=_NOP),
    F("đạt 72,84%", "72,84%", 72.84, "%", code=_SH),
    F("đạt 34,12%", "34,12%", 34.12, "%", code=_TT, target=50),
    F("năm 2025 là 50%", "50%", 50, "%", T, as_of=_Y2025, code=_TT),
    F("cấp tỉnh đạt 46,25%", "46,25%", 46.25, "%", code=_TT, **_TINH),
    F("cấp huyện 31,08%", "31,08%", 31.08, "%", code=_TT, **_HUYEN),
    F("cấp xã 27,64%", "27,64%", 27.64, "%", code=_TT, **_XA),
    F("có 38/91 xã", "38/91", 38, "xã", C, max_value=91, code=None, **_IN_XA),
    # PAKN
    F("tiếp nhận 312 PAKN", "312", 312, "PAKN", C, code=_PAKN_TN),
    F("đó 148 PAKN", "148", 148, "PAKN", C, code=ANY),
    F("(chiếm 47,44%)", "47,44%", 47.44, "%", code=ANY),
    F("xử lý 296 PAKN", "296", 296, "PAKN", C, code=_PAKN_XL),
    F("đạt 94,87%", "94,87%", 94.87, "%", code=_PAKN_TL),
    # the 766 index (tháng 3/2025 dated 2025-03-31)
    F("đạt 79,46/100", "79,46/100", 79.46, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 31/63", "31/63", 31, "hạng", R, max_value=63, code=_HANG),
    F("giảm 6 bậc", "6", -6, "hạng", CH, code=_HANG),
    F("(xếp thứ 25/63)", "25/63", 25, "hạng", PR, max_value=63, as_of=_MAR_2025, code=_HANG),
    F("đạt 15,86/20", "15,86/20", 15.86, "điểm", max_value=20, code="766.tien_do"),
    F("giảm 1,24 điểm", "1,24", -1.24, "điểm", CH, code="766.tien_do"),
    # the late units by level
    F("(05 cơ quan)", "05", 5, "đơn vị", C, code=None, **_IN_TINH),
    *_late_606("Sở Nông nghiệp và Môi trường", "Môi trường", "2.846", "8,92%", "tỉnh"),
    *_late_606("Sở Xây dựng", "Xây dựng", "412", "3,18%", "tỉnh"),
    *_late_606("Sở Tài chính", "Tài chính", "186", "1,46%", "tỉnh"),
    *_late_606("Sở Y tế", "Y tế", "94", "2,35%", "tỉnh"),
    *_late_606("Sở Giáo dục và Đào tạo", "Đào tạo", "38", "0,87%", "tỉnh"),
    F("(04 đơn vị)", "04", 4, "đơn vị", C, code=None, subject=ANY, level="huyện"),
    *_late_606("UBND thành phố Dĩ An", "Dĩ An", "1.218", None, "huyện"),
    F("Dĩ An 864", "864", 864, "hồ sơ", C, subject="Chi nhánh Văn phòng đăng ký đất đai thành phố Dĩ An", level=ANY,
      code=_QH),
    *_late_606("UBND thành phố Thuận An", "Thuận An", "956", None, "huyện"),
    *_late_606("UBND thành phố Tân Uyên", "Tân Uyên", "724", None, "huyện"),
    *_late_606("UBND huyện Bắc Tân Uyên", "Bắc Tân Uyên", "318", None, "huyện"),
    F("(06 đơn vị", "06", 6, "đơn vị", C, code=None, **_IN_XA),
    *_late_606("UBND phường Tân Đông Hiệp", "Hiệp (thành phố Dĩ An)", "214", None, "xã"),
    *_late_606("UBND phường An Phú", "Phú (thành phố Thuận An)", "176", None, "xã"),
    *_late_606("UBND phường Uyên Hưng", "Hưng (thành phố Tân Uyên)", "142", None, "xã"),
    *_late_606("UBND xã Thường Tân", "Tân (huyện Bắc Tân Uyên)", "118", None, "xã"),
    *_late_606("UBND phường Tân Định", "Định (thành phố Bến Cát)", "96", None, "xã"),
    *_late_606("UBND xã Lai Uyên", "Uyên (huyện Bàu Bàng)", "87", None, "xã"),
    # the requests' targets (phone number no figure)
    F("dưới 2%", "2%", 2, "%", T, as_of=_Q2_2025, code=ANY, **_OPEN),
    F("tối thiểu 40%", "40%", 40, "%", T, as_of=_Q2_2025, code=_TT, **_IN_XA),
    F("tại 100% Bộ phận", "100%", 100, "%", T, as_of=_Y2025, code=ANY, **_IN_XA),
]

# ------------------------------------------------------------ 607: UBND tỉnh Đắk Lắk, Kế hoạch năm 2026
_Y25 = {"as_of": _Y2025}


def _task_607(stt: str, task: str, raws: list[tuple[str, str, object, str, float | None, dict]]) -> list[Fact]:
    """The quantities inside one Phụ lục row (kind target dated at the row's deadline, source table). Each context is
    the row's opening "| <stt> | <task>" written up to and including the quantity."""
    return [F(f"| {stt} | {task}", raw, _num(raw.split("/")[0]), unit, T, max_value=top, as_of=as_of, code=code,
              extra=TAB, **who) for raw, unit, code, as_of, top, who in raws]


BLIND_607 = [
    # II. results of 2025 (dated 2025-12-31; 118/2025/NĐ-CP, 766/QĐ-TTg cited)
    F("có 102 đơn vị", "102", 102, "đơn vị", C, code=None, **_XA, **_Y25),
    F("(88 xã", "88", 88, "xã", C, code=None, **_IN_XA, **_Y25),
    F(", 14 phường)", "14", 14, "phường", C, code=None, **_IN_XA, **_Y25),
    F("và 20 cơ quan", "20", 20, "đơn vị", C, code=None, **_IN_TINH, **_Y25),
    F("cung cấp 1.987 TTHC", "1.987", 1987, "TTHC", C, code=_TTHC, **_Y25),
    F("đó 1.196 TTHC", "1.196", 1196, "TTHC", C, code=_TOAN, **_Y25),
    F("chiếm 60,19%", "60,19%", 60.19, "%", code=_TOAN, **_Y25),
    F("tiếp nhận 1.284.516", "1.284.516", 1284516, "hồ sơ", C, code=_TN, **_Y25),
    F("trực tuyến 862.348", "862.348", 862348, "hồ sơ", C, code=_NOP, **_Y25),
    F("đạt 67,13%", "67,13%", 67.13, "%", code=_NOP, **_Y25),
    F("tương ứng là 88,74%", "88,74%", 88.74, "%", code=_NOP, **_TINH, **_Y25),
    F("và 59,26%", "59,26%", 59.26, "%", code=_NOP, **_XA, **_Y25),
    F("đạt 98,21%", "98,21%", 98.21, "%", code=_DH, **_Y25),
    F("có 3.126 hồ sơ", "3.126", 3126, "hồ sơ", C, code=_QH, **_Y25),
    F("(2.418 hồ sơ", "2.418", 2418, "hồ sơ", C, code=ANY, **_OPEN, **_Y25),
    F("chiếm 77,35%", "77,35%", 77.35, "%", code=ANY, **_OPEN, **_Y25),
    F("đạt 48,65%", "48,65%", 48.65, "%", code=_TT, target=55, stated_status="chưa đạt", **_Y25),
    F("năm 2025 là 55%", "55%", 55, "%", T, code=_TT, **_Y25),
    F("đạt 76,42%", "76,42%", 76.42, "%", code=_SH, **_Y25),
    F("đạt 35,18%", "35,18%", 35.18, "%", code=_TSD, **_Y25),
    F("đạt 91,34%", "91,34%", 91.34, "%", code=_KQ, **_Y25),
    F("bình quân 3,6 ngày", "3,6", 3.6, "ngày", code=_TIME, **_Y25),
    F("rút ngắn 0,8 ngày", "0,8", -0.8, "ngày", CH, code=_TIME, **_Y25),
    F("tiếp nhận 1.248 PAKN", "1.248", 1248, "PAKN", C, code=_PAKN_TN, **_Y25),
    F("xử lý 1.197 PAKN", "1.197", 1197, "PAKN", C, code=_PAKN_XL, **_Y25),
    F("đạt 95,91%", "95,91%", 95.91, "%", code=_PAKN_TL, **_Y25),
    F("đạt 93,26%", "93,26%", 93.26, "%", code=_HL, **_Y25),
    F("Có 1.862.405", "1.862.405", 1862405, "tài khoản", C, code=_TK, **_Y25),
    F("đạt 79,58%", "79,58%", 79.58, "%", code=_TK, **_Y25),
    F("có 1.846 tổ", "1.846", 1846, "tổ", C, code=None, **_Y25),
    F("với 9.412 thành viên", "9.412", 9412, "thành viên", C, code=ANY, **_Y25),
    F("đạt 81,62/100", "81,62/100", 81.62, "điểm", max_value=100, code=_TONG, **_Y25),
    F("xếp thứ 18/34", "18/34", 18, "hạng", R, max_value=34, code=_HANG, **_Y25),
    F("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG, **_Y25),
    F("(xếp thứ 22/34)", "22/34", 22, "hạng", PR, max_value=34, as_of=_JUL_2025, code=_HANG),
    F("đạt 6,12/10", "6,12/10", 6.12, "điểm", max_value=10, code=_G_TT, **_Y25),
    F("đạt 17,04/22", "17,04/22", 17.04, "điểm", max_value=22, code=_G_SH, **_Y25),
    F("Có 14/20 cơ quan", "14/20", 14, "đơn vị", C, max_value=20, code=None, **_IN_TINH, **_Y25),
    F("và 57/102 xã", "57/102", 57, "xã", C, max_value=102, code=None, **_IN_XA, **_Y25),
    F("đạt 86,12%", "86,12%", 86.12, "%", as_of=_Y2024, code="par_index"),
    F("xếp thứ 27/63", "27/63", 27, "hạng", R, max_value=63, as_of=_Y2024, code="par_index"),
    F("Còn 23 xã", "23", 23, "xã", C, code=None, **_IN_XA, **_Y25),
    # III. the province's targets for 2026 (the period end)
    F("tối thiểu 75%", "75%", 75, "%", T, code=_NOP),
    F("cấp xã đạt tối thiểu 65%", "65%", 65, "%", T, code=_NOP, **_XA),
    F("trên 98,5%", "98,5%", 98.5, "%", T, code=_DH),
    F("thanh toán trực tuyến đạt tối thiểu 65%", "65%", 65, "%", T, code=_TT),
    F("4. 100% hồ sơ", "100%", 100, "%", T, code=_SH),
    F("tối thiểu 50%", "50%", 50, "%", T, code=_TSD),
    F("từ 85 điểm", "85", 85, "điểm", T, code=_TONG),
    F("tối thiểu 02 máy quét", "02", 2, "máy quét", T, code=None, **_IN_XA),
    F("không quá 3 ngày", "3", 3, "ngày", T, code=_TIME),
    # IV. money (the plan's)
    F("khoảng 3.850 triệu đồng", "3.850", 3850, "triệu đồng", code=ANY, **_OPEN),
    F("đó 2.150 triệu đồng", "2.150", 2150, "triệu đồng", code=ANY, **_OPEN),
    F(", 1.700 triệu đồng", "1.700", 1700, "triệu đồng", code=ANY, **_OPEN),
    # Phụ lục: the quantities a task must deliver (targets at the row's deadline)
    *_task_607("2", "Tái cấu trúc quy trình, cắt giảm thành phần hồ sơ đối với 126 TTHC", [
        ("126", "TTHC", ANY, _Q2_2026, None, _OPEN)]),
    *_task_607("3", "Nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh, kết nối với 08 cơ sở dữ liệu", [
        ("08", "cơ sở dữ liệu", None, "2026-06-30", None, _OPEN)]),
    *_task_607("4", "Trang bị bổ sung 204 máy quét", [("204", "máy quét", None, "2026-09-30", None, _IN_XA)]),
    *_task_607("6", "Triển khai thanh toán trực tuyến phí, lệ phí tại 102/102 xã", [
        ("102/102", "xã", None, "2026-09-30", 102, _IN_XA)]),
    *_task_607("7", "Tập huấn kỹ năng hướng dẫn dịch vụ công trực tuyến cho 1.020 công chức", [
        ("1.020", "công chức", ANY, "2026-05-31", None, _IN_XA)]),
    F("Tháng 5/2026 | 06 lớp", "06", 6, "lớp", T, as_of="2026-05-31", code=None, extra=TAB, **_OPEN),
]

# ------------------------------------------------------------ 608: Trung tâm PVHCC thành phố Hà Nội, tuần 09–13/3/2026
_TTPV = "Trung tâm Phục vụ hành chính công thành phố"
_ttpv = _by(_TTPV, "tỉnh")
_BRANCH = _IN_XA


def _agency_608(stt: str, name: str, raws: str, after: str, subject: object) -> list[Fact]:
    """One tab-separated row of Bảng 1: received this week, received last week (dated 2026-03-06), online share,
    settled (code unchecked), on-time share, overdue files; level tỉnh."""
    received, last, online, settled, on_time, overdue = raws.split()
    line = "\t".join([stt, name, received, last, online, settled, on_time, overdue])
    return _cells(line, "\t", after, subject, "tỉnh", [
        (received, "hồ sơ", P, _TN, "period", None), (last, "hồ sơ", P, _TN, _WEEK_10, None),
        (online, "%", P, _NOP, "period", None), (settled, "hồ sơ", P, ANY, "period", None),
        (on_time, "%", P, _DH, "period", None), (overdue, "hồ sơ", P, _QH, "period", None)])


_AGENCIES_608 = [
    ("Sở Nông nghiệp và Môi trường", "4.286 3.952 96,27 4.018 99,05 38"),
    ("Sở Xây dựng", "1.642 1.518 98,17 1.596 99,62 6"),
    ("Sở Tư pháp", "3.118 2.964 97,88 3.084 100 0"),
    ("Sở Công Thương", "1.286 1.204 99,61 1.262 100 0"),
    ("Sở Y tế", "968 902 97,21 944 99,79 2"),
    ("Sở Tài chính", "2.512 2.396 99,76 2.478 99,96 1"),
    ("Các cơ quan còn lại", "3.243 2.793 96,15 3.190 99,91 3"),
]


def _table_608() -> list[Fact]:
    """Bảng 1 in order; each row's context runs into the next row's STT and name; the "Tổng cộng" row (empty STT) is
    the Centre's."""
    facts = []
    for i, (name, raws) in enumerate(_AGENCIES_608):
        after = f"{i + 2}\t{_AGENCIES_608[i + 1][0]}" if i + 1 < len(_AGENCIES_608) else "\tTổng cộng"
        subject = ANY if name.startswith("Các") else name
        facts += _agency_608(str(i + 1), name, raws, after, subject)
    facts += _agency_608("", "Tổng cộng", "17.055 15.729 97,54 16.572 99,70 50", "\n2. Tại các chi nhánh", _TTPV)
    return facts


BLIND_608 = [
    # I.1 the Centre's week ("tuần trước" = the week to Friday 2026-03-06)
    _ttpv("tiếp nhận 17.055", "17.055", 17055, "hồ sơ", C, code=_TN),
    F("của 19 sở", "19", 19, "đơn vị", C, code=None, **_IN_TINH),
    _ttpv("tăng 1.326 hồ sơ", "1.326", 1326, "hồ sơ", CH, code=ANY),
    _ttpv("(tăng 8,43%)", "8,43%", 8.43, "%", CH, code=ANY),
    _ttpv("(15.729 hồ sơ)", "15.729", 15729, "hồ sơ", PR, as_of=_WEEK_10, code=_TN),
    _ttpv("trực tuyến 16.636", "16.636", 16636, "hồ sơ", C, code=_NOP),
    _ttpv("chiếm 97,54%", "97,54%", 97.54, "%", code=_NOP),
    _ttpv("giải quyết 16.572", "16.572", 16572, "hồ sơ", C, code=ANY),
    _ttpv("đúng hạn 16.522", "16.522", 16522, "hồ sơ", C, code=_DH),
    _ttpv("đạt 99,70%", "99,70%", 99.70, "%", code=_DH),
    _ttpv("quá hạn 50 hồ sơ,", "50", 50, "hồ sơ", C, code=_QH),
    F("Môi trường 38 hồ sơ", "38", 38, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_QH),
    # Bảng 1 (tab-separated, by agency)
    *_table_608(),
    # I.2 the branches in the communes and wards
    F("tuần, 126 chi nhánh", "126", 126, "chi nhánh", C, code=None, **_OPEN),
    F("tiếp nhận 68.412", "68.412", 68412, "hồ sơ", C, code=_TN, **_BRANCH),
    F("trực tuyến 49.618", "49.618", 49618, "hồ sơ", C, code=_NOP, **_BRANCH),
    F("đạt 72,53%", "72,53%", 72.53, "%", code=_NOP, **_BRANCH),
    F("đạt 98,94%", "98,94%", 98.94, "%", code=_DH, **_BRANCH),
    F("quá hạn 702", "702", 702, "hồ sơ", C, code=_QH, **_BRANCH),
    F("(46 hồ sơ)", "46", 46, "hồ sơ", C, subject="Chi nhánh phường Hoàng Mai", level="xã", code=_QH),
    # I.3 cumulated since 01/01/2026 (dated at the week's end); the city's 2026 target
    F("tiếp nhận 812.436", "812.436", 812436, "hồ sơ", C, code=_TN, **_OPEN),
    F("đạt 78,12%", "78,12%", 78.12, "%", code=_NOP, **_OPEN),
    F("đạt 71,46%", "71,46%", 71.46, "%", code=_TT, target=80, stated_status="chưa đạt", **_OPEN),
    F("thành phố là 80%", "80%", 80, "%", T, as_of=_Y2026, code=_TT),
    # I.4 hotline, ratings, waiting time ("Tổng đài 1022" no figure)
    F("tiếp nhận 1.846 cuộc gọi", "1.846", 1846, "cuộc gọi", C, code=ANY, **_OPEN),
    F("trả lời 1.839", "1.839", 1839, "cuộc gọi", C, code=ANY, **_OPEN),
    F("đạt 99,62%", "99,62%", 99.62, "%", code=ANY, **_OPEN),
    F("có 24.506 lượt", "24.506", 24506, "lượt", C, code=ANY, **_OPEN),
    F("đó 24.398 lượt", "24.398", 24398, "lượt", C, code=ANY, **_OPEN),
    F("chiếm 99,56%", "99,56%", 99.56, "%", code=ANY, **_OPEN),
    _ttpv("là 6,8 phút", "6,8", 6.8, "phút", code=ANY),
    _ttpv("giảm 1,2 phút", "1,2", -1.2, "phút", CH, code=ANY),
    # I.5 the city's February score (dated 2026-02-28)
    F("đạt 88,46/100", "88,46/100", 88.46, "điểm", max_value=100, as_of=_FEB_2026, code=_TONG),
    F("xếp thứ 5/34", "5/34", 5, "hạng", R, max_value=34, as_of=_FEB_2026, code=_HANG),
    F("đạt 8,12/10", "8,12/10", 8.12, "điểm", max_value=10, as_of=_FEB_2026, code=_G_TT),
    # II.–III. counts repeated, the branches' target for quý I
    F("Còn 50 hồ sơ", "50", 50, "hồ sơ", C, code=ANY, **_OPEN),
    F("tại 14 chi nhánh", "14", 14, "chi nhánh", C, code=None, **_OPEN),
    F("dứt điểm 38 hồ sơ", "38", 38, "hồ sơ", C, code=ANY, **_OPEN),
    F("tối thiểu 75%", "75%", 75, "%", T, as_of=_Q1_2026, code=_TT, **_IN_XA),
    F("của 14 chi nhánh", "14", 14, "chi nhánh", C, code=None, **_OPEN),
]

# ------------------------------------------------------------ 609: Ban Chỉ đạo CĐS và Đề án 06 TP.HCM, quý I/2026
_CATP = {"subject": "Công an thành phố", "level": "tỉnh"}
_STP = {"subject": "Sở Tư pháp", "level": "tỉnh"}


def _area_609(name: str, raws: str, after: str, subject: object, level: object) -> list[Fact]:
    """One Markdown row of Bảng 1 (no STT): accounts, activation, online, payment, digitisation shares."""
    accounts, active, online, paid, digital = raws.split()
    line = f"| {name} | {accounts} | {active} | {online} | {paid} | {digital} |"
    return _cells(line, " | ", after, subject, level, [
        (accounts, "tài khoản", P, _TK, "period", None), (active, "%", P, _TK, "period", None),
        (online, "%", P, _NOP, "period", None), (paid, "%", P, _TT, "period", None),
        (digital, "%", P, _SH, "period", None)])


_AREAS_609 = [
    ("Khu vực Thành phố Hồ Chí Minh cũ", "7.186.420 84,62 82,46 74,12 86,34"),
    ("Khu vực tỉnh Bình Dương cũ", "2.104.318 80,15 76,18 68,45 82,16"),
    ("Khu vực tỉnh Bà Rịa - Vũng Tàu cũ", "942.615 78,34 71,35 63,27 79,42"),
]


def _table_609() -> list[Fact]:
    """Bảng 1 in order; each row's context runs into the next row's name; "Toàn thành phố" is the city."""
    facts = []
    for i, (name, raws) in enumerate(_AREAS_609):
        after = f"| {_AREAS_609[i + 1][0]}" if i + 1 < len(_AREAS_609) else "| Toàn thành phố"
        facts += _area_609(name, raws, after, ANY, ANY)
    facts += _area_609("Toàn thành phố", "10.233.353 83,05 79,84 71,58 84,72", "\n3. Kết quả Bộ chỉ số 766", None,
                       None)
    return facts


def _group_609(context: str, raw: str, top: float, code: str) -> Fact:
    """One group score after "lần lượt là" (the city's, with its maximum)."""
    return F(context, raw, _num(raw.split("/")[0]), "điểm", max_value=top, code=code)


BLIND_609 = [
    # I. direction (06/QĐ-TTg, 52/KH-BCĐ cited)
    F("ban hành 08 văn bản", "08", 8, "văn bản", C, code=None, **_IN_TINH),
    F("lập 03 đoàn", "03", 3, "đoàn", C, code=None, **_IN_TINH),
    F("tại 24 xã", "24", 24, "xã", C, code=None, **_IN_XA),
    F("168/168 xã", "168/168", 168, "xã", C, max_value=168, code=None, **_IN_XA),
    F("trì 3.286 tổ", "3.286", 3286, "tổ", C, code=None),
    F("với 21.504 thành viên", "21.504", 21504, "thành viên", C, code=ANY),
    F("trí 126,8 tỷ đồng", "126,8", 126.8, "tỷ đồng", subject="UBND thành phố", level="tỉnh", code=ANY),
    F("ngân 18,42 tỷ đồng", "18,42", 18.42, "tỷ đồng", code=ANY, **_OPEN),
    F("đạt 14,53%", "14,53%", 14.53, "%", code=ANY, **_OPEN),
    # II.1 online services (quý IV dated 2025-12-31, the 2026 target at the year's end)
    F("cung cấp 2.084 TTHC", "2.084", 2084, "TTHC", C, code=_TTHC),
    F("đó 1.346 TTHC", "1.346", 1346, "TTHC", C, code=_TOAN),
    F("(chiếm 64,59%)", "64,59%", 64.59, "%", code=_TOAN),
    F("tiếp nhận 3.846.215", "3.846.215", 3846215, "hồ sơ", C, code=_TN),
    F("trực tuyến 3.070.818", "3.070.818", 3070818, "hồ sơ", C, code=_NOP),
    F("đạt 79,84%", "79,84%", 79.84, "%", code=_NOP, target=85, stated_status="chưa đạt"),
    F("(quý IV năm 2025: 76,42%)", "76,42%", 76.42, "%", PR, as_of=_Y2025, code=_NOP),
    F("tăng 3,42%", "3,42%", 3.42, "%", CH, code=_NOP),
    F("năm 2026 là 85%", "85%", 85, "%", T, as_of=_Y2026, code=_NOP),
    F("giải quyết 3.762.518", "3.762.518", 3762518, "hồ sơ", C, code=ANY),
    F("quá hạn 18.426", "18.426", 18426, "hồ sơ", C, code=_QH),
    F("chiếm 0,49%", "0,49%", 0.49, "%", code=_QH),
    F("đạt 71,58%", "71,58%", 71.58, "%", code=_TT),
    F("tiền 1.286,4 tỷ đồng", "1.286,4", 1286.4, "tỷ đồng", code=ANY),
    F("đạt 84,72%", "84,72%", 84.72, "%", code=_SH),
    # II.2 Đề án 06 ("từ đủ 14 tuổi" no figure)
    F("có 10.233.353 tài khoản", "10.233.353", 10233353, "tài khoản", C, code=_TK),
    F("đạt 83,05%", "83,05%", 83.05, "%", code=_TK),
    F("tăng 286.412 tài khoản", "286.412", 286412, "tài khoản", CH, code=ANY),
    F("25/25 dịch vụ", "25/25", 25, "dịch vụ", C, max_value=25, code=ANY),
    F("nộp 612.408 hồ sơ", "612.408", 612408, "hồ sơ", C, code=ANY),
    F("đó 498.264 hồ sơ", "498.264", 498264, "hồ sơ", C, code=ANY),
    F("đạt 81,36%", "81,36%", 81.36, "%", code=ANY),
    F("cấp 186.420 thẻ", "186.420", 186420, "thẻ", C, code=ANY, **_CATP),
    F("sạch 342.618 trường hợp", "342.618", 342618, "trường hợp", C, code=ANY, **_CATP),
    F("hóa 1.624.830 dữ liệu", "1.624.830", 1624830, "dữ liệu", C, code=ANY, **_STP),
    F("đạt 92,18%", "92,18%", 92.18, "%", code=ANY, **_STP),
    # Bảng 1 (Markdown, by former area)
    *_table_609(),
    # II.3 the 766 index (tháng 12/2025 dated 2025-12-31)
    F("đạt 87,28/100", "87,28/100", 87.28, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 6/34", "6/34", 6, "hạng", R, max_value=34, code=_HANG),
    F("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    F("(xếp thứ 8/34)", "8/34", 8, "hạng", PR, max_value=34, as_of=_Y2025, code=_HANG),
    _group_609("minh bạch 17,46/18", "17,46/18", 18, "766.cong_khai"),
    _group_609("giải quyết 19,12/20", "19,12/20", 20, "766.tien_do"),
    _group_609("trực tuyến 10,84/12", "10,84/12", 12, "766.dvctt"),
    _group_609("trực tuyến 7,96/10", "7,96/10", 10, _G_TT),
    _group_609("hồ sơ 16,78/22", "16,78/22", 22, _G_SH),
    _group_609("hài lòng 15,12/18", "15,12/18", 18, "766.hai_long"),
    F("đạt 89,14 điểm", "89,14", 89.14, "điểm", code=_TONG, **_IN_TINH),
    F("đạt 80,52 điểm", "80,52", 80.52, "điểm", code=_TONG, **_IN_XA),
    F("có 112/168", "112/168", 112, "xã", C, max_value=168, code=None, **_IN_XA),
    # III. a former area's gap; IV. the tasks' targets (phone number no figure)
    F("thành phố 8,31 điểm", "8,31", -8.31, "%", CH, code=_TT, **_OPEN),
    F("tối thiểu 70%", "70%", 70, "%", T, as_of=_Q2_2026, code=_TT, **_IN_XA),
    F("cho 100% người", "100%", 100, "%", T, as_of=_Y2026, code=ANY, **_OPEN),
]

BLIND = {"605": BLIND_605, "606": BLIND_606, "607": BLIND_607, "608": BLIND_608, "609": BLIND_609}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "605": [
        ("2025-11-20", "day", "20/11/2025", "giải quyết dứt điểm 214 hồ sơ quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2025-12-31", "month", "tháng 12/2025", "phương án trang bị máy quét", "Sở Khoa học và Công nghệ"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "thanh toán trực tuyến", "UBND các xã, phường"),
        ("2025-11-30", "day", "ngày ba mươi tháng 11 năm 2025", "kích hoạt tài khoản định danh điện tử lưu động",
         "Công an tỉnh"),
        ("2026-12-31", "year", "năm 2026", "tích hợp 100% TTHC", "Các sở, ban, ngành"),
        # issued 05/11/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/12/2025
        ("2025-12-03", "recurring", "03 hằng tháng", "báo cáo Chủ tịch UBND tỉnh", "Văn phòng UBND tỉnh"),
    ],
    "606": [
        ("2025-05-31", "day", "31/5/2025", "giải quyết dứt điểm hồ sơ quá hạn", "Các cơ quan, đơn vị có tên nêu trên"),
        ("2025-05-20", "day", "ngày hai mươi tháng 5 năm 2025", "báo cáo nguyên nhân",
         "Thủ trưởng các cơ quan, đơn vị có tên nêu trên"),
        ("2025-06-30", "month", "tháng 6/2025", "hồ sơ đất đai quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2025-06-30", "quarter", "quý II năm 2025", "thanh toán trực tuyến", "UBND các huyện, thành phố"),
        ("2025-12-31", "year", "năm 2025", "mã QR", "Sở Tài chính"),
        # issued 12/5/2025: the first "ngày 08 hằng tháng" is 08/6/2025
        ("2025-06-08", "recurring", "08 hằng tháng", "danh sách cơ quan, đơn vị có hồ sơ quá hạn",
         "Văn phòng UBND tỉnh"),
    ],
    "607": [
        # the Phụ lục rows: expression the "Thời gian hoàn thành" cell, assignee the "Cơ quan chủ trì" cell
        ("2026-03-31", "month", "Tháng 3/2026", "công bố danh mục TTHC", "Văn phòng UBND tỉnh"),
        ("2026-06-30", "quarter", "Quý II/2026", "Tái cấu trúc quy trình", "Các sở, ban, ngành"),
        ("2026-06-30", "day", "30/6/2026", "Nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh",
         "Sở Khoa học và Công nghệ"),
        ("2026-09-30", "quarter", "Quý III/2026", "204 máy quét", "Sở Tài chính"),
        ("2026-11-15", "day", "15/11/2026", "Số hóa hồ sơ, kết quả giải quyết TTHC còn hiệu lực",
         "Sở Nông nghiệp và Môi trường"),
        ("2026-09-30", "month", "Tháng 9/2026", "thanh toán trực tuyến phí, lệ phí", "UBND các xã, phường"),
        ("2026-05-31", "month", "Tháng 5/2026", "Tập huấn kỹ năng", "Sở Nội vụ"),
        ("2026-12-31", "year", "Năm 2026", "tổ công nghệ số cộng đồng", "Sở Khoa học và Công nghệ"),
        ("2026-12-31", "day", "31/12/2026", "Đánh giá, xếp loại kết quả thực hiện Bộ chỉ số 766",
         "Văn phòng UBND tỉnh"),
        # V. Tổ chức thực hiện
        ("2026-02-10", "day", "10/02/2026", "xây dựng kế hoạch thực hiện", "Các sở, ban, ngành, UBND các xã, phường"),
        # issued 20/01/2026: the first "ngày 22 hằng tháng" is 22/01/2026
        ("2026-01-22", "recurring", "22 hằng tháng", "tổng hợp kết quả các nhiệm vụ", "Văn phòng UBND tỉnh"),
        ("2026-12-15", "day", "ngày mười lăm tháng 12 năm 2026", "đánh giá kết quả thực hiện Kế hoạch", "Sở Nội vụ"),
    ],
    "608": [
        ("2026-03-18", "day", "18/3/2026", "xử lý dứt điểm 38 hồ sơ quá hạn", "Phòng Giám sát, đánh giá"),
        ("2026-03-20", "day", "ngày hai mươi tháng 3 năm 2026", "rà soát hồ sơ đất đai quá hạn",
         "Chi nhánh phường Hoàng Mai"),
        ("2026-03-31", "quarter", "quý I năm 2026", "thanh toán trực tuyến", "Các chi nhánh xã, phường"),
        ("2026-04-30", "month", "tháng 4/2026", "hệ thống xếp hàng tự động", "Phòng Công nghệ thông tin"),
        # issued Friday 13/3/2026: the first "thứ Hai hằng tuần" is Monday 16/3/2026
        ("2026-03-16", "recurring", "thứ Hai hằng tuần", "gửi số liệu tuần", "Các phòng, chi nhánh"),
    ],
    "609": [
        ("2026-04-30", "day", "30/4/2026", "làm sạch dữ liệu dân cư", "Công an thành phố"),
        ("2026-05-15", "day", "ngày mười lăm tháng 5 năm 2026", "Kho dữ liệu dùng chung", "Sở Khoa học và Công nghệ"),
        ("2026-06-30", "quarter", "quý II năm 2026", "thanh toán trực tuyến",
         "UBND các xã, phường, đặc khu thuộc khu vực tỉnh Bà Rịa - Vũng Tàu cũ"),
        ("2026-06-30", "month", "tháng 6/2026", "đường truyền dự phòng", "Sở Tài chính"),
        ("2026-12-31", "year", "năm 2026", "sổ sức khỏe điện tử", "Sở Y tế"),
        # issued 08/4/2026: the first "ngày 20 hằng tháng" is 20/4/2026
        ("2026-04-20", "recurring", "20 hằng tháng", "gửi báo cáo kết quả", "Các cơ quan thành viên Ban Chỉ đạo"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 605 is the Biên bản of a
# meeting drawn up by the Văn phòng UBND tỉnh Sơn La, signed last by the chair; 606 a Công văn đôn đốc of UBND tỉnh
# Bình Dương whose period is the one its figures state; 607 a Kế hoạch whose period is the plan's year; 608 a weekly
# Báo cáo nhanh of the Trung tâm Phục vụ hành chính công thành phố Hà Nội for a week written from day to day; 609 a
# report of the Ban Chỉ đạo chuyển đổi số và Đề án 06 under "UBND THÀNH PHỐ HỒ CHÍ MINH".
META = {
    "605": {"doc_number": "38/BB-VPUBND", "doc_type": "Biên bản", "issued_date": "2025-11-05",
            "province": "Sơn La", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Lê Hồng Minh"},
    "606": {"doc_number": "2318/UBND-KSTT", "doc_type": "Công văn", "issued_date": "2025-05-12",
            "province": "Bình Dương", "period_label": "4 tháng đầu năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-04-30", "signer": "Trần Quốc Bảo"},
    "607": {"doc_number": "28/KH-UBND", "doc_type": "Kế hoạch", "issued_date": "2026-01-20",
            "province": "Đắk Lắk", "period_label": "năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-12-31", "signer": "Võ Văn Thành"},
    "608": {"doc_number": "126/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2026-03-13",
            "province": "Hà Nội", "period_label": "tuần từ ngày 09/3/2026 đến ngày 13/3/2026",
            "period_start": "2026-03-09", "period_end": "2026-03-13", "signer": "Nguyễn Thanh Tùng"},
    "609": {"doc_number": "46/BC-BCĐ", "doc_type": "Báo cáo", "issued_date": "2026-04-08",
            "province": "Hồ Chí Minh", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Lê Minh Khoa"},
}
