"""Blind golden facts for corpus/blind125/700_phu_tho.txt, 701_hue.txt, 702_tay_ninh.txt, 703_ninh_binh.txt and
704_lam_dong.txt.

The five documents were written by the developers for a hundred-and-twenty-fifth blind measurement (PROVINCIAL
DEPARTMENTS AFTER THE 2025 REORGANISATION REPORTING ON THEIR OWN TTHC AND ONLINE SERVICES, each with its sub-units: a
Sở Y tế formed from three provinces' Sở with its Chi cục and Trung tâm in a Markdown table, a Sở Giáo dục và Đào tạo
of a centrally-run city with its Trung tâm in a dash list, a Sở Xây dựng's Công văn with a tab-separated table by field
and its Trung tâm and Ban after "lần lượt là", a Sở Công Thương formed from three provinces' Sở with a Markdown table of
files received through the provincial centre and at the Sở by field and its self-score by group, a Sở Nông nghiệp và
Môi trường with its Văn phòng Đăng ký đất đai and Chi cục in a dash list; provinces Phú Thọ, Huế, Tây Ninh, Ninh Bình
and Lâm Đồng after the 1 July 2025 merger; periods quý III năm 2025, 6 tháng đầu năm 2026, tháng 11 năm 2025, năm 2025
and quý I năm 2026; not real documents), and every row below was written by reading them, before any extraction,
restoration or pipeline code was run on them. They also serve as held-out text for diacritic restoration (marks
stripped, restored, compared with the file).

Same structure and conventions as golden/blind124.py, blind123.py, blind122.py, blind121.py, blind16.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose and list counts are kind `count`; table cells are kind `value` even when they count, with
`extra={"source": "table"}`; `as_of="period"` is the period's end; a change is dated with the figure it changes and a
fall ("giảm", "rút ngắn", "thấp hơn") is negative; a change in "điểm phần trăm" is kind change in `%` with the number
alone as raw. `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly
names none: counts of sub-units, fields, communes, branches, teams, decisions, bodies by grade). "thủ tục" counts use
the unit `TTHC`, "phản ánh, kiến nghị" (and "phản ánh") the unit `PAKN`; a count of the files (or PAKN) an indicator
is computed on carries that indicator's code; every "đã giải quyết" count, pending files, one field's or one place's
files, files "trước hạn" and "đúng hạn" given apart, money and changes of counts have their code unchecked. Counts of
local units take the unit of their first unit word ("40/40 phường, xã" → `phường`; "98/124 xã, phường, đặc khu",
"26 xã" → `xã`, level xã); "40 đơn vị hành chính cấp xã (21 phường, 19 xã)" → subject `cấp xã` (unit `đơn vị`, level
xã) and its parts `phường`, `xã` (subject unchecked, level xã); counts of "đơn vị" and "sở, ban, ngành" → `đơn vị` at
the level of the bodies counted. A Sở's own figures naming no body are named by its kind, level tỉnh (`Sở Y tế`, `Sở
Giáo dục và Đào tạo` also in the centrally-run city Huế, `Sở Xây dựng`, `Sở Công Thương`, `Sở Nông nghiệp và Môi
trường`; "Sở và các đơn vị trực thuộc tiếp nhận" is the Sở); a sentence naming the Sở in full keeps it. Province-wide
figures ("Tỉnh Phú Thọ đạt", "Thành phố Huế đạt", "Tỉnh Tây Ninh đạt") have subject NULL. A self-score carries its
row's maximum; things counted take the noun as written (`chi cục`, `trung tâm`, `lĩnh vực`, `chứng chỉ`, `giấy` for
birth and death papers, `bản` for certified copies, `học sinh`, `trường`, `giấy phép`, `phù hiệu`, `quyết định`, `đội`,
`vụ việc`, `vụ`, `đề án`, `hội chợ`, `gian hàng`, `sản phẩm`, `chi nhánh`, `thửa đất`); money keeps the unit written
(`tỷ đồng`, `triệu đồng`; code unchecked); durations `ngày`. Numbers written in words are no figures ("ba tỉnh", "ba
Sở", "hai nhóm", the days of "ngày mười lăm tháng 11", "ngày hai mươi tháng 8", "ngày hai mươi lăm tháng 12", "ngày
mười tháng 3", "ngày hai mươi hai tháng 5"). Dates, document numbers and cited texts ("Kế hoạch số 156/KH-UBND", "Kế
hoạch số 42/KH-UBND", "Công văn số 2186/VP-KSTT", "Quyết định số 1620/QĐ-UBND", "Quyết định số 418/QĐ-UBND"), stated
windows and data dates ("từ ngày 01/7/2025 đến ngày 30/9/2025", "Từ ngày 01/7/2025", "từ ngày 01/3/2025", "Tính đến
ngày 30/6/2026", "cập nhật ngày 02/12/2025", "từ ngày 01/01/2026 đến ngày 31/3/2026"), period words labelling brackets
("quý II năm 2025", "tháng 10/2025", "năm 2024", "quý IV/2025", "cùng kỳ năm 2025"), "Bộ chỉ số 766", "năm học
2026-2027", "lớp 1", "lớp 6", "OCOP", section and item numbering ("I.", "1.", "7.1.", "a)", "đ)"), the STT column,
addresses ("số 22 đường Lê Lợi", "cơ sở 2, số 96 đường Hùng Vương"), phone numbers ("0210.3846.215", "0234.3822.541",
"0276.3822.364", "0229.3871.425", "0263.3822.146"), headings naming the next period ("IV. NHIỆM VỤ QUÝ IV NĂM 2025",
"IV. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026", "7. Nhiệm vụ tháng 12 năm 2025", "IV. NHIỆM VỤ NĂM 2026", "IV. NHIỆM VỤ QUÝ II
NĂM 2026": no deadlines) and years are not figures.

New in this set (the decisions are written here):
- A SỞ'S SUB-UNITS (Chi cục, Trung tâm, Ban, the Văn phòng Đăng ký đất đai): each as written, level tỉnh (provincial
  bodies under the Sở: `Chi cục Dân số`, `Trung tâm Pháp y`, `Ban Quản lý bến thủy nội địa`, `Chi cục Kiểm lâm`; a name
  holding the city kept whole, `Trung tâm Giáo dục thường xuyên thành phố Huế`); their received files carry the
  received code and their shares the online and on-time codes (as bodies, golden/blind124.py's 698); the row or item
  "Các phòng chuyên môn thuộc Sở" is the Sở's divisions (subject unchecked, level tỉnh). The Văn phòng's branches are
  named as written with level unchecked (golden/blind121.py), "(12 chi nhánh)" a count `chi nhánh`.
- FILES BY PLACE OF RECEIPT: "qua Trung tâm Phục vụ hành chính công tỉnh 9.842 hồ sơ … trực tiếp tại bộ phận một cửa
  của Sở … 2.644 hồ sơ" (700), "Tiếp nhận tại Trung tâm Phục vụ hành chính công thành phố: 4.126 hồ sơ" (701), "qua
  Trung tâm … là 3.918 hồ sơ và tại trụ sở Sở … là 908 hồ sơ, tương ứng 81,19% và 18,81%" (702), a table column "Qua
  Trung tâm PVHCC" beside "Tại Sở" (703), three places (704). Where the file is received is not how it is submitted:
  these counts and shares are the Sở's with their code unchecked (one place's files); the channel words "trực tuyến",
  "trực tiếp", "bưu chính công ích" keep their codes as before (700's "trực tiếp 1.528 hồ sơ" the direct channel). 704's
  "qua các điểm tiếp nhận của Văn phòng Đăng ký đất đai đặt tại Trung tâm Phục vụ hành chính công cấp xã 24.186 hồ sơ"
  is left with subject and level unchecked (the Văn phòng's desks at the communes' centres: the Sở's, the Văn phòng's
  or cấp xã are all defensible).
- A MERGED SỞ'S PREVIOUS PERIOD: "(quý II năm 2025, cộng gộp của ba Sở trước hợp nhất: 11.218 hồ sơ)" (700) and "(năm
  2024, cộng gộp của ba Sở trước hợp nhất: 8.742 hồ sơ)" (703) are previous values of the predecessors (subject
  unchecked, level tỉnh, the received code, dated at the earlier period's end), as golden/blind116.py's 656; so are
  700's "(quý II năm 2025: 89,64%)" and 703's "(năm 2024: 74,18%)", which predate the Sở. 701's and 702's and 704's
  previous values are the Sở's own (it existed before).
- THE SỞ'S OWN 766 SELF-SCORE against the portal's: 700 "Theo kết quả tự đánh giá … Sở Y tế đạt 87,46/100 điểm, trong
  đó: công khai, minh bạch 16,84/18 điểm; …" (the total and six groups with their maxima, code of each group); 701 the
  groups after "lần lượt là" without "điểm"; 703 a dash list "- Công khai, minh bạch: 17,36/18 điểm;" then the portal's
  average "đạt 89,92 điểm" (no "/100": max None) with the target "từ 85 điểm trở lên" (a target in `điểm`, code of the
  total, at the period end; subject unchecked, level tỉnh) and "đã đạt chỉ tiêu", and "thấp hơn điểm tự đánh giá 1,56
  điểm" (the portal's score below the self-score: a negative change, code unchecked); 704 two self-scored groups.
- RANKS AMONG A PROVINCE'S BODIES: "xếp thứ 6/19 sở, ban, ngành", "3/18", "7/20", "2/19", "15/19" are the 766 rank
  code, each with its own denominator; the province's ranks are /34.

Per document:
- 700 is a quarterly Báo cáo of the Sở Y tế tỉnh Phú Thọ (merged with Vĩnh Phúc and Hòa Bình; header "UBND TỈNH PHÚ
  THỌ / SỞ Y TẾ", number "2846/BC-SYT", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"), quý III năm 2025, issued 07/10/2025.
  "06 đơn vị trực thuộc … (02 chi cục, 04 trung tâm)", "142 TTHC thuộc 12 lĩnh vực", three fields' TTHC (subject
  unchecked), "96 TTHC … chiếm 67,61%, và 46 TTHC"; files with the predecessors' sum, by place and by channel, settled,
  on time, overdue with two fields in brackets, pending; THE MARKDOWN TABLE BY SUB-UNIT (above; "Tổng cộng" with an
  empty STT the Sở, repeating II.1 and II.2); "Trung tâm Pháp y … thấp nhất (65,08%)"; payment "79,13%; … năm 2025 là
  80% thì chưa đạt chỉ tiêu" (target 2025-12-31), money, digitisation "94,28% (quý II năm 2025: 89,64%), tăng 4,64
  điểm phần trăm", e-results, reuse; "1.846 chứng chỉ … 1.612 chứng chỉ …, chiếm 87,32%" (code unchecked), "3.412
  giấy chứng sinh và 862 giấy báo tử" of the clinics (subject and level unchecked); PAKN, satisfaction; the self-score
  and groups, "xếp thứ 6/19 … (tháng 8/2025: xếp thứ 9/19), tăng 3 bậc" (the portal's rank of tháng 9/2025, the
  period's last month; previous dated 2025-08-31), the block average, the province `84,38/100`, `15/34`. Task 1's "142
  TTHC" a count repeated; task 2's "tối thiểu 75%" two named centres' target (subject unchecked, level tỉnh,
  2025-12-31). Six deadlines: day, quarter (with the target), "chậm nhất ngày mười lăm tháng 11 năm 2025", month, year
  in a request "Đề nghị Sở Khoa học và Công nghệ …", "trước ngày 20 hằng tháng" (issued 07/10/2025: first 20/10/2025).
- 701 is a half-year Báo cáo of the Sở Giáo dục và Đào tạo thành phố Huế (header "UBND THÀNH PHỐ HUẾ / SỞ GIÁO DỤC VÀ
  ĐÀO TẠO", number "1586/BC-SGDĐT", signed by a deputy director), 6 tháng đầu năm 2026, issued 06/7/2026. "118 TTHC"
  by field (the vocational field taken over "từ ngày 01/3/2025"), "lần lượt là 81 TTHC và 37 TTHC, tương ứng 68,64% và
  31,36%" (the full and partial online codes); "6.842 hồ sơ, giảm 418 hồ sơ so với cùng kỳ năm 2025 (7.260 hồ sơ),
  tương ứng giảm 5,76%" (previous 2025-06-30, the fall negative), a dash list by place of receipt, online "86,50%; …
  chỉ tiêu năm 2026 là 85% thì đã đạt chỉ tiêu" (target 2026-12-31); A DASH LIST BY FIELD "- Giáo dục và đào tạo:
  4.218 hồ sơ, trực tuyến 3.846 hồ sơ, đúng hạn 100%;" (fields subject unchecked, level tỉnh; counts code unchecked,
  the on-time shares the on-time code); settled, on time, overdue, pending, "3,2 ngày/hồ sơ, rút ngắn 0,5 ngày"; A
  DASH LIST BY SUB-UNIT (copies `bản`, "nộp trực tuyến 100%", "96/96 hồ sơ" the on-time count with its base); the
  city's communes, online enrolment "18.426 học sinh …, chiếm 91,24%" (subject and level unchecked); "312/326 trường …,
  đạt 95,71%" (`trường`, subject and level unchecked), the Sở's payment, digitisation, e-results, reuse; "14 PAKN …
  14/14 PAKN", satisfaction written "97,9 %"; the Sở's half-year average `90,12/100`, `3/18`, "cùng kỳ năm 2025 đạt
  86,94 điểm" (previous with max 100, 2025-06-30), "tăng 3,18 điểm", the six self-scored groups, block averages
  (subject unchecked; tỉnh, xã), the city `88,46/100`, `4/34`. Task a)'s "06 hồ sơ" a count repeated; task b)'s "tối
  thiểu 90%" a named centre's target for copies (subject unchecked, level tỉnh, 2026-09-30, code unchecked). Six
  deadlines in lettered items: day, quarter (with the target), "chậm nhất ngày hai mươi tháng 8 năm 2026", month, year
  in a request "Đề nghị Công an thành phố …" ("năm 2027"), "trước ngày 25 hằng tháng" (issued 06/7/2026: first
  25/7/2026).
- 702 is a CÔNG VĂN (doc_type "Công văn") of the Sở Xây dựng tỉnh Tây Ninh (merged with Long An; header "UBND TỈNH TÂY
  NINH / SỞ XÂY DỰNG", number "3412/SXD-VP", a "V/v" line naming the month, no title, signed by a deputy director) to
  the Văn phòng UBND tỉnh, tháng 11 năm 2025, issued 04/12/2025. "4.826 hồ sơ TTHC (tháng 10/2025: 4.512 hồ sơ), tăng
  314 hồ sơ, tương ứng tăng 6,96%" (previous 2025-10-31), by place after "tương ứng", online "91,21% (tháng 10/2025:
  89,36%), tăng 1,85 điểm phần trăm"; settled "trước hạn 3.846 hồ sơ, đúng hạn 829 hồ sơ, quá hạn 19 hồ sơ; … 99,60%;
  còn 132 hồ sơ"; THE TAB-SEPARATED TABLE BY FIELD (above; "0" cells are figures); "(12 hồ sơ)"; THE SUB-UNITS AFTER
  "lần lượt là 142, 386 và 58 hồ sơ" (each unit as written, level tỉnh, the received code) and their shared "đúng hạn
  100%" (subject unchecked, level tỉnh); "46 giấy phép … 38 hồ sơ …; 100% giấy phép", "1.024 phù hiệu … 986 phù hiệu
  …, chiếm 96,29%"; payment "82,47%; chỉ tiêu … năm 2025 là 80%, đã đạt chỉ tiêu" (target 2025-12-31), "1.286,4 triệu
  đồng", digitisation, reuse, e-results; "09 phản ánh … 08 … 01"; the Sở's `88,26/100`, `7/20` "(tháng 10/2025: 86,54
  điểm, xếp thứ 11/20), tăng 1,72 điểm và tăng 4 bậc", two groups, the province `85,94/100`, `12/34`. The first task's
  "12 hồ sơ" a count repeated; the second task's "tối thiểu 90%" a named centre's target (subject unchecked, level
  tỉnh, 2026-03-31). Six deadlines in a dash list: day, quarter of the next year (with the target), "chậm nhất ngày hai
  mươi lăm tháng 12 năm 2025", month "tháng 01/2026", year in a request "Đề nghị Bưu điện tỉnh Tây Ninh …", "trước
  ngày 05 hằng tháng" (issued 04/12/2025, before the 5th: first 05/12/2025).
- 703 is an annual Báo cáo of the Sở Công Thương tỉnh Ninh Bình (merged with Hà Nam and Nam Định; header "UBND TỈNH
  NINH BÌNH / SỞ CÔNG THƯƠNG", number "86/BC-SCT", signed by the director), năm 2025, issued 09/01/2026. "128 TTHC
  thuộc 14 lĩnh vực", "03 quyết định" (UBND tỉnh's: subject and level unchecked), "41 TTHC", "112 TTHC …, chiếm
  87,50%"; files with the predecessors' sum, by place, online "95,62%; chỉ tiêu … năm 2025 là 90%, đạt chỉ tiêu" (the
  target at the period end), settled, on time, overdue with three fields in brackets, pending; THE MARKDOWN TABLE BY
  FIELD (above); payment "91,36% (năm 2024: 74,18%), tăng 17,18 điểm phần trăm", digitisation, e-results, reuse; "32
  PAKN … 32/32 PAKN", satisfaction; NUMBERED SUB-UNITS 7.1–7.3 (the Chi cục Quản lý thị trường taken over in 2025:
  "09 đội" subject and level unchecked, "1.286 vụ việc", "842 vụ", "6,48 tỷ đồng", the hotline's "126 PAKN … 121
  PAKN" with code unchecked; the two Trung tâm's "38 đề án … 4.860 triệu đồng; 100% hồ sơ" and "12 hội chợ … 1.426
  gian hàng … 312 sản phẩm"); the self-score (above), the portal's average, the rank `2/19`, the province "bình quân
  86,18 điểm" (no maximum written), `9/34`. Task 2's "đạt 100%" a division's on-time target (subject unchecked, level
  tỉnh, 2026-03-31). Six deadlines: day, quarter (with the target), "chậm nhất ngày mười tháng 3 năm 2026", month,
  year in a request "Đề nghị Viettel Ninh Bình …", "trước ngày 15 hằng tháng" (issued 09/01/2026: first 15/01/2026).
- 704 is a quarterly Báo cáo of the Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng (merged with Đắk Nông and Bình Thuận;
  header "UBND TỈNH LÂM ĐỒNG / SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", number "1246/BC-SNNMT", signed by a deputy director), quý
  I năm 2026, issued 08/4/2026. "348 TTHC thuộc 22 lĩnh vực; … 196 TTHC … (chiếm 56,32%), 152 TTHC", three fields
  "lần lượt là 52, 31 và 24 TTHC" (subject unchecked); "36.418 hồ sơ (quý IV/2025: 41.206 hồ sơ), giảm 4.788 hồ sơ,
  tương ứng giảm 11,62%" (previous 2025-12-31), three places of receipt (above), online "59,99%; chỉ tiêu năm 2026 là
  70%, chưa đạt" (target 2026-12-31), settled, on time, overdue with the land field "(1.086 hồ sơ)", pending; A DASH
  LIST BY UNIT "- Chi cục Kiểm lâm: tiếp nhận 1.418 hồ sơ, trực tuyến 1.206 hồ sơ (85,05%), không có hồ sơ quá hạn;"
  (received, online count and share, overdue; "Các phòng chuyên môn thuộc Sở" subject unchecked); the best and worst
  branches in brackets (as written, level unchecked); payment "64,28% (quý IV/2025: 58,74%), tăng 5,54 điểm phần
  trăm", "42,86 tỷ đồng", digitisation, e-results, reuse; the land database "98/124 xã, phường, đặc khu với 2.846.318
  thửa đất; còn 26 xã"; PAKN "58 … 54 … 93,10% … 04"; the Sở's `81,36/100`, `15/19` "(quý IV/2025: 79,48 điểm, xếp
  thứ 17/19); tăng 1,88 điểm và tăng 2 bậc, … thấp hơn bình quân khối sở, ban, ngành (84,92 điểm) là 3,56 điểm" (the
  block average subject unchecked; the gap the Sở's negative change), two self-scored groups `13,46/22`, `6,82/10`,
  bodies by grade "Trong 19 sở, ban, ngành … 05 … 11 … 03 đơn vị" (`đơn vị`, level tỉnh), the province `80,24/100`,
  `26/34`. Task 1's "1.086 hồ sơ" and task 5's "26 xã" counts repeated; task 2's "tối thiểu 50%" two named branches'
  target (subject and level unchecked, 2026-06-30). Six deadlines: day, quarter (with the target), "chậm nhất ngày
  hai mươi hai tháng 5 năm 2026", month, year in a request "Đề nghị UBND các xã, phường, đặc khu …", "trước ngày 22
  hằng tháng" (issued 08/4/2026: first 22/4/2026).

Unsure readings (fields left `ANY`, or decided and written here): the place-of-receipt counts (code unchecked, the
Sở's; 704's commune desks subject and level unchecked); the previous values of a Sở formed on 01/7/2025 (subject
unchecked, level tỉnh); the level of the Sở's sub-units (tỉnh: they are provincial bodies under the Sở, unlike the
Văn phòng's regional branches, left unchecked); 703's "thấp hơn điểm tự đánh giá 1,56 điểm" (a change of the portal's
score against the self-score, not against an earlier period: negative, code unchecked) and its target in points
(subject unchecked); 701's pupils and schools (the city's or the Sở's sector: subject and level unchecked); 701's
"100%" share of the Trung tâm Kỹ thuật tổng hợp - Hướng nghiệp (online code) and 703's Trung tâm Khuyến công's "100%
hồ sơ đề nghị hỗ trợ được tiếp nhận trực tuyến" (support applications, not clearly TTHC: code unchecked).
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
_PAKN_TN = "pakn.tiep_nhan"
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_XA = {"subject": ANY, "level": "xã"}
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


def _groups(items: list[tuple[str, str, str]], who: dict) -> list[Fact]:
    """Six 766 group scores written "x/max" (context, raw, code), each with its maximum."""
    return [F(context, raw, _num(raw.split("/")[0]), "điểm", max_value=_num(raw.split("/")[1]), code=code, **who)
            for context, raw, code in items]


# ------------------------------------------------------------ 700: Sở Y tế tỉnh Phú Thọ, quý III năm 2025 (a
# Markdown table by sub-unit: files received, files received through the provincial centre, online and on-time shares)
_SYT = "Sở Y tế"
_syt = _by(_SYT, "tỉnh")
_Q2_2025 = "2025-06-30"

# (STT, unit as written, received, through the centre, online share, on-time share)
_UNITS_700 = [
    ("1", "Các phòng chuyên môn thuộc Sở", "6.842", "6.214", "88,51", "98,83"),
    ("2", "Chi cục Dân số", "412", "298", "76,46", "100"),
    ("3", "Chi cục An toàn vệ sinh thực phẩm", "2.186", "1.742", "86,46", "100"),
    ("4", "Trung tâm Kiểm soát bệnh tật", "1.518", "1.026", "79,58", "100"),
    ("5", "Trung tâm Giám định y khoa", "864", "312", "72,45", "100"),
    ("6", "Trung tâm Pháp y", "126", "48", "65,08", "100"),
    ("7", "Trung tâm Kiểm nghiệm", "538", "202", "81,23", "100"),
    ("", "Tổng cộng", "12.486", "9.842", "85,01", "99,36"),
]


def _units_700() -> list[Fact]:
    """The Markdown table "| STT | Đơn vị | Tiếp nhận (hồ sơ) | Qua Trung tâm PVHCC (hồ sơ) | Trực tuyến (%) | Đúng
    hạn (%) |": each Chi cục and Trung tâm as written (level tỉnh); "Các phòng chuyên môn thuộc Sở" subject unchecked
    (level tỉnh); "Tổng cộng" (empty STT) the Sở. Received files carry the received code, files through the centre
    (one channel) no checked code, the shares the online and on-time codes; "100" cells are figures."""
    facts = []
    for i, (stt, name, *values) in enumerate(_UNITS_700):
        line = _md_line((stt, name, *values))
        after = _md_line(_UNITS_700[i + 1][:2]).rsplit(" |", 1)[0] if i + 1 < len(_UNITS_700) else "\nTrung tâm Pháp y"
        subject = _SYT if stt == "" else ANY if stt == "1" else name
        facts += _cells(line, " | ", after, subject, "tỉnh", [
            (raw, unit, P, code, "period", None)
            for raw, unit, code in zip(values, ("hồ sơ", "hồ sơ", "%", "%"), (_TN, ANY, _NOP, _DH), strict=True)])
    return facts


BLIND_700 = [
    # I. the Sở's sub-units (the nouns as written), TTHC by field ("ba tỉnh" in words; 156/KH-UBND cited)
    F("có 06 đơn vị", "06", 6, "đơn vị", C, code=None, **_IN_TINH),
    F("(02 chi cục", "02", 2, "chi cục", C, code=None, **_IN_TINH),
    F("04 trung tâm)", "04", 4, "trung tâm", C, code=None, **_IN_TINH),
    _syt("thực hiện 142 TTHC", "142", 142, "TTHC", C, code=_TTHC),
    _syt("thuộc 12 lĩnh vực", "12", 12, "lĩnh vực", C, code=None),
    F("chữa bệnh 38 TTHC", "38", 38, "TTHC", C, code=ANY, **_IN_TINH),
    F("mỹ phẩm 31 TTHC", "31", 31, "TTHC", C, code=ANY, **_IN_TINH),
    F("thực phẩm 17 TTHC", "17", 17, "TTHC", C, code=ANY, **_IN_TINH),
    _syt("Có 96 TTHC", "96", 96, "TTHC", C, code=_TOAN),
    _syt("chiếm 67,61%", "67,61%", 67.61, "%", code=_TOAN),
    _syt("và 46 TTHC", "46", 46, "TTHC", C, code=_MOT),
    # II.1 files (the three former Sở's sum of quý II dated 2025-06-30, level tỉnh), by place of receipt, by channel
    _syt("tiếp nhận 12.486 hồ sơ", "12.486", 12486, "hồ sơ", C, code=_TN),
    F("trước hợp nhất: 11.218 hồ sơ", "11.218", 11218, "hồ sơ", PR, as_of=_Q2_2025, code=_TN, **_IN_TINH),
    _syt("tăng 1.268 hồ sơ", "1.268", 1268, "hồ sơ", CH, code=ANY),
    _syt("tăng 11,30%", "11,30%", 11.30, "%", CH, code=ANY),
    _syt("tỉnh 9.842 hồ sơ", "9.842", 9842, "hồ sơ", C, code=ANY),
    _syt("chiếm 78,82%", "78,82%", 78.82, "%", code=ANY),
    _syt("trực thuộc 2.644 hồ sơ", "2.644", 2644, "hồ sơ", C, code=ANY),
    _syt("chiếm 21,18%", "21,18%", 21.18, "%", code=ANY),
    _syt("trực tuyến 10.614 hồ sơ", "10.614", 10614, "hồ sơ", C, code=_NOP),
    _syt("chiếm 85,01%", "85,01%", 85.01, "%", code=_NOP),
    _syt("trực tiếp 1.528 hồ sơ", "1.528", 1528, "hồ sơ", C, code=_NTT),
    _syt("công ích 344 hồ sơ", "344", 344, "hồ sơ", C, code=ANY),
    # II.2 settled, on time, overdue with two fields in brackets (subject unchecked), pending
    _syt("giải quyết 12.108 hồ sơ", "12.108", 12108, "hồ sơ", C, code=ANY),
    _syt("đúng hạn 12.031 hồ sơ", "12.031", 12031, "hồ sơ", C, code=_DH),
    _syt("đạt 99,36%", "99,36%", 99.36, "%", code=_DH),
    _syt("quá hạn 77 hồ sơ", "77", 77, "hồ sơ", C, code=_QH),
    _syt("chiếm 0,64%", "0,64%", 0.64, "%", code=_QH),
    F("chữa bệnh 52 hồ sơ", "52", 52, "hồ sơ", C, code=_QH, **_IN_TINH),
    F("mỹ phẩm 25 hồ sơ", "25", 25, "hồ sơ", C, code=_QH, **_IN_TINH),
    _syt("giải quyết 378 hồ sơ", "378", 378, "hồ sơ", C, code=ANY),
    # II.3 the table by sub-unit; the lowest online share (named)
    *_units_700(),
    F("thấp nhất (65,08%)", "65,08%", 65.08, "%", subject="Trung tâm Pháp y", level="tỉnh", code=_NOP),
    # II.4 payment (the year's target dated 2025-12-31), money; II.5 digitisation (quý II dated 2025-06-30, the former
    # Sở's: subject unchecked), e-results, reuse
    _syt("là 5.214 hồ sơ", "5.214", 5214, "hồ sơ", C, code=ANY),
    _syt("trực tuyến 4.126 hồ sơ", "4.126", 4126, "hồ sơ", C, code=_TT),
    _syt("đạt 79,13%", "79,13%", 79.13, "%", code=_TT, target=80, stated_status="chưa đạt"),
    _syt("năm 2025 là 80%", "80%", 80, "%", T, as_of="2025-12-31", code=_TT),
    _syt("là 3,86 tỷ đồng", "3,86", 3.86, "tỷ đồng", code=ANY),
    _syt("đạt 94,28%", "94,28%", 94.28, "%", code=_SH),
    F("(quý II năm 2025: 89,64%)", "89,64%", 89.64, "%", PR, as_of=_Q2_2025, code=_SH, **_IN_TINH),
    _syt("tăng 4,64 điểm", "4,64", 4.64, "%", CH, code=ANY),
    _syt("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    _syt("đạt 42,16%", "42,16%", 42.16, "%", code=_TSD),
    # II.6 practising certificates (`chứng chỉ`), birth and death papers of the clinics (`giấy`; subject unchecked)
    _syt("cấp 1.846 chứng chỉ", "1.846", 1846, "chứng chỉ", C, code=ANY),
    _syt("đó 1.612 chứng chỉ", "1.612", 1612, "chứng chỉ", C, code=ANY),
    _syt("chiếm 87,32%", "87,32%", 87.32, "%", code=ANY),
    F("liên thông 3.412 giấy", "3.412", 3412, "giấy", C, code=ANY, **_OPEN),
    F("và 862 giấy", "862", 862, "giấy", C, code=ANY, **_OPEN),
    # II.7 PAKN, satisfaction
    _syt("tiếp nhận 28 phản ánh", "28", 28, "PAKN", C, code=_PAKN_TN),
    _syt("xử lý 27 PAKN", "27", 27, "PAKN", C, code=ANY),
    _syt("đạt 96,43%", "96,43%", 96.43, "%", code=ANY),
    _syt("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    _syt("đạt 98,16%", "98,16%", 98.16, "%", code=_HL),
    # III. the Sở's self-score of the quarter and its six groups; its rank of tháng 9/2025 and tháng 8/2025 (dated
    # 2025-08-31); the block average; the province
    _syt("Sở Y tế đạt 87,46/100", "87,46/100", 87.46, "điểm", max_value=100, code=_TONG),
    *_groups([
        ("minh bạch 16,84/18", "16,84/18", "766.cong_khai"),
        ("giải quyết 19,36/20", "19,36/20", "766.tien_do"),
        ("trực tuyến 10,62/12", "10,62/12", "766.dvctt"),
        ("trực tuyến 7,94/10", "7,94/10", "766.thanh_toan"),
        ("hồ sơ 16,52/22", "16,52/22", "766.so_hoa"),
        ("hài lòng 16,18/18", "16,18/18", "766.hai_long"),
    ], {"subject": _SYT, "level": "tỉnh"}),
    _syt("xếp thứ 6/19", "6/19", 6, "hạng", R, max_value=19, code=_HANG),
    _syt("xếp thứ 9/19)", "9/19", 9, "hạng", PR, max_value=19, as_of="2025-08-31", code=_HANG),
    _syt("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("đạt 85,12 điểm", "85,12", 85.12, "điểm", code=ANY, **_IN_TINH),
    F("đạt 84,38/100", "84,38/100", 84.38, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ 15/34", "15/34", 15, "hạng", R, max_value=34, code=_HANG, **_NULL),
    # IV. task 1's TTHC (a count repeated); task 2's target of two named centres for quý IV (phone no figure)
    _syt("của 142 TTHC", "142", 142, "TTHC", C, code=ANY),
    F("tối thiểu 75%", "75%", 75, "%", T, as_of="2025-12-31", code=_NOP, **_IN_TINH),
]

# ------------------------------------------------------------ 701: Sở Giáo dục và Đào tạo thành phố Huế, 6 tháng đầu
# năm 2026 (a centrally-run city: the Sở named by its kind; dash lists by place of receipt, field and sub-unit)
_SGD = "Sở Giáo dục và Đào tạo"
_sgd = _by(_SGD, "tỉnh")
_GDTX = "Trung tâm Giáo dục thường xuyên thành phố Huế"
_H1_2025 = "2025-06-30"

BLIND_701 = [
    # I. TTHC by field (fields: subject unchecked), online kinds after "lần lượt là … tương ứng" (42/KH-UBND cited)
    _sgd("thực hiện 118 TTHC", "118", 118, "TTHC", C, code=_TTHC),
    F("quốc dân 72 TTHC", "72", 72, "TTHC", C, code=ANY, **_IN_TINH),
    F("2025) 34 TTHC", "34", 34, "TTHC", C, code=ANY, **_IN_TINH),
    F("tuyển sinh 12 TTHC", "12", 12, "TTHC", C, code=ANY, **_IN_TINH),
    _sgd("lần lượt là 81 TTHC", "81", 81, "TTHC", C, code=_TOAN),
    _sgd("và 37 TTHC", "37", 37, "TTHC", C, code=_MOT),
    _sgd("tương ứng 68,64%", "68,64%", 68.64, "%", code=_TOAN),
    _sgd("và 31,36%", "31,36%", 31.36, "%", code=_MOT),
    # II.1 files, the fall against cùng kỳ năm 2025 (dated 2025-06-30), by place of receipt (one channel: code
    # unchecked; "số 22 đường Lê Lợi" an address), online with the year's target (dated 2026-12-31)
    _sgd("tiếp nhận 6.842 hồ sơ", "6.842", 6842, "hồ sơ", C, code=_TN),
    _sgd("giảm 418 hồ sơ", "418", -418, "hồ sơ", CH, code=ANY),
    _sgd("(7.260 hồ sơ)", "7.260", 7260, "hồ sơ", PR, as_of=_H1_2025, code=_TN),
    _sgd("giảm 5,76%", "5,76%", -5.76, "%", CH, code=ANY),
    _sgd("thành phố: 4.126 hồ sơ", "4.126", 4126, "hồ sơ", C, code=ANY),
    _sgd("(chiếm 60,30%)", "60,30%", 60.30, "%", code=ANY),
    _sgd("Thuận Hóa): 2.716 hồ sơ", "2.716", 2716, "hồ sơ", C, code=ANY),
    _sgd("(chiếm 39,70%)", "39,70%", 39.70, "%", code=ANY),
    _sgd("là 5.918 hồ sơ", "5.918", 5918, "hồ sơ", C, code=_NOP),
    _sgd("chiếm 86,50%", "86,50%", 86.50, "%", code=_NOP, target=85, stated_status="đạt"),
    _sgd("năm 2026 là 85%", "85%", 85, "%", T, as_of="2026-12-31", code=_NOP),
    # II.2 the dash list by field (subject unchecked, level tỉnh; counts code unchecked, on-time shares the code)
    F("đào tạo: 4.218 hồ sơ", "4.218", 4218, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("trực tuyến 3.846 hồ sơ", "3.846", 3846, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("3.846 hồ sơ, đúng hạn 100%", "100%", 100, "%", code=_DH, **_IN_TINH),
    F("nghiệp: 1.106 hồ sơ", "1.106", 1106, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("trực tuyến 842 hồ sơ", "842", 842, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("đúng hạn 99,41%", "99,41%", 99.41, "%", code=_DH, **_IN_TINH),
    F("tuyển sinh: 1.518 hồ sơ", "1.518", 1518, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("trực tuyến 1.230 hồ sơ", "1.230", 1230, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("1.230 hồ sơ, đúng hạn 100%", "100%", 100, "%", code=_DH, **_IN_TINH),
    # II.3 settled, on time, overdue, pending, duration
    _sgd("giải quyết 6.688 hồ sơ", "6.688", 6688, "hồ sơ", C, code=ANY),
    _sgd("đúng hạn 6.682 hồ sơ", "6.682", 6682, "hồ sơ", C, code=_DH),
    _sgd("đạt 99,91%", "99,91%", 99.91, "%", code=_DH),
    _sgd("quá hạn 06 hồ sơ", "06", 6, "hồ sơ", C, code=_QH),
    _sgd("giải quyết 154 hồ sơ", "154", 154, "hồ sơ", C, code=ANY),
    _sgd("là 3,2 ngày", "3,2", 3.2, "ngày", code=ANY),
    _sgd("rút ngắn 0,5 ngày", "0,5", -0.5, "ngày", CH, code=ANY),
    # II.4 the sub-units as written (a name holding the city kept whole), level tỉnh
    F("cấp 1.286 bản", "1.286", 1286, "bản", C, subject=_GDTX, level="tỉnh", code=ANY),
    F("đó 1.042 bản", "1.042", 1042, "bản", C, subject=_GDTX, level="tỉnh", code=ANY),
    F("chiếm 81,03%", "81,03%", 81.03, "%", subject=_GDTX, level="tỉnh", code=ANY),
    F("tiếp nhận 214 hồ sơ", "214", 214, "hồ sơ", C, subject="Trung tâm Kỹ thuật tổng hợp - Hướng nghiệp",
      level="tỉnh", code=_TN),
    F("nộp trực tuyến 100%", "100%", 100, "%", subject="Trung tâm Kỹ thuật tổng hợp - Hướng nghiệp",
      level="tỉnh", code=_NOP),
    F("tiếp nhận 96 hồ sơ", "96", 96, "hồ sơ", C, subject="Trung tâm Hỗ trợ phát triển giáo dục hòa nhập",
      level="tỉnh", code=_TN),
    F("hạn 96/96 hồ sơ", "96/96", 96, "hồ sơ", C, max_value=96,
      subject="Trung tâm Hỗ trợ phát triển giáo dục hòa nhập", level="tỉnh", code=_DH),
    # II.5 the city's communes ("40/40 phường, xã" → `phường`, its first unit word), online enrolment ("lớp 1", "lớp
    # 6", "năm học 2026-2027", "ngày 30/6/2026" no figures; pupils of the whole city: subject and level unchecked)
    F("có 40 đơn vị", "40", 40, "đơn vị", C, code=None, **_CAP_XA),
    F("(21 phường", "21", 21, "phường", C, code=None, **_IN_XA),
    F("19 xã)", "19", 19, "xã", C, code=None, **_IN_XA),
    F("tại 40/40 phường", "40/40", 40, "phường", C, max_value=40, code=None, **_IN_XA),
    F("có 18.426 học sinh", "18.426", 18426, "học sinh", C, code=ANY, **_OPEN),
    F("chiếm 91,24%", "91,24%", 91.24, "%", code=ANY, **_OPEN),
    # II.6 schools collecting fees without cash (`trường`; level unchecked), the Sở's payment, digitisation
    F("Có 312/326 trường", "312/326", 312, "trường", C, max_value=326, code=ANY, **_OPEN),
    F("đạt 95,71%", "95,71%", 95.71, "%", code=ANY, **_OPEN),
    _sgd("của Sở đạt 88,62%", "88,62%", 88.62, "%", code=_TT),
    _sgd("đạt 97,35%", "97,35%", 97.35, "%", code=_SH),
    _sgd("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    _sgd("đạt 46,82%", "46,82%", 46.82, "%", code=_TSD),
    # II.7 PAKN, satisfaction written "97,9 %"
    _sgd("tiếp nhận 14 PAKN", "14", 14, "PAKN", C, code=_PAKN_TN),
    _sgd("xử lý 14/14 PAKN", "14/14", 14, "PAKN", C, max_value=14, code=ANY),
    _sgd("đạt 97,9 %", "97,9 %", 97.9, "%", code=_HL),
    # III. the Sở's half-year average and cùng kỳ (dated 2025-06-30), the self-scored groups after "lần lượt là",
    # block averages (subject unchecked), the city (subject NULL)
    _sgd("đạt 90,12/100", "90,12/100", 90.12, "điểm", max_value=100, code=_TONG),
    _sgd("xếp thứ 3/18", "3/18", 3, "hạng", R, max_value=18, code=_HANG),
    _sgd("đạt 86,94 điểm", "86,94", 86.94, "điểm", PR, max_value=100, as_of=_H1_2025, code=_TONG),
    _sgd("tăng 3,18 điểm", "3,18", 3.18, "điểm", CH, code=_TONG),
    *_groups([
        ("minh bạch 17,12/18", "17,12/18", "766.cong_khai"),
        ("giải quyết 19,84/20", "19,84/20", "766.tien_do"),
        ("trực tuyến 10,96/12", "10,96/12", "766.dvctt"),
        ("trực tuyến 8,86/10", "8,86/10", "766.thanh_toan"),
        ("hồ sơ 17,18/22", "17,18/22", "766.so_hoa"),
        ("hài lòng 16,16/18", "16,16/18", "766.hai_long"),
    ], {"subject": _SGD, "level": "tỉnh"}),
    F("đạt 86,72 điểm", "86,72", 86.72, "điểm", code=ANY, **_IN_TINH),
    F("đạt 82,14 điểm", "82,14", 82.14, "điểm", code=ANY, **_IN_XA),
    F("đạt 88,46/100", "88,46/100", 88.46, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ 4/34", "4/34", 4, "hạng", R, max_value=34, code=_HANG, **_NULL),
    # IV. task a)'s files (a count repeated); task b)'s target of a named centre for quý III (phone no figure)
    F("rà soát 06 hồ sơ", "06", 6, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("tối thiểu 90%", "90%", 90, "%", T, as_of="2026-09-30", code=ANY, **_IN_TINH),
]

# ------------------------------------------------------------ 702: Sở Xây dựng tỉnh Tây Ninh, Công văn tháng 11 năm
# 2025 (a tab-separated table by field; sub-units after "lần lượt là")
_SXD = "Sở Xây dựng"
_sxd = _by(_SXD, "tỉnh")
_OCT_2025 = "2025-10-31"

# (STT, field, received, online, settled, overdue)
_FIELDS_702 = [
    ("1", "Hoạt động xây dựng", "1.126", "1.038", "1.094", "12"),
    ("2", "Nhà ở và kinh doanh bất động sản", "418", "386", "402", "3"),
    ("3", "Quy hoạch - kiến trúc", "164", "152", "158", "0"),
    ("4", "Đường bộ", "1.842", "1.712", "1.806", "4"),
    ("5", "Đường thủy nội địa", "86", "74", "84", "0"),
    ("6", "Vận tải", "1.190", "1.040", "1.150", "0"),
    ("", "Tổng cộng", "4.826", "4.402", "4.694", "19"),
]


def _fields_702() -> list[Fact]:
    """The tab-separated table "STT  Lĩnh vực  Tiếp nhận  Trực tuyến  Đã giải quyết  Quá hạn" under "(đơn vị tính:
    hồ sơ)": the fields are the Sở's (subject unchecked, level tỉnh), their counts code unchecked (one field's files)
    except the overdue column (overdue code); "0" cells are figures; "Tổng cộng" (empty STT) is the Sở with the
    received, online and overdue codes (it repeats sections 1 and 2)."""
    facts = []
    for i, (stt, name, *values) in enumerate(_FIELDS_702):
        line = "\t".join((stt, name, *values))
        after = "\t".join(_FIELDS_702[i + 1][:2]) if i + 1 < len(_FIELDS_702) else "\nHồ sơ quá hạn"
        total = stt == ""
        codes = (_TN, _NOP, ANY, _QH) if total else (ANY, ANY, ANY, _QH)
        facts += _cells(line, "\t", after, _SXD if total else ANY, "tỉnh", [
            (raw, "hồ sơ", P, code, "period", None) for raw, code in zip(values, codes, strict=True)])
    return facts


BLIND_702 = [
    # 1. files (tháng 10/2025 dated 2025-10-31), by place of receipt after "tương ứng" (code unchecked; "cơ sở 2, số
    # 96 đường Hùng Vương" an address), online with the previous month and the change in points
    _sxd("tiếp nhận 4.826 hồ sơ", "4.826", 4826, "hồ sơ", C, code=_TN),
    _sxd("(tháng 10/2025: 4.512 hồ sơ)", "4.512", 4512, "hồ sơ", PR, as_of=_OCT_2025, code=_TN),
    _sxd("tăng 314 hồ sơ", "314", 314, "hồ sơ", CH, code=ANY),
    _sxd("tăng 6,96%", "6,96%", 6.96, "%", CH, code=ANY),
    _sxd("tỉnh là 3.918 hồ sơ", "3.918", 3918, "hồ sơ", C, code=ANY),
    _sxd("là 908 hồ sơ", "908", 908, "hồ sơ", C, code=ANY),
    _sxd("tương ứng 81,19%", "81,19%", 81.19, "%", code=ANY),
    _sxd("và 18,81%", "18,81%", 18.81, "%", code=ANY),
    _sxd("trực tuyến 4.402 hồ sơ", "4.402", 4402, "hồ sơ", C, code=_NOP),
    _sxd("chiếm 91,21%", "91,21%", 91.21, "%", code=_NOP),
    _sxd("(tháng 10/2025: 89,36%)", "89,36%", 89.36, "%", PR, as_of=_OCT_2025, code=_NOP),
    _sxd("tăng 1,85 điểm", "1,85", 1.85, "%", CH, code=ANY),
    # 2. settled (ahead of time and on time as parts: code unchecked), overdue, the on-time share, pending
    _sxd("giải quyết 4.694 hồ sơ", "4.694", 4694, "hồ sơ", C, code=ANY),
    _sxd("trước hạn 3.846 hồ sơ", "3.846", 3846, "hồ sơ", C, code=ANY),
    _sxd("đúng hạn 829 hồ sơ", "829", 829, "hồ sơ", C, code=ANY),
    _sxd("quá hạn 19 hồ sơ", "19", 19, "hồ sơ", C, code=_QH),
    _sxd("đạt 99,60%", "99,60%", 99.60, "%", code=_DH),
    _sxd("còn 132 hồ sơ", "132", 132, "hồ sơ", C, code=ANY),
    *_fields_702(),
    # the field in brackets; the sub-units after "lần lượt là" (as written, level tỉnh) and their shared share
    F("(12 hồ sơ)", "12", 12, "hồ sơ", C, code=_QH, **_IN_TINH),
    F("lần lượt là 142,", "142", 142, "hồ sơ", C, subject="Trung tâm Kiểm định và Quy hoạch xây dựng",
      level="tỉnh", code=_TN),
    F(", 386 và", "386", 386, "hồ sơ", C, subject="Trung tâm Quản lý giao thông", level="tỉnh", code=_TN),
    F("và 58 hồ sơ", "58", 58, "hồ sơ", C, subject="Ban Quản lý bến thủy nội địa", level="tỉnh", code=_TN),
    F("đúng hạn 100%", "100%", 100, "%", code=_DH, **_IN_TINH),
    # 3. permits, designs, e-permits; transport badges (`phù hiệu`)
    _sxd("cấp 46 giấy phép", "46", 46, "giấy phép", C, code=ANY),
    _sxd("thẩm định 38 hồ sơ", "38", 38, "hồ sơ", C, code=ANY),
    _sxd("sở; 100% giấy phép", "100%", 100, "%", code=ANY),
    _sxd("cấp 1.024 phù hiệu", "1.024", 1024, "phù hiệu", C, code=ANY),
    _sxd("đó 986 phù hiệu", "986", 986, "phù hiệu", C, code=ANY),
    _sxd("chiếm 96,29%", "96,29%", 96.29, "%", code=ANY),
    # 4. payment with the year's target (dated 2025-12-31), money, digitisation, reuse, e-results
    _sxd("đạt 82,47%", "82,47%", 82.47, "%", code=_TT, target=80, stated_status="đạt"),
    _sxd("năm 2025 là 80%", "80%", 80, "%", T, as_of="2025-12-31", code=_TT),
    _sxd("là 1.286,4 triệu đồng", "1.286,4", 1286.4, "triệu đồng", code=ANY),
    _sxd("đạt 96,12%", "96,12%", 96.12, "%", code=_SH),
    _sxd("đạt 51,38%", "51,38%", 51.38, "%", code=_TSD),
    _sxd("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    # 5. PAKN
    _sxd("nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _sxd("trả lời 08 phản ánh", "08", 8, "PAKN", C, code=ANY),
    _sxd("01 phản ánh đang", "01", 1, "PAKN", C, code=ANY),
    # 6. the Sở's 766 result of tháng 11/2025 and tháng 10/2025 ("cập nhật ngày 02/12/2025" no figure), two groups,
    # the province
    _sxd("đạt 88,26/100", "88,26/100", 88.26, "điểm", max_value=100, code=_TONG),
    _sxd("xếp thứ 7/20", "7/20", 7, "hạng", R, max_value=20, code=_HANG),
    _sxd("(tháng 10/2025: 86,54 điểm", "86,54", 86.54, "điểm", PR, max_value=100, as_of=_OCT_2025, code=_TONG),
    _sxd("xếp thứ 11/20)", "11/20", 11, "hạng", PR, max_value=20, as_of=_OCT_2025, code=_HANG),
    _sxd("tăng 1,72 điểm", "1,72", 1.72, "điểm", CH, code=_TONG),
    _sxd("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    _sxd("đạt 19,42/20", "19,42/20", 19.42, "điểm", max_value=20, code="766.tien_do"),
    _sxd("đạt 16,84/22", "16,84/22", 16.84, "điểm", max_value=22, code="766.so_hoa"),
    F("đạt 85,94/100", "85,94/100", 85.94, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ 12/34", "12/34", 12, "hạng", R, max_value=34, code=_HANG, **_NULL),
    # 7. the first task's files (a count repeated); the second task's target of a named centre for quý I/2026
    F("dứt điểm 12 hồ sơ", "12", 12, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("tối thiểu 90%", "90%", 90, "%", T, as_of="2026-03-31", code=_TT, **_IN_TINH),
]

# ------------------------------------------------------------ 703: Sở Công Thương tỉnh Ninh Bình, năm 2025 (a Markdown
# table by field with the files received through the provincial centre and at the Sở; the Sở's self-score by group)
_SCT = "Sở Công Thương"
_sct = _by(_SCT, "tỉnh")
_QLTT = "Chi cục Quản lý thị trường"
_qltt = _by(_QLTT, "tỉnh")
_Y2024 = "2024-12-31"

# (STT, field, received, through the centre, at the Sở, on-time share)
_FIELDS_703 = [
    ("1", "Lưu thông hàng hóa trong nước", "3.846", "3.412", "434", "99,87"),
    ("2", "Xúc tiến thương mại", "2.618", "2.618", "0", "100"),
    ("3", "Điện", "1.214", "1.086", "128", "99,42"),
    ("4", "Hóa chất", "486", "452", "34", "100"),
    ("5", "An toàn thực phẩm", "742", "668", "74", "99,73"),
    ("6", "Kinh doanh khí", "318", "296", "22", "100"),
    ("7", "Các lĩnh vực còn lại", "412", "364", "48", "100"),
    ("", "Tổng cộng", "9.636", "8.896", "740", "99,85"),
]


def _fields_703() -> list[Fact]:
    """The Markdown table "| STT | Lĩnh vực | Tiếp nhận | Qua Trung tâm PVHCC | Tại Sở | Đúng hạn (%) |" under "(đơn vị
    tính: hồ sơ; tỷ lệ: %)": the fields are the Sở's (subject unchecked, level tỉnh), their counts code unchecked (one
    field's or one place's files), the on-time share the on-time code; "0" and "100" cells are figures; "Tổng cộng"
    (empty STT) is the Sở (received code on its first cell; it repeats section II.1 and II.3)."""
    facts = []
    for i, (stt, name, *values) in enumerate(_FIELDS_703):
        line = _md_line((stt, name, *values))
        after = _md_line(_FIELDS_703[i + 1][:2]).rsplit(" |", 1)[0] if i + 1 < len(_FIELDS_703) else "\n5. Tỷ lệ"
        total = stt == ""
        codes = (_TN if total else ANY, ANY, ANY, _DH)
        facts += _cells(line, " | ", after, _SCT if total else ANY, "tỉnh", [
            (raw, unit, P, code, "period", None)
            for raw, unit, code in zip(values, ("hồ sơ", "hồ sơ", "hồ sơ", "%"), codes, strict=True)])
    return facts


BLIND_703 = [
    # I. TTHC (1620/QĐ-UBND cited; "ba tỉnh" in words), decisions published (UBND tỉnh's: subject and level unchecked)
    _sct("thực hiện 128 TTHC", "128", 128, "TTHC", C, code=_TTHC),
    _sct("thuộc 14 lĩnh vực", "14", 14, "lĩnh vực", C, code=None),
    F("công bố 03 quyết định", "03", 3, "quyết định", C, code=None, **_OPEN),
    _sct("cập nhật 41 TTHC", "41", 41, "TTHC", C, code=ANY),
    _sct("Có 112 TTHC", "112", 112, "TTHC", C, code=_TOAN),
    _sct("chiếm 87,50%", "87,50%", 87.50, "%", code=_TOAN),
    # II.1 files (năm 2024, the three former Sở's sum, dated 2024-12-31, level tỉnh; "ba Sở" in words), by place
    _sct("tiếp nhận 9.636 hồ sơ", "9.636", 9636, "hồ sơ", C, code=_TN),
    F("trước hợp nhất: 8.742 hồ sơ", "8.742", 8742, "hồ sơ", PR, as_of=_Y2024, code=_TN, **_IN_TINH),
    _sct("tăng 894 hồ sơ", "894", 894, "hồ sơ", CH, code=ANY),
    _sct("tăng 10,23%", "10,23%", 10.23, "%", CH, code=ANY),
    _sct("tỉnh là 8.896 hồ sơ", "8.896", 8896, "hồ sơ", C, code=ANY),
    _sct("chiếm 92,32%", "92,32%", 92.32, "%", code=ANY),
    _sct("tại Sở 740 hồ sơ", "740", 740, "hồ sơ", C, code=ANY),
    _sct("chiếm 7,68%", "7,68%", 7.68, "%", code=ANY),
    # II.2 online against the year's target (at the period end); II.3 settled, on time, overdue by field, pending
    _sct("là 9.214 hồ sơ", "9.214", 9214, "hồ sơ", C, code=_NOP),
    _sct("chiếm 95,62%", "95,62%", 95.62, "%", code=_NOP, target=90, stated_status="đạt"),
    _sct("năm 2025 là 90%", "90%", 90, "%", T, code=_NOP),
    _sct("giải quyết 9.528 hồ sơ", "9.528", 9528, "hồ sơ", C, code=ANY),
    _sct("đúng hạn 9.514 hồ sơ", "9.514", 9514, "hồ sơ", C, code=_DH),
    _sct("đạt 99,85%", "99,85%", 99.85, "%", code=_DH),
    _sct("quá hạn 14 hồ sơ", "14", 14, "hồ sơ", C, code=_QH),
    F("điện 7 hồ sơ", "7", 7, "hồ sơ", C, code=_QH, **_IN_TINH),
    F("nước 5 hồ sơ", "5", 5, "hồ sơ", C, code=_QH, **_IN_TINH),
    F("thực phẩm 2 hồ sơ", "2", 2, "hồ sơ", C, code=_QH, **_IN_TINH),
    _sct("giải quyết 108 hồ sơ", "108", 108, "hồ sơ", C, code=ANY),
    *_fields_703(),
    # II.5 payment (năm 2024 the former Sở's: dated 2024-12-31, subject unchecked), digitisation, e-results, reuse
    _sct("đạt 91,36%", "91,36%", 91.36, "%", code=_TT),
    F("(năm 2024: 74,18%)", "74,18%", 74.18, "%", PR, as_of=_Y2024, code=_TT, **_IN_TINH),
    _sct("tăng 17,18 điểm", "17,18", 17.18, "%", CH, code=ANY),
    _sct("đạt 98,46%", "98,46%", 98.46, "%", code=_SH),
    _sct("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    _sct("đạt 58,24%", "58,24%", 58.24, "%", code=_TSD),
    # II.6 PAKN, satisfaction
    _sct("tiếp nhận 32 PAKN", "32", 32, "PAKN", C, code=_PAKN_TN),
    _sct("xử lý 32/32 PAKN", "32/32", 32, "PAKN", C, max_value=32, code=ANY),
    _sct("đạt 98,74%", "98,74%", 98.74, "%", code=_HL),
    # II.7 the sub-units as written, level tỉnh (numbered 7.1–7.3; "ngày 01/3/2025", "OCOP" no figures); the
    # market-control teams (`đội`; subject and level unchecked); the hotline's PAKN (not the TTHC system: code
    # unchecked)
    F("gồm 09 đội", "09", 9, "đội", C, code=None, **_OPEN),
    _qltt("kiểm tra 1.286 vụ việc", "1.286", 1286, "vụ việc", C, code=ANY),
    _qltt("vi phạm 842 vụ", "842", 842, "vụ", C, code=ANY),
    _qltt("ngân sách 6,48 tỷ đồng", "6,48", 6.48, "tỷ đồng", code=ANY),
    _qltt("tiếp nhận 126 PAKN", "126", 126, "PAKN", C, code=ANY),
    _qltt("xử lý 121 PAKN", "121", 121, "PAKN", C, code=ANY),
    F("hỗ trợ 38 đề án", "38", 38, "đề án", C, subject="Trung tâm Khuyến công và Tư vấn phát triển công nghiệp",
      level="tỉnh", code=ANY),
    F("kinh phí 4.860 triệu đồng", "4.860", 4860, "triệu đồng",
      subject="Trung tâm Khuyến công và Tư vấn phát triển công nghiệp", level="tỉnh", code=ANY),
    F("đồng; 100% hồ sơ", "100%", 100, "%", subject="Trung tâm Khuyến công và Tư vấn phát triển công nghiệp",
      level="tỉnh", code=ANY),
    F("tổ chức 12 hội chợ", "12", 12, "hội chợ", C, subject="Trung tâm Xúc tiến thương mại", level="tỉnh",
      code=ANY),
    F("với 1.426 gian hàng", "1.426", 1426, "gian hàng", C, subject="Trung tâm Xúc tiến thương mại", level="tỉnh",
      code=ANY),
    F("đưa 312 sản phẩm", "312", 312, "sản phẩm", C, subject="Trung tâm Xúc tiến thương mại", level="tỉnh",
      code=ANY),
    # III.1 the Sở's self-score with its six groups (a dash list "- Công khai, minh bạch: 17,36/18 điểm;")
    _sct("đạt 91,48/100", "91,48/100", 91.48, "điểm", max_value=100, code=_TONG),
    *_groups([
        ("minh bạch: 17,36/18", "17,36/18", "766.cong_khai"),
        ("giải quyết: 19,78/20", "19,78/20", "766.tien_do"),
        ("trực tuyến: 11,42/12", "11,42/12", "766.dvctt"),
        ("trực tuyến: 8,94/10", "8,94/10", "766.thanh_toan"),
        ("hồ sơ: 17,62/22", "17,62/22", "766.so_hoa"),
        ("hài lòng: 16,36/18", "16,36/18", "766.hai_long"),
    ], {"subject": _SCT, "level": "tỉnh"}),
    # III.2 the portal's average of the year (no "/100": max None) against the target in points; its gap below the
    # self-score (negative); the rank. III.3 the province
    _sct("đạt 89,92 điểm", "89,92", 89.92, "điểm", code=_TONG, target=85, stated_status="đạt"),
    _sct("đánh giá 1,56 điểm", "1,56", -1.56, "điểm", CH, code=ANY),
    _sct("xếp thứ 2/19", "2/19", 2, "hạng", R, max_value=19, code=_HANG),
    F("từ 85 điểm", "85", 85, "điểm", T, code=_TONG, **_IN_TINH),
    F("bình quân 86,18 điểm", "86,18", 86.18, "điểm", code=_TONG, **_NULL),
    F("xếp thứ 9/34", "9/34", 9, "hạng", R, max_value=34, code=_HANG, **_NULL),
    # IV. task 2's target of a division for quý I/2026 (phone no figure)
    F("đạt 100% trong quý I", "100%", 100, "%", T, as_of="2026-03-31", code=_DH, **_IN_TINH),
]

# ------------------------------------------------------------ 704: Sở Nông nghiệp và Môi trường tỉnh Lâm Đồng, quý I
# năm 2026 (files by place of receipt, a dash list by sub-unit, branches named, bodies by grade)
_SNN = "Sở Nông nghiệp và Môi trường"
_snn = _by(_SNN, "tỉnh")
_Q4_2025 = "2025-12-31"


def _unit(name: str | object) -> dict:
    """A sub-unit of the dash list as written (level tỉnh); the Sở's own divisions subject unchecked."""
    return {"subject": name, "level": "tỉnh"}


