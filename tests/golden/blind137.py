"""Blind golden facts for corpus/blind137/760_ninh_binh.txt, 761_phu_tho.txt, 762_an_giang.txt, 763_quang_tri.txt and
764_da_nang.txt.

The five documents were written by the developers for a hundred-and-thirty-seventh blind measurement (YEAR-END
REVIEWS AFTER THE MERGER: a merged province's "Báo cáo tổng kết công tác cải cách hành chính năm 2025 và phương hướng,
nhiệm vụ năm 2026" with whole-year totals against 2024 of the three former provinces added together, a HĐND Nghị
quyết's targets met or not met in a Markdown table with result and status columns, ranks among the 34; a Sở Tư pháp's
year report with a tab-separated table by field; a new ward's first half-year after 1 July 2025; a UBND tỉnh's Kế
hoạch for 2026 with its tasks due by quarter; a centrally-run city's public-service centre's year review with a
Markdown table by agency; provinces Ninh Bình, Phú Thọ, An Giang, Quảng Trị and Đà Nẵng, all after the merger;
periods năm 2025, năm 2025, 6 tháng cuối năm 2025, năm 2026 and năm 2025; not real documents), and every row below was
written by reading them, before any extraction, restoration or pipeline code was run on them. They also serve as
held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind136.py, blind135.py, blind134.py, blind133.py and blind13.py: rows use
`golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose and
list counts are kind `count`; table cells are kind `value` even when they count, with `extra={"source": "table"}`;
`as_of="period"` is the period's end; a previous value is dated at the end of the period it names; a change is dated
with the figure it changes and a fall ("giảm", "rút ngắn") is negative; a change in "điểm phần trăm" is kind change in
`%` with the number alone as raw. `ANY` leaves a field unchecked where the sentence names no catalogued indicator
(`None` where it clearly names none: counts of bodies, communes, documents, decisions, tasks, targets, staff,
counters, machines). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" the unit `PAKN`; a count of the
files (or PAKN) an indicator is computed on carries that indicator's code; every "đã giải quyết" count, pending files,
one field's received files, files by a channel other than online, money and every change of a count or share have
their code unchecked, a change of a 766 score or rank the score's or rank's code. Counts of local units take the unit
of their first unit word ("96/129 xã, phường", "22 xã", "05 phường cũ" → `xã`/`phường`); counts of "sở, ban,
ngành", "cơ quan" and "đơn vị" → `đơn vị` at the level of the bodies counted; "129 đơn vị hành chính cấp xã (97 xã,
32 phường)" → `cấp xã` (unit `đơn vị`, level xã) and its parts (subject unchecked, level xã, units `xã`, `phường`,
`đặc khu`). Province-wide figures (the UBND tỉnh's own report, "Toàn tỉnh", "tỉnh Ninh Bình đạt", "Tỉnh An Giang …
đạt", "thành phố Đà Nẵng đạt") have subject NULL; a Sở's own figures are the Sở by its name (`Sở Tư pháp`, level
tỉnh); a ward's own figures in its UBND's report are its UBND named in full (`UBND phường Rạch Giá`, level xã); the
public-service centre of a centrally-run city reporting on itself is `Trung tâm Phục vụ hành chính công thành phố`
(level tỉnh); a sentence or a row naming another body keeps the name as written ("Công an tỉnh", "UBND các xã,
phường", "Bưu điện thành phố Đà Nẵng", "Công an thành phố", "Chi nhánh Tam Kỳ"). Things counted take the noun as
written (`văn bản`, `quyết định`, `nhiệm vụ`, `chỉ tiêu`, `thư xin lỗi`, `chứng thư`, `bản`, `phiếu`, `trường hợp`,
`dữ liệu`, `người`, `công chức`, `viên chức`, `quầy`, `máy tính`, `máy quét`, `ki-ốt`, `chi nhánh`, `máy đánh
giá`, `lượt`, `kết quả`, `lĩnh vực`, `nội dung`, `cơ sở dữ liệu`); money keeps the unit written (`triệu đồng`, `tỷ
đồng`); durations `ngày`, `phút`. Dates, document numbers and cited texts ("Số: 18/BC-UBND", "Công văn số
6218/BNV-CCHC", "Nghị quyết số 202/2025/QH15", "Nghị quyết số 36/NQ-HĐND", "Công văn số 2846/UBND-KSTT", "Công văn
số 3126/SNV-CCHC", "Nghị quyết số 76/NQ-CP", "Quyết định số 766/QĐ-TTg", "Nghị quyết số 08/NQ-HĐND"), stated windows
and data dates ("từ ngày 01/01/2025 đến ngày 30/6/2025", "từ ngày 01/7/2025 đến ngày 31/12/2025", "Từ ngày
01/7/2025", "đến ngày 31/12/2025"), months naming a result or a bracket ("tháng 12/2025", "tháng 7/2025", "tháng
11/2025", "tháng 9/2025", "quý III:"), "6 tháng" naming a window, "Bộ chỉ số 766", "Bảng 1.", section and item
numbering ("I.", "1.", "- "), STT cells, the text column "Đánh giá" ("Đạt", "Chưa đạt"), the floor and addresses
("Tầng 1", "số 06 đường Nguyễn Công Trứ", "số 18 đường Quang Trung", "số 24 đường Trần Phú"), phone numbers
("0229.3871.246", "0210.3846.512", "0297.3862.418", "0232.3822.615", "0236.3868.016"), headings naming the next period
("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026", "Mục tiêu năm 2026:", "III. NHIỆM VỤ NĂM 2026", "III. NHIỆM VỤ 6 THÁNG ĐẦU
NĂM 2026", "II. MỤC TIÊU, CHỈ TIÊU NĂM 2026": no deadlines), numbers in words ("ba tỉnh", "ba Sở Tư pháp", "ba hệ
thống", "năm phường cũ", "hai Trung tâm", "hai tỉnh cũ", "kỳ báo cáo đầu tiên", the days of "ngày hai mươi tháng
3", "ngày ba mươi mốt tháng 3", "ngày mười lăm tháng 3", "ngày ba mươi tháng 6", "ngày mười lăm tháng 4") and years
are not figures.

New in this set (the decisions are written here):
- A MERGED PROVINCE'S YEAR AGAINST THE FORMER PROVINCES ADDED TOGETHER (760 "tăng 9,84% so với năm 2024 (cộng gộp ba
  tỉnh trước sắp xếp: 1.171.178 hồ sơ)", "(năm 2024, cộng gộp ba tỉnh: 48,62%)"; 761 "(năm 2024, cộng gộp ba Sở Tư
  pháp trước hợp nhất: 41.386 hồ sơ)"; 762 "(cộng gộp năm phường cũ: 18.946 hồ sơ)"; 764 "(năm 2024, cộng gộp hai
  Trung tâm …: 352.946 hồ sơ)", "(năm 2024, cộng gộp hai Trung tâm: 78,12%)"): kind previous dated at the end of the
  period named (2024-12-31; 762's cùng kỳ of the second half of 2024 also 2024-12-31), with the code of the figure it
  is set against, subject unchecked (the former units added: no one body), level unchecked for provinces (as
  golden/blind135.py's 753), the level of the former bodies otherwise (761 and 764 tỉnh, 762 xã, as
  golden/blind134.py's 748 and golden/blind133.py's 743). A year's data made of the former provinces' first half and
  the new province's second half is the new province's (subject NULL), dated at the period end.
- A NGHỊ QUYẾT'S TARGETS COUNTED AND TABULATED (760): "giao 06 chỉ tiêu", "đạt 04/06 chỉ tiêu", "02 chỉ tiêu chưa
  đạt" are counts in `chỉ tiêu` (code None, subject NULL, as golden/blind133.py's 743 "3/4"); "Bảng 1" (Markdown, "|
  STT | Chỉ tiêu | Chỉ tiêu năm 2025 (%) | Kết quả năm 2025 (%) | Đánh giá |") holds per row the target (kind target in
  `%`, dated 2025-12-31 = the period end, subject NULL, the row's code) and the result (kind value, the row's code; its
  target and status left unchecked, as golden/blind135.py's 750 leaves the share cells beside a target column: the
  "Đánh giá" text is no figure). Row 5's two "100" cells are both figures. The prose payment share "đạt 64,28% (…); so
  với chỉ tiêu Nghị quyết giao là 70% thì chưa đạt chỉ tiêu" carries target 70 and "chưa đạt".
- RANKS AMONG THE 34 AFTER THE MERGER WITH THE FIRST MONTH OF THE NEW PROVINCE (760 "tăng 2,84 điểm và tăng 5 bậc so
  với tháng 7/2025 (84,32 điểm, xếp thứ 12/34)"): the bracket is kind previous dated 2025-07-31, the score on the /100
  scale (max 100), the rank max 34; the six group scores as a dash list "- Công khai, minh bạch: 16,84/18 điểm;" with
  their group codes. The former provinces' PAR Index of 2024 stated alone (760, 763: value and rank dated 2024-12-31,
  `par_index`, subject and level unchecked, as golden/blind136.py's 759).
- A SỞ'S YEAR REPORT (761): the Sở's own figures `Sở Tư pháp`; its tab-separated "Bảng 1" by field ("STT | Lĩnh vực |
  Tiếp nhận | Trực tuyến (%) | Đã giải quyết | Đúng hạn (%) | Quá hạn"): field rows subject unchecked, level tỉnh,
  received and settled counts code unchecked, the online share `766.dvctt.nop_truc_tuyen`, the on-time share
  `766.tien_do.dung_han`, overdue files `766.tien_do.qua_han`; "Tổng cộng" (empty STT) the Sở, its received count
  `ho_so.tiep_nhan`. Judicial-record certificates in `phiếu` (code unchecked), "3,2 ngày, rút ngắn 1,3 ngày … (4,5
  ngày)" a time of one procedure (code unchecked; previous 2024-12-31), the Công an tỉnh's "36.418 trường hợp" (named by
  its kind), "UBND các xã, phường đã chứng thực … 412.618 bản" (as written, level xã), "Toàn tỉnh đã số hóa 2.846.214
  dữ liệu hộ tịch, đạt 98,12% kế hoạch" (subject NULL, codes unchecked). "chỉ tiêu UBND tỉnh giao cho Sở năm 2025 là
  90%" the Sở's target (2025-12-31).
- A NEW WARD'S FIRST HALF-YEAR (762, 6 tháng cuối năm 2025 = 2025-07-01 … 2025-12-31): "quý III và quý IV lần lượt là
  9.812 hồ sơ và 11.674 hồ sơ" (quý III dated 2025-09-30, quý IV the period end; both the received code); the files
  the abolished city handed over ("UBND thành phố Rạch Giá (cũ) bàn giao cho phường 862 hồ sơ … 849 hồ sơ, đạt 98,49%,
  còn 13 hồ sơ"): the receiving ward's, codes unchecked (as golden/blind133.py); three fields after "lần lượt là …
  tương ứng chiếm" (subject unchecked, level xã, codes unchecked); "(quý III: 61,28%)" previous dated 2025-09-30; the
  province's target "cho cấp xã năm 2025 là 70%" (subject unchecked, level xã, 2025-12-31) carried by the ward's share
  with "chưa đạt"; "Toàn tỉnh có 21 đơn vị cấp xã xếp loại Tốt, 63 đơn vị … 18 đơn vị" grades in `đơn vị` (subject
  unchecked, level xã, code None); the centre's counters, staff and machines by its kind (subject unchecked, level
  xã); "dân số 168.412 người" (subject unchecked, level xã); task 1's "13 hồ sơ nhận bàn giao" a count repeated
  (subject unchecked, level xã).
- A PLAN FOR 2026 WITH TASKS DUE BY QUARTER (763): the Kế hoạch's period is its year (as golden/blind136.py's 759);
  "I. KẾT QUẢ NĂM 2025" is dated 2025-12-31; "II. MỤC TIÊU, CHỈ TIÊU NĂM 2026" the province's targets at the period end
  (a 766 score "từ 87 điểm trở lên" `766.tong_hop` without max, a rank "từ thứ 12/34 trở lên" in `hạng` max 34
  `766.xep_hang`, "Ít nhất 70/78 xã, phường, đặc khu" a target count in `xã` with max 78 and its threshold "từ 60% trở
  lên" level xã); tasks in numbered items, four of them due "trong quý I … quý IV năm 2026" (quarters), their
  quantities targets dated at their deadline ("tại 16 cơ quan, đơn vị", "đơn giản hóa 40 TTHC", "với 06 cơ sở dữ liệu
  chuyên ngành", subject and level unchecked; "tối thiểu 65%" the communes' level xã; "dưới 2%" the named Sở's). A
  threshold in the results ("Còn 22 xã có tỷ lệ thanh toán trực tuyến dưới 50%") is kind target of the communes
  (level xã, the payment code), dated with its section (as golden/blind130.py's "dưới 80%"), as in 760 ("Vẫn còn 18
  xã, phường … dưới 50%", period end).
- A CITY CENTRE'S YEAR REVIEW (764): the Markdown "Bảng 1" by agency (received `ho_so.tiep_nhan`, online share, on-time
  share, overdue; "Công an thành phố" and the Sở as written, level tỉnh; "Các cơ quan còn lại" subject unchecked, level
  tỉnh; "Tổng cộng" the Centre, as golden/blind129.py's 720); the branches "Chi nhánh Tam Kỳ tiếp nhận 62.418 hồ sơ"
  as written, level unchecked (as golden/blind129.py's 721), the received code; "Các cơ quan đã gửi 1.648 thư xin
  lỗi, đạt 96,26%" the agencies' (subject unchecked, level tỉnh); "Bưu điện thành phố Đà Nẵng đã chuyển phát 48.612
  kết quả" as written, level tỉnh; "12 máy đánh giá … 168.412 lượt … 98,64%" the Centre's (codes unchecked); the
  city's 766 score, rank and two group scores (subject NULL).

Per document:
- 760 is a Báo cáo tổng kết of UBND tỉnh Ninh Bình (merged with Hà Nam and Nam Định; header "ỦY BAN NHÂN DÂN / TỈNH
  NINH BÌNH", number "18/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Bộ Nội vụ, năm
  2025, issued 14/01/2026. "46 văn bản", "52/54 nhiệm vụ …, đạt 96,30%; 02 nhiệm vụ", "1.946 TTHC (cấp tỉnh 1.512
  TTHC, cấp xã 434 TTHC)" (the whole `tthc.tong_so`; the parts by level `cấp tỉnh`/`cấp xã`, codes unchecked), "38
  quyết định", "64 TTHC, đạt 100% kế hoạch", files (above), "12.986 thư xin lỗi" (the agencies': subject and level
  unchecked), payment (above), digitisation, reuse, "186.412 bản", "Sở Khoa học và Công nghệ đã phối hợp cấp mới
  4.126 chứng thư số cho công chức cấp xã" (subject and level unchecked: the Sở acts, the certificates are the
  communes'), PAKN, satisfaction, the Nghị quyết and Bảng 1 (above), the 766 result (above), the former provinces'
  PAR Index, the self-assessment (block averages subject unchecked, levels tỉnh/xã; "14/18 sở, ban, ngành và 96/129
  xã, phường" counts with their maxima), "5.846 người … 1.284 công chức" (level xã), the targets of 2026 (dated
  2026-12-31, subject NULL). Task 3's "tối thiểu 70% trong quý II năm 2026" the communes' target (level xã,
  2026-06-30). Six deadlines in numbered items: day, "chậm nhất ngày hai mươi tháng 3 năm 2026", quarter (with the
  target), month, year in a request "Đề nghị Bưu điện tỉnh Ninh Bình …", "trước ngày 15 hằng tháng" (issued
  14/01/2026: first 15/01/2026).
- 761 is a Báo cáo of the Sở Tư pháp tỉnh Phú Thọ (merged with Vĩnh Phúc and Hòa Bình; header "UBND TỈNH PHÚ THỌ / SỞ
  TƯ PHÁP", number "412/BC-STP", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC") to UBND tỉnh, năm 2025, issued 09/01/2026.
  "142 TTHC thuộc 17 lĩnh vực, trong đó 98 TTHC … toàn trình, chiếm 69,01%, và 44 TTHC … một phần", files, channels,
  Bảng 1, settled "48.200 … 99,64% … 173 … 0,36% … (137 hồ sơ)" (the field's part: subject unchecked, level tỉnh, the
  overdue code), "173 thư xin lỗi", records (above), payment "96,84%" against its target "đạt", digitisation
  "98,46%", e-results "100%", fees "3.846,2 triệu đồng", PAKN "26 … 26/26 …, đạt 100%", satisfaction, the Sở's
  `91,84/100`, `3/20` "(tháng 11/2025: 90,62 điểm, xếp thứ 5/20), tăng 1,22 điểm và tăng 2 bậc" (previous
  2025-11-30, score max 100), the block average. Task 1's "đơn giản hóa 12 TTHC" a target dated 2026-02-27 (subject
  unchecked, level tỉnh); task 3's "tối thiểu 85% trong quý III năm 2026" (a division's: subject unchecked, level
  tỉnh, the online code). Six deadlines in numbered items: day, "chậm nhất ngày ba mươi mốt tháng 3 năm 2026",
  quarter (with the target), month, year in a request "Đề nghị Công an tỉnh …", "trước ngày 12 hằng tháng" (issued
  09/01/2026: first 12/01/2026).
- 762 is a half-year Báo cáo of UBND phường Rạch Giá (tỉnh An Giang, merged with Kiên Giang; header "UBND TỈNH AN GIANG
  / ỦY BAN NHÂN DÂN PHƯỜNG RẠCH GIÁ", number "06/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ
  TỊCH") to UBND tỉnh, 6 tháng cuối năm 2025, issued 07/01/2026. "354 TTHC … 354/354 TTHC, đạt 100%" (the ward's,
  codes unchecked), files (above), online "16.218 … 75,48%", files regardless of residence "2.146 … 9,99%" (codes
  unchecked), settled "20.864 … 20.812 … 99,75%; quá hạn 52 … 0,25%", "52 thư xin lỗi", pending "622"; payment
  (above), "6.418 bản, chiếm 76,17%", digitisation, e-results, reuse; PAKN "17 … 16 … 01"; the ward's `86,94/100`,
  `6/102` "(tháng 9/2025: 82,18 điểm, xếp thứ 19/102), tăng 4,76 điểm và tăng 13 bậc" (previous 2025-09-30), the
  blocks' averages (subject unchecked, level xã), grades (above), the province's `84,72/100`, `15/34` (subject NULL).
  Task 3's "tối thiểu 75% trong quý I năm 2026" (the ward's centre: subject unchecked, level xã, 2026-03-31). Six
  deadlines in numbered items: day, "chậm nhất ngày mười lăm tháng 3 năm 2026", quarter (with the target), month "tháng
  02/2026" (2026-02-28), year in a request "Đề nghị Bưu điện tỉnh An Giang …", "trước ngày 05 hằng tháng" (issued
  07/01/2026, after the 5th: first 05/02/2026).
- 763 is a KẾ HOẠCH (doc_type "Kế hoạch") of UBND tỉnh Quảng Trị (merged with Quảng Bình; header "ỦY BAN NHÂN DÂN / TỈNH
  QUẢNG TRỊ", number "12/KH-UBND", signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), năm 2026, issued
  20/01/2026. I. (dated 2025-12-31): "78 đơn vị hành chính cấp xã (69 xã, 8 phường, 1 đặc khu)", the PAR Index of 2024
  (above), "42 quyết định", "126 TTHC", "1.684 TTHC … 1.012 TTHC … toàn trình, chiếm 60,10%", files and shares, "7.108
  hồ sơ quá hạn", "6.986 thư xin lỗi" (subject and level unchecked), "142.618 bản", "22 xã … dưới 50%", PAKN,
  satisfaction, `84,12/100`, `16/34`, `6,84/10`, `15,42/22`, block averages, "15/19 sở, ban, ngành" (`đơn vị` max 19,
  level tỉnh), "09 xã", the inspection "14 cơ quan, đơn vị … 58 nội dung … 49 nội dung, đạt 84,48%" (subject and level
  unchecked); II. and III. (above); IV. money in `triệu đồng` (subject and level unchecked). Nine deadlines in numbered
  items: four quarters (quý I with the inspection quantity, quý II with the TTHC quantity, quý III with the communes'
  target, quý IV with the databases), day, "chậm nhất ngày ba mươi tháng 6 năm 2026", month (with the Sở's target), year
  in a request "Đề nghị Bảo hiểm xã hội tỉnh …", "trước ngày 22 hằng tháng" (issued 20/01/2026: first 22/01/2026).
- 764 is a Báo cáo tổng kết of the Trung tâm Phục vụ hành chính công thành phố Đà Nẵng (merged with Quảng Nam; header
  "UBND THÀNH PHỐ ĐÀ NẴNG / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", number "24/BC-TTPVHCC", signed "GIÁM ĐỐC") to UBND
  thành phố, năm 2025, issued 12/01/2026. The Centre's "96 quầy … 02 chi nhánh … 142 công chức", "412.846 phiếu",
  "9,6 phút/lượt, giảm 2,1 phút so với năm 2024" (the change dated with the figure), files (above), Bảng 1 (above),
  settled "381.246 … 99,55%; quá hạn 1.712 … 0,45% … (806 hồ sơ)" (the named Sở's part, the overdue code), letters,
  post (above), payment "91,46% … tăng 13,34 điểm phần trăm; … giao cho Trung tâm năm 2025 là 90% thì đạt chỉ tiêu"
  (the Centre's target, 2025-12-31), "186,42 tỷ đồng", ratings (above), PAKN "64 … 64/64 …, đạt 100%", the city's
  `88,92/100`, `4/34`, `19,46/20`, `17,82/18`. Task 3's "dưới 0,5% trong quý II năm 2026" the Sở Nông nghiệp và Môi
  trường's target (level tỉnh, the overdue code, 2026-06-30); task 4's "06 ki-ốt" a target dated 2026-07-31 (subject
  and level unchecked). Six deadlines in numbered items: day, "chậm nhất ngày mười lăm tháng 4 năm 2026" for a branch,
  quarter in a request "Đề nghị Sở Nông nghiệp và Môi trường …" (with the target), month, year in a request "Đề nghị
  Bưu điện thành phố Đà Nẵng …", "trước ngày 03 hằng tháng" (issued 12/01/2026, after the 3rd: first 03/02/2026).

Unsure readings (fields left `ANY`, or decided and written here): the subject of the former units added together
(unchecked); whether the results in 760's target table carry the target beside them (decided: unchecked, as 750);
whether "đúng hạn và trước hạn 1.255.348 hồ sơ" carries the on-time code (decided: yes, the share's numerator); the
subject of 760's "4.126 chứng thư số" (unchecked); whether the ward's "354 TTHC" and the plan's "1.684 TTHC công khai"
carry `tthc.tong_so` (unchecked); whether 763's "70/78 xã" is a target count (decided: yes, "Ít nhất" in the targets'
section) with the maximum 78; the owner of the 2026 task targets set for a division or a centre (unchecked at the
level of the body); the code of the kiosk satisfaction share in 764 (unchecked: ratings at counters, not the 766
satisfaction indicator).
"""
from __future__ import annotations

