"""Blind golden facts for corpus/blind133/740_quang_ngai.txt, 741_dak_lak.txt, 742_vinh_long.txt, 743_lao_cai.txt
and 744_can_tho.txt.

The five documents were written by the developers for a hundred-and-thirty-third blind measurement (THE NEW COMMUNE-
LEVEL PUBLIC-SERVICE CENTRES AFTER THE 1 JULY 2025 TWO-TIER REFORM: a ward's quarterly report on its Trung tâm Phục vụ
hành chính công with a Markdown table by field, a commune centre's own monthly report with a tab-separated table by
field and last month in brackets, a ward's Công văn on its quarter with fields after "lần lượt là … tương ứng chiếm",
a ward's half-year report with a Markdown table comparing it with the province's leading wards and the communes'
average, a ward's first half-year in a centrally-run city; files handed over by the abolished district level, files
taken "không phụ thuộc địa giới hành chính", seconded staff, computers and scanners, the commune against the
province's other communes, the province's directives with deadlines; provinces Quảng Ngãi, Đắk Lắk, Vĩnh Long, Lào Cai
and Cần Thơ after the merger; periods quý III năm 2025, tháng 10 năm 2025, quý IV năm 2025, 6 tháng đầu năm 2026 and 6
tháng cuối năm 2025; not real documents), and every row below was written by reading them, before any extraction,
restoration or pipeline code was run on them. They also serve as held-out text for diacritic restoration (marks
stripped, restored, compared with the file).

Same structure and conventions as golden/blind132.py, blind131.py, blind130.py, blind129.py, blind16.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose and list counts are kind `count`; table cells are kind `value` even when they count, with
`extra={"source": "table"}`; `as_of="period"` is the period's end; a table column dated before the period end keeps
kind `value` with that date as `as_of`; a change is dated with the figure it changes and a fall ("giảm") is negative;
a change in "điểm phần trăm" is kind change in `%` with the number alone as raw. `ANY` leaves a field unchecked where
the sentence names no catalogued indicator (`None` where it clearly names none: counts of residential groups,
counters, staff, machines, communes, targets met). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" the
unit `PAKN`; a count of the files (or PAKN) an indicator is computed on carries that indicator's code; every "đã giải
quyết" count, pending files, one field's files, files by channel other than online, money and changes of counts and
shares have their code unchecked, a change of a 766 score or rank the score's or rank's code. A commune's or ward's
own figures in its UBND's report ("Phường tiếp nhận", "phường đạt", sentences naming no body) are its UBND named in
full (`UBND phường Cẩm Thành`, `UBND phường Long Châu`, `UBND phường Yên Bái`, `UBND phường Ninh Kiều`, level xã), as
golden/blind117.py's 660 and blind109.py's 620; its Trung tâm Phục vụ hành chính công named by its kind ("Trung tâm
bố trí …", "Trung tâm Phục vụ hành chính công phường hiện có …") subject unchecked, level xã (as blind109.py); people
and accounts "Trên địa bàn" subject unchecked, level xã; "38 tổ dân phố" subject and level unchecked (below the
commune). A commune named as written in a comparison sentence or a table row ("xã Ea Kar có số hồ sơ tiếp nhận đứng
thứ 7/102", "| Phường Lào Cai |") keeps the name as written, level xã. Province-wide figures ("Tỉnh Quảng Ngãi …",
"Tỉnh Vĩnh Long …", "Thành phố Cần Thơ …") have subject NULL. Counts of communes take the first unit word ("96 xã,
phường, đặc khu", "21 xã, phường xếp loại Tốt" → `xã`, subject unchecked, level xã); "14 đơn vị xếp loại Tốt" →
`đơn vị`. Certified copies count in `bản`; things counted take the noun as written (`quầy`, `công chức`, `viên
chức`, `nhân viên`, `người`, `máy tính`, `máy scan`, `máy in`, `ki-ốt`, `màn hình`, `hệ thống`, `điểm tiếp nhận`,
`phiếu`, `thư xin lỗi`, `tài khoản`, `chỉ tiêu`); money keeps the unit written (`triệu đồng`); durations `ngày`. Block
and communes' averages of the 766 total ("điểm bình quân khối phường", "Bình quân cấp xã") have subject unchecked,
level xã, code unchecked; an average share of the communes ("(61,28%)", "(64,15%)") the share's code. Dates, document
numbers and cited texts ("Số: 58/BC-UBND", "Công văn số 2145/UBND-KSTT", "Quyết định số 12/QĐ-UBND", "Quyết định số
1124/QĐ-UBND", "Kế hoạch số 86/KH-UBND", "Công văn số 6412/UBND-KSTT", "Công văn số 3318/SNV-CCHC", "Thông báo số
45/TB-VPUBND", "Kế hoạch số 52/KH-UBND", "Chỉ thị số 08/CT-UBND", "Công văn số 5126/UBND-KSTT", "Nghị quyết số
24/NQ-HĐND"), stated windows and data dates ("từ ngày 01/7/2025 đến ngày 30/9/2025", "đến ngày 30/9/2025", "số liệu
chốt ngày 01/7/2026", "công bố ngày 15/10/2025", "Đến ngày 31/12/2025", "lũy kế từ ngày 01/7/2025"), the months and
quarters naming a result or a bracket ("tháng 9/2025", "tháng 8/2025", "tháng 12/2025", "quý III:", "Tháng
6/2026", "Điểm 766 tháng 6/2026"), "6 tháng" of a window, "Bộ chỉ số 766", "Đề án 06", "mức độ 2", "từ đủ 14 tuổi",
"Tổng đài 1022", addresses ("số 52 đường Hùng Vương", "số 126 đường Giải Phóng", "số 09 đường 1 Tháng 5", "số 2
đường Hòa Bình"), phone numbers ("0255.3822.416", "0262.3625.118", "0270.3822.609", "0216.3852.147",
"0292.3820.516"), section, item and table numbering ("I.", "1.", "a)", "Bảng 1."), STT cells, "-" cells, headings
naming the next period ("V. NHIỆM VỤ QUÝ IV NĂM 2025", "IV. NHIỆM VỤ THÁNG 11 NĂM 2025", "5. Nhiệm vụ trọng tâm quý I
năm 2026", "IV. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026", "IV. NHIỆM VỤ NĂM 2026": no deadlines), the days of "ngày mười lăm
tháng 11", "ngày ba mươi tháng 11", "ngày hai mươi tám tháng 02", "ngày ba mươi tháng 9", "ngày hai mươi lăm tháng 3"
(numbers in words) and years are not figures.

New in this set (the decisions are written here):
- FILES HANDED OVER BY THE ABOLISHED DISTRICT LEVEL (740 "486 hồ sơ đang giải quyết do UBND thành phố Quảng Ngãi
  (cũ) bàn giao", 741 "do UBND huyện Ea Kar (cũ) chuyển giao còn tồn đầu tháng là 64 hồ sơ", 742 "tổng số 214 hồ sơ
  … 214/214 hồ sơ, đạt 100%", 744 "UBND quận Ninh Kiều (cũ) bàn giao cho phường 1.264 hồ sơ"): the receiving
  commune's (or centre's) counts, kind count at the period end, codes unchecked (neither new files received nor the
  period's settled files); their share settled ("đạt 93,00%", "đạt 98,97%") code unchecked. 740's whole "tổng cộng
  7.862 hồ sơ, gồm 7.376 hồ sơ mới và 486 hồ sơ …" carries the received code, its parts none (as golden/blind13.py's
  145 takes "kỳ trước chuyển sang"). A task's "34 hồ sơ nhận bàn giao còn lại" (740), "23 hồ sơ" (741), "13 hồ sơ"
  (744) are counts repeated (subject unchecked, level xã).
- FILES TAKEN REGARDLESS OF RESIDENCE ("không phụ thuộc địa giới hành chính": 740, 741, 742, 743, 744): the commune's
  counts and shares, codes unchecked (no catalogued indicator); 741's parts "trong tỉnh 214 hồ sơ và ngoài tỉnh 24 hồ
  sơ" the same; 742's "(quý III: 318 hồ sơ)" previous dated 2025-09-30.
- SECONDED STAFF ("04 công chức được biệt phái", "03 người được biệt phái", "03 nhân viên được biệt phái", "02 công
  chức lĩnh vực đất đai", "05 công chức … và 02 viên chức"): counts in the noun written, code None, the centre's
  (741: the issuer; elsewhere by its kind: subject unchecked, level xã). Equipment the same ("14 máy tính, 06 máy
  scan, 02 ki-ốt … 01 hệ thống"); 742's "còn thiếu 03 máy scan" a count; 743's "(cuối năm 2025: 05 máy scan)" kind
  previous dated 2025-12-31. A task's quantity to deliver is a target dated at its task's deadline (740 "trang bị bổ
  sung 03 máy scan và 02 máy tính … trong tháng 11/2025", 741 "mua sắm 02 máy scan … trong quý IV năm 2025", 744 "bổ
  sung 02 ki-ốt … trong năm 2026"; subject unchecked), while 742's "bố trí đủ 03 máy scan còn thiếu" names the
  shortfall already counted (a count repeated). 744's "Trung tâm Phục vụ hành chính công thành phố đã điều chuyển
  cho phường 04 máy scan" — the city centre's act, the ward's scanners: subject and level unchecked.
- A COMMUNE CENTRE AS ISSUER (741, header "UBND XÃ EA KAR / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", number
  "27/BC-TTPVHCC", signed "GIÁM ĐỐC"): unlike blind117.py's 661 (a one-stop desk, no body of its own), the centre is a
  body set up by decision; its own figures are named as its header and opening sentence name it, `Trung tâm Phục vụ
  hành chính công xã Ea Kar`, level xã; the commune named in the comparison ("xã Ea Kar") as written. Its reception
  points "Điểm tiếp nhận Ea Đar", "điểm tiếp nhận Cư Huê" as written, level xã, the received code (as blind109.py).
- LAST MONTH IN BRACKETS UNDER A LEGEND (741 "(số liệu tháng 9/2025 ghi trong ngoặc đơn)"): each bare bracket kind
  previous dated 2025-09-30 with the code of the figure it follows (as blind132.py's 737).
- A 766 RESULT OF THE MONTH BEFORE THE PERIOD (741 "Theo kết quả Bộ chỉ số 766 tháng 9/2025 do UBND tỉnh công bố
  ngày 15/10/2025, xã Ea Kar đạt 80,14/100 điểm, xếp thứ 31/102"): the latest published result, kind value and rank
  (not previous: nothing newer is compared with it) dated 2025-09-30.
- RANKS OF ONE INDICATOR AMONG THE COMMUNES (740 "Về tỷ lệ nộp hồ sơ trực tuyến, phường đứng thứ 5/96", 741 "số hồ
  sơ tiếp nhận đứng thứ 7/102", "tỷ lệ hồ sơ nộp trực tuyến đứng thứ 23/102"): kind rank with the maximum written,
  code unchecked (not the 766 rank).
- A MARKDOWN TABLE OF THE LEADING WARDS AND THE COMMUNES' AVERAGE (743): each row the ward as written (the issuer's own
  row "Phường Yên Bái" too), level xã; the received, online, on-time and payment columns with their codes, the score
  column "Điểm 766 tháng 6/2026" (no maximum written) the total's code, the ranks "2/99" … kind rank max 99 with the
  766 rank's code; "Bình quân cấp xã" subject unchecked, level xã, its score code unchecked, its "-" rank no figure.
- TABLES BY FIELD IN A COMMUNE'S REPORT ON ITSELF (740 Markdown, 741 tab-separated under "Đơn vị tính: hồ sơ"): as
  golden/blind117.py's 660 — the fields subject unchecked, level xã, received, online and settled counts no checked
  code, overdue files, on-time files and on-time shares their columns' codes; "Tổng cộng" (empty STT) the issuer with
  every column's code. 744's fields in a dash list "- Hộ tịch: 4.126 hồ sơ (trực tuyến 3.918 hồ sơ, đạt 94,96%);" and
  742's after "lần lượt là … tương ứng chiếm": subject unchecked, level xã, codes unchecked.
- CÙNG KỲ OF THE FORMER WARDS (743 "so với cùng kỳ năm 2025 (cộng gộp ba phường cũ: 10.912 hồ sơ)"): kind previous
  dated 2025-06-30, the received code, subject unchecked (the three former wards), level xã (as blind109.py's 622).
- TARGETS GIVEN TO THE COMMUNE: "chỉ tiêu UBND tỉnh giao cho cấp xã năm 2025 là 70%" (740, 742) every commune's
  target (subject unchecked, level xã, 2025-12-31; the commune's share carries it with the status written); 743's
  "chỉ tiêu UBND tỉnh giao cho phường năm 2026" and 744's "Nghị quyết … của HĐND phường giao chỉ tiêu năm 2025" the
  issuer's own (dated at the year's end: 2026-12-31 in 743, the period end in 744), each result "thực hiện 75,23%,
  đạt chỉ tiêu", "kết quả 6 tháng đạt 78,44%, chưa đạt chỉ tiêu" carrying its target and status; "đạt 3/4 chỉ tiêu"
  a count of targets met (code None). Task targets ("tối thiểu 65% trong quý IV năm 2025", "tối thiểu 60% trong tháng
  12/2025", "tối thiểu 78% trong quý III năm 2026", "tối thiểu 85% trong quý II năm 2026", "số hóa 100% hồ sơ an sinh
  xã hội … trong năm 2026") are kind target at their deadlines, subject unchecked, level xã.

Per document:
- 740 is a quarterly Báo cáo of UBND phường Cẩm Thành (tỉnh Quảng Ngãi; header "UBND TỈNH QUẢNG NGÃI / ỦY BAN NHÂN DÂN
  PHƯỜNG CẨM THÀNH", number "58/BC-UBND", two addressees, signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ
  TỊCH"), quý III năm 2025, issued 03/10/2025 (the ward's first quarter). "38 tổ dân phố, dân số 86.214 người", the
  centre's counters, staff (seconded), equipment; "286 TTHC … 164 TTHC … 112 TTHC"; files handed over and taken
  regardless of residence (above) with the channels in a dash list; THE MARKDOWN TABLE BY FIELD (hộ tịch, chứng thực,
  đất đai, xây dựng, an sinh xã hội, the rest, total); settled, on time "99,53%", overdue "35 … 0,47%", "35 thư xin
  lỗi", pending "368"; "6.214 bản … 3.918 bản sao điện tử, chiếm 63,05%"; payment "58,36%, chưa đạt chỉ tiêu … 70%",
  "214,6 triệu đồng", digitisation, e-results, reuse; PAKN "11 … 10 … 90,91% … 01 PAKN", satisfaction; the ward in
  the province's ranking of tháng 9/2025 (the period's last month) `84,62/100`, `9/96` "(tháng 8/2025: 81,35 điểm,
  xếp thứ 17/96), tăng 3,27 điểm và tăng 8 bậc" (previous 2025-08-31), two group scores, the communes' and wards'
  averages, "96 xã, phường, đặc khu … 14 … 58 … 24 đơn vị", "đứng thứ 5/96" (above), the province `82,74/100`,
  `18/34`. Six deadlines in numbered items: day, "chậm nhất ngày mười lăm tháng 11 năm 2025", month (with the
  equipment target), quarter (with the payment target), year, "trước ngày 20 hằng tháng" (issued 03/10/2025: first
  20/10/2025).
- 741 is a monthly Báo cáo of the Trung tâm Phục vụ hành chính công xã Ea Kar (tỉnh Đắk Lắk; above), tháng 10 năm
  2025, issued 04/11/2025, to the commune's chairman and the provincial centre. Staff, counters, "02 điểm tiếp nhận"
  of the former communes, equipment; received "3.146 hồ sơ (2.874 hồ sơ), tăng 272 hồ sơ, tương ứng tăng 9,46%",
  online "2.186 … 69,49% (65,21%)", channels, the reception points, files regardless of residence with their parts;
  THE TAB-SEPARATED TABLE BY FIELD; "3.032 … 3.011 … 99,31% (99,12%) … 21 … 0,69%", "21 thư xin lỗi"; the district's
  files "64 … 41 … 23"; "1.286 bản, chiếm 44,18% trên tổng số 2.911 bản sao"; payment "52,74% (49,36%), tăng 3,38
  điểm phần trăm", digitisation, reuse, "1.146 phiếu", satisfaction; the comparison and the September score (above).
  Six deadlines in a dash list: day, "chậm nhất ngày ba mươi tháng 11 năm 2025" after a provincial Công văn, month
  (with the field's target), quarter in a request "Đề nghị UBND xã …" (with the scanners), year in a request "Đề nghị
  Bưu điện tỉnh Đắk Lắk …", "trước ngày 25 hằng tháng" (issued 04/11/2025: first 25/11/2025).
- 742 is a CÔNG VĂN (doc_type "Công văn") of UBND phường Long Châu (tỉnh Vĩnh Long, merged with Bến Tre and Trà Vinh;
  header "UBND TỈNH VĨNH LONG / ỦY BAN NHÂN DÂN / PHƯỜNG LONG CHÂU", number "18/UBND-VP", a "V/v" line naming the
  quarter) to the Sở Nội vụ, quý IV năm 2025, issued 06/01/2026. The centre's "11 người … 08 công chức … 03 nhân
  viên", equipment and "còn thiếu 03 máy scan"; "5.418 hồ sơ, tăng 12,83% so với quý III năm 2025 (4.802 hồ sơ)"
  (previous 2025-09-30), the running total "10.220 hồ sơ" since 01/7/2025 (period end, received code), online "3.962
  … 73,13%", the fields (above), "516 hồ sơ … (quý III: 318 hồ sơ)", the handed-over files; "5.236 … trước hạn 3.108
  … đúng hạn 2.109 … quá hạn 19 …; … 99,64% (quý III: 99,21%)" (early and on-time parts codes unchecked, the share
  with both the on-time code); payment against the communes' target ("đạt chỉ tiêu"), money, digitisation "94,82%
  (quý III: 89,16%), tăng 5,66 điểm phần trăm", certification "2.146 bản, chiếm 58,34%"; "06 PAKN … 06/06 PAKN",
  satisfaction; "124 xã, phường", `87,36/100`, `6/124` "tăng 9 bậc so với quý III năm 2025 (xếp thứ 15/124)", the
  communes' average, six groups `x/max`, grades "21 … 79 … 24 xã, phường", the province `84,16/100`, `12/34`. Six
  deadlines: quarter in a request "Đề nghị Sở Khoa học và Công nghệ …", day, "chậm nhất ngày hai mươi tám tháng 02 năm
  2026", month, year (with the digitisation target), "trước ngày 05 hằng tháng" (issued 06/01/2026, after the 5th:
  first 05/02/2026).
- 743 is a half-year Báo cáo of UBND phường Yên Bái (tỉnh Lào Cai, merged with Yên Bái; header "UBND TỈNH LÀO CAI /
  ỦY BAN NHÂN DÂN PHƯỜNG YÊN BÁI", number "146/BC-UBND") to UBND tỉnh, 6 tháng đầu năm 2026, issued 03/7/2026. Staff
  and scanners (above); "12.684 hồ sơ, tăng 16,24% so với cùng kỳ năm 2025 (cộng gộp ba phường cũ: 10.912 hồ sơ);
  trong đó quý I 5.926 hồ sơ, quý II 6.758 hồ sơ" (quý I dated 2026-03-31, received code), online, files regardless of
  residence, settled, on time, overdue, "2,6 ngày/hồ sơ, giảm 0,5 ngày so với 6 tháng cuối năm 2025 (3,1 ngày)" (the
  time code; previous 2025-12-31); "9.864 bản … 6.418 … 65,06%", digitisation; accounts "Trên địa bàn phường" (the
  identity-account code); PAKN "14 … 14/14"; tháng 6/2026 `88,16/100`, `4/99` "(tháng 12/2025: 85,02 điểm, xếp thứ
  11/99), tăng 3,14 điểm và tăng 7 bậc"; THE MARKDOWN TABLE OF WARDS (above); the year's four targets and "3/4".
  Six deadlines in numbered items: quarter after a provincial Chỉ thị (with the target), day, "chậm nhất ngày ba mươi
  tháng 9 năm 2026", month, year in a request "Đề nghị Viễn thông Lào Cai …", "trước ngày 22 hằng tháng" (issued
  03/7/2026: first 22/7/2026).
- 744 is a half-year Báo cáo (sơ kết) of UBND phường Ninh Kiều (thành phố Cần Thơ, a centrally-run city; header "UBND
  THÀNH PHỐ CẦN THƠ / ỦY BAN NHÂN DÂN PHƯỜNG NINH KIỀU", number "09/BC-UBND") to UBND thành phố, 6 tháng cuối năm
  2025 (the ward's first half-year), issued 08/01/2026. The centre's "16 quầy với 21 công chức, viên chức; … 05 công
  chức … 02 viên chức", equipment; the quận's handed-over files "1.264 … 1.036 … 228 … 1.251 … 98,97% … 13";
  QUARTERS AFTER "LẦN LƯỢT LÀ" "quý III và quý IV lần lượt là 8.412 và 9.736 hồ sơ, tổng cộng 18.148 hồ sơ" (quý III
  dated 2025-09-30; each the received code), online "14.236 … 78,44%", "2.846 … 15,68%", the fields (above), settled
  "17.562 … 17.498 … 99,64% … 64 … 0,36%", payment "6 tháng đạt 74,26%, trong đó quý III 69,82% và quý IV 78,14%"
  (quý III at its end), "7.912 bản", digitisation, PAKN "22 … 21 … 01", satisfaction; the HĐND phường's two targets;
  "103 xã, phường", `90,12/100`, `2/103`, the blocks' averages, "8,96/10" (payment group), grades "28 xã, phường …,
  chiếm 27,18%; 61 … 14", the city `88,54/100`, `3/34` (subject NULL). Six deadlines in numbered items: day, quarter
  (with the target), "chậm nhất ngày hai mươi lăm tháng 3 năm 2026", month, year in a request "Đề nghị Trung tâm Phục
  vụ hành chính công thành phố …" (with the kiosks), "trước ngày 10 hằng tháng" (issued 08/01/2026, before the 10th:
  first 10/01/2026).

Unsure readings (fields left `ANY`, or decided and written here): whose the handed-over files are (decided: the
receiving commune's, codes unchecked); the subject of a commune centre's own report (decided: the centre named in
full, 741) against the desk of blind117.py's 661 (unchecked); the scanners moved by the city's centre (744: subject
and level unchecked); whether 740's "dân số 86.214 người" is the ward's (unchecked: "Trên địa bàn"); whether the
communes' average share "(61,28%)" (740) names `cấp xã` (decided: subject unchecked, level xã); kind value rather
than previous for 741's September score (nothing newer in the document).
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
_CK, _TD, _DV, _TTT, _SO, _HLG = (
    "766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.so_hoa", "766.hai_long")
_OPEN = {"subject": ANY, "level": ANY}
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
    first at the cell itself. A rank cell ("4/99") has the number before the slash as its value."""
    facts, at = [], 0
    for raw, unit, kind, code, as_of, top in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw.split("/")[0]), unit, kind, max_value=top,
                       subject=subject, level=level, as_of=as_of, code=code, extra=TAB))
        at += len(sep)
    return facts


