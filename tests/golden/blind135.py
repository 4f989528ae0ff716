"""Blind golden facts for corpus/blind135/750_lang_son.txt, 751_ninh_thuan.txt, 752_ho_chi_minh.txt, 753_dak_lak.txt
and 754_son_la.txt.

The five documents were written by the developers for a hundred-and-thirty-fifth blind measurement (ONLINE PAYMENT
AND FEES: transactions through the national payment platform, money in triệu đồng and tỷ đồng, shares of files paid
online by level, electronic receipts, fees reduced and waived, payment by bank and by channel, non-cash payment in
schools and hospitals, tables of units with their payment shares against a target column; Lạng Sơn and Sơn La,
unchanged by the 1 July 2025 merger, Ninh Thuận before it, Thành phố Hồ Chí Minh and Đắk Lắk after it; periods quý III
năm 2025, quý I năm 2025, 6 tháng đầu năm 2026, tháng 11 năm 2025 and quý I năm 2026; not real documents), and every
row below was written by reading them, before any extraction, restoration or pipeline code was run on them. They also
serve as held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind132.py, blind131.py, blind130.py, blind129.py, blind16.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose and list counts are kind `count`; table cells are kind `value` even when they count, with
`extra={"source": "table"}`; `as_of="period"` is the period's end; a previous quarter or month in brackets ("(quý II
năm 2025: 64,82%)", "(tháng 10/2025: 78,64 tỷ đồng)", "(quý IV/2025: 49,82%)") is kind previous dated at its end; a
change is dated with the figure it changes; a change in "điểm phần trăm" is kind change in `%` with the number alone
as raw. `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names
none: counts of communes, bodies, banks, hospitals meeting a target). A count of the files an indicator is computed
on carries that indicator's code: files paid online the payment code `766.thanh_toan.ho_so`; the files with a
financial obligation (the share's denominator), transactions, money, receipts, visits and every change of a count or
share have their code unchecked; "TTHC … đã tích hợp, cung cấp thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia"
the code `766.thanh_toan.tthc_tich_hop`, "Tỷ lệ TTHC có phát sinh giao dịch thanh toán trực tuyến"
`766.thanh_toan.tthc_giao_dich`, the payment group's score `766.thanh_toan`. Counts of local units take the unit of
their first unit word ("65 xã, phường", "Tốt 21 xã, phường" → `xã`; "06/07 huyện, thành phố" → `huyện`); counts of
"cơ quan" and "đơn vị" → `đơn vị` at the level of the bodies counted. Province-wide figures and the figures the UBND
tỉnh, a Sở Tài chính or a Văn phòng UBND tỉnh report for the province (750, 751, 754; 753's "Toàn tỉnh") have subject
NULL; a Sở's own figures are the Sở by its name (`Sở Y tế`, `Sở Giáo dục và Đào tạo`, level tỉnh); a sentence or a
row naming a body keeps the name as written. Things counted take the noun as written (`giao dịch`, `biên lai`, `cơ
sở`, `trường`, `bệnh viện`, `trạm y tế`, `trung tâm y tế`, `ngân hàng`, `phụ huynh`, `học sinh`, `bản`, `lượt`);
money keeps the unit written (`triệu đồng`, `tỷ đồng`; "1.846,5 triệu đồng" → 1846.5); visits written "18,46 triệu
lượt" are counts in `lượt` with the raw "18,46 triệu" (value 18 460 000), as golden/blind130.py reads "1,18 triệu
lượt". Dates, document numbers and cited texts ("Công văn số 5218/VPCP-KSTT", "Nghị quyết số 18/2024/NQ-HĐND",
"Nghị quyết số 09/2024/NQ-HĐND", "Kế hoạch số 36/KH-UBND", "Kế hoạch số 142/KH-UBND", "Kế hoạch số 96/KH-UBND",
"Kế hoạch số 12/KH-UBND"), stated windows and data dates ("từ ngày 01/7/2025 đến ngày 30/9/2025", "đến hết ngày
31/12/2025", "số liệu đến ngày 30/11/2025", "chốt ngày 03/4/2026"), months and quarters naming a bracket, "năm học
2025-2026", "học kỳ I", "6 tháng" naming the window, "Bộ chỉ số 766", names holding numbers ("Bệnh viện Nhân dân
115"), addresses ("số 2 đường Hoàng Văn Thụ", "số 59 Nguyễn Thị Minh Khai"), phone numbers ("0205.3812.624",
"0259.3822.416", "028.3930.9912", "0262.3852.614", "0212.3852.246"), section and item numbering ("I.", "1.", "1)",
"Bảng 1."), the STT column, the text column "Đánh giá" ("Đạt", "Chưa đạt"), "-" cells, headings naming the next
period ("IV. NHIỆM VỤ QUÝ IV NĂM 2025", "V. NHIỆM VỤ QUÝ II NĂM 2025", "V. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026": no
deadlines), numbers in words ("hai tỉnh", "Ba lĩnh vực", "Năm xã", the days of "ngày mười lăm tháng 11", "ngày hai
mươi lăm tháng 4", "ngày mười lăm tháng 8", "ngày mười lăm tháng 01", "ngày ba mươi tháng 4") and years are not
figures.

New in this set (the decisions are written here):
- A TARGET COLUMN IN A TABLE OF UNITS (750 "Chỉ tiêu năm 2025 (%)", 752 "Chỉ tiêu năm 2026 (%)"): each target cell
  is kind target in `%`, dated at the end of the year the header names (2025-12-31, 2026-12-31), with the row's
  subject and the share's code (750: payment; 752: unchecked); the share cells beside it leave `target` and
  `stated_status` unchecked (the "Đánh giá" text column is no figure). A "-" target in a total row is no figure.
- MONEY BY KIND AND BY ROUTE (750 "26,84 tỷ đồng, trong đó phí 4,12 tỷ đồng, lệ phí 9,86 tỷ đồng, thuế và tiền sử
  dụng đất 12,86 tỷ đồng"; 754 "qua Nền tảng thanh toán tập trung 39,12 tỷ đồng, qua cổng thanh toán các ngân hàng
  … 3,74 tỷ đồng"): each a value in the written unit, code unchecked, the issuer's subject. A TABLE WITH MONEY COLUMNS
  (751, tab-separated: "Số tiền thu (triệu đồng)", "Số tiền được giảm (triệu đồng)"): the header's bracket gives the
  unit.
- FEES REDUCED AND WAIVED: an amount "tổng số tiền được giảm 1.846,5 triệu đồng", "Số tiền được giảm … là 2.146,8
  triệu đồng" is a value (not a change, though it follows "giảm"); the REDUCTION RATE of a resolution "hồ sơ nộp trực
  tuyến được giảm 50% mức thu phí, lệ phí so với nộp trực tiếp" (751) is a stated figure: kind value 50 in `%`, code
  unchecked, subject NULL (the province's rule), not a change of anything in the period.
- TRANSACTIONS BY BANK (750 "qua Vietcombank 14.862 giao dịch; VietinBank 11.426 giao dịch; …"): counts in `giao
  dịch`, subject and level unchecked (the province's transactions through a bank, or the bank's: both readings
  defensible); SHARES BY CHANNEL after "lần lượt là" (750, 753) or "chiếm" (751) or a bare list (752): the n-th share
  the n-th channel's, the issuer's subject (752's the health facilities': open), code unchecked.
- FAILED TRANSACTIONS (754 "1.126 giao dịch không thành công, chiếm 3,63% số giao dịch khởi tạo"): a count and a
  share, code unchecked.
- RECEIPTS: "44.913 biên lai điện tử … bằng 96,83% số hồ sơ thanh toán trực tuyến" (750), "16.872 biên lai … 94,01%"
  (751), "21.846 biên lai" (752), "286.418 biên lai" (753): counts in `biên lai`, code unchecked; issued by "các cơ
  quan, đơn vị" / "các đơn vị" / "các trường" at several levels (subject and level unchecked) or by the Sở (752).
- NON-CASH PAYMENT IN SCHOOLS AND HOSPITALS: "486/512 cơ sở", "214/286 trường", "1.318/1.486 cơ sở", "18/18 bệnh
  viện", "142/146 cơ sở", "12/12 bệnh viện": counts in the noun written with their maximum, code unchecked, subject and
  level unchecked (facilities are no administrative level) except the province's own total in 753 (subject NULL) and
  the communes' health stations "168 trạm y tế xã, phường, đặc khu" (level xã). A school level ("Mầm non: 512/598
  trường") is neither a body nor an administrative level: open. Hospitals named in full (752's table, "Bệnh viện Đa
  khoa tỉnh Ninh Thuận") keep the name as written, level unchecked (a city or provincial hospital under the Sở).
- THE FORMER PROVINCES AND CÙNG KỲ OF THE TWO COMBINED (753 "khu vực Đắk Lắk cũ 1.012 cơ sở", "Khu vực Phú Yên cũ:
  406/474 cơ sở"; "cùng kỳ năm 2024 (cộng gộp hai tỉnh trước sắp xếp: 936 cơ sở), tăng 382 cơ sở"): subject and level
  unchecked, as golden/blind132.py's 737 reads the former centres; the combined count kind previous dated 2024-11-30.
  754's "cùng kỳ quý I năm 2025 (tính theo địa giới trước sắp xếp) tỷ lệ này mới đạt 38,62%" is the province's
  previous share dated 2025-03-31.
- A GROUP'S RANK (751 "xếp thứ 38/63 về nhóm chỉ số này", 754 "xếp thứ 21/34 về nhóm chỉ số này (quý IV năm 2025:
  xếp thứ 26/34), tăng 5 bậc"): kind rank (previous, change) with its maximum, code unchecked (not the 766 total's
  rank `766.xep_hang`); the group's score `766.thanh_toan` with its maximum 10, the previous score in brackets with the
  same maximum.
- A TARGET STATED IN THE NEXT SENTENCE (750 "… đạt 58,42% … So với chỉ tiêu năm 2025 UBND tỉnh giao là 60% thì toàn
  tỉnh chưa đạt chỉ tiêu"; 753 "… đạt 88,69% (…). Chỉ tiêu năm 2025 UBND tỉnh giao là 95%, đến nay chưa đạt chỉ
  tiêu"): the share carries the target and the status (the sentence names "toàn tỉnh" / follows at once); 751's share
  in II.1 carries none (the target is in a later section, where "kết quả quý I đạt 49,19%" carries it).
- THE LOWEST UNITS NAMED BARE AFTER "các xã" (754 "các xã Mường Lạn, Chiềng Khoong, …, tỷ lệ lần lượt là 21,36%, …"):
  level xã, subject unchecked (the name without "xã" before each); the leading units in a "1)" list keep their names
  as written ("Phường Tô Hiệu", "Xã Mai Sơn"); the item numbers are no ranks.

Per document:
- 750 is a quarterly Báo cáo of UBND tỉnh Lạng Sơn (header "ỦY BAN NHÂN DÂN / TỈNH LẠNG SƠN", number "318/BC-UBND",
  two addressees, signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Văn phòng Chính phủ and the Bộ
  Tài chính on online payment, quý III năm 2025, issued 08/10/2025, ranks /34. Province figures (subject NULL): "642
  TTHC … 618 TTHC, chiếm 96,26%; còn 24 TTHC", "71,36% (quý II năm 2025: 64,82%)", transactions "48.216 … tăng 9.418
  giao dịch … (38.798 giao dịch), tương ứng tăng 24,27%", money by kind, files "79.398 … 46.384", the share "58,42%
  (quý II năm 2025: 51,06%), tăng 7,36 điểm phần trăm" by level (`cấp tỉnh`, `cấp xã`) and the target (above), banks
  and channels (above), receipts and "05 xã", fees reduced and waived (above); THE MARKDOWN TABLE OF SEVEN BODIES
  (files with an obligation, files paid online, share, target; "Công an tỉnh" as written; "Cộng cấp tỉnh" with an
  empty STT `cấp tỉnh`, its 83,59 the prose's cấp tỉnh share); schools and hospitals; the payment group "6,84/10 …
  (tháng 6/2025: 6,12 điểm), tăng 0,72 điểm", the total `84,56/100`, `17/34`, block averages (subject unchecked; tỉnh,
  xã), "65 xã, phường" by grade (`xã`). Task 1's "tối thiểu 60% trong quý IV năm 2025" two Sở's target (subject
  unchecked, level tỉnh, 2025-12-31), task 2's "05 xã" a count repeated. Six deadlines in numbered items: quarter
  (with the target), day, "chậm nhất ngày mười lăm tháng 11 năm 2025", month, year in a request "Đề nghị Bưu điện tỉnh
  Lạng Sơn …", "trước ngày 22 hằng tháng" (issued 08/10/2025: first 22/10/2025).
- 751 is a quarterly Báo cáo of the Sở Tài chính tỉnh Ninh Thuận (before the merger; header "UBND TỈNH NINH THUẬN /
  SỞ TÀI CHÍNH", number "412/BC-STC", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC") to UBND tỉnh on fees and online payment,
  quý I năm 2025, issued 07/4/2025, ranks /63. Province figures (subject NULL, the Sở reporting the province): "487
  TTHC … (cấp tỉnh 352 TTHC, cấp huyện 98 TTHC, cấp xã 37 TTHC); … 465 TTHC …, đạt 95,48%" (configured for payment:
  code unchecked), the reduction rate (above); files "36.482 … 17.946 …, đạt 49,19% (quý IV năm 2024: 43,57%), tăng
  5,62 điểm phần trăm", by level after "lần lượt là"; money "7.864,2 triệu đồng (quý IV năm 2024: 6.418,6 triệu
  đồng), tăng 22,52%", amounts reduced and waived with their files; receipts, "06/07 huyện, thành phố", "huyện Bác Ái
  còn 02 xã" (the district named, level unchecked: the communes' or the district's); channels with "chiếm"; THE
  TAB-SEPARATED TABLE BY DISTRICT (above; each district as written, `Thành phố Phan Rang - Tháp Chàm`, `Huyện Ninh
  Hải`, level huyện; "Cộng" open), the highest and lowest repeated in brackets; schools, health centres, the provincial
  hospital; the payment group "5,46/10 … (tháng 12/2024: 4,82 điểm)" and its rank; the year's target "tối thiểu 55%"
  (2025-12-31) with "kết quả quý I đạt 49,19%, chưa đạt chỉ tiêu". Task 1's "02 xã" repeated (open), task 2's "tối
  thiểu 40% trong quý II năm 2025" three districts' target (subject unchecked, level huyện, 2025-06-30). Six deadlines
  in numbered items: day, quarter (with the target), "chậm nhất ngày hai mươi lăm tháng 4 năm 2025", month, year in a
  request "Đề nghị Viễn thông Ninh Thuận …", "trước ngày 10 hằng tháng" (issued 07/4/2025: first 10/4/2025).
- 752 is a half-year Báo cáo of the Sở Y tế Thành phố Hồ Chí Minh (a centrally-run city after its merger with Bình
  Dương and Bà Rịa - Vũng Tàu; header "ỦY BAN NHÂN DÂN / THÀNH PHỐ HỒ CHÍ MINH / SỞ Y TẾ", number "3846/BC-SYT",
  signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC") to UBND Thành phố, 6 tháng đầu năm 2026, issued 08/7/2026. The Sở's own
  figures (`Sở Y tế`, level tỉnh): "168 TTHC … 121 TTHC …; 121/121 TTHC …", "24.618 … 21.846 …, đạt 88,74% (cùng kỳ
  năm 2025: 71,26%), tăng 17,48 điểm phần trăm" (cùng kỳ 2025-06-30), money "38,62 tỷ đồng (… 29,48 tỷ đồng), tăng
  9,14 tỷ đồng, tương ứng tăng 31,00%", three fields after "lần lượt là" (subject unchecked, level tỉnh), "100% … 21.846
  biên lai", "2,36 tỷ đồng"; the facilities (open, above): "142/146 …, đạt 97,26%", "18,46 triệu lượt … 9,28 triệu
  lượt, chiếm 50,27%", "6.842,6 tỷ đồng, chiếm 63,18%", methods; THE MARKDOWN TABLE OF SEVEN HOSPITALS (visits, non-cash
  visits, share, target; "Cộng" with a "-" target); "04/07 bệnh viện … 03 bệnh viện"; "168 trạm y tế … 18,42%"
  (level xã); the Sở's 766 `88,92/100`, `9/21` "(tháng 3/2026: 86,14 điểm, xếp thứ 12/21)" (2026-03-31) and its
  payment group `9,12/10`; the year's two targets (2026-12-31) with the results ("đạt", "chưa đạt"; the second the
  facilities': open). Task 2's "tối thiểu 30% trong quý IV năm 2026" the stations' target (level xã). Six deadlines in
  numbered items: day, quarter (with the target), "chậm nhất ngày mười lăm tháng 8 năm 2026", month, year in a request
  "Đề nghị Bảo hiểm xã hội Thành phố Hồ Chí Minh …", "trước ngày 05 hằng tháng" (issued 08/7/2026, after the 5th:
  first 05/8/2026).
- 753 is a CÔNG VĂN (doc_type "Công văn") of the Sở Giáo dục và Đào tạo tỉnh Đắk Lắk (merged with Phú Yên; header
  "UBND TỈNH ĐẮK LẮK / SỞ GIÁO DỤC VÀ ĐÀO TẠO", number "2614/SGDĐT-KHTC", a "V/v" line naming the month, signed "KT.
  GIÁM ĐỐC / PHÓ GIÁM ĐỐC") to the communes and the upper-secondary schools, tháng 11 năm 2025, issued 05/12/2025.
  Province figures (subject NULL): "1.486 cơ sở" and its former provinces (open), "1.318/1.486 cơ sở …, đạt 88,69%
  (tháng 10/2025: 1.246 cơ sở, đạt 83,85%)" (previous 2025-10-31) with the target (above), cùng kỳ (above); A DASH
  LIST BY SCHOOL LEVEL and one BY FORMER PROVINCE (open; money in tỷ đồng); "168 cơ sở" and three communes in brackets
  ("xã Ea Súp (14 cơ sở)": the commune as written, level xã); money "86,42 tỷ đồng (tháng 10/2025: 78,64 tỷ đồng),
  tăng 7,78 tỷ đồng, chiếm 91,36%", the school year's running total "248,16 tỷ đồng" (at the period end), "412.618
  giao dịch", methods after "lần lượt chiếm", "04 ngân hàng" (open), "298.642 phụ huynh …, bằng 61,42%", receipts;
  tuition waived "486.214 học sinh … 312,6 tỷ đồng"; the Sở's own (`Sở Giáo dục và Đào tạo`): files, online, payment,
  "46,8 triệu đồng (tháng 10/2025: 41,2 triệu đồng)", "1.124 bản", `87,36/100`, `6/19`, `9,46/10`, PAKN "12 … 11 …,
  đạt 91,67%". The third request's "đạt 100% khoản thu trong quý I năm 2026" the centres' target (open, 2026-03-31).
  Six deadlines in a dash list: day, "chậm nhất ngày mười lăm tháng 01 năm 2026", quarter (with the target), month,
  year in a request "Đề nghị Viettel Đắk Lắk …", "trước ngày 25 hằng tháng" (issued 05/12/2025: first 25/12/2025).
- 754 is a THÔNG BÁO (doc_type "Thông báo") of the Văn phòng UBND tỉnh Sơn La (header "UBND TỈNH SƠN LA / VĂN
  PHÒNG", number "86/TB-VPUB", signed "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG") of the province's online-payment
  results, quý I năm 2026, issued 10/4/2026, ranks /34. Province figures (subject NULL): "41.286 … 27.418 …, tỷ lệ
  66,41% (quý IV năm 2025: 61,84%), tăng 4,57 điểm phần trăm", cùng kỳ (above), by level, money by route, transactions
  and failures; the bodies' average "79,62%" (subject unchecked, level tỉnh), "14/19 cơ quan" (`đơn vị`), "Công an
  tỉnh (96,48%)", "Sở Tư pháp (94,12%)", A DASH LIST OF THE FIVE BODIES BELOW TARGET with quý IV/2025 in brackets
  (previous 2025-12-31); the communes' average "58,14%" (subject unchecked, level xã), grades and quý IV năm 2025's in
  brackets (`đơn vị`, level xã, code None), the leading and lowest communes (above), "71/75 xã, phường … 04 xã";
  hospitals (open); the payment group "7,24/10 …, tăng 0,86 điểm … (6,38 điểm)" and its rank (above), the total
  `83,18/100`, `19/34` (tháng 3/2026 = the period end); A DASH LIST OF TARGETS BY LEVEL ("- Cấp tỉnh: chỉ tiêu 75%, quý
  I đạt 78,26%, đạt chỉ tiêu;": targets 2026-12-31 with `cấp tỉnh`/`cấp xã` or NULL, each result carrying its target
  and status). The second request's "tối thiểu 65% trong quý II năm 2026" (subject unchecked, level tỉnh,
  2026-06-30), the third's "04 xã" repeated. Six deadlines in a dash list under "Chủ tịch UBND tỉnh yêu cầu:": day,
  quarter (with the target), "chậm nhất ngày ba mươi tháng 4 năm 2026", month, year in a request "Đề nghị Bưu điện
  tỉnh Sơn La …", "trước ngày 28 hằng tháng" (issued 10/4/2026: first 28/4/2026).

Unsure readings (fields left `ANY`, or decided and written here): whose the transactions by bank are (unchecked); the
reduction rate "giảm 50% mức thu" as a figure (decided: a value, not a change); whether 750's and 753's shares carry a
target stated in the next sentence (decided: yes); the subject and level of facilities, school levels, hospitals and
former provinces (unchecked); "huyện Bác Ái còn 02 xã" (the district as subject; level unchecked: the district's or
the communes' level); the level of 752's hospitals (unchecked); the code of the files with a financial obligation
(the payment share's denominator: unchecked), of TTHC "cấu hình thanh toán trực tuyến" (751: unchecked) and of a
group's rank (unchecked); the owner of the bodies' and communes' averages (unchecked).
"""
from __future__ import annotations