from golden.facts import (
    _DH,
    _HL,
    _KQ,
    _NOP,
    _QH,
    _SH,
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
_PAR = "par_index"
_SIPAS = "sipas"
_PAKN_TN = "pakn.tiep_nhan"
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_XA = {"subject": ANY, "level": "xã"}
_CAP_XA = {"subject": "cấp xã", "level": "xã"}
_Y2024 = "2024-12-31"
_Y2025 = "2025-12-31"
_Y2026 = "2026-12-31"

# A numeric cell: (raw, unit, kind, code, max_value).
Cell = tuple[str, str, str, object, float | None]


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


def _cells(line: str, sep: str, after: str, who: dict, cells: list[Cell], as_of: str = "period") -> list[Fact]:
    """The numeric cells of one table row written as `line`, left to right. A cell's context is the separator before
    it, the rest of its row and the start of the next line (`after`), so that it occurs once and the raw text is found
    first at the cell itself."""
    facts, at = [], 0
    for raw, unit, kind, code, top in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw), unit, kind, max_value=top, as_of=as_of, code=code,
                       extra=TAB, **who))
        at += len(sep)
    return facts


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


def _table(rows: list[tuple], make_line, end: str, row_facts) -> list[Fact]:
    """Every row of a table: `rows` are (STT, label, *cells) written by `make_line`; a row's context ends with the
    next row's STT and label (the last row's with `end`); `row_facts(line, after, row)` gives the row's facts."""
    facts = []
    for i, row in enumerate(rows):
        line = make_line(row)
        if i + 1 < len(rows):
            after = make_line(rows[i + 1][:2])
            after = after.rsplit(" |", 1)[0] if after.endswith(" |") else after
        else:
            after = end
        facts += row_facts(line, after, row)
    return facts