def _by(subject: str | None, level: str | None):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


def _field_rows(rows: list[tuple[str, str, str]], issuer: str, after_last: str) -> list[Fact]:
    """A Markdown table by field "| STT | Lĩnh vực | Tiếp nhận | Trực tuyến | Đã giải quyết | Quá hạn | Tỷ lệ đúng hạn
    (%) |" in a commune's report on itself: the fields are the commune's (subject unchecked, level xã), their
    received, online and settled counts with no checked code, overdue files and on-time shares the codes of their
    columns; the total row (empty STT) is the issuer with every column's code."""
    facts = []
    for i, (stt, name, raws) in enumerate(rows):
        received, online, settled, overdue, on_time = raws.split()
        line = _md_line((stt, name, received, online, settled, overdue, on_time))
        after = _md_line(rows[i + 1][:2]).rsplit(" |", 1)[0] if i + 1 < len(rows) else after_last
        total = stt == ""
        facts += _cells(line, " | ", after, issuer if total else ANY, "xã", [
            (received, "hồ sơ", P, _TN if total else ANY, "period", None),
            (online, "hồ sơ", P, _NOP if total else ANY, "period", None),
            (settled, "hồ sơ", P, ANY, "period", None),
            (overdue, "hồ sơ", P, _QH, "period", None),
            (on_time, "%", P, _DH, "period", None)])
    return facts


