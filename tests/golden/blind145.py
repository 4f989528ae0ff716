"""Blind golden facts for corpus/blind145/800_phu_tho.txt, 801_dak_lak.txt, 802_hung_yen.txt, 803_ninh_binh.txt and
804_can_tho.txt.

The five documents were written by the developers for a hundred-and-forty-fifth blind measurement (THE FIRST QUARTER
OF 2026 AFTER THE MERGER: a UBND tỉnh's quarterly report, a Sở's quarterly report, a ward's quarterly report, a Văn
phòng UBND tỉnh's Thông báo of the 766 index month by month, a centrally-run city's Công văn on online payment and
digitisation; quý I năm 2026 set against quý IV năm 2025 and against quý I năm 2025 of the former provinces, bodies or
communes; the 2026 targets of a Nghị quyết or Kế hoạch dated 30/6/2026 and 31/12/2026; files carried over from the
quarter before; tasks for quý II; provinces Phú Thọ (merged with Vĩnh Phúc and Hòa Bình), Đắk Lắk (merged with Phú
Yên), Hưng Yên (merged with Thái Bình), Ninh Bình (merged with Hà Nam and Nam Định) and the city Cần Thơ (merged with
Sóc Trăng and Hậu Giang); period quý I năm 2026 in all five; not real documents), and every row below was written by
reading them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind144.py, blind143.py, blind142.py, blind141.py, blind104.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose and list counts are kind `count`; table cells are kind `value` even when they count, with
`extra={"source": "table"}` (rank cells kind `rank`, signed change cells kind `change` with the raw as the cell writes
it, "+0,36" read 0.36, "-0,14" read -0.14); `as_of="period"` is the period's end (2026-03-31); a previous quarter or
month in brackets is kind previous dated at its end (a previous 766 total with the maximum 100 of the current one, a
previous group score with its group's maximum, a previous rank with its maximum; a block average's previous value
without one); a change is dated with the figure it changes and a fall ("giảm", "rút ngắn") is negative; a change in
"điểm phần trăm" is kind change in `%` with the number alone as raw; a change of a 766 score or rank carries the
score's or rank's code, of a count, share, average or duration none. `ANY` leaves a field unchecked where the sentence
names no catalogued indicator (`None` where it clearly names none: counts of decisions, fields, bodies, communes,
counters, staff, wards' residential groups). A count of the files (or PAKN) an indicator is computed on carries that
indicator's code; every "đã giải quyết" count, files settled before time or on time counted apart, pending and
carried-over files, files by channel other than online, files with a fee, money, receipts, letters, certified copies,
judicial-record certificates and PAKN handled or by channel have their code unchecked; overdue files named by field
carry the overdue code. Counts of local units take the unit of their first unit word ("71/148 xã, phường", "41/103
xã, phường", "09 xã", "23 xã" → `xã`); counts of "cơ quan", "đơn vị" and "sở, ban, ngành" → `đơn vị` at the level of
the bodies counted; "148 đơn vị hành chính cấp xã (133 xã, 15 phường)" → `cấp xã` (level xã) and its parts (units
`xã`, `phường`, subject unchecked, level xã). Province- and city-wide figures have subject NULL (800 a UBND tỉnh's
own report, 803 a Văn phòng UBND tỉnh reporting the province, 804 a UBND thành phố's Công văn; the province's 766
result in 801); "cấp tỉnh", "cấp xã" and, in the city, "cấp thành phố" (level tỉnh) name the levels; a Sở's own
figures are `Sở Tư pháp` (level tỉnh); a ward's own figures are its UBND named in full (`UBND phường Phố Hiến`, level
xã), its centre named by its kind subject unchecked (level xã); the city's centre named in full `Trung tâm Phục vụ
hành chính công thành phố` (level tỉnh); a sentence or row naming a body keeps the name as written ("Sở Tư pháp",
"Sở Xây dựng", "phường Hoa Lư", "xã Lịch Hội Thượng"). Block and level averages have subject unchecked. Thresholds in a
count of units ("từ 70% trở lên", "dưới 40%") are kind target with subject unchecked; task targets and task quantities
("dứt điểm 1.486 hồ sơ", "bổ sung 04 máy quét") are kind target dated at their task's deadline. Things counted take
the noun as written (`quyết định`, `lĩnh vực`, `tổ dân phố`, `người`, `quầy`, `công chức`, `phiếu`, `bản`, `thư xin
lỗi`, `biên lai`, `máy quét`); money keeps the unit written (`tỷ đồng`); durations `ngày`. Dates, document numbers and
cited texts ("Số: 86/BC-UBND", "Công văn số 1126/VPCP-KSTT", "Nghị quyết số 18/NQ-HĐND", "Kế hoạch số 32/KH-UBND",
"Kế hoạch số 46/KH-UBND", "Quyết định số 766/QĐ-TTg", "Kế hoạch số 28/KH-UBND", "Nghị quyết số 08/NQ-HĐND", "Số:
1246/UBND-KSTT"), stated windows ("từ ngày 01/01/2026 đến ngày 31/3/2026"), months, quarters and years naming a
result, a column, a bracket or a target's date ("tháng 01, tháng 02 và tháng 3", "Tháng 01/2026", "quý IV năm 2025",
"đến ngày 30/6/2026", "Chỉ tiêu thanh toán trực tuyến đến 30/6/2026 (%)"), "Bộ chỉ số 766", "Tổng đài 1022", the
maxima in a table's labels ("Công khai, minh bạch (18)", "Tổng điểm (100)", "Xếp hạng (/34)"), addresses ("số 6 đường
Chùa Chuông"), phone numbers ("0210.3846.215", "0262.3852.406", "0221.3862.417", "0229.3871.246", "0292.3820.574"),
section, item and table numbering ("I.", "1.", "a)", "4.1.", "Bảng 1."), STT cells, periods named by their length
("6 tháng đầu năm"), a month named in a remark ("tháng 02 trùng kỳ nghỉ Tết Nguyên đán"), headings naming the next
period ("III. NHIỆM VỤ QUÝ II NĂM 2026", "II. NHIỆM VỤ QUÝ II NĂM 2026": no deadlines), numbers in words ("ba tỉnh", "ba
địa phương", "Ba đơn vị", "Ba xã", the days of "ngày hai mươi lăm tháng 5", "ngày ba mươi tháng 6", "ngày mười lăm
tháng 5", "ngày hai mươi tháng 5", "ngày hai mươi chín tháng 5") and years are not figures.

New in this set (the decisions are written here):
- THE SAME QUARTER OF THE YEAR BEFORE THE MERGER. "quý I năm 2025 của ba tỉnh cũ: 161.372 hồ sơ" (800), "quý I năm
  2025 bình quân của ba tỉnh cũ: 44,16%" (800), "quý I năm 2025 của Sở Tư pháp tỉnh Đắk Lắk và Sở Tư pháp tỉnh Phú
  Yên trước hợp nhất cộng lại: 5.418 hồ sơ" (801), "quý I năm 2025 của các phường, xã cũ cộng lại (7.846 hồ sơ)"
  (802), "quý I năm 2025 của ba địa phương trước hợp nhất … bình quân đạt 39,14%" (804): kind previous dated
  2025-03-31 with the indicator's code; the subject unchecked (the former units added up or averaged are not the
  present body; as golden/blind144.py's 796 reads "15.846 hồ sơ[3]"), the level the present body's where the sentence
  names units of one level (801 tỉnh: two former Sở; 802 xã: former communes) and unchecked where it names former
  provinces (800, 804). The change against it ("so với cùng kỳ năm 2025 tăng 16.826 hồ sơ, tương ứng tăng 10,43%") is
  the present body's, dated at the period end. Quý IV năm 2025 (after the merger) in brackets is the present body's
  previous value, dated 2025-12-31.
- FILES CARRIED OVER: "tổng số hồ sơ phải giải quyết là 186.412 hồ sơ, trong đó hồ sơ kỳ trước chuyển sang 8.214 hồ
  sơ, tiếp nhận mới 178.198 hồ sơ": the files received are the new ones (received code); the total to settle and the
  carried-over part have their code unchecked (as the carried-over column of golden/blind144.py's 796). "Còn 9.494
  hồ sơ đang giải quyết, chuyển sang kỳ sau" is a pending count, no deadline.
- TWO DATED TARGETS OF ONE INDICATOR: "Chỉ tiêu Nghị quyết … đến ngày 30/6/2026 là 70% …; chỉ tiêu đến ngày
  31/12/2026 là 80%" (800, 801, 802, 804): each kind target dated at its own date (2026-06-30, 2026-12-31), with the
  indicator's code, the subject of the body the target is set for (NULL for the province or city; unchecked at the
  level of "các sở, ban, ngành" or "cấp xã" where the target is set for a whole level). The current share carries the
  mid-year target with the stated status ("chưa đạt chỉ tiêu", "đã đạt chỉ tiêu 6 tháng đầu năm"), the nearer date
  the sentence tests. 803's share of communes rated Tốt "mới đạt 44,96%" against "ít nhất 70% … đến ngày 30/6/2026 …
  85%" likewise (code unchecked). A TABLE COLUMN OF TARGETS (800 "Chỉ tiêu thanh toán trực tuyến đến 30/6/2026 (%)"):
  its cells are kind target dated 2026-06-30, the payment code, the row's subject.
- THE 766 INDEX MONTH BY MONTH INSIDE THE QUARTER. In prose (800 "tháng 01/2026 đạt 84,12 điểm (xếp thứ 15/34),
  tháng 02/2026 đạt 85,06 điểm (xếp thứ 13/34) và tháng 3/2026 đạt 86,24/100 điểm, xếp thứ 11/34"; 801 the Sở's; 804
  ranks only), in a dash list (802 "- Tháng 01/2026: 86,14 điểm, xếp thứ 14/104 xã, phường;") and in a Markdown table
  with the months as columns (803): January's and February's results are kind value / rank dated 2026-01-31 and
  2026-02-28 (the sentence or column dates them, as golden/blind104.py's 596), March's at the period end. A month's
  bare total beside the quarter's `x/100` takes the maximum 100, as a previous total does; ranks take their written
  maximum. 803's table writes each group's maximum in its row label ("Công khai, minh bạch (18)", "Tổng điểm (100)",
  "Xếp hạng (/34)"): every score cell of the row carries it, rank cells 34; the last column "Tăng (+), giảm (-) so với
  tháng 12/2025" holds signed changes (kind change, no maximum, the group's, total's or rank's code, dated at the
  period end). "Điểm bình quân quý I năm 2026 của tỉnh đạt 84,61 điểm" is a quarterly average (code unchecked, no
  maximum).
- MONTHS OF THE QUARTER AFTER "lần lượt là" (800 "54.126, 49.318 và 74.754 hồ sơ", 802 "3.126, 2.284 và 3.518 hồ sơ",
  804 "61,24%, 63,08% và 69,12%") and AS A DASH LIST (802 "- Tháng 01/2026: 81,46%;"): each dated at its month's end
  (received, online or payment code).

Per document:
- 800 is a quarterly Báo cáo of UBND tỉnh Phú Thọ (header "ỦY BAN NHÂN DÂN / TỈNH PHÚ THỌ", number "86/BC-UBND",
  signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Văn phòng Chính phủ, quý I năm 2026, issued
  08/4/2026 (ranks /34). "148 đơn vị … (133 xã, 15 phường) và 21 cơ quan"; "14 quyết định … 326 TTHC" and parts;
  "100%"; TTHC by level and toàn trình; files (above) with "(quý IV năm 2025: 192.846 hồ sơ; …)", the falls "giảm
  14.648 hồ sơ, tương ứng giảm 7,60%" and the rises against the former provinces; months (above); by level; online
  "131.846 hồ sơ, chiếm 73,99% (quý IV năm 2025: 71,26%), tăng 2,73 điểm phần trăm"; settled, on time, overdue, "tại
  cấp xã (1.486 hồ sơ)" (subject unchecked, level xã), on-time shares by level; THE MARKDOWN TABLE BY LEVEL ("Cấp tỉnh",
  "Cấp xã", "Toàn tỉnh" with an empty STT = the province; received, online, on-time, payment, target columns);
  payment "65,88%" against the two targets (above); digitisation, e-results, reuse "tăng 6,18 điểm phần trăm"; "các cơ
  quan đã tiếp nhận 286 PAKN" (the bodies together: subject and level unchecked); the 766 by month (above) with "(83,48
  điểm, xếp thứ 17/34)" of December, six groups `x/max`, blocks, grades "15/21 cơ quan và 71/148 xã, phường …; còn 09
  xã". Task 1's "dứt điểm 1.486 hồ sơ" (subject unchecked, level xã, 2026-04-30), task 2's "tối thiểu 65%" the
  communes' target (2026-06-30). Six deadlines in numbered items: day, quarter (with the target), "chậm nhất ngày hai
  mươi lăm tháng 5 năm 2026", month, year in a request "Đề nghị Bưu điện tỉnh Phú Thọ …", "trước ngày 20 hằng tháng"
  (issued 08/4/2026: first 20/4/2026).
- 801 is a quarterly Báo cáo of the Sở Tư pháp tỉnh Đắk Lắk (header "UBND TỈNH ĐẮK LẮK / SỞ TƯ PHÁP", number
  "412/BC-STP", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC") to UBND tỉnh, quý I năm 2026, issued 03/4/2026. The Sở's figures
  (`Sở Tư pháp`, level tỉnh): "142 TTHC thuộc 16 lĩnh vực (cấp tỉnh 118 TTHC; cấp xã 24 TTHC …)" (the 24 level xã,
  subject unchecked, as golden/blind144.py's 796), "03 quyết định" (the Chairman's: subject unchecked, level tỉnh), "29
  TTHC", toàn trình; files (above; the two former Sở's sum); online, settled, on time, overdue by field "(lĩnh vực quốc
  tịch 19 hồ sơ, lĩnh vực luật sư, công chứng 6 hồ sơ)" (subject unchecked, level tỉnh, overdue code); A TAB-SEPARATED
  TABLE BY FIELD (carried over, received, online, settled, on-time share, overdue; fields subject unchecked, level
  tỉnh, codes unchecked but overdue; "Tổng cộng" with an empty STT the Sở with its codes; "100" and "0" cells);
  payment "3.512 hồ sơ, đạt 85,12% (quý IV năm 2025: 82,36%)" against the agencies' targets "đến ngày 30/6/2026 là 85%
  … đã đạt chỉ tiêu; … đến ngày 31/12/2026 là 90%" (subject unchecked, level tỉnh); digitisation; judicial-record
  certificates "3.598 Phiếu … 2.946 phiếu …, chiếm 81,88%", "3,4 ngày (quý IV năm 2025: 4,1 ngày), rút ngắn 0,7 ngày";
  "07/07 PAKN"; satisfaction; the Sở's 766 by month (codes unchecked: a Sở's result, as golden/blind144.py's 796) "xếp
  thứ 3/19 sở, ban, ngành (tháng 12/2025: 88,76 điểm, xếp thứ 6/19), tăng 2,66 điểm và tăng 3 bậc"; the province's
  `84,36/100`, `18/34`. Tasks: "dứt điểm 19 hồ sơ" (2026-05-15), "tối thiểu 90%" (2026-06-30), both subject unchecked,
  level tỉnh. Five deadlines in dash items: day, "chậm nhất ngày ba mươi tháng 6 năm 2026", quarter (with the target),
  month, "trước ngày 22 hằng tháng" (issued 03/4/2026: first 22/4/2026).
- 802 is a quarterly Báo cáo of UBND phường Phố Hiến (tỉnh Hưng Yên; header "UBND TỈNH HƯNG YÊN / ỦY BAN NHÂN DÂN /
  PHƯỜNG PHỐ HIẾN", number "58/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"), quý I năm 2026, issued 06/4/2026.
  "04 đơn vị hành chính cấp xã cũ" (subject unchecked, level xã), "52 tổ dân phố … 96.418 người" (the ward's), "12
  quầy … 18 công chức" (the ward's centre by its kind: subject unchecked, level xã); TTHC; files (above: carried over,
  months, "So với quý IV năm 2025 (9.412 hồ sơ) giảm 484 hồ sơ", the former communes); online and its months (dash
  list); settled split "trước hạn 6.118 hồ sơ, đúng hạn 2.806 hồ sơ, quá hạn 38 hồ sơ" (the two parts code
  unchecked), "99,58%", overdue by field in brackets, "38 thư xin lỗi" (the ward's), pending; payment "72,36% (quý IV
  năm 2025: 68,12%), tăng 4,24 điểm phần trăm" against the communes' targets of the province's Kế hoạch (above);
  digitisation; "2.146 bản, chiếm 64,38%" (codes unchecked: whether the catalogue's electronic-certification code
  counts copies or shares is not settled by the earlier sets); PAKN "11 PAKN (qua Tổng đài 1022: 06 PAKN; trực tiếp
  tại Trung tâm: 05 PAKN) … 10 PAKN, đạt 90,91%; 01 PAKN"; satisfaction; the ward's 766 by month among the province's
  104 xã, phường (the total and rank codes, as golden/blind144.py's 798 reads a unit's own report), "(85,28 điểm, xếp
  thứ 19/104)" of December, "tăng 3,08 điểm và tăng 11 bậc"; the communes' average "83,46 điểm". Tasks: "dứt điểm 31
  hồ sơ" (level xã, 2026-04-24), "tối thiểu 75%" (the ward's centre: subject unchecked, level xã, 2026-05-31), "04 máy
  quét" asked of UBND tỉnh (subject and level unchecked, 2026-12-31). Six deadlines in numbered items: day, month (with
  the target), "chậm nhất ngày mười lăm tháng 5 năm 2026", quarter, "trước ngày 05 hằng tháng" (issued 06/4/2026,
  after the 5th: first 05/5/2026), year in a request "Đề nghị UBND tỉnh …".
- 803 is a THÔNG BÁO (doc_type "Thông báo") of the Văn phòng UBND tỉnh Ninh Bình (header "UBND TỈNH NINH BÌNH / VĂN
  PHÒNG", number "96/TB-VP", signed "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG") of the 766 results of quý I năm 2026,
  issued 09/4/2026 (ranks /34). The province (subject NULL): `85,84/100`, `16/34` "(83,38 điểm, xếp thứ 21/34) tăng
  2,46 điểm và tăng 5 bậc", the quarterly average, THE MARKDOWN TABLE (above; its total row and rank row repeat the
  prose), a dash list of five shares with two December values in brackets and "chưa đạt chỉ tiêu đến ngày 30/6/2026 là
  75%" (the province's target, payment code); "12.846 hồ sơ … 214.618 hồ sơ". The agencies' block "(19 cơ quan) …
  88,46 điểm (tháng 12/2025: 86,92 điểm), tăng 1,54 điểm", grades "13/19 … 05 … 01 cơ quan", the first and last Sở in
  brackets (as written, level tỉnh, codes unchecked); "129 đơn vị … (97 xã, 32 phường)"; the communes' block and the
  two sub-blocks; grades "58/129 xã, phường … 62 đơn vị … 09 đơn vị"; the Kế hoạch's targets of the share rated Tốt
  (above); the three first and three last communes in brackets (as written, level xã). Task 4.2's "tối thiểu 75%" the
  communes' target (2026-06-30). Five deadlines in items 4.1–4.5: day, quarter (with the target), "chậm nhất ngày hai
  mươi tháng 5 năm 2026", month, "trước ngày 03 hằng tháng" (issued 09/4/2026, after the 3rd: first 03/5/2026).
- 804 is a CÔNG VĂN (doc_type "Công văn") of UBND thành phố Cần Thơ (a centrally-run city; header "ỦY BAN NHÂN DÂN /
  THÀNH PHỐ CẦN THƠ", number "1246/UBND-KSTT", a "V/v" line naming quý I năm 2026, signed "TM. ỦY BAN NHÂN DÂN / KT.
  CHỦ TỊCH / PHÓ CHỦ TỊCH") to the city's agencies and communes, issued 10/4/2026, reporting quý I năm 2026 then
  "Chủ tịch UBND thành phố yêu cầu:". The city (subject NULL): "103 đơn vị hành chính cấp xã: 72 xã, 31 phường"
  (`cấp xã` and parts); payment "148.612 … 96.418 hồ sơ …, đạt 64,88% (quý IV năm 2025: 58,46%), tăng 6,42 điểm phần
  trăm", "tăng 21.846 hồ sơ", the former areas' "39,14%" and "tăng 25,74 điểm phần trăm", months (above); by level
  after "tương ứng là" ("cấp thành phố": subject "cấp thành phố", level tỉnh, as golden/blind55.py's 354; "cấp xã");
  "412,84 tỷ đồng", "88.426 biên lai"; the Nghị quyết's two targets (above); "14/19 sở, ban, ngành … từ 70% trở lên;
  41/103 xã, phường … từ 70% trở lên; còn 23 xã … dưới 40%" (thresholds at the bodies' levels); a dash list of four
  Sở and three communes after "tương ứng là" (as written, payment code); files "6.218 … 312.846 … 236.412 hồ sơ,
  chiếm 75,57%; … 309.418 hồ sơ, … 98,94%"; digitisation "84,62% (quý IV năm 2025: 80,18%)" by level, e-results,
  reuse "48,36%, chưa đạt chỉ tiêu 50% đến ngày 30/6/2026"; the centre's "38.412 hồ sơ, đạt 99,12%"; the city's 766
  (ranks of January and February, `86,92/100`, `9/34`, two groups, December's payment group "(tháng 12/2025: 6,18
  điểm)" with the maximum 10). Request 2's threshold "có tỷ lệ dưới 40%" and "tối thiểu 50%" (level xã, subject
  unchecked, 2026-06-30). Six deadlines in numbered items: day for two named Sở, quarter (with the target), "chậm nhất
  ngày hai mươi chín tháng 5 năm 2026", month, year in a request "Đề nghị Viễn thông Cần Thơ …", "trước ngày 18 hằng
  tháng" (issued 10/4/2026: first 18/4/2026).

Unsure readings (fields left `ANY`, or decided and written here): the subject and level of the same quarter of 2025 of
the former provinces or bodies (unchecked subject: the present body did not exist; level as above); the maximum of a
month's bare 766 total beside the quarter's `x/100` (decided: 100, as a previous total); the target a share "chưa đạt
chỉ tiêu" carries when two dated targets are stated (decided: the mid-year one, the nearer date; the target field is
informative only); whose "các cơ quan đã tiếp nhận 286 PAKN" is in 800 (unchecked); the codes of 802's certified
copies and their share (unchecked); the subject of 802's scanners asked of UBND tỉnh (unchecked, as golden/blind143.py's
793); whether 804's threshold in a request ("các xã có tỷ lệ dưới 40%") is dated at the request's deadline (decided:
yes, as a task's threshold in golden/blind141.py); the code of 804's centre's "đạt 99,12%" after "đã số hóa 38.412 hồ
sơ" (decided: the digitisation share).
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
_PAKN_TN = "pakn.tiep_nhan"
_TOAN = "766.dvctt.toan_trinh"
_GROUP_CODES = ["766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.so_hoa", "766.hai_long"]
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_XA = {"subject": ANY, "level": "xã"}
_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_XA = {"subject": "cấp xã", "level": "xã"}
_CITY = {"subject": "cấp thành phố", "level": "tỉnh"}
_NONE = {"subject": None, "level": None}

_JAN = "2026-01-31"
_FEB = "2026-02-28"
_DEC = "2025-12-31"
_Q1_2025 = "2025-03-31"
_MID = "2026-06-30"
_END = "2026-12-31"

# A numeric cell: (raw, unit, kind, code, max_value, as_of).
Cell = tuple[str, str, str, object, float | None, str]


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


def _cells(line: str, sep: str, after: str, who: dict, cells: list[Cell]) -> list[Fact]:
    """The numeric cells of one table row written as `line`, left to right. A cell's context is the separator before
    it, the rest of its row and the start of the next line (`after`), so that it occurs once and the raw text is found
    first at the cell itself."""
    facts, at = [], 0
    for raw, unit, kind, code, top, as_of in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw), unit, kind, max_value=top, as_of=as_of, code=code,
                       extra=TAB, **who))
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


def _groups(contexts: list[tuple[str, str]]) -> list[Fact]:
    """The six group scores `x/max` of the 766 index (the province's, subject NULL), each with its maximum."""
    facts = []
    for (context, raw), code in zip(contexts, _GROUP_CODES, strict=True):
        got, top = raw.split("/")
        facts.append(_prov(context, raw, _num(got), "điểm", max_value=_num(top), code=code))
    return facts


# ------------------------------------------------------------ 800: UBND tỉnh Phú Thọ, quý I năm 2026
_LEVELS_800 = [
    ("1", "Cấp tỉnh", "42.618", "86,42", "99,46", "78,14", "80"),
    ("2", "Cấp xã", "135.580", "70,08", "98,60", "61,96", "65"),
    ("", "Toàn tỉnh", "178.198", "73,99", "98,81", "65,88", "70"),
]


def _levels_800() -> list[Fact]:
    """Bảng 1 by level: "Cấp tỉnh" `cấp tỉnh`, "Cấp xã" `cấp xã`, "Toàn tỉnh" (empty STT) the province. Files received,
    online, on-time and payment shares at the period end; the last column the payment target dated 2026-06-30."""
    facts = []
    for i, row in enumerate(_LEVELS_800):
        after = _md_line(_LEVELS_800[i + 1][:2]) if i + 1 < len(_LEVELS_800) else "\n3. Thanh toán trực tuyến"
        who = {"Cấp tỉnh": _TINH, "Cấp xã": _XA}.get(row[1], _NONE)
        facts += _cells(_md_line(row), " | ", after, who, [
            (row[2], "hồ sơ", P, _TN, None, "period"), (row[3], "%", P, _NOP, None, "period"),
            (row[4], "%", P, _DH, None, "period"), (row[5], "%", P, _TT, None, "period"),
            (row[6], "%", T, _TT, None, _MID)])
    return facts


BLIND_800 = [
    # I. the communes after the reform and their kinds, the agencies
    F("có 148 đơn vị", "148", 148, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("(133 xã", "133", 133, "xã", C, code=None, **_IN_XA),
    F("15 phường)", "15", 15, "phường", C, code=None, **_IN_XA),
    F("và 21 cơ quan", "21", 21, "đơn vị", C, code=None, **_IN_TINH),
    # II.1 decisions, procedures published, by level, toàn trình
    _prov("ban hành 14 quyết định", "14", 14, "quyết định", C, code=None),
    _prov("danh mục 326 TTHC", "326", 326, "TTHC", C, code=ANY),
    _prov("mới 58 TTHC", "58", 58, "TTHC", C, code=ANY),
    _prov("bổ sung 201 TTHC", "201", 201, "TTHC", C, code=ANY),
    _prov("bãi bỏ 67 TTHC", "67", 67, "TTHC", C, code=ANY),
    _prov("đúng hạn đạt 100%", "100%", 100, "%", code=ANY),
    _prov("là 1.912 TTHC", "1.912", 1912, "TTHC", C, code=ANY),
    F("cấp tỉnh 1.516 TTHC", "1.516", 1516, "TTHC", C, code=ANY, **_TINH),
    F("cấp xã 396 TTHC", "396", 396, "TTHC", C, code=ANY, **_XA),
    _prov("có 1.084 TTHC", "1.084", 1084, "TTHC", C, code=_TOAN),
    _prov("chiếm 56,69%", "56,69%", 56.69, "%", code=_TOAN),
    # II.2 a) files to settle, carried over, received (quý IV năm 2025 and the former provinces' quý I in brackets)
    _prov("giải quyết là 186.412 hồ sơ", "186.412", 186412, "hồ sơ", C, code=ANY),
    _prov("chuyển sang 8.214 hồ sơ", "8.214", 8214, "hồ sơ", C, code=ANY),
    _prov("tiếp nhận mới 178.198 hồ sơ", "178.198", 178198, "hồ sơ", C, code=_TN),
    _prov("(quý IV năm 2025: 192.846 hồ sơ", "192.846", 192846, "hồ sơ", PR, as_of=_DEC, code=_TN),
    F("ba tỉnh cũ: 161.372 hồ sơ)", "161.372", 161372, "hồ sơ", PR, as_of=_Q1_2025, code=_TN, **_OPEN),
    _prov("giảm 14.648 hồ sơ", "14.648", -14648, "hồ sơ", CH, code=ANY),
    _prov("giảm 7,60%", "7,60%", -7.6, "%", CH, code=ANY),
    _prov("tăng 16.826 hồ sơ", "16.826", 16826, "hồ sơ", CH, code=ANY),
    _prov("tăng 10,43%", "10,43%", 10.43, "%", CH, code=ANY),
    _prov("lần lượt là 54.126", "54.126", 54126, "hồ sơ", C, as_of=_JAN, code=_TN),
    _prov("54.126, 49.318", "49.318", 49318, "hồ sơ", C, as_of=_FEB, code=_TN),
    _prov("và 74.754 hồ sơ", "74.754", 74754, "hồ sơ", C, code=_TN),
    F("cấp tỉnh tiếp nhận 42.618", "42.618", 42618, "hồ sơ", C, code=_TN, **_TINH),
    F("cấp xã tiếp nhận 135.580", "135.580", 135580, "hồ sơ", C, code=_TN, **_XA),
    # b) online
    _prov("là 131.846 hồ sơ", "131.846", 131846, "hồ sơ", C, code=_NOP),
    _prov("chiếm 73,99%", "73,99%", 73.99, "%", code=_NOP),
    _prov("(quý IV năm 2025: 71,26%)", "71,26%", 71.26, "%", PR, as_of=_DEC, code=_NOP),
    _prov("tăng 2,73 điểm", "2,73", 2.73, "%", CH, code=ANY),
    # c) settled, on time, overdue (the communes' land field), by level, pending
    _prov("Đã giải quyết 176.918 hồ sơ", "176.918", 176918, "hồ sơ", C, code=ANY),
    _prov("đúng hạn 174.806 hồ sơ", "174.806", 174806, "hồ sơ", C, code=_DH),
    _prov("đạt 98,81%", "98,81%", 98.81, "%", code=_DH),
    _prov("quá hạn 2.112 hồ sơ", "2.112", 2112, "hồ sơ", C, code=_QH),
    _prov("chiếm 1,19%", "1,19%", 1.19, "%", code=_QH),
    F("(1.486 hồ sơ)", "1.486", 1486, "hồ sơ", C, code=_QH, **_IN_XA),
    F("cấp tỉnh đạt 99,46%", "99,46%", 99.46, "%", code=_DH, **_TINH),
    F("cấp xã đạt 98,60%", "98,60%", 98.6, "%", code=_DH, **_XA),
    _prov("Còn 9.494 hồ sơ", "9.494", 9494, "hồ sơ", C, code=ANY),
    # Bảng 1
    *_levels_800(),
    # 3. payment (quý IV năm 2025 and the former provinces in brackets) against the Nghị quyết's two targets
    _prov("tỉnh đạt 65,88%", "65,88%", 65.88, "%", code=_TT, target=70, stated_status="chưa đạt"),
    _prov("(quý IV năm 2025: 61,42%", "61,42%", 61.42, "%", PR, as_of=_DEC, code=_TT),
    F("ba tỉnh cũ: 44,16%)", "44,16%", 44.16, "%", PR, as_of=_Q1_2025, code=_TT, **_OPEN),
    _prov("30/6/2026 là 70%", "70%", 70, "%", T, as_of=_MID, code=_TT),
    _prov("31/12/2026 là 80%", "80%", 80, "%", T, as_of=_END, code=_TT),
    _prov("TTHC đạt 88,34%", "88,34%", 88.34, "%", code=_SH),
    _prov("điện tử đạt 96,12%", "96,12%", 96.12, "%", code=_KQ),
    _prov("số hóa đạt 52,46%", "52,46%", 52.46, "%", code=_TSD),
    _prov("tăng 6,18 điểm", "6,18", 6.18, "%", CH, code=ANY),
    # 4. PAKN of "các cơ quan" (open)
    F("tiếp nhận 286 PAKN", "286", 286, "PAKN", C, code=_PAKN_TN, **_OPEN),
    F("xử lý 271 PAKN", "271", 271, "PAKN", C, code=ANY, **_OPEN),
    F("đạt 94,76%", "94,76%", 94.76, "%", code=ANY, **_OPEN),
    F("còn 15 PAKN", "15", 15, "PAKN", C, code=ANY, **_OPEN),
    # 5. the 766 index by month (January and February dated at their month's end), December in brackets
    _prov("tháng 01/2026 đạt 84,12 điểm", "84,12", 84.12, "điểm", max_value=100, as_of=_JAN, code=_TONG),
    _prov("(xếp thứ 15/34)", "15/34", 15, "hạng", R, max_value=34, as_of=_JAN, code=_HANG),
    _prov("tháng 02/2026 đạt 85,06 điểm", "85,06", 85.06, "điểm", max_value=100, as_of=_FEB, code=_TONG),
    _prov("(xếp thứ 13/34)", "13/34", 13, "hạng", R, max_value=34, as_of=_FEB, code=_HANG),
    _prov("đạt 86,24/100", "86,24/100", 86.24, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 11/34", "11/34", 11, "hạng", R, max_value=34, code=_HANG),
    _prov("(83,48 điểm", "83,48", 83.48, "điểm", PR, max_value=100, as_of=_DEC, code=_TONG),
    _prov("xếp thứ 17/34)", "17/34", 17, "hạng", PR, max_value=34, as_of=_DEC, code=_HANG),
    _prov("tăng 2,76 điểm", "2,76", 2.76, "điểm", CH, code=_TONG),
    _prov("tăng 6 bậc", "6", 6, "hạng", CH, code=_HANG),
    *_groups([("minh bạch 16,86/18", "16,86/18"), ("giải quyết 19,12/20", "19,12/20"),
              ("trực tuyến 10,36/12", "10,36/12"), ("trực tuyến 7,42/10", "7,42/10"),
              ("hồ sơ 17,08/22", "17,08/22"), ("hài lòng 15,40/18", "15,40/18")]),
    F("bình quân đạt 88,92 điểm", "88,92", 88.92, "điểm", code=ANY, **_IN_TINH),
    F("bình quân đạt 82,18 điểm", "82,18", 82.18, "điểm", code=ANY, **_IN_XA),
    F("Có 15/21", "15/21", 15, "đơn vị", C, max_value=21, code=None, **_IN_TINH),
    F("và 71/148", "71/148", 71, "xã", C, max_value=148, code=None, **_IN_XA),
    F("còn 09 xã", "09", 9, "xã", C, code=None, **_IN_XA),
    # III. task 1's quantity, task 2's target of the communes
    F("dứt điểm 1.486 hồ sơ", "1.486", 1486, "hồ sơ", T, as_of="2026-04-30", code=ANY, **_IN_XA),
    F("tối thiểu 65%", "65%", 65, "%", T, as_of=_MID, code=_TT, **_IN_XA),
]


# ------------------------------------------------------------ 801: Sở Tư pháp tỉnh Đắk Lắk, quý I năm 2026
_so = _by("Sở Tư pháp", "tỉnh")
_FIELDS_801 = [
    ("1", "Lý lịch tư pháp", "124", "3.612", "3.418", "3.598", "100", "0"),
    ("2", "Quốc tịch", "86", "214", "96", "226", "91,59", "19"),
    ("3", "Chứng thực", "18", "1.246", "1.138", "1.252", "100", "0"),
    ("4", "Hộ tịch", "42", "846", "712", "880", "100", "0"),
    ("5", "Luật sư, công chứng", "31", "318", "262", "340", "98,24", "6"),
    ("6", "Các lĩnh vực khác", "17", "288", "220", "300", "100", "0"),
    ("", "Tổng cộng", "318", "6.524", "5.846", "6.596", "99,62", "25"),
]
_UNITS_801 = ["hồ sơ", "hồ sơ", "hồ sơ", "hồ sơ", "%", "hồ sơ"]


def _fields_801() -> list[Fact]:
    """Bảng 1, tab-separated, by field: carried over, received, online, settled, on-time share, overdue. Field rows
    subject unchecked (level tỉnh), codes unchecked but the overdue column; "Tổng cộng" (empty STT) the Sở with the
    received, online, on-time and overdue codes. "100" and "0" cells are figures."""
    facts = []
    for i, row in enumerate(_FIELDS_801):
        after = "\t".join(_FIELDS_801[i + 1][:2]) if i + 1 < len(_FIELDS_801) else "\n3. Thanh toán trực tuyến"
        if row[1] == "Tổng cộng":
            who, codes = {"subject": "Sở Tư pháp", "level": "tỉnh"}, [ANY, _TN, _NOP, ANY, _DH, _QH]
        else:
            who, codes = _IN_TINH, [ANY, ANY, ANY, ANY, ANY, _QH]
        facts += _cells("\t".join(row), "\t", after, who,
                        [(raw, unit, P, code, None, "period")
                         for raw, unit, code in zip(row[2:], _UNITS_801, codes, strict=True)])
    return facts


BLIND_801 = [
    # 1. the Sở's procedures (the communes' part level xã), the Chairman's decisions, toàn trình
    _so("thực hiện 142 TTHC", "142", 142, "TTHC", C, code=ANY),
    _so("thuộc 16 lĩnh vực", "16", 16, "lĩnh vực", C, code=None),
    _so("cấp tỉnh 118 TTHC", "118", 118, "TTHC", C, code=ANY),
    F("cấp xã 24 TTHC", "24", 24, "TTHC", C, code=ANY, **_IN_XA),
    F("ban hành 03 quyết định", "03", 3, "quyết định", C, code=None, **_IN_TINH),
    _so("công bố 29 TTHC", "29", 29, "TTHC", C, code=ANY),
    _so("toàn trình là 96 TTHC", "96", 96, "TTHC", C, code=_TOAN),
    _so("chiếm 81,36%", "81,36%", 81.36, "%", code=_TOAN),
    # 2. files (quý IV năm 2025 and the two former Sở's quý I in brackets), online, settled, overdue by field
    _so("quý là 6.842 hồ sơ", "6.842", 6842, "hồ sơ", C, code=ANY),
    _so("gồm 318 hồ sơ", "318", 318, "hồ sơ", C, code=ANY),
    _so("và 6.524 hồ sơ", "6.524", 6524, "hồ sơ", C, code=_TN),
    _so("(quý IV năm 2025: 7.106 hồ sơ", "7.106", 7106, "hồ sơ", PR, as_of=_DEC, code=_TN),
    F("cộng lại: 5.418 hồ sơ)", "5.418", 5418, "hồ sơ", PR, as_of=_Q1_2025, code=_TN, **_IN_TINH),
    _so("giảm 582 hồ sơ", "582", -582, "hồ sơ", CH, code=ANY),
    _so("tăng 20,41%", "20,41%", 20.41, "%", CH, code=ANY),
    _so("trực tuyến 5.846 hồ sơ", "5.846", 5846, "hồ sơ", C, code=_NOP),
    _so("chiếm 89,61%", "89,61%", 89.61, "%", code=_NOP),
    _so("Đã giải quyết 6.596 hồ sơ", "6.596", 6596, "hồ sơ", C, code=ANY),
    _so("đúng hạn 6.571 hồ sơ", "6.571", 6571, "hồ sơ", C, code=_DH),
    _so("đạt 99,62%", "99,62%", 99.62, "%", code=_DH),
    _so("quá hạn 25 hồ sơ", "25", 25, "hồ sơ", C, code=_QH),
    F("quốc tịch 19 hồ sơ", "19", 19, "hồ sơ", C, code=_QH, **_IN_TINH),
    F("công chứng 6 hồ sơ", "6", 6, "hồ sơ", C, code=_QH, **_IN_TINH),
    _so("Đang giải quyết 246 hồ sơ", "246", 246, "hồ sơ", C, code=ANY),
    # Bảng 1
    *_fields_801(),
    # 3. payment against the agencies' two targets, digitisation, judicial-record certificates
    _so("là 4.126 hồ sơ", "4.126", 4126, "hồ sơ", C, code=ANY),
    _so("trực tuyến 3.512 hồ sơ", "3.512", 3512, "hồ sơ", C, code=_TT),
    _so("đạt 85,12%", "85,12%", 85.12, "%", code=_TT, target=85, stated_status="đạt"),
    _so("(quý IV năm 2025: 82,36%)", "82,36%", 82.36, "%", PR, as_of=_DEC, code=_TT),
    F("30/6/2026 là 85%", "85%", 85, "%", T, as_of=_MID, code=_TT, **_IN_TINH),
    F("31/12/2026 là 90%", "90%", 90, "%", T, as_of=_END, code=_TT, **_IN_TINH),
    _so("TTHC đạt 94,18%", "94,18%", 94.18, "%", code=_SH),
    _so("điện tử đạt 99,34%", "99,34%", 99.34, "%", code=_KQ),
    _so("số hóa đạt 61,27%", "61,27%", 61.27, "%", code=_TSD),
    _so("cấp 3.598 Phiếu", "3.598", 3598, "phiếu", C, code=ANY),
    _so("trong đó 2.946 phiếu", "2.946", 2946, "phiếu", C, code=ANY),
    _so("chiếm 81,88%", "81,88%", 81.88, "%", code=ANY),
    _so("bình quân 3,4 ngày", "3,4", 3.4, "ngày", code=ANY),
    _so("(quý IV năm 2025: 4,1 ngày)", "4,1", 4.1, "ngày", PR, as_of=_DEC, code=ANY),
    _so("rút ngắn 0,7 ngày", "0,7", -0.7, "ngày", CH, code=ANY),
    # 4. PAKN, satisfaction
    _so("tiếp nhận 07 PAKN", "07", 7, "PAKN", C, code=_PAKN_TN),
    _so("07/07 PAKN", "07/07", 7, "PAKN", C, max_value=7, code=ANY),
    _so("PAKN, đạt 100%", "100%", 100, "%", code=ANY),
    _so("đạt 97,46%", "97,46%", 97.46, "%", code=_HL),
    # 5. the Sở's 766 by month among the 19 agencies (codes unchecked), December in brackets; the province's
    _so("đạt 89,64 điểm", "89,64", 89.64, "điểm", max_value=100, as_of=_JAN, code=ANY),
    _so("đạt 90,18 điểm", "90,18", 90.18, "điểm", max_value=100, as_of=_FEB, code=ANY),
    _so("đạt 91,42/100", "91,42/100", 91.42, "điểm", max_value=100, code=ANY),
    _so("xếp thứ 3/19", "3/19", 3, "hạng", R, max_value=19, code=ANY),
    _so("(tháng 12/2025: 88,76 điểm", "88,76", 88.76, "điểm", PR, max_value=100, as_of=_DEC, code=ANY),
    _so("xếp thứ 6/19)", "6/19", 6, "hạng", PR, max_value=19, as_of=_DEC, code=ANY),
    _so("tăng 2,66 điểm", "2,66", 2.66, "điểm", CH, code=ANY),
    _so("tăng 3 bậc", "3", 3, "hạng", CH, code=ANY),
    _prov("đạt 84,36/100", "84,36/100", 84.36, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 18/34", "18/34", 18, "hạng", R, max_value=34, code=_HANG),
    # II. task quantity and target
    F("dứt điểm 19 hồ sơ", "19", 19, "hồ sơ", T, as_of="2026-05-15", code=ANY, **_IN_TINH),
    F("tối thiểu 90%", "90%", 90, "%", T, as_of=_MID, code=_TT, **_IN_TINH),
]


# ------------------------------------------------------------ 802: UBND phường Phố Hiến (tỉnh Hưng Yên), quý I năm 2026
_pw = _by("UBND phường Phố Hiến", "xã")

BLIND_802 = [
    # I. the former communes, residential groups, population, the centre's counters and staff
    F("sắp xếp 04 đơn vị", "04", 4, "đơn vị", C, code=None, **_IN_XA),
    _pw("có 52 tổ dân phố", "52", 52, "tổ dân phố", C, code=None),
    _pw("dân số 96.418 người", "96.418", 96418, "người", C, code=ANY),
    F("bố trí 12 quầy", "12", 12, "quầy", C, code=None, **_IN_XA),
    F("với 18 công chức", "18", 18, "công chức", C, code=None, **_IN_XA),
    # II.1 procedures
    _pw("thực hiện 396 TTHC", "396", 396, "TTHC", C, code=ANY),
    _pw("có 289 TTHC", "289", 289, "TTHC", C, code=_TOAN),
    _pw("(chiếm 72,98%)", "72,98%", 72.98, "%", code=_TOAN),
    _pw("công khai 100% TTHC", "100%", 100, "%", code=ANY),
    # II.2 files: carried over, received by month, quý IV năm 2025 and the former communes' quý I in brackets
    _pw("quý là 9.214 hồ sơ", "9.214", 9214, "hồ sơ", C, code=ANY),
    _pw("chuyển sang 286 hồ sơ", "286", 286, "hồ sơ", C, code=ANY),
    _pw("tiếp nhận mới 8.928 hồ sơ", "8.928", 8928, "hồ sơ", C, code=_TN),
    _pw("lần lượt là 3.126", "3.126", 3126, "hồ sơ", C, as_of=_JAN, code=_TN),
    _pw("3.126, 2.284", "2.284", 2284, "hồ sơ", C, as_of=_FEB, code=_TN),
    _pw("và 3.518 hồ sơ", "3.518", 3518, "hồ sơ", C, code=_TN),
    _pw("(9.412 hồ sơ)", "9.412", 9412, "hồ sơ", PR, as_of=_DEC, code=_TN),
    _pw("giảm 484 hồ sơ", "484", -484, "hồ sơ", CH, code=ANY),
    F("(7.846 hồ sơ)", "7.846", 7846, "hồ sơ", PR, as_of=_Q1_2025, code=_TN, **_IN_XA),
    _pw("tăng 1.082 hồ sơ", "1.082", 1082, "hồ sơ", CH, code=ANY),
    _pw("tăng 13,79%", "13,79%", 13.79, "%", CH, code=ANY),
    # online, by month (dash list)
    _pw("là 7.412 hồ sơ", "7.412", 7412, "hồ sơ", C, code=_NOP),
    _pw("chiếm 83,02%", "83,02%", 83.02, "%", code=_NOP),
    _pw("(quý IV năm 2025: 79,64%)", "79,64%", 79.64, "%", PR, as_of=_DEC, code=_NOP),
    _pw("Tháng 01/2026: 81,46%", "81,46%", 81.46, "%", as_of=_JAN, code=_NOP),
    _pw("Tháng 02/2026: 82,18%", "82,18%", 82.18, "%", as_of=_FEB, code=_NOP),
    _pw("Tháng 3/2026: 84,94%", "84,94%", 84.94, "%", code=_NOP),
    # settled in three parts, overdue by field, letters, pending
    _pw("Đã giải quyết 8.962 hồ sơ", "8.962", 8962, "hồ sơ", C, code=ANY),
    _pw("trước hạn 6.118 hồ sơ", "6.118", 6118, "hồ sơ", C, code=ANY),
    _pw("đúng hạn 2.806 hồ sơ", "2.806", 2806, "hồ sơ", C, code=ANY),
    _pw("quá hạn 38 hồ sơ", "38", 38, "hồ sơ", C, code=_QH),
    _pw("đạt 99,58%", "99,58%", 99.58, "%", code=_DH),
    F("đất đai (31 hồ sơ)", "31", 31, "hồ sơ", C, code=_QH, **_IN_XA),
    F("(07 hồ sơ)", "07", 7, "hồ sơ", C, code=_QH, **_IN_XA),
    _pw("gửi 38 thư xin lỗi", "38", 38, "thư xin lỗi", C, code=ANY),
    _pw("Đang giải quyết 252 hồ sơ", "252", 252, "hồ sơ", C, code=ANY),
    # II.3 payment (quý IV năm 2025 in brackets) against the communes' two targets, digitisation, certified copies
    _pw("phường đạt 72,36%", "72,36%", 72.36, "%", code=_TT, target=70, stated_status="đạt"),
    _pw("(quý IV năm 2025: 68,12%)", "68,12%", 68.12, "%", PR, as_of=_DEC, code=_TT),
    _pw("tăng 4,24 điểm", "4,24", 4.24, "%", CH, code=ANY),
    F("30/6/2026 là 70%", "70%", 70, "%", T, as_of=_MID, code=_TT, **_IN_XA),
    F("31/12/2026 là 80%", "80%", 80, "%", T, as_of=_END, code=_TT, **_IN_XA),
    _pw("TTHC đạt 91,26%", "91,26%", 91.26, "%", code=_SH),
    _pw("điện tử đạt 98,74%", "98,74%", 98.74, "%", code=_KQ),
    _pw("số hóa đạt 58,62%", "58,62%", 58.62, "%", code=_TSD),
    _pw("chính 2.146 bản", "2.146", 2146, "bản", C, code=ANY),
    _pw("chiếm 64,38%", "64,38%", 64.38, "%", code=ANY),
    # II.4 PAKN by channel, handled, satisfaction
    _pw("tiếp nhận 11 PAKN", "11", 11, "PAKN", C, code=_PAKN_TN),
    _pw("1022: 06 PAKN", "06", 6, "PAKN", C, code=ANY),
    _pw("Trung tâm: 05 PAKN", "05", 5, "PAKN", C, code=ANY),
    _pw("xử lý 10 PAKN", "10", 10, "PAKN", C, code=ANY),
    _pw("đạt 90,91%", "90,91%", 90.91, "%", code=ANY),
    _pw("; 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    _pw("đạt 98,12%", "98,12%", 98.12, "%", code=_HL),
    # II.5 the ward's 766 by month among the 104 xã, phường (dash list), December in brackets, the communes' average
    _pw("Tháng 01/2026: 86,14 điểm", "86,14", 86.14, "điểm", max_value=100, as_of=_JAN, code=_TONG),
    _pw("xếp thứ 14/104", "14/104", 14, "hạng", R, max_value=104, as_of=_JAN, code=_HANG),
    _pw("Tháng 02/2026: 87,02 điểm", "87,02", 87.02, "điểm", max_value=100, as_of=_FEB, code=_TONG),
    _pw("xếp thứ 11/104", "11/104", 11, "hạng", R, max_value=104, as_of=_FEB, code=_HANG),
    _pw("Tháng 3/2026: 88,36/100", "88,36/100", 88.36, "điểm", max_value=100, code=_TONG),
    _pw("xếp thứ 8/104", "8/104", 8, "hạng", R, max_value=104, code=_HANG),
    _pw("(85,28 điểm", "85,28", 85.28, "điểm", PR, max_value=100, as_of=_DEC, code=_TONG),
    _pw("xếp thứ 19/104)", "19/104", 19, "hạng", PR, max_value=104, as_of=_DEC, code=_HANG),
    _pw("tăng 3,08 điểm", "3,08", 3.08, "điểm", CH, code=_TONG),
    _pw("tăng 11 bậc", "11", 11, "hạng", CH, code=_HANG),
    F("tháng 3/2026 đạt 83,46 điểm", "83,46", 83.46, "điểm", code=ANY, **_IN_XA),
    # III. task quantity, the centre's target, scanners asked of UBND tỉnh
    F("dứt điểm 31 hồ sơ", "31", 31, "hồ sơ", T, as_of="2026-04-24", code=ANY, **_IN_XA),
    F("tối thiểu 75%", "75%", 75, "%", T, as_of="2026-05-31", code=_TT, **_IN_XA),
    F("bổ sung 04 máy quét", "04", 4, "máy quét", T, as_of=_END, code=ANY, **_OPEN),
]


# ------------------------------------------------------------ 803: Văn phòng UBND tỉnh Ninh Bình, Thông báo quý I năm
# 2026 (the 766 index month by month in a Markdown table)
_GROUPS_803 = [
    ("1", "Công khai, minh bạch (18)", "16,42", "16,58", "16,94", "+0,36"),
    ("2", "Tiến độ, kết quả giải quyết (20)", "18,86", "19,04", "19,22", "+0,48"),
    ("3", "Dịch vụ công trực tuyến (12)", "9,84", "10,06", "10,32", "+0,64"),
    ("4", "Thanh toán trực tuyến (10)", "6,48", "6,72", "7,14", "+0,92"),
    ("5", "Số hóa hồ sơ (22)", "16,12", "16,04", "16,38", "+0,20"),
    ("6", "Mức độ hài lòng (18)", "15,96", "15,88", "15,84", "-0,14"),
    ("", "Tổng điểm (100)", "83,68", "84,32", "85,84", "+2,46"),
    ("", "Xếp hạng (/34)", "21", "19", "16", "+5"),
]
_ROW_SPECS_803 = [(code, "điểm", P, top) for code, top in zip(_GROUP_CODES, [18, 20, 12, 10, 22, 18], strict=True)]
_ROW_SPECS_803 += [(_TONG, "điểm", P, 100), (_HANG, "hạng", R, 34)]


def _groups_803() -> list[Fact]:
    """Bảng 1: each row one group (its maximum in the row label), the total and the rank (the province's, subject
    NULL). Columns January (2026-01-31), February (2026-02-28), March (period end), and the signed change against
    December 2025 (kind change, no maximum, dated at the period end)."""
    facts = []
    for i, (row, (code, unit, kind, top)) in enumerate(zip(_GROUPS_803, _ROW_SPECS_803, strict=True)):
        after = _md_line(_GROUPS_803[i + 1][:2]) if i + 1 < len(_GROUPS_803) else "\nMột số chỉ tiêu thành phần"
        facts += _cells(_md_line(row), " | ", after, _NONE, [
            (row[2], unit, kind, code, top, _JAN), (row[3], unit, kind, code, top, _FEB),
            (row[4], unit, kind, code, top, "period"), (row[5], unit, CH, code, None, "period")])
    return facts


_FIRST_LAST_803 = [("(93,86 điểm)", "phường Hoa Lư"), ("(92,74 điểm)", "phường Phủ Lý"),
                   ("(92,18 điểm)", "xã Gia Viễn"), ("(71,24 điểm)", "xã Cúc Phương"),
                   ("(72,06 điểm)", "xã Quỳnh Lưu"), ("(72,88 điểm)", "xã Phú Long")]

BLIND_803 = [
    # 1. the province's result of tháng 3/2026 (December in brackets), the quarter's average
    _prov("đạt 85,84/100", "85,84/100", 85.84, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 16/34", "16/34", 16, "hạng", R, max_value=34, code=_HANG),
    _prov("(83,38 điểm", "83,38", 83.38, "điểm", PR, max_value=100, as_of=_DEC, code=_TONG),
    _prov("xếp thứ 21/34)", "21/34", 21, "hạng", PR, max_value=34, as_of=_DEC, code=_HANG),
    _prov("tăng 2,46 điểm", "2,46", 2.46, "điểm", CH, code=_TONG),
    _prov("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    _prov("tỉnh đạt 84,61 điểm", "84,61", 84.61, "điểm", code=ANY),
    # Bảng 1
    *_groups_803(),
    # the component shares (December in brackets), the payment target, files
    _prov("trực tuyến: 78,46%", "78,46%", 78.46, "%", code=_NOP),
    _prov("(tháng 12/2025: 74,12%)", "74,12%", 74.12, "%", PR, as_of=_DEC, code=_NOP),
    _prov("trực tuyến: 71,38%", "71,38%", 71.38, "%", code=_TT, target=75, stated_status="chưa đạt"),
    _prov("(tháng 12/2025: 62,24%)", "62,24%", 62.24, "%", PR, as_of=_DEC, code=_TT),
    _prov("30/6/2026 là 75%", "75%", 75, "%", T, as_of=_MID, code=_TT),
    _prov("TTHC: 86,74%", "86,74%", 86.74, "%", code=_SH),
    _prov("đúng hạn: 98,86%", "98,86%", 98.86, "%", code=_DH),
    _prov("doanh nghiệp: 96,28%", "96,28%", 96.28, "%", code=_HL),
    _prov("chuyển sang là 12.846 hồ sơ", "12.846", 12846, "hồ sơ", C, code=ANY),
    _prov("tiếp nhận mới 214.618 hồ sơ", "214.618", 214618, "hồ sơ", C, code=_TN),
    # 2. the agencies' block (December in brackets), grades, the first and the last Sở
    F("(19 cơ quan)", "19", 19, "đơn vị", C, code=None, **_IN_TINH),
    F("bình quân đạt 88,46 điểm", "88,46", 88.46, "điểm", code=ANY, **_IN_TINH),
    F("(tháng 12/2025: 86,92 điểm)", "86,92", 86.92, "điểm", PR, as_of=_DEC, code=ANY, **_IN_TINH),
    F("tăng 1,54 điểm", "1,54", 1.54, "điểm", CH, code=ANY, **_IN_TINH),
    F("Có 13/19", "13/19", 13, "đơn vị", C, max_value=19, code=None, **_IN_TINH),
    F("05 cơ quan", "05", 5, "đơn vị", C, code=None, **_IN_TINH),
    F("01 cơ quan", "01", 1, "đơn vị", C, code=None, **_IN_TINH),
    F("(94,18 điểm)", "94,18", 94.18, "điểm", subject="Sở Tư pháp", level="tỉnh", code=ANY),
    F("(79,26 điểm)", "79,26", 79.26, "điểm", subject="Sở Xây dựng", level="tỉnh", code=ANY),
    # 3. the communes: units, the block and sub-blocks (December in brackets), grades, the Kế hoạch's targets
    F("có 129 đơn vị", "129", 129, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("(97 xã", "97", 97, "xã", C, code=None, **_IN_XA),
    F("32 phường)", "32", 32, "phường", C, code=None, **_IN_XA),
    F("bình quân đạt 82,74 điểm", "82,74", 82.74, "điểm", code=ANY, **_IN_XA),
    F("(tháng 12/2025: 80,16 điểm)", "80,16", 80.16, "điểm", PR, as_of=_DEC, code=ANY, **_IN_XA),
    F("tăng 2,58 điểm", "2,58", 2.58, "điểm", CH, code=ANY, **_IN_XA),
    F("(32 đơn vị)", "32", 32, "đơn vị", C, code=None, **_IN_XA),
    F("đạt 86,12 điểm", "86,12", 86.12, "điểm", code=ANY, **_IN_XA),
    F("(97 đơn vị)", "97", 97, "đơn vị", C, code=None, **_IN_XA),
    F("đạt 81,62 điểm", "81,62", 81.62, "điểm", code=ANY, **_IN_XA),
    F("Có 58/129", "58/129", 58, "xã", C, max_value=129, code=None, **_IN_XA),
    F("62 đơn vị", "62", 62, "đơn vị", C, code=None, **_IN_XA),
    F("09 đơn vị", "09", 9, "đơn vị", C, code=None, **_IN_XA),
    F("ít nhất 70%", "70%", 70, "%", T, as_of=_MID, code=ANY, **_IN_XA),
    F("31/12/2026 là 85%", "85%", 85, "%", T, as_of=_END, code=ANY, **_IN_XA),
    F("mới đạt 44,96%", "44,96%", 44.96, "%", code=ANY, target=70, stated_status="chưa đạt", **_IN_XA),
    *[F(context, context[1:6], _num(context[1:6]), "điểm", subject=name, level="xã", code=ANY)
      for context, name in _FIRST_LAST_803],
    # 4.2 the communes' target for quý II năm 2026
    F("tối thiểu 75%", "75%", 75, "%", T, as_of=_MID, code=_TT, **_IN_XA),
]


# ------------------------------------------------------------ 804: UBND thành phố Cần Thơ, Công văn after quý I 2026
_tt = _by("Trung tâm Phục vụ hành chính công thành phố", "tỉnh")
_LOW_BODIES_804 = [("Môi trường: 52,18%", "Sở Nông nghiệp và Môi trường"), ("Sở Xây dựng: 61,46%", "Sở Xây dựng"),
                   ("Công Thương: 66,12%", "Sở Công Thương"), ("Tài chính: 68,24%", "Sở Tài chính")]

BLIND_804 = [
    # the city's communes and their kinds
    F("gồm 103 đơn vị", "103", 103, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("cấp xã: 72 xã", "72", 72, "xã", C, code=None, **_IN_XA),
    F("31 phường)", "31", 31, "phường", C, code=None, **_IN_XA),
    # 1. payment (quý IV năm 2025 and the former areas' quý I in brackets), months, by level, money, receipts
    _prov("có 148.612 hồ sơ", "148.612", 148612, "hồ sơ", C, code=ANY),
    _prov("trong đó 96.418 hồ sơ", "96.418", 96418, "hồ sơ", C, code=_TT),
    _prov("đạt 64,88%", "64,88%", 64.88, "%", code=_TT, target=70, stated_status="chưa đạt"),
    _prov("(quý IV năm 2025: 58,46%)", "58,46%", 58.46, "%", PR, as_of=_DEC, code=_TT),
    _prov("tăng 6,42 điểm", "6,42", 6.42, "%", CH, code=ANY),
    _prov("tăng 21.846 hồ sơ", "21.846", 21846, "hồ sơ", CH, code=ANY),
    F("bình quân đạt 39,14%", "39,14%", 39.14, "%", PR, as_of=_Q1_2025, code=_TT, **_OPEN),
    _prov("tăng 25,74 điểm", "25,74", 25.74, "%", CH, code=ANY),
    _prov("lần lượt là 61,24%", "61,24%", 61.24, "%", as_of=_JAN, code=_TT),
    _prov("61,24%, 63,08%", "63,08%", 63.08, "%", as_of=_FEB, code=_TT),
    _prov("và 69,12%", "69,12%", 69.12, "%", code=_TT),
    F("tương ứng là 31.246 hồ sơ", "31.246", 31246, "hồ sơ", C, code=_TT, **_CITY),
    F("và 65.172 hồ sơ", "65.172", 65172, "hồ sơ", C, code=_TT, **_XA),
    F("tỷ lệ 82,16%", "82,16%", 82.16, "%", code=_TT, **_CITY),
    F("và 58,94%", "58,94%", 58.94, "%", code=_TT, **_XA),
    _prov("là 412,84 tỷ đồng", "412,84", 412.84, "tỷ đồng", code=ANY),
    _prov("phát hành 88.426 biên lai", "88.426", 88426, "biên lai", C, code=ANY),
    # the Nghị quyết's two targets
    _prov("là 70% đến ngày", "70%", 70, "%", T, as_of=_MID, code=_TT),
    _prov("và 80% đến ngày", "80%", 80, "%", T, as_of=_END, code=_TT),
    # counts of bodies and communes by threshold; the lowest Sở and communes
    F("Có 14/19", "14/19", 14, "đơn vị", C, max_value=19, code=None, **_IN_TINH),
    F("ngành đạt từ 70%", "70%", 70, "%", T, code=ANY, **_IN_TINH),
    F("41/103", "41/103", 41, "xã", C, max_value=103, code=None, **_IN_XA),
    F("phường đạt từ 70%", "70%", 70, "%", T, code=ANY, **_IN_XA),
    F("còn 23 xã", "23", 23, "xã", C, code=None, **_IN_XA),
    F("đạt dưới 40%", "40%", 40, "%", T, code=ANY, **_IN_XA),
    *[F(context, context.split(": ")[1], _num(context.split(": ")[1]), "%", subject=name, level="tỉnh", code=_TT)
      for context, name in _LOW_BODIES_804],
    F("tương ứng là 18,42%", "18,42%", 18.42, "%", subject="xã Lịch Hội Thượng", level="xã", code=_TT),
    F("18,42%, 21,36%", "21,36%", 21.36, "%", subject="xã Vĩnh Viễn", level="xã", code=_TT),
    F("và 24,08%", "24,08%", 24.08, "%", subject="xã Trường Long", level="xã", code=_TT),
    # 2. files, digitisation (quý IV năm 2025 in brackets) by level, e-results, reuse against its target, the centre
    _prov("chuyển sang là 6.218 hồ sơ", "6.218", 6218, "hồ sơ", C, code=ANY),
    _prov("tiếp nhận mới 312.846 hồ sơ", "312.846", 312846, "hồ sơ", C, code=_TN),
    _prov("trực tuyến 236.412 hồ sơ", "236.412", 236412, "hồ sơ", C, code=_NOP),
    _prov("chiếm 75,57%", "75,57%", 75.57, "%", code=_NOP),
    _prov("giải quyết 309.418 hồ sơ", "309.418", 309418, "hồ sơ", C, code=ANY),
    _prov("đạt 98,94%", "98,94%", 98.94, "%", code=_DH),
    _prov("của thành phố đạt 84,62%", "84,62%", 84.62, "%", code=_SH),
    _prov("(quý IV năm 2025: 80,18%)", "80,18%", 80.18, "%", PR, as_of=_DEC, code=_SH),
    F("cấp thành phố đạt 93,48%", "93,48%", 93.48, "%", code=_SH, **_CITY),
    F("cấp xã đạt 81,26%", "81,26%", 81.26, "%", code=_SH, **_XA),
    _prov("điện tử đạt 97,26%", "97,26%", 97.26, "%", code=_KQ),
    _prov("số hóa đạt 48,36%", "48,36%", 48.36, "%", code=_TSD, target=50, stated_status="chưa đạt"),
    _prov("chỉ tiêu 50%", "50%", 50, "%", T, as_of=_MID, code=_TSD),
    _tt("số hóa 38.412 hồ sơ", "38.412", 38412, "hồ sơ", C, code=ANY),
    _tt("đạt 99,12%", "99,12%", 99.12, "%", code=_SH),
    # 3. the city's 766: January's and February's ranks, March's total and rank, two groups (December in brackets)
    _prov("tháng 01/2026 xếp thứ 14/34", "14/34", 14, "hạng", R, max_value=34, as_of=_JAN, code=_HANG),
    _prov("xếp thứ 12/34", "12/34", 12, "hạng", R, max_value=34, as_of=_FEB, code=_HANG),
    _prov("đạt 86,92/100", "86,92/100", 86.92, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 9/34", "9/34", 9, "hạng", R, max_value=34, code=_HANG),
    _prov("đạt 7,26/10", "7,26/10", 7.26, "điểm", max_value=10, code="766.thanh_toan"),
    _prov("(tháng 12/2025: 6,18 điểm)", "6,18", 6.18, "điểm", PR, max_value=10, as_of=_DEC, code="766.thanh_toan"),
    _prov("đạt 16,84/22", "16,84/22", 16.84, "điểm", max_value=22, code="766.so_hoa"),
    # request 2: the threshold naming the communes and their target for quý II năm 2026
    F("có tỷ lệ dưới 40%", "40%", 40, "%", T, as_of=_MID, code=ANY, **_IN_XA),
    F("tối thiểu 50%", "50%", 50, "%", T, as_of=_MID, code=_TT, **_IN_XA),
]

BLIND = {"800": BLIND_800, "801": BLIND_801, "802": BLIND_802, "803": BLIND_803, "804": BLIND_804}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "800": [
        ("2026-04-30", "day", "30/4/2026", "dứt điểm 1.486 hồ sơ", "Sở Nông nghiệp và Môi trường"),
        ("2026-06-30", "quarter", "quý II năm 2026", "thanh toán trực tuyến", "UBND các xã, phường"),
        ("2026-05-25", "day", "ngày hai mươi lăm tháng 5 năm 2026", "đồng bộ dữ liệu", "Sở Khoa học và Công nghệ"),
        ("2026-05-31", "month", "tháng 5/2026", "tập huấn", "Văn phòng UBND tỉnh"),
        ("2026-12-31", "year", "năm 2026", "bưu chính công ích", "Bưu điện tỉnh Phú Thọ"),
        # issued 08/4/2026, before the 20th: the first "ngày 20 hằng tháng" is 20/4/2026
        ("2026-04-20", "recurring", "20 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "801": [
        ("2026-05-15", "day", "15/5/2026", "hồ sơ quốc tịch quá hạn", "Phòng Hành chính tư pháp"),
        ("2026-06-30", "day", "ngày ba mươi tháng 6 năm 2026", "sổ hộ tịch", "Văn phòng Sở"),
        ("2026-06-30", "quarter", "quý II năm 2026", "thanh toán trực tuyến", "Phòng Bổ trợ tư pháp"),
        ("2026-05-31", "month", "tháng 5/2026", "VNeID", "Phòng Phổ biến, giáo dục pháp luật"),
        # issued 03/4/2026, before the 22nd: the first "ngày 22 hằng tháng" is 22/4/2026
        ("2026-04-22", "recurring", "22 hằng tháng", "số liệu giải quyết TTHC", "Các phòng, đơn vị thuộc Sở"),
    ],
    "802": [
        ("2026-04-24", "day", "24/4/2026", "đất đai quá hạn", "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2026-05-31", "month", "tháng 5/2026", "thanh toán trực tuyến", "Trung tâm Phục vụ hành chính công phường"),
        ("2026-05-15", "day", "ngày mười lăm tháng 5 năm 2026", "quy trình nội bộ", "Văn phòng HĐND và UBND phường"),
        ("2026-06-30", "quarter", "quý II năm 2026", "VNeID", "Phòng Văn hóa - Xã hội"),
        # issued 06/4/2026, after the 5th: the first "ngày 05 hằng tháng" is 05/5/2026
        ("2026-05-05", "recurring", "05 hằng tháng", "báo cáo kết quả thực hiện", "Các tổ dân phố, bộ phận chuyên môn"),
        ("2026-12-31", "year", "năm 2026", "máy quét", "UBND tỉnh"),
    ],
    "803": [
        ("2026-04-25", "day", "25/4/2026", "nguyên nhân", "Sở Xây dựng"),
        ("2026-06-30", "quarter", "quý II năm 2026", "thanh toán trực tuyến", "UBND các xã, phường"),
        ("2026-05-20", "day", "ngày hai mươi tháng 5 năm 2026", "đồng bộ trạng thái hồ sơ", "Sở Khoa học và Công nghệ"),
        ("2026-06-30", "month", "tháng 6/2026", "số hóa hồ sơ", "Trung tâm Phục vụ hành chính công tỉnh"),
        # issued 09/4/2026, after the 3rd: the first "ngày 03 hằng tháng" is 03/5/2026
        ("2026-05-03", "recurring", "03 hằng tháng", "tự đánh giá", "Các cơ quan, đơn vị"),
    ],
    "804": [
        ("2026-04-28", "day", "28/4/2026", "nguyên nhân", "Sở Nông nghiệp và Môi trường, Sở Xây dựng"),
        ("2026-06-30", "quarter", "quý II năm 2026", "thanh toán trực tuyến", "UBND các xã, phường"),
        ("2026-05-29", "day", "ngày hai mươi chín tháng 5 năm 2026", "hỗ trợ người dân thanh toán trực tuyến",
         "Trung tâm Phục vụ hành chính công thành phố"),
        ("2026-07-31", "month", "tháng 7/2026", "hoàn trả phí, lệ phí", "Sở Tài chính"),
        ("2026-12-31", "year", "năm 2026", "đường truyền", "Viễn thông Cần Thơ"),
        # issued 10/4/2026, before the 18th: the first "ngày 18 hằng tháng" is 18/4/2026
        ("2026-04-18", "recurring", "18 hằng tháng", "báo cáo kết quả thực hiện",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind144.py's META).
_Q1_2026 = {"period_label": "quý I năm 2026", "period_start": "2026-01-01", "period_end": "2026-03-31"}
META = {
    "800": {"doc_number": "86/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-04-08", "province": "Phú Thọ",
            **_Q1_2026, "signer": "Nguyễn Thanh Hải"},
    "801": {"doc_number": "412/BC-STP", "doc_type": "Báo cáo", "issued_date": "2026-04-03", "province": "Đắk Lắk",
            **_Q1_2026, "signer": "Lê Minh Khoa"},
    "802": {"doc_number": "58/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-04-06", "province": "Hưng Yên",
            **_Q1_2026, "signer": "Đỗ Văn Thắng"},
    "803": {"doc_number": "96/TB-VP", "doc_type": "Thông báo", "issued_date": "2026-04-09", "province": "Ninh Bình",
            **_Q1_2026, "signer": "Phạm Thị Thu Hà"},
    "804": {"doc_number": "1246/UBND-KSTT", "doc_type": "Công văn", "issued_date": "2026-04-10", "province": "Cần Thơ",
            **_Q1_2026, "signer": "Lê Văn Tâm"},
}