def _by(subject: str | None, level: str | None):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


_prov = _by(None, None)


# ------------------------------------------------------------ 760: UBND tỉnh Ninh Bình, tổng kết CCHC năm 2025
# (the year against the three former provinces added together; a Nghị quyết's targets in a Markdown table)
_TARGETS_760 = [
    ("1", "Tỷ lệ hồ sơ nộp trực tuyến", "75", "77,96", "Đạt"),
    ("2", "Tỷ lệ hồ sơ giải quyết đúng hạn", "98", "98,96", "Đạt"),
    ("3", "Tỷ lệ hồ sơ thanh toán trực tuyến", "70", "64,28", "Chưa đạt"),
    ("4", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "90", "92,14", "Đạt"),
    ("5", "Tỷ lệ cấp kết quả giải quyết TTHC điện tử", "100", "100", "Đạt"),
    ("6", "Tỷ lệ khai thác, tái sử dụng dữ liệu số hóa", "60", "51,36", "Chưa đạt"),
]
_TARGET_CODES_760 = {"1": _NOP, "2": _DH, "3": _TT, "4": _SH, "5": _KQ, "6": _TSD}


def _targets_760() -> list[Fact]:
    """"| STT | Chỉ tiêu | Chỉ tiêu năm 2025 (%) | Kết quả năm 2025 (%) | Đánh giá |": the target (kind target, dated
    2025-12-31 = the period end) and the result (kind value, target and status unchecked), the province's (subject
    NULL), the row's code; "Đánh giá" is text."""
    def row_facts(line: str, after: str, row: tuple) -> list[Fact]:
        stt, _label, target, result, _status = row
        code = _TARGET_CODES_760[stt]
        return _cells(line, " | ", after, {"subject": None, "level": None},
                      [(target, "%", T, code, None), (result, "%", P, code, None)])
    return _table(_TARGETS_760, _md_line, "\n4. Kết quả Bộ chỉ số 766", row_facts)