_prov = _by(None, None)

# ------------------------------------------------------------ 740: UBND phường Cẩm Thành (Quảng Ngãi), quý III 2025
# (the ward's new one-stop centre: files handed over by the abolished city, files taken regardless of residence, a
# Markdown table by field, seconded staff and equipment, the ward against the province's 96 communes)
_CT_740 = "UBND phường Cẩm Thành"
_ct = _by(_CT_740, "xã")
_AUG_2025 = "2025-08-31"
_Y2025 = "2025-12-31"

_FIELDS_740 = [
    ("1", "Hộ tịch", "2.416 2.108 2.398 0 100"),
    ("2", "Chứng thực", "2.684 1.712 2.684 0 100"),
    ("3", "Đất đai", "1.318 614 1.046 27 97,42"),
    ("4", "Xây dựng", "412 326 371 6 98,38"),
    ("5", "An sinh xã hội", "578 302 566 2 99,65"),
    ("6", "Các lĩnh vực khác", "454 152 429 0 100"),
    ("", "Tổng cộng", "7.862 5.214 7.494 35 99,53"),
]


def _fields_740() -> list[Fact]:
    """Bảng 1 by field (received, online, settled, overdue files in `hồ sơ`, the on-time share in `%`): the fields are
    the ward's (subject unchecked, level xã), their received, online and settled counts with no checked code, their
    overdue files and on-time shares the codes of their columns; "Tổng cộng" with an empty STT is the ward with every
    column's code (it repeats the prose). "0" and "100" cells are figures."""
    return _field_rows(_FIELDS_740, _CT_740, "\n3. Kết quả giải quyết")


