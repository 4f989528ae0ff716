"""Blind golden facts for corpus/blind115/650_tra_vinh.txt, 651_ben_tre.txt, 652_dong_thap.txt, 653_quang_tri.txt and
654_tuyen_quang.txt.

The five documents were written by the developers for a hundred-and-fifteenth blind measurement (issuers and provinces
not used recently, forms not used before: a Sở Tài nguyên và Môi trường that quotes the province's figures before its
own, a Sở Lao động - Thương binh và Xã hội with Roman sections, lettered items and "+" sub-items, thousands separated by
spaces in prose and a semicolon sentence of districts, a Bảo hiểm xã hội tỉnh after the merger, a Ban Quản lý Khu kinh
tế with a tab-separated table whose header runs over two lines, a Sở Tư pháp's monthly Công văn; periods năm 2024 (the
window 15/12/2023–14/12/2024), 9 tháng đầu năm 2024, năm 2025, quý I năm 2026 (the window 15/12/2025–14/3/2026) and
tháng 4 năm 2026; not real documents), and every row below was written by reading them, before any extraction,
restoration or pipeline code was run on them. They also serve as held-out text for diacritic restoration (marks
stripped, restored, compared with the file).

Same structure and conventions as golden/blind112.py, blind111.py, blind110.py, blind109.py, blind16.py and blind13.py:
rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose
and list counts are kind `count`; table cells are kind `value` even when they count, with `extra={"source": "table"}`;
`as_of="period"` is the period's end; a change is dated with the figure it changes and a fall ("giảm", "rút ngắn",
"thấp hơn") is negative; a change in "điểm phần trăm" is kind change in `%` with the number alone as raw. `ANY` leaves
a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names none: counts of
communes, fields, decisions, zones, offices, branches, conferences). "thủ tục" counts use the unit `TTHC`, "phản ánh,
kiến nghị" the unit `PAKN`; a count of the files (or PAKN) an indicator is computed on carries that indicator's code;
every "đã giải quyết" count, files by field, by area or by office, pending files and changes of counts have their code
unchecked. Counts of local units take the unit of their first unit word ("106/106 xã, phường, thị trấn" → `xã`, "05/9
huyện, thành phố" → `huyện`, "124/124 xã, phường" → `xã`); "có 102 đơn vị hành chính cấp xã (82 xã, 20 phường)" →
subject `cấp xã` (unit `đơn vị`, level xã), its parts `xã`, `phường` (subject unchecked, level xã). A provincial body's
own figures naming no body are named by its kind, the province being the document's, level tỉnh: `Sở Tài nguyên và Môi
trường`, `Sở Lao động - Thương binh và Xã hội`, `Bảo hiểm xã hội tỉnh`, `Ban Quản lý Khu kinh tế` (as golden/
blind104.py's `Ban Quản lý các khu công nghiệp`), `Sở Tư pháp`; a sentence naming the body in full keeps the name as
written ("UBND các xã, phường cấp …", "xã Mèo Vạc (12,46%)", "thành phố Bến Tre 92,46%"); a proper name that holds a
place is kept whole ("Chi nhánh huyện Trà Cú", "Bảo hiểm xã hội cơ sở Mỹ Tho": level unchecked, as golden/blind85.py's
branches); province-wide figures ("toàn tỉnh", "Toàn tỉnh có", "tỉnh Trà Vinh đạt …") have subject NULL. Things counted
take the noun as written (`thửa`, `quyết định`, `chi nhánh`, `đối tượng`, `người`, `phòng`, `nhân khẩu`, `cơ sở`,
`lượt`, `tài khoản`, `cuộc gọi`, `khu kinh tế`, `khu công nghiệp`, `dự án`, `giấy phép`, `giấy chứng nhận`, `hội nghị`,
`doanh nghiệp`, `phiếu`, `trường hợp`; certified copies `bản`); money keeps the unit written (`tỷ đồng`; code
unchecked); durations `ngày`. A count of units meeting a threshold carries the threshold as kind target (as
golden/facts.py's SEED_001 "có 15/17 … đạt trên 90%"): "Có 05/9 huyện, thành phố đạt từ 78% trở lên", "Có 86/124 xã,
phường đạt … từ 50% trở lên". Numbers written in words are no figures (the days of "ngày hai mươi tháng 01 năm 2025",
"ngày mười lăm tháng 11 năm 2024", "ngày mười lăm tháng 4 năm 2026", "ngày ba mươi tháng 4 năm 2026", "ngày hai mươi
lăm tháng 5 năm 2026"). Dates, document numbers and cited texts ("Công văn số 4512/VP-KSTT", "Kế hoạch số
512/KH-UBND", "Kế hoạch số 1348/KH-UBND", "Quyết định số 06/QĐ-TTg", "Kế hoạch số 284/KH-BHXH", "Thông tư số
01/2020/TT-VPCP", "Công văn số 1125/VP-KSTT", "Luật Đất đai năm 2024"), the stated windows and data dates ("số liệu từ
ngày 15/12/2023 đến ngày 14/12/2024", "số liệu từ ngày 15/12/2025 đến ngày 14/3/2026", "Đến ngày 14/12/2024", "Đến
ngày 30/9/2024", "Từ ngày 01/7/2025"), "Bộ chỉ số 766", "Đề án 06", "mức độ 2", the period words ("9 tháng đầu năm
2024", "6 tháng đầu năm 2024", "quý III năm 2024", "tháng 11/2024", "tháng 02/2026"), "trước năm 2004", section and
item numbering ("I.", "1.", "a.", "a)", "đ.", "Bảng 1."), the STT column, the header lines of 653's table, addresses
("số 02 đường Phạm Ngũ Lão, phường 1", "số 66 đường Đoàn Hoàng Minh, phường 6", "số 12 đường Lý Thường Kiệt", "số 45
đường Hùng Vương", "số 18 đường Tân Trào"), phone numbers ("0294.3862.145", "0275.3822.386", "Tổng đài 1900.9068",
"0277.3851.246", "0233.3852.618", "0207.3822.154"), headings naming the next period ("IV. NHIỆM VỤ NĂM 2025", "V.
NHIỆM VỤ QUÝ IV NĂM 2024", "V. NHIỆM VỤ NĂM 2026", "IV. NHIỆM VỤ QUÝ II NĂM 2026", "5. Nhiệm vụ tháng 5 năm 2026": no
deadlines) and years are not figures.

New in this set (the decisions are written here):
- 650 is an annual Báo cáo of the Sở Tài nguyên và Môi trường tỉnh Trà Vinh (before the merger; header "UBND TỈNH TRÀ
  VINH / SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", number "2846/BC-STNMT", signed "GIÁM ĐỐC"), năm 2024, issued 18/12/2024, whose
  period is the window it states, "số liệu từ ngày 15/12/2023 đến ngày 14/12/2024" (as golden/blind65.py's 403): figures
  are dated 2024-12-14 and "(năm 2023: 47.906 hồ sơ)" 2023-12-14. NEW: A SỞ THAT QUOTES THE PROVINCE'S FIGURES AND THEN
  ITS OWN: section I "TÌNH HÌNH CHUNG TRÊN ĐỊA BÀN TỈNH" ("toàn tỉnh tiếp nhận 486.215 hồ sơ …", the province's 766
  result) has subject NULL; section II "KẾT QUẢ THỰC HIỆN CỦA SỞ …" is the Sở's ("Sở và các đơn vị trực thuộc tiếp nhận
  …" is the Sở as a whole). NEW: A FRACTION IN BRACKETS AFTER A SHARE "đạt 98,72% (472.772/478.902 hồ sơ)", "đạt 97,86%
  (50.110/51.206 hồ sơ)", "68,45% (9.126/13.332 hồ sơ có phát sinh phí, lệ phí)", "94,27% (48.272/51.206 hồ sơ)": the
  share keeps its row and the fraction is a count of its own (`hồ sơ`, the numerator the value, the denominator the
  max, the share's code and subject). The province's 766 result "tháng 11/2024" and the Sở's are dated 2024-11-30
  (before the window's end, as golden/blind112.py's 638), "tháng 10/2024" 2024-10-31; the blocks' averages "Khối sở,
  ban, ngành … 86,15 điểm; khối huyện … 83,40 điểm; khối xã … 81,92 điểm" by level (subject unchecked). "118 TTHC thuộc
  8 lĩnh vực; 100% TTHC", "05 quyết định" (UBND tỉnh's: subject and level unchecked). "(1.072 hồ sơ)" the land field's
  overdue files (subject unchecked, level tỉnh). A MARKDOWN TABLE of the Văn phòng Đăng ký đất đai tỉnh (level tỉnh)
  and its nine branches ("Chi nhánh huyện Cầu Kè": as written, level unchecked) with a "Tổng cộng" row (the land
  registration system: subject and level unchecked): received `hồ sơ`, online share `%`, on-time share `%`, overdue
  `hồ sơ` (codes unchecked: one field's files, as golden/blind112.py's 639). The payment target "so với chỉ tiêu UBND
  tỉnh giao là 60% thì Sở đã đạt chỉ tiêu" names no year: at the period end. The land database "106/106 xã, phường,
  thị trấn, cập nhật 1.248.516 thửa; … 486.214 thửa, đạt 38,94%" (a system: subject and level unchecked). "còn 03 chi
  nhánh (Cầu Kè, Cầu Ngang, Trà Cú)" (`chi nhánh`, code None). Task 2's "nâng tỷ lệ … đúng hạn đạt tối thiểu 98% trong
  quý I năm 2025" the two branches' target (subject and level unchecked, 2025-03-31). Six deadlines: day, quarter (with
  the target) for two named branches, "chậm nhất ngày hai mươi tháng 01 năm 2025" (day in words), month, year in a
  request "Đề nghị Sở Thông tin và Truyền thông …", "trước ngày 12 hằng tháng" (issued 18/12/2024, after the 12th:
  first 12/01/2025).
- 651 is a Báo cáo of the Sở Lao động - Thương binh và Xã hội tỉnh Bến Tre (before the merger; header "UBND TỈNH BẾN TRE
  / SỞ LAO ĐỘNG - THƯƠNG BINH / VÀ XÃ HỘI", number "1986/BC-SLĐTBXH", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"), 9 tháng
  đầu năm 2024, issued 07/10/2024. NEW: ROMAN SECTIONS WITH LETTERED ITEMS "a.", "b.", "c." AND "+" SUB-ITEMS
  ("+ Nộp trực tuyến: 10 218 hồ sơ, chiếm 79,54%;", "+ Quá hạn: 73 hồ sơ, chiếm 0,58% (lĩnh vực người có công 51 hồ sơ,
  …);", "+ Công khai, minh bạch: 16,92/18 điểm;"): each "+" item is read as a sentence of the item above it (the Sở's
  files; the Sở's group scores of tháng 9/2024 with their maxima and the six group codes). NEW: THOUSANDS SEPARATED BY
  A SPACE IN PROSE ("12 846 hồ sơ", "(cùng kỳ năm 2023: 10 912 hồ sơ)", "3 412/4 781 hồ sơ", "68 412 đối tượng"): the
  raw is the number as written (space included), the value the number a reader takes (12846); small numbers are
  written without a separator. The procedures by level "118 TTHC thuộc thẩm quyền giải quyết cấp tỉnh, 17 TTHC cấp
  huyện và 7 TTHC cấp xã" (subject unchecked, level as named), "96 TTHC … toàn trình và 28 TTHC … một phần" the Sở's.
  "(cùng kỳ năm 2023: 10 912 hồ sơ)" dated 2023-09-30. Payment "71,37% (3 412/4 781 hồ sơ …); chỉ tiêu UBND tỉnh giao
  năm 2024 là 75%, Sở chưa đạt chỉ tiêu" (the fraction a count; the target dated 2024-12-31, status "chưa đạt"). Reuse
  "35,62%, tăng 12,40 điểm phần trăm so với 6 tháng đầu năm 2024 (23,22%)" (previous 2024-06-30). "Toàn tỉnh có 68 412
  đối tượng … và 14 286 người" the province's; the cashless payments "52 816 đối tượng …, đạt 77,20%, và 11 642 người
  có công, đạt 81,49%" name no payer (subject and level unchecked). NEW: A LIST OF UNITS WITH THEIR FIGURES IN ONE LONG
  SENTENCE SEPARATED BY SEMICOLONS "…như sau: thành phố Bến Tre 92,46%; huyện Châu Thành 84,18%; …; huyện Thạnh Phú
  66,84%." (each district as written, level huyện, code unchecked), "Có 05/9 huyện, thành phố đạt từ 78% trở lên"
  (`huyện`, max 9; the threshold kind target, level huyện). "8 426 đối tượng" the Sở's. PAKN "09 PAKN … (riêng quý III
  năm 2024: 04 PAKN) … 09/09 PAKN, đạt 100%" (quý III ends at the period end). The Sở's `87,14/100`, `6/21` "tăng 4 bậc
  so với tháng 6/2024 (xếp thứ 10/21)" (previous 2024-06-30); the province's `83,72/100`, `20/63`. Task b.'s "nâng tỷ
  lệ thanh toán trực tuyến của Sở đạt tối thiểu 75% trong quý IV năm 2024" the Sở's target (2024-12-31). Six deadlines
  in lettered items a.–e.: day, quarter (with the target), "chậm nhất ngày mười lăm tháng 11 năm 2024" (day in words),
  month, year in a request "Đề nghị UBND huyện Thạnh Phú …", "trước ngày 18 hằng tháng" (issued 07/10/2024: first
  18/10/2024).
- 652 is an annual Báo cáo of Bảo hiểm xã hội tỉnh Đồng Tháp (merged with Tiền Giang; header "BẢO HIỂM XÃ HỘI VIỆT NAM
  / BẢO HIỂM XÃ HỘI TỈNH ĐỒNG THÁP", number "86/BC-BHXH", addressed to Bảo hiểm xã hội Việt Nam and UBND tỉnh), năm
  2025, issued 12/01/2026. "102 đơn vị hành chính cấp xã (82 xã, 20 phường)", "09 phòng … 12 đơn vị Bảo hiểm xã hội
  cơ sở" (subject and level unchecked, code None). The province's insured people "3.186.412 người …, 93,46% …; 318.624
  người … 146.208 người …, tăng 28.416 người" (subject NULL). The office's "27 TTHC, 100% …", "1.486.214 hồ sơ, …
  giao dịch điện tử 1.402.618 hồ sơ, chiếm 94,38%" ("giao dịch điện tử" is not "nộp trực tuyến" word for word: code
  unchecked), "So với năm 2024 (tổng của Bảo hiểm xã hội hai tỉnh trước hợp nhất: 1.312.406 hồ sơ), … tăng 173.808 hồ
  sơ, tương ứng tăng 13,24%" (the predecessors' sum dated 2024-12-31, subject unchecked, level tỉnh, as
  golden/blind112.py's 637), "đúng hạn đạt 99,86% (1.477.790/1.479.862 hồ sơ)" (the fraction a count), "2.072 hồ sơ".
  The two former provinces' areas after "lần lượt là" and "tương ứng là" (the office's own reception: subject
  unchecked, level tỉnh). A dash list of the largest Bảo hiểm xã hội cơ sở (as written, level unchecked). Đề án 06:
  "3.205.614 nhân khẩu …, đạt 98,72%; còn 41.598 nhân khẩu" the office's; the health facilities "184/186 cơ sở …
  2.846.218 lượt …, chiếm 89,64%" (not the issuer: subject and level unchecked); pensions "68.412 người, đạt 76,85% …;
  so với chỉ tiêu Bảo hiểm xã hội Việt Nam giao năm 2025 là 75% thì đã đạt chỉ tiêu" (the target at the period end,
  status "đạt"); "Tại khu vực tỉnh Tiền Giang cũ tỷ lệ này đạt 71,26%, thấp hơn bình quân toàn tỉnh 5,59 điểm phần
  trăm" (a former province's area: subject and level unchecked; the gap negative in `%`); the VssID app "1.246.518 tài
  khoản …, tăng 186.402 tài khoản" (a system: open). "12.648 cuộc gọi qua Tổng đài 1900.9068 và đường dây nóng
  0277.3851.246" (the numbers of the lines no figures), "46 … 45 … 01 PAKN", "98,2%" (`766.hai_long.tthc`), the
  province's `86,14/100`, `9/34` (tháng 12/2025: the period end). Task 2's "đạt tối thiểu 80% trong quý II năm 2026"
  the office's target (2026-06-30); task 3's "41.598 nhân khẩu" a count repeated (open). NEW: A TASK OVER A RANGE OF
  DATES "tổ chức đợt cao điểm vận động … từ ngày 01/3/2026 đến ngày 31/3/2026": one deadline due at the range's last day
  (2026-03-31, precision day, the expression holding "31/3/2026"); the first day is the start, no deadline. Six
  deadlines: the range, quarter (with the target), "chậm nhất ngày mười lăm tháng 4 năm 2026" (day in words) for two
  named offices, month, year in a request "Đề nghị Sở Y tế …", "trước ngày 20 hằng tháng" (issued 12/01/2026: first
  20/01/2026).
- 653 is a quarterly Báo cáo of the Ban Quản lý Khu kinh tế tỉnh Quảng Trị (merged with Quảng Bình; header "UBND TỈNH
  QUẢNG TRỊ / BAN QUẢN LÝ KHU KINH TẾ", number "412/BC-BQLKKT", signed "KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN"), quý I năm
  2026, issued 18/3/2026, whose period is the window it states, "số liệu từ ngày 15/12/2025 đến ngày 14/3/2026" (as
  golden/blind6.py's 121): figures are dated 2026-03-14 and "(quý IV năm 2025: 398 hồ sơ)" 2025-12-14 (the end of the
  previous window, as 650's "năm 2023"). "04 khu kinh tế và 09 khu công nghiệp" on the province's territory (subject
  NULL, code None, as golden/blind104.py's 597), the Ban's "96 TTHC thuộc 8 lĩnh vực … 71 … 25 TTHC", files, on time,
  overdue, pending. NEW: A TAB-SEPARATED TABLE WHOSE HEADER RUNS OVER TWO LINES: the first line "STT | Lĩnh vực | Hồ
  sơ tiếp nhận (hồ sơ) | | Kết quả giải quyết | |" holds the merged group headers (empty cells where a group spans),
  the second line the sub-headers "Tổng số | Trực tuyến | Đúng hạn (hồ sơ) | Quá hạn (hồ sơ) | Tỷ lệ đúng hạn (%)";
  a cell's unit comes from its sub-header or, where that has none, its group's ("Tổng số", "Trực tuyến" → `hồ sơ`);
  the header lines are no figures. Six fields (subject unchecked, level tỉnh; "0" and "100" cells are figures) and a
  "Tổng cộng" row with an empty STT (the Ban); codes unchecked. "06 dự án … 4.286,5 tỷ đồng" (the capital the
  projects': open), "11 dự án", "186 giấy phép", "412 giấy chứng nhận", payment "128 … 121 hồ sơ …, đạt 94,53%",
  digitisation "100%", reuse "56,42%", "02 hội nghị … 86 doanh nghiệp". The Ban's `90,46/100`, `2/16` and the
  province's `85,28/100`, `11/34` of "Tháng 02/2026" (before the window's end: dated 2026-02-28). Task 2's "nâng tỷ lệ
  hồ sơ lĩnh vực môi trường giải quyết đúng hạn đạt 100% trong quý II năm 2026" one field's target (subject unchecked,
  level tỉnh, 2026-06-30). Six deadlines: day, quarter (with the target), "chậm nhất ngày ba mươi tháng 4 năm 2026" (day
  in words), month, year in a request "Đề nghị Sở Khoa học và Công nghệ …", "trước ngày 15 hằng tháng" (issued
  18/3/2026, after the 15th: first 15/4/2026).
- 654 is a CÔNG VĂN (doc_type "Công văn") of the Sở Tư pháp tỉnh Tuyên Quang (merged with Hà Giang; header "UBND TỈNH
  TUYÊN QUANG / SỞ TƯ PHÁP", number "968/STP-VP", a "V/v" line naming the month, no title, signed "KT. GIÁM ĐỐC / PHÓ
  GIÁM ĐỐC") to the Văn phòng UBND tỉnh, tháng 4 năm 2026, issued 06/5/2026. The Sở's "136 TTHC", "2.318 hồ sơ (tháng
  3/2026: 2.046 hồ sơ), tăng 13,29%" (previous 2026-03-31), "2.176 hồ sơ, chiếm 93,87%", "tỷ lệ đúng hạn đạt 99,65%
  (2.246/2.254 hồ sơ)" (the fraction in brackets a count), "08 hồ sơ". A MARKDOWN TABLE BY FIELD (received and online
  `hồ sơ`, online and on-time shares `%`; "100" cells; the fields subject unchecked, level tỉnh; "Tổng cộng" with an
  empty STT the Sở; codes unchecked). Judicial records "1.798 phiếu … 1.426 phiếu …, chiếm 79,31% … 3,4 ngày/hồ sơ, rút
  ngắn 0,6 ngày" (one field's: codes unchecked). The communes: "124 đơn vị hành chính cấp xã (117 xã, 7 phường);
  124/124 xã, phường", "UBND các xã, phường cấp 18.642 bản sao điện tử …, chiếm 64,28%" (`bản`, `chung_thuc_dien_tu`,
  as written, level xã), "3.412 trường hợp, đạt 82,16%" (theirs, code unchecked), "86/124 xã, phường … từ 50% trở
  lên" (the threshold kind target), "xã Mèo Vạc (12,46%) và xã Lâm Bình (18,20%)" (as written, level xã). "02 …
  02/02 PAKN". The Sở's 766 result "tháng 3/2026" (dated 2026-03-31) `91,24/100`, `1/17` "(tháng 02/2026: 89,86 điểm,
  xếp thứ 3/17)" (previous 2026-02-28), the province's `84,12/100`, `18/34` (2026-03-31). Task a)'s "08 hồ sơ" a count
  repeated; task b)'s "nâng tỷ lệ chứng thực bản sao điện tử đạt tối thiểu 40% trong quý II năm 2026" the two named
  communes' target (subject unchecked, level xã, 2026-06-30). Six deadlines in lettered items a)–e): day, quarter (with
  the target) in a request "Đề nghị UBND xã Mèo Vạc và UBND xã Lâm Bình …", "chậm nhất ngày hai mươi lăm tháng 5 năm
  2026" (day in words), month, year in a request "Đề nghị Công an tỉnh …", "trước ngày 22 hằng tháng" for "UBND các xã,
  phường" (issued 06/5/2026: first 22/5/2026).

Unsure readings (fields left `ANY`, or decided and written here): the codes of the table cells of 650, 653 and 654 (one
field's or one office's files: the 766 file codes would also be defensible); the subject of 650's table total (the
land registration office with its branches, not a body the sentence names); who paid 651's cashless benefits (the Sở,
the districts or the post: open); the code of 652's "giao dịch điện tử" share (`766.dvctt.nop_truc_tuyen` is
defensible); 652's health facilities, app and former province's area (not the issuer: open). The as_of of a previous
value in a report whose period is a 15th-to-14th window ("năm 2023", "quý IV năm 2025") follows golden/blind65.py's
403 (the previous window's end) although the calendar end would also be defensible; the as_of field cannot be left
unchecked. A threshold in a count of units ("đạt từ 78% trở lên") is written as kind target after facts.py's SEED_001;
a reader could also take it as no figure.
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

_TONG = "766.tong_hop"
_HANG = "766.xep_hang"
_TTHC = "tthc.tong_so"
_TIME = "766.tien_do.thoi_gian"
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_HUYEN = {"subject": ANY, "level": "huyện"}
_IN_XA = {"subject": ANY, "level": "xã"}

# A numeric cell: (raw, unit, kind, code, as_of, max_value).
Cell = tuple[str, str, str, object, str, float | None]


def _num(raw: str) -> float:
    """A number as a reader reads it; a space between digit groups is a thousands separator ("12 846" → 12846)."""
    return vn_number(raw.replace(" ", ""))


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


def _table(rows: list[tuple[str, str, str]], line_of, after_last: str, who, units: list[str]) -> list[Fact]:
    """The numeric cells of a table given as (STT, row label, cells separated by spaces) rows: `line_of` writes a row
    as the document does, `who(stt, label)` gives its (subject, level), `units` the unit of each numeric column; every
    cell is kind value at the period end with its code unchecked. Each row's context runs into the next row."""
    facts = []
    for i, (stt, label, raws) in enumerate(rows):
        values = raws.split()
        line, sep = line_of((stt, label, *values))
        if i + 1 < len(rows):
            after = line_of(rows[i + 1][:2])[0].rstrip(" |")
        else:
            after = after_last
        subject, level = who(stt, label)
        facts += _cells(line, sep, after, subject, level,
                        [(raw, unit, P, ANY, "period", None) for raw, unit in zip(values, units, strict=True)])
    return facts


