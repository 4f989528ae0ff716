"""Blind golden facts for corpus/blind124/695_thai_binh.txt, 696_soc_trang.txt, 697_hoa_binh.txt, 698_quang_ninh.txt and
699_ca_mau.txt.

The five documents were written by the developers for a hundred-and-twenty-fourth blind measurement (TEXT RECOVERED
FROM SCANS BY OCR, as archives hold it: a district's annual report whose whole text lost every diacritic, a Sở Thông
tin và Truyền thông's quarterly report with typical Tesseract confusions in numbers and headers, a Sở Xây dựng's Công
văn mixing marked and unmarked paragraphs, a provincial one-stop centre's monthly report whose table columns came out
as runs of spaces under a misaligned header, a UBND tỉnh's quarterly report with stamp and signature noise lines
between its paragraphs; provinces Thái Bình, Sóc Trăng and Hòa Bình before the 1 July 2025 merger, Quảng Ninh and Cà
Mau after it; periods năm 2024, quý III năm 2024, quý I năm 2025, tháng 9 năm 2025 and quý I năm 2026; not real
documents), and every row below was written by reading them, before any extraction, restoration or pipeline code was
run on them. They also serve as held-out text for diacritic restoration (marks stripped, restored, compared with the
file; 695 and parts of 697 are themselves texts whose marks were lost).

Same structure and conventions as golden/blind120.py, blind119.py, blind118.py, blind117.py, blind16.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose and list counts are kind `count`; table cells are kind `value` even when they count, with
`extra={"source": "table"}`; `as_of="period"` is the period's end; a table column dated before the period end keeps
kind `value` with that date as `as_of`; a change is dated with the figure it changes and a fall ("giảm", "rút ngắn",
"thấp hơn") is negative; a change in "điểm phần trăm" is kind change in `%` with the number alone as raw. `ANY` leaves
a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names none: counts of
communes, bodies, centres, proposals). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" (and "phản ánh") the
unit `PAKN`; a count of the files (or PAKN) an indicator is computed on carries that indicator's code; every "đã giải
quyết" count, pending files, the files of one field, money and changes of counts have their code unchecked. Counts of
local units take the unit of their first unit word ("11/25 xa, thi tran", "109/109 xã, phường, thị trấn", "21/64 xã,
phường" → `xã`; "04/11 huyện, thị xã, thành phố" → `huyện`); counts of "sở, ban, ngành", "sở, ngành" and "cơ quan,
đơn vị" → `đơn vị` at the level of the bodies counted (subject unchecked); "25 don vi hanh chinh cap xa (24 xa, 01 thi
tran)", "54 đơn vị hành chính cấp xã (30 phường, 22 xã, 02 đặc khu)", "64 đơn vị hành chính cấp xã (55 xã, 09
phường)" → `cấp xã` (unit `đơn vị`, level xã) and their parts `xã`, `thị trấn`, `phường`, `đặc khu` (subject unchecked,
level xã). A district's own figures are the issuer (`UBND huyện Vũ Thư`, level huyện), its figures under "a) Cap huyen"
`cấp huyện`, under "b) Cap xa" `cấp xã`; a provincial body's own figures naming no body are named by its kind (`Sở
Thông tin và Truyền thông`, `Sở Xây dựng`, `Trung tâm Phục vụ hành chính công tỉnh`, level tỉnh); a sentence naming a
body in full keeps the name as written; province-wide figures ("toàn tỉnh", "trên địa bàn tỉnh", "tỉnh Sóc Trăng đạt",
"tinh Hoa Binh dat", "tỉnh Quảng Ninh đạt") and the UBND tỉnh's own figures in its own report (699) have subject NULL.
A self-score carries its row's maximum; things counted take the noun as written (`văn bản`, `chứng thư`, `bản`, `tài
khoản`, `giấy phép`, `kiến nghị`, `lượt`, `Trung tâm`); money keeps the unit written (`triệu đồng`, `tỷ đồng`; code
unchecked); durations `ngày`, `phút`. Numbers written in words are no figures ("hai cap", "cả ba cấp", "hai linh vuc",
"hai Sở", "hai tài khoản", the days of "ngay muoi lam thang 4", "ngày hai mươi lăm tháng 11", "ngày hai mươi tháng 5",
"ngày ba mươi mốt tháng 10", "ngày hai mươi tám tháng 5"). Dates, document numbers and cited texts ("Ke hoach so
186/KH-UBND", "Cong van so 2315/VP-KSTT", "Kế hoạch số 24/KH-UBND", "Công văn số 318/VP-KSTT", "Nghi quyet so
12/NQ-HDND", "Quyết định số 2546/QĐ-UBND", "Quyết định số 766/QĐ-TTg", "Công văn số 1846/VPCP-KSTT"), stated windows
and data dates ("tu ngay 01/01/2024 den ngay 31/12/2024", "tính đến ngày 30/9/2024", "tu ngay 01/3/2025", "từ ngày
01/9/2025 đến ngày 30/9/2025", "từ ngày 01/01/2026 đến ngày 31/3/2026"), periods labelling brackets and columns
("nam 2023:", "thang 11/2024:", "quy 11/2024:", "quý IV năm 2024:", "thang 02/2025,", "tháng 8/2025:", "Quý IV/2025",
"Quý I/2026"), "giai doan 2023-2025", "De an 06", "Bo chi so 766", "muc do 2", "mức độ 2", ages ("tu du 14 tuoi tro
len", "từ đủ 14 tuổi trở lên"), the maxima in row labels ("(tối đa 18)" … "(tối đa 100)": carried by the cells), an
address ("Khu liên cơ quan số 3"), section and item numbering ("I.", "1.", "a)", "đ)"), the STT column, phone numbers
("0227.3826.154", "0299.3822.146", "0218.3852.246", "0203.3628.555", "0290.3831.246"), headings naming the next period
("VI. NHIEM VU NAM 2025", "V. NHIỆM VỤ QUÝ IV/2024", "7. Nhiệm vụ quý II năm 2025", "IV. NHIỆM VỤ THÁNG 10 NĂM 2025",
"V. NHIỆM VỤ QUÝ II NĂM 2026": no deadlines) and years are not figures. OCR noise is no figure: "S6:" is "Số:", "quy
111/2024" is "quý III/2024", "quy 11/2024" is "quý II/2024", "t1nh" is "tỉnh", "ch1 tiêu" is "chỉ tiêu", "1ĩnh vực" is
"lĩnh vực", "S6 hóa" is "Số hóa"; the stamp and signature noise lines of 699 hold no digits.

New in this set (the scan forms were not met in this shape before; the decisions are written here):
- A WHOLE REPORT WHOSE MARKS WERE LOST (695): header, body, list, tasks and signature all without diacritics ("UY BAN
  NHAN DAN / HUYEN VU THU", "So: 08/BC-UBND", "ty le ho so thanh toan truc tuyen cua huyen dat 46,82%"). Contexts are
  written as the file has them (ASCII); subjects, units and metadata are the restored Vietnamese ("UBND xa Tam Quang" →
  `UBND xã Tam Quang`, "01 thi tran" → `thị trấn`, "9/14 kien nghi" → `kiến nghị`, "ban" → `bản`); the deadlines'
  date words, tasks and assignees are written unmarked (compared folded).
- TESSERACT CONFUSIONS IN NUMBERS AND HEADERS (696): "S6: 1184/BC-STTTT", "quy 111/2024" for quý III/2024 in the title,
  the opening and the 766 sentence, "quy 11/2024" for quý II/2024 in four brackets (read as the previous quarter,
  dated 2024-06-30), "t1nh", "ch1 tiêu" (a target sentence: "ch1 tiêu năm 2024 là 70%, chưa đạt ch1 tiêu" is read as
  "chỉ tiêu"), "1ĩnh vực", a table header "S6 hóa (%)" (the digitisation column). The confusions sit inside words and
  headers only; every figure counted is intact.
- MARKED AND UNMARKED PARAGRAPHS MIXED (697): sections 1, 3 and 5, the line above the table, the sentence after it and
  tasks b) and đ) lost their marks; the rest kept them. The tab-separated table's units come from the unmarked
  sentence above it "(don vi tinh: ho so; ty le: %)" and its header "Đúng hạn (%)"; contexts as the file has them.
- A SPACE-ALIGNED TABLE UNDER A MISALIGNED HEADER (698): "STT  Cơ quan              Tiếp nhận   Trực tuyến   Tỷ lệ trực
  tuyến   Đúng hạn" stands left of the right-aligned numbers below it (the header's labels do not sit over their
  columns); the columns are read in order (received, online files, online share, on-time share), the units from the
  sentence above "(đơn vị tính: hồ sơ; tỷ lệ: %)". A cell's context runs from the spaces before it to the end of its
  row and into the next row's start.
- STAMP AND SIGNATURE NOISE BETWEEN PARAGRAPHS (699): three blocks of lines from a seal and a signature scanned over
  the text ("ỦY BAN", "*    NHÂN  DÂN    *", "KT. CHỦ TỊCH", "P H Ó    C H Ủ   T Ị C H", "ĐÃ  KÝ", scattered letters and
  marks) sit between sections; they are no figures, no signer and no heading, and the sentences around them are read
  as if they were absent. The signer is the name under the real signature block at the end.

Per document:
- 695 is an annual Báo cáo of UBND huyện Vũ Thư (tỉnh Thái Bình, named in "Kinh gui"), năm 2024, issued 08/01/2025,
  before districts were abolished. The district's own figures ("Tren dia ban huyen … 416 TTHC", "cua huyen", "UBND
  huyen tiep nhan 38 PAKN", "tong so tai khoan tren dia ban huyen") are `UBND huyện Vũ Thư`, level huyện; TTHC and
  digitisation by level; "25 don vi hanh chinh cap xa (24 xa, 01 thi tran)", "UBND 25 xa, thi tran", "11/25 xa, thi
  tran" (`xã`, code None; the 100% of those communes: subject unchecked, level xã, on-time code). Under "a) Cap huyen":
  "9.846 ho so (nam 2023: 8.912 ho so), tang 934 ho so, tuong ung tang 10,48%" (previous dated 2023-12-31), online,
  settled, on time, overdue with the land field's "(64 ho so)" (subject unchecked), pending, "4,6 ngay/ho so, rut ngan
  0,8 ngay". Under "b) Cap xa": received, online, settled, on time, overdue. A DASH LIST of five communes "- UBND xa Tam
  Quang: 1.486 ho so, truc tuyen 92,46%, dung han 100%;" (restored names, level xã; received, online and on-time
  codes). Copies "6.218 ban … cap huyen 1.114 ban, cap xa 5.104 ban" (`bản`). Payment "46,82%; chi tieu UBND tinh giao
  nam 2024 la 50%, chua dat chi tieu", "1.246,5 trieu dong", digitisation by level, reuse, e-results; Đề án 06 "48.612
  tai khoan" (the district's working group: subject unchecked, level huyện) "112.418 tai khoan, dat 71,36%" (the
  identity-account code). PAKN "38 … 36 … 94,74% … 02", satisfaction "97,86%"; the UBND tỉnh's evaluation of tháng
  12/2024 (the period's last month) "UBND huyen Vu Thu dat 84,36/100 diem, xep thu 3/8 huyen, thanh pho (thang 11/2024:
  82,18 diem, xep thu 5/8), tang 2,18 diem va tang 2 bac" (previous dated 2024-11-30), "15,42/22 diem"; the communes'
  average "80,46 diem" and grades "Tot 8 xa, thi tran; … Kha 14 xa; … Trung binh 3 xa" (`xã`); the province's
  `85,72/100`, `14/63`. Task 2's "toi thieu 99% trong quy II nam 2025" the land office's target (subject unchecked,
  level huyện, 2025-06-30). Six deadlines: day, quarter (with the target), "cham nhat ngay muoi lam thang 4 nam 2025",
  month, year in a request "De nghi Vien thong Thai Binh …", "truoc ngay 22 hang thang" (issued 08/01/2025: first
  22/01/2025).
- 696 is a quarterly Báo cáo of the Sở Thông tin và Truyền thông tỉnh Sóc Trăng (before the merger; header "UBND TỈNH
  SÓC TRĂNG / SỞ THÔNG TIN VÀ TRUYỀN THÔNG", signed by a deputy director), quý III năm 2024, issued 07/10/2024, ranks
  /63 and /19. Province-wide figures (subject NULL): "312 cơ quan, đơn vị ở cả ba cấp" (`đơn vị`, subject and level
  unchecked), "486.215 văn bản", signed documents "96,84% (quy 11/2024: 94,12%)" and by level (codes unchecked),
  "6.846 chứng thư số", "109/109 xã, phường, thị trấn"; the Sở's "418 chứng thư"; TTHC "1.846 … 1.026 …, chiếm 55,58%,
  và 820"; files "186.412 … 121.846 …, chiếm 65,36% (quy 11/2024: 61,42%), tăng 3,94 điểm phần trăm; ch1 tiêu năm
  2024 là 70%, chưa đạt" (the target dated 2024-12-31, after the period end); files by level; A MARKDOWN TABLE BY
  DISTRICT (as written: `Thành phố Sóc Trăng`, `Thị xã Vĩnh Châu`, `Huyện Kế Sách`, level huyện; received, online and
  digitisation codes; "Cộng cấp huyện" (empty STT) `cấp huyện`, repeating the prose); "cao nhất (82,14%) … huyện Cù
  Lao Dung thấp nhất (48,36%), thấp hơn bình quân cấp huyện 16,88 điểm phần trăm" (its negative change); payment,
  money, digitisation, e-results; accounts "812.406 … 68,42% … 36.418"; PAKN "326 … 318 … 97,55% … 08"; the
  province's `81,46/100`, `27/63` "(quy 11/2024: 79,84 điểm, xếp thứ 32/63), tăng 1,62 điểm và tăng 5 bậc" and six
  groups after "lần lượt là"; block averages (subject unchecked; tỉnh, huyện); "12/19 sở, ban, ngành" (`đơn vị`,
  level tỉnh), "04/11 huyện, thị xã, thành phố" (`huyện`); the Sở's "214 hồ sơ, 100% hồ sơ …" (one share for two
  indicators: code unchecked), `92,18/100`, `2/19`. Task 2's "tối thiểu 60% trong quý IV năm 2024" two named
  districts' target (subject unchecked, level huyện, 2024-12-31). Six deadlines: day, quarter (with the target),
  "chậm nhất ngày hai mươi lăm tháng 11 năm 2024", month, year in a request "Đề nghị Viễn thông Sóc Trăng …", "trước
  ngày 05 hằng tháng" (issued 07/10/2024, after the 5th: first 05/11/2024).
- 697 is a CÔNG VĂN (doc_type "Công văn") of the Sở Xây dựng tỉnh Hòa Bình (header "UBND TỈNH HÒA BÌNH / SỞ XÂY DỰNG",
  number "642/SXD-VP", a "V/v" line naming the quarter, signed by a deputy director), quý I năm 2025, issued
  09/4/2025, after the Sở took over the Sở Giao thông vận tải on 01/3/2025. The Sở's figures: "168 TTHC, trong do 46
  TTHC …; 102 TTHC …, chiem 60,71%", files "3.846 hồ sơ (quý IV năm 2024: 4.512 hồ sơ, …), giảm 666 hồ sơ" (previous
  2024-12-31), online, settled, on time, overdue with two fields in brackets (subject unchecked, level tỉnh), pending,
  "4,2 ngày/hồ sơ, rút ngắn 0,6 ngày"; A TAB-SEPARATED TABLE BY FIELD (fields subject unchecked, level tỉnh; counts
  code unchecked, the on-time share the on-time code; "Tổng cộng" with an empty STT the Sở with every code; "100"
  cells are figures); "86 giay phep … 42 ho so …; 100% giay phep"; payment "74,36% (1.125/1.513 ho so); … nam 2025 la
  80% thi chua dat" (the fraction a count with its base; target 2025-12-31), "2,86 ty dong", digitisation, reuse,
  e-results; PAKN "06 … 06/06 … 100%", satisfaction "98,42%"; the Sở's 766 result of tháng 3/2025 (the period's last
  month) `86,74/100`, `8/19` "(thang 02/2025, So Giao thong van tai cu dat 83,92 diem, So Xay dung cu dat 85,16
  diem)" (the former Sở's previous scores, dated 2025-02-28, max 100, subject unchecked), the block average, the
  province `80,92/100`, `34/63`. Task a)'s "46 TTHC" a count repeated; task b)'s "toi thieu 80% trong quy II nam
  2025" one division's target (subject unchecked, level tỉnh, 2025-06-30). Six deadlines in lettered items: day,
  quarter (unmarked, with the target), "chậm nhất ngày hai mươi tháng 5 năm 2025", month, year in an unmarked request
  "De nghi Cong an tinh …", "trước ngày 18 hằng tháng" (issued 09/4/2025: first 18/4/2025).
- 698 is a monthly Báo cáo of the Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh (header "UBND TỈNH QUẢNG NINH /
  TRUNG TÂM PHỤC VỤ / HÀNH CHÍNH CÔNG", number "286/BC-TTPVHCC", signed by its director), tháng 9 năm 2025, issued
  06/10/2025, ranks /34. The Trung tâm's figures: "14.386 hồ sơ TTHC của 17 sở, ngành (tháng 8/2025: 13.702 hồ sơ),
  tăng 684 hồ sơ, tương ứng tăng 4,99%" (previous 2025-08-31; "17 sở, ngành" `đơn vị`), online "13.392 …, chiếm
  93,09%", "trực tiếp tại quầy 780 hồ sơ" (the direct channel's code) and "qua dịch vụ bưu chính công ích 214 hồ sơ"
  (code unchecked), settled, on time, overdue, pending; the space-aligned table (above; each body as written, level
  tỉnh; "Các cơ quan còn lại" subject unchecked; "Tổng cộng" the Trung tâm); "(15 hồ sơ" the Sở Nông nghiệp và Môi
  trường's overdue files, "Công an tỉnh có 228 hồ sơ nộp trực tiếp" (direct channel); payment "89,46% (tháng 8/2025:
  87,12%), tăng 2,34 điểm phần trăm", "12,48 tỷ đồng", digitisation, reuse, "100% kết quả" (e-results); ratings
  "9.846 lượt … 9.812 lượt …, chiếm 99,65%" (the share the satisfaction code), "8,5 phút". Cấp xã: "54 đơn vị … (30
  phường, 22 xã, 02 đặc khu); 54/54 Trung tâm" (`Trung tâm`, level xã, code None), "42.618 … 37.214 …, chiếm 87,32%;
  … 99,46%" (`cấp xã`), "Phường Hạ Long … 2.846 hồ sơ", "đặc khu Cô Tô … 96 hồ sơ" (as written, level xã, received
  code). The province's `90,24/100`, `2/34` "(tháng 8/2025: 89,86 điểm, xếp thứ 3/34)" and its satisfaction group
  `17,64/18`. Task 2's "tối thiểu 90% trong quý IV năm 2025" a named Sở's target (subject unchecked, level tỉnh,
  2025-12-31). Six deadlines: day, quarter (with the target), "chậm nhất ngày ba mươi mốt tháng 10 năm 2025", month,
  year in a request "Đề nghị Sở Khoa học và Công nghệ …", "trước ngày 10 hằng tháng" (issued 06/10/2025, before the
  10th: first 10/10/2025).
- 699 is a quarterly Báo cáo of UBND tỉnh Cà Mau (merged with Bạc Liêu; header "ỦY BAN NHÂN DÂN / TỈNH CÀ MAU", number
  "142/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Văn phòng Chính phủ, quý I năm
  2026, issued 08/4/2026, ranks /34; stamp noise (above). "64 đơn vị hành chính cấp xã (55 xã, 09 phường)", TTHC
  "1.924 TTHC (cấp tỉnh 1.538 TTHC, cấp xã 386 TTHC); … 1.146 TTHC …, chiếm 59,56%"; files "214.618 hồ sơ (quý IV năm
  2025: 198.406 hồ sơ), tăng 16.212 hồ sơ, tương ứng tăng 8,17%" by level, online "162.412 …, chiếm 75,68%; so với chỉ
  tiêu năm 2026 là 80% thì chưa đạt" (target 2026-12-31), settled, on time, overdue with the land field's "2.146 hồ sơ"
  (subject and level unchecked), payment "71,24% (quý IV năm 2025: 66,38%), tăng 4,86 điểm phần trăm", money,
  digitisation, reuse, e-results, accounts. A MARKDOWN TABLE OF THE SIX GROUPS with the maxima in the labels "(tối đa
  18)" and columns "Quý IV/2025 | Quý I/2026" (the first dated 2025-12-31, kind value; the group codes with their
  maxima; "Tổng điểm (tối đa 100)" with an empty STT the total). "86,56/100 điểm, xếp thứ 11/34 … (quý IV năm 2025:
  xếp thứ 17/34), tăng 2,98 điểm và tăng 6 bậc"; block averages (subject unchecked; tỉnh, xã) and "thấp hơn khối sở,
  ban, ngành 8,78 điểm" (the communes' negative change); grades "04/18 sở, ban, ngành; Tốt 12/18; Khá 02/18" (`đơn
  vị`, level tỉnh) and "21/64 xã, phường; Khá 35/64; Trung bình 08/64" (`xã`); the first and last communes in
  brackets (as written, level xã); PAKN "214 … 206 … 96,26%", satisfaction "97,48%". Task 1's "2.146 hồ sơ" a count
  repeated; task 2's "tối thiểu 75% trong quý II năm 2026" the communes' target (subject unchecked, level xã,
  2026-06-30). Six deadlines: day, quarter (with the target), "chậm nhất ngày hai mươi tám tháng 5 năm 2026", month,
  year in a request "Đề nghị Bưu điện tỉnh Cà Mau …", "trước ngày 12 hằng tháng" (issued 08/4/2026: first 12/4/2026).

Unsure readings (fields left `ANY`, or decided and written here): the subject of 695's "48.612 tai khoan" (the
district's Đề án 06 working group or the district); 696's signed-document shares (`văn bản … ký số`: a catalogued
code may exist, left unchecked) and its Sở's "100% hồ sơ nộp trực tuyến và giải quyết đúng hạn" (one share for two
indicators: code unchecked); 697's previous scores of "So Giao thong van tai cu" and "So Xay dung cu" (the former Sở
as written with "cũ": subject unchecked); 698's postal channel (code unchecked) beside the direct counter's files (the
direct channel's code); the level of 696's "312 cơ quan, đơn vị ở cả ba cấp" (unchecked); the targets set for named
bodies in the tasks (subject unchecked, level fixed). "quy 11/2024" in 696 is read as quý II/2024 (the previous
quarter, as the text's "tăng … so với" and the ranks confirm), not as a month; "ch1 tiêu" as "chỉ tiêu" (so the 65,36%
carries the 70% target with status "chưa đạt").
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


# ------------------------------------------------------------ 695: UBND huyện Vũ Thư (tỉnh Thái Bình), năm 2024,
# every mark lost (contexts in ASCII as the file has them)
_VT = "UBND huyện Vũ Thư"
_vt = _by(_VT, "huyện")
_ch = _by("cấp huyện", "huyện")
_cx = _by("cấp xã", "xã")
_NOV_2024 = "2024-11-30"

# the dash list: (name as written, restored subject, files, online share, on-time share)
_COMMUNES_695 = [
    ("UBND xa Tam Quang", "UBND xã Tam Quang", "1.486", "92,46", "100"),
    ("UBND xa Minh Quang", "UBND xã Minh Quang", "1.312", "90,17", "100"),
    ("UBND thi tran Vu Thu", "UBND thị trấn Vũ Thư", "1.846", "88,35", "99,89"),
    ("UBND xa Hong Ly", "UBND xã Hồng Lý", "612", "61,27", "98,86"),
    ("UBND xa Dung Nghia", "UBND xã Dũng Nghĩa", "548", "58,94", "98,54"),
]


def _communes_695() -> list[Fact]:
    """The dash list "- UBND xa Tam Quang: 1.486 ho so, truc tuyen 92,46%, dung han 100%;": each commune by its
    restored name, level xã; files with the received code, the shares with the online and on-time codes."""
    facts = []
    for written, subject, received, online, on_time in _COMMUNES_695:
        who = {"subject": subject, "level": "xã"}
        facts += [
            F(f"{written}: {received} ho so", received, _num(received), "hồ sơ", C, code=_TN, **who),
            F(f"truc tuyen {online}%", f"{online}%", _num(online), "%", code=_NOP, **who),
            F(f"{online}%, dung han {on_time}%", f"{on_time}%", _num(on_time), "%", code=_DH, **who),
        ]
    return facts


BLIND_695 = [
    # I. TTHC of the district and by level; the communes; proposals ("giai doan 2023-2025", "hai cap" no figures)
    _vt("thuc hien 416 TTHC", "416", 416, "TTHC", C, code=_TTHC),
    F("cap huyen 298 TTHC", "298", 298, "TTHC", C, code=ANY, **_CAP_HUYEN),
    F("cap xa 118 TTHC", "118", 118, "TTHC", C, code=ANY, **_CAP_XA),
    _vt("TTHC; 100% TTHC", "100%", 100, "%", code=ANY),
    F("co 25 don vi", "25", 25, "đơn vị", C, code=None, **_CAP_XA),
    F("(24 xa", "24", 24, "xã", C, code=None, **_IN_XA),
    F("01 thi tran)", "01", 1, "thị trấn", C, code=None, **_IN_XA),
    _vt("gian hoa 14 TTHC", "14", 14, "TTHC", C, code=ANY),
    _vt("nay 9/14 kien nghi", "9/14", 9, "kiến nghị", C, max_value=14, code=None),
    # II. a) cấp huyện (năm 2023 dated 2023-12-31; the land field's overdue files: subject unchecked)
    _ch("tiep nhan 9.846 ho so", "9.846", 9846, "hồ sơ", C, code=_TN),
    _ch("(nam 2023: 8.912 ho so)", "8.912", 8912, "hồ sơ", PR, as_of="2023-12-31", code=_TN),
    _ch("tang 934 ho so", "934", 934, "hồ sơ", CH, code=ANY),
    _ch("tang 10,48%", "10,48%", 10.48, "%", CH, code=ANY),
    _ch("nop truc tuyen 7.412 ho so", "7.412", 7412, "hồ sơ", C, code=_NOP),
    _ch("chiem 75,28%", "75,28%", 75.28, "%", code=_NOP),
    _ch("giai quyet 9.618 ho so", "9.618", 9618, "hồ sơ", C, code=ANY),
    _ch("dung han 9.542 ho so", "9.542", 9542, "hồ sơ", C, code=_DH),
    _ch("dat 99,21%", "99,21%", 99.21, "%", code=_DH),
    _ch("qua han 76 ho so", "76", 76, "hồ sơ", C, code=_QH),
    _ch("chiem 0,79%", "0,79%", 0.79, "%", code=_QH),
    F("(64 ho so)", "64", 64, "hồ sơ", C, code=_QH, **_IN_HUYEN),
    _ch("Dang giai quyet 228 ho so", "228", 228, "hồ sơ", C, code=ANY),
    _ch("binh quan 4,6 ngay", "4,6", 4.6, "ngày", code=ANY),
    _ch("rut ngan 0,8 ngay", "0,8", -0.8, "ngày", CH, code=ANY),
    # b) cấp xã; the communes giving 100% on time (subject unchecked); the dash list; c) copies by level
    F("UBND 25 xa", "25", 25, "xã", C, code=None, **_IN_XA),
    _cx("tiep nhan 21.406 ho so", "21.406", 21406, "hồ sơ", C, code=_TN),
    _cx("truc tuyen 17.118 ho so", "17.118", 17118, "hồ sơ", C, code=_NOP),
    _cx("chiem 79,97%", "79,97%", 79.97, "%", code=_NOP),
    _cx("giai quyet 21.316 ho so", "21.316", 21316, "hồ sơ", C, code=ANY),
    _cx("dung han 21.214 ho so", "21.214", 21214, "hồ sơ", C, code=_DH),
    _cx("dat 99,52%", "99,52%", 99.52, "%", code=_DH),
    _cx("qua han 102 ho so", "102", 102, "hồ sơ", C, code=_QH),
    F("Co 11/25 xa", "11/25", 11, "xã", C, max_value=25, code=None, **_IN_XA),
    F("giai quyet 100% ho so dung han", "100%", 100, "%", code=_DH, **_IN_XA),
    *_communes_695(),
    _vt("toan huyen cap 6.218 ban", "6.218", 6218, "bản", C, code=ANY),
    F("cap huyen 1.114 ban", "1.114", 1114, "bản", C, code=ANY, **_CAP_HUYEN),
    F("cap xa 5.104 ban", "5.104", 5104, "bản", C, code=ANY, **_CAP_XA),
    # III. payment (the year's target at the period end), money, digitisation by level, reuse, e-results; Đề án 06
    # (the working group's activations: subject unchecked; "muc do 2", "tu du 14 tuoi" no figures)
    _vt("cua huyen dat 46,82%", "46,82%", 46.82, "%", code=_TT, target=50, stated_status="chưa đạt"),
    _vt("nam 2024 la 50%", "50%", 50, "%", T, code=_TT),
    _vt("la 1.246,5 trieu dong", "1.246,5", 1246.5, "triệu đồng", code=ANY),
    F("cap huyen dat 88,64%", "88,64%", 88.64, "%", code=_SH, **_CAP_HUYEN),
    F("cap xa dat 81,27%", "81,27%", 81.27, "%", code=_SH, **_CAP_XA),
    _vt("dat 34,15%", "34,15%", 34.15, "%", code=_TSD),
    _vt("dien tu dat 100%", "100%", 100, "%", code=_KQ),
    F("kich hoat 48.612 tai khoan", "48.612", 48612, "tài khoản", C, code=ANY, **_IN_HUYEN),
    _vt("len 112.418 tai khoan", "112.418", 112418, "tài khoản", C, code=_TK),
    _vt("dat 71,36%", "71,36%", 71.36, "%", code=_TK),
    # IV. PAKN, satisfaction; the UBND tỉnh's evaluation of tháng 12/2024 (the period's last month) naming the
    # district in full, tháng 11/2024 dated 2024-11-30; the communes' average and grades; the province
    _vt("tiep nhan 38 PAKN", "38", 38, "PAKN", C, code=_PAKN_TN),
    _vt("xu ly 36 PAKN", "36", 36, "PAKN", C, code=ANY),
    _vt("dat 94,74%", "94,74%", 94.74, "%", code=ANY),
    _vt("02 PAKN dang", "02", 2, "PAKN", C, code=ANY),
    _vt("TTHC dat 97,86%", "97,86%", 97.86, "%", code=_HL),
    _vt("dat 84,36/100", "84,36/100", 84.36, "điểm", max_value=100, code=_TONG),
    _vt("xep thu 3/8", "3/8", 3, "hạng", R, max_value=8, code=_HANG),
    _vt("(thang 11/2024: 82,18 diem", "82,18", 82.18, "điểm", PR, max_value=100, as_of=_NOV_2024, code=_TONG),
    _vt("xep thu 5/8)", "5/8", 5, "hạng", PR, max_value=8, as_of=_NOV_2024, code=_HANG),
    _vt("tang 2,18 diem", "2,18", 2.18, "điểm", CH, code=_TONG),
    _vt("tang 2 bac", "2", 2, "hạng", CH, code=_HANG),
    _vt("dat 15,42/22", "15,42/22", 15.42, "điểm", max_value=22, code="766.so_hoa"),
    F("dat 80,46 diem", "80,46", 80.46, "điểm", code=ANY, **_IN_XA),
    F("Tot 8 xa", "8", 8, "xã", C, code=None, **_IN_XA),
    F("Kha 14 xa", "14", 14, "xã", C, code=None, **_IN_XA),
    F("Trung binh 3 xa", "3", 3, "xã", C, code=None, **_IN_XA),
    F("dat 85,72/100", "85,72/100", 85.72, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xep thu 14/63", "14/63", 14, "hạng", R, max_value=63, code=_HANG, **_NULL),
    # VI. task 2's target of the district's land office for quý II (phone no figure)
    F("toi thieu 99%", "99%", 99, "%", T, as_of="2025-06-30", code=ANY, **_IN_HUYEN),
]

# ------------------------------------------------------------ 696: Sở Thông tin và Truyền thông tỉnh Sóc Trăng, quý
# III năm 2024 (Tesseract confusions: "S6:", "quy 111/2024", "quy 11/2024", "t1nh", "ch1 tiêu", "1ĩnh vực")
_STT = "Sở Thông tin và Truyền thông"
_stt = _by(_STT, "tỉnh")
_Q2_2024 = "2024-06-30"

# the Markdown table by district: (STT, unit as written, received, online share, digitisation share)
_DISTRICTS_696 = [
    ("1", "Thành phố Sóc Trăng", "9.846", "82,14", "91,26"),
    ("2", "Thị xã Vĩnh Châu", "6.418", "68,45", "85,12"),
    ("3", "Thị xã Ngã Năm", "4.126", "63,72", "83,46"),
    ("4", "Huyện Kế Sách", "6.214", "61,38", "82,08"),
    ("5", "Huyện Long Phú", "5.012", "58,64", "80,54"),
    ("6", "Huyện Cù Lao Dung", "2.846", "48,36", "76,18"),
    ("7", "Huyện Mỹ Tú", "5.318", "60,12", "84,36"),
    ("8", "Huyện Mỹ Xuyên", "6.642", "64,85", "86,72"),
    ("9", "Huyện Thạnh Trị", "4.486", "57,26", "79,48"),
    ("10", "Huyện Châu Thành", "5.864", "66,18", "87,14"),
    ("11", "Huyện Trần Đề", "5.646", "62,47", "83,92"),
    ("", "Cộng cấp huyện", "62.418", "65,24", "84,68"),
]


def _districts_696() -> list[Fact]:
    """The Markdown table "| STT | Đơn vị | Tiếp nhận (hồ sơ) | Trực tuyến (%) | S6 hóa (%) |" (the OCR's "S6 hóa" is
    "Số hóa"): each district-level unit as written, level huyện; received files (received code), online and
    digitisation shares (their codes); "Cộng cấp huyện" (empty STT) is `cấp huyện` and repeats the prose."""
    facts = []
    for i, (stt, name, *values) in enumerate(_DISTRICTS_696):
        line = _md_line((stt, name, *values))
        if i + 1 < len(_DISTRICTS_696):
            after = _md_line(_DISTRICTS_696[i + 1][:2]).rsplit(" |", 1)[0]
        else:
            after = "\nThành phố Sóc Trăng có"
        subject = "cấp huyện" if stt == "" else name
        facts += _cells(line, " | ", after, subject, "huyện", [
            (raw, unit, P, code, "period", None)
            for raw, unit, code in zip(values, ("hồ sơ", "%", "%"), (_TN, _NOP, _SH), strict=True)])
    return facts


_GROUPS_696 = [
    ("minh bạch 16,42/18", "16,42/18", "766.cong_khai"),
    ("giải quyết 18,96/20", "18,96/20", "766.tien_do"),
    ("trực tuyến 9,18/12", "9,18/12", "766.dvctt"),
    ("trực tuyến 6,74/10", "6,74/10", "766.thanh_toan"),
    ("hài lòng 16,92/18", "16,92/18", "766.hai_long"),
    ("hồ sơ 13,24/22", "13,24/22", "766.so_hoa"),
]

BLIND_696 = [
    # I. the province's platforms (subject NULL; "cả ba cấp" no figure), signed documents by level (quy 11/2024 =
    # quý II/2024, dated 2024-06-30; codes unchecked), certificates, the network's communes
    F("kết nối 312 cơ quan", "312", 312, "đơn vị", C, code=None, **_OPEN),
    F("có 486.215 văn bản", "486.215", 486215, "văn bản", C, code=ANY, **_NULL),
    F("đạt 96,84%", "96,84%", 96.84, "%", code=ANY, **_NULL),
    F("(quy 11/2024: 94,12%)", "94,12%", 94.12, "%", PR, as_of=_Q2_2024, code=ANY, **_NULL),
    F("cấp tỉnh 98,62%", "98,62%", 98.62, "%", code=ANY, **_CAP_TINH),
    F("cấp huyện 96,05%", "96,05%", 96.05, "%", code=ANY, **_CAP_HUYEN),
    F("cấp xã 93,18%", "93,18%", 93.18, "%", code=ANY, **_CAP_XA),
    _stt("cấp mới 418 chứng thư", "418", 418, "chứng thư", C, code=ANY),
    F("có 6.846 chứng thư", "6.846", 6846, "chứng thư", C, code=ANY, **_NULL),
    F("đến 109/109 xã", "109/109", 109, "xã", C, max_value=109, code=None, **_IN_XA),
    # II. TTHC; files with the year's target (dated 2024-12-31, after the period end) read through "ch1 tiêu"
    F("là 1.846 TTHC", "1.846", 1846, "TTHC", C, code=_TTHC, **_NULL),
    F("đó 1.026 TTHC", "1.026", 1026, "TTHC", C, code=_TOAN, **_NULL),
    F("chiếm 55,58%", "55,58%", 55.58, "%", code=_TOAN, **_NULL),
    F("và 820 TTHC", "820", 820, "TTHC", C, code=_MOT, **_NULL),
    F("tiếp nhận 186.412 hồ sơ", "186.412", 186412, "hồ sơ", C, code=_TN, **_NULL),
    F("trực tuyến 121.846 hồ sơ", "121.846", 121846, "hồ sơ", C, code=_NOP, **_NULL),
    F("chiếm 65,36%", "65,36%", 65.36, "%", code=_NOP, target=70, stated_status="chưa đạt", **_NULL),
    F("(quy 11/2024: 61,42%)", "61,42%", 61.42, "%", PR, as_of=_Q2_2024, code=_NOP, **_NULL),
    F("tăng 3,94 điểm", "3,94", 3.94, "%", CH, code=ANY, **_NULL),
    F("năm 2024 là 70%", "70%", 70, "%", T, as_of="2024-12-31", code=_NOP, **_NULL),
    # files by level; the table; the first and last districts (as written) and the gap to the level's average
    F("cấp tỉnh tiếp nhận 48.216", "48.216", 48216, "hồ sơ", C, code=_TN, **_CAP_TINH),
    F("trực tuyến 38.412 hồ sơ", "38.412", 38412, "hồ sơ", C, code=_NOP, **_CAP_TINH),
    F("chiếm 79,67%", "79,67%", 79.67, "%", code=_NOP, **_CAP_TINH),
    F("cấp huyện tiếp nhận 62.418", "62.418", 62418, "hồ sơ", C, code=_TN, **_CAP_HUYEN),
    F("trực tuyến 40.720 hồ sơ", "40.720", 40720, "hồ sơ", C, code=_NOP, **_CAP_HUYEN),
    F("chiếm 65,24%", "65,24%", 65.24, "%", code=_NOP, **_CAP_HUYEN),
    F("cấp xã tiếp nhận 75.778", "75.778", 75778, "hồ sơ", C, code=_TN, **_CAP_XA),
    F("trực tuyến 42.714 hồ sơ", "42.714", 42714, "hồ sơ", C, code=_NOP, **_CAP_XA),
    F("chiếm 56,37%", "56,37%", 56.37, "%", code=_NOP, **_CAP_XA),
    *_districts_696(),
    F("cao nhất (82,14%)", "82,14%", 82.14, "%", subject="Thành phố Sóc Trăng", level="huyện", code=_NOP),
    F("thấp nhất (48,36%)", "48,36%", 48.36, "%", subject="huyện Cù Lao Dung", level="huyện", code=_NOP),
    F("cấp huyện 16,88 điểm", "16,88", -16.88, "%", CH, subject="huyện Cù Lao Dung", level="huyện", code=ANY),
    # payment (quy 11/2024 dated 2024-06-30), money, digitisation, e-results
    F("đạt 52,18%", "52,18%", 52.18, "%", code=_TT, **_NULL),
    F("(quy 11/2024: 47,65%)", "47,65%", 47.65, "%", PR, as_of=_Q2_2024, code=_TT, **_NULL),
    F("là 8,46 tỷ đồng", "8,46", 8.46, "tỷ đồng", code=ANY, **_NULL),
    F("toàn tỉnh đạt 84,26%", "84,26%", 84.26, "%", code=_SH, **_NULL),
    F("điện tử đạt 96,48%", "96,48%", 96.48, "%", code=_KQ, **_NULL),
    # III. accounts ("mức độ 2" no figure), PAKN of the province's system
    F("có 812.406 tài khoản", "812.406", 812406, "tài khoản", C, code=_TK, **_NULL),
    F("đạt 68,42%", "68,42%", 68.42, "%", code=_TK, **_NULL),
    F("mới 36.418 tài khoản", "36.418", 36418, "tài khoản", C, code=ANY, **_NULL),
    F("tiếp nhận 326 phản ánh", "326", 326, "PAKN", C, code=_PAKN_TN, **_NULL),
    F("xử lý 318 phản ánh", "318", 318, "PAKN", C, code=ANY, **_NULL),
    F("đạt 97,55%", "97,55%", 97.55, "%", code=ANY, **_NULL),
    F("còn 08 phản ánh", "08", 8, "PAKN", C, code=ANY, **_NULL),
    # IV. the province's 766 result of quý III (written "quy 111/2024"), the previous quarter ("quy 11/2024"), the
    # six groups after "lần lượt là"; block averages (subject unchecked); grades; the Sở's own
    F("đạt 81,46/100", "81,46/100", 81.46, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ 27/63", "27/63", 27, "hạng", R, max_value=63, code=_HANG, **_NULL),
    F("(quy 11/2024: 79,84 điểm", "79,84", 79.84, "điểm", PR, max_value=100, as_of=_Q2_2024, code=_TONG, **_NULL),
    F("xếp thứ 32/63)", "32/63", 32, "hạng", PR, max_value=63, as_of=_Q2_2024, code=_HANG, **_NULL),
    F("tăng 1,62 điểm", "1,62", 1.62, "điểm", CH, code=_TONG, **_NULL),
    F("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG, **_NULL),
    *[F(context, raw, _num(raw.split("/")[0]), "điểm", max_value=_num(raw.split("/")[1]), code=code, **_NULL)
      for context, raw, code in _GROUPS_696],
    F("đạt 86,52 điểm", "86,52", 86.52, "điểm", code=ANY, **_IN_TINH),
    F("đạt 80,14 điểm", "80,14", 80.14, "điểm", code=ANY, **_IN_HUYEN),
    F("Có 12/19 sở", "12/19", 12, "đơn vị", C, max_value=19, code=None, **_IN_TINH),
    F("04/11 huyện", "04/11", 4, "huyện", C, max_value=11, code=None, **_IN_HUYEN),
    _stt("tiếp nhận 214 hồ sơ", "214", 214, "hồ sơ", C, code=_TN),
    _stt("214 hồ sơ, 100% hồ sơ", "100%", 100, "%", code=ANY),
    _stt("Sở đạt 92,18/100", "92,18/100", 92.18, "điểm", max_value=100, code=_TONG),
    _stt("xếp thứ 2/19", "2/19", 2, "hạng", R, max_value=19, code=_HANG),
    # V. task 2's target of two named districts for quý IV (phone no figure)
    F("tối thiểu 60%", "60%", 60, "%", T, as_of="2024-12-31", code=_NOP, **_IN_HUYEN),
]

# ------------------------------------------------------------ 697: Sở Xây dựng tỉnh Hòa Bình, Công văn quý I năm 2025
# (marked and unmarked paragraphs mixed; unmarked contexts in ASCII as the file has them)
_SXD = "Sở Xây dựng"
_sxd = _by(_SXD, "tỉnh")
_Q4_2024 = "2024-12-31"
_FEB_2025 = "2025-02-28"

# the tab-separated table by field: (STT, field, received, online files, on-time share)
_FIELDS_697 = [
    ("1", "Hoạt động xây dựng", "1.214", "1.126", "99,18"),
    ("2", "Nhà ở và kinh doanh bất động sản", "386", "352", "100"),
    ("3", "Quy hoạch - kiến trúc", "148", "131", "100"),
    ("4", "Đường bộ", "1.642", "1.486", "99,74"),
    ("5", "Đường thủy nội địa", "92", "78", "100"),
    ("6", "Vận tải", "364", "245", "100"),
    ("", "Tổng cộng", "3.846", "3.418", "99,65"),
]


def _fields_697() -> list[Fact]:
    """The tab-separated table "STT | Lĩnh vực | Tiếp nhận | Trực tuyến | Đúng hạn (%)" under the unmarked line "(don
    vi tinh: ho so; ty le: %)": each field the Sở's (subject unchecked, level tỉnh), its counts code unchecked (one
    field's files), its on-time share the on-time code; "100" cells are figures. "Tổng cộng" (empty STT) is the Sở
    with the received, online and on-time codes (it repeats section 2)."""
    facts = []
    for i, (stt, name, *values) in enumerate(_FIELDS_697):
        line = "\t".join((stt, name, *values))
        after = "\t".join(_FIELDS_697[i + 1][:2]) if i + 1 < len(_FIELDS_697) else "\nTrong quy, So cap"
        total = stt == ""
        codes = (_TN, _NOP, _DH) if total else (ANY, ANY, _DH)
        facts += _cells(line, "\t", after, _SXD if total else ANY, "tỉnh", [
            (raw, unit, P, code, "period", None)
            for raw, unit, code in zip(values, ("hồ sơ", "hồ sơ", "%"), codes, strict=True)])
    return facts


BLIND_697 = [
    # 1. (unmarked) the Sở's TTHC after taking over the Sở Giao thông vận tải (12/NQ-HDND cited; dates no figures)
    _sxd("thuc hien 168 TTHC", "168", 168, "TTHC", C, code=_TTHC),
    _sxd("trong do 46 TTHC", "46", 46, "TTHC", C, code=ANY),
    _sxd("; 102 TTHC", "102", 102, "TTHC", C, code=_TOAN),
    _sxd("chiem 60,71%", "60,71%", 60.71, "%", code=_TOAN),
    # 2. (marked) files (quý IV năm 2024 dated 2024-12-31; the fall negative), two fields' overdue files in brackets
    _sxd("tiếp nhận 3.846 hồ sơ", "3.846", 3846, "hồ sơ", C, code=_TN),
    _sxd("(quý IV năm 2024: 4.512", "4.512", 4512, "hồ sơ", PR, as_of=_Q4_2024, code=_TN),
    _sxd("giảm 666 hồ sơ", "666", -666, "hồ sơ", CH, code=ANY),
    _sxd("nộp trực tuyến 3.418 hồ sơ", "3.418", 3418, "hồ sơ", C, code=_NOP),
    _sxd("chiếm 88,87%", "88,87%", 88.87, "%", code=_NOP),
    _sxd("giải quyết 3.702 hồ sơ", "3.702", 3702, "hồ sơ", C, code=ANY),
    _sxd("đúng hạn 3.689 hồ sơ", "3.689", 3689, "hồ sơ", C, code=_DH),
    _sxd("đạt 99,65%", "99,65%", 99.65, "%", code=_DH),
    _sxd("quá hạn 13 hồ sơ", "13", 13, "hồ sơ", C, code=_QH),
    F("xây dựng 9 hồ sơ", "9", 9, "hồ sơ", C, code=_QH, **_IN_TINH),
    F("đường bộ 4 hồ sơ", "4", 4, "hồ sơ", C, code=_QH, **_IN_TINH),
    _sxd("đang giải quyết 144 hồ sơ", "144", 144, "hồ sơ", C, code=ANY),
    _sxd("bình quân 4,2 ngày", "4,2", 4.2, "ngày", code=ANY),
    _sxd("rút ngắn 0,6 ngày", "0,6", -0.6, "ngày", CH, code=ANY),
    *_fields_697(),
    # (unmarked) permits and designs
    _sxd("cap 86 giay phep", "86", 86, "giấy phép", C, code=ANY),
    _sxd("dinh 42 ho so", "42", 42, "hồ sơ", C, code=ANY),
    _sxd("co so; 100% giay phep", "100%", 100, "%", code=ANY),
    # 3. (unmarked) payment with its base (the year's target dated 2025-12-31), money, digitisation, reuse, e-results
    _sxd("dat 74,36%", "74,36%", 74.36, "%", code=_TT, target=80, stated_status="chưa đạt"),
    _sxd("(1.125/1.513 ho so)", "1.125/1.513", 1125, "hồ sơ", C, max_value=1513, code=_TT),
    _sxd("nam 2025 la 80%", "80%", 80, "%", T, as_of="2025-12-31", code=_TT),
    _sxd("la 2,86 ty dong", "2,86", 2.86, "tỷ đồng", code=ANY),
    _sxd("dat 92,48%", "92,48%", 92.48, "%", code=_SH),
    _sxd("dat 38,62%", "38,62%", 38.62, "%", code=_TSD),
    _sxd("dien tu dat 100%", "100%", 100, "%", code=_KQ),
    # 4. (marked) PAKN, satisfaction
    _sxd("tiếp nhận 06 phản ánh", "06", 6, "PAKN", C, code=_PAKN_TN),
    _sxd("xử lý 06/06 PAKN", "06/06", 6, "PAKN", C, max_value=6, code=ANY),
    _sxd("PAKN, đạt 100%", "100%", 100, "%", code=ANY),
    _sxd("đạt 98,42%", "98,42%", 98.42, "%", code=_HL),
    # 5. (unmarked) the Sở's 766 result of tháng 3/2025 (the period's last month); the former Sở's scores of tháng
    # 02/2025 (subject unchecked, dated 2025-02-28); the block average; the province
    _sxd("dat 86,74/100", "86,74/100", 86.74, "điểm", max_value=100, code=_TONG),
    _sxd("xep thu 8/19", "8/19", 8, "hạng", R, max_value=19, code=_HANG),
    F("cu dat 83,92 diem", "83,92", 83.92, "điểm", PR, max_value=100, as_of=_FEB_2025, code=_TONG, **_IN_TINH),
    F("cu dat 85,16 diem", "85,16", 85.16, "điểm", PR, max_value=100, as_of=_FEB_2025, code=_TONG, **_IN_TINH),
    F("dat 84,16 diem", "84,16", 84.16, "điểm", code=ANY, **_IN_TINH),
    F("dat 80,92/100", "80,92/100", 80.92, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xep thu 34/63", "34/63", 34, "hạng", R, max_value=63, code=_HANG, **_NULL),
    # 7. task a)'s TTHC (a count repeated); task b)'s target of one division for quý II (unmarked; phone no figure)
    _sxd("của 46 TTHC", "46", 46, "TTHC", C, code=ANY),
    F("toi thieu 80%", "80%", 80, "%", T, as_of="2025-06-30", code=_TT, **_IN_TINH),
]

# ------------------------------------------------------------ 698: Trung tâm Phục vụ hành chính công tỉnh Quảng
# Ninh, tháng 9 năm 2025 (a space-aligned table under a misaligned header)
_TTC = "Trung tâm Phục vụ hành chính công tỉnh"
_ttc = _by(_TTC, "tỉnh")
_AUG_2025 = "2025-08-31"

# the table as the document writes it (runs of spaces kept; the header's labels stand left of their columns)
_BANG_698 = [
    "1    Sở Xây dựng                           1.846       1.712      92,74     99,63",
    "2    Sở Nông nghiệp và Môi trường          2.214       1.896      85,64     99,28",
    "3    Sở Tài chính                          1.628       1.618      99,39       100",
    "4    Sở Công Thương                        1.412       1.402      99,29       100",
    "5    Sở Tư pháp                            1.986       1.874      94,36     99,90",
    "6    Sở Y tế                                 846         812      95,98       100",
    "7    Sở Giáo dục và Đào tạo                  612         598      97,71       100",
    "8    Sở Văn hóa, Thể thao và Du lịch         418         406      97,13       100",
    "9    Sở Nội vụ                             1.124       1.036      92,17     99,82",
    "10   Công an tỉnh                          1.648       1.420      86,17     99,94",
    "11   Các cơ quan còn lại                     652         618      94,79       100",
    "     Tổng cộng                            14.386      13.392      93,09     99,81",
]


def _bang_698() -> list[Fact]:
    """The space-aligned table by body: received and online files (`hồ sơ`, received and online codes), online and
    on-time shares (`%`, online and on-time codes), the units from the sentence above "(đơn vị tính: hồ sơ; tỷ lệ:
    %)". Each body as written (`Sở Xây dựng`, `Công an tỉnh`, level tỉnh); "Các cơ quan còn lại" subject unchecked;
    "Tổng cộng" (empty STT) the Trung tâm (it repeats section I.1's 14.386, 13.392, 93,09 and I.2's 99,81)."""
    facts = []
    for i, line in enumerate(_BANG_698):
        after = _BANG_698[i + 1][:12] if i + 1 < len(_BANG_698) else "\nSở Nông nghiệp và Môi trường có"
        cells = line[5:].split()
        raws = cells[-4:]
        name = line[5:].split("  ")[0].strip()
        subject = {"Tổng cộng": _TTC, "Các cơ quan còn lại": ANY}.get(name, name)
        facts += _spaced_cells(line, after, subject, "tỉnh", [
            (raw, unit, P, code, "period", None)
            for raw, unit, code in zip(raws, ("hồ sơ", "hồ sơ", "%", "%"), (_TN, _NOP, _NOP, _DH), strict=True)])
    return facts


BLIND_698 = [
    # I.1 files at the Trung tâm (tháng 8/2025 dated 2025-08-31), "17 sở, ngành" (`đơn vị`), channels: the counter's
    # files the direct channel's code, the postal service's code unchecked
    _ttc("tiếp nhận 14.386 hồ sơ", "14.386", 14386, "hồ sơ", C, code=_TN),
    F("của 17 sở, ngành", "17", 17, "đơn vị", C, code=None, **_IN_TINH),
    _ttc("(tháng 8/2025: 13.702 hồ sơ)", "13.702", 13702, "hồ sơ", PR, as_of=_AUG_2025, code=_TN),
    _ttc("tăng 684 hồ sơ", "684", 684, "hồ sơ", CH, code=ANY),
    _ttc("tăng 4,99%", "4,99%", 4.99, "%", CH, code=ANY),
    _ttc("trực tuyến 13.392 hồ sơ", "13.392", 13392, "hồ sơ", C, code=_NOP),
    _ttc("chiếm 93,09%", "93,09%", 93.09, "%", code=_NOP),
    _ttc("quầy 780 hồ sơ", "780", 780, "hồ sơ", C, code=_NTT),
    _ttc("công ích 214 hồ sơ", "214", 214, "hồ sơ", C, code=ANY),
    # I.2 settled, on time, overdue, pending
    _ttc("giải quyết 14.012 hồ sơ", "14.012", 14012, "hồ sơ", C, code=ANY),
    _ttc("đúng hạn 13.986 hồ sơ", "13.986", 13986, "hồ sơ", C, code=_DH),
    _ttc("đạt 99,81%", "99,81%", 99.81, "%", code=_DH),
    _ttc("quá hạn 26 hồ sơ", "26", 26, "hồ sơ", C, code=_QH),
    _ttc("chiếm 0,19%", "0,19%", 0.19, "%", code=_QH),
    _ttc("đang giải quyết 374 hồ sơ", "374", 374, "hồ sơ", C, code=ANY),
    # I.3 the table; two bodies named after it
    *_bang_698(),
    F("(15 hồ sơ", "15", 15, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_QH),
    F("có 228 hồ sơ", "228", 228, "hồ sơ", C, subject="Công an tỉnh", level="tỉnh", code=_NTT),
    # I.4–I.6 payment (tháng 8/2025 dated 2025-08-31), money, digitisation, reuse, e-results, ratings, waiting time
    _ttc("đạt 89,46%", "89,46%", 89.46, "%", code=_TT),
    _ttc("(tháng 8/2025: 87,12%)", "87,12%", 87.12, "%", PR, as_of=_AUG_2025, code=_TT),
    _ttc("tăng 2,34 điểm", "2,34", 2.34, "%", CH, code=ANY),
    _ttc("là 12,48 tỷ đồng", "12,48", 12.48, "tỷ đồng", code=ANY),
    _ttc("đạt 98,72%", "98,72%", 98.72, "%", code=_SH),
    _ttc("đạt 56,18%", "56,18%", 56.18, "%", code=_TSD),
    _ttc("56,18%; 100% kết quả", "100%", 100, "%", code=_KQ),
    _ttc("nhận 9.846 lượt", "9.846", 9846, "lượt", C, code=ANY),
    _ttc("đó 9.812 lượt", "9.812", 9812, "lượt", C, code=ANY),
    _ttc("chiếm 99,65%", "99,65%", 99.65, "%", code=_HL),
    _ttc("là 8,5 phút", "8,5", 8.5, "phút", code=ANY),
    # II. the communes (the centres counted by the noun as written) and cấp xã's files; the first and last (as written)
    F("có 54 đơn vị", "54", 54, "đơn vị", C, code=None, **_CAP_XA),
    F("(30 phường", "30", 30, "phường", C, code=None, **_IN_XA),
    F("22 xã", "22", 22, "xã", C, code=None, **_IN_XA),
    F("02 đặc khu)", "02", 2, "đặc khu", C, code=None, **_IN_XA),
    F("54/54 Trung tâm", "54/54", 54, "Trung tâm", C, max_value=54, code=None, **_IN_XA),
    F("cấp xã tiếp nhận 42.618", "42.618", 42618, "hồ sơ", C, code=_TN, **_CAP_XA),
    F("trực tuyến 37.214 hồ sơ", "37.214", 37214, "hồ sơ", C, code=_NOP, **_CAP_XA),
    F("chiếm 87,32%", "87,32%", 87.32, "%", code=_NOP, **_CAP_XA),
    F("đạt 99,46%", "99,46%", 99.46, "%", code=_DH, **_CAP_XA),
    F("với 2.846 hồ sơ", "2.846", 2846, "hồ sơ", C, subject="Phường Hạ Long", level="xã", code=_TN),
    F("với 96 hồ sơ", "96", 96, "hồ sơ", C, subject="đặc khu Cô Tô", level="xã", code=_TN),
    # III. the province's result of tháng 9/2025 and tháng 8/2025 (dated 2025-08-31), its satisfaction group
    F("đạt 90,24/100", "90,24/100", 90.24, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ 2/34", "2/34", 2, "hạng", R, max_value=34, code=_HANG, **_NULL),
    F("(tháng 8/2025: 89,86 điểm", "89,86", 89.86, "điểm", PR, max_value=100, as_of=_AUG_2025, code=_TONG, **_NULL),
    F("xếp thứ 3/34)", "3/34", 3, "hạng", PR, max_value=34, as_of=_AUG_2025, code=_HANG, **_NULL),
    F("đạt 17,64/18", "17,64/18", 17.64, "điểm", max_value=18, code="766.hai_long", **_NULL),
    # IV. task 2's target of a named Sở for quý IV ("Khu liên cơ quan số 3", phone no figures)
    F("tối thiểu 90%", "90%", 90, "%", T, as_of="2025-12-31", code=_NOP, **_IN_TINH),
]

# ------------------------------------------------------------ 699: UBND tỉnh Cà Mau, quý I năm 2026 (stamp and
# signature noise lines between paragraphs)
_Q4_2025 = "2025-12-31"

# the Markdown table of the six groups: (STT, label with its maximum, code, quý IV/2025, quý I/2026)
_GROUPS_699 = [
    ("1", "Công khai, minh bạch (tối đa 18)", "766.cong_khai", "16,84", "17,12"),
    ("2", "Tiến độ giải quyết (tối đa 20)", "766.tien_do", "18,92", "19,24"),
    ("3", "Dịch vụ công trực tuyến (tối đa 12)", "766.dvctt", "9,46", "9,88"),
    ("4", "Thanh toán trực tuyến (tối đa 10)", "766.thanh_toan", "7,12", "7,64"),
    ("5", "Mức độ hài lòng (tối đa 18)", "766.hai_long", "16,38", "16,96"),
    ("6", "Số hóa hồ sơ (tối đa 22)", "766.so_hoa", "14,86", "15,72"),
    ("", "Tổng điểm (tối đa 100)", _TONG, "83,58", "86,56"),
]


def _groups_699() -> list[Fact]:
    """The Markdown table "| STT | Nhóm chỉ số | Quý IV/2025 | Quý I/2026 |": each group's score of the province
    (subject NULL) with the maximum its label states ("(tối đa 18)": no figure of its own) and the group's code; the
    "Quý IV/2025" column dated 2025-12-31 (kind value), the "Quý I/2026" column at the period end. The total row
    (empty STT) is the index total."""
    facts = []
    for i, (stt, label, code, q4, q1) in enumerate(_GROUPS_699):
        line = _md_line((stt, label, q4, q1))
        if i + 1 < len(_GROUPS_699):
            after = _md_line(_GROUPS_699[i + 1][:2]).rsplit(" |", 1)[0]
        else:
            after = "\nQuý I năm 2026"
        top = _num(label.rsplit(" ", 1)[1].rstrip(")"))
        facts += _cells(line, " | ", after, None, None, [
            (q4, "điểm", P, code, _Q4_2025, top), (q1, "điểm", P, code, "period", top)])
    return facts


BLIND_699 = [
    # I. the communes and the province's TTHC (766/QĐ-TTg, 1846/VPCP-KSTT cited; the noise block after it no figure)
    F("có 64 đơn vị", "64", 64, "đơn vị", C, code=None, **_CAP_XA),
    F("(55 xã", "55", 55, "xã", C, code=None, **_IN_XA),
    F("09 phường)", "09", 9, "phường", C, code=None, **_IN_XA),
    F("là 1.924 TTHC", "1.924", 1924, "TTHC", C, code=_TTHC, **_NULL),
    F("cấp tỉnh 1.538 TTHC", "1.538", 1538, "TTHC", C, code=ANY, **_CAP_TINH),
    F("cấp xã 386 TTHC", "386", 386, "TTHC", C, code=ANY, **_CAP_XA),
    F("đó 1.146 TTHC", "1.146", 1146, "TTHC", C, code=_TOAN, **_NULL),
    F("chiếm 59,56%", "59,56%", 59.56, "%", code=_TOAN, **_NULL),
    # II.1–5 files (quý IV năm 2025 dated 2025-12-31) by level, online with the year's target (2026-12-31), on time,
    # overdue with the land field's part (subject and level unchecked), payment, money, digitisation, accounts
    F("tiếp nhận 214.618 hồ sơ", "214.618", 214618, "hồ sơ", C, code=_TN, **_NULL),
    F("(quý IV năm 2025: 198.406", "198.406", 198406, "hồ sơ", PR, as_of=_Q4_2025, code=_TN, **_NULL),
    F("tăng 16.212 hồ sơ", "16.212", 16212, "hồ sơ", CH, code=ANY, **_NULL),
    F("tăng 8,17%", "8,17%", 8.17, "%", CH, code=ANY, **_NULL),
    F("cấp tỉnh 61.842 hồ sơ", "61.842", 61842, "hồ sơ", C, code=_TN, **_CAP_TINH),
    F("cấp xã 152.776 hồ sơ", "152.776", 152776, "hồ sơ", C, code=_TN, **_CAP_XA),
    F("là 162.412 hồ sơ", "162.412", 162412, "hồ sơ", C, code=_NOP, **_NULL),
    F("chiếm 75,68%", "75,68%", 75.68, "%", code=_NOP, target=80, stated_status="chưa đạt", **_NULL),
    F("năm 2026 là 80%", "80%", 80, "%", T, as_of="2026-12-31", code=_NOP, **_NULL),
    F("giải quyết 205.146 hồ sơ", "205.146", 205146, "hồ sơ", C, code=ANY, **_NULL),
    F("đúng hạn 202.318 hồ sơ", "202.318", 202318, "hồ sơ", C, code=_DH, **_NULL),
    F("đạt 98,62%", "98,62%", 98.62, "%", code=_DH, **_NULL),
    F("quá hạn 2.828 hồ sơ", "2.828", 2828, "hồ sơ", C, code=_QH, **_NULL),
    F("chiếm 1,38%", "1,38%", 1.38, "%", code=_QH, **_NULL),
    F("đất đai 2.146 hồ sơ", "2.146", 2146, "hồ sơ", C, code=_QH, **_OPEN),
    F("đạt 71,24%", "71,24%", 71.24, "%", code=_TT, **_NULL),
    F("(quý IV năm 2025: 66,38%)", "66,38%", 66.38, "%", PR, as_of=_Q4_2025, code=_TT, **_NULL),
    F("tăng 4,86 điểm", "4,86", 4.86, "%", CH, code=ANY, **_NULL),
    F("là 48,62 tỷ đồng", "48,62", 48.62, "tỷ đồng", code=ANY, **_NULL),
    F("đạt 93,18%", "93,18%", 93.18, "%", code=_SH, **_NULL),
    F("đạt 51,46%", "51,46%", 51.46, "%", code=_TSD, **_NULL),
    F("điện tử đạt 98,92%", "98,92%", 98.92, "%", code=_KQ, **_NULL),
    F("có 1.842.615 tài khoản", "1.842.615", 1842615, "tài khoản", C, code=_TK, **_NULL),
    F("đạt 79,12%", "79,12%", 79.12, "%", code=_TK, **_NULL),
    # II.6 the groups' table (after the second noise block); the total's rank, the previous rank (2025-12-31), changes
    *_groups_699(),
    F("đạt 86,56/100", "86,56/100", 86.56, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ 11/34", "11/34", 11, "hạng", R, max_value=34, code=_HANG, **_NULL),
    F("xếp thứ 17/34)", "17/34", 17, "hạng", PR, max_value=34, as_of=_Q4_2025, code=_HANG, **_NULL),
    F("tăng 2,98 điểm", "2,98", 2.98, "điểm", CH, code=_TONG, **_NULL),
    F("tăng 6 bậc", "6", 6, "hạng", CH, code=_HANG, **_NULL),
    # II.7 block averages (subject unchecked), the communes' gap, grades (`đơn vị`, `xã`), the first and last
    # communes in brackets (as written)
    F("đạt 88,14 điểm", "88,14", 88.14, "điểm", code=ANY, **_IN_TINH),
    F("đạt 79,36 điểm", "79,36", 79.36, "điểm", code=ANY, **_IN_XA),
    F("ngành 8,78 điểm", "8,78", -8.78, "điểm", CH, code=ANY, **_IN_XA),
    F("có 04/18 sở", "04/18", 4, "đơn vị", C, max_value=18, code=None, **_IN_TINH),
    F("Tốt 12/18", "12/18", 12, "đơn vị", C, max_value=18, code=None, **_IN_TINH),
    F("Khá 02/18", "02/18", 2, "đơn vị", C, max_value=18, code=None, **_IN_TINH),
    F("Tốt 21/64 xã", "21/64", 21, "xã", C, max_value=64, code=None, **_IN_XA),
    F("Khá 35/64", "35/64", 35, "xã", C, max_value=64, code=None, **_IN_XA),
    F("Trung bình 08/64", "08/64", 8, "xã", C, max_value=64, code=None, **_IN_XA),
    F("(91,26 điểm)", "91,26", 91.26, "điểm", subject="phường Bạc Liêu", level="xã", code=ANY),
    F("(68,42 điểm)", "68,42", 68.42, "điểm", subject="xã Đất Mũi", level="xã", code=ANY),
    # III. (after the third noise block) PAKN, satisfaction
    F("tiếp nhận 214 phản ánh", "214", 214, "PAKN", C, code=_PAKN_TN, **_NULL),
    F("xử lý 206 PAKN", "206", 206, "PAKN", C, code=ANY, **_NULL),
    F("đạt 96,26%", "96,26%", 96.26, "%", code=ANY, **_NULL),
    F("đạt 97,48%", "97,48%", 97.48, "%", code=_HL, **_NULL),
    # V. task 1's files (a count repeated); task 2's target of the communes for quý II (phone no figure)
    F("dứt điểm 2.146 hồ sơ", "2.146", 2146, "hồ sơ", C, code=ANY, **_OPEN),
    F("tối thiểu 75%", "75%", 75, "%", T, as_of="2026-06-30", code=_TT, **_IN_XA),
]

BLIND = {"695": BLIND_695, "696": BLIND_696, "697": BLIND_697, "698": BLIND_698, "699": BLIND_699}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "695": [
        # an unmarked report: date words, tasks and assignees written without marks (compared folded)
        ("2025-02-28", "day", "28/02/2025", "quy trinh noi bo", "Van phong HDND va UBND huyen"),
        ("2025-06-30", "quarter", "quy II nam 2025", "ho so dat dai ton dong", "Phong Tai nguyen va Moi truong"),
        ("2025-04-15", "day", "ngay muoi lam thang 4 nam 2025", "chung thuc ban sao dien tu", "Phong Tu phap"),
        ("2025-06-30", "month", "thang 6/2025", "so hoa ket qua giai quyet TTHC", "UBND cac xa, thi tran"),
        ("2025-12-31", "year", "nam 2025", "nang cap duong truyen", "Vien thong Thai Binh"),
        # issued 08/01/2025: the first "ngay 22 hang thang" is 22/01/2025
        ("2025-01-22", "recurring", "22 hang thang", "gui bao cao ket qua giai quyet TTHC", "Cac co quan, don vi"),
    ],
    "696": [
        ("2024-10-31", "day", "31/10/2024", "Hệ thống quản lý văn bản và điều hành",
         "Phòng Bưu chính, Viễn thông và Chuyển đổi số"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "tỷ lệ hồ sơ trực tuyến",
         "UBND huyện Cù Lao Dung và UBND huyện Thạnh Trị"),
        ("2024-11-25", "day", "ngày hai mươi lăm tháng 11 năm 2024", "chuẩn hóa dữ liệu danh mục TTHC",
         "Trung tâm Công nghệ thông tin và Truyền thông"),
        ("2024-12-31", "month", "tháng 12/2024", "khen thưởng", "Văn phòng Sở"),
        ("2025-12-31", "year", "năm 2025", "vùng phủ sóng di động", "Viễn thông Sóc Trăng"),
        # issued 07/10/2024, after the 5th: the first "ngày 05 hằng tháng" is 05/11/2024
        ("2024-11-05", "recurring", "05 hằng tháng", "gửi báo cáo kết quả", "Các phòng, đơn vị thuộc Sở"),
    ],
    "697": [
        ("2025-04-30", "day", "30/4/2025", "chuẩn hóa quy trình nội bộ", "Văn phòng Sở"),
        # an unmarked item: date words, task and assignee written without marks (compared folded)
        ("2025-06-30", "quarter", "quy II nam 2025", "thanh toan truc tuyen", "Phong Quan ly hoat dong xay dung"),
        ("2025-05-20", "day", "ngày hai mươi tháng 5 năm 2025", "đồng bộ trạng thái hồ sơ",
         "Phòng Quản lý vận tải, phương tiện và người lái"),
        ("2025-06-30", "month", "tháng 6/2025", "công khai TTHC", "Thanh tra Sở"),
        ("2025-12-31", "year", "nam 2025", "du lieu giay phep lai xe", "Cong an tinh"),
        # issued 09/4/2025: the first "ngày 18 hằng tháng" is 18/4/2025
        ("2025-04-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "698": [
        ("2025-10-15", "day", "15/10/2025", "quầy hướng dẫn người cao tuổi", "Phòng Tiếp nhận và Trả kết quả"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "tỷ lệ hồ sơ trực tuyến", "Sở Nông nghiệp và Môi trường"),
        ("2025-10-31", "day", "ngày ba mươi mốt tháng 10 năm 2025", "bộ câu hỏi đánh giá",
         "Phòng Hành chính - Tổng hợp"),
        ("2025-11-30", "month", "tháng 11/2025", "số hóa hồ sơ", "Phòng Kiểm soát TTHC"),
        ("2026-12-31", "year", "năm 2026", "Hệ thống thông tin giải quyết TTHC", "Sở Khoa học và Công nghệ"),
        # issued 06/10/2025, before the 10th: the first "ngày 10 hằng tháng" is 10/10/2025
        ("2025-10-10", "recurring", "10 hằng tháng", "gửi báo cáo", "Các sở, ngành có TTHC tiếp nhận tại Trung tâm"),
    ],
    "699": [
        ("2026-04-30", "day", "30/4/2026", "hồ sơ đất đai quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2026-06-30", "quarter", "quý II năm 2026", "thanh toán trực tuyến", "UBND các xã, phường"),
        ("2026-05-28", "day", "ngày hai mươi tám tháng 5 năm 2026", "quy chế phối hợp", "Văn phòng UBND tỉnh"),
        ("2026-06-30", "month", "tháng 6/2026", "máy quét", "Sở Khoa học và Công nghệ"),
        ("2026-12-31", "year", "năm 2026", "trả kết quả TTHC tại nhà", "Bưu điện tỉnh Cà Mau"),
        # issued 08/4/2026: the first "ngày 12 hằng tháng" is 12/4/2026
        ("2026-04-12", "recurring", "12 hằng tháng", "gửi báo cáo kết quả",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META), restored where the scan
# lost the marks: 695 a district's report "UY BAN NHAN DAN / HUYEN VU THU" (the province named in "Kinh gui"), signed
# by a deputy chairman; 696 a Sở's report whose number follows "S6:" and whose title reads "quy 111/2024"; 697 a Công
# văn of a Sở (a "V/v" line naming the quarter), signed by a deputy director; 698 a report of a provincial one-stop
# centre, signed by its director; 699 a UBND tỉnh's report signed "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" (the stamp noise's
# "KT. CHỦ TỊCH" lines inside the text are no signature).
META = {
    "695": {"doc_number": "08/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-01-08",
            "province": "Thái Bình", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Phạm Văn Hoàn"},
    "696": {"doc_number": "1184/BC-STTTT", "doc_type": "Báo cáo", "issued_date": "2024-10-07",
            "province": "Sóc Trăng", "period_label": "quý III năm 2024", "period_start": "2024-07-01",
            "period_end": "2024-09-30", "signer": "Lâm Thị Ngọc Hân"},
    "697": {"doc_number": "642/SXD-VP", "doc_type": "Công văn", "issued_date": "2025-04-09",
            "province": "Hòa Bình", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Bùi Thị Thu Hà"},
    "698": {"doc_number": "286/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Quảng Ninh", "period_label": "tháng 9 năm 2025", "period_start": "2025-09-01",
            "period_end": "2025-09-30", "signer": "Vũ Thị Thu Trang"},
    "699": {"doc_number": "142/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-04-08",
            "province": "Cà Mau", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Trần Hồng Phúc"},
}
