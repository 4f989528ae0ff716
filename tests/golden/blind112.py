"""Blind golden facts for corpus/blind112/635_hue.txt, 636_an_giang.txt, 637_lam_dong.txt, 638_ha_tinh.txt and
639_thanh_hoa.txt.

The five documents were written by the developers for a hundred-and-twelfth blind measurement (sectors' issuers not
used before: a Sở Khoa học và Công nghệ after the 1 March 2025 merger with the Sở Thông tin và Truyền thông on digital
transformation, digital signatures and shared platforms with a KPI table of targets and results, a Sở Nội vụ analysing
the province's PAR Index and SIPAS with the component scores, a Sở Công Thương on the sector's online services, licences
and online trade promotion, a Sở Văn hóa, Thể thao và Du lịch in a Công văn, a Sở Xây dựng's Thông báo on online
building permits with a table per commune; periods năm 2025, năm 2025, quý I năm 2026, tháng 10 năm 2025 and 6 tháng
đầu năm 2026; not real documents), and every row below was written by reading them, before any extraction, restoration
or pipeline code was run on them. They also serve as held-out text for diacritic restoration (marks stripped, restored,
compared with the file).

Same structure and conventions as golden/blind108.py, blind107.py, blind106.py, blind105.py, blind16.py and blind13.py:
rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose
and list counts are kind `count`; table cells are kind `value` even when they count, with `extra={"source": "table"}`
(rank cells kind `rank`, unit `hạng`, no max_value where none is written); `as_of="period"` is the period's end; a
change is dated with the figure it changes and a fall ("giảm", "rút ngắn") is negative; a change in "điểm phần trăm" is
kind change in `%` with the number alone as raw. `ANY` leaves a field unchecked where the sentence names no catalogued
indicator (`None` where it clearly names none: counts of communes, bodies, fields, systems, platforms, machines,
decisions, fairs, stalls, classes, relics). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" and the "phản
ánh hiện trường" of a city app the unit `PAKN`; a count of the files (or PAKN) an indicator is computed on carries that
indicator's code; every "đã giải quyết" count, files by field or by reception point, pending files and changes of counts
have their code unchecked. Counts of local units take the unit of their first unit word ("40 xã, phường", "164/166 xã,
phường", "34 xã, phường, đặc khu" → `xã`); "Toàn tỉnh có 166 đơn vị hành chính cấp xã (147 xã, 19 phường)" → subject
`cấp xã` (unit `đơn vị`, level xã), its parts `xã`, `phường`, `đặc khu` (subject unchecked, level xã); counts of "cơ
quan", "đơn vị" → `đơn vị` at the level of the bodies counted (subject unchecked). A provincial body's own figures
naming no body are named by its kind, the province being the document's, level tỉnh: `Sở Khoa học và Công nghệ`, `Sở
Công Thương`, `Sở Văn hóa, Thể thao và Du lịch`, `Sở Xây dựng`; a sentence naming the body in full keeps the name as
written ("Sở Tư pháp (93,62%)", "Thư viện tỉnh đã số hóa", "UBND các xã, phường cấp"); province-wide figures ("toàn
tỉnh", "toàn thành phố", "thành phố có", "tỉnh Thanh Hóa đạt …") have subject NULL (Huế is a centrally-run city: "thành
phố" there is the province). Things counted take the noun as written (`chứng thư` for digital-signature certificates,
`thành viên`, `lượt`, `hệ thống`, `giao dịch`, `máy chủ ảo`, `nền tảng`, `tài khoản`, `bộ dữ liệu`, `doanh nghiệp` (also
for "doanh nghiệp, hộ kinh doanh", the first unit word), `chỉ tiêu`, `lĩnh vực`, `tiêu chí`, `phiếu`, `giấy phép` (also
for "giấy phép, giấy chứng nhận"), `giấy chứng nhận`, `sản phẩm`, `hội chợ`, `gian hàng`, `lớp`, `học viên`, `quyết
định`, `thẻ`, `di tích`, `tài liệu`, `vé`, `điểm đến`, `cơ sở`, `công trình`); money keeps the unit written (`tỷ đồng`,
`triệu USD`; code unchecked); durations `ngày`. Numbers written in words are no figures ("năm yếu tố", "hai xã trở lên",
"hai tỉnh cũ", "ba Sở Công Thương", "hai cấp", the days of "ngày ba mươi tháng 6", "ngày hai mươi lăm tháng 6", "ngày
mười lăm tháng 5", "ngày hai mươi tháng 12", "ngày mười lăm tháng 8"). Dates, document numbers and cited texts ("Nghị
quyết số 57-NQ/TW", "Kế hoạch số 126/KH-UBND", "Quyết định số 1046/QĐ-BNV", "Quyết định số 1047/QĐ-BNV", "Quyết định số
1184/QĐ-UBND", "Kế hoạch số 42/KH-UBND", "Công văn số 318/SCT-VP", "Công văn số 4126/VP-KSTT", "Nghị định số
175/2024/NĐ-CP", "Quyết định số 2146/QĐ-UBND"), the stated windows and data dates ("số liệu tính đến ngày 31/12/2025",
"từ ngày 01/01/2026 đến ngày 31/3/2026", "từ ngày 01/01/2026 đến ngày 30/6/2026", "Từ ngày 01/3/2025", "Từ ngày
01/7/2025", "Lũy kế đến hết tháng 10/2025", "công bố ngày 15/10/2025"), "Bộ chỉ số 766", the period words ("6 tháng đầu
năm 2026", "quý IV năm 2025", "tháng 9/2025", "cùng kỳ năm 2025"), "mô hình 3D", "cơ sở 2", "cơ sở 3", "Hue-S", section
and item numbering ("I.", "1.", "a)", "đ)", "6.1." … "6.6.", "Bảng 1."), the STT column, the maxima in the row labels of
636's table ("(tối đa 9)" … "(tối đa 100)": carried by the cells), the text column "Đánh giá", addresses ("số 26 đường
Hà Nội", "số 28 đường Tôn Đức Thắng", "số 36 đường Trần Phú", "số 36 Đại lộ Lê Lợi"), phone numbers ("0234.3822.416",
"0296.3852.716", "0263.3822.186", "0239.3855.612", "0237.3852.416"), headings naming the next period ("IV. NHIỆM VỤ NĂM
2026", "IV. NHIỆM VỤ, GIẢI PHÁP NĂM 2026", "V. NHIỆM VỤ QUÝ II NĂM 2026", "5. Nhiệm vụ tháng 11 năm 2025": no deadlines)
and years are not figures.

New in this set (the decisions are written here):
- 635 is an annual Báo cáo of the Sở Khoa học và Công nghệ thành phố Huế (header "UBND THÀNH PHỐ HUẾ / SỞ KHOA HỌC VÀ
  CÔNG NGHỆ", number "38/BC-SKHCN", signed "GIÁM ĐỐC"), năm 2025, issued 12/01/2026, on digital transformation. "40 xã,
  phường (21 phường, 19 xã)", "40/40 xã, phường", the community digital teams "2.146 thành viên … 96.518 lượt" (subject
  and level unchecked: teams of the communes). The city's shared systems (LGSP "46 hệ thống … 18.642.506 giao dịch …,
  tăng 24,6%", the data centre's "312 máy chủ ảo", the app Hue-S "1.126.418 tài khoản (năm 2024: 968.240 tài khoản),
  tăng 158.178 tài khoản … 86.412 phản ánh hiện trường … 84.906 … 98,26%", the open-data portal's "214 bộ dữ liệu")
  are systems, not bodies (subject and level unchecked, as golden/blind108.py's 615 system); "thành phố đang vận hành
  12 nền tảng số dùng chung" is the city's (subject NULL). NEW: DIGITAL SIGNATURES: "Sở đã phối hợp … cấp mới 1.248
  chứng thư số" the Sở's; "9.864 chứng thư số chuyên dùng" and "286.415 chứng thư số công cộng cho người dân, chiếm
  32,48% dân số trưởng thành; so với chỉ tiêu năm 2025 là 30% thì thành phố đã đạt chỉ tiêu" the city's (`chứng thư`;
  the target at the period end, the share carrying it with "đạt"); "98,64%, trong đó cấp thành phố 99,12%, cấp xã
  97,46%" with `cds.ky_so`: "cấp thành phố" in a centrally-run city is the provincial level (level tỉnh; its subject
  left unchecked: `cấp thành phố` as written or `cấp tỉnh` as the level's name are both defensible). "1.842 TTHC … 1.126
  TTHC toàn trình (chiếm 61,13%) và 716 TTHC một phần", "72,86% (năm 2024: 64,12%), tăng 8,74 điểm phần trăm" (previous
  2024-12-31), "14,2%" after "ước đạt" (an estimate, the hedge out of the raw). NEW: A KPI TABLE OF TARGETS AND RESULTS:
  Markdown "STT | Chỉ tiêu | Đơn vị tính | Chỉ tiêu năm 2025 | Kết quả năm 2025 | Đánh giá": each row's "Chỉ tiêu năm
  2025" cell is kind `target`, its "Kết quả năm 2025" cell kind `value`, both in the unit of the row's "Đơn vị tính"
  cell (`%`, `nền tảng`, `bộ dữ liệu`, `doanh nghiệp`), dated at the period end, subject NULL (the city's targets), the
  codes of the rows that name a catalogued indicator (online submission, signed documents, digitisation), the text
  column "Đánh giá" no figure (target and status of the result cells left unchecked: a cell's status comes from another
  column). "5/8 chỉ tiêu … 3/8 chỉ tiêu" (`chỉ tiêu`, max 8, code None). The Sở's own "1.284 hồ sơ, 100% nộp trực
  tuyến … 1.279/1.284 hồ sơ, đạt 99,61%", `90,42/100`, `3/17`; the city's `86,74/100`, `7/34`; "Chỉ số chuyển đổi số
  cấp tỉnh (DTI) năm 2024 … xếp thứ 9/63" a rank dated 2024-12-31 (kind rank, not previous: no comparison; code
  unchecked). "Còn 11 xã", "04 hệ thống". Task 2's "trên địa bàn thành phố đạt tối thiểu 40% trong quý III năm 2026"
  the city's target (2026-09-30). Six deadlines: day, quarter (with the target), "chậm nhất ngày ba mươi tháng 6 năm
  2026" (day in words), month, year in a request "Đề nghị UBND các xã, phường …", "trước ngày 20 hằng tháng" (issued
  12/01/2026: first 20/01/2026).
- 636 is a Báo cáo of the Sở Nội vụ tỉnh An Giang (merged with Kiên Giang; header "UBND TỈNH AN GIANG / SỞ NỘI VỤ",
  number "612/BC-SNV", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"), issued 21/5/2026, analysing the PAR Index and SIPAS of
  năm 2025 (the period: the year the indices measure). NEW: THE PAR INDEX WITH ITS PARTS: "88,74%, xếp thứ 14/34"
  (`par_index`, subject NULL), "cao hơn giá trị trung bình của cả nước (86,92%) là 1,82 điểm phần trăm" (the national
  average: subject, level and code unchecked; the gap the province's change in `%`), the former provinces of 2024
  "tỉnh An Giang (cũ) đạt 87,36%, xếp thứ 25/63; tỉnh Kiên Giang (cũ) đạt 85,84%, xếp thứ 41/63" (previous 2024-12-31,
  `par_index`, max 63, subject and level unchecked, as golden/blind105.py's former provinces), the two scoring parts
  "52,86/62,5 điểm (tỷ lệ 84,58%) … 35,88/37,5 điểm (tỷ lệ 95,68%)" (max 62.5 and 37.5; code unchecked). A
  TAB-SEPARATED TABLE OF THE EIGHT FIELDS with the maxima in the row labels "(tối đa 12,5)" (not figures; carried by
  the score cells as golden/blind107.py's 612), columns "Điểm đạt | Tỷ lệ đạt (%) | Xếp hạng" (score `điểm` with the
  row's max, share `%`, rank kind `rank` without max: the header writes none); the fields are the province's (subject
  NULL, codes unchecked) and the last row "Chỉ số CCHC (tối đa 100)" with an empty STT is the index itself
  (`par_index` on its three cells, the score max 100). "05/8 lĩnh vực" (`lĩnh vực`, max 8), "(82,40%)" the weakest
  field's share (subject NULL), "05 tiêu chí". NEW: SIPAS: "1.360 phiếu … 34 xã, phường, đặc khu … 1.318 phiếu …
  (đạt 96,91%)" (the Bộ Nội vụ's survey: subject and level unchecked), "84,26%, xếp thứ 16/34, tăng 1,74 điểm phần trăm
  so với năm 2024 (82,52%, bình quân của hai tỉnh cũ)" (`sipas`; the previous the two former provinces' mean: subject
  and level unchecked, 2024-12-31), the five factors after "lần lượt là" separated by ";" (the province's, codes
  unchecked), "46,8%" of the sample (subject and level unchecked). The province's own index of its bodies: "Khối sở,
  ban, ngành tỉnh (17 cơ quan) đạt bình quân 87,35%; có 06 … 10 … 01 cơ quan" (level tỉnh, subject unchecked; counts
  `đơn vị`, code None), "Sở Tư pháp (93,62%)", "Sở Xây dựng (78,94%)" (as written, level tỉnh), "102 đơn vị hành chính
  cấp xã (85 xã, 14 phường, 03 đặc khu), đạt bình quân 80,18%" (the count `cấp xã`; the average and the grades level
  xã, subject unchecked), the blocks' averages and "khối phường cao hơn khối xã 5,22 điểm phần trăm" (level xã), the
  named communes in brackets (as written, level xã). Task 2's "phấn đấu Chỉ số CCHC năm 2026 của tỉnh đạt từ 90% trở
  lên" the province's target (`par_index`, 2026-12-31). Six deadlines: day for two named bodies, quarter, "chậm nhất
  ngày hai mươi lăm tháng 6 năm 2026" (day in words), month, year in a request "Đề nghị Sở Khoa học và Công nghệ …",
  "trước ngày 12 hằng tháng" (issued 21/5/2026, after the 12th: first 12/6/2026).
- 637 is a quarterly Báo cáo of the Sở Công Thương tỉnh Lâm Đồng (merged with Đắk Nông and Bình Thuận; header "UBND
  TỈNH LÂM ĐỒNG / SỞ CÔNG THƯƠNG", number "486/BC-SCT"), quý I năm 2026, issued 06/4/2026. The Sở's "118 TTHC thuộc 12
  lĩnh vực … 84 … 34 … 46 TTHC", files "6.248 hồ sơ (cùng kỳ năm 2025, tổng của ba Sở Công Thương trước hợp nhất: 5.126
  hồ sơ), tăng 1.122 hồ sơ, tương ứng tăng 21,89%" (the predecessors' sum dated 2025-03-31, files code, subject
  unchecked, level tỉnh, as golden/blind108.py's 618), a dash list by channel, the reception points after "lần lượt là"
  (the Sở's own points: subject unchecked, level tỉnh, as golden/blind105.py's 602), settled, on-time, overdue with the
  fields' parts in brackets (subject unchecked, level tỉnh), pending, "3,2 ngày/hồ sơ, rút ngắn 0,5 ngày". NEW: LICENCES
  BY KIND in a dash list "- Giấy phép bán buôn sản phẩm rượu: 24 giấy phép;" (the Sở's, `giấy phép` / `giấy chứng
  nhận`, codes unchecked), the bare parts "(cấp mới 12, cấp lại và điều chỉnh 26)" in `giấy chứng nhận`, "Tổng cộng 267
  giấy phép, giấy chứng nhận" (`giấy phép`), "100% kết quả được trả bản điện tử" (code unchecked). Payment "2.846 …
  2.615 …, đạt 91,88%; so với chỉ tiêu UBND tỉnh giao năm 2026 là 90% thì Sở đã đạt chỉ tiêu" (the Sở's target,
  2026-12-31), "1,86 tỷ đồng", digitisation, reuse, PAKN "07 … 07/07", satisfaction "97,2%". NEW: ONLINE TRADE
  PROMOTION: the province's e-commerce platform "1.246 doanh nghiệp, hộ kinh doanh … 6.418 sản phẩm, tăng 184 doanh
  nghiệp, hộ kinh doanh … 412 sản phẩm OCOP … ước đạt 48,6 tỷ đồng" (a system: subject and level unchecked), the Sở's
  "02 hội chợ … 386 gian hàng … 126.500 lượt truy cập … 05 lớp … 412 học viên … 36 doanh nghiệp", the exports "2,46
  triệu USD, tăng 18,3%" (the enterprises': subject and level unchecked). The Sở's `88,92/100`, `4/15` "so với tháng
  12/2025 (86,40 điểm, xếp thứ 7/15) tăng 2,52 điểm và tăng 3 bậc" (previous 2025-12-31), `19,86/20`, `17,64/18`; the
  province's `82,36/100`, `21/34`. Task 2's "nâng số sản phẩm OCOP trên sàn … của tỉnh đạt tối thiểu 500 sản phẩm trong
  quý II năm 2026" a target written as a count (kind target in `sản phẩm`, 2026-06-30, subject and level unchecked as
  the platform's). Six deadlines: day, quarter (with the target), "chậm nhất ngày mười lăm tháng 5 năm 2026" (day in
  words), month, year in a request "Đề nghị Sở Tài chính …", "trước ngày 25 hằng tháng" (issued 06/4/2026: first
  25/4/2026).
- 638 is a Công văn of the Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Tĩnh (not merged; header "UBND TỈNH HÀ TĨNH / SỞ
  VĂN HÓA, THỂ THAO VÀ DU LỊCH", number "2186/SVHTTDL-VP", a "V/v" line naming the month, no title) to the Văn phòng
  UBND tỉnh, tháng 10 năm 2025, issued 05/11/2025, with lettered items under numbered sections. The Sở's "126 TTHC
  (văn hóa 58 TTHC, …)" (the fields' parts: subject unchecked, level tỉnh), "02 quyết định … 14 TTHC" (UBND tỉnh's
  decisions: subject and level unchecked), files "412 hồ sơ (tháng 9/2025: 368 hồ sơ), tăng 44 hồ sơ; … 401 … 97,33%,
  và 11 hồ sơ", NEW: BARE NUMBERS AFTER "LẦN LƯỢT LÀ" WITH THE UNIT ON THE LAST ONLY "số hồ sơ du lịch, văn hóa, thể
  thao và gia đình lần lượt là 186, 142, 68 và 16 hồ sơ" (each `hồ sơ`, subject unchecked, level tỉnh), "45,15%", "398
  hồ sơ, 100% đúng hạn", "126/131 hồ sơ … 96,18%", digitisation and e-results ("99,25%" the e-results code), licences
  and cards (`giấy phép`, `giấy chứng nhận`, `thẻ`). Digital culture: "14 di tích" (the Sở's, cumulative to the period
  end), "Thư viện tỉnh đã số hóa 8.426 tài liệu" (as written, level tỉnh), "21.615 lượt", the relic sites' "18.642 vé
  điện tử, chiếm 76,40%", the app "46.218 lượt tải, tăng 3.126 lượt … 1.284 điểm đến" (subject and level unchecked),
  "286/412 cơ sở lưu trú du lịch (chiếm 69,42%) …, tăng 38 cơ sở" (the establishments: subject and level unchecked),
  the province's tourists "186.450 lượt …, tăng 12,4% …, trong đó 4.218 lượt …; … 58,6%; … ước đạt 412,6 tỷ đồng"
  (subject NULL). "03 PAKN … 03/03 PAKN … 4,5 ngày/PAKN" (`pakn.thoi_gian`). NEW: A MONTHLY LETTER REPORTING THE
  PREVIOUS MONTH'S 766 RESULT: "Theo kết quả đánh giá tháng 9/2025 (công bố ngày 15/10/2025), Sở đạt 87,46/100 điểm,
  xếp thứ 6/18 … (tháng 8/2025: 84,12 điểm, xếp thứ 9/18), tăng 3,34 điểm và tăng 3 bậc; … 20,14/22 … 8,86/10 …
  Cùng kỳ đánh giá, tỉnh Hà Tĩnh đạt 85,92/100 điểm, xếp thứ 9/34" — the sentence dates them at 2025-09-30 (as
  golden/blind106.py's 608), the previous at 2025-08-31. "Còn 126 cơ sở" and task a)'s "126 cơ sở" counts (subject and
  level unchecked); task a)'s "nâng tỷ lệ cơ sở lưu trú du lịch kết nối trên địa bàn tỉnh đạt tối thiểu 85% trong quý
  I năm 2026" the province's target (2026-03-31). Six deadlines: quarter (with the target), day, "chậm nhất ngày hai
  mươi tháng 12 năm 2025" (day in words), month, year in a request "Đề nghị Công an tỉnh …", "trước ngày 22 hằng
  tháng" (issued 05/11/2025: first 22/11/2025).
- 639 is a THÔNG BÁO (doc_type "Thông báo") of the Sở Xây dựng tỉnh Thanh Hóa (not merged; header "UBND TỈNH THANH
  HÓA / SỞ XÂY DỰNG", number "186/TB-SXD", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC") to the communes, 6 tháng đầu năm 2026,
  issued 10/7/2026, on online building permits after permits were devolved to the communes. "166 đơn vị hành chính cấp
  xã (147 xã, 19 phường)". The province's permits (one field's files, every code unchecked as golden/blind108.py's 619
  household businesses): "9.846 hồ sơ (cùng kỳ năm 2025: 8.214 hồ sơ), tăng 19,87%; … 8.912 …, chiếm 90,51%" (previous
  2025-06-30, subject NULL), "9.426 giấy phép …, trong đó UBND các xã, phường cấp 9.318 giấy phép (nhà ở riêng lẻ 9.204
  giấy phép), Sở Xây dựng cấp 108 giấy phép" (the communes as written, level xã; the kind of house a part, subject
  unchecked, level xã; the Sở), "9.402/9.426 giấy phép … 99,75%", "7,8 ngày/giấy phép, rút ngắn 2,6 ngày so với cùng kỳ
  năm 2025 (10,4 ngày)", "86,4%", "0,94 tỷ đồng … 82,16%". The Sở's "112 hồ sơ …, 100% nộp trực tuyến; còn 04 hồ sơ …
  11,2 ngày/giấy phép". "164/166 xã, phường … 02 xã … 10 xã, phường". NEW: A MARKDOWN TABLE PER COMMUNE OF PERMITS AND
  THEIR TIMES: "STT | Xã, phường | Hồ sơ tiếp nhận (hồ sơ) | Nộp trực tuyến (hồ sơ) | Tỷ lệ nộp trực tuyến (%) | Giấy
  phép đã cấp (giấy phép) | Thời gian giải quyết bình quân (ngày/giấy phép)" — ten communes as written ("Phường Hạc
  Thành", "Xã Triệu Sơn", level xã), "Các xã, phường còn lại" (subject unchecked, level xã) and a "Tổng cộng" row with
  an empty STT (= `cấp xã`, the table's title naming "UBND các xã, phường"); permits in `giấy phép`, times in `ngày`
  (an average per permit, kind value). The prose after it "(78,47%) … (10,6 ngày/giấy phép)" names xã Triệu Sơn;
  "126/166 xã, phường đạt chỉ tiêu … giao năm 2026 (85%); còn 38 xã" (the target in brackets, kind target dated
  2026-12-31, level xã); the communes' inspections "1.284 công trình … 46 công trình … (chiếm 3,58%)" (`UBND các xã,
  phường`, level xã); PAKN "12 … 11 … 01"; the Sở's `86,18/100`, `8/17`; the province's `84,96/100`, `12/34`. Item
  6.1's "nâng tỷ lệ nộp trực tuyến của mỗi xã đạt tối thiểu 90% trong quý III năm 2026" each named commune's target
  (subject unchecked, level xã, 2026-09-30). Six deadlines in items "6.1." … "6.6.": quarter (with the target) for two
  named communes, day for two other named communes, "chậm nhất ngày mười lăm tháng 8 năm 2026" (day in words), month,
  year in a request "Đề nghị Trung tâm Phục vụ hành chính công tỉnh …", "trước ngày 05 hằng tháng" (issued 10/7/2026,
  after the 5th: first 05/8/2026).

Unsure readings (fields left `ANY`): the subject of "cấp thành phố" in 635 (see above); the subject of the city's
systems and app (635), of the e-commerce platform (637), of the app, relic sites and accommodation establishments
(638): systems or businesses, not bodies; the national average and the survey sample in 636; the codes of 636's field
scores and SIPAS factors (no catalogued code for the parts of the PAR Index or SIPAS); every code in 639 (the building
permit field's files: the 766 file codes would also be defensible). 635's KPI table: a reader could also give the
result cells the row's target and the "Đánh giá" status; they are left unchecked.
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
_TIME = "766.tien_do.thoi_gian"
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_KY = "cds.ky_so"
_PAR = "par_index"
_SIPAS = "sipas"
_Y2024 = "2024-12-31"
_Y2026 = "2026-12-31"
_OPEN = {"subject": ANY, "level": ANY}
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


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty STT cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


# ------------------------------------------------------------ 635: Sở KH&CN thành phố Huế, năm 2025
_SKH = "Sở Khoa học và Công nghệ"
_skh = _by(_SKH, "tỉnh")

# (STT, indicator, unit cell, target, result, row code)
_KPI_635 = [
    ("1", "Tỷ lệ hồ sơ TTHC nộp trực tuyến", "%", "70", "72,86", _NOP),
    ("2", "Tỷ lệ văn bản đi được ký số", "%", "98", "98,64", _KY),
    ("3", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "%", "100", "91,58", _SH),
    ("4", "Tỷ lệ người trưởng thành có chữ ký số cá nhân", "%", "30", "32,48", ANY),
    ("5", "Số nền tảng số dùng chung được triển khai", "nền tảng", "10", "12", ANY),
    ("6", "Số bộ dữ liệu mở được công bố", "bộ dữ liệu", "250", "214", ANY),
    ("7", "Số doanh nghiệp công nghệ số", "doanh nghiệp", "300", "326", ANY),
    ("8", "Tỷ trọng kinh tế số trong GRDP", "%", "15", "14,2", ANY),
]
_STATUS_635 = ["Đạt", "Đạt", "Chưa đạt", "Đạt", "Đạt", "Chưa đạt", "Đạt", "Chưa đạt"]


def _kpi_635() -> list[Fact]:
    """Bảng 1 (Markdown): each row's target cell (kind target) and result cell (kind value) in the unit of its "Đơn vị
    tính" cell, the city's (subject NULL), dated at the period end; each row's context runs into the next row."""
    facts = []
    for i, (stt, name, unit, target, result, code) in enumerate(_KPI_635):
        line = _md_line((stt, name, unit, target, result, _STATUS_635[i]))
        after = f"| {_KPI_635[i + 1][0]} | {_KPI_635[i + 1][1]}" if i + 1 < len(_KPI_635) else "\nTrong 8 chỉ tiêu"
        facts += _cells(line, " | ", after, None, None, [(target, unit, T, code, "period", None),
                                                          (result, unit, P, code, "period", None)])
    return facts


