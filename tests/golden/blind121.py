"""Blind golden facts for corpus/blind121/680_thai_nguyen.txt, 681_hoa_binh.txt, 682_binh_dinh.txt, 683_bac_ninh.txt
and 684_hai_phong.txt.

The five documents were written by the developers for a hundred-and-twenty-first blind measurement (BODIES OUTSIDE THE
PEOPLE'S COMMITTEES REPORTING ON THEIR OWN TTHC AND ONLINE SERVICES: a Thuế tỉnh after the 2025 tax reorganisation with
its Thuế cơ sở each covering a group of communes, a Bảo hiểm xã hội khu vực reporting on one of its provinces with its
Bảo hiểm xã hội cơ sở, a Ban Quản lý Khu kinh tế, a Văn phòng Đăng ký đất đai with its branches, a water company with
its branches; provinces Thái Nguyên, Bắc Ninh and Hải Phòng after the 1 July 2025 merger, Hòa Bình and Bình Định before
it; periods quý I năm 2026, tháng 5 năm 2025, quý I năm 2025, tháng 10 năm 2025 and năm 2025; not real documents), and
every row below was written by reading them, before any extraction, restoration or pipeline code was run on them.
They also serve as held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind120.py, blind119.py, blind118.py, blind117.py, blind16.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose and list counts are kind `count`; table cells are kind `value` even when they count, with
`extra={"source": "table"}`; `as_of="period"` is the period's end; a change is dated with the figure it changes and a
fall ("giảm", "rút ngắn", "thấp hơn") is negative; a change in "điểm phần trăm" is kind change in `%` with the number
alone as raw. `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly
names none: counts of communes, zones, branches, offices, fields, conferences, bodies by grade). "thủ tục" counts use
the unit `TTHC`, "phản ánh, kiến nghị" the unit `PAKN`; a count of the files (or PAKN) an indicator is computed on
carries that indicator's code; every "đã giải quyết" count, files by kind, pending files, files with fees, one field's
or one channel's files, money and changes of counts have their code unchecked. Counts of local units take the unit of
their first unit word ("92 đơn vị hành chính cấp xã (77 xã, 15 phường)" → subject `cấp xã`, its parts `xã`, `phường`
at level xã; "99 xã, phường", "71/99 xã, phường", "42 xã, phường" → `xã`, level xã, subject unchecked); counts of
"đơn vị"/"cơ quan" → `đơn vị`, at the level of the bodies counted. A body's own figures naming no body are named by
its kind, the province being the document's, level tỉnh: "Thuế tỉnh …" → `Thuế tỉnh` (as golden/blind108.py's 617),
"Ban …" → `Ban Quản lý Khu kinh tế` (as golden/blind115.py's 653), "Văn phòng …" and "Văn phòng và các chi nhánh …" →
`Văn phòng Đăng ký đất đai` (as golden/blind108.py's 618); a proper name that holds a place is kept whole (`Công ty Cổ
phần Cấp nước Hải Dương`, level tỉnh, as golden/blind120.py's `Công ty Điện lực Phú Yên`). Province-wide figures
("trên địa bàn tỉnh", "tỉnh Bình Định đạt", "thành phố Hải Phòng đạt") have subject NULL. Branches, offices and
fields below the issuer are written as named, level unchecked (`Thuế cơ sở 1 tỉnh Thái Nguyên`, `Bảo hiểm xã hội cơ
sở Lương Sơn`, `Chi nhánh khu vực Lục Ngạn`, `Chi nhánh Chí Linh`: offices between the province and the communes, as
golden/blind108.py and blind116.py). Things counted take the noun as written (`tờ khai`, `doanh nghiệp`, `hộ` for "hộ
kinh doanh", `hóa đơn`, `người nộp thuế`, `trường hợp`, `người`, `thẻ`, `cơ sở`, `lượt`, `dự án`, `giấy phép`, `bộ`
for sets of certificates of origin, `hội nghị`, `lĩnh vực`, `khu công nghiệp`, `Thuế cơ sở`, `chi nhánh`, `thư`,
`giấy chứng nhận`, `thửa đất`, `khách hàng`, `dịch vụ`); money keeps the unit written (`tỷ đồng`, `triệu USD`; code
unchecked); durations `ngày`; a satisfaction score out of 10 carries max 10. Numbers written in words are no figures
("hai tỉnh Thái Nguyên và Bắc Kạn", the days of "ngày ba mươi tháng 6", "ngày mười lăm tháng 7", "ngày hai mươi tám
tháng 5", "ngày mười lăm tháng 12", "ngày mười tám tháng 5"). Dates, document numbers and cited texts ("Quyết định số
412/QĐ-CT", "Kế hoạch số 24/KH-UBND", "Công văn số 562/UBND-NC", "Kế hoạch số 18/KH-UBND", "Công văn số
2146/SNNMT-VP", "Kế hoạch số 215/KH-UBND"), the stated windows and data dates ("từ ngày 01/01/2026 đến ngày
31/3/2026", "từ ngày 01/7/2025", "Từ ngày 01/3/2025", "Đến ngày 31/5/2025"), period words labelling rows and brackets
("quý IV năm 2025", "tháng 4/2025", "Tháng 5/2025", "năm 2024", "cùng kỳ năm 2025", "cuối năm 2024"), "Bộ chỉ số
766", "Đề án 06", names holding numbers ("Thuế cơ sở 1 tỉnh Thái Nguyên" … "6", "Thuế cơ sở 5 và Thuế cơ sở 6",
"Bảo hiểm xã hội khu vực XI"), "C/O", section and item numbering ("I.", "1.", "a)", "đ)", "Bảng 1."), the STT
column, "-" cells, addresses ("số 10 đường Hoàng Văn Thụ", "số 318 đường Trần Hưng Đạo", "số 02 đường Tây Sơn", "số 10
đường Hồng Quang"), phone numbers ("0208.3855.246", "Tổng đài 1900.9068", "0218.3852.610", "0256.3822.866",
"0222.3874.126", "0220.3852.852"), headings naming the next period ("IV. NHIỆM VỤ QUÝ II NĂM 2026", "IV. NHIỆM VỤ
THÁNG 6 NĂM 2025", "V. NHIỆM VỤ QUÝ II NĂM 2025", "3. Nhiệm vụ tháng 11 năm 2025", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM
2026": no deadlines) and years are not figures.

New in this set (the decisions are written here):
- A REGIONAL OFFICE REPORTING ON ONE PROVINCE (681): "Bảo hiểm xã hội khu vực XI (quản lý địa bàn các tỉnh Hòa Bình
  và Phú Thọ) báo cáo kết quả thực hiện trên địa bàn tỉnh Hòa Bình" to UBND tỉnh Hòa Bình. The office is not a
  provincial body and its name holds no place: its own figures ("Bảo hiểm xã hội khu vực XI tiếp nhận …", "… chi trả
  …", the bare "Đã giải quyết …", the "Cộng" row) keep the name as written, `Bảo hiểm xã hội khu vực XI` (the numeral
  names it; the kind alone, `Bảo hiểm xã hội khu vực`, would name 35 offices), level unchecked (it sits above the
  province: no level fits). Figures "trên địa bàn tỉnh" of participants, VssID users and cards are the province's
  (subject NULL). The document's province is Hòa Bình (its place line and addressee).
- A TAX OFFICE'S TABLE WITH A COLUMN COUNTING THE COMMUNES EACH THUẾ CƠ SỞ COVERS (680): "Xã, phường phụ trách" →
  unit `xã` (the header's first unit word), code None, the row's office as subject, level unchecked (a count of
  communes held by an office; the "Tổng cộng" 92 the Thuế tỉnh's). "Văn phòng Thuế tỉnh" (part of the issuer) subject
  unchecked, level tỉnh, as 617. The taxpayers' own behaviour (e-payment "9.812/9.846 doanh nghiệp", households, money
  paid electronically, e-invoices, cash-register invoices) is no body's: subject and level unchecked, as
  golden/blind116.py's 659; the returns "Thuế tỉnh đã tiếp nhận 112.486 tờ khai" and the identity checks "Thuế tỉnh đã
  đối chiếu … cho 1.126.418 người nộp thuế" are the Thuế tỉnh's. "Thuế tỉnh xếp thứ 9/34 Thuế tỉnh, thành phố" a rank
  among tax offices (not the 766 ranking: code unchecked).
- AN ECONOMIC ZONE BOARD'S FIELDS IN A DASH LIST (682): "- Lĩnh vực đầu tư: 86 hồ sơ, nộp trực tuyến 100%;" the
  Ban's fields (subject unchecked, level tỉnh, as 653's table rows): counts code unchecked, shares the online code.
  "trước hạn 498 hồ sơ, đúng hạn 112 hồ sơ" parts of the on-time files (codes unchecked), the share "tỷ lệ giải quyết
  trước hạn và đúng hạn đạt 99,67%" the on-time code. Three zones "lần lượt là 4, 3 và 2 dự án" (subject and level
  unchecked). Projects' capital and the zones' workers are not the Ban's own (subject and level unchecked).
- A WATER COMPANY (684) on online service requests counted in `hồ sơ` (as golden/blind120.py's 675), a loss rate
  "14,74%, giảm 1,18 điểm phần trăm so với năm 2024 (15,92%)" (codes unchecked), its branches in a dash list
  ("- Chi nhánh Chí Linh: 2.418 hồ sơ, trực tuyến 92,47%;" as written, level unchecked; received code, online share)
  and a "Xí nghiệp" among them.

Per document:
- 680 is a quarterly Báo cáo of Thuế tỉnh Thái Nguyên (merged with Bắc Kạn; header "CỤC THUẾ / THUẾ TỈNH THÁI
  NGUYÊN", number "612/BC-TTN", signed "KT. TRƯỞNG THUẾ TỈNH / PHÓ TRƯỞNG THUẾ TỈNH"), quý I năm 2026, issued
  08/4/2026, ranks /34. "92 đơn vị hành chính cấp xã (77 xã, 15 phường)", "06 Thuế cơ sở" (a count of offices, unit
  as written, subject and level unchecked, code None), the province's "9.846 doanh nghiệp và 52.318 hộ kinh doanh"
  (subject NULL), "242 TTHC … 186 TTHC …, chiếm 76,86%, và 56 TTHC", returns "112.486 … 111.902 …, đạt 99,48% (quý IV
  năm 2025: 99,12%)" (previous dated 2025-12-31), e-payment "… 65,23% …; so với chỉ tiêu Cục Thuế giao năm 2026 là
  70% thì chưa đạt chỉ tiêu" (the target dated 2026-12-31, carried by the 65,23%), e-invoices "tăng 8,6% so với cùng kỳ
  năm 2025", "3.846 hộ, tăng 612 hộ … (3.234 hộ)", files "14.628 … 13.942 …, chiếm 95,31% … 14.415 … 14.402 …, đạt
  99,91%; quá hạn 13 … 213", refunds "38 hồ sơ … 146,8 tỷ đồng … 3,6 ngày …, rút ngắn 0,8 ngày … (4,4 ngày)", A
  MARKDOWN TABLE BY OFFICE (above; files the received code, shares the online and on-time codes, the households' share
  code unchecked), "Thuế cơ sở 6 tỉnh Thái Nguyên (phụ trách 16 xã …) … thấp hơn bình quân chung 3,44 điểm phần trăm"
  (its negative change in `%`), digitisation and e-results "100%", "1.126.418 người nộp thuế …, đạt 97,84%; còn
  24.868 trường hợp", PAKN "21 … 21/21 … 100%", satisfaction "96,8%", the province's 766 result of tháng 3/2026 (the
  period's last month) `84,72/100`, `14/34`, the payment group `8,16/10`. Task 2's "đạt tối thiểu 65% trong quý II năm
  2026" the two offices' target (subject and level unchecked, 2026-06-30); task 3's "24.868 trường hợp" a count
  repeated. Six deadlines: day, quarter (with the target), "chậm nhất ngày ba mươi tháng 6 năm 2026", month, year in a
  request "Đề nghị UBND các xã, phường …", "trước ngày 05 hằng tháng" (issued 08/4/2026, after the 5th: first
  05/5/2026).
- 681 is a monthly Báo cáo of the Bảo hiểm xã hội khu vực XI (header "BẢO HIỂM XÃ HỘI VIỆT NAM / BẢO HIỂM XÃ HỘI KHU
  VỰC XI", number "846/BC-BHXHKV", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC") on the province of Hòa Bình, tháng 5 năm
  2025, issued 05/6/2025, before the merger (ranks /63). "10 đơn vị Bảo hiểm xã hội cơ sở" (`đơn vị`, subject and
  level unchecked, code None); the province's participants "118.426 người, đạt 24,18% … 842.615 người, đạt 94,62% dân
  số; so với chỉ tiêu UBND tỉnh giao năm 2025 là 95% thì chưa đạt chỉ tiêu" (subject NULL; the target dated
  2025-12-31, carried by the 94,62%); the office's files "46.218 hồ sơ (tháng 4/2025: 43.906 hồ sơ), tăng 2.312 hồ sơ"
  (previous dated 2025-04-30), channels (the e-transaction count and share code unchecked, as golden/blind116.py's
  658; "nộp trực tiếp 480 hồ sơ" the direct channel's code), settled, on time, overdue, pending; A TAB-SEPARATED TABLE
  BY OFFICE ("Bảo hiểm xã hội cơ sở thành phố Hòa Bình" … "Yên Thủy" as written, level unchecked; "Bộ phận tiếp nhận,
  trả kết quả khu vực" part of the issuer, subject and level unchecked; "Cộng" with an empty STT the office; received
  files the received code, the on-time share its code, the e-transaction and pensioners' shares unchecked; "100"
  cells are figures, a "-" cell is not). Pensions "38.412 người … 30.822 người …, chiếm 80,24%, tăng 1,86 điểm phần
  trăm so với tháng 4/2025 (78,38%); so với chỉ tiêu năm 2025 là 85% thì chưa đạt" (the target dated 2025-12-31,
  carried by the 80,24%), money "246,18 … 201,64 tỷ đồng, chiếm 81,91%"; the province's "286.412 người, tăng 4.126
  người" (VssID) and "812.406 thẻ …, chiếm 96,41%" (subject NULL); clinics "68/76 cơ sở … 94.618 lượt …; 08 cơ sở còn
  lại" (subject and level unchecked); PAKN "16 … 15 … 01"; "Bảo hiểm xã hội khu vực XI xếp thứ 7/35 Bảo hiểm xã hội
  khu vực" (not the 766 ranking: code unchecked); the province's 766 result of tháng 4/2025 `82,14/100`, `36/63`
  (dated 2025-04-30). Task 2's "đạt tối thiểu 70% trong quý III năm 2025" the two offices' target (subject and level
  unchecked, 2025-09-30); task 5's "08 cơ sở" a count repeated. Six deadlines in a dash list: day, quarter (with the
  target), "chậm nhất ngày mười lăm tháng 7 năm 2025", month, year in a request "Đề nghị Sở Y tế …", "trước ngày 25
  hằng tháng" (issued 05/6/2025: first 25/6/2025).
- 682 is a quarterly Báo cáo of the Ban Quản lý Khu kinh tế tỉnh Bình Định (header "UBND TỈNH BÌNH ĐỊNH / BAN QUẢN LÝ
  KHU KINH TẾ", number "386/BC-BQL", signed "KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN"), quý I năm 2025, issued 08/4/2025,
  ranks /63. "07 khu công nghiệp với 386 dự án … 126.418,6 tỷ đồng" (the zones' and projects': subject and level
  unchecked), "118 TTHC thuộc 9 lĩnh vực … 86 TTHC …, chiếm 72,88%, và 32 TTHC", numbered items with a label before a
  colon ("1. Tiếp nhận hồ sơ: trong quý, Ban tiếp nhận 628 hồ sơ (quý IV năm 2024: 574 hồ sơ), tăng 54 hồ sơ,
  tương ứng tăng 9,41%; …" previous dated 2024-12-31), the fields' dash list (above), payment "214 … 186 …, đạt 86,92%;
  so với chỉ tiêu UBND tỉnh giao năm 2025 là 90% thì chưa đạt chỉ tiêu", digitisation "97,55%", reuse "42,18%";
  investment "09 dự án … 3.846,2 tỷ đồng … 02 dự án … 46,8 triệu USD; điều chỉnh 14 dự án" (the Ban's counts; the
  capital the projects'), workers "48.612 người, tăng 1.286 người so với cuối năm 2024 (47.326 người)" (subject and
  level unchecked, previous 2024-12-31), labour permits "146 … 138 …, chiếm 94,52%", certificates of origin "1.246 bộ
  … 1.218 bộ …, chiếm 97,75%" (the Ban's, codes unchecked); PAKN "06 … 06/06", "01 hội nghị … 64 doanh nghiệp"; the
  Ban's 766 result of the quarter `91,24/100`, `2/21` "(quý IV năm 2024: 89,06 điểm, xếp thứ 4/21)" (previous dated
  2024-12-31, the score max 100) and two groups `19,92/20`, `18,46/22`, the block average "85,12 điểm" (subject
  unchecked, level tỉnh), bodies by grade "06 … 13 … 02 cơ quan" (`đơn vị`, level tỉnh), the province `86,74/100`,
  `12/63`. Task 2's "đạt 100% trong quý II năm 2025" the Ban's construction field's target (subject unchecked, level
  tỉnh, 2025-06-30). Six deadlines in numbered items: day, quarter (with the target), "chậm nhất ngày hai mươi tám
  tháng 5 năm 2025", month, year in a request "Đề nghị Sở Tài chính …", "trước ngày 18 hằng tháng" (issued 08/4/2025,
  before the 18th: first 18/4/2025).
- 683 is a CÔNG VĂN (doc_type "Công văn") of the Văn phòng Đăng ký đất đai tỉnh Bắc Ninh (merged with Bắc Giang;
  header "UBND TỈNH BẮC NINH / SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG / VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", number "1286/VPĐKĐĐ-HCTH",
  a "V/v" line naming the month, no title, signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"), tháng 10 năm 2025, issued
  05/11/2025, ranks /34. "08 chi nhánh khu vực … 99 xã, phường", files "14.414 hồ sơ (tháng 9/2025: 13.126 hồ sơ),
  tăng 1.288 hồ sơ, tương ứng tăng 9,81%" (previous 2025-09-30), files by kind, "6.548 hồ sơ, chiếm 45,43%; so với
  chỉ tiêu UBND tỉnh giao năm 2025 cho lĩnh vực đất đai là 50% thì chưa đạt chỉ tiêu" (the online code; target dated
  2025-12-31), settled, on time, "quá hạn 117 hồ sơ, chiếm 0,85%" with two branches in brackets, pending, "117 thư xin
  lỗi", "5,8 ngày/hồ sơ, rút ngắn 0,7 ngày … (6,5 ngày)", A MARKDOWN TABLE PER BRANCH (as golden/blind108.py's 618:
  received, online, online share, settled, overdue; "Tổng cộng" the Văn phòng), certificates "8.412 … 1.046 giấy chứng
  nhận", payment "9.126 … 5.318 …, đạt 58,27%", "18,64 tỷ đồng", the land database "71/99 xã, phường … 2.146.318 thửa
  đất; còn 28 xã, phường", identity checks "11.842 hồ sơ, chiếm 82,16%" (codes unchecked), PAKN "09 … 08 … 01", the
  Sở's 766 result of tháng 9/2025 "Sở Nông nghiệp và Môi trường đạt 83,46/100 điểm, xếp thứ 12/18" (named in full,
  level tỉnh, dated 2025-09-30) and the province's `85,62/100`, `9/34` (dated 2025-09-30). Task a)'s "21 hồ sơ" the
  named branch's count repeated; task b)'s "đạt tối thiểu 40% trong quý IV năm 2025" the two branches' target (subject
  and level unchecked, 2025-12-31); task d)'s "28 xã, phường" repeated. Six deadlines in lettered items a)–e): day,
  quarter (with the target), "chậm nhất ngày mười lăm tháng 12 năm 2025", month, year in a request "Đề nghị UBND các
  xã, phường …", "trước ngày 03 hằng tháng" (issued 05/11/2025, after the 3rd: first 03/12/2025).
- 684 is an annual Báo cáo of the Công ty Cổ phần Cấp nước Hải Dương (a company of the former province, now in the
  city of Hải Phòng; header "CÔNG TY CỔ PHẦN CẤP NƯỚC HẢI DƯƠNG", number "46/BC-CNHD", place line "Hải Phòng", signed
  "TỔNG GIÁM ĐỐC"), năm 2025, issued 12/01/2026, ranks /34. Customers "286.412 khách hàng tại 42 xã, phường …, tăng
  12.618 khách hàng so với năm 2024 (273.794 khách hàng)" (previous 2024-12-31), the loss rate (above), "8 dịch vụ",
  requests "18.426 hồ sơ (năm 2024: 15.912 hồ sơ), tăng 2.514 hồ sơ, tương ứng tăng 15,80%", channels (the national
  portal's and the app's counts code unchecked; "trực tiếp tại quầy giao dịch 1.566 hồ sơ" the direct channel's code),
  "91,50%; so với chỉ tiêu năm 2025 là 90% thì đã đạt chỉ tiêu" (the online code; target dated 2025-12-31), settled,
  on time, overdue, pending, "3,4 ngày, rút ngắn 0,9 ngày … (4,3 ngày)", the branches' dash list (above), cashless
  "241.618 khách hàng, chiếm 84,36% (năm 2024: 78,92%), tăng 5,44 điểm phần trăm; so với chỉ tiêu UBND thành phố giao
  năm 2025 là 85% thì chưa đạt chỉ tiêu" (codes unchecked; the 84,36% carries the target), money "512,46 … 448,12 tỷ
  đồng, chiếm 87,44%", "3.412.618 hóa đơn … 100% hóa đơn", identity numbers "268.412 khách hàng, đạt 93,72% …; còn
  18.000 khách hàng", PAKN "142 … 140 …, đạt 98,59%", "8,92/10 điểm", the city's 766 result of tháng 12/2025
  `86,18/100`, `7/34` (subject NULL). Task 1's "18.000 khách hàng" a count repeated; task 2's "đạt tối thiểu 90% trong
  quý II năm 2026" the two branches' target (subject and level unchecked, 2026-06-30). Six deadlines in numbered items:
  day, quarter (with the target), "chậm nhất ngày mười tám tháng 5 năm 2026", month, year in a request "Đề nghị Sở Xây
  dựng …", "trước ngày 10 hằng tháng" (issued 12/01/2026, after the 10th: first 10/02/2026).

Unsure readings (fields left `ANY`, or decided and written here): 681's subject (`Bảo hiểm xã hội khu vực XI` as
written) and its level (unchecked); the level of every branch, office and field below an issuer; the taxpayers' and
customers' figures in 680 (no body's); the codes of 681's e-transaction share and of 684's app and portal counts; the
commune column of 680's table (a count of communes, level unchecked); the workers and projects' capital of 682 (the
zones'). 684's province is the document's place line (`Hải Phòng`), though the company's name holds the former
province (kept whole as a proper name).
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
_CAP_XA = {"subject": "cấp xã", "level": "xã"}
_NULL = {"subject": None, "level": None}

# A numeric cell: (raw, unit, code, as_of).
Cell = tuple[str, str, object, str]


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
    for raw, unit, code, as_of in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw), unit, P, subject=subject, level=level, as_of=as_of,
                       code=code, extra=TAB))
        at += len(sep)
    return facts


def _by(subject: str, level: object):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty STT cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


def _md_table(rows: list[tuple[str, str, str]], end: str, who, columns: list[tuple[str, object]]) -> list[Fact]:
    """A Markdown table's numeric cells: rows (STT, name, cells separated by spaces), the line after the table
    (`end`), `who(stt, name, column)` giving (subject, level), and each column's (unit, code); "-" cells are skipped."""
    facts = []
    for i, (stt, name, raws) in enumerate(rows):
        values = raws.split()
        line = _md_line((stt, name, *values))
        after = _md_line(rows[i + 1][:2]).rsplit(" |", 1)[0] if i + 1 < len(rows) else end
        at = 0
        for col, (raw, (unit, code)) in enumerate(zip(values, columns, strict=True)):
            if raw == "-":
                at = line.find(" | -", at) + 3
                continue
            subject, level = who(stt, name, col)
            fact = _cells(line[at:], " | ", after, subject, level, [(raw, unit, code, "period")])[0]
            facts.append(fact)
            at = line.find(fact.context.split("\n")[0], at) + 3
    return facts


