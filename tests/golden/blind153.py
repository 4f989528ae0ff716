"""Blind golden facts for corpus/blind153/840_ha_tinh.txt, 841_khanh_hoa.txt, 842_tuyen_quang.txt, 843_hung_yen.txt and
844_da_nang.txt.

The five documents were written by the developers for a hundred-and-fifty-third blind measurement (SECTOR DEPARTMENTS
REPORTING ON THEIR OWN PROCEDURES IN 2025 AND 2026: a Sở Y tế's quarter with a Markdown table by field whose columns are
the same quarter a year earlier, the quarter before and this quarter; a Sở Giáo dục và Đào tạo's half-year with a dash
list of fields and the six 766 groups in a dash list; a Sở Xây dựng's Công văn on its month with a tab-separated table
by group of procedures and the overdue files by reason in a dash list; a Sở Nông nghiệp và Môi trường's year with a
Markdown table by field and its fourth quarter against the third and against the fourth of 2024; a Sở Công Thương's
Thông báo on its quarter with channels, fields and the six groups after "lần lượt là"; files by field and procedure,
online shares, on-time shares, overdue files with their reasons, fees paid online, digitised records, the quarter before
and the same quarter a year earlier; provinces Hà Tĩnh (unchanged by the 1 July 2025 merger), Khánh Hòa (merged with
Ninh Thuận), Tuyên Quang (merged with Hà Giang), Hưng Yên (merged with Thái Bình) and the centrally-run city Đà Nẵng
(merged with Quảng Nam); periods quý III năm 2025, 6 tháng đầu năm 2026, tháng 3 năm 2026, năm 2025 and quý I năm 2026;
not real documents), and every row below was written by reading them, before any extraction, restoration or pipeline
code was run on them. They also serve as held-out text for diacritic restoration (marks stripped, restored, compared
with the file).

Same structure and conventions as golden/blind152.py, blind151.py, blind150.py, blind149.py, blind134.py and blind13.py:
rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose
and list counts are kind `count`; table cells are kind `value` even when they count, with `extra={"source": "table"}`;
`as_of="period"` is the period's end; a table column dated before the period end keeps kind `value` with that date as
`as_of`; a previous quarter, month, half-year or year in brackets is kind previous dated at its end (a previous 766
total with the maximum 100 of the current one, a previous rank with its maximum); a change is dated with the figure it
changes and a fall ("giảm", "rút ngắn") is negative; a change in "điểm phần trăm" is kind change in `%` with the number
alone as raw; a change of a 766 score or rank carries the score's or rank's code, of a count, share, duration or money
none. `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names
none: counts of fields, decisions, bodies, communes). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" the
unit `PAKN`; a count of the files (or PAKN) an indicator is computed on carries that indicator's code (received, online,
direct, on time, overdue, paid online); every "đã giải quyết" count, files settled before time and on time counted
apart, pending files, files carried over, files owing fees, one field's files and shares, money, letters of apology,
licences, certified copies and PAKN handled or by channel have their code unchecked; overdue files named by field carry
the overdue code, those named by reason or by procedure leave it unchecked. A provincial body's own figures naming no
body are named by its kind, level tỉnh: `Sở Y tế` (840), `Sở Giáo dục và Đào tạo` (841), `Sở Xây dựng` (842), `Sở Nông
nghiệp và Môi trường` (843), `Sở Công Thương` (844, in a centrally-run city: the Sở's kind as written in its own
header), also where the sentence names it in full ("Sở Y tế đạt 89,46/100 điểm"); fields and groups of procedures
(prose, dash lists, table rows) have subject unchecked, level tỉnh, as golden/blind13.py's 146 and blind134.py; the
province's or the city's 766 result ("Tỉnh Hà Tĩnh đạt", "Thành phố Đà Nẵng đạt") has subject NULL. Block averages
subject unchecked, level tỉnh, code unchecked; counts of agencies by grade ("12/20 cơ quan", "07 cơ quan") `đơn vị`,
level tỉnh, code None. Things counted take the noun as written (`quyết định`, `lĩnh vực`, `thư xin lỗi`, `giấy phép`,
`bản`, `văn bằng` for "văn bằng, chứng chỉ", `quầy`); money keeps the unit written (`triệu đồng`); durations `ngày`;
scores `điểm`. Targets "chỉ tiêu UBND tỉnh giao năm N là x%" are the Sở's, dated at the end of year N, and the share
they are held against carries them with the status written; task targets and task quantities ("dứt điểm 18 hồ sơ", "06
TTHC", "01 quầy", "tối thiểu 80%") are kind target dated at their task's deadline, subject unchecked, level tỉnh, except
a target written "của Sở" (the Sở's); a count of communes repeated in a task ("06 xã, phường") stays a count.

Dates, document numbers and cited texts ("Số: 2418/BC-SYT", "Công văn số 4126/VP-KSTT", "Quyết định số 2146/QĐ-UBND",
"Quyết định số 2381/QĐ-UBND", "Kế hoạch số 52/KH-UBND", "Số: 846/SXD-VP", "Công văn số 318/VP-KSTT", "Nghị quyết số
202/2025/QH15", "Số: 58/BC-SNNMT", "Quyết định số 766/QĐ-TTg", "Kế hoạch số 18/KH-UBND", "Số: 126/TB-SCT"), stated
windows ("từ ngày 01/7/2025 đến ngày 30/9/2025", "từ ngày 01/7/2025"), quarters, months, half-years and years naming a
column, a bracket or a result ("Quý III/2024", "quý II năm 2025", "tháng 6/2025", "6 tháng cuối năm 2025", "Tháng
02/2026", "tháng 9/2025", "từ năm 2000", "còn tồn từ năm 2024"), the period's own name ("6 tháng đầu năm 2026"), "Bộ chỉ
số 766", "Tổng đài 1022", "Bảng 1.", addresses ("số 75 đường Hải Thượng Lãn Ông", "số 437 đường Nguyễn Văn Linh", "Tầng
6, Trung tâm Hành chính thành phố, số 24 đường Trần Phú"), phone numbers ("0239.3855.412", "0258.3822.146",
"0221.3862.418", "0236.3822.576"), section and item numbering ("I.", "1.", "VII."), STT cells, headings naming the next
period ("VII. NHIỆM VỤ QUÝ IV NĂM 2025", "8. Nhiệm vụ 6 tháng cuối năm 2026", "6. Nhiệm vụ tháng 4 năm 2026", "VII.
NHIỆM VỤ NĂM 2026", "8. Nhiệm vụ quý II năm 2026": no deadlines), numbers in words ("hai Sở", "hai tỉnh", the days of
"ngày mười lăm tháng 11", "ngày hai mươi tháng 8", "ngày ba mươi tháng 4", "ngày ba mươi tháng 6", "ngày mười lăm tháng
5") and years are not figures.

New in this set (the decisions are written here):
- A TABLE BY FIELD WITH THE SAME QUARTER A YEAR EARLIER AND THE QUARTER BEFORE AS COLUMNS (840, Markdown "| STT | Lĩnh
  vực | Quý III/2024 | Quý II/2025 | Quý III/2025 | Trực tuyến (%) | Đúng hạn (%) |"): the earlier columns are kind
  value dated at their quarter's end (2024-09-30, 2025-06-30), the fixed rule for a column dated before the period end;
  field rows subject unchecked, level tỉnh, codes unchecked; the "Tổng cộng" row (empty STT) is the Sở, its three file
  cells the received code (the Sở Y tế of Hà Tĩnh, a province the merger left unchanged, existed in every column), its
  shares the online and on-time codes. A MONTH COLUMN in 842's tab-separated table ("Tháng 02/2026 (hồ sơ)") is dated
  2026-02-28 in the same way.
- FIELD SHARES IN A TABLE OR A DASH LIST leave their code unchecked (as golden/blind149.py's 823 and 824, the more
  recent reading than golden/blind134.py's online code per field); overdue cells of a field row carry the overdue code
  (as 823).
- THE QUARTER OR HALF-YEAR A YEAR EARLIER OF THE FORMER DEPARTMENTS COMBINED (841 "cùng kỳ năm 2025, cộng gộp hai Sở
  trước sắp xếp: 5.214 hồ sơ", 842 "(5.866 hồ sơ, cộng gộp Sở Xây dựng hai tỉnh …)", 843 "(năm 2024, cộng gộp hai Sở
  trước hợp nhất: 16.318 hồ sơ)", "(của hai Sở cũ: 4.521 hồ sơ)", "(năm 2024 của hai Sở cũ: …)", 844 "(3.292 hồ sơ của
  Sở Công Thương thành phố Đà Nẵng và Sở Công Thương tỉnh Quảng Nam trước sắp xếp)"): kind previous dated at that
  period's end, subject unchecked, level tỉnh (as golden/blind134.py's 748); the change against it is the Sở's. The
  quarter before (after 1 July 2025) is the present Sở's.
- A QUARTER INSIDE A YEAR OR A QUARTER TO DATE INSIDE A MONTH (843 "Riêng quý IV năm 2025, Sở tiếp nhận 5.346 hồ sơ",
  842 "Lũy kế quý I năm 2026, Sở tiếp nhận 6.912 hồ sơ"): the quarter ends at the period end, so kind count at the
  period end with the received code (as golden/blind149.py's 822 "Lũy kế quý I").
- OVERDUE FILES BY REASON WITH THEIR FIELD (840 "21 hồ sơ lĩnh vực khám bệnh, chữa bệnh do …"): the field is named, so
  the overdue code (subject unchecked, level tỉnh); by reason alone (842's dash list "- Chờ …: 07 hồ sơ;", 843's "chờ cơ
  quan thuế … 86 hồ sơ") the code unchecked; by procedure (841 "thủ tục công nhận văn bằng … (08 hồ sơ)") unchecked.
- A RANK FALL (842 "giảm 2 bậc so với tháng 02/2026 (xếp thứ 7/18)"): a change -2 in `hạng` with the rank's code, the
  bracket the previous rank with its maximum dated 2026-02-28.
- A THRESHOLD OF A GRADE IN BRACKETS (844 "14/21 cơ quan xếp loại Tốt (từ 90 điểm trở lên)"): kind target in `điểm`,
  subject and level unchecked, code unchecked (as golden/blind152.py's "từ 80 điểm trở lên").
- THE SỞ'S YEARLY AVERAGE (843 "bình quân năm 2025 đạt 81,92 điểm"): the Sở's, code unchecked (as 748).

Per document:
- 840 is a quarterly Báo cáo of the Sở Y tế tỉnh Hà Tĩnh (header "UBND TỈNH HÀ TĨNH / SỞ Y TẾ", number "2418/BC-SYT",
  signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC") to the Văn phòng UBND tỉnh, quý III năm 2025, issued 06/10/2025, ranks /20 and
  /34. "02 quyết định" (code None); "158 TTHC thuộc 12 lĩnh vực, … 96 TTHC … 60,76%; 54 TTHC … 34,18%; còn 8 TTHC";
  "100% TTHC được công khai" (code unchecked); files "4.286 hồ sơ, tăng 318 hồ sơ so với quý II năm 2025 (3.968 hồ sơ)
  và tăng 12,64% so với cùng kỳ năm 2024 (3.805 hồ sơ)" (previous 2025-06-30 and 2024-09-30, the Sở's), online "3.914 …
  91,32% (quý II năm 2025: 88,71%), tăng 2,61 điểm phần trăm", direct "372"; Bảng 1 (above; "100" cells); "4.432 hồ sơ
  (bao gồm 146 hồ sơ …)", settled, on time "99,12%", overdue "37 … 0,88%", pending "234", reasons with fields (above),
  "37 thư xin lỗi"; payment "2.846 … 2.512 …, đạt 88,26% (quý II năm 2025: 84,17%)" against "năm 2025 là 80%" ("đạt",
  2025-12-31); fees "1.426,8 … 1.268,4 triệu đồng, chiếm 88,90%; so với cùng kỳ năm 2024 (1.184,6 triệu đồng) tăng 242,2
  triệu đồng"; digitisation, e-results "100%", reuse "(quý II năm 2025: 46,84%)"; PAKN "09 … (qua Tổng đài 1022: 05
  PAKN; …: 04 PAKN) … 09/09 PAKN, đạt 100%"; satisfaction; the Sở's 766 of tháng 9/2025 (the period end) `89,46/100`,
  `4/20` "(tháng 6/2025: 86,12 điểm, xếp thứ 9/20), tăng 3,34 điểm và tăng 5 bậc", the block, grades, the province
  `86,38/100`, `7/34`. Six deadlines in numbered items: day (with "18 hồ sơ"), "chậm nhất ngày mười lăm tháng 11 năm
  2025" (with "06 TTHC"), quarter (with "tối thiểu 80%", the online code), month, year in a request "Đề nghị Bảo hiểm xã
  hội tỉnh Hà Tĩnh …", "trước ngày 12 hằng tháng" (issued 06/10/2025: first 12/10/2025).
- 841 is a half-year Báo cáo of the Sở Giáo dục và Đào tạo tỉnh Khánh Hòa (header "UBND TỈNH KHÁNH HÒA / SỞ GIÁO DỤC VÀ
  ĐÀO TẠO", number "1386/BC-SGDĐT", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC") to UBND tỉnh, 6 tháng đầu năm 2026, issued
  07/7/2026. "86 TTHC thuộc 7 lĩnh vực, … 52 … 34 TTHC …, tỷ lệ tương ứng là 60,47% và 39,53%"; files "6.418 hồ sơ (6
  tháng cuối năm 2025: 5.872 hồ sơ; cùng kỳ …: 5.214 hồ sơ), tăng 546 hồ sơ … và tăng 23,09%" (previous 2025-12-31, the
  Sở's, and 2025-06-30, combined); A DASH LIST OF FIELDS "- Văn bằng, chứng chỉ: 4.126 hồ sơ, nộp trực tuyến 4.086 hồ sơ
  (99,03%);" (three figures per field, codes unchecked); "5.958 hồ sơ, chiếm 92,83% (6 tháng cuối năm 2025: 90,46%)";
  settled "6.352 … trước hạn 5.846 …, đúng hạn 494 …, quá hạn 12 …; … 99,81%", two procedures' overdue files (above),
  "12 thư xin lỗi"; payment "82,64% (6 tháng cuối năm 2025: 78,36%), tăng 4,28 điểm phần trăm" against "năm 2026 là 85%"
  ("chưa đạt", 2026-12-31); fees "386,4 … 342,8 triệu đồng, chiếm 88,72%"; digitisation, e-results, reuse; copies "1.846
  bản … 1.212 bản …, chiếm 65,66%"; the diploma database "412.618 văn bằng, chứng chỉ, đạt 87,42%" (the Sở's, codes
  unchecked); PAKN "06 … 05 … 01"; satisfaction; the Sở's 766 of tháng 6/2026 (the period end) `88,74/100`, `6/19`
  "(tháng 12/2025: 85,36 điểm, xếp thứ 11/19), tăng 3,38 điểm và tăng 5 bậc", SIX GROUPS IN A DASH LIST "- Công khai,
  minh bạch: 17,82/18 điểm;" (the Sở's, the groups' codes with their maxima), the block, the province `84,96/100`,
  `14/34`. Six deadlines in dash items: day, "chậm nhất ngày hai mươi tháng 8 năm 2026", quarter (with "của Sở đạt tối
  thiểu 85%": the Sở's, 2026-09-30), month in a request "Đề nghị UBND các xã, phường …", year (with "100% sổ gốc",
  subject unchecked, level tỉnh), "trước ngày 25 hằng tháng" (issued 07/7/2026: first 25/7/2026).
- 842 is a CÔNG VĂN (doc_type "Công văn") of the Sở Xây dựng tỉnh Tuyên Quang (header "UBND TỈNH TUYÊN QUANG / SỞ XÂY
  DỰNG", number "846/SXD-VP", a "V/v" line naming the month, signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC") to the Văn phòng UBND
  tỉnh, tháng 3 năm 2026, issued 03/4/2026. Files "2.684 hồ sơ (tháng 02/2026: 2.146 hồ sơ), tăng 538 hồ sơ, tương ứng
  tăng 25,07%", online "2.418 …, chiếm 90,09%"; the quarter to date "6.912 hồ sơ, giảm 4,19% so với quý IV năm 2025
  (7.214 hồ sơ) và tăng 1.046 hồ sơ so với cùng kỳ năm 2025 (5.866 hồ sơ, cộng gộp …)" (above); THE TAB-SEPARATED TABLE
  BY GROUP OF PROCEDURES (received, February, online share, settled, overdue; "0" cells; "Cộng" with an empty STT = the
  Sở); settled, on time "99,43%", overdue "15 … 0,57%", pending "148", reasons in a dash list (above), "15 thư xin lỗi";
  payment "2.312 … 2.104 …, đạt 91,00% (tháng 02/2026: 89,26%)" against "cho Sở năm 2026 là 90%" ("đạt", 2026-12-31),
  fees "1.326,2 … 1.184,6 triệu đồng, chiếm 89,32%"; licences "1.768 giấy phép lái xe (cấp mới 612, cấp đổi 1.156)" (the
  parts in the total's unit), "96,28%" (code unchecked); digitisation, reuse; satisfaction; the Sở's 766 of tháng 3/2026
  `87,18/100`, `9/18`, the rank fall (above); the province `80,42/100`, `24/34`. Five deadlines in dash items: day (with
  "27 hồ sơ"), "chậm nhất ngày ba mươi tháng 4 năm 2026", quarter (with "tối thiểu 95%", the digitisation code), month
  in a request "Đề nghị Trung tâm Phục vụ hành chính công tỉnh …" (with "01 quầy"), "trước ngày 02 hằng tháng" (issued
  03/4/2026, after the 2nd: first 02/5/2026).
- 843 is an annual Báo cáo of the Sở Nông nghiệp và Môi trường tỉnh Hưng Yên (header "UBND TỈNH HƯNG YÊN / SỞ NÔNG
  NGHIỆP VÀ MÔI TRƯỜNG", number "58/BC-SNNMT", "Kính gửi" as a list, signed "GIÁM ĐỐC") on its procedures, năm 2025,
  issued 09/01/2026. "214 TTHC thuộc 15 lĩnh vực, … 128 … 79 … 07 TTHC"; files "18.462 hồ sơ (năm 2024, cộng gộp …:
  16.318 hồ sơ), tăng 2.144 hồ sơ, tương ứng tăng 13,14%", online "14.128 … 76,52%"; quý IV (above) "5.346 hồ sơ, tăng
  612 hồ sơ so với quý III năm 2025 (4.734 hồ sơ) và tăng 18,25% so với quý IV năm 2024 (của hai Sở cũ: 4.521 hồ sơ)"
  (previous 2025-09-30 the Sở's, 2024-12-31 combined); THE MARKDOWN TABLE BY FIELD (received, online and on-time shares,
  overdue; "100" and "0" cells; "Tổng cộng" = the Sở); settled, on time "98,76%", overdue "225 … 1,24%", the land
  field's "(198 hồ sơ)" and its three reasons (above), "225 thư xin lỗi"; payment "12.846 … 8.412 …, đạt 65,48%" against
  "năm 2025 là 70%" ("chưa đạt", the period end); fees "9.486,2 triệu đồng (năm 2024 của hai Sở cũ: 7.918,6 triệu đồng),
  tăng 1.567,6 triệu đồng; … 6.214,8 triệu đồng, chiếm 65,51%"; digitisation, e-results, reuse "36,42% (quý III năm
  2025: 31,08%), tăng 5,34 điểm phần trăm"; "98/104 xã, phường" (`xã`, level xã, code None); PAKN "64 PAKN (năm 2024 của
  hai Sở cũ: 82 PAKN), giảm 18 PAKN; … 61 PAKN, đạt 95,31%; còn 03 PAKN"; satisfaction; the Sở's `83,46/100`, `15/20`,
  the yearly average, the block, grades "09/20 … 08 … 03 cơ quan", the province `82,18/100`, `19/34`. Six deadlines in
  numbered items: day (with "146 hồ sơ"), "chậm nhất ngày ba mươi tháng 6 năm 2026" (with "06 xã, phường" repeated),
  quarter (with "tối thiểu 75%", the payment code), month, year in a request "Đề nghị Sở Khoa học và Công nghệ …",
  "trước ngày 20 hằng tháng" (issued 09/01/2026: first 20/01/2026).
- 844 is a THÔNG BÁO (doc_type "Thông báo") of the Sở Công Thương thành phố Đà Nẵng (header "UBND THÀNH PHỐ ĐÀ NẴNG / SỞ
  CÔNG THƯƠNG", number "126/TB-SCT", no "Kính gửi", signed "GIÁM ĐỐC"), quý I năm 2026, issued 07/4/2026. "132 TTHC
  thuộc 16 lĩnh vực, … 118 TTHC … chiếm 89,39% (toàn trình 84 TTHC, một phần 34 TTHC)" (the 118 and its share: code
  unchecked); files "3.846 hồ sơ, giảm 412 hồ sơ so với quý IV năm 2025 (4.258 hồ sơ) và tăng 16,83% so với cùng kỳ năm
  2025 (3.292 hồ sơ …)"; THREE CHANNELS "lần lượt là 3.512 hồ sơ, 286 hồ sơ và 48 hồ sơ, tương ứng chiếm 91,32%, 7,44%
  và 1,25%" (online, direct: their codes; postal: unchecked); a dash list of fields with "chiếm"; settled, on time
  "99,84%", overdue "06 hồ sơ (lĩnh vực điện lực 04 hồ sơ, …; lĩnh vực hóa chất 02 hồ sơ, …)" (fields: the overdue
  code); "2,4 ngày/hồ sơ (quý IV năm 2025: 2,9 ngày/hồ sơ), rút ngắn 0,5 ngày"; payment "2.614 … 2.786 …, đạt 93,83%,
  tăng 3,47 điểm phần trăm so với quý IV năm 2025 (90,36%)" against "năm 2026 là 90%" ("đạt", 2026-12-31); fees "642,8 …
  598,4 triệu đồng, chiếm 93,09%"; three shares after "lần lượt là 97,36%, 100% và 62,18%"; PAKN "11 … 07 … 04 … 11/11
  PAKN, đạt 100%"; satisfaction; the Sở's 766 of tháng 3/2026 `91,84/100`, `2/21` "(tháng 12/2025: 90,12 điểm, xếp thứ
  4/21), tăng 1,72 điểm và tăng 2 bậc", SIX GROUPS AFTER "lần lượt là" ("công khai, minh bạch 17,94/18 điểm; …"), the
  block, grades with the threshold (above), the city `88,26/100`, `3/34` (NULL). Six deadlines in dash items: day, "chậm
  nhất ngày mười lăm tháng 5 năm 2026" (with "12 TTHC"), quarter (with "của Sở đạt tối thiểu 95%": the Sở's), month in a
  request "Đề nghị UBND các xã, phường, đặc khu …", year (with "100% hồ sơ", subject unchecked, level tỉnh), "trước ngày
  05 hằng tháng" (issued 07/4/2026, after the 5th: first 05/5/2026).

Unsure readings (fields left `ANY`, or decided and written here): the code of a field's online and on-time shares
(unchecked, following the more recent golden/blind149.py); whether overdue files named by procedure or by reason carry
the overdue code (unchecked); the subject of the former departments' combined figures (unchecked, level tỉnh); the code
of 844's "118 TTHC đã cung cấp dịch vụ công trực tuyến" and its share (unchecked: no single catalogued level); the code
of the files received in a quarter inside the period (decided: the received code); whose the task targets of a division
or a centre are (unchecked, level tỉnh) and of "của Sở" (the Sở's).
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
_CHUA = "766.dvctt.chua_cung_cap"
_PAKN_TN = "pakn.tiep_nhan"
_GROUP_CODES = ["766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.so_hoa", "766.hai_long"]
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_XA = {"subject": ANY, "level": "xã"}
_NULL = {"subject": None, "level": None}

# One numeric column of a table: (unit, code in a field row, code in the total row, as_of).
Column = tuple[str, object, object, str]


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


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


def _tab_line(cells: tuple[str, ...]) -> str:
    """A tab-separated table row."""
    return "\t".join(cells)


def _table(rows: list[tuple[str, ...]], make_line, after_last: str, columns: list[Column], total: dict) -> list[Fact]:
    """A table by field: `rows` are (STT, field, *cells). A field row's cells have subject unchecked, level tỉnh; the
    total row (empty STT) is the department (`total`). A cell's context is the separator before it, the rest of its row
    and the start of the next row (or `after_last`), so that it occurs once and the raw text is found first at the cell
    itself."""
    sep = " | " if make_line is _md_line else "\t"
    facts = []
    for i, (stt, name, *values) in enumerate(rows):
        line = make_line((stt, name, *values))
        if i + 1 < len(rows):
            after = make_line(rows[i + 1][:2])
            after = after.rsplit(" |", 1)[0] if after.endswith(" |") else after
        else:
            after = after_last
        who = total if stt == "" else _IN_TINH
        at = 0
        for raw, (unit, field_code, total_code, as_of) in zip(values, columns, strict=True):
            at = _find_cell(line, sep, raw, at)
            code = total_code if stt == "" else field_code
            facts.append(F(line[at:] + "\n" + after, raw, _num(raw), unit, P, as_of=as_of, code=code, extra=TAB,
                           **who))
            at += len(sep)
    return facts


def _by(subject: str | None, level: str | None):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


def _n(make, context: str, raw: str, unit: str, kind: str = P, **kw) -> Fact:
    """A row whose value is the number as written (`1.846` → 1846, `68,42%` → 68.42; of `44/46` the first)."""
    return make(context, raw, _num(raw.split("/")[0]), unit, kind, **kw)


def _groups(contexts: list[tuple[str, str]], who: dict) -> list[Fact]:
    """The six group scores `x/max` of a 766 index, each with its maximum and its group's code."""
    facts = []
    for (context, raw), code in zip(contexts, _GROUP_CODES, strict=True):
        got, top = raw.split("/")
        facts.append(F(context, raw, _num(got), "điểm", max_value=_num(top), code=code, **who))
    return facts