BLIND_740 = [
    # I. the ward, its centre (named by its kind: subject unchecked, level xã), seconded staff and equipment
    F("có 38 tổ dân phố", "38", 38, "tổ dân phố", C, code=None, **_OPEN),
    F("dân số 86.214 người", "86.214", 86214, "người", C, code=ANY, **_IN_XA),
    F("bố trí 09 quầy", "09", 9, "quầy", C, code=None, **_IN_XA),
    F("với 12 công chức", "12", 12, "công chức", C, code=None, **_IN_XA),
    F("có 04 công chức", "04", 4, "công chức", C, code=None, **_IN_XA),
    F("có: 14 máy tính", "14", 14, "máy tính", C, code=None, **_IN_XA),
    F("06 máy scan, 02", "06", 6, "máy scan", C, code=None, **_IN_XA),
    F("02 ki-ốt", "02", 2, "ki-ốt", C, code=None, **_IN_XA),
    F("và 01 hệ thống", "01", 1, "hệ thống", C, code=None, **_IN_XA),
    # II.1 TTHC (Quyết định số 1124/QĐ-UBND cited)
    _ct("thực hiện 286 TTHC", "286", 286, "TTHC", C, code=_TTHC),
    _ct("trong đó 164 TTHC", "164", 164, "TTHC", C, code=_TOAN),
    _ct("và 112 TTHC", "112", 112, "TTHC", C, code=_MOT),
    # II.2 files: the whole (received code), new ones and those handed over by the abolished city (codes unchecked)
    _ct("tổng cộng 7.862 hồ sơ", "7.862", 7862, "hồ sơ", C, code=_TN),
    _ct("gồm 7.376 hồ sơ", "7.376", 7376, "hồ sơ", C, code=ANY),
    _ct("và 486 hồ sơ", "486", 486, "hồ sơ", C, code=ANY),
    _ct("trực tuyến 5.214 hồ sơ", "5.214", 5214, "hồ sơ", C, code=_NOP),
    _ct("chiếm 70,69%", "70,69%", 70.69, "%", code=_NOP),
    _ct("Trung tâm 1.986 hồ sơ", "1.986", 1986, "hồ sơ", C, code=ANY),
    _ct("công ích 176 hồ sơ", "176", 176, "hồ sơ", C, code=ANY),
    _ct("Có 642 hồ sơ", "642", 642, "hồ sơ", C, code=ANY),
    _ct("chiếm 8,70%", "8,70%", 8.70, "%", code=ANY),
    *_fields_740(),
    # II.3 settled, on time, overdue, apology letters, pending; the handed-over files settled
    _ct("giải quyết 7.494 hồ sơ", "7.494", 7494, "hồ sơ", C, code=ANY),
    _ct("đúng hạn 7.459 hồ sơ", "7.459", 7459, "hồ sơ", C, code=_DH),
    _ct("đạt 99,53%", "99,53%", 99.53, "%", code=_DH),
    _ct("quá hạn 35 hồ sơ", "35", 35, "hồ sơ", C, code=_QH),
    _ct("chiếm 0,47%", "0,47%", 0.47, "%", code=_QH),
    _ct("ban hành 35 thư", "35", 35, "thư xin lỗi", C, code=ANY),
    _ct("quý IV là 368", "368", 368, "hồ sơ", C, code=ANY),
    _ct("xong 452 hồ sơ", "452", 452, "hồ sơ", C, code=ANY),
    _ct("đạt 93,00%", "93,00%", 93.00, "%", code=ANY),
    # II.4 certified copies in `bản`
    _ct("chứng thực 6.214 bản", "6.214", 6214, "bản", C, code=ANY),
    _ct("cấp 3.918 bản", "3.918", 3918, "bản", C, code=_CT),
    _ct("chiếm 63,05%", "63,05%", 63.05, "%", code=_CT),
    # II.5 payment against the communes' target of 2025 (subject unchecked, level xã), money, digitisation
    _ct("đạt 58,36%", "58,36%", 58.36, "%", code=_TT, target=70, stated_status="chưa đạt"),
    F("năm 2025 là 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT, **_IN_XA),
    _ct("trực tuyến 214,6 triệu", "214,6", 214.6, "triệu đồng", code=ANY),
    _ct("đạt 91,24%", "91,24%", 91.24, "%", code=_SH),
    _ct("đạt 96,18%", "96,18%", 96.18, "%", code=_KQ),
    _ct("đạt 38,52%", "38,52%", 38.52, "%", code=_TSD),
    # II.6 PAKN and satisfaction
    _ct("tiếp nhận 11 phản ánh", "11", 11, "PAKN", C, code=_PAKN_TN),
    _ct("xong 10 PAKN", "10", 10, "PAKN", C, code=ANY),
    _ct("đạt 90,91%", "90,91%", 90.91, "%", code=ANY),
    _ct("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    _ct("đạt 97,84%", "97,84%", 97.84, "%", code=_HL),
    # III. the ward among the province's communes: tháng 9/2025 is the period's last month, tháng 8 previous
    _ct("đạt 84,62/100", "84,62/100", 84.62, "điểm", max_value=100, code=_TONG),
    _ct("xếp thứ 9/96", "9/96", 9, "hạng", R, max_value=96, code=_HANG),
    _ct("(tháng 8/2025: 81,35 điểm", "81,35", 81.35, "điểm", PR, max_value=100, as_of=_AUG_2025, code=_TONG),
    _ct("xếp thứ 17/96)", "17/96", 17, "hạng", PR, max_value=96, as_of=_AUG_2025, code=_HANG),
    _ct("tăng 3,27 điểm", "3,27", 3.27, "điểm", CH, code=_TONG),
    _ct("tăng 8 bậc", "8", 8, "hạng", CH, code=_HANG),
    _ct("đạt 17,26/22", "17,26/22", 17.26, "điểm", max_value=22, code=_SO),
    _ct("đạt 6,12/10", "6,12/10", 6.12, "điểm", max_value=10, code=_TTT),
    F("tỉnh là 78,46 điểm", "78,46", 78.46, "điểm", code=ANY, **_IN_XA),
    F("phường là 82,18 điểm", "82,18", 82.18, "điểm", code=ANY, **_IN_XA),
    F("Trong 96 xã", "96", 96, "xã", C, code=None, **_IN_XA),
    F("có 14 đơn vị", "14", 14, "đơn vị", C, code=None, **_IN_XA),
    F("58 đơn vị", "58", 58, "đơn vị", C, code=None, **_IN_XA),
    F("và 24 đơn vị", "24", 24, "đơn vị", C, code=None, **_IN_XA),
    _ct("đứng thứ 5/96", "5/96", 5, "hạng", R, max_value=96, code=ANY),
    F("(61,28%)", "61,28%", 61.28, "%", code=_NOP, **_IN_XA),
    _prov("đạt 82,74/100", "82,74/100", 82.74, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 18/34", "18/34", 18, "hạng", R, max_value=34, code=_HANG),
    # V. tasks: the centre's files left (a count), equipment to add and the centre's payment target (kind target at
    # their tasks' deadlines, subject unchecked, level xã)
    F("dứt điểm 34 hồ sơ", "34", 34, "hồ sơ", C, code=ANY, **_IN_XA),
    F("bổ sung 03 máy scan", "03", 3, "máy scan", T, as_of="2025-11-30", code=ANY, **_IN_XA),
    F("và 02 máy tính", "02", 2, "máy tính", T, as_of="2025-11-30", code=ANY, **_IN_XA),
    F("tối thiểu 65%", "65%", 65, "%", T, as_of=_Y2025, code=_TT, **_IN_XA),
]


# ------------------------------------------------------------ 741: Trung tâm Phục vụ hành chính công xã Ea Kar (Đắk
# Lắk), tháng 10 năm 2025 (the centre itself as issuer; tháng 9/2025 in brackets under a legend; a tab-separated table
# by field; reception points of the former communes; files handed over by the abolished district)
_TT_741 = "Trung tâm Phục vụ hành chính công xã Ea Kar"
_tt = _by(_TT_741, "xã")
_eakar = _by("xã Ea Kar", "xã")
_SEP_2025 = "2025-09-30"

_FIELDS_741 = [
    ("1", "Hộ tịch", "1.024 862 1.018 1.018 0"),
    ("2", "Chứng thực", "846 524 846 846 0"),
    ("3", "Đất đai", "612 318 536 519 17"),
    ("4", "Xây dựng", "148 112 132 129 3"),
    ("5", "An sinh xã hội", "326 214 318 317 1"),
    ("6", "Lĩnh vực khác", "190 156 182 182 0"),
    ("", "Tổng cộng", "3.146 2.186 3.032 3.011 21"),
]


def _fields_741() -> list[Fact]:
    """The tab-separated table by field under "Đơn vị tính: hồ sơ" (received, online, settled, on time, overdue, all
    `hồ sơ`): the fields are the centre's (subject unchecked, level xã), their received, online and settled counts
    with no checked code, on time and overdue the codes of their columns; "Tổng cộng" with an empty STT is the centre
    with every column's code. "0" cells are figures."""
    facts = []
    for i, (stt, name, raws) in enumerate(_FIELDS_741):
        received, online, settled, on_time, overdue = raws.split()
        line = "\t".join((stt, name, received, online, settled, on_time, overdue))
        after = "\t".join(_FIELDS_741[i + 1][:2]) if i + 1 < len(_FIELDS_741) else "\nTổng số hồ sơ"
        total = stt == ""
        facts += _cells(line, "\t", after, _TT_741 if total else ANY, "xã", [
            (received, "hồ sơ", P, _TN if total else ANY, "period", None),
            (online, "hồ sơ", P, _NOP if total else ANY, "period", None),
            (settled, "hồ sơ", P, ANY, "period", None),
            (on_time, "hồ sơ", P, _DH, "period", None),
            (overdue, "hồ sơ", P, _QH, "period", None)])
    return facts


BLIND_741 = [
    # I. staff (seconded in `người`), counters, reception points, equipment ("số 126 đường Giải Phóng" an address)
    _tt("có 10 công chức", "10", 10, "công chức", C, code=None),
    _tt("trong đó 03 người", "03", 3, "người", C, code=None),
    _tt("và 01 người", "01", 1, "người", C, code=None),
    _tt("bố trí 07 quầy", "07", 7, "quầy", C, code=None),
    _tt("duy trì 02 điểm", "02", 2, "điểm tiếp nhận", C, code=None),
    _tt("Thiết bị: 11 máy tính", "11", 11, "máy tính", C, code=None),
    _tt("05 máy scan, 01", "05", 5, "máy scan", C, code=None),
    _tt("01 máy in", "01", 1, "máy in", C, code=None),
    # II.1 received with tháng 9/2025 in brackets (previous 2025-09-30), channels, reception points, any residence
    _tt("tiếp nhận 3.146 hồ sơ", "3.146", 3146, "hồ sơ", C, code=_TN),
    _tt("(2.874 hồ sơ)", "2.874", 2874, "hồ sơ", PR, as_of=_SEP_2025, code=_TN),
    _tt("tăng 272 hồ sơ", "272", 272, "hồ sơ", CH, code=ANY),
    _tt("tăng 9,46%", "9,46%", 9.46, "%", CH, code=ANY),
    _tt("trực tuyến 2.186 hồ sơ", "2.186", 2186, "hồ sơ", C, code=_NOP),
    _tt("chiếm 69,49%", "69,49%", 69.49, "%", code=_NOP),
    _tt("(65,21%)", "65,21%", 65.21, "%", PR, as_of=_SEP_2025, code=_NOP),
    _tt("trực tiếp 884 hồ sơ", "884", 884, "hồ sơ", C, code=ANY),
    _tt("công ích 76 hồ sơ", "76", 76, "hồ sơ", C, code=ANY),
    F("Ea Đar tiếp nhận 412", "412", 412, "hồ sơ", C, subject="Điểm tiếp nhận Ea Đar", level="xã", code=_TN),
    F("Cư Huê tiếp nhận 298", "298", 298, "hồ sơ", C, subject="điểm tiếp nhận Cư Huê", level="xã", code=_TN),
    _tt("hành chính: 238 hồ sơ", "238", 238, "hồ sơ", C, code=ANY),
    _tt("trong tỉnh 214 hồ sơ", "214", 214, "hồ sơ", C, code=ANY),
    _tt("ngoài tỉnh 24 hồ sơ", "24", 24, "hồ sơ", C, code=ANY),
    # II.2 the table by field, then the prose totals with tháng 9/2025 in brackets
    *_fields_741(),
    _tt("giải quyết 3.032 hồ sơ", "3.032", 3032, "hồ sơ", C, code=ANY),
    _tt("đúng hạn 3.011 hồ sơ", "3.011", 3011, "hồ sơ", C, code=_DH),
    _tt("đạt 99,31%", "99,31%", 99.31, "%", code=_DH),
    _tt("(99,12%)", "99,12%", 99.12, "%", PR, as_of=_SEP_2025, code=_DH),
    _tt("quá hạn 21 hồ sơ", "21", 21, "hồ sơ", C, code=_QH),
    _tt("chiếm 0,69%", "0,69%", 0.69, "%", code=_QH),
    _tt("gửi 21 thư", "21", 21, "thư xin lỗi", C, code=ANY),
    # II.3 files handed over by the abolished district (codes unchecked)
    _tt("đầu tháng là 64 hồ sơ", "64", 64, "hồ sơ", C, code=ANY),
    _tt("giải quyết 41 hồ sơ", "41", 41, "hồ sơ", C, code=ANY),
    _tt("còn 23 hồ sơ", "23", 23, "hồ sơ", C, code=ANY),
    # II.4 certified copies (`bản`), payment with September and the change in points, digitisation, satisfaction
    _tt("điện tử 1.286 bản", "1.286", 1286, "bản", C, code=_CT),
    _tt("chiếm 44,18%", "44,18%", 44.18, "%", code=_CT),
    _tt("số 2.911 bản", "2.911", 2911, "bản", C, code=ANY),
    _tt("đạt 52,74%", "52,74%", 52.74, "%", code=_TT),
    _tt("(49,36%)", "49,36%", 49.36, "%", PR, as_of=_SEP_2025, code=_TT),
    _tt("tăng 3,38 điểm", "3,38", 3.38, "%", CH, code=ANY),
    _tt("đạt 88,64%", "88,64%", 88.64, "%", code=_SH),
    _tt("hóa 31,26%", "31,26%", 31.26, "%", code=_TSD),
    _tt("Qua 1.146 phiếu", "1.146", 1146, "phiếu", C, code=ANY),
    _tt("đạt 98,08%", "98,08%", 98.08, "%", code=_HL),
    # III. the commune among the province's 102 (named as written); the 766 score of tháng 9/2025 (kind value,
    # dated 2025-09-30: the latest published month, before the period)
    _eakar("đứng thứ 7/102", "7/102", 7, "hạng", R, max_value=102, code=ANY),
    _eakar("đứng thứ 23/102", "23/102", 23, "hạng", R, max_value=102, code=ANY),
    F("(64,15%)", "64,15%", 64.15, "%", code=_NOP, **_IN_XA),
    _eakar("đạt 80,14/100", "80,14/100", 80.14, "điểm", max_value=100, as_of=_SEP_2025, code=_TONG),
    _eakar("xếp thứ 31/102", "31/102", 31, "hạng", R, max_value=102, as_of=_SEP_2025, code=_HANG),
    # IV. tasks: the files left (a count repeated), the field's payment target and the scanners to buy (targets at
    # their deadlines, subject unchecked, level xã)
    F("dứt điểm 23 hồ sơ", "23", 23, "hồ sơ", C, code=ANY, **_IN_XA),
    F("tối thiểu 60%", "60%", 60, "%", T, as_of="2025-12-31", code=ANY, **_IN_XA),
    F("mua sắm 02 máy scan", "02", 2, "máy scan", T, as_of="2025-12-31", code=ANY, **_IN_XA),
]


# ------------------------------------------------------------ 742: UBND phường Long Châu (Vĩnh Long), quý IV 2025
# (a Công văn; quý III in brackets; fields after "lần lượt là … tương ứng chiếm"; the ward among 124 communes)
_LC_742 = "UBND phường Long Châu"
_lc = _by(_LC_742, "xã")
_Q3_2025 = "2025-09-30"

_SERIES_742 = [
    ("là 1.846, 1.712", "1.846", "hồ sơ"), (", 1.712, 928", "1.712", "hồ sơ"), ("928, 286 và", "928", "hồ sơ"),
    ("286 và 404", "286", "hồ sơ"), ("và 404 hồ sơ", "404", "hồ sơ"),
    ("chiếm 34,07%", "34,07%", "%"), ("31,60%", "31,60%", "%"), ("17,13%", "17,13%", "%"), ("5,28%", "5,28%", "%"),
    ("và 7,46%", "7,46%", "%"),
]

_GROUPS_742 = [
    ("đạt 17,42/18", "17,42/18", _CK), ("quả giải quyết 19,36/20", "19,36/20", _TD),
    ("trực tuyến 10,48/12", "10,48/12", _DV), ("trực tuyến 7,86/10", "7,86/10", _TTT),
    ("hồ sơ 15,26/22", "15,26/22", _SO), ("hài lòng 16,98/18", "16,98/18", _HLG),
]

BLIND_742 = [
    # 1. the centre (named by its kind: subject unchecked, level xã): staff, seconded staff, equipment, the shortfall
    F("có 11 người", "11", 11, "người", C, code=None, **_IN_XA),
    F("trong đó 08 công chức", "08", 8, "công chức", C, code=None, **_IN_XA),
    F("và 03 nhân viên", "03", 3, "nhân viên", C, code=None, **_IN_XA),
    F("trang bị 12 máy tính", "12", 12, "máy tính", C, code=None, **_IN_XA),
    F("04 máy scan", "04", 4, "máy scan", C, code=None, **_IN_XA),
    F("02 màn hình", "02", 2, "màn hình", C, code=None, **_IN_XA),
    F("thiếu 03 máy scan", "03", 3, "máy scan", C, code=None, **_IN_XA),
    # 2.a received against quý III (2025-09-30), the running total since 01/7/2025 (period end), online
    _lc("tiếp nhận 5.418 hồ sơ", "5.418", 5418, "hồ sơ", C, code=_TN),
    _lc("tăng 12,83%", "12,83%", 12.83, "%", CH, code=ANY),
    _lc("(4.802 hồ sơ)", "4.802", 4802, "hồ sơ", PR, as_of=_Q3_2025, code=_TN),
    _lc("tiếp nhận 10.220 hồ sơ", "10.220", 10220, "hồ sơ", C, code=_TN),
    _lc("là 3.962 hồ sơ", "3.962", 3962, "hồ sơ", C, code=_NOP),
    _lc("chiếm 73,13%", "73,13%", 73.13, "%", code=_NOP),
    # the fields after "lần lượt là … tương ứng chiếm" (subject unchecked, level xã, codes unchecked)
    *[F(context, raw, _num(raw), unit, C if unit == "hồ sơ" else P, code=ANY, **_IN_XA)
      for context, raw, unit in _SERIES_742],
    F("còn lại 242 hồ sơ", "242", 242, "hồ sơ", C, code=ANY, **_IN_XA),
    # files taken regardless of residence (quý III previous), files handed over by the abolished city
    _lc("tiếp nhận 516 hồ sơ", "516", 516, "hồ sơ", C, code=ANY),
    _lc("(quý III: 318 hồ sơ)", "318", 318, "hồ sơ", PR, as_of=_Q3_2025, code=ANY),
    _lc("tổng số 214 hồ sơ", "214", 214, "hồ sơ", C, code=ANY),
    _lc("quyết 214/214", "214/214", 214, "hồ sơ", C, max_value=214, code=ANY),
    _lc("đạt 100%.", "100%", 100, "%", code=ANY),
    # 2.b settled: early, on time, overdue, the on-time share with quý III
    _lc("giải quyết 5.236 hồ sơ", "5.236", 5236, "hồ sơ", C, code=ANY),
    _lc("trước hạn 3.108 hồ sơ", "3.108", 3108, "hồ sơ", C, code=ANY),
    _lc("đúng hạn 2.109 hồ sơ", "2.109", 2109, "hồ sơ", C, code=ANY),
    _lc("quá hạn 19 hồ sơ", "19", 19, "hồ sơ", C, code=_QH),
    _lc("đạt 99,64%", "99,64%", 99.64, "%", code=_DH),
    _lc("(quý III: 99,21%)", "99,21%", 99.21, "%", PR, as_of=_Q3_2025, code=_DH),
    # 2.c payment against the communes' 2025 target (subject unchecked, level xã), money, digitisation, certification
    _lc("đạt 71,36%", "71,36%", 71.36, "%", code=_TT, target=70, stated_status="đạt"),
    F("năm 2025 là 70%", "70%", 70, "%", T, as_of="2025-12-31", code=_TT, **_IN_XA),
    _lc("toán 312,8 triệu", "312,8", 312.8, "triệu đồng", code=ANY),
    _lc("đạt 94,82%", "94,82%", 94.82, "%", code=_SH),
    _lc("(quý III: 89,16%)", "89,16%", 89.16, "%", PR, as_of=_Q3_2025, code=_SH),
    _lc("tăng 5,66 điểm", "5,66", 5.66, "%", CH, code=ANY),
    _lc("điện tử 2.146 bản", "2.146", 2146, "bản", C, code=_CT),
    _lc("chiếm 58,34%", "58,34%", 58.34, "%", code=_CT),
    # 2.d PAKN (Tổng đài 1022 no figure), satisfaction
    _lc("nhận 06 PAKN", "06", 6, "PAKN", C, code=_PAKN_TN),
    _lc("xử lý 06/06 PAKN", "06/06", 6, "PAKN", C, max_value=6, code=ANY),
    _lc("đạt 98,42%", "98,42%", 98.42, "%", code=_HL),
    # 3. the ward in the province's quý IV ranking (quý III previous), its six groups, the communes by grade
    F("của 124 xã", "124", 124, "xã", C, code=None, **_IN_XA),
    _lc("đạt 87,36/100", "87,36/100", 87.36, "điểm", max_value=100, code=_TONG),
    _lc("xếp thứ 6/124", "6/124", 6, "hạng", R, max_value=124, code=_HANG),
    _lc("tăng 9 bậc", "9", 9, "hạng", CH, code=_HANG),
    _lc("(xếp thứ 15/124)", "15/124", 15, "hạng", PR, max_value=124, as_of=_Q3_2025, code=_HANG),
    F("tỉnh là 79,84 điểm", "79,84", 79.84, "điểm", code=ANY, **_IN_XA),
    *[_lc(context, raw, _num(raw.split("/")[0]), "điểm", max_value=_num(raw.split("/")[1]), code=code)
      for context, raw, code in _GROUPS_742],
    F("có 21 xã", "21", 21, "xã", C, code=None, **_IN_XA),
    F("79 xã", "79", 79, "xã", C, code=None, **_IN_XA),
    F("và 24 xã", "24", 24, "xã", C, code=None, **_IN_XA),
    _prov("đạt 84,16/100", "84,16/100", 84.16, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 12/34", "12/34", 12, "hạng", R, max_value=34, code=_HANG),
    # 5. tasks: the missing scanners (a count repeated) and the field's digitisation target (2026-12-31)
    F("đủ 03 máy scan", "03", 3, "máy scan", C, code=None, **_IN_XA),
    F("hóa 100% hồ sơ", "100%", 100, "%", T, as_of="2026-12-31", code=ANY, **_IN_XA),
]


# ------------------------------------------------------------ 743: UBND phường Yên Bái (Lào Cai), 6 tháng đầu năm
# 2026 (cùng kỳ of the three former wards; a Markdown table of the leading wards and the communes' average; the
# year's targets given to the ward)
_YB_743 = "UBND phường Yên Bái"
_yb = _by(_YB_743, "xã")
_H1_2025 = "2025-06-30"
_DEC_2025 = "2025-12-31"
_Y2026 = "2026-12-31"
_TG = "766.tien_do.thoi_gian"

_WARDS_743 = [
    ("1", "Phường Lào Cai", "14.216", "78,46", "99,72", "74,18", "89,42", "2/99"),
    ("2", "Phường Yên Bái", "12.684", "75,23", "99,66", "71,84", "88,16", "4/99"),
    ("3", "Phường Cam Đường", "9.348", "72,06", "99,58", "69,42", "86,94", "7/99"),
    ("4", "Phường Sa Pa", "7.426", "70,18", "99,12", "65,48", "84,26", "15/99"),
    ("5", "Phường Nghĩa Lộ", "6.812", "68,34", "99,41", "62,16", "83,78", "19/99"),
    ("", "Bình quân cấp xã", "3.946", "63,52", "98,96", "58,24", "80,36", "-"),
]


def _wards_743() -> list[Fact]:
    """Bảng 1 "| STT | Đơn vị | Hồ sơ tiếp nhận (hồ sơ) | Nộp trực tuyến (%) | Đúng hạn (%) | Thanh toán trực tuyến
    (%) | Điểm 766 tháng 6/2026 | Xếp hạng |": each ward's row is that ward as the table writes it ("Phường Yên Bái",
    the issuer, too), level xã; columns received, online, on time, payment with their codes, the score of tháng
    6/2026 (the period's last month: period end, no maximum written) the total's code, the rank kind rank with its
    "/99"; "Bình quân cấp xã" (empty STT) the communes' average (subject unchecked, level xã) with the columns' codes,
    its score's code unchecked (a block average) and its "-" rank no figure."""
    facts = []
    for i, (stt, name, received, online, on_time, paid, score, rank) in enumerate(_WARDS_743):
        line = _md_line((stt, name, received, online, on_time, paid, score, rank))
        after = _md_line(_WARDS_743[i + 1][:2]).rsplit(" |", 1)[0] if i + 1 < len(_WARDS_743) else "\nNguồn:"
        average = stt == ""
        cells: list[Cell] = [
            (received, "hồ sơ", P, _TN, "period", None), (online, "%", P, _NOP, "period", None),
            (on_time, "%", P, _DH, "period", None), (paid, "%", P, _TT, "period", None),
            (score, "điểm", P, ANY if average else _TONG, "period", None)]
        if rank != "-":
            cells.append((rank, "hạng", R, _HANG, "period", 99))
        facts += _cells(line, " | ", after, ANY if average else name, "xã", cells)
    return facts


BLIND_743 = [
    # I. staff seconded by the province, the centre's people and equipment (subject unchecked, level xã; the
    # scanners at the end of 2025 previous)
    F("thêm 02 công chức", "02", 2, "công chức", C, code=None, **_IN_XA),
    F("lên 13 người", "13", 13, "người", C, code=None, **_IN_XA),
    F("có 15 máy tính", "15", 15, "máy tính", C, code=None, **_IN_XA),
    F("và 07 máy scan", "07", 7, "máy scan", C, code=None, **_IN_XA),
    F("(cuối năm 2025: 05 máy scan)", "05", 5, "máy scan", PR, as_of=_DEC_2025, code=None, **_IN_XA),
    # II.1 files against the three former wards' cùng kỳ (subject unchecked), the quarters, online, settled, time
    _yb("tiếp nhận 12.684 hồ sơ", "12.684", 12684, "hồ sơ", C, code=_TN),
    _yb("tăng 16,24%", "16,24%", 16.24, "%", CH, code=ANY),
    F("phường cũ: 10.912 hồ sơ", "10.912", 10912, "hồ sơ", PR, as_of=_H1_2025, code=_TN, **_IN_XA),
    _yb("quý I 5.926 hồ sơ", "5.926", 5926, "hồ sơ", C, as_of="2026-03-31", code=_TN),
    _yb("quý II 6.758 hồ sơ", "6.758", 6758, "hồ sơ", C, code=_TN),
    _yb("trực tuyến 9.542 hồ sơ", "9.542", 9542, "hồ sơ", C, code=_NOP),
    _yb("chiếm 75,23%", "75,23%", 75.23, "%", code=_NOP),
    _yb("chính 1.148 hồ sơ", "1.148", 1148, "hồ sơ", C, code=ANY),
    _yb("chiếm 9,05%", "9,05%", 9.05, "%", code=ANY),
    _yb("giải quyết 12.216 hồ sơ", "12.216", 12216, "hồ sơ", C, code=ANY),
    _yb("đúng hạn 12.174 hồ sơ", "12.174", 12174, "hồ sơ", C, code=_DH),
    _yb("đạt 99,66%", "99,66%", 99.66, "%", code=_DH),
    _yb("quá hạn 42 hồ sơ", "42", 42, "hồ sơ", C, code=_QH),
    _yb("bình quân 2,6 ngày", "2,6", 2.6, "ngày", code=_TG),
    _yb("giảm 0,5 ngày", "0,5", -0.5, "ngày", CH, code=_TG),
    _yb("(3,1 ngày)", "3,1", 3.1, "ngày", PR, as_of=_DEC_2025, code=_TG),
    # II.2 certified copies, digitisation
    _yb("chứng thực 9.864 bản", "9.864", 9864, "bản", C, code=ANY),
    _yb("trong đó 6.418 bản", "6.418", 6418, "bản", C, code=_CT),
    _yb("chiếm 65,06%", "65,06%", 65.06, "%", code=_CT),
    _yb("đạt 96,12%", "96,12%", 96.12, "%", code=_SH),
    _yb("điện tử 98,64%", "98,64%", 98.64, "%", code=_KQ),
    _yb("hóa 46,38%", "46,38%", 46.38, "%", code=_TSD),
    # II.3 accounts on the ward's territory ("Trên địa bàn phường": subject unchecked, level xã; "mức độ 2", "từ đủ
    # 14 tuổi" no figures), PAKN
    F("có 48.216 tài khoản", "48.216", 48216, "tài khoản", C, code=_TK, **_IN_XA),
    F("đạt 86,42%", "86,42%", 86.42, "%", code=_TK, **_IN_XA),
    _yb("tiếp nhận 14 PAKN", "14", 14, "PAKN", C, code=_PAKN_TN),
    _yb("xử lý 14/14 PAKN", "14/14", 14, "PAKN", C, max_value=14, code=ANY),
    # II.4 tháng 6/2026 (the period's last month) against tháng 12/2025 (previous 2025-12-31), then the table
    _yb("đạt 88,16/100", "88,16/100", 88.16, "điểm", max_value=100, code=_TONG),
    _yb("xếp thứ 4/99", "4/99", 4, "hạng", R, max_value=99, code=_HANG),
    _yb("(tháng 12/2025: 85,02 điểm", "85,02", 85.02, "điểm", PR, max_value=100, as_of=_DEC_2025, code=_TONG),
    _yb("xếp thứ 11/99)", "11/99", 11, "hạng", PR, max_value=99, as_of=_DEC_2025, code=_HANG),
    _yb("tăng 3,14 điểm", "3,14", 3.14, "điểm", CH, code=_TONG),
    _yb("tăng 7 bậc", "7", 7, "hạng", CH, code=_HANG),
    *_wards_743(),
    # III. the ward's targets of 2026 (dated 2026-12-31) and the results set against them; targets met
    _yb("trực tuyến: chỉ tiêu 75%", "75%", 75, "%", T, as_of=_Y2026, code=_NOP),
    _yb("thực hiện 75,23%", "75,23%", 75.23, "%", code=_NOP, target=75, stated_status="đạt"),
    _yb("chỉ tiêu 99,5%", "99,5%", 99.5, "%", T, as_of=_Y2026, code=_DH),
    _yb("thực hiện 99,66%", "99,66%", 99.66, "%", code=_DH, target=99.5, stated_status="đạt"),
    _yb("chỉ tiêu 80%", "80%", 80, "%", T, as_of=_Y2026, code=_TT),
    _yb("thực hiện 71,84%", "71,84%", 71.84, "%", code=_TT, target=80, stated_status="chưa đạt"),
    _yb("từ 85 điểm", "85", 85, "điểm", T, as_of=_Y2026, code=_TONG),
    _yb("thực hiện 88,16 điểm", "88,16", 88.16, "điểm", code=_TONG, target=85, stated_status="đạt"),
    _yb("đạt 3/4 chỉ tiêu", "3/4", 3, "chỉ tiêu", C, max_value=4, code=None),
    # IV. task 1's quarter target of the centre (subject unchecked, level xã)
    F("tối thiểu 78%", "78%", 78, "%", T, as_of="2026-09-30", code=_TT, **_IN_XA),
]


# ------------------------------------------------------------ 744: UBND phường Ninh Kiều (Cần Thơ), 6 tháng cuối năm
# 2025 (the ward's first half-year: files handed over by the abolished quận, quarters after "lần lượt là", fields in
# a dash list with their online shares, the HĐND phường's targets, the ward among the city's 103 communes)
_NK_744 = "UBND phường Ninh Kiều"
_nk = _by(_NK_744, "xã")

_FIELDS_744 = [
    ("Hộ tịch: 4.126", "4.126", "tuyến 3.918", "3.918", "đạt 94,96%", "94,96%"),
    ("Chứng thực: 5.248", "5.248", "tuyến 4.612", "4.612", "đạt 87,88%", "87,88%"),
    ("Đất đai: 3.312", "3.312", "tuyến 2.146", "2.146", "đạt 64,79%", "64,79%"),
    ("Xây dựng: 1.086", "1.086", "tuyến 948", "948", "đạt 87,29%", "87,29%"),
    ("An sinh xã hội: 2.614", "2.614", "tuyến 1.786", "1.786", "đạt 68,32%", "68,32%"),
]


def _fields_744() -> list[Fact]:
    """The dash list by field "- Hộ tịch: 4.126 hồ sơ (trực tuyến 3.918 hồ sơ, đạt 94,96%);": each field's files,
    online files and online share are the ward's fields (subject unchecked, level xã), codes unchecked (one field's
    files and share)."""
    facts = []
    for received_at, received, online_at, online, share_at, share in _FIELDS_744:
        facts += [F(received_at, received, _num(received), "hồ sơ", C, code=ANY, **_IN_XA),
                  F(online_at, online, _num(online), "hồ sơ", C, code=ANY, **_IN_XA),
                  F(share_at, share, _num(share), "%", code=ANY, **_IN_XA)]
    return facts


BLIND_744 = [
    # I. the ward's centre (named by its kind: subject unchecked, level xã): counters, staff, seconded staff,
    # equipment ("số 2 đường Hòa Bình" an address); the scanners moved by the city's centre (subject and level open)
    F("bố trí 16 quầy", "16", 16, "quầy", C, code=None, **_IN_XA),
    F("với 21 công chức", "21", 21, "công chức", C, code=None, **_IN_XA),
    F("trong đó 05 công chức", "05", 5, "công chức", C, code=None, **_IN_XA),
    F("và 02 viên chức", "02", 2, "viên chức", C, code=None, **_IN_XA),
    F("gồm 24 máy tính", "24", 24, "máy tính", C, code=None, **_IN_XA),
    F("10 máy scan", "10", 10, "máy scan", C, code=None, **_IN_XA),
    F("và 03 ki-ốt", "03", 3, "ki-ốt", C, code=None, **_IN_XA),
    F("phường 04 máy scan", "04", 4, "máy scan", C, code=None, **_OPEN),
    # II.1 files handed over by the abolished quận (the ward's, codes unchecked)
    _nk("phường 1.264 hồ sơ", "1.264", 1264, "hồ sơ", C, code=ANY),
    _nk("trong đó 1.036 hồ sơ", "1.036", 1036, "hồ sơ", C, code=ANY),
    _nk("và 228 hồ sơ", "228", 228, "hồ sơ", C, code=ANY),
    _nk("kết quả 1.251 hồ sơ", "1.251", 1251, "hồ sơ", C, code=ANY),
    _nk("đạt 98,97%", "98,97%", 98.97, "%", code=ANY),
    _nk("còn 13 hồ sơ", "13", 13, "hồ sơ", C, code=ANY),
    # II.2 the quarters after "lần lượt là" (quý III at its end), their sum, online, files regardless of residence
    _nk("là 8.412 và", "8.412", 8412, "hồ sơ", C, as_of="2025-09-30", code=_TN),
    _nk("và 9.736 hồ sơ", "9.736", 9736, "hồ sơ", C, code=_TN),
    _nk("tổng cộng 18.148 hồ sơ", "18.148", 18148, "hồ sơ", C, code=_TN),
    _nk("trực tuyến 14.236 hồ sơ", "14.236", 14236, "hồ sơ", C, code=_NOP),
    _nk("chiếm 78,44%", "78,44%", 78.44, "%", code=_NOP),
    _nk("tiếp nhận 2.846 hồ sơ", "2.846", 2846, "hồ sơ", C, code=ANY),
    _nk("chiếm 15,68%", "15,68%", 15.68, "%", code=ANY),
    *_fields_744(),
    F("khác: 1.762 hồ sơ", "1.762", 1762, "hồ sơ", C, code=ANY, **_IN_XA),
    # II.3 settled, payment for the half-year and by quarter (quý III at its end), certification, digitisation, PAKN
    _nk("giải quyết 17.562 hồ sơ", "17.562", 17562, "hồ sơ", C, code=ANY),
    _nk("đúng hạn 17.498 hồ sơ", "17.498", 17498, "hồ sơ", C, code=_DH),
    _nk("đạt 99,64%", "99,64%", 99.64, "%", code=_DH),
    _nk("quá hạn 64 hồ sơ", "64", 64, "hồ sơ", C, code=_QH),
    _nk("chiếm 0,36%", "0,36%", 0.36, "%", code=_QH),
    _nk("6 tháng đạt 74,26%", "74,26%", 74.26, "%", code=_TT),
    _nk("quý III 69,82%", "69,82%", 69.82, "%", as_of="2025-09-30", code=_TT),
    _nk("quý IV 78,14%", "78,14%", 78.14, "%", code=_TT),
    _nk("điện tử 7.912 bản", "7.912", 7912, "bản", C, code=_CT),
    _nk("đạt 97,36%", "97,36%", 97.36, "%", code=_SH),
    _nk("tiếp nhận 22 PAKN", "22", 22, "PAKN", C, code=_PAKN_TN),
    _nk("xử lý 21 PAKN", "21", 21, "PAKN", C, code=ANY),
    _nk("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    _nk("đạt 98,86%", "98,86%", 98.86, "%", code=_HL),
    # II.4 the HĐND phường's targets of 2025 (the period end) and the results set against them
    _nk("trực tuyến đạt 80%", "80%", 80, "%", T, code=_NOP),
    _nk("6 tháng đạt 78,44%", "78,44%", 78.44, "%", code=_NOP, target=80, stated_status="chưa đạt"),
    _nk("hạn là 99%", "99%", 99, "%", T, code=_DH),
    _nk("kết quả 99,64%", "99,64%", 99.64, "%", code=_DH, target=99, stated_status="đạt"),
    # III. the ward among the city's 103 communes, block averages, grades, the city itself (subject NULL)
    F("của 103 xã", "103", 103, "xã", C, code=None, **_IN_XA),
    _nk("đạt 90,12/100", "90,12/100", 90.12, "điểm", max_value=100, code=_TONG),
    _nk("xếp thứ 2/103", "2/103", 2, "hạng", R, max_value=103, code=_HANG),
    F("phường là 84,72 điểm", "84,72", 84.72, "điểm", code=ANY, **_IN_XA),
    F("xã là 79,38 điểm", "79,38", 79.38, "điểm", code=ANY, **_IN_XA),
    _nk("với 8,96/10", "8,96/10", 8.96, "điểm", max_value=10, code=_TTT),
    F("có 28 xã", "28", 28, "xã", C, code=None, **_IN_XA),
    F("chiếm 27,18%", "27,18%", 27.18, "%", code=ANY, **_IN_XA),
    F("61 xã", "61", 61, "xã", C, code=None, **_IN_XA),
    F("và 14 xã", "14", 14, "xã", C, code=None, **_IN_XA),
    _prov("đạt 88,54/100", "88,54/100", 88.54, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 3/34", "3/34", 3, "hạng", R, max_value=34, code=_HANG),
    # IV. tasks: the files left (a count repeated), the centre's quarter target, the kiosks asked of the city's centre
    F("giải quyết 13 hồ sơ", "13", 13, "hồ sơ", C, code=ANY, **_IN_XA),
    F("tối thiểu 85%", "85%", 85, "%", T, as_of="2026-06-30", code=_TT, **_IN_XA),
    F("bổ sung 02 ki-ốt", "02", 2, "ki-ốt", T, as_of="2026-12-31", code=ANY, **_OPEN),
]


BLIND = {"740": BLIND_740, "741": BLIND_741, "742": BLIND_742, "743": BLIND_743, "744": BLIND_744}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "740": [
        ("2025-10-31", "day", "31/10/2025", "34 hồ sơ nhận bàn giao", "Trung tâm Phục vụ hành chính công phường"),
        ("2025-11-15", "day", "ngày mười lăm tháng 11 năm 2025", "hồ sơ đất đai quá hạn",
         "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2025-11-30", "month", "tháng 11/2025", "03 máy scan", "Văn phòng HĐND và UBND phường"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "thanh toán trực tuyến",
         "Trung tâm Phục vụ hành chính công phường"),
        ("2025-12-31", "year", "năm 2025", "hồ sơ an sinh xã hội", "Phòng Văn hóa - Xã hội"),
        # issued 03/10/2025: the first "ngày 20 hằng tháng" is 20/10/2025
        ("2025-10-20", "recurring", "20 hằng tháng", "số liệu kết quả giải quyết TTHC",
         "Các phòng chuyên môn thuộc UBND phường"),
    ],
    "741": [
        ("2025-11-15", "day", "15/11/2025", "23 hồ sơ do cấp huyện chuyển giao", "Tổ Đất đai - Xây dựng"),
        ("2025-11-30", "day", "ngày ba mươi tháng 11 năm 2025", "số hóa hồ sơ còn tồn", "Tổ Hành chính - Tổng hợp"),
        ("2025-12-31", "month", "tháng 12/2025", "thanh toán trực tuyến", "Tổ Văn hóa - Xã hội"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "02 máy scan", "UBND xã"),
        ("2026-12-31", "year", "năm 2026", "trả kết quả tại nhà", "Bưu điện tỉnh Đắk Lắk"),
        # issued 04/11/2025: the first "ngày 25 hằng tháng" is 25/11/2025
        ("2025-11-25", "recurring", "25 hằng tháng", "cập nhật số liệu", "Các tổ chuyên môn"),
    ],
    "742": [
        ("2026-03-31", "quarter", "quý I năm 2026", "phần mềm hộ tịch", "Sở Khoa học và Công nghệ"),
        ("2026-01-15", "day", "15/01/2026", "danh mục TTHC", "Trung tâm Phục vụ hành chính công phường"),
        ("2026-02-28", "day", "ngày hai mươi tám tháng 02 năm 2026", "số hóa hồ sơ đất đai",
         "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2026-03-31", "month", "tháng 3/2026", "03 máy scan", "Văn phòng HĐND và UBND phường"),
        ("2026-12-31", "year", "năm 2026", "hồ sơ an sinh xã hội", "Phòng Văn hóa - Xã hội"),
        # issued 06/01/2026, after the 5th: the first "ngày 05 hằng tháng" is 05/02/2026
        ("2026-02-05", "recurring", "05 hằng tháng", "gửi số liệu", "Các bộ phận chuyên môn"),
    ],
    "743": [
        ("2026-09-30", "quarter", "quý III năm 2026", "thanh toán trực tuyến",
         "Trung tâm Phục vụ hành chính công phường"),
        ("2026-07-31", "day", "31/7/2026", "hồ sơ đất đai quá hạn", "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2026-09-30", "day", "ngày ba mươi tháng 9 năm 2026", "kích hoạt tài khoản định danh điện tử",
         "Công an phường"),
        ("2026-10-31", "month", "tháng 10/2026", "khảo sát sự hài lòng", "Văn phòng HĐND và UBND phường"),
        ("2026-12-31", "year", "năm 2026", "nâng cấp đường truyền", "Viễn thông Lào Cai"),
        # issued 03/7/2026: the first "ngày 22 hằng tháng" is 22/7/2026
        ("2026-07-22", "recurring", "22 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các phòng chuyên môn"),
    ],
    "744": [
        ("2026-01-31", "day", "31/01/2026", "13 hồ sơ đất đai", "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2026-06-30", "quarter", "quý II năm 2026", "thanh toán trực tuyến",
         "Trung tâm Phục vụ hành chính công phường"),
        ("2026-03-25", "day", "ngày hai mươi lăm tháng 3 năm 2026", "quy trình nội bộ",
         "Văn phòng HĐND và UBND phường"),
        ("2026-04-30", "month", "tháng 4/2026", "hồ sơ an sinh xã hội", "Phòng Văn hóa - Xã hội"),
        ("2026-12-31", "year", "năm 2026", "ki-ốt tra cứu", "Trung tâm Phục vụ hành chính công thành phố"),
        # issued 08/01/2026, before the 10th: the first "ngày 10 hằng tháng" is 10/01/2026
        ("2026-01-10", "recurring", "10 hằng tháng", "cập nhật số liệu", "Các phòng chuyên môn"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META): 740, 743 and 744 wards'
# reports signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", 741 a commune centre's report signed by its
# director, 742 a ward's Công văn (its "V/v" line names the quarter).
META = {
    "740": {"doc_number": "58/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-10-03",
            "province": "Quảng Ngãi", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Nguyễn Thị Thu Hà"},
    "741": {"doc_number": "27/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-11-04",
            "province": "Đắk Lắk", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Y Thuận Byă"},
    "742": {"doc_number": "18/UBND-VP", "doc_type": "Công văn", "issued_date": "2026-01-06",
            "province": "Vĩnh Long", "period_label": "quý IV năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-12-31", "signer": "Huỳnh Thanh Phong"},
    "743": {"doc_number": "146/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-07-03",
            "province": "Lào Cai", "period_label": "6 tháng đầu năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-06-30", "signer": "Vũ Thị Hồng Nhung"},
    "744": {"doc_number": "09/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-01-08",
            "province": "Cần Thơ", "period_label": "6 tháng cuối năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-12-31", "signer": "Lê Minh Khoa"},
}