def _md(cells: tuple[str, ...]) -> tuple[str, str]:
    return _md_line(cells), " | "


def _tsv(cells: tuple[str, ...]) -> tuple[str, str]:
    return "\t".join(cells), "\t"


# ------------------------------------------------------------ 650: Sở TN&MT tỉnh Trà Vinh, năm 2024 (window)
_STN = "Sở Tài nguyên và Môi trường"
_stn = _by(_STN, "tỉnh")
_NOV_2024 = "2024-11-30"
_OCT_2024 = "2024-10-31"

_BRANCHES_650 = [
    ("1", "Văn phòng Đăng ký đất đai tỉnh", "3.214 81,46 99,12 28"),
    ("2", "Chi nhánh thành phố Trà Vinh", "6.842 84,27 98,36 112"),
    ("3", "Chi nhánh thị xã Duyên Hải", "2.916 76,54 97,85 62"),
    ("4", "Chi nhánh huyện Càng Long", "5.128 72,18 97,42 131"),
    ("5", "Chi nhánh huyện Cầu Kè", "3.986 70,35 96,88 124"),
    ("6", "Chi nhánh huyện Tiểu Cần", "4.214 74,62 98,04 82"),
    ("7", "Chi nhánh huyện Châu Thành", "5.376 73,08 97,16 152"),
    ("8", "Chi nhánh huyện Cầu Ngang", "4.482 69,84 96,42 160"),
    ("9", "Chi nhánh huyện Trà Cú", "5.106 66,21 96,05 201"),
    ("10", "Chi nhánh huyện Duyên Hải", "3.596 71,46 99,16 20"),
    ("", "Tổng cộng", "44.860 74,18 97,58 1.072"),
]