# ------------------------------------------------------------ 680: Thuế tỉnh Thái Nguyên, quý I năm 2026
_THUE = "Thuế tỉnh"
_thue = _by(_THUE, "tỉnh")
_Q4_2025 = "2025-12-31"

_OFFICES_680 = [
    ("1", "Văn phòng Thuế tỉnh", "- 2.846 99,12 100 -"),
    ("2", "Thuế cơ sở 1 tỉnh Thái Nguyên", "18 3.218 96,42 99,94 71,26"),
    ("3", "Thuế cơ sở 2 tỉnh Thái Nguyên", "16 2.412 94,86 99,88 66,14"),
    ("4", "Thuế cơ sở 3 tỉnh Thái Nguyên", "14 1.986 94,12 99,85 63,48"),
    ("5", "Thuế cơ sở 4 tỉnh Thái Nguyên", "15 1.874 93,38 99,89 62,05"),
    ("6", "Thuế cơ sở 5 tỉnh Thái Nguyên", "13 1.246 92,46 99,76 58,62"),
    ("7", "Thuế cơ sở 6 tỉnh Thái Nguyên", "16 1.046 91,87 99,81 55,34"),
    ("", "Tổng cộng", "92 14.628 95,31 99,91 65,23"),
]


def _who_680(stt: str, name: str, col: int) -> tuple[object, object]:
    """Bảng 1's rows: "Văn phòng Thuế tỉnh" part of the issuer (subject unchecked, level tỉnh), a Thuế cơ sở as
    written (level unchecked), "Tổng cộng" the Thuế tỉnh; the commune column's level is unchecked on every row."""
    if stt == "":
        return _THUE, ("tỉnh" if col else ANY)
    if stt == "1":
        return ANY, "tỉnh"
    return name, ANY


