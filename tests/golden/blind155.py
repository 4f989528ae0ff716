"""Blind golden facts for corpus/blind155/850_phu_tho.txt, 851_hue.txt, 852_lang_son.txt, 853_dong_nai.txt and
854_cao_bang.txt.

The five documents were written by the developers for a hundred-and-fifty-fifth blind measurement (YEAR-END REVIEWS OF
ADMINISTRATIVE REFORM WITH MANY COMPARISONS: a merged province's "Báo cáo tổng kết công tác cải cách hành chính năm
2025" against 2024 and 2023 of the three former provinces added together, the national average, the HĐND's target, the
former provinces' PAR Index and SIPAS ranks among the 63, the 766 result among the 34 and a Markdown table of the six
groups against the national average; a centrally-run city's public-service centre's year with a tab-separated table
by agency whose columns set 2024 beside 2025; an unchanged province's year with a Markdown table over three years
2023-2025 (ranks among the 63, then among the 34); a new ward's year-end review against the former wards; a Văn phòng
UBND tỉnh's Thông báo of the 766 result against 2024, 2023 and the national average with numbered targets for 2026;
provinces Phú Thọ (merged with Vĩnh Phúc and Hòa Bình), Huế and Lạng Sơn and Cao Bằng (unchanged by the 1 July 2025
merger), Đồng Nai (merged with Bình Phước); every period năm 2025; not real documents), and every row below was written
by reading them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind152.py, blind151.py, blind150.py, blind149.py, blind137.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose and list counts are kind `count`; table cells are kind `value` even when they count (rank cells kind
`rank`), with `extra={"source": "table"}`; `as_of="period"` is the period's end; a previous year in brackets or set
against ("so với năm 2024 (…)", "(năm 2023: …)", "năm 2024 và năm 2023 tỷ lệ này lần lượt là …") is kind previous
dated at its end (a previous 766 total with the maximum 100 of the current one, a previous group score with the
group's maximum, a previous rank with the maximum written: 63 before the merger, 34 after); a change is dated with the
figure it changes and a fall ("giảm", "rút ngắn", "thấp hơn") is negative; a change in "điểm phần trăm" is kind change
in `%` with the number alone as raw; a change of a 766 score or rank carries the score's or rank's code, of a count or
share none (code unchecked). A column dated before the period end keeps kind `value` (rank `rank`) with that date as
`as_of` (the fixed rule). `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where
it clearly names none: counts of tasks, documents, bodies, communes, counters, staff, plans). Counts of local units
take the unit of their first unit word ("30 xã, phường", "41/65 xã, phường" → `xã`); counts of "cơ quan", "đơn vị",
"sở, ban, ngành" → `đơn vị` at the level of the bodies counted; "148 đơn vị hành chính cấp xã (133 xã, 15 phường)" →
`cấp xã` (unit `đơn vị`, level xã) and its parts. Things counted take the noun as written (`nhiệm vụ`, `văn bản`,
`TTHC`, `dịch vụ`, `người`, `quầy`, `công chức`, `khu phố`, `kế hoạch`, `lượt`, `thư xin lỗi`, `bản`, `PAKN`); money
keeps the unit written (`tỷ đồng`); a multiple in digits "gấp 2,1 lần" is kind value in `lần` (as golden/blind86.py).
A national average ("bình quân cả nước (58,62%)", "(82,36 điểm)") has subject, level and code unchecked (as
golden/blind136.py's 757; a score on the compared score's scale keeps its maximum 100, as golden/blind52.py), the gap to
it ("cao hơn … là 6,52 điểm phần trăm", "thấp hơn … là 1,00 điểm") a change of the province, code unchecked. The
former provinces' PAR Index and SIPAS of 2024 stated alone are kind value / rank dated 2024-12-31, `par_index` /
`sipas`, subject and level unchecked (as golden/blind137.py); the former units added together ("số liệu cộng gộp của
ba tỉnh", "cộng gộp các phường cũ") are kind previous with the code of the figure they are set against, subject
unchecked, level unchecked for provinces and xã for wards. Targets for 2026 ("(1) … đạt từ 75% trở lên;", "- Tỷ lệ
hồ sơ nộp trực tuyến: tối thiểu 70%;", "1. Điểm Bộ chỉ số 766 của tỉnh đạt từ 85 điểm trở lên") are kind target dated
2026-12-31 with the row's code (a 766 score without maximum, a rank "xếp từ thứ 10/34 trở lên" in `hạng` with max 34,
as golden/blind137.py's 763); task targets and quantities are kind target dated at their task's deadline.

Dates, document numbers and cited texts ("Số: 24/BC-UBND", "Công văn số 7126/BNV-CCHC", "Nghị định số 178/2024/NĐ-CP",
"Số: 18/BC-TTPVHCC", "Quyết định số 2468/QĐ-UBND", "Kế hoạch số 212/KH-UBND", "Nghị quyết số 18/NQ-HĐND", "Công văn số
5218/SNV-CCHC", "Quyết định số 766/QĐ-TTg", "Số: 46/TB-VPUBND"), stated windows and data dates ("từ ngày 01/01/2025 đến
ngày 31/12/2025", "Từ ngày 01/7/2025", "đến ngày 31/12/2025", "6 tháng đầu năm" naming a window), years and months
naming a result, a column or a bracket ("năm 2024", "Năm 2023", "tháng 12/2025", "tháng 7/2025", "giai đoạn 2023 -
2025"), "Bộ chỉ số 766", "từ đủ 14 tuổi", "mức 2", "Bảng 1.", the maxima inside row labels ("(tối đa 18 điểm)" … "(tối
đa 100 điểm)": carried by the score cells, as golden/blind117.py's 661), the "-" cell, section and item numbering ("I.",
"1.", "a)", "(1)"), STT cells, addresses ("số 268 đường Trần Phú", "số 01 đường Lê Lai", "số 02 đường Hoàng Văn Thụ",
"số 15 đường 30 tháng 4"), phone numbers ("0210.3846.172", "0234.3822.615", "0205.3812.468", "0251.3822.416",
"0206.3852.146"), headings naming the next period ("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026", "III. NHIỆM VỤ NĂM 2026",
"II. CHỈ TIÊU NĂM 2026", "1. Chỉ tiêu năm 2026": no deadlines), numbers in words ("ba tỉnh", "ba tỉnh cũ", "ba hệ
thống", "sáu nhóm", the days of "ngày ba mươi tháng 6", "ngày mười lăm tháng 4", "ngày ba mươi mốt tháng 5", "ngày hai
mươi lăm tháng 02", "ngày ba mươi mốt tháng 3") and years are not figures.

New in this set (the decisions are written here):
- A YEAR AGAINST TWO EARLIER YEARS IN ONE SENTENCE (850 "tăng 6,42% so với năm 2024 (1.526.346 hồ sơ) và tăng 14,86%
  so với năm 2023 (1.414.212 hồ sơ)"; 851 "tăng 18.634 hồ sơ (tương ứng tăng 6,96%) so với năm 2024 (267.778 hồ sơ)
  và tăng 41.206 hồ sơ so với năm 2023 (245.206 hồ sơ)"; 854 "so với năm 2024 (74,82 điểm, xếp thứ 47/63) tăng 6,54
  điểm; so với năm 2023 (69,18 điểm, xếp thứ 56/63) tăng 12,18 điểm"): each bracket kind previous dated at the end of
  its own year, each change the current figure's (dated at the period end). Two earlier years after "lần lượt là"
  (850 "năm 2024 và năm 2023 tỷ lệ này lần lượt là 54,12% và 32,64%") and in one bracket (851 "(năm 2024: 72,36%; năm
  2023: 61,08%)", 852, 853, 854) the same.
- A GROUP TABLE AGAINST THE NATIONAL AVERAGE (850, Markdown "| STT | Nhóm chỉ số | Điểm của tỉnh | Bình quân cả nước |
  Chênh lệch |" with "(tối đa 18 điểm)" in the labels): the province's cell the group's score with the row's maximum
  and the group's code (subject NULL); the national cell on the same row's scale (decided: it carries the row's
  maximum too, every score of a row being on that row's scale), subject, level and code unchecked; the signed "Chênh
  lệch" cell kind change without maximum ("+0,38" read without its plus sign, "-0,24" a fall) with the group's code
  (the province's score set against another subject, as golden/blind100.py reads a gap to the national average as a
  change); "Tổng điểm (tối đa 100 điểm)" with an empty STT the total's.
- A TABLE OVER THREE YEARS (852, Markdown "| STT | Chỉ số | Đơn vị tính | Năm 2023 | Năm 2024 | Năm 2025 |"): cells
  in the "Đơn vị tính" cell's unit with the row's code, "Năm 2023" dated 2023-12-31 and "Năm 2024" 2024-12-31 (kind
  value: the fixed rule), "Năm 2025" at the period end; THE RANK ROW "52/63 | 41/63 | 17/34" (unit cell "hạng") kind
  rank with the maximum each cell writes (63 before the merger, 34 after), `766.xep_hang`; the score row no maximum
  (none written); the PAR Index row `par_index` with its "-" (not yet published) no figure. The province is unchanged by
  the merger, so its earlier years are its own (subject NULL).
- A TAB-SEPARATED TABLE SETTING 2024 BESIDE 2025 BY AGENCY (851, "STT | Cơ quan | Năm 2024 (hồ sơ) | Năm 2025 (hồ
  sơ) | Tăng, giảm (%) | Trực tuyến (%) | Đúng hạn (%)"): the 2024 column the received files dated 2024-12-31 (kind
  value), the 2025 column the received code at the period end, the relative change kind change in `%` (code
  unchecked, "-4,74" a fall), online and on-time shares their codes; rows as written at level tỉnh ("Công an thành
  phố", "Bảo hiểm xã hội thành phố", the Sở), "Các cơ quan còn lại" subject unchecked (level tỉnh), "Tổng cộng" (empty
  STT) the Centre, `Trung tâm Phục vụ hành chính công thành phố`.
- RANKS AMONG THE 63 AND AMONG THE 34 SIDE BY SIDE (851 "xếp thứ 6/34 … (năm 2024: 84,12 điểm, xếp thứ 9/63)", 852,
  854): the earlier rank is kind previous with its own maximum 63; no change of rank is stated across the two scales
  (none is computed here).
- A TARGET OVERSHOT (851 "chiếm 80,95% …, vượt 10,95 điểm phần trăm so với chỉ tiêu UBND thành phố giao năm 2025
  (70%)"): the share carries the target 70 (status unchecked: "vượt" is not the word "đạt"), the overshoot a change in
  `%`, code unchecked; the bracket "(70%)" kind target at the period end.
- THE PAR INDEX OF THE YEAR BEFORE IN AN ANNUAL REPORT (852 "Chỉ số CCHC năm 2024 của tỉnh đạt 85,92%, xếp thứ 33/63,
  tăng 1,76 điểm phần trăm và tăng 5 bậc so với năm 2023 (84,16%, xếp thứ 38/63)"): the latest published index kind
  value / rank dated 2024-12-31 (as golden/blind151.py reads the ministry's SIPAS of 2024), its changes dated with it
  (2024-12-31, codes unchecked), the bracket previous dated 2023-12-31; "Chỉ số SIPAS năm 2024 đạt 81,46%, thấp hơn
  bình quân cả nước (82,72%) là 1,26 điểm phần trăm" `sipas` dated 2024-12-31, the national value and the gap dated
  2024-12-31 too.
- A WARD'S YEAR MADE OF THE FORMER WARDS' FIRST HALF (853 "số liệu cả năm, gồm số liệu 6 tháng đầu năm của các phường
  … cũ"): the year's figures are the ward's own (`UBND phường Trấn Biên`, level xã, as golden/blind137.py reads a
  province's year made of the former provinces' first half), 2024 and 2023 the former wards' (subject unchecked,
  level xã); "cao hơn bình quân cấp xã toàn tỉnh (68,92%) là 16,52 điểm phần trăm" the communes' average (subject and
  code unchecked, level xã) and the ward's gap; the ward's 766 score and rank carry `766.tong_hop` / `766.xep_hang`
  (as golden/blind152.py's 838), its self-assessed PAR score `89,36/100` code unchecked.

Per document:
- 850 is the Báo cáo 24/BC-UBND of UBND tỉnh Phú Thọ (header "ỦY BAN NHÂN DÂN / TỈNH PHÚ THỌ", signed "TM. ỦY BAN
  NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Bộ Nội vụ, năm 2025, issued 13/01/2026. Tasks "64 nhiệm vụ … 61/64
  …, đạt 95,31% (năm 2024: 93,75%); 03 nhiệm vụ", inspections "42 cơ quan, đơn vị (12 sở, ban, ngành và 30 xã,
  phường), tăng 8 cơ quan, đơn vị" (the whole subject and level unchecked, the parts level tỉnh / xã), documents, TTHC
  by level, "58 TTHC, đạt 116% kế hoạch (kế hoạch 50 TTHC)" (the plan's quantity kind target at the period end), files
  (above), online "65,14%, tăng 9,86 điểm phần trăm so với năm 2024 (55,28%), cao hơn bình quân cả nước (58,62%) là
  6,52 điểm phần trăm", settled and overdue "(năm 2024: 1,46%), giảm 0,57 điểm phần trăm", payment "76,48%, … chỉ
  tiêu Nghị quyết HĐND tỉnh giao năm 2025 là 80% thì chưa đạt chỉ tiêu" and the two earlier years, digitisation, reuse
  "thấp hơn bình quân cả nước (49,30%) là 3,12 điểm phần trăm", the communes "148 … (133 xã, 15 phường)", "19 cơ quan
  chuyên môn" (level tỉnh), "2.146 người", "96,84% kế hoạch vốn", signed shares by level after "lần lượt là" (`cấp
  tỉnh`, `cấp xã`), the level-2 share, the former provinces' PAR Index and SIPAS (above), the 766 `85,74/100`, `11/34`,
  the national "(82,36 điểm)" and the gap "3,38 điểm", "tăng 4,26 điểm và tăng 6 bậc so với tháng 7/2025 (81,48 điểm,
  xếp thứ 17/34)" (previous 2025-07-31), Bảng 1 (above), five targets "(1)"–"(5)" (above). Task 2's "tối thiểu 40
  TTHC" (subject and level unchecked, 2026-06-30), task 3's "của cấp xã đạt tối thiểu 80%" (`cấp xã`, 2026-09-30).
  Six deadlines in numbered items: day, "chậm nhất ngày ba mươi tháng 6 năm 2026", quarter, month, year, "trước ngày
  15 hằng tháng" (issued 13/01/2026: first 15/01/2026).
- 851 is the Báo cáo 18/BC-TTPVHCC of the Trung tâm Phục vụ hành chính công thành phố Huế (header "UBND THÀNH PHỐ HUẾ /
  TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", signed "GIÁM ĐỐC") to UBND thành phố, năm 2025, issued 09/01/2026. The Centre's
  own figures (`Trung tâm Phục vụ hành chính công thành phố`, level tỉnh, as golden/blind137.py's 764): "64 quầy …
  19 sở, ban, ngành và 06 cơ quan ngành dọc (level tỉnh, subject unchecked), với 88 công chức", "1.086 TTHC", files
  against 2024 and 2023 (above), online (above), channels, settled, on time, overdue "(năm 2024: 0,58%)", "3,2
  ngày/hồ sơ, rút ngắn 0,9 ngày", Bảng 1 (above), payment "88,64%, tăng 12,18 điểm phần trăm so với năm 2024 (76,46%)
  và gấp 2,1 lần năm 2023 (42,18%)", "46,82 tỷ đồng", digitisation, e-results, reuse "62,48%, so với kế hoạch năm 2025
  (60%) thì đã đạt", ratings "214.618 lượt … 213.402 lượt, đạt 99,43% (năm 2024: 98,86%)" (codes unchecked, as 764's
  kiosk ratings), PAKN "58 … 58/58 PAKN, đạt 100%", the agencies' "832 thư xin lỗi" (subject unchecked, level tỉnh);
  the city's (NULL) `87,46/100`, `6/34`, "(năm 2024: 84,12 điểm, xếp thứ 9/63)", `17,46/18` (`766.hai_long`). Task 1's
  "04 quầy" (subject unchecked, level tỉnh, 2026-02-28), task 2's "dưới 0,5%" the named Sở's (overdue code,
  2026-06-30), task 5's "tối thiểu 85%" the Centre's (2026-12-31). Six deadlines in numbered items: day, quarter in a
  request "Đề nghị Sở Nông nghiệp và Môi trường …", "chậm nhất ngày mười lăm tháng 4 năm 2026", month, year (assignee
  "Trung tâm", as the item names it), "trước ngày 05 hằng tháng" (issued 09/01/2026, after the 5th: first 05/02/2026).
- 852 is the Báo cáo 16/BC-UBND of UBND tỉnh Lạng Sơn (header "ỦY BAN NHÂN DÂN / TỈNH LẠNG SƠN", signed "TM. ỦY BAN
  NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Bộ Nội vụ and the Văn phòng Chính phủ, năm 2025, issued 15/01/2026.
  "58/60 nhiệm vụ …, đạt 96,67% kế hoạch (năm 2024: 52/56 nhiệm vụ; năm 2023: 48/55 nhiệm vụ)" (previous counts with
  their maxima, code None), "65 đơn vị hành chính cấp xã (61 xã, 04 phường) và 18 cơ quan chuyên môn", Bảng 1 (above)
  and the changes over two years after it ("tăng 34,84 điểm phần trăm", "tăng 16,20 điểm" the 766 total's), "1.712
  TTHC; … 1.046 dịch vụ công trực tuyến toàn trình, chiếm 61,10%" (codes unchecked), files with two earlier years in
  one bracket and the parts by level (`cấp tỉnh`, `cấp xã`, codes unchecked), online "325.555 hồ sơ, chiếm 63,48%"
  against "chỉ tiêu năm 2025 là 60% thì đạt chỉ tiêu" and the national "(58,62%)", "41/65 xã, phường … từ 60% trở lên"
  (the threshold kind target, level xã) and two communes in brackets (online code), on time, overdue "giảm 1.026 hồ sơ
  so với năm 2024 (6.408 hồ sơ)", payment against the HĐND's "80%" ("chưa đạt"), the 766 `84,62/100`, `17/34` "(năm
  2024: xếp thứ 41/63; năm 2023: xếp thứ 52/63)", six groups "Công khai, minh bạch 16,92/18 điểm; …", block averages
  and the gap "thấp hơn khối sở, ban, ngành 9,28 điểm" (level xã, negative), grades (`đơn vị`, "14/18 cơ quan chuyên
  môn" level tỉnh), the PAR Index and SIPAS (above), PAKN "286 PAKN (năm 2024: 342 PAKN), giảm 56 PAKN; … 279 PAKN,
  đạt 97,55%", the 2026 targets in a dash list (above; "100% xã, phường … từ 80% trở lên" both targets of the
  communes, level xã, code unchecked). Task 3's "tối thiểu 55%" of the two named communes (subject unchecked, level xã,
  2026-05-31). Six deadlines in items "(1)"–"(6)": day, quarter, "chậm nhất ngày ba mươi mốt tháng 5 năm 2026" for two
  named communes, month, year in a request "Đề nghị Bưu điện tỉnh Lạng Sơn …", "trước ngày 20 hằng tháng" (issued
  15/01/2026: first 20/01/2026).
- 853 is the Báo cáo 07/BC-UBND of UBND phường Trấn Biên (tỉnh Đồng Nai; header "UBND TỈNH ĐỒNG NAI / ỦY BAN NHÂN DÂN /
  PHƯỜNG TRẤN BIÊN", signed "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH") to UBND tỉnh through the Sở Nội vụ, năm 2025, issued
  08/01/2026. The ward's "dân số 168.412 người với 84 khu phố" (as golden/blind152.py's 838), the centre's "18 quầy
  với 24 công chức" (by its kind: subject unchecked, level xã), "12 kế hoạch và 26 văn bản …; … 38/40 nhiệm vụ, đạt
  95,00%", "386 TTHC … 248 TTHC …, chiếm 64,25%", files against the former wards (above), online "36.412 hồ sơ, chiếm
  85,44% (năm 2024: 71,26%; năm 2023: 52,48%)" against "chỉ tiêu UBND tỉnh giao cho cấp xã năm 2025 là 70%" (the
  communes' target: subject unchecked, level xã; the ward's share "đạt"), the communes' average and the gap (above), a
  DASH LIST BY FIELD "- Hộ tịch: 12.418 hồ sơ, trực tuyến 11.846 hồ sơ (95,39%);" (subject unchecked, level xã, codes
  unchecked), settled "trước hạn 38.214 …, đúng hạn 3.506 …, quá hạn 126 hồ sơ (đất đai 98 hồ sơ, xây dựng 28 hồ
  sơ)" (the fields' overdue code), "99,70%", "772 hồ sơ", "126 thư xin lỗi, đạt 100%", payment "82,46%, tăng 21,18
  điểm phần trăm so với năm 2024 (61,28%)", digitisation, reuse, "14.826 bản", PAKN "46 … 45 … 97,83%; còn 01 PAKN",
  the ward's 766 `88,92/100`, `3/95`, "tăng 2,46 điểm và tăng 5 bậc so với tháng 7/2025 (86,46 điểm, xếp thứ 8/95)",
  "80,24 điểm" (the communes' average), the province's `83,18/100`, `20/34` (NULL), the self-assessment, the ward's
  targets "a)"–"c)" (2026-12-31, `hạng` max 95 for "thứ 5/95"). Task 1's "dứt điểm 18 hồ sơ" (subject unchecked, level
  xã, 2026-01-31). Six deadlines in numbered items: day, "chậm nhất ngày hai mươi lăm tháng 02 năm 2026", quarter,
  month, year in a request "Đề nghị Sở Nông nghiệp và Môi trường …", "trước ngày 25 hằng tháng" (issued 08/01/2026:
  first 25/01/2026).
- 854 is the THÔNG BÁO 46/TB-VPUBND of the Văn phòng UBND tỉnh Cao Bằng (header "UBND TỈNH CAO BẰNG / VĂN PHÒNG",
  signed "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG"), năm 2025, issued 16/01/2026. The province (NULL): `81,36/100`,
  `26/34` against 2024 and 2023 (above), "thấp hơn điểm bình quân cả nước (82,36 điểm) là 1,00 điểm", SIX GROUPS
  AFTER "tương ứng là 16,48/18; 19,24/20; … và 14,82/18 điểm" (each with its maximum and code), the payment group's
  "tăng 2,14 điểm so với năm 2024 (4,72 điểm)" and the satisfaction group's "giảm 0,36 điểm so với năm 2024 (15,18
  điểm)" (changes with the group's code, previous with the group's maximum); a dash list of components ("58,42% (năm
  2024: 41,86%), tăng 16,56 điểm phần trăm; chỉ tiêu năm 2025 là 60%, chưa đạt chỉ tiêu", "842/1.126 TTHC, đạt
  74,78%" (codes unchecked), on time against the national "(98,92%)", payment with two earlier years, digitisation,
  reuse, satisfaction `766.hai_long.tthc`, PAKN "318 PAKN, tăng 46 PAKN so với năm 2024 (272 PAKN); … 96,42%"); blocks
  "(17 cơ quan)", "(56 đơn vị)" and their averages, grades in `đơn vị`, the first and last bodies in brackets (as
  written, no maximum), "Còn 18 xã … dưới 40%" (the threshold kind target, level xã, online code); the 2026 targets in
  numbered items (above; "trong đó cấp xã tối thiểu 65%" `cấp xã`). Task 3's "tối thiểu 50%" (subject unchecked, level
  xã, 2026-06-30). Six deadlines in dash items "- Body: task": day, "chậm nhất ngày ba mươi mốt tháng 3 năm 2026",
  quarter, month, year, "trước ngày 22 hằng tháng" (issued 16/01/2026: first 22/01/2026).

Unsure readings (fields left `ANY`, or decided and written here): the maximum of a national-average cell in a group
table (decided: the row's); the subject of the national averages (unchecked); the status of a share that overshoots
its target with "vượt" (unchecked); the date of the latest PAR Index and SIPAS in a year-end report (decided: the
year they measure, 2024-12-31, kind value, not previous); the code of the PAR Index's changes (unchecked); the code of
the PAKN on-time share (unchecked, as golden/blind151.py); whether "Trung tâm" alone is an assignee (decided: as the
item writes it); whether a ward's year made of the former wards' first half is the ward's (decided: yes).
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
_KY = "cds.ky_so"
_PAR = "par_index"
_SIPAS = "sipas"
_PAKN_TN = "pakn.tiep_nhan"
_HL_TTHC = "766.hai_long.tthc"
_GROUP_CODES = ["766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.so_hoa", "766.hai_long"]
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_XA = {"subject": ANY, "level": "xã"}
_CAP_XA = {"subject": "cấp xã", "level": "xã"}
_CAP_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_NULL = {"subject": None, "level": None}
_Y2023 = "2023-12-31"
_Y2024 = "2024-12-31"
_Y2026 = "2026-12-31"
_JUL = "2025-07-31"


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


def _cells(line: str, sep: str, after: str, cells: list[tuple[str, dict]]) -> list[Fact]:
    """The numeric cells of one table row written as `line`, left to right (source table), each with its own fields
    (unit, kind, maximum, subject, level, code, as_of). A cell's context is the separator before it, the rest of its
    row and the start of the next line (`after`). A signed raw ("+0,38") is read with its sign."""
    facts, at = [], 0
    for raw, fields in cells:
        at = _find_cell(line, sep, raw, at)
        value = _num(raw.split("/")[0])
        facts.append(F(line[at:] + "\n" + after, raw, value, extra=TAB, **fields))
        at += len(sep)
    return facts


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


def _by(subject: str | None, level: str | None):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


_prov = _by(None, None)


def _n(make, context: str, raw: str, unit: str, kind: str = P, **kw) -> Fact:
    """A row whose value is the number as written (`1.846` → 1846, `68,42%` → 68.42; of `44/46` the first)."""
    return make(context, raw, _num(raw.split("/")[0]), unit, kind, **kw)


def _groups(contexts: list[tuple[str, str]], make=_prov, **kw) -> list[Fact]:
    """The six group scores `x/max` of a 766 index, each with its maximum and its group's code."""
    facts = []
    for (context, raw), code in zip(contexts, _GROUP_CODES, strict=True):
        got, top = raw.split("/")
        facts.append(make(context, raw, _num(got), "điểm", max_value=_num(top), code=code, **kw))
    return facts


