"""Blind golden facts for corpus/blind120/675_phu_yen.txt, 676_binh_phuoc.txt, 677_da_nang.txt, 678_cao_bang.txt and
679_lang_son.txt.

The five documents were written by the developers for a hundred-and-twentieth blind measurement (TEXT FROM DOCUMENTS
CONVERTED BADLY, issuers not used recently: a power company's quarterly report pasted from a PDF, a Tỉnh đoàn's Công
văn whose tables came out as cells separated by runs of spaces, a Hội LHPN's annual report with a numbered list whose
items wrap over two lines, a Sở Giáo dục và Đào tạo's report in Markdown with bold labels and nested bullets, a Thi
hành án dân sự tỉnh's report with footnotes [1]–[5] stating targets and earlier figures; provinces Phú Yên and Bình
Phước before the 1 July 2025 merger, Đà Nẵng, Cao Bằng and Lạng Sơn after it; periods quý I năm 2025, tháng 5 năm
2025, năm 2025, 6 tháng đầu năm 2026 and quý III năm 2025; not real documents), and every row below was written by
reading them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind116.py, blind115.py, blind114.py, blind113.py, blind16.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose and list counts are kind `count`; table cells are kind `value` even when they count, with
`extra={"source": "table"}`; `as_of="period"` is the period's end; a table column or row dated before the period end
keeps kind `value` with that date as `as_of`; a change is dated with the figure it changes and a fall ("rút ngắn",
"thấp hơn") is negative; a change in "điểm phần trăm" is kind change in `%` with the number alone as raw. `ANY` leaves
a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names none: counts of
communes, decisions, branches, bodies, markets, teams). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị"
the unit `PAKN`; a count of the files (or PAKN) an indicator is computed on carries that indicator's code; every "đã
giải quyết" count, pending files, files with fees, one service's files, money and changes of counts have their code
unchecked. Counts of local units take the unit of their first unit word ("108/111 xã, phường, thị trấn", "93/93 xã,
phường", "56/56 xã, phường" → `xã`); "94 đơn vị hành chính cấp xã (23 phường, 70 xã, 01 đặc khu)" → subject `cấp xã`
(unit `đơn vị`, level xã), its parts `phường`, `xã`, `đặc khu` (subject unchecked, level xã); "05 đơn vị trực thuộc"
`đơn vị` (subject and level unchecked). A provincial body's own figures naming no body are named by its kind, level
tỉnh: `Tỉnh đoàn` (as golden/blind54.py's 345), `Hội LHPN thành phố` in the centrally-run city of Đà Nẵng, `Sở Giáo
dục và Đào tạo`, `Thi hành án dân sự tỉnh`; a proper name holding a place is kept whole (`Công ty Điện lực Phú Yên`,
as golden/blind65.py's 400); a sentence naming the body in full keeps the name as written ("Thi hành án dân sự tỉnh
Lạng Sơn đạt 84,26/100 điểm"). Province-wide figures ("tỷ lệ … của tỉnh", "tỉnh Bình Phước đạt", "toàn thành phố",
"tỉnh Cao Bằng", "tỉnh Lạng Sơn") have subject NULL. Things counted take the noun as written (`khách hàng`, `dịch
vụ`, `hóa đơn`, `trường hợp`, `Điện lực`, `đội hình`, `đoàn viên`, `lượt`, `giao dịch`, `tài khoản`, `buổi`, `hội
viên`, `chợ`, `tiểu thương`, `tổ`, `thành viên`, `học sinh`, `cơ sở`, `học bạ`, `quyết định`, `việc`, `đương sự`,
`văn bản`); money keeps the unit written (`tỷ đồng`; code unchecked); durations `ngày`; a satisfaction score out of
10 carries max 10. Numbers written in words are no figures (the days of "ngày mười lăm tháng 5", "ngày hai mươi tháng
6", "ngày hai mươi sáu tháng 02", "ngày mười tám tháng 8", "ngày hai mươi hai tháng 11"). Dates, document numbers and
cited texts ("Kế hoạch số 38/KH-UBND", "Văn bản số 862/EVNCPC-KD", "Kế hoạch số 45-KH/TĐTN-PT", "Kế hoạch số
05/KH-HPN", "Công văn số 418/UBND-KSTT", "Kế hoạch số 27/KH-UBND", "Quyết định số 1126/QĐ-BTP", "Kế hoạch số
52/KH-UBND"), the stated windows and data dates ("từ ngày 01/01/2025 đến ngày 31/3/2025", "từ ngày 01/10/2024 đến
ngày 30/9/2025", "Đến ngày 31/12/2025", "đến ngày 30/6/2026", "từ ngày 01/8/2025 đến ngày 31/8/2025"), the periods
labelling rows and brackets ("Tháng 3/2025", "Quý I/2025", "Cả năm 2025", "Cộng 3 tháng", "năm học 2026-2027"),
"Đề án 06", "Bộ chỉ số 766", "cấp độ 4", "mức độ 2", "chợ 4.0", "từ đủ 14 tuổi", "Lớp 1", "Lớp 6", "Lớp 10", names
holding numbers ("Phòng Thi hành án dân sự khu vực 1" … "khu vực 5", "phường 4"), the footnote markers "[1]" … "[5]"
and the numbers opening the footnotes, the page footers "Trang 1/4" … "Trang 4/4" and the running header "CÔNG TY
ĐIỆN LỰC PHÚ YÊN - Báo cáo số 1126/BC-PCPY ngày 07/4/2025", section and item numbering ("I.", "1.", "a)", "Bảng
1."), the STT column, a "-" cell, addresses ("số 01 đường Lê Duẩn", "số 90 đường Phan Châu Trinh", "số 018 đường
Hoàng Đình Giong", "số 15 đường Hùng Vương"), phone numbers ("Tổng đài 1900.1909", "0257.2221.246", "0271.3879.246",
"0236.3821.614", "0206.3852.246", "0205.3812.146"), headings naming the next period ("IV. NHIỆM VỤ QUÝ II NĂM 2025",
"5. Nhiệm vụ tháng 6 năm 2025", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026", "V. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026", "V.
NHIỆM VỤ QUÝ IV NĂM 2025": no deadlines) and years are not figures.

New in this set (the converter forms were not met in this shape before; the decisions are written here):
- A PDF PASTED WITH HARD WRAPS AND PAGE FURNITURE INSIDE PARAGRAPHS (675): lines broken at about 90 characters in
  mid-sentence, no form feeds; three times the footer "Trang n/4" (right-aligned) and the running header "CÔNG TY ĐIỆN
  LỰC PHÚ YÊN - Báo cáo số 1126/BC-PCPY ngày 07/4/2025" sit between two lines of one paragraph ("… ứng dụng EVNCPC
  CSKH" / footer / header / "11.386 hồ sơ (chiếm 61,08%); …"; "… rút ngắn 0,5 ngày so" / footer / header / "với quý
  IV năm 2024 (4,1 ngày); …"; "… 124 PAKN (đạt 98,41%)," / footer / header / "còn 02 PAKN …"): the sentence runs on
  across them, the figure after them is read with the label before them and its context is taken on its own line;
  a figure whose unit opens the next line ("(quý IV năm 2024: 17.215" / "hồ sơ)", "Điện lực Đồng Xuân (11" / "hồ
  sơ)", "hạ áp bình quân là 1,8" / "ngày.") keeps that unit. The last footer follows the signature.
- TABLES AS CELLS SEPARATED BY RUNS OF SPACES (676): no pipes, no tabs; Bảng 1 "STT   Đơn vị   Đội hình   Đoàn viên
  Lượt hỗ trợ   Hồ sơ trực tuyến" with the 11 district-level youth unions (as written, level huyện) and "Tổng cộng"
  (an empty STT: the Tỉnh đoàn); Bảng 2 by month "Tháng   Đội hình   Lượt hỗ trợ   Tài khoản kích hoạt" (the rows of
  March and April dated at their months' ends, kind value). Units come from the header words. A cell's context runs
  from the spaces before it to the end of its row and into the next row's start.
- A NUMBERED LIST WHOSE ITEMS WRAP OVER TWO LINES (677): "1. Số buổi tuyên truyền … không dùng" / "   tiền mặt: 1.246
  buổi với 68.412 lượt …": the label on the first line, the figures on the indented second; each figure is the
  item's (the Hội LHPN thành phố's), its context on the second line; the item numbers are no figures. Item 2's
  "đạt 110,04% kế hoạch năm (42.000 hội viên)": the plan a target written as a count (at the period end).
- MARKDOWN WITH BOLD LABELS AND NESTED BULLETS (678): "- **Tiếp nhận:** 6.418 hồ sơ (…); trong đó:" with "  -
  **Trực tuyến:** 5.986 hồ sơ, chiếm 93,27%;" beneath: a nested item is read as a part of the item above it (the
  Sở's files), a label alone names the indicator ("**Tỷ lệ số hóa hồ sơ:** 96,84%" → digitisation code); "**Cấp
  tỉnh:** 62 TTHC" / "**Cấp xã:** 32 TTHC" under the province's TTHC are `cấp tỉnh` / `cấp xã`; the figures under
  "**Kết quả tại cấp xã:**" are `cấp xã`; "**Sở Giáo dục và Đào tạo:** 89,42/100 điểm" and the nested six groups
  "Công khai, minh bạch: 17,12/18 điểm" are the Sở's (the group codes, their maxima), "**Tỉnh Cao Bằng:**" the
  province's. Its Markdown table has a bold total row "| | **Tổng cộng** | **6.418** | …" (raws without asterisks).
  Assignees in the tasks are bold ("1. **Phòng Quản lý chất lượng** rà soát …"): the assignee is the name without
  asterisks.
- FOOTNOTES THAT STATE TARGETS AND EARLIER FIGURES (679): markers glued after a word or figure ("36 TTHC[1]",
  "71,38%[2]", "đều đạt[3]", "97,4%[4]", "ngành dọc[5]"), the footnotes after the signature under a rule. As
  golden/blind111.py's 631, each footnote's figures are read as the sentence they annotate (the same body): "[1] Quý
  II năm 2025 là 34 TTHC; chỉ tiêu năm 2025: 100% TTHC …" (a previous count dated 2025-06-30, a target dated
  2025-12-31), "[2] Quý II năm 2025 đạt 64,52% (742/1.150 hồ sơ); chỉ tiêu … năm 2025 là 70%" (previous share and
  its fraction, kind previous with max 1150; the target dated 2025-12-31, not linked to the 71,38%: the footnote
  states no status), "[3] Chỉ tiêu … năm thống kê 2025: tối thiểu 85% về việc và 48% về tiền; năm thống kê 2024 đạt
  86,14% về việc và 45,28% về tiền" (targets of the statistical year that ends at the period end, carried by the
  88,02% and 48,96% whose sentence says "cả hai chỉ tiêu đều đạt"; the earlier year dated 2024-09-30, as
  golden/blind65.py's 401 dates the THADS year), "[4] Quý II năm 2025 đạt 95,8%" (previous satisfaction), "[5] Tháng
  6/2025 đạt 81,12 điểm, xếp thứ 6/8" (previous score, max 100, and rank of the body named in full).

Per document:
- 675 is a quarterly Báo cáo of Công ty Điện lực Phú Yên (header "TỔNG CÔNG TY ĐIỆN LỰC MIỀN TRUNG / CÔNG TY ĐIỆN
  LỰC PHÚ YÊN", number "1126/BC-PCPY", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"), quý I năm 2025, issued 07/4/2025, to UBND
  tỉnh Phú Yên before the merger. The company's own figures (`Công ty Điện lực Phú Yên`, level tỉnh): customers
  "296.418 … 281.206 …, chiếm 94,87%", "12 dịch vụ … 100%", service requests in `hồ sơ` as golden/blind65.py's 400
  ("18.642 hồ sơ (quý IV năm 2024: 17.215 hồ sơ), tăng 1.427 hồ sơ, tương ứng tăng 8,29%": received code, previous
  dated 2024-12-31), the channels (the national portal's and the app's parts code unchecked; "trực tiếp tại các phòng
  giao dịch 1.042 hồ sơ (chiếm 5,59%)" the direct channel's code), "17.600 hồ sơ, tỷ lệ tiếp nhận trực tuyến đạt
  94,41%; so với chỉ tiêu Tổng công ty giao năm 2025 là 95% thì chưa đạt" (online code; target dated 2025-12-31), a
  dash list of the 9 Điện lực (as written, level unchecked; received code, online share), settled, on time, overdue
  with two Điện lực in brackets, pending, connection times "3,6 ngày, rút ngắn 0,5 ngày … (4,1 ngày) … 1,8 ngày", the
  rank "4/13 công ty điện lực" (not the 766 ranking: code unchecked) "tăng 3 bậc … (xếp thứ 7/13)"; cashless
  "262.318 khách hàng, chiếm 88,50% (quý IV năm 2024: 86,12%), tăng 2,38 điểm phần trăm … So với chỉ tiêu … năm 2025
  là 90% khách hàng thì chưa đạt" (the 88,50% carries the target), money "670,38 … 612,46 tỷ đồng, chiếm 91,36%",
  "889.254 hóa đơn", "100% hóa đơn", Zalo "186.412 khách hàng, tăng 14.206", Đề án 06 "248.612 … 88,41% … 32.594 …
  4.126 hồ sơ … 23,44% … 21.846 trường hợp" (codes unchecked), PAKN "126 … 124 … (đạt 98,41%) … 02", "8,86/10 điểm".
  "9 Điện lực" a count of branches (subject and level unchecked). Task 1's "32.594 khách hàng" a count repeated; task
  2's "đạt tối thiểu 92% trong quý II năm 2025" the two named branches' target (subject and level unchecked,
  2025-06-30). Six deadlines: day, quarter (with the target), "chậm nhất ngày mười lăm tháng 5 năm 2025", month, year
  in a request "Đề nghị Sở Công Thương …", "trước ngày 05 hằng tháng" (issued 07/4/2025, after the 5th: first
  05/5/2025).
- 676 is a CÔNG VĂN (doc_type "Công văn") of the Tỉnh đoàn Bình Phước (header "BCH ĐOÀN TNCS HỒ CHÍ MINH / TỈNH BÌNH
  PHƯỚC", a Đoàn number "412-CV/TĐTN-PT", a "V/v" line naming the month, signed "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN / PHÓ
  BÍ THƯ"), tháng 5 năm 2025, issued 04/6/2025, before districts were abolished (ranks /63). The Tỉnh đoàn's own
  counts ("130 đội hình … 1.592 đoàn viên, tăng 12 đội hình so với tháng 4/2025 (118 đội hình)": previous dated
  2025-04-30; help given "21.400 lượt … 8.700 hồ sơ … 3.126 giao dịch … 2.846 tài khoản", codes unchecked as
  golden/blind54.py's 345), the places "tại Trung tâm Phục vụ hành chính công tỉnh 1.214 lượt, tại Bộ phận Một cửa cấp
  huyện 6.318 lượt, tại các xã, phường, thị trấn 13.868 lượt" (subject unchecked; levels tỉnh, huyện, xã), "chiếm
  64,80%, so với chỉ tiêu năm 2025 là 60% thì đã đạt" (target dated 2025-12-31), "111 xã, phường, thị trấn … 108/111
  … 03 xã" (`xã`). The two space-aligned tables (above); "Thành đoàn Đồng Xoài dẫn đầu với 4.126 lượt …, chiếm
  19,28% … Huyện đoàn Bù Đốp thấp nhất với 948 lượt" (as written, level huyện). "Toàn tỉnh có 52.758 đoàn viên, trong
  đó 48.612 …, đạt 92,14% (tháng 4/2025: 90,86%)" (the union's members or the province's: subject unchecked, level
  tỉnh), "46 buổi … 3.218 lượt", "18 phản ánh, kiến nghị … 16/18 PAKN" (passed on, not handled: code unchecked); the
  province's "58,46%, tăng 3,12 điểm phần trăm … 47,18%" and its 766 result of tháng 4/2025 `80,12/100`, `29/63`
  (dated 2025-04-30). Task b)'s "03 xã" repeated; task c)'s "hỗ trợ tối thiểu 5.000 lượt người dân trong quý III năm
  2025" the named city union's target as a count (subject unchecked, level huyện, 2025-09-30). Six deadlines in
  lettered items a)–e): day, "chậm nhất ngày hai mươi tháng 6 năm 2025" for two named unions, quarter (with the
  target), month, year in a request "Đề nghị Viễn thông Bình Phước …", "trước ngày 25 hằng tháng" (issued 04/6/2025:
  first 25/6/2025).
- 677 is an annual Báo cáo of the Hội LHPN thành phố Đà Nẵng (merged with Quảng Nam; header "HỘI LHPN VIỆT NAM / HỘI
  LHPN THÀNH PHỐ ĐÀ NẴNG", number "12/BC-HPN", signed "TM. BAN THƯỜNG VỤ / CHỦ TỊCH"), năm 2025, issued 09/01/2026,
  ranks /34. "94 đơn vị hành chính cấp xã (23 phường, 70 xã, 01 đặc khu) … 93/93 xã, phường", "386.412 hội viên
  (năm 2024, cộng gộp của … trước sắp xếp: 379.846 hội viên)" (the former Hội's sum: previous dated 2024-12-31,
  subject and level unchecked, as every "năm 2024" value of this report). The numbered list (above): "1.246 buổi …
  68.412 lượt (năm 2024: 1.018 buổi)", "46.218 hội viên, đạt 110,04% kế hoạch năm (42.000 hội viên)", "91,36%, tăng
  6,24 điểm phần trăm so với năm 2024 (85,12%); chỉ tiêu năm 2025 là 90%, đạt chỉ tiêu" (the share of members: code
  unchecked, as golden/blind53.py's 342), "22.216 hồ sơ, tăng 4.618 hồ sơ … (17.598 hồ sơ)", "87.214 giao dịch, bình
  quân 7.268 giao dịch/tháng" (an average: kind value), "38 chợ" (code None), the traders "2.846 tiểu thương …
  78,62% … (3.620 tiểu thương)" (not the Hội's: subject and level unchecked), "93 tổ … 1.126 thành viên … 86/93 tổ …
  92,47%", "64 PAKN … 61/64 PAKN … 95,31%" (passed on: codes unchecked). The former areas after "lần lượt là" (subject
  and level unchecked), "Hội LHPN phường Hải Châu … (1.846 hồ sơ)", "Hội LHPN xã Bà Nà … (42 hồ sơ)" (as written,
  level xã), "1,86 tỷ đồng". A TAB-SEPARATED Bảng 1 WITH QUARTERS AS ROWS "STT | Quý | Hội viên kích hoạt VNeID (hội
  viên) | Hồ sơ DVCTT được hỗ trợ (hồ sơ) | Giao dịch không dùng tiền mặt (giao dịch)": rows I–III dated 2025-03-31,
  2025-06-30, 2025-09-30 (kind value), quý IV and "Cả năm 2025" (empty STT) at the period end; the Hội's, codes
  unchecked. The city's figures (subject NULL): "2.418.615 tài khoản định danh điện tử, đạt 86,42% dân số" (the
  identity-account code), "72,48% (chỉ tiêu năm 2025 là 70%)" (online code; the target in brackets, no status
  written), the 766 result of tháng 12/2025 `87,36/100`, `5/34`. Task 2's "đạt tối thiểu 85% trong quý II năm 2026"
  the three named Hội cơ sở's target (subject unchecked, level xã, 2026-06-30). Six deadlines in numbered items:
  day, quarter (with the target), "chậm nhất ngày hai mươi sáu tháng 02 năm 2026", month, year in a request "Đề nghị
  Công an thành phố …", "trước ngày 20 hằng tháng" (issued 09/01/2026: first 20/01/2026).
- 678 is a half-year Báo cáo of the Sở Giáo dục và Đào tạo tỉnh Cao Bằng (header "**UBND TỈNH CAO BẰNG**" / "**SỞ
  GIÁO DỤC VÀ ĐÀO TẠO**", number "1246/BC-SGDĐT", signed "**KT. GIÁM ĐỐC** / **PHÓ GIÁM ĐỐC**"), 6 tháng đầu năm
  2026, issued 06/7/2026, in Markdown (above). The sector's TTHC on the province's territory "94 TTHC" (subject NULL,
  TTHC code; toàn trình "71 … (chiếm 75,53%)" and một phần "23"), "03 quyết định … 18 TTHC" (the Chairman's: subject
  and level unchecked). The Sở's files "6.418 hồ sơ (6 tháng đầu năm 2025: 5.126 hồ sơ), tăng 1.292" (previous
  2025-06-30), online, "Trực tiếp và qua dịch vụ bưu chính công ích: 432" (the direct channel's code), settled,
  "Trước hạn và đúng hạn: 6.296 hồ sơ, đạt 99,90%", "Quá hạn: 06", pending; payment "1.846/2.012 hồ sơ …, đạt 91,75%;
  chỉ tiêu UBND tỉnh giao năm 2026 là 90%, đạt chỉ tiêu" (the fraction a count with its base; target dated
  2026-12-31), digitisation, e-results, reuse "(6 tháng cuối năm 2025: 44,38%)" (previous 2025-12-31). A MARKDOWN
  TABLE BY SERVICE (services subject unchecked, level tỉnh; received and online counts code unchecked, shares the
  online and on-time codes; the bold total the Sở). Cấp xã: "56 đơn vị hành chính cấp xã (53 xã, 03 phường)", "UBND
  56/56 xã, phường" (`xã`), "1.842 hồ sơ … 1.516 hồ sơ trực tuyến, chiếm 82,30%" (`cấp xã`, received and online
  codes). The schools' digital work (no one body: subject and level unchecked): online enrolment by grade
  "7.846/8.214 học sinh …, đạt 95,52%" (each fraction a count with its base), digital school records "412/438 cơ sở …
  94,06%; 68.412 học bạ số", cashless fees "486/512 cơ sở …, đạt 94,92% (6 tháng đầu năm 2025: 88,67%)", "100% học
  sinh … 128.615 hồ sơ …, đạt 98,86%". PAKN "14 … 14/14 … 100%", satisfaction "98,6%" (the satisfaction code); the
  Sở's half-year average `89,42/100`, `3/17` "(6 tháng cuối năm 2025: 86,18 điểm, xếp thứ 7/17)" (previous
  2025-12-31, the score max 100), the six groups, the block average "85,64 điểm" (subject unchecked, level tỉnh),
  the province `80,46/100`, `26/34`. Task 2's "đạt 100% trong quý IV năm 2026" the schools' target (subject and level
  unchecked, 2026-12-31); task 4's "26 cơ sở" a count repeated. Six deadlines: day, quarter (with the target),
  "chậm nhất ngày mười tám tháng 8 năm 2026", month, year in a request "Đề nghị **UBND các xã, phường** …", "trước
  ngày 15 hằng tháng" (issued 06/7/2026: first 15/7/2026).
- 679 is a quarterly Báo cáo of the Thi hành án dân sự tỉnh Lạng Sơn (after the 2025 reorganisation of the civil
  judgment enforcement system; header "BỘ TƯ PHÁP / THI HÀNH ÁN DÂN SỰ TỈNH LẠNG SƠN", number "1486/BC-THADS", signed
  "KT. TRƯỞNG THI HÀNH ÁN DÂN SỰ TỈNH / PHÓ TRƯỞNG …"), quý III năm 2025, issued 06/10/2025, ranks /34. The body's
  TTHC "36 … 12 … 24", "65 đơn vị hành chính cấp xã (61 xã, 04 phường)", "05 đơn vị trực thuộc (Phòng Thi hành án
  dân sự khu vực 1 đến khu vực 5)"; files "1.286 … 918 …, chiếm 71,38% … 1.242 … 1.238 …, đạt 99,68%; quá hạn 04 …
  44" with the usual codes; payment "340 hồ sơ … 214 hồ sơ …, đạt 62,94%", "1,24 tỷ đồng", digitisation "88,46%",
  e-results "100%"; Đề án 06 "4.126 đương sự … 1.018 văn bản" (codes unchecked). Cases and money of the statistical
  year that ends at the period end ("Lũy kế năm thống kê 2025 (từ ngày 01/10/2024 đến ngày 30/9/2025)": as_of the
  period end) "6.418 việc … 5.126 việc … 4.512 việc, đạt 88,02% … 486,42 tỷ đồng … 238,16 tỷ đồng, đạt 48,96%"
  (`việc`, `tỷ đồng`, as golden/blind65.py's 401). A MARKDOWN TABLE BY OFFICE (above in `_offices_679`); "Phòng Thi
  hành án dân sự khu vực 4 … thấp hơn bình quân chung 7,09 điểm phần trăm" (its negative change in `%`). PAKN "12 …
  12/12", satisfaction "97,4%"; the UBND tỉnh's evaluation of tháng 9/2025 "Thi hành án dân sự tỉnh Lạng Sơn đạt
  84,26/100 điểm, xếp thứ 4/8 cơ quan ngành dọc" (the name as written; not the 766 ranking of provinces: codes
  unchecked) and the province's `82,64/100`, `17/34`; the footnotes (above). Task 2's "đạt tối thiểu 70% trong quý IV
  năm 2025" the named office's target (subject and level unchecked, 2025-12-31). Six deadlines: day, quarter (with
  the target), "chậm nhất ngày hai mươi hai tháng 11 năm 2025", month, year in a request "Đề nghị Công an tỉnh …",
  "trước ngày 03 hằng tháng" (issued 06/10/2025, after the 3rd: first 03/11/2025).

Unsure readings (fields left `ANY`, or decided and written here): the level of the Điện lực (675) and of the Phòng
Thi hành án dân sự khu vực (679), branches between the province and the communes; the codes of 675's online channel
shares and of its cashless and identity figures (a company's, not the 766 indicators); who owns 676's "Toàn tỉnh có
52.758 đoàn viên" (the union or the province: subject unchecked); the subject of every pre-merger "năm 2024" value in
677 (the former Hội or their sum); the schools' figures in 678 (the Sở's sector or the schools: open); 678's block
average (subject unchecked). 679's footnote [2] target of 70% is not linked to the 71,38% (the footnote gives no status
and sits on the sentence, not the share); a reader could link it (target left unchecked on the share). The targets of
footnote [3] are dated at the period end because they are the statistical year's, which ends on 30/9/2025.
"""
from __future__ import annotations

