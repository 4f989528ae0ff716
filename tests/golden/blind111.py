"""Blind golden facts for corpus/blind111/630_ha_tinh.txt, 631_kien_giang.txt, 632_quang_nam.txt, 633_hue.txt and
634_an_giang.txt.

The five documents were written by the developers for a hundred-and-eleventh blind measurement (TEXT AS OCR AND OLD
CONVERTERS LEAVE IT, issuers and provinces not used recently: a UBND tỉnh's quarterly report scanned and OCR'd badly
in places, a Sở Lao động - Thương binh và Xã hội's annual report exported from Word with "[n]" footnotes, a Sở Du
lịch's half-year report whose table was exported as pipes without the outer pipes, a Công an thành phố's monthly
report whose figures sit in brackets after long labels, a Sở Khoa học và Công nghệ's Công văn on the 766 index;
periods quý III năm 2025, năm 2024, 6 tháng đầu năm 2024, tháng 02 năm 2026 and quý I năm 2026; not real documents),
and every row below was written by reading them, before any extraction, restoration or pipeline code was run on
them. They also serve as held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind108.py, blind107.py, blind106.py, blind105.py, blind16.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose, list and bracket counts are kind `count`; table cells are kind `value` even when they count (rank
cells kind `rank` without max_value; signed change cells kind `change`), with `extra={"source": "table"}`;
`as_of="period"` is the period's end; a table column dated before the period end keeps kind `value` with that date as
`as_of`; a change is dated with the figure it changes and a fall ("rút ngắn", "thấp hơn") is negative; a change in
"điểm phần trăm" is kind change in `%` with the number alone as raw. `ANY` leaves a field unchecked where the sentence
names no catalogued indicator (`None` where it clearly names none: counts of decisions, units, establishments,
hotels, scanners). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" the unit `PAKN`; a count of the files
(or PAKN) an indicator is computed on carries that indicator's code; "đã giải quyết" counts, pending files, money,
relative changes of counts and the files of one field have their code unchecked (a field's online share carries the
online code, as golden/blind103.py's 593). Counts of local units take the unit of their first unit word ("60/69 xa,
phuong", "18/102 xã, phường, đặc khu", "40/40 xã, phường" → `xã`), counts of "sở, ban, ngành" → `đơn vị`, at the level
of the bodies counted (subject unchecked); "toàn tỉnh có 69 đơn vị hành chính cấp xã (60 xã, 9 phường)" → `cấp xã`
(unit `đơn vị`) and its parts `xã`, `phường`, `đặc khu` (subject unchecked, level xã). A provincial body's own figures
naming no body are named by its kind, the province being the document's, level tỉnh: `Sở Lao động - Thương binh và Xã
hội`, `Sở Du lịch`, `Sở Khoa học và Công nghệ`; in the centrally-run city of Huế `Công an thành phố` (633, though its
header reads "CÔNG AN THÀNH PHỐ HUẾ"); a sentence naming the body in full keeps the same name; a proper name holding
a place is kept whole (`Trung tâm Dịch vụ việc làm Kiên Giang`). Province-wide figures ("toàn tỉnh", "trên địa bàn
tỉnh", "trên địa bàn thành phố", "tỉnh Hà Tĩnh đạt", "thành phố Huế") and the UBND tỉnh's own figures in its own
report (630) have subject NULL. A self-score carries its row's maximum; things counted take the noun as written
(`quyết định`, `đối tượng`, `người`, `thẻ`, `giấy phép`, `cơ sở`, `khách sạn`, `lượt`, `tài khoản`, `giao dịch`,
`chứng thư`, `máy quét`); money keeps the unit written (`tỷ đồng`, `triệu đồng`; code unchecked); durations `ngày`.
Numbers written in words are no figures ("hai cấp"). Dates, document numbers, cited decisions, plans and letters ("Quyet
dinh so 766/QD-TTg", "Cong van so 5127/VPCP-KSTT", "Kế hoạch số 12/KH-UBND", "Công văn số 2458/VP-KSTT", "Công văn số
1186/VP-KSTTHC", "Kế hoạch số 24/KH-UBND", "Quyết định số 318/QĐ-UBND"), the stated windows ("so lieu tu ngay 01/7/2025
den ngay 30/9/2025"), "từ ngày 01/7/2025", a data date ("ngày 30/6/2024"), the months labelling a bracket or a column
("tháng 02/2026:", "tháng 01/2026:", "Quý IV/2025"), "Đề án 06", "Bộ chỉ số 766", names holding numbers ("xa Son Kim 1",
"Công an xã A Lưới 2"), ages ("dan so tu 14 tuoi tro len", "trẻ em dưới 14 tuổi"), "muc do 2" and "mức độ 2" of the
identity accounts, "PC06" in a number and a name, "trong 6 tháng", star ratings ("01 khách sạn 5 sao, 06 khách sạn 4 sao
và 35 cơ sở hạng 1 đến 3 sao": the counts are figures, the stars are not), the footnote markers "[1]" … "[5]" and the
numbers opening the footnotes, section and item numbering ("I.", "1.", "Bảng 1.", "Bang 1."), the STT column, the
header's maximum "(tối đa 100)" (carried by the cells), phone numbers ("0239.3855.418", "0297.3862.174",
"0235.3812.567", "0234.3822.601", "0296.3852.318"), headings naming the next period ("V. NHIỆM VỤ QUÝ IV NĂM 2025", "V.
NHIỆM VỤ NĂM 2025", "IV. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024", "IV. NHIỆM VỤ THÁNG 3 NĂM 2026", "5. Đề xuất nhiệm vụ quý II
năm 2026": no deadlines) and years are not figures. OCR noise is no figure:
"So:" is "Số:", "quy III/2025" is "quý III năm 2025", "hd so" is "hồ sơ", "Ha Tlnh" is "Hà Tĩnh".

New in this set (the forms were not met in this shape before; the decisions are written here):
- A SCAN OCR'D BADLY IN PLACES (630): the header ("UY BAN NHAN DAN / TINH HA TINH", "So: 294/BC-UBND"), the opening
  paragraph, sections II and IV, the table's title and header, the "Noi nhan" line and one task lost their marks;
  section I, the place-date line, the title (but its "quy III/2025"), most of section III, the first group line, the
  sở block's sentence start, the table's rows and five of the six tasks kept them. Confused letters are kept as the
  OCR wrote them ("4.118 hd so", "tinh Ha Tlnh dat 86,34/100 diem"). Contexts are written as the file has them (mixed,
  some ASCII); subjects, units and metadata are the restored Vietnamese; the task and assignee of the one unmarked
  deadline are written unmarked (compared folded), its date words "quy IV nam 2025" likewise.
- A TABLE ALIGNED WITH RUNS OF SPACES (630): "STT   Co quan   Tiep nhan   Truc tuyen (%)   Dung han (%)   Qua han"
  then one row per agency with numbers right-aligned under their headers, no pipes and no tabs, the units stated in
  the sentence above it "(don vi tinh: ho so; ty le: %)": received (files code), online share (online code), on-time
  share (on-time code), overdue files (overdue code). Rows: agencies as written (`Sở Nông nghiệp và Môi trường`,
  `Công an tỉnh`, …, level tỉnh), "Các cơ quan còn lại" subject unchecked, "Cộng cấp tỉnh" (empty STT) `cấp tỉnh` (its
  received cell repeats the prose's "cap tinh 52.318"). A cell's context runs from the space before it to the end of
  its row and into the start of the next row.
- A WORD EXPORT WITH FOOTNOTES "[1]" … "[5]" (631): markers glued after a word or figure ("168 TTHC[1]", "quá hạn 96
  hồ sơ[2]", "96,42%[3]", "17 PAKN[4]", "tăng 5 bậc[5]"), the footnotes after the signature under a rule
  "________________". As golden/blind95.py's 553 and golden/blind103.py's 590, each footnote's figures are read as the
  sentence they annotate (same period, same body unless the footnote names a level): [1] TTHC by level (`cấp tỉnh`,
  `cấp huyện`, `cấp xã`, code unchecked), [2] overdue files by field (subject unchecked, level tỉnh, overdue code),
  [3] the digitisation shares by level (the digitisation code), [4] the PAKN by channel (the Sở's, code unchecked), [5]
  the Sở's six group scores with their maxima. The same report has a TAB-SEPARATED table by field.
- PIPES WITHOUT THE OUTER PIPES AND WITHOUT A SEPARATOR LINE (632): "STT | Lĩnh vực | Tiếp nhận (hồ sơ) | …" then "1 |
  Lữ hành | 214 | 209 | 97,66 | 99,53", the total row " | Tổng cộng | 1.076 | …" (an empty STT leaves a leading
  space). The header line is no data row. Fields subject unchecked, level tỉnh; "Tổng cộng" the Sở (it repeats the
  prose); a "100" cell is a figure. A row's last cell ends at the end of the line.
- FIGURES IN BRACKETS AFTER LONG LABELS (633): "- Tổng số hồ sơ thủ tục hành chính tiếp nhận trong tháng (tổng số:
  13.918; trực tuyến: 12.046; trực tiếp: 1.872)." — each "name: number" inside the bracket is one figure named by the
  label and its own word (total → files code, "trực tuyến" → online code, "trực tiếp" → the direct channel's code),
  unit from the label ("hồ sơ") or the number's sign; "(tháng 02/2026: 86,55%; tháng 01/2026: 84,12%)" the month's
  value and the previous month's (kind previous, dated 2026-01-31); "(99,90%)", "(1,62 tỷ đồng)" a lone figure of the
  label; "(6.215/7.108 hồ sơ, đạt 87,44%)" a count with its base (max 7108); "(89,42/100 điểm; xếp thứ 3/15 sở, ban,
  ngành; tháng 01/2026: 87,16 điểm, xếp thứ 6/15)" the score, rank and the previous month's score and rank. The
  lines by field "- Đăng ký, quản lý cư trú (tiếp nhận: 6.418 hồ sơ; trực tuyến: 6.102 hồ sơ; tỷ lệ: 95,08%)." are
  the Công an's fields (subject unchecked, level tỉnh). "(lũy kế: 812.406 tài khoản; đạt 71,26% dân số)" the city's
  accounts at the period end (subject NULL, accounts code).

Per document:
- 630 is a quarterly Báo cáo of UBND tỉnh Hà Tĩnh (not merged in 2025; 69 đơn vị hành chính cấp xã) to the Văn phòng
  Chính phủ, quý III năm 2025, issued 08/10/2025, ranks /34. TTHC "1.986 TTHC (cấp tỉnh 1.612 TTHC, cấp xã 374 TTHC) …
  1.108 TTHC …, chiếm 55,79%" (province NULL, then the levels; the levels' counts code unchecked), "14 quyết định … 212
  TTHC" (subject and level unchecked); files "186.412 ho so (quy II/2025: 171.905 ho so), tang 14.507 ho so; … cap tinh
  52.318 ho so, cap xa 134.094 ho so" (previous dated 2025-06-30), online, settled, "ty le ho so dung han dat 97,2%",
  overdue "5.036 ho so (chiem 2,8%)" with the land field's "(4.118 hd so)" (subject and level unchecked: the field at
  both levels), pending; the space-aligned table (above); "60/69 xa, phuong giai quyet 100% ho so dung han" (the count
  `xã`; the 100% of those communes: subject unchecked, level xã, on-time code), the two lowest communes in brackets
  (restored names, level xã). Payment "68,45%; chỉ tiêu UBND tỉnh giao năm 2025 là 70%, chưa đạt chỉ tiêu" (target
  dated 2025-12-31), "21,36 ty dong", digitisation "91,84%, tang 4,12 diem phan tram so voi quy II/2025 (87,72%)",
  e-results, reuse, accounts "892.416 … 68,5%" (accounts code). PAKN "126 … 118 … 93,65%", satisfaction "95,8%"; the
  province's `86,34/100`, `9/34` "(quy II/2025: 84,12 diem, xep thu 13/34), tang 2,22 diem va tang 4 bac" and its six
  groups in a dash list; block averages (subject unchecked; tỉnh, xã); grades "12/19 so, ban, nganh" (`đơn vị`, level
  tỉnh), "21/69 xa, phuong", "03 xa, phuong" (`xã`). Task 1's "1.064 hồ sơ" and task 3's "212 TTHC" counts repeated;
  task 2's "cua cap xa dat toi thieu 70% trong quy IV nam 2025" cấp xã's target (dated 2025-12-31, payment code). Six
  deadlines: day, quarter (the OCR'd line, with the target), "chậm nhất" day in words "ngày mười lăm tháng 11 năm
  2025", month, year in a request "Đề nghị Bưu điện tỉnh …", "trước ngày 20 hằng tháng" (issued 08/10/2025: first
  20/10/2025).
- 631 is an annual Báo cáo of the Sở Lao động - Thương binh và Xã hội tỉnh Kiên Giang (before the merger; header
  "UBND TỈNH KIÊN GIANG / SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", number "05/BC-SLĐTBXH"), năm 2024, issued 08/01/2025,
  ranks /63 and /20. The Sở's figures: "09 quyết định", "168 TTHC …; trong đó 94 TTHC …, chiếm 55,95%, và 74 TTHC";
  files "(năm 2023: 21.406 hồ sơ), tăng 3.212 hồ sơ, tương ứng tăng 15,01%" (previous dated 2023-12-31), online,
  settled, "trước hạn và đúng hạn 24.306 hồ sơ, đạt 99,61%" (on-time code), overdue, "6,8 ngày/hồ sơ, rút ngắn 1,4
  ngày"; the tab-separated table by field (received, online, online share, overdue with one "0"
  cell; "Tổng cộng" with an empty STT = the Sở); payment "1.512 hồ sơ …, đạt 81,91%; so với chỉ tiêu UBND tỉnh giao
  năm 2024 là 80% thì Sở đã đạt chỉ tiêu" (target at the period end), digitisation, reuse. The province's cashless
  allowances "Trên địa bàn tỉnh … 38.426 đối tượng, chiếm 52,18% tổng số đối tượng (73.641 đối tượng); … 12.815 người,
  chiếm 61,24%" (subject NULL, codes unchecked); the Trung tâm's unemployment benefits "9.214 người … 186,42 tỷ đồng;
  100% hồ sơ …" (`Trung tâm Dịch vụ việc làm Kiên Giang`, level tỉnh). PAKN "17 … 17/17 …, đạt 100%", satisfaction
  "98,72%"; the Sở named in full `87,46/100`, `6/20` "(năm 2023: 83,18 điểm, xếp thứ 11/20), tăng 4,28 điểm và tăng 5
  bậc"; the province `82,15/100`, `27/63`. Task 3's "74 TTHC" a count repeated; task 2's "nâng tỷ lệ chi trả trợ cấp
  xã hội không dùng tiền mặt trên địa bàn tỉnh đạt tối thiểu 65% trong quý II năm 2025" the province's target
  (subject NULL, dated 2025-06-30). Six deadlines: day, quarter (with the target), "chậm nhất" day in words "ngày hai
  mươi tháng 02 năm 2025", month for the Trung tâm, year in a request "Đề nghị Sở Thông tin và Truyền thông …",
  "trước ngày 10 hằng tháng" (issued 08/01/2025: first 10/01/2025).
- 632 is a half-year Báo cáo of the Sở Du lịch tỉnh Quảng Nam (before the merger; header "UBND TỈNH QUẢNG NAM / SỞ DU
  LỊCH", number "412/BC-SDL", signed by a deputy director), 6 tháng đầu năm 2024, issued 05/7/2024, ranks /63 and /21.
  The Sở's figures: "38 TTHC … 31 TTHC", files "1.076 hồ sơ (6 tháng đầu năm 2023: 894 hồ sơ), tăng 182 hồ sơ"
  (previous dated 2023-06-30), online "1.042 hồ sơ, chiếm 96,84%", settled, on time, overdue "04 hồ sơ, chiếm 0,37%",
  "3,2 ngày/hồ sơ"; the pipe table (above); guide cards "318 thẻ … (nội địa 204 thẻ, quốc tế 114 thẻ) … 276 thẻ"
  (`thẻ`), "26 giấy phép … (quốc tế 09 giấy phép, nội địa 17 giấy phép)", "42 cơ sở lưu trú du lịch" (the Sở's,
  code None) with its breakdown by hotel class (subject and level unchecked, code None; stars no figures). Payment
  "296 hồ sơ …, đạt 77,08%; so với chỉ tiêu UBND tỉnh giao năm 2024 là 80% thì Sở chưa đạt chỉ tiêu" (target dated
  2024-12-31, after the period end), "612,5 triệu đồng", digitisation, e-results "100%", reuse; the province's lodging
  "1.126/1.384 cơ sở …, đạt 81,36%" (subject NULL; the count code None, the share unchecked), "48.215 lượt tải" (an
  app's: subject and level unchecked). PAKN "08 … 08/08", satisfaction "97,3%"; the Sở named in full `88,64/100`,
  `5/21`, "tăng 2,72 điểm so với năm 2023 (85,92 điểm)" (the previous year's score dated 2023-12-31, max 100); block
  averages (subject unchecked; tỉnh, huyện), "07/21 sở, ban, ngành" (`đơn vị`, level tỉnh); the province
  `80,36/100`, `31/63`. Task 1's "05 TTHC" a count; task 2's "nâng tỷ lệ hồ sơ lĩnh vực lưu trú du lịch nộp trực tuyến
  đạt tối thiểu 95% trong quý III năm 2024" the field's target (subject unchecked, level tỉnh, dated 2024-09-30). Six
  deadlines: day, quarter (with the target), "chậm nhất" day in words "ngày ba mươi tháng 8 năm 2024", month, year
  "trong năm 2025" in a request "Đề nghị Công an tỉnh …", "trước ngày 15 hằng tháng" (issued 05/7/2024: first
  15/7/2024).
- 633 is a monthly Báo cáo of the Công an thành phố Huế (a centrally-run city since 2025, not merged; header "BỘ CÔNG
  AN / CÔNG AN THÀNH PHỐ HUẾ", number "286/BC-CATP-PC06", signed "GIÁM ĐỐC / Đại tá Hoàng Văn Lâm") to UBND thành phố
  and its Đề án 06 board, tháng 02 năm 2026, issued 04/3/2026, ranks /34 and /15. The bracketed figures (above); the
  city's communes "40 đơn vị hành chính cấp xã (19 phường, 21 xã); Công an 40/40 xã, phường" (`cấp xã`, `phường`,
  `xã`); a MARKDOWN TABLE of the communes' residence files (one field: codes unchecked; a commune's police as written,
  level xã; "Các đơn vị còn lại" subject unchecked; "Tổng cộng" with an empty STT the Công an thành phố, repeating the
  residence line). Đề án 06: accounts (city NULL), identity-card applicants "(tổng số: 3.862 người; trong đó trẻ em
  dưới 14 tuổi: 1.246 người)" (the Công an's, `người`, codes unchecked), patients' visits with the card "trên địa
  bàn thành phố (tháng 02/2026: 186.412 lượt; tăng 12.518 lượt so với tháng 01/2026)" (subject NULL; the month's own
  count at the period end, its rise a change), "(64/64 cơ sở, đạt 100%)" (the facilities: subject and level
  unchecked). PAKN "(tiếp nhận: 11 PAKN; đã xử lý: 11 PAKN; tỷ lệ: 100%)", satisfaction "(97,64%)"; the Công an's
  `89,42/100`, `3/15` (previous month 2026-01-31); the city's `87,18/100`, `6/34` (subject NULL). Task 1's "14 hồ
  sơ" and task 3's "40 xã" counts repeated; task 2's "của mỗi xã đạt tối thiểu 90% trong quý II năm 2026" each named
  commune's target (subject unchecked, level xã, dated 2026-06-30). Six deadlines: day, quarter for two named
  communes' police (with the target), "chậm nhất" day in words "ngày ba mươi mốt tháng 3 năm 2026", month, year in a
  request "Đề nghị Sở Y tế …", "trước ngày 25 hằng tháng" (issued 04/3/2026: first 25/3/2026).
- 634 is a Công văn of the Sở Khoa học và Công nghệ tỉnh An Giang (merged with Kiên Giang; header "UBND TỈNH AN
  GIANG / SỞ KHOA HỌC VÀ CÔNG NGHỆ", number "512/SKHCN-CĐS", a "V/v" line naming the quarter, no title) to UBND tỉnh,
  quý I năm 2026, issued 10/4/2026. The province (NULL): `84,56/100`, `14/34` "(quý IV năm 2025: 82,08 điểm, xếp thứ
  19/34), tăng 2,48 điểm và tăng 5 bậc" (previous dated 2025-12-31), its six groups after "lần lượt là" ("17,28/18;
  18,86/20; … và 15,22/22 điểm": each with its maximum), files by level, "72,46%, so với chỉ tiêu năm 2026 là 80% thì
  chưa đạt chỉ tiêu" (target dated 2026-12-31), on time, payment. The sở block's average (subject unchecked, level
  tỉnh), "06/19 … 02/19 sở, ban, ngành" (`đơn vị`); a MARKDOWN TABLE of the first and last agencies: total score (max
  100 from the header "Tổng điểm (tối đa 100)"), rank (kind rank, no max), the "Quý IV/2025" column (kind value dated
  2025-12-31, max 100) and the signed change ("+2,92", "-0,24": kind change at the period end); rows as written, level
  tỉnh (the Sở's own row too). "Sở Nông nghiệp và Môi trường có 2.846 hồ sơ quá hạn, chiếm 8,62% …" (as written,
  overdue code). The communes: "102 đơn vị hành chính cấp xã (85 xã, 14 phường, 3 đặc khu)", their block average
  "78,34 điểm, thấp hơn khối sở, ban, ngành 8,78 điểm" (a negative change against the other block, level xã),
  "18/102 … 14/102 xã, phường, đặc khu" (`xã`), cấp xã's online share "68,92%" and the two lowest in brackets
  ("đặc khu Thổ Châu", "xã Vĩnh Gia", level xã). The province's platform "1.284.306 giao dịch …, tăng 18,4% so với quý
  IV năm 2025" (NULL), "18.642 chứng thư" (NULL), "98,12%" of signed documents (subject and level unchecked: "của các
  cơ quan hành chính"), the Sở's "204 máy quét" and "102 xã, phường, đặc khu" (`xã`). Task 1's "2.846 hồ sơ" a count
  repeated; task 2's "của cấp xã đạt tối thiểu 75% trong quý II năm 2026" cấp xã's target (dated 2026-06-30, online
  code). Six deadlines: day, quarter (with the target), "chậm nhất" day in words "ngày mười lăm tháng 5 năm 2026",
  month, year in a request "Đề nghị Viễn thông An Giang …", "trước ngày 05 hằng tháng" (issued 10/4/2026, after the
  5th: first 05/5/2026).

Unsure readings (fields left `ANY`): the subject of the Chủ tịch UBND tỉnh's decisions and the TTHC they announce
(630; the province or UBND tỉnh as a body); the land field's overdue part "(4.118 hd so)" (630; both levels); the
subject of 632's hotel classes and of the app's downloads; 633's facilities "(64/64 cơ sở, đạt 100%)" (health
facilities, no one body); 634's signed-document share ("của các cơ quan hành chính"). The codes of 633's
communes' residence table are left unchecked (one field's files), as are the codes of every field row in prose. A
star rating (632) is read as a class, not a figure: a reader who counts "5 sao" as a figure disagrees with this file.
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
_TIME = "766.tien_do.thoi_gian"
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_GROUPS = ("766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.hai_long", "766.so_hoa")
_MAXIMA = (18, 20, 12, 10, 18, 22)
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_HUYEN = {"subject": ANY, "level": "huyện"}
_IN_XA = {"subject": ANY, "level": "xã"}
_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_XA = {"subject": "cấp xã", "level": "xã"}

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


def _rows(rows: list[tuple[str, str]], line_of, after_last: str, make_row) -> list[Fact]:
    """A table in order, each row `(label, raws)` written by `line_of(label, raws)`; each row's context runs into the
    start of the next row's line, the last row's into the text after the table."""
    facts = []
    for i, (label, raws) in enumerate(rows):
        after = line_of(*rows[i + 1])[:24] if i + 1 < len(rows) else after_last
        facts += make_row(label, raws, line_of(label, raws), after)
    return facts


# ------------------------------------------------------------ 630: UBND tỉnh Hà Tĩnh, quý III/2025, OCR'd in places
_Q2_2025 = "2025-06-30"
_Y2025 = "2025-12-31"

_ROWS_630 = [  # (line as the OCR laid it out: columns aligned with runs of spaces, raws)
    ("1     Sở Nông nghiệp và Môi trường        14.628            62,41          92,36     1.064",
     "14.628 62,41 92,36 1.064"),
    ("2     Sở Xây dựng                          6.215            96,18          99,12        38",
     "6.215 96,18 99,12 38"),
    ("3     Công an tỉnh                        18.406            88,75          99,86        12",
     "18.406 88,75 99,86 12"),
    ("4     Sở Tư pháp                           4.862            97,04          99,55         9",
     "4.862 97,04 99,55 9"),
    ("5     Sở Tài chính                         3.126            99,20          99,74         4",
     "3.126 99,20 99,74 4"),
    ("6     Các cơ quan còn lại                  5.081            91,32          99,06        26",
     "5.081 91,32 99,06 26"),
    ("      Cộng cấp tỉnh                       52.318            83,91          97,85     1.153",
     "52.318 83,91 97,85 1.153"),
]


def _line_630(line: str, _raws: str) -> str:
    """The row as written in the file."""
    return line


def _row_630(label: str, raws: str, line: str, after: str) -> list[Fact]:
    """One row of Bảng 1 (units from "(don vi tinh: ho so; ty le: %)"): received (files code), online share (online
    code), on-time share (on-time code), overdue files (overdue code). An agency as written, level tỉnh; "Các cơ quan
    còn lại" subject unchecked; "Cộng cấp tỉnh" is `cấp tỉnh`."""
    name = label[6:label.index("  ", 6)]
    subject = "cấp tỉnh" if name == "Cộng cấp tỉnh" else ANY if name.startswith("Các") else name
    received, online, on_time, overdue = raws.split()
    return _cells(line, " ", after, subject, "tỉnh", [
        (received, "hồ sơ", P, _TN, "period", None), (online, "%", P, _NOP, "period", None),
        (on_time, "%", P, _DH, "period", None), (overdue, "hồ sơ", P, _QH, "period", None)])