# ------------------------------------------------------------ 850: UBND tỉnh Phú Thọ, tổng kết CCHC năm 2025
# (against 2024 and 2023 of the three former provinces added together; a Markdown group table against the nation)
# (STT, label, max, province, nation, gap)
_GROUPS_850 = [
    ("1", "Công khai, minh bạch (tối đa 18 điểm)", 18, "17,24", "16,86", "+0,38"),
    ("2", "Tiến độ, kết quả giải quyết (tối đa 20 điểm)", 20, "19,62", "19,18", "+0,44"),
    ("3", "Dịch vụ công trực tuyến (tối đa 12 điểm)", 12, "9,46", "8,72", "+0,74"),
    ("4", "Thanh toán trực tuyến (tối đa 10 điểm)", 10, "7,92", "7,14", "+0,78"),
    ("5", "Số hóa hồ sơ (tối đa 22 điểm)", 22, "16,08", "14,80", "+1,28"),
    ("6", "Mức độ hài lòng (tối đa 18 điểm)", 18, "15,42", "15,66", "-0,24"),
    ("", "Tổng điểm (tối đa 100 điểm)", 100, "85,74", "82,36", "+3,38"),
]


def _table_850() -> list[Fact]:
    """Bảng 1: the province's group score (the row's maximum, the group's code, NULL), the national average (the
    row's maximum, subject, level and code unchecked) and the signed gap (kind change, the group's code, NULL)."""
    facts = []
    codes = [*_GROUP_CODES, _TONG]
    for i, (stt, label, top, prov, nation, gap) in enumerate(_GROUPS_850):
        line = _md_line((stt, label, prov, nation, gap))
        after = (f"| {_GROUPS_850[i + 1][0]} | {_GROUPS_850[i + 1][1]}".replace("|  |", "| |")
                 if i + 1 < len(_GROUPS_850) else "\nII. TỒN TẠI")
        facts += _cells(line, " | ", after, [
            (prov, {"unit": "điểm", "kind": P, "max_value": top, "code": codes[i], **_NULL}),
            (nation, {"unit": "điểm", "kind": P, "max_value": top, "code": ANY, **_OPEN}),
            (gap, {"unit": "điểm", "kind": CH, "code": codes[i], **_NULL})])
    return facts