import re
from dataclasses import replace

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
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw.strip("*")), unit, kind, max_value=top,
                       subject=subject, level=level, as_of=as_of, code=code, extra=TAB))
        at += len(sep)
    return facts


def _spaced_cells(line: str, after: str, subject: object, level: object, cells: list[Cell]) -> list[Fact]:
    """The numeric cells of one row of a table aligned with runs of spaces: a cell's context is the run of spaces
    before it, the rest of its row and the start of the next line."""
    facts, at = [], 0
    for raw, unit, kind, code, as_of, top in cells:
        found = line.find(" " + raw, at)
        while line[found + 1 + len(raw):][:1] not in ("", " "):
            found = line.find(" " + raw, found + 1)
        begin = found
        while begin > 0 and line[begin - 1] == " ":
            begin -= 1
        facts.append(F(line[begin:] + "\n" + after, raw, _num(raw), unit, kind, max_value=top, subject=subject,
                       level=level, as_of=as_of, code=code, extra=TAB))
        at = found + 1 + len(raw)
    return facts


def _by(subject: str, level: str):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty STT cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


# ------------------------------------------------------------ 675: Công ty Điện lực Phú Yên, quý I năm 2025
_PC = "Công ty Điện lực Phú Yên"
_pc = _by(_PC, "tỉnh")
_Q4_2024 = "2024-12-31"
_Y2025 = "2025-12-31"