def _group_630(written: str, raw: str, i: int) -> Fact:
    """One dash line "- <group>: x/max diem;" of the province's group scores."""
    return F(f"{written}: {raw}", raw, _num(raw.split("/")[0]), "điểm", max_value=_MAXIMA[i], code=_GROUPS[i])


BLIND_630 = [
    # I. (a line that kept its marks; 766/QD-TTg, 5127/VPCP-KSTT, the window and "01/7/2025" no figures)
    F("tỉnh có 69 đơn vị", "69", 69, "đơn vị", C, code=None, **_XA),
    F("(60 xã", "60", 60, "xã", C, code=None, **_IN_XA),
    F(", 9 phường)", "9", 9, "phường", C, code=None, **_IN_XA),
    F("là 1.986 TTHC", "1.986", 1986, "TTHC", C, code=_TTHC),
    F("(cấp tỉnh 1.612 TTHC", "1.612", 1612, "TTHC", C, code=ANY, **_TINH),
    F("cấp xã 374 TTHC)", "374", 374, "TTHC", C, code=ANY, **_XA),
    F("đó 1.108 TTHC", "1.108", 1108, "TTHC", C, code=_TOAN),
    F("chiếm 55,79%", "55,79%", 55.79, "%", code=_TOAN),
    F("ban hành 14 quyết định", "14", 14, "quyết định", C, code=None, **_OPEN),
    F("danh mục 212 TTHC", "212", 212, "TTHC", C, code=ANY, **_OPEN),
    # II. (OCR'd without marks; "quy II/2025" dated 2025-06-30; "hd so" is "hồ sơ")
    F("tiep nhan 186.412", "186.412", 186412, "hồ sơ", C, code=_TN),
    F("(quy II/2025: 171.905", "171.905", 171905, "hồ sơ", PR, as_of=_Q2_2025, code=_TN),
    F("tang 14.507", "14.507", 14507, "hồ sơ", CH, code=ANY),
    F("cap tinh 52.318", "52.318", 52318, "hồ sơ", C, code=_TN, **_TINH),
    F("cap xa 134.094", "134.094", 134094, "hồ sơ", C, code=_TN, **_XA),
    F("la 148.236", "148.236", 148236, "hồ sơ", C, code=_NOP),
    F("chiem 79,52%", "79,52%", 79.52, "%", code=_NOP),
    F("Da giai quyet 179.864", "179.864", 179864, "hồ sơ", C, code=ANY),
    F("dung han dat 97,2%", "97,2%", 97.2, "%", code=_DH),
    F("qua han 5.036", "5.036", 5036, "hồ sơ", C, code=_QH),
    F("(chiem 2,8%)", "2,8%", 2.8, "%", code=_QH),
    F("(4.118 hd so)", "4.118", 4118, "hồ sơ", C, code=_QH, **_OPEN),
    F("Con 6.548 ho so", "6.548", 6548, "hồ sơ", C, code=ANY),
    # Bảng 1 (columns aligned with runs of spaces)
    *_rows(_ROWS_630, _line_630, "\n4. Cap xa", _row_630),
    F("co 60/69 xa", "60/69", 60, "xã", C, max_value=69, code=None, **_IN_XA),
    F("giai quyet 100%", "100%", 100, "%", code=_DH, **_IN_XA),
    F("Son Kim 1 (81,4%)", "81,4%", 81.4, "%", subject="xã Sơn Kim 1", level="xã", code=_DH),
    F("Ky Lac (84,6%)", "84,6%", 84.6, "%", subject="xã Kỳ Lạc", level="xã", code=_DH),
    # III. payment against the 2025 target, digitisation (quy II/2025 dated 2025-06-30), accounts
    F("toàn tỉnh đạt 68,45%", "68,45%", 68.45, "%", code=_TT, target=70, stated_status="chưa đạt"),
    F("năm 2025 là 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
    F("la 21,36 ty dong", "21,36", 21.36, "tỷ đồng", code=ANY),
    F("dat 91,84%", "91,84%", 91.84, "%", code=_SH),
    F("tang 4,12 diem", "4,12", 4.12, "%", CH, code=_SH),
    F("(87,72%)", "87,72%", 87.72, "%", PR, as_of=_Q2_2025, code=_SH),
    F("dien tu dat 98,9%", "98,9%", 98.9, "%", code=_KQ),
    F("moi dat 42,6%", "42,6%", 42.6, "%", code=_TSD),
    F("co 892.416 tai khoan", "892.416", 892416, "tài khoản", C, code=_TK),
    F("dat 68,5%", "68,5%", 68.5, "%", code=_TK),
    # IV. PAKN, satisfaction, the province's 766 result ("Ha Tlnh" is "Hà Tĩnh"), groups, blocks, grades
    F("tiep nhan 126 PAKN", "126", 126, "PAKN", C, code=_PAKN_TN),
    F("xu ly 118 PAKN", "118", 118, "PAKN", C, code=_PAKN_XL),
    F("dat 93,65%", "93,65%", 93.65, "%", code=_PAKN_TL),
    F("dat 95,8%", "95,8%", 95.8, "%", code=_HL),
    F("dat 86,34/100", "86,34/100", 86.34, "điểm", max_value=100, code=_TONG),
    F("xep thu 9/34", "9/34", 9, "hạng", R, max_value=34, code=_HANG),
    F("84,12 diem", "84,12", 84.12, "điểm", PR, max_value=100, as_of=_Q2_2025, code=_TONG),
    F("xep thu 13/34", "13/34", 13, "hạng", PR, max_value=34, as_of=_Q2_2025, code=_HANG),
    F("tang 2,22 diem", "2,22", 2.22, "điểm", CH, code=_TONG),
    F("tang 4 bac", "4", 4, "hạng", CH, code=_HANG),
    _group_630("- Công khai, minh bạch", "17,46/18", 0),
    _group_630("ket qua giai quyet", "18,92/20", 1),
    _group_630("dich vu truc tuyen", "9,86/12", 2),
    _group_630("- Thanh toan truc tuyen", "6,84/10", 3),
    _group_630("- Muc do hai long", "17,12/18", 4),
    _group_630("- So hoa ho so", "16,14/22", 5),
    F("bình quân 88,16 điểm", "88,16", 88.16, "điểm", code=_TONG, **_IN_TINH),
    F("binh quan 79,42", "79,42", 79.42, "điểm", code=_TONG, **_IN_XA),
    F("Co 12/19 so", "12/19", 12, "đơn vị", C, max_value=19, code=None, **_IN_TINH),
    F("va 21/69 xa", "21/69", 21, "xã", C, max_value=69, code=None, **_IN_XA),
    F("; 03 xa", "03", 3, "xã", C, code=None, **_IN_XA),
    # V. a count repeated, cấp xã's target for quý IV (dated 2025-12-31), a count of TTHC (phone number no figure)
    F("dứt điểm 1.064 hồ sơ", "1.064", 1064, "hồ sơ", C, code=ANY, **_OPEN),
    F("toi thieu 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT, **_XA),
    F("của 212 TTHC", "212", 212, "TTHC", C, code=ANY, **_OPEN),
]

# ------------------------------------------------------------ 631: Sở LĐTBXH tỉnh Kiên Giang, năm 2024, footnotes
_SLD = "Sở Lao động - Thương binh và Xã hội"
_sld = _by(_SLD, "tỉnh")
_Y2023 = "2023-12-31"
_Y2024 = "2024-12-31"
_TTDVVL = "Trung tâm Dịch vụ việc làm Kiên Giang"

_ROWS_631 = [
    ("1|Việc làm", "9.846 9.702 98,54 0"),
    ("2|Người có công", "5.214 4.186 80,28 58"),
    ("3|Bảo trợ xã hội", "6.418 5.102 79,50 31"),
    ("4|Lao động, tiền lương và an toàn lao động", "1.926 1.902 98,75 4"),
    ("5|Giáo dục nghề nghiệp và các lĩnh vực khác", "1.214 1.054 86,82 3"),
    ("|Tổng cộng", "24.618 21.946 89,15 96"),
]


def _line_631(label: str, raws: str) -> str:
    """The row as the Word export wrote it: tab-separated."""
    return "\t".join([*label.split("|"), *raws.split()])


def _row_631(label: str, raws: str, line: str, after: str) -> list[Fact]:
    """One row of Bảng 1: received (files code), online files and share (online code), overdue (overdue code). A
    field: subject unchecked, level tỉnh; "Tổng cộng" (empty STT) the Sở (it repeats the prose)."""
    subject = _SLD if label.startswith("|") else ANY
    received, online, share, overdue = raws.split()
    return _cells(line, "\t", after, subject, "tỉnh", [
        (received, "hồ sơ", P, _TN, "period", None), (online, "hồ sơ", P, _NOP, "period", None),
        (share, "%", P, _NOP, "period", None), (overdue, "hồ sơ", P, _QH, "period", None)])


def _group_631(written: str, raw: str, i: int) -> Fact:
    """One group score in footnote [5] (the Sở's, with its maximum)."""
    return _sld(f"{written} {raw}", raw, _num(raw.split("/")[0]), "điểm", max_value=_MAXIMA[i], code=_GROUPS[i])


BLIND_631 = [
    # I. (12/KH-UBND, 2458/VP-KSTT cited); footnote marker [1] no figure
    _sld("ban hành 09 quyết định", "09", 9, "quyết định", C, code=None),
    _sld("thực hiện 168 TTHC", "168", 168, "TTHC", C, code=_TTHC),
    _sld("đó 94 TTHC", "94", 94, "TTHC", C, code=_TOAN),
    _sld("chiếm 55,95%", "55,95%", 55.95, "%", code=_TOAN),
    _sld("và 74 TTHC", "74", 74, "TTHC", C, code=_MOT),
    # II. files (năm 2023 dated 2023-12-31)
    _sld("tiếp nhận 24.618", "24.618", 24618, "hồ sơ", C, code=_TN),
    _sld("(năm 2023: 21.406", "21.406", 21406, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    _sld("tăng 3.212", "3.212", 3212, "hồ sơ", CH, code=ANY),
    _sld("tăng 15,01%", "15,01%", 15.01, "%", CH, code=ANY),
    _sld("trực tuyến 21.946", "21.946", 21946, "hồ sơ", C, code=_NOP),
    _sld("chiếm 89,15%", "89,15%", 89.15, "%", code=_NOP),
    _sld("giải quyết 24.402", "24.402", 24402, "hồ sơ", C, code=ANY),
    _sld("đúng hạn 24.306", "24.306", 24306, "hồ sơ", C, code=_DH),
    _sld("đạt 99,61%", "99,61%", 99.61, "%", code=_DH),
    _sld("quá hạn 96 hồ sơ", "96", 96, "hồ sơ", C, code=_QH),
    _sld("bình quân 6,8 ngày", "6,8", 6.8, "ngày", code=_TIME),
    _sld("rút ngắn 1,4 ngày", "1,4", -1.4, "ngày", CH, code=_TIME),
    # Bảng 1 (tab-separated, by field)
    *_rows(_ROWS_631, _line_631, "\nIII. THANH TOÁN", _row_631),
    # III. payment against the 2024 target (at the period end), digitisation, the province's cashless allowances
    _sld("Có 1.846 hồ sơ", "1.846", 1846, "hồ sơ", C, code=ANY),
    _sld("đó 1.512 hồ sơ", "1.512", 1512, "hồ sơ", C, code=_TT),
    _sld("đạt 81,91%", "81,91%", 81.91, "%", code=_TT, target=80, stated_status="đạt"),
    _sld("năm 2024 là 80%", "80%", 80, "%", T, as_of=_Y2024, code=_TT),
    _sld("đạt 96,42%", "96,42%", 96.42, "%", code=_SH),
    _sld("đạt 44,18%", "44,18%", 44.18, "%", code=_TSD),
    F("cho 38.426 đối tượng", "38.426", 38426, "đối tượng", C, code=ANY),
    F("chiếm 52,18%", "52,18%", 52.18, "%", code=ANY),
    F("(73.641 đối tượng)", "73.641", 73641, "đối tượng", C, code=ANY),
    F("cho 12.815 người", "12.815", 12815, "người", C, code=ANY),
    F("chiếm 61,24%", "61,24%", 61.24, "%", code=ANY),
    F("cho 9.214 người", "9.214", 9214, "người", C, subject=_TTDVVL, level="tỉnh", code=ANY),
    F("tiền 186,42 tỷ đồng", "186,42", 186.42, "tỷ đồng", subject=_TTDVVL, level="tỉnh", code=ANY),
    F("; 100% hồ sơ", "100%", 100, "%", subject=_TTDVVL, level="tỉnh", code=ANY),
    # IV. PAKN, satisfaction, the Sở named in full (năm 2023 dated 2023-12-31), the province's
    _sld("tiếp nhận 17 PAKN", "17", 17, "PAKN", C, code=_PAKN_TN),
    _sld("xử lý 17/17 PAKN", "17/17", 17, "PAKN", C, max_value=17, code=ANY),
    _sld("17/17 PAKN, đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _sld("đạt 98,72%", "98,72%", 98.72, "%", code=_HL),
    _sld("đạt 87,46/100", "87,46/100", 87.46, "điểm", max_value=100, code=_TONG),
    _sld("xếp thứ 6/20", "6/20", 6, "hạng", R, max_value=20, code=_HANG),
    _sld("(năm 2023: 83,18 điểm", "83,18", 83.18, "điểm", PR, max_value=100, as_of=_Y2023, code=_TONG),
    _sld("xếp thứ 11/20)", "11/20", 11, "hạng", PR, max_value=20, as_of=_Y2023, code=_HANG),
    _sld("tăng 4,28 điểm", "4,28", 4.28, "điểm", CH, code=_TONG),
    _sld("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    F("đạt 82,15/100", "82,15/100", 82.15, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 27/63", "27/63", 27, "hạng", R, max_value=63, code=_HANG),
    # V. a count repeated; the province's target for quý II/2025 (phone number no figure)
    F("của 74 TTHC", "74", 74, "TTHC", C, code=ANY, **_OPEN),
    F("tối thiểu 65%", "65%", 65, "%", T, as_of="2025-06-30", code=ANY),
    # footnotes after the signature, read as the sentences they annotate
    F("Cấp tỉnh 121 TTHC", "121", 121, "TTHC", C, code=ANY, **_TINH),
    F("cấp huyện 28 TTHC", "28", 28, "TTHC", C, code=ANY, **_HUYEN),
    F("cấp xã 19 TTHC", "19", 19, "TTHC", C, code=ANY, **_XA),
    F("công (58 hồ sơ)", "58", 58, "hồ sơ", C, code=_QH, **_IN_TINH),
    F("hội (31 hồ sơ)", "31", 31, "hồ sơ", C, code=_QH, **_IN_TINH),
    F("khác 07 hồ sơ", "07", 7, "hồ sơ", C, code=_QH, **_IN_TINH),
    F("Cấp tỉnh đạt 98,16%", "98,16%", 98.16, "%", code=_SH, **_TINH),
    F("cấp huyện đạt 92,35%", "92,35%", 92.35, "%", code=_SH, **_HUYEN),
    F("cấp xã đạt 88,04%", "88,04%", 88.04, "%", code=_SH, **_XA),
    _sld("quốc gia 09 PAKN", "09", 9, "PAKN", C, code=ANY),
    _sld("của Sở 06 PAKN", "06", 6, "PAKN", C, code=ANY),
    _sld("trực tiếp 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    _group_631("công khai, minh bạch", "17,82/18", 0),
    _group_631("kết quả giải quyết", "19,64/20", 1),
    _group_631("dịch vụ trực tuyến", "10,48/12", 2),
    _group_631("thanh toán trực tuyến", "6,92/10", 3),
    _group_631("mức độ hài lòng", "17,76/18", 4),
    _group_631("số hóa hồ sơ", "14,84/22", 5),
]

# ------------------------------------------------------------ 632: Sở Du lịch tỉnh Quảng Nam, 6 tháng đầu năm 2024
_SDL = "Sở Du lịch"
_sdl = _by(_SDL, "tỉnh")

_ROWS_632 = [
    ("1|Lữ hành", "214 209 97,66 99,53"),
    ("2|Hướng dẫn du lịch", "642 638 99,38 99,84"),
    ("3|Lưu trú du lịch", "168 151 89,88 98,81"),
    ("4|Các lĩnh vực khác", "52 44 84,62 100"),
    ("|Tổng cộng", "1.076 1.042 96,84 99,63"),
]


def _line_632(label: str, raws: str) -> str:
    """The row as exported: cells joined by " | " without the outer pipes (an empty STT leaves a leading space)."""
    stt, name = label.split("|")
    return " | ".join([stt, name, *raws.split()])


def _row_632(label: str, raws: str, line: str, after: str) -> list[Fact]:
    """One row of Bảng 1: received (files code), online files and share (online code), on-time share (on-time code).
    A field: subject unchecked, level tỉnh; "Tổng cộng" (empty STT) the Sở (it repeats the prose)."""
    subject = _SDL if label.startswith("|") else ANY
    received, online, share, on_time = raws.split()
    return _cells(line, " | ", after, subject, "tỉnh", [
        (received, "hồ sơ", P, _TN, "period", None), (online, "hồ sơ", P, _NOP, "period", None),
        (share, "%", P, _NOP, "period", None), (on_time, "%", P, _DH, "period", None)])


BLIND_632 = [
    # I.1–I.2 (1186/VP-KSTTHC cited; 6 tháng đầu năm 2023 dated 2023-06-30)
    _sdl("thực hiện 38 TTHC", "38", 38, "TTHC", C, code=_TTHC),
    _sdl("đó 31 TTHC", "31", 31, "TTHC", C, code=_TOAN),
    _sdl("tiếp nhận 1.076 hồ sơ", "1.076", 1076, "hồ sơ", C, code=_TN),
    _sdl("năm 2023: 894", "894", 894, "hồ sơ", PR, as_of="2023-06-30", code=_TN),
    _sdl("tăng 182 hồ sơ", "182", 182, "hồ sơ", CH, code=ANY),
    _sdl("là 1.042 hồ sơ", "1.042", 1042, "hồ sơ", C, code=_NOP),
    _sdl("chiếm 96,84%", "96,84%", 96.84, "%", code=_NOP),
    _sdl("giải quyết 1.068", "1.068", 1068, "hồ sơ", C, code=ANY),
    _sdl("đúng hạn 1.064", "1.064", 1064, "hồ sơ", C, code=_DH),
    _sdl("đạt 99,63%", "99,63%", 99.63, "%", code=_DH),
    _sdl("quá hạn 04 hồ sơ", "04", 4, "hồ sơ", C, code=_QH),
    _sdl("chiếm 0,37%", "0,37%", 0.37, "%", code=_QH),
    _sdl("bình quân 3,2 ngày", "3,2", 3.2, "ngày", code=_TIME),
    # Bảng 1 (pipes without the outer pipes and without a separator line; "ngày 30/6/2024" no figure)
    *_rows(_ROWS_632, _line_632, "\n4. Trong kỳ", _row_632),
    # I.4 guide cards, licences, recognised establishments (star ratings "5 sao", "4 sao", "1 đến 3 sao" no figures)
    _sdl("mới 318 thẻ", "318", 318, "thẻ", C, code=ANY),
    _sdl("(nội địa 204 thẻ", "204", 204, "thẻ", C, code=ANY),
    _sdl("quốc tế 114 thẻ)", "114", 114, "thẻ", C, code=ANY),
    _sdl("đổi 276 thẻ", "276", 276, "thẻ", C, code=ANY),
    _sdl("cấp 26 giấy phép", "26", 26, "giấy phép", C, code=ANY),
    _sdl("(quốc tế 09 giấy phép", "09", 9, "giấy phép", C, code=ANY),
    _sdl("nội địa 17 giấy phép)", "17", 17, "giấy phép", C, code=ANY),
    _sdl("cho 42 cơ sở", "42", 42, "cơ sở", C, code=None),
    F("gồm 01 khách sạn", "01", 1, "khách sạn", C, code=None, **_OPEN),
    F("06 khách sạn 4 sao", "06", 6, "khách sạn", C, code=None, **_OPEN),
    F("và 35 cơ sở", "35", 35, "cơ sở", C, code=None, **_OPEN),
    # II. payment against the 2024 target (after the period end), digitisation, the province's lodging, the app
    _sdl("Có 384 hồ sơ", "384", 384, "hồ sơ", C, code=ANY),
    _sdl("đó 296 hồ sơ", "296", 296, "hồ sơ", C, code=_TT),
    _sdl("đạt 77,08%", "77,08%", 77.08, "%", code=_TT, target=80, stated_status="chưa đạt"),
    _sdl("năm 2024 là 80%", "80%", 80, "%", T, as_of="2024-12-31", code=_TT),
    _sdl("là 612,5 triệu đồng", "612,5", 612.5, "triệu đồng", code=ANY),
    _sdl("Sở đạt 94,12%", "94,12%", 94.12, "%", code=_SH),
    _sdl("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    _sdl("đạt 38,6%", "38,6%", 38.6, "%", code=_TSD),
    F("có 1.126/1.384 cơ sở", "1.126/1.384", 1126, "cơ sở", C, max_value=1384, code=None),
    F("đạt 81,36%", "81,36%", 81.36, "%", code=ANY),
    F("có 48.215 lượt", "48.215", 48215, "lượt", C, code=ANY, **_OPEN),
    # III. PAKN, satisfaction, the Sở named in full (năm 2023 dated 2023-12-31), blocks, grades, the province
    _sdl("tiếp nhận 08 PAKN", "08", 8, "PAKN", C, code=_PAKN_TN),
    _sdl("xử lý 08/08 PAKN", "08/08", 8, "PAKN", C, max_value=8, code=ANY),
    _sdl("đạt 97,3%", "97,3%", 97.3, "%", code=_HL),
    _sdl("đạt 88,64/100", "88,64/100", 88.64, "điểm", max_value=100, code=_TONG),
    _sdl("xếp thứ 5/21", "5/21", 5, "hạng", R, max_value=21, code=_HANG),
    _sdl("tăng 2,72 điểm", "2,72", 2.72, "điểm", CH, code=_TONG),
    _sdl("(85,92 điểm)", "85,92", 85.92, "điểm", PR, max_value=100, as_of="2023-12-31", code=_TONG),
    F("là 84,27 điểm", "84,27", 84.27, "điểm", code=_TONG, **_IN_TINH),
    F("là 78,65 điểm", "78,65", 78.65, "điểm", code=_TONG, **_IN_HUYEN),
    F("có 07/21 sở", "07/21", 7, "đơn vị", C, max_value=21, code=None, **_IN_TINH),
    F("đạt 80,36/100", "80,36/100", 80.36, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 31/63", "31/63", 31, "hạng", R, max_value=63, code=_HANG),
    # IV. a count of TTHC; the field's target for quý III/2024 (phone number no figure)
    F("giản hóa 05 TTHC", "05", 5, "TTHC", C, code=ANY, **_OPEN),
    F("tối thiểu 95%", "95%", 95, "%", T, as_of="2024-09-30", code=ANY, **_IN_TINH),
]

# ------------------------------------------------------------ 633: Công an thành phố Huế, tháng 02 năm 2026
_CA = "Công an thành phố"
_ca = _by(_CA, "tỉnh")
_JAN_2026 = "2026-01-31"

_ROWS_633 = [
    ("1|Công an phường Thuận Hóa", "612 604 98,69"),
    ("2|Công an phường Phú Xuân", "548 539 98,36"),
    ("3|Công an phường Hương Thủy", "426 412 96,71"),
    ("4|Công an xã Phú Lộc", "318 284 89,31"),
    ("5|Công an xã A Lưới 2", "96 71 73,96"),
    ("6|Các đơn vị còn lại", "4.418 4.192 94,88"),
    ("|Tổng cộng", "6.418 6.102 95,08"),
]


def _line_md(label: str, raws: str) -> str:
    """A Markdown row (an empty STT written "| |")."""
    stt, name = label.split("|")
    return (f"| {stt} | {name} | " + " | ".join(raws.split()) + " |").replace("|  |", "| |")


def _row_633(label: str, raws: str, line: str, after: str) -> list[Fact]:
    """One row of the communes' residence files (one field: codes unchecked): received, online, share. A commune's
    police as written, level xã; "Các đơn vị còn lại" subject unchecked; "Tổng cộng" (empty STT) the Công an thành
    phố (it repeats the prose's residence line)."""
    name = label.split("|")[1]
    if label.startswith("|"):
        subject, level = _CA, "tỉnh"
    else:
        subject, level = (ANY if name.startswith("Các") else name), "xã"
    received, online, share = raws.split()
    return _cells(line, " | ", after, subject, level, [
        (received, "hồ sơ", P, ANY, "period", None), (online, "hồ sơ", P, ANY, "period", None),
        (share, "%", P, ANY, "period", None)])


def _field_633(received: str, online: str, share: str) -> list[Fact]:
    """One dash line "- <field> (tiếp nhận: n hồ sơ; trực tuyến: m hồ sơ; tỷ lệ: x%)." (the Công an's field: subject
    unchecked, level tỉnh; counts' codes unchecked, the share the online code)."""
    return [F(f"(tiếp nhận: {received} hồ sơ", received, _num(received), "hồ sơ", C, code=ANY, **_IN_TINH),
            F(f"trực tuyến: {online} hồ sơ", online, _num(online), "hồ sơ", C, code=ANY, **_IN_TINH),
            F(f"tỷ lệ: {share})", share, _num(share), "%", code=_NOP, **_IN_TINH)]


BLIND_633 = [
    # I.1 figures in brackets after long labels (24/KH-UBND cited; tháng 01/2026 dated 2026-01-31)
    _ca("(tổng số: 13.918", "13.918", 13918, "hồ sơ", C, code=_TN),
    _ca("trực tuyến: 12.046", "12.046", 12046, "hồ sơ", C, code=_NOP),
    _ca("trực tiếp: 1.872)", "1.872", 1872, "hồ sơ", C, code=_NTT),
    _ca("(tháng 02/2026: 86,55%", "86,55%", 86.55, "%", code=_NOP),
    _ca("tháng 01/2026: 84,12%)", "84,12%", 84.12, "%", PR, as_of=_JAN_2026, code=_NOP),
    _ca("(tổng số: 13.642", "13.642", 13642, "hồ sơ", C, code=ANY),
    _ca("đúng hạn: 13.628", "13.628", 13628, "hồ sơ", C, code=_DH),
    _ca("quá hạn: 14)", "14", 14, "hồ sơ", C, code=_QH),
    _ca("(99,90%)", "99,90%", 99.90, "%", code=_DH),
    _ca("(6.215/7.108 hồ sơ", "6.215/7.108", 6215, "hồ sơ", C, max_value=7108, code=_TT),
    _ca("đạt 87,44%)", "87,44%", 87.44, "%", code=_TT),
    _ca("(1,62 tỷ đồng)", "1,62", 1.62, "tỷ đồng", code=ANY),
    # I.2 fields
    *_field_633("6.418", "6.102", "95,08%"),
    *_field_633("4.126", "3.214", "77,90%"),
    *_field_633("2.846", "2.412", "84,75%"),
    *_field_633("528", "318", "60,23%"),
    # I.3 the city's communes, the Markdown table ("A Lưới 2" a name holding a number)
    F("có 40 đơn vị", "40", 40, "đơn vị", C, code=None, **_XA),
    F("(19 phường", "19", 19, "phường", C, code=None, **_IN_XA),
    F(", 21 xã)", "21", 21, "xã", C, code=None, **_IN_XA),
    F("Công an 40/40 xã", "40/40", 40, "xã", C, max_value=40, code=None, **_IN_XA),
    *_rows(_ROWS_633, _line_md, "\nII. KẾT QUẢ", _row_633),
    # II. Đề án 06 ("dưới 14 tuổi" no figure; cumulative accounts at the period end)
    F("(lũy kế: 812.406", "812.406", 812406, "tài khoản", C, code=_TK),
    F("đạt 71,26%", "71,26%", 71.26, "%", code=_TK),
    _ca("(tổng số: 3.862 người", "3.862", 3862, "người", C, code=ANY),
    _ca("tuổi: 1.246 người)", "1.246", 1246, "người", C, code=ANY),
    F("(tháng 02/2026: 186.412 lượt", "186.412", 186412, "lượt", C, code=ANY),
    F("tăng 12.518 lượt", "12.518", 12518, "lượt", CH, code=ANY),
    F("(64/64 cơ sở", "64/64", 64, "cơ sở", C, max_value=64, code=None, **_OPEN),
    F("cơ sở, đạt 100%)", "100%", 100, "%", code=ANY, **_OPEN),
    # III. PAKN, satisfaction, the Công an's 766 result (tháng 01/2026 dated 2026-01-31), the city's
    _ca("(tiếp nhận: 11 PAKN", "11", 11, "PAKN", C, code=_PAKN_TN),
    _ca("đã xử lý: 11 PAKN", "11", 11, "PAKN", C, code=_PAKN_XL),
    _ca("tỷ lệ: 100%)", "100%", 100, "%", code=_PAKN_TL),
    _ca("(97,64%)", "97,64%", 97.64, "%", code=_HL),
    _ca("(89,42/100 điểm", "89,42/100", 89.42, "điểm", max_value=100, code=_TONG),
    _ca("xếp thứ 3/15", "3/15", 3, "hạng", R, max_value=15, code=_HANG),
    _ca("tháng 01/2026: 87,16 điểm", "87,16", 87.16, "điểm", PR, max_value=100, as_of=_JAN_2026, code=_TONG),
    _ca("xếp thứ 6/15)", "6/15", 6, "hạng", PR, max_value=15, as_of=_JAN_2026, code=_HANG),
    F("(87,18/100 điểm", "87,18/100", 87.18, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 6/34", "6/34", 6, "hạng", R, max_value=34, code=_HANG),
    # IV. counts repeated; each named commune's target for quý II/2026 (phone number no figure)
    F("dứt điểm 14 hồ sơ", "14", 14, "hồ sơ", C, code=ANY, **_OPEN),
    F("tối thiểu 90%", "90%", 90, "%", T, as_of="2026-06-30", code=ANY, **_IN_XA),
    F("của 40 xã", "40", 40, "xã", C, code=None, **_IN_XA),
]

# ------------------------------------------------------------ 634: Sở KH&CN tỉnh An Giang, quý I năm 2026
_SKH = "Sở Khoa học và Công nghệ"
_skh = _by(_SKH, "tỉnh")
_Q4_2025 = "2025-12-31"

_ROWS_634 = [
    ("1|Sở Khoa học và Công nghệ", "94,18 1 91,26 +2,92"),
    ("2|Sở Tư pháp", "92,64 2 92,88 -0,24"),
    ("3|Sở Tài chính", "90,42 3 87,95 +2,47"),
    ("4|Sở Xây dựng", "80,16 17 81,02 -0,86"),
    ("5|Sở Nông nghiệp và Môi trường", "78,54 18 74,90 +3,64"),
    ("6|Sở Y tế", "76,08 19 77,35 -1,27"),
]


def _row_634(label: str, raws: str, line: str, after: str) -> list[Fact]:
    """One Markdown row: total score (max 100 from the header), rank (kind rank, no max), quý IV/2025's score (kind
    value dated 2025-12-31, max 100), the signed change (dated with the quarter's score). An agency as written, level
    tỉnh."""
    score, rank, before, change = raws.split()
    return _cells(line, " | ", after, label.split("|")[1], "tỉnh", [
        (score, "điểm", P, _TONG, "period", 100), (rank, "hạng", R, _HANG, "period", None),
        (before, "điểm", P, _TONG, _Q4_2025, 100), (change, "điểm", CH, _TONG, "period", None)])


def _group_634(before: str, raw: str, i: int) -> Fact:
    """One group score of the province after "lần lượt là" (with its maximum)."""
    return F(f"{before}{raw}", raw, _num(raw.split("/")[0]), "điểm", max_value=_MAXIMA[i], code=_GROUPS[i])


BLIND_634 = [
    # 1. the province (318/QĐ-UBND cited; quý IV năm 2025 dated 2025-12-31), groups, files
    F("đạt 84,56/100", "84,56/100", 84.56, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 14/34", "14/34", 14, "hạng", R, max_value=34, code=_HANG),
    F("82,08 điểm", "82,08", 82.08, "điểm", PR, max_value=100, as_of=_Q4_2025, code=_TONG),
    F("xếp thứ 19/34)", "19/34", 19, "hạng", PR, max_value=34, as_of=_Q4_2025, code=_HANG),
    F("tăng 2,48 điểm", "2,48", 2.48, "điểm", CH, code=_TONG),
    F("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    _group_634("là ", "17,28/18", 0),
    _group_634("; ", "18,86/20", 1),
    _group_634("; ", "9,74/12", 2),
    _group_634("; ", "6,52/10", 3),
    _group_634("; ", "16,94/18", 4),
    _group_634("và ", "15,22/22", 5),
    F("tiếp nhận 412.618", "412.618", 412618, "hồ sơ", C, code=_TN),
    F("cấp tỉnh 96.412", "96.412", 96412, "hồ sơ", C, code=_TN, **_TINH),
    F("cấp xã 316.206", "316.206", 316206, "hồ sơ", C, code=_TN, **_XA),
    F("đạt 72,46%", "72,46%", 72.46, "%", code=_NOP, target=80, stated_status="chưa đạt"),
    F("năm 2026 là 80%", "80%", 80, "%", T, as_of="2026-12-31", code=_NOP),
    F("đạt 96,38%", "96,38%", 96.38, "%", code=_DH),
    F("đạt 64,15%", "64,15%", 64.15, "%", code=_TT),
    # 2. the sở, ban, ngành: block average, grades, the Markdown table, one agency's overdue files
    F("là 87,12 điểm", "87,12", 87.12, "điểm", code=_TONG, **_IN_TINH),
    F("Có 06/19 sở", "06/19", 6, "đơn vị", C, max_value=19, code=None, **_IN_TINH),
    F("và 02/19 sở", "02/19", 2, "đơn vị", C, max_value=19, code=None, **_IN_TINH),
    *_rows(_ROWS_634, _line_md, "\nSở Nông nghiệp và Môi trường có", _row_634),
    F("có 2.846 hồ sơ", "2.846", 2846, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_QH),
    F("chiếm 8,62%", "8,62%", 8.62, "%", subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_QH),
    # 3. the communes: their units, block average and its gap, grades, cấp xã's online share, the two lowest
    F("có 102 đơn vị", "102", 102, "đơn vị", C, code=None, **_XA),
    F("(85 xã", "85", 85, "xã", C, code=None, **_IN_XA),
    F(", 14 phường", "14", 14, "phường", C, code=None, **_IN_XA),
    F(", 3 đặc khu)", "3", 3, "đặc khu", C, code=None, **_IN_XA),
    F("là 78,34 điểm", "78,34", 78.34, "điểm", code=_TONG, **_IN_XA),
    F("khối sở, ban, ngành 8,78 điểm", "8,78", -8.78, "điểm", CH, code=_TONG, **_IN_XA),
    F("Có 18/102 xã", "18/102", 18, "xã", C, max_value=102, code=None, **_IN_XA),
    F("; 14/102 xã", "14/102", 14, "xã", C, max_value=102, code=None, **_IN_XA),
    F("đạt 68,92%", "68,92%", 68.92, "%", code=_NOP, **_XA),
    F("(18,42%)", "18,42%", 18.42, "%", subject="đặc khu Thổ Châu", level="xã", code=_NOP),
    F("(24,16%)", "24,16%", 24.16, "%", subject="xã Vĩnh Gia", level="xã", code=_NOP),
    # 4. the province's platform, certificates and signed documents; the Sở's scanners
    F("thực hiện 1.284.306", "1.284.306", 1284306, "giao dịch", C, code=ANY),
    F("tăng 18,4%", "18,4%", 18.4, "%", CH, code=ANY),
    F("cấp 18.642 chứng thư", "18.642", 18642, "chứng thư", C, code=ANY),
    F("đạt 98,12%", "98,12%", 98.12, "%", code=ANY, **_OPEN),
    _skh("lắp đặt 204 máy quét", "204", 204, "máy quét", C, code=None),
    F("của 102 xã", "102", 102, "xã", C, code=None, **_IN_XA),
    # 5. a count repeated; cấp xã's target for quý II/2026 (phone number no figure)
    F("dứt điểm 2.846 hồ sơ", "2.846", 2846, "hồ sơ", C, code=ANY, **_OPEN),
    F("tối thiểu 75%", "75%", 75, "%", T, as_of="2026-06-30", code=_NOP, **_XA),
]

BLIND = {"630": BLIND_630, "631": BLIND_631, "632": BLIND_632, "633": BLIND_633, "634": BLIND_634}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "630": [
        ("2025-10-31", "day", "31/10/2025", "giải quyết dứt điểm 1.064 hồ sơ quá hạn", "Sở Nông nghiệp và Môi trường"),
        # an OCR'd line: task and assignee written without marks, compared folded
        ("2025-12-31", "quarter", "quy IV nam 2025", "nang ty le ho so thanh toan truc tuyen", "UBND cac xa, phuong"),
        ("2025-11-15", "day", "ngày mười lăm tháng 11 năm 2025", "chuẩn hóa quy trình nội bộ", "Văn phòng UBND tỉnh"),
        ("2025-12-31", "month", "tháng 12/2025", "nâng cấp chức năng ký số", "Sở Khoa học và Công nghệ"),
        ("2026-12-31", "year", "năm 2026", "bố trí nhân viên hỗ trợ", "Bưu điện tỉnh"),
        # issued 08/10/2025: the first "ngày 20 hằng tháng" is 20/10/2025
        ("2025-10-20", "recurring", "20 hằng tháng", "gửi báo cáo kết quả giải quyết TTHC",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "631": [
        ("2025-03-31", "day", "31/3/2025", "số hóa hồ sơ người có công", "Phòng Người có công"),
        ("2025-06-30", "quarter", "quý II năm 2025", "chi trả trợ cấp xã hội không dùng tiền mặt",
         "Phòng Bảo trợ xã hội"),
        ("2025-02-20", "day", "ngày hai mươi tháng 02 năm 2025", "cập nhật quy trình nội bộ", "Văn phòng Sở"),
        ("2025-06-30", "month", "tháng 6/2025", "ký số kết quả giải quyết hưởng trợ cấp thất nghiệp", _TTDVVL),
        ("2025-12-31", "year", "năm 2025", "kết nối phần mềm quản lý đối tượng bảo trợ xã hội",
         "Sở Thông tin và Truyền thông"),
        # issued 08/01/2025: the first "ngày 10 hằng tháng" is 10/01/2025
        ("2025-01-10", "recurring", "10 hằng tháng", "gửi báo cáo kết quả chi trả không dùng tiền mặt",
         "Phòng Lao động - Thương binh và Xã hội các huyện, thành phố"),
    ],
    "632": [
        ("2024-07-31", "day", "31/7/2024", "đơn giản hóa 05 TTHC", "Phòng Quản lý lữ hành"),
        ("2024-09-30", "quarter", "quý III năm 2024", "nộp trực tuyến", "Phòng Quản lý cơ sở lưu trú"),
        ("2024-08-30", "day", "ngày ba mươi tháng 8 năm 2024", "số hóa kết quả giải quyết TTHC", "Văn phòng Sở"),
        ("2024-10-31", "month", "tháng 10/2024", "nâng cấp ứng dụng du lịch thông minh",
         "Trung tâm Thông tin và Xúc tiến du lịch"),
        ("2025-12-31", "year", "năm 2025", "kết nối phần mềm khai báo lưu trú", "Công an tỉnh"),
        # issued 05/7/2024: the first "ngày 15 hằng tháng" is 15/7/2024
        ("2024-07-15", "recurring", "15 hằng tháng", "gửi báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "633": [
        ("2026-03-20", "day", "20/3/2026", "giải quyết dứt điểm 14 hồ sơ quá hạn",
         "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"),
        ("2026-06-30", "quarter", "quý II năm 2026", "đăng ký cư trú qua mạng",
         "Công an xã A Lưới 2 và Công an xã Phú Lộc"),
        ("2026-03-31", "day", "ngày ba mươi mốt tháng 3 năm 2026", "làm sạch dữ liệu dân cư", "Phòng Tham mưu"),
        ("2026-04-30", "month", "tháng 4/2026", "đăng ký xe toàn trình", "Phòng Cảnh sát giao thông"),
        ("2026-12-31", "year", "năm 2026", "kết nối sổ sức khỏe điện tử", "Sở Y tế"),
        # issued 04/3/2026: the first "ngày 25 hằng tháng" is 25/3/2026
        ("2026-03-25", "recurring", "25 hằng tháng", "gửi báo cáo kết quả thực hiện Đề án 06",
         "Công an các xã, phường"),
    ],
    "634": [
        ("2026-04-30", "day", "30/4/2026", "giải quyết dứt điểm 2.846 hồ sơ quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2026-06-30", "quarter", "quý II năm 2026", "nộp hồ sơ qua mạng", "UBND các xã, phường, đặc khu"),
        ("2026-05-15", "day", "ngày mười lăm tháng 5 năm 2026", "đồng bộ trạng thái hồ sơ",
         "Trung tâm Chuyển đổi số tỉnh"),
        ("2026-06-30", "month", "tháng 6/2026", "cập nhật quy trình nội bộ", "Sở Y tế"),
        ("2026-12-31", "year", "năm 2026", "bảo đảm đường truyền", "Viễn thông An Giang"),
        # issued 10/4/2026, after the 5th: the first "ngày 05 hằng tháng" is 05/5/2026
        ("2026-05-05", "recurring", "05 hằng tháng", "gửi báo cáo kết quả khắc phục",
         "Các sở, ban, ngành, UBND các xã, phường, đặc khu"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 630's header lost its
# marks ("UY BAN NHAN DAN / TINH HA TINH", "So: 294/BC-UBND", title "… quy III/2025"; its place-date line kept them),
# signed by a vice-chairman; 631 is a report of the Sở LĐTBXH under "UBND TỈNH KIÊN GIANG"; 632 of the Sở Du lịch
# under "UBND TỈNH QUẢNG NAM", signed by a deputy; 633 of the Công an thành phố Huế under "BỘ CÔNG AN" (a
# centrally-run city: province "Huế"; the signer after his rank "Đại tá"); 634 a Công văn of the Sở Khoa học và Công
# nghệ under "UBND TỈNH AN GIANG" whose period is named in its "V/v" line, signed by a deputy.
META = {
    "630": {"doc_number": "294/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-10-08",
            "province": "Hà Tĩnh", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Phan Văn Thịnh"},
    "631": {"doc_number": "05/BC-SLĐTBXH", "doc_type": "Báo cáo", "issued_date": "2025-01-08",
            "province": "Kiên Giang", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Lâm Văn Tuấn"},
    "632": {"doc_number": "412/BC-SDL", "doc_type": "Báo cáo", "issued_date": "2024-07-05",
            "province": "Quảng Nam", "period_label": "6 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-06-30", "signer": "Nguyễn Thị Minh Hạnh"},
    "633": {"doc_number": "286/BC-CATP-PC06", "doc_type": "Báo cáo", "issued_date": "2026-03-04",
            "province": "Huế", "period_label": "tháng 02 năm 2026", "period_start": "2026-02-01",
            "period_end": "2026-02-28", "signer": "Hoàng Văn Lâm"},
    "634": {"doc_number": "512/SKHCN-CĐS", "doc_type": "Công văn", "issued_date": "2026-04-10",
            "province": "An Giang", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Trần Thị Ngọc Diễm"},
}
