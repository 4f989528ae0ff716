"""Blind golden facts for corpus/blind132/735_nghe_an.txt, 736_ha_tinh.txt, 737_an_giang.txt, 738_dien_bien.txt and
739_hung_yen.txt.

The five documents were written by the developers for a hundred-and-thirty-second blind measurement (REPORTS THAT
COMPARE PERIODS: a half-year report with a table whose columns are the months Tháng 1 … Tháng 6, an annual report with
a tab-separated table whose columns are the quarters and the year's average, a monthly Công văn with last month's
figures in brackets under a legend and cumulative figures since the merger, a half-year report with a table of
quarters, the half-year, cùng kỳ năm trước and a signed change, a police report comparing the year with the two
former provinces' police combined; each closing with a section comparing the results with the year's targets;
provinces Nghệ An, Hà Tĩnh and Điện Biên, unchanged by the 1 July 2025 merger, An Giang and Hưng Yên after it; periods
6 tháng đầu năm 2025, năm 2025, tháng 11 năm 2025, 6 tháng đầu năm 2026 and năm 2025; not real documents), and every
row below was written by reading them, before any extraction, restoration or pipeline code was run on them. They
also serve as held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind128.py, blind127.py, blind126.py, blind125.py, blind16.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose and list counts are kind `count`; table cells are kind `value` even when they count, with
`extra={"source": "table"}`; `as_of="period"` is the period's end; a table column dated before the period end keeps
kind `value` with that date as `as_of`; a change is dated with the figure it changes and a fall ("giảm", "thiếu") is
negative; a change in "điểm phần trăm" is kind change in `%` with the number alone as raw; signed change cells
("+14,27") are kind change with the sign in the raw. `ANY` leaves a field unchecked where the sentence names no
catalogued indicator (`None` where it clearly names none: counts of communes, bodies, decisions, targets met).
"thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" the unit `PAKN`; a count of the files (or PAKN) an
indicator is computed on carries that indicator's code; every "đã giải quyết" count, pending files, one field's
files, money, changes of counts and shares (in % or in points) have their code unchecked, a change of a 766 score
the score's code. Counts of local units take the unit of their first unit word ("14/21 huyện, thành phố, thị xã" →
`huyện`; "104/104 xã, phường", "69 xã, phường", "06 xã" → `xã`); counts of "sở, ban, ngành", "cơ quan" and "đơn
vị" → `đơn vị` at the level of the bodies counted; "45 đơn vị hành chính cấp xã (42 xã, 3 phường)" → `cấp xã` (unit
`đơn vị`, level xã) and its parts (subject unchecked, level xã, units `xã` and `phường`). Province-wide figures and
the UBND tỉnh's or its Văn phòng's figures for the province (735, 736, 738; 739's "toàn tỉnh có … tài khoản") have
subject NULL; a provincial body's own figures naming no body are named by its kind (`Trung tâm Phục vụ hành chính
công tỉnh`, `Công an tỉnh`, level tỉnh); a sentence naming a body keeps the name as written. Things counted take the
noun as written (`quyết định`, `thư xin lỗi`, `tài khoản`, `thông tin`, `thẻ`, `giao dịch`, `chỉ tiêu`); money
keeps the unit written (`tỷ đồng`). Dates, document numbers and cited texts ("Quyết định số 766/QĐ-TTg", "Kế hoạch
số 18/KH-UBND", "Quyết định số 1286/QĐ-UBND", "Công văn số 4126/VPCP-KSTT", "Nghị quyết số 12/NQ-HĐND", "Quyết
định số 06/QĐ-TTg", "Kế hoạch số 214/KH-UBND"), stated windows and data dates ("từ ngày 01/01/2025 đến ngày
30/6/2025", "chốt ngày 05/01/2026", "từ ngày 01/7/2025", "Lũy kế đến ngày 31/12/2025"), months and quarters naming a
column or a bracket ("Tháng 1" … "Tháng 6", "Quý I/2026", "tháng 6/2024", "tháng 11/2024"), the length of a
cumulative window ("Lũy kế 5 tháng", "6 tháng"), "Bộ chỉ số 766", "Đề án 06", "mức độ 2", "từ đủ 14 tuổi", "dưới 14
tuổi", "Tổng đài 1022", "C06", "PC06", addresses ("số 02 đường Nguyễn Chí Thanh", "số 16 đường Tôn Đức Thắng"), phone
numbers ("0238.3842.516", "0239.3855.214", "0297.3862.418", "0215.3825.146", "0221.3862.506"), section and item
numbering ("I.", "1.", "a)"), STT cells, the groups' maxima in a label's brackets ("Công khai, minh bạch (18)",
"Tổng điểm (100)"), "-" cells, headings naming the next period ("VI. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025", "V. NHIỆM VỤ
NĂM 2026", "8. Nhiệm vụ tháng 12 năm 2025", "V. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026", "V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026":
no deadlines), "sáu nhóm" in words, the days of "ngày mười lăm tháng 8", "ngày hai mươi tháng 02", "ngày mười tháng
01", "ngày ba mươi mốt tháng 8", "ngày mười lăm tháng 3" (numbers in words) and years are not figures.

New in this set (the decisions are written here):
- A TABLE WHOSE COLUMNS ARE PERIODS AND WHOSE ROWS ARE INDICATORS (735 months, 736 quarters, 738 quarters): each cell
  is the row's indicator (code from the row's label: received, online, on-time, payment, digitisation shares, the
  766 total, the rank) dated by its column: a month or quarter before the period's last one at its end (kind value,
  as the fixed convention for columns dated before the period end), the last month or quarter and a column of the
  whole period ("6 tháng 2026", "Bình quân năm") at the period end. A row's unit comes from its label's bracket
  ("(hồ sơ)", "(%)", "(điểm)"). A group row's maximum is the one its label states in brackets ("Thanh toán trực tuyến
  (10)"; 736), the total's "(100)"; a score row "Điểm Bộ chỉ số 766 (điểm)" states none (735, 738: no maximum). Rank
  cells "31/63", "14/34" are kind rank with the maximum each writes; 736's ranks change from /63 (quý I, II) to /34
  (quý III, IV) with the merger and its year's rank is "-" (no figure).
- A CÙNG KỲ COLUMN AND A SIGNED CHANGE COLUMN (738): "Cùng kỳ 2025" is the same half-year of 2025, dated 2025-06-30
  and kept kind value (a table column dated before the period end), "41/63" its rank; "Tăng (+)/giảm (-)" cells
  kind change at the period end, unit of the row, code unchecked except the score row's (+5,58: the total's code).
- LAST MONTH'S FIGURES IN BRACKETS UNDER A LEGEND (737): "(số liệu tháng 10/2025 ghi trong ngoặc đơn)" once, then
  bare brackets "(15.412 hồ sơ)", "(83,74%)", "(17,92 tỷ đồng)": each kind previous dated 2025-10-31 with the code of
  the figure it follows. THE PREVIOUS REPORT IN BRACKETS (735): "(Báo cáo quý I năm 2025: 60,91%)", "(quý I năm 2025:
  81,36%)": previous dated 2025-03-31.
- CUMULATIVE FIGURES (735 "Lũy kế 6 tháng đầu năm 2025", 737 "Lũy kế 5 tháng" and "Lũy kế từ ngày 01/7/2025", 738
  "Lũy kế 6 tháng"): dated at the period end, with the codes of the month's figures; the window's length is no
  figure.
- CÙNG KỲ NĂM TRƯỚC OF A BODY BEFORE THE MERGER (737 "tháng 11/2024 (cộng gộp hai Trung tâm của tỉnh An Giang và tỉnh
  Kiên Giang trước sắp xếp: 13.204 hồ sơ)", 739 "số liệu năm 2024 là số liệu cộng gộp của Công an hai tỉnh"): kind
  previous, dated at the end of the earlier period; 737's two are the former centres' (subject unchecked, level
  tỉnh), 739's are read as the Công an tỉnh's own earlier figures, as the report's preamble declares them. The
  former provinces' police ranks of năm 2024 ("Công an tỉnh Hưng Yên xếp thứ 11/63, Công an tỉnh Thái Bình xếp thứ
  17/63") are kind previous (2024-12-31), subject unchecked, level tỉnh.
- RANKS ACROSS THE MERGER (736, 738): "quý IV năm 2024 … xếp thứ 24/63" beside "xếp thứ 9/34"; no rank change is
  stated between them ("không so sánh trực tiếp được"), so none is expected; 736's "xếp hạng chung năm 2024 của tỉnh
  là 26/63" previous (2024-12-31).
- A MOVE WRITTEN AS BOTH ENDS OF A SCORE (736 "từ 5,14 điểm ở quý I lên 7,48 điểm ở quý IV, tăng 2,34 điểm, tương
  ứng tăng 45,53%"): "5,14" previous dated 2025-03-31, "7,48" the value, both the payment group's code without a
  maximum (none written), the rise kind change (group code), the percent rise code unchecked; "mới bằng 74,45% số
  điểm tối đa của nhóm" a share (code unchecked).
- A CLOSING SECTION AGAINST THE YEAR'S TARGETS (all five): "chỉ tiêu năm 2025 là 70%; lũy kế 6 tháng đạt 64,89%,
  chưa đạt chỉ tiêu", "chỉ tiêu 65%; kết quả 62,48%, chưa đạt chỉ tiêu", "chỉ tiêu 99,5%, thực hiện 99,86%, đạt chỉ
  tiêu": each target kind target dated at the year's end (the period end in 736 and 739; 2025-12-31 in 735 and 737,
  2026-12-31 in 738), the figure set against it (written again in that section) carries the target and the status
  written. "vượt chỉ tiêu 3,74 điểm phần trăm" (736) leaves the status unchecked (no "đạt" written) and the excess is
  a change in `%`; "còn thiếu 1,60 điểm" (736) a negative change of the total (code unchecked); "bằng 94,25% chỉ
  tiêu" (738) a share, code unchecked; "đạt 3/5 chỉ tiêu", "đạt 3/4 chỉ tiêu" counts of targets met (unit `chỉ
  tiêu`, code None). A rank target "xếp hạng từ thứ 15/34 trở lên" (738) is kind target in `hạng` with max 34 and the
  rank's code; a score target "đạt từ 85 điểm trở lên" kind target in `điểm` with the total's code. "riêng tháng 6 đã
  đạt 70,24%" (735) is June's share (the period's last month), target and status unchecked.
- A SERIES AFTER "các quý I, II, III và IV lần lượt là" (739) and parts "lần lượt … tương ứng" (739's fields): each
  quarter's count dated at its quarter's end, kind count; the fields' counts and shares subject unchecked, level tỉnh,
  codes unchecked.
- GRADE COUNTS OF THE PREVIOUS QUARTER IN BRACKETS (738 "(quý I năm 2026: Tốt 07 đơn vị, Khá 26 đơn vị, Trung bình 12
  đơn vị)"): kind previous dated 2026-03-31, unit `đơn vị`, level xã, code None.

Per document:
- 735 is a half-year Báo cáo of UBND tỉnh Nghệ An (header "ỦY BAN NHÂN DÂN / TỈNH NGHỆ AN", number "512/BC-UBND",
  signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Văn phòng Chính phủ, 6 tháng đầu năm 2025, issued
  04/7/2025 (ranks /63). Province figures (subject NULL): "24 quyết định … 312 TTHC (cùng kỳ năm 2024: 18 quyết định
  với 246 TTHC)" (previous 2024-06-30), "1.912 TTHC … 1.064 TTHC …, chiếm 55,65%; còn lại 848 TTHC"; files "486.214
  hồ sơ (cùng kỳ năm 2024: 452.106 hồ sơ), tăng 34.108 hồ sơ, tương ứng tăng 7,54%" by level; online "315.521 …,
  chiếm 64,89% (Báo cáo quý I năm 2025: 60,91%); so với cùng kỳ năm 2024 (52,41%) tăng 12,48 điểm phần trăm";
  settled, on time, overdue, pending; the MARKDOWN TABLE OF MONTHS (six rows × six months, above); payment "48,12%,
  tăng 15,36 điểm phần trăm … (32,76%)", "214,86 tỷ đồng, tăng 38,5%", digitisation with quý I and by level; PAKN
  "146 … (cùng kỳ năm 2024: 172 PAKN), giảm 26 PAKN; … 139 PAKN, đạt 95,21%"; the half-year average "82,03 điểm,
  cùng kỳ năm 2024 đạt 77,94 điểm, tăng 4,09 điểm, tương ứng tăng 5,25%" (an average of months: code unchecked);
  tháng 6/2025 `84,12/100`, `19/63` against tháng 6/2024 "(78,36 điểm, xếp thứ 35/63) tăng 5,76 điểm và tăng 16
  bậc", six groups with maxima, block averages (subject unchecked; tỉnh, huyện, xã), "21 sở, ban, ngành … 12 … 08 …
  01 đơn vị", "14/21 huyện, thành phố, thị xã"; section V's five targets. Task 2's "tối thiểu 55% trong quý III năm
  2025" the communes' payment target (subject unchecked, level xã, 2025-09-30). Six deadlines in numbered items: day,
  quarter (with the target), "chậm nhất ngày mười lăm tháng 8 năm 2025", month, year in a request "Đề nghị Bưu điện
  tỉnh Nghệ An …", "trước ngày 18 hằng tháng" (issued 04/7/2025: first 18/7/2025).
- 736 is an annual Báo cáo of the Văn phòng UBND tỉnh Hà Tĩnh (header "UBND TỈNH HÀ TĨNH / VĂN PHÒNG", number
  "46/BC-VP", signed "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG") to UBND tỉnh on the province's 766 index, năm 2025,
  issued 14/01/2026. Province figures (subject NULL): the year's average `83,40/100` "tăng 4,62 điểm so với năm 2024
  (78,78 điểm), tương ứng tăng 5,86%"; quý IV "87,46 điểm, xếp thứ 9/34" and quý IV năm 2024 "80,12 điểm, xếp thứ
  24/63" (previous 2024-12-31), "tăng 7,34 điểm", "26/63"; against quý III "tăng 2,54 điểm và tăng 5 bậc"; THE
  TAB-SEPARATED TABLE OF QUARTERS (above); the payment group's move and the digitisation group (above); files
  "612.846 hồ sơ (năm 2024: 574.218 hồ sơ), tăng 38.628 hồ sơ, tương ứng tăng 6,73%", online "437.327"; A DASH LIST
  OF FIVE SHARES WITH NĂM 2024 IN BRACKETS AND THE CHANGE IN POINTS ("- Tỷ lệ thanh toán trực tuyến: 62,48% (năm
  2024: 44,06%), tăng 18,42 điểm phần trăm;", one "giảm 0,46"); block averages in quý IV with quý III in brackets
  (2025-09-30; subject unchecked), "69 xã, phường … 21 … 42 … 06 đơn vị"; section IV's five targets and "3/5". Task
  3's "tối thiểu 68% trong quý I năm 2026" the provincial centre's target (subject unchecked, level tỉnh). Six
  deadlines: day, "chậm nhất ngày hai mươi tháng 02 năm 2026", quarter (with the target), month, year in a request
  "Đề nghị Viễn thông Hà Tĩnh …", "trước ngày 05 hằng tháng" (issued 14/01/2026, after the 5th: first 05/02/2026).
- 737 is a CÔNG VĂN (doc_type "Công văn") of the Trung tâm Phục vụ hành chính công tỉnh An Giang (merged with Kiên
  Giang; header "UBND TỈNH AN GIANG / TRUNG TÂM PHỤC VỤ / HÀNH CHÍNH CÔNG", number "684/TTPVHCC-NV", a "V/v" line
  naming the month, signed by the director) to the Văn phòng UBND tỉnh, tháng 11 năm 2025, issued 03/12/2025. The
  centre's figures (`Trung tâm Phục vụ hành chính công tỉnh`, level tỉnh) with tháng 10/2025 in brackets (above):
  "14.826 hồ sơ (15.412 hồ sơ), giảm 586 hồ sơ, tương ứng giảm 3,80%", online "12.648 … chiếm 85,31% (83,74%)", by
  channel (codes unchecked), the cumulative "76.418 … 63.204 …, chiếm 82,71%"; settled, on time "99,26% (99,08%)",
  overdue "106 … 0,74%" and the bodies' overdue files in brackets as written ("Sở Nông nghiệp và Môi trường (68 hồ
  sơ)"; "còn lại 08 hồ sơ" subject unchecked), "106 thư xin lỗi, đạt 100%" (the bodies': subject unchecked); A DASH
  LIST BY BODY WITH THE DESK AT THE CENTRE ("- Sở Xây dựng: tiếp nhận 2.146 hồ sơ (2.318 hồ sơ), trực tuyến 86,12%,
  đúng hạn 99,02%;"; each as written, level tỉnh); payment, money, digitisation, e-results, reuse, PAKN, satisfaction
  (each with its bracket); cùng kỳ (above); the three targets. The first request's "68 hồ sơ" a count repeated; the
  post office's "tối thiểu 400 hồ sơ mỗi tháng trong quý I năm 2026" a target in `hồ sơ` (subject and level
  unchecked, 2026-03-31, code unchecked). Six deadlines in a dash list: day, "chậm nhất ngày mười tháng 01 năm 2026",
  quarter in a request "Đề nghị Bưu điện tỉnh An Giang …" (with the target), month, year in a request "Đề nghị Sở Khoa
  học và Công nghệ …", "trước ngày 25 hằng tháng" (issued 03/12/2025: first 25/12/2025).
- 738 is a half-year Báo cáo of UBND tỉnh Điện Biên (header "ỦY BAN NHÂN DÂN / TỈNH ĐIỆN BIÊN", number
  "236/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Văn phòng Chính phủ, 6 tháng đầu
  năm 2026, issued 06/7/2026 (ranks /34, cùng kỳ /63). Province figures (subject NULL): "45 đơn vị hành chính cấp xã
  (42 xã, 3 phường)", "1.684 TTHC … 986 TTHC …, chiếm 58,55%"; files "111.354 hồ sơ, tăng 6.492 hồ sơ so với cùng kỳ
  năm 2025 (104.862 hồ sơ), tương ứng tăng 6,19%" by level, "quý II tiếp nhận 58.936 hồ sơ, tăng 12,43% so với quý I
  (52.418 hồ sơ)" (previous 2026-03-31); online, settled, on time "99,00%", overdue; THE MARKDOWN TABLE OF QUARTERS,
  HALF-YEAR, CÙNG KỲ AND CHANGE (above); tháng 6/2026 `86,04/100`, `12/34` "(tháng 5/2026: 85,36 điểm, xếp thứ 14/34)"
  and tháng 6/2025 "(79,12 điểm, xếp thứ 40/63) tăng 6,92 điểm"; six groups with maxima; block averages; grades and
  quý I's in brackets (above); section IV's targets (HĐND's Nghị quyết; rank target, share of a target). Task 2's
  "06 xã" a count repeated and "tối thiểu 80 điểm trong quý III năm 2026" their target (subject unchecked, level xã,
  code unchecked). Six deadlines in numbered items: day, quarter (with the target), "chậm nhất ngày ba mươi mốt tháng
  8 năm 2026", month, year in a request "Đề nghị Viettel Điện Biên …", "trước ngày 20 hằng tháng" (issued 06/7/2026:
  first 20/7/2026).
- 739 is an annual Báo cáo of the Công an tỉnh Hưng Yên (merged with Thái Bình; header "CÔNG AN TỈNH HƯNG YÊN",
  number "128/BC-CAT-PC06", two addressees, signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Đại tá Nguyễn Văn Hùng") on Đề án
  06 and its online services, năm 2025, issued 09/01/2026. The police's figures (`Công an tỉnh`, level tỉnh):
  "412.618 hồ sơ … (năm 2024: 386.204 hồ sơ), tăng 26.414 hồ sơ, tương ứng tăng 6,84%" and the quarterly series
  (codes unchecked: registrations, not accounts); the province's "2.486.215 tài khoản …, đạt 86,42% … (cùng thời điểm
  năm 2024: 79,18%), tăng 7,24 điểm phần trăm" (subject NULL); "3.118.426 thông tin …, đạt 99,46%; … 26.418 thẻ căn
  cước", "104/104 xã, phường"; "226 TTHC … 148 TTHC …, chiếm 65,49%", "186.412 … 164.826 …, chiếm 88,42% (năm 2024:
  79,86%), tăng 8,56 điểm phần trăm", the fields (above), "99,86%; còn 26 hồ sơ quá hạn", "142.618 giao dịch, … 38,46
  tỷ đồng (năm 2024: 29,12 tỷ đồng), tăng 32,07%"; the ministry's Đề án 06 score `92,46/100` "(năm 2024: 88,14
  điểm), tăng 4,32 điểm, xếp thứ 5/34" (not the 766 index: codes unchecked) and the former police's ranks (above);
  the police's 766 average "94,12 điểm, xếp thứ 2/21 … (năm 2024: xếp thứ 4/20)"; section IV's four targets (the
  accounts' target and result subject and level unchecked: the province's accounts set against the police's target)
  and "3/4". The traffic police's "tối thiểu 90% trong quý II năm 2026" (subject unchecked, level tỉnh). Six
  deadlines in a dash list: day, "chậm nhất ngày mười lăm tháng 3 năm 2026", quarter (with the target), month, year in
  a request "Đề nghị Sở Y tế tỉnh Hưng Yên …", "trước ngày 22 hằng tháng" (issued 09/01/2026: first 22/01/2026).

Unsure readings (fields left `ANY`, or decided and written here): whose 737's cùng kỳ figures are (the two former
centres combined: subject unchecked) and whether 739's năm 2024 figures, declared in the preamble as the two former
police forces combined, are the Công an tỉnh's previous values (decided: yes, subject `Công an tỉnh`); the former
police's ranks (kind previous, subject unchecked); the code of the half-year and year averages of the 766 total
(735's "82,03 điểm", 739's "94,12 điểm": unchecked) and of the Đề án 06 score and rank (unchecked); whether "còn
thiếu 1,60 điểm" and "vượt chỉ tiêu 3,74 điểm phần trăm" are changes (decided: changes, the gap negative) and the
status of "vượt chỉ tiêu" (unchecked); whether table change cells of shares carry the row's code (unchecked); the
owner of the accounts' target in 739 (unchecked).
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
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_CK, _TD, _DV, _TTT, _SO, _HLG = (
    "766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.so_hoa", "766.hai_long")
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_HUYEN = {"subject": ANY, "level": "huyện"}
_IN_XA = {"subject": ANY, "level": "xã"}
_CAP_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_CAP_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_CAP_XA = {"subject": "cấp xã", "level": "xã"}
_NULL = {"subject": None, "level": None}

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
    first at the cell itself. A signed raw ("+0,72", "-1,26") keeps its sign in the value."""
    facts, at = [], 0
    for raw, unit, kind, code, as_of, top in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw.lstrip("+")), unit, kind, max_value=top,
                       subject=subject, level=level, as_of=as_of, code=code, extra=TAB))
        at += len(sep)
    return facts