BLIND_850 = [
    # I.1 tasks, inspections
    _n(_prov, "đề ra 64 nhiệm vụ", "64", "nhiệm vụ", C, code=None),
    _prov("hoàn thành 61/64", "61/64", 61, "nhiệm vụ", C, max_value=64, code=None),
    _n(_prov, "đạt 95,31%", "95,31%", "%", code=ANY),
    F("(năm 2024: 93,75%)", "93,75%", 93.75, "%", PR, as_of=_Y2024, code=ANY, **_OPEN),
    _n(_prov, "; 03 nhiệm vụ", "03", "nhiệm vụ", C, code=None),
    F("tại 42 cơ quan", "42", 42, "đơn vị", C, code=None, **_OPEN),
    F("(12 sở", "12", 12, "đơn vị", C, code=None, **_IN_TINH),
    F("và 30 xã", "30", 30, "xã", C, code=None, **_IN_XA),
    F("tăng 8 cơ quan", "8", 8, "đơn vị", CH, code=ANY, **_OPEN),
    # I.2 documents
    _n(_prov, "ban hành 46 văn bản", "46", "văn bản", C, code=None),
    _n(_prov, "rà soát 1.284 văn bản", "1.284", "văn bản", C, code=None),
    _n(_prov, "bãi bỏ 212 văn bản", "212", "văn bản", C, code=None),
    # I.3 procedures, files against 2024 and 2023, online against the nation, settled, payment, digitisation
    _n(_prov, "công bố 1.842 TTHC", "1.842", "TTHC", C, code=ANY),
    F("(cấp tỉnh 1.426 TTHC", "1.426", 1426, "TTHC", C, code=ANY, **_CAP_TINH),
    F("cấp xã 416 TTHC)", "416", 416, "TTHC", C, code=ANY, **_CAP_XA),
    _n(_prov, "đơn giản hóa 58 TTHC", "58", "TTHC", C, code=ANY),
    _n(_prov, "đạt 116% kế hoạch", "116%", "%", code=ANY),
    _n(_prov, "(kế hoạch 50 TTHC)", "50", "TTHC", T, code=ANY),
    _n(_prov, "tiếp nhận 1.624.318 hồ sơ", "1.624.318", "hồ sơ", C, code=_TN),
    _n(_prov, "tăng 6,42%", "6,42%", "%", CH, code=ANY),
    F("(1.526.346 hồ sơ)", "1.526.346", 1526346, "hồ sơ", PR, as_of=_Y2024, code=_TN, **_OPEN),
    _n(_prov, "tăng 14,86%", "14,86%", "%", CH, code=ANY),
    F("(1.414.212 hồ sơ)", "1.414.212", 1414212, "hồ sơ", PR, as_of=_Y2023, code=_TN, **_OPEN),
    _n(_prov, "là 1.058.146 hồ sơ", "1.058.146", "hồ sơ", C, code=_NOP),
    _n(_prov, "chiếm 65,14%", "65,14%", "%", code=_NOP),
    _n(_prov, "tăng 9,86 điểm", "9,86", "%", CH, code=ANY),
    F("(55,28%)", "55,28%", 55.28, "%", PR, as_of=_Y2024, code=_NOP, **_OPEN),
    F("(58,62%)", "58,62%", 58.62, "%", code=ANY, **_OPEN),
    _n(_prov, "là 6,52 điểm", "6,52", "%", CH, code=ANY),
    _n(_prov, "giải quyết 1.598.412 hồ sơ", "1.598.412", "hồ sơ", C, code=ANY),
    _n(_prov, "trước hạn 1.584.236 hồ sơ", "1.584.236", "hồ sơ", C, code=_DH),
    _n(_prov, "đạt 99,11%", "99,11%", "%", code=_DH),
    _n(_prov, "quá hạn 14.176 hồ sơ", "14.176", "hồ sơ", C, code=_QH),
    _n(_prov, "chiếm 0,89%", "0,89%", "%", code=_QH),
    F("(năm 2024: 1,46%)", "1,46%", 1.46, "%", PR, as_of=_Y2024, code=_QH, **_OPEN),
    _prov("giảm 0,57 điểm", "0,57", -0.57, "%", CH, code=ANY),
    _n(_prov, "đạt 76,48%", "76,48%", "%", code=_TT, target=80, stated_status="chưa đạt"),
    _n(_prov, "năm 2025 là 80%", "80%", "%", T, code=_TT),
    F("là 54,12%", "54,12%", 54.12, "%", PR, as_of=_Y2024, code=_TT, **_OPEN),
    F("và 32,64%", "32,64%", 32.64, "%", PR, as_of=_Y2023, code=_TT, **_OPEN),
    _n(_prov, "đạt 90,26%", "90,26%", "%", code=_SH),
    _n(_prov, "đạt 46,18%", "46,18%", "%", code=_TSD),
    F("(49,30%)", "49,30%", 49.3, "%", code=ANY, **_OPEN),
    _prov("là 3,12 điểm", "3,12", -3.12, "%", CH, code=ANY),
    # I.4 communes, agencies, staff; I.5 public investment
    F("có 148 đơn vị", "148", 148, "đơn vị", C, code=None, **_CAP_XA),
    F("(133 xã", "133", 133, "xã", C, code=None, **_IN_XA),
    F("15 phường)", "15", 15, "phường", C, code=None, **_IN_XA),
    F("có 19 cơ quan", "19", 19, "đơn vị", C, code=None, **_IN_TINH),
    _n(_prov, "cho 2.146 người", "2.146", "người", C, code=None),
    _n(_prov, "đạt 96,84% kế hoạch", "96,84%", "%", code=ANY),
    # I.6 signed shares by level, level-2 accounts
    F("lần lượt là 99,62%", "99,62%", 99.62, "%", code=_KY, **_CAP_TINH),
    F("và 96,18%", "96,18%", 96.18, "%", code=_KY, **_CAP_XA),
    _n(_prov, "đạt 89,46%", "89,46%", "%", code=_TK),
    _n(_prov, "tăng 11,28 điểm", "11,28", "%", CH, code=ANY),
    # I.7a the former provinces' PAR Index and SIPAS of 2024 (stated alone)
    F("(cũ) đạt 86,42%", "86,42%", 86.42, "%", as_of=_Y2024, code=_PAR, **_OPEN),
    F("xếp thứ 24/63", "24/63", 24, "hạng", R, max_value=63, as_of=_Y2024, code=_PAR, **_OPEN),
    F("(cũ) đạt 88,16%", "88,16%", 88.16, "%", as_of=_Y2024, code=_PAR, **_OPEN),
    F("xếp thứ 12/63", "12/63", 12, "hạng", R, max_value=63, as_of=_Y2024, code=_PAR, **_OPEN),
    F("(cũ) đạt 83,74%", "83,74%", 83.74, "%", as_of=_Y2024, code=_PAR, **_OPEN),
    F("xếp thứ 46/63", "46/63", 46, "hạng", R, max_value=63, as_of=_Y2024, code=_PAR, **_OPEN),
    F("là 82,64%", "82,64%", 82.64, "%", as_of=_Y2024, code=_SIPAS, **_OPEN),
    F("82,64%, 84,12%", "84,12%", 84.12, "%", as_of=_Y2024, code=_SIPAS, **_OPEN),
    F("và 80,96%", "80,96%", 80.96, "%", as_of=_Y2024, code=_SIPAS, **_OPEN),
    # I.7b the 766 against the nation and July 2025
    _prov("đạt 85,74/100", "85,74/100", 85.74, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 11/34", "11/34", 11, "hạng", R, max_value=34, code=_HANG),
    F("(82,36 điểm)", "82,36", 82.36, "điểm", max_value=100, code=ANY, **_OPEN),
    _prov("là 3,38 điểm", "3,38", 3.38, "điểm", CH, code=ANY),
    _prov("tăng 4,26 điểm", "4,26", 4.26, "điểm", CH, code=_TONG),
    _prov("tăng 6 bậc", "6", 6, "hạng", CH, code=_HANG),
    _prov("(81,48 điểm", "81,48", 81.48, "điểm", PR, max_value=100, as_of=_JUL, code=_TONG),
    _prov("xếp thứ 17/34)", "17/34", 17, "hạng", PR, max_value=34, as_of=_JUL, code=_HANG),
    *_table_850(),
    # III.1 the targets of 2026
    _n(_prov, "từ 75% trở lên", "75%", "%", T, as_of=_Y2026, code=_NOP),
    _n(_prov, "từ 99,5% trở lên", "99,5%", "%", T, as_of=_Y2026, code=_DH),
    _n(_prov, "từ 85% trở lên", "85%", "%", T, as_of=_Y2026, code=_TT),
    _n(_prov, "đạt 100%;", "100%", "%", T, as_of=_Y2026, code=_SH),
    _n(_prov, "từ 88 điểm", "88", "điểm", T, as_of=_Y2026, code=_TONG),
    _prov("thứ 10/34", "10/34", 10, "hạng", T, max_value=34, as_of=_Y2026, code=_HANG),
    # III.2 task quantities and targets
    F("tối thiểu 40 TTHC", "40", 40, "TTHC", T, as_of="2026-06-30", code=ANY, **_OPEN),
    F("tối thiểu 80%", "80%", 80, "%", T, as_of="2026-09-30", code=_TT, **_CAP_XA),
]


# ------------------------------------------------------------ 851: Trung tâm Phục vụ hành chính công thành phố Huế,
# năm 2025 (a tab-separated table by agency, 2024 beside 2025)
_tt = _by("Trung tâm Phục vụ hành chính công thành phố", "tỉnh")
_TT_WHO = {"subject": "Trung tâm Phục vụ hành chính công thành phố", "level": "tỉnh"}
# (STT, agency, who, 2024, 2025, change, online, on time)
_AGENCIES_851 = [
    ("1", "Công an thành phố", {"subject": "Công an thành phố", "level": "tỉnh"},
     "98.412", "104.836", "6,53", "86,42", "99,96"),
    ("2", "Sở Xây dựng", {"subject": "Sở Xây dựng", "level": "tỉnh"}, "21.846", "24.118", "10,40", "78,64", "99,12"),
    ("3", "Sở Nông nghiệp và Môi trường", {"subject": "Sở Nông nghiệp và Môi trường", "level": "tỉnh"},
     "38.214", "36.402", "-4,74", "72,18", "98,46"),
    ("4", "Sở Tư pháp", {"subject": "Sở Tư pháp", "level": "tỉnh"}, "46.218", "51.364", "11,13", "84,26", "100"),
    ("5", "Bảo hiểm xã hội thành phố", {"subject": "Bảo hiểm xã hội thành phố", "level": "tỉnh"},
     "27.612", "29.846", "8,09", "91,48", "99,84"),
    ("6", "Các cơ quan còn lại", _IN_TINH, "35.476", "39.846", "12,32", "63,81", "99,58"),
    ("", "Tổng cộng", _TT_WHO, "267.778", "286.412", "6,96", "80,95", "99,70"),
]


def _table_851() -> list[Fact]:
    """Bảng 1 (tab-separated): files received in 2024 (dated 2024-12-31) and 2025 (`ho_so.tiep_nhan`), the relative
    change (kind change in `%`, code unchecked), the online and on-time shares (their codes)."""
    facts = []
    for i, (stt, name, who, y24, y25, change, online, ontime) in enumerate(_AGENCIES_851):
        line = "\t".join((stt, name, y24, y25, change, online, ontime))
        after = "\t".join(_AGENCIES_851[i + 1][:2]) if i + 1 < len(_AGENCIES_851) else "\nSở Nông nghiệp"
        facts += _cells(line, "\t", after, [
            (y24, {"unit": "hồ sơ", "kind": P, "as_of": _Y2024, "code": _TN, **who}),
            (y25, {"unit": "hồ sơ", "kind": P, "code": _TN, **who}),
            (change, {"unit": "%", "kind": CH, "code": ANY, **who}),
            (online, {"unit": "%", "kind": P, "code": _NOP, **who}),
            (ontime, {"unit": "%", "kind": P, "code": _DH, **who})])
    return facts


BLIND_851 = [
    # I. counters, agencies, staff, procedures
    _tt("bố trí 64 quầy", "64", 64, "quầy", C, code=None),
    F("cho 19 sở", "19", 19, "đơn vị", C, code=None, **_IN_TINH),
    F("và 06 cơ quan", "06", 6, "đơn vị", C, code=None, **_IN_TINH),
    _tt("với 88 công chức", "88", 88, "công chức", C, code=None),
    _tt("của 1.086 TTHC", "1.086", 1086, "TTHC", C, code=ANY),
    # II.1 files against 2024 and 2023, online against the city's target, channels, settled, time
    _n(_tt, "tiếp nhận 286.412 hồ sơ", "286.412", "hồ sơ", C, code=_TN),
    _n(_tt, "tăng 18.634 hồ sơ", "18.634", "hồ sơ", CH, code=ANY),
    _n(_tt, "tăng 6,96%", "6,96%", "%", CH, code=ANY),
    _n(_tt, "(267.778 hồ sơ)", "267.778", "hồ sơ", PR, as_of=_Y2024, code=_TN),
    _n(_tt, "tăng 41.206 hồ sơ", "41.206", "hồ sơ", CH, code=ANY),
    _n(_tt, "(245.206 hồ sơ)", "245.206", "hồ sơ", PR, as_of=_Y2023, code=_TN),
    _n(_tt, "trực tuyến 231.846 hồ sơ", "231.846", "hồ sơ", C, code=_NOP),
    _n(_tt, "chiếm 80,95%", "80,95%", "%", code=_NOP, target=70),
    _n(_tt, "(năm 2024: 72,36%", "72,36%", "%", PR, as_of=_Y2024, code=_NOP),
    _n(_tt, "năm 2023: 61,08%)", "61,08%", "%", PR, as_of=_Y2023, code=_NOP),
    _n(_tt, "vượt 10,95 điểm", "10,95", "%", CH, code=ANY),
    _n(_tt, "(70%)", "70%", "%", T, code=_NOP),
    _n(_tt, "trực tiếp 41.218 hồ sơ", "41.218", "hồ sơ", C, code=ANY),
    _n(_tt, "ích 13.348 hồ sơ", "13.348", "hồ sơ", C, code=ANY),
    _n(_tt, "giải quyết 282.146 hồ sơ", "282.146", "hồ sơ", C, code=ANY),
    _n(_tt, "đúng hạn 281.312 hồ sơ", "281.312", "hồ sơ", C, code=_DH),
    _n(_tt, "đạt 99,70%", "99,70%", "%", code=_DH),
    _n(_tt, "quá hạn 834 hồ sơ", "834", "hồ sơ", C, code=_QH),
    _n(_tt, "chiếm 0,30%", "0,30%", "%", code=_QH),
    _n(_tt, "(năm 2024: 0,58%)", "0,58%", "%", PR, as_of=_Y2024, code=_QH),
    _n(_tt, "bình quân 3,2 ngày", "3,2", "ngày", code=ANY),
    _tt("rút ngắn 0,9 ngày", "0,9", -0.9, "ngày", CH, code=ANY),
    *_table_851(),
    # II.2 payment against 2024 and 2023 (a multiple), money, digitisation, e-results, reuse against the plan
    _n(_tt, "đạt 88,64%", "88,64%", "%", code=_TT),
    _n(_tt, "tăng 12,18 điểm", "12,18", "%", CH, code=ANY),
    _n(_tt, "(76,46%)", "76,46%", "%", PR, as_of=_Y2024, code=_TT),
    _n(_tt, "gấp 2,1 lần", "2,1", "lần", code=ANY),
    _n(_tt, "(42,18%)", "42,18%", "%", PR, as_of=_Y2023, code=_TT),
    _n(_tt, "là 46,82 tỷ đồng", "46,82", "tỷ đồng", code=ANY),
    _n(_tt, "đạt 98,26%", "98,26%", "%", code=_SH),
    _n(_tt, "đạt 99,14%", "99,14%", "%", code=_KQ),
    _n(_tt, "đạt 62,48%", "62,48%", "%", code=_TSD, target=60, stated_status="đạt"),
    _n(_tt, "(60%)", "60%", "%", T, code=_TSD),
    # II.3 ratings, PAKN, the agencies' letters
    _n(_tt, "nhận 214.618 lượt", "214.618", "lượt", C, code=ANY),
    _n(_tt, "hài lòng 213.402 lượt", "213.402", "lượt", C, code=ANY),
    _n(_tt, "đạt 99,43%", "99,43%", "%", code=ANY),
    _n(_tt, "(năm 2024: 98,86%)", "98,86%", "%", PR, as_of=_Y2024, code=ANY),
    _n(_tt, "tiếp nhận 58 phản ánh", "58", "PAKN", C, code=_PAKN_TN),
    _tt("58/58 PAKN", "58/58", 58, "PAKN", C, max_value=58, code=ANY),
    _n(_tt, "đạt 100%.", "100%", "%", code=ANY),
    F("gửi 832 thư", "832", 832, "thư xin lỗi", C, code=ANY, **_IN_TINH),
    # II.4 the city's 766 (2024 among the 63 in brackets)
    _prov("đạt 87,46/100", "87,46/100", 87.46, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 6/34", "6/34", 6, "hạng", R, max_value=34, code=_HANG),
    _prov("(năm 2024: 84,12 điểm", "84,12", 84.12, "điểm", PR, max_value=100, as_of=_Y2024, code=_TONG),
    _prov("xếp thứ 9/63)", "9/63", 9, "hạng", PR, max_value=63, as_of=_Y2024, code=_HANG),
    _prov("đạt 17,46/18", "17,46/18", 17.46, "điểm", max_value=18, code="766.hai_long"),
    # III. task quantities and targets
    F("thêm 04 quầy", "04", 4, "quầy", T, as_of="2026-02-28", code=ANY, **_IN_TINH),
    F("dưới 0,5%", "0,5%", 0.5, "%", T, as_of="2026-06-30", code=_QH, subject="Sở Nông nghiệp và Môi trường",
      level="tỉnh"),
    _n(_tt, "tối thiểu 85%", "85%", "%", T, as_of=_Y2026, code=_NOP),
]


# ------------------------------------------------------------ 852: UBND tỉnh Lạng Sơn, năm 2025 (a Markdown table
# over three years; the PAR Index of 2024)
_RANK = "rank"
# (STT, label, unit, code, 2023, 2024, 2025)
_YEARS_852 = [
    ("1", "Tỷ lệ hồ sơ nộp trực tuyến", "%", _NOP, "28,64", "45,12", "63,48"),
    ("2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", _DH, "96,12", "97,86", "98,94"),
    ("3", "Tỷ lệ hồ sơ thanh toán trực tuyến", "%", _TT, "21,36", "48,72", "74,26"),
    ("4", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "%", _SH, "52,18", "76,40", "91,38"),
    ("5", "Điểm Bộ chỉ số 766", "điểm", _TONG, "68,42", "76,14", "84,62"),
    ("6", "Xếp hạng Bộ chỉ số 766", _RANK, _HANG, "52/63", "41/63", "17/34"),
    ("7", "Chỉ số CCHC (PAR INDEX)", "%", _PAR, "84,16", "85,92", "-"),
]


def _cell_852(raw: str, unit: str, code: str, as_of: str) -> tuple[str, dict]:
    """One cell of Bảng 1: a value in the unit cell's unit, or a rank `n/max` (kind rank, the maximum written)."""
    if unit == _RANK:
        return raw, {"unit": "hạng", "kind": R, "max_value": _num(raw.split("/")[1]), "code": code, "as_of": as_of,
                     **_NULL}
    return raw, {"unit": unit, "kind": P, "code": code, "as_of": as_of, **_NULL}


def _table_852() -> list[Fact]:
    """Bảng 1: "Năm 2023" dated 2023-12-31, "Năm 2024" 2024-12-31, "Năm 2025" at the period end; the "-" no figure."""
    facts = []
    for i, (stt, label, unit, code, y23, y24, y25) in enumerate(_YEARS_852):
        line = _md_line((stt, label, "hạng" if unit == _RANK else unit, y23, y24, y25))
        after = f"| {_YEARS_852[i + 1][0]} | {_YEARS_852[i + 1][1]}" if i + 1 < len(_YEARS_852) else "\nSo với"
        cells = [_cell_852(y23, unit, code, _Y2023), _cell_852(y24, unit, code, _Y2024)]
        if y25 != "-":
            cells.append(_cell_852(y25, unit, code, "period"))
        facts += _cells(line, " | ", after, cells)
    return facts


BLIND_852 = [
    # I. tasks against 2024 and 2023, communes, agencies
    _prov("hoàn thành 58/60", "58/60", 58, "nhiệm vụ", C, max_value=60, code=None),
    _n(_prov, "đạt 96,67% kế hoạch", "96,67%", "%", code=ANY),
    _prov("(năm 2024: 52/56", "52/56", 52, "nhiệm vụ", PR, max_value=56, as_of=_Y2024, code=None),
    _prov("năm 2023: 48/55", "48/55", 48, "nhiệm vụ", PR, max_value=55, as_of=_Y2023, code=None),
    F("có 65 đơn vị", "65", 65, "đơn vị", C, code=None, **_CAP_XA),
    F("(61 xã", "61", 61, "xã", C, code=None, **_IN_XA),
    F("04 phường)", "04", 4, "phường", C, code=None, **_IN_XA),
    F("và 18 cơ quan", "18", 18, "đơn vị", C, code=None, **_IN_TINH),
    *_table_852(),
    # changes over two years
    _n(_prov, "tăng 34,84 điểm", "34,84", "%", CH, code=ANY),
    _n(_prov, "tăng 52,90 điểm", "52,90", "%", CH, code=ANY),
    _n(_prov, "tăng 16,20 điểm", "16,20", "điểm", CH, code=_TONG),
    _n(_prov, "tăng 8,48 điểm", "8,48", "điểm", CH, code=_TONG),
    # II.1 procedures, files (two earlier years in one bracket), online against target and nation, communes
    _n(_prov, "công bố 1.712 TTHC", "1.712", "TTHC", C, code=ANY),
    _n(_prov, "cung cấp 1.046 dịch vụ", "1.046", "dịch vụ", C, code=ANY),
    _n(_prov, "chiếm 61,10%", "61,10%", "%", code=ANY),
    _n(_prov, "tiếp nhận 512.846 hồ sơ", "512.846", "hồ sơ", C, code=_TN),
    _n(_prov, "(năm 2024: 468.214 hồ sơ", "468.214", "hồ sơ", PR, as_of=_Y2024, code=_TN),
    _n(_prov, "năm 2023: 421.618 hồ sơ)", "421.618", "hồ sơ", PR, as_of=_Y2023, code=_TN),
    F("cấp tỉnh 186.412 hồ sơ", "186.412", 186412, "hồ sơ", C, code=ANY, **_CAP_TINH),
    F("cấp xã 326.434 hồ sơ", "326.434", 326434, "hồ sơ", C, code=ANY, **_CAP_XA),
    _n(_prov, "là 325.555 hồ sơ", "325.555", "hồ sơ", C, code=_NOP),
    _n(_prov, "chiếm 63,48%", "63,48%", "%", code=_NOP, target=60, stated_status="đạt"),
    _n(_prov, "năm 2025 là 60%", "60%", "%", T, code=_NOP),
    F("(58,62%)", "58,62%", 58.62, "%", code=ANY, **_OPEN),
    _n(_prov, "là 4,86 điểm", "4,86", "%", CH, code=ANY),
    F("Có 41/65 xã", "41/65", 41, "xã", C, max_value=65, code=None, **_IN_XA),
    F("từ 60% trở lên", "60%", 60, "%", T, code=ANY, **_IN_XA),
    F("Quốc Khánh (38,46%)", "38,46%", 38.46, "%", subject="xã Quốc Khánh", level="xã", code=_NOP),
    F("Xuân Dương (41,12%)", "41,12%", 41.12, "%", subject="xã Xuân Dương", level="xã", code=_NOP),
    _n(_prov, "đúng hạn đạt 98,94%", "98,94%", "%", code=_DH),
    _n(_prov, "quá hạn 5.382 hồ sơ", "5.382", "hồ sơ", C, code=_QH),
    _n(_prov, "chiếm 1,06%", "1,06%", "%", code=_QH),
    _prov("giảm 1.026 hồ sơ", "1.026", -1026, "hồ sơ", CH, code=ANY),
    _n(_prov, "(6.408 hồ sơ)", "6.408", "hồ sơ", PR, as_of=_Y2024, code=_QH),
    _n(_prov, "đạt 74,26%", "74,26%", "%", code=_TT, target=80, stated_status="chưa đạt"),
    _n(_prov, "tăng 25,54 điểm", "25,54", "%", CH, code=ANY),
    _n(_prov, "HĐND là 80%", "80%", "%", T, code=_TT),
    # II.2 the 766 (2024 and 2023 among the 63 in one bracket), six groups, blocks, grades
    _prov("đạt 84,62/100", "84,62/100", 84.62, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 17/34", "17/34", 17, "hạng", R, max_value=34, code=_HANG),
    _prov("xếp thứ 41/63;", "41/63", 41, "hạng", PR, max_value=63, as_of=_Y2024, code=_HANG),
    _prov("xếp thứ 52/63)", "52/63", 52, "hạng", PR, max_value=63, as_of=_Y2023, code=_HANG),
    *_groups([("minh bạch 16,92/18", "16,92/18"), ("giải quyết 19,46/20", "19,46/20"),
              ("trực tuyến 8,86/12", "8,86/12"), ("trực tuyến 7,42/10", "7,42/10"),
              ("hồ sơ 16,54/22", "16,54/22"), ("hài lòng 15,42/18", "15,42/18")]),
    F("bình quân 88,46 điểm", "88,46", 88.46, "điểm", code=ANY, **_IN_TINH),
    F("bình quân 79,18 điểm", "79,18", 79.18, "điểm", code=ANY, **_IN_XA),
    F("ngành 9,28 điểm", "9,28", -9.28, "điểm", CH, code=ANY, **_IN_XA),
    F("Có 14/18 cơ quan", "14/18", 14, "đơn vị", C, max_value=18, code=None, **_IN_TINH),
    F("có 21 đơn vị", "21", 21, "đơn vị", C, code=None, **_IN_XA),
    F("36 đơn vị", "36", 36, "đơn vị", C, code=None, **_IN_XA),
    F("08 đơn vị", "08", 8, "đơn vị", C, code=None, **_IN_XA),
    # II.3 the PAR Index of 2024 against 2023, SIPAS of 2024 against the nation
    _n(_prov, "đạt 85,92%", "85,92%", "%", as_of=_Y2024, code=_PAR),
    _prov("xếp thứ 33/63", "33/63", 33, "hạng", R, max_value=63, as_of=_Y2024, code=_PAR),
    _n(_prov, "tăng 1,76 điểm", "1,76", "%", CH, as_of=_Y2024, code=ANY),
    _prov("tăng 5 bậc", "5", 5, "hạng", CH, as_of=_Y2024, code=ANY),
    _n(_prov, "(84,16%", "84,16%", "%", PR, as_of=_Y2023, code=_PAR),
    _prov("xếp thứ 38/63)", "38/63", 38, "hạng", PR, max_value=63, as_of=_Y2023, code=_PAR),
    _n(_prov, "đạt 81,46%", "81,46%", "%", as_of=_Y2024, code=_SIPAS),
    F("(82,72%)", "82,72%", 82.72, "%", as_of=_Y2024, code=ANY, **_OPEN),
    _prov("là 1,26 điểm", "1,26", -1.26, "%", CH, as_of=_Y2024, code=ANY),
    # II.4 PAKN
    _n(_prov, "tiếp nhận 286 PAKN", "286", "PAKN", C, code=_PAKN_TN),
    _n(_prov, "(năm 2024: 342 PAKN)", "342", "PAKN", PR, as_of=_Y2024, code=_PAKN_TN),
    _prov("giảm 56 PAKN", "56", -56, "PAKN", CH, code=ANY),
    _n(_prov, "xử lý 279 PAKN", "279", "PAKN", C, code=ANY),
    _n(_prov, "đạt 97,55%", "97,55%", "%", code=ANY),
    # III.1 the targets of 2026; III.2 a task target
    _n(_prov, "tối thiểu 70%", "70%", "%", T, as_of=_Y2026, code=_NOP),
    _n(_prov, "tối thiểu 85%", "85%", "%", T, as_of=_Y2026, code=_TT),
    _n(_prov, "từ 86 điểm", "86", "điểm", T, as_of=_Y2026, code=_TONG),
    _prov("thứ 15/34", "15/34", 15, "hạng", T, max_value=34, as_of=_Y2026, code=_HANG),
    F("- 100% xã", "100%", 100, "%", T, as_of=_Y2026, code=ANY, **_IN_XA),
    F("từ 80% trở lên", "80%", 80, "%", T, as_of=_Y2026, code=ANY, **_IN_XA),
    F("tối thiểu 55%", "55%", 55, "%", T, as_of="2026-05-31", code=_NOP, **_IN_XA),
]


# ------------------------------------------------------------ 853: UBND phường Trấn Biên (tỉnh Đồng Nai), năm 2025
# (the year with the former wards' first half; against the former wards and the communes' average)
_pw = _by("UBND phường Trấn Biên", "xã")

BLIND_853 = [
    # I. the ward's people and residential groups, the centre's counters and staff
    _n(_pw, "dân số 168.412 người", "168.412", "người", C, code=ANY),
    _n(_pw, "với 84 khu phố", "84", "khu phố", C, code=None),
    F("bố trí 18 quầy", "18", 18, "quầy", C, code=None, **_IN_XA),
    F("với 24 công chức", "24", 24, "công chức", C, code=None, **_IN_XA),
    # II.1 plans, documents, tasks
    _n(_pw, "ban hành 12 kế hoạch", "12", "kế hoạch", C, code=None),
    _n(_pw, "và 26 văn bản", "26", "văn bản", C, code=None),
    _pw("hoàn thành 38/40", "38/40", 38, "nhiệm vụ", C, max_value=40, code=None),
    _n(_pw, "đạt 95,00%", "95,00%", "%", code=ANY),
    # II.2 procedures, files against the former wards, online against the target and the communes' average
    _n(_pw, "thực hiện 386 TTHC", "386", "TTHC", C, code=ANY),
    _n(_pw, "trong đó 248 TTHC", "248", "TTHC", C, code=ANY),
    _n(_pw, "chiếm 64,25%", "64,25%", "%", code=ANY),
    _n(_pw, "tiếp nhận 42.618 hồ sơ", "42.618", "hồ sơ", C, code=_TN),
    _n(_pw, "tăng 3.846 hồ sơ", "3.846", "hồ sơ", CH, code=ANY),
    _n(_pw, "tăng 9,92%", "9,92%", "%", CH, code=ANY),
    F("cũ: 38.772 hồ sơ)", "38.772", 38772, "hồ sơ", PR, as_of=_Y2024, code=_TN, **_IN_XA),
    _n(_pw, "trực tuyến 36.412 hồ sơ", "36.412", "hồ sơ", C, code=_NOP),
    _n(_pw, "chiếm 85,44%", "85,44%", "%", code=_NOP, target=70, stated_status="đạt"),
    F("(năm 2024: 71,26%", "71,26%", 71.26, "%", PR, as_of=_Y2024, code=_NOP, **_IN_XA),
    F("năm 2023: 52,48%)", "52,48%", 52.48, "%", PR, as_of=_Y2023, code=_NOP, **_IN_XA),
    F("năm 2025 là 70%", "70%", 70, "%", T, code=_NOP, **_IN_XA),
    F("(68,92%)", "68,92%", 68.92, "%", code=ANY, **_IN_XA),
    _n(_pw, "là 16,52 điểm", "16,52", "%", CH, code=ANY),
    # the fields (dash list)
    F("Hộ tịch: 12.418 hồ sơ", "12.418", 12418, "hồ sơ", C, code=ANY, **_IN_XA),
    F("trực tuyến 11.846 hồ sơ", "11.846", 11846, "hồ sơ", C, code=ANY, **_IN_XA),
    F("(95,39%)", "95,39%", 95.39, "%", code=ANY, **_IN_XA),
    F("Đất đai: 8.126 hồ sơ", "8.126", 8126, "hồ sơ", C, code=ANY, **_IN_XA),
    F("trực tuyến 5.218 hồ sơ", "5.218", 5218, "hồ sơ", C, code=ANY, **_IN_XA),
    F("(64,21%)", "64,21%", 64.21, "%", code=ANY, **_IN_XA),
    F("Chứng thực: 15.246 hồ sơ", "15.246", 15246, "hồ sơ", C, code=ANY, **_IN_XA),
    F("trực tuyến 13.412 hồ sơ", "13.412", 13412, "hồ sơ", C, code=ANY, **_IN_XA),
    F("(87,97%)", "87,97%", 87.97, "%", code=ANY, **_IN_XA),
    # settled, overdue by field, pending, letters
    _n(_pw, "giải quyết 41.846 hồ sơ", "41.846", "hồ sơ", C, code=ANY),
    _n(_pw, "trước hạn 38.214 hồ sơ", "38.214", "hồ sơ", C, code=ANY),
    _n(_pw, "đúng hạn 3.506 hồ sơ", "3.506", "hồ sơ", C, code=ANY),
    _n(_pw, "quá hạn 126 hồ sơ", "126", "hồ sơ", C, code=_QH),
    F("(đất đai 98 hồ sơ", "98", 98, "hồ sơ", C, code=_QH, **_IN_XA),
    F("xây dựng 28 hồ sơ)", "28", 28, "hồ sơ", C, code=_QH, **_IN_XA),
    _n(_pw, "đạt 99,70%", "99,70%", "%", code=_DH),
    _n(_pw, "Còn 772 hồ sơ", "772", "hồ sơ", C, code=ANY),
    _n(_pw, "gửi 126 thư", "126", "thư xin lỗi", C, code=ANY),
    _n(_pw, "đạt 100% số", "100%", "%", code=ANY),
    # payment against 2024 of the former wards, digitisation, reuse, certified copies
    _n(_pw, "đạt 82,46%", "82,46%", "%", code=_TT),
    _n(_pw, "tăng 21,18 điểm", "21,18", "%", CH, code=ANY),
    F("(61,28%)", "61,28%", 61.28, "%", PR, as_of=_Y2024, code=_TT, **_IN_XA),
    _n(_pw, "đạt 96,84%", "96,84%", "%", code=_SH),
    _n(_pw, "đạt 58,26%", "58,26%", "%", code=_TSD),
    _n(_pw, "Cấp 14.826 bản", "14.826", "bản", C, code=ANY),
    # II.3 PAKN
    _n(_pw, "Tiếp nhận 46 PAKN", "46", "PAKN", C, code=_PAKN_TN),
    _n(_pw, "xử lý 45 PAKN", "45", "PAKN", C, code=ANY),
    _n(_pw, "đạt 97,83%", "97,83%", "%", code=ANY),
    _n(_pw, "còn 01 PAKN", "01", "PAKN", C, code=ANY),
    # II.4 the ward's 766 against July 2025, the communes' average, the province, the self-assessment
    _pw("đạt 88,92/100", "88,92/100", 88.92, "điểm", max_value=100, code=_TONG),
    _pw("xếp thứ 3/95", "3/95", 3, "hạng", R, max_value=95, code=_HANG),
    _pw("tăng 2,46 điểm", "2,46", 2.46, "điểm", CH, code=_TONG),
    _pw("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    _pw("(86,46 điểm", "86,46", 86.46, "điểm", PR, max_value=100, as_of=_JUL, code=_TONG),
    _pw("xếp thứ 8/95)", "8/95", 8, "hạng", PR, max_value=95, as_of=_JUL, code=_HANG),
    F("là 80,24 điểm", "80,24", 80.24, "điểm", code=ANY, **_IN_XA),
    _prov("đạt 83,18/100", "83,18/100", 83.18, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 20/34", "20/34", 20, "hạng", R, max_value=34, code=_HANG),
    _pw("đạt 89,36/100", "89,36/100", 89.36, "điểm", max_value=100, code=ANY),
    # III.1 the ward's targets of 2026; III.2 a task quantity
    _n(_pw, "từ 88% trở lên", "88%", "%", T, as_of=_Y2026, code=_NOP),
    _n(_pw, "từ 90% trở lên", "90%", "%", T, as_of=_Y2026, code=_TT),
    _n(_pw, "từ 90 điểm", "90", "điểm", T, as_of=_Y2026, code=_TONG),
    _pw("thứ 5/95", "5/95", 5, "hạng", T, max_value=95, as_of=_Y2026, code=_HANG),
    F("dứt điểm 18 hồ sơ", "18", 18, "hồ sơ", T, as_of="2026-01-31", code=ANY, **_IN_XA),
]


# ------------------------------------------------------------ 854: Văn phòng UBND tỉnh Cao Bằng, Thông báo of the 766
# năm 2025 (against 2024 and 2023 among the 63, the national average; numbered targets of 2026)
BLIND_854 = [
    # I.1 the total and rank against 2024, 2023 and the nation; six groups after "tương ứng là"; two groups' changes
    _prov("đạt 81,36/100", "81,36/100", 81.36, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 26/34", "26/34", 26, "hạng", R, max_value=34, code=_HANG),
    _prov("(74,82 điểm", "74,82", 74.82, "điểm", PR, max_value=100, as_of=_Y2024, code=_TONG),
    _prov("xếp thứ 47/63)", "47/63", 47, "hạng", PR, max_value=63, as_of=_Y2024, code=_HANG),
    _prov("tăng 6,54 điểm", "6,54", 6.54, "điểm", CH, code=_TONG),
    _prov("(69,18 điểm", "69,18", 69.18, "điểm", PR, max_value=100, as_of=_Y2023, code=_TONG),
    _prov("xếp thứ 56/63)", "56/63", 56, "hạng", PR, max_value=63, as_of=_Y2023, code=_HANG),
    _prov("tăng 12,18 điểm", "12,18", 12.18, "điểm", CH, code=_TONG),
    F("(82,36 điểm)", "82,36", 82.36, "điểm", max_value=100, code=ANY, **_OPEN),
    _prov("là 1,00 điểm", "1,00", -1.0, "điểm", CH, code=ANY),
    *_groups([("là 16,48/18", "16,48/18"), ("; 19,24/20", "19,24/20"), ("; 8,12/12", "8,12/12"),
              ("; 6,86/10", "6,86/10"), ("; 15,84/22", "15,84/22"), ("và 14,82/18", "14,82/18")]),
    _prov("tăng 2,14 điểm", "2,14", 2.14, "điểm", CH, code="766.thanh_toan"),
    _prov("(4,72 điểm)", "4,72", 4.72, "điểm", PR, max_value=10, as_of=_Y2024, code="766.thanh_toan"),
    _prov("giảm 0,36 điểm", "0,36", -0.36, "điểm", CH, code="766.hai_long"),
    _prov("(15,18 điểm)", "15,18", 15.18, "điểm", PR, max_value=18, as_of=_Y2024, code="766.hai_long"),
    # I.2 the components (dash list)
    _n(_prov, "trực tuyến: 58,42%", "58,42%", "%", code=_NOP, target=60, stated_status="chưa đạt"),
    _n(_prov, "(năm 2024: 41,86%)", "41,86%", "%", PR, as_of=_Y2024, code=_NOP),
    _n(_prov, "tăng 16,56 điểm", "16,56", "%", CH, code=ANY),
    _n(_prov, "năm 2025 là 60%", "60%", "%", T, code=_NOP),
    _prov("842/1.126 TTHC", "842/1.126", 842, "TTHC", C, max_value=1126, code=ANY),
    _n(_prov, "đạt 74,78%", "74,78%", "%", code=ANY),
    _n(_prov, "hạn: 98,64%", "98,64%", "%", code=_DH),
    F("(98,92%)", "98,92%", 98.92, "%", code=ANY, **_OPEN),
    _prov("là 0,28 điểm", "0,28", -0.28, "%", CH, code=ANY),
    _n(_prov, "trực tuyến: 68,74%", "68,74%", "%", code=_TT),
    _n(_prov, "(năm 2024: 46,12%", "46,12%", "%", PR, as_of=_Y2024, code=_TT),
    _n(_prov, "năm 2023: 24,36%)", "24,36%", "%", PR, as_of=_Y2023, code=_TT),
    _n(_prov, "hồ sơ: 84,16%", "84,16%", "%", code=_SH),
    _n(_prov, "hóa: 38,42%", "38,42%", "%", code=_TSD),
    _n(_prov, "TTHC: 93,18%", "93,18%", "%", code=_HL_TTHC),
    _n(_prov, "tiếp nhận 318 PAKN", "318", "PAKN", C, code=_PAKN_TN),
    _n(_prov, "tăng 46 PAKN", "46", "PAKN", CH, code=ANY),
    _n(_prov, "(272 PAKN)", "272", "PAKN", PR, as_of=_Y2024, code=_PAKN_TN),
    _n(_prov, "đúng hạn 96,42%", "96,42%", "%", code=ANY),
    # I.3 blocks, grades, first and last bodies, communes under a threshold
    F("(17 cơ quan)", "17", 17, "đơn vị", C, code=None, **_IN_TINH),
    F("bình quân 86,84 điểm", "86,84", 86.84, "điểm", code=ANY, **_IN_TINH),
    F("(56 đơn vị)", "56", 56, "đơn vị", C, code=None, **_IN_XA),
    F("bình quân 77,46 điểm", "77,46", 77.46, "điểm", code=ANY, **_IN_XA),
    F("có 12 cơ quan", "12", 12, "đơn vị", C, code=None, **_IN_TINH),
    F("05 cơ quan", "05", 5, "đơn vị", C, code=None, **_IN_TINH),
    F("có 09 đơn vị", "09", 9, "đơn vị", C, code=None, **_IN_XA),
    F("31 đơn vị", "31", 31, "đơn vị", C, code=None, **_IN_XA),
    F("13 đơn vị", "13", 13, "đơn vị", C, code=None, **_IN_XA),
    F("03 đơn vị", "03", 3, "đơn vị", C, code=None, **_IN_XA),
    F("(93,46 điểm)", "93,46", 93.46, "điểm", subject="Sở Tư pháp", level="tỉnh", code=ANY),
    F("(78,12 điểm)", "78,12", 78.12, "điểm", subject="Sở Xây dựng", level="tỉnh", code=ANY),
    F("(89,84 điểm)", "89,84", 89.84, "điểm", subject="phường Thục Phán", level="xã", code=ANY),
    F("(64,26 điểm)", "64,26", 64.26, "điểm", subject="xã Lý Quốc", level="xã", code=ANY),
    F("Còn 18 xã", "18", 18, "xã", C, code=None, **_IN_XA),
    F("dưới 40%", "40%", 40, "%", T, code=_NOP, **_IN_XA),
    # II. the targets of 2026 (numbered); III. a task target
    _n(_prov, "từ 85 điểm", "85", "điểm", T, as_of=_Y2026, code=_TONG),
    _prov("thứ 20/34", "20/34", 20, "hạng", T, max_value=34, as_of=_Y2026, code=_HANG),
    _n(_prov, "tối thiểu 70%", "70%", "%", T, as_of=_Y2026, code=_NOP),
    F("cấp xã tối thiểu 65%", "65%", 65, "%", T, as_of=_Y2026, code=_NOP, **_CAP_XA),
    _n(_prov, "tối thiểu 80%", "80%", "%", T, as_of=_Y2026, code=_TT),
    _n(_prov, "đạt 100%;", "100%", "%", T, as_of=_Y2026, code=_SH),
    _n(_prov, "tối thiểu 60%", "60%", "%", T, as_of=_Y2026, code=_TSD),
    F("tối thiểu 50%", "50%", 50, "%", T, as_of="2026-06-30", code=_NOP, **_IN_XA),
]

BLIND = {"850": BLIND_850, "851": BLIND_851, "852": BLIND_852, "853": BLIND_853, "854": BLIND_854}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "850": [
        ("2026-01-31", "day", "31/01/2026", "Kế hoạch CCHC năm 2026", "Sở Nội vụ"),
        ("2026-06-30", "day", "ngày ba mươi tháng 6 năm 2026", "đơn giản hóa", "Văn phòng UBND tỉnh"),
        ("2026-09-30", "quarter", "quý III năm 2026", "thanh toán trực tuyến", "Sở Tài chính"),
        ("2026-05-31", "month", "tháng 5/2026", "hợp nhất dữ liệu", "Sở Khoa học và Công nghệ"),
        ("2026-12-31", "year", "năm 2026", "đo lường sự hài lòng", "Sở Nội vụ"),
        # issued 13/01/2026, before the 15th: the first "ngày 15 hằng tháng" is 15/01/2026
        ("2026-01-15", "recurring", "15 hằng tháng", "báo cáo tình hình thực hiện nhiệm vụ CCHC",
         "Các sở, ban, ngành và UBND các xã, phường"),
    ],
    "851": [
        ("2026-02-28", "day", "28/02/2026", "bố trí thêm 04 quầy", "Phòng Tiếp nhận và Trả kết quả"),
        ("2026-06-30", "quarter", "quý II năm 2026", "hồ sơ quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2026-04-15", "day", "ngày mười lăm tháng 4 năm 2026", "quy chế phối hợp", "Phòng Kiểm soát và Giám sát"),
        ("2026-03-31", "month", "tháng 3/2026", "hệ thống xếp hàng tự động", "Phòng Hành chính - Tổng hợp"),
        ("2026-12-31", "year", "năm 2026", "nộp trực tuyến", "Trung tâm"),
        # issued 09/01/2026, after the 5th: the first "ngày 05 hằng tháng" is 05/02/2026
        ("2026-02-05", "recurring", "05 hằng tháng", "gửi số liệu", "Các cơ quan có quầy tại Trung tâm"),
    ],
    "852": [
        ("2026-02-10", "day", "10/02/2026", "Kế hoạch cải cách hành chính năm 2026", "Sở Nội vụ"),
        ("2026-03-31", "quarter", "quý I năm 2026", "quy trình nội bộ", "Văn phòng UBND tỉnh"),
        ("2026-05-31", "day", "ngày ba mươi mốt tháng 5 năm 2026", "nộp trực tuyến",
         "UBND xã Quốc Khánh và UBND xã Xuân Dương"),
        ("2026-04-30", "month", "tháng 4/2026", "nghĩa vụ tài chính về đất đai", "Sở Tài chính"),
        ("2026-12-31", "year", "năm 2026", "bố trí nhân viên hỗ trợ", "Bưu điện tỉnh Lạng Sơn"),
        # issued 15/01/2026, before the 20th: the first "ngày 20 hằng tháng" is 20/01/2026
        ("2026-01-20", "recurring", "20 hằng tháng", "báo cáo kết quả cải cách hành chính",
         "Các sở, ban, ngành và UBND các xã, phường"),
    ],
    "853": [
        ("2026-01-31", "day", "31/01/2026", "dứt điểm 18 hồ sơ", "Trung tâm Phục vụ hành chính công phường"),
        ("2026-02-25", "day", "ngày hai mươi lăm tháng 02 năm 2026", "số hóa sổ hộ tịch",
         "Văn phòng HĐND và UBND phường"),
        ("2026-06-30", "quarter", "quý II năm 2026", "giấy phép xây dựng", "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2026-06-30", "month", "tháng 6/2026", "khảo sát sự hài lòng", "Phòng Văn hóa - Xã hội"),
        ("2026-12-31", "year", "năm 2026", "chỉnh lý hồ sơ địa chính", "Sở Nông nghiệp và Môi trường"),
        # issued 08/01/2026, before the 25th: the first "ngày 25 hằng tháng" is 25/01/2026
        ("2026-01-25", "recurring", "25 hằng tháng", "hỗ trợ người dân nộp hồ sơ trực tuyến", "Các khu phố"),
    ],
    "854": [
        ("2026-02-27", "day", "27/02/2026", "đánh giá, xếp loại", "Sở Nội vụ"),
        ("2026-03-31", "day", "ngày ba mươi mốt tháng 3 năm 2026", "đồng bộ dữ liệu hồ sơ", "Sở Khoa học và Công nghệ"),
        ("2026-06-30", "quarter", "quý II năm 2026", "phương án nâng tỷ lệ", "UBND các xã chưa đạt chỉ tiêu"),
        ("2026-05-31", "month", "tháng 5/2026", "tích hợp thanh toán trực tuyến", "Sở Tài chính"),
        ("2026-12-31", "year", "năm 2026", "theo dõi, đôn đốc", "Văn phòng UBND tỉnh"),
        # issued 16/01/2026, before the 22nd: the first "ngày 22 hằng tháng" is 22/01/2026
        ("2026-01-22", "recurring", "22 hằng tháng", "báo cáo kết quả thực hiện",
         "Các sở, ban, ngành và UBND các xã, phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind152.py's META).
META = {
    "850": {"doc_number": "24/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-01-13",
            "province": "Phú Thọ", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Nguyễn Khắc Hiếu"},
    "851": {"doc_number": "18/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2026-01-09",
            "province": "Huế", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Trần Thị Thu Hương"},
    "852": {"doc_number": "16/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-01-15",
            "province": "Lạng Sơn", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Lương Trọng Quỳnh"},
    "853": {"doc_number": "07/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-01-08",
            "province": "Đồng Nai", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Phạm Minh Tuấn"},
    "854": {"doc_number": "46/TB-VPUBND", "doc_type": "Thông báo", "issued_date": "2026-01-16",
            "province": "Cao Bằng", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Nông Thị Hạnh"},
}
