"""Blind golden facts for corpus/blind128/715_tien_giang.txt, 716_ha_giang.txt, 717_quang_binh.txt, 718_gia_lai.txt and
719_tay_ninh.txt.

The five documents were written by the developers for a hundred-and-twenty-eighth blind measurement (TEXT EXTRACTED
FROM WORD AND PDF FILES AS ARCHIVES HOLD IT: running page headers and footers with page numbers between paragraphs,
a table broken across pages with its header repeated, footnotes collected at a page's end, hard-wrapped and
hyphenated lines, bullet glyphs, a Word table converted as lines of cells one per line; provinces Tiền Giang, Hà
Giang and Quảng Bình before the 1 July 2025 merger, Gia Lai and Tây Ninh after it; periods 6 tháng đầu năm 2024, năm
2024, tháng 4 năm 2025, quý IV năm 2025 and quý I năm 2026; not real documents), and every row below was written by
reading them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind124.py, blind123.py, blind122.py, blind121.py, blind16.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose and list counts are kind `count`; table cells are kind `value` even when they count, with
`extra={"source": "table"}` (rank cells kind `rank` without a maximum); `as_of="period"` is the period's end; a table
column dated before the period end keeps kind `value` with that date as `as_of`; a change is dated with the figure it
changes and a fall ("giảm", "rút ngắn", "thấp hơn") is negative; a change in "điểm phần trăm" is kind change in `%`
with the number alone as raw. `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None`
where it clearly names none: counts of communes, bodies, decisions, fields, hospitals, teams). "thủ tục" counts use
the unit `TTHC`, "phản ánh, kiến nghị" the unit `PAKN`; a count of the files (or PAKN) an indicator is computed on
carries that indicator's code; every "đã giải quyết" count, pending files, the files of one field, money, changes of
counts and repeated counts have their code unchecked. Counts of local units take the unit of their first unit word
("11/11 huyện, thị xã, thành phố", "04/11 huyện, thành phố", "04/08 huyện, thị xã, thành phố" → `huyện`; "142/169
xã, phường, thị trấn", "193/193 xã, phường, thị trấn", "135/135 xã, phường", "151 xã, phường, thị trấn" → `xã`);
counts of "sở, ban, ngành" and "cơ quan" → `đơn vị` at the level of the bodies counted (subject unchecked); "135 đơn
vị hành chính cấp xã (110 xã, 25 phường)" → `cấp xã` (unit `đơn vị`, level xã) and its parts (subject unchecked,
level xã); "08 đơn vị cấp huyện" → `cấp huyện` (unit `đơn vị`). A provincial body's own figures naming no body are
named by its kind (`Sở Tư pháp`, `Sở Khoa học và Công nghệ`, `Sở Y tế`, level tỉnh); a sentence naming a body keeps
the name as written; province-wide figures ("toàn tỉnh", "trên địa bàn tỉnh", "tỉnh Quảng Bình đạt") and the UBND
tỉnh's own figures in its own report (716) have subject NULL. A threshold in a count of units ("trên 60%") is kind
target. Things counted take the noun as written (`phiếu`, `bản`, `thư xin lỗi`, `quyết định`, `lĩnh vực`, `văn bản`,
`chứng thư`, `tài khoản`, `thành viên`, `Tổ`, `lượt`, `người`, `giấy`, `bệnh viện`, `trạm y tế`, `thôn`); money keeps
the unit written (`triệu đồng`, `tỷ đồng`; code unchecked); durations `ngày`. Numbers written in words are no figures
("sáu nhóm chỉ số", the days of "ngày mười lăm tháng 8", "ngày ba mươi tháng 4", "ngày hai mươi tháng 5", "ngày hai
mươi lăm tháng 2", "ngày ba mươi tháng 6"). Dates, document numbers and cited texts ("Kế hoạch số 52/KH-UBND", "Công
văn số 2184/VP-KSTT", "Công văn số 9148/VPCP-KSTT", "Quyết định số 766/QĐ-TTg", "Quyết định số 1452/QĐ-UBND", "Kế
hoạch số 214/KH-UBND", "Công văn số 386/VP-KSTT"), stated windows and data dates ("từ ngày 01/01/2024 đến ngày
30/6/2024", "chốt ngày 05/5/2025", "tính đến ngày 31/12/2025"), months and quarters naming a result or a bracket
("tháng 6/2024", "Tháng 4/2025", "tháng 12/2025", "tháng 3/2026"), "Bộ chỉ số 766", "Đề án 06", "mức độ 2", "4G",
"cấp II", "từ đủ 14 tuổi", phone numbers ("0273.3872.415", "0219.3860.246", "0232.3822.516", "0256.3822.648",
"0272.3826.314"), section and item numbering ("I.", "1.", "a)"), the STT column, the text column "Xếp loại",
headings naming the next period ("IV. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024", "VI. NHIỆM VỤ NĂM 2025", "V. NHIỆM VỤ QUÝ I NĂM
2026", "IV. NHIỆM VỤ QUÝ II NĂM 2026": no deadlines) and years are not figures.

New in this set (the forms converters leave were not met in this shape before; the decisions are written here):
- RUNNING PAGE HEADERS AND FOOTERS BETWEEN PARAGRAPHS (all five): "Trang 1/4" … "Trang 4/4", "Trang 1/3" …, a footer
  "Sở Y tế tỉnh Tây Ninh   Trang 1/3", running headers repeating the issuer and the document's number ("Sở Tư pháp
  tỉnh Tiền Giang   Báo cáo số 1246/BC-STP ngày 04/7/2024", "UBND tỉnh Hà Giang - Báo cáo kết quả cải cách TTHC năm
  2024", "Văn phòng UBND tỉnh Quảng Bình", "Sở Khoa học và Công nghệ tỉnh Gia Lai - Báo cáo quý IV năm 2025"). A page
  number "1/4" is no fraction and no figure; the headers hold no figures and no deadlines; the text around them is
  read as if they were absent.
- A TABLE BROKEN ACROSS PAGES WITH ITS HEADER REPEATED (715): a Markdown table by field whose rows 1–5 stand on page
  1, then the footer and the running header, then the header row and separator again, then rows 6–8 and "Tổng
  cộng" (empty STT). It is one table: the repeated header is no row; "Tổng cộng" sums both parts and is the Sở
  (received, online, overdue codes; settled unchecked); the fields' cells subject unchecked, level tỉnh, codes
  unchecked; "0" cells are figures.
- FOOTNOTES COLLECTED AT A PAGE'S END (715 "¹ ² ³" after a rule "____", 716 and 719 "[1] [2]", 718 "¹ ²"): the markers
  are no figures (a marker right after a figure, "99,41%³", "54,36%[2]", "68,42%¹", "89,36/100 điểm[2]", leaves the
  figure as written without it); the footnotes' own figures are figures, read in the sentence they complete: 715's
  "³ Cùng kỳ năm 2023, tỷ lệ giải quyết đúng hạn của Sở đạt 98,86%" (the Sở's previous on-time share, dated
  2023-06-30), 716's "[1] Trong đó 14 quyết định … 32 quyết định" (counts, code None) and "[2] Năm 2023, tỷ lệ này của
  tỉnh đạt 45,82%" (the province's previous payment share, dated 2023-12-31), 718's "¹ Chỉ tiêu UBND tỉnh giao năm 2025
  là 70%" (the payment target, dated 2025-12-31), 719's "[1] Quý IV năm 2025, tỷ lệ này đạt 95,16%" (previous,
  2025-12-31) and "[2] Chỉ tiêu năm 2026 của Sở là đạt từ 90 điểm trở lên" (the Sở's target score, dated 2026-12-31,
  unit `điểm`). A figure whose target stands only in a footnote (718's "68,42%¹, chưa đạt chỉ tiêu") keeps its
  stated status; its target is left unchecked (linking the marker to the note is what is measured there, not
  required).
- HARD-WRAPPED AND HYPHENATED LINES (715, 718): prose wrapped at about 88 characters mid-sentence, a figure's label
  and the figure sometimes on two lines ("toàn trình là\n76 TTHC", "đạt\n89,64%", "tối thiểu\n70%"), words cut with a
  hyphen at a line's end ("giải-\nquyết", "tuy-\nến"). Contexts are written inside one line as the file has them;
  no figure is itself cut.
- BULLET GLYPHS (716 "•" and "▪", 719 "•" and nested "▪", 717 the Symbol-font bullet U+F0B7 that Word pastes as a
  private-use character): the glyphs are list markers, no figures; each bullet item is read as a dash item.
- A WORD TABLE CONVERTED AS LINES OF CELLS ONE PER LINE (717): the header's six cells, then each row's six cells
  ("1", "UBND thành phố Đồng Hới", "84,12", "86,46", "1", "Tốt"), each on its own line, no separators; the empty
  STT of the "Bình quân khối huyện" row is an empty line and its rank and grade cells "-". It is read as a table of
  six columns (rows of six lines): scores of tháng 3/2025 (dated 2025-03-31, kind value) and tháng 4/2025 (the
  period), the rank of tháng 4/2025 (kind rank, no maximum: the header states none) with `extra={"source":
  "table"}`; the STT and "Xếp loại" lines are no figures. The scores carry no maximum (the header states none) and
  their code is unchecked (a unit's own total in a table); a cell's context is the line break before it, its line,
  the rest of its row and the next row's STT and name (so the raw text is found first at the cell itself).
- A TAB-SEPARATED TABLE BY DISTRICT (716) and MARKDOWN TABLES (715 by field, 718 by Sở) as in the earlier sets.

Per document:
- 715 is a half-year Báo cáo of the Sở Tư pháp tỉnh Tiền Giang (before the merger; header "UBND TỈNH TIỀN GIANG / SỞ
  TƯ PHÁP", signed by a deputy director), 6 tháng đầu năm 2024, issued 04/7/2024, text as a PDF gives it. The Sở's
  figures: "142 TTHC thuộc 11 lĩnh vực¹, trong đó 98 TTHC … và 44 TTHC thuộc thẩm quyền cấp huyện, cấp xã" (the 44
  subject unchecked), "03 quyết định (… 17 TTHC, … 05 TTHC); 100% TTHC", "76 TTHC, chiếm 53,52%" (full-online
  code); files "18.642 hồ sơ (6 tháng đầu năm 2023: 16.418 hồ sơ), tăng 2.224 hồ sơ, tương ứng tăng 13,55%" (previous
  dated 2023-06-30), online "11.386 …, chiếm 61,08%; so với chỉ tiêu UBND tỉnh giao² năm 2024 là 50% thì đã đạt"
  (target 2024-12-31, after the period end), settled, on time "18.106 …, đạt 99,41%³", overdue "108 …, chiếm 0,59%
  (… lý lịch tư pháp với 86 hồ sơ …)", pending, "108 thư xin lỗi"; the page-broken table (above); judicial records
  "14.018 phiếu … 9.126 phiếu, chiếm 65,10% … 4,2 ngày/phiếu, rút ngắn 1,3 ngày … 7.846 phiếu" (codes unchecked);
  the province's e-certified copies "48.612 bản …, cấp huyện 12.406 bản, cấp xã 36.206 bản" (`bản`), "11/11 huyện,
  thị xã, thành phố và 142/169 xã, phường, thị trấn …, đạt 84,02% số đơn vị cấp xã; còn 27 xã" and the fee "386,4
  triệu đồng" (whose: unchecked); payment "72,46%, tăng 8,12 điểm phần trăm", "1.846,2 triệu đồng", digitisation,
  reuse, e-results; PAKN "12 … 12/12 … 100%", satisfaction; the Sở's 766 result of tháng 6/2024 (the period's last
  month) `88,46/100`, `4/20` "(tháng 5/2024: 86,92 điểm, xếp thứ 6/20)" (dated 2024-05-31), "tăng 1,54 điểm và tăng 2
  bậc"; the province `82,36/100`, `21/63`. Task 1's "06 TTHC" and task 5's "27 xã" counts repeated; task 2's "tối
  thiểu 75% trong quý III năm 2024" a division's target (subject unchecked, level tỉnh, 2024-09-30). Six deadlines in
  numbered items: day, quarter (with the target), "chậm nhất ngày mười lăm tháng 8 năm 2024", a month cut by the
  line's end ("trong tháng\n10/2024": the date words "10/2024"), year in a request "Đề nghị UBND các huyện, thị xã,
  thành phố …", "trước ngày 20 hằng tháng" (issued 04/7/2024: first 20/7/2024).
- 716 is an annual Báo cáo of UBND tỉnh Hà Giang (before the merger; header "ỦY BAN NHÂN DÂN / TỈNH HÀ GIANG", signed
  "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Văn phòng Chính phủ, năm 2024, issued 09/01/2025, text as
  Word gives it (bullets, "[1]" footnotes, page footers). Province figures (subject NULL): "1.826 TTHC" and its
  three bullets by level, "1.048 TTHC, chiếm 57,39%; … một phần 778 TTHC", "46 quyết định …[1] … 38 TTHC"; files
  "412.618 hồ sơ (năm 2023: 368.214 hồ sơ), tăng 44.404 hồ sơ, tương ứng tăng 12,06%" (previous 2023-12-31) and the
  bullets by level, "286.412 hồ sơ, chiếm 69,41%; so với chỉ tiêu năm 2024 là 60% thì đã đạt" (the target at the
  period end), settled, the "▪" items on time and overdue with the land field's "(3.126 hồ sơ)" (subject and level
  unchecked), "6.404 hồ sơ" pending; the tab-separated table by district (as written: `Thành phố Hà Giang`, `Huyện
  Đồng Văn`, level huyện; received, online, on-time and payment codes; "Cộng cấp huyện" with an empty STT `cấp
  huyện`); "huyện Mèo Vạc thấp nhất (48,62%), thấp hơn bình quân cấp huyện 15,66 điểm phần trăm" (its negative
  change), "04/11 huyện, thành phố … trên 60%" (the threshold a target); payment "54,36%[2]", "86,42 tỷ đồng",
  digitisation, reuse, e-results, "486.215 tài khoản …, đạt 72,84%", "193/193 xã, phường, thị trấn … 1.642 thành
  viên" (whose: unchecked); PAKN "428 … 421 …, đạt 98,36%; còn 07", satisfaction; the province's `80,12/100`, `36/63`
  "(năm 2023: 76,48 điểm, xếp thứ 45/63), tăng 3,64 điểm và tăng 9 bậc", six groups in "▪" items with their maxima,
  block averages (subject unchecked; tỉnh, huyện, xã), grades "09/19 … 08/19 … 02/19 sở, ban, ngành" (`đơn vị`, level
  tỉnh) and "04/11 huyện, thành phố" (`huyện`). Task 2's "tối thiểu 60% trong quý II năm 2025" three named districts'
  target (subject unchecked, level huyện, 2025-06-30). Six deadlines in "•" items: day, quarter (with the target),
  "chậm nhất ngày ba mươi tháng 4 năm 2025", month, year in a request "Đề nghị Bưu điện tỉnh Hà Giang …", "trước ngày
  15 hằng tháng" (issued 09/01/2025: first 15/01/2025).
- 717 is a THÔNG BÁO (doc_type "Thông báo") of the Văn phòng UBND tỉnh Quảng Bình (header "UBND TỈNH QUẢNG BÌNH / VĂN
  PHÒNG", number "86/TB-VPUBND", signed "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG") of the 766 results of tháng 4
  năm 2025 (the period; issued 12/5/2025; ranks /63). The province (subject NULL) `83,74/100`, `22/63` "(tháng 3/2025:
  82,16 điểm, xếp thứ 27/63)" (dated 2025-03-31), "tăng 1,58 điểm và tăng 5 bậc", the six groups after "lần lượt là"
  with their maxima ("sáu nhóm" in words no figure); the month's files "42.618 … 27.412 …, chiếm 64,32%", on time
  "98,74%", overdue "486 hồ sơ, … cấp huyện 318 hồ sơ (riêng UBND huyện Minh Hóa 96 hồ sơ)", payment, digitisation.
  The block of sở: "(19 cơ quan)" (`đơn vị`, level tỉnh), the average (subject unchecked), "12/19 … 06/19 … 01/19 cơ
  quan", the first and last as written "Sở Tư pháp (94,18 điểm)", "Sở Nông nghiệp và Môi trường (68,42 điểm), giảm
  3,16 điểm so với tháng 3/2025" (its negative change; codes unchecked). "08 đơn vị cấp huyện" (`cấp huyện`); the
  one-cell-per-line table (above; each district as written `UBND thành phố Đồng Hới`, level huyện; "Bình quân khối
  huyện" subject unchecked, level huyện, its "-" cells no figures); "04/08 huyện, thị xã, thành phố" (`huyện`); the
  communes "151 xã, phường, thị trấn … 76,38 điểm; … Tốt 38 xã, Khá 86 xã, Trung bình 27 xã" (`xã`), "xã Trọng Hóa
  (huyện Minh Hóa) với 52,16 điểm" (as written). The third request's "tối thiểu 55% trong quý II năm 2025" the
  districts' target (subject unchecked, level huyện, 2025-06-30). Six deadlines in "" items: day, "chậm nhất ngày
  hai mươi tháng 5 năm 2025", quarter (with the target), month, year in a request "Đề nghị Sở Khoa học và Công nghệ
  …", "trước ngày 05 hằng tháng" (issued 12/5/2025, after the 5th: first 05/6/2025).
- 718 is a quarterly Báo cáo of the Sở Khoa học và Công nghệ tỉnh Gia Lai (merged with Bình Định; header "UBND TỈNH
  GIA LAI / SỞ KHOA HỌC VÀ CÔNG NGHỆ", signed by a deputy director), quý IV năm 2025, issued 08/01/2026, ranks /34,
  text as a PDF gives it. Province figures (subject NULL): "135 đơn vị hành chính cấp xã (110 xã, 25 phường); 135/135
  xã, phường", "1.246.812 văn bản …, … ký số chiếm 98,46% (quý III năm 2025: 97,12%)" (codes unchecked; previous
  2025-09-30), the Sở's "2.418 chứng thư" and the province's "18.642 chứng thư"; "1.986 TTHC … 1.142 TTHC toàn
  trình, chiếm 57,50%"; files "386.412 hồ sơ (quý III năm 2025: 352.118 hồ sơ), tăng 34.294 hồ sơ, tương ứng tăng
  9,74%; … cấp tỉnh 96.418 hồ sơ, cấp xã 289.994 hồ sơ", online "312.846 hồ sơ, chiếm 80,96%; … chỉ tiêu năm 2025 là
  80% thì đã đạt"; A MARKDOWN TABLE BY SỞ (TTHC count code unchecked, full-online TTHC, received, online share; each
  Sở as written, level tỉnh; "Các cơ quan còn lại" subject unchecked; "Tổng cộng cấp tỉnh" with an empty STT `cấp
  tỉnh`); "Sở Tư pháp … (68,36%) … (4.126 hồ sơ)"; payment "68,42%¹, chưa đạt chỉ tiêu" with the footnote's target
  (above), "214,6 tỷ đồng", digitisation, reuse, e-results, "2.486.412 tài khoản …², đạt 81,46%", the communes'
  "1.846 Tổ … 9.412 thành viên … 126.418 lượt" (subject unchecked, level xã). The Sở's PAKN "64 … 61 …, đạt 95,31%; 03";
  the province's result of tháng 12/2025 (the period's last month) `85,92/100`, `12/34` "(tháng 9/2025: 83,46 điểm,
  xếp thứ 18/34)" (dated 2025-09-30), "tăng 2,46 điểm và tăng 6 bậc"; the Sở's `92,64/100`, `3/21`; block averages
  (subject unchecked; tỉnh, xã); "98/135 xã, phường" (`xã`). Task 3's "tối thiểu 70% trong quý I năm 2026" the
  communes' target (subject unchecked, level xã, 2026-03-31); task 5's "14 thôn" (`thôn`, code None). Six deadlines:
  day, "chậm nhất ngày hai mươi lăm tháng 2 năm 2026", quarter in a request "Đề nghị UBND các xã, phường …" (with the
  target), month, year in a request "Đề nghị Viettel Gia Lai …", "trước ngày 25 hằng tháng" (issued 08/01/2026: first
  25/01/2026).
- 719 is a quarterly Báo cáo of the Sở Y tế tỉnh Tây Ninh (merged with Long An; header "UBND TỈNH TÂY NINH / SỞ Y
  TẾ", signed by a deputy director), quý I năm 2026, issued 07/4/2026, ranks /34 and /19. The Sở's figures: "186
  TTHC (cấp tỉnh 172 TTHC, cấp xã 14 TTHC); … 118 TTHC …, chiếm 63,44%"; files "6.846 hồ sơ (quý IV năm 2025: 7.412
  hồ sơ), giảm 566 hồ sơ, tương ứng giảm 7,64%" (previous 2025-12-31; the falls negative), online "6.214 …, chiếm
  90,77%"; four "•" items by field ("• Lĩnh vực dược: 2.846 hồ sơ, trực tuyến 96,42%;": subject unchecked, level
  tỉnh; counts code unchecked, shares the online code); settled, on time "99,60%", overdue "26 hồ sơ (lĩnh vực dược 18
  hồ sơ, … 8 hồ sơ)", pending; payment "86,14% (quý IV năm 2025: 81,62%), tăng 4,52 điểm phần trăm", "3,46 tỷ đồng",
  digitisation, "100% kết quả". Section II, the sector's Đề án 06 across the province (whose: unchecked, see below):
  "1.846.215 lượt, chiếm 97,84% …[1]" and the footnote's "95,16%" (previous, 2025-12-31), four "▪" items by facility
  (as written, a proper name holding a place kept whole: `Bệnh viện Đa khoa tỉnh Tây Ninh`, `Bệnh viện Đa khoa Long
  An`, `Bệnh viện Đa khoa khu vực Hậu Nghĩa`, `Trung tâm Y tế khu vực Tân Châu`; level unchecked), "2.412.618 người,
  đạt 78,46%", "6.412 giấy … 2.146 giấy", "18/24 bệnh viện …; còn 06 bệnh viện", "96/96 trạm y tế xã, phường" (level
  xã). The Sở's PAKN "38 … 36/38 …, đạt 94,74%", satisfaction; its 766 result of tháng 3/2026 (the period's last
  month) `89,36/100`, `7/19` "(tháng 12/2025: 87,14 điểm, xếp thứ 10/19)" and the footnote's target score; the
  province `84,62/100`, `16/34`. Task 1's "18 hồ sơ" a count repeated; task 3's "tối thiểu 85% trong quý II năm 2026"
  the Trung tâm Y tế's target (subject and level unchecked, 2026-06-30). Six deadlines in "•" items: day, "chậm nhất
  ngày ba mươi tháng 6 năm 2026", quarter (with the target), month, year in a request "Đề nghị Bảo hiểm xã hội tỉnh
  Tây Ninh …", "trước ngày 22 hằng tháng" (issued 07/4/2026: first 22/4/2026).

Unsure readings (fields left `ANY`, or decided and written here): whose 719's section II figures are (the Sở
reporting the whole sector's facilities across the province, or the province: subject and level unchecked) and the
level of the facilities in its "▪" items; the code of the district scores and ranks in 717's one-per-line table
(each unit's own 766 total and rank; unchecked) and of the block's first and last bodies; the owner of 715's
"386,4 triệu đồng" fee (the province's communes and districts, or the Sở) and of 716's "1.642 thành viên"; 718's
signed-document share (a catalogued code may exist, unchecked); whether the target in 718's footnote ¹ is linked to
the "68,42%¹" it annotates (target unchecked, status "chưa đạt" as written); the share "đạt 84,02% số đơn vị cấp xã"
in 715 (a share of communes: subject unchecked, level xã).
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


def _table(rows: list[tuple[str, ...]], make_line, afters: dict[int, str], who_of, units: tuple,
           codes_of) -> list[Fact]:
    """All numeric cells of a table given as (STT, name, *values) rows, written by `make_line`. A row's `after` is
    the next row's STT and name unless `afters` gives what follows it in the document (a page break, the text after
    the table); `who_of(stt, name)` gives the row's subject and level, `codes_of(stt)` the codes of its columns."""
    facts = []
    for i, (stt, name, *values) in enumerate(rows):
        line = make_line((stt, name, *values))
        if i in afters:
            after = afters[i]
        else:
            after = make_line(rows[i + 1][:2])
            after = after.rsplit(" |", 1)[0] if after.endswith(" |") else after
        sep = " | " if line.startswith("|") else "\t"
        subject, level = who_of(stt, name)
        facts += _cells(line, sep, after, subject, level, [
            (raw, unit, P, code, "period", None)
            for raw, unit, code in zip(values, units, codes_of(stt), strict=True)])
    return facts