def _by(subject: str | None, level: str | None):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


def _rank_cell(raw: str) -> tuple[float, float | None]:
    """A rank cell's value and maximum: "19/63" → (19, 63), "12" → (12, None)."""
    if "/" in raw:
        rank, top = raw.split("/")
        return _num(rank), _num(top)
    return _num(raw), None


def _by_period(rows: list[tuple], make_line, dates: tuple[str, ...], after_last: str, who: dict,
               meaning: dict) -> list[Fact]:
    """A table whose columns are periods (months or quarters) and whose rows are indicators: `rows` are (STT, label,
    *cells) written by `make_line`; each cell is dated by its column (`dates`, "period" for the period's end);
    `meaning[label]` gives the row's (unit, code, maximum); a row whose unit is "hạng" holds ranks (kind rank, the
    maximum written in the cell); a signed cell ("+2,14") is a change (no maximum; its code unchecked unless it
    changes a score); a "-" cell no figure. A row's context ends
    with the next row's STT and label."""
    facts = []
    sep = " | " if make_line is _md_line else "\t"
    for i, (stt, label, *values) in enumerate(rows):
        line = make_line((stt, label, *values))
        if i + 1 < len(rows):
            after = make_line(rows[i + 1][:2])
            after = after.rsplit(" |", 1)[0] if after.endswith(" |") else after
        else:
            after = after_last
        unit, code, top = meaning[label]
        at = 0
        for raw, as_of in zip(values, dates, strict=True):
            if raw == "-":
                continue
            at = _find_cell(line, sep, raw, at)
            if unit == "hạng":
                value, cell_top = _rank_cell(raw)
                facts.append(F(line[at:] + "\n" + after, raw, value, unit, R, max_value=cell_top, as_of=as_of,
                               code=code, extra=TAB, **who))
            else:
                change = raw[0] in "+-"
                facts.append(F(line[at:] + "\n" + after, raw, _num(raw.lstrip("+")), unit, CH if change else P,
                               max_value=None if change else top, as_of=as_of,
                               code=ANY if change and unit != "điểm" else code, extra=TAB, **who))
            at += len(sep)
    return facts


