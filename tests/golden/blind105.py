"""Blind golden facts for corpus/blind105/600_phu_tho.txt, 601_dak_lak.txt, 602_quang_ngai.txt, 603_ho_chi_minh.txt
and 604_gia_lai.txt.

The five documents were written by the developers for a hundred-and-fifth blind measurement (merged provinces after
the 1 July 2025 merger and their new communes: a Văn phòng UBND tỉnh's monthly report on the 766 index of the province
and its 148 xã, phường, a Trung tâm Phục vụ hành chính công tỉnh with its branches, a merged Sở Nông nghiệp và Môi
trường, a Sở Tài chính that took over the Sở Kế hoạch và Đầu tư of three former provinces, a Sở Xây dựng formed from
two; periods tháng 10 năm 2025, quý IV năm 2025, 6 tháng đầu năm 2026, quý III năm 2025 and năm 2025; not real
documents), and every row below was written by reading them, before any extraction, restoration or pipeline code was
run on them. They also serve as held-out text for diacritic restoration (marks stripped, restored, compared with the
file).

Same structure and conventions as golden/blind104.py, blind103.py, blind102.py, blind101.py, blind16.py and blind13.py:
rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose
and list counts are kind `count`; table cells are kind `value` even when they count (rank cells kind `rank` without
max), with `extra={"source": "table"}`; `as_of="period"` is the period's end; a table column dated before the period end
keeps kind `value` with that date as `as_of`; a change is dated with the figure it changes and a fall ("giảm", "rút
ngắn") is negative; a change in "điểm phần trăm" is kind change in `%`. `ANY` leaves a field unchecked where the
sentence names no catalogued indicator (`None` where it clearly names none: counts of units, branches, counters,
decisions, fields). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of the
files (or PAKN) an indicator is computed on carries that indicator's code; every "đã giải quyết" count, files by field,
area or kind, pending files and changes of counts have their code unchecked; files by level keep the received code.
Counts of local units take the unit of their first unit word ("21/148 xã, phường", "96/96 xã, phường, đặc khu", "128/135
xã, phường" → `xã`), counts of "cơ quan", "đơn vị", "sở, ban, ngành" → `đơn vị`, at the level of the bodies counted
(subject unchecked); "toàn tỉnh có 148 đơn vị hành chính cấp xã (133 xã, 15 phường)" → the whole subject `cấp xã` (unit
`đơn vị`, level xã), its parts `xã`, `phường` (subject unchecked, level xã). A provincial body's own figures naming no
body are named by its kind, level tỉnh ("Trung tâm …" → `Trung tâm Phục vụ hành chính công tỉnh`, "Sở …" → `Sở Nông
nghiệp và Môi trường`, `Sở Tài chính`, `Sở Xây dựng`); a sentence naming the body in full keeps the name as written ("Sở
Tư pháp dẫn đầu với …", "Bưu điện tỉnh đã chuyển phát …", "UBND các xã, phường cấp …"). Things counted take the noun as
written (`quầy`, `công chức`, `chi nhánh`, `kết quả`, `lượt`, `quyết định`, `thửa đất`, `doanh nghiệp`, `dự án`, `lĩnh
vực`, `giấy phép`, `giấy chứng nhận`, `phù hiệu`, `công trình`); money keeps the unit written (`tỷ đồng`, `triệu USD`;
code unchecked). A self-score carries its row's maximum. Numbers written in words are no figures ("ba tỉnh cũ", "hai
tỉnh cũ", "ba Sở Kế hoạch và Đầu tư và ba Sở Tài chính", "hai Sở này", "hai tỉnh", the days of "ngày hai mươi tám tháng
11", "ngày hai mươi tháng 02", "ngày hai mươi tháng 8", "ngày mười tháng 12", "ngày mười lăm tháng 3"). Dates, document
numbers, cited decisions, plans and letters ("Quyết định số 766/QĐ-TTg", "Công văn số 3128/UBND-KSTT", "Quyết định số
1642/QĐ-UBND", "Kế hoạch số 12/KH-UBND", "Công văn số 4127/UBND-KSTT", "Công văn số 2218/UBND-NC"), the stated window
("từ ngày 01/10/2025 đến ngày 31/12/2025"), "Từ ngày 01/7/2025", "từ ngày 01/3/2025", names holding numbers ("Chi nhánh
số 1", "Chi nhánh số 2", "cơ sở 2", "cơ sở 3"), addresses ("số 16 đường Lê Duẩn", "số 32 đường Lê Thánh Tôn"), the month
labels ("các tháng 7, 8 và 9", "Tháng 10/2025", "Bộ chỉ số tháng 12/2025", "tháng 6/2026", "tháng 9/2025" as the month
of a result), "6 tháng đầu năm (trước sắp xếp)", "6 tháng cuối năm", the STT column and the group rows "**I** |
**Phường**", "**II** | **Xã có điểm thấp nhất**", section and item numbering ("I.", "1.", "Bảng 1."), phone numbers
("0210.3846.215", "0262.3812.486", "0255.3822.716", "028.3829.7146", "0256.3822.641"), headings naming the next period
("III. NHIỆM VỤ THÁNG 11 NĂM 2025", "III. NHIỆM VỤ QUÝ I NĂM 2026", "III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026", "III. NHIỆM
VỤ NĂM 2026": no deadlines) and years are not figures.

New in this set:
- A VĂN PHÒNG UBND TỈNH'S MONTHLY REPORT WITH A MARKDOWN TABLE PER COMMUNE (600, Phú Thọ, merged with Vĩnh Phúc and
  Hòa Bình). Bảng 1 "STT | Xã, phường | Điểm đạt | Xếp hạng cấp xã" has group rows in bold ("| **I** | **Phường** | |
  |", "| **II** | **Xã có điểm thấp nhất** | | |": no figures) and the STT restarting in each group; each row is a new
  commune named in full ("Phường Việt Trì", "Xã Tân Sơn": subject as written, level xã); the score cells `766.tong_hop`
  without maximum (none written), the rank cells kind `rank`, unit `hạng`, `766.xep_hang`, no maximum (the header says
  "cấp xã" but writes no "/148"), as golden/blind99.py's 573. The same communes in prose with "xếp thứ 1/148",
  "148/148" carry max 148.
- THE PRE-MERGER PROVINCES SIDE BY SIDE, "so với cùng kỳ năm trước": "So với cùng kỳ năm trước, khi chưa sắp xếp đơn
  vị hành chính, tháng 10/2024 tỉnh Phú Thọ đạt 80,75 điểm, xếp thứ 27/63; tỉnh Vĩnh Phúc đạt 84,12 điểm, xếp thứ
  14/63; tỉnh Hòa Bình đạt 77,38 điểm, xếp thứ 46/63" (600) and "quý IV năm 2024 tỉnh Đắk Lắk đạt 79,15 điểm, xếp thứ
  35/63; tỉnh Phú Yên đạt 80,62 điểm, xếp thứ 29/63" (601) are the former provinces' results before the merger: kind
  previous dated at that month's or quarter's end, the total on the /100 scale, the rank with max 63, subject and level
  unchecked (as golden/blind97.py's 560; "tỉnh Phú Thọ" of 2024 is the former province, not the document's). The
  same in 603 for the former units' online shares of quý II năm 2025 and in 604 for the former Sở's ranks of 2024 and
  in 602 for the two former Sở's files of 6 tháng đầu năm 2025 ("Sở Nông nghiệp và Môi trường tỉnh Kon Tum tiếp nhận
  4.386 hồ sơ": previous, the comparison base of "so với cùng kỳ năm trước tăng 2.048 hồ sơ"), whereas 604's "6 tháng
  đầu năm (trước sắp xếp) Sở Xây dựng tỉnh Gia Lai tiếp nhận 8.426 hồ sơ" is a part of the year's count (kind count,
  dated 2025-06-30, as golden/blind97.py's 560 reads the former provinces' first half).
- "CÙNG KỲ NĂM TRƯỚC" resolves to the same span one year earlier: in a monthly report of tháng 10/2025 it is
  2024-10-31, in quý IV năm 2025 2024-12-31, in 6 tháng đầu năm 2026 2025-06-30, in quý III năm 2025 2024-09-30. A
  SUM OF THE PREDECESSORS as the earlier value ("tổng của ba tỉnh cũ: 78.950 hồ sơ", "cộng gộp Trung tâm của hai tỉnh
  cũ: 57.630 hồ sơ", "tổng của ba Sở Kế hoạch và Đầu tư và ba Sở Tài chính trước sắp xếp: 55.906 hồ sơ", "33.194 hồ
  sơ, số liệu cộng gộp của hai tỉnh", 604's "(330 hồ sơ)" and "(năm 2024: 71,35%)" of a Sở that did not exist in
  2024) is kind previous with the indicator's code; its subject is unchecked (the new body, or the predecessors whose
  sum it is: genuinely open, as golden/blind104.py's 598), its level the bodies' level (tỉnh) where all are
  provincial bodies, unchecked in 600 where the sum is of whole provinces. "ba địa phương cộng lại: 12.946 doanh
  nghiệp" (603) likewise, subject and level unchecked (enterprises: as golden/blind97.py's 561).
- A TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH WITH ITS BRANCHES (601, Đắk Lắk merged with Phú Yên): a tab-separated
  Bảng 1 of the head office "Trụ sở chính (phường Buôn Ma Thuột)" (part of the issuer: subject unchecked, level
  tỉnh), "Chi nhánh số 1 (phường Tuy Hòa)", "Chi nhánh số 2 (phường Buôn Hồ)" (subject the name without the bracketed
  place, as golden/blind101.py's "Phòng Giao dịch số 1"; the number in the name no figure) and "Chi nhánh khu vực …"
  (subject as written), level unchecked for all branches (as golden/blind97.py's 562), and a "Tổng cộng" row with an
  empty STT (= the Centre; it repeats the prose). Columns: received (received code), online share (online code),
  settled (unchecked), on-time share (on-time code), overdue files (overdue code). "05 chi nhánh" is unit `chi
  nhánh`, subject and level unchecked. The branches' figures in prose "(198 hồ sơ)", "(67,73%)" have the branch as
  subject. Counter ratings "41.236 lượt … 40.918 lượt … 99,23%" are the Centre's (codes unchecked: counter devices,
  not the 766 survey).
- A MERGED SỞ'S MARKDOWN TABLE WITH A "CÙNG KỲ" COLUMN (602): "Cùng kỳ năm 2025 (hồ sơ)" is a column dated before the
  period end: kind value, as_of 2025-06-30, the received code. Field rows subject unchecked, level tỉnh; "Tổng cộng"
  (empty STT) = the Sở.
- A SỞ TÀI CHÍNH OF A CENTRALLY-RUN CITY (603, Công văn with a "V/v" line): the Sở's registration files are codes
  unchecked (one service, as golden/blind97.py's 561), the enterprises founded, dissolved and resumed and their
  capital subject and level unchecked (the city's or the Sở's: open, as 561); investment projects registered by the
  Sở are the Sở's (as golden/blind104.py's 597 reads the Ban's); the Sở's TTHC files in item 4 keep the catalogued
  codes. The city's result "Thành phố Hồ Chí Minh đạt 84,18/100 điểm" is the document's city (subject NULL).

Per document:
- 600: the province's figures subject NULL; "(81,02 điểm, xếp thứ 18/34)" and "(tháng 9/2025: 97,86%)" dated
  2025-09-30; the six group scores after "lần lượt là" with their maxima and codes; "(67,4% điểm tối đa)" a share of
  the payment group's maximum (unit `%`, code unchecked, as golden/blind96.py's 556); files by level; "(904 hồ sơ)" the
  land field (subject and level unchecked: a province-wide field); payment "61,35%; so với chỉ tiêu UBND tỉnh giao năm
  2025 là 70% thì tỉnh chưa đạt chỉ tiêu" (target dated 2025-12-31); "Khối sở, ban, ngành (19 cơ quan) đạt bình quân
  86,74 điểm" (subject unchecked, level tỉnh), "Sở Tư pháp dẫn đầu với 93,58 điểm" (named); the communes' block
  averages (subject unchecked, level xã; "(73,05 điểm)" previous without max, dated 2025-09-30); grades "21/148 xã,
  phường … 84 đơn vị … 38 đơn vị … 05 đơn vị" (level xã, code None); "38 xã" without scanners. Task 2's "904 hồ sơ" a
  count repeated; task 4's "UBND các xã, phường nâng tỷ lệ thanh toán trực tuyến đạt tối thiểu 70% trong quý IV năm
  2025" the communes' target (subject unchecked, level xã, dated 2025-12-31). Six deadlines: day for three named
  communes, "chậm nhất ngày hai mươi tám tháng 11 năm 2025", month, quarter (with the target), year in a request,
  "trước ngày 22 hằng tháng" (issued 07/11/2025: first 22/11/2025).
- 601: the Centre's own figures (`Trung tâm Phục vụ hành chính công tỉnh`, level tỉnh): "64 quầy", "118 công chức,
  viên chức" (unit `công chức`), "1.486 TTHC", "(quý III năm 2025: 61.208 hồ sơ), tăng 7.244 hồ sơ, tương ứng tăng
  11,84%" (dated 2025-09-30), the sum of the two old Centres (above), online, direct (direct code), postal (unchecked),
  settled, on-time, overdue, pending; "lĩnh vực đất đai có 498 hồ sơ, chiếm 77,33%" (the field: subject unchecked,
  level tỉnh, codes unchecked); "20 sở, ban, ngành và 06 cơ quan ngành dọc" (`đơn vị`, level tỉnh); payment "71,71%
  (quý III năm 2025: 66,84%), tăng 4,87 điểm phần trăm; so với chỉ tiêu UBND tỉnh giao năm 2025 là 75% thì Trung tâm
  chưa đạt chỉ tiêu" (target at the period end); digitisation, e-results, reuse; "Bưu điện tỉnh đã chuyển phát 8.612
  kết quả" (named); "26/26 PAKN" one count; the province's `81,94/100`, `17/34` of tháng 12/2025 (the period's last
  month: period end). Task 1's "198 hồ sơ" a count repeated; task 3's "Các chi nhánh … đạt tối thiểu 75% trong quý I
  năm 2026" each branch's target (subject and level unchecked, dated 2026-03-31); task 4's "12 xã" (level xã). Six
  deadlines: day for a branch, "chậm nhất ngày hai mươi tháng 02 năm 2026", quarter (with the target), month in a
  request "Đề nghị Bưu điện tỉnh …", year in a request, "trước ngày 05 hằng tháng" (issued 07/01/2026, after the 5th:
  first 05/02/2026).
- 602: the Sở's figures (`Sở Nông nghiệp và Môi trường`, level tỉnh). "05 quyết định" and the TTHC announced, amended
  and abolished were issued by the Chủ tịch UBND tỉnh (subject and level unchecked); "312 TTHC (cấp tỉnh 248 TTHC, cấp
  xã 64 TTHC)" (levels `cấp tỉnh`, `cấp xã`, code unchecked), toàn trình, một phần, "100% TTHC" (code unchecked); the
  files received at "cơ sở 2 … (khu vực tỉnh Kon Tum cũ)" the Sở's own point (subject unchecked, level tỉnh, as
  golden/blind97.py's 563); "(lĩnh vực đất đai 96 hồ sơ)" the field; "6,2 ngày/hồ sơ, rút ngắn 0,8 ngày"; payment
  "74,63%; so với cùng kỳ năm trước (58,27%) tăng 16,36 điểm phần trăm; so với chỉ tiêu UBND tỉnh giao năm 2026 là 80%
  thì Sở chưa đạt chỉ tiêu" (previous 2025-06-30, target 2026-12-31); "4,86 tỷ đồng"; reuse "(cùng kỳ năm 2025:
  38,40%)"; the land database "96/96 xã, phường, đặc khu" and "1.284.516 thửa đất, đạt 68,72%" (subject and level
  unchecked, as 562's parcels); PAKN; the Sở named in full `85,26/100`, `11/18` "(tháng 12/2025: 82,40 điểm, xếp thứ
  13/18), tăng 2,86 điểm và tăng 2 bậc" and two group scores `6,84/10`, `17,96/22`; the province `82,58/100`, `20/34`.
  Task 1's "96 hồ sơ" a count repeated; task 2's "lĩnh vực đất đai đạt tối thiểu 80% trong quý III năm 2026" the
  field's target (subject unchecked, level tỉnh, 2026-09-30). Six deadlines: day, quarter (with the target), "chậm
  nhất ngày hai mươi tháng 8 năm 2026", month, year in a request, "trước ngày 20 hằng tháng" (issued 03/7/2026: first
  20/7/2026).
- 603: a Công văn of the Sở Tài chính Thành phố Hồ Chí Minh (merged with Bình Dương and Bà Rịa - Vũng Tàu), quý III năm
  2025, issued 08/10/2025, in dash lists. "214 TTHC thuộc 6 lĩnh vực … 158 TTHC" the Sở's; registration files "48.652 …
  48.318 … 99,31%", the months "các tháng 7, 8 và 9 lần lượt là 15.218 hồ sơ, 16.042 hồ sơ và 17.392 hồ sơ" (counts
  dated at each month's end, the month labels no figures, as golden/blind101.py's 583), "3.126 hồ sơ, chiếm 6,43%" to
  amend and "2,4 ngày làm việc, rút ngắn 0,6 ngày" the Sở's (codes unchecked); enterprises by former area "khu vực Thành
  phố Hồ Chí Minh cũ có 11.204 doanh nghiệp …" (subject and level unchecked); "UBND các phường, xã, đặc khu đã cấp
  18.426 giấy chứng nhận đăng ký hộ kinh doanh, tăng 21,6% so với cùng kỳ năm trước" (named, level xã, unit `giấy chứng
  nhận`); "412 dự án … 1.846,2 triệu USD … 186 dự án … 42.615,8 tỷ đồng", "1.126 lượt với tổng giá trị 624,5 triệu USD,
  giảm 8,4%" (a fall), "214 lượt", "100% hồ sơ" the Sở's; item 4's "62.418 hồ sơ (… 55.906 hồ sơ), tăng 11,65%", "61.204
  … 60.986 … 99,64% … 218", "3,1 ngày/hồ sơ", "38.214/41.026 hồ sơ" (one count, max 41026, the payment code), "93,15%;
  so với chỉ tiêu UBND Thành phố giao năm 2025 là 90% thì Sở đã đạt chỉ tiêu" (target 2025-12-31), "28,46 tỷ đồng",
  digitisation "97,86%" and reuse "62,14%", PAKN "46 … 44 … 02"; the Sở named `87,62/100`, `6/21`; the city `84,18/100`,
  `9/34`. The task's "đạt tối thiểu 95% trong quý IV năm 2025" is the registration fees' target (subject unchecked,
  level tỉnh, code unchecked, 2025-12-31). Six deadlines: day, quarter (with the target), "chậm nhất ngày mười tháng 12
  năm 2025" in a request "Đề nghị UBND các phường, xã, đặc khu …", month, year in a request, "trước ngày 03 hằng tháng"
  (issued 08/10/2025, after the 3rd: first 03/11/2025).
- 604: an annual Báo cáo of the Sở Xây dựng tỉnh Gia Lai (merged with Bình Định), năm 2025, issued 09/01/2026; the
  Sở's figures `Sở Xây dựng`, level tỉnh. "186 TTHC, trong đó lĩnh vực đường bộ 74 TTHC, chiếm 39,78%" (the field:
  subject unchecked, level tỉnh); files "38.612 … tăng 5.418 … (33.194 …) … 16,32%", the year's parts (above), "6
  tháng cuối năm Sở tiếp nhận 20.972 hồ sơ" (the Sở's, dated at the period end); online; the road field "27.418 …
  71,01%", postal "6.218 hồ sơ, chiếm 16,10%" (codes unchecked), "8.412 phù hiệu" and "612 giấy phép" (units as
  written); settled, on-time, overdue "204 hồ sơ, giảm 126 hồ sơ so với năm 2024 (330 hồ sơ)"; on-time shares "của Sở
  đạt 99,47%; của khu vực tỉnh Bình Định cũ và khu vực tỉnh Gia Lai cũ lần lượt là 99,58% và 99,31%" (the areas:
  subject and level unchecked); "3,2 ngày/hồ sơ"; "466 hồ sơ đang giải quyết chuyển sang năm 2026" (pending, code
  unchecked; "năm 2026" no figure); payment "88,46% (năm 2024: 71,35%), tăng 17,11 điểm phần trăm, đạt
  chỉ tiêu UBND tỉnh giao năm 2025 là 85%" (target at the period end, status "đạt"); "12,86 tỷ đồng"; digitisation;
  "135 đơn vị hành chính cấp xã (110 xã, 25 phường)"; "toàn tỉnh cấp 1.246 giấy phép xây dựng" (the province's:
  subject NULL), "UBND các xã, phường cấp 1.102 giấy phép" (named, level xã), "Sở cấp 144 giấy phép"; "128/135 xã,
  phường"; "312 hồ sơ thiết kế"; "148 công trình … 23 công trình" (unit `công trình`, code None); PAKN "58 … 58/58 …
  12 PAKN"; satisfaction "96,84%" (the satisfaction code); the Sở's yearly average `86,84/100`, `5/20` and its six
  group scores after "lần lượt là" with their maxima and codes (they add up to the total), the former
  Sở's ranks of 2024 `9/21`, `4/22` (previous, dated 2024-12-31, subject and level unchecked); the province
  `83,12/100`, `16/34`. Task 3's "bảo đảm 100% xã, phường tiếp nhận hồ sơ trực tuyến trong quý II năm 2026" the
  communes' target (subject unchecked, level xã, 2026-06-30, code unchecked); task 5's "tối thiểu 90% trong năm 2026"
  the divisions' target (subject unchecked, level tỉnh, 2026-12-31). Six deadlines: day, "chậm nhất ngày mười lăm
  tháng 3 năm 2026", quarter (with the target), month, year (with the target), "trước ngày 18 hằng tháng" (issued
  09/01/2026: first 18/01/2026).

Unsure readings (fields left `ANY`): the subject of every predecessors' sum used as an earlier value (above); the
subject and level of the former provinces and former Sở; the subject of the enterprises in 603 (the city's or the
Sở's); the level of the branches in 601. 600's rank column "Xếp hạng cấp xã" has no maximum written: a reader may
add 148 from the prose; left without max as golden/blind99.py's 573 did.
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
_Q3_2024 = "2024-09-30"
_OCT_2024 = "2024-10-31"
_Y2024 = "2024-12-31"
_H1_2025 = "2025-06-30"
_Q3_2025 = "2025-09-30"
_Y2025 = "2025-12-31"
_Y2026 = "2026-12-31"
_OPEN = {"subject": ANY, "level": ANY}
_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_XA = {"subject": "cấp xã", "level": "xã"}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_XA = {"subject": ANY, "level": "xã"}

# A numeric cell: (raw, unit, kind, code, as_of).
Cell = tuple[str, str, str, object, str]


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
    for raw, unit, kind, code, as_of in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw), unit, kind, subject=subject, level=level,
                       as_of=as_of, code=code, extra=TAB))
        at += len(sep)
    return facts


def _by(subject: str, level: str):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


def _group(context: str, raw: str, top: float, code: str, **kw) -> Fact:
    """One group score "x/max" (the maximum carried, the group's code)."""
    return F(context, raw, _num(raw.split("/")[0]), "điểm", max_value=top, code=code, **kw)


# ------------------------------------------------------------ 600: Văn phòng UBND tỉnh Phú Thọ, tháng 10/2025
_PHUONG_600 = [
    ("Phường Việt Trì", "95,62", "1"), ("Phường Vĩnh Yên", "93,84", "2"), ("Phường Phúc Yên", "92,10", "4"),
    ("Phường Xuân Hòa", "90,46", "9"), ("Phường Nông Trang", "89,72", "12"), ("Phường Hòa Bình", "88,35", "17"),
    ("Phường Vân Phú", "87,90", "19"), ("Phường Thanh Miếu", "86,14", "26"), ("Phường Vĩnh Phúc", "85,28", "31"),
    ("Phường Phú Thọ", "84,06", "38"), ("Phường Phong Châu", "83,40", "44"), ("Phường Âu Cơ", "81,75", "53"),
    ("Phường Tân Hòa", "80,12", "62"), ("Phường Kỳ Sơn", "78,94", "74"), ("Phường Thống Nhất", "73,37", "96"),
]
_XA_600 = [
    ("Xã Cao Sơn", "66,85", "139"), ("Xã Đà Bắc", "66,20", "140"), ("Xã Tiền Phong", "65,74", "141"),
    ("Xã Mường Chiềng", "65,31", "142"), ("Xã Thu Cúc", "65,02", "143"), ("Xã Lai Đồng", "64,48", "144"),
    ("Xã Võ Miếu", "63,16", "145"), ("Xã Xuân Đài", "61,92", "146"), ("Xã Kim Thượng", "60,35", "147"),
    ("Xã Tân Sơn", "58,40", "148"),
]


def _commune_600(stt: int, name: str, score: str, rank: str, after: str) -> list[Fact]:
    """One Markdown row of Bảng 1: the commune's score (`766.tong_hop`, no max) and its rank among the communes
    (kind rank, no max)."""
    line = f"| {stt} | {name} | {score} | {rank} |"
    return _cells(line, " | ", after, name, "xã", [(score, "điểm", P, _TONG, "period"),
                                                     (rank, "hạng", R, _HANG, "period")])


def _table_600() -> list[Fact]:
    """Bảng 1 in order: the fifteen phường, then the ten lowest xã (STT restarting); each row's context runs into the
    next line (the next row, the group row "| **II** | **Xã", or the prose after the table)."""
    facts = []
    for group, tail in ((_PHUONG_600, "| **II** | **Xã"), (_XA_600, "\nCác xã có điểm thấp")):
        for i, (name, score, rank) in enumerate(group):
            after = f"| {i + 2} | {group[i + 1][0]}" if i + 1 < len(group) else tail
            facts += _commune_600(i + 1, name, score, rank, after)
    return facts


BLIND_600 = [
    # I.1 the province (tháng 9/2025 dated 2025-09-30; the former provinces' tháng 10/2024 previous, /63)
    F("đạt 83,46/100", "83,46/100", 83.46, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 13/34", "13/34", 13, "hạng", R, max_value=34, code=_HANG),
    F("(81,02 điểm", "81,02", 81.02, "điểm", PR, max_value=100, as_of=_Q3_2025, code=_TONG),
    F("xếp thứ 18/34)", "18/34", 18, "hạng", PR, max_value=34, as_of=_Q3_2025, code=_HANG),
    F("tăng 2,44 điểm", "2,44", 2.44, "điểm", CH, code=_TONG),
    F("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    F("Thọ đạt 80,75 điểm", "80,75", 80.75, "điểm", PR, max_value=100, as_of=_OCT_2024, code=_TONG, **_OPEN),
    F("xếp thứ 27/63", "27/63", 27, "hạng", PR, max_value=63, as_of=_OCT_2024, code=_HANG, **_OPEN),
    F("Phúc đạt 84,12 điểm", "84,12", 84.12, "điểm", PR, max_value=100, as_of=_OCT_2024, code=_TONG, **_OPEN),
    F("xếp thứ 14/63", "14/63", 14, "hạng", PR, max_value=63, as_of=_OCT_2024, code=_HANG, **_OPEN),
    F("Bình đạt 77,38 điểm", "77,38", 77.38, "điểm", PR, max_value=100, as_of=_OCT_2024, code=_TONG, **_OPEN),
    F("xếp thứ 46/63", "46/63", 46, "hạng", PR, max_value=63, as_of=_OCT_2024, code=_HANG, **_OPEN),
    _group("minh bạch 16,92/18", "16,92/18", 18, "766.cong_khai"),
    _group("giải quyết 19,08/20", "19,08/20", 20, "766.tien_do"),
    _group("công trực tuyến 9,86/12", "9,86/12", 12, "766.dvctt"),
    _group("thanh toán trực tuyến 6,74/10", "6,74/10", 10, "766.thanh_toan"),
    _group("hồ sơ 15,32/22", "15,32/22", 22, "766.so_hoa"),
    _group("hài lòng 15,54/18", "15,54/18", 18, "766.hai_long"),
    F("(67,4% điểm", "67,4%", 67.4, "%", code=ANY),
    # I.2 files (cùng kỳ năm trước = tháng 10/2024, the three former provinces' sum)
    F("tiếp nhận 86.214", "86.214", 86214, "hồ sơ", C, code=_TN),
    F("cấp tỉnh 21.406", "21.406", 21406, "hồ sơ", C, code=_TN, **_TINH),
    F("cấp xã 64.808", "64.808", 64808, "hồ sơ", C, code=_TN, **_XA),
    F("cũ: 78.950 hồ sơ", "78.950", 78950, "hồ sơ", PR, as_of=_OCT_2024, code=_TN, **_OPEN),
    F("tăng 7.264", "7.264", 7264, "hồ sơ", CH, code=ANY),
    F("tăng 9,2%", "9,2%", 9.2, "%", CH, code=ANY),
    F("trực tuyến 58.426", "58.426", 58426, "hồ sơ", C, code=_NOP),
    F("chiếm 67,77%", "67,77%", 67.77, "%", code=_NOP),
    F("lần lượt là 88,65%", "88,65%", 88.65, "%", code=_NOP, **_TINH),
    F("và 60,87%", "60,87%", 60.87, "%", code=_NOP, **_XA),
    F("giải quyết 83.572", "83.572", 83572, "hồ sơ", C, code=ANY),
    F("đúng hạn 82.386", "82.386", 82386, "hồ sơ", C, code=_DH),
    F("đạt 98,58%", "98,58%", 98.58, "%", code=_DH),
    F("(tháng 9/2025: 97,86%)", "97,86%", 97.86, "%", PR, as_of=_Q3_2025, code=_DH),
    F("quá hạn 1.186", "1.186", 1186, "hồ sơ", C, code=_QH),
    F("chiếm 1,42%", "1,42%", 1.42, "%", code=_QH),
    F("(904 hồ sơ)", "904", 904, "hồ sơ", C, code=ANY, **_OPEN),
    F("đạt 61,35%", "61,35%", 61.35, "%", code=_TT, target=70, stated_status="chưa đạt"),
    F("năm 2025 là 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
    F("đạt 78,42%", "78,42%", 78.42, "%", code=_SH),
    F("tăng 4,16%", "4,16%", 4.16, "%", CH, code=_SH),
    F("tiếp nhận 312 PAKN", "312", 312, "PAKN", C, code=_PAKN_TN),
    F("xử lý 296 PAKN", "296", 296, "PAKN", C, code=_PAKN_XL),
    F("đạt 94,87%", "94,87%", 94.87, "%", code=_PAKN_TL),
    # II.1 the sở, ban, ngành
    F("(19 cơ quan)", "19", 19, "đơn vị", C, code=None, **_IN_TINH),
    F("bình quân 86,74 điểm", "86,74", 86.74, "điểm", code=_TONG, **_IN_TINH),
    F("với 93,58 điểm", "93,58", 93.58, "điểm", subject="Sở Tư pháp", level="tỉnh", code=_TONG),
    F("với 78,26 điểm", "78,26", 78.26, "điểm", subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_TONG),
    # II.2 the communes (tháng 9/2025 dated 2025-09-30), grades, the best and the worst
    F("có 148 đơn vị", "148", 148, "đơn vị", C, code=None, **_XA),
    F("(133 xã", "133", 133, "xã", C, code=None, **_IN_XA),
    F(", 15 phường)", "15", 15, "phường", C, code=None, **_IN_XA),
    F("bình quân 76,18 điểm", "76,18", 76.18, "điểm", code=_TONG, **_IN_XA),
    F("tăng 3,13 điểm", "3,13", 3.13, "điểm", CH, code=_TONG, **_IN_XA),
    F("(73,05 điểm)", "73,05", 73.05, "điểm", PR, as_of=_Q3_2025, code=_TONG, **_IN_XA),
    F("phường 86,07 điểm", "86,07", 86.07, "điểm", code=_TONG, **_IN_XA),
    F("khối xã 75,06 điểm", "75,06", 75.06, "điểm", code=_TONG, **_IN_XA),
    F("Có 21/148 xã", "21/148", 21, "xã", C, max_value=148, code=None, **_IN_XA),
    F("Tốt, 84 đơn vị", "84", 84, "đơn vị", C, code=None, **_IN_XA),
    F("Khá, 38 đơn vị", "38", 38, "đơn vị", C, code=None, **_IN_XA),
    F("và 05 đơn vị", "05", 5, "đơn vị", C, code=None, **_IN_XA),
    F("với 95,62 điểm", "95,62", 95.62, "điểm", subject="Phường Việt Trì", level="xã", code=_TONG),
    F("xếp thứ 1/148", "1/148", 1, "hạng", R, max_value=148, subject="Phường Việt Trì", level="xã", code=_HANG),
    F("với 58,40 điểm", "58,40", 58.40, "điểm", subject="xã Tân Sơn", level="xã", code=_TONG),
    F("xếp thứ 148/148", "148/148", 148, "hạng", R, max_value=148, subject="xã Tân Sơn", level="xã", code=_HANG),
    # Bảng 1 (Markdown, grouped Phường / Xã)
    *_table_600(),
    F("còn 38 xã", "38", 38, "xã", C, code=None, **_IN_XA),
    # III. a count repeated; the communes' target for quý IV (phone number no figure)
    F("xử lý 904 hồ sơ", "904", 904, "hồ sơ", C, code=ANY, **_OPEN),
    F("tối thiểu 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT, **_IN_XA),
]

# ------------------------------------------------------------ 601: Trung tâm PVHCC tỉnh Đắk Lắk, quý IV/2025
_TTPV = "Trung tâm Phục vụ hành chính công tỉnh"
_ttpv = _by(_TTPV, "tỉnh")
_UNITS_601 = [
    ("Trụ sở chính (phường Buôn Ma Thuột)", ANY, "tỉnh", "29.846 82,15 29.214 99,02 286"),
    ("Chi nhánh số 1 (phường Tuy Hòa)", "Chi nhánh số 1", ANY, "16.214 76,51 15.806 98,75 198"),
    ("Chi nhánh số 2 (phường Buôn Hồ)", "Chi nhánh số 2", ANY, "6.418 71,86 6.275 99,33 42"),
    ("Chi nhánh khu vực Ea Kar", "Chi nhánh khu vực Ea Kar", ANY, "5.126 67,73 5.012 99,28 36"),
    ("Chi nhánh khu vực Krông Pắc", "Chi nhánh khu vực Krông Pắc", ANY, "6.030 72,24 5.896 99,07 55"),
    ("Chi nhánh khu vực Sông Cầu", "Chi nhánh khu vực Sông Cầu", ANY, "4.818 72,27 4.715 99,43 27"),
]
_COLS_601 = ((_TN, "hồ sơ"), (_NOP, "%"), (ANY, "hồ sơ"), (_DH, "%"), (_QH, "hồ sơ"))


def _row_601(stt: str, name: str, raws: str, after: str, subject: object, level: object) -> list[Fact]:
    """One tab-separated row of Bảng 1: received, online share, settled, on-time share, overdue."""
    values = raws.split()
    line = "\t".join([stt, name, *values])
    cells = [(raw, unit, P, code, "period") for raw, (code, unit) in zip(values, _COLS_601, strict=True)]
    return _cells(line, "\t", after, subject, level, cells)


def _table_601() -> list[Fact]:
    """The head office (subject unchecked, level tỉnh), the five branches (subject the name, level unchecked) and the
    "Tổng cộng" row (= the Centre)."""
    facts = []
    for i, (name, subject, level, raws) in enumerate(_UNITS_601):
        after = f"{i + 2}\t{_UNITS_601[i + 1][0]}" if i + 1 < len(_UNITS_601) else "\tTổng cộng"
        facts += _row_601(str(i + 1), name, raws, after, subject, level)
    facts += _row_601("", "Tổng cộng", "68.452 77,20 66.918 99,04 644", "\nChi nhánh số 1 có", _TTPV, "tỉnh")
    return facts


BLIND_601 = [
    # I. (1642/QĐ-UBND cited; an address, "Chi nhánh số 1/2" names)
    F("và 05 chi nhánh", "05", 5, "chi nhánh", C, code=None, **_OPEN),
    _ttpv("bố trí 64 quầy", "64", 64, "quầy", C, code=None),
    _ttpv("với 118 công chức", "118", 118, "công chức", C, code=ANY),
    F("của 20 sở", "20", 20, "đơn vị", C, code=None, **_IN_TINH),
    F("và 06 cơ quan", "06", 6, "đơn vị", C, code=None, **_IN_TINH),
    _ttpv("số 1.486 TTHC", "1.486", 1486, "TTHC", C, code=_TTHC),
    # II.1 files (quý III dated 2025-09-30; cùng kỳ = quý IV năm 2024, the two old Centres' sum)
    _ttpv("tiếp nhận 68.452", "68.452", 68452, "hồ sơ", C, code=_TN),
    _ttpv("(quý III năm 2025: 61.208", "61.208", 61208, "hồ sơ", PR, as_of=_Q3_2025, code=_TN),
    _ttpv("tăng 7.244", "7.244", 7244, "hồ sơ", CH, code=ANY),
    _ttpv("tăng 11,84%", "11,84%", 11.84, "%", CH, code=ANY),
    F("cũ: 57.630 hồ sơ", "57.630", 57630, "hồ sơ", PR, as_of=_Y2024, code=_TN, **_IN_TINH),
    _ttpv("tăng 18,78%", "18,78%", 18.78, "%", CH, code=ANY),
    _ttpv("trực tuyến 52.846", "52.846", 52846, "hồ sơ", C, code=_NOP),
    _ttpv("chiếm 77,20%", "77,20%", 77.20, "%", code=_NOP),
    _ttpv("trực tiếp 13.248", "13.248", 13248, "hồ sơ", C, code=_NTT),
    _ttpv("công ích 2.358", "2.358", 2358, "hồ sơ", C, code=ANY),
    _ttpv("giải quyết 66.918", "66.918", 66918, "hồ sơ", C, code=ANY),
    _ttpv("đúng hạn 66.274", "66.274", 66274, "hồ sơ", C, code=_DH),
    _ttpv("(99,04%)", "99,04%", 99.04, "%", code=_DH),
    _ttpv("quá hạn 644", "644", 644, "hồ sơ", C, code=_QH),
    _ttpv("(0,96%)", "0,96%", 0.96, "%", code=_QH),
    _ttpv("giải quyết 3.126", "3.126", 3126, "hồ sơ", C, code=ANY),
    F("có 498 hồ sơ", "498", 498, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("chiếm 77,33%", "77,33%", 77.33, "%", code=ANY, **_IN_TINH),
    # II.2 Bảng 1 (tab-separated, head office and branches) and the branches in prose
    *_table_601(),
    F("cao nhất (198 hồ sơ)", "198", 198, "hồ sơ", C, subject="Chi nhánh số 1", level=ANY, code=_QH),
    F("thấp nhất (67,73%)", "67,73%", 67.73, "%", subject="Chi nhánh khu vực Ea Kar", level=ANY, code=_NOP),
    # II.3 payment (quý III dated 2025-09-30; the 2025 target at the period end), digitisation, post
    _ttpv("là 31.264", "31.264", 31264, "hồ sơ", C, code=ANY),
    _ttpv("tuyến 22.418", "22.418", 22418, "hồ sơ", C, code=_TT),
    _ttpv("đạt 71,71%", "71,71%", 71.71, "%", code=_TT, target=75, stated_status="chưa đạt"),
    _ttpv("(quý III năm 2025: 66,84%)", "66,84%", 66.84, "%", PR, as_of=_Q3_2025, code=_TT),
    _ttpv("tăng 4,87 điểm", "4,87", 4.87, "%", CH, code=_TT),
    _ttpv("năm 2025 là 75%", "75%", 75, "%", T, code=_TT),
    _ttpv("đạt 94,36%", "94,36%", 94.36, "%", code=_SH),
    _ttpv("đạt 97,12%", "97,12%", 97.12, "%", code=_KQ),
    _ttpv("đạt 46,58%", "46,58%", 46.58, "%", code=_TSD),
    F("chuyển phát 8.612", "8.612", 8612, "kết quả", C, subject="Bưu điện tỉnh", level="tỉnh", code=ANY),
    # II.4 counter ratings, PAKN, the province's index (tháng 12/2025 = the period end; quý IV năm 2024 /63)
    _ttpv("có 41.236 lượt", "41.236", 41236, "lượt", C, code=ANY),
    _ttpv("đó 40.918 lượt", "40.918", 40918, "lượt", C, code=ANY),
    _ttpv("chiếm 99,23%", "99,23%", 99.23, "%", code=ANY),
    _ttpv("tiếp nhận 26 PAKN", "26", 26, "PAKN", C, code=_PAKN_TN),
    _ttpv("xử lý 26/26", "26/26", 26, "PAKN", C, max_value=26, code=ANY),
    F("đạt 81,94/100", "81,94/100", 81.94, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 17/34", "17/34", 17, "hạng", R, max_value=34, code=_HANG),
    F("Lắk đạt 79,15 điểm", "79,15", 79.15, "điểm", PR, max_value=100, as_of=_Y2024, code=_TONG, **_OPEN),
    F("xếp thứ 35/63", "35/63", 35, "hạng", PR, max_value=63, as_of=_Y2024, code=_HANG, **_OPEN),
    F("Yên đạt 80,62 điểm", "80,62", 80.62, "điểm", PR, max_value=100, as_of=_Y2024, code=_TONG, **_OPEN),
    F("xếp thứ 29/63", "29/63", 29, "hạng", PR, max_value=63, as_of=_Y2024, code=_HANG, **_OPEN),
    # III. a count repeated, each branch's target for quý I, communes (phone number no figure)
    F("dứt điểm 198 hồ sơ", "198", 198, "hồ sơ", C, code=ANY, **_OPEN),
    F("tối thiểu 75%", "75%", 75, "%", T, as_of="2026-03-31", code=_TT, **_OPEN),
    F("tại 12 xã", "12", 12, "xã", C, code=None, **_IN_XA),
]

# ------------------------------------------------------------ 602: Sở NN&MT tỉnh Quảng Ngãi, 6 tháng đầu năm 2026
_SNN = "Sở Nông nghiệp và Môi trường"
_snn = _by(_SNN, "tỉnh")
_FIELDS_602 = [
    ("Đất đai", "9.684 84,32 9.352 96 8.215"),
    ("Môi trường", "1.426 91,44 1.384 8 1.146"),
    ("Tài nguyên nước, khoáng sản, địa chất", "538 91,45 521 3 472"),
    ("Trồng trọt, bảo vệ thực vật", "2.146 86,77 2.098 6 1.938"),
    ("Chăn nuôi, thú y", "1.318 85,43 1.265 4 1.296"),
    ("Lâm nghiệp, thủy sản và lĩnh vực khác", "734 91,01 692 1 731"),
]
_COLS_602 = ((_TN, "hồ sơ", "period"), (_NOP, "%", "period"), (ANY, "hồ sơ", "period"), (_QH, "hồ sơ", "period"),
             (_TN, "hồ sơ", _H1_2025))


def _row_602(stt: str, name: str, raws: str, after: str, subject: object) -> list[Fact]:
    """One Markdown row of Bảng 1: received, online share, settled, overdue, and the "Cùng kỳ năm 2025" column (a
    column dated before the period end: kind value at 2025-06-30)."""
    values = raws.split()
    line = f"| {stt} | {name} | " + " | ".join(values) + " |"
    cells = [(raw, unit, P, code, as_of) for raw, (code, unit, as_of) in zip(values, _COLS_602, strict=True)]
    return _cells(line, " | ", after, subject, "tỉnh", cells)


def _table_602() -> list[Fact]:
    """Bảng 1 in order (fields: subject unchecked, level tỉnh) and the "Tổng cộng" row (= the Sở)."""
    facts = []
    for i, (name, raws) in enumerate(_FIELDS_602):
        after = f"| {i + 2} | {_FIELDS_602[i + 1][0]}" if i + 1 < len(_FIELDS_602) else "| | Tổng cộng"
        facts += _row_602(str(i + 1), name, raws, after, ANY)
    line = "| | Tổng cộng | 15.846 | 85,94 | 15.312 | 118 | 13.798 |"
    cells = [(raw, unit, P, code, as_of) for raw, (code, unit, as_of)
             in zip("15.846 85,94 15.312 118 13.798".split(), _COLS_602, strict=True)]
    return facts + _cells(line, " | ", "\n2. Giải quyết hồ sơ", _SNN, "tỉnh", cells)


BLIND_602 = [
    # I. (12/KH-UBND cited) the Chairman's decisions (subject and level unchecked), the Sở's TTHC
    F("ban hành 05 quyết định", "05", 5, "quyết định", C, code=None, **_OPEN),
    F("công bố mới 14 TTHC", "14", 14, "TTHC", C, code=ANY, **_OPEN),
    F("bổ sung 22 TTHC", "22", 22, "TTHC", C, code=ANY, **_OPEN),
    F("bãi bỏ 09 TTHC", "09", 9, "TTHC", C, code=ANY, **_OPEN),
    _snn("thực hiện 312 TTHC", "312", 312, "TTHC", C, code=_TTHC),
    F("(cấp tỉnh 248 TTHC", "248", 248, "TTHC", C, code=ANY, **_TINH),
    F("cấp xã 64 TTHC)", "64", 64, "TTHC", C, code=ANY, **_XA),
    _snn("đó 196 TTHC", "196", 196, "TTHC", C, code=_TOAN),
    _snn("116 TTHC một phần", "116", 116, "TTHC", C, code=_MOT),
    _snn("phần; 100% TTHC", "100%", 100, "%", code=ANY),
    # II.1 files; cùng kỳ năm trước = 6 tháng đầu năm 2025 (the two former Sở: previous, subject and level open)
    _snn("tiếp nhận 15.846", "15.846", 15846, "hồ sơ", C, code=_TN),
    _snn("tăng 2.048", "2.048", 2048, "hồ sơ", CH, code=ANY),
    _snn("tăng 14,84%", "14,84%", 14.84, "%", CH, code=ANY),
    F("Ngãi tiếp nhận 9.412", "9.412", 9412, "hồ sơ", PR, as_of=_H1_2025, code=_TN, **_OPEN),
    F("Tum tiếp nhận 4.386", "4.386", 4386, "hồ sơ", PR, as_of=_H1_2025, code=_TN, **_OPEN),
    _snn("trực tuyến 13.618", "13.618", 13618, "hồ sơ", C, code=_NOP),
    _snn("chiếm 85,94%", "85,94%", 85.94, "%", code=_NOP),
    _snn("bưu chính 2.228", "2.228", 2228, "hồ sơ", C, code=ANY),
    F("là 5.126 hồ sơ", "5.126", 5126, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("chiếm 32,35%", "32,35%", 32.35, "%", code=ANY, **_IN_TINH),
    # Bảng 1 (Markdown, by field, with a "Cùng kỳ năm 2025" column)
    *_table_602(),
    # II.2 settled, on time, overdue, time
    _snn("giải quyết 15.312 hồ sơ", "15.312", 15312, "hồ sơ", C, code=ANY),
    _snn("đúng hạn 15.194", "15.194", 15194, "hồ sơ", C, code=_DH),
    _snn("đạt 99,23%", "99,23%", 99.23, "%", code=_DH),
    _snn("quá hạn 118 hồ sơ (", "118", 118, "hồ sơ", C, code=_QH),
    F("đất đai 96 hồ sơ)", "96", 96, "hồ sơ", C, code=ANY, **_IN_TINH),
    _snn("bình quân 6,2 ngày", "6,2", 6.2, "ngày", code=_TIME),
    _snn("rút ngắn 0,8 ngày", "0,8", -0.8, "ngày", CH, code=_TIME),
    # II.3 payment (cùng kỳ dated 2025-06-30; the 2026 target at the year's end), digitisation, the land database
    _snn("Có 7.284 hồ sơ", "7.284", 7284, "hồ sơ", C, code=ANY),
    _snn("đó 5.436 hồ sơ", "5.436", 5436, "hồ sơ", C, code=_TT),
    _snn("đạt 74,63%", "74,63%", 74.63, "%", code=_TT, target=80, stated_status="chưa đạt"),
    _snn("(58,27%)", "58,27%", 58.27, "%", PR, as_of=_H1_2025, code=_TT),
    _snn("tăng 16,36 điểm", "16,36", 16.36, "%", CH, code=_TT),
    _snn("năm 2026 là 80%", "80%", 80, "%", T, as_of=_Y2026, code=_TT),
    _snn("là 4,86 tỷ đồng", "4,86", 4.86, "tỷ đồng", code=ANY),
    _snn("đạt 96,18%", "96,18%", 96.18, "%", code=_SH),
    _snn("đạt 52,74%", "52,74%", 52.74, "%", code=_TSD),
    _snn("(cùng kỳ năm 2025: 38,40%)", "38,40%", 38.40, "%", PR, as_of=_H1_2025, code=_TSD),
    F("tại 96/96 xã", "96/96", 96, "xã", C, max_value=96, code=None, **_IN_XA),
    F("cập nhật 1.284.516", "1.284.516", 1284516, "thửa đất", C, code=ANY, **_OPEN),
    F("đạt 68,72%", "68,72%", 68.72, "%", code=ANY, **_OPEN),
    # II.4 PAKN, the Sở's index (tháng 12/2025 dated 2025-12-31), two groups, the province
    _snn("tiếp nhận 34 PAKN", "34", 34, "PAKN", C, code=_PAKN_TN),
    _snn("xử lý 31 PAKN", "31", 31, "PAKN", C, code=_PAKN_XL),
    _snn("đạt 91,18%", "91,18%", 91.18, "%", code=_PAKN_TL),
    _snn("; 03 PAKN", "03", 3, "PAKN", C, code=ANY),
    _snn("đạt 85,26/100", "85,26/100", 85.26, "điểm", max_value=100, code=_TONG),
    _snn("xếp thứ 11/18", "11/18", 11, "hạng", R, max_value=18, code=_HANG),
    _snn("(tháng 12/2025: 82,40 điểm", "82,40", 82.40, "điểm", PR, max_value=100, as_of=_Y2025, code=_TONG),
    _snn("xếp thứ 13/18)", "13/18", 13, "hạng", PR, max_value=18, as_of=_Y2025, code=_HANG),
    _snn("tăng 2,86 điểm", "2,86", 2.86, "điểm", CH, code=_TONG),
    _snn("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    _group("đạt 6,84/10", "6,84/10", 10, "766.thanh_toan", subject=_SNN, level="tỉnh"),
    _group("đạt 17,96/22", "17,96/22", 22, "766.so_hoa", subject=_SNN, level="tỉnh"),
    F("đạt 82,58/100", "82,58/100", 82.58, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 20/34", "20/34", 20, "hạng", R, max_value=34, code=_HANG),
    # III. a count repeated; the land field's target for quý III (phone number no figure)
    F("dứt điểm 96 hồ sơ", "96", 96, "hồ sơ", C, code=ANY, **_OPEN),
    F("tối thiểu 80%", "80%", 80, "%", T, as_of="2026-09-30", code=_TT, **_IN_TINH),
]

# ------------------------------------------------------------ 603: Sở Tài chính TP Hồ Chí Minh, Công văn quý III/2025
_stc = _by("Sở Tài chính", "tỉnh")

BLIND_603 = [
    # 1. (4127/UBND-KSTT cited; addresses, "cơ sở 2", "cơ sở 3" names)
    _stc("thực hiện 214 TTHC", "214", 214, "TTHC", C, code=_TTHC),
    _stc("thuộc 6 lĩnh vực", "6", 6, "lĩnh vực", C, code=None),
    _stc("đó 158 TTHC", "158", 158, "TTHC", C, code=_TOAN),
    # 2. business registration (the Sở's files: codes unchecked; enterprises: subject and level open)
    _stc("Tiếp nhận 48.652", "48.652", 48652, "hồ sơ", C, code=ANY),
    _stc("trực tuyến 48.318", "48.318", 48318, "hồ sơ", C, code=ANY),
    _stc("chiếm 99,31%", "99,31%", 99.31, "%", code=ANY),
    _stc("lần lượt là 15.218", "15.218", 15218, "hồ sơ", C, as_of="2025-07-31", code=ANY),
    _stc("sơ, 16.042", "16.042", 16042, "hồ sơ", C, as_of="2025-08-31", code=ANY),
    _stc("và 17.392", "17.392", 17392, "hồ sơ", C, code=ANY),
    _stc("là 3.126 hồ sơ", "3.126", 3126, "hồ sơ", C, code=ANY),
    _stc("chiếm 6,43%", "6,43%", 6.43, "%", code=ANY),
    F("mới 14.862 doanh nghiệp", "14.862", 14862, "doanh nghiệp", C, code=ANY, **_OPEN),
    F("ký 186.420 tỷ đồng", "186.420", 186420, "tỷ đồng", code=ANY, **_OPEN),
    F("cộng lại: 12.946", "12.946", 12946, "doanh nghiệp", PR, as_of=_Q3_2024, code=ANY, **_OPEN),
    F("tăng 14,80%", "14,80%", 14.80, "%", CH, code=ANY, **_OPEN),
    F("cũ có 11.204", "11.204", 11204, "doanh nghiệp", C, code=ANY, **_OPEN),
    F("cũ 2.418 doanh nghiệp", "2.418", 2418, "doanh nghiệp", C, code=ANY, **_OPEN),
    F("cũ 1.240 doanh nghiệp", "1.240", 1240, "doanh nghiệp", C, code=ANY, **_OPEN),
    F("Giải thể 2.846", "2.846", 2846, "doanh nghiệp", C, code=ANY, **_OPEN),
    F("kinh doanh 9.512", "9.512", 9512, "doanh nghiệp", C, code=ANY, **_OPEN),
    F("động 3.124", "3.124", 3124, "doanh nghiệp", C, code=ANY, **_OPEN),
    F("cấp 18.426 giấy", "18.426", 18426, "giấy chứng nhận", C, subject="UBND các phường, xã, đặc khu", level="xã",
      code=ANY),
    F("tăng 21,6%", "21,6%", 21.6, "%", CH, subject="UBND các phường, xã, đặc khu", level="xã", code=ANY),
    _stc("bình quân 2,4 ngày", "2,4", 2.4, "ngày", code=ANY),
    _stc("rút ngắn 0,6 ngày", "0,6", -0.6, "ngày", CH, code=ANY),
    # the former units' quý II năm 2025 (previous, subject and level open)
    F("là 98,64%", "98,64%", 98.64, "%", PR, as_of=_H1_2025, code=ANY, **_OPEN),
    F("Dương 97,12%", "97,12%", 97.12, "%", PR, as_of=_H1_2025, code=ANY, **_OPEN),
    F("Tàu 95,36%", "95,36%", 95.36, "%", PR, as_of=_H1_2025, code=ANY, **_OPEN),
    # 3. investment registered by the Sở
    _stc("mới 412 dự án", "412", 412, "dự án", C, code=ANY),
    _stc("ký 1.846,2 triệu USD", "1.846,2", 1846.2, "triệu USD", code=ANY),
    _stc("và 186 dự án", "186", 186, "dự án", C, code=ANY),
    _stc("vốn 42.615,8 tỷ đồng", "42.615,8", 42615.8, "tỷ đồng", code=ANY),
    _stc("phần của nhà đầu tư nước ngoài: 1.126", "1.126", 1126, "lượt", C, code=ANY),
    _stc("trị 624,5 triệu USD", "624,5", 624.5, "triệu USD", code=ANY),
    _stc("giảm 8,4%", "8,4%", -8.4, "%", CH, code=ANY),
    _stc("Điều chỉnh 214 lượt", "214", 214, "lượt", C, code=ANY),
    _stc("; 100% hồ sơ", "100%", 100, "%", code=ANY),
    # 4. the Sở's TTHC files (quý II năm 2025: the predecessors' sum), payment (2025 target), PAKN, index
    _stc("là 62.418 hồ sơ", "62.418", 62418, "hồ sơ", C, code=_TN),
    F("sắp xếp: 55.906", "55.906", 55906, "hồ sơ", PR, as_of=_H1_2025, code=_TN, **_IN_TINH),
    _stc("tăng 11,65%", "11,65%", 11.65, "%", CH, code=ANY),
    _stc("giải quyết 61.204", "61.204", 61204, "hồ sơ", C, code=ANY),
    _stc("trước hạn 60.986", "60.986", 60986, "hồ sơ", C, code=_DH),
    _stc("đạt 99,64%", "99,64%", 99.64, "%", code=_DH),
    _stc("quá hạn 218", "218", 218, "hồ sơ", C, code=_QH),
    _stc("bình quân 3,1 ngày", "3,1", 3.1, "ngày", code=_TIME),
    _stc("tuyến 38.214/41.026", "38.214/41.026", 38214, "hồ sơ", C, max_value=41026, code=_TT),
    _stc("đạt 93,15%", "93,15%", 93.15, "%", code=_TT, target=90, stated_status="đạt"),
    _stc("năm 2025 là 90%", "90%", 90, "%", T, as_of=_Y2025, code=_TT),
    _stc("là 28,46 tỷ đồng", "28,46", 28.46, "tỷ đồng", code=ANY),
    _stc("đạt 97,86%", "97,86%", 97.86, "%", code=_SH),
    _stc("đạt 62,14%", "62,14%", 62.14, "%", code=_TSD),
    _stc("tiếp nhận 46 PAKN", "46", 46, "PAKN", C, code=_PAKN_TN),
    _stc("xử lý 44 PAKN", "44", 44, "PAKN", C, code=_PAKN_XL),
    _stc("; 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    _stc("đạt 87,62/100", "87,62/100", 87.62, "điểm", max_value=100, code=_TONG),
    _stc("xếp thứ 6/21", "6/21", 6, "hạng", R, max_value=21, code=_HANG),
    F("đạt 84,18/100", "84,18/100", 84.18, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 9/34", "9/34", 9, "hạng", R, max_value=34, code=_HANG),
    # 5. the registration fees' target for quý IV (phone number no figure)
    F("tối thiểu 95%", "95%", 95, "%", T, as_of=_Y2025, code=ANY, **_IN_TINH),
]

# ------------------------------------------------------------ 604: Sở Xây dựng tỉnh Gia Lai, năm 2025
_sxd = _by("Sở Xây dựng", "tỉnh")
_SXD = {"subject": "Sở Xây dựng", "level": "tỉnh"}

BLIND_604 = [
    # I. (2218/UBND-NC cited; "01/7/2025", "01/3/2025" dates, "hai Sở" in words)
    _sxd("thực hiện 186 TTHC", "186", 186, "TTHC", C, code=_TTHC),
    F("đường bộ 74 TTHC", "74", 74, "TTHC", C, code=ANY, **_IN_TINH),
    F("chiếm 39,78%", "39,78%", 39.78, "%", code=ANY, **_IN_TINH),
    # II.1 files (năm 2024 = the two provinces' sum; the former Sở's first half dated 2025-06-30)
    _sxd("tiếp nhận 38.612", "38.612", 38612, "hồ sơ", C, code=_TN),
    _sxd("tăng 5.418", "5.418", 5418, "hồ sơ", CH, code=ANY),
    F("(33.194 hồ sơ", "33.194", 33194, "hồ sơ", PR, as_of=_Y2024, code=_TN, **_IN_TINH),
    _sxd("tăng 16,32%", "16,32%", 16.32, "%", CH, code=ANY),
    F("Lai tiếp nhận 8.426", "8.426", 8426, "hồ sơ", C, as_of=_H1_2025, code=_TN, **_OPEN),
    F("Định tiếp nhận 9.214", "9.214", 9214, "hồ sơ", C, as_of=_H1_2025, code=_TN, **_OPEN),
    _sxd("Sở tiếp nhận 20.972", "20.972", 20972, "hồ sơ", C, code=_TN),
    _sxd("trực tuyến 35.846", "35.846", 35846, "hồ sơ", C, code=_NOP),
    _sxd("chiếm 92,84%", "92,84%", 92.84, "%", code=_NOP),
    _sxd("công ích 6.218", "6.218", 6218, "hồ sơ", C, code=ANY),
    _sxd("chiếm 16,10%", "16,10%", 16.10, "%", code=ANY),
    F("bộ tiếp nhận 27.418", "27.418", 27418, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("chiếm 71,01%", "71,01%", 71.01, "%", code=ANY, **_IN_TINH),
    _sxd("cấp 8.412 phù hiệu", "8.412", 8412, "phù hiệu", C, code=ANY),
    _sxd("và 612 giấy phép", "612", 612, "giấy phép", C, code=ANY),
    # II.2 settled, on time, overdue (năm 2024 dated 2024-12-31), the former provinces' areas
    _sxd("giải quyết 38.146", "38.146", 38146, "hồ sơ", C, code=ANY),
    _sxd("đúng hạn 37.942", "37.942", 37942, "hồ sơ", C, code=_DH),
    _sxd("quá hạn 204", "204", 204, "hồ sơ", C, code=_QH),
    _sxd("giảm 126", "126", -126, "hồ sơ", CH, code=ANY),
    F("(330 hồ sơ)", "330", 330, "hồ sơ", PR, as_of=_Y2024, code=_QH, **_IN_TINH),
    _sxd("Sở đạt 99,47%", "99,47%", 99.47, "%", code=_DH),
    F("lần lượt là 99,58%", "99,58%", 99.58, "%", code=_DH, **_OPEN),
    F("và 99,31%", "99,31%", 99.31, "%", code=_DH, **_OPEN),
    _sxd("bình quân 3,2 ngày", "3,2", 3.2, "ngày", code=_TIME),
    _sxd("còn 466 hồ sơ", "466", 466, "hồ sơ", C, code=ANY),
    # II.3 payment (the 2025 target at the period end), money, digitisation
    _sxd("Có 24.816 hồ sơ", "24.816", 24816, "hồ sơ", C, code=ANY),
    _sxd("đó 21.952 hồ sơ", "21.952", 21952, "hồ sơ", C, code=_TT),
    _sxd("tỷ lệ 88,46%", "88,46%", 88.46, "%", code=_TT, target=85, stated_status="đạt"),
    F("(năm 2024: 71,35%)", "71,35%", 71.35, "%", PR, as_of=_Y2024, code=_TT, **_IN_TINH),
    _sxd("tăng 17,11 điểm", "17,11", 17.11, "%", CH, code=_TT),
    _sxd("năm 2025 là 85%", "85%", 85, "%", T, code=_TT),
    _sxd("là 12,86 tỷ đồng", "12,86", 12.86, "tỷ đồng", code=ANY),
    _sxd("đạt 97,42%", "97,42%", 97.42, "%", code=_SH),
    _sxd("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    _sxd("đạt 48,16%", "48,16%", 48.16, "%", code=_TSD),
    # II.4 communes, building permits (the province's total, the communes', the Sở's)
    F("có 135 đơn vị", "135", 135, "đơn vị", C, code=None, **_XA),
    F("(110 xã", "110", 110, "xã", C, code=None, **_IN_XA),
    F(", 25 phường)", "25", 25, "phường", C, code=None, **_IN_XA),
    F("cấp 1.246 giấy phép", "1.246", 1246, "giấy phép", C, code=ANY),
    F("cấp 1.102 giấy phép", "1.102", 1102, "giấy phép", C, subject="UBND các xã, phường", level="xã", code=ANY),
    _sxd("cấp 144 giấy phép", "144", 144, "giấy phép", C, code=ANY),
    F("có 128/135 xã", "128/135", 128, "xã", C, max_value=135, code=None, **_IN_XA),
    _sxd("thẩm định 312 hồ sơ", "312", 312, "hồ sơ", C, code=ANY),
    _sxd("kiểm tra 148 công trình", "148", 148, "công trình", C, code=None),
    _sxd("phát hiện 23 công trình", "23", 23, "công trình", C, code=None),
    # II.5 PAKN, the Sở's yearly average, the former Sở's ranks of 2024 (previous, open), the province
    _sxd("tiếp nhận 58 PAKN", "58", 58, "PAKN", C, code=_PAKN_TN),
    _sxd("xử lý 58/58", "58/58", 58, "PAKN", C, max_value=58, code=ANY),
    _sxd("đó 12 PAKN", "12", 12, "PAKN", C, code=ANY),
    _sxd("đạt 96,84%", "96,84%", 96.84, "%", code=_HL),
    _sxd("bình quân 86,84/100", "86,84/100", 86.84, "điểm", max_value=100, code=_TONG),
    _sxd("xếp thứ 5/20", "5/20", 5, "hạng", R, max_value=20, code=_HANG),
    _group("minh bạch 17,12/18", "17,12/18", 18, "766.cong_khai", **_SXD),
    _group("giải quyết 19,46/20", "19,46/20", 20, "766.tien_do", **_SXD),
    _group("công trực tuyến 10,86/12", "10,86/12", 12, "766.dvctt", **_SXD),
    _group("thanh toán trực tuyến 7,94/10", "7,94/10", 10, "766.thanh_toan", **_SXD),
    _group("hồ sơ 16,28/22", "16,28/22", 22, "766.so_hoa", **_SXD),
    _group("hài lòng 15,18/18", "15,18/18", 18, "766.hai_long", **_SXD),
    F("xếp thứ 9/21", "9/21", 9, "hạng", PR, max_value=21, as_of=_Y2024, code=_HANG, **_OPEN),
    F("xếp thứ 4/22", "4/22", 4, "hạng", PR, max_value=22, as_of=_Y2024, code=_HANG, **_OPEN),
    F("đạt 83,12/100", "83,12/100", 83.12, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 16/34", "16/34", 16, "hạng", R, max_value=34, code=_HANG),
    # III. the communes' target for quý II, the divisions' target for 2026 (phone number no figure)
    F("bảo đảm 100% xã", "100%", 100, "%", T, as_of="2026-06-30", code=ANY, **_IN_XA),
    F("tối thiểu 90%", "90%", 90, "%", T, as_of=_Y2026, code=_TT, **_IN_TINH),
]

BLIND = {"600": BLIND_600, "601": BLIND_601, "602": BLIND_602, "603": BLIND_603, "604": BLIND_604}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "600": [
        ("2025-11-20", "day", "20/11/2025", "giải quyết dứt điểm hồ sơ quá hạn",
         "UBND các xã Tân Sơn, Kim Thượng, Xuân Đài"),
        ("2025-11-28", "day", "ngày hai mươi tám tháng 11 năm 2025", "904 hồ sơ đất đai quá hạn",
         "Sở Nông nghiệp và Môi trường"),
        ("2025-12-31", "month", "tháng 12/2025", "tập huấn nghiệp vụ số hóa hồ sơ",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "thanh toán trực tuyến", "UBND các xã, phường"),
        ("2026-12-31", "year", "năm 2026", "nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh",
         "Sở Khoa học và Công nghệ"),
        # issued 07/11/2025: the first "ngày 22 hằng tháng" is 22/11/2025
        ("2025-11-22", "recurring", "22 hằng tháng", "gửi báo cáo tự đánh giá Bộ chỉ số",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "601": [
        ("2026-01-31", "day", "31/01/2026", "giải quyết dứt điểm 198 hồ sơ quá hạn", "Chi nhánh số 1"),
        ("2026-02-20", "day", "ngày hai mươi tháng 02 năm 2026", "bố trí thêm quầy tiếp nhận",
         "Phòng Hành chính - Tổng hợp"),
        ("2026-03-31", "quarter", "quý I năm 2026", "thanh toán trực tuyến", "Các chi nhánh"),
        ("2026-03-31", "month", "tháng 3/2026", "mở thêm điểm tiếp nhận hồ sơ", "Bưu điện tỉnh"),
        ("2026-12-31", "year", "năm 2026", "hệ thống xếp hàng tự động", "Sở Khoa học và Công nghệ"),
        # issued 07/01/2026, after the 5th: the first "ngày 05 hằng tháng" is 05/02/2026
        ("2026-02-05", "recurring", "05 hằng tháng", "gửi báo cáo nhanh", "Các chi nhánh"),
    ],
    "602": [
        ("2026-07-31", "day", "31/7/2026", "giải quyết dứt điểm 96 hồ sơ đất đai quá hạn", "Chi cục Quản lý đất đai"),
        ("2026-09-30", "quarter", "quý III năm 2026", "thanh toán trực tuyến", "Văn phòng Đăng ký đất đai"),
        ("2026-08-20", "day", "ngày hai mươi tháng 8 năm 2026", "cập nhật quy trình nội bộ", "Văn phòng Sở"),
        ("2026-09-30", "month", "tháng 9/2026", "tập huấn nộp hồ sơ trực tuyến",
         "Chi cục Chăn nuôi, Thú y và Thủy sản"),
        ("2026-12-31", "year", "năm 2026", "kết nối Cơ sở dữ liệu đất đai", "Sở Khoa học và Công nghệ"),
        # issued 03/7/2026: the first "ngày 20 hằng tháng" is 20/7/2026
        ("2026-07-20", "recurring", "20 hằng tháng", "gửi báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "603": [
        ("2025-11-15", "day", "15/11/2025", "chuyển đổi dữ liệu doanh nghiệp", "Phòng Đăng ký kinh doanh"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "thanh toán trực tuyến", "Phòng Đăng ký kinh doanh"),
        ("2025-12-10", "day", "ngày mười tháng 12 năm 2025", "rà soát danh sách hộ kinh doanh",
         "UBND các phường, xã, đặc khu"),
        ("2025-12-31", "month", "tháng 12/2025", "bố trí thêm quầy hỗ trợ", "Văn phòng Sở"),
        ("2026-12-31", "year", "năm 2026", "chữ ký số công cộng", "Sở Khoa học và Công nghệ"),
        # issued 08/10/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/11/2025
        ("2025-11-03", "recurring", "03 hằng tháng", "gửi số liệu", "Các phòng chuyên môn"),
    ],
    "604": [
        ("2026-02-28", "day", "28/02/2026", "cắt giảm thời gian giải quyết", "Phòng Quản lý vận tải và phương tiện"),
        ("2026-03-15", "day", "ngày mười lăm tháng 3 năm 2026", "thống nhất quy trình nội bộ", "Văn phòng Sở"),
        ("2026-06-30", "quarter", "quý II năm 2026", "cấp giấy phép xây dựng trực tuyến", "Phòng Quản lý xây dựng"),
        ("2026-04-30", "month", "tháng 4/2026", "tập huấn số hóa hồ sơ", "Phòng Hạ tầng kỹ thuật và Phát triển đô thị"),
        ("2026-12-31", "year", "năm 2026", "thanh toán trực tuyến", "Các phòng chuyên môn"),
        # issued 09/01/2026: the first "ngày 18 hằng tháng" is 18/01/2026
        ("2026-01-18", "recurring", "18 hằng tháng", "gửi báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 600 is a report of the
# Văn phòng UBND tỉnh Phú Thọ signed by a deputy chief; 601 a report of the Trung tâm Phục vụ hành chính công under
# "UBND TỈNH ĐẮK LẮK"; 602 a report of the Sở Nông nghiệp và Môi trường under "UBND TỈNH QUẢNG NGÃI"; 603 a Công văn
# (a "V/v" line) of the Sở Tài chính under "ỦY BAN NHÂN DÂN / THÀNH PHỐ HỒ CHÍ MINH", signed by a deputy director; 604
# a report of the Sở Xây dựng under "UBND TỈNH GIA LAI".
META = {
    "600": {"doc_number": "2146/BC-VPUBND", "doc_type": "Báo cáo", "issued_date": "2025-11-07",
            "province": "Phú Thọ", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Hà Văn Khiêm"},
    "601": {"doc_number": "86/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2026-01-07",
            "province": "Đắk Lắk", "period_label": "quý IV năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-12-31", "signer": "Lê Thị Thanh Xuân"},
    "602": {"doc_number": "2415/BC-SNNMT", "doc_type": "Báo cáo", "issued_date": "2026-07-03",
            "province": "Quảng Ngãi", "period_label": "6 tháng đầu năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-06-30", "signer": "Phạm Văn Tuấn"},
    "603": {"doc_number": "8246/STC-ĐKKD", "doc_type": "Công văn", "issued_date": "2025-10-08",
            "province": "Hồ Chí Minh", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Nguyễn Hoàng Minh Tâm"},
    "604": {"doc_number": "68/BC-SXD", "doc_type": "Báo cáo", "issued_date": "2026-01-09",
            "province": "Gia Lai", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Trần Quốc Vinh"},
}