from golden.facts import (
    _NOP,
    _TN,
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
_TTG = "766.thanh_toan"
_TICH_HOP = "766.thanh_toan.tthc_tich_hop"
_GIAO_DICH = "766.thanh_toan.tthc_giao_dich"
_PAKN_TN = "pakn.tiep_nhan"
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_HUYEN = {"subject": ANY, "level": "huyện"}
_IN_XA = {"subject": ANY, "level": "xã"}
_CAP_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_CAP_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_CAP_XA = {"subject": "cấp xã", "level": "xã"}

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


def _by(subject: str | None, level: str | None):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


def _table(rows: list[tuple], make_line, after_last: str, meaning: list[tuple], who) -> list[Fact]:
    """A table of units: `rows` are (STT, name, *cells) written by `make_line`; `meaning[i]` is the i-th numeric
    column's (unit, kind, code, as_of); `who(name)` gives the row's subject and level; a "-" cell is no figure. A
    row's context ends with the next row's STT and name."""
    facts = []
    sep = " | " if make_line is _md_line else "\t"
    for i, (stt, name, *values) in enumerate(rows):
        line = make_line((stt, name, *values))
        if i + 1 < len(rows):
            after = make_line(rows[i + 1][:2])
            after = after.rsplit(" |", 1)[0] if after.endswith(" |") else after
        else:
            after = after_last
        cells = [(raw, *column) for raw, column in zip(values, meaning, strict=False) if raw != "-"]
        facts += _cells(line, sep, after, *who(name), cells)
    return facts


_prov = _by(None, None)


# ------------------------------------------------------------ 750: UBND tỉnh Lạng Sơn, quý III năm 2025
# (transactions through the national payment platform, money by kind, banks and channels, receipts, fees reduced,
# a Markdown table of provincial bodies with a target column)
_Q2_2025 = "2025-06-30"
_Y2025 = "2025-12-31"

_BODIES_750 = [
    ("1", "Sở Tư pháp", "6.218", "5.412", "87,04", "70", "Đạt"),
    ("2", "Sở Nông nghiệp và Môi trường", "4.826", "2.846", "58,97", "60", "Chưa đạt"),
    ("3", "Sở Xây dựng", "1.312", "1.024", "78,05", "70", "Đạt"),
    ("4", "Sở Công Thương", "2.146", "2.118", "98,70", "70", "Đạt"),
    ("5", "Công an tỉnh", "9.184", "8.536", "92,94", "80", "Đạt"),
    ("6", "Sở Y tế", "842", "516", "61,28", "70", "Chưa đạt"),
    ("7", "Sở Khoa học và Công nghệ", "318", "318", "100", "70", "Đạt"),
    ("", "Cộng cấp tỉnh", "24.846", "20.770", "83,59", "70", "Đạt"),
]


def _bodies_750() -> list[Fact]:
    """Bảng 1 "| STT | Cơ quan | Hồ sơ có nghĩa vụ tài chính | Hồ sơ thanh toán trực tuyến | Tỷ lệ (%) | Chỉ tiêu năm
    2025 (%) | Đánh giá |": each body as written (level tỉnh), "Cộng cấp tỉnh" (empty STT) `cấp tỉnh`; the files with
    a financial obligation (code unchecked), the files paid online and the share (payment code), the target column
    kind target dated 2025-12-31 (the year the header names); "Đạt"/"Chưa đạt" text."""
    return _table(_BODIES_750, _md_line, "\n7. Thanh toán không dùng", [
        ("hồ sơ", P, ANY, "period"), ("hồ sơ", P, _TT, "period"), ("%", P, _TT, "period"), ("%", T, _TT, _Y2025)],
        lambda name: ("cấp tỉnh" if name == "Cộng cấp tỉnh" else name, "tỉnh"))


BLIND_750 = [
    # I. TTHC with a financial obligation, integrated on the national portal; TTHC with a payment (quý II 2025-06-30)
    _prov("trên địa bàn tỉnh là 642 TTHC", "642", 642, "TTHC", C, code=ANY),
    _prov("quốc gia 618 TTHC", "618", 618, "TTHC", C, code=_TICH_HOP),
    _prov("chiếm 96,26%", "96,26%", 96.26, "%", code=_TICH_HOP),
    _prov("còn 24 TTHC", "24", 24, "TTHC", C, code=ANY),
    _prov("trực tuyến đạt 71,36%", "71,36%", 71.36, "%", code=_GIAO_DICH),
    _prov("(quý II năm 2025: 64,82%)", "64,82%", 64.82, "%", PR, as_of=_Q2_2025, code=_GIAO_DICH),
    # II.1 transactions against quý II, money by kind
    _prov("có 48.216 giao dịch", "48.216", 48216, "giao dịch", C, code=ANY),
    _prov("tăng 9.418 giao dịch", "9.418", 9418, "giao dịch", CH, code=ANY),
    _prov("(38.798 giao dịch)", "38.798", 38798, "giao dịch", PR, as_of=_Q2_2025, code=ANY),
    _prov("tăng 24,27%", "24,27%", 24.27, "%", CH, code=ANY),
    _prov("là 26,84 tỷ đồng", "26,84", 26.84, "tỷ đồng", code=ANY),
    _prov("phí 4,12 tỷ đồng", "4,12", 4.12, "tỷ đồng", code=ANY),
    _prov("lệ phí 9,86 tỷ đồng", "9,86", 9.86, "tỷ đồng", code=ANY),
    _prov("đất 12,86 tỷ đồng", "12,86", 12.86, "tỷ đồng", code=ANY),
    # II.2 files paid online, the share with quý II and the change in points, by level; the year's target
    _prov("quý là 79.398 hồ sơ", "79.398", 79398, "hồ sơ", C, code=ANY),
    _prov("trực tuyến 46.384 hồ sơ", "46.384", 46384, "hồ sơ", C, code=_TT),
    _prov("toàn tỉnh đạt 58,42%", "58,42%", 58.42, "%", code=_TT, target=60, stated_status="chưa đạt"),
    _prov("(quý II năm 2025: 51,06%)", "51,06%", 51.06, "%", PR, as_of=_Q2_2025, code=_TT),
    _prov("tăng 7,36 điểm", "7,36", 7.36, "%", CH, code=ANY),
    F("cấp tỉnh đạt 83,59%", "83,59%", 83.59, "%", code=_TT, **_CAP_TINH),
    F("cấp xã đạt 46,95%", "46,95%", 46.95, "%", code=_TT, **_CAP_XA),
    _prov("giao là 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
    # II.3 transactions by bank (whose: unchecked) and shares by channel after "lần lượt là" (the province's)
    F("Vietcombank 14.862", "14.862", 14862, "giao dịch", C, code=ANY, **_OPEN),
    F("VietinBank 11.426", "11.426", 11426, "giao dịch", C, code=ANY, **_OPEN),
    F("BIDV 9.318", "9.318", 9318, "giao dịch", C, code=ANY, **_OPEN),
    F("Agribank 8.146", "8.146", 8146, "giao dịch", C, code=ANY, **_OPEN),
    F("khác 4.464 giao dịch", "4.464", 4464, "giao dịch", C, code=ANY, **_OPEN),
    _prov("lần lượt là 46,38%", "46,38%", 46.38, "%", code=ANY),
    _prov("46,38%, 31,26%", "31,26%", 31.26, "%", code=ANY),
    _prov("31,26%, 14,52%", "14,52%", 14.52, "%", code=ANY),
    _prov("và 7,84%", "7,84%", 7.84, "%", code=ANY),
    # II.4 receipts of "các cơ quan, đơn vị" (all levels: open), the communes without them
    F("phát hành 44.913 biên lai", "44.913", 44913, "biên lai", C, code=ANY, **_OPEN),
    F("bằng 96,83%", "96,83%", 96.83, "%", code=ANY, **_OPEN),
    F("còn 05 xã", "05", 5, "xã", C, code=None, **_IN_XA),
    # II.5 fees reduced and waived (amounts, not changes)
    _prov("cho 31.648 hồ sơ", "31.648", 31648, "hồ sơ", C, code=ANY),
    _prov("được giảm 1.846,5 triệu", "1.846,5", 1846.5, "triệu đồng", code=ANY),
    _prov("cho 2.214 hồ sơ", "2.214", 2214, "hồ sơ", C, code=ANY),
    _prov("tiền 312,4 triệu đồng", "312,4", 312.4, "triệu đồng", code=ANY),
    # II.6 the table
    *_bodies_750(),
    # II.7 schools and hospitals (open)
    F("Có 486/512 cơ sở", "486/512", 486, "cơ sở", C, max_value=512, code=ANY, **_OPEN),
    F("đạt 94,92%", "94,92%", 94.92, "%", code=ANY, **_OPEN),
    F("Có 18/18 bệnh viện", "18/18", 18, "bệnh viện", C, max_value=18, code=ANY, **_OPEN),
    F("không dùng tiền mặt đạt 38,46%", "38,46%", 38.46, "%", code=ANY, **_OPEN),
    # III. the payment group (tháng 6/2025 dated 2025-06-30, with the group's maximum), total and rank, blocks, grades
    _prov("đạt 6,84/10", "6,84/10", 6.84, "điểm", max_value=10, code=_TTG),
    _prov("(tháng 6/2025: 6,12 điểm)", "6,12", 6.12, "điểm", PR, max_value=10, as_of=_Q2_2025, code=_TTG),
    _prov("tăng 0,72 điểm", "0,72", 0.72, "điểm", CH, code=_TTG),
    _prov("đạt 84,56/100", "84,56/100", 84.56, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 17/34", "17/34", 17, "hạng", R, max_value=34, code=_HANG),
    F("ngành đạt 7,62 điểm", "7,62", 7.62, "điểm", code=ANY, **_IN_TINH),
    F("phường đạt 6,18 điểm", "6,18", 6.18, "điểm", code=ANY, **_IN_XA),
    F("của 65 xã", "65", 65, "xã", C, code=None, **_IN_XA),
    F("Tốt 21 xã", "21", 21, "xã", C, code=None, **_IN_XA),
    F("Khá 29 xã", "29", 29, "xã", C, code=None, **_IN_XA),
    F("Trung bình 15 xã", "15", 15, "xã", C, code=None, **_IN_XA),
    # IV. task 1's target of two Sở for quý IV (dated 2025-12-31); task 2's communes (a count repeated)
    F("tối thiểu 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT, **_IN_TINH),
    F("UBND 05 xã", "05", 5, "xã", C, code=None, **_IN_XA),
]


# ------------------------------------------------------------ 751: Sở Tài chính tỉnh Ninh Thuận, quý I năm 2025
# (fees and charges before the merger: a reduction rate, amounts in triệu đồng, receipts, channels, a tab-separated
# table by district with money columns)
_Q4_2024 = "2024-12-31"

_DISTRICTS_751 = [
    ("1", "Thành phố Phan Rang - Tháp Chàm", "7.426", "3.812", "51,33", "1.486,4", "412,6"),
    ("2", "Huyện Ninh Hải", "2.618", "1.104", "42,17", "386,2", "118,4"),
    ("3", "Huyện Ninh Phước", "3.246", "1.318", "40,60", "452,8", "136,2"),
    ("4", "Huyện Ninh Sơn", "2.584", "1.046", "40,48", "348,6", "104,8"),
    ("5", "Huyện Bác Ái", "1.012", "268", "26,48", "62,4", "21,6"),
    ("6", "Huyện Thuận Bắc", "1.486", "512", "34,45", "148,2", "46,8"),
    ("7", "Huyện Thuận Nam", "2.864", "1.004", "35,06", "286,4", "88,2"),
    ("", "Cộng", "21.236", "9.064", "42,68", "3.171,0", "928,6"),
]


def _districts_751() -> list[Fact]:
    """Bảng 1 (tab-separated) "STT / Đơn vị / Hồ sơ có phí, lệ phí / Thanh toán trực tuyến / Tỷ lệ (%) / Số tiền thu
    (triệu đồng) / Số tiền được giảm (triệu đồng)": the UBND cấp huyện and cấp xã of each district's territory, read
    as the district as written (level huyện); "Cộng" (empty STT: the districts' and communes' together) subject and
    level unchecked; the money columns in the header's unit, code unchecked."""
    return _table(_DISTRICTS_751, "\t".join, "\nThành phố Phan Rang - Tháp Chàm có", [
        ("hồ sơ", P, ANY, "period"), ("hồ sơ", P, _TT, "period"), ("%", P, _TT, "period"),
        ("triệu đồng", P, ANY, "period"), ("triệu đồng", P, ANY, "period")],
        lambda name: (ANY, ANY) if name == "Cộng" else (name, "huyện"))


BLIND_751 = [
    # I. TTHC with fees by level, configured for online payment; the reduction rate of the HĐND's resolution (a value)
    _prov("có 487 TTHC", "487", 487, "TTHC", C, code=ANY),
    F("(cấp tỉnh 352 TTHC", "352", 352, "TTHC", C, code=ANY, **_CAP_TINH),
    F("cấp huyện 98 TTHC", "98", 98, "TTHC", C, code=ANY, **_CAP_HUYEN),
    F("cấp xã 37 TTHC", "37", 37, "TTHC", C, code=ANY, **_CAP_XA),
    _prov("trong đó 465 TTHC", "465", 465, "TTHC", C, code=ANY),
    _prov("đạt 95,48%", "95,48%", 95.48, "%", code=ANY),
    _prov("được giảm 50% mức thu", "50%", 50, "%", code=ANY),
    # II.1 files paid online against quý IV năm 2024 (2024-12-31), by level after "lần lượt là"
    _prov("là 36.482 hồ sơ", "36.482", 36482, "hồ sơ", C, code=ANY),
    _prov("trực tuyến 17.946 hồ sơ", "17.946", 17946, "hồ sơ", C, code=_TT),
    _prov("17.946 hồ sơ, đạt 49,19%", "49,19%", 49.19, "%", code=_TT),
    _prov("(quý IV năm 2024: 43,57%)", "43,57%", 43.57, "%", PR, as_of=_Q4_2024, code=_TT),
    _prov("tăng 5,62 điểm", "5,62", 5.62, "%", CH, code=ANY),
    F("lần lượt là 58,26%", "58,26%", 58.26, "%", code=_TT, **_CAP_TINH),
    F("58,26%, 44,38%", "44,38%", 44.38, "%", code=_TT, **_CAP_HUYEN),
    F("và 36,12%", "36,12%", 36.12, "%", code=_TT, **_CAP_XA),
    # II.2 money in triệu đồng (quý IV năm 2024 dated 2024-12-31), amounts reduced and waived (values, not changes)
    _prov("là 7.864,2 triệu đồng", "7.864,2", 7864.2, "triệu đồng", code=ANY),
    _prov("(quý IV năm 2024: 6.418,6 triệu đồng)", "6.418,6", 6418.6, "triệu đồng", PR, as_of=_Q4_2024, code=ANY),
    _prov("tăng 22,52%", "22,52%", 22.52, "%", CH, code=ANY),
    _prov("trực tuyến là 2.146,8 triệu", "2.146,8", 2146.8, "triệu đồng", code=ANY),
    _prov("cho 15.218 hồ sơ", "15.218", 15218, "hồ sơ", C, code=ANY),
    _prov("miễn là 318,4 triệu", "318,4", 318.4, "triệu đồng", code=ANY),
    _prov("tương ứng 1.126 hồ sơ", "1.126", 1126, "hồ sơ", C, code=ANY),
    # II.3 receipts ("Các đơn vị": open), districts, the communes of one district
    F("phát hành 16.872 biên lai", "16.872", 16872, "biên lai", C, code=ANY, **_OPEN),
    F("chiếm 94,01%", "94,01%", 94.01, "%", code=ANY, **_OPEN),
    F("còn 1.074 hồ sơ", "1.074", 1074, "hồ sơ", C, code=ANY, **_OPEN),
    F("Có 06/07 huyện", "06/07", 6, "huyện", C, max_value=7, code=None, **_IN_HUYEN),
    F("Bác Ái còn 02 xã", "02", 2, "xã", C, code=None, subject="huyện Bác Ái", level=ANY),
    # II.4 channels (the province's files)
    _prov("ngân hàng 9.846 hồ sơ", "9.846", 9846, "hồ sơ", C, code=ANY),
    _prov("chiếm 54,86%", "54,86%", 54.86, "%", code=ANY),
    _prov("mã QR 5.412 hồ sơ", "5.412", 5412, "hồ sơ", C, code=ANY),
    _prov("chiếm 30,16%", "30,16%", 30.16, "%", code=ANY),
    _prov("MoMo) 2.688 hồ sơ", "2.688", 2688, "hồ sơ", C, code=ANY),
    _prov("chiếm 14,98%", "14,98%", 14.98, "%", code=ANY),
    # II.5 the table; the highest and lowest districts repeated in brackets
    *_districts_751(),
    F("cao nhất (51,33%)", "51,33%", 51.33, "%", code=_TT, subject="Thành phố Phan Rang - Tháp Chàm",
      level="huyện"),
    F("thấp nhất (26,48%)", "26,48%", 26.48, "%", code=_TT, subject="huyện Bác Ái", level="huyện"),
    # II.6 schools and health centres (open), the provincial hospital as named
    F("214/286 trường", "214/286", 214, "trường", C, max_value=286, code=ANY, **_OPEN),
    F("đạt 74,83%", "74,83%", 74.83, "%", code=ANY, **_OPEN),
    F("07/07 trung tâm y tế", "07/07", 7, "trung tâm y tế", C, max_value=7, code=ANY, **_OPEN),
    F("Ninh Thuận đạt 27,64%", "27,64%", 27.64, "%", code=ANY, subject="Bệnh viện Đa khoa tỉnh Ninh Thuận",
      level=ANY),
    # III. the payment group (tháng 12/2024 dated 2024-12-31) and the group's rank (code unchecked)
    _prov("đạt 5,46/10", "5,46/10", 5.46, "điểm", max_value=10, code=_TTG),
    _prov("(tháng 12/2024: 4,82 điểm)", "4,82", 4.82, "điểm", PR, max_value=10, as_of=_Q4_2024, code=_TTG),
    _prov("xếp thứ 38/63", "38/63", 38, "hạng", R, max_value=63, code=ANY),
    # IV. the year's target (2025-12-31) and the share set against it
    _prov("tối thiểu 55%", "55%", 55, "%", T, as_of="2025-12-31", code=_TT),
    _prov("quý I đạt 49,19%", "49,19%", 49.19, "%", code=_TT, target=55, stated_status="chưa đạt"),
    # V. task 1's communes (a count repeated), task 2's districts' target for quý II năm 2025
    F("chỉ đạo 02 xã", "02", 2, "xã", C, code=None, **_OPEN),
    F("tối thiểu 40%", "40%", 40, "%", T, as_of="2025-06-30", code=_TT, **_IN_HUYEN),
]


# ------------------------------------------------------------ 752: Sở Y tế Thành phố Hồ Chí Minh, 6 tháng đầu năm 2026
# (the Sở's own online payment of fees; non-cash payment at hospitals in millions of visits, a Markdown table of
# hospitals with a target column)
_SYT = "Sở Y tế"
_syt = _by(_SYT, "tỉnh")
_H1_2025 = "2025-06-30"
_Y2026 = "2026-12-31"

_HOSPITALS_752 = [
    ("1", "Bệnh viện Nhân dân 115", "612.418", "402.846", "65,78", "60"),
    ("2", "Bệnh viện Nhân dân Gia Định", "586.214", "358.126", "61,09", "60"),
    ("3", "Bệnh viện Nguyễn Tri Phương", "498.632", "246.318", "49,40", "60"),
    ("4", "Bệnh viện Hùng Vương", "312.846", "218.412", "69,81", "60"),
    ("5", "Bệnh viện Nhi đồng Thành phố", "426.118", "296.504", "69,58", "60"),
    ("6", "Bệnh viện Đa khoa tỉnh Bình Dương", "538.246", "204.862", "38,06", "50"),
    ("7", "Bệnh viện Bà Rịa", "364.512", "112.418", "30,84", "50"),
    ("", "Cộng", "3.338.986", "1.839.486", "55,09", "-"),
]


def _hospitals_752() -> list[Fact]:
    """Bảng 1 "| STT | Bệnh viện | Tổng lượt thanh toán | Không dùng tiền mặt (lượt) | Tỷ lệ (%) | Chỉ tiêu năm 2026
    (%) |": each hospital as written (a proper name kept whole; "115" in "Bệnh viện Nhân dân 115" is part of the name,
    no figure), level unchecked (a city hospital under the Sở); visits in `lượt`, the share and the target column
    (kind target dated 2026-12-31), codes unchecked (not the 766 index's files); "Cộng" (empty STT) subject and level
    unchecked, its "-" target no figure."""
    return _table(_HOSPITALS_752, _md_line, "\nCó 04/07 bệnh viện", [
        ("lượt", P, ANY, "period"), ("lượt", P, ANY, "period"), ("%", P, ANY, "period"), ("%", T, ANY, _Y2026)],
        lambda name: (ANY, ANY) if name == "Cộng" else (name, ANY))


BLIND_752 = [
    # I. the Sở's TTHC, files with fees paid online against cùng kỳ năm 2025 (2025-06-30), money, fields, receipts
    _syt("thực hiện 168 TTHC", "168", 168, "TTHC", C, code=_TTHC),
    _syt("trong đó 121 TTHC", "121", 121, "TTHC", C, code=ANY),
    _syt("lệ phí; 121/121 TTHC", "121/121", 121, "TTHC", C, max_value=121, code=_TICH_HOP),
    _syt("tiếp nhận 24.618 hồ sơ", "24.618", 24618, "hồ sơ", C, code=ANY),
    _syt("trực tuyến 21.846 hồ sơ", "21.846", 21846, "hồ sơ", C, code=_TT),
    _syt("hồ sơ, đạt 88,74%", "88,74%", 88.74, "%", code=_TT),
    _syt("(cùng kỳ năm 2025: 71,26%)", "71,26%", 71.26, "%", PR, as_of=_H1_2025, code=_TT),
    _syt("tăng 17,48 điểm", "17,48", 17.48, "%", CH, code=ANY),
    _syt("là 38,62 tỷ đồng", "38,62", 38.62, "tỷ đồng", code=ANY),
    _syt("(cùng kỳ năm 2025: 29,48 tỷ đồng)", "29,48", 29.48, "tỷ đồng", PR, as_of=_H1_2025, code=ANY),
    _syt("tăng 9,14 tỷ đồng", "9,14", 9.14, "tỷ đồng", CH, code=ANY),
    _syt("tăng 31,00%", "31,00%", 31.0, "%", CH, code=ANY),
    F("lần lượt là 9.412 hồ sơ", "9.412", 9412, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("hồ sơ, 7.826 hồ sơ", "7.826", 7826, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("và 2.318 hồ sơ", "2.318", 2318, "hồ sơ", C, code=ANY, **_IN_TINH),
    _syt("4. 100% hồ sơ", "100%", 100, "%", code=ANY),
    _syt("phát hành 21.846 biên lai", "21.846", 21846, "biên lai", C, code=ANY),
    _syt("là 2,36 tỷ đồng", "2,36", 2.36, "tỷ đồng", code=ANY),
    # II. the health facilities under the Sở (open): facilities, visits in millions, money, shares by method
    F("Có 142/146 cơ sở", "142/146", 142, "cơ sở", C, max_value=146, code=ANY, **_OPEN),
    F("đạt 97,26%", "97,26%", 97.26, "%", code=ANY, **_OPEN),
    F("là 18,46 triệu lượt", "18,46 triệu", 18460000, "lượt", C, code=ANY, **_OPEN),
    F("mặt 9,28 triệu lượt", "9,28 triệu", 9280000, "lượt", C, code=ANY, **_OPEN),
    F("chiếm 50,27%", "50,27%", 50.27, "%", code=ANY, **_OPEN),
    F("là 6.842,6 tỷ đồng", "6.842,6", 6842.6, "tỷ đồng", code=ANY, **_OPEN),
    F("chiếm 63,18%", "63,18%", 63.18, "%", code=ANY, **_OPEN),
    F("mã QR 58,46%", "58,46%", 58.46, "%", code=ANY, **_OPEN),
    F("thẻ ngân hàng 24,12%", "24,12%", 24.12, "%", code=ANY, **_OPEN),
    F("ví điện tử 11,86%", "11,86%", 11.86, "%", code=ANY, **_OPEN),
    F("khác 5,56%", "5,56%", 5.56, "%", code=ANY, **_OPEN),
    # the table; hospitals meeting the target (`bệnh viện`), the communes' health stations (level xã)
    *_hospitals_752(),
    F("Có 04/07 bệnh viện", "04/07", 4, "bệnh viện", C, max_value=7, code=None, **_OPEN),
    F("03 bệnh viện chưa", "03", 3, "bệnh viện", C, code=None, **_OPEN),
    F("Tại 168 trạm y tế", "168", 168, "trạm y tế", C, code=ANY, **_IN_XA),
    F("mới đạt 18,42%", "18,42%", 18.42, "%", code=ANY, **_IN_XA),
    # III. the Sở's 766 score and rank among the city's bodies (tháng 3/2026 dated 2026-03-31), its payment group
    _syt("đạt 88,92/100", "88,92/100", 88.92, "điểm", max_value=100, code=_TONG),
    _syt("xếp thứ 9/21", "9/21", 9, "hạng", R, max_value=21, code=_HANG),
    _syt("(tháng 3/2026: 86,14 điểm", "86,14", 86.14, "điểm", PR, max_value=100, as_of="2026-03-31", code=_TONG),
    _syt("xếp thứ 12/21)", "12/21", 12, "hạng", PR, max_value=21, as_of="2026-03-31", code=_HANG),
    _syt("đạt 9,12/10", "9,12/10", 9.12, "điểm", max_value=10, code=_TTG),
    # IV. the year's targets (2026-12-31) and the results set against them
    _syt("giao 85%", "85%", 85, "%", T, as_of=_Y2026, code=_TT),
    _syt("6 tháng đạt 88,74%", "88,74%", 88.74, "%", code=_TT, target=85, stated_status="đạt"),
    F("chỉ tiêu 60%", "60%", 60, "%", T, as_of=_Y2026, code=ANY, **_OPEN),
    F("6 tháng đạt 50,27%", "50,27%", 50.27, "%", code=ANY, target=60, stated_status="chưa đạt", **_OPEN),
    # V. task 2's target of the health stations for quý IV năm 2026
    F("tối thiểu 30%", "30%", 30, "%", T, as_of=_Y2026, code=ANY, **_IN_XA),
]


# ------------------------------------------------------------ 753: Sở Giáo dục và Đào tạo tỉnh Đắk Lắk, Công văn,
# tháng 11 năm 2025 (non-cash collection in schools by school level and former province, tháng 10/2025 in brackets,
# tuition waived, the Sở's own online payment)
_OCT_2025 = "2025-10-31"
_SGD = "Sở Giáo dục và Đào tạo"
_sgd = _by(_SGD, "tỉnh")


def _school_levels_753() -> list[Fact]:
    """The dash list by school level ("- Mầm non: 512/598 trường, đạt 85,62%;"): counts in the noun written
    (`trường`, "đơn vị" → `đơn vị`) with their maximum, the share; subject and level unchecked (a school level is
    neither a body nor an administrative level)."""
    rows = [("Mầm non: ", "512/598", "trường", "85,62%"), ("Tiểu học: ", "428/462", "trường", "92,64%"),
            ("cơ sở: ", "316/352", "trường", "89,77%"), ("xuyên: ", "62/74", "đơn vị", "83,78%")]
    facts = []
    for label, raw, unit, share in rows:
        done, top = raw.split("/")
        facts += [F(label + raw, raw, _num(done), unit, C, max_value=_num(top), code=ANY, **_OPEN),
                  F(f"đạt {share}", share, _num(share), "%", code=ANY, **_OPEN)]
    return facts


BLIND_753 = [
    # 1. the province's schools, by former province (open), done against tháng 10/2025 (dated 2025-10-31), the target
    _prov("có 1.486 cơ sở", "1.486", 1486, "cơ sở", C, code=None),
    F("cũ 1.012 cơ sở", "1.012", 1012, "cơ sở", C, code=None, **_OPEN),
    F("cũ 474 cơ sở", "474", 474, "cơ sở", C, code=None, **_OPEN),
    _prov("có 1.318/1.486", "1.318/1.486", 1318, "cơ sở", C, max_value=1486, code=ANY),
    _prov("đạt 88,69%", "88,69%", 88.69, "%", code=ANY, target=95, stated_status="chưa đạt"),
    _prov("(tháng 10/2025: 1.246 cơ sở", "1.246", 1246, "cơ sở", PR, as_of=_OCT_2025, code=ANY),
    _prov("đạt 83,85%", "83,85%", 83.85, "%", PR, as_of=_OCT_2025, code=ANY),
    _prov("giao là 95%", "95%", 95, "%", T, as_of="2025-12-31", code=ANY),
    F("sắp xếp: 936 cơ sở", "936", 936, "cơ sở", PR, as_of="2024-11-30", code=ANY, **_OPEN),
    _prov("tăng 382 cơ sở", "382", 382, "cơ sở", CH, code=ANY),
    *_school_levels_753(),
    F("cũ: 912/1.012", "912/1.012", 912, "cơ sở", C, max_value=1012, code=ANY, **_OPEN),
    F("đạt 90,12%", "90,12%", 90.12, "%", code=ANY, **_OPEN),
    F("thu 61,28 tỷ đồng", "61,28", 61.28, "tỷ đồng", code=ANY, **_OPEN),
    F("cũ: 406/474", "406/474", 406, "cơ sở", C, max_value=474, code=ANY, **_OPEN),
    F("đạt 85,65%", "85,65%", 85.65, "%", code=ANY, **_OPEN),
    F("thu 25,14 tỷ đồng", "25,14", 25.14, "tỷ đồng", code=ANY, **_OPEN),
    _prov("Còn 168 cơ sở", "168", 168, "cơ sở", C, code=ANY),
    F("Ea Súp (14 cơ sở)", "14", 14, "cơ sở", C, code=ANY, subject="xã Ea Súp", level="xã"),
    F("Ea Kiết (11 cơ sở)", "11", 11, "cơ sở", C, code=ANY, subject="xã Ea Kiết", level="xã"),
    F("Sông Hinh (9 cơ sở)", "9", 9, "cơ sở", C, code=ANY, subject="xã Sông Hinh", level="xã"),
    # 2. money (tháng 10/2025 dated 2025-10-31), the school year's running total, methods, banks, parents, receipts
    _prov("tháng 11 là 86,42 tỷ đồng", "86,42", 86.42, "tỷ đồng", code=ANY),
    _prov("(tháng 10/2025: 78,64 tỷ đồng)", "78,64", 78.64, "tỷ đồng", PR, as_of=_OCT_2025, code=ANY),
    _prov("tăng 7,78 tỷ đồng", "7,78", 7.78, "tỷ đồng", CH, code=ANY),
    _prov("chiếm 91,36%", "91,36%", 91.36, "%", code=ANY),
    _prov("là 248,16 tỷ đồng", "248,16", 248.16, "tỷ đồng", code=ANY),
    _prov("là 412.618 giao dịch", "412.618", 412618, "giao dịch", C, code=ANY),
    _prov("lần lượt chiếm 42,18%", "42,18%", 42.18, "%", code=ANY),
    _prov("42,18%, 38,64%", "38,64%", 38.64, "%", code=ANY),
    _prov("38,64%, 12,56%", "12,56%", 12.56, "%", code=ANY),
    _prov("và 6,62%", "6,62%", 6.62, "%", code=ANY),
    F("Có 04 ngân hàng", "04", 4, "ngân hàng", C, code=None, **_OPEN),
    _prov("Có 298.642 phụ huynh", "298.642", 298642, "phụ huynh", C, code=ANY),
    _prov("bằng 61,42%", "61,42%", 61.42, "%", code=ANY),
    F("phát hành 286.418 biên lai", "286.418", 286418, "biên lai", C, code=ANY, **_OPEN),
    # 3. tuition waived in học kỳ I ("năm học 2025-2026" no figure)
    _prov("có 486.214 học sinh", "486.214", 486214, "học sinh", C, code=ANY),
    _prov("tiền 312,6 tỷ đồng", "312,6", 312.6, "tỷ đồng", code=ANY),
    # 4. the Sở's own files, payment, copies, 766 score and rank among 19 bodies, its payment group, PAKN
    _sgd("tiếp nhận 1.846 hồ sơ", "1.846", 1846, "hồ sơ", C, code=_TN),
    _sgd("đó 1.612 hồ sơ", "1.612", 1612, "hồ sơ", C, code=_NOP),
    _sgd("chiếm 87,32%", "87,32%", 87.32, "%", code=_NOP),
    _sgd("có 412 hồ sơ", "412", 412, "hồ sơ", C, code=ANY),
    _sgd("trực tuyến 386 hồ sơ", "386", 386, "hồ sơ", C, code=_TT),
    _sgd("đạt 93,69%", "93,69%", 93.69, "%", code=_TT),
    _sgd("trực tuyến 46,8 triệu đồng", "46,8", 46.8, "triệu đồng", code=ANY),
    _sgd("(tháng 10/2025: 41,2 triệu đồng)", "41,2", 41.2, "triệu đồng", PR, as_of=_OCT_2025, code=ANY),
    _sgd("cấp 1.124 bản", "1.124", 1124, "bản", C, code=ANY),
    _sgd("đạt 87,36/100", "87,36/100", 87.36, "điểm", max_value=100, code=_TONG),
    _sgd("xếp thứ 6/19", "6/19", 6, "hạng", R, max_value=19, code=_HANG),
    _sgd("đạt 9,46/10", "9,46/10", 9.46, "điểm", max_value=10, code=_TTG),
    _sgd("tiếp nhận 12 phản ánh", "12", 12, "PAKN", C, code=_PAKN_TN),
    _sgd("xử lý 11 PAKN", "11", 11, "PAKN", C, code=ANY),
    _sgd("đạt 91,67%", "91,67%", 91.67, "%", code=ANY),
    # 5. the third request's target for quý I năm 2026 (the centres: open)
    F("đạt 100% khoản thu", "100%", 100, "%", T, as_of="2026-03-31", code=ANY, **_OPEN),
]


# ------------------------------------------------------------ 754: Văn phòng UBND tỉnh Sơn La, Thông báo, quý I năm
# 2026 (the province, its bodies below the target, communes by grade, the leading and the lowest communes, targets)
_Q4_2025 = "2025-12-31"


def _lagging_754() -> list[Fact]:
    """The dash list of the bodies below the target ("- Sở Y tế: 70,52% (quý IV/2025: 66,08%);"): each body as
    written (level tỉnh), its share with the payment code and quý IV năm 2025's in brackets (previous, 2025-12-31);
    the list's heading "chưa đạt chỉ tiêu" leaves target and status unchecked."""
    rows = [("Sở Nông nghiệp và Môi trường", "52,36%", "49,82%"), ("Sở Dân tộc và Tôn giáo", "61,18%", "58,40%"),
            ("Sở Y tế", "70,52%", "66,08%"), ("Sở Xây dựng", "68,14%", "71,26%"),
            ("Ban Quản lý các khu công nghiệp tỉnh", "72,86%", "73,64%")]
    facts = []
    for name, share, previous in rows:
        facts += [F(f"{name}: {share}", share, _num(share), "%", code=_TT, subject=name, level="tỉnh"),
                  F(f"(quý IV/2025: {previous})", previous, _num(previous), "%", PR, as_of=_Q4_2025, code=_TT,
                    subject=name, level="tỉnh")]
    return facts


def _leading_754() -> list[Fact]:
    """The numbered list "1) Phường Tô Hiệu: 89,46%;": each commune as written (level xã), payment code; the item
    numbers are no figures (no rank is written)."""
    rows = [("Phường Tô Hiệu", "89,46%"), ("Phường Chiềng An", "86,12%"), ("Phường Mộc Châu", "84,58%"),
            ("Phường Chiềng Sinh", "82,36%"), ("Xã Mai Sơn", "80,14%")]
    return [F(f"{name}: {share}", share, _num(share), "%", code=_TT, subject=name, level="xã")
            for name, share in rows]


def _lowest_754() -> list[Fact]:
    """"… là các xã Mường Lạn, Chiềng Khoong, Tà Xùa, Suối Tọ và Ngọc Chiến, tỷ lệ lần lượt là 21,36%, 24,18%, 26,52%,
    27,84% và 29,06%": the n-th share the n-th commune's (subject unchecked: the names are written bare after "các
    xã"; level xã), payment code."""
    rows = [("lần lượt là 21,36%", "21,36%"), ("21,36%, 24,18%", "24,18%"), ("24,18%, 26,52%", "26,52%"),
            ("26,52%, 27,84%", "27,84%"), ("và 29,06%", "29,06%")]
    return [F(context, raw, _num(raw), "%", code=_TT, **_IN_XA) for context, raw in rows]


BLIND_754 = [
    # 1. the province: files paid online against quý IV năm 2025 (2025-12-31) and cùng kỳ (quý I năm 2025,
    # 2025-03-31), by level, money by route, transactions
    _prov("nghĩa vụ tài chính: 41.286 hồ sơ", "41.286", 41286, "hồ sơ", C, code=ANY),
    _prov("trực tuyến 27.418 hồ sơ", "27.418", 27418, "hồ sơ", C, code=_TT),
    _prov("tỷ lệ 66,41%", "66,41%", 66.41, "%", code=_TT),
    _prov("(quý IV năm 2025: 61,84%)", "61,84%", 61.84, "%", PR, as_of=_Q4_2025, code=_TT),
    _prov("tăng 4,57 điểm", "4,57", 4.57, "%", CH, code=ANY),
    _prov("mới đạt 38,62%", "38,62%", 38.62, "%", PR, as_of="2025-03-31", code=_TT),
    F("cấp tỉnh đạt 78,26%", "78,26%", 78.26, "%", code=_TT, **_CAP_TINH),
    F("cấp xã đạt 58,14%", "58,14%", 58.14, "%", code=_TT, **_CAP_XA),
    _prov("trực tuyến: 42,86 tỷ đồng", "42,86", 42.86, "tỷ đồng", code=ANY),
    _prov("tập trung 39,12 tỷ đồng", "39,12", 39.12, "tỷ đồng", code=ANY),
    _prov("trực tiếp 3,74 tỷ đồng", "3,74", 3.74, "tỷ đồng", code=ANY),
    _prov("Có 29.864 giao dịch", "29.864", 29864, "giao dịch", C, code=ANY),
    _prov("; 1.126 giao dịch", "1.126", 1126, "giao dịch", C, code=ANY),
    _prov("chiếm 3,63%", "3,63%", 3.63, "%", code=ANY),
    # 2. the bodies' average (subject unchecked), bodies meeting the target, the two highest, the list below target
    F("ngành đạt 79,62%", "79,62%", 79.62, "%", code=ANY, **_IN_TINH),
    F("có 14/19 cơ quan", "14/19", 14, "đơn vị", C, max_value=19, code=None, **_IN_TINH),
    F("Công an tỉnh (96,48%)", "96,48%", 96.48, "%", code=_TT, subject="Công an tỉnh", level="tỉnh"),
    F("Sở Tư pháp (94,12%)", "94,12%", 94.12, "%", code=_TT, subject="Sở Tư pháp", level="tỉnh"),
    *_lagging_754(),
    # 3. the communes' average, grades (quý IV năm 2025 in brackets, 2025-12-31), leading and lowest, receipts
    F("của 75 xã", "75", 75, "xã", C, code=None, **_IN_XA),
    F("phường đạt 58,14%", "58,14%", 58.14, "%", code=_TT, **_IN_XA),
    F("Tốt 18 đơn vị", "18", 18, "đơn vị", C, code=None, **_IN_XA),
    F("Khá 34 đơn vị", "34", 34, "đơn vị", C, code=None, **_IN_XA),
    F("Trung bình 23 đơn vị", "23", 23, "đơn vị", C, code=None, **_IN_XA),
    F("Tốt 12 đơn vị", "12", 12, "đơn vị", PR, as_of=_Q4_2025, code=None, **_IN_XA),
    F("Khá 31 đơn vị", "31", 31, "đơn vị", PR, as_of=_Q4_2025, code=None, **_IN_XA),
    F("Trung bình 32 đơn vị", "32", 32, "đơn vị", PR, as_of=_Q4_2025, code=None, **_IN_XA),
    *_leading_754(),
    *_lowest_754(),
    F("Có 71/75 xã", "71/75", 71, "xã", C, max_value=75, code=None, **_IN_XA),
    F("còn 04 xã sử dụng", "04", 4, "xã", C, code=None, **_IN_XA),
    # 4. hospitals (open)
    F("Có 12/12 bệnh viện", "12/12", 12, "bệnh viện", C, max_value=12, code=ANY, **_OPEN),
    F("mặt đạt 41,26%", "41,26%", 41.26, "%", code=ANY, **_OPEN),
    # 5. the payment group (quý IV năm 2025 dated 2025-12-31) and its rank (code unchecked), the total and rank
    _prov("đạt 7,24/10", "7,24/10", 7.24, "điểm", max_value=10, code=_TTG),
    _prov("tăng 0,86 điểm", "0,86", 0.86, "điểm", CH, code=_TTG),
    _prov("(6,38 điểm)", "6,38", 6.38, "điểm", PR, max_value=10, as_of=_Q4_2025, code=_TTG),
    _prov("xếp thứ 21/34", "21/34", 21, "hạng", R, max_value=34, code=ANY),
    _prov("xếp thứ 26/34)", "26/34", 26, "hạng", PR, max_value=34, as_of=_Q4_2025, code=ANY),
    _prov("tăng 5 bậc", "5", 5, "hạng", CH, code=ANY),
    _prov("đạt 83,18/100", "83,18/100", 83.18, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 19/34", "19/34", 19, "hạng", R, max_value=34, code=_HANG),
    # 6. the year's targets by level (2026-12-31) and the results set against them
    _prov("chỉ tiêu 70%", "70%", 70, "%", T, as_of=_Y2026, code=_TT),
    _prov("quý I đạt 66,41%", "66,41%", 66.41, "%", code=_TT, target=70, stated_status="chưa đạt"),
    F("Cấp tỉnh: chỉ tiêu 75%", "75%", 75, "%", T, as_of=_Y2026, code=_TT, **_CAP_TINH),
    F("quý I đạt 78,26%", "78,26%", 78.26, "%", code=_TT, target=75, stated_status="đạt", **_CAP_TINH),
    F("Cấp xã: chỉ tiêu 65%", "65%", 65, "%", T, as_of=_Y2026, code=_TT, **_CAP_XA),
    F("quý I đạt 58,14%", "58,14%", 58.14, "%", code=_TT, target=65, stated_status="chưa đạt", **_CAP_XA),
    # 7. the second request's target for quý II năm 2026, the fourth's communes (a count repeated)
    F("tối thiểu 65%", "65%", 65, "%", T, as_of="2026-06-30", code=_TT, **_IN_TINH),
    F("UBND 04 xã", "04", 4, "xã", C, code=None, **_IN_XA),
]

BLIND = {"750": BLIND_750, "751": BLIND_751, "752": BLIND_752, "753": BLIND_753, "754": BLIND_754}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "750": [
        ("2025-12-31", "quarter", "quý IV năm 2025", "nâng tỷ lệ hồ sơ thanh toán trực tuyến",
         "Sở Nông nghiệp và Môi trường, Sở Y tế"),
        ("2025-10-31", "day", "31/10/2025", "phát hành biên lai điện tử", "UBND 05 xã chưa triển khai"),
        ("2025-11-15", "day", "ngày mười lăm tháng 11 năm 2025", "đối soát số liệu thu phí, lệ phí", "Sở Tài chính"),
        ("2025-12-31", "month", "tháng 12/2025", "mã QR động", "Sở Khoa học và Công nghệ"),
        ("2026-12-31", "year", "năm 2026", "điểm thu hộ phí, lệ phí", "Bưu điện tỉnh Lạng Sơn"),
        # issued 08/10/2025: the first "ngày 22 hằng tháng" is 22/10/2025
        ("2025-10-22", "recurring", "22 hằng tháng", "gửi số liệu thanh toán trực tuyến",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "751": [
        ("2025-04-30", "day", "30/4/2025", "triển khai biên lai điện tử", "UBND huyện Bác Ái"),
        ("2025-06-30", "quarter", "quý II năm 2025", "nâng tỷ lệ hồ sơ thanh toán trực tuyến",
         "UBND các huyện Bác Ái, Thuận Bắc, Thuận Nam"),
        ("2025-04-25", "day", "ngày hai mươi lăm tháng 4 năm 2025", "tổng hợp số liệu miễn, giảm phí, lệ phí",
         "Phòng Quản lý giá và Công sản"),
        ("2025-05-31", "month", "tháng 5/2025", "cập nhật danh mục TTHC có thu phí, lệ phí", "Văn phòng Sở"),
        ("2025-12-31", "year", "năm 2025", "thiết bị thanh toán bằng mã QR", "Viễn thông Ninh Thuận"),
        # issued 07/4/2025, before the 10th: the first "ngày 10 hằng tháng" is 10/4/2025
        ("2025-04-10", "recurring", "10 hằng tháng", "gửi số liệu", "Các cơ quan, đơn vị thu phí, lệ phí"),
    ],
    "752": [
        ("2026-07-31", "day", "31/7/2026", "phương án tăng thanh toán không dùng tiền mặt",
         "Bệnh viện Nguyễn Tri Phương, Bệnh viện Đa khoa tỉnh Bình Dương và Bệnh viện Bà Rịa"),
        ("2026-12-31", "quarter", "quý IV năm 2026", "nâng tỷ lệ lượt thanh toán không dùng tiền mặt",
         "Các trung tâm y tế khu vực"),
        ("2026-08-15", "day", "ngày mười lăm tháng 8 năm 2026", "đối soát số liệu viện phí",
         "Phòng Kế hoạch - Tài chính"),
        ("2026-09-30", "month", "tháng 9/2026", "cập nhật mức thu phí, lệ phí", "Văn phòng Sở"),
        ("2026-12-31", "year", "năm 2026", "tài khoản định danh", "Bảo hiểm xã hội Thành phố Hồ Chí Minh"),
        # issued 08/7/2026, after the 5th: the first "ngày 05 hằng tháng" is 05/8/2026
        ("2026-08-05", "recurring", "05 hằng tháng", "gửi báo cáo thanh toán không dùng tiền mặt",
         "Các đơn vị trực thuộc"),
    ],
    "753": [
        ("2025-12-20", "day", "20/12/2025", "mở tài khoản thu hộ", "UBND các xã Ea Súp, Ea Kiết, Sông Hinh"),
        ("2026-01-15", "day", "ngày mười lăm tháng 01 năm 2026", "thu không dùng tiền mặt",
         "Hiệu trưởng các trường trung học phổ thông"),
        ("2026-03-31", "quarter", "quý I năm 2026", "phát hành biên lai điện tử",
         "Các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên"),
        ("2026-01-31", "month", "tháng 01/2026", "tổng hợp kết quả học kỳ I", "Phòng Kế hoạch - Tài chính"),
        ("2026-12-31", "year", "năm 2026", "phần mềm quản lý thu", "Viettel Đắk Lắk"),
        # issued 05/12/2025: the first "ngày 25 hằng tháng" is 25/12/2025
        ("2025-12-25", "recurring", "25 hằng tháng", "cập nhật số liệu thu không dùng tiền mặt", "Các đơn vị"),
    ],
    "754": [
        ("2026-04-25", "day", "25/4/2026", "báo cáo nguyên nhân",
         "UBND các xã Mường Lạn, Chiềng Khoong, Tà Xùa, Suối Tọ, Ngọc Chiến"),
        ("2026-06-30", "quarter", "quý II năm 2026", "nâng tỷ lệ thanh toán trực tuyến",
         "Sở Nông nghiệp và Môi trường"),
        ("2026-04-30", "day", "ngày ba mươi tháng 4 năm 2026", "chuyển sang biên lai điện tử",
         "UBND 04 xã còn sử dụng biên lai giấy"),
        ("2026-05-31", "month", "tháng 5/2026", "đối soát số liệu giao dịch không thành công", "Sở Tài chính"),
        ("2026-12-31", "year", "năm 2026", "thu hộ phí, lệ phí", "Bưu điện tỉnh Sơn La"),
        # issued 10/4/2026, before the 28th: the first "ngày 28 hằng tháng" is 28/4/2026
        ("2026-04-28", "recurring", "28 hằng tháng", "cập nhật đầy đủ trạng thái thanh toán",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind132.py's META): 750 the UBND tỉnh's
# report, 751 a Sở Tài chính's report before the merger, 752 a Sở Y tế of a centrally-run city, 753 a Sở's Công văn
# (its "V/v" line names the month), 754 a Văn phòng UBND tỉnh's Thông báo (its title names the quarter).
META = {
    "750": {"doc_number": "318/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-10-08",
            "province": "Lạng Sơn", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Hoàng Văn Nghiệm"},
    "751": {"doc_number": "412/BC-STC", "doc_type": "Báo cáo", "issued_date": "2025-04-07",
            "province": "Ninh Thuận", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Nguyễn Thị Kim Liên"},
    "752": {"doc_number": "3846/BC-SYT", "doc_type": "Báo cáo", "issued_date": "2026-07-08",
            "province": "Hồ Chí Minh", "period_label": "6 tháng đầu năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-06-30", "signer": "Nguyễn Anh Dũng"},
    "753": {"doc_number": "2614/SGDĐT-KHTC", "doc_type": "Công văn", "issued_date": "2025-12-05",
            "province": "Đắk Lắk", "period_label": "tháng 11 năm 2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Phạm Đăng Khoa"},
    "754": {"doc_number": "86/TB-VPUB", "doc_type": "Thông báo", "issued_date": "2026-04-10",
            "province": "Sơn La", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Lò Thị Hương"},
}