# ------------------------------------------------------------ 715: Sở Tư pháp tỉnh Tiền Giang, 6 tháng đầu năm 2024
# (PDF text: wrapped lines, footnotes ¹²³, a Markdown table broken across two pages with its header repeated)
_STP = "Sở Tư pháp"
_stp = _by(_STP, "tỉnh")
_H1_2023 = "2023-06-30"
_MAY_2024 = "2024-05-31"

# the table by field: (STT, field, received, online, settled, overdue); rows 1–5 on page 1, 6–8 and the total on 2
_FIELDS_715 = [
    ("1", "Lý lịch tư pháp", "14.286", "10.412", "14.018", "86"),
    ("2", "Hộ tịch", "1.846", "412", "1.812", "9"),
    ("3", "Chứng thực", "612", "96", "608", "0"),
    ("4", "Quốc tịch", "86", "12", "78", "4"),
    ("5", "Nuôi con nuôi", "42", "6", "40", "0"),
    ("6", "Luật sư, công chứng", "428", "312", "416", "3"),
    ("7", "Đấu giá tài sản, trọng tài", "146", "132", "144", "0"),
    ("8", "Các lĩnh vực còn lại", "1.196", "4", "1.098", "6"),
    ("", "Tổng cộng", "18.642", "11.386", "18.214", "108"),
]