def _who_650(stt: str, label: str) -> tuple[object, object]:
    """Bảng 1's rows: the provincial office (level tỉnh), each branch as written (a name holding a place; level
    unchecked, as golden/blind85.py's branches), the total of the land registration system (unchecked)."""
    if stt == "1":
        return label, "tỉnh"
    if stt == "":
        return ANY, ANY
    return label, ANY


BLIND_650 = [
    # I. the province's figures (4512/VP-KSTT cited; 15/12/2023–14/12/2024 the period)
    F("toàn tỉnh tiếp nhận 486.215 hồ sơ", "486.215", 486215, "hồ sơ", C, code=_TN),
    F("trong đó 312.684 hồ sơ", "312.684", 312684, "hồ sơ", C, code=_NOP),
    F("chiếm 64,31%", "64,31%", 64.31, "%", code=_NOP),
    F("giải quyết 478.902 hồ sơ", "478.902", 478902, "hồ sơ", C, code=ANY),
    F("đạt 98,72%", "98,72%", 98.72, "%", code=_DH),
    F("(472.772/478.902 hồ sơ)", "472.772/478.902", 472772, "hồ sơ", C, max_value=478902, code=_DH),
    F("tỉnh đạt 56,84%", "56,84%", 56.84, "%", code=_TT),
    F("hồ sơ đạt 88,16%", "88,16%", 88.16, "%", code=_SH),
    # the province's 766 result of tháng 11/2024 (dated 2024-11-30; tháng 10/2024 dated 2024-10-31), the blocks
    F("đạt 84,62/100", "84,62/100", 84.62, "điểm", max_value=100, as_of=_NOV_2024, code=_TONG),
    F("xếp thứ 12/63", "12/63", 12, "hạng", R, max_value=63, as_of=_NOV_2024, code=_HANG),
    F("tăng 3 bậc", "3", 3, "hạng", CH, as_of=_NOV_2024, code=_HANG),
    F("(xếp thứ 15/63)", "15/63", 15, "hạng", PR, max_value=63, as_of=_OCT_2024, code=_HANG),
    F("bình quân 86,15 điểm", "86,15", 86.15, "điểm", as_of=_NOV_2024, code=ANY, **_IN_TINH),
    F("bình quân 83,40 điểm", "83,40", 83.40, "điểm", as_of=_NOV_2024, code=ANY, **_IN_HUYEN),
    F("bình quân 81,92 điểm", "81,92", 81.92, "điểm", as_of=_NOV_2024, code=ANY, **_IN_XA),
    # II.1 the Sở's procedures; UBND tỉnh's decisions ("Luật Đất đai năm 2024" no figure)
    _stn("gồm 118 TTHC", "118", 118, "TTHC", C, code=_TTHC),
    _stn("thuộc 8 lĩnh vực", "8", 8, "lĩnh vực", C, code=None),
    _stn("; 100% TTHC", "100%", 100, "%", code=ANY),
    F("ban hành 05 quyết định", "05", 5, "quyết định", C, code=None, **_OPEN),
    # II.2 files (năm 2023 dated 2023-12-14, the end of last year's window), on time, overdue, pending, time
    _stn("tiếp nhận 52.418 hồ sơ", "52.418", 52418, "hồ sơ", C, code=_TN),
    _stn("(năm 2023: 47.906", "47.906", 47906, "hồ sơ", PR, as_of="2023-12-14", code=_TN),
    _stn("tăng 4.512 hồ sơ", "4.512", 4512, "hồ sơ", CH, code=ANY),
    _stn("tăng 9,42%", "9,42%", 9.42, "%", CH, code=ANY),
    _stn("tuyến 38.746 hồ sơ", "38.746", 38746, "hồ sơ", C, code=_NOP),
    _stn("chiếm 73,92%", "73,92%", 73.92, "%", code=_NOP),
    _stn("Đã giải quyết 51.206 hồ sơ", "51.206", 51206, "hồ sơ", C, code=ANY),
    _stn("đạt 97,86%", "97,86%", 97.86, "%", code=_DH),
    _stn("(50.110/51.206 hồ sơ)", "50.110/51.206", 50110, "hồ sơ", C, max_value=51206, code=_DH),
    _stn("quá hạn 1.096 hồ sơ", "1.096", 1096, "hồ sơ", C, code=_QH),
    _stn("chiếm 2,14%", "2,14%", 2.14, "%", code=_QH),
    F("(1.072 hồ sơ)", "1.072", 1072, "hồ sơ", C, code=ANY, **_IN_TINH),
    _stn("giải quyết 1.212 hồ sơ", "1.212", 1212, "hồ sơ", C, code=ANY),
    _stn("bình quân 6,8 ngày", "6,8", 6.8, "ngày", code=_TIME),
    _stn("giảm 1,2 ngày", "1,2", -1.2, "ngày", CH, code=_TIME),
    # Bảng 1 (Markdown): received, online share, on-time share, overdue files per office and branch
    *_table(_BRANCHES_650, _md, "\n3. Thanh toán", _who_650, ["hồ sơ", "%", "%", "hồ sơ"]),
    # II.3 payment (the target without a year: the period's), fees, digitisation, reuse
    _stn("đạt 68,45%", "68,45%", 68.45, "%", code=_TT, target=60, stated_status="đạt"),
    _stn("(9.126/13.332 hồ sơ", "9.126/13.332", 9126, "hồ sơ", C, max_value=13332, code=_TT),
    _stn("giao là 60%", "60%", 60, "%", T, code=_TT),
    _stn("là 3,48 tỷ đồng", "3,48", 3.48, "tỷ đồng", code=ANY),
    _stn("đạt 94,27%", "94,27%", 94.27, "%", code=_SH),
    _stn("(48.272/51.206 hồ sơ)", "48.272/51.206", 48272, "hồ sơ", C, max_value=51206, code=_SH),
    _stn("đạt 42,18%", "42,18%", 42.18, "%", code=_TSD),
    # II.4 the land database (a system; "Đến ngày 14/12/2024" the period end)
    F("tại 106/106 xã", "106/106", 106, "xã", C, max_value=106, code=None, **_IN_XA),
    F("cập nhật 1.248.516 thửa", "1.248.516", 1248516, "thửa", C, code=ANY, **_OPEN),
    F("chuẩn hóa 486.214 thửa", "486.214", 486214, "thửa", C, code=ANY, **_OPEN),
    F("đạt 38,94%", "38,94%", 38.94, "%", code=ANY, **_OPEN),
    # II.5 PAKN, satisfaction
    _stn("tiếp nhận 14 PAKN", "14", 14, "PAKN", C, code=_PAKN_TN),
    _stn("xử lý 14/14 PAKN", "14/14", 14, "PAKN", C, max_value=14, code=ANY),
    _stn("đó 13 PAKN", "13", 13, "PAKN", C, code=ANY),
    _stn("đạt 96,84%", "96,84%", 96.84, "%", code=_HL),
    # II.6 the Sở's 766 result of tháng 11/2024 (tháng 10/2024 the previous)
    _stn("đạt 82,36/100", "82,36/100", 82.36, "điểm", max_value=100, as_of=_NOV_2024, code=_TONG),
    _stn("xếp thứ 16/19", "16/19", 16, "hạng", R, max_value=19, as_of=_NOV_2024, code=_HANG),
    _stn("(tháng 10/2024: 79,84", "79,84", 79.84, "điểm", PR, max_value=100, as_of=_OCT_2024, code=_TONG),
    _stn("xếp thứ 18/19)", "18/19", 18, "hạng", PR, max_value=19, as_of=_OCT_2024, code=_HANG),
    _stn("tăng 2,52 điểm", "2,52", 2.52, "điểm", CH, as_of=_NOV_2024, code=_TONG),
    _stn("đạt 18,42/20", "18,42/20", 18.42, "điểm", max_value=20, as_of=_NOV_2024, code="766.tien_do"),
    _stn("đạt 17,86/22", "17,86/22", 17.86, "điểm", max_value=22, as_of=_NOV_2024, code="766.so_hoa"),
    # III. ("trước năm 2004" a year); IV. two branches' target for quý I/2025 (address, phone, "phường 1" no figures)
    F("còn 03 chi nhánh", "03", 3, "chi nhánh", C, code=None, **_OPEN),
    F("tối thiểu 98%", "98%", 98, "%", T, as_of="2025-03-31", code=_DH, **_OPEN),
]