# ------------------------------------------------------------ 735: UBND tỉnh Nghệ An, 6 tháng đầu năm 2025
# (a Markdown table whose columns are the months Tháng 1 … Tháng 6; cùng kỳ, quý I in brackets, the year's targets)
_prov = _by(None, None)
_H1_2024 = "2024-06-30"
_Q1_2025 = "2025-03-31"
_Y2025 = "2025-12-31"

_MONTHS_735 = [
    ("1", "Hồ sơ tiếp nhận (hồ sơ)", "78.412", "61.236", "84.518", "82.946", "88.124", "90.978"),
    ("2", "Tỷ lệ nộp trực tuyến (%)", "58,42", "60,18", "63,74", "66,12", "68,36", "70,24"),
    ("3", "Tỷ lệ giải quyết đúng hạn (%)", "97,86", "98,12", "98,34", "98,46", "98,58", "98,71"),
    ("4", "Tỷ lệ thanh toán trực tuyến (%)", "41,26", "43,58", "46,92", "49,14", "52,36", "55,08"),
    ("5", "Điểm Bộ chỉ số 766 (điểm)", "79,86", "80,42", "81,74", "82,58", "83,46", "84,12"),
    ("6", "Xếp hạng toàn quốc", "31/63", "29/63", "26/63", "23/63", "21/63", "19/63"),
]
_MONTH_ENDS_2025 = ("2025-01-31", "2025-02-28", "2025-03-31", "2025-04-30", "2025-05-31", "period")


def _months_735() -> list[Fact]:
    """Bảng 1 "| STT | Chỉ tiêu | Tháng 1 | … | Tháng 6 |": rows are indicators, columns months of 2025; every cell
    the province's (subject NULL), a month before June dated at its end (kind value), June at the period end; the
    score row carries no maximum (none written), the rank row kind rank with the "/63" it writes."""
    return _by_period(_MONTHS_735, _md_line, _MONTH_ENDS_2025, "\nCác chỉ tiêu đều cải thiện", _NULL, {
        row[1]: meaning for row, meaning in zip(_MONTHS_735, [
            ("hồ sơ", _TN, None), ("%", _NOP, None), ("%", _DH, None), ("%", _TT, None), ("điểm", _TONG, None),
            ("hạng", _HANG, None)], strict=True)})


_GROUPS_735 = [
    ("minh bạch 16,86/18", "16,86/18", _CK), ("giải quyết 19,02/20", "19,02/20", _TD),
    ("trực tuyến 9,84/12", "9,84/12", _DV), ("trực tuyến 6,12/10", "6,12/10", _TTT),
    ("hồ sơ 15,46/22", "15,46/22", _SO), ("hài lòng 16,82/18", "16,82/18", _HLG),
]

