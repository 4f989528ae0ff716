"""Blind golden facts for corpus/blind130/725_bac_giang.txt, 726_hai_duong.txt, 727_quang_ninh.txt, 728_dong_nai.txt and
729_an_giang.txt.

The five documents were written by the developers for a hundred-and-thirtieth blind measurement (ĐỀ ÁN 06 AND THE
DIGITAL CITIZEN: reports of provincial police, a Sở Tư pháp, a provincial Đề án 06 steering committee and a UBND
tỉnh's Công văn đôn đốc on VNeID accounts of level 1 and 2, chip identity cards, civil-status records digitised, the
two groups of linked procedures, health-insurance checks by chip card and judicial records requested on VNeID;
provinces Bắc Giang and Hải Dương before the 1 July 2025 merger, Quảng Ninh, Đồng Nai and An Giang after it; periods
quý I năm 2025, tháng 5 năm 2025, tháng 10 năm 2025, năm 2025 and quý I năm 2026; not real documents), and every
row below was written by reading them, before any extraction, restoration or pipeline code was run on them. They
also serve as held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind128.py, blind127.py, blind126.py, blind125.py, blind16.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose and list counts are kind `count`; table cells are kind `value` even when they count, with
`extra={"source": "table"}`; `as_of="period"` is the period's end; a change is dated with the figure it changes and
a fall ("giảm", "rút ngắn", "thấp hơn") is negative; a change in "điểm phần trăm" is kind change in `%` with the
number alone as raw. `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it
clearly names none: counts of communes, indicators, health facilities, teams). Province-wide figures ("toàn tỉnh",
"trên địa bàn tỉnh", "tỉnh đã đạt", "tỉnh Bắc Giang xếp thứ") have subject NULL. The police's own work naming no
other body ("Công an tỉnh thu nhận …", "Công an tỉnh tiếp nhận …") is `Công an tỉnh`, level tỉnh; members named in
full keep the name as written, by kind where the province is the document's (`Sở Tư pháp`, `Bảo hiểm xã hội tỉnh`,
level tỉnh), "Công an các xã, phường, đặc khu" as written at level xã. As golden/blind104.py's 595 and blind96.py's
559: the accounts activated, the accumulated accounts and their share of citizens from 14 carry the identity-account
code (`tai_khoan_dinh_danh`), the parts by level ("mức 1 là …", "mức 2 là …") and the shares of applications have
their code unchecked; card applications and cards (`hồ sơ`, `thẻ`), records cleaned (`trường hợp`), civil-status
records (`dữ liệu`, their share "đạt x% kế hoạch"), judicial-record requests (`yêu cầu`) and certificates (`phiếu`),
health-insurance checks (`lượt`) have their code unchecked (not the 766 index's files); the figures of the two groups
of linked procedures (khai sinh - thường trú - BHYT dưới 6 tuổi; khai tử - xóa thường trú - mai táng phí) are handled
jointly by communes, police and social insurance: subject, level and code unchecked. A police force's own TTHC
files keep the usual codes (received, online, on time, payment, e-results). Counts in "triệu" keep the word in the
raw and are scaled ("1,52 triệu thẻ" → 1520000 `thẻ`, "khoảng 4,49 triệu người" → 4490000 `người`, as
golden/blind101.py and blind123.py). Counts of local units take the unit of their first unit word ("192/192 xã,
phường, thị trấn", "41/54 xã, phường, đặc khu", "27/102 xã, phường, đặc khu" → `xã`, level xã); "54 đơn vị hành chính
cấp xã (30 phường, 22 xã, 02 đặc khu)" → `cấp xã` (unit `đơn vị`) and its parts in their own words (`phường`, `xã`,
`đặc khu`; subject unchecked, level xã). "đạt 12/19 chỉ tiêu", "05/08 chỉ tiêu", "21/24 chỉ tiêu" are counts in
`chỉ tiêu` with their maximum, code None (as golden/blind118.py's 668); a threshold in a count of indicators or units
("đạt trên 80% kế hoạch", "trên 90%", "dưới 80%", "từ 80% trở lên", "dưới 50%") is kind target (as golden/blind128.py's
716). Rankings of Đề án 06 by the ministry or the Government's working group ("xếp thứ 9/63 … về thực hiện Đề án 06",
"xếp thứ 6/34", "xếp thứ 4/34 Công an các tỉnh") are ranks with their maximum, code unchecked (not the 766 index);
the 766 index's totals and ranks keep its codes. Things counted take the noun as written (`cơ sở`, `công dân`,
`người`, `cặp`, `bản`, `dịch vụ`, `thành viên`, `Tổ`); durations `ngày`. Numbers written in words are no figures
("hai tỉnh cũ", "hai nhóm", "Hai nhóm thủ tục", the days of "ngày mười tám tháng 5", "ngày hai mươi lăm tháng 6",
"ngày hai mươi tám tháng 11", "ngày mười chín tháng 3", "ngày mười hai tháng 6"). Dates, document numbers and cited
texts ("Quyết định số 06/QĐ-TTg", "Kế hoạch số 41/KH-UBND", "Kế hoạch số 318/KH-UBND", "Công văn số
1542/BTP-HTQTCT", "Kế hoạch số 96/KH-BCĐ06", "Nghị quyết số 06-NQ/BCĐ", "Công văn số 2846/UBND-NC", "Báo cáo số
412/BC-CAT-PC06"), stated windows and data dates ("từ ngày 01/01/2025 đến ngày 31/3/2025", "chốt ngày 31/10/2025",
"Lũy kế đến ngày 31/3/2026", "kể từ ngày 01/7/2025"), months and quarters naming a result or a bracket ("tháng
3/2025", "tháng 12/2024", "tháng 4/2025", "tháng 5/2025", "tháng 10/2025", "quý IV năm 2024"), "Đề án 06", "Bộ chỉ
số 766", "mức 1", "mức 2", "PC06", "C06", ages ("dưới 14 tuổi", "từ đủ 14 tuổi", "dưới 6 tuổi"), "trước năm 1999",
"Lũy kế 5 tháng đầu năm 2025" (a window), item references ("chỉ tiêu số 6 và số 8"), phone numbers
("0204.3854.216", "0220.3852.318", "0203.3835.246", "0251.3822.615", "0296.3852.412"), section and item numbering
("I.", "1.", "a)"), the STT column and headings naming the next period ("IV. NHIỆM VỤ QUÝ II NĂM 2025", "II. NHIỆM
VỤ THÁNG 6 NĂM 2025", "IV. NHIỆM VỤ THÁNG 11 VÀ THÁNG 12 NĂM 2025", "IV. NHIỆM VỤ NĂM 2026": no deadlines) and
years are not figures.

New in this set (the forms were not met in this shape before; the decisions are written here):
- A PLAN'S INDICATOR TABLE OF Đề án 06 WITH MIXED UNITS (727, Markdown): "STT | Chỉ tiêu | Đơn vị tính | Kế hoạch
  năm 2025 | Thực hiện đến 31/10/2025 | Tỷ lệ so với kế hoạch (%)", units `%`, `thẻ`, `dữ liệu`, `Tổ` from the "Đơn
  vị tính" cell; as golden/blind118.py's 668 the plan cell a target dated 2025-12-31 and the result cell a value at
  the period end (the column's date 31/10/2025 is the period end), both with the row's code (the level-2 share the
  accounts code, the others unchecked); the ratio cell a value in `%`, code unchecked ("106,23" and "100" are
  figures); the province's (subject NULL, the steering committee reporting the province).
- THE POLICE'S TABLE BY DISTRICT (725, Markdown): card applications (`hồ sơ`, code unchecked), level-2 accounts
  activated in the quarter (`tài khoản`) and the share of citizens with a level-2 account (`%`), both the accounts
  code; each district as written (`Thành phố Bắc Giang`, `Huyện Sơn Động`, level huyện); "Toàn tỉnh" (empty STT) the
  province, subject NULL.
- CIVIL-STATUS REGISTRATIONS BY DISTRICT (726, tab-separated): births and deaths in `trường hợp`, marriages in `cặp`
  (the header's brackets), the online share in `%`; codes unchecked; "Toàn tỉnh" subject NULL.
- THE FORMER PROVINCES SIDE BY SIDE (728, 729): "khu vực Đồng Nai cũ 2,61 triệu thẻ, khu vực Bình Phước cũ 0,81 triệu
  thẻ", "lần lượt là 89,36% và 85,14%", "khu vực An Giang cũ và khu vực Kiên Giang cũ lần lượt là 88,92% và 83,46%":
  subject and level unchecked (as golden/blind122.py), the accounts shares with the accounts code; "năm 2024, cộng
  gộp của hai tỉnh cũ: 318.246 hồ sơ" is the Công an tỉnh's previous value dated 2024-12-31 (as golden/blind125.py's
  700 reads "cộng gộp của ba Sở").
- A STEERING COMMITTEE'S "+" SUB-ITEMS UNDER A DASH ITEM (727): "+ Đặc khu Cô Tô: 78,46%;" (subject as written, level
  xã, the accounts code).
- A UBND TỈNH'S CÔNG VĂN ĐÔN ĐỐC (729) quoting the police's report in numbered results, then "Chủ tịch UBND tỉnh yêu
  cầu:" with numbered requests, seven deadlines including "trước ngày 15 tháng 5 năm 2026" (a day with digits and
  the words "tháng … năm": precision day) and requests opening "Đề nghị …" (the assignee the body requested).

Per document:
- 725 is a quarterly Báo cáo of the Công an tỉnh Bắc Giang (before the merger; header "BỘ CÔNG AN / CÔNG AN TỈNH BẮC
  GIANG", number "1386/BC-CAT-PC06", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Đại tá Ngô Đức Khiêm"), quý I năm 2025,
  issued 05/4/2025, to the C06 and the UBND tỉnh. The plan's "19 chỉ tiêu … 12/19 chỉ tiêu, có 05 chỉ tiêu đạt trên
  80% kế hoạch, còn 02" (the province's 12/19; the parts subject unchecked). The province's cards "48.612 hồ sơ (quý
  IV năm 2024: 41.306 hồ sơ), tăng 7.306 hồ sơ, tương ứng tăng 17,69%; … 6.214 hồ sơ … 46.158 thẻ", "1,52 triệu thẻ
  …, đạt 98,64%", accounts "1.318.426 … (quý IV năm 2024: 1.246.815 tài khoản) … mức 1 … mức 2 …; … 84,36%, so với
  chỉ tiêu năm 2025 là 90% thì chưa đạt" (target 2025-12-31), "38.215 hồ sơ … 35.946 tài khoản, đạt 94,06%"; the
  table (above); "Thành phố Bắc Giang dẫn đầu với 91,24%; huyện Sơn Động thấp nhất (74,18%), thấp hơn … 10,18 điểm
  phần trăm" (negative); the linked groups; "100% cơ sở … (286 cơ sở) … 1,18 triệu lượt …, chiếm 96,18%" (the
  province's); "Sở Tư pháp tiếp nhận 9.412 yêu cầu … 6.846 … 72,74%", "Công an tỉnh … 9.186 trường hợp; … 3,2 ngày,
  rút ngắn 0,8 ngày"; "42.618 trường hợp" (Công an tỉnh), the province's "1.846.320 dữ liệu hộ tịch, đạt 96,42% kế
  hoạch" and its parts; the Công an tỉnh's files (usual codes); "192/192 xã, phường, thị trấn … 6.412 thành viên";
  "xếp thứ 9/63 … (tháng 12/2024: xếp thứ 14/63), tăng 5 bậc" (previous 2024-12-31). "6.418 công dân" of two districts
  (`công dân`, subject unchecked, level huyện); task 2's "tối thiểu 80% trong quý II năm 2025" the two district
  police's target (level huyện, 2025-06-30). Six deadlines in numbered items: day, quarter (with the target),
  "chậm nhất ngày mười tám tháng 5 năm 2025", month, year in a request "Đề nghị Sở Y tế …", "trước ngày 22 hằng
  tháng" (issued 05/4/2025: first 22/4/2025).
- 726 is a monthly Báo cáo of the Sở Tư pháp tỉnh Hải Dương (before the merger; header "UBND TỈNH HẢI DƯƠNG / SỞ TƯ
  PHÁP", signed by a deputy director), tháng 5 năm 2025, issued 05/6/2025. The province's registrations "2.486 trường
  hợp (tháng 4/2025: 2.318 trường hợp), tăng 168 …; … 1.124 cặp; … 1.062 trường hợp", "71,36%, tăng 3,42 điểm phần
  trăm"; the tab-separated table (above); "Huyện Thanh Miện … thấp nhất (60,94%), thấp hơn … 10,42 điểm phần trăm"
  (as written at the sentence's start); "196/207 xã, phường, thị trấn", "28.612 bản, tăng 12,46%"; the linked groups
  in a)/b) items with "quá hạn 04 hồ sơ (tại huyện Ninh Giang 03 hồ sơ, huyện Tứ Kỳ 01 hồ sơ)" (the parts as
  written, level huyện) and "lần lượt là 76,48% và 52,83%"; the province's records digitised with parts, "còn 52.846
  dữ liệu", "95,14%"; the Sở's judicial records of the month "(tháng 4/2025: 3.512 yêu cầu)" (2025-04-30) and of
  five months "17.264 phiếu … 12.418 phiếu, chiếm 71,93%" (period end); the Sở's "08 chỉ tiêu … 05/08 … 03"; the
  province's online births "74,12%, so với chỉ tiêu năm 2025 là 80% thì chưa đạt" (target 2025-12-31); the Sở's 766
  `89,64/100`, `5/20` "(tháng 4/2025: 87,92 điểm), tăng 1,72 điểm"; the province `86,12/100`, `11/63`. Task 3's "tối
  thiểu 78% trong quý II năm 2025" the communes' target (subject unchecked, level xã, 2025-06-30). Six deadlines:
  day, "chậm nhất ngày hai mươi lăm tháng 6 năm 2025" in a request "Đề nghị UBND huyện Ninh Giang và UBND huyện
  Thanh Miện …", quarter (with the target; the assignee the division that guides), month, year in a request "Đề nghị
  Bảo hiểm xã hội tỉnh …", "trước ngày 23 hằng tháng" (issued 05/6/2025: first 23/6/2025).
- 727 is a monthly Báo cáo of the Ban Chỉ đạo Đề án 06 tỉnh Quảng Ninh (header "UBND TỈNH QUẢNG NINH / BAN CHỈ ĐẠO
  ĐỀ ÁN 06", number "24/BC-BCĐ06", signed "KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN THƯỜNG TRỰC / GIÁM ĐỐC CÔNG AN TỈNH / Đại
  tá Vũ Minh Khương"), tháng 10 năm 2025, issued 06/11/2025, ranks /34. "54 đơn vị hành chính cấp xã (30 phường, 22
  xã, 02 đặc khu) … 54/54 xã, phường, đặc khu"; Bảng 1 (above); "02/08 chỉ tiêu … 04/08 chỉ tiêu đạt trên 95% … còn
  02 chỉ tiêu đạt dưới 95%"; "1,06 triệu tài khoản … mức 2, đạt 91,84% …, tăng 14.862 tài khoản so với tháng 9/2025"
  (a change, code unchecked); the Công an tỉnh's "9.846 hồ sơ … 10.214 thẻ"; "41/54 xã, phường, đặc khu … trên 90%"
  and the "+" items; the linked groups "3.418 … 2.612 … 806 … tương ứng 82,16% và 58,42%; … 98,68%"; the Bảo hiểm
  xã hội tỉnh's "1.318.462/1.326.118 người" (one count, max 1326118) "đạt 99,42%"; the Sở Tư pháp's "18.612 dữ
  liệu", "còn 37.154 dữ liệu" (whose: unchecked), "2.146 phiếu … 1.618 phiếu"; "xếp thứ 6/34 … (tháng 9/2025: xếp
  thứ 8/34), tăng 2 bậc" (previous 2025-09-30, code unchecked) and the 766 `88,64/100`, `3/34`. Task 1's "13 xã,
  phường, đặc khu" (a count repeated: 54 − 41), task 3's "tối thiểu 65% trong quý IV năm 2025" the communes' target
  (level xã, 2025-12-31). Six deadlines in dash items: day, "chậm nhất ngày hai mươi tám tháng 11 năm 2025", quarter
  (with the target), month, year in a request "Đề nghị Viễn thông Quảng Ninh …", "trước ngày 20 hằng tháng" (issued
  06/11/2025: first 20/11/2025).
- 728 is an annual Báo cáo of the Công an tỉnh Đồng Nai (merged with Bình Phước; header "BỘ CÔNG AN / CÔNG AN TỈNH
  ĐỒNG NAI", number "186/BC-CAT-PC06", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Đại tá Lê Hoàng Phúc"), năm 2025, issued
  12/01/2026, ranks /34. "95 đơn vị hành chính cấp xã (23 phường, 72 xã), dân số khoảng 4,49 triệu người" (the
  province's); the Công an tỉnh's "286.412 hồ sơ (năm 2024, cộng gộp của hai tỉnh cũ: 318.246 hồ sơ), giảm 31.834
  hồ sơ, tương ứng giảm 10,00%"; the province's "3,42 triệu thẻ …, đạt 99,12%" and the former provinces' parts;
  accounts "3,18 triệu … mức 2 là 2,96 triệu …; … 88,42%, so với chỉ tiêu năm 2025 là 90% thì chưa đạt" (target at
  the period end) and the former provinces; the Công an tỉnh's "412.618 … 398.406 tài khoản, đạt 96,56%"; "95/95 xã,
  phường … 5.846 thành viên"; the linked groups in dash items, "tăng 24,6% so với năm 2024"; the Sở Tư pháp's
  "4.126.418 dữ liệu hộ tịch, đạt 100% kế hoạch" and parts; "68.412 yêu cầu …, chiếm 78,64%" (the province's), the
  Công an tỉnh's "86.994 trường hợp, bình quân 2,8 ngày/trường hợp"; "9,84 triệu lượt, chiếm 97,12% … (năm 2024:
  91,46%), tăng 5,66 điểm phần trăm"; the Công an tỉnh's "126 dịch vụ công trực tuyến toàn trình" (`dịch vụ`, code
  unchecked) and files (usual codes; "100% kết quả" the e-results code); "21/24 chỉ tiêu Đề án 06 (năm 2024: 17/24 chỉ
  tiêu), xếp thứ 11/34", "Công an tỉnh … xếp thứ 4/34". "còn 12 xã … dưới 80%"; task 2's "tối thiểu 85% trong quý I
  năm 2026" the communes' target (level xã, 2026-03-31). Six deadlines: day, quarter (with the target), "chậm nhất
  ngày mười chín tháng 3 năm 2026", month and year in requests "Đề nghị Sở Tư pháp …", "Đề nghị Sở Y tế …", "trước
  ngày 18 hằng tháng" (issued 12/01/2026: first 18/01/2026).
- 729 is a CÔNG VĂN (doc_type "Công văn") of UBND tỉnh An Giang (merged with Kiên Giang; header "ỦY BAN NHÂN DÂN /
  TỈNH AN GIANG", number "1246/UBND-NC", a "V/v" line naming quý I năm 2026, signed "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"),
  issued 16/4/2026; its period is quý I năm 2026, whose results it quotes. "102 đơn vị hành chính cấp xã (85 xã, 14
  phường, 03 đặc khu)"; "3,12 triệu tài khoản … mức 2 là 2,87 triệu …, đạt 86,74% … (quý IV năm 2025: 84,12%), tăng
  2,62 điểm phần trăm; chỉ tiêu năm 2026 là 92%, chưa đạt" (target 2026-12-31) and the former provinces; "Công an các
  xã, phường, đặc khu tiếp nhận 64.218 … và 58.412 hồ sơ"; "46.218 hồ sơ … qua ứng dụng VNeID, tăng 38,6%"; the linked
  groups after "lần lượt là" and "tương ứng", "còn 286 hồ sơ quá hạn … phường Long Xuyên (48 hồ sơ) và xã Tri Tôn (36
  hồ sơ)"; the Sở Tư pháp's "4.862.315 dữ liệu …, đạt 98,16% kế hoạch", "còn 89.412 dữ liệu … của 14 xã", "21.846 yêu
  cầu … 17.412 … 79,70%"; "2,46 triệu lượt, chiếm 96,84%", "Trung tâm Y tế đặc khu Phú Quốc mới đạt 88,16%" (as
  written; level unchecked); "102/102 xã … 1.912 Tổ … 24.612 thành viên"; "15/22 chỉ tiêu; có 05 chỉ tiêu đạt từ 80%
  trở lên … 02 chỉ tiêu đạt dưới 50%", "xếp thứ 19/34 … (quý IV năm 2025: xếp thứ 23/34)"; "27/102 xã, phường, đặc
  khu … dưới 80%", the dash items "- Đặc khu Kiên Hải: 12.418 tài khoản, đạt 68,42%;" and "Đặc khu Kiên Hải thấp hơn
  bình quân toàn tỉnh 18,32 điểm phần trăm" (negative). Request 1's "27 xã, phường, đặc khu" (a count repeated),
  request 2's "tối thiểu 80% trong quý II năm 2026" the four named communes' target (level xã, 2026-06-30). Seven
  deadlines: day, quarter (with the target), "chậm nhất ngày mười hai tháng 6 năm 2026", month, "trước ngày 15 tháng 5
  năm 2026" in a request "Đề nghị Bảo hiểm xã hội tỉnh An Giang …", year in a request "Đề nghị Viễn thông An Giang
  …", "trước ngày 20 hằng tháng" (issued 16/4/2026: first 20/4/2026).

Unsure readings (fields left `ANY`, or decided and written here): the subject of "Huyện Thanh Miện" (726) written
at the sentence's start (kept as written, capital H); whose the province-wide health-insurance checks and
judicial-record requests in the police reports are (decided NULL: "trên địa bàn tỉnh", "toàn tỉnh"; 728's
"Khám chữa bệnh … đạt 9,84 triệu lượt" names no body and is read as the province's); the codes of the Đề án 06
rankings and of the level-2 parts (unchecked); whether the "trên/dưới x%" thresholds in counts of indicators are
targets (kind target as 716's "trên 60%", code and subject unchecked); the previous value "cộng gộp của hai tỉnh
cũ" (728) read as the Công an tỉnh's own; the subject of 727's and 729's "còn … dữ liệu" (unchecked); the level of
"Trung tâm Y tế đặc khu Phú Quốc" (unchecked).
"""
from __future__ import annotations