# ------------------------------------------------------------ 651: Sở LĐTBXH tỉnh Bến Tre, 9 tháng đầu năm 2024
_SLD = "Sở Lao động - Thương binh và Xã hội"
_sld = _by(_SLD, "tỉnh")

# the semicolon sentence: (district as written, its cashless share)
_DISTRICTS_651 = [
    ("thành phố Bến Tre", "92,46%"), ("huyện Châu Thành", "84,18%"), ("huyện Giồng Trôm", "80,52%"),
    ("huyện Mỏ Cày Nam", "79,36%"), ("huyện Chợ Lách", "78,64%"), ("huyện Mỏ Cày Bắc", "76,92%"),
    ("huyện Bình Đại", "72,15%"), ("huyện Ba Tri", "70,38%"), ("huyện Thạnh Phú", "66,84%"),
]

# the "+" items of the Sở's six group scores: (context, raw, code)
_GROUPS_651 = [
    ("minh bạch: 16,92/18", "16,92/18", "766.cong_khai"),
    ("giải quyết: 19,46/20", "19,46/20", "766.tien_do"),
    ("Dịch vụ công trực tuyến: 10,28/12", "10,28/12", "766.dvctt"),
    ("Thanh toán trực tuyến: 6,84/10", "6,84/10", "766.thanh_toan"),
    ("hồ sơ: 17,16/22", "17,16/22", "766.so_hoa"),
    ("hài lòng: 16,48/18", "16,48/18", "766.hai_long"),
]