BLIND_635 = [
    # I. (57-NQ/TW, 126/KH-UBND cited; "hai cấp" in words) communes, the community digital teams
    F("với 40 xã, phường (21", "40", 40, "xã", C, code=None, **_IN_XA),
    F("(21 phường", "21", 21, "phường", C, code=None, **_IN_XA),
    F("19 xã)", "19", 19, "xã", C, code=None, **_IN_XA),
    F("Đến nay 40/40 xã", "40/40", 40, "xã", C, max_value=40, code=None, **_IN_XA),
    F("với 2.146 thành viên", "2.146", 2146, "thành viên", C, code=None, **_OPEN),
    F("hướng dẫn 96.518 lượt", "96.518", 96518, "lượt", C, code=ANY, **_OPEN),
    # II.1 systems and platforms (năm 2024 dated 2024-12-31)
    F("kết nối 46 hệ thống", "46", 46, "hệ thống", C, code=None, **_OPEN),
    F("thực hiện 18.642.506 giao dịch", "18.642.506", 18642506, "giao dịch", C, code=ANY, **_OPEN),
    F("tăng 24,6%", "24,6%", 24.6, "%", CH, code=ANY, **_OPEN),
    F("vận hành 312 máy chủ ảo", "312", 312, "máy chủ ảo", C, code=None, **_OPEN),
    F("vận hành 12 nền tảng", "12", 12, "nền tảng", C, code=None),
    F("có 1.126.418 tài khoản", "1.126.418", 1126418, "tài khoản", C, code=ANY, **_OPEN),
    F("(năm 2024: 968.240", "968.240", 968240, "tài khoản", PR, as_of=_Y2024, code=ANY, **_OPEN),
    F("tăng 158.178 tài khoản", "158.178", 158178, "tài khoản", CH, code=ANY, **_OPEN),
    F("tiếp nhận 86.412 phản ánh", "86.412", 86412, "PAKN", C, code=ANY, **_OPEN),
    F("đó 84.906 phản ánh", "84.906", 84906, "PAKN", C, code=ANY, **_OPEN),
    F("đạt 98,26%", "98,26%", 98.26, "%", code=ANY, **_OPEN),
    # II.2 digital signatures (the city's 2025 target at the period end)
    _skh("cấp mới 1.248 chứng thư", "1.248", 1248, "chứng thư", C, code=ANY),
    F("có 9.864 chứng thư", "9.864", 9864, "chứng thư", C, code=ANY),
    F("đạt 98,64%", "98,64%", 98.64, "%", code=_KY),
    F("cấp thành phố 99,12%", "99,12%", 99.12, "%", code=_KY, **_IN_TINH),
    F("cấp xã 97,46%", "97,46%", 97.46, "%", subject="cấp xã", level="xã", code=_KY),
    F("cấp 286.415 chứng thư", "286.415", 286415, "chứng thư", C, code=ANY),
    F("chiếm 32,48%", "32,48%", 32.48, "%", code=ANY, target=30, stated_status="đạt"),
    F("năm 2025 là 30%", "30%", 30, "%", T, code=ANY),
    F("Có 18.426 doanh nghiệp", "18.426", 18426, "doanh nghiệp", C, code=ANY),
    F("đạt 96,35%", "96,35%", 96.35, "%", code=ANY),
    # II.3 online services (năm 2024 dated 2024-12-31), open data
    F("đối với 1.842 TTHC", "1.842", 1842, "TTHC", C, code=ANY),
    F("trong đó 1.126 TTHC", "1.126", 1126, "TTHC", C, code=_TOAN),
    F("(chiếm 61,13%)", "61,13%", 61.13, "%", code=_TOAN),
    F("và 716 TTHC", "716", 716, "TTHC", C, code=_MOT),
    F("năm 2025 đạt 72,86%", "72,86%", 72.86, "%", code=_NOP),
    F("(năm 2024: 64,12%)", "64,12%", 64.12, "%", PR, as_of=_Y2024, code=_NOP),
    F("tăng 8,74 điểm", "8,74", 8.74, "%", CH, code=ANY),
    F("TTHC đạt 91,58%", "91,58%", 91.58, "%", code=_SH),
    F("công bố 214 bộ dữ liệu", "214", 214, "bộ dữ liệu", C, code=None, **_OPEN),
    # II.4 digital economy (an estimate: "ước đạt")
    F("có 326 doanh nghiệp", "326", 326, "doanh nghiệp", C, code=ANY),
    F("tăng 41 doanh nghiệp", "41", 41, "doanh nghiệp", CH, code=ANY),
    F("ước đạt 14,2%", "14,2%", 14.2, "%", code=ANY),
    # II.5 Bảng 1 (Markdown KPI table: targets and results)
    *_kpi_635(),
    F("có 5/8 chỉ tiêu", "5/8", 5, "chỉ tiêu", C, max_value=8, code=None, **_OPEN),
    F("3/8 chỉ tiêu", "3/8", 3, "chỉ tiêu", C, max_value=8, code=None, **_OPEN),
    # II.6 the Sở's files and 766 result, the city's; the DTI rank of 2024
    _skh("tiếp nhận 1.284 hồ sơ", "1.284", 1284, "hồ sơ", C, code=_TN),
    _skh("100% nộp trực tuyến", "100%", 100, "%", code=_NOP),
    _skh("hạn 1.279/1.284 hồ sơ", "1.279/1.284", 1279, "hồ sơ", C, max_value=1284, code=_DH),
    _skh("đạt 99,61%", "99,61%", 99.61, "%", code=_DH),
    _skh("đạt 90,42/100", "90,42/100", 90.42, "điểm", max_value=100, code=_TONG),
    _skh("xếp thứ 3/17", "3/17", 3, "hạng", R, max_value=17, code=_HANG),
    F("đạt 86,74/100", "86,74/100", 86.74, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 7/34", "7/34", 7, "hạng", R, max_value=34, code=_HANG),
    F("xếp thứ 9/63", "9/63", 9, "hạng", R, max_value=63, as_of=_Y2024, code=ANY),
    # III. shortcomings
    F("Còn 11 xã", "11", 11, "xã", C, code=None, **_IN_XA),
    F("04 hệ thống", "04", 4, "hệ thống", C, code=None, **_OPEN),
    # IV. the city's target for quý III/2026 (address and phone number no figures)
    F("tối thiểu 40%", "40%", 40, "%", T, as_of="2026-09-30", code=ANY),
]

# ------------------------------------------------------------ 636: Sở Nội vụ tỉnh An Giang, năm 2025
_FIELDS_636 = [
    ("1", "Công tác chỉ đạo, điều hành cải cách hành chính (tối đa 9)", 9, "8,52 94,67 6"),
    ("2", "Xây dựng và tổ chức thực hiện thể chế (tối đa 6)", 6, "5,48 91,33 11"),
    ("3", "Cải cách thủ tục hành chính (tối đa 12,5)", 12.5, "11,36 90,88 9"),
    ("4", "Cải cách tổ chức bộ máy hành chính (tối đa 7,5)", 7.5, "6,84 91,20 15"),
    ("5", "Cải cách chế độ công vụ (tối đa 12)", 12, "10,12 84,33 22"),
    ("6", "Cải cách tài chính công (tối đa 7,5)", 7.5, "6,18 82,40 19"),
    ("7", "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số (tối đa 10)", 10, "8,46 84,60 17"),
    ("8", "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội (tối đa 35,5)",
     35.5, "31,78 89,52 10"),
    ("", "Chỉ số CCHC (tối đa 100)", 100, "88,74 88,74 14"),
]


def _fields_636() -> list[Fact]:
    """Bảng 1 (tab-separated): per field the score (`điểm`, the row's maximum), its share (`%`) and the rank (kind
    rank, no max); the province's (subject NULL); the fields' codes unchecked, the index row `par_index`."""
    facts = []
    for i, (stt, name, top, raws) in enumerate(_FIELDS_636):
        score, share, rank = raws.split()
        line = "\t".join([stt, name, score, share, rank])
        after = f"{_FIELDS_636[i + 1][0]}\t{_FIELDS_636[i + 1][1]}" if i + 1 < len(_FIELDS_636) else "\nCó 05/8"
        code = _PAR if stt == "" else ANY
        facts += _cells(line, "\t", after, None, None, [(score, "điểm", P, code, "period", top),
                                                         (share, "%", P, code, "period", None),
                                                         (rank, "hạng", R, code, "period", None)])
    return facts


_XA_AVG = {"code": ANY, **_IN_XA}

BLIND_636 = [
    # I.1 the PAR Index (1046/QĐ-BNV, 1047/QĐ-BNV cited); the former provinces of 2024 (previous, /63)
    F("Giang đạt 88,74%", "88,74%", 88.74, "%", code=_PAR),
    F("xếp thứ 14/34", "14/34", 14, "hạng", R, max_value=34, code=_PAR),
    F("cả nước (86,92%)", "86,92%", 86.92, "%", code=ANY, **_OPEN),
    F("là 1,82 điểm", "1,82", 1.82, "%", CH, code=ANY),
    F("(cũ) đạt 87,36%", "87,36%", 87.36, "%", PR, as_of=_Y2024, code=_PAR, **_OPEN),
    F("xếp thứ 25/63", "25/63", 25, "hạng", PR, max_value=63, as_of=_Y2024, code=_PAR, **_OPEN),
    F("(cũ) đạt 85,84%", "85,84%", 85.84, "%", PR, as_of=_Y2024, code=_PAR, **_OPEN),
    F("xếp thứ 41/63", "41/63", 41, "hạng", PR, max_value=63, as_of=_Y2024, code=_PAR, **_OPEN),
    F("đạt 52,86/62,5", "52,86/62,5", 52.86, "điểm", max_value=62.5, code=ANY),
    F("(tỷ lệ 84,58%)", "84,58%", 84.58, "%", code=ANY),
    F("đạt 35,88/37,5", "35,88/37,5", 35.88, "điểm", max_value=37.5, code=ANY),
    F("(tỷ lệ 95,68%)", "95,68%", 95.68, "%", code=ANY),
    # I.2 Bảng 1 (tab-separated, by field)
    *_fields_636(),
    F("Có 05/8 lĩnh vực", "05/8", 5, "lĩnh vực", C, max_value=8, code=None, **_OPEN),
    F("thấp nhất (82,40%)", "82,40%", 82.40, "%", code=ANY),
    F("Có 05 tiêu chí", "05", 5, "tiêu chí", C, code=None, **_OPEN),
    # II. SIPAS (the survey's counts; the two former provinces' mean of 2024; "năm yếu tố" in words)
    F("phát 1.360 phiếu", "1.360", 1360, "phiếu", C, code=ANY, **_OPEN),
    F("tại 34 xã", "34", 34, "xã", C, code=None, **_IN_XA),
    F("về 1.318 phiếu", "1.318", 1318, "phiếu", C, code=ANY, **_OPEN),
    F("(đạt 96,91%)", "96,91%", 96.91, "%", code=ANY, **_OPEN),
    F("tỉnh đạt 84,26%", "84,26%", 84.26, "%", code=_SIPAS),
    F("xếp thứ 16/34", "16/34", 16, "hạng", R, max_value=34, code=_SIPAS),
    F("tăng 1,74 điểm", "1,74", 1.74, "%", CH, code=ANY),
    F("(82,52%", "82,52%", 82.52, "%", PR, as_of=_Y2024, code=_SIPAS, **_OPEN),
    F("lần lượt là 86,12%", "86,12%", 86.12, "%", code=ANY),
    F("86,12%; 84,35%", "84,35%", 84.35, "%", code=ANY),
    F("84,35%; 85,48%", "85,48%", 85.48, "%", code=ANY),
    F("85,48%; 85,06%", "85,06%", 85.06, "%", code=ANY),
    F("85,06% và 80,29%", "80,29%", 80.29, "%", code=ANY),
    F("là 46,8%", "46,8%", 46.8, "%", code=ANY, **_OPEN),
    # III.1 the province's bodies (1184/QĐ-UBND cited): block average, counts by grade, first and last
    F("(17 cơ quan)", "17", 17, "đơn vị", C, code=None, **_IN_TINH),
    F("bình quân 87,35%", "87,35%", 87.35, "%", code=ANY, **_IN_TINH),
    F("có 06 cơ quan", "06", 6, "đơn vị", C, code=None, **_IN_TINH),
    F("10 cơ quan", "10", 10, "đơn vị", C, code=None, **_IN_TINH),
    F("01 cơ quan", "01", 1, "đơn vị", C, code=None, **_IN_TINH),
    F("Sở Tư pháp (93,62%)", "93,62%", 93.62, "%", subject="Sở Tư pháp", level="tỉnh", code=ANY),
    F("Sở Xây dựng (78,94%)", "78,94%", 78.94, "%", subject="Sở Xây dựng", level="tỉnh", code=ANY),
    # III.2 the communes: the count (`cấp xã`) and its parts, average, grades, blocks, first and last
    F("có 102 đơn vị", "102", 102, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("(85 xã", "85", 85, "xã", C, code=None, **_IN_XA),
    F("14 phường", "14", 14, "phường", C, code=None, **_IN_XA),
    F("03 đặc khu", "03", 3, "đặc khu", C, code=None, **_IN_XA),
    F("bình quân 80,18%", "80,18%", 80.18, "%", **_XA_AVG),
    F("trong đó 14 đơn vị", "14", 14, "đơn vị", C, code=None, **_IN_XA),
    F("61 đơn vị", "61", 61, "đơn vị", C, code=None, **_IN_XA),
    F("24 đơn vị", "24", 24, "đơn vị", C, code=None, **_IN_XA),
    F("và 03 đơn vị", "03", 3, "đơn vị", C, code=None, **_IN_XA),
    F("bình quân 84,62%", "84,62%", 84.62, "%", **_XA_AVG),
    F("khối xã 79,40%", "79,40%", 79.40, "%", **_XA_AVG),
    F("đặc khu 81,56%", "81,56%", 81.56, "%", **_XA_AVG),
    F("xã 5,22 điểm", "5,22", 5.22, "%", CH, **_XA_AVG),
    F("Xuyên (92,84%)", "92,84%", 92.84, "%", subject="phường Long Xuyên", level="xã", code=ANY),
    F("Quốc (92,16%)", "92,16%", 92.16, "%", subject="đặc khu Phú Quốc", level="xã", code=ANY),
    F("Hòa (61,08%)", "61,08%", 61.08, "%", subject="xã Vĩnh Hòa", level="xã", code=ANY),
    # IV. the province's target for 2026 (address and phone number no figures)
    F("đạt từ 90% trở lên", "90%", 90, "%", T, as_of=_Y2026, code=_PAR),
]

# ------------------------------------------------------------ 637: Sở Công Thương tỉnh Lâm Đồng, quý I năm 2026
_SCT = "Sở Công Thương"
_sct = _by(_SCT, "tỉnh")
_Q1_2025 = "2025-03-31"
_DEC_2025 = "2025-12-31"

BLIND_637 = [
    # I.1 procedures (42/KH-UBND, 318/SCT-VP cited)
    _sct("thực hiện 118 TTHC", "118", 118, "TTHC", C, code=_TTHC),
    _sct("thuộc 12 lĩnh vực", "12", 12, "lĩnh vực", C, code=None),
    _sct("trong đó 84 TTHC", "84", 84, "TTHC", C, code=_TOAN),
    _sct("và 34 TTHC", "34", 34, "TTHC", C, code=_MOT),
    _sct("; 46 TTHC", "46", 46, "TTHC", C, code=ANY),
    # I.2 files (the three former Sở's sum dated 2025-03-31; "ba Sở" in words), channels, reception points
    _sct("tiếp nhận 6.248 hồ sơ", "6.248", 6248, "hồ sơ", C, code=_TN),
    F("trước hợp nhất: 5.126 hồ sơ", "5.126", 5126, "hồ sơ", PR, as_of=_Q1_2025, code=_TN, **_IN_TINH),
    _sct("tăng 1.122 hồ sơ", "1.122", 1122, "hồ sơ", CH, code=ANY),
    _sct("tăng 21,89%", "21,89%", 21.89, "%", CH, code=ANY),
    _sct("trực tuyến 5.986 hồ sơ", "5.986", 5986, "hồ sơ", C, code=_NOP),
    _sct("chiếm 95,81%", "95,81%", 95.81, "%", code=_NOP),
    _sct("tỉnh 214 hồ sơ", "214", 214, "hồ sơ", C, code=ANY),
    _sct("công ích 48 hồ sơ", "48", 48, "hồ sơ", C, code=ANY),
    F("lần lượt là 3.412 hồ sơ", "3.412", 3412, "hồ sơ", C, code=ANY, **_IN_TINH),
    F(", 1.126 hồ sơ và", "1.126", 1126, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("và 1.710 hồ sơ", "1.710", 1710, "hồ sơ", C, code=ANY, **_IN_TINH),
    # I.3 settled, on time, overdue (the fields' parts), pending, time (quý IV năm 2025 the base of the change)
    _sct("giải quyết 6.102 hồ sơ", "6.102", 6102, "hồ sơ", C, code=ANY),
    _sct("đúng hạn 6.089 hồ sơ", "6.089", 6089, "hồ sơ", C, code=_DH),
    _sct("đạt 99,79%", "99,79%", 99.79, "%", code=_DH),
    _sct("quá hạn 13 hồ sơ", "13", 13, "hồ sơ", C, code=_QH),
    F("điện 9 hồ sơ", "9", 9, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("phẩm 4 hồ sơ", "4", 4, "hồ sơ", C, code=ANY, **_IN_TINH),
    _sct("giải quyết 146 hồ sơ", "146", 146, "hồ sơ", C, code=ANY),
    _sct("bình quân 3,2 ngày", "3,2", 3.2, "ngày", code=_TIME),
    _sct("rút ngắn 0,5 ngày", "0,5", -0.5, "ngày", CH, code=_TIME),
    # licences by kind (the Sở's)
    _sct("rượu: 24 giấy phép", "24", 24, "giấy phép", C, code=ANY),
    _sct("lá: 6 giấy phép", "6", 6, "giấy phép", C, code=ANY),
    _sct("dầu: 38 giấy chứng nhận", "38", 38, "giấy chứng nhận", C, code=ANY),
    _sct("(cấp mới 12", "12", 12, "giấy chứng nhận", C, code=ANY),
    _sct("điều chỉnh 26)", "26", 26, "giấy chứng nhận", C, code=ANY),
    _sct("thực phẩm: 142 giấy", "142", 142, "giấy chứng nhận", C, code=ANY),
    _sct("lực: 57 giấy phép", "57", 57, "giấy phép", C, code=ANY),
    _sct("đó 18 giấy phép", "18", 18, "giấy phép", C, code=ANY),
    _sct("Tổng cộng 267 giấy phép", "267", 267, "giấy phép", C, code=ANY),
    _sct("; 100% kết quả", "100%", 100, "%", code=ANY),
    # I.4 payment (the Sở's 2026 target at the year's end), digitisation, reuse
    _sct("Có 2.846 hồ sơ", "2.846", 2846, "hồ sơ", C, code=ANY),
    _sct("đó 2.615 hồ sơ", "2.615", 2615, "hồ sơ", C, code=_TT),
    _sct("đạt 91,88%", "91,88%", 91.88, "%", code=_TT, target=90, stated_status="đạt"),
    _sct("năm 2026 là 90%", "90%", 90, "%", T, as_of=_Y2026, code=_TT),
    _sct("là 1,86 tỷ đồng", "1,86", 1.86, "tỷ đồng", code=ANY),
    _sct("Sở đạt 96,42%", "96,42%", 96.42, "%", code=_SH),
    _sct("đạt 38,65%", "38,65%", 38.65, "%", code=_TSD),
    # I.5 PAKN, satisfaction
    _sct("tiếp nhận 07 PAKN", "07", 7, "PAKN", C, code=_PAKN_TN),
    _sct("xử lý 07/07 PAKN", "07/07", 7, "PAKN", C, max_value=7, code=ANY),
    _sct("đạt 97,2%", "97,2%", 97.2, "%", code=_HL),
    # II. the province's e-commerce platform (a system), the Sở's fairs and classes, the enterprises' exports
    F("có 1.246 doanh nghiệp", "1.246", 1246, "doanh nghiệp", C, code=ANY, **_OPEN),
    F("với 6.418 sản phẩm", "6.418", 6418, "sản phẩm", C, code=ANY, **_OPEN),
    F("tăng 184 doanh nghiệp", "184", 184, "doanh nghiệp", CH, code=ANY, **_OPEN),
    F("có 412 sản phẩm", "412", 412, "sản phẩm", C, code=ANY, **_OPEN),
    F("ước đạt 48,6 tỷ đồng", "48,6", 48.6, "tỷ đồng", code=ANY, **_OPEN),
    _sct("tổ chức 02 hội chợ", "02", 2, "hội chợ", C, code=None),
    _sct("với 386 gian hàng", "386", 386, "gian hàng", C, code=None),
    _sct("thu hút 126.500 lượt", "126.500", 126500, "lượt", C, code=ANY),
    _sct("tổ chức 05 lớp", "05", 5, "lớp", C, code=None),
    _sct("cho 412 học viên", "412", 412, "học viên", C, code=ANY),
    _sct("hỗ trợ 36 doanh nghiệp", "36", 36, "doanh nghiệp", C, code=ANY),
    F("đạt 2,46 triệu USD", "2,46", 2.46, "triệu USD", code=ANY, **_OPEN),
    F("tăng 18,3%", "18,3%", 18.3, "%", CH, code=ANY, **_OPEN),
    # III. the Sở's 766 result (tháng 12/2025 dated 2025-12-31), two groups, the province's
    _sct("đạt 88,92/100", "88,92/100", 88.92, "điểm", max_value=100, code=_TONG),
    _sct("xếp thứ 4/15", "4/15", 4, "hạng", R, max_value=15, code=_HANG),
    _sct("(86,40 điểm", "86,40", 86.40, "điểm", PR, max_value=100, as_of=_DEC_2025, code=_TONG),
    _sct("xếp thứ 7/15)", "7/15", 7, "hạng", PR, max_value=15, as_of=_DEC_2025, code=_HANG),
    _sct("tăng 2,52 điểm", "2,52", 2.52, "điểm", CH, code=_TONG),
    _sct("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _sct("đạt 19,86/20", "19,86/20", 19.86, "điểm", max_value=20, code="766.tien_do"),
    _sct("đạt 17,64/18", "17,64/18", 17.64, "điểm", max_value=18, code="766.hai_long"),
    F("đạt 82,36/100", "82,36/100", 82.36, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 21/34", "21/34", 21, "hạng", R, max_value=34, code=_HANG),
    # V. the platform's target written as a count for quý II/2026 (address and phone number no figures)
    F("tối thiểu 500 sản phẩm", "500", 500, "sản phẩm", T, as_of="2026-06-30", code=ANY, **_OPEN),
]

# ------------------------------------------------------------ 638: Sở VH,TT&DL tỉnh Hà Tĩnh, tháng 10 năm 2025
_SVH = "Sở Văn hóa, Thể thao và Du lịch"
_svh = _by(_SVH, "tỉnh")
_AUG_2025 = "2025-08-31"
_SEP_2025 = "2025-09-30"

BLIND_638 = [
    # 1.a) procedures (4126/VP-KSTT cited), the fields' parts, UBND tỉnh's decisions
    _svh("thực hiện 126 TTHC", "126", 126, "TTHC", C, code=_TTHC),
    F("(văn hóa 58 TTHC", "58", 58, "TTHC", C, code=ANY, **_IN_TINH),
    F("thể thao 24 TTHC", "24", 24, "TTHC", C, code=ANY, **_IN_TINH),
    F("du lịch 36 TTHC", "36", 36, "TTHC", C, code=ANY, **_IN_TINH),
    F("gia đình 08 TTHC", "08", 8, "TTHC", C, code=ANY, **_IN_TINH),
    F("ban hành 02 quyết định", "02", 2, "quyết định", C, code=None, **_OPEN),
    F("bổ sung 14 TTHC", "14", 14, "TTHC", C, code=ANY, **_OPEN),
    # 1.b) files (tháng 9/2025 dated 2025-09-30), the fields after "lần lượt là" (unit on the last only)
    _svh("tiếp nhận 412 hồ sơ", "412", 412, "hồ sơ", C, code=_TN),
    _svh("(tháng 9/2025: 368", "368", 368, "hồ sơ", PR, as_of=_SEP_2025, code=_TN),
    _svh("tăng 44 hồ sơ", "44", 44, "hồ sơ", CH, code=ANY),
    _svh("đó 401 hồ sơ", "401", 401, "hồ sơ", C, code=_NOP),
    _svh("chiếm 97,33%", "97,33%", 97.33, "%", code=_NOP),
    _svh("và 11 hồ sơ", "11", 11, "hồ sơ", C, code=ANY),
    F("lần lượt là 186", "186", 186, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("186, 142, 68", "142", 142, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("142, 68 và", "68", 68, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("68 và 16 hồ sơ", "16", 16, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("lịch chiếm 45,15%", "45,15%", 45.15, "%", code=ANY, **_IN_TINH),
    _svh("giải quyết 398 hồ sơ", "398", 398, "hồ sơ", C, code=ANY),
    _svh("398 hồ sơ, 100% đúng hạn", "100%", 100, "%", code=_DH),
    _svh("còn 14 hồ sơ", "14", 14, "hồ sơ", C, code=ANY),
    # 1.c) payment, digitisation, e-results; 1.d) licences and cards
    _svh("Có 126/131 hồ sơ", "126/131", 126, "hồ sơ", C, max_value=131, code=_TT),
    _svh("đạt 96,18%", "96,18%", 96.18, "%", code=_TT),
    _svh("đạt 98,06%", "98,06%", 98.06, "%", code=_SH),
    _svh("đạt 99,25%", "99,25%", 99.25, "%", code=_KQ),
    _svh("cấp 05 giấy phép", "05", 5, "giấy phép", C, code=ANY),
    _svh("và 02 giấy chứng nhận", "02", 2, "giấy chứng nhận", C, code=ANY),
    _svh("cấp đổi 18 thẻ", "18", 18, "thẻ", C, code=ANY),
    # 2.a) relics (cumulative to the period end), the provincial library
    _svh("cho 14 di tích", "14", 14, "di tích", C, code=None),
    F("số hóa 8.426 tài liệu", "8.426", 8426, "tài liệu", C, subject="Thư viện tỉnh", level="tỉnh", code=ANY),
    F("có 21.615 lượt", "21.615", 21615, "lượt", C, code=ANY, **_OPEN),
    # 2.b) e-tickets, the tourism app; 2.c) accommodation (tháng 9/2025 the base of the change)
    F("bán 18.642 vé", "18.642", 18642, "vé", C, code=ANY, **_OPEN),
    F("chiếm 76,40%", "76,40%", 76.40, "%", code=ANY, **_OPEN),
    F("có 46.218 lượt", "46.218", 46218, "lượt", C, code=ANY, **_OPEN),
    F("tăng 3.126 lượt", "3.126", 3126, "lượt", CH, code=ANY, **_OPEN),
    F("của 1.284 điểm đến", "1.284", 1284, "điểm đến", C, code=ANY, **_OPEN),
    F("Có 286/412 cơ sở", "286/412", 286, "cơ sở", C, max_value=412, code=ANY, **_OPEN),
    F("(chiếm 69,42%)", "69,42%", 69.42, "%", code=ANY, **_OPEN),
    F("tăng 38 cơ sở", "38", 38, "cơ sở", CH, code=ANY, **_OPEN),
    # 2.d) the province's tourists (an estimate: "ước đạt")
    F("đón 186.450 lượt", "186.450", 186450, "lượt", C, code=ANY),
    F("tăng 12,4%", "12,4%", 12.4, "%", CH, code=ANY),
    F("đó 4.218 lượt", "4.218", 4218, "lượt", C, code=ANY),
    F("đạt 58,6%", "58,6%", 58.6, "%", code=ANY),
    F("đạt 412,6 tỷ đồng", "412,6", 412.6, "tỷ đồng", code=ANY),
    # 3. PAKN; the 766 results of tháng 9/2025 (dated 2025-09-30; tháng 8/2025 dated 2025-08-31)
    _svh("tiếp nhận 03 PAKN", "03", 3, "PAKN", C, code=_PAKN_TN),
    _svh("xong 03/03 PAKN", "03/03", 3, "PAKN", C, max_value=3, code=ANY),
    _svh("bình quân 4,5 ngày", "4,5", 4.5, "ngày", code="pakn.thoi_gian"),
    _svh("đạt 87,46/100", "87,46/100", 87.46, "điểm", max_value=100, as_of=_SEP_2025, code=_TONG),
    _svh("xếp thứ 6/18", "6/18", 6, "hạng", R, max_value=18, as_of=_SEP_2025, code=_HANG),
    _svh("(tháng 8/2025: 84,12", "84,12", 84.12, "điểm", PR, max_value=100, as_of=_AUG_2025, code=_TONG),
    _svh("xếp thứ 9/18)", "9/18", 9, "hạng", PR, max_value=18, as_of=_AUG_2025, code=_HANG),
    _svh("tăng 3,34 điểm", "3,34", 3.34, "điểm", CH, as_of=_SEP_2025, code=_TONG),
    _svh("tăng 3 bậc", "3", 3, "hạng", CH, as_of=_SEP_2025, code=_HANG),
    _svh("đạt 20,14/22", "20,14/22", 20.14, "điểm", max_value=22, as_of=_SEP_2025, code="766.so_hoa"),
    _svh("đạt 8,86/10", "8,86/10", 8.86, "điểm", max_value=10, as_of=_SEP_2025, code="766.thanh_toan"),
    F("đạt 85,92/100", "85,92/100", 85.92, "điểm", max_value=100, as_of=_SEP_2025, code=_TONG),
    F("xếp thứ 9/34", "9/34", 9, "hạng", R, max_value=34, as_of=_SEP_2025, code=_HANG),
    # 4.–5. counts repeated; the province's target for quý I/2026 (phone number no figure)
    F("Còn 126 cơ sở", "126", 126, "cơ sở", C, code=ANY, **_OPEN),
    F("hướng dẫn 126 cơ sở", "126", 126, "cơ sở", C, code=ANY, **_OPEN),
    F("tối thiểu 85%", "85%", 85, "%", T, as_of="2026-03-31", code=ANY),
]

# ------------------------------------------------------------ 639: Sở Xây dựng tỉnh Thanh Hóa, 6 tháng đầu năm 2026
_SXD = "Sở Xây dựng"
_sxd = _by(_SXD, "tỉnh")
_H1_2025 = "2025-06-30"
_XA_UB = {"subject": "UBND các xã, phường", "level": "xã"}

_COMMUNES_639 = [
    ("1", "Phường Hạc Thành", "1.246 1.238 99,36 1.212 6,4"),
    ("2", "Phường Quảng Phú", "684 672 98,25 668 7,1"),
    ("3", "Phường Đông Quang", "612 598 97,71 604 6,8"),
    ("4", "Phường Sầm Sơn", "548 541 98,72 536 5,9"),
    ("5", "Phường Nghi Sơn", "426 402 94,37 418 8,2"),
    ("6", "Phường Bỉm Sơn", "384 376 97,92 380 7,5"),
    ("7", "Xã Hoằng Hóa", "352 318 90,34 346 8,6"),
    ("8", "Xã Thọ Xuân", "318 276 86,79 310 9,4"),
    ("9", "Phường Tĩnh Gia", "296 289 97,64 291 7,2"),
    ("10", "Xã Triệu Sơn", "274 215 78,47 262 10,6"),
    ("11", "Các xã, phường còn lại", "4.594 3.875 84,35 4.291 8,3"),
    ("", "Tổng cộng", "9.734 8.800 90,40 9.318 7,8"),
]


def _communes_639() -> list[Fact]:
    """Bảng 1 (Markdown, per commune): files received, online, online share, permits issued, average days per permit
    (codes unchecked: one field's files). A commune as written (level xã), "Các xã, phường còn lại" subject unchecked,
    "Tổng cộng" (empty STT) `cấp xã`. Each row's context runs into the next row's STT and name."""
    facts = []
    for i, (stt, name, raws) in enumerate(_COMMUNES_639):
        received, online, share, permits, days = raws.split()
        line = _md_line((stt, name, received, online, share, permits, days))
        if i + 1 < len(_COMMUNES_639):
            after = _md_line(_COMMUNES_639[i + 1][:2]).rsplit(" |", 1)[0]
        else:
            after = "\nPhường Hạc Thành tiếp nhận"
        subject = "cấp xã" if stt == "" else ANY if stt == "11" else name
        facts += _cells(line, " | ", after, subject, "xã", [
            (received, "hồ sơ", P, ANY, "period", None), (online, "hồ sơ", P, ANY, "period", None),
            (share, "%", P, ANY, "period", None), (permits, "giấy phép", P, ANY, "period", None),
            (days, "ngày", P, ANY, "period", None)])
    return facts


BLIND_639 = [
    # 1. (175/2024/NĐ-CP, 2146/QĐ-UBND cited) communes; the province's permits (cùng kỳ năm 2025 dated 2025-06-30)
    F("có 166 đơn vị", "166", 166, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("(147 xã", "147", 147, "xã", C, code=None, **_IN_XA),
    F("19 phường)", "19", 19, "phường", C, code=None, **_IN_XA),
    F("tiếp nhận 9.846 hồ sơ", "9.846", 9846, "hồ sơ", C, code=ANY),
    F("(cùng kỳ năm 2025: 8.214", "8.214", 8214, "hồ sơ", PR, as_of=_H1_2025, code=ANY),
    F("tăng 19,87%", "19,87%", 19.87, "%", CH, code=ANY),
    F("đó 8.912 hồ sơ", "8.912", 8912, "hồ sơ", C, code=ANY),
    F("chiếm 90,51%", "90,51%", 90.51, "%", code=ANY),
    F("Đã cấp 9.426 giấy phép", "9.426", 9426, "giấy phép", C, code=ANY),
    F("phường cấp 9.318 giấy phép", "9.318", 9318, "giấy phép", C, code=ANY, **_XA_UB),
    F("(nhà ở riêng lẻ 9.204", "9.204", 9204, "giấy phép", C, code=ANY, **_IN_XA),
    _sxd("Sở Xây dựng cấp 108", "108", 108, "giấy phép", C, code=ANY),
    F("Có 9.402/9.426 giấy phép", "9.402/9.426", 9402, "giấy phép", C, max_value=9426, code=ANY),
    F("đạt 99,75%", "99,75%", 99.75, "%", code=ANY),
    F("bình quân 7,8 ngày", "7,8", 7.8, "ngày", code=ANY),
    F("rút ngắn 2,6 ngày", "2,6", -2.6, "ngày", CH, code=ANY),
    F("(10,4 ngày)", "10,4", 10.4, "ngày", PR, as_of=_H1_2025, code=ANY),
    F("đạt 86,4%", "86,4%", 86.4, "%", code=ANY),
    F("là 0,94 tỷ đồng", "0,94", 0.94, "tỷ đồng", code=ANY),
    F("chiếm 82,16%", "82,16%", 82.16, "%", code=ANY),
    # 2. the Sở's own permits ("hai xã trở lên" in words)
    _sxd("Sở tiếp nhận 112 hồ sơ", "112", 112, "hồ sơ", C, code=ANY),
    _sxd("100% nộp trực tuyến", "100%", 100, "%", code=ANY),
    _sxd("còn 04 hồ sơ", "04", 4, "hồ sơ", C, code=ANY),
    _sxd("tại Sở là 11,2 ngày", "11,2", 11.2, "ngày", code=ANY),
    # 3. the communes; Bảng 1 (Markdown per commune); the prose after it (the communes' 2026 target at the year's end)
    F("Có 164/166 xã", "164/166", 164, "xã", C, max_value=166, code=None, **_IN_XA),
    F("; 02 xã", "02", 2, "xã", C, code=None, **_IN_XA),
    F("của 10 xã", "10", 10, "xã", C, code=None, **_IN_XA),
    *_communes_639(),
    F("thấp nhất (78,47%)", "78,47%", 78.47, "%", subject="xã Triệu Sơn", level="xã", code=ANY),
    F("(10,6 ngày/giấy phép)", "10,6", 10.6, "ngày", subject="xã Triệu Sơn", level="xã", code=ANY),
    F("Có 126/166 xã", "126/166", 126, "xã", C, max_value=166, code=None, **_IN_XA),
    F("năm 2026 (85%)", "85%", 85, "%", T, as_of=_Y2026, code=ANY, **_IN_XA),
    F("còn 38 xã", "38", 38, "xã", C, code=None, **_IN_XA),
    # 4. inspections by the communes
    F("kiểm tra 1.284 công trình", "1.284", 1284, "công trình", C, code=ANY, **_XA_UB),
    F("phát hiện 46 công trình", "46", 46, "công trình", C, code=ANY, **_XA_UB),
    F("(chiếm 3,58%)", "3,58%", 3.58, "%", code=ANY, **_XA_UB),
    # 5. PAKN, the Sở's 766 result, the province's
    _sxd("tiếp nhận 12 PAKN", "12", 12, "PAKN", C, code=_PAKN_TN),
    _sxd("xử lý 11 PAKN", "11", 11, "PAKN", C, code=ANY),
    _sxd(", 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    _sxd("đạt 86,18/100", "86,18/100", 86.18, "điểm", max_value=100, code=_TONG),
    _sxd("xếp thứ 8/17", "8/17", 8, "hạng", R, max_value=17, code=_HANG),
    F("đạt 84,96/100", "84,96/100", 84.96, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 12/34", "12/34", 12, "hạng", R, max_value=34, code=_HANG),
    # 6. each named commune's target for quý III/2026 (address and phone number no figures)
    F("tối thiểu 90%", "90%", 90, "%", T, as_of="2026-09-30", code=ANY, **_IN_XA),
]

BLIND = {"635": BLIND_635, "636": BLIND_636, "637": BLIND_637, "638": BLIND_638, "639": BLIND_639}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "635": [
        ("2026-03-31", "day", "31/3/2026", "kết nối các hệ thống thông tin chuyên ngành", "Phòng Chuyển đổi số"),
        ("2026-09-30", "quarter", "quý III năm 2026", "chữ ký số công cộng", "Phòng Bưu chính, Viễn thông"),
        ("2026-06-30", "day", "ngày ba mươi tháng 6 năm 2026", "công bố bổ sung các bộ dữ liệu mở",
         "Trung tâm Công nghệ thông tin và Giám sát, điều hành đô thị thông minh"),
        ("2026-04-30", "month", "tháng 4/2026", "quy chế quản lý, vận hành các nền tảng số dùng chung",
         "Văn phòng Sở"),
        ("2026-12-31", "year", "năm 2026", "Tổ công nghệ số cộng đồng", "UBND các xã, phường"),
        # issued 12/01/2026: the first "ngày 20 hằng tháng" is 20/01/2026
        ("2026-01-20", "recurring", "20 hằng tháng", "báo cáo kết quả thực hiện chuyển đổi số",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "636": [
        ("2026-06-15", "day", "15/6/2026", "kế hoạch khắc phục", "Sở Xây dựng và UBND xã Vĩnh Hòa"),
        ("2026-09-30", "quarter", "quý III năm 2026", "tự đánh giá giữa kỳ", "Phòng Cải cách hành chính"),
        ("2026-06-25", "day", "ngày hai mươi lăm tháng 6 năm 2026", "cơ sở dữ liệu cán bộ, công chức cấp xã",
         "Phòng Công chức, viên chức"),
        ("2026-07-31", "month", "tháng 7/2026", "tập huấn nghiệp vụ cải cách hành chính",
         "Phòng Tổ chức, biên chế và tổ chức phi chính phủ"),
        ("2026-12-31", "year", "năm 2026", "nâng cấp Hệ thống thông tin giải quyết TTHC", "Sở Khoa học và Công nghệ"),
        # issued 21/5/2026, after the 12th: the first "ngày 12 hằng tháng" is 12/6/2026
        ("2026-06-12", "recurring", "12 hằng tháng", "báo cáo kết quả cải cách hành chính",
         "Các sở, ban, ngành và UBND các xã, phường, đặc khu"),
    ],
    "637": [
        ("2026-04-30", "day", "30/4/2026", "hồ sơ lĩnh vực điện", "Phòng Quản lý năng lượng"),
        ("2026-06-30", "quarter", "quý II năm 2026", "sản phẩm OCOP", "Phòng Quản lý thương mại"),
        ("2026-05-15", "day", "ngày mười lăm tháng 5 năm 2026", "Hội chợ trực tuyến nông sản",
         "Trung tâm Khuyến công và Xúc tiến thương mại"),
        ("2026-06-30", "month", "tháng 6/2026", "quy trình nội bộ", "Văn phòng Sở"),
        ("2026-12-31", "year", "năm 2026", "nâng cấp sàn thương mại điện tử", "Sở Tài chính"),
        # issued 06/4/2026: the first "ngày 25 hằng tháng" is 25/4/2026
        ("2026-04-25", "recurring", "25 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các phòng, đơn vị thuộc Sở"),
    ],
    "638": [
        ("2026-03-31", "quarter", "quý I năm 2026", "kết nối phần mềm khai báo lưu trú", "Phòng Quản lý du lịch"),
        ("2025-11-28", "day", "28/11/2025", "mô hình 3D", "Phòng Quản lý di sản văn hóa"),
        ("2025-12-20", "day", "ngày hai mươi tháng 12 năm 2025", "danh mục TTHC nội bộ", "Văn phòng Sở"),
        ("2025-12-31", "month", "tháng 12/2025", "thư viện số", "Thư viện tỉnh"),
        ("2026-12-31", "year", "năm 2026", "tài khoản định danh điện tử", "Công an tỉnh"),
        # issued 05/11/2025: the first "ngày 22 hằng tháng" is 22/11/2025
        ("2025-11-22", "recurring", "22 hằng tháng", "báo cáo kết quả thực hiện", "Các phòng, đơn vị thuộc Sở"),
    ],
    "639": [
        ("2026-09-30", "quarter", "quý III năm 2026", "nộp hồ sơ trực tuyến",
         "UBND xã Triệu Sơn và UBND xã Thọ Xuân"),
        ("2026-07-31", "day", "31/7/2026", "kiện toàn bộ phận tiếp nhận", "UBND xã Na Mèo và UBND xã Mường Lý"),
        ("2026-08-15", "day", "ngày mười lăm tháng 8 năm 2026", "công trình vi phạm", "UBND các xã, phường"),
        ("2026-09-30", "month", "tháng 9/2026", "tập huấn", "Phòng Quản lý hoạt động xây dựng"),
        ("2026-12-31", "year", "năm 2026", "tích hợp dữ liệu cấp phép xây dựng",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        # issued 10/7/2026, after the 5th: the first "ngày 05 hằng tháng" is 05/8/2026
        ("2026-08-05", "recurring", "05 hằng tháng", "gửi báo cáo kết quả cấp giấy phép xây dựng",
         "UBND các xã, phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 635 is a report of the Sở
# Khoa học và Công nghệ under "UBND THÀNH PHỐ HUẾ" (the province: Huế); 636 a report of the Sở Nội vụ under "UBND TỈNH
# AN GIANG" on the indices of năm 2025, signed by a deputy director; 637 a report of the Sở Công Thương under "UBND
# TỈNH LÂM ĐỒNG"; 638 a Công văn of the Sở Văn hóa, Thể thao và Du lịch under "UBND TỈNH HÀ TĨNH" whose period is named
# in its "V/v" line, signed by a deputy director; 639 a Thông báo of the Sở Xây dựng under "UBND TỈNH THANH HÓA",
# signed by a deputy director.
META = {
    "635": {"doc_number": "38/BC-SKHCN", "doc_type": "Báo cáo", "issued_date": "2026-01-12",
            "province": "Huế", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Hoàng Minh Quân"},
    "636": {"doc_number": "612/BC-SNV", "doc_type": "Báo cáo", "issued_date": "2026-05-21",
            "province": "An Giang", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Trần Thị Ngọc Hân"},
    "637": {"doc_number": "486/BC-SCT", "doc_type": "Báo cáo", "issued_date": "2026-04-06",
            "province": "Lâm Đồng", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Phạm Đức Thịnh"},
    "638": {"doc_number": "2186/SVHTTDL-VP", "doc_type": "Công văn", "issued_date": "2025-11-05",
            "province": "Hà Tĩnh", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Trần Quốc Thành"},
    "639": {"doc_number": "186/TB-SXD", "doc_type": "Thông báo", "issued_date": "2026-07-10",
            "province": "Thanh Hóa", "period_label": "6 tháng đầu năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-06-30", "signer": "Nguyễn Văn Thắng"},
}
