"""Blind golden facts for corpus/blind107/610_son_la.txt, 611_quang_ninh.txt, 612_vinh_phuc.txt, 613_phu_tho.txt and
614_tay_ninh.txt.

The five documents were written by the developers for a hundred-and-seventh blind measurement (provinces not used in
sets 101–104; issuers not used recently: a Sở Y tế's annual report, a Thông báo of a Văn phòng UBND tỉnh on the 766
index of its districts, a district's monthly report before districts were abolished, a Công văn of a merged province's
Sở Nông nghiệp và Môi trường, a merged Sở Xây dựng's half-year report; TEXT AS CONVERTERS LEAVE IT: a PDF's text
with hard wraps and page furniture, an HTML export whose table kept its markup, a DVC portal's semicolon export, a
Word conversion with a pandoc grid table, lists numbered "1)" / "a." with "•" bullets; periods năm 2025, quý III năm
2024, tháng 8 năm 2024, quý I năm 2026 and 6 tháng đầu năm 2026; not real documents), and every row below was written
by reading them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out
text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind104.py, blind103.py, blind102.py, blind101.py, blind16.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose and list counts are kind `count`; table cells are kind `value` even when they count (rank cells
kind `rank` without max_value; signed change cells kind `change`), with `extra={"source": "table"}`; `as_of="period"`
is the period's end; a table column (or row) dated before the period end keeps kind `value` with that date as `as_of`;
a change is dated with the figure it changes and a fall ("giảm", "rút ngắn", "thấp hơn") is negative; a change in
"điểm phần trăm" is kind change in `%` with the number alone as raw. `ANY` leaves a field unchecked where the sentence
names no catalogued indicator (`None` where it clearly names none: counts of decisions, units, facilities, hospitals).
"thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of the files (or PAKN) an
indicator is computed on carries that indicator's code; every "đã giải quyết" count, "trước hạn" and "đúng hạn"
counts given apart, files pending, files by field, reception point or commune in prose, and relative changes of
counts have their code unchecked; "trước hạn và đúng hạn" together carry the on-time code; "nộp trực tiếp và qua dịch
vụ bưu chính công ích" as a whole the direct channel's code (as golden/blind99.py's 571). Counts of local units take
the unit of their first unit word ("09/09 xã, thị trấn", "03/09 xã, thị trấn" → `xã`; "07/13 huyện, thị xã, thành
phố" → `huyện`), counts of "đơn vị" → `đơn vị`, at the level of the bodies counted (subject unchecked). A provincial
body's own figures naming no body are named by its kind ("Sở tiếp nhận …" → `Sở Y tế`, `Sở Nông nghiệp và Môi
trường`, `Sở Xây dựng`), level tỉnh; a sentence naming it in full keeps the same name; a district's own figures are
the issuer ("UBND huyện Tam Đảo", level huyện), its figures under "a) Cấp huyện" `cấp huyện`, under "b) Cấp xã" `cấp
xã`; province-wide figures ("trên địa bàn tỉnh", "toàn tỉnh", "tỉnh Sơn La đạt") have subject NULL. Fields (a field
row, "lĩnh vực dược 21 hồ sơ", a "•" line by field) have subject unchecked, level tỉnh; the former provinces' reception
points and the TTHC lists of a sector (announced, repeated in a task) have subject and level unchecked. A self-score
carries its row's maximum; certified copies count in `bản`; other things counted take the noun as written
(`quyết định`, `giấy chứng sinh`, `giấy báo tử`, `cơ sở`, `người`, `bệnh viện`, `trường hợp`); money keeps the unit
written (`tỷ đồng`; code unchecked); durations `ngày`. Numbers written in words are no figures (the days of "ngày hai
mươi tháng 3", "ngày mười lăm tháng 11", "ngày hai mươi tháng 9", "ngày hai mươi hai tháng 5", "ngày ba mươi mốt
tháng 8", "hai Sở"). Dates, document numbers, cited decisions, plans and letters ("Kế hoạch số 42/KH-UBND", "Công văn
số 3126/VP-KSTT", "Quyết định số 766/QĐ-TTg", "Công văn số 5124/UBND-TTPVHCC", "Công văn số 2847/VP-KSTT", "Công văn
số 846/VP-KSTT", "Kế hoạch số 31/KH-UBND"), the stated windows ("số liệu từ ngày 01/01/2025 đến ngày 31/12/2025", "từ
ngày 01/01/2026 đến ngày 31/3/2026"), the data dates ("số liệu chốt ngày 30/9/2024", "ngày 01/9/2024"), "ĐỀ ÁN 06",
"Bộ chỉ số 766", section and item numbering ("I.", "1.", "a)", "1)", "a.", "**1.**"), the STT column, the headers'
maxima ("(tối đa 100)", "(tối đa 18)": carried by the cells), the HTML attributes ("border=\"1\"", "rowspan=\"2\"",
"colspan=\"2\"", "cellpadding=\"4\""), the page footers "Trang 1/4" … "Trang 4/4" and the running header "Báo cáo số
86/BC-SYT ngày 09/01/2026", the months labelling rows and columns ("Tháng 6/2024", "Tháng 1/2026", "6 tháng"), an
address ("số 8 đường Tô Hiệu"), phone numbers ("0212.3852.176", "0203.3835.624", "0211.3896.215", "0210.3846.372",
"0276.3822.548"), headings naming the next period ("VII. NHIỆM VỤ NĂM 2026", "VII. NHIỆM VỤ THÁNG 9 NĂM 2024",
"**7. Nhiệm vụ quý II năm 2026 và kiến nghị**", "7) NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026": no deadlines), "chuyển sang năm
2026" and years are not figures.

New in this set (the converter forms were not met in this shape before; the decisions are written here):
- A PDF'S TEXT WITH HARD WRAPS AND PAGE FURNITURE (610): lines broken at about 90 characters in the middle of
  sentences, the figure opening the next line after its label ("… Số hồ sơ nộp trực tuyến là" / "8.652 hồ sơ, chiếm
  91,21%", "… đạt" / "99,64%; quá hạn", "… thu qua thanh toán trực tuyến là" / "1,86 tỷ đồng.", "… đã số hóa đạt" /
  "46,85%;", "Sở Y tế đạt" / "88,16/100 điểm", "… Mức độ hài lòng" / "16,20/18 điểm", "(cấp" / "tỉnh 186 TTHC"): as
  golden/blind99.py's 570, the figure is read with the label of the line before and its context is taken on its own
  line; two words hyphenated across line ends ("thanh to-\\nán", "gián đo-\\nạn": no context spans them); four pages
  joined by "\\f", each ending in a footer "Trang n/4" and pages 2–4 opening with the issuer's name "SỞ Y TẾ TỈNH SƠN
  LA" and a running line "Báo cáo số 86/BC-SYT ngày 09/01/2026" (no figures); a header and a signature block in two
  space-aligned columns; a TAB-SEPARATED Bảng 1 by field inside the PDF text.
- AN HTML TABLE EXPORTED ONE CELL A LINE (611): the text of the Thông báo came out plain, but its table kept its markup,
  pretty-printed (`<table>`, `<tr>` and each `<td align="right">…</td>` on its own indented line), with a two-row
  header (`rowspan`, `colspan`, "Tổng điểm<br>(tối đa 100)") and a last row "<td>&nbsp;</td><td><b>Cộng cấp
  huyện</b></td>" with bold cells. A cell's context runs from its own `<td …>` to the end of its row and into the next
  row's name, so it occurs once. Rows: the 13 district-level units as written ("Thành phố Hạ Long", "Huyện Cô Tô",
  level huyện): files received (files code), online share (online code), total score (max 100 from the header), rank
  (kind rank, no max); "Cộng cấp huyện" is `cấp huyện` (its score is the block average the prose states, max 100; the
  empty rank cell is no figure).
- A DVC PORTAL'S SEMICOLON EXPORT (612): "Đơn vị;Tiếp nhận;Đúng hạn;Tỷ lệ" then one line per commune or town
  ("Thị trấn Hợp Châu;186;184;98,92") and "Tổng;1213;1203;99,18", the units stated in the sentence above it "(đơn vị
  tính: hồ sơ; tỷ lệ: %)". Each line is a table row (source `table`); numbers as the portal writes them, without a
  thousands separator ("1213" = 1213) and with a decimal comma; "100" cells are figures. Rows subject as written, level
  xã; "Tổng" is `cấp xã` (the export is the communes' and repeats the prose's 1.213 / 1.203 / 99,18%). Columns: files
  received (files code), files settled on time (`hồ sơ`, on-time code: the count the share is computed on), on-time
  share (on-time code). The same report also has a MARKDOWN table of the district's six group scores with the
  maxima in the row labels "(tối đa 18)" and columns "Tháng 6/2024 | Tháng 7/2024 | Tăng (+), giảm (-)": both months
  precede the period (tháng 8): the June cells are dated 2024-06-30, the July cells and the signed changes ("+0,25",
  "-0,08") 2024-07-31; the bold "**Tổng điểm (tối đa 100)**" row likewise (raw without the asterisks).
- A PANDOC GRID TABLE FROM A WORD CONVERSION (613): "+-----+----…+" rules, "|" cells padded with spaces, the header over
  two lines ("Tiếp nhận" / "(hồ sơ)") above a "+=====+" rule, and field 6's name running onto a second line ("Thủy
  lợi, lâm nghiệp và các lĩnh" / "vực khác"): one row per field, cells on its first line (received, online share,
  on-time share, overdue; "100" and "0" cells), subject unchecked, level tỉnh; "Tổng cộng" (empty STT) = the Sở (it
  repeats the prose). A cell's context runs from its "| " to the end of the line and through the rule into the next
  row's label. The converter also left "**…**" around headings and the signature block and "*Nơi nhận:*".
- LISTS NUMBERED "1)" AND "a." WITH "•" BULLETS (614): sections "1) CÔNG TÁC …", items "a.", "b.", "c.", lines by field
  "• Cấp, đổi giấy phép lái xe: 36.842 hồ sơ, trực tuyến 35.786 hồ sơ (97,13%);" (the field's: subject unchecked,
  level tỉnh; counts' codes unchecked, the share the online code), the 766 groups as "• Công khai, minh bạch:
  17,58/18;", and tasks "1)" … "6)" under "7) NHIỆM VỤ …" (the heading no deadline; "1)" opening a task is numbering).

Per document:
- 610 is an annual Báo cáo of the Sở Y tế tỉnh Sơn La (header "UBND TỈNH SƠN LA / SỞ Y TẾ"), năm 2025, issued
  09/01/2026, ranks /34 for the province and /19 (năm 2024 /20) for the sở. "08 quyết định", the TTHC announced,
  amended and abolished (the sector's list), "214 TTHC (cấp tỉnh 186 TTHC, cấp xã 28 TTHC)" on the province's territory
  (subject NULL, then the levels; TTHC code), toàn trình "142 TTHC (chiếm 66,36%)" and một phần, "100% TTHC được công
  khai" (code unchecked). Files "(năm 2024: 8.127 hồ sơ), tăng 1.359 hồ sơ, tương ứng tăng 16,72%" (previous dated
  2024-12-31), online, direct-and-postal "834 hồ sơ" and postal "412 hồ sơ", settled with on-time "trước hạn và đúng
  hạn … 99,64%", overdue by field, pending "168 hồ sơ", "8,4 ngày/hồ sơ, rút ngắn 1,2 ngày"; payment "85,82%; so với chỉ
  tiêu UBND tỉnh giao năm 2025 là 80% thì Sở đã đạt chỉ tiêu" (target at the period end), "1,86 tỷ đồng", digitisation
  "97,42% (năm 2024: 89,16%), tăng 8,26 điểm phần trăm", reuse, e-results. Đề án 06 in the sector: "Các cơ sở khám
  bệnh, chữa bệnh trên địa bàn tỉnh đã cấp 14.236 giấy chứng sinh điện tử và 2.418 giấy báo tử điện tử" and "42/42 cơ
  sở …" (the facilities, no one body: subject and level unchecked), the province's electronic health records "786.412
  người, đạt 61,34% dân số" (subject NULL, codes unchecked), "21/24 bệnh viện" (subject and level unchecked). PAKN
  "23 … 21 … 91,30% … 02 PAKN", satisfaction; the Sở named in full `88,16/100`, `5/19` "(năm 2024: 84,72 điểm, xếp thứ
  9/20), tăng 3,44 điểm và tăng 4 bậc" and its six groups after "lần lượt là"; the province `80,26/100`, `24/34`. NEW:
  "nhóm chỉ số mức độ số hóa hồ sơ mới đạt 74,64% số điểm tối đa" is the Sở's group's share of its maximum (code
  unchecked, as golden/blind102.py's 585 reads such shares). Task 1's "36 TTHC" a count repeated; task 2's "của Sở
  đạt tối thiểu 88% trong quý II năm 2026" the Sở's target (2026-06-30). Six deadlines: day, quarter (with the target),
  "chậm nhất" day in words "ngày hai mươi tháng 3 năm 2026", month in a request "Đề nghị Bảo hiểm xã hội tỉnh …", year,
  "trước ngày 15 hằng tháng" (issued 09/01/2026: first 15/01/2026).
- 611 is a Thông báo of the Văn phòng UBND tỉnh Quảng Ninh (header "UBND TỈNH QUẢNG NINH / VĂN PHÒNG", number
  "218/TB-VPUBND", signed "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG"), quý III năm 2024, issued 14/10/2024, before
  the merger (ranks /63). The province (subject NULL): `88,72/100`, `3/63` "(quý II năm 2024: 87,05 điểm, xếp thứ
  5/63), tăng 1,67 điểm và tăng 2 bậc" (previous dated 2024-06-30), the six groups in a dash list, files by level
  "286.415 … cấp tỉnh 48.236 … cấp huyện 123.366 … cấp xã 114.813", "79,46%, chỉ tiêu năm 2024 là 80%, chưa đạt chỉ
  tiêu" (target dated 2024-12-31), on time, payment "(quý II năm 2024: 55,87%)". Block averages "khối huyện … 84,92
  điểm" (level huyện) and "khối sở, ban, ngành … 89,35 điểm, cao hơn khối huyện 4,43 điểm" (level tỉnh; a change
  against the other block; subjects unchecked, 766 total code, no max written); counts by grade "07/13 huyện, thị xã,
  thành phố … 06 đơn vị" (level huyện, code None); the first and the last "thành phố Uông Bí (90,18 điểm)", "huyện Cô
  Tô (78,92 điểm), thấp hơn bình quân khối 6,00 điểm" (subjects as written, level huyện; the last a negative change);
  the HTML table (above). Task 2's "nâng tỷ lệ hồ sơ thanh toán trực tuyến đạt tối thiểu 65% trong quý IV năm 2024" is
  the target of "UBND các huyện, thị xã, thành phố" opening the item (level huyện, dated 2024-12-31). Six deadlines:
  day for two named districts, quarter (with the target), "chậm nhất" day in words "ngày mười lăm tháng 11 năm 2024",
  month, year "trong năm 2025", "trước ngày 22 hằng tháng" (issued 14/10/2024: first 22/10/2024).
- 612 is a monthly Báo cáo of UBND huyện Tam Đảo (tỉnh Vĩnh Phúc, named in "Kính gửi"; header "ỦY BAN NHÂN DÂN /
  HUYỆN TAM ĐẢO", number "386/BC-UBND"), tháng 8 năm 2024, issued 05/9/2024, before districts were abolished. The
  district's own figures ("Trên địa bàn huyện … 412 TTHC", "của huyện", "huyện tiếp nhận 06 PAKN", "Trong tháng cấp
  1.124 bản") are "UBND huyện Tam Đảo", level huyện; TTHC, digitisation shares and copies by level; "09/09 xã, thị
  trấn", "UBND 09 xã, thị trấn" (`xã`, code None). Under "a) Cấp huyện": "1.486 hồ sơ (tháng 7/2024: 1.352 hồ sơ), tăng
  134 hồ sơ" (previous dated 2024-07-31), online, settled, on time, overdue with the fields' parts in brackets (subject
  unchecked, level huyện). Under "b) Cấp xã": received, online, on time "1.203 hồ sơ, đạt 99,18%", overdue "10 hồ sơ";
  the semicolon export (above); "03/09 xã, thị trấn giải quyết 100% hồ sơ đúng hạn" (the count `xã`; the 100% of those
  communes: subject unchecked, level xã, on-time code), "Xã Đạo Trù (97,62%)". Payment "52,36% (tháng 7/2024: 48,15%),
  tăng 4,21%; chỉ tiêu UBND tỉnh giao năm 2024 là 50%, đã đạt chỉ tiêu" (target dated 2024-12-31, after the period
  end). NEW: A MONTH'S 766 RESULT OLDER THAN THE MONTH REPORTED: "Theo kết quả đánh giá của UBND tỉnh tháng 7/2024, UBND
  huyện Tam Đảo đạt 84,65/100 điểm, xếp thứ 3/9 huyện, thành phố (tháng 6/2024: 82,99 điểm, xếp thứ 5/9), tăng 1,66
  điểm và tăng 2 bậc" is dated 2024-07-31 (the previous values 2024-06-30), as golden/blind89.py's 520, and so are the
  Markdown table's columns (above). "cấp xã thấp hơn cấp huyện 6,17 điểm phần trăm" is cấp xã's negative change of the
  online share. "Còn 13 hồ sơ cấp huyện quá hạn" repeats cấp huyện's overdue files (code unchecked). Task 2's "11 hồ
  sơ" a count repeated; task 3's "của cấp xã đạt tối thiểu 72% trong quý III năm 2024" cấp xã's target (2024-09-30).
  Six deadlines: day, "chậm nhất" day in words "ngày hai mươi tháng 9 năm 2024", quarter (with the target), month,
  year "trong năm 2024", "trước ngày 25 hằng tháng" (issued 05/9/2024: first 25/9/2024).
- 613 is a Công văn of the Sở Nông nghiệp và Môi trường tỉnh Phú Thọ (merged with Vĩnh Phúc and Hòa Bình; header "UBND
  TỈNH PHÚ THỌ / SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", number "1186/SNNMT-VP", a "V/v" line) to the Văn phòng UBND tỉnh, quý I
  năm 2026, issued 06/4/2026, ranks /34 and /18. The Sở's figures: "03 quyết định", "28 TTHC" announced (the sector's
  list), "168 TTHC … 121 TTHC … (chiếm 72,02%) và 47 TTHC"; files "(quý IV năm 2025: 12.946 hồ sơ), giảm 1.568 hồ sơ,
  tương ứng giảm 12,11%" (previous dated 2025-12-31, the falls negative), "9.380 hồ sơ, chiếm 82,44%; so với chỉ tiêu
  UBND tỉnh giao năm 2026 là 85% thì Sở chưa đạt chỉ tiêu" (target dated 2026-12-31); the head office and the former
  provinces' points "khu vực tỉnh Vĩnh Phúc cũ 4.126 hồ sơ" (subject and level unchecked); "trước hạn 7.862 hồ sơ,
  đúng hạn 3.018 hồ sơ; tỷ lệ trước hạn, đúng hạn đạt 98,69%; quá hạn 144 hồ sơ (chiếm 1,31%), trong đó lĩnh vực đất
  đai 142 hồ sơ", pending, "9,6 ngày/hồ sơ"; the grid table (above); payment "72,68% (quý IV năm 2025: 68,95%), tăng
  3,73 điểm phần trăm", "4,62 tỷ đồng", digitisation, e-results, reuse; PAKN "14 … 12 … (đạt 85,71%) … 02 PAKN"; the
  Sở named in full `84,36/100`, `14/18` "(quý IV năm 2025: 81,92 điểm, xếp thứ 16/18), tăng 2,44 điểm và tăng 2 bậc";
  the province `83,12/100`, `18/34`. Item a)'s "142 hồ sơ" a count repeated; item b)'s "nâng tỷ lệ hồ sơ lĩnh vực đất
  đai nộp trực tuyến đạt tối thiểu 80% trong quý II năm 2026" the field's target (subject unchecked, level tỉnh, dated
  2026-06-30). Six deadlines in lettered items a)–e): day, quarter (with the target), "chậm nhất" day in words "ngày
  hai mươi hai tháng 5 năm 2026", month, year in a request "Đề nghị Văn phòng UBND tỉnh …", "trước ngày 12 hằng tháng"
  (issued 06/4/2026: first 12/4/2026).
- 614 is a half-year Báo cáo of the Sở Xây dựng tỉnh Tây Ninh (merged with Long An; the Sở took over the Sở Giao thông
  vận tải; header "UBND TỈNH TÂY NINH / SỞ XÂY DỰNG", number "1426/BC-SXD"), 6 tháng đầu năm 2026, issued 03/7/2026.
  The Sở's figures: "06 quyết định", "176 TTHC, trong đó lĩnh vực xây dựng 58 TTHC, lĩnh vực giao thông vận tải 118
  TTHC" (the fields' parts: subject unchecked, level tỉnh), "112 TTHC (chiếm 63,64%), một phần là 64 TTHC"; "48.362
  hồ sơ (cùng kỳ năm 2025, số liệu cộng gộp của Sở Xây dựng tỉnh Tây Ninh và Sở Xây dựng tỉnh Long An trước hợp nhất:
  41.875 hồ sơ), tăng 6.487 hồ sơ, tương ứng tăng 15,49%" (the predecessors' sum a previous value dated 2025-06-30 with
  the files code, its subject unchecked as golden/blind104.py's 598; level tỉnh), online "45.217 hồ sơ, chiếm 93,50%",
  the "•" lines by field (above), "trước hạn và đúng hạn 47.781 hồ sơ, đạt 99,70%; quá hạn 145 hồ sơ, chiếm 0,30%
  (lĩnh vực hoạt động xây dựng 118 hồ sơ)", pending "436 hồ sơ". NEW: A MARKDOWN TABLE BY MONTH "| Tháng 1/2026 | 8.126
  | 92,46 | 99,62 |" … "| 6 tháng | 48.362 | 93,50 | 99,70 |": each month's cells are the Sở's, dated at that month's
  end (as golden/blind104.py's 595 dates the months of a quarter in prose), the "6 tháng" row at the period's end.
  Payment "92,43%; so với chỉ tiêu UBND tỉnh giao năm 2026 là 90% thì Sở đã đạt chỉ tiêu" (target dated 2026-12-31),
  "12,86 tỷ đồng, trong đó lệ phí cấp, đổi giấy phép lái xe 4,38 tỷ đồng", driving licences on VNeID "8.426 trường hợp,
  chiếm 22,87%" (codes unchecked), digitisation, reuse; PAKN "38 … 38/38 PAKN … 4,5 ngày/PAKN", satisfaction. A
  QUARTER'S 766 RESULT INSIDE A HALF-YEAR REPORT: "Quý I năm 2026, Sở Xây dựng đạt 87,94/100 điểm, xếp thứ 6/17 …
  (quý IV năm 2025: 85,10 điểm, xếp thứ 9/17), tăng 2,84 điểm và tăng 3 bậc", its six "•" groups and "Cũng trong quý I
  năm 2026, tỉnh Tây Ninh đạt 85,36/100 điểm, xếp thứ 11/34" are dated 2026-03-31 (the sentence dates them; as
  golden/blind104.py's 596 dates a month's score), the previous values 2025-12-31. Task 1's "118 hồ sơ" a count
  repeated; task 2's "nâng tỷ lệ cấp đổi giấy phép lái xe trên ứng dụng VNeID đạt tối thiểu 35% trong quý III năm 2026"
  a division's target for one kind of file (subject unchecked, level tỉnh, code unchecked, dated 2026-09-30). Six
  deadlines: day, quarter (with the target), "chậm nhất" day in words "ngày ba mươi mốt tháng 8 năm 2026", month in a
  request "Đề nghị Công an tỉnh …", year, "trước ngày 22 hằng tháng" (issued 03/7/2026: first 22/7/2026).

Unsure readings (fields left `ANY`): the subject of 610's Đề án 06 counts of the health facilities ("Các cơ sở khám
bệnh, chữa bệnh trên địa bàn tỉnh": a group of bodies, not the Sở, not the province as a whole) and of the hospitals
("21/24 bệnh viện", "Còn 03 bệnh viện": the province's hospitals of several levels); the subject of the block
averages in 611 (the block or its level; level fixed); the subject of 612's "03/09 xã … 100%" (three named communes);
the subject of 614's predecessors' sum (the merged Sở or the two former Sở) and of the division's target in task 2.
The units of 612's export come from the sentence above it, not from its header line: a reader takes "Tiếp nhận" and
"Đúng hạn" as `hồ sơ` and "Tỷ lệ" as `%`.
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
_TIME = "766.tien_do.thoi_gian"
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_GROUPS = ("766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.so_hoa", "766.hai_long")
_MAXIMA = (18, 20, 12, 10, 22, 18)
_JUN_2024 = "2024-06-30"
_JUL_2024 = "2024-07-31"
_Q3_2024 = "2024-09-30"
_Y2024 = "2024-12-31"
_H1_2025 = "2025-06-30"
_Y2025 = "2025-12-31"
_Q1_2026 = "2026-03-31"
_Y2026 = "2026-12-31"
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_HUYEN = {"subject": ANY, "level": "huyện"}
_IN_XA = {"subject": ANY, "level": "xã"}
_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_XA = {"subject": "cấp xã", "level": "xã"}

# A numeric cell: (raw, unit, kind, code, as_of, max_value).
Cell = tuple[str, str, str, object, str, float | None]


def _cell(raw: str, unit: str, code: object, kind: str = P, as_of: str = "period", top: float | None = None) -> Cell:
    """One numeric cell (kind value unless told, dated at the period end unless told)."""
    return raw, unit, kind, code, as_of, top


def _find_cell(line: str, sep: str, raw: str, start: int) -> int:
    """Where the separator before the cell `raw` begins in a table row (the cell ends at the next separator, at the
    row's closing " |", or at the end of the line)."""
    at = line.find(sep + raw, start)
    while at != -1:
        rest = line[at + len(sep) + len(raw):]
        rest = rest[2:] if rest.startswith("**") else rest
        if rest.startswith(sep) or rest in ("", " |") or rest.startswith(" |"):
            return at
        at = line.find(sep + raw, at + 1)
    raise ValueError(f"no cell {raw!r} in {line!r}")


def _cells(line: str, sep: str, after: str, subject: object, level: object, cells: list[Cell]) -> list[Fact]:
    """The numeric cells of one table row written as `line`, left to right. A cell's context is the separator before
    it, the rest of its row and the start of what follows (`after`), so that it occurs once and the raw text is found
    first at the cell itself."""
    facts, at = [], 0
    for raw, unit, kind, code, as_of, top in cells:
        at = _find_cell(line, sep, raw, at)
        value = _num(raw.strip("*+"))
        if raw.startswith("-"):
            value = -_num(raw[1:].strip("*"))
        facts.append(F(line[at:] + "\n" + after, raw, value, unit, kind, max_value=top, subject=subject,
                       level=level, as_of=as_of, code=code, extra=TAB))
        at += len(sep)
    return facts


def _by(subject: str, level: str):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


def _groups(make, contexts: list[str], **kw) -> list[Fact]:
    """The six 766 group scores `x/max` (each context ends with its raw), in the catalogue's order, each with its
    maximum."""
    facts = []
    for context, code, top in zip(contexts, _GROUPS, _MAXIMA, strict=True):
        raw = context.split()[-1]
        facts.append(make(context, raw, _num(raw.split("/")[0]), "điểm", max_value=top, code=code, **kw))
    return facts


# ------------------------------------------------------------ 610: Sở Y tế tỉnh Sơn La (PDF text), năm 2025
_SYT = "Sở Y tế"
_syt = _by(_SYT, "tỉnh")


def _field_610(stt: str, name: str, raws: str, after: str, subject: object = ANY) -> list[Fact]:
    """One tab-separated row of Bảng 1: received, online share, on-time share, overdue files."""
    received, online, on_time, overdue = raws.split()
    line = f"{stt}\t{name}\t{received}\t{online}\t{on_time}\t{overdue}"
    return _cells(line, "\t", after, subject, "tỉnh", [
        _cell(received, "hồ sơ", _TN), _cell(online, "%", _NOP), _cell(on_time, "%", _DH),
        _cell(overdue, "hồ sơ", _QH)])


BLIND_610 = [
    # I. (42/KH-UBND, 3126/VP-KSTT cited; the sector's list: subject and level unchecked)
    _syt("ban hành 08 quyết định", "08", 8, "quyết định", C, code=None),
    F("công bố mới 17 TTHC", "17", 17, "TTHC", C, code=ANY, **_OPEN),
    F("bổ sung 26 TTHC", "26", 26, "TTHC", C, code=ANY, **_OPEN),
    F("11 TTHC. Tổng số", "11", 11, "TTHC", C, code=ANY, **_OPEN),
    F("là 214 TTHC", "214", 214, "TTHC", C, code=_TTHC),
    F("tỉnh 186 TTHC", "186", 186, "TTHC", C, code=_TTHC, **_TINH),
    F("cấp xã 28 TTHC", "28", 28, "TTHC", C, code=_TTHC, **_XA),
    F("142 TTHC (chiếm", "142", 142, "TTHC", C, code=_TOAN),
    F("(chiếm 66,36%)", "66,36%", 66.36, "%", code=_TOAN),
    F("một phần 72 TTHC", "72", 72, "TTHC", C, code=_MOT),
    F("TTHC. 100% TTHC", "100%", 100, "%", code=ANY),
    # II.1 files (năm 2024 dated 2024-12-31); the number opening a wrapped line
    _syt("Sở tiếp nhận 9.486", "9.486", 9486, "hồ sơ", C, code=_TN),
    _syt("(năm 2024: 8.127", "8.127", 8127, "hồ sơ", PR, as_of=_Y2024, code=_TN),
    _syt("tăng 1.359 hồ sơ", "1.359", 1359, "hồ sơ", CH, code=_TN),
    _syt("tăng 16,72%", "16,72%", 16.72, "%", CH, code=ANY),
    _syt("8.652 hồ sơ, chiếm", "8.652", 8652, "hồ sơ", C, code=_NOP),
    _syt("chiếm 91,21%", "91,21%", 91.21, "%", code=_NOP),
    _syt("ích 834 hồ sơ", "834", 834, "hồ sơ", C, code=_NTT),
    _syt("chính 412 hồ sơ", "412", 412, "hồ sơ", C, code=ANY),
    # II.2 settled, on time, overdue (the fields' parts: subject unchecked), pending, time
    _syt("giải quyết 9.318", "9.318", 9318, "hồ sơ", C, code=ANY),
    _syt("đúng hạn 9.284", "9.284", 9284, "hồ sơ", C, code=_DH),
    _syt("99,64%; quá", "99,64%", 99.64, "%", code=_DH),
    _syt("quá hạn 34 hồ sơ", "34", 34, "hồ sơ", C, code=_QH),
    _syt("(chiếm 0,36%)", "0,36%", 0.36, "%", code=_QH),
    F("dược 21 hồ sơ", "21", 21, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("bệnh 13 hồ sơ", "13", 13, "hồ sơ", C, code=ANY, **_IN_TINH),
    _syt("là 168 hồ sơ", "168", 168, "hồ sơ", C, code=ANY),
    _syt("bình quân 8,4 ngày", "8,4", 8.4, "ngày", code=_TIME),
    _syt("rút ngắn 1,2 ngày", "1,2", -1.2, "ngày", CH, code=_TIME),
    # Bảng 1 (tab-separated, by field); "Tổng cộng" (empty STT) = the Sở
    *_field_610("1", "Khám bệnh, chữa bệnh", "3.126 87,91 99,58 13", "2\tDược, mỹ phẩm"),
    *_field_610("2", "Dược, mỹ phẩm", "4.218 94,50 99,50 21", "3\tTrang thiết bị y tế"),
    *_field_610("3", "Trang thiết bị y tế", "842 91,69 100 0", "4\tAn toàn thực phẩm"),
    *_field_610("4", "An toàn thực phẩm", "986 87,42 100 0", "5\tY tế dự phòng"),
    *_field_610("5", "Y tế dự phòng và lĩnh vực khác", "314 90,45 100 0", "\tTổng cộng"),
    *_field_610("", "Tổng cộng", "9.486 91,21 99,64 34", "\nIII. THANH TOÁN", _SYT),
    # III.1 payment (the 2025 target at the period end), money
    _syt("có 6.248 hồ sơ", "6.248", 6248, "hồ sơ", C, code=ANY),
    _syt("đó 5.362 hồ sơ", "5.362", 5362, "hồ sơ", C, code=_TT),
    _syt("đạt 85,82%", "85,82%", 85.82, "%", code=_TT, target=80, stated_status="đạt"),
    _syt("năm 2025 là 80%", "80%", 80, "%", T, code=_TT),
    _syt("1,86 tỷ đồng", "1,86", 1.86, "tỷ đồng", code=ANY),
    # III.2 digitisation (năm 2024 dated 2024-12-31), reuse, e-results
    _syt("đạt 97,42%", "97,42%", 97.42, "%", code=_SH),
    _syt("(năm 2024: 89,16%)", "89,16%", 89.16, "%", PR, as_of=_Y2024, code=_SH),
    _syt("tăng 8,26 điểm phần trăm", "8,26", 8.26, "%", CH, code=_SH),
    _syt("46,85%; tỷ lệ", "46,85%", 46.85, "%", code=_TSD),
    _syt("TTHC điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    # III.3 Đề án 06 in the sector (the facilities: subject and level unchecked; the province's records)
    F("cấp 14.236 giấy", "14.236", 14236, "giấy chứng sinh", C, code=ANY, **_OPEN),
    F("tử và 2.418 giấy", "2.418", 2418, "giấy báo tử", C, code=ANY, **_OPEN),
    F("42/42 cơ sở", "42/42", 42, "cơ sở", C, max_value=42, code=None, **_OPEN),
    F("786.412 người", "786.412", 786412, "người", C, code=ANY),
    F("đạt 61,34%", "61,34%", 61.34, "%", code=ANY),
    F("21/24 bệnh viện", "21/24", 21, "bệnh viện", C, max_value=24, code=None, **_OPEN),
    # IV. PAKN, satisfaction
    _syt("tiếp nhận 23 PAKN", "23", 23, "PAKN", C, code=_PAKN_TN),
    _syt("xử lý 21 PAKN", "21", 21, "PAKN", C, code=_PAKN_XL),
    _syt("đạt 91,30%", "91,30%", 91.30, "%", code=_PAKN_TL),
    _syt("còn 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    _syt("đạt 97,86%", "97,86%", 97.86, "%", code=_HL),
    # V. the Sở named in full (năm 2024 dated 2024-12-31), its six groups after "lần lượt là", the province
    _syt("88,16/100 điểm", "88,16/100", 88.16, "điểm", max_value=100, code=_TONG),
    _syt("xếp thứ 5/19", "5/19", 5, "hạng", R, max_value=19, code=_HANG),
    _syt("(năm 2024: 84,72 điểm", "84,72", 84.72, "điểm", PR, max_value=100, as_of=_Y2024, code=_TONG),
    _syt("xếp thứ 9/20)", "9/20", 9, "hạng", PR, max_value=20, as_of=_Y2024, code=_HANG),
    _syt("tăng 3,44 điểm", "3,44", 3.44, "điểm", CH, code=_TONG),
    _syt("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    *_groups(_syt, ["17,42/18", "giải quyết 19,36/20", "trực tuyến 10,64/12", "trực tuyến 8,12/10",
                    "hồ sơ 16,42/22", "16,20/18"]),
    F("đạt 80,26/100", "80,26/100", 80.26, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 24/34", "24/34", 24, "hạng", R, max_value=34, code=_HANG),
    # VI. the digitisation group's share of its maximum; hospitals still without cashless payment
    _syt("đạt 74,64%", "74,64%", 74.64, "%", code=ANY),
    F("Còn 03 bệnh viện", "03", 3, "bệnh viện", C, code=None, **_OPEN),
    # VII. a count repeated in a task; the Sở's target for quý II năm 2026 (phone number no figure)
    F("của 36 TTHC", "36", 36, "TTHC", C, code=ANY, **_OPEN),
    _syt("tối thiểu 88%", "88%", 88, "%", T, as_of="2026-06-30", code=_TT),
]


# ------------------------------------------------------ 611: Văn phòng UBND tỉnh Quảng Ninh, Thông báo quý III/2024
_ROWS_611 = [
    ("Thành phố Hạ Long", "42.186", "78,42", "89,64", "2"),
    ("Thành phố Cẩm Phả", "16.354", "74,18", "86,12", "6"),
    ("Thành phố Uông Bí", "11.208", "81,36", "90,18", "1"),
    ("Thành phố Móng Cái", "9.846", "72,45", "87,06", "4"),
    ("Thị xã Đông Triều", "12.472", "76,80", "88,24", "3"),
    ("Thị xã Quảng Yên", "10.915", "70,62", "84,36", "8"),
    ("Huyện Vân Đồn", "5.126", "73,24", "86,58", "5"),
    ("Huyện Tiên Yên", "3.418", "65,47", "82,15", "10"),
    ("Huyện Đầm Hà", "2.964", "68,93", "85,47", "7"),
    ("Huyện Hải Hà", "4.237", "66,05", "83,72", "9"),
    ("Huyện Bình Liêu", "2.186", "58,34", "80,46", "12"),
    ("Huyện Ba Chẽ", "1.842", "61,29", "81,08", "11"),
    ("Huyện Cô Tô", "612", "54,90", "78,92", "13"),
]
_TOTAL_611 = '  <tr>\n    <td>&nbsp;</td>\n    <td><b>Cộng cấp huyện</b></td>'


def _html_row(tds: list[str], after: str, subject: object, cells: list[Cell]) -> list[Fact]:
    """The numeric `<td>` cells of one row of the HTML table (one cell a line, indented): a cell's context runs from
    its own `<td>` to the end of the row and into the next row's name (`after`), so it occurs once and the raw text
    is found first in the cell."""
    facts = []
    for i, (raw, unit, kind, code, as_of, top) in enumerate(cells):
        context = "\n    ".join(tds[i:]) + "\n  </tr>\n" + after
        facts.append(F(context, raw, _num(raw), unit, kind, max_value=top, subject=subject, level="huyện",
                       as_of=as_of, code=code, extra=TAB))
    return facts


def _table_611() -> list[Fact]:
    """The district-level units in order (subject as written, level huyện), then "Cộng cấp huyện" (bold cells)."""
    facts = []
    for i, (name, received, online, score, rank) in enumerate(_ROWS_611):
        if i + 1 < len(_ROWS_611):
            after = f'  <tr>\n    <td align="center">{i + 2}</td>\n    <td>{_ROWS_611[i + 1][0]}</td>'
        else:
            after = _TOTAL_611
        tds = [f'<td align="right">{received}</td>', f'<td align="right">{online}</td>',
               f'<td align="right">{score}</td>', f'<td align="center">{rank}</td>']
        facts += _html_row(tds, after, name, [
            _cell(received, "hồ sơ", _TN), _cell(online, "%", _NOP), _cell(score, "điểm", _TONG, top=100),
            _cell(rank, "hạng", _HANG, kind=R)])
    tds = ['<td align="right"><b>123.366</b></td>', '<td align="right"><b>74,84</b></td>',
           '<td align="right"><b>84,92</b></td>', "<td>&nbsp;</td>"]
    facts += _html_row(tds, "</table>", "cấp huyện", [
        _cell("123.366", "hồ sơ", _TN), _cell("74,84", "%", _NOP), _cell("84,92", "điểm", _TONG, top=100)])
    return facts


BLIND_611 = [
    # I. the province (quý II năm 2024 dated 2024-06-30; 766/QĐ-TTg, 5124/UBND-TTPVHCC cited)
    F("đạt 88,72/100", "88,72/100", 88.72, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 3/63", "3/63", 3, "hạng", R, max_value=63, code=_HANG),
    F("(quý II năm 2024: 87,05 điểm", "87,05", 87.05, "điểm", PR, max_value=100, as_of=_JUN_2024, code=_TONG),
    F("xếp thứ 5/63)", "5/63", 5, "hạng", PR, max_value=63, as_of=_JUN_2024, code=_HANG),
    F("tăng 1,67 điểm", "1,67", 1.67, "điểm", CH, code=_TONG),
    F("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    *_groups(F, ["bạch: 17,64/18", "quyết: 19,52/20", "tuyến: 10,86/12", "tuyến: 8,24/10", "hồ sơ: 16,68/22",
                 "lòng: 15,78/18"]),
    # the province's files by level, its online share against the 2024 target, on time, payment
    F("tiếp nhận 286.415", "286.415", 286415, "hồ sơ", C, code=_TN),
    F("cấp tỉnh 48.236", "48.236", 48236, "hồ sơ", C, code=_TN, **_TINH),
    F("cấp huyện 123.366", "123.366", 123366, "hồ sơ", C, code=_TN, **_HUYEN),
    F("cấp xã 114.813", "114.813", 114813, "hồ sơ", C, code=_TN, **_XA),
    F("đạt 79,46%", "79,46%", 79.46, "%", code=_NOP, target=80, stated_status="chưa đạt"),
    F("năm 2024 là 80%", "80%", 80, "%", T, as_of=_Y2024, code=_NOP),
    F("đạt 99,38%", "99,38%", 99.38, "%", code=_DH),
    F("đạt 62,14%", "62,14%", 62.14, "%", code=_TT),
    F("(quý II năm 2024: 55,87%)", "55,87%", 55.87, "%", PR, as_of=_JUN_2024, code=_TT),
    # II. block averages (subject unchecked), counts by grade, the first and the last unit
    F("đạt 84,92 điểm", "84,92", 84.92, "điểm", code=_TONG, **_IN_HUYEN),
    F("đạt 89,35 điểm", "89,35", 89.35, "điểm", code=_TONG, **_IN_TINH),
    F("khối huyện 4,43 điểm", "4,43", 4.43, "điểm", CH, code=_TONG, **_IN_TINH),
    F("Có 07/13", "07/13", 7, "huyện", C, max_value=13, code=None, **_IN_HUYEN),
    F("Tốt, 06 đơn vị", "06", 6, "đơn vị", C, code=None, **_IN_HUYEN),
    F("(90,18 điểm)", "90,18", 90.18, "điểm", subject="thành phố Uông Bí", level="huyện", code=_TONG),
    F("(78,92 điểm)", "78,92", 78.92, "điểm", subject="huyện Cô Tô", level="huyện", code=_TONG),
    F("khối 6,00 điểm", "6,00", -6.0, "điểm", CH, subject="huyện Cô Tô", level="huyện", code=_TONG),
    # the HTML table (cells one a line; "Cộng cấp huyện" = cấp huyện; "30/9/2024" a date)
    *_table_611(),
    # III. the district-level committees' target for quý IV (phone number no figure)
    F("tối thiểu 65%", "65%", 65, "%", T, subject="UBND các huyện, thị xã, thành phố", level="huyện",
      as_of=_Y2024, code=_TT),
]

# ------------------------------------------------------------ 612: UBND huyện Tam Đảo (tỉnh Vĩnh Phúc), tháng 8/2024
_TD = "UBND huyện Tam Đảo"
_td = _by(_TD, "huyện")
_td_jul = {"subject": _TD, "level": "huyện", "as_of": _JUL_2024}
_EXPORT_612 = [
    ("Thị trấn Hợp Châu", "186", "184", "98,92"),
    ("Thị trấn Đại Đình", "142", "142", "100"),
    ("Thị trấn Tam Đảo", "64", "64", "100"),
    ("Xã Bồ Lý", "118", "117", "99,15"),
    ("Xã Đạo Trù", "126", "123", "97,62"),
    ("Xã Hồ Sơn", "158", "157", "99,37"),
    ("Xã Minh Quang", "173", "171", "98,84"),
    ("Xã Tam Quan", "149", "149", "100"),
    ("Xã Yên Dương", "97", "96", "98,97"),
]


def _export_612() -> list[Fact]:
    """The portal's semicolon-separated export: one line per commune or town (subject as written, level xã), then
    "Tổng" (= cấp xã). Columns: files received (`hồ sơ`), settled on time (`hồ sơ`), on-time share (%)."""
    facts = []
    rows = [*_EXPORT_612, ("Tổng", "1213", "1203", "99,18")]
    for i, (name, received, on_time, share) in enumerate(rows):
        after = rows[i + 1][0] if i + 1 < len(rows) else "\nCó 03/09"
        subject = "cấp xã" if name == "Tổng" else name
        facts += _cells(f"{name};{received};{on_time};{share}", ";", after, subject, "xã", [
            _cell(received, "hồ sơ", _TN), _cell(on_time, "hồ sơ", _DH), _cell(share, "%", _DH)])
    return facts


def _groups_612() -> list[Fact]:
    """The Markdown table of the district's group scores: June (2024-06-30), July (2024-07-31), the signed change
    (dated with July, the figure it changes); each score carries its row's maximum; the bold total row too."""
    rows = [("Công khai, minh bạch (tối đa 18)", "16,60 16,85 +0,25"),
            ("Tiến độ, kết quả giải quyết (tối đa 20)", "19,50 19,42 -0,08"),
            ("Dịch vụ công trực tuyến (tối đa 12)", "9,22 9,64 +0,42"),
            ("Thanh toán trực tuyến (tối đa 10)", "5,74 6,28 +0,54"),
            ("Mức độ số hóa hồ sơ (tối đa 22)", "14,88 15,36 +0,48"),
            ("Mức độ hài lòng (tối đa 18)", "17,05 17,10 +0,05")]
    facts = []
    for i, ((label, raws), code, top) in enumerate(zip(rows, _GROUPS, _MAXIMA, strict=True)):
        june, july, change = raws.split()
        after = f"| {rows[i + 1][0]}" if i + 1 < len(rows) else "| **Tổng điểm"
        facts += _cells(f"| {label} | {june} | {july} | {change} |", " | ", after, _TD, "huyện", [
            _cell(june, "điểm", code, as_of=_JUN_2024, top=top), _cell(july, "điểm", code, as_of=_JUL_2024, top=top),
            _cell(change, "điểm", code, kind=CH, as_of=_JUL_2024)])
    facts += _cells("| **Tổng điểm (tối đa 100)** | **82,99** | **84,65** | **+1,66** |", " | **", "\nVI. TỒN TẠI",
                    _TD, "huyện", [_cell("82,99", "điểm", _TONG, as_of=_JUN_2024, top=100),
                                   _cell("84,65", "điểm", _TONG, as_of=_JUL_2024, top=100),
                                   _cell("+1,66", "điểm", _TONG, kind=CH, as_of=_JUL_2024)])
    return facts


BLIND_612 = [
    # I. (2847/VP-KSTT cited) TTHC by level, the communes' one-stop desks
    _td("thực hiện 412 TTHC", "412", 412, "TTHC", C, code=_TTHC),
    F("cấp huyện 287 TTHC", "287", 287, "TTHC", C, code=_TTHC, **_HUYEN),
    F("cấp xã 125 TTHC", "125", 125, "TTHC", C, code=_TTHC, **_XA),
    F("và 09/09 xã", "09/09", 9, "xã", C, max_value=9, code=None, **_IN_XA),
    # II. a) cấp huyện (tháng 7/2024 dated 2024-07-31; the fields' overdue parts: subject unchecked)
    F("tiếp nhận 1.486", "1.486", 1486, "hồ sơ", C, code=_TN, **_HUYEN),
    F("(tháng 7/2024: 1.352", "1.352", 1352, "hồ sơ", PR, as_of=_JUL_2024, code=_TN, **_HUYEN),
    F("tăng 134 hồ sơ", "134", 134, "hồ sơ", CH, code=_TN, **_HUYEN),
    F("trực tuyến 1.128", "1.128", 1128, "hồ sơ", C, code=_NOP, **_HUYEN),
    F("chiếm 75,91%", "75,91%", 75.91, "%", code=_NOP, **_HUYEN),
    F("giải quyết 1.402", "1.402", 1402, "hồ sơ", C, code=ANY, **_HUYEN),
    F("đúng hạn 1.389", "1.389", 1389, "hồ sơ", C, code=_DH, **_HUYEN),
    F("đạt 99,07%", "99,07%", 99.07, "%", code=_DH, **_HUYEN),
    F("quá hạn 13 hồ sơ", "13", 13, "hồ sơ", C, code=_QH, **_HUYEN),
    F("đai 11 hồ sơ", "11", 11, "hồ sơ", C, code=ANY, **_IN_HUYEN),
    F("dựng 02 hồ sơ", "02", 2, "hồ sơ", C, code=ANY, **_IN_HUYEN),
    # b) cấp xã
    F("UBND 09 xã", "09", 9, "xã", C, code=None, **_IN_XA),
    F("tiếp nhận 1.213", "1.213", 1213, "hồ sơ", C, code=_TN, **_XA),
    F("trực tuyến 846", "846", 846, "hồ sơ", C, code=_NOP, **_XA),
    F("chiếm 69,74%", "69,74%", 69.74, "%", code=_NOP, **_XA),
    F("đúng hạn 1.203", "1.203", 1203, "hồ sơ", C, code=_DH, **_XA),
    F("đạt 99,18%", "99,18%", 99.18, "%", code=_DH, **_XA),
    F("quá hạn 10 hồ sơ", "10", 10, "hồ sơ", C, code=_QH, **_XA),
    # the portal's export (semicolons, no thousands separator; "01/9/2024" a date)
    *_export_612(),
    F("Có 03/09", "03/09", 3, "xã", C, max_value=9, code=None, **_IN_XA),
    F("giải quyết 100%", "100%", 100, "%", code=_DH, **_IN_XA),
    F("(97,62%) do", "97,62%", 97.62, "%", subject="Xã Đạo Trù", level="xã", code=_DH),
    # III. the district's payment (tháng 7 dated 2024-07-31; the 2024 target after the period end), digitisation
    # by level, copies
    _td("đạt 52,36%", "52,36%", 52.36, "%", code=_TT, target=50, stated_status="đạt"),
    _td("(tháng 7/2024: 48,15%)", "48,15%", 48.15, "%", PR, as_of=_JUL_2024, code=_TT),
    _td("tăng 4,21%", "4,21%", 4.21, "%", CH, code=_TT),
    _td("năm 2024 là 50%", "50%", 50, "%", T, as_of=_Y2024, code=_TT),
    F("cấp huyện 86,42%", "86,42%", 86.42, "%", code=_SH, **_HUYEN),
    F("cấp xã 71,08%", "71,08%", 71.08, "%", code=_SH, **_XA),
    _td("cấp 1.124 bản", "1.124", 1124, "bản", C, code=ANY),
    F("cấp huyện 186 bản", "186", 186, "bản", C, code=ANY, **_HUYEN),
    F("cấp xã 938 bản", "938", 938, "bản", C, code=ANY, **_XA),
    # IV. PAKN
    _td("tiếp nhận 06 PAKN", "06", 6, "PAKN", C, code=_PAKN_TN),
    _td("xử lý 06/06 PAKN", "06/06", 6, "PAKN", C, max_value=6, code=ANY),
    # V. the province's assessment of July (dated 2024-07-31; June 2024-06-30) and the Markdown table
    F("đạt 84,65/100", "84,65/100", 84.65, "điểm", max_value=100, code=_TONG, **_td_jul),
    F("xếp thứ 3/9", "3/9", 3, "hạng", R, max_value=9, code=_HANG, **_td_jul),
    _td("(tháng 6/2024: 82,99 điểm", "82,99", 82.99, "điểm", PR, max_value=100, as_of=_JUN_2024, code=_TONG),
    _td("xếp thứ 5/9)", "5/9", 5, "hạng", PR, max_value=9, as_of=_JUN_2024, code=_HANG),
    F("tăng 1,66 điểm", "1,66", 1.66, "điểm", CH, code=_TONG, **_td_jul),
    F("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG, **_td_jul),
    *_groups_612(),
    # VI. shortcomings: cấp huyện's overdue files repeated, cấp xã against cấp huyện
    F("Còn 13 hồ sơ", "13", 13, "hồ sơ", C, code=ANY, **_HUYEN),
    F("huyện 6,17 điểm phần trăm", "6,17", -6.17, "%", CH, code=_NOP, **_XA),
    # VII. a count repeated; cấp xã's target for quý III (phone number no figure)
    F("dứt điểm 11 hồ sơ", "11", 11, "hồ sơ", C, code=ANY, **_OPEN),
    F("tối thiểu 72%", "72%", 72, "%", T, as_of=_Q3_2024, code=_NOP, **_XA),
]


# ------------------------------------------------------ 613: Sở Nông nghiệp và Môi trường tỉnh Phú Thọ, quý I/2026
_SNN = "Sở Nông nghiệp và Môi trường"
_snn = _by(_SNN, "tỉnh")
_GRID_W = (5, 38, 11, 12, 10, 9)
_GRID_RULE = "+" + "+".join("-" * (w + 2) for w in _GRID_W) + "+"


def _grid_line(cells: list[str]) -> str:
    """One line of the pandoc grid table, each cell padded to its column's width."""
    return "|" + "|".join(" " + c.ljust(w) + " " for c, w in zip(cells, _GRID_W, strict=True)) + "|"


def _field_613(stt: str, name: str, raws: str, after: str, subject: object = ANY) -> list[Fact]:
    """One row of the grid table: received, online share, on-time share, overdue files. A cell's context runs from its
    "| " to the end of the line and on through the rule into the next row's label (`after`)."""
    cells = raws.split()
    line = _grid_line([stt, name, *cells])
    facts, at = [], 0
    specs = [("hồ sơ", _TN), ("%", _NOP), ("%", _DH), ("hồ sơ", _QH)]
    for (raw, (unit, code)), w in zip(zip(cells, specs, strict=True), _GRID_W[2:], strict=True):
        at = line.index("| " + raw.ljust(w) + " |", at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw), unit, max_value=None, subject=subject,
                       level="tỉnh", code=code, extra=TAB))
        at += 2
    return facts


def _table_613() -> list[Fact]:
    """The grid table by field (subject unchecked, level tỉnh); field 6's name runs onto a second line; "Tổng cộng"
    (empty STT) = the Sở."""
    nxt = _GRID_RULE + "\n| {} | {}"
    return [
        *_field_613("1", "Đất đai", "6.842 72,36 97,84 142", nxt.format("2    ", "Môi trường")),
        *_field_613("2", "Môi trường", "486 95,47 100 0", nxt.format("3    ", "Tài nguyên nước")),
        *_field_613("3", "Tài nguyên nước và khoáng sản", "214 93,93 99,53 1", nxt.format("4    ", "Trồng trọt")),
        *_field_613("4", "Trồng trọt, bảo vệ thực vật", "1.126 98,22 100 0", nxt.format("5    ", "Chăn nuôi")),
        *_field_613("5", "Chăn nuôi và thú y", "2.318 99,14 99,96 1", nxt.format("6    ", "Thủy lợi")),
        *_field_613("6", "Thủy lợi, lâm nghiệp và các lĩnh", "392 91,84 100 0", "|       | vực khác"),
        *_field_613("", "Tổng cộng", "11.378 82,44 98,69 144", _GRID_RULE + "\n\n**4. Thanh toán", _SNN),
    ]


BLIND_613 = [
    # 1. (846/VP-KSTT cited; the TTHC announced: the sector's list, subject and level unchecked)
    _snn("ban hành 03 quyết định", "03", 3, "quyết định", C, code=None),
    F("công bố 28 TTHC", "28", 28, "TTHC", C, code=ANY, **_OPEN),
    _snn("thực hiện 168 TTHC", "168", 168, "TTHC", C, code=_TTHC),
    _snn("đó 121 TTHC", "121", 121, "TTHC", C, code=_TOAN),
    _snn("(chiếm 72,02%)", "72,02%", 72.02, "%", code=_TOAN),
    _snn("và 47 TTHC", "47", 47, "TTHC", C, code=_MOT),
    # 2. received (quý IV năm 2025 dated 2025-12-31; falls negative), online against the 2026 target
    _snn("tiếp nhận 11.378", "11.378", 11378, "hồ sơ", C, code=_TN),
    _snn("(quý IV năm 2025: 12.946", "12.946", 12946, "hồ sơ", PR, as_of=_Y2025, code=_TN),
    _snn("giảm 1.568 hồ sơ", "1.568", -1568, "hồ sơ", CH, code=_TN),
    _snn("giảm 12,11%", "12,11%", -12.11, "%", CH, code=ANY),
    _snn("là 9.380 hồ sơ", "9.380", 9380, "hồ sơ", C, code=_NOP),
    _snn("chiếm 82,44%", "82,44%", 82.44, "%", code=_NOP, target=85, stated_status="chưa đạt"),
    _snn("năm 2026 là 85%", "85%", 85, "%", T, as_of=_Y2026, code=_NOP),
    # the head office and the former provinces' reception points (subject and level unchecked)
    F("tiếp nhận 4.834 hồ sơ", "4.834", 4834, "hồ sơ", C, code=ANY, **_OPEN),
    F("cũ 4.126 hồ sơ", "4.126", 4126, "hồ sơ", C, code=ANY, **_OPEN),
    F("cũ 2.418 hồ sơ", "2.418", 2418, "hồ sơ", C, code=ANY, **_OPEN),
    # 3. settled, on time (parts apart, then together), overdue (the land part), pending, time
    _snn("giải quyết 11.024", "11.024", 11024, "hồ sơ", C, code=ANY),
    _snn("trước hạn 7.862", "7.862", 7862, "hồ sơ", C, code=ANY),
    _snn("đúng hạn 3.018", "3.018", 3018, "hồ sơ", C, code=ANY),
    _snn("đạt 98,69%", "98,69%", 98.69, "%", code=_DH),
    _snn("quá hạn 144 hồ sơ", "144", 144, "hồ sơ", C, code=_QH),
    _snn("(chiếm 1,31%)", "1,31%", 1.31, "%", code=_QH),
    F("đất đai 142 hồ sơ", "142", 142, "hồ sơ", C, code=ANY, **_IN_TINH),
    _snn("là 354 hồ sơ", "354", 354, "hồ sơ", C, code=ANY),
    _snn("bình quân 9,6 ngày", "9,6", 9.6, "ngày", code=_TIME),
    # the grid table by field
    *_table_613(),
    # 4. payment (quý IV năm 2025 dated 2025-12-31), money, digitisation, e-results, reuse
    _snn("Có 5.286 hồ sơ", "5.286", 5286, "hồ sơ", C, code=ANY),
    _snn("đó 3.842 hồ sơ", "3.842", 3842, "hồ sơ", C, code=_TT),
    _snn("đạt 72,68%", "72,68%", 72.68, "%", code=_TT),
    _snn("(quý IV năm 2025: 68,95%)", "68,95%", 68.95, "%", PR, as_of=_Y2025, code=_TT),
    _snn("tăng 3,73 điểm phần trăm", "3,73", 3.73, "%", CH, code=_TT),
    _snn("là 4,62 tỷ đồng", "4,62", 4.62, "tỷ đồng", code=ANY),
    _snn("đạt 94,18%", "94,18%", 94.18, "%", code=_SH),
    _snn("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    _snn("đạt 38,26%", "38,26%", 38.26, "%", code=_TSD),
    # 5. PAKN
    _snn("tiếp nhận 14 PAKN", "14", 14, "PAKN", C, code=_PAKN_TN),
    _snn("xử lý 12 PAKN", "12", 12, "PAKN", C, code=_PAKN_XL),
    _snn("(đạt 85,71%)", "85,71%", 85.71, "%", code=_PAKN_TL),
    _snn("còn 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    # 6. the Sở named in full (quý IV năm 2025 dated 2025-12-31), the province
    _snn("đạt 84,36/100", "84,36/100", 84.36, "điểm", max_value=100, code=_TONG),
    _snn("xếp thứ 14/18", "14/18", 14, "hạng", R, max_value=18, code=_HANG),
    _snn("(quý IV năm 2025: 81,92 điểm", "81,92", 81.92, "điểm", PR, max_value=100, as_of=_Y2025, code=_TONG),
    _snn("xếp thứ 16/18)", "16/18", 16, "hạng", PR, max_value=18, as_of=_Y2025, code=_HANG),
    _snn("tăng 2,44 điểm", "2,44", 2.44, "điểm", CH, code=_TONG),
    _snn("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    F("đạt 83,12/100", "83,12/100", 83.12, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 18/34", "18/34", 18, "hạng", R, max_value=34, code=_HANG),
    # 7. a count repeated; the land field's target for quý II (phone number no figure)
    F("dứt điểm 142 hồ sơ", "142", 142, "hồ sơ", C, code=ANY, **_OPEN),
    F("tối thiểu 80%", "80%", 80, "%", T, as_of="2026-06-30", code=_NOP, **_IN_TINH),
]

# ------------------------------------------------------------ 614: Sở Xây dựng tỉnh Tây Ninh, 6 tháng đầu năm 2026
_SXD = "Sở Xây dựng"
_sxd = _by(_SXD, "tỉnh")
_sxd_q1 = {"subject": _SXD, "level": "tỉnh", "as_of": _Q1_2026}
_MONTHS_614 = [
    ("Tháng 1/2026", "8.126 92,46 99,62", "2026-01-31"),
    ("Tháng 2/2026", "6.245 92,88 99,81", "2026-02-28"),
    ("Tháng 3/2026", "8.412 93,25 99,66", "2026-03-31"),
    ("Tháng 4/2026", "8.318 93,61 99,70", "2026-04-30"),
    ("Tháng 5/2026", "8.547 93,94 99,74", "2026-05-31"),
    ("Tháng 6/2026", "8.714 94,61 99,68", "2026-06-30"),
    ("6 tháng", "48.362 93,50 99,70", "period"),
]


def _months_614() -> list[Fact]:
    """The Markdown table by month: each month's row dated at that month's end, the "6 tháng" row at the period's end;
    all the Sở's (received, online share, on-time share)."""
    facts = []
    for i, (label, raws, as_of) in enumerate(_MONTHS_614):
        received, online, on_time = raws.split()
        after = f"| {_MONTHS_614[i + 1][0]}" if i + 1 < len(_MONTHS_614) else "\n3) THANH TOÁN"
        facts += _cells(f"| {label} | {received} | {online} | {on_time} |", " | ", after, _SXD, "tỉnh", [
            _cell(received, "hồ sơ", _TN, as_of=as_of), _cell(online, "%", _NOP, as_of=as_of),
            _cell(on_time, "%", _DH, as_of=as_of)])
    return facts


def _field_614(name: str, received: str, online: str, share: str) -> list[Fact]:
    """One `•` line by field "• <field>: n hồ sơ, trực tuyến m hồ sơ (x%);" (subject unchecked, level tỉnh)."""
    tail = name.split()[-1]
    return [F(f"{tail}: {received} hồ sơ", received, _num(received), "hồ sơ", C, code=ANY, **_IN_TINH),
            F(f"trực tuyến {online} hồ sơ ({share})", online, _num(online), "hồ sơ", C, code=ANY, **_IN_TINH),
            F(f"({share})", share, _num(share), "%", code=_NOP, **_IN_TINH)]


BLIND_614 = [
    # 1) (31/KH-UBND cited) the Sở's TTHC, by field (subject unchecked), toàn trình / một phần
    _sxd("ban hành 06 quyết định", "06", 6, "quyết định", C, code=None),
    _sxd("thực hiện 176 TTHC", "176", 176, "TTHC", C, code=_TTHC),
    F("xây dựng 58 TTHC", "58", 58, "TTHC", C, code=ANY, **_IN_TINH),
    F("vận tải 118 TTHC", "118", 118, "TTHC", C, code=ANY, **_IN_TINH),
    _sxd("là 112 TTHC", "112", 112, "TTHC", C, code=_TOAN),
    _sxd("(chiếm 63,64%)", "63,64%", 63.64, "%", code=_TOAN),
    _sxd("là 64 TTHC", "64", 64, "TTHC", C, code=_MOT),
    # 2) a. received; the two former Sở's sum a year before (dated 2025-06-30; subject unchecked)
    _sxd("tiếp nhận 48.362", "48.362", 48362, "hồ sơ", C, code=_TN),
    F("hợp nhất: 41.875", "41.875", 41875, "hồ sơ", PR, as_of=_H1_2025, code=_TN, **_IN_TINH),
    _sxd("tăng 6.487 hồ sơ", "6.487", 6487, "hồ sơ", CH, code=_TN),
    _sxd("tăng 15,49%", "15,49%", 15.49, "%", CH, code=ANY),
    _sxd("tuyến 45.217 hồ sơ", "45.217", 45217, "hồ sơ", C, code=_NOP),
    _sxd("chiếm 93,50%", "93,50%", 93.50, "%", code=_NOP),
    *_field_614("Cấp, đổi giấy phép lái xe", "36.842", "35.786", "97,13%"),
    *_field_614("Đăng ký phương tiện, cấp phép vận tải", "6.418", "5.961", "92,88%"),
    *_field_614("Hoạt động xây dựng, cấp giấy phép xây dựng", "3.286", "2.364", "71,94%"),
    *_field_614("Nhà ở, kinh doanh bất động sản và lĩnh vực khác", "1.816", "1.106", "60,90%"),
    # b. settled, on time together, overdue (the construction part), pending
    _sxd("giải quyết 47.926", "47.926", 47926, "hồ sơ", C, code=ANY),
    _sxd("đúng hạn 47.781", "47.781", 47781, "hồ sơ", C, code=_DH),
    _sxd("đạt 99,70%", "99,70%", 99.70, "%", code=_DH),
    _sxd("quá hạn 145 hồ sơ", "145", 145, "hồ sơ", C, code=_QH),
    _sxd("chiếm 0,30%", "0,30%", 0.30, "%", code=_QH),
    F("dựng 118 hồ sơ)", "118", 118, "hồ sơ", C, code=ANY, **_IN_TINH),
    _sxd("giải quyết 436", "436", 436, "hồ sơ", C, code=ANY),
    # c. the Markdown table by month
    *_months_614(),
    # 3) a. payment (the 2026 target after the period end), money, driving licences on VNeID
    _sxd("Có 41.268 hồ sơ", "41.268", 41268, "hồ sơ", C, code=ANY),
    _sxd("đó 38.146 hồ sơ", "38.146", 38146, "hồ sơ", C, code=_TT),
    _sxd("đạt 92,43%", "92,43%", 92.43, "%", code=_TT, target=90, stated_status="đạt"),
    _sxd("năm 2026 là 90%", "90%", 90, "%", T, as_of=_Y2026, code=_TT),
    _sxd("trực tuyến: 12,86 tỷ đồng", "12,86", 12.86, "tỷ đồng", code=ANY),
    _sxd("xe 4,38 tỷ đồng", "4,38", 4.38, "tỷ đồng", code=ANY),
    _sxd("VNeID: 8.426 trường hợp", "8.426", 8426, "trường hợp", C, code=ANY),
    _sxd("chiếm 22,87%", "22,87%", 22.87, "%", code=ANY),
    # b. digitisation, reuse
    _sxd("đạt 98,62%", "98,62%", 98.62, "%", code=_SH),
    _sxd("đạt 64,18%", "64,18%", 64.18, "%", code=_TSD),
    # 4) PAKN, satisfaction
    _sxd("tiếp nhận 38 PAKN", "38", 38, "PAKN", C, code=_PAKN_TN),
    _sxd("xử lý 38/38 PAKN", "38/38", 38, "PAKN", C, max_value=38, code=ANY),
    _sxd("bình quân 4,5 ngày", "4,5", 4.5, "ngày", code="pakn.thoi_gian"),
    _sxd("đạt 98,84%", "98,84%", 98.84, "%", code=_HL),
    # 5) quý I năm 2026 inside the half-year report (dated 2026-03-31; quý IV năm 2025 2025-12-31)
    F("đạt 87,94/100", "87,94/100", 87.94, "điểm", max_value=100, code=_TONG, **_sxd_q1),
    F("xếp thứ 6/17", "6/17", 6, "hạng", R, max_value=17, code=_HANG, **_sxd_q1),
    _sxd("(quý IV năm 2025: 85,10 điểm", "85,10", 85.10, "điểm", PR, max_value=100, as_of=_Y2025, code=_TONG),
    _sxd("xếp thứ 9/17)", "9/17", 9, "hạng", PR, max_value=17, as_of=_Y2025, code=_HANG),
    F("tăng 2,84 điểm", "2,84", 2.84, "điểm", CH, code=_TONG, **_sxd_q1),
    F("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG, **_sxd_q1),
    *_groups(F, ["bạch: 17,58/18", "quyết: 19,74/20", "tuyến: 10,92/12", "tuyến: 8,86/10", "hồ sơ: 14,62/22",
                 "lòng: 16,22/18"], **_sxd_q1),
    F("đạt 85,36/100", "85,36/100", 85.36, "điểm", max_value=100, as_of=_Q1_2026, code=_TONG),
    F("xếp thứ 11/34", "11/34", 11, "hạng", R, max_value=34, as_of=_Q1_2026, code=_HANG),
    # 7) a count repeated; a division's target for quý III ("hai Sở" in words; phone number no figure)
    F("dứt điểm 118 hồ sơ", "118", 118, "hồ sơ", C, code=ANY, **_OPEN),
    F("tối thiểu 35%", "35%", 35, "%", T, as_of="2026-09-30", code=ANY, **_IN_TINH),
]

BLIND = {"610": BLIND_610, "611": BLIND_611, "612": BLIND_612, "613": BLIND_613, "614": BLIND_614}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "610": [
        ("2026-03-31", "day", "31/3/2026", "chuẩn hóa quy trình nội bộ", "Phòng Nghiệp vụ Dược"),
        ("2026-06-30", "quarter", "quý II năm 2026", "thanh toán trực tuyến", "Văn phòng Sở"),
        ("2026-03-20", "day", "ngày hai mươi tháng 3 năm 2026", "kết nối dữ liệu giấy báo tử điện tử",
         "Phòng Nghiệp vụ Y"),
        ("2026-06-30", "month", "tháng 6/2026", "đối soát dữ liệu khám bệnh", "Bảo hiểm xã hội tỉnh"),
        ("2026-12-31", "year", "năm 2026", "bệnh án điện tử", "Các bệnh viện tuyến tỉnh"),
        # issued 09/01/2026: the first "ngày 15 hằng tháng" is 15/01/2026
        ("2026-01-15", "recurring", "15 hằng tháng", "gửi báo cáo kết quả giải quyết TTHC",
         "Các phòng chuyên môn, đơn vị trực thuộc"),
    ],
    "611": [
        ("2024-10-31", "day", "31/10/2024", "rà soát nguyên nhân điểm thấp",
         "UBND huyện Cô Tô, UBND huyện Bình Liêu"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "thanh toán phí, lệ phí", "UBND các huyện, thị xã, thành phố"),
        ("2024-11-15", "day", "ngày mười lăm tháng 11 năm 2024", "tổng hợp danh sách hồ sơ trả lại",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        ("2024-12-31", "month", "tháng 12/2024", "nâng cấp chức năng số hóa", "Sở Thông tin và Truyền thông"),
        ("2025-12-31", "year", "năm 2025", "dịch vụ công trực tuyến toàn trình", "Các sở, ban, ngành"),
        # issued 14/10/2024: the first "ngày 22 hằng tháng" is 22/10/2024
        ("2024-10-22", "recurring", "22 hằng tháng", "gửi báo cáo kết quả khắc phục tồn tại",
         "Các huyện, thị xã, thành phố"),
    ],
    "612": [
        ("2024-09-15", "day", "15/9/2024", "cập nhật quy trình nội bộ", "Văn phòng HĐND và UBND huyện"),
        ("2024-09-20", "day", "ngày hai mươi tháng 9 năm 2024", "11 hồ sơ đất đai quá hạn",
         "Phòng Tài nguyên và Môi trường"),
        ("2024-09-30", "quarter", "quý III năm 2024", "nộp trực tuyến", "UBND các xã, thị trấn"),
        ("2024-10-31", "month", "tháng 10/2024", "tuyên truyền về thanh toán trực tuyến", "Phòng Văn hóa và Thông tin"),
        ("2024-12-31", "year", "năm 2024", "số hóa sổ hộ tịch", "Phòng Tư pháp"),
        # issued 05/9/2024: the first "ngày 25 hằng tháng" is 25/9/2024
        ("2024-09-25", "recurring", "25 hằng tháng", "gửi báo cáo kết quả giải quyết TTHC", "UBND các xã, thị trấn"),
    ],
    "613": [
        ("2026-04-30", "day", "30/4/2026", "142 hồ sơ đất đai quá hạn", "Văn phòng Đăng ký đất đai"),
        ("2026-06-30", "quarter", "quý II năm 2026", "nộp trực tuyến", "Phòng Quản lý đất đai"),
        ("2026-05-22", "day", "ngày hai mươi hai tháng 5 năm 2026", "đồng bộ dữ liệu đất đai",
         "Trung tâm Công nghệ thông tin và Dữ liệu"),
        ("2026-06-30", "month", "tháng 6/2026", "kiểm dịch động vật điện tử", "Chi cục Chăn nuôi và Thú y"),
        ("2026-12-31", "year", "năm 2026", "tự động đồng bộ trạng thái thanh toán", "Văn phòng UBND tỉnh"),
        # issued 06/4/2026: the first "ngày 12 hằng tháng" is 12/4/2026
        ("2026-04-12", "recurring", "12 hằng tháng", "gửi số liệu giải quyết TTHC", "Các phòng, đơn vị thuộc Sở"),
    ],
    "614": [
        ("2026-07-31", "day", "31/7/2026", "giải quyết dứt điểm 118 hồ sơ quá hạn",
         "Phòng Quản lý hoạt động xây dựng"),
        ("2026-09-30", "quarter", "quý III năm 2026", "giấy phép lái xe trên ứng dụng VNeID",
         "Phòng Quản lý vận tải, phương tiện và người lái"),
        ("2026-08-31", "day", "ngày ba mươi mốt tháng 8 năm 2026", "số hóa kết quả giải quyết TTHC", "Văn phòng Sở"),
        ("2026-10-31", "month", "tháng 10/2026", "xác thực dữ liệu giấy phép lái xe", "Công an tỉnh"),
        ("2026-12-31", "year", "năm 2026", "kiểm tra việc thực hiện quy trình nội bộ", "Thanh tra Sở"),
        # issued 03/7/2026: the first "ngày 22 hằng tháng" is 22/7/2026
        ("2026-07-22", "recurring", "22 hằng tháng", "gửi báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 610 is a report of the Sở
# Y tế under "UBND TỈNH SƠN LA" (a PDF's text, the header in two space-aligned columns); 611 a Thông báo of the Văn
# phòng UBND tỉnh Quảng Ninh signed by a deputy chief; 612 a report of UBND huyện Tam Đảo (tỉnh Vĩnh Phúc named in
# "Kính gửi"); 613 a Công văn (a "V/v" line) of the Sở Nông nghiệp và Môi trường under "UBND TỈNH PHÚ THỌ", its
# signature block in bold; 614 a report of the Sở Xây dựng under "UBND TỈNH TÂY NINH".
META = {
    "610": {"doc_number": "86/BC-SYT", "doc_type": "Báo cáo", "issued_date": "2026-01-09",
            "province": "Sơn La", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Cầm Thị Phương"},
    "611": {"doc_number": "218/TB-VPUBND", "doc_type": "Thông báo", "issued_date": "2024-10-14",
            "province": "Quảng Ninh", "period_label": "quý III năm 2024", "period_start": "2024-07-01",
            "period_end": "2024-09-30", "signer": "Vũ Văn Khiêm"},
    "612": {"doc_number": "386/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-09-05",
            "province": "Vĩnh Phúc", "period_label": "tháng 8 năm 2024", "period_start": "2024-08-01",
            "period_end": "2024-08-31", "signer": "Đỗ Minh Tuấn"},
    "613": {"doc_number": "1186/SNNMT-VP", "doc_type": "Công văn", "issued_date": "2026-04-06",
            "province": "Phú Thọ", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Đinh Công Sơn"},
    "614": {"doc_number": "1426/BC-SXD", "doc_type": "Báo cáo", "issued_date": "2026-07-03",
            "province": "Tây Ninh", "period_label": "6 tháng đầu năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-06-30", "signer": "Nguyễn Hữu Phước"},
}