BLIND_680 = [
    # I. the communes, the offices, the province's taxpayers (412/QĐ-CT, 24/KH-UBND cited; "hai tỉnh" in words)
    F("có 92 đơn vị", "92", 92, "đơn vị", C, code=None, **_CAP_XA),
    F("(77 xã", "77", 77, "xã", C, code=None, **_IN_XA),
    F("15 phường)", "15", 15, "phường", C, code=None, **_IN_XA),
    F("bố trí 06 Thuế cơ sở", "06", 6, "Thuế cơ sở", C, code=None, **_OPEN),
    F("có 9.846 doanh nghiệp", "9.846", 9846, "doanh nghiệp", C, code=ANY, **_NULL),
    F("và 52.318 hộ", "52.318", 52318, "hộ", C, code=ANY, **_NULL),
    _thue("thực hiện 242 TTHC", "242", 242, "TTHC", C, code=_TTHC),
    _thue("trong đó 186 TTHC", "186", 186, "TTHC", C, code=_TOAN),
    _thue("chiếm 76,86%", "76,86%", 76.86, "%", code=_TOAN),
    _thue("và 56 TTHC", "56", 56, "TTHC", C, code=_MOT),
    # II.1 returns (quý IV năm 2025 dated 2025-12-31); the taxpayers' e-payment (no body's); the year's target
    _thue("tiếp nhận 112.486 tờ khai", "112.486", 112486, "tờ khai", C, code=ANY),
    _thue("trong đó 111.902 tờ khai", "111.902", 111902, "tờ khai", C, code=ANY),
    _thue("đạt 99,48%", "99,48%", 99.48, "%", code=ANY),
    _thue("(quý IV năm 2025: 99,12%)", "99,12%", 99.12, "%", PR, as_of=_Q4_2025, code=ANY),
    F("Có 9.812/9.846 doanh nghiệp", "9.812/9.846", 9812, "doanh nghiệp", C, max_value=9846, code=ANY, **_OPEN),
    F("đạt 99,65%", "99,65%", 99.65, "%", code=ANY, **_OPEN),
    F("là 5.846,2 tỷ đồng", "5.846,2", 5846.2, "tỷ đồng", code=ANY, **_OPEN),
    F("chiếm 98,74%", "98,74%", 98.74, "%", code=ANY, **_OPEN),
    F("Có 34.126 hộ", "34.126", 34126, "hộ", C, code=ANY, **_OPEN),
    F("chiếm 65,23%", "65,23%", 65.23, "%", code=ANY, target=70, stated_status="chưa đạt", **_OPEN),
    F("năm 2026 là 70%", "70%", 70, "%", T, as_of="2026-12-31", code=ANY, **_OPEN),
    # II.2 e-invoices (the taxpayers'; "cùng kỳ năm 2025" no figure)
    F("sử dụng 21.406.518 hóa đơn", "21.406.518", 21406518, "hóa đơn", C, code=ANY, **_OPEN),
    F("tăng 8,6%", "8,6%", 8.6, "%", CH, code=ANY, **_OPEN),
    F("là 6.412.306 hóa đơn", "6.412.306", 6412306, "hóa đơn", C, code=ANY, **_OPEN),
    F("chiếm 29,95%", "29,95%", 29.95, "%", code=ANY, **_OPEN),
    F("là 3.846 hộ", "3.846", 3846, "hộ", C, code=ANY, **_OPEN),
    F("tăng 612 hộ", "612", 612, "hộ", CH, code=ANY, **_OPEN),
    F("(3.234 hộ)", "3.234", 3234, "hộ", PR, as_of=_Q4_2025, code=ANY, **_OPEN),
    # II.3 TTHC files, refunds
    _thue("tiếp nhận 14.628 hồ sơ", "14.628", 14628, "hồ sơ", C, code=_TN),
    _thue("trực tuyến 13.942 hồ sơ", "13.942", 13942, "hồ sơ", C, code=_NOP),
    _thue("chiếm 95,31%", "95,31%", 95.31, "%", code=_NOP),
    _thue("giải quyết 14.415 hồ sơ", "14.415", 14415, "hồ sơ", C, code=ANY),
    _thue("đúng hạn 14.402 hồ sơ", "14.402", 14402, "hồ sơ", C, code=_DH),
    _thue("đạt 99,91%", "99,91%", 99.91, "%", code=_DH),
    _thue("quá hạn 13 hồ sơ", "13", 13, "hồ sơ", C, code=_QH),
    _thue("giải quyết 213 hồ sơ", "213", 213, "hồ sơ", C, code=ANY),
    _thue("giải quyết 38 hồ sơ", "38", 38, "hồ sơ", C, code=ANY),
    _thue("tiền 146,8 tỷ đồng", "146,8", 146.8, "tỷ đồng", code=ANY),
    _thue("bình quân 3,6 ngày", "3,6", 3.6, "ngày", code=ANY),
    _thue("rút ngắn 0,8 ngày", "0,8", -0.8, "ngày", CH, code=ANY),
    _thue("(4,4 ngày)", "4,4", 4.4, "ngày", PR, as_of=_Q4_2025, code=ANY),
    *_md_table(_OFFICES_680, "\nThuế cơ sở 6 tỉnh", _who_680,
               [("xã", None), ("hồ sơ", _TN), ("%", _NOP), ("%", _DH), ("%", ANY)]),
    F("phụ trách 16 xã", "16", 16, "xã", C, code=None, **_IN_XA),
    F("chung 3,44 điểm", "3,44", -3.44, "%", CH, subject="Thuế cơ sở 6 tỉnh Thái Nguyên", level=ANY, code=ANY),
    # II.4 digitisation, e-results, identity numbers; II.5 PAKN, satisfaction, ranks
    _thue("hồ sơ TTHC thuế đạt 100%", "100%", 100, "%", code=_SH),
    _thue("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    _thue("cho 1.126.418 người", "1.126.418", 1126418, "người nộp thuế", C, code=ANY),
    _thue("đạt 97,84%", "97,84%", 97.84, "%", code=ANY),
    _thue("còn 24.868 trường hợp", "24.868", 24868, "trường hợp", C, code=ANY),
    _thue("tiếp nhận 21 PAKN", "21", 21, "PAKN", C, code=_PAKN_TN),
    _thue("xử lý 21/21 PAKN", "21/21", 21, "PAKN", C, max_value=21, code=ANY),
    _thue("21/21 PAKN, đạt 100%", "100%", 100, "%", code=ANY),
    _thue("đạt 96,8%", "96,8%", 96.8, "%", code=_HL),
    _thue("xếp thứ 9/34", "9/34", 9, "hạng", R, max_value=34, code=ANY),
    F("đạt 84,72/100", "84,72/100", 84.72, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ 14/34", "14/34", 14, "hạng", R, max_value=34, code=_HANG, **_NULL),
    F("đạt 8,16/10", "8,16/10", 8.16, "điểm", max_value=10, code="766.thanh_toan", **_NULL),
    # IV. task 2's target of two offices for quý II; task 3's cases repeated (address, phone no figures)
    F("tối thiểu 65%", "65%", 65, "%", T, as_of="2026-06-30", code=ANY, **_OPEN),
    F("của 24.868 trường hợp", "24.868", 24868, "trường hợp", C, code=ANY, **_OPEN),
]

# ------------------------------------------------------------ 681: Bảo hiểm xã hội khu vực XI (tỉnh Hòa Bình),
# tháng 5 năm 2025
_BHKV = "Bảo hiểm xã hội khu vực XI"
_bh = _by(_BHKV, ANY)
_APR_2025 = "2025-04-30"

# Bảng 1 (tab-separated): (STT, office, received, e-transactions %, on time %, pensioners paid to accounts %)
_OFFICES_681 = [
    ("1", "Bảo hiểm xã hội cơ sở thành phố Hòa Bình", "9.846 98,86 100 92,14"),
    ("2", "Bảo hiểm xã hội cơ sở Lương Sơn", "7.218 98,42 99,96 88,46"),
    ("3", "Bảo hiểm xã hội cơ sở Kim Bôi", "4.126 97,38 100 76,28"),
    ("4", "Bảo hiểm xã hội cơ sở Cao Phong", "2.846 97,16 99,93 74,62"),
    ("5", "Bảo hiểm xã hội cơ sở Đà Bắc", "3.012 96,48 99,90 61,35"),
    ("6", "Bảo hiểm xã hội cơ sở Lạc Sơn", "5.418 96,92 99,94 70,18"),
    ("7", "Bảo hiểm xã hội cơ sở Lạc Thủy", "3.206 97,52 100 78,46"),
    ("8", "Bảo hiểm xã hội cơ sở Mai Châu", "2.418 96,24 99,92 64,12"),
    ("9", "Bảo hiểm xã hội cơ sở Tân Lạc", "3.612 97,04 99,97 72,86"),
    ("10", "Bảo hiểm xã hội cơ sở Yên Thủy", "2.716 97,68 100 77,52"),
    ("11", "Bộ phận tiếp nhận, trả kết quả khu vực", "1.800 99,12 100 -"),
    ("", "Cộng", "46.218 97,64 99,97 80,24"),
]


def _offices_681() -> list[Fact]:
    """Bảng 1 (tab-separated, by office): received files (`hồ sơ`, the received code), e-transaction share (code
    unchecked), on-time share (its code), pensioners paid to accounts (code unchecked). Each Bảo hiểm xã hội cơ sở as
    written, level unchecked; row 11 part of the issuer (subject and level unchecked); "Cộng" (empty STT) the office
    itself. The "-" cell is no figure."""
    facts = []
    codes = (_TN, ANY, _DH, ANY)
    units = ("hồ sơ", "%", "%", "%")
    for i, (stt, name, raws) in enumerate(_OFFICES_681):
        values = raws.split()
        line = "\t".join([stt, name, *values])
        after = "\t".join(_OFFICES_681[i + 1][:2]) if i + 1 < len(_OFFICES_681) else "\nIII. CHI TRẢ"
        if stt == "":
            subject, level = _BHKV, ANY
        elif stt == "11":
            subject, level = ANY, ANY
        else:
            subject, level = name, ANY
        facts += _cells(line, "\t", after, subject, level,
                        [(raw, unit, code, "period") for raw, unit, code in zip(values, units, codes, strict=True)
                         if raw != "-"])
    return facts


BLIND_681 = [
    # I. the offices (562/UBND-NC cited; "Từ ngày 01/3/2025", "Đến ngày 31/5/2025" dates); the province's participants
    # (subject NULL) against the year's target (dated 2025-12-31)
    F("tổ chức 10 đơn vị", "10", 10, "đơn vị", C, code=None, **_OPEN),
    F("là 118.426 người", "118.426", 118426, "người", C, code=ANY, **_NULL),
    F("đạt 24,18%", "24,18%", 24.18, "%", code=ANY, **_NULL),
    F("là 842.615 người", "842.615", 842615, "người", C, code=ANY, **_NULL),
    F("đạt 94,62%", "94,62%", 94.62, "%", code=ANY, target=95, stated_status="chưa đạt", **_NULL),
    F("năm 2025 là 95%", "95%", 95, "%", T, as_of="2025-12-31", code=ANY, **_NULL),
    # II. the office's files on the province (tháng 4/2025 dated 2025-04-30), channels, settled, on time
    _bh("tỉnh 46.218 hồ sơ", "46.218", 46218, "hồ sơ", C, code=_TN),
    _bh("(tháng 4/2025: 43.906 hồ sơ)", "43.906", 43906, "hồ sơ", PR, as_of=_APR_2025, code=_TN),
    _bh("tăng 2.312 hồ sơ", "2.312", 2312, "hồ sơ", CH, code=ANY),
    _bh("điện tử 45.126 hồ sơ", "45.126", 45126, "hồ sơ", C, code=ANY),
    _bh("chiếm 97,64%", "97,64%", 97.64, "%", code=ANY),
    _bh("công ích 612 hồ sơ", "612", 612, "hồ sơ", C, code=ANY),
    _bh("trực tiếp 480 hồ sơ", "480", 480, "hồ sơ", C, code=_NTT),
    _bh("giải quyết 45.984 hồ sơ", "45.984", 45984, "hồ sơ", C, code=ANY),
    _bh("đúng hạn 45.972 hồ sơ", "45.972", 45972, "hồ sơ", C, code=_DH),
    _bh("đạt 99,97%", "99,97%", 99.97, "%", code=_DH),
    _bh("quá hạn 12 hồ sơ", "12", 12, "hồ sơ", C, code=_QH),
    _bh("giải quyết 234 hồ sơ", "234", 234, "hồ sơ", C, code=ANY),
    *_offices_681(),
    # III.1 pensions paid to accounts (tháng 4/2025 dated 2025-04-30; the year's target 2025-12-31), money
    _bh("cho 38.412 người", "38.412", 38412, "người", C, code=ANY),
    _bh("trong đó 30.822 người", "30.822", 30822, "người", C, code=ANY),
    _bh("chiếm 80,24%", "80,24%", 80.24, "%", code=ANY, target=85, stated_status="chưa đạt"),
    _bh("tăng 1,86 điểm", "1,86", 1.86, "%", CH, code=ANY),
    _bh("(78,38%)", "78,38%", 78.38, "%", PR, as_of=_APR_2025, code=ANY),
    _bh("năm 2025 là 85%", "85%", 85, "%", T, as_of="2025-12-31", code=ANY),
    _bh("là 246,18 tỷ đồng", "246,18", 246.18, "tỷ đồng", code=ANY),
    _bh("tài khoản 201,64 tỷ đồng", "201,64", 201.64, "tỷ đồng", code=ANY),
    _bh("chiếm 81,91%", "81,91%", 81.91, "%", code=ANY),
    # III.2 the province's VssID users and cards (subject NULL); III.3 clinics (subject and level unchecked)
    F("là 286.412 người", "286.412", 286412, "người", C, code=ANY, **_NULL),
    F("tăng 4.126 người", "4.126", 4126, "người", CH, code=ANY, **_NULL),
    F("Có 812.406 thẻ", "812.406", 812406, "thẻ", C, code=ANY, **_NULL),
    F("chiếm 96,41%", "96,41%", 96.41, "%", code=ANY, **_NULL),
    F("Có 68/76 cơ sở", "68/76", 68, "cơ sở", C, max_value=76, code=ANY, **_OPEN),
    F("với 94.618 lượt", "94.618", 94618, "lượt", C, code=ANY, **_OPEN),
    F("; 08 cơ sở", "08", 8, "cơ sở", C, code=ANY, **_OPEN),
    # III.4 PAKN ("Tổng đài 1900.9068" no figure); the office's rank among the regional offices (not the 766
    # ranking); the province's 766 result of tháng 4/2025 (dated 2025-04-30)
    _bh("tiếp nhận 16 PAKN", "16", 16, "PAKN", C, code=_PAKN_TN),
    _bh("trả lời 15 PAKN", "15", 15, "PAKN", C, code=ANY),
    _bh("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    _bh("xếp thứ 7/35", "7/35", 7, "hạng", R, max_value=35, code=ANY),
    F("đạt 82,14/100", "82,14/100", 82.14, "điểm", max_value=100, as_of=_APR_2025, code=_TONG, **_NULL),
    F("xếp thứ 36/63", "36/63", 36, "hạng", R, max_value=63, as_of=_APR_2025, code=_HANG, **_NULL),
    # IV. task 2's target of two offices for quý III; task 5's clinics repeated (address, phone no figures)
    F("tối thiểu 70%", "70%", 70, "%", T, as_of="2025-09-30", code=ANY, **_OPEN),
    F("chỉ đạo 08 cơ sở", "08", 8, "cơ sở", C, code=ANY, **_OPEN),
]

# ------------------------------------------------------------ 682: Ban Quản lý Khu kinh tế tỉnh Bình Định, quý I
# năm 2025
_BQL = "Ban Quản lý Khu kinh tế"
_bql = _by(_BQL, "tỉnh")
_Q4_2024 = "2024-12-31"

# the dash list by field: (label as written, files, online share)
_FIELDS_682 = [
    ("đầu tư", "86", "100"), ("xây dựng", "64", "93,75"), ("lao động", "312", "96,79"),
    ("thương mại", "142", "93,66"), ("môi trường và các lĩnh vực còn lại", "24", "83,33"),
]


def _fields_682() -> list[Fact]:
    """The dash list "- Lĩnh vực <field>: <n> hồ sơ, nộp trực tuyến <x>%;": the Ban's fields (subject unchecked, level
    tỉnh); files code unchecked (one field's), the share the online code."""
    facts = []
    for field, files, share in _FIELDS_682:
        facts.append(F(f"{field}: {files} hồ sơ", files, _num(files), "hồ sơ", C, code=ANY, **_IN_TINH))
        facts.append(F(f"trực tuyến {share}%", f"{share}%", _num(share), "%", code=_NOP, **_IN_TINH))
    return facts


BLIND_682 = [
    # I. zones and projects (the zones': subject and level unchecked; 18/KH-UBND cited), the Ban's TTHC
    F("và 07 khu công nghiệp", "07", 7, "khu công nghiệp", C, code=None, **_OPEN),
    F("với 386 dự án", "386", 386, "dự án", C, code=ANY, **_OPEN),
    F("đăng ký 126.418,6 tỷ đồng", "126.418,6", 126418.6, "tỷ đồng", code=ANY, **_OPEN),
    _bql("thực hiện 118 TTHC", "118", 118, "TTHC", C, code=_TTHC),
    _bql("thuộc 9 lĩnh vực", "9", 9, "lĩnh vực", C, code=None),
    _bql("trong đó 86 TTHC", "86", 86, "TTHC", C, code=_TOAN),
    _bql("chiếm 72,88%", "72,88%", 72.88, "%", code=_TOAN),
    _bql("và 32 TTHC", "32", 32, "TTHC", C, code=_MOT),
    # II.1–2 files (quý IV năm 2024 dated 2024-12-31), settled by timeliness, pending
    _bql("tiếp nhận 628 hồ sơ", "628", 628, "hồ sơ", C, code=_TN),
    _bql("(quý IV năm 2024: 574 hồ sơ)", "574", 574, "hồ sơ", PR, as_of=_Q4_2024, code=_TN),
    _bql("tăng 54 hồ sơ", "54", 54, "hồ sơ", CH, code=ANY),
    _bql("tăng 9,41%", "9,41%", 9.41, "%", CH, code=ANY),
    _bql("trực tuyến 601 hồ sơ", "601", 601, "hồ sơ", C, code=_NOP),
    _bql("chiếm 95,70%", "95,70%", 95.7, "%", code=_NOP),
    _bql("giải quyết 612 hồ sơ", "612", 612, "hồ sơ", C, code=ANY),
    _bql("trước hạn 498 hồ sơ", "498", 498, "hồ sơ", C, code=ANY),
    _bql("đúng hạn 112 hồ sơ", "112", 112, "hồ sơ", C, code=ANY),
    _bql("quá hạn 02 hồ sơ", "02", 2, "hồ sơ", C, code=_QH),
    _bql("đạt 99,67%", "99,67%", 99.67, "%", code=_DH),
    _bql("còn 16 hồ sơ", "16", 16, "hồ sơ", C, code=ANY),
    # II.3 fields; II.4 payment against the year's target (dated 2025-12-31), digitisation, reuse
    *_fields_682(),
    _bql("có 214 hồ sơ", "214", 214, "hồ sơ", C, code=ANY),
    _bql("trong đó 186 hồ sơ", "186", 186, "hồ sơ", C, code=_TT),
    _bql("đạt 86,92%", "86,92%", 86.92, "%", code=_TT, target=90, stated_status="chưa đạt"),
    _bql("năm 2025 là 90%", "90%", 90, "%", T, as_of="2025-12-31", code=_TT),
    _bql("TTHC đạt 97,55%", "97,55%", 97.55, "%", code=_SH),
    _bql("đạt 42,18%", "42,18%", 42.18, "%", code=_TSD),
    # III. investment (the capital is the projects'), the zones by projects after "lần lượt là", workers (cuối năm
    # 2024 dated 2024-12-31), labour permits, certificates of origin ("C/O" no figure)
    _bql("cấp mới 09 dự án", "09", 9, "dự án", C, code=ANY),
    F("đăng ký 3.846,2 tỷ đồng", "3.846,2", 3846.2, "tỷ đồng", code=ANY, **_OPEN),
    _bql("trong đó 02 dự án", "02", 2, "dự án", C, code=ANY),
    F("đăng ký 46,8 triệu USD", "46,8", 46.8, "triệu USD", code=ANY, **_OPEN),
    _bql("điều chỉnh 14 dự án", "14", 14, "dự án", C, code=ANY),
    F("lần lượt là 4,", "4", 4, "dự án", C, code=ANY, **_OPEN),
    F("4, 3 và", "3", 3, "dự án", C, code=ANY, **_OPEN),
    F("3 và 2 dự án", "2", 2, "dự án", C, code=ANY, **_OPEN),
    F("là 48.612 người", "48.612", 48612, "người", C, code=ANY, **_OPEN),
    F("tăng 1.286 người", "1.286", 1286, "người", CH, code=ANY, **_OPEN),
    F("(47.326 người)", "47.326", 47326, "người", PR, as_of=_Q4_2024, code=ANY, **_OPEN),
    _bql("cấp 146 giấy phép", "146", 146, "giấy phép", C, code=ANY),
    _bql("trong đó 138 giấy phép", "138", 138, "giấy phép", C, code=ANY),
    _bql("chiếm 94,52%", "94,52%", 94.52, "%", code=ANY),
    _bql("cấp 1.246 bộ", "1.246", 1246, "bộ", C, code=ANY),
    _bql("trong đó 1.218 bộ", "1.218", 1218, "bộ", C, code=ANY),
    _bql("chiếm 97,75%", "97,75%", 97.75, "%", code=ANY),
    # IV. PAKN, dialogue; the Ban's 766 result of the quarter (quý IV năm 2024 dated 2024-12-31), two groups, the
    # block average and bodies by grade (level tỉnh), the province
    _bql("tiếp nhận 06 PAKN", "06", 6, "PAKN", C, code=_PAKN_TN),
    _bql("xử lý 06/06 PAKN", "06/06", 6, "PAKN", C, max_value=6, code=ANY),
    _bql("tổ chức 01 hội nghị", "01", 1, "hội nghị", C, code=None),
    _bql("với 64 doanh nghiệp", "64", 64, "doanh nghiệp", C, code=ANY),
    _bql("Ban đạt 91,24/100", "91,24/100", 91.24, "điểm", max_value=100, code=_TONG),
    _bql("xếp thứ 2/21", "2/21", 2, "hạng", R, max_value=21, code=_HANG),
    _bql("(quý IV năm 2024: 89,06 điểm", "89,06", 89.06, "điểm", PR, max_value=100, as_of=_Q4_2024, code=_TONG),
    _bql("xếp thứ 4/21)", "4/21", 4, "hạng", PR, max_value=21, as_of=_Q4_2024, code=_HANG),
    _bql("đạt 19,92/20", "19,92/20", 19.92, "điểm", max_value=20, code="766.tien_do"),
    _bql("đạt 18,46/22", "18,46/22", 18.46, "điểm", max_value=22, code="766.so_hoa"),
    F("đạt 85,12 điểm", "85,12", 85.12, "điểm", code=ANY, **_IN_TINH),
    F("có 06 cơ quan", "06", 6, "đơn vị", C, code=None, **_IN_TINH),
    F("13 cơ quan", "13", 13, "đơn vị", C, code=None, **_IN_TINH),
    F("và 02 cơ quan", "02", 2, "đơn vị", C, code=None, **_IN_TINH),
    F("đạt 86,74/100", "86,74/100", 86.74, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ 12/63", "12/63", 12, "hạng", R, max_value=63, code=_HANG, **_NULL),
    # V. task 2's target of the construction field for quý II (address, phone no figures)
    F("đạt 100% trong quý II", "100%", 100, "%", T, as_of="2025-06-30", code=ANY, **_IN_TINH),
]

# ------------------------------------------------------------ 683: Văn phòng Đăng ký đất đai tỉnh Bắc Ninh, tháng
# 10 năm 2025 (Công văn)
_VP = "Văn phòng Đăng ký đất đai"
_vp = _by(_VP, "tỉnh")
_SEP_2025 = "2025-09-30"

_BRANCHES_683 = [
    ("1", "Chi nhánh khu vực Bắc Ninh", "2.846 1.412 49,61 2.712 18"),
    ("2", "Chi nhánh khu vực Từ Sơn", "2.318 1.206 52,03 2.214 12"),
    ("3", "Chi nhánh khu vực Thuận Thành", "1.642 718 43,73 1.586 9"),
    ("4", "Chi nhánh khu vực Quế Võ", "1.486 664 44,68 1.418 6"),
    ("5", "Chi nhánh khu vực Bắc Giang", "2.214 1.046 47,24 2.118 14"),
    ("6", "Chi nhánh khu vực Việt Yên", "1.918 842 43,90 1.836 21"),
    ("7", "Chi nhánh khu vực Lục Ngạn", "1.126 386 34,28 1.064 26"),
    ("8", "Chi nhánh khu vực Yên Thế", "864 274 31,71 812 11"),
    ("", "Tổng cộng", "14.414 6.548 45,43 13.760 117"),
]


def _who_683(stt: str, name: str, col: int) -> tuple[object, object]:
    """Bảng (Markdown, per branch): each branch as written, level unchecked; "Tổng cộng" the Văn phòng."""
    return (_VP, "tỉnh") if stt == "" else (name, ANY)


BLIND_683 = [
    # 1. branches and communes (2146/SNNMT-VP cited); files (tháng 9/2025 dated 2025-09-30), by kind, online against
    # the land field's target (dated 2025-12-31); settled, on time, overdue with two branches in brackets, pending
    F("có 08 chi nhánh", "08", 8, "chi nhánh", C, code=None, **_OPEN),
    F("tại 99 xã", "99", 99, "xã", C, code=None, **_IN_XA),
    _vp("tiếp nhận 14.414 hồ sơ", "14.414", 14414, "hồ sơ", C, code=_TN),
    _vp("(tháng 9/2025: 13.126 hồ sơ)", "13.126", 13126, "hồ sơ", PR, as_of=_SEP_2025, code=_TN),
    _vp("tăng 1.288 hồ sơ", "1.288", 1288, "hồ sơ", CH, code=ANY),
    _vp("tăng 9,81%", "9,81%", 9.81, "%", CH, code=ANY),
    _vp("biến động 9.846 hồ sơ", "9.846", 9846, "hồ sơ", C, code=ANY),
    _vp("lần đầu 1.218 hồ sơ", "1.218", 1218, "hồ sơ", C, code=ANY),
    _vp("đất đai 3.350 hồ sơ", "3.350", 3350, "hồ sơ", C, code=ANY),
    _vp("là 6.548 hồ sơ", "6.548", 6548, "hồ sơ", C, code=_NOP),
    _vp("chiếm 45,43%", "45,43%", 45.43, "%", code=_NOP, target=50, stated_status="chưa đạt"),
    _vp("đất đai là 50%", "50%", 50, "%", T, as_of="2025-12-31", code=_NOP),
    _vp("giải quyết 13.760 hồ sơ", "13.760", 13760, "hồ sơ", C, code=ANY),
    _vp("đúng hạn 13.643 hồ sơ", "13.643", 13643, "hồ sơ", C, code=_DH),
    _vp("đạt 99,15%", "99,15%", 99.15, "%", code=_DH),
    _vp("quá hạn 117 hồ sơ", "117", 117, "hồ sơ", C, code=_QH),
    _vp("chiếm 0,85%", "0,85%", 0.85, "%", code=_QH),
    F("(26 hồ sơ)", "26", 26, "hồ sơ", C, subject="Chi nhánh khu vực Lục Ngạn", level=ANY, code=_QH),
    F("(21 hồ sơ)", "21", 21, "hồ sơ", C, subject="Chi nhánh khu vực Việt Yên", level=ANY, code=_QH),
    _vp("giải quyết 654 hồ sơ", "654", 654, "hồ sơ", C, code=ANY),
    _vp("gửi 117 thư", "117", 117, "thư xin lỗi", C, code=ANY),
    _vp("là 5,8 ngày", "5,8", 5.8, "ngày", code=ANY),
    _vp("rút ngắn 0,7 ngày", "0,7", -0.7, "ngày", CH, code=ANY),
    _vp("(6,5 ngày)", "6,5", 6.5, "ngày", PR, as_of=_SEP_2025, code=ANY),
    *_md_table(_BRANCHES_683, "\n2. Cấp giấy", _who_683,
               [("hồ sơ", _TN), ("hồ sơ", _NOP), ("%", _NOP), ("hồ sơ", ANY), ("hồ sơ", _QH)]),
    # 2. certificates, payment, money; the land database (communes at level xã), identity checks; PAKN; the Sở's and
    # the province's 766 results of tháng 9/2025 (dated 2025-09-30)
    _vp("cấp 8.412 giấy chứng nhận", "8.412", 8412, "giấy chứng nhận", C, code=ANY),
    _vp("trong đó 1.046 giấy", "1.046", 1046, "giấy chứng nhận", C, code=ANY),
    _vp("Có 9.126 hồ sơ", "9.126", 9126, "hồ sơ", C, code=ANY),
    _vp("trong đó 5.318 hồ sơ", "5.318", 5318, "hồ sơ", C, code=_TT),
    _vp("đạt 58,27%", "58,27%", 58.27, "%", code=_TT),
    _vp("là 18,64 tỷ đồng", "18,64", 18.64, "tỷ đồng", code=ANY),
    F("tại 71/99 xã", "71/99", 71, "xã", C, max_value=99, code=None, **_IN_XA),
    F("với 2.146.318 thửa đất", "2.146.318", 2146318, "thửa đất", C, code=ANY, **_OPEN),
    F("còn 28 xã", "28", 28, "xã", C, code=None, **_IN_XA),
    _vp("đối với 11.842 hồ sơ", "11.842", 11842, "hồ sơ", C, code=ANY),
    _vp("chiếm 82,16%", "82,16%", 82.16, "%", code=ANY),
    _vp("tiếp nhận 09 PAKN", "09", 9, "PAKN", C, code=_PAKN_TN),
    _vp("xử lý 08 PAKN", "08", 8, "PAKN", C, code=ANY),
    _vp("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    F("đạt 83,46/100", "83,46/100", 83.46, "điểm", max_value=100, subject="Sở Nông nghiệp và Môi trường",
      level="tỉnh", as_of=_SEP_2025, code=_TONG),
    F("xếp thứ 12/18", "12/18", 12, "hạng", R, max_value=18, subject="Sở Nông nghiệp và Môi trường", level="tỉnh",
      as_of=_SEP_2025, code=_HANG),
    F("đạt 85,62/100", "85,62/100", 85.62, "điểm", max_value=100, as_of=_SEP_2025, code=_TONG, **_NULL),
    F("xếp thứ 9/34", "9/34", 9, "hạng", R, max_value=34, as_of=_SEP_2025, code=_HANG, **_NULL),
    # 3. tasks: a branch's overdue files repeated; two branches' target for quý IV; communes repeated (phone no figure)
    F("dứt điểm 21 hồ sơ", "21", 21, "hồ sơ", C, subject="Chi nhánh khu vực Việt Yên", level=ANY, code=ANY),
    F("tối thiểu 40%", "40%", 40, "%", T, as_of="2025-12-31", code=ANY, **_OPEN),
    F("tại 28 xã", "28", 28, "xã", C, code=None, **_IN_XA),
]

# ------------------------------------------------------------ 684: Công ty Cổ phần Cấp nước Hải Dương (thành phố Hải
# Phòng), năm 2025
_CN = "Công ty Cổ phần Cấp nước Hải Dương"
_cn = _by(_CN, "tỉnh")
_Y2024 = "2024-12-31"

# the dash list by unit: (unit as written, files, online share)
_UNITS_684 = [
    ("Xí nghiệp Kinh doanh nước sạch Hải Dương", "5.846", "95,12"), ("Chi nhánh Chí Linh", "2.418", "92,47"),
    ("Chi nhánh Kinh Môn", "2.106", "90,84"), ("Chi nhánh Nam Sách", "1.612", "89,52"),
    ("Chi nhánh Cẩm Giàng", "1.746", "90,26"), ("Chi nhánh Gia Lộc", "1.518", "88,41"),
    ("Chi nhánh Tứ Kỳ", "1.386", "87,30"), ("Chi nhánh Ninh Giang", "1.794", "86,62"),
]


def _units_684() -> list[Fact]:
    """The dash list "- <unit>: <n> hồ sơ, trực tuyến <x>%;": each branch or enterprise as written, level unchecked;
    files with the received code, the share with the online code."""
    facts = []
    for name, files, share in _UNITS_684:
        who = {"subject": name, "level": ANY}
        facts.append(F(f"{name}: {files} hồ sơ", files, _num(files), "hồ sơ", C, code=_TN, **who))
        facts.append(F(f"trực tuyến {share}%", f"{share}%", _num(share), "%", code=_NOP, **who))
    return facts


BLIND_684 = [
    # I. customers (năm 2024 dated 2024-12-31), communes, losses, services (215/KH-UBND cited)
    _cn("cho 286.412 khách hàng", "286.412", 286412, "khách hàng", C, code=ANY),
    F("tại 42 xã", "42", 42, "xã", C, code=None, **_IN_XA),
    _cn("tăng 12.618 khách hàng", "12.618", 12618, "khách hàng", CH, code=ANY),
    _cn("(273.794 khách hàng)", "273.794", 273794, "khách hàng", PR, as_of=_Y2024, code=ANY),
    _cn("là 14,74%", "14,74%", 14.74, "%", code=ANY),
    _cn("giảm 1,18 điểm", "1,18", -1.18, "%", CH, code=ANY),
    _cn("(15,92%)", "15,92%", 15.92, "%", PR, as_of=_Y2024, code=ANY),
    _cn("cung cấp 8 dịch vụ", "8", 8, "dịch vụ", C, code=ANY),
    # II.1 requests, channels, online against the year's target (dated 2025-12-31)
    _cn("tiếp nhận 18.426 hồ sơ", "18.426", 18426, "hồ sơ", C, code=_TN),
    _cn("(năm 2024: 15.912 hồ sơ)", "15.912", 15912, "hồ sơ", PR, as_of=_Y2024, code=_TN),
    _cn("tăng 2.514 hồ sơ", "2.514", 2514, "hồ sơ", CH, code=ANY),
    _cn("tăng 15,80%", "15,80%", 15.8, "%", CH, code=ANY),
    _cn("quốc gia 5.218 hồ sơ", "5.218", 5218, "hồ sơ", C, code=ANY),
    _cn("khách hàng 11.642 hồ sơ", "11.642", 11642, "hồ sơ", C, code=ANY),
    _cn("giao dịch 1.566 hồ sơ", "1.566", 1566, "hồ sơ", C, code=_NTT),
    _cn("đạt 91,50%", "91,50%", 91.5, "%", code=_NOP, target=90, stated_status="đạt"),
    _cn("năm 2025 là 90%", "90%", 90, "%", T, as_of="2025-12-31", code=_NOP),
    # II.2 settled, on time, overdue, pending; installation time; II.3 the units
    _cn("giải quyết 18.214 hồ sơ", "18.214", 18214, "hồ sơ", C, code=ANY),
    _cn("đúng hạn 18.176 hồ sơ", "18.176", 18176, "hồ sơ", C, code=_DH),
    _cn("đạt 99,79%", "99,79%", 99.79, "%", code=_DH),
    _cn("quá hạn 38 hồ sơ", "38", 38, "hồ sơ", C, code=_QH),
    _cn("giải quyết 212 hồ sơ", "212", 212, "hồ sơ", C, code=ANY),
    _cn("bình quân 3,4 ngày", "3,4", 3.4, "ngày", code=ANY),
    _cn("rút ngắn 0,9 ngày", "0,9", -0.9, "ngày", CH, code=ANY),
    _cn("(4,3 ngày)", "4,3", 4.3, "ngày", PR, as_of=_Y2024, code=ANY),
    *_units_684(),
    # III. cashless payment (năm 2024 dated 2024-12-31; the city's target 2025-12-31), money, e-invoices, identity
    # numbers, PAKN, satisfaction (max 10); the city's 766 result of tháng 12/2025
    _cn("là 241.618 khách hàng", "241.618", 241618, "khách hàng", C, code=ANY),
    _cn("chiếm 84,36%", "84,36%", 84.36, "%", code=ANY, target=85, stated_status="chưa đạt"),
    _cn("(năm 2024: 78,92%)", "78,92%", 78.92, "%", PR, as_of=_Y2024, code=ANY),
    _cn("tăng 5,44 điểm", "5,44", 5.44, "%", CH, code=ANY),
    _cn("năm 2025 là 85%", "85%", 85, "%", T, as_of="2025-12-31", code=ANY),
    _cn("là 512,46 tỷ đồng", "512,46", 512.46, "tỷ đồng", code=ANY),
    _cn("mặt 448,12 tỷ đồng", "448,12", 448.12, "tỷ đồng", code=ANY),
    _cn("chiếm 87,44%", "87,44%", 87.44, "%", code=ANY),
    _cn("hành 3.412.618 hóa đơn", "3.412.618", 3412618, "hóa đơn", C, code=ANY),
    _cn("100% hóa đơn", "100%", 100, "%", code=ANY),
    _cn("cho 268.412 khách hàng", "268.412", 268412, "khách hàng", C, code=ANY),
    _cn("đạt 93,72%", "93,72%", 93.72, "%", code=ANY),
    _cn("còn 18.000 khách hàng", "18.000", 18000, "khách hàng", C, code=ANY),
    _cn("tiếp nhận 142 PAKN", "142", 142, "PAKN", C, code=_PAKN_TN),
    _cn("giải quyết 140 PAKN", "140", 140, "PAKN", C, code=ANY),
    _cn("đạt 98,59%", "98,59%", 98.59, "%", code=ANY),
    _cn("đạt 8,92/10", "8,92/10", 8.92, "điểm", max_value=10, code=ANY),
    F("đạt 86,18/100", "86,18/100", 86.18, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ 7/34", "7/34", 7, "hạng", R, max_value=34, code=_HANG, **_NULL),
    # IV. task 1's customers repeated; task 2's target of two branches for quý II (address, phone no figures)
    F("cho 18.000 khách hàng", "18.000", 18000, "khách hàng", C, code=ANY, **_OPEN),
    F("tối thiểu 90%", "90%", 90, "%", T, as_of="2026-06-30", code=ANY, **_OPEN),
]

BLIND = {"680": BLIND_680, "681": BLIND_681, "682": BLIND_682, "683": BLIND_683, "684": BLIND_684}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "680": [
        ("2026-05-30", "day", "30/5/2026", "eTax Mobile", "Thuế cơ sở 6 tỉnh Thái Nguyên"),
        ("2026-06-30", "quarter", "quý II năm 2026", "nộp thuế điện tử", "Thuế cơ sở 5 và Thuế cơ sở 6"),
        ("2026-06-30", "day", "ngày ba mươi tháng 6 năm 2026", "chuẩn hóa thông tin",
         "Phòng Quản lý hộ kinh doanh, cá nhân và thu khác"),
        ("2026-05-31", "month", "tháng 5/2026", "danh mục TTHC thuế toàn trình", "Văn phòng Thuế tỉnh"),
        ("2026-12-31", "year", "năm 2026", "máy tính tiền", "UBND các xã, phường"),
        # issued 08/4/2026, after the 5th: the first "ngày 05 hằng tháng" is 05/5/2026
        ("2026-05-05", "recurring", "05 hằng tháng", "gửi báo cáo kết quả", "Các Thuế cơ sở"),
    ],
    "681": [
        ("2025-06-20", "day", "20/6/2025", "ốm đau, thai sản", "Phòng Chế độ bảo hiểm xã hội"),
        ("2025-09-30", "quarter", "quý III năm 2025", "mở tài khoản",
         "Bảo hiểm xã hội cơ sở Đà Bắc và Bảo hiểm xã hội cơ sở Mai Châu"),
        ("2025-07-15", "day", "ngày mười lăm tháng 7 năm 2025", "Cơ sở dữ liệu quốc gia về dân cư",
         "Phòng Quản lý thu, sổ, thẻ"),
        ("2025-08-31", "month", "tháng 8/2025", "ứng dụng VssID", "Văn phòng"),
        ("2025-12-31", "year", "năm 2025", "thẻ căn cước", "Sở Y tế"),
        # issued 05/6/2025: the first "ngày 25 hằng tháng" is 25/6/2025
        ("2025-06-25", "recurring", "25 hằng tháng", "gửi báo cáo kết quả", "Các Bảo hiểm xã hội cơ sở"),
    ],
    "682": [
        ("2025-05-15", "day", "15/5/2025", "dự án chậm tiến độ", "Phòng Quản lý đầu tư"),
        ("2025-06-30", "quarter", "quý II năm 2025", "cấp phép xây dựng", "Phòng Quản lý Quy hoạch và Xây dựng"),
        ("2025-05-28", "day", "ngày hai mươi tám tháng 5 năm 2025", "quy trình nội bộ", "Văn phòng Ban"),
        ("2025-06-30", "month", "tháng 6/2025", "giấy phép lao động", "Phòng Quản lý doanh nghiệp và lao động"),
        ("2025-12-31", "year", "năm 2025", "thanh toán phí, lệ phí", "Sở Tài chính"),
        # issued 08/4/2025, before the 18th: the first "ngày 18 hằng tháng" is 18/4/2025
        ("2025-04-18", "recurring", "18 hằng tháng", "gửi báo cáo kết quả", "Các phòng chuyên môn"),
    ],
    "683": [
        ("2025-11-20", "day", "20/11/2025", "hồ sơ quá hạn", "Chi nhánh khu vực Việt Yên"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "nộp hồ sơ trực tuyến",
         "Chi nhánh khu vực Lục Ngạn và Chi nhánh khu vực Yên Thế"),
        ("2025-12-15", "day", "ngày mười lăm tháng 12 năm 2025", "chỉnh lý biến động",
         "Phòng Đăng ký và Cấp giấy chứng nhận"),
        ("2025-12-31", "month", "tháng 12/2025", "dữ liệu thửa đất", "Phòng Kỹ thuật địa chính và Cơ sở dữ liệu"),
        ("2026-12-31", "year", "năm 2026", "thông tin quy hoạch", "UBND các xã, phường"),
        # issued 05/11/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/12/2025
        ("2025-12-03", "recurring", "03 hằng tháng", "gửi báo cáo kết quả", "Các chi nhánh"),
    ],
    "684": [
        ("2026-03-31", "day", "31/3/2026", "số định danh cá nhân", "Phòng Kinh doanh"),
        ("2026-06-30", "quarter", "quý II năm 2026", "trực tuyến", "Chi nhánh Tứ Kỳ và Chi nhánh Ninh Giang"),
        ("2026-05-18", "day", "ngày mười tám tháng 5 năm 2026", "VNeID", "Phòng Công nghệ thông tin"),
        ("2026-06-30", "month", "tháng 6/2026", "đồng hồ nước thông minh", "Xí nghiệp Kinh doanh nước sạch Hải Dương"),
        ("2026-12-31", "year", "năm 2026", "Cổng Dịch vụ công thành phố", "Sở Xây dựng"),
        # issued 12/01/2026, after the 10th: the first "ngày 10 hằng tháng" is 10/02/2026
        ("2026-02-10", "recurring", "10 hằng tháng", "gửi báo cáo kết quả", "Các chi nhánh, xí nghiệp"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 680 a report of a Thuế
# tỉnh under "CỤC THUẾ", signed by a deputy head; 681 a report of a regional social-insurance office under "BẢO HIỂM XÃ
# HỘI VIỆT NAM" on one province (its place line and addressee Hòa Bình), signed by a deputy director; 682 a report of
# an economic zone board under "UBND TỈNH BÌNH ĐỊNH", signed by a deputy head; 683 a Công văn of a land registration
# office (three header lines, a "V/v" line naming the month, no title), signed by a deputy director; 684 a report of a
# water company (one header line, place line "Hải Phòng"), signed by its general director.
META = {
    "680": {"doc_number": "612/BC-TTN", "doc_type": "Báo cáo", "issued_date": "2026-04-08",
            "province": "Thái Nguyên", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Dương Văn Lượng"},
    "681": {"doc_number": "846/BC-BHXHKV", "doc_type": "Báo cáo", "issued_date": "2025-06-05",
            "province": "Hòa Bình", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Bùi Văn Thanh"},
    "682": {"doc_number": "386/BC-BQL", "doc_type": "Báo cáo", "issued_date": "2025-04-08",
            "province": "Bình Định", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Lê Thị Thanh Hương"},
    "683": {"doc_number": "1286/VPĐKĐĐ-HCTH", "doc_type": "Công văn", "issued_date": "2025-11-05",
            "province": "Bắc Ninh", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Nguyễn Văn Khải"},
    "684": {"doc_number": "46/BC-CNHD", "doc_type": "Báo cáo", "issued_date": "2026-01-12",
            "province": "Hải Phòng", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Phạm Văn Hòa"},
}