# (Điện lực, files received, online share) of the dash list
_BRANCHES_675 = [
    ("Tuy Hòa", "5.846", "97,12"), ("Sông Cầu", "2.214", "95,48"), ("Đông Hòa", "2.046", "94,62"),
    ("Tuy An", "1.918", "93,85"), ("Phú Hòa", "1.562", "94,16"), ("Tây Hòa", "1.684", "93,29"),
    ("Sơn Hòa", "1.126", "90,76"), ("Sông Hinh", "1.218", "88,42"), ("Đồng Xuân", "1.028", "89,30"),
]


def _branches_675() -> list[Fact]:
    """The dash list "- Điện lực <name>: <n> hồ sơ, trực tuyến <x>%;": each branch as written, level unchecked
    (a company's branch, not a local government level, as golden/blind65.py's 400); files with the received code,
    the share with the online code."""
    facts = []
    for name, received, share in _BRANCHES_675:
        who = {"subject": f"Điện lực {name}", "level": ANY}
        facts.append(F(f"{name}: {received} hồ sơ", received, _num(received), "hồ sơ", C, code=_TN, **who))
        facts.append(F(f"trực tuyến {share}%", f"{share}%", _num(share), "%", code=_NOP, **who))
    return facts


BLIND_675 = [
    # I.1 the company (38/KH-UBND, 862/EVNCPC-KD cited; "cấp độ 4" no figure)
    F("quản lý 9 Điện lực", "9", 9, "Điện lực", C, code=None, **_OPEN),
    _pc("cho 296.418 khách hàng", "296.418", 296418, "khách hàng", C, code=ANY),
    _pc("là 281.206 khách hàng", "281.206", 281206, "khách hàng", C, code=ANY),
    _pc("chiếm 94,87%", "94,87%", 94.87, "%", code=ANY),
    _pc("cung cấp 12 dịch vụ", "12", 12, "dịch vụ", C, code=ANY),
    _pc("công ty; 100% dịch vụ", "100%", 100, "%", code=ANY),
    # I.2 files received (quý IV năm 2024 dated 2024-12-31), channels; "Trang 1/4" and the running header inside
    # the paragraph are no figures, the figure after them opens its own line
    _pc("tiếp nhận 18.642 hồ sơ", "18.642", 18642, "hồ sơ", C, code=_TN),
    _pc("(quý IV năm 2024: 17.215", "17.215", 17215, "hồ sơ", PR, as_of=_Q4_2024, code=_TN),
    _pc("tăng 1.427 hồ sơ", "1.427", 1427, "hồ sơ", CH, code=ANY),
    _pc("tăng 8,29%", "8,29%", 8.29, "%", CH, code=ANY),
    _pc("quốc gia 6.214 hồ sơ", "6.214", 6214, "hồ sơ", C, code=ANY),
    _pc("(chiếm 33,33%)", "33,33%", 33.33, "%", code=ANY),
    _pc("11.386 hồ sơ", "11.386", 11386, "hồ sơ", C, code=ANY),
    _pc("(chiếm 61,08%)", "61,08%", 61.08, "%", code=ANY),
    _pc("giao dịch 1.042 hồ sơ", "1.042", 1042, "hồ sơ", C, code=_NTT),
    _pc("(chiếm 5,59%)", "5,59%", 5.59, "%", code=_NTT),
    _pc("là 17.600 hồ sơ", "17.600", 17600, "hồ sơ", C, code=_NOP),
    _pc("trực tuyến đạt 94,41%", "94,41%", 94.41, "%", code=_NOP, target=95, stated_status="chưa đạt"),
    _pc("giao năm 2025 là 95%", "95%", 95, "%", T, as_of=_Y2025, code=_NOP),
    *_branches_675(),
    # I.3 settled, on time, overdue (two branches in brackets), pending; connection times; the rank among the
    # Tổng công ty's companies (not the 766 ranking)
    _pc("giải quyết 18.436 hồ sơ", "18.436", 18436, "hồ sơ", C, code=ANY),
    _pc("đúng hạn 18.398 hồ sơ", "18.398", 18398, "hồ sơ", C, code=_DH),
    _pc("đạt 99,79%", "99,79%", 99.79, "%", code=_DH),
    _pc("quá hạn 38", "38", 38, "hồ sơ", C, code=_QH),
    _pc("chiếm 0,21%", "0,21%", 0.21, "%", code=_QH),
    F("(14 hồ sơ)", "14", 14, "hồ sơ", C, subject="Điện lực Sông Hinh", level=ANY, code=_QH),
    F("Đồng Xuân (11", "11", 11, "hồ sơ", C, subject="Điện lực Đồng Xuân", level=ANY, code=_QH),
    _pc("206 hồ sơ.", "206", 206, "hồ sơ", C, code=ANY),
    _pc("bình quân là 3,6 ngày", "3,6", 3.6, "ngày", code=ANY),
    _pc("rút ngắn 0,5 ngày", "0,5", -0.5, "ngày", CH, code=ANY),
    _pc("(4,1 ngày)", "4,1", 4.1, "ngày", PR, as_of=_Q4_2024, code=ANY),
    _pc("bình quân là 1,8", "1,8", 1.8, "ngày", code=ANY),
    _pc("xếp thứ 4/13", "4/13", 4, "hạng", R, max_value=13, code=ANY),
    _pc("tăng 3 bậc", "3", 3, "hạng", CH, code=ANY),
    _pc("(xếp thứ 7/13)", "7/13", 7, "hạng", PR, max_value=13, as_of=_Q4_2024, code=ANY),
    # II. cashless payment (the 90% target of customers dated 2025-12-31, carried by the 88,50%), e-invoices
    _pc("là 670,38 tỷ đồng", "670,38", 670.38, "tỷ đồng", code=ANY),
    _pc("là 262.318 khách hàng", "262.318", 262318, "khách hàng", C, code=ANY),
    _pc("chiếm 88,50%", "88,50%", 88.5, "%", code=ANY, target=90, stated_status="chưa đạt"),
    _pc("(quý IV năm 2024: 86,12%)", "86,12%", 86.12, "%", PR, as_of=_Q4_2024, code=ANY),
    _pc("2,38 điểm phần trăm", "2,38", 2.38, "%", CH, code=ANY),
    _pc("là 612,46 tỷ đồng", "612,46", 612.46, "tỷ đồng", code=ANY),
    _pc("91,36% doanh thu", "91,36%", 91.36, "%", code=ANY),
    _pc("là 90% khách hàng", "90%", 90, "%", T, as_of=_Y2025, code=ANY),
    _pc("phát hành 889.254 hóa đơn", "889.254", 889254, "hóa đơn", C, code=ANY),
    _pc("100% hóa đơn", "100%", 100, "%", code=ANY),
    _pc("là 186.412 khách hàng", "186.412", 186412, "khách hàng", C, code=ANY),
    _pc("tăng 14.206 khách hàng", "14.206", 14206, "khách hàng", CH, code=ANY),
    # III. Đề án 06 (customers' identity numbers; files authenticated through VNeID), PAKN, satisfaction (max 10);
    # "Tổng đài 1900.1909" no figure
    _pc("cho 248.612 khách hàng", "248.612", 248612, "khách hàng", C, code=ANY),
    _pc("đạt 88,41%", "88,41%", 88.41, "%", code=ANY),
    _pc("còn 32.594 khách hàng", "32.594", 32594, "khách hàng", C, code=ANY),
    _pc("Có 4.126 hồ sơ", "4.126", 4126, "hồ sơ", C, code=ANY),
    _pc("chiếm 23,44%", "23,44%", 23.44, "%", code=ANY),
    _pc("đối soát 21.846 trường hợp", "21.846", 21846, "trường hợp", C, code=ANY),
    _pc("tiếp nhận 126 phản ánh", "126", 126, "PAKN", C, code=_PAKN_TN),
    _pc("giải quyết 124 PAKN", "124", 124, "PAKN", C, code=ANY),
    _pc("(đạt 98,41%)", "98,41%", 98.41, "%", code=ANY),
    _pc("còn 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    _pc("đạt 8,86/10 điểm", "8,86/10", 8.86, "điểm", max_value=10, code=ANY),
    # IV. a count repeated in task 1; task 2's target of two named branches for quý II (address, phone no figures)
    F("cho 32.594 khách hàng", "32.594", 32594, "khách hàng", C, code=ANY, **_OPEN),
    F("thiểu 92% trong quý II", "92%", 92, "%", T, as_of="2025-06-30", code=ANY, **_OPEN),
]

# ------------------------------------------------------------ 676: Tỉnh đoàn Bình Phước, tháng 5 năm 2025
_TD = "Tỉnh đoàn"
_td = _by(_TD, "tỉnh")
_APR_2025 = "2025-04-30"

# Bảng 1 (aligned with spaces): (STT, unit as written, teams, members, people helped, online files)
_UNITS_676 = [
    ("1", "Thành đoàn Đồng Xoài", "18 246 4.126 1.842"),
    ("2", "Thị đoàn Bình Long", "9 112 1.648 706"),
    ("3", "Thị đoàn Phước Long", "8 104 1.512 648"),
    ("4", "Thị đoàn Chơn Thành", "11 138 2.204 946"),
    ("5", "Huyện đoàn Đồng Phú", "12 152 2.018 824"),
    ("6", "Huyện đoàn Bù Đăng", "16 186 2.386 912"),
    ("7", "Huyện đoàn Bù Gia Mập", "10 118 1.326 486"),
    ("8", "Huyện đoàn Bù Đốp", "7 86 948 362"),
    ("9", "Huyện đoàn Lộc Ninh", "14 164 1.874 718"),
    ("10", "Huyện đoàn Hớn Quản", "13 146 1.716 654"),
    ("11", "Huyện đoàn Phú Riềng", "12 140 1.642 602"),
    ("", "Tổng cộng", "130 1.592 21.400 8.700"),
]
_UNITS_676_UNITS = ("đội hình", "đoàn viên", "lượt", "hồ sơ")

# Bảng 1 and Bảng 2 as the document writes them (runs of spaces kept: a table pasted without pipes or tabs)
_BANG1_676 = [
    "1     Thành đoàn Đồng Xoài          18         246         4.126              1.842",
    "2     Thị đoàn Bình Long             9         112         1.648                706",
    "3     Thị đoàn Phước Long            8         104         1.512                648",
    "4     Thị đoàn Chơn Thành           11         138         2.204                946",
    "5     Huyện đoàn Đồng Phú           12         152         2.018                824",
    "6     Huyện đoàn Bù Đăng            16         186         2.386                912",
    "7     Huyện đoàn Bù Gia Mập         10         118         1.326                486",
    "8     Huyện đoàn Bù Đốp              7          86           948                362",
    "9     Huyện đoàn Lộc Ninh           14         164         1.874                718",
    "10    Huyện đoàn Hớn Quản           13         146         1.716                654",
    "11    Huyện đoàn Phú Riềng          12         140         1.642                602",
    "      Tổng cộng                    130       1.592        21.400              8.700",
]
_BANG2_676 = [
    ("2025-03-31", "Tháng 3/2025         104        16.842                 2.106"),
    (_APR_2025, "Tháng 4/2025         118        18.915                 2.418"),
    ("period", "Tháng 5/2025         130        21.400                 2.846"),
    ("period", "Cộng 3 tháng           -        57.157                 7.370"),
]


def _bang1_676() -> list[Fact]:
    """Bảng 1 (columns aligned with runs of spaces, no pipes, no tabs): each district-level youth union as written
    (`Thành đoàn Đồng Xoài`, `Thị đoàn Bình Long`, `Huyện đoàn Bù Đăng`, level huyện) with its teams, members,
    people helped and online files, the units from the header words (`đội hình`, `đoàn viên`, `lượt`, `hồ sơ`; codes
    unchecked: help given is no catalogued indicator); "Tổng cộng" (empty STT) is the Tỉnh đoàn (it repeats the
    prose's 130, 1.592, 21.400 and 8.700)."""
    facts = []
    for i, line in enumerate(_BANG1_676):
        after = _BANG1_676[i + 1][:12] if i + 1 < len(_BANG1_676) else "\nThành đoàn Đồng Xoài dẫn đầu"
        *_, name = [cell for cell in re.split(r" {2,}", line.strip()) if not cell[0].isdigit()]
        raws = [cell for cell in re.split(r" {2,}", line.strip()) if cell[0].isdigit()][-4:]
        subject, level = (_TD, "tỉnh") if name == "Tổng cộng" else (name, "huyện")
        facts += _spaced_cells(line, after, subject, level,
                               [(raw, unit, P, ANY, "period", None) for raw, unit in zip(raws, _UNITS_676_UNITS,
                                                                                          strict=True)])
    return facts


def _bang2_676() -> list[Fact]:
    """Bảng 2 (aligned with spaces, by month): the Tỉnh đoàn's teams, people helped and accounts activated; the rows
    "Tháng 3/2025" and "Tháng 4/2025" dated at their months' ends (kind value), "Tháng 5/2025" and "Cộng 3 tháng" at
    the period end; the "-" cell is no figure, nor the months' numbers nor the "3" of "Cộng 3 tháng"."""
    facts = []
    for i, (as_of, line) in enumerate(_BANG2_676):
        after = _BANG2_676[i + 1][1][:12] if i + 1 < len(_BANG2_676) else "\n3. Đoàn viên"
        raws = line[13:].split()
        cells = [(raw, unit, P, ANY, as_of, None) for raw, unit in zip(raws, ("đội hình", "lượt", "tài khoản"),
                                                                        strict=True) if raw != "-"]
        facts += _spaced_cells(line, after, _TD, "tỉnh", cells)
    return facts


BLIND_676 = [
    # 1. teams (45-KH/TĐTN-PT cited; tháng 4/2025 dated 2025-04-30), the communes
    _td("duy trì 130 đội hình", "130", 130, "đội hình", C, code=ANY),
    _td("với 1.592 đoàn viên", "1.592", 1592, "đoàn viên", C, code=ANY),
    _td("tăng 12 đội hình", "12", 12, "đội hình", CH, code=ANY),
    _td("(118 đội hình)", "118", 118, "đội hình", PR, as_of=_APR_2025, code=ANY),
    F("có 111 xã", "111", 111, "xã", C, code=None, **_IN_XA),
    F("nay 108/111 xã", "108/111", 108, "xã", C, max_value=111, code=None, **_IN_XA),
    F("còn 03 xã", "03", 3, "xã", C, code=None, **_IN_XA),
    # 2. help given (the Tỉnh đoàn's; "mức độ 2" no figure), by place (levels as named), the share at commune level
    # against the year's target (dated 2025-12-31)
    _td("hỗ trợ 21.400 lượt", "21.400", 21400, "lượt", C, code=ANY),
    _td("nộp 8.700 hồ sơ", "8.700", 8700, "hồ sơ", C, code=ANY),
    _td("trực tuyến 3.126 giao dịch", "3.126", 3126, "giao dịch", C, code=ANY),
    _td("kích hoạt 2.846 tài khoản", "2.846", 2846, "tài khoản", C, code=ANY),
    F("tỉnh 1.214 lượt", "1.214", 1214, "lượt", C, code=ANY, **_IN_TINH),
    F("cấp huyện 6.318 lượt", "6.318", 6318, "lượt", C, code=ANY, **_IN_HUYEN),
    F("thị trấn 13.868 lượt", "13.868", 13868, "lượt", C, code=ANY, **_IN_XA),
    _td("chiếm 64,80%", "64,80%", 64.8, "%", code=ANY, target=60, stated_status="đạt"),
    _td("năm 2025 là 60%", "60%", 60, "%", T, as_of="2025-12-31", code=ANY),
    *_bang1_676(),
    F("với 4.126 lượt", "4.126", 4126, "lượt", C, subject="Thành đoàn Đồng Xoài", level="huyện", code=ANY),
    F("chiếm 19,28%", "19,28%", 19.28, "%", subject="Thành đoàn Đồng Xoài", level="huyện", code=ANY),
    F("với 948 lượt", "948", 948, "lượt", C, subject="Huyện đoàn Bù Đốp", level="huyện", code=ANY),
    *_bang2_676(),
    # 3. members ("Toàn tỉnh có … đoàn viên": the union's members or the province's, subject unchecked, level tỉnh);
    # sessions, PAKN passed on (not handled by the PAKN system: code unchecked)
    F("có 52.758 đoàn viên", "52.758", 52758, "đoàn viên", C, code=ANY, **_IN_TINH),
    F("trong đó 48.612 đoàn viên", "48.612", 48612, "đoàn viên", C, code=ANY, **_IN_TINH),
    F("đạt 92,14%", "92,14%", 92.14, "%", code=ANY, **_IN_TINH),
    F("(tháng 4/2025: 90,86%)", "90,86%", 90.86, "%", PR, as_of=_APR_2025, code=ANY, **_IN_TINH),
    _td("tổ chức 46 buổi", "46", 46, "buổi", C, code=ANY),
    _td("với 3.218 lượt", "3.218", 3218, "lượt", C, code=ANY),
    _td("chuyển 18 phản ánh", "18", 18, "PAKN", C, code=ANY),
    _td("nay 16/18 PAKN", "16/18", 16, "PAKN", C, max_value=18, code=ANY),
    # the province's figures quoted from the Văn phòng UBND tỉnh; the 766 result of tháng 4/2025 (dated 2025-04-30)
    F("tháng 5/2025 đạt 58,46%", "58,46%", 58.46, "%", code=_NOP, **_NULL),
    F("tăng 3,12 điểm", "3,12", 3.12, "%", CH, code=ANY, **_NULL),
    F("trực tuyến đạt 47,18%", "47,18%", 47.18, "%", code=_TT, **_NULL),
    F("đạt 80,12/100", "80,12/100", 80.12, "điểm", max_value=100, as_of=_APR_2025, code=_TONG, **_NULL),
    F("xếp thứ 29/63", "29/63", 29, "hạng", R, max_value=63, as_of=_APR_2025, code=_HANG, **_NULL),
    # 5. task b)'s communes (a count repeated); task c)'s target of one named city union for quý III, as a count
    F("tại 03 xã", "03", 3, "xã", C, code=None, **_IN_XA),
    F("tối thiểu 5.000 lượt", "5.000", 5000, "lượt", T, as_of="2025-09-30", code=ANY, **_IN_HUYEN),
]

# ------------------------------------------------------------ 677: Hội LHPN thành phố Đà Nẵng, năm 2025
_HPN = "Hội LHPN thành phố"
_hpn = _by(_HPN, "tỉnh")
_Y2024 = "2024-12-31"

# Bảng 1 (tab-separated, by quarter): (STT, quarter, its end, members helped, files, cashless transactions)
_QUARTERS_677 = [
    ("1", "Quý I/2025", "2025-03-31", "9.846 4.126 18.412"),
    ("2", "Quý II/2025", "2025-06-30", "12.418 5.318 21.606"),
    ("3", "Quý III/2025", "2025-09-30", "13.206 6.842 24.318"),
    ("4", "Quý IV/2025", "period", "10.748 5.930 22.878"),
    ("", "Cả năm 2025", "period", "46.218 22.216 87.214"),
]


def _quarters_677() -> list[Fact]:
    """Bảng 1 (tab-separated, quarters as rows): the Hội's members helped to activate VNeID (`hội viên`), online files
    helped (`hồ sơ`) and cashless transactions helped (`giao dịch`), codes unchecked; rows I–III dated at their
    quarters' ends (kind value, as golden/blind107.py's 614 dates the rows of months), quý IV and "Cả năm 2025" (empty
    STT; it repeats items 2, 4 and 5) at the period end. "Quý I/2025" … and "2025" are no figures."""
    facts = []
    for i, (stt, name, as_of, raws) in enumerate(_QUARTERS_677):
        values = raws.split()
        line = "\t".join([stt, name, *values])
        after = "\t".join(_QUARTERS_677[i + 1][:2]) if i + 1 < len(_QUARTERS_677) else "\nQuý III/2025 có"
        facts += _cells(line, "\t", after, _HPN, "tỉnh", [
            (raw, unit, P, ANY, as_of, None) for raw, unit in zip(values, ("hội viên", "hồ sơ", "giao dịch"),
                                                                   strict=True)])
    return facts


BLIND_677 = [
    # I. the city's communes and the Hội's members (5/KH-HPN, 418/UBND-KSTT cited; "Từ ngày 01/7/2025", "Đến ngày
    # 31/12/2025" dates); năm 2024 the two former Hội's sum (subject and level unchecked, dated 2024-12-31)
    F("có 94 đơn vị", "94", 94, "đơn vị", C, code=None, **_CAP_XA),
    F("(23 phường", "23", 23, "phường", C, code=None, **_IN_XA),
    F("70 xã", "70", 70, "xã", C, code=None, **_IN_XA),
    F("01 đặc khu)", "01", 1, "đặc khu", C, code=None, **_IN_XA),
    F("tại 93/93 xã", "93/93", 93, "xã", C, max_value=93, code=None, **_IN_XA),
    _hpn("có 386.412 hội viên", "386.412", 386412, "hội viên", C, code=ANY),
    F("sắp xếp: 379.846 hội viên", "379.846", 379846, "hội viên", PR, as_of=_Y2024, code=ANY, **_OPEN),
    # II. the numbered list, each item wrapped over two lines: the label on the first, the figures on the second
    # (the item numbers are no figures); năm 2024 values dated 2024-12-31, of the former Hội (subject unchecked)
    _hpn("tiền mặt: 1.246 buổi", "1.246", 1246, "buổi", C, code=ANY),
    _hpn("với 68.412 lượt", "68.412", 68412, "lượt", C, code=ANY),
    F("(năm 2024: 1.018 buổi)", "1.018", 1018, "buổi", PR, as_of=_Y2024, code=ANY, **_OPEN),
    _hpn("năm: 46.218 hội viên", "46.218", 46218, "hội viên", C, code=ANY),
    _hpn("đạt 110,04%", "110,04%", 110.04, "%", code=ANY),
    _hpn("(42.000 hội viên)", "42.000", 42000, "hội viên", T, code=ANY),
    _hpn("91,36%, tăng", "91,36%", 91.36, "%", code=ANY, target=90, stated_status="đạt"),
    _hpn("tăng 6,24 điểm", "6,24", 6.24, "%", CH, code=ANY),
    F("(85,12%)", "85,12%", 85.12, "%", PR, as_of=_Y2024, code=ANY, **_OPEN),
    _hpn("năm 2025 là 90%", "90%", 90, "%", T, code=ANY),
    _hpn("trong năm: 22.216 hồ sơ", "22.216", 22216, "hồ sơ", C, code=ANY),
    _hpn("tăng 4.618 hồ sơ", "4.618", 4618, "hồ sơ", CH, code=ANY),
    F("(17.598 hồ sơ)", "17.598", 17598, "hồ sơ", PR, as_of=_Y2024, code=ANY, **_OPEN),
    _hpn("trách: 87.214 giao dịch", "87.214", 87214, "giao dịch", C, code=ANY),
    _hpn("bình quân 7.268", "7.268", 7268, "giao dịch", code=ANY),
    _hpn("xây dựng: 38 chợ", "38", 38, "chợ", C, code=None),
    F("với 2.846 tiểu thương", "2.846", 2846, "tiểu thương", C, code=ANY, **_OPEN),
    F("chiếm 78,62%", "78,62%", 78.62, "%", code=ANY, **_OPEN),
    F("(3.620 tiểu thương)", "3.620", 3620, "tiểu thương", C, code=ANY, **_OPEN),
    _hpn("cuối năm: 93 tổ", "93", 93, "tổ", C, code=None),
    _hpn("với 1.126 thành viên", "1.126", 1126, "thành viên", C, code=ANY),
    _hpn("86/93 tổ", "86/93", 86, "tổ", C, max_value=93, code=None),
    _hpn("chiếm 92,47%", "92,47%", 92.47, "%", code=ANY),
    _hpn("năng: 64 PAKN", "64", 64, "PAKN", C, code=ANY),
    _hpn("có 61/64 PAKN", "61/64", 61, "PAKN", C, max_value=64, code=ANY),
    _hpn("đạt 95,31%", "95,31%", 95.31, "%", code=ANY),
    # the former areas after "lần lượt là" (subject and level unchecked); the first and last Hội cơ sở (as written,
    # level xã); money raised by all levels of the Hội
    F("lần lượt là 19.846 hội viên", "19.846", 19846, "hội viên", C, code=ANY, **_OPEN),
    F("và 26.372 hội viên", "26.372", 26372, "hội viên", C, code=ANY, **_OPEN),
    F("(1.846 hồ sơ)", "1.846", 1846, "hồ sơ", C, subject="Hội LHPN phường Hải Châu", level="xã", code=ANY),
    F("(42 hồ sơ)", "42", 42, "hồ sơ", C, subject="Hội LHPN xã Bà Nà", level="xã", code=ANY),
    _hpn("được 1,86 tỷ đồng", "1,86", 1.86, "tỷ đồng", code=ANY),
    *_quarters_677(),
    # III. the city's figures (subject NULL): accounts (the identity-account code), online share with the year's
    # target in brackets (no status written), the 766 result of
    # tháng 12/2025 (the period's last month); "từ đủ 14 tuổi" no figure
    F("có 2.418.615 tài khoản", "2.418.615", 2418615, "tài khoản", C, code=_TK, **_NULL),
    F("đạt 86,42%", "86,42%", 86.42, "%", code=_TK, **_NULL),
    F("năm 2025 đạt 72,48%", "72,48%", 72.48, "%", code=_NOP, target=70, **_NULL),
    F("năm 2025 là 70%", "70%", 70, "%", T, code=_NOP, **_NULL),
    F("đạt 87,36/100", "87,36/100", 87.36, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ 5/34", "5/34", 5, "hạng", R, max_value=34, code=_HANG, **_NULL),
    # IV. task 2's target of three named Hội cơ sở for quý II (address, phone, "chợ 4.0" no figures)
    F("tối thiểu 85%", "85%", 85, "%", T, as_of="2026-06-30", code=ANY, **_IN_XA),
]

# ------------------------------------------------------------ 678: Sở Giáo dục và Đào tạo tỉnh Cao Bằng, 6 tháng
# đầu năm 2026 (Markdown: bold labels, nested bullets)
_SGD = "Sở Giáo dục và Đào tạo"
_sgd = _by(_SGD, "tỉnh")
_H1_2025 = "2025-06-30"
_H2_2025 = "2025-12-31"

_SERVICES_678 = [
    ("1", "Cấp bản sao văn bằng, chứng chỉ", "2.846 2.712 95,29 99,86"),
    ("2", "Chỉnh sửa nội dung văn bằng, chứng chỉ", "412 386 93,69 100"),
    ("3", "Công nhận văn bằng do cơ sở nước ngoài cấp", "64 64 100 100"),
    ("4", "Cấp phép dạy thêm, giáo dục kỹ năng sống", "1.218 1.126 92,45 99,92"),
    ("5", "Chuyển trường, tiếp nhận học sinh", "1.386 1.268 91,49 100"),
    ("6", "Các dịch vụ còn lại", "492 430 87,40 99,80"),
    ("", "**Tổng cộng**", "**6.418** **5.986** **93,27** **99,90**"),
]

_GROUPS_678 = [
    ("Công khai, minh bạch: 17,12/18", "17,12/18", "766.cong_khai"),
    ("Tiến độ giải quyết: 19,86/20", "19,86/20", "766.tien_do"),
    ("Dịch vụ công trực tuyến: 11,24/12", "11,24/12", "766.dvctt"),
    ("Thanh toán trực tuyến: 8,92/10", "8,92/10", "766.thanh_toan"),
    ("Mức độ hài lòng: 16,84/18", "16,84/18", "766.hai_long"),
    ("Số hóa hồ sơ: 15,44/22", "15,44/22", "766.so_hoa"),
]


def _services_678() -> list[Fact]:
    """Bảng 1 (Markdown, by service): received and online files (`hồ sơ`), online and on-time shares (`%`). The
    services are the Sở's (subject unchecked, level tỉnh): their counts carry no checked code (one service's files),
    their shares the online and on-time codes; "100" cells are figures. The bold "**Tổng cộng**" row (empty STT) is
    the Sở with every column's code; its raws are the numbers without the asterisks (it repeats section II)."""
    facts = []
    for i, (stt, name, raws) in enumerate(_SERVICES_678):
        values = raws.split()
        line = _md_line((stt, name, *values))
        after = _md_line(_SERVICES_678[i + 1][:2]).rsplit(" |", 1)[0] if i + 1 < len(_SERVICES_678) else "\n- **Kết"
        total = stt == ""
        subject = _SGD if total else ANY
        codes = (_TN, _NOP, _NOP, _DH) if total else (ANY, ANY, _NOP, _DH)
        units = ("hồ sơ", "hồ sơ", "%", "%")
        facts += _cells(line, " | ", after, subject, "tỉnh",
                        [(raw, unit, P, code, "period", None) for raw, unit, code in zip(values, units, codes,
                                                                                        strict=True)])
    return [replace(fact, raw=fact.raw.strip("*")) for fact in facts]


BLIND_678 = [
    # I. the sector's TTHC on the province's territory (subject NULL) and by level (27/KH-UBND cited); the Chairman's
    # decisions (subject and level unchecked)
    F("tỉnh:** 94 TTHC", "94", 94, "TTHC", C, code=_TTHC, **_NULL),
    F("**Cấp tỉnh:** 62 TTHC", "62", 62, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=ANY),
    F("**Cấp xã:** 32 TTHC", "32", 32, "TTHC", C, code=ANY, **_CAP_XA),
    F("71 TTHC toàn trình", "71", 71, "TTHC", C, code=_TOAN, **_NULL),
    F("(chiếm 75,53%)", "75,53%", 75.53, "%", code=_TOAN, **_NULL),
    F("và 23 TTHC", "23", 23, "TTHC", C, code=_MOT, **_NULL),
    F("ban hành 03 quyết định", "03", 3, "quyết định", C, code=None, **_OPEN),
    F("của 18 TTHC", "18", 18, "TTHC", C, code=ANY, **_OPEN),
    # II. the Sở's files under bold labels and nested bullets (6 tháng đầu năm 2025 dated 2025-06-30, 6 tháng cuối
    # năm 2025 2025-12-31); the fraction of payment a count with its base; the year's target dated 2026-12-31
    _sgd("6.418 hồ sơ (6 tháng", "6.418", 6418, "hồ sơ", C, code=_TN),
    _sgd("2025: 5.126 hồ sơ", "5.126", 5126, "hồ sơ", PR, as_of=_H1_2025, code=_TN),
    _sgd("tăng 1.292 hồ sơ", "1.292", 1292, "hồ sơ", CH, code=ANY),
    _sgd("5.986 hồ sơ, chiếm", "5.986", 5986, "hồ sơ", C, code=_NOP),
    _sgd("chiếm 93,27%;", "93,27%", 93.27, "%", code=_NOP),
    _sgd("công ích:** 432 hồ sơ", "432", 432, "hồ sơ", C, code=_NTT),
    _sgd("6.302 hồ sơ", "6.302", 6302, "hồ sơ", C, code=ANY),
    _sgd("6.296 hồ sơ", "6.296", 6296, "hồ sơ", C, code=_DH),
    _sgd("đạt 99,90%", "99,90%", 99.9, "%", code=_DH),
    _sgd("**Quá hạn:** 06 hồ sơ", "06", 6, "hồ sơ", C, code=_QH),
    _sgd("116 hồ sơ", "116", 116, "hồ sơ", C, code=ANY),
    _sgd("1.846/2.012 hồ sơ", "1.846/2.012", 1846, "hồ sơ", C, max_value=2012, code=_TT),
    _sgd("đạt 91,75%", "91,75%", 91.75, "%", code=_TT, target=90, stated_status="đạt"),
    _sgd("năm 2026 là 90%", "90%", 90, "%", T, as_of="2026-12-31", code=_TT),
    _sgd("96,84%", "96,84%", 96.84, "%", code=_SH),
    _sgd("điện tử:** 100%", "100%", 100, "%", code=_KQ),
    _sgd("52,16%", "52,16%", 52.16, "%", code=_TSD),
    _sgd("(6 tháng cuối năm 2025: 44,38%)", "44,38%", 44.38, "%", PR, as_of=_H2_2025, code=_TSD),
    *_services_678(),
    # cấp xã (under "**Kết quả tại cấp xã:**")
    F("có 56 đơn vị", "56", 56, "đơn vị", C, code=None, **_CAP_XA),
    F("(53 xã", "53", 53, "xã", C, code=None, **_IN_XA),
    F("03 phường)", "03", 3, "phường", C, code=None, **_IN_XA),
    F("UBND 56/56 xã", "56/56", 56, "xã", C, max_value=56, code=None, **_IN_XA),
    F("tiếp nhận 1.842 hồ sơ", "1.842", 1842, "hồ sơ", C, code=_TN, **_CAP_XA),
    F("trong đó 1.516 hồ sơ", "1.516", 1516, "hồ sơ", C, code=_NOP, **_CAP_XA),
    F("chiếm 82,30%", "82,30%", 82.3, "%", code=_NOP, **_CAP_XA),
    # III. the schools' digital work (no one body: subject and level unchecked); "Lớp 1", "Lớp 6", "Lớp 10", "năm học
    # 2026-2027" and "đến ngày 30/6/2026" no figures; 6 tháng đầu năm 2025 dated 2025-06-30
    F("7.846/8.214 học sinh", "7.846/8.214", 7846, "học sinh", C, max_value=8214, code=ANY, **_OPEN),
    F("đạt 95,52%", "95,52%", 95.52, "%", code=ANY, **_OPEN),
    F("6.912/7.538 học sinh", "6.912/7.538", 6912, "học sinh", C, max_value=7538, code=ANY, **_OPEN),
    F("đạt 91,70%", "91,70%", 91.7, "%", code=ANY, **_OPEN),
    F("5.124/5.206 học sinh", "5.124/5.206", 5124, "học sinh", C, max_value=5206, code=ANY, **_OPEN),
    F("đạt 98,42%", "98,42%", 98.42, "%", code=ANY, **_OPEN),
    F("412/438 cơ sở", "412/438", 412, "cơ sở", C, max_value=438, code=ANY, **_OPEN),
    F("chiếm 94,06%", "94,06%", 94.06, "%", code=ANY, **_OPEN),
    F("68.412 học bạ", "68.412", 68412, "học bạ", C, code=ANY, **_OPEN),
    F("486/512 cơ sở", "486/512", 486, "cơ sở", C, max_value=512, code=ANY, **_OPEN),
    F("đạt 94,92%", "94,92%", 94.92, "%", code=ANY, **_OPEN),
    F("(6 tháng đầu năm 2025: 88,67%)", "88,67%", 88.67, "%", PR, as_of=_H1_2025, code=ANY, **_OPEN),
    F("100% học sinh", "100%", 100, "%", code=ANY, **_OPEN),
    F("128.615 hồ sơ", "128.615", 128615, "hồ sơ", C, code=ANY, **_OPEN),
    F("đạt 98,86%", "98,86%", 98.86, "%", code=ANY, **_OPEN),
    # IV. PAKN, satisfaction; the Sở's half-year average 766 result (6 tháng cuối năm 2025 dated 2025-12-31) and its
    # six groups with their maxima; the block average (subject unchecked, level tỉnh); the province
    _sgd("tiếp nhận 14 PAKN", "14", 14, "PAKN", C, code=_PAKN_TN),
    _sgd("xử lý 14/14 PAKN", "14/14", 14, "PAKN", C, max_value=14, code=ANY),
    _sgd("đạt 100%.", "100%", 100, "%", code=ANY),
    _sgd("98,6%", "98,6%", 98.6, "%", code=_HL),
    _sgd("89,42/100", "89,42/100", 89.42, "điểm", max_value=100, code=_TONG),
    _sgd("xếp thứ 3/17", "3/17", 3, "hạng", R, max_value=17, code=_HANG),
    _sgd("86,18 điểm", "86,18", 86.18, "điểm", PR, max_value=100, as_of=_H2_2025, code=_TONG),
    _sgd("xếp thứ 7/17)", "7/17", 7, "hạng", PR, max_value=17, as_of=_H2_2025, code=_HANG),
    *[_sgd(context, raw, _num(raw.split("/")[0]), "điểm", max_value=_num(raw.split("/")[1]), code=code)
      for context, raw, code in _GROUPS_678],
    F("85,64 điểm", "85,64", 85.64, "điểm", code=ANY, **_IN_TINH),
    F("80,46/100", "80,46/100", 80.46, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ 26/34", "26/34", 26, "hạng", R, max_value=34, code=_HANG, **_NULL),
    # V. task 2's target for quý IV (the schools': subject and level unchecked); task 4's schools (a count repeated);
    # address ("số 018"), phone no figures
    F("đạt 100% trong quý IV", "100%", 100, "%", T, as_of="2026-12-31", code=ANY, **_OPEN),
    F("hướng dẫn 26 cơ sở", "26", 26, "cơ sở", C, code=ANY, **_OPEN),
]

# ------------------------------------------------------------ 679: Thi hành án dân sự tỉnh Lạng Sơn, quý III năm
# 2025 (footnotes [1]–[5])
_THA = "Thi hành án dân sự tỉnh"
_tha = _by(_THA, "tỉnh")
_Q2_2025 = "2025-06-30"

_OFFICES_679 = [
    ("1", "1", "1.486 1.326 89,23 386 78,24"),
    ("2", "2", "1.012 884 87,35 248 70,16"),
    ("3", "3", "926 812 87,69 214 68,22"),
    ("4", "4", "864 752 87,04 196 64,29"),
    ("5", "5", "838 738 88,07 242 70,25"),
    ("", "", "5.126 4.512 88,02 1.286 71,38"),
]


def _offices_679() -> list[Fact]:
    """Bảng 1 (Markdown, by Phòng Thi hành án dân sự khu vực): cases with conditions and cases closed (`việc`), the
    share of cases closed (`%`), TTHC files received (`hồ sơ`, the received code) and the online share (`%`, the
    online code). Each office as written ("Phòng Thi hành án dân sự khu vực 1": the number in its name is no figure),
    level unchecked (an office between the province and the communes); "Tổng cộng" (empty STT) is the Thi hành án
    dân sự tỉnh (it repeats the prose)."""
    facts = []
    for i, (stt, area, raws) in enumerate(_OFFICES_679):
        values = raws.split()
        name = f"Phòng Thi hành án dân sự khu vực {area}" if area else "Tổng cộng"
        line = _md_line((stt, name, *values))
        if i + 1 < len(_OFFICES_679):
            nxt = _OFFICES_679[i + 1]
            after = _md_line((nxt[0], f"Phòng Thi hành án dân sự khu vực {nxt[1]}" if nxt[1] else "Tổng cộng"))
            after = after.rsplit(" |", 1)[0]
        else:
            after = "\nPhòng Thi hành án"
        subject, level = (name, ANY) if area else (_THA, "tỉnh")
        units = ("việc", "việc", "%", "hồ sơ", "%")
        codes = (ANY, ANY, ANY, _TN, _NOP)
        facts += _cells(line, " | ", after, subject, level,
                        [(raw, unit, P, code, "period", None) for raw, unit, code in zip(values, units, codes,
                                                                                        strict=True)])
    return facts


BLIND_679 = [
    # I. the body's TTHC (1126/QĐ-BTP, 52/KH-UBND cited; the marker "[1]" no figure), the communes, its offices
    _tha("thực hiện 36 TTHC", "36", 36, "TTHC", C, code=_TTHC),
    _tha("trong đó 12 TTHC", "12", 12, "TTHC", C, code=_TOAN),
    _tha("và 24 TTHC", "24", 24, "TTHC", C, code=_MOT),
    F("có 65 đơn vị", "65", 65, "đơn vị", C, code=None, **_CAP_XA),
    F("(61 xã", "61", 61, "xã", C, code=None, **_IN_XA),
    F("04 phường)", "04", 4, "phường", C, code=None, **_IN_XA),
    F("do 05 đơn vị", "05", 5, "đơn vị", C, code=None, **_OPEN),
    # II.1 files; II.2 payment (the files with fees code unchecked), money, digitisation; II.3 Đề án 06
    _tha("tiếp nhận 1.286 hồ sơ", "1.286", 1286, "hồ sơ", C, code=_TN),
    _tha("trong đó 918 hồ sơ", "918", 918, "hồ sơ", C, code=_NOP),
    _tha("chiếm 71,38%", "71,38%", 71.38, "%", code=_NOP),
    _tha("giải quyết 1.242 hồ sơ", "1.242", 1242, "hồ sơ", C, code=ANY),
    _tha("đúng hạn 1.238 hồ sơ", "1.238", 1238, "hồ sơ", C, code=_DH),
    _tha("đạt 99,68%", "99,68%", 99.68, "%", code=_DH),
    _tha("quá hạn 04 hồ sơ", "04", 4, "hồ sơ", C, code=_QH),
    _tha("giải quyết 44 hồ sơ", "44", 44, "hồ sơ", C, code=ANY),
    _tha("Có 340 hồ sơ", "340", 340, "hồ sơ", C, code=ANY),
    _tha("trong đó 214 hồ sơ", "214", 214, "hồ sơ", C, code=_TT),
    _tha("đạt 62,94%", "62,94%", 62.94, "%", code=_TT),
    _tha("là 1,24 tỷ đồng", "1,24", 1.24, "tỷ đồng", code=ANY),
    _tha("hồ sơ đạt 88,46%", "88,46%", 88.46, "%", code=_SH),
    _tha("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    _tha("của 4.126 đương sự", "4.126", 4126, "đương sự", C, code=ANY),
    _tha("cho 1.018 văn bản", "1.018", 1018, "văn bản", C, code=ANY),
    # III. cases and money over the statistical year ending at the period end ("từ ngày 01/10/2024 đến ngày
    # 30/9/2025" no figures); the targets are in footnote [3]
    _tha("là 6.418 việc", "6.418", 6418, "việc", C, code=ANY),
    _tha("thi hành 5.126 việc", "5.126", 5126, "việc", C, code=ANY),
    _tha("xong 4.512 việc", "4.512", 4512, "việc", C, code=ANY),
    _tha("đạt 88,02%", "88,02%", 88.02, "%", code=ANY, target=85, stated_status="đạt"),
    _tha("là 486,42 tỷ đồng", "486,42", 486.42, "tỷ đồng", code=ANY),
    _tha("xong 238,16 tỷ đồng", "238,16", 238.16, "tỷ đồng", code=ANY),
    _tha("đạt 48,96%", "48,96%", 48.96, "%", code=ANY, target=48, stated_status="đạt"),
    *_offices_679(),
    F("chung 7,09 điểm", "7,09", -7.09, "%", CH, subject="Phòng Thi hành án dân sự khu vực 4", level=ANY, code=ANY),
    # IV. PAKN, satisfaction; the UBND tỉnh's evaluation of tháng 9/2025 (the period's last month) naming the body in
    # full (rank among the vertical agencies: code unchecked); the province
    _tha("tiếp nhận 12 PAKN", "12", 12, "PAKN", C, code=_PAKN_TN),
    _tha("xử lý 12/12 PAKN", "12/12", 12, "PAKN", C, max_value=12, code=ANY),
    _tha("đạt 97,4%", "97,4%", 97.4, "%", code=_HL),
    F("đạt 84,26/100", "84,26/100", 84.26, "điểm", max_value=100, subject="Thi hành án dân sự tỉnh Lạng Sơn",
      level="tỉnh", code=ANY),
    F("xếp thứ 4/8", "4/8", 4, "hạng", R, max_value=8, subject="Thi hành án dân sự tỉnh Lạng Sơn", level="tỉnh",
      code=ANY),
    F("đạt 82,64/100", "82,64/100", 82.64, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ 17/34", "17/34", 17, "hạng", R, max_value=34, code=_HANG, **_NULL),
    # V. task 2's target of one named office for quý IV (address, phone no figures)
    F("tối thiểu 70%", "70%", 70, "%", T, as_of="2025-12-31", code=ANY, **_OPEN),
    # the footnotes after the signature, read as the sentences they annotate: earlier figures (quý II năm 2025 dated
    # 2025-06-30, năm thống kê 2024 2024-09-30, tháng 6/2025 2025-06-30) and targets (năm 2025 dated 2025-12-31; the
    # statistical year 2025 ends at the period end)
    _tha("là 34 TTHC", "34", 34, "TTHC", PR, as_of=_Q2_2025, code=_TTHC),
    _tha("năm 2025: 100% TTHC", "100%", 100, "%", T, as_of="2025-12-31", code=ANY),
    _tha("Quý II năm 2025 đạt 64,52%", "64,52%", 64.52, "%", PR, as_of=_Q2_2025, code=_NOP),
    _tha("(742/1.150 hồ sơ)", "742/1.150", 742, "hồ sơ", PR, max_value=1150, as_of=_Q2_2025, code=ANY),
    _tha("năm 2025 là 70%", "70%", 70, "%", T, as_of="2025-12-31", code=ANY),
    _tha("tối thiểu 85% về việc", "85%", 85, "%", T, code=ANY),
    _tha("và 48% về tiền", "48%", 48, "%", T, code=ANY),
    _tha("đạt 86,14% về việc", "86,14%", 86.14, "%", PR, as_of="2024-09-30", code=ANY),
    _tha("và 45,28% về tiền", "45,28%", 45.28, "%", PR, as_of="2024-09-30", code=ANY),
    _tha("Quý II năm 2025 đạt 95,8%", "95,8%", 95.8, "%", PR, as_of=_Q2_2025, code=_HL),
    F("đạt 81,12 điểm", "81,12", 81.12, "điểm", PR, max_value=100, as_of=_Q2_2025,
      subject="Thi hành án dân sự tỉnh Lạng Sơn", level="tỉnh", code=ANY),
    F("xếp thứ 6/8.", "6/8", 6, "hạng", PR, max_value=8, as_of=_Q2_2025, subject="Thi hành án dân sự tỉnh Lạng Sơn",
      level="tỉnh", code=ANY),
]

BLIND = {"675": BLIND_675, "676": BLIND_676, "677": BLIND_677, "678": BLIND_678, "679": BLIND_679}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "675": [
        ("2025-04-30", "day", "30/4/2025", "số định danh cá nhân", "Phòng Kinh doanh"),
        ("2025-06-30", "quarter", "quý II năm 2025", "tiếp nhận hồ sơ trực tuyến",
         "Điện lực Sông Hinh và Điện lực Đồng Xuân"),
        ("2025-05-15", "day", "ngày mười lăm tháng 5 năm 2025", "kết nối dữ liệu hồ sơ cấp điện",
         "Phòng Công nghệ thông tin"),
        ("2025-06-30", "month", "tháng 6/2025", "thỏa thuận đấu nối", "Phòng Kỹ thuật"),
        ("2025-12-31", "year", "năm 2025", "thanh toán tiền điện không dùng tiền mặt", "Sở Công Thương"),
        # issued 07/4/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/5/2025
        ("2025-05-05", "recurring", "05 hằng tháng", "gửi báo cáo kết quả", "Các Điện lực trực thuộc"),
    ],
    "676": [
        ("2025-06-15", "day", "15/6/2025", "Ngày thứ Bảy tình nguyện", "Ban Phong trào Tỉnh đoàn"),
        ("2025-06-20", "day", "ngày hai mươi tháng 6 năm 2025", "thành lập đội hình tình nguyện",
         "Huyện đoàn Bù Đốp và Huyện đoàn Bù Gia Mập"),
        ("2025-09-30", "quarter", "quý III năm 2025", "Trung tâm Phục vụ hành chính công tỉnh",
         "Thành đoàn Đồng Xoài"),
        ("2025-07-31", "month", "tháng 7/2025", "khen thưởng", "Văn phòng Tỉnh đoàn"),
        ("2025-12-31", "year", "năm 2025", "thiết bị và đường truyền", "Viễn thông Bình Phước"),
        # issued 04/6/2025: the first "ngày 25 hằng tháng" is 25/6/2025
        ("2025-06-25", "recurring", "25 hằng tháng", "gửi báo cáo kết quả", "Các Huyện đoàn, Thành đoàn, Thị đoàn"),
    ],
    "677": [
        ("2026-03-31", "day", "31/3/2026", "bộ tài liệu hướng dẫn", "Ban Tuyên giáo Hội LHPN thành phố"),
        ("2026-06-30", "quarter", "quý II năm 2026", "tài khoản định danh điện tử",
         "Hội LHPN xã Bà Nà, xã Hùng Sơn và xã Tây Giang"),
        ("2026-02-26", "day", "ngày hai mươi sáu tháng 02 năm 2026", "phần mềm quản lý hội viên",
         "Văn phòng Hội LHPN thành phố"),
        ("2026-04-30", "month", "tháng 4/2026", "chợ 4.0", "Ban Kinh tế Hội LHPN thành phố"),
        ("2026-12-31", "year", "năm 2026", "chưa có tài khoản định danh điện tử", "Công an thành phố"),
        # issued 09/01/2026: the first "ngày 20 hằng tháng" is 20/01/2026
        ("2026-01-20", "recurring", "20 hằng tháng", "gửi báo cáo kết quả", "Hội LHPN các xã, phường"),
    ],
    "678": [
        ("2026-07-31", "day", "31/7/2026", "văn bằng, chứng chỉ tồn đọng", "Phòng Quản lý chất lượng"),
        ("2026-12-31", "quarter", "quý IV năm 2026", "học bạ số", "Phòng Giáo dục Trung học"),
        ("2026-08-18", "day", "ngày mười tám tháng 8 năm 2026", "quy trình điện tử", "Văn phòng Sở"),
        ("2026-09-30", "month", "tháng 9/2026", "thu học phí không dùng tiền mặt", "Phòng Kế hoạch - Tài chính"),
        ("2026-12-31", "year", "năm 2026", "dữ liệu ngành", "UBND các xã, phường"),
        # issued 06/7/2026: the first "ngày 15 hằng tháng" is 15/7/2026
        ("2026-07-15", "recurring", "15 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "679": [
        ("2025-10-31", "day", "31/10/2025", "việc chưa có điều kiện thi hành",
         "Phòng Nghiệp vụ và Tổ chức thi hành án"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "nộp trực tuyến", "Phòng Thi hành án dân sự khu vực 4"),
        ("2025-11-22", "day", "ngày hai mươi hai tháng 11 năm 2025", "số hóa hồ sơ thi hành án", "Văn phòng"),
        ("2025-12-31", "month", "tháng 12/2025", "quy trình tiếp nhận đơn",
         "Phòng Kiểm tra, giải quyết khiếu nại, tố cáo"),
        ("2026-12-31", "year", "năm 2026", "Cơ sở dữ liệu quốc gia về dân cư", "Công an tỉnh"),
        # issued 06/10/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/11/2025
        ("2025-11-03", "recurring", "03 hằng tháng", "báo cáo thống kê", "Các Phòng Thi hành án dân sự khu vực"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 675 a report of a power
# company under "TỔNG CÔNG TY ĐIỆN LỰC MIỀN TRUNG", signed by a deputy director; 676 a Công văn of a Tỉnh đoàn (a Đoàn
# number with hyphens) whose period is named in its "V/v" line, signed by a deputy secretary; 677 a report of the Hội
# LHPN of a centrally-run city; 678 a Markdown report of a Sở under "UBND TỈNH CAO BẰNG" (bold header lines), signed
# by a deputy director; 679 a report of the Thi hành án dân sự tỉnh under "BỘ TƯ PHÁP", signed by a deputy head.
META = {
    "675": {"doc_number": "1126/BC-PCPY", "doc_type": "Báo cáo", "issued_date": "2025-04-07",
            "province": "Phú Yên", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Trần Quốc Huy"},
    "676": {"doc_number": "412-CV/TĐTN-PT", "doc_type": "Công văn", "issued_date": "2025-06-04",
            "province": "Bình Phước", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Điểu Thị Hồng Nhung"},
    "677": {"doc_number": "12/BC-HPN", "doc_type": "Báo cáo", "issued_date": "2026-01-09",
            "province": "Đà Nẵng", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Nguyễn Thị Thu Hằng"},
    "678": {"doc_number": "1246/BC-SGDĐT", "doc_type": "Báo cáo", "issued_date": "2026-07-06",
            "province": "Cao Bằng", "period_label": "6 tháng đầu năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-06-30", "signer": "Hoàng Thị Mai Hương"},
    "679": {"doc_number": "1486/BC-THADS", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Lạng Sơn", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Lương Văn Thắng"},
}