def _field(context: str, raw: str, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of one field (or group of procedures, or reason) of the department: subject unchecked, level tỉnh."""
    kw.setdefault("code", ANY)
    return F(context, raw, _num(raw), unit, kind, **_IN_TINH, **kw)


_prov = _by(None, None)


# ------------------------------------------------------------ 840: Sở Y tế tỉnh Hà Tĩnh, quý III năm 2025 (a Markdown
# table by field with the same quarter of 2024 and the quarter before as columns)
_SYT = "Sở Y tế"
_syt = _by(_SYT, "tỉnh")
_Q3_2024 = "2024-09-30"
_Q2_2025 = "2025-06-30"

_FIELDS_840 = [
    ("1", "Khám bệnh, chữa bệnh", "1.426", "1.512", "1.684", "89,73", "98,74"),
    ("2", "Dược phẩm", "1.108", "1.146", "1.218", "96,22", "99,59"),
    ("3", "An toàn thực phẩm và dinh dưỡng", "612", "648", "702", "90,31", "100"),
    ("4", "Trang thiết bị y tế", "246", "268", "289", "97,58", "100"),
    ("5", "Giám định y khoa", "214", "196", "181", "72,38", "93,85"),
    ("6", "Các lĩnh vực khác", "199", "198", "212", "86,79", "100"),
    ("", "Tổng cộng", "3.805", "3.968", "4.286", "91,32", "99,12"),
]


def _fields_840() -> list[Fact]:
    """Bảng 1: files of quý III/2024 (2024-09-30), quý II/2025 (2025-06-30) and quý III/2025, online and on-time
    shares; fields subject unchecked, codes unchecked; "Tổng cộng" the Sở (received, online, on-time codes)."""
    return _table(_FIELDS_840, _md_line, "\n2. Kết quả giải quyết", [
        ("hồ sơ", ANY, _TN, _Q3_2024), ("hồ sơ", ANY, _TN, _Q2_2025), ("hồ sơ", ANY, _TN, "period"),
        ("%", ANY, _NOP, "period"), ("%", ANY, _DH, "period")], {"subject": _SYT, "level": "tỉnh"})


BLIND_840 = [
    # I. decisions, TTHC by level of online service, publicity
    _syt("ban hành 02 quyết định", "02", 2, "quyết định", C, code=None),
    _syt("thực hiện 158 TTHC", "158", 158, "TTHC", C, code=_TTHC),
    _syt("thuộc 12 lĩnh vực", "12", 12, "lĩnh vực", C, code=None),
    _syt("trong đó 96 TTHC", "96", 96, "TTHC", C, code=_TOAN),
    _syt("chiếm 60,76%", "60,76%", 60.76, "%", code=_TOAN),
    _syt("; 54 TTHC", "54", 54, "TTHC", C, code=_MOT),
    _syt("chiếm 34,18%", "34,18%", 34.18, "%", code=_MOT),
    _syt("còn 8 TTHC", "8", 8, "TTHC", C, code=_CHUA),
    _syt("100% TTHC được công khai", "100%", 100, "%", code=ANY),
    # II.1 files against quý II năm 2025 (2025-06-30) and cùng kỳ năm 2024 (2024-09-30), online, direct
    _syt("tiếp nhận 4.286 hồ sơ", "4.286", 4286, "hồ sơ", C, code=_TN),
    _syt("tăng 318 hồ sơ", "318", 318, "hồ sơ", CH, code=ANY),
    _syt("(3.968 hồ sơ)", "3.968", 3968, "hồ sơ", PR, as_of=_Q2_2025, code=_TN),
    _syt("tăng 12,64%", "12,64%", 12.64, "%", CH, code=ANY),
    _syt("(3.805 hồ sơ)", "3.805", 3805, "hồ sơ", PR, as_of=_Q3_2024, code=_TN),
    _syt("là 3.914 hồ sơ", "3.914", 3914, "hồ sơ", C, code=_NOP),
    _syt("chiếm 91,32%", "91,32%", 91.32, "%", code=_NOP),
    _syt("(quý II năm 2025: 88,71%)", "88,71%", 88.71, "%", PR, as_of=_Q2_2025, code=_NOP),
    _syt("tăng 2,61 điểm", "2,61", 2.61, "%", CH, code=ANY),
    _syt("trực tiếp 372 hồ sơ", "372", 372, "hồ sơ", C, code=_NTT),
    # Bảng 1
    *_fields_840(),
    # II.2 files to settle, settled, on time, overdue, pending; reasons by field; letters
    _syt("là 4.432 hồ sơ", "4.432", 4432, "hồ sơ", C, code=ANY),
    _syt("bao gồm 146 hồ sơ", "146", 146, "hồ sơ", C, code=ANY),
    _syt("giải quyết 4.198 hồ sơ", "4.198", 4198, "hồ sơ", C, code=ANY),
    _syt("đúng hạn 4.161 hồ sơ", "4.161", 4161, "hồ sơ", C, code=_DH),
    _syt("đạt 99,12%", "99,12%", 99.12, "%", code=_DH),
    _syt("quá hạn 37 hồ sơ", "37", 37, "hồ sơ", C, code=_QH),
    _syt("chiếm 0,88%", "0,88%", 0.88, "%", code=_QH),
    _syt("Còn 234 hồ sơ", "234", 234, "hồ sơ", C, code=ANY),
    _field("quá hạn: 21 hồ sơ", "21", "hồ sơ", C, code=_QH),
    _field("; 11 hồ sơ", "11", "hồ sơ", C, code=_QH),
    _field("; 5 hồ sơ", "5", "hồ sơ", C, code=_QH),
    _syt("gửi 37 thư xin lỗi", "37", 37, "thư xin lỗi", C, code=ANY),
    # III. payment against the year's target (2025-12-31), fees against cùng kỳ năm 2024 (2024-09-30)
    _syt("có 2.846 hồ sơ", "2.846", 2846, "hồ sơ", C, code=ANY),
    _syt("trong đó 2.512 hồ sơ", "2.512", 2512, "hồ sơ", C, code=_TT),
    _syt("đạt 88,26%", "88,26%", 88.26, "%", code=_TT, target=80, stated_status="đạt"),
    _syt("(quý II năm 2025: 84,17%)", "84,17%", 84.17, "%", PR, as_of=_Q2_2025, code=_TT),
    _syt("năm 2025 là 80%", "80%", 80, "%", T, as_of="2025-12-31", code=_TT),
    _syt("là 1.426,8 triệu đồng", "1.426,8", 1426.8, "triệu đồng", code=ANY),
    _syt("trực tuyến 1.268,4 triệu đồng", "1.268,4", 1268.4, "triệu đồng", code=ANY),
    _syt("chiếm 88,90%", "88,90%", 88.90, "%", code=ANY),
    _syt("(1.184,6 triệu đồng)", "1.184,6", 1184.6, "triệu đồng", PR, as_of=_Q3_2024, code=ANY),
    _syt("tăng 242,2 triệu đồng", "242,2", 242.2, "triệu đồng", CH, code=ANY),
    # IV. digitisation, e-results, reuse (quý II năm 2025 in brackets)
    _syt("đạt 94,18%", "94,18%", 94.18, "%", code=_SH),
    _syt("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    _syt("đạt 52,36%", "52,36%", 52.36, "%", code=_TSD),
    _syt("(quý II năm 2025: 46,84%)", "46,84%", 46.84, "%", PR, as_of=_Q2_2025, code=_TSD),
    # V. PAKN by channel, handled; satisfaction
    _syt("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _syt("1022: 05 PAKN", "05", 5, "PAKN", C, code=ANY),
    _syt("quốc gia: 04 PAKN", "04", 4, "PAKN", C, code=ANY),
    _syt("xong 09/09 PAKN", "09/09", 9, "PAKN", C, max_value=9, code=ANY),
    _syt("PAKN, đạt 100%", "100%", 100, "%", code=ANY),
    _syt("đạt 98,64%", "98,64%", 98.64, "%", code=_HL),
    # VI. the Sở's 766 of tháng 9/2025 against tháng 6/2025 (2025-06-30); the block, grades; the province
    _syt("đạt 89,46/100", "89,46/100", 89.46, "điểm", max_value=100, code=_TONG),
    _syt("xếp thứ 4/20", "4/20", 4, "hạng", R, max_value=20, code=_HANG),
    _syt("(tháng 6/2025: 86,12 điểm", "86,12", 86.12, "điểm", PR, max_value=100, as_of=_Q2_2025, code=_TONG),
    _syt("xếp thứ 9/20)", "9/20", 9, "hạng", PR, max_value=20, as_of=_Q2_2025, code=_HANG),
    _syt("tăng 3,34 điểm", "3,34", 3.34, "điểm", CH, code=_TONG),
    _syt("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    F("bình quân 85,27 điểm", "85,27", 85.27, "điểm", code=ANY, **_IN_TINH),
    F("có 12/20 cơ quan", "12/20", 12, "đơn vị", C, max_value=20, code=None, **_IN_TINH),
    F("07 cơ quan", "07", 7, "đơn vị", C, code=None, **_IN_TINH),
    F("01 cơ quan", "01", 1, "đơn vị", C, code=None, **_IN_TINH),
    _prov("đạt 86,38/100", "86,38/100", 86.38, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 7/34", "7/34", 7, "hạng", R, max_value=34, code=_HANG),
    # VII. task quantities and the Trung tâm Giám định y khoa's target
    _field("dứt điểm 18 hồ sơ", "18", "hồ sơ", T, as_of="2025-10-20"),
    _field("hóa 06 TTHC", "06", "TTHC", T, as_of="2025-11-15"),
    _field("tối thiểu 80%", "80%", "%", T, as_of="2025-12-31", code=_NOP),
]


# ------------------------------------------------------------ 841: Sở Giáo dục và Đào tạo tỉnh Khánh Hòa, 6 tháng đầu
# năm 2026 (a dash list of fields, six groups in a dash list)
_SGD = "Sở Giáo dục và Đào tạo"
_sgd = _by(_SGD, "tỉnh")
_H2_2025 = "2025-12-31"
_H1_2025 = "2025-06-30"

BLIND_841 = [
    # 1. TTHC by level after "tương ứng là"
    _sgd("thực hiện 86 TTHC", "86", 86, "TTHC", C, code=_TTHC),
    _sgd("thuộc 7 lĩnh vực", "7", 7, "lĩnh vực", C, code=None),
    _sgd("trong đó 52 TTHC", "52", 52, "TTHC", C, code=_TOAN),
    _sgd("và 34 TTHC", "34", 34, "TTHC", C, code=_MOT),
    _sgd("tương ứng là 60,47%", "60,47%", 60.47, "%", code=_TOAN),
    _sgd("và 39,53%", "39,53%", 39.53, "%", code=_MOT),
    # 2. files against 6 tháng cuối năm 2025 (the Sở's) and cùng kỳ năm 2025 (the two former Sở combined)
    _sgd("tiếp nhận 6.418 hồ sơ", "6.418", 6418, "hồ sơ", C, code=_TN),
    _sgd("năm 2025: 5.872 hồ sơ", "5.872", 5872, "hồ sơ", PR, as_of=_H2_2025, code=_TN),
    F("sắp xếp: 5.214 hồ sơ", "5.214", 5214, "hồ sơ", PR, as_of=_H1_2025, code=_TN, **_IN_TINH),
    _sgd("tăng 546 hồ sơ", "546", 546, "hồ sơ", CH, code=ANY),
    _sgd("tăng 23,09%", "23,09%", 23.09, "%", CH, code=ANY),
    # the dash list of fields (files, online files, online share: codes unchecked)
    _field("chứng chỉ: 4.126 hồ sơ", "4.126", "hồ sơ", C),
    _field("tuyến 4.086 hồ sơ", "4.086", "hồ sơ", C),
    _field("(99,03%)", "99,03%", "%"),
    _field("tuyển sinh: 1.214 hồ sơ", "1.214", "hồ sơ", C),
    _field("tuyến 1.058 hồ sơ", "1.058", "hồ sơ", C),
    _field("(87,15%)", "87,15%", "%"),
    _field("quốc dân: 618 hồ sơ", "618", "hồ sơ", C),
    _field("tuyến 496 hồ sơ", "496", "hồ sơ", C),
    _field("(80,26%)", "80,26%", "%"),
    _field("còn lại: 460 hồ sơ", "460", "hồ sơ", C),
    _field("tuyến 318 hồ sơ", "318", "hồ sơ", C),
    _field("(69,13%)", "69,13%", "%"),
    _sgd("là 5.958 hồ sơ", "5.958", 5958, "hồ sơ", C, code=_NOP),
    _sgd("chiếm 92,83%", "92,83%", 92.83, "%", code=_NOP),
    _sgd("năm 2025: 90,46%)", "90,46%", 90.46, "%", PR, as_of=_H2_2025, code=_NOP),
    # 3. settled (before time and on time apart), overdue, the on-time share; overdue by procedure; letters
    _sgd("giải quyết 6.352 hồ sơ", "6.352", 6352, "hồ sơ", C, code=ANY),
    _sgd("trước hạn 5.846 hồ sơ", "5.846", 5846, "hồ sơ", C, code=ANY),
    _sgd("đúng hạn 494 hồ sơ", "494", 494, "hồ sơ", C, code=ANY),
    _sgd("quá hạn 12 hồ sơ", "12", 12, "hồ sơ", C, code=_QH),
    _sgd("đạt 99,81%", "99,81%", 99.81, "%", code=_DH),
    _field("(08 hồ sơ)", "08", "hồ sơ", C),
    _field("(04 hồ sơ)", "04", "hồ sơ", C),
    _sgd("gửi 12 thư xin lỗi", "12", 12, "thư xin lỗi", C, code=ANY),
    # 4. payment against 6 tháng cuối năm 2025 and the target of 2026 (chưa đạt); fees
    _sgd("đạt 82,64%", "82,64%", 82.64, "%", code=_TT, target=85, stated_status="chưa đạt"),
    _sgd("năm 2025: 78,36%)", "78,36%", 78.36, "%", PR, as_of=_H2_2025, code=_TT),
    _sgd("tăng 4,28 điểm", "4,28", 4.28, "%", CH, code=ANY),
    _sgd("năm 2026 là 85%", "85%", 85, "%", T, as_of="2026-12-31", code=_TT),
    _sgd("thu được 386,4 triệu đồng", "386,4", 386.4, "triệu đồng", code=ANY),
    _sgd("trực tuyến 342,8 triệu đồng", "342,8", 342.8, "triệu đồng", code=ANY),
    _sgd("chiếm 88,72%", "88,72%", 88.72, "%", code=ANY),
    # 5. digitisation, e-results, reuse; copies; the diploma database
    _sgd("đạt 96,12%", "96,12%", 96.12, "%", code=_SH),
    _sgd("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    _sgd("đạt 58,46%", "58,46%", 58.46, "%", code=_TSD),
    _sgd("cấp 1.846 bản", "1.846", 1846, "bản", C, code=ANY),
    _sgd("đó 1.212 bản", "1.212", 1212, "bản", C, code=ANY),
    _sgd("chiếm 65,66%", "65,66%", 65.66, "%", code=ANY),
    _sgd("cập nhật 412.618 văn bằng", "412.618", 412618, "văn bằng", C, code=ANY),
    _sgd("đạt 87,42%", "87,42%", 87.42, "%", code=ANY),
    # 6. PAKN, satisfaction
    _sgd("tiếp nhận 06 phản ánh", "06", 6, "PAKN", C, code=_PAKN_TN),
    _sgd("xử lý 05 PAKN", "05", 5, "PAKN", C, code=ANY),
    _sgd("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    _sgd("đạt 98,92%", "98,92%", 98.92, "%", code=_HL),
    # 7. the Sở's 766 of tháng 6/2026 against tháng 12/2025 (2025-12-31), six groups; the block; the province
    _sgd("đạt 88,74/100", "88,74/100", 88.74, "điểm", max_value=100, code=_TONG),
    _sgd("xếp thứ 6/19", "6/19", 6, "hạng", R, max_value=19, code=_HANG),
    _sgd("(tháng 12/2025: 85,36 điểm", "85,36", 85.36, "điểm", PR, max_value=100, as_of=_H2_2025, code=_TONG),
    _sgd("xếp thứ 11/19)", "11/19", 11, "hạng", PR, max_value=19, as_of=_H2_2025, code=_HANG),
    _sgd("tăng 3,38 điểm", "3,38", 3.38, "điểm", CH, code=_TONG),
    _sgd("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    *_groups([("minh bạch: 17,82/18", "17,82/18"), ("giải quyết: 19,96/20", "19,96/20"),
              ("trực tuyến: 11,14/12", "11,14/12"), ("trực tuyến: 8,26/10", "8,26/10"),
              ("hồ sơ: 15,48/22", "15,48/22"), ("hài lòng: 16,08/18", "16,08/18")],
             {"subject": _SGD, "level": "tỉnh"}),
    F("bình quân 86,12 điểm", "86,12", 86.12, "điểm", code=ANY, **_IN_TINH),
    _prov("đạt 84,96/100", "84,96/100", 84.96, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 14/34", "14/34", 14, "hạng", R, max_value=34, code=_HANG),
    # 8. the Sở's payment target for quý III năm 2026; the old registers for năm 2026
    _sgd("tối thiểu 85%", "85%", 85, "%", T, as_of="2026-09-30", code=_TT),
    _field("số hóa 100% sổ gốc", "100%", "%", T, as_of="2026-12-31"),
]


# ------------------------------------------------------------ 842: Sở Xây dựng tỉnh Tuyên Quang, Công văn, tháng 3 năm
# 2026 (a tab-separated table by group of procedures with a column of tháng 02/2026)
_SXD = "Sở Xây dựng"
_sxd = _by(_SXD, "tỉnh")
_FEB_2026 = "2026-02-28"

_GROUPS_842 = [
    ("1", "Cấp, đổi giấy phép lái xe", "1.846", "1.512", "92,47", "1.812", "0"),
    ("2", "Đăng ký, kiểm định phương tiện", "386", "294", "88,60", "372", "3"),
    ("3", "Cấp giấy phép xây dựng", "98", "76", "82,65", "91", "4"),
    ("4", "Hoạt động xây dựng, chứng chỉ hành nghề", "214", "168", "86,45", "206", "6"),
    ("5", "Nhà ở và kinh doanh bất động sản", "84", "52", "71,43", "78", "2"),
    ("6", "Các thủ tục khác", "56", "44", "76,79", "52", "0"),
    ("", "Cộng", "2.684", "2.146", "90,09", "2.611", "15"),
]


def _groups_842() -> list[Fact]:
    """Bảng 1 (tab-separated): received, tháng 02/2026 (2026-02-28), online share, settled, overdue; groups of
    procedures subject unchecked (overdue cells the overdue code, others unchecked); "Cộng" (empty STT) the Sở."""
    return _table(_GROUPS_842, _tab_line, "\nSở đã giải quyết", [
        ("hồ sơ", ANY, _TN, "period"), ("hồ sơ", ANY, _TN, _FEB_2026), ("%", ANY, _NOP, "period"),
        ("hồ sơ", ANY, ANY, "period"), ("hồ sơ", _QH, _QH, "period")], {"subject": _SXD, "level": "tỉnh"})


BLIND_842 = [
    # 1. files against tháng 02/2026, online; the quarter to date against quý IV năm 2025 and cùng kỳ (combined)
    _sxd("tiếp nhận 2.684 hồ sơ", "2.684", 2684, "hồ sơ", C, code=_TN),
    _sxd("(tháng 02/2026: 2.146 hồ sơ)", "2.146", 2146, "hồ sơ", PR, as_of=_FEB_2026, code=_TN),
    _sxd("tăng 538 hồ sơ", "538", 538, "hồ sơ", CH, code=ANY),
    _sxd("tăng 25,07%", "25,07%", 25.07, "%", CH, code=ANY),
    _sxd("tuyến 2.418 hồ sơ", "2.418", 2418, "hồ sơ", C, code=_NOP),
    _sxd("chiếm 90,09%", "90,09%", 90.09, "%", code=_NOP),
    _sxd("tiếp nhận 6.912 hồ sơ", "6.912", 6912, "hồ sơ", C, code=_TN),
    _sxd("giảm 4,19%", "4,19%", -4.19, "%", CH, code=ANY),
    _sxd("(7.214 hồ sơ)", "7.214", 7214, "hồ sơ", PR, as_of="2025-12-31", code=_TN),
    _sxd("tăng 1.046 hồ sơ", "1.046", 1046, "hồ sơ", CH, code=ANY),
    F("(5.866 hồ sơ", "5.866", 5866, "hồ sơ", PR, as_of="2025-03-31", code=_TN, **_IN_TINH),
    # 2. Bảng 1
    *_groups_842(),
    # settled, on time, overdue, pending; reasons (codes unchecked); letters
    _sxd("giải quyết 2.611 hồ sơ", "2.611", 2611, "hồ sơ", C, code=ANY),
    _sxd("đúng hạn 2.596 hồ sơ", "2.596", 2596, "hồ sơ", C, code=_DH),
    _sxd("đạt 99,43%", "99,43%", 99.43, "%", code=_DH),
    _sxd("quá hạn 15 hồ sơ", "15", 15, "hồ sơ", C, code=_QH),
    _sxd("chiếm 0,57%", "0,57%", 0.57, "%", code=_QH),
    _sxd("giải quyết 148 hồ sơ", "148", 148, "hồ sơ", C, code=ANY),
    _field("môn: 07 hồ sơ", "07", "hồ sơ", C),
    _field("trường): 05 hồ sơ", "05", "hồ sơ", C),
    _field("đăng kiểm: 03 hồ sơ", "03", "hồ sơ", C),
    _sxd("gửi 15 thư xin lỗi", "15", 15, "thư xin lỗi", C, code=ANY),
    # 3. payment against tháng 02/2026 and the Sở's target of 2026 (đạt); fees
    _sxd("có 2.312 hồ sơ", "2.312", 2312, "hồ sơ", C, code=ANY),
    _sxd("trong đó 2.104 hồ sơ", "2.104", 2104, "hồ sơ", C, code=_TT),
    _sxd("đạt 91,00%", "91,00%", 91.0, "%", code=_TT, target=90, stated_status="đạt"),
    _sxd("(tháng 02/2026: 89,26%)", "89,26%", 89.26, "%", PR, as_of=_FEB_2026, code=_TT),
    _sxd("năm 2026 là 90%", "90%", 90, "%", T, as_of="2026-12-31", code=_TT),
    _sxd("lệ phí 1.326,2 triệu đồng", "1.326,2", 1326.2, "triệu đồng", code=ANY),
    _sxd("trực tuyến 1.184,6 triệu đồng", "1.184,6", 1184.6, "triệu đồng", code=ANY),
    _sxd("chiếm 89,32%", "89,32%", 89.32, "%", code=ANY),
    # 4. driving licences (the parts in the total's unit), digitisation, reuse
    _sxd("cấp 1.768 giấy phép", "1.768", 1768, "giấy phép", C, code=ANY),
    _sxd("cấp mới 612", "612", 612, "giấy phép", C, code=ANY),
    _sxd("cấp đổi 1.156", "1.156", 1156, "giấy phép", C, code=ANY),
    _sxd("đạt 96,28%", "96,28%", 96.28, "%", code=ANY),
    _sxd("đạt 92,84%", "92,84%", 92.84, "%", code=_SH),
    _sxd("đạt 44,16%", "44,16%", 44.16, "%", code=_TSD),
    # 5. satisfaction; the Sở's 766 of tháng 3/2026 and its fall from tháng 02/2026; the province
    _sxd("đạt 97,46%", "97,46%", 97.46, "%", code=_HL),
    _sxd("đạt 87,18/100", "87,18/100", 87.18, "điểm", max_value=100, code=_TONG),
    _sxd("xếp thứ 9/18", "9/18", 9, "hạng", R, max_value=18, code=_HANG),
    _sxd("giảm 2 bậc", "2", -2, "hạng", CH, code=_HANG),
    _sxd("(xếp thứ 7/18)", "7/18", 7, "hạng", PR, max_value=18, as_of=_FEB_2026, code=_HANG),
    _prov("đạt 80,42/100", "80,42/100", 80.42, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 24/34", "24/34", 24, "hạng", R, max_value=34, code=_HANG),
    # 6. task quantities and targets
    _field("dứt điểm 27 hồ sơ", "27", "hồ sơ", T, as_of="2026-04-15"),
    _field("tối thiểu 95%", "95%", "%", T, as_of="2026-06-30", code=_SH),
    _field("thêm 01 quầy", "01", "quầy", T, as_of="2026-05-31"),
]


# ------------------------------------------------------------ 843: Sở Nông nghiệp và Môi trường tỉnh Hưng Yên, năm
# 2025 (a Markdown table by field; quý IV against quý III and quý IV năm 2024)
_SNN = "Sở Nông nghiệp và Môi trường"
_snn = _by(_SNN, "tỉnh")
_Y2024 = "2024-12-31"
_Q3_2025 = "2025-09-30"

_FIELDS_843 = [
    ("1", "Đất đai", "9.846", "68,11", "97,86", "198"),
    ("2", "Môi trường", "2.418", "84,16", "99,42", "13"),
    ("3", "Tài nguyên nước", "612", "88,73", "100", "0"),
    ("4", "Thủy lợi, đê điều", "486", "79,63", "99,38", "3"),
    ("5", "Trồng trọt, bảo vệ thực vật", "1.846", "92,31", "100", "0"),
    ("6", "Chăn nuôi, thú y", "2.214", "90,88", "99,73", "6"),
    ("7", "Các lĩnh vực khác", "1.040", "71,25", "99,52", "5"),
    ("", "Tổng cộng", "18.462", "76,52", "98,76", "225"),
]


def _fields_843() -> list[Fact]:
    """The Markdown table: received, online share, on-time share, overdue; fields subject unchecked (overdue cells the
    overdue code, others unchecked); "Tổng cộng" (empty STT) the Sở with every column's code."""
    return _table(_FIELDS_843, _md_line, "\n3. Sở đã giải quyết", [
        ("hồ sơ", ANY, _TN, "period"), ("%", ANY, _NOP, "period"), ("%", ANY, _DH, "period"),
        ("hồ sơ", _QH, _QH, "period")], {"subject": _SNN, "level": "tỉnh"})


BLIND_843 = [
    # I. TTHC by level of online service
    _snn("thực hiện 214 TTHC", "214", 214, "TTHC", C, code=_TTHC),
    _snn("thuộc 15 lĩnh vực", "15", 15, "lĩnh vực", C, code=None),
    _snn("trong đó 128 TTHC", "128", 128, "TTHC", C, code=_TOAN),
    _snn("trình, 79 TTHC", "79", 79, "TTHC", C, code=_MOT),
    _snn("và 07 TTHC", "07", 7, "TTHC", C, code=_CHUA),
    # II.1 the year against năm 2024 (combined), online; quý IV against quý III (the Sở's) and quý IV năm 2024
    # (combined)
    _snn("tiếp nhận 18.462 hồ sơ", "18.462", 18462, "hồ sơ", C, code=_TN),
    F("hợp nhất: 16.318 hồ sơ", "16.318", 16318, "hồ sơ", PR, as_of=_Y2024, code=_TN, **_IN_TINH),
    _snn("tăng 2.144 hồ sơ", "2.144", 2144, "hồ sơ", CH, code=ANY),
    _snn("tăng 13,14%", "13,14%", 13.14, "%", CH, code=ANY),
    _snn("tuyến 14.128 hồ sơ", "14.128", 14128, "hồ sơ", C, code=_NOP),
    _snn("chiếm 76,52%", "76,52%", 76.52, "%", code=_NOP),
    _snn("tiếp nhận 5.346 hồ sơ", "5.346", 5346, "hồ sơ", C, code=_TN),
    _snn("tăng 612 hồ sơ", "612", 612, "hồ sơ", CH, code=ANY),
    _snn("(4.734 hồ sơ)", "4.734", 4734, "hồ sơ", PR, as_of=_Q3_2025, code=_TN),
    _snn("tăng 18,25%", "18,25%", 18.25, "%", CH, code=ANY),
    F("cũ: 4.521 hồ sơ", "4.521", 4521, "hồ sơ", PR, as_of=_Y2024, code=_TN, **_IN_TINH),
    # II.2 the table by field
    *_fields_843(),
    # II.3 settled, on time, overdue; the land field and its reasons; letters
    _snn("giải quyết 18.126 hồ sơ", "18.126", 18126, "hồ sơ", C, code=ANY),
    _snn("đúng hạn 17.901 hồ sơ", "17.901", 17901, "hồ sơ", C, code=_DH),
    _snn("đạt 98,76%", "98,76%", 98.76, "%", code=_DH),
    _snn("quá hạn 225 hồ sơ", "225", 225, "hồ sơ", C, code=_QH),
    _snn("chiếm 1,24%", "1,24%", 1.24, "%", code=_QH),
    _field("(198 hồ sơ)", "198", "hồ sơ", C, code=_QH),
    _field("tài chính 86 hồ sơ", "86", "hồ sơ", C),
    _field("địa chính 72 hồ sơ", "72", "hồ sơ", C),
    _field("sử dụng đất 40 hồ sơ", "40", "hồ sơ", C),
    _snn("gửi 225 thư xin lỗi", "225", 225, "thư xin lỗi", C, code=ANY),
    # III. payment against the year's target (chưa đạt); fees against năm 2024 (combined)
    _snn("là 12.846 hồ sơ", "12.846", 12846, "hồ sơ", C, code=ANY),
    _snn("trực tuyến 8.412 hồ sơ", "8.412", 8412, "hồ sơ", C, code=_TT),
    _snn("đạt 65,48%", "65,48%", 65.48, "%", code=_TT, target=70, stated_status="chưa đạt"),
    _snn("năm 2025 là 70%", "70%", 70, "%", T, code=_TT),
    _snn("thu được 9.486,2 triệu đồng", "9.486,2", 9486.2, "triệu đồng", code=ANY),
    F("cũ: 7.918,6 triệu đồng", "7.918,6", 7918.6, "triệu đồng", PR, as_of=_Y2024, code=ANY, **_IN_TINH),
    _snn("tăng 1.567,6 triệu đồng", "1.567,6", 1567.6, "triệu đồng", CH, code=ANY),
    _snn("trực tuyến 6.214,8 triệu đồng", "6.214,8", 6214.8, "triệu đồng", code=ANY),
    _snn("chiếm 65,51%", "65,51%", 65.51, "%", code=ANY),
    # IV. digitisation, e-results, reuse against quý III năm 2025; the communes with the land database
    _snn("đạt 89,64%", "89,64%", 89.64, "%", code=_SH),
    _snn("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    _snn("đạt 36,42%", "36,42%", 36.42, "%", code=_TSD),
    _snn("(quý III năm 2025: 31,08%)", "31,08%", 31.08, "%", PR, as_of=_Q3_2025, code=_TSD),
    _snn("tăng 5,34 điểm", "5,34", 5.34, "%", CH, code=ANY),
    F("tại 98/104 xã", "98/104", 98, "xã", C, max_value=104, code=None, **_IN_XA),
    # V. PAKN against năm 2024 (combined), handled, pending; satisfaction
    _snn("tiếp nhận 64 PAKN", "64", 64, "PAKN", C, code=_PAKN_TN),
    F("cũ: 82 PAKN", "82", 82, "PAKN", PR, as_of=_Y2024, code=_PAKN_TN, **_IN_TINH),
    _snn("giảm 18 PAKN", "18", -18, "PAKN", CH, code=ANY),
    _snn("xử lý 61 PAKN", "61", 61, "PAKN", C, code=ANY),
    _snn("đạt 95,31%", "95,31%", 95.31, "%", code=ANY),
    _snn("còn 03 PAKN", "03", 3, "PAKN", C, code=ANY),
    _snn("đạt 96,18%", "96,18%", 96.18, "%", code=_HL),
    # VI. the Sở's 766 of tháng 12/2025 and its yearly average; the block, grades; the province
    _snn("đạt 83,46/100", "83,46/100", 83.46, "điểm", max_value=100, code=_TONG),
    _snn("xếp thứ 15/20", "15/20", 15, "hạng", R, max_value=20, code=_HANG),
    _snn("đạt 81,92 điểm", "81,92", 81.92, "điểm", code=ANY),
    F("bình quân 86,74 điểm", "86,74", 86.74, "điểm", code=ANY, **_IN_TINH),
    F("có 09/20 cơ quan", "09/20", 9, "đơn vị", C, max_value=20, code=None, **_IN_TINH),
    F("08 cơ quan", "08", 8, "đơn vị", C, code=None, **_IN_TINH),
    F("03 cơ quan", "03", 3, "đơn vị", C, code=None, **_IN_TINH),
    _prov("đạt 82,18/100", "82,18/100", 82.18, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 19/34", "19/34", 19, "hạng", R, max_value=34, code=_HANG),
    # VII. a task quantity, the communes repeated, the units' payment target
    _field("dứt điểm 146 hồ sơ", "146", "hồ sơ", T, as_of="2026-03-31"),
    F("tại 06 xã", "06", 6, "xã", C, code=None, **_IN_XA),
    _field("tối thiểu 75%", "75%", "%", T, as_of="2026-06-30", code=_TT),
]


# ------------------------------------------------------------ 844: Sở Công Thương thành phố Đà Nẵng, Thông báo, quý I
# năm 2026 (channels and six groups after "lần lượt là", a dash list of fields with "chiếm")
_SCT = "Sở Công Thương"
_sct = _by(_SCT, "tỉnh")
_Q4_2025 = "2025-12-31"

BLIND_844 = [
    # 1. TTHC: those online (code unchecked) and the two levels in brackets
    _sct("thực hiện 132 TTHC", "132", 132, "TTHC", C, code=_TTHC),
    _sct("thuộc 16 lĩnh vực", "16", 16, "lĩnh vực", C, code=None),
    _sct("trong đó 118 TTHC", "118", 118, "TTHC", C, code=ANY),
    _sct("chiếm 89,39%", "89,39%", 89.39, "%", code=ANY),
    _sct("toàn trình 84 TTHC", "84", 84, "TTHC", C, code=_TOAN),
    _sct("một phần 34 TTHC", "34", 34, "TTHC", C, code=_MOT),
    # 2. files against quý IV năm 2025 (the Sở's) and cùng kỳ năm 2025 (the two former Sở combined); channels
    _sct("tiếp nhận 3.846 hồ sơ", "3.846", 3846, "hồ sơ", C, code=_TN),
    _sct("giảm 412 hồ sơ", "412", -412, "hồ sơ", CH, code=ANY),
    _sct("(4.258 hồ sơ)", "4.258", 4258, "hồ sơ", PR, as_of=_Q4_2025, code=_TN),
    _sct("tăng 16,83%", "16,83%", 16.83, "%", CH, code=ANY),
    F("(3.292 hồ sơ", "3.292", 3292, "hồ sơ", PR, as_of="2025-03-31", code=_TN, **_IN_TINH),
    _sct("lần lượt là 3.512 hồ sơ", "3.512", 3512, "hồ sơ", C, code=_NOP),
    _sct(", 286 hồ sơ", "286", 286, "hồ sơ", C, code=_NTT),
    _sct("và 48 hồ sơ", "48", 48, "hồ sơ", C, code=ANY),
    _sct("chiếm 91,32%", "91,32%", 91.32, "%", code=_NOP),
    _sct(", 7,44%", "7,44%", 7.44, "%", code=_NTT),
    _sct("và 1,25%", "1,25%", 1.25, "%", code=ANY),
    # the dash list of fields with "chiếm"
    _field("trong nước: 1.624 hồ sơ", "1.624", "hồ sơ", C),
    _field("chiếm 42,23%", "42,23%", "%"),
    _field("thực phẩm: 812 hồ sơ", "812", "hồ sơ", C),
    _field("chiếm 21,11%", "21,11%", "%"),
    _field("khí: 486 hồ sơ", "486", "hồ sơ", C),
    _field("chiếm 12,64%", "12,64%", "%"),
    _field("thương mại: 412 hồ sơ", "412", "hồ sơ", C),
    _field("chiếm 10,71%", "10,71%", "%"),
    _field("còn lại: 512 hồ sơ", "512", "hồ sơ", C),
    _field("chiếm 13,31%", "13,31%", "%"),
    # 3. settled, on time, overdue by field; duration against quý IV năm 2025
    _sct("giải quyết 3.792 hồ sơ", "3.792", 3792, "hồ sơ", C, code=ANY),
    _sct("đúng hạn 3.786 hồ sơ", "3.786", 3786, "hồ sơ", C, code=_DH),
    _sct("đạt 99,84%", "99,84%", 99.84, "%", code=_DH),
    _sct("quá hạn 06 hồ sơ", "06", 6, "hồ sơ", C, code=_QH),
    _field("điện lực 04 hồ sơ", "04", "hồ sơ", C, code=_QH),
    _field("hóa chất 02 hồ sơ", "02", "hồ sơ", C, code=_QH),
    _sct("bình quân 2,4 ngày", "2,4", 2.4, "ngày", code=ANY),
    _sct("(quý IV năm 2025: 2,9 ngày", "2,9", 2.9, "ngày", PR, as_of=_Q4_2025, code=ANY),
    _sct("rút ngắn 0,5 ngày", "0,5", -0.5, "ngày", CH, code=ANY),
    # 4. payment against quý IV năm 2025 and the target of 2026 (đạt); fees
    _sct("Có 2.614 hồ sơ", "2.614", 2614, "hồ sơ", C, code=_TT),
    _sct("số 2.786 hồ sơ", "2.786", 2786, "hồ sơ", C, code=ANY),
    _sct("đạt 93,83%", "93,83%", 93.83, "%", code=_TT, target=90, stated_status="đạt"),
    _sct("tăng 3,47 điểm", "3,47", 3.47, "%", CH, code=ANY),
    _sct("(90,36%)", "90,36%", 90.36, "%", PR, as_of=_Q4_2025, code=_TT),
    _sct("năm 2026 là 90%", "90%", 90, "%", T, as_of="2026-12-31", code=_TT),
    _sct("là 642,8 triệu đồng", "642,8", 642.8, "triệu đồng", code=ANY),
    _sct("quốc gia 598,4 triệu đồng", "598,4", 598.4, "triệu đồng", code=ANY),
    _sct("chiếm 93,09%", "93,09%", 93.09, "%", code=ANY),
    # 5. three shares after "lần lượt là"
    _sct("lần lượt là 97,36%", "97,36%", 97.36, "%", code=_SH),
    _sct("97,36%, 100%", "100%", 100, "%", code=_KQ),
    _sct("và 62,18%", "62,18%", 62.18, "%", code=_TSD),
    # 6. PAKN by content, handled; satisfaction
    _sct("tiếp nhận 11 phản ánh", "11", 11, "PAKN", C, code=_PAKN_TN),
    _sct("trong đó 07 PAKN", "07", 7, "PAKN", C, code=ANY),
    _sct("và 04 PAKN", "04", 4, "PAKN", C, code=ANY),
    _sct("xử lý 11/11 PAKN", "11/11", 11, "PAKN", C, max_value=11, code=ANY),
    _sct("PAKN, đạt 100%", "100%", 100, "%", code=ANY),
    _sct("đạt 98,96%", "98,96%", 98.96, "%", code=_HL),
    # 7. the Sở's 766 of tháng 3/2026 against tháng 12/2025, six groups; the block, grades, threshold; the city
    _sct("đạt 91,84/100", "91,84/100", 91.84, "điểm", max_value=100, code=_TONG),
    _sct("xếp thứ 2/21", "2/21", 2, "hạng", R, max_value=21, code=_HANG),
    _sct("(tháng 12/2025: 90,12 điểm", "90,12", 90.12, "điểm", PR, max_value=100, as_of=_Q4_2025, code=_TONG),
    _sct("xếp thứ 4/21)", "4/21", 4, "hạng", PR, max_value=21, as_of=_Q4_2025, code=_HANG),
    _sct("tăng 1,72 điểm", "1,72", 1.72, "điểm", CH, code=_TONG),
    _sct("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    *_groups([("minh bạch 17,94/18", "17,94/18"), ("giải quyết 19,98/20", "19,98/20"),
              ("trực tuyến 11,36/12", "11,36/12"), ("trực tuyến 9,38/10", "9,38/10"),
              ("hồ sơ 16,12/22", "16,12/22"), ("hài lòng 17,06/18", "17,06/18")],
             {"subject": _SCT, "level": "tỉnh"}),
    F("bình quân 87,46 điểm", "87,46", 87.46, "điểm", code=ANY, **_IN_TINH),
    F("có 14/21 cơ quan", "14/21", 14, "đơn vị", C, max_value=21, code=None, **_IN_TINH),
    F("(từ 90 điểm trở lên)", "90", 90, "điểm", T, code=ANY, **_OPEN),
    F("06 cơ quan", "06", 6, "đơn vị", C, code=None, **_IN_TINH),
    F("01 cơ quan", "01", 1, "đơn vị", C, code=None, **_IN_TINH),
    _prov("đạt 88,26/100", "88,26/100", 88.26, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 3/34", "3/34", 3, "hạng", R, max_value=34, code=_HANG),
    # 8. a task quantity, the Sở's target for quý II năm 2026, the files to digitise in năm 2026
    _field("rà soát 12 TTHC", "12", "TTHC", T, as_of="2026-05-15"),
    _sct("tối thiểu 95%", "95%", 95, "%", T, as_of="2026-06-30", code=_TT),
    _field("số hóa 100% hồ sơ", "100%", "%", T, as_of="2026-12-31"),
]

BLIND = {"840": BLIND_840, "841": BLIND_841, "842": BLIND_842, "843": BLIND_843, "844": BLIND_844}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "840": [
        ("2025-10-20", "day", "20/10/2025", "giấy phép hoạt động", "Phòng Nghiệp vụ Y"),
        ("2025-11-15", "day", "ngày mười lăm tháng 11 năm 2025", "đơn giản hóa", "Phòng Nghiệp vụ Dược"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "giám định y khoa", "Trung tâm Giám định y khoa tỉnh"),
        ("2025-11-30", "month", "tháng 11/2025", "số hóa kết quả", "Văn phòng Sở"),
        ("2025-12-31", "year", "năm 2025", "giấy khám sức khỏe điện tử", "Bảo hiểm xã hội tỉnh Hà Tĩnh"),
        # issued 06/10/2025, before the 12th: the first "ngày 12 hằng tháng" is 12/10/2025
        ("2025-10-12", "recurring", "12 hằng tháng", "số liệu giải quyết TTHC", "Các phòng, đơn vị thuộc Sở"),
    ],
    "841": [
        ("2026-08-15", "day", "15/8/2026", "dữ liệu văn bằng", "Phòng Khảo thí và Quản lý chất lượng"),
        ("2026-08-20", "day", "ngày hai mươi tháng 8 năm 2026", "công bố danh mục TTHC", "Phòng Tổ chức cán bộ"),
        ("2026-09-30", "quarter", "quý III năm 2026", "thanh toán trực tuyến", "Văn phòng Sở"),
        ("2026-08-31", "month", "tháng 8/2026", "chuyển trường", "UBND các xã, phường"),
        ("2026-12-31", "year", "năm 2026", "sổ gốc", "Phòng Giáo dục thường xuyên"),
        # issued 07/7/2026, before the 25th: the first "ngày 25 hằng tháng" is 25/7/2026
        ("2026-07-25", "recurring", "25 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các phòng chuyên môn"),
    ],
    "842": [
        ("2026-04-15", "day", "15/4/2026", "chứng chỉ hành nghề", "Phòng Quản lý hoạt động xây dựng"),
        ("2026-04-30", "day", "ngày ba mươi tháng 4 năm 2026", "giấy phép lái xe",
         "Phòng Quản lý vận tải, phương tiện và người lái"),
        ("2026-06-30", "quarter", "quý II năm 2026", "số hóa", "Văn phòng Sở"),
        ("2026-05-31", "month", "tháng 5/2026", "quầy tiếp nhận", "Trung tâm Phục vụ hành chính công tỉnh"),
        # issued 03/4/2026, after the 2nd: the first "ngày 02 hằng tháng" is 02/5/2026
        ("2026-05-02", "recurring", "02 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "843": [
        ("2026-03-31", "day", "31/3/2026", "hồ sơ đất đai tồn đọng", "Văn phòng Đăng ký đất đai tỉnh"),
        ("2026-06-30", "day", "ngày ba mươi tháng 6 năm 2026", "cơ sở dữ liệu đất đai", "Phòng Quản lý đất đai"),
        ("2026-06-30", "quarter", "quý II năm 2026", "thanh toán trực tuyến", "Các đơn vị thuộc Sở"),
        ("2026-03-31", "month", "tháng 3/2026", "tập huấn", "Văn phòng Sở"),
        ("2026-12-31", "year", "năm 2026", "nâng cấp kết nối", "Sở Khoa học và Công nghệ"),
        # issued 09/01/2026, before the 20th: the first "ngày 20 hằng tháng" is 20/01/2026
        ("2026-01-20", "recurring", "20 hằng tháng", "số liệu giải quyết TTHC", "Các phòng, đơn vị"),
    ],
    "844": [
        ("2026-04-24", "day", "24/4/2026", "thỏa thuận đấu nối", "Phòng Quản lý năng lượng"),
        ("2026-05-15", "day", "ngày mười lăm tháng 5 năm 2026", "thành phần hồ sơ", "Phòng Quản lý thương mại"),
        ("2026-06-30", "quarter", "quý II năm 2026", "thanh toán trực tuyến", "Văn phòng Sở"),
        ("2026-06-30", "month", "tháng 6/2026", "an toàn thực phẩm", "UBND các xã, phường, đặc khu"),
        ("2026-12-31", "year", "năm 2026", "kinh doanh khí", "Phòng Kỹ thuật an toàn - Môi trường"),
        # issued 07/4/2026, after the 5th: the first "ngày 05 hằng tháng" is 05/5/2026
        ("2026-05-05", "recurring", "05 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các phòng chuyên môn"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind152.py's META).
META = {
    "840": {"doc_number": "2418/BC-SYT", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Hà Tĩnh", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Trần Văn Lợi"},
    "841": {"doc_number": "1386/BC-SGDĐT", "doc_type": "Báo cáo", "issued_date": "2026-07-07",
            "province": "Khánh Hòa", "period_label": "6 tháng đầu năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-06-30", "signer": "Võ Đình Khoa"},
    "842": {"doc_number": "846/SXD-VP", "doc_type": "Công văn", "issued_date": "2026-04-03",
            "province": "Tuyên Quang", "period_label": "tháng 3 năm 2026", "period_start": "2026-03-01",
            "period_end": "2026-03-31", "signer": "Hoàng Văn Tuyến"},
    "843": {"doc_number": "58/BC-SNNMT", "doc_type": "Báo cáo", "issued_date": "2026-01-09",
            "province": "Hưng Yên", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Đoàn Văn Thắng"},
    "844": {"doc_number": "126/TB-SCT", "doc_type": "Thông báo", "issued_date": "2026-04-07",
            "province": "Đà Nẵng", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Nguyễn Hữu Phước"},
}