from golden.facts import (
    _DH,
    _KQ,
    _NOP,
    _TK,
    _TN,
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
_OPEN = {"subject": ANY, "level": ANY}
_IN_HUYEN = {"subject": ANY, "level": "huyện"}
_IN_XA = {"subject": ANY, "level": "xã"}
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
    first at the cell itself."""
    facts, at = [], 0
    for raw, unit, kind, code, as_of, top in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw), unit, kind, max_value=top, subject=subject,
                       level=level, as_of=as_of, code=code, extra=TAB))
        at += len(sep)
    return facts


def _by(subject: str | None, level: str | None):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty STT cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


def _next_start(make_line, row: tuple[str, ...]) -> str:
    """The start of the next row (its STT and name), as a context's tail."""
    after = make_line(row[:2])
    return after.rsplit(" |", 1)[0] if after.endswith(" |") else after


def _table(rows: list[tuple[str, ...]], make_line, last_after: str, who_of, units: tuple, codes: tuple) -> list[Fact]:
    """All numeric cells of a table given as (STT, name, *values) rows, written by `make_line`, every cell kind value
    at the period end. A row's context tail is the next row's STT and name, the last row's `last_after`;
    `who_of(stt, name)` gives the row's subject and level."""
    facts = []
    for i, (stt, name, *values) in enumerate(rows):
        line = make_line((stt, name, *values))
        after = last_after if i + 1 == len(rows) else _next_start(make_line, rows[i + 1])
        sep = " | " if line.startswith("|") else "\t"
        subject, level = who_of(stt, name)
        facts += _cells(line, sep, after, subject, level, [
            (raw, unit, P, code, "period", None) for raw, unit, code in zip(values, units, codes, strict=True)])
    return facts


def _linked(rows: list[tuple[str, str, str]]) -> list[Fact]:
    """Figures of the two groups of linked procedures (khai sinh …, khai tử …): handled jointly by communes, police
    and social insurance, so subject and level unchecked, codes unchecked: (context, raw, unit) with `%` a value and
    any other unit a count."""
    return [F(context, raw, _num(raw), unit, P if unit == "%" else C, code=ANY, **_OPEN) for context, raw, unit in rows]


def _ranked_communes(rows: list[tuple[str, str | None, str]]) -> list[Fact]:
    """Dash items of the lowest communes: (name as written, accounts or None, share), level xã, the accounts code."""
    facts = []
    for name, accounts, share in rows:
        who = {"subject": name, "level": "xã"}
        if accounts is None:
            facts.append(F(f"{name}: {share}", share, _num(share), "%", code=_TK, **who))
            continue
        facts += [F(f"{name}: {accounts} tài khoản", accounts, _num(accounts), "tài khoản", C, code=_TK, **who),
                  F(f"{accounts} tài khoản, đạt {share}", share, _num(share), "%", code=_TK, **who)]
    return facts


_prov = _by(None, None)
_cat = _by("Công an tỉnh", "tỉnh")
_stp = _by("Sở Tư pháp", "tỉnh")

# ------------------------------------------------------------ 725: Công an tỉnh Bắc Giang, quý I năm 2025
# (a Markdown table by district; two groups of linked procedures; counts in "triệu")
_Q4_2024 = "2024-12-31"

# (STT, unit as written, card applications, level-2 accounts activated in the quarter, share with a level-2 account)
_DISTRICTS_725 = [
    ("1", "Thành phố Bắc Giang", "8.412", "6.218", "91,24"),
    ("2", "Thị xã Việt Yên", "5.846", "4.312", "88,62"),
    ("3", "Thị xã Chũ", "3.214", "2.406", "85,18"),
    ("4", "Huyện Hiệp Hòa", "5.618", "4.126", "84,72"),
    ("5", "Huyện Lạng Giang", "4.926", "3.618", "85,46"),
    ("6", "Huyện Lục Nam", "4.718", "3.412", "82,14"),
    ("7", "Huyện Lục Ngạn", "3.906", "2.864", "79,36"),
    ("8", "Huyện Sơn Động", "2.318", "1.642", "74,18"),
    ("9", "Huyện Tân Yên", "4.812", "3.546", "83,92"),
    ("10", "Huyện Yên Thế", "4.842", "3.802", "80,46"),
    ("", "Toàn tỉnh", "48.612", "35.946", "84,36"),
]


def _districts_725() -> list[Fact]:
    """The Markdown table "| STT | Đơn vị | Hồ sơ căn cước thu nhận | Tài khoản mức 2 kích hoạt trong quý | Tỷ lệ công
    dân có tài khoản mức 2 (%) |": each district-level unit as written, level huyện; the card applications code
    unchecked, the accounts and the share the identity-account code; "Toàn tỉnh" (empty STT) the province (subject
    NULL; its cells repeat the prose)."""
    return _table(
        _DISTRICTS_725, _md_line, "\nThành phố Bắc Giang dẫn đầu",
        lambda stt, name: (None, None) if stt == "" else (name, "huyện"), ("hồ sơ", "tài khoản", "%"),
        (ANY, _TK, _TK))


BLIND_725 = [
    # I. the plan's indicators ("trên 80% kế hoạch" a threshold: kind target)
    F("đặt ra 19 chỉ tiêu", "19", 19, "chỉ tiêu", C, code=None, **_OPEN),
    _prov("đã đạt 12/19 chỉ tiêu", "12/19", 12, "chỉ tiêu", C, max_value=19, code=None),
    F("có 05 chỉ tiêu", "05", 5, "chỉ tiêu", C, code=None, **_OPEN),
    F("đạt trên 80%", "80%", 80, "%", T, code=ANY, **_OPEN),
    F("còn 02 chỉ tiêu", "02", 2, "chỉ tiêu", C, code=None, **_OPEN),
    # II.1 cards (quý IV năm 2024 dated 2024-12-31; "dưới 14 tuổi" no figure), "1,52 triệu thẻ", accounts by level
    # (the total and the share the accounts code, the levels' parts unchecked), the target after the period end
    _prov("thu nhận 48.612 hồ sơ", "48.612", 48612, "hồ sơ", C, code=ANY),
    _prov("(quý IV năm 2024: 41.306", "41.306", 41306, "hồ sơ", PR, as_of=_Q4_2024, code=ANY),
    _prov("tăng 7.306 hồ sơ", "7.306", 7306, "hồ sơ", CH, code=ANY),
    _prov("tăng 17,69%", "17,69%", 17.69, "%", CH, code=ANY),
    _prov("có 6.214 hồ sơ", "6.214", 6214, "hồ sơ", C, code=ANY),
    _prov("trả 46.158 thẻ", "46.158", 46158, "thẻ", C, code=ANY),
    _prov("cấp 1,52 triệu thẻ", "1,52 triệu", 1520000, "thẻ", C, code=ANY),
    _prov("đạt 98,64%", "98,64%", 98.64, "%", code=ANY),
    _prov("có 1.318.426 tài khoản", "1.318.426", 1318426, "tài khoản", C, code=_TK),
    _prov("(quý IV năm 2024: 1.246.815", "1.246.815", 1246815, "tài khoản", PR, as_of=_Q4_2024, code=_TK),
    _prov("mức 1 là 112.604", "112.604", 112604, "tài khoản", C, code=ANY),
    _prov("mức 2 là 1.205.822", "1.205.822", 1205822, "tài khoản", C, code=ANY),
    _prov("đạt 84,36%", "84,36%", 84.36, "%", code=_TK, target=90, stated_status="chưa đạt"),
    _prov("năm 2025 là 90%", "90%", 90, "%", T, as_of="2025-12-31", code=_TK),
    _prov("tiếp nhận 38.215 hồ sơ", "38.215", 38215, "hồ sơ", C, code=ANY),
    _prov("thành công 35.946", "35.946", 35946, "tài khoản", C, code=_TK),
    _prov("đạt 94,06%", "94,06%", 94.06, "%", code=ANY),
    # the table; the first and last districts, the last one's gap (negative)
    *_districts_725(),
    F("dẫn đầu với 91,24%", "91,24%", 91.24, "%", subject="Thành phố Bắc Giang", level="huyện", code=_TK),
    F("thấp nhất (74,18%)", "74,18%", 74.18, "%", subject="huyện Sơn Động", level="huyện", code=_TK),
    F("toàn tỉnh 10,18 điểm", "10,18", -10.18, "%", CH, subject="huyện Sơn Động", level="huyện", code=ANY),
    # II.2 the two groups of linked procedures ("dưới 6 tuổi" no figure)
    *_linked([("tiếp nhận 5.826 hồ sơ", "5.826", "hồ sơ"), ("trong đó 4.918 hồ sơ", "4.918", "hồ sơ"),
              ("chiếm 84,41%", "84,41%", "%"), ("giải quyết 5.764 hồ sơ", "5.764", "hồ sơ"),
              ("đúng hạn 5.702 hồ sơ", "5.702", "hồ sơ"), ("đạt 98,92%", "98,92%", "%"),
              ("tiếp nhận 2.146 hồ sơ", "2.146", "hồ sơ"), ("trực tuyến 1.618 hồ sơ", "1.618", "hồ sơ"),
              ("chiếm 75,40%", "75,40%", "%"), ("giải quyết 2.098 hồ sơ", "2.098", "hồ sơ"),
              ("quá hạn 14 hồ sơ", "14", "hồ sơ")]),
    # II.3 health-insurance checks by chip card across the province
    _prov("100% cơ sở", "100%", 100, "%", code=ANY),
    _prov("(286 cơ sở)", "286", 286, "cơ sở", C, code=None),
    _prov("có 1,18 triệu lượt", "1,18 triệu", 1180000, "lượt", C, code=ANY),
    _prov("chiếm 96,18%", "96,18%", 96.18, "%", code=ANY),
    # II.4 judicial records: the Sở Tư pháp named in full, the Công an tỉnh's checks (a fall negative)
    _stp("tiếp nhận 9.412 yêu cầu", "9.412", 9412, "yêu cầu", C, code=ANY),
    _stp("trong đó 6.846 yêu cầu", "6.846", 6846, "yêu cầu", C, code=ANY),
    _stp("chiếm 72,74%", "72,74%", 72.74, "%", code=ANY),
    _cat("trả kết quả 9.186", "9.186", 9186, "trường hợp", C, code=ANY),
    _cat("bình quân 3,2 ngày", "3,2", 3.2, "ngày", code=ANY),
    _cat("rút ngắn 0,8 ngày", "0,8", -0.8, "ngày", CH, code=ANY),
    # II.5 records cleaned (Công an tỉnh); civil-status records digitised across the province and their parts
    _cat("làm sạch 42.618", "42.618", 42618, "trường hợp", C, code=ANY),
    _prov("số hóa 1.846.320 dữ liệu", "1.846.320", 1846320, "dữ liệu", C, code=ANY),
    _prov("đạt 96,42% kế hoạch", "96,42%", 96.42, "%", code=ANY),
    _prov("(khai sinh 1.126.418 dữ liệu", "1.126.418", 1126418, "dữ liệu", C, code=ANY),
    _prov("kết hôn 412.306 dữ liệu", "412.306", 412306, "dữ liệu", C, code=ANY),
    _prov("khai tử 307.596 dữ liệu", "307.596", 307596, "dữ liệu", C, code=ANY),
    # II.6 the Công an tỉnh's own TTHC files (the usual codes)
    _cat("tiếp nhận 21.846 hồ sơ", "21.846", 21846, "hồ sơ", C, code=_TN),
    _cat("trong đó 19.412 hồ sơ", "19.412", 19412, "hồ sơ", C, code=_NOP),
    _cat("chiếm 88,86%", "88,86%", 88.86, "%", code=_NOP),
    _cat("đạt 99,74%", "99,74%", 99.74, "%", code=_DH),
    _cat("đạt 82,16%", "82,16%", 82.16, "%", code=_TT),
    # II.7 the communes' digital teams; the ministry's ranking of the province (not the 766 index: code unchecked)
    F("Có 192/192 xã", "192/192", 192, "xã", C, max_value=192, code=None, **_IN_XA),
    F("với 6.412 thành viên", "6.412", 6412, "thành viên", C, code=ANY, **_OPEN),
    _prov("xếp thứ 9/63", "9/63", 9, "hạng", R, max_value=63, code=ANY),
    _prov("xếp thứ 14/63)", "14/63", 14, "hạng", PR, max_value=63, as_of=_Q4_2024, code=ANY),
    _prov("tăng 5 bậc", "5", 5, "hạng", CH, code=ANY),
    # III. two districts' citizens without an account; IV. task 2's target of two district police for quý II
    F("còn 6.418 công dân", "6.418", 6418, "công dân", C, code=ANY, **_IN_HUYEN),
    F("tối thiểu 80%", "80%", 80, "%", T, as_of="2025-06-30", code=_TK, **_IN_HUYEN),
]

# ------------------------------------------------------------ 726: Sở Tư pháp tỉnh Hải Dương, tháng 5 năm 2025
# (a tab-separated table by district; civil-status records, linked procedures, judicial records)
_APR_2025 = "2025-04-30"

# (STT, unit as written, births, marriages, deaths, online share)
_DISTRICTS_726 = [
    ("1", "Thành phố Hải Dương", "412", "186", "148", "86,42"),
    ("2", "Thành phố Chí Linh", "214", "98", "92", "78,16"),
    ("3", "Thị xã Kinh Môn", "226", "104", "96", "74,28"),
    ("4", "Huyện Bình Giang", "156", "72", "70", "68,54"),
    ("5", "Huyện Cẩm Giàng", "198", "88", "84", "72,36"),
    ("6", "Huyện Gia Lộc", "176", "78", "76", "69,12"),
    ("7", "Huyện Kim Thành", "164", "74", "72", "66,48"),
    ("8", "Huyện Nam Sách", "172", "80", "78", "70,26"),
    ("9", "Huyện Ninh Giang", "168", "76", "82", "63,84"),
    ("10", "Huyện Thanh Hà", "186", "84", "86", "65,72"),
    ("11", "Huyện Thanh Miện", "154", "70", "80", "60,94"),
    ("12", "Huyện Tứ Kỳ", "260", "114", "98", "67,46"),
    ("", "Toàn tỉnh", "2.486", "1.124", "1.062", "71,36"),
]


def _districts_726() -> list[Fact]:
    """The tab-separated table "STT | Đơn vị | Khai sinh (trường hợp) | Kết hôn (cặp) | Khai tử (trường hợp) | Nộp
    trực tuyến (%)" of the registrations at the communes by district: each district-level unit as written, level
    huyện, the units from the header's brackets, codes unchecked (no catalogued indicator); "Toàn tỉnh" (empty STT)
    the province (subject NULL; its cells repeat the prose)."""
    return _table(
        _DISTRICTS_726, lambda cells: "\t".join(cells), "\nHuyện Thanh Miện có tỷ lệ",
        lambda stt, name: (None, None) if stt == "" else (name, "huyện"), ("trường hợp", "cặp", "trường hợp", "%"),
        (ANY,) * 4)


BLIND_726 = [
    # 1. the province's registrations (tháng 4/2025 dated 2025-04-30), online share and its change in points
    _prov("khai sinh cho 2.486", "2.486", 2486, "trường hợp", C, code=ANY),
    _prov("(tháng 4/2025: 2.318", "2.318", 2318, "trường hợp", PR, as_of=_APR_2025, code=ANY),
    _prov("tăng 168 trường hợp", "168", 168, "trường hợp", CH, code=ANY),
    _prov("kết hôn 1.124 cặp", "1.124", 1124, "cặp", C, code=ANY),
    _prov("khai tử 1.062 trường hợp", "1.062", 1062, "trường hợp", C, code=ANY),
    _prov("đạt 71,36%", "71,36%", 71.36, "%", code=ANY),
    _prov("tăng 3,42 điểm", "3,42", 3.42, "%", CH, code=ANY),
    # the table; the lowest district and its gap (negative); communes certifying; e-certified copies
    *_districts_726(),
    F("thấp nhất (60,94%)", "60,94%", 60.94, "%", subject="Huyện Thanh Miện", level="huyện", code=ANY),
    F("toàn tỉnh 10,42 điểm", "10,42", -10.42, "%", CH, subject="Huyện Thanh Miện", level="huyện", code=ANY),
    F("Có 196/207 xã", "196/207", 196, "xã", C, max_value=207, code=None, **_IN_XA),
    _prov("điện tử 28.612 bản", "28.612", 28612, "bản", C, code=ANY),
    _prov("tăng 12,46%", "12,46%", 12.46, "%", CH, code=ANY),
    # 2. the two groups of linked procedures, two districts' overdue files, the groups' online shares ("hai nhóm")
    *_linked([("tiếp nhận 1.846 hồ sơ", "1.846", "hồ sơ"), ("giải quyết 1.812 hồ sơ", "1.812", "hồ sơ"),
              ("đúng hạn 1.796 hồ sơ", "1.796", "hồ sơ"), ("đạt 99,12%", "99,12%", "%"),
              ("tiếp nhận 318 hồ sơ", "318", "hồ sơ"), ("giải quyết 306 hồ sơ", "306", "hồ sơ"),
              ("quá hạn 04 hồ sơ", "04", "hồ sơ"), ("lần lượt là 76,48%", "76,48%", "%"),
              ("và 52,83%", "52,83%", "%")]),
    F("Ninh Giang 03 hồ sơ", "03", 3, "hồ sơ", C, subject="huyện Ninh Giang", level="huyện", code=ANY),
    F("Tứ Kỳ 01 hồ sơ", "01", 1, "hồ sơ", C, subject="huyện Tứ Kỳ", level="huyện", code=ANY),
    # 3. records digitised across the province ("năm 1999" a year)
    _prov("số hóa 2.418.615 dữ liệu", "2.418.615", 2418615, "dữ liệu", C, code=ANY),
    _prov("đạt 97,86% kế hoạch", "97,86%", 97.86, "%", code=ANY),
    _prov("khai sinh 1.512.406 dữ liệu", "1.512.406", 1512406, "dữ liệu", C, code=ANY),
    _prov("kết hôn 486.215 dữ liệu", "486.215", 486215, "dữ liệu", C, code=ANY),
    _prov("khai tử 419.994 dữ liệu", "419.994", 419994, "dữ liệu", C, code=ANY),
    _prov("còn 52.846 dữ liệu", "52.846", 52846, "dữ liệu", C, code=ANY),
    _prov("đạt 95,14%", "95,14%", 95.14, "%", code=ANY),
    # 4. the Sở's judicial records in the month (tháng 4/2025 dated 2025-04-30) and over five months (period end)
    _stp("tiếp nhận 3.846 yêu cầu", "3.846", 3846, "yêu cầu", C, code=ANY),
    _stp("(tháng 4/2025: 3.512 yêu cầu)", "3.512", 3512, "yêu cầu", PR, as_of=_APR_2025, code=ANY),
    _stp("VNeID 2.918 yêu cầu", "2.918", 2918, "yêu cầu", C, code=ANY),
    _stp("chiếm 75,87%", "75,87%", 75.87, "%", code=ANY),
    _stp("đã cấp 3.794 phiếu", "3.794", 3794, "phiếu", C, code=ANY),
    _stp("điện tử 2.412 phiếu", "2.412", 2412, "phiếu", C, code=ANY),
    _stp("bình quân 4,6 ngày", "4,6", 4.6, "ngày", code=ANY),
    _stp("Sở cấp 17.264 phiếu", "17.264", 17264, "phiếu", C, code=ANY),
    _stp("đó 12.418 phiếu", "12.418", 12418, "phiếu", C, code=ANY),
    _stp("chiếm 71,93%", "71,93%", 71.93, "%", code=ANY),
    # 5. the Sở's indicators; the province's online births against the year's target; the Sở's and the province's
    # 766 results (tháng 4/2025 dated 2025-04-30)
    _stp("chủ trì 08 chỉ tiêu", "08", 8, "chỉ tiêu", C, code=None),
    _stp("Sở đạt 05/08 chỉ tiêu", "05/08", 5, "chỉ tiêu", C, max_value=8, code=None),
    _stp("còn 03 chỉ tiêu", "03", 3, "chỉ tiêu", C, code=None),
    _prov("toàn tỉnh đạt 74,12%", "74,12%", 74.12, "%", code=ANY, target=80, stated_status="chưa đạt"),
    _prov("năm 2025 là 80%", "80%", 80, "%", T, as_of="2025-12-31", code=ANY),
    _stp("đạt 89,64/100", "89,64/100", 89.64, "điểm", max_value=100, code=_TONG),
    _stp("xếp thứ 5/20", "5/20", 5, "hạng", R, max_value=20, code=_HANG),
    _stp("(tháng 4/2025: 87,92 điểm)", "87,92", 87.92, "điểm", PR, max_value=100, as_of=_APR_2025, code=_TONG),
    _stp("tăng 1,72 điểm", "1,72", 1.72, "điểm", CH, code=_TONG),
    _prov("đạt 86,12/100", "86,12/100", 86.12, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 11/63", "11/63", 11, "hạng", R, max_value=63, code=_HANG),
    # II. task 3's target of the communes for quý II (phone no figure)
    F("tối thiểu 78%", "78%", 78, "%", T, as_of="2025-06-30", code=ANY, **_IN_XA),
]

# ------------------------------------------------------------ 727: Ban Chỉ đạo Đề án 06 tỉnh Quảng Ninh, tháng 10
# năm 2025 (a plan's Markdown table with plan, done and share-of-plan columns; "+" sub-items)
_SEP_2025 = "2025-09-30"

# (STT, indicator, unit cell, code, plan, result, ratio)
_PLAN_727 = [
    ("1", "Tỷ lệ công dân từ đủ 14 tuổi có tài khoản định danh điện tử mức 2", "%", _TK, "95 91,84 96,67"),
    ("2", "Số thẻ căn cước cấp mới trong năm", "thẻ", ANY, "120.000 108.412 90,34"),
    ("3", "Tỷ lệ hồ sơ nhóm liên thông khai sinh nộp trực tuyến", "%", ANY, "85 82,16 96,66"),
    ("4", "Tỷ lệ hồ sơ nhóm liên thông khai tử nộp trực tuyến", "%", ANY, "70 58,42 83,46"),
    ("5", "Dữ liệu hộ tịch được số hóa", "dữ liệu", ANY, "1.650.000 1.612.846 97,75"),
    ("6", "Tỷ lệ Phiếu lý lịch tư pháp cấp qua ứng dụng VNeID", "%", ANY, "70 74,36 106,23"),
    ("7", "Tỷ lệ lượt khám chữa bệnh bảo hiểm y tế bằng căn cước", "%", ANY, "98 97,42 99,41"),
    ("8", "Số Tổ công nghệ số cộng đồng được kiện toàn", "Tổ", ANY, "1.120 1.120 100"),
]


def _plan_727() -> list[Fact]:
    """Bảng 1 (Markdown) "STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2025 | Thực hiện đến 31/10/2025 | Tỷ lệ so với
    kế hoạch (%)": the plan cell a target dated 2025-12-31 and the result cell the indicator at the period end, both in
    the "Đơn vị tính" cell's unit with the row's code; the ratio cell a value in `%`, code unchecked; the province's
    (subject NULL, the committee reporting the province)."""
    facts = []
    for i, (stt, name, unit, code, raws) in enumerate(_PLAN_727):
        plan, result, ratio = raws.split()
        line = _md_line((stt, name, unit, plan, result, ratio))
        after = f"| {_PLAN_727[i + 1][0]} | {_PLAN_727[i + 1][1]}" if i + 1 < len(_PLAN_727) else "\nNhư vậy"
        facts += _cells(line, " | ", after, None, None, [
            (plan, unit, T, code, "2025-12-31", None), (result, unit, P, code, "period", None),
            (ratio, "%", P, ANY, "period", None)])
    return facts


BLIND_727 = [
    # I. the communes after the merger and their one-stop desks
    F("có 54 đơn vị", "54", 54, "đơn vị", C, code=None, **_CAP_XA),
    F("(30 phường", "30", 30, "phường", C, code=None, **_IN_XA),
    F("22 xã, 02", "22", 22, "xã", C, code=None, **_IN_XA),
    F("02 đặc khu)", "02", 2, "đặc khu", C, code=None, **_IN_XA),
    F("của 54/54 xã", "54/54", 54, "xã", C, max_value=54, code=None, **_IN_XA),
    # II. Bảng 1 and the count of indicators met ("chỉ tiêu số 6 và số 8" item numbers, no figures; thresholds kind
    # target)
    *_plan_727(),
    _prov("đã đạt 02/08 chỉ tiêu", "02/08", 2, "chỉ tiêu", C, max_value=8, code=None),
    _prov("; 04/08 chỉ tiêu", "04/08", 4, "chỉ tiêu", C, max_value=8, code=None),
    F("đạt trên 95%", "95%", 95, "%", T, code=ANY, **_OPEN),
    _prov("còn 02 chỉ tiêu", "02", 2, "chỉ tiêu", C, code=None),
    F("đạt dưới 95%", "95%", 95, "%", T, code=ANY, **_OPEN),
    # III.1 the province's level-2 accounts ("1,06 triệu"), the Công an tỉnh's cards, the communes above a threshold,
    # the "+" items of the lowest communes
    _prov("có 1,06 triệu tài khoản", "1,06 triệu", 1060000, "tài khoản", C, code=_TK),
    _prov("đạt 91,84% số", "91,84%", 91.84, "%", code=_TK),
    _prov("tăng 14.862 tài khoản", "14.862", 14862, "tài khoản", CH, code=ANY),
    _cat("thu nhận 9.846 hồ sơ", "9.846", 9846, "hồ sơ", C, code=ANY),
    _cat("trả 10.214 thẻ", "10.214", 10214, "thẻ", C, code=ANY),
    F("Có 41/54 xã", "41/54", 41, "xã", C, max_value=54, code=None, **_IN_XA),
    F("mức 2 trên 90%", "90%", 90, "%", T, code=_TK, **_IN_XA),
    *_ranked_communes([("Đặc khu Cô Tô", None, "78,46%"), ("Xã Hoành Mô", None, "80,12%"),
                       ("Xã Kỳ Thượng", None, "81,58%")]),
    # III.2 the linked groups ("Hai nhóm" in words)
    *_linked([("tiếp nhận 3.418 hồ sơ", "3.418", "hồ sơ"), ("nhóm khai sinh 2.612 hồ sơ", "2.612", "hồ sơ"),
              ("nhóm khai tử 806 hồ sơ", "806", "hồ sơ"), ("tương ứng 82,16%", "82,16%", "%"),
              ("và 58,42%;", "58,42%", "%"), ("chung đạt 98,68%", "98,68%", "%")]),
    # III.3 the social-insurance office named in full (one count with its maximum)
    F("xác thực 1.318.462/1.326.118", "1.318.462/1.326.118", 1318462, "người", C, max_value=1326118, code=ANY,
      subject="Bảo hiểm xã hội tỉnh", level="tỉnh"),
    F("đạt 99,42%", "99,42%", 99.42, "%", code=ANY, subject="Bảo hiểm xã hội tỉnh", level="tỉnh"),
    # III.4 the Sở Tư pháp named in full; the records still to digitise (whose: unchecked)
    _stp("thêm 18.612 dữ liệu", "18.612", 18612, "dữ liệu", C, code=ANY),
    F("còn 37.154 dữ liệu", "37.154", 37154, "dữ liệu", C, code=ANY, **_OPEN),
    _stp("Sở cấp 2.146 phiếu", "2.146", 2146, "phiếu", C, code=ANY),
    _stp("đó 1.618 phiếu", "1.618", 1618, "phiếu", C, code=ANY),
    # III.5 the Government's ranking on Đề án 06 (code unchecked; tháng 9/2025 dated 2025-09-30) and the 766 index
    _prov("xếp thứ 6/34", "6/34", 6, "hạng", R, max_value=34, code=ANY),
    _prov("xếp thứ 8/34)", "8/34", 8, "hạng", PR, max_value=34, as_of=_SEP_2025, code=ANY),
    _prov("tăng 2 bậc", "2", 2, "hạng", CH, code=ANY),
    _prov("đạt 88,64/100", "88,64/100", 88.64, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 3/34", "3/34", 3, "hạng", R, max_value=34, code=_HANG),
    # IV. task 1's communes (the 13 below the threshold, a count repeated); task 3's target for quý IV
    F("tại 13 xã", "13", 13, "xã", C, code=None, **_IN_XA),
    F("tối thiểu 65%", "65%", 65, "%", T, as_of="2025-12-31", code=ANY, **_IN_XA),
]

# ------------------------------------------------------------ 728: Công an tỉnh Đồng Nai, năm 2025 (merged with Bình
# Phước; former provinces side by side, counts in "triệu", dash lists)
_Y2024 = "2024-12-31"

BLIND_728 = [
    # I. the new province: its communes and population ("khoảng 4,49 triệu người" an approximate count)
    F("có 95 đơn vị", "95", 95, "đơn vị", C, code=None, **_CAP_XA),
    F("(23 phường", "23", 23, "phường", C, code=None, **_IN_XA),
    F("72 xã)", "72", 72, "xã", C, code=None, **_IN_XA),
    _prov("khoảng 4,49 triệu", "4,49 triệu", 4490000, "người", C, code=ANY),
    # II.1 the Công an tỉnh's card applications (năm 2024, the two former provinces' sum, dated 2024-12-31; the falls
    # negative; "hai tỉnh" in words); the province's cards and the former provinces' parts (unchecked)
    _cat("thu nhận 286.412 hồ sơ", "286.412", 286412, "hồ sơ", C, code=ANY),
    _cat("tỉnh cũ: 318.246", "318.246", 318246, "hồ sơ", PR, as_of=_Y2024, code=ANY),
    _cat("giảm 31.834", "31.834", -31834, "hồ sơ", CH, code=ANY),
    _cat("giảm 10,00%", "10,00%", -10, "%", CH, code=ANY),
    _prov("cấp 3,42 triệu thẻ", "3,42 triệu", 3420000, "thẻ", C, code=ANY),
    _prov("đạt 99,12%", "99,12%", 99.12, "%", code=ANY),
    F("cũ 2,61 triệu", "2,61 triệu", 2610000, "thẻ", C, code=ANY, **_OPEN),
    F("cũ 0,81 triệu", "0,81 triệu", 810000, "thẻ", C, code=ANY, **_OPEN),
    # II.2 accounts (the total and the share the accounts code, the target at the period end), the former provinces
    # after "lần lượt là", the Công an tỉnh's applications, the communes' digital teams
    _prov("có 3,18 triệu tài khoản", "3,18 triệu", 3180000, "tài khoản", C, code=_TK),
    _prov("mức 2 là 2,96 triệu", "2,96 triệu", 2960000, "tài khoản", C, code=ANY),
    _prov("đạt 88,42%", "88,42%", 88.42, "%", code=_TK, target=90, stated_status="chưa đạt"),
    _prov("năm 2025 là 90%", "90%", 90, "%", T, code=_TK),
    F("lần lượt là 89,36%", "89,36%", 89.36, "%", code=_TK, **_OPEN),
    F("và 85,14%", "85,14%", 85.14, "%", code=_TK, **_OPEN),
    _cat("tiếp nhận 412.618 hồ sơ", "412.618", 412618, "hồ sơ", C, code=ANY),
    _cat("thành công 398.406", "398.406", 398406, "tài khoản", C, code=_TK),
    _cat("đạt 96,56%", "96,56%", 96.56, "%", code=ANY),
    F("Có 95/95 xã", "95/95", 95, "xã", C, max_value=95, code=None, **_IN_XA),
    F("với 5.846 thành viên", "5.846", 5846, "thành viên", C, code=ANY, **_OPEN),
    # II.3 the linked groups in dash items and their change
    *_linked([("tuổi: 42.618 hồ sơ", "42.618", "hồ sơ"), ("trực tuyến 36.412 hồ sơ", "36.412", "hồ sơ"),
              ("chiếm 85,44%", "85,44%", "%"), ("phí: 18.246 hồ sơ", "18.246", "hồ sơ"),
              ("trực tuyến 11.846 hồ sơ", "11.846", "hồ sơ"), ("chiếm 64,92%", "64,92%", "%")]),
    F("tăng 24,6%", "24,6%", 24.6, "%", CH, code=ANY, **_OPEN),
    # II.4 the Sở Tư pháp named in full
    _stp("số hóa 4.126.418", "4.126.418", 4126418, "dữ liệu", C, code=ANY),
    _stp("đạt 100% kế hoạch", "100%", 100, "%", code=ANY),
    _stp("khai sinh 2.618.412", "2.618.412", 2618412, "dữ liệu", C, code=ANY),
    _stp("kết hôn 846.215", "846.215", 846215, "dữ liệu", C, code=ANY),
    _stp("khai tử 661.791", "661.791", 661791, "dữ liệu", C, code=ANY),
    # II.5 the province's judicial-record requests on VNeID, the Công an tỉnh's checks; health-insurance checks by
    # card ("9,84 triệu lượt"; năm 2024 dated 2024-12-31)
    _prov("có 68.412 yêu cầu", "68.412", 68412, "yêu cầu", C, code=ANY),
    _prov("chiếm 78,64%", "78,64%", 78.64, "%", code=ANY),
    _cat("xác minh 86.994", "86.994", 86994, "trường hợp", C, code=ANY),
    _cat("bình quân 2,8 ngày", "2,8", 2.8, "ngày", code=ANY),
    _prov("đạt 9,84 triệu", "9,84 triệu", 9840000, "lượt", C, code=ANY),
    _prov("chiếm 97,12%", "97,12%", 97.12, "%", code=ANY),
    _prov("(năm 2024: 91,46%)", "91,46%", 91.46, "%", PR, as_of=_Y2024, code=ANY),
    _prov("tăng 5,66 điểm", "5,66", 5.66, "%", CH, code=ANY),
    # II.6 the Công an tỉnh's own online services and TTHC files (the usual codes)
    _cat("cung cấp 126 dịch vụ", "126", 126, "dịch vụ", C, code=ANY),
    _cat("tiếp nhận 612.418 hồ sơ", "612.418", 612418, "hồ sơ", C, code=_TN),
    _cat("trực tuyến 586.214 hồ sơ", "586.214", 586214, "hồ sơ", C, code=_NOP),
    _cat("chiếm 95,72%", "95,72%", 95.72, "%", code=_NOP),
    _cat("đạt 99,86%", "99,86%", 99.86, "%", code=_DH),
    _cat("đạt 91,24%", "91,24%", 91.24, "%", code=_TT),
    _cat("; 100% kết quả", "100%", 100, "%", code=_KQ),
    # II.7 the indicators met (năm 2024 dated 2024-12-31), the province's and the Công an tỉnh's ranks (code unchecked)
    _prov("hoàn thành 21/24 chỉ tiêu", "21/24", 21, "chỉ tiêu", C, max_value=24, code=None),
    _prov("(năm 2024: 17/24", "17/24", 17, "chỉ tiêu", PR, max_value=24, as_of=_Y2024, code=None),
    _prov("xếp thứ 11/34", "11/34", 11, "hạng", R, max_value=34, code=ANY),
    _cat("xếp thứ 4/34", "4/34", 4, "hạng", R, max_value=34, code=ANY),
    # III. the communes below a threshold; IV. task 2's target of the communes' police for quý I năm 2026
    F("còn 12 xã", "12", 12, "xã", C, code=None, **_IN_XA),
    F("có tỷ lệ dưới 80%", "80%", 80, "%", T, code=_TK, **_IN_XA),
    F("tối thiểu 85%", "85%", 85, "%", T, as_of="2026-03-31", code=_TK, **_IN_XA),
]

# ------------------------------------------------------------ 729: UBND tỉnh An Giang, Công văn đôn đốc, quý I năm
# 2026 (merged with Kiên Giang; a Công văn with results in numbered items, then numbered requests with deadlines)
_Q4_2025 = "2025-12-31"

BLIND_729 = [
    # 1. the communes; the province's accounts ("3,12 triệu", "2,87 triệu"; quý IV năm 2025 dated 2025-12-31; the
    # year's target after the period end), the former provinces after "lần lượt là"
    F("có 102 đơn vị", "102", 102, "đơn vị", C, code=None, **_CAP_XA),
    F("(85 xã", "85", 85, "xã", C, code=None, **_IN_XA),
    F("14 phường,", "14", 14, "phường", C, code=None, **_IN_XA),
    F("03 đặc khu)", "03", 3, "đặc khu", C, code=None, **_IN_XA),
    _prov("có 3,12 triệu tài khoản", "3,12 triệu", 3120000, "tài khoản", C, code=_TK),
    _prov("mức 2 là 2,87 triệu", "2,87 triệu", 2870000, "tài khoản", C, code=ANY),
    _prov("đạt 86,74%", "86,74%", 86.74, "%", code=_TK, target=92, stated_status="chưa đạt"),
    _prov("(quý IV năm 2025: 84,12%)", "84,12%", 84.12, "%", PR, as_of=_Q4_2025, code=_TK),
    _prov("tăng 2,62 điểm", "2,62", 2.62, "%", CH, code=ANY),
    _prov("năm 2026 là 92%", "92%", 92, "%", T, as_of="2026-12-31", code=_TK),
    F("lần lượt là 88,92%", "88,92%", 88.92, "%", code=_TK, **_OPEN),
    F("và 83,46%", "83,46%", 83.46, "%", code=_TK, **_OPEN),
    # 2. the communes' police named in full; files on VNeID across the province and their change
    F("tiếp nhận 64.218 hồ sơ", "64.218", 64218, "hồ sơ", C, code=ANY, subject="Công an các xã, phường, đặc khu",
      level="xã"),
    F("và 58.412 hồ sơ", "58.412", 58412, "hồ sơ", C, code=ANY, subject="Công an các xã, phường, đặc khu", level="xã"),
    _prov("nộp 46.218 hồ sơ", "46.218", 46218, "hồ sơ", C, code=ANY),
    _prov("tăng 38,6%", "38,6%", 38.6, "%", CH, code=ANY),
    # 3. the linked groups after "lần lượt là" and "tương ứng"; overdue files of two communes (as written)
    *_linked([("lần lượt là 12.846 hồ sơ", "12.846", "hồ sơ"), ("và 5.218 hồ sơ", "5.218", "hồ sơ"),
              ("tương ứng 81,36%", "81,36%", "%"), ("và 57,42%", "57,42%", "%"), ("còn 286 hồ sơ", "286", "hồ sơ")]),
    F("(48 hồ sơ)", "48", 48, "hồ sơ", C, subject="phường Long Xuyên", level="xã", code=ANY),
    F("(36 hồ sơ)", "36", 36, "hồ sơ", C, subject="xã Tri Tôn", level="xã", code=ANY),
    # 4. the Sở Tư pháp named in full; the records left (whose: unchecked) in 14 communes
    _stp("số hóa 4.862.315", "4.862.315", 4862315, "dữ liệu", C, code=ANY),
    _stp("đạt 98,16% kế hoạch", "98,16%", 98.16, "%", code=ANY),
    F("còn 89.412 dữ liệu", "89.412", 89412, "dữ liệu", C, code=ANY, **_OPEN),
    F("của 14 xã", "14", 14, "xã", C, code=None, **_IN_XA),
    _stp("tiếp nhận 21.846 yêu cầu", "21.846", 21846, "yêu cầu", C, code=ANY),
    _stp("VNeID 17.412 yêu cầu", "17.412", 17412, "yêu cầu", C, code=ANY),
    _stp("chiếm 79,70%", "79,70%", 79.7, "%", code=ANY),
    # 5. health-insurance checks by card ("2,46 triệu lượt"); a health centre named in full (level unchecked)
    _prov("đạt 2,46 triệu", "2,46 triệu", 2460000, "lượt", C, code=ANY),
    _prov("chiếm 96,84%", "96,84%", 96.84, "%", code=ANY),
    F("mới đạt 88,16%", "88,16%", 88.16, "%", code=ANY, subject="Trung tâm Y tế đặc khu Phú Quốc", level=ANY),
    # 6. the communes' digital teams (`Tổ`)
    F("Có 102/102 xã", "102/102", 102, "xã", C, max_value=102, code=None, **_IN_XA),
    F("duy trì 1.912 Tổ", "1.912", 1912, "Tổ", C, code=None, **_IN_XA),
    F("với 24.612 thành viên", "24.612", 24612, "thành viên", C, code=ANY, **_IN_XA),
    # 7. the plan's indicators (thresholds kind target) and the province's rank (quý IV năm 2025 dated 2025-12-31)
    _prov("đạt 15/22 chỉ tiêu", "15/22", 15, "chỉ tiêu", C, max_value=22, code=None),
    F("có 05 chỉ tiêu", "05", 5, "chỉ tiêu", C, code=None, **_OPEN),
    F("từ 80% trở lên", "80%", 80, "%", T, code=ANY, **_OPEN),
    F("và 02 chỉ tiêu", "02", 2, "chỉ tiêu", C, code=None, **_OPEN),
    F("dưới 50%", "50%", 50, "%", T, code=ANY, **_OPEN),
    _prov("xếp thứ 19/34", "19/34", 19, "hạng", R, max_value=34, code=ANY),
    _prov("xếp thứ 23/34)", "23/34", 23, "hạng", PR, max_value=34, as_of=_Q4_2025, code=ANY),
    # 8. the communes below the threshold, the dash items of the lowest four, the lowest one's gap (negative)
    F("Có 27/102 xã", "27/102", 27, "xã", C, max_value=102, code=None, **_IN_XA),
    F("mức 2 dưới 80%", "80%", 80, "%", T, code=_TK, **_IN_XA),
    *_ranked_communes([("Đặc khu Kiên Hải", "12.418", "68,42%"), ("Xã Giang Thành", "14.206", "71,06%"),
                       ("Xã Vĩnh Điều", "9.812", "72,84%"), ("Xã An Cư", "18.614", "74,12%")]),
    F("toàn tỉnh 18,32 điểm", "18,32", -18.32, "%", CH, subject="Đặc khu Kiên Hải", level="xã", code=ANY),
    # requests: 1.'s communes (a count repeated); 2.'s target of four named communes for quý II
    F("tại 27 xã", "27", 27, "xã", C, code=None, **_IN_XA),
    F("tối thiểu 80%", "80%", 80, "%", T, as_of="2026-06-30", code=_TK, **_IN_XA),
]

BLIND = {"725": BLIND_725, "726": BLIND_726, "727": BLIND_727, "728": BLIND_728, "729": BLIND_729}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "725": [
        ("2025-04-30", "day", "30/4/2025", "rà soát, cấp căn cước",
         "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"),
        ("2025-06-30", "quarter", "quý II năm 2025", "tài khoản mức 2",
         "Công an huyện Sơn Động và Công an huyện Lục Ngạn"),
        ("2025-05-18", "day", "ngày mười tám tháng 5 năm 2025", "lý lịch tư pháp tồn đọng", "Phòng Hồ sơ nghiệp vụ"),
        ("2025-06-30", "month", "tháng 6/2025", "đợt cao điểm kích hoạt", "Công an các huyện, thị xã, thành phố"),
        ("2025-12-31", "year", "năm 2025", "tra cứu thẻ bảo hiểm y tế", "Sở Y tế"),
        # issued 05/4/2025: the first "ngày 22 hằng tháng" is 22/4/2025
        ("2025-04-22", "recurring", "22 hằng tháng", "gửi báo cáo kết quả", "Các đơn vị, địa phương"),
    ],
    "726": [
        ("2025-06-20", "day", "20/6/2025", "kiểm tra dữ liệu hộ tịch", "Phòng Hành chính tư pháp"),
        ("2025-06-25", "day", "ngày hai mươi lăm tháng 6 năm 2025", "số hóa sổ hộ tịch",
         "UBND huyện Ninh Giang và UBND huyện Thanh Miện"),
        ("2025-06-30", "quarter", "quý II năm 2025", "khai sinh trực tuyến", "Phòng Hành chính tư pháp"),
        ("2025-06-30", "month", "tháng 6/2025", "sắp xếp đơn vị hành chính", "Văn phòng Sở"),
        ("2025-12-31", "year", "năm 2025", "thẻ bảo hiểm y tế điện tử", "Bảo hiểm xã hội tỉnh"),
        # issued 05/6/2025: the first "ngày 23 hằng tháng" is 23/6/2025
        ("2025-06-23", "recurring", "23 hằng tháng", "gửi số liệu", "Phòng Tư pháp các huyện, thị xã, thành phố"),
    ],
    "727": [
        ("2025-11-15", "day", "15/11/2025", "kích hoạt tài khoản lưu động", "Công an tỉnh"),
        ("2025-11-28", "day", "ngày hai mươi tám tháng 11 năm 2025", "số hóa dữ liệu hộ tịch", "Sở Tư pháp"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "nhóm liên thông khai tử", "UBND các xã, phường, đặc khu"),
        ("2025-12-31", "month", "tháng 12/2025", "sổ sức khỏe điện tử", "Sở Y tế"),
        ("2025-12-31", "year", "năm 2025", "đường truyền", "Viễn thông Quảng Ninh"),
        # issued 06/11/2025: the first "ngày 20 hằng tháng" is 20/11/2025
        ("2025-11-20", "recurring", "20 hằng tháng", "gửi báo cáo", "Các thành viên Ban Chỉ đạo"),
    ],
    "728": [
        ("2026-02-28", "day", "28/02/2026", "rà soát dữ liệu dân cư",
         "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"),
        ("2026-03-31", "quarter", "quý I năm 2026", "tài khoản mức 2", "Công an các xã khu vực Bình Phước cũ"),
        ("2026-03-19", "day", "ngày mười chín tháng 3 năm 2026", "Phiếu lý lịch tư pháp điện tử",
         "Phòng Hồ sơ nghiệp vụ"),
        ("2026-06-30", "month", "tháng 6/2026", "chuẩn hóa dữ liệu hộ tịch", "Sở Tư pháp"),
        ("2026-12-31", "year", "năm 2026", "sổ sức khỏe điện tử", "Sở Y tế"),
        # issued 12/01/2026: the first "ngày 18 hằng tháng" is 18/01/2026
        ("2026-01-18", "recurring", "18 hằng tháng", "báo cáo kết quả", "Công an các xã, phường"),
    ],
    "729": [
        ("2026-05-30", "day", "30/5/2026", "kích hoạt tài khoản định danh điện tử lưu động", "Công an tỉnh"),
        ("2026-06-30", "quarter", "quý II năm 2026", "tài khoản mức 2",
         "UBND đặc khu Kiên Hải, UBND xã Giang Thành, UBND xã Vĩnh Điều và UBND xã An Cư"),
        ("2026-06-12", "day", "ngày mười hai tháng 6 năm 2026", "số hóa dữ liệu sổ hộ tịch", "Sở Tư pháp"),
        ("2026-05-31", "month", "tháng 5/2026", "tra cứu thẻ bảo hiểm y tế", "Sở Y tế"),
        # a day written with digits and words: "trước ngày 15 tháng 5 năm 2026"
        ("2026-05-15", "day", "15 tháng 5 năm 2026", "hồ sơ quá hạn", "Bảo hiểm xã hội tỉnh An Giang"),
        ("2026-12-31", "year", "năm 2026", "hạ tầng kết nối", "Viễn thông An Giang"),
        # issued 16/4/2026: the first "ngày 20 hằng tháng" is 20/4/2026
        ("2026-04-20", "recurring", "20 hằng tháng", "báo cáo kết quả thực hiện",
         "Các sở, ngành, UBND các xã, phường, đặc khu"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META): 725 and 728 police
# reports under "BỘ CÔNG AN", signed by a deputy director written with his rank (the signer is the name); 726 a Sở's
# monthly report; 727 a Ban Chỉ đạo's monthly report signed "KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN THƯỜNG TRỰC / GIÁM ĐỐC
# CÔNG AN TỈNH"; 729 a Công văn (a "V/v" line naming the quarter, no title) signed "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH".
META = {
    "725": {"doc_number": "1386/BC-CAT-PC06", "doc_type": "Báo cáo", "issued_date": "2025-04-05",
            "province": "Bắc Giang", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Ngô Đức Khiêm"},
    "726": {"doc_number": "812/BC-STP", "doc_type": "Báo cáo", "issued_date": "2025-06-05",
            "province": "Hải Dương", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Phạm Thị Thanh Huyền"},
    "727": {"doc_number": "24/BC-BCĐ06", "doc_type": "Báo cáo", "issued_date": "2025-11-06",
            "province": "Quảng Ninh", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Vũ Minh Khương"},
    "728": {"doc_number": "186/BC-CAT-PC06", "doc_type": "Báo cáo", "issued_date": "2026-01-12",
            "province": "Đồng Nai", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Lê Hoàng Phúc"},
    "729": {"doc_number": "1246/UBND-NC", "doc_type": "Công văn", "issued_date": "2026-04-16",
            "province": "An Giang", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Trần Minh Khoa"},
}
