"""Blind golden facts for corpus/blind116/655_ninh_binh.txt, 656_quang_tri.txt, 657_tuyen_quang.txt,
658_vinh_long.txt and 659_lai_chau.txt.

The five documents were written by the developers for a hundred-and-sixteenth blind measurement (issuers outside the
people's committees and their sectors: a Sở Tài chính after it took over the Sở Kế hoạch và Đầu tư, on business
registration and investment; a Sở Nông nghiệp và Môi trường on land and land-use certificates; a Công an tỉnh on the
police's online services and VNeID accounts; a Bảo hiểm xã hội tỉnh on e-transactions and cashless payments; a
district-level Chi cục Thuế khu vực before the 2025 tax reorganisation on e-filing, e-payment and e-invoices; periods
quý III năm 2025, 6 tháng đầu năm 2026, tháng 11 năm 2025, năm 2025 and tháng 01 năm 2025; not real documents), and
every row below was written by reading them, before any extraction, restoration or pipeline code was run on them.
They also serve as held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind112.py, blind111.py, blind110.py, blind109.py, blind16.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose and list counts are kind `count`; table cells are kind `value` even when they count, with
`extra={"source": "table"}`; `as_of="period"` is the period's end; a table column dated before the period end keeps
kind `value` with that date as `as_of`; a change is dated with the figure it changes and a fall ("giảm", "rút ngắn",
"thấp hơn") is negative; a change in "điểm phần trăm" is kind change in `%` with the number alone as raw. `ANY` leaves
a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names none: counts of
communes, fields, decisions, bodies, conferences, tax teams). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến
nghị" the unit `PAKN`; a count of the files (or PAKN) an indicator is computed on carries that indicator's code;
every "đã giải quyết" count, pending files, the files of one field or service, tax returns, money and changes of
counts have their code unchecked (a field's online share carries the online code). Counts of local units take the
unit of their first unit word ("121/129 xã, phường", "68/78 xã, phường, đặc khu", "124/124 xã, phường", "30 xã, thị
trấn" → `xã`); "Toàn tỉnh có 129 đơn vị hành chính cấp xã (97 xã, 32 phường)" → subject `cấp xã` (unit `đơn vị`,
level xã), its parts `xã`, `phường`, `đặc khu` (subject unchecked, level xã). A provincial body's own figures naming
no body are named by its kind, the province being the document's, level tỉnh: `Sở Tài chính`, `Sở Nông nghiệp và
Môi trường` (also where the sentence names it in full), `Công an tỉnh` (under "CÔNG AN TỈNH TUYÊN QUANG"), `Bảo hiểm
xã hội tỉnh` (under "BẢO HIỂM XÃ HỘI TỈNH VĨNH LONG"); a sentence naming another body keeps the name as written ("Sở
Tư pháp tiếp nhận", "UBND các xã, phường đã cấp", "Văn phòng Đăng ký đất đai và các chi nhánh đã cấp", "Bảo hiểm xã
hội cơ sở Mỏ Cày"). Province-wide figures ("toàn tỉnh", "trên địa bàn tỉnh", "tỉnh Ninh Bình đạt") have subject
NULL. Things counted take the noun as written (`doanh nghiệp`, `dự án`, `giấy chứng nhận`, `thửa đất`, `tài khoản`,
`thẻ`, `người`, `cơ sở`, `giấy` for health certificates, `lượt`, `dịch vụ`, `trường hợp`, `hộ` for "hộ kinh doanh",
`tờ khai`, `hóa đơn`, `hội nghị`, `đội`, `công chức`); money keeps the unit written (`tỷ đồng`, `triệu đồng`,
`triệu USD`; code unchecked); durations `ngày` (also "ngày làm việc/hồ sơ"). Numbers written in words are no figures
("ba tỉnh", "hai tỉnh", "hai cấp", "hai huyện", the days of "ngày hai mươi tháng 11", "ngày hai mươi tháng 8", "ngày
hai mươi lăm tháng 12", "ngày mười lăm tháng 02", "ngày hai mươi tám tháng 02"). Dates, document numbers and cited
texts ("Quyết định số 1290/QĐ-UBND", "Kế hoạch số 168/KH-UBND", "Kế hoạch số 24/KH-UBND", "Nghị định số
151/2025/NĐ-CP", "Kế hoạch số 312/KH-UBND", "Quyết định số 06/QĐ-TTg", "Kế hoạch số 2846/KH-BHXH", "Công văn số
186/CTLCH-TTHT"), the stated windows and data dates ("từ ngày 01/7/2025 đến ngày 30/9/2025", "Từ ngày 01/7/2025",
"Đến ngày 30/9/2025", "Lũy kế đến ngày 30/11/2025", "Đến ngày 31/12/2025", "Đến ngày 31/01/2025", "công bố ngày
12/11/2025"), the period words and column headers ("quý II năm 2025", "Tháng 7/2025" … "Quý III/2025", "Tháng 10/2025
(%)", "tháng 12/2024"), "Đề án 06", "Bộ chỉ số 766", "PC06", "C06", "VNeID mức độ 2", "mức độ 1", "mức độ 2", ages
("trẻ em dưới 6 tuổi", "từ đủ 14 tuổi trở lên"), section and item numbering ("I.", "1.", "a)", "Bảng 1."), the STT
column, addresses ("số 07 đường Trần Hưng Đạo", "số 126 đường Hùng Vương", "số 12 đường Hoàng Thái Hiếu"), phone
numbers ("0229.3871.246", "0232.3822.618", "0207.3822.416", "0270.3822.614", "0213.3875.246"), headings naming the next
period ("VI. NHIỆM VỤ QUÝ IV NĂM 2025", "V. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026", "V. NHIỆM VỤ THÁNG 12 NĂM 2025", "VI.
NHIỆM VỤ NĂM 2026", "8. Nhiệm vụ tháng 02 năm 2025": no deadlines) and years are not figures.

New in this set (the decisions are written here):
- 655 is a quarterly Báo cáo of the Sở Tài chính tỉnh Ninh Bình (merged with Hà Nam and Nam Định; header "UBND TỈNH
  NINH BÌNH / SỞ TÀI CHÍNH", number "2146/BC-STC"), quý III năm 2025, issued 08/10/2025. The province's new
  enterprises "1.286 doanh nghiệp … 14.862,5 tỷ đồng; so với quý II năm 2025 (cộng gộp của ba tỉnh trước sắp xếp:
  1.158 doanh nghiệp) tăng 128 doanh nghiệp, tương ứng tăng 11,05%" (subject NULL; the former provinces' sum a
  previous value dated 2025-06-30, subject and level unchecked as golden/blind112.py's 636), "bình quân 11,56 tỷ
  đồng/doanh nghiệp" (kind value in `tỷ đồng`), the areas in a dash list (subject and level unchecked). The Sở's
  registration files "4.618 … 4.602 …, đạt 99,65% … 3.846 …, chiếm 83,57%; … 756 … 4.589/4.602 …, đạt 99,72%; 13 …
  1,6 ngày làm việc/hồ sơ, rút ngắn 0,4 ngày … (2,0 ngày)" (`Sở Tài chính`; one field's files: codes unchecked). NEW:
  A MARKDOWN TABLE WITH THE QUARTER'S MONTHS AS COLUMNS AND A UNIT COLUMN: "STT | Chỉ tiêu | Đơn vị tính | Tháng
  7/2025 | Tháng 8/2025 | Tháng 9/2025 | Quý III/2025" — each cell in the unit of its row's "Đơn vị tính" (`doanh
  nghiệp`, `tỷ đồng`, `hồ sơ`, `%`), "Tháng 7/2025" dated 2025-07-31 and "Tháng 8/2025" 2025-08-31 (kind value),
  "Tháng 9/2025" and "Quý III/2025" at the period end; the enterprise and capital rows the province's (the table is
  titled "trên địa bàn tỉnh"), the file rows subject and level unchecked (files the Sở receives from the whole
  province); codes unchecked. Household businesses registered by the communes "UBND các xã, phường đã cấp mới 3.214
  giấy chứng nhận … 2.418 hồ sơ …, chiếm 75,23%" (as written, level xã), "121/129 xã, phường … 08 xã". NEW:
  INVESTMENT: "38 dự án … 21.646,8 tỷ đồng … 06 dự án … 186,4 triệu USD; … 24 dự án" (approved by UBND tỉnh on the
  Sở's advice: subject and level unchecked, unit `dự án`); public investment "6.418,2 tỷ đồng, đạt 58,34% kế hoạch
  vốn năm 2025 (11.001,4 tỷ đồng); so với chỉ tiêu UBND tỉnh giao đến hết quý III là 60% thì chưa đạt chỉ tiêu" (the
  province's; the year's capital plan is a target in money dated 2025-12-31, as golden/blind79.py's 473 "dự toán";
  the 60% a target at the period end, carried by the 58,34% with "chưa đạt"). The Sở's TTHC and files with the usual
  codes, the fields' overdue parts in brackets (subject unchecked, level tỉnh), "97,88% (quý II năm 2025: 95,12%),
  tăng 2,76 điểm phần trăm", payment with "chỉ tiêu UBND tỉnh giao năm 2025 là 90% … đã đạt" (target 2025-12-31),
  "412,6 triệu đồng"; the Sở's 766 result of tháng 9/2025 (the period's last month: period end) `90,18/100`, `3/18`
  "(tháng 8/2025: 87,64 điểm, xếp thứ 6/18), tăng 2,54 điểm và tăng 3 bậc" (previous 2025-08-31); the province
  `85,36/100`, `11/34`. Task 1's "UBND 08 xã" a count repeated; task 2's "của tỉnh đạt tối thiểu 95% kế hoạch vốn
  trong quý IV năm 2025" the province's target (2025-12-31). Six deadlines: day, quarter (with the target), "chậm
  nhất ngày hai mươi tháng 11 năm 2025" (day in words), month, year in a request "Đề nghị Sở Khoa học và Công nghệ …",
  "trước ngày 22 hằng tháng" (issued 08/10/2025: first 22/10/2025).
- 656 is a half-year Báo cáo of the Sở Nông nghiệp và Môi trường tỉnh Quảng Trị (merged with Quảng Bình; header
  "UBND TỈNH QUẢNG TRỊ / SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", number "1862/BC-SNNMT", signed by a deputy director), 6 tháng
  đầu năm 2026, issued 08/7/2026. "386 TTHC thuộc 24 lĩnh vực, trong đó lĩnh vực đất đai 46 TTHC, …" (the fields'
  parts: subject unchecked, level tỉnh), "214 TTHC … (chiếm 55,44%) và 172 TTHC", "05 quyết định … 64 TTHC" (UBND
  tỉnh's: subject and level unchecked). Files "48.612 hồ sơ (cùng kỳ năm 2025, cộng gộp của hai tỉnh Quảng Bình và
  Quảng Trị trước sắp xếp: 41.926 hồ sơ), tăng 6.686 hồ sơ, tương ứng tăng 15,95%" (the predecessors' sum: subject
  unchecked, level tỉnh, files code, 2025-06-30, as golden/blind112.py's 637), the channels (direct files the direct
  channel's code), settled, on time, overdue, pending. A TAB-SEPARATED TABLE BY FIELD "STT  Lĩnh vực  Tiếp nhận (hồ
  sơ)  Trực tuyến (hồ sơ)  Tỷ lệ trực tuyến (%)  Đúng hạn (%)  Quá hạn (hồ sơ)": fields subject unchecked, level
  tỉnh (received and online counts code unchecked; shares and overdue files the codes of their columns), "Các lĩnh
  vực còn lại" likewise, "Tổng cộng" with an empty STT the Sở (every column's code). The land field's "61,75%; so với
  chỉ tiêu UBND tỉnh giao năm 2026 cho lĩnh vực đất đai là 65% thì chưa đạt" (the share level tỉnh with the target and
  status; the target subject and level unchecked, 2026-12-31, as golden/blind108.py's 618), "(54,71%)". NEW:
  LAND-USE CERTIFICATES BY ISSUER: "Văn phòng Đăng ký đất đai và các chi nhánh đã cấp 17.718 giấy chứng nhận" (as
  written, level tỉnh), "UBND các xã, phường, đặc khu cấp lần đầu 4.128 giấy chứng nhận" (as written, level xã), the
  province's "21.846 giấy chứng nhận … 12.406 … 56,79%; 100% …" (subject NULL), "6,4 ngày/hồ sơ, rút ngắn 1,8 ngày …
  (8,2 ngày)" of one procedure (subject unchecked, level tỉnh; previous 2025-06-30). "78 đơn vị hành chính cấp xã (69
  xã, 8 phường, 01 đặc khu)", the land database "68/78 xã, phường, đặc khu với 1.842.615 thửa đất … 1.206.418 thửa
  đất …, chiếm 65,47%" (a system: subject and level unchecked). Payment, digitisation, e-results, reuse, PAKN "46 …
  44 … 95,65% … 02". The Sở named in full: its half-year average `82,46/100`, `14/19`, "thấp hơn bình quân khối sở,
  ban, ngành (86,12 điểm) là 3,66 điểm" (the block average subject unchecked, level tỉnh; the gap the Sở's negative
  change); the province `83,74/100`, `18/34`. "còn 10 xã" and task 2's "cho 10 xã" (level xã); task 2's "tỷ lệ thửa
  đất của tỉnh … đạt tối thiểu 75% trong quý III năm 2026" the province's target (2026-09-30). Six deadlines: day,
  quarter (with the target), "chậm nhất ngày hai mươi tháng 8 năm 2026" (day in words), month, year in a request "Đề
  nghị UBND các xã, phường, đặc khu …", "trước ngày 18 hằng tháng" (issued 08/7/2026: first 18/7/2026).
- 657 is a monthly Báo cáo of the Công an tỉnh Tuyên Quang (merged with Hà Giang; header "BỘ CÔNG AN / CÔNG AN TỈNH
  TUYÊN QUANG", number "1846/BC-CAT-PC06", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Đại tá Nông Văn Hưng"), tháng 11 năm
  2025, issued 03/12/2025. The Công an tỉnh's "168 TTHC … 116 TTHC … 41 TTHC (chiếm 93,45% số TTHC)" (the share of
  both kinds: code unchecked), "124 đơn vị hành chính cấp xã (117 xã, 7 phường); Công an 124/124 xã, phường" (the
  count `xã`, subject unchecked), files "46.218 hồ sơ (tháng 10/2025: 42.906 hồ sơ), tăng 3.312 hồ sơ" (previous
  2025-10-31) with the usual codes. A MARKDOWN TABLE BY SERVICE "STT | Dịch vụ công | Tiếp nhận (hồ sơ) | Trực tuyến
  (hồ sơ) | Tỷ lệ trực tuyến (%) | Tháng 10/2025 (%)": residence, accommodation notices, vehicles, passports (who
  handles each, the Công an tỉnh or the commune police, the table does not say: subject and level unchecked; counts
  code unchecked, shares the online code; "100" cells are figures), the last column the previous month's share (a
  column dated 2025-10-31, kind value), "Cộng" with an empty STT the six services only (subject unchecked). After it
  "tăng 3,89 điểm phần trăm … thấp hơn tỷ lệ chung của các dịch vụ thiết yếu 27,04 điểm phần trăm" (the service's
  changes in `%`, the second negative). NEW: VNeID ACCOUNTS BY LEVEL: the Công an tỉnh's month "8.412 hồ sơ … mức độ
  2, kích hoạt thành công 7.936 tài khoản, đạt 94,34% số hồ sơ thu nhận" (accounts code on the count, the share of
  applications code unchecked, as golden/blind104.py's 595), "21.406 thẻ căn cước, trong đó 4.218 thẻ"; the
  province's accumulated "1.126.418 tài khoản … trong đó tài khoản mức độ 1 là 186.204 tài khoản, tài khoản mức độ 2
  là 940.214 tài khoản; đạt 86,72% dân số từ đủ 14 tuổi trở lên (1.298.915 người); so với chỉ tiêu năm 2025 là 90%
  thì chưa đạt" (subject NULL; the total and share the accounts code, the levels' parts code unchecked; "mức độ 1",
  "mức độ 2" no figures; the target dated 2025-12-31, after the period end), the lowest communes in brackets (as
  written, level xã, accounts code). "Sở Tư pháp tiếp nhận 2.418 hồ sơ … qua VNeID, chiếm 78,35% … (3.086 hồ sơ)" (as
  written, level tỉnh), "36/38 cơ sở khám bệnh … 2.614 giấy khám sức khỏe" (subject and level unchecked). PAKN "18 …
  18/18"; "Theo kết quả đánh giá tháng 10/2025 (công bố ngày 12/11/2025), Công an tỉnh đạt 88,64/100 điểm, xếp thứ
  4/21 … (tháng 9/2025: 86,92 điểm, xếp thứ 7/21), tăng 1,72 điểm và tăng 3 bậc. Cùng kỳ đánh giá, tỉnh Tuyên Quang
  đạt 81,46/100 điểm, xếp thứ 24/34" — dated 2025-10-31 as golden/blind112.py's 638 (previous 2025-09-30). "Còn 14
  xã" and task 5's "cho 14 xã" (level xã); task 2's "nâng tỷ lệ kích hoạt của mỗi xã đạt tối thiểu 70% trong quý I
  năm 2026" each named commune's target (subject unchecked, level xã, accounts code, 2026-03-31). Six deadlines: day,
  quarter (with the target) for three named communes' police, "chậm nhất ngày hai mươi lăm tháng 12 năm 2025" (day in
  words), month and year in requests "Đề nghị Sở Y tế …", "Đề nghị Sở Khoa học và Công nghệ …", "trước ngày 25 hằng
  tháng" (issued 03/12/2025: first 25/12/2025).
- 658 is an annual Báo cáo of the Bảo hiểm xã hội tỉnh Vĩnh Long (merged with Bến Tre and Trà Vinh; header "BẢO HIỂM
  XÃ HỘI VIỆT NAM / BẢO HIỂM XÃ HỘI TỈNH VĨNH LONG", number "86/BC-BHXH"), năm 2025, issued 12/01/2026, to two
  addressees in a dash list. The office's files "428.615 hồ sơ, trong đó 412.846 hồ sơ giao dịch điện tử, chiếm
  96,32%; so với năm 2024 (cộng gộp của ba tỉnh trước sắp xếp: 386.204 hồ sơ) tăng 42.411 hồ sơ, tương ứng tăng
  10,98%" (the e-transaction share is not the 766 online share: codes unchecked; the predecessors' sum subject
  unchecked, level tỉnh, dated 2024-12-31), "đúng hạn đạt 99,86%" (on-time code, as golden/blind79.py's 472), "25
  dịch vụ công trực tuyến" (`dịch vụ`), "186.412 hồ sơ, tăng 24,6%", the kinds in a dash list (subject unchecked,
  level tỉnh). Employers "12.418/12.418 đơn vị sử dụng lao động …, đạt 100%" (not bodies of the province: subject
  and level unchecked), the former provinces' areas after "lần lượt là", "18 đơn vị Bảo hiểm xã hội cơ sở" (level
  unchecked: offices below the province but not communes), the best and worst "Bảo hiểm xã hội cơ sở Mỏ Cày
  (98,86%)" (as written, level unchecked), the VssID app's accounts (an app: subject and level unchecked). NEW: THE
  PROVINCE'S PARTICIPANTS AGAINST TWO TARGETS: "27,12%, so với chỉ tiêu Nghị quyết HĐND tỉnh giao năm 2025 là 26% thì
  đạt chỉ tiêu" and "93,48% dân số, chưa đạt chỉ tiêu năm 2025 (94,5%)" (subject NULL, targets at the period end, the
  second in brackets after the status). NEW: CASHLESS PAYMENTS: the province's pensioners "68.412 người … 52.846
  người …, chiếm 77,25%, tăng 8,36 điểm phần trăm so với năm 2024 (68,89%)" (subject NULL, previous 2024-12-31), the
  office's own "18.615 người … 18.507 người …, đạt 99,42% … 4.862,4 tỷ đồng". Đề án 06: "3.912.406/3.946.208 người
  …, đạt 99,14%; còn 33.802 trường hợp" (one count with its base), "41.206 người", the clinics "86/86 cơ sở …
  2.846.215 lượt, chiếm 86,42% … (3.293.468 lượt)" (subject and level unchecked). PAKN "214 … 211 … 98,60% … 03",
  satisfaction "92,46%" (the satisfaction code), "xếp thứ 6/34 Bảo hiểm xã hội tỉnh, thành phố về chỉ số giao dịch
  điện tử (năm 2024, Bảo hiểm xã hội tỉnh Vĩnh Long trước sắp xếp xếp thứ 19/63)" (not the 766 ranking: code
  unchecked; the former office's rank a previous value dated 2024-12-31, subject and level unchecked). Task 1's
  "tỷ lệ bao phủ bảo hiểm y tế toàn tỉnh đạt tối thiểu 95% trong năm 2026" the province's target (2026-12-31); task
  3's "33.802 trường hợp" a count repeated. Six deadlines: year (with the target), day for a named Bảo hiểm xã hội
  cơ sở, "chậm nhất ngày mười lăm tháng 02 năm 2026" (day in words), quarter, month in a request "Đề nghị Sở Y tế …",
  "trước ngày 20 hằng tháng" (issued 12/01/2026: first 20/01/2026).
- 659 is a CÔNG VĂN OF A DISTRICT-LEVEL TAX OFFICE BEFORE THE 2025 REORGANISATION (doc_type "Công văn"): the Chi cục
  Thuế khu vực Tam Đường - Phong Thổ (header "CỤC THUẾ TỈNH LAI CHÂU / CHI CỤC THUẾ KHU VỰC TAM ĐƯỜNG - PHONG THỔ",
  number "42/CCTKV-NVDT", a "V/v" line naming the month, no title, signed "KT. CHI CỤC TRƯỞNG / PHÓ CHI CỤC
  TRƯỞNG"), to the Cục Thuế tỉnh, tháng 01 năm 2025, issued 06/02/2025, ranks /63. NEW: A BODY COVERING TWO DISTRICTS:
  as a district's own report, the office's own figures ("Chi cục quản lý …", "Chi cục tiếp nhận …", "do Chi cục quản
  lý") are the issuer, `Chi cục Thuế khu vực Tam Đường - Phong Thổ`, level huyện (its name holds the places it
  covers, which are not the province: kept whole); "huyện Tam Đường là 1.846 hộ, của huyện Phong Thổ là 2.000 hộ"
  the districts as written (level huyện); the two districts' parts after "lần lượt là" level huyện, subject
  unchecked. The office's "06 đội thuế với 48 công chức", taxpayers "412 doanh nghiệp … 3.846 hộ kinh doanh, trong đó
  2.918 hộ … và 928 hộ" (`hộ`), returns "1.286 tờ khai … 1.279 tờ khai …, đạt 99,46%; … 1.214 tờ khai, chiếm 94,40%"
  (`tờ khai`, codes unchecked). The taxpayers' own behaviour (e-payment "408/412 doanh nghiệp … 99,03%; 2.146 hộ …
  55,80%", "17,96 tỷ đồng, chiếm 96,35%", eTax Mobile accounts, e-invoices "398 doanh nghiệp và 612 hộ … 46.218 hóa
  đơn, tăng 3.412 hóa đơn so với tháng 12/2024 (42.806 hóa đơn) … 8.412 hóa đơn, chiếm 18,20%", cash registers "86 hộ
  …, tăng 24 hộ …, đạt 57,33% chỉ tiêu Cục Thuế giao năm 2025 (150 hộ)") is no body's: subject and level unchecked;
  the 150 hộ a target written as a count dated 2025-12-31, previous values 2024-12-31. The office's revenue "18,64 tỷ
  đồng, đạt 9,82% dự toán năm 2025 (189,8 tỷ đồng), tăng 12,4%" (the dự toán a target in money, 2025-12-31), the taxes
  in a dash list, "nợ thuế … 6,18 tỷ đồng, giảm 0,42 tỷ đồng" (negative), TTHC "642 … 618 …, chiếm 96,26%; …
  642/642 hồ sơ" (files, online and on-time codes), "1,2 ngày/hồ sơ" (the time code), refunds "03 hồ sơ … 0,86 tỷ
  đồng", "04 hội nghị … 286 lượt", its rank "2/5 Chi cục Thuế" (not the 766 ranking: code unchecked); "Theo kết quả
  Bộ chỉ số 766 tháng 12/2024, tỉnh Lai Châu đạt 79,86/100 điểm, xếp thứ 41/63" dated 2024-12-31. "Còn 1.700 hộ"
  (subject and level unchecked); task b)'s "nâng số hộ sử dụng trên địa bàn huyện Phong Thổ đạt tối thiểu 60 hộ trong
  quý I năm 2025" a target as a count (`hộ`, level huyện, subject unchecked, 2025-03-31). Six deadlines: day, quarter
  (with the target), "chậm nhất ngày hai mươi tám tháng 02 năm 2025" (day in words), month in lettered items a)–d),
  year in an unnumbered request "Đề nghị UBND huyện Tam Đường và UBND huyện Phong Thổ …" (the assignee both bodies),
  "trước ngày 05 hằng tháng" in an unnumbered line (issued 06/02/2025, after the 5th: first 05/3/2025).

Unsure readings (fields left `ANY`): the subject of the file rows of 655's table (the Sở's files or the province's
registrations); the projects of 655 (approved by UBND tỉnh on the Sở's advice); who handles each service in 657's
table; the subject of every former provinces' or predecessors' sum; the employers, clinics and the VssID app in 658;
the taxpayers' e-payment and e-invoice figures in 659 (the taxpayers' or the office's results); the codes of the
e-transaction share and the files received through the national portal in 658 (the 766 online code would also be
defensible). 659's subject is a decision: `Chi cục Thuế khu vực` alone (the body's kind) would be the reading by
analogy with `Thuế tỉnh`, but a district-level body's own report takes the issuer as named, and the name's places are
not the province's.
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
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_XA = {"subject": ANY, "level": "xã"}
_IN_HUYEN = {"subject": ANY, "level": "huyện"}
_CAP_XA = {"subject": "cấp xã", "level": "xã"}

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


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty STT cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


# ------------------------------------------------------------ 655: Sở Tài chính tỉnh Ninh Bình, quý III năm 2025
_STC = "Sở Tài chính"
_stc = _by(_STC, "tỉnh")
_JUN_2025 = "2025-06-30"
_Y2025 = "2025-12-31"

# (STT, row label, unit cell, July, August, September, quarter); rows 1-2 the province's, rows 3-5 files
_MONTHS_655 = [
    ("1", "Doanh nghiệp thành lập mới", "doanh nghiệp", "402 431 453 1.286"),
    ("2", "Vốn đăng ký", "tỷ đồng", "4.618,2 4.926,7 5.317,6 14.862,5"),
    ("3", "Hồ sơ đăng ký doanh nghiệp", "hồ sơ", "1.486 1.512 1.620 4.618"),
    ("4", "Hồ sơ nộp qua mạng", "hồ sơ", "1.480 1.508 1.614 4.602"),
    ("5", "Tỷ lệ nộp qua mạng", "%", "99,60 99,74 99,63 99,65"),
]
_MONTH_ENDS_655 = ("2025-07-31", "2025-08-31", "period", "period")


def _months_655() -> list[Fact]:
    """Bảng 1 (Markdown, months as columns): each row's unit from its "Đơn vị tính" cell; the columns "Tháng 7/2025"
    and "Tháng 8/2025" dated at their months' ends (kind value), "Tháng 9/2025" and "Quý III/2025" at the period end.
    The table is titled "trên địa bàn tỉnh": the enterprises and capital rows are the province's (subject NULL); the
    file rows (the registration files the Sở receives from the whole province) leave subject and level unchecked;
    codes unchecked (one field's files)."""
    facts = []
    for i, (stt, name, unit, raws) in enumerate(_MONTHS_655):
        values = raws.split()
        line = _md_line((stt, name, unit, *values))
        after = f"| {_MONTHS_655[i + 1][0]} | {_MONTHS_655[i + 1][1]}" if i + 1 < len(_MONTHS_655) else "\n3. Đăng ký"
        who = (None, None) if stt in ("1", "2") else (ANY, ANY)
        facts += _cells(line, " | ", after, *who,
                        [(raw, unit, P, ANY, as_of, None) for raw, as_of in zip(values, _MONTH_ENDS_655, strict=True)])
    return facts


BLIND_655 = [
    # I.1 the province's new enterprises (1290/QĐ-UBND, 168/KH-UBND cited; "ba tỉnh" in words); quý II dated
    # 2025-06-30, the three former provinces' sum (subject and level unchecked)
    F("toàn tỉnh có 1.286 doanh nghiệp", "1.286", 1286, "doanh nghiệp", C, code=ANY),
    F("vốn đăng ký 14.862,5 tỷ đồng", "14.862,5", 14862.5, "tỷ đồng", code=ANY),
    F("trước sắp xếp: 1.158 doanh nghiệp", "1.158", 1158, "doanh nghiệp", PR, as_of=_JUN_2025, code=ANY, **_OPEN),
    F("tăng 128 doanh nghiệp", "128", 128, "doanh nghiệp", CH, code=ANY),
    F("tăng 11,05%", "11,05%", 11.05, "%", CH, code=ANY),
    F("bình quân đạt 11,56 tỷ đồng", "11,56", 11.56, "tỷ đồng", code=ANY),
    F("có 412 doanh nghiệp", "412", 412, "doanh nghiệp", C, code=ANY),
    F("hoạt động, 386 doanh nghiệp", "386", 386, "doanh nghiệp", C, code=ANY),
    F("và 148 doanh nghiệp", "148", 148, "doanh nghiệp", C, code=ANY),
    # the former provinces' areas (dash list: subject and level unchecked)
    F("cũ: 468 doanh nghiệp", "468", 468, "doanh nghiệp", C, code=ANY, **_OPEN),
    F("chiếm 36,39%", "36,39%", 36.39, "%", code=ANY, **_OPEN),
    F("cũ: 512 doanh nghiệp", "512", 512, "doanh nghiệp", C, code=ANY, **_OPEN),
    F("chiếm 39,81%", "39,81%", 39.81, "%", code=ANY, **_OPEN),
    F("cũ: 306 doanh nghiệp", "306", 306, "doanh nghiệp", C, code=ANY, **_OPEN),
    F("chiếm 23,79%", "23,79%", 23.79, "%", code=ANY, **_OPEN),
    # I.2 the Sở's registration files (one field: codes unchecked; "mức độ 2" no figure); quý II dated 2025-06-30
    _stc("Sở tiếp nhận 4.618 hồ sơ", "4.618", 4618, "hồ sơ", C, code=ANY),
    _stc("trong đó 4.602 hồ sơ", "4.602", 4602, "hồ sơ", C, code=ANY),
    _stc("đạt 99,65%", "99,65%", 99.65, "%", code=ANY),
    _stc("là 3.846 hồ sơ", "3.846", 3846, "hồ sơ", C, code=ANY),
    _stc("chiếm 83,57%", "83,57%", 83.57, "%", code=ANY),
    _stc("còn lại 756 hồ sơ", "756", 756, "hồ sơ", C, code=ANY),
    _stc("hạn 4.589/4.602 hồ sơ", "4.589/4.602", 4589, "hồ sơ", C, max_value=4602, code=ANY),
    _stc("đạt 99,72%", "99,72%", 99.72, "%", code=ANY),
    _stc("; 13 hồ sơ", "13", 13, "hồ sơ", C, code=ANY),
    _stc("bình quân 1,6 ngày", "1,6", 1.6, "ngày", code=ANY),
    _stc("rút ngắn 0,4 ngày", "0,4", -0.4, "ngày", CH, code=ANY),
    _stc("(2,0 ngày)", "2,0", 2.0, "ngày", PR, as_of=_JUN_2025, code=ANY),
    # Bảng 1 (Markdown, by month)
    *_months_655(),
    # I.3 household businesses registered by the communes
    F("có 129 đơn vị", "129", 129, "đơn vị", C, code=None, **_CAP_XA),
    F("(97 xã", "97", 97, "xã", C, code=None, **_IN_XA),
    F("32 phường)", "32", 32, "phường", C, code=None, **_IN_XA),
    F("cấp mới 3.214 giấy", "3.214", 3214, "giấy chứng nhận", C, subject="UBND các xã, phường", level="xã", code=ANY),
    F("trong đó 2.418 hồ sơ", "2.418", 2418, "hồ sơ", C, subject="UBND các xã, phường", level="xã", code=ANY),
    F("chiếm 75,23%", "75,23%", 75.23, "%", subject="UBND các xã, phường", level="xã", code=ANY),
    F("Có 121/129 xã", "121/129", 121, "xã", C, max_value=129, code=None, **_IN_XA),
    F("còn 08 xã", "08", 8, "xã", C, code=None, **_IN_XA),
    # II. investment: projects approved by UBND tỉnh on the Sở's advice (subject and level unchecked)
    F("cho 38 dự án", "38", 38, "dự án", C, code=ANY, **_OPEN),
    F("vốn đăng ký 21.646,8", "21.646,8", 21646.8, "tỷ đồng", code=ANY, **_OPEN),
    F("trong đó 06 dự án", "06", 6, "dự án", C, code=ANY, **_OPEN),
    F("186,4 triệu USD", "186,4", 186.4, "triệu USD", code=ANY, **_OPEN),
    F("cho 24 dự án", "24", 24, "dự án", C, code=ANY, **_OPEN),
    # the province's public investment ("Đến ngày 30/9/2025" a data date): the year's capital plan a target in money
    # dated 2025-12-31 (as golden/blind79.py's 473 "dự toán"), the quarter's target at the period end
    F("được 6.418,2 tỷ đồng", "6.418,2", 6418.2, "tỷ đồng", code=ANY),
    F("đạt 58,34%", "58,34%", 58.34, "%", code=ANY, target=60, stated_status="chưa đạt"),
    F("(11.001,4 tỷ đồng)", "11.001,4", 11001.4, "tỷ đồng", T, as_of=_Y2025, code=ANY),
    F("quý III là 60%", "60%", 60, "%", T, code=ANY),
    # III. the Sở's TTHC and files
    _stc("thực hiện 142 TTHC", "142", 142, "TTHC", C, code=_TTHC),
    _stc("thuộc 11 lĩnh vực", "11", 11, "lĩnh vực", C, code=None),
    _stc("trong đó 118 TTHC", "118", 118, "TTHC", C, code=_TOAN),
    _stc("và 24 TTHC", "24", 24, "TTHC", C, code=_MOT),
    _stc("tiếp nhận 6.126 hồ sơ", "6.126", 6126, "hồ sơ", C, code=_TN),
    _stc("giải quyết 5.984 hồ sơ", "5.984", 5984, "hồ sơ", C, code=ANY),
    _stc("đúng hạn 5.962 hồ sơ", "5.962", 5962, "hồ sơ", C, code=_DH),
    _stc("đạt 99,63%", "99,63%", 99.63, "%", code=_DH),
    _stc("quá hạn 22 hồ sơ", "22", 22, "hồ sơ", C, code=_QH),
    _stc("chiếm 0,37%", "0,37%", 0.37, "%", code=_QH),
    F("Việt Nam 9 hồ sơ", "9", 9, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("công sản 13 hồ sơ", "13", 13, "hồ sơ", C, code=ANY, **_IN_TINH),
    _stc("đang giải quyết 142 hồ sơ", "142", 142, "hồ sơ", C, code=ANY),
    _stc("Sở đạt 97,88%", "97,88%", 97.88, "%", code=_NOP),
    _stc("(quý II năm 2025: 95,12%)", "95,12%", 95.12, "%", PR, as_of=_JUN_2025, code=_NOP),
    _stc("tăng 2,76 điểm", "2,76", 2.76, "%", CH, code=ANY),
    _stc("Có 1.246 hồ sơ", "1.246", 1246, "hồ sơ", C, code=ANY),
    _stc("trong đó 1.198 hồ sơ", "1.198", 1198, "hồ sơ", C, code=_TT),
    _stc("đạt 96,15%", "96,15%", 96.15, "%", code=_TT, target=90, stated_status="đạt"),
    _stc("năm 2025 là 90%", "90%", 90, "%", T, as_of=_Y2025, code=_TT),
    _stc("là 412,6 triệu đồng", "412,6", 412.6, "triệu đồng", code=ANY),
    _stc("TTHC đạt 98,42%", "98,42%", 98.42, "%", code=_SH),
    _stc("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    # IV. the Sở's 766 result of tháng 9/2025 (the period's last month), tháng 8/2025 dated 2025-08-31; the province
    _stc("đạt 90,18/100", "90,18/100", 90.18, "điểm", max_value=100, code=_TONG),
    _stc("xếp thứ 3/18", "3/18", 3, "hạng", R, max_value=18, code=_HANG),
    _stc("(tháng 8/2025: 87,64", "87,64", 87.64, "điểm", PR, max_value=100, as_of="2025-08-31", code=_TONG),
    _stc("xếp thứ 6/18)", "6/18", 6, "hạng", PR, max_value=18, as_of="2025-08-31", code=_HANG),
    _stc("tăng 2,54 điểm", "2,54", 2.54, "điểm", CH, code=_TONG),
    _stc("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("đạt 85,36/100", "85,36/100", 85.36, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 11/34", "11/34", 11, "hạng", R, max_value=34, code=_HANG),
    # VI. a count repeated in task 1; task 2's target for the province in quý IV (address, phone no figures)
    F("UBND 08 xã", "08", 8, "xã", C, code=None, **_IN_XA),
    F("tối thiểu 95%", "95%", 95, "%", T, as_of=_Y2025, code=ANY),
]

# ------------------------------------------------------------ 656: Sở NN&MT tỉnh Quảng Trị, 6 tháng đầu năm 2026
_SNN = "Sở Nông nghiệp và Môi trường"
_snn = _by(_SNN, "tỉnh")
_H1_2025 = "2025-06-30"
_Y2026 = "2026-12-31"
_XA_UB_656 = {"subject": "UBND các xã, phường, đặc khu", "level": "xã"}

_FIELDS_656 = [
    ("1", "Đất đai", "38.246 23.618 61,75 97,21 986"),
    ("2", "Môi trường", "1.426 1.412 99,02 99,58 6"),
    ("3", "Tài nguyên nước", "612 598 97,71 99,34 4"),
    ("4", "Trồng trọt và bảo vệ thực vật", "2.318 2.296 99,05 99,87 3"),
    ("5", "Chăn nuôi và thú y", "3.846 2.104 54,71 99,12 28"),
    ("6", "Các lĩnh vực còn lại", "2.164 1.458 67,38 99,30 15"),
    ("", "Tổng cộng", "48.612 31.486 64,77 97,78 1.042"),
]


def _fields_656() -> list[Fact]:
    """Bảng 1 (tab-separated, by field): received and online files (`hồ sơ`), online share, on-time share (`%`),
    overdue files. The fields are the Sở's (subject unchecked, level tỉnh): their received and online counts carry no
    checked code (one field's files), their shares and overdue files the codes of their columns; "Tổng cộng" with an
    empty STT is the Sở (it repeats the prose) with every column's code."""
    facts = []
    for i, (stt, name, raws) in enumerate(_FIELDS_656):
        received, online, share, on_time, overdue = raws.split()
        line = "\t".join([stt, name, received, online, share, on_time, overdue])
        after = f"{_FIELDS_656[i + 1][0]}\t{_FIELDS_656[i + 1][1]}" if i + 1 < len(_FIELDS_656) else "\nTỷ lệ hồ sơ"
        total = stt == ""
        subject, level = (_SNN, "tỉnh") if total else (ANY, "tỉnh")
        facts += _cells(line, "\t", after, subject, level, [
            (received, "hồ sơ", P, _TN if total else ANY, "period", None),
            (online, "hồ sơ", P, _NOP if total else ANY, "period", None),
            (share, "%", P, _NOP, "period", None), (on_time, "%", P, _DH, "period", None),
            (overdue, "hồ sơ", P, _QH, "period", None)])
    return facts


BLIND_656 = [
    # I. the Sở's TTHC (24/KH-UBND, 151/2025/NĐ-CP cited; "hai cấp" in words), the fields' parts
    _snn("thực hiện 386 TTHC", "386", 386, "TTHC", C, code=_TTHC),
    _snn("thuộc 24 lĩnh vực", "24", 24, "lĩnh vực", C, code=None),
    F("đất đai 46 TTHC", "46", 46, "TTHC", C, code=ANY, **_IN_TINH),
    F("môi trường 28 TTHC", "28", 28, "TTHC", C, code=ANY, **_IN_TINH),
    F("nước 21 TTHC", "21", 21, "TTHC", C, code=ANY, **_IN_TINH),
    _snn("Có 214 TTHC", "214", 214, "TTHC", C, code=_TOAN),
    _snn("(chiếm 55,44%)", "55,44%", 55.44, "%", code=_TOAN),
    _snn("và 172 TTHC", "172", 172, "TTHC", C, code=_MOT),
    F("ban hành 05 quyết định", "05", 5, "quyết định", C, code=None, **_OPEN),
    F("của 64 TTHC", "64", 64, "TTHC", C, code=ANY, **_OPEN),
    # II.1 files (cùng kỳ năm 2025 dated 2025-06-30: the two former provinces' sum, level tỉnh; "hai tỉnh" in words)
    _snn("tiếp nhận 48.612 hồ sơ", "48.612", 48612, "hồ sơ", C, code=_TN),
    F("trước sắp xếp: 41.926 hồ sơ", "41.926", 41926, "hồ sơ", PR, as_of=_H1_2025, code=_TN, **_IN_TINH),
    _snn("tăng 6.686 hồ sơ", "6.686", 6686, "hồ sơ", CH, code=ANY),
    _snn("tăng 15,95%", "15,95%", 15.95, "%", CH, code=ANY),
    _snn("trực tuyến 31.486 hồ sơ", "31.486", 31486, "hồ sơ", C, code=_NOP),
    _snn("chiếm 64,77%", "64,77%", 64.77, "%", code=_NOP),
    _snn("trực tiếp 15.318 hồ sơ", "15.318", 15318, "hồ sơ", C, code=_NTT),
    _snn("công ích 1.808 hồ sơ", "1.808", 1808, "hồ sơ", C, code=ANY),
    # II.2 settled, on time, overdue, pending
    _snn("giải quyết 46.904 hồ sơ", "46.904", 46904, "hồ sơ", C, code=ANY),
    _snn("đúng hạn 45.862 hồ sơ", "45.862", 45862, "hồ sơ", C, code=_DH),
    _snn("đạt 97,78%", "97,78%", 97.78, "%", code=_DH),
    _snn("quá hạn 1.042 hồ sơ", "1.042", 1042, "hồ sơ", C, code=_QH),
    _snn("chiếm 2,22%", "2,22%", 2.22, "%", code=_QH),
    _snn("giải quyết 1.708 hồ sơ", "1.708", 1708, "hồ sơ", C, code=ANY),
    # Bảng 1 (tab-separated, by field)
    *_fields_656(),
    # the land field's online share against its 2026 target (the field's: subject and level of the target unchecked)
    F("đất đai nộp trực tuyến đạt 61,75%", "61,75%", 61.75, "%", code=_NOP, target=65, stated_status="chưa đạt",
      **_IN_TINH),
    F("đất đai là 65%", "65%", 65, "%", T, as_of=_Y2026, code=ANY, **_OPEN),
    F("thấp nhất (54,71%)", "54,71%", 54.71, "%", code=_NOP, **_IN_TINH),
    # II.3 land-use certificates: the Văn phòng (named as written), the communes, the province's total
    F("chi nhánh đã cấp 17.718", "17.718", 17718, "giấy chứng nhận", C,
      subject="Văn phòng Đăng ký đất đai và các chi nhánh", level="tỉnh", code=ANY),
    F("lần đầu 4.128 giấy", "4.128", 4128, "giấy chứng nhận", C, code=ANY, **_XA_UB_656),
    F("tỉnh là 21.846 giấy", "21.846", 21846, "giấy chứng nhận", C, code=ANY),
    F("trong đó 12.406 giấy", "12.406", 12406, "giấy chứng nhận", C, code=ANY),
    F("chiếm 56,79%", "56,79%", 56.79, "%", code=ANY),
    F("; 100% giấy", "100%", 100, "%", code=ANY),
    F("đất đai là 6,4 ngày", "6,4", 6.4, "ngày", code=ANY, **_IN_TINH),
    F("rút ngắn 1,8 ngày", "1,8", -1.8, "ngày", CH, code=ANY, **_IN_TINH),
    F("(8,2 ngày)", "8,2", 8.2, "ngày", PR, as_of=_H1_2025, code=ANY, **_IN_TINH),
    # II.4 communes and the land database (a system: subject and level unchecked)
    F("có 78 đơn vị", "78", 78, "đơn vị", C, code=None, **_CAP_XA),
    F("(69 xã", "69", 69, "xã", C, code=None, **_IN_XA),
    F("8 phường", "8", 8, "phường", C, code=None, **_IN_XA),
    F("01 đặc khu)", "01", 1, "đặc khu", C, code=None, **_IN_XA),
    F("cho 68/78 xã", "68/78", 68, "xã", C, max_value=78, code=None, **_IN_XA),
    F("với 1.842.615 thửa đất", "1.842.615", 1842615, "thửa đất", C, code=ANY, **_OPEN),
    F("trong đó 1.206.418 thửa", "1.206.418", 1206418, "thửa đất", C, code=ANY, **_OPEN),
    F("chiếm 65,47%", "65,47%", 65.47, "%", code=ANY, **_OPEN),
    # II.5 payment, digitisation; II.6 PAKN
    _snn("Có 18.412 hồ sơ", "18.412", 18412, "hồ sơ", C, code=ANY),
    _snn("trong đó 12.846 hồ sơ", "12.846", 12846, "hồ sơ", C, code=_TT),
    _snn("đạt 69,77%", "69,77%", 69.77, "%", code=_TT),
    _snn("là 86,42 tỷ đồng", "86,42", 86.42, "tỷ đồng", code=ANY),
    _snn("Sở đạt 92,36%", "92,36%", 92.36, "%", code=_SH),
    _snn("điện tử đạt 88,14%", "88,14%", 88.14, "%", code=_KQ),
    _snn("số hóa đạt 41,28%", "41,28%", 41.28, "%", code=_TSD),
    _snn("tiếp nhận 46 PAKN", "46", 46, "PAKN", C, code=_PAKN_TN),
    _snn("xử lý 44 PAKN", "44", 44, "PAKN", C, code=ANY),
    _snn("đạt 95,65%", "95,65%", 95.65, "%", code=ANY),
    _snn("còn 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    # III. the Sở's average 766 result of the half-year, the block average, the gap; the province
    _snn("đạt 82,46/100", "82,46/100", 82.46, "điểm", max_value=100, code=_TONG),
    _snn("xếp thứ 14/19", "14/19", 14, "hạng", R, max_value=19, code=_HANG),
    F("(86,12 điểm)", "86,12", 86.12, "điểm", code=ANY, **_IN_TINH),
    _snn("là 3,66 điểm", "3,66", -3.66, "điểm", CH, code=ANY),
    F("đạt 83,74/100", "83,74/100", 83.74, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 18/34", "18/34", 18, "hạng", R, max_value=34, code=_HANG),
    # IV.-V. counts of communes; task 2's target for the province in quý III (address, phone no figures)
    F("còn 10 xã", "10", 10, "xã", C, code=None, **_IN_XA),
    F("cho 10 xã", "10", 10, "xã", C, code=None, **_IN_XA),
    F("tối thiểu 75%", "75%", 75, "%", T, as_of="2026-09-30", code=ANY),
]

# ------------------------------------------------------------ 657: Công an tỉnh Tuyên Quang, tháng 11 năm 2025
_cat = _by("Công an tỉnh", "tỉnh")
_OCT_2025 = "2025-10-31"
_SEP_2025 = "2025-09-30"
_STP = {"subject": "Sở Tư pháp", "level": "tỉnh"}

_SERVICES_657 = [
    ("1", "Đăng ký thường trú", "3.846 3.712 96,52 95,18"),
    ("2", "Đăng ký tạm trú", "5.214 5.098 97,78 96,84"),
    ("3", "Thông báo lưu trú", "21.486 21.486 100 100"),
    ("4", "Đăng ký xe mô tô, xe gắn máy", "6.318 4.126 65,31 61,42"),
    ("5", "Đăng ký xe ô tô", "1.124 846 75,27 72,06"),
    ("6", "Cấp hộ chiếu phổ thông", "1.842 1.516 82,30 80,96"),
    ("", "Cộng", "39.830 36.784 92,35 91,12"),
]


def _services_657() -> list[Fact]:
    """Bảng 1 (Markdown, by service): received and online files (`hồ sơ`, codes unchecked: one service's files), the
    online share (the online code, as a field's share) and the column "Tháng 10/2025 (%)" (the previous month's share:
    a column dated 2025-10-31, kind value). Who handles each service (the Công an tỉnh or the commune police) the
    table does not say: subject and level unchecked, also for "Cộng" (the six services only, not the Công an's
    total)."""
    facts = []
    for i, (stt, name, raws) in enumerate(_SERVICES_657):
        received, online, share, before = raws.split()
        line = _md_line((stt, name, received, online, share, before))
        if i + 1 < len(_SERVICES_657):
            after = _md_line(_SERVICES_657[i + 1][:2]).rsplit(" |", 1)[0]
        else:
            after = "\nDịch vụ đăng ký xe"
        facts += _cells(line, " | ", after, ANY, ANY, [
            (received, "hồ sơ", P, ANY, "period", None), (online, "hồ sơ", P, ANY, "period", None),
            (share, "%", P, _NOP, "period", None), (before, "%", P, _NOP, _OCT_2025, None)])
    return facts


BLIND_657 = [
    # I.1 the Công an tỉnh's TTHC (312/KH-UBND cited), the communes and their police
    _cat("thực hiện 168 TTHC", "168", 168, "TTHC", C, code=_TTHC),
    _cat("trong đó 116 TTHC", "116", 116, "TTHC", C, code=_TOAN),
    _cat("và 41 TTHC", "41", 41, "TTHC", C, code=_MOT),
    _cat("(chiếm 93,45%", "93,45%", 93.45, "%", code=ANY),
    F("có 124 đơn vị", "124", 124, "đơn vị", C, code=None, **_CAP_XA),
    F("(117 xã", "117", 117, "xã", C, code=None, **_IN_XA),
    F("7 phường)", "7", 7, "phường", C, code=None, **_IN_XA),
    F("Công an 124/124 xã", "124/124", 124, "xã", C, max_value=124, code=None, **_IN_XA),
    # I.2 files (tháng 10/2025 dated 2025-10-31)
    _cat("tiếp nhận 46.218 hồ sơ", "46.218", 46218, "hồ sơ", C, code=_TN),
    _cat("(tháng 10/2025: 42.906", "42.906", 42906, "hồ sơ", PR, as_of=_OCT_2025, code=_TN),
    _cat("tăng 3.312 hồ sơ", "3.312", 3312, "hồ sơ", CH, code=ANY),
    _cat("trực tuyến 39.874 hồ sơ", "39.874", 39874, "hồ sơ", C, code=_NOP),
    _cat("chiếm 86,27%", "86,27%", 86.27, "%", code=_NOP),
    _cat("giải quyết 45.612 hồ sơ", "45.612", 45612, "hồ sơ", C, code=ANY),
    _cat("đúng hạn 45.589 hồ sơ", "45.589", 45589, "hồ sơ", C, code=_DH),
    _cat("đạt 99,95%", "99,95%", 99.95, "%", code=_DH),
    _cat("quá hạn 23 hồ sơ", "23", 23, "hồ sơ", C, code=_QH),
    # Bảng 1 (Markdown, by service) and the motorbike service's gaps after it (subject and level unchecked)
    *_services_657(),
    F("tăng 3,89 điểm", "3,89", 3.89, "%", CH, code=ANY, **_OPEN),
    F("hơn tỷ lệ chung của các dịch vụ thiết yếu 27,04", "27,04", -27.04, "%", CH, code=ANY, **_OPEN),
    # I.3 payment
    _cat("Có 12.614 hồ sơ", "12.614", 12614, "hồ sơ", C, code=ANY),
    _cat("trong đó 10.846 hồ sơ", "10.846", 10846, "hồ sơ", C, code=_TT),
    _cat("đạt 85,98%", "85,98%", 85.98, "%", code=_TT),
    _cat("là 3,84 tỷ đồng", "3,84", 3.84, "tỷ đồng", code=ANY),
    # II.1 the Công an tỉnh's applications, accounts and cards ("mức độ 2", "dưới 6 tuổi" no figures)
    _cat("thu nhận 8.412 hồ sơ", "8.412", 8412, "hồ sơ", C, code=ANY),
    _cat("thành công 7.936 tài khoản", "7.936", 7936, "tài khoản", C, code=_TK),
    _cat("đạt 94,34%", "94,34%", 94.34, "%", code=ANY),
    _cat("cấp 21.406 thẻ", "21.406", 21406, "thẻ", C, code=ANY),
    _cat("trong đó 4.218 thẻ", "4.218", 4218, "thẻ", C, code=ANY),
    # II.2 the province's accounts ("Lũy kế đến ngày 30/11/2025" a data date; "mức độ 1", "mức độ 2", "từ đủ 14
    # tuổi" no figures); the 2025 target after the period end; the lowest communes in brackets
    F("có 1.126.418 tài khoản", "1.126.418", 1126418, "tài khoản", C, code=_TK),
    F("mức độ 1 là 186.204", "186.204", 186204, "tài khoản", C, code=ANY),
    F("mức độ 2 là 940.214", "940.214", 940214, "tài khoản", C, code=ANY),
    F("đạt 86,72%", "86,72%", 86.72, "%", code=_TK, target=90, stated_status="chưa đạt"),
    F("(1.298.915 người)", "1.298.915", 1298915, "người", C, code=ANY),
    F("năm 2025 là 90%", "90%", 90, "%", T, as_of="2025-12-31", code=_TK),
    F("Lũng Cú (58,46%)", "58,46%", 58.46, "%", subject="xã Lũng Cú", level="xã", code=_TK),
    F("Sơn Vĩ (60,12%)", "60,12%", 60.12, "%", subject="xã Sơn Vĩ", level="xã", code=_TK),
    F("Mậu Duệ (61,08%)", "61,08%", 61.08, "%", subject="xã Mậu Duệ", level="xã", code=_TK),
    # II.3 VNeID services: the Sở Tư pháp named in full; the clinics (subject and level unchecked)
    F("tiếp nhận 2.418 hồ sơ", "2.418", 2418, "hồ sơ", C, code=ANY, **_STP),
    F("chiếm 78,35%", "78,35%", 78.35, "%", code=ANY, **_STP),
    F("(3.086 hồ sơ)", "3.086", 3086, "hồ sơ", C, code=ANY, **_STP),
    F("36/38 cơ sở", "36/38", 36, "cơ sở", C, max_value=38, code=ANY, **_OPEN),
    F("với 2.614 giấy", "2.614", 2614, "giấy", C, code=ANY, **_OPEN),
    # III. PAKN; the 766 results of tháng 10/2025 (dated 2025-10-31; tháng 9/2025 dated 2025-09-30)
    _cat("tiếp nhận 18 PAKN", "18", 18, "PAKN", C, code=_PAKN_TN),
    _cat("hạn 18/18 PAKN", "18/18", 18, "PAKN", C, max_value=18, code=ANY),
    _cat("đạt 88,64/100", "88,64/100", 88.64, "điểm", max_value=100, as_of=_OCT_2025, code=_TONG),
    _cat("xếp thứ 4/21", "4/21", 4, "hạng", R, max_value=21, as_of=_OCT_2025, code=_HANG),
    _cat("(tháng 9/2025: 86,92", "86,92", 86.92, "điểm", PR, max_value=100, as_of=_SEP_2025, code=_TONG),
    _cat("xếp thứ 7/21)", "7/21", 7, "hạng", PR, max_value=21, as_of=_SEP_2025, code=_HANG),
    _cat("tăng 1,72 điểm", "1,72", 1.72, "điểm", CH, as_of=_OCT_2025, code=_TONG),
    _cat("tăng 3 bậc", "3", 3, "hạng", CH, as_of=_OCT_2025, code=_HANG),
    F("đạt 81,46/100", "81,46/100", 81.46, "điểm", max_value=100, as_of=_OCT_2025, code=_TONG),
    F("xếp thứ 24/34", "24/34", 24, "hạng", R, max_value=34, as_of=_OCT_2025, code=_HANG),
    # IV.-V. counts of communes; task 2's target for each named commune (phone number, "PC06", "C06" no figures)
    F("Còn 14 xã", "14", 14, "xã", C, code=None, **_IN_XA),
    F("tối thiểu 70%", "70%", 70, "%", T, as_of="2026-03-31", code=_TK, **_IN_XA),
    F("cho 14 xã", "14", 14, "xã", C, code=None, **_IN_XA),
]

# ------------------------------------------------------------ 658: Bảo hiểm xã hội tỉnh Vĩnh Long, năm 2025
_bh = _by("Bảo hiểm xã hội tỉnh", "tỉnh")
_Y2024 = "2024-12-31"

BLIND_658 = [
    # I.1 the office's files (06/QĐ-TTg, 2846/KH-BHXH cited; "ba tỉnh" in words); năm 2024 the three former offices'
    # sum (subject unchecked, level tỉnh), dated 2024-12-31
    _bh("tiếp nhận 428.615 hồ sơ", "428.615", 428615, "hồ sơ", C, code=ANY),
    _bh("trong đó 412.846 hồ sơ", "412.846", 412846, "hồ sơ", C, code=ANY),
    _bh("chiếm 96,32%", "96,32%", 96.32, "%", code=ANY),
    F("trước sắp xếp: 386.204 hồ sơ", "386.204", 386204, "hồ sơ", PR, as_of=_Y2024, code=ANY, **_IN_TINH),
    _bh("tăng 42.411 hồ sơ", "42.411", 42411, "hồ sơ", CH, code=ANY),
    _bh("tăng 10,98%", "10,98%", 10.98, "%", CH, code=ANY),
    _bh("đúng hạn đạt 99,86%", "99,86%", 99.86, "%", code=_DH),
    _bh("bình quân 2,1 ngày", "2,1", 2.1, "ngày", code=ANY),
    # I.2 services on the national portal; the files by kind (dash list: the office's kinds, subject unchecked)
    _bh("cung cấp 25 dịch vụ", "25", 25, "dịch vụ", C, code=ANY),
    _bh("quốc gia 186.412 hồ sơ", "186.412", 186412, "hồ sơ", C, code=ANY),
    _bh("tăng 24,6%", "24,6%", 24.6, "%", CH, code=ANY),
    F("y tế: 96.418 hồ sơ", "96.418", 96418, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("thai sản: 21.604 hồ sơ", "21.604", 21604, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("một lần: 14.286 hồ sơ", "14.286", 14286, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("6 tuổi: 38.915 hồ sơ", "38.915", 38915, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("mai táng phí: 15.189 hồ sơ", "15.189", 15189, "hồ sơ", C, code=ANY, **_IN_TINH),
    # I.3 employers (subject and level unchecked), the former provinces' areas, the grass-roots offices
    F("Có 12.418/12.418 đơn vị", "12.418/12.418", 12418, "đơn vị", C, max_value=12418, code=ANY, **_OPEN),
    F("điện tử, đạt 100%", "100%", 100, "%", code=ANY, **_OPEN),
    F("lần lượt là 96,84%", "96,84%", 96.84, "%", code=ANY, **_OPEN),
    F("96,84%, 96,12%", "96,12%", 96.12, "%", code=ANY, **_OPEN),
    F("và 95,86%", "95,86%", 95.86, "%", code=ANY, **_OPEN),
    F("có 18 đơn vị", "18", 18, "đơn vị", C, code=None, **_OPEN),
    F("cao nhất (98,86%)", "98,86%", 98.86, "%", subject="Bảo hiểm xã hội cơ sở Mỏ Cày", level=ANY, code=ANY),
    F("thấp nhất (91,24%)", "91,24%", 91.24, "%", subject="Bảo hiểm xã hội cơ sở Cầu Ngang", level=ANY, code=ANY),
    # the VssID app's accounts in the province (an app: subject and level unchecked; năm 2024 the base of the change)
    F("có 1.246.318 tài khoản", "1.246.318", 1246318, "tài khoản", C, code=ANY, **_OPEN),
    F("tăng 186.402 tài khoản", "186.402", 186402, "tài khoản", CH, code=ANY, **_OPEN),
    F("trong đó 912.604 tài khoản", "912.604", 912604, "tài khoản", C, code=ANY, **_OPEN),
    F("chiếm 73,22%", "73,22%", 73.22, "%", code=ANY, **_OPEN),
    # II. the province's participants ("Đến ngày 31/12/2025" the period end); the year's targets at the period end
    F("có 486.218 người", "486.218", 486218, "người", C, code=ANY),
    F("bắt buộc, 112.406 người", "112.406", 112406, "người", C, code=ANY),
    F("đạt 27,12%", "27,12%", 27.12, "%", code=ANY, target=26, stated_status="đạt"),
    F("năm 2025 là 26%", "26%", 26, "%", T, code=ANY),
    F("là 468.912 người", "468.912", 468912, "người", C, code=ANY),
    F("tăng 3,2%", "3,2%", 3.2, "%", CH, code=ANY),
    F("là 3.946.208 người", "3.946.208", 3946208, "người", C, code=ANY),
    F("đạt 93,48%", "93,48%", 93.48, "%", code=ANY, target=94.5, stated_status="chưa đạt"),
    F("(94,5%)", "94,5%", 94.5, "%", T, code=ANY),
    # III.1 the province's pensioners (năm 2024 dated 2024-12-31); III.2 the office's own payments
    F("có 68.412 người", "68.412", 68412, "người", C, code=ANY),
    F("trong đó 52.846 người", "52.846", 52846, "người", C, code=ANY),
    F("chiếm 77,25%", "77,25%", 77.25, "%", code=ANY),
    F("tăng 8,36 điểm", "8,36", 8.36, "%", CH, code=ANY),
    F("(68,89%)", "68,89%", 68.89, "%", PR, as_of=_Y2024, code=ANY),
    _bh("cho 18.615 người", "18.615", 18615, "người", C, code=ANY),
    _bh("trong đó 18.507 người", "18.507", 18507, "người", C, code=ANY),
    _bh("đạt 99,42%", "99,42%", 99.42, "%", code=ANY),
    _bh("là 4.862,4 tỷ đồng", "4.862,4", 4862.4, "tỷ đồng", code=ANY),
    # IV. Đề án 06: the office's matching (one count with its base); the clinics (subject and level unchecked)
    _bh("cho 3.912.406/3.946.208 người", "3.912.406/3.946.208", 3912406, "người", C, max_value=3946208, code=ANY),
    _bh("đạt 99,14%", "99,14%", 99.14, "%", code=ANY),
    _bh("còn 33.802 trường hợp", "33.802", 33802, "trường hợp", C, code=ANY),
    _bh("cho 41.206 người", "41.206", 41206, "người", C, code=ANY),
    F("Có 86/86 cơ sở", "86/86", 86, "cơ sở", C, max_value=86, code=ANY, **_OPEN),
    F("là 2.846.215 lượt", "2.846.215", 2846215, "lượt", C, code=ANY, **_OPEN),
    F("chiếm 86,42%", "86,42%", 86.42, "%", code=ANY, **_OPEN),
    F("(3.293.468 lượt)", "3.293.468", 3293468, "lượt", C, code=ANY, **_OPEN),
    # V. PAKN, satisfaction; the rank among the provincial offices (not the 766 ranking: code unchecked), the
    # former office's of 2024 (subject and level unchecked)
    _bh("tiếp nhận 214 PAKN", "214", 214, "PAKN", C, code=_PAKN_TN),
    _bh("giải quyết 211 PAKN", "211", 211, "PAKN", C, code=ANY),
    _bh("đạt 98,60%", "98,60%", 98.60, "%", code=ANY),
    _bh("còn 03 PAKN", "03", 3, "PAKN", C, code=ANY),
    _bh("tỉnh đạt 92,46%", "92,46%", 92.46, "%", code=_HL),
    _bh("xếp thứ 6/34", "6/34", 6, "hạng", R, max_value=34, code=ANY),
    F("xếp thứ 19/63", "19/63", 19, "hạng", PR, max_value=63, as_of=_Y2024, code=ANY, **_OPEN),
    # VI. task 1's target for the province in 2026; a count repeated in task 3 (address, phone number, "VssID" no
    # figures)
    F("tối thiểu 95%", "95%", 95, "%", T, as_of="2026-12-31", code=ANY),
    F("điều chỉnh 33.802 trường hợp", "33.802", 33802, "trường hợp", C, code=ANY, **_OPEN),
]

# ------------------------------------------------------------ 659: Chi cục Thuế khu vực Tam Đường - Phong Thổ,
# tháng 01 năm 2025
_CC = "Chi cục Thuế khu vực Tam Đường - Phong Thổ"
_cc = _by(_CC, "huyện")
_DEC_2024 = "2024-12-31"

BLIND_659 = [
    # 1. the Chi cục's area and taxpayers (186/CTLCH-TTHT cited; "hai huyện" in words; "Đến ngày 31/01/2025" the
    # period end), the districts' household businesses
    F("địa bàn 30 xã", "30", 30, "xã", C, code=None, **_IN_XA),
    _cc("có 06 đội", "06", 6, "đội", C, code=None),
    _cc("với 48 công chức", "48", 48, "công chức", C, code=ANY),
    _cc("quản lý 412 doanh nghiệp", "412", 412, "doanh nghiệp", C, code=ANY),
    _cc("và 3.846 hộ", "3.846", 3846, "hộ", C, code=ANY),
    _cc("trong đó 2.918 hộ", "2.918", 2918, "hộ", C, code=ANY),
    _cc("và 928 hộ", "928", 928, "hộ", C, code=ANY),
    F("Tam Đường là 1.846 hộ", "1.846", 1846, "hộ", C, subject="huyện Tam Đường", level="huyện", code=ANY),
    F("Phong Thổ là 2.000 hộ", "2.000", 2000, "hộ", C, subject="huyện Phong Thổ", level="huyện", code=ANY),
    # 2. returns received by the Chi cục; the taxpayers' e-payment (subject and level unchecked), by district
    _cc("tiếp nhận 1.286 tờ khai", "1.286", 1286, "tờ khai", C, code=ANY),
    _cc("trong đó 1.279 tờ khai", "1.279", 1279, "tờ khai", C, code=ANY),
    _cc("đạt 99,46%", "99,46%", 99.46, "%", code=ANY),
    _cc("đúng hạn 1.214 tờ khai", "1.214", 1214, "tờ khai", C, code=ANY),
    _cc("chiếm 94,40%", "94,40%", 94.40, "%", code=ANY),
    F("Có 408/412 doanh nghiệp", "408/412", 408, "doanh nghiệp", C, max_value=412, code=ANY, **_OPEN),
    F("đạt 99,03%", "99,03%", 99.03, "%", code=ANY, **_OPEN),
    F("; 2.146 hộ", "2.146", 2146, "hộ", C, code=ANY, **_OPEN),
    F("chiếm 55,80%", "55,80%", 55.80, "%", code=ANY, **_OPEN),
    F("lần lượt là 1.206 hộ", "1.206", 1206, "hộ", C, code=ANY, **_IN_HUYEN),
    F("và 940 hộ", "940", 940, "hộ", C, code=ANY, **_IN_HUYEN),
    F("là 1.426 tài khoản", "1.426", 1426, "tài khoản", C, code=ANY, **_OPEN),
    F("tăng 118 tài khoản", "118", 118, "tài khoản", CH, code=ANY, **_OPEN),
    F("là 17,96 tỷ đồng", "17,96", 17.96, "tỷ đồng", code=ANY, **_OPEN),
    F("chiếm 96,35%", "96,35%", 96.35, "%", code=ANY, **_OPEN),
    # 3. e-invoices (the taxpayers'; tháng 12/2024 dated 2024-12-31); the 2025 target written as a count
    F("Có 398 doanh nghiệp", "398", 398, "doanh nghiệp", C, code=ANY, **_OPEN),
    F("và 612 hộ", "612", 612, "hộ", C, code=ANY, **_OPEN),
    F("phát sinh 46.218 hóa đơn", "46.218", 46218, "hóa đơn", C, code=ANY, **_OPEN),
    F("tăng 3.412 hóa đơn", "3.412", 3412, "hóa đơn", CH, code=ANY, **_OPEN),
    F("(42.806 hóa đơn)", "42.806", 42806, "hóa đơn", PR, as_of=_DEC_2024, code=ANY, **_OPEN),
    F("là 8.412 hóa đơn", "8.412", 8412, "hóa đơn", C, code=ANY, **_OPEN),
    F("chiếm 18,20%", "18,20%", 18.20, "%", code=ANY, **_OPEN),
    F("Có 86 hộ", "86", 86, "hộ", C, code=ANY, **_OPEN),
    F("tăng 24 hộ", "24", 24, "hộ", CH, code=ANY, **_OPEN),
    F("đạt 57,33%", "57,33%", 57.33, "%", code=ANY, **_OPEN),
    F("(150 hộ)", "150", 150, "hộ", T, as_of="2025-12-31", code=ANY, **_OPEN),
    # 4. revenue collected by the Chi cục; the year's estimate a target in money (dated 2025-12-31); by tax (dash list)
    _cc("là 18,64 tỷ đồng", "18,64", 18.64, "tỷ đồng", code=ANY),
    _cc("đạt 9,82%", "9,82%", 9.82, "%", code=ANY),
    _cc("(189,8 tỷ đồng)", "189,8", 189.8, "tỷ đồng", T, as_of="2025-12-31", code=ANY),
    _cc("tăng 12,4%", "12,4%", 12.4, "%", CH, code=ANY),
    _cc("gia tăng: 9,46 tỷ đồng", "9,46", 9.46, "tỷ đồng", code=ANY),
    _cc("doanh nghiệp: 2,18 tỷ đồng", "2,18", 2.18, "tỷ đồng", code=ANY),
    _cc("tài nguyên: 3,62 tỷ đồng", "3,62", 3.62, "tỷ đồng", code=ANY),
    _cc("trước bạ: 1,84 tỷ đồng", "1,84", 1.84, "tỷ đồng", code=ANY),
    _cc("khác: 1,54 tỷ đồng", "1,54", 1.54, "tỷ đồng", code=ANY),
    _cc("là 6,18 tỷ đồng", "6,18", 6.18, "tỷ đồng", code=ANY),
    _cc("giảm 0,42 tỷ đồng", "0,42", -0.42, "tỷ đồng", CH, code=ANY),
    # 5. the Chi cục's TTHC files, its training
    _cc("tiếp nhận 642 hồ sơ", "642", 642, "hồ sơ", C, code=_TN),
    _cc("trong đó 618 hồ sơ", "618", 618, "hồ sơ", C, code=_NOP),
    _cc("chiếm 96,26%", "96,26%", 96.26, "%", code=_NOP),
    _cc("hạn 642/642 hồ sơ", "642/642", 642, "hồ sơ", C, max_value=642, code=_DH),
    _cc("bình quân 1,2 ngày", "1,2", 1.2, "ngày", code="766.tien_do.thoi_gian"),
    _cc("cho 03 hồ sơ", "03", 3, "hồ sơ", C, code=ANY),
    _cc("tiền 0,86 tỷ đồng", "0,86", 0.86, "tỷ đồng", code=ANY),
    _cc("tổ chức 04 hội nghị", "04", 4, "hội nghị", C, code=None),
    _cc("cho 286 lượt", "286", 286, "lượt", C, code=ANY),
    # 6. the Chi cục's rank among the province's Chi cục (not the 766 ranking); the province's 766 result of tháng
    # 12/2024 (dated 2024-12-31)
    _cc("xếp thứ 2/5", "2/5", 2, "hạng", R, max_value=5, code=ANY),
    F("đạt 79,86/100", "79,86/100", 79.86, "điểm", max_value=100, as_of=_DEC_2024, code=_TONG),
    F("xếp thứ 41/63", "41/63", 41, "hạng", R, max_value=63, as_of=_DEC_2024, code=_HANG),
    # 7.-8. the households not yet paying online; task b)'s target in Phong Thổ for quý I (a count); phone no figure
    F("Còn 1.700 hộ", "1.700", 1700, "hộ", C, code=ANY, **_OPEN),
    F("tối thiểu 60 hộ", "60", 60, "hộ", T, as_of="2025-03-31", code=ANY, **_IN_HUYEN),
]

BLIND = {"655": BLIND_655, "656": BLIND_656, "657": BLIND_657, "658": BLIND_658, "659": BLIND_659}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "655": [
        ("2025-10-31", "day", "31/10/2025", "hộ kinh doanh trực tuyến", "Phòng Đăng ký kinh doanh"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "giải ngân vốn đầu tư công", "Phòng Quản lý đầu tư"),
        ("2025-11-20", "day", "ngày hai mươi tháng 11 năm 2025", "quy trình nội bộ", "Văn phòng Sở"),
        ("2025-12-31", "month", "tháng 12/2025", "đăng ký doanh nghiệp qua mạng",
         "Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp"),
        ("2026-12-31", "year", "năm 2026", "đồng bộ dữ liệu đăng ký hộ kinh doanh", "Sở Khoa học và Công nghệ"),
        # issued 08/10/2025: the first "ngày 22 hằng tháng" is 22/10/2025
        ("2025-10-22", "recurring", "22 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các phòng, đơn vị thuộc Sở"),
    ],
    "656": [
        ("2026-07-31", "day", "31/7/2026", "hồ sơ đất đai đang quá hạn", "Văn phòng Đăng ký đất đai"),
        ("2026-09-30", "quarter", "quý III năm 2026", "cơ sở dữ liệu đất đai", "Chi cục Quản lý đất đai"),
        ("2026-08-20", "day", "ngày hai mươi tháng 8 năm 2026", "quy trình điện tử", "Văn phòng Sở"),
        ("2026-09-30", "month", "tháng 9/2026", "buôn bán phân bón", "Chi cục Trồng trọt và Bảo vệ thực vật"),
        ("2026-12-31", "year", "năm 2026", "biến động đất đai", "UBND các xã, phường, đặc khu"),
        # issued 08/7/2026: the first "ngày 18 hằng tháng" is 18/7/2026
        ("2026-07-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các phòng, đơn vị thuộc Sở"),
    ],
    "657": [
        ("2025-12-15", "day", "15/12/2025", "làm sạch dữ liệu dân cư",
         "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"),
        ("2026-03-31", "quarter", "quý I năm 2026", "tài khoản định danh điện tử lưu động",
         "Công an xã Lũng Cú, Công an xã Sơn Vĩ và Công an xã Mậu Duệ"),
        ("2025-12-25", "day", "ngày hai mươi lăm tháng 12 năm 2025", "đăng ký xe trực tuyến toàn trình",
         "Phòng Cảnh sát giao thông"),
        ("2026-01-31", "month", "tháng 01/2026", "giấy khám sức khỏe điện tử", "Sở Y tế"),
        ("2026-12-31", "year", "năm 2026", "thiết bị đọc thẻ căn cước", "Sở Khoa học và Công nghệ"),
        # issued 03/12/2025: the first "ngày 25 hằng tháng" is 25/12/2025
        ("2025-12-25", "recurring", "25 hằng tháng", "báo cáo kết quả thực hiện", "Công an các xã, phường"),
    ],
    "658": [
        ("2026-12-31", "year", "năm 2026", "bảo hiểm y tế", "Phòng Quản lý thu và Phát triển người tham gia"),
        ("2026-03-31", "day", "31/3/2026", "ứng dụng VssID", "Bảo hiểm xã hội cơ sở Cầu Ngang"),
        ("2026-02-15", "day", "ngày mười lăm tháng 02 năm 2026", "chưa khớp thông tin dân cư",
         "Phòng Chế độ bảo hiểm xã hội"),
        ("2026-06-30", "quarter", "quý II năm 2026", "bảo hiểm xã hội một lần qua ứng dụng VNeID", "Văn phòng"),
        ("2026-03-31", "month", "tháng 3/2026", "giấy chuyển tuyến điện tử", "Sở Y tế"),
        # issued 12/01/2026: the first "ngày 20 hằng tháng" is 20/01/2026
        ("2026-01-20", "recurring", "20 hằng tháng", "báo cáo kết quả giao dịch điện tử",
         "Các Bảo hiểm xã hội cơ sở"),
    ],
    "659": [
        ("2025-02-25", "day", "25/02/2025", "chuẩn hóa thông tin đăng ký thuế",
         "Đội Kê khai - Kế toán thuế và Tin học"),
        ("2025-03-31", "quarter", "quý I năm 2025", "máy tính tiền", "Đội Quản lý thuế liên xã Phong Thổ"),
        ("2025-02-28", "day", "ngày hai mươi tám tháng 02 năm 2025", "đối thoại với người nộp thuế",
         "Đội Tuyên truyền - Hỗ trợ người nộp thuế và Quản lý nợ"),
        ("2025-03-31", "month", "tháng 3/2025", "nợ thuế quá hạn", "Đội Quản lý thuế liên xã Tam Đường"),
        ("2025-12-31", "year", "năm 2025", "hộ kinh doanh chưa kê khai thuế",
         "UBND huyện Tam Đường và UBND huyện Phong Thổ"),
        # issued 06/02/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/3/2025
        ("2025-03-05", "recurring", "05 hằng tháng", "gửi báo cáo kết quả", "Các Đội thuế"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 655 a report of the Sở
# Tài chính under "UBND TỈNH NINH BÌNH"; 656 a report of the Sở Nông nghiệp và Môi trường under "UBND TỈNH QUẢNG TRỊ",
# signed by a deputy director; 657 a report of the Công an tỉnh under "BỘ CÔNG AN / CÔNG AN TỈNH TUYÊN QUANG", signed
# by a deputy director whose rank "Đại tá" is no part of the name; 658 a report of the Bảo hiểm xã hội tỉnh under
# "BẢO HIỂM XÃ HỘI VIỆT NAM"; 659 a Công văn of a district-level tax office under "CỤC THUẾ TỈNH LAI CHÂU" whose period
# is named in its "V/v" line, signed by a deputy head.
META = {
    "655": {"doc_number": "2146/BC-STC", "doc_type": "Báo cáo", "issued_date": "2025-10-08",
            "province": "Ninh Bình", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Đinh Văn Hưng"},
    "656": {"doc_number": "1862/BC-SNNMT", "doc_type": "Báo cáo", "issued_date": "2026-07-08",
            "province": "Quảng Trị", "period_label": "6 tháng đầu năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-06-30", "signer": "Hoàng Thị Thu Hà"},
    "657": {"doc_number": "1846/BC-CAT-PC06", "doc_type": "Báo cáo", "issued_date": "2025-12-03",
            "province": "Tuyên Quang", "period_label": "tháng 11 năm 2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Nông Văn Hưng"},
    "658": {"doc_number": "86/BC-BHXH", "doc_type": "Báo cáo", "issued_date": "2026-01-12",
            "province": "Vĩnh Long", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Nguyễn Thanh Phong"},
    "659": {"doc_number": "42/CCTKV-NVDT", "doc_type": "Công văn", "issued_date": "2025-02-06",
            "province": "Lai Châu", "period_label": "tháng 01 năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-01-31", "signer": "Lò Thị Mai"},
}