BLIND_735 = [
    # I. decisions and TTHC (cùng kỳ năm 2024 dated 2024-06-30), TTHC in force, full and partial online
    _prov("ban hành 24 quyết định", "24", 24, "quyết định", C, code=None),
    _prov("danh mục 312 TTHC", "312", 312, "TTHC", C, code=ANY),
    _prov("năm 2024: 18 quyết định", "18", 18, "quyết định", PR, as_of=_H1_2024, code=None),
    _prov("với 246 TTHC", "246", 246, "TTHC", PR, as_of=_H1_2024, code=ANY),
    _prov("tỉnh là 1.912 TTHC", "1.912", 1912, "TTHC", C, code=_TTHC),
    _prov("trong đó 1.064 TTHC", "1.064", 1064, "TTHC", C, code=_TOAN),
    _prov("chiếm 55,65%", "55,65%", 55.65, "%", code=_TOAN),
    _prov("còn lại 848 TTHC", "848", 848, "TTHC", C, code=_MOT),
    # II.1 cumulative files of the half-year against cùng kỳ, by level
    _prov("tiếp nhận 486.214 hồ sơ", "486.214", 486214, "hồ sơ", C, code=_TN),
    _prov("(cùng kỳ năm 2024: 452.106", "452.106", 452106, "hồ sơ", PR, as_of=_H1_2024, code=_TN),
    _prov("tăng 34.108 hồ sơ", "34.108", 34108, "hồ sơ", CH, code=ANY),
    _prov("tăng 7,54%", "7,54%", 7.54, "%", CH, code=ANY),
    F("cấp tỉnh 92.416 hồ sơ", "92.416", 92416, "hồ sơ", C, code=_TN, **_CAP_TINH),
    F("cấp huyện 118.652 hồ sơ", "118.652", 118652, "hồ sơ", C, code=_TN, **_CAP_HUYEN),
    F("cấp xã 275.146 hồ sơ", "275.146", 275146, "hồ sơ", C, code=_TN, **_CAP_XA),
    # II.2 online with the previous report (quý I dated 2025-03-31) and cùng kỳ, the change in points
    _prov("là 315.521 hồ sơ", "315.521", 315521, "hồ sơ", C, code=_NOP),
    _prov("chiếm 64,89%", "64,89%", 64.89, "%", code=_NOP),
    _prov("(Báo cáo quý I năm 2025: 60,91%)", "60,91%", 60.91, "%", PR, as_of=_Q1_2025, code=_NOP),
    _prov("năm 2024 (52,41%)", "52,41%", 52.41, "%", PR, as_of=_H1_2024, code=_NOP),
    _prov("tăng 12,48 điểm", "12,48", 12.48, "%", CH, code=ANY),
    # II.3 settled, on time, overdue, pending
    _prov("giải quyết 472.418 hồ sơ", "472.418", 472418, "hồ sơ", C, code=ANY),
    _prov("đúng hạn 464.708 hồ sơ", "464.708", 464708, "hồ sơ", C, code=_DH),
    _prov("464.708 hồ sơ, đạt 98,37%", "98,37%", 98.37, "%", code=_DH),
    _prov("quá hạn 7.710 hồ sơ", "7.710", 7710, "hồ sơ", C, code=_QH),
    _prov("chiếm 1,63%", "1,63%", 1.63, "%", code=_QH),
    _prov("kỳ sau là 13.796", "13.796", 13796, "hồ sơ", C, code=ANY),
    # II.4 the table of months
    *_months_735(),
    # III. payment (cùng kỳ 2024-06-30) and money, digitisation by level (quý I 2025-03-31), PAKN
    _prov("6 tháng đạt 48,12%", "48,12%", 48.12, "%", code=_TT),
    _prov("tăng 15,36 điểm", "15,36", 15.36, "%", CH, code=ANY),
    _prov("(32,76%)", "32,76%", 32.76, "%", PR, as_of=_H1_2024, code=_TT),
    _prov("là 214,86 tỷ đồng", "214,86", 214.86, "tỷ đồng", code=ANY),
    _prov("tăng 38,5%", "38,5%", 38.5, "%", CH, code=ANY),
    _prov("TTHC đạt 86,42%", "86,42%", 86.42, "%", code=_SH),
    _prov("(quý I năm 2025: 81,36%)", "81,36%", 81.36, "%", PR, as_of=_Q1_2025, code=_SH),
    F("cấp tỉnh 94,18%", "94,18%", 94.18, "%", code=_SH, **_CAP_TINH),
    F("cấp huyện 88,06%", "88,06%", 88.06, "%", code=_SH, **_CAP_HUYEN),
    F("cấp xã 79,64%", "79,64%", 79.64, "%", code=_SH, **_CAP_XA),
    _prov("tiếp nhận 146 phản ánh", "146", 146, "PAKN", C, code=_PAKN_TN),
    _prov("năm 2024: 172 PAKN", "172", 172, "PAKN", PR, as_of=_H1_2024, code=_PAKN_TN),
    _prov("giảm 26 PAKN", "26", -26, "PAKN", CH, code=ANY),
    _prov("xử lý 139 PAKN", "139", 139, "PAKN", C, code=ANY),
    _prov("đạt 95,21%", "95,21%", 95.21, "%", code=ANY),
    # IV.1 the half-year average against cùng kỳ (2024-06-30): its code unchecked (an average of months)
    _prov("tỉnh đạt 82,03 điểm", "82,03", 82.03, "điểm", code=ANY),
    _prov("năm 2024 đạt 77,94 điểm", "77,94", 77.94, "điểm", PR, as_of=_H1_2024, code=ANY),
    _prov("tăng 4,09 điểm", "4,09", 4.09, "điểm", CH, code=ANY),
    _prov("tăng 5,25%", "5,25%", 5.25, "%", CH, code=ANY),
    # IV.2 tháng 6/2025 (the period's last month) against tháng 6/2024 (dated 2024-06-30), the six groups
    _prov("đạt 84,12/100", "84,12/100", 84.12, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 19/63", "19/63", 19, "hạng", R, max_value=63, code=_HANG),
    _prov("(78,36 điểm", "78,36", 78.36, "điểm", PR, max_value=100, as_of=_H1_2024, code=_TONG),
    _prov("xếp thứ 35/63)", "35/63", 35, "hạng", PR, max_value=63, as_of=_H1_2024, code=_HANG),
    _prov("tăng 5,76 điểm", "5,76", 5.76, "điểm", CH, code=_TONG),
    _prov("tăng 16 bậc", "16", 16, "hạng", CH, code=_HANG),
    *[_prov(context, raw, _num(raw.split("/")[0]), "điểm", max_value=_num(raw.split("/")[1]), code=code)
      for context, raw, code in _GROUPS_735],
    # IV.3 block averages (subject unchecked), grades of the 21 bodies (`đơn vị`, level tỉnh), districts Tốt and Khá
    F("ngành đạt 88,64 điểm", "88,64", 88.64, "điểm", code=ANY, **_IN_TINH),
    F("huyện đạt 82,36 điểm", "82,36", 82.36, "điểm", code=ANY, **_IN_HUYEN),
    F("xã đạt 78,92 điểm", "78,92", 78.92, "điểm", code=ANY, **_IN_XA),
    F("Trong 21 sở", "21", 21, "đơn vị", C, code=None, **_IN_TINH),
    F("có 12 đơn vị", "12", 12, "đơn vị", C, code=None, **_IN_TINH),
    F("Tốt, 08 đơn vị", "08", 8, "đơn vị", C, code=None, **_IN_TINH),
    F("và 01 đơn vị", "01", 1, "đơn vị", C, code=None, **_IN_TINH),
    F("có 14/21 huyện", "14/21", 14, "huyện", C, max_value=21, code=None, **_IN_HUYEN),
    # V. the year's targets (dated 2025-12-31) and the figures measured against them, as written again
    _prov("năm 2025 là 70%", "70%", 70, "%", T, as_of=_Y2025, code=_NOP),
    _prov("6 tháng đạt 64,89%", "64,89%", 64.89, "%", code=_NOP, target=70, stated_status="chưa đạt"),
    _prov("đã đạt 70,24%", "70,24%", 70.24, "%", code=_NOP),
    _prov("chỉ tiêu là 98%", "98%", 98, "%", T, as_of=_Y2025, code=_DH),
    _prov("6 tháng đạt 98,37%", "98,37%", 98.37, "%", code=_DH, target=98, stated_status="đạt"),
    _prov("chỉ tiêu là 50%", "50%", 50, "%", T, as_of=_Y2025, code=_TT),
    _prov("là 48,12%", "48,12%", 48.12, "%", code=_TT, target=50, stated_status="chưa đạt"),
    _prov("chỉ tiêu là 90%", "90%", 90, "%", T, as_of=_Y2025, code=_SH),
    _prov("là 86,42%", "86,42%", 86.42, "%", code=_SH, target=90, stated_status="chưa đạt"),
    _prov("từ 85 điểm", "85", 85, "điểm", T, as_of=_Y2025, code=_TONG),
    _prov("đạt 84,12 điểm", "84,12", 84.12, "điểm", code=_TONG, target=85, stated_status="chưa đạt"),
    # VI. task 2's target of the communes for quý III (phone no figure)
    F("tối thiểu 55%", "55%", 55, "%", T, as_of="2025-09-30", code=_TT, **_IN_XA),
]


# ------------------------------------------------------------ 736: Văn phòng UBND tỉnh Hà Tĩnh, năm 2025 (a
# tab-separated table whose columns are the quarters and the year's average; năm 2024, quý III, the year's targets)
_Y2024 = "2024-12-31"
_Q3_2025 = "2025-09-30"

_QUARTERS_736 = [
    ("1", "Công khai, minh bạch (18)", "16,24", "16,52", "16,88", "17,12", "16,69"),
    ("2", "Tiến độ, kết quả giải quyết (20)", "18,64", "18,86", "19,04", "19,28", "18,96"),
    ("3", "Dịch vụ công trực tuyến (12)", "8,92", "9,36", "9,84", "10,26", "9,60"),
    ("4", "Thanh toán trực tuyến (10)", "5,14", "5,86", "6,72", "7,48", "6,30"),
    ("5", "Số hóa hồ sơ (22)", "13,86", "14,72", "15,64", "16,38", "15,15"),
    ("6", "Mức độ hài lòng (18)", "16,48", "16,62", "16,80", "16,94", "16,71"),
    ("", "Tổng điểm (100)", "79,28", "81,94", "84,92", "87,46", "83,40"),
    ("", "Xếp hạng", "27/63", "22/63", "14/34", "9/34", "-"),
]


def _quarters_736() -> list[Fact]:
    """The tab-separated table "STT | Nhóm chỉ số (điểm tối đa) | Quý I | Quý II | Quý III | Quý IV | Bình quân
    năm": the province's (subject NULL); quý I–III dated at their ends (kind value), quý IV and the year's average at
    the period end; each group cell with its group's code and the maximum its label states in brackets (no figure of
    its own), the total max 100; the ranks kind rank with the maximum each cell writes (/63 before the merger, /34
    after it); the year's "-" rank no figure."""
    return _by_period(_QUARTERS_736, "\t".join, ("2025-03-31", "2025-06-30", _Q3_2025, "period", "period"),
                      "\nNhóm thanh toán trực tuyến tăng", _NULL, {
                          row[1]: meaning for row, meaning in zip(_QUARTERS_736, [
                              ("điểm", _CK, 18), ("điểm", _TD, 20), ("điểm", _DV, 12), ("điểm", _TTT, 10),
                              ("điểm", _SO, 22), ("điểm", _HLG, 18), ("điểm", _TONG, 100), ("hạng", _HANG, None)],
                              strict=True)})


BLIND_736 = [
    # I. the year's average against năm 2024 (dated 2024-12-31), quý IV against quý IV năm 2024 and the year's rank
    _prov("đạt 83,40/100", "83,40/100", 83.40, "điểm", max_value=100, code=_TONG),
    _prov("tăng 4,62 điểm", "4,62", 4.62, "điểm", CH, code=_TONG),
    _prov("(78,78 điểm)", "78,78", 78.78, "điểm", PR, max_value=100, as_of=_Y2024, code=_TONG),
    _prov("tăng 5,86%", "5,86%", 5.86, "%", CH, code=ANY),
    _prov("tỉnh đạt 87,46 điểm", "87,46", 87.46, "điểm", code=_TONG),
    _prov("xếp thứ 9/34", "9/34", 9, "hạng", R, max_value=34, code=_HANG),
    _prov("đạt 80,12 điểm", "80,12", 80.12, "điểm", PR, max_value=100, as_of=_Y2024, code=_TONG),
    _prov("xếp thứ 24/63", "24/63", 24, "hạng", PR, max_value=63, as_of=_Y2024, code=_HANG),
    _prov("tăng 7,34 điểm", "7,34", 7.34, "điểm", CH, code=_TONG),
    _prov("tỉnh là 26/63", "26/63", 26, "hạng", PR, max_value=63, as_of=_Y2024, code=_HANG),
    _prov("tăng 2,54 điểm", "2,54", 2.54, "điểm", CH, code=_TONG),
    _prov("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    # II. the table of quarters; the payment group from quý I (dated 2025-03-31) to quý IV, the digitisation group
    *_quarters_736(),
    _prov("từ 5,14 điểm", "5,14", 5.14, "điểm", PR, as_of="2025-03-31", code=_TTT),
    _prov("lên 7,48 điểm", "7,48", 7.48, "điểm", code=_TTT),
    _prov("tăng 2,34 điểm", "2,34", 2.34, "điểm", CH, code=_TTT),
    _prov("tăng 45,53%", "45,53%", 45.53, "%", CH, code=ANY),
    _prov("tăng 2,52 điểm", "2,52", 2.52, "điểm", CH, code=_SO),
    _prov("bằng 74,45%", "74,45%", 74.45, "%", code=ANY),
    # III. files against năm 2024, the component shares with năm 2024 in brackets and their changes in points
    _prov("là 612.846 hồ sơ", "612.846", 612846, "hồ sơ", C, code=_TN),
    _prov("(năm 2024: 574.218", "574.218", 574218, "hồ sơ", PR, as_of=_Y2024, code=_TN),
    _prov("tăng 38.628 hồ sơ", "38.628", 38628, "hồ sơ", CH, code=ANY),
    _prov("tăng 6,73%", "6,73%", 6.73, "%", CH, code=ANY),
    _prov("trực tuyến 437.327", "437.327", 437327, "hồ sơ", C, code=_NOP),
    _prov("tuyến: 71,36%", "71,36%", 71.36, "%", code=_NOP),
    _prov("(năm 2024: 58,12%)", "58,12%", 58.12, "%", PR, as_of=_Y2024, code=_NOP),
    _prov("tăng 13,24 điểm", "13,24", 13.24, "%", CH, code=ANY),
    _prov("hạn: 98,84%", "98,84%", 98.84, "%", code=_DH),
    _prov("(năm 2024: 98,26%)", "98,26%", 98.26, "%", PR, as_of=_Y2024, code=_DH),
    _prov("tăng 0,58 điểm", "0,58", 0.58, "%", CH, code=ANY),
    _prov("tuyến: 62,48%", "62,48%", 62.48, "%", code=_TT),
    _prov("(năm 2024: 44,06%)", "44,06%", 44.06, "%", PR, as_of=_Y2024, code=_TT),
    _prov("tăng 18,42 điểm", "18,42", 18.42, "%", CH, code=ANY),
    _prov("sơ: 88,74%", "88,74%", 88.74, "%", code=_SH),
    _prov("(năm 2024: 79,30%)", "79,30%", 79.30, "%", PR, as_of=_Y2024, code=_SH),
    _prov("tăng 9,44 điểm", "9,44", 9.44, "%", CH, code=ANY),
    _prov("TTHC: 96,12%", "96,12%", 96.12, "%", code=_HL),
    _prov("(năm 2024: 96,58%)", "96,58%", 96.58, "%", PR, as_of=_Y2024, code=_HL),
    _prov("giảm 0,46 điểm", "0,46", -0.46, "%", CH, code=ANY),
    # blocks in quý IV (quý III dated 2025-09-30; subject unchecked), the communes by grade (`đơn vị`, level xã)
    F("bình quân 90,12 điểm", "90,12", 90.12, "điểm", code=ANY, **_IN_TINH),
    F("(quý III: 88,46 điểm)", "88,46", 88.46, "điểm", PR, as_of=_Q3_2025, code=ANY, **_IN_TINH),
    F("bình quân 84,26 điểm", "84,26", 84.26, "điểm", code=ANY, **_IN_XA),
    F("(quý III: 81,92 điểm)", "81,92", 81.92, "điểm", PR, as_of=_Q3_2025, code=ANY, **_IN_XA),
    F("Trong 69 xã", "69", 69, "xã", C, code=None, **_IN_XA),
    F("có 21 đơn vị", "21", 21, "đơn vị", C, code=None, **_IN_XA),
    F("Tốt, 42 đơn vị", "42", 42, "đơn vị", C, code=None, **_IN_XA),
    F("Khá, 06 đơn vị", "06", 6, "đơn vị", C, code=None, **_IN_XA),
    # IV. the year's targets (at the period end) and the results set against them; the gap and the excess
    _prov("từ 85 điểm", "85", 85, "điểm", T, code=_TONG),
    _prov("kết quả 83,40 điểm", "83,40", 83.40, "điểm", code=_TONG, target=85, stated_status="chưa đạt"),
    _prov("thiếu 1,60 điểm", "1,60", -1.60, "điểm", CH, code=ANY),
    _prov("chỉ tiêu 70%", "70%", 70, "%", T, code=_NOP),
    _prov("kết quả 71,36%", "71,36%", 71.36, "%", code=_NOP, target=70, stated_status="đạt"),
    _prov("chỉ tiêu 65%", "65%", 65, "%", T, code=_TT),
    _prov("kết quả 62,48%", "62,48%", 62.48, "%", code=_TT, target=65, stated_status="chưa đạt"),
    _prov("chỉ tiêu 85%", "85%", 85, "%", T, code=_SH),
    _prov("kết quả 88,74%", "88,74%", 88.74, "%", code=_SH, target=85),
    _prov("chỉ tiêu 3,74 điểm", "3,74", 3.74, "%", CH, code=ANY),
    _prov("từ 95%", "95%", 95, "%", T, code=_HL),
    _prov("kết quả 96,12%", "96,12%", 96.12, "%", code=_HL, target=95, stated_status="đạt"),
    _prov("đạt 3/5 chỉ tiêu", "3/5", 3, "chỉ tiêu", C, max_value=5, code=None),
    # V. task 3's target of the provincial centre for quý I năm 2026
    F("tối thiểu 68%", "68%", 68, "%", T, as_of="2026-03-31", code=_TT, **_IN_TINH),
]


# ------------------------------------------------------------ 737: Trung tâm Phục vụ hành chính công tỉnh An Giang,
# Công văn, tháng 11 năm 2025 (last month's figures in brackets under a legend, lũy kế from 01/7/2025, cùng kỳ of the
# two former centres, the year's targets)
_TTPV = "Trung tâm Phục vụ hành chính công tỉnh"
_ttpv = _by(_TTPV, "tỉnh")
_OCT_2025 = "2025-10-31"
_NOV_2024 = "2024-11-30"


def _agencies_737() -> list[Fact]:
    """The dash list "- Sở Xây dựng: tiếp nhận 2.146 hồ sơ (2.318 hồ sơ), trực tuyến 86,12%, đúng hạn 99,02%;": each
    body as written (level tỉnh; "Các cơ quan còn lại" subject unchecked); received, the bracket's tháng 10/2025
    (kind previous under the legend, dated 2025-10-31), the online and on-time shares with their codes."""
    rows = [("Sở Nông nghiệp và Môi trường", "4.218", "4.406", "78,64%", "98,39%"),
            ("Sở Xây dựng", "2.146", "2.318", "86,12%", "99,02%"),
            ("Sở Tư pháp", "3.412", "3.586", "92,48%", "100%"),
            ("Sở Công Thương", "1.864", "1.792", "96,34%", "99,52%"),
            ("Các cơ quan còn lại", "3.186", "3.310", "80,26%", "99,81%")]
    facts = []
    for name, received, previous, online, on_time in rows:
        who = {"subject": ANY if name.startswith("Các") else name, "level": "tỉnh"}
        facts += [
            F(f"tiếp nhận {received} hồ sơ", received, _num(received), "hồ sơ", C, code=_TN, **who),
            F(f"({previous} hồ sơ)", previous, _num(previous), "hồ sơ", PR, as_of=_OCT_2025, code=_TN, **who),
            F(f"trực tuyến {online}", online, _num(online), "%", code=_NOP, **who),
            F(f"đúng hạn {on_time}", on_time, _num(on_time), "%", code=_DH, **who),
        ]
    return facts


BLIND_737 = [
    # 1. the month's files against tháng 10/2025 in brackets (the legend "số liệu tháng 10/2025 ghi trong ngoặc đơn"),
    # by channel, the cumulative figures since 01/7/2025 (at the period end; "5 tháng" no figure)
    _ttpv("tiếp nhận 14.826 hồ sơ", "14.826", 14826, "hồ sơ", C, code=_TN),
    _ttpv("(15.412 hồ sơ)", "15.412", 15412, "hồ sơ", PR, as_of=_OCT_2025, code=_TN),
    _ttpv("giảm 586 hồ sơ", "586", -586, "hồ sơ", CH, code=ANY),
    _ttpv("giảm 3,80%", "3,80%", -3.80, "%", CH, code=ANY),
    _ttpv("trực tuyến 12.648 hồ sơ", "12.648", 12648, "hồ sơ", C, code=_NOP),
    _ttpv("(12.906 hồ sơ)", "12.906", 12906, "hồ sơ", PR, as_of=_OCT_2025, code=_NOP),
    _ttpv("chiếm 85,31%", "85,31%", 85.31, "%", code=_NOP),
    _ttpv("(83,74%)", "83,74%", 83.74, "%", PR, as_of=_OCT_2025, code=_NOP),
    _ttpv("trực tiếp 1.864 hồ sơ", "1.864", 1864, "hồ sơ", C, code=ANY),
    _ttpv("ích 314 hồ sơ", "314", 314, "hồ sơ", C, code=ANY),
    _ttpv("tiếp nhận 76.418 hồ sơ", "76.418", 76418, "hồ sơ", C, code=_TN),
    _ttpv("trực tuyến 63.204 hồ sơ", "63.204", 63204, "hồ sơ", C, code=_NOP),
    _ttpv("chiếm 82,71%", "82,71%", 82.71, "%", code=_NOP),
    # 2. settled, on time, overdue (the month's and tháng 10/2025's), the bodies' overdue files, letters, cumulative
    _ttpv("giải quyết 14.312 hồ sơ", "14.312", 14312, "hồ sơ", C, code=ANY),
    _ttpv("(14.986 hồ sơ)", "14.986", 14986, "hồ sơ", PR, as_of=_OCT_2025, code=ANY),
    _ttpv("đúng hạn 14.206 hồ sơ", "14.206", 14206, "hồ sơ", C, code=_DH),
    _ttpv("đạt 99,26%", "99,26%", 99.26, "%", code=_DH),
    _ttpv("(99,08%)", "99,08%", 99.08, "%", PR, as_of=_OCT_2025, code=_DH),
    _ttpv("quá hạn 106 hồ sơ", "106", 106, "hồ sơ", C, code=_QH),
    _ttpv("chiếm 0,74%", "0,74%", 0.74, "%", code=_QH),
    F("(68 hồ sơ)", "68", 68, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_QH),
    F("(21 hồ sơ)", "21", 21, "hồ sơ", C, subject="Sở Xây dựng", level="tỉnh", code=_QH),
    F("(9 hồ sơ)", "9", 9, "hồ sơ", C, subject="Sở Công Thương", level="tỉnh", code=_QH),
    F("còn lại 08 hồ sơ", "08", 8, "hồ sơ", C, code=_QH, **_IN_TINH),
    F("gửi 106 thư xin lỗi", "106", 106, "thư xin lỗi", C, code=ANY, **_IN_TINH),
    F("xin lỗi, đạt 100%", "100%", 100, "%", code=ANY, **_IN_TINH),
    _ttpv("giải quyết 74.126 hồ sơ", "74.126", 74126, "hồ sơ", C, code=ANY),
    _ttpv("đúng hạn 73.418 hồ sơ", "73.418", 73418, "hồ sơ", C, code=_DH),
    _ttpv("đạt 99,04%", "99,04%", 99.04, "%", code=_DH),
    # 3. the bodies with desks at the centre
    *_agencies_737(),
    # 4. payment and money, digitisation, e-results, reuse (tháng 10/2025 in brackets)
    _ttpv("tháng 11 đạt 71,46%", "71,46%", 71.46, "%", code=_TT),
    _ttpv("(68,92%)", "68,92%", 68.92, "%", PR, as_of=_OCT_2025, code=_TT),
    _ttpv("tăng 2,54 điểm", "2,54", 2.54, "%", CH, code=ANY),
    _ttpv("tuyến 18,64 tỷ đồng", "18,64", 18.64, "tỷ đồng", code=ANY),
    _ttpv("(17,92 tỷ đồng)", "17,92", 17.92, "tỷ đồng", PR, as_of=_OCT_2025, code=ANY),
    _ttpv("đạt 94,12%", "94,12%", 94.12, "%", code=_SH),
    _ttpv("(93,06%)", "93,06%", 93.06, "%", PR, as_of=_OCT_2025, code=_SH),
    _ttpv("điện tử 98,36%", "98,36%", 98.36, "%", code=_KQ),
    _ttpv("(97,84%)", "97,84%", 97.84, "%", PR, as_of=_OCT_2025, code=_KQ),
    _ttpv("hóa 52,18%", "52,18%", 52.18, "%", code=_TSD),
    _ttpv("(48,64%)", "48,64%", 48.64, "%", PR, as_of=_OCT_2025, code=_TSD),
    # 5. PAKN ("Tổng đài 1022" no figure), satisfaction
    _ttpv("tiếp nhận 36 PAKN", "36", 36, "PAKN", C, code=_PAKN_TN),
    _ttpv("(41 PAKN)", "41", 41, "PAKN", PR, as_of=_OCT_2025, code=_PAKN_TN),
    _ttpv("xử lý 34 PAKN", "34", 34, "PAKN", C, code=ANY),
    _ttpv("đạt 94,44%", "94,44%", 94.44, "%", code=ANY),
    _ttpv("đạt 97,68%", "97,68%", 97.68, "%", code=_HL),
    _ttpv("(97,12%)", "97,12%", 97.12, "%", PR, as_of=_OCT_2025, code=_HL),
    # 6. cùng kỳ: tháng 11/2024 of the two former centres combined (dated 2024-11-30; whose: unchecked)
    F("trước sắp xếp: 13.204", "13.204", 13204, "hồ sơ", PR, as_of=_NOV_2024, code=_TN, **_IN_TINH),
    _ttpv("tăng 1.622 hồ sơ", "1.622", 1622, "hồ sơ", CH, code=ANY),
    _ttpv("tăng 12,28%", "12,28%", 12.28, "%", CH, code=ANY),
    _ttpv("tăng 21,45 điểm", "21,45", 21.45, "%", CH, code=ANY),
    F("(tháng 11/2024: 63,86%)", "63,86%", 63.86, "%", PR, as_of=_NOV_2024, code=_NOP, **_IN_TINH),
    # 7. the year's targets (dated 2025-12-31) and the results set against them
    _ttpv("chỉ tiêu 80%", "80%", 80, "%", T, as_of=_Y2025, code=_NOP),
    _ttpv("lũy kế đạt 82,71%", "82,71%", 82.71, "%", code=_NOP, target=80, stated_status="đạt"),
    _ttpv("chỉ tiêu 75%", "75%", 75, "%", T, as_of=_Y2025, code=_TT),
    _ttpv("là 71,46%", "71,46%", 71.46, "%", code=_TT, target=75, stated_status="chưa đạt"),
    _ttpv("chỉ tiêu 90%", "90%", 90, "%", T, as_of=_Y2025, code=_SH),
    _ttpv("là 94,12%", "94,12%", 94.12, "%", code=_SH, target=90, stated_status="đạt"),
    # 8. the first request's overdue files (a count repeated); the post office's target per month for quý I năm 2026
    F("dứt điểm 68 hồ sơ", "68", 68, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=ANY),
    F("tối thiểu 400 hồ sơ", "400", 400, "hồ sơ", T, as_of="2026-03-31", code=ANY, **_OPEN),
]


# ------------------------------------------------------------ 738: UBND tỉnh Điện Biên, 6 tháng đầu năm 2026 (a
# Markdown table of quarters, the half-year, cùng kỳ 2025 and a signed change; ranks /34 and /63; the year's targets)
_Q1_2026 = "2026-03-31"
_H1_2025 = "2025-06-30"
_MAY_2026 = "2026-05-31"
_Y2026 = "2026-12-31"

_TABLE_738 = [
    ("1", "Hồ sơ tiếp nhận (hồ sơ)", "52.418", "58.936", "111.354", "104.862", "+6.492"),
    ("2", "Tỷ lệ nộp trực tuyến (%)", "68,24", "72,86", "70,69", "56,42", "+14,27"),
    ("3", "Tỷ lệ giải quyết đúng hạn (%)", "98,86", "99,12", "99,00", "98,54", "+0,46"),
    ("4", "Tỷ lệ thanh toán trực tuyến (%)", "58,36", "63,92", "61,30", "42,18", "+19,12"),
    ("5", "Tỷ lệ số hóa hồ sơ (%)", "84,12", "88,46", "86,42", "72,64", "+13,78"),
    ("6", "Điểm Bộ chỉ số 766 (điểm)", "82,46", "85,18", "83,82", "78,24", "+5,58"),
    ("7", "Xếp hạng", "18/34", "13/34", "-", "41/63", "-"),
]


def _table_738() -> list[Fact]:
    """Bảng 1 "| STT | Chỉ tiêu | Quý I/2026 | Quý II/2026 | 6 tháng 2026 | Cùng kỳ 2025 | Tăng (+)/giảm (-) |": the
    province's (subject NULL); quý I dated 2026-03-31, quý II and the half-year at the period end, the cùng kỳ column
    (6 tháng đầu năm 2025) dated 2025-06-30 and kept kind value (a column dated before the period end), the signed
    change kind change; the score row without a maximum (none written); ranks with the maximum each cell writes
    ("41/63" before the merger); "-" cells no figures."""
    return _by_period(_TABLE_738, _md_line, (_Q1_2026, "period", "period", _H1_2025, "period"),
                      "\nIII. BỘ CHỈ SỐ PHỤC VỤ", _NULL, {
                          row[1]: meaning for row, meaning in zip(_TABLE_738, [
                              ("hồ sơ", _TN, None), ("%", _NOP, None), ("%", _DH, None), ("%", _TT, None),
                              ("%", _SH, None), ("điểm", _TONG, None), ("hạng", _HANG, None)], strict=True)})


_GROUPS_738 = [
    ("minh bạch 17,02/18", "17,02/18", _CK), ("giải quyết 19,26/20", "19,26/20", _TD),
    ("trực tuyến 10,14/12", "10,14/12", _DV), ("trực tuyến 7,36/10", "7,36/10", _TTT),
    ("hồ sơ 15,84/22", "15,84/22", _SO), ("hài lòng 16,42/18", "16,42/18", _HLG),
]

BLIND_738 = [
    # I. the communes after the merger and their parts, TTHC, full online
    F("có 45 đơn vị", "45", 45, "đơn vị", C, code=None, **_CAP_XA),
    F("(42 xã", "42", 42, "xã", C, code=None, **_IN_XA),
    F("3 phường)", "3", 3, "phường", C, code=None, **_IN_XA),
    _prov("tỉnh là 1.684 TTHC", "1.684", 1684, "TTHC", C, code=_TTHC),
    _prov("trong đó 986 TTHC", "986", 986, "TTHC", C, code=_TOAN),
    _prov("chiếm 58,55%", "58,55%", 58.55, "%", code=_TOAN),
    # II.1 the half-year's files against cùng kỳ năm 2025 (2025-06-30), by level; quý II against quý I (2026-03-31)
    _prov("tiếp nhận 111.354 hồ sơ", "111.354", 111354, "hồ sơ", C, code=_TN),
    _prov("tăng 6.492 hồ sơ", "6.492", 6492, "hồ sơ", CH, code=ANY),
    _prov("năm 2025 (104.862", "104.862", 104862, "hồ sơ", PR, as_of=_H1_2025, code=_TN),
    _prov("tăng 6,19%", "6,19%", 6.19, "%", CH, code=ANY),
    F("cấp tỉnh tiếp nhận 28.416", "28.416", 28416, "hồ sơ", C, code=_TN, **_CAP_TINH),
    F("cấp xã tiếp nhận 82.938", "82.938", 82938, "hồ sơ", C, code=_TN, **_CAP_XA),
    _prov("quý II tiếp nhận 58.936", "58.936", 58936, "hồ sơ", C, code=_TN),
    _prov("tăng 12,43%", "12,43%", 12.43, "%", CH, code=ANY),
    _prov("quý I (52.418", "52.418", 52418, "hồ sơ", PR, as_of=_Q1_2026, code=_TN),
    # II.2 online, settled, on time, overdue
    _prov("là 78.711 hồ sơ", "78.711", 78711, "hồ sơ", C, code=_NOP),
    _prov("chiếm 70,69%", "70,69%", 70.69, "%", code=_NOP),
    _prov("giải quyết 107.846", "107.846", 107846, "hồ sơ", C, code=ANY),
    _prov("đúng hạn 106.768", "106.768", 106768, "hồ sơ", C, code=_DH),
    _prov("đạt 99,00%", "99,00%", 99.0, "%", code=_DH),
    _prov("quá hạn 1.078", "1.078", 1078, "hồ sơ", C, code=_QH),
    # II.3 the table
    *_table_738(),
    # III.1 tháng 6/2026 (the period's last month) against tháng 5/2026 and tháng 6/2025 (dated at their ends)
    _prov("đạt 86,04/100", "86,04/100", 86.04, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 12/34", "12/34", 12, "hạng", R, max_value=34, code=_HANG),
    _prov("(tháng 5/2026: 85,36", "85,36", 85.36, "điểm", PR, max_value=100, as_of=_MAY_2026, code=_TONG),
    _prov("xếp thứ 14/34)", "14/34", 14, "hạng", PR, max_value=34, as_of=_MAY_2026, code=_HANG),
    _prov("(79,12 điểm", "79,12", 79.12, "điểm", PR, max_value=100, as_of=_H1_2025, code=_TONG),
    _prov("xếp thứ 40/63)", "40/63", 40, "hạng", PR, max_value=63, as_of=_H1_2025, code=_HANG),
    _prov("tăng 6,92 điểm", "6,92", 6.92, "điểm", CH, code=_TONG),
    # III.2 the six groups; III.3 block averages (subject unchecked), communes by grade and quý I's (2026-03-31)
    *[_prov(context, raw, _num(raw.split("/")[0]), "điểm", max_value=_num(raw.split("/")[1]), code=code)
      for context, raw, code in _GROUPS_738],
    F("bình quân 88,92 điểm", "88,92", 88.92, "điểm", code=ANY, **_IN_TINH),
    F("bình quân 80,46 điểm", "80,46", 80.46, "điểm", code=ANY, **_IN_XA),
    F("Tốt 11 đơn vị", "11", 11, "đơn vị", C, code=None, **_IN_XA),
    F("Khá 28 đơn vị", "28", 28, "đơn vị", C, code=None, **_IN_XA),
    F("Trung bình 06 đơn vị", "06", 6, "đơn vị", C, code=None, **_IN_XA),
    F("Tốt 07 đơn vị", "07", 7, "đơn vị", PR, as_of=_Q1_2026, code=None, **_IN_XA),
    F("Khá 26 đơn vị", "26", 26, "đơn vị", PR, as_of=_Q1_2026, code=None, **_IN_XA),
    F("Trung bình 12 đơn vị", "12", 12, "đơn vị", PR, as_of=_Q1_2026, code=None, **_IN_XA),
    # IV. the year's targets (dated 2026-12-31; the HĐND's Nghị quyết cited) and the results against them; the share
    # of a target reached; a rank target "từ thứ 15/34 trở lên" (kind target, unit `hạng`)
    _prov("chỉ tiêu 75%", "75%", 75, "%", T, as_of=_Y2026, code=_NOP),
    _prov("6 tháng đạt 70,69%", "70,69%", 70.69, "%", code=_NOP, target=75, stated_status="chưa đạt"),
    _prov("bằng 94,25%", "94,25%", 94.25, "%", code=ANY),
    _prov("chỉ tiêu 60%", "60%", 60, "%", T, as_of=_Y2026, code=_TT),
    _prov("6 tháng đạt 61,30%", "61,30%", 61.30, "%", code=_TT, target=60, stated_status="đạt"),
    _prov("chỉ tiêu 90%", "90%", 90, "%", T, as_of=_Y2026, code=_SH),
    _prov("6 tháng đạt 86,42%", "86,42%", 86.42, "%", code=_SH, target=90, stated_status="chưa đạt"),
    _prov("tối thiểu 85 điểm", "85", 85, "điểm", T, as_of=_Y2026, code=_TONG),
    _prov("từ thứ 15/34", "15/34", 15, "hạng", T, max_value=34, as_of=_Y2026, code=_HANG),
    _prov("tỉnh đạt 86,04 điểm", "86,04", 86.04, "điểm", code=_TONG, target=85, stated_status="đạt"),
    _prov("đứng thứ 12/34", "12/34", 12, "hạng", R, max_value=34, code=_HANG),
    # V. task 2's communes (a count repeated) and their target score for quý III năm 2026
    F("UBND 06 xã", "06", 6, "xã", C, code=None, **_IN_XA),
    F("tối thiểu 80 điểm", "80", 80, "điểm", T, as_of="2026-09-30", code=ANY, **_IN_XA),
]


# ------------------------------------------------------------ 739: Công an tỉnh Hưng Yên, năm 2025 (Đề án 06 and the
# police's online services; năm 2024 of the two former provinces' police combined, a series by quarter, targets)
_CAT = "Công an tỉnh"
_cat = _by(_CAT, "tỉnh")
_QUARTER_ENDS_2025 = ("2025-03-31", "2025-06-30", _Q3_2025, "period")


def _quarters_739() -> list[Fact]:
    """"Số hồ sơ tiếp nhận các quý I, II, III và IV lần lượt là 98.412, 104.236, 112.648 và 97.322 hồ sơ": the Công
    an tỉnh's registrations by quarter, each dated at its quarter's end (quý IV at the period end), kind count."""
    rows = [("là 98.412", "98.412"), ("98.412, 104.236", "104.236"), ("104.236, 112.648", "112.648"),
            ("và 97.322 hồ sơ", "97.322")]
    return [_cat(context, raw, _num(raw), "hồ sơ", C, as_of=as_of, code=ANY)
            for (context, raw), as_of in zip(rows, _QUARTER_ENDS_2025, strict=True)]


def _fields_739() -> list[Fact]:
    """"Các lĩnh vực cư trú, căn cước, đăng ký xe và các lĩnh vực khác lần lượt tiếp nhận 98.642, 52.318, 28.614 và
    6.838 hồ sơ, tương ứng 52,92%, 28,07%, 15,35% và 3,67%": each field the Công an tỉnh's (subject unchecked, level
    tỉnh), codes unchecked (one field's files and its share of all files)."""
    counts = [("tiếp nhận 98.642", "98.642"), ("98.642, 52.318", "52.318"), ("52.318, 28.614", "28.614"),
              ("và 6.838 hồ sơ", "6.838")]
    shares = [("tương ứng 52,92%", "52,92%"), ("52,92%, 28,07%", "28,07%"), ("28,07%, 15,35%", "15,35%"),
              ("và 3,67%", "3,67%")]
    return ([F(context, raw, _num(raw), "hồ sơ", C, code=ANY, **_IN_TINH) for context, raw in counts]
            + [F(context, raw, _num(raw), "%", code=ANY, **_IN_TINH) for context, raw in shares])


BLIND_739 = [
    # I.1 registrations against năm 2024 (the two former provinces' police combined, dated 2024-12-31), by quarter
    _cat("tiếp nhận 412.618 hồ sơ", "412.618", 412618, "hồ sơ", C, code=ANY),
    _cat("(năm 2024: 386.204", "386.204", 386204, "hồ sơ", PR, as_of=_Y2024, code=ANY),
    _cat("tăng 26.414 hồ sơ", "26.414", 26414, "hồ sơ", CH, code=ANY),
    _cat("tăng 6,84%", "6,84%", 6.84, "%", CH, code=ANY),
    *_quarters_739(),
    # I.2 the province's activated accounts ("toàn tỉnh": subject NULL; "từ đủ 14 tuổi" no figure)
    _prov("có 2.486.215 tài khoản", "2.486.215", 2486215, "tài khoản", C, code=_TK),
    _prov("đạt 86,42% dân số", "86,42%", 86.42, "%", code=_TK),
    _prov("năm 2024: 79,18%)", "79,18%", 79.18, "%", PR, as_of=_Y2024, code=_TK),
    _prov("tăng 7,24 điểm", "7,24", 7.24, "%", CH, code=ANY),
    # I.3 the police's data cleaning, ID cards ("dưới 14 tuổi" no figure), the communes equipped
    _cat("làm sạch 3.118.426", "3.118.426", 3118426, "thông tin", C, code=ANY),
    _cat("đạt 99,46%", "99,46%", 99.46, "%", code=ANY),
    _cat("cấp 26.418 thẻ", "26.418", 26418, "thẻ", C, code=ANY),
    F("104/104 xã", "104/104", 104, "xã", C, max_value=104, code=None, **_IN_XA),
    # II. the police's TTHC, files against năm 2024, fields, on time, overdue, payment
    _cat("thực hiện 226 TTHC", "226", 226, "TTHC", C, code=_TTHC),
    _cat("trong đó 148 TTHC", "148", 148, "TTHC", C, code=_TOAN),
    _cat("chiếm 65,49%", "65,49%", 65.49, "%", code=_TOAN),
    _cat("tiếp nhận 186.412 hồ sơ", "186.412", 186412, "hồ sơ", C, code=_TN),
    _cat("trực tuyến 164.826 hồ sơ", "164.826", 164826, "hồ sơ", C, code=_NOP),
    _cat("chiếm 88,42%", "88,42%", 88.42, "%", code=_NOP),
    _cat("(năm 2024: 79,86%)", "79,86%", 79.86, "%", PR, as_of=_Y2024, code=_NOP),
    _cat("tăng 8,56 điểm", "8,56", 8.56, "%", CH, code=ANY),
    *_fields_739(),
    _cat("hạn đạt 99,86%", "99,86%", 99.86, "%", code=_DH),
    _cat("còn 26 hồ sơ", "26", 26, "hồ sơ", C, code=_QH),
    _cat("thực hiện 142.618 giao dịch", "142.618", 142618, "giao dịch", C, code=ANY),
    _cat("tiền 38,46 tỷ đồng", "38,46", 38.46, "tỷ đồng", code=ANY),
    _cat("(năm 2024: 29,12 tỷ đồng)", "29,12", 29.12, "tỷ đồng", PR, as_of=_Y2024, code=ANY),
    _cat("tăng 32,07%", "32,07%", 32.07, "%", CH, code=ANY),
    # III.1 the ministry's Đề án 06 score and rank (no 766 code); the former provinces' police ranks of năm 2024
    _cat("đạt 92,46/100", "92,46/100", 92.46, "điểm", max_value=100, code=ANY),
    _cat("(năm 2024: 88,14 điểm)", "88,14", 88.14, "điểm", PR, max_value=100, as_of=_Y2024, code=ANY),
    _cat("tăng 4,32 điểm", "4,32", 4.32, "điểm", CH, code=ANY),
    _cat("xếp thứ 5/34", "5/34", 5, "hạng", R, max_value=34, code=ANY),
    F("xếp thứ 11/63", "11/63", 11, "hạng", PR, max_value=63, as_of=_Y2024, code=ANY, **_IN_TINH),
    F("xếp thứ 17/63", "17/63", 17, "hạng", PR, max_value=63, as_of=_Y2024, code=ANY, **_IN_TINH),
    # III.2 the police in the province's 766 index of its bodies (a year's average: code unchecked)
    _cat("bình quân 94,12 điểm", "94,12", 94.12, "điểm", code=ANY),
    _cat("xếp thứ 2/21", "2/21", 2, "hạng", R, max_value=21, code=_HANG),
    _cat("(năm 2024: xếp thứ 4/20)", "4/20", 4, "hạng", PR, max_value=20, as_of=_Y2024, code=_HANG),
    # IV. the year's targets (at the period end) and the results against them; targets met "3/4"
    F("chỉ tiêu 85%", "85%", 85, "%", T, code=_TK, **_OPEN),
    F("thực hiện 86,42%", "86,42%", 86.42, "%", code=_TK, target=85, stated_status="đạt", **_OPEN),
    _cat("chỉ tiêu 86%", "86%", 86, "%", T, code=_NOP),
    _cat("thực hiện 88,42%", "88,42%", 88.42, "%", code=_NOP, target=86, stated_status="đạt"),
    _cat("chỉ tiêu 100%", "100%", 100, "%", T, code=ANY),
    _cat("thực hiện 99,46%", "99,46%", 99.46, "%", code=ANY, target=100, stated_status="chưa đạt"),
    _cat("chỉ tiêu 99,5%", "99,5%", 99.5, "%", T, code=_DH),
    _cat("thực hiện 99,86%", "99,86%", 99.86, "%", code=_DH, target=99.5, stated_status="đạt"),
    _cat("đạt 3/4 chỉ tiêu", "3/4", 3, "chỉ tiêu", C, max_value=4, code=None),
    # V. the traffic police division's target for quý II năm 2026
    F("tối thiểu 90%", "90%", 90, "%", T, as_of="2026-06-30", code=ANY, **_IN_TINH),
]

BLIND = {"735": BLIND_735, "736": BLIND_736, "737": BLIND_737, "738": BLIND_738, "739": BLIND_739}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "735": [
        ("2025-07-31", "day", "31/7/2025", "kế hoạch nâng cao điểm Bộ chỉ số 766", "Sở Nội vụ"),
        ("2025-09-30", "quarter", "quý III năm 2025", "thanh toán trực tuyến", "UBND các xã, phường"),
        ("2025-08-15", "day", "ngày mười lăm tháng 8 năm 2025", "quy trình nội bộ",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        ("2025-09-30", "month", "tháng 9/2025", "Kho dữ liệu số hóa dùng chung", "Sở Khoa học và Công nghệ"),
        ("2025-12-31", "year", "năm 2025", "bưu chính công ích", "Bưu điện tỉnh Nghệ An"),
        # issued 04/7/2025: the first "ngày 18 hằng tháng" is 18/7/2025
        ("2025-07-18", "recurring", "18 hằng tháng", "gửi báo cáo kết quả giải quyết TTHC",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "736": [
        ("2026-02-10", "day", "10/02/2026", "đánh giá, xếp loại kết quả Bộ chỉ số", "Sở Nội vụ"),
        ("2026-02-20", "day", "ngày hai mươi tháng 02 năm 2026", "kế hoạch khắc phục",
         "UBND các xã, phường xếp loại Trung bình"),
        ("2026-03-31", "quarter", "quý I năm 2026", "thanh toán trực tuyến", "Trung tâm Phục vụ hành chính công tỉnh"),
        ("2026-04-30", "month", "tháng 4/2026", "Hệ thống thông tin giải quyết TTHC", "Sở Khoa học và Công nghệ"),
        ("2026-12-31", "year", "năm 2026", "đường truyền", "Viễn thông Hà Tĩnh"),
        # issued 14/01/2026, after the 5th: the first "ngày 05 hằng tháng" is 05/02/2026
        ("2026-02-05", "recurring", "05 hằng tháng", "số liệu tự đánh giá", "Các cơ quan, đơn vị"),
    ],
    "737": [
        ("2025-12-15", "day", "15/12/2025", "68 hồ sơ quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2026-01-10", "day", "ngày mười tháng 01 năm 2026", "số liệu thống kê năm 2025", "Phòng Nghiệp vụ"),
        ("2026-03-31", "quarter", "quý I năm 2026", "bưu chính công ích", "Bưu điện tỉnh An Giang"),
        ("2025-12-31", "month", "tháng 12/2025", "quầy tiếp nhận", "Phòng Hành chính - Tổng hợp"),
        ("2026-12-31", "year", "năm 2026", "hệ thống xếp hàng tự động", "Sở Khoa học và Công nghệ"),
        # issued 03/12/2025, before the 25th: the first "ngày 25 hằng tháng" is 25/12/2025
        ("2025-12-25", "recurring", "25 hằng tháng", "cập nhật số liệu",
         "Các cơ quan có bộ phận tiếp nhận tại Trung tâm"),
    ],
    "738": [
        ("2026-07-31", "day", "31/7/2026", "tự đánh giá Bộ chỉ số", "Sở Nội vụ"),
        ("2026-09-30", "quarter", "quý III năm 2026", "kế hoạch cải thiện", "UBND 06 xã xếp loại Trung bình"),
        ("2026-08-31", "day", "ngày ba mươi mốt tháng 8 năm 2026", "số hóa hồ sơ tồn",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        ("2026-10-31", "month", "tháng 10/2026", "chữ ký số từ xa", "Sở Khoa học và Công nghệ"),
        ("2026-12-31", "year", "năm 2026", "phủ sóng di động", "Viettel Điện Biên"),
        # issued 06/7/2026: the first "ngày 20 hằng tháng" is 20/7/2026
        ("2026-07-20", "recurring", "20 hằng tháng", "gửi báo cáo kết quả",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "739": [
        ("2026-02-28", "day", "28/02/2026", "làm sạch phần dữ liệu dân cư",
         "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"),
        ("2026-03-15", "day", "ngày mười lăm tháng 3 năm 2026", "cấp thẻ căn cước", "Công an các xã, phường"),
        ("2026-06-30", "quarter", "quý II năm 2026", "đăng ký xe trực tuyến", "Phòng Cảnh sát giao thông"),
        ("2026-06-30", "month", "tháng 6/2026", "sơ kết, đánh giá", "Phòng Tham mưu"),
        ("2026-12-31", "year", "năm 2026", "sổ sức khỏe điện tử", "Sở Y tế tỉnh Hưng Yên"),
        # issued 09/01/2026: the first "ngày 22 hằng tháng" is 22/01/2026
        ("2026-01-22", "recurring", "22 hằng tháng", "báo cáo kết quả thực hiện Đề án 06",
         "Công an các đơn vị, địa phương"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META): 735 and 738 the UBND
# tỉnh's reports, 736 a Văn phòng UBND tỉnh's report, 737 a service centre's Công văn (its "V/v" line names the
# month), 739 a Công an tỉnh's report signed by a colonel (the rank "Đại tá" no part of the name).
META = {
    "735": {"doc_number": "512/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-07-04",
            "province": "Nghệ An", "period_label": "6 tháng đầu năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-06-30", "signer": "Trần Quang Vinh"},
    "736": {"doc_number": "46/BC-VP", "doc_type": "Báo cáo", "issued_date": "2026-01-14",
            "province": "Hà Tĩnh", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Phan Thị Minh Nguyệt"},
    "737": {"doc_number": "684/TTPVHCC-NV", "doc_type": "Công văn", "issued_date": "2025-12-03",
            "province": "An Giang", "period_label": "tháng 11 năm 2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Lâm Thị Ngọc Hân"},
    "738": {"doc_number": "236/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-07-06",
            "province": "Điện Biên", "period_label": "6 tháng đầu năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-06-30", "signer": "Lò Văn Thanh"},
    "739": {"doc_number": "128/BC-CAT-PC06", "doc_type": "Báo cáo", "issued_date": "2026-01-09",
            "province": "Hưng Yên", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Nguyễn Văn Hùng"},
}
