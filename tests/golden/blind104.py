"""Blind golden facts for corpus/blind104/595_dien_bien.txt, 596_thai_nguyen.txt, 597_bac_ninh.txt, 598_nghe_an.txt
and 599_lang_son.txt.

The five documents were written by the developers for a hundred-and-fourth blind measurement (issuers and sectors not
used before or not for long: a Công an tỉnh on Đề án 06, a Sở Dân tộc và Tôn giáo's quarterly TTHC report, a Ban Quản
lý các khu công nghiệp on online investment procedures, a new commune's first report after the 1 July 2025 merger, a
provincial newspaper on its communication of administrative reform; periods quý III năm 2025, quý I năm 2026, 6 tháng
đầu năm 2026, 6 tháng cuối năm 2025 and năm 2025; not real documents), and every row below was written by reading them,
before any extraction, restoration or pipeline code was run on them. They also serve as held-out text for diacritic
restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind100.py, blind99.py, blind98.py, blind97.py, blind16.py and blind13.py:
rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it).
Prose and list counts are kind `count`; table cells are kind `value` even when they count, with `extra={"source":
"table"}`; `as_of="period"` is the period's end; a table column dated before the period end keeps kind `value` with
that date as `as_of`; a change is dated with the figure it changes and a fall ("giảm", "rút ngắn", "thấp hơn") is
negative; a change in "điểm phần trăm" is kind change in `%` (as golden/blind94.py). `ANY` leaves a field unchecked
where the sentence names no catalogued indicator (`None` where it clearly names none: counts of units, industrial
zones, fields, offices, machines, conferences). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts
the unit `PAKN` (an enterprise's "kiến nghị" too, as golden/blind89.py's 523); a count of the files (or PAKN) an
indicator is computed on carries that indicator's code; every "đã giải quyết" count, files by field, area or kind,
pending files and changes of counts have their code unchecked. Counts of local units take the unit of their first
unit word ("45/45 xã, phường", "92/92 xã, phường" → `xã`); "toàn tỉnh có 45 đơn vị hành chính cấp xã (42 xã, 03
phường)" → the whole subject `cấp xã` (unit `đơn vị`, level xã), its parts `xã` and `phường` (subject unchecked,
level xã), as golden/blind95.py's 552. A provincial body's own figures naming no body are named by its kind, the
province being the document's ("Công an tỉnh" under "CÔNG AN TỈNH ĐIỆN BIÊN", "Sở Dân tộc và Tôn giáo", "Ban Quản lý
các khu công nghiệp"), level tỉnh; a commune's own figures are the issuer ("UBND xã Kim Liên", level xã); a sentence
naming the body in full keeps the name as written ("Sở Tư pháp cấp …", "Bảo hiểm xã hội tỉnh đã xác thực …", "Sở Dân
tộc và Tôn giáo đạt 89,24/100 điểm", "xã Kim Liên đạt 84,75/100 điểm"). Things counted take the noun as written
(`tài khoản`, `người`, `thẻ`, `trường hợp`, `văn bản`, `dịch vụ`, `phiếu`, `tổ`, `thành viên`, `lượt`, `thiết bị`,
`khu công nghiệp`, `lĩnh vực`, `văn phòng đại diện`, `dự án`, `giấy phép`, `hội nghị`, `doanh nghiệp`, `điểm tiếp
nhận`, `công chức`, `máy quét`, `máy tính`, `xóm`, `video`, `infographic`, `bài`, `kỳ`, `ý kiến`, `bạn đọc`, `phóng
viên`; "tin, bài" → `tin`, the first unit word, as golden/blind74.py's 447); certified copies count in `bản`; money
keeps the unit written (`triệu USD`, `tỷ đồng`, `triệu đồng`; code unchecked); "1,26 triệu lượt xem" → 1260000
`lượt` (as golden/blind90.py). Numbers written in words are no figures ("chính quyền địa phương hai cấp", "ba xã
cũ", "hai xã cũ", "hai điểm tiếp nhận", the days of "ngày hai mươi lăm tháng 11", "ngày ba mươi tháng 4", "ngày mười
lăm tháng 8", "ngày hai mươi tám tháng 02", "ngày mười tháng 3"). Dates, document numbers, cited decisions, plans,
circulars, letters and resolutions ("Quyết định số 06/QĐ-TTg", "Kế hoạch số 2746/KH-UBND", "Thông tư số
01/2020/TT-VPCP", "Công văn số 684/VP-KSTT", "Quyết định số 412/QĐ-UBND", "Kế hoạch số 38/KH-UBND", "Công văn số
10215/UBND-KSTT", "Nghị quyết số 1678/NQ-UBTVQH15", "Kế hoạch số 21/KH-UBND"), "Đề án 06", "Cục C06", "mức độ 2",
"từ đủ 14 tuổi", "dưới 6 tuổi", the stated windows ("từ ngày 01/7/2025 đến ngày 30/9/2025", "từ ngày 01/7/2025 đến
ngày 31/12/2025"), "Lũy kế đến ngày 30/9/2025" (the period end), "so với ngày 31/12/2024", "Từ ngày 01/7/2025",
section and item numbering ("I.", "1.", "a)", "Bảng 1."), the STT column, an address ("số 10 đường Lý Thái Tổ"), phone
numbers ("0215.3825.412", "0208.3855.628", "0222.3822.468", "0238.3822.915", "0205.3812.546"), headings naming the
next period ("IV. NHIỆM VỤ QUÝ IV NĂM 2025", "VII. NHIỆM VỤ QUÝ II NĂM 2026", "V. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026",
"III. NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2026", "IV. NHIỆM VỤ NĂM 2026": no deadlines) and years are not figures.

New in this set:
- 595 is a quarterly Báo cáo of the Công an tỉnh Điện Biên (header "BỘ CÔNG AN / CÔNG AN TỈNH ĐIỆN BIÊN", number
  "2185/BC-CAT-PC06"), quý III năm 2025, issued 06/10/2025, on Đề án 06, signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Đại tá
  Lò Văn Thắng" (the signer is the name). The Công an tỉnh's own work ("Công an tỉnh tiếp nhận 18.426 hồ sơ … (quý II
  năm 2025: 15.318 hồ sơ), tăng 3.108 hồ sơ; đã kích hoạt thành công 16.982 tài khoản, đạt 92,16% số hồ sơ tiếp nhận",
  identity cards, records cleaned, its own TTHC files with the usual codes) is `Công an tỉnh`, level tỉnh (the
  applications and cards: codes unchecked, not the 766 index's files; the accounts activated carry the
  identity-account code as golden/blind96.py's 559; the 92,16% is a share of applications: code unchecked); the
  months inside the quarter "(tháng 7/2025 tiếp nhận 5.236 hồ sơ, tháng 8/2025 …, tháng 9/2025 …)" are counts dated
  at each month's end (the last one the period end), as golden/blind100.py's 576 dates its "tháng 10/2025". NEW: A
  PROVINCIAL POLICE REPORT AFTER THE MERGER, where the residence work is done by the commune police: "Công an các xã,
  phường tiếp nhận 9.846 hồ sơ đăng ký, quản lý cư trú …" (subject as written, level xã, codes unchecked: residence
  files are not the 766 index's), "2.746 văn bản xác nhận thông tin về cư trú" (unit `văn bản`). The province's
  accumulated accounts "trên địa bàn tỉnh có 412.638 tài khoản …, đạt 78,54% … (525.386 người); so với chỉ tiêu năm
  2025 là 85% thì chưa đạt chỉ tiêu" (subject NULL; the target dated 2025-12-31, after the period end); a dash list of
  the three lowest communes "- Xã Mường Nhé: 6.214 tài khoản, đạt 58,36%;" (subject as written, level xã) and "Riêng
  xã Sín Thầu thấp hơn bình quân toàn tỉnh 26,07 điểm phần trăm" (a negative change in `%`). NEW: SERVICES INTEGRATED
  ON VNeID "41 dịch vụ công được tích hợp, cung cấp trên ứng dụng VNeID (tăng 06 dịch vụ so với quý II năm 2025)": the
  national app's services, not a body of the province (subject and level unchecked, unit `dịch vụ`, code unchecked);
  "người dân trên địa bàn tỉnh nộp 12.658 hồ sơ qua ứng dụng VNeID, chiếm 46,25% … (27.368 hồ sơ)" the province's
  (subject NULL, codes unchecked). Members named in full: "Sở Tư pháp cấp 1.846 phiếu …, trong đó 1.512 phiếu … chiếm
  81,91%", "Bảo hiểm xã hội tỉnh … 486.912/498.306 người …, đạt 97,71%" (one count, max 498306). "Toàn tỉnh có 1.126 tổ
  … với 4.318 thành viên" (the province's), "các tổ đã hỗ trợ 21.540 lượt … (quý II năm 2025: 17.206 lượt), tăng
  4.334 lượt" (the groups: subject and level unchecked; previous dated 2025-06-30).
  Shortcomings "còn 09 xã … 14 xã" (unit `xã`, level xã). Task 2's "nâng tỷ lệ kích hoạt của mỗi xã đạt tối thiểu 70%
  trong quý IV năm 2025" each named commune's target (subject unchecked, level xã, dated 2025-12-31); task 4's "14
  thiết bị" a count repeated. Six deadlines: day for a division of the Công an tỉnh, quarter (with the target) for the
  police of three named communes, "chậm nhất" day in words "ngày hai mươi lăm tháng 11 năm 2025" and month and year in
  requests "Đề nghị Sở Y tế …", "Đề nghị Sở Khoa học và Công nghệ …", "Đề nghị Bảo hiểm xã hội tỉnh …" (the assignee
  the body requested), "trước ngày 20 hằng tháng" (issued 06/10/2025: first 20/10/2025).
- 596 is a quarterly Báo cáo of the Sở Dân tộc và Tôn giáo tỉnh Thái Nguyên (merged with Bắc Kạn; header "UBND TỈNH
  THÁI NGUYÊN / SỞ DÂN TỘC VÀ TÔN GIÁO", number "142/BC-SDTTG"), quý I năm 2026, issued 03/4/2026. The Sở's own
  figures ("Sở đang thực hiện …", "Sở tiếp nhận …", "của Sở") are `Sở Dân tộc và Tôn giáo`, level tỉnh: "05 TTHC"
  announced, "42 TTHC (lĩnh vực dân tộc 6 TTHC, lĩnh vực tín ngưỡng, tôn giáo 36 TTHC)" (the fields' parts: subject
  unchecked, level tỉnh, as a Sở's fields in golden/blind15.py), toàn trình and một phần, "100% TTHC được công khai"
  (code unchecked). NEW: "cùng kỳ năm 2025" AS A PREVIOUS VALUE OF A QUARTER: "(cùng kỳ năm 2025: 142 hồ sơ)" is dated
  at the end of quý I năm 2025 (2025-03-31), "tăng 44 hồ sơ, tương ứng tăng 30,99%" changes; carried-over and pending
  files; a dash list by field "- Lĩnh vực tín ngưỡng, tôn giáo: tiếp nhận 158 hồ sơ, trực tuyến 146 hồ sơ (92,41%);"
  (subject unchecked, level tỉnh; counts' codes unchecked, the share the online code); "trước hạn 71 hồ sơ, đúng hạn
  112 hồ sơ, tỷ lệ trước hạn, đúng hạn đạt 99,46%; quá hạn 01 hồ sơ (chiếm 0,54%)"; "6,8 ngày/hồ sơ, rút ngắn 1,4
  ngày so với quý IV năm 2025" (the fall of the 766 processing time, dated at the period end); payment "83,33%; so với
  chỉ tiêu UBND tỉnh giao năm 2026 là 80% thì Sở đã đạt chỉ tiêu" (target dated 2026-12-31); "96,24%, tăng 3,18% so
  với quý IV năm 2025 (93,06%)" (previous 2025-12-31); "02 PAKN … 02/02 PAKN". NEW: A MONTH'S SCORE INSIDE A QUARTER'S
  REPORT: "Theo kết quả đánh giá tháng 02/2026 …, Sở Dân tộc và Tôn giáo đạt 89,24/100 điểm, xếp thứ 4/19 … (tháng
  01/2026: 86,10 điểm, xếp thứ 9/19), tăng 3,14 điểm và tăng 5 bậc" and the six group scores after "lần lượt là" are
  dated at the end of February (2026-02-28), not at the quarter's end: the sentence dates them; the previous values
  2026-01-31; "Cũng trong tháng 02/2026, tỉnh Thái Nguyên đạt 84,07/100 điểm, xếp thứ 12/34" likewise (subject NULL).
  "UBND 38 xã" (a count of communes, subject unchecked), "1.264 lượt" and "02 công chức" (the Sở's), "92/92 xã,
  phường". Task 1's "08 TTHC" a count repeated; task 4's "của Sở đạt tối thiểu 90% trong quý II năm 2026" the Sở's
  target (2026-06-30). Five deadlines: day, "chậm nhất" day in words "ngày ba mươi tháng 4 năm 2026", month, quarter
  (with the target), "trước ngày 10 hằng tháng" (issued 03/4/2026: first 10/4/2026).
- 597 is a half-year Báo cáo of the Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh (merged with Bắc Giang; header
  "UBND TỈNH BẮC NINH / BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", number "1048/BC-BQL"), 6 tháng đầu năm 2026, issued
  03/7/2026. The Ban's own figures ("Ban đang thực hiện …", "Ban tiếp nhận …", "Ban đạt …") are `Ban Quản lý các khu
  công nghiệp`, level tỉnh (as golden/blind89.py's 523); "trên địa bàn tỉnh có 32 khu công nghiệp …, trong đó 21 khu
  công nghiệp" the province's (subject NULL, code None); "104 TTHC thuộc 9 lĩnh vực" (`lĩnh vực`), "01 văn phòng đại
  diện". "(cùng kỳ năm 2025: 3.218 hồ sơ), tăng 19,52%" (previous dated 2025-06-30; a relative change, code
  unchecked). A MARKDOWN TABLE BY FIELD (received, online, online share, on time, overdue; units from the headers'
  brackets; "0" cells are figures) whose rows are fields (subject unchecked, level tỉnh) with the codes of their
  columns (as golden/blind99.py's 574), and a "Tổng cộng" row with an empty STT (the Ban; it repeats the prose). NEW:
  INVESTMENT IN USD AND VND: "46 dự án đầu tư (26 dự án FDI, 20 dự án đầu tư trong nước) với tổng vốn đăng ký 1.286,4
  triệu USD và 4.612,5 tỷ đồng; điều chỉnh 38 lượt dự án, trong đó tăng vốn thêm 625,8 triệu USD" (the Ban's: it
  registers them; units as written, codes unchecked; "tăng vốn thêm" is the added capital, a value, not a change of a
  figure over time); ONE PROJECT'S CAPITAL "dự án sản xuất linh kiện bán dẫn … với vốn đầu tư 125,5 triệu USD" names
  no body (subject and level unchecked); "100% hồ sơ … được tiếp nhận trực tuyến qua Hệ thống thông tin quốc gia về
  đầu tư" and "9,5 ngày làm việc, rút ngắn 2,1 ngày so với cùng kỳ năm 2025" (one procedure: codes unchecked; the fall
  negative, dated at the period end); work permits "1.846 giấy phép … (cấp mới 1.124 giấy phép, cấp lại 418 giấy
  phép, gia hạn 304 giấy phép)"; "86 trường hợp", "58 giấy phép xây dựng và 07 giấy phép môi trường" (`giấy phép`);
  payment "98,78% … 2,46 tỷ đồng; so với chỉ tiêu UBND tỉnh giao năm 2026 là 95% thì Ban đã đạt chỉ tiêu" (target
  2026-12-31); "03 hội nghị … 412 doanh nghiệp … 27 kiến nghị … 25/27 kiến nghị, 02 kiến nghị" (`PAKN`, codes
  unchecked); the Ban's `90,36/100`, `3/21` "(quý I năm 2026: 88,15 điểm, xếp thứ 6/21), tăng 2,21 điểm" (previous
  2026-03-31); the province's `88,92/100`, `4/34`; "thu hút vốn đầu tư trực tiếp nước ngoài của tỉnh xếp thứ 2/34"
  (a rank of the province, no catalogued code). Task 2's "nâng tỷ lệ hồ sơ lĩnh vực xây dựng nộp trực tuyến đạt tối
  thiểu 98% trong quý III năm 2026" a field's target (subject unchecked, level tỉnh, dated 2026-09-30). Six deadlines:
  day, quarter (with the target), "chậm nhất" day in words "ngày mười lăm tháng 8 năm 2026", month, year, "trước ngày
  25 hằng tháng" (issued 03/7/2026: first 25/7/2026).
- 598 is a Báo cáo of UBND xã Kim Liên (tỉnh Nghệ An; header "UBND TỈNH NGHỆ AN / ỦY BAN NHÂN DÂN XÃ KIM LIÊN", place
  line "Kim Liên, ngày 05 tháng 01 năm 2026", number "96/BC-UBND"), NEW: A NEW COMMUNE'S FIRST HALF-YEAR REPORT, formed
  on 01/7/2025 from three old communes: its period "6 tháng cuối năm 2025" (01/7–31/12/2025), the first since it
  began work. The commune's own figures ("UBND xã …", "của xã", "xã đã đạt chỉ tiêu") are "UBND xã Kim Liên", level
  xã; its area, population, hamlets, accounts "Trên địa bàn xã" and its one-stop desks subject unchecked, level xã
  (as golden/blind97.py's 564): "68,42 km²" (a value in `km²`), "41.265 người", "38 xóm", "02 điểm tiếp nhận", "14
  công chức"; "UBND xã được trang bị 06 máy quét và 12 máy tính" the commune's. Files "5.264 … 4.318 … 82,03%; so với
  chỉ tiêu UBND tỉnh giao năm 2025 là 80% thì xã đã đạt chỉ tiêu" (target at the period end), on-time and overdue with
  their parts "(gồm 21 hồ sơ đất đai, 11 hồ sơ hộ tịch)" (subject unchecked, level xã). NEW: THE PREDECESSORS' SUM AS
  A PREVIOUS VALUE: "So với 6 tháng đầu năm 2025 (số liệu cộng gộp của ba xã trước sắp xếp: 4.126 hồ sơ, tỷ lệ trực
  tuyến 67,47%), số hồ sơ tiếp nhận tăng 1.138 hồ sơ, tỷ lệ trực tuyến tăng 14,56%" — the previous values are dated
  2025-06-30 with the received and online codes, as golden/blind100.py's 576 reads the merged province's sum; their
  subject is unchecked (the new commune, or the three old ones whose sum they are: genuinely open), level xã; the
  changes are the commune's. A TAB-SEPARATED TABLE BY PLACE OF RECEIPT, each row an old commune's area ("Trụ sở chính
  (khu vực xã Kim Liên cũ)", "Điểm tiếp nhận khu vực xã Xuân Hồng cũ"): subject and level unchecked (as 564's old
  communes), counts' codes unchecked, the share the online code; the "Cộng" row with an empty STT is the commune (full
  codes). Payment "59,86%; so với chỉ tiêu năm 2025 là 65% thì xã chưa đạt chỉ tiêu", "2.418 bản", "91,48%", civil
  status "412 trường hợp … 186 trường hợp, 100% trên môi trường điện tử", PAKN "17 … 15 … 88,24%; 02 PAKN", accounts
  "28.406 … 86,12% … (32.984 người)" (identity-account code), "38/38 xóm … 186 thành viên". The province's ranking of
  its communes "xã Kim Liên đạt 84,75/100 điểm, xếp thứ 38/130 … (tháng 7/2025: 71,20 điểm, xếp thứ 96/130), tăng
  13,55 điểm và tăng 58 bậc" (subject as written, level xã; previous 2025-07-31), "Điểm bình quân cấp xã của tỉnh là
  80,42 điểm" (subject unchecked, level xã), "xã cao hơn bình quân cấp xã của tỉnh 4,33 điểm" (a change; subject
  unchecked, level xã: "xã" alone may be read as the issuer or as "xã Kim Liên" of the sentence before). Task 4's "21
  hồ sơ" a count repeated; task 2's "của xã đạt tối thiểu 70% trong quý I năm 2026" the commune's target (2026-03-31).
  Six deadlines: day, quarter (with the target), "chậm nhất" day in words "ngày hai mươi tám tháng 02 năm 2026", month,
  year, "trước ngày 18 hằng tháng" (issued 05/01/2026: first 18/01/2026); the assignees are the commune's own desks
  and officers ("Công chức Tư pháp - Hộ tịch", "Bộ phận Một cửa xã", "Văn phòng HĐND và UBND xã", "Phòng Kinh tế",
  "Công an xã").
- 599 is an annual Báo cáo of Báo Lạng Sơn (header "UBND TỈNH LẠNG SƠN / BÁO LẠNG SƠN", number "12/BC-BLS", signed
  "TỔNG BIÊN TẬP"), năm 2025, issued 08/01/2026, to the Sở Nội vụ. NEW: A PROVINCIAL NEWSPAPER: its own figures
  ("Báo Lạng Sơn đăng tải …", "Báo đạt …", "Báo tiếp nhận …", "Báo bố trí …") are `Báo Lạng Sơn`, level tỉnh — the
  newspaper's name holds the province and is kept whole (a proper name as "Bệnh viện Đa khoa Đồng Nai"; "Báo" alone
  names no body); codes unchecked (no catalogued indicator). "1.286 tin, bài … (năm 2024: 1.042 tin, bài), tăng 244 tin,
  bài, tương ứng tăng 23,42%" (previous 2024-12-31), the platforms' parts "báo in 312 tin, bài, báo điện tử 974 tin,
  bài" and the column's issues "48 kỳ trên báo in và 52 kỳ trên báo điện tử", the views on the website, the Fanpage's
  followers "186.420 người …, tăng 32.615 người so với ngày 31/12/2024", the TikTok channel's "48 video … khoảng 1,26
  triệu lượt xem" (platforms, not bodies: subject unchecked, level tỉnh, as golden/blind74.py's 447 reads channels);
  "chỉ tiêu kế hoạch năm 2025 là 1.200 tin, bài" the Báo's target (unit `tin`, period end) and "107,17% kế hoạch" a
  share of it. A MARKDOWN TABLE BY TOPIC (print, online, views, share of all items; topic rows subject unchecked,
  level tỉnh; "Tổng cộng" with an empty STT = the Báo, its "100" a figure). Readers' opinions "146 ý kiến … 146/146 ý
  kiến … 138 ý kiến …, đạt 94,52%" (`ý kiến`, not the province's PAKN: codes unchecked), a survey "3.412 bạn đọc …
  89,6%" (the share: subject unchecked, level tỉnh), "18 phóng viên", money "486,5 triệu đồng … 420 triệu đồng … 66,5
  triệu đồng". The province's figures reported (subject NULL, catalogued codes): "68,45%", `82,37/100`, `21/34`. Task
  5's "tối thiểu 1.400 tin, bài … trong năm 2026" a division's target (subject unchecked, level tỉnh, dated
  2026-12-31). Six deadlines for the paper's own departments: day, "chậm nhất" day in words "ngày mười tháng 3 năm
  2026", quarter, month, year (with the target), "trước ngày 28 hằng tháng" (issued 08/01/2026: first 28/01/2026).

Unsure readings (fields left `ANY`): the subject of 595's integrated VNeID services (the national app's, no body of
the province) and of the digital groups' "21.540 lượt"; the subject of 597's single project's capital; the subject of
598's predecessors' sum (the new commune or the three old communes) and of "xã cao hơn … 4,33 điểm"; the subject of
599's platforms and of the readers' survey share. 599's `Báo Lạng Sơn` for sentences saying only "Báo" follows the
fixed rule that a body's own figures are named by its kind with the province being the document's: a newspaper's kind
and name coincide ("Báo" + the province), so the name is kept whole.
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
_Y2024 = "2024-12-31"
_Q1_2025 = "2025-03-31"
_H1_2025 = "2025-06-30"
_JUL_2025 = "2025-07-31"
_Y2025 = "2025-12-31"
_JAN_2026 = "2026-01-31"
_FEB_2026 = "2026-02-28"
_Q1_2026 = "2026-03-31"
_OPEN = {"subject": ANY, "level": ANY}
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
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw), unit, kind, max_value=top, subject=subject,
                       level=level, as_of=as_of, code=code, extra=TAB))
        at += len(sep)
    return facts


def _by(subject: str, level: str):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


# ------------------------------------------------------------ 595: Công an tỉnh Điện Biên, Đề án 06, quý III/2025
_cat = _by("Công an tỉnh", "tỉnh")
_caxa = _by("Công an các xã, phường", "xã")
_STP = {"subject": "Sở Tư pháp", "level": "tỉnh"}
_BHXH = {"subject": "Bảo hiểm xã hội tỉnh", "level": "tỉnh"}


def _commune_595(name: str, accounts: str, share: str) -> list[Fact]:
    """One dash item "- Xã …: n tài khoản, đạt x%;" (subject as written, level xã, the identity-account code)."""
    return [F(f"{name}: {accounts} tài khoản", accounts, _num(accounts), "tài khoản", C, subject=name, level="xã",
              code=_TK),
            F(f"{accounts} tài khoản, đạt {share}", share, _num(share), "%", subject=name, level="xã", code=_TK)]


BLIND_595 = [
    # I. the communes after the merger (06/QĐ-TTg, 2746/KH-UBND cited; "01/7/2025" a date, "hai cấp" in words)
    F("toàn tỉnh có 45 đơn vị", "45", 45, "đơn vị", C, code=None, **_XA),
    F("(42 xã", "42", 42, "xã", C, code=None, **_IN_XA),
    F(", 03 phường)", "03", 3, "phường", C, code=None, **_IN_XA),
    F("tại 45/45 xã", "45/45", 45, "xã", C, max_value=45, code=None, **_IN_XA),
    # II.1 the Công an tỉnh's applications and accounts (quý II dated 2025-06-30; "mức độ 2" no figure)
    _cat("tiếp nhận 18.426", "18.426", 18426, "hồ sơ", C, code=ANY),
    _cat("(quý II năm 2025: 15.318", "15.318", 15318, "hồ sơ", PR, as_of=_H1_2025, code=ANY),
    _cat("tăng 3.108", "3.108", 3108, "hồ sơ", CH, code=ANY),
    _cat("tháng 7/2025 tiếp nhận 5.236", "5.236", 5236, "hồ sơ", C, as_of=_JUL_2025, code=ANY),
    _cat("tháng 8/2025 tiếp nhận 6.348", "6.348", 6348, "hồ sơ", C, as_of="2025-08-31", code=ANY),
    _cat("tháng 9/2025 tiếp nhận 6.842", "6.842", 6842, "hồ sơ", C, code=ANY),
    _cat("thành công 16.982", "16.982", 16982, "tài khoản", C, code=_TK),
    _cat("đạt 92,16%", "92,16%", 92.16, "%", code=ANY),
    # the province's accumulated accounts ("từ đủ 14 tuổi" no figure; the 2025 target after the period end)
    F("có 412.638 tài khoản", "412.638", 412638, "tài khoản", C, code=_TK),
    F("đạt 78,54%", "78,54%", 78.54, "%", code=_TK, target=85, stated_status="chưa đạt"),
    F("(525.386 người)", "525.386", 525386, "người", C, code=ANY),
    F("năm 2025 là 85%", "85%", 85, "%", T, as_of=_Y2025, code=_TK),
    *_commune_595("Xã Mường Nhé", "6.214", "58,36%"),
    *_commune_595("Xã Nậm Kè", "3.905", "55,12%"),
    *_commune_595("Xã Sín Thầu", "2.418", "52,47%"),
    F("toàn tỉnh 26,07 điểm", "26,07", -26.07, "%", CH, subject="xã Sín Thầu", level="xã", code=_TK),
    # II.2 residence (the commune police) and identity cards ("dưới 6 tuổi" no figure)
    _caxa("phường tiếp nhận 9.846", "9.846", 9846, "hồ sơ", C, code=ANY),
    _caxa("trực tuyến 8.712", "8.712", 8712, "hồ sơ", C, code=ANY),
    _caxa("chiếm 88,48%", "88,48%", 88.48, "%", code=ANY),
    _caxa("giải quyết 9.802", "9.802", 9802, "hồ sơ", C, code=ANY),
    _caxa("đúng hạn 9.795", "9.795", 9795, "hồ sơ", C, code=ANY),
    _caxa("cấp 2.746 văn bản", "2.746", 2746, "văn bản", C, code=ANY),
    _cat("thu nhận 14.206", "14.206", 14206, "hồ sơ", C, code=ANY),
    _cat("đó 2.318 hồ sơ", "2.318", 2318, "hồ sơ", C, code=ANY),
    _cat("trả 13.874 thẻ", "13.874", 13874, "thẻ", C, code=ANY),
    _cat("làm sạch 11.284", "11.284", 11284, "trường hợp", C, code=ANY),
    _cat("cập nhật 3.162", "3.162", 3162, "trường hợp", C, code=ANY),
    # II.3 services on VNeID (the national app's: subject unchecked), the province's files, members named in full
    F("có 41 dịch vụ", "41", 41, "dịch vụ", C, code=ANY, **_OPEN),
    F("tăng 06 dịch vụ", "06", 6, "dịch vụ", CH, code=ANY, **_OPEN),
    F("nộp 12.658 hồ sơ", "12.658", 12658, "hồ sơ", C, code=ANY),
    F("chiếm 46,25%", "46,25%", 46.25, "%", code=ANY),
    F("(27.368 hồ sơ)", "27.368", 27368, "hồ sơ", C, code=ANY),
    F("cấp 1.846 phiếu", "1.846", 1846, "phiếu", C, code=ANY, **_STP),
    F("đó 1.512 phiếu", "1.512", 1512, "phiếu", C, code=ANY, **_STP),
    F("chiếm 81,91%", "81,91%", 81.91, "%", code=ANY, **_STP),
    F("của 486.912/498.306", "486.912/498.306", 486912, "người", C, max_value=498306, code=ANY, **_BHXH),
    F("đạt 97,71%", "97,71%", 97.71, "%", code=ANY, **_BHXH),
    # II.4 community digital groups (the province's; the groups' support: subject unchecked)
    F("có 1.126 tổ", "1.126", 1126, "tổ", C, code=None),
    F("với 4.318 thành viên", "4.318", 4318, "thành viên", C, code=ANY),
    F("hỗ trợ 21.540 lượt", "21.540", 21540, "lượt", C, code=ANY, **_OPEN),
    F("(quý II năm 2025: 17.206 lượt)", "17.206", 17206, "lượt", PR, as_of=_H1_2025, code=ANY, **_OPEN),
    F("tăng 4.334 lượt", "4.334", 4334, "lượt", CH, code=ANY, **_OPEN),
    # II.5 the Công an tỉnh's own TTHC files
    _cat("tỉnh tiếp nhận 23.518", "23.518", 23518, "hồ sơ", C, code=_TN),
    _cat("trực tuyến 20.146", "20.146", 20146, "hồ sơ", C, code=_NOP),
    _cat("đạt 85,66%", "85,66%", 85.66, "%", code=_NOP),
    _cat("đạt 99,62%", "99,62%", 99.62, "%", code=_DH),
    _cat("Có 16.214 hồ sơ", "16.214", 16214, "hồ sơ", C, code=ANY),
    _cat("đó 13.806 hồ sơ", "13.806", 13806, "hồ sơ", C, code=_TT),
    _cat("đạt 85,15%", "85,15%", 85.15, "%", code=_TT),
    # III. shortcomings
    F("còn 09 xã", "09", 9, "xã", C, code=None, **_IN_XA),
    F("; 14 xã", "14", 14, "xã", C, code=None, **_IN_XA),
    # IV. each named commune's target for quý IV; a count repeated (phone number, "C06" no figures)
    F("tối thiểu 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TK, **_IN_XA),
    F("bổ sung 14 thiết bị", "14", 14, "thiết bị", C, code=None, **_OPEN),
]

# ------------------------------------------------------------ 596: Sở Dân tộc và Tôn giáo tỉnh Thái Nguyên, quý I/2026
_SDT = "Sở Dân tộc và Tôn giáo"
_sdt = _by(_SDT, "tỉnh")
_FEB = {"as_of": _FEB_2026}


def _group_596(context: str, raw: str, top: float, code: str) -> Fact:
    """One group score after "lần lượt là" (the Sở's, with its maximum, dated at the end of February)."""
    return _sdt(context, raw, _num(raw.split("/")[0]), "điểm", max_value=top, code=code, **_FEB)


BLIND_596 = [
    # I. (01/2020/TT-VPCP, 684/VP-KSTT, 412/QĐ-UBND cited)
    _sdt("công bố 05 TTHC", "05", 5, "TTHC", C, code=ANY),
    _sdt("thực hiện 42 TTHC", "42", 42, "TTHC", C, code=_TTHC),
    F("dân tộc 6 TTHC", "6", 6, "TTHC", C, code=ANY, **_IN_TINH),
    F("tôn giáo 36 TTHC", "36", 36, "TTHC", C, code=ANY, **_IN_TINH),
    _sdt("đó 31 TTHC", "31", 31, "TTHC", C, code=_TOAN),
    _sdt("và 11 TTHC", "11", 11, "TTHC", C, code=_MOT),
    _sdt("phần. 100% TTHC", "100%", 100, "%", code=ANY),
    # II.1 files ("cùng kỳ năm 2025" = quý I năm 2025, dated 2025-03-31)
    _sdt("tiếp nhận 186 hồ sơ", "186", 186, "hồ sơ", C, code=_TN),
    _sdt("(cùng kỳ năm 2025: 142", "142", 142, "hồ sơ", PR, as_of=_Q1_2025, code=_TN),
    _sdt("tăng 44 hồ sơ", "44", 44, "hồ sơ", CH, code=ANY),
    _sdt("tăng 30,99%", "30,99%", 30.99, "%", CH, code=ANY),
    _sdt("sang 12 hồ sơ", "12", 12, "hồ sơ", C, code=ANY),
    _sdt("trực tuyến 171", "171", 171, "hồ sơ", C, code=_NOP),
    _sdt("chiếm 91,94%", "91,94%", 91.94, "%", code=_NOP),
    # by field (subject unchecked, level tỉnh)
    F("tiếp nhận 158 hồ sơ", "158", 158, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("trực tuyến 146 hồ sơ", "146", 146, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("(92,41%)", "92,41%", 92.41, "%", code=_NOP, **_IN_TINH),
    F("tiếp nhận 28 hồ sơ", "28", 28, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("trực tuyến 25 hồ sơ", "25", 25, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("(89,29%)", "89,29%", 89.29, "%", code=_NOP, **_IN_TINH),
    # II.2–II.3 settled, on time, overdue, pending, time
    _sdt("giải quyết 184 hồ sơ", "184", 184, "hồ sơ", C, code=ANY),
    _sdt("trước hạn 71", "71", 71, "hồ sơ", C, code=ANY),
    _sdt("đúng hạn 112", "112", 112, "hồ sơ", C, code=ANY),
    _sdt("đạt 99,46%", "99,46%", 99.46, "%", code=_DH),
    _sdt("quá hạn 01 hồ sơ", "01", 1, "hồ sơ", C, code=_QH),
    _sdt("(chiếm 0,54%)", "0,54%", 0.54, "%", code=_QH),
    _sdt("giải quyết 14 hồ sơ", "14", 14, "hồ sơ", C, code=ANY),
    _sdt("bình quân 6,8 ngày", "6,8", 6.8, "ngày", code=_TIME),
    _sdt("rút ngắn 1,4 ngày", "1,4", -1.4, "ngày", CH, code=_TIME),
    # III. payment (the 2026 target at the year's end), digitisation (quý IV dated 2025-12-31)
    _sdt("có 18 hồ sơ", "18", 18, "hồ sơ", C, code=ANY),
    _sdt("đó 15 hồ sơ", "15", 15, "hồ sơ", C, code=_TT),
    _sdt("đạt 83,33%", "83,33%", 83.33, "%", code=_TT, target=80, stated_status="đạt"),
    _sdt("năm 2026 là 80%", "80%", 80, "%", T, as_of="2026-12-31", code=_TT),
    _sdt("đạt 96,24%", "96,24%", 96.24, "%", code=_SH),
    _sdt("tăng 3,18%", "3,18%", 3.18, "%", CH, code=_SH),
    _sdt("(93,06%)", "93,06%", 93.06, "%", PR, as_of=_Y2025, code=_SH),
    _sdt("đạt 41,30%", "41,30%", 41.30, "%", code=_TSD),
    _sdt("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    # IV. PAKN, satisfaction
    _sdt("tiếp nhận 02 PAKN", "02", 2, "PAKN", C, code=_PAKN_TN),
    _sdt("xử lý 02/02 PAKN", "02/02", 2, "PAKN", C, max_value=2, code=ANY),
    _sdt("đạt 98,60%", "98,60%", 98.60, "%", code=_HL),
    # V. the February score inside the quarter (dated 2026-02-28; January 2026-01-31)
    _sdt("đạt 89,24/100", "89,24/100", 89.24, "điểm", max_value=100, code=_TONG, **_FEB),
    _sdt("xếp thứ 4/19", "4/19", 4, "hạng", R, max_value=19, code=_HANG, **_FEB),
    _sdt("(tháng 01/2026: 86,10 điểm", "86,10", 86.10, "điểm", PR, max_value=100, as_of=_JAN_2026, code=_TONG),
    _sdt("xếp thứ 9/19)", "9/19", 9, "hạng", PR, max_value=19, as_of=_JAN_2026, code=_HANG),
    _sdt("tăng 3,14 điểm", "3,14", 3.14, "điểm", CH, code=_TONG, **_FEB),
    _sdt("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG, **_FEB),
    _group_596("minh bạch 17,20/18", "17,20/18", 18, "766.cong_khai"),
    _group_596("giải quyết 19,45/20", "19,45/20", 20, "766.tien_do"),
    _group_596("trực tuyến 10,86/12", "10,86/12", 12, "766.dvctt"),
    _group_596("trực tuyến 7,15/10", "7,15/10", 10, "766.thanh_toan"),
    _group_596("hồ sơ 17,58/22", "17,58/22", 22, "766.so_hoa"),
    _group_596("hài lòng 17,00/18", "17,00/18", 18, "766.hai_long"),
    F("đạt 84,07/100", "84,07/100", 84.07, "điểm", max_value=100, code=_TONG, **_FEB),
    F("xếp thứ 12/34", "12/34", 12, "hạng", R, max_value=34, code=_HANG, **_FEB),
    # VI. support in ethnic minority areas
    F("UBND 38 xã", "38", 38, "xã", C, code=None, **_IN_XA),
    _sdt("hướng dẫn 1.264 lượt", "1.264", 1264, "lượt", C, code=ANY),
    _sdt("cử 02 công chức", "02", 2, "công chức", C, code=ANY),
    F("tới 92/92 xã", "92/92", 92, "xã", C, max_value=92, code=None, **_IN_XA),
    # VII. a count repeated; the Sở's target for quý II (phone number no figure)
    F("giải quyết 08 TTHC", "08", 8, "TTHC", C, code=ANY, **_OPEN),
    _sdt("tối thiểu 90%", "90%", 90, "%", T, as_of="2026-06-30", code=_TT),
]

# ------------------------------------------------------------ 597: Ban Quản lý các KCN tỉnh Bắc Ninh, 6 tháng đầu 2026
_BQL = "Ban Quản lý các khu công nghiệp"
_bql = _by(_BQL, "tỉnh")


def _field_597(stt: str, name: str, raws: str, subject: object, after: str) -> list[Fact]:
    """One Markdown row of Bảng 1: received, online files, online share, on-time files, overdue files (units from the
    headers' brackets; a field's row has subject unchecked, level tỉnh)."""
    received, online, share, on_time, overdue = raws.split()
    line = f"| {stt} | {name} | {received} | {online} | {share} | {on_time} | {overdue} |".replace("|  |", "| |")
    return _cells(line, " | ", after, subject, "tỉnh", [
        (received, "hồ sơ", P, _TN, "period", None), (online, "hồ sơ", P, _NOP, "period", None),
        (share, "%", P, _NOP, "period", None), (on_time, "hồ sơ", P, _DH, "period", None),
        (overdue, "hồ sơ", P, _QH, "period", None)])


_FIELDS_597 = [
    ("Đầu tư", "612 606 99,02 590 2"),
    ("Lao động, việc làm", "2.184 2.178 99,73 2.131 0"),
    ("Xây dựng", "356 340 95,51 338 3"),
    ("Môi trường", "214 198 92,52 205 0"),
    ("Quy hoạch", "148 142 95,95 139 0"),
    ("Thương mại", "332 328 98,80 306 0"),
]


def _table_597() -> list[Fact]:
    """Bảng 1 in order; each row's context runs into the next row's STT and name; the "Tổng cộng" row (empty STT) is
    the Ban's (it repeats the prose)."""
    facts = []
    for i, (name, raws) in enumerate(_FIELDS_597):
        after = f"| {i + 2} | {_FIELDS_597[i + 1][0]}" if i + 1 < len(_FIELDS_597) else "| | Tổng cộng"
        facts += _field_597(str(i + 1), name, raws, ANY, after)
    facts += _field_597("", "Tổng cộng", "3.846 3.792 98,60 3.709 5", _BQL, "\nLĩnh vực xây dựng")
    return facts


BLIND_597 = [
    # I. (38/KH-UBND cited; an address no figure) the province's industrial zones, the Ban's procedures
    F("có 32 khu công nghiệp", "32", 32, "khu công nghiệp", C, code=None),
    F("đó 21 khu công nghiệp", "21", 21, "khu công nghiệp", C, code=None),
    _bql("thực hiện 104 TTHC", "104", 104, "TTHC", C, code=_TTHC),
    _bql("thuộc 9 lĩnh vực", "9", 9, "lĩnh vực", C, code=None),
    _bql("đó 72 TTHC", "72", 72, "TTHC", C, code=_TOAN),
    _bql("và 32 TTHC", "32", 32, "TTHC", C, code=_MOT),
    _bql("và 01 văn phòng", "01", 1, "văn phòng đại diện", C, code=None),
    # II.1 files (cùng kỳ = 6 tháng đầu năm 2025, dated 2025-06-30)
    _bql("tiếp nhận 3.846 hồ sơ", "3.846", 3846, "hồ sơ", C, code=_TN),
    _bql("(cùng kỳ năm 2025: 3.218", "3.218", 3218, "hồ sơ", PR, as_of=_H1_2025, code=_TN),
    _bql("tăng 19,52%", "19,52%", 19.52, "%", CH, code=ANY),
    _bql("trực tuyến 3.792", "3.792", 3792, "hồ sơ", C, code=_NOP),
    _bql("đạt 98,60%", "98,60%", 98.60, "%", code=_NOP),
    _bql("giải quyết 3.714", "3.714", 3714, "hồ sơ", C, code=ANY),
    _bql("đúng hạn 3.709 hồ sơ", "3.709", 3709, "hồ sơ", C, code=_DH),
    _bql("(99,87%)", "99,87%", 99.87, "%", code=_DH),
    _bql("quá hạn 05 hồ sơ", "05", 5, "hồ sơ", C, code=_QH),
    _bql("(0,13%)", "0,13%", 0.13, "%", code=_QH),
    # Bảng 1 (Markdown, by field)
    *_table_597(),
    # II.2 investment: projects, USD and VND (the Ban's; one project's capital names no body)
    _bql("Cấp mới 46 dự án", "46", 46, "dự án", C, code=ANY),
    _bql("(26 dự án", "26", 26, "dự án", C, code=ANY),
    _bql(", 20 dự án", "20", 20, "dự án", C, code=ANY),
    _bql("ký 1.286,4 triệu USD", "1.286,4", 1286.4, "triệu USD", code=ANY),
    _bql("và 4.612,5 tỷ đồng", "4.612,5", 4612.5, "tỷ đồng", code=ANY),
    _bql("điều chỉnh 38 lượt", "38", 38, "lượt", C, code=ANY),
    _bql("thêm 625,8 triệu USD", "625,8", 625.8, "triệu USD", code=ANY),
    F("tư 125,5 triệu USD", "125,5", 125.5, "triệu USD", code=ANY, **_OPEN),
    _bql("b) 100% hồ sơ", "100%", 100, "%", code=ANY),
    _bql("bình quân 9,5 ngày", "9,5", 9.5, "ngày", code=ANY),
    _bql("rút ngắn 2,1 ngày", "2,1", -2.1, "ngày", CH, code=ANY),
    # II.3 labour, construction, environment
    _bql("Cấp 1.846 giấy phép", "1.846", 1846, "giấy phép", C, code=ANY),
    _bql("mới 1.124 giấy phép", "1.124", 1124, "giấy phép", C, code=ANY),
    _bql("lại 418 giấy phép", "418", 418, "giấy phép", C, code=ANY),
    _bql("hạn 304 giấy phép", "304", 304, "giấy phép", C, code=ANY),
    _bql("nhận 86 trường hợp", "86", 86, "trường hợp", C, code=ANY),
    _bql("Cấp 58 giấy phép", "58", 58, "giấy phép", C, code=ANY),
    _bql("và 07 giấy phép", "07", 7, "giấy phép", C, code=ANY),
    # III. payment (the 2026 target at the year's end), digitisation
    _bql("Có 1.962 hồ sơ", "1.962", 1962, "hồ sơ", C, code=ANY),
    _bql("đó 1.938 hồ sơ", "1.938", 1938, "hồ sơ", C, code=_TT),
    _bql("đạt 98,78%", "98,78%", 98.78, "%", code=_TT, target=95, stated_status="đạt"),
    _bql("tiền 2,46 tỷ đồng", "2,46", 2.46, "tỷ đồng", code=ANY),
    _bql("năm 2026 là 95%", "95%", 95, "%", T, as_of="2026-12-31", code=_TT),
    _bql("TTHC đạt 100%", "100%", 100, "%", code=_SH),
    _bql("đạt 72,45%", "72,45%", 72.45, "%", code=_TSD),
    # IV.1 dialogue with enterprises
    _bql("tổ chức 03 hội nghị", "03", 3, "hội nghị", C, code=None),
    _bql("với 412 doanh nghiệp", "412", 412, "doanh nghiệp", C, code=ANY),
    _bql("tiếp nhận 27 kiến nghị", "27", 27, "PAKN", C, code=ANY),
    _bql("lời 25/27 kiến nghị", "25/27", 25, "PAKN", C, max_value=27, code=ANY),
    _bql(", 02 kiến nghị", "02", 2, "PAKN", C, code=ANY),
    # IV.2 the Ban's 766 result (quý I dated 2026-03-31), the province's
    _bql("Ban đạt 90,36/100", "90,36/100", 90.36, "điểm", max_value=100, code=_TONG),
    _bql("xếp thứ 3/21", "3/21", 3, "hạng", R, max_value=21, code=_HANG),
    _bql("(quý I năm 2026: 88,15 điểm", "88,15", 88.15, "điểm", PR, max_value=100, as_of=_Q1_2026, code=_TONG),
    _bql("xếp thứ 6/21)", "6/21", 6, "hạng", PR, max_value=21, as_of=_Q1_2026, code=_HANG),
    _bql("tăng 2,21 điểm", "2,21", 2.21, "điểm", CH, code=_TONG),
    F("đạt 88,92/100", "88,92/100", 88.92, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 4/34", "4/34", 4, "hạng", R, max_value=34, code=_HANG),
    F("xếp thứ 2/34", "2/34", 2, "hạng", R, max_value=34, code=ANY),
    # V. a field's target for quý III (phone number no figure)
    F("tối thiểu 98%", "98%", 98, "%", T, as_of="2026-09-30", code=ANY, **_IN_TINH),
]

# ------------------------------------------------------------ 598: UBND xã Kim Liên (Nghệ An), 6 tháng cuối năm 2025
_UBX = "UBND xã Kim Liên"
_ubx = _by(_UBX, "xã")
_KIM_LIEN = {"subject": "xã Kim Liên", "level": "xã"}


def _place_598(stt: str, name: str, raws: str, after: str, whole: bool = False) -> list[Fact]:
    """One tab-separated row of Bảng 1: received, online, online share, on time, overdue. An old commune's area has
    subject and level unchecked and its counts' codes unchecked (the share the online code); the "Cộng" row is the
    commune's, with every column's code."""
    received, online, share, on_time, overdue = raws.split()
    line = "\t".join([stt, name, received, online, share, on_time, overdue])
    codes = (_TN, _NOP, _DH, _QH) if whole else (ANY, ANY, ANY, ANY)
    subject, level = (_UBX, "xã") if whole else (ANY, ANY)
    return _cells(line, "\t", after, subject, level, [
        (received, "hồ sơ", P, codes[0], "period", None), (online, "hồ sơ", P, codes[1], "period", None),
        (share, "%", P, _NOP, "period", None), (on_time, "hồ sơ", P, codes[2], "period", None),
        (overdue, "hồ sơ", P, codes[3], "period", None)])


_PLACES_598 = [
    ("Trụ sở chính (khu vực xã Kim Liên cũ)", "2.486 2.112 84,96 2.401 14"),
    ("Điểm tiếp nhận khu vực xã Xuân Hồng cũ", "1.512 1.226 81,08 1.468 10"),
    ("Điểm tiếp nhận khu vực xã Nam Cát cũ", "1.266 980 77,41 1.217 8"),
]


def _table_598() -> list[Fact]:
    """Bảng 1 in order; each row's context runs into the next row's STT and name."""
    facts = []
    for i, (name, raws) in enumerate(_PLACES_598):
        after = f"{i + 2}\t{_PLACES_598[i + 1][0]}" if i + 1 < len(_PLACES_598) else "\tCộng"
        facts += _place_598(str(i + 1), name, raws, after)
    facts += _place_598("", "Cộng", "5.264 4.318 82,03 5.086 32", "\nĐiểm tiếp nhận khu vực xã Nam Cát cũ có",
                        whole=True)
    return facts


BLIND_598 = [
    # I. the new commune (1678/NQ-UBTVQH15, 10215/UBND-KSTT cited; "ba xã", "hai xã cũ" in words)
    F("nhiên 68,42 km²", "68,42", 68.42, "km²", code=ANY, **_IN_XA),
    F("dân số 41.265 người", "41.265", 41265, "người", C, code=ANY, **_IN_XA),
    F("gồm 38 xóm", "38", 38, "xóm", C, code=None, **_IN_XA),
    F("và 02 điểm tiếp nhận", "02", 2, "điểm tiếp nhận", C, code=None, **_IN_XA),
    F("bố trí 14 công chức", "14", 14, "công chức", C, code=ANY, **_IN_XA),
    _ubx("trang bị 06 máy quét", "06", 6, "máy quét", C, code=None),
    _ubx("và 12 máy tính", "12", 12, "máy tính", C, code=None),
    # II.1 the commune's files (the 2025 target at the period end), the overdue files' parts
    _ubx("thực hiện 358 TTHC", "358", 358, "TTHC", C, code=_TTHC),
    _ubx("tiếp nhận 5.264 hồ sơ", "5.264", 5264, "hồ sơ", C, code=_TN),
    _ubx("trực tuyến 4.318 hồ sơ", "4.318", 4318, "hồ sơ", C, code=_NOP),
    _ubx("đạt 82,03%", "82,03%", 82.03, "%", code=_NOP, target=80, stated_status="đạt"),
    _ubx("năm 2025 là 80%", "80%", 80, "%", T, code=_NOP),
    _ubx("giải quyết 5.118", "5.118", 5118, "hồ sơ", C, code=ANY),
    _ubx("đúng hạn 5.086 hồ sơ", "5.086", 5086, "hồ sơ", C, code=_DH),
    _ubx("đạt 99,37%", "99,37%", 99.37, "%", code=_DH),
    _ubx("quá hạn 32 hồ sơ", "32", 32, "hồ sơ", C, code=_QH),
    F("(gồm 21 hồ sơ", "21", 21, "hồ sơ", C, code=ANY, **_IN_XA),
    F(", 11 hồ sơ", "11", 11, "hồ sơ", C, code=ANY, **_IN_XA),
    # the three old communes' sum before the merger (previous, dated 2025-06-30) and the changes
    F("sắp xếp: 4.126 hồ sơ", "4.126", 4126, "hồ sơ", PR, as_of=_H1_2025, code=_TN, **_IN_XA),
    F("trực tuyến 67,47%", "67,47%", 67.47, "%", PR, as_of=_H1_2025, code=_NOP, **_IN_XA),
    _ubx("tăng 1.138 hồ sơ", "1.138", 1138, "hồ sơ", CH, code=ANY),
    _ubx("tăng 14,56%", "14,56%", 14.56, "%", CH, code=_NOP),
    # Bảng 1 (tab-separated, by place of receipt)
    *_table_598(),
    # II.2 payment (the 2025 target at the period end), certified copies, digitisation
    _ubx("Có 1.846 hồ sơ", "1.846", 1846, "hồ sơ", C, code=ANY),
    _ubx("đó 1.105 hồ sơ", "1.105", 1105, "hồ sơ", C, code=_TT),
    _ubx("đạt 59,86%", "59,86%", 59.86, "%", code=_TT, target=65, stated_status="chưa đạt"),
    _ubx("năm 2025 là 65%", "65%", 65, "%", T, code=_TT),
    _ubx("cấp 2.418 bản", "2.418", 2418, "bản", C, code=ANY),
    _ubx("đạt 91,48%", "91,48%", 91.48, "%", code=_SH),
    # II.3 civil status, PAKN
    _ubx("cho 412 trường hợp", "412", 412, "trường hợp", C, code=ANY),
    _ubx("cho 186 trường hợp", "186", 186, "trường hợp", C, code=ANY),
    _ubx("hợp, 100% trên", "100%", 100, "%", code=ANY),
    _ubx("tiếp nhận 17 PAKN", "17", 17, "PAKN", C, code=_PAKN_TN),
    _ubx("xử lý 15 PAKN", "15", 15, "PAKN", C, code=_PAKN_XL),
    _ubx("đạt 88,24%", "88,24%", 88.24, "%", code=_PAKN_TL),
    _ubx("; 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    # II.4 accounts and digital groups in the commune's area ("mức độ 2", "từ đủ 14 tuổi" no figures)
    F("có 28.406 tài khoản", "28.406", 28406, "tài khoản", C, code=_TK, **_IN_XA),
    F("đạt 86,12%", "86,12%", 86.12, "%", code=_TK, **_IN_XA),
    F("(32.984 người)", "32.984", 32984, "người", C, code=ANY, **_IN_XA),
    F("38/38 xóm", "38/38", 38, "xóm", C, max_value=38, code=None, **_IN_XA),
    F("với 186 thành viên", "186", 186, "thành viên", C, code=ANY, **_IN_XA),
    # II.5 the province's ranking of its communes (tháng 7/2025 dated 2025-07-31)
    F("đạt 84,75/100", "84,75/100", 84.75, "điểm", max_value=100, code=_TONG, **_KIM_LIEN),
    F("xếp thứ 38/130", "38/130", 38, "hạng", R, max_value=130, code=_HANG, **_KIM_LIEN),
    F("(tháng 7/2025: 71,20 điểm", "71,20", 71.20, "điểm", PR, max_value=100, as_of=_JUL_2025, code=_TONG,
      **_KIM_LIEN),
    F("xếp thứ 96/130)", "96/130", 96, "hạng", PR, max_value=130, as_of=_JUL_2025, code=_HANG, **_KIM_LIEN),
    F("tăng 13,55 điểm", "13,55", 13.55, "điểm", CH, code=_TONG, **_KIM_LIEN),
    F("tăng 58 bậc", "58", 58, "hạng", CH, code=_HANG, **_KIM_LIEN),
    F("là 80,42 điểm", "80,42", 80.42, "điểm", code=_TONG, **_IN_XA),
    F("tỉnh 4,33 điểm", "4,33", 4.33, "điểm", CH, code=_TONG, **_IN_XA),
    # III. the commune's target for quý I, a count repeated (phone number no figure)
    _ubx("tối thiểu 70%", "70%", 70, "%", T, as_of=_Q1_2026, code=_TT),
    F("dứt điểm 21 hồ sơ", "21", 21, "hồ sơ", C, code=ANY, **_OPEN),
]

# ------------------------------------------------------------ 599: Báo Lạng Sơn, tuyên truyền CCHC năm 2025
_BLS = "Báo Lạng Sơn"
_bls = _by(_BLS, "tỉnh")


def _topic_599(stt: str, name: str, raws: str, subject: object, after: str) -> list[Fact]:
    """One Markdown row of Bảng 1: print items, online items (`tin`), views (`lượt`), share of all items (%); codes
    unchecked (no catalogued indicator)."""
    printed, online, views, share = raws.split()
    line = f"| {stt} | {name} | {printed} | {online} | {views} | {share} |".replace("|  |", "| |")
    return _cells(line, " | ", after, subject, "tỉnh", [
        (printed, "tin", P, ANY, "period", None), (online, "tin", P, ANY, "period", None),
        (views, "lượt", P, ANY, "period", None), (share, "%", P, ANY, "period", None)])


_TOPICS_599 = [
    ("Cải cách TTHC, dịch vụ công trực tuyến", "86 268 742.180 27,53"),
    ("Đề án 06, chuyển đổi số", "72 236 698.215 23,95"),
    ("Tổ chức bộ máy, chính quyền địa phương hai cấp", "64 198 512.406 20,37"),
    ("Cải cách tài chính công", "28 84 146.320 8,71"),
    ("Xây dựng đội ngũ cán bộ, công chức", "36 102 184.612 10,73"),
    ("Gương điển hình, phản hồi của người dân", "26 86 202.617 8,71"),
]


def _table_599() -> list[Fact]:
    """Bảng 1 in order; each row's context runs into the next row's STT and name; the "Tổng cộng" row (empty STT) is
    the Báo's."""
    facts = []
    for i, (name, raws) in enumerate(_TOPICS_599):
        after = f"| {i + 2} | {_TOPICS_599[i + 1][0]}" if i + 1 < len(_TOPICS_599) else "| | Tổng cộng"
        facts += _topic_599(str(i + 1), name, raws, ANY, after)
    facts += _topic_599("", "Tổng cộng", "312 974 2.486.350 100", _BLS, "\n3. Các tin, bài")
    return facts


BLIND_599 = [
    # I.1 items (năm 2024 dated 2024-12-31), platforms' parts, the plan (21/KH-UBND cited)
    _bls("đăng tải 1.286 tin", "1.286", 1286, "tin", C, code=ANY),
    _bls("(năm 2024: 1.042 tin", "1.042", 1042, "tin", PR, as_of=_Y2024, code=ANY),
    _bls("tăng 244 tin", "244", 244, "tin", CH, code=ANY),
    _bls("tăng 23,42%", "23,42%", 23.42, "%", CH, code=ANY),
    F("báo in 312 tin", "312", 312, "tin", C, code=ANY, **_IN_TINH),
    F("điện tử 974 tin", "974", 974, "tin", C, code=ANY, **_IN_TINH),
    _bls("năm 2025 là 1.200 tin", "1.200", 1200, "tin", T, code=ANY),
    _bls("đạt 107,17%", "107,17%", 107.17, "%", code=ANY),
    # I.2 the column's issues by platform, the Báo's multimedia products ("hai cấp" in words)
    F("ra 48 kỳ", "48", 48, "kỳ", C, code=ANY, **_IN_TINH),
    F("và 52 kỳ", "52", 52, "kỳ", C, code=ANY, **_IN_TINH),
    _bls("sản xuất 36 video", "36", 36, "video", C, code=ANY),
    _bls(", 24 infographic", "24", 24, "infographic", C, code=ANY),
    _bls("và 12 bài", "12", 12, "bài", C, code=ANY),
    # Bảng 1 (Markdown, by topic)
    *_table_599(),
    # I.3 views, followers, TikTok (platforms: subject unchecked, level tỉnh)
    F("thu hút 2.486.350 lượt", "2.486.350", 2486350, "lượt", C, code=ANY, **_IN_TINH),
    F("(năm 2024: 1.812.420 lượt", "1.812.420", 1812420, "lượt", PR, as_of=_Y2024, code=ANY, **_IN_TINH),
    F("tăng 37,18%", "37,18%", 37.18, "%", CH, code=ANY, **_IN_TINH),
    F("bình quân 2.553 lượt", "2.553", 2553, "lượt", code=ANY, **_IN_TINH),
    F("có 186.420 người", "186.420", 186420, "người", C, code=ANY, **_IN_TINH),
    F("tăng 32.615 người", "32.615", 32615, "người", CH, code=ANY, **_IN_TINH),
    F("đăng 48 video", "48", 48, "video", C, code=ANY, **_IN_TINH),
    F("khoảng 1,26 triệu", "1,26 triệu", 1260000, "lượt", C, code=ANY, **_IN_TINH),
    # I.4 readers' opinions, the survey
    _bls("tiếp nhận 146 ý kiến", "146", 146, "ý kiến", C, code=ANY),
    _bls("chuyển 146/146 ý kiến", "146/146", 146, "ý kiến", C, max_value=146, code=ANY),
    _bls("; 138 ý kiến", "138", 138, "ý kiến", C, code=ANY),
    _bls("đạt 94,52%", "94,52%", 94.52, "%", code=ANY),
    _bls("tuyến 3.412 bạn đọc", "3.412", 3412, "bạn đọc", C, code=ANY),
    F("cho thấy 89,6%", "89,6%", 89.6, "%", code=ANY, **_IN_TINH),
    # II. staff and money
    _bls("bố trí 18 phóng viên", "18", 18, "phóng viên", C, code=ANY),
    _bls("là 486,5 triệu đồng", "486,5", 486.5, "triệu đồng", code=ANY),
    _bls("tỉnh 420 triệu đồng", "420", 420, "triệu đồng", code=ANY),
    _bls("hóa 66,5 triệu đồng", "66,5", 66.5, "triệu đồng", code=ANY),
    # III. the province's results reported
    F("đạt 68,45%", "68,45%", 68.45, "%", code=_NOP),
    F("đạt 82,37/100", "82,37/100", 82.37, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 21/34", "21/34", 21, "hạng", R, max_value=34, code=_HANG),
    # IV. a division's target for 2026 (phone number no figure)
    F("tối thiểu 1.400 tin", "1.400", 1400, "tin", T, as_of="2026-12-31", code=ANY, **_IN_TINH),
]

BLIND = {"595": BLIND_595, "596": BLIND_596, "597": BLIND_597, "598": BLIND_598, "599": BLIND_599}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "595": [
        ("2025-10-31", "day", "31/10/2025", "làm sạch dữ liệu dân cư",
         "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "kích hoạt lưu động tài khoản định danh điện tử",
         "Công an các xã Mường Nhé, Nậm Kè, Sín Thầu"),
        ("2025-11-25", "day", "ngày hai mươi lăm tháng 11 năm 2025", "sổ sức khỏe điện tử", "Sở Y tế"),
        ("2025-12-31", "month", "tháng 12/2025", "thiết bị đọc căn cước gắn chip", "Sở Khoa học và Công nghệ"),
        ("2026-12-31", "year", "năm 2026", "đồng bộ dữ liệu người tham gia bảo hiểm xã hội tự nguyện",
         "Bảo hiểm xã hội tỉnh"),
        # issued 06/10/2025: the first "ngày 20 hằng tháng" is 20/10/2025
        ("2025-10-20", "recurring", "20 hằng tháng", "báo cáo kết quả thực hiện", "Công an các xã, phường"),
    ],
    "596": [
        ("2026-04-15", "day", "15/4/2026", "cắt giảm thời gian giải quyết", "Phòng Tôn giáo"),
        ("2026-04-30", "day", "ngày ba mươi tháng 4 năm 2026", "cập nhật quy trình nội bộ", "Văn phòng Sở"),
        ("2026-05-31", "month", "tháng 5/2026", "tập huấn kỹ năng sử dụng dịch vụ công trực tuyến",
         "Phòng Chính sách dân tộc"),
        ("2026-06-30", "quarter", "quý II năm 2026", "thanh toán trực tuyến", "Các phòng chuyên môn"),
        # issued 03/4/2026: the first "ngày 10 hằng tháng" is 10/4/2026
        ("2026-04-10", "recurring", "10 hằng tháng", "gửi báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "597": [
        ("2026-07-31", "day", "31/7/2026", "chuẩn hóa dữ liệu các dự án", "Phòng Quản lý đầu tư"),
        ("2026-09-30", "quarter", "quý III năm 2026", "nộp trực tuyến", "Phòng Quản lý quy hoạch và xây dựng"),
        ("2026-08-15", "day", "ngày mười lăm tháng 8 năm 2026", "kết nối phần mềm một cửa", "Văn phòng Ban"),
        ("2026-09-30", "month", "tháng 9/2026", "giấy phép lao động trực tuyến", "Phòng Quản lý lao động"),
        ("2026-12-31", "year", "năm 2026", "số hóa toàn bộ hồ sơ môi trường", "Phòng Quản lý môi trường"),
        # issued 03/7/2026: the first "ngày 25 hằng tháng" is 25/7/2026
        ("2026-07-25", "recurring", "25 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng, văn phòng đại diện"),
    ],
    "598": [
        ("2026-01-31", "day", "31/01/2026", "số hóa sổ hộ tịch", "Công chức Tư pháp - Hộ tịch"),
        ("2026-03-31", "quarter", "quý I năm 2026", "thanh toán trực tuyến", "Bộ phận Một cửa xã"),
        ("2026-02-28", "day", "ngày hai mươi tám tháng 02 năm 2026", "niêm yết công khai TTHC",
         "Văn phòng HĐND và UBND xã"),
        ("2026-01-31", "month", "tháng 01/2026", "21 hồ sơ đất đai quá hạn", "Phòng Kinh tế"),
        ("2026-12-31", "year", "năm 2026", "kích hoạt tài khoản định danh điện tử cho người cao tuổi", "Công an xã"),
        # issued 05/01/2026: the first "ngày 18 hằng tháng" is 18/01/2026
        ("2026-01-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các bộ phận, công chức chuyên môn"),
    ],
    "599": [
        ("2026-02-15", "day", "15/02/2026", "chuyên trang", "Ban Điện tử"),
        ("2026-03-10", "day", "ngày mười tháng 3 năm 2026", "kế hoạch đề tài tuyên truyền", "Ban Thư ký tòa soạn"),
        ("2026-03-31", "quarter", "quý I năm 2026", "chuyên mục hỏi - đáp", "Phòng Bạn đọc"),
        ("2026-06-30", "month", "tháng 6/2026", "thiết bị dựng video", "Phòng Hành chính - Trị sự"),
        ("2026-12-31", "year", "năm 2026", "tối thiểu 1.400 tin, bài", "Phòng Thời sự - Chính trị"),
        # issued 08/01/2026: the first "ngày 28 hằng tháng" is 28/01/2026
        ("2026-01-28", "recurring", "28 hằng tháng", "gửi báo cáo kết quả tuyên truyền", "Các phòng, ban"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 595 is a report of the Công
# an tỉnh Điện Biên under "BỘ CÔNG AN", its signer written with his rank; 596 a report of the Sở Dân tộc và Tôn giáo
# under "UBND TỈNH THÁI NGUYÊN"; 597 a report of the Ban Quản lý các khu công nghiệp under "UBND TỈNH BẮC NINH"; 598 a
# report of UBND xã Kim Liên under "UBND TỈNH NGHỆ AN" for 6 tháng cuối năm 2025; 599 a report of Báo Lạng Sơn.
META = {
    "595": {"doc_number": "2185/BC-CAT-PC06", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Điện Biên", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Lò Văn Thắng"},
    "596": {"doc_number": "142/BC-SDTTG", "doc_type": "Báo cáo", "issued_date": "2026-04-03",
            "province": "Thái Nguyên", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Ma Thị Thanh Hương"},
    "597": {"doc_number": "1048/BC-BQL", "doc_type": "Báo cáo", "issued_date": "2026-07-03",
            "province": "Bắc Ninh", "period_label": "6 tháng đầu năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-06-30", "signer": "Nguyễn Đức Thắng"},
    "598": {"doc_number": "96/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-01-05",
            "province": "Nghệ An", "period_label": "6 tháng cuối năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-12-31", "signer": "Nguyễn Văn Hùng"},
    "599": {"doc_number": "12/BC-BLS", "doc_type": "Báo cáo", "issued_date": "2026-01-08",
            "province": "Lạng Sơn", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Hoàng Thị Thu Hà"},
}