_VPDK = _unit("Văn phòng Đăng ký đất đai")
_KL = _unit("Chi cục Kiểm lâm")
_CNTY = _unit("Chi cục Chăn nuôi, Thú y và Thủy sản")
_TTBV = _unit("Chi cục Trồng trọt và Bảo vệ thực vật")

BLIND_704 = [
    # I. TTHC (418/QĐ-UBND cited), online kinds, three fields after "lần lượt là" (subject unchecked)
    _snn("thực hiện 348 TTHC", "348", 348, "TTHC", C, code=_TTHC),
    _snn("thuộc 22 lĩnh vực", "22", 22, "lĩnh vực", C, code=None),
    _snn("đó 196 TTHC", "196", 196, "TTHC", C, code=_TOAN),
    _snn("(chiếm 56,32%)", "56,32%", 56.32, "%", code=_TOAN),
    _snn("152 TTHC", "152", 152, "TTHC", C, code=_MOT),
    F("lần lượt là 52,", "52", 52, "TTHC", C, code=ANY, **_IN_TINH),
    F(", 31 và", "31", 31, "TTHC", C, code=ANY, **_IN_TINH),
    F("và 24 TTHC", "24", 24, "TTHC", C, code=ANY, **_IN_TINH),
    # II.1 files of the Sở and its units (the Sở), quý IV/2025 dated 2025-12-31, the fall; by place of receipt (code
    # unchecked; the Văn phòng's points at the communes' centres: subject and level unchecked); online vs the target
    _snn("tiếp nhận 36.418 hồ sơ", "36.418", 36418, "hồ sơ", C, code=_TN),
    _snn("(quý IV/2025: 41.206 hồ sơ)", "41.206", 41206, "hồ sơ", PR, as_of=_Q4_2025, code=_TN),
    _snn("giảm 4.788 hồ sơ", "4.788", -4788, "hồ sơ", CH, code=ANY),
    _snn("giảm 11,62%", "11,62%", -11.62, "%", CH, code=ANY),
    _snn("tỉnh 8.612 hồ sơ", "8.612", 8612, "hồ sơ", C, code=ANY),
    F("cấp xã 24.186 hồ sơ", "24.186", 24186, "hồ sơ", C, code=ANY, **_OPEN),
    _snn("chi cục 3.620 hồ sơ", "3.620", 3620, "hồ sơ", C, code=ANY),
    _snn("trực tuyến 21.846 hồ sơ", "21.846", 21846, "hồ sơ", C, code=_NOP),
    _snn("chiếm 59,99%", "59,99%", 59.99, "%", code=_NOP, target=70, stated_status="chưa đạt"),
    _snn("năm 2026 là 70%", "70%", 70, "%", T, as_of="2026-12-31", code=_NOP),
    # II.2 settled, on time, overdue with the land field in brackets (subject unchecked), pending
    _snn("giải quyết 34.926 hồ sơ", "34.926", 34926, "hồ sơ", C, code=ANY),
    _snn("đúng hạn 33.812 hồ sơ", "33.812", 33812, "hồ sơ", C, code=_DH),
    _snn("đạt 96,81%", "96,81%", 96.81, "%", code=_DH),
    _snn("quá hạn 1.114 hồ sơ", "1.114", 1114, "hồ sơ", C, code=_QH),
    _snn("chiếm 3,19%", "3,19%", 3.19, "%", code=_QH),
    F("(1.086 hồ sơ)", "1.086", 1086, "hồ sơ", C, code=_QH, **_IN_TINH),
    _snn("giải quyết 1.492 hồ sơ", "1.492", 1492, "hồ sơ", C, code=ANY),
    # II.3 the dash list by unit ("không có hồ sơ quá hạn" no figure); the Văn phòng's branches (`chi nhánh`)
    F("(12 chi nhánh)", "12", 12, "chi nhánh", C, code=None, **_OPEN),
    F("tiếp nhận 31.246 hồ sơ", "31.246", 31246, "hồ sơ", C, code=_TN, **_VPDK),
    F("trực tuyến 17.862 hồ sơ", "17.862", 17862, "hồ sơ", C, code=_NOP, **_VPDK),
    F("(57,17%)", "57,17%", 57.17, "%", code=_NOP, **_VPDK),
    F("quá hạn 1.086 hồ sơ;", "1.086", 1086, "hồ sơ", C, code=_QH, **_VPDK),
    F("tiếp nhận 1.418 hồ sơ", "1.418", 1418, "hồ sơ", C, code=_TN, **_KL),
    F("trực tuyến 1.206 hồ sơ", "1.206", 1206, "hồ sơ", C, code=_NOP, **_KL),
    F("(85,05%)", "85,05%", 85.05, "%", code=_NOP, **_KL),
    F("tiếp nhận 1.926 hồ sơ", "1.926", 1926, "hồ sơ", C, code=_TN, **_CNTY),
    F("trực tuyến 1.512 hồ sơ", "1.512", 1512, "hồ sơ", C, code=_NOP, **_CNTY),
    F("(78,50%)", "78,50%", 78.50, "%", code=_NOP, **_CNTY),
    F("quá hạn 16 hồ sơ", "16", 16, "hồ sơ", C, code=_QH, **_CNTY),
    F("tiếp nhận 864 hồ sơ", "864", 864, "hồ sơ", C, code=_TN, **_TTBV),
    F("trực tuyến 812 hồ sơ", "812", 812, "hồ sơ", C, code=_NOP, **_TTBV),
    F("(93,98%)", "93,98%", 93.98, "%", code=_NOP, **_TTBV),
    F("quá hạn 4 hồ sơ", "4", 4, "hồ sơ", C, code=_QH, **_TTBV),
    F("tiếp nhận 964 hồ sơ", "964", 964, "hồ sơ", C, code=_TN, **_IN_TINH),
    F("trực tuyến 454 hồ sơ", "454", 454, "hồ sơ", C, code=_NOP, **_IN_TINH),
    F("(47,10%)", "47,10%", 47.10, "%", code=_NOP, **_IN_TINH),
    F("quá hạn 8 hồ sơ", "8", 8, "hồ sơ", C, code=_QH, **_IN_TINH),
    # the best and worst branches (as written; level unchecked: offices between the province and the communes)
    F("cao nhất (78,46%)", "78,46%", 78.46, "%", subject="Chi nhánh Văn phòng Đăng ký đất đai khu vực Gia Nghĩa",
      level=ANY, code=_NOP),
    F("thấp nhất (38,12%)", "38,12%", 38.12, "%", subject="Chi nhánh khu vực Đức Trọng", level=ANY, code=_NOP),
    # II.4 payment (quý IV/2025 dated 2025-12-31), money, digitisation, e-results, reuse
    _snn("đạt 64,28%", "64,28%", 64.28, "%", code=_TT),
    _snn("(quý IV/2025: 58,74%)", "58,74%", 58.74, "%", PR, as_of=_Q4_2025, code=_TT),
    _snn("tăng 5,54 điểm", "5,54", 5.54, "%", CH, code=ANY),
    _snn("trực tuyến 42,86 tỷ đồng", "42,86", 42.86, "tỷ đồng", code=ANY),
    _snn("đạt 91,46%", "91,46%", 91.46, "%", code=_SH),
    _snn("điện tử đạt 94,18%", "94,18%", 94.18, "%", code=_KQ),
    _snn("đạt 36,72%", "36,72%", 36.72, "%", code=_TSD),
    # II.5 the land database ("98/124 xã, phường, đặc khu" → `xã`; parcels of a system: subject and level unchecked)
    F("cho 98/124 xã", "98/124", 98, "xã", C, max_value=124, code=None, **_IN_XA),
    F("với 2.846.318 thửa đất", "2.846.318", 2846318, "thửa đất", C, code=ANY, **_OPEN),
    F("còn 26 xã", "26", 26, "xã", C, code=None, **_IN_XA),
    # II.6 PAKN
    _snn("tiếp nhận 58 PAKN", "58", 58, "PAKN", C, code=_PAKN_TN),
    _snn("xử lý 54 PAKN", "54", 54, "PAKN", C, code=ANY),
    _snn("đạt 93,10%", "93,10%", 93.10, "%", code=ANY),
    _snn("04 PAKN đang", "04", 4, "PAKN", C, code=ANY),
    # III. the Sở's result of quý I/2026 and quý IV/2025 (dated 2025-12-31), the block average in brackets (subject
    # unchecked) and the Sở's gap below it (negative); two self-scored groups ("hai nhóm" in words); bodies by grade;
    # the province
    _snn("đạt 81,36/100", "81,36/100", 81.36, "điểm", max_value=100, code=_TONG),
    _snn("xếp thứ 15/19", "15/19", 15, "hạng", R, max_value=19, code=_HANG),
    _snn("(quý IV/2025: 79,48 điểm", "79,48", 79.48, "điểm", PR, max_value=100, as_of=_Q4_2025, code=_TONG),
    _snn("xếp thứ 17/19)", "17/19", 17, "hạng", PR, max_value=19, as_of=_Q4_2025, code=_HANG),
    _snn("tăng 1,88 điểm", "1,88", 1.88, "điểm", CH, code=_TONG),
    _snn("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    F("(84,92 điểm)", "84,92", 84.92, "điểm", code=ANY, **_IN_TINH),
    _snn("là 3,56 điểm", "3,56", -3.56, "điểm", CH, code=ANY),
    _snn("đạt 13,46/22", "13,46/22", 13.46, "điểm", max_value=22, code="766.so_hoa"),
    _snn("đạt 6,82/10", "6,82/10", 6.82, "điểm", max_value=10, code="766.thanh_toan"),
    F("Trong 19 sở", "19", 19, "đơn vị", C, code=None, **_IN_TINH),
    F("có 05 đơn vị", "05", 5, "đơn vị", C, code=None, **_IN_TINH),
    F("11 đơn vị", "11", 11, "đơn vị", C, code=None, **_IN_TINH),
    F("03 đơn vị", "03", 3, "đơn vị", C, code=None, **_IN_TINH),
    F("đạt 80,24/100", "80,24/100", 80.24, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ 26/34", "26/34", 26, "hạng", R, max_value=34, code=_HANG, **_NULL),
    # IV. task 1's files (a count repeated); task 2's target of two named branches for quý II; task 5's communes
    F("dứt điểm 1.086 hồ sơ", "1.086", 1086, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("tối thiểu 50%", "50%", 50, "%", T, as_of="2026-06-30", code=_NOP, **_OPEN),
    F("cho 26 xã", "26", 26, "xã", C, code=None, **_IN_XA),
]

BLIND = {"700": BLIND_700, "701": BLIND_701, "702": BLIND_702, "703": BLIND_703, "704": BLIND_704}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "700": [
        ("2025-10-31", "day", "31/10/2025", "chuẩn hóa quy trình nội bộ", "Văn phòng Sở"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "tỷ lệ hồ sơ nộp trực tuyến",
         "Trung tâm Pháp y và Trung tâm Giám định y khoa"),
        ("2025-11-15", "day", "ngày mười lăm tháng 11 năm 2025", "chứng chỉ hành nghề", "Phòng Nghiệp vụ Y"),
        ("2025-12-31", "month", "tháng 12/2025", "số hóa hồ sơ", "Chi cục An toàn vệ sinh thực phẩm"),
        ("2026-12-31", "year", "năm 2026", "kết nối phần mềm quản lý khám bệnh", "Sở Khoa học và Công nghệ"),
        # issued 07/10/2025, before the 20th: the first "ngày 20 hằng tháng" is 20/10/2025
        ("2025-10-20", "recurring", "20 hằng tháng", "gửi báo cáo kết quả giải quyết TTHC", "Các đơn vị trực thuộc"),
    ],
    "701": [
        ("2026-07-31", "day", "31/7/2026", "gửi thư xin lỗi",
         "Phòng Giáo dục nghề nghiệp và Giáo dục thường xuyên"),
        ("2026-09-30", "quarter", "quý III năm 2026", "cấp bản sao văn bằng",
         "Trung tâm Giáo dục thường xuyên thành phố Huế"),
        ("2026-08-20", "day", "ngày hai mươi tháng 8 năm 2026", "dữ liệu văn bằng",
         "Phòng Khảo thí và Quản lý chất lượng"),
        ("2026-09-30", "month", "tháng 9/2026", "thu học phí không dùng tiền mặt", "Văn phòng Sở"),
        ("2027-12-31", "year", "năm 2027", "tài khoản định danh điện tử", "Công an thành phố"),
        # issued 06/7/2026, before the 25th: the first "ngày 25 hằng tháng" is 25/7/2026
        ("2026-07-25", "recurring", "25 hằng tháng", "gửi báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "702": [
        ("2025-12-10", "day", "10/12/2025", "gửi thư xin lỗi", "Phòng Quản lý hoạt động xây dựng"),
        ("2026-03-31", "quarter", "quý I năm 2026", "thanh toán trực tuyến", "Trung tâm Quản lý giao thông"),
        ("2025-12-25", "day", "ngày hai mươi lăm tháng 12 năm 2025", "quy trình nội bộ", "Văn phòng Sở"),
        ("2026-01-31", "month", "tháng 01/2026", "phù hiệu", "Phòng Quản lý vận tải"),
        ("2026-12-31", "year", "năm 2026", "trả kết quả giấy phép xây dựng tại nhà", "Bưu điện tỉnh Tây Ninh"),
        # issued 04/12/2025, before the 5th: the first "ngày 05 hằng tháng" is 05/12/2025
        ("2025-12-05", "recurring", "05 hằng tháng", "gửi báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "703": [
        ("2026-02-28", "day", "28/02/2026", "đường dây nóng", "Chi cục Quản lý thị trường"),
        ("2026-03-31", "quarter", "quý I năm 2026", "lĩnh vực điện", "Phòng Quản lý năng lượng"),
        ("2026-03-10", "day", "ngày mười tháng 3 năm 2026", "kế hoạch hội chợ", "Trung tâm Xúc tiến thương mại"),
        ("2026-06-30", "month", "tháng 6/2026", "đơn giản hóa TTHC", "Văn phòng Sở"),
        ("2026-12-31", "year", "năm 2026", "chữ ký số", "Viettel Ninh Bình"),
        # issued 09/01/2026, before the 15th: the first "ngày 15 hằng tháng" is 15/01/2026
        ("2026-01-15", "recurring", "15 hằng tháng", "gửi báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "704": [
        ("2026-04-30", "day", "30/4/2026", "hồ sơ quá hạn", "Văn phòng Đăng ký đất đai"),
        ("2026-06-30", "quarter", "quý II năm 2026", "tỷ lệ hồ sơ nộp trực tuyến",
         "Chi nhánh khu vực Đức Trọng và Chi nhánh khu vực Di Linh"),
        ("2026-05-22", "day", "ngày hai mươi hai tháng 5 năm 2026", "động vật rừng", "Chi cục Kiểm lâm"),
        ("2026-06-30", "month", "tháng 6/2026", "cơ sở dữ liệu đất đai", "Phòng Quản lý đất đai"),
        ("2026-12-31", "year", "năm 2026", "cơ sở dữ liệu đất đai cho 26 xã", "UBND các xã, phường, đặc khu"),
        # issued 08/4/2026, before the 22nd: the first "ngày 22 hằng tháng" is 22/4/2026
        ("2026-04-22", "recurring", "22 hằng tháng", "gửi báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META): five reports of a Sở under
# "UBND TỈNH …" (701 under "UBND THÀNH PHỐ HUẾ"; 702 a Công văn with a "V/v" line and no title), signed by a deputy
# director (700, 701, 702, 704) or the director (703).
META = {
    "700": {"doc_number": "2846/BC-SYT", "doc_type": "Báo cáo", "issued_date": "2025-10-07",
            "province": "Phú Thọ", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Nguyễn Thị Minh Hằng"},
    "701": {"doc_number": "1586/BC-SGDĐT", "doc_type": "Báo cáo", "issued_date": "2026-07-06",
            "province": "Huế", "period_label": "6 tháng đầu năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-06-30", "signer": "Trần Thị Thanh Thủy"},
    "702": {"doc_number": "3412/SXD-VP", "doc_type": "Công văn", "issued_date": "2025-12-04",
            "province": "Tây Ninh", "period_label": "tháng 11 năm 2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Lê Văn Thành"},
    "703": {"doc_number": "86/BC-SCT", "doc_type": "Báo cáo", "issued_date": "2026-01-09",
            "province": "Ninh Bình", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Đoàn Văn Khiêm"},
    "704": {"doc_number": "1246/BC-SNNMT", "doc_type": "Báo cáo", "issued_date": "2026-04-08",
            "province": "Lâm Đồng", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Phạm Thị Hồng Nhung"},
}