def _districts_651() -> list[Fact]:
    """One long sentence of the districts' cashless shares separated by ";": each district as written, level huyện."""
    return [F(f"{name} {raw}", raw, _num(raw), "%", subject=name, level="huyện", code=ANY)
            for name, raw in _DISTRICTS_651]


def _groups_651() -> list[Fact]:
    """The "+" items under III.2: the Sở's six group scores of tháng 9/2024 (the period end), each with its max."""
    return [_sld(context, raw, _num(raw.split("/")[0]), "điểm", max_value=_num(raw.split("/")[1]), code=code)
            for context, raw, code in _GROUPS_651]


BLIND_651 = [
    # I.1 a. procedures by level (512/KH-UBND, 1348/KH-UBND cited), b. UBND tỉnh's decisions
    _sld("thực hiện 142 TTHC", "142", 142, "TTHC", C, code=_TTHC),
    F("trong đó 118 TTHC", "118", 118, "TTHC", C, code=ANY, **_IN_TINH),
    F("tỉnh, 17 TTHC", "17", 17, "TTHC", C, code=ANY, **_IN_HUYEN),
    F("và 7 TTHC", "7", 7, "TTHC", C, code=ANY, **_IN_XA),
    _sld("cấp 96 TTHC", "96", 96, "TTHC", C, code=_TOAN),
    _sld("và 28 TTHC", "28", 28, "TTHC", C, code=_MOT),
    F("ban hành 04 quyết định", "04", 4, "quyết định", C, code=None, **_OPEN),
    F("với 37 TTHC", "37", 37, "TTHC", C, code=ANY, **_OPEN),
    # I.2 a. files with thousands separated by spaces (cùng kỳ năm 2023 dated 2023-09-30), "+" items by channel
    _sld("là 12 846 hồ sơ", "12 846", 12846, "hồ sơ", C, code=_TN),
    _sld("(cùng kỳ năm 2023: 10 912", "10 912", 10912, "hồ sơ", PR, as_of="2023-09-30", code=_TN),
    _sld("tăng 1 934 hồ sơ", "1 934", 1934, "hồ sơ", CH, code=ANY),
    _sld("tuyến: 10 218 hồ sơ", "10 218", 10218, "hồ sơ", C, code=_NOP),
    _sld("chiếm 79,54%", "79,54%", 79.54, "%", code=_NOP),
    _sld("công ích: 2 628 hồ sơ", "2 628", 2628, "hồ sơ", C, code=ANY),
    # b. settled, on time, overdue (the fields' parts), pending, time
    _sld("giải quyết 12 604 hồ sơ", "12 604", 12604, "hồ sơ", C, code=ANY),
    _sld("hạn: 12 531 hồ sơ", "12 531", 12531, "hồ sơ", C, code=_DH),
    _sld("đạt 99,42%", "99,42%", 99.42, "%", code=_DH),
    _sld("Quá hạn: 73 hồ sơ", "73", 73, "hồ sơ", C, code=_QH),
    _sld("chiếm 0,58%", "0,58%", 0.58, "%", code=_QH),
    F("công 51 hồ sơ", "51", 51, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("nghiệp 22 hồ sơ", "22", 22, "hồ sơ", C, code=ANY, **_IN_TINH),
    _sld("quyết: 242 hồ sơ", "242", 242, "hồ sơ", C, code=ANY),
    _sld("bình quân 4,6 ngày", "4,6", 4.6, "ngày", code=_TIME),
    # c. payment: the fraction in brackets after the share; the 2024 target at the year's end, not reached
    _sld("đạt 71,37%", "71,37%", 71.37, "%", code=_TT, target=75, stated_status="chưa đạt"),
    _sld("(3 412/4 781 hồ sơ", "3 412/4 781", 3412, "hồ sơ", C, max_value=4781, code=_TT),
    _sld("năm 2024 là 75%", "75%", 75, "%", T, as_of="2024-12-31", code=_TT),
    # I.3 digitisation, e-results, reuse (6 tháng đầu năm 2024 dated 2024-06-30)
    _sld("TTHC đạt 96,18%", "96,18%", 96.18, "%", code=_SH),
    _sld("điện tử đạt 98,05%", "98,05%", 98.05, "%", code=_KQ),
    _sld("đạt 35,62%", "35,62%", 35.62, "%", code=_TSD),
    _sld("tăng 12,40 điểm", "12,40", 12.40, "%", CH, code=ANY),
    _sld("(23,22%)", "23,22%", 23.22, "%", PR, as_of="2024-06-30", code=_TSD),
    # II.1 the province's beneficiaries; II.2 paid without cash ("Đến ngày 30/9/2024" the period end; who paid: open)
    F("có 68 412 đối tượng", "68 412", 68412, "đối tượng", C, code=ANY),
    F("và 14 286 người", "14 286", 14286, "người", C, code=ANY),
    F("cho 52 816 đối tượng", "52 816", 52816, "đối tượng", C, code=ANY, **_OPEN),
    F("đạt 77,20%", "77,20%", 77.20, "%", code=ANY, **_OPEN),
    F("và 11 642 người", "11 642", 11642, "người", C, code=ANY, **_OPEN),
    F("đạt 81,49%", "81,49%", 81.49, "%", code=ANY, **_OPEN),
    # II.3 the districts in one sentence separated by ";", a count of districts above a threshold (kind target)
    *_districts_651(),
    F("Có 05/9 huyện", "05/9", 5, "huyện", C, max_value=9, code=None, **_IN_HUYEN),
    F("đạt từ 78% trở lên", "78%", 78, "%", T, code=ANY, **_IN_HUYEN),
    # II.4 ("mức độ 2" no figure)
    _sld("hướng dẫn 8 426 đối tượng", "8 426", 8426, "đối tượng", C, code=ANY),
    # III.1 PAKN (quý III ends at the period end); III.2 the Sở's 766 result of tháng 9/2024 (tháng 6/2024 dated)
    _sld("tiếp nhận 09 PAKN", "09", 9, "PAKN", C, code=_PAKN_TN),
    _sld("năm 2024: 04 PAKN", "04", 4, "PAKN", C, code=ANY),
    _sld("xử lý 09/09 PAKN", "09/09", 9, "PAKN", C, max_value=9, code=ANY),
    _sld("đạt 100%", "100%", 100, "%", code="pakn.ty_le_xu_ly"),
    _sld("đạt 87,14/100", "87,14/100", 87.14, "điểm", max_value=100, code=_TONG),
    _sld("xếp thứ 6/21", "6/21", 6, "hạng", R, max_value=21, code=_HANG),
    _sld("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    _sld("(xếp thứ 10/21)", "10/21", 10, "hạng", PR, max_value=21, as_of="2024-06-30", code=_HANG),
    *_groups_651(),
    # III.3 the province
    F("đạt 83,72/100", "83,72/100", 83.72, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 20/63", "20/63", 20, "hạng", R, max_value=63, code=_HANG),
    # V. the Sở's target for quý IV/2024 (address, phone number, "phường 6" no figures)
    _sld("tối thiểu 75%", "75%", 75, "%", T, as_of="2024-12-31", code=_TT),
]

# ------------------------------------------------------------ 652: Bảo hiểm xã hội tỉnh Đồng Tháp, năm 2025
_bhxh = _by("Bảo hiểm xã hội tỉnh", "tỉnh")

# the dash list of the largest Bảo hiểm xã hội cơ sở: (context, raw, name)
_OFFICES_652 = [
    ("Mỹ Tho: 186.412 hồ sơ", "186.412", "Bảo hiểm xã hội cơ sở Mỹ Tho"),
    ("Cao Lãnh: 148.206 hồ sơ", "148.206", "Bảo hiểm xã hội cơ sở Cao Lãnh"),
    ("Cai Lậy: 112.584 hồ sơ", "112.584", "Bảo hiểm xã hội cơ sở Cai Lậy"),
    ("Sa Đéc: 98.316 hồ sơ", "98.316", "Bảo hiểm xã hội cơ sở Sa Đéc"),
]

BLIND_652 = [
    # I. (06/QĐ-TTg, 284/KH-BHXH cited; "Từ ngày 01/7/2025" a date) communes, the organisation, participants
    F("có 102 đơn vị", "102", 102, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("(82 xã", "82", 82, "xã", C, code=None, **_IN_XA),
    F("20 phường)", "20", 20, "phường", C, code=None, **_IN_XA),
    F("gồm 09 phòng", "09", 9, "phòng", C, code=None, **_OPEN),
    F("và 12 đơn vị", "12", 12, "đơn vị", C, code=None, **_OPEN),
    F("có 3.186.412 người", "3.186.412", 3186412, "người", C, code=ANY),
    F("phủ 93,46%", "93,46%", 93.46, "%", code=ANY),
    F("; 318.624 người", "318.624", 318624, "người", C, code=ANY),
    F("và 146.208 người", "146.208", 146208, "người", C, code=ANY),
    F("tăng 28.416 người", "28.416", 28416, "người", CH, code=ANY),
    # II.1–3 procedures, files (the two former offices' sum dated 2024-12-31), on time, overdue
    _bhxh("thực hiện 27 TTHC", "27", 27, "TTHC", C, code=_TTHC),
    _bhxh("TTHC, 100% được", "100%", 100, "%", code=ANY),
    _bhxh("tiếp nhận 1.486.214 hồ sơ", "1.486.214", 1486214, "hồ sơ", C, code=_TN),
    _bhxh("điện tử 1.402.618 hồ sơ", "1.402.618", 1402618, "hồ sơ", C, code=ANY),
    _bhxh("chiếm 94,38%", "94,38%", 94.38, "%", code=ANY),
    F("hợp nhất: 1.312.406 hồ sơ", "1.312.406", 1312406, "hồ sơ", PR, as_of="2024-12-31", code=_TN, **_IN_TINH),
    _bhxh("tăng 173.808 hồ sơ", "173.808", 173808, "hồ sơ", CH, code=ANY),
    _bhxh("tăng 13,24%", "13,24%", 13.24, "%", CH, code=ANY),
    _bhxh("giải quyết 1.479.862 hồ sơ", "1.479.862", 1479862, "hồ sơ", C, code=ANY),
    _bhxh("đạt 99,86%", "99,86%", 99.86, "%", code=_DH),
    _bhxh("(1.477.790/1.479.862 hồ sơ)", "1.477.790/1.479.862", 1477790, "hồ sơ", C, max_value=1479862, code=_DH),
    _bhxh("quá hạn 2.072 hồ sơ", "2.072", 2072, "hồ sơ", C, code=_QH),
    # II.4 the two former provinces' areas after "lần lượt là" / "tương ứng là" (the office's own: level tỉnh)
    F("lần lượt là 682.406 hồ sơ", "682.406", 682406, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("và 803.808 hồ sơ", "803.808", 803808, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("tương ứng là 95,12%", "95,12%", 95.12, "%", code=ANY, **_IN_TINH),
    F("và 93,75%", "93,75%", 93.75, "%", code=ANY, **_IN_TINH),
    # II.5 the dash list of offices (names holding a place: as written, level unchecked)
    *[F(context, raw, _num(raw), "hồ sơ", C, subject=name, level=ANY, code=ANY) for context, raw, name in _OFFICES_652],
    # III.1 authentication against the population database
    _bhxh("xác thực 3.205.614 nhân khẩu", "3.205.614", 3205614, "nhân khẩu", C, code=ANY),
    _bhxh("đạt 98,72%", "98,72%", 98.72, "%", code=ANY),
    _bhxh("còn 41.598 nhân khẩu", "41.598", 41598, "nhân khẩu", C, code=ANY),
    # III.2 health facilities and their visits (not the issuer: open)
    F("Có 184/186 cơ sở", "184/186", 184, "cơ sở", C, max_value=186, code=ANY, **_OPEN),
    F("có 2.846.218 lượt", "2.846.218", 2846218, "lượt", C, code=ANY, **_OPEN),
    F("chiếm 89,64%", "89,64%", 89.64, "%", code=ANY, **_OPEN),
    # III.3 pensions paid to accounts (the 2025 target at the period end, reached), the former province's area
    _bhxh("cho 68.412 người", "68.412", 68412, "người", C, code=ANY),
    _bhxh("đạt 76,85%", "76,85%", 76.85, "%", code=ANY, target=75, stated_status="đạt"),
    _bhxh("năm 2025 là 75%", "75%", 75, "%", T, code=ANY),
    F("đạt 71,26%", "71,26%", 71.26, "%", code=ANY, **_OPEN),
    F("toàn tỉnh 5,59 điểm", "5,59", -5.59, "%", CH, code=ANY, **_OPEN),
    # III.4 the VssID app (a system)
    F("có 1.246.518 tài khoản", "1.246.518", 1246518, "tài khoản", C, code=ANY, **_OPEN),
    F("tăng 186.402 tài khoản", "186.402", 186402, "tài khoản", CH, code=ANY, **_OPEN),
    # IV. calls (the switchboard and hotline numbers no figures), PAKN, satisfaction; the province's 766 result
    _bhxh("trả lời 12.648 cuộc gọi", "12.648", 12648, "cuộc gọi", C, code=ANY),
    _bhxh("tiếp nhận 46 PAKN", "46", 46, "PAKN", C, code=_PAKN_TN),
    _bhxh("giải quyết 45 PAKN", "45", 45, "PAKN", C, code=ANY),
    _bhxh("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    _bhxh("cho thấy 98,2%", "98,2%", 98.2, "%", code=_HL),
    F("đạt 86,14/100", "86,14/100", 86.14, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 9/34", "9/34", 9, "hạng", R, max_value=34, code=_HANG),
    # V. the office's target for quý II/2026, a count repeated (address no figure)
    _bhxh("tối thiểu 80%", "80%", 80, "%", T, as_of="2026-06-30", code=ANY),
    F("thông tin 41.598 nhân khẩu", "41.598", 41598, "nhân khẩu", C, code=ANY, **_OPEN),
]

# ------------------------------------------------------------ 653: Ban Quản lý Khu kinh tế tỉnh Quảng Trị, quý I/2026
_BQL = "Ban Quản lý Khu kinh tế"
_bql = _by(_BQL, "tỉnh")
_FEB_2026 = "2026-02-28"

_FIELDS_653 = [
    ("1", "Đầu tư", "48 48 45 1 97,83"),
    ("2", "Xây dựng", "36 34 35 0 100"),
    ("3", "Môi trường", "22 22 20 1 95,24"),
    ("4", "Lao động", "214 209 210 0 100"),
    ("5", "Thương mại", "96 96 94 0 100"),
    ("6", "Quy hoạch", "18 16 17 1 94,44"),
    ("", "Tổng cộng", "434 425 421 3 99,29"),
]


def _who_653(stt: str, label: str) -> tuple[object, object]:
    """Bảng 1's rows: the Ban's fields (subject unchecked, level tỉnh), "Tổng cộng" the Ban itself."""
    return (_BQL, "tỉnh") if stt == "" else (ANY, "tỉnh")


BLIND_653 = [
    # I. (01/2020/TT-VPCP cited; 15/12/2025–14/3/2026 the period) zones on the province's territory, procedures
    F("có 04 khu kinh tế", "04", 4, "khu kinh tế", C, code=None),
    F("và 09 khu công nghiệp", "09", 9, "khu công nghiệp", C, code=None),
    _bql("thực hiện 96 TTHC", "96", 96, "TTHC", C, code=_TTHC),
    _bql("thuộc 8 lĩnh vực", "8", 8, "lĩnh vực", C, code=None),
    _bql("trong đó 71 TTHC", "71", 71, "TTHC", C, code=_TOAN),
    _bql("và 25 TTHC", "25", 25, "TTHC", C, code=_MOT),
    # II.1 files (quý IV năm 2025 dated 2025-12-14, the end of the previous window), on time, overdue, pending
    _bql("tiếp nhận 434 hồ sơ", "434", 434, "hồ sơ", C, code=_TN),
    _bql("(quý IV năm 2025: 398", "398", 398, "hồ sơ", PR, as_of="2025-12-14", code=_TN),
    _bql("tăng 36 hồ sơ", "36", 36, "hồ sơ", CH, code=ANY),
    _bql("tăng 9,05%", "9,05%", 9.05, "%", CH, code=ANY),
    _bql("tuyến 425 hồ sơ", "425", 425, "hồ sơ", C, code=_NOP),
    _bql("chiếm 97,93%", "97,93%", 97.93, "%", code=_NOP),
    _bql("giải quyết 424 hồ sơ", "424", 424, "hồ sơ", C, code=ANY),
    _bql("hạn 421 hồ sơ", "421", 421, "hồ sơ", C, code=_DH),
    _bql("đạt 99,29%", "99,29%", 99.29, "%", code=_DH),
    _bql("quá hạn 03 hồ sơ", "03", 3, "hồ sơ", C, code=_QH),
    _bql("giải quyết 10 hồ sơ", "10", 10, "hồ sơ", C, code=ANY),
    # II.2 Bảng 1 (tab-separated, its header over two lines: group headers above sub-headers)
    *_table(_FIELDS_653, _tsv, "\n3. Trong quý", _who_653, ["hồ sơ", "hồ sơ", "hồ sơ", "hồ sơ", "%"]),
    # II.3 projects (the capital is the projects'), licences, certificates of origin
    _bql("cấp mới 06 dự án", "06", 6, "dự án", C, code=ANY),
    F("ký 4.286,5 tỷ đồng", "4.286,5", 4286.5, "tỷ đồng", code=ANY, **_OPEN),
    _bql("điều chỉnh 11 dự án", "11", 11, "dự án", C, code=ANY),
    _bql("cấp 186 giấy phép", "186", 186, "giấy phép", C, code=ANY),
    _bql("cấp 412 giấy chứng nhận", "412", 412, "giấy chứng nhận", C, code=ANY),
    # II.4 payment, digitisation, reuse; II.5 dialogues
    _bql("Có 128 hồ sơ", "128", 128, "hồ sơ", C, code=ANY),
    _bql("đó 121 hồ sơ", "121", 121, "hồ sơ", C, code=_TT),
    _bql("đạt 94,53%", "94,53%", 94.53, "%", code=_TT),
    _bql("hồ sơ đạt 100%", "100%", 100, "%", code=_SH),
    _bql("đạt 56,42%", "56,42%", 56.42, "%", code=_TSD),
    _bql("tổ chức 02 hội nghị", "02", 2, "hội nghị", C, code=None),
    _bql("với 86 doanh nghiệp", "86", 86, "doanh nghiệp", C, code=ANY),
    # III. the Ban's and the province's 766 results of tháng 02/2026 (before the window's end: dated 2026-02-28)
    _bql("Ban đạt 90,46/100", "90,46/100", 90.46, "điểm", max_value=100, as_of=_FEB_2026, code=_TONG),
    _bql("xếp thứ 2/16", "2/16", 2, "hạng", R, max_value=16, as_of=_FEB_2026, code=_HANG),
    F("đạt 85,28/100", "85,28/100", 85.28, "điểm", max_value=100, as_of=_FEB_2026, code=_TONG),
    F("xếp thứ 11/34", "11/34", 11, "hạng", R, max_value=34, as_of=_FEB_2026, code=_HANG),
    # IV. one field's target for quý II/2026 (address and phone number no figures)
    F("đúng hạn đạt 100%", "100%", 100, "%", T, as_of="2026-06-30", code=_DH, **_IN_TINH),
]

# ------------------------------------------------------------ 654: Sở Tư pháp tỉnh Tuyên Quang, tháng 4 năm 2026
_STP = "Sở Tư pháp"
_stp = _by(_STP, "tỉnh")
_MAR_2026 = "2026-03-31"
_XA_UB = {"subject": "UBND các xã, phường", "level": "xã"}

_FIELDS_654 = [
    ("1", "Lý lịch tư pháp", "1.862 1.784 95,81 99,56"),
    ("2", "Quốc tịch", "14 10 71,43 100"),
    ("3", "Hộ tịch có yếu tố nước ngoài", "126 112 88,89 100"),
    ("4", "Công chứng", "98 94 95,92 100"),
    ("5", "Luật sư", "36 35 97,22 100"),
    ("6", "Đấu giá tài sản", "104 98 94,23 100"),
    ("7", "Các lĩnh vực khác", "78 43 55,13 100"),
    ("", "Tổng cộng", "2.318 2.176 93,87 99,65"),
]


def _who_654(stt: str, label: str) -> tuple[object, object]:
    """The Markdown table's rows: the Sở's fields (subject unchecked, level tỉnh), "Tổng cộng" the Sở itself."""
    return (_STP, "tỉnh") if stt == "" else (ANY, "tỉnh")


BLIND_654 = [
    # 1. (1125/VP-KSTT cited) files (tháng 3/2026 dated 2026-03-31), on time with the fraction in brackets, overdue
    _stp("thực hiện 136 TTHC", "136", 136, "TTHC", C, code=_TTHC),
    _stp("tiếp nhận 2.318 hồ sơ", "2.318", 2318, "hồ sơ", C, code=_TN),
    _stp("(tháng 3/2026: 2.046", "2.046", 2046, "hồ sơ", PR, as_of=_MAR_2026, code=_TN),
    _stp("tăng 13,29%", "13,29%", 13.29, "%", CH, code=ANY),
    _stp("tuyến 2.176 hồ sơ", "2.176", 2176, "hồ sơ", C, code=_NOP),
    _stp("chiếm 93,87%", "93,87%", 93.87, "%", code=_NOP),
    _stp("giải quyết 2.254 hồ sơ", "2.254", 2254, "hồ sơ", C, code=ANY),
    _stp("đạt 99,65%", "99,65%", 99.65, "%", code=_DH),
    _stp("(2.246/2.254 hồ sơ)", "2.246/2.254", 2246, "hồ sơ", C, max_value=2254, code=_DH),
    _stp("quá hạn 08 hồ sơ", "08", 8, "hồ sơ", C, code=_QH),
    # the Markdown table by field (received, online, online share, on-time share)
    *_table(_FIELDS_654, _md, "\n2. Cấp Phiếu", _who_654, ["hồ sơ", "hồ sơ", "%", "%"]),
    # 2. judicial record certificates (tháng 3/2026 the base of the change)
    _stp("cấp 1.798 phiếu", "1.798", 1798, "phiếu", C, code=ANY),
    _stp("đó 1.426 phiếu", "1.426", 1426, "phiếu", C, code=ANY),
    _stp("chiếm 79,31%", "79,31%", 79.31, "%", code=ANY),
    _stp("bình quân 3,4 ngày", "3,4", 3.4, "ngày", code=ANY),
    _stp("rút ngắn 0,6 ngày", "0,6", -0.6, "ngày", CH, code=ANY),
    # 3. the communes: electronic certified copies (`bản`) and online birth registration by UBND các xã, phường
    F("có 124 đơn vị", "124", 124, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("(117 xã", "117", 117, "xã", C, code=None, **_IN_XA),
    F("7 phường)", "7", 7, "phường", C, code=None, **_IN_XA),
    F("; 124/124 xã", "124/124", 124, "xã", C, max_value=124, code=None, **_IN_XA),
    F("cấp 18.642 bản", "18.642", 18642, "bản", C, code=_CT, **_XA_UB),
    F("chiếm 64,28%", "64,28%", 64.28, "%", code=_CT, **_XA_UB),
    F("trực tuyến 3.412 trường hợp", "3.412", 3412, "trường hợp", C, code=ANY, **_XA_UB),
    F("đạt 82,16%", "82,16%", 82.16, "%", code=ANY, **_XA_UB),
    F("Có 86/124 xã", "86/124", 86, "xã", C, max_value=124, code=None, **_IN_XA),
    F("từ 50% trở lên", "50%", 50, "%", T, code=ANY, **_IN_XA),
    F("(12,46%)", "12,46%", 12.46, "%", subject="xã Mèo Vạc", level="xã", code=_CT),
    F("(18,20%)", "18,20%", 18.20, "%", subject="xã Lâm Bình", level="xã", code=_CT),
    # 4. PAKN; the 766 results of tháng 3/2026 (dated 2026-03-31; tháng 02/2026 dated 2026-02-28)
    _stp("tiếp nhận 02 PAKN", "02", 2, "PAKN", C, code=_PAKN_TN),
    _stp("xử lý 02/02 PAKN", "02/02", 2, "PAKN", C, max_value=2, code=ANY),
    _stp("Sở đạt 91,24/100", "91,24/100", 91.24, "điểm", max_value=100, as_of=_MAR_2026, code=_TONG),
    _stp("xếp thứ 1/17", "1/17", 1, "hạng", R, max_value=17, as_of=_MAR_2026, code=_HANG),
    _stp("(tháng 02/2026: 89,86", "89,86", 89.86, "điểm", PR, max_value=100, as_of=_FEB_2026, code=_TONG),
    _stp("xếp thứ 3/17)", "3/17", 3, "hạng", PR, max_value=17, as_of=_FEB_2026, code=_HANG),
    F("đạt 84,12/100", "84,12/100", 84.12, "điểm", max_value=100, as_of=_MAR_2026, code=_TONG),
    F("xếp thứ 18/34", "18/34", 18, "hạng", R, max_value=34, as_of=_MAR_2026, code=_HANG),
    # 5. a count repeated; the two named communes' target for quý II/2026 (address and phone number no figures)
    _stp("dứt điểm 08 hồ sơ", "08", 8, "hồ sơ", C, code=ANY),
    F("tối thiểu 40%", "40%", 40, "%", T, as_of="2026-06-30", code=_CT, **_IN_XA),
]

BLIND = {"650": BLIND_650, "651": BLIND_651, "652": BLIND_652, "653": BLIND_653, "654": BLIND_654}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "650": [
        ("2025-01-31", "day", "31/01/2025", "hồ sơ đất đai quá hạn", "Văn phòng Đăng ký đất đai"),
        ("2025-03-31", "quarter", "quý I năm 2025", "giải quyết đúng hạn",
         "Chi nhánh Văn phòng Đăng ký đất đai huyện Trà Cú và huyện Cầu Ngang"),
        ("2025-01-20", "day", "ngày hai mươi tháng 01 năm 2025", "quy trình nội bộ", "Văn phòng Sở"),
        ("2025-03-31", "month", "tháng 3/2025", "làm sạch dữ liệu đất đai",
         "Trung tâm Công nghệ thông tin tài nguyên và môi trường"),
        ("2025-12-31", "year", "năm 2025", "nâng cấp đường truyền", "Sở Thông tin và Truyền thông"),
        # issued 18/12/2024, after the 12th: the first "ngày 12 hằng tháng" is 12/01/2025
        ("2025-01-12", "recurring", "12 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các phòng, đơn vị thuộc Sở"),
    ],
    "651": [
        ("2024-10-31", "day", "31/10/2024", "hồ sơ quá hạn", "Phòng Người có công"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "thanh toán trực tuyến", "Văn phòng Sở"),
        ("2024-11-15", "day", "ngày mười lăm tháng 11 năm 2024", "rà soát danh sách đối tượng",
         "Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới"),
        ("2024-12-31", "month", "tháng 12/2024", "quy trình nội bộ", "Phòng Giáo dục nghề nghiệp - Việc làm"),
        ("2025-12-31", "year", "năm 2025", "mở tài khoản", "UBND huyện Thạnh Phú"),
        # issued 07/10/2024: the first "ngày 18 hằng tháng" is 18/10/2024
        ("2024-10-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các phòng, đơn vị thuộc Sở"),
    ],
    "652": [
        # a task over a range of dates: due at its last day
        ("2026-03-31", "day", "31/3/2026", "đợt cao điểm vận động", "Phòng Quản lý thu - Sổ, thẻ"),
        ("2026-06-30", "quarter", "quý II năm 2026", "chi trả lương hưu", "Phòng Chế độ bảo hiểm xã hội"),
        ("2026-04-15", "day", "ngày mười lăm tháng 4 năm 2026", "điều chỉnh thông tin",
         "Bảo hiểm xã hội cơ sở Cai Lậy và Bảo hiểm xã hội cơ sở Gò Công"),
        ("2026-04-30", "month", "tháng 4/2026", "hội nghị đối thoại", "Văn phòng"),
        ("2026-12-31", "year", "năm 2026", "giấy chuyển tuyến điện tử", "Sở Y tế"),
        # issued 12/01/2026: the first "ngày 20 hằng tháng" is 20/01/2026
        ("2026-01-20", "recurring", "20 hằng tháng", "báo cáo kết quả thực hiện",
         "Các phòng nghiệp vụ và Bảo hiểm xã hội cơ sở"),
    ],
    "653": [
        ("2026-04-10", "day", "10/4/2026", "hồ sơ đầu tư quá hạn", "Phòng Quản lý đầu tư"),
        ("2026-06-30", "quarter", "quý II năm 2026", "lĩnh vực môi trường", "Phòng Quản lý môi trường"),
        ("2026-04-30", "day", "ngày ba mươi tháng 4 năm 2026", "cắt giảm thời gian giải quyết",
         "Phòng Quản lý quy hoạch và xây dựng"),
        ("2026-05-31", "month", "tháng 5/2026", "hội nghị đối thoại", "Văn phòng Ban"),
        ("2026-12-31", "year", "năm 2026", "phần mềm quản lý lao động nước ngoài", "Sở Khoa học và Công nghệ"),
        # issued 18/3/2026, after the 15th: the first "ngày 15 hằng tháng" is 15/4/2026
        ("2026-04-15", "recurring", "15 hằng tháng", "báo cáo kết quả kiểm soát TTHC", "Các phòng chuyên môn"),
    ],
    "654": [
        ("2026-05-15", "day", "15/5/2026", "lý lịch tư pháp quá hạn", "Phòng Hành chính tư pháp"),
        ("2026-06-30", "quarter", "quý II năm 2026", "chứng thực bản sao điện tử",
         "UBND xã Mèo Vạc và UBND xã Lâm Bình"),
        ("2026-05-25", "day", "ngày hai mươi lăm tháng 5 năm 2026", "thông báo đấu giá",
         "Trung tâm Dịch vụ đấu giá tài sản"),
        ("2026-06-30", "month", "tháng 6/2026", "công chứng điện tử", "Phòng Bổ trợ tư pháp"),
        ("2026-12-31", "year", "năm 2026", "lý lịch tư pháp qua kết nối", "Công an tỉnh"),
        # issued 06/5/2026: the first "ngày 22 hằng tháng" is 22/5/2026
        ("2026-05-22", "recurring", "22 hằng tháng", "số liệu chứng thực điện tử", "UBND các xã, phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 650 is a report of the Sở
# Tài nguyên và Môi trường under "UBND TỈNH TRÀ VINH" whose period is the window it states; 651 a report of the Sở Lao
# động - Thương binh và Xã hội under "UBND TỈNH BẾN TRE" (the name over two header lines), signed by a deputy director;
# 652 a report of Bảo hiểm xã hội tỉnh Đồng Tháp under "BẢO HIỂM XÃ HỘI VIỆT NAM"; 653 a report of the Ban Quản lý
# Khu kinh tế under "UBND TỈNH QUẢNG TRỊ" whose period is the window it states, signed by a deputy head; 654 a Công văn
# of the Sở Tư pháp under "UBND TỈNH TUYÊN QUANG" whose period is named in its "V/v" line, signed by a deputy director.
META = {
    "650": {"doc_number": "2846/BC-STNMT", "doc_type": "Báo cáo", "issued_date": "2024-12-18",
            "province": "Trà Vinh", "period_label": "năm 2024", "period_start": "2023-12-15",
            "period_end": "2024-12-14", "signer": "Nguyễn Thanh Phong"},
    "651": {"doc_number": "1986/BC-SLĐTBXH", "doc_type": "Báo cáo", "issued_date": "2024-10-07",
            "province": "Bến Tre", "period_label": "9 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-09-30", "signer": "Huỳnh Thị Mỹ Lệ"},
    "652": {"doc_number": "86/BC-BHXH", "doc_type": "Báo cáo", "issued_date": "2026-01-12",
            "province": "Đồng Tháp", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Trần Văn Nghĩa"},
    "653": {"doc_number": "412/BC-BQLKKT", "doc_type": "Báo cáo", "issued_date": "2026-03-18",
            "province": "Quảng Trị", "period_label": "quý I năm 2026", "period_start": "2025-12-15",
            "period_end": "2026-03-14", "signer": "Lê Quang Vinh"},
    "654": {"doc_number": "968/STP-VP", "doc_type": "Công văn", "issued_date": "2026-05-06",
            "province": "Tuyên Quang", "period_label": "tháng 4 năm 2026", "period_start": "2026-04-01",
            "period_end": "2026-04-30", "signer": "Ma Thị Hồng Nhung"},
}