def _fields_715() -> list[Fact]:
    """The Markdown table "| STT | Lĩnh vực | Tiếp nhận | Trực tuyến | Đã giải quyết | Quá hạn |" under "(đơn vị
    tính: hồ sơ)", broken after row 5 by the page footer "Trang 2/4" and the running header, its header row repeated
    on page 2. Each field the Sở's (subject unchecked, level tỉnh), codes unchecked (one field's files); "Tổng cộng"
    (empty STT) the Sở with the received, online and overdue codes (settled unchecked); "0" cells are figures."""
    return _table(
        _FIELDS_715, _md_line, {4: " " * 10, 8: "\n3. Cấp phiếu lý lịch"},
        lambda stt, name: (_STP, "tỉnh") if stt == "" else (ANY, "tỉnh"), ("hồ sơ",) * 4,
        lambda stt: (_TN, _NOP, ANY, _QH) if stt == "" else (ANY,) * 4)


BLIND_715 = [
    # I.1 the Sở's TTHC ("11 lĩnh vực¹": the marker no figure), decisions, the full-online TTHC
    _stp("thực hiện 142 TTHC", "142", 142, "TTHC", C, code=_TTHC),
    _stp("thuộc 11 lĩnh vực", "11", 11, "lĩnh vực", C, code=None),
    _stp("trong đó 98 TTHC", "98", 98, "TTHC", C, code=ANY),
    F("và 44 TTHC", "44", 44, "TTHC", C, code=ANY, **_OPEN),
    F("ban hành 03 quyết định", "03", 3, "quyết định", C, code=None, **_OPEN),
    F("bổ sung 17 TTHC", "17", 17, "TTHC", C, code=ANY, **_OPEN),
    F("bãi bỏ 05 TTHC", "05", 5, "TTHC", C, code=ANY, **_OPEN),
    _stp("05 TTHC); 100% TTHC", "100%", 100, "%", code=ANY),
    _stp("76 TTHC, chiếm 53,52%", "76", 76, "TTHC", C, code=_TOAN),
    _stp("chiếm 53,52%", "53,52%", 53.52, "%", code=_TOAN),
    # I.2 files (6 tháng đầu năm 2023 dated 2023-06-30), online with the year's target (2024-12-31), settled, on time
    # ("99,41%³"), overdue with the judicial-records field's part, pending, apology letters; footnote ³'s previous
    _stp("tiếp nhận 18.642 hồ sơ", "18.642", 18642, "hồ sơ", C, code=_TN),
    _stp("(6 tháng đầu năm 2023: 16.418", "16.418", 16418, "hồ sơ", PR, as_of=_H1_2023, code=_TN),
    _stp("tăng 2.224 hồ sơ", "2.224", 2224, "hồ sơ", CH, code=ANY),
    _stp("tăng 13,55%", "13,55%", 13.55, "%", CH, code=ANY),
    _stp("nộp trực tuyến 11.386 hồ sơ", "11.386", 11386, "hồ sơ", C, code=_NOP),
    _stp("chiếm 61,08%", "61,08%", 61.08, "%", code=_NOP, target=50, stated_status="đạt"),
    _stp("năm 2024 là 50%", "50%", 50, "%", T, as_of="2024-12-31", code=_NOP),
    _stp("Đã giải quyết 18.214 hồ sơ", "18.214", 18214, "hồ sơ", C, code=ANY),
    _stp("đúng hạn 18.106 hồ sơ", "18.106", 18106, "hồ sơ", C, code=_DH),
    _stp("đạt 99,41%", "99,41%", 99.41, "%", code=_DH),
    _stp("quá hạn 108 hồ sơ", "108", 108, "hồ sơ", C, code=_QH),
    _stp("chiếm 0,59%", "0,59%", 0.59, "%", code=_QH),
    F("tư pháp với 86 hồ sơ", "86", 86, "hồ sơ", C, code=_QH, **_IN_TINH),
    _stp("đang giải quyết 428 hồ sơ", "428", 428, "hồ sơ", C, code=ANY),
    _stp("gửi 108 thư xin lỗi", "108", 108, "thư xin lỗi", C, code=ANY),
    _stp("của Sở đạt 98,86%", "98,86%", 98.86, "%", PR, as_of=_H1_2023, code=_DH),
    # the table broken across pages 1 and 2
    *_fields_715(),
    # I.3 judicial records through VNeID (codes unchecked)
    _stp("Sở cấp 14.018 phiếu", "14.018", 14018, "phiếu", C, code=ANY),
    _stp("ứng dụng VNeID 9.126", "9.126", 9126, "phiếu", C, code=ANY),
    _stp("phiếu, chiếm 65,10%", "65,10%", 65.1, "%", code=ANY),
    _stp("bình quân 4,2 ngày", "4,2", 4.2, "ngày", code=ANY),
    _stp("rút ngắn 1,3 ngày", "1,3", -1.3, "ngày", CH, code=ANY),
    _stp("là 7.846 phiếu", "7.846", 7846, "phiếu", C, code=ANY),
    # I.4 the province's e-certified copies by level, the districts and communes doing it, the fee (whose: unchecked)
    F("chứng thực 48.612 bản", "48.612", 48612, "bản", C, code=ANY, **_NULL),
    F("cấp huyện 12.406", "12.406", 12406, "bản", C, code=ANY, **_CAP_HUYEN),
    F("cấp xã 36.206 bản", "36.206", 36206, "bản", C, code=ANY, **_CAP_XA),
    F("Có 11/11 huyện", "11/11", 11, "huyện", C, max_value=11, code=None, **_IN_HUYEN),
    F("và 142/169 xã", "142/169", 142, "xã", C, max_value=169, code=None, **_IN_XA),
    F("đạt 84,02%", "84,02%", 84.02, "%", code=ANY, **_IN_XA),
    F("còn 27 xã chưa", "27", 27, "xã", C, code=None, **_IN_XA),
    F("là 386,4 triệu đồng", "386,4", 386.4, "triệu đồng", code=ANY, **_OPEN),
    # II. payment, money, digitisation ("đạt\n89,64%": the context on one line), reuse, e-results ("giải-\nquyết")
    _stp("đạt 72,46%", "72,46%", 72.46, "%", code=_TT),
    _stp("8,12 điểm phần trăm", "8,12", 8.12, "%", CH, code=ANY),
    _stp("là 1.846,2 triệu đồng", "1.846,2", 1846.2, "triệu đồng", code=ANY),
    _stp("89,64%; tỷ lệ tái", "89,64%", 89.64, "%", code=_SH),
    _stp("đạt 41,28%", "41,28%", 41.28, "%", code=_TSD),
    _stp("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    # III. PAKN, satisfaction; the Sở's 766 result of tháng 6/2024 (tháng 5/2024 dated 2024-05-31); the province
    _stp("tiếp nhận 12 phản ánh", "12", 12, "PAKN", C, code=_PAKN_TN),
    _stp("xử lý 12/12 PAKN", "12/12", 12, "PAKN", C, max_value=12, code=ANY),
    _stp("PAKN, đạt 100%", "100%", 100, "%", code=ANY),
    _stp("đạt 99,12%", "99,12%", 99.12, "%", code=_HL),
    _stp("88,46/100 điểm", "88,46/100", 88.46, "điểm", max_value=100, code=_TONG),
    _stp("xếp thứ 4/20", "4/20", 4, "hạng", R, max_value=20, code=_HANG),
    _stp("(tháng 5/2024: 86,92 điểm", "86,92", 86.92, "điểm", PR, max_value=100, as_of=_MAY_2024, code=_TONG),
    _stp("xếp thứ 6/20)", "6/20", 6, "hạng", PR, max_value=20, as_of=_MAY_2024, code=_HANG),
    _stp("tăng 1,54 điểm", "1,54", 1.54, "điểm", CH, code=_TONG),
    _stp("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    F("đạt 82,36/100", "82,36/100", 82.36, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ 21/63", "21/63", 21, "hạng", R, max_value=63, code=_HANG, **_NULL),
    # IV. task 1's TTHC and task 5's communes (counts repeated); task 2's target of a division for quý III
    F("đơn giản hóa 06 TTHC", "06", 6, "TTHC", C, code=ANY, **_IN_TINH),
    F("tối thiểu 75%", "75%", 75, "%", T, as_of="2024-09-30", code=ANY, **_IN_TINH),
    F("chỉ đạo 27 xã", "27", 27, "xã", C, code=None, **_IN_XA),
]

# ------------------------------------------------------------ 716: UBND tỉnh Hà Giang, năm 2024 (Word text: bullets
# "•" and "▪", "[1]" footnotes, page footers; a tab-separated table by district)
_prov = _by(None, None)
_Y2023 = "2023-12-31"

# the tab-separated table: (STT, unit as written, received, online %, on-time %, payment %)
_DISTRICTS_716 = [
    ("1", "Thành phố Hà Giang", "14.612", "82,46", "99,36", "68,42"),
    ("2", "Huyện Đồng Văn", "6.846", "51,27", "97,85", "38,16"),
    ("3", "Huyện Mèo Vạc", "6.214", "48,62", "96,42", "35,84"),
    ("4", "Huyện Yên Minh", "7.418", "55,14", "98,14", "41,27"),
    ("5", "Huyện Quản Bạ", "5.126", "58,36", "99,02", "46,18"),
    ("6", "Huyện Bắc Mê", "5.342", "53,08", "98,66", "44,06"),
    ("7", "Huyện Hoàng Su Phì", "6.018", "49,75", "97,18", "36,92"),
    ("8", "Huyện Xín Mần", "5.864", "50,12", "97,94", "39,48"),
    ("9", "Huyện Vị Xuyên", "13.486", "71,84", "98,87", "58,64"),
    ("10", "Huyện Bắc Quang", "16.218", "76,35", "99,12", "62,18"),
    ("11", "Huyện Quang Bình", "9.702", "66,41", "100", "51,36"),
    ("", "Cộng cấp huyện", "96.846", "64,28", "98,46", "52,14"),
]


def _districts_716() -> list[Fact]:
    """The tab-separated table "STT | Đơn vị | Tiếp nhận (hồ sơ) | Trực tuyến (%) | Đúng hạn (%) | Thanh toán trực
    tuyến (%)": each district-level unit as written, level huyện, with the received, online, on-time and payment
    codes; "Cộng cấp huyện" (empty STT) is `cấp huyện` (its 96.846 repeats the "Cấp huyện" bullet); "100" is a
    figure."""
    return _table(
        _DISTRICTS_716, lambda cells: "\t".join(cells), {11: "\nThành phố Hà Giang dẫn đầu"},
        lambda stt, name: ("cấp huyện" if stt == "" else name, "huyện"), ("hồ sơ", "%", "%", "%"),
        lambda stt: (_TN, _NOP, _DH, _TT))


_GROUPS_716 = [
    ("minh bạch: 16,24/18", "16,24/18", "766.cong_khai"),
    ("giải quyết: 18,86/20", "18,86/20", "766.tien_do"),
    ("trực tuyến: 8,92/12", "8,92/12", "766.dvctt"),
    ("trực tuyến: 6,14/10", "6,14/10", "766.thanh_toan"),
    ("hài lòng: 16,48/18", "16,48/18", "766.hai_long"),
    ("hồ sơ: 13,48/22", "13,48/22", "766.so_hoa"),
]

BLIND_716 = [
    # I. TTHC and its bullets by level, full and partial online, decisions ("[1]" no figure) and footnote [1]'s parts
    _prov("có 1.826 TTHC", "1.826", 1826, "TTHC", C, code=_TTHC),
    F("Cấp tỉnh: 1.412 TTHC", "1.412", 1412, "TTHC", C, code=ANY, **_CAP_TINH),
    F("Cấp huyện: 268 TTHC", "268", 268, "TTHC", C, code=ANY, **_CAP_HUYEN),
    F("Cấp xã: 146 TTHC", "146", 146, "TTHC", C, code=ANY, **_CAP_XA),
    _prov("là 1.048 TTHC", "1.048", 1048, "TTHC", C, code=_TOAN),
    _prov("chiếm 57,39%", "57,39%", 57.39, "%", code=_TOAN),
    _prov("một phần 778 TTHC", "778", 778, "TTHC", C, code=_MOT),
    _prov("ban hành 46 quyết định", "46", 46, "quyết định", C, code=None),
    _prov("đơn giản hóa 38 TTHC", "38", 38, "TTHC", C, code=ANY),
    _prov("Trong đó 14 quyết định", "14", 14, "quyết định", C, code=None),
    _prov("hành, 32 quyết định", "32", 32, "quyết định", C, code=None),
    # II. files (năm 2023 dated 2023-12-31) and the bullets by level, online with the year's target (the period end),
    # settled, the "▪" items, the land field's overdue files (subject and level unchecked), pending
    _prov("tiếp nhận 412.618 hồ sơ", "412.618", 412618, "hồ sơ", C, code=_TN),
    _prov("(năm 2023: 368.214", "368.214", 368214, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    _prov("tăng 44.404 hồ sơ", "44.404", 44404, "hồ sơ", CH, code=ANY),
    _prov("tăng 12,06%", "12,06%", 12.06, "%", CH, code=ANY),
    F("Cấp tỉnh tiếp nhận 68.412", "68.412", 68412, "hồ sơ", C, code=_TN, **_CAP_TINH),
    F("Cấp huyện tiếp nhận 96.846", "96.846", 96846, "hồ sơ", C, code=_TN, **_CAP_HUYEN),
    F("Cấp xã tiếp nhận 247.360", "247.360", 247360, "hồ sơ", C, code=_TN, **_CAP_XA),
    _prov("là 286.412 hồ sơ", "286.412", 286412, "hồ sơ", C, code=_NOP),
    _prov("chiếm 69,41%", "69,41%", 69.41, "%", code=_NOP, target=60, stated_status="đạt"),
    _prov("năm 2024 là 60%", "60%", 60, "%", T, code=_NOP),
    _prov("giải quyết 406.214 hồ sơ", "406.214", 406214, "hồ sơ", C, code=ANY),
    _prov("đúng hạn 401.846 hồ sơ", "401.846", 401846, "hồ sơ", C, code=_DH),
    _prov("đạt 98,92%", "98,92%", 98.92, "%", code=_DH),
    _prov("quá hạn 4.368 hồ sơ", "4.368", 4368, "hồ sơ", C, code=_QH),
    _prov("chiếm 1,08%", "1,08%", 1.08, "%", code=_QH),
    F("(3.126 hồ sơ)", "3.126", 3126, "hồ sơ", C, code=_QH, **_OPEN),
    _prov("năm 2025 là 6.404", "6.404", 6404, "hồ sơ", C, code=ANY),
    # the table; the lowest district and its gap; the districts above a threshold (kind target)
    *_districts_716(),
    F("thấp nhất (48,62%)", "48,62%", 48.62, "%", subject="huyện Mèo Vạc", level="huyện", code=_NOP),
    F("cấp huyện 15,66 điểm", "15,66", -15.66, "%", CH, subject="huyện Mèo Vạc", level="huyện", code=ANY),
    F("Có 04/11 huyện", "04/11", 4, "huyện", C, max_value=11, code=None, **_IN_HUYEN),
    F("trên 60%", "60%", 60, "%", T, code=ANY, **_IN_HUYEN),
    # III. payment ("54,36%[2]") and footnote [2]'s previous (2023-12-31), money, digitisation, reuse, e-results,
    # accounts ("từ đủ 14 tuổi" no figure), the communes' digital teams (whose members: unchecked)
    _prov("toàn tỉnh đạt 54,36%", "54,36%", 54.36, "%", code=_TT),
    _prov("tỉnh đạt 45,82%", "45,82%", 45.82, "%", PR, as_of=_Y2023, code=_TT),
    _prov("là 86,42 tỷ đồng", "86,42", 86.42, "tỷ đồng", code=ANY),
    _prov("đạt 86,14%", "86,14%", 86.14, "%", code=_SH),
    _prov("đạt 38,72%", "38,72%", 38.72, "%", code=_TSD),
    _prov("điện tử đạt 97,46%", "97,46%", 97.46, "%", code=_KQ),
    _prov("có 486.215 tài khoản", "486.215", 486215, "tài khoản", C, code=_TK),
    _prov("đạt 72,84%", "72,84%", 72.84, "%", code=_TK),
    F("193/193 xã", "193/193", 193, "xã", C, max_value=193, code=None, **_IN_XA),
    F("với 1.642 thành viên", "1.642", 1642, "thành viên", C, code=ANY, **_OPEN),
    # IV. PAKN, satisfaction
    _prov("tiếp nhận 428 PAKN", "428", 428, "PAKN", C, code=_PAKN_TN),
    _prov("xử lý 421 PAKN", "421", 421, "PAKN", C, code=ANY),
    _prov("đạt 98,36%", "98,36%", 98.36, "%", code=ANY),
    _prov("còn 07 PAKN", "07", 7, "PAKN", C, code=ANY),
    _prov("đạt 96,84%", "96,84%", 96.84, "%", code=_HL),
    # V. the province's 766 result of năm 2024 (năm 2023 dated 2023-12-31), the six groups in "▪" items, block
    # averages (subject unchecked), grades
    _prov("đạt 80,12/100", "80,12/100", 80.12, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 36/63", "36/63", 36, "hạng", R, max_value=63, code=_HANG),
    _prov("(năm 2023: 76,48 điểm", "76,48", 76.48, "điểm", PR, max_value=100, as_of=_Y2023, code=_TONG),
    _prov("xếp thứ 45/63)", "45/63", 45, "hạng", PR, max_value=63, as_of=_Y2023, code=_HANG),
    _prov("tăng 3,64 điểm", "3,64", 3.64, "điểm", CH, code=_TONG),
    _prov("tăng 9 bậc", "9", 9, "hạng", CH, code=_HANG),
    *[_prov(context, raw, _num(raw.split("/")[0]), "điểm", max_value=_num(raw.split("/")[1]), code=code)
      for context, raw, code in _GROUPS_716],
    F("đạt 85,46 điểm", "85,46", 85.46, "điểm", code=ANY, **_IN_TINH),
    F("đạt 79,82 điểm", "79,82", 79.82, "điểm", code=ANY, **_IN_HUYEN),
    F("đạt 76,14 điểm", "76,14", 76.14, "điểm", code=ANY, **_IN_XA),
    F("Tốt có 09/19", "09/19", 9, "đơn vị", C, max_value=19, code=None, **_IN_TINH),
    F("và 04/11 huyện", "04/11", 4, "huyện", C, max_value=11, code=None, **_IN_HUYEN),
    F("Khá có 08/19", "08/19", 8, "đơn vị", C, max_value=19, code=None, **_IN_TINH),
    F("Trung bình có 02/19", "02/19", 2, "đơn vị", C, max_value=19, code=None, **_IN_TINH),
    # VI. task 2's target of three named districts for quý II (phone no figure)
    F("tối thiểu 60%", "60%", 60, "%", T, as_of="2025-06-30", code=_NOP, **_IN_HUYEN),
]

# ------------------------------------------------------------ 717: Văn phòng UBND tỉnh Quảng Bình, Thông báo tháng 4
# năm 2025 (a Word table converted as lines of cells one per line; "" bullets)
_MAR_2025 = "2025-03-31"

# the table as lines: (STT, unit as written, tháng 3/2025, tháng 4/2025, rank, grade); the last row's STT is empty
_DISTRICTS_717 = [
    ("1", "UBND thành phố Đồng Hới", "84,12", "86,46", "1", "Tốt"),
    ("2", "UBND thị xã Ba Đồn", "82,36", "84,18", "2", "Tốt"),
    ("3", "UBND huyện Minh Hóa", "70,22", "71,46", "8", "Khá"),
    ("4", "UBND huyện Tuyên Hóa", "73,64", "74,12", "7", "Khá"),
    ("5", "UBND huyện Quảng Trạch", "77,38", "78,26", "6", "Khá"),
    ("6", "UBND huyện Bố Trạch", "79,46", "81,08", "4", "Tốt"),
    ("7", "UBND huyện Quảng Ninh", "78,12", "79,84", "5", "Khá"),
    ("8", "UBND huyện Lệ Thủy", "80,94", "82,62", "3", "Tốt"),
    ("", "Bình quân khối huyện", "78,28", "79,75", "-", "-"),
]


def _districts_717() -> list[Fact]:
    """The Word table pasted one cell per line ("STT", "Đơn vị", "Điểm tháng 3/2025", "Điểm tháng 4/2025", "Xếp hạng
    tháng 4/2025", "Xếp loại", then six lines a row): each unit as written, level huyện; the tháng 3/2025 score dated
    2025-03-31 (kind value), the tháng 4/2025 score at the period end, the rank kind rank; no maxima, codes unchecked.
    "Bình quân khối huyện" (empty STT line) is the block's average (subject unchecked); its "-" cells are none. A
    cell's context: the line break before it, the rest of its row and the next row's STT and name lines."""
    facts = []
    for i, (stt, name, march, april, rank, grade) in enumerate(_DISTRICTS_717):
        tail = (_DISTRICTS_717[i + 1][0] + "\n" + _DISTRICTS_717[i + 1][1] if i + 1 < len(_DISTRICTS_717)
                else "Có 04/08 huyện")
        row = [march, april, rank, grade]
        who = {"subject": ANY if stt == "" else name, "level": "huyện"}
        for k, (raw, kind, as_of) in enumerate(((march, P, _MAR_2025), (april, P, "period"), (rank, R, "period"))):
            if raw == "-":
                continue
            context = "\n" + "\n".join(row[k:]) + "\n" + tail
            facts.append(F(context, raw, _num(raw), "hạng" if kind == R else "điểm", kind, as_of=as_of, code=ANY,
                           extra=TAB, **who))
    return facts


_GROUPS_717 = [
    ("là 16,52/18", "16,52/18", "766.cong_khai"),
    ("; 18,94/20", "18,94/20", "766.tien_do"),
    ("; 9,26/12", "9,26/12", "766.dvctt"),
    ("; 6,48/10", "6,48/10", "766.thanh_toan"),
    ("; 16,72/18 và", "16,72/18", "766.hai_long"),
    ("và 15,82/22", "15,82/22", "766.so_hoa"),
]

_NN = "Sở Nông nghiệp và Môi trường"

BLIND_717 = [
    # 1. the province's result of tháng 4/2025 (tháng 3/2025 dated 2025-03-31), the six groups after "lần lượt là"
    # ("sáu nhóm" in words no figure); the month's files, on time, overdue by level and one district, payment, digits
    F("đạt 83,74/100", "83,74/100", 83.74, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ 22/63", "22/63", 22, "hạng", R, max_value=63, code=_HANG, **_NULL),
    F("(tháng 3/2025: 82,16 điểm", "82,16", 82.16, "điểm", PR, max_value=100, as_of=_MAR_2025, code=_TONG, **_NULL),
    F("xếp thứ 27/63)", "27/63", 27, "hạng", PR, max_value=63, as_of=_MAR_2025, code=_HANG, **_NULL),
    F("tăng 1,58 điểm", "1,58", 1.58, "điểm", CH, code=_TONG, **_NULL),
    F("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG, **_NULL),
    *[F(context, raw, _num(raw.split("/")[0]), "điểm", max_value=_num(raw.split("/")[1]), code=code, **_NULL)
      for context, raw, code in _GROUPS_717],
    F("tiếp nhận 42.618 hồ sơ", "42.618", 42618, "hồ sơ", C, code=_TN, **_NULL),
    F("trực tuyến 27.412 hồ sơ", "27.412", 27412, "hồ sơ", C, code=_NOP, **_NULL),
    F("chiếm 64,32%", "64,32%", 64.32, "%", code=_NOP, **_NULL),
    F("đạt 98,74%", "98,74%", 98.74, "%", code=_DH, **_NULL),
    F("quá hạn 486 hồ sơ", "486", 486, "hồ sơ", C, code=_QH, **_NULL),
    F("cấp huyện 318 hồ sơ", "318", 318, "hồ sơ", C, code=_QH, **_CAP_HUYEN),
    F("Minh Hóa 96 hồ sơ", "96", 96, "hồ sơ", C, subject="UBND huyện Minh Hóa", level="huyện", code=_QH),
    F("đạt 49,36%", "49,36%", 49.36, "%", code=_TT, **_NULL),
    F("hồ sơ đạt 84,12%", "84,12%", 84.12, "%", code=_SH, **_NULL),
    # 2. the block of sở: its size, average and grades (`đơn vị`), the first and last as written
    F("(19 cơ quan)", "19", 19, "đơn vị", C, code=None, **_IN_TINH),
    F("bình quân đạt 87,24 điểm", "87,24", 87.24, "điểm", code=ANY, **_IN_TINH),
    F("12/19 cơ quan", "12/19", 12, "đơn vị", C, max_value=19, code=None, **_IN_TINH),
    F("06/19 cơ quan", "06/19", 6, "đơn vị", C, max_value=19, code=None, **_IN_TINH),
    F("01/19 cơ quan", "01/19", 1, "đơn vị", C, max_value=19, code=None, **_IN_TINH),
    F("(94,18 điểm)", "94,18", 94.18, "điểm", subject="Sở Tư pháp", level="tỉnh", code=ANY),
    F("(68,42 điểm)", "68,42", 68.42, "điểm", subject=_NN, level="tỉnh", code=ANY),
    F("giảm 3,16 điểm", "3,16", -3.16, "điểm", CH, subject=_NN, level="tỉnh", code=ANY),
    # 3. the districts: their number, the one-cell-per-line table, the count graded Tốt
    F("của 08 đơn vị", "08", 8, "đơn vị", C, code=None, **_CAP_HUYEN),
    *_districts_717(),
    F("Có 04/08 huyện", "04/08", 4, "huyện", C, max_value=8, code=None, **_IN_HUYEN),
    # 4. the communes (`xã`), their average and grades, the last one as written
    F("Bình quân 151 xã", "151", 151, "xã", C, code=None, **_IN_XA),
    F("đạt 76,38 điểm", "76,38", 76.38, "điểm", code=ANY, **_IN_XA),
    F("Tốt 38 xã", "38", 38, "xã", C, code=None, **_IN_XA),
    F("Khá 86 xã", "86", 86, "xã", C, code=None, **_IN_XA),
    F("Trung bình 27 xã", "27", 27, "xã", C, code=None, **_IN_XA),
    F("với 52,16 điểm", "52,16", 52.16, "điểm", subject="xã Trọng Hóa", level="xã", code=ANY),
    # 5. the third request's target of the districts for quý II (phone no figure)
    F("tối thiểu 55%", "55%", 55, "%", T, as_of="2025-06-30", code=_TT, **_IN_HUYEN),
]

# ------------------------------------------------------------ 718: Sở Khoa học và Công nghệ tỉnh Gia Lai, quý IV năm
# 2025 (PDF text: wrapped and hyphenated lines, footnotes ¹², a Markdown table by Sở)
_KHCN = "Sở Khoa học và Công nghệ"
_khcn = _by(_KHCN, "tỉnh")
_Q3_2025 = "2025-09-30"

# the Markdown table: (STT, body as written, TTHC, full-online TTHC, received files, online share)
_AGENCIES_718 = [
    ("1", "Sở Nông nghiệp và Môi trường", "312", "146", "28.614", "72,18"),
    ("2", "Sở Xây dựng", "198", "112", "9.846", "91,42"),
    ("3", "Sở Tài chính", "286", "178", "12.418", "96,84"),
    ("4", "Sở Tư pháp", "142", "84", "14.206", "68,36"),
    ("5", "Sở Y tế", "168", "96", "6.412", "88,14"),
    ("6", "Sở Công Thương", "124", "88", "4.126", "97,26"),
    ("7", "Sở Giáo dục và Đào tạo", "96", "52", "3.846", "94,12"),
    ("8", "Sở Nội vụ", "118", "64", "5.218", "86,72"),
    ("9", "Các cơ quan còn lại", "342", "164", "11.732", "82,46"),
    ("", "Tổng cộng cấp tỉnh", "1.786", "984", "96.418", "83,12"),
]


def _agencies_718() -> list[Fact]:
    """The Markdown table "| STT | Cơ quan | Số TTHC | Toàn trình | Tiếp nhận (hồ sơ) | Trực tuyến (%) |": each Sở as
    written, level tỉnh ("Các cơ quan còn lại" subject unchecked); the TTHC count code unchecked, the full-online
    TTHC, received files and online share their codes; "Tổng cộng cấp tỉnh" (empty STT) is `cấp tỉnh` (its 96.418
    repeats the prose)."""
    def who(stt: str, name: str) -> tuple[object, str]:
        return ("cấp tỉnh" if stt == "" else ANY if name == "Các cơ quan còn lại" else name), "tỉnh"
    return _table(_AGENCIES_718, _md_line, {9: "\nSở Tư pháp có tỷ lệ"}, who, ("TTHC", "TTHC", "hồ sơ", "%"),
                  lambda stt: (ANY, _TOAN, _TN, _NOP))


BLIND_718 = [
    # I. the communes, the network, documents (quý III năm 2025 dated 2025-09-30; codes unchecked), certificates
    F("có 135 đơn vị", "135", 135, "đơn vị", C, code=None, **_CAP_XA),
    F("(110 xã", "110", 110, "xã", C, code=None, **_IN_XA),
    F("25 phường)", "25", 25, "phường", C, code=None, **_IN_XA),
    F("135/135 xã", "135/135", 135, "xã", C, max_value=135, code=None, **_IN_XA),
    F("xử lý 1.246.812 văn bản", "1.246.812", 1246812, "văn bản", C, code=ANY, **_NULL),
    F("chiếm 98,46%", "98,46%", 98.46, "%", code=ANY, **_NULL),
    F("(quý III năm 2025: 97,12%)", "97,12%", 97.12, "%", PR, as_of=_Q3_2025, code=ANY, **_NULL),
    _khcn("cấp mới 2.418 chứng thư", "2.418", 2418, "chứng thư", C, code=ANY),
    F("có 18.642 chứng thư", "18.642", 18642, "chứng thư", C, code=ANY, **_NULL),
    # II. TTHC; files (quý III dated 2025-09-30) by level; online with the year's target (the period end)
    F("cung cấp 1.986 TTHC", "1.986", 1986, "TTHC", C, code=_TTHC, **_NULL),
    F("đó 1.142 TTHC", "1.142", 1142, "TTHC", C, code=_TOAN, **_NULL),
    F("chiếm 57,50%", "57,50%", 57.5, "%", code=_TOAN, **_NULL),
    F("tiếp nhận 386.412", "386.412", 386412, "hồ sơ", C, code=_TN, **_NULL),
    F("(quý III năm 2025: 352.118", "352.118", 352118, "hồ sơ", PR, as_of=_Q3_2025, code=_TN, **_NULL),
    F("tăng 34.294 hồ sơ", "34.294", 34294, "hồ sơ", CH, code=ANY, **_NULL),
    F("tăng 9,74%", "9,74%", 9.74, "%", CH, code=ANY, **_NULL),
    F("cấp tỉnh 96.418 hồ sơ", "96.418", 96418, "hồ sơ", C, code=_TN, **_CAP_TINH),
    F("cấp xã 289.994 hồ sơ", "289.994", 289994, "hồ sơ", C, code=_TN, **_CAP_XA),
    F("là 312.846", "312.846", 312846, "hồ sơ", C, code=_NOP, **_NULL),
    F("chiếm 80,96%", "80,96%", 80.96, "%", code=_NOP, target=80, stated_status="đạt", **_NULL),
    F("năm 2025 là 80%", "80%", 80, "%", T, code=_NOP, **_NULL),
    # the table; the Sở Tư pháp named after it
    *_agencies_718(),
    F("khối sở (68,36%)", "68,36%", 68.36, "%", subject="Sở Tư pháp", level="tỉnh", code=_NOP),
    F("(4.126 hồ sơ)", "4.126", 4126, "hồ sơ", C, subject="Sở Tư pháp", level="tỉnh", code=ANY),
    # III. payment ("68,42%¹": target in the footnote, unchecked), money, digitisation, reuse, e-results, accounts
    # ("kích hoạt²"), the communes' digital teams (`Tổ`); footnote ¹'s target
    F("toàn tỉnh đạt 68,42%", "68,42%", 68.42, "%", code=_TT, stated_status="chưa đạt", **_NULL),
    F("là 214,6 tỷ đồng", "214,6", 214.6, "tỷ đồng", code=ANY, **_NULL),
    F("đạt 91,26%", "91,26%", 91.26, "%", code=_SH, **_NULL),
    F("đạt 46,18%", "46,18%", 46.18, "%", code=_TSD, **_NULL),
    F("điện tử đạt 98,64%", "98,64%", 98.64, "%", code=_KQ, **_NULL),
    F("có 2.486.412 tài khoản", "2.486.412", 2486412, "tài khoản", C, code=_TK, **_NULL),
    F("đạt 81,46%", "81,46%", 81.46, "%", code=_TK, **_NULL),
    F("duy trì 1.846 Tổ", "1.846", 1846, "Tổ", C, code=None, **_IN_XA),
    F("với 9.412 thành viên", "9.412", 9412, "thành viên", C, code=ANY, **_IN_XA),
    F("dẫn 126.418 lượt", "126.418", 126418, "lượt", C, code=ANY, **_IN_XA),
    F("năm 2025 là 70%", "70%", 70, "%", T, code=_TT, **_NULL),
    # IV. the Sở's PAKN; the province's result of tháng 12/2025 (tháng 9/2025 dated 2025-09-30); the Sở's; blocks
    _khcn("tiếp nhận 64 PAKN", "64", 64, "PAKN", C, code=_PAKN_TN),
    _khcn("xử lý 61 PAKN", "61", 61, "PAKN", C, code=ANY),
    _khcn("đạt 95,31%", "95,31%", 95.31, "%", code=ANY),
    _khcn("03 PAKN đang", "03", 3, "PAKN", C, code=ANY),
    F("đạt 85,92/100", "85,92/100", 85.92, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ 12/34", "12/34", 12, "hạng", R, max_value=34, code=_HANG, **_NULL),
    F("(tháng 9/2025: 83,46 điểm", "83,46", 83.46, "điểm", PR, max_value=100, as_of=_Q3_2025, code=_TONG, **_NULL),
    F("18/34), tăng", "18/34", 18, "hạng", PR, max_value=34, as_of=_Q3_2025, code=_HANG, **_NULL),
    F("tăng 2,46 điểm", "2,46", 2.46, "điểm", CH, code=_TONG, **_NULL),
    F("tăng 6 bậc", "6", 6, "hạng", CH, code=_HANG, **_NULL),
    _khcn("đạt 92,64/100", "92,64/100", 92.64, "điểm", max_value=100, code=_TONG),
    _khcn("thứ 3/21 sở", "3/21", 3, "hạng", R, max_value=21, code=_HANG),
    F("đạt 88,12 điểm", "88,12", 88.12, "điểm", code=ANY, **_IN_TINH),
    F("đạt 81,36 điểm", "81,36", 81.36, "điểm", code=ANY, **_IN_XA),
    F("có 98/135 xã", "98/135", 98, "xã", C, max_value=135, code=None, **_IN_XA),
    # V. task 3's target of the communes for quý I ("tối thiểu\n70%": the context on one line); task 5's hamlets
    F("70% trong quý I năm 2026", "70%", 70, "%", T, as_of="2026-03-31", code=_TT, **_IN_XA),
    F("tại 14 thôn", "14", 14, "thôn", C, code=None, **_OPEN),
]

# ------------------------------------------------------------ 719: Sở Y tế tỉnh Tây Ninh, quý I năm 2026 (Word text:
# "•" and "▪" bullets, "[1] [2]" footnotes, page footers)
_SYT = "Sở Y tế"
_syt = _by(_SYT, "tỉnh")
_Q4_2025 = "2025-12-31"

# the "•" items by field: (context of the count, count, online share)
_FIELDS_719 = [
    ("dược: 2.846 hồ sơ", "2.846", "96,42"),
    ("chữa bệnh: 1.912 hồ sơ", "1.912", "84,36"),
    ("thực phẩm: 1.264 hồ sơ", "1.264", "92,18"),
    ("còn lại: 824 hồ sơ", "824", "83,74"),
]

# the "▪" items by facility: (name as written, visits, share)
_FACILITIES_719 = [
    ("Bệnh viện Đa khoa tỉnh Tây Ninh", "248.612", "99,12"),
    ("Bệnh viện Đa khoa Long An", "212.406", "98,74"),
    ("Bệnh viện Đa khoa khu vực Hậu Nghĩa", "86.218", "96,18"),
    ("Trung tâm Y tế khu vực Tân Châu", "64.126", "93,42"),
]


def _items_719() -> list[Fact]:
    """The "•" items by field (subject unchecked, level tỉnh; counts code unchecked, shares the online code) and the
    "▪" items by facility (as written, a proper name holding a place kept whole; level and codes unchecked)."""
    facts = []
    for context, count, share in _FIELDS_719:
        facts += [F(context, count, _num(count), "hồ sơ", C, code=ANY, **_IN_TINH),
                  F(f"trực tuyến {share}%", f"{share}%", _num(share), "%", code=_NOP, **_IN_TINH)]
    for name, visits, share in _FACILITIES_719:
        who = {"subject": name, "level": ANY}
        facts += [F(f"{name}: {visits} lượt", visits, _num(visits), "lượt", C, code=ANY, **who),
                  F(f"{visits} lượt, đạt {share}%", f"{share}%", _num(share), "%", code=ANY, **who)]
    return facts


BLIND_719 = [
    # I.1 the Sở's TTHC by level, full online
    _syt("thực hiện 186 TTHC", "186", 186, "TTHC", C, code=_TTHC),
    F("(cấp tỉnh 172 TTHC", "172", 172, "TTHC", C, code=ANY, **_CAP_TINH),
    F("cấp xã 14 TTHC)", "14", 14, "TTHC", C, code=ANY, **_CAP_XA),
    _syt("đó 118 TTHC", "118", 118, "TTHC", C, code=_TOAN),
    _syt("chiếm 63,44%", "63,44%", 63.44, "%", code=_TOAN),
    # I.2 files (quý IV năm 2025 dated 2025-12-31; the falls negative), online, the "•" items by field
    _syt("tiếp nhận 6.846 hồ sơ", "6.846", 6846, "hồ sơ", C, code=_TN),
    _syt("(quý IV năm 2025: 7.412", "7.412", 7412, "hồ sơ", PR, as_of=_Q4_2025, code=_TN),
    _syt("giảm 566 hồ sơ", "566", -566, "hồ sơ", CH, code=ANY),
    _syt("giảm 7,64%", "7,64%", -7.64, "%", CH, code=ANY),
    _syt("trực tuyến 6.214 hồ sơ", "6.214", 6214, "hồ sơ", C, code=_NOP),
    _syt("chiếm 90,77%", "90,77%", 90.77, "%", code=_NOP),
    # I.3 settled, on time, overdue with two fields' parts (subject unchecked), pending
    _syt("giải quyết 6.512 hồ sơ", "6.512", 6512, "hồ sơ", C, code=ANY),
    _syt("đúng hạn 6.486 hồ sơ", "6.486", 6486, "hồ sơ", C, code=_DH),
    _syt("đạt 99,60%", "99,60%", 99.6, "%", code=_DH),
    _syt("quá hạn 26 hồ sơ", "26", 26, "hồ sơ", C, code=_QH),
    F("(lĩnh vực dược 18 hồ sơ", "18", 18, "hồ sơ", C, code=_QH, **_IN_TINH),
    F("chữa bệnh 8 hồ sơ", "8", 8, "hồ sơ", C, code=_QH, **_IN_TINH),
    _syt("đang giải quyết 334 hồ sơ", "334", 334, "hồ sơ", C, code=ANY),
    # I.4 payment (quý IV dated 2025-12-31), money, digitisation, e-results
    _syt("đạt 86,14%", "86,14%", 86.14, "%", code=_TT),
    _syt("(quý IV năm 2025: 81,62%)", "81,62%", 81.62, "%", PR, as_of=_Q4_2025, code=_TT),
    _syt("tăng 4,52 điểm", "4,52", 4.52, "%", CH, code=ANY),
    _syt("là 3,46 tỷ đồng", "3,46", 3.46, "tỷ đồng", code=ANY),
    _syt("đạt 94,28%", "94,28%", 94.28, "%", code=_SH),
    _syt("94,28%; 100% kết quả", "100%", 100, "%", code=_KQ),
    # II. the sector's Đề án 06 across the province (subject and level unchecked; "[1]" no figure) and footnote [1]'s
    # previous (2025-12-31), the facilities, health records, certificates, hospitals, the communes' health stations
    F("VNeID: 1.846.215 lượt", "1.846.215", 1846215, "lượt", C, code=ANY, **_OPEN),
    F("chiếm 97,84%", "97,84%", 97.84, "%", code=ANY, **_OPEN),
    F("này đạt 95,16%", "95,16%", 95.16, "%", PR, as_of=_Q4_2025, code=ANY, **_OPEN),
    *_items_719(),
    F("cho 2.412.618 người", "2.412.618", 2412618, "người", C, code=ANY, **_OPEN),
    F("đạt 78,46%", "78,46%", 78.46, "%", code=ANY, **_OPEN),
    F("điện tử 6.412 giấy", "6.412", 6412, "giấy", C, code=ANY, **_OPEN),
    F("điện tử 2.146 giấy", "2.146", 2146, "giấy", C, code=ANY, **_OPEN),
    F("18/24 bệnh viện", "18/24", 18, "bệnh viện", C, max_value=24, code=None, **_OPEN),
    F("còn 06 bệnh viện", "06", 6, "bệnh viện", C, code=None, **_OPEN),
    F("96/96 trạm y tế", "96/96", 96, "trạm y tế", C, max_value=96, code=None, **_IN_XA),
    # III. PAKN, satisfaction; the Sở's 766 result of tháng 3/2026 ("89,36/100 điểm[2]"; tháng 12/2025 dated
    # 2025-12-31), footnote [2]'s target score (2026-12-31); the province
    _syt("tiếp nhận 38 PAKN", "38", 38, "PAKN", C, code=_PAKN_TN),
    _syt("xử lý 36/38 PAKN", "36/38", 36, "PAKN", C, max_value=38, code=ANY),
    _syt("đạt 94,74%", "94,74%", 94.74, "%", code=ANY),
    _syt("đạt 97,26%", "97,26%", 97.26, "%", code=_HL),
    _syt("đạt 89,36/100", "89,36/100", 89.36, "điểm", max_value=100, code=_TONG),
    _syt("thứ 7/19", "7/19", 7, "hạng", R, max_value=19, code=_HANG),
    _syt("(tháng 12/2025: 87,14 điểm", "87,14", 87.14, "điểm", PR, max_value=100, as_of=_Q4_2025, code=_TONG),
    _syt("thứ 10/19)", "10/19", 10, "hạng", PR, max_value=19, as_of=_Q4_2025, code=_HANG),
    F("đạt 84,62/100", "84,62/100", 84.62, "điểm", max_value=100, code=_TONG, **_NULL),
    F("thứ 16/34", "16/34", 16, "hạng", R, max_value=34, code=_HANG, **_NULL),
    _syt("từ 90 điểm", "90", 90, "điểm", T, as_of="2026-12-31", code=_TONG),
    # IV. task 1's files (a count repeated); task 3's target for quý II (phone no figure)
    F("dứt điểm 18 hồ sơ", "18", 18, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("tối thiểu 85%", "85%", 85, "%", T, as_of="2026-06-30", code=ANY, **_OPEN),
]

BLIND = {"715": BLIND_715, "716": BLIND_716, "717": BLIND_717, "718": BLIND_718, "719": BLIND_719}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "715": [
        ("2024-07-31", "day", "31/7/2024", "phương án đơn giản hóa", "Phòng Hành chính tư pháp"),
        ("2024-09-30", "quarter", "quý III năm 2024", "ứng dụng VNeID", "Phòng Hành chính tư pháp"),
        ("2024-08-15", "day", "ngày mười lăm tháng 8 năm 2024", "quy trình nội bộ", "Văn phòng Sở"),
        # "trong tháng\n10/2024": the month cut by the line's end
        ("2024-10-31", "month", "10/2024", "chứng thực điện tử", "Thanh tra Sở"),
        ("2024-12-31", "year", "năm 2024", "27 xã còn lại", "UBND các huyện, thị xã, thành phố"),
        # issued 04/7/2024: the first "ngày 20 hằng tháng" is 20/7/2024
        ("2024-07-20", "recurring", "20 hằng tháng", "gửi báo cáo kết quả", "Các phòng, đơn vị thuộc Sở"),
    ],
    "716": [
        ("2025-02-28", "day", "28/02/2025", "phân cấp, ủy quyền", "Văn phòng UBND tỉnh"),
        ("2025-06-30", "quarter", "quý II năm 2025", "hồ sơ nộp trực tuyến",
         "UBND các huyện Mèo Vạc, Đồng Văn và Hoàng Su Phì"),
        ("2025-04-30", "day", "ngày ba mươi tháng 4 năm 2025", "Kho dữ liệu số hóa dùng chung",
         "Sở Thông tin và Truyền thông"),
        ("2025-09-30", "month", "tháng 9/2025", "kiểm tra công tác cải cách hành chính", "Sở Nội vụ"),
        ("2025-12-31", "year", "năm 2025", "bưu điện văn hóa xã", "Bưu điện tỉnh Hà Giang"),
        # issued 09/01/2025: the first "ngày 15 hằng tháng" is 15/01/2025
        ("2025-01-15", "recurring", "15 hằng tháng", "gửi báo cáo kết quả giải quyết TTHC",
         "Các sở, ban, ngành, UBND các huyện, thành phố"),
    ],
    "717": [
        ("2025-05-31", "day", "31/5/2025", "chỉ tiêu bị trừ điểm", "Sở Nông nghiệp và Môi trường"),
        ("2025-05-20", "day", "ngày hai mươi tháng 5 năm 2025", "kế hoạch nâng điểm Bộ chỉ số",
         "UBND huyện Minh Hóa và UBND huyện Tuyên Hóa"),
        ("2025-06-30", "quarter", "quý II năm 2025", "thanh toán trực tuyến", "UBND các huyện, thị xã, thành phố"),
        ("2025-06-30", "month", "tháng 6/2025", "số hóa hồ sơ", "UBND các xã xếp loại Trung bình"),
        ("2025-12-31", "year", "năm 2025", "đồng bộ trạng thái hồ sơ", "Sở Khoa học và Công nghệ"),
        # issued 12/5/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/6/2025
        ("2025-06-05", "recurring", "05 hằng tháng", "báo cáo tự đánh giá", "Các cơ quan, địa phương"),
    ],
    "718": [
        ("2026-01-31", "day", "31/01/2026", "danh mục dữ liệu dùng chung", "Phòng Chuyển đổi số"),
        ("2026-02-25", "day", "ngày hai mươi lăm tháng 2 năm 2026", "chữ ký số từ xa", "Trung tâm Chuyển đổi số"),
        ("2026-03-31", "quarter", "quý I năm 2026", "thanh toán trực tuyến", "UBND các xã, phường"),
        ("2026-03-31", "month", "tháng 3/2026", "mạng truyền số liệu chuyên dùng", "Phòng Bưu chính, Viễn thông"),
        ("2026-12-31", "year", "năm 2026", "phủ sóng di động 4G", "Viettel Gia Lai"),
        # issued 08/01/2026: the first "ngày 25 hằng tháng" is 25/01/2026
        ("2026-01-25", "recurring", "25 hằng tháng", "báo cáo kết quả chuyển đổi số", "Các phòng, đơn vị thuộc Sở"),
    ],
    "719": [
        ("2026-04-30", "day", "30/4/2026", "hồ sơ quá hạn lĩnh vực dược", "Phòng Nghiệp vụ Dược"),
        ("2026-06-30", "day", "ngày ba mươi tháng 6 năm 2026", "bệnh án điện tử",
         "Bệnh viện Đa khoa khu vực Hậu Nghĩa và Trung tâm Y tế khu vực Tân Châu"),
        ("2026-06-30", "quarter", "quý II năm 2026", "sổ sức khỏe điện tử", "Các Trung tâm Y tế khu vực"),
        ("2026-05-31", "month", "tháng 5/2026", "Bộ phận Một cửa", "Văn phòng Sở"),
        ("2026-12-31", "year", "năm 2026", "giám định chi phí khám chữa bệnh", "Bảo hiểm xã hội tỉnh Tây Ninh"),
        # issued 07/4/2026: the first "ngày 22 hằng tháng" is 22/4/2026
        ("2026-04-22", "recurring", "22 hằng tháng", "gửi báo cáo kết quả thực hiện",
         "Các phòng chức năng, đơn vị trực thuộc"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META): 715 a Sở's report
# signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" (the running header's "Báo cáo số 1246/BC-STP ngày 04/7/2024" repeats the
# number and date); 716 a UBND tỉnh's report signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", its
# number and place-date on separate lines; 717 a Thông báo of the provincial office (the period "tháng 4 năm 2025"
# in its title), signed by a deputy chief; 718 and 719 Sở reports signed by deputy directors (the page footer after
# 719's signature is no signer).
META = {
    "715": {"doc_number": "1246/BC-STP", "doc_type": "Báo cáo", "issued_date": "2024-07-04",
            "province": "Tiền Giang", "period_label": "6 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-06-30", "signer": "Huỳnh Văn Thạnh"},
    "716": {"doc_number": "12/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-01-09",
            "province": "Hà Giang", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Hoàng Gia Long"},
    "717": {"doc_number": "86/TB-VPUBND", "doc_type": "Thông báo", "issued_date": "2025-05-12",
            "province": "Quảng Bình", "period_label": "tháng 4 năm 2025", "period_start": "2025-04-01",
            "period_end": "2025-04-30", "signer": "Trần Quốc Tuấn"},
    "718": {"doc_number": "38/BC-SKHCN", "doc_type": "Báo cáo", "issued_date": "2026-01-08",
            "province": "Gia Lai", "period_label": "quý IV năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-12-31", "signer": "Nguyễn Đình Phương"},
    "719": {"doc_number": "412/BC-SYT", "doc_type": "Báo cáo", "issued_date": "2026-04-07",
            "province": "Tây Ninh", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Trương Thị Mỹ Hạnh"},
}