_GROUPS_760 = [
    ("16,84/18", "766.cong_khai"), ("19,12/20", "766.tien_do"), ("9,86/12", "766.dvctt"),
    ("7,42/10", "766.thanh_toan"), ("17,64/18", "766.hai_long"), ("16,28/22", "766.so_hoa"),
]

BLIND_760 = [
    # I. the communes ("cấp xã") and the province's bodies
    F("có 129 đơn vị", "129", 129, "đơn vị", C, code=None, **_CAP_XA),
    F("(97 xã", "97", 97, "xã", C, code=None, **_IN_XA),
    F("32 phường)", "32", 32, "phường", C, code=None, **_IN_XA),
    F("và 18 sở", "18", 18, "đơn vị", C, code=None, **_IN_TINH),
    # II.1 documents and tasks of the year's plan
    _prov("ban hành 46 văn bản", "46", 46, "văn bản", C, code=None),
    _prov("hoàn thành 52/54", "52/54", 52, "nhiệm vụ", C, max_value=54, code=None),
    _prov("đạt 96,30%", "96,30%", 96.30, "%", code=ANY),
    _prov("02 nhiệm vụ chuyển", "02", 2, "nhiệm vụ", C, code=None),
    # II.2 procedures (the whole and its parts by level), decisions, simplification
    _prov("là 1.946 TTHC", "1.946", 1946, "TTHC", C, code=_TTHC),
    F("(cấp tỉnh 1.512 TTHC", "1.512", 1512, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=ANY),
    F("cấp xã 434 TTHC", "434", 434, "TTHC", C, subject="cấp xã", level="xã", code=ANY),
    _prov("ban hành 38 quyết định", "38", 38, "quyết định", C, code=None),
    _prov("hóa 64 TTHC", "64", 64, "TTHC", C, code=ANY),
    _prov("đạt 100% kế hoạch", "100%", 100, "%", code=ANY),
    # files against 2024 of the three former provinces added together (previous, subject and level unchecked)
    _prov("tiếp nhận 1.286.412", "1.286.412", 1286412, "hồ sơ", C, code=_TN),
    _prov("tăng 9,84%", "9,84%", 9.84, "%", CH, code=ANY),
    F("sắp xếp: 1.171.178", "1.171.178", 1171178, "hồ sơ", PR, as_of=_Y2024, code=_TN, **_OPEN),
    _prov("tuyến 1.002.874", "1.002.874", 1002874, "hồ sơ", C, code=_NOP),
    _prov("chiếm 77,96%", "77,96%", 77.96, "%", code=_NOP),
    _prov("giải quyết 1.268.540", "1.268.540", 1268540, "hồ sơ", C, code=ANY),
    _prov("hạn 1.255.348", "1.255.348", 1255348, "hồ sơ", C, code=_DH),
    _prov("đạt 98,96%", "98,96%", 98.96, "%", code=_DH),
    _prov("quá hạn 13.192", "13.192", 13192, "hồ sơ", C, code=_QH),
    _prov("chiếm 1,04%", "1,04%", 1.04, "%", code=_QH),
    F("gửi 12.986 thư", "12.986", 12986, "thư xin lỗi", C, code=ANY, **_OPEN),
    # payment against the Nghị quyết's target; the communes below a threshold
    _prov("đạt 64,28% (", "64,28%", 64.28, "%", code=_TT, target=70, stated_status="chưa đạt"),
    F("ba tỉnh: 48,62%", "48,62%", 48.62, "%", PR, as_of=_Y2024, code=_TT, **_OPEN),
    _prov("tăng 15,66 điểm", "15,66", 15.66, "%", CH, code=ANY),
    _prov("giao là 70%", "70%", 70, "%", T, code=_TT),
    F("còn 18 xã", "18", 18, "xã", C, code=None, **_IN_XA),
    F("dưới 50%", "50%", 50, "%", T, code=_TT, **_IN_XA),
    # digitisation, reuse, certified copies, certificates (subject and level unchecked), PAKN, satisfaction
    _prov("TTHC đạt 92,14%", "92,14%", 92.14, "%", code=_SH),
    _prov("mới đạt 51,36%", "51,36%", 51.36, "%", code=_TSD),
    _prov("chính 186.412 bản", "186.412", 186412, "bản", C, code=ANY),
    F("mới 4.126 chứng thư", "4.126", 4126, "chứng thư", C, code=ANY, **_OPEN),
    _prov("Tiếp nhận 1.214", "1.214", 1214, "PAKN", C, code=_PAKN_TN),
    _prov("xử lý 1.186 PAKN", "1.186", 1186, "PAKN", C, code=ANY),
    _prov("đạt 97,69%", "97,69%", 97.69, "%", code=ANY),
    _prov("TTHC đạt 92,48%", "92,48%", 92.48, "%", code=_HL),
    # II.3 the Nghị quyết's targets counted, and Bảng 1
    _prov("giao 06 chỉ tiêu", "06", 6, "chỉ tiêu", C, code=None),
    _prov("đạt 04/06 chỉ tiêu", "04/06", 4, "chỉ tiêu", C, max_value=6, code=None),
    _prov("tiêu; 02 chỉ tiêu", "02", 2, "chỉ tiêu", C, code=None),
    *_targets_760(),
    # II.4 the 766 result of tháng 12/2025 against tháng 7/2025 (previous 2025-07-31) and the six groups
    _prov("đạt 87,16/100", "87,16/100", 87.16, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 7/34", "7/34", 7, "hạng", R, max_value=34, code=_HANG),
    _prov("tăng 2,84 điểm", "2,84", 2.84, "điểm", CH, code=_TONG),
    _prov("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    _prov("(84,32 điểm", "84,32", 84.32, "điểm", PR, max_value=100, as_of="2025-07-31", code=_TONG),
    _prov("xếp thứ 12/34)", "12/34", 12, "hạng", PR, max_value=34, as_of="2025-07-31", code=_HANG),
    *[_prov(f": {score} điểm", score, _num(score.split("/")[0]), "điểm", max_value=_num(score.split("/")[1]),
            code=code) for score, code in _GROUPS_760],
    # II.5 the former provinces' PAR Index of 2024 (stated alone), the self-assessment of 2025
    F("(cũ) đạt 88,74%", "88,74%", 88.74, "%", as_of=_Y2024, code=_PAR, **_OPEN),
    F("xếp thứ 11/63", "11/63", 11, "hạng", R, max_value=63, as_of=_Y2024, code=_PAR, **_OPEN),
    F("(cũ) đạt 87,12%", "87,12%", 87.12, "%", as_of=_Y2024, code=_PAR, **_OPEN),
    F("xếp thứ 18/63", "18/63", 18, "hạng", R, max_value=63, as_of=_Y2024, code=_PAR, **_OPEN),
    F("(cũ) đạt 86,05%", "86,05%", 86.05, "%", as_of=_Y2024, code=_PAR, **_OPEN),
    F("xếp thứ 27/63", "27/63", 27, "hạng", R, max_value=63, as_of=_Y2024, code=_PAR, **_OPEN),
    F("bình quân 88,42 điểm", "88,42", 88.42, "điểm", code=ANY, **_IN_TINH),
    F("bình quân 81,16 điểm", "81,16", 81.16, "điểm", code=ANY, **_IN_XA),
    F("Có 14/18 sở", "14/18", 14, "đơn vị", C, max_value=18, code=None, **_IN_TINH),
    F("và 96/129 xã", "96/129", 96, "xã", C, max_value=129, code=None, **_IN_XA),
    # II.6 the communes' staff
    F("là 5.846 người", "5.846", 5846, "người", C, code=None, **_IN_XA),
    F("động 1.284 công chức", "1.284", 1284, "công chức", C, code=None, **_IN_XA),
    # IV. the targets of 2026 (the province's) and task 3's target of the communes
    _prov("tối thiểu 80%", "80%", 80, "%", T, as_of=_Y2026, code=_NOP),
    _prov("tối thiểu 75%", "75%", 75, "%", T, as_of=_Y2026, code=_TT),
    F("tối thiểu 70%", "70%", 70, "%", T, as_of="2026-06-30", code=_TT, **_IN_XA),
]


# ------------------------------------------------------------ 761: Sở Tư pháp tỉnh Phú Thọ, TTHC năm 2025
# (the Sở's year against the three former Sở added together; a tab-separated table by field)
_stp = _by("Sở Tư pháp", "tỉnh")
_FIELDS_761 = [
    ("1", "Lý lịch tư pháp", "38.246", "96,88", "37.986", "99,64", "137"),
    ("2", "Quốc tịch", "412", "46,36", "386", "100", "0"),
    ("3", "Hộ tịch", "1.846", "88,14", "1.812", "99,23", "14"),
    ("4", "Công chứng", "2.118", "72,43", "2.094", "100", "0"),
    ("5", "Luật sư", "624", "91,35", "618", "100", "0"),
    ("6", "Đấu giá tài sản", "286", "84,97", "280", "100", "0"),
    ("7", "Các lĩnh vực khác", "5.080", "92,56", "5.024", "99,56", "22"),
    ("", "Tổng cộng", "48.612", "94,46", "48.200", "99,64", "173"),
]


def _fields_761() -> list[Fact]:
    """Bảng 1 (tab-separated, by field): received and settled counts (`hồ sơ`; a field's code unchecked, the total's
    received code), the online share, the on-time share, overdue files with their codes; field rows subject
    unchecked, level tỉnh; "Tổng cộng" (empty STT) the Sở."""
    def row_facts(line: str, after: str, row: tuple) -> list[Fact]:
        stt, _name, received, online, settled, on_time, overdue = row
        total = stt == ""
        who = {"subject": "Sở Tư pháp", "level": "tỉnh"} if total else _IN_TINH
        return _cells(line, "\t", after, who, [
            (received, "hồ sơ", P, _TN if total else ANY, None), (online, "%", P, _NOP, None),
            (settled, "hồ sơ", P, ANY, None), (on_time, "%", P, _DH, None), (overdue, "hồ sơ", P, _QH, None)])
    return _table(_FIELDS_761, "\t".join, "\n3. Kết quả giải quyết", row_facts)


BLIND_761 = [
    # I.1 the Sở's procedures by level of online service
    _stp("thực hiện 142 TTHC", "142", 142, "TTHC", C, code=_TTHC),
    _stp("thuộc 17 lĩnh vực", "17", 17, "lĩnh vực", C, code=None),
    _stp("trong đó 98 TTHC", "98", 98, "TTHC", C, code=_TOAN),
    _stp("chiếm 69,01%", "69,01%", 69.01, "%", code=_TOAN),
    _stp("và 44 TTHC", "44", 44, "TTHC", C, code=_MOT),
    # I.2 files against 2024 of the three former Sở added together (previous, subject unchecked, level tỉnh), channels
    _stp("Sở tiếp nhận 48.612", "48.612", 48612, "hồ sơ", C, code=_TN),
    F("hợp nhất: 41.386", "41.386", 41386, "hồ sơ", PR, as_of=_Y2024, code=_TN, **_IN_TINH),
    _stp("tăng 7.226", "7.226", 7226, "hồ sơ", CH, code=ANY),
    _stp("tăng 17,46%", "17,46%", 17.46, "%", CH, code=ANY),
    _stp("tuyến 45.918", "45.918", 45918, "hồ sơ", C, code=_NOP),
    _stp("chiếm 94,46%", "94,46%", 94.46, "%", code=_NOP),
    _stp("trực tiếp 2.214", "2.214", 2214, "hồ sơ", C, code=ANY),
    _stp("ích 480 hồ sơ", "480", 480, "hồ sơ", C, code=ANY),
    *_fields_761(),
    # I.3 settled, on time, overdue (the field's part), letters; judicial records; the Công an tỉnh; copies; records
    _stp("giải quyết 48.200 hồ sơ", "48.200", 48200, "hồ sơ", C, code=ANY),
    _stp("hạn đạt 99,64%", "99,64%", 99.64, "%", code=_DH),
    _stp("quá hạn 173 hồ sơ", "173", 173, "hồ sơ", C, code=_QH),
    _stp("chiếm 0,36%", "0,36%", 0.36, "%", code=_QH),
    F("(137 hồ sơ)", "137", 137, "hồ sơ", C, code=_QH, **_IN_TINH),
    _stp("gửi 173 thư", "173", 173, "thư xin lỗi", C, code=ANY),
    _stp("cấp 38.112 Phiếu", "38.112", 38112, "phiếu", C, code=ANY),
    _stp("VNeID 29.846 phiếu", "29.846", 29846, "phiếu", C, code=ANY),
    _stp("chiếm 78,31%", "78,31%", 78.31, "%", code=ANY),
    _stp("bình quân 3,2 ngày", "3,2", 3.2, "ngày", code=ANY),
    _stp("rút ngắn 1,3 ngày", "1,3", -1.3, "ngày", CH, code=ANY),
    _stp("(4,5 ngày)", "4,5", 4.5, "ngày", PR, as_of=_Y2024, code=ANY),
    F("minh 36.418 trường hợp", "36.418", 36418, "trường hợp", C, subject="Công an tỉnh", level="tỉnh", code=ANY),
    F("chính 412.618 bản", "412.618", 412618, "bản", C, subject="UBND các xã, phường", level="xã", code=ANY),
    _prov("hóa 2.846.214 dữ liệu", "2.846.214", 2846214, "dữ liệu", C, code=ANY),
    _prov("đạt 98,12% kế hoạch", "98,12%", 98.12, "%", code=ANY),
    # I.4 payment against the Sở's target, digitisation, e-results, fees
    _stp("Sở đạt 96,84%", "96,84%", 96.84, "%", code=_TT, target=90, stated_status="đạt"),
    _stp("năm 2025 là 90%", "90%", 90, "%", T, code=_TT),
    _stp("hồ sơ đạt 98,46%", "98,46%", 98.46, "%", code=_SH),
    _stp("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    _stp("được 3.846,2 triệu", "3.846,2", 3846.2, "triệu đồng", code=ANY),
    # I.5 PAKN, satisfaction
    _stp("tiếp nhận 26 phản", "26", 26, "PAKN", C, code=_PAKN_TN),
    _stp("xử lý 26/26", "26/26", 26, "PAKN", C, max_value=26, code=ANY),
    _stp("PAKN, đạt 100%", "100%", 100, "%", code=ANY),
    _stp("TTHC đạt 98,72%", "98,72%", 98.72, "%", code=_HL),
    # I.6 the Sở's 766 result against tháng 11/2025 (previous 2025-11-30), the block's average
    _stp("đạt 91,84/100", "91,84/100", 91.84, "điểm", max_value=100, code=_TONG),
    _stp("xếp thứ 3/20", "3/20", 3, "hạng", R, max_value=20, code=_HANG),
    _stp("(tháng 11/2025: 90,62 điểm", "90,62", 90.62, "điểm", PR, max_value=100, as_of="2025-11-30", code=_TONG),
    _stp("xếp thứ 5/20)", "5/20", 5, "hạng", PR, max_value=20, as_of="2025-11-30", code=_HANG),
    _stp("tăng 1,22 điểm", "1,22", 1.22, "điểm", CH, code=_TONG),
    _stp("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    F("đạt 86,28 điểm", "86,28", 86.28, "điểm", code=ANY, **_IN_TINH),
    # III. task quantities and targets (the divisions': subject unchecked, level tỉnh)
    F("hóa 12 TTHC", "12", 12, "TTHC", T, as_of="2026-02-27", code=ANY, **_IN_TINH),
    F("tối thiểu 85%", "85%", 85, "%", T, as_of="2026-09-30", code=_NOP, **_IN_TINH),
]


# ------------------------------------------------------------ 762: UBND phường Rạch Giá (An Giang), 6 tháng cuối năm
# 2025 (a new ward's first half-year; cùng kỳ of the five former wards added together)
_pw = _by("UBND phường Rạch Giá", "xã")
_Q3_2025 = "2025-09-30"

BLIND_762 = [
    # I. the former wards, people, the ward's centre (by its kind: subject unchecked, level xã)
    F("sắp xếp 05 phường", "05", 5, "phường", C, code=None, **_IN_XA),
    F("số 168.412 người", "168.412", 168412, "người", C, code=None, **_IN_XA),
    F("trí 14 quầy", "14", 14, "quầy", C, code=None, **_IN_XA),
    F("với 18 công chức", "18", 18, "công chức", C, code=None, **_IN_XA),
    F("trong đó 04 viên chức", "04", 4, "viên chức", C, code=None, **_IN_XA),
    F("gồm 22 máy tính", "22", 22, "máy tính", C, code=None, **_IN_XA),
    F("08 máy quét", "08", 8, "máy quét", C, code=None, **_IN_XA),
    F("02 ki-ốt", "02", 2, "ki-ốt", C, code=None, **_IN_XA),
    # II.1 procedures published
    _pw("thực hiện 354 TTHC", "354", 354, "TTHC", C, code=ANY),
    _pw("khai 354/354 TTHC", "354/354", 354, "TTHC", C, max_value=354, code=ANY),
    _pw("TTHC, đạt 100%", "100%", 100, "%", code=ANY),
    # II.2 files by quarter, cùng kỳ of the former wards, online, regardless of residence, fields, handed over
    _pw("Phường tiếp nhận 21.486", "21.486", 21486, "hồ sơ", C, code=_TN),
    _pw("là 9.812 hồ sơ", "9.812", 9812, "hồ sơ", C, as_of=_Q3_2025, code=_TN),
    _pw("và 11.674 hồ sơ", "11.674", 11674, "hồ sơ", C, code=_TN),
    F("phường cũ: 18.946", "18.946", 18946, "hồ sơ", PR, as_of=_Y2024, code=_TN, **_IN_XA),
    _pw("tăng 2.540", "2.540", 2540, "hồ sơ", CH, code=ANY),
    _pw("tăng 13,41%", "13,41%", 13.41, "%", CH, code=ANY),
    _pw("tuyến 16.218", "16.218", 16218, "hồ sơ", C, code=_NOP),
    _pw("chiếm 75,48%", "75,48%", 75.48, "%", code=_NOP),
    _pw("là 2.146 hồ sơ", "2.146", 2146, "hồ sơ", C, code=ANY),
    _pw("chiếm 9,99%", "9,99%", 9.99, "%", code=ANY),
    F("là 8.426 hồ sơ", "8.426", 8426, "hồ sơ", C, code=ANY, **_IN_XA),
    F("4.218 hồ sơ", "4.218", 4218, "hồ sơ", C, code=ANY, **_IN_XA),
    F("và 3.146 hồ sơ", "3.146", 3146, "hồ sơ", C, code=ANY, **_IN_XA),
    F("chiếm 39,22%", "39,22%", 39.22, "%", code=ANY, **_IN_XA),
    F("39,22%, 19,63%", "19,63%", 19.63, "%", code=ANY, **_IN_XA),
    F("và 14,64%", "14,64%", 14.64, "%", code=ANY, **_IN_XA),
    _pw("phường 862 hồ sơ", "862", 862, "hồ sơ", C, code=ANY),
    _pw("xong 849 hồ sơ", "849", 849, "hồ sơ", C, code=ANY),
    _pw("đạt 98,49%", "98,49%", 98.49, "%", code=ANY),
    _pw("còn 13 hồ sơ chưa", "13", 13, "hồ sơ", C, code=ANY),
    # II.3 settled, on time, overdue, letters, pending; payment against the communes' target; copies; digitisation
    _pw("giải quyết 20.864", "20.864", 20864, "hồ sơ", C, code=ANY),
    _pw("đúng hạn 20.812", "20.812", 20812, "hồ sơ", C, code=_DH),
    _pw("đạt 99,75%", "99,75%", 99.75, "%", code=_DH),
    _pw("quá hạn 52 hồ sơ", "52", 52, "hồ sơ", C, code=_QH),
    _pw("chiếm 0,25%", "0,25%", 0.25, "%", code=_QH),
    _pw("gửi 52 thư", "52", 52, "thư xin lỗi", C, code=ANY),
    _pw("giải quyết 622 hồ sơ", "622", 622, "hồ sơ", C, code=ANY),
    _pw("đạt 68,74%", "68,74%", 68.74, "%", code=_TT, target=70, stated_status="chưa đạt"),
    _pw("(quý III: 61,28%)", "61,28%", 61.28, "%", PR, as_of=_Q3_2025, code=_TT),
    F("năm 2025 là 70%", "70%", 70, "%", T, code=_TT, **_IN_XA),
    _pw("chính 6.418 bản", "6.418", 6418, "bản", C, code=ANY),
    _pw("chiếm 76,17%", "76,17%", 76.17, "%", code=ANY),
    _pw("hồ sơ đạt 94,36%", "94,36%", 94.36, "%", code=_SH),
    _pw("điện tử đạt 98,12%", "98,12%", 98.12, "%", code=_KQ),
    _pw("số hóa đạt 42,86%", "42,86%", 42.86, "%", code=_TSD),
    _pw("tiếp nhận 17 phản", "17", 17, "PAKN", C, code=_PAKN_TN),
    _pw("xử lý 16 PAKN", "16", 16, "PAKN", C, code=ANY),
    _pw("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    # II.4 the ward's 766 result against tháng 9/2025, the blocks, grades, the province
    _pw("đạt 86,94/100", "86,94/100", 86.94, "điểm", max_value=100, code=_TONG),
    _pw("xếp thứ 6/102", "6/102", 6, "hạng", R, max_value=102, code=_HANG),
    _pw("(tháng 9/2025: 82,18 điểm", "82,18", 82.18, "điểm", PR, max_value=100, as_of=_Q3_2025, code=_TONG),
    _pw("xếp thứ 19/102)", "19/102", 19, "hạng", PR, max_value=102, as_of=_Q3_2025, code=_HANG),
    _pw("tăng 4,76 điểm", "4,76", 4.76, "điểm", CH, code=_TONG),
    _pw("tăng 13 bậc", "13", 13, "hạng", CH, code=_HANG),
    F("phường là 83,12 điểm", "83,12", 83.12, "điểm", code=ANY, **_IN_XA),
    F("xã là 78,46 điểm", "78,46", 78.46, "điểm", code=ANY, **_IN_XA),
    F("có 21 đơn vị", "21", 21, "đơn vị", C, code=None, **_IN_XA),
    F("Tốt, 63 đơn vị", "63", 63, "đơn vị", C, code=None, **_IN_XA),
    F("và 18 đơn vị", "18", 18, "đơn vị", C, code=None, **_IN_XA),
    _prov("đạt 84,72/100", "84,72/100", 84.72, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 15/34", "15/34", 15, "hạng", R, max_value=34, code=_HANG),
    # III. task 1's count repeated, task 3's target
    F("giải quyết 13 hồ sơ", "13", 13, "hồ sơ", C, code=ANY, **_IN_XA),
    F("tối thiểu 75%", "75%", 75, "%", T, as_of="2026-03-31", code=_TT, **_IN_XA),
]


# ------------------------------------------------------------ 763: UBND tỉnh Quảng Trị, Kế hoạch CCHC năm 2026
# (the plan's year; "I. KẾT QUẢ NĂM 2025" dated 2025-12-31; tasks due by quarter, their quantities targets)
_Y = {"as_of": _Y2025}

BLIND_763 = [
    # I.1 the communes ("cấp xã") and their parts
    F("có 78 đơn vị", "78", 78, "đơn vị", C, code=None, **_CAP_XA, **_Y),
    F("(69 xã", "69", 69, "xã", C, code=None, **_IN_XA, **_Y),
    F("8 phường, 1", "8", 8, "phường", C, code=None, **_IN_XA, **_Y),
    F("1 đặc khu)", "1", 1, "đặc khu", C, code=None, **_IN_XA, **_Y),
    # I.2 the former provinces' PAR Index of 2024 (stated alone)
    F("(cũ) đạt 86,92%", "86,92%", 86.92, "%", as_of=_Y2024, code=_PAR, **_OPEN),
    F("xếp thứ 24/63", "24/63", 24, "hạng", R, max_value=63, as_of=_Y2024, code=_PAR, **_OPEN),
    F("(cũ) đạt 85,46%", "85,46%", 85.46, "%", as_of=_Y2024, code=_PAR, **_OPEN),
    F("xếp thứ 35/63", "35/63", 35, "hạng", R, max_value=63, as_of=_Y2024, code=_PAR, **_OPEN),
    # I.3 decisions, procedures
    _prov("ban hành 42 quyết định", "42", 42, "quyết định", C, code=None, **_Y),
    _prov("hóa 126 TTHC", "126", 126, "TTHC", C, code=ANY, **_Y),
    _prov("khai 1.684 TTHC", "1.684", 1684, "TTHC", C, code=ANY, **_Y),
    _prov("trong đó 1.012 TTHC", "1.012", 1012, "TTHC", C, code=_TOAN, **_Y),
    _prov("chiếm 60,10%", "60,10%", 60.10, "%", code=_TOAN, **_Y),
    # I.4 files and shares, letters (unchecked), copies, the communes below a threshold
    _prov("tiếp nhận 612.846", "612.846", 612846, "hồ sơ", C, code=_TN, **_Y),
    _prov("tuyến đạt 72,18%", "72,18%", 72.18, "%", code=_NOP, **_Y),
    _prov("hạn đạt 98,84%", "98,84%", 98.84, "%", code=_DH, **_Y),
    _prov("còn 7.108 hồ sơ", "7.108", 7108, "hồ sơ", C, code=_QH, **_Y),
    F("gửi 6.986 thư", "6.986", 6986, "thư xin lỗi", C, code=ANY, **_OPEN, **_Y),
    _prov("tuyến đạt 61,42%", "61,42%", 61.42, "%", code=_TT, **_Y),
    _prov("hồ sơ đạt 88,26%", "88,26%", 88.26, "%", code=_SH, **_Y),
    _prov("tử 142.618 bản", "142.618", 142618, "bản", C, code=ANY, **_Y),
    F("Còn 22 xã", "22", 22, "xã", C, code=None, **_IN_XA, **_Y),
    F("dưới 50%", "50%", 50, "%", T, code=_TT, **_IN_XA, **_Y),
    # I.5 PAKN, satisfaction; I.6 the 766 result of tháng 12/2025 and two groups, the self-assessment;
    # I.7 the inspections
    _prov("Tiếp nhận 846", "846", 846, "PAKN", C, code=_PAKN_TN, **_Y),
    _prov("xử lý 832 PAKN", "832", 832, "PAKN", C, code=ANY, **_Y),
    _prov("đạt 98,35%", "98,35%", 98.35, "%", code=ANY, **_Y),
    _prov("TTHC đạt 91,36%", "91,36%", 91.36, "%", code=_HL, **_Y),
    _prov("đạt 84,12/100", "84,12/100", 84.12, "điểm", max_value=100, code=_TONG, **_Y),
    _prov("xếp thứ 16/34", "16/34", 16, "hạng", R, max_value=34, code=_HANG, **_Y),
    _prov("đạt 6,84/10", "6,84/10", 6.84, "điểm", max_value=10, code="766.thanh_toan", **_Y),
    _prov("đạt 15,42/22", "15,42/22", 15.42, "điểm", max_value=22, code="766.so_hoa", **_Y),
    F("bình quân 87,64 điểm", "87,64", 87.64, "điểm", code=ANY, **_IN_TINH, **_Y),
    F("bình quân 80,12 điểm", "80,12", 80.12, "điểm", code=ANY, **_IN_XA, **_Y),
    F("có 15/19 sở", "15/19", 15, "đơn vị", C, max_value=19, code=None, **_IN_TINH, **_Y),
    F("và 09 xã", "09", 9, "xã", C, code=None, **_IN_XA, **_Y),
    F("tại 14 cơ quan", "14", 14, "đơn vị", C, code=None, **_OPEN, **_Y),
    F("phát hiện 58 nội dung", "58", 58, "nội dung", C, code=None, **_OPEN, **_Y),
    F("khắc phục 49 nội dung", "49", 49, "nội dung", C, code=None, **_OPEN, **_Y),
    F("đạt 84,48%", "84,48%", 84.48, "%", code=ANY, **_OPEN, **_Y),
    # II. the plan's targets (the province's at the period end; the communes' count and threshold level xã)
    _prov("từ 87 điểm", "87", 87, "điểm", T, code=_TONG),
    _prov("từ thứ 12/34", "12/34", 12, "hạng", T, max_value=34, code=_HANG),
    _prov("từ 88%", "88%", 88, "%", T, code=_PAR),
    _prov("từ 85%", "85%", 85, "%", T, code=_SIPAS),
    _prov("tối thiểu 80%", "80%", 80, "%", T, code=_NOP),
    _prov("tối thiểu 75%", "75%", 75, "%", T, code=_TT),
    _prov("tối thiểu 95%", "95%", 95, "%", T, code=_SH),
    _prov("trên 99%", "99%", 99, "%", T, code=_DH),
    F("Ít nhất 70/78", "70/78", 70, "xã", T, max_value=78, code=None, **_IN_XA),
    F("từ 60%", "60%", 60, "%", T, code=_TT, **_IN_XA),
    # III. task quantities and shares: targets dated at their task's deadline
    F("tại 16 cơ quan", "16", 16, "đơn vị", T, as_of="2026-03-31", code=None, **_OPEN),
    F("hóa 40 TTHC", "40", 40, "TTHC", T, as_of="2026-06-30", code=ANY, **_OPEN),
    F("tối thiểu 65%", "65%", 65, "%", T, as_of="2026-09-30", code=_TT, **_IN_XA),
    F("với 06 cơ sở", "06", 6, "cơ sở dữ liệu", T, as_of=_Y2026, code=None, **_OPEN),
    F("dưới 2%", "2%", 2, "%", T, as_of="2026-08-31", code=ANY, subject="Sở Nông nghiệp và Môi trường", level="tỉnh"),
    # IV. the plan's money (subject and level unchecked)
    F("là 2.460 triệu", "2.460", 2460, "triệu đồng", code=ANY, **_OPEN),
    F("tra 380 triệu", "380", 380, "triệu đồng", code=ANY, **_OPEN),
    F("lòng 520 triệu", "520", 520, "triệu đồng", code=ANY, **_OPEN),
    F("truyền 310 triệu", "310", 310, "triệu đồng", code=ANY, **_OPEN),
]


# ------------------------------------------------------------ 764: Trung tâm Phục vụ hành chính công thành phố Đà
# Nẵng, tổng kết năm 2025 (a centrally-run city's centre; a Markdown table by agency)
_TTPV = "Trung tâm Phục vụ hành chính công thành phố"
_ttc = _by(_TTPV, "tỉnh")
_NNMT = "Sở Nông nghiệp và Môi trường"
_AGENCIES_764 = [
    ("1", "Sở Tư pháp", "96.412", "98,12", "99,86", "118"),
    ("2", "Sở Xây dựng", "42.618", "94,36", "99,42", "214"),
    ("3", "Sở Nông nghiệp và Môi trường", "38.246", "71,28", "97,86", "806"),
    ("4", "Sở Tài chính", "28.914", "96,84", "99,91", "26"),
    ("5", "Sở Y tế", "12.486", "92,14", "100", "0"),
    ("6", "Công an thành phố", "104.628", "86,42", "99,96", "42"),
    ("7", "Các cơ quan còn lại", "63.114", "80,20", "99,12", "506"),
    ("", "Tổng cộng", "386.418", "88,66", "99,55", "1.712"),
]


def _agencies_764() -> list[Fact]:
    """"| STT | Cơ quan | Tiếp nhận (hồ sơ) | Trực tuyến (%) | Đúng hạn (%) | Quá hạn (hồ sơ) |": each agency as
    written (level tỉnh; "Các cơ quan còn lại" subject unchecked), "Tổng cộng" (empty STT) the Centre; received,
    online, on-time and overdue codes in every row (as golden/blind129.py's 720)."""
    def row_facts(line: str, after: str, row: tuple) -> list[Fact]:
        stt, name, received, online, on_time, overdue = row
        if stt == "":
            who = {"subject": _TTPV, "level": "tỉnh"}
        elif name.startswith("Các"):
            who = _IN_TINH
        else:
            who = {"subject": name, "level": "tỉnh"}
        return _cells(line, " | ", after, who, [
            (received, "hồ sơ", P, _TN, None), (online, "%", P, _NOP, None), (on_time, "%", P, _DH, None),
            (overdue, "hồ sơ", P, _QH, None)])
    return _table(_AGENCIES_764, _md_line, "\n2. Giải quyết", row_facts)


BLIND_764 = [
    # I. the Centre's counters, branches, staff, queue tickets, waiting time
    _ttc("bố trí 96 quầy", "96", 96, "quầy", C, code=None),
    _ttc("và 02 chi nhánh", "02", 2, "chi nhánh", C, code=None),
    _ttc("với 142 công chức", "142", 142, "công chức", C, code=None),
    _ttc("cấp 412.846 phiếu", "412.846", 412846, "phiếu", C, code=ANY),
    _ttc("bình quân 9,6 phút", "9,6", 9.6, "phút", code=ANY),
    _ttc("giảm 2,1 phút", "2,1", -2.1, "phút", CH, code=ANY),
    # II.1 files against 2024 of the two former centres added together (previous, subject unchecked, level tỉnh)
    _ttc("Trung tâm tiếp nhận 386.418", "386.418", 386418, "hồ sơ", C, code=_TN),
    F("sắp xếp: 352.946", "352.946", 352946, "hồ sơ", PR, as_of=_Y2024, code=_TN, **_IN_TINH),
    _ttc("tăng 33.472", "33.472", 33472, "hồ sơ", CH, code=ANY),
    _ttc("tăng 9,48%", "9,48%", 9.48, "%", CH, code=ANY),
    _ttc("tuyến 342.614", "342.614", 342614, "hồ sơ", C, code=_NOP),
    _ttc("chiếm 88,66%", "88,66%", 88.66, "%", code=_NOP),
    F("Tam Kỳ tiếp nhận 62.418", "62.418", 62418, "hồ sơ", C, subject="Chi nhánh Tam Kỳ", level=ANY, code=_TN),
    F("Hội An tiếp nhận 18.246", "18.246", 18246, "hồ sơ", C, subject="Chi nhánh Hội An", level=ANY, code=_TN),
    *_agencies_764(),
    # II.2 settled, on time, overdue (a named Sở's part), the agencies' letters, the post office
    _ttc("giải quyết 381.246", "381.246", 381246, "hồ sơ", C, code=ANY),
    _ttc("hạn đạt 99,55%", "99,55%", 99.55, "%", code=_DH),
    _ttc("quá hạn 1.712 hồ sơ", "1.712", 1712, "hồ sơ", C, code=_QH),
    _ttc("chiếm 0,45%", "0,45%", 0.45, "%", code=_QH),
    F("(806 hồ sơ)", "806", 806, "hồ sơ", C, subject=_NNMT, level="tỉnh", code=_QH),
    F("gửi 1.648 thư", "1.648", 1648, "thư xin lỗi", C, code=ANY, **_IN_TINH),
    F("đạt 96,26%", "96,26%", 96.26, "%", code=ANY, **_IN_TINH),
    F("phát 48.612 kết quả", "48.612", 48612, "kết quả", C, subject="Bưu điện thành phố Đà Nẵng", level="tỉnh",
      code=ANY),
    # II.3 payment against the Centre's target, fees
    _ttc("đạt 91,46%", "91,46%", 91.46, "%", code=_TT, target=90, stated_status="đạt"),
    F("hai Trung tâm: 78,12%", "78,12%", 78.12, "%", PR, as_of=_Y2024, code=_TT, **_IN_TINH),
    _ttc("tăng 13,34 điểm", "13,34", 13.34, "%", CH, code=ANY),
    _ttc("năm 2025 là 90%", "90%", 90, "%", T, code=_TT),
    _ttc("là 186,42 tỷ", "186,42", 186.42, "tỷ đồng", code=ANY),
    # II.4 ratings at the counters, PAKN
    _ttc("đặt 12 máy", "12", 12, "máy đánh giá", C, code=None),
    _ttc("nhận 168.412 lượt", "168.412", 168412, "lượt", C, code=ANY),
    _ttc("lòng đạt 98,64%", "98,64%", 98.64, "%", code=ANY),
    _ttc("tiếp nhận 64 phản", "64", 64, "PAKN", C, code=_PAKN_TN),
    _ttc("xử lý 64/64", "64/64", 64, "PAKN", C, max_value=64, code=ANY),
    _ttc("PAKN, đạt 100%", "100%", 100, "%", code=ANY),
    # II.5 the city's 766 result and two groups (subject NULL)
    _prov("đạt 88,92/100", "88,92/100", 88.92, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 4/34", "4/34", 4, "hạng", R, max_value=34, code=_HANG),
    _prov("đạt 19,46/20", "19,46/20", 19.46, "điểm", max_value=20, code="766.tien_do"),
    _prov("đạt 17,82/18", "17,82/18", 17.82, "điểm", max_value=18, code="766.hai_long"),
    # III. task targets: the named Sở's overdue share, the kiosks to install
    F("dưới 0,5%", "0,5%", 0.5, "%", T, as_of="2026-06-30", code=_QH, subject=_NNMT, level="tỉnh"),
    F("bổ sung 06 ki-ốt", "06", 6, "ki-ốt", T, as_of="2026-07-31", code=None, **_OPEN),
]

BLIND = {"760": BLIND_760, "761": BLIND_761, "762": BLIND_762, "763": BLIND_763, "764": BLIND_764}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "760": [
        ("2026-01-31", "day", "31/01/2026", "Kế hoạch cải cách hành chính năm 2026", "Sở Nội vụ"),
        ("2026-03-20", "day", "ngày hai mươi tháng 3 năm 2026", "hợp nhất dữ liệu", "Văn phòng UBND tỉnh"),
        ("2026-06-30", "quarter", "quý II năm 2026", "thanh toán trực tuyến", "UBND các xã, phường"),
        ("2026-04-30", "month", "tháng 4/2026", "máy quét", "Sở Khoa học và Công nghệ"),
        ("2026-12-31", "year", "năm 2026", "bưu chính công ích", "Bưu điện tỉnh Ninh Bình"),
        # issued 14/01/2026, before the 15th: the first "ngày 15 hằng tháng" is 15/01/2026
        ("2026-01-15", "recurring", "15 hằng tháng", "báo cáo kết quả cải cách hành chính",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "761": [
        ("2026-02-27", "day", "27/02/2026", "đơn giản hóa 12 TTHC", "Phòng Hành chính tư pháp"),
        ("2026-03-31", "day", "ngày ba mươi mốt tháng 3 năm 2026", "quy trình nội bộ",
         "Trung tâm Dịch vụ đấu giá tài sản"),
        ("2026-09-30", "quarter", "quý III năm 2026", "công chứng", "Phòng Bổ trợ tư pháp"),
        ("2026-05-31", "month", "tháng 5/2026", "tập huấn", "Văn phòng Sở"),
        ("2026-12-31", "year", "năm 2026", "xác minh lý lịch tư pháp", "Công an tỉnh"),
        # issued 09/01/2026, before the 12th: the first "ngày 12 hằng tháng" is 12/01/2026
        ("2026-01-12", "recurring", "12 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các phòng, đơn vị thuộc Sở"),
    ],
    "762": [
        ("2026-01-31", "day", "31/01/2026", "13 hồ sơ nhận bàn giao", "Văn phòng HĐND và UBND phường"),
        ("2026-03-15", "day", "ngày mười lăm tháng 3 năm 2026", "hồ sơ đất đai", "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2026-03-31", "quarter", "quý I năm 2026", "thanh toán trực tuyến",
         "Trung tâm Phục vụ hành chính công phường"),
        ("2026-02-28", "month", "tháng 02/2026", "an sinh xã hội", "Phòng Văn hóa - Xã hội"),
        ("2026-12-31", "year", "năm 2026", "nhân viên bưu chính", "Bưu điện tỉnh An Giang"),
        # issued 07/01/2026, after the 5th: the first "ngày 05 hằng tháng" is 05/02/2026
        ("2026-02-05", "recurring", "05 hằng tháng", "cập nhật số liệu", "Các phòng chuyên môn"),
    ],
    "763": [
        ("2026-03-31", "quarter", "quý I năm 2026", "kiểm tra công tác cải cách hành chính", "Sở Nội vụ"),
        ("2026-06-30", "quarter", "quý II năm 2026", "đơn giản hóa 40 TTHC", "Văn phòng UBND tỉnh"),
        ("2026-09-30", "quarter", "quý III năm 2026", "thanh toán trực tuyến", "UBND các xã, phường, đặc khu"),
        ("2026-12-31", "quarter", "quý IV năm 2026", "cơ sở dữ liệu chuyên ngành", "Sở Khoa học và Công nghệ"),
        ("2026-03-15", "day", "15/3/2026", "dữ liệu hộ tịch", "Sở Tư pháp"),
        ("2026-06-30", "day", "ngày ba mươi tháng 6 năm 2026", "đường truyền", "Sở Tài chính"),
        ("2026-08-31", "month", "tháng 8/2026", "đất đai quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2026-12-31", "year", "năm 2026", "liên thông", "Bảo hiểm xã hội tỉnh"),
        # issued 20/01/2026, before the 22nd: the first "ngày 22 hằng tháng" is 22/01/2026
        ("2026-01-22", "recurring", "22 hằng tháng", "báo cáo tiến độ",
         "Các sở, ban, ngành, UBND các xã, phường, đặc khu"),
    ],
    "764": [
        ("2026-02-28", "day", "28/02/2026", "quầy giao dịch", "Phòng Tiếp nhận và Trả kết quả"),
        ("2026-04-15", "day", "ngày mười lăm tháng 4 năm 2026", "dữ liệu hồ sơ", "Chi nhánh Tam Kỳ"),
        ("2026-06-30", "quarter", "quý II năm 2026", "hồ sơ quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2026-07-31", "month", "tháng 7/2026", "ki-ốt", "Phòng Hành chính - Tổng hợp"),
        ("2026-12-31", "year", "năm 2026", "trả kết quả tại nhà", "Bưu điện thành phố Đà Nẵng"),
        # issued 12/01/2026, after the 3rd: the first "ngày 03 hằng tháng" is 03/02/2026
        ("2026-02-03", "recurring", "03 hằng tháng", "báo cáo kết quả hoạt động", "Các phòng, chi nhánh"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind136.py's META): 760 a UBND tỉnh's year
# review, 761 a Sở's year report, 762 a ward's half-year report, 763 a UBND tỉnh's Kế hoạch whose period is the plan's
# year, 764 a city centre's year review.
META = {
    "760": {"doc_number": "18/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-01-14",
            "province": "Ninh Bình", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Trần Minh Hải"},
    "761": {"doc_number": "412/BC-STP", "doc_type": "Báo cáo", "issued_date": "2026-01-09",
            "province": "Phú Thọ", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Hà Thị Thu Trang"},
    "762": {"doc_number": "06/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-01-07",
            "province": "An Giang", "period_label": "6 tháng cuối năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-12-31", "signer": "Lâm Hoàng Phúc"},
    "763": {"doc_number": "12/KH-UBND", "doc_type": "Kế hoạch", "issued_date": "2026-01-20",
            "province": "Quảng Trị", "period_label": "năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-12-31", "signer": "Hoàng Nam Phong"},
    "764": {"doc_number": "24/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2026-01-12",
            "province": "Đà Nẵng", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Nguyễn Thị Diệu Linh"},
}
